/*
 * core/checks/range.c: date.range, a date range that cannot be right:
 * its end is before its start ("from March 5 to March 2"), or the
 * weekdays written beside it span a different number of days than its
 * dates ("Monday–Wednesday, March 2–5").
 *
 * Ranges come from the mention extractor (a start and its end peer). A
 * range crossing into the next year ("December 28 to January 3") whose
 * years were inferred is read across the new year, not flagged, unless
 * that makes it near a whole year (crossing_too_long()). Weekday
 * spans are only compared for ranges of a week or less whose weekdays form
 * a range of their own before or after the dates; weekdays attached to each date
 * ("from Tuesday, January 6, to Thursday, January 8") are the weekday
 * check's business. Two numbers alone that end before they start, with
 * no month written at either end, are a score or a tally that a list
 * joined to a date before them ("won 6-2 on May 12 and 11-4 on May 13"),
 * not a range.
 */
#include <stdio.h>
#include <string.h>

#include "checks/check.h"
#include "checks/dating.h"
#include "checks/words.h"
#include "common.h"
#include "dates/mention.h"

static int report_reversed(const errata_check_ctx *ctx, const errata_mention *a,
                           const errata_mention *b)
{
	static const char *const names[] = { "start", "end" };
	errata_buf msg = ERRATA_BUF_INIT, d1 = ERRATA_BUF_INIT, d2 = ERRATA_BUF_INIT;
	const char *values[2];
	int error;

	error = errata__check_date(ctx, &d1, a->year, a->month, a->day, b->year != a->year);
	if (!error)
		error = errata__check_date(ctx, &d2, b->year, b->month, b->day, b->year != a->year);
	values[0] = d1.ptr;
	values[1] = d2.ptr;
	if (!error)
		error = errata__check_message(ctx, "range_reversed",
		                              "the range ends on {end}, before it starts on {start}",
		                              &msg, names, values, 2);
	if (!error)
		error = errata__check_report(ctx, a->offset, b->offset + b->length - a->offset,
		                             msg.ptr, NULL, 0);
	else
		error = errata__oom();
	errata_buf_dispose(&msg);
	errata_buf_dispose(&d1);
	errata_buf_dispose(&d2);
	return error;
}

static int report_weekdays(const errata_check_ctx *ctx, size_t at, int ws, int we,
                           long wdays, const errata_mention *a,
                           const errata_mention *b, long ddays)
{
	static const char *const names[] = { "from", "to", "weekday_days", "start", "end", "days" };
	errata_buf msg = ERRATA_BUF_INIT, d1 = ERRATA_BUF_INIT, d2 = ERRATA_BUF_INIT;
	char n1[24], n2[24];
	const char *w1 = errata__check_weekday_name(ctx, ws);
	const char *w2 = errata__check_weekday_name(ctx, we);
	const char *values[6];
	int error;

	error = errata__check_date(ctx, &d1, a->year, a->month, a->day, 0);
	if (!error)
		error = errata__check_date(ctx, &d2, b->year, b->month, b->day, 0);
	values[0] = w1 ? w1 : "?";
	values[1] = w2 ? w2 : "?";
	values[2] = errata__decimal_text(n1, sizeof(n1), wdays);
	values[3] = d1.ptr;
	values[4] = d2.ptr;
	values[5] = errata__decimal_text(n2, sizeof(n2), ddays);
	if (!error)
		error = errata__check_message(ctx, "range_weekdays",
		                              "{from} to {to} is {weekday_days} days, but {start} to "
		                              "{end} is {days} days",
		                              &msg, names, values, 6);
	if (!error)
		error = errata__check_report(ctx, at, b->offset + b->length - at, msg.ptr, NULL, 0);
	else
		error = errata__oom();
	errata_buf_dispose(&msg);
	errata_buf_dispose(&d1);
	errata_buf_dispose(&d2);
	return error;
}

/*
 * Whether the mention m is the count of a length rather than a day: its
 * digits are followed at once by one of the locale's compound_units
 * ("3日間" in "3月10日から3日間", "3일간"), which the date reader takes
 * for the end of a range.
 */
static int is_length(const errata__words *w, const char *p, size_t len, const errata_mention *m)
{
	size_t k = m->offset;

	if (!w || !w->compound_units.count)
		return 0;
	while (k < len && k < m->offset + m->length && p[k] >= '0' && p[k] <= '9')
		k++;
	return k > m->offset && errata__words_match(&w->compound_units, p, len, k, NULL) > 0;
}

/*
 * Whether the mention's date part holds its year in four digits, or the
 * year and its period stand right before it ("2026. január 5.").
 */
static int year_written(const char *p, const errata_mention *m)
{
	char digits[8], wide[12];
	int n = snprintf(digits, sizeof(digits), "%04d", m->year);
	const char *s = p + m->date_offset, *end = s + m->date_length;

	if (m->date_offset >= 6 && !memcmp(s - 6, digits, 4) && s[-2] == '.' && s[-1] == ' ')
		return 1;
	/* the same digits full-width ("２００６年"): U+FF10 to U+FF19 */
	for (int k = 0; k < 4; k++) {
		wide[3 * k] = (char)0xef;
		wide[3 * k + 1] = (char)0xbc;
		wide[3 * k + 2] = (char)(0x90 + digits[k] - '0');
	}
	for (; n == 4 && s + 4 <= end; s++) {
		if (!memcmp(s, digits, 4) && (s == p + m->date_offset || s[-1] < '0' || s[-1] > '9'))
			return 1;
		if (s + 12 <= end && !memcmp(s, wide, 12))
			return 1;
	}
	return 0;
}

/*
 * A range read across the new year because its months go back, with one
 * year written for both ends or none: "14 February – 10 January 2027",
 * "2024年12月14日～11月30日". Across a new year it would run more than
 * CROSSING_DAYS, near a whole year, and no listing runs that long with
 * its first year unwritten: a month or the ends are mistyped. A season
 * or a school year stays within it ("August 16 – May 24, 2026"); a
 * period from a month's first day to a month's last ("1 September – 31
 * July", "April 1 – March 31") is a year of accounts or teaching.
 */
enum { CROSSING_DAYS = 300 };

static int crossing_too_long(const char *p, const errata_mention *a, const errata_mention *b,
                             long ds, long de)
{
	if (b->year != a->year + 1 || de - ds <= CROSSING_DAYS)
		return 0;
	if (year_written(p, a) && year_written(p, b))
		return 0;
	return !(a->day == 1 && b->day == errata_date_days_in_month(b->year, b->month));
}

/*
 * "från lördag den 21:a till söndagen den 9 augusti": a start that goes
 * past its end in the end's month, where its weekday does not fall, took
 * a month it was not written in; the weekday check judges its weekday.
 */
static int month_borrowed(const errata_mention *a, const errata_mention *b)
{
	return a->weekday >= 0 && a->month == b->month && a->day > b->day &&
	       errata_date_weekday(a->year, a->month, a->day) != a->weekday;
}

/* The word that ends before `at`, past blanks: its start, or `at` when none does. */
static size_t word_ending_before(const char *p, size_t len, size_t at)
{
	while (at > 0 && (p[at - 1] == ' ' || p[at - 1] == '\t' || p[at - 1] == '\n'))
		at--;
	return errata__word_start_back(p, len, at, 0);
}

/*
 * Whether a word of shift_words stands before the range that starts at
 * `at`, past one word of span_links ("was moved from Saturday the 26th
 * to Thursday the 24th", "le match est avancé du samedi 26 au jeudi
 * 24"): the two dates are the one the event left and the one it moved
 * to, which may come first.
 */
static int shifted(const errata__words *w, const char *p, size_t len, size_t at)
{
	size_t ws = word_ending_before(p, len, at), n;

	if (!w || !w->shift_words.count || ws == at)
		return 0;
	if ((n = errata__words_match(&w->span_links, p, len, ws, NULL)) > 0 && ws + n <= at) {
		at = ws;
		if ((ws = word_ending_before(p, len, at)) == at)
			return 0;
	}
	n = errata__words_match(&w->shift_words, p, len, ws, NULL);
	return n > 0 && ws + n <= at;
}

/* The first reading of the day mention d that falls on its weekday, as days; 0 when none does. */
static int fitting_reading(const errata__day_mention *d, int k0, long *days)
{
	for (int k = k0; k < d->n; k++)
		if (errata_date_weekday(d->reading[k].year, d->reading[k].month, d->reading[k].day) ==
		    d->weekday) {
			*days = errata_date_to_days(d->reading[k].year, d->reading[k].month, d->reading[k].day);
			return k + 1;
		}
	return 0;
}

/*
 * Two weekdays with a day and no month joined as a range ("26일(토)부터
 * 24일(목)까지", "26日（土）から24日（木）まで"): reversed when every
 * reading of the end that falls on its weekday comes before every
 * reading of the start that falls on its own, and the end's day in the
 * month after the start's does not fall on its weekday either ("30일(수)부터
 * 2일(금)까지" runs into the next month). A day whose weekday fits none of
 * its readings is the weekday check's.
 */
static int day_ranges(const errata_check_ctx *ctx, const errata__words *w)
{
	size_t n = errata__mentions_day_count(ctx->mentions);
	int error = 0;

	for (size_t i = 0; i + 1 < n && !error; i++) {
		const errata__day_mention *a = errata__mentions_day_get(ctx->mentions, i);
		const errata__day_mention *b = errata__mentions_day_get(ctx->mentions, i + 1);
		long ra, rb, earliest_a = 0;
		int ka = 0, kb = 0, fa = -1, fb = -1, reversed = 1;
		errata_mention sa, sb;

		if (!a->n || !b->n || b->day >= a->day || b->offset < a->offset + a->length ||
		    !errata__range_word_between(ctx->locale, ctx->prose, a->offset + a->length, b->offset) ||
		    shifted(w, ctx->prose, ctx->prose_len, a->offset))
			continue;
		while (reversed && (ka = fitting_reading(a, ka, &ra)) != 0) {
			fa = fa < 0 ? ka - 1 : fa;
			earliest_a = fa == ka - 1 || ra < earliest_a ? ra : earliest_a;
			{
				const errata_date *r = &a->reading[ka - 1];
				int y = r->year + (r->month == 12), mo = r->month % 12 + 1;

				/* the end in the start's next month */
				if (errata_date_valid(y, mo, b->day) && errata_date_weekday(y, mo, b->day) == b->weekday)
					reversed = 0;
			}
		}
		for (kb = 0; reversed && (kb = fitting_reading(b, kb, &rb)) != 0;) {
			fb = fb < 0 ? kb - 1 : fb;
			if (rb >= earliest_a)
				reversed = 0;
		}
		if (!reversed || fa < 0 || fb < 0)
			continue;
		memset(&sa, 0, sizeof(sa));
		memset(&sb, 0, sizeof(sb));
		sa.offset = a->offset;
		sa.year = a->reading[fa].year;
		sa.month = a->reading[fa].month;
		sa.day = a->reading[fa].day;
		sb.offset = b->offset;
		sb.length = b->length;
		sb.year = b->reading[fb].year;
		sb.month = b->reading[fb].month;
		sb.day = b->reading[fb].day;
		error = report_reversed(ctx, &sa, &sb);
	}
	return error;
}

static int range_run(const errata_check_ctx *ctx)
{
	size_t count;
	const errata_mention *all = errata__mentions_all(ctx->mentions, &count);
	const errata__words *w = NULL;
	int error = 0;

	if ((count || errata__mentions_day_count(ctx->mentions)) &&
	    (error = errata__check_words(ctx, &w)) < 0)
		return error;

	for (size_t i = 0; i < count && !error; i++) {
		const errata_mention *a = &all[i], *b;
		long ds, de;

		if (!(a->flags & ERRATA_MENTION_RANGE_START) || a->peer <= (long)i ||
		    (size_t)a->peer >= count)
			continue;
		b = errata_mentions_get(ctx->mentions, (size_t)a->peer);
		if (!errata__mention_days(a, &ds) || !errata__mention_days(b, &de) || month_borrowed(a, b))
			continue;
		if (crossing_too_long(ctx->prose, a, b, ds, de)) {
			/* both ends in the year written, or the start's */
			errata_mention sa = *a, sb = *b;

			if (year_written(ctx->prose, b))
				sa.year = b->year;
			else
				sb.year = a->year;
			error = report_reversed(ctx, &sa, &sb);
			continue;
		}
		if (de < ds) {
			if (is_length(w, ctx->prose, ctx->prose_len, b))
				continue;
			/* "11-4" after "on May 12 and": a score, not a range; "moved
			 * from May 5 to May 2": a date left and the one moved to */
			if (errata__score_pair(ctx->mentions, ctx->prose, ctx->prose_len, i) ||
			    shifted(w, ctx->prose, ctx->prose_len, a->offset))
				continue;

			/* an inferred year may belong across the new year */
			if (!(b->flags & ERRATA_MENTION_YEAR_EXPLICIT) &&
			    errata_date_valid(b->year + 1, b->month, b->day) &&
			    errata_date_to_days(b->year + 1, b->month, b->day) - ds <= 62)
				continue;
			if (!(a->flags & ERRATA_MENTION_YEAR_EXPLICIT) && a->year > 1 &&
			    errata_date_valid(a->year - 1, a->month, a->day) &&
			    de - errata_date_to_days(a->year - 1, a->month, a->day) <= 62)
				continue;
			error = report_reversed(ctx, a, b);
			continue;
		}
		/*
		 * Weekdays written as a range of their own ("Monday–Wednesday,
		 * March 2–5", "június 15–19., hétfőtől szombatig"): the end's
		 * weekday stands before the start's date, or the start's after
		 * the end's date.
		 */
		if (a->weekday < 0 || b->weekday < 0 ||
		    (b->weekday_offset >= a->date_offset && a->weekday_offset <= b->date_offset) ||
		    de - ds > 6)
			continue;
		{
			long wdays = (b->weekday - a->weekday + 7) % 7 + 1, ddays = de - ds + 1;

			if (wdays != ddays)
				error = report_weekdays(ctx, a->offset, a->weekday, b->weekday, wdays,
				                        a, b, ddays);
		}
	}
	return error ? error : day_ranges(ctx, w);
}

const errata_check errata__check_range = {
	"date.range", ERRATA_SEVERITY_ERROR,
	"a date range that ends before it starts, or whose weekdays and dates differ in length",
	NULL, range_run, 0
};
