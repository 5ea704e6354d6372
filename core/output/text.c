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
#include <stdint.h>
#include <string.h>

#include "common.h"
#include "output/format.h"

#define ONES  0x0101010101010101ULL
#define HIGHS 0x8080808080808080ULL

/*
 * Whether errata_buf_put_safe() would write s[0, len) as it is, told
 * eight bytes at a time: printable ASCII without '[' (which "##[" needs),
 * and no "::" after the leading spaces. 0 may be said of a string that
 * is safe: it then takes the slow way, which gives the same bytes.
 */
static int plain(const char *s, size_t len)
{
	size_t i = 0, lead = 0;
	uint64_t bad = 0;

	for (; i + 8 <= len; i += 8) {
		uint64_t v, b;

		memcpy(&v, s + i, 8);
		b = v ^ (ONES * '[');
		/* a byte below 0x20, 0x7f and above, or '[' */
		bad |= ((v - ONES * 0x20) | v | (v + ONES)) | ((b - ONES) & ~b);
	}
	if (bad & HIGHS)
		return 0;
	for (; i < len; i++)
		if ((unsigned char)s[i] < 0x20 || (unsigned char)s[i] >= 0x7f || s[i] == '[')
			return 0;
	while (lead < len && s[lead] == ' ')
		lead++;
	return !(lead + 1 < len && s[lead] == ':' && s[lead + 1] == ':');
}

static int put_escaped(errata_buf *out, const char *s)
{
	size_t len = strlen(s);

	return plain(s, len) ? errata_buf_put(out, s, len) : errata_buf_put_safe_len(out, s, len);
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
