/*
 * core/tables.h: the tables a checker only reads, loaded once per process
 * and shared by every checker in it (the workers of `errata check -j N`,
 * the server's and the language server's checkers). See tables.c.
 */
#ifndef ERRATA_CORE_TABLES_H
#define ERRATA_CORE_TABLES_H

#include <stddef.h>

#include "dates/detect.h"
#include "errata/dates.h"
#include "rules/rules.h"

struct errata__holiday_anchors;

/*
 * The locale table for lang in data_dir ("pt-BR" falls back to "pt"),
 * read the first time a checker of the process asks and kept, borrowed,
 * until the process ends. *out is NULL when the language has no table
 * (or lang is no language code); a table that exists but is broken is an
 * error, and is read again when it is asked for again. Thread-safe.
 */
int errata__tables_locale(const errata_locale **out, const char *data_dir, const char *lang);

/*
 * The lead table of the date keys of a table errata__tables_locale()
 * gave (class ERRATA__MENTION_KEY_CLASS, see dates/mention.h), made the
 * first time it is asked for and kept with the table. NULL without a
 * table, when memory runs out, or when the table would flag most words
 * (keys of one letter, the Roman numerals "i", "v", "x" of Czech and
 * Polish, begin words of every kind): the mentions then scan the text.
 * Thread-safe.
 */
const unsigned char *errata__tables_keys(const errata_locale *loc);

/*
 * The anchors of the holiday names of a table errata__tables_locale()
 * gave (checks/holiday_sieve.h), made the first time they are asked for and
 * kept with the table. NULL when the table has none (see
 * errata__holiday_anchors_new()). Thread-safe.
 */
const struct errata__holiday_anchors *errata__tables_holidays(const errata_locale *loc);

/*
 * The language guesser of --lang auto for data_dir (dates/detect.h),
 * built from every locale table's signs the first time a checker of the
 * process asks and kept, borrowed, until the process ends; an error
 * (a broken table) is not kept. Thread-safe.
 */
int errata__tables_detector(const errata__detector **out, const char *data_dir);

/*
 * The rules of the pack file at path whose text is data (len bytes),
 * read into a rule set of their own (never prepared) the first time a
 * checker of the process asks, and again when the file's text is not the
 * text they were read from. *out is a reference, for
 * errata__tables_pack_release(); a pack whose rules do not load is an
 * error (read in place, errata__rules_load_file() says which). Thread-safe.
 */
int errata__tables_pack(const errata__rules **out, const char *path, const char *data,
                        size_t len);
/* Give back a reference errata__tables_pack() gave (NULL: nothing). */
void errata__tables_pack_release(const errata__rules *pack);

/*
 * The fact sheets of the files paths[0..n), loaded in that order into one
 * errata_facts (checks/facts.h), shared by the checkers of the process
 * that load the same files while their texts stay the same. *out is a
 * reference, for errata__tables_facts_release(). An error (a file that
 * cannot be read or loaded) is not kept: the caller loads the sheets in
 * place, whose errors name the first fault. Thread-safe.
 */
struct errata_facts;
int errata__tables_facts(const struct errata_facts **out, const char *const *paths, size_t n);
void errata__tables_facts_release(const struct errata_facts *facts);

#endif
