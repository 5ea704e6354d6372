/*
 * invalid.c: date.invalid, a date that does not exist: month 13, day 0,
 * April 31, February 30, or February 29 in a year that is not a leap
 * year. A date without a judged year is only wrong when it is wrong in
 * every year (February 29 is then fine), and a date whose year has two
 * readings only when it is wrong in both. The message names the year
 * only when it was written, or for February 29, where the year decides.
 */
#include <stdio.h>

#include "checks/check.h"
#include "common.h"
#include "dates/mention.h"

static int run(const errata_check_ctx *ctx)
{
	errata_buf msg = ERRATA_BUF_INIT;
	size_t count = errata_mentions_count(ctx->mentions);
	int error = 0;

	for (size_t i = 0; i < count && !error; i++) {
		const errata_mention *m = errata_mentions_get(ctx->mentions, i);
		const char *month;
		int max, alt, year;

		errata_buf_clear(&msg);
		if (m->month < 1 || m->month > 12) {
			error = errata_buf_printf(&msg, "there is no month %d", m->month);
		} else if (m->day < 1) {
			error = errata_buf_printf(&msg, "there is no day %d", m->day);
		} else {
			month = errata_locale_month_name(ctx->locale, m->month);
			if (!month)
				continue;
			/* 2000 is a leap year: the most days a month can have */
			max = errata_date_days_in_month(m->year ? m->year : 2000, m->month);
			if (m->day <= max)
				continue;
			/* February 29 that exists in the other reading of the year */
			alt = errata__mention_alt_year(ctx->mentions, i);
			if (alt && errata_date_valid(alt, m->month, m->day))
				continue;
			year = m->year ? errata__mention_report_year(ctx->mentions, i) : 0;
			/* an inferred year is named only where it decides (February 29) */
			if (!(m->flags & ERRATA_MENTION_YEAR_EXPLICIT) && !(m->month == 2 && m->day == 29))
				year = 0;
			max = errata_date_days_in_month(year ? year : 2000, m->month);
			/* the date as the table writes dates, or "Month day" without a year */
			if (year)
				error = errata_locale_format_date(ctx->locale, year, m->month, m->day, &msg);
			else
				error = errata_buf_printf(&msg, "%s %d", month, m->day);
			if (error)
				break;
			if (year && m->month == 2 && m->day == 29)
				error = errata_buf_printf(&msg, " does not exist: %d is not a leap year", year);
			else if (year && m->month == 2)
				error = errata_buf_printf(&msg, " does not exist: %s has %d days in %d",
				                          month, max, year);
			else if (m->month == 2)
				error = errata_buf_printf(&msg, " does not exist: %s has at most %d days",
				                          month, max);
			else
				error = errata_buf_printf(&msg, " does not exist: %s has %d days", month, max);
		}
		if (!error)
			error = errata__check_report(ctx, m->date_length ? m->date_offset : m->offset,
			                             m->date_length ? m->date_length : m->length,
			                             msg.ptr, NULL, 0);
	}
	errata_buf_dispose(&msg);
	return error;
}

const errata_check errata__check_invalid = {
	"date.invalid", ERRATA_SEVERITY_ERROR,
	"a date that does not exist (February 30, April 31, month 13)",
	NULL,
	run, 0
};
