/*
 * contacts.c: readers' names and e-mail addresses, kept out of the shared,
 * append-only report events. They live under their own ref,
 * refs/errata/contacts, which `report sync` leaves alone unless asked
 * (--with-contacts). The ref points at one commit without parents, so
 * rewriting it erases for good what it dropped: its tree holds
 * c/<2 hex>/<report id>.json ({"report","reporter","contact","time"}) and,
 * for every erased contact, an empty x/<report id> marker, so that a sync
 * with another clone does not bring the erased contact back. Each write
 * reads the tip, builds the new tree from the old one and moves the ref
 * by compare-and-swap, retrying a lost race.
 */
#include "reports/reports.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>


#define ATTEMPTS 100

/* Apply `ups` to the contacts tree; `drop` (may be NULL) chooses entries to remove. */
typedef int (*edit_fn)(errata_repo *repo, git_tree *tree, void *payload,
                       git_tree_update **ups, size_t *n, size_t *cap);

static void contact_path(char out[64], const char *id)
{
	snprintf(out, 64, "c/%.2s/%s.json", id, id);
}

static int push_update(git_tree_update **ups, size_t *n, size_t *cap, git_tree_update_t action,
                       const char *path, const git_oid *oid)
{
	git_tree_update *u;

	if (*n == *cap) {
		size_t ncap = *cap ? *cap * 2 : 8;
		git_tree_update *p = realloc(*ups, ncap * sizeof(*p));

		if (!p)
			return errata__oom();
		*ups = p;
		*cap = ncap;
	}
	u = &(*ups)[(*n)++];
	memset(u, 0, sizeof(*u));
	u->action = action;
	u->path = errata__strdup(path);
	if (!u->path)
		return errata__oom();
	if (oid) {
		git_oid_cpy(&u->id, oid);
		u->filemode = GIT_FILEMODE_BLOB;
	}
	return 0;
}

static void free_updates(git_tree_update *ups, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free((char *)(uintptr_t)ups[i].path);
	free(ups);
}

/* The contacts tip: 1 and the commit's tree, 0 when there is none, or an error. */
static int contacts_tree(errata_repo *repo, git_oid *tip, git_tree **tree)
{
	git_commit *c = NULL;
	int error = git_reference_name_to_id(tip, repo->git, ERRATA_CONTACTS_REF);

	*tree = NULL;
	if (error == GIT_ENOTFOUND) {
		git_error_clear();
		return 0;
	}
	if (error < 0 || (error = git_commit_lookup(&c, repo->git, tip)) < 0 ||
	    (error = git_commit_tree(tree, c)) < 0) {
		git_commit_free(c);
		return errata__git_error(error, ERRATA_CONTACTS_REF);
	}
	git_commit_free(c);
	return 1;
}

/* Whether every update puts a plain file (no removal, no other mode). */
static int only_files_put(const git_tree_update *ups, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (ups[i].action != GIT_TREE_UPDATE_UPSERT || ups[i].filemode != GIT_FILEMODE_BLOB)
			return 0;
	return 1;
}

/*
 * One attempt: a new parentless commit with the edited tree, not yet
 * published. 0 and *out; 1 when the edit changes nothing; or an error.
 */
static int contacts_prepare(errata_repo *repo, const char *what, edit_fn edit, void *payload,
                            errata__prepared *out)
{
	git_tree *tree = NULL, *newtree = NULL;
	git_tree_update *ups = NULL;
	git_signature *sig = NULL;
	git_oid tree_oid;
	size_t n = 0, cap = 0;
	int has, error, done = 0;

	memset(out, 0, sizeof(*out));
	if ((has = contacts_tree(repo, &out->tip, &tree)) < 0)
		return has;
	out->has_tip = has;
	snprintf(out->message, sizeof(out->message), "%s", what);
	if ((error = edit(repo, tree, payload, &ups, &n, &cap)) < 0 || n == 0) {
		free_updates(ups, n);
		git_tree_free(tree);
		return error < 0 ? error : 1;
	}
	if (only_files_put(ups, n)) {
		/* New contacts (the common write): the shard trees copied with them merged in. */
		errata__tree_writer w = { NULL, NULL, NULL, NULL };
		errata__tree_put *puts = calloc(n, sizeof(*puts));

		w.git = repo->git;
		for (size_t i = 0; puts && i < n; i++) {
			puts[i].path = ups[i].path;
			git_oid_cpy(&puts[i].id, &ups[i].id);
		}
		error = puts ? errata__tree_upsert(&w, tree ? git_tree_id(tree) : NULL, puts, n, &tree_oid)
		             : errata__oom();
		free(puts);
		if (error == 0) {
			done = 1;
		} else if (error == ERRATA_EINVALID) {
			/* A path put twice: left to libgit2, as before. */
			errata__error_clear();
			error = 0;
		} else {
			free_updates(ups, n);
			git_tree_free(tree);
			return error;
		}
	}
	if (!done && !tree) {
		git_treebuilder *tb = NULL;
		git_oid empty;

		if ((error = git_treebuilder_new(&tb, repo->git, NULL)) == 0 &&
		    (error = git_treebuilder_write(&empty, tb)) == 0)
			error = git_tree_lookup(&tree, repo->git, &empty);
		git_treebuilder_free(tb);
	}
	if (!done && error == 0)
		error = git_tree_create_updated(&tree_oid, repo->git, tree, n, ups);
	free_updates(ups, n);
	git_tree_free(tree);
	if (error == 0)
		error = git_tree_lookup(&newtree, repo->git, &tree_oid);
	if (error == 0 && (error = git_signature_now(&sig, "errata", "errata@localhost")) == 0)
		error = git_commit_create(&out->commit, repo->git, NULL, sig, sig, NULL, what,
		                          newtree, 0, NULL);
	git_signature_free(sig);
	git_tree_free(newtree);
	return error < 0 ? errata__git_error(error, ERRATA_CONTACTS_REF) : 0;
}

int errata__contacts_move(errata_repo *repo, const errata__prepared *p)
{
	git_reference *ref = NULL;
	int error;

	if (p->has_tip)
		error = git_reference_create_matching(&ref, repo->git, ERRATA_CONTACTS_REF,
		                                      &p->commit, 1, &p->tip, p->message);
	else
		error = git_reference_create(&ref, repo->git, ERRATA_CONTACTS_REF, &p->commit, 0, p->message);
	git_reference_free(ref);
	if (error == GIT_EMODIFIED || error == GIT_EEXISTS || error == GIT_ELOCKED) {
		git_error_clear();
		return ERRATA_ECONFLICT;
	}
	return error < 0 ? errata__git_error(error, ERRATA_CONTACTS_REF) : 0;
}

/* The write loop: prepare, then move the ref by compare-and-swap; retry a lost race. */
static int contacts_write(errata_repo *repo, const char *what, edit_fn edit, void *payload)
{
	for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
		errata__prepared p;
		int error;

		if ((error = contacts_prepare(repo, what, edit, payload, &p)) != 0)
			return error < 0 ? error : 0;
		if ((error = errata__contacts_move(repo, &p)) != ERRATA_ECONFLICT)
			return error;
		usleep((useconds_t)(1000 + rand() % 5000));
	}
	return errata__error(ERRATA_ECONFLICT, "%s kept moving: try again", ERRATA_CONTACTS_REF);
}

typedef struct {
	const char *id, *reporter, *contact, *time;
} put_payload;

/*
 * A reader's contact is always its own loose object file, synced, even
 * when the writer packs everything else (the server's group commit): a
 * redaction then deletes the file, and no pack keeps a copy behind.
 */
static int write_loose(errata_repo *repo, const char *data, size_t len, git_oid *out)
{
	git_odb *odb = NULL;
	git_odb_backend *loose = NULL;
	char dir[4096];
	int error;

	if ((size_t)snprintf(dir, sizeof(dir), "%sobjects", repo->gitdir) >= sizeof(dir))
		return errata__error(ERRATA_EINVALID, "repository path too long");
	if ((error = git_odb_new(&odb)) < 0)
		return error;
	if ((error = git_odb_backend_loose(&loose, dir, -1, 1, 0, 0)) == 0 &&
	    (error = git_odb_add_backend(odb, loose, 1)) < 0)
		loose->free(loose);
	if (error == 0)
		error = git_odb_write(out, odb, data, len, GIT_OBJECT_BLOB);
	git_odb_free(odb);
	return error;
}

static int edit_put(errata_repo *repo, git_tree *tree, void *payload,
                    git_tree_update **ups, size_t *n, size_t *cap)
{
	put_payload *p = payload;
	cJSON *o = cJSON_CreateObject();
	char path[64], *json = NULL;
	git_oid blob;
	int error;

	(void)tree;
	if (!o)
		return errata__oom();
	cJSON_AddStringToObject(o, "report", p->id);
	cJSON_AddItemToObject(o, "reporter", p->reporter ? cJSON_CreateString(p->reporter) : cJSON_CreateNull());
	cJSON_AddItemToObject(o, "contact", p->contact ? cJSON_CreateString(p->contact) : cJSON_CreateNull());
	cJSON_AddStringToObject(o, "time", p->time);
	json = cJSON_PrintUnformatted(o);
	cJSON_Delete(o);
	if (!json)
		return errata__oom();
	error = write_loose(repo, json, strlen(json), &blob);
	cJSON_free(json);
	if (error < 0)
		return errata__git_error(error, "contact");
	contact_path(path, p->id);
	return push_update(ups, n, cap, GIT_TREE_UPDATE_UPSERT, path, &blob);
}

int errata__contact_put(errata_repo *repo, const char *id, const char *reporter,
                        const char *contact, const char *time)
{
	put_payload p = { id, reporter, contact, time };
	char now[32];

	if (!reporter && !contact)
		return 0;
	if (!time) {
		errata__reports_now(now);
		p.time = now;
	}
	return contacts_write(repo, "contact\n", edit_put, &p);
}

int errata_contact_get(errata_repo *repo, const char *id, char **reporter, char **contact)
{
	git_oid tip;
	git_tree *tree = NULL;
	git_tree_entry *e = NULL;
	git_blob *blob = NULL;
	cJSON *o = NULL;
	const cJSON *v;
	char path[64];
	int error;

	*reporter = *contact = NULL;
	if ((error = contacts_tree(repo, &tip, &tree)) <= 0)
		return error;
	contact_path(path, id);
	if (git_tree_entry_bypath(&e, tree, path) < 0) {
		git_error_clear();
		error = 0;
		goto cleanup;
	}
	if ((error = git_blob_lookup(&blob, repo->git, git_tree_entry_id(e))) < 0) {
		error = errata__git_error(error, ERRATA_CONTACTS_REF);
		goto cleanup;
	}
	o = cJSON_ParseWithLength(git_blob_rawcontent(blob), (size_t)git_blob_rawsize(blob));
	if ((v = cJSON_GetObjectItemCaseSensitive(o, "reporter")) && cJSON_IsString(v))
		*reporter = errata__strdup(v->valuestring);
	if ((v = cJSON_GetObjectItemCaseSensitive(o, "contact")) && cJSON_IsString(v))
		*contact = errata__strdup(v->valuestring);
	error = 1;
cleanup:
	cJSON_Delete(o);
	git_blob_free(blob);
	git_tree_entry_free(e);
	git_tree_free(tree);
	return error;
}

typedef struct {
	const char *id;       /* one report, or NULL */
	time_t before;        /* with id NULL: entries filed before this */
	size_t count;
	git_oid *gone;        /* blobs dropped, to delete their loose files */
	size_t ngone;
} drop_payload;

/* A contact's filing time, from its blob. */
static time_t contact_time(errata_repo *repo, const git_oid *oid)
{
	git_blob *blob = NULL;
	cJSON *o = NULL;
	const cJSON *v;
	struct tm tm;
	time_t t = 0;

	if (git_blob_lookup(&blob, repo->git, oid) < 0)
		return 0;
	o = cJSON_ParseWithLength(git_blob_rawcontent(blob), (size_t)git_blob_rawsize(blob));
	v = cJSON_GetObjectItemCaseSensitive(o, "time");
	memset(&tm, 0, sizeof(tm));
	if (cJSON_IsString(v) && sscanf(v->valuestring, "%4d-%2d-%2dT%2d:%2d:%2d", &tm.tm_year, &tm.tm_mon,
	                                &tm.tm_mday, &tm.tm_hour, &tm.tm_min, &tm.tm_sec) == 6) {
		tm.tm_year -= 1900;
		tm.tm_mon -= 1;
		t = timegm(&tm);
	}
	cJSON_Delete(o);
	git_blob_free(blob);
	return t;
}

static int mark_gone(errata_repo *repo, drop_payload *p, const git_tree_entry *e, const char *id,
                     git_tree_update **ups, size_t *n, size_t *cap)
{
	char path[64];
	git_oid empty;
	git_oid *g;
	int error;

	contact_path(path, id);
	if ((error = push_update(ups, n, cap, GIT_TREE_UPDATE_REMOVE, path, NULL)) < 0)
		return error;
	snprintf(path, sizeof(path), "x/%s", id);
	if ((error = git_blob_create_from_buffer(&empty, repo->git, "", 0)) < 0)
		return errata__git_error(error, "contact");
	if ((error = push_update(ups, n, cap, GIT_TREE_UPDATE_UPSERT, path, &empty)) < 0)
		return error;
	if (!(g = realloc(p->gone, (p->ngone + 1) * sizeof(*g))))
		return errata__oom();
	p->gone = g;
	git_oid_cpy(&p->gone[p->ngone++], git_tree_entry_id(e));
	p->count++;
	return 0;
}

static int edit_drop(errata_repo *repo, git_tree *tree, void *payload,
                     git_tree_update **ups, size_t *n, size_t *cap)
{
	drop_payload *p = payload;
	git_tree_entry *c = NULL;
	git_tree *shards = NULL;
	int error = 0;

	p->count = 0;
	p->ngone = 0;
	if (!tree)
		return 0;
	if (p->id) {
		char path[64];
		git_tree_entry *e = NULL;

		contact_path(path, p->id);
		if (git_tree_entry_bypath(&e, tree, path) < 0) {
			git_error_clear();
			return 0;
		}
		error = mark_gone(repo, p, e, p->id, ups, n, cap);
		git_tree_entry_free(e);
		return error;
	}
	if (git_tree_entry_bypath(&c, tree, "c") < 0) {
		git_error_clear();
		return 0;
	}
	if ((error = git_tree_lookup(&shards, repo->git, git_tree_entry_id(c))) < 0)
		goto cleanup;
	for (size_t i = 0; i < git_tree_entrycount(shards) && error >= 0; i++) {
		git_tree *shard = NULL;

		if (git_tree_lookup(&shard, repo->git, git_tree_entry_id(git_tree_entry_byindex(shards, i))) < 0)
			continue;
		for (size_t k = 0; k < git_tree_entrycount(shard) && error >= 0; k++) {
			const git_tree_entry *e = git_tree_entry_byindex(shard, k);
			char id[ERRATA_REPORT_ID_SIZE];

			if (contact_time(repo, git_tree_entry_id(e)) >= p->before)
				continue;
			snprintf(id, sizeof(id), "%.16s", git_tree_entry_name(e));
			error = mark_gone(repo, p, e, id, ups, n, cap);
		}
		git_tree_free(shard);
	}
cleanup:
	git_tree_free(shards);
	git_tree_entry_free(c);
	return error < 0 ? errata__git_error(error, ERRATA_CONTACTS_REF) : 0;
}

/* Delete the loose files of dropped blobs; 1 if a copy is left in a pack. */
static int unlink_loose(errata_repo *repo, const drop_payload *p)
{
	git_odb *odb = NULL;
	char dir[4096];
	int packed = 0;

	for (size_t i = 0; i < p->ngone; i++) {
		char hex[GIT_OID_HEXSZ + 1], path[4096];

		git_oid_tostr(hex, sizeof(hex), &p->gone[i]);
		snprintf(path, sizeof(path), "%sobjects/%.2s/%s", repo->gitdir, hex, hex + 2);
		unlink(path);
	}
	/* a database of its own: the repository's keeps packs open that a
	 * repack has deleted */
	snprintf(dir, sizeof(dir), "%sobjects", repo->gitdir);
	if (p->ngone && git_odb_open(&odb, dir) == 0) {
		for (size_t i = 0; i < p->ngone && !packed; i++)
			packed = git_odb_exists(odb, &p->gone[i]);
	}
	git_odb_free(odb);
	return packed;
}

/*
 * Erase the dropped contacts' every copy. A contact is written loose, but
 * a roll-up of the server's packs (`git repack --geometric`) or git's own
 * gc may have packed it: then `git repack -A -d` rewrites the packs
 * without what no ref reaches, leaving such objects loose (an object a
 * writer has packed and not yet referenced stays: it is loose, not lost),
 * and their files are deleted.
 */
static int erase(errata_repo *repo, const drop_payload *p)
{
	char a0[] = "git", a1[] = "repack", a2[] = "-A", a3[] = "-d", a4[] = "-q";
	char *argv[] = { a0, a1, a2, a3, a4, NULL };
	int error;

	if (!unlink_loose(repo, p))
		return 0;
	if ((error = errata__run_git(repo, argv)) < 0 || unlink_loose(repo, p))
		return errata__error(ERRATA_EIO, "the contact is gone from %s, but a packed copy is left: "
		                     "run 'git gc --prune=now' in the repository", ERRATA_CONTACTS_REF);
	return 0;
}

int errata_contact_redact(errata_repo *repo, const char *prefix, char full[ERRATA_REPORT_ID_SIZE])
{
	drop_payload p;
	git_oid tip;
	git_commit *commit = NULL;
	git_tree *tree = NULL;
	cJSON *state = NULL;
	int error;

	memset(&p, 0, sizeof(p));
	full[0] = '\0';
	/* The report must exist; its events must hold no contact of their own. */
	if ((error = errata__reports_tip(repo, &tip)) <= 0)
		return error < 0 ? error : errata__error(ERRATA_ENOTFOUND, "no report matches '%s'", prefix);
	if ((error = git_commit_lookup(&commit, repo->git, &tip)) < 0 ||
	    (error = git_commit_tree(&tree, commit)) < 0) {
		error = errata__git_error(error, ERRATA_REPORTS_REF);
		goto cleanup;
	}
	{
		git_tree *dir = NULL;

		if ((error = errata__reports_locate(repo, tree, prefix, full, &dir)) < 0)
			goto cleanup;
		error = errata__report_replay(repo, dir, full, &state);
		git_tree_free(dir);
		if (error < 0)
			goto cleanup;
	}
	if (cJSON_IsString(cJSON_GetObjectItemCaseSensitive(state, "reporter")) ||
	    cJSON_IsString(cJSON_GetObjectItemCaseSensitive(state, "contact"))) {
		error = errata__error(ERRATA_EINVALID, "report %s keeps its reader's contact in its events, "
		                      "as stores written before contacts had their own ref did: "
		                      "run 'errata report migrate-contacts' first", full);
		goto cleanup;
	}
	p.id = full;
	if ((error = contacts_write(repo, "redact\n", edit_drop, &p)) == 0)
		error = erase(repo, &p);
cleanup:
	free(p.gone);
	cJSON_Delete(state);
	git_tree_free(tree);
	git_commit_free(commit);
	return error;
}

int errata_contacts_expire(errata_repo *repo, long days, size_t *count)
{
	drop_payload p;
	int error;

	memset(&p, 0, sizeof(p));
	if (count)
		*count = 0;
	if (days <= 0)
		return errata__error(ERRATA_EINVALID, "retention: the number of days must be 1 or more");
	p.before = time(NULL) - (time_t)days * 86400;
	if ((error = contacts_write(repo, "expire\n", edit_drop, &p)) == 0 &&
	    (error = erase(repo, &p)) == 0) {
		if (count)
			*count = p.count;
	}
	free(p.gone);
	return error;
}

/* Contacts found in old events, moved to the contacts ref. */
typedef struct {
	char id[ERRATA_REPORT_ID_SIZE];
	char *reporter, *contact, *time;
} moved_contact;

typedef struct {
	moved_contact *list;
	size_t count;
} moved_list;

static int edit_put_many(errata_repo *repo, git_tree *tree, void *payload,
                         git_tree_update **ups, size_t *n, size_t *cap)
{
	moved_list *m = payload;
	int error = 0;

	for (size_t i = 0; i < m->count && error == 0; i++) {
		put_payload p = { m->list[i].id, m->list[i].reporter, m->list[i].contact, m->list[i].time };
		char path[64], marker[64];
		git_tree_entry *e = NULL;

		/* Never bring back a contact that was erased. */
		snprintf(marker, sizeof(marker), "x/%s", p.id);
		if (tree && git_tree_entry_bypath(&e, tree, marker) == 0) {
			git_tree_entry_free(e);
			continue;
		}
		git_error_clear();
		contact_path(path, p.id);
		error = edit_put(repo, tree, &p, ups, n, cap);
	}
	return error;
}

/* Old commit id -> new commit id and new tree id. */
typedef struct {
	git_oid from, to, tree;
} oid_map;

static const oid_map *map_find(const oid_map *m, size_t n, const git_oid *from)
{
	for (size_t i = n; i-- > 0;)
		if (git_oid_equal(&m[i].from, from))
			return &m[i];
	return NULL;
}

/* Rewrite one event blob without its contact; 1 when it had one. */
static int strip_event(errata_repo *repo, const git_oid *oid, git_oid *out, moved_list *moved)
{
	git_blob *blob = NULL;
	cJSON *ev = NULL;
	const cJSON *type, *rep, *con, *id, *when;
	char *json = NULL;
	int error = 0;

	git_oid_cpy(out, oid);
	if (git_blob_lookup(&blob, repo->git, oid) < 0)
		return errata__git_error(-1, "event");
	ev = cJSON_ParseWithLength(git_blob_rawcontent(blob), (size_t)git_blob_rawsize(blob));
	type = cJSON_GetObjectItemCaseSensitive(ev, "type");
	rep = cJSON_GetObjectItemCaseSensitive(ev, "reporter");
	con = cJSON_GetObjectItemCaseSensitive(ev, "contact");
	id = cJSON_GetObjectItemCaseSensitive(ev, "report");
	when = cJSON_GetObjectItemCaseSensitive(ev, "time");
	if (!cJSON_IsString(type) || strcmp(type->valuestring, "open") != 0 || !cJSON_IsString(id) ||
	    (!cJSON_IsString(rep) && !cJSON_IsString(con)))
		goto cleanup;
	{
		moved_contact *mc = realloc(moved->list, (moved->count + 1) * sizeof(*mc));

		if (!mc) {
			error = errata__oom();
			goto cleanup;
		}
		moved->list = mc;
		mc = &mc[moved->count++];
		memset(mc, 0, sizeof(*mc));
		snprintf(mc->id, sizeof(mc->id), "%s", id->valuestring);
		mc->reporter = cJSON_IsString(rep) ? errata__strdup(rep->valuestring) : NULL;
		mc->contact = cJSON_IsString(con) ? errata__strdup(con->valuestring) : NULL;
		mc->time = errata__strdup(cJSON_IsString(when) ? when->valuestring : "1970-01-01T00:00:00Z");
	}
	cJSON_ReplaceItemInObjectCaseSensitive(ev, "reporter", cJSON_CreateNull());
	cJSON_ReplaceItemInObjectCaseSensitive(ev, "contact", cJSON_CreateNull());
	if (!(json = cJSON_PrintUnformatted(ev))) {
		error = errata__oom();
		goto cleanup;
	}
	if ((error = git_blob_create_from_buffer(out, repo->git, json, strlen(json))) < 0)
		error = errata__git_error(error, "event");
	else
		error = 1;
cleanup:
	cJSON_free(json);
	cJSON_Delete(ev);
	git_blob_free(blob);
	return error;
}

typedef struct {
	errata_repo *repo;
	moved_list *moved;
	git_tree_update *ups;
	size_t n, cap;
	int error;
} diff_payload;

static int on_file(const git_diff_delta *d, float progress, void *payload)
{
	diff_payload *p = payload;
	git_oid out;
	int r;

	(void)progress;
	if (d->status == GIT_DELTA_DELETED)
		return (p->error = push_update(&p->ups, &p->n, &p->cap, GIT_TREE_UPDATE_REMOVE,
		                               d->old_file.path, NULL)) < 0 ? -1 : 0;
	if ((r = strip_event(p->repo, &d->new_file.id, &out, p->moved)) < 0) {
		p->error = r;
		return -1;
	}
	return (p->error = push_update(&p->ups, &p->n, &p->cap, GIT_TREE_UPDATE_UPSERT,
	                               d->new_file.path, &out)) < 0 ? -1 : 0;
}

int errata_contacts_migrate(errata_repo *repo, size_t *moved_count)
{
	git_revwalk *walk = NULL;
	git_oid tip, oid, newtip, empty_tree;
	oid_map *map = NULL;
	size_t nmap = 0;
	moved_list moved = { NULL, 0 };
	int has, error;

	if (moved_count)
		*moved_count = 0;
	if ((has = errata__reports_tip(repo, &tip)) <= 0)
		return has;
	{
		git_treebuilder *tb = NULL;

		if ((error = git_treebuilder_new(&tb, repo->git, NULL)) == 0)
			error = git_treebuilder_write(&empty_tree, tb);
		git_treebuilder_free(tb);
		if (error < 0)
			return errata__git_error(error, "empty tree");
	}
	if ((error = git_revwalk_new(&walk, repo->git)) < 0 ||
	    (error = git_revwalk_sorting(walk, GIT_SORT_TOPOLOGICAL | GIT_SORT_REVERSE)) < 0 ||
	    (error = git_revwalk_push(walk, &tip)) < 0) {
		error = errata__git_error(error, ERRATA_REPORTS_REF);
		goto cleanup;
	}
	while ((error = git_revwalk_next(&oid, walk)) == 0) {
		git_commit *c = NULL, *parents[16];
		git_tree *old = NULL, *oldbase = NULL, *newbase = NULL, *newtree = NULL;
		git_diff *diff = NULL;
		diff_payload dp;
		unsigned np;
		int own = 0;   /* error is an errata code with its message set */
		oid_map *m;
		const oid_map *p0;
		git_oid tree_oid, commit_oid;

		memset(&dp, 0, sizeof(dp));
		memset(parents, 0, sizeof(parents));
		dp.repo = repo;
		dp.moved = &moved;
		if ((error = git_commit_lookup(&c, repo->git, &oid)) < 0 || (error = git_commit_tree(&old, c)) < 0)
			goto step_done;
		np = git_commit_parentcount(c);
		if (np > 16) {
			own = 1;
			error = errata__error(ERRATA_EINVALID, "commit with more than 16 parents in %s", ERRATA_REPORTS_REF);
			goto step_done;
		}
		p0 = np ? map_find(map, nmap, git_commit_parent_id(c, 0)) : NULL;
		if (np) {
			git_commit *pc = NULL;

			if ((error = git_commit_lookup(&pc, repo->git, git_commit_parent_id(c, 0))) == 0)
				error = git_commit_tree(&oldbase, pc);
			git_commit_free(pc);
			if (error < 0)
				goto step_done;
		}
		if ((error = git_tree_lookup(&newbase, repo->git, p0 ? &p0->tree : &empty_tree)) < 0 ||
		    (error = git_diff_tree_to_tree(&diff, repo->git, oldbase, old, NULL)) < 0)
			goto step_done;
		if (git_diff_foreach(diff, on_file, NULL, NULL, NULL, &dp) < 0) {
			own = 1;
			error = dp.error < 0 ? dp.error : errata__git_error(-1, ERRATA_REPORTS_REF);
			goto step_done;
		}
		if ((error = git_tree_create_updated(&tree_oid, repo->git, newbase, dp.n, dp.ups)) < 0 ||
		    (error = git_tree_lookup(&newtree, repo->git, &tree_oid)) < 0)
			goto step_done;
		for (unsigned i = 0; i < np && error == 0; i++) {
			const oid_map *pm = map_find(map, nmap, git_commit_parent_id(c, i));

			error = git_commit_lookup(&parents[i], repo->git, pm ? &pm->to : git_commit_parent_id(c, i));
		}
		if (error == 0)
			error = git_commit_create(&commit_oid, repo->git, NULL, git_commit_author(c),
			                          git_commit_committer(c), NULL, git_commit_message(c), newtree,
			                          np, (const git_commit **)parents);
		if (error == 0) {
			if (!(m = realloc(map, (nmap + 1) * sizeof(*m)))) {
				own = 1;
				error = errata__oom();
				goto step_done;
			}
			map = m;
			git_oid_cpy(&map[nmap].from, &oid);
			git_oid_cpy(&map[nmap].to, &commit_oid);
			git_oid_cpy(&map[nmap].tree, &tree_oid);
			nmap++;
		}
step_done:
		for (unsigned i = 0; i < 16; i++)
			git_commit_free(parents[i]);
		free_updates(dp.ups, dp.n);
		git_diff_free(diff);
		git_tree_free(newtree);
		git_tree_free(newbase);
		git_tree_free(oldbase);
		git_tree_free(old);
		git_commit_free(c);
		if (error < 0) {
			if (!own)
				error = errata__git_error(error, ERRATA_REPORTS_REF);
			goto cleanup;
		}
	}
	if (error != GIT_ITEROVER) {
		error = errata__git_error(error, ERRATA_REPORTS_REF);
		goto cleanup;
	}
	error = 0;
	if (moved.count == 0)
		goto cleanup;
	/* The contacts first: if the rewrite then fails, nothing is lost. */
	if ((error = contacts_write(repo, "migrate\n", edit_put_many, &moved)) < 0)
		goto cleanup;
	git_oid_cpy(&newtip, &map_find(map, nmap, &tip)->to);
	{
		git_reference *ref = NULL;

		error = git_reference_create_matching(&ref, repo->git, ERRATA_REPORTS_REF, &newtip, 1, &tip,
		                                      "errata: reader contacts moved to " ERRATA_CONTACTS_REF);
		git_reference_free(ref);
		if (error == GIT_EMODIFIED || error == GIT_ELOCKED) {
			error = errata__error(ERRATA_ECONFLICT, "%s moved during the rewrite: run it again",
			                      ERRATA_REPORTS_REF);
			goto cleanup;
		}
		if (error < 0) {
			error = errata__git_error(error, ERRATA_REPORTS_REF);
			goto cleanup;
		}
	}
	if (moved_count)
		*moved_count = moved.count;
cleanup:
	for (size_t i = 0; i < moved.count; i++) {
		free(moved.list[i].reporter);
		free(moved.list[i].contact);
		free(moved.list[i].time);
	}
	free(moved.list);
	free(map);
	git_revwalk_free(walk);
	return error;
}

static int has_path(git_tree *tree, const char *path)
{
	git_tree_entry *e = NULL;

	if (!tree || git_tree_entry_bypath(&e, tree, path) < 0) {
		git_error_clear();
		return 0;
	}
	git_tree_entry_free(e);
	return 1;
}

/* Fold the other side's contacts and erasures into ours. */
static int edit_union(errata_repo *repo, git_tree *tree, void *payload,
                      git_tree_update **ups, size_t *n, size_t *cap)
{
	git_tree *theirs = payload, *sub = NULL;
	git_tree_entry *e = NULL;
	int error = 0;

	if (git_tree_entry_bypath(&e, theirs, "x") == 0 &&
	    git_tree_lookup(&sub, repo->git, git_tree_entry_id(e)) == 0) {
		for (size_t i = 0; i < git_tree_entrycount(sub) && error == 0; i++) {
			const git_tree_entry *x = git_tree_entry_byindex(sub, i);
			char path[64];

			snprintf(path, sizeof(path), "x/%s", git_tree_entry_name(x));
			if (has_path(tree, path))
				continue;
			if ((error = push_update(ups, n, cap, GIT_TREE_UPDATE_UPSERT, path, git_tree_entry_id(x))) < 0)
				break;
			contact_path(path, git_tree_entry_name(x));
			if (has_path(tree, path))
				error = push_update(ups, n, cap, GIT_TREE_UPDATE_REMOVE, path, NULL);
		}
	}
	git_tree_free(sub);
	git_tree_entry_free(e);
	sub = NULL;
	e = NULL;
	git_error_clear();
	if (error == 0 && git_tree_entry_bypath(&e, theirs, "c") == 0 &&
	    git_tree_lookup(&sub, repo->git, git_tree_entry_id(e)) == 0) {
		for (size_t i = 0; i < git_tree_entrycount(sub) && error == 0; i++) {
			git_tree *shard = NULL;

			if (git_tree_lookup(&shard, repo->git, git_tree_entry_id(git_tree_entry_byindex(sub, i))) < 0)
				continue;
			for (size_t k = 0; k < git_tree_entrycount(shard) && error == 0; k++) {
				const git_tree_entry *c = git_tree_entry_byindex(shard, k);
				char id[ERRATA_REPORT_ID_SIZE], path[64], marker[64];

				snprintf(id, sizeof(id), "%.16s", git_tree_entry_name(c));
				contact_path(path, id);
				snprintf(marker, sizeof(marker), "x/%s", id);
				if (has_path(tree, path) || has_path(tree, marker) || has_path(theirs, marker))
					continue;
				error = push_update(ups, n, cap, GIT_TREE_UPDATE_UPSERT, path, git_tree_entry_id(c));
			}
			git_tree_free(shard);
		}
	}
	git_tree_free(sub);
	git_tree_entry_free(e);
	git_error_clear();
	return error;
}

#define SYNC_ATTEMPTS 5

/* The tree id of a commit; 0, or an error. */
static int commit_tree_id(errata_repo *repo, const git_oid *commit, git_oid *out)
{
	git_commit *c = NULL;
	int error = git_commit_lookup(&c, repo->git, commit);

	if (error == 0)
		git_oid_cpy(out, git_commit_tree_id(c));
	git_commit_free(c);
	return error;
}

/*
 * Push the contacts ref to `remote` only if the remote's ref is still at
 * `expected` (NULL: still absent), a compare-and-swap: the commit is
 * parentless, so a push has to replace the remote's ref, and replacing
 * whatever is there now would drop a contact written there since it was
 * fetched. A local remote gets `git push --force-with-lease`; another is
 * connected to, its advertised ref compared, and pushed to on the same
 * connection (receive-pack then checks that the ref is still what it
 * advertised). Fills *ps (a lost race reads "stale info").
 */
static int push_leased(errata_repo *repo, git_remote *remote, const char *url, const git_oid *expected,
                       errata__push_status *ps)
{
	char spec[] = "+" ERRATA_CONTACTS_REF ":" ERRATA_CONTACTS_REF, *specp = spec;
	git_strarray specs = { &specp, 1 };
	git_remote_callbacks cb;
	git_push_options po;
	const git_remote_head **heads = NULL;
	size_t nheads = 0;
	int error, same = !expected;

	if (errata__url_is_local(url)) {
		char lease[sizeof(ERRATA_CONTACTS_REF) + GIT_OID_HEXSZ + 2];

		snprintf(lease, sizeof(lease), "%s:%s", ERRATA_CONTACTS_REF,
		         expected ? git_oid_tostr_s(expected) : "");
		/* without the '+': git push forces a '+' refspec whatever the
		 * lease says, and the lease alone allows replacing the ref */
		return errata__push_with_git(repo, url, spec + 1, lease, ps);
	}
	git_remote_init_callbacks(&cb, GIT_REMOTE_CALLBACKS_VERSION);
	cb.push_update_reference = errata__push_on_update;
	cb.sideband_progress = errata__push_on_sideband;
	cb.payload = ps;
	if ((error = git_remote_connect(remote, GIT_DIRECTION_PUSH, &cb, NULL, NULL)) < 0 ||
	    (error = git_remote_ls(&heads, &nheads, remote)) < 0)
		goto failed;
	for (size_t i = 0; i < nheads; i++)
		if (strcmp(heads[i]->name, ERRATA_CONTACTS_REF) == 0)
			same = expected && git_oid_equal(&heads[i]->oid, expected);
	if (!same) {
		errata__push_set_reason(ps, "stale info");
		git_remote_disconnect(remote);
		return 0;
	}
	git_push_options_init(&po, GIT_PUSH_OPTIONS_VERSION);
	po.callbacks = cb;
	if ((error = git_remote_upload(remote, &specs, &po)) < 0)
		goto failed;
	git_remote_disconnect(remote);
	return 0;
failed:
	git_remote_disconnect(remote);
	return errata__git_error(error, url);
}

int errata_contacts_sync(errata_repo *repo, const char *remote_name)
{
	git_remote *remote = NULL;
	char tmpref[96], spec[160];
	char *specp = spec;
	git_strarray fetch_specs = { &specp, 1 };
	const char *name = remote_name && *remote_name ? remote_name : "origin", *url;
	int error = 0;

	if (git_remote_lookup(&remote, repo->git, name) < 0) {
		git_error_clear();
		if (!strchr(name, '/') && !strchr(name, ':') && access(name, F_OK) != 0)
			return errata__error(ERRATA_ENOTFOUND, "'%s' is neither a remote nor a path or URL", name);
		if ((error = git_remote_create_anonymous(&remote, repo->git, name)) < 0)
			return errata__git_error(error, name);
	}
	/* Read, merge and write back the same place: where the contacts are pushed. */
	url = git_remote_pushurl(remote) ? git_remote_pushurl(remote) : git_remote_url(remote);
	snprintf(tmpref, sizeof(tmpref), "refs/errata-sync/%ld/contacts", (long)getpid());
	snprintf(spec, sizeof(spec), "+%s:%s", ERRATA_CONTACTS_REF, tmpref);
	for (int attempt = 0; attempt < SYNC_ATTEMPTS; attempt++) {
		git_remote *from = NULL;
		git_fetch_options fo;
		git_reference *tmp = NULL;
		git_commit *commit = NULL;
		git_tree *theirs = NULL;
		git_oid rtip, ltip, rtree, ltree;
		errata__push_status ps;
		int has_remote;

		memset(&ps, 0, sizeof(ps));
		if (git_reference_lookup(&tmp, repo->git, tmpref) == 0)
			git_reference_delete(tmp);
		git_reference_free(tmp);
		git_error_clear();
		git_fetch_options_init(&fo, GIT_FETCH_OPTIONS_VERSION);
		fo.download_tags = GIT_REMOTE_DOWNLOAD_TAGS_NONE;
		fo.update_fetchhead = 0;
		if ((error = git_remote_create_anonymous(&from, repo->git, url)) < 0 ||
		    (error = git_remote_fetch(from, &fetch_specs, &fo, NULL)) < 0) {
			error = errata__git_error(error, name);
			git_remote_free(from);
			break;
		}
		git_remote_free(from);
		has_remote = git_reference_name_to_id(&rtip, repo->git, tmpref) == 0;
		git_error_clear();
		if (has_remote) {
			if ((error = git_commit_lookup(&commit, repo->git, &rtip)) < 0 ||
			    (error = git_commit_tree(&theirs, commit)) < 0)
				error = errata__git_error(error, name);
			else
				error = contacts_write(repo, "sync\n", edit_union, theirs);
			git_tree_free(theirs);
			git_commit_free(commit);
			if (error < 0)
				break;
		}
		if (git_reference_name_to_id(&ltip, repo->git, ERRATA_CONTACTS_REF) < 0) {
			git_error_clear();
			error = 0;
			break;   /* nothing here, and whatever is there stays */
		}
		/* The remote already holds exactly what we hold. */
		if (has_remote && commit_tree_id(repo, &ltip, &ltree) == 0 &&
		    commit_tree_id(repo, &rtip, &rtree) == 0 && git_oid_equal(&ltree, &rtree))
			break;
		git_error_clear();
		if ((error = push_leased(repo, remote, url, has_remote ? &rtip : NULL, &ps)) < 0)
			break;
		if (!ps.rejected)
			break;
		if (!errata__push_retryable(&ps)) {
			error = errata__push_refused(name, ERRATA_CONTACTS_REF, &ps);
			break;
		}
		if (attempt + 1 == SYNC_ATTEMPTS) {
			error = errata__error(ERRATA_ECONFLICT, "%s: %s moved on the remote during each of %d attempts "
			                      "(someone else synced contacts meanwhile); nothing was pushed over it: "
			                      "run sync again", name, ERRATA_CONTACTS_REF, SYNC_ATTEMPTS);
			break;
		}
		usleep(20000 * (useconds_t)(attempt + 1) + (useconds_t)(rand() % 20000));
	}
	{
		git_reference *tmp = NULL;

		if (git_reference_lookup(&tmp, repo->git, tmpref) == 0)
			git_reference_delete(tmp);
		git_reference_free(tmp);
		git_error_clear();
	}
	git_remote_free(remote);
	return error;
}

int errata_report_json_with_contact(errata_repo *repo, const errata_report *x, char **json)
{
	char *reporter = NULL, *contact = NULL, *s;
	cJSON *state;
	int found = errata_contact_get(repo, x->id, &reporter, &contact), error = 0;

	*json = NULL;
	if (found <= 0)
		return found;
	if (!(state = cJSON_Parse(x->json))) {
		error = errata__oom();
		goto cleanup;
	}
	if (reporter)
		cJSON_ReplaceItemInObjectCaseSensitive(state, "reporter", cJSON_CreateString(reporter));
	if (contact)
		cJSON_ReplaceItemInObjectCaseSensitive(state, "contact", cJSON_CreateString(contact));
	if ((s = cJSON_PrintUnformatted(state))) {
		*json = errata__strdup(s);
		cJSON_free(s);
	}
	if (!*json)
		error = errata__oom();
	cJSON_Delete(state);
cleanup:
	free(reporter);
	free(contact);
	return error;
}

/* The contacts of a list of reports, those with a name or contact (moved_list). */
static int contacts_list(size_t n, const char *const *ids, const char *const *reporters,
                         const char *const *contacts, const char *const *times, moved_list *m)
{
	m->count = 0;
	if (!(m->list = calloc(n + 1, sizeof(*m->list))))
		return errata__oom();
	for (size_t i = 0; i < n; i++) {
		if (!reporters[i] && !contacts[i])
			continue;
		snprintf(m->list[m->count].id, ERRATA_REPORT_ID_SIZE, "%s", ids[i]);
		m->list[m->count].reporter = (char *)(uintptr_t)reporters[i];
		m->list[m->count].contact = (char *)(uintptr_t)contacts[i];
		m->list[m->count].time = (char *)(uintptr_t)times[i];
		m->count++;
	}
	return 0;
}

int errata__contacts_put_many(errata_repo *repo, size_t n, const char *const *ids,
                              const char *const *reporters, const char *const *contacts,
                              const char *const *times)
{
	moved_list m = { NULL, 0 };
	int error;

	if ((error = contacts_list(n, ids, reporters, contacts, times, &m)) == 0 && m.count)
		error = contacts_write(repo, "contacts\n", edit_put_many, &m);
	free(m.list);
	return error;
}

int errata__contacts_prepare_many(errata_repo *repo, size_t n, const char *const *ids,
                                  const char *const *reporters, const char *const *contacts,
                                  const char *const *times, errata__prepared *out)
{
	moved_list m = { NULL, 0 };
	int error;

	memset(out, 0, sizeof(*out));
	if ((error = contacts_list(n, ids, reporters, contacts, times, &m)) == 0)
		error = m.count ? contacts_prepare(repo, "contacts\n", edit_put_many, &m, out) : 1;
	free(m.list);
	return error;
}
