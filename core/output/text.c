/*
 * text.c: the plain text format, one finding per line,
 *   path:line:col: severity: message [rule]
 * followed by one indented line per suggestion,
 *       suggestion: TEXT
 * The path, message and suggestions are written with errata_buf_put_safe():
 * control characters as C escapes (\n, \r, \t, \xNN), so that a finding
 * never spans two lines, and nothing a file name or an article holds can
 * read as a CI command.
 */
#include <string.h>

#include "common.h"
#include "output/format.h"

static int put_escaped(errata_buf *out, const char *s)
{
	return errata_buf_put_safe(out, s);
}

int errata__output_text_finding(errata_buf *out, const errata_finding *f)
{
	/* ":LINE:COL: SEVERITY: ", written back to front */
	char mid[64], *end = mid + sizeof(mid), *s = end;
	const char *sev = errata_severity_name(f->severity);
	size_t sev_len = strlen(sev);
	int error;

	*--s = ' ';
	*--s = ':';
	s -= sev_len;
	memcpy(s, sev, sev_len);
	*--s = ' ';
	*--s = ':';
	s = errata__decimal_before(s, f->column);
	*--s = ':';
	s = errata__decimal_before(s, f->line);
	*--s = ':';
	if ((error = put_escaped(out, f->path)) < 0 ||
	    (error = errata_buf_put(out, s, (size_t)(end - s))) < 0 ||
	    (error = put_escaped(out, f->message)) < 0 ||
	    (error = errata_buf_puts(out, " [")) < 0 ||
	    (error = put_escaped(out, f->rule)) < 0 ||
	    (error = errata_buf_puts(out, "]\n")) < 0)
		return error;
	for (size_t i = 0; i < f->suggestion_count; i++) {
		if ((error = errata_buf_puts(out, "    suggestion: ")) < 0 ||
		    (error = put_escaped(out, f->suggestions[i])) < 0 ||
		    (error = errata_buf_putc(out, '\n')) < 0)
			return error;
	}
	return 0;
}
