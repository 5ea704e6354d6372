/*
 * core/libcrypto.h: OpenSSL's libcrypto, opened on first use (see
 * dynlib.h), as repo/libgit2.h opens libgit2. Two paths use it: the
 * report writer's SHA-1 (reports/objbatch.c) and the server's HMAC,
 * SHA-256 and base64 (serve/auth.c); `errata check` never loads it.
 * Include this instead of the <openssl/...> headers; each function listed
 * below is called by its own name, through errata__crypto, after
 * errata__crypto_init() has returned 0.
 */
#ifndef ERRATA_CORE_LIBCRYPTO_H
#define ERRATA_CORE_LIBCRYPTO_H

#include <openssl/evp.h>
#include <openssl/hmac.h>

#define ERRATA__CRYPTO_FUNCTIONS(X) \
	X(EVP_DecodeFinal) \
	X(EVP_DecodeInit) \
	X(EVP_DecodeUpdate) \
	X(EVP_DigestFinal_ex) \
	X(EVP_DigestInit_ex) \
	X(EVP_DigestUpdate) \
	X(EVP_ENCODE_CTX_free) \
	X(EVP_ENCODE_CTX_new) \
	X(EVP_MD_CTX_free) \
	X(EVP_MD_CTX_new) \
	X(EVP_MD_fetch) \
	X(EVP_sha1) \
	X(EVP_sha256) \
	X(HMAC)

typedef struct {
#define ERRATA__CRYPTO_FIELD(name) __typeof__(&name) name;
	ERRATA__CRYPTO_FUNCTIONS(ERRATA__CRYPTO_FIELD)
#undef ERRATA__CRYPTO_FIELD
} errata__crypto_api;

/* The loaded functions: all NULL until errata__crypto_init() succeeds. */
extern errata__crypto_api errata__crypto;

/*
 * Load libcrypto (the file ERRATA_LIBCRYPTO names, else the soname errata
 * was built with) once for the life of the process; safe from any thread.
 * 0, or ERRATA_ENOTFOUND with a message that names the library and the
 * Debian package that ships it.
 */
int errata__crypto_init(void);

#ifndef ERRATA__CRYPTO_LOADER
#define EVP_DecodeFinal (errata__crypto.EVP_DecodeFinal)
#define EVP_DecodeInit (errata__crypto.EVP_DecodeInit)
#define EVP_DecodeUpdate (errata__crypto.EVP_DecodeUpdate)
#define EVP_DigestFinal_ex (errata__crypto.EVP_DigestFinal_ex)
#define EVP_DigestInit_ex (errata__crypto.EVP_DigestInit_ex)
#define EVP_DigestUpdate (errata__crypto.EVP_DigestUpdate)
#define EVP_ENCODE_CTX_free (errata__crypto.EVP_ENCODE_CTX_free)
#define EVP_ENCODE_CTX_new (errata__crypto.EVP_ENCODE_CTX_new)
#define EVP_MD_CTX_free (errata__crypto.EVP_MD_CTX_free)
#define EVP_MD_CTX_new (errata__crypto.EVP_MD_CTX_new)
#define EVP_MD_fetch (errata__crypto.EVP_MD_fetch)
#define EVP_sha1 (errata__crypto.EVP_sha1)
#define EVP_sha256 (errata__crypto.EVP_sha256)
#define HMAC (errata__crypto.HMAC)
#endif

#endif
