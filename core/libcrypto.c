/*
 * libcrypto.c: the one place that opens libcrypto (see libcrypto.h).
 */
#define ERRATA__CRYPTO_LOADER
#include "libcrypto.h"

#include <pthread.h>
#include <stddef.h>

#include "common.h"
#include "dynlib.h"
#include "sonames.h"

errata__crypto_api errata__crypto;

static pthread_once_t once = PTHREAD_ONCE_INIT;
static int loaded;
static char why[768];

static const errata__dynlib lib = {
	ERRATA__LIBCRYPTO_SONAME, "ERRATA_LIBCRYPTO", ERRATA__LIBCRYPTO_PACKAGE,
	"for SHA-1 and HMAC (writing and serving reports)",
};

static const errata__dynsym syms[] = {
#define ERRATA__CRYPTO_SYM(name) { #name, offsetof(errata__crypto_api, name) },
	ERRATA__CRYPTO_FUNCTIONS(ERRATA__CRYPTO_SYM)
#undef ERRATA__CRYPTO_SYM
};

static void load(void)
{
	loaded = errata__dynlib_load(&lib, &errata__crypto, syms, sizeof(syms) / sizeof(syms[0]),
	                             why, sizeof(why)) == 0;
}

int errata__crypto_init(void)
{
	pthread_once(&once, load);
	if (!loaded)
		return errata__error(ERRATA_ENOTFOUND, "%s", why);
	return 0;
}
