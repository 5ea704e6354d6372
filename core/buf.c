/*
 * buf.c: errata_buf, the growable NUL-terminated byte buffer that
 * formatters and serialisers write into.
 */
#include "common.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int errata_buf_grow(errata_buf *buf, size_t extra)
{
	size_t need = buf->size + extra + 1, ncap;
	char *p;

	if (need < buf->size)
		return errata__oom();
	if (need <= buf->asize)
		return 0;
	ncap = buf->asize ? buf->asize : 64;
	while (ncap < need)
		ncap = ncap * 3 / 2 + 16;
	p = realloc(buf->ptr, ncap);
	if (!p)
		return errata__oom();
	buf->ptr = p;
	buf->asize = ncap;
	return 0;
}

int errata_buf_put(errata_buf *buf, const char *data, size_t len)
{
	int error = errata_buf_grow(buf, len);

	if (error)
		return error;
	if (len)
		memcpy(buf->ptr + buf->size, data, len);
	buf->size += len;
	buf->ptr[buf->size] = '\0';
	return 0;
}

int errata_buf_puts(errata_buf *buf, const char *str)
{
	return errata_buf_put(buf, str, strlen(str));
}

int errata_buf_putc(errata_buf *buf, char c)
{
	return errata_buf_put(buf, &c, 1);
}

int errata_buf_put_long(errata_buf *buf, long v)
{
	char digits[24], *end = digits + sizeof(digits);
	char *s = errata__decimal_before(end, v < 0 ? 0ull - (unsigned long long)v
	                                            : (unsigned long long)v);

	if (v < 0)
		*--s = '-';
	return errata_buf_put(buf, s, (size_t)(end - s));
}

int errata_buf_printf(errata_buf *buf, const char *fmt, ...)
{
	va_list ap;
	size_t room;
	int n, error;

	/*
	 * Format once into the room the buffer has (at least a short line's
	 * worth); only text longer than that is formatted a second time.
	 */
	if ((error = errata_buf_grow(buf, 64)) < 0)
		return error;
	room = buf->asize - buf->size;
	va_start(ap, fmt);
	n = vsnprintf(buf->ptr + buf->size, room, fmt, ap);
	va_end(ap);
	if (n < 0) {
		buf->ptr[buf->size] = '\0';
		return errata__error(ERRATA_ERROR, "formatting failed");
	}
	if ((size_t)n >= room) {
		if ((error = errata_buf_grow(buf, (size_t)n)) < 0) {
			buf->ptr[buf->size] = '\0';
			return error;
		}
		va_start(ap, fmt);
		vsnprintf(buf->ptr + buf->size, (size_t)n + 1, fmt, ap);
		va_end(ap);
	}
	buf->size += (size_t)n;
	return 0;
}

void errata_buf_clear(errata_buf *buf)
{
	buf->size = 0;
	if (buf->ptr)
		buf->ptr[0] = '\0';
}

char *errata_buf_detach(errata_buf *buf)
{
	char *p = buf->ptr;

	if (!p)
		p = errata__strdup("");
	buf->ptr = NULL;
	buf->size = buf->asize = 0;
	return p;
}

void errata_buf_dispose(errata_buf *buf)
{
	free(buf->ptr);
	buf->ptr = NULL;
	buf->size = buf->asize = 0;
}

/* Whether the code point reorders text on a terminal (bidi embeddings, overrides, isolates). */
static int bidi_control(uint32_t cp)
{
	return (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) ||
	       cp == 0x200e || cp == 0x200f || cp == 0x061c;
}

/* Unicode White_Space (what .NET's TrimStart() drops before a command). */
static int unicode_space(uint32_t cp)
{
	return cp == ' ' || (cp >= 0x09 && cp <= 0x0d) || cp == 0x85 || cp == 0xa0 ||
	       cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp == 0x2028 ||
	       cp == 0x2029 || cp == 0x202f || cp == 0x205f || cp == 0x3000;
}

/* Printable ASCII other than ':' and '[', which may open a workflow command. */
static const unsigned char printable_plain[256] = {
#define R1(c) ((c) >= 0x20 && (c) < 0x7f && (c) != ':' && (c) != '[')
#define R4(b) R1(b), R1(b + 1), R1(b + 2), R1(b + 3)
#define R16(b) R4(b), R4(b + 4), R4(b + 8), R4(b + 12)
	R16(0), R16(16), R16(32), R16(48), R16(64), R16(80), R16(96), R16(112)
#undef R16
#undef R4
#undef R1
};

int errata_buf_put_safe_len(errata_buf *buf, const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t run = 0, i = 0, lead = 0;
	int error = 0;

	/* "::" opens a workflow command when it starts a line, white space skipped */
	for (;;) {
		uint32_t cp = 0;
		size_t d = lead < len ? errata__utf8_decode(p + lead, len - lead, &cp) : 0;

		if (!d || !unicode_space(cp))
			break;
		lead += d;
	}
	while (i < len && !error) {
		const char *rep = NULL;
		char esc[12];
		uint32_t cp = 0;
		size_t n = 1, d;

		/* the printable ASCII that nothing below replaces, a table look-up a byte */
		while (i < len && printable_plain[p[i]])
			i++;
		if (i >= len)
			break;
		if (p[i] >= 0x20 && p[i] < 0x7f) {
			if (i == lead && p[i] == ':' && i + 1 < len && p[i + 1] == ':')
				rep = "\\x3a";
			else if (p[i] == '[' && i >= 2 && p[i - 1] == '#' && p[i - 2] == '#')
				rep = "\\x5b";   /* "##[" is a command anywhere in a line */
		} else if (p[i] < 0x80) {
			rep = p[i] == '\n' ? "\\n" : p[i] == '\r' ? "\\r" : p[i] == '\t' ? "\\t" : NULL;
			if (!rep) {
				snprintf(esc, sizeof(esc), "\\x%02x", p[i]);
				rep = esc;
			}
		} else if (!(d = errata__utf8_decode(p + i, len - i, &cp))) {
			snprintf(esc, sizeof(esc), "\\x%02x", p[i]);   /* not UTF-8 */
			rep = esc;
		} else {
			n = d;
			if ((cp >= 0x80 && cp < 0xa0) || bidi_control(cp)) {
				snprintf(esc, sizeof(esc), "\\u%04x", (unsigned)cp);
				rep = esc;
			}
		}
		if (rep) {
			if ((error = errata_buf_put(buf, s + run, i - run)) == 0)
				error = errata_buf_puts(buf, rep);
			run = i + n;
		}
		i += n;
	}
	if (!error)
		error = errata_buf_put(buf, s + run, len - run);
	return error;
}

int errata_buf_put_safe(errata_buf *buf, const char *s)
{
	return errata_buf_put_safe_len(buf, s ? s : "", s ? strlen(s) : 0);
}
