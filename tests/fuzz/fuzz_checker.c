/*
 * fuzz_checker.c: libFuzzer target for the whole checker, as `errata
 * check` runs it: every default check and rule pack, in every table the
 * data directory holds. The first byte chooses the table (or "auto"), the
 * second the article's date (New Year's Eve, New Year's Day, a leap day,
 * midsummer); the rest is the article, loaded as Markdown or, when the
 * first byte's high bit is set, as HTML. A check may turn the text down
 * with a message, never crash; every finding must lie inside the text,
 * quote exactly its bytes, and have its start before its end.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "errata/checker.h"
#include "errata/doc.h"
#include "errata/findings.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const langs[] = {
	"auto", "ast", "br", "ca", "cs", "da", "de", "el", "en", "eo", "es", "fi", "fr", "ga",
	"gl", "hu", "it", "ja", "ko", "nb", "nl", "pl", "pt", "ro", "ru", "sk", "sv", "tr",
	"uk", "zh", "zh-Hant", "zh-HK"
};
#define NLANGS (sizeof(langs) / sizeof(langs[0]))

static const errata_date dates[] = {
	{ 2026, 12, 31 }, { 2027, 1, 1 }, { 2028, 2, 29 }, { 2026, 6, 21 }
};

/* One checker per table, built on first use and kept for every input after. */
static errata_checker *checker_for(size_t which, size_t when)
{
	static errata_checker *checkers[NLANGS][sizeof(dates) / sizeof(dates[0])];
	errata_checker_options o = ERRATA_CHECKER_OPTIONS_INIT;

	if (!checkers[which][when]) {
		o.lang = langs[which];
		o.date = dates[when];
		if (errata_checker_new(&checkers[which][when], &o) < 0)
			abort();   /* the shipped tables and packs always load */
	}
	return checkers[which][when];
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	errata_doc_options opts = ERRATA_DOC_OPTIONS_INIT;
	errata_checker *checker;
	errata_findings *out = NULL;
	errata_doc *doc = NULL;
	size_t tlen;
	const char *text;

	if (size < 2)
		return 0;
	checker = checker_for(data[0] % NLANGS, data[1] % (sizeof(dates) / sizeof(dates[0])));
	opts.format = data[0] & 0x80 ? ERRATA_FORMAT_HTML : ERRATA_FORMAT_MARKDOWN;
	if (errata_doc_load_buffer(&doc, "fuzz.md", (const char *)data + 2, size - 2, &opts) < 0)
		return 0;
	text = errata_doc_text(doc, &tlen);
	if (errata_findings_new(&out) < 0)
		abort();
	if (errata_checker_check(checker, doc, out) < 0) {
		if (!errata_error_last()[0])
			abort();   /* a refusal always says why */
	} else {
		for (size_t i = 0; i < errata_findings_count(out); i++) {
			const errata_finding *f = errata_findings_get(out, i);

			if (f->offset + f->length > tlen || !f->rule || !f->message ||
			    strlen(f->text) != f->length || memcmp(f->text, text + f->offset, f->length) ||
			    f->line > f->end_line || (f->line == f->end_line && f->column > f->end_column))
				abort();
		}
	}
	errata_findings_free(out);
	errata_doc_free(doc);
	return 0;
}
