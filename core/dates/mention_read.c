/*
 * mention_read.c: reading the pieces of a date at a position of the
 * prose: the table's word for a token (through the parse's cache), month
 * and weekday forms, the table's phrases (joiners, ordinal suffixes,
 * direction words), days and years. Every shape parser reads the text
 * through these; none of them looks at bytes a second time.
 */
#include "mention_impl.h"

#include <string.h>

/* Look a word up; a hyphenated word the table does not know is cut at its
 * first hyphen ("Monday-Wednesday" reads as "Monday"): *end is where the
 * word read ends. (Inline in errata__word_read(), where most words are
 * looked up; errata__lookup_word() for the scan.) */
static inline const errata__date_word *lookup_word(const ctx *c, const errata__tok *t, size_t *end)
{
	const errata__date_word *w;

	*end = t->end;
	if (t->kind != ERRATA__TOK_WORD || !t->flen)
		return NULL;
	/* (a word token's key is the table's hash of its folded form) */
	w = errata__locale_word_hashed(c->loc, t->fold, t->flen, errata__tok_key(t));
	if (!w && t->hyphen) {
		w = errata__locale_word(c->loc, t->fold, t->hyphen_flen);
		if (w)
			*end = t->hyphen;
	}
	return w;
}

const errata__date_word *errata__lookup_word(const ctx *c, const errata__tok *t, size_t *end)
{
	return lookup_word(c, t, end);
}

const word_read *errata__word_read(const ctx *c, size_t pos)
{
	tok_cache *tc = c->cache;
	size_t slot = pos % TOK_CACHE;
	word_read *r = &tc->word[slot];
	const errata__tok *t = tkp(c, pos);

	r->w = lookup_word(c, t, &r->end);
	r->start = t->start;
	r->upper = t->upper;
	tc->word_pos[slot] = pos;
	return r;
}

int errata__weekday_closed_at(const ctx *c, size_t pos, int *wd, size_t *off, size_t *end)
{
	int lax;

	if (!errata__weekday_read(c, pos, 1, wd, off, end, &lax))
		return 0;
	return !lax || is_punct(tkp(c, *end), ')');
}

/* Match one phrase at pos; its end goes to *end. */
static int phrase_at(const ctx *c, size_t pos, const errata__phrase *ph, int adjacent,
                     size_t *end)
{
	size_t p = pos;

	for (size_t k = 0; k < ph->n; k++) {
		const errata__tok *want = &ph->tok[k];
		const errata__tok *t = tkp(c, p);

		if (adjacent && t->start != p)
			return 0;
		if (t->kind != want->kind)
			return 0;
		if (t->kind == ERRATA__TOK_WORD &&
		    (t->flen != want->flen || memcmp(t->fold, want->fold, t->flen)))
			return 0;
		if (t->kind == ERRATA__TOK_PUNCT && t->cp != want->cp)
			return 0;
		if (t->kind == ERRATA__TOK_NUM && t->num != want->num)
			return 0;
		p = t->end;
	}
	*end = p;
	return 1;
}

int errata__match_phrase_from(const ctx *c, size_t pos, const errata__tok *first,
                              const errata__phrases *list, int adjacent, size_t *end)
{
	size_t best = 0, e;

	if (list->index) {
		/* only the phrases whose first token has the same key */
		uint32_t key = errata__tok_key(first);
		size_t lo = 0, hi = list->n;

		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;

			if (list->index[mid].key < key)
				lo = mid + 1;
			else
				hi = mid;
		}
		for (; lo < list->n && list->index[lo].key == key; lo++)
			if (phrase_at(c, pos, &list->v[list->index[lo].i], adjacent, &e) && e > best)
				best = e;
	} else {
		for (size_t i = 0; i < list->n; i++)
			if (phrase_at(c, pos, &list->v[i], adjacent, &e) && e > best)
				best = e;
	}
	if (!best)
		return 0;
	*end = best;
	return 1;
}

/*
 * Whether a token like want can end right before byte last (the last
 * byte before blanks and start; 0 at the start of the text). Tokens never
 * end in a blank, so a phrase before start must end just after last. Only
 * an ASCII byte can rule a token out: an ASCII letter ends a word whose
 * folded form ends in that letter, a digit a number, any other byte a
 * punctuation token of itself.
 */
static int may_end_with(const errata__tok *want, size_t q, unsigned char last)
{
	if (q == 0)
		return 0;
	if (last >= 0x80)
		return want->kind != ERRATA__TOK_NUM;
	switch (want->kind) {
	case ERRATA__TOK_WORD:
		return want->flen && (unsigned char)want->fold[want->flen - 1] == (last | 32) &&
		       (last | 32) >= 'a' && (last | 32) <= 'z';
	case ERRATA__TOK_NUM:
		return last >= '0' && last <= '9';
	case ERRATA__TOK_PUNCT:
		return want->cp == last;
	default:
		return 0;
	}
}

/*
 * Whether a token like want may start at a chunk of the text that opens
 * with the byte first (a blank or the text's start before it): an ASCII
 * letter there starts a word whose folded form opens with it in lower
 * case. Other bytes are left to phrase_at().
 */
static int first_letter_fits(const errata__tok *want, char first)
{
	unsigned char f = (unsigned char)first | 32;

	if (f < 'a' || f > 'z')
		return 1;
	return want->kind == ERRATA__TOK_WORD && want->flen && (unsigned char)want->fold[0] == f;
}

int errata__preceded_by_at(const ctx *c, size_t start, size_t q, unsigned char last,
                           const errata__phrases *list)
{
	size_t chunks = 0, from = start; /* the last step back: over so many chunks, to there */

	for (size_t i = 0; i < list->n; i++) {
		const errata__phrase *ph = &list->v[i];
		size_t p = start, e;

		if (!may_end_with(&ph->tok[ph->n - 1], q, last))
			continue;
		/* Step back over as many blank-separated chunks as the phrase has
		 * tokens (once for the phrases of as many tokens in a row). */
		if (ph->n == chunks) {
			p = from;
		} else {
			for (size_t k = 0; k < ph->n && p > 0; k++) {
				while (p > 0 && is_blank(c->s[p - 1]))
					p--;
				while (p > 0 && !is_blank(c->s[p - 1]))
					p--;
			}
			chunks = ph->n;
			from = p;
		}
		if (!first_letter_fits(&ph->tok[0], c->s[p]) || !phrase_at(c, p, ph, 0, &e) || e > start)
			continue;
		while (e < start && is_blank(c->s[e]))
			e++;
		if (e == start)
			return 1;
	}
	return 0;
}

/* Whether a phrase of list stands right before start, the text before
 * it (blanks passed over) ending at q, in the byte last. */
static int attached(const ctx *c, size_t start, size_t q, unsigned char last,
                    const errata__phrases *list)
{
	/* errata__preceded_by()'s first test: no phrase of the list ends in that byte */
	if (!list->n || !((list->last[last >> 5] >> (last & 31)) & 1))
		return 0;
	return errata__preceded_by_at(c, start, q, last, list);
}

int errata__direction_before(const ctx *c, size_t start)
{
	size_t q = start;
	unsigned char last;

	while (q > 0 && (c->s[q - 1] == ' ' || c->s[q - 1] == '\t'))
		q--;
	if (q == 0 || c->s[q - 1] == '\n' || c->s[q - 1] == '\r')
		return 0;
	last = (unsigned char)c->s[q - 1];
	if (attached(c, start, q, last, &c->loc->past))
		return -1;
	return attached(c, start, q, last, &c->loc->future) ? 1 : 0;
}

/* A day: 1-2 digits (1..39) with an optional ordinal suffix, or (words
 * allowed) a day word. Not a piece of a bigger number ("3.5", "3:30"). */
static int read_day(const ctx *c, size_t pos, int words, int *d, size_t *off, size_t *end)
{
	const errata__tok *t = tkp(c, pos);
	size_t e, tstart = t->start, tend = t->end;

	if (t->kind == ERRATA__TOK_NUM) {
		char next = tend < c->len ? c->s[tend] : '\0';
		unsigned long num = t->num;

		if (t->ndigits > 2 || num < 1 || num > 39)
			return 0;
		if ((next == '.' || next == ',' || next == ':') && is_digit_at(c, tend + 1))
			return 0;
		/* "until 5 a.m.": an hour, not a day */
		if (errata__match_phrase(c, tend, &c->loc->time_words, 0, &e))
			return 0;
		*d = (int)num;
		*off = tstart;
		*end = tend;
		if (errata__match_phrase(c, tend, &c->loc->suffixes, 1, &e))
			*end = e;
		return 1;
	}
	if (words && t->kind == ERRATA__TOK_WORD) {
		const word_read *r = errata__word_at(c, pos);

		if (r->w && r->w->day) {
			*d = r->w->day;
			*off = tstart;
			*end = r->end;
			return 1;
		}
	}
	return 0;
}

void errata__day_read(const ctx *c, size_t pos, int words)
{
	tok_cache *tc = c->cache;

	tc->day_found = read_day(c, pos, words, &tc->day, &tc->day_off, &tc->day_end);
	tc->day_pos = pos;
	tc->day_words = words;
}

/* Nothing number-like or word-like glued to the end of a number. */
int errata__number_ends(const ctx *c, size_t end)
{
	char ch = end < c->len ? c->s[end] : '\0';

	/* (an ASCII byte is told here, without decoding) */
	if ((unsigned char)ch < 0x80 ? ascii_letter((unsigned char)ch) || ascii_digit((unsigned char)ch)
	                             : errata__is_alnum_at(c->s, c->len, end))
		return 0;
	if ((ch == '.' || ch == ',' || ch == ':' || ch == '/' || ch == '-') && is_digit_at(c, end + 1))
		return 0;
	return 1;
}

/*
 * A year after a date: [,] [year words] YYYY. *soft is set when a comma
 * comes before the number and a lower-case word that can be counted after
 * it ("March 6, 2000 homes"): the number may then be a count rather than
 * a year. Punctuation, the end of the text, a capital ("2025 Bergen") or
 * one of the table's function_words ("2025 in Tampere", "2025 after")
 * after the number make it a year.
 */
int errata__year_at(const ctx *c, size_t pos, int *y, size_t *end, int *soft)
{
	const errata__tok *t, *after;
	size_t p = pos, e, tend;
	int comma = 0;

	t = tkp(c, p);
	if (is_punct(t, ',')) {
		comma = 1;
		p = t->end;
	}
	if (errata__match_phrase(c, p, &c->loc->year_words, 0, &e))
		p = e;
	t = tkp(c, p);
	if (!year_ok(t) || !errata__number_ends(c, t->end))
		return 0;
	*y = (int)t->num;
	tend = t->end;
	*end = tend;
	after = tkp(c, tend);
	*soft = comma && after->kind == ERRATA__TOK_WORD && !after->upper &&
	        !errata__match_phrase(c, tend, &c->loc->function_words, 0, &e);
	return 1;
}
