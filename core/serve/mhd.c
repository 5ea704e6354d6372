/*
 * mhd.c: libmicrohttpd opened with dlopen() on first use (see mhd.h), its
 * functions looked up once into a table.
 */
#include "serve/mhd.h"

#include <pthread.h>
#include <stddef.h>

#include "common.h"
#include "dynlib.h"
#include "sonames.h"

static pthread_once_t once = PTHREAD_ONCE_INIT;
static errata__mhd_api api;
static int loaded;
static char why[768];

static const errata__dynlib lib = {
	ERRATA__LIBMICROHTTPD_SONAME, "ERRATA_LIBMICROHTTPD", ERRATA__LIBMICROHTTPD_PACKAGE,
	"to serve reports (`errata serve`)",
};

#define SYM(name, field) { name, offsetof(errata__mhd_api, field) }
static const errata__dynsym syms[] = {
	SYM("MHD_start_daemon", start_daemon),
	SYM("MHD_quiesce_daemon", quiesce_daemon),
	SYM("MHD_stop_daemon", stop_daemon),
	SYM("MHD_get_daemon_info", get_daemon_info),
	SYM("MHD_get_connection_info", get_connection_info),
	SYM("MHD_lookup_connection_value", lookup_connection_value),
	SYM("MHD_create_response_from_buffer", create_response_from_buffer),
	SYM("MHD_add_response_header", add_response_header),
	SYM("MHD_queue_response", queue_response),
	SYM("MHD_destroy_response", destroy_response),
	SYM("MHD_http_unescape", http_unescape),
};
#undef SYM

static void load(void)
{
	loaded = errata__dynlib_load(&lib, &api, syms, sizeof(syms) / sizeof(syms[0]),
	                             why, sizeof(why)) == 0;
}

const errata__mhd_api *errata__mhd(void)
{
	pthread_once(&once, load);
	if (!loaded) {
		errata__error(ERRATA_ENOTFOUND, "%s", why);
		return NULL;
	}
	return &api;
}
