/*
 * dynlib.c: opening a library on first use and filling its table of
 * functions (see dynlib.h).
 */
#include "dynlib.h"

#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"

int errata__dynlib_load(const errata__dynlib *lib, void *table, const errata__dynsym *syms,
                        size_t n, char *why, size_t size)
{
	const char *file = lib->env ? getenv(lib->env) : NULL;
	int named = file && *file;
	void *h;

	if (!named)
		file = lib->soname;
	if (!(h = dlopen(file, RTLD_NOW | RTLD_LOCAL))) {
		const char *e = dlerror();

		snprintf(why, size, "cannot load %s, which errata needs %s: %s (install the Debian "
		         "package %s%s%s)", file, lib->needed, e ? e : "not found", lib->package,
		         named ? ", or unset " : "", named ? lib->env : "");
		return -1;
	}
	for (size_t i = 0; i < n; i++) {
		void *p = dlsym(h, syms[i].name);

		if (!p) {
			snprintf(why, size, "%s has no %s: errata was built for %s (Debian "
			         "package %s)", file, syms[i].name, lib->soname, lib->package);
			p = NULL;
			while (i-- > 0)
				memcpy((char *)table + syms[i].offset, &p, sizeof(p));
			dlclose(h);
			return -1;
		}
		/* POSIX: a function's address from dlsym() may be stored as a function pointer. */
		memcpy((char *)table + syms[i].offset, &p, sizeof(p));
	}
	return 0;
}

int errata__dynlib_open(errata__dynlib_once *o)
{
	int state = __atomic_load_n(&o->state, __ATOMIC_ACQUIRE);

	if (state == 0) {
		pthread_mutex_lock(&o->lock);
		if ((state = o->state) == 0) {
			if (o->before)
				o->before();
			state = errata__dynlib_load(o->lib, o->table, o->syms, o->n, o->why,
			                            sizeof(o->why)) == 0 &&
			        (!o->after || o->after(o->why, sizeof(o->why)) == 0) ? 1 : -1;
			__atomic_store_n(&o->state, state, __ATOMIC_RELEASE);
		}
		pthread_mutex_unlock(&o->lock);
	}
	return state > 0 ? 0 : errata__error(ERRATA_ENOTFOUND, "%s", o->why);
}
