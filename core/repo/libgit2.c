/*
 * libgit2.c: the one place that opens libgit2 (see libgit2.h): the
 * library errata was built with, looked up once into errata__git and
 * initialised, the first time a command or a library call needs git.
 */
#define ERRATA__GIT_LOADER
#include "repo/libgit2.h"

#include <pthread.h>
#include <stddef.h>
#include <stdio.h>

#include "common.h"
#include "dynlib.h"
#include "libcrypto.h"
#include "sonames.h"

errata__git_api errata__git;

static pthread_once_t once = PTHREAD_ONCE_INIT;
static int loaded;
static char why[768];

static const errata__dynlib lib = {
	ERRATA__LIBGIT2_SONAME, "ERRATA_LIBGIT2", ERRATA__LIBGIT2_PACKAGE,
	"for git repositories",
};

static const errata__dynsym syms[] = {
#define ERRATA__GIT_SYM(name) { #name, offsetof(errata__git_api, name) },
	ERRATA__GIT_FUNCTIONS(ERRATA__GIT_SYM)
#undef ERRATA__GIT_SYM
};

static void load(void)
{
	/*
	 * Debian's libgit2 brings libcrypto (through libssh2). Opened first,
	 * on its own, libcrypto binds its 3,400 references to itself among
	 * three libraries rather than after all of libgit2's: 2 M fewer
	 * instructions for every git command. If it cannot be, libgit2's own
	 * loading says what is missing, if anything is.
	 */
	if (errata__crypto_init() < 0)
		errata__error_clear();
	if (errata__dynlib_load(&lib, &errata__git, syms, sizeof(syms) / sizeof(syms[0]),
	                        why, sizeof(why)) < 0)
		return;
	/* libgit2 counts its initialisations: one for the life of the process. */
	if (errata__git.git_libgit2_init() < 0) {
		const git_error *e = errata__git.git_error_last();

		snprintf(why, sizeof(why), "cannot initialise libgit2: %s",
		         e && e->message ? e->message : "unknown error");
		return;
	}
	loaded = 1;
}

int errata__git_init(void)
{
	pthread_once(&once, load);
	if (!loaded)
		return errata__error(ERRATA_ENOTFOUND, "%s", why);
	return 0;
}
