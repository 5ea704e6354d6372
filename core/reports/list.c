/*
 * list.c: every report's current state, for `report list`, `show`, scan
 * and the correction log. Replaying 100,000 reports reads as many blobs,
 * so the states are cached in <gitdir>/errata/reports/<shard>, one file
 * per shard folder of the ref's tree, headed by the shard's tree id, one
 * line per report keyed by its folder's tree id. A file whose shard has
 * not changed is used as it is; in a changed shard only the reports whose
 * folder changed are replayed again, and the file is rewritten through a
 * temporary file and a rename, so a reader never sees half of one. A
 * report that holds only its open event (most of them) is written straight
 * from the event, without building its state as a tree.
 */
#include "reports/reports.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "errata/history.h"
#include "repo/history_index.h"

#define CACHE_MAGIC "errata-reports-shard 1 "

typedef struct {
	errata_report r;
	char tree[GIT_OID_HEXSZ + 1];
} entry;

struct errata_reports {
	entry *v;
	size_t n, cap;
	char *arena;              /* the current block for replayed lines */
	size_t arena_used, arena_cap;
	char **chunks;
	size_t nchunks, ccap;
};

static int keep_chunk(errata_reports *set, char *chunk)
{
	if (set->nchunks == set->ccap) {
		size_t ncap = set->ccap ? set->ccap * 2 : 64;
		char **p = realloc(set->chunks, ncap * sizeof(*p));

		if (!p) {
			free(chunk);
			return errata__oom();
		}
		set->chunks = p;
		set->ccap = ncap;
	}
	set->chunks[set->nchunks++] = chunk;
	return 0;
}

/*
 * Room for `size` bytes that live as long as the set, carved from 1 MiB
 * blocks: 100,000 small long-lived allocations would fragment the heap
 * that the replay's short-lived JSON nodes churn through.
 */
static char *arena_alloc(errata_reports *set, size_t size)
{
	char *p;

	if (!set->arena || set->arena_cap - set->arena_used < size) {
		size_t cap = size > (1u << 20) ? size : (1u << 20);

		if (!(p = malloc(cap)) || keep_chunk(set, p) < 0)
			return NULL;
		set->arena = p;
		set->arena_used = 0;
		set->arena_cap = cap;
	}
	p = set->arena + set->arena_used;
	set->arena_used += size;
	return p;
}

static entry *push_entry(errata_reports *set)
{
	if (set->n == set->cap) {
		size_t ncap = set->cap ? set->cap * 2 : 256;
		entry *p = realloc(set->v, ncap * sizeof(*p));

		if (!p)
			return NULL;
		set->v = p;
		set->cap = ncap;
	}
	memset(&set->v[set->n], 0, sizeof(entry));
	return &set->v[set->n++];
}

/* Append s with backslash, tab and newline escaped; plain runs are copied whole. */
static int escape_into(errata_buf *b, const char *s)
{
	int error = 0;

	while (s && *s && error == 0) {
		size_t run = strcspn(s, "\\\t\n");

		if (run && (error = errata_buf_put(b, s, run)) < 0)
			break;
		s += run;
		if (*s == '\\')
			error = errata_buf_put(b, "\\\\", 2);
		else if (*s == '\t')
			error = errata_buf_put(b, "\\t", 2);
		else if (*s == '\n')
			error = errata_buf_put(b, "\\n", 2);
		else
			break;
		s++;
	}
	return error;
}

static void unescape(char *s)
{
	char *w = s;

	for (; *s; s++) {
		if (*s == '\\' && s[1]) {
			s++;
			*w++ = *s == 't' ? '\t' : *s == 'n' ? '\n' : *s;
		} else {
			*w++ = *s;
		}
	}
	*w = '\0';
}

/*
 * One cache line: id, tree, status, anchored, rev, introduced, fixed,
 * time, path, quote, json, separated by tabs; "-" for none.
 */
static int line_of(errata_buf *b, const errata_report *r, const char *tree)
{
	const char *f[] = {
		r->id, tree, r->status, r->anchored ? "1" : "0", r->rev ? r->rev : "-",
		r->introduced_in ? r->introduced_in : "-", r->fixed_in ? r->fixed_in : "-",
		r->time ? r->time : "-"
	};
	int error = 0;

	/* Field by field: a formatted print of eight strings costs more than the copies. */
	for (size_t i = 0; i < sizeof(f) / sizeof(f[0]) && error == 0; i++)
		if ((error = errata_buf_puts(b, f[i])) == 0)
			error = errata_buf_putc(b, '\t');
	if (error == 0)
		error = escape_into(b, r->path);
	if (error == 0)
		error = errata_buf_putc(b, '\t');
	if (error == 0)
		error = escape_into(b, r->quote);
	if (error == 0)
		error = errata_buf_putc(b, '\t');
	if (error == 0)
		error = errata_buf_puts(b, r->json);
	if (error == 0)
		error = errata_buf_putc(b, '\n');
	return error;
}

/* Parse one line in place (s ends at the line's end, NUL-terminated). */
static int parse_line(char *s, entry *e)
{
	char *f[11];
	size_t k = 0;

	f[k++] = s;
	for (char *p = s; *p && k < 11; p++)
		if (*p == '\t') {
			*p = '\0';
			f[k++] = p + 1;
		}
	if (k != 11 || strlen(f[0]) != 16 || strlen(f[1]) != GIT_OID_HEXSZ)
		return -1;
	e->r.id = f[0];
	memcpy(e->tree, f[1], sizeof(e->tree));
	e->r.status = f[2];
	e->r.anchored = f[3][0] == '1';
	e->r.rev = strcmp(f[4], "-") ? f[4] : NULL;
	e->r.introduced_in = strcmp(f[5], "-") ? f[5] : NULL;
	e->r.fixed_in = strcmp(f[6], "-") ? f[6] : NULL;
	e->r.time = strcmp(f[7], "-") ? f[7] : NULL;
	unescape(f[8]);
	unescape(f[9]);
	e->r.path = f[8];
	e->r.quote = f[9];
	e->r.json = f[10];
	return 0;
}

static const char *jstr(const cJSON *o, const char *key)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);

	return cJSON_IsString(v) ? v->valuestring : NULL;
}

/* Keep the report's cache line (its fields point into the set's memory). */
static int add_entry(errata_reports *set, const errata_report *r, const char *tree)
{
	errata_buf line = ERRATA_BUF_INIT;
	char *copy;
	entry *e;
	int error;

	if ((error = errata_buf_grow(&line, strlen(r->json) + 512)) < 0 ||
	    (error = line_of(&line, r, tree)) < 0)
		goto cleanup;
	line.ptr[line.size - 1] = '\0';
	if (!(copy = arena_alloc(set, line.size)) || !(e = push_entry(set))) {
		error = errata__oom();
		goto cleanup;
	}
	memcpy(copy, line.ptr, line.size);
	if (parse_line(copy, e) < 0) {
		set->n--;
		error = errata__error(ERRATA_ERROR, "report %s: cannot index its state", r->id);
	}
cleanup:
	errata_buf_dispose(&line);
	return error;
}

/*
 * A report folder that holds one event, an open (most of them): its state
 * is written straight from the event. 1 when done, 0 to replay it instead.
 */
static int add_opened(errata_reports *set, errata_repo *repo, const char *id, git_tree *dir,
                      const char *tree)
{
	git_blob *blob = NULL;
	cJSON *ev = NULL;
	errata_buf json = ERRATA_BUF_INIT;
	errata_report r;
	const char *type;
	int error = 0;

	if (git_tree_entrycount(dir) != 1 ||
	    git_blob_lookup(&blob, repo->git, git_tree_entry_id(git_tree_entry_byindex(dir, 0))) < 0)
		goto cleanup;
	ev = cJSON_ParseWithLength(git_blob_rawcontent(blob), (size_t)git_blob_rawsize(blob));
	type = jstr(ev, "type");
	if (!cJSON_IsObject(ev) || !type || strcmp(type, "open") != 0)
		goto cleanup;
	if ((error = errata__report_open_json(ev, id, &json)) < 0)
		goto cleanup;
	memset(&r, 0, sizeof(r));
	r.id = id;
	r.status = "open";
	r.path = jstr(ev, "path") ? jstr(ev, "path") : "";
	r.rev = jstr(ev, "rev");
	r.quote = jstr(ev, "quote") ? jstr(ev, "quote") : "";
	r.anchored = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(ev, "anchored"));
	r.introduced_in = jstr(ev, "introduced_in");
	r.time = jstr(ev, "time");
	r.json = json.ptr;
	if ((error = add_entry(set, &r, tree)) == 0)
		error = 1;
cleanup:
	errata__error_clear();
	errata_buf_dispose(&json);
	cJSON_Delete(ev);
	git_blob_free(blob);
	return error;
}

/* Replay one report folder into a new entry of the set. */
static int add_replayed(errata_reports *set, errata_repo *repo, const char *id,
                        const git_oid *tree_oid)
{
	git_tree *dir = NULL;
	cJSON *state = NULL;
	char *json = NULL, tree[GIT_OID_HEXSZ + 1];
	errata_report r;
	int error;

	git_oid_tostr(tree, sizeof(tree), tree_oid);
	if ((error = git_tree_lookup(&dir, repo->git, tree_oid)) < 0) {
		error = errata__git_error(error, id);
		goto cleanup;
	}
	if ((error = add_opened(set, repo, id, dir, tree)) != 0) {
		error = error < 0 ? error : 0;
		goto cleanup;
	}
	if ((error = errata__report_replay(repo, dir, id, &state)) < 0)
		goto cleanup;
	if (!(json = cJSON_PrintUnformatted(state))) {
		error = errata__oom();
		goto cleanup;
	}
	memset(&r, 0, sizeof(r));
	r.id = id;
	r.status = jstr(state, "status") ? jstr(state, "status") : "open";
	r.path = jstr(state, "path") ? jstr(state, "path") : "";
	r.rev = jstr(state, "rev");
	r.quote = jstr(state, "quote") ? jstr(state, "quote") : "";
	r.anchored = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(state, "anchored"));
	r.introduced_in = jstr(state, "introduced_in");
	r.fixed_in = jstr(state, "fixed_in");
	r.time = jstr(state, "time");
	r.json = json;
	error = add_entry(set, &r, tree);
cleanup:
	cJSON_free(json);
	cJSON_Delete(state);
	git_tree_free(dir);
	return error;
}

/* <gitdir>/errata/reports/<shard>, and make the folders when asked. */
static char *shard_path(errata_repo *repo, const char *shard, int make)
{
	return errata__cache_path(repo, "reports", shard, make);
}

/*
 * Read one shard's cache file: its entries are appended to `set` (they
 * point into a chunk the set keeps). *oid_out receives the shard tree id
 * the file was written for ("" when there is no usable file). A damaged
 * file contributes nothing.
 */
static void read_shard(errata_reports *set, const char *path, char oid_out[GIT_OID_HEXSZ + 1])
{
	char *data = NULL, *p, *nl;
	size_t len = 0, first = set->n;

	oid_out[0] = '\0';
	if (errata__read_file(path, 0, &data, &len) < 0) {
		errata__error_clear();
		return;
	}
	if (len < strlen(CACHE_MAGIC) + GIT_OID_HEXSZ + 1 ||
	    strncmp(data, CACHE_MAGIC, strlen(CACHE_MAGIC)) != 0 || data[len - 1] != '\n' ||
	    data[strlen(CACHE_MAGIC) + GIT_OID_HEXSZ] != '\n') {
		free(data);
		return;
	}
	if (keep_chunk(set, data) < 0)
		return;
	p = data + strlen(CACHE_MAGIC);
	memcpy(oid_out, p, GIT_OID_HEXSZ);
	oid_out[GIT_OID_HEXSZ] = '\0';
	for (p += GIT_OID_HEXSZ + 1; p < data + len; p = nl + 1) {
		entry *e;

		nl = memchr(p, '\n', (size_t)(data + len - p));
		*nl = '\0';
		if (!(e = push_entry(set)) || parse_line(p, e) < 0 ||
		    (set->n > first + 1 && strcmp(set->v[set->n - 2].r.id, e->r.id) >= 0)) {
			/* A damaged or unsorted file is simply not used. */
			set->n = first;
			oid_out[0] = '\0';
			return;
		}
	}
}

/* Write one shard's entries [from, to) through a temporary file and a rename. */
static void write_shard(const errata_reports *set, errata_repo *repo, const char *shard,
                        const char *oid, size_t from, size_t to)
{
	errata_buf b = ERRATA_BUF_INIT;
	char *path = shard_path(repo, shard, 1), *tmp = NULL;
	FILE *f = NULL;
	int error = 0;

	if (!path || !(tmp = malloc(strlen(path) + 32)))
		goto cleanup;
	sprintf(tmp, "%s.%ld.tmp", path, (long)getpid());
	error = errata_buf_printf(&b, CACHE_MAGIC "%s\n", oid);
	for (size_t i = from; i < to && error == 0; i++)
		error = line_of(&b, &set->v[i].r, set->v[i].tree);
	if (error < 0 || !(f = fopen(tmp, "wb")))
		goto cleanup;
	error = fwrite(b.ptr, 1, b.size, f) == b.size ? 0 : -1;
	if (fclose(f) != 0 || error < 0 || rename(tmp, path) < 0)
		unlink(tmp);
cleanup:
	/* A cache that cannot be written only costs time. */
	errata__error_clear();
	errata_buf_dispose(&b);
	free(tmp);
	free(path);
}

/*
 * Bring one shard up to date: the entries of its stale cache file that
 * still match their report folder are kept, the others are replayed.
 */
static int refresh_shard(errata_reports *set, errata_repo *repo, const git_tree_entry *se)
{
	errata_reports old;
	git_tree *shard = NULL;
	size_t oi = 0;
	char *path = NULL, cached[GIT_OID_HEXSZ + 1], soid[GIT_OID_HEXSZ + 1];
	const char *name = git_tree_entry_name(se);
	size_t from = set->n;
	int error = 0;

	memset(&old, 0, sizeof(old));
	git_oid_tostr(soid, sizeof(soid), git_tree_entry_id(se));
	if (!(path = shard_path(repo, name, 0)))
		return errata__oom();
	read_shard(&old, path, cached);
	if (strcmp(cached, soid) == 0) {
		/* The file matches the shard: take its entries as they are. */
		for (size_t i = 0; i < old.n && error == 0; i++) {
			entry *ne = push_entry(set);

			if (!ne)
				error = errata__oom();
			else
				*ne = old.v[i];
		}
		goto keep;
	}
	if ((error = git_tree_lookup(&shard, repo->git, git_tree_entry_id(se))) < 0) {
		error = errata__git_error(error, ERRATA_REPORTS_REF);
		goto keep;
	}
	for (size_t i = 0; i < git_tree_entrycount(shard) && error == 0; i++) {
		const git_tree_entry *e = git_tree_entry_byindex(shard, i);
		const char *id = git_tree_entry_name(e);
		char th[GIT_OID_HEXSZ + 1];
		int c = 1;

		if (git_tree_entry_type(e) != GIT_OBJECT_TREE || strlen(id) != 16)
			continue;
		/* Both lists are sorted by id: advance the cached one alongside. */
		while (oi < old.n && (c = strcmp(old.v[oi].r.id, id)) < 0)
			oi++;
		git_oid_tostr(th, sizeof(th), git_tree_entry_id(e));
		if (oi < old.n && c == 0 && strcmp(old.v[oi].tree, th) == 0) {
			entry *ne = push_entry(set);

			if (!ne)
				error = errata__oom();
			else
				*ne = old.v[oi];
			continue;
		}
		error = add_replayed(set, repo, id, git_tree_entry_id(e));
	}
	if (error == 0)
		write_shard(set, repo, name, soid, from, set->n);
keep:
	/* The set borrows from the old file's chunk: keep it alive. */
	for (size_t i = 0; i < old.nchunks; i++) {
		if (keep_chunk(set, old.chunks[i]) < 0) {
			for (size_t j = i + 1; j < old.nchunks; j++)
				free(old.chunks[j]);
			error = errata__oom();
			break;
		}
	}
	free(old.chunks);
	free(old.v);
	git_tree_free(shard);
	free(path);
	return error;
}

int errata_reports_load(errata_reports **out, errata_repo *repo)
{
	errata_reports *set = NULL;
	git_commit *commit = NULL;
	git_tree *root = NULL, *rtree = NULL;
	const git_tree_entry *re;
	git_oid tip;
	int error, has;

	*out = NULL;
	if (!(set = calloc(1, sizeof(*set))))
		return errata__oom();
	if ((has = errata__reports_tip(repo, &tip)) < 0) {
		error = has;
		goto cleanup;
	}
	error = 0;
	if (!has)
		goto done;
	if ((error = git_commit_lookup(&commit, repo->git, &tip)) < 0 ||
	    (error = git_commit_tree(&root, commit)) < 0) {
		error = errata__git_error(error, ERRATA_REPORTS_REF);
		goto cleanup;
	}
	re = git_tree_entry_byname(root, "r");
	if (re && (error = git_tree_lookup(&rtree, repo->git, git_tree_entry_id(re))) < 0) {
		error = errata__git_error(error, ERRATA_REPORTS_REF);
		goto cleanup;
	}
	/*
	 * Each report folder and event is read once: libgit2's object cache
	 * would only fill up (and cost more in malloc than it saves). Hashing
	 * every object read again (as git itself does not) costs a fifth of a
	 * cold load.
	 */
	git_libgit2_opts(GIT_OPT_ENABLE_CACHING, 0);
	git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 0);
	for (size_t s = 0; rtree && s < git_tree_entrycount(rtree); s++) {
		const git_tree_entry *se = git_tree_entry_byindex(rtree, s);
		const char *sname = git_tree_entry_name(se);

		if (git_tree_entry_type(se) != GIT_OBJECT_TREE || strlen(sname) != 2 ||
		    strspn(sname, "0123456789abcdef") != 2)
			continue;
		if ((error = refresh_shard(set, repo, se)) < 0)
			break;
	}
	git_libgit2_opts(GIT_OPT_ENABLE_CACHING, 1);
	git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 1);
	if (error < 0)
		goto cleanup;
done:
	*out = set;
	set = NULL;
cleanup:
	git_tree_free(rtree);
	git_tree_free(root);
	git_commit_free(commit);
	errata_reports_free(set);
	return error;
}

void errata_reports_free(errata_reports *set)
{
	if (!set)
		return;
	for (size_t i = 0; i < set->nchunks; i++)
		free(set->chunks[i]);
	free(set->chunks);
	free(set->v);
	free(set);
}

size_t errata_reports_count(const errata_reports *set)
{
	return set ? set->n : 0;
}

const errata_report *errata_reports_get(const errata_reports *set, size_t i)
{
	return set && i < set->n ? &set->v[i].r : NULL;
}

int errata_reports_find(const errata_reports *set, const char *prefix,
                        const errata_report **out)
{
	size_t plen = strlen(prefix), lo = 0, hi = set->n;

	*out = NULL;
	if (plen == 0 || plen > 16 || strspn(prefix, "0123456789abcdef") != plen)
		return errata__error(ERRATA_EINVALID, "'%s' is not a report id (hex digits)", prefix);
	/* The first id >= prefix, then check the next one for ambiguity. */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (strcmp(set->v[mid].r.id, prefix) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo >= set->n || strncmp(set->v[lo].r.id, prefix, plen) != 0)
		return errata__error(ERRATA_ENOTFOUND, "no report '%s'", prefix);
	if (lo + 1 < set->n && strncmp(set->v[lo + 1].r.id, prefix, plen) == 0)
		return errata__error(ERRATA_EAMBIGUOUS, "report id '%s' is ambiguous: give more digits", prefix);
	*out = &set->v[lo].r;
	return 0;
}

int errata_reports_scan(errata_repo *repo, const errata_report_options *opts,
                        size_t *count, errata_buf *ids)
{
	errata_reports *set = NULL;
	errata_oid head;
	size_t n = 0;
	int error;

	if (count)
		*count = 0;
	if ((error = errata_repo_resolve(repo, "HEAD", &head)) < 0)
		return error;
	if ((error = errata_reports_load(&set, repo)) < 0)
		return error;
	for (size_t i = 0; i < set->n && error == 0; i++) {
		const errata_report *r = &set->v[i].r;
		errata_commit_info info;
		errata_event_input ev = ERRATA_EVENT_INPUT_INIT;
		int found = 0;

		if (!r->anchored || !r->rev ||
		    (strcmp(r->status, "open") != 0 && strcmp(r->status, "confirmed") != 0))
			continue;
		error = errata_history_removed(&info, &found, repo, r->path, r->rev, head.hex, r->quote);
		if (error < 0) {
			/* A report whose revision is gone (a rewritten branch) is skipped. */
			if (error == ERRATA_ENOTFOUND) {
				errata__error_clear();
				error = 0;
			}
			continue;
		}
		if (!found)
			continue;
		ev.type = ERRATA_EVENT_FIXED;
		ev.rev = info.id.hex;
		ev.detected = 1;
		error = errata_report_event(repo, r->id, &ev, opts, NULL);
		errata_commit_info_dispose(&info);
		if (error == 0) {
			if (ids)
				error = errata_buf_printf(ids, "%s%s", n ? "," : "", r->id);
			n++;
		}
	}
	if (count)
		*count = n;
	errata_reports_free(set);
	return error;
}
