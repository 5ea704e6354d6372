/*
 * source_data.h: for the unit tests that read the shipped tables, the
 * source tree's rules/ as the data folder when the runner names the tree
 * (ERRATA_ROOT, set by tests/run.sh), whatever is installed.
 */
#ifndef ERRATA_TESTS_SOURCE_DATA_H
#define ERRATA_TESTS_SOURCE_DATA_H

#include <stdio.h>
#include <stdlib.h>

static inline void use_source_data(void)
{
	const char *root = getenv("ERRATA_ROOT");
	char path[4096];

	if (root) {
		snprintf(path, sizeof(path), "%s/rules", root);
		setenv("ERRATA_DATA_DIR", path, 1);
	}
}

#endif
