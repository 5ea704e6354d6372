/*
 * holiday.c: date.holiday, a named holiday whose stated date is not the
 * holiday's date in that year ("Thanksgiving, Thursday, Nov. 27" in 2026,
 * when it is November 26; "Ostermontag, 7. April 2026", when Easter
 * Monday is April 6).
 *
 * The holidays are data in the locale table ("holidays"): fixed dates,
 * the nth weekday of a month, or days after Easter Sunday (the computus
 * is in calendar.c). A holiday is tied to a date mention when its name
 * stands right before the date (separated by spaces, a comma, a colon,
 * an opening bracket or one of the table's "holiday_words" link words:
 * "on", "am", "は") or right after it ("Nov. 26 (Thanksgiving)",
 * "5月5日(火)こどもの日"), or when the mention's weekday is the end of
 * the holiday's name ("Easter Monday, April 7"). A name after one of the
 * table's skip words ("after Thanksgiving, Nov. 27") names another day, and
 * one after the date that goes on with one of its period words
 * ("1月3日元旦假期", "Nov. 28 Thanksgiving weekend") names a period.
 * A name may have several definitions (countries that keep the holiday
 * on different days): a date that fits any of them is right. Without a
 * judged year nothing is said. A weekday inside a holiday name is never
 * the mention's weekday for date.weekday (errata__holiday_covers()).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "checks/check.h"
#include "checks/dating.h"
#include "checks/format.h"
#include "checks/holiday.h"
#include "checks/holiday_sieve.h"
#include "checks/words.h"
#include "common.h"
#include "dates/locale.h"
#include "dates/mention.h"
#include "dates/token.h"
#include "text/prose.h"
#include "text/wordindex.h"

/* The code point that ends before pos (0 at the start). */
static uint32_t cp_before(const char *s, size_t pos, size_t *start)
{
	size_t q = pos;
	uint32_t cp = 0;

	if (pos == 0) {
		*start = 0;
		return 0;
	}
	q--;
	while (q > 0 && ((unsigned char)s[q] & 0xc0) == 0x80)
		q--;
	if (!errata__utf8_decode((const unsigned char *)s + q, pos - q, &cp))
		cp = 0xfffd;
	*start = q;
	return cp;
}

static uint32_t cp_at(const char *s, size_t len, size_t pos)
{
	uint32_t cp = 0;

	if (pos >= len)
		return 0;
	if (!errata__utf8_decode((const unsigned char *)s + pos, len - pos, &cp))
		cp = 0xfffd;
	return cp;
}

/* Whether a name's edge at cp needs a word boundary (not in CJK text). */
static int needs_boundary(uint32_t cp)
{
	return !errata__is_cjk_letter(cp);
}

/* Whether the byte range is a letter or digit that continues a word. */
static int word_char(uint32_t cp)
{
	return cp && cp != 0xfffd &&
	       ((cp < 0x80 && ((cp | 32) - 'a' < 26u || cp - '0' < 10u)) ||
	        (cp >= 0xc0 && !errata__is_cjk_letter(cp) && cp != 0xd7 && cp != 0xf7 &&
	         cp < 0x2000));
}

/*
 * Whether a word edge at text s (a name or a word of a list that starts
 * with first) needs a boundary, and a word character stands before at:
 * the test for a word that starts at at. ASCII takes no decoding.
 */
static int joined_before_far(const char *s, size_t at, const char *first, size_t n)
{
	unsigned char c = at ? (unsigned char)s[at - 1] : 0;
	size_t q;

	if ((unsigned char)first[0] >= 0x80 && !needs_boundary(cp_at(first, n, 0)))
		return 0;
	/* the tail of a compound: "греко-католицький Великдень", "pre-Easter" */
	if (c == '-' && at >= 2)
		return joined_before_far(s, at - 1, first, n);
	if (c < 0x80)
		return word_char(c);
	return word_char(cp_before(s, at, &q));
}

/* joined_before_far() inline where it reads one ASCII byte: an ASCII word after a blank, most often. */
static inline int joined_before(const char *s, size_t at, const char *first, size_t n)
{
	unsigned char c = at ? (unsigned char)s[at - 1] : 0;

	if (c < 0x80 && c != '-' && (unsigned char)first[0] < 0x80)
		return word_char(c);
	return joined_before_far(s, at, first, n);
}

/* Separators between a holiday's name and its date. */
static int is_sep(uint32_t cp)
{
	return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xa0 || cp == ',' ||
	       cp == ':' || cp == '(' || cp == ')' || cp == 0xff08 || cp == 0xff09 ||
	       cp == 0x3001 || cp == 0x3000 || cp == 0x2013 || cp == 0x2014;
}

/* is_sep() of an ASCII byte: one bit test (the ASCII separators are all below 64). */
static inline int is_sep_ascii(unsigned char c)
{
	const uint64_t seps = (uint64_t)1 << ' ' | (uint64_t)1 << '\t' | (uint64_t)1 << '\n' |
	                      (uint64_t)1 << '\r' | (uint64_t)1 << ',' | (uint64_t)1 << ':' |
	                      (uint64_t)1 << '(' | (uint64_t)1 << ')';

	return c < 64 && ((seps >> c) & 1);
}

/*
 * Whether the separators in s[a, b) tie a name to a date: a line break
 * only with punctuation beside it ("Ostermontag,\n7. April"), not alone (a
 * name that ends one line of a list and a date that starts the next).
 */
static int gap_ok(const char *s, size_t a, size_t b)
{
	int newline = 0, punct = 0;

	for (size_t i = a; i < b; i++) {
		if (s[i] == '\n')
			newline = 1;
		else if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
			punct = 1;
	}
	return !newline || punct;
}

/* Whether s[a, b) holds spaces and tabs alone. */
static int blanks_only(const char *s, size_t a, size_t b)
{
	while (a < b && (s[a] == ' ' || s[a] == '\t'))
		a++;
	return a >= b;
}

/* Whether s[a, b) holds one comma and blanks alone: an apposition. */
static int comma_only(const char *s, size_t a, size_t b)
{
	int commas = 0;

	for (; a < b; a++)
		if (s[a] == ',')
			commas++;
		else if (s[a] != ' ' && s[a] != '\t')
			return 0;
	return commas == 1;
}

/* skip_back() from where a byte outside ASCII stands before pos. */
static size_t skip_back_wide(const char *s, size_t pos, size_t limit)
{
	size_t q;

	while (pos > limit) {
		unsigned char c = (unsigned char)s[pos - 1];

		if (c < 0x80) {
			/* an ASCII byte is its own code point */
			if (!is_sep_ascii(c))
				break;
			pos--;
		} else if (is_sep(cp_before(s, pos, &q))) {
			pos = q;
		} else {
			break;
		}
	}
	return pos;
}

/* skip_fwd() from where a byte outside ASCII stands at pos. */
static size_t skip_fwd_wide(const char *s, size_t len, size_t pos, size_t limit)
{
	uint32_t cp;

	while (pos < limit) {
		unsigned char c = (unsigned char)s[pos];

		if (c < 0x80) {
			/* an ASCII byte is its own code point */
			if (!is_sep_ascii(c))
				break;
			pos++;
		} else if ((cp = cp_at(s, len, pos)) && is_sep(cp)) {
			pos += cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
		} else {
			break;
		}
	}
	return pos;
}

/* Back over separators (is_sep()) from pos, not below limit. */
static inline size_t skip_back(const char *s, size_t pos, size_t limit)
{
	while (pos > limit && is_sep_ascii((unsigned char)s[pos - 1]))
		pos--;
	return pos > limit && (unsigned char)s[pos - 1] >= 0x80 ? skip_back_wide(s, pos, limit) : pos;
}

/* On over separators from pos, not up to limit. */
static inline size_t skip_fwd(const char *s, size_t len, size_t pos, size_t limit)
{
	while (pos < limit && is_sep_ascii((unsigned char)s[pos]))
		pos++;
	return pos < limit && (unsigned char)s[pos] >= 0x80 ? skip_fwd_wide(s, len, pos, limit) : pos;
}

/* errata__strncasecmp_ascii(a, b, n) == 0, for b without a NUL in its n bytes, inline. */
static inline int same_folded(const char *a, const char *b, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (errata__lower_ascii[(unsigned char)a[i]] != errata__lower_ascii[(unsigned char)b[i]])
			return 0;
	return 1;
}

/*
 * Whether a word of list l ends at pos, on a word boundary: its start.
 * The lists are sorted longest first (locale.c), so the first that fits
 * is the longest ("falls on" rather than "on"). lens: the words' lengths
 * when known (NULL: measured).
 */
static int word_ends_at(const errata__strs *l, const size_t *lens, const char *s, size_t pos,
                        size_t *start)
{
	for (size_t i = 0; i < l->n; i++) {
		const char *w = l->v[i];
		size_t n = lens ? lens[i] : strlen(w);

		/* the first and last bytes before the whole word (ASCII case aside);
		 * a word outside ASCII opening a sentence has its capital there
		 * ("Напередодні Різдва, 24 грудня", "Την παραμονή"), folded */
		if (n > pos || ((s[pos - 1] ^ w[n - 1]) & ~0x20))
			continue;
		if ((unsigned char)w[0] < 0x80 ?
		            ((s[pos - n] ^ w[0]) & ~0x20) || !same_folded(s + pos - n, w, n) :
		            !errata__same_folded(s + pos - n, w, n))
			continue;
		if (joined_before(s, pos - n, w, n))
			continue;
		*start = pos - n;
		return 1;
	}
	return 0;
}

/*
 * Whether one of list's words (a period after a holiday's name: "weekend",
 * "假期", "연휴") starts at pos, after blanks, and ends on a word boundary.
 */
static int period_after(const errata__strs *l, const char *s, size_t len, size_t pos)
{
	while (pos < len && (s[pos] == ' ' || s[pos] == '\t'))
		pos++;
	for (size_t i = 0; i < l->n; i++) {
		size_t n = strlen(l->v[i]), q;

		if (n > len - pos || errata__strncasecmp_ascii(s + pos, l->v[i], n))
			continue;
		cp_before(l->v[i], n, &q);
		if (needs_boundary(cp_at(l->v[i], n, q)) && word_char(cp_at(s, len, pos + n)))
			continue;
		return 1;
	}
	return 0;
}

/*
 * The end of word w at pos, when the text there is w (ASCII case aside)
 * and a word boundary or an apostrophe ("festa dell'") ends it; pos when
 * not.
 */
static inline size_t word_fits_at(const char *w, const char *s, size_t len, size_t pos)
{
	size_t n = strlen(w);
	char last = w[n - 1];

	if (n > len - pos || !same_folded(s + pos, w, n))
		return pos;
	/* (an apostrophe ends a word of its own: ' or the last byte of ’) */
	return last == '\'' || last == '\x99' || !word_char(cp_at(s, len, pos + n)) ? pos + n : pos;
}

/*
 * The end of the word of list l (sorted longest first: the first that
 * fits is the longest) that starts at pos and ends on a word boundary or
 * in an apostrophe ("festa dell'"); pos when none does.
 */
static inline size_t word_starting_at(const errata__strs *l, const char *s, size_t len, size_t pos)
{
	unsigned char first;

	if (!l->n || pos >= len)
		return pos;
	first = errata__lower_ascii[(unsigned char)s[pos]];
	for (size_t i = 0; i < l->n; i++) {
		size_t end;

		/* (the first byte before the length: most words start otherwise) */
		if (errata__lower_ascii[(unsigned char)l->v[i][0]] == first &&
		    (end = word_fits_at(l->v[i], s, len, pos)) > pos)
			return end;
	}
	return pos;
}

/*
 * word_starting_at() for the links of sv (loc->holiday_link_sieve): only
 * the links that start with the byte at pos are tried, in the list's
 * order (most places start with none: a date's comma, a lower-case word).
 */
static inline size_t link_starting_at(const errata__holiday_link_sieve *sv, const errata__strs *links,
                                      const char *s, size_t len, size_t pos)
{
	uint32_t starts;

	if (!sv->n)
		return word_starting_at(links, s, len, pos);
	if (pos >= len)
		return pos;
	for (starts = sv->by_first[errata__lower_ascii[(unsigned char)s[pos]]]; starts;
	     starts &= starts - 1) {
		size_t end = word_fits_at(links->v[errata__ctz64(starts)], s, len, pos);

		if (end > pos)
			return end;
	}
	return pos;
}

/*
 * Past a word of list (the table's holiday_words.day: "día de", "festa
 * dell'") at pos and the blanks after it: "23 de junio, día de San Juan"
 * names the holiday as a day. pos when none starts there.
 */
static size_t past_day_word(const errata__strs *l, const char *s, size_t len, size_t pos)
{
	size_t q = word_starting_at(l, s, len, pos);

	while (q > pos && q < len && s[q] == ' ')
		q++;
	return q;
}

/*
 * Whether a lower-case word goes on a holiday's name that ends at pos,
 * after the date: the name then names another day or thing, "21 juillet,
 * fête nationale belge" (Belgium's, not France's), "Nov. 27 Thanksgiving
 * parade".
 */
static int qualified_after(const char *s, size_t len, size_t pos)
{
	if (pos >= len || s[pos] != ' ')
		return 0;
	while (pos < len && s[pos] == ' ')
		pos++;
	return pos < len && s[pos] >= 'a' && s[pos] <= 'z';
}

/*
 * The names of the table's index (by_head or by_tail) whose key is key:
 * *count of them from the returned one, or the whole list (every name)
 * when the table has no index.
 */
static const errata__holiday_name *names_keyed(const errata__holiday_name *index, size_t n,
                                               uint32_t key, size_t *count)
{
	size_t lo = 0, hi = n, end;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (index[mid].key < key)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (end = lo; end < n && index[end].key == key; end++)
		;
	*count = end - lo;
	return index + lo;
}

/* Whether name (n bytes) ends at pos on a word boundary. */
/* Whether the name at t, as the holiday h's `name` is written, keeps its first letter's case where h is "cased". */
static inline int case_kept(const errata_locale *loc, size_t h, const char *t, const char *name)
{
	return !loc->holidays[h].cased || t[0] == name[0];
}

static int ends_at(const char *s, size_t pos, const char *name, size_t n)
{
	if (n > pos || errata__strncasecmp_ascii(s + pos - n, name, n))
		return 0;
	return !joined_before(s, pos - n, name, n);
}

static inline int bit_test(const uint64_t *bits, unsigned int k)
{
	return (int)((bits[k >> 6] >> (k & 63)) & 1);
}

/* word_ends_at() for the links of sv (loc->holiday_link_sieve). */
static int link_ends_at(const errata__holiday_link_sieve *sv, const errata__strs *links, const char *s,
                        size_t pos, size_t *start)
{
	uint32_t v, ends;

	if (!sv->n || pos < 4)
		return pos > 0 && word_ends_at(links, NULL, s, pos, start);
	/* only the links that end in the two bytes before pos (most end in no link) */
	ends = sv->by_last[errata__lower_ascii[(unsigned char)s[pos - 1]]] &
	       (sv->by_prev[errata__lower_ascii[(unsigned char)s[pos - 2]]] | sv->single);
	/* and in the two before them: "meeting on" ends no "falls on" */
	if (ends)
		ends &= (sv->by_third[errata__lower_ascii[(unsigned char)s[pos - 3]]] | sv->upto2) &
		        (sv->by_fourth[errata__lower_ascii[(unsigned char)s[pos - 4]]] | sv->upto3);
	v = ends ? errata__holiday_fold4(s + pos - 4) : 0;
	/* (in the links' order: the longest that fits first) */
	for (; ends; ends &= ends - 1) {
		size_t i = errata__ctz64(ends);
		const char *w = links->v[i];
		size_t n = sv->len[i];

		/* (the tail holds the last four bytes: a link no longer is compared already) */
		if (((v ^ sv->tail[i]) & sv->mask[i]) || n > pos || (n > 4 && !same_folded(s + pos - n, w, n)) ||
		    joined_before(s, pos - n, w, n))
			continue;
		*start = pos - n;
		return 1;
	}
	return 0;
}

/* The year of four digits that ends at pos (a word of its own), or 0. */
static int year_ending_at(const char *s, size_t pos, size_t *start)
{
	int y = 0;

	if (pos < 4 || s[pos - 1] < '0' || s[pos - 1] > '9' ||
	    (pos > 4 && ((s[pos - 5] >= '0' && s[pos - 5] <= '9') || word_char(cp_before(s, pos - 4, start)))))
		return 0;
	for (size_t i = pos - 4; i < pos; i++) {
		if (s[i] < '0' || s[i] > '9')
			return 0;
		y = y * 10 + (s[i] - '0');
	}
	*start = pos - 4;
	return y >= 1000 && y <= 2999 ? y : 0;
}

/* The links links_back() passed, nearest the date first; pronoun: the
 * farthest is a relative pronoun after a comma ("Labor Day, which falls on"). */
typedef struct {
	size_t start[5], end[5];
	int n, pronoun;
} link_ends;

/*
 * The word that ends at pos, read back as errata__relative_pronoun_ends()
 * reads it: its start in *start, and where the separators before it
 * (eight bytes at most) start when a comma is among them; *start when
 * none is. A relative pronoun ties a name only after a comma, and most
 * words before a link have none: links_back() tries the word's last byte
 * (errata__relative_pronoun_may_end()), then the comma, the table's
 * pronouns last.
 */
static size_t comma_before_word(const char *s, size_t len, size_t pos, size_t *start)
{
	size_t q = errata__word_start_back(s, len, pos, 0), k;

	*start = q;
	k = skip_back(s, q, q > 8 ? q - 8 : 0);
	for (size_t i = k; i < q; i++)
		if (s[i] == ',')
			return k;
	return q;
}

/*
 * Back from pos over what may stand between a holiday's name and its date
 * (separators passed): up to four link words of the table and one year
 * ("fällt 2025 auf den", "infaller i år den", "γιορτάζεται φέτος στις"),
 * the year after one of the table's year words ("de 2025"), and, before
 * links, a relative pronoun after a comma ("Corpus Christi, which this
 * year falls on", "Boże Ciało, które w tym roku przypada"); the year, if
 * one, in *year; where each link ends in *links. Where the name would
 * end. words: the locale's consistency words (NULL: none).
 */
static size_t links_back(const errata_locale *loc, const struct errata__words *words,
                         const char *s, size_t len, size_t pos, int *year, link_ends *links)
{
	size_t q, k;

	for (int steps = 0; steps < 5; steps++) {
		int y;

		if (link_ends_at(&loc->holiday_link_sieve, &loc->holiday_links, s, pos, &q)) {
			links->start[links->n] = q;
			links->end[links->n++] = pos;
		} else if (links->n && errata__relative_pronoun_may_end(words, s, pos) &&
		           (k = comma_before_word(s, len, pos, &q)) < q &&
		           errata__relative_pronoun_ends(loc, s, len, pos, &q)) {
			/* (the name stands right before the pronoun's comma) */
			links->start[links->n] = q;
			links->end[links->n++] = pos;
			links->pronoun = 1;
			return k;
		} else if (!*year && (y = year_ending_at(s, pos, &q)) > 0) {
			size_t r = skip_back(s, q, q > 64 ? q - 64 : 0), w;

			*year = y;
			/* the word that puts the year: "de 2025", "im Jahr 2026" */
			if (word_ends_at(&loc->holiday_year_words, NULL, s, r, &w))
				q = w;
		} else {
			break;
		}
		pos = skip_back(s, q, q > 64 ? q - 64 : 0);
	}
	return pos;
}

/* Whether one of the links passed is one of the table's past links ("fell",
 * "a căzut"). */
static int past_link(const errata_locale *loc, const char *s, const link_ends *links)
{
	for (int i = 0; i < links->n; i++) {
		size_t q;

		if (word_ends_at(&loc->holiday_past, NULL, s, links->end[i], &q) && q == links->start[i])
			return 1;
	}
	return 0;
}

/* name_may_touch() past its first window, the folded four bytes f0 nearest pos. */
static int name_may_touch_far(const errata_locale *loc, const char *s, size_t pos, int tail,
                              size_t room, uint32_t f0)
{
	const uint64_t *bits = tail ? loc->holiday_tail_sieve : loc->holiday_head_sieve;
	uint32_t f1, f2;

	if (bit_test(bits, errata__holiday_sieve_bit(1, f0, 0, 0)))
		return 1;
	if (room < 8)
		return 0;
	f1 = errata__holiday_fold4(tail ? s + pos - 8 : s + pos + 4);
	if (bit_test(bits, errata__holiday_sieve_bit(2, f0, f1, 0)))
		return 1;
	if (room < 12)
		return 0;
	f2 = errata__holiday_fold4(tail ? s + pos - 12 : s + pos + 8);
	return bit_test(bits, errata__holiday_sieve_bit(3, f0, f1, f2));
}

/*
 * errata__holiday_maybe() for a table with its index (loc->holiday_by_tail
 * and holiday_by_head set): its first window inline, where most places
 * are turned down.
 */
static inline int name_may_touch(const errata_locale *loc, const char *s, size_t len, size_t pos,
                                 int tail)
{
	size_t room = tail ? pos : pos <= len ? len - pos : 0;
	uint32_t f0;

	if (room < 4)
		return 1;
	f0 = errata__holiday_fold4(tail ? s + pos - 4 : s + pos);
	if (!bit_test(tail ? loc->holiday_tail_sieve : loc->holiday_head_sieve,
	              errata__holiday_sieve_bit(0, f0, 0, 0)))
		return 0;
	return name_may_touch_far(loc, s, pos, tail, room, f0);
}

int errata__holiday_maybe(const errata_locale *loc, const char *s, size_t len, size_t pos,
                          int tail)
{
	if (!loc->holiday_by_tail || !loc->holiday_by_head)
		return 1;
	return name_may_touch(loc, s, len, pos, tail);
}

/* The holiday whose name ends at pos (the longest name): its index, or -1. */
static long name_ending_at(const errata_locale *loc, const char *s, size_t pos, size_t *start)
{
	long best = -1;
	size_t best_len = 0;

	if (loc->holiday_by_tail) {
		size_t count;
		const errata__holiday_name *v;

		if (pos < 4)
			return -1;
		v = names_keyed(loc->holiday_by_tail, loc->holiday_names,
		                errata__holiday_key(s + pos - 4), &count);
		for (size_t i = 0; i < count; i++)
			if (v[i].len > best_len && ends_at(s, pos, v[i].name, v[i].len) &&
			    case_kept(loc, v[i].holiday, s + pos - v[i].len, v[i].name)) {
				best = (long)v[i].holiday;
				best_len = v[i].len;
			}
	} else {
		for (size_t h = 0; h < loc->holiday_count; h++) {
			const errata__strs *names = &loc->holidays[h].names;

			for (size_t i = 0; i < names->n; i++) {
				size_t n = strlen(names->v[i]);

				if (n > best_len && ends_at(s, pos, names->v[i], n) &&
				    case_kept(loc, h, s + pos - n, names->v[i])) {
					best = (long)h;
					best_len = n;
				}
			}
		}
	}
	if (best >= 0)
		*start = pos - best_len;
	return best;
}

/* The holiday whose name starts at pos (the longest): its index, or -1. */
static long name_starting_at(const errata_locale *loc, const char *s, size_t len, size_t pos,
                             size_t *end)
{
	long best = -1;
	size_t best_len = 0;

	if (loc->holiday_by_head) {
		size_t count, q;
		const errata__holiday_name *v;

		if (len - pos < 4)
			return -1;
		v = names_keyed(loc->holiday_by_head, loc->holiday_names,
		                errata__holiday_key(s + pos), &count);
		for (size_t i = 0; i < count; i++) {
			size_t n = v[i].len;

			if (n > len - pos || n <= best_len ||
			    errata__strncasecmp_ascii(s + pos, v[i].name, n) || !case_kept(loc, v[i].holiday, s + pos, v[i].name))
				continue;
			cp_before(v[i].name, n, &q);
			if (needs_boundary(cp_at(v[i].name, n, q)) && word_char(cp_at(s, len, pos + n)))
				continue;
			best = (long)v[i].holiday;
			best_len = n;
		}
		if (best >= 0)
			*end = pos + best_len;
		return best;
	}
	for (size_t h = 0; h < loc->holiday_count; h++) {
		const errata__strs *names = &loc->holidays[h].names;

		for (size_t i = 0; i < names->n; i++) {
			size_t n = strlen(names->v[i]), q;

			if (n > len - pos || n <= best_len ||
			    errata__strncasecmp_ascii(s + pos, names->v[i], n) || !case_kept(loc, h, s + pos, names->v[i]))
				continue;
			cp_before(names->v[i], n, &q);
			if (needs_boundary(cp_at(names->v[i], n, q)) && word_char(cp_at(s, len, pos + n)))
				continue;
			best = (long)h;
			best_len = n;
		}
	}
	if (best >= 0)
		*end = pos + best_len;
	return best;
}

/*
 * The holiday whose name starts at p, after a date (-1: none), or after a
 * word of holiday_words.day there ("día de San Juan"); *end: the name's
 * end.
 */
static void name_after(const errata_locale *loc, const char *text, size_t tlen, size_t p,
                         int indexed, long *h, size_t *end)
{
	size_t named;

	*h = -1;
	if ((!indexed || name_may_touch(loc, text, tlen, p, 0)) &&
	    (*h = name_starting_at(loc, text, tlen, p, end)) >= 0)
		return;
	named = past_day_word(&loc->holiday_days, text, tlen, p);
	if (named != p && (!indexed || name_may_touch(loc, text, tlen, named, 0)))
		*h = name_starting_at(loc, text, tlen, named, end);
}

int errata__holiday_name_begins(const errata_locale *loc, const char *s, size_t len, size_t q)
{
	if (loc->holiday_by_head && len - q >= 4) {
		size_t count;
		const errata__holiday_name *v;

		if (!name_may_touch(loc, s, len, q, 0))
			return 0;
		v = names_keyed(loc->holiday_by_head, loc->holiday_names, errata__holiday_key(s + q), &count);
		for (size_t i = 0; i < count; i++)
			if (v[i].len <= len - q && !errata__strncasecmp_ascii(s + q, v[i].name, v[i].len))
				return 1;
		return 0;
	}
	for (size_t h = 0; h < loc->holiday_count; h++)
		for (size_t i = 0; i < loc->holidays[h].names.n; i++) {
			const char *v = loc->holidays[h].names.v[i];
			size_t n = strlen(v);

			if (n <= len - q && !errata__strncasecmp_ascii(s + q, v, n))
				return 1;
		}
	return 0;
}

int errata__holiday_covers(const errata_locale *loc, const char *s, size_t len, size_t off,
                           size_t n)
{
	size_t start;

	if (!loc || !loc->holiday_count || off + n > len)
		return 0;
	return name_ending_at(loc, s, off + n, &start) >= 0 && start < off;
}

/* Whether the definitions h and k of loc are one holiday: the same, or sharing a name (case aside). */
static int same_holiday(const errata_locale *loc, size_t h, size_t k)
{
	const errata__holiday *a = &loc->holidays[k], *b = &loc->holidays[h];

	if (k == h)
		return 1;
	for (size_t i = 0; i < a->names.n; i++)
		for (size_t j = 0; j < b->names.n; j++)
			if (!errata__strncasecmp_ascii(a->names.v[i], b->names.v[j], strlen(a->names.v[i]) + 1))
				return 1;
	return 0;
}

/* Whether the date fits a definition of the holiday named like h. */
static int fits(const errata_locale *loc, size_t h, int year, int month, int day,
                errata_date *first)
{
	int any = 0;

	for (size_t k = 0; k < loc->holiday_count; k++) {
		const errata__holiday *x = &loc->holidays[k];
		errata_date d;
		int same = same_holiday(loc, h, k);

		if (!same || errata__holiday_date(x, year, &d))
			continue;
		if (d.month == month && d.day == day)
			return 1;
		if (!any)
			*first = d;
		any = 1;
	}
	return !any;
}

/*
 * Whether a date written after holiday h's name and a comma alone, with
 * no weekday, is an item of a list of holidays, not h's date: it is
 * another holiday's day, which a date names in many languages, and a
 * word of and_words and a holiday's name or a date follow it ("Pasqua,
 * 25 aprile e primo maggio", "Pâques, 8 mai et Ascension"). Not a
 * name and the day of another holiday set off by commas, which mistakes
 * the day ("Långfredagen, 4 april 2026, är …" names Holy Saturday's).
 * name_end: where h's name ends.
 */
static int listed_holiday(const errata_check_ctx *ctx, const struct errata__words *w, size_t h,
                          int year, size_t i, const char *s, size_t len, size_t name_end)
{
	const errata_locale *loc = ctx->locale;
	const errata_mention *m = errata_mentions_get(ctx->mentions, i), *next;
	size_t at = m->offset + m->length, n, end;
	errata_date d;
	int commas = 0, other = 0;
	long named;

	if (!w || m->weekday >= 0 || name_end > m->offset)
		return 0;
	for (size_t k = name_end; k < m->offset; k++)
		if (s[k] == ',')
			commas++;
		else if (s[k] != ' ')
			return 0;
	at = skip_fwd(s, len, at, at + 4 < len ? at + 4 : len);
	if (commas != 1 || (n = errata__words_match(&w->and_words, s, len, at, NULL)) == 0 ||
	    at + n >= len || s[at + n] != ' ')
		return 0;
	at = skip_fwd(s, len, at + n, at + n + 4 < len ? at + n + 4 : len);
	name_after(loc, s, len, at, loc->holiday_by_tail && loc->holiday_by_head, &named, &end);
	if (named < 0 && (!(next = errata_mentions_get(ctx->mentions, i + 1)) || next->offset != at))
		return 0;
	for (size_t k = 0; k < loc->holiday_count && !other; k++)
		other = !same_holiday(loc, h, k) && !errata__holiday_date(&loc->holidays[k], year, &d) &&
		        d.month == m->month && d.day == m->day;
	return other;
}

/*
 * Whether the date of m, written with its weekday, is the calendar day of
 * the holiday h (or one sharing a name) in year, on the weekday its
 * "shift" moves it off, and its sentence writes the day it moves to,
 * right: the text tells why it moves ("Koningsdag valt dit jaar op zondag
 * 27 april, en dus viert Nederland … een dag eerder, op zaterdag 26
 * april"; "Koningsdag valt dit jaar op zondag 27 april." alone is wrong).
 */
static int shifted_off(const errata_check_ctx *ctx, const struct errata__words *w, size_t h, int year,
                       const errata_mention *m, const errata_date *right)
{
	const errata_locale *loc = ctx->locale;
	size_t ss, se, count = errata_mentions_count(ctx->mentions), k;
	int moved = 0;

	if (m->weekday < 0)
		return 0;
	errata__sentence(w, ctx->prose, ctx->prose_len, m->offset, &ss, &se);
	for (k = errata__mention_at(ctx->mentions, ss); k < count && !moved; k++) {
		const errata_mention *o = errata_mentions_get(ctx->mentions, k);

		if (o->offset >= se)
			break;
		moved = o != m && o->month == right->month && o->day == right->day;
	}
	for (k = 0; moved && k < loc->holiday_count; k++) {
		const errata__holiday *x = &loc->holidays[k];
		errata_date d;

		if (same_holiday(loc, h, k) && x->shift_days && !x->shift_on_easter &&
		    m->weekday == x->shift_weekday && !errata__holiday_unshifted(x, year, &d) &&
		    d.month == m->month && d.day == m->day)
			return 1;
	}
	return 0;
}

int errata__year_words_are(const errata_locale *loc, const char *s, size_t a, size_t b)
{
	while (a < b && s[a] == ' ')
		a++;
	while (b > a && s[b - 1] == ' ')
		b--;
	for (size_t k = 0; loc && k < loc->holiday_year_words.n; k++) {
		const char *y = loc->holiday_year_words.v[k];

		if (strlen(y) == b - a && !errata__strncasecmp_ascii(s + a, y, b - a))
			return 1;
	}
	return 0;
}

int errata__holiday_named_at(const errata_locale *loc, const char *text, size_t len, size_t pos,
                             int year, int month, int day, size_t *end, errata_date *right)
{
	long h;

	if (!loc || !loc->holiday_count || pos >= len)
		return -1;
	name_after(loc, text, len, pos, loc->holiday_by_tail && loc->holiday_by_head, &h, end);
	if (h < 0)
		return -1;
	return fits(loc, (size_t)h, year, month, day, right);
}

/*
 * Whether a year written in the sentence before a mention that writes
 * none makes the holiday h fit: the sentence tells of that year ("In
 * 1990, Easter fell on April 15", "1990年春节为1月27日").
 */
/* Back from `at` to its sentence's start: a stop and a blank, "。", or a line break. */
static size_t sentence_from(const char *text, size_t at)
{
	size_t s = at;

	while (s > 0 && text[s - 1] != '\n' && !(s >= 3 && memcmp(text + s - 3, "。", 3) == 0) &&
	       !(s >= 2 && (text[s - 2] == '.' || text[s - 2] == '!' || text[s - 2] == '?') && text[s - 1] == ' '))
		s--;
	return s;
}

static int sentence_year_fits(const errata_locale *loc, const char *text, size_t tlen, size_t h,
                              const errata_mention *m)
{
	size_t s;
	errata_date d;

	if (m->flags & ERRATA_MENTION_YEAR_EXPLICIT)
		return 0;
	s = sentence_from(text, m->offset);
	for (size_t i = s; i + 4 <= m->offset; i++) {
		int y = errata__read_year(text, tlen, i);

		if (y > 0 && errata_date_valid(y, m->month, m->day) && fits(loc, h, y, m->month, m->day, &d))
			return 1;
	}
	return 0;
}

/*
 * Whether a word of the consistency words' year_shifts earlier in the
 * sentence of a mention that writes no year makes the holiday h fit in
 * the year it names from the article's ("anul trecut, când Paștele a
 * căzut pe 12 aprilie", "l'an dernier, quand Pâques tombait le 20
 * avril", "Last year, when Easter fell on April 20"): the sentence tells
 * of that year.
 */
static int shifted_year_fits(const errata_check_ctx *ctx, const struct errata__words *w,
                             const char *text, size_t tlen, size_t h, const errata_mention *m)
{
	errata_date d;
	int v, y;

	if (!w || (m->flags & ERRATA_MENTION_YEAR_EXPLICIT) || ctx->article_date.year <= 0)
		return 0;
	for (size_t i = sentence_from(text, m->offset); i < m->offset; i++) {
		v = 0;
		/* (anywhere in a run of Han, kana or Hangul: "而去年春节是1月29日") */
		if (errata__words_may_start(&w->year_shifts, text, tlen, i) &&
		    (errata__word_start(text, tlen, i) ||
		     (cp_at(text, tlen, i) != 0xfffd && !needs_boundary(cp_at(text, tlen, i)))) &&
		    errata__words_match_from(&w->year_shifts, text, tlen, i, &v) && v &&
		    errata_date_valid(y = ctx->article_date.year + v, m->month, m->day) &&
		    fits(ctx->locale, h, y, m->month, m->day, &d))
			return 1;
	}
	return 0;
}

/*
 * A year-less date with no weekday whose year was inferred from the
 * article's date may as well be the same day a year before or after,
 * on the other side of that date ("Flights will be full on
 * Thanksgiving, Nov. 26" in an article dated in March): when the
 * holiday falls on it in either year, within a year of the article's
 * date when that year is ahead of it, within half a year when it is
 * behind it (a holiday four weeks ahead is not last year's: "Thanksgiving
 * is Nov. 28" on November 1, 2025), or within a year after a past link
 * ("Easter fell on March 31" in January is last year's), the sentence
 * can be read right and nothing is said. A date still ahead in the year
 * inferred is that year's, not the next one's ("Thanksgiving Day, Nov.
 * 26" two days on, in 2025, is not 2026's Thanksgiving).
 */
static int other_side_fits(const errata_check_ctx *ctx, const errata_locale *loc, size_t h,
                           const errata_mention *m, int past)
{
	const errata_date *ad = &ctx->article_date;
	errata_date right;
	long today;

	if ((m->flags & ERRATA_MENTION_YEAR_EXPLICIT) || m->weekday >= 0 || ad->year <= 0)
		return 0;
	today = errata_date_to_days(ad->year, ad->month, ad->day);
	for (int d = -1; d <= 1; d += 2) {
		int y = m->year + d, months = (y - ad->year) * 12 + (m->month - ad->month);

		if (months >= -12 && months <= 12 && errata_date_valid(y, m->month, m->day) &&
		    (d > 0 ? errata_date_to_days(m->year, m->month, m->day) < today
		           : past || today - errata_date_to_days(y, m->month, m->day) <= 183) &&
		    fits(loc, h, y, m->month, m->day, &right))
			return 1;
	}
	return 0;
}

/*
 * Whether the date of m, after a word of holiday_before or holiday_after
 * that ends at `at` before the name of h ("inför midsommarafton den 26
 * juni", "the day after Thanksgiving, Nov. 25"), lies on the wrong side
 * of the holiday: up to a week past it after "before", or before it
 * after "after", with no day of the holiday on the right side within
 * half a year. The date is then neither the holiday's nor one beside it;
 * a slip of the day ("before Christmas, Dec. 28" is not judged: only a
 * week each way is).
 *
 * side_in_year(): the date of m read in `year`, on `side` of h (-1
 * before, 1 after): -1 when a day of the holiday within half a year
 * leaves it on the right side, 1 when it is a slip up to a week on the
 * wrong side, else 0.
 */
static int side_in_year(const errata_locale *loc, size_t h, const errata_mention *m, int year,
                        int side)
{
	long day, gap;
	int slip = 0;

	if (!errata_date_valid(year, m->month, m->day))
		return 0;
	day = errata_date_to_days(year, m->month, m->day);
	for (size_t k = 0; k < loc->holiday_count; k++) {
		errata_date d;

		if (!same_holiday(loc, h, k))
			continue;
		for (int y = year - 1; y <= year + 1; y++) {
			if (errata__holiday_date(&loc->holidays[k], y, &d))
				continue;
			/* days from the holiday to the date, on the side the word says */
			gap = (day - errata_date_to_days(d.year, d.month, d.day)) * side;
			if (gap >= 0 && gap <= 183)
				return -1;
			slip |= gap >= -7 && gap <= -1;
		}
	}
	return slip;
}

/* (alt: the date's other reading of its year, 0 if none: the date is on
 * the wrong side in both, and a slip in one) */
static int wrong_side(const errata_locale *loc, const char *text, size_t h, const errata_mention *m,
                      int alt, size_t at)
{
	size_t st;
	int side = word_ends_at(&loc->holiday_before, NULL, text, at, &st) ? -1 :
	           word_ends_at(&loc->holiday_after, NULL, text, at, &st) ? 1 : 0;
	int a, b;

	if (!side || (a = side_in_year(loc, h, m, m->year, side)) < 0)
		return 0;
	b = alt && alt != m->year ? side_in_year(loc, h, m, alt, side) : 0;
	return b >= 0 && (a || b);
}

/*
 * Whether the date of m is h's own after a word of holiday_sides (a
 * before or after word that names no day of its own) that ends at `at`
 * before the name, where h's name ends at name_end: the links past the
 * name open with a relative pronoun after a comma ("ahead of Labor Day,
 * which falls on Aug. 31"), or a word of holiday_stretches stands before
 * the side word ("in the days before Thanksgiving, Nov. 25, ...": a
 * stretch of days, which no single date names) and the date is set off
 * after the name by a comma alone and closed by a comma, a stop or a
 * bracket. A word of the table's before or after lists that is longer
 * ("the day before") names a day of its own, and the date may be that
 * one's.
 */
static int own_date_after_side(const errata_locale *loc, const char *text, size_t tlen,
                               const errata_mention *m, const link_ends *links, size_t at,
                               size_t name_end)
{
	size_t st, sk, e = m->offset + m->length, q;
	int comma = 0;

	if (!word_ends_at(&loc->holiday_sides, NULL, text, at, &st) ||
	    !word_ends_at(&loc->holiday_skips, NULL, text, at, &sk) || sk != st)
		return 0;
	if (links->n && links->pronoun)
		return 1;
	if (links->n || name_end > m->offset ||
	    !word_ends_at(&loc->holiday_stretches, NULL, text, skip_back(text, st, 0), &q))
		return 0;
	for (size_t i = name_end; i < m->offset; i++) {
		if (text[i] == ',')
			comma++;
		else if (text[i] != ' ')
			return 0;
	}
	while (e < tlen && text[e] == ' ')
		e++;
	return comma == 1 && (e >= tlen || text[e] == ',' || text[e] == '.' || text[e] == ';' ||
	                      text[e] == ')');
}

/*
 * The right weekday written like the written one (n bytes at w): a form of
 * the table of the same length ("Thu" for "Wed", "火" for "水"), with a
 * capital where the written one has one, else the full name.
 */
static int weekday_like(const errata_locale *loc, int right, const char *w, size_t n,
                        errata_buf *out)
{
	size_t core = n && w[n - 1] == '.' ? n - 1 : n;

	for (size_t i = 0; i <= loc->mask; i++) {
		const errata__date_word *x = &loc->slots[i];
		size_t at = out->size;
		int error;

		if (!x->key || x->weekday != right || x->klen != core ||
		    ((unsigned char)x->key[0] >= 0x80) != ((unsigned char)w[0] >= 0x80))
			continue;
		if ((error = errata_buf_put(out, x->key, x->klen)) ||
		    (core < n && (error = errata_buf_putc(out, '.'))))
			return error;
		if (w[0] >= 'A' && w[0] <= 'Z' && out->ptr[at] >= 'a' && out->ptr[at] <= 'z')
			out->ptr[at] = (char)(out->ptr[at] - 32);
		return 0;
	}
	return errata_buf_puts(out, errata_locale_weekday_name(loc, right));
}

/* The span with the day number (and the weekday, where one is written and
 * is not the holiday's name) of the right date; empty when the month
 * differs. */
static int suggestion(const errata_check_ctx *ctx, const char *text, const errata_mention *m,
                      size_t from, size_t to, const errata_date *right, errata_buf *out)
{
	size_t i = m->date_offset, end = m->date_offset + m->date_length, at = 0, dl = 0;
	size_t wo = 0, wl = 0, p = from;
	int error;

	errata_buf_clear(out);
	if (right->month != m->month)
		return 0;
	while (i < end) {
		size_t s = i;
		int v = 0;

		if (text[i] < '0' || text[i] > '9') {
			i++;
			continue;
		}
		while (i < end && text[i] >= '0' && text[i] <= '9')
			v = v * 10 + (text[i++] - '0');
		if (i - s <= 2 && v == m->day) {
			at = s;
			dl = i - s;
			break;
		}
	}
	if (!dl)
		return 0;
	if (m->weekday >= 0 && m->weekday_length && m->weekday_offset >= from &&
	    m->weekday_offset + m->weekday_length <= to &&
	    (m->weekday_offset + m->weekday_length <= at || m->weekday_offset >= at + dl) &&
	    !errata__holiday_covers(ctx->locale, text, to, m->weekday_offset, m->weekday_length)) {
		wo = m->weekday_offset;
		wl = m->weekday_length;
	}
	/* the two replacements in text order */
	for (int k = 0; k < 2; k++) {
		int day_first = !wl || at < wo;
		int take_day = (k == 0) == day_first;

		if (take_day) {
			if ((error = errata_buf_put(out, text + p, at - p)) ||
			    /* two digits where the text pads its day ("05.04.") or writes
			     * the date in digits, one where it writes "April 12" */
			    (error = errata_buf_printf(out, dl == 2 && right->day < 10 &&
			                                    (text[at] == '0' || (m->flags & ERRATA_MENTION_NUMERIC)) ?
			                                    "%02d" : "%d",
			                               right->day)))
				return error;
			p = at + dl;
		} else if (wl) {
			if ((error = errata_buf_put(out, text + p, wo - p)) ||
			    (error = weekday_like(ctx->locale,
			                          errata_date_weekday(right->year, right->month, right->day),
			                          text + wo, wl, out)))
				return error;
			p = wo + wl;
		}
	}
	return errata_buf_put(out, text + p, to - p);
}

/*
 * The weekdays the holiday named like h falls on in year (bit d for
 * weekday d, 0 Monday), by every definition that shares a name with it
 * (fits()); the first definition's date in *first. 0 when none can be
 * computed for that year.
 */
static unsigned holiday_weekdays(const errata_locale *loc, size_t h, int year, errata_date *first)
{
	unsigned bits = 0;

	for (size_t k = 0; k < loc->holiday_count; k++) {
		const errata__holiday *x = &loc->holidays[k];
		errata_date d;
		int same = same_holiday(loc, h, k);

		if (!same || errata__holiday_date(x, year, &d) || !errata_date_valid(d.year, d.month, d.day))
			continue;
		if (!bits)
			*first = d;
		bits |= 1u << errata_date_weekday(d.year, d.month, d.day);
	}
	return bits;
}

/*
 * A holiday stated with a weekday alone, for date.weekday (holiday.h):
 * "Christmas falls on a Thursday this year", "Noël tombe un mardi", "el
 * día de Navidad cae en jueves" (errata__weekday_statements(): the
 * weekday after a link word of the table). The holiday's name stands right before the link (separators
 * between; not after a skip word: "the day after Christmas falls on").
 * Its year: the one year the sentence writes; else, unless the sentence
 * moves it ("next year"), the article's year or, by the link's tense,
 * the holiday's next one after the article's date (present and future:
 * "New Year's Day is on a Friday" in December) or its last one before
 * (past: "Christmas fell on a Thursday" in January). Flagged when the
 * weekday fits none of them.
 */
int errata__holiday_weekdays(const errata_check_ctx *ctx, errata_buf *msg, errata_buf *rbuf)
{
	const char *text = ctx->prose;
	size_t tlen = ctx->prose_len;
	const errata_locale *loc = ctx->locale;
	const errata_locale *ml = ctx->msg_locale ? ctx->msg_locale : loc;
	const errata_date *ad = &ctx->article_date;
	const struct errata__words *w = NULL;
	errata__weekday_statement *st = NULL;
	size_t n = 0;
	int error, indexed = loc->holiday_by_tail && loc->holiday_by_head;

	if ((error = errata__check_words(ctx, &w)) < 0 || !errata__holiday_may_be_named(ctx) ||
	    (error = errata__weekday_statements(w, ctx->words, text, tlen, &st, &n)) < 0 || !n)
		return error;
	for (size_t i = 0; i < n && !error; i++) {
		const errata__weekday_statement *s = &st[i];
		size_t p = skip_back(text, s->link, s->link > 64 ? s->link - 64 : 0), q;
		int years[3], ny = 0, fits_any = 0, said_year = 0, stated;
		errata_date right = { 0, 0, 0 };
		long h;

		if (p == s->link && p > 0)
			continue; /* joined to the word before */
		/* "Valentine's Day, which falls on a Monday": a relative pronoun set off after the name */
		if (s->relative > 0 && s->relative <= p && p - s->relative < 16) {
			size_t c = s->relative;

			while (c > 0 && (text[c - 1] == ' ' || text[c - 1] == '\t'))
				c--;
			if (c > 0 && text[c - 1] == ',')
				p = skip_back(text, c, c > 64 ? c - 64 : 0);
		}
		/* "Christmas Day 2027 falls on a Saturday": the name's year */
		if (p >= 5 && (stated = errata__read_year(text, tlen, p - 4)) > 0 &&
		    !errata__is_word_byte(text, tlen, p - 5))
			p = skip_back(text, p - 4, p > 68 ? p - 68 : 0);
		else
			stated = s->year;
		if ((indexed && !name_may_touch(loc, text, tlen, p, 1)) ||
		    (h = name_ending_at(loc, text, p, &q)) < 0 ||
		    word_ends_at(&loc->holiday_skips, NULL, text, skip_back(text, q, 0), &q))
			continue;
		if (stated > 0) {
			years[ny++] = stated;
		} else if (stated < 0 || s->shifted || ad->year <= 0) {
			continue;
		} else {
			errata_date d;
			long today = errata_date_to_days(ad->year, ad->month ? ad->month : 1,
			                                 ad->day ? ad->day : 1), at;

			years[ny++] = ad->year;
			if (!holiday_weekdays(loc, (size_t)h, ad->year, &d))
				continue;
			at = errata_date_to_days(d.year, d.month, d.day);
			if (s->tense >= 0 && at < today)
				years[ny++] = ad->year + 1; /* the next one */
			if (s->tense < 0) {
				if (at > today)
					years[0] = ad->year - 1; /* the last one */
			}
		}
		for (int k = 0; k < ny && !fits_any; k++) {
			errata_date d;
			unsigned bits = holiday_weekdays(loc, (size_t)h, years[k], &d);

			if (!bits) {
				fits_any = 1; /* not computed: not judged */
			} else if (bits & (1u << s->weekday)) {
				fits_any = 1;
			} else if (!right.year) {
				right = d;
				said_year = years[k];
			}
		}
		if (fits_any || !right.year)
			continue;
		{
			static const char *const names[] = { "holiday", "year", "right", "said" };
			const char *values[4], *rn, *sn, *full;
			char ybuf[16];

			rn = errata_locale_weekday_name(ml, errata_date_weekday(right.year, right.month, right.day));
			sn = errata_locale_weekday_name(ml, s->weekday);
			if (!rn || !sn)
				continue;
			errata__decimal_text(ybuf, sizeof(ybuf), said_year);
			values[0] = loc->holidays[h].names.v[0];
			values[1] = ybuf;
			values[2] = rn;
			values[3] = sn;
			if ((error = errata__check_message(ctx, "holiday_weekday",
			                                   "{holiday} {year} falls on a {right}, not a {said}",
			                                   msg, names, values, 4)))
				break;
			errata_buf_clear(rbuf);
			/* the full name where the full name was written ("venerdì", not "venerdí") */
			full = errata_locale_weekday_name(loc, s->weekday);
			if (full && strlen(full) == s->length &&
			    !errata__strncasecmp_ascii(full, text + s->offset, s->length)) {
				error = errata_buf_puts(rbuf, errata_locale_weekday_name(
				                                      loc, errata_date_weekday(right.year, right.month,
				                                                               right.day)));
				if (!error && text[s->offset] >= 'A' && text[s->offset] <= 'Z' &&
				    rbuf->ptr[0] >= 'a' && rbuf->ptr[0] <= 'z')
					rbuf->ptr[0] = (char)(rbuf->ptr[0] - 32);
			} else {
				error = weekday_like(loc, errata_date_weekday(right.year, right.month, right.day),
				                     text + s->offset, s->length, rbuf);
			}
			if (error)
				break;
			values[0] = rbuf->ptr;
			error = errata__check_report(ctx, s->offset, s->length, msg->ptr, values, 1);
		}
	}
	free(st);
	return error;
}

/*
 * A list of names, then one of dates, in the same order ("op eerste en
 * tweede kerstdag, vrijdag 25 december en zaterdag 26 december"): the
 * name of h, which starts at `from` before the date of mention i, follows
 * a word of and_words, and that date is followed by a comma or a word of
 * and_words and the next mention. Whether h falls on that next date.
 */
static int respective_fits(const errata_check_ctx *ctx, const char *text, size_t tlen, size_t h,
                           size_t i, size_t from)
{
	const errata_mention *m = errata_mentions_get(ctx->mentions, i);
	const errata_mention *n = errata_mentions_get(ctx->mentions, i + 1);
	size_t e, k;
	errata_date right;

	if (!m || !n || !errata__and_word_before(ctx->locale, text, tlen, from))
		return 0;
	for (e = m->offset + m->length; e < n->offset && (text[e] == ' ' || text[e] == ','); e++)
		;
	if ((k = errata__and_word_at(ctx->locale, text, tlen, e)) > 0)
		for (e += k; e < n->offset && text[e] == ' '; e++)
			;
	return e == n->offset && n->year > 0 && errata_date_valid(n->year, n->month, n->day) &&
	       fits(ctx->locale, h, n->year, n->month, n->day, &right);
}

/*
 * Whether a word of holiday_western (those of the Western churches:
 * "catolicii", "католики") stands before `from` in its sentence, up to 80
 * bytes back: the feast an Orthodox table's name stands for is then the
 * Western one ("la o săptămână după catolici, care au serbat Paștele pe
 * 5 aprilie").
 */
static int western_before(const errata_locale *loc, const char *text, size_t from)
{
	size_t lim = from > 80 ? from - 80 : 0, st;

	/* at each blank or comma, the word that ends before it */
	for (size_t pos = from; pos > lim; pos--) {
		char ch = text[pos - 1];

		if (ch == '.' || ch == '!' || ch == '?' || ch == '\n')
			return 0;
		if ((ch == ' ' || ch == ',') && word_ends_at(&loc->holiday_western, NULL, text, pos - 1, &st))
			return 1;
	}
	return 0;
}

/* Whether the Western Easter of `year`, moved as Orthodox holiday h is, falls on month/day. */
static int western_fits(const errata_locale *loc, size_t h, int year, int month, int day)
{
	errata__holiday western = loc->holidays[h];
	errata_date e;

	if (!western.is_easter || !western.orthodox)
		return 0;
	western.orthodox = 0;
	return errata__holiday_date(&western, year, &e) == 0 && e.month == month && e.day == day;
}

/*
 * Whether the next mention after mention i starts right after a name that
 * ends at q, past a short link ("仕事始めが1月4日（月）、成人の日が1月11日（月）"):
 * the name is that date's, not the one before it. With `apposed` (words
 * stand between mention i and the name), past a comma too: "geboren am 9.
 * Mai 1959, wird am Ostermontag, 6. April, …" ("Dec. 24, Christmas Eve,
 * Dec. 25": a list, each name its date's before it).
 */
static int date_follows_name(const errata_check_ctx *ctx, size_t i, const char *text, size_t q,
                             int apposed)
{
	const errata_mention *n = errata_mentions_get(ctx->mentions, i + 1);

	if (!n || n->offset < q || n->offset - q > 8)
		return 0;
	for (size_t k = q; k < n->offset; k++)
		if (text[k] == '\n' || text[k] == '.' || text[k] == ';' || (text[k] == ',' && !apposed))
			return 0;
	return 1;
}

/* Whether a letter stands in s[a, b): a word, not only marks and blanks. */
static int word_between(const char *s, size_t a, size_t b)
{
	for (size_t k = a; k < b; k++)
		if ((unsigned char)s[k] >= 0x80 || ((s[k] | 0x20) >= 'a' && (s[k] | 0x20) <= 'z'))
			return 1;
	return 0;
}

/*
 * Whether the name that starts at `from` comes right after the mention
 * before mention i, past blanks, a comma, a closing bracket or の
 * ("5月3日（日）の憲法記念日、5月4日（月）のみどりの日", "Thursday, Nov. 26,
 * Thanksgiving, and Friday, Nov. 27"): the name is that date's, not the
 * one after it.
 */
static int name_follows_date(const errata_check_ctx *ctx, size_t i, const char *text, size_t from)
{
	const errata_mention *b = i ? errata_mentions_get(ctx->mentions, i - 1) : NULL;
	size_t k;

	if (!b || b->offset + b->length > from || from - (b->offset + b->length) > 6)
		return 0;
	for (k = b->offset + b->length; k < from;) {
		if (text[k] == ' ' || text[k] == ',' || text[k] == ')')
			k++;
		else if (memcmp(text + k, "\xe3\x81\xae", 3) == 0 || memcmp(text + k, "\xef\xbc\x89", 3) == 0)
			k += 3; /* の, ） */
		else
			return 0;
	}
	return 1;
}

/*
 * Whether the date m, of a year written ten or more before the article's,
 * is the day its holiday was founded or first held, as a word of
 * founding_events or made_events after it in its sentence tells
 * ("어린이날은 1923년 5월 1일 … 처음 제정됐으며"): the table gives the
 * day the holiday has kept since, not the one it began on.
 */
static int founding_day(const errata_check_ctx *ctx, const struct errata__words *w,
                        const errata_mention *m, const char *text, size_t tlen)
{
	size_t ss, se;

	if (!w || !(m->flags & ERRATA_MENTION_YEAR_EXPLICIT) || m->year > ctx->article_date.year - 10)
		return 0;
	errata__sentence(w, text, tlen, m->offset, &ss, &se);
	return errata__words_in(&w->founding_events, text, tlen, m->offset + m->length, se) ||
	       errata__words_in(&w->made_events, text, tlen, m->offset + m->length, se);
}

static int run(const errata_check_ctx *ctx)
{
	const errata_locale *loc = ctx->locale;
	size_t count, tlen;
	const errata_mention *all = errata__mentions_all(ctx->mentions, &count);
	const char *text = errata_doc_text(ctx->doc, &tlen);
	errata_buf msg = ERRATA_BUF_INIT, sug = ERRATA_BUF_INIT;
	errata_buf rbuf = ERRATA_BUF_INIT, sbuf = ERRATA_BUF_INIT;
	const struct errata__words *w = NULL;
	int error = 0, indexed;

	if (!loc || !loc->holiday_count)
		return 0;
	indexed = loc->holiday_by_tail && loc->holiday_by_head;
	/* (the words the relative pronouns are sieved by; none when they do not load, as for
	 * errata__relative_pronoun_ends()) */
	if (errata__check_words(ctx, &w) < 0)
		w = NULL;
	if (!errata__holiday_may_be_named(ctx))
		return 0;
	for (size_t i = 0; i < count && !error; i++) {
		const errata_mention *m = &all[i];
		size_t mend = m->offset + m->length, from = m->offset, to = mend, p, q, k;
		size_t name_end = m->offset;
		long h = -1;
		int year = m->year, alt, linked = 0, stated = 0;
		link_ends links;
		errata_date right = { 0, 0, 0 }, other = { 0, 0, 0 };
		const char *sugg[1];

		links.n = links.pronoun = 0;
		/* (a date that does not exist is left alone once a name is found beside it) */
		if (!year || mend > tlen)
			continue;
		/* the weekday ends the name: "Easter Monday, April 7" */
		if (m->weekday >= 0 && m->weekday_length &&
		    (!indexed || name_may_touch(loc, text, tlen, m->weekday_offset + m->weekday_length, 1)) &&
		    (h = name_ending_at(loc, text, m->weekday_offset + m->weekday_length, &p)) >= 0 &&
		    p < m->weekday_offset) {
			from = p;
			name_end = m->weekday_offset + m->weekday_length;
		} else
			h = -1;
		/* the name before the date, maybe with link words and its year between */
		if (h < 0) {
			int between = 0;
			size_t at_date = skip_back(text, m->offset, m->offset > 64 ? m->offset - 64 : 0);

			p = links_back(loc, w, text, tlen, at_date, &between, &links);
			linked = p != at_date;
			/* "Rosenmontag fällt 2025 auf den 3. März": the year written before
			 * the date is the date's, and its only reading */
			if (between && year != between && (m->flags & ERRATA_MENTION_YEAR_EXPLICIT))
				continue;
			if (between)
				year = stated = between;
			/* (a bare line break before the first link too: "Neujahr\n\nAm
			 * Donnerstag, 31. Dezember" is no Neujahr's date) */
			/* the name before the links, else one that a link word ends
			 * itself ("Anneler Günü 16 Mayıs") */
			for (int l = links.n; h < 0 && l >= 0; l--) {
				size_t e = l == links.n ? p : links.end[l];

				if ((!indexed || name_may_touch(loc, text, tlen, e, 1)) &&
				    (h = name_ending_at(loc, text, e, &q)) >= 0 && (l == links.n || q < links.start[l]) &&
				    gap_ok(text, e, l > 0 ? links.start[l - 1] : m->offset) &&
				    !name_follows_date(ctx, i, text, q)) {
					from = q;
					name_end = e;
					if (l < links.n)
						linked = l > 0;
				} else {
					h = -1;
				}
			}
		}
		/* "after Thanksgiving, Nov. 27": the day after; "el Sorteo de Navidad
		 * se celebrará el 22 de diciembre", "quello dell'Assunta venerdì 16
		 * agosto": a link word or a blank tells another thing's date ("la
		 * cena de Nochebuena, 23 de diciembre" restates the eve's) */
		if (h >= 0 && word_ends_at(&loc->holiday_skips, NULL, text, skip_back(text, from, 0), &q)) {
			/* a date on the wrong side of the holiday is wrong either
			 * way: "inför midsommarafton den 26 juni" the day after it;
			 * "ahead of Labor Day, which falls on Aug. 31" is Labor Day's */
			if (!own_date_after_side(loc, text, tlen, m, &links, skip_back(text, from, 0), name_end) &&
			    !wrong_side(loc, text, (size_t)h, m, errata__mention_alt_year(ctx->mentions, i),
			                skip_back(text, from, 0)))
				continue;
		} else if (h >= 0 && word_ends_at(&loc->holiday_modifiers, NULL, text, skip_back(text, from, 0), &q) &&
		           (linked || blanks_only(text, p, m->offset) ||
		            (comma_only(text, name_end, m->offset) &&
		             word_ends_at(&loc->holiday_periods, NULL, text, skip_back(text, q, 0), &k)))) {
			/* a period of the holiday set off by a comma: "the week of
			 * Thanksgiving, Nov. 23" (not "la cena de Nochebuena, 23 de
			 * diciembre", which restates the eve's date) */
			continue;
		}
		/* the name after the date */
		if (h < 0) {
			p = skip_fwd(text, tlen, mend, mend + 16 < tlen ? mend + 16 : tlen);
			/* "5月4日（月）のみどりの日": a name tied by の */
			if (p + 3 <= tlen && memcmp(text + p, "\xe3\x81\xae", 3) == 0)
				p += 3;
			name_after(loc, text, tlen, p, indexed, &h, &q);
			k = p;
			/* "11 czerwca przypada Boże Ciało": a link word between */
			if (h < 0 && (k = link_starting_at(&loc->holiday_link_sieve, &loc->holiday_links, text, tlen, p)) > p)
				name_after(loc, text, tlen, skip_fwd(text, tlen, k, k + 16 < tlen ? k + 16 : tlen),
				           indexed, &h, &q);
			if (h >= 0 && gap_ok(text, mend, p) &&
			    !period_after(&loc->holiday_periods, text, tlen, q) && !qualified_after(text, tlen, q) &&
			    !date_follows_name(ctx, i, text, q, word_between(text, mend, k)))
				to = q;
			else
				h = -1;
		}
		if (h < 0 || !errata_date_valid(year, m->month, m->day) ||
		    fits(loc, (size_t)h, year, m->month, m->day, &right))
			continue;
		alt = year == m->year && !stated ? errata__mention_alt_year(ctx->mentions, i) : 0;
		if (alt && errata_date_valid(alt, m->month, m->day) &&
		    fits(loc, (size_t)h, alt, m->month, m->day, &other))
			continue;
		if ((western_fits(loc, (size_t)h, year, m->month, m->day) && western_before(loc, text, from)) ||
		    (!stated && (sentence_year_fits(loc, text, tlen, (size_t)h, m) ||
		                 shifted_year_fits(ctx, w, text, tlen, (size_t)h, m))))
			continue;
		if (!right.year ||
		    (!stated && other_side_fits(ctx, loc, (size_t)h, m, past_link(loc, text, &links))) ||
		    (from < m->offset && respective_fits(ctx, text, tlen, (size_t)h, i, from)) ||
		    founding_day(ctx, w, m, text, tlen) || shifted_off(ctx, w, (size_t)h, year, m, &right) ||
		    (from < m->offset && !linked && listed_holiday(ctx, w, (size_t)h, year, i, text, tlen, p)))
			continue;
		/* the other reading nearer the article's date names the day ("born
		 * on 18 July 1966. ... Thanksgiving, Dec. 4" in 2025: November 27) */
		if (alt && other.year && ctx->article_date.year > 0 &&
		    abs(alt - ctx->article_date.year) < abs(year - ctx->article_date.year)) {
			right = other;
			year = alt;
		}
		{
			static const char *const names[] = { "holiday", "year", "right", "said" };
			const errata_locale *ml = ctx->msg_locale ? ctx->msg_locale : loc;
			const char *values[4];
			char ybuf[16];

			errata_buf_clear(&rbuf);
			errata_buf_clear(&sbuf);
			if ((error = errata_locale_format_day(ml, year, right.month, right.day, 0, &rbuf)) ||
			    (error = errata_locale_format_day(ml, year, m->month, m->day, 0, &sbuf)))
				break;
			errata__decimal_text(ybuf, sizeof(ybuf), year);
			values[0] = loc->holidays[h].names.v[0];
			values[1] = ybuf;
			values[2] = rbuf.ptr;
			values[3] = sbuf.ptr;
			/*
			 * a date written without its year: the year is the
			 * checker's reading, not the writer's, so the message
			 * names none (a table without the key keeps its own
			 * language, with the year)
			 */
			int undated = !(m->flags & ERRATA_MENTION_YEAR_EXPLICIT) &&
			              (!ctx->msg_locale ||
			               errata__locale_message(ctx->msg_locale, "holiday_no_year") ||
			               !errata__locale_message(ctx->msg_locale, "holiday"));

			if ((error = errata__check_message(ctx, undated ? "holiday_no_year" : "holiday",
			                                   undated ? "{holiday} is on {right}, not {said}" :
			                                   "{holiday} {year} is on {right}, not {said}",
			                                   &msg, names, values, 4)))
				break;
		}
		if ((error = suggestion(ctx, text, m, from, to, &right, &sug)))
			break;
		sugg[0] = sug.ptr;
		error = errata__check_report(ctx, from, to - from, msg.ptr, sugg, sug.size ? 1 : 0);
	}

	errata_buf_dispose(&msg);
	errata_buf_dispose(&sug);
	errata_buf_dispose(&rbuf);
	errata_buf_dispose(&sbuf);
	return error;
}

const errata_check errata__check_holiday = {
	"date.holiday", ERRATA_SEVERITY_ERROR,
	"a named holiday whose stated date is not the holiday's date that year",
	NULL,
	run, 0
};
