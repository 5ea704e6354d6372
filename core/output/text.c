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
#include <stdio.h>

#include "common.h"
#include "output/format.h"

static int put_escaped(errata_buf *out, const char *s)
{
	return errata_buf_put_safe(out, s);
}

int errata__output_text_finding(errata_buf *out, const errata_finding *f)
{
	int error;

	if ((error = put_escaped(out, f->path)) < 0 ||
	    (error = errata_buf_printf(out, ":%u:%u: %s: ", f->line, f->column,
	                               errata_severity_name(f->severity))) < 0 ||
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
