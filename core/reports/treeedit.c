/*
 * treeedit.c: blobs put at paths under a tree, writing only the trees on
 * the way, straight from and to git's tree format.
 *
 * A new report lands in a shard folder that holds one entry per report
 * (some 400 of them at 100,000 reports, 17 KB). libgit2's
 * git_tree_create_updated() parses such a tree into a tree builder and
 * writes it back one entry at a time, with a printf for each entry's mode:
 * three quarters of the cost of storing a report. Here the tree's bytes
 * are copied as they are, with the new entries merged in their place. A
 * writer that stores many reports (the server) also keeps the trees it
 * read or wrote, by id, so that the next batch finds them at hand.
 */
#include "reports/reports.h"

#include <stdlib.h>
#include <string.h>


typedef struct {
	git_oid id;
	char *data;
	size_t len;
} cached_tree;

struct errata__tree_cache {
	cached_tree *slots;     /* open addressing, a power of two */
	size_t cap, count, bytes;
	size_t max;             /* past this many bytes, only the trees in use are kept */
};

int errata__tree_cache_new(errata__tree_cache **out, size_t max_bytes)
{
	if (!(*out = calloc(1, sizeof(**out))))
		return errata__oom();
	(*out)->max = max_bytes;
	return 0;
}

static void cache_clear(errata__tree_cache *c)
{
	for (size_t i = 0; i < c->cap; i++)
		free(c->slots[i].data);
	free(c->slots);
	c->slots = NULL;
	c->cap = c->count = c->bytes = 0;
}

void errata__tree_cache_free(errata__tree_cache *c)
{
	if (!c)
		return;
	cache_clear(c);
	free(c);
}

static size_t slot_of(const errata__tree_cache *c, const git_oid *id)
{
	size_t h;

	memcpy(&h, id->id, sizeof(h));
	return h & (c->cap - 1);
}

static const cached_tree *cache_get(const errata__tree_cache *c, const git_oid *id)
{
	if (!c || !c->cap)
		return NULL;
	for (size_t i = slot_of(c, id);; i = (i + 1) & (c->cap - 1)) {
		if (!c->slots[i].data)
			return NULL;
		if (git_oid_equal(&c->slots[i].id, id))
			return &c->slots[i];
	}
}

int errata__tree_cache_has(const errata__tree_cache *c, const git_oid *id)
{
	return cache_get(c, id) != NULL;
}

/* Keep a copy of a tree's bytes; a failure only means it is not kept. */
static void cache_put(errata__tree_cache *c, const git_oid *id, const char *data, size_t len)
{
	size_t i;
	char *copy;

	/* Never let go of a tree here: an edit under way points into them. */
	if (!c || cache_get(c, id) || len > c->max / 4)
		return;
	if ((c->count + 1) * 2 > c->cap) {
		size_t ncap = c->cap ? c->cap * 2 : 512;
		cached_tree *old = c->slots, *n = calloc(ncap, sizeof(*n));
		size_t ocap = c->cap;

		if (!n)
			return;
		c->slots = n;
		c->cap = ncap;
		for (size_t k = 0; k < ocap; k++)
			if (old[k].data) {
				for (i = slot_of(c, &old[k].id); n[i].data; i = (i + 1) & (ncap - 1))
					;
				n[i] = old[k];
			}
		free(old);
	}
	if (!(copy = malloc(len ? len : 1)))
		return;
	memcpy(copy, data, len);
	for (i = slot_of(c, id); c->slots[i].data; i = (i + 1) & (c->cap - 1))
		;
	git_oid_cpy(&c->slots[i].id, id);
	c->slots[i].data = copy;
	c->slots[i].len = len;
	c->count++;
	c->bytes += len;
}

/* One entry of a tree: its bytes in the tree ("<mode> <name>\0<id>") or a new one. */
typedef struct {
	const char *raw;        /* the existing entry's bytes, or NULL */
	size_t raw_len;
	const char *name;
	size_t name_len;
	int is_tree;
	git_oid id;             /* for a new entry */
	int dropped;            /* replaced by a new entry of the same name */
} entry;

typedef struct {
	entry *v;
	size_t n, cap;
} entries;

static int entries_push(entries *e, const entry *x)
{
	if (e->n == e->cap) {
		size_t ncap = e->cap ? e->cap * 2 : 64;
		entry *p = realloc(e->v, ncap * sizeof(*p));

		if (!p)
			return errata__oom();
		e->v = p;
		e->cap = ncap;
	}
	e->v[e->n++] = *x;
	return 0;
}

/* Split a tree's bytes into entries; ERRATA_EINVALID when they are damaged. */
static int parse(const char *data, size_t len, entries *out)
{
	size_t i = 0;

	while (i < len) {
		entry e;
		const char *sp = memchr(data + i, ' ', len - i), *nul;

		memset(&e, 0, sizeof(e));
		if (!sp || !(nul = memchr(sp, '\0', len - (size_t)(sp - data))) ||
		    (size_t)(nul - data) + 1 + GIT_OID_RAWSZ > len)
			return errata__error(ERRATA_EINVALID, "a damaged tree in " ERRATA_REPORTS_REF);
		e.raw = data + i;
		e.name = sp + 1;
		e.name_len = (size_t)(nul - e.name);
		/* Only a folder's mode, 40000, starts with '4'. */
		e.is_tree = data[i] == '4';
		e.raw_len = (size_t)(nul - (data + i)) + 1 + GIT_OID_RAWSZ;
		i += e.raw_len;
		if (entries_push(out, &e) < 0)
			return ERRATA_ENOMEM;
	}
	return 0;
}

/* git's order: names compared as if a folder's ended in '/'. */
static int entry_cmp(const void *pa, const void *pb)
{
	const entry *a = pa, *b = pb;
	size_t n = a->name_len < b->name_len ? a->name_len : b->name_len;
	int c = memcmp(a->name, b->name, n);
	unsigned char ca, cb;

	if (c)
		return c;
	ca = a->name_len > n ? (unsigned char)a->name[n] : a->is_tree ? '/' : '\0';
	cb = b->name_len > n ? (unsigned char)b->name[n] : b->is_tree ? '/' : '\0';
	return (int)ca - (int)cb;
}

/* A tree's bytes: from the cache, else read (and kept). */
static int read_tree(const errata__tree_writer *w, const git_oid *id, git_odb_object **obj,
                     const char **data, size_t *len)
{
	const cached_tree *ct = cache_get(w->cache, id);
	git_odb *odb = NULL;
	int error;

	*obj = NULL;
	if (ct) {
		*data = ct->data;
		*len = ct->len;
		return 0;
	}
	if ((error = git_repository_odb(&odb, w->git)) == 0)
		error = git_odb_read(obj, odb, id);
	git_odb_free(odb);
	if (error < 0)
		return errata__git_error(error, "reading a tree of " ERRATA_REPORTS_REF);
	if (git_odb_object_type(*obj) != GIT_OBJECT_TREE) {
		git_odb_object_free(*obj);
		*obj = NULL;
		return errata__error(ERRATA_EINVALID, "%s: not a tree", ERRATA_REPORTS_REF);
	}
	*data = git_odb_object_data(*obj);
	*len = git_odb_object_size(*obj);
	cache_put(w->cache, id, *data, *len);
	return 0;
}

/* Copy `id` and the trees under it, `depth` levels down, from one cache to another. */
static void keep_under(const errata__tree_cache *from, errata__tree_cache *to, const git_oid *id, int depth)
{
	const cached_tree *t = cache_get(from, id);
	entries e = { NULL, 0, 0 };

	if (!t)
		return;
	cache_put(to, id, t->data, t->len);
	if (depth > 0 && parse(t->data, t->len, &e) == 0) {
		for (size_t i = 0; i < e.n; i++)
			if (e.v[i].is_tree) {
				git_oid sub;

				git_oid_fromraw(&sub, (const unsigned char *)e.v[i].name + e.v[i].name_len + 1);
				keep_under(from, to, &sub, depth - 1);
			}
	}
	errata__error_clear();
	free(e.v);
}

/*
 * A cache past its size keeps the trees under `root` (the tip the next
 * edit starts from), two levels down: the shards that new reports will
 * edit; earlier versions of them are of no more use.
 */
static void cache_trim(errata__tree_cache *c, const git_oid *root)
{
	errata__tree_cache keep;

	memset(&keep, 0, sizeof(keep));
	keep.max = c->max;
	if (root)
		keep_under(c, &keep, root, 2);
	cache_clear(c);
	*c = keep;
}

int errata__tree_cache_warm(const errata__tree_writer *w, const git_oid *root, int depth)
{
	git_odb_object *obj = NULL;
	const char *data;
	size_t len;
	entries e = { NULL, 0, 0 };
	int error;

	if (!w->cache || w->cache->bytes > w->cache->max / 2)
		return 0;
	if ((error = read_tree(w, root, &obj, &data, &len)) < 0)
		return error;
	if (depth > 0 && (error = parse(data, len, &e)) == 0) {
		for (size_t i = 0; i < e.n && error == 0; i++)
			if (e.v[i].is_tree) {
				git_oid sub;

				git_oid_fromraw(&sub, (const unsigned char *)e.v[i].name + e.v[i].name_len + 1);
				error = errata__tree_cache_warm(w, &sub, depth - 1);
			}
	}
	free(e.v);
	git_odb_object_free(obj);
	return error;
}

int errata__tree_write_object(const errata__tree_writer *w, git_object_t type, const void *data,
                              size_t len, git_oid *out)
{
	git_odb *odb = NULL;
	int error;

	if (w->write)
		return w->write(w->payload, type, data, len, out);
	if ((error = git_repository_odb(&odb, w->git)) == 0)
		error = git_odb_write(out, odb, data, len, type);
	git_odb_free(odb);
	return error < 0 ? errata__git_error(error, "writing to " ERRATA_REPORTS_REF) : 0;
}

/*
 * The tree `base` (NULL: none) with puts[0..n) (sorted by path, all
 * under the same folder, `depth` bytes of each path already consumed)
 * applied; its id into out.
 */
static int edit(const errata__tree_writer *w, const git_oid *base, const errata__tree_put *puts,
                size_t n, size_t depth, git_oid *out)
{
	git_odb_object *obj = NULL;
	const char *data = NULL;
	size_t len = 0, i = 0, a = 0, b = 0;
	entries e = { NULL, 0, 0 }, f = { NULL, 0, 0 };   /* the tree's entries; the new ones */
	errata_buf buf = ERRATA_BUF_INIT;
	int error = 0;

	if (base && (error = read_tree(w, base, &obj, &data, &len)) < 0)
		return error;
	if (base && (error = parse(data, len, &e)) < 0)
		goto cleanup;
	while (i < n && error == 0) {
		const char *name = puts[i].path + depth, *slash = strchr(name, '/');
		size_t nlen = slash ? (size_t)(slash - name) : strlen(name), j = i + 1, k;
		entry ne;

		if (nlen == 0) {
			error = errata__error(ERRATA_EINVALID, "'%s': an empty folder name", puts[i].path);
			break;
		}
		/* The puts under the same name: a folder's, or a single file. */
		while (slash && j < n && strncmp(puts[j].path + depth, name, nlen + 1) == 0)
			j++;
		memset(&ne, 0, sizeof(ne));
		ne.name = name;
		ne.name_len = nlen;
		ne.is_tree = slash != NULL;
		for (k = 0; k < f.n; k++)
			if (f.v[k].name_len == nlen && memcmp(f.v[k].name, name, nlen) == 0)
				break;
		if (k < f.n) {
			error = errata__error(ERRATA_EINVALID, "'%s': both a file and a folder", puts[i].path);
			break;
		}
		for (k = 0; k < e.n; k++)
			if (e.v[k].name_len == nlen && memcmp(e.v[k].name, name, nlen) == 0)
				break;
		if (k < e.n && e.v[k].is_tree != ne.is_tree) {
			error = errata__error(ERRATA_EINVALID, "'%s': both a file and a folder", puts[i].path);
			break;
		}
		if (slash) {
			git_oid sub;
			int has = k < e.n;

			if (has)
				git_oid_fromraw(&sub, (const unsigned char *)e.v[k].name + nlen + 1);
			error = edit(w, has ? &sub : NULL, puts + i, j - i, depth + nlen + 1, &ne.id);
		} else {
			git_oid_cpy(&ne.id, &puts[i].id);
		}
		if (k < e.n)
			e.v[k].dropped = 1;
		if (error == 0)
			error = entries_push(&f, &ne);
		i = j;
	}
	if (error < 0)
		goto cleanup;
	/* The tree's entries are in git's order already: merge the few new ones in. */
	qsort(f.v, f.n, sizeof(*f.v), entry_cmp);
	if ((error = errata_buf_grow(&buf, len + 64 * n + 1)) < 0)
		goto cleanup;
	while ((a < e.n || b < f.n) && error == 0) {
		const entry *x;

		if (a < e.n && e.v[a].dropped) {
			a++;
			continue;
		}
		x = b >= f.n || (a < e.n && entry_cmp(&e.v[a], &f.v[b]) < 0) ? &e.v[a++] : &f.v[b++];
		if (x->raw) {
			error = errata_buf_put(&buf, x->raw, x->raw_len);
		} else {
			const char *mode = x->is_tree ? "40000 " : "100644 ";

			if ((error = errata_buf_puts(&buf, mode)) == 0 &&
			    (error = errata_buf_put(&buf, x->name, x->name_len)) == 0 &&
			    (error = errata_buf_putc(&buf, '\0')) == 0)
				error = errata_buf_put(&buf, (const char *)x->id.id, GIT_OID_RAWSZ);
		}
	}
	if (error == 0)
		error = errata__tree_write_object(w, GIT_OBJECT_TREE, buf.ptr ? buf.ptr : "", buf.size, out);
	if (error == 0)
		cache_put(w->cache, out, buf.ptr ? buf.ptr : "", buf.size);
cleanup:
	errata_buf_dispose(&buf);
	free(e.v);
	free(f.v);
	git_odb_object_free(obj);
	return error;
}

static int put_cmp(const void *a, const void *b)
{
	return strcmp(((const errata__tree_put *)a)->path, ((const errata__tree_put *)b)->path);
}

int errata__tree_upsert(const errata__tree_writer *w, const git_oid *base, errata__tree_put *puts,
                        size_t n, git_oid *out)
{
	/* Between edits, the only time the kept trees can be let go. */
	if (w->cache && w->cache->bytes > w->cache->max)
		cache_trim(w->cache, base);
	for (size_t i = 0; i < n; i++)
		if (!puts[i].path || !*puts[i].path || puts[i].path[strlen(puts[i].path) - 1] == '/')
			return errata__error(ERRATA_EINVALID, "'%s': not a file path", puts[i].path ? puts[i].path : "");
	qsort(puts, n, sizeof(*puts), put_cmp);
	for (size_t i = 1; i < n; i++)
		if (strcmp(puts[i - 1].path, puts[i].path) == 0)
			return errata__error(ERRATA_EINVALID, "'%s' written twice in one commit", puts[i].path);
	return edit(w, base, puts, n, 0, out);
}
