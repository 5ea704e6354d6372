/*
 * escape.c: HTML and XML escaping, the one place every value on a page or
 * in a feed goes through.
 */
#include "escape.h"

#include <string.h>

int errata__html_putn(errata_buf *out, const char *s, size_t len)
{
	size_t start = 0;
	int error = 0;

	for (size_t i = 0; i < len && error == 0; i++) {
		const char *rep;

		switch (s[i]) {
		case '&': rep = "&amp;"; break;
		case '<': rep = "&lt;"; break;
		case '>': rep = "&gt;"; break;
		case '"': rep = "&quot;"; break;
		case '\'': rep = "&#39;"; break;
		default: continue;
		}
		if ((error = errata_buf_put(out, s + start, i - start)) == 0)
			error = errata_buf_puts(out, rep);
		start = i + 1;
	}
	return error ? error : errata_buf_put(out, s + start, len - start);
}

int errata__html_put(errata_buf *out, const char *s)
{
	return errata__html_putn(out, s ? s : "", s ? strlen(s) : 0);
}
