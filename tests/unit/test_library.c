/*
 * test_library.c: liberrata as a CMS embeds it: configuration, rule packs
 * and fact sheets given from memory (as JSON text or as cJSON values), the
 * data folder given in the options, version 1 options still taken, the
 * finding accessors, and two threads checking at once with checkers of
 * their own while report ids are drawn (run under `make SANITIZE=thread`
 * this is the ThreadSanitizer test).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <pthread.h>
#include <cmocka.h>
#include <cjson/cJSON.h>

#include "errata.h"
#include "reports/reports.h"

static const char article[] =
	"---\ndate: 2026-01-02\n---\n"
	"President Lee Jae-myung, 50, said the vote was on Monday, January 6, 2026, "
	"after a three-day visit from January 4 to January 8. Teh end.\n";

static const char config_json[] =
	"{\"disable\": [\"date.duration\"], \"severity\": {\"date.weekday\": \"warning\"}}";

static const char pack_json[] =
	"{\"pack\": \"cms\", \"version\": 1, \"rules\": [{\"id\": \"cms.typo\", "
	"\"type\": \"substitution\", \"severity\": \"error\", \"summary\": \"a house typo\", "
	"\"message\": \"write ${suggestion}\", \"replace\": {\"Teh\": \"The\"}}]}";

static const char facts_json[] =
	"{\"version\": 1, \"entities\": [{\"name\": \"Lee Jae-myung\", \"born\": \"1963-12-22\"}]}";

/* Check `article` with opts; the findings' rules, joined by spaces, into buf. */
static int rules_found(const errata_checker_options *opts, char *buf, size_t size)
{
	errata_checker *checker = NULL;
	errata_doc *doc = NULL;
	errata_findings *list = NULL;
	int error;

	buf[0] = '\0';
	if ((error = errata_checker_new(&checker, opts)) < 0)
		return error;
	assert_int_equal(errata_doc_load_buffer(&doc, "story.md", article, strlen(article), NULL), 0);
	assert_int_equal(errata_findings_new(&list), 0);
	assert_int_equal(errata_checker_check(checker, doc, list), 0);
	for (size_t i = 0; i < errata_findings_count(list); i++) {
		const errata_finding *f = errata_findings_get(list, i);
		size_t n = strlen(buf);

		snprintf(buf + n, size - n, "%s%s:%s", n ? " " : "", errata_finding_rule(f),
		         errata_severity_name(errata_finding_severity(f)));
	}
	errata_findings_free(list);
	errata_doc_free(doc);
	errata_checker_free(checker);
	return 0;
}

static void test_library_defaults(void **state)
{
	char found[512];

	(void)state;
	assert_int_equal(rules_found(NULL, found, sizeof(found)), 0);
	assert_string_equal(found, "date.weekday:error date.duration:warning");
}

static void test_library_from_memory_text(void **state)
{
	errata_checker_options opts = ERRATA_CHECKER_OPTIONS_INIT;
	errata_json config = { "cms/.errata.json", config_json, 0, NULL };
	errata_json pack = { "cms-pack.json", pack_json, strlen(pack_json), NULL };
	errata_json facts = { "people.json", facts_json, 0, NULL };
	char found[512];

	(void)state;
	opts.config = &config;
	opts.packs = &pack;
	opts.pack_count = 1;
	opts.fact_sheets = &facts;
	opts.fact_sheet_count = 1;
	assert_int_equal(rules_found(&opts, found, sizeof(found)), 0);
	/* the configuration turned date.duration off and made the weekday a
	 * warning; the pack found the typo; the sheet knows Lee's age */
	assert_string_equal(found, "number.age:warning date.weekday:warning cms.typo:error");
}

static void test_library_from_memory_values(void **state)
{
	errata_checker_options opts = ERRATA_CHECKER_OPTIONS_INIT;
	cJSON *cfg = cJSON_Parse(config_json), *pk = cJSON_Parse(pack_json), *fs = cJSON_Parse(facts_json);
	errata_json config = { "cms", NULL, 0, cfg };
	errata_json pack = { "pack", NULL, 0, pk };
	errata_json facts = { "facts", NULL, 0, fs };
	char found[512];

	(void)state;
	assert_non_null(cfg);
	opts.config = &config;
	opts.packs = &pack;
	opts.pack_count = 1;
	opts.fact_sheets = &facts;
	opts.fact_sheet_count = 1;
	assert_int_equal(rules_found(&opts, found, sizeof(found)), 0);
	assert_string_equal(found, "number.age:warning date.weekday:warning cms.typo:error");
	cJSON_Delete(cfg);
	cJSON_Delete(pk);
	cJSON_Delete(fs);
}

static void test_library_from_memory_errors_name_the_document(void **state)
{
	errata_checker_options opts = ERRATA_CHECKER_OPTIONS_INIT;
	errata_json config = { "cms-config", "{\"disable\": [", 0, NULL };
	errata_json unknown = { "cms-config", "{\"disabel\": []}", 0, NULL };
	errata_json empty = { "nothing", NULL, 0, NULL };
	errata_json sheet = { "people.json", "{\"version\": 1, \"entities\": [{\"name\": \"X\", \"born\": \"soon\"}]}", 0, NULL };
	errata_checker *c = NULL;

	(void)state;
	opts.config = &config;
	assert_int_equal(errata_checker_new(&c, &opts), ERRATA_EINVALID);
	assert_non_null(strstr(errata_error_last(), "cms-config:1:"));
	opts.config = &unknown;
	assert_int_equal(errata_checker_new(&c, &opts), ERRATA_EINVALID);
	assert_non_null(strstr(errata_error_last(), "disabel"));
	opts.config = &empty;
	assert_int_equal(errata_checker_new(&c, &opts), ERRATA_EUSAGE);
	assert_non_null(strstr(errata_error_last(), "nothing"));
	opts.config = NULL;
	opts.fact_sheets = &sheet;
	opts.fact_sheet_count = 1;
	assert_int_equal(errata_checker_new(&c, &opts), ERRATA_EINVALID);
	assert_non_null(strstr(errata_error_last(), "people.json"));
	assert_null(c);
}

static void test_library_data_dir_option(void **state)
{
	errata_checker_options opts = ERRATA_CHECKER_OPTIONS_INIT;
	errata_checker *c = NULL;
	char found[512];

	(void)state;
	/* The environment points nowhere; the option wins. */
	setenv("ERRATA_DATA_DIR", "/nonexistent/errata-data", 1);
	opts.data_dir = ERRATA_SRCDATADIR;
	assert_int_equal(rules_found(&opts, found, sizeof(found)), 0);
	assert_string_equal(found, "date.weekday:error date.duration:warning");
	/* A folder without locales/: English cannot be required there. */
	opts.data_dir = "/nonexistent/cms-data";
	opts.lang = "en";
	unsetenv("ERRATA_DATA_DIR");
	assert_int_equal(errata_checker_new(&c, &opts), ERRATA_EINVALID);
	assert_non_null(strstr(errata_error_last(), "/nonexistent/cms-data/locales"));
}

static void test_library_options_version_1(void **state)
{
	/* What a caller built against version 1 passes: the fields up to revision_date. */
	errata_checker_options v2 = ERRATA_CHECKER_OPTIONS_INIT;
	char *v1 = malloc(offsetof(errata_checker_options, data_dir));
	errata_checker *c = NULL;

	(void)state;
	v2.version = 1;
	memcpy(v1, &v2, offsetof(errata_checker_options, data_dir));
	assert_int_equal(errata_checker_new(&c, (const errata_checker_options *)(void *)v1), 0);
	errata_checker_free(c);
	free(v1);
	v2.version = 3;
	assert_int_equal(errata_checker_new(&c, &v2), ERRATA_EUSAGE);
}

static void test_library_finding_accessors(void **state)
{
	errata_doc *doc = NULL;
	errata_findings *list = NULL;
	const char *s[] = { "Wednesday", "Thursday" };
	const errata_finding *f;

	(void)state;
	assert_int_equal(errata_doc_load_buffer(&doc, "a.txt", "On Tuesday.", 11, NULL), 0);
	assert_int_equal(errata_findings_new(&list), 0);
	assert_int_equal(errata_findings_add(list, doc, "r.x", ERRATA_SEVERITY_WARNING, 3, 7, "m", s, 2), 0);
	errata_findings_seal(list, 0);
	f = errata_findings_get(list, 0);
	assert_string_equal(errata_finding_path(f), "a.txt");
	assert_string_equal(errata_finding_rule(f), "r.x");
	assert_int_equal(errata_finding_severity(f), ERRATA_SEVERITY_WARNING);
	assert_string_equal(errata_finding_message(f), "m");
	assert_int_equal(errata_finding_line(f), 1);
	assert_int_equal(errata_finding_column(f), 4);
	assert_int_equal(errata_finding_end_line(f), 1);
	assert_int_equal(errata_finding_end_column(f), 11);
	assert_int_equal(errata_finding_offset(f), 3);
	assert_int_equal(errata_finding_length(f), 7);
	assert_string_equal(errata_finding_text(f), "Tuesday");
	assert_int_equal(errata_finding_suggestion_count(f), 2);
	assert_string_equal(errata_finding_suggestion(f, 1), "Thursday");
	assert_null(errata_finding_suggestion(f, 2));
	assert_int_equal(strlen(errata_finding_fingerprint(f)), 16);
	errata_findings_free(list);
	errata_doc_free(doc);
}

/* ---- two threads at once ------------------------------------------------ */

#define IDS 200

struct worker {
	int ok;
	char ids[IDS][ERRATA_REPORT_ID_SIZE];
};

static void *work(void *arg)
{
	struct worker *w = arg;
	errata_checker_options opts = ERRATA_CHECKER_OPTIONS_INIT;
	errata_json pack = { "cms-pack.json", pack_json, 0, NULL };
	errata_json facts = { "people.json", facts_json, 0, NULL };
	errata_buf diff = ERRATA_BUF_INIT, fixed = ERRATA_BUF_INIT;
	errata_checker *checker = NULL;
	int good = 1;

	opts.packs = &pack;
	opts.pack_count = 1;
	opts.fact_sheets = &facts;
	opts.fact_sheet_count = 1;
	opts.data_dir = ERRATA_SRCDATADIR;
	if (errata_checker_new(&checker, &opts) < 0)
		return NULL;
	for (int round = 0; round < 20 && good; round++) {
		errata_doc *doc = NULL;
		errata_findings *list = NULL;

		good = errata_doc_load_buffer(&doc, "story.md", article, strlen(article), NULL) == 0 &&
		       errata_findings_new(&list) == 0 &&
		       errata_checker_check(checker, doc, list) == 0 &&
		       errata_findings_count(list) == 4 &&
		       errata_fix_apply(&fixed, doc, list, 0, NULL) == 0 &&
		       errata_fix_diff(&diff, "story.md", article, strlen(article), fixed.ptr, fixed.size) == 0 &&
		       diff.size > 0;
		errata_buf_clear(&fixed);
		errata_buf_clear(&diff);
		errata_findings_free(list);
		errata_doc_free(doc);
	}
	for (int i = 0; i < IDS; i++)
		errata__reports_new_id(w->ids[i], article, sizeof(article));
	errata_buf_dispose(&diff);
	errata_buf_dispose(&fixed);
	errata_checker_free(checker);
	w->ok = good;
	return NULL;
}

static int id_cmp(const void *a, const void *b)
{
	return strcmp(a, b);
}

static void test_library_two_threads_at_once(void **state)
{
	static struct worker w[2];
	static char all[2 * IDS][ERRATA_REPORT_ID_SIZE];
	pthread_t t[2];

	(void)state;
	for (int i = 0; i < 2; i++)
		assert_int_equal(pthread_create(&t[i], NULL, work, &w[i]), 0);
	for (int i = 0; i < 2; i++)
		assert_int_equal(pthread_join(t[i], NULL), 0);
	assert_true(w[0].ok);
	assert_true(w[1].ok);
	/* report ids from getrandom(): 400 drawn from the same content, all different */
	memcpy(all, w[0].ids, sizeof(w[0].ids));
	memcpy(all[IDS], w[1].ids, sizeof(w[1].ids));
	qsort(all, 2 * IDS, ERRATA_REPORT_ID_SIZE, id_cmp);
	for (int i = 1; i < 2 * IDS; i++)
		assert_string_not_equal(all[i - 1], all[i]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_library_defaults),
		cmocka_unit_test(test_library_from_memory_text),
		cmocka_unit_test(test_library_from_memory_values),
		cmocka_unit_test(test_library_from_memory_errors_name_the_document),
		cmocka_unit_test(test_library_data_dir_option),
		cmocka_unit_test(test_library_options_version_1),
		cmocka_unit_test(test_library_finding_accessors),
		cmocka_unit_test(test_library_two_threads_at_once),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
