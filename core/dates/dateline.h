/*
 * core/dates/dateline.h: the article's own date where it is written in
 * the text rather than in metadata: a byline or dateline in its first
 * lines, or a JSON-LD "datePublished".
 */
#ifndef ERRATA_DATES_DATELINE_H
#define ERRATA_DATES_DATELINE_H

#include <stddef.h>
#include "errata/dates.h"

/*
 * The date of a byline or dateline among the first lines of prose (the
 * first six lines that hold text, within 2,000 bytes): a written date
 * with its year, not a range, on a line that starts with one of the
 * table's byline_words ("By", "Published", "Updated"), or whose other
 * text has no lower-case letter ("WASHINGTON (AP) -- March 5, 2026",
 * "12. März 2020"), or that is a place and a comma before the date
 * ("Berlin, 5. März 2026"). 1 with the date in *out and its 1-based
 * line in *line; 0 when there is none; a negative code on failure.
 */
int errata__dateline_find(const char *prose, size_t len, const errata_locale *loc,
                          errata_date *out, size_t *line);

/*
 * The first JSON-LD "datePublished": "YYYY-MM-DD..." in text (an HTML
 * page's <script type="application/ld+json">): 1 with the day in *out,
 * else 0.
 */
int errata__jsonld_date(const char *text, size_t len, errata_date *out);

#endif
