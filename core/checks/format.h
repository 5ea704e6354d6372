/*
 * checks/format.h: the checks' message formatter, a printf into an
 * errata_buf for the few conversions messages use.
 */
#ifndef ERRATA_CHECKS_FORMAT_H
#define ERRATA_CHECKS_FORMAT_H

#include "errata/common.h"

/*
 * Append fmt to buf as errata_buf_printf() would, for the conversions the
 * checks' messages use and no others: %s, %.*s, %d (int), %ld (long) and
 * %%. A NULL string prints "(null)", as in the C library. Returns 0,
 * ERRATA_ENOMEM, or ERRATA_EINVALID for any other conversion (what came
 * before it is appended).
 */
/*
 * v in decimal into buf (n >= 1 bytes), NUL-terminated: the text of
 * snprintf(buf, n, "%ld", v), cut as it cuts it. Returns buf.
 */
char *errata__decimal_text(char *buf, size_t n, long v);

#if defined(__GNUC__)
int errata__buf_format(errata_buf *buf, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
#else
int errata__buf_format(errata_buf *buf, const char *fmt, ...);
#endif

#endif
