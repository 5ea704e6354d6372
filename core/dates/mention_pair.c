/*
 * mention_pair.c: two dates joined by a range or list word:
 *   mention [,] joiner mention | month day joiner day
 *   [weekday] day joiner [weekday] day month [year]
 *   weekday joiner weekday [,] date joiner day
 * A range joiner makes a range (RANGE_START/RANGE_END, peers); a list
 * joiner ("and") makes two mentions that share month and year.
 */
#include "mention_impl.h"

/* A joiner at pos: PAIR_RANGE or PAIR_LIST, its end in *end. A dash that
 * opens a line is a list marker ("20 h 30\n- Samedi 6 mars"), never a
 * range mark. */
static inline int joiner_at(const ctx *c, size_t pos, size_t *end)
{
	if (errata__match_phrase(c, pos, &c->loc->range, 0, end)) {
		const errata__tok *t = tkp(c, pos);

		if (t->kind == ERRATA__TOK_PUNCT && has_newline(c, pos, t->start))
			return PAIR_NONE;
		return PAIR_RANGE;
	}
	if (errata__match_phrase(c, pos, &c->loc->list, 0, end)) {
		/* "opens Aug. 30 and runs until Sept. 2": a range phrase of two
		 * words or more after the list word ("a 3 e a 5 de maio" is a list) */
		const errata__tok *t = tkp(c, *end);
		size_t first_end = t->end, e;

		if (t->kind == ERRATA__TOK_WORD && errata__match_phrase(c, *end, &c->loc->range, 0, &e) &&
		    e > first_end && !has_newline(c, pos, e)) {
			*end = e;
			return PAIR_RANGE;
		}
		return PAIR_LIST;
	}
	return PAIR_NONE;
}

/* A full second mention at pos: with a weekday, or a date (and its tail). */
static int mention_at(const ctx *c, size_t pos, part *pt)
{
	if (errata__weekday_date(c, pos, pt))
		return 1;
	if (errata__date_at(c, pos, pt)) {
		errata__date_tail(c, pt);
		return 1;
	}
	return 0;
}

/*
 * Where a date that a year opens starts after it, at q: four digits and a
 * period, where the table writes the year first ("2026. január 5-től
 * 2027. július 30-ig"); q when there is none.
 */
static size_t past_year_first(const ctx *c, size_t q)
{
	const errata__tok *t = tkp(c, q), *u;

	if (!c->loc->year_first || t->kind != ERRATA__TOK_NUM || t->end - t->start != 4)
		return q;
	u = tkp(c, t->end);
	return is_punct(u, '.') && u->start == t->end ? u->end : q;
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

/* b: a day alone that continues a's month ("May 4 and 5", "April 29th, 30th"). */
static void continue_month(part *b, const part *a, int d, size_t doff, size_t dend)
{
	part_init(b);
	b->m = a->m;
	b->d = d;
	b->month_first = b->cont = 1;
	b->date_off = doff;
	b->date_end = dend;
}

/* After a complete first mention: [,] joiner (mention | day). */
int errata__continue_pair(const ctx *c, part *a, part *b)
{
	const errata__tok *t;
	size_t p = a->end, q, doff, dend, yend;
	int kind, d, y, comma;

	/* "od 20 czerwca 2026 r. do 12 czerwca", "с 20 июня 2026 года по": the word after a year */
	if (c->loc->year_after.n && a->y && (a->flags & ERRATA_MENTION_YEAR_EXPLICIT) &&
	    errata__match_phrase(c, p, &c->loc->year_after, 0, &q))
		p = q;
	t = tkp(c, p);
	if ((comma = is_punct(t, ',')))
		p = t->end;
	kind = joiner_at(c, p, &q);
	if (comma) {
		/* "April 29th, 30th and 31st": after a comma, a later day alone
		 * goes on with the month when a joiner or another such day
		 * follows it ("Dec. 24, 9-2" is hours: 9 comes before 24) */
		if (!kind && a->month_first && !a->y &&
		    errata__day_at(c, p, 0, &d, &doff, &dend) && d <= 31 && d > a->d) {
			const errata__tok *n = tkp(c, dend);
			int d2;
			size_t o2, e2;

			if (!joiner_at(c, dend, &q) &&
			    !(is_punct(n, ',') && errata__day_at(c, n->end, 0, &d2, &o2, &e2) &&
			      (joiner_at(c, e2, &q) || is_punct(tkp(c, e2), ','))))
				return 0;
			continue_month(b, a, d, doff, dend);
			b->end = dend;
			return PAIR_LIST;
		}
	}
	if (!kind)
		return 0;
	/* "dal 15/11 al 05/11": a range of day and month alone ends with one
	 * (short_numeric_at() read the start only before such an end) */
	if (kind == PAIR_RANGE && (a->flags & ERRATA_MENTION_NUMERIC) && !a->y &&
	    tkp(c, q)->kind == ERRATA__TOK_NUM) {
		part_init(b);
		if (errata__numeric_at(c, q, b, 1) && !b->y) {
			b->end = b->date_end;
			return kind;
		}
	}
	/* "február 6-tól, pénteken, február 22-ig", "október 26-tól,
	 * hétfőtől október 30-ig": where weekdays follow their dates after a
	 * comma, one between a range word written on the start and the end
	 * is the start's */
	if (kind == PAIR_RANGE && c->loc->weekday_after_comma && a->wd < 0 &&
	    is_punct((t = tkp(c, q)), ',')) {
		int wd;
		size_t woff, wend;

		if (errata__weekday_at(c, t->end, &wd, &woff, &wend) &&
		    ((is_punct((t = tkp(c, wend)), ',') && mention_at(c, t->end, b)) ||
		     (t->kind != ERRATA__TOK_PUNCT && mention_at(c, wend, b)))) {
			a->wd = wd;
			a->wd_off = woff;
			a->wd_end = wend;
			share_year(a, b);
			return kind;
		}
	}
	if (!mention_at(c, q, b) && !(past_year_first(c, q) > q && mention_at(c, past_year_first(c, q), b))) {
		if (!a->month_first || !errata__day_at(c, q, 0, &d, &doff, &dend) || d > 31)
			return 0;
		continue_month(b, a, d, doff, dend);
		if (errata__year_at(c, dend, &y, &yend, &b->soft)) {
			b->y = y;
			b->flags |= ERRATA_MENTION_YEAR_EXPLICIT;
			b->date_end = yend;
		} else if (kind == PAIR_LIST) {
			/* "April 30 and 31 people": a list needs more than a
			 * number, unless a word that makes it a range closes it
			 * ("június 5. és 7. között") */
			t = tkp(c, dend);
			if ((t->kind == ERRATA__TOK_WORD || t->kind == ERRATA__TOK_NUM) &&
			    !errata__match_phrase(c, dend, &c->loc->range_close, 0, &yend))
				return 0;
		}
		b->end = b->date_end;
	}
	share_year(a, b);
	return kind;
}

/*
 * "9.–13.6.": after a day closed by a period (ending at p) and a range
 * word or dash, day and month alone closed by a period too, read at q
 * into b.
 */
static int closed_numeric_end(const ctx *c, size_t p, size_t q, part *b)
{
	const errata__tok *t = tkp(c, q);

	if (p == 0 || c->s[p - 1] != '.' || t->kind != ERRATA__TOK_NUM || t->ndigits > 2)
		return 0;
	part_init(b);
	if (!errata__numeric_at(c, q, b, 1) || b->y || c->s[b->date_end - 1] != '.')
		return 0;
	b->end = b->date_end;
	return 1;
}

/* [weekday gap] day joiner [weekday gap] day [words] month [year] */
/*
 * The first day of a pair that took the second's month, later in the
 * month than the second's day ("Samstag, 31., und Sonntag, 1. Februar",
 * "zaterdag 31 op zondag 1 februari"): in the month before when the two
 * weekdays are as many days apart as the dates are then, and not in the
 * same month. (February's length needs the year: without one, a day past
 * the 28th is left as it is.)
 */
static void month_before_by_weekdays(part *a, const part *b)
{
	int pm, y, len, gap_before, gap_same;

	if (a->wd < 0 || b->wd < 0 || a->d <= b->d || b->m < 1 || b->m > 12)
		return;
	pm = b->m == 1 ? 12 : b->m - 1;
	y = a->y ? (b->m == 1 ? a->y - 1 : a->y) : 2001;
	len = errata_date_days_in_month(y, pm);
	if (a->d > len || (pm == 2 && !a->y && a->d > 28))
		return;
	gap_before = len - a->d + b->d;
	gap_same = b->d - a->d; /* negative: the pair would run backwards */
	if ((b->wd - a->wd + 7) % 7 != gap_before % 7 || ((gap_same % 7) + 7) % 7 == gap_before % 7)
		return;
	a->m = pm;
	if (a->y && b->m == 1)
		a->y--;
}

int errata__day_pair(const ctx *c, size_t pos, int weekday, part *a, part *b)
{
	int wd = -1, d, kind;
	size_t woff = 0, wend = 0, p = pos, doff, dend, q, e;

	part_init(a);
	if (weekday) {
		if (!errata__weekday_at(c, p, &wd, &woff, &wend))
			return 0;
		p = errata__weekday_gap(c, wend);
	}
	if (!errata__day_at(c, p, 1, &d, &doff, &dend) || d > 31)
		return 0;
	p = dend;
	/* "Mittwoch, dem 2., und am Donnerstag, dem 5. März": a comma
	 * before the joiner, where a weekday stands before the day */
	if (weekday && is_punct(tkp(c, p), ','))
		p = tkp(c, p)->end;
	if (!(kind = joiner_at(c, p, &q)))
		return 0;
	/* "le lundi 7 et le mardi 10 mars": the word before the second weekday */
	if (weekday && errata__match_phrase(c, q, &c->loc->weekday_lead, 0, &e))
		q = e;
	/* ("28.–3.1." crosses a month: not read) */
	if (!mention_at(c, q, b) ? !closed_numeric_end(c, p, q, b) || b->d <= d :
	                           (b->flags & ERRATA_MENTION_NUMERIC) || b->month_first)
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
	month_before_by_weekdays(a, b);
	return kind;
}

/*
 * The days after a pair of weekdays that ends at e2: date joiner day, or
 * day joiner day month. After forms the table calls ambiguous (lax:
 * "ma–pe 23.–28.11.", "za–zo 4–5 april"), only a range of days right
 * after them. Returns the pair's kind, PAIR_NONE when there is none.
 */
static int days_after_weekdays(const ctx *c, size_t e2, int lax, part *a, part *b)
{
	const errata__tok *t = tkp(c, e2);
	size_t p;
	int kind;

	if (lax)
		return t->start == e2 + 1 && t->kind == ERRATA__TOK_NUM &&
		               errata__day_pair(c, t->start, 0, a, b) == PAIR_RANGE ?
		       PAIR_RANGE :
		       PAIR_NONE;
	p = errata__weekday_gap(c, e2);
	if (errata__date_at(c, p, a) && a->wd < 0)
		kind = errata__continue_pair(c, a, b);
	else
		kind = errata__day_pair(c, p, 0, a, b);
	/* "de lunes a viernes, del 9 al 14 de noviembre": past a short word that opens the days */
	if (!kind && (t = tkp(c, p))->kind == ERRATA__TOK_WORD && !t->upper && t->end - t->start <= 4 &&
	    !has_newline(c, e2, t->start))
		kind = errata__day_pair(c, t->end, 0, a, b);
	return kind;
}

/*
 * The joiner after a weekday that ends at e1, its end in *q; also none
 * at all before another weekday where the words carry the range's ends
 * ("hétfőtől szombatig", "maanantaista perjantaihin"), but not after a
 * form the table calls ambiguous (lax).
 */
static int weekday_joiner_at(const ctx *c, size_t e1, int lax, size_t *q)
{
	int joined = joiner_at(c, e1, q), wd;
	size_t o, e;

	if (joined || lax || !errata__weekday_at(c, e1, &wd, &o, &e) || has_newline(c, e1, o))
		return joined;
	*q = e1;
	return PAIR_RANGE;
}

/* weekday joiner [lead] weekday [gap] (date joiner day | day joiner day month) */
int errata__weekday_pair(const ctx *c, size_t pos, part *a, part *b)
{
	int w1, w2, kind, lax1, lax2, joined;
	size_t o1, e1, o2, e2, q, p;

	if (!errata__weekday_lax_at(c, pos, &w1, &o1, &e1, &lax1) ||
	    !(joined = weekday_joiner_at(c, e1, lax1, &q)))
		return 0;
	/* "no domingo e na segunda-feira, 15 e 16": the word before the second */
	if (!lax1 && errata__match_phrase(c, q, &c->loc->weekday_lead, 0, &p) &&
	    errata__weekday_at(c, p, &w2, &o2, &e2))
		q = p;
	if (!errata__weekday_lax_at(c, q, &w2, &o2, &e2, &lax2) || ((lax1 || lax2) && joined != PAIR_RANGE))
		return 0;
	kind = days_after_weekdays(c, e2, lax1 || lax2, a, b);
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

/*
 * "October 8th-11th, 2026 (Thursday-Sunday)", "június 15–19., hétfőtől
 * szombatig": a pair of weekdays in parentheses or after a comma right
 * after a range names its two ends.
 */
void errata__range_weekdays(const ctx *c, part *a, part *b)
{
	const errata__tok *t = tkp(c, b->end);
	int w1, w2, paren = is_punct(t, '(');
	size_t o1, e1, o2, e2, q;

	if ((!paren && !is_punct(t, ',')) || !errata__weekday_at(c, t->end, &w1, &o1, &e1) ||
	    weekday_joiner_at(c, e1, 0, &q) != PAIR_RANGE || !errata__weekday_at(c, q, &w2, &o2, &e2))
		return;
	t = tkp(c, e2);
	if ((paren && !is_punct(t, ')')) || has_newline(c, b->end, e2))
		return;
	a->wd = w1;
	a->wd_off = o1;
	a->wd_end = e1;
	b->wd = w2;
	b->wd_off = o2;
	b->wd_end = e2;
	b->end = paren ? t->end : e2;
}
