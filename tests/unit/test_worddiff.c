/*
 * test_worddiff.c: the word-level diff: tokens, changes, offsets and
 * lines, and the exact text of its hunks.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "errata/diff.h"

/* Format the diff of two strings with `context` words; caller frees. */
static char *formatted(const char *a, const char *b, unsigned int context, int color)
{
	errata_worddiff *d = NULL;
	errata_worddiff_format_options fo = ERRATA_WORDDIFF_FORMAT_OPTIONS_INIT;
	errata_buf out = ERRATA_BUF_INIT;
	char *s;

	fo.context = context;
	fo.color = color;
	assert_int_equal(errata_worddiff_new(&d, a, strlen(a), b, strlen(b)), 0);
	assert_int_equal(errata_worddiff_format(&out, d, &fo), 0);
	errata_worddiff_free(d);
	s = errata_buf_detach(&out);
	return s ? s : calloc(1, 1);
}

static void expect_format(const char *a, const char *b, unsigned int context, const char *want)
{
	char *got = formatted(a, b, context, 0);

	assert_string_equal(got, want);
	free(got);
}

static void test_worddiff_identical(void **state)
{
	errata_worddiff *d = NULL;
	const char *t = "The minister arrives on Tuesday.\n";

	(void)state;
	assert_int_equal(errata_worddiff_new(&d, t, strlen(t), t, strlen(t)), 0);
	assert_int_equal(errata_worddiff_count(d), 0);
	assert_null(errata_worddiff_get(d, 0));
	errata_worddiff_free(d);
	expect_format(t, t, 8, "");
}

static void test_worddiff_one_word(void **state)
{
	errata_worddiff *d = NULL;
	const char *a = "The minister arrives on Tuesday, January 7.";
	const char *b = "The minister arrives on Wednesday, January 7.";
	const errata_wordchange *c;

	(void)state;
	assert_int_equal(errata_worddiff_new(&d, a, strlen(a), b, strlen(b)), 0);
	assert_int_equal(errata_worddiff_count(d), 1);
	c = errata_worddiff_get(d, 0);
	assert_int_equal(c->old_offset, 24);
	assert_int_equal(c->old_length, 7);
	assert_int_equal(c->new_offset, 24);
	assert_int_equal(c->new_length, 9);
	assert_int_equal(c->old_line, 1);
	assert_int_equal(c->new_line, 1);
	errata_worddiff_free(d);
	expect_format(a, b, 8,
	              "@@ -1 +1 @@\n"
	              "The minister arrives on [-Tuesday-]{+Wednesday+}, January 7.\n");
}

static void test_worddiff_context_is_cut(void **state)
{
	(void)state;
	expect_format("one two three four five six seven eight nine ten",
	              "one two three four FIVE six seven eight nine ten", 2,
	              "@@ -1 +1 @@\n...three four [-five-]{+FIVE+} six seven...\n");
}

static void test_worddiff_stops_at_sentence(void **state)
{
	(void)state;
	expect_format("First sentence here. The visit lasts three days. Last one.",
	              "First sentence here. The visit lasts four days. Last one.", 8,
	              "@@ -1 +1 @@\nThe visit lasts [-three-]{+four+} days.\n");
}

static void test_worddiff_deletion_and_insertion(void **state)
{
	(void)state;
	expect_format("the big dog barked", "the dog barked", 8,
	              "@@ -1 +1 @@\nthe [-big -]dog barked\n");
	expect_format("the dog barked", "the old dog barked", 8,
	              "@@ -1 +1 @@\nthe {+old +}dog barked\n");
	/* two neighbouring words replaced read as one change */
	expect_format("on Tuesday morning at ten", "on Wednesday evening at ten", 8,
	              "@@ -1 +1 @@\non [-Tuesday morning-]{+Wednesday evening+} at ten\n");
	/* a line end inside a change reads as a space, so a hunk stays one line */
	expect_format("Last line.\n", "Last line.\nNew line here.\n", 8,
	              "@@ -2 +2 @@\n{+New line here. +}\n");
	/* text appended to the last line stays on that line, in both texts */
	expect_format("One.\nLine three.\n", "One.\nLine three. And more.\n", 8,
	              "@@ -2 +2 @@\nLine three.{+ And more.+}\n");
}

static void test_worddiff_rewrap_is_no_change(void **state)
{
	errata_worddiff *d = NULL;
	const char *a = "A long paragraph\nwrapped here and\nthere.";
	const char *b = "A long paragraph wrapped\nhere and there.";

	(void)state;
	assert_int_equal(errata_worddiff_new(&d, a, strlen(a), b, strlen(b)), 0);
	assert_int_equal(errata_worddiff_count(d), 0);
	errata_worddiff_free(d);
}

static void test_worddiff_paragraphs_and_lines(void **state)
{
	errata_worddiff *d = NULL;
	const char *a = "Title\n\nFirst paragraph stays.\n\nSecond one says Monday.\n";
	const char *b = "Title\n\nFirst paragraph stays.\n\nSecond one says Friday.\n\nA new one.\n";
	const errata_wordchange *c;

	(void)state;
	assert_int_equal(errata_worddiff_new(&d, a, strlen(a), b, strlen(b)), 0);
	assert_int_equal(errata_worddiff_count(d), 2);
	c = errata_worddiff_get(d, 0);
	assert_int_equal(c->old_line, 5);
	assert_int_equal(c->new_line, 5);
	assert_memory_equal(a + c->old_offset, "Monday", c->old_length);
	assert_memory_equal(b + c->new_offset, "Friday", c->new_length);
	c = errata_worddiff_get(d, 1);
	assert_int_equal(c->old_length, 0);
	assert_int_equal(c->new_line, 5);
	assert_memory_equal(b + c->new_offset, "\n\nA new one.", c->new_length);
	errata_worddiff_free(d);
	/* the new paragraph is a change of its own, not swallowed with the "." */
	expect_format("It says Monday.\n", "It says Friday.\n\nA new one.\n", 8,
	              "@@ -1 +1 @@\nIt says [-Monday-]{+Friday+}.{+\n\nA new one.+}\n");
	expect_format("It says Friday.\n\nAn old one.\n", "It says Monday.\n", 8,
	              "@@ -1 +1 @@\nIt says [-Friday-]{+Monday+}.[-\n\nAn old one.-]\n");
	/* a paragraph break keeps hunks apart */
	expect_format("Alpha one.\n\nBeta two.", "Alpha uno.\n\nBeta dos.", 8,
	              "@@ -1 +1 @@\nAlpha [-one-]{+uno+}.\n@@ -3 +3 @@\nBeta [-two-]{+dos+}.\n");
}

static void test_worddiff_near_changes_share_a_hunk(void **state)
{
	(void)state;
	expect_format("a b c d e f g h", "A b c d e f g H", 3,
	              "@@ -1 +1 @@\n[-a-]{+A+} b c d e f g [-h-]{+H+}\n");
	expect_format("a b c d e f g h i", "A b c d e f g h I", 1,
	              "@@ -1 +1 @@\n[-a-]{+A+} b...\n@@ -1 +1 @@\n...h [-i-]{+I+}\n");
}

static void test_worddiff_words_keep_inner_marks(void **state)
{
	(void)state;
	expect_format("the editor's note cost 1,000 dollars at 10:30",
	              "the editors' note cost 1,500 dollars at 10:45", 8,
	              "@@ -1 +1 @@\nthe [-editor's-]{+editors'+} note cost [-1,000-]{+1,500+} dollars at [-10:30-]{+10:45+}\n");
}

static void test_worddiff_utf8_and_color(void **state)
{
	char *got;

	(void)state;
	expect_format("Le ministre arrive mardi \xe2\x80\x94 le 7.",
	              "Le ministre arrive mercredi \xe2\x80\x94 le 7.", 8,
	              "@@ -1 +1 @@\nLe ministre arrive [-mardi-]{+mercredi+} \xe2\x80\x94 le 7.\n");
	got = formatted("a b", "a c", 8, 1);
	assert_string_equal(got, "@@ -1 +1 @@\na \033[31m[-b-]\033[m\033[32m{+c+}\033[m\n");
	free(got);
}

static void test_worddiff_empty_and_invalid(void **state)
{
	errata_worddiff *d = NULL;
	const char bad[] = "caf\xc3 x \xff";

	(void)state;
	assert_int_equal(errata_worddiff_new(&d, NULL, 0, "new text", 8), 0);
	assert_int_equal(errata_worddiff_count(d), 1);
	assert_int_equal(errata_worddiff_get(d, 0)->new_length, 8);
	errata_worddiff_free(d);
	assert_int_equal(errata_worddiff_new(&d, "old", 3, "", 0), 0);
	assert_int_equal(errata_worddiff_count(d), 1);
	assert_int_equal(errata_worddiff_get(d, 0)->old_length, 3);
	errata_worddiff_free(d);
	/* invalid UTF-8 is compared byte by byte, never rejected */
	assert_int_equal(errata_worddiff_new(&d, bad, sizeof(bad) - 1, "caf x", 5), 0);
	assert_true(errata_worddiff_count(d) >= 1);
	errata_worddiff_free(d);
}

static void test_worddiff_minimal_on_larger_text(void **state)
{
	errata_buf a = ERRATA_BUF_INIT, b = ERRATA_BUF_INIT;
	errata_worddiff *d = NULL;
	size_t del = 0, ins = 0;

	(void)state;
	for (int i = 0; i < 2000; i++) {
		assert_int_equal(errata_buf_printf(&a, "w%d ", i), 0);
		if (i % 100 == 0)
			assert_int_equal(errata_buf_printf(&b, "x%d ", i), 0);
		else if (i % 250 != 7)
			assert_int_equal(errata_buf_printf(&b, "w%d ", i), 0);
	}
	assert_int_equal(errata_worddiff_new(&d, a.ptr, a.size, b.ptr, b.size), 0);
	for (size_t i = 0; i < errata_worddiff_count(d); i++) {
		const errata_wordchange *c = errata_worddiff_get(d, i);

		del += c->old_length > 0;
		ins += c->new_length > 0;
	}
	/* 20 replacements and 8 deletions, nothing else */
	assert_int_equal(errata_worddiff_count(d), 28);
	assert_int_equal(ins, 20);
	assert_int_equal(del, 28);
	errata_worddiff_free(d);
	errata_buf_dispose(&a);
	errata_buf_dispose(&b);
}

/* Text `t` without the byte ranges of the changes on one side, white space folded. */
static char *residue(const errata_worddiff *d, const char *t, size_t len, int old_side)
{
	errata_buf out = ERRATA_BUF_INIT;
	size_t pos = 0;
	int space = 0;

	for (size_t k = 0; k <= errata_worddiff_count(d); k++) {
		const errata_wordchange *c = errata_worddiff_get(d, k);
		size_t end = c ? (old_side ? c->old_offset : c->new_offset) : len;

		assert_true(end >= pos && end <= len);
		for (size_t i = pos; i < end; i++) {
			if (t[i] == ' ' || t[i] == '\n') {
				space = 1;
				continue;
			}
			if (space && out.size)
				errata_buf_putc(&out, ' ');
			space = 0;
			errata_buf_putc(&out, t[i]);
		}
		/* a change is a cut: words on either side of it stay apart */
		if (c) {
			errata_buf_putc(&out, '|');
			pos = old_side ? c->old_offset + c->old_length : c->new_offset + c->new_length;
		}
	}
	errata_buf_putc(&out, '\0');
	return errata_buf_detach(&out);
}

static void random_text(errata_buf *b, unsigned int *seed, size_t words, int vocab)
{
	static const char *const w[] = { "the", "minister", "arrives", "on", "Tuesday", ",",
	                                  "January", "7", ".", "\n", "\n\n", "visit" };

	for (size_t i = 0; i < words; i++) {
		*seed = *seed * 1103515245u + 12345u;
		errata_buf_puts(b, w[(*seed >> 16) % (unsigned)vocab]);
		errata_buf_putc(b, ' ');
	}
}

static void test_worddiff_random_pairs_are_consistent(void **state)
{
	unsigned int seed = 7;

	(void)state;
	for (int round = 0; round < 200; round++) {
		errata_buf a = ERRATA_BUF_INIT, b = ERRATA_BUF_INIT;
		errata_worddiff *d = NULL;
		char *ra, *rb;

		random_text(&a, &seed, (size_t)(round % 40), 12);
		random_text(&b, &seed, (size_t)(round % 37), 12);
		assert_int_equal(errata_worddiff_new(&d, a.ptr, a.size, b.ptr, b.size), 0);
		for (size_t k = 1; k < errata_worddiff_count(d); k++) {
			const errata_wordchange *p = errata_worddiff_get(d, k - 1), *c = errata_worddiff_get(d, k);

			assert_true(c->old_offset >= p->old_offset + p->old_length);
			assert_true(c->new_offset >= p->new_offset + p->new_length);
		}
		ra = residue(d, a.ptr ? a.ptr : "", a.size, 1);
		rb = residue(d, b.ptr ? b.ptr : "", b.size, 0);
		/* what the diff calls unchanged is the same words on both sides */
		assert_string_equal(ra, rb);
		free(ra);
		free(rb);
		errata_worddiff_free(d);
		errata_buf_dispose(&a);
		errata_buf_dispose(&b);
	}
}

static void test_worddiff_cost_limit_stays_correct(void **state)
{
	errata_buf a = ERRATA_BUF_INIT, b = ERRATA_BUF_INIT;
	errata_worddiff *d = NULL;
	unsigned int s1 = 1, s2 = 2;
	char *ra, *rb;

	(void)state;
	/* two long unrelated texts: the search gives up early but stays a diff */
	random_text(&a, &s1, 150000, 12);
	random_text(&b, &s2, 150000, 12);
	assert_int_equal(errata_worddiff_new(&d, a.ptr, a.size, b.ptr, b.size), 0);
	assert_true(errata_worddiff_count(d) > 0);
	ra = residue(d, a.ptr, a.size, 1);
	rb = residue(d, b.ptr, b.size, 0);
	assert_string_equal(ra, rb);
	free(ra);
	free(rb);
	errata_worddiff_free(d);
	errata_buf_dispose(&a);
	errata_buf_dispose(&b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_worddiff_identical),
		cmocka_unit_test(test_worddiff_one_word),
		cmocka_unit_test(test_worddiff_context_is_cut),
		cmocka_unit_test(test_worddiff_stops_at_sentence),
		cmocka_unit_test(test_worddiff_deletion_and_insertion),
		cmocka_unit_test(test_worddiff_rewrap_is_no_change),
		cmocka_unit_test(test_worddiff_paragraphs_and_lines),
		cmocka_unit_test(test_worddiff_near_changes_share_a_hunk),
		cmocka_unit_test(test_worddiff_words_keep_inner_marks),
		cmocka_unit_test(test_worddiff_utf8_and_color),
		cmocka_unit_test(test_worddiff_empty_and_invalid),
		cmocka_unit_test(test_worddiff_minimal_on_larger_text),
		cmocka_unit_test(test_worddiff_random_pairs_are_consistent),
		cmocka_unit_test(test_worddiff_cost_limit_stays_correct),
	};
	return cmocka_run_group_tests_name("worddiff", tests, NULL, NULL);
}
