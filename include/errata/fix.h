/*
 * errata/fix.h: applying findings' suggestions to an article's text, and
 * the unified diff that shows what a fix changes.
 */
#ifndef ERRATA_FIX_H
#define ERRATA_FIX_H

#include <stddef.h>
#include "errata/common.h"
#include "errata/doc.h"
#include "errata/findings.h"

typedef struct {
	size_t applied;   /* findings whose first suggestion was applied */
	size_t skipped;   /* findings with a suggestion left alone (overlapping spans) */
} errata_fix_stats;

/*
 * Write doc's text to `out` with the first suggestion of each finding in
 * findings[from..] put in place of the finding's span. A fix is made only
 * when it is safe: a finding whose span overlaps another's is left alone
 * (all of them, unless they are the same span with the same replacement,
 * which is applied once); a finding whose offset, length or text do not
 * match doc's text (it was found on another version) is left alone too;
 * findings without a suggestion are ignored. Bytes outside the fixed spans
 * are copied unchanged. stats may be NULL.
 */
ERRATA_API int errata_fix_apply(errata_buf *out, const errata_doc *doc,
                                const errata_findings *findings, size_t from,
                                errata_fix_stats *stats);

/*
 * Append a unified diff (three lines of context, "--- a/PATH" and
 * "+++ b/PATH" headers) from old_text to new_text; nothing when they are
 * the same. Either text may lack a final line break ("\ No newline at end
 * of file").
 */
ERRATA_API int errata_fix_diff(errata_buf *out, const char *path,
                               const char *old_text, size_t old_len,
                               const char *new_text, size_t new_len);

#endif
