/*
 * checks/dating.c: the date helpers of checks/dating.h.
 */
#include <stdlib.h>
#include <string.h>

#include "checks/dating.h"

#include "common.h"
#include "checks/words.h"
#include "dates/locale.h"
#include "dates/token.h"
#include "dates/mention.h"
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
	/* the mentions are one array in text order: read in place, not
	 * through errata_mentions_get() at every step */
	const errata_mention *v = hi ? errata_mentions_get(m, 0) : NULL;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (v[mid].offset < at)
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

	if (!loc || at >= len || errata__words_for(&w, loc) < 0 || !w || (!w->leap_words.count && !w->born.count))
		return 0;
	errata__sentence(w, text, len, at, &s, &e);
	/* a birth on the leap day without its year is a birthday of leap years ("né un 29 février") */
	if (errata__words_in(&w->leap_words, text, len, s, e) || errata__words_in(&w->born, text, len, s, at))
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

size_t errata__and_word_at(const errata_locale *loc, const char *text, size_t len, size_t at)
{
	const errata__words *w = NULL;

	if (!loc || errata__words_for(&w, loc) < 0 || !w)
		return 0;
	return errata__words_match(&w->and_words, text, len, at, NULL);
}

int errata__and_word_before(const errata_locale *loc, const char *text, size_t len, size_t at)
{
	size_t e = at, s;

	while (e > 0 && text[e - 1] == ' ')
		e--;
	s = errata__word_start_back(text, len, e, 0);
	return s < e && errata__and_word_at(loc, text, len, s) == e - s;
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

int errata__month_named(const errata_locale *loc, const char *text, size_t n)
{
	for (int m = 1; loc && n && m <= 12; m++) {
		const char *name = errata_locale_month_name(loc, m);

		if (name && strlen(name) == n && errata__same_folded(name, text, n))
			return m;
	}
	return 0;
}

/* Whether a word of list ends at e: its start in *start. */
static int list_word_ends(const errata__wordlist *list, const char *text, size_t len, size_t e,
                          size_t *start)
{
	size_t s = errata__word_start_back(text, len, e, 0);

	*start = s;
	return s < e && errata__words_match(list, text, len, s, NULL) == e - s;
}

int errata__weekday_of(const errata_locale *loc, const char *text, size_t len, size_t woff)
{
	const errata__words *w = NULL;
	size_t e, s;

	if (!loc || errata__words_for(&w, loc) < 0 || !w || !w->weekday_of.count)
		return 0;
	for (e = woff; e > 0 && text[e - 1] == ' '; e--)
		;
	return e < woff && list_word_ends(&w->weekday_of, text, len, e, &s);
}

int errata__relative_pronoun_may_end(const errata__words *w, const char *text, size_t pos)
{
	return w && w->relative_pronouns.count && pos > 0 &&
	       errata__words_may_end(&w->relative_pronouns, text, pos);
}

int errata__relative_pronoun_ends(const errata_locale *loc, const char *text, size_t len,
                                  size_t pos, size_t *start)
{
	const errata__words *w = NULL;

	return loc && errata__words_for(&w, loc) == 0 && w && w->relative_pronouns.count &&
	       list_word_ends(&w->relative_pronouns, text, len, pos, start);
}

int errata__weekday_in_title(const errata_locale *loc, const char *text, size_t tlen,
                             size_t woff, size_t wend)
{
	const errata__words *w = NULL;
	size_t wl = wend - woff;
	unsigned char first;

	if (!loc || wl == 0 || errata__words_for(&w, loc) < 0 || !w || !w->weekday_titles.count)
		return 0;
	/* each title, at each word of it where the weekday word may stand */
	first = errata__lower_ascii[(unsigned char)text[woff]];
	for (size_t k = 0; k < w->weekday_titles.count; k++) {
		const errata__word *t = &w->weekday_titles.items[k];
		const char *at;

		for (size_t j = 0; j + wl <= t->len; j++) {
			size_t s;

			/* (only where the title has the weekday's first letter: a few places of it) */
			if (!(at = memchr(t->low + j, first, t->len - wl + 1 - j)))
				break;
			j = (size_t)(at - t->low);
			s = woff - j;
			if ((j && t->word[j - 1] != ' ') || (j + wl < t->len && t->word[j + wl] != ' ') ||
			    errata__strncasecmp_ascii(t->word + j, text + woff, wl) != 0)
				continue;
			/* (the title's last byte before the whole of it: most places end otherwise) */
			if (j <= woff && s + t->len <= tlen &&
			    errata__lower_ascii[(unsigned char)text[s + t->len - 1]] ==
			            (unsigned char)t->low[t->len - 1] &&
			    errata__strncasecmp_ascii(text + s, t->word, t->len) == 0 &&
			    (s == 0 || !errata__is_word_byte(text, tlen, s - 1)) &&
			    (s + t->len == tlen || !errata__is_word_byte(text, tlen, s + t->len)))
				return 1;
		}
	}
	return 0;
}

/*
 * The four bytes before e as one number, each with bit 5 set (ASCII
 * letters in lower case; other bytes folded alike, which a sieve allows).
 */
static inline uint32_t last4(const char *text, size_t e)
{
	uint32_t v;

	memcpy(&v, text + e - 4, 4);
	return v | 0x20202020u;
}

/* The bit of a link's last four bytes in a sieve of 1024 bits. */
static inline unsigned last4_bit(uint32_t v)
{
	return (v * 0x9e3779b1u) >> 22;
}

/*
 * What a weekday is read after, built once per table: a sieve of the
 * last four bytes of the links of four or five bytes (every bit when one
 * is shorter), one of the last six of the longer ones, and each
 * link's last eight bytes or fewer, with their mask, ASCII lower case.
 */
typedef struct {
	const errata__words *w;   /* the table's words it was built from */
	uint64_t bits[16], bits6[16];
	uint64_t tail[32], mask[32];
	size_t n;                 /* links described; 0: more than 32 (then compared in full) */
	int wide_lead;            /* a weekday name has a byte outside ASCII among its first three */
} link_sieve;

static _Thread_local link_sieve sieve;

static const link_sieve *link_sieve_for(const errata__words *w)
{
	const errata__wordlist *links = &w->holiday_weekday_links;

	if (sieve.w == w)
		return &sieve;
	memset(&sieve, 0, sizeof(sieve));
	for (size_t k = 0; k < links->count; k++) {
		const errata__word *q = &links->items[k];
		size_t m = q->len < 8 ? q->len : 8;
		unsigned b;

		if (q->len < 4) {
			memset(sieve.bits, 0xff, sizeof(sieve.bits));
		} else if (q->len < 6) {
			b = last4_bit(last4(q->low, q->len));
			sieve.bits[b >> 6] |= (uint64_t)1 << (b & 63);
		} else {
			/* by its last six bytes: "s on" of "talks on" is not "falls on" */
			b = last4_bit(last4(q->low, q->len) ^ last4(q->low, q->len - 2) * 31u);
			sieve.bits6[b >> 6] |= (uint64_t)1 << (b & 63);
		}
		if (k < 32) {
			for (size_t i = 0; i < m; i++) {
				sieve.tail[k] |= (uint64_t)(unsigned char)q->low[q->len - m + i] << (8 * (8 - m + i));
				sieve.mask[k] |= (uint64_t)0xff << (8 * (8 - m + i));
			}
		}
	}
	sieve.n = links->count <= 32 ? links->count : 0;
	for (size_t k = 0; k < w->weekday_names.count; k++) {
		const errata__word *q = &w->weekday_names.items[k];

		for (size_t i = 1; i < 3 && i < q->len; i++)
			sieve.wide_lead |= (unsigned char)q->word[i] >= 0x80;
	}
	sieve.w = w;
	return &sieve;
}

/* Whether a space and, before it, bytes that may end a link stand before `at`. */
static inline int link_may_end(const link_sieve *sv, const char *text, size_t at)
{
	uint32_t v;
	unsigned b;

	if (at < 8 || (text[at - 1] != ' ' && text[at - 1] != '\t'))
		return 0;
	v = last4(text, at - 1);
	b = last4_bit(v);
	if ((sv->bits[b >> 6] >> (b & 63)) & 1)
		return 1;
	b = last4_bit(v ^ last4(text, at - 3) * 31u);
	return (int)((sv->bits6[b >> 6] >> (b & 63)) & 1);
}

/* The longest word of l that ends at e, at a word start: its index, or -1. */
static long list_word_ending(const link_sieve *sv, const errata__wordlist *l, const char *text,
                             size_t len, size_t e)
{
	long best = -1;
	size_t best_len = 0;
	uint64_t v = 0;

	/* the eight bytes before e (fewer at the text's start), ASCII lower case */
	for (size_t i = 0; i < 8 && i < e; i++)
		v |= (uint64_t)errata__lower_ascii[(unsigned char)text[e - 1 - i]] << (8 * (7 - i));
	for (size_t k = 0; k < l->count; k++) {
		const errata__word *q = &l->items[k];

		if ((sv->n && ((v ^ sv->tail[k]) & sv->mask[k])) || q->len > e || q->len <= best_len ||
		    errata__strncasecmp_ascii(text + e - q->len, q->word, q->len) != 0 ||
		    !errata__word_start(text, len, e - q->len))
			continue;
		best = (long)k;
		best_len = q->len;
	}
	return best;
}

/* A statement whose weekday word starts at `at`: appended to *v. 0, 1 (none), or ERRATA_ENOMEM. */
static int statement_at(const errata__words *w, const link_sieve *sv, const char *text, size_t len,
                        size_t at, errata__weekday_statement **v, size_t *n, size_t *alloc)
{
	errata__weekday_statement st;
	size_t wl, e = at, ss, se;
	long k;
	int wd = 0;

	/* "falls on a Thursday": a link, then the weekday */
	while (e > 0 && (text[e - 1] == ' ' || text[e - 1] == '\t'))
		e--;
	if (e == 0 || (k = list_word_ending(sv, &w->holiday_weekday_links, text, len, e)) < 0 ||
	    !(wl = errata__words_match(&w->weekday_names, text, len, at, &wd)) || wd < 0 || wd > 6)
		return 1;
	memset(&st, 0, sizeof(st));
	st.link = e - w->holiday_weekday_links.items[k].len;
	st.offset = at;
	st.length = wl;
	st.weekday = wd;
	st.tense = w->holiday_weekday_links.items[k].value;
	{
		size_t r = st.link, rs;

		while (r > 0 && (text[r - 1] == ' ' || text[r - 1] == '\t'))
			r--;
		for (rs = r; rs > 0 && errata__is_word_byte(text, len, rs - 1);)
			rs--;
		if (rs < r && errata__words_match(&w->relative_pronouns, text, len, rs, NULL) == r - rs)
			st.relative = rs;
	}
	errata__sentence(w, text, len, at, &ss, &se);
	for (size_t i = ss; i + 4 <= se; i++) {
		int y;

		if ((text[i] == '1' || text[i] == '2') && (i == 0 || !errata__is_word_byte(text, len, i - 1)) &&
		    (y = errata__read_year(text, len, i)) > 0) {
			st.year = st.year && st.year != y ? -1 : y;
			i += 3;
		}
	}
	st.shifted = errata__words_in(&w->year_shifts, text, len, ss, se);
	if (*n == *alloc) {
		size_t na = *alloc ? *alloc * 2 : 8;
		errata__weekday_statement *grown = realloc(*v, na * sizeof(**v));

		if (!grown)
			return errata__oom();
		*v = grown;
		*alloc = na;
	}
	(*v)[(*n)++] = st;
	return 0;
}

int errata__weekday_statements(const errata__words *w, const errata__word_index *ix,
                               const char *text, size_t len,
                               errata__weekday_statement **out, size_t *count)
{
	errata__weekday_statement *v = NULL;
	size_t n = 0, alloc = 0;
	const link_sieve *sv;
	const errata__word_span *keys = NULL;
	size_t nkeys = 0;
	int error = 0;

	*out = NULL;
	*count = 0;
	if (!w || !w->weekday_names.count || !w->holiday_weekday_links.count)
		return 0;
	sv = link_sieve_for(w);
	if (ix)
		keys = errata__word_index_apart(ix, ERRATA__MENTION_KEY_CLASS, &nkeys);
	if (keys) {
		/* the date keys' words of the index, no longer than a weekday name, after a link's end */
		size_t longest = 0;

		/* (a word of the index ends where its ASCII letters end: "mi" of "miércoles") */
		for (size_t k = 0; k < w->weekday_names.count; k++)
			if (w->weekday_names.items[k].len > longest)
				longest = w->weekday_names.items[k].len;
		for (const errata__word_span *k = keys, *end = keys + nkeys; k < end && error >= 0; k++)
			if (k->end - k->start <= longest &&
			    errata__words_may_start(&w->weekday_names, text, len, k->start) &&
			    link_may_end(sv, text, k->start))
				error = statement_at(w, sv, text, len, k->start, &v, &n, &alloc);
		/*
		 * the keys mark runs of ASCII letters only: a name with a byte
		 * outside ASCII among its first three ("miércoles", "sábado") is
		 * sought at the words that have one there
		 */
		if (sv->wide_lead) {
			for (size_t m = errata__word_index_next_early_mark(ix, 0, len); m < len && error >= 0;
			     m = errata__word_index_next_early_mark(ix, m + 1, len)) {
				if ((unsigned char)text[m] < 0xc0)
					continue;
				for (size_t at = m > 2 ? m - 2 : 0; at < m && error >= 0; at++)
					if (link_may_end(sv, text, at) && errata__word_start(text, len, at) &&
					    errata__words_may_start(&w->weekday_names, text, len, at))
						error = statement_at(w, sv, text, len, at, &v, &n, &alloc);
			}
		}
	} else {
		for (size_t at = errata__next_word_start(text, len, 0, len); at < len && error >= 0;
		     at = errata__next_word_start(text, len, at + 1, len))
			if (link_may_end(sv, text, at))
				error = statement_at(w, sv, text, len, at, &v, &n, &alloc);
	}
	if (error < 0) {
		free(v);
		return error;
	}
	*out = v;
	*count = n;
	return 0;
}

int errata__range_word_between(const errata_locale *loc, const char *p, size_t s, size_t e)
{
	const errata__strs *marks = &loc->cjk.range;

	while (s < e && (p[s] == ' ' || p[s] == '\t'))
		s++;
	while (e > s && (p[e - 1] == ' ' || p[e - 1] == '\t'))
		e--;
	if (s == e)
		return 0;
	for (size_t k = 0; k < marks->n; k++)
		if (strlen(marks->v[k]) == e - s && !memcmp(p + s, marks->v[k], e - s))
			return 1;
	for (size_t k = 0; k < loc->range.n; k++) {
		const errata__tok *t = &loc->range.v[k].tok[0];

		if (loc->range.v[k].n != 1)
			continue;
		if (t->kind == ERRATA__TOK_WORD && t->flen == e - s &&
		    !errata__strncasecmp_ascii(p + s, t->fold, e - s))
			return 1;
		if (t->kind == ERRATA__TOK_PUNCT) {
			uint32_t cp = 0;

			if (errata__utf8_decode((const unsigned char *)p + s, e - s, &cp) == e - s && cp == t->cp)
				return 1;
		}
	}
	return 0;
}

int errata__weekday_word_at(const errata_locale *loc, const char *p, size_t len, size_t at,
                            size_t *end)
{
	char key[48];
	size_t n = 0, i = at;
	const errata__date_word *x;

	if (!errata__word_start(p, len, at))
		return -1;
	while (i < len && errata__is_word_byte(p, len, i)) {
		uint32_t cp = 0;
		size_t k = errata__utf8_decode((const unsigned char *)p + i, len - i, &cp);

		if (!k || n + 4 >= sizeof(key))
			return -1;
		n += errata__utf8_encode(errata__fold_cp(cp), key + n);
		i += k;
	}
	x = n ? errata__locale_word(loc, key, n) : NULL;
	if (!x || x->weekday < 0 || x->ambiguous || !(x->wform & ERRATA__FORM_BARE))
		return -1;
	*end = i;
	return x->weekday;
}
