/*
 * core/dates/mention_impl.h: what the files of the date-mention extractor
 * share: the parse context, a parsed date ("part"), the token cache and
 * the functions each file offers the others. Nothing outside core/dates/
 * mention*.c includes it.
 */
#ifndef ERRATA_DATES_MENTION_IMPL_H
#define ERRATA_DATES_MENTION_IMPL_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "errata/dates.h"
#include "locale.h"
#include "mention.h"
#include "token.h"

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
	errata_mention *v;   /* cap mentions, then cap extras (x): one block */
	size_t n, cap;
	extra *x;
	/* weekdays with a day and no month (mention_day.c), in text order */
	errata__day_mention *days;
	size_t ndays, capdays;
	int headline_year;   /* the year the text's headline names, or 0 */
};

/* The token at pos as the table reads it. */
typedef struct {
	const errata__date_word *w; /* NULL when the table knows no such word */
	size_t start, end;     /* the token (its end cut at a hyphen by errata__lookup_word()) */
	int upper;             /* it starts with a capital */
} word_read;

/* A parse attempt reads the same few tokens again and again: keep the
 * last ones by position, and the table's word for them (sixteen slots: in
 * eight, the tokens of one date collided often, "Friday, April 26" at 0
 * and 8). A token or word
 * read through the cache holds only until its slot is read for another
 * position: keep places, not pointers, across reads. (A build with
 * -DTOK_CACHE=1 makes every such slip show: tests/cli/token_cache.sh.) */
#ifndef TOK_CACHE
#define TOK_CACHE 16
#endif

typedef struct {
	size_t pos[TOK_CACHE];
	errata__tok tok[TOK_CACHE];
	size_t word_pos[TOK_CACHE];          /* the position word[] was read for */
	word_read word[TOK_CACHE];           /* the table's reading of the token there */
	/* the last errata__day_at() read, which the next parse often repeats */
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

/* The start of the line that holds `at` in the text as written, the last
 * one asked for (year inference asks in order, mention after mention). */
typedef struct {
	int set;
	size_t at, start;
} line_memo;

typedef struct {
	const char *s;
	const char *raw;     /* the text as written (markup not masked); may be s */
	size_t len;
	const errata_locale *loc;
	errata_date_order order;
	tok_cache *cache;
	blank_list *blanks;
	line_memo *line;
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

/* The token at or after pos, read through the cache. The pointer is valid
 * until the next read of another position that falls in the same slot. */
static inline const errata__tok *tkp(const ctx *c, size_t pos)
{
	size_t slot = pos % TOK_CACHE;

	if (c->cache->pos[slot] != pos) {
		errata__tok_next(c->s, c->len, pos, &c->cache->tok[slot]);
		c->cache->pos[slot] = pos;
	}
	return &c->cache->tok[slot];
}

/* The same, copied out (for callers that change the token). */
static inline void tk(const ctx *c, size_t pos, errata__tok *t)
{
	*t = *tkp(c, pos);
}

static inline int is_punct(const errata__tok *t, uint32_t cp)
{
	return t->kind == ERRATA__TOK_PUNCT && t->cp == cp;
}

static inline int is_digit_at(const ctx *c, size_t pos)
{
	return pos < c->len && c->s[pos] >= '0' && c->s[pos] <= '9';
}

static inline int is_blank(char ch)
{
	return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r';
}

static inline int year_ok(const errata__tok *t)
{
	return t->kind == ERRATA__TOK_NUM && t->ndigits == 4 && t->num >= 1000 && t->num <= 2999;
}

static inline void part_init(part *pt)
{
	memset(pt, 0, sizeof(*pt));
	pt->wd = -1;
}

static inline size_t part_start(const part *pt)
{
	return pt->wd >= 0 && pt->wd_off < pt->date_off ? pt->wd_off : pt->date_off;
}

static inline size_t part_end(const part *pt)
{
	size_t end = pt->end > pt->date_end ? pt->end : pt->date_end;

	return pt->wd >= 0 && pt->wd_end > end ? pt->wd_end : end;
}

/* Whether s[a, b) holds the byte ch: a short span (most are the gap
 * between two tokens) byte by byte, a longer one with memchr(). */
static inline int span_has(const char *s, size_t a, size_t b, char ch)
{
	if (b <= a)
		return 0;
	if (b - a > 16)
		return memchr(s + a, ch, b - a) != NULL;
	for (size_t i = a; i < b; i++)
		if (s[i] == ch)
			return 1;
	return 0;
}

/* Whether text [a, b) holds a line break. */
static inline int has_newline(const ctx *c, size_t a, size_t b)
{
	return span_has(c->s, a, b, '\n');
}

static inline int ascii_letter(unsigned char ch)
{
	return (unsigned int)((ch | 32) - 'a') < 26u;
}

static inline int ascii_digit(unsigned char ch)
{
	return (unsigned int)(ch - '0') < 10u;
}

/* mention_read.c: words, phrases, days and years at a position */
const errata__date_word *errata__lookup_word(const ctx *c, const errata__tok *t, size_t *end);
/* errata__word_at() past the cache: read the word at pos into its slot. */
const word_read *errata__word_read(const ctx *c, size_t pos);

/* The table's reading of the token at pos, looked up once per position.
 * The pointer is valid until the next reading of another position that
 * falls in the same slot of the cache. (The cache is asked here, inline;
 * most readings are of a word read before.) */
static inline const word_read *errata__word_at(const ctx *c, size_t pos)
{
	size_t slot = pos % TOK_CACHE;

	if (c->cache->word_pos[slot] != pos)
		return errata__word_read(c, pos);
	return &c->cache->word[slot];
}

/*
 * Month and weekday forms at a position, read through the word cache.
 * (They are inline: every parse asks them several times, most often of
 * a word read before.)
 *
 * Where a month or weekday form r ends (after its period), or 0 if the
 * form may not be read here (an ambiguous word in lower case, unless lax;
 * a form that the table lists only with a period).
 */
static inline size_t errata__form_end(const ctx *c, const word_read *r, unsigned int form, int lax)
{
	size_t tend = r->end;

	if (r->w->ambiguous && !r->upper && !lax)
		return 0;
	if ((form & ERRATA__FORM_DOT) && tend < c->len && c->s[tend] == '.')
		return tend + 1;
	if (form & ERRATA__FORM_BARE)
		return tend;
	return 0;
}

/* A month form at pos; lax: an ambiguous one in lower case too (*amb set). */
static inline int errata__month_read(const ctx *c, size_t pos, int lax, int *m, size_t *end,
                                     int *amb)
{
	const word_read *r = errata__word_at(c, pos);

	if (!r->w || !r->w->month || !(*end = errata__form_end(c, r, r->w->mform, lax)))
		return 0;
	*m = r->w->month;
	*amb = r->w->ambiguous && !r->upper;
	return 1;
}

static inline int errata__month_at(const ctx *c, size_t pos, int *m, size_t *end)
{
	int amb;

	return errata__month_read(c, pos, 0, m, end, &amb);
}

/*
 * errata__month_at(), and also a form the table calls ambiguous written in
 * lower case ("mai" in Romanian and Galician), for a caller that reads a
 * year right after it: in "6 mai 2026" the word can only be a month. *amb
 * is set when the form was ambiguous.
 */
static inline int errata__month_lax_at(const ctx *c, size_t pos, int *m, size_t *end, int *amb)
{
	return errata__month_read(c, pos, 1, m, end, amb);
}

/* A weekday form at pos; lax: an ambiguous one in lower case too (*amb set). */
static inline int errata__weekday_read(const ctx *c, size_t pos, int lax, int *wd, size_t *off,
                                       size_t *end, int *amb)
{
	const word_read *r = errata__word_at(c, pos);

	if (!r->w || r->w->weekday < 0 || !(*end = errata__form_end(c, r, r->w->wform, lax)))
		return 0;
	*wd = r->w->weekday;
	*off = r->start;
	*amb = r->w->ambiguous && !r->upper;
	return 1;
}

static inline int errata__weekday_at(const ctx *c, size_t pos, int *wd, size_t *off, size_t *end)
{
	int amb;

	return errata__weekday_read(c, pos, 0, wd, off, end, &amb);
}

/*
 * errata__weekday_at(), and also a form the table calls ambiguous written
 * in lower case when a closing bracket follows it: alone in brackets
 * after a date ("5. 3. (st)", "9/10 (mi)") it can only be a weekday.
 */
int errata__weekday_closed_at(const ctx *c, size_t pos, int *wd, size_t *off, size_t *end);

/*
 * Whether the clause goes on at `at`: a word in lower case on the same
 * line that is no weekday and no word of the table's range or list words
 * (after a comma that sets off a day or a weekday: "el viernes, 29,
 * actuará", "el 13 de marzo, sábado, se abre"; not "sábado, domingo y").
 */
int errata__clause_goes_on(const ctx *c, size_t at);

/*
 * errata__weekday_at(), and also a form the table calls ambiguous written
 * in lower case ("jeu.", "mer.", "do", "zo"), for a caller that reads a
 * full date right after it: in "jeu. 4 mars" or "do 4 maart" the word can
 * only be a weekday. *lax is set when the form was ambiguous.
 */
static inline int errata__weekday_lax_at(const ctx *c, size_t pos, int *wd, size_t *off,
                                         size_t *end, int *lax)
{
	return errata__weekday_read(c, pos, 1, wd, off, end, lax);
}
/* errata__match_phrase() past its first test: first is the token at pos,
 * which may start a phrase of list. */
int errata__match_phrase_from(const ctx *c, size_t pos, const errata__tok *first,
                              const errata__phrases *list, int adjacent, size_t *end);

/*
 * Match the longest phrase of list at pos (adjacent: no space before and
 * between the tokens, as for ordinal suffixes); its end goes to *end.
 * Most tokens start no phrase of the list: that is told here, without a
 * call.
 */
static inline int errata__match_phrase(const ctx *c, size_t pos, const errata__phrases *list,
                                       int adjacent, size_t *end)
{
	const errata__tok *first;

	if (!list->n)
		return 0;
	first = tkp(c, pos);
	if (first->kind == ERRATA__TOK_END || (adjacent && first->start != pos) ||
	    !errata__phrases_may_start(list, first))
		return 0;
	return errata__match_phrase_from(c, pos, first, list, adjacent, end);
}
/* errata__preceded_by() past its first test: the text before start
 * (blanks passed over) ends at q > 0, in the byte last. */
int errata__preceded_by_at(const ctx *c, size_t start, size_t q, unsigned char last,
                           const errata__phrases *list);

/* Whether a phrase of list stands right before start ("between"). Most
 * places are told by the byte before them, in which no phrase of the
 * list ends: that is told here, without a call. */
static inline int errata__preceded_by(const ctx *c, size_t start, const errata__phrases *list)
{
	size_t q = start;
	unsigned char last;

	while (q > 0 && is_blank(c->s[q - 1]))
		q--;
	if (q == 0)
		return 0;
	last = (unsigned char)c->s[q - 1];
	if (!((list->last[last >> 5] >> (last & 31)) & 1))
		return 0;
	return errata__preceded_by_at(c, start, q, last, list);
}
/*
 * The direction a word right before start on the same line gives a date:
 * -1 after one of the table's past words ("last Dec. 3"), +1 after a
 * future word ("next Tuesday, Jan. 5"), else 0. Not across a line: a
 * direction word in a heading above a list says nothing about the dates
 * below it.
 */
int errata__direction_before(const ctx *c, size_t start);
/* Whether one of the table's future_verb_words ("will", "wird") stands
 * earlier in the sentence that ends at `at` (mention_day.c). */
int errata__future_verb_before(const ctx *c, size_t at);
/* errata__future_verb_before(), or a word earlier in that sentence that ends
 * with one of the table's future_verb_endings ("se disputará", "giocherà"). */
int errata__future_tense_before(const ctx *c, size_t at);
/* Whether one of the table's past_verb_words ("was", "war", "fue") ends
 * right before `at`, past a short word at most ("was Friday, January 10"). */
int errata__past_verb_before(const ctx *c, size_t at);
/* errata__day_at() past the cache: read the day at pos and remember it. */
void errata__day_read(const ctx *c, size_t pos, int words);

/*
 * A day at pos: 1-2 digits (1..39) with an optional ordinal suffix, or
 * (words allowed) a day word; not a piece of a bigger number ("3.5",
 * "3:30") or an hour ("5 a.m."). 1 with the day in *d and its bytes in
 * [*off, *end). The last answer is remembered (asked here, inline): the
 * next parse often asks the same.
 */
static inline int errata__day_at(const ctx *c, size_t pos, int words, int *d, size_t *off,
                                 size_t *end)
{
	const tok_cache *tc = c->cache;

	if (tc->day_pos != pos || tc->day_words != words)
		errata__day_read(c, pos, words);
	if (!tc->day_found)
		return 0;
	*d = tc->day;
	*off = tc->day_off;
	*end = tc->day_end;
	return 1;
}
int errata__number_ends(const ctx *c, size_t end);
int errata__year_at(const ctx *c, size_t pos, int *y, size_t *end, int *soft);

/* mention_layout.c: paragraphs, blocks and table cells */
/* errata__crosses_paragraph() of a span that holds a newline, or a long one. */
int errata__crosses_paragraph_at(const ctx *c, size_t from, size_t to);

/*
 * Whether text [from, to) holds a blank line (a paragraph break). Most
 * spans asked about (a date's few words) hold no newline at all: that
 * is told here, without a call.
 */
static inline int errata__crosses_paragraph(const ctx *c, size_t from, size_t to)
{
	if (to > c->len)
		to = c->len;
	if (from >= to || (to - from <= 64 && !memchr(c->s + from, '\n', to - from)))
		return 0;
	return errata__crosses_paragraph_at(c, from, to);
}
/* errata__block_break() of a span that may hold a newline or a '<'. */
int errata__block_break_at(const ctx *c, size_t from, size_t to);

/*
 * Whether raw text [from, to) holds the start of another block: a line
 * that opens one (a list item, a heading, a table row, a quotation, a
 * blank line) or an HTML block tag. A short span (the gap between a
 * weekday and its date) with neither a newline nor a '<' holds none:
 * that is told here, without a call.
 */
static inline int errata__block_break(const ctx *c, size_t from, size_t to)
{
	if (to > c->len)
		to = c->len;
	if (from >= to)
		return 0;
	if (to - from <= 16) {
		size_t i;

		for (i = from; i < to && c->raw[i] != '\n' && c->raw[i] != '<'; i++)
			;
		if (i == to)
			return 0;
	}
	return errata__block_break_at(c, from, to);
}
int errata__cell_gap(const ctx *c, size_t a, size_t b);

/* The one year the nearest Markdown heading above pos names, or 0. */
int errata__heading_year(const ctx *c, size_t pos, int *season);
int errata__headline_year(const ctx *c);
/*
 * The list that the line holding pos is an item of (a list item or a
 * table row), and the line that leads it in: 1 with [*from, *to) the
 * list (from the line after the lead-in to the first line that is
 * neither an item nor blank), *lead_start the lead-in line's start and
 * *year the one year that line names when it is a heading, a line in
 * bold, a line ending with a colon or a title (else 0; *season: the first
 * year of a season, "2024/25"). Lines that go on a paragraph whose first
 * line is a title with a year, and that open with a date as that line's
 * next one does ("TOURNÉE 2023", "ven. 10/03 – Lille"), are such a list
 * too. 0 when the list has no
 * line before it, with [*from, *to) the list from the start of the text
 * and *lead_start 0, or when pos is in no list
 * item, with *from its line's start and *to just past pos (the rest of
 * the line is not looked at).
 */
int errata__lead_in(const ctx *c, size_t pos, int *year, int *season, size_t *lead_start,
                    size_t *from, size_t *to);

/* mention_numeric.c: dates written with digits */
int errata__numeric_at(const ctx *c, size_t pos, part *pt, int loose);
int errata__day_sep_month_at(const ctx *c, size_t pos, part *pt);
int errata__spaced_numeric_at(const ctx *c, size_t pos, part *pt, int loose);
/* whether a weekday stands right after a date that ends at end ("5/14(Thu)") */
int errata__weekday_after(const ctx *c, size_t end);

/* mention_shape.c: one date and its weekday; every shape at a position */
int errata__date_at(const ctx *c, size_t pos, part *pt);
int errata__weekday_closes(const ctx *c, size_t wend);
void errata__date_tail(const ctx *c, part *pt);
size_t errata__weekday_gap(const ctx *c, size_t p);
int errata__weekday_date(const ctx *c, size_t pos, part *pt);
int errata__parse_at(const ctx *c, size_t pos, part *a, part *b, int *n);

/* mention_pair.c: ranges and lists of two dates */
int errata__continue_pair(const ctx *c, part *a, part *b);
int errata__day_pair(const ctx *c, size_t pos, int weekday, part *a, part *b);
int errata__weekday_pair(const ctx *c, size_t pos, part *a, part *b);
void errata__range_weekdays(const ctx *c, part *a, part *b);

/* mention_shape.c: whether the weekday at pos ends a list of weekdays */
int errata__weekday_listed(const ctx *c, size_t pos);

/* mention_day.c: a weekday with a day and no month */
/*
 * Read a weekday with a day number and no month at pos, where no other
 * shape starts ("Tuesday the 14th", "le mardi 14", "13日（日）"), and
 * keep it on ms's list of day mentions. 0, or an error.
 */
int errata__day_mention_read(const ctx *c, errata_mentions *ms, size_t pos);
/*
 * Drop the day mentions that overlap a mention, and give the others
 * their readings from the mentions before them (years inferred) and the
 * article's date.
 */
void errata__mentions_infer_days(const ctx *c, errata_mentions *ms, const errata_date *article);

/* mention.c: the mention list */
int errata__mentions_push(errata_mentions *ms, const part *pt);
int errata__mentions_continue_list(const ctx *c, errata_mentions *ms, part *last, size_t first);

/* mention_year.c: year inference */
void errata__mentions_infer_years(const ctx *c, errata_mentions *ms, const errata_date *article);

#endif
