/*
 * test_history.c: the article log and quote blame on repositories built
 * with libgit2 in a temporary folder.
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
#include "git_fixture.h"

static char dir[256];
static char ids[4][41];

static int setup(void **state)
{
	git_repository *repo = NULL;

	(void)state;
	git_libgit2_init();
	snprintf(dir, sizeof(dir), "/tmp/errata-history-XXXXXX");
	if (!mkdtemp(dir) || git_repository_init(&repo, dir, 0) < 0)
		return -1;
	commit_file(repo, "a.md", "The fair opens on Tuesday, January 7,\n2026, in the park.\n",
	            "Ann", 1767258000, "First", ids[0]);
	commit_file(repo, "a.md", "The county fair opens on Tuesday, January 7, 2026, in the\npark.\n",
	            "Ben", 1767261600, "Second", ids[1]);
	commit_file(repo, "b.md", "Another article.\n", "Cy", 1767265200, "Other article", ids[2]);
	commit_file(repo, "a.md", "The county fair opens on Wednesday, January 7, 2026, in the\npark.\n",
	            "Dee", 1767268800, "Fix the weekday", ids[3]);
	git_repository_free(repo);
	return 0;
}

static int teardown(void **state)
{
	char cmd[300];

	(void)state;
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	return system(cmd) == 0 ? 0 : -1;
}

static void test_history_blame_introduced_and_removed(void **state)
{
	errata_repo *repo = NULL;
	errata_blame b;

	(void)state;
	assert_int_equal(errata_repo_open(&repo, dir), 0);
	assert_int_equal(errata_blame_quote(&b, repo, "a.md", ids[2], "on Tuesday, January 7, 2026"), 0);
	assert_string_equal(b.introduced.id.hex, ids[0]);
	assert_string_equal(b.introduced.author, "Ann");
	assert_int_equal(b.removed, 1);
	assert_string_equal(b.removed_in.id.hex, ids[3]);
	assert_string_equal(b.removed_in.author, "Dee");
	assert_int_equal(b.line, 1);
	assert_int_equal(b.column, 23);
	errata_blame_dispose(&b);
	assert_int_equal(errata_blame_quote(&b, repo, "a.md", NULL, "county fair"), 0);
	assert_string_equal(b.introduced.id.hex, ids[1]);
	assert_int_equal(b.removed, 0);
	errata_blame_dispose(&b);
	errata_repo_free(repo);
}

static void test_history_blame_errors(void **state)
{
	errata_repo *repo = NULL;
	errata_blame b;
	char *longq = malloc(2102);

	(void)state;
	assert_int_equal(errata_repo_open(&repo, dir), 0);
	assert_int_equal(errata_blame_quote(&b, repo, "a.md", NULL, "Tuesday"), ERRATA_ENOTFOUND);
	assert_non_null(strstr(errata_error_last(), "the quote is not in revision"));
	assert_int_equal(errata_blame_quote(&b, repo, "a.md", NULL, " \n "), ERRATA_EINVALID);
	assert_int_equal(errata_blame_quote(&b, repo, "nope.md", NULL, "x"), ERRATA_ENOTFOUND);
	assert_int_equal(errata_blame_quote(&b, repo, "a.md", "no-such-rev", "x"), ERRATA_ENOTFOUND);
	memset(longq, 'x', 2101);
	longq[2101] = '\0';
	assert_int_equal(errata_blame_quote(&b, repo, "a.md", NULL, longq), ERRATA_ETOOBIG);
	assert_int_equal(errata_blame_quote(&b, repo, "a.md", NULL, "caf\xff"), ERRATA_EINVALID);
	free(longq);
	errata_repo_free(repo);
}

static void test_history_removed(void **state)
{
	errata_repo *repo = NULL;
	errata_commit_info info;
	int found = -1;

	(void)state;
	assert_int_equal(errata_repo_open(&repo, dir), 0);
	assert_int_equal(errata_history_removed(&info, &found, repo, "a.md", ids[1], NULL,
	                                        "Tuesday, January 7, 2026"), 0);
	assert_int_equal(found, 1);
	assert_string_equal(info.id.hex, ids[3]);
	errata_commit_info_dispose(&info);
	assert_int_equal(errata_history_removed(&info, &found, repo, "a.md", ids[1], NULL, "county"), 0);
	assert_int_equal(found, 0);
	errata_repo_free(repo);
}

static void test_history_log(void **state)
{
	errata_repo *repo = NULL;
	errata_log *log = NULL;
	errata_log_options opts = ERRATA_LOG_OPTIONS_INIT;
	const errata_log_entry *e;

	(void)state;
	assert_int_equal(errata_repo_open(&repo, dir), 0);
	assert_int_equal(errata_log_read(&log, repo, "a.md", NULL), 0);
	assert_int_equal(errata_log_count(log), 3);
	e = errata_log_get(log, 0);
	assert_string_equal(e->info.id.hex, ids[3]);
	assert_string_equal(e->info.subject, "Fix the weekday");
	assert_int_equal(e->words_added, 1);
	assert_int_equal(e->words_removed, 1);
	assert_int_equal(e->checked, 0);
	e = errata_log_get(log, 1);
	assert_string_equal(e->info.id.hex, ids[1]);
	assert_int_equal(e->words_added, 1);   /* "county"; re-wrapping adds nothing */
	assert_int_equal(e->words_removed, 0);
	e = errata_log_get(log, 2);
	assert_int_equal(e->words_added, 11);
	assert_null(errata_log_get(log, 3));
	errata_log_free(log);
	opts.max_count = 1;
	opts.rev = ids[2];
	assert_int_equal(errata_log_read(&log, repo, "a.md", &opts), 0);
	assert_int_equal(errata_log_count(log), 1);
	assert_string_equal(errata_log_get(log, 0)->info.id.hex, ids[1]);
	errata_log_free(log);
	assert_int_equal(errata_log_read(&log, repo, "zzz.md", NULL), ERRATA_ENOTFOUND);
	assert_null(log);
	errata_repo_free(repo);
}

/* Overwrite every index file with bytes of the same length. */
static void damage_index(void)
{
	char cmd[600];

	snprintf(cmd, sizeof(cmd),
	         "for f in '%s'/.git/errata/history/*; do head -c $(wc -c <\"$f\") /dev/zero >\"$f.x\" && mv \"$f.x\" \"$f\"; done",
	         dir);
	assert_int_equal(system(cmd), 0);
}

static void expect_log(errata_repo *repo, size_t n, const char *newest)
{
	errata_log *log = NULL;

	assert_int_equal(errata_log_read(&log, repo, "a.md", NULL), 0);
	assert_int_equal(errata_log_count(log), n);
	assert_string_equal(errata_log_get(log, 0)->info.id.hex, newest);
	errata_log_free(log);
}

/* The index follows new commits, a rewritten branch and damaged files (runs last: it moves HEAD). */
static void test_history_index_stale(void **state)
{
	errata_repo *repo = NULL;
	git_repository *g = NULL;
	git_reference *head = NULL, *moved = NULL;
	git_oid back;
	errata_commit_info info;
	errata_blame b;
	char path[400], added[41], rewritten[41];
	int found = 0;

	(void)state;
	assert_int_equal(errata_repo_open(&repo, dir), 0);
	expect_log(repo, 3, ids[3]);
	snprintf(path, sizeof(path), "%s/.git/errata/history/chain", dir);
	assert_int_equal(access(path, R_OK), 0);

	/* A new commit: the walk from HEAD reaches the indexed tip and extends. */
	assert_int_equal(git_repository_open(&g, dir), 0);
	commit_file(g, "a.md", "The fair opens on Wednesday, January 7, 2026.\n", "Eve", 1767272400,
	            "Drop the county", added);
	expect_log(repo, 4, added);
	assert_int_equal(errata_history_removed(&info, &found, repo, "a.md", ids[1], NULL, "county fair"), 0);
	assert_int_equal(found, 1);
	assert_string_equal(info.id.hex, added);
	errata_commit_info_dispose(&info);

	/* A rewritten branch: back to the second commit, then a different third. */
	assert_int_equal(git_repository_head(&head, g), 0);
	assert_int_equal(git_oid_fromstr(&back, ids[1]), 0);
	assert_int_equal(git_reference_set_target(&moved, head, &back, "rewind"), 0);
	commit_file(g, "a.md", "The county fair opens on Friday, January 9, 2026.\n", "Fay", 1767276000,
	            "Rewrite", rewritten);
	expect_log(repo, 3, rewritten);
	assert_int_equal(errata_blame_quote(&b, repo, "a.md", NULL, "Friday, January 9"), 0);
	assert_string_equal(b.introduced.id.hex, rewritten);
	errata_blame_dispose(&b);
	assert_int_equal(errata_blame_quote(&b, repo, "a.md", NULL, "county fair"), 0);
	assert_string_equal(b.introduced.id.hex, ids[1]);
	errata_blame_dispose(&b);
	assert_int_equal(errata_history_removed(&info, &found, repo, "a.md", ids[1], NULL, "Tuesday"), 0);
	assert_int_equal(found, 1);
	assert_string_equal(info.id.hex, rewritten);
	errata_commit_info_dispose(&info);
	/* The old branch's commits are still answered right (the chain is cut and extended again). */
	assert_int_equal(errata_history_removed(&info, &found, repo, "a.md", ids[1], added, "county fair"), 0);
	assert_int_equal(found, 1);
	assert_string_equal(info.id.hex, added);
	errata_commit_info_dispose(&info);
	expect_log(repo, 3, rewritten);

	/* Damaged files are rebuilt, never trusted. */
	damage_index();
	expect_log(repo, 3, rewritten);
	assert_int_equal(errata_blame_quote(&b, repo, "a.md", NULL, "Friday, January 9"), 0);
	assert_string_equal(b.introduced.id.hex, rewritten);
	errata_blame_dispose(&b);

	git_reference_free(moved);
	git_reference_free(head);
	git_repository_free(g);
	errata_repo_free(repo);
}

/* Commit the index of `repo` after removing `gone` (may be NULL) and adding `path` (may be NULL). */
static void commit_change(git_repository *repo, const char *gone, const char *path, const char *text,
                          int64_t when, char out[41])
{
	git_index *idx = NULL;

	assert_int_equal(git_repository_index(&idx, repo), 0);
	if (gone)
		assert_int_equal(git_index_remove(idx, gone, 0), 0);
	git_index_free(idx);
	commit_file(repo, path ? path : "keep.md", text, "Gil", when, "Change", out);
}

/* Folder files: a file that goes, comes back with old text, becomes a folder and a file again. */
static void test_history_index_folders(void **state)
{
	git_repository *g = NULL;
	errata_repo *repo = NULL;
	errata_log *log = NULL;
	errata_commit_info info;
	errata_blame b;
	char d2[64], c[7][41];
	const char *x = "The bridge opens on Friday, May 1, 2026.\n";
	int found = 0;

	(void)state;
	snprintf(d2, sizeof(d2), "/tmp/errata-history2-XXXXXX");
	assert_non_null(mkdtemp(d2));
	assert_int_equal(git_repository_init(&g, d2, 0), 0);
	commit_file(g, "news/a.md", x, "Gil", 1767258000, "Add a", c[0]);
	commit_file(g, "news/b.md", "Other.\n", "Gil", 1767258060, "Add b", c[1]);
	commit_change(g, "news/a.md", "news/b.md", "Other, edited.\n", 1767258120, c[2]);
	commit_change(g, NULL, "news/a.md", x, 1767258180, c[3]);
	commit_change(g, "news/a.md", "news/a.md/inner.md", "Inside.\n", 1767258240, c[4]);
	commit_change(g, "news/a.md/inner.md", "news/a.md", "The bridge opens on Saturday.\n", 1767258300, c[5]);
	git_repository_free(g);

	assert_int_equal(errata_repo_open(&repo, d2), 0);
	for (int pass = 0; pass < 2; pass++) {   /* without, then with the index files */
		assert_int_equal(errata_log_read(&log, repo, "news/a.md", NULL), 0);
		assert_int_equal(errata_log_count(log), 3);
		assert_string_equal(errata_log_get(log, 0)->info.id.hex, c[5]);
		assert_string_equal(errata_log_get(log, 1)->info.id.hex, c[3]);
		assert_string_equal(errata_log_get(log, 2)->info.id.hex, c[0]);
		errata_log_free(log);
		assert_int_equal(errata_log_read(&log, repo, "news/b.md", NULL), 0);
		assert_int_equal(errata_log_count(log), 2);
		assert_string_equal(errata_log_get(log, 0)->info.id.hex, c[2]);
		errata_log_free(log);
		assert_int_equal(errata_log_read(&log, repo, "news/a.md/inner.md", NULL), 0);
		assert_int_equal(errata_log_count(log), 1);
		assert_string_equal(errata_log_get(log, 0)->info.id.hex, c[4]);
		errata_log_free(log);
		/* The run that has the text starts where the file came back. */
		assert_int_equal(errata_blame_quote(&b, repo, "news/a.md", c[3], "Friday, May 1"), 0);
		assert_string_equal(b.introduced.id.hex, c[3]);
		assert_int_equal(b.removed, 1);
		assert_string_equal(b.removed_in.id.hex, c[4]);
		errata_blame_dispose(&b);
		assert_int_equal(errata_history_removed(&info, &found, repo, "news/a.md", c[0], NULL, "Friday, May 1"), 0);
		assert_int_equal(found, 1);
		assert_string_equal(info.id.hex, c[4]);
		errata_commit_info_dispose(&info);
		assert_int_equal(errata_log_read(&log, repo, "news", NULL), ERRATA_ENOTFOUND);
	}
	errata_repo_free(repo);
	{
		char cmd[128];

		snprintf(cmd, sizeof(cmd), "rm -rf '%s'", d2);
		assert_int_equal(system(cmd), 0);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_history_blame_introduced_and_removed),
		cmocka_unit_test(test_history_blame_errors),
		cmocka_unit_test(test_history_removed),
		cmocka_unit_test(test_history_log),
		cmocka_unit_test(test_history_index_folders),
		cmocka_unit_test(test_history_index_stale),
	};

	return cmocka_run_group_tests_name("history", tests, setup, teardown);
}
