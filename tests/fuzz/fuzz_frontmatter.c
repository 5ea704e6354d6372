/*
 * fuzz_frontmatter.c: libFuzzer target for YAML front matter, anchors and
 * aliases included. The input is put between "---" lines above a line of
 * prose and loaded as Markdown: it must load or fail with a message, and
 * a loaded "date" is either absent or a real YYYY-MM-DD day. Every meta
 * key asked for must be answered (the hash) without a crash.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "errata/doc.h"
#include "errata/dates.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char head[] = "---\n", tail[] = "\n---\nTalks begin on Tuesday, January 7.\n";
	errata_doc_options opts = ERRATA_DOC_OPTIONS_INIT;
	errata_doc *doc = NULL;
	char *buf = malloc(sizeof(head) + size + sizeof(tail));
	size_t n = 0;
	const char *date;

	if (!buf)
		return 0;
	memcpy(buf, head, sizeof(head) - 1);
	n += sizeof(head) - 1;
	memcpy(buf + n, data, size);
	n += size;
	memcpy(buf + n, tail, sizeof(tail) - 1);
	n += sizeof(tail) - 1;
	opts.format = ERRATA_FORMAT_MARKDOWN;
	if (errata_doc_load_buffer(&doc, "fuzz.md", buf, n, &opts) == 0) {
		errata_date d;

		date = errata_doc_meta(doc, "date");
		if (date && date[0] && (strlen(date) != 10 || errata_date_parse_iso(date, &d) != 0))
			abort();
		(void)errata_doc_meta(doc, "title");
		(void)errata_doc_meta(doc, "lang");
		errata_doc_free(doc);
	} else if (!errata_error_last()[0]) {
		abort();   /* a failure always says why */
	}
	free(buf);
	return 0;
}
