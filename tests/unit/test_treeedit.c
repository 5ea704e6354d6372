/*
 * test_treeedit.c: the reports tree edited in git's format (treeedit.c)
 * gives the very trees libgit2's git_tree_create_updated() gives, names
 * that sort around a folder's '/' included; through a batch's writer and
 * its cache too (read ahead, and past its size keeping the trees the next
 * edit can use); and refuses what it cannot write.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>
#include <git2.h>

#include "errata.h"
#include "reports/reports.h"

static char dir[256];
static git_repository *git;

static int setup(void **state)
{
	(void)state;
	/* reports.h routes libgit2's names through errata's table: load it. */
	if (errata__git_init() < 0)
		return -1;
	snprintf(dir, sizeof(dir), "/tmp/errata-treeedit-XXXXXX");
	if (!mkdtemp(dir) || git_repository_init(&git, dir, 1) < 0)
		return -1;
	return 0;
}

static int teardown(void **state)
{
	char cmd[300];

	(void)state;
	git_repository_free(git);
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	return system(cmd) == 0 ? 0 : -1;
}

static void blob(const char *text, git_oid *out)
{
	assert_int_equal(git_blob_create_from_buffer(out, git, text, strlen(text)), 0);
}

/* Apply the same puts both ways on `base` (NULL: empty); both ids must match. */
static void both(const git_oid *base, const char *const *paths, size_t n, git_oid *out)
{
	git_tree_update *ups = calloc(n, sizeof(*ups));
	errata__tree_put *puts = calloc(n, sizeof(*puts));
	errata__tree_writer w = { NULL, NULL, NULL, NULL };
	git_tree *bt = NULL;
	git_treebuilder *tb = NULL;
	git_oid want, empty;
	char want_hex[41], got_hex[41];

	assert_non_null(ups);
	assert_non_null(puts);
	w.git = git;
	for (size_t i = 0; i < n; i++) {
		ups[i].action = GIT_TREE_UPDATE_UPSERT;
		ups[i].filemode = GIT_FILEMODE_BLOB;
		ups[i].path = paths[i];
		blob(paths[i], &ups[i].id);
		puts[i].path = paths[i];
		git_oid_cpy(&puts[i].id, &ups[i].id);
	}
	if (!base) {
		assert_int_equal(git_treebuilder_new(&tb, git, NULL), 0);
		assert_int_equal(git_treebuilder_write(&empty, tb), 0);
		git_treebuilder_free(tb);
	}
	assert_int_equal(git_tree_lookup(&bt, git, base ? base : &empty), 0);
	if (git_tree_create_updated(&want, git, bt, n, ups) < 0)
		fail_msg("libgit2: %s", git_error_last()->message);
	assert_int_equal(errata__tree_upsert(&w, base, puts, n, out), 0);
	git_oid_tostr(want_hex, sizeof(want_hex), &want);
	git_oid_tostr(got_hex, sizeof(got_hex), out);
	assert_string_equal(got_hex, want_hex);
	git_tree_free(bt);
	free(ups);
	free(puts);
}

static void test_treeedit_same_as_libgit2(void **state)
{
	/* Out of order on purpose; "a.json" < "a/" < "a0" < "a-b" in git's order. */
	static const char *const first[] = {
		"r/ab/ab00000000000001/1-ab00000000000001.json",
		"r/ab/ab00000000000000/1-ab00000000000000.json",
		"r/0c/0c11111111111111/1-0c11111111111111.json",
		"a/x", "a.json", "a0", "a-b", "b/c/d/e.txt",
	};
	static const char *const second[] = {
		"r/ab/ab00000000000000/2-ffff.json",          /* into an existing folder */
		"r/ab/aa00000000000000/1-aa00000000000000.json", /* a new folder before the others */
		"a.json",                                     /* a file replaced */
		"zz",
	};
	git_oid t1, t2;

	(void)state;
	both(NULL, first, sizeof(first) / sizeof(first[0]), &t1);
	both(&t1, second, sizeof(second) / sizeof(second[0]), &t2);
}

static void test_treeedit_many_entries(void **state)
{
	enum { N = 500 };
	char (*paths)[64] = calloc(N, 64);
	const char **p = calloc(N, sizeof(char *));
	const char *one[] = { "r/5e/5e0000000000beef/1-5e0000000000beef.json" };
	git_oid t1, t2;

	(void)state;
	assert_non_null(paths);
	assert_non_null(p);
	for (int i = 0; i < N; i++) {
		/* 500 report folders spread over a few shards, as in a big store. */
		snprintf(paths[i], 64, "r/%02x/%02x%014x/1-x.json", i % 7 * 37, i % 7 * 37, i * 7919);
		p[i] = paths[i];
	}
	both(NULL, p, N, &t1);
	both(&t1, one, 1, &t2);
	free(paths);
	free(p);
}

/* A writer of its own that counts objects, with a cache. */
static int counted;

static int count_write(void *payload, git_object_t type, const void *data, size_t len, git_oid *out)
{
	git_odb *odb = NULL;
	int error;

	(void)payload;
	counted++;
	assert_int_equal(git_repository_odb(&odb, git), 0);
	error = git_odb_write(out, odb, data, len, type);
	git_odb_free(odb);
	return error;
}

static void test_treeedit_writer_and_cache(void **state)
{
	const char *a[] = { "r/11/1100000000000000/1-a.json" };
	const char *b[] = { "r/11/1100000000000001/1-b.json" };
	errata__tree_writer w = { NULL, NULL, count_write, NULL };
	errata__tree_put p;
	git_oid t1, t2, want;

	(void)state;
	w.git = git;
	assert_int_equal(errata__tree_cache_new(&w.cache, 1 << 20), 0);
	p.path = a[0];
	blob("a", &p.id);
	counted = 0;
	assert_int_equal(errata__tree_upsert(&w, NULL, &p, 1, &t1), 0);
	/* Four trees on the way: the report's folder, the shard, r/ and the root. */
	assert_int_equal(counted, 4);
	p.path = b[0];
	blob("b", &p.id);
	assert_int_equal(errata__tree_upsert(&w, &t1, &p, 1, &t2), 0);
	/* The same tree as without a cache and without the writer. */
	{
		errata__tree_writer plain = { NULL, NULL, NULL, NULL };
		char h1[41], h2[41];

		plain.git = git;
		assert_int_equal(errata__tree_upsert(&plain, &t1, &p, 1, &want), 0);
		git_oid_tostr(h1, sizeof(h1), &want);
		git_oid_tostr(h2, sizeof(h2), &t2);
		assert_string_equal(h2, h1);
	}
	errata__tree_cache_free(w.cache);
}

/*
 * A cache much smaller than the trees it sees lets them all go again and
 * again; an edit under way must never lose the trees it points into (the
 * root and r/ were freed under it, and a damaged tree written).
 */
static void test_treeedit_small_cache(void **state)
{
	enum { BATCHES = 40, PER = 6 };
	errata__tree_writer cached = { NULL, NULL, NULL, NULL }, plain = { NULL, NULL, NULL, NULL };
	git_oid base, next, want;
	int has = 0;

	(void)state;
	cached.git = plain.git = git;
	/* Some 8 KB: a few shard trees of 100 entries, then all let go. */
	assert_int_equal(errata__tree_cache_new(&cached.cache, 8 << 10), 0);
	for (int b = 0; b < BATCHES; b++) {
		errata__tree_put p1[PER], p2[PER];
		char paths[PER][64];
		char h1[41], h2[41];

		for (int i = 0; i < PER; i++) {
			int k = b * PER + i;

			snprintf(paths[i], sizeof(paths[i]), "r/%02x/%02x%014x/1-e.json", k % 3, k % 3, k);
			p1[i].path = p2[i].path = paths[i];
			blob(paths[i], &p1[i].id);
			git_oid_cpy(&p2[i].id, &p1[i].id);
		}
		assert_int_equal(errata__tree_upsert(&cached, has ? &base : NULL, p1, PER, &next), 0);
		assert_int_equal(errata__tree_upsert(&plain, has ? &base : NULL, p2, PER, &want), 0);
		git_oid_tostr(h1, sizeof(h1), &next);
		git_oid_tostr(h2, sizeof(h2), &want);
		assert_string_equal(h1, h2);
		{
			git_tree *t = NULL;

			/* What was written parses (libgit2 reads every entry's mode). */
			assert_int_equal(git_tree_lookup(&t, git, &next), 0);
			git_tree_free(t);
		}
		git_oid_cpy(&base, &next);
		has = 1;
	}
	errata__tree_cache_free(cached.cache);
}

/* The id of the tree at `path` under the tree `root`. */
static void subtree(const git_oid *root, const char *path, git_oid *out)
{
	git_tree *t = NULL;
	git_tree_entry *e = NULL;

	assert_int_equal(git_tree_lookup(&t, git, root), 0);
	assert_int_equal(git_tree_entry_bypath(&e, t, path), 0);
	git_oid_cpy(out, git_tree_entry_id(e));
	git_tree_entry_free(e);
	git_tree_free(t);
}

/*
 * A writer's cache read ahead holds the root, r/ and every shard; past its
 * size it keeps the shards under the tree being edited (earlier versions
 * go), so shards that were not edited since are still at hand.
 */
static void test_treeedit_cache_warm_and_trim(void **state)
{
	errata__tree_writer plain = { NULL, NULL, NULL, NULL }, w = { NULL, NULL, NULL, NULL };
	errata__tree_put p[60];
	char paths[60][64];
	git_oid root, next, r, s0, s1, s2, first_s0;

	(void)state;
	plain.git = w.git = git;
	/* Three shards of 20 reports (some 900 bytes each). */
	for (int i = 0; i < 60; i++) {
		snprintf(paths[i], sizeof(paths[i]), "r/%02x/%02x%014x/1-e.json", i % 3, i % 3, i + 1000);
		p[i].path = paths[i];
		blob(paths[i], &p[i].id);
	}
	assert_int_equal(errata__tree_upsert(&plain, NULL, p, 60, &root), 0);
	subtree(&root, "r", &r);
	subtree(&root, "r/00", &s0);
	subtree(&root, "r/01", &s1);
	subtree(&root, "r/02", &s2);

	assert_int_equal(errata__tree_cache_new(&w.cache, 16 << 10), 0);
	assert_int_equal(errata__tree_cache_warm(&w, &root, 2), 0);
	assert_true(errata__tree_cache_has(w.cache, &root));
	assert_true(errata__tree_cache_has(w.cache, &r));
	assert_true(errata__tree_cache_has(w.cache, &s0));
	assert_true(errata__tree_cache_has(w.cache, &s1));
	assert_true(errata__tree_cache_has(w.cache, &s2));
	/* The reports' folders, three levels down, are not read. */
	{
		git_oid d;

		subtree(&root, "r/00/00000000000003e8", &d);
		assert_false(errata__tree_cache_has(w.cache, &d));
	}

	/* New reports in shard 00 only, until the cache has been trimmed many times. */
	git_oid_cpy(&first_s0, &s0);
	for (int b = 0; b < 60; b++) {
		errata__tree_put q;
		char path[64];

		snprintf(path, sizeof(path), "r/00/00%014x/1-e.json", b + 5000);
		q.path = path;
		blob(path, &q.id);
		assert_int_equal(errata__tree_upsert(&w, &root, &q, 1, &next), 0);
		git_oid_cpy(&root, &next);
		assert_true(errata__tree_cache_has(w.cache, &s1));
		assert_true(errata__tree_cache_has(w.cache, &s2));
	}
	/* The shard's first version was let go; its newest is kept. */
	subtree(&root, "r/00", &s0);
	assert_true(errata__tree_cache_has(w.cache, &s0));
	assert_false(errata__tree_cache_has(w.cache, &first_s0));
	errata__tree_cache_free(w.cache);
}

static void test_treeedit_refusals(void **state)
{
	errata__tree_writer w = { NULL, NULL, NULL, NULL };
	errata__tree_put p[2];
	git_oid out, id;

	(void)state;
	w.git = git;
	blob("x", &id);
	memset(p, 0, sizeof(p));
	p[0].path = "a/b";
	p[1].path = "a/b";
	git_oid_cpy(&p[0].id, &id);
	git_oid_cpy(&p[1].id, &id);
	assert_int_equal(errata__tree_upsert(&w, NULL, p, 2, &out), ERRATA_EINVALID);
	p[1].path = "a";
	assert_int_equal(errata__tree_upsert(&w, NULL, p, 2, &out), ERRATA_EINVALID);
	/* A file where a folder is, and a folder where a file is. */
	{
		errata__tree_put q;
		git_oid t;

		q.path = "d/e";
		git_oid_cpy(&q.id, &id);
		assert_int_equal(errata__tree_upsert(&w, NULL, &q, 1, &t), 0);
		q.path = "d";
		assert_int_equal(errata__tree_upsert(&w, &t, &q, 1, &out), ERRATA_EINVALID);
		q.path = "d/e/f";
		assert_int_equal(errata__tree_upsert(&w, &t, &q, 1, &out), ERRATA_EINVALID);
	}
	p[0].path = "a//b";
	assert_int_equal(errata__tree_upsert(&w, NULL, p, 1, &out), ERRATA_EINVALID);
	p[0].path = "a/";
	assert_int_equal(errata__tree_upsert(&w, NULL, p, 1, &out), ERRATA_EINVALID);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_treeedit_same_as_libgit2),
		cmocka_unit_test(test_treeedit_many_entries),
		cmocka_unit_test(test_treeedit_writer_and_cache),
		cmocka_unit_test(test_treeedit_small_cache),
		cmocka_unit_test(test_treeedit_cache_warm_and_trim),
		cmocka_unit_test(test_treeedit_refusals),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
