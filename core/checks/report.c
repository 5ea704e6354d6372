/*
 * report.c: how a built-in check reports a finding. The pipeline sets the
 * running check's rule id and effective severity in the context; the
 * check only says where, what and what to write instead. Suggestions are
 * replacement text built from the source, so their white space is folded
 * here, once for every check (a date written across a line break is
 * suggested on one line).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "checks/check.h"

/*
 * The byte length of the white-space character at s[0..len), or 0 when
 * there is none; *brk is set when it breaks the line. Besides ASCII
 * white space: NEL, the no-break and typographic spaces (U+00A0, U+1680,
 * U+2000 to U+200A, U+202F, U+205F, U+3000) and the line and paragraph
 * separators.
 */
static size_t space_at(const char *s, size_t len, int *brk)
{
	uint32_t cp;
	size_t n;

	*brk = 0;
	switch (s[0]) {
	case ' ': case '\t':
		return 1;
	case '\n': case '\r': case '\v': case '\f':
		*brk = 1;
		return 1;
	}
	if ((unsigned char)s[0] < 0x80 ||
	    !(n = errata__utf8_decode((const unsigned char *)s, len, &cp)))
		return 0;
	if (cp == 0x85 || cp == 0x2028 || cp == 0x2029) {
		*brk = 1;
		return n;
	}
	if (cp == 0xa0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200a) ||
	    cp == 0x202f || cp == 0x205f || cp == 0x3000)
		return n;
	return 0;
}

/*
 * Make a suggestion read as replacement text: every run of white space
 * copied from the source becomes its first character (a no-break space
 * then a space gives the no-break space), or one space when the run breaks
 * the line, so that a date written across a line break is suggested on
 * one line. In place.
 */
static void fold_space(errata_buf *b)
{
	size_t r = 0, w = 0, n;
	int brk, any;

	while (r < b->size) {
		size_t first = r, flen;

		if (!(n = space_at(b->ptr + r, b->size - r, &brk))) {
			b->ptr[w++] = b->ptr[r++];
			continue;
		}
		flen = n;
		any = brk;
		r += n;
		while (r < b->size && (n = space_at(b->ptr + r, b->size - r, &brk))) {
			any |= brk;
			r += n;
		}
		if (any) {
			b->ptr[w++] = ' ';
		} else {
			memmove(b->ptr + w, b->ptr + first, flen);
			w += flen;
		}
	}
	b->size = w;
	if (b->ptr)
		b->ptr[w] = '\0';
}

/*
 * Whether fold_space() would leave s as it is: its only white space is
 * single ASCII spaces (no other ASCII white space, no two spaces in a
 * row, no lead byte of a non-ASCII space or separator: C2, E1, E2, E3).
 */
static int single_spaces(const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		switch (*p) {
		case ' ':
			if (p[1] == ' ')
				return 0;
			break;
		case '\t': case '\n': case '\v': case '\f': case '\r':
		case 0xc2: case 0xe1: case 0xe2: case 0xe3:
			return 0;
		}
	}
	return 1;
}

int errata__check_report(const errata_check_ctx *ctx, size_t offset,
                         size_t length, const char *message,
                         const char *const *suggestions,
                         size_t suggestion_count)
{
	errata_buf folded[4] = { ERRATA_BUF_INIT, ERRATA_BUF_INIT, ERRATA_BUF_INIT, ERRATA_BUF_INIT };
	const char *use[4];
	size_t n = suggestion_count;
	int error = 0;

	/* Checks give at most a couple of suggestions; more go as they are. */
	if (n > 4)
		return errata_findings_add(ctx->out, ctx->doc, ctx->rule, ctx->severity,
		                           offset, length, message, suggestions, n);
	for (size_t i = 0; i < n && !error; i++) {
		if (single_spaces(suggestions[i])) {
			use[i] = suggestions[i];
			continue;
		}
		if ((error = errata_buf_puts(&folded[i], suggestions[i])) == 0) {
			fold_space(&folded[i]);
			use[i] = folded[i].ptr;
		}
	}
	if (!error)
		error = errata_findings_add(ctx->out, ctx->doc, ctx->rule, ctx->severity,
		                            offset, length, message, use, n);
	for (size_t i = 0; i < n; i++)
		errata_buf_dispose(&folded[i]);
	return error;
}
