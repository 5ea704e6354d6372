/*
 * core/repo/checkrun.h: running the checker over a text read from git,
 * for the log's counts, blame's findings and those attached to a new report.
 */
#ifndef ERRATA_CORE_CHECKRUN_H
#define ERRATA_CORE_CHECKRUN_H

#include <stddef.h>
#include <cjson/cJSON.h>
#include "errata/checker.h"

/*
 * Check `data` as the text of a revision dated `revision` (year 0: none),
 * the anchor for year-less dates when the article names no date of its
 * own. *out is a new findings list (the caller frees it), NULL when the
 * text could not be loaded; *anchor is the article date the check used
 * (year 0: none) and `from` (from_size bytes) where it came from
 * ("revision", "front matter 'date'", ...). Returns 1 when the checker
 * ran, 0 when the text was refused, or a negative code.
 */
int errata__check_revision(errata_checker *checker, const char *path, const char *data,
                           size_t len, errata_date revision, errata_findings **out,
                           errata_date *anchor, char *from, size_t from_size);

/*
 * Check `data` and append to the JSON array `arr` every finding that
 * overlaps the bytes [offset, offset+length): rule, severity, message,
 * line, column, text and a summary "confirmed by RULE: MESSAGE".
 */
int errata__check_span(errata_checker *checker, const char *path,
                       const char *data, size_t len, size_t offset, size_t length,
                       cJSON *arr);

#endif
