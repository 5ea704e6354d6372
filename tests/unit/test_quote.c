/*
 * test_quote.c: quote normalisation and matching: white-space runs fold,
 * typographic quotes, dashes and the ellipsis match their plain forms, and
 * a match maps back to the exact bytes of the original text.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "repo/quote.h"

static char *norm(const char *s)
{
	errata_buf b = ERRATA_BUF_INIT;

	assert_int_equal(errata__quote_normalize(s, strlen(s), &b, NULL), 0);
	if (!b.ptr)
		errata_buf_puts(&b, "");
	return errata_buf_detach(&b);
}

static void test_quote_folds_white_space(void **state)
{
	char *n;

	(void)state;
	n = norm("  Tuesday,\n   January\t7 \r\n");
	assert_string_equal(n, "Tuesday, January 7");
	free(n);
	n = norm("a\xc2\xa0" "b\xe2\x80\x89" "c");  /* no-break and thin spaces */
	assert_string_equal(n, "a b c");
	free(n);
	n = norm(" \n\t ");
	assert_string_equal(n, "");
	free(n);
}

static void test_quote_typographic_forms(void **state)
{
	char *n;

	(void)state;
	n = norm("\xe2\x80\x9cIt\xe2\x80\x99s on\xe2\x80\x9d \xe2\x80\x93 two\xe2\x80\x94three\xe2\x80\xa6");
	assert_string_equal(n, "\"It's on\" - two-three...");
	free(n);
	n = norm("caf\xc3\xa9");  /* other characters are kept */
	assert_string_equal(n, "caf\xc3\xa9");
	free(n);
}

static void test_quote_find_maps_back(void **state)
{
	const char *text = "The vote is on\n  \xe2\x80\x9cTuesday,  January 7\xe2\x80\x9d at noon.";
	errata_buf q = ERRATA_BUF_INIT;
	size_t off = 0, len = 0;

	(void)state;
	assert_int_equal(errata__quote_normalize("\"Tuesday, January 7\"", 21, &q, NULL), 0);
	assert_int_equal(errata__quote_find(text, strlen(text), q.ptr, &off, &len), 1);
	assert_int_equal(off, 17);
	/* The span covers both curly quotes (3 bytes each) and the double space. */
	assert_int_equal(len, 3 + 19 + 3);
	assert_memory_equal(text + off + len - 3, "\xe2\x80\x9d", 3);
	errata_buf_dispose(&q);
}

static void test_quote_not_found(void **state)
{
	const char *text = "Wednesday, January 7";
	size_t off = 99, len = 99;

	(void)state;
	assert_int_equal(errata__quote_find(text, strlen(text), "Tuesday", &off, &len), 0);
	assert_int_equal(errata__quote_find(text, strlen(text), "", &off, &len), 0);
	assert_int_equal(errata__quote_find("", 0, "x", NULL, NULL), 0);
	assert_int_equal(errata__quote_in("abc", 3, "abcd", 4), 0);
	assert_int_equal(errata__quote_in("xxabc", 5, "abc", 3), 1);
}

static void test_quote_invalid_utf8_kept(void **state)
{
	const char text[] = "bad \xff byte";
	errata_buf b = ERRATA_BUF_INIT;
	size_t *map = NULL;

	(void)state;
	assert_int_equal(errata__quote_normalize(text, strlen(text), &b, &map), 0);
	assert_int_equal(b.size, strlen(text));
	assert_int_equal(map[b.size], strlen(text));
	assert_int_equal(map[4], 4);
	free(map);
	errata_buf_dispose(&b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_quote_folds_white_space),
		cmocka_unit_test(test_quote_typographic_forms),
		cmocka_unit_test(test_quote_find_maps_back),
		cmocka_unit_test(test_quote_not_found),
		cmocka_unit_test(test_quote_invalid_utf8_kept),
	};

	return cmocka_run_group_tests_name("quote", tests, NULL, NULL);
}
