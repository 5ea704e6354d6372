/*
 * libgit2.c: the one place that opens libgit2 (see libgit2.h): the
 * library errata was built with, looked up once into errata__git and
 * initialised, the first time a command or a library call needs git.
 */
#define ERRATA__GIT_LOADER
#include "repo/libgit2.h"

#include <stddef.h>
#include <stdio.h>

#include "common.h"
#include "dynlib.h"
#include "libcrypto.h"
#include "sonames.h"

errata__git_api errata__git;

static const errata__dynlib lib = {
	ERRATA__LIBGIT2_SONAME, "ERRATA_LIBGIT2", ERRATA__LIBGIT2_PACKAGE,
	"for git repositories",
};

static const errata__dynsym syms[] = {
#define ERRATA__GIT_SYM(name) { #name, offsetof(errata__git_api, name) },
	ERRATA__GIT_FUNCTIONS(ERRATA__GIT_SYM)
#undef ERRATA__GIT_SYM
};

/*
 * Debian's libgit2 brings libcrypto (through libssh2). Opened first, on
 * its own, libcrypto binds its 3,400 references to itself among three
 * libraries rather than after all of libgit2's: 2 M fewer instructions for
 * every git command. If it cannot be, libgit2's own loading says what is
 * missing, if anything is.
 */
static void crypto_first(void)
{
	if (errata__crypto_init() < 0)
		errata__error_clear();
}

/* libgit2 counts its initialisations: one for the life of the process. */
static int init(char *why, size_t size)
{
	if (errata__git.git_libgit2_init() < 0) {
		const git_error *e = errata__git.git_error_last();

		snprintf(why, size, "cannot initialise libgit2: %s",
		         e && e->message ? e->message : "unknown error");
		return -1;
	}
	return 0;
}

static errata__dynlib_once git = ERRATA__DYNLIB_ONCE(&lib, &errata__git, syms, crypto_first, init);

int errata__git_init(void)
{
	return errata__dynlib_open(&git);
}
