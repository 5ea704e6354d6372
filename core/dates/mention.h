/*
 * core/dates/mention.h: what the date checks may ask the extractor beyond
 * the public mention struct.
 */
#ifndef ERRATA_DATES_MENTION_H
#define ERRATA_DATES_MENTION_H

#include <stddef.h>
#include "errata/dates.h"
#include "text/wordindex.h"

/*
 * The mentions of m (NULL: none) as the one array they are, in text
 * order, and their count in *n (NULL when there are none): for a check
 * that walks every mention, which would otherwise pay a call of
 * errata_mentions_get() for each.
 */
static inline const errata_mention *errata__mentions_all(const errata_mentions *m, size_t *n)
{
	*n = m ? errata_mentions_count(m) : 0;
	return *n ? errata_mentions_get(m, 0) : NULL;
}

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
 * The one year the text's headline names ("The year ahead: what 2027
 * holds for the region"), the year a preview or a review is about; 0 when
 * the first line is no headline or names no year or more than one.
 */
int errata__mentions_headline_year(const errata_mentions *m);

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
 * The date keys' class in a word index's lead table: the scan for
 * mentions reads the words of this class instead of the text's bytes.
 * The consistency checks' word sets take the classes from 0, the fact
 * sheet's titles class 6 (checks/facts.h).
 */
#define ERRATA__MENTION_KEY_CLASS 7

/*
 * Mark in the lead table `lead` (65536 bytes, text/wordindex.h), as class
 * `bit`, the first three bytes of every run of ASCII letters that may
 * start a key of loc (a month, a weekday, a day word): the runs where the
 * scan for mentions stops by their letters. (A run of one or two letters
 * is marked only before a byte where no word goes on: before a digit, an
 * apostrophe, a hyphen or a byte outside ASCII the scan stops anyway.)
 */
void errata__mentions_keys_add(unsigned char *lead, unsigned bit, const errata_locale *loc);

/*
 * errata__mentions_extract_raw() that finds where a parse may start from
 * `words`, the word index of text[0, len) classified with keys (filled by
 * errata__mentions_keys_add() for loc, as class ERRATA__MENTION_KEY_CLASS)
 * as one of its lead tables (errata__word_classes_set_leads()) and the
 * words of that class listed apart (errata__word_index_classify_apart()),
 * instead of scanning the text: the same mentions. words NULL, or an index
 * not so classified: the text is scanned.
 */
int errata__mentions_extract_indexed(errata_mentions **out, const char *text, const char *raw,
                                     size_t len, const errata_locale *loc,
                                     const errata_mention_options *opts,
                                     const errata__word_index *words, const unsigned char *keys);

/*
 * errata_mentions_extract() reading the word index `words` of the
 * document's prose, classified as errata__mentions_extract_indexed()
 * says, where the normalised view is the prose itself; else (and with
 * words NULL) as errata_mentions_extract().
 */
int errata__mentions_extract_doc(errata_mentions **out, const errata_doc *doc,
                                 const errata_locale *loc, const errata_mention_options *opts,
                                 const errata__word_index *words, const unsigned char *keys);

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

/*
 * A weekday with a day number and no month ("Tuesday the 14th", "le mardi
 * 14", "13日（日）"): kept apart from the mentions (errata_mentions_get()
 * never returns one, so no other check reads it), for date.weekday alone.
 * Its readings are the dates the day may be read as near its reference
 * date (the last date before it in its paragraph, else the article's),
 * the nearest first: mention_day.c says which.
 */
typedef struct {
	size_t offset, length;                 /* the weekday through the day (and its bracket) */
	size_t weekday_offset, weekday_length;
	size_t day_offset, day_length;         /* the day's number and its ordinal suffix */
	int weekday;                           /* 0 Monday .. 6 Sunday */
	int day;                               /* 1..31 */
	int dir;                               /* -1 after "last", +1 after "next", else 0 */
	int month_shift;                       /* 1 "this month", 2 "next month" after it, else 0 */
	int n;                                 /* readings; 0: not judged (no reference date) */
	errata_date reading[6];
} errata__day_mention;

size_t errata__mentions_day_count(const errata_mentions *m);
/* Day mention i, or NULL; the _at form may be changed (mention_doc.c). */
const errata__day_mention *errata__mentions_day_get(const errata_mentions *m, size_t i);
errata__day_mention *errata__mentions_day_at(errata_mentions *m, size_t i);

#endif
