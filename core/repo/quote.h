/*
 * core/repo/quote.h: matching a reader's quote against an article's text.
 * Shared inside liberrata (blame, reports, diff): white-space runs fold to
 * one space, typographic quotes, apostrophes, dashes and the ellipsis match
 * their plain forms, and leading/trailing white space of the quote is
 * ignored. Matching is case-sensitive.
 */
#ifndef ERRATA_CORE_QUOTE_H
#define ERRATA_CORE_QUOTE_H

#include <stddef.h>
#include "common.h"

/* Longest quote accepted, in bytes, before normalisation. */
#define ERRATA__QUOTE_MAX 2000

/*
 * Normalise s[0..len) into out (appended, NUL-terminated). If map is not
 * NULL, *map receives a malloc'd array of out->size + 1 entries: the byte
 * offset in s where each normalised byte came from, with map[out->size]
 * == len (free()). Invalid UTF-8 bytes are kept as they are.
 */
int errata__quote_normalize(const char *s, size_t len, errata_buf *out,
                            size_t **map);

/*
 * Find the quote q (already normalised, non-empty) in text[0..len).
 * Returns 1 and stores the byte span of the first match in the original
 * text in *offset and *length, 0 when absent, or a negative error.
 * offset/length may be NULL.
 */
int errata__quote_find(const char *text, size_t len, const char *q,
                       size_t *offset, size_t *length);

/* Whether normalised text nt contains normalised quote q (1 or 0). */
int errata__quote_in(const char *nt, size_t ntlen, const char *q, size_t qlen);

#endif
