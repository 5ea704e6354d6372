/*
 * test_facts.c: loading the newsroom fact sheet, its lookups, and the
 * messages for malformed sheets.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <cmocka.h>

#include "common.h"
#include "checks/facts.h"
#include "errata/checker.h"

static const char good_sheet[] =
	"{\"version\": 1,\n"
	" \"entities\": [\n"
	"  {\"name\": \"Moon Jae-in\", \"aliases\": [\"Moon\"], \"born\": \"1953-01-24\",\n"
	"   \"titles\": [{\"title\": \"President\", \"from\": \"2017-05-10\", \"to\": \"2022-05-09\"}]},\n"
	"  {\"name\": \"Harbour Museum\", \"founded\": \"1926\"},\n"
	"  {\"name\": \"Ana Ortiz\", \"born\": \"1970-03\", \"died\": null,\n"
	"   \"titles\": [{\"title\": \"Mayor\", \"from\": \"2019\"}]}\n"
	" ]}\n";

static errata_facts *load(const char *json, int *rc)
{
	errata_facts *f = NULL;

	assert_int_equal(errata__facts_new(&f), 0);
	*rc = errata__facts_load_buffer(f, "sheet.json", json, strlen(json));
	return f;
}

static void test_facts_loads_entities(void **state)
{
	int rc;
	errata_facts *f = load(good_sheet, &rc);
	const errata__fact_entity *e;

	(void)state;
	assert_int_equal(rc, 0);
	assert_int_equal(errata__facts_count(f), 3);
	e = errata__facts_get(f, 0);
	assert_string_equal(e->name, "Moon Jae-in");
	assert_int_equal(e->alias_count, 1);
	assert_true(errata__fact_entity_named(e, "Moon", 4));
	assert_true(errata__fact_entity_named(e, "Moon Jae-in", 11));
	assert_false(errata__fact_entity_named(e, "Moo", 3));
	assert_int_equal(e->born.year, 1953);
	assert_int_equal(e->born.month, 1);
	assert_int_equal(e->born.day, 24);
	assert_int_equal(e->title_count, 1);
	assert_string_equal(e->titles[0].title, "President");
	assert_int_equal(e->titles[0].to.year, 2022);
	e = errata__facts_get(f, 1);
	assert_int_equal(e->founded.year, 1926);
	assert_int_equal(e->founded.month, 0);
	e = errata__facts_get(f, 2);
	assert_int_equal(e->born.month, 3);
	assert_int_equal(e->born.day, 0);
	assert_int_equal(e->died.year, 0);
	assert_int_equal(e->titles[0].to.year, 0);
	assert_null(errata__facts_get(f, 3));
	errata__facts_free(f);
}

static void test_facts_date_compare(void **state)
{
	errata__fact_date y = { 2019, 0, 0 }, ym = { 2019, 5, 0 }, ymd = { 2019, 5, 10 };

	(void)state;
	assert_int_equal(errata__fact_date_cmp(&y, 2019, 12, 31), 0);
	assert_true(errata__fact_date_cmp(&y, 2020, 1, 1) < 0);
	assert_true(errata__fact_date_cmp(&ym, 2019, 4, 30) > 0);
	assert_int_equal(errata__fact_date_cmp(&ym, 2019, 5, 1), 0);
	assert_true(errata__fact_date_cmp(&ymd, 2019, 5, 11) < 0);
	assert_int_equal(errata__fact_date_cmp(&ymd, 2019, 5, 10), 0);
}

static void test_facts_syntax_error_names_place(void **state)
{
	int rc;
	errata_facts *f = load("{\"version\": 1,\n \"entities\": [\n  {\"name\": }\n]}", &rc);

	(void)state;
	assert_int_equal(rc, ERRATA_EINVALID);
	assert_string_equal(errata_error_last(), "sheet.json:3:12: invalid JSON");
	assert_int_equal(errata__facts_count(f), 0);
	errata__facts_free(f);
}

static void test_facts_strict_json(void **state)
{
	int rc;
	errata_facts *f = load("{\"version\": 1, \"entities\": [],\n \"version\": 1}", &rc);

	(void)state;
	assert_int_equal(rc, ERRATA_EINVALID);
	assert_string_equal(errata_error_last(), "sheet.json:2:2: duplicate key \"version\"");
	errata__facts_free(f);
	f = load("{\"version\": 1, \"entities\": [{\"name\": \"A\\u0000B\"}]}", &rc);
	assert_int_equal(rc, ERRATA_EINVALID);
	assert_string_equal(errata_error_last(), "sheet.json:1:40: invalid JSON: \\u0000 in a string");
	errata__facts_free(f);
	f = load("{\"version\": 1, \"entities\": []} trailing", &rc);
	assert_int_equal(rc, ERRATA_EINVALID);
	assert_string_equal(errata_error_last(), "sheet.json:1:32: invalid JSON: text after the end of the value");
	errata__facts_free(f);
}

static void test_facts_impossible_dates(void **state)
{
	int rc;
	errata_facts *f;

	(void)state;
	/* born in year 9999 would make every age negative */
	f = load("{\"version\": 1, \"entities\": [{\"name\": \"A\", \"born\": \"9999-12-31\"}]}", &rc);
	assert_int_equal(rc, ERRATA_EINVALID);
	assert_string_equal(errata_error_last(), "sheet.json: entities[0].born: in the future");
	errata__facts_free(f);
	f = load("{\"version\": 1, \"entities\": [{\"name\": \"A\", \"founded\": \"3000\"}]}", &rc);
	assert_int_equal(rc, ERRATA_EINVALID);
	assert_string_equal(errata_error_last(), "sheet.json: entities[0].founded: in the future");
	errata__facts_free(f);
	f = load("{\"version\": 1, \"entities\": [{\"name\": \"A\"}, {\"name\": \"B\", "
	         "\"born\": \"1960-05-02\", \"died\": \"1959\"}]}", &rc);
	assert_int_equal(rc, ERRATA_EINVALID);
	assert_string_equal(errata_error_last(), "sheet.json: entities[1].died: before the date of birth");
	errata__facts_free(f);
	/* the same year at different precision is not "before" */
	f = load("{\"version\": 1, \"entities\": [{\"name\": \"B\", "
	         "\"born\": \"1960-05-02\", \"died\": \"1960\"}]}", &rc);
	assert_int_equal(rc, 0);
	errata__facts_free(f);
}

/* 100,000 entities sharing one alias: loaded and looked up in one pass each. */
static void test_facts_shared_alias(void **state)
{
	const size_t n = 100000;
	errata_buf b = ERRATA_BUF_INIT;
	const errata__fact_entity *out[3];
	errata_facts *f;
	clock_t t0;
	int rc;

	(void)state;
	errata_buf_puts(&b, "{\"version\": 1, \"entities\": [");
	for (size_t i = 0; i < n; i++)
		errata_buf_printf(&b, "%s{\"name\": \"Person %zu\", \"aliases\": [\"the minister\"]}",
		                  i ? "," : "", i);
	errata_buf_puts(&b, "]}");
	t0 = clock();
	f = load(b.ptr, &rc);
	assert_int_equal(rc, 0);
	for (int k = 0; k < 1000; k++)
		assert_int_equal(errata__facts_named(f, "the minister", 12, out, 3), n);
	/* quadratic, this took ten seconds and more */
	assert_true(clock() - t0 < 5 * CLOCKS_PER_SEC);
	assert_string_equal(out[0]->name, "Person 0");
	assert_string_equal(out[2]->name, "Person 2");
	assert_int_equal(errata__facts_named(f, "Person 99999", 12, out, 3), 1);
	errata__facts_free(f);
	errata_buf_dispose(&b);
}

static void expect_value_error(const char *json, const char *message)
{
	int rc;
	errata_facts *f = load(json, &rc);

	assert_int_equal(rc, ERRATA_EINVALID);
	assert_string_equal(errata_error_last(), message);
	assert_int_equal(errata__facts_count(f), 0);
	errata__facts_free(f);
}

static void test_facts_value_errors(void **state)
{
	(void)state;
	expect_value_error("{\"version\":1,\"entities\":[{\"name\":\"A\"},{\"name\":\"B\"},"
	                   "{\"name\":\"C\"},{\"name\":\"D\",\"born\":\"1999-02-30\"}]}",
	                   "sheet.json: entities[3].born: not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
	expect_value_error("{\"version\":1,\"entities\":[{\"name\":\"A\",\"bron\":\"1990\"}]}",
	                   "sheet.json: entities[0]: unknown key \"bron\"");
	expect_value_error("{\"version\":2,\"entities\":[]}", "sheet.json: version: must be 1");
	expect_value_error("{\"version\":1}", "sheet.json: entities: missing or not an array");
	expect_value_error("[1,2]", "sheet.json: not a JSON object");
	expect_value_error("{\"version\":1,\"entities\":[{\"aliases\":[\"x\"]}]}",
	                   "sheet.json: entities[0].name: not a non-empty string");
	expect_value_error("{\"version\":1,\"entities\":[{\"name\":\"A\",\"aliases\":[\"x\",3]}]}",
	                   "sheet.json: entities[0].aliases[1]: not a non-empty string");
	expect_value_error("{\"version\":1,\"entities\":[{\"name\":\"A\",\"titles\":"
	                   "[{\"title\":\"Mayor\",\"from\":\"2020\",\"to\":\"2019-12\"}]}]}",
	                   "sheet.json: entities[0].titles[0]: \"to\" is before \"from\"");
	expect_value_error("{\"version\":1,\"entities\":[{\"name\":\"A\",\"titles\":"
	                   "[{\"title\":\"Mayor\",\"from\":\"20x0\"}]}]}",
	                   "sheet.json: entities[0].titles[0].from: not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
	expect_value_error("{\"version\":1,\"entities\":[{\"name\":\"A\",\"titles\":[{\"from\":\"2020\"}]}]}",
	                   "sheet.json: entities[0].titles[0].title: not a non-empty string");
	expect_value_error("{\"version\":1,\"entities\":[\"A\"]}",
	                   "sheet.json: entities[0]: not an object");
}

static void test_facts_failed_load_keeps_earlier_sheet(void **state)
{
	int rc;
	errata_facts *f = load(good_sheet, &rc);
	const char *bad = "{\"version\":1,\"entities\":[{\"name\":\"X\"},{\"name\":\"Y\",\"born\":\"yesterday\"}]}";

	(void)state;
	assert_int_equal(rc, 0);
	assert_int_equal(errata__facts_load_buffer(f, "b.json", bad, strlen(bad)), ERRATA_EINVALID);
	assert_int_equal(errata__facts_count(f), 3);
	assert_int_equal(errata__facts_load_buffer(f, "c.json", good_sheet, strlen(good_sheet)), 0);
	assert_int_equal(errata__facts_count(f), 6);
	errata__facts_free(f);
}

static void test_facts_file(void **state)
{
	char path[] = "/tmp/errata-facts-XXXXXX";
	int fd = mkstemp(path);
	errata_facts *f = NULL;

	(void)state;
	assert_true(fd >= 0);
	assert_int_equal(write(fd, good_sheet, strlen(good_sheet)), (ssize_t)strlen(good_sheet));
	close(fd);
	assert_int_equal(errata__facts_new(&f), 0);
	assert_int_equal(errata__facts_load_file(f, path), 0);
	assert_int_equal(errata__facts_count(f), 3);
	unlink(path);
	assert_int_equal(errata__facts_load_file(f, path), ERRATA_ENOTFOUND);
	assert_non_null(strstr(errata_error_last(), path));
	errata__facts_free(f);
	errata__facts_free(NULL);
}

/* The distinct titles, first seen first, across every sheet loaded. */
static void test_facts_titles(void **state)
{
	const char *more =
		"{\"version\": 1, \"entities\": [\n"
		" {\"name\": \"Ana Ortiz\", \"titles\": [{\"title\": \"Governor\"}, {\"title\": \"Mayor\"}]},\n"
		" {\"name\": \"Kim Soo\", \"titles\": [{\"title\": \"President\"}, {\"title\": \"mayor\"}]}]}";
	const char *broken = "{\"version\": 1, \"entities\": [{\"name\": \"X\", \"titles\": [{\"title\": \"Judge\"}]}, 3]}";
	int rc;
	errata_facts *f = NULL;
	const char *const *t;
	size_t n = 99;

	(void)state;
	assert_null(errata__facts_titles(NULL, &n));
	assert_int_equal(n, 0);
	assert_int_equal(errata__facts_new(&f), 0);
	assert_null(errata__facts_titles(f, &n));
	assert_int_equal(n, 0);
	errata__facts_free(f);

	f = load(good_sheet, &rc);
	assert_int_equal(rc, 0);
	t = errata__facts_titles(f, &n);
	assert_int_equal(n, 2);
	assert_string_equal(t[0], "President");
	assert_string_equal(t[1], "Mayor");
	/* a second sheet adds its new titles after; spelling counts */
	assert_int_equal(errata__facts_load_buffer(f, "more.json", more, strlen(more)), 0);
	t = errata__facts_titles(f, &n);
	assert_int_equal(n, 4);
	assert_string_equal(t[0], "President");
	assert_string_equal(t[1], "Mayor");
	assert_string_equal(t[2], "Governor");
	assert_string_equal(t[3], "mayor");
	/* a sheet that fails leaves the list as it was */
	assert_int_equal(errata__facts_load_buffer(f, "broken.json", broken, strlen(broken)), ERRATA_EINVALID);
	t = errata__facts_titles(f, &n);
	assert_int_equal(n, 4);
	assert_string_equal(t[3], "mayor");
	errata__facts_free(f);
}

/* Names and aliases looked up by hash: every entity that has one, in order. */
static void test_facts_named(void **state)
{
	const char *sheet =
		"{\"version\": 1, \"entities\": [\n"
		" {\"name\": \"Kim Soo\", \"aliases\": [\"Kim\", \"Soo\", \"Kim\"]},\n"
		" {\"name\": \"Park\", \"aliases\": [\"Park\"]},\n"
		" {\"name\": \"Kim Dae\", \"aliases\": [\"Kim\"]},\n"
		" {\"name\": \"\u00c9lodie Brun\", \"aliases\": [\"Kim\"]}]}";
	const errata__fact_entity *out[4];
	int rc;
	errata_facts *f = load(sheet, &rc);
	errata_facts *empty = NULL;

	(void)state;
	assert_int_equal(rc, 0);
	/* three entities answer to "Kim", each once, in sheet order */
	assert_int_equal(errata__facts_named(f, "Kim", 3, out, 4), 3);
	assert_string_equal(out[0]->name, "Kim Soo");
	assert_string_equal(out[1]->name, "Kim Dae");
	assert_string_equal(out[2]->name, "\xc3\x89lodie Brun");
	/* fewer slots than matches: the first ones, and the full count */
	out[1] = NULL;
	assert_int_equal(errata__facts_named(f, "Kim", 3, out, 1), 3);
	assert_string_equal(out[0]->name, "Kim Soo");
	assert_null(out[1]);
	/* a name that is also an alias counts once */
	assert_int_equal(errata__facts_named(f, "Park", 4, out, 4), 1);
	assert_int_equal(errata__facts_named(f, "\xc3\x89lodie Brun", 12, out, 4), 1);
	assert_int_equal(out[0]->name_len, 12);
	/* exact bytes and length only: no prefix, no case folding */
	assert_int_equal(errata__facts_named(f, "Kim Soo Jr", 7, out, 4), 1);
	assert_int_equal(errata__facts_named(f, "Ki", 2, out, 4), 0);
	assert_int_equal(errata__facts_named(f, "kim", 3, out, 4), 0);
	assert_int_equal(errata__facts_named(f, "Kim ", 4, out, 4), 0);
	assert_int_equal(errata__facts_named(f, "", 0, out, 4), 0);
	/* the per-entity test agrees */
	assert_true(errata__fact_entity_named(errata__facts_get(f, 0), "Soo", 3));
	assert_false(errata__fact_entity_named(errata__facts_get(f, 0), "So", 2));
	assert_int_equal(errata__facts_get(f, 0)->alias_lens[1], 3);
	errata__facts_free(f);
	/* nothing loaded, or no sheet at all */
	assert_int_equal(errata__facts_new(&empty), 0);
	assert_int_equal(errata__facts_named(empty, "Kim", 3, out, 4), 0);
	assert_int_equal(errata__facts_named(NULL, "Kim", 3, out, 4), 0);
	errata__facts_free(empty);
}

/* The checker loads the sheets it is given, and fails on a broken one. */
static void test_facts_through_checker(void **state)
{
	char good[] = "/tmp/errata-facts-good-XXXXXX", bad[] = "/tmp/errata-facts-bad-XXXXXX";
	const char *broken = "{\"version\":1,\"entities\":[{\"name\":\"A\",\"died\":\"1999-13\"}]}";
	const char *text = "President Moon met Xi in Beijing.";
	int fg = mkstemp(good), fb = mkstemp(bad);
	errata_checker_options o = ERRATA_CHECKER_OPTIONS_INIT;
	errata_checker *c = NULL;
	errata_findings *out = NULL;
	errata_doc *doc = NULL;
	const char *paths[2];
	size_t titles = 0;

	(void)state;
	assert_true(fg >= 0 && fb >= 0);
	assert_int_equal(write(fg, good_sheet, strlen(good_sheet)), (ssize_t)strlen(good_sheet));
	assert_int_equal(write(fb, broken, strlen(broken)), (ssize_t)strlen(broken));
	close(fg);
	close(fb);
	paths[0] = good;
	paths[1] = bad;
	o.facts_paths = paths;
	o.facts_count = 2;
	o.no_default_packs = 1;
	o.date.year = 2026;
	o.date.month = 1;
	o.date.day = 4;
	assert_int_equal(errata_checker_new(&c, &o), ERRATA_EINVALID);
	assert_non_null(strstr(errata_error_last(), "entities[0].died: not a date"));
	assert_non_null(strstr(errata_error_last(), bad));
	assert_null(c);
	o.facts_count = 1;
	assert_int_equal(errata_checker_new(&c, &o), 0);
	assert_int_equal(errata_doc_load_buffer(&doc, "a.txt", text, strlen(text), NULL), 0);
	assert_int_equal(errata_findings_new(&out), 0);
	assert_int_equal(errata_checker_check(c, doc, out), 0);
	for (size_t i = 0; i < errata_findings_count(out); i++)
		if (strcmp(errata_findings_get(out, i)->rule, "facts.title") == 0)
			titles++;
	assert_int_equal(titles, 1);
	errata_findings_free(out);
	errata_doc_free(doc);
	errata_checker_free(c);
	unlink(good);
	unlink(bad);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_facts_loads_entities),
		cmocka_unit_test(test_facts_date_compare),
		cmocka_unit_test(test_facts_syntax_error_names_place),
		cmocka_unit_test(test_facts_strict_json),
		cmocka_unit_test(test_facts_impossible_dates),
		cmocka_unit_test(test_facts_shared_alias),
		cmocka_unit_test(test_facts_value_errors),
		cmocka_unit_test(test_facts_failed_load_keeps_earlier_sheet),
		cmocka_unit_test(test_facts_file),
		cmocka_unit_test(test_facts_titles),
		cmocka_unit_test(test_facts_named),
		cmocka_unit_test(test_facts_through_checker),
	};
	return cmocka_run_group_tests_name("facts", tests, NULL, NULL);
}
