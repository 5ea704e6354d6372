/*
 * github.c: GitHub Actions workflow commands, one per finding:
 *   ::error file=PATH,line=L,col=C,endLine=EL,endColumn=EC,title=RULE::MESSAGE
 * (warning: ::warning, info: ::notice). Suggestions follow the message on
 * lines of their own ("suggestion: TEXT"). GitHub reads '%', CR and LF in
 * the message as escapes (%25, %0D, %0A); property values also escape ':'
 * and ',' (%3A, %2C), which would otherwise end the value.
 */
#include "common.h"
#include "output/format.h"

static int escape(errata_buf *out, const char *s, int property)
{
	const char *run = s;
	int error = 0;

	for (; *s; s++) {
		const char *rep;

		switch (*s) {
		case '%': rep = "%25"; break;
		case '\r': rep = "%0D"; break;
		case '\n': rep = "%0A"; break;
		case ':': rep = property ? "%3A" : NULL; break;
		case ',': rep = property ? "%2C" : NULL; break;
		default: rep = NULL; break;
		}
		if (!rep)
			continue;
		if ((error = errata_buf_put(out, run, (size_t)(s - run))) < 0 ||
		    (error = errata_buf_puts(out, rep)) < 0)
			return error;
		run = s + 1;
	}
	return errata_buf_put(out, run, (size_t)(s - run));
}

int errata__output_github_escape_data(errata_buf *out, const char *s)
{
	return escape(out, s, 0);
}

int errata__output_github_escape_property(errata_buf *out, const char *s)
{
	return escape(out, s, 1);
}

int errata__output_github_finding(errata_buf *out, const errata_finding *f)
{
	const char *cmd = f->severity == ERRATA_SEVERITY_ERROR ? "error" :
	                  f->severity == ERRATA_SEVERITY_WARNING ? "warning" : "notice";
	int error;

	if ((error = errata_buf_printf(out, "::%s file=", cmd)) < 0 ||
	    (error = escape(out, f->path, 1)) < 0 ||
	    (error = errata_buf_printf(out, ",line=%u,col=%u,endLine=%u,endColumn=%u,title=",
	                               f->line, f->column, f->end_line, f->end_column)) < 0 ||
	    (error = escape(out, f->rule, 1)) < 0 ||
	    (error = errata_buf_puts(out, "::")) < 0 ||
	    (error = escape(out, f->message, 0)) < 0)
		return error;
	for (size_t i = 0; i < f->suggestion_count; i++) {
		if ((error = errata_buf_puts(out, "%0Asuggestion: ")) < 0 ||
		    (error = escape(out, f->suggestions[i], 0)) < 0)
			return error;
	}
	return errata_buf_putc(out, '\n');
}
