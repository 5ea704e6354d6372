/*
 * registry.c: every built-in check, one line each in CHECKS below. Adding
 * a check is writing its module in core/checks/ (which defines a
 * `const errata_check errata__check_<name>`) and adding its line here.
 */
#include <stddef.h>

#include "checks/check.h"

#define CHECKS(X) \
	X(errata__check_weekday) \
	X(errata__check_weekday_day) \
	X(errata__check_invalid) \
	X(errata__check_holiday) \
	X(errata__check_duration) \
	X(errata__check_range) \
	X(errata__check_relative) \
	X(errata__check_anniversary) \
	X(errata__check_age) \
	X(errata__check_title) \
	X(errata__check_language)

#define DECLARE(c) extern const errata_check c;
CHECKS(DECLARE)

#define ENTRY(c) &c,
const errata_check *const errata__checks[] = { CHECKS(ENTRY) NULL };
