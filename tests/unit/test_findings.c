/*
 * test_findings.c: the findings list: positions and text taken from the
 * document, copies of every string, sorting, fingerprints that survive
 * unrelated edits, removal, tallies and severity names.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "errata/doc.h"
#include "errata/findings.h"

static errata_doc *doc_of(const char *text)
{
	errata_doc *doc = NULL;

	assert_int_equal(errata_doc_load_buffer(&doc, "story.txt", text, strlen(text), NULL), 0);
	return doc;
}

static void test_findings_add_fills_positions(void **state)
{
	errata_doc *doc = doc_of("First line.\nCaf\xc3\xa9 on Tuesday, Jan. 6.\n");
	errata_findings *list = NULL;
	char sugg[] = "Wednesday, Jan. 6";
	const char *s[] = { sugg, "Tuesday, Jan. 5" };
	const errata_finding *f;

	(void)state;
	assert_int_equal(errata_findings_new(&list), 0);
	/* "Tuesday, Jan. 6" starts at byte 21 (line 2, column 9: "Café on " is 8 code points) */
	assert_int_equal(errata_findings_add(list, doc, "date.weekday", ERRATA_SEVERITY_ERROR,
	                                     21, 15, "wrong", s, 2), 0);
	sugg[0] = 'X';   /* the list keeps its own copies */
	f = errata_findings_get(list, 0);
	assert_non_null(f);
	assert_string_equal(f->path, "story.txt");
	assert_string_equal(f->rule, "date.weekday");
	assert_int_equal(f->severity, ERRATA_SEVERITY_ERROR);
	assert_string_equal(f->message, "wrong");
	assert_int_equal(f->line, 2);
	assert_int_equal(f->column, 9);
	assert_int_equal(f->end_line, 2);
	assert_int_equal(f->end_column, 24);
	assert_int_equal(f->offset, 21);
	assert_int_equal(f->length, 15);
	assert_string_equal(f->text, "Tuesday, Jan. 6");
	assert_int_equal(f->suggestion_count, 2);
	assert_string_equal(f->suggestions[0], "Wednesday, Jan. 6");
	assert_string_equal(f->suggestions[1], "Tuesday, Jan. 5");
	assert_null(errata_findings_get(list, 1));
	assert_null(errata_findings_get(NULL, 0));
	assert_int_equal(errata_findings_count(NULL), 0);
	errata_findings_free(list);
	errata_doc_free(doc);
}

static void test_findings_span_is_clamped(void **state)
{
	errata_doc *doc = doc_of("short");
	errata_findings *list = NULL;
	const errata_finding *f;

	(void)state;
	assert_int_equal(errata_findings_new(&list), 0);
	assert_int_equal(errata_findings_add(list, doc, "r", ERRATA_SEVERITY_INFO, 3, 100, "m", NULL, 0), 0);
	assert_int_equal(errata_findings_add(list, doc, "r", ERRATA_SEVERITY_INFO, 50, 2, "m", NULL, 0), 0);
	f = errata_findings_get(list, 0);
	assert_int_equal(f->length, 2);
	assert_string_equal(f->text, "rt");
	f = errata_findings_get(list, 1);
	assert_int_equal(f->offset, 5);
	assert_int_equal(f->length, 0);
	assert_string_equal(f->text, "");
	assert_int_equal(f->column, 6);
	errata_findings_free(list);
	errata_doc_free(doc);
}

static void test_findings_seal_sorts(void **state)
{
	errata_doc *doc = doc_of("one two three four");
	errata_findings *list = NULL;

	(void)state;
	assert_int_equal(errata_findings_new(&list), 0);
	assert_int_equal(errata_findings_add(list, doc, "b", ERRATA_SEVERITY_INFO, 8, 5, "m", NULL, 0), 0);
	assert_int_equal(errata_findings_add(list, doc, "z", ERRATA_SEVERITY_INFO, 0, 3, "m", NULL, 0), 0);
	assert_int_equal(errata_findings_add(list, doc, "a", ERRATA_SEVERITY_INFO, 0, 3, "m", NULL, 0), 0);
	assert_int_equal(errata_findings_add(list, doc, "a", ERRATA_SEVERITY_INFO, 0, 7, "m", NULL, 0), 0);
	errata_findings_seal(list, 0);
	assert_string_equal(errata_findings_get(list, 0)->rule, "a");
	assert_int_equal(errata_findings_get(list, 0)->length, 3);
	assert_string_equal(errata_findings_get(list, 1)->rule, "z");
	assert_int_equal(errata_findings_get(list, 2)->length, 7);
	assert_string_equal(errata_findings_get(list, 3)->rule, "b");
	/* sealing only touches what came after `from` */
	assert_int_equal(errata_findings_add(list, doc, "a", ERRATA_SEVERITY_INFO, 0, 1, "m", NULL, 0), 0);
	errata_findings_seal(list, 4);
	assert_string_equal(errata_findings_get(list, 3)->rule, "b");
	assert_int_equal(errata_findings_get(list, 4)->length, 1);
	errata_findings_seal(list, 99);   /* nothing to do */
	errata_findings_free(list);
	errata_doc_free(doc);
	/* an empty list (no array yet): nothing to do, and no arithmetic on
	 * its NULL array (undefined behaviour, caught under SANITIZE=undefined) */
	assert_int_equal(errata_findings_new(&list), 0);
	errata_findings_seal(list, 0);
	assert_int_equal(errata_findings_count(list), 0);
	errata_findings_free(list);
}

/* Fingerprint of the only finding of `rule` on `needle` in `text`. */
static void fingerprint_of(const char *text, const char *needle, int nth, char out[17])
{
	errata_doc *doc = doc_of(text);
	errata_findings *list = NULL;
	const char *p = text;

	assert_int_equal(errata_findings_new(&list), 0);
	while ((p = strstr(p, needle))) {
		assert_int_equal(errata_findings_add(list, doc, "date.weekday", ERRATA_SEVERITY_ERROR,
		                                     (size_t)(p - text), strlen(needle), "m", NULL, 0), 0);
		p++;
	}
	errata_findings_seal(list, 0);
	assert_true((size_t)nth < errata_findings_count(list));
	memcpy(out, errata_findings_get(list, (size_t)nth)->fingerprint, 17);
	assert_int_equal(strlen(out), 16);
	for (int i = 0; i < 16; i++)
		assert_non_null(strchr("0123456789abcdef", out[i]));
	errata_findings_free(list);
	errata_doc_free(doc);
}

static void test_findings_fingerprints(void **state)
{
	char a[17], b[17], c[17], d[17];

	(void)state;
	/* unrelated text moving the finding does not change it */
	fingerprint_of("Tuesday, Jan. 6", "Tuesday, Jan. 6", 0, a);
	fingerprint_of("A new lead paragraph.\n\nThen: Tuesday, Jan. 6", "Tuesday, Jan. 6", 0, b);
	assert_string_equal(a, b);
	/* white space inside the span is folded */
	fingerprint_of("Tuesday,\n   Jan. 6", "Tuesday,\n   Jan. 6", 0, c);
	assert_string_equal(a, c);
	/* the second occurrence of the same text differs from the first */
	fingerprint_of("Tuesday, Jan. 6 and Tuesday, Jan. 6", "Tuesday, Jan. 6", 1, d);
	assert_string_not_equal(a, d);
	fingerprint_of("Tuesday, Jan. 6 and Tuesday, Jan. 6", "Tuesday, Jan. 6", 0, d);
	assert_string_equal(a, d);
	/* other text, other fingerprint */
	fingerprint_of("Tuesday, Jan. 7", "Tuesday, Jan. 7", 0, d);
	assert_string_not_equal(a, d);
}

static void test_findings_remove_and_tally(void **state)
{
	errata_doc *doc = doc_of("abcdef");
	errata_findings *list = NULL;
	size_t e, w, n;
	const char *s[] = { "x" };

	(void)state;
	assert_int_equal(errata_findings_new(&list), 0);
	assert_int_equal(errata_findings_add(list, doc, "r1", ERRATA_SEVERITY_ERROR, 0, 1, "m", s, 1), 0);
	assert_int_equal(errata_findings_add(list, doc, "r2", ERRATA_SEVERITY_WARNING, 1, 1, "m", NULL, 0), 0);
	assert_int_equal(errata_findings_add(list, doc, "r3", ERRATA_SEVERITY_INFO, 2, 1, "m", NULL, 0), 0);
	assert_int_equal(errata_findings_add(list, doc, "r4", ERRATA_SEVERITY_ERROR, 3, 1, "m", NULL, 0), 0);
	errata_findings_tally(list, &e, &w, &n);
	assert_int_equal(e, 2);
	assert_int_equal(w, 1);
	assert_int_equal(n, 1);
	errata_findings_remove(list, 0);
	errata_findings_remove(list, 10);   /* out of range: nothing */
	assert_int_equal(errata_findings_count(list), 3);
	assert_string_equal(errata_findings_get(list, 0)->rule, "r2");
	assert_string_equal(errata_findings_get(list, 2)->rule, "r4");
	errata_findings_tally(list, &e, NULL, NULL);
	assert_int_equal(e, 1);
	errata_findings_tally(NULL, &e, &w, &n);
	assert_int_equal(e + w + n, 0);
	errata_findings_free(list);
	errata_findings_free(NULL);
	errata_doc_free(doc);
}

static void test_findings_many(void **state)
{
	errata_doc *doc = doc_of("x");
	errata_findings *list = NULL;

	(void)state;
	assert_int_equal(errata_findings_new(&list), 0);
	for (int i = 0; i < 1000; i++)
		assert_int_equal(errata_findings_add(list, doc, "r", ERRATA_SEVERITY_INFO, 0, 1, "m", NULL, 0), 0);
	errata_findings_seal(list, 0);
	assert_int_equal(errata_findings_count(list), 1000);
	/* every occurrence gets its own fingerprint */
	assert_string_not_equal(errata_findings_get(list, 0)->fingerprint,
	                        errata_findings_get(list, 999)->fingerprint);
	errata_findings_free(list);
	errata_doc_free(doc);
}

/*
 * Strings of every size, from two documents, past many of the list's
 * blocks: each finding keeps its own, a message far larger than a block
 * included, and the findings of one document share its path.
 */
static void test_findings_strings_survive(void **state)
{
	errata_doc *a = doc_of("alpha beta gamma"), *b = NULL;
	errata_findings *list = NULL;
	char msg[256], big[100000];

	(void)state;
	assert_int_equal(errata_doc_load_buffer(&b, "other.md", "delta", 5, NULL), 0);
	memset(big, 'm', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	assert_int_equal(errata_findings_new(&list), 0);
	for (int i = 0; i < 3000; i++) {
		const char *sugg[3] = { "one", msg, "three" };

		snprintf(msg, sizeof(msg), "message %d %.*s", i, i % 200, big);
		assert_int_equal(errata_findings_add(list, i % 3 == 2 ? b : a, i % 2 ? "rule.odd" : "r",
		                                     ERRATA_SEVERITY_WARNING, (size_t)(i % 5), 3,
		                                     i == 1500 ? big : msg, sugg, (size_t)(i % 4)), 0);
	}
	assert_int_equal(errata_findings_count(list), 3000);
	errata_findings_remove(list, 7);
	for (int i = 0, k = 0; i < 3000; i++) {
		const errata_finding *f;

		if (i == 7)
			continue;
		f = errata_findings_get(list, (size_t)k++);
		snprintf(msg, sizeof(msg), "message %d %.*s", i, i % 200, big);
		assert_string_equal(f->message, i == 1500 ? big : msg);
		assert_string_equal(f->rule, i % 2 ? "rule.odd" : "r");
		assert_string_equal(f->path, i % 3 == 2 ? "other.md" : "story.txt");
		assert_int_equal(f->suggestion_count, (size_t)(i % 4));
		for (size_t j = 0; j < f->suggestion_count; j++)
			assert_string_equal(errata_finding_suggestion(f, j), j == 0 ? "one" : j == 1 ? msg : "three");
		assert_int_equal(strlen(f->text), i % 3 == 2 ? 3 - (size_t)(i % 5 > 2 ? i % 5 - 2 : 0)
		                                              : 3);
	}
	errata_findings_free(list);
	errata_doc_free(a);
	errata_doc_free(b);
}

static void test_findings_severity_names(void **state)
{
	errata_severity s = ERRATA_SEVERITY_INFO;

	(void)state;
	assert_string_equal(errata_severity_name(ERRATA_SEVERITY_ERROR), "error");
	assert_string_equal(errata_severity_name(ERRATA_SEVERITY_WARNING), "warning");
	assert_string_equal(errata_severity_name(ERRATA_SEVERITY_INFO), "info");
	assert_int_equal(errata_severity_parse("warning", &s), 0);
	assert_int_equal(s, ERRATA_SEVERITY_WARNING);
	assert_int_equal(errata_severity_parse("fatal", &s), ERRATA_EINVALID);
	assert_string_equal(errata_error_last(), "unknown severity 'fatal' (use error, warning or info)");
	assert_int_equal(s, ERRATA_SEVERITY_WARNING);
	assert_int_equal(errata_severity_parse("Error", &s), ERRATA_EINVALID);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_findings_add_fills_positions),
		cmocka_unit_test(test_findings_span_is_clamped),
		cmocka_unit_test(test_findings_seal_sorts),
		cmocka_unit_test(test_findings_fingerprints),
		cmocka_unit_test(test_findings_remove_and_tally),
		cmocka_unit_test(test_findings_many),
		cmocka_unit_test(test_findings_strings_survive),
		cmocka_unit_test(test_findings_severity_names),
	};

	return cmocka_run_group_tests_name("findings", tests, NULL, NULL);
}
