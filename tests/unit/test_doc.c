/*
 * test_doc.c: loading documents (file, buffer, standard input), bad input,
 * the line and column index, front matter, plain-text masking, URLs and
 * e-mail addresses, and suppression comments.
 */
#include <fcntl.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "errata/doc.h"
#include "text/text.h"

static errata_doc *load(const char *name, const char *text)
{
	errata_doc *doc = NULL;

	assert_int_equal(errata_doc_load_buffer(&doc, name, text, strlen(text), NULL), 0);
	assert_non_null(doc);
	return doc;
}

/* The prose view equals want, byte for byte, and has the text's length. */
static void assert_prose(const char *name, const char *text, const char *want)
{
	errata_doc *doc = load(name, text);
	size_t tlen, plen;
	const char *p = errata_doc_prose(doc, &plen);

	errata_doc_text(doc, &tlen);
	assert_int_equal(tlen, strlen(text));
	assert_int_equal(plen, tlen);
	assert_int_equal(p[plen], '\0');
	assert_string_equal(p, want);
	errata_doc_free(doc);
}

static void assert_pos(const errata_doc *doc, size_t off, unsigned int line,
                       unsigned int col)
{
	unsigned int l = 0, c = 0;

	errata_doc_position(doc, off, &l, &c);
	assert_int_equal(l, line);
	assert_int_equal(c, col);
}

static void test_doc_buffer_copies(void **state)
{
	char text[] = "Hello world.";
	errata_doc *doc;
	size_t len;

	(void)state;
	doc = load("story.txt", text);
	text[0] = 'J';
	assert_string_equal(errata_doc_text(doc, &len), "Hello world.");
	assert_int_equal(len, 12);
	assert_string_equal(errata_doc_prose(doc, NULL), "Hello world.");
	assert_string_equal(errata_doc_path(doc), "story.txt");
	assert_int_equal(errata_doc_format(doc), ERRATA_FORMAT_TEXT);
	errata_doc_free(doc);
	errata_doc_free(NULL);
}

static void test_doc_format_by_extension(void **state)
{
	static const struct {
		const char *name;
		errata_format format;
	} cases[] = {
		{ "a.md", ERRATA_FORMAT_MARKDOWN }, { "a.markdown", ERRATA_FORMAT_MARKDOWN },
		{ "a.html", ERRATA_FORMAT_HTML }, { "dir.md/a.htm", ERRATA_FORMAT_HTML },
		{ "a.txt", ERRATA_FORMAT_TEXT }, { "a.rst", ERRATA_FORMAT_TEXT },
		{ "README", ERRATA_FORMAT_TEXT }, { "dir.md/notes", ERRATA_FORMAT_TEXT },
	};
	errata_doc_options opts = ERRATA_DOC_OPTIONS_INIT;
	errata_doc *doc;

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		doc = load(cases[i].name, "x");
		assert_int_equal(errata_doc_format(doc), cases[i].format);
		errata_doc_free(doc);
	}
	opts.format = ERRATA_FORMAT_HTML;
	assert_int_equal(errata_doc_load_buffer(&doc, "a.md", "<b>x</b>", 8, &opts), 0);
	assert_string_equal(errata_doc_prose(doc, NULL), "   x    ");
	errata_doc_free(doc);
	opts.format = ERRATA_FORMAT_MARKDOWN;
	assert_int_equal(errata_doc_load_buffer(&doc, "a.txt", "**x**", 5, &opts), 0);
	assert_string_equal(errata_doc_prose(doc, NULL), "  x  ");
	errata_doc_free(doc);
	opts.format = ERRATA_FORMAT_TEXT;
	assert_int_equal(errata_doc_load_buffer(&doc, "a.html", "<b>x</b>", 8, &opts), 0);
	assert_string_equal(errata_doc_prose(doc, NULL), "<b>x</b>");
	errata_doc_free(doc);
	/* bad arguments */
	opts.version = 99;
	assert_int_equal(errata_doc_load_buffer(&doc, "a.md", "x", 1, &opts), ERRATA_EUSAGE);
	assert_null(doc);
	assert_int_equal(errata_doc_load_file(&doc, "a.md", &opts), ERRATA_EUSAGE);
	assert_int_equal(errata_doc_load_buffer(&doc, NULL, "x", 1, NULL), ERRATA_EUSAGE);
	assert_int_equal(errata_doc_load_buffer(&doc, "a.md", NULL, 1, NULL), ERRATA_EUSAGE);
	assert_int_equal(errata_doc_load_buffer(NULL, "a.md", "x", 1, NULL), ERRATA_EUSAGE);
	opts.version = ERRATA_DOC_OPTIONS_VERSION;
	opts.format = ERRATA_FORMAT_HTML;
	assert_int_equal(errata_doc_load_buffer(&doc, "a.md", "<b>x</b>", 8, &opts), 0);
	assert_int_equal(errata_doc_format(doc), ERRATA_FORMAT_HTML);
	assert_string_equal(errata_doc_prose(doc, NULL), "   x    ");
	errata_doc_free(doc);
}

static void test_doc_empty(void **state)
{
	errata_doc *doc;
	size_t len = 99;

	(void)state;
	assert_int_equal(errata_doc_load_buffer(&doc, "e.md", NULL, 0, NULL), 0);
	assert_string_equal(errata_doc_prose(doc, &len), "");
	assert_int_equal(len, 0);
	assert_int_equal(errata_doc_line_count(doc), 1);
	assert_pos(doc, 0, 1, 1);
	assert_pos(doc, 5, 1, 1);
	assert_null(errata_doc_meta(doc, "date"));
	assert_int_equal(errata_doc_suppressed(doc, "date.weekday", 1), 0);
	errata_doc_free(doc);
}

static void test_doc_positions_ascii(void **state)
{
	errata_doc *doc;

	(void)state;
	doc = load("a.txt", "ab\ncd\n\nef");
	assert_int_equal(errata_doc_line_count(doc), 4);
	assert_pos(doc, 0, 1, 1);
	assert_pos(doc, 1, 1, 2);
	assert_pos(doc, 2, 1, 3); /* the newline itself */
	assert_pos(doc, 3, 2, 1);
	assert_pos(doc, 6, 3, 1);
	assert_pos(doc, 7, 4, 1);
	assert_pos(doc, 9, 4, 3); /* end of text */
	assert_pos(doc, 1000, 4, 3);
	assert_int_equal(errata_doc_line_offset(doc, 1), 0);
	assert_int_equal(errata_doc_line_offset(doc, 2), 3);
	assert_int_equal(errata_doc_line_offset(doc, 4), 7);
	assert_int_equal(errata_doc_line_offset(doc, 5), 9);
	assert_int_equal(errata_doc_line_offset(doc, 0), 0);
	errata_doc_free(doc);

	doc = load("a.txt", "one\n");
	assert_int_equal(errata_doc_line_count(doc), 2);
	assert_pos(doc, 4, 2, 1);
	errata_doc_free(doc);
}

static void test_doc_positions_multibyte(void **state)
{
	/* "é" is 2 bytes, "–" 3, "😀" 4: columns count code points */
	errata_doc *doc;

	(void)state;
	doc = load("a.txt", "\xc3\xa9t\xc3\xa9 \xe2\x80\x93 \xf0\x9f\x98\x80!\nx");
	assert_pos(doc, 0, 1, 1);
	assert_pos(doc, 2, 1, 2);
	assert_pos(doc, 3, 1, 3);
	assert_pos(doc, 5, 1, 4);
	assert_pos(doc, 6, 1, 5);
	assert_pos(doc, 9, 1, 6);
	assert_pos(doc, 10, 1, 7);
	assert_pos(doc, 14, 1, 8);
	assert_pos(doc, 16, 2, 1);
	errata_doc_free(doc);
}

static void test_doc_positions_long_line(void **state)
{
	/* columns far into a long line use the block counts */
	size_t n = 3 * 10000 + 10;
	char *text = malloc(n + 1);
	errata_doc *doc;

	(void)state;
	assert_non_null(text);
	memcpy(text, "x\n", 2);
	for (size_t i = 0; i < 10000; i++)
		memcpy(text + 2 + 3 * i, "\xe2\x80\x94", 3);
	memcpy(text + 30002, "abcdefgh", 8);
	text[n] = '\0';
	assert_int_equal(errata_doc_load_buffer(&doc, "long.txt", text, n, NULL), 0);
	assert_pos(doc, 2 + 3 * 5000, 2, 5001);
	assert_pos(doc, 30002, 2, 10001);
	assert_pos(doc, 30005, 2, 10004);
	assert_pos(doc, n, 2, 10009);
	errata_doc_free(doc);
	free(text);
}

static void test_doc_positions_crlf(void **state)
{
	errata_doc *doc;

	(void)state;
	doc = load("a.txt", "ab\r\ncd\ref\r\n\r\ngh");
	assert_int_equal(errata_doc_line_count(doc), 5);
	assert_pos(doc, 2, 1, 3);  /* '\r' */
	assert_pos(doc, 3, 1, 4);  /* '\n' of the same break */
	assert_pos(doc, 4, 2, 1);
	assert_pos(doc, 7, 3, 1);  /* after a lone CR */
	assert_pos(doc, 11, 4, 1);
	assert_pos(doc, 13, 5, 1);
	assert_pos(doc, 15, 5, 3);
	assert_int_equal(errata_doc_line_offset(doc, 3), 7);
	/* the prose keeps both bytes of every break */
	assert_string_equal(errata_doc_prose(doc, NULL), "ab\r\ncd\ref\r\n\r\ngh");
	errata_doc_free(doc);
}

/*
 * Far more lines than the index first makes room for (one per 16 bytes),
 * in every line ending, with an error after them that names its line.
 */
static void test_doc_positions_many_lines(void **state)
{
	static const char *const ends[] = { "\n", "\r\n", "\r" };
	char text[4000];
	errata_doc *doc = NULL;
	unsigned int line, col;

	(void)state;
	for (size_t e = 0; e < 3; e++) {
		size_t k = strlen(ends[e]), n = 0;

		for (size_t l = 0; l < 1000; l++) {
			memcpy(text + n, ends[e], k);
			n += k;
		}
		memcpy(text + n, "ab", 2);
		assert_int_equal(errata_doc_load_buffer(&doc, "a.txt", text, n + 2, NULL), 0);
		assert_int_equal(errata_doc_line_count(doc), 1001);
		assert_int_equal(errata_doc_line_offset(doc, 1000), n - k);
		errata_doc_position(doc, n + 1, &line, &col);
		assert_int_equal(line, 1001);
		assert_int_equal(col, 2);
		errata_doc_free(doc);
		doc = NULL;
		text[n + 1] = '\xff';
		assert_int_equal(errata_doc_load_buffer(&doc, "a.txt", text, n + 2, NULL), ERRATA_EINVALID);
		assert_string_equal(errata_error_last(), "a.txt:1001:2: invalid UTF-8");
	}
}

/*
 * A line feed, a NUL byte or a two-byte character at every place of the
 * first blocks that the index reads 16, 32 or 64 bytes at a time: the
 * lines, columns and errors are those of a byte-by-byte reading.
 */
static void test_doc_positions_every_place(void **state)
{
	char text[201], msg[64];
	errata_doc *doc = NULL;

	(void)state;
	for (size_t k = 0; k < 199; k++) {
		size_t k2 = (k * 7 + 13) % 199;

		memset(text, 'a', 200);
		text[200] = '\0';
		text[k] = '\n';
		text[k2] = '\n';
		assert_int_equal(errata_doc_load_buffer(&doc, "a.txt", text, 200, NULL), 0);
		assert_int_equal(errata_doc_line_count(doc), k == k2 ? 2 : 3);
		assert_int_equal(errata_doc_line_offset(doc, 2), (k < k2 ? k : k2) + 1);
		assert_int_equal(errata_doc_line_offset(doc, errata_doc_line_count(doc)),
		                 (k < k2 ? k2 : k) + 1);
		errata_doc_free(doc);
		doc = NULL;

		memset(text, 'a', 200);
		text[k] = '\0';
		assert_int_equal(errata_doc_load_buffer(&doc, "a.txt", text, 200, NULL), ERRATA_EINVALID);
		snprintf(msg, sizeof(msg), "a.txt:1:%zu: binary file (NUL byte)", k + 1);
		assert_string_equal(errata_error_last(), msg);

		if (k >= 198)
			continue;
		memset(text, 'a', 200);
		memcpy(text + k, "\xc3\xa9", 2);
		text[199] = '\n';
		assert_int_equal(errata_doc_load_buffer(&doc, "a.txt", text, 200, NULL), 0);
		assert_int_equal(errata_doc_line_count(doc), 2);
		assert_pos(doc, 199, 1, 199);   /* 199 bytes, 198 characters before the line feed */
		errata_doc_free(doc);
		doc = NULL;
	}
}

/* A key given twice: the later value, the other keys kept (each key and value share a block). */
static void test_doc_meta_repeated_key(void **state)
{
	errata_doc *doc;

	(void)state;
	doc = load("r.md", "---\ntitle: One\ndate: 2026-01-07\ntitle: Two and more\nlang: en\n---\nBody.\n");
	assert_string_equal(errata_doc_meta(doc, "title"), "Two and more");
	assert_string_equal(errata_doc_meta(doc, "date"), "2026-01-07");
	assert_string_equal(errata_doc_meta(doc, "lang"), "en");
	assert_null(errata_doc_meta(doc, "titl"));
	errata_doc_free(doc);
}

/*
 * The first keys live in the document itself, later ones in memory of
 * their own: every key is found across that move, in both readers
 * (the simple one and libyaml's, which a list sends the block to), and a
 * key set again after the move keeps its later value.
 */
static void test_doc_meta_many_keys(void **state)
{
	(void)state;
	for (int yaml = 0; yaml < 2; yaml++) {
		char text[4096], key[16], want[16];
		size_t n = 0;
		errata_doc *doc;

		n += (size_t)snprintf(text + n, sizeof(text) - n, "---\n");
		for (int i = 0; i < 40; i++)
			n += (size_t)snprintf(text + n, sizeof(text) - n, "k%d: v%d\n", i, i);
		n += (size_t)snprintf(text + n, sizeof(text) - n, "k3: again\n%s---\nBody.\n",
		                      yaml ? "tags:\n  - a\n" : "");
		doc = load("m.md", text);
		for (int i = 0; i < 40; i++) {
			snprintf(key, sizeof(key), "k%d", i);
			snprintf(want, sizeof(want), "v%d", i);
			assert_string_equal(errata_doc_meta(doc, key), i == 3 ? "again" : want);
		}
		assert_null(errata_doc_meta(doc, "k40"));
		assert_null(errata_doc_meta(doc, "tags"));
		errata_doc_free(doc);
	}
}

/*
 * errata__mask() blanks eight bytes a step: over every range of a text
 * holding every byte value (line breaks among them, beside one another
 * and at each place of a step), it keeps exactly the '\n' and '\r'.
 */
static void test_doc_mask_bytes(void **state)
{
	char text[300], got[300];

	(void)state;
	for (size_t i = 0; i < sizeof(text); i++)
		text[i] = (char)(i % 7 == 3 ? '\n' : i % 11 == 5 ? '\r' : (i * 37) % 256);
	for (size_t a = 0; a < 24; a++) {
		for (size_t b = a; b < sizeof(text); b += 1 + b / 40) {
			memcpy(got, text, sizeof(text));
			errata__mask(got, a, b);
			for (size_t i = 0; i < sizeof(text); i++) {
				char want = i < a || i >= b || text[i] == '\n' || text[i] == '\r' ? text[i] : ' ';

				assert_int_equal(got[i], want);
			}
		}
	}
}

static void test_doc_positions_bom(void **state)
{
	errata_doc *doc;

	(void)state;
	doc = load("a.txt", "\xef\xbb\xbfHi\nyo");
	assert_pos(doc, 0, 1, 1);
	assert_pos(doc, 3, 1, 1);  /* first character after the BOM */
	assert_pos(doc, 4, 1, 2);
	assert_pos(doc, 6, 2, 1);
	assert_int_equal(errata_doc_line_offset(doc, 1), 3);
	assert_string_equal(errata_doc_prose(doc, NULL), "   Hi\nyo");
	errata_doc_free(doc);
}

static void test_doc_invalid_utf8(void **state)
{
	static const char *const bad[] = {
		"ok\nab\xc3(x",          /* truncated sequence */
		"ok\nab\xc0\xafx",       /* overlong */
		"ok\nab\xed\xa0\x80",    /* surrogate */
		"ok\nab\xff",            /* never valid */
	};
	errata_doc *doc = (errata_doc *)1;

	(void)state;
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		assert_int_equal(errata_doc_load_buffer(&doc, "bad.md", bad[i], strlen(bad[i]), NULL),
		                 ERRATA_EINVALID);
		assert_null(doc);
		assert_string_equal(errata_error_last(), "bad.md:2:3: invalid UTF-8");
	}
	/* the column counts code points before the bad byte */
	assert_int_equal(errata_doc_load_buffer(&doc, "x.txt", "\xc3\xa9\xc3\xa9\x80", 5, NULL),
	                 ERRATA_EINVALID);
	assert_string_equal(errata_error_last(), "x.txt:1:3: invalid UTF-8");
	/* a byte sequence cut at the very end */
	assert_int_equal(errata_doc_load_buffer(&doc, "x.txt", "abc\r\n\xe2\x80", 7, NULL),
	                 ERRATA_EINVALID);
	assert_string_equal(errata_error_last(), "x.txt:2:1: invalid UTF-8");
	/* in the middle of text in another script, read a code point at a time */
	assert_int_equal(errata_doc_load_buffer(&doc, "x.txt", "\xd0\xb4\xd0\xb0\n\xd0\xb4\xd0\xb0 \xe4\xb8\x80\xd0", 15, NULL),
	                 ERRATA_EINVALID);
	assert_string_equal(errata_error_last(), "x.txt:2:5: invalid UTF-8");
	assert_int_equal(errata_doc_load_buffer(&doc, "x.txt", "\xd0\xb4\xd0\xb0 \xd0\xb4\0\xd0\xb0", 10, NULL),
	                 ERRATA_EINVALID);
	assert_string_equal(errata_error_last(), "x.txt:1:5: binary file (NUL byte)");
}

static void test_doc_nul_byte(void **state)
{
	errata_doc *doc;

	(void)state;
	assert_int_equal(errata_doc_load_buffer(&doc, "img.png", "PNG\r\n\x1a\n\0\0", 10, NULL),
	                 ERRATA_EINVALID);
	assert_null(doc);
	assert_string_equal(errata_error_last(), "img.png:3:1: binary file (NUL byte)");
	assert_int_equal(errata_doc_load_buffer(&doc, "a.txt", "abcdefghijkl\0", 13, NULL),
	                 ERRATA_EINVALID);
	assert_string_equal(errata_error_last(), "a.txt:1:13: binary file (NUL byte)");
}

static void test_doc_size_limit(void **state)
{
	errata_doc_options opts = ERRATA_DOC_OPTIONS_INIT;
	errata_doc *doc;
	char path[] = "/tmp/errata-doc-XXXXXX";
	int fd;

	(void)state;
	opts.max_size = 10;
	assert_int_equal(errata_doc_load_buffer(&doc, "big.md", "0123456789x", 11, &opts),
	                 ERRATA_ETOOBIG);
	assert_null(doc);
	assert_non_null(strstr(errata_error_last(), "big.md"));
	assert_int_equal(errata_doc_load_buffer(&doc, "ok.md", "0123456789", 10, &opts), 0);
	errata_doc_free(doc);

	fd = mkstemp(path);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, "0123456789abc", 13), 13);
	close(fd);
	assert_int_equal(errata_doc_load_file(&doc, path, &opts), ERRATA_ETOOBIG);
	assert_non_null(strstr(errata_error_last(), path));
	opts.max_size = 0; /* the default, 16 MiB */
	assert_int_equal(errata_doc_load_file(&doc, path, &opts), 0);
	assert_string_equal(errata_doc_path(doc), path);
	assert_string_equal(errata_doc_text(doc, NULL), "0123456789abc");
	errata_doc_free(doc);
	unlink(path);
}

static void test_doc_default_limit(void **state)
{
	size_t n = ERRATA_DOC_DEFAULT_MAX_SIZE + 1;
	char *big = malloc(n);
	errata_doc *doc;

	(void)state;
	assert_non_null(big);
	memset(big, 'a', n);
	assert_int_equal(errata_doc_load_buffer(&doc, "huge.txt", big, n, NULL), ERRATA_ETOOBIG);
	assert_non_null(strstr(errata_error_last(), "huge.txt"));
	assert_int_equal(errata_doc_load_buffer(&doc, "huge.txt", big, n - 1, NULL), 0);
	assert_int_equal(errata_doc_line_count(doc), 1);
	errata_doc_free(doc);
	free(big);
}

static void test_doc_missing_file(void **state)
{
	errata_doc *doc = (errata_doc *)1;

	(void)state;
	assert_int_equal(errata_doc_load_file(&doc, "/nonexistent/errata/story.md", NULL),
	                 ERRATA_ENOTFOUND);
	assert_null(doc);
	assert_non_null(strstr(errata_error_last(), "/nonexistent/errata/story.md"));
	assert_int_equal(errata_doc_load_file(&doc, "/tmp", NULL), ERRATA_EINVALID);
	assert_non_null(strstr(errata_error_last(), "/tmp"));
}

static void test_doc_file_bad_utf8(void **state)
{
	char path[] = "/tmp/errata-doc-XXXXXX";
	errata_doc *doc;
	char want[128];
	int fd;

	(void)state;
	fd = mkstemp(path);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, "line one\nline \xe9two\n", 19), 19);
	close(fd);
	assert_int_equal(errata_doc_load_file(&doc, path, NULL), ERRATA_EINVALID);
	snprintf(want, sizeof(want), "%s:2:6: invalid UTF-8", path);
	assert_string_equal(errata_error_last(), want);
	unlink(path);
}

/*
 * Files loaded one after another on a thread, larger and smaller, some
 * documents kept while others load: each reads as the same bytes loaded
 * from a buffer, and a kept document does not change.
 */
static void test_doc_files_in_turn(void **state)
{
	static const size_t sizes[] = { 5000, 200, 70000, 10, 0, 6000, 6000, 90000, 1 };
	char path[] = "/tmp/errata-doc-XXXXXX";
	errata_doc *kept = NULL, *kept2 = NULL;
	static char text[90001];
	int fd;

	(void)state;
	fd = mkstemp(path);
	assert_true(fd >= 0);
	close(fd);
	for (size_t k = 0; k < sizeof(sizes) / sizeof(sizes[0]); k++) {
		size_t n = sizes[k], len = 0, blen = 0;
		errata_doc *doc = NULL, *ref = NULL;
		unsigned int line, col, rline, rcol;

		for (size_t i = 0; i < n; i++)
			text[i] = i % 61 == 60 ? '\n' : (char)('a' + (i + k) % 26);
		text[n] = '\0';
		fd = open(path, O_WRONLY | O_TRUNC);
		assert_true(fd >= 0);
		assert_int_equal(write(fd, text, n), (ssize_t)n);
		close(fd);
		assert_int_equal(errata_doc_load_file(&doc, path, NULL), 0);
		assert_int_equal(errata_doc_load_buffer(&ref, path, text, n, NULL), 0);
		assert_string_equal(errata_doc_text(doc, &len), text);
		assert_int_equal(len, n);
		assert_string_equal(errata_doc_prose(doc, &blen), errata_doc_prose(ref, NULL));
		assert_int_equal(errata_doc_line_count(doc), errata_doc_line_count(ref));
		errata_doc_position(doc, n / 2, &line, &col);
		errata_doc_position(ref, n / 2, &rline, &rcol);
		assert_int_equal(line, rline);
		assert_int_equal(col, rcol);
		assert_string_equal(errata_doc_path(doc), path);
		errata_doc_free(ref);
		if (k == 1) {
			kept = doc;
		} else if (k == 5) {
			kept2 = doc;
		} else {
			errata_doc_free(doc);
		}
	}
	/* the kept ones are as they were loaded */
	assert_int_equal(errata_doc_line_count(kept), 4);
	assert_int_equal(strlen(errata_doc_text(kept, NULL)), 200);
	assert_int_equal(errata_doc_text(kept, NULL)[0], 'b');
	assert_int_equal(strlen(errata_doc_text(kept2, NULL)), 6000);
	assert_int_equal(errata_doc_text(kept2, NULL)[0], 'f');
	errata_doc_free(kept);
	errata_doc_free(kept2);
	unlink(path);
}

static void test_doc_stdin(void **state)
{
	char path[] = "/tmp/errata-doc-XXXXXX";
	errata_doc *doc;
	int fd;

	(void)state;
	fd = mkstemp(path);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, "# Hi\n\nSee `x`.\n", 15), 15);
	close(fd);
	assert_non_null(freopen(path, "rb", stdin));
	assert_int_equal(errata_doc_load_file(&doc, "-", NULL), 0);
	assert_string_equal(errata_doc_path(doc), "<stdin>");
	assert_int_equal(errata_doc_format(doc), ERRATA_FORMAT_TEXT);
	assert_string_equal(errata_doc_prose(doc, NULL), "# Hi\n\nSee `x`.\n");
	errata_doc_free(doc);
	unlink(path);
}

static void test_doc_front_matter(void **state)
{
	const char *text =
		"---\n"
		"title: \"Budget: a long night\"\n"
		"date: 2026-01-07\n"
		"lang: en\n"
		"authors: [a, b]\n"
		"desk:\n"
		"  name: metro\n"
		"updated: 2026-01-08T10:30:00Z\n"
		"draft: true\n"
		"---\n"
		"Body.\n";
	errata_doc *doc;
	const char *p;

	(void)state;
	doc = load("s.md", text);
	assert_string_equal(errata_doc_meta(doc, "title"), "Budget: a long night");
	assert_string_equal(errata_doc_meta(doc, "date"), "2026-01-07");
	assert_string_equal(errata_doc_meta(doc, "lang"), "en");
	assert_string_equal(errata_doc_meta(doc, "updated"), "2026-01-08T10:30:00Z");
	assert_string_equal(errata_doc_meta(doc, "draft"), "true");
	assert_null(errata_doc_meta(doc, "authors"));
	assert_null(errata_doc_meta(doc, "desk"));
	assert_null(errata_doc_meta(doc, "name"));
	assert_null(errata_doc_meta(doc, "Title"));
	assert_null(errata_doc_meta(doc, NULL));
	p = errata_doc_prose(doc, NULL);
	/* everything up to the closing delimiter is blank, lines kept */
	for (size_t i = 0; i < strlen(text) - 6; i++)
		assert_true(p[i] == ' ' || p[i] == '\n');
	assert_string_equal(p + strlen(text) - 6, "Body.\n");
	errata_doc_free(doc);

	/* a date with a time keeps the day; "..." closes; CRLF */
	doc = load("s.md", "---\r\ndate: 2026-11-27T09:30:00Z\r\n...\r\nText");
	assert_string_equal(errata_doc_meta(doc, "date"), "2026-11-27");
	assert_string_equal(errata_doc_prose(doc, NULL),
	                    "   \r\n                          \r\n   \r\nText");
	errata_doc_free(doc);

	/* after a BOM */
	doc = load("s.md", "\xef\xbb\xbf---\nlang: fr\n---\nx");
	assert_string_equal(errata_doc_meta(doc, "lang"), "fr");
	errata_doc_free(doc);
}

/* Simple "key: value" lines and their near misses read as YAML reads them. */
static void test_doc_front_matter_simple(void **state)
{
	errata_doc *doc;

	(void)state;
	doc = load("s.md", "---\n"
	                   "title: Plain words,  kept   \n"
	                   "headline: \"Quoted: with a colon\"  \n"
	                   "date: 2026-03-04 10:00\n"
	                   "lang: en\n"
	                   "lang: fr\n"
	                   "---\nBody.\n");
	assert_string_equal(errata_doc_meta(doc, "title"), "Plain words,  kept");
	assert_string_equal(errata_doc_meta(doc, "headline"), "Quoted: with a colon");
	assert_string_equal(errata_doc_meta(doc, "date"), "2026-03-04");
	assert_string_equal(errata_doc_meta(doc, "lang"), "fr");
	assert_string_equal(errata_doc_prose(doc, NULL) + 113, "Body.\n");
	errata_doc_free(doc);

	/* comments, escapes, single quotes, blank lines: the YAML reading */
	doc = load("s.md", "---\n"
	                   "desk: metro # the city desk\n"
	                   "\n"
	                   "title: \"Say \\\"no\\\"\" # quoted\n"
	                   "kicker: 'It''s late'\n"
	                   "---\nBody.\n");
	assert_string_equal(errata_doc_meta(doc, "desk"), "metro");
	assert_string_equal(errata_doc_meta(doc, "title"), "Say \"no\"");
	assert_string_equal(errata_doc_meta(doc, "kicker"), "It's late");
	errata_doc_free(doc);

	/* an empty block holds no keys */
	doc = load("s.md", "---\n---\nBody.\n");
	assert_null(errata_doc_meta(doc, "date"));
	errata_doc_free(doc);
}

static void test_doc_front_matter_not_closed(void **state)
{
	errata_doc *doc;

	(void)state;
	/* no closing line: a thematic break and text, not front matter */
	doc = load("s.md", "---\ndate: 2026-01-07\n");
	assert_null(errata_doc_meta(doc, "date"));
	assert_string_equal(errata_doc_prose(doc, NULL), "   \ndate: 2026-01-07\n");
	errata_doc_free(doc);
	/* not on the first line */
	doc = load("s.md", "\n---\ndate: 2026-01-07\n---\n");
	assert_null(errata_doc_meta(doc, "date"));
	errata_doc_free(doc);
}

static void test_doc_front_matter_malformed(void **state)
{
	errata_doc *doc = (errata_doc *)1;
	const char *text = "---\ntitle: ok\ndate: [2026\n---\nBody\n";

	(void)state;
	assert_int_equal(errata_doc_load_buffer(&doc, "bad.md", text, strlen(text), NULL),
	                 ERRATA_EINVALID);
	assert_null(doc);
	assert_string_equal(errata_error_last(),
	                    "bad.md:4:1: front matter: did not find expected ',' or ']'");
	text = "---\na: b\n  c: d\n---\n";
	assert_int_equal(errata_doc_load_buffer(&doc, "bad.md", text, strlen(text), NULL),
	                 ERRATA_EINVALID);
	assert_string_equal(errata_error_last(),
	                    "bad.md:3:4: front matter: mapping values are not allowed in this context");
}

static void test_doc_front_matter_bad_date(void **state)
{
	errata_doc *doc = (errata_doc *)1;
	const char *text = "---\ntitle: ok\ndate: 2026-02-30\n---\nBody\n";

	(void)state;
	/* the article's date drives year inference: a wrong one is an error */
	assert_int_equal(errata_doc_load_buffer(&doc, "bad.md", text, strlen(text), NULL),
	                 ERRATA_EINVALID);
	assert_null(doc);
	assert_string_equal(errata_error_last(),
	                    "bad.md:3:7: front matter: date '2026-02-30' is not a date (write YYYY-MM-DD)");
	text = "---\ndate: next Tuesday\n---\n";
	assert_int_equal(errata_doc_load_buffer(&doc, "bad.md", text, strlen(text), NULL),
	                 ERRATA_EINVALID);
	assert_string_equal(errata_error_last(),
	                    "bad.md:2:7: front matter: date 'next Tuesday' is not a date (write YYYY-MM-DD)");
	text = "---\ndate: [1, 2]\n---\n";
	assert_int_equal(errata_doc_load_buffer(&doc, "bad.md", text, strlen(text), NULL),
	                 ERRATA_EINVALID);
	assert_string_equal(errata_error_last(),
	                    "bad.md:2:7: front matter: date is a list or a mapping, not a date (write YYYY-MM-DD)");
	/* an empty date is no date; a time after the day is fine */
	doc = load("ok.md", "---\ndate:\n---\nBody\n");
	assert_null(errata_doc_meta(doc, "date") && *errata_doc_meta(doc, "date") ? "set" : NULL);
	errata_doc_free(doc);
	doc = load("ok.md", "---\ndate: 2024-02-29 08:00\n---\nBody\n");
	assert_string_equal(errata_doc_meta(doc, "date"), "2024-02-29");
	errata_doc_free(doc);
}

/* "www." URLs at every place relative to the 32-byte steps, among many full stops. */
static void test_doc_www_offsets(void **state)
{
	char text[200], want[200];

	(void)state;
	for (size_t pad = 0; pad < 70; pad++) {
		size_t k = 0;

		/* sentences whose full stops come right before the URL */
		for (; k < pad; k++)
			text[k] = k % 5 == 4 ? '.' : k % 5 == 3 ? 'w' : 'a';
		text[k] = '\0';
		if (pad)
			strcat(text, " ");
		strcpy(want, text);
		strcat(text, "www.example.com/x. Saw. Wow.");
		strcat(want, "                 . Saw. Wow.");
		assert_prose("a.txt", text, want);
		/* the URL as the text's last bytes, in capitals */
		text[k] = '\0';
		want[k] = '\0';
		strcat(text, pad ? " WWW.EXAMPLE.ORG" : "WWW.EXAMPLE.ORG");
		strcat(want, pad ? "                " : "               ");
		assert_prose("a.txt", text, want);
	}
	/* a dot after a w that starts no URL */
	assert_prose("a.txt", "saw.it and www.\nnew.line, ww.x, w.x", "saw.it and www.\nnew.line, ww.x, w.x");
}

/* Front matter read pair by pair falls back to YAML for the whole block. */
static void test_doc_front_matter_mixed(void **state)
{
	errata_doc *doc;

	(void)state;
	/* simple lines first, then one only YAML reads */
	doc = load("m.md", "---\ntitle: One\nlang: en\nkicker: 'It''s late'\n---\nBody\n");
	assert_string_equal(errata_doc_meta(doc, "title"), "One");
	assert_string_equal(errata_doc_meta(doc, "lang"), "en");
	assert_string_equal(errata_doc_meta(doc, "kicker"), "It's late");
	errata_doc_free(doc);
	/* in plain text a block that is not YAML keeps none of its pairs */
	doc = load("m.txt", "---\ntitle: One\nBy Jane: [x\n---\nBody");
	assert_null(errata_doc_meta(doc, "title"));
	assert_string_equal(errata_doc_prose(doc, NULL), "---\ntitle: One\nBy Jane: [x\n---\nBody");
	errata_doc_free(doc);
	/* after a byte order mark; with CRLF line ends; closed by "..." at the very end */
	doc = load("m.md", "\xef\xbb\xbf---\ndate: 2026-02-03\n---\nBody");
	assert_string_equal(errata_doc_meta(doc, "date"), "2026-02-03");
	assert_string_equal(errata_doc_prose(doc, NULL), "      \n                \n   \nBody");
	errata_doc_free(doc);
	doc = load("m.md", "---\r\ndate: 2026-02-03\r\nlang: fr\r\n---\r\nBody");
	assert_string_equal(errata_doc_meta(doc, "date"), "2026-02-03");
	assert_string_equal(errata_doc_meta(doc, "lang"), "fr");
	errata_doc_free(doc);
	doc = load("m.md", "---\ndate: 2026-02-03\n...");
	assert_string_equal(errata_doc_meta(doc, "date"), "2026-02-03");
	assert_string_equal(errata_doc_prose(doc, NULL), "   \n                \n   ");
	errata_doc_free(doc);
	/* a lone "---" is a thematic break, not front matter */
	doc = load("m.md", "---\n");
	assert_null(errata_doc_meta(doc, "date"));
	errata_doc_free(doc);
	doc = load("m.md", "---");
	assert_null(errata_doc_meta(doc, "date"));
	errata_doc_free(doc);
}

static void test_doc_front_matter_text(void **state)
{
	errata_doc *doc;

	(void)state;
	/* plain text accepts a clean YAML mapping */
	doc = load("s.txt", "---\ndate: 2026-02-03\n---\nBody");
	assert_string_equal(errata_doc_meta(doc, "date"), "2026-02-03");
	assert_string_equal(errata_doc_prose(doc, NULL), "   \n                \n   \nBody");
	errata_doc_free(doc);
	/* and leaves anything else alone, even malformed YAML */
	doc = load("s.txt", "---\nBy Jane Doe\n---\nBody");
	assert_null(errata_doc_meta(doc, "date"));
	assert_string_equal(errata_doc_prose(doc, NULL), "---\nBy Jane Doe\n---\nBody");
	errata_doc_free(doc);
	doc = load("s.txt", "---\ndate: [x\n---\nBody");
	assert_null(errata_doc_meta(doc, "date"));
	assert_string_equal(errata_doc_prose(doc, NULL), "---\ndate: [x\n---\nBody");
	errata_doc_free(doc);
	/* HTML has none */
	doc = load("s.html", "---\ndate: 2026-02-03\n---\nBody");
	assert_null(errata_doc_meta(doc, "date"));
	errata_doc_free(doc);
}

static void test_doc_plain_text(void **state)
{
	(void)state;
	/* plain text keeps markup characters; only URLs and e-mail go */
	assert_prose("a.txt", "Use `x` and **bold** <b>tag</b> &amp; # not a heading",
	             "Use `x` and **bold** <b>tag</b> &amp; # not a heading");
	assert_prose("a.txt", "Read https://example.com/a. Mail ed@example.org!",
	             "Read                      . Mail               !");
	/* errata comments are masked, other comments stay */
	assert_prose("a.txt", "A <!-- errata-disable --> B <!-- note --> C",
	             "A                         B <!-- note --> C");
}

static void test_doc_urls(void **state)
{
	(void)state;
	assert_prose("a.txt", "See http://example.com/x?a=1&b=2#frag, then.",
	             "See                                  , then.");
	assert_prose("a.txt", "(see https://example.com/path)",
	             "(see                         )");
	assert_prose("a.txt", "the https://en.wikipedia.org/wiki/Heat_(film) page",
	             "the                                           page");
	assert_prose("a.txt", "at www.example.org/news; or WWW.EXAMPLE.COM.",
	             "at                     ; or                .");
	assert_prose("a.txt", "\"https://a.example/b\" and 'ftp://files.example/x'",
	             "\"                   \" and '                     '");
	assert_prose("a.txt", "link: https://example.com/a?b=c!?",
	             "link:                          !?");
	/* curly quotes and a no-break space end a URL */
	assert_prose("a.txt", "\xe2\x80\x9chttps://x.example/a\xe2\x80\x9d",
	             "\xe2\x80\x9c                   \xe2\x80\x9d");
	/* not URLs */
	assert_prose("a.txt", "The ratio was 3:1, at 10:30 p.m. Ask:// no; www. alone; awww.x",
	             "The ratio was 3:1, at 10:30 p.m. Ask:// no; www. alone; awww.x");
	assert_prose("a.txt", "h://x is too short a scheme", "h://x is too short a scheme");
}

static void test_doc_emails(void **state)
{
	(void)state;
	assert_prose("a.txt", "Write to jane.doe+news@example.co.uk.",
	             "Write to                            .");
	assert_prose("a.txt", "or mailto:desk@paper.example today",
	             "or                           today");
	assert_prose("a.txt", "@handle and a@b and x@y.1 and at 3@5.30 and me@localhost",
	             "@handle and a@b and x@y.1 and at 3@5.30 and me@localhost");
}

static void test_doc_suppression_ranges(void **state)
{
	const char *text =
		"line 1\n"                                             /* 1 */
		"<!-- errata-disable date.weekday -->\n"               /* 2 */
		"line 3\n"                                             /* 3 */
		"<!-- errata-enable date.weekday -->\n"                /* 4 */
		"line 5\n"                                             /* 5 */
		"<!-- errata-disable-next-line -->\n"                  /* 6 */
		"line 7\n"                                             /* 7 */
		"line 8 <!-- errata-disable-line style.doubled -->\n"  /* 8 */
		"<!-- errata-disable date.*, house.dash -- a reason -->\n" /* 9 */
		"line 10\n";                                           /* 10 */
	errata_doc *doc;

	(void)state;
	doc = load("s.md", text);
	assert_false(errata_doc_suppressed(doc, "date.weekday", 1));
	assert_true(errata_doc_suppressed(doc, "date.weekday", 2));
	assert_true(errata_doc_suppressed(doc, "date.weekday", 3));
	assert_true(errata_doc_suppressed(doc, "date.weekday", 4));
	assert_false(errata_doc_suppressed(doc, "date.weekday", 5));
	assert_false(errata_doc_suppressed(doc, "date.invalid", 3));
	/* next-line, every rule */
	assert_false(errata_doc_suppressed(doc, "date.invalid", 6));
	assert_true(errata_doc_suppressed(doc, "date.invalid", 7));
	assert_true(errata_doc_suppressed(doc, "anything", 7));
	assert_false(errata_doc_suppressed(doc, "anything", 8));
	/* same line */
	assert_true(errata_doc_suppressed(doc, "style.doubled", 8));
	assert_false(errata_doc_suppressed(doc, "style.doubled", 9));
	/* a prefix and a list, to the end of the document */
	assert_true(errata_doc_suppressed(doc, "date.invalid", 9));
	assert_true(errata_doc_suppressed(doc, "date.duration", 10));
	assert_true(errata_doc_suppressed(doc, "date.weekday", 1000));
	assert_true(errata_doc_suppressed(doc, "house.dash", 10));
	assert_false(errata_doc_suppressed(doc, "house.dashes", 10));
	assert_false(errata_doc_suppressed(doc, "dates.x", 10));
	assert_false(errata_doc_suppressed(doc, "a", 10));
	assert_false(errata_doc_suppressed(doc, "reason", 10));
	/* comments are not prose */
	assert_null(strstr(errata_doc_prose(doc, NULL), "errata"));
	errata_doc_free(doc);
}

static void test_doc_suppression_all_and_enable(void **state)
{
	const char *text =
		"<!-- errata-disable -->\n"              /* 1 */
		"a\n"                                    /* 2 */
		"<!--errata-enable-->\n"                 /* 3 */
		"b\n"                                    /* 4 */
		"<!-- errata-disable x.one x.two -->\n"  /* 5 */
		"<!-- errata-enable x.one -->\n"         /* 6 */
		"c\n"                                    /* 7 */
		"<!-- errata-enable -->\n"               /* 8 */
		"d\n"                                    /* 9 */
		"<!-- errata-disable-next-line\n"        /* 10 */
		"     date.weekday -->\n"                /* 11 */
		"e\n"                                    /* 12 */
		"<!-- errata-disabled x -->\n"           /* 13: not a directive */
		"f\n";                                   /* 14 */
	errata_doc *doc;

	(void)state;
	doc = load("s.html", text);
	assert_true(errata_doc_suppressed(doc, "any", 2));
	assert_true(errata_doc_suppressed(doc, NULL, 2));
	assert_true(errata_doc_suppressed(doc, "any", 3));
	assert_false(errata_doc_suppressed(doc, "any", 4));
	assert_true(errata_doc_suppressed(doc, "x.one", 6));
	assert_false(errata_doc_suppressed(doc, "x.one", 7));
	assert_true(errata_doc_suppressed(doc, "x.two", 7));
	assert_true(errata_doc_suppressed(doc, "x.two", 8));
	assert_false(errata_doc_suppressed(doc, "x.two", 9));
	assert_false(errata_doc_suppressed(doc, NULL, 7));
	/* next-line counts from the comment's last line */
	assert_false(errata_doc_suppressed(doc, "date.weekday", 11));
	assert_true(errata_doc_suppressed(doc, "date.weekday", 12));
	assert_false(errata_doc_suppressed(doc, "date.invalid", 12));
	assert_false(errata_doc_suppressed(doc, "x", 14));
	errata_doc_free(doc);
}

/* An enable naming a rule inside a wider disable turns that rule alone back on. */
static void test_doc_suppression_enable_inside_wider(void **state)
{
	const char *text =
		"<!-- errata-disable -->\n"                     /* 1 */
		"a\n"                                           /* 2 */
		"<!-- errata-enable date.weekday -->\n"         /* 3 */
		"b\n"                                           /* 4 */
		"<!-- errata-enable date. -->\n"                /* 5 */
		"c\n"                                           /* 6 */
		"<!-- errata-disable date.weekday -->\n"        /* 7 */
		"d\n"                                           /* 8 */
		"<!-- errata-enable -->\n"                      /* 9 */
		"e\n"                                           /* 10 */
		"<!-- errata-disable date.* -->\n"              /* 11 */
		"<!-- errata-enable date.weekday -->\n"         /* 12 */
		"f\n"                                           /* 13 */
		"<!-- errata-enable date.* -->\n"               /* 14 */
		"g\n";                                          /* 15 */
	errata_doc *doc;

	(void)state;
	doc = load("s.md", text);
	/* everything off, then date.weekday back on from the line after its enable */
	assert_true(errata_doc_suppressed(doc, "date.weekday", 2));
	assert_true(errata_doc_suppressed(doc, "date.weekday", 3));
	assert_false(errata_doc_suppressed(doc, "date.weekday", 4));
	assert_true(errata_doc_suppressed(doc, "date.invalid", 4));
	assert_true(errata_doc_suppressed(doc, "style.doubled", 4));
	/* a whole family back on; other rules stay off */
	assert_false(errata_doc_suppressed(doc, "date.invalid", 6));
	assert_false(errata_doc_suppressed(doc, "date.weekday", 6));
	assert_true(errata_doc_suppressed(doc, "style.doubled", 6));
	/* a rule turned back on can be turned off again */
	assert_true(errata_doc_suppressed(doc, "date.weekday", 8));
	assert_false(errata_doc_suppressed(doc, "date.invalid", 8));
	assert_true(errata_doc_suppressed(doc, "style.doubled", 8));
	/* enable with no rule ends it all */
	assert_false(errata_doc_suppressed(doc, "date.weekday", 10));
	assert_false(errata_doc_suppressed(doc, "style.doubled", 10));
	/* inside a family: one member back on, then the family */
	assert_false(errata_doc_suppressed(doc, "date.weekday", 13));
	assert_true(errata_doc_suppressed(doc, "date.invalid", 13));
	assert_false(errata_doc_suppressed(doc, "style.doubled", 13));
	assert_false(errata_doc_suppressed(doc, "date.invalid", 15));
	errata_doc_free(doc);
}

static void test_doc_suppression_in_code_ignored(void **state)
{
	const char *text =
		"`<!-- errata-disable -->`\n"
		"\n"
		"```\n"
		"<!-- errata-disable -->\n"
		"```\n"
		"x\n";
	errata_doc *doc;

	(void)state;
	doc = load("s.md", text);
	for (unsigned int l = 1; l <= 7; l++)
		assert_false(errata_doc_suppressed(doc, "date.weekday", l));
	errata_doc_free(doc);
	/* HTML comments hold them in Markdown, and text after one stays prose */
	doc = load("s.md", "a\n\n<!-- errata-disable-next-line --> b\nc\n");
	assert_true(errata_doc_suppressed(doc, "r", 4));
	assert_false(errata_doc_suppressed(doc, "r", 3));
	assert_string_equal(errata_doc_prose(doc, NULL),
	                    "a\n\n                                  b\nc\n");
	errata_doc_free(doc);
}

static void test_doc_suppression_many(void **state)
{
	/* many next-line comments: every query still right */
	char *text = malloc(40 * 2000 + 1), *p;
	errata_doc *doc;

	(void)state;
	assert_non_null(text);
	p = text;
	for (int i = 0; i < 2000; i++)
		p += sprintf(p, i % 2 ? "<!-- errata-disable-next-line r%d -->\n" : "text\n", i);
	doc = load("many.md", text);
	for (unsigned int l = 1; l <= 2000; l++) {
		unsigned int i = l - 2;
		char rule[16];

		/* line l follows a comment for rule r(l-2) when l is odd and > 1 */
		snprintf(rule, sizeof(rule), "r%u", i);
		assert_int_equal(errata_doc_suppressed(doc, rule, l), l > 1 && l % 2 == 1);
	}
	errata_doc_free(doc);
	free(text);
}

static void test_doc_pathological_text(void **state)
{
	/* crafted plain text stays linear: each pattern repeated over 1 MB */
	size_t n = 1000000;
	char *text = malloc(n + 4);
	const char *units[] = { "<!--", "http://", "a@b.", "www.", "x://", "@a.bc " };
	errata_doc *doc;

	(void)state;
	assert_non_null(text);
	for (size_t u = 0; u < sizeof(units) / sizeof(units[0]); u++) {
		size_t k = strlen(units[u]), i;

		for (i = 0; i + k <= n; i += k)
			memcpy(text + i, units[u], k);
		memcpy(text + i, "-->", 4);
		assert_int_equal(errata_doc_load_buffer(&doc, "p.txt", text, i + 3, NULL), 0);
		errata_doc_free(doc);
	}
	free(text);
}

/* Load tests/fixtures/text/NAME from the source tree. */
static errata_doc *load_fixture(const char *name)
{
	const char *root = getenv("ERRATA_ROOT");
	char path[4096];
	errata_doc *doc = NULL;

	snprintf(path, sizeof(path), "%s/tests/fixtures/text/%s", root ? root : ".", name);
	assert_int_equal(errata_doc_load_file(&doc, path, NULL), 0);
	return doc;
}

/* The line (1-based) of the first occurrence of needle in the text. */
static unsigned int line_of(const errata_doc *doc, const char *needle)
{
	const char *text = errata_doc_text(doc, NULL), *hit = strstr(text, needle);
	unsigned int line = 0;

	assert_non_null(hit);
	errata_doc_position(doc, (size_t)(hit - text), &line, NULL);
	return line;
}

static void test_doc_fixture_articles(void **state)
{
	errata_doc *doc;
	const char *prose;

	(void)state;
	doc = load_fixture("article.md");
	prose = errata_doc_prose(doc, NULL);
	assert_int_equal(errata_doc_format(doc), ERRATA_FORMAT_MARKDOWN);
	assert_string_equal(errata_doc_meta(doc, "date"), "2026-01-09");
	assert_string_equal(errata_doc_meta(doc, "title"), "Harbour bridge reopens after repairs");
	assert_non_null(strstr(prose, "The bridge closed on   Monday, January 5  , and"));
	assert_non_null(strstr(prose, " the city notice "));
	assert_non_null(strstr(prose, "said the engineer,           ."));
	assert_null(strstr(prose, "http"));
	assert_null(strstr(prose, "works@"));
	assert_null(strstr(prose, "www."));
	assert_null(strstr(prose, "curl"));
	assert_null(strstr(prose, "--status"));
	assert_null(strstr(prose, "Reference"));
	assert_true(errata_doc_suppressed(doc, "date.weekday", line_of(doc, "A later note")));
	assert_false(errata_doc_suppressed(doc, "date.weekday", line_of(doc, "The bridge closed")));
	errata_doc_free(doc);

	doc = load_fixture("article.html");
	prose = errata_doc_prose(doc, NULL);
	assert_string_equal(errata_doc_meta(doc, "lang"), "en");
	assert_string_equal(errata_doc_meta(doc, "date"), "2026-01-09");
	assert_string_equal(errata_doc_meta(doc, "title"),
	                    "Harbour bridge reopens \xe2\x80\x94 City desk");
	assert_non_null(strstr(prose, "Monday,      January      5"));
	assert_non_null(strstr(prose, "city\xe2\x80\x99    s page"));
	assert_null(strstr(prose, "published"));
	assert_null(strstr(prose, "font-weight"));
	assert_null(strstr(prose, "raw = 1"));
	assert_null(strstr(prose, "lede"));
	assert_true(errata_doc_suppressed(doc, "date.invalid", line_of(doc, "reopened on")));
	assert_false(errata_doc_suppressed(doc, "date.invalid", line_of(doc, "Notice:")));
	assert_false(errata_doc_suppressed(doc, "date.weekday", line_of(doc, "reopened on")));
	errata_doc_free(doc);

	doc = load_fixture("article.txt");
	assert_true(errata_doc_suppressed(doc, "date.weekday", line_of(doc, "Crews said")));
	assert_null(strstr(errata_doc_prose(doc, NULL), "city.example"));
	errata_doc_free(doc);

	doc = load_fixture("crlf.txt");
	assert_int_equal(errata_doc_line_count(doc), 3);
	assert_int_equal(line_of(doc, "Jan. 6"), 2);
	{
		const char *text = errata_doc_text(doc, NULL);
		unsigned int col = 0;

		/* "Café réopened on " is 17 code points: Tuesday is column 18 */
		errata_doc_position(doc, (size_t)(strstr(text, "Tuesday") - text), NULL, &col);
		assert_int_equal(col, 18);
	}
	errata_doc_free(doc);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_doc_buffer_copies),
		cmocka_unit_test(test_doc_format_by_extension),
		cmocka_unit_test(test_doc_empty),
		cmocka_unit_test(test_doc_positions_ascii),
		cmocka_unit_test(test_doc_positions_multibyte),
		cmocka_unit_test(test_doc_positions_many_lines),
		cmocka_unit_test(test_doc_positions_long_line),
		cmocka_unit_test(test_doc_positions_crlf),
		cmocka_unit_test(test_doc_positions_every_place),
		cmocka_unit_test(test_doc_meta_repeated_key),
		cmocka_unit_test(test_doc_meta_many_keys),
		cmocka_unit_test(test_doc_mask_bytes),
		cmocka_unit_test(test_doc_positions_bom),
		cmocka_unit_test(test_doc_invalid_utf8),
		cmocka_unit_test(test_doc_nul_byte),
		cmocka_unit_test(test_doc_size_limit),
		cmocka_unit_test(test_doc_default_limit),
		cmocka_unit_test(test_doc_missing_file),
		cmocka_unit_test(test_doc_file_bad_utf8),
		cmocka_unit_test(test_doc_files_in_turn),
		cmocka_unit_test(test_doc_stdin),
		cmocka_unit_test(test_doc_front_matter),
		cmocka_unit_test(test_doc_front_matter_simple),
		cmocka_unit_test(test_doc_front_matter_not_closed),
		cmocka_unit_test(test_doc_front_matter_malformed),
		cmocka_unit_test(test_doc_front_matter_bad_date),
		cmocka_unit_test(test_doc_front_matter_text),
		cmocka_unit_test(test_doc_front_matter_mixed),
		cmocka_unit_test(test_doc_www_offsets),
		cmocka_unit_test(test_doc_plain_text),
		cmocka_unit_test(test_doc_urls),
		cmocka_unit_test(test_doc_emails),
		cmocka_unit_test(test_doc_suppression_ranges),
		cmocka_unit_test(test_doc_suppression_all_and_enable),
		cmocka_unit_test(test_doc_suppression_enable_inside_wider),
		cmocka_unit_test(test_doc_suppression_in_code_ignored),
		cmocka_unit_test(test_doc_suppression_many),
		cmocka_unit_test(test_doc_pathological_text),
		cmocka_unit_test(test_doc_fixture_articles),
	};

	return cmocka_run_group_tests_name("doc", tests, NULL, NULL);
}
