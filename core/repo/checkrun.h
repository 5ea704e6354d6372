/*
 * core/repo/checkrun.h: running the checker over a text read from git,
 * for the log's counts and the findings attached to a new report.
 */
#ifndef ERRATA_CORE_CHECKRUN_H
#define ERRATA_CORE_CHECKRUN_H

#include <stddef.h>
#include <cjson/cJSON.h>
#include "errata/checker.h"

/*
 * Check `data` as a document named `path` and count its findings at error
 * and warning severity. Returns 1 when the checker ran, 0 when the text
 * could not be loaded (not an error for the log), or a negative code.
 */
int errata__check_counts(errata_checker *checker, const char *path,
                         const char *data, size_t len,
                         size_t *errors, size_t *warnings);

/*
 * Check `data` and append to the JSON array `arr` every finding that
 * overlaps the bytes [offset, offset+length): rule, severity, message,
 * line, column, text and a summary "confirmed by RULE: MESSAGE".
 */
int errata__check_span(errata_checker *checker, const char *path,
                       const char *data, size_t len, size_t offset, size_t length,
                       cJSON *arr);

#endif
