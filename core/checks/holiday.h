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
