/*
 * fuzz_payload.c: libFuzzer target for the reader report payload (what
 * 'errata report add --json' and the web form read from strangers). It
 * must be read or refused with a message; a payload that is read has a
 * path and a quote, and no string cut short by a "\u0000".
 */
#define _GNU_SOURCE   /* memmem */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "reports/reports.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	errata_report_input in = ERRATA_REPORT_INPUT_INIT;
	cJSON *root = NULL;

	if (errata__report_payload_read("fuzz.json", (const char *)data, size, &in, &root) == 0) {
		if (!in.path || !in.quote || !root)
			abort();
		if (memmem(data, size, "\\u0000", 6) && !memmem(data, size, "\\\\u0000", 7))
			abort();
		cJSON_Delete(root);
	} else if (!errata_error_last()[0] || root) {
		abort();
	}
	return 0;
}
