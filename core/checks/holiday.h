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

#endif
