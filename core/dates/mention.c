/*
 * mention.c: finding date mentions in prose and inferring missing years.
 *
 * One pass over the text finds where a parse may start: only digits and
 * words that the locale table knows (months, weekdays, day words) start
 * one. The scan classifies 64 bytes at a time into bit masks and, for
 * each run of ASCII letters, looks its first three letters up in a table
 * of the keys' beginnings, so that ordinary prose costs a few
 * instructions per word and a word is only tokenized and hashed when a
 * key may start like it. A parse attempt is a small recursive descent
 * over the next few tokens and never backtracks over more than one
 * expression; it reads tokens, and the table's word for them, through a
 * small cache by position.
 *
 * The shapes, in locale-neutral terms (the words come from the table):
 *   date      numeric (Y-M-D, D/M/Y or M/D/Y by the numeric order),
 *             day [suffix] [day_month words] month [[,] [year words] year],
 *             day sep month sep year, month day [suffix] [[,] year]
 *   mention   weekday [,] [weekday_date words] [(] date [)]
 *             date [(weekday)] | date, weekday (weekday_after_comma)
 *   pairs     mention [,] joiner mention | month day joiner day
 *             [weekday] day joiner [weekday] day month [year]
 *             weekday joiner weekday [,] date joiner day
 * A range joiner makes a range (RANGE_START/RANGE_END, peers); a list
 * joiner ("and") makes two mentions that share month and year.
 */
#include "cjk.h"
#include "locale.h"
#include "mention.h"

#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "common.h"
#include "errata/dates.h"

/* What the extractor knows about a mention beyond the public struct. */
typedef struct {
	long pair;       /* the other half of a range or list pair, or -1 */
	int alt;         /* another year the date may be read in, or 0 */
	signed char dir; /* -1 after "last", +1 after "next", else 0 */
	unsigned char soft; /* the year may be a count ("Oct. 3, 1500 runners") */
	unsigned char alt_first; /* name the other reading when both are wrong */
	unsigned char swap;  /* numeric, order unknown: read with day and month swapped too */
	int swap_year;       /* the year of that reading */
} extra;

struct errata_mentions {
	errata_mention *v;
	size_t n, cap;
	extra *x;
};

/* A parse attempt reads the same few tokens again and again: keep the
 * last ones by position, and the table's word for them. */
#define TOK_CACHE 8

typedef struct {
	size_t pos[TOK_CACHE];
	errata__tok tok[TOK_CACHE];
	size_t word_pos[TOK_CACHE];          /* the position word[] was looked up for */
	const errata__word *word[TOK_CACHE]; /* lookup() of the token there */
	size_t word_start[TOK_CACHE];        /* the token's start, */
	size_t word_end[TOK_CACHE];          /* its end after lookup() */
	int word_upper[TOK_CACHE];           /* and whether it starts with a capital */
	/* the last day_at() read, which the next parse often repeats */
	size_t day_pos;
	int day_words, day_found, day;
	size_t day_off, day_end;
} tok_cache;

/* A blank line: two newlines with only spaces, tabs and carriage returns
 * between them. */
typedef struct {
	size_t first, second;
} blank_line;

/* The text's blank lines, listed the first time they are wanted. */
typedef struct {
	int wanted;      /* list them (for far-apart positions) rather than scan */
	int listed;
	size_t upto;     /* no question reaches past this: list the ones before */
	blank_line *v;   /* in order; NULL when not listed (or out of memory) */
	size_t n;
} blank_list;

typedef struct {
	const char *s;
	const char *raw;     /* the text as written (markup not masked); may be s */
	size_t len;
	const errata_locale *loc;
	errata_date_order order;
	tok_cache *cache;
	blank_list *blanks;
} ctx;

typedef struct {
	int wd;
	size_t wd_off, wd_end;
	int y, m, d;
	unsigned int flags;
	size_t date_off, date_end;
	size_t end;          /* end of the expression (after a closing parenthesis) */
	int month_first;     /* written month then day */
	int cont;            /* a day alone that continues the month before it */
	int swap;            /* numeric, order unknown: day and month may swap */
	int soft;            /* the year is followed by a lower-case word */
} part;

enum { PAIR_NONE = 0, PAIR_RANGE, PAIR_LIST };

static int ascii_letter(unsigned char ch);

/* The token at or after pos, read through the cache. The pointer is valid
 * until the next read of another position that falls in the same slot. */
static const errata__tok *tkp(const ctx *c, size_t pos)
{
	size_t slot = pos % TOK_CACHE;

	if (c->cache->pos[slot] != pos) {
		errata__tok_next(c->s, c->len, pos, &c->cache->tok[slot]);
		c->cache->pos[slot] = pos;
	}
	return &c->cache->tok[slot];
}

/* The same, copied out (for callers that change the token). */
static void tk(const ctx *c, size_t pos, errata__tok *t)
{
	*t = *tkp(c, pos);
}

static int is_punct(const errata__tok *t, uint32_t cp)
{
	return t->kind == ERRATA__TOK_PUNCT && t->cp == cp;
}

static int is_digit_at(const ctx *c, size_t pos)
{
	return pos < c->len && c->s[pos] >= '0' && c->s[pos] <= '9';
}

/* Look a word up; a hyphenated word the table does not know is cut at its
 * first hyphen ("Monday-Wednesday" reads as "Monday"). */
static const errata__word *lookup(const ctx *c, errata__tok *t)
{
	const errata__word *w;

	if (t->kind != ERRATA__TOK_WORD || !t->flen)
		return NULL;
	w = errata__locale_word(c->loc, t->fold, t->flen);
	if (!w && t->hyphen) {
		w = errata__locale_word(c->loc, t->fold, t->hyphen_flen);
		if (w) {
			t->end = t->hyphen;
			t->flen = t->hyphen_flen;
			t->fold[t->flen] = '\0';
			t->hyphen = 0;
		}
	}
	return w;
}

/* The token at pos as the table reads it. */
typedef struct {
	const errata__word *w; /* NULL when the table knows no such word */
	size_t start, end;     /* the token (its end cut at a hyphen by lookup()) */
	int upper;             /* it starts with a capital */
} word_read;

/* The table's reading of the token at pos, looked up once per position. */
static word_read word_at(const ctx *c, size_t pos)
{
	tok_cache *tc = c->cache;
	size_t slot = pos % TOK_CACHE;
	word_read r;

	if (tc->word_pos[slot] != pos) {
		errata__tok copy = *tkp(c, pos);

		tc->word[slot] = lookup(c, &copy);
		tc->word_start[slot] = copy.start;
		tc->word_end[slot] = copy.end;
		tc->word_upper[slot] = copy.upper;
		tc->word_pos[slot] = pos;
	}
	r.w = tc->word[slot];
	r.start = tc->word_start[slot];
	r.end = tc->word_end[slot];
	r.upper = tc->word_upper[slot];
	return r;
}

/* Where a month or weekday form r ends (after its period), or 0 if the
 * form may not be read here (an ambiguous word in lower case, a form that
 * the table lists only with a period). */
static size_t form_end(const ctx *c, const word_read *r, unsigned int form)
{
	size_t tend = r->end;

	if (r->w->ambiguous && !r->upper)
		return 0;
	if ((form & ERRATA__FORM_DOT) && tend < c->len && c->s[tend] == '.')
		return tend + 1;
	if (form & ERRATA__FORM_BARE)
		return tend;
	return 0;
}

static int month_at(const ctx *c, size_t pos, int *m, size_t *end)
{
	word_read r = word_at(c, pos);

	if (!r.w || !r.w->month || !(*end = form_end(c, &r, r.w->mform)))
		return 0;
	*m = r.w->month;
	return 1;
}

static int weekday_at(const ctx *c, size_t pos, int *wd, size_t *off, size_t *end)
{
	word_read r = word_at(c, pos);

	if (!r.w || r.w->weekday < 0 || !(*end = form_end(c, &r, r.w->wform)))
		return 0;
	*wd = r.w->weekday;
	*off = r.start;
	return 1;
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

/*
 * Match the longest phrase of list at pos (adjacent: no space before and
 * between the tokens, as for ordinal suffixes); its end goes to *end.
 */
static int match_phrase(const ctx *c, size_t pos, const errata__phrases *list,
                        int adjacent, size_t *end)
{
	const errata__tok *first;
	size_t best = 0, e;

	if (!list->n)
		return 0;
	first = tkp(c, pos);
	if (first->kind == ERRATA__TOK_END || (adjacent && first->start != pos) ||
	    !errata__phrases_may_start(list, first))
		return 0;
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

static int is_blank(char ch)
{
	return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r';
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

/* Whether a phrase of list stands right before start ("between"). */
static int preceded_by(const ctx *c, size_t start, const errata__phrases *list)
{
	size_t q = start;
	unsigned char last;

	while (q > 0 && is_blank(c->s[q - 1]))
		q--;
	last = q > 0 ? (unsigned char)c->s[q - 1] : 0;
	for (size_t i = 0; i < list->n; i++) {
		const errata__phrase *ph = &list->v[i];
		size_t p = start, e;

		if (!may_end_with(&ph->tok[ph->n - 1], q, last))
			continue;
		/* Step back over as many blank-separated chunks as the phrase has tokens. */
		for (size_t k = 0; k < ph->n && p > 0; k++) {
			while (p > 0 && is_blank(c->s[p - 1]))
				p--;
			while (p > 0 && !is_blank(c->s[p - 1]))
				p--;
		}
		if (!phrase_at(c, p, ph, 0, &e) || e > start)
			continue;
		while (e < start && is_blank(c->s[e]))
			e++;
		if (e == start)
			return 1;
	}
	return 0;
}

/*
 * A phrase of list right before start on the same line ("next Sunday,
 * August 9"): a direction word in a heading above a list ("The road
 * ahead: next steps") says nothing about the dates below it.
 */
static int attached_after(const ctx *c, size_t start, const errata__phrases *list)
{
	size_t q = start;

	if (!list->n)
		return 0;
	while (q > 0 && (c->s[q - 1] == ' ' || c->s[q - 1] == '\t'))
		q--;
	if (q == 0 || c->s[q - 1] == '\n' || c->s[q - 1] == '\r')
		return 0;
	return preceded_by(c, start, list);
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
		if (match_phrase(c, tend, &c->loc->time_words, 0, &e))
			return 0;
		*d = (int)num;
		*off = tstart;
		*end = tend;
		if (match_phrase(c, tend, &c->loc->suffixes, 1, &e))
			*end = e;
		return 1;
	}
	if (words && t->kind == ERRATA__TOK_WORD) {
		word_read r = word_at(c, pos);

		if (r.w && r.w->day) {
			*d = r.w->day;
			*off = tstart;
			*end = r.end;
			return 1;
		}
	}
	return 0;
}

/* read_day(), remembering the last answer. */
static int day_at(const ctx *c, size_t pos, int words, int *d, size_t *off, size_t *end)
{
	tok_cache *tc = c->cache;

	if (tc->day_pos != pos || tc->day_words != words) {
		tc->day_found = read_day(c, pos, words, &tc->day, &tc->day_off, &tc->day_end);
		tc->day_pos = pos;
		tc->day_words = words;
	}
	if (!tc->day_found)
		return 0;
	*d = tc->day;
	*off = tc->day_off;
	*end = tc->day_end;
	return 1;
}

/* Nothing number-like or word-like glued to the end of a number. */
static int number_ends(const ctx *c, size_t end)
{
	char ch;

	if (errata__is_alnum_at(c->s, c->len, end))
		return 0;
	ch = end < c->len ? c->s[end] : '\0';
	if ((ch == '.' || ch == ',' || ch == ':' || ch == '/' || ch == '-') && is_digit_at(c, end + 1))
		return 0;
	return 1;
}

/*
 * List the blank lines of s (each pair of newlines with only spaces, tabs
 * and carriage returns between them, so pairs may share a newline) into a
 * new array in *out; *out stays NULL when there is no memory (the callers
 * then scan instead).
 */
static void list_blank_lines(const char *s, size_t len, blank_line **out, size_t *n)
{
	blank_line *v = NULL;
	size_t cap = 0, count = 0;
	const char *nl = len ? memchr(s, '\n', len) : NULL;

	*out = NULL;
	*n = 0;
	while (nl) {
		/* from each newline, over blanks to the next newline, if that is all */
		size_t i = (size_t)(nl - s), k = i + 1;

		while (k < len && (s[k] == ' ' || s[k] == '\t' || s[k] == '\r'))
			k++;
		if (k < len && s[k] == '\n') {
			if (count == cap) {
				size_t ncap = cap ? cap * 2 : 64;
				blank_line *nv = realloc(v, ncap * sizeof(*nv));

				if (!nv) {
					free(v);
					return;
				}
				v = nv;
				cap = ncap;
			}
			v[count].first = i;
			v[count].second = k;
			count++;
			nl = s + k;
		} else {
			nl = k < len ? memchr(s + k, '\n', len - k) : NULL;
		}
	}
	if (!v)
		v = malloc(sizeof(*v)); /* no blank line: an empty list, not a scan */
	*out = v;
	*n = count;
}

/* Whether text[from..to) holds a blank line, by a scan from newline to
 * newline. */
static int blank_line_in(const ctx *c, size_t from, size_t to)
{
	const char *s = c->s, *nl = from < to ? memchr(s + from, '\n', to - from) : NULL;

	while (nl) {
		size_t k = (size_t)(nl - s) + 1;

		while (k < to && (s[k] == ' ' || s[k] == '\t' || s[k] == '\r'))
			k++;
		if (k < to && s[k] == '\n')
			return 1;
		nl = k < to ? memchr(s + k, '\n', to - k) : NULL;
	}
	return 0;
}

/* How far a scan looks for a blank line before the listed ones are asked. */
#define NEAR_SCAN 1024

/*
 * Whether text[from..to) holds a blank line (a paragraph break). Spans
 * within a parse are short and scanned; year inference asks about spans
 * of any length, and for those a break soon after from is scanned for,
 * else the blank lines are listed (once) and binary-searched.
 */
static int crosses_paragraph(const ctx *c, size_t from, size_t to)
{
	blank_list *bl = c->blanks;

	if (to > c->len)
		to = c->len;
	if (from >= to)
		return 0;
	if (!bl->wanted || to - from <= NEAR_SCAN)
		return blank_line_in(c, from, to);
	if (blank_line_in(c, from, from + NEAR_SCAN))
		return 1;
	if (!bl->listed) {
		list_blank_lines(c->s, bl->upto < c->len ? bl->upto : c->len, &bl->v, &bl->n);
		bl->listed = 1;
	}
	if (bl->v) {
		size_t lo = 0, hi = bl->n;

		/* the first blank line that starts at or after from */
		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;

			if (bl->v[mid].first < from)
				lo = mid + 1;
			else
				hi = mid;
		}
		return lo < bl->n && bl->v[lo].second < to;
	}
	return blank_line_in(c, from, to);
}

/*
 * Whether the line of the text as written that starts at pos (the byte
 * after a newline) opens a block of its own: a blank line, a list item
 * ("- ", "* ", "+ ", "• ", "1. ", "2) "), a heading ("#"), a table row
 * ("|") or a quotation (">").
 */
static int line_opens_block(const char *s, size_t len, size_t pos)
{
	size_t p;

	while (pos < len && (s[pos] == ' ' || s[pos] == '\t'))
		pos++;
	if (pos >= len)
		return 1;
	switch (s[pos]) {
	case '\n': case '\r': case '#': case '|': case '>':
		return 1;
	case '-': case '*': case '+':
		return pos + 1 < len && (s[pos + 1] == ' ' || s[pos + 1] == '\t');
	default:
		break;
	}
	if (pos + 2 < len && (unsigned char)s[pos] == 0xe2 && (unsigned char)s[pos + 1] == 0x80 &&
	    (unsigned char)s[pos + 2] == 0xa2)
		return 1;
	for (p = pos; p < len && p - pos < 3 && s[p] >= '0' && s[p] <= '9'; p++)
		;
	return p > pos && p + 1 < len && (s[p] == '.' || s[p] == ')') &&
	       (s[p + 1] == ' ' || s[p + 1] == '\t');
}

/* Whether an HTML tag that opens or closes a block starts at s[pos] ('<'):
 * p, li, tr, h1-h6, div, br, ul, ol, dt, dd, table, blockquote, section. */
static int block_tag_at(const char *s, size_t len, size_t pos)
{
	static const char *const tags[] = {
		"p", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "div", "br", "ul", "ol",
		"dt", "dd", "table", "blockquote", "section", "article", "header", "footer", "hr"
	};
	size_t p = pos + 1, n = 0;

	if (p < len && s[p] == '/')
		p++;
	while (p + n < len && n < 12 && (ascii_letter((unsigned char)s[p + n]) ||
	                                 (n > 0 && s[p + n] >= '1' && s[p + n] <= '6')))
		n++;
	if (!n || (p + n < len && s[p + n] != '>' && s[p + n] != ' ' && s[p + n] != '/' &&
	           s[p + n] != '\t' && s[p + n] != '\n'))
		return 0;
	for (size_t i = 0; i < sizeof(tags) / sizeof(tags[0]); i++)
		if (strlen(tags[i]) == n && errata__strncasecmp_ascii(s + p, tags[i], n) == 0)
			return 1;
	return 0;
}

/*
 * Whether raw text [from, to) holds the start of another block: a line
 * that opens one (see line_opens_block()) or an HTML block tag. Year
 * inference lets a written date anchor the dates after it only within
 * its block.
 */
static int block_break(const ctx *c, size_t from, size_t to)
{
	const char *s = c->raw;

	for (size_t i = from; i < to && i < c->len; i++) {
		if (s[i] == '\n' && line_opens_block(s, c->len, i + 1))
			return 1;
		if (s[i] == '<' && block_tag_at(s, c->len, i))
			return 1;
	}
	return 0;
}

static int year_ok(const errata__tok *t)
{
	return t->kind == ERRATA__TOK_NUM && t->ndigits == 4 && t->num >= 1000 && t->num <= 2999;
}

/*
 * A year after a date: [,] [year words] YYYY. *soft is set when a comma
 * comes before the number and a lower-case word that can be counted after
 * it ("March 6, 2000 homes"): the number may then be a count rather than
 * a year. Punctuation, the end of the text, a capital ("2025 Bergen") or
 * one of the table's function_words ("2025 in Tampere", "2025 after")
 * after the number make it a year.
 */
static int year_at(const ctx *c, size_t pos, int *y, size_t *end, int *soft)
{
	const errata__tok *t, *after;
	size_t p = pos, e, tend;
	int comma = 0;

	t = tkp(c, p);
	if (is_punct(t, ',')) {
		comma = 1;
		p = t->end;
	}
	if (match_phrase(c, p, &c->loc->year_words, 0, &e))
		p = e;
	t = tkp(c, p);
	if (!year_ok(t) || !number_ends(c, t->end))
		return 0;
	*y = (int)t->num;
	tend = t->end;
	*end = tend;
	after = tkp(c, tend);
	*soft = comma && after->kind == ERRATA__TOK_WORD && !after->upper &&
	        !match_phrase(c, tend, &c->loc->function_words, 0, &e);
	return 1;
}

/* Whether the byte at pos separates the parts of a glued date ("/", "-",
 * "."): the token there is that punctuation, right at pos. */
static int date_sep_at(const ctx *c, size_t pos)
{
	return pos < c->len && (c->s[pos] == '/' || c->s[pos] == '-' || c->s[pos] == '.');
}

static int two_digit_year(unsigned long yy)
{
	return (int)(yy < 50 ? 2000 + yy : 1900 + yy);
}

static int weekday_closes(const ctx *c, size_t wend);

/*
 * Whether a weekday stands right after a date that ends at end: in
 * parentheses ("5/14(Thu)"), or as the next word of the line that ends
 * its cell or statement ("2026-05-01 Fri:").
 */
static int weekday_after(const ctx *c, size_t end)
{
	const errata__tok *t = tkp(c, end);
	int wd;
	size_t o, e;

	if (is_punct(t, '('))
		return weekday_at(c, t->end, &wd, &o, &e) && is_punct(tkp(c, e), ')');
	if (is_punct(t, '|'))
		t = tkp(c, t->end);
	return t->kind == ERRATA__TOK_WORD && !memchr(c->s + end, '\n', t->start - end) &&
	       weekday_at(c, t->start, &wd, &o, &e) && weekday_closes(c, e);
}

/*
 * The reading of x/z (day and month in some order) in year y (0: any):
 * by a fixed order, else the one that gives a real date; when both do,
 * the table's usual order (month first where it writes "January 7"),
 * with pt->swap set. 0 when neither does.
 */
static int numeric_order(const ctx *c, unsigned long x, unsigned long z, int y, int four,
                         part *pt)
{
	int yy = y ? y : 2000;

	switch (c->order) {
	case ERRATA_ORDER_DMY:
		pt->d = (int)x;
		pt->m = (int)z;
		return 1;
	case ERRATA_ORDER_MDY:
	case ERRATA_ORDER_YMD: /* month before day, as after a year */
		pt->m = (int)x;
		pt->d = (int)z;
		return 1;
	default: {
		int dmy = errata_date_valid(yy, (int)z, (int)x);
		int mdy = errata_date_valid(yy, (int)x, (int)z);

		if (x == z && dmy)
			mdy = 0;
		if (dmy && mdy) {
			dmy = !c->loc->month_first;
			pt->swap = 1;
		} else if (!dmy && !mdy) {
			/* Neither order gives a real date: when only one number
			 * can be a month and the year has four digits, that is
			 * the order meant ("31/04/2026" is April 31). */
			if (!four || (x <= 12) == (z <= 12))
				return 0;
			dmy = z <= 12;
		}
		pt->d = (int)(dmy ? x : z);
		pt->m = (int)(dmy ? z : x);
		return 1;
	}
	}
}

/*
 * Day and month alone, "9/10", "28/11", "24.02.": read only where a
 * weekday names them (loose: one stands before; or one follows).
 */
static int short_numeric_at(const ctx *c, const errata__tok *a, const errata__tok *s1,
                            const errata__tok *b, int loose, part *pt)
{
	size_t end = b->end;

	if (a->ndigits > 2 || b->ndigits > 2 || a->num < 1 || b->num < 1 ||
	    (s1->cp != '/' && s1->cp != '.'))
		return 0;
	/* "24.02." closes with a period */
	if (s1->cp == '.' && end < c->len && c->s[end] == '.')
		end++;
	if (errata__is_alnum_at(c->s, c->len, end) ||
	    ((c->s[end - 1] != '.') && !number_ends(c, end)))
		return 0;
	if (!loose && !weekday_after(c, end))
		return 0;
	if (!numeric_order(c, a->num, b->num, 0, 0, pt) || pt->d > 31 || pt->m > 12 ||
	    !errata_date_valid(2000, pt->m, pt->d))
		return 0;
	pt->flags |= ERRATA_MENTION_NUMERIC;
	pt->date_off = a->start;
	pt->date_end = pt->end = end;
	return 1;
}

/* Numeric dates: Y-M-D (also / and .), and D/M/Y or M/D/Y by the order;
 * with loose (a weekday before it), day and month alone too. */
static int numeric_at(const ctx *c, size_t pos, part *pt, int loose)
{
	errata__tok a, s1, b, s2, e;
	unsigned long x, z;
	int y;

	tk(c, pos, &a);
	if (a.kind != ERRATA__TOK_NUM || !date_sep_at(c, a.end))
		return 0;
	tk(c, a.end, &s1);
	if (s1.start != a.end || s1.kind != ERRATA__TOK_PUNCT ||
	    (s1.cp != '/' && s1.cp != '-' && s1.cp != '.'))
		return 0;
	tk(c, s1.end, &b);
	if (b.start != s1.end || b.kind != ERRATA__TOK_NUM || b.ndigits > 2)
		return 0;
	tk(c, b.end, &s2);
	if (s2.start != b.end || !is_punct(&s2, s1.cp) || !is_digit_at(c, s2.end))
		return short_numeric_at(c, &a, &s1, &b, loose, pt);
	tk(c, s2.end, &e);
	if (e.start != s2.end || e.kind != ERRATA__TOK_NUM)
		return 0;
	/* An ISO date may go on with a time: 2026-01-07T10:30. */
	if (!number_ends(c, e.end) &&
	    !(a.ndigits == 4 && s1.cp == '-' && e.end + 1 < c->len && c->s[e.end] == 'T' &&
	      is_digit_at(c, e.end + 1)))
		return 0;
	/* "§ 30.2.2011" numbers a section, not a day */
	{
		size_t q = a.start;

		while (q > 0 && (c->s[q - 1] == ' ' || c->s[q - 1] == '\t'))
			q--;
		if (q >= 2 && (unsigned char)c->s[q - 2] == 0xc2 && (unsigned char)c->s[q - 1] == 0xa7)
			return 0;
	}
	if (a.ndigits <= 2 && e.ndigits <= 2 && c->order == ERRATA_ORDER_YMD) {
		/* "26/01/07" read year first, as the configuration says */
		if (b.num < 1 || b.num > 12 || e.num < 1 || e.num > 31)
			return 0;
		pt->y = two_digit_year(a.num);
		pt->m = (int)b.num;
		pt->d = (int)e.num;
	} else if (a.ndigits == 4) {
		if (!year_ok(&a) || e.ndigits > 2 || b.num < 1 || e.num < 1 || e.num > 39)
			return 0;
		pt->y = (int)a.num;
		pt->m = (int)b.num;
		pt->d = (int)e.num;
	} else {
		if (a.ndigits > 2 || (e.ndigits != 4 && e.ndigits != 2))
			return 0;
		if (e.ndigits == 4 && !year_ok(&e))
			return 0;
		y = e.ndigits == 4 ? (int)e.num : two_digit_year(e.num);
		x = a.num;
		z = b.num;
		if (x < 1 || z < 1 || !numeric_order(c, x, z, y, e.ndigits == 4, pt))
			return 0;
		/* both readings real: only where a weekday can tell them apart */
		if (pt->swap && !loose && !weekday_after(c, e.end))
			return 0;
		/* A two-digit year says little: ask for a plausible day and month.
		 * A number above 39 is no day at all ("77.4.2210"); 32 to 39 are
		 * read as a mistyped day, as with a month name. */
		if (pt->d > 39 || (e.ndigits == 2 && (pt->d > 31 || pt->m > 12)))
			return 0;
		pt->y = y;
	}
	pt->flags |= ERRATA_MENTION_NUMERIC | ERRATA_MENTION_YEAR_EXPLICIT;
	pt->date_off = a.start;
	pt->date_end = pt->end = e.end;
	return 1;
}

/* "31/septembre/1969", "29-février-2005": day sep month sep year, glued. */
static int day_sep_month_at(const ctx *c, size_t pos, part *pt)
{
	errata__tok a, s1, s2, y;
	word_read mw;

	tk(c, pos, &a);
	if (a.kind != ERRATA__TOK_NUM || a.ndigits > 2 || a.num < 1 || !date_sep_at(c, a.end))
		return 0;
	tk(c, a.end, &s1);
	if (s1.start != a.end || s1.kind != ERRATA__TOK_PUNCT ||
	    (s1.cp != '/' && s1.cp != '-' && s1.cp != '.'))
		return 0;
	mw = word_at(c, s1.end);
	if (mw.start != s1.end || !mw.w || !mw.w->month)
		return 0;
	tk(c, mw.end, &s2);
	if (s2.start != mw.end || !is_punct(&s2, s1.cp))
		return 0;
	tk(c, s2.end, &y);
	if (y.start != s2.end || !year_ok(&y) || !number_ends(c, y.end))
		return 0;
	pt->d = (int)a.num;
	pt->m = mw.w->month;
	pt->y = (int)y.num;
	pt->flags |= ERRATA_MENTION_YEAR_EXPLICIT;
	pt->date_off = a.start;
	pt->date_end = pt->end = y.end;
	return 1;
}

static void part_init(part *pt)
{
	memset(pt, 0, sizeof(*pt));
	pt->wd = -1;
}

static size_t part_start(const part *pt)
{
	return pt->wd >= 0 && pt->wd_off < pt->date_off ? pt->wd_off : pt->date_off;
}

static size_t part_end(const part *pt)
{
	size_t end = pt->end > pt->date_end ? pt->end : pt->date_end;

	return pt->wd >= 0 && pt->wd_end > end ? pt->wd_end : end;
}

/*
 * Close a day-and-month part: a year written after it (at pt->date_end)
 * joins the date. Returns 0 when the day is past 31 and no year makes the
 * number a date part.
 */
static int take_year(const ctx *c, part *pt)
{
	int y;
	size_t yend;

	if (year_at(c, pt->date_end, &y, &yend, &pt->soft)) {
		pt->y = y;
		pt->flags |= ERRATA_MENTION_YEAR_EXPLICIT;
		pt->date_end = yend;
	}
	pt->end = pt->date_end;
	return !(pt->d > 31 && !pt->y);
}

static int date_at_loose(const ctx *c, size_t pos, part *pt, int loose);

/* A date, without weekday, at pos. */
static int date_at(const ctx *c, size_t pos, part *pt)
{
	return date_at_loose(c, pos, pt, 0);
}

/* The same; loose: a weekday stands before it, so day and month alone
 * ("Friday, 9/10") and numeric dates of either order are read too. */
static int date_at_loose(const ctx *c, size_t pos, part *pt, int loose)
{
	const errata__tok *t;
	int d, m, tkind;
	size_t doff, dend, p, e, mend, tstart;

	part_init(pt);
	t = tkp(c, pos);
	tkind = t->kind;
	tstart = t->start;
	if (tkind == ERRATA__TOK_NUM && (numeric_at(c, pos, pt, loose) || day_sep_month_at(c, pos, pt)))
		return 1;
	part_init(pt);
	if (c->loc->day_first && day_at(c, pos, 1, &d, &doff, &dend)) {
		p = dend;
		if (!(match_phrase(c, p, &c->loc->day_month, 0, &e) && month_at(c, e, &m, &mend)) &&
		    !month_at(c, p, &m, &mend))
			goto month_first;
		pt->d = d;
		pt->m = m;
		pt->date_off = doff;
		pt->date_end = mend;
		return take_year(c, pt);
	}
month_first:
	if (c->loc->month_first && tkind == ERRATA__TOK_WORD && month_at(c, pos, &m, &mend) &&
	    day_at(c, mend, 0, &d, &doff, &dend)) {
		pt->m = m;
		pt->d = d;
		pt->month_first = 1;
		pt->date_off = tstart;
		pt->date_end = dend;
		if (!take_year(c, pt))
			return 0;
		/* "In November 31 soldiers were killed": after a word that takes
		 * a month alone, a number the month cannot hold is a count. */
		if (!pt->y && d > errata_date_days_in_month(2000, m) &&
		    preceded_by(c, tstart, &c->loc->month_only))
			return 0;
		return 1;
	}
	return 0;
}

/* Whether text [a, b) holds a line break. */
static int has_newline(const ctx *c, size_t a, size_t b)
{
	return b > a && memchr(c->s + a, '\n', b - a) != NULL;
}

/*
 * Whether raw text [a, b) separates two cells of one table row: a "|" of
 * a Markdown or plain-text table, or HTML cell tags ("</td><td>") with
 * no row or other block between them.
 */
static int cell_gap(const ctx *c, size_t a, size_t b)
{
	const char *r = c->raw;
	int cell = 0;

	for (size_t i = a; i < b && i < c->len; i++) {
		if (r[i] == '|')
			cell = 1;
		else if (r[i] == '<' && i + 3 < c->len && (r[i + 1] == '/' || ascii_letter((unsigned char)r[i + 1]))) {
			size_t k = r[i + 1] == '/' ? i + 2 : i + 1;

			if ((r[k] | 32) == 't' && ((r[k + 1] | 32) == 'd' || (r[k + 1] | 32) == 'h'))
				cell = 1;
			else if (block_tag_at(r, c->len, i))
				return 0;
		} else if (r[i] == '\n' && line_opens_block(r, c->len, i + 1) && r[i + 1] != '<') {
			return 0;
		}
	}
	return cell;
}

/* Whether the text after a weekday ends its cell or statement: the end, a
 * line break, punctuation or a cell separator. */
static int weekday_closes(const ctx *c, size_t wend)
{
	const errata__tok *t = tkp(c, wend);

	return t->kind == ERRATA__TOK_END || t->kind == ERRATA__TOK_PUNCT ||
	       has_newline(c, wend, t->start) || cell_gap(c, wend, t->start);
}

/*
 * A weekday stated after its date without parentheses: after one of the
 * table's weekday_copula_words ("3. Oktober 2026 ist ein Sonntag",
 * "October 3 is a Saturday"), in the next cell of a table row
 * ("| March 5 | Wednesday |"), or right after a numeric date on the same
 * line ("2026-05-01 Fri").
 */
static int stated_weekday(const ctx *c, part *pt, int *wd, size_t *woff, size_t *wend)
{
	const errata__tok *t = tkp(c, pt->date_end);
	size_t p = pt->date_end, e;

	if (is_punct(t, ','))
		p = t->end;
	if (match_phrase(c, p, &c->loc->copula, 0, &e) && weekday_at(c, e, wd, woff, wend) &&
	    !has_newline(c, pt->date_end, *woff))
		return 1;
	t = tkp(c, pt->date_end);
	if (is_punct(t, '|'))
		t = tkp(c, t->end);
	if (t->kind == ERRATA__TOK_WORD && weekday_at(c, t->start, wd, woff, wend) &&
	    weekday_closes(c, *wend)) {
		if (cell_gap(c, pt->date_end, *woff))
			return 1;
		if ((pt->flags & ERRATA_MENTION_NUMERIC) && !has_newline(c, pt->date_end, *woff))
			return 1;
	}
	return 0;
}

/* A weekday written after its date: "(Tuesday)", or ", wtorek" where the
 * table allows it. */
static void date_tail(const ctx *c, part *pt)
{
	const errata__tok *t, *close;
	int wd, open, comma;
	size_t woff, wend, tend;

	t = tkp(c, pt->date_end);
	open = is_punct(t, '(');
	comma = is_punct(t, ',');
	tend = t->end;
	if (open && weekday_at(c, tend, &wd, &woff, &wend)) {
		close = tkp(c, wend);
		if (!is_punct(close, ')'))
			return;
		pt->end = close->end;
	} else if (stated_weekday(c, pt, &wd, &woff, &wend)) {
		pt->end = wend;
	} else if (c->loc->weekday_after_comma && comma &&
	           weekday_at(c, tend, &wd, &woff, &wend)) {
		part next;

		/* "..., Tuesday, January 6" starts the next mention instead. */
		if (date_at(c, wend, &next))
			return;
		{
			const errata__tok *n2 = tkp(c, wend);

			if (is_punct(n2, ',') && date_at(c, n2->end, &next))
				return;
		}
		pt->end = wend;
	} else {
		return;
	}
	if (crosses_paragraph(c, pt->date_end, wend)) {
		pt->end = pt->date_end;
		return;
	}
	pt->wd = wd;
	pt->wd_off = woff;
	pt->wd_end = wend;
}

/* Skip the gap between a weekday and its date: [,] [words] [words]. */
static size_t weekday_gap(const ctx *c, size_t p)
{
	const errata__tok *t;
	size_t e;

	t = tkp(c, p);
	if (is_punct(t, ',') || (is_punct(t, '|') && !has_newline(c, p, t->start)))
		p = t->end;
	for (int k = 0; k < 2 && match_phrase(c, p, &c->loc->weekday_date, 0, &e); k++) {
		p = e;
		t = tkp(c, p);
		if (is_punct(t, ','))
			p = t->end;
	}
	return p;
}

/* weekday [,] [words] [(] date [)] */
static int weekday_date(const ctx *c, size_t pos, part *pt)
{
	const errata__tok *t;
	int wd, paren = 0;
	size_t woff, wend, p;

	if (!weekday_at(c, pos, &wd, &woff, &wend))
		return 0;
	p = weekday_gap(c, wend);
	t = tkp(c, p);
	if (is_punct(t, '(')) {
		paren = 1;
		p = t->end;
	}
	if (!date_at_loose(c, p, pt, 1))
		return 0;
	/* not across table rows or HTML blocks ("Tuesday</td></tr><tr><td>March 3") */
	if (c->raw != c->s && block_break(c, wend, pt->date_off))
		return 0;
	if (paren) {
		t = tkp(c, pt->date_end);
		if (!is_punct(t, ')'))
			return 0;
		pt->end = t->end;
	}
	pt->wd = wd;
	pt->wd_off = woff;
	pt->wd_end = wend;
	return 1;
}

/* A joiner at pos: PAIR_RANGE or PAIR_LIST, its end in *end. */
static int joiner_at(const ctx *c, size_t pos, size_t *end)
{
	if (match_phrase(c, pos, &c->loc->range, 0, end))
		return PAIR_RANGE;
	if (match_phrase(c, pos, &c->loc->list, 0, end))
		return PAIR_LIST;
	return PAIR_NONE;
}

/* A full second mention at pos: with a weekday, or a date (and its tail). */
static int mention_at(const ctx *c, size_t pos, part *pt)
{
	if (weekday_date(c, pos, pt))
		return 1;
	if (date_at(c, pos, pt)) {
		date_tail(c, pt);
		return 1;
	}
	return 0;
}

/* The start of a pair takes the year written at its end; a start month
 * later than the end month is in the year before. */
static void share_year(part *a, const part *b)
{
	if ((b->flags & ERRATA_MENTION_YEAR_EXPLICIT) && !(a->flags & ERRATA_MENTION_YEAR_EXPLICIT)) {
		a->y = b->y - (a->m > b->m && a->m <= 12 && b->m >= 1 ? 1 : 0);
		a->flags |= ERRATA_MENTION_YEAR_EXPLICIT;
	}
}

/* After a complete first mention: [,] joiner (mention | day). */
static int continue_pair(const ctx *c, part *a, part *b)
{
	const errata__tok *t;
	size_t p = a->end, q, doff, dend, yend;
	int kind, d, y;

	t = tkp(c, p);
	if (is_punct(t, ',')) {
		p = t->end;
		/* "April 29th, 30th and 31st": after a comma, a day alone goes on
		 * with the month when a joiner or another such day follows it */
		if (!joiner_at(c, p, &q) && a->month_first && !a->y &&
		    day_at(c, p, 0, &d, &doff, &dend) && d <= 31) {
			const errata__tok *n = tkp(c, dend);
			int d2;
			size_t o2, e2;

			if (!joiner_at(c, dend, &q) &&
			    !(is_punct(n, ',') && day_at(c, n->end, 0, &d2, &o2, &e2) &&
			      (joiner_at(c, e2, &q) || is_punct(tkp(c, e2), ','))))
				return 0;
			part_init(b);
			b->m = a->m;
			b->d = d;
			b->month_first = b->cont = 1;
			b->date_off = doff;
			b->date_end = b->end = dend;
			return PAIR_LIST;
		}
	}
	if (!(kind = joiner_at(c, p, &q)))
		return 0;
	if (!mention_at(c, q, b)) {
		if (!a->month_first || !day_at(c, q, 0, &d, &doff, &dend) || d > 31)
			return 0;
		part_init(b);
		b->m = a->m;
		b->d = d;
		b->month_first = b->cont = 1;
		b->date_off = doff;
		b->date_end = dend;
		if (year_at(c, dend, &y, &yend, &b->soft)) {
			b->y = y;
			b->flags |= ERRATA_MENTION_YEAR_EXPLICIT;
			b->date_end = yend;
		} else if (kind == PAIR_LIST) {
			/* "April 30 and 31 people": a list needs more than a number. */
			t = tkp(c, dend);
			if (t->kind == ERRATA__TOK_WORD || t->kind == ERRATA__TOK_NUM)
				return 0;
		}
		b->end = b->date_end;
	}
	share_year(a, b);
	return kind;
}

/* [weekday gap] day joiner [weekday gap] day [words] month [year] */
static int day_pair(const ctx *c, size_t pos, int weekday, part *a, part *b)
{
	int wd = -1, d, kind;
	size_t woff = 0, wend = 0, p = pos, doff, dend, q;

	part_init(a);
	if (weekday) {
		if (!weekday_at(c, p, &wd, &woff, &wend))
			return 0;
		p = weekday_gap(c, wend);
	}
	if (!day_at(c, p, 1, &d, &doff, &dend) || d > 31)
		return 0;
	if (!(kind = joiner_at(c, dend, &q)))
		return 0;
	if (!mention_at(c, q, b) || (b->flags & ERRATA_MENTION_NUMERIC) || b->month_first)
		return 0;
	a->wd = wd;
	a->wd_off = woff;
	a->wd_end = wend;
	a->d = d;
	a->m = b->m;
	a->date_off = doff;
	a->date_end = a->end = dend;
	if (b->flags & ERRATA_MENTION_YEAR_EXPLICIT) {
		a->y = b->y;
		a->flags |= ERRATA_MENTION_YEAR_EXPLICIT;
	}
	return kind;
}

/* weekday joiner weekday [gap] (date joiner day | day joiner day month) */
static int weekday_pair(const ctx *c, size_t pos, part *a, part *b)
{
	int w1, w2, kind;
	size_t o1, e1, o2, e2, q, p;

	if (!weekday_at(c, pos, &w1, &o1, &e1) || !joiner_at(c, e1, &q) ||
	    !weekday_at(c, q, &w2, &o2, &e2))
		return 0;
	p = weekday_gap(c, e2);
	if (date_at(c, p, a) && a->wd < 0)
		kind = continue_pair(c, a, b);
	else
		kind = day_pair(c, p, 0, a, b);
	if (!kind || b->wd >= 0)
		return 0;
	a->wd = w1;
	a->wd_off = o1;
	a->wd_end = e1;
	b->wd = w2;
	b->wd_off = o2;
	b->wd_end = e2;
	return kind;
}

/* Parse the expression starting at pos: 0, 1 or 2 parts in *n; returns
 * the pair kind. */
/*
 * Whether the weekday at pos ends a list of weekdays: another weekday
 * stands before it, joined by a comma, "&", "/" or a list word ("Sat.,
 * Sun., Jan. 10-11", "Saturday and Sunday, Jan. 10"). Such a weekday does
 * not name the date after it on its own.
 */
static int weekday_listed(const ctx *c, size_t pos)
{
	size_t p = pos, wend;
	int wd, joined = 0;

	if (!weekday_at(c, pos, &wd, &wend, &wend))
		return 0;
	while (p > 0 && is_blank(c->s[p - 1]))
		p--;
	if (p > 0 && (c->s[p - 1] == ',' || c->s[p - 1] == '&' || c->s[p - 1] == '/')) {
		p--;
		joined = 1;
	} else if (preceded_by(c, pos, &c->loc->list)) {
		/* step back over the list word */
		while (p > 0 && !is_blank(c->s[p - 1]))
			p--;
		joined = 1;
	}
	if (!joined)
		return 0;
	while (p > 0 && is_blank(c->s[p - 1]))
		p--;
	if (p > 0 && c->s[p - 1] == '.')
		p--;
	/* the word before: back to its start (ASCII letters and UTF-8 bytes) */
	wend = p;
	while (p > 0 && (((c->s[p - 1] | 32) >= 'a' && (c->s[p - 1] | 32) <= 'z') ||
	                 ((unsigned char)c->s[p - 1] & 0x80)))
		p--;
	if (p == wend)
		return 0;
	return tkp(c, p)->kind == ERRATA__TOK_WORD && weekday_at(c, p, &wd, &wend, &wend);
}

/* A date written with marks (2026年1月7日(水)) as a part. */
static void part_from_cjk(part *pt, const errata__cjk_date *d)
{
	part_init(pt);
	pt->y = d->y;
	pt->m = d->m;
	pt->d = d->d;
	pt->flags = (d->y ? ERRATA_MENTION_YEAR_EXPLICIT : 0) |
	            (d->numeric ? ERRATA_MENTION_NUMERIC : 0);
	pt->date_off = d->off;
	pt->date_end = d->date_end;
	pt->end = d->end;
	if (d->wd >= 0) {
		pt->wd = d->wd;
		pt->wd_off = d->wd_off;
		pt->wd_end = d->wd_end;
	}
}

/*
 * "October 8th-11th, 2026 (Thursday-Sunday)": a pair of weekdays in
 * parentheses after a range names its two ends.
 */
static void range_weekdays(const ctx *c, part *a, part *b)
{
	const errata__tok *t = tkp(c, b->end);
	int w1, w2;
	size_t o1, e1, o2, e2, q;

	if (!is_punct(t, '(') || !weekday_at(c, t->end, &w1, &o1, &e1) ||
	    !match_phrase(c, e1, &c->loc->range, 0, &q) || !weekday_at(c, q, &w2, &o2, &e2))
		return;
	t = tkp(c, e2);
	if (!is_punct(t, ')') || has_newline(c, b->end, t->start))
		return;
	a->wd = w1;
	a->wd_off = o1;
	a->wd_end = e1;
	b->wd = w2;
	b->wd_off = o2;
	b->wd_end = e2;
	b->end = t->end;
}

static int parse_at(const ctx *c, size_t pos, part *a, part *b, int *n)
{
	int kind = PAIR_NONE, listed, tkind;

	*n = 0;
	if (c->loc->cjk.on) {
		errata__cjk_date d[2];

		if ((*n = errata__cjk_parse(c->loc, c->s, c->len, pos, d)) > 0) {
			part_from_cjk(a, &d[0]);
			if (*n == 2)
				part_from_cjk(b, &d[1]);
			return *n == 2 ? PAIR_RANGE : PAIR_NONE;
		}
	}
	tkind = tkp(c, pos)->kind;
	listed = tkind == ERRATA__TOK_WORD && weekday_listed(c, pos);
	if (listed) {
		/* nothing starts here; the scan goes on to the date after it */
	} else if (tkind == ERRATA__TOK_WORD && weekday_date(c, pos, a)) {
		*n = 1;
	} else if (tkind == ERRATA__TOK_WORD && (kind = day_pair(c, pos, 1, a, b))) {
		*n = 2;
	} else if (tkind == ERRATA__TOK_WORD && (kind = weekday_pair(c, pos, a, b))) {
		*n = 2;
	} else if (date_at(c, pos, a)) {
		date_tail(c, a);
		*n = 1;
	} else if (tkind == ERRATA__TOK_NUM && (kind = day_pair(c, pos, 0, a, b))) {
		*n = 2;
	}
	if (*n >= 1 && crosses_paragraph(c, part_start(a), part_end(*n == 2 ? b : a))) {
		/* Nothing reaches over a paragraph break; the scan goes on from
		 * the next token and finds what stays inside one. */
		*n = 0;
		return PAIR_NONE;
	}
	if (*n == 1) {
		part saved = *a;

		kind = continue_pair(c, a, b);
		if (kind && crosses_paragraph(c, part_start(a), part_end(b))) {
			*a = saved;
			kind = PAIR_NONE;
		}
		if (kind)
			*n = 2;
	}
	if (kind == PAIR_RANGE && a->wd < 0 && b->wd < 0)
		range_weekdays(c, a, b);
	return kind;
}

/* A number starts a candidate unless it continues another ("3.14", "15-17"). */
static int num_boundary(const ctx *c, size_t start)
{
	unsigned char p;

	if (start == 0)
		return 1;
	p = (unsigned char)c->s[start - 1];
	if ((p | 32) >= 'a' && (p | 32) <= 'z')
		return 0;
	if ((p == '.' || p == ',' || p == ':' || p == '/' || p == '-') && start >= 2 &&
	    c->s[start - 2] >= '0' && c->s[start - 2] <= '9')
		return 0;
	/* a piece of an identifier: "abc.77.4.2210" in a DOI, "v2/4/2026" */
	if ((p == '.' || p == '/' || p == '-' || p == '_') && start >= 2 &&
	    ascii_letter((unsigned char)c->s[start - 2]))
		return 0;
	return 1;
}

/*
 * The end of a run of ASCII letters starting at pos, eight bytes at a time
 * where possible: a byte is a letter when (b | 0x20) is in 'a'..'z'.
 */
static size_t ascii_word_end(const unsigned char *u, size_t len, size_t pos)
{
	const uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;

	while (pos + 8 <= len) {
		uint64_t x, y, ge_a, gt_z, letters, stop;

		memcpy(&x, u + pos, 8);
		y = (x | (0x20 * ones)) & ~high;
		ge_a = y + (0x1f * ones);       /* high bit: y >= 'a' */
		gt_z = y + (0x05 * ones);       /* high bit: y > 'z' */
		letters = ge_a & ~gt_z & ~x & high;
		stop = ~letters & high;
		if (stop) {
#if defined(__GNUC__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
			return pos + (size_t)(__builtin_ctzll(stop) >> 3);
#else
			break;
#endif
		}
		pos += 8;
	}
	while (pos < len && (unsigned int)((u[pos] | 32) - 'a') < 26u)
		pos++;
	return pos;
}

static int ascii_letter(unsigned char ch)
{
	return (unsigned int)((ch | 32) - 'a') < 26u;
}

static int ascii_digit(unsigned char ch)
{
	return (unsigned int)(ch - '0') < 10u;
}

/*
 * The stops of the scan: the bytes where the scanner has something to
 * do. They are the first letter of each run of ASCII letters and every
 * "special" byte: digits, bytes outside ASCII (letters of other scripts,
 * curly quotes, no-break spaces), apostrophes and hyphens (where a word
 * may go on). Every other byte is ASCII punctuation or white space, or a
 * letter of a run begun before it, and the scanner would only step over
 * it. A window of 64 bytes is classified at once into bit masks (bit i
 * for byte base + i).
 */
typedef struct {
	const unsigned char *u;
	size_t len;
	size_t base;           /* the window: bytes base .. base + 63 */
	const unsigned char *bytes; /* its bytes and two more (NULs past the text) */
	uint64_t starts;       /* first letters of runs of ASCII letters */
	uint64_t special;      /* digits, non-ASCII bytes, apostrophes, hyphens */
	uint64_t goes_on;      /* special bytes right after an ASCII letter */
	unsigned char tail[80];/* the text's last bytes, padded */
} stop_scan;

/* An ASCII letter's low five bits (1..26 for either case); 0: no letter. */
#define LETTER_PAIR(c) [c] = (c) & 31, [(c) + 32] = (c) & 31
static const unsigned char letter_index[256] = {
	LETTER_PAIR('A'), LETTER_PAIR('B'), LETTER_PAIR('C'), LETTER_PAIR('D'), LETTER_PAIR('E'),
	LETTER_PAIR('F'), LETTER_PAIR('G'), LETTER_PAIR('H'), LETTER_PAIR('I'), LETTER_PAIR('J'),
	LETTER_PAIR('K'), LETTER_PAIR('L'), LETTER_PAIR('M'), LETTER_PAIR('N'), LETTER_PAIR('O'),
	LETTER_PAIR('P'), LETTER_PAIR('Q'), LETTER_PAIR('R'), LETTER_PAIR('S'), LETTER_PAIR('T'),
	LETTER_PAIR('U'), LETTER_PAIR('V'), LETTER_PAIR('W'), LETTER_PAIR('X'), LETTER_PAIR('Y'),
	LETTER_PAIR('Z')
};
#undef LETTER_PAIR

#if defined(__SSE2__) && defined(__GNUC__)
/* The letter mask of the 16 bytes at p (bit i for byte i), and above it
 * their special mask. */
static inline uint32_t classify16(const unsigned char *p)
{
	__m128i x = _mm_loadu_si128((const __m128i *)(const void *)p);
	/*
	 * Adding 0x1f takes (x | 0x20) from 'a'..'z' to 0x80..0x99, the lowest
	 * bytes as signed, and every other byte above them; adding 0x50 does
	 * the same for '0'..'9' and 0x80..0x89.
	 */
	__m128i l = _mm_add_epi8(_mm_or_si128(x, _mm_set1_epi8(0x20)), _mm_set1_epi8(0x1f));
	__m128i d = _mm_add_epi8(x, _mm_set1_epi8(0x50));
	/* (or x itself: the mask takes the high bit, set on non-ASCII bytes) */
	__m128i s = _mm_or_si128(_mm_cmplt_epi8(d, _mm_set1_epi8(-0x80 + 10)), x);

	s = _mm_or_si128(s, _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('\'')),
	                                 _mm_cmpeq_epi8(x, _mm_set1_epi8('-'))));
	return (uint32_t)_mm_movemask_epi8(_mm_cmplt_epi8(l, _mm_set1_epi8(-0x80 + 26))) |
	       (uint32_t)_mm_movemask_epi8(s) << 16;
}
#else
static int special_byte(unsigned char ch)
{
	return ascii_digit(ch) || ch >= 0x80 || ch == '\'' || ch == '-';
}
#endif

/* The masks of the 64 bytes at p: ASCII letters and special bytes. */
static inline void classify64(const unsigned char *p, uint64_t *letters, uint64_t *special)
{
#if defined(__SSE2__) && defined(__GNUC__)
	uint64_t a = classify16(p), b = classify16(p + 16), c = classify16(p + 32),
	         d = classify16(p + 48);

	*letters = (a & 0xffff) | (b & 0xffff) << 16 | (c & 0xffff) << 32 | (d & 0xffff) << 48;
	*special = a >> 16 | (b >> 16) << 16 | (c >> 16) << 32 | (d >> 16) << 48;
#else
	*letters = *special = 0;
	for (int i = 0; i < 64; i++) {
		if (ascii_letter(p[i]))
			*letters |= (uint64_t)1 << i;
		else if (special_byte(p[i]))
			*special |= (uint64_t)1 << i;
	}
#endif
}

static size_t lowest_bit(uint64_t m)
{
#if defined(__GNUC__)
	return (size_t)__builtin_ctzll(m);
#else
	size_t i = 0;

	while (!(m & 1)) {
		m >>= 1;
		i++;
	}
	return i;
#endif
}

static size_t highest_bit(uint64_t m)
{
#if defined(__GNUC__)
	return 63u - (size_t)__builtin_clzll(m);
#else
	size_t i = 63;

	while (!(m >> i))
		i--;
	return i;
#endif
}

/*
 * Whether a key of the table may start with the first letters of u, a run
 * of k >= 2 ASCII letters (the first three at most are looked at).
 */
static int key_prefix(const errata_locale *loc, const unsigned char *u, size_t k)
{
	unsigned int x = letter_index[u[0]], y = letter_index[u[1]];

	if (k == 2)
		return (loc->pair[x] >> y) & 1;
	return (loc->start[x * 32 + y] >> letter_index[u[2]]) & 1;
}

/*
 * The first stop at or after from that needs a closer look, or the text's
 * length. On the way, runs of ASCII letters that cannot be a key of the
 * table by their first three letters are passed over, unless the word
 * goes on after them (a special byte follows the run's last letter): such
 * a run's start is returned, for the word to be read whole.
 */
static size_t next_stop(stop_scan *sc, const errata_locale *loc, size_t from)
{
	const uint32_t *key_start = loc->start;
	size_t passed = (size_t)-1; /* the start of the run passed over last */
	size_t found = sc->len, base = sc->base;
	const unsigned char *bytes = sc->bytes;
	uint64_t starts = sc->starts, special = sc->special, goes_on = sc->goes_on;

	while (from < sc->len) {
		uint64_t keep, m, first, runs;

		/* (from before the window wraps round to a large offset) */
		if (from - base >= 64) {
			/* move the window to from and classify its bytes */
			uint64_t letters, after_letter;

			base = from;
			bytes = sc->u + base;
			if (sc->len - base < 66) {
				memset(sc->tail, 0, sizeof(sc->tail));
				memcpy(sc->tail, bytes, sc->len - base);
				bytes = sc->tail;
			}
			classify64(bytes, &letters, &special);
			after_letter = (letters << 1) | (uint64_t)(base > 0 && ascii_letter(sc->u[base - 1]));
			starts = letters & ~after_letter;
			goes_on = special & after_letter;
		}
		keep = ~(uint64_t)0 << (from - base);
		first = special & keep;
		/* the runs that start before the first special byte */
		runs = starts & keep & (first ? (first & (0 - first)) - 1 : ~(uint64_t)0);
		for (m = runs; m; m &= m - 1) {
			size_t i = lowest_bit(m);
			const unsigned char *b = bytes + i;
			size_t row = (size_t)(b[0] & 31) * 32 + letter_index[b[1]];

			/* a run of one letter reads the row's every bit; of two, bit 0 */
			if ((key_start[row] >> letter_index[b[2]]) & 1) {
				found = base + i;
				goto done;
			}
		}
		if (runs)
			passed = base + highest_bit(runs);
		if (first) {
			size_t i = lowest_bit(first);

			found = passed != (size_t)-1 && ((goes_on >> i) & 1) ? passed : base + i;
			goto done;
		}
		from = base + 64;
	}
done:
	sc->base = base;
	sc->bytes = bytes;
	sc->starts = starts;
	sc->special = special;
	sc->goes_on = goes_on;
	return found;
}

static int push(errata_mentions *ms, const part *pt)
{
	errata_mention *m;
	size_t off, end;

	if (ms->n == ms->cap) {
		size_t ncap = ms->cap ? ms->cap * 2 : 16;
		errata_mention *nv = realloc(ms->v, ncap * sizeof(*nv));
		extra *nx;

		if (!nv)
			return errata__oom();
		ms->v = nv;
		nx = realloc(ms->x, ncap * sizeof(*nx));
		if (!nx)
			return errata__oom();
		ms->x = nx;
		ms->cap = ncap;
	}
	off = pt->date_off;
	end = pt->end > pt->date_end ? pt->end : pt->date_end;
	if (pt->wd >= 0) {
		if (pt->wd_off < off)
			off = pt->wd_off;
		if (pt->wd_end > end)
			end = pt->wd_end;
	}
	m = &ms->v[ms->n];
	m->offset = off;
	m->length = end - off;
	m->date_offset = pt->date_off;
	m->date_length = pt->date_end - pt->date_off;
	m->weekday = pt->wd;
	m->weekday_offset = pt->wd >= 0 ? pt->wd_off : 0;
	m->weekday_length = pt->wd >= 0 ? pt->wd_end - pt->wd_off : 0;
	m->year = pt->y;
	m->month = pt->m;
	m->day = pt->d;
	m->flags = pt->flags;
	m->peer = -1;
	ms->x[ms->n].pair = -1;
	ms->x[ms->n].alt = 0;
	ms->x[ms->n].dir = 0;
	ms->x[ms->n].soft = pt->y && pt->soft;
	ms->x[ms->n].alt_first = 0;
	ms->x[ms->n].swap = pt->swap ? 1 : 0;
	ms->x[ms->n].swap_year = 0;
	ms->n++;
	return 0;
}

/*
 * A list of days that goes on past its second member ("June 30th, 31st
 * and July 1st 2016", "April 29th, 30th and 31st"): while the last member
 * is a day alone, the next one joins the list, and a year written at its
 * end goes back to every member before it. first is the list's first
 * mention; *last its last part.
 */
static int continue_list(const ctx *c, errata_mentions *ms, part *last, size_t first)
{
	int error;

	for (int k = 0; k < 16 && last->cont && !last->y; k++) {
		part next;
		int kind = continue_pair(c, last, &next);
		size_t i = ms->n - 1;

		if (!kind || crosses_paragraph(c, part_start(last), part_end(&next)))
			break;
		if ((error = push(ms, &next)))
			return error;
		ms->x[i + 1].pair = (long)i;
		if (kind == PAIR_RANGE && ms->v[i].peer < 0) {
			ms->v[i].flags |= ERRATA_MENTION_RANGE_START;
			ms->v[i + 1].flags |= ERRATA_MENTION_RANGE_END;
			ms->v[i].peer = (long)i + 1;
			ms->v[i + 1].peer = (long)i;
		}
		*last = next;
	}
	/* a year written at the end goes back along the list */
	for (size_t i = ms->n - 1; i > first; i--) {
		errata_mention *a = &ms->v[i - 1], *b = &ms->v[i];

		if ((b->flags & ERRATA_MENTION_YEAR_EXPLICIT) && !(a->flags & ERRATA_MENTION_YEAR_EXPLICIT)) {
			a->year = b->year - (a->month > b->month && a->month <= 12 && b->month >= 1 ? 1 : 0);
			a->flags |= ERRATA_MENTION_YEAR_EXPLICIT;
		}
	}
	return 0;
}

/* A date that others are read near, with its day number. */
typedef struct {
	errata_date date;
	long days;
} anchor_date;

static anchor_date anchor_at(int year, int month, int day)
{
	anchor_date a;

	a.date.year = year;
	a.date.month = month;
	a.date.day = day;
	a.days = errata_date_to_days(year, month, day);
	return a;
}

/*
 * The year in anchor.year-1 .. +1 for month/day: the one that puts the
 * date closest to the anchor, or with dir -1 the latest one before it and
 * with dir +1 the earliest one after it ("last Dec. 3", "next Jan. 5").
 * Years in which the date exists are preferred (February 29 near a
 * leap year is read in the leap year); with none, the same rule runs on
 * all three.
 */
static int closest_year(const anchor_date *anchor, int month, int day, int dir)
{
	long at = anchor->days;
	int year = anchor->date.year, best = year;

	if (month < 1 || month > 12 || day < 1)
		return year;
	for (int pass = 0; pass < 2; pass++) {
		long best_dist = -1;

		for (int y = year - 1; y <= year + 1; y++) {
			long dist;

			/* (every month has 28 days) */
			if (y < 1 || y > 9999 ||
			    (pass == 0 && day > 28 && !errata_date_valid(y, month, day)))
				continue;
			dist = errata_date_to_days(y, month, 1) + (day - 1) - at;
			if ((dir < 0 && dist >= 0) || (dir > 0 && dist <= 0))
				continue;
			if (dist < 0)
				dist = -dist;
			if (best_dist < 0 || dist < best_dist) {
				best_dist = dist;
				best = y;
			}
		}
		if (best_dist >= 0)
			return best;
	}
	return best;
}

/*
 * Years for the dates written without one. A written date (one with its
 * year) anchors the year-less dates after it within its own block (see
 * block_break(): a paragraph, a list item, a table row); a date in
 * history or in a coming year never re-dates the rest of the article.
 * Outside such a block the anchor is the last written date in the
 * article's year, else the article's date; without an article date a
 * year-less date outside an anchored block is not judged. A date read
 * against a written date keeps the article's reading as its other one
 * (an old date quoted in a story about today must not make today's
 * dates wrong); a year that may be a count gets the year-less reading as
 * its other one. Failing those, a date gets as its other reading the
 * year closest to the mention just before it in the same paragraph (a
 * list in order that goes from December into January).
 */
/* How much nearer to its anchor (in days) a year-less date's year must
 * put it than the year on the anchor's other side for that one to be no
 * plausible reading. */
#define HALFWAY_DAYS 10

static void infer_years(const ctx *c, errata_mentions *ms, const errata_date *article)
{
	anchor_date dated = { { 0, 0, 0 }, 0 }, local = { { 0, 0, 0 }, 0 }, global;
	int have_local = 0, global_text = 0;
	size_t local_end = 0, scanned = 0, global_end = 0;

	if (article && article->year >= 1 && article->year <= 9999) {
		if (errata_date_valid(article->year, article->month, article->day))
			dated = anchor_at(article->year, article->month, article->day);
		else
			dated = anchor_at(article->year, 7, 1);
	}
	global = dated;
	for (size_t i = 0; i < ms->n; i++) {
		errata_mention *m = &ms->v[i];
		extra *x = &ms->x[i];
		long other = x->pair;
		const anchor_date *from;
		int text_anchor;

		/* the written date's block ends at the next block break */
		if (have_local) {
			size_t at = scanned > local_end ? scanned : local_end;

			if (at < m->offset && block_break(c, at, m->offset))
				have_local = 0;
			else if (m->offset > scanned)
				scanned = m->offset;
		}
		if (m->flags & ERRATA_MENTION_YEAR_EXPLICIT) {
			if (x->soft && (dated.date.year || have_local)) {
				x->alt = closest_year(dated.date.year ? &dated : &local, m->month, m->day, 0);
				if (x->alt == m->year)
					x->alt = 0;
			}
			x->swap_year = m->year;
			if (errata_date_valid(m->year, m->month, m->day)) {
				local = anchor_at(m->year, m->month, m->day);
				have_local = 1;
				local_end = scanned = m->offset + m->length;
				if (dated.date.year && m->year == dated.date.year && !x->soft) {
					global = local;
					global_text = 1;
					global_end = local_end;
				}
			}
			continue;
		}
		/*
		 * The second member of a pair takes the first one's year, rolling
		 * into the next year when its month is earlier. Not in a list whose
		 * first member has its own written year ("June 4, 2026 and
		 * February 5"): that year anchors the second like any written date.
		 */
		if (other >= 0 && (size_t)other < i && ms->v[other].year &&
		    !((ms->v[other].flags & ERRATA_MENTION_YEAR_EXPLICIT) &&
		      !(m->flags & ERRATA_MENTION_RANGE_END))) {
			const errata_mention *s = &ms->v[other];
			int later = m->month < s->month ? 1 : 0;

			m->year = s->year + later;
			x->swap_year = m->year;
			m->flags |= ERRATA_MENTION_YEAR_INFERRED;
			if (ms->x[other].alt)
				x->alt = ms->x[other].alt + later;
			x->alt_first = ms->x[other].alt_first;
			continue;
		}
		if (have_local) {
			from = &local;
			text_anchor = 1;
		} else if (global.date.year) {
			from = &global;
			text_anchor = global_text;
		} else {
			continue;
		}
		m->year = closest_year(from, m->month, m->day, x->dir);
		m->flags |= ERRATA_MENTION_YEAR_INFERRED;
		if (x->swap)
			x->swap_year = closest_year(from, m->day, m->month, x->dir);
		if (text_anchor && dated.date.year) {
			x->alt = closest_year(&dated, m->month, m->day, x->dir);
			if (x->alt == m->year)
				x->alt = 0;
			x->alt_first = x->alt && !have_local &&
			               crosses_paragraph(c, global_end, m->offset);
		}
		/* A date about half a year from its anchor may as well be in the
		 * year on the anchor's other side ("Am Samstag (2.1.)" in a story
		 * of 2020 known only by its year): both readings are plausible. */
		if (!x->alt && !x->dir && m->month >= 1 && m->month <= 12 && m->day >= 1 &&
		    m->year > 1 && m->year < 9999) {
			long dist = errata_date_to_days(m->year, m->month, 1) + (m->day - 1) - from->days;
			int oyear = m->year + (dist > 0 ? -1 : 1);
			long odist = errata_date_to_days(oyear, m->month, 1) + (m->day - 1) - from->days;

			if (dist < 0)
				dist = -dist;
			if (odist < 0)
				odist = -odist;
			if (odist - dist <= HALFWAY_DAYS)
				x->alt = oyear;
		}
		/* "Friday, Dec. 25, and Friday, Jan. 1": a date next to another
		 * one in the same paragraph may be read in the year closest to it */
		if (!x->alt && i > 0 && ms->v[i - 1].year &&
		    errata_date_valid(ms->v[i - 1].year, ms->v[i - 1].month, ms->v[i - 1].day) &&
		    !crosses_paragraph(c, ms->v[i - 1].offset, m->offset)) {
			const errata_mention *pm = &ms->v[i - 1];
			int py = pm->year, pa = ms->x[i - 1].alt;
			anchor_date near;

			/* the reading of the date before that its weekday fits: a list
			 * in order goes on from there ("Sunday (January 3)" of the
			 * next year, then "Thursday (January 14)") */
			if (pm->weekday >= 0 && pa && errata_date_valid(pa, pm->month, pm->day) &&
			    errata_date_weekday(py, pm->month, pm->day) != pm->weekday &&
			    errata_date_weekday(pa, pm->month, pm->day) == pm->weekday)
				py = pa;
			near = anchor_at(py, pm->month, pm->day);

			x->alt = closest_year(&near, m->month, m->day, x->dir);
			if (x->alt == m->year)
				x->alt = 0;
		}
	}
}

int errata__mention_alt_year(const errata_mentions *m, size_t i)
{
	return (m && i < m->n) ? m->x[i].alt : 0;
}

int errata__mention_swapped(const errata_mentions *m, size_t i, int *month, int *day,
                            int *year)
{
	if (!m || i >= m->n || !m->x[i].swap || !m->x[i].swap_year)
		return 0;
	*month = m->v[i].day;
	*day = m->v[i].month;
	*year = m->x[i].swap_year;
	return 1;
}

int errata__mention_report_year(const errata_mentions *m, size_t i)
{
	if (!m || i >= m->n)
		return 0;
	return m->x[i].alt_first && m->x[i].alt ? m->x[i].alt : m->v[i].year;
}

int errata_mentions_extract_text(errata_mentions **out, const char *text, size_t len,
                                 const errata_locale *loc,
                                 const errata_mention_options *opts)
{
	return errata__mentions_extract_raw(out, text, text, len, loc, opts);
}

int errata__mentions_extract_raw(errata_mentions **out, const char *text, const char *raw,
                                 size_t len, const errata_locale *loc,
                                 const errata_mention_options *opts)
{
	errata_mentions *ms = NULL;
	errata_mention_options dflt = ERRATA_MENTION_OPTIONS_INIT;
	ctx c;
	tok_cache cache;
	stop_scan scan;
	errata__tok t;
	blank_list blanks = { 0, 0, 0, NULL, 0 };
	size_t pos = 0;
	int error = 0;

	if (!out || (!text && len) || !loc)
		return errata__error(ERRATA_EUSAGE, "no output, text or locale given");
	*out = NULL;
	if (!opts)
		opts = &dflt;
	if (opts->version != ERRATA_MENTION_OPTIONS_VERSION)
		return errata__error(ERRATA_EUSAGE, "unknown mention options version %u",
		                     opts->version);
	if (!(ms = calloc(1, sizeof(*ms))))
		return errata__oom();
	c.s = text ? text : "";
	c.raw = raw ? raw : c.s;
	c.len = len;
	c.loc = loc;
	c.order = opts->order != ERRATA_ORDER_AUTO ? opts->order : loc->order;
	c.cache = &cache;
	c.blanks = &blanks;
	for (size_t i = 0; i < TOK_CACHE; i++)
		cache.pos[i] = cache.word_pos[i] = (size_t)-1;
	cache.day_pos = (size_t)-1;
	scan.u = (const unsigned char *)c.s;
	scan.len = len;
	scan.base = (size_t)0 - 64; /* no window yet: every position is 64 or more past it */
	scan.bytes = NULL;
	scan.starts = scan.special = scan.goes_on = 0;
	while (pos < len) {
		unsigned char ch = (unsigned char)c.s[pos];
		size_t start, next;
		int candidate = 0;

		if (ch < 0x80 && !ascii_digit(ch)) {
			/* ASCII letters, punctuation and white space: on to the next
			 * place with something to read */
			if ((pos = next_stop(&scan, loc, pos)) >= len)
				break;
			ch = (unsigned char)c.s[pos];
		}
		start = pos;

		if (ch >= '0' && ch <= '9') {
			while (pos < len && c.s[pos] >= '0' && c.s[pos] <= '9')
				pos++;
			if (pos - start > 4 || !num_boundary(&c, start))
				continue;
			candidate = 1;
			next = pos;
		} else if ((ch | 32) >= 'a' && (ch | 32) <= 'z') {
			/* Fast path: an ASCII word; fold and compare only on a hash hit. */
			const unsigned char *u = (const unsigned char *)c.s;
			size_t k;
			uint32_t h;

			pos = ascii_word_end(u, len, pos + 1);
			next = pos;
			k = pos - start;
			if (pos < len && (u[pos] >= 0x80 || u[pos] == '\'' || u[pos] == '-')) {
				/* non-ASCII letters, or an inner apostrophe or hyphen */
				if (k >= 2 && !key_prefix(loc, u + start, k)) {
					next = errata__tok_word_end(c.s, len, start);
				} else {
					errata__tok_next(c.s, len, start, &t);
					candidate = lookup(&c, &t) != NULL;
					next = t.end > start ? t.end : start + 1;
				}
			} else if (k < ERRATA__TOK_FOLD &&
			           (k < 2 || ((loc->pair[ch & 31] >> (u[start + 1] & 31)) & 1))) {
				/* (a word whose first two letters start no key is not one) */
				h = errata__word_sig(k, (unsigned char)(ch | 32),
				                     k > 1 ? (unsigned char)(u[start + 1] | 32) : 0,
				                     k > 2 ? (unsigned char)(u[start + 2] | 32) : 0,
				                     (unsigned char)(u[pos - 1] | 32));
				if (ERRATA__BLOOM_HAS(loc, h)) {
					char key[ERRATA__TOK_FOLD];
					const errata__word *w;

					for (size_t i = 0; i < k; i++)
						key[i] = (char)(u[start + i] | 32);
					w = errata__locale_word_hashed(loc, key, k, h);
					candidate = w && (!w->ambiguous || (ch >= 'A' && ch <= 'Z'));
				}
			}
			/* the space after an ordinary word: one step fewer */
			if (!candidate && next < len && u[next] == ' ')
				next++;
		} else if (ch < 0x80) {
			pos++;
			continue;
		} else {
			errata__tok_next(c.s, len, start, &t);
			if (t.kind == ERRATA__TOK_END)
				break;
			start = t.start;
			next = t.end > pos ? t.end : pos + 1;
			if (t.kind == ERRATA__TOK_WORD)
				candidate = lookup(&c, &t) != NULL;
			if (!candidate && loc->cjk.on) {
				/* an era name or a full-width digit, maybe inside a run of letters */
				size_t at = errata__cjk_next_start(loc, c.s, start, next);

				if (at == start)
					candidate = 1;
				else if (at < next)
					next = at;
			}
		}
		if (candidate) {
			part a, b;
			int n, kind = parse_at(&c, start, &a, &b, &n);

			if (kind == PAIR_LIST && preceded_by(&c, part_start(&a), &loc->range_open))
				kind = PAIR_RANGE;

			if (n >= 1 && (error = push(ms, &a)))
				goto cleanup;
			if (n >= 1) {
				/* "last Dec. 3", "next Tuesday, Jan. 5": which way to look */
				size_t at = part_start(&a);

				if (attached_after(&c, at, &loc->past))
					ms->x[ms->n - 1].dir = -1;
				else if (attached_after(&c, at, &loc->future))
					ms->x[ms->n - 1].dir = 1;
			}
			if (n == 2) {
				size_t ia = ms->n - 1;

				if ((error = push(ms, &b)))
					goto cleanup;
				ms->x[ia].pair = (long)ia + 1;
				ms->x[ia + 1].pair = (long)ia;
				if (kind == PAIR_RANGE) {
					ms->v[ia].flags |= ERRATA_MENTION_RANGE_START;
					ms->v[ia + 1].flags |= ERRATA_MENTION_RANGE_END;
					ms->v[ia].peer = (long)ia + 1;
					ms->v[ia + 1].peer = (long)ia;
				}
				if ((error = continue_list(&c, ms, &b, ia)))
					goto cleanup;
			}
			if (n >= 1) {
				const errata_mention *last = &ms->v[ms->n - 1];

				next = last->offset + last->length;
				if (n == 2 && ms->v[ms->n - 2].offset + ms->v[ms->n - 2].length > next)
					next = ms->v[ms->n - 2].offset + ms->v[ms->n - 2].length;
			}
		}
		pos = next > start ? next : start + 1;
	}
	/*
	 * infer_years asks about paragraphs between far-apart positions, never
	 * past the start of the last mention (a blank line after it cannot end
	 * before a position it asks about).
	 */
	blanks.wanted = ms->n >= 2;
	for (size_t i = 0; i < ms->n; i++)
		if (ms->v[i].offset + 1 > blanks.upto)
			blanks.upto = ms->v[i].offset + 1;
	infer_years(&c, ms, &opts->anchor);
	*out = ms;
	ms = NULL;
cleanup:
	free(blanks.v);
	errata_mentions_free(ms);
	return error;
}

void errata_mentions_free(errata_mentions *m)
{
	if (!m)
		return;
	free(m->v);
	free(m->x);
	free(m);
}

size_t errata_mentions_count(const errata_mentions *m)
{
	return m ? m->n : 0;
}

const errata_mention *errata_mentions_get(const errata_mentions *m, size_t i)
{
	return (m && i < m->n) ? &m->v[i] : NULL;
}

errata_mention *errata__mentions_at(errata_mentions *m, size_t i)
{
	return (m && i < m->n) ? &m->v[i] : NULL;
}
