/*
 * test_tables.c: the tables shared by a process's checkers (core/tables.c):
 * a locale table is read once and the same for every caller and thread,
 * a language without a table is none, a broken table is an error each
 * time it is asked for.
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

#include "errata.h"
#include "tables.h"

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
	/* "Jan" may start a key, "Qz" may not */
	assert_int_not_equal(k['J' | 'a' << 8], 0);
	assert_int_equal(k['Q' | 'z' << 8], 0);
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

static void *ask_thread(void *arg)
{
	struct ask *a = arg;

	a->error = errata__tables_locale(&a->loc, data, "de");
	if (!a->error)
		a->keys = errata__tables_keys(a->loc);
	return NULL;
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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_tables_locale_once),
		cmocka_unit_test(test_tables_keys),
		cmocka_unit_test(test_tables_broken_again),
		cmocka_unit_test(test_tables_threads),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
