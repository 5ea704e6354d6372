/*
 * cmd/fix.h: `errata check --fix` and `--fix-dry-run`: put each finding's
 * first suggestion in place, in the file or as a diff, and check again.
 */
#ifndef ERRATA_CMD_FIX_H
#define ERRATA_CMD_FIX_H

#include <stddef.h>
#include "errata.h"

enum fix_mode { FIX_NONE = 0, FIX_WRITE, FIX_DRY_RUN };

/*
 * Fix one checked file. `path` is the file as named ("-" for standard
 * input, which only a dry run accepts), *doc the document the findings
 * were found on. When a fix applies, FIX_WRITE replaces the file (unless
 * it changed since it was read: then it is left alone and a note goes to
 * stderr) by writing a temporary file beside it and renaming it over,
 * keeping its mode; FIX_DRY_RUN appends the unified diff to `diff`. Then
 * *doc and *findings are replaced by the fixed text and what is left on it
 * (read with dopts, which may be NULL, in *doc's format).
 * Returns 0, or -1 with a message (without the path) in msg.
 */
int fix_file(enum fix_mode mode, const char *path, errata_checker *checker,
             const errata_doc_options *dopts, errata_doc **doc,
             errata_findings **findings, errata_buf *diff,
             char *msg, size_t msgsize);

#endif
