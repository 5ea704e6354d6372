/*
 * mhd.c: libmicrohttpd opened with dlopen() on first use (see mhd.h), its
 * functions looked up once into a table.
 */
#include "serve/mhd.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"

static pthread_once_t once = PTHREAD_ONCE_INIT;
static errata__mhd_api api;
static int loaded;
static char why[512];

/* Look `name` up into *slot; 0, or -1 with `why` set. */
static int look_up(void *lib, const char *file, const char *name, void *slot)
{
	void *p = dlsym(lib, name);

	if (!p) {
		snprintf(why, sizeof(why), "%s has no %s (libmicrohttpd 0.9.71 or later is needed)",
		         file, name);
		return -1;
	}
	/* POSIX: a data pointer from dlsym() may be stored as a function pointer. */
	memcpy(slot, &p, sizeof(p));
	return 0;
}

static void load(void)
{
	const char *file = getenv("ERRATA_LIBMICROHTTPD");
	void *lib;

	if (!file || !*file)
		file = ERRATA__MHD_SONAME;
	if (!(lib = dlopen(file, RTLD_NOW | RTLD_LOCAL))) {
		const char *e = dlerror();

		snprintf(why, sizeof(why), "cannot load %s, which `errata serve` needs (%s): "
		         "install the Debian package " ERRATA__MHD_PACKAGE, file, e ? e : "not found");
		return;
	}
	if (look_up(lib, file, "MHD_start_daemon", &api.start_daemon) < 0 ||
	    look_up(lib, file, "MHD_quiesce_daemon", &api.quiesce_daemon) < 0 ||
	    look_up(lib, file, "MHD_stop_daemon", &api.stop_daemon) < 0 ||
	    look_up(lib, file, "MHD_get_daemon_info", &api.get_daemon_info) < 0 ||
	    look_up(lib, file, "MHD_get_connection_info", &api.get_connection_info) < 0 ||
	    look_up(lib, file, "MHD_lookup_connection_value", &api.lookup_connection_value) < 0 ||
	    look_up(lib, file, "MHD_create_response_from_buffer", &api.create_response_from_buffer) < 0 ||
	    look_up(lib, file, "MHD_add_response_header", &api.add_response_header) < 0 ||
	    look_up(lib, file, "MHD_queue_response", &api.queue_response) < 0 ||
	    look_up(lib, file, "MHD_destroy_response", &api.destroy_response) < 0 ||
	    look_up(lib, file, "MHD_http_unescape", &api.http_unescape) < 0) {
		dlclose(lib);
		return;
	}
	/* The library stays loaded for the life of the process. */
	loaded = 1;
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
