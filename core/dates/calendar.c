/*
 * calendar.c: proleptic Gregorian calendar arithmetic for years 1 to 9999.
 *
 * Day numbers count days since 0001-01-01 (day 0, a Monday), so the
 * weekday of a date is its day number modulo 7 with 0 for Monday.
 */
#include "calendar_impl.h"
#include "common.h"
#include "errata/dates.h"

static const int days_before_month[13] = {
	0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334
};

int errata_date_is_leap(int year)
{
	return errata__leap(year);
}

int errata_date_days_in_month(int year, int month)
{
	return errata__month_days(year, month);
}

int errata_date_valid(int year, int month, int day)
{
	return errata__date_valid(year, month, day);
}

/*
 * The contract asks for a valid date; for robustness any year >= 1,
 * month 1..12 and day >= 1 is computed linearly (day 31 of April is May 1).
 */
long errata_date_to_days(int year, int month, int day)
{
	return errata__date_days(year, month, day);
}

errata_date errata_date_from_days(long days)
{
	errata_date d = { 0, 0, 0 };
	long year, rest;
	int month, is_leap;

	if (days < 0)
		return d;
	/* Estimate the year from the mean year length, then correct. */
	year = (long)((days * 400) / 146097) + 1;
	while (year > 1 && errata__days_before_year(year) > days)
		year--;
	while (errata__days_before_year(year + 1) <= days)
		year++;
	rest = days - errata__days_before_year(year);
	is_leap = errata__leap((int)year);
	for (month = 12; month > 1; month--) {
		long start = days_before_month[month] + (month > 2 && is_leap);

		if (rest >= start) {
			rest -= start;
			break;
		}
	}
	d.year = (int)year;
	d.month = month;
	d.day = (int)rest + 1;
	return d;
}

int errata_date_weekday(int year, int month, int day)
{
	return errata__date_weekday(year, month, day);
}

/*
 * The Gregorian computus (the "anonymous Gregorian algorithm"): the golden
 * number, the century corrections for the solar and lunar years, the
 * epact, and the Sunday after the paschal full moon.
 */
int errata_date_easter(int year, errata_date *out)
{
	int a, b, c, d, e, f, g, h, i, k, l, m;

	if (!out || year < 1583 || year > 9999)
		return errata__error(ERRATA_EINVALID, "no Gregorian Easter for year %d", year);
	a = year % 19;
	b = year / 100;
	c = year % 100;
	d = b / 4;
	e = b % 4;
	f = (b + 8) / 25;
	g = (b - f + 1) / 3;
	h = (19 * a + b - d - g + 15) % 30;
	i = c / 4;
	k = c % 4;
	l = (32 + 2 * e + 2 * i - h - k) % 7;
	m = (a + 11 * h + 22 * l) / 451;
	out->year = year;
	out->month = (h + l - 7 * m + 114) / 31;
	out->day = (h + l - 7 * m + 114) % 31 + 1;
	return 0;
}

static int two_digits(const char *s)
{
	if (s[0] < '0' || s[0] > '9' || s[1] < '0' || s[1] > '9')
		return -1;
	return (s[0] - '0') * 10 + (s[1] - '0');
}

int errata_date_parse_iso(const char *s, errata_date *out)
{
	int hi, lo, month, day;

	if (!s || !out)
		return errata__error(ERRATA_EUSAGE, "no date to parse");
	hi = two_digits(s);
	lo = hi < 0 ? -1 : two_digits(s + 2);
	if (hi < 0 || lo < 0 || s[4] != '-' || (month = two_digits(s + 5)) < 0 ||
	    s[7] != '-' || (day = two_digits(s + 8)) < 0 || s[10] != '\0' ||
	    !errata_date_valid(hi * 100 + lo, month, day))
		return errata__error(ERRATA_EINVALID,
		                     "'%s' is not a valid date (expected YYYY-MM-DD)", s);
	out->year = hi * 100 + lo;
	out->month = month;
	out->day = day;
	return 0;
}
