/*
 * test_calendar.c: proleptic Gregorian arithmetic: leap years, month
 * lengths, validity, day numbers, weekdays and ISO parsing.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "errata/dates.h"
#include "dates/locale.h"

static void test_calendar_leap_years(void **state)
{
	(void)state;
	assert_true(errata_date_is_leap(2000));
	assert_true(errata_date_is_leap(2024));
	assert_false(errata_date_is_leap(1900));
	assert_false(errata_date_is_leap(2100));
	assert_false(errata_date_is_leap(2026));
	assert_true(errata_date_is_leap(4));
	assert_true(errata_date_is_leap(400));
}

static void test_calendar_days_in_month(void **state)
{
	(void)state;
	assert_int_equal(errata_date_days_in_month(2026, 1), 31);
	assert_int_equal(errata_date_days_in_month(2026, 2), 28);
	assert_int_equal(errata_date_days_in_month(2024, 2), 29);
	assert_int_equal(errata_date_days_in_month(1900, 2), 28);
	assert_int_equal(errata_date_days_in_month(2026, 4), 30);
	assert_int_equal(errata_date_days_in_month(2026, 12), 31);
	assert_int_equal(errata_date_days_in_month(2026, 0), 0);
	assert_int_equal(errata_date_days_in_month(2026, 13), 0);
}

static void test_calendar_validity(void **state)
{
	(void)state;
	assert_true(errata_date_valid(2000, 2, 29));
	assert_false(errata_date_valid(1900, 2, 29));
	assert_false(errata_date_valid(2023, 2, 29));
	assert_false(errata_date_valid(2026, 2, 30));
	assert_false(errata_date_valid(2025, 4, 31));
	assert_false(errata_date_valid(2026, 13, 2));
	assert_false(errata_date_valid(2026, 1, 0));
	assert_false(errata_date_valid(0, 1, 1));
	assert_false(errata_date_valid(10000, 1, 1));
	assert_true(errata_date_valid(1, 1, 1));
	assert_true(errata_date_valid(9999, 12, 31));
}

static void test_calendar_known_weekdays(void **state)
{
	(void)state;
	assert_int_equal(errata_date_weekday(2026, 1, 7), 2);   /* Wednesday */
	assert_int_equal(errata_date_weekday(2026, 1, 4), 6);   /* Sunday */
	assert_int_equal(errata_date_weekday(1, 1, 1), 0);      /* Monday */
	assert_int_equal(errata_date_weekday(9999, 12, 31), 4); /* Friday */
	assert_int_equal(errata_date_weekday(2000, 2, 29), 1);  /* Tuesday */
	assert_int_equal(errata_date_weekday(1969, 7, 20), 6);  /* Sunday */
	assert_int_equal(errata_date_weekday(2027, 1, 7), 3);   /* Thursday */
	assert_int_equal(errata_date_weekday(2014, 8, 28), 3);  /* Thursday */
}

static void test_calendar_day_numbers(void **state)
{
	errata_date d;

	(void)state;
	assert_int_equal(errata_date_to_days(1, 1, 1), 0);
	assert_int_equal(errata_date_to_days(1, 12, 31), 364);
	assert_int_equal(errata_date_to_days(2, 1, 1), 365);
	assert_int_equal(errata_date_to_days(2026, 1, 8) - errata_date_to_days(2026, 1, 4), 4);
	assert_int_equal(errata_date_to_days(2025, 1, 1) - errata_date_to_days(2024, 1, 1), 366);
	d = errata_date_from_days(0);
	assert_int_equal(d.year, 1);
	assert_int_equal(d.month, 1);
	assert_int_equal(d.day, 1);
	d = errata_date_from_days(errata_date_to_days(9999, 12, 31));
	assert_int_equal(d.year, 9999);
	assert_int_equal(d.month, 12);
	assert_int_equal(d.day, 31);
	d = errata_date_from_days(-1);
	assert_int_equal(d.year, 0);
}

/* Every day from 0001-01-01 to 9999-12-31 round-trips, one after another. */
static void test_calendar_round_trip(void **state)
{
	long n = 0;

	(void)state;
	for (int y = 1; y <= 9999; y++) {
		for (int m = 1; m <= 12; m++) {
			int dim = errata_date_days_in_month(y, m);

			for (int d = 1; d <= dim; d++, n++) {
				long days = errata_date_to_days(y, m, d);

				if (days != n)
					fail_msg("%04d-%02d-%02d is day %ld, expected %ld", y, m, d, days, n);
				if ((y % 97 == 0 || y < 3 || y > 9997) || d == dim) {
					errata_date back = errata_date_from_days(days);

					if (back.year != y || back.month != m || back.day != d)
						fail_msg("day %ld reads back as %d-%d-%d", days,
						         back.year, back.month, back.day);
				}
				if (errata_date_weekday(y, m, d) != (int)(n % 7))
					fail_msg("weekday of %04d-%02d-%02d", y, m, d);
			}
		}
	}
	assert_int_equal(n, 3652059);
}

static void test_calendar_parse_iso(void **state)
{
	errata_date d;

	(void)state;
	assert_int_equal(errata_date_parse_iso("2026-11-27", &d), 0);
	assert_int_equal(d.year, 2026);
	assert_int_equal(d.month, 11);
	assert_int_equal(d.day, 27);
	assert_int_equal(errata_date_parse_iso("2023-02-29", &d), ERRATA_EINVALID);
	assert_non_null(strstr(errata_error_last(), "2023-02-29"));
	assert_int_equal(errata_date_parse_iso("2026-1-07", &d), ERRATA_EINVALID);
	assert_int_equal(errata_date_parse_iso("2026-01-07x", &d), ERRATA_EINVALID);
	assert_int_equal(errata_date_parse_iso("", &d), ERRATA_EINVALID);
	assert_int_equal(errata_date_parse_iso("0000-01-01", &d), ERRATA_EINVALID);
	assert_int_equal(errata_date_parse_iso(NULL, &d), ERRATA_EUSAGE);
}

/* Easter Sunday by the computus, against published dates, including the
 * earliest (March 22) and latest (April 25) it can fall. */
static void test_calendar_easter(void **state)
{
	static const int want[][3] = {
		{ 1818, 3, 22 }, { 1943, 4, 25 }, { 2000, 4, 23 }, { 2019, 4, 21 },
		{ 2024, 3, 31 }, { 2025, 4, 20 }, { 2026, 4, 5 }, { 2027, 3, 28 },
		{ 2038, 4, 25 }, { 2285, 3, 22 },
	};
	errata_date d;

	(void)state;
	for (size_t i = 0; i < sizeof(want) / sizeof(want[0]); i++) {
		assert_int_equal(errata_date_easter(want[i][0], &d), 0);
		if (d.year != want[i][0] || d.month != want[i][1] || d.day != want[i][2])
			fail_msg("Easter %d: %d-%d, want %d-%d", want[i][0], d.month, d.day,
			         want[i][1], want[i][2]);
	}
	assert_int_equal(errata_date_easter(1582, &d), ERRATA_EINVALID);
	assert_int_equal(errata_date_easter(10000, &d), ERRATA_EINVALID);
}

/* A holiday's date in a year: fixed, nth weekday, last weekday, Easter. */
static void test_calendar_holiday_date(void **state)
{
	errata__holiday thanksgiving = { .month = 11, .weekday = 3, .nth = 4 };
	errata__holiday memorial = { .month = 5, .weekday = 0, .nth = -1 };
	errata__holiday whit_monday = { .weekday = -1, .easter = 50, .is_easter = 1 };
	errata__holiday christmas = { .month = 12, .day = 25, .weekday = -1 };
	errata__holiday leap = { .month = 2, .day = 29, .weekday = -1 };
	errata__holiday orthodox_easter = { .weekday = -1, .is_easter = 1, .orthodox = 1 };
	errata__holiday orthodox_friday = { .weekday = -1, .easter = -2, .is_easter = 1, .orthodox = 1 };
	/* the first Friday from June 19, the first Saturday from October 31 */
	errata__holiday midsummer_eve = { .month = 6, .day = 19, .weekday = 4 };
	errata__holiday all_saints = { .month = 10, .day = 31, .weekday = 5 };
	/* April 27, the day before when it is a Sunday; the last Sunday of May,
	 * a week on when it is Whit Sunday; a day listed year by year */
	errata__holiday kings_day = { .month = 4, .day = 27, .weekday = -1, .shift_weekday = 6, .shift_days = -1 };
	errata__holiday mothers_day = { .month = 5, .weekday = 6, .nth = -1, .shift_on_easter = 1,
	                                .shift_easter = 49, .shift_days = 7 };
	unsigned short spring[] = { 217, 0, 126 };
	errata__holiday spring_festival = { .weekday = -1, .first_year = 2026, .years = 3, .by_year = spring };
	errata_date d;

	(void)state;
	assert_int_equal(errata__holiday_date(&thanksgiving, 2026, &d), 0);
	assert_int_equal(d.month * 100 + d.day, 1126);
	assert_int_equal(errata__holiday_date(&thanksgiving, 2024, &d), 0);
	assert_int_equal(d.month * 100 + d.day, 1128);
	assert_int_equal(errata__holiday_date(&memorial, 2026, &d), 0);
	assert_int_equal(d.month * 100 + d.day, 525);
	assert_int_equal(errata__holiday_date(&memorial, 2027, &d), 0);
	assert_int_equal(d.month * 100 + d.day, 531);
	assert_int_equal(errata__holiday_date(&whit_monday, 2026, &d), 0);
	assert_int_equal(d.month * 100 + d.day, 525);
	assert_int_equal(errata__holiday_date(&christmas, 2026, &d), 0);
	assert_int_equal(d.month * 100 + d.day, 1225);
	assert_int_equal(errata__holiday_date(&leap, 2026, &d), ERRATA_EINVALID);
	assert_int_equal(errata__holiday_date(&midsummer_eve, 2026, &d), 0);
	assert_int_equal(d.month * 100 + d.day, 619);
	assert_int_equal(errata__holiday_date(&midsummer_eve, 2027, &d), 0);
	assert_int_equal(d.month * 100 + d.day, 625);
	assert_int_equal(errata__holiday_date(&all_saints, 2026, &d), 0);
	assert_int_equal(d.year * 10000 + d.month * 100 + d.day, 20261031);
	assert_int_equal(errata__holiday_date(&all_saints, 2027, &d), 0);
	assert_int_equal(d.year * 10000 + d.month * 100 + d.day, 20271106);
	assert_int_equal(errata__holiday_date(&whit_monday, 1200, &d), ERRATA_EINVALID);
	assert_int_equal(errata__holiday_date(&kings_day, 2025, &d), 0);
	assert_int_equal(d.month * 100 + d.day, 426);
	assert_int_equal(errata__holiday_date(&kings_day, 2026, &d), 0);
	assert_int_equal(d.month * 100 + d.day, 427);
	assert_int_equal(errata__holiday_date(&mothers_day, 2026, &d), 0);
	assert_int_equal(d.month * 100 + d.day, 531);
	assert_int_equal(errata__holiday_date(&mothers_day, 2020, &d), 0);
	assert_int_equal(d.month * 100 + d.day, 607); /* Whit Sunday was May 31 */
	assert_int_equal(errata__holiday_date(&mothers_day, 2025, &d), 0);
	assert_int_equal(d.month * 100 + d.day, 525);
	assert_int_equal(errata__holiday_date(&spring_festival, 2026, &d), 0);
	assert_int_equal(d.year * 10000 + d.month * 100 + d.day, 20260217);
	assert_int_equal(errata__holiday_date(&spring_festival, 2027, &d), ERRATA_EINVALID);
	assert_int_equal(errata__holiday_date(&spring_festival, 2028, &d), 0);
	assert_int_equal(d.month * 100 + d.day, 126);
	assert_int_equal(errata__holiday_date(&spring_festival, 2025, &d), ERRATA_EINVALID);
	assert_int_equal(errata__holiday_date(&spring_festival, 2029, &d), ERRATA_EINVALID);
	/* the Orthodox Easter, a Julian date moved to the Gregorian calendar */
	assert_int_equal(errata__holiday_date(&orthodox_easter, 2026, &d), 0);
	assert_int_equal(d.month * 100 + d.day, 412);
	assert_int_equal(errata__holiday_date(&orthodox_easter, 2024, &d), 0);
	assert_int_equal(d.month * 100 + d.day, 505);
	assert_int_equal(errata__holiday_date(&orthodox_easter, 2027, &d), 0);
	assert_int_equal(d.month * 100 + d.day, 502);
	assert_int_equal(errata__holiday_date(&orthodox_easter, 2100, &d), 0);
	assert_int_equal(d.month * 100 + d.day, 502);
	assert_int_equal(errata__holiday_date(&orthodox_friday, 2026, &d), 0);
	assert_int_equal(d.month * 100 + d.day, 410);
	assert_int_equal(errata__holiday_date(&orthodox_easter, 1500, &d), ERRATA_EINVALID);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_calendar_leap_years),
		cmocka_unit_test(test_calendar_days_in_month),
		cmocka_unit_test(test_calendar_validity),
		cmocka_unit_test(test_calendar_known_weekdays),
		cmocka_unit_test(test_calendar_day_numbers),
		cmocka_unit_test(test_calendar_round_trip),
		cmocka_unit_test(test_calendar_parse_iso),
		cmocka_unit_test(test_calendar_easter),
		cmocka_unit_test(test_calendar_holiday_date),
	};

	return cmocka_run_group_tests_name("calendar", tests, NULL, NULL);
}
