/*
 * test_json.c: strict JSON reading (text after the value, duplicate keys
 * and "\u0000" refused with their place) and the hardening of printed
 * JSON (bytes that are not UTF-8, "##[", and markup for JSON-LD).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>
#include <cjson/cJSON.h>

#include "common.h"

static void expect_refused(const char *json, const char *message)
{
	cJSON *root = (cJSON *)1;

	assert_int_equal(errata__json_parse(&root, "in.json", json, strlen(json)), ERRATA_EINVALID);
	assert_null(root);
	assert_string_equal(errata_error_last(), message);
}

static void test_json_strict_refuses(void **state)
{
	(void)state;
	expect_refused("{\"a\": 1} x", "in.json:1:10: invalid JSON: text after the end of the value");
	expect_refused("{\"a\": 1}{}", "in.json:1:9: invalid JSON: text after the end of the value");
	expect_refused("{\"a\": \"x\\u0000y\"}", "in.json:1:9: invalid JSON: \\u0000 in a string");
	expect_refused("{\"k\\u0000\": 1}", "in.json:1:4: invalid JSON: \\u0000 in a string");
	expect_refused("{\"a\": 1,\n \"a\": 2}", "in.json:2:2: duplicate key \"a\"");
	/* nested, after other keys: the place of the second one */
	expect_refused("{\"x\": {\"b\": [1, {\"c\": 1}], \"y\": 2},\n \"z\": [{\"p\": 1,\n  \"q\": 2, \"p\": 3}]}",
	               "in.json:3:11: duplicate key \"p\"");
	expect_refused("{\"a\":", "in.json:1:5: invalid JSON");
	/* a large object (its keys sorted) and a small one inside it: the first repeat wins */
	expect_refused("{\"k1\": 1, \"k2\": 2, \"k3\": 3, \"k4\": 4, \"k5\": 5, \"k6\": 6,\n"
	               " \"k7\": 7, \"k8\": 8, \"k9\": 9, \"k10\": {\"s\": 1, \"t\": 2, \"s\": 3},\n"
	               " \"k11\": 1, \"k12\": 2, \"k13\": 3, \"k14\": 4, \"k15\": 5, \"k3\": 6, \"k16\": 7}",
	               "in.json:2:53: duplicate key \"s\"");
	expect_refused("{\"k1\": 1, \"k2\": 2, \"k3\": 3, \"k4\": 4, \"k5\": 5, \"k6\": 6,\n"
	               " \"k7\": 7, \"k8\": 8, \"k9\": 9, \"k10\": {\"s\": 1, \"t\": 2, \"u\": 3},\n"
	               " \"k11\": 1, \"k12\": 2, \"k13\": 3, \"k14\": 4, \"k15\": 5, \"k3\": 6, \"k16\": 7}",
	               "in.json:3:52: duplicate key \"k3\"");
}

static void test_json_strict_accepts(void **state)
{
	cJSON *root = NULL;
	const char *ok = " {\"a\": \"\\u0001\\\\u0000\", \"b\": {\"a\": 1}, \"c\": [{\"a\": 1}, {\"a\": 2}]}\n\t";

	(void)state;
	/* the same key in different objects, an escaped backslash before u0000 */
	assert_int_equal(errata__json_parse(&root, "in.json", ok, strlen(ok)), 0);
	assert_non_null(root);
	assert_string_equal(cJSON_GetObjectItem(root, "a")->valuestring, "\x01\\u0000");
	cJSON_Delete(root);
}

static void test_json_harden(void **state)
{
	errata_buf b = ERRATA_BUF_INIT;

	(void)state;
	errata_buf_puts(&b, "keep");
	errata_buf_puts(&b, "{\"p\":\"a\xff" "b ##[error]x\",\"t\":\"</script>&\"}");
	assert_int_equal(errata__json_harden(&b, 4, 0), 0);
	assert_string_equal(b.ptr, "keep{\"p\":\"a\\ufffdb ##\\u005berror]x\",\"t\":\"</script>&\"}");
	errata_buf_clear(&b);
	errata_buf_puts(&b, "{\"t\":\"</script><!-- & \xe2\x80\xa8\"}");
	assert_int_equal(errata__json_harden(&b, 0, 1), 0);
	assert_string_equal(b.ptr, "{\"t\":\"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\"}");
	errata_buf_dispose(&b);
}

static void test_json_put_safe(void **state)
{
	errata_buf b = ERRATA_BUF_INIT;

	(void)state;
	errata_buf_put_safe(&b, "a\nb\x1b[2J\x07\t\xc2\x9b" "c\xe2\x80\xae" "d\xff");
	assert_string_equal(b.ptr, "a\\nb\\x1b[2J\\x07\\t\\u009bc\\u202ed\\xff");
	errata_buf_clear(&b);
	errata_buf_put_safe(&b, "::error file=x::y ::z ##[error]w");
	assert_string_equal(b.ptr, "\\x3a:error file=x::y ::z ##\\x5berror]w");
	errata_buf_clear(&b);
	errata_buf_put_safe(&b, "  \xc2\xa0::x");
	assert_string_equal(b.ptr, "  \xc2\xa0\\x3a:x");
	errata_buf_clear(&b);
	errata_buf_put_safe(&b, "caf\xc3\xa9 \xe2\x80\x94 plain");
	assert_string_equal(b.ptr, "caf\xc3\xa9 \xe2\x80\x94 plain");
	/* long plain runs around the bytes that are replaced, and DEL */
	errata_buf_clear(&b);
	errata_buf_put_safe(&b, "At 10:30 [the] vote ##[x] went ahead\x7f; ##[ and :: stay");
	assert_string_equal(b.ptr, "At 10:30 [the] vote ##\\x5bx] went ahead\\x7f; ##\\x5b and :: stay");
	errata_buf_dispose(&b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_json_strict_refuses),
		cmocka_unit_test(test_json_strict_accepts),
		cmocka_unit_test(test_json_harden),
		cmocka_unit_test(test_json_put_safe),
	};
	return cmocka_run_group_tests_name("json", tests, NULL, NULL);
}
