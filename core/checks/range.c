/*
 * core/checks/range.c: date.range, a date range that cannot be right:
 * its end is before its start ("from March 5 to March 2"), or the
 * weekdays written beside it span a different number of days than its
 * dates ("Monday–Wednesday, March 2–5").
 *
 * Ranges come from the mention extractor (a start and its end peer). A
 * range crossing into the next year ("December 28 to January 3") whose
 * years were inferred is read across the new year, not flagged. Weekday
 * spans are only compared for ranges of a week or less, written with the
 * weekdays detached from the dates; weekdays attached to each date are
 * the weekday check's business.
 */
#include <string.h>

#include "checks/check.h"
#include "checks/words.h"
#include "common.h"

/* A weekday name (the locale's first spelling) ending exactly at e; -1 if none. */
static int weekday_ending_at(const errata_locale *loc, const char *p, size_t len,
                             size_t e, size_t *start)
{
	for (int k = 0; k < 7; k++) {
		const char *name = errata_locale_weekday_name(loc, k);
		size_t n = name ? strlen(name) : 0;

		if (!n || n > e)
			continue;
		if (errata__strncasecmp_ascii(p + e - n, name, n) != 0)
			continue;
		if (!errata__word_start(p, len, e - n))
			continue;
		*start = e - n;
		return k;
	}
	return -1;
}

/* Skip back over spaces from e. */
static size_t back_space(const char *p, size_t e)
{
	while (e > 0 && (p[e - 1] == ' ' || p[e - 1] == '\t'))
		e--;
	return e;
}

/* A dash ending at e (hyphen, en dash, em dash, slash); its start, or e if none. */
static size_t dash_ending_at(const char *p, size_t e)
{
	if (e >= 1 && (p[e - 1] == '-' || p[e - 1] == '/'))
		return e - 1;
	if (e >= 3 && (unsigned char)p[e - 3] == 0xe2 && (unsigned char)p[e - 2] == 0x80 &&
	    ((unsigned char)p[e - 1] == 0x93 || (unsigned char)p[e - 1] == 0x94))
		return e - 3;
	return e;
}

/*
 * Weekdays written as a range before the start mention: "Monday–Wednesday,
 * March 2–5" (neither attached) or "Monday–Wednesday March 2" where the
 * extractor attached the second weekday to the date. Returns 1 and the
 * two weekdays and where the weekday range starts.
 */
static int weekday_range(const errata_check_ctx *ctx, const errata_mention *m,
                         int *ws, int *we, size_t *at)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, e, s, d;

	if (m->weekday >= 0) {
		*we = m->weekday;
		e = back_space(p, m->weekday_offset);
	} else {
		e = back_space(p, m->offset);
		if (e > 0 && p[e - 1] == ',')
			e = back_space(p, e - 1);
		if ((*we = weekday_ending_at(ctx->locale, p, len, e, &s)) < 0)
			return 0;
		e = back_space(p, s);
	}
	d = dash_ending_at(p, e);
	if (d == e)
		return 0;
	e = back_space(p, d);
	if ((*ws = weekday_ending_at(ctx->locale, p, len, e, &s)) < 0)
		return 0;
	*at = s;
	return 1;
}

static int report_reversed(const errata_check_ctx *ctx, const errata_mention *a,
                           const errata_mention *b)
{
	errata_buf msg = ERRATA_BUF_INIT;
	int error;

	error = errata_buf_puts(&msg, "the range ends on ");
	if (!error)
		error = errata__format_date(&msg, ctx->locale, b->year, b->month, b->day,
		                            b->year != a->year);
	if (!error)
		error = errata_buf_puts(&msg, ", before it starts on ");
	if (!error)
		error = errata__format_date(&msg, ctx->locale, a->year, a->month, a->day,
		                            b->year != a->year);
	if (!error)
		error = errata__check_report(ctx, a->offset, b->offset + b->length - a->offset,
		                             msg.ptr, NULL, 0);
	else
		error = errata__oom();
	errata_buf_dispose(&msg);
	return error;
}

static int report_weekdays(const errata_check_ctx *ctx, size_t at, int ws, int we,
                           long wdays, const errata_mention *a,
                           const errata_mention *b, long ddays)
{
	errata_buf msg = ERRATA_BUF_INIT;
	const char *n1 = errata_locale_weekday_name(ctx->locale, ws);
	const char *n2 = errata_locale_weekday_name(ctx->locale, we);
	int error;

	error = errata_buf_printf(&msg, "%s to %s is %ld days, but ", n1 ? n1 : "?",
	                          n2 ? n2 : "?", wdays);
	if (!error)
		error = errata__format_date(&msg, ctx->locale, a->year, a->month, a->day, 0);
	if (!error)
		error = errata_buf_puts(&msg, " to ");
	if (!error)
		error = errata__format_date(&msg, ctx->locale, b->year, b->month, b->day, 0);
	if (!error)
		error = errata_buf_printf(&msg, " is %ld days", ddays);
	if (!error)
		error = errata__check_report(ctx, at, b->offset + b->length - at, msg.ptr, NULL, 0);
	else
		error = errata__oom();
	errata_buf_dispose(&msg);
	return error;
}

static int range_run(const errata_check_ctx *ctx)
{
	size_t count = ctx->mentions ? errata_mentions_count(ctx->mentions) : 0;
	int error = 0;

	for (size_t i = 0; i < count && !error; i++) {
		const errata_mention *a = errata_mentions_get(ctx->mentions, i), *b;
		long ds, de;
		int ws, we;
		size_t at;

		if (!(a->flags & ERRATA_MENTION_RANGE_START) || a->peer <= (long)i ||
		    (size_t)a->peer >= count)
			continue;
		b = errata_mentions_get(ctx->mentions, (size_t)a->peer);
		if (!errata__mention_days(a, &ds) || !errata__mention_days(b, &de))
			continue;
		if (de < ds) {
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
		if (b->weekday >= 0 || de - ds > 6)
			continue;
		if (weekday_range(ctx, a, &ws, &we, &at)) {
			long wdays = (we - ws + 7) % 7 + 1, ddays = de - ds + 1;

			if (wdays != ddays)
				error = report_weekdays(ctx, at, ws, we, wdays, a, b, ddays);
		}
	}
	return error;
}

const errata_check errata__check_range = {
	"date.range", ERRATA_SEVERITY_ERROR,
	"a date range that ends before it starts, or whose weekdays and dates differ in length",
	NULL, range_run
};
