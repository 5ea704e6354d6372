/*
 * core/checks/holiday_sieve.h: where a document may name a holiday, from
 * the word index, so that date.holiday and the holiday weekdays of
 * date.weekday (holiday.c) stop at once on the many articles that name
 * none.
 *
 * For each name of a table one of its words is its anchor: one after a
 * space in the name, or its first when an ASCII letter or digit starts
 * it (preferring a long word that begins otherwise than the table's
 * function words, weekdays and months). The anchors' first three bytes
 * make a wide lead table of the word index (text/wordindex.h), class
 * ERRATA__HOLIDAY_CLASS + k for an anchor whose word may be of length
 * class k (errata__word_length_class(): three bytes or fewer, each of
 * four to nine, ten or more; "than" is no anchor of "Thanksgiving", nor
 * "members" of "Memorial Day"), which the index gives only the words of
 * that length. A name is then
 * written in the document only where
 * a flagged word of the prose is its anchor; inside a run of the index
 * (right after a letter outside ASCII that the index reads as part of
 * the word and the check does not, a Hangul syllable); in the raw text,
 * which date.holiday reads, right after a date ("Nov. 20Thanksgiving")
 * or near where the prose was masked (a link's address) or an entity
 * decoded. None of these: the checks have nothing to find.
 */
#ifndef ERRATA_CORE_CHECKS_HOLIDAY_SIEVE_H
#define ERRATA_CORE_CHECKS_HOLIDAY_SIEVE_H

#include "errata/dates.h"

#define ERRATA__HOLIDAY_CLASS 8
typedef struct errata__holiday_anchors errata__holiday_anchors;

/*
 * The anchors of loc's names (errata__holiday_anchors_free()); NULL when
 * it has none, when a name has no anchor ("こどもの日", "День Победы":
 * one word that starts outside ASCII, which the index may read as part
 * of the word before), or when memory runs out.
 */
errata__holiday_anchors *errata__holiday_anchors_new(const errata_locale *loc);
void errata__holiday_anchors_free(errata__holiday_anchors *a);

/* Their lead table (65536 bytes, of the wide class; borrowed). */
const unsigned char *errata__holiday_anchors_lead(const errata__holiday_anchors *a);

struct errata_check_ctx;

/*
 * Whether a holiday's name of ctx's table may stand in the document where
 * holiday.c looks for one (in the raw text, or in the prose): 1 unless
 * the prose's word index, classified with ctx->holidays, says none can.
 * Worked out once a document (ctx->holidays_named).
 */
int errata__holiday_may_be_named(const struct errata_check_ctx *ctx);

#endif
