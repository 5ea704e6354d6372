/*
 * core/checks/words.h: what the consistency checks share, in one include:
 * the locale's consistency words (dates/consistency.h), prose bytes and
 * word lists (text/prose.h, text/wordlist.h, text/wordstarts.h), sentence
 * bounds (text/sentence.h), names and births (checks/names.h), the date
 * helpers (checks/dating.h) and the message formatter (checks/format.h).
 */
#ifndef ERRATA_CORE_WORDS_H
#define ERRATA_CORE_WORDS_H

#include <stddef.h>

#include "checks/dating.h"
#include "checks/format.h"
#include "checks/names.h"
#include "dates/consistency.h"
#include "text/prose.h"
#include "text/sentence.h"
#include "text/wordlist.h"
#include "text/wordstarts.h"

/*
 * The sentence holding byte `at` (text/sentence.h), with the locale's
 * abbreviations and ordinal dot; w may be NULL (neither).
 */
static inline void errata__sentence(const errata__words *w, const char *text, size_t len,
                                    size_t at, size_t *start, size_t *end)
{
	errata__sentence_bounds(w ? &w->abbreviations : NULL, w ? w->ordinal_dot : 0,
	                        text, len, at, start, end);
}

#endif
