/*
 * test_checks_date.c: the built-in date checks through the checker:
 * date.weekday (message, both suggestions, what is not judged) and
 * date.invalid (every way a date can fail to exist).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "errata/checker.h"

static errata_checker *checker;

static int setup(void **state)
{
	errata_checker_options o = ERRATA_CHECKER_OPTIONS_INIT;

	(void)state;
	o.no_default_packs = 1;
	return errata_checker_new(&checker, &o);
}

static int teardown(void **state)
{
	(void)state;
	errata_checker_free(checker);
	return 0;
}

static errata_findings *check(const char *name, const char *text)
{
	errata_doc *doc = NULL;
	errata_findings *out = NULL;

	assert_int_equal(errata_doc_load_buffer(&doc, name, text, strlen(text), NULL), 0);
	assert_int_equal(errata_findings_new(&out), 0);
	assert_int_equal(errata_checker_check(checker, doc, out), 0);
	errata_doc_free(doc);
	return out;
}

/* Exactly one finding, of this rule and message; returns it. */
static const errata_finding *one(errata_findings *f, const char *rule, const char *message)
{
	const errata_finding *x;

	if (errata_findings_count(f) != 1) {
		for (size_t i = 0; i < errata_findings_count(f); i++)
			print_message("finding: %s: %s\n", errata_findings_get(f, i)->rule,
			              errata_findings_get(f, i)->message);
		fail_msg("%zu findings, wanted 1", errata_findings_count(f));
	}
	x = errata_findings_get(f, 0);
	assert_string_equal(x->rule, rule);
	assert_string_equal(x->message, message);
	return x;
}

static void none(errata_findings *f, const char *text)
{
	if (errata_findings_count(f))
		fail_msg("flagged \"%s\": %s", text, errata_findings_get(f, 0)->message);
}

static void test_checks_date_weekday_message_and_suggestions(void **state)
{
	errata_findings *f;
	const errata_finding *x;

	(void)state;
	f = check("a.txt", "The summit opens Tuesday, January 7, 2026, in Beijing.");
	x = one(f, "date.weekday", "January 7, 2026 is a Wednesday, not a Tuesday");
	assert_int_equal(x->severity, ERRATA_SEVERITY_ERROR);
	assert_string_equal(x->text, "Tuesday, January 7, 2026");
	assert_int_equal(x->suggestion_count, 2);
	assert_string_equal(x->suggestions[0], "Wednesday, January 7, 2026");
	assert_string_equal(x->suggestions[1], "Tuesday, January 6, 2026");
	errata_findings_free(f);
}

static void test_checks_date_weekday_nearest_in_month(void **state)
{
	errata_findings *f;
	const errata_finding *x;

	(void)state;
	/* January 31, 2026 is a Saturday: Tuesday the 27th, not February 3 */
	f = check("a.txt", "It ends Tuesday, Jan. 31, 2026.");
	x = one(f, "date.weekday", "January 31, 2026 is a Saturday, not a Tuesday");
	assert_int_equal(x->suggestion_count, 2);
	assert_string_equal(x->suggestions[1], "Tuesday, Jan. 27, 2026");
	errata_findings_free(f);
	/* January 1, 2026 is a Thursday: Wednesday the 7th rather than December 31 */
	f = check("a.txt", "It began Wednesday, January 1, 2026.");
	x = one(f, "date.weekday", "January 1, 2026 is a Thursday, not a Wednesday");
	assert_string_equal(x->suggestions[1], "Wednesday, January 7, 2026");
	errata_findings_free(f);
}

static void test_checks_date_weekday_keeps_style(void **state)
{
	errata_findings *f;
	const errata_finding *x;

	(void)state;
	/* an abbreviated weekday gets the table's abbreviation, with its period */
	f = check("a.txt", "Polls close Wed., Jan. 6, 2026, at 8.");
	x = one(f, "date.weekday", "January 6, 2026 is a Tuesday, not a Wednesday");
	assert_int_equal(x->suggestion_count, 2);
	assert_string_equal(x->suggestions[0], "Tue., Jan. 6, 2026");
	assert_string_equal(x->suggestions[1], "Wed., Jan. 7, 2026");
	errata_findings_free(f);
	/* an ordinal day keeps a right ordinal suffix */
	f = check("a.txt", "We met on Friday 31st January 2026.");
	x = one(f, "date.weekday", "January 31, 2026 is a Saturday, not a Friday");
	assert_string_equal(x->suggestions[0], "Saturday 31st January 2026");
	assert_string_equal(x->suggestions[1], "Friday 30th January 2026");
	errata_findings_free(f);
	f = check("a.txt", "We met on Wednesday 3rd December 2026.");
	x = one(f, "date.weekday", "December 3, 2026 is a Thursday, not a Wednesday");
	assert_string_equal(x->suggestions[1], "Wednesday 2nd December 2026");
	errata_findings_free(f);
}

static void test_checks_date_weekday_iso(void **state)
{
	errata_findings *f;
	const errata_finding *x;

	(void)state;
	f = check("a.txt", "Filed on 2026-01-07 (Tuesday).");
	x = one(f, "date.weekday", "January 7, 2026 is a Wednesday, not a Tuesday");
	assert_int_equal(x->suggestion_count, 2);
	assert_string_equal(x->suggestions[0], "2026-01-07 (Wednesday)");
	assert_string_equal(x->suggestions[1], "2026-01-06 (Tuesday)");
	errata_findings_free(f);
}

static void test_checks_date_weekday_inferred_year(void **state)
{
	errata_findings *f;
	const char *ok = "---\ndate: 2026-11-27\n---\nThe vote is Thursday, Jan. 7.\n";
	const char *bad = "Talks began Sunday, January 4, 2026. They resume Tuesday, January 7.\n";

	(void)state;
	/* the rollover: January 7 after November 2026 is in 2027, a Thursday */
	f = check("a.md", ok);
	none(f, ok);
	errata_findings_free(f);
	/* the year comes from the explicit date before it */
	f = check("a.txt", bad);
	one(f, "date.weekday", "January 7, 2026 is a Wednesday, not a Tuesday");
	errata_findings_free(f);
}

static void test_checks_date_weekday_not_judged(void **state)
{
	static const char *const clean[] = {
		"The talks are on Thursday, Jan. 7.",               /* no year, no anchor */
		"Wednesday, January 7, 2026 was quiet.",            /* right */
		"From Monday–Wednesday, March 2–4, 2026, we met.",  /* a right range */
		"Friday's column ran from Tuesday to Thursday.",   /* weekdays alone */
		"The deadline is January 7, 2026.",                 /* no weekday */
		NULL
	};

	(void)state;
	for (size_t i = 0; clean[i]; i++) {
		errata_findings *f = check("a.txt", clean[i]);

		none(f, clean[i]);
		errata_findings_free(f);
	}
}

static void test_checks_date_invalid(void **state)
{
	errata_findings *f;
	const errata_finding *x;

	(void)state;
	f = check("a.txt", "The law took effect February 29, 2023.");
	x = one(f, "date.invalid", "February 29, 2023 does not exist: 2023 is not a leap year");
	assert_string_equal(x->text, "February 29, 2023");
	errata_findings_free(f);

	f = check("a.txt", "Filed April 31, 2025.");
	one(f, "date.invalid", "April 31, 2025 does not exist: April has 30 days");
	errata_findings_free(f);

	f = check("a.txt", "Due February 30.");
	one(f, "date.invalid", "February 30 does not exist: February has at most 29 days");
	errata_findings_free(f);

	f = check("a.txt", "Due June 31.");
	one(f, "date.invalid", "June 31 does not exist: June has 30 days");
	errata_findings_free(f);

	f = check("a.txt", "Due February 30, 2026.");
	one(f, "date.invalid", "February 30, 2026 does not exist: February has 28 days in 2026");
	errata_findings_free(f);

	f = check("a.txt", "The file is dated 2026-13-02.");
	x = one(f, "date.invalid", "there is no month 13");
	assert_string_equal(x->text, "2026-13-02");
	errata_findings_free(f);

	/* an impossible date with a weekday is only date.invalid */
	f = check("a.txt", "It happened on Sunday, February 29, 2023.");
	one(f, "date.invalid", "February 29, 2023 does not exist: 2023 is not a leap year");
	errata_findings_free(f);
}

static void test_checks_date_invalid_leaves_alone(void **state)
{
	static const char *const clean[] = {
		"Leap day fell on February 29, 2024.",
		"Every February 29 is rare.",
		"April 30, 2025 was a Wednesday.",
		NULL
	};

	(void)state;
	for (size_t i = 0; clean[i]; i++) {
		errata_findings *f = check("a.txt", clean[i]);

		none(f, clean[i]);
		errata_findings_free(f);
	}
}

static void test_checks_date_two_readings(void **state)
{
	errata_findings *f;
	/* an old explicit date anchors Dec. 1 in 1997 (a Monday); the
	 * article's date reads it in 2026, a Tuesday: right in one reading */
	const char *old = "---\ndate: 2026-11-27\n---\nThe ruling of March 4, 1998 was cited; "
	                  "the next hearing is on Tuesday, Dec. 1.\n";
	const char *both = "---\ndate: 2026-11-27\n---\nThe ruling of March 4, 1998 was cited; "
	                   "the next hearing is on Wednesday, Dec. 1.\n";
	/* "2000" may be a count: the year-less reading (2026) is right */
	const char *count = "---\ndate: 2026-07-01\n---\nBy Friday, March 6, 2000 homes had no power.\n";
	/* with no other reading the written year is judged */
	const char *alone = "By Friday, March 6, 2000 homes had no power.\n";
	/* February 29 after an article dated late 2027 is in 2028 */
	const char *leap = "---\ndate: 2027-12-15\n---\nThe board meets on Tuesday, Feb. 29.\n";
	const char *noleap = "---\ndate: 2026-12-15\n---\nThe board meets on Feb. 29.\n";

	(void)state;
	f = check("a.md", old);
	none(f, old);
	errata_findings_free(f);
	f = check("a.md", both);
	one(f, "date.weekday", "December 1, 1997 is a Monday, not a Wednesday");
	errata_findings_free(f);
	f = check("a.md", count);
	none(f, count);
	errata_findings_free(f);
	f = check("a.txt", alone);
	one(f, "date.weekday", "March 6, 2000 is a Monday, not a Friday");
	errata_findings_free(f);
	f = check("a.md", leap);
	none(f, leap);
	errata_findings_free(f);
	f = check("a.md", noleap);
	one(f, "date.invalid", "February 29, 2027 does not exist: 2027 is not a leap year");
	errata_findings_free(f);
}

static void test_checks_date_direction_and_counts(void **state)
{
	static const char *const clean[] = {
		/* "last Dec. 3" before an article of November 2026 is in 2025 */
		"---\ndate: 2026-11-27\n---\nClosed since last Dec. 3 (Wednesday).\n",
		/* "next Jan. 8" after an article of early January 2026 */
		"---\ndate: 2026-01-10\n---\nIt resumes next Friday, Jan. 8.\n",
		/* counts after a month that stands alone */
		"In November 31 soldiers were killed.\n",
		"During June 31 new cases were found.\n",
		/* a weekday ending a list of weekdays is not the date's own */
		"---\ndate: 2026-07-01\n---\nOpen Sat., Sun., Jan. 10-11.\n",
		"---\ndate: 2026-07-01\n---\nThe fair is Saturday and Sunday, Jan. 10.\n",
		"---\ndate: 2026-07-01\n---\nFriday or Saturday, Jan. 9 or 10.\n",
		"---\ndate: 2026-07-01\n---\nClosed Tuesday/Wednesday, Jan. 6/7.\n",
		/* a date next to another is read in the year closest to it */
		"---\ndate: 2026-07-01\n---\nFriday, Dec. 25, and New Year's Day, Friday, Jan. 1.\n",
		NULL
	};
	errata_findings *f;

	(void)state;
	for (size_t i = 0; clean[i]; i++) {
		f = check("a.md", clean[i]);
		none(f, clean[i]);
		errata_findings_free(f);
	}
	/* the same shapes stay wrong where they are wrong */
	f = check("a.md", "---\ndate: 2026-11-27\n---\nClosed since last Dec. 3 (Thursday).\n");
	one(f, "date.weekday", "December 3, 2025 is a Wednesday, not a Thursday");
	errata_findings_free(f);
	f = check("a.md", "---\ndate: 2026-07-01\n---\nFriday or Saturday, Jan. 8 or 10.\n");
	one(f, "date.weekday", "January 8, 2026 is a Thursday, not a Friday");
	errata_findings_free(f);
	f = check("a.txt", "It was filed on November 31.\n");
	one(f, "date.invalid", "November 31 does not exist: November has 30 days");
	errata_findings_free(f);
}

/*
 * A year followed by a function word, punctuation or a capital is a year:
 * only a lower-case word that can be counted ("2000 homes") makes the
 * year-less reading possible. February 29, 2025 after an earlier full
 * date of 2025 must stay invalid.
 */
static void test_checks_date_year_not_count(void **state)
{
	static const char *const invalid[] = {
		"BERGEN, Tuesday, October 21, 2025 -- news.\n"
		"It takes place on February 29, 2025 in Tampere.\n",
		"---\ndate: 2025-10-21\n---\nIt takes place on February 29, 2025 in Tampere.\n",
		"---\ndate: 2025-10-21\n---\nThe vote is on February 29, 2025 after talks.\n",
		"---\ndate: 2025-10-21\n---\nThe vote is on February 29, 2025 at the earliest.\n",
		"---\ndate: 2025-10-21\n---\nThe vote is on February 29, 2025\nand not before.\n",
		"---\ndate: 2025-10-21\n---\nThe vote is on February 29, 2025 when the board meets.\n",
		"---\ndate: 2025-10-21\n---\nThe vote is on February 29, 2025, officials said.\n",
		"---\ndate: 2025-10-21\n---\nThe vote is on February 29, 2025.\n",
		"---\ndate: 2025-10-21\n---\nThe vote is on February 29, 2025 In Bergen.\n",
		NULL
	};
	const char *weekday = "---\ndate: 2026-07-01\n---\nBy Friday, March 6, 2000 in Bergen, "
	                      "homes had no power.\n";
	/* a counted word after the number keeps the count reading */
	const char *count = "BERGEN, Tuesday, October 21, 2025 -- news.\n"
	                    "By Friday, March 6, 2000 homes had no power.\n";
	errata_findings *f;

	(void)state;
	for (size_t i = 0; invalid[i]; i++) {
		f = check("a.md", invalid[i]);
		if (errata_findings_count(f) != 1)
			fail_msg("not flagged once: \"%s\"", invalid[i]);
		one(f, "date.invalid", "February 29, 2025 does not exist: 2025 is not a leap year");
		errata_findings_free(f);
	}
	f = check("a.md", weekday);
	one(f, "date.weekday", "March 6, 2000 is a Monday, not a Friday");
	errata_findings_free(f);
	f = check("a.md", count);
	none(f, count);
	errata_findings_free(f);
}

/*
 * Suggestions replace the span: each run of white space in them becomes
 * the first character the source used there, or one space when the run
 * holds a line break.
 */
static void test_checks_date_suggestion_space(void **state)
{
	static const struct {
		const char *text, *span, *s1, *s2;
	} w[] = {
		{ "The vote is on Monday, 9\nSeptember 2025.", "Monday, 9\nSeptember 2025",
		  "Tuesday, 9 September 2025", "Monday, 8 September 2025" },
		{ "The vote is on Monday,\r\n9 September 2025.", "Monday,\r\n9 September 2025",
		  "Tuesday, 9 September 2025", "Monday, 8 September 2025" },
		{ "The vote is on Monday, \n   9 September\n2025.", "Monday, \n   9 September\n2025",
		  "Tuesday, 9 September 2025", "Monday, 8 September 2025" },
		{ "The vote is on Monday,\t\t9  September 2025.", "Monday,\t\t9  September 2025",
		  "Tuesday,\t9 September 2025", "Monday,\t8 September 2025" },
		/* no-break spaces are kept where they come first */
		{ "The vote is on Monday, 9\xc2\xa0 September\xc2\xa0\n2025.",
		  "Monday, 9\xc2\xa0 September\xc2\xa0\n2025",
		  "Tuesday, 9\xc2\xa0September 2025", "Monday, 8\xc2\xa0September 2025" },
		/* an abbreviated month at the end of a line */
		{ "Open Monday, Sept.\n9, 2025.", "Monday, Sept.\n9, 2025",
		  "Tuesday, Sept. 9, 2025", "Monday, Sept. 8, 2025" },
	};
	errata_findings *f;
	const errata_finding *x;

	(void)state;
	for (size_t i = 0; i < sizeof(w) / sizeof(*w); i++) {
		f = check("a.txt", w[i].text);
		x = one(f, "date.weekday", "September 9, 2025 is a Tuesday, not a Monday");
		assert_string_equal(x->text, w[i].span);
		assert_int_equal(x->suggestion_count, 2);
		assert_string_equal(x->suggestions[0], w[i].s1);
		assert_string_equal(x->suggestions[1], w[i].s2);
		errata_findings_free(f);
	}
}

static void test_checks_date_disable_by_prefix(void **state)
{
	errata_checker_options o = ERRATA_CHECKER_OPTIONS_INIT;
	errata_checker *c = NULL;
	errata_doc *doc = NULL;
	errata_findings *out = NULL;
	const char *dis[] = { "date." };
	const char *text = "Tuesday, January 7, 2026 and April 31, 2025.";

	(void)state;
	o.no_default_packs = 1;
	o.disable = dis;
	o.disable_count = 1;
	assert_int_equal(errata_checker_new(&c, &o), 0);
	assert_int_equal(errata_doc_load_buffer(&doc, "a.txt", text, strlen(text), NULL), 0);
	assert_int_equal(errata_findings_new(&out), 0);
	assert_int_equal(errata_checker_check(c, doc, out), 0);
	assert_int_equal(errata_findings_count(out), 0);
	errata_findings_free(out);
	errata_doc_free(doc);
	errata_checker_free(c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_checks_date_weekday_message_and_suggestions),
		cmocka_unit_test(test_checks_date_weekday_nearest_in_month),
		cmocka_unit_test(test_checks_date_weekday_keeps_style),
		cmocka_unit_test(test_checks_date_weekday_iso),
		cmocka_unit_test(test_checks_date_weekday_inferred_year),
		cmocka_unit_test(test_checks_date_weekday_not_judged),
		cmocka_unit_test(test_checks_date_invalid),
		cmocka_unit_test(test_checks_date_invalid_leaves_alone),
		cmocka_unit_test(test_checks_date_two_readings),
		cmocka_unit_test(test_checks_date_direction_and_counts),
		cmocka_unit_test(test_checks_date_year_not_count),
		cmocka_unit_test(test_checks_date_suggestion_space),
		cmocka_unit_test(test_checks_date_disable_by_prefix),
	};

	return cmocka_run_group_tests_name("checks_date", tests, setup, teardown);
}
