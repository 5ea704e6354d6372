/*
 * test_mentions_scan.c: the scan that finds where a date may start. It
 * classifies the text 64 bytes at a time and passes over words that no
 * table key starts like; these tests check that a date is found the same
 * wherever it falls against those windows, that words going on past their
 * ASCII letters (hyphens, apostrophes, other scripts) are read whole, that
 * the text may end anywhere, and that tables with one- and two-letter
 * keys keep them.
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

#include <utf8proc.h>

#include "common.h"
#include "errata/dates.h"
#include "dates/locale.h"
#include "dates/mention.h"
#include "dates/token.h"

static errata_locale *en, *de, *pl;

static int setup(void **state)
{
	int error;

	(void)state;
	use_source_data();
	if ((error = errata_locale_load_lang(&en, "en")) ||
	    (error = errata_locale_load_lang(&de, "de")))
		return error;
	return errata_locale_load_lang(&pl, "pl");
}

static int teardown(void **state)
{
	(void)state;
	errata_locale_free(en);
	errata_locale_free(de);
	errata_locale_free(pl);
	return 0;
}

/* The mentions of text[0..len) in an article dated year-month-day. */
static errata_mentions *extract_dated(const errata_locale *loc, const char *text, size_t len,
                                      int year, int month, int day)
{
	errata_mentions *ms = NULL;
	errata_mention_options opts = ERRATA_MENTION_OPTIONS_INIT;

	opts.anchor.year = year;
	opts.anchor.month = month;
	opts.anchor.day = day;
	assert_int_equal(errata_mentions_extract_text(&ms, text, len, loc, &opts), 0);
	assert_non_null(ms);
	return ms;
}

static errata_mentions *extract(const errata_locale *loc, const char *text, size_t len)
{
	return extract_dated(loc, text, len, 2026, 3, 4);
}

/* The one mention of text[0..len): its whole span and its date. */
static void expect_one(const errata_locale *loc, const char *text, size_t len,
                       const char *whole, int weekday, int year, int month, int day)
{
	errata_mentions *ms = extract(loc, text, len);
	const errata_mention *m;

	if (errata_mentions_count(ms) != 1)
		fail_msg("'%.*s': %zu mentions, want 1", (int)len, text, errata_mentions_count(ms));
	m = errata_mentions_get(ms, 0);
	if (m->length != strlen(whole) || memcmp(text + m->offset, whole, m->length))
		fail_msg("'%.*s': span '%.*s', want '%s'", (int)len, text, (int)m->length,
		         text + m->offset, whole);
	assert_int_equal(m->weekday, weekday);
	assert_int_equal(m->year, year);
	assert_int_equal(m->month, month);
	assert_int_equal(m->day, day);
	errata_mentions_free(ms);
}

static void expect_none(const errata_locale *loc, const char *text)
{
	errata_mentions *ms = extract(loc, text, strlen(text));

	if (errata_mentions_count(ms) != 0)
		fail_msg("'%s': %zu mentions, want none", text, errata_mentions_count(ms));
	errata_mentions_free(ms);
}

/* Every field of two mentions, the second read shift bytes further on. */
static void same_mention(const errata_mentions *a, const errata_mentions *b, size_t i,
                         size_t shift, const char *what)
{
	const errata_mention *x = errata_mentions_get(a, i), *y = errata_mentions_get(b, i);

	if (y->offset != x->offset + shift || y->length != x->length ||
	    y->date_offset != x->date_offset + shift || y->date_length != x->date_length ||
	    y->weekday != x->weekday || y->weekday_length != x->weekday_length ||
	    (x->weekday >= 0 && y->weekday_offset != x->weekday_offset + shift) ||
	    y->year != x->year || y->month != x->month || y->day != x->day ||
	    y->flags != x->flags || y->peer != x->peer ||
	    errata__mention_alt_year(a, i) != errata__mention_alt_year(b, i))
		fail_msg("'%s' moved by %zu: mention %zu differs", what, shift, i);
}

/*
 * The same sentences after prose of every length from 0 to 150 bytes (so
 * that each of their bytes falls at every place in a window): the same
 * mentions, moved by the prose's length.
 */
static void test_mentions_scan_windows(void **state)
{
	static const char filler[] =
		"the committee heard evidence from transport experts and local groups "
		"while the agency said it would publish the full report on its website "
		"after the vote ";
	static const char *const sentences[] = {
		"On Monday, Jan. 5, 2026, the vote was held.",
		"Talks ran from Dec. 24-26 and on the 7th of January.",
		"A well-known figure declined on March 3 to comment.",
		"The file dated 2026-01-07T10:30 and 3/4/2026 were read.",
		"It doesn't open before Thursday (Jan. 8) or after Sat., Jan. 10.",
		"Mondays-Wednesdays, Sept. 15 and 16, 2026, caf\xc3\xa9 hours.",
		"between March 2 and March 4",
		"Friday",
	};
	char text[512];

	(void)state;
	for (size_t s = 0; s < sizeof(sentences) / sizeof(sentences[0]); s++) {
		size_t n = strlen(sentences[s]);
		errata_mentions *alone = extract(en, sentences[s], n);

		for (size_t shift = 0; shift <= 150; shift++) {
			errata_mentions *moved;

			/* prose cut at any byte, then a space: the cut word is no key */
			memcpy(text, filler, shift);
			text[shift] = ' ';
			memcpy(text + shift + 1, sentences[s], n);
			moved = extract(en, text, shift + 1 + n);
			if (errata_mentions_count(moved) != errata_mentions_count(alone))
				fail_msg("'%s' after %zu bytes: %zu mentions, want %zu", sentences[s],
				         shift, errata_mentions_count(moved), errata_mentions_count(alone));
			for (size_t i = 0; i < errata_mentions_count(alone); i++)
				same_mention(alone, moved, i, shift + 1, sentences[s]);
			errata_mentions_free(moved);
		}
		errata_mentions_free(alone);
	}
}

/*
 * A word that goes on after its ASCII letters (a hyphen, an apostrophe, a
 * letter of another script) is read whole, even when no key starts like
 * it: what follows it starts no mention of its own.
 */
static void test_mentions_scan_words_going_on(void **state)
{
	const char *t;

	(void)state;
	/* "xx-Monday" is one word and no key: the date stands alone */
	t = "xx-Monday, Jan. 5, 2026";
	expect_one(en, t, strlen(t), "Jan. 5, 2026", -1, 2026, 1, 5);
	/* a known word before its hyphen is read as that word, which here
	 * names no date: the date after it stands alone */
	t = "Monday-ish, Jan. 5, 2026";
	expect_one(en, t, strlen(t), "Jan. 5, 2026", -1, 2026, 1, 5);
	/* "Mondays" starts like a key and is none */
	t = "Mondays, Jan. 5, 2026";
	expect_one(en, t, strlen(t), "Jan. 5, 2026", -1, 2026, 1, 5);
	t = "decisions on Dec. 5, 2026";
	expect_one(en, t, strlen(t), "Dec. 5, 2026", -1, 2026, 12, 5);
	/* apostrophes, straight and curly, and letters outside ASCII */
	t = "o'Monday, Jan. 5, 2026";
	expect_one(en, t, strlen(t), "Jan. 5, 2026", -1, 2026, 1, 5);
	t = "Ma\xe2\x80\x99Monday, Jan. 5, 2026";
	expect_one(en, t, strlen(t), "Jan. 5, 2026", -1, 2026, 1, 5);
	t = "Z\xc3\xbcrichMonday, Jan. 5, 2026";
	expect_one(en, t, strlen(t), "Jan. 5, 2026", -1, 2026, 1, 5);
	t = "Z\xc3\xbcrich Monday, Jan. 5, 2026";
	expect_one(en, t, strlen(t), "Monday, Jan. 5, 2026", 0, 2026, 1, 5);
	/* digits glued to letters start nothing; letters after digits may */
	expect_none(en, "abc12 March");
	t = "in 1999Dec. 5, 2026";
	expect_one(en, t, strlen(t), "Dec. 5, 2026", -1, 2026, 12, 5);
	t = "5Jan 2026";
	expect_one(en, t, strlen(t), "5Jan 2026", -1, 2026, 1, 5);
}

/* The text may end anywhere: inside a word, right after a date, inside a
 * character of another script. */
static void test_mentions_scan_text_ends(void **state)
{
	static const char date[] = "on Friday, Dec. 4";
	char text[256];

	(void)state;
	/* a date at the very end, after prose of every length */
	for (size_t pad = 0; pad < 140; pad++) {
		memset(text, 'x', pad);
		text[pad] = ' ';
		memcpy(text + pad + 1, date, sizeof(date) - 1);
		expect_one(en, text, pad + sizeof(date), "Friday, Dec. 4", 4, 2025, 12, 4);
		/* cut inside the day: only the weekday and month are left */
		{
			errata_mentions *ms = extract(en, text, pad + sizeof(date) - 2);

			assert_int_equal(errata_mentions_count(ms), 0);
			errata_mentions_free(ms);
		}
	}
	/* texts of a few bytes, and a cut UTF-8 character at the end */
	expect_one(en, "May 5", 5, "May 5", -1, 2026, 5, 5);
	expect_one(en, "5 May", 5, "5 May", -1, 2026, 5, 5);
	expect_none(en, "Dec");
	expect_none(en, "D");
	expect_none(en, "");
	expect_one(en, "Dec. 4 \xc3", 8, "Dec. 4", -1, 2025, 12, 4);
	expect_one(en, "\xc3\xa9t\xc3\xa9 Dec. 4", 12, "Dec. 4", -1, 2025, 12, 4);
}

/* Tables whose keys include words of one or two letters keep them. */
static void test_mentions_scan_short_keys(void **state)
{
	const char *t;

	(void)state;
	t = "am Mo., 5. Januar 2026";
	expect_one(de, t, strlen(t), "Mo., 5. Januar 2026", 0, 2026, 1, 5);
	t = "Sa, 7. M\xc3\xa4rz 2026";
	expect_one(de, t, strlen(t), "Sa, 7. M\xc3\xa4rz 2026", 5, 2026, 3, 7);
	/* written in lower case, the short forms are other words, unless
	 * the weekday and the full date stand alone on their line */
	t = "so 7. M\xc3\xa4rz 2026 kam es";
	expect_one(de, t, strlen(t), "7. M\xc3\xa4rz 2026", -1, 2026, 3, 7);
	t = "so 7. M\xc3\xa4rz 2026";
	expect_one(de, t, strlen(t), "so 7. M\xc3\xa4rz 2026", 6, 2026, 3, 7);
	/* a Roman month of one letter */
	t = "dnia 30 V 2026";
	expect_one(pl, t, strlen(t), "30 V 2026", -1, 2026, 5, 30);
	t = "pn., 4 maja 2026";
	expect_one(pl, t, strlen(t), "pn., 4 maja 2026", 0, 2026, 5, 4);
}

/*
 * A word that shares a key's first three letters but not what follows
 * them ("mayor", "monetary", "septic", "marching") is passed over; the
 * keys of three letters and the longer ones are read.
 */
static void test_mentions_scan_fourth_letter(void **state)
{
	const char *t;

	(void)state;
	t = "The mayor said May 5, 2026 was set.";
	expect_one(en, t, strlen(t), "May 5, 2026", -1, 2026, 5, 5);
	t = "Monetary policy on Mon., Jan. 5, 2026.";
	expect_one(en, t, strlen(t), "Mon., Jan. 5, 2026", 0, 2026, 1, 5);
	t = "Septic tanks on Sept. 15, 2026 and more.";
	expect_one(en, t, strlen(t), "Sept. 15, 2026", -1, 2026, 9, 15);
	t = "Marching bands on Mar. 3, 2026 or Monday, March 2, 2026.";
	{
		errata_mentions *ms = extract(en, t, strlen(t));

		assert_int_equal(errata_mentions_count(ms), 2);
		assert_int_equal(errata_mentions_get(ms, 0)->month, 3);
		assert_int_equal(errata_mentions_get(ms, 1)->weekday, 0);
		errata_mentions_free(ms);
	}
	t = "Wedding on Wed, Jan. 7, 2026";
	expect_one(en, t, strlen(t), "Wed, Jan. 7, 2026", 2, 2026, 1, 7);
}

/*
 * Year inference asks whether a paragraph break lies between far-apart
 * places: none for well over a thousand bytes, then one.
 */
static void test_mentions_scan_far_paragraphs(void **state)
{
	char text[8192];
	size_t n = 0;
	errata_mentions *ms;

	(void)state;
	n += (size_t)sprintf(text + n, "It began on Dec. 30, 2025.");
	for (int i = 0; i < 40; i++)
		n += (size_t)sprintf(text + n, " Talks went on and on without a break in sight.");
	n += (size_t)sprintf(text + n, " It ended on Jan. 2.\n \r\nThe next one opens on Jan. 5.");
	/* the article is dated November 2026: Jan. 2 and 5 may be 2027's */
	ms = extract_dated(en, text, n, 2026, 11, 1);
	assert_int_equal(errata_mentions_count(ms), 3);
	assert_int_equal(errata_mentions_get(ms, 1)->year, 2026);
	assert_int_equal(errata__mention_alt_year(ms, 1), 2027);
	/* past the blank line the 2025 date anchors nothing: the article's
	 * reading is the only one */
	assert_int_equal(errata_mentions_get(ms, 2)->year, 2027);
	assert_int_equal(errata__mention_alt_year(ms, 2), 0);
	/* in the anchor's paragraph the anchor's reading is named; past the
	 * blank line, the article's */
	assert_int_equal(errata__mention_report_year(ms, 1), 2026);
	assert_int_equal(errata__mention_report_year(ms, 2), 2027);
	errata_mentions_free(ms);
}

/* text, its code points upper-cased from the first one on (all of them
 * when all, else only the first), into out. */
static size_t upper_text(const char *text, size_t len, int all, char *out)
{
	size_t i = 0, n = 0;

	while (i < len) {
		uint32_t cp;
		size_t k = errata__utf8_decode((const unsigned char *)text + i, len - i, &cp);

		if (!k) {
			out[n++] = text[i++];
			continue;
		}
		if (all || i == 0)
			cp = (uint32_t)utf8proc_toupper((utf8proc_int32_t)cp);
		n += errata__utf8_encode(cp, out + n);
		i += k;
	}
	out[n] = '\0';
	return n;
}

/*
 * The sieve for words outside ASCII (loc->lead): in every table, every
 * key written as a word (as it is, capitalized, in capitals, with a
 * hyphen and more letters after it) that the tokenizer reads and the table
 * finds passes it; words that start like no key are turned down.
 */
static void test_mentions_scan_lead_sieve(void **state)
{
	static const char *langs[] = { "ast", "br", "ca", "cs", "da", "de", "el", "en", "eo", "es", "fi",
	                               "fr", "ga", "gl", "hu", "it", "ja", "ko", "nb", "nl", "pl", "pt",
	                               "ro", "ru", "sk", "sv", "tr", "uk", "zh", "zh-TW", "zh-HK" };
	static const char *tails[] = { "", "-\xd0\xb4\xd0\xb0", "-ok", " 5", "\xe2\x80\x99s" };
	size_t tried = 0;
	errata_locale *ru, *ja;

	(void)state;
	for (size_t l = 0; l < sizeof(langs) / sizeof(*langs); l++) {
		errata_locale *loc = NULL;

		assert_int_equal(errata_locale_load_lang(&loc, langs[l]), 0);
		for (size_t i = 0; i <= loc->mask; i++) {
			const errata__date_word *w = &loc->slots[i];

			if (!w->key || w->klen > 200)
				continue;
			for (int form = 0; form < 3; form++)
				for (size_t t = 0; t < sizeof(tails) / sizeof(*tails); t++) {
					char text[256], word[1024];
					size_t n;
					errata__tok tok;

					snprintf(text, sizeof(text), "%s%s", w->key, tails[t]);
					n = form ? upper_text(text, strlen(text), form == 2, word)
					         : (size_t)snprintf(word, sizeof(word), "%s", text);
					errata__tok_next(word, n, 0, &tok);
					if (tok.kind != ERRATA__TOK_WORD || tok.start != 0 || !tok.flen)
						continue;
					if (!errata__locale_word(loc, tok.fold, tok.flen) &&
					    !(tok.hyphen && errata__locale_word(loc, tok.fold, tok.hyphen_flen)))
						continue;
					tried++;
					if (!errata__tok_lead_may(&loc->lead, word, n, 0))
						fail_msg("%s: '%s' is a key and was turned down", langs[l], word);
				}
		}
		errata_locale_free(loc);
	}
	assert_true(tried > 1000);

	assert_int_equal(errata_locale_load_lang(&ru, "ru"), 0);
	assert_int_equal(errata_locale_load_lang(&ja, "ja"), 0);
	/* ("Жители", "проект": no Russian month or weekday starts so) */
	assert_int_equal(errata__tok_lead_may(&ru->lead, "\xd0\x96\xd0\xb8\xd1\x82\xd0\xb5\xd0\xbb\xd0\xb8", 12, 0), 0);
	assert_int_equal(errata__tok_lead_may(&ru->lead, "\xd0\xbf\xd1\x80\xd0\xbe\xd0\xb5\xd0\xba\xd1\x82", 12, 0), 0);
	/* "Марта", "МАРТА" pass; so do ASCII words, numbers and blanks,
	 * which the sieve does not judge */
	assert_int_equal(errata__tok_lead_may(&ru->lead, "\xd0\x9c\xd0\xb0\xd1\x80\xd1\x82\xd0\xb0", 10, 0), 1);
	assert_int_equal(errata__tok_lead_may(&ru->lead, "\xd0\x9c\xd0\x90\xd0\xa0\xd0\xa2\xd0\x90", 10, 0), 1);
	assert_int_equal(errata__tok_lead_may(&ru->lead, "word", 4, 0), 1);
	assert_int_equal(errata__tok_lead_may(&ru->lead, "\xc2\xa0" "5", 3, 0), 1);
	/* "会議" is turned down in Japanese; "月曜日" passes */
	assert_int_equal(errata__tok_lead_may(&ja->lead, "\xe4\xbc\x9a\xe8\xad\xb0", 6, 0), 0);
	assert_int_equal(errata__tok_lead_may(&ja->lead, "\xe6\x9c\x88\xe6\x9b\x9c\xe6\x97\xa5", 9, 0), 1);
	/* and the scan still reads a Russian date whose words are capitalized */
	expect_one(ru, "\xd0\x92\xd1\x81\xd1\x82\xd1\x80\xd0\xb5\xd1\x87\xd0\xb0 6 \xd0\x90\xd0\x92\xd0\x93\xd0\xa3\xd0\xa1\xd0\xa2\xd0\x90 2026 \xd0\xb3\xd0\xbe\xd0\xb4\xd0\xb0 (\xd0\xa7\xd0\xb5\xd1\x82\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb3).",
	           strlen("\xd0\x92\xd1\x81\xd1\x82\xd1\x80\xd0\xb5\xd1\x87\xd0\xb0 6 \xd0\x90\xd0\x92\xd0\x93\xd0\xa3\xd0\xa1\xd0\xa2\xd0\x90 2026 \xd0\xb3\xd0\xbe\xd0\xb4\xd0\xb0 (\xd0\xa7\xd0\xb5\xd1\x82\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb3)."),
	           "6 \xd0\x90\xd0\x92\xd0\x93\xd0\xa3\xd0\xa1\xd0\xa2\xd0\x90 2026 \xd0\xb3\xd0\xbe\xd0\xb4\xd0\xb0 (\xd0\xa7\xd0\xb5\xd1\x82\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb3)",
	           3, 2026, 8, 6);
	errata_locale_free(ru);
	errata_locale_free(ja);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_mentions_scan_windows),
		cmocka_unit_test(test_mentions_scan_words_going_on),
		cmocka_unit_test(test_mentions_scan_text_ends),
		cmocka_unit_test(test_mentions_scan_short_keys),
		cmocka_unit_test(test_mentions_scan_fourth_letter),
		cmocka_unit_test(test_mentions_scan_far_paragraphs),
		cmocka_unit_test(test_mentions_scan_lead_sieve),
	};

	return cmocka_run_group_tests_name("mentions_scan", tests, setup, teardown);
}
