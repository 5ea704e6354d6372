/*
 * test_token.c: the date tokenizer. Words are folded sixteen ASCII
 * letters at once where the text has sixteen bytes left, else eight at a
 * time and one by one after that; errata__tok_word_end() must end a
 * word where errata__tok_next() does. Cases: words of every length around
 * the fold limit, mixed case, apostrophes and hyphens inside and at the
 * end, letters of other scripts, numbers and punctuation, text ends.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "common.h"
#include "dates/token.h"

/* The token at pos of text (NUL-terminated, read without the NUL). */
static errata__tok read_tok(const char *text, size_t pos)
{
	errata__tok t;

	errata__tok_next(text, strlen(text), pos, &t);
	return t;
}

static void test_token_fold_lengths(void **state)
{
	char text[128], want[128];

	(void)state;
	/* every length from 1 to 70 letters, in mixed case, then a comma */
	for (size_t n = 1; n <= 70; n++) {
		errata__tok t;

		for (size_t i = 0; i < n; i++) {
			text[i] = (char)((i % 3 ? 'a' : 'A') + (int)(i % 26));
			want[i] = (char)('a' + (int)(i % 26));
		}
		text[n] = ',';
		text[n + 1] = '\0';
		want[n] = '\0';
		t = read_tok(text, 0);
		assert_int_equal(t.kind, ERRATA__TOK_WORD);
		assert_int_equal(t.start, 0);
		assert_int_equal(t.end, n);
		assert_int_equal(t.upper, 1);
		if (n < ERRATA__TOK_FOLD) {
			/* folded whole, NUL-terminated */
			assert_int_equal(t.flen, n);
			assert_string_equal(t.fold, want);
		} else {
			/* too long to fold: no folded form */
			assert_int_equal(t.flen, 0);
			assert_string_equal(t.fold, "");
		}
		/* the same word with sixteen bytes and more after it, as most
		 * words are read */
		{
			char more[160];

			snprintf(more, sizeof(more), "%.*s, then the rest of a sentence", (int)n, text);
			t = read_tok(more, 0);
			assert_int_equal(t.kind, ERRATA__TOK_WORD);
			assert_int_equal(t.end, n);
			assert_int_equal(t.upper, 1);
			assert_int_equal(t.hyphen, 0);
			assert_int_equal(t.flen, n < ERRATA__TOK_FOLD ? n : 0);
			assert_string_equal(t.fold, n < ERRATA__TOK_FOLD ? want : "");
			/* in lower case, after white space */
			more[0] = (char)(more[0] | 32);
			memmove(more + 2, more, strlen(more) + 1);
			more[0] = ' ';
			more[1] = '\n';
			t = read_tok(more, 0);
			assert_int_equal(t.start, 2);
			assert_int_equal(t.end, n + 2);
			assert_int_equal(t.upper, 0);
			assert_int_equal(t.flen, n < ERRATA__TOK_FOLD ? n : 0);
		}
		/* the same word at the very end of the text */
		text[n] = '\0';
		t = read_tok(text, 0);
		assert_int_equal(t.end, n);
		assert_int_equal(t.flen, n < ERRATA__TOK_FOLD ? n : 0);
		assert_int_equal(errata__tok_word_end(text, n, 0), n);
	}
}

static void test_token_fold_mixed(void **state)
{
	errata__tok t;

	(void)state;
	/* ASCII letters run on into other scripts and back */
	t = read_tok("  Dezemberfeiertage\xc3\x84RGER, x", 0);
	assert_int_equal(t.kind, ERRATA__TOK_WORD);
	assert_int_equal(t.start, 2);
	assert_string_equal(t.fold, "dezemberfeiertage\xc3\xa4rger");
	/* inner apostrophes (folded to ') and hyphens; a trailing one ends it */
	t = read_tok("O\xe2\x80\x99" "Connor-Smithson- and", 0);
	assert_string_equal(t.fold, "o'connor-smithson");
	assert_int_equal(t.hyphen, 10);
	assert_int_equal(t.hyphen_flen, 8);
	assert_int_equal(t.end, 19);
	/* lower case first letter, a digit right after the letters */
	t = read_tok("januaryfebruary2026", 0);
	assert_int_equal(t.upper, 0);
	assert_string_equal(t.fold, "januaryfebruary");
	assert_int_equal(t.end, 15);
	t = read_tok("januaryfebruary2026", 15);
	assert_int_equal(t.kind, ERRATA__TOK_NUM);
	assert_int_equal(t.num, 2026);
	assert_int_equal(t.ndigits, 4);
	/* Cyrillic, upper case */
	t = read_tok("\xd0\x9c\xd0\x90\xd0\xa0\xd0\xa2\xd0\x90 5", 0);
	assert_int_equal(t.upper, 1);
	assert_string_equal(t.fold, "\xd0\xbc\xd0\xb0\xd1\x80\xd1\x82\xd0\xb0");
	/* punctuation and the end of the text */
	t = read_tok("\xe2\x80\x94", 0);
	assert_int_equal(t.kind, ERRATA__TOK_PUNCT);
	assert_int_equal(t.cp, 0x2014);
	t = read_tok("   ", 0);
	assert_int_equal(t.kind, ERRATA__TOK_END);
	assert_int_equal(t.start, 3);
}

/* A run of ASCII letters of any length, at any distance from the end of
 * the text, goes on into an inner hyphen, an apostrophe or a letter
 * outside ASCII after it, and stops at a trailing one. */
static void test_token_run_goes_on(void **state)
{
	static const struct {
		const char *tail;
		size_t more;        /* bytes of the tail in the word */
		const char *fold;   /* the tail folded */
	} tails[] = {
		{ "-Ab, x", 3, "-ab" },
		{ "'s x", 2, "'s" },
		{ "\xc3\x89t.", 3, "\xc3\xa9t" },
		{ "- x", 0, "" },
		{ "' x", 0, "" },
		{ "1", 0, "" },
	};
	char text[64], want[64];

	(void)state;
	for (size_t n = 1; n <= 20; n++)
		for (size_t k = 0; k < sizeof(tails) / sizeof(tails[0]); k++) {
			size_t tl = strlen(tails[k].tail);
			errata__tok t;

			for (size_t i = 0; i < n; i++) {
				text[i] = (char)((i % 2 ? 'A' : 'a') + (int)(i % 26));
				want[i] = (char)('a' + (int)(i % 26));
			}
			memcpy(text + n, tails[k].tail, tl + 1);
			snprintf(want + n, sizeof(want) - n, "%s", tails[k].fold);
			/* the text's length ends right after the tail, or goes on */
			for (size_t extra = 0; extra <= 8; extra += 8) {
				char buf[80];

				memset(buf, ' ', sizeof(buf));
				memcpy(buf, text, n + tl);
				errata__tok_next(buf, n + tl + extra, 0, &t);
				assert_int_equal(t.kind, ERRATA__TOK_WORD);
				assert_int_equal(t.end, n + tails[k].more);
				assert_int_equal(t.flen, strlen(want));
				assert_memory_equal(t.fold, want, t.flen + 1);
				assert_int_equal(t.upper, 0);
				assert_int_equal(t.hyphen, tails[k].tail[0] == '-' && tails[k].more ? n : 0);
			}
		}
}

/* errata__tok_word_end() ends each word where the tokenizer does. */
static void test_token_word_end(void **state)
{
	static const char *const texts[] = {
		"year-old",
		"year-old-",
		"year--old",
		"don't.",
		"don'",
		"rock\xe2\x80\x99n\xe2\x80\x99roll fans",
		"Lindqvist-Kim, 77",
		"caf\xc3\xa9s and",
		"na\xc3\xafve",
		"x\xc3",
		"ab\xe2\x80\x94" "cd",
		"well-\xc3\xa9t\xc3\xa9",
		"Monday-2026",
		"abcdefghijklmnopqrstuvwxyz-abcdefghijklmnopqrstuvwxyz-abcdefghijklmnop",
		"a",
		"A'",
		"B-",
	};

	(void)state;
	for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		const char *s = texts[i];
		size_t len = strlen(s);

		/* from every letter the tokenizer could start a word at */
		for (size_t pos = 0; pos < len; pos++) {
			errata__tok t;

			errata__tok_next(s, len, pos, &t);
			if (t.kind != ERRATA__TOK_WORD || t.start != pos)
				continue;
			if (errata__tok_word_end(s, len, pos) != t.end)
				fail_msg("'%s' from %zu: word end %zu, tokenizer %zu", s, pos,
				         errata__tok_word_end(s, len, pos), t.end);
		}
	}
	/* the text's length bounds the word, not its NUL */
	assert_int_equal(errata__tok_word_end("year-old", 6, 0), 6);
	assert_int_equal(errata__tok_word_end("year-old", 5, 0), 4);
	assert_int_equal(errata__tok_word_end("yearly", 3, 0), 3);
}

/* Chinese, Japanese and Korean letters make words that digits, brackets
 * and the katakana middle dot end; Romanian comma-below letters fold. */
static void test_token_cjk(void **state)
{
	const char *ja = "2026\xe5\xb9\xb4" "1\xe6\x9c\x88(\xe6\x9c\x88\xe3\x83\xbb\xe7\xa5\x9d)";
	errata__tok t;

	(void)state;
	/* 2026 年 1 月 ( 月 ・ 祝 ) */
	t = read_tok(ja, 0);
	assert_int_equal(t.kind, ERRATA__TOK_NUM);
	t = read_tok(ja, t.end);
	assert_int_equal(t.kind, ERRATA__TOK_WORD);
	assert_string_equal(t.fold, "\xe5\xb9\xb4");
	t = read_tok(ja, 8);
	assert_int_equal(t.kind, ERRATA__TOK_WORD);
	assert_int_equal(t.end, 11);
	t = read_tok(ja, 12);
	assert_int_equal(t.kind, ERRATA__TOK_WORD);
	assert_int_equal(t.end, 15);
	t = read_tok(ja, 15);
	assert_int_equal(t.kind, ERRATA__TOK_PUNCT);
	assert_int_equal(t.cp, 0x30fb);
	/* hangul: one word up to the space */
	t = read_tok("\xec\x88\x98\xec\x9a\x94\xec\x9d\xbc \xec\x97\x90", 0);
	assert_int_equal(t.kind, ERRATA__TOK_WORD);
	assert_int_equal(t.end, 9);
	/* a full-width digit is not a letter */
	t = read_tok("\xef\xbc\x91", 0);
	assert_int_equal(t.kind, ERRATA__TOK_PUNCT);
	assert_int_equal(errata__fold_cp(0x21a), 0x21b);
	assert_int_equal(errata__fold_cp(0x218), 0x219);
	assert_true(errata__is_cjk_letter(0x6c34));
	assert_false(errata__is_cjk_letter(0x3001));
}

/*
 * Every code point of two and three bytes after a letter (and again
 * before the last byte of the text, cut short): it goes on with the word
 * folded as errata__fold_cp() and errata__utf8_encode() give it when it
 * is a letter (errata__is_alnum_at()), else the word ends before it;
 * errata__tok_word_end() agrees. Bytes that are no character (overlong,
 * a surrogate, cut short) end the word too.
 */
static void test_token_every_character(void **state)
{
	static const char *const broken[] = { "x\xe0\x80\x80", "x\xed\xa0\x80", "x\xc1\xbf",
	                                      "x\xd0", "x\xe4\xb8", "x\xd0\xd0", "x\xe4\x80\xc0" };
	size_t letters = 0;

	(void)state;
	for (uint32_t cp = 0x80; cp < 0x10000; cp++) {
		char text[16], want[16];
		size_t n, k, w;
		errata__tok t;

		if (cp >= 0xd800 && cp <= 0xdfff)
			continue;
		text[0] = 'x';
		n = 1 + errata__utf8_encode(cp, text + 1);
		text[n] = '\0';
		errata__tok_next(text, n, 0, &t);
		if (errata__is_alnum_at(text, n, 1)) {
			letters++;
			want[0] = 'x';
			w = 1 + errata__utf8_encode(errata__fold_cp(cp), want + 1);
			if (t.end != n || t.flen != w || memcmp(t.fold, want, w))
				fail_msg("U+%04X: word to %zu, folded %zu bytes", cp, t.end, t.flen);
		} else if (t.end != 1) {
			fail_msg("U+%04X: no letter, word to %zu", cp, t.end);
		}
		if (errata__tok_word_end(text, n, 0) != t.end)
			fail_msg("U+%04X: word end %zu", cp, errata__tok_word_end(text, n, 0));
		/* cut short: the word ends before it */
		for (k = 2; k < n; k++) {
			errata__tok_next(text, k, 0, &t);
			assert_int_equal(t.end, 1);
			assert_int_equal(errata__tok_word_end(text, k, 0), 1);
		}
	}
	assert_true(letters > 40000);
	for (size_t i = 0; i < sizeof(broken) / sizeof(broken[0]); i++) {
		errata__tok t = read_tok(broken[i], 0);

		assert_int_equal(t.end, 1);
		assert_int_equal(errata__tok_word_end(broken[i], strlen(broken[i]), 0), 1);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_token_fold_lengths),
		cmocka_unit_test(test_token_fold_mixed),
		cmocka_unit_test(test_token_run_goes_on),
		cmocka_unit_test(test_token_word_end),
		cmocka_unit_test(test_token_cjk),
		cmocka_unit_test(test_token_every_character),
	};

	return cmocka_run_group_tests_name("token", tests, NULL, NULL);
}
