/*
 * core/dynlib.h: a library opened with dlopen() the first time a feature
 * needs it, rather than linked into the program. Debian builds its
 * libraries to bind every symbol at start-up, so a linked library is paid
 * for by every process, used or not: libgit2 (with mbedTLS, libssh2 and
 * Kerberos), libcrypto and libmicrohttpd would cost `errata check`, which
 * uses none of them, three quarters of its start. Each is described by an
 * errata__dynlib and its functions are looked up into a table of function
 * pointers (repo/libgit2.h, libcrypto.h, serve/mhd.h).
 *
 * The soname and the Debian package come from the build (the Makefile
 * reads them from the library pkg-config finds: build/gen/sonames.h).
 */
#ifndef ERRATA_CORE_DYNLIB_H
#define ERRATA_CORE_DYNLIB_H

#include <pthread.h>
#include <stddef.h>

typedef struct {
	const char *soname;   /* what dlopen() is given: "libgit2.so.1.5" */
	const char *env;      /* a variable that names another file to open */
	const char *package;  /* the Debian package that ships the soname */
	const char *needed;   /* what needs it, after "which errata needs ": "for git repositories" */
} errata__dynlib;

/* One function to look up: its name and its field in the table. */
typedef struct {
	const char *name;
	size_t offset;
} errata__dynsym;

/*
 * Open lib (the file its variable names when set, else its soname) and
 * store the address of each of the n functions of syms into the table at
 * its offset (each field a function pointer). The library stays loaded
 * for the life of the process. 0, or -1 with why (size bytes) set to a
 * message that names the file, what needs it and the package to install;
 * the table is then left all NULL. Not thread-safe: errata__dynlib_open()
 * runs it once and keeps `why` to report on every later call.
 */
int errata__dynlib_load(const errata__dynlib *lib, void *table, const errata__dynsym *syms,
                        size_t n, char *why, size_t size);

/*
 * A library opened once for the process, on first use: what
 * errata__dynlib_open() keeps between calls. Each library has one,
 * defined statically with ERRATA__DYNLIB_ONCE().
 */
typedef struct {
	const errata__dynlib *lib;
	void *table;
	const errata__dynsym *syms;
	size_t n;
	void (*before)(void);   /* run before the library is opened (NULL: nothing) */
	/* run once its functions are in the table (NULL: nothing): 0, or -1 with why set */
	int (*after)(char *why, size_t size);
	pthread_mutex_t lock;
	int state;              /* 0: not tried; 1: open; -1: failed, as why says */
	char why[768];
} errata__dynlib_once;

#define ERRATA__DYNLIB_ONCE(lib, table, syms, before, after) \
	{ (lib), (table), (syms), sizeof(syms) / sizeof((syms)[0]), (before), (after), \
	  PTHREAD_MUTEX_INITIALIZER, 0, "" }

/*
 * Open o's library the first time any thread asks (errata__dynlib_load(),
 * then o->after), and after that answer as the first time did: 0, or
 * ERRATA_ENOTFOUND with the message that names the file, what needs it
 * and the package. Safe from any thread.
 */
int errata__dynlib_open(errata__dynlib_once *o);

#endif
