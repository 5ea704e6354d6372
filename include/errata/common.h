/*
 * errata/common.h: error codes, the per-thread error message, version,
 * and the growable byte buffer that formatters fill.
 *
 * Every liberrata function that can fail returns 0 on success or one of the
 * negative ERRATA_E* codes below, and leaves a human-readable message
 * (lower case, no trailing period, "path:line:col: " first where there is a
 * place) behind errata_error_last().
 */
#ifndef ERRATA_COMMON_H
#define ERRATA_COMMON_H

#include <stddef.h>

#define ERRATA_VERSION "0.1.0"

/*
 * ERRATA_API marks what liberrata exports. The library is built with
 * -fvisibility=hidden, so a function that is not declared with it in a
 * header under include/ is not part of liberrata.so's interface.
 */
#if defined(__GNUC__) && __GNUC__ >= 4
#define ERRATA_API __attribute__((visibility("default")))
#else
#define ERRATA_API
#endif

enum {
	ERRATA_OK        = 0,
	ERRATA_ERROR     = -1,  /* generic failure */
	ERRATA_ENOMEM    = -2,  /* allocation failed */
	ERRATA_ENOTFOUND = -3,  /* file, revision, report or rule not found */
	ERRATA_EINVALID  = -4,  /* bad input: encoding, syntax, value */
	ERRATA_ECONFLICT = -5,  /* lost a compare-and-swap race */
	ERRATA_EIO       = -6,  /* reading or writing failed */
	ERRATA_ETOOBIG   = -7,  /* input over a size limit */
	ERRATA_ELOCKED   = -8,  /* a lock is held by someone else */
	ERRATA_EAMBIGUOUS = -9, /* an id prefix matches more than one object */
	ERRATA_EUSAGE    = -10  /* a caller passed arguments that make no sense */
};

/* The message of the last failure on this thread; never NULL ("" if none). */
ERRATA_API const char *errata_error_last(void);

/* The library's version string, e.g. "0.1.0". */
ERRATA_API const char *errata_version(void);

/*
 * A growable, NUL-terminated byte buffer. Zero-initialise it
 * (ERRATA_BUF_INIT), fill it, and release it with errata_buf_dispose().
 */
typedef struct errata_buf {
	char *ptr;
	size_t size;   /* bytes used, not counting the terminating NUL */
	size_t asize;  /* bytes allocated */
} errata_buf;

#define ERRATA_BUF_INIT { NULL, 0, 0 }

ERRATA_API int errata_buf_grow(errata_buf *buf, size_t extra);
ERRATA_API int errata_buf_put(errata_buf *buf, const char *data, size_t len);
ERRATA_API int errata_buf_puts(errata_buf *buf, const char *str);
ERRATA_API int errata_buf_putc(errata_buf *buf, char c);
/* Append v in decimal ("-42"), as printf's "%ld" writes it but cheaper. */
ERRATA_API int errata_buf_put_long(errata_buf *buf, long v);
#if defined(__GNUC__)
ERRATA_API int errata_buf_printf(errata_buf *buf, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
#else
ERRATA_API int errata_buf_printf(errata_buf *buf, const char *fmt, ...);
#endif
/*
 * Append s for a person's terminal or a CI log, where text that came from
 * outside (a file name, a front-matter value, a reader's report) must stay
 * one inert piece of a line: control characters become C escapes (\n, \t,
 * \x1b), C1 controls and the bidirectional controls become \uXXXX, bytes
 * that are not UTF-8 become \xNN, and the markers that make GitHub Actions
 * run a log line as a command are broken: "::" at the start (after spaces)
 * as "\x3a:", and "##[" anywhere as "##\x5b". Other text is copied as is.
 * s may be NULL (nothing is appended).
 */
int errata_buf_put_safe(errata_buf *buf, const char *s);
/* The same for len bytes of s (a NUL byte is escaped as \x00). */
int errata_buf_put_safe_len(errata_buf *buf, const char *s, size_t len);
/* Forget the content, keep the allocation. */
ERRATA_API void errata_buf_clear(errata_buf *buf);
/* Hand the content to the caller (free() it); the buffer is left empty. */
ERRATA_API char *errata_buf_detach(errata_buf *buf);
ERRATA_API void errata_buf_dispose(errata_buf *buf);

#endif
