/*
 * test_holiday.c: the sieve that date.holiday tests before it searches a
 * table's holiday names (errata__holiday_maybe()): every name of every
 * shipped table, as written, in capitals and in lower case, passes where
 * it ends and where it starts, at the text's edges too; and the places
 * around an ordinary date ("on Tuesday, March 3") are turned down.
 */
#include <ctype.h>
#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "checks/holiday.h"
#include "dates/locale.h"
#include "errata/dates.h"

/* Every name of loc in three cases, between words and alone, passes both ways. */
static size_t names_pass(const errata_locale *loc)
{
	size_t checked = 0;

	for (size_t h = 0; h < loc->holiday_count; h++)
		for (size_t i = 0; i < loc->holidays[h].names.n; i++) {
			const char *name = loc->holidays[h].names.v[i];
			size_t n = strlen(name);

			for (int form = 0; form < 3; form++) {
				char text[512];
				size_t len;

				assert_true(n + 16 < sizeof(text));
				/* alone, then with words around it */
				for (int around = 0; around < 2; around++) {
					size_t at = around ? 4 : 0;

					memcpy(text, "was ", at);
					memcpy(text + at, name, n);
					for (size_t k = at; k < at + n; k++)
						if (form == 1 && text[k] >= 'a' && text[k] <= 'z')
							text[k] = (char)(text[k] - 32);
						else if (form == 2 && text[k] >= 'A' && text[k] <= 'Z')
							text[k] = (char)(text[k] + 32);
					len = at + n;
					if (around) {
						memcpy(text + len, " and", 4);
						len += 4;
					}
					if (!errata__holiday_maybe(loc, text, len, at + n, 1) ||
					    !errata__holiday_maybe(loc, text, len, at, 0))
						fail_msg("%s: \"%.*s\" is turned down", loc->lang, (int)len, text);
					checked++;
				}
			}
		}
	return checked;
}

static void test_holiday_sieve_passes_every_name(void **state)
{
	char dir[4096];
	DIR *d;
	struct dirent *e;
	size_t tables = 0, names = 0;

	(void)state;
	snprintf(dir, sizeof(dir), "%s/locales", errata_data_dir());
	assert_non_null(d = opendir(dir));
	while ((e = readdir(d))) {
		size_t n = strlen(e->d_name);
		char lang[64];
		errata_locale *loc = NULL;

		if (n < 6 || n - 5 >= sizeof(lang) || strcmp(e->d_name + n - 5, ".json"))
			continue;
		memcpy(lang, e->d_name, n - 5);
		lang[n - 5] = '\0';
		assert_int_equal(errata_locale_load_lang(&loc, lang), 0);
		names += names_pass(loc);
		tables += loc->holiday_count > 0;
		errata_locale_free(loc);
	}
	closedir(d);
	/* the tables hold holidays (en, de, ja, ... at the least) */
	assert_true(tables >= 3);
	assert_true(names >= 100);
}

static void test_holiday_sieve_turns_down(void **state)
{
	errata_locale *loc = NULL;
	const char *t = "The vote is on Tuesday, March 3, and the count on Friday.";
	size_t len = strlen(t), tue = (size_t)(strstr(t, "Tuesday") - t);
	size_t fri = (size_t)(strstr(t, "Friday") - t), mar = (size_t)(strstr(t, "March") - t);
	const char *h = "after Good Friday, Maundy Thursday and Thanksgiving Day";

	(void)state;
	assert_int_equal(errata_locale_load_lang(&loc, "en"), 0);
	assert_true(loc->holiday_by_tail != NULL);
	/* "on Tuesday" and "on Friday" end no name ("Holy Thursday", "Good Friday" do) */
	assert_int_equal(errata__holiday_maybe(loc, t, len, tue + 7, 1), 0);
	assert_int_equal(errata__holiday_maybe(loc, t, len, fri + 6, 1), 0);
	assert_int_equal(errata__holiday_maybe(loc, t, len, mar, 0), 0);
	assert_int_equal(errata__holiday_maybe(loc, t, len, mar - 2, 1), 0);
	assert_int_equal(errata__holiday_maybe(loc, h, strlen(h), (size_t)(strstr(h, ",") - h), 1), 1);
	assert_int_equal(errata__holiday_maybe(loc, h, strlen(h), (size_t)(strstr(h, " and") - h), 1),
	                 1);
	assert_int_equal(errata__holiday_maybe(loc, h, strlen(h), (size_t)(strstr(h, "Thanks") - h),
	                                       0), 1);
	assert_int_equal(errata__holiday_maybe(loc, h, strlen(h), strlen(h), 1), 1);
	/* fewer than four bytes: nothing to test, the search decides */
	assert_int_equal(errata__holiday_maybe(loc, "Eve", 3, 3, 1), 1);
	assert_int_equal(errata__holiday_maybe(loc, "Eve", 3, 0, 0), 1);
	errata_locale_free(loc);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_holiday_sieve_passes_every_name),
		cmocka_unit_test(test_holiday_sieve_turns_down),
	};
	return cmocka_run_group_tests_name("holiday", tests, NULL, NULL);
}
