/*
 * test_mentions.c: date-mention extraction with the English table: every
 * shape (with right and wrong weekdays), the spans, ranges, the things that
 * are not dates, numeric order, and year inference.
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

#define EXPL ERRATA_MENTION_YEAR_EXPLICIT
#define INFR ERRATA_MENTION_YEAR_INFERRED
#define NUMR ERRATA_MENTION_NUMERIC
#define RS   ERRATA_MENTION_RANGE_START
#define RE   ERRATA_MENTION_RANGE_END

typedef struct {
	const char *whole, *date, *weekday; /* weekday NULL: none */
	int wd, year, month, day;
	unsigned int flags;
	long peer;
} want;

static errata_locale *en;

static int setup(void **state)
{
	(void)state;
	use_source_data();
	return errata_locale_load_lang(&en, "en");
}

static int teardown(void **state)
{
	(void)state;
	errata_locale_free(en);
	return 0;
}

static void span_equal(const char *text, size_t off, size_t len, const char *expect,
                       const char *what, size_t i)
{
	if (strlen(expect) != len || memcmp(text + off, expect, len))
		fail_msg("mention %zu %s: got '%.*s', want '%s'", i, what, (int)len, text + off,
		         expect);
}

static void check_opts(const char *text, const errata_mention_options *opts,
                       const want *w, size_t n)
{
	errata_mentions *ms = NULL;

	assert_int_equal(errata_mentions_extract_text(&ms, text, strlen(text), en, opts), 0);
	if (errata_mentions_count(ms) != n)
		fail_msg("'%s': %zu mentions, want %zu", text, errata_mentions_count(ms), n);
	for (size_t i = 0; i < n; i++) {
		const errata_mention *m = errata_mentions_get(ms, i);

		span_equal(text, m->offset, m->length, w[i].whole, "span", i);
		span_equal(text, m->date_offset, m->date_length, w[i].date, "date span", i);
		if (w[i].weekday) {
			span_equal(text, m->weekday_offset, m->weekday_length, w[i].weekday,
			           "weekday span", i);
			assert_int_equal(m->weekday, w[i].wd);
		} else {
			assert_int_equal(m->weekday, -1);
			assert_int_equal(m->weekday_length, 0);
		}
		if (m->year != w[i].year || m->month != w[i].month || m->day != w[i].day)
			fail_msg("'%s' mention %zu: %d-%d-%d, want %d-%d-%d", text, i, m->year,
			         m->month, m->day, w[i].year, w[i].month, w[i].day);
		if (m->flags != w[i].flags)
			fail_msg("'%s' mention %zu: flags %x, want %x", text, i, m->flags, w[i].flags);
		assert_int_equal(m->peer, w[i].peer);
	}
	assert_null(errata_mentions_get(ms, n));
	errata_mentions_free(ms);
}

static void check(const char *text, const want *w, size_t n)
{
	check_opts(text, NULL, w, n);
}

#define ONE(text, ...) do { const want w_[] = { __VA_ARGS__ }; check(text, w_, 1); } while (0)
#define TWO(text, ...) do { const want w_[] = { __VA_ARGS__ }; check(text, w_, 2); } while (0)
#define NONE(text) check(text, NULL, 0)

static void test_mentions_month_first_shapes(void **state)
{
	(void)state;
	ONE("Sunday, January 4, 2026", { "Sunday, January 4, 2026", "January 4, 2026", "Sunday",
	    6, 2026, 1, 4, EXPL, -1 });
	/* a wrong weekday is still read as written */
	ONE("on Monday, January 4, 2026.", { "Monday, January 4, 2026", "January 4, 2026",
	    "Monday", 0, 2026, 1, 4, EXPL, -1 });
	ONE("Sunday, Jan. 4, 2026", { "Sunday, Jan. 4, 2026", "Jan. 4, 2026", "Sunday",
	    6, 2026, 1, 4, EXPL, -1 });
	ONE("Monday, January 5", { "Monday, January 5", "January 5", "Monday", 0, 0, 1, 5, 0, -1 });
	ONE("Monday, Jan. 5", { "Monday, Jan. 5", "Jan. 5", "Monday", 0, 0, 1, 5, 0, -1 });
	ONE("Tuesday (Jan. 6)", { "Tuesday (Jan. 6)", "Jan. 6", "Tuesday", 1, 0, 1, 6, 0, -1 });
	ONE("January 6 (Tuesday)", { "January 6 (Tuesday)", "January 6", "Tuesday",
	    1, 0, 1, 6, 0, -1 });
	ONE("Tues. Sept. 15", { "Tues. Sept. 15", "Sept. 15", "Tues.", 1, 0, 9, 15, 0, -1 });
	ONE("Thurs., Jan. 8th", { "Thurs., Jan. 8th", "Jan. 8th", "Thurs.", 3, 0, 1, 8, 0, -1 });
}

static void test_mentions_day_first_shapes(void **state)
{
	(void)state;
	ONE("Wednesday, 7 January 2026", { "Wednesday, 7 January 2026", "7 January 2026",
	    "Wednesday", 2, 2026, 1, 7, EXPL, -1 });
	ONE("Wed, 7 Jan 2026", { "Wed, 7 Jan 2026", "7 Jan 2026", "Wed", 2, 2026, 1, 7, EXPL, -1 });
	ONE("Thursday 7th January", { "Thursday 7th January", "7th January", "Thursday",
	    3, 0, 1, 7, 0, -1 });
	ONE("Wednesday, the 7th of January, 2026", { "Wednesday, the 7th of January, 2026",
	    "7th of January, 2026", "Wednesday", 2, 2026, 1, 7, EXPL, -1 });
	ONE("on the 1st of May", { "1st of May", "1st of May", NULL, -1, 0, 5, 1, 0, -1 });
}

static void test_mentions_numeric_shapes(void **state)
{
	(void)state;
	ONE("2026-01-07 (Wednesday)", { "2026-01-07 (Wednesday)", "2026-01-07", "Wednesday",
	    2, 2026, 1, 7, EXPL | NUMR, -1 });
	ONE("Wednesday, 2026-01-07", { "Wednesday, 2026-01-07", "2026-01-07", "Wednesday",
	    2, 2026, 1, 7, EXPL | NUMR, -1 });
	ONE("Friday, 2026-01-07", { "Friday, 2026-01-07", "2026-01-07", "Friday",
	    4, 2026, 1, 7, EXPL | NUMR, -1 });
	/* 1/13 can only be month first, 13/1 only day first */
	ONE("Tuesday, 1/13/2026", { "Tuesday, 1/13/2026", "1/13/2026", "Tuesday",
	    1, 2026, 1, 13, EXPL | NUMR, -1 });
	ONE("Tuesday, 13/1/2026", { "Tuesday, 13/1/2026", "13/1/2026", "Tuesday",
	    1, 2026, 1, 13, EXPL | NUMR, -1 });
	ONE("at 2026-01-07T10:30Z", { "2026-01-07", "2026-01-07", NULL, -1, 2026, 1, 7, EXPL | NUMR, -1 });
	NONE("build 2026-01-07b");
	ONE("2026-13-02", { "2026-13-02", "2026-13-02", NULL, -1, 2026, 13, 2, EXPL | NUMR, -1 });
	ONE("on 13.1.2026 (Wednesday)", { "13.1.2026 (Wednesday)", "13.1.2026", "Wednesday",
	    2, 2026, 1, 13, EXPL | NUMR, -1 });
}

static void test_mentions_numeric_order(void **state)
{
	errata_mention_options mdy = ERRATA_MENTION_OPTIONS_INIT, dmy = ERRATA_MENTION_OPTIONS_INIT;
	const want as_mdy[] = { { "Wednesday, 1/7/2026", "1/7/2026", "Wednesday",
	                          2, 2026, 1, 7, EXPL | NUMR, -1 } };
	const want as_dmy[] = { { "Wednesday, 1/7/2026", "1/7/2026", "Wednesday",
	                          2, 2026, 7, 1, EXPL | NUMR, -1 } };
	const want odd[] = { { "31/13/2026", "31/13/2026", NULL, -1, 2026, 13, 31, EXPL | NUMR, -1 } };

	(void)state;
	mdy.order = ERRATA_ORDER_MDY;
	dmy.order = ERRATA_ORDER_DMY;
	/* ambiguous without an order: read in the table's usual order, the
	 * other one kept for the checks (a weekday tells them apart); alone,
	 * not a mention */
	ONE("Wednesday, 1/7/2026", { "Wednesday, 1/7/2026", "1/7/2026", "Wednesday",
	                             2, 2026, 1, 7, EXPL | NUMR, -1 });
	NONE("on 1/7/2026 at noon");
	check_opts("Wednesday, 1/7/2026", &mdy, as_mdy, 1);
	check_opts("Wednesday, 1/7/2026", &dmy, as_dmy, 1);
	/* with a fixed order an impossible reading is still a mention (date.invalid) */
	check_opts("31/13/2026", &dmy, odd, 1);
	NONE("31/13/2026");
	/* the same day and month read the same both ways */
	ONE("5/5/2026", { "5/5/2026", "5/5/2026", NULL, -1, 2026, 5, 5, EXPL | NUMR, -1 });
}

static void test_mentions_without_weekday(void **state)
{
	(void)state;
	ONE("January 4, 2026", { "January 4, 2026", "January 4, 2026", NULL, -1, 2026, 1, 4, EXPL, -1 });
	ONE("4 January 2026", { "4 January 2026", "4 January 2026", NULL, -1, 2026, 1, 4, EXPL, -1 });
	ONE("Jan. 4", { "Jan. 4", "Jan. 4", NULL, -1, 0, 1, 4, 0, -1 });
	ONE("February 29, 2023", { "February 29, 2023", "February 29, 2023", NULL,
	    -1, 2023, 2, 29, EXPL, -1 });
	ONE("February 30", { "February 30", "February 30", NULL, -1, 0, 2, 30, 0, -1 });
	ONE("April 31, 2025", { "April 31, 2025", "April 31, 2025", NULL, -1, 2025, 4, 31, EXPL, -1 });
	ONE("May 2", { "May 2", "May 2", NULL, -1, 0, 5, 2, 0, -1 });
}

static void test_mentions_ranges(void **state)
{
	(void)state;
	TWO("from Tuesday, January 6, to Wednesday, January 7, 2026",
	    { "Tuesday, January 6", "January 6", "Tuesday", 1, 2026, 1, 6, EXPL | RS, 1 },
	    { "Wednesday, January 7, 2026", "January 7, 2026", "Wednesday", 2, 2026, 1, 7,
	      EXPL | RE, 0 });
	TWO("Monday–Wednesday, March 2–4, 2026",
	    { "Monday–Wednesday, March 2", "March 2", "Monday", 0, 2026, 3, 2, EXPL | RS, 1 },
	    { "Wednesday, March 2–4, 2026", "4, 2026", "Wednesday", 2, 2026, 3, 4, EXPL | RE, 0 });
	TWO("Monday-Wednesday, March 2-4, 2026",
	    { "Monday-Wednesday, March 2", "March 2", "Monday", 0, 2026, 3, 2, EXPL | RS, 1 },
	    { "Wednesday, March 2-4, 2026", "4, 2026", "Wednesday", 2, 2026, 3, 4, EXPL | RE, 0 });
	TWO("Friday 9 – Sunday 11 January 2026",
	    { "Friday 9", "9", "Friday", 4, 2026, 1, 9, EXPL | RS, 1 },
	    { "Sunday 11 January 2026", "11 January 2026", "Sunday", 6, 2026, 1, 11, EXPL | RE, 0 });
	TWO("Tuesday through Thursday, Sept. 15-17",
	    { "Tuesday through Thursday, Sept. 15", "Sept. 15", "Tuesday", 1, 0, 9, 15, RS, 1 },
	    { "Thursday, Sept. 15-17", "17", "Thursday", 3, 0, 9, 17, RE, 0 });
	TWO("January 4 to 8", { "January 4", "January 4", NULL, -1, 0, 1, 4, RS, 1 },
	    { "8", "8", NULL, -1, 0, 1, 8, RE, 0 });
	TWO("from March 5 to March 2", { "March 5", "March 5", NULL, -1, 0, 3, 5, RS, 1 },
	    { "March 2", "March 2", NULL, -1, 0, 3, 2, RE, 0 });
	TWO("9 – 11 January 2026", { "9", "9", NULL, -1, 2026, 1, 9, EXPL | RS, 1 },
	    { "11 January 2026", "11 January 2026", NULL, -1, 2026, 1, 11, EXPL | RE, 0 });
	/* the closing year; a start month after the end month is the year before */
	TWO("December 30 to January 2, 2027",
	    { "December 30", "December 30", NULL, -1, 2026, 12, 30, EXPL | RS, 1 },
	    { "January 2, 2027", "January 2, 2027", NULL, -1, 2027, 1, 2, EXPL | RE, 0 });
	/* a list shares the year but is not a range */
	TWO("March 2 and 4, 2026", { "March 2", "March 2", NULL, -1, 2026, 3, 2, EXPL, -1 },
	    { "4, 2026", "4, 2026", NULL, -1, 2026, 3, 4, EXPL, -1 });
	ONE("April 30 and 31 people", { "April 30", "April 30", NULL, -1, 0, 4, 30, 0, -1 });
	TWO("Monday and Tuesday, March 2 and 3",
	    { "Monday and Tuesday, March 2", "March 2", "Monday", 0, 0, 3, 2, 0, -1 },
	    { "Tuesday, March 2 and 3", "3", "Tuesday", 1, 0, 3, 3, 0, -1 });
	/* "between ... and" is a range */
	TWO("between Jan. 4 and 8", { "Jan. 4", "Jan. 4", NULL, -1, 0, 1, 4, RS, 1 },
	    { "8", "8", NULL, -1, 0, 1, 8, RE, 0 });
	TWO("Between\n March 2 and April 4, 2026",
	    { "March 2", "March 2", NULL, -1, 2026, 3, 2, EXPL | RS, 1 },
	    { "April 4, 2026", "April 4, 2026", NULL, -1, 2026, 4, 4, EXPL | RE, 0 });
}

static void test_mentions_not_dates(void **state)
{
	(void)state;
	NONE("Friday's column ran long.");
	NONE("The talks ran from Tuesday to Thursday.");
	NONE("Sunday March, the drummer, said so.");
	NONE("May Monday bring better news.");
	NONE("The plant opened in March 2026.");
	NONE("Music of the 1990s and 2000s.");
	NONE("There may 2 people left, and we march 3 miles on wed 4.");
	NONE("Call 555-12-34 about the 2024-25 season, ticket 12.5.");
	NONE("Version 3.14 ships on Monday.");
	NONE("Friday the 13th, open Mon-Fri 9-5, 9/11 and 24/7, the 2026-27 budget.");
	NONE("A 2-1 win on Saturday, 2-1 again.");
	/* a part of the day between a weekday and its date keeps them together */
	ONE("Sunday night, Jan. 4", { "Sunday night, Jan. 4", "Jan. 4", "Sunday", 6, 0, 1, 4, 0, -1 });
	NONE("");
	/* the weekday is too far from the date to belong to it */
	ONE("On Friday, police said March 3 was the day.",
	    { "March 3", "March 3", NULL, -1, 0, 3, 3, 0, -1 });
	ONE("It was 1/7/2026 or March 4",
	    { "March 4", "March 4", NULL, -1, 0, 3, 4, 0, -1 });
}

static void test_mentions_layout(void **state)
{
	(void)state;
	/* line breaks, repeated spaces, and spaces left by masked markup */
	ONE("On\nSunday ,  January\n4 , 2026 .", { "Sunday ,  January\n4 , 2026",
	    "January\n4 , 2026", "Sunday", 6, 2026, 1, 4, EXPL, -1 });
	ONE("Sunday,\r\n  the 4th\nof  January", { "Sunday,\r\n  the 4th\nof  January",
	    "4th\nof  January", "Sunday", 6, 0, 1, 4, 0, -1 });
	ONE("Tuesday ( Jan. 6 )", { "Tuesday ( Jan. 6 )", "Jan. 6", "Tuesday", 1, 0, 1, 6, 0, -1 });
	ONE("Sunday,\xc2\xa0" "January\xc2\xa0" "4", { "Sunday,\xc2\xa0" "January\xc2\xa0" "4",
	    "January\xc2\xa0" "4", "Sunday", 6, 0, 1, 4, 0, -1 });
}

static void test_mentions_paragraphs(void **state)
{
	(void)state;
	/* a blank line ends what a weekday or a range can reach */
	ONE("Monday,\n\nJan. 5", { "Jan. 5", "Jan. 5", NULL, -1, 0, 1, 5, 0, -1 });
	ONE("January 6\n \n(Tuesday)", { "January 6", "January 6", NULL, -1, 0, 1, 6, 0, -1 });
	TWO("Jan. 5 to\n\nJan. 9", { "Jan. 5", "Jan. 5", NULL, -1, 0, 1, 5, 0, -1 },
	    { "Jan. 9", "Jan. 9", NULL, -1, 0, 1, 9, 0, -1 });
	ONE("Friday 9 -\n\nSunday 11 January 2026", { "Sunday 11 January 2026",
	    "11 January 2026", "Sunday", 6, 2026, 1, 11, EXPL, -1 });
}

/* Through the document loader: markup is masked, offsets are the file's. */
static void test_mentions_document(void **state)
{
	static const char html[] = "<p><b>Sunday</b>, January&nbsp;4, 2026</p>";
	static const char md[] = "Tuesday, `Jan. 6` and *Monday*, [Jan. 5](https://example.com/1)";
	errata_doc *doc = NULL;
	errata_mentions *ms = NULL;
	const errata_mention *m;

	(void)state;
	assert_int_equal(errata_doc_load_buffer(&doc, "a.html", html, strlen(html), NULL), 0);
	assert_int_equal(errata_mentions_extract(&ms, doc, en, NULL), 0);
	assert_int_equal(errata_mentions_count(ms), 1);
	m = errata_mentions_get(ms, 0);
	span_equal(html, m->offset, m->length, "Sunday</b>, January&nbsp;4, 2026", "span", 0);
	span_equal(html, m->weekday_offset, m->weekday_length, "Sunday", "weekday span", 0);
	span_equal(html, m->date_offset, m->date_length, "January&nbsp;4, 2026", "date span", 0);
	assert_int_equal(m->year, 2026);
	assert_int_equal(m->weekday, 6);
	errata_mentions_free(ms);
	errata_doc_free(doc);

	assert_int_equal(errata_doc_load_buffer(&doc, "a.md", md, strlen(md), NULL), 0);
	assert_int_equal(errata_mentions_extract(&ms, doc, en, NULL), 0);
	assert_int_equal(errata_mentions_count(ms), 1);
	m = errata_mentions_get(ms, 0);
	span_equal(md, m->weekday_offset, m->weekday_length, "Monday", "weekday span", 0);
	span_equal(md, m->date_offset, m->date_length, "Jan. 5", "date span", 0);
	errata_mentions_free(ms);
	errata_doc_free(doc);
	assert_int_equal(errata_mentions_extract(&ms, NULL, en, NULL), ERRATA_EUSAGE);
}

/* A fixture article: years come from its front matter and from earlier dates. */
static void test_mentions_fixture_article(void **state)
{
	static const struct { const char *date; int wd, year, month, day; unsigned int flags; } w[] = {
		{ "Dec. 14", 0, 2026, 12, 14, INFR | RS },
		{ "Dec. 18", 4, 2026, 12, 18, INFR | RE },
		{ "Jan. 7", 3, 2027, 1, 7, INFR },
		{ "Jan. 11", -1, 2027, 1, 11, INFR },
		{ "March 3, 2025", -1, 2025, 3, 3, EXPL },
		{ "March 7", 4, 2025, 3, 7, INFR },
		{ "Aug. 4", -1, 2026, 8, 4, EXPL | RS },
		{ "6, 2026", -1, 2026, 8, 6, EXPL | RE },
	};
	const char *root = getenv("ERRATA_ROOT");
	errata_mention_options o = ERRATA_MENTION_OPTIONS_INIT;
	errata_doc *doc = NULL;
	errata_mentions *ms = NULL;
	char path[4096];
	const char *text;
	size_t len;

	(void)state;
	snprintf(path, sizeof(path), "%s/tests/fixtures/dates/inference.md", root ? root : ".");
	assert_int_equal(errata_doc_load_file(&doc, path, NULL), 0);
	assert_non_null(errata_doc_meta(doc, "date"));
	assert_int_equal(errata_date_parse_iso(errata_doc_meta(doc, "date"), &o.anchor), 0);
	assert_int_equal(errata_mentions_extract(&ms, doc, en, &o), 0);
	text = errata_doc_text(doc, &len);
	assert_int_equal(errata_mentions_count(ms), sizeof(w) / sizeof(*w));
	for (size_t i = 0; i < sizeof(w) / sizeof(*w); i++) {
		const errata_mention *m = errata_mentions_get(ms, i);

		span_equal(text, m->date_offset, m->date_length, w[i].date, "date span", i);
		assert_int_equal(m->weekday, w[i].wd);
		assert_int_equal(m->year, w[i].year);
		assert_int_equal(m->month, w[i].month);
		assert_int_equal(m->day, w[i].day);
		assert_int_equal(m->flags, w[i].flags);
		if (w[i].wd >= 0)
			assert_int_equal(errata_date_weekday(m->year, m->month, m->day), w[i].wd);
	}
	errata_mentions_free(ms);
	errata_doc_free(doc);
}

static void test_mentions_year_inference(void **state)
{
	errata_mention_options o = ERRATA_MENTION_OPTIONS_INIT;
	const want rollover[] = { { "Thursday, Jan. 7", "Jan. 7", "Thursday", 3, 2027, 1, 7, INFR, -1 } };
	const want same[] = { { "Monday, Nov. 30", "Nov. 30", "Monday", 0, 2026, 11, 30, INFR, -1 } };
	const want back[] = { { "Dec. 28", "Dec. 28", NULL, -1, 2025, 12, 28, INFR, -1 } };
	const want chain[] = {
		{ "March 3, 2025", "March 3, 2025", NULL, -1, 2025, 3, 3, EXPL, -1 },
		{ "Friday, March 7", "March 7", "Friday", 4, 2025, 3, 7, INFR, -1 },
		{ "Feb. 29, 2023", "Feb. 29, 2023", NULL, -1, 2023, 2, 29, EXPL, -1 },
		{ "March 9", "March 9", NULL, -1, 2025, 3, 9, INFR, -1 },
	};
	const want range[] = {
		{ "December 30", "December 30", NULL, -1, 2026, 12, 30, INFR | RS, 1 },
		{ "January 2", "January 2", NULL, -1, 2027, 1, 2, INFR | RE, 0 },
	};

	(void)state;
	o.anchor.year = 2026;
	o.anchor.month = 11;
	o.anchor.day = 27;
	check_opts("It opens Thursday, Jan. 7", &o, rollover, 1);
	check_opts("Monday, Nov. 30", &o, same, 1);
	o.anchor.month = 1;
	o.anchor.day = 3;
	check_opts("since Dec. 28", &o, back, 1);
	o.anchor.month = 12;
	o.anchor.day = 20;
	check_opts("from December 30 to January 2", &o, range, 2);
	/* the nearest preceding explicit valid date wins over the article date;
	 * an impossible date is no anchor */
	check_opts("On March 3, 2025, and Friday, March 7; not Feb. 29, 2023; March 9.",
	           &o, chain, 4);
	/* "last" and "next" choose the year before or after the anchor */
	o.anchor.month = 11;
	o.anchor.day = 27;
	{
		const want last[] = { { "Dec. 3", "Dec. 3", NULL, -1, 2025, 12, 3, INFR, -1 } };
		const want plain[] = { { "Dec. 3", "Dec. 3", NULL, -1, 2026, 12, 3, INFR, -1 } };
		const want next[] = { { "Monday, Nov. 23", "Nov. 23", "Monday", 0, 2027, 11, 23, INFR, -1 } };

		check_opts("since last Dec. 3", &o, last, 1);
		check_opts("since Dec. 3", &o, plain, 1);
		check_opts("next Monday, Nov. 23", &o, next, 1);
	}
	/* half a year either side: July 1 is 182 days from Dec. 30 in its
	 * year, 183 from Dec. 31, which is 182 days back in the year before */
	o.anchor.month = 7;
	o.anchor.day = 1;
	{
		const want within[] = { { "Dec. 30", "Dec. 30", NULL, -1, 2026, 12, 30, INFR, -1 } };
		const want beyond[] = { { "Dec. 31", "Dec. 31", NULL, -1, 2025, 12, 31, INFR, -1 } };
		const want early[] = { { "Jan. 1", "Jan. 1", NULL, -1, 2026, 1, 1, INFR, -1 } };

		check_opts("on Dec. 30", &o, within, 1);
		check_opts("on Dec. 31", &o, beyond, 1);
		check_opts("on Jan. 1", &o, early, 1);
	}
	/* February 29 goes to the nearest year that has one */
	o.anchor.year = 2027;
	o.anchor.month = 12;
	o.anchor.day = 1;
	{
		const want leap[] = { { "Feb. 29", "Feb. 29", NULL, -1, 2028, 2, 29, INFR, -1 } };

		check_opts("on Feb. 29", &o, leap, 1);
	}
	/* a number followed by a time word is an hour */
	ONE("from Friday, July 10, until 5 a.m. Monday",
	    { "Friday, July 10", "July 10", "Friday", 4, 0, 7, 10, 0, -1 });
	NONE("Monday 9 pm and Tuesday 10 a.m.");
	/* a month standing alone after "in" is followed by a count, not a day */
	NONE("In November 31 soldiers died.");
	ONE("In November 30 soldiers died.",
	    { "November 30", "November 30", NULL, -1, 0, 11, 30, 0, -1 });
	/* a year written on a list's first date anchors the second: no rollover */
	TWO("On June 4, 2026 and Thursday, February 5.",
	    { "June 4, 2026", "June 4, 2026", NULL, -1, 2026, 6, 4, EXPL, -1 },
	    { "Thursday, February 5", "February 5", "Thursday", 3, 2026, 2, 5, INFR, -1 });
	/* a range's year written at its end rolls its start back */
	TWO("from December 30 to January 2, 2027",
	    { "December 30", "December 30", NULL, -1, 2026, 12, 30, EXPL | RS, 1 },
	    { "January 2, 2027", "January 2, 2027", NULL, -1, 2027, 1, 2, EXPL | RE, 0 });
	/* no anchor at all: the year stays 0 */
	ONE("It opens Thursday, Jan. 7", { "Thursday, Jan. 7", "Jan. 7", "Thursday", 3, 0, 1, 7, 0, -1 });
}

/* The year reported for mention 1 of text, read against an article of
 * 2026-11-27 (mention 0 writes its year). */
static int second_report_year(const char *text)
{
	errata_mention_options o = ERRATA_MENTION_OPTIONS_INIT;
	errata_mentions *ms = NULL;
	int year;

	o.anchor.year = 2026;
	o.anchor.month = 11;
	o.anchor.day = 27;
	assert_int_equal(errata_mentions_extract_text(&ms, text, strlen(text), en, &o), 0);
	assert_int_equal(errata_mentions_count(ms), 2);
	year = errata__mention_report_year(ms, 1);
	errata_mentions_free(ms);
	return year;
}

/* A written year anchors the dates after it; past a blank line (which may
 * hold spaces, tabs and carriage returns) the article's year is the one
 * reported. */
static void test_mentions_paragraph_reading(void **state)
{
	(void)state;
	assert_int_equal(second_report_year("On March 3, 2020, it began.\nIt ends Dec. 1."), 2019);
	assert_int_equal(second_report_year("On March 3, 2020, it began.\n.\nIt ends Dec. 1."), 2019);
	assert_int_equal(second_report_year("On March 3, 2020, it began.\n\nIt ends Dec. 1."), 2026);
	assert_int_equal(second_report_year("On March 3, 2020, it began.\r\n \t\r\nIt ends Dec. 1."),
	                 2026);
	assert_int_equal(second_report_year("On March 3, 2020.\n\nMore.\n\n\nIt ends Dec. 1."), 2026);
	assert_int_equal(second_report_year("\n\nOn March 3, 2020, it began. It ends Dec. 1."), 2019);
}

/* The other reading of the second of two year-less dates (anchor July 1, 2026). */
static int second_alt_year(const char *text)
{
	errata_mention_options o = ERRATA_MENTION_OPTIONS_INIT;
	errata_mentions *ms = NULL;
	int year;

	o.anchor.year = 2026;
	o.anchor.month = 7;
	o.anchor.day = 1;
	assert_int_equal(errata_mentions_extract_text(&ms, text, strlen(text), en, &o), 0);
	assert_int_equal(errata_mentions_count(ms), 2);
	assert_int_equal(errata_mentions_get(ms, 1)->year, 2026);
	year = errata__mention_alt_year(ms, 1);
	errata_mentions_free(ms);
	return year;
}

/* A year-less date may be read in the year nearest the date before it in
 * its paragraph (Dec. 25, 2026, then Jan. 10 of 2027), not across one. */
static void test_mentions_neighbour_reading(void **state)
{
	(void)state;
	assert_int_equal(second_alt_year("It opens Dec. 25. It closes Jan. 10."), 2027);
	assert_int_equal(second_alt_year("It opens Dec. 25.\nIt closes Jan. 10."), 2027);
	assert_int_equal(second_alt_year("It opens Dec. 25.\n\nIt closes Jan. 10."), 0);
	/* the nearest year is the date's own: no other reading */
	assert_int_equal(second_alt_year("It opens Jan. 5. It closes Jan. 10."), 0);
}

/*
 * A written date in another year anchors year-less dates only in its own
 * block: a paragraph, and a list item unless the line continues the one
 * before. A direction word counts only on the date's own line.
 */
static void test_mentions_block_anchor(void **state)
{
	errata_mention_options o = ERRATA_MENTION_OPTIONS_INIT;
	const want item[] = {
		{ "June 4, 1989", "June 4, 1989", NULL, -1, 1989, 6, 4, EXPL, -1 },
		{ "Thursday, May 14", "May 14", "Thursday", 3, 2026, 5, 14, INFR, -1 },
	};
	const want wrapped[] = {
		{ "June 4, 1989", "June 4, 1989", NULL, -1, 1989, 6, 4, EXPL, -1 },
		{ "Saturday, May 14", "May 14", "Saturday", 5, 1989, 5, 14, INFR, -1 },
	};
	const want undated[] = {
		{ "June 4, 1989", "June 4, 1989", NULL, -1, 1989, 6, 4, EXPL, -1 },
		{ "Thursday, May 14", "May 14", "Thursday", 3, 0, 5, 14, 0, -1 },
	};
	const want heading[] = { { "Mon 3 Aug", "3 Aug", "Mon", 0, 2026, 8, 3, INFR, -1 } };
	const want wrong_day[] = { { "Tue 3 Aug", "3 Aug", "Tue", 1, 2026, 8, 3, INFR, -1 } };
	const want attached[] = { { "Tuesday, Aug. 3", "Aug. 3", "Tuesday", 1, 2027, 8, 3, INFR, -1 } };

	(void)state;
	o.anchor.year = 2026;
	o.anchor.month = 5;
	o.anchor.day = 12;
	check_opts("Key dates\n- The treaty: June 4, 1989\n- The vote: Thursday, May 14", &o, item, 2);
	check_opts("Key dates\n* The treaty: June 4, 1989\n  3. Thursday, May 14", &o, item, 2);
	check_opts("The treaty: June 4, 1989\n\nThe vote: Thursday, May 14", &o, item, 2);
	check_opts("<p>The treaty: June 4, 1989</p><p>The vote: Thursday, May 14", &o, item, 2);
	check_opts("| June 4, 1989 | signed |\n| Thursday, May 14 | vote |", &o, item, 2);
	/* a line that continues the one before stays in the block, where
	 * the article's year is the other reading: the one read when the
	 * weekday fits it and not the block's (May 14, 1989 is a Sunday,
	 * 2026 a Thursday; a Saturday fits neither) */
	check_opts("The treaty of June 4, 1989 is marked\non Saturday, May 14", &o, wrapped, 2);
	check_opts("The treaty of June 4, 1989 is marked\non Thursday, May 14", &o, item, 2);
	/* without an article date nothing outside the block is judged */
	check_opts("The treaty: June 4, 1989\n\nThe vote: Thursday, May 14", NULL, undated, 2);
	o.anchor.month = 9;
	o.anchor.day = 1;
	check_opts("## What comes next\n\nMon 3 Aug: the hearing", &o, heading, 1);
	/* a heading's run of digits too long for a year is passed over, its
	 * value never counted past four digits (no overflow) */
	check_opts("## Plan 2222222222222222222222222\n\nTue 3 Aug: the hearing", &o, wrong_day, 1);
	check_opts("The road ahead: next\nMon 3 Aug: the hearing", &o, heading, 1);
	check_opts("It resumes next Tuesday, Aug. 3.", &o, attached, 1);
}

/* Numbers inside identifiers are not dates, and a day above 31 is no day. */
static void test_mentions_identifiers(void **state)
{
	(void)state;
	NONE("doi:10.1234/abc.77.4.2210");
	NONE("10.1016/j.cell.31.4.2019");
	NONE("Table 77/4/2210");
	NONE("\xc2\xa7 30.2.2011");
	NONE("the COVID-19 rules");
	NONE("2026-05-45");
	NONE("Table 40/4/2026");
}

/* Day lists that go on with the month; numeric dates a weekday names. */
static void test_mentions_lists_and_numbers(void **state)
{
	const errata_mentions *ms;
	errata_mentions *m = NULL;
	const char *t = "April 29th, 30th and 31st.";
	int sm, sd, sy;

	(void)state;
	assert_int_equal(errata_mentions_extract_text(&m, t, strlen(t), en, NULL), 0);
	ms = m;
	assert_int_equal(errata_mentions_count(ms), 3);
	assert_int_equal(errata_mentions_get(ms, 2)->month, 4);
	assert_int_equal(errata_mentions_get(ms, 2)->day, 31);
	errata_mentions_free(m);
	t = "June 30th, 31st and July 1st 2016";
	assert_int_equal(errata_mentions_extract_text(&m, t, strlen(t), en, NULL), 0);
	assert_int_equal(errata_mentions_count(m), 3);
	assert_int_equal(errata_mentions_get(m, 1)->month, 6);
	assert_int_equal(errata_mentions_get(m, 1)->day, 31);
	assert_int_equal(errata_mentions_get(m, 1)->year, 2016);
	assert_int_equal(errata_mentions_get(m, 0)->year, 2016);
	errata_mentions_free(m);
	/* a count after a comma is no day of the list */
	ONE("On May 5, 31st Street closed.", { "May 5", "May 5", NULL, -1, 0, 5, 5, 0, -1 });
	ONE("On March 3, 12 people came.", { "March 3", "March 3", NULL, -1, 0, 3, 3, 0, -1 });
	/* day and month alone only where a weekday names them */
	NONE("The score was 9/10.");
	ONE("Saturday, 28/11", { "Saturday, 28/11", "28/11", "Saturday", 5, 0, 11, 28, NUMR, -1 });
	ONE("5/14(Thu)", { "5/14(Thu)", "5/14", "Thu", 3, 0, 5, 14, NUMR, -1 });
	/* both orders real: read with the other one kept */
	t = "Tuesday, 11/03/2026";
	assert_int_equal(errata_mentions_extract_text(&m, t, strlen(t), en, NULL), 0);
	assert_int_equal(errata_mentions_count(m), 1);
	assert_int_equal(errata_mentions_get(m, 0)->month, 11);
	assert_int_equal(errata__mention_swapped(m, 0, &sm, &sd, &sy), 1);
	assert_int_equal(sm, 3);
	assert_int_equal(sd, 11);
	assert_int_equal(sy, 2026);
	errata_mentions_free(m);
	NONE("The ratio was 11/03/2026.");
}

static void test_mentions_bad_arguments(void **state)
{
	errata_mentions *ms = NULL;
	errata_mention_options o = ERRATA_MENTION_OPTIONS_INIT;

	(void)state;
	assert_int_equal(errata_mentions_extract_text(NULL, "x", 1, en, NULL), ERRATA_EUSAGE);
	assert_int_equal(errata_mentions_extract_text(&ms, "x", 1, NULL, NULL), ERRATA_EUSAGE);
	assert_int_equal(errata_mentions_extract_text(&ms, NULL, 3, en, NULL), ERRATA_EUSAGE);
	o.version = 99;
	assert_int_equal(errata_mentions_extract_text(&ms, "x", 1, en, &o), ERRATA_EUSAGE);
	assert_null(ms);
	assert_int_equal(errata_mentions_count(NULL), 0);
	assert_null(errata_mentions_get(NULL, 0));
	errata_mentions_free(NULL);
	/* invalid UTF-8 and stray bytes do not upset extraction */
	assert_int_equal(errata_mentions_extract_text(&ms, "\xff\xfe Jan. 4 \xc3", 11, en, NULL), 0);
	assert_int_equal(errata_mentions_count(ms), 1);
	errata_mentions_free(ms);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_mentions_month_first_shapes),
		cmocka_unit_test(test_mentions_day_first_shapes),
		cmocka_unit_test(test_mentions_numeric_shapes),
		cmocka_unit_test(test_mentions_numeric_order),
		cmocka_unit_test(test_mentions_without_weekday),
		cmocka_unit_test(test_mentions_ranges),
		cmocka_unit_test(test_mentions_not_dates),
		cmocka_unit_test(test_mentions_layout),
		cmocka_unit_test(test_mentions_paragraphs),
		cmocka_unit_test(test_mentions_document),
		cmocka_unit_test(test_mentions_fixture_article),
		cmocka_unit_test(test_mentions_year_inference),
		cmocka_unit_test(test_mentions_block_anchor),
		cmocka_unit_test(test_mentions_identifiers),
		cmocka_unit_test(test_mentions_lists_and_numbers),
		cmocka_unit_test(test_mentions_paragraph_reading),
		cmocka_unit_test(test_mentions_neighbour_reading),
		cmocka_unit_test(test_mentions_bad_arguments),
	};

	return cmocka_run_group_tests_name("mentions", tests, setup, teardown);
}
