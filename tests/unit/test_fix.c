/*
 * test_fix.c: applying suggestions (errata_fix_apply): first suggestions
 * in place, overlapping spans left alone, the same fix from two findings
 * made once, findings that do not match the text ignored; the unified
 * diff (errata_fix_diff); and the program's file writer (cmd/fix.c): the
 * mode is kept, a symbolic link stays a link, a file changed since it was
 * read is left alone, standard input is never written.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "errata.h"
#include "../../cmd/cmd.h"
#include "../../cmd/fix.h"

/* cmd/fix.c's one need from cmd/main.c. */
const char *cmd_strerror(int err)
{
	return strerror(err);
}

static errata_doc *doc_of(const char *text)
{
	errata_doc *doc = NULL;

	assert_int_equal(errata_doc_load_buffer(&doc, "story.txt", text, strlen(text), NULL), 0);
	return doc;
}

static void add(errata_findings *list, const errata_doc *doc, size_t off, size_t len,
                const char *sugg)
{
	const char *s[] = { sugg, "second choice" };

	assert_int_equal(errata_findings_add(list, doc, "test.rule", ERRATA_SEVERITY_ERROR,
	                                     off, len, "m", sugg ? s : NULL, sugg ? 2 : 0), 0);
}

static char *fixed_text(const errata_doc *doc, const errata_findings *list, errata_fix_stats *st)
{
	errata_buf out = ERRATA_BUF_INIT;

	assert_int_equal(errata_fix_apply(&out, doc, list, 0, st), 0);
	assert_non_null(out.ptr);
	return errata_buf_detach(&out);
}

static void test_fix_apply_first_suggestions(void **state)
{
	/*            0123456789012345678901234567890 */
	errata_doc *doc = doc_of("On Tuesday, Jan. 7 and teh end.");
	errata_findings *list = NULL;
	errata_fix_stats st;
	char *text;

	(void)state;
	assert_int_equal(errata_findings_new(&list), 0);
	add(list, doc, 23, 3, "the");
	add(list, doc, 3, 15, "Wednesday, Jan. 7");
	add(list, doc, 0, 2, NULL);     /* no suggestion: nothing to do */
	text = fixed_text(doc, list, &st);
	assert_string_equal(text, "On Wednesday, Jan. 7 and the end.");
	assert_int_equal(st.applied, 2);
	assert_int_equal(st.skipped, 0);
	free(text);
	errata_findings_free(list);
	errata_doc_free(doc);
}

static void test_fix_apply_overlaps_left_alone(void **state)
{
	errata_doc *doc = doc_of("On Tuesday, Jan. 7 and teh end.");
	errata_findings *list = NULL;
	errata_fix_stats st;
	char *text;

	(void)state;
	assert_int_equal(errata_findings_new(&list), 0);
	add(list, doc, 3, 15, "Wednesday, Jan. 7");
	add(list, doc, 12, 6, "Jan. 6");          /* inside the first: a conflict */
	add(list, doc, 23, 3, "the");
	add(list, doc, 23, 3, "the");             /* the same fix twice: made once */
	text = fixed_text(doc, list, &st);
	assert_string_equal(text, "On Tuesday, Jan. 7 and the end.");
	assert_int_equal(st.applied, 2);
	assert_int_equal(st.skipped, 2);
	free(text);
	errata_findings_free(list);
	errata_doc_free(doc);
}

static void test_fix_apply_chain_of_overlaps(void **state)
{
	/* A overlaps B, B overlaps C, A and C do not: all three stay. */
	errata_doc *doc = doc_of("abcdefghij");
	errata_findings *list = NULL;
	errata_fix_stats st;
	char *text;

	(void)state;
	assert_int_equal(errata_findings_new(&list), 0);
	add(list, doc, 0, 3, "X");
	add(list, doc, 2, 3, "Y");
	add(list, doc, 4, 3, "Z");
	add(list, doc, 8, 2, "!");
	text = fixed_text(doc, list, &st);
	assert_string_equal(text, "abcdefgh!");
	assert_int_equal(st.applied, 1);
	assert_int_equal(st.skipped, 3);
	free(text);
	errata_findings_free(list);
	errata_doc_free(doc);
}

static void test_fix_apply_ignores_findings_of_other_text(void **state)
{
	errata_doc *doc = doc_of("one two three");
	errata_doc *other = doc_of("one TWO three");
	errata_findings *list = NULL;
	errata_fix_stats st;
	char *text;

	(void)state;
	assert_int_equal(errata_findings_new(&list), 0);
	add(list, other, 4, 3, "2");    /* found on another version of the text */
	text = fixed_text(doc, list, &st);
	assert_string_equal(text, "one two three");
	assert_int_equal(st.applied, 0);
	free(text);
	errata_findings_free(list);
	errata_doc_free(other);
	errata_doc_free(doc);
}

static void test_fix_diff_unified(void **state)
{
	const char *a = "one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\n";
	const char *b = "one\ntwo\nthree\nfour\nFIVE\nsix\nseven\neight\n";
	errata_buf out = ERRATA_BUF_INIT;

	(void)state;
	assert_int_equal(errata_fix_diff(&out, "news/story.md", a, strlen(a), b, strlen(b)), 0);
	assert_string_equal(out.ptr,
		"--- a/news/story.md\n+++ b/news/story.md\n"
		"@@ -2,7 +2,7 @@ one\n two\n three\n four\n-five\n+FIVE\n six\n seven\n eight\n");
	errata_buf_clear(&out);
	assert_int_equal(errata_fix_diff(&out, "s", "x\ny", 3, "x\nz", 3), 0);
	assert_string_equal(out.ptr,
		"--- a/s\n+++ b/s\n@@ -1,2 +1,2 @@\n x\n-y\n\\ No newline at end of file\n"
		"+z\n\\ No newline at end of file\n");
	errata_buf_clear(&out);
	assert_int_equal(errata_fix_diff(&out, "s", a, strlen(a), a, strlen(a)), 0);
	assert_int_equal(out.size, 0);
	errata_buf_dispose(&out);
}

/* ---- the program's writer ---------------------------------------------- */

static char dir[64];

static int make_dir(void **state)
{
	(void)state;
	snprintf(dir, sizeof(dir), "/tmp/errata-fix-XXXXXX");
	return mkdtemp(dir) ? 0 : -1;
}

static int remove_dir(void **state)
{
	char cmd[128];

	(void)state;
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	return system(cmd) == 0 ? 0 : -1;
}

static void write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "wb");

	assert_non_null(f);
	assert_int_equal(fputs(text, f) >= 0, 1);
	assert_int_equal(fclose(f), 0);
}

static char *read_back(const char *path)
{
	static char buf[4096];
	FILE *f = fopen(path, "rb");
	size_t n;

	assert_non_null(f);
	n = fread(buf, 1, sizeof(buf) - 1, f);
	buf[n] = '\0';
	fclose(f);
	return buf;
}

static const char story[] = "---\ndate: 2026-01-02\n---\nThe vote is on Tuesday, January 7, 2026.\n";
static const char fixed[] = "---\ndate: 2026-01-02\n---\nThe vote is on Wednesday, January 7, 2026.\n";

/* Check `path`, then run the writer; returns fix_file()'s result. */
static int check_and_fix(const char *path, enum fix_mode mode, const char *edit_between,
                         errata_findings **left, errata_buf *diff)
{
	errata_checker *checker = NULL;
	errata_doc *doc = NULL;
	char msg[512] = "";
	int rc;

	assert_int_equal(errata_checker_new(&checker, NULL), 0);
	assert_int_equal(errata_doc_load_file(&doc, path, NULL), 0);
	assert_int_equal(errata_findings_new(left), 0);
	assert_int_equal(errata_checker_check(checker, doc, *left), 0);
	assert_int_equal(errata_findings_count(*left), 1);
	if (edit_between)
		write_file(path, edit_between);
	rc = fix_file(mode, path, checker, NULL, &doc, left, diff, msg, sizeof(msg));
	if (rc < 0)
		print_message("fix_file: %s\n", msg);
	errata_doc_free(doc);
	errata_checker_free(checker);
	return rc;
}

static void test_fix_file_keeps_mode_and_link(void **state)
{
	char path[128], link[128], count[160];
	errata_findings *left = NULL;
	struct stat st;

	(void)state;
	snprintf(path, sizeof(path), "%s/story.md", dir);
	snprintf(link, sizeof(link), "%s/link.md", dir);
	write_file(path, story);
	assert_int_equal(chmod(path, 0640), 0);
	assert_int_equal(symlink("story.md", link), 0);
	assert_int_equal(check_and_fix(link, FIX_WRITE, NULL, &left, NULL), 0);
	assert_string_equal(read_back(path), fixed);
	assert_int_equal(errata_findings_count(left), 0);   /* what is left */
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal(st.st_mode & 07777, 0640);
	assert_int_equal(lstat(link, &st), 0);
	assert_true(S_ISLNK(st.st_mode));
	errata_findings_free(left);
	/* no temporary file left behind */
	snprintf(count, sizeof(count), "test $(ls -A '%s' | wc -l) -eq 2", dir);
	assert_int_equal(system(count), 0);
	unlink(link);
	unlink(path);
}

static void test_fix_file_changed_since_read(void **state)
{
	char path[128];
	const char *edited = "---\ndate: 2026-01-02\n---\nThe vote is on Tuesday, January 7, 2026. Edited.\n";
	errata_findings *left = NULL;

	(void)state;
	snprintf(path, sizeof(path), "%s/story.md", dir);
	write_file(path, story);
	assert_int_equal(check_and_fix(path, FIX_WRITE, edited, &left, NULL), 0);
	assert_string_equal(read_back(path), edited);      /* left alone */
	assert_int_equal(errata_findings_count(left), 1);  /* and the finding stays */
	errata_findings_free(left);
	unlink(path);
}

static void test_fix_file_dry_run(void **state)
{
	char path[128];
	errata_findings *left = NULL;
	errata_buf diff = ERRATA_BUF_INIT;

	(void)state;
	snprintf(path, sizeof(path), "%s/story.md", dir);
	write_file(path, story);
	assert_int_equal(check_and_fix(path, FIX_DRY_RUN, NULL, &left, &diff), 0);
	assert_string_equal(read_back(path), story);       /* untouched */
	assert_non_null(strstr(diff.ptr, "-The vote is on Tuesday, January 7, 2026.\n"
	                                 "+The vote is on Wednesday, January 7, 2026.\n"));
	assert_int_equal(errata_findings_count(left), 0);
	errata_findings_free(left);
	errata_buf_dispose(&diff);
	unlink(path);
}

static void test_fix_file_refuses_stdin(void **state)
{
	errata_checker *checker = NULL;
	errata_doc *doc = NULL;
	errata_findings *list = NULL;
	char msg[256] = "";

	(void)state;
	assert_int_equal(errata_checker_new(&checker, NULL), 0);
	assert_int_equal(errata_doc_load_buffer(&doc, "<stdin>", story, strlen(story), NULL), 0);
	assert_int_equal(errata_findings_new(&list), 0);
	assert_int_equal(errata_checker_check(checker, doc, list), 0);
	assert_int_equal(fix_file(FIX_WRITE, "-", checker, NULL, &doc, &list, NULL, msg, sizeof(msg)), -1);
	assert_non_null(strstr(msg, "standard input cannot be fixed in place"));
	errata_findings_free(list);
	errata_doc_free(doc);
	errata_checker_free(checker);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fix_apply_first_suggestions),
		cmocka_unit_test(test_fix_apply_overlaps_left_alone),
		cmocka_unit_test(test_fix_apply_chain_of_overlaps),
		cmocka_unit_test(test_fix_apply_ignores_findings_of_other_text),
		cmocka_unit_test(test_fix_diff_unified),
		cmocka_unit_test(test_fix_file_keeps_mode_and_link),
		cmocka_unit_test(test_fix_file_changed_since_read),
		cmocka_unit_test(test_fix_file_dry_run),
		cmocka_unit_test(test_fix_file_refuses_stdin),
	};

	return cmocka_run_group_tests(tests, make_dir, remove_dir);
}
