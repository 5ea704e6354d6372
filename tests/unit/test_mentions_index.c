/*
 * test_mentions_index.c: the scan for date mentions read off a word
 * index (errata__mentions_extract_indexed(), the checker's path) finds the
 * same mentions as the scan over the text's bytes, on random texts built
 * from each table's keys and the bytes where a word goes on (apostrophes,
 * hyphens, other scripts, digits), in scripts written with and without
 * spaces, and in Markdown whose markup the prose masks. The index is
 * classified with other classes beside the keys', as the checker's is,
 * and a table that flags no key makes the comparison fail.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "source_data.h"

#include "errata/dates.h"
#include "errata/doc.h"
#include "dates/locale.h"
#include "dates/mention.h"
#include "text/wordindex.h"

static const char *langs[] = { "en", "de", "fr", "pl", "es", "ja", "zh", "ko", "ru" };
#define NLANG (sizeof(langs) / sizeof(langs[0]))
static errata_locale *locs[NLANG];
static unsigned char *keys[NLANG];
static unsigned char noise[65536];   /* a lead table of other classes */
static errata__word_classes *classes;

static int setup(void **state)
{
	int error;

	(void)state;
	use_source_data();
	for (size_t i = 0; i < NLANG; i++) {
		if ((error = errata_locale_load_lang(&locs[i], langs[i])))
			return error;
		if (!(keys[i] = calloc(1, 65536)))
			return -1;
		errata__mentions_keys_add(keys[i], ERRATA__MENTION_KEY_CLASS, locs[i]);
	}
	/* one entry in seven flags a word for some other consumer */
	for (size_t k = 0; k < 65536; k++)
		noise[k] = k % 7 ? 0 : (unsigned char)(1u << (k % 5));
	classes = calloc(1, sizeof(*classes));
	return classes ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	for (size_t i = 0; i < NLANG; i++) {
		errata_locale_free(locs[i]);
		free(keys[i]);
	}
	free(classes);
	return 0;
}

/* A small deterministic generator (xorshift). */
static uint32_t rnd_state = 12345;

static uint32_t rnd(uint32_t n)
{
	rnd_state ^= rnd_state << 13;
	rnd_state ^= rnd_state >> 17;
	rnd_state ^= rnd_state << 5;
	return rnd_state % n;
}

/* Every field of mention i of a and b. */
static void same_mention(const errata_mentions *a, const errata_mentions *b, size_t i,
                         const char *text)
{
	const errata_mention *x = errata_mentions_get(a, i), *y = errata_mentions_get(b, i);

	if (y->offset != x->offset || y->length != x->length ||
	    y->date_offset != x->date_offset || y->date_length != x->date_length ||
	    y->weekday != x->weekday || y->weekday_length != x->weekday_length ||
	    (x->weekday >= 0 && y->weekday_offset != x->weekday_offset) ||
	    y->year != x->year || y->month != x->month || y->day != x->day ||
	    y->flags != x->flags || y->peer != x->peer ||
	    errata__mention_alt_year(a, i) != errata__mention_alt_year(b, i))
		fail_msg("mention %zu at %zu differs in '%s'", i, x->offset, text);
}

static void same_mentions(const errata_mentions *a, const errata_mentions *b, const char *text)
{
	if (errata_mentions_count(a) != errata_mentions_count(b))
		fail_msg("%zu mentions by the bytes, %zu by the index in '%s'",
		         errata_mentions_count(a), errata_mentions_count(b), text);
	for (size_t i = 0; i < errata_mentions_count(a); i++)
		same_mention(a, b, i, text);
}

/* Index and classify text as the checker does, with table k of keys (or tbl). */
static void index_text(errata__word_index *ix, const char *text, size_t len,
                       const unsigned char *tbl)
{
	assert_int_equal(errata__word_index_build(ix, text, len), 0);
	errata__word_classes_set_keys(classes, noise, tbl, NULL);
	assert_int_equal(errata__word_index_classify_apart(ix, text, len, classes,
	                                                   ERRATA__WORD_LEAD_CLASS(ERRATA__MENTION_KEY_CLASS)),
	                 0);
}

/* The mentions of text by the bytes and by the index classified with tbl: how many differ (0 or 1). */
static int compare(size_t k, const char *text, size_t len, const unsigned char *tbl, int must)
{
	errata_mention_options opts = ERRATA_MENTION_OPTIONS_INIT;
	errata__word_index ix = ERRATA__WORD_INDEX_INIT;
	errata_mentions *a = NULL, *b = NULL;
	int differ = 0;

	opts.anchor.year = 2026;
	opts.anchor.month = 3;
	opts.anchor.day = 4;
	index_text(&ix, text, len, tbl);
	assert_int_equal(errata__mentions_extract_raw(&a, text, text, len, locs[k], &opts), 0);
	assert_int_equal(errata__mentions_extract_indexed(&b, text, text, len, locs[k], &opts,
	                                                  &ix, tbl), 0);
	if (must) {
		same_mentions(a, b, text);
	} else {
		differ = errata_mentions_count(a) != errata_mentions_count(b);
		for (size_t i = 0; !differ && i < errata_mentions_count(a); i++)
			differ = errata_mentions_get(a, i)->offset != errata_mentions_get(b, i)->offset;
	}
	errata_mentions_free(a);
	errata_mentions_free(b);
	errata__word_index_dispose(&ix);
	return differ;
}

/* The pieces a random text is made of, beside the table's own names. */
static const char *pieces[] = {
	" ", " ", " ", "  ", "\n", "\n\n", ", ", ". ", ".", ":", ";", "/", "-", " - ", "'",
	"’", "“", "”", "—", "–", "\xc2\xa0", "(", ")", "é", "ü", "ß", "ł",
	"0", "1", "3", "4", "7", "12", "15", "21", "28", "29", "31", "2025", "2026", "1999",
	"123456", "3.14", "1st", "2nd", "3rd", "4th", "21st", "a", "I", "A", "on", "in", "the",
	"of", "and", "last", "next", "since", "until", "from", "to", "between", "o'clock",
	"don't", "well-known", "mid-March", "Mar.", "Sept.", "Tue.", "jeu.", "d'ici", "l'an",
	"le", "am", "im", "w", "de", "du", "al", "el", "年", "月", "日", "曜", "火", "三",
	"令和", "平成", "２０２６", "３", "일", "월", "년", "요일", "3일간", "東京", "abc",
	"xyz", "Jan", "jan", "MAR", "may", "May", "sun", "Sun", "wed", "March2026", "2026March",
	"Marchx", "xMarch", "marché", "été", "März", "мая", "2026年3月4日", "3月4日",
	"2026년 3월 4일", "4 mars 2026", "4. März 2026", "March 4, 2026", "Wednesday, March 4",
	"4/3/2026", "2026-03-04", "mercredi 4 mars", "środa, 4 marca 2026",
};
#define NPIECE (sizeof(pieces) / sizeof(pieces[0]))

/* A random text of about n pieces for table k, into buf (size cap): its length. */
static size_t random_text(size_t k, char *buf, size_t cap, size_t n)
{
	const errata_locale *loc = locs[k];
	size_t len = 0;

	for (size_t i = 0; i < n; i++) {
		const char *p;
		uint32_t r = rnd(10);

		if (r == 0 && loc->month_name[1 + rnd(12)])
			p = loc->month_name[1 + rnd(12)];
		else if (r == 1 && loc->weekday_name[rnd(7)])
			p = loc->weekday_name[rnd(7)];
		else
			p = pieces[rnd(NPIECE)];
		if (!p)
			continue;
		if (len + strlen(p) + 1 >= cap)
			break;
		memcpy(buf + len, p, strlen(p));
		len += strlen(p);
	}
	buf[len] = '\0';
	return len;
}

static void test_mentions_index_random(void **state)
{
	char buf[4096];

	(void)state;
	for (size_t k = 0; k < NLANG; k++)
		for (int round = 0; round < 300; round++) {
			size_t len = random_text(k, buf, sizeof(buf), 1 + rnd(200));

			compare(k, buf, len, keys[k], 1);
			/* and the same cut anywhere: the text may end inside a word */
			if (len > 1)
				compare(k, buf, 1 + rnd((uint32_t)len - 1), keys[k], 1);
		}
}

/* Without the keys' class the index misses dates: the comparison is no formality. */
static void test_mentions_index_needs_keys(void **state)
{
	static unsigned char none[65536];
	const char *t = "The report came out on Wednesday, March 4, 2026, and again in May.";
	size_t en = 0;

	(void)state;
	assert_string_equal(langs[en], "en");
	assert_int_equal(compare(en, t, strlen(t), none, 0), 1);
	assert_int_equal(compare(en, t, strlen(t), keys[en], 0), 0);
}

/*
 * Markdown whose markup the prose masks (code, links, HTML, front
 * matter): errata__mentions_extract_doc() with the index of the prose
 * gives what errata_mentions_extract() gives, offsets mapped to the text.
 */
static void test_mentions_index_markdown(void **state)
{
	char buf[4096], md[8192];
	static const char *wrap[] = {
		"---\ntitle: x\ndate: 2026-03-04\n---\n", "# Heading March 3\n\n", "`May 4, 2026` ",
		"[on March 5](http://x.org/2026/03/05) ", "<span>Friday</span> ", "\n\n```\nJune 1\n```\n\n",
		"* item on Monday, March 2\n", "| a | March 3 |\n|---|---|\n", "> quoted 4 mars\n\n",
		"e\xcc\x81t\xc3\xa9 ",   /* not in NFC: the view is not the prose */
	};

	(void)state;
	for (size_t k = 0; k < NLANG; k++)
		for (int round = 0; round < 60; round++) {
			size_t len = random_text(k, buf, sizeof(buf) / 2, 1 + rnd(80)), mlen = 0;
			errata__word_index ix = ERRATA__WORD_INDEX_INIT;
			errata_mentions *a = NULL, *b = NULL;
			errata_mention_options opts = ERRATA_MENTION_OPTIONS_INIT;
			errata_doc *doc = NULL;
			const char *prose;
			size_t plen = 0;

			for (size_t i = 0; i < 3; i++) {
				const char *w = wrap[rnd(sizeof(wrap) / sizeof(wrap[0]))];

				if (i == 0 && w[0] == '-')
					continue;   /* front matter only first */
				memcpy(md + mlen, w, strlen(w));
				mlen += strlen(w);
			}
			memcpy(md + mlen, buf, len);
			mlen += len;
			md[mlen] = '\0';
			opts.anchor.year = 2026;
			opts.anchor.month = 3;
			opts.anchor.day = 4;
			assert_int_equal(errata_doc_load_buffer(&doc, "a.md", md, mlen, NULL), 0);
			prose = errata_doc_prose(doc, &plen);
			index_text(&ix, prose, plen, keys[k]);
			assert_int_equal(errata_mentions_extract(&a, doc, locs[k], &opts), 0);
			assert_int_equal(errata__mentions_extract_doc(&b, doc, locs[k], &opts, &ix,
			                                              keys[k]), 0);
			same_mentions(a, b, md);
			errata_mentions_free(a);
			errata_mentions_free(b);
			errata__word_index_dispose(&ix);
			errata_doc_free(doc);
		}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_mentions_index_random),
		cmocka_unit_test(test_mentions_index_needs_keys),
		cmocka_unit_test(test_mentions_index_markdown),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
