/*
 * fuzz_config.c: libFuzzer target for .errata.json. Any input either
 * loads into a config whose lists are as long as they say, or fails with
 * a message naming the file.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "errata/common.h"
#include "rules/config.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	errata__config *cfg = NULL;

	if (errata__config_load_buffer(&cfg, "site/.errata.json", (const char *)data, size) == 0) {
		for (size_t i = 0; i < cfg->rule_dir_count; i++)
			if (strncmp(cfg->rule_dirs[i], "site/", 5) && cfg->rule_dirs[i][0] != '/')
				abort();
		for (size_t i = 0; i < cfg->enable_count; i++)
			if (!cfg->enable[i][0])
				abort();
		for (size_t i = 0; i < cfg->severity_count; i++)
			if (cfg->severity_values[i] > ERRATA_SEVERITY_ERROR)
				abort();
	} else if (strncmp(errata_error_last(), "site/.errata.json", 17) != 0) {
		abort();
	}
	errata__config_free(cfg);
	return 0;
}
