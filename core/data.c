/*
 * data.c: where the data files (locales/, packs/) live: $ERRATA_DATA_DIR,
 * else the installed share/errata when it holds locales/, else the source
 * tree's rules/ folder (so a fresh build runs without installing).
 */
#include "common.h"
#include "errata/dates.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

#ifndef ERRATA_DATADIR
#define ERRATA_DATADIR "/usr/local/share/errata"
#endif
#ifndef ERRATA_SRCDATADIR
#define ERRATA_SRCDATADIR "rules"
#endif

static int has_locales(const char *dir)
{
	char path[4096];
	struct stat st;

	if (snprintf(path, sizeof(path), "%s/locales", dir) >= (int)sizeof(path))
		return 0;
	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

const char *errata_data_dir(void)
{
	const char *env = getenv("ERRATA_DATA_DIR");

	if (env && *env)
		return env;
	if (has_locales(ERRATA_DATADIR))
		return ERRATA_DATADIR;
	return ERRATA_SRCDATADIR;
}
