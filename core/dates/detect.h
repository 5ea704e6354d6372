/*
 * core/dates/detect.h: choosing an article's language from its text
 * (--lang auto). Every locale table in the data folder may list "detect"
 * words, frequent short words of its language; with its month and weekday
 * names they are counted in the text and the table that counts most wins.
 */
#ifndef ERRATA_DATES_DETECT_H
#define ERRATA_DATES_DETECT_H

#include <stddef.h>

typedef struct errata__detector errata__detector;

/*
 * Read the "lang", "detect", "months", "weekdays" and "cjk" of every
 * table in <data dir>/locales, parsing those members alone (jsonscan.h).
 * A table whose members cannot be told apart, or one of those that is not
 * valid JSON, is an error naming it; a fault elsewhere in a table is the
 * locale loader's to report, when an article in its language is checked.
 * Free with errata__detector_free().
 */
int errata__detector_new(errata__detector **out, const char *data_dir);
void errata__detector_free(errata__detector *d);

/*
 * The language of text (its first bytes are enough): the table whose words
 * occur most often; on a tie, the first of the tied tables by name unless
 * English is one of them; NULL when English ties or no word of any table
 * occurs. The string belongs to the detector.
 */
const char *errata__detector_guess(const errata__detector *d, const char *text, size_t len);

#endif
