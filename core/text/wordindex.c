/*
 * wordindex.c: the word index of text/wordindex.h. One walk over the
 * prose marks the bytes of word characters in a bitmap (runs of ASCII
 * sixteen bytes at a time where SSE2 is available) and, for the scripts
 * written without spaces, where a word starts inside a run; the words are
 * then read off the bitmap's edges, 64 bytes a step.
 */
#include "text/wordindex.h"

#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "common.h"

static int cp_is_word(uint32_t cp)
{
	if (cp < 0x80)
		return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
		       (cp >= '0' && cp <= '9');
	if (cp <= 0xbf || cp == 0xd7 || cp == 0xf7)
		return 0;
	if ((cp >= 0x2000 && cp <= 0x2bff) || (cp >= 0x3000 && cp <= 0x303f) ||
	    (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff0f) ||
	    (cp >= 0xff1a && cp <= 0xff20) || cp == 0xfeff)
		return 0;
	return 1;
}

/* Han, Hiragana and Katakana: written without spaces, a word per character. */
static int cp_unspaced(uint32_t cp)
{
	return (cp >= 0x3040 && cp <= 0x30ff) || (cp >= 0x31f0 && cp <= 0x31ff) ||
	       (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff) ||
	       (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xff66 && cp <= 0xff9f) ||
	       (cp >= 0x20000 && cp <= 0x3134f);
}

int errata__word_char_at(const unsigned char *s, size_t len, size_t i, size_t *n)
{
	uint32_t cp;
	size_t k;

	if (s[i] < 0x80) {
		*n = 1;
		return cp_is_word(s[i]);
	}
	k = errata__utf8_decode(s + i, len - i, &cp);
	if (!k) {
		*n = 1;
		return 0;
	}
	*n = k;
	return cp_is_word(cp);
}

/*
 * Whether the character cp at s[i] is a Hangul syllable right after an
 * ASCII digit: Korean writes a count and its counter as one word ("3일",
 * "10년"), and the counter starts a word of its own.
 */
static inline int hangul_after_digit(const unsigned char *s, size_t i, uint32_t cp)
{
	return cp >= 0xac00 && cp <= 0xd7a3 && i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9';
}

/* Whether the character at s[i] is in a script written without spaces. */
static int unspaced_at(const unsigned char *s, size_t len, size_t i)
{
	uint32_t cp;

	return s[i] >= 0x80 && errata__utf8_decode(s + i, len - i, &cp) && cp_unspaced(cp);
}

/* hangul_after_digit() for the character at s[i]. */
static int hangul_at_after_digit(const unsigned char *s, size_t len, size_t i)
{
	uint32_t cp;

	return i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9' && s[i] >= 0x80 &&
	       errata__utf8_decode(s + i, len - i, &cp) && hangul_after_digit(s, i, cp);
}

size_t errata__word_end(const char *text, size_t len, size_t at)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t i = at, n;

	if (i >= len || !errata__word_char_at(s, len, i, &n))
		return at;
	if (unspaced_at(s, len, i))
		return i + n;
	for (i += n; i < len && errata__word_char_at(s, len, i, &n) && !unspaced_at(s, len, i) &&
	             !hangul_at_after_digit(s, len, i); i += n)
		;
	return i;
}

static inline void set_bit(uint64_t *b, size_t i)
{
	b[i >> 6] |= (uint64_t)1 << (i & 63);
}

static inline int ascii_word(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

int errata__word_index_build(errata__word_index *ix, const char *text, size_t len)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t nw = len / 64 + 2, i = 0;
	uint64_t *b, *sp, *dg;

	if (nw > ix->alloc) {
		uint64_t *nb = realloc(ix->bits, nw * sizeof(*nb)), *ns, *nd;

		if (!nb)
			return errata__oom();
		ix->bits = nb;
		if (!(ns = realloc(ix->splits, nw * sizeof(*ns))))
			return errata__oom();
		ix->splits = ns;
		if (!(nd = realloc(ix->digits, nw * sizeof(*nd))))
			return errata__oom();
		ix->digits = nd;
		ix->alloc = nw;
	}
	ix->nw = nw;
	b = ix->bits;
	sp = ix->splits;
	dg = ix->digits;
	memset(b, 0, nw * sizeof(*b));
	memset(dg, 0, nw * sizeof(*dg));
	/* the splits are cleared when the first character that needs one comes */
	ix->utf8 = 1;
	ix->has_splits = 0;
	while (i < len) {
		size_t stop = len, n;
		uint32_t cp;

#ifdef __SSE2__
		if (i + 16 <= len) {
			__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
			int high = _mm_movemask_epi8(x);

			if (!high) {
				/*
				 * Range tests with one signed compare each: adding
				 * 128 - lo moves [lo, lo + n) to the n lowest int8
				 * values (the bytes are ASCII, so nothing else wraps
				 * there).
				 */
				__m128i y = _mm_or_si128(x, _mm_set1_epi8(0x20));
				__m128i dig = _mm_cmplt_epi8(_mm_add_epi8(x, _mm_set1_epi8(128 - '0')),
				                             _mm_set1_epi8(-128 + 10));
				__m128i alp = _mm_cmplt_epi8(_mm_add_epi8(y, _mm_set1_epi8(128 - 'a')),
				                             _mm_set1_epi8(-128 + 26));
				uint64_t m = (uint64_t)(unsigned)_mm_movemask_epi8(_mm_or_si128(dig, alp));
				uint64_t d = (uint64_t)(unsigned)_mm_movemask_epi8(dig);
				unsigned sh = (unsigned)(i & 63);

				b[i >> 6] |= m << sh;
				dg[i >> 6] |= d << sh;
				if (sh > 48) {
					b[(i >> 6) + 1] |= m >> (64 - sh);
					dg[(i >> 6) + 1] |= d >> (64 - sh);
				}
				i += 16;
				continue;
			}
			stop = i + errata__ctz64((uint64_t)(unsigned)high);
		}
#endif
		/* ASCII bytes up to stop, then one character */
		for (; i < stop && s[i] < 0x80; i++)
			if (ascii_word(s[i])) {
				set_bit(b, i);
				if (s[i] <= '9')
					set_bit(dg, i);
			}
		if (i >= len || s[i] < 0x80)
			continue;
		n = errata__utf8_decode(s + i, len - i, &cp);
		if (!n) {
			ix->utf8 = 0;   /* a byte that does not decode */
			i++;
			continue;
		}
		if (cp_is_word(cp)) {
			for (size_t k = i; k < i + n; k++)
				set_bit(b, k);
			if (hangul_after_digit(s, i, cp)) {
				/* "3일", "10년": the counter is a word of its own */
				if (!ix->has_splits)
					memset(sp, 0, nw * sizeof(*sp));
				ix->has_splits = 1;
				set_bit(sp, i);
			} else if (cp_unspaced(cp)) {
				/* this character is a word, and so is what follows it */
				if (!ix->has_splits)
					memset(sp, 0, nw * sizeof(*sp));
				ix->has_splits = 1;
				set_bit(sp, i);
				set_bit(sp, i + n);
			}
		}
		i += n;
	}
	/* a split only counts inside a run (and never past the text) */
	if (ix->has_splits)
		for (size_t w = 0; w < nw; w++)
			sp[w] &= b[w];
	return 0;
}

void errata__word_index_dispose(errata__word_index *ix)
{
	free(ix->bits);
	free(ix->splits);
	free(ix->digits);
	memset(ix, 0, sizeof(*ix));
	ix->utf8 = 1;
}
