/*
 * objbatch.c: objects written in memory, then stored as one pack. A
 * writer that commits many reports at once (the server's group commit)
 * would otherwise create a loose object file, and sync it, for every
 * event, folder, shard tree and commit: on a journal-less ext4 the new
 * inodes alone cost more than everything else the server does. Here the
 * objects go to an object database backend of our own, at the highest
 * priority of one repository handle reserved for the writer; once the
 * batch's commits are made, they are written as a single pack and its
 * index (git's formats, version 2, written here: libgit2's pack builder
 * would search for deltas and index the pack again, which cost more than
 * all the rest), the files and their folder synced, and only then may the
 * refs move. The small packs are rolled up now and then by `git repack
 * --geometric=2 -d` in the background, at the lowest priority, as git's
 * own maintenance would, so their number stays small: once the writer is
 * idle (errata__objbatch_idle()), or while it is busy only once there are
 * many of them.
 */
#include "reports/reports.h"
#include "libcrypto.h"

#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <pthread.h>
#include <zlib.h>

/* Roll the small packs up after this many were written, once the writer is idle. */
#define PACKS_BEFORE_REPACK 64
/* ... and after this many even while it is busy. */
#define PACKS_BEFORE_BUSY_REPACK 256

/* The trees a writer keeps at hand (all 256 shards at 100,000 reports: 5 MB). */
#define TREE_CACHE_BYTES (32u << 20)

typedef struct {
	git_oid oid;
	git_object_t type;
	size_t len;
	char *data;
} memobj;

/*
 * v[0..stored) is the last batch written (already in its pack, kept so
 * that the next batch reads its parent commit and trees from memory
 * instead of rescanning the pack folder for the new pack); v[stored..n)
 * is the batch being made.
 */
typedef struct {
	git_odb_backend parent;
	memobj *v;
	size_t n, cap, stored;
} batch_backend;

struct errata__objbatch {
	errata_repo *repo;        /* the writer's own handle: its odb writes here */
	EVP_MD_CTX *sha1;         /* for the ids of the objects put */
	batch_backend *be;        /* owned by the repository's odb */
	errata__tree_cache *trees;   /* the trees read and written, by id */
	errata__tree_writer writer;  /* objects straight into be, trees kept */
	unsigned packs;           /* written since the last roll-up began */
	pid_t repack;             /* a running `git repack`, or 0 */
};

static memobj *find(batch_backend *b, const git_oid *oid)
{
	for (size_t i = b->n; i-- > 0;)
		if (git_oid_equal(&b->v[i].oid, oid))
			return &b->v[i];
	return NULL;
}

static int be_read(void **out, size_t *len, git_object_t *type, git_odb_backend *be, const git_oid *oid)
{
	memobj *o = find((batch_backend *)be, oid);

	if (!o)
		return GIT_ENOTFOUND;
	if (!(*out = git_odb_backend_data_alloc(be, o->len)))
		return -1;
	memcpy(*out, o->data, o->len);
	*len = o->len;
	*type = o->type;
	return 0;
}

static int be_read_header(size_t *len, git_object_t *type, git_odb_backend *be, const git_oid *oid)
{
	memobj *o = find((batch_backend *)be, oid);

	if (!o)
		return GIT_ENOTFOUND;
	*len = o->len;
	*type = o->type;
	return 0;
}

static int be_exists(git_odb_backend *be, const git_oid *oid)
{
	return find((batch_backend *)be, oid) != NULL;
}

static int be_write(git_odb_backend *be, const git_oid *oid, const void *data, size_t len,
                    git_object_t type)
{
	batch_backend *b = (batch_backend *)be;
	memobj *o;

	if (find(b, oid))
		return 0;
	if (b->n == b->cap) {
		size_t ncap = b->cap ? b->cap * 2 : 64;
		memobj *p = realloc(b->v, ncap * sizeof(*p));

		if (!p)
			return -1;
		b->v = p;
		b->cap = ncap;
	}
	o = &b->v[b->n];
	if (!(o->data = malloc(len ? len : 1)))
		return -1;
	memcpy(o->data, data, len);
	git_oid_cpy(&o->oid, oid);
	o->len = len;
	o->type = type;
	b->n++;
	return 0;
}

/* Drop the objects from `from` on. */
static void be_truncate(batch_backend *b, size_t from)
{
	for (size_t i = from; i < b->n; i++)
		free(b->v[i].data);
	b->n = from;
	if (b->stored > from)
		b->stored = from;
}

static void be_clear(batch_backend *b)
{
	be_truncate(b, 0);
}

/* The batch made is now in its pack: it becomes the one kept, the one before goes. */
static void be_stored(batch_backend *b)
{
	for (size_t i = 0; i < b->stored; i++)
		free(b->v[i].data);
	memmove(b->v, b->v + b->stored, (b->n - b->stored) * sizeof(*b->v));
	b->n -= b->stored;
	b->stored = b->n;
}

static void be_free(git_odb_backend *be)
{
	batch_backend *b = (batch_backend *)be;

	be_clear(b);
	free(b->v);
	free(b);
}

/*
 * SHA-1 through OpenSSL's libcrypto, which libgit2's libssh2 loads anyway
 * and which uses the processor's SHA instructions where it has them: the
 * ids of the batch's objects and the sums of its pack and index are most
 * of what a batch costs after the trees. The digest is fetched once;
 * errata__objbatch_new() loads the library, so every batch may use it.
 */
static pthread_once_t sha1_once = PTHREAD_ONCE_INIT;
static EVP_MD *sha1_fetched;

static void sha1_fetch(void)
{
	sha1_fetched = EVP_MD_fetch(NULL, "SHA1", NULL);
}

/* Start a SHA-1 in ctx: 0, or an error. */
static int sha1_start(EVP_MD_CTX *ctx)
{
	pthread_once(&sha1_once, sha1_fetch);
	if (!ctx || EVP_DigestInit_ex(ctx, sha1_fetched ? sha1_fetched : EVP_sha1(), NULL) != 1)
		return errata__error(ERRATA_ERROR, "SHA-1 is not available from libcrypto");
	return 0;
}

static int sha1_add(EVP_MD_CTX *ctx, const void *data, size_t len)
{
	return EVP_DigestUpdate(ctx, data, len) == 1 ? 0 : errata__error(ERRATA_ERROR, "SHA-1 failed");
}

static int sha1_end(EVP_MD_CTX *ctx, unsigned char out[20])
{
	return EVP_DigestFinal_ex(ctx, out, NULL) == 1 ? 0 : errata__error(ERRATA_ERROR, "SHA-1 failed");
}

/*
 * The tree writer's way in: the object's id computed here (SHA-1 of git's
 * "<type> <size>\0" header and the bytes) and the object kept in the
 * batch, without libgit2's check that it is not stored already, which
 * rescans the pack folder for every new object. An object stored already
 * is stored again in the batch's pack: git allows an object in two packs.
 */
static int put_object(void *payload, git_object_t type, const void *data, size_t len, git_oid *out)
{
	errata__objbatch *ob = payload;
	char head[64];
	int n = snprintf(head, sizeof(head), "%s %zu", git_object_type2string(type), len), error;

	if ((error = sha1_start(ob->sha1)) < 0 || (error = sha1_add(ob->sha1, head, (size_t)n + 1)) < 0 ||
	    (error = sha1_add(ob->sha1, data, len)) < 0 || (error = sha1_end(ob->sha1, out->id)) < 0)
		return error;
	if (be_write(&ob->be->parent, out, data, len, type) < 0)
		return errata__oom();
	return 0;
}

int errata__objbatch_new(errata__objbatch **out, const char *gitdir)
{
	errata__objbatch *ob = calloc(1, sizeof(*ob));
	batch_backend *b = NULL;
	git_odb *odb = NULL;
	int error;

	*out = NULL;
	if (!ob)
		return errata__oom();
	if ((error = errata__crypto_init()) < 0 ||
	    (error = errata_repo_open(&ob->repo, gitdir)) < 0)
		goto fail;
	if (!(b = calloc(1, sizeof(*b)))) {
		error = errata__oom();
		goto fail;
	}
	git_odb_init_backend(&b->parent, GIT_ODB_BACKEND_VERSION);
	b->parent.read = be_read;
	b->parent.read_header = be_read_header;
	b->parent.exists = be_exists;
	b->parent.write = be_write;
	b->parent.free = be_free;
	/* Above the loose and pack backends: every write of this handle lands here. */
	if ((error = git_repository_odb(&odb, ob->repo->git)) < 0 ||
	    (error = git_odb_add_backend(odb, &b->parent, 1000)) < 0) {
		error = errata__git_error(error, "the writer's object database");
		free(b);
		git_odb_free(odb);
		goto fail;
	}
	git_odb_free(odb);
	ob->be = b;
	if ((error = errata__tree_cache_new(&ob->trees, TREE_CACHE_BYTES)) < 0)
		goto fail;
	if (!(ob->sha1 = EVP_MD_CTX_new())) {
		error = errata__oom();
		goto fail;
	}
	ob->writer.git = ob->repo->git;
	ob->writer.cache = ob->trees;
	ob->writer.write = put_object;
	ob->writer.payload = ob;
	*out = ob;
	return 0;
fail:
	errata__objbatch_free(ob);
	return error;
}

errata_repo *errata__objbatch_repo(errata__objbatch *ob)
{
	return ob->repo;
}

const errata__tree_writer *errata__objbatch_writer(errata__objbatch *ob)
{
	return &ob->writer;
}

void errata__objbatch_discard(errata__objbatch *ob)
{
	be_truncate(ob->be, ob->be->stored);
}

int errata__objbatch_warm(errata__objbatch *ob)
{
	git_oid tip;
	git_commit *c = NULL;
	int error, gerr;

	if ((error = errata__reports_tip(ob->repo, &tip)) <= 0)
		return error;
	if ((gerr = git_commit_lookup(&c, ob->repo->git, &tip)) < 0)
		return errata__git_error(gerr, ERRATA_REPORTS_REF);
	/* The root, its "r" folder and the shards under it: what new reports edit. */
	error = errata__tree_cache_warm(&ob->writer, git_commit_tree_id(c), 2);
	git_commit_free(c);
	return error;
}

/* fsync a file or folder by path; 0 or an errata error. */
static int sync_path(const char *path, int dir)
{
	int fd = open(path, (dir ? O_RDONLY | O_DIRECTORY : O_RDONLY) | O_CLOEXEC), ok;

	if (fd < 0)
		return errata__error(ERRATA_EIO, "%s: %s", path, errata__strerror(errno));
	ok = fsync(fd) == 0;
	close(fd);
	return ok ? 0 : errata__error(ERRATA_EIO, "syncing %s: %s", path, errata__strerror(errno));
}

/* Reap a finished roll-up; with `wait`, wait for a running one. */
static void reap(errata__objbatch *ob, int wait)
{
	int status;

	if (ob->repack > 0 && waitpid(ob->repack, &status, wait ? 0 : WNOHANG) != 0)
		ob->repack = 0;
}

/*
 * Start `git repack --geometric=2 -d -q` on the repository, unless one
 * runs, through `nice -n 19`: the roll-up takes a core when no request
 * wants it rather than lengthening the answers in flight (without `nice`,
 * at the normal priority). Only small packs are at stake: a roll-up that
 * fails or cannot start is tried again after the next batch.
 */
static void roll_up(errata__objbatch *ob, unsigned threshold)
{
	char a0[] = "nice", a1[] = "-n", a2[] = "19", a3[] = "git", a4[] = "repack";
	char a5[] = "--geometric=2", a6[] = "-d", a7[] = "-q";
	char *argv[] = { a0, a1, a2, a3, a4, a5, a6, a7, NULL }, **envp = NULL, *gitdir_env = NULL;
	posix_spawn_file_actions_t fa;
	pid_t pid;

	reap(ob, 0);
	if (ob->repack > 0 || ob->packs < threshold)
		return;
	if (errata__git_env(ob->repo, &envp, &gitdir_env) < 0)
		goto cleanup;
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
	posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
	if (posix_spawnp(&pid, "nice", &fa, NULL, argv, envp) == 0 ||
	    posix_spawnp(&pid, "git", &fa, NULL, argv + 3, envp) == 0) {
		ob->repack = pid;
		ob->packs = 0;
	}
	posix_spawn_file_actions_destroy(&fa);
cleanup:
	free(envp);
	free(gitdir_env);
}

static void put32(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char)(v >> 24);
	p[1] = (unsigned char)(v >> 16);
	p[2] = (unsigned char)(v >> 8);
	p[3] = (unsigned char)v;
}

/* Append bytes to a buffer and to the running SHA-1 of the file. */
static int put(errata_buf *b, EVP_MD_CTX *h, const void *data, size_t len)
{
	int error = sha1_add(h, data, len);

	return error < 0 ? error : errata_buf_put(b, data, len);
}

static int by_oid(const void *a, const void *b)
{
	const memobj *const *x = a, *const *y = b;

	return git_oid_cmp(&(*x)->oid, &(*y)->oid);
}

/*
 * The batch's new objects, b->v[b->stored..n), as a pack (version 2,
 * every object whole) and its index (version 2), into `pack` and `idx`;
 * the pack's name into hex. A batch is small and short-lived (the roll-up
 * deltifies and compresses it again), so nothing is compressed: its zlib
 * streams hold stored blocks. A shard tree is mostly binary object ids,
 * which deflate barely shrinks (compressing them was three quarters of
 * writing a batch), and deflating an event of a kilobyte at zlib's
 * fastest level took some 30 microseconds, against 1 to store it.
 */
static int encode(batch_backend *b, errata_buf *pack, errata_buf *idx, char hex[41])
{
	unsigned char head[12] = { 'P', 'A', 'C', 'K' }, sum[20], word[4];
	size_t count = b->n - b->stored;
	memobj *objs = b->v + b->stored;
	uint32_t *crc = calloc(count, sizeof(*crc)), *off = calloc(count, sizeof(*off)), fan[256];
	memobj **sorted = calloc(count, sizeof(*sorted));
	EVP_MD_CTX *h = EVP_MD_CTX_new();
	/* One stream, reset for each object: deflateInit() allocates and clears more. */
	z_stream zs;
	int error = 0, zinit = 0;

	memset(&zs, 0, sizeof(zs));
	if (!crc || !off || !sorted || !h) {
		error = errata__oom();
		goto cleanup;
	}
	if ((error = sha1_start(h)) < 0)
		goto cleanup;
	if (deflateInit2(&zs, Z_NO_COMPRESSION, Z_DEFLATED, 15, 1, Z_DEFAULT_STRATEGY) != Z_OK) {
		error = errata__oom();
		goto cleanup;
	}
	zinit = 1;
	put32(head + 4, 2);
	put32(head + 8, (uint32_t)count);
	error = put(pack, h, head, sizeof(head));
	for (size_t i = 0; i < count && error == 0; i++) {
		memobj *o = &objs[i];
		unsigned char hdr[16];
		size_t hn = 0, size = o->len, at = pack->size;
		z_stream *z = &zs;
		uLong zlen;

		off[i] = (uint32_t)at;
		hdr[hn] = (unsigned char)(((unsigned)o->type << 4) | (size & 15));
		for (size >>= 4; size; size >>= 7) {
			hdr[hn++] |= 0x80;
			hdr[hn] = (unsigned char)(size & 0x7f);
		}
		hn++;
		zlen = deflateBound(z, (uLong)o->len);
		if ((error = put(pack, h, hdr, hn)) < 0 || (error = errata_buf_grow(pack, zlen)) < 0)
			break;
		z->next_in = (Bytef *)o->data;
		z->avail_in = (uInt)o->len;
		z->next_out = (Bytef *)pack->ptr + pack->size;
		z->avail_out = (uInt)zlen;
		if (deflateReset(z) != Z_OK || deflate(z, Z_FINISH) != Z_STREAM_END) {
			error = errata__error(ERRATA_ERROR, "compressing an object for a pack");
			break;
		}
		zlen = z->total_out;
		if ((error = sha1_add(h, pack->ptr + pack->size, zlen)) < 0)
			break;
		pack->size += zlen;
		crc[i] = (uint32_t)crc32(0L, (const Bytef *)pack->ptr + at, (uInt)(pack->size - at));
		sorted[i] = o;
	}
	if (error < 0)
		goto cleanup;
	if (pack->size > 0x7fffffffu) {
		error = errata__error(ERRATA_ETOOBIG, "a batch of reports larger than 2 GiB");
		goto cleanup;
	}
	if ((error = sha1_end(h, sum)) < 0 || (error = sha1_start(h)) < 0)
		goto cleanup;
	if ((error = errata_buf_put(pack, (const char *)sum, sizeof(sum))) < 0)
		goto cleanup;
	git_oid_fmt(hex, (const git_oid *)(const void *)sum);
	hex[40] = '\0';
	/* The index: fan-out, names, CRCs, offsets, the pack's sum and its own. */
	qsort(sorted, count, sizeof(*sorted), by_oid);
	memset(fan, 0, sizeof(fan));
	for (size_t i = 0; i < count; i++)
		fan[sorted[i]->oid.id[0]]++;
	for (int k = 1; k < 256; k++)
		fan[k] += fan[k - 1];
	error = put(idx, h, "\377tOc\0\0\0\2", 8);
	for (int k = 0; k < 256 && error == 0; k++) {
		put32(word, fan[k]);
		error = put(idx, h, word, 4);
	}
	for (size_t i = 0; i < count && error == 0; i++)
		error = put(idx, h, sorted[i]->oid.id, 20);
	for (size_t i = 0; i < count && error == 0; i++) {
		put32(word, crc[sorted[i] - objs]);
		error = put(idx, h, word, 4);
	}
	for (size_t i = 0; i < count && error == 0; i++) {
		put32(word, off[sorted[i] - objs]);
		error = put(idx, h, word, 4);
	}
	if (error == 0)
		error = put(idx, h, sum, sizeof(sum));
	if (error == 0) {
		if ((error = sha1_end(h, sum)) == 0)
			error = errata_buf_put(idx, (const char *)sum, sizeof(sum));
	}
cleanup:
	if (zinit)
		deflateEnd(&zs);
	EVP_MD_CTX_free(h);
	free(crc);
	free(off);
	free(sorted);
	return error;
}

/* Write all of data to fd; 0 or -1 (errno set). */
static int write_all(int fd, const char *data, size_t len)
{
	while (len) {
		ssize_t n = write(fd, data, len);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return -1;
		data += n;
		len -= (size_t)n;
	}
	return 0;
}

/*
 * Write `data` to <dir>/<name> durably: a temporary file, synced, then
 * renamed into place (read-only, as git keeps packs).
 */
static int write_durably(const char *dir, const char *name, const errata_buf *data)
{
	char tmp[4096], path[4096];
	int fd, ok;

	if ((size_t)snprintf(tmp, sizeof(tmp), "%s/tmp_errata_XXXXXX", dir) >= sizeof(tmp) ||
	    (size_t)snprintf(path, sizeof(path), "%s/%s", dir, name) >= sizeof(path))
		return errata__error(ERRATA_EIO, "%s: path too long", dir);
	if ((fd = mkstemp(tmp)) < 0)
		return errata__error(ERRATA_EIO, "%s: %s", tmp, errata__strerror(errno));
	ok = write_all(fd, data->ptr, data->size) == 0 && fchmod(fd, 0444) == 0 && fsync(fd) == 0;
	ok = close(fd) == 0 && ok;
	if (!ok || rename(tmp, path) != 0) {
		int e = errno;

		unlink(tmp);
		return errata__error(ERRATA_EIO, "%s: %s", path, errata__strerror(e));
	}
	return 0;
}

int errata__objbatch_pack_dir(errata_repo *repo)
{
	char dir[4096];

	if ((size_t)snprintf(dir, sizeof(dir), "%sobjects/pack", repo->gitdir) >= sizeof(dir))
		return errata__error(ERRATA_EIO, "%s: path too long", repo->gitdir);
	if (mkdir(dir, 0777) != 0 && errno != EEXIST)
		return errata__error(ERRATA_EIO, "%s: %s", dir, errata__strerror(errno));
	return 0;
}

int errata__objbatch_store(errata__objbatch *ob)
{
	errata_buf pack = ERRATA_BUF_INIT, idx = ERRATA_BUF_INIT;
	char dir[4096], hex[41], name[64];
	int error;

	if (ob->be->n == ob->be->stored)
		return 0;
	if ((size_t)snprintf(dir, sizeof(dir), "%sobjects/pack", ob->repo->gitdir) >= sizeof(dir))
		return errata__error(ERRATA_EIO, "%s: path too long", ob->repo->gitdir);
	if ((error = errata__objbatch_pack_dir(ob->repo)) < 0)
		return error;
	if ((error = encode(ob->be, &pack, &idx, hex)) < 0)
		goto cleanup;
	/* The pack before its index (readers find packs by their index), then the folder. */
	snprintf(name, sizeof(name), "pack-%s.pack", hex);
	if ((error = write_durably(dir, name, &pack)) < 0)
		goto cleanup;
	snprintf(name, sizeof(name), "pack-%s.idx", hex);
	if ((error = write_durably(dir, name, &idx)) < 0 || (error = sync_path(dir, 1)) < 0)
		goto cleanup;
	be_stored(ob->be);
	ob->packs++;
	roll_up(ob, PACKS_BEFORE_BUSY_REPACK);
cleanup:
	errata_buf_dispose(&pack);
	errata_buf_dispose(&idx);
	return error;
}

int errata__objbatch_idle(errata__objbatch *ob)
{
	roll_up(ob, PACKS_BEFORE_REPACK);
	return ob->packs >= PACKS_BEFORE_REPACK;
}

int errata__objbatch_roll_up_due(const errata__objbatch *ob)
{
	return ob->packs >= PACKS_BEFORE_REPACK;
}

void errata__objbatch_free(errata__objbatch *ob)
{
	if (!ob)
		return;
	reap(ob, 1);
	errata_repo_free(ob->repo);
	errata__tree_cache_free(ob->trees);
	if (ob->sha1)   /* NULL too when libcrypto could not be loaded */
		EVP_MD_CTX_free(ob->sha1);
	free(ob);
}
