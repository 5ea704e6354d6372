/*
 * mhd.c: libmicrohttpd opened with dlopen() on first use (see mhd.h), its
 * functions looked up once into a table.
 */
#include "serve/mhd.h"

#include <stddef.h>

#include "common.h"
#include "dynlib.h"
#include "sonames.h"

static errata__mhd_api api;

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

static errata__dynlib_once mhd = ERRATA__DYNLIB_ONCE(&lib, &api, syms, NULL, NULL);

const errata__mhd_api *errata__mhd(void)
{
	return errata__dynlib_open(&mhd) < 0 ? NULL : &api;
}
