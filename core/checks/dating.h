/*
 * checks/dating.h: what the consistency checks ask of the date mentions:
 * a mention's day number, the mention at a place, another year in a
 * span, and a date written the way a locale writes it, for messages.
 */
#ifndef ERRATA_CHECKS_DATING_H
#define ERRATA_CHECKS_DATING_H

#include <stddef.h>

#include "errata/dates.h"
#include "text/wordindex.h"

struct errata__words;

/*
 * The day number of a mention (errata_date_to_days) when it can be judged:
 * a year is known and the date is real. Returns 1 and sets *days, else 0.
 */
int errata__mention_days(const errata_mention *m, long *days);

/*
 * Append a date the locale's way without its year ("January 4", "4
 * janvier"), or with it when with_year is set ("January 4, 2026"), to
 * buf; ISO form when there is no locale. Returns 0 or ERRATA_ENOMEM.
 */
int errata__format_date(errata_buf *buf, const errata_locale *loc, int year,
                        int month, int day, int with_year);

/* The first mention whose offset is >= at (count if none); binary search. */
size_t errata__mention_at(const errata_mentions *m, size_t at);

/*
 * Whether text[s, e) names a year other than `year`, in a date mention or
 * as a bare four-digit year (an age or a title read there may be about
 * another time, so the checks stay quiet).
 */
int errata__other_year_in(const errata_mentions *m, const char *text, size_t len,
                          size_t s, size_t e, int year);

/*
 * Whether mention i and its range peer are two numbers alone, no month
 * written at either end, the second not after the first: "11-4" in "won
 * 6-2 on May 12 and 11-4 on May 13", a score or a tally that a list
 * joined to the date before it, not a range of days.
 */
int errata__score_pair(const errata_mentions *ms, const char *text, size_t len, size_t i);

/*
 * Whether text[s, e) is one of loc's articles (the "articles" of its
 * consistency words: "the", "a", "an"), in any case; 0 when loc has none.
 */
int errata__is_article(const errata_locale *loc, const char *text, size_t len,
                       size_t s, size_t e);

/* The length of a word of loc's and_words (its consistency words: "and", "et") at text[at]; 0 if none. */
size_t errata__and_word_at(const errata_locale *loc, const char *text, size_t len, size_t at);

/* Whether a word of loc's and_words ends right before text[at], spaces between. */
int errata__and_word_before(const errata_locale *loc, const char *text, size_t len, size_t at);

/*
 * Whether the sentence holding text[at] names one of loc's "leap_words"
 * (its consistency words: "leap year", "birthday", "うるう年"): a
 * February 29 there is the day of leap years, not a day of one year.
 */
int errata__leap_sentence(const errata_locale *loc, const char *text, size_t len, size_t at);

/*
 * Whether the mention is part of a name: a word of loc's "name_nouns"
 * (its consistency words: "Street", "Avenue", "calle", "rue", "Platz")
 * right after it ("November 31st Street") or right before it, with name
 * particles or an article between ("calle 31 de febrero", "rue du 31
 * février"). A date that names a place is not a day.
 */
int errata__date_in_name(const errata_locale *loc, const char *text, size_t len,
                         const errata_mention *m);

/* Whether text[s, e) is one of loc's "name_particles" ("du", "de", "del"). */
int errata__is_name_particle(const errata_locale *loc, const char *text, size_t len,
                             size_t s, size_t e);

/*
 * The month (1 to 12) whose name in the table (its first form) is the n
 * bytes at text, ASCII case aside; 0 when none is.
 */
int errata__month_named(const errata_locale *loc, const char *text, size_t n);

/*
 * Whether the weekday word text[woff, wend) stands inside one of loc's
 * "weekday_titles" (names of papers and of days that hold a weekday:
 * "Mail on Sunday", "Welt am Sonntag"), in any case, at
 * word boundaries.
 */
int errata__weekday_in_title(const errata_locale *loc, const char *text, size_t len,
                             size_t woff, size_t wend);

/*
 * Whether a word of loc's "weekday_of" ("du", "della": of the) ends
 * right before the weekday word at woff, one space or more between.
 */
int errata__weekday_of(const errata_locale *loc, const char *text, size_t len, size_t woff);

/*
 * Whether a word of the consistency words' "relative_pronouns" of loc
 * ("which", "qui", "które") ends at pos: its start in *start.
 */
int errata__relative_pronoun_ends(const errata_locale *loc, const char *text, size_t len,
                                  size_t pos, size_t *start);

/*
 * Whether a word of w's "relative_pronouns" may end at pos, by the byte
 * before it: 0 tells that errata__relative_pronoun_ends() is 0 there for
 * the locale w is the words of (w NULL: it has none).
 */
int errata__relative_pronoun_may_end(const struct errata__words *w, const char *text, size_t pos);

/*
 * A weekday stated for something named right before it: one of the
 * "weekday_names" of a table's consistency words w (valued 0 Monday .. 6
 * Sunday) right after a word of its "holiday_weekday_links" ("falls on a",
 * "tombe un", "cae en"), whose value is the tense: -1 past ("fell on a"),
 * 0 present, 1 future ("will fall on a").
 */
typedef struct {
	size_t link;                 /* where the link word starts */
	size_t offset, length;       /* the weekday word */
	int weekday;                 /* 0 Monday .. 6 Sunday */
	int tense;                   /* -1, 0, 1 */
	int year;                    /* the one year its sentence writes; 0 none, -1 several */
	int shifted;                 /* its sentence holds a word of year_shifts ("next year") */
	size_t relative;             /* where a word of relative_pronouns right before the link
	                                starts ("which" in ", which falls on a"); 0: none */
} errata__weekday_statement;

/*
 * Every such statement of text, in order: *out (free() it; NULL when
 * there is none) and *count. The weekdays are sought among the words of
 * ix (the word index of text, may be NULL) that its classification
 * listed apart in the date keys' class (dates/mention.h), else at every
 * word start.
 * 0, or ERRATA_ENOMEM.
 */
int errata__weekday_statements(const struct errata__words *w, const errata__word_index *ix,
                               const char *text, size_t len,
                               errata__weekday_statement **out, size_t *count);

/*
 * Whether the text [s, e) between two dates or weekdays is, past blanks,
 * one range mark or word of loc alone: its cjk range marks ("부터",
 * "から", "至") or a range word of one token ("to", "au", "–").
 */
int errata__range_word_between(const errata_locale *loc, const char *p, size_t s, size_t e);

/*
 * The weekday (0 Monday .. 6 Sunday) of loc that the word starting at
 * p[at] writes in full or as a form of its table ("Thursday", "jeudi",
 * "csütörtöktől"), folded; -1 when it is none, or a form the table calls
 * ambiguous or writes only with a period. *end: where the word ends.
 */
int errata__weekday_word_at(const errata_locale *loc, const char *p, size_t len, size_t at,
                            size_t *end);

#endif
