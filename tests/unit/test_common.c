/*
 * test_common.c: the error message, errata_buf, UTF-8 decoding and
 * whole-file reads.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>
#include <cmocka.h>

#include "common.h"

static void test_common_error_message(void **state)
{
	(void)state;
	assert_int_equal(errata__error(ERRATA_EINVALID, "%s:%d: bad", "a.md", 3), ERRATA_EINVALID);
	assert_string_equal(errata_error_last(), "a.md:3: bad");
	errata__error_clear();
	assert_string_equal(errata_error_last(), "");
}

static void test_common_buf_grows(void **state)
{
	errata_buf b = ERRATA_BUF_INIT;
	char *s;

	(void)state;
	for (int i = 0; i < 1000; i++)
		assert_int_equal(errata_buf_printf(&b, "%d,", i % 10), 0);
	assert_int_equal(b.size, 2000);
	assert_int_equal(b.ptr[b.size], '\0');
	assert_memory_equal(b.ptr, "0,1,2,", 6);
	errata_buf_clear(&b);
	assert_int_equal(b.size, 0);
	assert_int_equal(errata_buf_puts(&b, "x"), 0);
	s = errata_buf_detach(&b);
	assert_string_equal(s, "x");
	assert_null(b.ptr);
	free(s);
	errata_buf_dispose(&b);
}

/* Text longer than the buffer's spare room: formatted again after growing. */
static void test_common_buf_printf_long(void **state)
{
	errata_buf b = ERRATA_BUF_INIT;
	char want[3100];

	(void)state;
	memset(want, 'y', 3000);
	want[3000] = '\0';
	assert_int_equal(errata_buf_puts(&b, "head:"), 0);
	assert_int_equal(errata_buf_printf(&b, "%s|%d", want, -42), 0);
	assert_int_equal(b.size, 5 + 3000 + 4);
	assert_int_equal(strlen(b.ptr), b.size);
	assert_memory_equal(b.ptr, "head:yyy", 8);
	assert_string_equal(b.ptr + 5 + 3000, "|-42");
	/* and a short one after it, into the room left */
	assert_int_equal(errata_buf_printf(&b, "%.*s", 2, "abc"), 0);
	assert_string_equal(b.ptr + b.size - 6, "|-42ab");
	errata_buf_dispose(&b);
}

static void test_common_utf8_decode(void **state)
{
	uint32_t cp = 0;

	(void)state;
	assert_int_equal(errata__utf8_decode((const unsigned char *)"\xc3\xa9", 2, &cp), 2);
	assert_int_equal(cp, 0xe9);
	assert_int_equal(errata__utf8_decode((const unsigned char *)"\xe2\x80\x93", 3, &cp), 3);
	assert_int_equal(cp, 0x2013);
	/* overlong, surrogate, truncated, out of range */
	assert_int_equal(errata__utf8_decode((const unsigned char *)"\xc0\xaf", 2, &cp), 0);
	assert_int_equal(errata__utf8_decode((const unsigned char *)"\xed\xa0\x80", 3, &cp), 0);
	assert_int_equal(errata__utf8_decode((const unsigned char *)"\xe2\x80", 2, &cp), 0);
	assert_int_equal(errata__utf8_decode((const unsigned char *)"\xf4\x90\x80\x80", 4, &cp), 0);
}

static void test_common_utf8_roundtrip(void **state)
{
	uint32_t cps[] = { 0x41, 0xe9, 0x2013, 0x1f600 };
	char out[4];

	(void)state;
	for (size_t i = 0; i < sizeof(cps) / sizeof(cps[0]); i++) {
		uint32_t back = 0;
		size_t n = errata__utf8_encode(cps[i], out);

		assert_int_equal(errata__utf8_decode((unsigned char *)out, n, &back), n);
		assert_int_equal(back, cps[i]);
	}
}

static void test_common_read_file_limits(void **state)
{
	char path[] = "/tmp/errata-test-XXXXXX";
	int fd = mkstemp(path);
	char *data = NULL;
	size_t len = 0;

	(void)state;
	assert_true(fd >= 0);
	assert_int_equal(write(fd, "hello world", 11), 11);
	close(fd);
	assert_int_equal(errata__read_file(path, 0, &data, &len), 0);
	assert_int_equal(len, 11);
	assert_string_equal(data, "hello world");
	free(data);
	/* exactly at the limit is fine, one byte under it is not */
	assert_int_equal(errata__read_file(path, 11, &data, &len), 0);
	assert_int_equal(len, 11);
	free(data);
	assert_int_equal(errata__read_file(path, 10, &data, &len), ERRATA_ETOOBIG);
	assert_int_equal(errata__read_file(path, 5, &data, &len), ERRATA_ETOOBIG);
	assert_null(data);
	assert_non_null(strstr(errata_error_last(), path));
	/* a file larger than one read buffer, byte for byte */
	{
		static char big[300001];

		for (size_t i = 0; i < sizeof(big) - 1; i++)
			big[i] = (char)('a' + i % 26);
		fd = open(path, O_WRONLY | O_TRUNC);
		assert_true(fd >= 0);
		assert_int_equal(write(fd, big, sizeof(big) - 1), (ssize_t)sizeof(big) - 1);
		close(fd);
		assert_int_equal(errata__read_file(path, 0, &data, &len), 0);
		assert_int_equal(len, sizeof(big) - 1);
		assert_memory_equal(data, big, sizeof(big));
		free(data);
	}
	/* an empty file and a device read as empty text */
	fd = open(path, O_WRONLY | O_TRUNC);
	assert_true(fd >= 0);
	close(fd);
	assert_int_equal(errata__read_file(path, 0, &data, &len), 0);
	assert_int_equal(len, 0);
	assert_string_equal(data, "");
	free(data);
	assert_int_equal(errata__read_file("/dev/null", 0, &data, &len), 0);
	assert_int_equal(len, 0);
	free(data);
	/* a file that reports no size (Linux /proc) is still read to its end */
	if (access("/proc/self/status", R_OK) == 0) {
		assert_int_equal(errata__read_file("/proc/self/status", 0, &data, &len), 0);
		assert_true(len > 0);
		assert_int_equal(strlen(data), len);
		assert_non_null(strstr(data, "Name:"));
		assert_non_null(strstr(data, "\nPid:"));
		free(data);
	}
	unlink(path);
	assert_int_equal(errata__read_file(path, 0, &data, &len), ERRATA_ENOTFOUND);
	assert_int_equal(errata__read_file("/tmp", 0, &data, &len), ERRATA_EINVALID);
}

/* Reading into the caller's buffer: kept when large enough, replaced when not. */
static void test_common_read_file_into(void **state)
{
	char path[] = "/tmp/errata-test-XXXXXX";
	static char big[100001];
	int fd = mkstemp(path);
	char *buf = NULL, *first;
	size_t cap = 0, len = 0;

	(void)state;
	assert_true(fd >= 0);
	assert_int_equal(write(fd, "hello world", 11), 11);
	close(fd);
	assert_int_equal(errata__read_file_into(path, 0, &buf, &cap, &len), 0);
	assert_int_equal(len, 11);
	assert_string_equal(buf, "hello world");
	assert_true(cap > 11);
	first = buf;
	/* a shorter file goes into the same buffer */
	fd = open(path, O_WRONLY | O_TRUNC);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, "bye", 3), 3);
	close(fd);
	assert_int_equal(errata__read_file_into(path, 0, &buf, &cap, &len), 0);
	assert_ptr_equal(buf, first);
	assert_int_equal(len, 3);
	assert_string_equal(buf, "bye");
	/* a longer one into a larger buffer, byte for byte */
	for (size_t i = 0; i < sizeof(big) - 1; i++)
		big[i] = (char)('a' + i % 26);
	fd = open(path, O_WRONLY | O_TRUNC);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, big, sizeof(big) - 1), (ssize_t)sizeof(big) - 1);
	close(fd);
	assert_int_equal(errata__read_file_into(path, 0, &buf, &cap, &len), 0);
	assert_int_equal(len, sizeof(big) - 1);
	assert_true(cap >= sizeof(big));
	assert_memory_equal(buf, big, sizeof(big));
	/* over the limit, with a buffer that would hold it: still refused */
	assert_int_equal(errata__read_file_into(path, 1000, &buf, &cap, &len), ERRATA_ETOOBIG);
	assert_non_null(strstr(errata_error_last(), path));
	unlink(path);
	assert_int_equal(errata__read_file_into(path, 0, &buf, &cap, &len), ERRATA_ENOTFOUND);
	assert_non_null(buf);   /* still the caller's */
	free(buf);
}

/* The first occurrence the slow way, for comparison. */
static const char *memmem_naive(const char *hay, size_t n, const char *needle, size_t k)
{
	for (size_t i = 0; i + k <= n; i++)
		if (memcmp(hay + i, needle, k) == 0)
			return hay + i;
	return NULL;
}

static void test_common_memmem(void **state)
{
	/* Hangul: 태 (ed 83 9c), 어 (ec 96 b4), 났 (eb 82 ac), 생 (ec 83 9d), 년 (eb 85 84) */
	const char *ko = "1970\xeb\x85\x84\xec\x83\x9d \xed\x83\x9c\xec\x96\xb4\xeb\x82\xac";
	const char *h = "xyzab";
	/* bytes that UTF-8 and ASCII needles are made of, so that near misses abound */
	const char alphabet[] = { 'a', 'b', '\xeb', '\xec', '\x83', '\x9c', '\x9d' };
	char hay[24], needle[5];
	unsigned seed = 12345;

	(void)state;
	assert_non_null(errata__memmem("aaab", 4, "ab", 2));
	assert_null(errata__memmem("aaa", 3, "b", 1));
	assert_null(errata__memmem("a", 1, "ab", 2));
	assert_ptr_equal(errata__memmem(h, 5, "ab", 2), h + 3);
	assert_ptr_equal(errata__memmem(h, 5, "", 0), h);
	assert_ptr_equal(errata__memmem(h, 5, h, 5), h);
	/* a needle that ends in a character of several bytes: found by its last byte */
	assert_ptr_equal(errata__memmem(ko, strlen(ko), "\xec\x83\x9d", 3), ko + 7);
	assert_ptr_equal(errata__memmem(ko, strlen(ko), "\xeb\x82\xac", 3), ko + strlen(ko) - 3);
	assert_ptr_equal(errata__memmem(ko, strlen(ko), "1970", 4), ko);
	assert_ptr_equal(errata__memmem(ko, strlen(ko), "0\xeb\x85\x84", 4), ko + 3);
	/* the last byte of 태 (9c) stands in the text, its first does not before it */
	assert_null(errata__memmem(ko, strlen(ko), "\xec\x83\x9c", 3));
	assert_null(errata__memmem(ko, 9, "\xec\x83\x9d\x20", 4));
	/* against the slow way, on many small texts and needles */
	for (int round = 0; round < 20000; round++) {
		size_t n, k;

		seed = seed * 1103515245u + 12345u;
		n = (seed >> 16) % sizeof(hay);
		seed = seed * 1103515245u + 12345u;
		k = (seed >> 16) % sizeof(needle) + 1;
		for (size_t i = 0; i < n; i++) {
			seed = seed * 1103515245u + 12345u;
			hay[i] = alphabet[(seed >> 16) % sizeof(alphabet)];
		}
		for (size_t i = 0; i < k; i++) {
			seed = seed * 1103515245u + 12345u;
			needle[i] = alphabet[(seed >> 16) % sizeof(alphabet)];
		}
		assert_ptr_equal(errata__memmem(hay, n, needle, k), memmem_naive(hay, n, needle, k));
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_common_error_message),
		cmocka_unit_test(test_common_buf_grows),
		cmocka_unit_test(test_common_buf_printf_long),
		cmocka_unit_test(test_common_utf8_decode),
		cmocka_unit_test(test_common_utf8_roundtrip),
		cmocka_unit_test(test_common_memmem),
		cmocka_unit_test(test_common_read_file_limits),
		cmocka_unit_test(test_common_read_file_into),
	};
	return cmocka_run_group_tests_name("common", tests, NULL, NULL);
}
