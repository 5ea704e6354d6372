/*
 * text/wordindex.h: the words of a document's prose, found in one pass
 * and kept as bitmaps, then classified in one walk for every consumer
 * that looks for words (the date mentions' scan, the checks' trigger
 * scan, the rule packs' word pass): each reads only the words flagged for
 * it, and a consumer of one class may have its words listed apart
 * (errata__word_index_classify_apart()). A word is a run of word
 * characters: letters, digits and marks, as errata__word_char_at() says.
 * In the scripts written without spaces between words (Han, Hiragana,
 * Katakana) each character is a word of its own, and letters right after
 * one start a new word: "東京でabc" is 東, 京, で, abc. A Hangul syllable
 * right after a digit starts a word too: "3일간" is 3, 일간. Thai and the
 * other scripts whose words need a dictionary stay one word per run.
 *
 *   errata__word_index ix = ERRATA__WORD_INDEX_INIT;
 *   errata__word_index_build(&ix, prose, len);      (reusable: build again)
 *   errata__word_index_classify(&ix, prose, len, &classes);   (ix.hits)
 *   errata__word_iter it;
 *   errata__word_iter_start(&it, &ix);
 *   while (errata__word_iter_next(&it, &start, &end)) ...
 *   errata__word_index_dispose(&ix);
 */
#ifndef ERRATA_TEXT_WORDINDEX_H
#define ERRATA_TEXT_WORDINDEX_H

#include <stddef.h>
#include <stdint.h>

/*
 * The classes of a classified word (errata__word_index_classify()): bit
 * k of its entry in the lead tables (classes 0 to 7 in the first three,
 * 8 to 15 in the wide one: bits 16 to 23 of the word's classes), bit k
 * of its entry in the word table, and a repeat of the word before.
 */
#define ERRATA__WORD_LEAD_CLASS(k) ((uint32_t)1 << ((k) < 8 ? (k) : (k) + 8))
#define ERRATA__WORD_LISTED ((uint32_t)1 << 8)
#define ERRATA__WORD_REPEAT ((uint32_t)1 << 9)

/*
 * The most lead tables one walk reads (see errata__word_classes_set_leads()):
 * three that share classes 0 to 7, and the wide one, whose bit k is class
 * 8 + k for the words of length class k (errata__word_length_class()).
 */
#define ERRATA__WORD_LEAD_TABLES 4
#define ERRATA__WORD_LEAD_WIDE 3

/*
 * The length class of a word of n bytes, the bit of the wide lead table
 * its entry must have: 0 for three bytes or fewer, 1 to 6 for four to
 * nine, 7 for ten or more (most words that a wide table's consumer looks
 * for are of four to twelve bytes, and so are the words of prose that
 * begin like one: "members" of "Memorial").
 */
static inline unsigned errata__word_length_class(size_t n)
{
	return n <= 3 ? 0 : n >= 10 ? 7 : (unsigned)(n - 3);
}

/*
 * A word that some consumer of the index looks for
 * (errata__word_index_classify()).
 */
typedef struct {
	size_t start, end;  /* the word */
	size_t prev;        /* with ERRATA__WORD_REPEAT: where the word before starts */
	uint32_t classes;   /* ERRATA__WORD_LEAD_CLASS(k), ERRATA__WORD_LISTED, ERRATA__WORD_REPEAT */
} errata__word_hit;

/*
 * A word of a class that errata__word_index_classify_apart() lists apart
 * from the hits: a consumer that looks for the words of one class (the
 * date keys', the titles') reads its own list, and the others do not
 * pass over those words among theirs.
 */
typedef struct {
	size_t start, end;
} errata__word_span;

/* The most classes one classification lists apart. */
#define ERRATA__WORD_APART_MAX 2

typedef struct {
	uint64_t *bits;     /* bit i: byte i belongs to a word character */
	uint64_t *splits;   /* bit i: a word starts at byte i inside a run (read only while has_splits) */
	uint64_t *digits;   /* bit i: byte i is an ASCII digit */
	/* bit i: byte i is an apostrophe, a hyphen or a byte outside ASCII,
	 * where a word may go on past the word characters ("don't", "well-",
	 * "“", "é") */
	uint64_t *marks;
	size_t nw;          /* 64-bit words of each bitmap in use: len / 64 + 2 */
	size_t alloc;       /* 64-bit words allocated for each */
	int utf8;           /* every character of the text decoded */
	int has_splits;     /* any bit of splits set */
	/* errata__word_index_classify() since the last build: the words it
	 * flagged, in order (an array, never NULL, once it ran) */
	errata__word_hit *hits;
	size_t hit_count, hit_alloc;
	/* the tables it read (NULL: none): its lead tables, and its word table */
	const unsigned char *lead[ERRATA__WORD_LEAD_TABLES], *listed;
	int classified;     /* it ran since the last build */
	/* where each run of ASCII digits starts, in text order: the checks
	 * that read numbers (ages, counts of years) walk this list, not the
	 * bitmap of digits once each */
	size_t *digit_runs;
	size_t digit_run_count, digit_run_alloc;
	/* errata__word_index_classify_apart() since the last build: the lead
	 * classes it listed apart (ERRATA__WORD_LEAD_CLASS() of classes 0 to
	 * 7), and the words of each in order, the lowest class's first (an
	 * array, never NULL, for each class listed) */
	uint32_t apart, apart_class[ERRATA__WORD_APART_MAX]; /* apart_class[k]: the class of list k (0: none) */
	errata__word_span *apart_words[ERRATA__WORD_APART_MAX];
	size_t apart_count[ERRATA__WORD_APART_MAX], apart_alloc[ERRATA__WORD_APART_MAX];
} errata__word_index;

#define ERRATA__WORD_INDEX_INIT \
	{ NULL, NULL, NULL, NULL, 0, 0, 1, 0, NULL, 0, 0, { NULL }, NULL, 0, NULL, 0, 0, 0, { 0 }, { NULL }, { 0 }, { 0 } }

/*
 * Whether the character at s[i] is a word character; *n is its byte
 * length (at least 1, also for a byte that does not decode).
 */
int errata__word_char_at(const unsigned char *s, size_t len, size_t i, size_t *n);

/*
 * The end of the word that starts at text[at] (at itself when no word
 * does): what the index would give, for a short text such as a rule's
 * form, without building one.
 */
size_t errata__word_end(const char *text, size_t len, size_t at);

/*
 * Index text[0, len), walking it character by character from the start
 * (a byte that does not decode is one character that is not a word
 * character). Reuses the index's memory. 0, or ERRATA_ENOMEM.
 */
int errata__word_index_build(errata__word_index *ix, const char *text, size_t len);
void errata__word_index_dispose(errata__word_index *ix);

/*
 * Whether byte i (a character's first byte, below the text's length)
 * carries on the word before it: a word character that starts no word of
 * its own. A whole-word match that ends at i must not be followed by one.
 */
static inline int errata__word_index_continues(const errata__word_index *ix, size_t i)
{
	uint64_t bit = (uint64_t)1 << (i & 63);

	return (ix->bits[i >> 6] & bit) && !(ix->has_splits && (ix->splits[i >> 6] & bit));
}

static inline unsigned errata__ctz64(uint64_t x)
{
#if defined(__GNUC__)
	return (unsigned)__builtin_ctzll(x);
#else
	unsigned n = 0;

	while (!(x & 1)) {
		x >>= 1;
		n++;
	}
	return n;
#endif
}

/*
 * The starts of words in 64-bit word w of the bitmaps, given the bit of
 * the byte before it (carry): the starts of runs, and splits inside them;
 * with digits, only those at an ASCII digit.
 */
static inline uint64_t errata__word_index_starts(const errata__word_index *ix, size_t w,
                                                 uint64_t carry, int digits)
{
	uint64_t x = ix->bits[w], st = x & ~((x << 1) | carry);

	if (ix->has_splits)
		st |= ix->splits[w];
	return digits ? st & ix->digits[w] : st;
}

/*
 * Word classes: one walk over the words, after the build, tells each
 * consumer where the words it looks for may be, so that none reads every
 * word. A consumer keeps what it looks for in a table of 65536 bytes,
 * built once (for a checker's rule packs, for a locale's word lists, for
 * a fact sheet's titles), never per document, whose entry
 * errata__word_key() is for the words that begin with the three bytes
 * t[0], t[1], t[2] as the text writes them (0 for those past the text's
 * end). A walk reads two kinds of table:
 * - lead tables (up to ERRATA__WORD_LEAD_TABLES, each consumer's classes
 *   apart), whose entries hold a bit per class of words (at most eight in
 *   the first three together, eight more in the wide one), for words that
 *   may go on past the word the index sees ("d'ici" at "d", "사흘" inside
 *   "사흘간"): a word whose entry has bit k in one of the first three is
 *   of class ERRATA__WORD_LEAD_CLASS(k), bit k in the wide one, when k is
 *   its length class (errata__word_length_class()), of class
 *   ERRATA__WORD_LEAD_CLASS(8 + k);
 * - a word table, for words that are words of the index: its entries
 *   hold bit n % 8 for each word of n bytes, and a word whose entry has
 *   the bit of its length is ERRATA__WORD_LISTED.
 * A class is a sieve: a word it flags may still not be one of its words.
 */

/*
 * The entry of the three bytes v & 0xff, v >> 8 & 0xff, v >> 16 & 0xff in
 * a table: bits 8 to 23 of their product with 0xcc9e2d51, which the
 * multiplier shifted by a byte leaves at the top of 32 bits, so that the
 * byte v >> 24 falls out without a mask (a word's four bytes as loaded:
 * two instructions a word in the classification walk). Of the multipliers
 * tried, this one gives the fewest words of ordinary prose that share an
 * entry with a table's words (0x9e3779b1 shifted gave 0.2 instructions a
 * byte more on bench/instructions.sh, for the words flagged in vain).
 */
static inline unsigned errata__word_key(uint32_t v)
{
	return (uint32_t)(v * 0x9e2d5100u) >> 16;
}

/*
 * Mark the first three bytes of word[0, len) (len >= 1) in the lead
 * table `lead` as class bit `bit`, or, with bit ERRATA__WORD_BY_LENGTH, in
 * the word table `lead` with the bit of len: in both ASCII cases of each
 * byte unless case_sensitive; for a word of two bytes, with whatever byte
 * follows, and for a word of one byte, with whatever byte that is no
 * ASCII letter or digit follows it, and then any byte (a word table of a
 * word of one byte flags most words of its length).
 */
#define ERRATA__WORD_BY_LENGTH 8u
void errata__word_lead_add(unsigned char *lead, unsigned bit, const char *word, size_t len,
                           int case_sensitive);

/*
 * The tables a walk reads, as one: entry k is the | of lead[t][k] over
 * the first three lead tables t, listed[k] << 8, and the wide table's
 * lead[ERRATA__WORD_LEAD_WIDE][k] << 16. Each lead table after the first
 * is another consumer's, whose classes the others leave free (the date
 * mentions' keys, see dates/mention.h; the fact sheet's titles, see
 * checks/facts.h; the holiday names, see checks/holiday_sieve.h, in the wide
 * one). Built once (per checker and language) by
 * errata__word_classes_set_leads().
 */
typedef struct {
	/* what it was built from (NULL: none) */
	const unsigned char *lead[ERRATA__WORD_LEAD_TABLES], *listed;
	int set;            /* 0: nothing built yet (the rest is then not read) */
	uint32_t entry[65536];
} errata__word_classes;

/*
 * Make wc the lead tables lead[0, n) (n at most ERRATA__WORD_LEAD_TABLES)
 * and the word table listed (each NULL or 65536 bytes, borrowed), unless
 * it is.
 */
void errata__word_classes_set_leads(errata__word_classes *wc, const unsigned char *const *lead,
                                    size_t n, const unsigned char *listed);

/* The same with the one lead table lead. */
void errata__word_classes_set(errata__word_classes *wc, const unsigned char *lead,
                              const unsigned char *listed);

/* The same with two: lead, and keys. */
void errata__word_classes_set_keys(errata__word_classes *wc, const unsigned char *lead,
                                   const unsigned char *keys, const unsigned char *listed);

/*
 * Classify the words of the indexed text[0, len) (the text just built):
 * ix->hits becomes, in order, the words that the lead table or the word
 * table of wc flags, and the words of ERRATA__WORD_REPEAT: as long as the
 * word before and with its first byte, in either ASCII case. wc is
 * borrowed until the next build. 0, or ERRATA_ENOMEM.
 */
int errata__word_index_classify(errata__word_index *ix, const char *text, size_t len,
                                const errata__word_classes *wc);

/*
 * errata__word_index_classify(), with the words of the lead classes
 * `apart` (ERRATA__WORD_LEAD_CLASS(k) of at most ERRATA__WORD_APART_MAX
 * classes k from 0 to 7; the others are ignored) also listed apart, each
 * class in its own list (errata__word_index_apart()): a word of those
 * classes only is no hit. 0, or ERRATA_ENOMEM.
 */
int errata__word_index_classify_apart(errata__word_index *ix, const char *text, size_t len,
                                      const errata__word_classes *wc, uint32_t apart);

/*
 * The words of lead class k that the last classification listed apart,
 * in text order, *n of them; NULL when it listed no such class.
 */
static inline const errata__word_span *errata__word_index_apart(const errata__word_index *ix,
                                                                unsigned k, size_t *n)
{
	uint32_t bit = k < 8 ? ERRATA__WORD_LEAD_CLASS(k) : 0;
	/* (the second list when a lower class is listed too) */
	unsigned slot = (ix->apart & (bit - 1)) != 0;

	if (!bit || !ix->classified || !(ix->apart & bit))
		return NULL;
	*n = ix->apart_count[slot];
	return ix->apart_words[slot];
}

/*
 * Whether ix was classified, since its last build, with lead among its
 * lead tables and with the word table listed (each NULL: any).
 */
static inline int errata__word_index_classified(const errata__word_index *ix,
                                                const unsigned char *lead,
                                                const unsigned char *listed)
{
	int found = !lead;

	for (size_t t = 0; t < ERRATA__WORD_LEAD_TABLES && !found; t++)
		found = ix->lead[t] == lead;
	return ix->classified && found && (!listed || ix->listed == listed);
}

/*
 * The first byte at or after `from` (below len, the indexed text's
 * length) that is an ASCII digit or one of ix->marks; len if none.
 */
static inline size_t errata__word_index_next_mark(const errata__word_index *ix, size_t from,
                                                  size_t len)
{
	size_t w = from >> 6;
	uint64_t m;

	if (from >= len || w >= ix->nw)
		return len;
	m = (ix->marks[w] | ix->digits[w]) & (~(uint64_t)0 << (from & 63));
	while (!m) {
		if (++w >= ix->nw)
			return len;
		m = ix->marks[w] | ix->digits[w];
	}
	w = w * 64 + errata__ctz64(m);
	return w < len ? w : len;
}

/*
 * The first byte at or after `from` (below len) that is one of ix->marks
 * with a byte outside the word characters two or three bytes before it:
 * where a character outside ASCII is the second or third of a word that
 * follows a blank ("sábado", "miércoles"). len if none.
 */
static inline size_t errata__word_index_next_early_mark(const errata__word_index *ix,
                                                        size_t from, size_t len)
{
	size_t w = from >> 6;
	uint64_t m = ~(uint64_t)0 << (from & 63);

	for (; w < ix->nw; w++, m = ~(uint64_t)0) {
		/* before the text's start counts as outside the words */
		uint64_t prev = w ? ~ix->bits[w - 1] : ~(uint64_t)0, out = ~ix->bits[w];

		m &= ix->marks[w] & (out << 2 | prev >> 62 | out << 3 | prev >> 61);
		if (m) {
			w = w * 64 + errata__ctz64(m);
			return w < len ? w : len;
		}
	}
	return len;
}

/* The first start at or after from, as the two functions below give it. */
static inline size_t errata__word_index_next(const errata__word_index *ix, size_t from,
                                             size_t len, int digits)
{
	size_t w = from >> 6;
	uint64_t st;

	if (from >= len || w >= ix->nw)
		return len;
	st = errata__word_index_starts(ix, w, w ? ix->bits[w - 1] >> 63 : 0, digits) &
	     (~(uint64_t)0 << (from & 63));
	while (!st) {
		uint64_t carry = ix->bits[w] >> 63;

		if (++w >= ix->nw)
			return len;
		st = errata__word_index_starts(ix, w, carry, digits);
	}
	w = w * 64 + errata__ctz64(st);
	return w < len ? w : len;
}

/*
 * The first byte at or after `from` where a word starts (len, the indexed
 * text's length, if none): the start of a run, or a split inside one.
 */
static inline size_t errata__word_index_next_start(const errata__word_index *ix, size_t from,
                                                   size_t len)
{
	return errata__word_index_next(ix, from, len, 0);
}

/*
 * The first byte at or after `from` where a word starts with an ASCII
 * digit ("7", "2026", "3" of "3일"); len, the indexed text's length, if
 * none. Only the 64-bit words of the bitmaps are read, never the text.
 */
static inline size_t errata__word_index_next_digit(const errata__word_index *ix, size_t from,
                                                   size_t len)
{
	return errata__word_index_next(ix, from, len, 1);
}

/* A walk over the words, in order (inline: the word pass takes every word). */
typedef struct {
	const errata__word_index *ix;
	const uint64_t *b;     /* ix->bits, ix->nw and ix->has_splits, kept at hand */
	size_t nw;
	int split;
	size_t w, base;
	uint64_t edges, carry;
	size_t pos, run_end;   /* what is left of a run being cut at its splits */
} errata__word_iter;

static inline void errata__word_iter_start(errata__word_iter *it, const errata__word_index *ix)
{
	it->ix = ix;
	it->b = ix->bits;
	it->nw = ix->nw;
	it->split = ix->has_splits;
	it->w = it->base = 0;
	it->edges = it->carry = 0;
	it->pos = it->run_end = 0;
}

/* The next edge of the runs (a start, then its end, ...), or SIZE_MAX after the last. */
static inline size_t errata__word_edge_next(errata__word_iter *it)
{
	size_t p;

	while (!it->edges) {
		uint64_t x;

		if (it->w >= it->nw)
			return SIZE_MAX;
		x = it->b[it->w];
		it->edges = x ^ ((x << 1) | it->carry);
		it->carry = x >> 63;
		it->base = it->w++ * 64;
	}
	p = it->base + errata__ctz64(it->edges);
	it->edges &= it->edges - 1;
	return p;
}

/* The first split in [from, to), or to. */
static inline size_t errata__word_next_split(const errata__word_index *ix, size_t from, size_t to)
{
	while (from < to) {
		uint64_t x = ix->splits[from >> 6] >> (from & 63);

		if (x) {
			size_t p = from + errata__ctz64(x);

			return p < to ? p : to;
		}
		from = (from | 63) + 1;
	}
	return to;
}

/*
 * The next word of a text without splits (ix->has_splits 0), [*start,
 * *end): 1, or 0 after the last. The word pass takes this path for most
 * texts, so it is the plain walk over the bitmap's edges.
 */
static inline int errata__word_iter_next_run(errata__word_iter *it, size_t *start, size_t *end)
{
	size_t s;

	/* every run ends: the bitmap's last 64 bits are clear */
	if ((s = errata__word_edge_next(it)) == SIZE_MAX)
		return 0;
	*start = s;
	*end = errata__word_edge_next(it);
	return 1;
}

/* The next word, [*start, *end): 1, or 0 after the last. */
static inline int errata__word_iter_next(errata__word_iter *it, size_t *start, size_t *end)
{
	size_t s;

	if (it->split && it->pos < it->run_end) {
		s = it->pos;
	} else {
		/* every run ends: the bitmap's last 64 bits are clear */
		if ((s = errata__word_edge_next(it)) == SIZE_MAX)
			return 0;
		it->run_end = errata__word_edge_next(it);
		if (!it->split) {
			*start = s;
			*end = it->run_end;
			return 1;
		}
	}
	/* a run of an unspaced script: cut at its splits */
	*start = s;
	*end = it->pos = errata__word_next_split(it->ix, s + 1, it->run_end);
	return 1;
}

#endif
