/*
 * core/repo/checkrun.h: running the checker over a text read from git,
 * for the log's counts and the findings attached to a new report.
 */
#ifndef ERRATA_CORE_CHECKRUN_H
#define ERRATA_CORE_CHECKRUN_H

#include <stddef.h>
#include "errata/checker.h"
#include "errata/findings.h"

/*
 * Load `data` as a document named `path` and append the checker's findings
 * to `out`. Returns 0, or a negative code when the text cannot be loaded
 * (the caller decides whether that matters).
 */
int errata__check_text(errata_checker *checker, const char *path,
                       const char *data, size_t len, errata_findings *out);

#endif
