/*
 * checks/format.c: errata__buf_format() (checks/format.h).
 */
#include "checks/format.h"

#include <stdarg.h>
#include <string.h>

#include "common.h"

int errata__buf_format(errata_buf *buf, const char *fmt, ...)
{
	va_list ap;
	int error = 0;

	va_start(ap, fmt);
	while (*fmt && !error) {
		const char *pct = strchr(fmt, '%'), *s;
		int prec;

		if (!pct) {
			error = errata_buf_puts(buf, fmt);
			break;
		}
		if (pct > fmt && (error = errata_buf_put(buf, fmt, (size_t)(pct - fmt))) < 0)
			break;
		fmt = pct + 1;
		if (fmt[0] == 's') {
			s = va_arg(ap, const char *);
			error = errata_buf_puts(buf, s ? s : "(null)");
			fmt += 1;
		} else if (fmt[0] == '.' && fmt[1] == '*' && fmt[2] == 's') {
			prec = va_arg(ap, int);
			s = va_arg(ap, const char *);
			if (!s)
				s = prec < 0 || prec >= 6 ? "(null)" : ""; /* as glibc has it */
			/* like printf: at most prec bytes, and never past a NUL */
			error = errata_buf_put(buf, s, prec < 0 ? strlen(s) : strnlen(s, (size_t)prec));
			fmt += 3;
		} else if (fmt[0] == 'd') {
			error = errata_buf_put_long(buf, va_arg(ap, int));
			fmt += 1;
		} else if (fmt[0] == 'l' && fmt[1] == 'd') {
			error = errata_buf_put_long(buf, va_arg(ap, long));
			fmt += 2;
		} else if (fmt[0] == '%') {
			error = errata_buf_putc(buf, '%');
			fmt += 1;
		} else {
			error = errata__error(ERRATA_EINVALID, "unsupported conversion '%%%c'", fmt[0]);
		}
	}
	va_end(ap);
	return error;
}

char *errata__decimal_text(char *buf, size_t n, long v)
{
	char digits[24], *end = digits + sizeof(digits);
	char *s = errata__decimal_before(end, v < 0 ? 0ull - (unsigned long long)v
	                                            : (unsigned long long)v);
	size_t k = 0;

	if (v < 0)
		*--s = '-';
	for (; s < end && k + 1 < n; k++)
		buf[k] = *s++;
	buf[k] = '\0';
	return buf;
}
