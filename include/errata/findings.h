/*
 * errata/findings.h: what a check or rule reports, and the list that
 * collects them.
 */
#ifndef ERRATA_FINDINGS_H
#define ERRATA_FINDINGS_H

#include <stddef.h>
#include "errata/common.h"
#include "errata/doc.h"

typedef enum {
	ERRATA_SEVERITY_INFO = 0,
	ERRATA_SEVERITY_WARNING = 1,
	ERRATA_SEVERITY_ERROR = 2
} errata_severity;

/* "error", "warning", "info"; and back (ERRATA_EINVALID for other names). */
ERRATA_API const char *errata_severity_name(errata_severity sev);
ERRATA_API int errata_severity_parse(const char *name, errata_severity *out);

/*
 * One finding. Every string belongs to the list that holds the finding.
 * Lines and columns are 1-based; columns count Unicode code points; the
 * end is exclusive (the column just after the span). offset and length
 * are bytes into the original text; text is exactly those bytes.
 * The fingerprint is 16 hex digits over rule id, the span's text with
 * white space folded, and its occurrence index among findings of the same
 * rule and text in the same path: it does not change when unrelated text
 * moves.
 */
typedef struct {
	char *path;
	char *rule;
	errata_severity severity;
	char *message;
	unsigned int line, column, end_line, end_column;
	size_t offset, length;
	char *text;
	char **suggestions;
	size_t suggestion_count;
	char fingerprint[17];
} errata_finding;

/*
 * Accessors. errata_finding may gain fields at its end in later versions
 * (never allocate, copy or take the size of one: the library owns them);
 * what it learns to say is added here too, so code that reads findings
 * through these functions keeps working against any later liberrata.so.
 * f must not be NULL; strings are borrowed like the fields.
 */
ERRATA_API const char *errata_finding_path(const errata_finding *f);
ERRATA_API const char *errata_finding_rule(const errata_finding *f);
ERRATA_API errata_severity errata_finding_severity(const errata_finding *f);
ERRATA_API const char *errata_finding_message(const errata_finding *f);
/* 1-based; columns in Unicode code points; the end is exclusive. */
ERRATA_API unsigned int errata_finding_line(const errata_finding *f);
ERRATA_API unsigned int errata_finding_column(const errata_finding *f);
ERRATA_API unsigned int errata_finding_end_line(const errata_finding *f);
ERRATA_API unsigned int errata_finding_end_column(const errata_finding *f);
/* The span in bytes from the start of the text, and its exact bytes. */
ERRATA_API size_t errata_finding_offset(const errata_finding *f);
ERRATA_API size_t errata_finding_length(const errata_finding *f);
ERRATA_API const char *errata_finding_text(const errata_finding *f);
ERRATA_API size_t errata_finding_suggestion_count(const errata_finding *f);
/* The i-th suggestion, best first; NULL past the end. */
ERRATA_API const char *errata_finding_suggestion(const errata_finding *f, size_t i);
ERRATA_API const char *errata_finding_fingerprint(const errata_finding *f);

typedef struct errata_findings errata_findings;

ERRATA_API int errata_findings_new(errata_findings **out);
ERRATA_API void errata_findings_free(errata_findings *list);
ERRATA_API size_t errata_findings_count(const errata_findings *list);
/* Borrowed; valid until the list is changed or freed. */
ERRATA_API const errata_finding *errata_findings_get(const errata_findings *list, size_t i);

/*
 * Append a finding on doc's bytes [offset, offset+length): fills path,
 * positions and text from doc; copies every string. The fingerprint is
 * computed by errata_findings_seal().
 */
ERRATA_API int errata_findings_add(errata_findings *list, const errata_doc *doc,
                                   const char *rule, errata_severity sev,
                                   size_t offset, size_t length, const char *message,
                                   const char *const *suggestions, size_t suggestion_count);

/*
 * Keep at most `max` findings in the list (0, the default: no limit), so
 * that memory stays bounded whatever an input holds (a rule that matches
 * every word of a 16 MiB file). The first finding past the limit is
 * replaced by one warning, rule "errata.max-findings", that says so; the
 * rest are counted by errata_findings_dropped() and not stored.
 */
ERRATA_API void errata_findings_set_limit(errata_findings *list, size_t max);
ERRATA_API size_t errata_findings_dropped(const errata_findings *list);

/*
 * Sort the findings added since index `from` by position (then rule) and
 * compute their fingerprints. Checkers call this once per document.
 */
ERRATA_API void errata_findings_seal(errata_findings *list, size_t from);

/* Remove the finding at index i (keeps the order of the rest). */
ERRATA_API void errata_findings_remove(errata_findings *list, size_t i);

/* Counts by severity over the whole list. */
ERRATA_API void errata_findings_tally(const errata_findings *list, size_t *errors,
                                      size_t *warnings, size_t *infos);

#endif
