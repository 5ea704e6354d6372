/*
 * test_diff.c: the changed-article list (statuses, renames, filters, the
 * index and the working tree, dates), fingerprint matching, and the
 * checks of both versions. Repositories are built with the git program in
 * a temporary folder.
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

#include "errata.h"

static char dir[] = "/tmp/errata-diff-XXXXXX";
static char cwd[4096];

/* Run a shell command in the test repository; fail the test if it fails. */
static void sh(const char *fmt, ...)
{
	char cmd[2048];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(cmd, sizeof(cmd), fmt, ap);
	va_end(ap);
	assert_int_equal(system(cmd), 0);
}

static void write_file(const char *path, const char *text)
{
	FILE *fp = fopen(path, "w");

	assert_non_null(fp);
	fputs(text, fp);
	fclose(fp);
}

static const char *const clean =
	"---\ndate: 2026-01-02\n---\n\nThe bridge reopens on Monday, January 12, 2026.\n";
static const char *const wrong =
	"---\ndate: 2026-01-02\n---\n\nThe bridge reopens on Monday, January 12, 2026.\n\n"
	"The mayor toured it on Tuesday, January 7.\n";
static const char *const undated = "The fair opens on Tuesday, January 7.\n";

static int setup(void **state)
{
	(void)state;
	assert_non_null(getcwd(cwd, sizeof(cwd)));
	assert_non_null(mkdtemp(dir));
	assert_int_equal(chdir(dir), 0);
	setenv("HOME", dir, 1);
	setenv("GIT_CONFIG_NOSYSTEM", "1", 1);
	setenv("GIT_AUTHOR_NAME", "Desk", 1);
	setenv("GIT_AUTHOR_EMAIL", "desk@example.org", 1);
	setenv("GIT_COMMITTER_NAME", "Desk", 1);
	setenv("GIT_COMMITTER_EMAIL", "desk@example.org", 1);
	unsetenv("GIT_INDEX_FILE");
	sh("git -c init.defaultBranch=main init -q . && git config commit.gpgsign false");
	sh("mkdir news");
	write_file("news/a.md", clean);
	write_file("news/b.md", wrong);
	write_file("news/gone.md", wrong);
	write_file("news/fair.md", undated);
	write_file("notes.json", "{}\n");
	sh("git add -A && GIT_COMMITTER_DATE='2024-12-20T23:30:00-02:00' git commit -q -m one");
	write_file("news/a.md", wrong);
	write_file("notes.json", "{\"a\":1}\n");
	sh("git mv news/b.md news/b-renamed.md && git rm -q news/gone.md");
	write_file("news/new.txt", "Added on Friday, January 9, 2026.\n");
	write_file("news/fair.md", "The fair opens on Tuesday, January 7.\n\nTickets are free.\n");
	sh("git add -A && GIT_COMMITTER_DATE='2025-12-20T10:00:00Z' git commit -q -m two");
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	assert_int_equal(chdir(cwd), 0);
	sh("rm -rf '%s'", dir);
	return 0;
}

static const errata_diff_file *find(const errata_diff *d, const char *path)
{
	for (size_t i = 0; i < errata_diff_count(d); i++)
		if (strcmp(errata_diff_get(d, i)->path, path) == 0)
			return errata_diff_get(d, i);
	return NULL;
}

static void test_diff_statuses(void **state)
{
	errata_repo *repo = NULL;
	errata_diff *d = NULL;
	const errata_diff_file *f;
	errata_date od, nd;

	(void)state;
	assert_int_equal(errata_repo_open(&repo, "."), 0);
	assert_int_equal(errata_diff_new(&d, repo, NULL), 0);
	/* notes.json is not an article */
	assert_int_equal(errata_diff_count(d), 5);
	assert_null(find(d, "notes.json"));
	f = find(d, "news/a.md");
	assert_non_null(f);
	assert_int_equal(f->status, ERRATA_DIFF_MODIFIED);
	assert_string_equal(f->old_path, "news/a.md");
	assert_string_equal(f->old_data, clean);
	assert_string_equal(f->new_data, wrong);
	assert_int_equal(f->new_len, strlen(wrong));
	f = find(d, "news/b-renamed.md");
	assert_non_null(f);
	assert_int_equal(f->status, ERRATA_DIFF_RENAMED);
	assert_string_equal(f->old_path, "news/b.md");
	assert_string_equal(errata_diff_status_name(f->status), "renamed");
	f = find(d, "news/gone.md");
	assert_non_null(f);
	assert_int_equal(f->status, ERRATA_DIFF_DELETED);
	assert_null(f->new_data);
	f = find(d, "news/new.txt");
	assert_non_null(f);
	assert_int_equal(f->status, ERRATA_DIFF_ADDED);
	assert_null(f->old_path);
	assert_null(f->old_data);
	/* commit dates in the committer's own time zone */
	od = errata_diff_old_date(d);
	nd = errata_diff_new_date(d);
	assert_int_equal(od.year, 2024);
	assert_int_equal(od.month, 12);
	assert_int_equal(od.day, 20);
	assert_int_equal(nd.year, 2025);
	assert_int_equal(strlen(errata_diff_old_id(d)), 40);
	assert_int_equal(strlen(errata_diff_new_id(d)), 40);
	errata_diff_free(d);
	errata_repo_free(repo);
}

static void test_diff_filters_and_errors(void **state)
{
	errata_diff_options o = ERRATA_DIFF_OPTIONS_INIT;
	const char *paths[] = { "news/a.md" };
	errata_repo *repo = NULL;
	errata_diff *d = NULL;

	(void)state;
	assert_int_equal(errata_repo_open(&repo, "."), 0);
	o.paths = paths;
	o.path_count = 1;
	assert_int_equal(errata_diff_new(&d, repo, &o), 0);
	assert_int_equal(errata_diff_count(d), 1);
	errata_diff_free(d);
	o.paths = NULL;
	o.path_count = 0;
	o.all_files = 1;
	assert_int_equal(errata_diff_new(&d, repo, &o), 0);
	assert_non_null(find(d, "notes.json"));
	errata_diff_free(d);
	o.all_files = 0;
	o.old_rev = "HEAD";
	o.new_rev = "HEAD";
	assert_int_equal(errata_diff_new(&d, repo, &o), 0);
	assert_int_equal(errata_diff_count(d), 0);
	errata_diff_free(d);
	o.old_rev = "no-such-revision";
	assert_int_equal(errata_diff_new(&d, repo, &o), ERRATA_ENOTFOUND);
	assert_null(d);
	assert_non_null(strstr(errata_error_last(), "no-such-revision"));
	o.old_rev = "HEAD~5";
	assert_int_equal(errata_diff_new(&d, repo, &o), ERRATA_ENOTFOUND);
	errata_repo_free(repo);
}

static void test_diff_index_and_worktree(void **state)
{
	errata_diff_options o = ERRATA_DIFF_OPTIONS_INIT;
	errata_repo *repo = NULL;
	errata_diff *d = NULL;
	const errata_diff_file *f;

	(void)state;
	assert_int_equal(errata_repo_open(&repo, "."), 0);
	write_file("news/a.md", clean);
	o.mode = ERRATA_DIFF_WORKTREE;
	assert_int_equal(errata_diff_new(&d, repo, &o), 0);
	assert_int_equal(errata_diff_count(d), 1);
	f = errata_diff_get(d, 0);
	assert_string_equal(f->new_data, clean);
	assert_string_equal(errata_diff_new_id(d), "");
	errata_diff_free(d);
	o.mode = ERRATA_DIFF_CACHED;
	assert_int_equal(errata_diff_new(&d, repo, &o), 0);
	assert_int_equal(errata_diff_count(d), 0);
	errata_diff_free(d);
	sh("git add news/a.md");
	assert_int_equal(errata_diff_new(&d, repo, &o), 0);
	assert_int_equal(errata_diff_count(d), 1);
	assert_string_equal(errata_diff_get(d, 0)->new_data, clean);
	errata_diff_free(d);
	/* another index file, as git commit -a passes through GIT_INDEX_FILE */
	sh("cp .git/index other-index && git reset -q && git checkout -q news/a.md");
	o.index_path = "other-index";
	assert_int_equal(errata_diff_new(&d, repo, &o), 0);
	assert_int_equal(errata_diff_count(d), 1);
	errata_diff_free(d);
	o.index_path = "missing-index";
	assert_int_equal(errata_diff_new(&d, repo, &o), ERRATA_ENOTFOUND);
	assert_null(d);
	assert_non_null(strstr(errata_error_last(), "missing-index"));
	sh("rm -f other-index missing-index");
	errata_repo_free(repo);
}

static void test_diff_check_introduced_and_fixed(void **state)
{
	errata_repo *repo = NULL;
	errata_diff *d = NULL;
	errata_findings *found = NULL, *fixed = NULL;
	const errata_checker *checker = NULL;
	size_t new_errors = 0;

	(void)state;
	assert_int_equal(errata_repo_open(&repo, "."), 0);
	assert_int_equal(errata_diff_new(&d, repo, NULL), 0);
	assert_int_equal(errata_findings_new(&found), 0);
	assert_int_equal(errata_findings_new(&fixed), 0);
	/* without a checker: a usage error, not a crash */
	assert_int_equal(errata_diff_check(d, 0, 0, found, fixed, NULL), ERRATA_EUSAGE);
	assert_int_equal(errata_diff_use_checker(d, NULL, &checker), 0);
	assert_non_null(checker);
	for (size_t i = 0; i < errata_diff_count(d); i++)
		assert_int_equal(errata_diff_check(d, i, 0, found, fixed, &new_errors), 0);
	/* introduced: the weekday added to a.md; fair.md's undated weekday is
	 * right for the 2024 commit (2025-01-07, a Tuesday) and wrong for the
	 * 2025 one (2026-01-07, a Wednesday) */
	assert_int_equal(errata_findings_count(found), 2);
	assert_int_equal(new_errors, 2);
	assert_string_equal(errata_findings_get(found, 0)->path, "news/a.md");
	assert_string_equal(errata_findings_get(found, 0)->rule, "date.weekday");
	assert_string_equal(errata_findings_get(found, 1)->path, "news/fair.md");
	/* fixed: the deleted article's error; the renamed one's stays old */
	assert_int_equal(errata_findings_count(fixed), 1);
	assert_string_equal(errata_findings_get(fixed, 0)->path, "news/gone.md");
	assert_int_equal(errata_diff_check(d, 99, 0, found, fixed, NULL), ERRATA_EUSAGE);
	errata_findings_free(found);
	errata_findings_free(fixed);
	errata_diff_free(d);
	errata_repo_free(repo);
}

static void test_diff_check_all(void **state)
{
	errata_diff_options o = ERRATA_DIFF_OPTIONS_INIT;
	const char *paths[] = { "news/b-renamed.md" };
	errata_repo *repo = NULL;
	errata_diff *d = NULL;
	errata_findings *found = NULL;
	size_t new_errors = 0;

	(void)state;
	assert_int_equal(errata_repo_open(&repo, "."), 0);
	o.paths = paths;
	o.path_count = 1;
	assert_int_equal(errata_diff_new(&d, repo, &o), 0);
	/* a pathspec of the new name alone sees an added file */
	assert_int_equal(errata_diff_count(d), 1);
	assert_int_equal(errata_diff_use_checker(d, NULL, NULL), 0);
	assert_int_equal(errata_findings_new(&found), 0);
	assert_int_equal(errata_diff_check(d, 0, 1, found, NULL, &new_errors), 0);
	assert_int_equal(errata_findings_count(found), 1);
	errata_findings_free(found);
	errata_diff_free(d);
	/* the whole diff: the rename keeps its error old, even with all */
	assert_int_equal(errata_diff_new(&d, repo, NULL), 0);
	assert_int_equal(errata_diff_use_checker(d, NULL, NULL), 0);
	assert_int_equal(errata_findings_new(&found), 0);
	new_errors = 0;
	for (size_t i = 0; i < errata_diff_count(d); i++)
		if (strcmp(errata_diff_get(d, i)->path, "news/b-renamed.md") == 0)
			assert_int_equal(errata_diff_check(d, i, 1, found, NULL, &new_errors), 0);
	assert_int_equal(errata_findings_count(found), 1);
	assert_int_equal(new_errors, 0);
	errata_findings_free(found);
	errata_diff_free(d);
	errata_repo_free(repo);
}

/* Add a finding on `needle`, the first one after `after` (or anywhere). */
static void add(errata_findings *list, const errata_doc *doc, const char *after,
                const char *needle)
{
	size_t len;
	const char *text = errata_doc_text(doc, &len);
	const char *at = strstr(after ? strstr(text, after) : text, needle);

	assert_non_null(at);
	assert_int_equal(errata_findings_add(list, doc, "date.weekday", ERRATA_SEVERITY_ERROR,
	                                     (size_t)(at - text), strlen(needle), "wrong", NULL, 0), 0);
}

static void test_diff_match_moved_and_repeated(void **state)
{
	const char *a = "One on Tuesday, January 7.\n\nTwo.\n";
	const char *b = "Two.\n\nOne on Tuesday, January 7. Again Tuesday, January 7.\n";
	errata_doc *da = NULL, *db = NULL;
	errata_findings *fa = NULL, *fb = NULL;

	(void)state;
	assert_int_equal(errata_doc_load_buffer(&da, "x.md", a, strlen(a), NULL), 0);
	assert_int_equal(errata_doc_load_buffer(&db, "x.md", b, strlen(b), NULL), 0);
	assert_int_equal(errata_findings_new(&fa), 0);
	assert_int_equal(errata_findings_new(&fb), 0);
	add(fa, da, NULL, "Tuesday, January 7");
	errata_findings_seal(fa, 0);
	add(fb, db, NULL, "Tuesday, January 7");
	add(fb, db, "Again", "Tuesday, January 7");
	errata_findings_seal(fb, 0);
	assert_int_equal(errata_diff_match_findings(fa, 0, fb, 0), 0);
	/* the moved one is neither; the repeat (second occurrence) is new */
	assert_int_equal(errata_findings_count(fa), 0);
	assert_int_equal(errata_findings_count(fb), 1);
	assert_int_equal(errata_findings_get(fb, 0)->line, 3);
	assert_int_equal(errata_findings_get(fb, 0)->column, 34);
	/* ranges: findings before `from` are left alone */
	assert_int_equal(errata_diff_match_findings(fb, 0, fb, 1), 0);
	assert_int_equal(errata_findings_count(fb), 1);
	assert_int_equal(errata_diff_match_findings(fa, 0, fb, 0), 0);
	assert_int_equal(errata_findings_count(fb), 1);
	errata_findings_free(fa);
	errata_findings_free(fb);
	errata_doc_free(da);
	errata_doc_free(db);
}

static void test_diff_article_paths(void **state)
{
	(void)state;
	assert_true(errata_path_is_article("news/a.md"));
	assert_true(errata_path_is_article("A.MARKDOWN"));
	assert_true(errata_path_is_article("x/notes.txt"));
	assert_true(errata_path_is_article("page.HTM"));
	assert_true(errata_path_is_article("page.html"));
	assert_false(errata_path_is_article(".md"));
	assert_false(errata_path_is_article("notes.json"));
	assert_false(errata_path_is_article("md"));
	assert_false(errata_path_is_article("a.mdx"));
}

static void test_diff_hooks_dir(void **state)
{
	errata_repo *repo = NULL;
	char *hooks = NULL;

	(void)state;
	assert_int_equal(errata_repo_open(&repo, "."), 0);
	assert_int_equal(errata_repo_hooks_dir(repo, &hooks), 0);
	assert_non_null(strstr(hooks, ".git/hooks"));
	assert_int_equal(hooks[strlen(hooks) - 1], 's');
	free(hooks);
	sh("git config core.hooksPath my-hooks/");
	errata_repo_free(repo);
	assert_int_equal(errata_repo_open(&repo, "."), 0);
	assert_int_equal(errata_repo_hooks_dir(repo, &hooks), 0);
	/* relative to the working tree, with no doubled or trailing '/' */
	assert_non_null(strstr(hooks, "/my-hooks"));
	assert_int_equal(hooks[strlen(hooks) - 1], 's');
	assert_int_equal(hooks[0], '/');
	assert_null(strstr(hooks, "//"));
	free(hooks);
	sh("git config --unset core.hooksPath");
	errata_repo_free(repo);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_diff_statuses),
		cmocka_unit_test(test_diff_filters_and_errors),
		cmocka_unit_test(test_diff_index_and_worktree),
		cmocka_unit_test(test_diff_check_introduced_and_fixed),
		cmocka_unit_test(test_diff_check_all),
		cmocka_unit_test(test_diff_match_moved_and_repeated),
		cmocka_unit_test(test_diff_article_paths),
		cmocka_unit_test(test_diff_hooks_dir),
	};
	return cmocka_run_group_tests_name("diff", tests, setup, teardown);
}
