/*
 * text/sentence.c: sentence bounds (text/sentence.h). Only the bytes that
 * may end a sentence ('\n', '.', '!', '?') are tried, sixteen at a time
 * where SSE2 is available, nearest first.
 */
#include "text/sentence.h"

#include <stdint.h>
#include <utf8proc.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "common.h"

/* ASCII lower case of a byte value (0..255), by the table. */
static inline int lower(int c)
{
	return errata__lower_ascii[(unsigned char)c];
}

static int is_upper_start(const char *text, size_t len, size_t i)
{
	unsigned char c = (unsigned char)text[i];
	uint32_t cp = 0;
	utf8proc_category_t cat;

	if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '"' ||
	    c == '\'' || c == '(' || c == '[')
		return 1;
	if (c < 0x80 || !errata__utf8_decode((const unsigned char *)text + i, len - i, &cp))
		return 0;
	/* opening quotes and marks: “ ‘ „ « ¿ ¡ */
	if (cp == 0x201c || cp == 0x2018 || cp == 0x201e || cp == 0xab || cp == 0xbf || cp == 0xa1)
		return 1;
	/* capitals of any script (Latin, Greek, Cyrillic, ...); Hangul, Han and
	 * kana, which have none */
	cat = utf8proc_category((utf8proc_int32_t)cp);
	return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT ||
	       errata__wide_script_at(text, len, i);
}

/* Whether the word ending just before the '.' at i is an abbreviation. */
static int abbreviation_before(const errata__wordlist *ab, const char *text, size_t i)
{
	size_t s = i;

	while (s > 0 && (errata__is_word_byte(text, i, s - 1) || text[s - 1] == '.'))
		s--;
	if (i - s == 1 && text[s] >= 'A' && text[s] <= 'Z')
		return 1; /* an initial: "J. Smith" */
	if (!ab || s == i)
		return 0;
	/* only the abbreviations with the word's first letter can match */
	for (size_t k = ab->from[lower(text[s])]; k < ab->to[lower(text[s])]; k++) {
		const errata__word *a = &ab->items[ab->by_first[k]];

		if (a->len == i - s && errata__strncasecmp_ascii(a->word, text + s, a->len) == 0)
			return 1;
	}
	return 0;
}

/*
 * Whether the '.' at i closes an ordinal of one to three digits and the
 * locale writes ordinals with a dot ("den 100. Jahrestag", "am 4. Mai"):
 * no sentence ends there. A year ("im Jahr 2025.") still ends one.
 */
static int ordinal_dot_before(int ordinal_dot, const char *text, size_t i)
{
	size_t s = i;

	if (!ordinal_dot)
		return 0;
	while (s > 0 && i - s < 4 && text[s - 1] >= '0' && text[s - 1] <= '9')
		s--;
	if (s == i || i - s > 3 || (s > 0 && errata__is_word_ascii((unsigned char)text[s - 1])))
		return 0;
	return 1;
}

/*
 * If a sentence ends at byte i (terminal punctuation or a newline),
 * return where the next sentence starts (> i); else 0.
 */
static size_t sentence_break(const errata__wordlist *ab, int od, const char *text,
                             size_t len, size_t i)
{
	char c = text[i];
	size_t k = i + 1, m;

	if ((unsigned char)c >= 0x80) {
		/* the full stops of Chinese and Japanese: 。！？ (no space or capital follows) */
		const unsigned char *u = (const unsigned char *)text + i;

		if (i + 2 >= len || !((u[0] == 0xe3 && u[1] == 0x80 && u[2] == 0x82) ||
		                      (u[0] == 0xef && u[1] == 0xbc && (u[2] == 0x81 || u[2] == 0x9f))))
			return 0;
		k = i + 3;
		/* a closing quote or bracket stays with its sentence: 」』）" */
		while (k + 2 < len && (((unsigned char)text[k] == 0xe3 && (unsigned char)text[k + 1] == 0x80 &&
		                        ((unsigned char)text[k + 2] == 0x8d || (unsigned char)text[k + 2] == 0x8f)) ||
		                       ((unsigned char)text[k] == 0xef && (unsigned char)text[k + 1] == 0xbc &&
		                        (unsigned char)text[k + 2] == 0x89)))
			k += 3;
		m = k;
		while (m < len && (text[m] == ' ' || text[m] == '\n' || text[m] == '\r' || text[m] == '\t'))
			m++;
		return m;
	}
	if (c == '\n') {
		/* a blank line; a single line break is a soft wrap */
		m = errata__skip_space(text, len, k);
		if (m < len && text[m] == '\r')
			m++;
		if (m >= len)
			return len;
		if (text[m] == '\n')
			return errata__skip_space(text, len, m + 1);
		return 0;
	}
	if (c != '.' && c != '!' && c != '?')
		return 0;
	while (k < len && (text[k] == '"' || text[k] == '\'' || text[k] == ')' ||
	                   text[k] == ']'))
		k++;
	/* closing curly quotes */
	while (k + 2 < len && (unsigned char)text[k] == 0xe2 && (unsigned char)text[k + 1] == 0x80 &&
	       ((unsigned char)text[k + 2] == 0x9d || (unsigned char)text[k + 2] == 0x99))
		k += 3;
	if (k >= len)
		return len;
	if (text[k] != ' ' && text[k] != '\n' && text[k] != '\r' && text[k] != '\t')
		return 0;
	m = k;
	while (m < len && (text[m] == ' ' || text[m] == '\n' || text[m] == '\r' || text[m] == '\t'))
		m++;
	if (m >= len)
		return len;
	if (!is_upper_start(text, len, m))
		return 0;
	if (c == '.' && (abbreviation_before(ab, text, i) || ordinal_dot_before(od, text, i)))
		return 0;
	return m;
}

/*
 * The byte mask of a 16-byte block: bit b for each '\n', '.', '!' or '?'
 * at p[b], and each first byte of 。！？ (0xe3, 0xef).
 */
#if defined(__SSE2__) && defined(__GNUC__)
static inline unsigned int end_bytes16(const unsigned char *p)
{
	__m128i x = _mm_loadu_si128((const __m128i *)(const void *)p);
	__m128i hit = _mm_or_si128(
		_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('\n')), _mm_cmpeq_epi8(x, _mm_set1_epi8('.'))),
		_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('!')), _mm_cmpeq_epi8(x, _mm_set1_epi8('?'))));

	hit = _mm_or_si128(hit, _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8((char)0xe3)),
	                                     _mm_cmpeq_epi8(x, _mm_set1_epi8((char)0xef))));

	return (unsigned int)_mm_movemask_epi8(hit);
}
#endif

/* Whether a sentence may end at byte c (sentence_break() is 0 for any other). */
static inline int is_end_byte(unsigned char c)
{
	return c == '\n' || c == '.' || c == '!' || c == '?' || c == 0xe3 || c == 0xef;
}

/* The first byte in [i, hi) that may end a sentence; hi if none. */
static size_t next_end_byte(const char *text, size_t hi, size_t i)
{
	const unsigned char *t = (const unsigned char *)text;

#if defined(__SSE2__) && defined(__GNUC__)
	for (; i + 16 <= hi; i += 16) {
		unsigned int m = end_bytes16(t + i);

		if (m)
			return i + (size_t)__builtin_ctz(m);
	}
#endif
	for (; i < hi; i++)
		if (is_end_byte(t[i]))
			return i;
	return hi;
}

/* One past the last byte in [lo, i) that may end a sentence; lo if none. */
static size_t prev_end_byte(const char *text, size_t lo, size_t i)
{
	const unsigned char *t = (const unsigned char *)text;

#if defined(__SSE2__) && defined(__GNUC__)
	for (; i >= lo + 16; i -= 16) {
		unsigned int m = end_bytes16(t + i - 16);

		if (m)
			return i - 16 + (size_t)(32 - __builtin_clz(m));
	}
#endif
	for (; i > lo; i--)
		if (is_end_byte(t[i - 1]))
			return i;
	return lo;
}

/* How far the search looks either way from its place (text/sentence.h). */
#define WINDOW 4000

/*
 * The search behind errata__sentence_bounds(): the bounds, and what says
 * for which other places they are the same (see keep()): *jb, the break
 * the start is the next sentence of, *je, the one the end is at (each
 * SIZE_MAX when the search window bounded that side instead), and
 * whether the backward search passed a break whose next sentence starts
 * after at (at in the blanks after it).
 */
static void search(const errata__wordlist *ab, int od, const char *text, size_t len, size_t at,
                   size_t *start, size_t *end, size_t *jb, size_t *je, int *passed)
{
	size_t lo = at > WINDOW ? at - WINDOW : 0, hi = at + WINDOW < len ? at + WINDOW : len;
	size_t i;

	/* only the bytes that may end a sentence are tried, nearest first */
	*start = lo;
	*jb = *je = SIZE_MAX;
	*passed = 0;
	for (i = at; (i = prev_end_byte(text, lo, i)) > lo; i--) {
		size_t next = sentence_break(ab, od, text, len, i - 1);

		if (next && next <= at) {
			*start = next;
			*jb = i - 1;
			break;
		}
		*passed |= next != 0;
	}
	*end = hi;
	for (i = next_end_byte(text, hi, at); i < hi; i = next_end_byte(text, hi, i + 1)) {
		if (sentence_break(ab, od, text, len, i)) {
			*end = text[i] == '\n' ? i : (unsigned char)text[i] >= 0x80 ? i + 3 : i + 1;
			*je = i;
			break;
		}
	}
}

/*
 * The sentences found in the text of errata__sentences_begin(), on this
 * thread: the checks ask for the sentence around each of their words and
 * dates, most of them again and again for the same few sentences. Each is
 * kept with the places [from, to] whose sentence it is, with whatever
 * search window they would have (keep()).
 */
#define KEPT 8
typedef struct {
	const errata__wordlist *ab;
	int od;
	size_t from, to;   /* the places */
	size_t start, end; /* their sentence */
} kept_sentence;

static _Thread_local struct {
	const char *text;  /* NULL: none kept (outside begin and end) */
	size_t len;
	kept_sentence v[KEPT];
	unsigned n, next;  /* how many kept; the one to replace next */
} kept;

void errata__sentences_begin(const char *text, size_t len)
{
	kept.text = text;
	kept.len = len;
	kept.n = kept.next = 0;
}

void errata__sentences_end(void)
{
	kept.text = NULL;
	kept.n = kept.next = 0;
}

/*
 * Keep the sentence search() found around at. No break stands between
 * the two it found (jb before at, je at or after it) when it passed none:
 * from any place in [start, je] the search finds the same two, as long
 * as its window (WINDOW bytes either way) holds them; and where a side
 * was bounded by the text's start or end, the window must reach that
 * too. A window that bounded a side inside the text depends on at: not
 * kept.
 */
static void keep(const errata__wordlist *ab, int od, size_t len, size_t at, size_t start,
                 size_t end, size_t jb, size_t je, int passed)
{
	size_t from = start, to = je != SIZE_MAX ? je : len, lo, hi;

	if (passed || (jb == SIZE_MAX && at > WINDOW) || (je == SIZE_MAX && end < len))
		return;
	/* from each place in [from, to], the window reaches back to the start's
	 * break (or the text's start) and on past the end's (or to the text's end) */
	lo = jb != SIZE_MAX ? jb : 0;
	hi = je != SIZE_MAX ? je + 1 : len;
	if (to > lo + WINDOW)
		to = lo + WINDOW;
	if (hi > WINDOW && from < hi - WINDOW)
		from = hi - WINDOW;
	kept.v[kept.next] = (kept_sentence){ ab, od, from, to, start, end };
	kept.next = (kept.next + 1) % KEPT;
	if (kept.n < KEPT)
		kept.n++;
}

void errata__sentence_bounds(const errata__wordlist *ab, int od,
                             const char *text, size_t len, size_t at,
                             size_t *start, size_t *end)
{
	size_t jb, je;
	int passed;

	if (kept.text && text == kept.text && len == kept.len) {
		for (unsigned i = 0; i < kept.n; i++) {
			const kept_sentence *k = &kept.v[i];

			if (at >= k->from && at <= k->to && k->ab == ab && k->od == od) {
				*start = k->start;
				*end = k->end;
				return;
			}
		}
	}
	search(ab, od, text, len, at, start, end, &jb, &je, &passed);
	if (kept.text && text == kept.text && len == kept.len)
		keep(ab, od, len, at, *start, *end, jb, je, passed);
}
