/*
 * fuzz_consistency.c: libFuzzer target for the fact sheet loader and the
 * six consistency checks. The input is loaded as a fact sheet (a bad one
 * must fail with a message, never crash); then it is checked as an
 * article dated 2026-01-04 against a small fixed sheet, by every
 * consistency check, in one of eight tables (the first byte's low three
 * bits choose: English, French, German, Spanish, Japanese, Chinese,
 * Korean, Dutch), and each finding must lie inside the text.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "checks/check.h"
#include "checks/facts.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

extern const errata_check errata__check_duration, errata__check_range,
	errata__check_relative, errata__check_anniversary, errata__check_age,
	errata__check_title;

static const char sheet[] =
	"{\"version\":1,\"entities\":["
	"{\"name\":\"Lee Jae-myung\",\"aliases\":[\"Lee\"],\"born\":\"1963-12-22\","
	"\"titles\":[{\"title\":\"President\",\"from\":\"2025-06-04\"}]},"
	"{\"name\":\"Moon Jae-in\",\"aliases\":[\"Moon\"],\"born\":\"1953\","
	"\"titles\":[{\"title\":\"President\",\"from\":\"2017-05-10\",\"to\":\"2022-05-09\"}]},"
	"{\"name\":\"Harbour Museum\",\"founded\":\"1926\"},"
	"{\"name\":\"Claire Fontaine\",\"aliases\":[\"Fontaine\"],\"born\":\"1961-05-14\","
	"\"titles\":[{\"title\":\"présidente\",\"from\":\"2015-06-01\",\"to\":\"2021-05-31\"}]},"
	"{\"name\":\"Musée du Port\",\"founded\":\"1926\"},"
	"{\"name\":\"山川一郎\",\"aliases\":[\"山川\"],\"born\":\"1960-03-04\","
	"\"titles\":[{\"title\":\"首相\",\"from\":\"2024-01-01\"}]},"
	"{\"name\":\"王建国\",\"born\":\"1958\","
	"\"titles\":[{\"title\":\"外长\",\"from\":\"2018-01-01\",\"to\":\"2023-01-01\"}]},"
	"{\"name\":\"박정수\",\"born\":\"1965-07-01\","
	"\"titles\":[{\"title\":\"대통령\",\"from\":\"2022-05-10\"}]}]}";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const errata_check *checks[] = { &errata__check_duration, &errata__check_range,
	                                 &errata__check_relative, &errata__check_anniversary,
	                                 &errata__check_age, &errata__check_title };
	static errata_locale *locs[8];
	static const char *const langs[8] = { "en", "fr", "de", "es", "ja", "zh", "ko", "nl" };
	const int which = size ? data[0] & 7 : 0;
	errata_locale *loc;
	errata_facts *facts = NULL, *fixed = NULL;
	errata_doc *doc = NULL;
	errata_mentions *mentions = NULL;
	errata_findings *out = NULL;
	errata_mention_options mo = ERRATA_MENTION_OPTIONS_INIT;
	errata_check_ctx ctx;
	size_t plen = 0;

	if (errata__facts_new(&facts) == 0) {
		if (errata__facts_load_buffer(facts, "fuzz.json", (const char *)data, size) < 0 &&
		    (errata__facts_count(facts) != 0 || !errata_error_last()[0]))
			abort();
		errata__facts_free(facts);
	}
	if (!locs[which] && errata_locale_load_lang(&locs[which], langs[which]) < 0)
		return 0;
	loc = locs[which];
	if (errata__facts_new(&fixed) < 0 ||
	    errata__facts_load_buffer(fixed, "sheet.json", sheet, sizeof(sheet) - 1) < 0)
		abort();
	mo.anchor.year = 2026;
	mo.anchor.month = 1;
	mo.anchor.day = 4;
	if (errata_doc_load_buffer(&doc, "fuzz.md", (const char *)data, size, NULL) == 0 &&
	    errata_mentions_extract(&mentions, doc, loc, &mo) == 0 &&
	    errata_findings_new(&out) == 0) {
		memset(&ctx, 0, sizeof(ctx));
		ctx.doc = doc;
		ctx.prose = errata_doc_prose(doc, &plen);
		ctx.prose_len = plen;
		ctx.locale = loc;
		ctx.mentions = mentions;
		ctx.article_date = mo.anchor;
		ctx.facts = fixed;
		ctx.out = out;
		for (size_t i = 0; i < sizeof(checks) / sizeof(checks[0]); i++) {
			ctx.rule = checks[i]->id;
			ctx.severity = checks[i]->severity;
			if (checks[i]->run(&ctx) < 0 && !errata_error_last()[0])
				abort();
		}
		for (size_t i = 0; i < errata_findings_count(out); i++) {
			const errata_finding *f = errata_findings_get(out, i);

			if (f->offset + f->length > plen)
				abort();
		}
	}
	errata_findings_free(out);
	errata_mentions_free(mentions);
	errata_doc_free(doc);
	errata__facts_free(fixed);
	return 0;
}
