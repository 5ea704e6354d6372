/*
 * errata/reports.h: reader error reports, stored in the article repository
 * under one ref, refs/errata/reports, as immutable JSON event blobs
 * (r/<2 hex>/<report id>/<lamport>-<event id>.json). A report's state is
 * the replay of its events in (Lamport clock, event id) order. Writes move
 * the ref by compare-and-swap and retry on a lost race or a held lock;
 * the working tree and the index are never touched, nothing is deleted.
 */
#ifndef ERRATA_REPORTS_H
#define ERRATA_REPORTS_H

#include <stddef.h>
#include "errata/common.h"
#include "errata/repo.h"
#include "errata/checker.h"

#define ERRATA_REPORTS_REF "refs/errata/reports"
/* Readers' names and contacts, apart from the shared events (see below). */
#define ERRATA_CONTACTS_REF "refs/errata/contacts"
/* A report or event id: 16 hex digits and a NUL. */
#define ERRATA_REPORT_ID_SIZE 17
/* Limits on what a reader may send. */
#define ERRATA_REPORT_MAX_PAYLOAD (64 * 1024)
#define ERRATA_REPORT_MAX_QUOTE 2000
#define ERRATA_REPORT_MAX_FIELD 8000

/* What a reader files. Strings are UTF-8; only path and quote are required. */
typedef struct {
	unsigned int version;
	const char *path;      /* repository-relative */
	const char *rev;       /* the revision the reader saw; NULL: HEAD */
	const char *quote;
	const char *message;
	const char *suggest;
	const char *reporter;
	const char *contact;
} errata_report_input;

#define ERRATA_REPORT_INPUT_VERSION 1
#define ERRATA_REPORT_INPUT_INIT { ERRATA_REPORT_INPUT_VERSION, NULL, NULL, NULL, NULL, NULL, NULL, NULL }

/* Who writes, and what to run on a new report. */
typedef struct {
	unsigned int version;
	const char *actor;          /* NULL: git config user.name <user.email>, else $USER */
	errata_checker *checker;    /* NULL: no findings attached on add */
} errata_report_options;

#define ERRATA_REPORT_OPTIONS_VERSION 1
#define ERRATA_REPORT_OPTIONS_INIT { ERRATA_REPORT_OPTIONS_VERSION, NULL, NULL }

/*
 * File a new report: validate the input (ERRATA_EINVALID naming the field
 * for an empty or over-long quote, text that is not UTF-8 or too long;
 * ERRATA_ENOTFOUND for an unknown revision or a path not in it), locate the
 * quote at rev (a report whose quote is not there is stored unanchored),
 * find the revision that introduced it, attach the checker's findings
 * within the quoted span, and store the `open` event. id receives the new
 * report's id. Nothing is written on failure.
 */
ERRATA_API int errata_report_add(errata_repo *repo, const errata_report_input *in,
                                 const errata_report_options *opts,
                                 char id[ERRATA_REPORT_ID_SIZE]);

/*
 * The same from a JSON payload as a web form sends it:
 * {"path","quote", optional "rev","message","suggest","reporter","contact"}
 * (strings; unknown members are refused). Over ERRATA_REPORT_MAX_PAYLOAD
 * bytes: ERRATA_ETOOBIG. `name` is used in messages.
 */
ERRATA_API int errata_report_add_json(errata_repo *repo, const char *name,
                                      const char *json, size_t len,
                                      const errata_report_options *opts,
                                      char id[ERRATA_REPORT_ID_SIZE]);

/* The same from a file ("-": standard input), read up to the size limit. */
ERRATA_API int errata_report_add_json_file(errata_repo *repo, const char *file,
                                           const errata_report_options *opts,
                                           char id[ERRATA_REPORT_ID_SIZE]);

typedef enum {
	ERRATA_EVENT_OPEN = 0,
	ERRATA_EVENT_COMMENT,
	ERRATA_EVENT_CONFIRM,
	ERRATA_EVENT_REJECT,
	ERRATA_EVENT_FIXED,
	ERRATA_EVENT_REOPEN,
	ERRATA_EVENT_DUPLICATE,
	ERRATA_EVENT_NOTICE
} errata_event_type;

/* "open", "comment", ...; and back (ERRATA_EINVALID for other names). */
ERRATA_API const char *errata_event_type_name(errata_event_type type);
ERRATA_API int errata_event_type_parse(const char *name, errata_event_type *out);

/* A status change. Which fields count depends on the type. */
typedef struct {
	unsigned int version;
	errata_event_type type;
	const char *message;      /* comment: the text; reject: why */
	const char *of;           /* duplicate: the other report (id or prefix) */
	const char *rev;          /* fixed: the revision (resolved to a full id) */
	int detected;             /* fixed: found by scan rather than stated */
	/* notice (a published correction) */
	const char *kind;         /* correction|clarification|update|editors-note|retraction */
	const char *wrong, *right, *notice, *approved_by;
} errata_event_input;

#define ERRATA_EVENT_INPUT_VERSION 1
#define ERRATA_EVENT_INPUT_INIT { ERRATA_EVENT_INPUT_VERSION, ERRATA_EVENT_COMMENT, \
	NULL, NULL, NULL, 0, NULL, NULL, NULL, NULL, NULL }

/*
 * Append an event to the report named by `id` (any unique prefix;
 * ERRATA_EAMBIGUOUS, ERRATA_ENOTFOUND). A change the report's status does
 * not allow (a notice for a report that is not fixed, fixed for a rejected
 * one) fails with ERRATA_EINVALID. full_id (may be NULL) receives the
 * report's full id.
 */
ERRATA_API int errata_report_event(errata_repo *repo, const char *id,
                                   const errata_event_input *ev,
                                   const errata_report_options *opts,
                                   char full_id[ERRATA_REPORT_ID_SIZE]);

/* One report's current state. Every string belongs to the set. */
typedef struct {
	const char *id;
	const char *status;       /* open|confirmed|fixed|corrected|rejected|duplicate */
	const char *path;
	const char *rev;          /* full commit id the reader saw */
	const char *quote;
	int anchored;
	const char *introduced_in;  /* full commit id or NULL */
	const char *fixed_in;       /* full commit id or NULL */
	const char *time;           /* when it was filed, ISO 8601 UTC */
	const char *json;           /* the whole state as compact JSON */
} errata_report;

typedef struct errata_reports errata_reports;

/*
 * Load every report's current state (sorted by id). The replay is cached
 * under <gitdir>/errata/ and rebuilt when the ref has moved; a cache that
 * cannot be written is not an error. Free with errata_reports_free().
 */
ERRATA_API int errata_reports_load(errata_reports **out, errata_repo *repo);
/*
 * The same for the reports on one article (path relative to the
 * repository's top), sorted by id, from the path index under
 * <gitdir>/errata/ without reading the other reports (the index is
 * rebuilt by a full load when it cannot answer).
 */
ERRATA_API int errata_reports_load_path(errata_reports **out, errata_repo *repo,
                                        const char *path);
ERRATA_API void errata_reports_free(errata_reports *set);
ERRATA_API size_t errata_reports_count(const errata_reports *set);
ERRATA_API const errata_report *errata_reports_get(const errata_reports *set, size_t i);
/* Find by id or unique prefix: ERRATA_ENOTFOUND, ERRATA_EAMBIGUOUS. */
ERRATA_API int errata_reports_find(const errata_reports *set, const char *prefix,
                                   const errata_report **out);

/*
 * Append a report as text for people: status, article, revision and place,
 * quote, message, where it was introduced and fixed, the findings, the
 * correction, and every event with its actor and time.
 */
ERRATA_API int errata_report_write_text(errata_buf *out, const errata_report *report);

/*
 * For every open or confirmed, anchored report whose quote HEAD no longer
 * contains, record the revision that removed it (a `fixed` event marked
 * detected). *count (may be NULL) receives how many were recorded; ids
 * (may be NULL) receives them, comma-separated, in a buffer to dispose.
 */
ERRATA_API int errata_reports_scan(errata_repo *repo, const errata_report_options *opts,
                                   size_t *count, errata_buf *ids);

/*
 * Reader contacts. A report's `reporter` and `contact` are not written into
 * its events (which every clone shares and nobody can change) but under
 * ERRATA_CONTACTS_REF, one commit without history, so that erasing one
 * rewrites the ref and leaves no copy behind in it.
 */

/* A report's reader name and contact (malloc'd, NULL when none): 1 found, 0 not, or an error. */
ERRATA_API int errata_contact_get(errata_repo *repo, const char *id, char **reporter, char **contact);

/*
 * A report's JSON (as errata_report.json) with `reporter` and `contact`
 * filled in from the contacts ref: *json is malloc'd, or NULL when the
 * report has no contact there.
 */
ERRATA_API int errata_report_json_with_contact(errata_repo *repo, const errata_report *report,
                                               char **json);

/*
 * Erase the contact of report `prefix` for good (full receives its id):
 * the contacts ref is rewritten without it, a marker keeps a sync from
 * bringing it back, and its object file is deleted when it is loose.
 * ERRATA_EINVALID when the report's own events still hold a contact (a
 * store written before this ref existed: errata_contacts_migrate() first).
 */
ERRATA_API int errata_contact_redact(errata_repo *repo, const char *prefix,
                                     char full[ERRATA_REPORT_ID_SIZE]);

/* Erase every contact filed more than `days` days ago. *count: how many. */
ERRATA_API int errata_contacts_expire(errata_repo *repo, long days, size_t *count);

/*
 * One-time rewrite of a store whose open events hold readers' names and
 * contacts: every commit of ERRATA_REPORTS_REF is rewritten with those
 * fields null (same authors, messages and shape), the contacts are moved
 * under ERRATA_CONTACTS_REF, and the ref is moved by compare-and-swap.
 * *moved: how many contacts moved (0: nothing to do, nothing rewritten).
 * Other clones must fetch the rewritten ref with force.
 */
ERRATA_API int errata_contacts_migrate(errata_repo *repo, size_t *moved);

/*
 * Exchange contacts with `remote` (NULL: "origin"): the union of both
 * sides, less every contact either side erased, pushed with force (the
 * ref has no history by design).
 */
ERRATA_API int errata_contacts_sync(errata_repo *repo, const char *remote);

/* A correction an editor publishes that no reader reported. */
typedef struct {
	unsigned int version;
	const char *path;         /* the article (required) */
	const char *rev;          /* the revision with the corrected text; NULL: HEAD */
	const char *kind;         /* correction|clarification|update|editors-note|retraction; NULL: correction */
	const char *wrong;        /* what the article said (may be NULL) */
	const char *right;        /* what is right (may be NULL) */
	const char *notice;       /* the public notice (required) */
	const char *approved_by;  /* may be NULL */
} errata_correction_input;

#define ERRATA_CORRECTION_INPUT_VERSION 1
#define ERRATA_CORRECTION_INPUT_INIT { ERRATA_CORRECTION_INPUT_VERSION, NULL, NULL, NULL, NULL, NULL, NULL, NULL }

/*
 * Record a correction nobody reported, like the others: a report opened by
 * the editor, fixed in `rev` and corrected, its three events in one commit.
 * ERRATA_EINVALID for a missing notice or path, an unknown kind or text
 * that is not UTF-8; ERRATA_ENOTFOUND for a path not in rev. id receives
 * the new report's id.
 */
ERRATA_API int errata_correction_publish(errata_repo *repo, const errata_correction_input *in,
                                         const errata_report_options *opts,
                                         char id[ERRATA_REPORT_ID_SIZE]);

/* Output of the correction log. */
typedef enum {
	ERRATA_CORRECTIONS_TEXT = 0,
	ERRATA_CORRECTIONS_JSON,
	ERRATA_CORRECTIONS_JSONLD,
	ERRATA_CORRECTIONS_HTML,
	ERRATA_CORRECTIONS_ATOM
} errata_corrections_format;

/* Where the log is published, for titles and links. */
typedef struct {
	unsigned int version;
	const char *site_name;  /* NULL: none; the feed is then titled "Corrections" */
	const char *base_url;   /* the corrections page's site, e.g. "https://news.example.org"; NULL: none */
} errata_corrections_options;

#define ERRATA_CORRECTIONS_OPTIONS_VERSION 1
#define ERRATA_CORRECTIONS_OPTIONS_INIT { ERRATA_CORRECTIONS_OPTIONS_VERSION, NULL, NULL }

/*
 * Append the public correction log of `path` (NULL: every article), newest
 * first: kind, date, what was wrong and what is right, the notice, the
 * revisions that introduced and corrected it, and the reports it answers.
 * JSON-LD is a schema.org NewsArticle (a list of them without a path)
 * whose `correction` lists CorrectionComment objects; HTML is a fragment:
 * for one article the correction note to place under it, else the
 * site-wide list; Atom is a whole feed. Titles and addresses of articles
 * come from their front matter at HEAD (title:, url: or permalink:).
 */
ERRATA_API int errata_corrections_write(errata_buf *out, errata_repo *repo, const char *path,
                                        errata_corrections_format fmt);
ERRATA_API int errata_corrections_write_ext(errata_buf *out, errata_repo *repo, const char *path,
                                            errata_corrections_format fmt,
                                            const errata_corrections_options *opts);

/*
 * Exchange reports with `remote` (a configured remote's name or a URL or
 * local path; NULL: "origin"): fetch its refs/errata/reports, merge
 * diverged histories as the union of their events, move the local ref,
 * and push, retrying a few times when the push is rejected.
 * *fetched and *pushed (may be NULL) say whether anything came or went.
 */
ERRATA_API int errata_reports_sync(errata_repo *repo, const char *remote,
                                   const errata_report_options *opts,
                                   int *fetched, int *pushed);

#endif
