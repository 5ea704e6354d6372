/*
 * test_detect.c: the language guess of --lang auto (errata__detector_guess())
 * on the shipped tables: a clear text in each of a few languages, a tie
 * between tables that share the text's words (the first by name), a tie
 * with English (no guess), a text without any sign (no guess), the signs
 * of a "cjk" table inside a run of letters and as whole words, and a long
 * text whose opening decides it before the rest is read.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "dates/detect.h"
#include "errata/dates.h"

static errata__detector *detector(void)
{
	errata__detector *d = NULL;

	assert_int_equal(errata__detector_new(&d, errata_data_dir()), 0);
	assert_non_null(d);
	return d;
}

static const char *guess(const errata__detector *d, const char *text)
{
	return errata__detector_guess(d, text, strlen(text));
}

static void test_detect_clear_texts(void **state)
{
	errata__detector *d = detector();

	(void)state;
	assert_string_equal(guess(d, "The council said that the vote would be held on Monday."), "en");
	assert_string_equal(guess(d, "El consejo dijo que la votación se celebrará el lunes."), "es");
	assert_string_equal(guess(d, "Der Rat sagte, dass die Abstimmung am Montag stattfindet."), "de");
	assert_string_equal(guess(d, "会議は月曜日に開かれると市が発表した。"), "ja");
	assert_string_equal(guess(d, "시의회는 월요일에 투표가 열린다고 밝혔다."), "ko");
	assert_string_equal(guess(d, "Το δημοτικό συμβούλιο θα συνεδριάσει την Τρίτη για τον προϋπολογισμό."), "el");
	/* Slovak and Czech share many short words ("je", "na", "v"): each
	 * keeps its own, and Polish, which shares "marca", too */
	assert_string_equal(guess(d, "Schôdza sa uskutoční v piatok a poslanci budú hlasovať aj o rozpočte."), "sk");
	assert_string_equal(guess(d, "Schůze se koná v pátek a poslanci budou hlasovat také o rozpočtu."), "cs");
	assert_string_equal(guess(d, "Posiedzenie odbędzie się w piątek 5 marca i posłowie będą głosować."), "pl");
	assert_string_equal(guess(d, "Zasadnutie je v sobotu 14. marca."), "sk");
	assert_string_equal(guess(d, "Zasedání je v sobotu 14. března."), "cs");
	assert_string_equal(guess(d, "A képviselők szerint az ülést már csak jövő héten tartják."), "hu");
	assert_string_equal(guess(d, "Kaupunginvaltuusto kokoontuu myös ensi viikolla, kun se päättää budjetista."), "fi");
	assert_string_equal(guess(d, "Belediye meclisi bu hafta olağanüstü toplanacak ve bütçe için karar verecek."), "tr");
	/* Irish and Breton share "an" and "ar" */
	assert_string_equal(guess(d, "Beidh an vóta ar siúl ar an 31 Aibreán."), "ga");
	assert_string_equal(guess(d, "An emvod a vo d'ar Gwener e-barzh ti-kêr ar gumun."), "br");
	errata__detector_free(d);
}

/*
 * The Japanese table reads "2026年1月7日(Wed)" and so lists "Mon" or
 * "Thurs" among its weekdays: English words, which must say nothing of
 * Japanese ("We sat in the sun on wed and mon." was read as Japanese).
 * The fast path for ASCII words and the tokenizer's path for the others
 * (apostrophes, hyphens, letters outside ASCII) count the same signs.
 */
static void test_detect_ascii_names_of_cjk_tables(void **state)
{
	errata__detector *d = detector();

	(void)state;
	assert_string_equal(guess(d, "We sat in the sun on wed and mon."), "en");
	assert_null(guess(d, "sat sun wed mon, sat sun."));
	assert_string_equal(guess(d, "We'd sat in the well-known caf\xc3\xa9 on wed and mon."), "en");
	assert_string_equal(guess(d, "\xe4\xbc\x9a\xe8\xad\xb0\xe3\x81\xaf Wed \xe3\x81\xab\xe9\x96\x8b\xe3\x81\x8b\xe3\x82\x8c\xe3\x82\x8b\xe3\x80\x82"),
	                    "ja");
	errata__detector_free(d);
}

static void test_detect_ties(void **state)
{
	errata__detector *d = detector();

	(void)state;
	/* Danish and Norwegian share every word here: the first by name */
	assert_string_equal(guess(d, "mandag 6. august"), "da");
	/* a month name tells a tie apart: "el", "que", "del", "y", "los" are
	 * Spanish and Asturian alike, "marzo" only Spanish, "marzu" Asturian */
	assert_string_equal(guess(d, "el 5 de marzo del año y que los"), "es");
	assert_string_equal(guess(d, "el 5 de marzu del añu y que los"), "ast");
	/* nothing of any table: no guess, the caller keeps its default */
	assert_null(guess(d, "2026 - 42 / 17"));
	assert_null(guess(d, ""));
	errata__detector_free(d);
}

static void test_detect_cjk_signs(void **state)
{
	errata__detector *d = detector();

	(void)state;
	/* a weekday name of one letter counts only standing alone: in a run
	 * of Chinese letters, 周 and the like decide */
	assert_string_equal(guess(d, "会议将于星期三举行，各方代表出席。"), "zh");
	/* a word of ASCII letters in a Japanese text does not turn it */
	assert_string_equal(guess(d, "会議は3月4日(Wed)に東京で開かれる。"), "ja");
	errata__detector_free(d);
}

static void test_detect_decides_early(void **state)
{
	errata__detector *d = detector();
	char *text;
	size_t n = 0, cap = 16384 + 1, spanish;
	const char *en = "The council said that the vote on the plan would be held in the spring. ";
	const char *es = "Según el consejo, la votación del plan fue aplazada para la primavera y las obras siguen. ";

	(void)state;
	assert_non_null(text = malloc(cap));
	/* English first, then Spanish at length: within the bytes read the
	 * Spanish words would count more, but the English opening leads far
	 * enough to decide */
	while (n + strlen(en) < 2048) {
		memcpy(text + n, en, strlen(en));
		n += strlen(en);
	}
	spanish = n;
	while (n + strlen(es) < cap - 1) {
		memcpy(text + n, es, strlen(es));
		n += strlen(es);
	}
	text[n] = '\0';
	assert_string_equal(errata__detector_guess(d, text, n), "en");
	/* the same Spanish without the opening is Spanish */
	assert_string_equal(errata__detector_guess(d, text + spanish, n - spanish), "es");
	free(text);
	errata__detector_free(d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_detect_clear_texts),
		cmocka_unit_test(test_detect_ascii_names_of_cjk_tables),
		cmocka_unit_test(test_detect_ties),
		cmocka_unit_test(test_detect_cjk_signs),
		cmocka_unit_test(test_detect_decides_early),
	};
	return cmocka_run_group_tests_name("detect", tests, NULL, NULL);
}
