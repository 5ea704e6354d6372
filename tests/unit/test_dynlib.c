/*
 * test_dynlib.c: opening a library on first use (core/dynlib.c): the
 * functions land in the table, a missing file or function is an error
 * that names it and the package and leaves the table empty, and the
 * variable that names another file wins over the soname; opened once
 * for the process (errata__dynlib_open()), from any number of threads,
 * every call gives the first one's answer.
 */
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "common.h"
#include "dynlib.h"

/* zlib, which the program links: a library every build has at hand. */
typedef struct {
	const char *(*version)(void);
	unsigned long (*adler)(unsigned long adler, const unsigned char *buf, unsigned len);
} zlib_api;

static const errata__dynsym zsyms[] = {
	{ "zlibVersion", offsetof(zlib_api, version) },
	{ "adler32", offsetof(zlib_api, adler) },
};

static void test_dynlib_fills_the_table(void **state)
{
	errata__dynlib lib = { "libz.so.1", NULL, "zlib1g", "for a test" };
	zlib_api api;
	char why[512] = "";

	(void)state;
	memset(&api, 0, sizeof(api));
	assert_int_equal(errata__dynlib_load(&lib, &api, zsyms, 2, why, sizeof(why)), 0);
	assert_non_null(api.version);
	assert_non_null(api.adler);
	assert_true(api.version()[0] == '1');
	/* Adler-32 of "a": 0x00620062. */
	assert_int_equal(api.adler(1, (const unsigned char *)"a", 1), 0x00620062);
}

static void test_dynlib_missing_file_names_it_and_the_package(void **state)
{
	errata__dynlib lib = { "libnothing-errata.so.9", NULL, "libnothing9", "for a test" };
	zlib_api api;
	char why[512] = "";

	(void)state;
	memset(&api, 0, sizeof(api));
	assert_int_equal(errata__dynlib_load(&lib, &api, zsyms, 2, why, sizeof(why)), -1);
	assert_non_null(strstr(why, "cannot load libnothing-errata.so.9, which errata needs for a test"));
	assert_non_null(strstr(why, "install the Debian package libnothing9"));
	assert_null(strstr(why, "unset"));
	assert_null(api.version);
}

static void test_dynlib_missing_function_empties_the_table(void **state)
{
	static const errata__dynsym syms[] = {
		{ "zlibVersion", offsetof(zlib_api, version) },
		{ "git_nothing_here", offsetof(zlib_api, adler) },
	};
	errata__dynlib lib = { "libz.so.1", NULL, "zlib1g", "for a test" };
	zlib_api api;
	char why[512] = "";

	(void)state;
	memset(&api, 0, sizeof(api));
	assert_int_equal(errata__dynlib_load(&lib, &api, syms, 2, why, sizeof(why)), -1);
	assert_non_null(strstr(why, "libz.so.1 has no git_nothing_here"));
	/* The function found before the one missing is not left behind. */
	assert_null(api.version);
	assert_null(api.adler);
}

static void test_dynlib_variable_names_another_file(void **state)
{
	errata__dynlib lib = { "libnothing-errata.so.9", "ERRATA_TEST_DYNLIB", "libnothing9", "for a test" };
	zlib_api api;
	char why[512] = "";

	(void)state;
	memset(&api, 0, sizeof(api));
	setenv("ERRATA_TEST_DYNLIB", "libz.so.1", 1);
	assert_int_equal(errata__dynlib_load(&lib, &api, zsyms, 2, why, sizeof(why)), 0);
	assert_non_null(api.version);
	/* A file named there that cannot be opened: the message says how to go back. */
	setenv("ERRATA_TEST_DYNLIB", "/nonexistent/libz.so.1", 1);
	memset(&api, 0, sizeof(api));
	assert_int_equal(errata__dynlib_load(&lib, &api, zsyms, 2, why, sizeof(why)), -1);
	assert_non_null(strstr(why, "cannot load /nonexistent/libz.so.1"));
	assert_non_null(strstr(why, "or unset ERRATA_TEST_DYNLIB"));
	/* Empty: the soname. */
	setenv("ERRATA_TEST_DYNLIB", "", 1);
	assert_int_equal(errata__dynlib_load(&lib, &api, zsyms, 2, why, sizeof(why)), -1);
	assert_non_null(strstr(why, "cannot load libnothing-errata.so.9"));
	unsetenv("ERRATA_TEST_DYNLIB");
}

static zlib_api once_api;
static int befores, afters;

static void count_before(void)
{
	befores++;
}

static int count_after(char *why, size_t size)
{
	(void)why;
	(void)size;
	afters++;
	return 0;
}

static errata__dynlib zlib_lib = { "libz.so.1", NULL, "zlib1g", "for a test" };
static errata__dynlib_once zlib_once =
	ERRATA__DYNLIB_ONCE(&zlib_lib, &once_api, zsyms, count_before, count_after);

static void *open_zlib(void *arg)
{
	(void)arg;
	return errata__dynlib_open(&zlib_once) == 0 && once_api.adler ? &once_api : NULL;
}

static void test_dynlib_opened_once_from_many_threads(void **state)
{
	pthread_t t[8];

	(void)state;
	for (int i = 0; i < 8; i++)
		assert_int_equal(pthread_create(&t[i], NULL, open_zlib, NULL), 0);
	for (int i = 0; i < 8; i++) {
		void *r = NULL;

		assert_int_equal(pthread_join(t[i], &r), 0);
		assert_ptr_equal(r, &once_api);
	}
	assert_int_equal(befores, 1);
	assert_int_equal(afters, 1);
	assert_int_equal(errata__dynlib_open(&zlib_once), 0);
	assert_int_equal(afters, 1);
}

static errata__dynlib missing_lib = { "libnothing-errata.so.9", NULL, "libnothing9", "for a test" };
static zlib_api missing_api;
static errata__dynlib_once missing_once =
	ERRATA__DYNLIB_ONCE(&missing_lib, &missing_api, zsyms, NULL, count_after);

static void test_dynlib_a_failure_is_told_every_time(void **state)
{
	(void)state;
	afters = 0;
	for (int i = 0; i < 3; i++) {
		errata__error_clear();
		assert_int_equal(errata__dynlib_open(&missing_once), ERRATA_ENOTFOUND);
		assert_non_null(strstr(errata_error_last(), "cannot load libnothing-errata.so.9"));
	}
	/* the library never opened: what runs after it never ran */
	assert_int_equal(afters, 0);
	assert_null(missing_api.version);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_dynlib_fills_the_table),
		cmocka_unit_test(test_dynlib_missing_file_names_it_and_the_package),
		cmocka_unit_test(test_dynlib_missing_function_empties_the_table),
		cmocka_unit_test(test_dynlib_variable_names_another_file),
		cmocka_unit_test(test_dynlib_opened_once_from_many_threads),
		cmocka_unit_test(test_dynlib_a_failure_is_told_every_time),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
