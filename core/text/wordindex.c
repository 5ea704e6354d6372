/*
 * wordindex.c: the word index of text/wordindex.h. One walk over the
 * prose marks the bytes of word characters in a bitmap (where SSE2 is
 * available, ASCII 64 bytes at a time, one 64-bit word of the bitmap, or
 * up to sixteen until the next such word; with AVX2 where the processor
 * has it, those 64 bytes in two steps instead of four) and, for the scripts
 * written without spaces, where a word starts inside a run; the words are
 * then read off the bitmap's edges, 64 bytes a step.
 */
#include "text/wordindex.h"

#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "common.h"
#include "text/text.h"
#ifdef ERRATA__AVX2
#include <immintrin.h>
#endif

static inline int cp_is_word(uint32_t cp)
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
static inline int cp_unspaced(uint32_t cp)
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

/* The bits of the ASCII byte c at i: a word byte (and a digit), or a mark. */
static inline void ascii_byte(uint64_t *b, uint64_t *dg, uint64_t *mk, unsigned char c, size_t i)
{
	if (ascii_word(c)) {
		set_bit(b, i);
		if (c <= '9')
			set_bit(dg, i);
	} else if (c == '\'' || c == '-') {
		set_bit(mk, i);
	}
}

#ifdef __SSE2__
/*
 * The word characters of 16 ASCII bytes, a bit each, in *digits the
 * ASCII digits among them and in *marks the apostrophes and hyphens.
 * Range tests with one signed compare each: adding 128 - lo moves
 * [lo, lo + n) to the n lowest int8 values (the bytes are ASCII, so
 * nothing else wraps there).
 */
static inline unsigned ascii_classes(__m128i x, unsigned *digits, unsigned *marks)
{
	__m128i y = _mm_or_si128(x, _mm_set1_epi8(0x20));
	__m128i dig = _mm_cmplt_epi8(_mm_add_epi8(x, _mm_set1_epi8(128 - '0')),
	                             _mm_set1_epi8(-128 + 10));
	__m128i alp = _mm_cmplt_epi8(_mm_add_epi8(y, _mm_set1_epi8(128 - 'a')),
	                             _mm_set1_epi8(-128 + 26));

	*digits = (unsigned)_mm_movemask_epi8(dig);
	*marks = (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('\'')),
	                                                  _mm_cmpeq_epi8(x, _mm_set1_epi8('-'))));
	return (unsigned)_mm_movemask_epi8(_mm_or_si128(dig, alp));
}
#endif

#ifdef __SSE2__
/* The bits of the first n (at most 16) bytes of x, ASCII, which stand at
 * i in the text, never past i's 64-bit word of the bitmaps. */
static inline void ascii_bits16(uint64_t *b, uint64_t *dg, uint64_t *mk, __m128i x, size_t i,
                                unsigned n)
{
	unsigned sh = (unsigned)(i & 63), keep = (1u << n) - 1, d, k, m = ascii_classes(x, &d, &k);

	b[i >> 6] |= (uint64_t)(m & keep) << sh;
	dg[i >> 6] |= (uint64_t)(d & keep) << sh;
	mk[i >> 6] |= (uint64_t)(k & keep) << sh;
}
#endif

/*
 * The bits of the character of two bytes at s[i]: a word character from
 * U+0100 on, and from U+00C0 but × and ÷ (cp_is_word()). Returns 2.
 */
static inline unsigned two_byte_char(uint64_t *b, uint64_t *mk, const unsigned char *s, size_t i)
{
	int word = s[i] >= 0xc4 || (s[i] == 0xc3 && s[i + 1] != 0x97 && s[i + 1] != 0xb7);

	if ((i & 63) != 63) {
		uint64_t two = (uint64_t)3 << (i & 63);

		mk[i >> 6] |= two;
		if (word)
			b[i >> 6] |= two;
	} else {
		set_bit(mk, i);
		set_bit(mk, i + 1);
		if (word) {
			set_bit(b, i);
			set_bit(b, i + 1);
		}
	}
	return 2;
}

#ifdef __SSE2__
/*
 * Up to 16 bytes at s[i] (s + i + 16 readable), never past i's 64-bit
 * word of the bitmaps, as far as they hold only ASCII and whole
 * characters of two bytes (Latin with accents, Greek, Cyrillic, Hebrew,
 * Arabic): their bits at once, as ascii_byte() and the step for one such
 * character set them. s[i] starts a character of two bytes. Returns how
 * many bytes it took, up to a byte of another kind (a character of three
 * or four bytes, one that does not decode) or a last character cut by
 * the end; 0 when that leaves not even the first character.
 */
#if defined(__GNUC__)
__attribute__((noinline)) /* (out of the build's loop, which the other scripts run) */
#endif
static unsigned two_byte_block(uint64_t *b, uint64_t *dg, uint64_t *mk, const unsigned char *s,
                               size_t i)
{
	__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
	unsigned sh = (unsigned)(i & 63), step = 64 - sh < 16 ? 64 - sh : 16;
	unsigned keep = (1u << step) - 1, d, k, m = ascii_classes(x, &d, &k);
	/* as int8: continuation bytes 0x80..0xbf from -128, leads 0xc2..0xdf from -62 */
	unsigned high = (unsigned)_mm_movemask_epi8(x);
	unsigned cont = high & (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(x, _mm_set1_epi8(-64)));
	unsigned lead = high & (unsigned)_mm_movemask_epi8(
		_mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8(-63)), _mm_cmplt_epi8(x, _mm_set1_epi8(-32))));
	/* a word character: a lead from 0xc4 (U+0100 on), or 0xc3 but for × and ÷ */
	unsigned c3 = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, _mm_set1_epi8((char)0xc3)));
	unsigned sign = (unsigned)_mm_movemask_epi8(_mm_or_si128(
		_mm_cmpeq_epi8(x, _mm_set1_epi8((char)0x97)), _mm_cmpeq_epi8(x, _mm_set1_epi8((char)0xb7))));
	unsigned wlead = (lead & (unsigned)_mm_movemask_epi8(_mm_cmpgt_epi8(x, _mm_set1_epi8(-61)))) |
	                 (c3 & ~(sign >> 1));

	/* the first byte that is none of those, or a lead without its
	 * continuation byte, or one without its lead: the block stops there */
	unsigned bad = (high & ~(lead | cont)) | (lead & ~(cont >> 1)) | (cont & ~(lead << 1));

	if (bad)
		keep &= (1u << errata__ctz64(bad)) - 1;
	if (keep && (lead & (1u << (31 - __builtin_clz(keep)))))
		keep >>= 1;   /* a character cut by the end: left for the next step */
	if (keep < 3)
		return 0;     /* (not even the first character) */
	high &= keep;
	wlead &= lead;
	b[i >> 6] |= (uint64_t)(((m & ~high) | wlead | wlead << 1) & keep) << sh;
	dg[i >> 6] |= (uint64_t)(d & ~high & keep) << sh;
	mk[i >> 6] |= (uint64_t)(((k & ~high) | high) & keep) << sh;
	return (unsigned)__builtin_popcount(keep);
}
#endif

#ifdef ERRATA__AVX2
/* ascii_classes() for 32 bytes, with AVX2. */
__attribute__((target("avx2"))) static inline uint32_t ascii_classes32(__m256i x, uint32_t *digits,
                                                                       uint32_t *marks)
{
	__m256i y = _mm256_or_si256(x, _mm256_set1_epi8(0x20));
	__m256i dig = _mm256_cmpgt_epi8(_mm256_set1_epi8(-128 + 10),
	                                _mm256_add_epi8(x, _mm256_set1_epi8(128 - '0')));
	__m256i alp = _mm256_cmpgt_epi8(_mm256_set1_epi8(-128 + 26),
	                                _mm256_add_epi8(y, _mm256_set1_epi8(128 - 'a')));

	/*
	 * The marks by a table of their low four bits: each byte reads the
	 * entry of its low four bits (a byte from 0x80 reads 0) and is a
	 * mark when it is that entry, '\'' at 7, '-' at 13, and no ASCII
	 * byte elsewhere. One constant and two steps where two compares took
	 * two and three: the build's loop, which classifies 64 bytes at once,
	 * had more constants than registers and built one anew each time.
	 */
#define NO(l) (char)(0x80 | (l))
	__m256i mark = _mm256_setr_epi8(NO(0), NO(1), NO(2), NO(3), NO(4), NO(5), NO(6), '\'', NO(8),
	                                NO(9), NO(10), NO(11), NO(12), '-', NO(14), NO(15), NO(0),
	                                NO(1), NO(2), NO(3), NO(4), NO(5), NO(6), '\'', NO(8), NO(9),
	                                NO(10), NO(11), NO(12), '-', NO(14), NO(15));
#undef NO

	*digits = (uint32_t)_mm256_movemask_epi8(dig);
	*marks = (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(_mm256_shuffle_epi8(mark, x), x));
	return (uint32_t)_mm256_movemask_epi8(_mm256_or_si256(dig, alp));
}

/*
 * The build's whole 64-bit words of ASCII from s[i] (i a multiple of 64),
 * with AVX2: up to the first block of 64 bytes that holds a byte from 0x80
 * or ends past len. Returns where it stopped.
 */
__attribute__((target("avx2"))) static size_t build_avx2(uint64_t *b, uint64_t *dg, uint64_t *mk,
                                                         const unsigned char *s, size_t i,
                                                         size_t len)
{
	for (; i + 64 <= len; i += 64) {
		__m256i x0 = _mm256_loadu_si256((const __m256i *)(const void *)(s + i));
		__m256i x1 = _mm256_loadu_si256((const __m256i *)(const void *)(s + i + 32));
		uint32_t w0, w1, d0, d1, m0, m1;

		if (_mm256_movemask_epi8(_mm256_or_si256(x0, x1)))
			break;
		w0 = ascii_classes32(x0, &d0, &m0);
		w1 = ascii_classes32(x1, &d1, &m1);
		b[i >> 6] = (uint64_t)w0 | (uint64_t)w1 << 32;
		dg[i >> 6] = (uint64_t)d0 | (uint64_t)d1 << 32;
		mk[i >> 6] = (uint64_t)m0 | (uint64_t)m1 << 32;
	}
	return i;
}
#endif

/*
 * What a character of three bytes is, by the block of 64 code points its
 * first two bytes name (cp >> 6: 1024 blocks from U+0000): a word
 * character (cp_is_word()), one of a script written without spaces
 * (cp_unspaced()), a Hangul syllable (hangul_after_digit()), when every
 * character of the block is alike; else MIXED (and for the blocks that do
 * not decode in three bytes: below U+0800, the surrogates), and the
 * character is decoded. KIND_THREE: a character of three bytes, whatever
 * it is.
 */
enum { KIND_WORD = 1, KIND_UNSPACED = 2, KIND_HANGUL = 4, KIND_MIXED = 8, KIND_THREE = 16,
       KIND_KNOWN = 32 };

/*
 * The kinds of the blocks, worked out from those functions when a
 * character of the block is first read and kept for the process
 * (KIND_KNOWN): threads that fill one at once write the same byte.
 */
static unsigned char block_kinds[1024];

/* The kind of the character cp (without KIND_MIXED). */
static unsigned cp_kind(uint32_t cp)
{
	return (cp_is_word(cp) ? KIND_WORD : 0) | (cp_unspaced(cp) ? KIND_UNSPACED : 0) |
	       (cp >= 0xac00 && cp <= 0xd7a3 ? KIND_HANGUL : 0);
}

static unsigned block_kind_fill(uint32_t b)
{
	uint32_t first = b << 6;
	unsigned k = cp_kind(first);

	for (uint32_t cp = first + 1; cp < first + 64 && k != KIND_MIXED; cp++)
		if (cp_kind(cp) != k)
			k = KIND_MIXED;
	if (first < 0x800 || (first >= 0xd800 && first <= 0xdfff))
		k = KIND_MIXED;
	__atomic_store_n(&block_kinds[b], (unsigned char)(k | KIND_KNOWN), __ATOMIC_RELAXED);
	return k;
}

/*
 * The kind of the character at s[i] (s[i] in 0xe0..0xef, i + 2 < len)
 * with KIND_THREE, 0 when it does not decode in three bytes: from its
 * block, or decoded when the block is mixed.
 */
static inline unsigned three_byte_kind(const unsigned char *s, size_t i)
{
	uint32_t b, cp;
	unsigned k;

	if ((s[i + 1] & 0xc0) != 0x80 || (s[i + 2] & 0xc0) != 0x80)
		return 0;
	b = (uint32_t)(s[i] & 0x0f) << 6 | (s[i + 1] & 0x3f);
	k = __atomic_load_n(&block_kinds[b], __ATOMIC_RELAXED);
	k = k & KIND_KNOWN ? k & ~(unsigned)KIND_KNOWN : block_kind_fill(b);
	if (!(k & KIND_MIXED))
		return k | KIND_THREE;
	if (errata__utf8_decode(s + i, 3, &cp) != 3)
		return 0;
	return cp_kind(cp) | KIND_THREE;
}

/*
 * The splits of the word character cp of n bytes at s[i]: a Hangul
 * syllable right after a digit starts a word ("3일", "10년": the counter
 * is a word of its own); a character of a script without spaces is a
 * word, and so is what follows it.
 */
static inline void split_at(errata__word_index *ix, uint64_t *sp, size_t nw, size_t i, size_t j)
{
	if (!ix->has_splits) {
		memset(sp, 0, nw * sizeof(*sp));
		ix->has_splits = 1;
	}
	set_bit(sp, i);
	set_bit(sp, j);
}

static inline void mark_splits(errata__word_index *ix, uint64_t *sp, size_t nw,
                               const unsigned char *s, size_t i, size_t n, uint32_t cp)
{
	int hangul = hangul_after_digit(s, i, cp);

	if (hangul || cp_unspaced(cp))
		split_at(ix, sp, nw, i, hangul ? i : i + n);
}

/* ix->digit_runs from the bitmap of digits (carry: the last bit of the 64 before). */
static int digit_runs(errata__word_index *ix)
{
	const uint64_t *dg = ix->digits;
	uint64_t carry = 0;
	size_t n = 0;

	ix->digit_run_count = 0;
	for (size_t w = 0; w < ix->nw; w++) {
		uint64_t x = dg[w], first;

		if (!x) {
			carry = 0; /* most of the prose: no digit in 64 bytes */
			continue;
		}
		first = x & ~((x << 1) | carry);
		carry = x >> 63;
		/* room for the most runs 64 bytes hold, one every other byte */
		if (n + 32 > ix->digit_run_alloc) {
			size_t na = ix->digit_run_alloc ? ix->digit_run_alloc * 2 : 256;
			size_t *grown = realloc(ix->digit_runs, na * sizeof(*grown));

			if (!grown)
				return errata__oom();
			ix->digit_runs = grown;
			ix->digit_run_alloc = na;
		}
		for (; first; first &= first - 1)
			ix->digit_runs[n++] = w * 64 + errata__ctz64(first);
	}
	ix->digit_run_count = n;
	return 0;
}

int errata__word_index_build(errata__word_index *ix, const char *text, size_t len)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t nw = len / 64 + 2, i = 0;
	uint64_t *b, *sp, *dg, *mk;
#ifdef ERRATA__AVX2
	const int avx2 = errata__avx2();
#endif

	if (nw > ix->alloc) {
		uint64_t *nb = realloc(ix->bits, nw * sizeof(*nb)), *ns, *nd, *nm;

		if (!nb)
			return errata__oom();
		ix->bits = nb;
		if (!(ns = realloc(ix->splits, nw * sizeof(*ns))))
			return errata__oom();
		ix->splits = ns;
		if (!(nd = realloc(ix->digits, nw * sizeof(*nd))))
			return errata__oom();
		ix->digits = nd;
		if (!(nm = realloc(ix->marks, nw * sizeof(*nm))))
			return errata__oom();
		ix->marks = nm;
		ix->alloc = nw;
	}
	ix->nw = nw;
	b = ix->bits;
	sp = ix->splits;
	dg = ix->digits;
	mk = ix->marks;
	memset(b, 0, nw * sizeof(*b));
	memset(dg, 0, nw * sizeof(*dg));
	memset(mk, 0, nw * sizeof(*mk));
	/* the splits are cleared when the first character that needs one comes */
	ix->utf8 = 1;
	ix->has_splits = 0;
	ix->classified = 0;
	ix->hit_count = 0;
	ix->apart = 0;
	while (i < len) {
		size_t stop = len, n;
		unsigned kind;
		uint32_t cp;

#ifdef ERRATA__AVX2
		if (avx2 && !(i & 63))
			i = build_avx2(b, dg, mk, s, i, len);
#endif
#ifdef __SSE2__
		/* 64 bytes of ASCII that make a whole 64-bit word of the bitmaps: at once */
		while (!(i & 63) && i + 64 <= len) {
			const __m128i *q = (const __m128i *)(const void *)(s + i);
			__m128i x0 = _mm_loadu_si128(q), x1 = _mm_loadu_si128(q + 1);
			__m128i x2 = _mm_loadu_si128(q + 2), x3 = _mm_loadu_si128(q + 3);
			unsigned w0, w1, w2, w3, d0, d1, d2, d3, m0, m1, m2, m3;

			if (_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(x0, x1), _mm_or_si128(x2, x3))))
				break;
			w0 = ascii_classes(x0, &d0, &m0);
			w1 = ascii_classes(x1, &d1, &m1);
			w2 = ascii_classes(x2, &d2, &m2);
			w3 = ascii_classes(x3, &d3, &m3);
			b[i >> 6] = (uint64_t)w0 | (uint64_t)w1 << 16 | (uint64_t)w2 << 32 |
			            (uint64_t)w3 << 48;
			dg[i >> 6] = (uint64_t)d0 | (uint64_t)d1 << 16 | (uint64_t)d2 << 32 |
			             (uint64_t)d3 << 48;
			mk[i >> 6] = (uint64_t)m0 | (uint64_t)m1 << 16 | (uint64_t)m2 << 32 |
			             (uint64_t)m3 << 48;
			i += 64;
		}
		if (i + 16 <= len) {
			/* up to 16 bytes, never past the 64-bit word: the next step may be whole */
			unsigned sh = (unsigned)(i & 63), step = 64 - sh < 16 ? 64 - sh : 16;
			unsigned keep = (1u << step) - 1;
			__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
			unsigned high = (unsigned)_mm_movemask_epi8(x) & keep;

			if (!high) {
				ascii_bits16(b, dg, mk, x, i, step);
				i += step;
				continue;
			}
			stop = i + errata__ctz64((uint64_t)high);
			if (stop >= i + 4) {
				/* the ASCII before it, when four bytes or more, from the same classes */
				ascii_bits16(b, dg, mk, x, i, (unsigned)(stop - i));
				i = stop;
			}
		}
#endif
		/* ASCII bytes up to stop, then one character */
		for (; i < stop && s[i] < 0x80; i++)
			ascii_byte(b, dg, mk, s[i], i);
		/*
		 * characters of two bytes (Latin, Greek, Cyrillic, Hebrew, Arabic
		 * letters) or three (Chinese, Japanese, Korean) and the ASCII
		 * between them, without the vector steps
		 * after each: up to another kind of character, or ASCII that
		 * reaches a 64-bit word of the bitmaps, which they take
		 */
		for (;;) {
			/* (the length first: the text need not end in a NUL byte) */
			if (i + 2 < len && s[i] >= 0xe0 && s[i] <= 0xef && (kind = three_byte_kind(s, i))) {
				/* characters of three bytes (Chinese, Japanese, Korean,
				 * punctuation), as the general step below reads them */
				int word = kind & KIND_WORD;

				if ((i & 63) <= 61) {
					uint64_t three = (uint64_t)7 << (i & 63);

					mk[i >> 6] |= three;
					if (word)
						b[i >> 6] |= three;
				} else {
					for (size_t k = i; k < i + 3; k++) {
						set_bit(mk, k);
						if (word)
							set_bit(b, k);
					}
				}
				/* a word of its own, and what follows it; a counter after a digit */
				if (word && (kind & KIND_UNSPACED))
					split_at(ix, sp, nw, i, i + 3);
				else if (word && (kind & KIND_HANGUL) && i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9')
					split_at(ix, sp, nw, i, i);
				i += 3;
			} else if (i + 1 < len && s[i] >= 0xc2 && s[i] <= 0xdf && (s[i + 1] & 0xc0) == 0x80) {
				unsigned taken = 0;

#ifdef __SSE2__
				/* in a run of them in Greek, Cyrillic, Hebrew or Arabic (not
				 * the odd accent of Latin): a block of them, and the ASCII
				 * between, at once */
				if (s[i] >= 0xce && i + 16 <= len && s[i + 2] >= 0xc2 && s[i + 2] <= 0xdf)
					taken = two_byte_block(b, dg, mk, s, i);
#endif
				i += taken ? taken : two_byte_char(b, mk, s, i);
			} else {
				break;
			}
			if (i >= len || s[i] >= 0x80)
				continue;
#ifdef __SSE2__
			/* the ASCII after it, when four bytes or more, up to 16 at a
			 * time, never past the 64-bit word */
			while (i + 16 <= len && (i & 63) && !((s[i] | s[i + 1] | s[i + 2] | s[i + 3]) & 0x80)) {
				unsigned sh = (unsigned)(i & 63), step = 64 - sh < 16 ? 64 - sh : 16;
				__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
				unsigned high = (unsigned)_mm_movemask_epi8(x);
				unsigned run = high ? (unsigned)errata__ctz64((uint64_t)high) : 16;

				if (run > step)
					run = step;
				ascii_bits16(b, dg, mk, x, i, run);
				i += run;
			}
#endif
			for (; i < len && s[i] < 0x80 && (i & 63); i++)
				ascii_byte(b, dg, mk, s[i], i);
		}
		if (i >= len || s[i] < 0x80)
			continue;
		n = errata__utf8_decode(s + i, len - i, &cp);
		if (!n) {
			ix->utf8 = 0;   /* a byte that does not decode */
			set_bit(mk, i);
			i++;
			continue;
		}
		for (size_t k = i; k < i + n; k++)
			set_bit(mk, k);
		if (cp_is_word(cp)) {
			for (size_t k = i; k < i + n; k++)
				set_bit(b, k);
			mark_splits(ix, sp, nw, s, i, n, cp);
		}
		i += n;
	}
	/* a split only counts inside a run (and never past the text) */
	if (ix->has_splits)
		for (size_t w = 0; w < nw; w++)
			sp[w] &= b[w];
	return digit_runs(ix);
}

void errata__word_index_dispose(errata__word_index *ix)
{
	free(ix->bits);
	free(ix->splits);
	free(ix->digits);
	free(ix->marks);
	free(ix->hits);
	free(ix->digit_runs);
	for (size_t k = 0; k < ERRATA__WORD_APART_MAX; k++)
		free(ix->apart_words[k]);
	memset(ix, 0, sizeof(*ix));
	ix->utf8 = 1;
}

/* ---- classes ---------------------------------------------------------- */

#if defined(__GNUC__)
#define ALWAYS_INLINE inline __attribute__((always_inline))
#else
#define ALWAYS_INLINE inline
#endif

/* The bytes c may stand for in a table: itself, and its other ASCII case unless case_sensitive. */
static unsigned byte_cases(unsigned c, int case_sensitive, unsigned *out)
{
	out[0] = c;
	if (!case_sensitive && (c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
		out[1] = c ^ 0x20;
		return 2;
	}
	return 1;
}

void errata__word_lead_add(unsigned char *lead, unsigned bit, const char *word, size_t len,
                           int case_sensitive)
{
	const unsigned char *w = (const unsigned char *)word;
	unsigned char flag = (unsigned char)(1u << (bit == ERRATA__WORD_BY_LENGTH ? len % 8 : bit));
	unsigned a[2], b[256], c[256], na, nb = 0, nc = 0;

	na = byte_cases(w[0], case_sensitive, a);
	if (len >= 2)
		nb = byte_cases(w[1], case_sensitive, b);
	else
		/* after a word of one byte: any byte but an ASCII letter or digit, which would go on with it */
		for (unsigned x = 0; x < 256; x++)
			if (x >= 0x80 || !ascii_word((unsigned char)x))
				b[nb++] = x;
	if (len >= 3)
		nc = byte_cases(w[2], case_sensitive, c);
	else
		for (unsigned x = 0; x < 256; x++)
			c[nc++] = x;
	for (unsigned i = 0; i < na; i++)
		for (unsigned j = 0; j < nb; j++)
			for (unsigned k = 0; k < nc; k++)
				lead[errata__word_key(a[i] | b[j] << 8 | c[k] << 16)] |= flag;
}

/* Room for one more hit: 0, or ERRATA_ENOMEM. */
static int hits_grow(errata__word_index *ix)
{
	size_t n = ix->hit_alloc ? ix->hit_alloc * 2 : 256;
	errata__word_hit *h;

	if (!(h = realloc(ix->hits, n * sizeof(*h))))
		return errata__oom();
	ix->hits = h;
	ix->hit_alloc = n;
	return 0;
}

/* Room for one more word in the list `slot` of the classes listed apart: 0, or ERRATA_ENOMEM. */
static int apart_grow(errata__word_index *ix, size_t slot)
{
	size_t n = ix->apart_alloc[slot] ? ix->apart_alloc[slot] * 2 : 256;
	errata__word_span *v;

	if (!(v = realloc(ix->apart_words[slot], n * sizeof(*v))))
		return errata__oom();
	ix->apart_words[slot] = v;
	ix->apart_alloc[slot] = n;
	return 0;
}

static inline int hit_add(errata__word_index *ix, size_t ws, size_t we, size_t ps,
                          uint32_t classes)
{
	errata__word_hit *h;
	int error;

	if (ix->hit_count == ix->hit_alloc && (error = hits_grow(ix)))
		return error;
	h = &ix->hits[ix->hit_count++];
	h->start = ws;
	h->end = we;
	h->prev = ps;
	h->classes = classes;
	return 0;
}

/* The word [ws, we) into the list of the class listed apart `slot`. */
static ALWAYS_INLINE int apart_add(errata__word_index *ix, size_t slot, size_t ws, size_t we)
{
	int error;

	if (ix->apart_count[slot] == ix->apart_alloc[slot] && (error = apart_grow(ix, slot)))
		return error;
	ix->apart_words[slot][ix->apart_count[slot]++] = (errata__word_span){ ws, we };
	return 0;
}

/*
 * A flagged word, of the classes `classes`: into the lists of those of
 * its classes listed apart, and a hit when it has another. (ix->apart
 * is read here, not kept in a register through the walk: few words come
 * this way.)
 */
static ALWAYS_INLINE int word_add(errata__word_index *ix, size_t ws, size_t we, size_t ps,
                           uint32_t classes)
{
	if (classes & ix->apart) {
		if ((classes & ix->apart_class[0]) && apart_add(ix, 0, ws, we))
			return errata__oom();
		if ((classes & ix->apart_class[1]) && apart_add(ix, 1, ws, we))
			return errata__oom();
		if (!(classes & ~ix->apart))
			return 0;
	}
	return hit_add(ix, ws, we, ps, classes);
}

/* A table that flags no word: read where a caller gives none, so that every step reads alike. */
static const unsigned char no_table[65536];

void errata__word_classes_set_leads(errata__word_classes *wc, const unsigned char *const *lead,
                                    size_t n, const unsigned char *listed)
{
	const unsigned char *in[ERRATA__WORD_LEAD_TABLES] = { NULL };
	const unsigned char *a = no_table, *b = no_table, *c = no_table, *l = listed ? listed : no_table;
	const unsigned char *d = no_table;
	size_t k = 0, t;

	for (t = 0; t < n && t < ERRATA__WORD_LEAD_TABLES; t++)
		in[t] = lead[t];
	for (t = 0; wc->set && t < ERRATA__WORD_LEAD_TABLES && wc->lead[t] == in[t]; t++)
		;
	if (t == ERRATA__WORD_LEAD_TABLES && wc->listed == listed)
		return;
	a = in[0] ? in[0] : a;
	b = in[1] ? in[1] : b;
	c = in[2] ? in[2] : c;
	d = in[ERRATA__WORD_LEAD_WIDE] ? in[ERRATA__WORD_LEAD_WIDE] : d;
#ifdef __SSE2__
	/* 16 entries a step: the bytes of the lead tables, interleaved with those of listed and the wide table */
	for (; k < 65536; k += 16) {
#define LOAD16(table) _mm_loadu_si128((const __m128i *)(const void *)((table) + k))
		__m128i x = _mm_or_si128(_mm_or_si128(LOAD16(a), LOAD16(b)), LOAD16(c)), y = LOAD16(l);
		__m128i z = LOAD16(d), zero = _mm_setzero_si128();
#undef LOAD16
		__m128i lo = _mm_unpacklo_epi8(x, y), hi = _mm_unpackhi_epi8(x, y);
		__m128i zlo = _mm_unpacklo_epi8(z, zero), zhi = _mm_unpackhi_epi8(z, zero);

		_mm_storeu_si128((__m128i *)(void *)(wc->entry + k), _mm_unpacklo_epi16(lo, zlo));
		_mm_storeu_si128((__m128i *)(void *)(wc->entry + k + 4), _mm_unpackhi_epi16(lo, zlo));
		_mm_storeu_si128((__m128i *)(void *)(wc->entry + k + 8), _mm_unpacklo_epi16(hi, zhi));
		_mm_storeu_si128((__m128i *)(void *)(wc->entry + k + 12), _mm_unpackhi_epi16(hi, zhi));
	}
#endif
	for (; k < 65536; k++)
		wc->entry[k] = (uint32_t)(a[k] | b[k] | c[k]) | (uint32_t)l[k] << 8 | (uint32_t)d[k] << 16;
	memcpy(wc->lead, in, sizeof(in));
	wc->listed = listed;
	wc->set = 1;
}

void errata__word_classes_set(errata__word_classes *wc, const unsigned char *lead,
                              const unsigned char *listed)
{
	errata__word_classes_set_leads(wc, &lead, 1, listed);
}

void errata__word_classes_set_keys(errata__word_classes *wc, const unsigned char *lead,
                                   const unsigned char *keys, const unsigned char *listed)
{
	const unsigned char *both[2] = { lead, keys };

	errata__word_classes_set_leads(wc, both, 2, listed);
}

/* The first three bytes at s[i], the first lowest (0 past the text). */
static inline uint32_t first3_at(const unsigned char *s, size_t len, size_t i)
{
	return s[i] | (i + 1 < len ? (uint32_t)s[i + 1] << 8 : 0u) |
	       (i + 2 < len ? (uint32_t)s[i + 2] << 16 : 0u);
}

/*
 * The end of the word that starts at ws: the end of its run, or with
 * split the first split after ws in it, whichever comes first (the
 * bitmap's last 64 bits are clear).
 */
static inline size_t word_end(const errata__word_index *ix, size_t ws, int split)
{
	size_t w = ws >> 6;
	uint64_t y = ~ix->bits[w] | (split ? ix->splits[w] : 0);

	/* the bits after ws (in two shifts: ws may be the word's last bit) */
	if ((y = y >> (ws & 63) >> 1) != 0)
		return ws + 1 + errata__ctz64(y);
	do {
		w++;
		y = ~ix->bits[w] | (split ? ix->splits[w] : 0);
	} while (!y);
	return w * 64 + errata__ctz64(y);
}

/* Whether the first bytes of u and v (their lowest) are the same, in either ASCII case. */
static inline int same_first(uint32_t u, uint32_t v)
{
	return !((u ^ v) & 0xdf);
}

/*
 * The words that start in the 64-bit words [from, to) of the bitmap
 * (*carry: the last bit of the one before), the starts of runs and, with
 * split (ix->has_splits), the splits inside them: each one's entry in
 * the tables and first byte, and for the few that a table flags or whose
 * first letter is the one of the word before, their length (a hit when a
 * table has it, or when it is as long as the word before). *ps: the
 * start of the word before (0 before the first word). Its first bytes
 * are carried from its step, not read again from the text (a load fewer
 * a word). With safe, every start has three bytes after it in the text.
 * A word of a class listed apart (ix->apart) goes to that class's list
 * (word_add()), and is a hit only when it is of another class too.
 */
static ALWAYS_INLINE int walk_runs(errata__word_index *ix, const unsigned char *s, size_t len,
                                   const uint32_t *entry, size_t *ps, size_t from, size_t to,
                                   uint64_t *carry, int safe, int split)
{
	const uint64_t *b = ix->bits;
	size_t p = *ps;
	/* the first bytes of the word before (s[p] when none was read yet) */
	uint32_t pv = p < len ? s[p] : 0;

	for (size_t w = from; w < to; w++) {
		uint64_t x = b[w], st = x & ~((x << 1) | *carry);

		*carry = x >> 63;
		if (split)
			st |= ix->splits[w];
		for (; st; st &= st - 1) {
			size_t ws = w * 64 + errata__ctz64(st);
			uint32_t v, e;

			if (safe) {
				memcpy(&v, s + ws, 4);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
				v = __builtin_bswap32(v);
#endif
			} else {
				v = first3_at(s, len, ws);
			}
			e = entry[errata__word_key(v)];
			/* (two tests: each a branch nearly never taken, cheaper than
			 * one on both) */
			if (e || same_first(pv, v)) {
				/* flagged by a table, or its first letter may be the one
				 * before: its length (there is a word before unless p is 0
				 * and no word starts there, or starts there and is this one) */
				size_t we = word_end(ix, ws, split), n = we - ws;
				uint32_t m = (e & 0xffu) | ((e >> (n & 7)) & ERRATA__WORD_LISTED);

				/* of the wide table's classes, the one of its length */
				if (e & 0xff0000u)
					m |= e & ((uint32_t)0x10000 << errata__word_length_class(n));

				if (same_first(pv, v) && p < ws && (p || (b[0] & 1)) &&
				    word_end(ix, p, split) - p == n)
					m |= ERRATA__WORD_REPEAT;
				if (m && word_add(ix, ws, we, p, m))
					return errata__oom();
			}
			p = ws;
			pv = v;
		}
	}
	*ps = p;
	return 0;
}

int errata__word_index_classify(errata__word_index *ix, const char *text, size_t len,
                                const errata__word_classes *wc)
{
	return errata__word_index_classify_apart(ix, text, len, wc, 0);
}

int errata__word_index_classify_apart(errata__word_index *ix, const char *text, size_t len,
                                      const errata__word_classes *wc, uint32_t apart)
{
	const unsigned char *s = (const unsigned char *)text;
	/* the start of the word before */
	size_t ps = 0;
	int error = 0;

	ix->hit_count = 0;
	/* an array even when nothing is flagged: consumers walk hits to hits + hit_count */
	if (!ix->hits && (error = hits_grow(ix)))
		return error;
	/* the lowest ERRATA__WORD_APART_MAX classes of apart, each with its list (an array, never NULL) */
	ix->apart = 0;
	apart &= 0xff;
	for (size_t slot = 0; slot < ERRATA__WORD_APART_MAX; slot++) {
		ix->apart_class[slot] = apart & (0 - apart);
		ix->apart |= ix->apart_class[slot];
		apart &= apart - 1;
		ix->apart_count[slot] = 0;
		if (ix->apart_class[slot] && !ix->apart_words[slot] && (error = apart_grow(ix, slot)))
			return error;
	}
	memcpy(ix->lead, wc->lead, sizeof(ix->lead));
	ix->listed = wc->listed;
	{
		/* the 64-bit words whose every start has three bytes after it, then the rest */
		size_t safe = len > 66 ? (len - 3) / 64 : 0;
		uint64_t carry = 0;

		if (ix->has_splits) {
			/* words inside runs too */
			if (!(error = walk_runs(ix, s, len, wc->entry, &ps, 0, safe, &carry, 1, 1)))
				error = walk_runs(ix, s, len, wc->entry, &ps, safe, ix->nw, &carry, 0, 1);
		} else {
			if (!(error = walk_runs(ix, s, len, wc->entry, &ps, 0, safe, &carry, 1, 0)))
				error = walk_runs(ix, s, len, wc->entry, &ps, safe, ix->nw, &carry, 0, 0);
		}
	}
	ix->classified = !error;
	return error;
}
