/*
 * mention_numeric.c: dates written with digits and separators only:
 * Y-M-D (also with "/" and "."), D/M/Y or M/D/Y by the numeric order,
 * day and month alone where a weekday names them ("Friday, 9/10",
 * "5/14(Thu)"), and day-month-year glued with a month name
 * ("31/septembre/1969").
 */
#include "mention_impl.h"

#include <string.h>

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

/*
 * Whether a weekday stands right after a date that ends at end: in
 * parentheses ("5/14(Thu)"), or as the next word of the line that ends
 * its cell or statement ("2026-05-01 Fri:").
 */
int errata__weekday_after(const ctx *c, size_t end)
{
	const errata__tok *t = tkp(c, end);
	int wd;
	size_t o, e;

	if (is_punct(t, '('))
		return errata__weekday_closed_at(c, t->end, &wd, &o, &e) && is_punct(tkp(c, e), ')');
	if (is_punct(t, '|'))
		t = tkp(c, t->end);
	return t->kind == ERRATA__TOK_WORD && !memchr(c->s + end, '\n', t->start - end) &&
	       errata__weekday_at(c, t->start, &wd, &o, &e) && errata__weekday_closes(c, e);
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
 * Whether day and month alone ending at end are each closed by a period
 * ("31.6."): written so, they are a date even when no month has that
 * day, and the end of a range ("15.6.–31.6.") or a date a weekday names
 * ("ma 31.6.") is read to be flagged; in a table with numeric_closed,
 * wherever it stands ("viimeistään 31.4.", not "31/4.").
 */
static int closed_by_period(const ctx *c, const errata__tok *a, size_t end)
{
	return c->s[a->end] == '.' && c->s[end - 1] == '.';
}

/*
 * Day and month alone that no month has in any year ("2/30", "31/4",
 * "31.6."), read without a weekday: only after one of the table's
 * numeric_lead_words ("On 2/30", "le 31/4", "am 31.6.") or, in a table
 * with numeric_closed, closed by its period ("viimeistään 31.4."), only in the one
 * order where the first or the second number cannot be a month, and only
 * when the date closes with its period ("am 31.6.") or the clause ends or
 * one of the table's function_words follows, so that fractions and counts
 * ("on 2/30 of the seats", "by 4/31 votes") stay numbers. Fills pt's day
 * and month.
 */
static int impossible_after_lead(const ctx *c, const errata__tok *a, const errata__tok *b,
                                 size_t end, part *pt)
{
	const errata__tok *t;
	size_t e;
	int d, m;

	if (!(c->loc->numeric_closed && closed_by_period(c, a, end)) &&
	    (!c->loc->numeric_lead.n || !errata__preceded_by(c, a->start, &c->loc->numeric_lead)))
		return 0;
	if (c->order == ERRATA_ORDER_DMY || (c->order != ERRATA_ORDER_MDY && a->num > 12)) {
		d = (int)a->num;
		m = (int)b->num;
	} else {
		m = (int)a->num;
		d = (int)b->num;
	}
	if (c->order != ERRATA_ORDER_DMY && c->order != ERRATA_ORDER_MDY && a->num <= 12 && b->num <= 12)
		return 0;
	if (m < 1 || m > 12 || d > 31 || d <= errata_date_days_in_month(2000, m))
		return 0;
	t = tkp(c, end);
	if (c->s[end - 1] != '.' && !(t->kind == ERRATA__TOK_END ||
	      (t->kind == ERRATA__TOK_PUNCT && t->cp < 0x80 && strchr(".,;:!?)", (int)t->cp)) ||
	      (t->kind == ERRATA__TOK_WORD && errata__match_phrase(c, end, &c->loc->function_words, 0, &e))))
		return 0;
	pt->d = d;
	pt->m = m;
	return 1;
}

/*
 * Whether one of the table's range_words and a numeric date with its
 * year follow end on the same line: "vom 18.11. bis 04.11.2026", "с
 * 29.07 по 08.07.2026", the start of a range that borrows the end's year.
 */
static int range_to_full(const ctx *c, size_t end)
{
	size_t e;
	const errata__tok *t;
	part pt;

	if (!errata__match_phrase(c, end, &c->loc->range, 0, &e) || has_newline(c, end, e))
		return 0;
	t = tkp(c, e);
	if (t->kind != ERRATA__TOK_NUM || has_newline(c, e, t->start))
		return 0;
	memset(&pt, 0, sizeof(pt));
	return errata__numeric_at(c, t->start, &pt, 0) && pt.y > 0;
}

/*
 * Whether day and month alone at [a, b] (s1 between them) start a range
 * of two such dates: a word of the table's range_words after it (not a
 * dash: "09.10–10.05" is a time), and then day and month with the same
 * mark ("dal 15/11 al 05/11", "с 25.10 по 15.10"), every number in two
 * digits (not "from 3/4 to 4/5", fractions).
 */
static int short_range_start(const ctx *c, const errata__tok *a, const errata__tok *s1,
                             const errata__tok *b, size_t end)
{
	const errata__tok *t;
	size_t e, at;
	uint32_t mark = s1->cp;

	if (a->ndigits != 2 || b->ndigits != 2 || tkp(c, end)->kind != ERRATA__TOK_WORD ||
	    !errata__match_phrase(c, end, &c->loc->range, 0, &e) || has_newline(c, end, e))
		return 0;
	t = tkp(c, e);
	if (t->kind != ERRATA__TOK_NUM || t->ndigits != 2 || has_newline(c, e, t->start))
		return 0;
	at = t->end;
	t = tkp(c, at);
	if (t->kind != ERRATA__TOK_PUNCT || t->cp != mark || t->start != at)
		return 0;
	at = t->end;
	t = tkp(c, at);
	return t->kind == ERRATA__TOK_NUM && t->ndigits == 2 && t->start == at;
}

/*
 * Whether day and month alone, closed by a period at end ("9.6."), start
 * a range of two such dates: a word of the table's range_words or a dash
 * after it, then day and month closed by a period too ("9.6.–13.6.",
 * "vom 9.6. bis 13.6."; a time has no closing period: "09.10–10.05").
 */
static int closed_range_start(const ctx *c, const errata__tok *s1, size_t end)
{
	const errata__tok *t;
	size_t e, at;

	if (s1->cp != '.' || c->s[end - 1] != '.' ||
	    !errata__match_phrase(c, end, &c->loc->range, 0, &e) || has_newline(c, end, e))
		return 0;
	t = tkp(c, e);
	if (t->kind != ERRATA__TOK_NUM || t->ndigits > 2 || has_newline(c, e, t->start))
		return 0;
	for (int k = 0; k < 2; k++) {
		at = t->end;
		t = tkp(c, at);
		if (t->kind != ERRATA__TOK_PUNCT || t->cp != '.' || t->start != at)
			return 0;
		if (k == 1)
			return !errata__is_alnum_at(c->s, c->len, t->end);
		at = t->end;
		t = tkp(c, at);
		if (t->kind != ERRATA__TOK_NUM || t->ndigits > 2 || t->start != at)
			return 0;
	}
	return 0;
}

/*
 * Day and month alone, "9/10", "28/11", "24.02.": read only where a
 * weekday names them (loose: one stands before; or one follows), where
 * they start a range to a date with its year (range_to_full()) or to
 * another such pair (short_range_start(), closed_range_start()), or
 * when no month has that day (see impossible_after_lead()).
 */
static int short_numeric_at(const ctx *c, const errata__tok *a, const errata__tok *s1,
                            const errata__tok *b, int loose, part *pt)
{
	size_t end = b->end;

	if (a->ndigits > 2 || b->ndigits > 2 || a->num < 1 || b->num < 1 ||
	    (s1->cp != '/' && s1->cp != '.'))
		return 0;
	/* "Fri 9.15", "Sun 1.05pm.", "samedi 10.10": an hour and its minutes
	 * where day and month are not written with a period between them
	 * (the table's dot_times; "Fr 13.03" is March 13 in German), but
	 * for a day and month each closed by a period in a table with
	 * numeric_closed ("lauantaina 6.12.": an hour there follows "klo") */
	if (s1->cp == '.' && (c->order != ERRATA_ORDER_DMY || c->loc->dot_times) && b->ndigits == 2 &&
	    a->num <= 23 && b->num <= 59 &&
	    !(c->loc->numeric_closed && end < c->len && c->s[end] == '.'))
		return 0;
	/* "24.02." closes with a period */
	if (s1->cp == '.' && end < c->len && c->s[end] == '.')
		end++;
	if (errata__is_alnum_at(c->s, c->len, end) ||
	    ((c->s[end - 1] != '.') && !errata__number_ends(c, end)))
		return 0;
	/* "Sa 10.10 Uhr", "sábado, 10.10 horas": a time (not "15/3 kl
	 * 13.00", where the time word leads the time after the date) */
	{
		size_t te;

		if (errata__match_phrase(c, end, &c->loc->time_words, 0, &te) &&
		    tkp(c, te)->kind != ERRATA__TOK_NUM)
			return 0;
	}
	if (!loose && !errata__weekday_after(c, end) && !range_to_full(c, end) &&
	    !short_range_start(c, a, s1, b, end) && !closed_range_start(c, s1, end)) {
		/* "24.2" is a decimal; "24.2." may be a date */
		if ((s1->cp == '.' && c->s[end - 1] != '.') || !impossible_after_lead(c, a, b, end, pt))
			return 0;
	} else if (!numeric_order(c, a->num, b->num, 0, 0, pt) || pt->d > 31 || pt->m > 12 ||
	           (!errata_date_valid(2000, pt->m, pt->d) && !closed_by_period(c, a, end))) {
		return 0;
	}
	pt->flags |= ERRATA_MENTION_NUMERIC;
	pt->date_off = a->start;
	pt->date_end = pt->end = end;
	return 1;
}

/* Numeric dates: Y-M-D (also / and .), and D/M/Y or M/D/Y by the order;
 * with loose (a weekday before it), day and month alone too. */
int errata__numeric_at(const ctx *c, size_t pos, part *pt, int loose)
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
	if (!errata__number_ends(c, e.end) &&
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
		if (pt->swap && !loose && !errata__weekday_after(c, e.end))
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
	/* A table that writes the year first closes the date with its period
	 * or the day's suffix: "2026.03.12., szerda", "2026.03.12-én" */
	{
		size_t closed;

		if (c->loc->year_first && a.ndigits == 4 &&
		    errata__match_phrase(c, e.end, &c->loc->suffixes, 1, &closed))
			pt->date_end = pt->end = closed;
	}
	return 1;
}

/* "31/septembre/1969", "29-février-2005": day sep month sep year, glued. */
int errata__day_sep_month_at(const ctx *c, size_t pos, part *pt)
{
	errata__tok a, s1, s2, y;
	const word_read *mw;

	tk(c, pos, &a);
	if (a.kind != ERRATA__TOK_NUM || a.ndigits > 2 || a.num < 1 || !date_sep_at(c, a.end))
		return 0;
	tk(c, a.end, &s1);
	if (s1.start != a.end || s1.kind != ERRATA__TOK_PUNCT ||
	    (s1.cp != '/' && s1.cp != '-' && s1.cp != '.'))
		return 0;
	mw = errata__word_at(c, s1.end);
	if (mw->start != s1.end || !mw->w || !mw->w->month)
		return 0;
	tk(c, mw->end, &s2);
	if (s2.start != mw->end || !is_punct(&s2, s1.cp))
		return 0;
	tk(c, s2.end, &y);
	if (y.start != s2.end || !year_ok(&y) || !errata__number_ends(c, y.end))
		return 0;
	pt->d = (int)a.num;
	pt->m = mw->w->month;
	pt->y = (int)y.num;
	pt->flags |= ERRATA_MENTION_YEAR_EXPLICIT;
	pt->date_off = a.start;
	pt->date_end = pt->end = y.end;
	return 1;
}

/*
 * Where a number a closed by a period and then a blank on its line ends
 * ("5. " of "5. 3. 2026"): the position after the period, or 0.
 */
static size_t period_space_after(const ctx *c, const errata__tok *a)
{
	errata__tok s;

	if (a->end >= c->len || c->s[a->end] != '.')
		return 0;
	tk(c, a->end, &s);
	if (!is_punct(&s, '.') || s.end >= c->len || !is_blank(c->s[s.end]) || c->s[s.end] == '\n')
		return 0;
	return s.end;
}

/* Whether a month 1-12 starts at `at` on the same line, closed by a period (into b). */
static int spaced_month_at(const ctx *c, size_t at, errata__tok *b)
{
	tk(c, at, b);
	return b->kind == ERRATA__TOK_NUM && b->ndigits <= 2 && b->num >= 1 && b->num <= 12 &&
	       !has_newline(c, at, b->start) && b->end < c->len && c->s[b->end] == '.';
}

/*
 * "2026. 07. 15." and "2026. 07. 15-én": year, month and day each closed
 * by a period and a space, as Hungarian writes them (a table with
 * year_first); the day closes with its period or one of the table's
 * ordinal_suffixes, as a year-first date does glued ("2026.07.15-én").
 */
static int spaced_year_first_at(const ctx *c, const errata__tok *a, part *pt)
{
	errata__tok b, d;
	size_t p, closed;

	if (a->ndigits != 4 || !year_ok(a) || !(p = period_space_after(c, a)) || !spaced_month_at(c, p, &b) ||
	    !(p = period_space_after(c, &b)))
		return 0;
	tk(c, p, &d);
	if (d.kind != ERRATA__TOK_NUM || d.ndigits > 2 || d.num < 1 || d.num > 39 ||
	    has_newline(c, p, d.start) || !errata__match_phrase(c, d.end, &c->loc->suffixes, 1, &closed))
		return 0;
	part_init(pt);
	pt->y = (int)a->num;
	pt->m = (int)b.num;
	pt->d = (int)d.num;
	pt->flags |= ERRATA_MENTION_NUMERIC | ERRATA_MENTION_YEAR_EXPLICIT;
	pt->date_off = a->start;
	pt->date_end = pt->end = closed;
	return 1;
}

/*
 * "5. 3. 2026", "05. 03. 2026" and, after a weekday, "čtvrtek 5. 3.":
 * day and month each closed by a period and a space on the same line, as
 * tables with numeric_spaced write them. Without a year the date is read
 * only where a weekday names it (loose: one stands before; or one
 * follows). A table with year_first reads its own order there too
 * (spaced_year_first_at()).
 */
int errata__spaced_numeric_at(const ctx *c, size_t pos, part *pt, int loose)
{
	errata__tok a, b, s2;
	const errata__tok *y;
	size_t end;

	tk(c, pos, &a);
	if (c->loc->year_first && a.kind == ERRATA__TOK_NUM && a.ndigits == 4)
		return spaced_year_first_at(c, &a, pt);
	if (!c->loc->numeric_spaced || a.kind != ERRATA__TOK_NUM || a.ndigits > 2 || a.num < 1 ||
	    !(end = period_space_after(c, &a)) || !spaced_month_at(c, end, &b))
		return 0;
	tk(c, b.end, &s2);
	if (!is_punct(&s2, '.') || errata__is_alnum_at(c->s, c->len, s2.end))
		return 0;
	end = s2.end;
	y = tkp(c, end);
	part_init(pt);
	if (year_ok(y) && y->start > end && !has_newline(c, end, y->start) &&
	    errata__number_ends(c, y->end)) {
		pt->y = (int)y->num;
		pt->flags |= ERRATA_MENTION_YEAR_EXPLICIT;
		end = y->end;
	} else if (y->kind == ERRATA__TOK_NUM && !has_newline(c, end, y->start)) {
		return 0; /* "5. 3. 26" or a count after it: not read */
	} else if (!loose && !errata__weekday_after(c, end)) {
		return 0;
	}
	if (!numeric_order(c, a.num, b.num, pt->y, 1, pt) || pt->d > 39 || pt->m > 12)
		return 0;
	pt->flags |= ERRATA_MENTION_NUMERIC;
	pt->date_off = a.start;
	pt->date_end = pt->end = end;
	return 1;
}
