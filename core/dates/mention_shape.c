/*
 * mention_shape.c: one date and its weekday, in locale-neutral terms (the
 * words come from the table):
 *   date      numeric (see mention_numeric.c),
 *             day [suffix] [day_month words] month [[,] [year words] year],
 *             month day [suffix] [[,] year]
 *   mention   weekday [,] [weekday_date words] [(] date [)]
 *             date [(weekday)] | date, weekday (weekday_after_comma)
 *             date copula weekday ("3. Oktober 2026 ist ein Sonntag"),
 *             date | weekday (adjacent table cells)
 * and errata__parse_at(), which tries every shape at a position, pairs
 * (mention_pair.c) and dates written with marks (cjk.c) included.
 */
#include "mention_impl.h"

#include <string.h>

#include "cjk.h"

/* Whether the text after a date ends its clause: the end, or ".", ",",
 * ";", "!", "?" or a closing bracket. */
static int clause_ends(const ctx *c, size_t end)
{
	const errata__tok *t = tkp(c, end);

	return t->kind == ERRATA__TOK_END ||
	       (t->kind == ERRATA__TOK_PUNCT && t->cp < 0x80 && strchr(".,;!?)", (int)t->cp));
}

/* Whether a table cell, a line or the text ends after a date. */
static int cell_or_line_ends(const ctx *c, size_t end)
{
	const errata__tok *t = tkp(c, end);

	return t->kind == ERRATA__TOK_END || has_newline(c, end, t->start) || is_punct(t, '|') ||
	       errata__cell_gap(c, end, t->start);
}

/*
 * Close a day-and-month part: a year written after it (at pt->date_end)
 * joins the date. Returns 0 when the day is past 31 and neither a year
 * nor the end of the clause ("ends March 32.") makes the number a date
 * part ("In March 32 people").
 */
static inline int take_year(const ctx *c, part *pt)
{
	int y;
	size_t yend;

	if (errata__year_at(c, pt->date_end, &y, &yend, &pt->soft)) {
		pt->y = y;
		pt->flags |= ERRATA_MENTION_YEAR_EXPLICIT;
		pt->date_end = yend;
	}
	pt->end = pt->date_end;
	return pt->y || pt->d <= 31 || clause_ends(c, pt->date_end);
}

static int date_at_loose(const ctx *c, size_t pos, part *pt, int loose);

/*
 * Whether an ambiguous month's name at [ms, mend) after the day that
 * starts at doff closes a range or list of days: a word of the table's
 * range_words or list_words before that day (or a dash written on to
 * a day before it), and the end of its clause right after the name
 * (clause_ends(): "de la 5 la 12 mai,", "între 3 și 9 mai."; not "5–6
 * mai mulți"). Only a name never written with a period: an abbreviation
 * ("set", "ago") may be a word of its own there ("tra 2 e 3 set.").
 */
static int closes_day_range(const ctx *c, size_t doff, size_t ms, size_t mend)
{
	const word_read *r = errata__word_at(c, ms);
	const unsigned char *u = (const unsigned char *)c->s;
	size_t q = doff;

	if (!r->w || (r->w->mform & ERRATA__FORM_DOT))
		return 0;
	/* a dash, hyphen or en dash, written on to the day before it: "1–5 mai." */
	if (q >= 1 && u[q - 1] == '-')
		q--;
	else if (q >= 3 && u[q - 3] == 0xe2 && u[q - 2] == 0x80 && (u[q - 1] == 0x93 || u[q - 1] == 0x94))
		q -= 3;
	if (q == doff ? !(errata__preceded_by(c, doff, &c->loc->range) ||
	                  errata__preceded_by(c, doff, &c->loc->list)) :
	                !(q > 0 && is_digit_at(c, q - 1)))
		return 0;
	return clause_ends(c, mend);
}

/*
 * Whether a weekday stands right before the day at doff, a blank or a
 * comma and a blank between ("duminică 23 mai", "luni, 24 mai"): a
 * weekday form the table reads without a capital.
 */
static int weekday_right_before(const ctx *c, size_t doff)
{
	size_t q = doff, e = doff, wd_off, wd_end;
	int wd;

	while (q > 0 && (c->s[q - 1] == ' ' || c->s[q - 1] == '\t'))
		q--;
	if (q == doff)
		return 0;
	if (q > 0 && c->s[q - 1] == ',')
		q--;
	e = q;
	while (q > 0 && (ascii_letter((unsigned char)c->s[q - 1]) || ((unsigned char)c->s[q - 1] & 0x80)))
		q--;
	return q < e && errata__weekday_at(c, q, &wd, &wd_off, &wd_end) && wd_off == q && wd_end == e;
}

/*
 * The month after a day that starts at doff and ends at p: [day-month
 * word] month. A form the table calls ambiguous, in lower case, counts
 * only before a year that cannot be a count ("6 mai 2026", "6 de mai de
 * 2026", not "6 mai mulți"), where it closes a range or list of days
 * (closes_day_range(): "de la 5 la 12 mai.") or where it closes the
 * clause after a weekday and its day or after a word of the table's
 * numeric_lead_words and the day ("duminică 23 mai, ora 18", "luni, 24
 * mai,", "pe 24 mai."; not "duminică 5 mai mulți").
 */
static int month_after_day(const ctx *c, size_t doff, size_t p, int *m, size_t *mend)
{
	size_t e, yend, ms = p;
	int y, soft = 0, amb;

	if (errata__match_phrase(c, p, &c->loc->day_month, 0, &e) && errata__month_lax_at(c, e, m, mend, &amb))
		ms = e;
	else if (!errata__month_lax_at(c, p, m, mend, &amb))
		return 0;
	return !amb || (errata__year_at(c, *mend, &y, &yend, &soft) && !soft) ||
	       closes_day_range(c, doff, ms, *mend) ||
	       (clause_ends(c, *mend) &&
	        (weekday_right_before(c, doff) || errata__preceded_by(c, doff, &c->loc->numeric_lead)));
}

/*
 * Whether the bare number that ends a year-less month-and-day at
 * [mstart, end) counts the word after it ("By June 31 teams had signed
 * up"): a lower-case word on the same line right after the number, none
 * of the table's function_words or time_words, and no determiner before
 * the month, where the date qualifies the noun after it ("the June 31
 * deadline"). Only with the table's function_words, which tell a count
 * from a sentence going on ("June 31 was").
 */
static int counts_next(const ctx *c, size_t mstart, size_t end)
{
	const errata__tok *t = tkp(c, end);
	size_t e;

	if (!c->loc->function_words.n || end == 0 || !is_digit_at(c, end - 1))
		return 0;
	if (t->kind != ERRATA__TOK_WORD || t->upper || t->start != end + 1 || c->s[end] != ' ')
		return 0;
	if (errata__match_phrase(c, end, &c->loc->function_words, 0, &e) ||
	    errata__match_phrase(c, end, &c->loc->time_words, 0, &e))
		return 0;
	return !errata__preceded_by(c, mstart, &c->loc->determiners);
}

/* After a month, one of the table's month_day_words and a day written
 * as an ordinal, with its suffix or as a word ("March the 4th", "June
 * the first"); a bare number there is no day ("March the 4 teams"). */
static int ordinal_after_word(const ctx *c, size_t p, int *d, size_t *doff, size_t *dend)
{
	const errata__tok *t;
	size_t e;

	if (!c->loc->month_day.n || !errata__match_phrase(c, p, &c->loc->month_day, 0, &e) ||
	    !errata__day_at(c, e, 1, d, doff, dend))
		return 0;
	t = tkp(c, *doff);
	return t->kind != ERRATA__TOK_NUM || *dend > t->end;
}

/*
 * A year written before the month that starts at mstart, as a table with
 * year_first writes it: four digits and a period ("2026. március 14."),
 * standing after a blank, the start of the text or an opening bracket,
 * not after another number ("14.2026. március" is none).
 */
static int year_before_month(const ctx *c, size_t mstart, int *y)
{
	size_t p = mstart, e;
	int v = 0;

	while (p > 0 && is_blank(c->s[p - 1]))
		p--;
	if (p == mstart || p < 5 || c->s[p - 1] != '.')
		return 0;
	e = --p;
	while (p > 0 && c->s[p - 1] >= '0' && c->s[p - 1] <= '9')
		p--;
	if (e - p != 4 || (p > 0 && !is_blank(c->s[p - 1]) && !strchr("([\"\'", c->s[p - 1])))
		return 0;
	for (size_t i = p; i < e; i++)
		v = v * 10 + (c->s[i] - '0');
	if (v < 1000 || v > 2999)
		return 0;
	*y = v;
	return 1;
}

/* A date, without weekday, at pos. */
int errata__date_at(const ctx *c, size_t pos, part *pt)
{
	return date_at_loose(c, pos, pt, 0);
}

/* The same; loose: a weekday stands before it, so day and month alone
 * ("Friday, 9/10") and numeric dates of either order are read too. */
static int date_at_loose(const ctx *c, size_t pos, part *pt, int loose)
{
	const errata__tok *t;
	const word_read *r;
	int d, m, tkind;
	size_t doff, dend, p, mend, tstart;

	t = tkp(c, pos);
	tkind = t->kind;
	tstart = t->start;
	if (tkind == ERRATA__TOK_NUM) {
		part_init(pt);
		if (errata__numeric_at(c, pos, pt, loose) || errata__day_sep_month_at(c, pos, pt) ||
		    ((c->loc->numeric_spaced || c->loc->year_first) && errata__spaced_numeric_at(c, pos, pt, loose)))
			return 1;
	}
	part_init(pt);
	/* (a day is a number or one of the table's day words: a month's name,
	 * the word most dates here start with, is told without asking) */
	if (c->loc->day_first &&
	    (tkind == ERRATA__TOK_NUM || (tkind == ERRATA__TOK_WORD && (r = errata__word_at(c, pos))->w && r->w->day)) &&
	    errata__day_at(c, pos, 1, &d, &doff, &dend)) {
		p = dend;
		if (!month_after_day(c, doff, p, &m, &mend))
			goto month_first;
		pt->d = d;
		pt->m = m;
		pt->date_off = doff;
		pt->date_end = mend;
		/* a day past 31 is a mistyped one after a word that leads dates
		 * ("op 32 mei vervalt", "am 32. Mai") or closing its cell or line
		 * ("| 32 jan |"), as at a clause's end */
		return take_year(c, pt) || errata__preceded_by(c, doff, &c->loc->numeric_lead) ||
		       cell_or_line_ends(c, pt->date_end);
	}
month_first:
	if (c->loc->month_first && tkind == ERRATA__TOK_WORD && errata__month_at(c, pos, &m, &mend) &&
	    (errata__day_at(c, mend, 0, &d, &doff, &dend) || ordinal_after_word(c, mend, &d, &doff, &dend))) {
		pt->m = m;
		pt->d = d;
		pt->month_first = 1;
		pt->date_off = tstart;
		pt->date_end = dend;
		if (!take_year(c, pt))
			return 0;
		if (!pt->y && c->loc->year_first && year_before_month(c, tstart, &pt->y))
			pt->flags |= ERRATA_MENTION_YEAR_EXPLICIT;
		/* "In November 31 soldiers were killed": after a word that takes
		 * a month alone, or before a word it counts, a number the month
		 * cannot hold is a count. */
		if (!pt->y && d > errata_date_days_in_month(2000, m) &&
		    (errata__preceded_by(c, tstart, &c->loc->month_only) || counts_next(c, tstart, pt->date_end)))
			return 0;
		return 1;
	}
	return 0;
}

/* Whether the text after a weekday ends its cell or statement: the end, a
 * line break, punctuation or a cell separator. */
int errata__weekday_closes(const ctx *c, size_t wend)
{
	const errata__tok *t = tkp(c, wend);

	return t->kind == ERRATA__TOK_END || t->kind == ERRATA__TOK_PUNCT ||
	       has_newline(c, wend, t->start) || errata__cell_gap(c, wend, t->start);
}

/*
 * The mark that opens an aside at t, right after p: a comma, or a dash on
 * the same line (an em or en dash, or a hyphen with a space on either
 * side: "Sept. 15 — a Wednesday —", "Sept. 15 - a Wednesday -"). The
 * position after it, or 0.
 */
static size_t aside_opens(const ctx *c, size_t p, const errata__tok *t)
{
	if (is_punct(t, ','))
		return t->end;
	if (t->kind != ERRATA__TOK_PUNCT || has_newline(c, p, t->start))
		return 0;
	if (t->cp == 0x2014 || t->cp == 0x2013)
		return t->end;
	if (t->cp == '-' && t->start > p && t->end < c->len && is_blank(c->s[t->end]))
		return t->end;
	return 0;
}

/*
 * After a date, the noun it qualifies and the comma or dash after it: one
 * or two lower-case words on the same line ("the Nov. 3 election, a
 * Tuesday,", "the April 4 board meeting — a Sunday —"). The position
 * after the mark, or 0.
 */
static size_t after_qualified_noun(const ctx *c, size_t p)
{
	for (int k = 0; k < 2; k++) {
		const errata__tok *t = tkp(c, p);
		size_t q;

		if (t->kind != ERRATA__TOK_WORD || t->upper || has_newline(c, p, t->start))
			return 0;
		p = t->end;
		t = tkp(c, p);
		if ((q = aside_opens(c, p, t)))
			return q;
	}
	return 0;
}

/*
 * After a date, the noun it qualifies and a weekday alone in brackets:
 * "the Oct. 9 reunion (Saturday)", "the Oct. 9 class dinner (Saturday)".
 * One or two lower-case words on the same line, none of them a date word
 * or one of the table's function_words or time_words (so only in a table
 * that lists function_words: "Oct. 9 and after (Saturday)" is no noun).
 * The weekday's place, and the end of the bracket in *close.
 */
static int noun_then_bracket(const ctx *c, size_t p, int *wd, size_t *woff, size_t *wend, size_t *close)
{
	const errata__tok *t;
	size_t e, q = p, open, inside;
	int words = 1;

	if (!c->loc->function_words.n)
		return 0;
	/* the bracket first (most dates have none after a word or two); a
	 * token read through tkp() holds only until the next read of its
	 * cache slot, so the places are kept, not the tokens */
	t = tkp(c, p);
	if (t->kind != ERRATA__TOK_WORD || t->upper)
		return 0;
	t = tkp(c, t->end);
	if (!is_punct(t, '(')) {
		if (t->kind != ERRATA__TOK_WORD || t->upper)
			return 0;
		t = tkp(c, t->end);
		if (!is_punct(t, '('))
			return 0;
		words = 2;
	}
	open = t->start;
	inside = t->end;
	if (has_newline(c, p, open))
		return 0;
	for (int k = 0; k < words; k++) {
		size_t next = tkp(c, q)->end;

		if (errata__word_at(c, q)->w || errata__match_phrase(c, q, &c->loc->function_words, 0, &e) ||
		    errata__match_phrase(c, q, &c->loc->time_words, 0, &e))
			return 0;
		q = next;
	}
	if (!errata__weekday_closed_at(c, inside, wd, woff, wend))
		return 0;
	t = tkp(c, *wend);
	if (!is_punct(t, ')'))
		return 0;
	*close = t->end;
	return 1;
}

/*
 * A weekday stated after its date without parentheses: after one of the
 * table's weekday_copula_words ("3. Oktober 2026 ist ein Sonntag",
 * "October 3 is a Saturday"), in apposition after a comma or a dash
 * (", a Thursday,", "— a Thursday —"), in the next cell of a table row
 * ("| March 5 | Wednesday |"), or right after a numeric date on the same
 * line ("2026-05-01 Fri").
 */
static int stated_weekday(const ctx *c, part *pt, int *wd, size_t *woff, size_t *wend)
{
	const errata__tok *t = tkp(c, pt->date_end);
	size_t p = pt->date_end, e, q;

	if ((q = aside_opens(c, pt->date_end, t)))
		p = q;
	if (errata__match_phrase(c, p, &c->loc->copula, 0, &e) && errata__weekday_at(c, e, wd, woff, wend) &&
	    !has_newline(c, pt->date_end, *woff))
		return 1;
	if (p == pt->date_end && c->loc->apposition.n && (q = after_qualified_noun(c, p)))
		p = q;
	/* ", a Thursday," or "— a Thursday —" with nothing after the weekday
	 * but punctuation, and no date after it that the weekday may name
	 * instead ("..., a Tuesday, January 7") */
	if (p != pt->date_end && errata__match_phrase(c, p, &c->loc->apposition, 0, &e) &&
	    errata__weekday_at(c, e, wd, woff, wend) && errata__weekday_closes(c, *wend) &&
	    !has_newline(c, pt->date_end, *woff)) {
		part next;

		t = tkp(c, *wend);
		return !errata__date_at(c, *wend, &next) &&
		       !(is_punct(t, ',') && errata__date_at(c, t->end, &next));
	}
	t = tkp(c, pt->date_end);
	/* "14 Mart 2026 Cumartesi", "14 Mart Cumartesi günü": a table whose
	 * language writes the weekday after the date, on its line; not the
	 * first of two weekdays ("13-15 Mart Cuma-Pazar" names both ends) */
	if (c->loc->weekday_after_date && t->kind == ERRATA__TOK_WORD &&
	    errata__weekday_at(c, t->start, wd, woff, wend) && !has_newline(c, pt->date_end, *woff)) {
		int w2;
		size_t o2, e2;

		return !((errata__match_phrase(c, *wend, &c->loc->range, 0, &e) ||
		          errata__match_phrase(c, *wend, &c->loc->list, 0, &e)) &&
		         errata__weekday_at(c, e, &w2, &o2, &e2));
	}
	if (is_punct(t, '|'))
		t = tkp(c, t->end);
	if (t->kind == ERRATA__TOK_WORD && errata__weekday_at(c, t->start, wd, woff, wend) &&
	    errata__weekday_closes(c, *wend)) {
		if (errata__cell_gap(c, pt->date_end, *woff))
			return 1;
		if ((pt->flags & ERRATA_MENTION_NUMERIC) && !has_newline(c, pt->date_end, *woff))
			return 1;
	}
	return 0;
}

/*
 * A weekday in the possessive before the noun that a date names in
 * apposition: "Monday's meeting, set for Nov. 10," or "Friday's vote,
 * on March 6." The weekday written with an apostrophe and s, one or two
 * lower-case words on the same line (none of the table's function_words),
 * a comma, one of the table's weekday_possessive_words right before the
 * date, and the clause ending after the date: anything else ("Monday's
 * meeting moved the vote to Nov. 10") is not read. The weekday's place
 * (without its apostrophe and s), or 0.
 */
static int possessive_weekday(const ctx *c, const part *pt, int *wd, size_t *woff, size_t *wend)
{
	const errata__tok *t;
	const errata__date_word *w;
	const errata__phrases *ph = &c->loc->weekday_possessive;
	size_t p = pt->date_off, lim, e, comma;
	unsigned char last;

	if (!ph->n)
		return 0;
	/* the phrase's last byte right before the date (blanks passed over),
	 * as errata__preceded_by() asks first, then the end of the clause */
	while (p > 0 && is_blank(c->s[p - 1]))
		p--;
	if (p == 0)
		return 0;
	last = (unsigned char)c->s[p - 1];
	if (!((ph->last[last >> 5] >> (last & 31)) & 1) || !clause_ends(c, pt->date_end))
		return 0;
	/* back to the comma before the phrase, on the date's line (the
	 * last comma of the 24 bytes before, found with memchr(), and no
	 * line break after it) */
	lim = p > 24 ? p - 24 : 0;
	{
		const char *from = c->s + lim, *end = c->s + p, *hit, *last_comma = NULL;

		while (from < end && (hit = memchr(from, ',', (size_t)(end - from)))) {
			last_comma = hit;
			from = hit + 1;
		}
		if (!last_comma || memchr(last_comma + 1, '\n', (size_t)(end - last_comma - 1)))
			return 0;
		p = (size_t)(last_comma - c->s) + 1;
	}
	if (!errata__match_phrase(c, p, ph, 0, &e) || tkp(c, e)->start != pt->date_off)
		return 0;
	lim = p > 64 ? p - 64 : 0;
	comma = p - 1;
	/* one or two words before it, and the weekday's possessive before them */
	p = comma;
	for (int k = 0; k < 3; k++) {
		size_t end, q;

		while (p > lim && c->s[p - 1] == ' ')
			p--;
		end = p;
		while (p > lim && !is_blank(c->s[p - 1]))
			p--;
		if (p == end || (p == lim && lim > 0))
			return 0;
		t = tkp(c, p);
		if (t->kind != ERRATA__TOK_WORD || t->start != p || t->end != end)
			return 0;
		if (k > 0 && t->flen > 2 && t->fold[t->flen - 1] == 's' && t->fold[t->flen - 2] == '\'' &&
		    (w = errata__locale_word(c->loc, t->fold, t->flen - 2)) && w->weekday >= 0 && !w->ambiguous) {
			/* the weekday's bytes: the token without its apostrophe and s */
			q = end - 1;
			while (q > p && (c->s[q - 1] & 0xc0) == 0x80)
				q--;
			*wd = w->weekday;
			*woff = p;
			*wend = q - 1;
			return 1;
		}
		if (t->upper || errata__match_phrase(c, p, &c->loc->function_words, 0, &e))
			return 0;
	}
	return 0;
}

/* Whether a weekday set after a comma ends its clause there: the text
 * ends, or a line, or one of . ; ! ? ) follows it ("el 10 de noviembre,
 * miércoles."), not a comma or a word, where a list may go on. */
static int weekday_ends_clause(const ctx *c, size_t wend)
{
	const errata__tok *t = tkp(c, wend);

	if (t->kind == ERRATA__TOK_END || has_newline(c, wend, t->start))
		return 1;
	return t->kind == ERRATA__TOK_PUNCT &&
	       (t->cp == '.' || t->cp == ';' || t->cp == '!' || t->cp == '?' || t->cp == ')');
}

int errata__clause_goes_on(const ctx *c, size_t at)
{
	const errata__tok *t = tkp(c, at);
	size_t s, e;
	int wd;

	if (t->kind != ERRATA__TOK_WORD || t->upper || has_newline(c, at, t->start))
		return 0;
	s = t->start;
	return !errata__weekday_at(c, s, &wd, &e, &e) && !errata__match_phrase(c, s, &c->loc->range, 0, &e) &&
	       !errata__match_phrase(c, s, &c->loc->list, 0, &e);
}

/*
 * Whether a weekday set after a date's comma, that ends at wend, is set
 * off by a second comma before the clause goes on (errata__clause_goes_on()):
 * "el 13 de marzo, sábado, se abre el plazo"; not a list of opening days,
 * "abre el 13 de marzo, sábado, domingo y festivos".
 */
static int weekday_set_off(const ctx *c, size_t wend)
{
	const errata__tok *t = tkp(c, wend);

	return is_punct(t, ',') && !has_newline(c, wend, t->end) && errata__clause_goes_on(c, t->end);
}

/* A weekday written after its date: "(Tuesday)", ", wtorek" where the
 * table allows it, or ", miércoles." closing the clause or set off by a
 * second comma (weekday_set_off()) in any table. */
void errata__date_tail(const ctx *c, part *pt)
{
	const errata__tok *t, *close;
	int wd, open, comma;
	size_t woff, wend, tend, e, after = pt->date_end;

	/* "15 января 2027 года (вторник)": the word after a year belongs to the date */
	if (pt->y && errata__match_phrase(c, after, &c->loc->year_after, 0, &e))
		after = e;
	t = tkp(c, after);
	open = is_punct(t, '(');
	comma = is_punct(t, ',');
	tend = t->end;
	if (open && (errata__weekday_closed_at(c, tend, &wd, &woff, &wend) ||
	             (errata__match_phrase(c, tend, &c->loc->apposition, 0, &e) &&
	              errata__weekday_at(c, e, &wd, &woff, &wend)))) {
		/* "(Tuesday)", "(a Tuesday)", "(einem Sonntag)" */
		close = tkp(c, wend);
		if (!is_punct(close, ')'))
			return;
		pt->end = close->end;
	} else if (stated_weekday(c, pt, &wd, &woff, &wend)) {
		pt->end = wend;
	} else if (comma && errata__weekday_at(c, tend, &wd, &woff, &wend) &&
	           (c->loc->weekday_after_comma || weekday_ends_clause(c, wend) ||
	            weekday_set_off(c, wend))) {
		part next;

		/* "..., Tuesday, January 6" starts the next mention instead. */
		if (errata__date_at(c, wend, &next))
			return;
		{
			const errata__tok *n2 = tkp(c, wend);

			if (is_punct(n2, ',') && errata__date_at(c, n2->end, &next))
				return;
		}
		pt->end = wend;
	} else if (noun_then_bracket(c, after, &wd, &woff, &wend, &e)) {
		/* "the Oct. 9 reunion (Saturday)" */
		pt->end = e;
	} else if (possessive_weekday(c, pt, &wd, &woff, &wend)) {
		/* "Monday's meeting, set for Nov. 10," (the weekday before) */
	} else {
		return;
	}
	if (errata__crosses_paragraph(c, pt->date_end, wend)) {
		pt->end = pt->date_end;
		return;
	}
	pt->wd = wd;
	pt->wd_off = woff;
	pt->wd_end = wend;
}

/* Skip the gap between a weekday and its date: [,] [words] [words]. */
size_t errata__weekday_gap(const ctx *c, size_t p)
{
	const errata__tok *t;
	size_t e;

	t = tkp(c, p);
	if (is_punct(t, ',') || (is_punct(t, '|') && !has_newline(c, p, t->start)))
		p = t->end;
	for (int k = 0; k < 2 && errata__match_phrase(c, p, &c->loc->weekday_date, 0, &e); k++) {
		p = e;
		t = tkp(c, p);
		if (is_punct(t, ','))
			p = t->end;
	}
	return p;
}

/*
 * Whether the text after a date at the start of a line closes a listing's
 * entry: a colon, a dash, a bar or a time follows on the same line ("ons
 * 19 maj: årsmöte", "zo 4 maart - 14.00"; a time word and its hour, "la
 * 13.3.2026 klo 18", "lör 14/3 kl 15"; a function word and an hour with
 * its minutes, "ne 29. 3. v 17:00"; a time after a comma, "zo 20 juni,
 * 14.30 uur"), not a word that goes on with a sentence ("zo 15 september
 * komen we samen") nor the end of the line, where a short form may still
 * be another word ("so 7. März 2026").
 */
static int listing_entry_ends(const ctx *c, size_t end)
{
	const errata__tok *t = tkp(c, end);
	int comma = is_punct(t, ',');

	if (comma)
		t = tkp(c, t->end);
	if (t->kind == ERRATA__TOK_END || has_newline(c, end, t->start))
		return 0;
	if (t->kind == ERRATA__TOK_NUM)
		return 1;
	if (t->kind == ERRATA__TOK_WORD) {
		size_t e;

		if (errata__match_phrase(c, t->start, &c->loc->time_words, 0, &e)) {
			t = tkp(c, e);
			return t->kind == ERRATA__TOK_NUM && !has_newline(c, e, t->start);
		}
		if (!errata__match_phrase(c, t->start, &c->loc->function_words, 0, &e))
			return 0;
		t = tkp(c, e);
		return t->kind == ERRATA__TOK_NUM && !has_newline(c, e, t->start) && t->end + 2 < c->len &&
		       c->s[t->end] == ':' && is_digit_at(c, t->end + 1) && is_digit_at(c, t->end + 2);
	}
	return !comma && t->kind == ERRATA__TOK_PUNCT && (t->cp == ':' || t->cp == '|' || t->cp == '-' ||
	                                        t->cp == 0x2013 || t->cp == 0x2014);
}

/*
 * Whether the line from woff to end is a paragraph of its own: a blank
 * line or the start of the text before it, and nothing after the date
 * but a full stop before the line or the text ends ("do 20 mrt 2023" as
 * a heading or a dated entry). A wrapped sentence does not stop there.
 */
static int own_paragraph(const ctx *c, size_t woff, size_t end)
{
	size_t p = woff;

	while (p > 0 && (c->s[p - 1] == ' ' || c->s[p - 1] == '\t'))
		p--;
	if (p > 0 && (c->s[p - 1] != '\n' || (p > 1 && c->s[p - 2] != '\n')))
		return 0;
	if (end < c->len && c->s[end] == '.')
		end++;
	while (end < c->len && (c->s[end] == ' ' || c->s[end] == '\t' || c->s[end] == '\r'))
		end++;
	return end == c->len || c->s[end] == '\n';
}

/*
 * Whether one of the table's range_words and a weekday with its date
 * follow a date that ends at end, on the same line: "za 21 maart tot en
 * met di 22 maart". Sets *wstart to where that weekday starts.
 */
static int range_to_weekday_date(const ctx *c, size_t end, size_t *wstart)
{
	size_t e, woff, wend;
	int wd, lax;
	part pt;

	if (!errata__match_phrase(c, end, &c->loc->range, 0, &e) ||
	    !errata__weekday_lax_at(c, e, &wd, &woff, &wend, &lax) || has_newline(c, end, woff) ||
	    !date_at_loose(c, wend, &pt, 1) || !pt.d || !pt.m || tkp(c, wend)->start != pt.date_off ||
	    has_newline(c, wend, pt.date_off))
		return 0;
	*wstart = woff;
	return 1;
}

/*
 * Whether another weekday and its day stand before woff on the same line,
 * at most 64 bytes back (the nearest weekday there has its day, or the
 * day and month in digits: "la 12.4. klo 15: HJK – KuPS. su 19.4.").
 */
static int weekday_day_before(const ctx *c, size_t woff)
{
	size_t lim = woff > 64 ? woff - 64 : 0;

	for (size_t p = woff; p-- > lim && c->s[p] != '\n';) {
		size_t e1, e2, doff, dend, g;
		int wd, lax, d;

		if (!(p == 0 || is_blank(c->s[p - 1]) || c->s[p - 1] == '(') ||
		    !errata__weekday_lax_at(c, p, &wd, &e1, &e2, &lax) || e1 != p)
			continue;
		g = errata__weekday_gap(c, e2);
		if (errata__day_at(c, g, 0, &d, &doff, &dend))
			return dend < woff;
		g = tkp(c, g)->start;
		if (!is_digit_at(c, g))
			return 0;
		g += 1 + is_digit_at(c, g + 1);
		return g < woff && (c->s[g] == '.' || c->s[g] == '/');
	}
	return 0;
}

/*
 * Whether the weekday at woff stands right after one of the table's
 * range_words or list_words, with another weekday and its day before them
 * (weekday_day_before()): "van za 21 maart tot en met di 22 maart", "Za
 * 14 en di 15 maart", "Lör 14/3 kl 15.00 och tis 15/3".
 */
static int joined_after_weekday_day(const ctx *c, size_t woff)
{
	return (errata__preceded_by(c, woff, &c->loc->range) || errata__preceded_by(c, woff, &c->loc->list)) &&
	       weekday_day_before(c, woff);
}

/*
 * Whether the weekday at woff opens the next entry of a listing after a
 * full stop: in lower case, where no sentence starts, with an entry of a
 * weekday and its day before it on the line and its date closing the
 * entry as at the start of a line ("za 13 juni, 14.30 uur: Ajax – PSV.
 * zo 20 juni, 14.30 uur: PSV – Ajax"; not "tj. ne 29. března, ale").
 */
static int entry_after_stop(const ctx *c, size_t p, size_t woff, size_t date_end)
{
	return p > 0 && c->s[p - 1] == '.' && listing_entry_ends(c, date_end) && weekday_day_before(c, woff);
}

/*
 * Whether an ambiguous weekday form at [woff, wend) stands where a listing
 * puts one: written with its period ("jeu. 4 mars"), or bare after a list
 * marker or punctuation ("Wedstrijd: do 4 maart", "- zo 4 maart"), or at
 * the start of a line when its date closes the entry (date_end: see
 * listing_entry_ends(), "ons 19 maj: årsmöte"), or on a line of its own
 * with a year (see own_paragraph()); not after a word or at
 * the start of a line that a wrapped sentence may go on ("het is zo 4
 * maart", "le jeu 4 mars", "so 7. März nach").
 */
static int lax_lead(const ctx *c, size_t woff, size_t wend, size_t date_end, int has_year)
{
	size_t p = woff;

	if (c->s[wend - 1] == '.')
		return 1;
	while (p > 0 && (c->s[p - 1] == ' ' || c->s[p - 1] == '\t'))
		p--;
	if (p > 0 && c->s[p - 1] && strchr(":;,(|*-+>#", c->s[p - 1]) != NULL)
		return 1;
	if ((p == 0 || c->s[p - 1] == '\n') &&
	    (listing_entry_ends(c, date_end) || (has_year && own_paragraph(c, woff, date_end))))
		return 1;
	/* either end of a range or a list of weekdays with their days: "van
	 * za 21 maart tot en met di 22 maart", "Za 14 en di 15 maart" */
	if (entry_after_stop(c, p, woff, date_end) || range_to_weekday_date(c, date_end, &p) ||
	    joined_after_weekday_day(c, woff))
		return 1;
	/* a list item's marker, masked in the prose: "- zo 1 sep." in Markdown */
	if (c->raw == c->s || p == woff)
		return 0;
	while (p < woff && (c->raw[p] == ' ' || c->raw[p] == '\t'))
		p++;
	return p + 2 <= woff && (c->raw[p] == '-' || c->raw[p] == '*' || c->raw[p] == '+') &&
	       (c->raw[p + 1] == ' ' || c->raw[p + 1] == '\t') && (p == 0 || c->raw[p - 1] == '\n' ||
	                                                          c->raw[p - 1] == ' ');
}

/*
 * Whether pt is day and month each closed by a period in a table with
 * numeric_closed ("pe 24.7."): a short weekday form right before such a
 * date names it wherever it stands, as the date is one wherever it stands.
 */
static int closed_numeric(const ctx *c, const part *pt)
{
	return c->loc->numeric_closed && (pt->flags & ERRATA_MENTION_NUMERIC) && !pt->y &&
	       pt->date_end > 0 && c->s[pt->date_end - 1] == '.';
}

/*
 * weekday [,] [words] [(] date [)]. A weekday form the table calls
 * ambiguous, in lower case ("jeu. 4 mars"), counts only with a day and a
 * month right after it.
 */
int errata__weekday_date(const ctx *c, size_t pos, part *pt)
{
	const errata__tok *t;
	int wd, paren = 0, lax;
	size_t woff, wend, p;

	if (!errata__weekday_lax_at(c, pos, &wd, &woff, &wend, &lax))
		return 0;
	p = lax ? wend : errata__weekday_gap(c, wend);
	t = tkp(c, p);
	if (is_punct(t, '(')) {
		paren = 1;
		p = t->end;
	}
	if (!date_at_loose(c, p, pt, 1))
		return 0;
	if (lax && (paren || pt->cont || pt->m < 1 || pt->d < 1 || has_newline(c, wend, pt->date_off) ||
	            tkp(c, p)->start != pt->date_off ||
	            !(closed_numeric(c, pt) ||
	              lax_lead(c, woff, wend, pt->date_end, (pt->flags & ERRATA_MENTION_YEAR_EXPLICIT) != 0))))
		return 0;
	/* not across table rows or HTML blocks ("Tuesday</td></tr><tr><td>March 3") */
	if (c->raw != c->s && errata__block_break(c, wend, pt->date_off))
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

	while (p > 0 && is_blank(c->s[p - 1]))
		p--;
	if (p > 0 && (c->s[p - 1] == ',' || c->s[p - 1] == '&' || c->s[p - 1] == '/')) {
		p--;
		joined = 1;
	} else if (errata__preceded_by(c, pos, &c->loc->list)) {
		size_t q, e;

		/* step back over the list word, or both of its words ("el
		 * sábado y el domingo", "il sabato e il lunedì") */
		while (p > 0 && !is_blank(c->s[p - 1]))
			p--;
		q = p;
		while (q > 0 && is_blank(c->s[q - 1]))
			q--;
		while (q > 0 && !is_blank(c->s[q - 1]))
			q--;
		if (q < p && errata__match_phrase(c, q, &c->loc->list, 0, &e) && tkp(c, e)->start == pos)
			p = q;
		joined = 1;
	}
	if (!joined || !errata__weekday_at(c, pos, &wd, &wend, &wend))
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
	return tkp(c, p)->kind == ERRATA__TOK_WORD && errata__weekday_at(c, p, &wd, &wend, &wend);
}

int errata__weekday_listed(const ctx *c, size_t pos)
{
	return weekday_listed(c, pos);
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
 * Whether the number at pos follows one of the table's time_words right
 * before it ("kl. 12", "kl 15.00"): an hour, not a day.
 */
static int hour_after_time_word(const ctx *c, size_t pos)
{
	size_t q = pos, cs, e;

	if (!c->loc->time_words.n)
		return 0;
	while (q > 0 && is_blank(c->s[q - 1]))
		q--;
	if (q == pos)
		return 0;
	for (cs = q; cs > 0 && !is_blank(c->s[cs - 1]) && q - cs < 8; cs--)
		;
	return cs < q && errata__match_phrase(c, cs, &c->loc->time_words, 0, &e) && e == q;
}

/* Parse the expression starting at pos: 0, 1 or 2 parts in *n; returns
 * the pair kind. */
int errata__parse_at(const ctx *c, size_t pos, part *a, part *b, int *n)
{
	int kind = PAIR_NONE, listed, tkind, wd_word;
	const word_read *r;

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
	/* the first four shapes start with a weekday (as the table reads the
	 * word, lax forms too): a month or a day word starts none of them */
	wd_word = tkind == ERRATA__TOK_WORD && (r = errata__word_at(c, pos))->w &&
	          r->w->weekday >= 0;
	listed = wd_word && weekday_listed(c, pos);
	if (listed) {
		/* nothing starts here; the scan goes on to the date after it */
	} else if (tkind == ERRATA__TOK_NUM && hour_after_time_word(c, pos)) {
		/* an hour: "kl. 12 til torsdag 2. oktober" starts no date */
	} else if (wd_word && errata__weekday_date(c, pos, a)) {
		*n = 1;
	} else if (wd_word && (kind = errata__day_pair(c, pos, 1, a, b))) {
		*n = 2;
	} else if (wd_word && (kind = errata__weekday_pair(c, pos, a, b))) {
		*n = 2;
	} else if (errata__date_at(c, pos, a)) {
		errata__date_tail(c, a);
		*n = 1;
	} else if (tkind == ERRATA__TOK_NUM && (kind = errata__day_pair(c, pos, 0, a, b))) {
		*n = 2;
	}
	if (*n >= 1 && errata__crosses_paragraph(c, part_start(a), part_end(*n == 2 ? b : a))) {
		/* Nothing reaches over a paragraph break; the scan goes on from
		 * the next token and finds what stays inside one. */
		*n = 0;
		return PAIR_NONE;
	}
	if (*n == 1) {
		part saved = *a;

		kind = errata__continue_pair(c, a, b);
		if (kind && errata__crosses_paragraph(c, part_start(a), part_end(b))) {
			*a = saved;
			kind = PAIR_NONE;
		}
		if (kind)
			*n = 2;
	}
	if (kind == PAIR_RANGE && a->wd < 0 && b->wd < 0)
		errata__range_weekdays(c, a, b);
	return kind;
}
