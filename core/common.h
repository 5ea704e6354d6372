/*
 * core/common.h: helpers shared by every core file but not public:
 * setting the per-thread error, checked allocation, small string helpers.
 */
#ifndef ERRATA_CORE_COMMON_H
#define ERRATA_CORE_COMMON_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "errata/common.h"

#if defined(__GNUC__)
#define ERRATA__PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define ERRATA__PRINTF(a, b)
#endif

/* Set the per-thread message and return code (so: return errata__error(...)). */
int errata__error(int code, const char *fmt, ...) ERRATA__PRINTF(2, 3);
/* Same, from a va_list. */
int errata__verror(int code, const char *fmt, va_list ap);
/* Report an allocation failure: sets "out of memory", returns ERRATA_ENOMEM. */
int errata__oom(void);
/* Clear the per-thread message. */
void errata__error_clear(void);

/*
 * Have fn run when the calling thread exits, once however often it is
 * asked (at most 8 functions a thread): for per-thread caches that hold
 * allocations, so that a worker thread that ends frees what it kept.
 * The main thread's caches stay reachable until the process ends.
 * Returns 0, or ERRATA_ENOMEM when no more can be registered.
 */
int errata__thread_cleanup(void (*fn)(void));

/*
 * strerror(err) in the style of errata's messages (lower case: "no such
 * file or directory"). The text lives in a per-thread buffer that the next
 * call overwrites.
 */
const char *errata__strerror(int err);

/* strdup/strndup that return NULL on failure (the caller reports). */
char *errata__strdup(const char *s);
char *errata__strndup(const char *s, size_t n);

/* 64-bit FNV-1a of a byte string, continuing from seed (use ERRATA__FNV_SEED). */
#define ERRATA__FNV_SEED 0xcbf29ce484222325ULL
uint64_t errata__fnv1a(uint64_t seed, const void *data, size_t len);

/*
 * Read a whole file into a NUL-terminated malloc'd buffer. path "-" reads
 * standard input. A file larger than max (0: no limit) fails with
 * ERRATA_ETOOBIG. Errors name the path.
 */
int errata__read_file(const char *path, size_t max, char **out, size_t *len);
/*
 * The same for a named file (not "-"), into the caller's buffer *buf of
 * *cap bytes (NULL and 0: none yet), which it replaces by a larger one
 * when needed; *buf and *cap are updated whatever happens, and the
 * buffer stays the caller's.
 */
int errata__read_file_into(const char *path, size_t max, char **buf, size_t *cap, size_t *len);
/*
 * The same for a file errata is configured with (a rule pack, a fact
 * sheet, a configuration): only a regular file is read; a FIFO, a socket
 * or a device is refused at once ("PATH: not a regular file"), never
 * waited on. "-" is a file of that name.
 */
int errata__read_regular_file(const char *path, size_t max, char **out, size_t *len);

/*
 * Decode one UTF-8 code point at s[0..len). Returns its byte length (1..4)
 * and stores it in *cp, or returns 0 when the bytes are not valid UTF-8
 * (overlong, surrogate, truncated, above U+10FFFF).
 */
size_t errata__utf8_decode_any(const unsigned char *s, size_t len, uint32_t *cp);
static inline size_t errata__utf8_decode(const unsigned char *s, size_t len, uint32_t *cp)
{
	/* ASCII, and the two- and three-byte characters of most scripts, here;
	 * four bytes and the checks of what does not decode, out of line */
	if (len && s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	if (len >= 2 && s[0] >= 0xc2 && s[0] <= 0xdf && (s[1] & 0xc0) == 0x80) {
		*cp = (uint32_t)(s[0] & 0x1f) << 6 | (s[1] & 0x3f);
		return 2;
	}
	if (len >= 3 && s[0] >= 0xe0 && s[0] <= 0xef && (s[1] & 0xc0) == 0x80 && (s[2] & 0xc0) == 0x80) {
		uint32_t c = (uint32_t)(s[0] & 0x0f) << 12 | (uint32_t)(s[1] & 0x3f) << 6 | (s[2] & 0x3f);

		if (c >= 0x800 && (c < 0xd800 || c > 0xdfff)) {
			*cp = c;
			return 3;
		}
	}
	return errata__utf8_decode_any(s, len, cp);
}
/*
 * The first occurrence of needle[0, k) in hay[0, n) (hay itself when k is
 * 0), or NULL: memmem, which C11 and POSIX.1-2008 lack. Inline: most
 * callers give a needle the compiler knows.
 */
static inline const char *errata__memmem(const char *hay, size_t n, const char *needle, size_t k)
{
	const char *p, *last;
	size_t j;

	if (k == 0)
		return hay;
	if (k > n)
		return NULL;
	/*
	 * memchr looks for one byte of the needle, byte j: its first, or its
	 * last when it ends in a character of several bytes. The first byte
	 * of such a character is shared by thousands of others (one Hangul
	 * syllable in four begins with 0xed) and would stop memchr at nearly
	 * every character of a text in that script; the last is one of 64.
	 */
	j = (unsigned char)needle[k - 1] >= 0x80 ? k - 1 : 0;
	last = hay + (n - k) + j;   /* the last place byte j may stand */
	for (p = hay + j; p <= last && (p = memchr(p, needle[j], (size_t)(last - p) + 1)); p++)
		/* its first and last bytes before the call that compares them all */
		if (p[-(ptrdiff_t)j] == needle[0] && p[k - 1 - j] == needle[k - 1] &&
		    memcmp(p - j, needle, k) == 0)
			return p - j;
	return NULL;
}

/* Encode cp as UTF-8 into out (at least 4 bytes); returns the length. */
size_t errata__utf8_encode(uint32_t cp, char *out);

/* The start of the UTF-8 character that ends at e in p (e > 0). */
static inline size_t errata__utf8_char_before(const char *p, size_t e)
{
	size_t c = e - 1;

	while (c > 0 && ((unsigned char)p[c] & 0xc0) == 0x80)
		c--;
	return c;
}

/* The end of the UTF-8 character that starts at i in p[0, len) (i < len). */
static inline size_t errata__utf8_char_end(const char *p, size_t len, size_t i)
{
	for (i++; i < len && ((unsigned char)p[i] & 0xc0) == 0x80; i++)
		;
	return i;
}

/* The end of the line of s[0, len) that holds pos: its newline, or len. */
static inline size_t errata__line_end(const char *s, size_t len, size_t pos)
{
	const char *nl = pos < len ? memchr(s + pos, '\n', len - pos) : NULL;

	return nl ? (size_t)(nl - s) : len;
}

/* ASCII-only case-insensitive compare of n bytes. */
int errata__strncasecmp_ascii(const char *a, const char *b, size_t n);

/*
 * Write u in decimal so that it ends just before `end`, and return where
 * it starts: at most 20 bytes before `end`. No NUL is written.
 */
char *errata__decimal_before(char *end, unsigned long long u);

/*
 * Strict JSON (json.c), for every JSON errata reads from a person or a
 * peer: text after the value, a duplicate key in an object and "\u0000"
 * in a string are refused like a syntax error, ERRATA_EINVALID with
 * "NAME:LINE:COL: invalid JSON[: why]" ("duplicate key" names the key).
 * errata__json_parse_as() says `what` instead of "invalid JSON".
 * *out: cJSON_Delete().
 */
struct cJSON;
int errata__json_parse(struct cJSON **out, const char *name, const char *data, size_t len);
int errata__json_parse_as(struct cJSON **out, const char *name, const char *data,
                          size_t len, const char *what);
/* 1-based line and column (code points) of byte offset `at` in data. */
void errata__json_place(const char *data, size_t len, size_t at, unsigned *line, unsigned *col);

/*
 * Rewrite the JSON that cJSON printed into out from offset `from` so that
 * any reader can take it: bytes that are not UTF-8 become \ufffd, and "##["
 * (a GitHub Actions command anywhere in a log line) becomes "##\u005b".
 * html: also \u003c, \u003e and \u0026 for '<', '>' and '&' (and the
 * two line separators), for JSON embedded in an HTML <script> element.
 * The values read back are unchanged (but for the bytes that were not UTF-8).
 */
int errata__json_harden(errata_buf *out, size_t from, int html);

#endif
