/*
 * fix.c: putting suggestions in place. The fixes are sorted by position
 * and grouped into runs of overlapping spans; a run of more than one
 * distinct edit is a conflict nobody can settle without reading the
 * article, so the whole run is left alone. The diff of the result is
 * libgit2's, printed with plain unified-diff headers.
 */
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "errata/fix.h"
#include "repo/repo.h"

struct edit {
	size_t start, end;
	const char *with;
	int skip;
};

static int edit_cmp(const void *a, const void *b)
{
	const struct edit *x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	if (x->end != y->end)
		return x->end < y->end ? -1 : 1;
	return strcmp(x->with, y->with);
}

static int same_edit(const struct edit *x, const struct edit *y)
{
	return x->start == y->start && x->end == y->end && strcmp(x->with, y->with) == 0;
}

/* Mark every edit of a run [from, to) as skipped when the run holds two different edits. */
static size_t settle_run(struct edit *e, size_t from, size_t to)
{
	for (size_t i = from + 1; i < to; i++) {
		if (!same_edit(&e[i], &e[from])) {
			for (size_t k = from; k < to; k++)
				e[k].skip = 1;
			return to - from;
		}
	}
	return 0;
}

int errata_fix_apply(errata_buf *out, const errata_doc *doc,
                     const errata_findings *findings, size_t from,
                     errata_fix_stats *stats)
{
	size_t len = 0, n = 0, count = errata_findings_count(findings), run = 0, pos = 0;
	const char *text = errata_doc_text(doc, &len);
	struct edit *edits = NULL;
	errata_fix_stats st = { 0, 0 };
	int error = 0;

	if (count > from && !(edits = calloc(count - from, sizeof(*edits))))
		return errata__oom();
	for (size_t i = from; i < count; i++) {
		const errata_finding *f = errata_findings_get(findings, i);

		if (!f->suggestion_count || !f->suggestions[0] || !f->length ||
		    f->offset > len || f->length > len - f->offset ||
		    !f->text || strlen(f->text) != f->length ||
		    memcmp(text + f->offset, f->text, f->length) != 0)
			continue;
		edits[n].start = f->offset;
		edits[n].end = f->offset + f->length;
		edits[n].with = f->suggestions[0];
		n++;
	}
	if (n)
		qsort(edits, n, sizeof(*edits), edit_cmp);
	/* Runs of overlapping spans: [run, i) while the next starts before the run ends. */
	for (size_t i = 1, end = n ? edits[0].end : 0; i <= n; i++) {
		if (i < n && edits[i].start < end) {
			if (edits[i].end > end)
				end = edits[i].end;
			continue;
		}
		st.skipped += settle_run(edits, run, i);
		run = i;
		if (i < n)
			end = edits[i].end;
	}
	for (size_t i = 0; i < n && !error; i++) {
		if (edits[i].skip)
			continue;
		st.applied++;
		if (i > 0 && !edits[i - 1].skip && same_edit(&edits[i - 1], &edits[i]))
			continue;  /* the same fix from two findings: once */
		if ((error = errata_buf_put(out, text + pos, edits[i].start - pos)) == 0)
			error = errata_buf_puts(out, edits[i].with);
		pos = edits[i].end;
	}
	if (!error)
		error = errata_buf_put(out, text + pos, len - pos);
	if (!error && !out->ptr)
		error = errata_buf_put(out, "", 0);
	free(edits);
	if (stats)
		*stats = st;
	return error;
}

/* ---- unified diff ------------------------------------------------------- */

static int print_line(const git_diff_delta *delta, const git_diff_hunk *hunk,
                      const git_diff_line *line, void *payload)
{
	errata_buf *out = payload;

	(void)delta;
	(void)hunk;
	switch (line->origin) {
	case GIT_DIFF_LINE_FILE_HDR:
		return 0;  /* our own headers are written first */
	case GIT_DIFF_LINE_CONTEXT:
	case GIT_DIFF_LINE_ADDITION:
	case GIT_DIFF_LINE_DELETION:
		if (errata_buf_putc(out, line->origin) < 0)
			return -1;
		break;
	default:
		break;
	}
	return errata_buf_put(out, line->content, line->content_len) < 0 ? -1 : 0;
}

int errata_fix_diff(errata_buf *out, const char *path,
                    const char *old_text, size_t old_len,
                    const char *new_text, size_t new_len)
{
	git_diff_options opts;
	git_patch *patch = NULL;
	int error;

	if (old_len == new_len && (old_len == 0 || memcmp(old_text, new_text, old_len) == 0))
		return 0;
	if ((error = errata__git_init()) < 0)
		return error;
	git_diff_options_init(&opts, GIT_DIFF_OPTIONS_VERSION);
	opts.context_lines = 3;
	opts.flags |= GIT_DIFF_FORCE_TEXT;
	if ((error = git_patch_from_buffers(&patch, old_text, old_len, path,
	                                    new_text, new_len, path, &opts)) < 0)
		return errata__git_error(error, path);
	if ((error = errata_buf_printf(out, "--- a/%s\n+++ b/%s\n", path, path)) == 0 &&
	    git_patch_print(patch, print_line, out) < 0)
		error = errata__oom();
	git_patch_free(patch);
	return error;
}
