/*
 * core/checks/words.h: the language words the consistency checks read
 * (number words, day units, relative day words, anniversary names, ...),
 * and small text helpers they share (sentences, words, names, numbers).
 *
 * The words live in the locale table, rules/locales/<lang>.json, under the
 * one top-level key "consistency"; no language is written into C code.
 * Each list is either an array of strings or an object mapping a string to
 * a number (its value: a count, a day offset, a length in days). A locale
 * without the key gets empty lists, and the checks stay silent.
 */
#ifndef ERRATA_CORE_WORDS_H
#define ERRATA_CORE_WORDS_H

#include <stddef.h>
#include "errata/dates.h"

struct cJSON;

typedef struct {
	char *word;
	size_t len;
	int value;     /* 0 for a plain list */
	char *low;     /* the word in ASCII lower case */
	int ends_word; /* its last byte is a word byte (a match must end at a boundary) */
} errata__word;

typedef struct {
	errata__word *items;      /* in the table's order */
	size_t count;
	/* item indexes grouped by first byte, lower case; longest first, then in table order */
	unsigned short *by_first;
	/* per by_first entry: the bytes its word shares (in lower case) with the entry before */
	size_t *shared;
	unsigned short from[256]; /* by_first[from[c] .. to[c]) start with byte c */
	unsigned short to[256];
} errata__wordlist;

/* Every list, named as its key in the locale table. */
#define ERRATA__WORDLISTS(X) \
	X(numbers) X(ordinals) X(ordinal_suffixes) X(day_units) X(night_units) \
	X(day_units_plural) X(night_units_plural) \
	X(duration_of) X(start_words) X(legs) X(end_words) X(event_pronouns) X(relative) \
	X(anniversary) X(named_anniversaries) X(years_since) X(birth_events) X(death_events) X(founding_events) \
	X(born) X(copulas) X(age_suffix) X(age_words) X(title_qualifiers) \
	X(articles) X(referents) X(anniversary_of) X(phrase_ends) X(abbreviations) \
	X(name_particles) X(compound_units)

/*
 * A set of two-byte word beginnings (lower case): a scan tests two bytes
 * per position against it and calls the word lists only where a word of
 * the set could start.
 */
typedef struct errata__starts {
	unsigned char bits[8192];
	/* a hash of the first three bytes, in every case (hash3()), to thin them out */
	unsigned char bits3[8192];
	unsigned char bits3_only[8192]; /* the same, of the words of three bytes only */
	unsigned char bits4[8192];      /* of the first four bytes of longer words (hash4()) */
	/* bits as the text has them: bit (b0 | b1 << 8) for any case of the two bytes */
	unsigned char raw[8192];
	int has_short;              /* a word of two bytes: bits3 cannot be used */
	/*
	 * The union of every set of the locale: one scan per document with it
	 * serves all the checks (see errata__starts_next()). NULL in the union.
	 */
	const struct errata__starts *all;
	/* In the union: the sets it joins (their positions are kept apart). */
	const struct errata__starts *members[8];
	int member_count;
	int index;                  /* in a member: its place in the union's members */
	/* per two bytes as the text has them (t[i] | t[i + 1] << 8, any case): bit k for members[k] */
	const unsigned char *member_mask;
	/*
	 * per hash of three bytes (bits3_only) and of four (bits4): bit k for
	 * members[k] that have a word of three bytes, or of four or more, with
	 * that hash, or any word of two bytes
	 */
	const unsigned char *member_mask3;
	const unsigned char *member_mask4;
	unsigned char member_short;     /* bit k for members[k] with a word of two bytes */
} errata__starts;

typedef struct errata__words {
#define ERRATA__WORDS_FIELD(n) errata__wordlist n;
	ERRATA__WORDLISTS(ERRATA__WORDS_FIELD)
#undef ERRATA__WORDS_FIELD
	/* where each check's trigger words may start */
	errata__starts unit_starts;        /* day_units, night_units, plurals, compound_units */
	errata__starts relative_starts;    /* relative */
	errata__starts anniversary_starts; /* anniversary, named_anniversaries, years_since */
	errata__starts born_starts;        /* born */
	errata__starts age_starts;         /* age_suffix, from its first letter ("-year-old") */
	errata__starts any_starts;         /* the union of the above */
	unsigned char any_mask[65536];     /* any_starts.member_mask */
	unsigned char any_mask3[65536];    /* any_starts.member_mask3 */
	unsigned char any_mask4[65536];    /* any_starts.member_mask4 */
} errata__words;

/*
 * The first word start at or after `from` whose first two bytes, in lower
 * case, begin a word of the set (and, unless the set has a word of two
 * bytes, whose first three, or four, have the hash of one); len if there
 * is none.
 * The positions of the union set are found once per document and thread
 * and kept: a call with from 0 checks (by a 64-bit hash of the text) that
 * they still belong to this text, later calls trust the text's address
 * and length.
 * Every position returned is tested against the text itself, so the cache
 * can only ever make a scan miss, never invent a match.
 */
size_t errata__starts_next(const errata__starts *set, const char *text, size_t len,
                           size_t from);

/*
 * The checker brackets the checks of one document with these: between
 * them, the positions kept for `text` (the document's prose, which does not
 * change meanwhile) are trusted without hashing the text again at each
 * scan from 0. Both drop what was kept.
 */
void errata__starts_begin(const char *text, size_t len);
void errata__starts_end(void);

/*
 * Build the word lists from the "consistency" object of a locale table
 * (obj may be NULL: every list empty). `name` is used in messages
 * ("NAME: consistency.numbers.two: not a number"). Free with
 * errata__words_free().
 */
int errata__words_from_json(errata__words **out, const char *name,
                            const struct cJSON *obj);
void errata__words_free(errata__words *w);

/*
 * The words for a locale, read once per language from the data
 * directory's locales/<lang>.json and kept for the life of the process
 * (thread-safe). Borrowed. A table without the key gives empty lists.
 */
int errata__words_for(const errata__words **out, const errata_locale *loc);

/* The file a locale table was read from (dates/locale.c); NULL if none. */
const char *errata__locale_path(const errata_locale *loc);

/* errata__words_match() once a word of the list may begin with text[at] (at < len). */
size_t errata__words_match_from(const errata__wordlist *list, const char *text,
                                size_t len, size_t at, int *value);

/*
 * The longest entry of `list` that matches text[at..] case-insensitively
 * and ends at a word boundary. Returns its length (0: none) and stores
 * the entry's value in *value (may be NULL).
 */
static inline size_t errata__words_match(const errata__wordlist *list, const char *text,
                                         size_t len, size_t at, int *value)
{
	unsigned char c;

	if (at >= len)
		return 0;
	c = (unsigned char)text[at];
	if ((unsigned int)(c - 'A') < 26u)
		c |= 0x20;
	if (list->from[c] == list->to[c])
		return 0; /* no word of the list begins with this letter */
	return errata__words_match_from(list, text, len, at, value);
}

/* ---- text helpers ----------------------------------------------------- */

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

/* Whether a word may start at i (i is a word byte and i-1 is not). */
static inline int errata__word_start(const char *text, size_t len, size_t i)
{
	size_t j;

	if (!errata__is_word_byte(text, len, i))
		return 0;
	if (i == 0)
		return 1;
	if ((unsigned char)text[i - 1] < 0x80)
		return !errata__is_word_ascii((unsigned char)text[i - 1]);
	/* step back over a whole UTF-8 character */
	j = i - 1;
	while (j > 0 && ((unsigned char)text[j] & 0xc0) == 0x80)
		j--;
	return !errata__is_word_byte(text, len, j);
}

/*
 * The first byte in [i, end) where a word starts (errata__word_start()),
 * end <= len; end if there is none. The bytes of an ASCII word after its
 * first are passed over without testing what stands before each.
 */
static inline size_t errata__next_word_start(const char *text, size_t len, size_t i,
                                             size_t end)
{
	const unsigned char *t = (const unsigned char *)text;

	while (i < end) {
		unsigned char c = t[i];

		if (c >= 0x80) {
			if (errata__word_start(text, len, i))
				return i;
			i++;
		} else if (!errata__is_word_ascii(c)) {
			i++;
		} else if (i == 0 || (t[i - 1] < 0x80 ? !errata__is_word_ascii(t[i - 1]) :
		                                        errata__word_start(text, len, i))) {
			return i;
		} else {
			/* inside a word: no byte of the rest of its ASCII run starts one */
			while (++i < end && t[i] < 0x80 && errata__is_word_ascii(t[i]))
				;
		}
	}
	return end;
}

/*
 * The sentence holding byte `at`: [*start, *end). A sentence ends after
 * '.', '!' or '?' followed by white space and a capital or digit (but not
 * after a listed abbreviation or a single capital letter), and at a blank
 * line. A single line break is a soft wrap, not an end.
 */
void errata__sentence(const errata__words *w, const char *text, size_t len,
                      size_t at, size_t *start, size_t *end);

/*
 * A count written at text[at..]: digits (at most 4) or a number word.
 * Returns the bytes read (0: none) and stores the value.
 */
size_t errata__read_count(const errata__words *w, const char *text,
                          size_t len, size_t at, int *value);

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

/* errata__read_year() once text[at] is '1' or '2' (at + 4 <= len). */
int errata__read_year_from(const char *text, size_t len, size_t at);

/* A four-digit year 1000..2999 written at at (word-bounded); 0 if none. */
static inline int errata__read_year(const char *text, size_t len, size_t at)
{
	if (at + 4 > len || (unsigned int)((unsigned char)text[at] - '1') > 1u)
		return 0;
	return errata__read_year_from(text, len, at);
}

/* ---- dates ------------------------------------------------------------ */

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

/*
 * Append fmt to buf as errata_buf_printf() would, for the conversions the
 * checks' messages use and no others: %s, %.*s, %d (int), %ld (long) and
 * %%. A NULL string prints "(null)", as in the C library. Returns 0,
 * ERRATA_ENOMEM, or ERRATA_EINVALID for any other conversion (what came
 * before it is appended).
 */
#if defined(__GNUC__)
int errata__buf_format(errata_buf *buf, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
#else
int errata__buf_format(errata_buf *buf, const char *fmt, ...);
#endif

/* The first mention whose offset is >= at (count if none); binary search. */
size_t errata__mention_at(const errata_mentions *m, size_t at);

/*
 * Whether text[s, e) names a year other than `year`, in a date mention or
 * as a bare four-digit year (an age or a title read there may be about
 * another time, so the checks stay quiet).
 */
int errata__other_year_in(const errata_mentions *m, const char *text, size_t len,
                          size_t s, size_t e, int year);

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
 * name just before it (across a comma, a parenthesis or a copula). *out
 * is malloc'd (free()); *count may be 0.
 */
int errata__article_births(const errata__words *w, const char *text, size_t len,
                           const errata_mentions *mentions,
                           errata__birth **out, size_t *count);

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
 * among the article's births (their full name, or its first or last word),
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
