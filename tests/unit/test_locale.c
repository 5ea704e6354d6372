/*
 * test_locale.c: loading locale tables: the shipped English table, the
 * data directory, case folding beyond ASCII, malformed tables, and the
 * filters a table builds for the extractor.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "source_data.h"

#include "errata/dates.h"
#include "dates/locale.h"

static char tmpdir[] = "/tmp/errata-locale-XXXXXX";

static int setup(void **state)
{
	(void)state;
	use_source_data();
	return mkdtemp(tmpdir) ? 0 : -1;
}

static int teardown(void **state)
{
	char cmd[4200];

	(void)state;
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", tmpdir);
	return system(cmd) == 0 ? 0 : -1;
}

/* Write text to tmpdir/name; returns the path (static storage). */
static const char *write_file(const char *name, const char *text)
{
	static char path[4200];
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s", tmpdir, name);
	f = fopen(path, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(text, 1, strlen(text), f), strlen(text));
	assert_int_equal(fclose(f), 0);
	return path;
}

static void test_locale_english(void **state)
{
	errata_locale *loc = NULL;
	errata_buf b = ERRATA_BUF_INIT;

	(void)state;
	assert_int_equal(errata_locale_load_lang(&loc, "en"), 0);
	assert_string_equal(errata_locale_lang(loc), "en");
	assert_string_equal(errata_locale_month_name(loc, 1), "January");
	assert_string_equal(errata_locale_month_name(loc, 9), "September");
	assert_null(errata_locale_month_name(loc, 0));
	assert_null(errata_locale_month_name(loc, 13));
	assert_string_equal(errata_locale_weekday_name(loc, 0), "Monday");
	assert_string_equal(errata_locale_weekday_name(loc, 6), "Sunday");
	assert_null(errata_locale_weekday_name(loc, 7));
	assert_int_equal(errata_locale_numeric_order(loc), ERRATA_ORDER_AUTO);
	assert_int_equal(errata_locale_format_date(loc, 2026, 1, 7, &b), 0);
	assert_string_equal(b.ptr, "January 7, 2026");
	errata_buf_dispose(&b);
	errata_locale_free(loc);
	errata_locale_free(NULL);
}

static void test_locale_unknown_language(void **state)
{
	errata_locale *loc = (errata_locale *)1;

	(void)state;
	assert_int_equal(errata_locale_load_lang(&loc, "xx"), ERRATA_ENOTFOUND);
	assert_null(loc);
	assert_non_null(strstr(errata_error_last(), "xx"));
	assert_int_equal(errata_locale_load_lang(&loc, "../en"), ERRATA_EINVALID);
	assert_int_equal(errata_locale_load_lang(&loc, ""), ERRATA_EINVALID);
	/* a regional code falls back to its language */
	assert_int_equal(errata_locale_load_lang(&loc, "en-GB"), 0);
	assert_string_equal(errata_locale_lang(loc), "en");
	errata_locale_free(loc);
	assert_int_equal(errata_locale_load_lang(&loc, "xx_YY"), ERRATA_ENOTFOUND);
	assert_int_equal(errata_locale_load(&loc, "/nonexistent/en.json"), ERRATA_ENOTFOUND);
	assert_non_null(strstr(errata_error_last(), "/nonexistent/en.json"));
}

static void test_locale_data_dir(void **state)
{
	const char *saved = getenv("ERRATA_DATA_DIR");
	char *copy = saved ? strdup(saved) : NULL;

	(void)state;
	setenv("ERRATA_DATA_DIR", "/some/where", 1);
	assert_string_equal(errata_data_dir(), "/some/where");
	unsetenv("ERRATA_DATA_DIR");
	assert_non_null(errata_data_dir());
	assert_true(strlen(errata_data_dir()) > 0);
	if (copy) {
		setenv("ERRATA_DATA_DIR", copy, 1);
		free(copy);
	}
}

/* Forms in capitals and in several scripts fold to the table's words. */
static void test_locale_folds_non_ascii(void **state)
{
	static const char table[] =
		"{\"lang\":\"xx\","
		"\"months\":[\"STYCZNIA\",\"Лютого\",\"MARCA\",\"ABRIL\",\"MAJA\",\"JUNI\","
		"\"JULI\",\"AOÛT\",\"Вересня\",\"Października\",\"NOV\",\"DEZ\"],"
		"\"weekdays\":[\"Понеділок\",\"Wtorek\",\"Środa\",\"Ĵaŭdon\",\"Piątek\","
		"\"SAMSTAG\",[\"Niedziela\",\"Niedzielę\"]],"
		"\"numeric_order\":\"dmy\"}";
	const char *text = "ŚRODA, 8 PAŹDZIERNIKA 2014; понеділок, 30 ЛЮТОГО; "
	                   "ĵAŬDON 28 août 2014; niedzielę 5 października";
	errata_locale *loc = NULL;
	errata_mentions *ms = NULL;
	const errata_mention *m;

	(void)state;
	assert_int_equal(errata_locale_load(&loc, write_file("xx.json", table)), 0);
	assert_int_equal(errata_locale_numeric_order(loc), ERRATA_ORDER_DMY);
	assert_int_equal(errata_mentions_extract_text(&ms, text, strlen(text), loc, NULL), 0);
	assert_int_equal(errata_mentions_count(ms), 4);
	m = errata_mentions_get(ms, 0);
	assert_int_equal(m->weekday, 2);
	assert_int_equal(m->month, 10);
	assert_int_equal(m->day, 8);
	assert_int_equal(m->year, 2014);
	m = errata_mentions_get(ms, 1);
	assert_int_equal(m->weekday, 0);
	assert_int_equal(m->month, 2);
	assert_int_equal(m->day, 30);
	m = errata_mentions_get(ms, 2);
	assert_int_equal(m->weekday, 3);
	assert_int_equal(m->month, 8);
	m = errata_mentions_get(ms, 3);
	assert_int_equal(m->weekday, 6);
	assert_int_equal(m->month, 10);
	assert_int_equal(m->day, 5);
	errata_mentions_free(ms);
	errata_locale_free(loc);
}

static void expect_invalid(const char *name, const char *text, const char *needle)
{
	errata_locale *loc = (errata_locale *)1;
	const char *path = write_file(name, text);

	assert_int_equal(errata_locale_load(&loc, path), ERRATA_EINVALID);
	assert_null(loc);
	if (!strstr(errata_error_last(), path) || !strstr(errata_error_last(), needle))
		fail_msg("message '%s' should name %s and '%s'", errata_error_last(), path, needle);
}

#define MONTHS "\"months\":[\"a\",\"b\",\"c\",\"d\",\"e\",\"f\",\"g\",\"h\",\"i\",\"j\",\"k\",\"l\"]"
#define WEEKDAYS "\"weekdays\":[\"mo\",\"tu\",\"we\",\"th\",\"fr\",\"sa\",\"su\"]"

static void test_locale_malformed(void **state)
{
	(void)state;
	expect_invalid("bad1.json", "{\"lang\": \"xx\",\n  \"months\": [,]}", ":2:");
	expect_invalid("bad2.json", "[1, 2]", "JSON object");
	expect_invalid("bad3.json", "{" MONTHS "," WEEKDAYS "}", "'lang'");
	expect_invalid("bad4.json", "{\"lang\":\"xx\",\"months\":[\"a\"]," WEEKDAYS "}",
	               "'months' must be an array of 12");
	expect_invalid("bad5.json", "{\"lang\":\"xx\"," MONTHS "}", "'weekdays'");
	expect_invalid("bad6.json",
	               "{\"lang\":\"xx\",\"months\":[\"a\",\"b\",\"c\",\"d\",\"e\",\"f\",\"g\","
	               "\"h\",\"i\",\"j\",\"k\",7]," WEEKDAYS "}", "entry 12");
	expect_invalid("bad7.json",
	               "{\"lang\":\"xx\",\"months\":[\"a\",\"b\",\"c\",\"d\",\"e\",\"f\",\"g\","
	               "\"h\",\"i\",\"j\",\"k\",\"two words\"]," WEEKDAYS "}", "not a single word");
	expect_invalid("bad8.json",
	               "{\"lang\":\"xx\",\"months\":[\"a\",\"b\",\"c\",\"d\",\"e\",\"f\",\"g\","
	               "\"h\",\"i\",\"j\",\"k\",\"a\"]," WEEKDAYS "}", "already names");
	expect_invalid("bad9.json", "{\"lang\":\"xx\"," MONTHS "," WEEKDAYS
	               ",\"numeric_order\":\"ymd\"}", "'numeric_order'");
	expect_invalid("bad10.json", "{\"lang\":\"xx\"," MONTHS "," WEEKDAYS
	               ",\"ambiguous\":[\"zz\"]}", "'ambiguous'");
	expect_invalid("bad11.json", "{\"lang\":\"xx\"," MONTHS "," WEEKDAYS
	               ",\"range_words\":\"to\"}", "'range_words'");
	expect_invalid("bad12.json", "{\"lang\":\"xx\"," MONTHS "," WEEKDAYS
	               ",\"month_first\":1}", "'month_first'");
	expect_invalid("bad13.json", "{\"lang\":\"xx\"," MONTHS "," WEEKDAYS
	               ",\"day_words\":{\"eil\":40}}", "'day_words'");
	expect_invalid("bad14.json", "", "malformed JSON");
	expect_invalid("bad15.json", "{\"lang\":\"xx\"," MONTHS "," WEEKDAYS
	               ",\"holidays\":[{\"names\":[\"Eve\"],\"date\":\"12-24\",\"cased\":1}]}",
	               "'cased' must be true or false");
}

static void test_locale_minimal_table(void **state)
{
	errata_locale *loc = NULL;

	(void)state;
	assert_int_equal(errata_locale_load(&loc, write_file("ok.json",
	                 "{\"lang\":\"xx\"," MONTHS "," WEEKDAYS "}")), 0);
	assert_string_equal(errata_locale_month_name(loc, 12), "l");
	assert_string_equal(errata_locale_weekday_name(loc, 3), "th");
	errata_locale_free(loc);
}

/*
 * A table's messages are found by key whatever their number: a few, as
 * many as the look-up's slots hold, and more (then scanned); a key that
 * is not there, or only a prefix of one, is not found.
 */
static void test_locale_messages_by_key(void **state)
{
	static const size_t counts[] = { 1, 36, 126, 127, 300 };

	(void)state;
	for (size_t c = 0; c < sizeof(counts) / sizeof(counts[0]); c++) {
		errata_buf json = ERRATA_BUF_INIT;
		errata_locale *loc = NULL;
		char key[32], val[32];

		assert_int_equal(errata_buf_puts(&json, "{\"lang\":\"xx\"," MONTHS "," WEEKDAYS
		                                        ",\"messages\":{"), 0);
		for (size_t i = 0; i < counts[c]; i++)
			assert_int_equal(errata_buf_printf(&json, "%s\"key_%zu\":\"value %zu\"",
			                                   i ? "," : "", i, i), 0);
		assert_int_equal(errata_buf_puts(&json, "}}"), 0);
		assert_int_equal(errata_locale_load(&loc, write_file("msg.json", json.ptr)), 0);
		for (size_t i = 0; i < counts[c]; i++) {
			snprintf(key, sizeof(key), "key_%zu", i);
			snprintf(val, sizeof(val), "value %zu", i);
			assert_non_null(errata__locale_message(loc, key));
			assert_string_equal(errata__locale_message(loc, key), val);
		}
		snprintf(key, sizeof(key), "key_%zu", counts[c]);
		assert_null(errata__locale_message(loc, key));
		assert_null(errata__locale_message(loc, "key_"));
		assert_null(errata__locale_message(loc, ""));
		errata_locale_free(loc);
		errata_buf_dispose(&json);
	}
	assert_null(errata__locale_message(NULL, "key_0"));
}

/* The token of text (NUL-terminated) at 0. */
static errata__tok tok_of(const char *text)
{
	errata__tok t;

	errata__tok_next(text, strlen(text), 0, &t);
	return t;
}

/*
 * The filters a table builds at load: which ASCII letters keys start with
 * (by a letter's low five bits), and the first byte of each phrase list.
 */
static void test_locale_key_filters(void **state)
{
	errata_locale *loc = NULL;
	errata__tok t;

	(void)state;
	assert_int_equal(errata_locale_load(&loc, write_file("filters.json",
	                 "{\"lang\":\"xx\",\"months\":[\"x\",\"Yz\",\"Mar\",\"Ao\u00fbt\","
	                 "\"\u00f1u\",\"f\",\"g\",\"h\",\"i\",\"j\",\"k\",\"l\"],"
	                 WEEKDAYS ",\"range_words\":[\"to\",\"\u2013\"],"
	                 "\"time_words\":[\"a.m.\",\"noon\"]}")), 0);
	/* a key of one letter: its row answers for any letter after it */
	assert_int_equal(loc->start[('x' & 31) * 32], 0xffffffffu);
	assert_int_equal(loc->start[('q' & 31) * 32], 0);
	/* two letters: bit 0 of their row; "yz" is a key, "mo" one too */
	assert_int_equal(loc->start[('y' & 31) * 32 + ('z' & 31)] & 1, 1);
	assert_int_equal((loc->pair['y' & 31] >> ('z' & 31)) & 1, 1);
	assert_int_equal(loc->start[('m' & 31) * 32 + ('o' & 31)] & 1, 1);
	/* three letters or more: the third letter's bit, not bit 0 */
	assert_int_equal((loc->start[('m' & 31) * 32 + ('a' & 31)] >> ('r' & 31)) & 1, 1);
	assert_int_equal((loc->start[('m' & 31) * 32 + ('a' & 31)] >> ('s' & 31)) & 1, 0);
	assert_int_equal(loc->start[('m' & 31) * 32 + ('a' & 31)] & 1, 0);
	/* a key going on outside ASCII after two letters: the pair only */
	assert_int_equal((loc->pair['a' & 31] >> ('o' & 31)) & 1, 1);
	assert_int_equal(loc->start[('a' & 31) * 32 + ('o' & 31)], 0);
	/* no key starts "ab" */
	assert_int_equal((loc->pair['a' & 31] >> ('b' & 31)) & 1, 0);
	/* phrase lists: words by their first two folded bytes, punctuation by
	 * its code point's low byte, numbers never here */
	t = tok_of("To");
	assert_true(errata__phrases_may_start(&loc->range, &t));
	t = tok_of("\xe2\x80\x93");
	assert_true(errata__phrases_may_start(&loc->range, &t));
	t = tok_of("from");
	assert_false(errata__phrases_may_start(&loc->range, &t));
	t = tok_of("12");
	assert_false(errata__phrases_may_start(&loc->range, &t));
	t = tok_of("a");
	assert_true(errata__phrases_may_start(&loc->time_words, &t));
	/* "am" shares only its first byte with "a.m.", whose first token is "a" */
	t = tok_of("am");
	assert_false(errata__phrases_may_start(&loc->time_words, &t));
	t = tok_of("tea");
	assert_false(errata__phrases_may_start(&loc->range, &t));
	t = tok_of("pm");
	assert_false(errata__phrases_may_start(&loc->time_words, &t));
	t = tok_of("Noon");
	assert_true(errata__phrases_may_start(&loc->time_words, &t));
	/* an empty list lets nothing start */
	t = tok_of("to");
	assert_false(errata__phrases_may_start(&loc->list, &t));
	errata_locale_free(loc);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_locale_english),
		cmocka_unit_test(test_locale_unknown_language),
		cmocka_unit_test(test_locale_data_dir),
		cmocka_unit_test(test_locale_folds_non_ascii),
		cmocka_unit_test(test_locale_malformed),
		cmocka_unit_test(test_locale_minimal_table),
		cmocka_unit_test(test_locale_messages_by_key),
		cmocka_unit_test(test_locale_key_filters),
	};

	return cmocka_run_group_tests_name("locale", tests, setup, teardown);
}
