/*
 * test_wordindex.c: the prose word index: ASCII and accented words,
 * punctuation and digits, runs across the 16- and 64-byte steps of the
 * walk, bytes that do not decode, and scripts written without spaces,
 * where each Han or kana character is a word and letters after one start
 * a new word; the classification of the words for their consumers.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "common.h"
#include "text/wordindex.h"

/* The words of text, as "word|word|...". */
static void words_of(errata__word_index *ix, const char *text, char *out, size_t size)
{
	errata__word_iter it;
	size_t s, e, used = 0;

	assert_int_equal(errata__word_index_build(ix, text, strlen(text)), 0);
	out[0] = '\0';
	errata__word_iter_start(&it, ix);
	while (errata__word_iter_next(&it, &s, &e)) {
		assert_true(s < e && e <= strlen(text));
		used += (size_t)snprintf(out + used, size - used, "%s%.*s", used ? "|" : "",
		                         (int)(e - s), text + s);
		assert_true(used < size);
	}
}

static void test_wordindex_latin(void **state)
{
	errata__word_index ix = ERRATA__WORD_INDEX_INIT;
	char out[1024];

	(void)state;
	words_of(&ix, "", out, sizeof(out));
	assert_string_equal(out, "");
	words_of(&ix, "The fair opens on Tuesday, January 7, 2026.", out, sizeof(out));
	assert_string_equal(out, "The|fair|opens|on|Tuesday|January|7|2026");
	words_of(&ix, "Musée du Port — café-théâtre «über» naïve_x", out, sizeof(out));
	assert_string_equal(out, "Musée|du|Port|café|théâtre|über|naïve|x");
	assert_int_equal(ix.utf8, 1);
	assert_int_equal(ix.has_splits, 0);
	/* a word across the walk's 16-byte and 64-byte steps, and the last byte */
	words_of(&ix, "................................................................"
	              "..............abcdefghijklmnopqrstuvwxyzé0123456789", out, sizeof(out));
	assert_string_equal(out, "abcdefghijklmnopqrstuvwxyzé0123456789");
	/* a byte that does not decode ends a word and is no word */
	words_of(&ix, "ab\xff" "cd \xc3", out, sizeof(out));
	assert_string_equal(out, "ab|cd");
	assert_int_equal(ix.utf8, 0);
	/* continues(): inside a word, not after it */
	assert_int_equal(errata__word_index_build(&ix, "Tuesdays x", 10), 0);
	assert_int_equal(errata__word_index_continues(&ix, 7), 1);
	assert_int_equal(errata__word_index_continues(&ix, 8), 0);
	/* digits that start words, across the 16- and 64-byte steps of the walk */
	{
		char t[300];
		size_t n;

		memset(t, 'a', sizeof(t));
		t[sizeof(t) - 1] = '\0';
		memcpy(t + 5, " 12", 3);     /* 6: after a space, in the first 16 bytes */
		memcpy(t + 60, " 7x", 3);    /* 61: across the first 64-bit word */
		memcpy(t + 100, "b9 ", 3);   /* 101: inside a word, no start */
		memcpy(t + 200, "\xc3\xa9 5", 4);   /* 203: after a letter the SIMD step leaves */
		memcpy(t + 290, " 0", 2);    /* 291 */
		n = strlen(t);
		assert_int_equal(errata__word_index_build(&ix, t, n), 0);
		assert_int_equal(errata__word_index_next_digit(&ix, 0, n), 6);
		assert_int_equal(errata__word_index_next_digit(&ix, 7, n), 61);
		assert_int_equal(errata__word_index_next_digit(&ix, 62, n), 203);
		assert_int_equal(errata__word_index_next_digit(&ix, 204, n), 291);
		assert_int_equal(errata__word_index_next_digit(&ix, 292, n), n);
		/* rebuilt for a shorter text, the old digits are gone */
		assert_int_equal(errata__word_index_build(&ix, "ab cd", 5), 0);
		assert_int_equal(errata__word_index_next_digit(&ix, 0, 5), 5);
	}
	errata__word_index_dispose(&ix);
}

static void test_wordindex_unspaced(void **state)
{
	errata__word_index ix = ERRATA__WORD_INDEX_INIT;
	char out[1024];
	const char *jp = "会議は3月3日（火曜日）に東京でabcと開かれた。";
	size_t at;

	(void)state;
	words_of(&ix, jp, out, sizeof(out));
	assert_string_equal(out, "会|議|は|3|月|3|日|火|曜|日|に|東|京|で|abc|と|開|か|れ|た");
	assert_int_equal(ix.has_splits, 1);
	/* a whole-word match of 曜日 may end before に or inside 日曜: each character is a word */
	at = (size_t)(strstr(jp, "に東") - jp);
	assert_int_equal(errata__word_index_continues(&ix, at), 0);
	at = (size_t)(strstr(jp, "曜日") - jp);
	assert_int_equal(errata__word_index_continues(&ix, at), 0);
	at = (size_t)(strstr(jp, "abc") - jp);
	assert_int_equal(errata__word_index_continues(&ix, at), 0);
	assert_int_equal(errata__word_index_continues(&ix, at + 1), 1);
	/* the first word of a short text, as the index cuts it */
	assert_int_equal(errata__word_end("火よう日", strlen("火よう日"), 0), 3);
	assert_int_equal(errata__word_end("abc東京", strlen("abc東京"), 0), 3);
	assert_int_equal(errata__word_end("abc東京", strlen("abc東京"), 3), 6);
	assert_int_equal(errata__word_end("Tuesday, 3", 10, 0), 7);
	assert_int_equal(errata__word_end(" x", 2, 0), 0);
	/* Hangul is written with spaces: its words stay whole */
	words_of(&ix, "화요일 회의", out, sizeof(out));
	assert_string_equal(out, "화요일|회의");
	/* ... but a counter after a digit is a word of its own: 3일간 is 3, 일간 */
	words_of(&ix, "3일간 a3b 회의", out, sizeof(out));
	assert_string_equal(out, "3|일간|a3b|회의");
	assert_int_equal(errata__word_end("3일간", strlen("3일간"), 0), 1);
	/* the word starts at or after a place */
	{
		const char *t = "3일간 a3b 회의";
		size_t n = strlen(t);

		assert_int_equal(errata__word_index_next_start(&ix, 0, n), 0);
		assert_int_equal(errata__word_index_next_start(&ix, 1, n), 1);
		assert_int_equal(errata__word_index_next_start(&ix, 2, n), 8);
		assert_int_equal(errata__word_index_next_start(&ix, 9, n), 12);
		assert_int_equal(errata__word_index_next_start(&ix, 13, n), n);
		assert_int_equal(errata__word_index_next_start(&ix, n, n), n);
	}
	/* the words that start with a digit: 3 of 3일간, not the 3 inside a3b */
	{
		const char *t = "3일간 a3b 회의 x 42";
		size_t n = strlen(t);

		assert_int_equal(errata__word_index_build(&ix, t, n), 0);
		assert_int_equal(errata__word_index_next_digit(&ix, 0, n), 0);
		assert_int_equal(errata__word_index_next_digit(&ix, 1, n), n - 2);
		assert_int_equal(errata__word_index_next_digit(&ix, n - 1, n), n);
		assert_int_equal(errata__word_index_next_digit(&ix, n, n), n);
	}
	/* rebuilding for a plain text clears the splits */
	words_of(&ix, "Tuesday", out, sizeof(out));
	assert_int_equal(ix.has_splits, 0);
	assert_string_equal(out, "Tuesday");
	errata__word_index_dispose(&ix);
}

/*
 * The walk takes ASCII 64 bytes at a time where they make a whole word of
 * the bitmaps, and up to 16 at a time until the next such word: the
 * bitmaps equal a reading character by character wherever a character
 * that is not ASCII, and so the next step, falls.
 */
static void test_wordindex_steps_match_characters(void **state)
{
	errata__word_index ix = ERRATA__WORD_INDEX_INIT;
	/* and runs of two-byte characters with ASCII between, which the walk
	 * reads without going back to the vector steps: letters, a no-break
	 * space and a sign that are not, an overlong form, and a cut one */
	static const char *const odd[] = {
		"\xc3\xa9", "\xe2\x80\x94", "\xff", "\xe6\x9d\xb1",
		"\xd0\x9f\xd1\x80\xd0\xb8 \xd0\xb2'\xd0\xb5-9\xd1\x82, \xc2\xa0\xc3\x97\xce\xb1",
		"\xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d \xd8\xb3\xd9\x84\xd8\xa7\xd9\x85",
		"\xd0\x9f\xc0\xaf\xd0\x9f\xd0", "\xd0\x9f\xe6\x9d\xb1\xd0\x9f",
		/* long runs of them, which the walk takes 16 bytes at a time: signs
		 * (× ÷, a no-break space), digits, an apostrophe, a hyphen and a
		 * character of three bytes among the letters */
		"\xd0\x9c\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2\xd0\xb0 12 \xc3\x97\xc3\xa9t\xc3\xa9 "
		"\xce\xb1\xce\xb2\xc3\xb7\xc2\xa0\xd7\xa9'\xd8\xb3-\xd0\xb4\xd0\xbe 2026\xd0\xb3. "
		"\xd1\x84\xd0\xb5\xe2\x80\x94\xd0\xb2\xd1\x80\xd0\xb0\xd0\xbb\xd1\x8f\xc3\xbc\xc3\x9f",
		/* and runs of three-byte characters: kana and ideographs (a word
		 * each), hangul (one word, but a counter after a digit), CJK
		 * punctuation and full-width forms, the dash, a surrogate, an
		 * overlong form, cut ones, mixed with two-byte ones */
		"\xe4\xba\xac\xe9\x83\xbd\xe3\x81\xae\xe5\xb8\x82\xe8\xad\xb0\xe4\xbc\x9a\xe3\x81\xaf"
		"3\xe6\x97\xa5\xe9\x96\x93\xe3\x80\x81\xe3\x80\x8c\xe3\x82\xb9\xe3\x83\x88\xe3\x80\x8d\xe3\x80\x82",
		"\xeb\xb6\x80\xec\x82\xb0 \xec\x8b\x9c\xec\x9d\x98\xed\x9a\x8c\xeb\x8a\x94 3\xec\x9d\xbc\xea\xb0\x84 "
		"10\xeb\x85\x84, \xef\xbc\x91\xef\xbc\x92\xef\xbd\xb1\xe2\x80\x94x",
		"\xe4\xba\xac\xed\xa0\x80\xe4\xba\xac\xe0\x80\x80\xe4\xba\xac\xe4\xba",
		"\xe4\xba\xac\xd0\x9f\xe4\xba\xac'\xe3\x81\xae-\xc3\xa9\xe4\xba\xac \xe4\xba\xac\xe4",
		"\xe4\xba\xac\xe4\xba\xac\xe4\xba\xac\xe4\xba\xac\xe4\xba\xac\xe4\xba\xac\xe4\xba\xac\xe4\xba\xac"
		"\xe4\xba\xac\xe4\xba\xac\xe4\xba\xac\xe4\xba\xac\xe4\xba\xac\xe4\xba\xac\xe4\xba\xac\xe4\xba\xac"
		"\xe4\xba\xac\xe4\xba\xac\xe4\xba\xac\xe4\xba\xac\xe4\xba\xac\xe4\xba\xac\xe4\xba\xac\xe4\xba\xac"
		"\xe4\xba\xac\xe4\xba\xac\xe4\xba\xac\xe4\xba\xac\xe4\xba\xac\xe4\xba\xac\xe4\xba\xac\xe4\xba\xac" };
	char t[400];

	(void)state;
	for (size_t o = 0; o < sizeof(odd) / sizeof(odd[0]); o++) {
		for (size_t at = 0; at < 140; at++) {
			size_t n, i = 0;

			for (size_t k = 0; k < sizeof(t) - 1; k++)
				t[k] = "ab 1Z9,x.Q_ 0k'q-"[k % 17];
			t[sizeof(t) - 1] = '\0';
			memcpy(t + at, odd[o], strlen(odd[o]));
			memcpy(t + at + 150, odd[o], strlen(odd[o]));
			n = strlen(t);
			assert_int_equal(errata__word_index_build(&ix, t, n), 0);
			while (i < n) {
				size_t len;
				int word = errata__word_char_at((const unsigned char *)t, n, i, &len);

				for (size_t k = i; k < i + len; k++) {
					if (((ix.bits[k >> 6] >> (k & 63)) & 1) != (uint64_t)word)
						fail_msg("%s at %zu: byte %zu", odd[o], at, k);
					if (((ix.digits[k >> 6] >> (k & 63)) & 1) !=
					    (uint64_t)(t[k] >= '0' && t[k] <= '9'))
						fail_msg("%s at %zu: digit %zu", odd[o], at, k);
					if (((ix.marks[k >> 6] >> (k & 63)) & 1) !=
					    (uint64_t)((unsigned char)t[k] >= 0x80 || t[k] == '\'' || t[k] == '-'))
						fail_msg("%s at %zu: mark %zu", odd[o], at, k);
				}
				i += len;
			}
			/* the next digit or mark from anywhere: what the bytes say */
			for (size_t from = 0; from <= n; from += 7) {
				size_t k = from;

				while (k < n && !((unsigned char)t[k] >= 0x80 || t[k] == '\'' ||
				                  t[k] == '-' || (t[k] >= '0' && t[k] <= '9')))
					k++;
				assert_int_equal(errata__word_index_next_mark(&ix, from, n), k);
			}
			for (size_t k = n; k < ix.nw * 64; k++)
				if ((ix.bits[k >> 6] >> (k & 63)) & 1)
					fail_msg("%s at %zu: bit %zu past the end", odd[o], at, k);
			/* the word starts: where errata__word_end() reading the
			 * characters one by one ends each word */
			for (size_t k = 0, want = 0, got; k <= n; k = want + 1) {
				size_t len;

				want = k;
				while (want < n) {
					if (errata__word_char_at((const unsigned char *)t, n, want, &len))
						break;
					want += len;
				}
				got = errata__word_index_next_start(&ix, k, n);
				if (got != want)
					fail_msg("%s at %zu: word start after %zu at %zu, want %zu", odd[o], at,
					         k, got, want);
				if (want >= n)
					break;
				want = errata__word_end(t, n, want) - 1;
			}
		}
	}
	errata__word_index_dispose(&ix);
}

/* The classes of the hit at start (0: no hit there); *end, *prev its end and the start before. */
static uint32_t hit_at(const errata__word_index *ix, size_t start, size_t *end, size_t *prev)
{
	for (size_t i = 0; i < ix->hit_count; i++)
		if (ix->hits[i].start == start) {
			*end = ix->hits[i].end;
			*prev = ix->hits[i].prev;
			return ix->hits[i].classes;
		}
	return 0;
}

/*
 * The classes of a word: lead-table classes by its first three bytes as
 * the text writes them (a word of two with whatever follows), the word
 * table's by those and its length, and repeats by first letter and length.
 */
static void test_wordindex_classes(void **state)
{
	static unsigned char lead[65536], listed[65536];
	static errata__word_classes wc;
	errata__word_index ix = ERRATA__WORD_INDEX_INIT;
	const char *t = "Thu the thu Thursday d'ici D'ICI dice ox, ox oxc. The the they then ox";
	size_t len = strlen(t), end, prev;

	(void)state;
	errata__word_lead_add(lead, 2, "d'ici", 5, 0);
	errata__word_lead_add(lead, 5, "ox", 2, 0);
	errata__word_lead_add(listed, ERRATA__WORD_BY_LENGTH, "Thu", 3, 1);
	errata__word_classes_set(&wc, lead, listed);
	assert_int_equal(errata__word_index_build(&ix, t, len), 0);
	assert_false(errata__word_index_classified(&ix, lead, listed));
	assert_int_equal(errata__word_index_classify(&ix, t, len, &wc), 0);
	assert_true(errata__word_index_classified(&ix, lead, listed));
	assert_true(errata__word_index_classified(&ix, NULL, listed));
	assert_false(errata__word_index_classified(&ix, listed, NULL));
	/* the word table: "Thu" as written and as long */
	assert_int_equal(hit_at(&ix, 0, &end, &prev), ERRATA__WORD_LISTED);
	assert_int_equal(end, 3);
	/* the, thu: not as written, but as long as the word before and with its first letter */
	assert_int_equal(hit_at(&ix, 4, &end, &prev), ERRATA__WORD_REPEAT);
	assert_int_equal(prev, 0);
	assert_int_equal(hit_at(&ix, 8, &end, &prev), ERRATA__WORD_REPEAT);
	assert_int_equal(prev, 4);
	assert_int_equal(hit_at(&ix, 12, &end, &prev), 0);       /* Thursday: longer */
	assert_int_equal(hit_at(&ix, 50, &end, &prev), 0);       /* The */
	/* the lead table: "d'i" in either case, "ox" and whatever follows */
	assert_int_equal(hit_at(&ix, 21, &end, &prev), ERRATA__WORD_LEAD_CLASS(2));
	assert_int_equal(end, 22);
	assert_int_equal(hit_at(&ix, 27, &end, &prev), ERRATA__WORD_LEAD_CLASS(2));
	assert_int_equal(hit_at(&ix, 33, &end, &prev), 0);       /* dice */
	assert_int_equal(hit_at(&ix, 38, &end, &prev), ERRATA__WORD_LEAD_CLASS(5));
	assert_int_equal(hit_at(&ix, 42, &end, &prev), ERRATA__WORD_LEAD_CLASS(5) | ERRATA__WORD_REPEAT);
	assert_int_equal(prev, 38);                               /* "ox, ox": a repeat by the words */
	assert_int_equal(hit_at(&ix, 45, &end, &prev), ERRATA__WORD_LEAD_CLASS(5));   /* oxc */
	/* repeats: first letter in either case, and length */
	assert_int_equal(hit_at(&ix, 54, &end, &prev), ERRATA__WORD_REPEAT);   /* The the */
	assert_int_equal(prev, 50);
	assert_int_equal(hit_at(&ix, 58, &end, &prev), 0);       /* they */
	assert_int_equal(hit_at(&ix, 63, &end, &prev), ERRATA__WORD_REPEAT);   /* they then */
	assert_int_equal(hit_at(&ix, len - 2, &end, &prev), ERRATA__WORD_LEAD_CLASS(5));   /* at the end */
	assert_int_equal(end, len);
	/* a second lead table: its class beside the first's, which still counts as read */
	{
		static unsigned char keys[65536], third[65536];
		const unsigned char *three[] = { lead, keys, third };

		errata__word_lead_add(keys, 7, "they", 4, 0);
		errata__word_lead_add(keys, 7, "ox", 2, 0);
		assert_false(errata__word_index_classified(&ix, keys, NULL));
		errata__word_classes_set_keys(&wc, lead, keys, listed);
		assert_int_equal(errata__word_index_classify(&ix, t, len, &wc), 0);
		assert_true(errata__word_index_classified(&ix, keys, NULL));
		assert_true(errata__word_index_classified(&ix, lead, listed));
		assert_int_equal(hit_at(&ix, 58, &end, &prev), ERRATA__WORD_LEAD_CLASS(7));   /* they */
		assert_int_equal(hit_at(&ix, 38, &end, &prev),
		                 ERRATA__WORD_LEAD_CLASS(5) | ERRATA__WORD_LEAD_CLASS(7));   /* ox */
		assert_int_equal(hit_at(&ix, 0, &end, &prev), ERRATA__WORD_LISTED);
		/* and a third, as written only */
		errata__word_lead_add(third, 6, "Thursday", 8, 1);
		errata__word_lead_add(third, 6, "ox", 2, 1);
		assert_false(errata__word_index_classified(&ix, third, NULL));
		errata__word_classes_set_leads(&wc, three, 3, listed);
		assert_int_equal(errata__word_index_classify(&ix, t, len, &wc), 0);
		assert_true(errata__word_index_classified(&ix, third, listed));
		assert_true(errata__word_index_classified(&ix, keys, NULL));
		assert_int_equal(hit_at(&ix, 12, &end, &prev), ERRATA__WORD_LEAD_CLASS(6));   /* Thursday */
		assert_int_equal(end, 20);
		assert_int_equal(hit_at(&ix, 38, &end, &prev), ERRATA__WORD_LEAD_CLASS(5) |
		                 ERRATA__WORD_LEAD_CLASS(6) | ERRATA__WORD_LEAD_CLASS(7));   /* ox */
		assert_int_equal(hit_at(&ix, 8, &end, &prev), ERRATA__WORD_REPEAT);   /* thu: not "Thu" */
	}
	/* built again: not classified until classified again */
	assert_int_equal(errata__word_index_build(&ix, t, len), 0);
	assert_false(errata__word_index_classified(&ix, NULL, NULL));
	assert_int_equal(ix.hit_count, 0);
	errata__word_index_dispose(&ix);
}

/*
 * The walk off the bitmap, 64 bytes a step, against the definition read
 * off the iterator, word by word: texts with runs across the steps, one
 * ending inside a word, and scripts written without spaces.
 */
static void test_wordindex_classes_walk(void **state)
{
	static unsigned char lead[65536], listed[65536];
	static errata__word_classes wc;
	/* the last two only in every other round: without them the text has no splits */
	const char *pieces[] = { "the", "The", "a", "on", "Thu", "day", "days", "caf\xc3\xa9",
	                         "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "d'ici", "-", " ", "  ", "\n", ", ",
	                         "\xe4\xb8\x89\xe5\xa4\xa9", "3\xec\x9d\xbc\xea\xb0\x84" };
	size_t npieces = sizeof(pieces) / sizeof(pieces[0]);
	const char *words[] = { "the", "day", "a", "d'ici", "\xe5\xa4\xa9", "caf\xc3\xa9" };
	errata__word_index ix = ERRATA__WORD_INDEX_INIT;
	char t[600];
	uint32_t seed = 7;

	(void)state;
	for (unsigned k = 0; k < 6; k++) {
		errata__word_lead_add(lead, k, words[k], strlen(words[k]), k & 1);
		errata__word_lead_add(listed, ERRATA__WORD_BY_LENGTH, words[k], strlen(words[k]), k & 1);
	}
	errata__word_classes_set(&wc, lead, listed);
	for (int round = 0; round < 400; round++) {
		size_t len = 0, ws, we, ps = 0, pe = 0, n = 0, nhits = 0, end, prev;
		/* every third round, the words of classes 1 and 4 listed apart */
		const unsigned apart_k[2] = { 1, 4 };
		uint32_t apart = round % 3 ? 0 : ERRATA__WORD_LEAD_CLASS(1) | ERRATA__WORD_LEAD_CLASS(4);
		size_t napart[2] = { 0, 0 };
		errata__word_iter it;
		int first = 1;

		while (len < 500) {
			const char *p;

			seed = seed * 1103515245u + 12345u;
			p = pieces[(seed >> 16) % (round % 2 ? npieces : npieces - 2)];
			memcpy(t + len, p, strlen(p));
			len += strlen(p);
		}
		len -= (seed >> 8) % 3;
		assert_int_equal(errata__word_index_build(&ix, t, len), 0);
		assert_int_equal(errata__word_index_classify_apart(&ix, t, len, &wc, apart), 0);
		errata__word_iter_start(&it, &ix);
		while (errata__word_iter_next(&it, &ws, &we)) {
			uint32_t v = (unsigned char)t[ws] | (ws + 1 < len ? (uint32_t)(unsigned char)t[ws + 1] << 8 : 0) |
			             (ws + 2 < len ? (uint32_t)(unsigned char)t[ws + 2] << 16 : 0);
			unsigned key = errata__word_key(v);
			uint32_t m = lead[key] | ((listed[key] >> ((we - ws) % 8)) & 1u) << 8;

			if (!first && ((t[ws] | 0x20) == (t[ps] | 0x20)) && we - ws == pe - ps)
				m |= ERRATA__WORD_REPEAT;
			/* a word of the classes listed apart only is no hit */
			assert_int_equal(hit_at(&ix, ws, &end, &prev), m & ~apart ? m : 0);
			if (m & ~apart) {
				assert_int_equal(end, we);
				if (m & ERRATA__WORD_REPEAT)
					assert_int_equal(prev, ps);
				nhits++;
			}
			/* and each is next in the list of each of its classes listed apart */
			for (unsigned c = 0; c < 2; c++) {
				size_t na = 0;
				const errata__word_span *l = errata__word_index_apart(&ix, apart_k[c], &na);

				if (!apart) {
					assert_null(l);
				} else if (m & ERRATA__WORD_LEAD_CLASS(apart_k[c])) {
					assert_true(napart[c] < na);
					assert_int_equal(l[napart[c]].start, ws);
					assert_int_equal(l[napart[c]].end, we);
					napart[c]++;
				}
			}
			first = 0;
			ps = ws;
			pe = we;
			n++;
		}
		assert_int_equal(ix.hit_count, nhits);
		for (unsigned c = 0; c < 2 && apart; c++) {
			size_t na = 0;

			assert_non_null(errata__word_index_apart(&ix, apart_k[c], &na));
			assert_int_equal(na, napart[c]);
		}
		assert_null(errata__word_index_apart(&ix, 0, &end));
		assert_true(n > 5);
		assert_true(round % 2 || !ix.has_splits);
	}
	errata__word_index_dispose(&ix);
}

/*
 * The wide lead table flags a word only with the class of its length
 * (errata__word_length_class()): "members" and "Memorials" begin as
 * "Memorial" does and are no hit, nor is "Mem" before "Memorial Day".
 */
static void test_wordindex_wide_classes_by_length(void **state)
{
	static unsigned char wide[65536];
	static errata__word_classes wc;
	const unsigned char *lead[ERRATA__WORD_LEAD_TABLES] = { NULL, NULL, NULL, wide };
	errata__word_index ix = ERRATA__WORD_INDEX_INIT;
	const char *t = "members met on Memorial Day; Memorials, Mem and Independence";
	size_t len = strlen(t), end, prev, k = errata__word_length_class(8);

	(void)state;
	assert_int_equal(errata__word_length_class(1), 0);
	assert_int_equal(errata__word_length_class(3), 0);
	assert_int_equal(errata__word_length_class(4), 1);
	assert_int_equal(errata__word_length_class(9), 6);
	assert_int_equal(errata__word_length_class(10), 7);
	assert_int_equal(errata__word_length_class(12), 7);
	errata__word_lead_add(wide, (unsigned)k, "Memorial", 8, 0);
	errata__word_lead_add(wide, errata__word_length_class(12), "Independence", 12, 0);
	errata__word_classes_set_leads(&wc, lead, ERRATA__WORD_LEAD_TABLES, NULL);
	assert_int_equal(errata__word_index_build(&ix, t, len), 0);
	assert_int_equal(errata__word_index_classify(&ix, t, len, &wc), 0);
	assert_int_equal(hit_at(&ix, 0, &end, &prev), 0);                          /* members */
	assert_int_equal(hit_at(&ix, 15, &end, &prev), ERRATA__WORD_LEAD_CLASS(8 + k)); /* Memorial */
	assert_int_equal(end, 23);
	assert_int_equal(hit_at(&ix, 29, &end, &prev), 0);                         /* Memorials */
	assert_int_equal(hit_at(&ix, 40, &end, &prev), 0);                         /* Mem */
	assert_int_equal(hit_at(&ix, 48, &end, &prev), ERRATA__WORD_LEAD_CLASS(8 + 7)); /* Independence */
	assert_int_equal(ix.hit_count, 2);
	errata__word_index_dispose(&ix);
}

/*
 * Every character of three bytes, in the text between letters and after
 * a digit, against what errata__word_char_at() and errata__word_end() say
 * of it alone: a word character or not, a word of its own (Han, kana),
 * or the start of one after a digit (Hangul). The build reads these
 * characters by blocks of 64 code points.
 */
static void test_wordindex_three_byte_characters(void **state)
{
	errata__word_index ix = ERRATA__WORD_INDEX_INIT;

	(void)state;
	for (uint32_t cp = 0x800; cp <= 0xffff; cp++) {
		char c[4], t[8], d[8];
		size_t n, nl, ws, we;
		errata__word_iter it;
		int word, alone, counter;

		if (cp >= 0xd800 && cp <= 0xdfff)
			continue;
		assert_int_equal(errata__utf8_encode(cp, c), 3);
		t[0] = 'x';
		memcpy(t + 1, c, 3);
		t[4] = 'y';
		d[0] = '3';
		memcpy(d + 1, c, 3);
		d[4] = 'y';
		word = errata__word_char_at((const unsigned char *)c, 3, 0, &nl);
		alone = word && errata__word_end(c, 3, 0) == 3 && errata__word_end(t, 5, 1) == 4;
		counter = word && !alone && errata__word_end(d, 5, 0) == 1;
		/* x, then the character, then y */
		assert_int_equal(errata__word_index_build(&ix, t, 5), 0);
		errata__word_iter_start(&it, &ix);
		assert_true(errata__word_iter_next(&it, &ws, &we));
		assert_int_equal(ws, 0);
		assert_int_equal(we, !word ? 1 : alone ? 1 : 5);
		if (word && alone) {
			assert_true(errata__word_iter_next(&it, &ws, &we));
			assert_int_equal(ws, 1);
			assert_int_equal(we, 4);
		}
		if (!word || alone) {
			assert_true(errata__word_iter_next(&it, &ws, &we));
			assert_int_equal(ws, 4);
			assert_int_equal(we, 5);
		}
		assert_false(errata__word_iter_next(&it, &ws, &we));
		assert_int_equal(ix.utf8, 1);
		/* after a digit: a counter starts a word of its own */
		assert_int_equal(errata__word_index_build(&ix, d, 5), 0);
		errata__word_iter_start(&it, &ix);
		assert_true(errata__word_iter_next(&it, &ws, &we));
		assert_int_equal(we, !word || alone || counter ? 1 : 5);
		n = we;
		while (errata__word_iter_next(&it, &ws, &we))
			n++;
		assert_int_equal(n, !word ? 1 + 1 : alone ? 1 + 2 : counter ? 1 + 1 : 5);
	}
	errata__word_index_dispose(&ix);
}

/* The digit runs: where each run of ASCII digits starts, across the 64-byte steps too. */
static void test_wordindex_digit_runs(void **state)
{
	errata__word_index ix = ERRATA__WORD_INDEX_INIT;
	char t[200];

	(void)state;
	assert_int_equal(errata__word_index_build(&ix, "", 0), 0);
	assert_int_equal(ix.digit_run_count, 0);
	assert_int_equal(errata__word_index_build(&ix, "7 May 2026, A4 and ٣٤ 12-13", 29), 0);
	assert_int_equal(ix.digit_run_count, 5);
	assert_int_equal(ix.digit_runs[0], 0);
	assert_int_equal(ix.digit_runs[1], 6);
	assert_int_equal(ix.digit_runs[2], 13);
	assert_int_equal(ix.digit_runs[3], 24);
	assert_int_equal(ix.digit_runs[4], 27);
	/* a run across the 64-byte step is one run; the text's last byte starts one */
	memset(t, 'x', sizeof(t));
	memcpy(t + 62, "1234", 4);
	t[199] = '9';
	assert_int_equal(errata__word_index_build(&ix, t, sizeof(t)), 0);
	assert_int_equal(ix.digit_run_count, 2);
	assert_int_equal(ix.digit_runs[0], 62);
	assert_int_equal(ix.digit_runs[1], 199);
	errata__word_index_dispose(&ix);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_wordindex_latin),
		cmocka_unit_test(test_wordindex_unspaced),
		cmocka_unit_test(test_wordindex_steps_match_characters),
		cmocka_unit_test(test_wordindex_three_byte_characters),
		cmocka_unit_test(test_wordindex_classes),
		cmocka_unit_test(test_wordindex_classes_walk),
		cmocka_unit_test(test_wordindex_wide_classes_by_length),
		cmocka_unit_test(test_wordindex_digit_runs),
	};
	return cmocka_run_group_tests_name("wordindex", tests, NULL, NULL);
}
