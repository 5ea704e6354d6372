/*
 * checks/dating.c: the date helpers of checks/dating.h.
 */
#include "checks/dating.h"

#include "common.h"
#include "checks/words.h"
#include "text/text.h"
#include "text/prose.h"

int errata__mention_days(const errata_mention *m, long *days)
{
	if (!m || m->year <= 0 || !errata_date_valid(m->year, m->month, m->day))
		return 0;
	*days = errata_date_to_days(m->year, m->month, m->day);
	return 1;
}

int errata__format_date(errata_buf *buf, const errata_locale *loc, int year,
                        int month, int day, int with_year)
{
	const char *name = loc ? errata_locale_month_name(loc, month) : NULL;

	/* the table's way: "January 4, 2026", "4 janvier 2026" */
	if (name)
		return errata_locale_format_day(loc, year, month, day, with_year, buf);
	return errata_buf_printf(buf, "%04d-%02d-%02d", year, month, day);
}

size_t errata__mention_at(const errata_mentions *m, size_t at)
{
	size_t lo = 0, hi = m ? errata_mentions_count(m) : 0;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (errata_mentions_get(m, mid)->offset < at)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

int errata__other_year_in(const errata_mentions *m, const char *text, size_t len,
                          size_t s, size_t e, int year)
{
	size_t count = m ? errata_mentions_count(m) : 0;

	for (size_t mi = errata__mention_at(m, s); mi < count; mi++) {
		const errata_mention *x = errata_mentions_get(m, mi);

		if (x->offset >= e)
			break;
		if (x->year > 0 && x->year != year)
			return 1;
	}
	for (size_t i = s; i < e; i++) {
		int y = errata__read_year(text, len, i);

		if (y && y != year)
			return 1;
	}
	return 0;
}

int errata__is_article(const errata_locale *loc, const char *text, size_t len,
                       size_t s, size_t e)
{
	const errata__words *w = NULL;

	if (!loc || s >= e || errata__words_for(&w, loc) < 0 || !w)
		return 0;
	return errata__words_match(&w->articles, text, len, s, NULL) == e - s;
}

int errata__leap_sentence(const errata_locale *loc, const char *text, size_t len, size_t at)
{
	const errata__words *w = NULL;
	size_t s, e;

	if (!loc || at >= len || errata__words_for(&w, loc) < 0 || !w || !w->leap_words.count)
		return 0;
	errata__sentence(w, text, len, at, &s, &e);
	if (errata__words_in(&w->leap_words, text, len, s, e))
		return 1;
	/* a word of Han, kana or Hangul may stand inside a run of them */
	for (size_t i = 0; i < w->leap_words.count; i++) {
		const errata__word *lw = &w->leap_words.items[i];

		if (lw->len && !lw->ends_word && (unsigned char)lw->word[0] >= 0x80 &&
		    errata__memmem(text + s, e - s, lw->word, lw->len))
			return 1;
	}
	return 0;
}

/* Whether the mention's date is written as digits alone ("11" of "May 12 and 11-4"). */
static int digits_only(const char *p, size_t len, const errata_mention *m)
{
	if (!m->date_length || m->date_offset + m->date_length > len)
		return 0;
	for (size_t k = m->date_offset; k < m->date_offset + m->date_length; k++)
		if (p[k] < '0' || p[k] > '9')
			return 0;
	return 1;
}

int errata__score_pair(const errata_mentions *ms, const char *text, size_t len, size_t i)
{
	const errata_mention *m = errata_mentions_get(ms, i), *a, *b;

	if (!m || m->peer < 0 || !(m->flags & (ERRATA_MENTION_RANGE_START | ERRATA_MENTION_RANGE_END)))
		return 0;
	a = (m->flags & ERRATA_MENTION_RANGE_START) ? m : errata_mentions_get(ms, (size_t)m->peer);
	b = (m->flags & ERRATA_MENTION_RANGE_START) ? errata_mentions_get(ms, (size_t)m->peer) : m;
	if (!a || !b || a->peer < 0 || b->peer < 0)
		return 0;
	return a->month == b->month && b->day <= a->day &&
	       digits_only(text, len, a) && digits_only(text, len, b);
}

/* The word that ends before `at` (spaces between): its start, or at when there is none. */
static size_t word_start_before(const char *text, size_t len, size_t at)
{
	size_t e = at, b;

	while (e > 0 && (text[e - 1] == ' ' || text[e - 1] == '\t'))
		e--;
	b = e;
	while (b > 0 && (errata__is_word_byte(text, len, b - 1) || text[b - 1] == '\'' ||
	                 text[b - 1] == '.'))
		b--;
	while (b < e && ((unsigned char)text[b] & 0xc0) == 0x80)
		b++;
	return b < e ? b : at;
}

int errata__date_in_name(const errata_locale *loc, const char *text, size_t len,
                         const errata_mention *m)
{
	const errata__words *w = NULL;
	size_t at, b;

	if (!loc || errata__words_for(&w, loc) < 0 || !w || !w->name_nouns.count ||
	    m->offset + m->length > len)
		return 0;
	/* "November 31st Street" */
	at = m->offset + m->length;
	while (at < len && (text[at] == ' ' || text[at] == '\t'))
		at++;
	if (at > m->offset + m->length && errata__words_match(&w->name_nouns, text, len, at, NULL))
		return 1;
	/* "calle 31 de febrero", "rue du 31 février", "Plaza de Mayo": up to two particles back */
	at = m->offset;
	for (int k = 0; k < 3; k++) {
		size_t n;

		if ((b = word_start_before(text, len, at)) == at)
			return 0;
		if ((n = errata__words_match(&w->name_nouns, text, len, b, NULL)) > 0 &&
		    b + n <= at)
			return 1;
		if (!((n = errata__words_match(&w->name_particles, text, len, b, NULL)) > 0 ||
		      (n = errata__words_match(&w->articles, text, len, b, NULL)) > 0) || b + n > at)
			return 0;
		at = b;
	}
	return 0;
}

int errata__is_name_particle(const errata_locale *loc, const char *text, size_t tlen,
                             size_t s, size_t e)
{
	const errata__words *w = NULL;

	return loc && errata__words_for(&w, loc) >= 0 && w &&
	       errata__words_match(&w->name_particles, text, tlen, s, NULL) == e - s;
}

int errata__weekday_in_title(const errata_locale *loc, const char *text, size_t tlen,
                             size_t woff, size_t wend)
{
	const errata__words *w = NULL;
	size_t wl = wend - woff;

	if (!loc || errata__words_for(&w, loc) < 0 || !w || !w->weekday_titles.count)
		return 0;
	/* each title, at each place in it where the weekday word may stand */
	for (size_t k = 0; k < w->weekday_titles.count; k++) {
		const errata__word *t = &w->weekday_titles.items[k];

		for (size_t j = 0; j + wl <= t->len; j++) {
			size_t s = woff - j;

			if ((j && t->word[j - 1] != ' ') ||
			    errata__strncasecmp_ascii(t->word + j, text + woff, wl) != 0)
				continue;
			if (j <= woff && s + t->len <= tlen &&
			    errata__strncasecmp_ascii(text + s, t->word, t->len) == 0 &&
			    (s == 0 || !errata__is_word_byte(text, tlen, s - 1)) &&
			    (s + t->len == tlen || !errata__is_word_byte(text, tlen, s + t->len)))
				return 1;
		}
	}
	return 0;
}

