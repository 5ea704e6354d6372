/*
 * token.c: the tokenizer behind date extraction. One call reads one token;
 * words are folded to lower case as they are read, so that the locale
 * table (folded the same way at load time) can be looked up directly.
 */
#include "token.h"

#include <string.h>
#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#endif

#include "common.h"

uint32_t errata__fold_cp(uint32_t cp)
{
	if (cp < 0x80)
		return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
	if (cp >= 0xc0 && cp <= 0xde && cp != 0xd7)
		return cp + 32;
	if (cp >= 0x100 && cp <= 0x17f) {
		if (cp == 0x130)
			return 'i';
		if (cp == 0x178)
			return 0xff;
		if ((cp <= 0x137 || (cp >= 0x14a && cp <= 0x177)) && !(cp & 1))
			return cp + 1;
		if (((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17e)) && (cp & 1))
			return cp + 1;
		return cp;
	}
	/* Romanian S and T with a comma below */
	if (cp >= 0x218 && cp <= 0x21b && !(cp & 1))
		return cp + 1;
	if (cp >= 0x391 && cp <= 0x3ab && cp != 0x3a2)
		return cp + 32;
	if (cp >= 0x400 && cp <= 0x40f)
		return cp + 0x50;
	if (cp >= 0x410 && cp <= 0x42f)
		return cp + 0x20;
	if (((cp >= 0x460 && cp <= 0x481) || (cp >= 0x48a && cp <= 0x4bf) ||
	     (cp >= 0x4d0 && cp <= 0x52f)) && !(cp & 1))
		return cp + 1;
	if (((cp >= 0x1e00 && cp <= 0x1e95) || (cp >= 0x1ea0 && cp <= 0x1eff)) && !(cp & 1))
		return cp + 1;
	if (cp == 0x2019 || cp == 0x2018 || cp == 0x2bc)
		return '\'';
	return cp;
}

static int is_apostrophe(uint32_t cp)
{
	return cp == '\'' || cp == 0x2019 || cp == 0x2bc;
}

int errata__is_cjk_letter(uint32_t cp)
{
	return (cp >= 0x3040 && cp <= 0x30ff && cp != 0x30fb && cp != 0x30a0) || /* kana, not ・ */
	       cp == 0x3005 || cp == 0x3006 ||                 /* 々 〆 */
	       (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff) ||
	       (cp >= 0xf900 && cp <= 0xfaff) ||               /* ideographs */
	       (cp >= 0x1100 && cp <= 0x11ff) || (cp >= 0x3130 && cp <= 0x318f) ||
	       (cp >= 0xac00 && cp <= 0xd7af) ||               /* hangul */
	       (cp >= 0xff66 && cp <= 0xff9f);                 /* half-width katakana */
}

/*
 * Letters as far as dates care: Latin, Greek, Cyrillic, combining marks,
 * and the letters of Chinese, Japanese and Korean, which are written
 * without spaces: a run of them is one word token, and the date code
 * for those scripts (cjk.c) looks inside it.
 */
static int is_letter(uint32_t cp)
{
	if (cp < 0x80)
		return (cp | 32) >= 'a' && (cp | 32) <= 'z';
	if (cp == 0x2bc)
		return 0;
	return (cp >= 0xc0 && cp <= 0x24f && cp != 0xd7 && cp != 0xf7) ||
	       (cp >= 0x250 && cp <= 0x2ff) || (cp >= 0x300 && cp <= 0x36f) ||
	       (cp >= 0x370 && cp <= 0x3ff) || (cp >= 0x400 && cp <= 0x52f) ||
	       (cp >= 0x1e00 && cp <= 0x1eff) || (cp >= 0x1100 && errata__is_cjk_letter(cp));
}

/* is_letter(), with the letters of two bytes, ideographs, kana and
 * hangul syllables in line. */
static inline int letter_fast(uint32_t cp)
{
	if (cp >= 0xc0 && cp <= 0x52f)
		return cp != 0xd7 && cp != 0xf7 && cp != 0x2bc;
	if ((cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xac00 && cp <= 0xd7af))
		return 1;
	if (cp >= 0x3040 && cp <= 0x30ff)
		return cp != 0x30fb && cp != 0x30a0;
	return is_letter(cp);
}

/* errata__fold_cp(), with Cyrillic's basic letters in line. */
static inline uint32_t fold_fast(uint32_t cp)
{
	if (cp >= 0x430 && cp <= 0x45f)
		return cp;
	if (cp >= 0x410 && cp <= 0x42f)
		return cp + 0x20;
	return errata__fold_cp(cp);
}

static int is_space(uint32_t cp)
{
	return cp == ' ' || (cp >= '\t' && cp <= '\r') || cp == 0xa0 ||
	       (cp >= 0x2000 && cp <= 0x200b) || cp == 0x202f || cp == 0x205f ||
	       cp == 0x3000 || cp == 0xfeff;
}

/* Decode at pos; an invalid byte reads as U+FFFD of length 1. */
static inline size_t decode(const char *s, size_t len, size_t pos, uint32_t *cp)
{
	unsigned char c = (unsigned char)s[pos];
	size_t n;

	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	n = errata__utf8_decode((const unsigned char *)s + pos, len - pos, cp);
	if (n == 0) {
		*cp = 0xfffd;
		n = 1;
	}
	return n;
}

int errata__is_alnum_at(const char *s, size_t len, size_t pos)
{
	uint32_t cp;

	if (pos >= len)
		return 0;
	decode(s, len, pos, &cp);
	return (cp >= '0' && cp <= '9') || is_letter(cp);
}

static void put_fold(errata__tok *t, uint32_t cp)
{
	char enc[4];
	size_t n;

	if (t->flen == (size_t)-1)
		return;
	cp = fold_fast(cp);
	if (cp >= 0x80 && cp < 0x800 && t->flen + 2 < ERRATA__TOK_FOLD) {
		/* (two bytes, as errata__utf8_encode() writes them) */
		t->fold[t->flen++] = (char)(0xc0 | cp >> 6);
		t->fold[t->flen++] = (char)(0x80 | (cp & 0x3f));
		return;
	}
	n = errata__utf8_encode(cp, enc);
	if (t->flen + n >= ERRATA__TOK_FOLD) {
		t->flen = (size_t)-1;
		return;
	}
	for (size_t i = 0; i < n; i++)
		t->fold[t->flen++] = enc[i];
}

/* Whether the apostrophe or hyphen cp at pos (n bytes) goes on inside a
 * word: a letter follows it. */
static int joins_word(const char *s, size_t len, size_t pos, size_t n)
{
	uint32_t next;

	if (pos + n >= len)
		return 0;
	decode(s, len, pos + n, &next);
	return is_letter(next);
}

size_t errata__tok_word_end(const char *s, size_t len, size_t pos)
{
	uint32_t cp;
	size_t n;

	for (;;) {
		pos = errata__ascii_letters_end(s, len, pos);
		/* (any other ASCII byte but an apostrophe or hyphen ends the word) */
		if (pos >= len || ((unsigned char)s[pos] < 0x80 && s[pos] != '\'' && s[pos] != '-'))
			break;
		n = decode(s, len, pos, &cp);
		if (is_letter(cp)) {
			/* a run of letters outside ASCII, read on at once */
			do
				pos += n;
			while (pos < len && (unsigned char)s[pos] >= 0x80 &&
			       (n = decode(s, len, pos, &cp), letter_fast(cp)));
			continue;
		}
		if (!(is_apostrophe(cp) || cp == '-') || !joins_word(s, len, pos, n))
			break;
		pos += n;
	}
	return pos;
}

/* Every field of t cleared but the kind and the bytes. */
static inline void tok_clear(errata__tok *t)
{
	t->num = 0;
	t->ndigits = 0;
	t->cp = 0;
	t->upper = 0;
	t->hyphen = 0;
	t->hyphen_flen = 0;
	t->flen = 0;
	t->fold[0] = '\0';
}

/* (kept out of line: its register saves would otherwise be paid by
 * every number and punctuation mark) */
#if defined(__GNUC__)
#define NOINLINE __attribute__((noinline))
#else
#define NOINLINE
#endif
static NOINLINE void tok_word(const char *s, size_t len, size_t pos, errata__tok *t);
static NOINLINE void tok_next_word(const char *s, size_t len, size_t pos, errata__tok *t);

/*
 * The run of ASCII digits at s[pos], as a number token: its value (up to
 * nine digits), its digit count and its place. The value is summed in a
 * local: a store through t may alias the text, so the compiler would
 * write both back on every digit.
 */
static inline void tok_number(const char *s, size_t len, size_t pos, errata__tok *t)
{
	unsigned long num = 0;
	size_t from = pos;

	while (pos < len && s[pos] >= '0' && s[pos] <= '9') {
		if (num < 100000000UL)
			num = num * 10 + (unsigned long)(s[pos] - '0');
		pos++;
	}
	t->kind = ERRATA__TOK_NUM;
	t->num = num;
	t->ndigits = (int)(pos - from);
	t->start = from;
	t->end = pos;
}

/*
 * The end of the text, a number or an ASCII punctuation mark after ASCII
 * white space, the tokens a date is mostly made of, are read here; words
 * and anything outside ASCII by tok_word().
 */
void errata__tok_next(const char *s, size_t len, size_t pos, errata__tok *t)
{
	unsigned char b;

	while (pos < len && ((b = (unsigned char)s[pos]) == ' ' || (b >= '\t' && b <= '\r')))
		pos++;
	if (pos >= len) {
		tok_clear(t);
		t->kind = ERRATA__TOK_END;
		t->start = t->end = len;
		return;
	}
	b = (unsigned char)s[pos];
	if (b >= '0' && b <= '9') {
		tok_clear(t);
		tok_number(s, len, pos, t);
		return;
	}
	if (b < 0x80 && (unsigned int)((b | 32) - 'a') >= 26u) {
		tok_clear(t);
		t->kind = ERRATA__TOK_PUNCT;
		t->cp = b;
		t->start = pos;
		t->end = pos + 1;
		return;
	}
	tok_word(s, len, pos, t);
}

/*
 * Most words: up to fifteen ASCII letters that nothing goes on from (no
 * apostrophe, hyphen or letter outside ASCII after them), read sixteen
 * bytes at once and folded as they are read; any other word is read by
 * tok_next_word(). (Apart from it, so that these words do not pay for
 * the registers it saves.)
 */
static NOINLINE void tok_word(const char *s, size_t len, size_t pos, errata__tok *t)
{
#if defined(__SSE2__) && defined(__GNUC__)
	if ((unsigned char)s[pos] < 0x80 && pos + 16 <= len) {
		__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + pos));
		__m128i folded = _mm_or_si128(x, _mm_set1_epi8(0x20));
		/* adding 0x1f takes 'a'..'z' to the lowest bytes as signed, and
		 * every other byte above them */
		__m128i letters = _mm_cmplt_epi8(_mm_add_epi8(folded, _mm_set1_epi8(0x1f)),
		                                 _mm_set1_epi8(-0x80 + 26));
		unsigned int others = ~(unsigned int)_mm_movemask_epi8(letters) & 0xffffu;
		size_t n = others ? (size_t)__builtin_ctz(others) : 0, end = pos + n;

		if (n && (unsigned char)s[end] < 0x80 && s[end] != '\'' && s[end] != '-') {
			/* (the bytes past the NUL are unused) */
			_mm_storeu_si128((__m128i *)(void *)t->fold, folded);
			t->kind = ERRATA__TOK_WORD;
			t->ndigits = 0;
			t->cp = 0;
			t->upper = s[pos] <= 'Z';
			t->start = pos;
			t->end = end;
			t->num = 0;
			t->hyphen = 0;
			t->hyphen_flen = 0;
			t->flen = n;
			t->fold[n] = '\0';
			return;
		}
	}
#endif
	tok_next_word(s, len, pos, t);
}

static NOINLINE void tok_next_word(const char *s, size_t len, size_t pos, errata__tok *t)
{
	uint32_t cp;
	size_t n;

	t->kind = ERRATA__TOK_END;
	tok_clear(t);
	for (;;) {
		unsigned char b;

		if (pos >= len) {
			t->start = t->end = len;
			return;
		}
		b = (unsigned char)s[pos];
		if (b < 0x80) {
			/* (is_space() of an ASCII byte) */
			if (b == ' ' || (b >= '\t' && b <= '\r')) {
				pos++;
				continue;
			}
			cp = b;
			n = 1;
			break;
		}
		n = decode(s, len, pos, &cp);
		if (!is_space(cp))
			break;
		pos += n;
	}
	t->start = pos;
	if (cp >= '0' && cp <= '9') {
		tok_number(s, len, pos, t);
		return;
	}
	if (cp < 0x80 ? (unsigned int)((cp | 32) - 'a') >= 26u : !is_letter(cp)) {
		t->kind = ERRATA__TOK_PUNCT;
		t->cp = is_apostrophe(cp) ? '\'' : cp;
		t->end = pos + n;
		return;
	}
	t->kind = ERRATA__TOK_WORD;
	t->upper = cp < 0x80 ? cp >= 'A' && cp <= 'Z' : errata__fold_cp(cp) != cp;
	for (;;) {
		/* Fast path for ASCII letters: eight at a time, then one by one. */
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
		while (pos + 8 <= len && t->flen <= ERRATA__TOK_FOLD - 9) {
			const uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;
			uint64_t x, y, stop;
			size_t k;

			memcpy(&x, s + pos, 8);
			/* high bit of each byte: not a letter ((x | 0x20) outside 'a'..'z') */
			y = (x | (0x20 * ones)) & ~high;
			stop = ~((y + 0x1f * ones) & ~(y + 0x05 * ones) & ~x) & high;
			k = stop ? (size_t)__builtin_ctzll(stop) >> 3 : 8;
			/* folded; the bytes past the letters are overwritten or unused */
			x |= 0x20 * ones;
			memcpy(t->fold + t->flen, &x, 8);
			t->flen += k;
			pos += k;
			if (k < 8)
				break;
		}
#endif
		while (pos < len) {
			unsigned char c = (unsigned char)s[pos];

			if ((c | 32) < 'a' || (c | 32) > 'z')
				break;
			if (t->flen < ERRATA__TOK_FOLD - 1)
				t->fold[t->flen++] = (char)(c | 32);
			else
				t->flen = (size_t)-1;
			pos++;
		}
		/* (any other ASCII byte but an apostrophe or hyphen ends the word) */
		if (pos >= len || ((unsigned char)s[pos] < 0x80 && s[pos] != '\'' && s[pos] != '-'))
			break;
		n = decode(s, len, pos, &cp);
		if (is_letter(cp)) {
			/* a run of letters outside ASCII, folded as they are read */
			do {
				put_fold(t, cp);
				pos += n;
			} while (pos < len && (unsigned char)s[pos] >= 0x80 &&
			         (n = decode(s, len, pos, &cp), letter_fast(cp)));
			continue;
		}
		if (is_apostrophe(cp) || cp == '-') {
			if (!joins_word(s, len, pos, n))
				break;
			if (cp == '-' && !t->hyphen) {
				t->hyphen = pos;
				t->hyphen_flen = t->flen;
			}
			put_fold(t, cp);
			pos += n;
			continue;
		}
		break;
	}
	t->end = pos;
	if (t->flen == (size_t)-1)
		t->flen = 0;
	t->fold[t->flen] = '\0';
}

/* The sieve's bits for one code point and for a pair. */
static inline uint32_t lead_one(uint32_t a)
{
	return a & 4095u;
}

static inline uint32_t lead_two(uint32_t a, uint32_t b)
{
	return (a * 0x9e3779b1u ^ b * 0x85ebca6bu) >> 20;
}

#define LEAD_SET(v, h) ((v)[(h) >> 6] |= (uint64_t)1 << ((h) & 63))
#define LEAD_HAS(v, h) (((v)[(h) >> 6] >> ((h) & 63)) & 1)

void errata__tok_lead_add(errata__tok_lead *l, const char *key, size_t klen)
{
	uint32_t a, b;
	size_t n;

	if (!klen)
		return;
	n = decode(key, klen, 0, &a);
	LEAD_SET(l->one, lead_one(a));
	if (n < klen) {
		decode(key, klen, n, &b);
		if (is_letter(b))
			LEAD_SET(l->two, lead_two(a, b));
	}
}

/*
 * (Why a word the sieve turns down matches no key: errata__tok_next() at a
 * letter reads a word from there, its folded form starting with the
 * letters' folded code points; a key it matches, whole or before the
 * first hyphen, starts with the same first code point, and with the same
 * first two when the second letter is one, a hyphen coming only later.)
 */
int errata__tok_lead_may(const errata__tok_lead *l, const char *s, size_t len, size_t pos)
{
	uint32_t a, b;
	size_t n;

	if (pos >= len || (unsigned char)s[pos] < 0x80)
		return 1;
	n = decode(s, len, pos, &a);
	if (!letter_fast(a) || (a = fold_fast(a)) < 0x80)
		return 1;
	if (!LEAD_HAS(l->one, lead_one(a)))
		return 0;
	if (pos + n >= len)
		return 1;
	decode(s, len, pos + n, &b);
	if (!letter_fast(b))
		return 1;
	return (int)LEAD_HAS(l->two, lead_two(a, fold_fast(b)));
}
