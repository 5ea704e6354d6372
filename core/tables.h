/*
 * core/tables.h: the tables a checker only reads, loaded once per process
 * and shared by every checker in it (the workers of `errata check -j N`,
 * the server's and the language server's checkers). See tables.c.
 */
#ifndef ERRATA_CORE_TABLES_H
#define ERRATA_CORE_TABLES_H

#include "errata/dates.h"

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

#endif
