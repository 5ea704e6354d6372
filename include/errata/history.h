/*
 * errata/history.h: an article's history in its git repository: the
 * revisions that changed it (with the checker's counts and the words each
 * edit added and removed), and quote blame: the revision that introduced
 * a quoted text and the one that removed it. Read-only; the working tree
 * and the index are never touched.
 */
#ifndef ERRATA_HISTORY_H
#define ERRATA_HISTORY_H

#include <stddef.h>
#include "errata/common.h"
#include "errata/repo.h"
#include "errata/checker.h"

/* One revision that changed an article. */
typedef struct {
	errata_commit_info info;
	int checked;              /* 1 when a checker ran on this revision */
	size_t errors, warnings;  /* the checker's counts at error/warning severity */
	size_t words_added, words_removed;  /* against the previous revision */
	int shallow;              /* 1: the oldest revision a shallow clone holds: the path's
	                             earlier history (and the word counts against it) are not here */
	errata_date article_date; /* when checked: the date its year-less dates were read
	                             against (year 0: none) ... */
	char article_date_from[64]; /* ... and where it came from: "front matter 'date'",
	                             "html meta", "json-ld", "byline, line N", or "revision"
	                             (the commit's date, when the article names none) */
} errata_log_entry;

typedef struct errata_log errata_log;

typedef struct {
	unsigned int version;
	const char *rev;           /* where to start; NULL: HEAD */
	errata_checker *checker;   /* NULL: no counts */
	size_t max_count;          /* 0: every revision */
} errata_log_options;

#define ERRATA_LOG_OPTIONS_VERSION 1
#define ERRATA_LOG_OPTIONS_INIT { ERRATA_LOG_OPTIONS_VERSION, NULL, NULL, 0 }

/*
 * The revisions that changed `path` (repository-relative), newest first,
 * following first parents from opts->rev. A revision whose text the
 * document loader refuses is listed with checked == 0. ERRATA_ENOTFOUND
 * for an unknown revision or a path no revision holds. Free with
 * errata_log_free().
 */
ERRATA_API int errata_log_read(errata_log **out, errata_repo *repo, const char *path,
                               const errata_log_options *opts);
ERRATA_API void errata_log_free(errata_log *log);
ERRATA_API size_t errata_log_count(const errata_log *log);
/* Borrowed; valid until errata_log_free(). */
ERRATA_API const errata_log_entry *errata_log_get(const errata_log *log, size_t i);

/*
 * The checker's view of a quote in one revision: the findings that overlap
 * the quoted text there, judged with that revision's date as the article's
 * date when the article names none.
 */
typedef struct {
	int checked;                 /* 1 when the checker ran on the revision's text */
	unsigned int line, column;   /* the quote's place in that revision */
	errata_date article_date;    /* the date year-less dates were read against; year 0: none */
	char article_date_from[64];  /* where it came from (see errata_log_entry) */
	errata_findings *findings;   /* NULL when not checked */
} errata_blame_check;

/* Where a quote came from. */
typedef struct {
	size_t offset, length;     /* the span in the text at `rev` */
	unsigned int line, column; /* 1-based, columns in code points */
	errata_commit_info introduced;
	int shallow;               /* 1: `introduced` is a shallow clone's oldest revision, so the
	                              quote may be older; the clone holds no history before it */
	int removed;               /* 1 when `removed_in` is filled */
	errata_commit_info removed_in;
	/* Filled by errata_blame_quote_checked() only. */
	errata_blame_check at_introduced; /* the quote in the revision that introduced it */
	errata_blame_check at_rev;        /* the quote at `rev` */
	errata_oid rev_id;                /* `rev`'s commit, when checked */
} errata_blame;

/*
 * Blame `quote` in `path` at `rev` (NULL: HEAD): the oldest revision of
 * the unbroken run of first-parent revisions ending at rev whose text
 * contains the quote; and, walking back from HEAD, the oldest revision of
 * the run that no longer contains it (none when HEAD contains it).
 * Quotes match across line breaks and runs of white space, and curly
 * quotes and dashes match their plain forms. ERRATA_ENOTFOUND when the
 * quote is not in the text at rev; ERRATA_EINVALID for an empty quote or
 * one over 2,000 bytes. Release with errata_blame_dispose().
 */
ERRATA_API int errata_blame_quote(errata_blame *out, errata_repo *repo, const char *path,
                                  const char *rev, const char *quote);
/*
 * errata_blame_quote(), and with a checker (NULL: none) the findings that
 * overlap the quote in the revision that introduced it and at rev, each
 * revision checked with the configuration its own tree holds and its
 * commit's date as the article's date when the article names none.
 */
ERRATA_API int errata_blame_quote_checked(errata_blame *out, errata_repo *repo, const char *path,
                                          const char *rev, const char *quote,
                                          errata_checker *checker);
ERRATA_API void errata_blame_dispose(errata_blame *blame);

/*
 * The revision that removed `quote` from `path`: walking first parents back
 * from `head` (NULL: HEAD) over the revisions that do not contain it, the
 * oldest of them, stopping at `since` (exclusive; NULL: no limit) or at
 * the first revision that contains it. *found is 0 when head contains the
 * quote or no revision after `since` removed it.
 */
ERRATA_API int errata_history_removed(errata_commit_info *out, int *found, errata_repo *repo,
                                      const char *path, const char *since, const char *head,
                                      const char *quote);

/* How the log and blame print. */
typedef enum {
	ERRATA_HISTORY_TEXT = 0,
	ERRATA_HISTORY_JSON
} errata_history_format;

/*
 * Append the log of `path` to out. Text: one line per revision, "short-id
 * date author: subject (+A -R words; E errors, W warnings)". JSON:
 * {"version":1,"path","revisions":[{"commit","date","author","email",
 * "subject","errors","warnings","words_added","words_removed"}]}, with
 * errors and warnings null where the checker did not run.
 */
ERRATA_API int errata_log_write(errata_buf *out, const errata_log *log, const char *path,
                                errata_history_format fmt);

/*
 * Append a blame to out. Text: "path:line:col: introduced in ..." and
 * "... removed in ..." or "... still present at HEAD". JSON:
 * {"version":1,"path","location","introduced_in":{"commit","author",
 * "email","date","subject"},"removed_in":{...}|null}.
 */
ERRATA_API int errata_blame_write(errata_buf *out, const errata_blame *blame, const char *path,
                                  errata_history_format fmt);

#endif
