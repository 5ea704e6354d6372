/*
 * core/checks/anniversary_pair.h: the fallback reading of date.anniversary
 * (anniversary_pair.c), for counts the shapes of anniversary.c leave
 * unjudged, and what the two files share.
 */
#ifndef ERRATA_CORE_ANNIVERSARY_PAIR_H
#define ERRATA_CORE_ANNIVERSARY_PAIR_H

#include <stddef.h>

#include "checks/check.h"
#include "text/wordlist.h"

struct errata__words;

/* The spans of the counts anniversary.c judged (pairs of start, end). */
typedef struct {
	size_t *v;
	size_t n, alloc;
} errata__ann_judged;

/* Note that the count at text[start, end) was judged; 0, or an error code on no memory. */
int errata__ann_judged_add(errata__ann_judged *j, size_t start, size_t end);
void errata__ann_judged_dispose(errata__ann_judged *j);

/*
 * Pair each anniversary count that no span of `judged` covers with the
 * year of a founding or an event written near it (the same sentence, or
 * the next or last one of its paragraph when the paragraph writes one
 * count and one such year), and report the count when it fits none of
 * the years the celebration may fall in.
 */
int errata__anniversary_pair(const errata_check_ctx *ctx, const struct errata__words *w,
                             const errata__ann_judged *judged);

/*
 * The ordinal written right before the named anniversary at `at`, which
 * multiplies it ("su quinto centenario", "le cinquième centenaire", "el
 * V Centenario", "5.º centenario": the 500th): its value, with in *start
 * where it begins; 0 if there is none, or if a noun in lower case follows
 * the word (ending at end), which the ordinal may count: "the third
 * centenary lecture".
 */
int errata__ann_times(const struct errata__words *w, const char *p, size_t len, size_t at,
                      size_t end, size_t *start);

/*
 * Report the count written at text[start, end) as dated by an event of
 * `year` (anniversary.c): "… in {when}, but the event is dated {year}".
 */
int errata__anniversary_report_dated(const errata_check_ctx *ctx, size_t start, size_t end,
                                     int count, int when, int year);

/*
 * The end of the two sentences after the one that ends at se, within
 * its paragraph: where a celebration told right after a count may be
 * dated ("… täyttää 100 vuotta: se perustettiin vuonna 1927. Juhlaa
 * vietetään perjantaina 21. toukokuuta 2027").
 */
size_t errata__ann_next_sentences(const struct errata__words *w, const char *p, size_t len, size_t se);

/*
 * Whether the word at a ends in one of `endings`, with a byte of its own
 * before it ("концертом" in "-ом"): a case ending.
 */
int errata__ann_ends_in(const errata__wordlist *endings, const char *p, size_t len, size_t a);

/*
 * Whether the four digits at text[y] write a decade, not a year: a word
 * of decade_endings after a hyphen or an apostrophe ("1920-talet",
 * "1920'erne", "1920-х", "1920'li"), or the first of two decades that
 * the second's ending closes ("1920- och 1930-talen"). A decade dates
 * neither an event nor a celebration.
 */
int errata__ann_decade(const struct errata__words *w, const char *p, size_t len, size_t y);

#endif
