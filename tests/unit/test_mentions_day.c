/*
 * test_mentions_day.c: weekdays written with a day and no month
 * (dates/mention_day.c): where they are read, that they stay off the list
 * of mentions, their reference date and their readings (the nearest
 * alone within a week, else the day in the months either side too), and
 * the shapes that are no such date.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "source_data.h"

#include "errata/dates.h"
#include "dates/mention.h"

static errata_locale *en, *ja;

static int setup(void **state)
{
	int error;

	(void)state;
	use_source_data();
	if ((error = errata_locale_load_lang(&en, "en")))
		return error;
	return errata_locale_load_lang(&ja, "ja");
}

static int teardown(void **state)
{
	(void)state;
	errata_locale_free(en);
	errata_locale_free(ja);
	return 0;
}

/* The mentions of text in an article dated year-month-day (year 0: none). */
static errata_mentions *extract(const errata_locale *loc, const char *text, int year,
                                int month, int day)
{
	errata_mentions *ms = NULL;
	errata_mention_options opts = ERRATA_MENTION_OPTIONS_INIT;

	opts.anchor.year = year;
	opts.anchor.month = month;
	opts.anchor.day = day;
	assert_int_equal(errata_mentions_extract_text(&ms, text, strlen(text), loc, &opts), 0);
	return ms;
}

static void expect_reading(const errata__day_mention *d, int k, int year, int month, int day)
{
	assert_true(k < d->n);
	assert_int_equal(d->reading[k].year, year);
	assert_int_equal(d->reading[k].month, month);
	assert_int_equal(d->reading[k].day, day);
}

static void test_mentions_day_near(void **state)
{
	const char *text = "The council will vote on Tuesday the 14th.";
	errata_mentions *ms = extract(en, text, 2026, 12, 10);
	const errata__day_mention *d;

	(void)state;
	/* not a mention: no other check reads it */
	assert_int_equal(errata_mentions_count(ms), 0);
	assert_int_equal(errata__mentions_day_count(ms), 1);
	d = errata__mentions_day_get(ms, 0);
	assert_int_equal(d->weekday, 1);
	assert_int_equal(d->day, 14);
	assert_int_equal(d->offset, strstr(text, "Tuesday") - text);
	assert_int_equal(d->length, strlen("Tuesday the 14th"));
	assert_int_equal(d->day_offset, strstr(text, "14th") - text);
	assert_int_equal(d->day_length, 4);
	/* four days from the article's date: December 14 alone */
	assert_int_equal(d->n, 1);
	expect_reading(d, 0, 2026, 12, 14);
	assert_null(errata__mentions_day_get(ms, 1));
	errata_mentions_free(ms);
}

static void test_mentions_day_far(void **state)
{
	errata_mentions *ms = extract(en, "The market reopens on Friday the 28th.", 2026, 12, 10);
	const errata__day_mention *d = errata__mentions_day_get(ms, 0);

	(void)state;
	/* 12 days back, 18 ahead, 49 ahead: all three, the nearest first */
	assert_non_null(d);
	assert_int_equal(d->n, 3);
	expect_reading(d, 0, 2026, 11, 28);
	expect_reading(d, 1, 2026, 12, 28);
	expect_reading(d, 2, 2027, 1, 28);
	errata_mentions_free(ms);
	/* after "last", only those on or before the reference */
	ms = extract(en, "It opened last Saturday, the 14th.", 2026, 12, 10);
	d = errata__mentions_day_get(ms, 0);
	assert_non_null(d);
	assert_int_equal(d->dir, -1);
	assert_int_equal(d->n, 1);
	expect_reading(d, 0, 2026, 11, 14);
	errata_mentions_free(ms);
	/* the 31st in a month without one is read in the others only */
	ms = extract(en, "It closes on Thursday the 31st.", 2026, 11, 15);
	d = errata__mentions_day_get(ms, 0);
	assert_non_null(d);
	assert_int_equal(d->n, 2);
	expect_reading(d, 0, 2026, 10, 31);
	expect_reading(d, 1, 2026, 12, 31);
	errata_mentions_free(ms);
}

static void test_mentions_day_reference(void **state)
{
	errata_mentions *ms;
	const errata__day_mention *d;

	(void)state;
	/* the date before it in its paragraph; in an earlier sentence, the
	 * first 7th after the article's date too */
	ms = extract(en, "The strike began on March 3, 2026. It ended on Saturday the 7th.", 2026, 6,
	             20);
	assert_int_equal(errata_mentions_count(ms), 1);
	d = errata__mentions_day_get(ms, 0);
	assert_non_null(d);
	assert_int_equal(d->n, 2);
	expect_reading(d, 0, 2026, 3, 7);
	expect_reading(d, 1, 2026, 7, 7);
	errata_mentions_free(ms);
	/* in its sentence, the date alone */
	ms = extract(en, "The strike began on March 3, 2026, and ended on Saturday the 7th.", 2026, 6,
	             20);
	d = errata__mentions_day_get(ms, 0);
	assert_non_null(d);
	assert_int_equal(d->n, 1);
	expect_reading(d, 0, 2026, 3, 7);
	errata_mentions_free(ms);
	/* not after "last", which looks back */
	ms = extract(en, "The strike began on March 3, 2026. It had stalled last Saturday, the 7th.",
	             2026, 6, 20);
	d = errata__mentions_day_get(ms, 0);
	assert_non_null(d);
	assert_int_equal(d->n, 1);
	expect_reading(d, 0, 2026, 2, 7);
	errata_mentions_free(ms);
	/* not across a paragraph: the article's date */
	ms = extract(en, "The strike began on March 3, 2026.\n\nIt ended on Saturday the 7th.", 2026,
	             6, 20);
	d = errata__mentions_day_get(ms, 0);
	assert_non_null(d);
	expect_reading(d, 0, 2026, 6, 7);
	errata_mentions_free(ms);
	/* a date in history is a reference beside the article's date: June
	 * 14, 1989 is ten days on (May and July too), December 14, 2026 four */
	ms = extract(en, "The treaty was signed on June 4, 1989. Talks resume on Monday the 14th.",
	             2026, 12, 10);
	d = errata__mentions_day_get(ms, 0);
	assert_non_null(d);
	assert_int_equal(d->n, 4);
	expect_reading(d, 0, 1989, 6, 14);
	expect_reading(d, 1, 1989, 5, 14);
	expect_reading(d, 2, 1989, 7, 14);
	expect_reading(d, 3, 2026, 12, 14);
	errata_mentions_free(ms);
	/* no reference at all: read, not judged */
	ms = extract(en, "The council will vote on Tuesday the 14th.", 0, 0, 0);
	assert_int_equal(errata__mentions_day_count(ms), 1);
	assert_int_equal(errata__mentions_day_get(ms, 0)->n, 0);
	errata_mentions_free(ms);
	/* a month named before it: dropped */
	ms = extract(en, "In March, the council met. It voted on Tuesday the 14th.", 2026, 12, 10);
	assert_int_equal(errata__mentions_day_count(ms), 0);
	errata_mentions_free(ms);
}

static void test_mentions_day_not_dates(void **state)
{
	static const char *const quiet[] = {
		"On Tuesday the 14th Amendment was cited.",
		"On Friday the 3rd floor was evacuated.",
		"On Sunday, 2 of the 5 players were injured.",
		"On Wednesday 14 people were arrested.",
		"Tuesday's 10 a.m. meeting was cancelled.",
		"City sealed a Monday 3-1 win.",
		"The office is open Sunday 10-12.",
		"Hotels report fewer bookings for Friday the 13th.",
		"New cases: Monday, 14; Tuesday, 9.",
		"On Tuesday, the 14th, 15th and 16th floors were closed.",
		"The vote is on Tuesday, December 14.",
	};

	(void)state;
	for (size_t i = 0; i < sizeof(quiet) / sizeof(quiet[0]); i++) {
		errata_mentions *ms = extract(en, quiet[i], 2026, 12, 10);

		if (errata__mentions_day_count(ms))
			fail_msg("read as a weekday and day: %s", quiet[i]);
		errata_mentions_free(ms);
	}
}

static void test_mentions_day_cjk(void **state)
{
	/* 説明会は13日（日）に開かれる。 / 第3日（日） / 3月13日（日） */
	const char *text = "\xe8\xaa\xac\xe6\x98\x8e\xe4\xbc\x9a\xe3\x81\xaf" "13"
	                   "\xe6\x97\xa5\xef\xbc\x88\xe6\x97\xa5\xef\xbc\x89"
	                   "\xe3\x81\xab\xe9\x96\x8b\xe3\x81\x8b\xe3\x82\x8c\xe3\x82\x8b\xe3\x80\x82";
	errata_mentions *ms = extract(ja, text, 2026, 12, 10);
	const errata__day_mention *d = errata__mentions_day_get(ms, 0);

	(void)state;
	assert_non_null(d);
	assert_int_equal(d->day, 13);
	assert_int_equal(d->weekday, 6);
	assert_int_equal(d->offset, 12);
	assert_int_equal(d->length, strlen("13\xe6\x97\xa5\xef\xbc\x88\xe6\x97\xa5\xef\xbc\x89"));
	expect_reading(d, 0, 2026, 12, 13);
	errata_mentions_free(ms);
	ms = extract(ja, "\xe7\xac\xac" "3\xe6\x97\xa5\xef\xbc\x88\xe6\x97\xa5\xef\xbc\x89", 2026, 12,
	             10);
	assert_int_equal(errata__mentions_day_count(ms), 0);
	errata_mentions_free(ms);
	/* a full date is a mention, not a day mention */
	ms = extract(ja, "3\xe6\x9c\x88" "13\xe6\x97\xa5\xef\xbc\x88\xe6\x97\xa5\xef\xbc\x89", 2026,
	             12, 10);
	assert_int_equal(errata_mentions_count(ms), 1);
	assert_int_equal(errata__mentions_day_count(ms), 0);
	errata_mentions_free(ms);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_mentions_day_near),
		cmocka_unit_test(test_mentions_day_far),
		cmocka_unit_test(test_mentions_day_reference),
		cmocka_unit_test(test_mentions_day_not_dates),
		cmocka_unit_test(test_mentions_day_cjk),
	};

	return cmocka_run_group_tests_name("mentions_day", tests, setup, teardown);
}
