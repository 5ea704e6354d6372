/*
 * fuzz_report.c: libFuzzer target for report events and quotes. The input
 * is split at newlines into event blobs replayed into one report's state
 * (damaged events must be skipped, never crash), the state must print as
 * JSON, and the first line is used as a quote searched in the rest, whose
 * match must lie inside the text.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "reports/reports.h"
#include "repo/quote.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *p = (const char *)data, *end = p + size, *nl;
	cJSON *state = errata__report_state_new("0123456789abcdef");
	errata_buf q = ERRATA_BUF_INIT;
	char *printed;

	if (!state)
		return 0;
	while (p < end) {
		nl = memchr(p, '\n', (size_t)(end - p));
		if (!nl)
			nl = end;
		errata__report_apply(state, p, (size_t)(nl - p));
		p = nl + 1;
	}
	printed = cJSON_PrintUnformatted(state);
	if (!printed)
		abort();
	cJSON_free(printed);
	cJSON_Delete(state);

	nl = memchr(data, '\n', size);
	if (nl && errata__quote_normalize((const char *)data, (size_t)(nl - (const char *)data), &q, NULL) == 0 && q.size) {
		size_t off = 0, len = 0, rest = size - (size_t)(nl + 1 - (const char *)data);
		int hit = errata__quote_find(nl + 1, rest, q.ptr, &off, &len);

		if (hit == 1 && (off > rest || len > rest - off || len == 0))
			abort();
	}
	errata_buf_dispose(&q);
	return 0;
}
