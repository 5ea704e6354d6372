/*
 * history.c: an article's history. The log lists the first-parent
 * revisions whose blob for the path differs from their parent's, with the
 * checker's counts and word counts; quote blame walks first parents back
 * from a revision while the text still contains the quote (the way
 * `git log -S` would, rather than line blame, which is coarse on
 * paragraph-long lines) and forward from HEAD's side to find where it went.
 * The walks read the path's changes from the history index
 * (history_index.h), so a revision that did not touch the article costs
 * nothing once indexed, and only the blobs that changed are read.
 */
#include "errata/history.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "common.h"
#include "repo/repo.h"
#include "repo/quote.h"
#include "repo/checkrun.h"
#include "repo/history_index.h"
#include "repo/config_tree.h"

struct errata_log {
	errata_log_entry *entries;
	size_t count, cap;
};

static int read_blob(errata_repo *repo, const git_oid *oid, const char *path,
                     char **data, size_t *len)
{
	git_blob *blob = NULL;
	int error;

	*data = NULL;
	*len = 0;
	if ((error = git_blob_lookup(&blob, repo->git, oid)) < 0)
		return errata__git_error(error, path);
	*len = (size_t)git_blob_rawsize(blob);
	*data = errata__strndup(git_blob_rawcontent(blob), *len);
	git_blob_free(blob);
	return *data ? 0 : errata__oom();
}

static int fill_info(errata_commit_info *out, const git_commit *c)
{
	const git_signature *sig = git_commit_author(c);
	const char *summary = git_commit_summary((git_commit *)c);

	memset(out, 0, sizeof(*out));
	git_oid_tostr(out->id.hex, sizeof(out->id.hex), git_commit_id(c));
	out->author = errata__strdup(sig && sig->name ? sig->name : "");
	out->email = errata__strdup(sig && sig->email ? sig->email : "");
	out->time = sig ? (int64_t)sig->when.time : 0;
	out->offset_minutes = sig ? sig->when.offset : 0;
	out->subject = errata__strdup(summary ? summary : "");
	if (!out->author || !out->email || !out->subject) {
		errata_commit_info_dispose(out);
		return errata__oom();
	}
	return 0;
}

/* One word per line, for a line diff that counts words. */
static int words_of(const char *s, size_t len, errata_buf *out)
{
	size_t i = 0;
	int error = 0;

	while (i < len && error == 0) {
		size_t j;

		while (i < len && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r'))
			i++;
		j = i;
		while (j < len && !(s[j] == ' ' || s[j] == '\n' || s[j] == '\t' || s[j] == '\r'))
			j++;
		if (j > i && (error = errata_buf_put(out, s + i, j - i)) == 0)
			error = errata_buf_putc(out, '\n');
		i = j;
	}
	return error;
}

typedef struct {
	size_t added, removed;
} word_counts;

static int count_line(const git_diff_delta *d, const git_diff_hunk *h,
                      const git_diff_line *l, void *payload)
{
	word_counts *wc = payload;

	(void)d;
	(void)h;
	if (l->origin == GIT_DIFF_LINE_ADDITION)
		wc->added++;
	else if (l->origin == GIT_DIFF_LINE_DELETION)
		wc->removed++;
	return 0;
}

static int count_words(const char *a, size_t alen, const char *b, size_t blen,
                       size_t *added, size_t *removed)
{
	errata_buf wa = ERRATA_BUF_INIT, wb = ERRATA_BUF_INIT;
	git_diff_options opts;
	word_counts wc = { 0, 0 };
	int error;

	git_diff_options_init(&opts, GIT_DIFF_OPTIONS_VERSION);
	opts.context_lines = 0;
	opts.flags |= GIT_DIFF_FORCE_TEXT;
	if ((error = words_of(a, alen, &wa)) == 0 && (error = words_of(b, blen, &wb)) == 0) {
		error = git_diff_buffers(wa.ptr ? wa.ptr : "", wa.size, "a", wb.ptr ? wb.ptr : "",
		                         wb.size, "b", &opts, NULL, NULL, NULL, count_line, &wc);
		if (error < 0)
			error = errata__git_error(error, "word diff");
	}
	*added = wc.added;
	*removed = wc.removed;
	errata_buf_dispose(&wa);
	errata_buf_dispose(&wb);
	return error;
}

static int log_push(errata_log *log, errata_log_entry **out)
{
	if (log->count == log->cap) {
		size_t ncap = log->cap ? log->cap * 2 : 16;
		errata_log_entry *p = realloc(log->entries, ncap * sizeof(*p));

		if (!p)
			return errata__oom();
		log->entries = p;
		log->cap = ncap;
	}
	*out = &log->entries[log->count++];
	memset(*out, 0, sizeof(**out));
	return 0;
}

int errata_log_read(errata_log **out, errata_repo *repo, const char *path,
                    const errata_log_options *opts)
{
	errata_log *log = NULL;
	git_commit *start = NULL, *c = NULL;
	errata__path_history h;
	errata__checker_cache checkers = { NULL, NULL, 0 };
	char *text = NULL, *ptext = NULL;
	size_t tlen = 0, plen = 0;
	errata_date day;
	int error = 0, any = 0, loaded = 0;

	*out = NULL;
	if (!(log = calloc(1, sizeof(*log))))
		return errata__oom();
	if ((error = errata__repo_commit(repo, opts && opts->rev ? opts->rev : "HEAD", &start)) < 0)
		goto cleanup;
	if ((error = errata__path_history_load(&h, repo, path, git_commit_id(start))) < 0)
		goto cleanup;
	loaded = 1;
	/* Newest first: each change that left a blob is a revision of the article. */
	for (long k = errata__path_history_change_at(&h, h.rev_pos); k >= 0; k--) {
		const errata__path_change *ch = &h.changes[k];
		errata_log_entry *e = NULL;

		if (!ch->present)
			continue;
		any = 1;
		if ((error = git_commit_lookup(&c, repo->git, &h.chain[ch->pos].commit)) < 0) {
			error = errata__git_error(error, "reading a commit");
			goto cleanup;
		}
		if ((error = log_push(log, &e)) < 0 || (error = fill_info(&e->info, c)) < 0)
			goto cleanup;
		e->shallow = h.shallow && ch->pos == 0;
		day = errata__commit_day(c);
		git_commit_free(c);
		c = NULL;
		if ((error = read_blob(repo, &ch->blob, path, &text, &tlen)) < 0)
			goto cleanup;
		if (k > 0 && ch[-1].present && (error = read_blob(repo, &ch[-1].blob, path, &ptext, &plen)) < 0)
			goto cleanup;
		if ((error = count_words(ptext ? ptext : "", plen, text, tlen,
		                         &e->words_added, &e->words_removed)) < 0)
			goto cleanup;
		if (opts && opts->checker) {
			/* Each revision with the configuration its own tree holds. */
			errata_checker *checker = NULL;
			errata_findings *f = NULL;
			git_tree *tree = NULL;
			size_t infos;
			int ran = 0;

			if (git_tree_lookup(&tree, repo->git, &h.chain[ch->pos].tree) == 0 &&
			    errata__checker_for(&checkers, repo, tree, path, opts->checker, &checker) == 0)
				ran = errata__check_revision(checker, path, text, tlen, day, &f,
				                             &e->article_date, e->article_date_from,
				                             sizeof(e->article_date_from));
			else
				errata__error_clear();   /* a broken config then: no counts */
			if (f)
				errata_findings_tally(f, &e->errors, &e->warnings, &infos);
			errata_findings_free(f);
			git_tree_free(tree);
			if (ran < 0) {
				error = ran;
				goto cleanup;
			}
			e->checked = ran;
		}
		free(text);
		free(ptext);
		text = ptext = NULL;
		plen = 0;
		if (opts && opts->max_count && log->count >= opts->max_count)
			break;
	}
	if (!any) {
		error = errata__error(ERRATA_ENOTFOUND, "%s: no revision has this path", path);
		goto cleanup;
	}
	*out = log;
	log = NULL;
cleanup:
	free(text);
	free(ptext);
	git_commit_free(c);
	git_commit_free(start);
	if (loaded)
		errata__path_history_dispose(&h);
	errata__checker_cache_dispose(&checkers);
	errata_log_free(log);
	return error;
}

void errata_log_free(errata_log *log)
{
	if (!log)
		return;
	for (size_t i = 0; i < log->count; i++)
		errata_commit_info_dispose(&log->entries[i].info);
	free(log->entries);
	free(log);
}

size_t errata_log_count(const errata_log *log)
{
	return log ? log->count : 0;
}

const errata_log_entry *errata_log_get(const errata_log *log, size_t i)
{
	return log && i < log->count ? &log->entries[i] : NULL;
}

/* Validate and normalise a quote; the message names the field "quote". */
static int prepare_quote(const char *quote, errata_buf *q)
{
	size_t len = quote ? strlen(quote) : 0, i = 0;
	int error;

	if (len > ERRATA__QUOTE_MAX)
		return errata__error(ERRATA_ETOOBIG, "quote: longer than the limit of %d bytes", ERRATA__QUOTE_MAX);
	while (i < len) {
		uint32_t cp;
		size_t n = errata__utf8_decode((const unsigned char *)quote + i, len - i, &cp);

		if (n == 0)
			return errata__error(ERRATA_EINVALID, "quote: not valid UTF-8 at byte %zu", i);
		i += n;
	}
	if ((error = errata__quote_normalize(quote ? quote : "", len, q, NULL)) < 0)
		return error;
	if (q->size == 0)
		return errata__error(ERRATA_EINVALID, "quote: empty");
	return 0;
}

/* Whether the blob `oid` contains the normalised quote; memoised on the last id. */
typedef struct {
	git_oid last;
	int has_last, last_result;
} contains_memo;

static int blob_contains(errata_repo *repo, const git_oid *oid, const errata_buf *q,
                         contains_memo *memo, int *result)
{
	git_blob *blob = NULL;
	errata_buf nt = ERRATA_BUF_INIT;
	int error;

	if (memo->has_last && git_oid_equal(&memo->last, oid)) {
		*result = memo->last_result;
		return 0;
	}
	/* Walks read many blobs: hashing each again (git itself does not) costs a third. */
	git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 0);
	error = git_blob_lookup(&blob, repo->git, oid);
	git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 1);
	if (error < 0)
		return errata__git_error(error, "reading a revision");
	/*
	 * The quote is folded already: if the raw text holds it verbatim, the
	 * folded text holds it too, and folding can be skipped.
	 */
	if (errata__memmem(git_blob_rawcontent(blob), (size_t)git_blob_rawsize(blob), q->ptr, q->size)) {
		*result = 1;
	} else {
		error = errata__quote_normalize(git_blob_rawcontent(blob), (size_t)git_blob_rawsize(blob), &nt, NULL);
		*result = error == 0 && errata__quote_in(nt.ptr, nt.size, q->ptr, q->size);
	}
	git_blob_free(blob);
	errata_buf_dispose(&nt);
	if (error < 0)
		return error;
	git_oid_cpy(&memo->last, oid);
	memo->has_last = 1;
	memo->last_result = *result;
	return 0;
}

/*
 * The oldest revision of the run that ends at `head` (walking first
 * parents back) whose text lacks the quote: the run stops at a revision
 * that has it, or at `since`. Without `since`, a run down to the root
 * counts too.
 */
static int removed_walk(errata_commit_info *out, int *found, errata_repo *repo,
                        const char *path, const git_oid *since, const char *head,
                        const errata_buf *q)
{
	git_commit *hc = NULL, *oc = NULL;
	errata__path_history h;
	contains_memo memo = { { { 0 } }, 0, 0 };
	long cur, s = -1, oldest = 0;
	int error, has_cur = 1, has_oldest = 0;

	*found = 0;
	memset(out, 0, sizeof(*out));
	if ((error = errata__repo_commit(repo, head ? head : "HEAD", &hc)) < 0)
		return error;
	if (since && git_oid_equal(since, git_commit_id(hc))) {
		/* The run ends where it starts: nothing removed. */
		git_commit_free(hc);
		return 0;
	}
	error = errata__path_history_load(&h, repo, path, git_commit_id(hc));
	git_commit_free(hc);
	if (error < 0)
		return error;
	if (since)
		s = errata__path_history_find(&h, since);
	cur = (long)h.rev_pos;
	/* Segment by segment: between two changes the blob, and the answer, is the same. */
	while (!(since && cur == s)) {
		long k = errata__path_history_change_at(&h, (size_t)cur), start;
		int contained = 0;

		if (k >= 0 && h.changes[k].present &&
		    (error = blob_contains(repo, &h.changes[k].blob, q, &memo, &contained)) < 0)
			break;
		if (contained)
			break;
		start = k >= 0 ? (long)h.changes[k].pos : 0;
		has_oldest = 1;
		if (since && s >= start && s < cur) {
			oldest = s + 1;
			cur = s;
			continue;
		}
		oldest = start;
		if (start == 0) {
			has_cur = 0;
			break;
		}
		cur = start - 1;
	}
	/* Only a run that ends at a revision with the quote (or at since) counts. */
	if (error == 0 && has_oldest && (has_cur || since == NULL)) {
		if ((error = git_commit_lookup(&oc, repo->git, &h.chain[oldest].commit)) < 0)
			error = errata__git_error(error, "reading a commit");
		else if ((error = fill_info(out, oc)) == 0)
			*found = 1;
	}
	git_commit_free(oc);
	errata__path_history_dispose(&h);
	return error;
}

int errata_history_removed(errata_commit_info *out, int *found, errata_repo *repo,
                           const char *path, const char *since, const char *head,
                           const char *quote)
{
	errata_buf q = ERRATA_BUF_INIT;
	git_commit *s = NULL;
	int error;

	*found = 0;
	memset(out, 0, sizeof(*out));
	if ((error = prepare_quote(quote, &q)) < 0)
		goto cleanup;
	if (since && (error = errata__repo_commit(repo, since, &s)) < 0)
		goto cleanup;
	error = removed_walk(out, found, repo, path, s ? git_commit_id(s) : NULL, head, &q);
cleanup:
	git_commit_free(s);
	errata_buf_dispose(&q);
	return error;
}

static void line_col(const char *text, size_t offset, unsigned int *line, unsigned int *col)
{
	size_t start = 0;
	unsigned int l = 1, c = 1;

	for (size_t i = 0; i < offset; i++)
		if (text[i] == '\n') {
			l++;
			start = i + 1;
		}
	for (size_t i = start; i < offset; i++)
		if (((unsigned char)text[i] & 0xc0) != 0x80)
			c++;
	*line = l;
	*col = c;
}

/*
 * Check the text of commit c for the quote (normalised q): the findings
 * that overlap it, with c's tree's configuration and c's date.
 */
static int check_quote(errata_blame_check *out, errata_repo *repo, errata__checker_cache *cache,
                       errata_checker *plain, const char *path, git_commit *c,
                       const errata_buf *q)
{
	errata_checker *checker = NULL;
	errata_findings *all = NULL;
	git_tree *tree = NULL;
	char *text = NULL;
	size_t len = 0, offset = 0, length = 0;
	int error, hit, ran;

	if ((error = errata__repo_read_commit(repo, c, path, &text, &len)) < 0)
		return error;
	if ((hit = errata__quote_find(text, len, q->ptr, &offset, &length)) <= 0) {
		error = hit;   /* the walks found it there: 0 cannot happen, but is harmless */
		goto cleanup;
	}
	line_col(text, offset, &out->line, &out->column);
	if ((error = git_commit_tree(&tree, c)) < 0) {
		error = errata__git_error(error, "reading a revision's tree");
		goto cleanup;
	}
	if (errata__checker_for(cache, repo, tree, path, plain, &checker) < 0) {
		errata__error_clear();   /* a broken config in that revision: not checked */
		goto cleanup;
	}
	if ((ran = errata__check_revision(checker, path, text, len, errata__commit_day(c), &all,
	                                  &out->article_date, out->article_date_from,
	                                  sizeof(out->article_date_from))) <= 0) {
		error = ran;
		goto cleanup;
	}
	/* Keep the findings that overlap the quoted bytes (an empty span touches its point). */
	for (size_t i = errata_findings_count(all); i-- > 0;) {
		const errata_finding *x = errata_findings_get(all, i);

		if (x->offset + (x->length ? x->length : 1) <= offset || x->offset >= offset + length)
			errata_findings_remove(all, i);
	}
	out->findings = all;
	all = NULL;
	out->checked = 1;
cleanup:
	errata_findings_free(all);
	git_tree_free(tree);
	free(text);
	return error;
}

int errata_blame_quote(errata_blame *out, errata_repo *repo, const char *path,
                       const char *rev, const char *quote)
{
	return errata_blame_quote_checked(out, repo, path, rev, quote, NULL);
}

int errata_blame_quote_checked(errata_blame *out, errata_repo *repo, const char *path,
                               const char *rev, const char *quote, errata_checker *checker)
{
	errata__checker_cache checkers = { NULL, NULL, 0 };
	errata_buf q = ERRATA_BUF_INIT;
	git_commit *start = NULL, *cur = NULL;
	contains_memo memo = { { { 0 } }, 0, 0 };
	char *text = NULL;
	size_t len = 0;
	int error, hit;

	memset(out, 0, sizeof(*out));
	if ((error = prepare_quote(quote, &q)) < 0)
		goto cleanup;
	if ((error = errata__repo_commit(repo, rev ? rev : "HEAD", &start)) < 0)
		goto cleanup;
	if ((error = errata__repo_read_commit(repo, start, path, &text, &len)) < 0)
		goto cleanup;
	if ((hit = errata__quote_find(text, len, q.ptr, &out->offset, &out->length)) <= 0) {
		error = hit < 0 ? hit : errata__error(ERRATA_ENOTFOUND, "%s: the quote is not in revision %.12s",
		                                      path, git_oid_tostr_s(git_commit_id(start)));
		goto cleanup;
	}
	line_col(text, out->offset, &out->line, &out->column);
	{
		errata__path_history h;
		long k;

		if ((error = errata__path_history_load(&h, repo, path, git_commit_id(start))) < 0)
			goto cleanup;
		/* Back over the changes while the older text still has the quote. */
		k = errata__path_history_change_at(&h, h.rev_pos);
		while (error == 0 && k > 0 && h.changes[k - 1].present) {
			int contained = 0;

			if ((error = blob_contains(repo, &h.changes[k - 1].blob, &q, &memo, &contained)) < 0 ||
			    !contained)
				break;
			k--;
		}
		if (error == 0 && k < 0)
			error = errata__error(ERRATA_ERROR, "%s: history index out of step", path);
		if (error == 0 && (error = git_commit_lookup(&cur, repo->git, &h.chain[h.changes[k].pos].commit)) < 0)
			error = errata__git_error(error, "reading a commit");
		if (error == 0)
			out->shallow = h.shallow && h.changes[k].pos == 0;
		errata__path_history_dispose(&h);
		if (error < 0)
			goto cleanup;
	}
	if ((error = fill_info(&out->introduced, cur)) < 0)
		goto cleanup;
	if ((error = removed_walk(&out->removed_in, &out->removed, repo, path,
	                          git_commit_id(start), NULL, &q)) < 0)
		goto cleanup;
	if (checker)
		git_oid_tostr(out->rev_id.hex, sizeof(out->rev_id.hex), git_commit_id(start));
	if (checker &&
	    ((error = check_quote(&out->at_introduced, repo, &checkers, checker, path, cur, &q)) < 0 ||
	     (error = check_quote(&out->at_rev, repo, &checkers, checker, path, start, &q)) < 0))
		goto cleanup;
cleanup:
	errata__checker_cache_dispose(&checkers);
	if (error < 0)
		errata_blame_dispose(out);
	free(text);
	git_commit_free(cur);
	git_commit_free(start);
	errata_buf_dispose(&q);
	return error;
}

void errata_blame_dispose(errata_blame *blame)
{
	errata_commit_info_dispose(&blame->introduced);
	errata_commit_info_dispose(&blame->removed_in);
	blame->removed = 0;
	errata_findings_free(blame->at_introduced.findings);
	errata_findings_free(blame->at_rev.findings);
	memset(&blame->at_introduced, 0, sizeof(blame->at_introduced));
	memset(&blame->at_rev, 0, sizeof(blame->at_rev));
}
