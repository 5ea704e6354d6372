/*
 * text/prose.h: reading prose byte by byte where a check stands: which
 * bytes belong to a word, where a word starts, spaces, a four-digit year.
 * A word here is a run of ASCII letters and digits or of non-ASCII
 * letters (every character that is not punctuation, a space or a
 * symbol); unlike the word index (text/wordindex.h), a run of Han or
 * kana is one word.
 */
#ifndef ERRATA_TEXT_PROSE_H
#define ERRATA_TEXT_PROSE_H

#include <stddef.h>
#include "common.h"

/* ASCII lower case of every byte (the others unchanged). */
extern const unsigned char errata__lower_ascii[256];

/*
 * Whether the non-ASCII byte at text[i] (i < len) belongs to a word: a
 * byte inside a character does; a character's first byte does when it is
 * a letter (not punctuation, a space or a symbol).
 */
int errata__is_word_char(const char *text, size_t len, size_t i);

/* 1 for the ASCII letters and digits, 0 for every other byte. */
extern const unsigned char errata__ascii_word[256];

/* Whether the ASCII byte c is a letter or a digit. */
static inline int errata__is_word_ascii(unsigned char c)
{
	return errata__ascii_word[c];
}

/* Whether the character starting at byte i is part of a word. */
static inline int errata__is_word_byte(const char *text, size_t len, size_t i)
{
	unsigned char c;

	if (i >= len)
		return 0;
	c = (unsigned char)text[i];
	return c < 0x80 ? errata__is_word_ascii(c) : errata__is_word_char(text, len, i);
}

/*
 * Whether the character before byte i (i <= len) is part of a word: the
 * one whose first byte comes before i, stepping back over the bytes inside
 * it. 0 at the text's start.
 */
static inline int errata__word_before(const char *text, size_t len, size_t i)
{
	size_t j;

	if (i == 0)
		return 0;
	if ((unsigned char)text[i - 1] < 0x80)
		return errata__is_word_ascii((unsigned char)text[i - 1]);
	j = i - 1;
	while (j > 0 && ((unsigned char)text[j] & 0xc0) == 0x80)
		j--;
	return errata__is_word_byte(text, len, j);
}

/*
 * Where the word that ends at i starts, no lower than lo (i when no word
 * ends there): ASCII letters and digits a byte at a time, other word
 * characters whole.
 */
static inline size_t errata__word_start_back(const char *text, size_t len, size_t i, size_t lo)
{
	for (;;) {
		while (i > lo && errata__is_word_ascii((unsigned char)text[i - 1]))
			i--;
		/* (an ASCII byte there is no word's: the loop stopped at it) */
		if (i <= lo || (unsigned char)text[i - 1] < 0x80 || !errata__word_before(text, len, i))
			return i;
		for (i--; i > lo && ((unsigned char)text[i] & 0xc0) == 0x80; i--)
			;
	}
}

/*
 * Whether a word may start at i: i is the first byte of a word character
 * and the character before it is not one. A byte inside a character
 * starts no word, also after a character that is no letter ("—", "«",
 * a no-break space).
 */
static inline int errata__word_start(const char *text, size_t len, size_t i)
{
	unsigned char c;

	if (i >= len)
		return 0;
	/* (an ASCII byte by the table alone: most places asked are ASCII) */
	c = (unsigned char)text[i];
	if (c < 0x80 ? !errata__is_word_ascii(c) :
	               (c & 0xc0) == 0x80 || !errata__is_word_char(text, len, i))
		return 0;
	return !errata__word_before(text, len, i);
}

/*
 * The first byte in [i, end) where a word starts (errata__word_start()),
 * end <= len; end if there is none. One step a character: whether the
 * character before is part of a word is carried along, not read back.
 */
static inline size_t errata__next_word_start(const char *text, size_t len, size_t i,
                                             size_t end)
{
	const unsigned char *t = (const unsigned char *)text;
	int in_word;

	if (i >= end)
		return end;
	in_word = errata__word_before(text, len, i);
	while (i < end) {
		unsigned char c = t[i];
		int w;

		if (c < 0x80) {
			w = errata__is_word_ascii(c);
		} else if ((c & 0xc0) == 0x80) {
			i++; /* inside the character before */
			continue;
		} else {
			w = errata__is_word_char(text, len, i);
		}
		if (w && !in_word)
			return i;
		in_word = w;
		i++;
		/* the rest of an ASCII word is passed over as one */
		if (w)
			while (i < end && t[i] < 0x80 && errata__is_word_ascii(t[i]))
				i++;
	}
	return end;
}

/* Skip spaces (and no-break spaces) from at; returns the new offset. */
static inline size_t errata__skip_space(const char *text, size_t len, size_t at)
{
	while (at < len) {
		if (text[at] == ' ' || text[at] == '\t')
			at++;
		else if (at + 1 < len && (unsigned char)text[at] == 0xc2 &&
		         (unsigned char)text[at + 1] == 0xa0)
			at += 2;
		else
			break;
	}
	return at;
}

/*
 * The stem by which a noun [i, i + n) is known when written again, in
 * another case or number: its bytes less its last letter ("museum" of
 * "museums", "körledare" of "körledaren", "музе" of "музея"); 0 for a
 * word of fewer than five letters, too short to be told by its stem.
 */
static inline size_t errata__noun_stem(const char *text, size_t i, size_t n)
{
	size_t letters = 0;

	for (size_t k = i; k < i + n; k++)
		letters += ((unsigned char)text[k] & 0xc0) != 0x80;
	return letters < 5 ? 0 : errata__utf8_char_before(text, i + n) - i;
}

/*
 * Whether a[0, n) and b[0, n) are the same text but for the case of their
 * letters: ASCII, and the capitals of the other scripts by their lower
 * case ("Забастовка", "забастовка"; "Éire", "éire"). Characters are
 * compared one for one, so a capital whose small letter is written in
 * another number of bytes does not match it.
 */
int errata__same_folded(const char *a, const char *b, size_t n);

/*
 * The paragraph of text[0, len) that holds at, between blank lines (a
 * line of blanks alone is blank): [*start, *end), *end at the line break
 * that opens the blank line, or len.
 */
void errata__paragraph_bounds(const char *text, size_t len, size_t at, size_t *start, size_t *end);

/*
 * Whether the character at text[i] is of a script written with few or no
 * spaces between words, whose words take their particles and counters in
 * the same run of letters: Han, kana, Hangul. A word of a list that ends
 * in one needs no word boundary after it ("3日間の", "사흘간의").
 */
int errata__wide_script_at(const char *text, size_t len, size_t i);

/* Where the run of Han, kana or Hangul that ends at text[end] starts
 * (end itself when none ends there). */
size_t errata__wide_run_start(const char *text, size_t len, size_t end);

/* errata__read_year() once text[at] is '1' or '2' and text[at + 3] a digit (at + 4 <= len). */
int errata__read_year_from(const char *text, size_t len, size_t at);

/* A four-digit year 1000..2999 written at at (word-bounded); 0 if none. */
static inline int errata__read_year(const char *text, size_t len, size_t at)
{
	/* (its first and fourth bytes first: most numbers asked are shorter,
	 * "12", "20") */
	if (at + 4 > len || (unsigned int)((unsigned char)text[at] - '1') > 1u ||
	    (unsigned int)((unsigned char)text[at + 3] - '0') > 9u)
		return 0;
	return errata__read_year_from(text, len, at);
}

#endif
