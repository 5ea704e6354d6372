/*
 * history_index.c: the chain, folder and path files of history_index.h.
 * Commits and trees are read raw from the object database (commits for
 * the tree and first parent, trees entry by entry in git's order), never
 * parsed into objects; each version of a folder's tree is read once.
 */
#include "repo/history_index.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common.h"

#define CHAIN_MAGIC "errata-chain 1\n"
#define PATHS_MAGIC "errata-path 1\n"
#define FNV_SEED 14695981039346656037ULL
#define PATH_MAX_DEPTH 32
#define CHANGE_BYTES 25   /* position (4), present (1), blob id (20) */

typedef struct {
	git_odb *odb;
	char *comp[PATH_MAX_DEPTH];
	size_t ncomp;
	char *buf;
} path_walker;

static void walker_dispose(path_walker *w)
{
	git_odb_free(w->odb);
	free(w->buf);
	memset(w, 0, sizeof(*w));
}

static int walker_init(path_walker *w, errata_repo *repo, const char *path)
{
	char *p;
	int error;

	memset(w, 0, sizeof(*w));
	if ((error = git_repository_odb(&w->odb, repo->git)) < 0)
		return errata__git_error(error, "object database");
	if (!(w->buf = errata__strdup(path))) {
		walker_dispose(w);
		return errata__oom();
	}
	for (p = strtok(w->buf, "/"); p; p = strtok(NULL, "/")) {
		if (w->ncomp == PATH_MAX_DEPTH) {
			walker_dispose(w);
			return errata__error(ERRATA_EINVALID, "%s: too deep", path);
		}
		w->comp[w->ncomp++] = p;
	}
	if (w->ncomp == 0) {
		walker_dispose(w);
		return errata__error(ERRATA_EINVALID, "'%s' is not a file path", path);
	}
	return 0;
}

/* A commit's tree and first parent, from its raw text. */
static int raw_commit(git_odb *odb, const git_oid *id, git_oid *tree, git_oid *parent,
                      int *has_parent)
{
	git_odb_object *o = NULL;
	const char *d;
	size_t n;
	int error;

	*has_parent = 0;
	if ((error = git_odb_read(&o, odb, id)) < 0)
		return errata__git_error(error, "reading a commit");
	d = git_odb_object_data(o);
	n = git_odb_object_size(o);
	if (git_odb_object_type(o) != GIT_OBJECT_COMMIT || n < 46 || memcmp(d, "tree ", 5) != 0 ||
	    git_oid_fromstrn(tree, d + 5, 40) < 0) {
		git_odb_object_free(o);
		return errata__error(ERRATA_ERROR, "%s: not a commit", git_oid_tostr_s(id));
	}
	if (n >= 46 + 48 && memcmp(d + 46, "parent ", 7) == 0 && git_oid_fromstrn(parent, d + 53, 40) == 0)
		*has_parent = 1;
	git_odb_object_free(o);
	return 0;
}

static void put32(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char)v;
	p[1] = (unsigned char)(v >> 8);
	p[2] = (unsigned char)(v >> 16);
	p[3] = (unsigned char)(v >> 24);
}

static uint32_t get32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static void put64(unsigned char *p, uint64_t v)
{
	put32(p, (uint32_t)v);
	put32(p + 4, (uint32_t)(v >> 32));
}

char *errata__cache_path(errata_repo *repo, const char *sub, const char *name, int make)
{
	char *p = malloc(strlen(repo->gitdir) + strlen(sub) + strlen(name) + 16);

	if (!p)
		return NULL;
	if (make) {
		sprintf(p, "%serrata", repo->gitdir);
		mkdir(p, 0777);
		sprintf(p, "%serrata/%s", repo->gitdir, sub);
		mkdir(p, 0777);
	}
	sprintf(p, "%serrata/%s/%s", repo->gitdir, sub, name);
	return p;
}

/*
 * Read an index file: its body (after the magic line) when the magic and
 * the trailing checksum match, else NULL. *len is the body's length.
 */
static unsigned char *read_index(errata_repo *repo, const char *name, const char *magic,
                                 char **whole, size_t *len)
{
	char *path = errata__cache_path(repo, "history", name, 0), *data = NULL;
	size_t n = 0, ml = strlen(magic);
	unsigned char sum[8];

	*whole = NULL;
	*len = 0;
	if (!path || errata__read_file(path, 0, &data, &n) < 0) {
		errata__error_clear();
		free(path);
		return NULL;
	}
	free(path);
	if (n < ml + 8 || memcmp(data, magic, ml) != 0) {
		free(data);
		return NULL;
	}
	put64(sum, errata__fnv1a(FNV_SEED, data, n - 8));
	if (memcmp(sum, data + n - 8, 8) != 0) {
		free(data);
		return NULL;
	}
	*whole = data;
	*len = n - 8 - ml;
	return (unsigned char *)data + ml;
}

/* Write an index file through a temporary file and a rename; failures only cost time. */
static void write_index(errata_repo *repo, const char *name, errata_buf *b)
{
	char *path = errata__cache_path(repo, "history", name, 1), *tmp = NULL;
	unsigned char sum[8];
	FILE *f;
	int failed;

	put64(sum, errata__fnv1a(FNV_SEED, b->ptr, b->size));
	if (!path || !(tmp = malloc(strlen(path) + 32)) || errata_buf_put(b, (const char *)sum, 8) < 0)
		goto cleanup;
	sprintf(tmp, "%s.%ld.tmp", path, (long)getpid());
	if (!(f = fopen(tmp, "wb")))
		goto cleanup;
	/* (the file is closed whether or not the write failed) */
	failed = fwrite(b->ptr, 1, b->size, f) != b->size;
	if (fclose(f) != 0)
		failed = 1;
	if (failed || rename(tmp, path) < 0)
		unlink(tmp);
cleanup:
	errata__error_clear();
	free(tmp);
	free(path);
}

static size_t slot_of(const errata__path_history *h, const git_oid *id)
{
	return (size_t)get32(id->id) & (h->nslots - 1);
}

static int build_slots(errata__path_history *h)
{
	size_t n = 1024;

	while (n < h->len * 2)
		n *= 2;
	free(h->slots);
	h->nslots = 0;
	if (!(h->slots = calloc(n, sizeof(*h->slots))))
		return errata__oom();
	h->nslots = n;
	for (size_t i = 0; i < h->len; i++) {
		size_t s = slot_of(h, &h->chain[i].commit);

		while (h->slots[s])
			s = (s + 1) & (n - 1);
		h->slots[s] = (uint32_t)i + 1;
	}
	return 0;
}

long errata__path_history_find(const errata__path_history *h, const git_oid *commit)
{
	size_t s;

	if (!h->nslots)
		return -1;
	for (s = slot_of(h, commit); h->slots[s]; s = (s + 1) & (h->nslots - 1))
		if (git_oid_equal(&h->chain[h->slots[s] - 1].commit, commit))
			return (long)h->slots[s] - 1;
	return -1;
}

long errata__path_history_change_at(const errata__path_history *h, size_t pos)
{
	size_t lo = 0, hi = h->nchanges;

	/* The first change after pos; the one before it is the answer. */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (h->changes[mid].pos <= pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	return (long)lo - 1;
}

static void load_chain(errata__path_history *h, errata_repo *repo)
{
	char *whole = NULL;
	size_t len, n;
	const unsigned char *p = read_index(repo, "chain", CHAIN_MAGIC, &whole, &len);

	if (!p || len < 4 || (n = get32(p)) != (len - 4) / 40 || (len - 4) % 40 != 0 ||
	    !(h->chain = malloc((n ? n : 1) * sizeof(*h->chain)))) {
		free(whole);
		return;
	}
	for (size_t i = 0; i < n; i++) {
		git_oid_fromraw(&h->chain[i].commit, p + 4 + i * 40);
		git_oid_fromraw(&h->chain[i].tree, p + 4 + i * 40 + 20);
	}
	h->len = n;
	free(whole);
}

static void save_chain(const errata__path_history *h, errata_repo *repo)
{
	errata_buf b = ERRATA_BUF_INIT;
	unsigned char n[4];

	put32(n, (uint32_t)h->len);
	if (errata_buf_grow(&b, h->len * 40 + 64) == 0 && errata_buf_puts(&b, CHAIN_MAGIC) == 0 &&
	    errata_buf_put(&b, (const char *)n, 4) == 0) {
		for (size_t i = 0; i < h->len; i++) {
			errata_buf_put(&b, (const char *)h->chain[i].commit.id, 20);
			errata_buf_put(&b, (const char *)h->chain[i].tree.id, 20);
		}
		write_index(repo, "chain", &b);
	}
	errata__error_clear();
	errata_buf_dispose(&b);
}

/*
 * Place `rev` on the chain: walk its first parents back to the first
 * commit the chain holds (or to the root), cut the chain after that
 * commit and append the walked ones. *changed is set when the chain moved.
 */
static int place_rev(errata__path_history *h, errata_repo *repo, git_odb *odb, const git_oid *rev,
                     int *changed)
{
	errata__chain_link *walked = NULL, *nc;
	size_t nw = 0, cap = 0, keep = 0;
	git_oid cur, parent;
	long at;
	int error = 0, has_parent = 1;

	*changed = 0;
	if ((at = errata__path_history_find(h, rev)) >= 0) {
		h->rev_pos = (size_t)at;
		return 0;
	}
	git_oid_cpy(&cur, rev);
	while (has_parent) {
		if ((at = errata__path_history_find(h, &cur)) >= 0) {
			keep = (size_t)at + 1;
			break;
		}
		if (nw == cap) {
			size_t ncap = cap ? cap * 2 : 64;

			if (!(nc = realloc(walked, ncap * sizeof(*nc)))) {
				error = errata__oom();
				goto cleanup;
			}
			walked = nc;
			cap = ncap;
		}
		git_oid_cpy(&walked[nw].commit, &cur);
		if ((error = raw_commit(odb, &cur, &walked[nw].tree, &parent, &has_parent)) < 0)
			goto cleanup;
		/* A shallow clone's boundary: its parent is not here. */
		if (has_parent && errata__repo_shallow(repo, &cur))
			has_parent = 0;
		nw++;
		git_oid_cpy(&cur, &parent);
	}
	if (keep + nw > UINT32_MAX - 1) {
		error = errata__error(ERRATA_ETOOBIG, "history: too many commits");
		goto cleanup;
	}
	if (!(nc = realloc(h->chain, (keep + nw) * sizeof(*nc)))) {
		error = errata__oom();
		goto cleanup;
	}
	h->chain = nc;
	for (size_t i = 0; i < nw; i++)
		h->chain[keep + i] = walked[nw - 1 - i];
	h->len = keep + nw;
	h->rev_pos = h->len - 1;
	*changed = 1;
	error = build_slots(h);
cleanup:
	free(walked);
	return error;
}

static char *path_file_name(const char *path)
{
	char *name = malloc(24);

	if (name)
		sprintf(name, "%016llx", (unsigned long long)errata__fnv1a(FNV_SEED, path, strlen(path)));
	return name;
}

static int push_change(errata__path_history *h, size_t *cap, uint32_t pos, int present,
                       const git_oid *blob)
{
	errata__path_change *c;

	if (h->nchanges == *cap) {
		size_t ncap = *cap ? *cap * 2 : 64;

		if (!(c = realloc(h->changes, ncap * sizeof(*c))))
			return errata__oom();
		h->changes = c;
		*cap = ncap;
	}
	c = &h->changes[h->nchanges++];
	memset(c, 0, sizeof(*c));
	c->pos = pos;
	c->present = present;
	if (present)
		git_oid_cpy(&c->blob, blob);
	return 0;
}

/*
 * The head of a path or folder file after its magic line: the name it is
 * for, the chain length it covers, the commit there, and its record count.
 */
static int put_head(errata_buf *b, const char *magic, const char *name, size_t nlen,
                    const errata__path_history *h, size_t count, size_t body)
{
	unsigned char num[4];
	int error = errata_buf_grow(b, body + nlen + 128);

	put32(num, (uint32_t)nlen);
	if (error == 0)
		error = errata_buf_puts(b, magic);
	if (error == 0)
		error = errata_buf_put(b, (const char *)num, 4);
	if (error == 0 && nlen)
		error = errata_buf_put(b, name, nlen);
	put32(num, (uint32_t)h->len);
	if (error == 0)
		error = errata_buf_put(b, (const char *)num, 4);
	if (error == 0)
		error = errata_buf_put(b, (const char *)h->chain[h->len - 1].commit.id, 20);
	put32(num, (uint32_t)count);
	if (error == 0)
		error = errata_buf_put(b, (const char *)num, 4);
	return error;
}

/*
 * Check the head read from a file body of len bytes: the records start
 * and their count, and the covered length, or 0 when the file is for
 * another name or stale (the chain no longer holds the commit the file
 * was built up to).
 */
static size_t get_head(const unsigned char **p, size_t *len, const char *name, size_t nlen,
                       const errata__path_history *h, size_t *count)
{
	size_t covered;
	git_oid tip;

	if (!*p || *len < 4 + nlen + 28 || get32(*p) != nlen || memcmp(*p + 4, name, nlen) != 0)
		return 0;
	*p += 4 + nlen;
	covered = get32(*p);
	git_oid_fromraw(&tip, *p + 4);
	*count = get32(*p + 24);
	*p += 28;
	*len -= 4 + nlen + 28;
	if (covered == 0 || covered > h->len || !git_oid_equal(&h->chain[covered - 1].commit, &tip))
		return 0;
	return covered;
}

/*
 * Read the path file: the number of chain positions it covers (0 when it
 * is missing, damaged, for another path, or stale against the chain), its
 * changes loaded into h.
 */
static size_t load_changes(errata__path_history *h, errata_repo *repo, const char *name,
                           const char *path, size_t *cap)
{
	char *whole = NULL;
	size_t len, covered, n = 0;
	const unsigned char *p = read_index(repo, name, PATHS_MAGIC, &whole, &len);

	covered = get_head(&p, &len, path, strlen(path), h, &n);
	if (covered == 0 || len != n * CHANGE_BYTES) {
		covered = 0;
		goto cleanup;
	}
	for (size_t i = 0; i < n; i++, p += CHANGE_BYTES) {
		git_oid blob;
		uint32_t pos = get32(p);

		git_oid_fromraw(&blob, p + 5);
		if (pos >= covered || (h->nchanges && pos <= h->changes[h->nchanges - 1].pos) ||
		    push_change(h, cap, pos, p[4] != 0, &blob) < 0) {
			errata__error_clear();
			h->nchanges = 0;
			covered = 0;
			goto cleanup;
		}
	}
cleanup:
	free(whole);
	return covered;
}

static void save_changes(const errata__path_history *h, errata_repo *repo, const char *name,
                         const char *path)
{
	errata_buf b = ERRATA_BUF_INIT;
	unsigned char rec[CHANGE_BYTES];
	int error = put_head(&b, PATHS_MAGIC, path, strlen(path), h, h->nchanges,
	                     h->nchanges * CHANGE_BYTES);

	for (size_t i = 0; i < h->nchanges && error == 0; i++) {
		put32(rec, h->changes[i].pos);
		rec[4] = (unsigned char)(h->changes[i].present != 0);
		memcpy(rec + 5, h->changes[i].blob.id, 20);
		error = errata_buf_put(&b, (const char *)rec, CHANGE_BYTES);
	}
	if (error == 0)
		write_index(repo, name, &b);
	errata__error_clear();
	errata_buf_dispose(&b);
}

/*
 * Folder files: for one folder, every change of its entries along the
 * chain (position, name, folder or not, present, id), found by comparing
 * each new version of the folder's tree with the one before. A folder's
 * versions come from its parent's file (the root's from the chain), so a
 * path's changes cost as many tree reads as its folder had versions, and
 * every other path in that folder is answered from the same file.
 */
#define DIRS_MAGIC "errata-dir 1\n"

typedef struct {
	uint32_t pos;
	unsigned char is_tree, present;
	size_t name, nlen;   /* offset and length in the names buffer */
	git_oid oid;
} dir_rec;

typedef struct {
	dir_rec *v;
	size_t n, cap;
	errata_buf names;
} dir_changes;

static void dir_dispose(dir_changes *d)
{
	free(d->v);
	errata_buf_dispose(&d->names);
	memset(d, 0, sizeof(*d));
}

static int dir_push(dir_changes *d, uint32_t pos, int is_tree, int present, const char *name,
                    size_t nlen, const git_oid *oid)
{
	dir_rec *r;
	int error;

	if (d->n == d->cap) {
		size_t ncap = d->cap ? d->cap * 2 : 256;

		if (!(r = realloc(d->v, ncap * sizeof(*r))))
			return errata__oom();
		d->v = r;
		d->cap = ncap;
	}
	r = &d->v[d->n];
	memset(r, 0, sizeof(*r));
	r->pos = pos;
	r->is_tree = (unsigned char)(is_tree != 0);
	r->present = (unsigned char)(present != 0);
	r->name = d->names.size;
	r->nlen = nlen;
	if (present)
		git_oid_cpy(&r->oid, oid);
	if ((error = errata_buf_put(&d->names, name, nlen)) < 0)
		return error;
	d->n++;
	return 0;
}

/* One entry of a raw tree. */
typedef struct {
	const char *name;
	size_t nlen;
	int is_tree;
	const unsigned char *id;
} raw_entry;

/* The next entry at *p (before end): 1, or 0 at the end or on damage. */
static int next_entry(const char **p, const char *end, raw_entry *e)
{
	const char *sp, *nul;

	if (!*p || *p >= end || !(sp = memchr(*p, ' ', (size_t)(end - *p))) ||
	    !(nul = memchr(sp, '\0', (size_t)(end - sp))) || end - nul < 21)
		return 0;
	e->is_tree = (*p)[0] == '4';
	e->name = sp + 1;
	e->nlen = (size_t)(nul - sp - 1);
	e->id = (const unsigned char *)nul + 1;
	*p = nul + 21;
	return 1;
}

/* git's order of tree entries: a folder's name sorts as if it ended in '/'. */
static int entry_cmp(const raw_entry *a, const raw_entry *b)
{
	size_t n = a->nlen < b->nlen ? a->nlen : b->nlen;
	int c = memcmp(a->name, b->name, n), ca, cb;

	if (c)
		return c;
	ca = a->nlen > n ? (unsigned char)a->name[n] : a->is_tree ? '/' : 0;
	cb = b->nlen > n ? (unsigned char)b->name[n] : b->is_tree ? '/' : 0;
	return ca - cb;
}

static int push_entry_rec(dir_changes *d, uint32_t pos, const raw_entry *e, int present)
{
	git_oid id;

	if (present)
		git_oid_fromraw(&id, e->id);
	return dir_push(d, pos, e->is_tree, present, e->name, e->nlen, present ? &id : NULL);
}

/* Record at `pos` how raw folder tree `ob` differs from `oa` (either may be NULL: empty). */
static int diff_trees(dir_changes *d, uint32_t pos, git_odb_object *oa, git_odb_object *ob)
{
	const char *pa = NULL, *ea = NULL, *pb = NULL, *eb = NULL;
	raw_entry xa, xb;
	int error = 0, ha, hb;

	if (oa) {
		pa = git_odb_object_data(oa);
		ea = pa + git_odb_object_size(oa);
	}
	if (ob) {
		pb = git_odb_object_data(ob);
		eb = pb + git_odb_object_size(ob);
	}
	ha = next_entry(&pa, ea, &xa);
	hb = next_entry(&pb, eb, &xb);
	while ((ha || hb) && error == 0) {
		int c = !ha ? 1 : !hb ? -1 : entry_cmp(&xa, &xb);

		if (c < 0) {
			error = push_entry_rec(d, pos, &xa, 0);
			ha = next_entry(&pa, ea, &xa);
		} else if (c > 0) {
			error = push_entry_rec(d, pos, &xb, 1);
			hb = next_entry(&pb, eb, &xb);
		} else {
			if (memcmp(xa.id, xb.id, 20) != 0)
				error = push_entry_rec(d, pos, &xb, 1);
			ha = next_entry(&pa, ea, &xa);
			hb = next_entry(&pb, eb, &xb);
		}
	}
	return error;
}

/*
 * The walk over a folder's versions keeps the previous tree read: each
 * version is read once. `id` NULL is the empty (absent) folder.
 */
typedef struct {
	git_odb *odb;
	git_odb_object *prev;
	git_oid prev_id;
	int has_prev, prev_read;
} version_walk;

static int version_next(dir_changes *d, version_walk *vw, uint32_t pos, const git_oid *id)
{
	git_odb_object *o = NULL;
	int error;

	if (vw->has_prev && !vw->prev_read) {
		if ((error = git_odb_read(&vw->prev, vw->odb, &vw->prev_id)) < 0)
			return errata__git_error(error, "reading a tree");
		vw->prev_read = 1;
	}
	if (id && (error = git_odb_read(&o, vw->odb, id)) < 0)
		return errata__git_error(error, "reading a tree");
	error = diff_trees(d, pos, vw->has_prev ? vw->prev : NULL, o);
	git_odb_object_free(vw->prev);
	vw->prev = o;
	vw->prev_read = o != NULL;
	vw->has_prev = id != NULL;
	if (id)
		git_oid_cpy(&vw->prev_id, id);
	return error;
}

/* The version before the walk starts, read only if a change follows. */
static void version_start(version_walk *vw, git_odb *odb, const git_oid *id)
{
	memset(vw, 0, sizeof(*vw));
	vw->odb = odb;
	if (id) {
		git_oid_cpy(&vw->prev_id, id);
		vw->has_prev = 1;
	}
}

static char *dir_file_name(const char *folder, size_t flen)
{
	char *name = malloc(24);

	if (name)
		sprintf(name, "d%016llx", (unsigned long long)errata__fnv1a(FNV_SEED, folder, flen));
	return name;
}

/* Read a folder file: the positions it covers (0 when unusable), its records in d. */
static size_t dir_load(dir_changes *d, const errata__path_history *h, errata_repo *repo,
                       const char *fname, const char *folder, size_t flen)
{
	char *whole = NULL;
	size_t len, covered, n = 0;
	const unsigned char *p = read_index(repo, fname, DIRS_MAGIC, &whole, &len), *end;

	covered = get_head(&p, &len, folder, flen, h, &n);
	if (covered == 0)
		goto cleanup;
	end = p + len;
	for (size_t i = 0; i < n; i++) {
		size_t nlen;
		git_oid oid;

		if (end - p < 8 || (nlen = (size_t)p[6] | (size_t)p[7] << 8, (size_t)(end - p) < 8 + nlen + 20) ||
		    get32(p) >= covered || (d->n && get32(p) < d->v[d->n - 1].pos)) {
			covered = 0;
			break;
		}
		git_oid_fromraw(&oid, p + 8 + nlen);
		if (dir_push(d, get32(p), p[4], p[5], (const char *)p + 8, nlen, &oid) < 0) {
			covered = 0;
			break;
		}
		p += 8 + nlen + 20;
	}
	if (covered == 0 || p != end) {
		errata__error_clear();
		d->n = 0;
		d->names.size = 0;
		covered = 0;
	}
cleanup:
	free(whole);
	return covered;
}

static void dir_save(const dir_changes *d, const errata__path_history *h, errata_repo *repo,
                     const char *fname, const char *folder, size_t flen)
{
	errata_buf b = ERRATA_BUF_INIT;
	unsigned char num[8];
	int error = put_head(&b, DIRS_MAGIC, folder, flen, h, d->n, d->n * 28 + d->names.size);

	for (size_t i = 0; i < d->n && error == 0; i++) {
		const dir_rec *r = &d->v[i];

		if (r->nlen > 0xffff) {
			error = -1;   /* a name too long for the file: keep no file */
			break;
		}
		put32(num, r->pos);
		num[4] = r->is_tree;
		num[5] = r->present;
		num[6] = (unsigned char)(r->nlen & 0xff);
		num[7] = (unsigned char)(r->nlen >> 8);
		if ((error = errata_buf_put(&b, (const char *)num, 8)) == 0 &&
		    (error = errata_buf_put(&b, d->names.ptr + r->name, r->nlen)) == 0)
			error = errata_buf_put(&b, (const char *)r->oid.id, 20);
	}
	if (error == 0)
		write_index(repo, fname, &b);
	errata__error_clear();
	errata_buf_dispose(&b);
}

static int rec_is(const dir_changes *d, const dir_rec *r, const char *name, size_t nlen, int is_tree)
{
	return r->is_tree == is_tree && r->nlen == nlen && memcmp(d->names.ptr + r->name, name, nlen) == 0;
}

/*
 * The changes of `folder` (flen bytes of a path; 0: the root) over the
 * whole chain, from its file, extended and saved when the chain grew.
 */
static int dir_changes_get(dir_changes *d, const errata__path_history *h, errata_repo *repo,
                           git_odb *odb, const char *folder, size_t flen)
{
	dir_changes parent;
	version_walk vw;
	char *fname = dir_file_name(folder, flen);
	size_t covered;
	int error = 0;

	memset(d, 0, sizeof(*d));
	memset(&parent, 0, sizeof(parent));
	memset(&vw, 0, sizeof(vw));
	if (!fname)
		return errata__oom();
	covered = dir_load(d, h, repo, fname, folder, flen);
	if (covered == h->len)
		goto cleanup;
	if (flen == 0) {
		/* The root: its versions are the chain's trees. */
		version_start(&vw, odb, covered ? &h->chain[covered - 1].tree : NULL);
		for (size_t pos = covered; pos < h->len && error == 0; pos++)
			if (!vw.has_prev || !git_oid_equal(&vw.prev_id, &h->chain[pos].tree))
				error = version_next(d, &vw, (uint32_t)pos, &h->chain[pos].tree);
	} else {
		/* Another folder: its versions are its entries in the parent's changes. */
		const char *slash = NULL, *name;
		size_t plen, nlen, i;

		for (i = 0; i < flen; i++)
			if (folder[i] == '/')
				slash = folder + i;
		plen = slash ? (size_t)(slash - folder) : 0;
		name = slash ? slash + 1 : folder;
		nlen = flen - (size_t)(name - folder);
		if ((error = dir_changes_get(&parent, h, repo, odb, folder, plen)) < 0)
			goto cleanup;
		version_start(&vw, odb, NULL);
		for (i = 0; i < parent.n && error == 0; i++) {
			const dir_rec *r = &parent.v[i];

			if (!rec_is(&parent, r, name, nlen, 1))
				continue;
			if (r->pos >= covered) {
				error = version_next(d, &vw, r->pos, r->present ? &r->oid : NULL);
			} else {
				/* Before the file's end: only the version to compare with. */
				git_odb_object_free(vw.prev);
				version_start(&vw, odb, r->present ? &r->oid : NULL);
			}
		}
	}
	if (error == 0)
		dir_save(d, h, repo, fname, folder, flen);
cleanup:
	git_odb_object_free(vw.prev);
	dir_dispose(&parent);
	free(fname);
	if (error < 0)
		dir_dispose(d);
	return error;
}

/*
 * The chain of the last repository this thread asked about: loading and
 * hashing 21,000 links costs a millisecond, which a scan of 100,000
 * reports would pay for each. A chain is never wrong for the commits it
 * holds (their ids fix their ancestry), so keeping it only saves reads.
 */
static _Thread_local struct {
	char *gitdir;
	errata__chain_link *chain;
	size_t len;
	uint32_t *slots;
	size_t nslots;
} cache;

static void cache_drop(void)
{
	free(cache.gitdir);
	free(cache.chain);
	free(cache.slots);
	memset(&cache, 0, sizeof(cache));
}

/* h borrows the cached chain of repo, loaded from its file first when needed. */
static int take_chain(errata__path_history *h, errata_repo *repo)
{
	int error;

	if (!cache.gitdir || strcmp(cache.gitdir, repo->gitdir) != 0) {
		cache_drop();
		if ((error = errata__thread_cleanup(cache_drop)) < 0)
			return error;
		load_chain(h, repo);
		if ((error = build_slots(h)) < 0 || !(cache.gitdir = errata__strdup(repo->gitdir))) {
			free(h->chain);
			free(h->slots);
			h->chain = NULL;
			h->slots = NULL;
			h->len = h->nslots = 0;
			return error < 0 ? error : errata__oom();
		}
		cache.chain = h->chain;
		cache.len = h->len;
		cache.slots = h->slots;
		cache.nslots = h->nslots;
	}
	h->chain = cache.chain;
	h->len = cache.len;
	h->slots = cache.slots;
	h->nslots = cache.nslots;
	h->borrowed = 1;
	return 0;
}

int errata__path_history_load(errata__path_history *h, errata_repo *repo,
                              const char *path, const git_oid *rev)
{
	path_walker w;
	char *name = NULL;
	size_t cap = 0, covered;
	int error, walker = 0, moved = 0;

	memset(h, 0, sizeof(*h));
	if ((error = walker_init(&w, repo, path)) < 0)
		return error;
	walker = 1;
	/* Hashing each commit and tree read again (git itself does not) slows the walk. */
	git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 0);
	if ((error = take_chain(h, repo)) < 0)
		goto cleanup;
	error = place_rev(h, repo, w.odb, rev, &moved);
	/* The chain may have moved in memory: the cache follows it. */
	cache.chain = h->chain;
	cache.len = h->len;
	cache.slots = h->slots;
	cache.nslots = h->nslots;
	if (error < 0)
		goto cleanup;
	h->shallow = h->len && errata__repo_shallow(repo, &h->chain[0].commit);
	if (moved && !h->shallow)
		save_chain(h, repo);
	if (!(name = path_file_name(path))) {
		error = errata__oom();
		goto cleanup;
	}
	covered = load_changes(h, repo, name, path, &cap);
	if (covered < h->len) {
		dir_changes d;
		const char *slash = strrchr(path, '/'), *leaf = slash ? slash + 1 : path;
		int present = h->nchanges && h->changes[h->nchanges - 1].present;
		git_oid last;

		if (present)
			git_oid_cpy(&last, &h->changes[h->nchanges - 1].blob);
		if ((error = dir_changes_get(&d, h, repo, w.odb, path, slash ? (size_t)(slash - path) : 0)) < 0)
			goto cleanup;
		/* The file's changes are its entry's in the folder (a folder of that name is no file). */
		for (size_t i = 0; i < d.n && error == 0; i++) {
			const dir_rec *r = &d.v[i];
			int has;

			if (r->pos < covered || r->nlen != strlen(leaf) ||
			    memcmp(d.names.ptr + r->name, leaf, r->nlen) != 0)
				continue;
			has = r->present && !r->is_tree;
			if (r->is_tree && !r->present)
				continue;   /* a folder of that name went: says nothing of the file */
			if (has == present && (!has || git_oid_equal(&r->oid, &last)))
				continue;
			error = push_change(h, &cap, r->pos, has, &r->oid);
			present = has;
			if (has)
				git_oid_cpy(&last, &r->oid);
		}
		dir_dispose(&d);
		if (error < 0)
			goto cleanup;
		save_changes(h, repo, name, path);
	}
cleanup:
	git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 1);
	free(name);
	if (walker)
		walker_dispose(&w);
	if (error < 0)
		errata__path_history_dispose(h);
	return error;
}

void errata__path_history_dispose(errata__path_history *h)
{
	if (!h->borrowed) {
		free(h->chain);
		free(h->slots);
	}
	free(h->changes);
	memset(h, 0, sizeof(*h));
}
