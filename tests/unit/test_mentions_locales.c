/*
 * test_mentions_locales.c: the same engine on the other shipped locale
 * tables: inflected month and weekday forms, words between the parts of a
 * date, ordinal suffixes and day words, day-first ranges and lists,
 * numeric day-month-year order, and every table loading cleanly.
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
#include "dates/mention.h"

#define EXPL ERRATA_MENTION_YEAR_EXPLICIT
#define INFR ERRATA_MENTION_YEAR_INFERRED
#define NUMR ERRATA_MENTION_NUMERIC
#define RS   ERRATA_MENTION_RANGE_START
#define RE   ERRATA_MENTION_RANGE_END

typedef struct {
	const char *whole;
	int wd, year, month, day;
	unsigned int flags;
} want;

static int setup(void **state)
{
	(void)state;
	use_source_data();
	return 0;
}

static void check(const char *lang, int anchor_year, const char *text, const want *w, size_t n)
{
	errata_locale *loc = NULL;
	errata_mentions *ms = NULL;
	errata_mention_options o = ERRATA_MENTION_OPTIONS_INIT;

	if (errata_locale_load_lang(&loc, lang))
		fail_msg("%s: %s", lang, errata_error_last());
	if (anchor_year) {
		o.anchor.year = anchor_year;
		o.anchor.month = 7;
		o.anchor.day = 1;
	}
	assert_int_equal(errata_mentions_extract_text(&ms, text, strlen(text), loc, &o), 0);
	if (errata_mentions_count(ms) != n)
		fail_msg("%s '%s': %zu mentions, want %zu", lang, text, errata_mentions_count(ms), n);
	for (size_t i = 0; i < n; i++) {
		const errata_mention *m = errata_mentions_get(ms, i);

		if (strlen(w[i].whole) != m->length || memcmp(text + m->offset, w[i].whole, m->length))
			fail_msg("%s mention %zu: '%.*s', want '%s'", lang, i, (int)m->length,
			         text + m->offset, w[i].whole);
		if (m->weekday != w[i].wd || m->year != w[i].year || m->month != w[i].month ||
		    m->day != w[i].day || m->flags != w[i].flags)
			fail_msg("%s '%s' mention %zu: wd %d %d-%d-%d flags %x, want wd %d %d-%d-%d flags %x",
			         lang, text, i, m->weekday, m->year, m->month, m->day, m->flags,
			         w[i].wd, w[i].year, w[i].month, w[i].day, w[i].flags);
	}
	errata_mentions_free(ms);
	errata_locale_free(loc);
}

#define ONE(lang, y, text, ...) do { const want w_[] = { __VA_ARGS__ }; check(lang, y, text, w_, 1); } while (0)
#define TWO(lang, y, text, ...) do { const want w_[] = { __VA_ARGS__ }; check(lang, y, text, w_, 2); } while (0)
#define NONE(lang, text) check(lang, 0, text, NULL, 0)

static void test_mentions_locales_all_load(void **state)
{
	static const char *const langs[] = { "en", "fr", "pt", "pl", "de", "br", "eo", "uk", "ru",
	                                     "es", "it", "nl", "ca", "gl", "ast", "sv", "da",
	                                     "nb", "cs", "ro", "ja", "zh", "ko", "el", "sk", "ga", "hu", "fi", "tr" };

	(void)state;
	for (size_t i = 0; i < sizeof(langs) / sizeof(*langs); i++) {
		errata_locale *loc = NULL;

		if (errata_locale_load_lang(&loc, langs[i]))
			fail_msg("%s: %s", langs[i], errata_error_last());
		assert_string_equal(errata_locale_lang(loc), langs[i]);
		for (int m = 1; m <= 12; m++)
			assert_non_null(errata_locale_month_name(loc, m));
		for (int d = 0; d < 7; d++)
			assert_non_null(errata_locale_weekday_name(loc, d));
		errata_locale_free(loc);
	}
}

static void test_mentions_locales_french(void **state)
{
	(void)state;
	TWO("fr", 0, "le mardi 3 mars 2026 et le 1er avril",
	    { "mardi 3 mars 2026", 1, 2026, 3, 3, EXPL }, { "1er avril", -1, 2026, 4, 1, INFR });
	ONE("fr", 0, "Samedi, 3 mars 2026", { "Samedi, 3 mars 2026", 5, 2026, 3, 3, EXPL });
	ONE("fr", 0, "ven. 06/03/2026", { "ven. 06/03/2026", 4, 2026, 3, 6, EXPL | NUMR });
	ONE("fr", 0, "le 31-avril-2026", { "31-avril-2026", -1, 2026, 4, 31, EXPL });
	ONE("fr", 0, "né le 30-2-71", { "30-2-71", -1, 1971, 2, 30, EXPL | NUMR });
	TWO("fr", 0, "du 7 au 9 mars 2026", { "7", -1, 2026, 3, 7, EXPL | RS },
	    { "9 mars 2026", -1, 2026, 3, 9, EXPL | RE });
	NONE("fr", "la mer 3 fois, le jeu 2 fois");
}

static void test_mentions_locales_polish(void **state)
{
	(void)state;
	ONE("pl", 0, "w środę, 4 marca 2026 r.", { "środę, 4 marca 2026", 2, 2026, 3, 4, EXPL });
	ONE("pl", 0, "2 marca 2026, poniedziałek", { "2 marca 2026, poniedziałek", 0, 2026, 3, 2, EXPL });
	ONE("pl", 0, "dnia 30 II 2026", { "30 II 2026", -1, 2026, 2, 30, EXPL });
	ONE("pl", 0, "pt., 6.3.2026", { "pt., 6.3.2026", 4, 2026, 3, 6, EXPL | NUMR });
	/* day-month-year numeric order: 3.13.2026 is day 3 of month 13 */
	ONE("pl", 0, "dnia 3.13.2026", { "3.13.2026", -1, 2026, 13, 3, EXPL | NUMR });
	TWO("pl", 2026, "5 i 6 maja", { "5", -1, 2026, 5, 5, INFR }, { "6 maja", -1, 2026, 5, 6, INFR });
	TWO("pl", 0, "5 i 6 maja 2026", { "5", -1, 2026, 5, 5, EXPL }, { "6 maja 2026", -1, 2026, 5, 6, EXPL });
	/* a lower-case Roman numeral is the word "i", not January */
	NONE("pl", "mam 5 i 6 kotów");
}

static void test_mentions_locales_breton_esperanto(void **state)
{
	(void)state;
	ONE("br", 0, "Disul 4 a viz Genver 2026", { "Disul 4 a viz Genver 2026", 6, 2026, 1, 4, EXPL });
	/* the same word names a weekday and a month */
	ONE("br", 0, "D’ar Meurzh 6 a viz Genver 2026", { "Meurzh 6 a viz Genver 2026", 1, 2026, 1, 6, EXPL });
	ONE("br", 0, "d'an 3 a viz Meurzh 2026", { "3 a viz Meurzh 2026", -1, 2026, 3, 3, EXPL });
	ONE("br", 0, "Disul d’an eil a viz C’hwevrer 2026", { "Disul d’an eil a viz C’hwevrer 2026",
	    6, 2026, 2, 2, EXPL });
	ONE("br", 0, "Yaou 1-añ a viz Genver 2026", { "Yaou 1-añ a viz Genver 2026", 3, 2026, 1, 1, EXPL });
	TWO("br", 0, "etre an 27 hag an 30 a viz C’hwevrer", { "27", -1, 0, 2, 27, RS },
	    { "30 a viz C’hwevrer", -1, 0, 2, 30, RE });
	TWO("br", 0, "an 27 hag an 30 a viz C’hwevrer", { "27", -1, 0, 2, 27, 0 },
	    { "30 a viz C’hwevrer", -1, 0, 2, 30, 0 });
	ONE("eo", 0, "merkredon la 7-an de januaro 2026", { "merkredon la 7-an de januaro 2026",
	    2, 2026, 1, 7, EXPL });
	ONE("eo", 0, "Ĵaŭdon la dudek-duan de januaro 2026", { "Ĵaŭdon la dudek-duan de januaro 2026",
	    3, 2026, 1, 22, EXPL });
}

static void test_mentions_locales_others(void **state)
{
	(void)state;
	ONE("de", 0, "Mittwoch, den 7. Januar 2026", { "Mittwoch, den 7. Januar 2026", 2, 2026, 1, 7, EXPL });
	ONE("de", 0, "Sa der 10.01.2026", { "Sa der 10.01.2026", 5, 2026, 1, 10, EXPL | NUMR });
	NONE("de", "so 4 Leute kamen");
	ONE("pt", 0, "quarta-feira, 7 de janeiro de 2026", { "quarta-feira, 7 de janeiro de 2026",
	    2, 2026, 1, 7, EXPL });
	TWO("pt", 0, "de 2 a 4 de março, 2026", { "2", -1, 2026, 3, 2, EXPL | RS },
	    { "4 de março, 2026", -1, 2026, 3, 4, EXPL | RE });
	ONE("uk", 0, "у середу, 7 січня 2026 р.", { "середу, 7 січня 2026", 2, 2026, 1, 7, EXPL });
	ONE("uk", 0, "в п’ятницю, 9 січ 2026", { "п’ятницю, 9 січ 2026", 4, 2026, 1, 9, EXPL });
	ONE("ru", 0, "в среду, 7 января 2026 г.", { "среду, 7 января 2026", 2, 2026, 1, 7, EXPL });
	ONE("ru", 0, "ВОСКРЕСЕНЬЕ, 4 ЯНВАРЯ", { "ВОСКРЕСЕНЬЕ, 4 ЯНВАРЯ", 6, 0, 1, 4, 0 });
}

/* Write a table to a temporary file and try to load it. */
static int load_table(const char *json, errata_locale **loc)
{
	char path[] = "/tmp/errata-locale-XXXXXX";
	int fd = mkstemp(path), error;
	FILE *f;

	assert_true(fd >= 0);
	f = fdopen(fd, "w");
	assert_non_null(f);
	fputs(json, f);
	fclose(f);
	error = errata_locale_load(loc, path);
	remove(path);
	return error;
}

#define TABLE_HEAD "{\"lang\": \"xx\", \"months\": [\"a\", \"b\", \"c\", \"d\", \"e\", " \
	"\"f\", \"g\", \"h\", \"i\", \"j\", \"k\", \"l\"], \"weekdays\": [\"m\", \"n\", " \
	"\"o\", \"p\", \"q\", \"r\", \"s\"]"

static void test_mentions_locales_new_keys(void **state)
{
	static const char *const bad[] = {
		TABLE_HEAD ", \"ordinal_suffix_by_day\": [\"st\"]}",
		TABLE_HEAD ", \"ordinal_suffix_by_day\": {\"32\": \"nd\"}}",
		TABLE_HEAD ", \"ordinal_suffix_by_day\": {\"x\": \"nd\"}}",
		TABLE_HEAD ", \"ordinal_suffix_by_day\": {\"1\": 1}}",
		TABLE_HEAD ", \"past_words\": \"last\"}",
		TABLE_HEAD ", \"month_only_words\": [\"\"]}",
		TABLE_HEAD ", \"function_words\": \"in\"}",
		TABLE_HEAD ", \"function_words\": [7]}",
		NULL
	};
	errata_locale *loc = NULL;

	(void)state;
	for (size_t i = 0; bad[i]; i++) {
		if (load_table(bad[i], &loc) != ERRATA_EINVALID)
			fail_msg("loaded a bad table: %s", bad[i]);
		assert_null(loc);
	}
	assert_int_equal(load_table(TABLE_HEAD ", \"ordinal_suffix_by_day\": {\"1\": \"st\", "
	                            "\"*\": \"th\"}, \"past_words\": [\"last\"], "
	                            "\"future_words\": [\"next\"], \"month_only_words\": [\"in\"]}",
	                            &loc), 0);
	errata_locale_free(loc);
}

/* The other reading of mention 0 of text, read against an article of 2026-07-01. */
static int alt_year(const errata_locale *loc, const char *text)
{
	errata_mention_options o = ERRATA_MENTION_OPTIONS_INIT;
	errata_mentions *ms = NULL;
	int alt;

	o.anchor.year = 2026;
	o.anchor.month = 7;
	o.anchor.day = 1;
	assert_int_equal(errata_mentions_extract_text(&ms, text, strlen(text), loc, &o), 0);
	assert_int_equal(errata_mentions_count(ms), 1);
	assert_int_equal(errata_mentions_get(ms, 0)->year, 2025);
	alt = errata__mention_alt_year(ms, 0);
	errata_mentions_free(ms);
	return alt;
}

/* "function_words": after a written year they make it a year, not a count. */
static void test_mentions_locales_function_words(void **state)
{
	errata_locale *loc = NULL;

	(void)state;
	assert_int_equal(load_table(TABLE_HEAD ", \"month_first\": true, "
	                            "\"function_words\": [\"in\", \"at the\"]}", &loc), 0);
	/* a word that can be counted: the year-less reading is kept */
	assert_int_equal(alt_year(loc, "b 6, 2025 homes"), 2026);
	assert_int_equal(alt_year(loc, "b 6, 2025 at home"), 2026);
	/* a function word, a capital, punctuation or the end: a year */
	assert_int_equal(alt_year(loc, "b 6, 2025 in town"), 0);
	assert_int_equal(alt_year(loc, "b 6, 2025\nat the end"), 0);
	assert_int_equal(alt_year(loc, "b 6, 2025 Homes"), 0);
	assert_int_equal(alt_year(loc, "b 6, 2025, homes"), 0);
	assert_int_equal(alt_year(loc, "b 6, 2025"), 0);
	/* no comma before the number: a year */
	assert_int_equal(alt_year(loc, "b 6 2025 homes"), 0);
	errata_locale_free(loc);
	/* a table without the key: any lower-case word may be counted */
	assert_int_equal(load_table(TABLE_HEAD ", \"month_first\": true}", &loc), 0);
	assert_int_equal(alt_year(loc, "b 6, 2025 in town"), 2026);
	errata_locale_free(loc);
}

/* Dates with marks after the numbers, no spaces between words. */
static void test_mentions_locales_cjk(void **state)
{
	(void)state;
	ONE("ja", 0, "プロフィールは、2024年11月7日(木) 10:00 まで",
	    { "2024年11月7日(木)", 3, 2024, 11, 7, EXPL });
	/* era years, full-width digits and brackets */
	ONE("ja", 0, "日時:令和6年12月31日（火）22時", { "令和6年12月31日（火）", 1, 2024, 12, 31, EXPL });
	ONE("ja", 0, "令和元年５月１日（水）", { "令和元年５月１日（水）", 2, 2019, 5, 1, EXPL });
	ONE("zh", 0, "訂於民國115年1月7日舉行", { "民國115年1月7日", -1, 2026, 1, 7, EXPL });
	/* a weekday that runs on into the next word, and one after a holiday mark */
	ONE("ja", 2026, "説明会を1月7日水曜日に開く", { "1月7日水曜日", 2, 2026, 1, 7, INFR });
	ONE("ja", 2026, "1月12日(月・祝)は休業", { "1月12日(月・祝)", 0, 2026, 1, 12, INFR });
	/* a one-letter weekday only in brackets */
	ONE("ja", 2026, "1月7日水に", { "1月7日", -1, 2026, 1, 7, INFR });
	ONE("zh", 0, "2026年1月7日 星期三", { "2026年1月7日 星期三", 2, 2026, 1, 7, EXPL });
	ONE("zh", 2026, "1月7日（周三）", { "1月7日（周三）", 2, 2026, 1, 7, INFR });
	ONE("zh", 2026, "1月7日礼拜三", { "1月7日礼拜三", 2, 2026, 1, 7, INFR });
	ONE("ko", 0, "2026년 1월 7일 (수)", { "2026년 1월 7일 (수)", 2, 2026, 1, 7, EXPL });
	ONE("ko", 2026, "1월 7일 수요일에", { "1월 7일 수요일", 2, 2026, 1, 7, INFR });
	/* ranges: a whole second date, or a day of the same month */
	TWO("ko", 0, "2026.08.13(목)-16(일)", { "2026.08.13(목)", 3, 2026, 8, 13, EXPL | NUMR | RS },
	    { "16(일)", 6, 2026, 8, 16, EXPL | NUMR | RE });
	TWO("ko", 0, "2025. 1. 28.(화) ~ 1. 30.(목)", { "2025. 1. 28.(화)", 1, 2025, 1, 28, EXPL | NUMR | RS },
	    { "1. 30.(목)", 3, 2025, 1, 30, NUMR | INFR | RE });
	TWO("zh", 0, "2025年10月1日(周三)至10月8日(周三)", { "2025年10月1日(周三)", 2, 2025, 10, 1, EXPL | RS },
	    { "10月8日(周三)", 2, 2025, 10, 8, INFR | RE });
	TWO("ja", 0, "令和5年12月25日(月)~令和6年1月1日(月)",
	    { "令和5年12月25日(月)", 0, 2023, 12, 25, EXPL | RS },
	    { "令和6年1月1日(月)", 0, 2024, 1, 1, EXPL | RE });
	ONE("ja", 2024, "(2024-08-30 Sat)", { "2024-08-30 Sat", 5, 2024, 8, 30, EXPL | NUMR });
	ONE("ja", 2024, "1/7(火)", { "1/7(火)", 1, 2024, 1, 7, NUMR | INFR });
	/* not dates: a month and day without a weekday in numbers only, a
	 * longer chain of numbers, a year without a month */
	NONE("ja", "1/7と書く");
	NONE("ja", "192.168.1.1 と 2026年度");
}

/* A "cjk" object without its marks names the file and the key. */
static void test_mentions_locales_cjk_malformed(void **state)
{
	char path[] = "/tmp/errata-cjk-XXXXXX";
	int fd = mkstemp(path);
	errata_locale *loc = NULL;
	FILE *f;

	(void)state;
	assert_true(fd >= 0);
	f = fdopen(fd, "w");
	assert_non_null(f);
	fputs("{\"lang\": \"xx\", \"months\": [\"a\",\"b\",\"c\",\"d\",\"e\",\"f\",\"g\",\"h\","
	      "\"i\",\"j\",\"k\",\"l\"], \"weekdays\": [\"m\",\"n\",\"o\",\"p\",\"q\",\"r\",\"s\"],"
	      " \"cjk\": {\"year\": [\"y\"]}}", f);
	fclose(f);
	assert_int_equal(errata_locale_load(&loc, path), ERRATA_EINVALID);
	assert_non_null(strstr(errata_error_last(), "'cjk' needs the marks"));
	assert_non_null(strstr(errata_error_last(), path));
	assert_null(loc);
	unlink(path);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_mentions_locales_all_load),
		cmocka_unit_test(test_mentions_locales_french),
		cmocka_unit_test(test_mentions_locales_polish),
		cmocka_unit_test(test_mentions_locales_breton_esperanto),
		cmocka_unit_test(test_mentions_locales_others),
		cmocka_unit_test(test_mentions_locales_new_keys),
		cmocka_unit_test(test_mentions_locales_function_words),
		cmocka_unit_test(test_mentions_locales_cjk),
		cmocka_unit_test(test_mentions_locales_cjk_malformed),
	};

	return cmocka_run_group_tests_name("mentions_locales", tests, setup, NULL);
}
