/*
 * bench_diff.c: the work of `errata diff` on two revisions of a 10 KB
 * article, without process start or repository access: the word diff
 * and its text hunks alone, then the whole per-article review (load both
 * versions, check both, match findings by fingerprint, word diff).
 * Prints the median time of each over many runs, in milliseconds.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "errata.h"

#define RUNS 101

static double now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

/* About 10 KB of prose; `edited` changes a word in every fourth sentence. */
static void article(errata_buf *b, int edited)
{
	static const char *const days[] = { "Monday", "Tuesday", "Wednesday", "Thursday",
	                                    "Friday", "Saturday", "Sunday" };

	errata_buf_puts(b, "---\ntitle: Budget week\ndate: 2026-01-02\n---\n\n");
	for (int i = 0; b->size < 10 * 1024; i++) {
		/* January 5, 2026 is a Monday. */
		int day = 5 + i % 20;

		errata_buf_printf(b, "The committee met on %s, January %d, 2026, and heard %s from the "
		                  "treasurer about line %d of the plan.", days[(day - 5) % 7], day,
		                  edited && i % 4 == 0 ? "a long report" : "a short report", i);
		errata_buf_puts(b, i % 3 == 2 ? "\n\n" : " ");
	}
}

int main(void)
{
	errata_buf a = ERRATA_BUF_INIT, b = ERRATA_BUF_INIT, out = ERRATA_BUF_INIT;
	errata_checker *checker = NULL;
	double wd[RUNS], full[RUNS];
	size_t changes = 0;

	article(&a, 0);
	article(&b, 1);
	if (errata_checker_new(&checker, NULL) < 0) {
		fprintf(stderr, "bench_diff: %s\n", errata_error_last());
		return 1;
	}
	for (int r = 0; r < RUNS; r++) {
		errata_worddiff *d = NULL;
		double t0 = now_ms();

		errata_worddiff_new(&d, a.ptr, a.size, b.ptr, b.size);
		errata_buf_clear(&out);
		errata_worddiff_format(&out, d, NULL);
		wd[r] = now_ms() - t0;
		changes = errata_worddiff_count(d);
		errata_worddiff_free(d);
	}
	for (int r = 0; r < RUNS; r++) {
		errata_doc *da = NULL, *db = NULL;
		errata_findings *fa = NULL, *fb = NULL;
		errata_worddiff *d = NULL;
		double t0 = now_ms();

		errata_findings_new(&fa);
		errata_findings_new(&fb);
		if (errata_doc_load_buffer(&da, "a.md", a.ptr, a.size, NULL) < 0 ||
		    errata_doc_load_buffer(&db, "a.md", b.ptr, b.size, NULL) < 0 ||
		    errata_checker_check(checker, da, fa) < 0 ||
		    errata_checker_check(checker, db, fb) < 0 ||
		    errata_diff_match_findings(fa, 0, fb, 0) < 0 ||
		    errata_worddiff_new(&d, a.ptr, a.size, b.ptr, b.size) < 0) {
			fprintf(stderr, "bench_diff: %s\n", errata_error_last());
			return 1;
		}
		errata_buf_clear(&out);
		errata_worddiff_format(&out, d, NULL);
		full[r] = now_ms() - t0;
		errata_worddiff_free(d);
		errata_findings_free(fa);
		errata_findings_free(fb);
		errata_doc_free(da);
		errata_doc_free(db);
	}
	qsort(wd, RUNS, sizeof(double), cmp_double);
	qsort(full, RUNS, sizeof(double), cmp_double);
	printf("diff of a %zu-byte article (%zu word changes): word diff %.3f ms, "
	       "whole review %.3f ms (median of %d)\n",
	       b.size, changes, wd[RUNS / 2], full[RUNS / 2], RUNS);
	errata_checker_free(checker);
	errata_buf_dispose(&a);
	errata_buf_dispose(&b);
	errata_buf_dispose(&out);
	return 0;
}
