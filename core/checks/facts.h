/*
 * core/checks/facts.h: the newsroom fact sheet.
 *
 * A fact sheet is a JSON file a newsroom keeps beside its articles:
 *
 *   {"version": 1,
 *    "entities": [{"name": "Lee Jae-myung", "aliases": ["Lee"],
 *                  "born": "1963-12-22", "died": null, "founded": null,
 *                  "titles": [{"title": "President",
 *                              "from": "2025-06-04", "to": null}]}]}
 *
 * Dates are "YYYY", "YYYY-MM" or "YYYY-MM-DD"; a title without "to" is
 * still held. The consistency checks (anniversary, age, title) read it
 * when the article itself is silent. Several sheets may be loaded into one
 * errata_facts; their entities are simply concatenated.
 */
#ifndef ERRATA_CORE_FACTS_H
#define ERRATA_CORE_FACTS_H

#include <stddef.h>

/* A date as precise as the sheet gives it: month and day 0 when absent. */
typedef struct {
	int year;   /* 0: no date */
	int month;  /* 0: year only */
	int day;    /* 0: year and month only */
} errata__fact_date;

typedef struct {
	char *title;
	errata__fact_date from;  /* year 0: since always */
	errata__fact_date to;    /* year 0: still held */
} errata__fact_title;

typedef struct {
	char *name;
	size_t name_len;     /* strlen(name) */
	char **aliases;
	size_t *alias_lens;  /* strlen() of each alias */
	size_t alias_count;
	errata__fact_date born, died, founded;
	errata__fact_title *titles;
	size_t title_count;
} errata__fact_entity;

typedef struct errata_facts errata_facts;

/* An empty sheet. *out belongs to the caller: errata__facts_free(). */
int errata__facts_new(errata_facts **out);
void errata__facts_free(errata_facts *facts);

/*
 * Add the entities of one sheet. A malformed sheet fails with
 * ERRATA_EINVALID and a message "FILE:LINE:COL: ..." for JSON syntax or
 * "FILE: entities[3].born: not a date" for a bad value; the sheet is then
 * left as it was before the call. A missing file is ERRATA_ENOTFOUND.
 */
int errata__facts_load_file(errata_facts *facts, const char *path);
int errata__facts_load_buffer(errata_facts *facts, const char *name,
                              const char *json, size_t len);

size_t errata__facts_count(const errata_facts *facts);
/* Borrowed; valid until the sheet is freed. NULL past the end. */
const errata__fact_entity *errata__facts_get(const errata_facts *facts, size_t i);

/*
 * The distinct titles of the sheet's entities, each once, in the order
 * they first appear (entity by entity, title by title). Borrowed; valid
 * until the sheet is freed or another sheet is loaded into it. *count 0
 * (and NULL) when no entity has a title.
 */
const char *const *errata__facts_titles(const errata_facts *facts, size_t *count);

/*
 * The word class (text/wordindex.h) of the words where a title of the
 * sheet may begin: a class that the lead tables of the locale's words
 * (checks/words.h) and of the date keys (dates/mention.h) leave free.
 */
#define ERRATA__FACTS_TITLE_CLASS 6

/*
 * Whether the title check finds title[0, len) at the words of the word
 * index: it begins with a word character outside Han, kana and Hangul
 * (a title in those is looked for wherever it is written).
 */
int errata__facts_title_indexed(const char *title, size_t len);

/*
 * The lead table (text/wordindex.h) of the sheet's titles that
 * errata__facts_title_indexed() takes: class ERRATA__FACTS_TITLE_CLASS
 * where one may begin, as it is spelt, and capitalised when the sheet
 * writes it in lower case. Borrowed, as the titles; NULL when there is
 * no such title.
 */
const unsigned char *errata__facts_title_lead(const errata_facts *facts);

/*
 * A title of the sheet as the title check looks for it: its first letter
 * as written in the prose (cap, cap_len bytes, for the sheet's first
 * src_len), the rest as the sheet spells it.
 */
typedef struct {
	unsigned char first;   /* cap[0]: as the sheet spells it, or capitalised */
	unsigned char title;   /* its index among the sheet's titles */
	unsigned char cap_len, src_len;
	char cap[4];
	size_t len;            /* as the prose writes it */
} errata__title_form;

/* The forms of the titles looked for one way, by first byte, and in sheet order within one. */
typedef struct {
	errata__title_form items[128];
	size_t count;
} errata__title_forms;

/*
 * How the title check looks for the sheet's first 64 titles, made once
 * when the sheet is loaded, not for every article: each as it spells
 * it, and one it writes in lower case also with a capital, as at the
 * start of a sentence ("Voorzitter Bakker opende"). by_word: those of
 * errata__facts_title_indexed(), found at the words of the word index;
 * by_byte: the others outside Han, kana and Hangul, found by their first
 * byte; all_by_byte: both, for a document whose index was not
 * classified for the titles; wide: the indexes of the titles in Han,
 * kana or Hangul, looked for wherever they are written.
 */
typedef struct {
	errata__title_forms by_word, by_byte, all_by_byte;
	unsigned char wide[64];
	size_t wide_count;
} errata__title_search;

/* The sheet's errata__title_search; borrowed, as the titles; NULL without a sheet. */
const errata__title_search *errata__facts_title_search(const errata_facts *facts);

/*
 * The entities whose name or one of whose aliases is [s, s+len) (exact,
 * byte for byte), in sheet order, each once: the first `max` go to out,
 * and the count of all is returned. A hash table built at load time
 * answers, so the cost does not grow with the sheet.
 */
size_t errata__facts_named(const errata_facts *facts, const char *s, size_t len,
                           const errata__fact_entity **out, size_t max);

/*
 * Whether [s, s+len) is the entity's name or one of its aliases (exact,
 * byte for byte).
 */
int errata__fact_entity_named(const errata__fact_entity *e, const char *s,
                              size_t len);

/*
 * Compare a sheet date with a full date (y, m, d): negative if the sheet
 * date is certainly before it, positive if certainly after, 0 if it could
 * be the same day (a year-only date "2019" compares 0 with any day of 2019).
 */
int errata__fact_date_cmp(const errata__fact_date *a, int y, int m, int d);

#endif
