/*
 * fuzz_facts.c: libFuzzer target for the fact sheet loader. The input is
 * loaded as a sheet (strict JSON, then every value validated); after a
 * load, every entity's name and aliases must be found by
 * errata__facts_named(), and a failed load must say why and leave the
 * sheet as it was.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "checks/facts.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	errata_facts *f = NULL;
	const errata__fact_entity *out[4];

	if (errata__facts_new(&f) < 0)
		return 0;
	if (errata__facts_load_buffer(f, "fuzz.json", (const char *)data, size) == 0) {
		for (size_t i = 0; i < errata__facts_count(f); i++) {
			const errata__fact_entity *e = errata__facts_get(f, i);

			if (errata__facts_named(f, e->name, e->name_len, out, 4) < 1)
				abort();
			for (size_t k = 0; k < e->alias_count; k++)
				if (errata__facts_named(f, e->aliases[k], e->alias_lens[k], out, 4) < 1)
					abort();
			if (e->born.year && e->died.year && e->died.year < e->born.year)
				abort();
		}
	} else if (errata__facts_count(f) != 0 || !errata_error_last()[0]) {
		abort();
	}
	errata__facts_free(f);
	return 0;
}
