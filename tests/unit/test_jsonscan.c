/*
 * test_jsonscan.c: finding a member of a JSON object's text without
 * parsing the members before it (core/jsonscan.c): found, plainly absent,
 * or not told (then the caller parses the whole text).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "jsonscan.h"

static int member(const char *text, const char *key, const char **value)
{
	return errata__json_member(text, strlen(text), key, value);
}

static void test_jsonscan_found(void **state)
{
	const char *text = " {\"a\": {\"b\": \"}\\\"{[\", \"c\": [1, {\"d\": \"]\"}, []]},\n"
	                   "\t\"e\": true, \"f\": null, \"g\": -1.5e3, \"h\": \"x\", \"key\": [\"v\"],"
	                   " \"key\": 2}";
	const char *v = NULL;

	(void)state;
	assert_int_equal(member(text, "a", &v), 1);
	assert_true(v == strchr(text, '{') + 6);
	assert_int_equal(member(text, "g", &v), 1);
	assert_int_equal(strncmp(v, "-1.5e3", 6), 0);
	/* the first of a duplicate key, as cJSON's look-ups */
	assert_int_equal(member(text, "key", &v), 1);
	assert_int_equal(strncmp(v, "[\"v\"]", 5), 0);
	/* a key inside a value is no member */
	assert_int_equal(member(text, "b", &v), 0);
	assert_null(v);
	assert_int_equal(member(text, "d", &v), 0);
	assert_int_equal(member("{}", "a", &v), 0);
	assert_int_equal(member("{ \n}", "a", &v), 0);
}

static void test_jsonscan_not_told(void **state)
{
	const char *v = (const char *)1;

	(void)state;
	/* not an object */
	assert_int_equal(member("[\"a\"]", "a", &v), -1);
	assert_null(v);
	assert_int_equal(member("", "a", &v), -1);
	/* a key written with an escape may be the one asked for */
	assert_int_equal(member("{\"\\u0061\": 1, \"a\": 2}", "a", &v), -1);
	/* so may a key with a control byte: cJSON keeps a NUL in a name and
	 * compares the name up to it ("a\0b" is "a" to its look-up) */
	assert_int_equal(errata__json_member("{\"a\0b\": 1}", 10, "a", &v), -1);
	assert_int_equal(member("{\"a\tb\": 1, \"a\": 2}", "a", &v), -1);
	/* what is not JSON where a member should be */
	assert_int_equal(member("{\"x\" 1, \"a\": 2}", "a", &v), -1);
	assert_int_equal(member("{\"x\": 1 \"a\": 2}", "a", &v), -1);
	assert_int_equal(member("{\"x\": [1, 2}", "a", &v), -1);
	assert_int_equal(member("{\"x\": \"open", "a", &v), -1);
	assert_int_equal(member("{\"x\": 1,", "a", &v), -1);
	assert_int_equal(member("{\"x\": 1", "a", &v), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_jsonscan_found),
		cmocka_unit_test(test_jsonscan_not_told),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
