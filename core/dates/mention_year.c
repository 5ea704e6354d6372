/*
 * mention_year.c: years for the dates written without one, from the
 * article's date and the dates written with a year, block by block.
 */
#include "mention_impl.h"

#include <stdlib.h>

#include "calendar_impl.h"
#include "common.h"

/* A date that others are read near, with its day number. */
typedef struct {
	errata_date date;
	long days;
	long in_year;   /* days from January 1 of its year */
} anchor_date;

/* The days from January 1 of year to month/day (month 1..12, day >= 1,
 * counted linearly as errata__date_days() counts): the day number in
 * year 1, which has no February 29, and the leap day of year after
 * February. */
static inline long day_in_year(int year, int month, int day)
{
	return errata__date_days(1, month, day) + (month > 2 && errata__leap(year));
}

static inline anchor_date anchor_at(int year, int month, int day)
{
	anchor_date a;

	a.date.year = year;
	a.date.month = month;
	a.date.day = day;
	a.days = errata__date_days(year, month, day);
	a.in_year = day_in_year(year, month, day);
	return a;
}

/* (every month has 28 days; only February's length changes) */
static inline int exists_every_year(int month, int day)
{
	return day <= 28 || (month != 2 && day <= errata__month_days(1, month));
}

/*
 * The year in anchor.year-1 .. +1 for month/day: the one that puts the
 * date closest to the anchor, or with dir -1 the latest one before it and
 * with dir +1 the earliest one after it ("last Dec. 3", "next Jan. 5").
 * Years in which the date exists are preferred (February 29 near a
 * leap year is read in the leap year); with none, the same rule runs on
 * all three.
 */
#if defined(__GNUC__)
/* Half a year, in days: the farthest a February 29 is read in a leap year. */
#define HALF_YEAR_DAYS 183

__attribute__((noinline)) /* (so that closest_year() stays small enough to inline) */
#endif
static int closest_of_three(const anchor_date *anchor, int month, int day, int dir)
{
	long at = anchor->days;
	int year = anchor->date.year, best = year;
	long first[3]; /* the day number of month/1 in year - 1, year, year + 1 */
	int exists = exists_every_year(month, day); /* (else ask year by year) */

	if (month < 1 || month > 12 || day < 1)
		return year;
	first[0] = errata__date_days(year - 1, month, 1);
	for (int k = 1; k < 3; k++)
		/* a year on from month/1 holds February 29 of the year it crosses */
		first[k] = first[k - 1] + 365 +
		           errata__leap(month <= 2 ? year - 2 + k : year - 1 + k);
	if (exists && !dir && year > 1 && year < 9999) {
		/* the loop below, for the most common case: the nearest of three
		 * (the earliest on a tie) */
		long d0 = first[0] + (day - 1) - at, d1 = first[1] + (day - 1) - at,
		     d2 = first[2] + (day - 1) - at, bd;

		d0 = d0 < 0 ? -d0 : d0;
		d1 = d1 < 0 ? -d1 : d1;
		d2 = d2 < 0 ? -d2 : d2;
		best = year - 1;
		bd = d0;
		if (d1 < bd) {
			best = year;
			bd = d1;
		}
		return d2 < bd ? year + 1 : best;
	}
	for (int pass = 0; pass < 2; pass++) {
		long best_dist = -1;

		for (int y = year - 1; y <= year + 1; y++) {
			long dist;

			if (y < 1 || y > 9999 ||
			    (pass == 0 && !exists && !errata__date_valid(y, month, day)))
				continue;
			dist = first[y - year + 1] + (day - 1) - at;
			if ((dir < 0 && dist >= 0) || (dir > 0 && dist <= 0))
				continue;
			if (dist < 0)
				dist = -dist;
			/* (a February 29 more than half a year away is not the one
			 * meant: "postmarked by February 29" in a February without
			 * one is that month's) */
			if (pass == 0 && !exists && dist > HALF_YEAR_DAYS)
				continue;
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
 * The year closest_of_three() gives. Most dates are told without it:
 * those less than half a year from the anchor in the anchor's year, which
 * is then the nearest (a year either side puts the date 183 days away or
 * more).
 */
static inline int closest_year(const anchor_date *anchor, int month, int day, int dir)
{
	int year = anchor->date.year;

	if (!dir && month >= 1 && month <= 12 && day >= 1 && exists_every_year(month, day) &&
	    year > 1 && year < 9999) {
		long in_year = day_in_year(year, month, day) - anchor->in_year;

		if (in_year >= -182 && in_year <= 182)
			return year;
	}
	return closest_of_three(anchor, month, day, dir);
}

/*
 * Where the last phrase of one word of `list` stands inside the run of
 * Chinese, Japanese or Korean letters [start, end), which runs on into
 * the words after it with no space ("去年的马拉松", "昨年の大会は",
 * "작년에"); 0 when none does.
 */
static size_t wide_phrase_in(const ctx *c, const errata__phrases *list, size_t start, size_t end)
{
	size_t best = 0;

	for (size_t i = 0; i < list->n; i++) {
		const errata__tok *w = &list->v[i].tok[0];
		const char *hit;

		if (list->v[i].n != 1 || w->kind != ERRATA__TOK_WORD || !w->flen ||
		    (unsigned char)w->fold[0] < 0x80)
			continue;
		for (size_t from = start;
		     (hit = errata__memmem(c->s + from, end - from, w->fold, w->flen)) != NULL;
		     from = (size_t)(hit - c->s) + 1)
			if ((size_t)(hit - c->s) + 1 > best)
				best = (size_t)(hit - c->s) + 1;
	}
	return best;
}

/*
 * The year a word of last_year_words, next_year_words or this_year_words
 * inside the wide-script run [start, end) names, counted from year (the
 * last of them in the run); 0 when the run is none or holds none.
 */
static int wide_year_word(const ctx *c, size_t start, size_t end, int year)
{
	uint32_t cp = 0;
	size_t last, next, now;

	if ((unsigned char)c->s[start] < 0x80 ||
	    !errata__utf8_decode((const unsigned char *)c->s + start, end - start, &cp) ||
	    !errata__is_cjk_letter(cp))
		return 0;
	last = wide_phrase_in(c, &c->loc->last_year, start, end);
	next = wide_phrase_in(c, &c->loc->next_year, start, end);
	now = wide_phrase_in(c, &c->loc->this_year, start, end);
	if (last > next && last > now)
		return year - 1;
	if (next > now)
		return year + 1;
	return now ? year : 0;
}

/*
 * The last year named in [s, at): written, or one of the table's
 * last_year_words, next_year_words or this_year_words counted from year
 * (not with paragraph). See sentence_year().
 */
static int year_named_in(const ctx *c, size_t s, size_t at, int year, int paragraph, int names)
{
	int found = 0;
	size_t e;

	for (size_t p = s; p < at;) {
		const errata__tok *t = tkp(c, p);
		/* the token's places and number: t holds only until the next read */
		size_t start = t->start, end = t->end;
		int kind = t->kind;

		if (kind == ERRATA__TOK_END || start >= at)
			break;
		p = end > p ? end : p + 1;
		if (year_ok(t) && errata__number_ends(c, end) && (start == 0 || !is_digit_at(c, start - 1))) {
			int y = (int)tkp(c, start)->num;
			const errata__tok *after = tkp(c, end);

			if ((y - year > 10 || year - y > 10) && after->kind == ERRATA__TOK_WORD && !after->upper &&
			    !errata__match_phrase(c, end, &c->loc->function_words, 0, &e))
				continue;
			if (names && (errata__preceded_by(c, start, &c->loc->year_name) ||
			              errata__match_phrase(c, end, &c->loc->year_name, 0, &e)))
				continue;
			found = y;
		} else if (kind == ERRATA__TOK_WORD && year && !paragraph) {
			if (errata__match_phrase(c, start, &c->loc->last_year, 0, &e)) {
				found = year - 1;
				p = e;
			} else if (errata__match_phrase(c, start, &c->loc->next_year, 0, &e)) {
				found = year + 1;
				p = e;
			} else if (errata__match_phrase(c, start, &c->loc->this_year, 0, &e)) {
				found = year;
				p = e;
			} else {
				int y = wide_year_word(c, start, end < at ? end : at, year);

				found = y ? y : found;
			}
		}
	}
	return found;
}

/* Back from `at` to its sentence's start (a line break, or ". ", "! ", "? "), not past lim. */
static size_t sentence_start(const ctx *c, size_t at, size_t lim)
{
	size_t s = at;

	while (s > lim && c->s[s - 1] != '\n' &&
	       !(s < at && is_blank(c->s[s]) && (c->s[s - 1] == '.' || c->s[s - 1] == '!' || c->s[s - 1] == '?')))
		s--;
	return s;
}

/*
 * The year that the sentence before `at` names: the last year written in
 * it ("In 2025 the final was on Saturday, May 31") or one of the table's
 * last_year_words, next_year_words or this_year_words ("Last year's
 * final, on Saturday, May 31", "This year Christmas falls on Friday,
 * Dec. 25"), counted from `year`, the article's. A number more than ten
 * years away that counts the word after it ("2000 homes") names no year.
 * 0 when the sentence names none. With `paragraph`, the last year written
 * in the paragraph before `at` ("The flood of 2019 began in March. On
 * Thursday, March 14, the river crested"); words such as "last year" do
 * not count there. With `names`, a year that one of the table's
 * year_name_words stands right before or after is part of a name
 * ("fiscal year 2027", "FY2027", "Class of 2027", "the 2027 budget") and
 * names no year either.
 */
static int sentence_year(const ctx *c, size_t at, int year, int paragraph, int names)
{
	size_t s = at, lim = at > 240 ? at - 240 : 0;

	if (paragraph) {
		/* back to a blank line */
		lim = at > 1200 ? at - 1200 : 0;
		while (s > lim && !(c->s[s - 1] == '\n' && s >= 2 && c->s[s - 2] == '\n'))
			s--;
		if (s == lim && s > 0)
			return 0;
	}
	if (!paragraph)
		s = sentence_start(c, at, lim);
	return year_named_in(c, s, at, year, paragraph, names);
}

/*
 * The year the rest of the clause after `from` names, to its end (a line
 * break, a comma, ";", ":", or ". ", "! ", "? "; at most 80 bytes on):
 * "July 14 will be a Monday in 2025", "… tombera un lundi l'an
 * prochain"; not "…, the first ceremony there since 2019". 0 if none.
 */
static int sentence_year_after(const ctx *c, size_t from, int year, int names)
{
	size_t e = from, lim = from + 80 < c->len ? from + 80 : c->len;

	while (e < lim && c->s[e] != '\n' && c->s[e] != ',' && c->s[e] != ';' && c->s[e] != ':' &&
	       !((c->s[e] == '.' || c->s[e] == '!' || c->s[e] == '?') &&
	         (e + 1 >= c->len || is_blank(c->s[e + 1]))))
		e++;
	return year_named_in(c, from, e, year, 0, names);
}

/*
 * The year of month `month` in the school year of the article's date
 * (September to August; from June on, the coming one), when the sentence
 * before `at` holds a word of school_year_words ("A tanév június 18-án,
 * pénteken ér véget" in an article of September 1, 2026 is June 18,
 * 2027); 0 when it holds none.
 */
static int school_year(const ctx *c, size_t at, const errata_date *article, int month)
{
	size_t e;

	if (!c->loc->school_year.n || !article->year)
		return 0;
	for (size_t p = sentence_start(c, at, at > 240 ? at - 240 : 0); p < at;) {
		const errata__tok *t = tkp(c, p);
		size_t start = t->start, end = t->end;

		if (t->kind == ERRATA__TOK_END || start >= at)
			break;
		if (t->kind == ERRATA__TOK_WORD && errata__match_phrase(c, start, &c->loc->school_year, 0, &e))
			return (article->month >= 6 ? article->year : article->year - 1) + (month < 8);
		p = end > p ? end : p + 1;
	}
	return 0;
}

/* Whether the date m->month/m->day of year y falls on the mention's weekday. */
static int weekday_fits(const errata_mention *m, int y)
{
	return y && errata__date_valid(y, m->month, m->day) &&
	       errata__date_weekday(y, m->month, m->day) == m->weekday;
}

/*
 * weekday_fits() of the year inferred for m, asked by several readings
 * in turn: worked out once (*memo: -1 until then; the year does not
 * change while they ask).
 */
static int weekday_fits_own(const errata_mention *m, int *memo)
{
	if (*memo < 0)
		*memo = weekday_fits(m, m->year);
	return *memo;
}

/*
 * A year-less date whose weekday fits its other reading and not the year
 * first inferred is read in that other year ("her 110th birthday on
 * Tuesday, August 17" in a look at the year ahead): the checks that count
 * from a date (ages, anniversaries, holidays) take the year its weekday
 * names, and the first year stays the other reading.
 */
static void read_by_weekday(errata_mention *m, extra *x)
{
	int y = m->year;

	if (m->weekday >= 0 && x->alt && !weekday_fits(m, y) && weekday_fits(m, x->alt)) {
		m->year = x->alt;
		x->alt = y;
	}
}

static int ascii_alnum(char ch)
{
	return (ch >= '0' && ch <= '9') || ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z');
}

/*
 * Where the year y is first written in the text in [from, to), as a word
 * of four digits of its own ("Season 2025", "September 13, 2025"); `to`
 * when it is not.
 */
static size_t year_written_from(const ctx *c, int y, size_t from, size_t to)
{
	char d[5];

	if (y < 1000 || y > 9999)
		return to;
	for (int k = 3; k >= 0; k--, y /= 10)
		d[k] = (char)('0' + y % 10);
	d[4] = '\0';
	/* (looked for by its last digit: the first, a 1 or a 2, starts every
	 * other year and many a day number in a text full of dates) */
	for (size_t i = from + 3; i < to; i++) {
		const char *q = memchr(c->s + i, d[3], to - i);
		size_t at;

		if (!q)
			break;
		i = (size_t)(q - c->s);
		at = i - 3;
		if (memcmp(c->s + at, d, 4) == 0 && (at == 0 || !ascii_alnum(c->s[at - 1])) &&
		    (at + 4 == c->len || !ascii_alnum(c->s[at + 4])))
			return at;
	}
	return to;
}

/* year_written_from() over the whole text, looked for once: *at keeps it (SIZE_MAX: not yet). */
static size_t year_written_first(const ctx *c, int y, size_t *at)
{
	if (*at == SIZE_MAX)
		*at = year_written_from(c, y, 0, c->len);
	return *at;
}

/*
 * Where the year y is first written on its own, in none of the mentions
 * ("2025 ble et år med store åpninger", not "Published Friday, November
 * 27, 2026"), looked for once: *at keeps it (SIZE_MAX: not yet; c->len:
 * nowhere).
 */
static size_t year_alone_first(const ctx *c, const errata_mentions *ms, int y, size_t *at)
{
	size_t k = 0, q;

	if (*at != SIZE_MAX)
		return *at;
	for (q = year_written_from(c, y, 0, c->len); q < c->len; q = year_written_from(c, y, q + 4, c->len)) {
		while (k < ms->n && ms->v[k].offset + ms->v[k].length <= q)
			k++;
		if (k == ms->n || ms->v[k].offset > q)
			break;
	}
	*at = q;
	return q;
}

/* How much nearer to its anchor (in days) a year-less date's year must
 * put it than the year on the anchor's other side for that one to be no
 * plausible reading. */
#define HALFWAY_DAYS 10

/* How far from the article's date (in days) a year-less date read in
 * another year must lie for the article's own year to be a reading too. */
#define OWN_YEAR_DAYS 90

/* How near to the article's date (in days) a year-less date must lie in
 * its inferred year for a year in a name in its sentence not to be read
 * as its year. */
#define NAME_NEAR_DAYS 62

/* How far before the article's date (in days) a year-less date after a
 * future verb must lie for the year after to be a reading. */
#define FUTURE_BACK_DAYS 31

/*
 * Years for the dates written without one. A written date (one with its
 * year) anchors the year-less dates after it within its own block (see
 * errata__block_break(): a paragraph, a list item, a table row); a date in
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
void errata__mentions_infer_years(const ctx *c, errata_mentions *ms, const errata_date *article)
{
	anchor_date dated = { { 0, 0, 0 }, 0, 0 }, local = { { 0, 0, 0 }, 0, 0 }, global;
	int have_local = 0, global_text = 0;
	size_t local_end = 0, scanned = 0, global_end = 0;
	/* the list the last year-less date stood in, and its lead-in's year */
	size_t list_from = 1, list_to = 0, lead_start = 0;
	int lead_year = 0, list_year = 0, list_month = 0, season = 0;
	/* where the year before the article's is first written (looked for once, when first asked) */
	size_t last_year_at = SIZE_MAX, next_year_at = SIZE_MAX;
	/* and where the article's own year is */
	size_t own_year_at = SIZE_MAX;

	if (article && article->year >= 1 && article->year <= 9999) {
		if (errata__date_valid(article->year, article->month, article->day))
			dated = anchor_at(article->year, article->month, article->day);
		else
			dated = anchor_at(article->year, 7, 1);
	}
	global = dated;
	ms->headline_year = errata__headline_year(c);
	for (size_t i = 0; i < ms->n; i++) {
		errata_mention *m = &ms->v[i];
		extra *x = &ms->x[i];
		long other = x->pair;
		const anchor_date *from;
		int text_anchor, history, fits_own;

		/* the written date's block ends at the next block break */
		if (have_local) {
			size_t at = scanned > local_end ? scanned : local_end;

			if (at < m->offset && errata__block_break(c, at, m->offset))
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
			if (errata__date_valid(m->year, m->month, m->day)) {
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
			read_by_weekday(m, x);
			continue;
		}
		/*
		 * A list led in by a line that names a year ("Sluitingsdagen 2017
		 * op een rijtje:", "## Closing days 2017") is in that year: its
		 * year-less dates take it, rolling into the next year where the
		 * months go back (a list in order past December).
		 */
		if (!have_local && !(m->offset >= list_from && m->offset < list_to)) {
			errata__lead_in(c, m->offset, &lead_year, &season, &lead_start, &list_from, &list_to);
			/* a lead-in that holds a written date is that date's block */
			for (size_t k = i; lead_year && k-- > 0 && ms->v[k].offset >= lead_start;)
				if (ms->v[k].offset < list_from &&
				    (ms->v[k].flags & ERRATA_MENTION_YEAR_EXPLICIT))
					lead_year = 0;
			list_year = lead_year;
			list_month = 0;
		}
		if (!have_local && lead_year) {
			/* (past December: a month half a year or more back; a
			 * date a few months back is a note out of order, "ticket
			 * sales: 2/20" below April's dates) */
			if (list_month - m->month >= 6)
				list_year++;
			list_month = m->month;
			/* a season's list stays in its two years, either of which
			 * a date may be in: a school year's list may begin in June */
			if (season && list_year > lead_year + 1)
				list_year = lead_year + 1;
			m->year = list_year;
			m->flags |= ERRATA_MENTION_YEAR_INFERRED;
			x->swap_year = list_year;
			if (season)
				x->alt = list_year == lead_year ? lead_year + 1 : lead_year;
			read_by_weekday(m, x);
			continue;
		}
		/* "...era stato domenica 1 giugno 1986. Il picco è atteso domenica
		 * 29 dicembre": after a future verb in its sentence, a written date
		 * before the article's is no anchor, nor is the date before it */
		history = have_local && dated.date.year && local.days < dated.days &&
		          errata__future_verb_before(c, m->offset);
		if (have_local && !history) {
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
		fits_own = -1;
		if (x->swap)
			x->swap_year = closest_year(from, m->day, m->month, x->dir);
		if (text_anchor && dated.date.year) {
			/* (the same anchor gives the same year) */
			x->alt = from->days == dated.days ? m->year
			                                  : closest_year(&dated, m->month, m->day, x->dir);
			if (x->alt == m->year)
				x->alt = 0;
			x->alt_first = x->alt && (!have_local || history) &&
			               errata__crosses_paragraph(c, global_end, m->offset);
		}
		/* A date far enough from its anchor may as well be in the year on
		 * the anchor's other side ("Am Samstag (2.1.)" in a story of 2020
		 * known only by its year): both readings are plausible. Outside a
		 * written date's block the distance is the article date's, not
		 * that of another date of its year written further up. */
		if (!x->alt && !x->dir && m->month >= 1 && m->month <= 12 && m->day >= 1 &&
		    m->year > 1 && m->year < 9999) {
			const anchor_date *near = (!have_local || history) && dated.date.year ? &dated : from;
			long first = errata__date_days(m->year, m->month, 1);
			long dist = first + (m->day - 1) - near->days;
			int oyear = m->year + (dist > 0 ? -1 : 1);
			/* month/1 a year on or back: 365 days and February 29 of the
			 * year crossed, if it has one */
			int crossed = m->month <= 2 ? (oyear < m->year ? oyear : m->year)
			                            : (oyear < m->year ? m->year : oyear);
			long span = 365 + errata__leap(crossed);
			long odist = first + (oyear < m->year ? -span : span) + (m->day - 1) - near->days;

			if (dist < 0)
				dist = -dist;
			if (odist < 0)
				odist = -odist;
			if (odist - dist <= HALFWAY_DAYS)
				x->alt = oyear;
		}
		/* A date read in another year than the article's, and far from
		 * its date, may be one of the article's own year, as the
		 * newsroom styles that write a year only outside the current
		 * one mean it ("Thanksgiving is Thursday, November 26" in an
		 * article of March 2026) */
		if (!x->alt && !x->dir && dated.date.year && m->year != dated.date.year &&
		    m->month >= 1 && m->month <= 12 && m->day >= 1 && !(have_local && !history) &&
		    errata__date_valid(dated.date.year, m->month, m->day) &&
		    labs(errata__date_days(m->year, m->month, m->day) - dated.days) > OWN_YEAR_DAYS)
			x->alt = dated.date.year;
		/* "Friday, Dec. 25, and Friday, Jan. 1": a date next to another
		 * one in the same paragraph may be read in the year closest to it
		 * (the paragraph is asked about last: that year is most often
		 * the date's own) */
		if (!x->alt && !history && i > 0 && ms->v[i - 1].year &&
		    errata__date_valid(ms->v[i - 1].year, ms->v[i - 1].month, ms->v[i - 1].day)) {
			const errata_mention *pm = &ms->v[i - 1];
			int py = pm->year, pa = ms->x[i - 1].alt, near_year;
			anchor_date near;

			/* the reading of the date before that its weekday fits: a list
			 * in order goes on from there ("Sunday (January 3)" of the
			 * next year, then "Thursday (January 14)") */
			if (pm->weekday >= 0 && pa && errata__date_valid(pa, pm->month, pm->day) &&
			    errata__date_weekday(py, pm->month, pm->day) != pm->weekday &&
			    errata__date_weekday(pa, pm->month, pm->day) == pm->weekday)
				py = pa;
			near = anchor_at(py, pm->month, pm->day);
			near_year = closest_year(&near, m->month, m->day, x->dir);
			if (near_year != m->year && !errata__crosses_paragraph(c, pm->offset, m->offset))
				x->alt = near_year;
		}
		/* A date later than the article's in its year, in an article that
		 * names the year before further up ("Season review: … lost on
		 * Saturday, September 13, 2025. … the appointment on Monday,
		 * October 6", "The weather in 2025: … from Sunday 19 January"),
		 * may be that year's, a look back: not after a future verb */
		if (!x->alt && !x->dir && !history && dated.date.year && m->year == dated.date.year &&
		    m->month >= 1 && m->month <= 12 && m->day >= 1 &&
		    errata__date_valid(m->year - 1, m->month, m->day) &&
		    errata__date_days(m->year, m->month, m->day) > dated.days &&
		    (m->weekday < 0 || (!weekday_fits_own(m, &fits_own) && weekday_fits(m, m->year - 1))) &&
		    year_written_first(c, m->year - 1, &last_year_at) < m->offset &&
		    !errata__future_verb_before(c, m->offset))
			x->alt = m->year - 1;
		/* A date later than the article's, its weekday fitting only the
		 * year before, after a past verb in its sentence ("The coldest
		 * night was Friday, January 10" in a review dated December 31,
		 * 2025), is that year's: the verb says it is past */
		if (!x->alt && !x->dir && dated.date.year && m->weekday >= 0 && m->month >= 1 &&
		    m->month <= 12 && m->day >= 1 && errata__date_days(m->year, m->month, m->day) > dated.days &&
		    !weekday_fits_own(m, &fits_own) && weekday_fits(m, m->year - 1) &&
		    errata__date_days(m->year - 1, m->month, m->day) <= dated.days &&
		    errata__past_verb_before(c, m->offset))
			x->alt = m->year - 1;
		/* A date earlier than the article's in its year, in an article
		 * that writes the year after further up (a date of next May in a
		 * look at the coming season), may be that year's, when a verb in
		 * the future stands before it in its sentence and its weekday
		 * fits that year and not its own ("La final se disputará el
		 * sábado 29 de mayo" in July): the mirror of the look back. A
		 * date less than a month back is more likely a slip in the day
		 * ("will hold the debate on Tuesday, December 16" on December
		 * 21) than a date a year on */
		if (!x->alt && !x->dir && !history && dated.date.year && m->year == dated.date.year &&
		    m->weekday >= 0 && m->month >= 1 && m->month <= 12 && m->day >= 1 &&
		    errata__date_days(m->year, m->month, m->day) < dated.days - FUTURE_BACK_DAYS &&
		    !weekday_fits_own(m, &fits_own) && weekday_fits(m, m->year + 1) &&
		    year_written_first(c, m->year + 1, &next_year_at) < m->offset &&
		    errata__future_tense_before(c, m->offset))
			x->alt = m->year + 1;
		/* A date read in another year than the article's, its weekday
		 * fitting the article's year and not its own, in a text that
		 * writes the article's year further up on its own (in no date:
		 * a byline's is none), is that year's, not after a future verb
		 * when that puts it before the article's date: a look back at
		 * the year in late December ("2025 ble et år … Nyttårsdag,
		 * onsdag 1. januar"), or ahead in early January ("2026 har bara
		 * börjat … lördag 31 oktober") */
		if (!x->alt && !x->dir && dated.date.year && m->year != dated.date.year && m->weekday >= 0 &&
		    !(have_local && !history) &&
		    !weekday_fits_own(m, &fits_own) && weekday_fits(m, dated.date.year) &&
		    (errata__date_days(dated.date.year, m->month, m->day) > dated.days ||
		     !errata__future_verb_before(c, m->offset)) &&
		    year_alone_first(c, ms, dated.date.year, &own_year_at) < m->offset)
			x->alt = dated.date.year;
		/* a year the sentence names is a reading too, when the weekday
		 * fits it and neither reading already found; a year in a name
		 * ("Fiscal year 2027 begins Friday, Oct. 1") is none when the
		 * date lies within NAME_NEAR_DAYS of the article's */
		if (m->weekday >= 0 && !x->alt_first && !weekday_fits_own(m, &fits_own) &&
		    !weekday_fits(m, x->alt)) {
			int names = dated.date.year && c->loc->year_name.n && m->month >= 1 && m->month <= 12 &&
			            m->day >= 1 && labs(errata__date_days(m->year, m->month, m->day) - dated.days) <= NAME_NEAR_DAYS;
			int year = dated.date.year ? dated.date.year : m->year, season_head;
			int sy = sentence_year(c, m->offset, year, 0, names);
			/* (not a year that puts it before the article's date after a
			 * future verb: "… landed on 20 July 1969, and the museum
			 * will hold a lecture on Tuesday, July 29") */
			int bygone = dated.date.year && errata__date_valid(sy, m->month, m->day) &&
			             errata__date_days(sy, m->month, m->day) < dated.days &&
			             errata__future_verb_before(c, m->offset);

			if (sy != m->year && weekday_fits(m, sy) && !bygone)
				x->alt = sy;
			/* or the year the rest of its clause names ("July 14
			 * will be a Monday in 2025", "… next year") */
			else if ((sy = sentence_year_after(c, m->offset + m->length, year, names)) &&
			         sy != m->year && weekday_fits(m, sy))
				x->alt = sy;
			/* or, failing that, the year of the heading above it ("#
			 * 2026: the year in review"), either year of the season it
			 * names ("Skoleåret 2026/2027": "mandag 22. februar" is
			 * 2027's) */
			else if (!weekday_fits(m, sy) && (sy = errata__heading_year(c, m->offset, &season_head)) &&
			         (sy = sy + (season_head && !weekday_fits(m, sy))) != m->year && weekday_fits(m, sy))
				x->alt = sy;
			/* or, failing that, the school year a word of its
			 * sentence names */
			else if ((sy = school_year(c, m->offset, &dated.date, m->month)) && sy != m->year &&
			         weekday_fits(m, sy))
				x->alt = sy;
			/* or, failing that, the last year written earlier in its
			 * paragraph ("The flood of 2019 began in March. On Thursday,
			 * March 14, the river crested"), not one that puts it before
			 * the article's date after a future verb ("The scheme ran
			 * until 2020. A hearing will take place on Thursday 24
			 * September") */
			else if ((sy = sentence_year(c, m->offset, year, 1, names)) &&
			         sy != m->year && weekday_fits(m, sy) &&
			         !(dated.date.year && errata__date_days(sy, m->month, m->day) < dated.days &&
			           errata__future_verb_before(c, m->offset)))
				x->alt = sy;
			/* or, failing that, when the date took its year from a date
			 * of history, the article's own year, the one a date written
			 * without a year is most often in ("The tower opened on
			 * December 23, 1958. … The light show is on Monday, December
			 * 23" in an article of April 2024; a year either side of the
			 * article's is a reading of its own, "Tuesday, Dec. 31" in
			 * January) */
			else if (dated.date.year && abs(m->year - dated.date.year) > 1 &&
			         weekday_fits(m, dated.date.year))
				x->alt = dated.date.year;
		}
		read_by_weekday(m, x);
	}
}
