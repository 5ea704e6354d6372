/*
 * checks/names.h: the people and places a consistency check reads about:
 * names in the prose (runs of capitalised words), the births an article
 * states, and who a name refers to (date.anniversary, number.age,
 * facts.title).
 */
#ifndef ERRATA_CHECKS_NAMES_H
#define ERRATA_CHECKS_NAMES_H

#include <stddef.h>

#include "dates/consistency.h"
#include "errata/dates.h"

/*
 * A name ending just before `end` (after skipping spaces back): a run of
 * capitalised words, joined by spaces or hyphens ("Lee Jae-myung", "Kim
 * Koo"), or by the locale's name particles ("Charles de Gaulle", "Musée
 * du Port"; w may be NULL: none). Returns its start and stores its
 * length; *name_len 0 if none.
 */
size_t errata__name_before(const errata__words *w, const char *text, size_t len, size_t end,
                           size_t *name_len);
/*
 * A name starting at `at` (after spaces): capitalised words joined by a
 * space or a soft line break ("River Ferry\nCompany" wrapped in the
 * source), or by the locale's name particles. *name_len 0 if none.
 */
size_t errata__name_after(const errata__words *w, const char *text, size_t len, size_t at,
                          size_t *name_len);

/* Whether an initial stands at text[i]: an ASCII capital alone, and its period ("A." of "Ruth A. Alvarez"). */
int errata__initial_at(const char *text, size_t len, size_t i);

/* Whether the character at text[i] (i < len) is an upper-case letter, in ASCII or outside it. */
int errata__capital_letter_at(const char *text, size_t len, size_t i);

/*
 * The capital of a word's first letter when it is a lower-case letter
 * outside ASCII ("мэр" -> "М"): its bytes in out (at most 4) and their
 * count, the letter's own length in *first_len; 0 for any other word.
 */
size_t errata__capital_of(const char *word, size_t len, char out[4], size_t *first_len);

/* Whether the character at text[i] (i < len) is a lower-case letter, in ASCII or outside it. */
int errata__lower_letter_at(const char *text, size_t len, size_t i);

/* ---- people ----------------------------------------------------------- */

struct errata_facts;

/* A birth the article states: "Kim Koo, born in 1876", "Lee (born 1963)". */
typedef struct {
	size_t name, name_len;   /* the name, in the prose */
	int year, month, day;    /* month, day 0 when not given */
} errata__birth;

/*
 * Every birth the article states: a word of the "born" list followed
 * within a few words by a date with a year or a four-digit year, and the
 * name just before it (across a comma, a parenthesis or a copula), or,
 * with the verb last, a copula, the year and the word of "born" ("Lindner
 * wurde 1983 in Kiel geboren"), the name before the copula; in
 * Han, kana and Hangul also a date with its year followed by a word of
 * "born_after" ("1970年5月10日生まれ", "1970년생"), with the name before
 * the date or after the birth (names.c, wide_birth()). *out is malloc'd
 * (free()); *count may be 0.
 */
int errata__article_births(const errata__words *w, const char *text, size_t len,
                           const errata_mentions *mentions,
                           errata__birth **out, size_t *count);

/*
 * A birth whose verb comes last, the word of "born" at i (see
 * errata__article_births()): fills b's date and returns where its
 * copula starts, or its date when there is none; 0 when there is no
 * such birth.
 */
size_t errata__birth_before(const errata__words *w, const char *text, size_t len,
                            const errata_mentions *mentions, size_t i, errata__birth *b);

/*
 * The births of one document, read the first time a check asks
 * (errata__births_read()); the pipeline keeps one for all the checks of
 * a document (errata_check_ctx.births).
 */
typedef struct errata__births {
	errata__birth *list;
	size_t count;
	int read;
} errata__births;

/*
 * b's list: the births of text[0, len) (errata__article_births()), read
 * unless b has them. 0, or a negative code.
 */
int errata__births_read(errata__births *b, const errata__words *w, const char *text, size_t len,
                        const errata_mentions *mentions);

/* Free b's list (b unread again). */
void errata__births_dispose(errata__births *b);

/* Who a name refers to, with the dates known about them. */
typedef struct {
	const char *name;      /* for messages; not NUL-terminated when from the text */
	size_t name_len;
	int born[3], died[3], founded[3];  /* year, month, day; year 0: unknown */
	const void *entity;    /* the fact sheet entity, or NULL (from the article) */
} errata__person;

/*
 * Resolve the name run text[at, at+n): its longest tail ("President Lee
 * Jae-myung", "Lee Jae-myung", "Jae-myung") that names someone, first
 * among the article's births (their full name, or its first or last word;
 * a run of Han, kana or Hangul that starts where its letters do may be
 * the tail of such a name, of two characters or more),
 * then the fact sheet's names and aliases. White space in the run (a
 * line break where the source wrapped) counts as one space. Returns 1
 * when exactly one person is found, 0 when none or several (ambiguous:
 * not judged).
 */
int errata__person_find(const struct errata_facts *facts,
                        const errata__birth *births, size_t birth_count,
                        const char *text, size_t at, size_t n,
                        errata__person *out);

#endif
