/*
 * quote.c: quote normalisation and matching. A reader copies a sentence
 * out of a web page: the page may have re-wrapped it, turned straight
 * quotes into curly ones or two hyphens into a dash. Both the quote and the
 * article are folded the same way and compared byte for byte, and a map
 * from folded bytes back to the article's bytes recovers the exact span.
 */
#include "repo/quote.h"

#include <stdlib.h>
#include <string.h>

#include "common.h"

/* What a code point folds to: a replacement string, " " for space, or NULL to keep it. */
static const char *fold(uint32_t cp)
{
	switch (cp) {
	case '\t': case '\n': case '\r': case '\v': case '\f': case ' ':
	case 0x00a0: case 0x1680: case 0x2028: case 0x2029: case 0x202f:
	case 0x205f: case 0x3000:
		return " ";
	case 0x2018: case 0x2019: case 0x201a: case 0x201b: case 0x2032:
	case 0x02bc: case 0x00b4: case 0x0060:
		return "'";
	case 0x201c: case 0x201d: case 0x201e: case 0x201f: case 0x2033:
	case 0x00ab: case 0x00bb:
		return "\"";
	case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
	case 0x2015: case 0x2212: case 0xfe58: case 0xfe63: case 0xff0d:
		return "-";
	case 0x2026:
		return "...";
	default:
		if (cp >= 0x2000 && cp <= 0x200a)
			return " ";
		return NULL;
	}
}

int errata__quote_normalize(const char *s, size_t len, errata_buf *out,
                            size_t **map)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t *m = NULL, start = out->size, i = 0, o;
	char *w;
	int pending_space = 0, error;

	/* Folding never makes the text longer: write straight into the buffer. */
	if ((error = errata_buf_grow(out, len + 1)) < 0)
		return error;
	if (map) {
		*map = NULL;
		if (!(m = malloc((len + 1) * sizeof(*m))))
			return errata__oom();
	}
	w = out->ptr;
	o = start;
	while (i < len) {
		uint32_t cp = u[i];
		size_t n;
		const char *rep;

		if (cp < 0x80 && cp > ' ') {
			/* The common case: plain ASCII that folds to itself. */
			if (pending_space) {
				if (m)
					m[o - start] = i;
				w[o++] = ' ';
				pending_space = 0;
			}
			if (cp == '`') {
				if (m)
					m[o - start] = i;
				w[o++] = '\'';
			} else {
				if (m)
					m[o - start] = i;
				w[o++] = (char)cp;
			}
			i++;
			continue;
		}
		n = errata__utf8_decode(u + i, len - i, &cp);
		if (n == 0) {
			n = 1;
			rep = NULL;
		} else {
			rep = fold(cp);
		}
		if (rep && rep[0] == ' ') {
			/* A white-space run: one space before the next text, none at the ends. */
			if (o > start)
				pending_space = 1;
			i += n;
			continue;
		}
		if (pending_space) {
			if (m)
				m[o - start] = i;
			w[o++] = ' ';
			pending_space = 0;
		}
		if (!rep)
			rep = s + i;
		{
			size_t rl = rep == s + i ? n : strlen(rep);

			for (size_t k = 0; k < rl; k++) {
				if (m)
					m[o - start] = i;
				w[o++] = rep[k];
			}
		}
		i += n;
	}
	if (m)
		m[o - start] = len;
	out->size = o;
	w[o] = '\0';
	if (map)
		*map = m;
	return 0;
}

int errata__quote_in(const char *nt, size_t ntlen, const char *q, size_t qlen)
{
	if (qlen == 0 || qlen > ntlen)
		return 0;
	return errata__memmem(nt, ntlen, q, qlen) != NULL;
}

int errata__quote_find(const char *text, size_t len, const char *q,
                       size_t *offset, size_t *length)
{
	errata_buf nt = ERRATA_BUF_INIT;
	size_t *map = NULL, ql = strlen(q);
	const char *hit;
	int error;

	if (ql == 0)
		return 0;
	if ((error = errata__quote_normalize(text, len, &nt, &map)) < 0)
		return error;
	hit = nt.size >= ql ? errata__memmem(nt.ptr, nt.size, q, ql) : NULL;
	if (hit) {
		size_t a = (size_t)(hit - nt.ptr), last = map[a + ql - 1], n;
		uint32_t cp;

		/* The match ends after the code point its last folded byte came from. */
		n = errata__utf8_decode((const unsigned char *)text + last, len - last, &cp);
		if (n == 0)
			n = 1;
		if (offset)
			*offset = map[a];
		if (length)
			*length = last + n - map[a];
		error = 1;
	}
	errata_buf_dispose(&nt);
	free(map);
	return error;
}
