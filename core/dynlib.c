/*
 * dynlib.c: opening a library on first use and filling its table of
 * functions (see dynlib.h).
 */
#include "dynlib.h"

#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
