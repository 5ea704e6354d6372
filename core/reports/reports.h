/*
 * core/reports/reports.h: what the report files share: the event store
 * under refs/errata/reports (ids, actors, the compare-and-swap write loop,
 * finding a report's folder) and the replay of a report's events.
 */
#ifndef ERRATA_CORE_REPORTS_H
#define ERRATA_CORE_REPORTS_H

#include "repo/libgit2.h"
#include <cjson/cJSON.h>

#include "common.h"
#include "repo/repo.h"
#include "errata/reports.h"

/* An event blob to add: its path in the reports tree and its content. */
typedef struct {
	char *path;
	char *data;
	size_t len;
} errata__event_file;

typedef struct {
	errata__event_file *files;
	size_t count, cap;
	char *message;   /* the commit message (malloc'd) */
} errata__event_batch;

/* Add a file to a batch (copies both). */
int errata__batch_add(errata__event_batch *b, const char *path, const char *data, size_t len);
void errata__batch_clear(errata__event_batch *b);

/*
 * Called once per attempt with the current tip's tree (NULL when the ref
 * does not exist yet): fill `batch` (cleared before each call) with the
 * events to write. A negative return aborts the write with that error.
 */
typedef int (*errata__build_fn)(errata_repo *repo, git_tree *tip, void *payload,
                                errata__event_batch *batch);

/*
 * The write loop: read the tip, build the events, write their blobs, build
 * the new tree from the old one, commit with the tip as parent, and move
 * the ref by compare-and-swap; on a lost race or a held lock, back off a
 * few random milliseconds and start again. `actor` signs the commit.
 */
int errata__reports_write(errata_repo *repo, const char *actor,
                          errata__build_fn build, void *payload);

/*
 * Editing the reports tree in git's own format (treeedit.c). A writer
 * names the repository and, optionally, a cache of the trees it read or
 * wrote (kept by id, for a writer that stores many batches) and where new
 * objects go (NULL: the repository's object database).
 */
typedef struct errata__tree_cache errata__tree_cache;
/*
 * A cache of at most about max_bytes: past it (checked between edits),
 * it keeps only the trees the next edit can use (those under the tree it
 * edits, two levels down) and lets the rest go.
 */
int errata__tree_cache_new(errata__tree_cache **out, size_t max_bytes);
void errata__tree_cache_free(errata__tree_cache *c);   /* NULL-safe */
/* 1 when the tree `id` is kept in c, else 0. */
int errata__tree_cache_has(const errata__tree_cache *c, const git_oid *id);

typedef struct {
	git_repository *git;
	errata__tree_cache *cache;
	int (*write)(void *payload, git_object_t type, const void *data, size_t len, git_oid *out);
	void *payload;
} errata__tree_writer;

/*
 * Read the tree `root` and the trees under it, `depth` levels down, into
 * the writer's cache, until it is half full: 0, or an error.
 */
int errata__tree_cache_warm(const errata__tree_writer *w, const git_oid *root, int depth);

/* Write one object through the writer: 0 and its id, or an error. */
int errata__tree_write_object(const errata__tree_writer *w, git_object_t type, const void *data,
                              size_t len, git_oid *out);

/* A blob to put at a path ("r/ab/<id>/1-<id>.json"). */
typedef struct {
	const char *path;
	git_oid id;
} errata__tree_put;

/*
 * The tree `base` (NULL: an empty one) with each blob put at its path
 * (mode 100644; folders made as needed; a file of the same name
 * replaced), writing only the trees on the way: its id into out. Sorts
 * puts. ERRATA_EINVALID for a path put twice, a file where a folder is
 * or the reverse (as git_tree_create_updated refuses), or a damaged tree.
 */
int errata__tree_upsert(const errata__tree_writer *w, const git_oid *base, errata__tree_put *puts,
                        size_t n, git_oid *out);

/* A commit made but not yet published: the tip it was made on, and its id. */
typedef struct {
	int has_tip;
	git_oid tip, commit;
	char message[128];
} errata__prepared;

/*
 * One attempt of the write loop without the move: read the tip, build the
 * events, write their objects and commit. 0 and *out; 1 when the build
 * added nothing; or an error. errata__reports_move() publishes it. w:
 * where the objects go (NULL: the repository's object database).
 */
int errata__reports_prepare(errata_repo *repo, const errata__tree_writer *w,
                            const git_signature *sig, errata__build_fn build, void *payload,
                            errata__prepared *out);

/* The commit signature of an actor ("Name <email>" or a name); git_signature_free(). */
int errata__reports_signature(git_signature **out, const char *actor);

/*
 * After a failed move in attempt `attempt`: 1 when it lost a race and may
 * be tried again (after a short random pause), 0 otherwise; and the error
 * to report once the attempts are used up.
 */
int errata__reports_lost_race(int error, int attempt);
int errata__reports_gave_up(int error, errata_repo *repo);

/*
 * Move the ref from `expected` (NULL: it must not exist yet) to `target`,
 * a compare-and-swap made under the ref's lock, with errata's writers
 * serialised by an flock on <gitdir>/errata/reports.writer. A lock file
 * left by an errata writer that died while moving the ref is found and
 * removed (see store.c). 0; ERRATA_ECONFLICT (the ref is elsewhere: start
 * over); ERRATA_ELOCKED (held by a live writer or by git: wait, retry);
 * or an error.
 */
int errata__reports_move(errata_repo *repo, const git_oid *expected, const git_oid *target,
                         const git_signature *sig, const char *message);

/*
 * Create the ref at `oid` when it does not exist: errata__reports_move()
 * from nothing, with a held lock reported as ERRATA_ECONFLICT.
 */
int errata__reports_create_ref(errata_repo *repo, const git_oid *oid, const char *message);

/*
 * For tests only (NULL otherwise): called with "locked" when a writer
 * holds the ref's lock and is about to rename it into place, so that a
 * test can kill the writer at that point.
 */
extern void (*errata__reports_test_hook)(const char *point);

/* The ref's tip: 1 and *out when it exists, 0 when not, or an error. */
int errata__reports_tip(errata_repo *repo, git_oid *out);

/* A new random-ish 16-hex id from some content, the time and the pid. */
void errata__reports_new_id(char out[ERRATA_REPORT_ID_SIZE], const char *data, size_t len);

/* The actor: `given`, else git config user.name <user.email>, else $USER. malloc'd. */
int errata__reports_actor(errata_repo *repo, const char *given, char **out);

/* Now as ISO 8601 UTC, "2026-11-28T16:40:35Z". */
void errata__reports_now(char out[32]);

/*
 * Find the report whose id starts with `prefix` (hex) in a reports tree.
 * Stores the full id, and, if dir is not NULL, the report's folder tree
 * (git_tree_free()). ERRATA_ENOTFOUND, ERRATA_EAMBIGUOUS, ERRATA_EINVALID.
 */
int errata__reports_locate(errata_repo *repo, git_tree *tip, const char *prefix,
                           char id[ERRATA_REPORT_ID_SIZE], git_tree **dir);

/*
 * The Lamport clock of the event file `name` ("<lamport>-<event>.json") in
 * a report folder of `events` entries: 1 and *out when it is valid, 0 when
 * it is not. Each event's clock is one more than the highest its writer
 * saw, so no honest clock exceeds the number of events in its folder: a
 * clock beyond that (2^64-1 arriving by sync, say) is damaged or forged,
 * and is neither replayed nor counted, so it can never wrap the next one.
 */
int errata__reports_lamport(const char *name, size_t events, unsigned long *out);

/* 1 + the highest valid Lamport clock among a report folder's event names. */
unsigned long errata__reports_next_lamport(git_tree *dir);

/* The event path r/<2 hex>/<report>/<lamport>-<event>.json into out (128 bytes). */
void errata__reports_event_path(char out[128], const char *report, unsigned long lamport,
                                const char *event);

/*
 * Replay a report's folder into its state (a cJSON object the caller
 * deletes). The report's id is the folder's name.
 */
int errata__report_replay(errata_repo *repo, git_tree *dir, const char *id, cJSON **out);

/* An empty state for report `id` (cJSON_Delete()), or NULL without memory. */
cJSON *errata__report_state_new(const char *id);

/*
 * Read and check a report payload (errata report add --json, the web form):
 * strict JSON, known fields, types, sizes. The strings in *out point into
 * *root (cJSON_Delete() it after use). 0, or ERRATA_EINVALID/ETOOBIG with
 * the place.
 */
int errata__report_payload_read(const char *name, const char *json, size_t len,
                                errata_report_input *out, cJSON **root);

/* Apply one event blob to a state; a blob that is not a JSON object is skipped. */
int errata__report_apply(cJSON *state, const char *data, size_t len);

/*
 * Append the state JSON (as cJSON_PrintUnformatted() prints a replayed
 * state) of report `id` whose only event is `ev`, an object of type
 * "open": the cold list cache's fast way, with no state tree built.
 */
int errata__report_open_json(const cJSON *ev, const char *id, errata_buf *out);

/*
 * Store a reader's name and contact for report `id` under
 * refs/errata/contacts (contacts.c); nothing when both are NULL. time NULL:
 * now.
 */
int errata__contact_put(errata_repo *repo, const char *id, const char *reporter,
                        const char *contact, const char *time);

/* Store many contacts in one write (ids[i] with reporters[i], contacts[i], times[i]). */
int errata__contacts_put_many(errata_repo *repo, size_t n, const char *const *ids,
                              const char *const *reporters, const char *const *contacts,
                              const char *const *times);

/*
 * The same in two steps, for a writer that makes the objects durable in
 * between: a parentless commit holding the contacts (0; 1 when there are
 * none to store), then the ref moved to it by compare-and-swap (0;
 * ERRATA_ECONFLICT when the ref moved meanwhile: prepare again).
 */
int errata__contacts_prepare_many(errata_repo *repo, size_t n, const char *const *ids,
                                  const char *const *reporters, const char *const *contacts,
                                  const char *const *times, errata__prepared *out);
int errata__contacts_move(errata_repo *repo, const errata__prepared *p);

/*
 * A writer's batch of objects (objbatch.c): a repository handle of its own
 * whose new objects stay in memory until errata__objbatch_store() writes
 * them as one pack, synced to disk, so that the refs naming them can move.
 * errata__objbatch_discard() drops what a failed attempt wrote. The last
 * batch stored stays readable from memory until the next is (its commit
 * is the next one's parent). The handle is for one thread at a time.
 */
typedef struct errata__objbatch errata__objbatch;
int errata__objbatch_new(errata__objbatch **out, const char *gitdir);
errata_repo *errata__objbatch_repo(errata__objbatch *ob);
/* The batch's tree writer (its cache of trees, objects into the batch). */
const errata__tree_writer *errata__objbatch_writer(errata__objbatch *ob);
int errata__objbatch_store(errata__objbatch *ob);
void errata__objbatch_discard(errata__objbatch *ob);
/*
 * Read the trees new reports will edit (under the tip of
 * refs/errata/reports: its root, r/ and the shards) into the writer's
 * cache, as far as it holds them: a server calls it before it takes
 * requests, so that its first batches do not read them from deltified
 * packs while readers wait. 0 (also when there are no reports yet), or
 * an error.
 */
int errata__objbatch_warm(errata__objbatch *ob);
/*
 * Make <gitdir>/objects/pack when it is missing (git makes it with every
 * repository, but a copy may drop empty folders): a repository handle
 * opened without it never looks for packs. Call before the handles that
 * must read the batches' packs are opened.
 */
int errata__objbatch_pack_dir(errata_repo *repo);
/*
 * The small packs are rolled up by `git repack --geometric=2 -d` (at the
 * lowest priority) when the writer is idle: call errata__objbatch_idle()
 * once no batch has been written for a moment; it starts a roll-up when
 * 64 packs or more were written since the last, and returns 1 when one
 * is still due (it could not start). While batches keep coming, a store
 * starts one only past 256. errata__objbatch_roll_up_due(): 1 when a
 * roll-up waits for the writer to be idle.
 */
int errata__objbatch_idle(errata__objbatch *ob);
int errata__objbatch_roll_up_due(const errata__objbatch *ob);
/* Waits for a roll-up of small packs that is still running. NULL-safe. */
void errata__objbatch_free(errata__objbatch *ob);

/*
 * Where this thread's errata_report_add() hands a new report's open event
 * (its JSON, the reader's name and contact, the time) instead of writing
 * it: the server gathers concurrent reports into one commit. The sink
 * returns 0 once the event is stored. NULL: write at once (the default).
 */
typedef int (*errata__add_sink)(errata_repo *repo, const char *id, const char *json, size_t len,
                                const char *reporter, const char *contact, const char *time,
                                void *payload);
void errata__report_set_sink(errata__add_sink fn, void *payload);

/*
 * What filing a report takes from the revision the reader saw, for one
 * quote (memo.c): where it sits, the revision that introduced it, and
 * the findings within it made under `config` (a configuration's key,
 * NULL for none); findings NULL when they are not kept (a configuration
 * read from a file, whose content may change under the same key).
 */
typedef struct {
	int anchored;
	size_t offset, length;
	unsigned int line, column;
	int shallow;
	errata_commit_info introduced;
	char *config;
	cJSON *findings;
} errata__report_facts;

void errata__report_facts_dispose(errata__report_facts *f);   /* NULL-safe */

/* A memo of facts by (commit id, path, quote), `entries` of them at most. */
typedef struct errata__report_memo errata__report_memo;
int errata__report_memo_new(errata__report_memo **out, size_t entries);
void errata__report_memo_free(errata__report_memo *m);   /* NULL-safe */
/* 1 and a copy of the facts in *out (dispose them), or 0. */
int errata__report_memo_get(errata__report_memo *m, const char *rev, const char *path, const char *quote,
                            errata__report_facts *out);
/* Keep a copy of the facts (in place of an entry for the same key, or of the oldest). */
void errata__report_memo_put(errata__report_memo *m, const char *rev, const char *path, const char *quote,
                             const errata__report_facts *facts);
/* The memo this thread's errata_report_add() consults and fills (NULL: none, the default). */
void errata__report_set_memo(errata__report_memo *m);
errata__report_memo *errata__report_memo_of_thread(void);

/* What a push's remote said about the ref (sync.c). */
#define ERRATA__REMOTE_TEXT_MAX 2048
typedef struct {
	int rejected;        /* 1: the remote did not take the ref */
	char reason[256];    /* the remote's or git's reason */
	char text[ERRATA__REMOTE_TEXT_MAX];   /* what the remote said ("remote:" lines), sanitised */
	size_t text_len;
} errata__push_status;

/* Whether libgit2 would reach `url` by its local transport (a path, file://). */
int errata__url_is_local(const char *url);

/*
 * Push `spec` to a local remote with `git push --porcelain` (so that the
 * remote's receive-pack runs its hooks), with --force-with-lease=`lease`
 * when not NULL. Fills *ps; 0 (pushed, or rejected as *ps says) or an
 * error (git could not be run, or failed without a verdict on the ref).
 */
/* The environment for a git run on repo: this process's, with GIT_DIR set
 * and no GIT_WORK_TREE; *envp and *gitdir_env are the caller's to free. */
int errata__git_env(errata_repo *repo, char ***envp, char **gitdir_env);

/* Run `git ARGV[1..]` on repo (GIT_DIR set; no input or output) and wait. */
int errata__run_git(errata_repo *repo, char *const argv[]);
int errata__push_with_git(errata_repo *repo, const char *url, const char *spec, const char *lease,
                          errata__push_status *ps);

/* libgit2 push callbacks filling an errata__push_status (the payload). */
int errata__push_on_update(const char *refname, const char *status, void *payload);
int errata__push_on_sideband(const char *str, int len, void *payload);
void errata__push_set_reason(errata__push_status *ps, const char *reason);

/* 1 when fetching and merging again may cure the rejection (the ref moved meanwhile). */
int errata__push_retryable(const errata__push_status *ps);

/* The error for a push that `name` refused for `ref`: one line with the remote's words. */
int errata__push_refused(const char *name, const char *ref, const errata__push_status *ps);

/* Validate UTF-8 and the absence of NUL; for messages naming `field`. */
int errata__reports_check_text(const char *field, const char *s, size_t max);

#endif
