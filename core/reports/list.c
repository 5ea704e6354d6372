/*
 * list.c: every report's current state, for `report list`, `show`, scan
 * and the correction log. Replaying 100,000 reports reads as many blobs,
 * so the states are cached in <gitdir>/errata/reports/<shard>, one file
 * per shard folder of the ref's tree, headed by the shard's tree id and by
 * the file's line count, body length and checksum (a file that does not
 * add up is rebuilt, not trusted), one line per report keyed by its
 * folder's tree id. A file whose shard has not changed is used as it is;
 * in a changed shard only the reports whose folder changed are replayed
 * again, and the file is rewritten through a temporary file and a rename,
 * so a reader never sees half of one. A report that holds only its open
 * event (most of them) is written straight from the event, without
 * building its state as a tree.
 *
 * The reports on one article come from the path index,
 * <gitdir>/errata/reports/paths: each report's path, id and the place of
 * its line in its shard file, sorted by path, for the shard tree ids it
 * was written for. A query reads the lines it names from the shard files
 * that have not changed since, and the few shards that have changed (a
 * report added since) whole; the index is rewritten by the next full load.
 */
#include "reports/reports.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "errata/history.h"
#include "errata/pool.h"
#include "repo/history_index.h"

#define CACHE_MAGIC "errata-reports-shard 2 "
#define PATHS_MAGIC "errata-reports-paths 1 "
#define PATHS_NAME "paths"
/* A path query reads this many changed shards whole; more, and it loads all. */
#define PATHS_MAX_CHANGED 16

typedef struct {
	errata_report r;
	char tree[GIT_OID_HEXSZ + 1];
	uint32_t off, len;        /* the line's place in its shard file... */
	int located;              /* ...when the file holds it */
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

/* The checksum of a cache file's body: 64 bits, eight bytes a step. */
static uint64_t body_hash(const char *p, size_t n)
{
	uint64_t h = 0x9e3779b97f4a7c15ULL ^ n, w;

	for (; n >= 8; p += 8, n -= 8) {
		memcpy(&w, p, 8);
		h = (h ^ w) * 0xff51afd7ed558ccdULL;
		h ^= h >> 29;
	}
	w = 0;
	memcpy(&w, p, n);
	h = (h ^ w) * 0xc4ceb9fe1a85ec53ULL;
	return h ^ (h >> 32);
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
 * A cache file's header line (NUL-terminated, without its newline):
 * "<magic><shard tree id> <lines> <body bytes> <checksum>". 0 when it
 * parses.
 */
static int shard_head(const char *line, char oid[GIT_OID_HEXSZ + 1], unsigned long long *count,
                      unsigned long long *bytes, unsigned long long *sum)
{
	size_t ml = strlen(CACHE_MAGIC);
	int used = -1;

	if (strncmp(line, CACHE_MAGIC, ml) != 0 || strlen(line) < ml + GIT_OID_HEXSZ + 1 ||
	    strspn(line + ml, "0123456789abcdef") != GIT_OID_HEXSZ || line[ml + GIT_OID_HEXSZ] != ' ')
		return -1;
	if (sscanf(line + ml + GIT_OID_HEXSZ + 1, "%llu %llu %16llx%n", count, bytes, sum, &used) != 3 ||
	    used < 0 || line[ml + GIT_OID_HEXSZ + 1 + (size_t)used] != '\0')
		return -1;
	memcpy(oid, line + ml, GIT_OID_HEXSZ);
	oid[GIT_OID_HEXSZ] = '\0';
	return 0;
}

/*
 * Read one shard's cache file: its entries are appended to `set` (they
 * point into a chunk the set keeps). *oid_out receives the shard tree id
 * the file was written for ("" when there is no usable file). A file
 * whose body is not the one its header counts and sums, or with a damaged
 * or unsorted line, contributes nothing.
 */
static void read_shard(errata_reports *set, const char *path, char oid_out[GIT_OID_HEXSZ + 1])
{
	char *data = NULL, *p, *nl, *body, oid[GIT_OID_HEXSZ + 1];
	size_t len = 0, first = set->n, lines = 0;
	unsigned long long count, bytes, sum;

	oid_out[0] = '\0';
	if (errata__read_file(path, 0, &data, &len) < 0) {
		errata__error_clear();
		return;
	}
	if (!(nl = memchr(data, '\n', len)))
		goto bad;
	*nl = '\0';
	body = nl + 1;
	if (shard_head(data, oid, &count, &bytes, &sum) < 0 ||
	    bytes != (unsigned long long)(data + len - body) ||
	    (bytes && body[bytes - 1] != '\n') || body_hash(body, (size_t)bytes) != sum)
		goto bad;
	if (keep_chunk(set, data) < 0)
		return;
	for (p = body; p < data + len; p = nl + 1) {
		entry *e;

		nl = memchr(p, '\n', (size_t)(data + len - p));
		*nl = '\0';
		lines++;
		if (!(e = push_entry(set)))
			goto unusable;
		e->off = (uint32_t)(p - data);
		e->len = (uint32_t)(nl - p);
		e->located = (size_t)(nl - data) <= UINT32_MAX;
		if (parse_line(p, e) < 0 ||
		    (set->n > first + 1 && strcmp(set->v[set->n - 2].r.id, e->r.id) >= 0))
			goto unusable;
	}
	if (lines != count)
		goto unusable;
	memcpy(oid_out, oid, sizeof(oid));
	return;
unusable:
	/* The chunk stays with the set until it is freed; its entries go. */
	set->n = first;
	return;
bad:
	free(data);
}

/*
 * Write one shard's entries [from, to) through a temporary file and a
 * rename, and note where each line went (for the path index).
 */
static void write_shard(errata_reports *set, errata_repo *repo, const char *shard,
                        const char *oid, size_t from, size_t to)
{
	errata_buf head = ERRATA_BUF_INIT, body = ERRATA_BUF_INIT;
	char *path = shard_path(repo, shard, 1), *tmp = NULL;
	FILE *f = NULL;
	int error = 0, written = 0;

	for (size_t i = from; i < to && error == 0; i++) {
		size_t at = body.size;

		error = line_of(&body, &set->v[i].r, set->v[i].tree);
		set->v[i].off = (uint32_t)at;
		set->v[i].len = (uint32_t)(body.size - at - 1);
	}
	if (error < 0 || !path || !(tmp = malloc(strlen(path) + 32)))
		goto cleanup;
	sprintf(tmp, "%s.%ld.tmp", path, (long)getpid());
	if (errata_buf_printf(&head, CACHE_MAGIC "%s %zu %zu %016llx\n", oid, to - from, body.size,
	                      (unsigned long long)body_hash(body.ptr ? body.ptr : "", body.size)) < 0 ||
	    !(f = fopen(tmp, "wb")))
		goto cleanup;
	error = fwrite(head.ptr, 1, head.size, f) == head.size &&
	        fwrite(body.ptr ? body.ptr : "", 1, body.size, f) == body.size ? 0 : -1;
	if (fclose(f) != 0 || error < 0 || rename(tmp, path) < 0)
		unlink(tmp);
	else
		written = head.size + body.size <= UINT32_MAX;
cleanup:
	for (size_t i = from; i < to; i++) {
		set->v[i].located = written;
		set->v[i].off += (uint32_t)head.size;
	}
	/* A cache that cannot be written only costs time. */
	errata__error_clear();
	errata_buf_dispose(&head);
	errata_buf_dispose(&body);
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

/* The ref's r/ tree (*out NULL when there are no reports yet). */
static int reports_tree(errata_repo *repo, git_tree **out)
{
	git_commit *commit = NULL;
	git_tree *root = NULL;
	const git_tree_entry *re;
	git_oid tip;
	int error, has;

	*out = NULL;
	if ((has = errata__reports_tip(repo, &tip)) <= 0)
		return has;
	if ((error = git_commit_lookup(&commit, repo->git, &tip)) < 0 ||
	    (error = git_commit_tree(&root, commit)) < 0) {
		error = errata__git_error(error, ERRATA_REPORTS_REF);
		goto cleanup;
	}
	re = git_tree_entry_byname(root, "r");
	if (re && (error = git_tree_lookup(out, repo->git, git_tree_entry_id(re))) < 0)
		error = errata__git_error(error, ERRATA_REPORTS_REF);
cleanup:
	git_tree_free(root);
	git_commit_free(commit);
	return error;
}

/* A shard folder's entry: two hex digits naming a tree. -1 for anything else. */
static int shard_number(const git_tree_entry *se)
{
	const char *name = git_tree_entry_name(se);

	if (git_tree_entry_type(se) != GIT_OBJECT_TREE || strlen(name) != 2 ||
	    strspn(name, "0123456789abcdef") != 2)
		return -1;
	return (int)strtol(name, NULL, 16);
}

static int compare_lines(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The header line of the path index, or "" (NUL-terminated, no newline). */
static void paths_head(errata_repo *repo, char *line, size_t size)
{
	char *path = shard_path(repo, PATHS_NAME, 0);
	FILE *f = path ? fopen(path, "rb") : NULL;

	line[0] = '\0';
	if (f && !fgets(line, (int)size, f))
		line[0] = '\0';
	line[strcspn(line, "\n")] = '\0';
	if (f)
		fclose(f);
	free(path);
}

/*
 * Write the path index for the whole set (every line located in its shard
 * file), unless the one there was written for the same r/ tree. Like the
 * shard files, it is only a cache: failing to write it is not an error.
 */
static void write_paths(errata_reports *set, errata_repo *repo, git_tree *rtree)
{
	errata_buf keys = ERRATA_BUF_INIT, out = ERRATA_BUF_INIT;
	char **lines = NULL, *path = NULL, *tmp = NULL, rid[GIT_OID_HEXSZ + 1], have[256];
	size_t nshards = 0, *at = NULL;
	FILE *f = NULL;
	int error = 0;

	git_oid_tostr(rid, sizeof(rid), git_tree_id(rtree));
	paths_head(repo, have, sizeof(have));
	if (strncmp(have, PATHS_MAGIC, strlen(PATHS_MAGIC)) == 0 &&
	    strncmp(have + strlen(PATHS_MAGIC), rid, GIT_OID_HEXSZ) == 0)
		return;
	for (size_t i = 0; i < set->n; i++)
		if (!set->v[i].located)
			return;
	/* Each index line, NUL-terminated while sorting: "path\tid\toffset\tlength". */
	if (!(lines = malloc((set->n + 1) * sizeof(*lines))) ||
	    !(at = malloc((set->n + 1) * sizeof(*at))))
		goto cleanup;
	for (size_t i = 0; i < set->n && error == 0; i++) {
		at[i] = keys.size;
		if ((error = escape_into(&keys, set->v[i].r.path)) == 0)
			error = errata_buf_printf(&keys, "\t%s\t%lu\t%lu", set->v[i].r.id,
			                          (unsigned long)set->v[i].off,
			                          (unsigned long)set->v[i].len);
		if (error == 0)
			error = errata_buf_putc(&keys, '\0');
	}
	if (error < 0)
		goto cleanup;
	for (size_t i = 0; i < set->n; i++)
		lines[i] = keys.ptr + at[i];
	qsort(lines, set->n, sizeof(*lines), compare_lines);
	for (size_t s = 0; s < git_tree_entrycount(rtree); s++)
		nshards += shard_number(git_tree_entry_byindex(rtree, s)) >= 0;
	error = errata_buf_printf(&out, PATHS_MAGIC "%s %zu %zu\n", rid, nshards, set->n);
	for (size_t s = 0; s < git_tree_entrycount(rtree) && error == 0; s++) {
		const git_tree_entry *se = git_tree_entry_byindex(rtree, s);

		if (shard_number(se) >= 0)
			error = errata_buf_printf(&out, "%s %s\n", git_tree_entry_name(se),
			                          git_oid_tostr_s(git_tree_entry_id(se)));
	}
	for (size_t i = 0; i < set->n && error == 0; i++)
		if ((error = errata_buf_puts(&out, lines[i])) == 0)
			error = errata_buf_putc(&out, '\n');
	if (error < 0 || !(path = shard_path(repo, PATHS_NAME, 1)) ||
	    !(tmp = malloc(strlen(path) + 32)))
		goto cleanup;
	sprintf(tmp, "%s.%ld.tmp", path, (long)getpid());
	if (!(f = fopen(tmp, "wb")))
		goto cleanup;
	error = fwrite(out.ptr, 1, out.size, f) == out.size ? 0 : -1;
	if (fclose(f) != 0 || error < 0 || rename(tmp, path) < 0)
		unlink(tmp);
cleanup:
	errata__error_clear();
	errata_buf_dispose(&keys);
	errata_buf_dispose(&out);
	free(lines);
	free(at);
	free(path);
	free(tmp);
}

/* One shard brought up to date by a worker, into a set of its own. */
typedef struct {
	const git_tree_entry *se;    /* borrowed from the r/ tree, read only */
	errata_reports part;
	int error;
	char *message;
} shard_job;

typedef struct {
	errata_repo *repo;           /* the caller's */
	errata_reports *set;
	int inline_run;              /* one worker: it uses the caller's repository */
	int error;                   /* the first shard's error, in shard order... */
	char *message;               /* ...and its message */
} load_ctx;

static void shard_work(void *vjob, void **state, void *ud)
{
	shard_job *job = vjob;
	load_ctx *ctx = ud;
	errata_repo *repo = ctx->repo;

	/* libgit2 repositories are not shared between threads: one per worker. */
	if (!ctx->inline_run) {
		if (!*state && (job->error = errata_repo_open((errata_repo **)state, ctx->repo->gitdir)) < 0)
			goto failed;
		repo = *state;
	}
	if ((job->error = refresh_shard(&job->part, repo, job->se)) == 0)
		return;
failed:
	job->message = errata__strdup(errata_error_last());
}

static void shard_worker_free(void *state, void *ud)
{
	(void)ud;
	errata_repo_free(state);
}

static void shard_job_free(shard_job *job)
{
	for (size_t i = 0; i < job->part.nchunks; i++)
		free(job->part.chunks[i]);
	free(job->part.chunks);
	free(job->part.v);
	free(job->message);
	free(job);
}

/* Append a refreshed shard to the set, in shard order. */
static int shard_deliver(void *vjob, void *ud)
{
	shard_job *job = vjob;
	load_ctx *ctx = ud;
	errata_reports *set = ctx->set;
	int error = job->error;

	for (size_t i = 0; i < job->part.n && error == 0; i++) {
		entry *e = push_entry(set);

		if (!e)
			error = errata__oom();
		else
			*e = job->part.v[i];
	}
	/* The set borrows from the part's chunks: they move to it. */
	while (error == 0 && job->part.nchunks) {
		if ((error = keep_chunk(set, job->part.chunks[job->part.nchunks - 1])) < 0)
			break;
		job->part.nchunks--;
	}
	if (error < 0 && ctx->error == 0) {
		ctx->error = error;
		ctx->message = job->message ? job->message : errata__strdup(errata_error_last());
		job->message = NULL;
	}
	shard_job_free(job);
	return ctx->error;
}

int errata_reports_load(errata_reports **out, errata_repo *repo)
{
	errata_pool_options po = ERRATA_POOL_OPTIONS_INIT;
	errata_pool *pool = NULL;
	errata_reports *set = NULL;
	git_tree *rtree = NULL;
	load_ctx ctx;
	int error;

	*out = NULL;
	memset(&ctx, 0, sizeof(ctx));
	if (!(set = calloc(1, sizeof(*set))))
		return errata__oom();
	if ((error = reports_tree(repo, &rtree)) < 0 || !rtree)
		goto done;
	/*
	 * Each report folder and event is read once: libgit2's object cache
	 * would only fill up (and cost more in malloc than it saves). Hashing
	 * every object read again (as git itself does not) costs a fifth of a
	 * cold load. The shards are brought up to date by a pool of workers
	 * and appended in order.
	 */
	git_libgit2_opts(GIT_OPT_ENABLE_CACHING, 0);
	git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 0);
	ctx.repo = repo;
	ctx.set = set;
	po.workers = git_tree_entrycount(rtree) > 1 ? 0 : 1;
	po.work = shard_work;
	po.deliver = shard_deliver;
	po.worker_free = shard_worker_free;
	po.ud = &ctx;
	if ((error = errata_pool_new(&pool, &po)) == 0) {
		ctx.inline_run = errata_pool_workers(pool) == 1;
		for (size_t s = 0; s < git_tree_entrycount(rtree) && error == 0; s++) {
			const git_tree_entry *se = git_tree_entry_byindex(rtree, s);
			shard_job *job;

			if (shard_number(se) < 0)
				continue;
			if (!(job = calloc(1, sizeof(*job)))) {
				error = errata__oom();
				break;
			}
			job->se = se;
			if (errata_pool_submit(pool, job) != 0) {
				shard_job_free(job);
				break;
			}
		}
		errata_pool_free(pool);
	}
	git_libgit2_opts(GIT_OPT_ENABLE_CACHING, 1);
	git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 1);
	if (error == 0 && ctx.error)
		error = errata__error(ctx.error, "%s", ctx.message ? ctx.message : "out of memory");
	if (error < 0)
		goto cleanup;
	write_paths(set, repo, rtree);
done:
	if (error == 0) {
		*out = set;
		set = NULL;
	}
cleanup:
	free(ctx.message);
	git_tree_free(rtree);
	errata_reports_free(set);
	return error;
}

/* ---- the reports on one path ------------------------------------------ */

typedef struct {
	const char *data;          /* the path index, mapped */
	size_t len;
	const char *lines;         /* where its sorted lines start */
	char shard_oid[256][GIT_OID_HEXSZ + 1];  /* "" : not in the index */
	int fd[256];               /* shard files opened so far (-1: not yet) */
} paths_index;

/* Map the path index and read its header and shard table; -1 when unusable. */
static int paths_open(paths_index *ix, errata_repo *repo)
{
	char *path = shard_path(repo, PATHS_NAME, 0);
	const char *p, *end, *nl;
	unsigned long long nshards, nlines;
	struct stat st;
	int fd = -1, used = -1;

	memset(ix, 0, sizeof(*ix));
	for (int i = 0; i < 256; i++)
		ix->fd[i] = -1;
	if (!path)
		return -1;
	fd = open(path, O_RDONLY | O_CLOEXEC);
	free(path);
	if (fd < 0 || fstat(fd, &st) != 0 || st.st_size < 64) {
		if (fd >= 0)
			close(fd);
		return -1;
	}
	ix->len = (size_t)st.st_size;
	ix->data = mmap(NULL, ix->len, PROT_READ, MAP_PRIVATE, fd, 0);
	close(fd);
	if (ix->data == MAP_FAILED) {
		ix->data = NULL;
		return -1;
	}
	p = ix->data;
	end = p + ix->len;
	if (end[-1] != '\n' || !(nl = memchr(p, '\n', ix->len)) || nl - p > 200 ||
	    strncmp(p, PATHS_MAGIC, strlen(PATHS_MAGIC)) != 0)
		return -1;
	{
		char head[256];

		memcpy(head, p, (size_t)(nl - p));
		head[nl - p] = '\0';
		if (sscanf(head + strlen(PATHS_MAGIC) + GIT_OID_HEXSZ, " %llu %llu%n",
		           &nshards, &nlines, &used) != 2 || used < 0 ||
		    head[strlen(PATHS_MAGIC) + GIT_OID_HEXSZ + (size_t)used] != '\0' || nshards > 256)
			return -1;
	}
	p = nl + 1;
	for (unsigned long long i = 0; i < nshards; i++) {
		char name[3];
		int k;

		if (end - p < 3 + GIT_OID_HEXSZ + 1 || p[2] != ' ' || p[3 + GIT_OID_HEXSZ] != '\n' ||
		    strspn(p, "0123456789abcdef") < 2 ||
		    strspn(p + 3, "0123456789abcdef") < GIT_OID_HEXSZ)
			return -1;
		memcpy(name, p, 2);
		name[2] = '\0';
		k = (int)strtol(name, NULL, 16);
		memcpy(ix->shard_oid[k], p + 3, GIT_OID_HEXSZ);
		ix->shard_oid[k][GIT_OID_HEXSZ] = '\0';
		p += 3 + GIT_OID_HEXSZ + 1;
	}
	ix->lines = p;
	(void)nlines;
	return 0;
}

static void paths_close(paths_index *ix)
{
	if (ix->data)
		munmap((void *)ix->data, ix->len);
	for (int i = 0; i < 256; i++)
		if (ix->fd[i] >= 0)
			close(ix->fd[i]);
}

/* The start of the line that holds byte p (lines start after ix->lines). */
static const char *line_start(const paths_index *ix, const char *p)
{
	while (p > ix->lines && p[-1] != '\n')
		p--;
	return p;
}

/* Compare the index line at p with key (length n): strcmp's order over the line. */
static int line_cmp(const char *p, const char *end, const char *key, size_t n)
{
	size_t ll = (size_t)((const char *)memchr(p, '\n', (size_t)(end - p)) - p);
	int c = memcmp(p, key, ll < n ? ll : n);

	return c ? c : ll < n ? -1 : ll > n ? 1 : 0;
}

/*
 * A shard file opened for reading the lines the index names: its header
 * must carry the shard tree id the index was written for. -1 when not.
 */
static int shard_fd(paths_index *ix, errata_repo *repo, int k)
{
	char name[3], head[256], oid[GIT_OID_HEXSZ + 1], *path;
	unsigned long long count, bytes, sum;
	ssize_t n;
	int fd;

	if (ix->fd[k] >= 0)
		return ix->fd[k];
	snprintf(name, sizeof(name), "%02x", k);
	if (!(path = shard_path(repo, name, 0)))
		return -1;
	fd = open(path, O_RDONLY | O_CLOEXEC);
	free(path);
	if (fd < 0)
		return -1;
	n = pread(fd, head, sizeof(head) - 1, 0);
	head[n > 0 ? n : 0] = '\0';
	if (n <= 0 || !strchr(head, '\n')) {
		close(fd);
		return -1;
	}
	head[strcspn(head, "\n")] = '\0';
	if (shard_head(head, oid, &count, &bytes, &sum) < 0 || strcmp(oid, ix->shard_oid[k]) != 0) {
		close(fd);
		return -1;
	}
	return ix->fd[k] = fd;
}

/*
 * The reports on `path` through the index: lines of unchanged shards read
 * where the index says, changed shards brought up to date and read whole.
 * 1 when answered, 0 when the index cannot answer (missing, damaged, too
 * many shards changed), < 0 on error.
 */
static int load_path_indexed(errata_reports *set, errata_repo *repo, git_tree *rtree,
                             const char *path)
{
	paths_index ix;
	errata_buf key = ERRATA_BUF_INIT;
	const git_tree_entry *changed[PATHS_MAX_CHANGED];
	int ok[256];
	size_t nchanged = 0;
	const char *lo, *hi, *end, *p;
	int error = 0, answered = 0;

	if (paths_open(&ix, repo) < 0)
		goto cleanup;
	memset(ok, 0, sizeof(ok));
	for (size_t s = 0; s < git_tree_entrycount(rtree); s++) {
		const git_tree_entry *se = git_tree_entry_byindex(rtree, s);
		int k = shard_number(se);

		if (k < 0)
			continue;
		if (strcmp(ix.shard_oid[k], git_oid_tostr_s(git_tree_entry_id(se))) == 0) {
			ok[k] = 1;
			continue;
		}
		if (nchanged == PATHS_MAX_CHANGED)
			goto cleanup;
		changed[nchanged++] = se;
	}
	if ((error = escape_into(&key, path)) < 0 || (error = errata_buf_putc(&key, '\t')) < 0)
		goto cleanup;
	/* The first line not below the key: a search over bytes, snapped to lines. */
	end = ix.data + ix.len;
	lo = ix.lines;
	hi = end;
	while (lo < hi) {
		const char *mid = line_start(&ix, lo + (hi - lo) / 2);

		if (mid < lo)
			mid = lo;
		if (line_cmp(mid, end, key.ptr, key.size) < 0)
			lo = (const char *)memchr(mid, '\n', (size_t)(end - mid)) + 1;
		else
			hi = mid;
	}
	for (p = lo; p < end && (size_t)(end - p) > key.size && memcmp(p, key.ptr, key.size) == 0;) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		char field[64], id[17], *line;
		unsigned long off, len;
		int k, used = -1, fd;
		entry *e;
		size_t flen = (size_t)(nl - p) - key.size;

		if (flen >= sizeof(field))
			goto cleanup;
		memcpy(field, p + key.size, flen);
		field[flen] = '\0';
		p = nl + 1;
		if (sscanf(field, "%16[0-9a-f]\t%lu\t%lu%n", id, &off, &len, &used) != 3 ||
		    used < 0 || field[used] != '\0' || strlen(id) != 16)
			goto cleanup;
		{
			char name[3] = { id[0], id[1], '\0' };

			k = (int)strtol(name, NULL, 16);
		}
		if (!ok[k])
			continue;   /* a changed shard: read whole below */
		if ((fd = shard_fd(&ix, repo, k)) < 0 || len > (1u << 30) ||
		    !(line = arena_alloc(set, len + 1)) ||
		    pread(fd, line, len + 1, (off_t)off) != (ssize_t)(len + 1) || line[len] != '\n')
			goto cleanup;
		line[len] = '\0';
		if (!(e = push_entry(set))) {
			error = errata__oom();
			goto cleanup;
		}
		if (parse_line(line, e) < 0 || strcmp(e->r.id, id) != 0 || strcmp(e->r.path, path) != 0) {
			set->n--;
			goto cleanup;
		}
	}
	/* What changed since the index was written. */
	for (size_t c = 0; c < nchanged && error == 0; c++) {
		errata_reports part;

		memset(&part, 0, sizeof(part));
		error = refresh_shard(&part, repo, changed[c]);
		for (size_t i = 0; i < part.n && error == 0; i++) {
			if (strcmp(part.v[i].r.path, path) != 0)
				continue;
			if (!push_entry(set))
				error = errata__oom();
			else
				set->v[set->n - 1] = part.v[i];
		}
		for (size_t i = 0; i < part.nchunks; i++)
			if (error < 0 || keep_chunk(set, part.chunks[i]) < 0) {
				free(part.chunks[i]);
				error = error < 0 ? error : errata__oom();
			}
		free(part.chunks);
		free(part.v);
	}
	answered = error == 0;
cleanup:
	paths_close(&ix);
	errata_buf_dispose(&key);
	return error < 0 ? error : answered;
}

static int compare_ids(const void *a, const void *b)
{
	return strcmp(((const entry *)a)->r.id, ((const entry *)b)->r.id);
}

int errata_reports_load_path(errata_reports **out, errata_repo *repo, const char *path)
{
	errata_reports *set = NULL;
	git_tree *rtree = NULL;
	int error, r;
	size_t k = 0;

	*out = NULL;
	if (!path)
		return errata__error(ERRATA_EUSAGE, "no path to list the reports of");
	if ((error = reports_tree(repo, &rtree)) < 0)
		return error;
	if (!(set = calloc(1, sizeof(*set)))) {
		error = errata__oom();
		goto cleanup;
	}
	if (!rtree)
		goto done;
	git_libgit2_opts(GIT_OPT_ENABLE_CACHING, 0);
	git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 0);
	r = load_path_indexed(set, repo, rtree, path);
	git_libgit2_opts(GIT_OPT_ENABLE_CACHING, 1);
	git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 1);
	if (r < 0) {
		error = r;
		goto cleanup;
	}
	if (r == 0) {
		/* No usable index: load every report (which writes one) and keep this path's. */
		errata_reports_free(set);
		set = NULL;
		if ((error = errata_reports_load(&set, repo)) < 0)
			goto cleanup;
		for (size_t i = 0; i < set->n; i++)
			if (strcmp(set->v[i].r.path, path) == 0)
				set->v[k++] = set->v[i];
		set->n = k;
	}
	if (set->n > 1)
		qsort(set->v, set->n, sizeof(*set->v), compare_ids);
done:
	*out = set;
	set = NULL;
cleanup:
	git_tree_free(rtree);
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
