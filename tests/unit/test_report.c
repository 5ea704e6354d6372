/*
 * test_report.c: how a built-in check's finding is reported
 * (errata__check_report): the rule and severity of the running check, and
 * suggestions with their white space folded: a run that breaks the line
 * becomes one space, any other run its first character; a suggestion
 * with single spaces only is kept as it is.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "checks/check.h"

static void test_report_folds_suggestions(void **state)
{
	static const char *const cases[][2] = {
		{ "March 7, 2026", "March 7, 2026" },
		{ "March\n7, 2026", "March 7, 2026" },
		{ "March \r\n 7,\t2026", "March 7,\t2026" },
		{ "March  7", "March 7" },
		{ "March\t\t7", "March\t7" },
		{ "March\xc2\xa0\xc2\xa0" "7", "March\xc2\xa0" "7" },
		{ "March\xc2\xa0" "7", "March\xc2\xa0" "7" },
		{ "March\xe2\x80\xa8" "7", "March 7" },
		{ "March\xc2\x85" "7", "March 7" },
		{ "March \xe3\x80\x80" "7", "March 7" },
		{ "caf\xc3\xa9 \xe2\x80\x94 " "7", "caf\xc3\xa9 \xe2\x80\x94 " "7" },
		{ " lead and trail ", " lead and trail " },
		{ "", "" },
		{ "\v", " " },
	};
	const char *text = "On March 7, 2026 the talks open.";
	errata_doc *doc = NULL;
	errata_findings *list = NULL;
	errata_check_ctx ctx;

	(void)state;
	assert_int_equal(errata_doc_load_buffer(&doc, "a.txt", text, strlen(text), NULL), 0);
	assert_int_equal(errata_findings_new(&list), 0);
	memset(&ctx, 0, sizeof(ctx));
	ctx.doc = doc;
	ctx.out = list;
	ctx.rule = "date.test";
	ctx.severity = ERRATA_SEVERITY_WARNING;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const char *sugg[2] = { cases[i][0], "kept" };
		const errata_finding *f;

		assert_int_equal(errata__check_report(&ctx, 3, 13, "a message", sugg, 2), 0);
		f = errata_findings_get(list, i);
		assert_string_equal(f->rule, "date.test");
		assert_int_equal(f->severity, ERRATA_SEVERITY_WARNING);
		assert_int_equal(f->suggestion_count, 2);
		assert_string_equal(f->suggestions[0], cases[i][1]);
		assert_string_equal(f->suggestions[1], "kept");
	}
	errata_findings_free(list);
	errata_doc_free(doc);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_report_folds_suggestions),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
