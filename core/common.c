/*
 * common.c: the per-thread error message, the version, and small helpers
 * (allocation, hashing, UTF-8, whole-file reads) used across liberrata.
 */
#include "common.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

static _Thread_local char error_message[1024];

/* The functions errata__thread_cleanup() registered in this thread. */
#define THREAD_CLEANUPS 8
static _Thread_local struct {
	void (*fn[THREAD_CLEANUPS])(void);
	int n;
} cleanups;
static pthread_key_t cleanup_key;
static pthread_once_t cleanup_once = PTHREAD_ONCE_INIT;
static int cleanup_key_ok;

static void run_cleanups(void *unused)
{
	(void)unused;
	for (int i = cleanups.n - 1; i >= 0; i--)
		cleanups.fn[i]();
	cleanups.n = 0;
}

static void make_cleanup_key(void)
{
	cleanup_key_ok = pthread_key_create(&cleanup_key, run_cleanups) == 0;
}

int errata__thread_cleanup(void (*fn)(void))
{
	for (int i = 0; i < cleanups.n; i++)
		if (cleanups.fn[i] == fn)
			return 0;
	pthread_once(&cleanup_once, make_cleanup_key);
	if (!cleanup_key_ok || cleanups.n == THREAD_CLEANUPS ||
	    pthread_setspecific(cleanup_key, &cleanups) != 0)
		return errata__oom();
	cleanups.fn[cleanups.n++] = fn;
	return 0;
}

const char *errata_error_last(void)
{
	return error_message;
}

const char *errata_version(void)
{
	return ERRATA_VERSION;
}

int errata__verror(int code, const char *fmt, va_list ap)
{
	vsnprintf(error_message, sizeof(error_message), fmt, ap);
	return code;
}

int errata__error(int code, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	errata__verror(code, fmt, ap);
	va_end(ap);
	return code;
}

int errata__oom(void)
{
	return errata__error(ERRATA_ENOMEM, "out of memory");
}

const char *errata__strerror(int err)
{
	static _Thread_local char reason[128];

	snprintf(reason, sizeof(reason), "%s", strerror(err));
	if (reason[0] >= 'A' && reason[0] <= 'Z')
		reason[0] = (char)(reason[0] - 'A' + 'a');
	return reason;
}

void errata__error_clear(void)
{
	error_message[0] = '\0';
}

char *errata__strdup(const char *s)
{
	return s ? errata__strndup(s, strlen(s)) : NULL;
}

char *errata__strndup(const char *s, size_t n)
{
	char *p = malloc(n + 1);

	if (!p)
		return NULL;
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

uint64_t errata__fnv1a(uint64_t seed, const void *data, size_t len)
{
	const unsigned char *p = data;
	uint64_t h = seed;

	for (size_t i = 0; i < len; i++) {
		h ^= p[i];
		h *= 0x100000001b3ULL;
	}
	return h;
}

int errata__strncasecmp_ascii(const char *a, const char *b, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char ca = (unsigned char)a[i], cb = (unsigned char)b[i];

		if (ca >= 'A' && ca <= 'Z')
			ca += 32;
		if (cb >= 'A' && cb <= 'Z')
			cb += 32;
		if (ca != cb)
			return ca < cb ? -1 : 1;
		if (!ca)
			break;
	}
	return 0;
}

size_t errata__utf8_decode_any(const unsigned char *s, size_t len, uint32_t *cp)
{
	uint32_t c;
	size_t n;

	if (len == 0)
		return 0;
	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	if (s[0] >= 0xc2 && s[0] <= 0xdf) {
		n = 2;
		c = s[0] & 0x1f;
	} else if (s[0] >= 0xe0 && s[0] <= 0xef) {
		n = 3;
		c = s[0] & 0x0f;
	} else if (s[0] >= 0xf0 && s[0] <= 0xf4) {
		n = 4;
		c = s[0] & 0x07;
	} else {
		return 0;
	}
	if (len < n)
		return 0;
	for (size_t i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		c = (c << 6) | (s[i] & 0x3f);
	}
	if ((n == 3 && c < 0x800) || (n == 4 && (c < 0x10000 || c > 0x10ffff)) ||
	    (c >= 0xd800 && c <= 0xdfff))
		return 0;
	*cp = c;
	return n;
}

size_t errata__utf8_encode(uint32_t cp, char *out)
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xc0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3f));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xe0 | (cp >> 12));
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
		out[2] = (char)(0x80 | (cp & 0x3f));
		return 3;
	}
	out[0] = (char)(0xf0 | (cp >> 18));
	out[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
	out[2] = (char)(0x80 | ((cp >> 6) & 0x3f));
	out[3] = (char)(0x80 | (cp & 0x3f));
	return 4;
}

/* Message for a failed open(): "PATH: no such file or directory". */
static int open_error(const char *path, int e)
{
	return errata__error(e == ENOENT ? ERRATA_ENOTFOUND : ERRATA_EIO,
	                     "%s: %s", path, errata__strerror(e));
}

/*
 * A named file: one open(), one fstat() for its size, reads straight into
 * a buffer of that size (plus the final read that sees the end). The
 * buffer is *buf, of *bufcap bytes (NULL and 0: none yet), replaced by a
 * larger one when it is too small; both are updated whatever happens.
 */
static int read_into(const char *path, size_t max, int regular, char **buf, size_t *bufcap,
                     size_t *len)
{
	char *data = *buf;
	size_t size = 0, cap;
	int error = 0, fd;
	size_t known;   /* the size fstat() gives a regular file; 0: unknown */
	struct stat st;

	/* O_NONBLOCK: opening a FIFO with no writer must not wait for one */
	fd = open(path, O_RDONLY | O_CLOEXEC | (regular ? O_NONBLOCK : 0));
	if (fd < 0)
		return open_error(path, errno);
	if (fstat(fd, &st) != 0) {
		error = open_error(path, errno);
		goto cleanup;
	}
	if (S_ISDIR(st.st_mode)) {
		error = errata__error(ERRATA_EINVALID, "%s: is a directory", path);
		goto cleanup;
	}
	if (regular && !S_ISREG(st.st_mode)) {
		error = errata__error(ERRATA_EINVALID, "%s: not a regular file (a %s)", path,
		                      S_ISFIFO(st.st_mode) ? "FIFO" : S_ISSOCK(st.st_mode) ? "socket" :
		                      "device");
		goto cleanup;
	}
	if (regular && fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK) != 0) {
		error = open_error(path, errno);
		goto cleanup;
	}
	/* room for the bytes, the read that sees the end, and the NUL */
	known = S_ISREG(st.st_mode) && st.st_size > 0 ? (size_t)st.st_size : 0;
	cap = known && known < SIZE_MAX / 2 ? known + 2 : 65536;
	if (max && max < SIZE_MAX / 2 && cap > max + 2)
		cap = max + 2;   /* enough to see that it is too big */
	if (data && *bufcap < cap) {
		/* too small: its bytes are not needed */
		free(data);
		*buf = data = NULL;
		*bufcap = 0;
	}
	if (data)
		cap = *bufcap;
	for (;;) {
		ssize_t n;
		size_t want;

		if (!data || cap - size < 2) {
			size_t ncap = data ? cap * 2 : cap;
			char *p = ncap >= cap ? realloc(data, ncap) : NULL;

			if (!p) {
				error = errata__oom();
				goto cleanup;
			}
			*buf = data = p;
			*bufcap = cap = ncap;
		}
		want = cap - size - 1;
		n = read(fd, data + size, want);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			error = errata__error(ERRATA_EIO, "%s: read error", path);
			goto cleanup;
		}
		size += (size_t)n;
		if (max && size > max) {
			error = errata__error(ERRATA_ETOOBIG, "%s: larger than the limit of %zu bytes",
			                      path, max);
			goto cleanup;
		}
		/*
		 * A regular file gives fewer bytes than asked only at its end: once
		 * the size fstat() gave is read, the usual file needs no second
		 * read that returns 0. (Files that report no size, as in /proc,
		 * are read to the 0.)
		 */
		if (n == 0 || (known && size >= known && (size_t)n < want))
			break;
	}
	data[size] = '\0';
	*len = size;
cleanup:
	close(fd);
	return error;
}

/* read_into() a buffer of its own, which *out receives. */
static int read_path(const char *path, size_t max, int regular, char **out, size_t *len)
{
	char *data = NULL;
	size_t cap = 0;
	int error = read_into(path, max, regular, &data, &cap, len);

	if (error < 0) {
		free(data);
		data = NULL;
	}
	*out = data;
	return error;
}

int errata__read_file_into(const char *path, size_t max, char **buf, size_t *cap, size_t *len)
{
	*len = 0;
	return read_into(path, max, 0, buf, cap, len);
}

int errata__read_file(const char *path, size_t max, char **out, size_t *len)
{
	FILE *f = stdin;
	char *data = NULL;
	size_t size = 0, cap = 0;
	int error = 0;

	*out = NULL;
	*len = 0;
	if (strcmp(path, "-") != 0)
		return read_path(path, max, 0, out, len);
	for (;;) {
		size_t n;

		if (cap - size < 65536 + 1) {
			size_t ncap = cap ? cap * 2 : 65536 * 2;
			char *p = ncap > cap ? realloc(data, ncap) : NULL;

			if (!p) {
				error = errata__oom();
				goto cleanup;
			}
			data = p;
			cap = ncap;
		}
		n = fread(data + size, 1, cap - size - 1, f);
		size += n;
		if (max && size > max) {
			error = errata__error(ERRATA_ETOOBIG, "%s: larger than the limit of %zu bytes",
			                      "<stdin>", max);
			goto cleanup;
		}
		if (n == 0) {
			if (ferror(f)) {
				error = errata__error(ERRATA_EIO, "%s: read error", "<stdin>");
				goto cleanup;
			}
			break;
		}
	}
	data[size] = '\0';
	*out = data;
	*len = size;
	data = NULL;
cleanup:
	free(data);
	return error;
}

char *errata__decimal_before(char *end, unsigned long long u)
{
	do {
		*--end = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	return end;
}

int errata__read_regular_file(const char *path, size_t max, char **out, size_t *len)
{
	*out = NULL;
	*len = 0;
	return read_path(path, max, 1, out, len);
}
