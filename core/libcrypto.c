/*
 * libcrypto.c: the one place that opens libcrypto (see libcrypto.h).
 */
#define ERRATA__CRYPTO_LOADER
#include "libcrypto.h"

#include <stddef.h>

#include "common.h"
#include "dynlib.h"
#include "sonames.h"

errata__crypto_api errata__crypto;

static const errata__dynlib lib = {
	ERRATA__LIBCRYPTO_SONAME, "ERRATA_LIBCRYPTO", ERRATA__LIBCRYPTO_PACKAGE,
	"for SHA-1 and HMAC (writing and serving reports)",
};

static const errata__dynsym syms[] = {
#define ERRATA__CRYPTO_SYM(name) { #name, offsetof(errata__crypto_api, name) },
	ERRATA__CRYPTO_FUNCTIONS(ERRATA__CRYPTO_SYM)
#undef ERRATA__CRYPTO_SYM
};

static errata__dynlib_once crypto = ERRATA__DYNLIB_ONCE(&lib, &errata__crypto, syms, NULL, NULL);

int errata__crypto_init(void)
{
	return errata__dynlib_open(&crypto);
}
