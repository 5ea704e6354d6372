/*
 * text.c: the plain text format, one finding per line,
 *   path:line:col: severity: message [rule]
 * followed by one indented line per suggestion,
 *       suggestion: TEXT
 * Control characters in the path, message and suggestions are written as
 * C escapes (\n, \r, \t, \xNN) so that a finding never spans two lines.
 */
#include <stdio.h>

#include "common.h"
#include "output/format.h"

/* Append s with control characters escaped. */
static int put_escaped(errata_buf *out, const char *s)
{
	const char *run = s;
	int error = 0;

	for (; *s && !error; s++) {
		unsigned char c = (unsigned char)*s;

		if (c >= 0x20 && c != 0x7f)
			continue;
		if ((error = errata_buf_put(out, run, (size_t)(s - run))) < 0)
			break;
		if (c == '\n')
			error = errata_buf_puts(out, "\\n");
		else if (c == '\r')
			error = errata_buf_puts(out, "\\r");
		else if (c == '\t')
			error = errata_buf_puts(out, "\\t");
		else
			error = errata_buf_printf(out, "\\x%02x", c);
		run = s + 1;
	}
	if (!error)
		error = errata_buf_put(out, run, (size_t)(s - run));
	return error;
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
