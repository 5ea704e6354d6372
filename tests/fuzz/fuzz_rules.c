/*
 * fuzz_rules.c: libFuzzer target for rule packs. The input is a pack
 * (JSON) and, after a line "--", a document. A pack that loads is run on
 * the document (or on a fixed sentence when there is none): loading must
 * fail cleanly or succeed, and every finding must lie inside the text.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "errata/doc.h"
#include "errata/findings.h"
#include "rules/rules.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char fallback[] = "The the vote on Sep 15 and Tues., Jan. 6 in Febuary.";
	const char *text = (const char *)data, *sep = NULL, *body = fallback;
	size_t pack_len = size, body_len = sizeof(fallback) - 1, len = 0;
	errata__rules *rs = NULL;
	errata_doc *doc = NULL;
	errata_findings *out = NULL;

	for (size_t i = 0; i + 4 <= size; i++) {
		if (memcmp(text + i, "\n--\n", 4) == 0) {
			sep = text + i;
			break;
		}
	}
	if (sep) {
		pack_len = (size_t)(sep - text);
		body = sep + 4;
		body_len = size - pack_len - 4;
	}
	if (errata__rules_new(&rs))
		abort();
	if (errata__rules_load_buffer(rs, "fuzz.json", text, pack_len) == 0 &&
	    errata__rules_prepare(rs) == 0 &&
	    errata_doc_load_buffer(&doc, "fuzz.txt", body, body_len, NULL) == 0 &&
	    errata_findings_new(&out) == 0) {
		errata_doc_text(doc, &len);
		if (errata__rules_run(rs, doc, out) == 0) {
			for (size_t i = 0; i < errata_findings_count(out); i++) {
				const errata_finding *f = errata_findings_get(out, i);

				if (f->offset > len || f->length > len - f->offset)
					abort();
			}
		}
	}
	errata_findings_free(out);
	errata_doc_free(doc);
	errata__rules_free(rs);
	return 0;
}
