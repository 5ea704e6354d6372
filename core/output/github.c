/*
 * github.c: GitHub Actions workflow commands, one per finding:
 *   ::error file=PATH,line=L,col=C,endLine=EL,endColumn=EC,title=RULE::MESSAGE
 * (warning: ::warning, info: ::notice). Suggestions follow the message on
 * lines of their own ("suggestion: TEXT"). GitHub reads '%', CR and LF in
 * the message as escapes (%25, %0D, %0A); property values also escape ':'
 * and ',' (%3A, %2C), which would otherwise end the value. Control
 * characters from an article or a file name are written as text (\x1b).
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "common.h"
#include "output/format.h"

#define ONES  0x0101010101010101ULL
#define HIGHS 0x8080808080808080ULL

/* Bidirectional embeddings, overrides, isolates and marks: they reorder
 * what a terminal or a log viewer shows. */
static int bidi_control(uint32_t cp)
{
	return (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) ||
	       cp == 0x200e || cp == 0x200f || cp == 0x061c;
}

/*
 * Append s as a command's value. Besides GitHub's own escapes, what would
 * act on a terminal or a log viewer is written as text, as the text format
 * writes it (errata_buf_put_safe): other C0 controls and DEL as \xNN, C1
 * and bidirectional controls as \uXXXX, bytes that are not UTF-8 as \xNN.
 * A tab stays a tab.
 */
static int escape(errata_buf *out, const char *s, int property)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t run = 0, i = 0, len = strlen(s);
	int error = 0;

	while (i < len) {
		const char *rep = NULL;
		char esc[12];
		size_t n = 1;
		uint32_t cp;

		/* what is written as it is: printable ASCII but '%' (and, in a
		 * property, ':' and ','), eight bytes at a time, then one by one */
		for (; i + 8 <= len; i += 8) {
			uint64_t v, pc, co, cm;

			memcpy(&v, p + i, 8);
			pc = v ^ (ONES * '%');
			co = v ^ (ONES * ':');
			cm = v ^ (ONES * ',');
			if ((((v - ONES * 0x20) | v | (v + ONES)) | ((pc - ONES) & ~pc) |
			     (property ? ((co - ONES) & ~co) | ((cm - ONES) & ~cm) : 0)) & HIGHS)
				break;
		}
		while (i < len && p[i] >= 0x20 && p[i] < 0x7f && p[i] != '%' &&
		       !(property && (p[i] == ':' || p[i] == ',')))
			i++;
		if (i >= len)
			break;
		switch (p[i]) {
		case '%': rep = "%25"; break;
		case '\r': rep = "%0D"; break;
		case '\n': rep = "%0A"; break;
		case ':': rep = property ? "%3A" : NULL; break;
		case ',': rep = property ? "%2C" : NULL; break;
		default:
			if ((p[i] < 0x20 && p[i] != '\t') || p[i] == 0x7f) {
				snprintf(esc, sizeof(esc), "\\x%02x", p[i]);
				rep = esc;
			} else if (p[i] >= 0x80) {
				n = errata__utf8_decode(p + i, len - i, &cp);
				if (n == 0) {
					n = 1;
					snprintf(esc, sizeof(esc), "\\x%02x", p[i]);
					rep = esc;
				} else if (cp < 0xa0 || bidi_control(cp)) {
					snprintf(esc, sizeof(esc), "\\u%04x", (unsigned)cp);
					rep = esc;
				}
			}
			break;
		}
		if (rep) {
			if ((error = errata_buf_put(out, s + run, i - run)) < 0 ||
			    (error = errata_buf_puts(out, rep)) < 0)
				return error;
			run = i + n;
		}
		i += n;
	}
	return errata_buf_put(out, s + run, i - run);
}

int errata__output_github_escape_data(errata_buf *out, const char *s)
{
	return escape(out, s, 0);
}

int errata__output_github_escape_property(errata_buf *out, const char *s)
{
	return escape(out, s, 1);
}

/* key (a literal) then n in decimal, as "%u" writes it */
static int put_number(errata_buf *out, const char *key, unsigned int n)
{
	char digits[24], *end = digits + sizeof(digits);
	char *d = errata__decimal_before(end, n);
	int error;

	if ((error = errata_buf_puts(out, key)) == 0)
		error = errata_buf_put(out, d, (size_t)(end - d));
	return error;
}

int errata__output_github_finding(errata_buf *out, const errata_finding *f)
{
	const char *cmd = f->severity == ERRATA_SEVERITY_ERROR ? "error" :
	                  f->severity == ERRATA_SEVERITY_WARNING ? "warning" : "notice";
	int error;

	if ((error = errata_buf_puts(out, "::")) < 0 || (error = errata_buf_puts(out, cmd)) < 0 ||
	    (error = errata_buf_puts(out, " file=")) < 0 ||
	    (error = escape(out, f->path, 1)) < 0 ||
	    (error = put_number(out, ",line=", f->line)) < 0 ||
	    (error = put_number(out, ",col=", f->column)) < 0 ||
	    (error = put_number(out, ",endLine=", f->end_line)) < 0 ||
	    (error = put_number(out, ",endColumn=", f->end_column)) < 0 ||
	    (error = errata_buf_puts(out, ",title=")) < 0 ||
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
