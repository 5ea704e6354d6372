/*
 * test_tables.c: the tables shared by a process's checkers (core/tables.c):
 * a locale table is read once and the same for every caller and thread,
 * a language without a table is none, a broken table is an error each
 * time it is asked for; a rule pack's rules are read once and borrowed
 * by every rule set that loads the file, read again when its text
 * changes, with the errors a pack read in place gives.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <pthread.h>
#include <sys/stat.h>
#include <cmocka.h>

#include "checks/facts.h"
#include "errata.h"
#include "rules/rules.h"
#include "tables.h"
#include "text/wordindex.h"

static char tmpdir[] = "/tmp/errata-tables-XXXXXX";
static char data[4096];

static void write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "wb");

	assert_non_null(f);
	assert_int_equal(fputs(text, f) >= 0, 1);
	assert_int_equal(fclose(f), 0);
}

static int setup(void **state)
{
	const char *root = getenv("ERRATA_ROOT");

	(void)state;
	snprintf(data, sizeof(data), "%s/rules", root ? root : ".");
	return mkdtemp(tmpdir) ? 0 : -1;
}

static int teardown(void **state)
{
	char cmd[4200];

	(void)state;
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", tmpdir);
	return system(cmd) == 0 ? 0 : -1;
}

static void test_tables_locale_once(void **state)
{
	const errata_locale *a = NULL, *b = NULL, *none = (const errata_locale *)1;

	(void)state;
	assert_int_equal(errata__tables_locale(&a, data, "en"), 0);
	assert_non_null(a);
	assert_string_equal(errata_locale_lang(a), "en");
	assert_int_equal(errata__tables_locale(&b, data, "en"), 0);
	assert_ptr_equal(a, b);
	/* a regional code falls back to its language's table */
	assert_int_equal(errata__tables_locale(&b, data, "en-GB"), 0);
	assert_non_null(b);
	assert_string_equal(errata_locale_lang(b), "en");
	/* no table, no language code: none, and no error */
	assert_int_equal(errata__tables_locale(&none, data, "xx"), 0);
	assert_null(none);
	none = a;
	assert_int_equal(errata__tables_locale(&none, data, "../en"), 0);
	assert_null(none);
	/* the same language in another data folder is another table */
	assert_int_equal(errata__tables_locale(&b, tmpdir, "en"), 0);
	assert_null(b);
}

static void test_tables_keys(void **state)
{
	const errata_locale *en = NULL;
	const unsigned char *k;

	(void)state;
	assert_int_equal(errata__tables_locale(&en, data, "en"), 0);
	assert_non_null(k = errata__tables_keys(en));
	/* "Jan" may start a key, "Qzx" may not (entries by errata__word_key()) */
	assert_int_not_equal(k[errata__word_key('J' | 'a' << 8 | 'n' << 16)], 0);
	assert_int_equal(k[errata__word_key('Q' | 'z' << 8 | 'x' << 16)], 0);
	assert_ptr_equal(errata__tables_keys(en), k);
	assert_null(errata__tables_keys(NULL));
}

static void test_tables_broken_again(void **state)
{
	char dir[4200], path[4300];
	const errata_locale *loc = NULL;

	(void)state;
	snprintf(dir, sizeof(dir), "%s/locales", tmpdir);
	assert_int_equal(mkdir(dir, 0700), 0);
	snprintf(path, sizeof(path), "%s/zz.json", dir);
	write_file(path, "{\"lang\": \"zz\", \"months\": 3}");
	for (int i = 0; i < 2; i++) {
		assert_int_equal(errata__tables_locale(&loc, tmpdir, "zz"), ERRATA_EINVALID);
		assert_null(loc);
		assert_non_null(strstr(errata_error_last(), "zz.json"));
	}
}

struct ask {
	const errata_locale *loc;
	const unsigned char *keys;
	int error;
};

/* A data folder tmpdir/name whose locales/ holds lang.json with text. */
static const char *table_dir(const char *name, const char *lang, const char *text)
{
	static char dir[4200];
	char path[4400];

	snprintf(dir, sizeof(dir), "%s/%s", tmpdir, name);
	assert_int_equal(mkdir(dir, 0700), 0);
	snprintf(path, sizeof(path), "%s/locales", dir);
	assert_int_equal(mkdir(path, 0700), 0);
	snprintf(path, sizeof(path), "%s/locales/%s.json", dir, lang);
	write_file(path, text);
	return dir;
}

struct ask_detector {
	const errata__detector *d;
	int error;
};

static void *ask_thread(void *arg)
{
	struct ask *a = arg;

	a->error = errata__tables_locale(&a->loc, data, "de");
	if (!a->error)
		a->keys = errata__tables_keys(a->loc);
	return NULL;
}

static void *detector_thread(void *arg)
{
	struct ask_detector *a = arg;

	a->error = errata__tables_detector(&a->d, data);
	return NULL;
}

/* The guesser of --lang auto: built once for every thread, an error each time. */
static void test_tables_detector(void **state)
{
	pthread_t t[3];
	struct ask_detector a[3];
	const errata__detector *d = NULL;
	char dir[4200];

	(void)state;
	memset(a, 0, sizeof(a));
	for (int i = 0; i < 3; i++)
		assert_int_equal(pthread_create(&t[i], NULL, detector_thread, &a[i]), 0);
	for (int i = 0; i < 3; i++)
		assert_int_equal(pthread_join(t[i], NULL), 0);
	for (int i = 0; i < 3; i++) {
		assert_int_equal(a[i].error, 0);
		assert_non_null(a[i].d);
		assert_ptr_equal(a[i].d, a[0].d);
	}
	assert_int_equal(errata__tables_detector(&d, data), 0);
	assert_ptr_equal(d, a[0].d);
	assert_string_equal(errata__detector_guess(d, "Der Hund und die Katze sind nicht im Haus.", 42), "de");
	/* the guesser reads a table's signs alone: a fault elsewhere is the checker's to report */
	assert_int_equal(errata__tables_detector(&d, table_dir("auto", "aa",
	                 "{\"lang\": \"aa\", \"holidays\": [1,,2], \"detect\": [\"zork\"],"
	                 " \"months\": [\"Zorkuary\"], \"weekdays\": [], \"other\": {\"x\": [1 2]}}")), 0);
	assert_string_equal(errata__detector_guess(d, "zork zork Zorkuary", 18), "aa");
	/* a fault in a sign: the table is named */
	assert_int_equal(errata__tables_detector(&d, table_dir("auto2", "bb",
	                 "{\"lang\": \"bb\", \"detect\": [\"x\",,]}")), ERRATA_EINVALID);
	assert_non_null(strstr(errata_error_last(), "bb.json: malformed JSON"));
	/* a folder without tables */
	snprintf(dir, sizeof(dir), "%s/none", tmpdir);
	for (int i = 0; i < 2; i++) {
		assert_int_equal(errata__tables_detector(&d, dir), ERRATA_ENOTFOUND);
		assert_null(d);
	}
}

/* Workers that ask at once get one table. */
static void test_tables_threads(void **state)
{
	pthread_t t[4];
	struct ask a[4];

	(void)state;
	memset(a, 0, sizeof(a));
	for (int i = 0; i < 4; i++)
		assert_int_equal(pthread_create(&t[i], NULL, ask_thread, &a[i]), 0);
	for (int i = 0; i < 4; i++)
		assert_int_equal(pthread_join(t[i], NULL), 0);
	for (int i = 0; i < 4; i++) {
		assert_int_equal(a[i].error, 0);
		assert_non_null(a[i].loc);
		assert_ptr_equal(a[i].loc, a[0].loc);
		assert_ptr_equal(a[i].keys, a[0].keys);
	}
}

static const char pack_a[] =
	"{\"rules\": [{\"id\": \"t.one\", \"type\": \"pattern\", \"pattern\": \"\\\\bfoo\\\\b\","
	" \"message\": \"no foo\"}]}";
static const char pack_b[] =
	"{\"rules\": [{\"id\": \"t.two\", \"type\": \"pattern\", \"pattern\": \"bar\","
	" \"message\": \"no bar\"}]}";

static char *pack_path(const char *name)
{
	static char path[8][4300];
	static int next;
	char *p = path[next++ % 8];

	snprintf(p, sizeof(path[0]), "%s/%s", tmpdir, name);
	return p;
}

static errata__rules *rules_of(const char *path, int expect)
{
	errata__rules *rs = NULL;

	assert_int_equal(errata__rules_new(&rs), 0);
	assert_int_equal(errata__rules_load_file(rs, path), expect);
	return rs;
}

/* Findings of rs on text. */
static size_t count_on(errata__rules *rs, const char *text)
{
	errata_doc *doc = NULL;
	errata_findings *f = NULL;
	size_t n;

	assert_int_equal(errata__rules_prepare(rs), 0);
	assert_int_equal(errata_doc_load_buffer(&doc, "t.txt", text, strlen(text), NULL), 0);
	assert_int_equal(errata_findings_new(&f), 0);
	assert_int_equal(errata__rules_run(rs, doc, f), 0);
	n = errata_findings_count(f);
	errata_findings_free(f);
	errata_doc_free(doc);
	return n;
}

static void test_tables_pack_shared(void **state)
{
	const char *path = pack_path("shared.json");
	errata__rules *a, *b, *c;

	(void)state;
	write_file(path, pack_a);
	a = rules_of(path, 0);
	b = rules_of(path, 0);
	assert_int_equal(errata__rules_count(a), 1);
	/* read once: the second set borrows the first one's rule */
	assert_ptr_equal(errata__rules_head(a, 0)->id, errata__rules_head(b, 0)->id);
	assert_string_equal(errata__rules_head(b, 0)->path, path);
	/* each set says on its own which rules are on */
	errata__rules_head(b, 0)->enabled = 0;
	assert_int_equal(count_on(a, "a foo b"), 1);
	assert_int_equal(count_on(b, "a foo b"), 0);
	/* a new text: read anew, while the sets of the old one go on */
	write_file(path, pack_b);
	c = rules_of(path, 0);
	assert_string_equal(errata__rules_head(c, 0)->id, "t.two");
	assert_string_equal(errata__rules_head(a, 0)->id, "t.one");
	assert_int_equal(count_on(c, "a bar b"), 1);
	errata__rules_free(a);
	errata__rules_free(b);
	assert_int_equal(count_on(c, "a bar b foo"), 1);
	errata__rules_free(c);
}

static void test_tables_pack_errors(void **state)
{
	const char *one = pack_path("one.json"), *two = pack_path("two.json");
	const char *bad = pack_path("bad.json");
	errata__rules *rs;
	char want[9000];

	(void)state;
	write_file(one, pack_a);
	write_file(two, pack_a);
	/* an id another file gave, or the same file read twice */
	rs = rules_of(one, 0);
	assert_int_equal(errata__rules_load_file(rs, two), ERRATA_EINVALID);
	snprintf(want, sizeof(want), "%s: rule 't.one': duplicate id (first defined in %s)", two, one);
	assert_string_equal(errata_error_last(), want);
	assert_int_equal(errata__rules_load_file(rs, one), ERRATA_EINVALID);
	snprintf(want, sizeof(want), "%s: rule 't.one': duplicate id (first defined in %s)", one, one);
	assert_string_equal(errata_error_last(), want);
	assert_int_equal(errata__rules_count(rs), 1);
	/* a broken pack: its first fault, each time */
	write_file(bad, "{\"rules\": [{\"id\": \"t.one\", \"type\": \"pattern\"}, {\"id\": \"t.x\","
	           " \"type\": \"pattern\", \"pattern\": \"(\"}]}");
	for (int i = 0; i < 2; i++) {
		assert_int_equal(errata__rules_load_file(rs, bad), ERRATA_EINVALID);
		snprintf(want, sizeof(want), "%s: rule 't.one': duplicate id (first defined in %s)", bad, one);
		assert_string_equal(errata_error_last(), want);
	}
	assert_int_equal(errata__rules_count(rs), 1);
	/* no more rules once the set is prepared */
	assert_int_equal(errata__rules_prepare(rs), 0);
	assert_int_equal(errata__rules_load_file(rs, two), ERRATA_EUSAGE);
	errata__rules_free(rs);
	rs = rules_of(bad, ERRATA_EINVALID);
	assert_non_null(strstr(errata_error_last(), "bad.json: rule 't.one': missing field 'message'"));
	errata__rules_free(rs);
}

struct load {
	const char *path;
	errata__rules *rs;
};

static void *load_thread(void *arg)
{
	struct load *l = arg;

	if (errata__rules_new(&l->rs) == 0 && errata__rules_load_file(l->rs, l->path) == 0)
		(void)errata__rules_prepare(l->rs);
	return NULL;
}

/* Workers that load a pack at once share it, and free their sets apart. */
static void test_tables_pack_threads(void **state)
{
	const char *path = pack_path("threads.json");
	pthread_t t[4];
	struct load l[4];

	(void)state;
	write_file(path, pack_a);
	for (int i = 0; i < 4; i++) {
		l[i].path = path;
		l[i].rs = NULL;
		assert_int_equal(pthread_create(&t[i], NULL, load_thread, &l[i]), 0);
	}
	for (int i = 0; i < 4; i++)
		assert_int_equal(pthread_join(t[i], NULL), 0);
	for (int i = 0; i < 4; i++) {
		assert_int_equal(errata__rules_count(l[i].rs), 1);
		assert_ptr_equal(errata__rules_head(l[i].rs, 0)->id, errata__rules_head(l[0].rs, 0)->id);
	}
	for (int i = 0; i < 4; i++)
		errata__rules_free(l[i].rs);
}

/* Fact sheets: read once for the same files and texts, anew when a text changes. */
static void test_tables_facts(void **state)
{
	const char *paths[2] = { pack_path("one-facts.json"), pack_path("two-facts.json") };
	const errata_facts *a = NULL, *b = NULL, *c = NULL;

	(void)state;
	write_file(paths[0], "{\"version\": 1, \"entities\": [{\"name\": \"Ana Ruiz\", \"born\": \"1960\"}]}");
	write_file(paths[1], "{\"version\": 1, \"entities\": [{\"name\": \"Bo Li\"}]}");
	assert_int_equal(errata__tables_facts(&a, paths, 2), 0);
	assert_int_equal(errata__facts_count(a), 2);
	assert_string_equal(errata__facts_get(a, 1)->name, "Bo Li");
	assert_int_equal(errata__tables_facts(&b, paths, 2), 0);
	assert_ptr_equal(a, b);
	/* another list of files is another sheet */
	assert_int_equal(errata__tables_facts(&c, paths + 1, 1), 0);
	assert_int_equal(errata__facts_count(c), 1);
	errata__tables_facts_release(c);
	/* a text changed: read anew, the old sheet kept for those who hold it */
	write_file(paths[1], "{\"version\": 1, \"entities\": [{\"name\": \"Cy Bo\"}]}");
	assert_int_equal(errata__tables_facts(&c, paths, 2), 0);
	assert_ptr_not_equal(c, a);
	assert_string_equal(errata__facts_get(c, 1)->name, "Cy Bo");
	assert_string_equal(errata__facts_get(a, 1)->name, "Bo Li");
	errata__tables_facts_release(a);
	errata__tables_facts_release(b);
	errata__tables_facts_release(c);
	/* a sheet that does not load, or a missing file: an error, each time */
	write_file(paths[1], "{\"version\": 2, \"entities\": []}");
	for (int i = 0; i < 2; i++) {
		assert_int_equal(errata__tables_facts(&a, paths, 2), ERRATA_EINVALID);
		assert_null(a);
	}
	paths[1] = pack_path("missing-facts.json");
	assert_int_equal(errata__tables_facts(&a, paths, 2), ERRATA_ENOTFOUND);
}

/* Checkers that read the same fact sheet find the same in it, and its errors are the sheet's. */
static void test_tables_facts_checkers(void **state)
{
	const char *sheet = pack_path("checker-facts.json"), *bad = pack_path("bad-facts.json");
	const char *text = "---\ndate: 2026-03-05\n---\nAna Ruiz, 40, spoke.\n";
	errata_checker_options o = ERRATA_CHECKER_OPTIONS_INIT;
	errata_checker *x = NULL, *y = NULL;
	errata_doc *doc = NULL;
	errata_findings *fx = NULL, *fy = NULL;
	const char *paths[2] = { sheet, bad };

	(void)state;
	write_file(sheet, "{\"version\": 1, \"entities\": [{\"name\": \"Ana Ruiz\", \"born\": \"1960-01-02\"}]}");
	write_file(bad, "{\"version\": 1, \"entities\": [{\"name\": \"Bo\", \"born\": \"soon\"}]}");
	o.data_dir = data;
	o.facts_paths = paths;
	o.facts_count = 1;
	assert_int_equal(errata_checker_new(&x, &o), 0);
	assert_int_equal(errata_checker_new(&y, &o), 0);
	assert_int_equal(errata_doc_load_buffer(&doc, "a.md", text, strlen(text), NULL), 0);
	assert_int_equal(errata_findings_new(&fx), 0);
	assert_int_equal(errata_findings_new(&fy), 0);
	assert_int_equal(errata_checker_check(x, doc, fx), 0);
	errata_checker_free(x);
	assert_int_equal(errata_checker_check(y, doc, fy), 0);
	assert_int_equal(errata_findings_count(fx), errata_findings_count(fy));
	assert_true(errata_findings_count(fy) >= 1);
	assert_string_equal(errata_findings_get(fy, 0)->rule, "number.age");
	errata_checker_free(y);
	errata_findings_free(fx);
	errata_findings_free(fy);
	errata_doc_free(doc);
	/* the first fault of the sheets, as they are loaded in order */
	o.facts_count = 2;
	assert_int_equal(errata_checker_new(&x, &o), ERRATA_EINVALID);
	assert_null(x);
	assert_non_null(strstr(errata_error_last(), "bad-facts.json"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_tables_locale_once),
		cmocka_unit_test(test_tables_keys),
		cmocka_unit_test(test_tables_broken_again),
		cmocka_unit_test(test_tables_threads),
		cmocka_unit_test(test_tables_detector),
		cmocka_unit_test(test_tables_pack_shared),
		cmocka_unit_test(test_tables_pack_errors),
		cmocka_unit_test(test_tables_pack_threads),
		cmocka_unit_test(test_tables_facts),
		cmocka_unit_test(test_tables_facts_checkers),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
