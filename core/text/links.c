/*
 * links.c: bare URLs and e-mail addresses, masked in every format.
 *
 * A URL starts with a scheme followed by "://" (http, https, ftp, ...) or
 * with "www." at the start of a word, and runs to white space, a quote,
 * an angle bracket, or a closing bracket that it did not open itself (so
 * a Wikipedia-style "..._(film)" keeps its parenthesis while "(see
 * https://example.com)" does not). Sentence punctuation at its very end
 * stays prose. An e-mail address is local@domain.tld, with an optional
 * "mailto:" before it. "://" and '@' are found with memchr/memmem, and
 * "www." by its dot after a 'w' (a scan that passes over the many other
 * full stops without a call each), so text without them costs little.
 */
#include "common.h"
#include "text/text.h"

#include <stdint.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#ifdef ERRATA__AVX2
#include <immintrin.h>
#endif

/* Where the URL starting at p[i] ends. */
static size_t url_end(const char *p, size_t i, size_t n)
{
	size_t start = i;
	int paren = 0, bracket = 0;

	while (i < n) {
		unsigned char c = (unsigned char)p[i];

		if (c <= ' ' || c == 0x7f || c == '<' || c == '>' || c == '"' ||
		    c == '\'' || c == '`' || c == '{' || c == '}' || c == '|' || c == '\\')
			break;
		if (c == '(') {
			paren++;
		} else if (c == ')') {
			if (paren == 0)
				break;
			paren--;
		} else if (c == '[') {
			bracket++;
		} else if (c == ']') {
			if (bracket == 0)
				break;
			bracket--;
		} else if (c >= 0x80) {
			unsigned char c1 = i + 1 < n ? (unsigned char)p[i + 1] : 0;
			unsigned char c2 = i + 2 < n ? (unsigned char)p[i + 2] : 0;

			/* no-break space, guillemets, curly quotes, dashes, ellipsis */
			if (c == 0xc2 && (c1 == 0xa0 || c1 == 0xab || c1 == 0xbb))
				break;
			if (c == 0xe2 && c1 == 0x80 &&
			    ((c2 >= 0x93 && c2 <= 0x9f) || c2 == 0xa6 || (c2 >= 0x80 && c2 <= 0x8b) ||
			     c2 == 0xaf || c2 == 0xb9 || c2 == 0xba))
				break;
			if (c == 0xe3 && c1 == 0x80 && c2 == 0x80) /* ideographic space */
				break;
			i++;
			while (i < n && ((unsigned char)p[i] & 0xc0) == 0x80)
				i++;
			continue;
		}
		i++;
	}
	while (i > start && strchr(".,;:!?", p[i - 1]) != NULL)
		i--;
	return i;
}

static int is_scheme_char(unsigned char c)
{
	return errata__is_alnum(c) || c == '+' || c == '-' || c == '.';
}

size_t errata__url_scheme(const char *p, size_t c, size_t lo, size_t n, size_t *start)
{
	size_t s = c, e;

	if (n - c < 3 || memcmp(p + c, "://", 3) != 0)
		return 0;
	while (s > lo && c - s < 32 && is_scheme_char((unsigned char)p[s - 1]))
		s--;
	while (s < c && !errata__is_alpha((unsigned char)p[s]))
		s++;
	if (c - s < 2)
		return 0;
	e = url_end(p, c + 3, n);
	if (e == c + 3)
		return 0;
	*start = s;
	return e;
}

size_t errata__url_www(const char *p, size_t w, size_t lo, size_t n)
{
	if (n - w < 5 || errata__strncasecmp_ascii(p + w, "www.", 4) != 0 ||
	    !errata__is_alnum((unsigned char)p[w + 4]))
		return 0;
	if (w > lo) {
		unsigned char b = (unsigned char)p[w - 1];

		if (errata__is_alnum(b) || b >= 0x80 || strchr(".-/@:_", b))
			return 0;
	}
	return url_end(p, w, n);
}

/* URLs with a scheme: find each "://". */
static void mask_schemes(char *p, size_t n)
{
	size_t i = 0;

	while (i + 3 < n) {
		const char *hit = errata__memmem(p + i, n - i, "://", 3);
		size_t c, s = 0, e;

		if (!hit)
			break;
		c = (size_t)(hit - p);
		e = errata__url_scheme(p, c, 0, n, &s);
		if (e) {
			errata__mask(p, s, e);
			i = e;
		} else {
			i = c + 3;
		}
	}
}

#ifdef ERRATA__AVX2
/* Where p[k] is a '.' after a 'w' or 'W', for the 32 places k from p. */
__attribute__((target("avx2"))) static inline __m256i w_dots_avx2(const char *p)
{
	const __m256i dot = _mm256_set1_epi8('.'), w = _mm256_set1_epi8('w'), c20 = _mm256_set1_epi8(0x20);
	__m256i x = _mm256_loadu_si256((const __m256i *)(const void *)p);
	__m256i b = _mm256_loadu_si256((const __m256i *)(const void *)(p - 1));

	return _mm256_and_si256(_mm256_cmpeq_epi8(x, dot), _mm256_cmpeq_epi8(_mm256_or_si256(b, c20), w));
}

/*
 * next_w_dot() with AVX2: each byte beside the one before it, 64 places
 * a step with one test for both halves (few steps find one), then 32.
 */
__attribute__((target("avx2"))) static size_t next_w_dot_avx2(const char *p, size_t i, size_t end)
{
	const __m256i dot = _mm256_set1_epi8('.'), w = _mm256_set1_epi8('w'), c20 = _mm256_set1_epi8(0x20);

	for (; i + 64 <= end; i += 64) {
		const __m256i a = w_dots_avx2(p + i), b = w_dots_avx2(p + i + 32);
		const __m256i ab = _mm256_or_si256(a, b);

		if (!_mm256_testz_si256(ab, ab)) {
			uint64_t m = (uint64_t)(uint32_t)_mm256_movemask_epi8(a) |
			             (uint64_t)(uint32_t)_mm256_movemask_epi8(b) << 32;

			return i + (size_t)__builtin_ctzll(m);
		}
	}
	for (; i + 32 <= end; i += 32) {
		__m256i x = _mm256_loadu_si256((const __m256i *)(const void *)(p + i));
		__m256i b = _mm256_loadu_si256((const __m256i *)(const void *)(p + i - 1));
		uint32_t m = (uint32_t)_mm256_movemask_epi8(_mm256_and_si256(
			_mm256_cmpeq_epi8(x, dot), _mm256_cmpeq_epi8(_mm256_or_si256(b, c20), w)));

		if (m)
			return i + (size_t)__builtin_ctz(m);
	}
	for (; i < end; i++)
		if (p[i] == '.' && (p[i - 1] | 0x20) == 'w')
			return i;
	return end;
}
#endif

/*
 * The first '.' in p[i, end) right after a 'w' or 'W' (i >= 1), or end:
 * where a "www." may end. With AVX2 where the processor has it,
 * next_w_dot_avx2(). With SSE2, the dots of 32 bytes are found with
 * one test and each is looked at in turn, so the many sentence full stops
 * cost no call each.
 */
static size_t next_w_dot(const char *p, size_t i, size_t end)
{
#ifdef ERRATA__AVX2
	if (errata__avx2())
		return next_w_dot_avx2(p, i, end);
#endif
#ifdef __SSE2__
	const __m128i dot = _mm_set1_epi8('.');

	while (i + 32 <= end) {
		__m128i a = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
		__m128i b = _mm_loadu_si128((const __m128i *)(const void *)(p + i + 16));
		uint32_t m = (uint32_t)_mm_movemask_epi8(_mm_cmpeq_epi8(a, dot)) |
		             (uint32_t)_mm_movemask_epi8(_mm_cmpeq_epi8(b, dot)) << 16;

		for (; m; m &= m - 1) {
			size_t at = i + (size_t)__builtin_ctz(m);

			if ((p[at - 1] | 0x20) == 'w')
				return at;
		}
		i += 32;
	}
#endif
	for (; i < end; i++)
		if (p[i] == '.' && (p[i - 1] | 0x20) == 'w')
			return i;
	return end;
}

/* URLs that start with "www." (any case) at the start of a word. */
static void mask_www(char *p, size_t n)
{
	size_t i = 3;

	while (i + 1 < n) {
		size_t w, e;

		i = next_w_dot(p, i, n - 1);
		if (i >= n - 1)
			break;
		w = i - 3;
		e = (p[w] | 0x20) == 'w' ? errata__url_www(p, w, 0, n) : 0;
		if (e) {
			errata__mask(p, w, e);
			i = e > i + 1 ? e : i + 1;
		} else {
			i++;
		}
	}
}

static int is_local_char(unsigned char c)
{
	return errata__is_alnum(c) || (c && strchr("._%+-", c));
}

/* E-mail addresses: find each '@'. */
static void mask_emails(char *p, size_t n)
{
	size_t i = 0;

	while (i < n) {
		const char *hit = memchr(p + i, '@', n - i);
		size_t at, s, e, last_dot = 0, tld;

		if (!hit)
			break;
		at = (size_t)(hit - p);
		i = at + 1;
		s = at;
		while (s > 0 && at - s < 64 && is_local_char((unsigned char)p[s - 1]))
			s--;
		while (s < at && p[s] == '.')
			s++;
		if (s == at)
			continue;
		e = at + 1;
		while (e < n && (errata__is_alnum((unsigned char)p[e]) || p[e] == '-' || p[e] == '.'))
			e++;
		while (e > at + 1 && (p[e - 1] == '.' || p[e - 1] == '-'))
			e--;
		for (size_t k = e; k > at + 1; k--) {
			if (p[k - 1] == '.') {
				last_dot = k - 1;
				break;
			}
		}
		if (!last_dot || last_dot == at + 1 || p[at + 1] == '.' || p[at + 1] == '-')
			continue;
		for (tld = last_dot + 1; tld < e && errata__is_alpha((unsigned char)p[tld]); tld++)
			;
		if (tld != e || e - last_dot - 1 < 2)
			continue;
		if (s >= 7 && !errata__strncasecmp_ascii(p + s - 7, "mailto:", 7))
			s -= 7;
		errata__mask(p, s, e);
		i = e;
	}
}

void errata__links_mask(char *prose, size_t n)
{
	mask_schemes(prose, n);
	mask_www(prose, n);
	mask_emails(prose, n);
}
