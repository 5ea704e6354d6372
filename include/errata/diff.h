/*
 * errata/diff.h: reviewing an edit. Two parts:
 *
 *  - a word-level diff of prose (paragraphs are long lines, so line diffs
 *    say little to an editor): the text is cut into words, runs of white
 *    space and single punctuation marks, and the token sequences are
 *    compared with Myers' O(ND) algorithm;
 *  - the list of articles an edit changed between two revisions, the
 *    staged index or the working tree, with both versions of each, read
 *    through libgit2 (renames detected), and the split of two finding
 *    lists into what an edit introduced and what it fixed.
 */
#ifndef ERRATA_DIFF_H
#define ERRATA_DIFF_H

#include <stddef.h>
#include "errata/common.h"
#include "errata/dates.h"
#include "errata/findings.h"
#include "errata/checker.h"
#include "errata/repo.h"
#include "errata/reports.h"

/* ---- word diff -------------------------------------------------------- */

/*
 * One change: the bytes [old_offset, old_offset+old_length) of the old
 * text were replaced by [new_offset, new_offset+new_length) of the new
 * text. A pure insertion has old_length 0 (old_offset is where it goes),
 * a pure deletion new_length 0. Lines are 1-based lines of the offsets.
 */
typedef struct {
	size_t old_offset, old_length;
	size_t new_offset, new_length;
	unsigned int old_line, new_line;
} errata_wordchange;

typedef struct errata_worddiff errata_worddiff;

/*
 * Compare two texts word by word. Changes in white space alone (a line
 * re-wrapped) are not changes; a paragraph break that appears or goes is.
 * Both texts are copied. A very large, very different pair of texts is
 * not compared to the last word: past a cost limit a region is reported
 * as replaced whole, so the time stays bounded.
 * *out belongs to the caller: errata_worddiff_free().
 */
ERRATA_API int errata_worddiff_new(errata_worddiff **out,
                                   const char *old_text, size_t old_len,
                                   const char *new_text, size_t new_len);
ERRATA_API void errata_worddiff_free(errata_worddiff *diff);

/* The changes, in text order. Borrowed; valid until the diff is freed. */
ERRATA_API size_t errata_worddiff_count(const errata_worddiff *diff);
ERRATA_API const errata_wordchange *errata_worddiff_get(const errata_worddiff *diff, size_t i);

typedef struct {
	unsigned int version;
	unsigned int context;   /* unchanged words shown either side (at most) */
	int color;              /* ANSI red/green around deletions/insertions */
} errata_worddiff_format_options;

#define ERRATA_WORDDIFF_FORMAT_OPTIONS_VERSION 1
#define ERRATA_WORDDIFF_FORMAT_OPTIONS_INIT { ERRATA_WORDDIFF_FORMAT_OPTIONS_VERSION, 8, 0 }

/*
 * Append the changes as readable hunks: a header "@@ -OLDLINE +NEWLINE @@"
 * and a line of text in which deleted words read [-old-] and inserted ones
 * {+new+}, with unchanged words around them up to the sentence's edge or
 * opts->context words ("..." where the sentence was cut). Changes close
 * to each other share a hunk. opts may be NULL.
 */
ERRATA_API int errata_worddiff_format(errata_buf *out, const errata_worddiff *diff,
                                      const errata_worddiff_format_options *opts);

/* ---- changed articles ------------------------------------------------- */

typedef enum {
	ERRATA_DIFF_TREES = 0,  /* old_rev against new_rev */
	ERRATA_DIFF_CACHED,     /* old_rev against the staged index */
	ERRATA_DIFF_WORKTREE    /* old_rev against the working tree */
} errata_diff_mode;

typedef struct {
	unsigned int version;
	errata_diff_mode mode;
	/* NULL: new_rev's first parent for TREES (for a root commit, the
	 * empty tree), "HEAD" otherwise (an unborn HEAD: the empty tree). */
	const char *old_rev;
	const char *new_rev;            /* TREES only; NULL: "HEAD" */
	const char *const *paths;       /* limit to these paths (git pathspecs) */
	size_t path_count;
	const char *index_path;         /* CACHED: read this index file instead
	                                 * of the repository's (GIT_INDEX_FILE) */
	int all_files;                  /* every file, not only articles */
} errata_diff_options;

#define ERRATA_DIFF_OPTIONS_VERSION 1
#define ERRATA_DIFF_OPTIONS_INIT { ERRATA_DIFF_OPTIONS_VERSION, ERRATA_DIFF_TREES, \
	NULL, NULL, NULL, 0, NULL, 0 }

typedef enum {
	ERRATA_DIFF_ADDED = 0,
	ERRATA_DIFF_MODIFIED,
	ERRATA_DIFF_DELETED,
	ERRATA_DIFF_RENAMED
} errata_diff_status;

/* "added", "modified", "deleted", "renamed". */
ERRATA_API const char *errata_diff_status_name(errata_diff_status status);

/*
 * One changed article. path is the new path (the old one for a deleted
 * article); old_path is NULL for an added article. old_data is NULL for an
 * added article, new_data for a deleted one; both are NUL-terminated.
 */
typedef struct {
	errata_diff_status status;
	const char *path;
	const char *old_path;
	const char *old_data;
	size_t old_len;
	const char *new_data;
	size_t new_len;
} errata_diff_file;

typedef struct errata_diff errata_diff;

/* Whether a path names an article: it ends in .md, .markdown, .txt, .html
 * or .htm, in any case. */
ERRATA_API int errata_path_is_article(const char *path);

/*
 * List the articles (files ending in .md, .markdown, .txt, .html or .htm,
 * unless opts->all_files) that differ between the two sides, in path
 * order, and read both versions of each. Only the trees are compared:
 * unchanged articles are never read. opts may be NULL.
 * ERRATA_ENOTFOUND for an unknown revision.
 * *out belongs to the caller: errata_diff_free().
 */
ERRATA_API int errata_diff_new(errata_diff **out, errata_repo *repo,
                               const errata_diff_options *opts);
ERRATA_API void errata_diff_free(errata_diff *diff);

ERRATA_API size_t errata_diff_count(const errata_diff *diff);
/* Borrowed; valid until the diff is freed. */
ERRATA_API const errata_diff_file *errata_diff_get(const errata_diff *diff, size_t i);

/*
 * The date of each side, for articles whose front matter has none: the
 * commit date of the revision (in the committer's time zone), or today's
 * date (UTC) for the index and the working tree; year 0 when there is no
 * commit (an unborn HEAD).
 */
ERRATA_API errata_date errata_diff_old_date(const errata_diff *diff);
ERRATA_API errata_date errata_diff_new_date(const errata_diff *diff);

/*
 * The date article i's new version was read against (its year-less dates
 * anchored), once errata_diff_check() or errata_diff_check_with() has
 * checked it, and where it came from, as errata_checker_article_date()
 * says ("--date", "front matter 'date'", "byline, line 3", "revision"
 * for the side's commit date, ...). Returns 1 when the article was
 * checked; 0 (date year 0, *from "none") otherwise. *from is borrowed
 * until the diff is freed.
 */
ERRATA_API int errata_diff_article_date(const errata_diff *diff, size_t i, errata_date *date,
                                        const char **from);

/* The two sides' commit ids, or "" for the index, working tree or none. */
ERRATA_API const char *errata_diff_old_id(const errata_diff *diff);
ERRATA_API const char *errata_diff_new_id(const errata_diff *diff);

/* ---- introduced and fixed --------------------------------------------- */

/*
 * Match the findings old_findings[old_from..] against
 * new_findings[new_from..] by fingerprint and remove from each range every
 * finding the other also has: afterwards the new range holds what an edit
 * introduced and the old range what it fixed. A finding whose paragraph
 * merely moved keeps its fingerprint, so it leaves both ranges.
 */
ERRATA_API int errata_diff_match_findings(errata_findings *old_findings, size_t old_from,
                                          errata_findings *new_findings, size_t new_from);

/*
 * Build the checker the diff's articles are checked with, from opts (NULL:
 * defaults; copied shallowly, so what its pointers point to must outlive
 * the diff). An article whose front matter has no date is dated by its
 * side (see errata_diff_old_date()), unless opts->date is set, which then
 * dates both sides. The rule packs and locales are loaded once; a second
 * checker, for the old side's date, is built only when an old version
 * without a front-matter date needs it. *checker (may be NULL) borrows
 * the new side's checker, for rule listings.
 *
 * opts->config_path NULL means each version of an article is checked with
 * its own configuration, found as `errata check` finds it on disk: the
 * .errata.json nearest to the article's folder, walking up, in the tree the
 * version is read from (the revision's tree, or the staged index), else
 * the one above the working tree; a version read from the working tree
 * uses errata_config_find() from its folder. One checker is built per
 * configuration, and *checker is that of an article at the top.
 */
ERRATA_API int errata_diff_use_checker(errata_diff *diff, const errata_checker_options *opts,
                                       const errata_checker **checker);

/*
 * Keep at most `max` findings of each version of an article (0, the
 * default: no limit), as errata_findings_set_limit() does for one list:
 * errata_diff_check() and errata_diff_check_with() set that limit on the
 * lists they are given (past what the lists held already), so memory stays
 * bounded whatever an edit adds. A version past the limit has the
 * "errata.max-findings" warning, which is never matched away: it shows in
 * `found` when the new version hit the limit, in `fixed` when the old one
 * did. Call before checking.
 */
ERRATA_API void errata_diff_set_max_findings(errata_diff *diff, size_t max);

/*
 * Check both versions of changed article i (errata_diff_use_checker()
 * first), each read as a document named by its own path. Appends to
 * `found` the findings of the new version that the old one lacks, or,
 * with `all`, every finding of the new version; appends to `fixed` (may
 * be NULL) the findings of the old version the new one lacks. A deleted
 * article adds nothing to `found`, an added one everything. *new_errors
 * (may be NULL) is increased by the number of findings at error severity
 * the edit introduced, whatever `all` says. A new version that cannot be
 * loaded (invalid UTF-8, a NUL byte) fails with the loader's error; an old
 * one that cannot be loaded counts as clean.
 */
ERRATA_API int errata_diff_check(errata_diff *diff, size_t i, int all, errata_findings *found,
                                 errata_findings *fixed, size_t *new_errors);

/*
 * A worker's own checkers for the articles of one diff (one per
 * configuration and side, built on first use), so that threads may check
 * the articles of a diff at once: errata_diff_check_with() writes only to
 * them and changes nothing in the diff. Make them after
 * errata_diff_use_checker(); free with errata_diff_checkers_free().
 */
typedef struct errata_diff_checkers errata_diff_checkers;
ERRATA_API int errata_diff_checkers_new(errata_diff_checkers **out, const errata_diff *diff);
ERRATA_API void errata_diff_checkers_free(errata_diff_checkers *checkers);

/* errata_diff_check() without `fixed`, with a worker's checkers. */
ERRATA_API int errata_diff_check_with(errata_diff *diff, errata_diff_checkers *checkers,
                                      size_t i, int all, errata_findings *found,
                                      size_t *new_errors);

/*
 * The reader reports, open or confirmed, filed on changed article i (on
 * its old path or its new one) whose quoted text the old version contains
 * and the new version does not: the edit is a candidate fix. Quotes match
 * as the report store matches them (white space folded, typographic
 * quotes and dashes as their plain forms). The reports are loaded from
 * the repository once per diff. *out is a malloc'd array (free()) of
 * *count pointers borrowed from the diff; NULL when there are none.
 */
ERRATA_API int errata_diff_resolved_reports(errata_diff *diff, errata_repo *repo, size_t i,
                                            const errata_report ***out, size_t *count);

/*
 * The folder where git looks for this repository's hooks: core.hooksPath
 * when it is set (relative to the working tree), else the hooks/ folder of
 * the common git directory. *out is malloc'd (free()), with no trailing '/'.
 */
ERRATA_API int errata_repo_hooks_dir(errata_repo *repo, char **out);

#endif
