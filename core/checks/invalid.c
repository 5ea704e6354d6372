/*
 * invalid.c: date.invalid, a date that does not exist: month 13, day 0,
 * April 31, February 30, or February 29 in a year that is not a leap
 * year. A date without a judged year is only wrong when it is wrong in
 * every year (February 29 is then fine), and a date whose year has two
 * readings only when it is wrong in both. February 29 with an inferred
 * year, in a sentence about the leap day itself ("born on Feb. 29, they
 * have a birthday every four years"), is the day of leap years; a date
 * that names a street or a square ("November 31st Street", "calle 31 de
 * febrero") is no day at all. The message names the year
 * only when it was written, or for February 29, where the year decides.
 */

#include "checks/check.h"
#include "checks/format.h"
#include "checks/dating.h"
#include "common.h"
#include "dates/mention.h"

static int run(const errata_check_ctx *ctx)
{
	static const char *const names[] = { "number", "date", "year", "month", "days",
	                                     "month_number" };
	const errata_locale *ml = ctx->msg_locale ? ctx->msg_locale : ctx->locale;
	errata_buf msg = ERRATA_BUF_INIT, date = ERRATA_BUF_INIT;
	size_t count;
	const errata_mention *all = errata__mentions_all(ctx->mentions, &count);
	int error = 0;

	for (size_t i = 0; i < count && !error; i++) {
		const errata_mention *m = &all[i];
		const char *month, *values[6];
		char num[16], ybuf[16], days[16], mnum[16];
		int max, alt, year;

		/* the days every month has: nothing to say, before any of the work below */
		if (m->month >= 1 && m->month <= 12 && m->day >= 1 && m->day <= 28)
			continue;
		num[0] = ybuf[0] = days[0] = '\0';
		values[0] = num;
		values[1] = values[3] = "";
		values[2] = ybuf;
		values[4] = days;
		values[5] = mnum;
		if (m->month < 1 || m->month > 12) {
			errata__decimal_text(mnum, sizeof(mnum), m->month);
			errata__decimal_text(num, sizeof(num), m->month);
			error = errata__check_message(ctx, "no_month", "there is no month {number}", &msg,
			                              names, values, 6);
		} else if (m->day < 1) {
			errata__decimal_text(mnum, sizeof(mnum), m->month);
			errata__decimal_text(num, sizeof(num), m->day);
			error = errata__check_message(ctx, "no_day", "there is no day {number}", &msg,
			                              names, values, 6);
		} else {
			month = errata_locale_month_name(ml, m->month);
			if (!month)
				continue;
			/* 2000 is a leap year: the most days a month can have */
			max = errata_date_days_in_month(m->year ? m->year : 2000, m->month);
			if (m->day <= max)
				continue;
			/* "30-29" after "on Feb. 12 and": a score, not two days */
			if (errata__score_pair(ctx->mentions, ctx->prose, ctx->prose_len, i))
				continue;
			/* "November 31st Street", "calle 31 de febrero": a name, not a day */
			if (errata__date_in_name(ctx->locale, ctx->prose, ctx->prose_len, m))
				continue;
			/* February 29 that exists in the other reading of the year */
			alt = errata__mention_alt_year(ctx->mentions, i);
			if (alt && errata_date_valid(alt, m->month, m->day))
				continue;
			/* the leap day itself, not a day of the article's year */
			if (m->month == 2 && m->day == 29 && !(m->flags & ERRATA_MENTION_YEAR_EXPLICIT) &&
			    errata__leap_sentence(ctx->locale, ctx->prose, ctx->prose_len,
			                          m->date_length ? m->date_offset : m->offset))
				continue;
			year = m->year ? errata__mention_report_year(ctx->mentions, i) : 0;
			/* an inferred year is named only where it decides (February 29) */
			if (!(m->flags & ERRATA_MENTION_YEAR_EXPLICIT) && !(m->month == 2 && m->day == 29))
				year = 0;
			max = errata_date_days_in_month(year ? year : 2000, m->month);
			/* the date as the table writes dates, without a year when none counts */
			errata_buf_clear(&date);
			if ((error = errata_locale_format_day(ml, year, m->month, m->day, year != 0, &date)))
				break;
			values[1] = date.ptr;
			values[3] = month;
			errata__decimal_text(mnum, sizeof(mnum), m->month);
			errata__decimal_text(ybuf, sizeof(ybuf), year);
			errata__decimal_text(days, sizeof(days), max);
			if (year && m->month == 2 && m->day == 29)
				error = errata__check_message(ctx, "not_leap",
				                              "{date} does not exist: {year} is not a leap year",
				                              &msg, names, values, 6);
			else if (year && m->month == 2)
				error = errata__check_message(ctx, "month_days_in",
				                              "{date} does not exist: {month} has {days} days in {year}",
				                              &msg, names, values, 6);
			else if (m->month == 2)
				error = errata__check_message(ctx, "month_days_most",
				                              "{date} does not exist: {month} has at most {days} days",
				                              &msg, names, values, 6);
			else
				error = errata__check_message(ctx, "month_days",
				                              "{date} does not exist: {month} has {days} days",
				                              &msg, names, values, 6);
		}
		if (!error)
			error = errata__check_report(ctx, m->date_length ? m->date_offset : m->offset,
			                             m->date_length ? m->date_length : m->length,
			                             msg.ptr, NULL, 0);
	}
	errata_buf_dispose(&msg);
	errata_buf_dispose(&date);
	return error;
}

const errata_check errata__check_invalid = {
	"date.invalid", ERRATA_SEVERITY_ERROR,
	"a date that does not exist (February 30, April 31, month 13)",
	NULL,
	run, 0
};
