/*
 * text/wordlist.h: a list of words to find in prose, matched
 * case-insensitively (ASCII) at a word start, the longest first. The
 * locale tables' word lists (dates/consistency.h) and the abbreviations
 * that do not end a sentence (text/sentence.h) are word lists.
 */
#ifndef ERRATA_TEXT_WORDLIST_H
#define ERRATA_TEXT_WORDLIST_H

#include <stddef.h>
#include <stdint.h>

#include "text/prose.h"

struct cJSON;

typedef struct {
	char *word;    /* in the list's text */
	size_t len;
	int value;     /* 0 for a plain list */
	char *low;     /* the word in ASCII lower case, in the list's text */
	int ends_word; /* its last byte is a word byte (a match must end at a boundary) */
} errata__word;

typedef struct {
	errata__word *items;      /* in the table's order */
	size_t count;
	char *text;               /* one block for every word and its lower case */
	/* item indexes grouped by first byte, lower case; longest first, then in table order */
	unsigned short *by_first;
	/* per by_first entry: the bytes its word shares (in lower case) with the entry before */
	size_t *shared;
	unsigned short from[256]; /* by_first[from[c] .. to[c]) start with byte c */
	unsigned short to[256];
	/*
	 * per first byte c, lower case: bit (b & 31) for each second byte b,
	 * lower case, of its words; every bit when one of them is c alone
	 */
	uint32_t second[256];
	uint32_t last[8];         /* bit b for each last byte b of its words, lower case */
} errata__wordlist;

/*
 * Fill l (zeroed) from v: an array of strings, or an object mapping each
 * word to a number (its value); NULL or a JSON null leaves it empty.
 * `name` and `key` name the place in messages ("NAME: KEY.two: not a
 * number"). On error, what was read stays in l for
 * errata__wordlist_dispose().
 */
int errata__wordlist_load(errata__wordlist *l, const char *name, const char *key,
                          const struct cJSON *v);
void errata__wordlist_dispose(errata__wordlist *l);

/* errata__words_match() once a word of the list may begin with text[at] (at < len). */
size_t errata__words_match_from(const errata__wordlist *list, const char *text,
                                size_t len, size_t at, int *value);

/*
 * Whether a word of `list` may begin at text[at] (at < len), by its first
 * byte and the second (when the text has one): a cheap test before
 * errata__words_match_from().
 */
static inline int errata__words_may_start(const errata__wordlist *list, const char *text,
                                          size_t len, size_t at)
{
	/* (a group with a word has a bit in second[]: none, no word begins
	 * with this letter; and a byte's low five bits are its lower case's) */
	uint32_t second = list->second[errata__lower_ascii[(unsigned char)text[at]]];

	return second && (at + 1 >= len || ((second >> ((unsigned char)text[at + 1] & 31)) & 1));
}

/* Whether a word of `list` may end right before text[e] (e > 0), by its last byte. */
static inline int errata__words_may_end(const errata__wordlist *list, const char *text, size_t e)
{
	unsigned char c = errata__lower_ascii[(unsigned char)text[e - 1]];

	return (list->last[c >> 5] >> (c & 31)) & 1;
}

/*
 * The longest entry of `list` that matches text[at..] case-insensitively
 * and ends at a word boundary. Returns its length (0: none) and stores
 * the entry's value in *value (may be NULL).
 */
static inline size_t errata__words_match(const errata__wordlist *list, const char *text,
                                         size_t len, size_t at, int *value)
{
	if (at >= len || !errata__words_may_start(list, text, len, at))
		return 0;
	return errata__words_match_from(list, text, len, at, value);
}

/*
 * Whether an entry of `list` starts at a word of text[from, to) (to <= len).
 * Only the places where an entry may begin are tried as word starts.
 */
static inline int errata__words_in(const errata__wordlist *list, const char *text, size_t len,
                                   size_t from, size_t to)
{
	for (size_t i = from; i < to; i++)
		if (errata__words_may_start(list, text, len, i) && errata__word_start(text, len, i) &&
		    errata__words_match_from(list, text, len, i, NULL))
			return 1;
	return 0;
}

#endif
