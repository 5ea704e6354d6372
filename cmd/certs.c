/*
 * certs.c: the system's CA bundle, read when a TLS connection needs it
 * rather than when the program starts.
 *
 * Debian's libgit2 is built on mbedTLS, and git_libgit2_init() parses every
 * certificate of /etc/ssl/certs/ca-certificates.crt (some 140 of them, 54
 * million instructions: two thirds of a `report add`) whatever the command
 * is about to do. Only an https remote (`report sync`) ever reads them. The
 * program therefore defines the two mbedTLS functions that libgit2 calls for
 * this, and the dynamic linker binds libgit2's calls to these definitions
 * first (the Makefile exports them from the program):
 *
 * - mbedtls_x509_crt_parse_file(), the first time (libgit2 initialising),
 *   notes the chain and the file and parses nothing: the chain stays empty
 *   and valid. Any later call (git_libgit2_opts with
 *   GIT_OPT_SET_SSL_CERT_LOCATIONS) parses at once, as before, and
 *   forgets the parse put off.
 * - mbedtls_ssl_setup(), which libgit2 calls for each TLS stream before it
 *   connects, first parses the noted file into the noted chain, once.
 *
 * Either way the real functions do the work. libgit2 is opened with
 * dlopen() (core/repo/libgit2.h), its mbedTLS with it and out of the
 * program's sight: the real function is looked up from the library that
 * called, as that library would have bound it without the program's
 * definition. A libgit2 built on OpenSSL never calls them, and nothing
 * changes.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The mbedTLS names, with opaque pointers: no mbedTLS header is needed. */
int mbedtls_x509_crt_parse_file(void *chain, const char *path);
int mbedtls_ssl_setup(void *ssl, const void *conf);

typedef int (*parse_file_fn)(void *, const char *);
typedef int (*ssl_setup_fn)(void *, const void *);

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static int seen;               /* the first call is libgit2's own, at init */
static void *noted_chain;      /* a parse put off: its chain and file */
static char *noted_path;

/*
 * The definition of `name` that the code at `caller` (the return address
 * of a stand-in: in the library that called it) finds among its own
 * dependencies, or NULL; never the program's own.
 */
static void *next_symbol(const char *name, const void *caller)
{
	Dl_info from, at, here;
	void *lib, *p;

	if (!dladdr(caller, &from) || !from.dli_fname ||
	    !(lib = dlopen(from.dli_fname, RTLD_LAZY | RTLD_NOLOAD)))
		return NULL;
	p = dlsym(lib, name);
	/* Only a handle more is dropped: libgit2 stays loaded for good. */
	dlclose(lib);
	if (p && dladdr(p, &at) && dladdr(&lock, &here) && at.dli_fbase == here.dli_fbase)
		return NULL;
	return p;
}

static int real_parse(void *chain, const char *path, const void *caller)
{
	parse_file_fn fn;

	/* POSIX lets a data pointer carry a function's address. */
	*(void **)(&fn) = next_symbol("mbedtls_x509_crt_parse_file", caller);
	/* -0x2880: MBEDTLS_ERR_X509_BAD_INPUT_DATA */
	return fn ? fn(chain, path) : -0x2880;
}

int mbedtls_x509_crt_parse_file(void *chain, const char *path)
{
	int ret = 0;

	pthread_mutex_lock(&lock);
	/* A later call replaces the chain: a parse put off is forgotten. */
	free(noted_path);
	noted_path = NULL;
	noted_chain = NULL;
	if (!seen++ && path && (noted_path = strdup(path)) != NULL)
		noted_chain = chain;
	else
		ret = real_parse(chain, path, __builtin_return_address(0));
	pthread_mutex_unlock(&lock);
	return ret;
}

int mbedtls_ssl_setup(void *ssl, const void *conf)
{
	const void *caller = __builtin_return_address(0);
	ssl_setup_fn fn;

	pthread_mutex_lock(&lock);
	if (noted_chain) {
		/* As libgit2 would have done at start: a bad bundle leaves it empty. */
		if (real_parse(noted_chain, noted_path, caller) < 0)
			fprintf(stderr, "errata: cannot read the CA certificates in %s\n", noted_path);
		free(noted_path);
		noted_path = NULL;
		noted_chain = NULL;
	}
	pthread_mutex_unlock(&lock);
	*(void **)(&fn) = next_symbol("mbedtls_ssl_setup", caller);
	/* -0x7100: MBEDTLS_ERR_SSL_BAD_INPUT_DATA */
	return fn ? fn(ssl, conf) : -0x7100;
}
