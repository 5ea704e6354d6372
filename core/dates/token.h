/*
 * core/dates/token.h: the small tokenizer that date extraction and the
 * locale loader share. It reads numbers, words (letters with inner
 * apostrophes and hyphens, folded to lower case) and single punctuation
 * characters, skipping white space (including no-break and thin spaces).
 */
#ifndef ERRATA_DATES_TOKEN_H
#define ERRATA_DATES_TOKEN_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define ERRATA__TOK_FOLD 64

enum {
	ERRATA__TOK_END = 0,
	ERRATA__TOK_NUM,
	ERRATA__TOK_WORD,
	ERRATA__TOK_PUNCT
};

/* (the small fields first: the struct is 128 bytes, without padding) */
typedef struct {
	int kind;
	int ndigits;                /* NUM: digits written */
	uint32_t cp;                /* PUNCT: the code point (apostrophes folded to ') */
	int upper;                  /* WORD: the first letter is upper case */
	size_t start, end;          /* bytes of the token in the text */
	unsigned long num;          /* NUM: value (saturates) */
	size_t hyphen;              /* WORD: offset of the first inner '-', or 0 */
	size_t hyphen_flen;         /* WORD: folded length before that '-' */
	size_t flen;                /* WORD: folded length; 0 when too long */
	char fold[ERRATA__TOK_FOLD];/* WORD: folded text, NUL-terminated */
} errata__tok;

/*
 * The end of the run of ASCII letters at pos (pos itself when none), eight
 * bytes at a time where the byte order allows: the tokenizer's word path,
 * the date scan's words and the language guesser's read words with it.
 */
static inline size_t errata__ascii_letters_end(const char *s, size_t len, size_t pos)
{
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	const uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;

	while (pos + 8 <= len) {
		uint64_t x, y, stop;

		memcpy(&x, s + pos, 8);
		/* high bit of each byte: not a letter ((x | 0x20) outside 'a'..'z') */
		y = (x | (0x20 * ones)) & ~high;
		stop = ~((y + 0x1f * ones) & ~(y + 0x05 * ones) & ~x) & high;
		if (stop)
			return pos + ((size_t)__builtin_ctzll(stop) >> 3);
		pos += 8;
	}
#endif
	while (pos < len && (unsigned int)(((unsigned char)s[pos] | 32) - 'a') < 26u)
		pos++;
	return pos;
}

/* Lower-case one code point (ASCII, Latin-1, Latin Extended, Cyrillic). */
uint32_t errata__fold_cp(uint32_t cp);

/* Read the token at or after pos (white space skipped) into *t. */
void errata__tok_next(const char *s, size_t len, size_t pos, errata__tok *t);

/*
 * The end of the word token that starts with the letter at pos: where
 * errata__tok_next() would end it, without folding it.
 */
size_t errata__tok_word_end(const char *s, size_t len, size_t pos);

/*
 * A sieve over the first two code points of a locale table's keys, for
 * words that start with a letter outside ASCII: lookups of a word no key
 * can start like are skipped (the date scan's words in Cyrillic, Greek,
 * kana and the like, nearly none of them a month or a weekday). one has
 * the bit of a key's first code point, two that of its first two when the
 * second is a letter (both as hashed by the sieve: a collision only lets
 * more words through).
 */
typedef struct {
	uint64_t one[64], two[64];
} errata__tok_lead;

/* Note a folded key (as errata__tok_next() folds a word) in the sieve. */
void errata__tok_lead_add(errata__tok_lead *l, const char *key, size_t klen);

/*
 * 0 when the token errata__tok_next() reads at pos is a word that starts
 * at pos with a letter folding to a code point outside ASCII, and whose
 * folded form (or its part before a hyphen) no key noted in l can be: no
 * key starts with its first code point or, when its second is a letter,
 * with its first two. 1 for any other token or when some key may.
 */
int errata__tok_lead_may(const errata__tok_lead *l, const char *s, size_t len, size_t pos);

/* Whether cp is a letter of Chinese, Japanese or Korean (ideographs, kana,
 * hangul). */
int errata__is_cjk_letter(uint32_t cp);

/* Whether s[pos] starts with a letter or digit (used for word boundaries). */
int errata__is_alnum_at(const char *s, size_t len, size_t pos);

#endif
