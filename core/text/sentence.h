/*
 * text/sentence.h: the sentence around a place in prose.
 */
#ifndef ERRATA_TEXT_SENTENCE_H
#define ERRATA_TEXT_SENTENCE_H

#include <stddef.h>

#include "text/wordlist.h"

/*
 * The sentence holding byte `at`: [*start, *end). A sentence ends after
 * '.', '!' or '?' followed by white space and a capital or digit (but not
 * after one of `abbreviations` (may be NULL) or a single capital letter,
 * nor, when `ordinal_dot` is set, after an ordinal of one to three digits
 * written with a dot: "am 4. Mai"), after the full stops of Chinese and
 * Japanese (。！？, nothing needed after them), and at a blank line. A single line
 * break is a soft wrap, not an end. The search looks at most 4,000 bytes
 * either way.
 */
void errata__sentence_bounds(const errata__wordlist *abbreviations, int ordinal_dot,
                             const char *text, size_t len, size_t at,
                             size_t *start, size_t *end);

/*
 * Between errata__sentences_begin(text, len) and errata__sentences_end()
 * on a thread, errata__sentence_bounds() keeps the last sentences it
 * found in that text and answers from them for the places inside one:
 * the text must not change meanwhile. The checker brackets its checks of
 * a document's prose so.
 */
void errata__sentences_begin(const char *text, size_t len);
void errata__sentences_end(void);

#endif
