/*
 * core/dates/mention.h: what the date checks may ask the extractor beyond
 * the public mention struct.
 */
#ifndef ERRATA_DATES_MENTION_H
#define ERRATA_DATES_MENTION_H

#include <stddef.h>
#include "errata/dates.h"

/*
 * The other year mention i may be read in, or 0 when there is none: the
 * article's date gives another year than the explicit date that anchored
 * it, or its written year may be a count ("Friday, March 6, 2000 homes").
 * A check judges a mention wrong only when it is wrong in both readings.
 */
int errata__mention_alt_year(const errata_mentions *m, size_t i);

/*
 * The year to name in a finding on mention i that is wrong in both
 * readings: the article's reading when the explicit date that anchored it
 * stands in another paragraph, else the mention's own year.
 */
int errata__mention_report_year(const errata_mentions *m, size_t i);

/*
 * errata_mentions_extract_text() with the text as written beside its
 * prose view (raw: the same length and offsets, markup not masked), for
 * the layout that masking hides: list items, table rows and cells, block
 * tags. raw may be the prose itself.
 */
int errata__mentions_extract_raw(errata_mentions **out, const char *text, const char *raw,
                                 size_t len, const errata_locale *loc,
                                 const errata_mention_options *opts);

/*
 * The other reading of an all-numeric date whose order is unknown
 * ("11/03/2026" is November 3 or 11 March): 1 and its month, day and
 * year in *month, *day, *year; 0 when the date has one reading.
 */
int errata__mention_swapped(const errata_mentions *m, size_t i, int *month, int *day,
                            int *year);

/*
 * Mention i to change in place (mention_doc.c maps offsets read on the
 * document's normalised view back to its text), or NULL.
 */
errata_mention *errata__mentions_at(errata_mentions *m, size_t i);

#endif
