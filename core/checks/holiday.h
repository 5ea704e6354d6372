/*
 * core/checks/holiday.h: what the holiday check (holiday.c) tells the
 * other checks.
 */
#ifndef ERRATA_CORE_CHECKS_HOLIDAY_H
#define ERRATA_CORE_CHECKS_HOLIDAY_H

#include <stddef.h>
#include "errata/dates.h"

/*
 * Whether text[off, off + n) (a weekday) is the end of a holiday's name of
 * the table that starts before it ("Monday" in "Easter Monday"): such a
 * weekday names the holiday, not the date's weekday.
 */
int errata__holiday_covers(const errata_locale *loc, const char *text, size_t len,
                           size_t off, size_t n);

/*
 * Whether a holiday's name of the table may end at text[pos] (tail set)
 * or start there, by the table's sieve (dates/locale.h): the four bytes
 * nearest pos, then four, eight or twelve by the names' lengths, as far
 * as the text goes. 0 only where no name ends (starts); without the
 * table's index, always 1. A cheap test before the names are searched.
 */
int errata__holiday_maybe(const errata_locale *loc, const char *text, size_t len, size_t pos,
                          int tail);

/*
 * Whether a holiday's name of the table starts at text[pos] (after a word
 * of holiday_words.day: "día de San Juan"), and falls on year-month-day:
 * 1 when it does, or when its day that year is not known; 0 when it does
 * not, with the holiday's day that year in *right; -1 when no name
 * starts there. *end: where the name ends.
 */
int errata__holiday_named_at(const errata_locale *loc, const char *text, size_t len, size_t pos,
                             int year, int month, int day, size_t *end, errata_date *right);

/*
 * Whether text[s, e), past blanks on either side, is one of the table's
 * words that put a year (holiday_words "year": "im Jahr", "in").
 */
int errata__year_words_are(const errata_locale *loc, const char *text, size_t s, size_t e);

/*
 * Whether a name of the table begins at text[pos] (below len), ASCII case
 * and word boundaries aside: wherever this check could find one starting
 * there, and more (holiday_sieve.c reads it).
 */
int errata__holiday_name_begins(const errata_locale *loc, const char *text, size_t len, size_t pos);

struct errata_check_ctx;
struct errata_buf;

/*
 * Report, as ctx's rule, each holiday stated with a weekday alone that
 * the weekday does not fit ("Christmas falls on a Thursday this year" in
 * 2026, when it is a Friday), with the right weekday as the suggestion;
 * msg and rbuf are scratch buffers. 0, or a negative error code.
 */
int errata__holiday_weekdays(const struct errata_check_ctx *ctx, struct errata_buf *msg,
                             struct errata_buf *rbuf);

#endif
