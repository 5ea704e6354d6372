/*
 * text/prose.c: the byte classes of text/prose.h: the ASCII lower-case
 * and word tables, whether a non-ASCII character is a letter, and a
 * four-digit year.
 */
#include "text/prose.h"

#include <stdint.h>
#include <utf8proc.h>

#include "common.h"

/* ASCII lower case of every byte (others unchanged). */
const unsigned char errata__lower_ascii[256] = {
#define L4(b) L1(b), L1(b + 1), L1(b + 2), L1(b + 3)
#define L1(c) ((unsigned char)((c) >= 'A' && (c) <= 'Z' ? (c) + 32 : (c)))
#define L16(b) L4(b), L4(b + 4), L4(b + 8), L4(b + 12)
	L16(0), L16(16), L16(32), L16(48), L16(64), L16(80), L16(96), L16(112),
	L16(128), L16(144), L16(160), L16(176), L16(192), L16(208), L16(224), L16(240)
#undef L16
#undef L1
#undef L4
};

/* errata__is_word_ascii()'s table: the ASCII letters and digits. */
const unsigned char errata__ascii_word[256] = {
#define W1(c) ((c) >= '0' && (c) <= '9') || ((c) >= 'A' && (c) <= 'Z') || ((c) >= 'a' && (c) <= 'z')
#define W4(b) W1(b), W1(b + 1), W1(b + 2), W1(b + 3)
#define W16(b) W4(b), W4(b + 4), W4(b + 8), W4(b + 12)
	W16(0), W16(16), W16(32), W16(48), W16(64), W16(80), W16(96), W16(112)
#undef W16
#undef W4
#undef W1
};

int errata__is_word_char(const char *text, size_t len, size_t i)
{
	unsigned char c = (unsigned char)text[i];
	uint32_t cp = 0;

	if ((c & 0xc0) == 0x80)
		return 1; /* inside a character */
	if (!errata__utf8_decode((const unsigned char *)text + i, len - i, &cp))
		return 0;
	/* punctuation, spaces and symbols are not letters */
	if (cp < 0xc0 || cp == 0xd7 || cp == 0xf7)
		return 0;
	if ((cp >= 0x2000 && cp <= 0x2bff) || (cp >= 0x3000 && cp <= 0x303f) ||
	    (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff0f))
		return 0;
	return 1;
}

/*
 * errata__same_folded() past its first test: the same text as ASCII but
 * for case (up to a NUL both have), or character for character by their
 * lower case. Out of line: the library calls make it save registers,
 * which the first test need not pay.
 */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static int same_folded_chars(const char *a, const char *b, size_t n)
{
	const unsigned char *x = (const unsigned char *)a, *y = (const unsigned char *)b;
	size_t i;
	unsigned char seen = 0;

	/* as ASCII but for case, the bytes before the first that differs */
	for (i = 0; i < n && errata__lower_ascii[x[i]] == errata__lower_ascii[y[i]]; i++) {
		if (!x[i])
			return 1;
		seen |= x[i];
	}
	if (i == n)
		return 1;
	/* character for character: the bytes before i, all ASCII, pass, and
	 * two ASCII ones at i differ; else from the start */
	if (!(seen & 0x80)) {
		if (x[i] < 0x80 && y[i] < 0x80)
			return 0;
	} else {
		i = 0;
	}
	while (i < n) {
		uint32_t ca, cb;
		size_t la = errata__utf8_decode(x + i, n - i, &ca), lb = errata__utf8_decode(y + i, n - i, &cb);

		if (!la || la != lb)
			return 0;
		/* (two ASCII characters by the table: the library's lower case of
		 * one is the ASCII lower case, and a call costs more) */
		if (ca != cb && (ca < 0x80 && cb < 0x80 ? errata__lower_ascii[ca] != errata__lower_ascii[cb] :
		                 utf8proc_tolower((utf8proc_int32_t)ca) != utf8proc_tolower((utf8proc_int32_t)cb)))
			return 0;
		i += la;
	}
	return 1;
}

int errata__same_folded(const char *a, const char *b, size_t n)
{
	unsigned char x = n ? (unsigned char)a[0] : 0, y = n ? (unsigned char)b[0] : 0;

	/* most texts asked about differ from the start, in ASCII: told here
	 * (same_folded_chars() would find them different too) */
	if (x < 0x80 && y < 0x80 && errata__lower_ascii[x] != errata__lower_ascii[y])
		return 0;
	return same_folded_chars(a, b, n);
}

int errata__wide_script_at(const char *text, size_t len, size_t i)
{
	uint32_t cp = 0;

	if (i >= len || (unsigned char)text[i] < 0x80 ||
	    !errata__utf8_decode((const unsigned char *)text + i, len - i, &cp))
		return 0;
	/* 々 〆 〇 are written inside Han words and names: 佐々木, 人々 */
	return (cp >= 0x1100 && cp <= 0x11ff) || (cp >= 0x3005 && cp <= 0x3007) ||
	       (cp >= 0x3040 && cp <= 0x30ff) ||
	       (cp >= 0x3130 && cp <= 0x318f) || (cp >= 0x3400 && cp <= 0x9fff) ||
	       (cp >= 0xac00 && cp <= 0xd7af) || (cp >= 0xf900 && cp <= 0xfaff) ||
	       (cp >= 0x20000 && cp <= 0x3134f);
}

size_t errata__wide_run_start(const char *text, size_t len, size_t end)
{
	size_t s0 = end;

	while (s0 > 0) {
		size_t c = s0 - 1;

		while (c > 0 && ((unsigned char)text[c] & 0xc0) == 0x80)
			c--;
		if (!errata__wide_script_at(text, len, c))
			break;
		s0 = c;
	}
	return s0;
}

/*
 * Whether a word may start at i, or a number there follows a character of
 * Han, kana or Hangul ("は2019年"), which run into the next word.
 */
static int word_start_or_wide(const char *text, size_t len, size_t i)
{
	size_t c;

	if (errata__word_start(text, len, i))
		return 1;
	if (i == 0 || (unsigned char)text[i - 1] < 0x80)
		return 0;
	for (c = i - 1; c > 0 && ((unsigned char)text[c] & 0xc0) == 0x80; c--)
		;
	return errata__wide_script_at(text, len, c);
}

int errata__read_year_from(const char *text, size_t len, size_t at)
{
	int v = 0;

	if (at + 4 > len)
		return 0;
	/* the digits before the word's start: most places asked hold no four */
	for (size_t i = 0; i < 4; i++) {
		if (text[at + i] < '0' || text[at + i] > '9')
			return 0;
		v = v * 10 + (text[at + i] - '0');
	}
	if (!word_start_or_wide(text, len, at))
		return 0;
	/* "2019年", "2019년": Han, kana and Hangul join their counters to a number */
	if ((errata__is_word_byte(text, len, at + 4) && !errata__wide_script_at(text, len, at + 4)) ||
	    v < 1000 || v > 2999)
		return 0;
	return v;
}

void errata__paragraph_bounds(const char *p, size_t len, size_t at, size_t *ps, size_t *pe)
{
	size_t s, e;

	for (s = at; s > 0; s--) {
		size_t q = s - 1;

		if (p[q] != '\n')
			continue;
		while (q > 0 && (p[q - 1] == ' ' || p[q - 1] == '\t' || p[q - 1] == '\r'))
			q--;
		if (q > 0 && p[q - 1] == '\n')
			break;
	}
	for (e = at; e < len; e++) {
		size_t q = e + 1;

		if (p[e] != '\n')
			continue;
		while (q < len && (p[q] == ' ' || p[q] == '\t' || p[q] == '\r'))
			q++;
		if (q >= len || p[q] == '\n')
			break;
	}
	*ps = s;
	*pe = e;
}
