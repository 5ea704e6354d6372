/*
 * core/dates/calendar_impl.h: the calendar arithmetic of calendar.c as
 * inline functions, for the code that asks it thousands of times per
 * article (year inference) and for calendar.c itself, whose public
 * functions are these. Years 1 to 9999 of the proleptic Gregorian
 * calendar; day numbers count from 0001-01-01 (day 0, a Monday).
 */
#ifndef ERRATA_DATES_CALENDAR_IMPL_H
#define ERRATA_DATES_CALENDAR_IMPL_H

static inline int errata__leap(int year)
{
	/* three years in four are ruled out by the first test */
	return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
}

/* The days of month in year; 0 for a month outside 1..12. */
static inline int errata__month_days(int year, int month)
{
	static const unsigned char dim[13] = { 0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	if (month < 1 || month > 12)
		return 0;
	if (month == 2 && errata__leap(year))
		return 29;
	return dim[month];
}

static inline int errata__date_valid(int year, int month, int day)
{
	return year >= 1 && year <= 9999 && day >= 1 && day <= errata__month_days(year, month);
}

/* Days from 0001-01-01 to January 1 of year. */
static inline long errata__days_before_year(long year)
{
	long y = year - 1;

	/* Years 1901 to 2100, nearly every year a text names, take one leap
	 * day in four years and 15 century days fewer (19 - 4, or 20 - 5
	 * from 2001 on): a shift, not three divisions. */
	if ((unsigned long)(y - 1900) < 200)
		return y * 365 + (y >> 2) - 15;
	/* (unsigned division by a constant is a multiplication and a shift;
	 * signed division needs a correction for negative numbers) */
	if (y >= 0) {
		unsigned long u = (unsigned long)y;

		return (long)(u * 365 + u / 4 - u / 100 + u / 400);
	}
	return y * 365 + y / 4 - y / 100 + y / 400;
}

/*
 * errata_date_to_days(): any year >= 1, month 1..12 (another month reads
 * as January) and day >= 1, counted linearly (day 31 of April is May 1).
 */
static inline long errata__date_days(int year, int month, int day)
{
	static const short days_before_month[13] = {
		0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334
	};
	long n;

	if (month < 1 || month > 12)
		month = 1;
	n = errata__days_before_year(year) + days_before_month[month] + (day - 1);
	if (month > 2 && errata__leap(year))
		n++;
	return n;
}

/* 0 for Monday .. 6 for Sunday. */
static inline int errata__date_weekday(int year, int month, int day)
{
	long n = errata__date_days(year, month, day);

	return n >= 0 ? (int)((unsigned long)n % 7) : (int)(n % 7);
}

#endif
