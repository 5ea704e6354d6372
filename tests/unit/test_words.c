/*
 * test_words.c: the text helpers the consistency checks share
 * (dates/consistency.c, text/prose.c, text/wordlist.c, text/wordstarts.c,
 * text/sentence.c, checks/names.c):
 * word bytes and word starts, word list matching (longest entry, case,
 * boundaries, entries sharing their beginnings), years, sentences, the
 * scan for word starts with and without the per-document cache, and the
 * small message formatter. Where a helper has a plain definition, a
 * straightforward version written here is the reference it must agree
 * with on many generated texts.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <limits.h>
#include <cmocka.h>
#include <cjson/cJSON.h>
#include <utf8proc.h>

#include "common.h"
#include "checks/words.h"

/* A small deterministic generator, so every run tries the same texts. */
/* Classify ix, the word index of t, for the trigger scan of w's union, as the checker does. */
static void classify_for(errata__word_index *ix, const char *t, size_t len, const errata__words *w)
{
	static errata__word_classes wc;

	memset(&wc, 0, sizeof(wc));   /* w may sit where an earlier table was */
	errata__word_classes_set(&wc, errata__starts_lead(&w->any), NULL);
	assert_int_equal(errata__word_index_classify(ix, t, len, &wc), 0);
}

static uint32_t rng_state;

static uint32_t rng(void)
{
	rng_state = rng_state * 1103515245u + 12345u;
	return (rng_state >> 16) & 0x7fff;
}

static const errata__words *english(void)
{
	static errata_locale *loc;
	const errata__words *w = NULL;

	if (!loc)
		assert_int_equal(errata_locale_load_lang(&loc, "en"), 0);
	assert_int_equal(errata__words_for(&w, loc), 0);
	return w;
}

/* Words built from a JSON text of a "consistency" object. */
static errata__words *words_from(const char *json)
{
	cJSON *obj = cJSON_Parse(json);
	errata__words *w = NULL;

	assert_non_null(obj);
	assert_int_equal(errata__words_from_json(&w, "test.json", obj), 0);
	cJSON_Delete(obj);
	return w;
}

static void test_words_word_bytes(void **state)
{
	const char *t = "a-Z9 \xc3\xa9t\xc3\xa9 x\xe2\x80\x94y \xc2\xa0z";

	(void)state;
	assert_true(errata__is_word_byte(t, strlen(t), 0));   /* a */
	assert_false(errata__is_word_byte(t, strlen(t), 1));  /* - */
	assert_true(errata__is_word_byte(t, strlen(t), 2));   /* Z */
	assert_true(errata__is_word_byte(t, strlen(t), 3));   /* 9 */
	assert_false(errata__is_word_byte(t, strlen(t), 4));  /* space */
	assert_true(errata__is_word_byte(t, strlen(t), 5));   /* é, first byte */
	assert_true(errata__is_word_byte(t, strlen(t), 6));   /* é, second byte */
	assert_false(errata__is_word_byte(t, strlen(t), 12)); /* em dash */
	assert_false(errata__is_word_byte(t, strlen(t), 17)); /* no-break space */
	assert_false(errata__is_word_byte(t, 3, 3));          /* past the end */
	assert_false(errata__is_word_byte("@[`{", 4, 0));
	assert_false(errata__is_word_byte("@[`{", 4, 1));
	assert_false(errata__is_word_byte("@[`{", 4, 2));
	assert_false(errata__is_word_byte("@[`{", 4, 3));

	assert_true(errata__word_start(t, strlen(t), 0));
	assert_false(errata__word_start(t, strlen(t), 1));
	assert_true(errata__word_start(t, strlen(t), 2));     /* after a hyphen */
	assert_false(errata__word_start(t, strlen(t), 3));
	assert_true(errata__word_start(t, strlen(t), 5));     /* é after a space */
	assert_false(errata__word_start(t, strlen(t), 6));    /* inside é */
	assert_false(errata__word_start(t, strlen(t), 7));    /* t after é */
	assert_false(errata__word_start(t, strlen(t), 13));   /* inside the dash */
	assert_false(errata__word_start(t, strlen(t), 14));
	assert_true(errata__word_start(t, strlen(t), 15));    /* y after the dash */
	assert_false(errata__word_start(t, strlen(t), 18));   /* inside the no-break space */
	assert_true(errata__word_start(t, strlen(t), 19));    /* z after a no-break space */
	assert_false(errata__word_start(t, strlen(t), strlen(t)));
}

static void test_words_next_word_start(void **state)
{
	const char *pieces[] = { "ab", "Z9", " ", "-", "\xc3\xa9", "\xe2\x80\x94", "\xc2\xa0", ".",
	                         "x", "\xd0\xb4\xd0\xb5", "'", "7" };
	char t[80];

	(void)state;
	rng_state = 3;
	for (int round = 0; round < 3000; round++) {
		size_t len = 0;

		while (len < 60)
			len += (size_t)snprintf(t + len, sizeof(t) - len, "%s", pieces[rng() % 12]);
		len -= rng() % 3; /* possibly inside a character */
		for (size_t end = len - rng() % 4, i = 0; i <= end; i++) {
			size_t want = i;

			while (want < end && !errata__word_start(t, len, want))
				want++;
			assert_int_equal(errata__next_word_start(t, len, i, end), want);
		}
	}
	assert_int_equal(errata__next_word_start("ab", 2, 5, 2), 2);
}

/* The plain definition: the longest entry matching case-insensitively, ending at a boundary. */
static size_t reference_match(const errata__wordlist *l, const char *t, size_t len,
                              size_t at, int *value)
{
	size_t best = 0;

	for (size_t i = 0; i < l->count; i++) {
		const errata__word *w = &l->items[i];

		if (w->len <= best || at + w->len > len ||
		    errata__strncasecmp_ascii(w->word, t + at, w->len) != 0)
			continue;
		if (errata__is_word_byte(w->word, w->len, w->len - 1) &&
		    errata__is_word_byte(t, len, at + w->len))
			continue;
		best = w->len;
		if (value)
			*value = w->value;
	}
	return best;
}

static void test_words_match_longest(void **state)
{
	errata__words *w = words_from(
		"{\"years_since\": [\"years\", \"years since\", \"years have passed since\","
		" \"years have passed after\", \"year\", \"Years Since Then\"],"
		" \"numbers\": {\"ten\": 10, \"TEN\": 11, \"tens\": 12, \"ex-\": 5}}");
	const char *t = "Years since then, YEARS HAVE PASSED AFTER; years sinceX tEn ex-wife";
	size_t len = strlen(t);
	int v = 0;

	(void)state;
	assert_int_equal(errata__words_match(&w->years_since, t, len, 0, NULL), 16);
	assert_int_equal(errata__words_match(&w->years_since, t, len, 18, NULL), 23);
	/* "years sinceX": the longer entry does not end at a boundary */
	assert_int_equal(errata__words_match(&w->years_since, t, len, 43, NULL), 5);
	assert_int_equal(errata__words_match(&w->years_since, t, len, 1, NULL), 0);
	assert_int_equal(errata__words_match(&w->years_since, t, len, len, NULL), 0);
	/* equal length: the first in the table wins */
	assert_int_equal(errata__words_match(&w->numbers, t, len, 56, &v), 3);
	assert_int_equal(v, 10);
	/* an entry ending in punctuation needs no boundary */
	assert_int_equal(errata__words_match(&w->numbers, t, len, 60, &v), 3);
	assert_int_equal(v, 5);
	/* the text ends inside the entry */
	assert_int_equal(errata__words_match(&w->years_since, "years sin", 9, 0, NULL), 5);
	assert_int_equal(errata__words_match(&w->years_since, "yea", 3, 0, NULL), 0);
	errata__words_free(w);
}

static void test_words_match_agrees_with_reference(void **state)
{
	/* entries that share beginnings, prefixes of each other, equal lengths, punctuation */
	errata__words *w = words_from(
		"{\"numbers\": {\"ab\": 1, \"abc\": 2, \"abcd\": 3, \"abd\": 4, \"ABX\": 5,"
		" \"abcdab\": 6, \"abcda\": 7, \"a-b\": 8, \"ab-\": 9, \"b\": 10, \"bab\": 11,"
		" \"bacd\": 12, \"bac\": 13, \"ba c\": 14, \"ba-\": 15, \"bA\": 16,"
		" \"cd a\": 17, \"cD\": 18}}");
	const char alphabet[] = "abcdABCD -x";
	char t[64];

	(void)state;
	rng_state = 7;
	for (int round = 0; round < 4000; round++) {
		size_t len = 1 + rng() % (sizeof(t) - 1);

		for (size_t i = 0; i < len; i++)
			t[i] = alphabet[rng() % (sizeof(alphabet) - 1)];
		for (size_t at = 0; at <= len; at++) {
			int v1 = -1, v2 = -1;
			size_t a = errata__words_match(&w->numbers, t, len, at, &v1);
			size_t b = reference_match(&w->numbers, t, len, at, &v2);

			assert_int_equal(a, b);
			assert_int_equal(v1, v2);
		}
	}
	errata__words_free(w);
}

/* errata__words_in(): whether an entry starts at any word start of a span, as the word starts give them. */
static void test_words_in_agrees_with_reference(void **state)
{
	errata__words *w = words_from(
		"{\"numbers\": {\"ab\": 1, \"abc d\": 2, \"b-\": 3, \"\u00e9t\": 4, \"\u201cx\": 5}}");
	/* letters, digits, spaces, a hyphen, é and “ in pieces */
	static const char *const pieces[] = { "a", "b", "c", "d", "A", "B", "7", " ", "-", ".",
	                                      "\xc3\xa9", "\xe2\x80\x9c", "\xc3" };
	char t[96];

	(void)state;
	rng_state = 11;
	for (int round = 0; round < 3000; round++) {
		size_t len = 0;

		while (len < 80) {
			const char *piece = pieces[rng() % (sizeof(pieces) / sizeof(*pieces))];

			memcpy(t + len, piece, strlen(piece));
			len += strlen(piece);
		}
		for (size_t from = 0; from <= len; from += 1 + rng() % 7) {
			size_t to = from + rng() % (len - from + 1);
			int want = 0;

			for (size_t i = errata__next_word_start(t, len, from, to); i < to && !want;
			     i = errata__next_word_start(t, len, i + 1, to))
				want = errata__words_match(&w->numbers, t, len, i, NULL) > 0;
			assert_int_equal(errata__words_in(&w->numbers, t, len, from, to), want);
		}
	}
	errata__words_free(w);
}

/*
 * errata__same_folded() as it is defined: the same bytes as ASCII but for
 * case (up to a NUL both have), or the same characters by their lower
 * case, one for one.
 */
static int reference_same_folded(const char *a, const char *b, size_t n)
{
	const unsigned char *x = (const unsigned char *)a, *y = (const unsigned char *)b;

	if (errata__strncasecmp_ascii(a, b, n) == 0)
		return 1;
	for (size_t i = 0; i < n;) {
		uint32_t ca, cb;
		size_t la = errata__utf8_decode(x + i, n - i, &ca), lb = errata__utf8_decode(y + i, n - i, &cb);

		if (!la || la != lb)
			return 0;
		if (ca != cb && utf8proc_tolower((utf8proc_int32_t)ca) != utf8proc_tolower((utf8proc_int32_t)cb))
			return 0;
		i += la;
	}
	return 1;
}

static void test_words_same_folded(void **state)
{
	/* ASCII in both cases, a NUL, é/É and з/З, a lone lead byte, a dash */
	static const char *const pieces[] = { "a", "A", "b", "B", " ", "\0", "\xc3\xa9", "\xc3\x89",
	                                      "\xd0\xb7", "\xd0\x97", "\xc3", "\xe2\x80\x94" };
	char x[40], y[40];

	(void)state;
	assert_true(errata__same_folded("Mayor", "mAYOR", 5));
	assert_true(errata__same_folded("\xd0\x97\xd0\xb0", "\xd0\xb7\xd0\xb0", 4));  /* За, за */
	assert_false(errata__same_folded("Mayor", "Major", 5));
	assert_false(errata__same_folded("\xc3\xa9t", "\xc3\xa9x", 3));
	assert_true(errata__same_folded("ab\0x", "AB\0y", 4));   /* up to a NUL both have */
	assert_true(errata__same_folded("\xc3", "\xc3", 1));       /* the same bytes, not a character */
	assert_true(errata__same_folded("x", "y", 0));
	rng_state = 5;
	for (int round = 0; round < 20000; round++) {
		size_t nx = 0;

		/* pairs that often share their beginning */
		while (nx < 24) {
			const char *piece = pieces[rng() % (sizeof(pieces) / sizeof(*pieces))];
			size_t k = piece[0] ? strlen(piece) : 1;

			memcpy(x + nx, piece, k);
			nx += k;
		}
		memcpy(y, x, nx);
		for (int edits = (int)(rng() % 3); edits > 0; edits--) {
			size_t at = rng() % nx;
			const char *piece = pieces[rng() % (sizeof(pieces) / sizeof(*pieces))];

			y[at] = piece[0];
		}
		for (size_t n = 0; n <= nx; n++)
			assert_int_equal(errata__same_folded(x, y, n), reference_same_folded(x, y, n));
	}
}

static void test_words_read_year(void **state)
{
	(void)state;
	assert_int_equal(errata__read_year("in 1876,", 8, 3), 1876);
	assert_int_equal(errata__read_year("1000", 4, 0), 1000);
	assert_int_equal(errata__read_year("2999.", 5, 0), 2999);
	assert_int_equal(errata__read_year("3000", 4, 0), 0);
	assert_int_equal(errata__read_year("0999", 4, 0), 0);
	assert_int_equal(errata__read_year("x1876", 5, 1), 0);    /* not a word start */
	assert_int_equal(errata__read_year("18765", 5, 0), 0);    /* a longer number */
	assert_int_equal(errata__read_year("1876", 3, 0), 0);     /* the text ends first */
	assert_int_equal(errata__read_year("1876", 4, 1), 0);
	assert_int_equal(errata__read_year("18a6", 4, 0), 0);
	assert_int_equal(errata__read_year("\xc3\xa9" "2001", 6, 2), 0); /* after a letter */
	assert_int_equal(errata__read_year("\xe2\x80\x94" "2001", 7, 3), 2001);
}

/* Check the sentence around each byte of [from, to) of t. */
static void expect_sentence(const errata__words *w, const char *t, size_t from, size_t to,
                            size_t start, size_t end)
{
	for (size_t at = from; at < to; at++) {
		size_t s = 0, e = 0;

		errata__sentence(w, t, strlen(t), at, &s, &e);
		assert_int_equal(s, start);
		assert_int_equal(e, end);
	}
}

static void test_words_sentence(void **state)
{
	const errata__words *w = english();
	/* sentences longer than sixteen bytes, so whole blocks are searched */
	const char *a = "The committee met on a wet Tuesday in the old hall. ";
	const char *b = "Mr. Lee and J. Smith arrived late (both were delayed).\" ";
	const char *c = "Was it worth it? Nobody said so\n";
	const char *d = "across a soft wrap!\n\n";
	const char *e = "Last one without an end";
	char t[512];
	size_t la = strlen(a), lb = strlen(b), lc = strlen(c), ld = strlen(d);

	(void)state;
	snprintf(t, sizeof(t), "%s%s%s%s%s", a, b, c, d, e);
	expect_sentence(w, t, 0, la - 1, 0, la - 1);
	expect_sentence(w, t, la, la + lb - 2, la, la + lb - 2);
	expect_sentence(w, t, la + lb, la + lb + 16, la + lb, la + lb + 16);
	/* a single line break does not end the sentence; the blank line does */
	expect_sentence(w, t, la + lb + 17, la + lb + lc + ld - 2, la + lb + 17, la + lb + lc + ld - 2);
	expect_sentence(w, t, la + lb + lc + ld, strlen(t), la + lb + lc + ld, strlen(t));
	/* the same texts, checked as the document of the checks */
	errata__starts_begin(t, strlen(t), NULL);
	expect_sentence(w, t, 0, la - 1, 0, la - 1);
	expect_sentence(w, t, la + lb + lc + ld, strlen(t), la + lb + lc + ld, strlen(t));
	errata__starts_end();
	/* a short text, and a text with no words list */
	expect_sentence(w, "Hi. Yo", 0, 2, 0, 3);
	expect_sentence(w, "Hi. Yo", 4, 6, 4, 6);
	expect_sentence(NULL, "Mr. Lee came. He sat.", 0, 2, 0, 3);
	expect_sentence(w, "Mr. Lee came. He sat.", 0, 12, 0, 13);
	/* a capital of any script opens the next sentence, and so do ¿ and « */
	{
		/* "Он пришёл. Она ушла." */
		const char *ru = "\xd0\x9e\xd0\xbd \xd0\xbf\xd1\x80\xd0\xb8\xd1\x88\xd1\x91\xd0\xbb. "
		                 "\xd0\x9e\xd0\xbd\xd0\xb0 \xd1\x83\xd1\x88\xd0\xbb\xd0\xb0.";
		/* "Ήρθε. Έφυγε." */
		const char *el = "\xce\x89\xcf\x81\xce\xb8\xce\xb5. \xce\x88\xcf\x86\xcf\x85\xce\xb3\xce\xb5.";
		/* "Vino. ¿Cuándo? Hoy." */
		const char *es = "Vino. \xc2\xbf" "Cu\xc3\xa1ndo? Hoy.";
		/* "Tak. łódź." : a small letter does not */
		const char *pl = "Tak. \xc5\x82\xc3\xb3" "d\xc5\xba.";

		expect_sentence(w, ru, 0, 18, 0, 18);
		expect_sentence(w, ru, 19, strlen(ru), 19, strlen(ru));
		expect_sentence(w, el, 0, 9, 0, 9);
		expect_sentence(w, el, 10, strlen(el), 10, strlen(el));
		expect_sentence(w, es, 0, 5, 0, 5);
		expect_sentence(w, es, 6, 16, 6, 16);
		expect_sentence(w, es, 17, strlen(es), 17, strlen(es));
		expect_sentence(w, pl, 0, strlen(pl), 0, strlen(pl));
	}
	/* Chinese and Japanese full stops end a sentence with nothing after them */
	{
		/* 会议开始。「好！」他说？ 下一句 */
		const char *cjk = "\xe4\xbc\x9a\xe8\xae\xae\xe5\xbc\x80\xe5\xa7\x8b\xe3\x80\x82"
		                  "\xe3\x80\x8c\xe5\xa5\xbd\xef\xbc\x81\xe3\x80\x8d"
		                  "\xe4\xbb\x96\xe8\xaf\xb4\xef\xbc\x9f "
		                  "\xe4\xb8\x8b\xe4\xb8\x80\xe5\x8f\xa5";

		expect_sentence(w, cjk, 0, 13, 0, 15);
		/* 「好！」: the next sentence starts after its closing bracket */
		expect_sentence(w, cjk, 15, 22, 15, 24);
		expect_sentence(w, cjk, 27, 34, 27, 36);
		expect_sentence(w, cjk, 37, strlen(cjk), 37, strlen(cjk));
	}
}

static void test_words_sentence_window(void **state)
{
	const errata__words *w = english();
	size_t n = 10000;
	char *t = malloc(n + 1);
	size_t s, e;

	(void)state;
	assert_non_null(t);
	for (size_t i = 0; i < n; i++)
		t[i] = i % 7 == 6 ? ' ' : 'a';
	t[n] = '\0';
	/* no end within 4000 bytes either way: the window's edges */
	errata__sentence(w, t, n, 5000, &s, &e);
	assert_int_equal(s, 1000);
	assert_int_equal(e, 9000);
	errata__sentence(w, t, n, 100, &s, &e);
	assert_int_equal(s, 0);
	assert_int_equal(e, 4100);
	t[2000] = '.';
	t[2001] = ' ';
	t[2002] = 'B';
	errata__sentence(w, t, n, 5000, &s, &e);
	assert_int_equal(s, 2002);
	assert_int_equal(e, 9000);
	errata__sentence(w, t, n, 1990, &s, &e);
	assert_int_equal(s, 0);
	assert_int_equal(e, 2001);
	/* at the end: the break's next sentence has not begun at the spaces */
	errata__sentence(w, t, n, 2001, &s, &e);
	assert_int_equal(s, 0);
	assert_int_equal(e, 6001);
	free(t);
}

/* 4,500 bytes of words at t[n] without a sentence's end: the new length. */
static size_t long_run(char *t, size_t n)
{
	for (size_t i = 0; i < 4500; i++)
		t[n++] = i % 7 == 6 ? ' ' : 'a';
	return n;
}

/*
 * The sentences kept between errata__sentences_begin() and _end() are
 * the ones the search finds: asked in a scattered order, for every place
 * of a text with short sentences, blanks after their ends, blank lines
 * and stretches longer than the search window.
 */
static void test_words_sentence_kept(void **state)
{
	const errata__words *w = english();
	const char *pieces[] = { "Mr. Lee came.  ", "He sat down. ", "Why?\n\n", "\"Yes.\" She left! ",
	                         "On 4. May it rained.\nNot much. " };
	size_t n = 0, cap = 20000, at = 0;
	char *t = malloc(cap + 1), *u = malloc(cap + 1);
	unsigned r = 1;

	(void)state;
	assert_non_null(t);
	assert_non_null(u);
	/* runs longer than the window, with no end in them: first, now and
	 * then, and last */
	for (int k = 0; n + 10000 < cap; k++) {
		const char *piece = pieces[k % 5];

		if (k % 9 == 0)
			n = long_run(t, n);
		memcpy(t + n, piece, strlen(piece));
		n += strlen(piece);
	}
	n = long_run(t, n);
	t[n] = '\0';
	/* (the copy is searched: only the text of begin keeps its sentences) */
	memcpy(u, t, n + 1);
	errata__sentences_begin(t, n);
	for (size_t i = 0; i <= 3 * n + 2; i++) {
		size_t s, e, ks, ke;

		/* forward over every place, back over every place, then a walk
		 * that goes on nearby most often and jumps now and then */
		r = r * 1103515245u + 12345u;
		if (i <= n)
			at = i;
		else if (i <= 2 * n + 1)
			at = 2 * n + 1 - i;
		else
			at = (r >> 16) % 4 ? (at + (r >> 8) % 40) % (n + 1) : (r >> 4) % (n + 1);
		errata__sentence(w, t, n, at, &ks, &ke);
		errata__sentence(w, u, n, at, &s, &e);
		assert_int_equal(ks, s);
		assert_int_equal(ke, e);
	}
	errata__sentences_end();
	free(t);
	free(u);
}

/*
 * Every start of a word of `list` in t, found by testing each byte: at
 * the text's start or after a separator (an ASCII byte below '0' or a
 * non-ASCII byte; a word right after ';' is not looked for).
 */
static size_t true_starts(const errata__wordlist *list, const char *t, size_t len,
                          size_t *out, size_t max)
{
	size_t n = 0;

	for (size_t i = 0; i < len && n < max; i++) {
		unsigned char before = i ? (unsigned char)t[i - 1] : 0;

		if ((before < 0x30 || before >= 0x80) && errata__word_start(t, len, i) &&
		    errata__words_match(list, t, len, i, NULL))
			out[n++] = i;
	}
	return n;
}

/* The positions errata__starts_next() gives for set, in order. */
static size_t scanned_starts(const errata__starts *set, const char *t, size_t len,
                             size_t *out, size_t max)
{
	size_t n = 0;

	for (size_t i, from = 0; n < max && (i = errata__starts_next(set, t, len, from)) < len;
	     from = i + 1)
		out[n++] = i;
	return n;
}

/* Each true start is among the scanned ones. */
static void expect_found(const size_t *want, size_t nw, const size_t *got, size_t ng)
{
	size_t k = 0;

	for (size_t i = 0; i < nw; i++) {
		while (k < ng && got[k] < want[i])
			k++;
		assert_true(k < ng);
		assert_int_equal(got[k], want[i]);
	}
}

static void test_words_starts(void **state)
{
	const errata__words *w = english();
	const char *pieces[] = {
		"Today", "today", "TOMORROW", "yesterday", "day", "days", "Week", "weeks",
		"fortnight", "night", "nights", "anniversary", "centenary", "Bicentennial",
		"years since", "born", "-year-old", " years old", "for", "to", "an", "and",
		"the", "\xc3\xa9t\xc3\xa9", "\xe2\x80\x94", ",", ". ", "\n", "(", "x", "3", "a"
	};
	size_t npieces = sizeof(pieces) / sizeof(pieces[0]);
	char t[400];
	size_t want[400], got[400], got2[400];

	(void)state;
	rng_state = 11;
	for (int round = 0; round < 600; round++) {
		size_t len = 0;

		while (len < 300) {
			const char *p = pieces[rng() % npieces];
			size_t pl = strlen(p);

			memcpy(t + len, p, pl);
			len += pl;
			if (rng() % 3)
				t[len++] = rng() % 5 ? ' ' : ';';
		}
		t[len] = '\0';
		len = rng() % 4 ? len : len - rng() % 5; /* end in the middle of a word too */
		{
			const errata__starts *sets[] = { &w->unit_starts, &w->relative_starts,
			                                 &w->anniversary_starts, &w->born_starts };
			const errata__wordlist *lists[] = { &w->day_units, &w->relative,
			                                    &w->anniversary, &w->born };

			for (size_t k = 0; k < 4; k++) {
				size_t nw = true_starts(lists[k], t, len, want, 400);
				size_t ng, ng2;

				/* without the cache of the document: a scan of its own, or the hash */
				ng = scanned_starts(sets[k], t, len, got, 400);
				expect_found(want, nw, got, ng);
				/* as the checker runs it: the document's positions found once */
				errata__starts_begin(t, len, NULL);
				ng2 = scanned_starts(sets[k], t, len, got2, 400);
				expect_found(want, nw, got2, ng2);
				/* a position asked for out of order is still right */
				if (ng2 > 1) {
					assert_int_equal(errata__starts_next(sets[k], t, len, got2[ng2 - 1]),
					                 got2[ng2 - 1]);
					assert_int_equal(errata__starts_next(sets[k], t, len, 0), got2[0]);
					assert_int_equal(errata__starts_next(sets[k], t, len, got2[0] + 1), got2[1]);
				}
				assert_int_equal(errata__starts_next(sets[k], t, len, len), len);
				errata__starts_end();
				/* found from the word index: every word of the set, at positions of the byte scan */
				{
					errata__word_index ix = ERRATA__WORD_INDEX_INIT;
					size_t ng3;

					assert_int_equal(errata__word_index_build(&ix, t, len), 0);
					classify_for(&ix, t, len, w);
					errata__starts_begin(t, len, &ix);
					ng3 = scanned_starts(sets[k], t, len, got, 400);
					errata__starts_end();
					expect_found(want, nw, got, ng3);
					/* (fewer of them: its sieve reads a third byte) */
					expect_found(got, ng3, got2, ng2);
					errata__word_index_dispose(&ix);
				}
			}
		}
	}
}

/*
 * errata__starts_walk_next() gives what errata__starts_next() gives, in
 * order, out of order, and after the positions kept were found again for
 * another text in the middle of the walk.
 */
static void test_words_starts_walk(void **state)
{
	const errata__words *w = english();
	const char *t = "Two days ago, today; the 60-year-old was born 3 days before a "
	                "three-day visit and the centenary, 20 years since, yesterday. "
	                "A week ago, the 61-year-old, born in 1965, spoke of 10 years since "
	                "the bicentennial; tomorrow, two weeks on, the 62-year-old born then.";
	const char *other = "He was born today, days and weeks ago.";
	const errata__starts *sets[] = { &w->unit_starts, &w->relative_starts,
	                                 &w->anniversary_starts, &w->born_starts, &w->age_starts };
	size_t len = strlen(t);

	(void)state;
	for (size_t k = 0; k < sizeof(sets) / sizeof(sets[0]); k++) {
		size_t want[64], n = 0, got = 0;
		errata__starts_walk it;

		errata__starts_begin(t, len, NULL);
		for (size_t i = errata__starts_next(sets[k], t, len, 0); i < len;
		     i = errata__starts_next(sets[k], t, len, i + 1))
			want[n++] = i;
		assert_true(n > 2);
		/* in order, with the positions of another text found after the first */
		errata__starts_walk_begin(&it, sets[k], t, len);
		for (size_t i = errata__starts_walk_next(&it, 0); i < len;
		     i = errata__starts_walk_next(&it, i + 1)) {
			assert_true(got < n);
			assert_int_equal(i, want[got]);
			if (++got == 1)
				errata__starts_next(sets[k], other, strlen(other), 0);
		}
		assert_int_equal(got, n);
		/* out of order: back to the start, then past the last */
		errata__starts_walk_begin(&it, sets[k], t, len);
		assert_int_equal(errata__starts_walk_next(&it, want[n - 1]), want[n - 1]);
		assert_int_equal(errata__starts_walk_next(&it, 0), want[0]);
		assert_int_equal(errata__starts_walk_next(&it, want[n - 1] + 1), len);
		errata__starts_end();
	}
}

/*
 * In the scripts written without spaces, the word index starts a word at
 * every character, so the trigger scan finds a unit inside a run ("三天",
 * "3日間", "사흘간") that the byte scan, which sees one word, never finds.
 */
static void test_words_starts_unspaced(void **state)
{
	errata__words *w = words_from(
		"{\"day_units\": [\"\u5929\", \"\u65e5\u9593\", \"\uc0ac\ud758\", \"\uc77c\uac04\"]}");
	/* 为期三天的访问, 3日間の訪問, 사흘간, 3일간 */
	const char *t = "\xe4\xb8\xba\xe6\x9c\x9f\xe4\xb8\x89\xe5\xa4\xa9\xe7\x9a\x84\xe8\xae\xbf\xe9\x97\xae, "
	                "3\xe6\x97\xa5\xe9\x96\x93\xe3\x81\xae\xe8\xa8\xaa\xe5\x95\x8f, "
	                "\xec\x82\xac\xed\x9d\x98\xea\xb0\x84, "
	                "3\xec\x9d\xbc\xea\xb0\x84";
	size_t len = strlen(t), at[8], n = 0;
	errata__word_index ix = ERRATA__WORD_INDEX_INIT;

	(void)state;
	assert_int_equal(errata__word_index_build(&ix, t, len), 0);
	errata__starts_begin(t, len, NULL);
	assert_int_equal(errata__starts_next(&w->unit_starts, t, len, 0), 41);   /* 사흘: after ", " */
	assert_int_equal(errata__starts_next(&w->unit_starts, t, len, 42), len);
	errata__starts_end();
	/* an index not classified for the table: as the byte scan */
	errata__starts_begin(t, len, &ix);
	assert_int_equal(errata__starts_next(&w->unit_starts, t, len, 0), 41);
	errata__starts_end();
	classify_for(&ix, t, len, w);
	errata__starts_begin(t, len, &ix);
	for (size_t i, from = 0; n < 8 && (i = errata__starts_next(&w->unit_starts, t, len, from)) < len;
	     from = i + 1)
		at[n++] = i;
	errata__starts_end();
	assert_int_equal(n, 4);
	assert_int_equal(at[0], 9);    /* 天 */
	assert_int_equal(at[1], 24);   /* 日間 */
	assert_int_equal(at[2], 41);   /* 사흘 */
	assert_int_equal(at[3], 53);   /* 일간 */
	errata__word_index_dispose(&ix);
	errata__words_free(w);
}

/* Words of two bytes, and words beginning with non-ASCII letters, in a table of their own. */
static void test_words_starts_short_and_utf8(void **state)
{
	errata__words *w = words_from(
		"{\"relative\": [\"ma\", \"today\"], \"day_units\": [\"day\", \"\u0434\u0435\u043d\u044c\"],"
		" \"born\": [\"n\u00e9\", \"\u00e9t\u00e9\"], \"age_suffix\": [\"-ans\"]}");
	const char *pieces[] = { "ma", "MA", "mA", "today", "day", "\xd0\xb4\xd0\xb5\xd0\xbd\xd1\x8c",
	                         "n\xc3\xa9", "\xc3\xa9t\xc3\xa9", "-ans", "mai", "m", "a", " ", "\n",
	                         "\xe2\x80\x94", ".", "x" };
	const errata__starts *sets[] = { &w->relative_starts, &w->unit_starts, &w->born_starts };
	const errata__wordlist *lists[] = { &w->relative, &w->day_units, &w->born };
	char t[200];
	size_t want[200], got[200];

	(void)state;
	assert_true(w->relative_starts.has_short);
	rng_state = 5;
	for (int round = 0; round < 1500; round++) {
		size_t len = 0;

		while (len < 120)
			len += (size_t)snprintf(t + len, sizeof(t) - len, "%s", pieces[rng() % 17]);
		len -= rng() % 3;
		errata__starts_begin(t, len, NULL);
		for (size_t k = 0; k < 3; k++) {
			size_t nw = true_starts(lists[k], t, len, want, 200);
			size_t ng = scanned_starts(sets[k], t, len, got, 200);

			expect_found(want, nw, got, ng);
		}
		errata__starts_end();
	}
	/* a two-byte word as the text's last two bytes */
	errata__starts_begin("so ma", 5, NULL);
	assert_int_equal(errata__starts_next(&w->relative_starts, "so ma", 5, 0), 3);
	errata__starts_end();
	errata__words_free(w);
}

/*
 * From the word index, the runs of one or two bytes are passed over only
 * when no word of the table starts with so few word bytes: "d'ici" (one,
 * then an apostrophe) and "x1" (two) are still found in short runs, and
 * where every word has three, a word in a longer run still is.
 */
static void test_words_starts_short_runs(void **state)
{
	const char *tables[] = {
		"{\"relative\": [\"d'ici\", \"today\"], \"day_units\": [\"day\"]}",
		"{\"relative\": [\"x1-day\", \"today\"], \"day_units\": [\"day\"]}",
		"{\"relative\": [\"today\"], \"day_units\": [\"day\"]}",
	};
	const char *t = "Il part d'ici a x1-day to day, today: d'ici.";
	size_t len = strlen(t), dici = 8, x1 = 16, day = 19, today = 31, dici2 = 38;
	errata__word_index ix = ERRATA__WORD_INDEX_INIT;

	(void)state;
	assert_int_equal(errata__word_index_build(&ix, t, len), 0);
	for (int k = 0; k < 3; k++) {
		errata__words *w = words_from(tables[k]);
		size_t at[8], n = 0;

		assert_int_equal(w->any.all.lead_short, k == 0 ? 2 : k == 1 ? 4 : 0);
		classify_for(&ix, t, len, w);
		errata__starts_begin(t, len, &ix);
		for (size_t i, from = 0;
		     n < 8 && (i = errata__starts_next(&w->relative_starts, t, len, from)) < len;
		     from = i + 1)
			at[n++] = i;
		assert_int_equal(errata__starts_next(&w->unit_starts, t, len, 0), day);
		errata__starts_end();
		if (k == 0) {
			assert_int_equal(n, 3);
			assert_int_equal(at[0], dici);
			assert_int_equal(at[1], today);
			assert_int_equal(at[2], dici2);
		} else if (k == 1) {
			assert_int_equal(n, 2);
			assert_int_equal(at[0], x1);
			assert_int_equal(at[1], today);
		} else {
			assert_int_equal(n, 1);
			assert_int_equal(at[0], today);
		}
		errata__words_free(w);
	}
	errata__word_index_dispose(&ix);
}

/*
 * The sieve before the verbs of an age: the last two bytes of a verb (any
 * case), a verb of one byte after no word byte, and every place when a
 * verb ends in a space.
 */
static void test_words_verb_may_end(void **state)
{
	const errata__words *en = english();
	errata__words *w = words_from("{\"age_is\": {\"a\": 1, \"is now\": 0}, "
	                              "\"age_turned\": [\"turned\"]}");
	errata__words *sp = words_from("{\"age_is\": [\"is \"]}");
	const char *t = "Lee IS 62; Lee turned 62; la 40, a 40; the 62";
	size_t len = strlen(t);

	(void)state;
	assert_int_equal(errata__verb_may_end(en, t, len, 6), 1);      /* IS */
	assert_int_equal(errata__verb_may_end(en, t, len, 21), 1);     /* turned */
	assert_int_equal(errata__verb_may_end(en, t, len, len - 3), 0); /* the */
	assert_int_equal(errata__verb_may_end(w, t, len, 6), 0);       /* only "is now" ends in "ow" */
	assert_int_equal(errata__verb_may_end(w, t, len, 21), 1);
	assert_int_equal(errata__verb_may_end(w, t, len, 28), 0);      /* "la": a word byte before "a" */
	assert_int_equal(errata__verb_may_end(w, t, len, 34), 1);      /* " a" */
	assert_int_equal(errata__verb_may_end(w, "a 4", 3, 1), 1);     /* at the text's start */
	assert_int_equal(errata__verb_may_end(w, t, len, 0), 1);
	assert_int_equal(errata__verb_may_end(sp, t, len, len - 3), 1); /* "is ": any place */
	errata__words_free(w);
	errata__words_free(sp);
}

/*
 * Where a count in words starts: over the tens before its units, or the
 * number word that goes on over a hyphen; the sieve of the words before
 * a count turns down every other word before any is compared.
 */
static void test_words_count_start(void **state)
{
	errata__words *w = words_from("{\"numbers\": {\"thirty\": 30, \"seven\": 7, \"four\": 4, "
	                              "\"twenty-four\": 24, \"a hundred\": 100}, "
	                              "\"number_joiners\": [\"y\"]}");
	const char *t = "thirty-seven; thirty seven; THIRTY y seven; twenty-four; "
	                "the 110; for 4; a hundred; ay seven";
	size_t len = strlen(t);

	(void)state;
	assert_int_equal(errata__count_start(w, t, len, 7), 0);    /* thirty-seven */
	assert_int_equal(errata__count_start(w, t, len, 21), 14);  /* thirty seven */
	assert_int_equal(errata__count_start(w, t, len, 37), 28);  /* THIRTY y seven */
	assert_int_equal(errata__count_start(w, t, len, 51), 44);  /* twenty-four */
	assert_int_equal(errata__count_start(w, t, len, 61), 61);  /* the 110 */
	assert_int_equal(errata__count_start(w, t, len, 70), 70);  /* for 4 */
	assert_int_equal(errata__count_start(w, t, len, 75), 73);  /* a hundred */
	assert_int_equal(errata__count_start(w, t, len, 87), 87);  /* ay seven: no joiner */
	errata__words_free(w);
}

/* Whether a table's anniversary words may start in Han, kana or Hangul ("周年", "주년"). */
static void test_words_wide_anniversary(void **state)
{
	errata__words *w = words_from("{\"anniversary\": [\"anniversary\"]}");
	errata__words *ja = words_from("{\"anniversary\": [\"\u5468\u5e74\", \"anniversary\"]}");

	(void)state;
	assert_int_equal(english()->wide_anniversary, 0);
	assert_int_equal(w->wide_anniversary, 0);
	assert_int_equal(ja->wide_anniversary, 1);
	errata__words_free(w);
	errata__words_free(ja);
}

/*
 * The words of a table written to a file: en.json with `before` as its
 * first members (the loader reads the "consistency" member alone when
 * the members before it can be stepped over).
 */
static const errata__words *words_of_table(const char *dir, const char *name, const char *before)
{
	char src[4096], path[4200];
	char *data = NULL;
	size_t len = 0;
	const char *open;
	errata_locale *loc = NULL;
	const errata__words *w = NULL;
	FILE *f;

	snprintf(src, sizeof(src), "%s/locales/en.json", errata_data_dir());
	assert_int_equal(errata__read_file(src, 0, &data, &len), 0);
	assert_non_null(open = memchr(data, '{', len));
	snprintf(path, sizeof(path), "%s/%s", dir, name);
	assert_non_null(f = fopen(path, "wb"));
	fprintf(f, "{%s,%.*s", before, (int)(len - (size_t)(open + 1 - data)), open + 1);
	assert_int_equal(fclose(f), 0);
	free(data);
	assert_int_equal(errata_locale_load(&loc, path), 0);
	assert_int_equal(errata__words_for(&w, loc), 0);
	errata_locale_free(loc);   /* the words are kept by the file's name */
	return w;
}

static void test_words_table_members_before(void **state)
{
	char dir[] = "/tmp/errata-test-words-XXXXXX", cmd[200];
	const errata__words *en = english(), *w;

	(void)state;
	assert_non_null(mkdtemp(dir));
	/* strings with braces and quotes, nested arrays and objects, literals, numbers */
	w = words_of_table(dir, "a.json", "\"x_before\": {\"a\": \"b}\\\"{[\", "
	                   "\"c\": [1, {\"d\": \"]\"}, []], \"e\": true, \"f\": null},"
	                   " \"y\": -1.5e3, \"z\": \"consistency\"");
	assert_int_equal(w->day_units.count, en->day_units.count);
	assert_int_equal(w->relative.count, en->relative.count);
	assert_true(w->day_units.count > 0);
	/* a key written with an escape is the same key: the first one counts */
	w = words_of_table(dir, "b.json", "\"consist\\u0065ncy\": {\"day_units\": [\"zzz\"]}");
	assert_int_equal(w->day_units.count, 1);
	assert_string_equal(w->day_units.items[0].word, "zzz");
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	assert_int_equal(system(cmd), 0);
}

/* NULL, where the compiler cannot see it. */
const char *test_words_no_string;

/* errata__buf_format() must give what snprintf() gives. */
static void expect_format(const char *want, int rc, errata_buf *b)
{
	assert_int_equal(rc, 0);
	assert_string_equal(b->ptr, want);
	errata_buf_clear(b);
}

static void test_words_buf_format(void **state)
{
	errata_buf b = ERRATA_BUF_INIT;
	char want[256];
	const char nul[] = "ab\0cd";

	(void)state;
	snprintf(want, sizeof(want), "%s %d, %ld", "May", 4, 2026L);
	expect_format(want, errata__buf_format(&b, "%s %d, %ld", "May", 4, 2026L), &b);
	snprintf(want, sizeof(want), "[%d|%d|%d]", INT_MIN, INT_MAX, 0);
	expect_format(want, errata__buf_format(&b, "[%d|%d|%d]", INT_MIN, INT_MAX, 0), &b);
	snprintf(want, sizeof(want), "%ld %ld %ld", LONG_MIN, LONG_MAX, -7L);
	expect_format(want, errata__buf_format(&b, "%ld %ld %ld", LONG_MIN, LONG_MAX, -7L), &b);
	snprintf(want, sizeof(want), "\"%.*s\" %.*s|%.*s", 3, "three-day", 9, "abc", 5, nul);
	expect_format(want, errata__buf_format(&b, "\"%.*s\" %.*s|%.*s", 3, "three-day", 9, "abc",
	                                       5, nul), &b);
	snprintf(want, sizeof(want), "%.*s", -1, "whole");
	expect_format(want, errata__buf_format(&b, "%.*s", -1, "whole"), &b);
	expect_format("100% (null)", errata__buf_format(&b, "100%% %s", test_words_no_string), &b);
	expect_format("no conversions", errata__buf_format(&b, "no conversions"), &b);
	/* appends */
	assert_int_equal(errata_buf_puts(&b, "x="), 0);
	expect_format("x=-1", errata__buf_format(&b, "%d", -1), &b);
	/* anything else is refused */
	assert_int_equal(errata__buf_format(&b, "a %x b", 5), ERRATA_EINVALID);
	assert_string_equal(errata_error_last(), "unsupported conversion '%x'");
	assert_string_equal(b.ptr, "a ");
	errata_buf_dispose(&b);
}

/* errata__decimal_text() must give what snprintf(buf, n, "%ld", v) gives, cut as it cuts. */
static void test_words_decimal_text(void **state)
{
	const long values[] = { 0, 7, -7, 29, 130, 2026, -2026, LONG_MIN, LONG_MAX };
	const size_t sizes[] = { 1, 2, 3, 4, 16, 24 };

	(void)state;
	for (size_t i = 0; i < sizeof(values) / sizeof(values[0]); i++)
		for (size_t k = 0; k < sizeof(sizes) / sizeof(sizes[0]); k++) {
			char want[24], got[24];

			memset(got, 'x', sizeof(got));
			snprintf(want, sizes[k], "%ld", values[i]);
			assert_ptr_equal(errata__decimal_text(got, sizes[k], values[i]), got);
			assert_string_equal(got, want);
		}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_words_word_bytes),
		cmocka_unit_test(test_words_next_word_start),
		cmocka_unit_test(test_words_match_longest),
		cmocka_unit_test(test_words_match_agrees_with_reference),
		cmocka_unit_test(test_words_in_agrees_with_reference),
		cmocka_unit_test(test_words_same_folded),
		cmocka_unit_test(test_words_read_year),
		cmocka_unit_test(test_words_sentence),
		cmocka_unit_test(test_words_sentence_window),
		cmocka_unit_test(test_words_sentence_kept),
		cmocka_unit_test(test_words_starts),
		cmocka_unit_test(test_words_starts_walk),
		cmocka_unit_test(test_words_starts_short_and_utf8),
		cmocka_unit_test(test_words_starts_unspaced),
		cmocka_unit_test(test_words_starts_short_runs),
		cmocka_unit_test(test_words_verb_may_end),
		cmocka_unit_test(test_words_count_start),
		cmocka_unit_test(test_words_wide_anniversary),
		cmocka_unit_test(test_words_table_members_before),
		cmocka_unit_test(test_words_buf_format),
		cmocka_unit_test(test_words_decimal_text),
	};

	return cmocka_run_group_tests_name("words", tests, NULL, NULL);
}
