/*
 * test_checks_consistency.c: every consistency check against its fixtures
 * (tests/fixtures/consistency/<rule>.json): each "flag" case must give
 * exactly one finding of the rule, on the given span, with the given
 * message text (when the case names one); each "pass" case must give none.
 * Plus the word tables and text helpers the checks share.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>
#include <cjson/cJSON.h>

#include "common.h"
#include "checks/check.h"
#include "checks/facts.h"
#include "checks/words.h"

extern const errata_check errata__check_duration;
extern const errata_check errata__check_range;
extern const errata_check errata__check_relative;
extern const errata_check errata__check_anniversary;
extern const errata_check errata__check_age;
extern const errata_check errata__check_title;

static char fixture_dir[4096];

static void set_fixture_dir(void)
{
	const char *root = getenv("ERRATA_ROOT");

	snprintf(fixture_dir, sizeof(fixture_dir), "%s/tests/fixtures/consistency",
	         root && root[0] ? root : ".");
}

/*
 * Run one check on one text, with the prose's word index as the checker
 * gives it, or (indexed 0) without one, when the checks read the bytes;
 * the findings are returned for inspection.
 */
static errata_findings *run_check_with(const errata_check *check, const char *text,
                                       const errata_date *date, const errata_facts *facts,
                                       const char *lang, int indexed)
{
	errata_doc *doc = NULL;
	errata_locale *loc = NULL;
	errata_mentions *mentions = NULL;
	errata_findings *out = NULL;
	errata_mention_options mopts = ERRATA_MENTION_OPTIONS_INIT;
	errata_check_ctx ctx;
	errata__word_index ix = ERRATA__WORD_INDEX_INIT;
	size_t plen = 0;
	int rc;

	assert_int_equal(errata_doc_load_buffer(&doc, "case.txt", text, strlen(text), NULL), 0);
	assert_int_equal(errata_locale_load_lang(&loc, lang), 0);
	if (date)
		mopts.anchor = *date;
	assert_int_equal(errata_mentions_extract(&mentions, doc, loc, &mopts), 0);
	assert_int_equal(errata_findings_new(&out), 0);
	memset(&ctx, 0, sizeof(ctx));
	ctx.doc = doc;
	ctx.prose = errata_doc_prose(doc, &plen);
	ctx.prose_len = plen;
	ctx.locale = loc;
	ctx.mentions = mentions;
	/* the prose's words, as the checker gives them: classified for the locale's words */
	assert_int_equal(errata__word_index_build(&ix, ctx.prose, plen), 0);
	{
		static errata__word_classes wc;
		const errata__words *w = NULL;

		assert_true(errata__words_for(&w, loc) >= 0 && w);
		errata__word_classes_set(&wc, errata__starts_lead(&w->any), NULL);
		assert_int_equal(errata__word_index_classify(&ix, ctx.prose, plen, &wc), 0);
	}
	ctx.words = indexed ? &ix : NULL;
	if (date)
		ctx.article_date = *date;
	ctx.facts = facts;
	ctx.out = out;
	ctx.rule = check->id;
	ctx.severity = check->severity;
	errata__starts_begin(ctx.prose, plen, ctx.words);
	rc = check->run(&ctx);
	errata__starts_end();
	errata__word_index_dispose(&ix);
	if (rc != 0)
		print_error("run failed: %s\n", errata_error_last());
	assert_int_equal(rc, 0);
	errata_findings_seal(out, 0);
	errata_mentions_free(mentions);
	errata_locale_free(loc);
	errata_doc_free(doc);
	return out;
}

static errata_findings *run_check(const errata_check *check, const char *text,
                                  const errata_date *date, const errata_facts *facts,
                                  const char *lang)
{
	return run_check_with(check, text, date, facts, lang, 1);
}

/*
 * Whether the check finds the same without the word index as with it
 * (out): the same spans and messages.
 */
static int same_without_index(const errata_check *check, const char *text,
                              const errata_date *date, const errata_facts *facts,
                              const char *lang, const errata_findings *out)
{
	errata_findings *bytes = run_check_with(check, text, date, facts, lang, 0);
	size_t n = errata_findings_count(out);
	int same = errata_findings_count(bytes) == n;

	for (size_t i = 0; same && i < n; i++) {
		const errata_finding *a = errata_findings_get(out, i), *b = errata_findings_get(bytes, i);

		same = a->offset == b->offset && a->length == b->length &&
		       strcmp(a->message, b->message) == 0;
	}
	errata_findings_free(bytes);
	return same;
}

static int parse_date(const cJSON *v, errata_date *d)
{
	if (!v || cJSON_IsNull(v))
		return 0;
	assert_true(cJSON_IsString(v));
	assert_int_equal(errata_date_parse_iso(v->valuestring, d), 0);
	return 1;
}

/* The languages other than English whose fixtures every check must have. */
static const char *const fixture_langs[] = { "fr/", "es/", "pt/", "it/", "de/", "nl/", "sv/", "da/", "nb/", "pl/", "ru/", "uk/", "ca/", "ro/", "cs/", "sk/", "fi/", "el/" };

/*
 * The languages whose tables have the words of some checks only: each
 * check's fixtures there where its words are.
 */
static const char *const some_langs[] = { "hu/", "tr/" };

/*
 * The languages written without spaces between words (Chinese in its
 * simplified and traditional scripts, both read with the zh table), and
 * Korean, whose fixtures the checks that have their words there must have.
 */
static const char *const wide_langs[] = { "ja/", "zh/", "zh-hant/", "ko/" };

/* Whether the fixtures in sub are in one of wide_langs. */
static int wide_lang(const char *sub)
{
	for (size_t i = 0; i < sizeof(wide_langs) / sizeof(wide_langs[0]); i++)
		if (strcmp(sub, wide_langs[i]) == 0)
			return 1;
	return 0;
}

/*
 * Run every case of tests/fixtures/consistency/<sub><rule>.json, in the
 * language its "lang" names (default English). Returns 0 when the file
 * does not exist and `optional` is set.
 */
static int run_fixture_file(const errata_check *check, const char *sub, int optional)
{
	char path[4200], *data = NULL;
	size_t len = 0, failures = 0;
	cJSON *root;
	const cJSON *v, *c;
	errata_facts *facts = NULL;
	errata_date base = { 0, 0, 0 };
	const char *lang = "en";
	int have_base;

	set_fixture_dir();
	snprintf(path, sizeof(path), "%s/%s%s.json", fixture_dir, sub, check->id);
	if (optional && access(path, F_OK) != 0)
		return 0;
	assert_int_equal(errata__read_file(path, 0, &data, &len), 0);
	root = cJSON_Parse(data);
	assert_non_null(root);
	have_base = parse_date(cJSON_GetObjectItem(root, "date"), &base);
	v = cJSON_GetObjectItem(root, "lang");
	if (cJSON_IsString(v))
		lang = v->valuestring;
	v = cJSON_GetObjectItem(root, "facts");
	if (cJSON_IsString(v)) {
		snprintf(path, sizeof(path), "%s/%s%s", fixture_dir, sub, v->valuestring);
		assert_int_equal(errata__facts_new(&facts), 0);
		assert_int_equal(errata__facts_load_file(facts, path), 0);
	}
	for (int pass = 0; pass < 2; pass++) {
		const cJSON *list = cJSON_GetObjectItem(root, pass ? "pass" : "flag");
		size_t n = 0;

		/* English has ten of each; every other language at least five */
		assert_true(cJSON_GetArraySize(list) >= (sub[0] ? 5 : 10));
		cJSON_ArrayForEach(c, list) {
			const char *text = cJSON_IsString(c) ? c->valuestring :
			                   cJSON_GetObjectItem(c, "text")->valuestring;
			errata_date d = base;
			int dated = have_base;
			const cJSON *cd = cJSON_IsObject(c) ? cJSON_GetObjectItem(c, "date") : NULL;
			errata_findings *out;
			size_t count;

			if (cd) {
				memset(&d, 0, sizeof(d));
				dated = parse_date(cd, &d);
			}
			out = run_check(check, text, dated ? &d : NULL, facts, lang);
			count = errata_findings_count(out);
			/*
			 * the word index only makes the checks faster: they find the
			 * same from the bytes, but in the scripts written without
			 * spaces, whose words only the index tells apart
			 */
			if (!wide_lang(sub) && !same_without_index(check, text, dated ? &d : NULL, facts, lang, out)) {
				print_message("# %s%s: %s case %zu: other findings without the word index\n"
				              "#   text: %s\n", sub, check->id, pass ? "pass" : "flag", n, text);
				failures++;
			}
			if (pass && count != 0) {
				print_message("# %s%s: pass case %zu flagged: %s\n#   text: %s\n", sub, check->id, n,
				              errata_findings_get(out, 0)->message, text);
				failures++;
			} else if (!pass) {
				const cJSON *span = cJSON_GetObjectItem(c, "span");
				const cJSON *msg = cJSON_GetObjectItem(c, "message");
				const cJSON *sugg = cJSON_GetObjectItem(c, "suggestion");

				if (count != 1) {
					print_message("# %s%s: flag case %zu gave %zu findings%s%s\n#   text: %s\n",
					              sub, check->id, n, count, count ? ": " : "",
					              count ? errata_findings_get(out, 0)->message : "", text);
					failures++;
				} else {
					const errata_finding *f = errata_findings_get(out, 0);

					if (strcmp(f->rule, check->id) != 0 ||
					    (span && strcmp(f->text, span->valuestring) != 0) ||
					    (msg && !strstr(f->message, msg->valuestring)) ||
					    (sugg && (f->suggestion_count != 1 ||
					              strcmp(f->suggestions[0], sugg->valuestring) != 0))) {
						print_message("# %s%s: flag case %zu: span \"%s\" message \"%s\"%s%s\n",
						              sub, check->id, n, f->text, f->message,
						              f->suggestion_count ? " suggestion " : "",
						              f->suggestion_count ? f->suggestions[0] : "");
						failures++;
					}
				}
			}
			errata_findings_free(out);
			n++;
		}
	}
	errata__facts_free(facts);
	cJSON_Delete(root);
	free(data);
	assert_int_equal(failures, 0);
	return 1;
}

/*
 * The English fixtures of a check, then each other language's
 * (<lang>/<rule>.json; in some_langs where the check has them); `wide`:
 * the Chinese, Japanese and Korean ones too.
 */
static void run_fixtures_in(const errata_check *check, int wide)
{
	run_fixture_file(check, "", 0);
	for (size_t i = 0; i < sizeof(fixture_langs) / sizeof(fixture_langs[0]); i++)
		assert_int_equal(run_fixture_file(check, fixture_langs[i], 1), 1);
	for (size_t i = 0; i < sizeof(some_langs) / sizeof(some_langs[0]); i++)
		run_fixture_file(check, some_langs[i], 1);
	for (size_t i = 0; i < sizeof(wide_langs) / sizeof(wide_langs[0]); i++)
		assert_int_equal(run_fixture_file(check, wide_langs[i], 1), wide);
}

static void test_checks_consistency_duration(void **state)
{
	(void)state;
	run_fixtures_in(&errata__check_duration, 1);
}

static void test_checks_consistency_range(void **state)
{
	(void)state;
	run_fixtures_in(&errata__check_range, 1);
}

static void test_checks_consistency_relative(void **state)
{
	(void)state;
	run_fixtures_in(&errata__check_relative, 1);
}

static void test_checks_consistency_anniversary(void **state)
{
	(void)state;
	run_fixtures_in(&errata__check_anniversary, 1);
}

static void test_checks_consistency_age(void **state)
{
	(void)state;
	run_fixtures_in(&errata__check_age, 1);
}

static void test_checks_consistency_title(void **state)
{
	(void)state;
	run_fixtures_in(&errata__check_title, 1);
}

/* Without an article date the date-relative checks stay silent. */
static void test_checks_consistency_no_date(void **state)
{
	errata_findings *out;

	(void)state;
	out = run_check(&errata__check_relative, "The vote is tomorrow, Jan. 6.", NULL, NULL, "en");
	assert_int_equal(errata_findings_count(out), 0);
	errata_findings_free(out);
	out = run_check(&errata__check_age, "Sara Lind was born in 1985. Lind, 30, coaches.", NULL, NULL, "en");
	assert_int_equal(errata_findings_count(out), 0);
	errata_findings_free(out);
}

/* Bad input: empty text, text of nothing but digits and punctuation. */
static void test_checks_consistency_odd_input(void **state)
{
	static const char *const texts[] = {
		"", "3-day", "of 3 days", "150th", "150th anniversary of",
		"yesterday (", "tomorrow,", "Lee, 61", ", 61,", "(61)", "61-year-old",
		"President", "President  Moon", "President\n", "12345678901234567890-day visit from January 4",
		"a 0-day visit starting January 4, 2026, to January 9, 2026.",
	};
	const errata_check *checks[] = { &errata__check_duration, &errata__check_range,
	                                 &errata__check_relative, &errata__check_anniversary,
	                                 &errata__check_age, &errata__check_title };
	errata_date d = { 2026, 1, 4 };
	errata_facts *facts = NULL;
	char path[4200];

	(void)state;
	set_fixture_dir();
	snprintf(path, sizeof(path), "%s/facts.json", fixture_dir);
	assert_int_equal(errata__facts_new(&facts), 0);
	assert_int_equal(errata__facts_load_file(facts, path), 0);
	for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++)
		for (size_t k = 0; k < sizeof(checks) / sizeof(checks[0]); k++) {
			errata_findings *out = run_check(checks[k], texts[i], &d, facts, "en");

			if (errata_findings_count(out))
				print_message("# %s flagged \"%s\"\n", checks[k]->id, texts[i]);
			assert_int_equal(errata_findings_count(out), 0);
			errata_findings_free(out);
		}
	errata__facts_free(facts);
}

/*
 * The word-start scan is kept per thread between checks of one document:
 * texts of the same length, checked in turn, must each get their own.
 */
static void test_checks_consistency_scan_per_document(void **state)
{
	const char *a = "Results are due tomorrow (Thursday), officials said.";
	const char *b = "Results are due on Thursday, officials say tomorrow.";
	errata_date d = { 2026, 3, 10 };

	(void)state;
	assert_int_equal(strlen(a), strlen(b));
	for (int round = 0; round < 3; round++) {
		errata_findings *out = run_check(&errata__check_relative, a, &d, NULL, "en");

		assert_int_equal(errata_findings_count(out), 1);
		errata_findings_free(out);
		out = run_check(&errata__check_relative, b, &d, NULL, "en");
		assert_int_equal(errata_findings_count(out), 0);
		errata_findings_free(out);
	}
}

static void test_checks_consistency_words_table(void **state)
{
	cJSON *obj = cJSON_Parse("{\"numbers\":{\"three\":3},\"legs\":[\"travels\",\"moves on\"],"
	                         "\"title_qualifiers\":[\"ex-\"]}");
	cJSON *bad = cJSON_Parse("{\"numbers\":{\"three\":\"3\"}}");
	cJSON *bad2 = cJSON_Parse("{\"legs\":[\"x\", 4]}");
	errata__words *w = NULL;
	int v = 0;
	const char *text = "Three moves on. ex-Mayor";

	(void)state;
	assert_int_equal(errata__words_from_json(&w, "en.json", obj), 0);
	assert_int_equal(errata__words_match(&w->numbers, text, strlen(text), 0, &v), 5);
	assert_int_equal(v, 3);
	assert_int_equal(errata__words_match(&w->legs, text, strlen(text), 6, NULL), 8);
	assert_int_equal(errata__words_match(&w->legs, text, strlen(text), 0, NULL), 0);
	assert_int_equal(errata__words_match(&w->title_qualifiers, text, strlen(text), 16, NULL), 3);
	assert_int_equal(errata__read_count(w, "3,000 days", 10, 0, &v), 0);
	assert_int_equal(errata__read_count(w, "12-day", 6, 0, &v), 2);
	assert_int_equal(v, 12);
	errata__words_free(w);
	assert_int_equal(errata__words_from_json(&w, "en.json", bad), ERRATA_EINVALID);
	assert_string_equal(errata_error_last(), "en.json: consistency.numbers.three: not a number");
	assert_null(w);
	assert_int_equal(errata__words_from_json(&w, "en.json", bad2), ERRATA_EINVALID);
	assert_string_equal(errata_error_last(), "en.json: consistency.legs[1]: not a string");
	assert_int_equal(errata__words_from_json(&w, "en.json", NULL), 0);
	assert_int_equal(w->numbers.count, 0);
	errata__words_free(w);
	cJSON_Delete(obj);
	cJSON_Delete(bad);
	cJSON_Delete(bad2);
}

static void test_checks_consistency_sentences_and_names(void **state)
{
	errata_locale *loc = NULL;
	const errata__words *w = NULL;
	const char *t = "Talks are set for Jan. 5 in Beijing. Mr. Lee said so! J. Smith agreed.\n\nNext one";
	size_t len = strlen(t), s, e, n, at;

	(void)state;
	assert_int_equal(errata_locale_load_lang(&loc, "en"), 0);
	assert_int_equal(errata__words_for(&w, loc), 0);
	errata__sentence(w, t, len, 20, &s, &e);
	assert_int_equal(s, 0);
	assert_int_equal(e, 36);
	errata__sentence(w, t, len, 40, &s, &e);
	assert_int_equal(s, 37);
	assert_int_equal(e, 53);
	errata__sentence(w, t, len, 60, &s, &e);
	assert_int_equal(s, 54);
	errata__sentence(w, t, len, len - 2, &s, &e);
	assert_int_equal(s, len - 8);
	assert_int_equal(e, len);
	at = errata__name_before(w, "Then President Lee Jae-myung, 61,", 33, 28, &n);
	assert_int_equal(at, 0);
	assert_int_equal(n, 28);
	at = errata__name_before(w, "with Kim Koo's", 14, 11, &n);
	assert_int_equal(at, 5);
	assert_int_equal(n, 6);
	at = errata__name_after(w, "61-year-old Lee Jae-myung said", 30, 11, &n);
	assert_int_equal(at, 12);
	assert_int_equal(n, 13);
	assert_int_equal(errata__read_year("in 1876,", 8, 3), 1876);
	assert_int_equal(errata__read_year("in 18765", 8, 3), 0);
	errata_locale_free(loc);

	/* French name particles join the words of a name, and only between capitals */
	assert_int_equal(errata_locale_load_lang(&loc, "fr"), 0);
	assert_int_equal(errata__words_for(&w, loc), 0);
	{
		const char *a = "le 101e anniversaire du Musée du Port.";
		const char *b = "selon Charles de Gaulle, 79, le";
		const char *c = "au Musée d'Orsay et";
		const char *d = "avec Paul de la ville";

		at = errata__name_after(w, a, strlen(a), 23, &n);
		assert_int_equal(at, 24);
		assert_int_equal(n, strlen("Musée du Port"));
		at = errata__name_before(w, b, strlen(b), 23, &n);
		assert_int_equal(at, 6);
		assert_int_equal(n, strlen("Charles de Gaulle"));
		at = errata__name_after(w, c, strlen(c), 2, &n);
		assert_int_equal(at, 3);
		assert_int_equal(n, strlen("Musée d'Orsay"));
		/* "de la ville": the particles lead to no capital, so no bridge */
		at = errata__name_after(w, d, strlen(d), 4, &n);
		assert_int_equal(at, 5);
		assert_int_equal(n, 4);
		at = errata__name_before(w, d, strlen(d), strlen(d), &n);
		assert_int_equal(n, 0);
	}
	/* English has no particles: "Bank of England" is not one name */
	assert_int_equal(errata__name_after(NULL, "the Bank of England", 19, 3, &n), 4);
	assert_int_equal(n, 4);
	errata_locale_free(loc);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_checks_consistency_duration),
		cmocka_unit_test(test_checks_consistency_range),
		cmocka_unit_test(test_checks_consistency_relative),
		cmocka_unit_test(test_checks_consistency_anniversary),
		cmocka_unit_test(test_checks_consistency_age),
		cmocka_unit_test(test_checks_consistency_title),
		cmocka_unit_test(test_checks_consistency_no_date),
		cmocka_unit_test(test_checks_consistency_odd_input),
		cmocka_unit_test(test_checks_consistency_scan_per_document),
		cmocka_unit_test(test_checks_consistency_words_table),
		cmocka_unit_test(test_checks_consistency_sentences_and_names),
	};
	return cmocka_run_group_tests_name("checks_consistency", tests, NULL, NULL);
}
