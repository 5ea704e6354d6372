/*
 * diff.c: the articles an edit changed, read through libgit2.
 *
 * Two trees are compared (or a tree and the staged index, or a tree and
 * the working tree) with git_diff and rename detection, so an unchanged
 * article is never opened: on a repository of ten thousand articles where
 * one changed, the work is one tree walk and two blob reads. Each changed
 * article is kept with both of its versions and the date of each side.
 * Then both versions are checked (one checker, loaded once, plus one for
 * the old side's date only when an undated article needs it) and their
 * findings matched by fingerprint. Last, where git looks for hooks.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "common.h"
#include "repo/repo.h"
#include "repo/quote.h"
#include "repo/config_tree.h"
#include "rules/config.h"
#include "errata/diff.h"

/* A configuration some changed article uses, and its checkers. */
typedef struct {
	errata__config_place place;   /* key NULL: no configuration */
	errata_checker *checker[2];   /* dating undated articles by the new side, the old side */
} diff_config;

/* The date an article's new version was read against, and where it came from. */
typedef struct {
	errata_date date;
	char from[64];
} diff_anchor;

struct errata_diff {
	errata_diff_file *files;
	size_t count, alloc;
	errata_date old_date, new_date;
	char old_id[GIT_OID_HEXSZ + 1];
	char new_id[GIT_OID_HEXSZ + 1];
	errata_checker_options copts;   /* for the old side's checker */
	errata_checker *checker;        /* dates date-less articles by the new side */
	errata_checker *old_checker;    /* by the old side; built when needed */
	int dated;                      /* opts->date set: one date for both */
	errata_reports *reports;        /* loaded on first use */
	/* Without a config_path, each version of an article is checked with the
	 * configuration of the tree it was read from (config_tree.c). */
	int per_article;
	errata_checker_options base;    /* the options, dated by the new side */
	diff_config *configs;           /* [0]: no configuration */
	size_t nconfigs;
	size_t *file_configs;           /* [2i]: file i's new version's, [2i+1]: its old one's */
	size_t root_config;             /* an article at the top's (for rule listings) */
	size_t max_findings;            /* per article and version; 0: no limit */
	diff_anchor *anchors;           /* [i]: file i's new version's date, once checked */
};

/* The last folder resolved on one side, to skip walking it again. */
typedef struct {
	char *folder;
	size_t config;
} config_memo;

/* The configs index of the configuration that applies to `path` as read from tree/index. */
static int config_of(errata_diff *d, errata_repo *repo, git_tree *tree, git_index *index,
                     const char *path, config_memo *memo, size_t *out)
{
	const char *slash = strrchr(path, '/');
	size_t flen = slash ? (size_t)(slash - path) : 0;
	errata__config_place p;
	int error;

	*out = 0;
	if (memo->folder && strlen(memo->folder) == flen && strncmp(memo->folder, path, flen) == 0) {
		*out = memo->config;
		return 0;
	}
	if ((error = errata__config_locate(&p, repo, tree, index, path)) < 0)
		return error;
	if (p.key) {
		for (*out = 1; *out < d->nconfigs && strcmp(d->configs[*out].place.key, p.key) != 0; (*out)++)
			;
		if (*out < d->nconfigs) {
			errata__config_place_dispose(&p);
		} else {
			diff_config *c = realloc(d->configs, (d->nconfigs + 1) * sizeof(*c));

			if (!c) {
				errata__config_place_dispose(&p);
				return errata__oom();
			}
			d->configs = c;
			memset(&c[d->nconfigs], 0, sizeof(*c));
			c[d->nconfigs].place = p;
			*out = d->nconfigs++;
		}
	}
	free(memo->folder);
	memo->folder = errata__strndup(path, flen);
	memo->config = *out;
	return memo->folder ? 0 : errata__oom();
}


static const char *const status_names[] = { "added", "modified", "deleted", "renamed" };

const char *errata_diff_status_name(errata_diff_status status)
{
	if ((unsigned)status > ERRATA_DIFF_RENAMED)
		return "modified";
	return status_names[status];
}

int errata_path_is_article(const char *path)
{
	static const char *const exts[] = { ".md", ".markdown", ".txt", ".html", ".htm" };
	size_t n = strlen(path);

	for (size_t i = 0; i < sizeof(exts) / sizeof(exts[0]); i++) {
		size_t e = strlen(exts[i]);

		if (n > e && errata__strncasecmp_ascii(path + n - e, exts[i], e) == 0)
			return 1;
	}
	return 0;
}

/* Read a blob whole (NUL-terminated, malloc'd), refusing the oversized. */
static int read_blob(git_repository *git, const git_oid *id, const char *path,
                     char **data, size_t *len)
{
	git_blob *blob = NULL;
	git_object_size_t size;
	int error;

	*data = NULL;
	*len = 0;
	if ((error = git_blob_lookup(&blob, git, id)) < 0)
		return errata__git_error(error, path);
	size = git_blob_rawsize(blob);
	if (size > (git_object_size_t)ERRATA_DOC_DEFAULT_MAX_SIZE) {
		error = errata__error(ERRATA_ETOOBIG, "%s: larger than %zu bytes", path,
		                      (size_t)ERRATA_DOC_DEFAULT_MAX_SIZE);
	} else {
		*data = errata__strndup(git_blob_rawcontent(blob), (size_t)size);
		if (*data)
			*len = (size_t)size;
		else
			error = errata__oom();
	}
	git_blob_free(blob);
	return error;
}

static int is_regular(uint16_t mode)
{
	return mode == GIT_FILEMODE_BLOB || mode == GIT_FILEMODE_BLOB_EXECUTABLE;
}

static int add_file(errata_diff *d, errata_repo *repo, const git_diff_delta *delta,
                    errata_diff_mode mode, int all_files)
{
	errata_diff_file f;
	char *old_data = NULL, *new_data = NULL, *path = NULL, *old_path = NULL;
	size_t old_len = 0, new_len = 0;
	int has_old, has_new, error = 0;

	memset(&f, 0, sizeof(f));
	switch (delta->status) {
	case GIT_DELTA_ADDED:
	case GIT_DELTA_COPIED:
		f.status = ERRATA_DIFF_ADDED;
		break;
	case GIT_DELTA_DELETED:
		f.status = ERRATA_DIFF_DELETED;
		break;
	case GIT_DELTA_MODIFIED:
	case GIT_DELTA_TYPECHANGE:
		f.status = ERRATA_DIFF_MODIFIED;
		break;
	case GIT_DELTA_RENAMED:
		f.status = ERRATA_DIFF_RENAMED;
		break;
	default:
		return 0;  /* untracked, ignored, unreadable, conflicted: not an edit */
	}
	has_old = f.status != ERRATA_DIFF_ADDED && is_regular(delta->old_file.mode);
	has_new = f.status != ERRATA_DIFF_DELETED && is_regular(delta->new_file.mode);
	if (!has_old && !has_new)
		return 0;  /* a symlink or submodule */
	if (!has_old)
		f.status = ERRATA_DIFF_ADDED;
	if (!has_new)
		f.status = ERRATA_DIFF_DELETED;
	if (!all_files && !errata_path_is_article(has_new ? delta->new_file.path : delta->old_file.path))
		return 0;
	path = errata__strdup(has_new ? delta->new_file.path : delta->old_file.path);
	if (has_old && has_new)
		old_path = errata__strdup(delta->old_file.path);
	if (!path || (has_old && has_new && !old_path)) {
		error = errata__oom();
		goto cleanup;
	}
	if (has_old && (error = read_blob(repo->git, &delta->old_file.id,
	                                  delta->old_file.path, &old_data, &old_len)) < 0)
		goto cleanup;
	if (has_new) {
		if (mode == ERRATA_DIFF_WORKTREE) {
			char *full = malloc(strlen(repo->workdir) + strlen(path) + 1);

			if (!full) {
				error = errata__oom();
				goto cleanup;
			}
			strcpy(full, repo->workdir);
			strcat(full, path);
			error = errata__read_file(full, ERRATA_DOC_DEFAULT_MAX_SIZE, &new_data, &new_len);
			free(full);
		} else {
			error = read_blob(repo->git, &delta->new_file.id, path, &new_data, &new_len);
		}
		if (error < 0)
			goto cleanup;
	}
	if (d->count == d->alloc) {
		size_t na = d->alloc ? d->alloc * 2 : 8;
		errata_diff_file *p = realloc(d->files, na * sizeof(*p));

		if (!p) {
			error = errata__oom();
			goto cleanup;
		}
		d->files = p;
		d->alloc = na;
	}
	f.path = path;
	f.old_path = has_old ? (old_path ? old_path : path) : NULL;
	f.old_data = old_data;
	f.old_len = old_len;
	f.new_data = new_data;
	f.new_len = new_len;
	d->files[d->count++] = f;
	path = old_path = old_data = new_data = NULL;
cleanup:
	free(path);
	free(old_path);
	free(old_data);
	free(new_data);
	return error;
}

/* A side's tree, date and id from its commit. */
static int use_commit(git_commit *c, git_tree **tree, errata_date *date, char *id)
{
	int error;

	*date = errata__commit_day(c);
	git_oid_tostr(id, GIT_OID_HEXSZ + 1, git_commit_id(c));
	if ((error = git_commit_tree(tree, c)) < 0)
		error = errata__git_error(error, id);
	return error;
}

/*
 * The two trees to compare for TREES: new_rev's, and old_rev's or, when
 * old_rev is NULL, new_rev's first parent's (none for a root commit).
 */
static int tree_sides(errata_diff *d, errata_repo *repo, const errata_diff_options *opts,
                      git_tree **old_tree, git_tree **new_tree)
{
	git_commit *newc = NULL, *oldc = NULL;
	int error;

	if ((error = errata__repo_commit(repo, opts->new_rev ? opts->new_rev : "HEAD", &newc)) < 0 ||
	    (error = use_commit(newc, new_tree, &d->new_date, d->new_id)) < 0)
		goto cleanup;
	if (opts->old_rev)
		error = errata__repo_commit(repo, opts->old_rev, &oldc);
	else if (git_commit_parentcount(newc) > 0 && errata__repo_shallow(repo, git_commit_id(newc)))
		error = errata__error(ERRATA_ENOTFOUND, "%.12s is the oldest revision in this shallow clone: "
		                      "its parent is not here ('git fetch --deepen=1' fetches it, or name the "
		                      "old revision)", git_oid_tostr_s(git_commit_id(newc)));
	else if (git_commit_parentcount(newc) > 0 && (error = git_commit_parent(&oldc, newc, 0)) < 0)
		error = errata__git_error(error, "reading the parent commit");
	if (!error && oldc)
		error = use_commit(oldc, old_tree, &d->old_date, d->old_id);
cleanup:
	git_commit_free(newc);
	git_commit_free(oldc);
	return error;
}

/* The old tree for CACHED and WORKTREE: old_rev's, or HEAD's (none if unborn). */
static int head_side(errata_diff *d, errata_repo *repo, const char *old_rev, git_tree **tree)
{
	git_commit *c = NULL;
	int error;

	if (!old_rev && git_repository_head_unborn(repo->git) == 1)
		return 0;
	if ((error = errata__repo_commit(repo, old_rev ? old_rev : "HEAD", &c)) < 0)
		return error;
	error = use_commit(c, tree, &d->old_date, d->old_id);
	git_commit_free(c);
	return error;
}

int errata_diff_new(errata_diff **out, errata_repo *repo,
                    const errata_diff_options *opts)
{
	errata_diff_options defaults = ERRATA_DIFF_OPTIONS_INIT;
	git_diff_options dopts;
	git_diff_find_options fopts;
	errata_diff *d = NULL;
	git_tree *old_tree = NULL, *new_tree = NULL;
	git_index *index = NULL;
	git_diff *gd = NULL;
	config_memo memo[2] = { { NULL, 0 }, { NULL, 0 } };
	int error = 0;

	*out = NULL;
	if (!opts)
		opts = &defaults;
	git_diff_options_init(&dopts, GIT_DIFF_OPTIONS_VERSION);
	git_diff_find_options_init(&fopts, GIT_DIFF_FIND_OPTIONS_VERSION);
	if (opts->mode == ERRATA_DIFF_WORKTREE && !repo->workdir)
		return errata__error(ERRATA_EUSAGE, "the repository is bare: it has no working tree");
	d = calloc(1, sizeof(*d));
	if (!d)
		return errata__oom();
	error = opts->mode == ERRATA_DIFF_TREES ? tree_sides(d, repo, opts, &old_tree, &new_tree)
	                                        : head_side(d, repo, opts->old_rev, &old_tree);
	if (error < 0)
		goto cleanup;
	dopts.pathspec.strings = (char **)opts->paths;
	dopts.pathspec.count = opts->paths ? opts->path_count : 0;
	switch (opts->mode) {
	case ERRATA_DIFF_TREES:
		error = git_diff_tree_to_tree(&gd, repo->git, old_tree, new_tree, &dopts);
		break;
	case ERRATA_DIFF_CACHED:
		d->new_date = errata__day_of_time((int64_t)time(NULL), 0);
		if (opts->index_path) {
			/* libgit2 opens a missing index file as an empty one */
			if (access(opts->index_path, R_OK) != 0) {
				error = errata__error(ERRATA_ENOTFOUND, "%s: cannot read the index file",
				                      opts->index_path);
				goto cleanup;
			}
			if ((error = git_index_open(&index, opts->index_path)) < 0) {
				error = errata__git_error(error, opts->index_path);
				goto cleanup;
			}
		} else if ((error = git_repository_index(&index, repo->git)) < 0 ||
		           (error = git_index_read(index, 0)) < 0) {
			/* (re-read: the repository keeps the index it loaded first) */
			error = errata__git_error(error, "reading the index");
			goto cleanup;
		}
		error = git_diff_tree_to_index(&gd, repo->git, old_tree, index, &dopts);
		break;
	case ERRATA_DIFF_WORKTREE:
		d->new_date = errata__day_of_time((int64_t)time(NULL), 0);
		error = git_diff_tree_to_workdir_with_index(&gd, repo->git, old_tree, &dopts);
		break;
	default:
		error = errata__error(ERRATA_EUSAGE, "unknown diff mode %d", (int)opts->mode);
		goto cleanup;
	}
	if (error < 0) {
		error = errata__git_error(error, "comparing the revisions");
		goto cleanup;
	}
	fopts.flags = GIT_DIFF_FIND_RENAMES;
	if ((error = git_diff_find_similar(gd, &fopts)) < 0) {
		error = errata__git_error(error, "finding renamed articles");
		goto cleanup;
	}
	if (!(d->configs = calloc(1, sizeof(*d->configs)))) {
		error = errata__oom();
		goto cleanup;
	}
	d->nconfigs = 1;
	{
		git_tree *new_side = opts->mode == ERRATA_DIFF_TREES ? new_tree : NULL;
		git_index *new_index = opts->mode == ERRATA_DIFF_CACHED ? index : NULL;

		if ((error = config_of(d, repo, new_side, new_index, "article", &memo[0], &d->root_config)) < 0)
			goto cleanup;
		for (size_t i = 0; i < git_diff_num_deltas(gd); i++) {
			size_t before = d->count, *fc;
			const errata_diff_file *f;

			if ((error = add_file(d, repo, git_diff_get_delta(gd, i), opts->mode, opts->all_files)) < 0)
				goto cleanup;
			if (d->count == before)
				continue;
			if (!(fc = realloc(d->file_configs, d->count * 2 * sizeof(*fc)))) {
				error = errata__oom();
				goto cleanup;
			}
			d->file_configs = fc;
			f = &d->files[before];
			fc[2 * before] = fc[2 * before + 1] = 0;
			if ((f->new_data && (error = config_of(d, repo, new_side, new_index, f->path, &memo[0],
			                                       &fc[2 * before])) < 0) ||
			    (f->old_data && (error = config_of(d, repo, old_tree, NULL, f->old_path, &memo[1],
			                                       &fc[2 * before + 1])) < 0))
				goto cleanup;
		}
	}
	*out = d;
	d = NULL;
cleanup:
	free(memo[0].folder);
	free(memo[1].folder);
	git_diff_free(gd);
	git_index_free(index);
	git_tree_free(old_tree);
	git_tree_free(new_tree);
	errata_diff_free(d);
	return error;
}

/* Free every checker; the borrowed diff->checker of per-article configuration too. */
static void drop_checkers(errata_diff *d)
{
	for (size_t i = 0; i < d->nconfigs; i++) {
		errata_checker_free(d->configs[i].checker[0]);
		errata_checker_free(d->configs[i].checker[1]);
		d->configs[i].checker[0] = d->configs[i].checker[1] = NULL;
	}
	if (!d->per_article) {
		errata_checker_free(d->checker);
		errata_checker_free(d->old_checker);
	}
	d->checker = d->old_checker = NULL;
}

void errata_diff_free(errata_diff *diff)
{
	if (!diff)
		return;
	for (size_t i = 0; i < diff->count; i++) {
		errata_diff_file *f = &diff->files[i];

		if (f->old_path != f->path)
			free((char *)f->old_path);
		free((char *)f->path);
		free((char *)f->old_data);
		free((char *)f->new_data);
	}
	free(diff->files);
	drop_checkers(diff);
	for (size_t i = 0; i < diff->nconfigs; i++)
		errata__config_place_dispose(&diff->configs[i].place);
	free(diff->configs);
	free(diff->file_configs);
	free(diff->anchors);
	errata_reports_free(diff->reports);
	free(diff);
}

size_t errata_diff_count(const errata_diff *diff)
{
	return diff ? diff->count : 0;
}

const errata_diff_file *errata_diff_get(const errata_diff *diff, size_t i)
{
	return diff && i < diff->count ? &diff->files[i] : NULL;
}

int errata_diff_article_date(const errata_diff *diff, size_t i, errata_date *date,
                             const char **from)
{
	memset(date, 0, sizeof(*date));
	*from = "none";
	if (!diff || i >= diff->count || !diff->anchors || !diff->anchors[i].from[0])
		return 0;
	*date = diff->anchors[i].date;
	*from = diff->anchors[i].from;
	return 1;
}

errata_date errata_diff_old_date(const errata_diff *diff)
{
	return diff->old_date;
}

errata_date errata_diff_new_date(const errata_diff *diff)
{
	return diff->new_date;
}

const char *errata_diff_old_id(const errata_diff *diff)
{
	return diff->old_id;
}

const char *errata_diff_new_id(const errata_diff *diff)
{
	return diff->new_id;
}

/* ---- introduced and fixed ------------------------------------------------ */

static int compare_fp(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Sorted borrowed fingerprints of list[from..] (NULL, n 0 when none). */
static int fingerprints(const errata_findings *list, size_t from, const char ***out, size_t *n)
{
	size_t count = errata_findings_count(list);

	*n = count > from ? count - from : 0;
	*out = NULL;
	if (*n == 0)
		return 0;
	*out = malloc(*n * sizeof(**out));
	if (!*out)
		return errata__oom();
	for (size_t i = 0; i < *n; i++)
		(*out)[i] = errata_findings_get(list, from + i)->fingerprint;
	qsort(*out, *n, sizeof(**out), compare_fp);
	return 0;
}

static int has_fp(const char *fp, const char **fps, size_t n)
{
	return n && bsearch(&fp, fps, n, sizeof(*fps), compare_fp) != NULL;
}

/*
 * Remove from list[from..] every finding whose fingerprint is in sorted
 * fps. The note that a version had more findings than the limit is never
 * shared: it stays on each side that hit the limit.
 */
static void remove_shared(errata_findings *list, size_t from, const char **fps, size_t n)
{
	size_t i = errata_findings_count(list);

	while (i-- > from) {
		const errata_finding *f = errata_findings_get(list, i);

		if (strcmp(f->rule, "errata.max-findings") != 0 && has_fp(f->fingerprint, fps, n))
			errata_findings_remove(list, i);
	}
}

int errata_diff_match_findings(errata_findings *old_findings, size_t old_from,
                               errata_findings *new_findings, size_t new_from)
{
	const char **old_fps = NULL, **new_fps = NULL;
	char *copies = NULL;
	const char **copy_fps = NULL;
	size_t n_old, n_new;
	int error;

	if ((error = fingerprints(old_findings, old_from, &old_fps, &n_old)) < 0 ||
	    (error = fingerprints(new_findings, new_from, &new_fps, &n_new)) < 0)
		goto cleanup;
	/*
	 * Removing moves the findings (and their inline fingerprints) under
	 * the borrowed pointers: keep a copy of the old side's before.
	 */
	if (n_old) {
		copies = malloc(n_old * 17);
		copy_fps = malloc(n_old * sizeof(*copy_fps));
		if (!copies || !copy_fps) {
			error = errata__oom();
			goto cleanup;
		}
		for (size_t i = 0; i < n_old; i++) {
			memcpy(copies + 17 * i, old_fps[i], 17);
			copy_fps[i] = copies + 17 * i;
		}
	}
	remove_shared(old_findings, old_from, new_fps, n_new);
	remove_shared(new_findings, new_from, copy_fps, n_old);
cleanup:
	free(copies);
	free(copy_fps);
	free(old_fps);
	free(new_fps);
	return error;
}

static int same_date(errata_date a, errata_date b)
{
	return a.year == b.year && a.month == b.month && a.day == b.day;
}

/*
 * The checker of configuration `cfg`, dating undated articles by the new
 * side (0) or the old one (1); built on first use, kept with the config.
 */
/*
 * Per-worker checkers for errata_diff_check_with(): one slot per
 * configuration and side, and two for a diff checked with one
 * configuration (new side, old side); built on first use.
 */
struct errata_diff_checkers {
	errata_checker **slots;
	size_t n;
};

/* Where the checker for configuration cfg and a side lives: w's, or the diff's own. */
static errata_checker **checker_slot(errata_diff *d, errata_diff_checkers *w, size_t cfg,
                                     int old_side)
{
	if (w)
		return &w->slots[d->per_article ? 2 * cfg + (size_t)old_side : 2 * d->nconfigs + (size_t)old_side];
	if (d->per_article)
		return &d->configs[cfg].checker[old_side];
	return old_side ? &d->old_checker : &d->checker;
}

/*
 * The checker for configuration cfg and a side, built on first use. Only
 * the slot (w's, or the diff's own when w is NULL) is written: threads
 * that each pass their own w may share the diff.
 */
static int checker_at(errata_diff *d, errata_diff_checkers *w, size_t cfg, int old_side,
                      errata_checker **out)
{
	errata_checker **slot = checker_slot(d, w, cfg, old_side);
	errata__config *parsed = NULL;
	errata_checker_options o = old_side ? d->copts : d->base;
	int error = 0;

	*out = *slot;
	if (*out)
		return 0;
	if (!d->per_article) {
		error = errata_checker_new(slot, &o);
		*out = *slot;
		return error;
	}
	o.config_path = NULL;
	if (d->configs[cfg].place.data)
		error = errata__config_load_buffer(&parsed, d->configs[cfg].place.name,
		                                   d->configs[cfg].place.data, d->configs[cfg].place.len);
	else if (d->configs[cfg].place.name)
		error = errata__config_load(&parsed, d->configs[cfg].place.name);
	if (error == 0)
		error = errata__checker_new_config(slot, &o, parsed);
	*out = *slot;
	return error;
}

int errata_diff_checkers_new(errata_diff_checkers **out, const errata_diff *diff)
{
	errata_diff_checkers *w = calloc(1, sizeof(*w));

	*out = NULL;
	if (!w)
		return errata__oom();
	w->n = 2 * diff->nconfigs + 2;
	if (!(w->slots = calloc(w->n, sizeof(*w->slots)))) {
		free(w);
		return errata__oom();
	}
	*out = w;
	return 0;
}

void errata_diff_checkers_free(errata_diff_checkers *w)
{
	if (!w)
		return;
	for (size_t i = 0; i < w->n; i++)
		errata_checker_free(w->slots[i]);
	free(w->slots);
	free(w);
}

int errata_diff_use_checker(errata_diff *diff, const errata_checker_options *opts,
                            const errata_checker **checker)
{
	errata_checker_options defaults = ERRATA_CHECKER_OPTIONS_INIT;
	errata_checker_options o;
	int error;

	o = opts ? *opts : defaults;
	/* Each worker writes only its articles' slots: allocated here, before any check. */
	if (!diff->anchors && diff->count &&
	    !(diff->anchors = calloc(diff->count, sizeof(*diff->anchors))))
		return errata__oom();
	diff->dated = o.date.year != 0;
	if (!diff->dated)
		o.revision_date = diff->new_date;
	drop_checkers(diff);
	diff->per_article = o.config_path == NULL;
	diff->base = o;
	diff->copts = o;
	diff->copts.revision_date = diff->old_date;
	if (diff->per_article)
		error = checker_at(diff, NULL, diff->root_config, 0, &diff->checker);
	else
		error = errata_checker_new(&diff->checker, &o);
	if (error < 0)
		return error;
	if (checker)
		*checker = diff->checker;
	return 0;
}

/* Whether the front matter dates the article (so the checker's date is moot). */
static int has_own_date(const errata_doc *doc)
{
	const char *meta = errata_doc_meta(doc, "date");
	errata_date d;
	char iso[11];

	if (!meta || strlen(meta) < 10)
		return 0;
	memcpy(iso, meta, 10);
	iso[10] = '\0';
	return errata_date_parse_iso(iso, &d) == 0;
}

/*
 * Check one version of an article into out, with the checker for its
 * side. The loader's errors (invalid UTF-8, a NUL byte) name the path.
 */
static int check_version(errata_diff *diff, errata_diff_checkers *w, size_t i, int old_side,
                         const char *path, const char *data, size_t len, errata_findings *out)
{
	errata_doc_options dopts = ERRATA_DOC_OPTIONS_INIT;
	errata_checker *checker = NULL;
	errata_doc *doc = NULL;
	size_t cfg = diff->per_article ? diff->file_configs[2 * i + (old_side ? 1 : 0)] : 0;
	int error;

	if ((error = checker_at(diff, w, cfg, 0, &checker)) < 0)
		return error;
	dopts.max_size = errata_checker_max_size(checker);
	if ((error = errata_doc_load_buffer(&doc, path, data, len, &dopts)) < 0)
		return error;
	if (old_side && !diff->dated && !same_date(diff->old_date, diff->new_date) &&
	    !has_own_date(doc))
		error = checker_at(diff, w, cfg, 1, &checker);
	if (!error)
		error = errata_checker_check(checker, doc, out);
	if (!error && !old_side && diff->anchors) {
		diff_anchor *a = &diff->anchors[i];
		const char *from = NULL;

		if ((error = errata_checker_article_date(checker, doc, &a->date, &from)) == 0)
			snprintf(a->from, sizeof(a->from), "%s", from ? from : "none");
	}
	errata_doc_free(doc);
	return error;
}

static int check_file(errata_diff *diff, errata_diff_checkers *w, size_t i, int all,
                      errata_findings *found, errata_findings *fixed, size_t *new_errors);

void errata_diff_set_max_findings(errata_diff *diff, size_t max)
{
	if (diff)
		diff->max_findings = max;
}

int errata_diff_check(errata_diff *diff, size_t i, int all, errata_findings *found,
                      errata_findings *fixed, size_t *new_errors)
{
	return check_file(diff, NULL, i, all, found, fixed, new_errors);
}

int errata_diff_check_with(errata_diff *diff, errata_diff_checkers *checkers, size_t i,
                           int all, errata_findings *found, size_t *new_errors)
{
	if (!checkers || checkers->n != 2 * diff->nconfigs + 2)
		return errata__error(ERRATA_EUSAGE, "checkers not made for this diff");
	return check_file(diff, checkers, i, all, found, NULL, new_errors);
}

static int check_file(errata_diff *diff, errata_diff_checkers *w, size_t i, int all,
                      errata_findings *found, errata_findings *fixed, size_t *new_errors)
{
	const errata_diff_file *f = errata_diff_get(diff, i);
	errata_findings *old = NULL;
	const char **old_fps = NULL;
	size_t from = errata_findings_count(found), old_from = 0, n_old = 0;
	int error = 0;

	if (!f)
		return errata__error(ERRATA_EUSAGE, "no changed article %zu", i);
	if (!diff->checker)
		return errata__error(ERRATA_EUSAGE, "no checker: call errata_diff_use_checker() first");
	if (f->old_data) {
		if (fixed) {
			old = fixed;
			old_from = errata_findings_count(fixed);
		} else if ((error = errata_findings_new(&old)) < 0) {
			return error;
		}
		if (diff->max_findings)
			errata_findings_set_limit(old, old_from + diff->max_findings);
		if (check_version(diff, w, i, 1, f->old_path, f->old_data, f->old_len, old) < 0) {
			/* An old version that cannot be read had nothing to fix. */
			while (errata_findings_count(old) > old_from)
				errata_findings_remove(old, errata_findings_count(old) - 1);
		}
	}
	if (diff->max_findings)
		errata_findings_set_limit(found, from + diff->max_findings);
	if (f->new_data &&
	    (error = check_version(diff, w, i, 0, f->path, f->new_data, f->new_len, found)) < 0)
		goto cleanup;
	if (old && (error = fingerprints(old, old_from, &old_fps, &n_old)) < 0)
		goto cleanup;
	if (new_errors) {
		for (size_t k = from; k < errata_findings_count(found); k++) {
			const errata_finding *g = errata_findings_get(found, k);

			*new_errors += g->severity == ERRATA_SEVERITY_ERROR &&
			               !has_fp(g->fingerprint, old_fps, n_old);
		}
	}
	if (old && !all) {
		error = errata_diff_match_findings(old, old_from, found, from);
	} else if (old && fixed) {
		/* Keep every new finding; still leave in `fixed` only what went. */
		const char **new_fps = NULL;
		size_t n_new = 0;

		if ((error = fingerprints(found, from, &new_fps, &n_new)) == 0)
			remove_shared(fixed, old_from, new_fps, n_new);
		free(new_fps);
	}
cleanup:
	free(old_fps);
	if (old != fixed)
		errata_findings_free(old);
	return error;
}

/* Whether normalised text nt contains the report's quote (1, 0, or < 0). */
static int quote_in(const errata_buf *nt, const char *quote)
{
	errata_buf q = ERRATA_BUF_INIT;
	int found, error;

	if ((error = errata__quote_normalize(quote, strlen(quote), &q, NULL)) < 0)
		return error;
	found = q.size > 0 && nt->ptr && errata__quote_in(nt->ptr, nt->size, q.ptr, q.size);
	errata_buf_dispose(&q);
	return found;
}

int errata_diff_resolved_reports(errata_diff *diff, errata_repo *repo, size_t i,
                                 const errata_report ***out, size_t *count)
{
	const errata_diff_file *f = errata_diff_get(diff, i);
	errata_buf old_text = ERRATA_BUF_INIT, new_text = ERRATA_BUF_INIT;
	const errata_report **list = NULL;
	size_t n = 0;
	int error = 0;

	*out = NULL;
	*count = 0;
	if (!f)
		return errata__error(ERRATA_EUSAGE, "no changed article %zu", i);
	if (!f->old_data)
		return 0;  /* an added article had nothing to report */
	if (!diff->reports && (error = errata_reports_load(&diff->reports, repo)) < 0)
		return error;
	for (size_t k = 0; k < errata_reports_count(diff->reports); k++) {
		const errata_report *r = errata_reports_get(diff->reports, k);
		int in_old, in_new = 0;

		if (!r->path || !r->quote || (strcmp(r->path, f->old_path) != 0 && strcmp(r->path, f->path) != 0) ||
		    !r->status || (strcmp(r->status, "open") != 0 && strcmp(r->status, "confirmed") != 0))
			continue;
		if (!old_text.ptr &&
		    ((error = errata__quote_normalize(f->old_data, f->old_len, &old_text, NULL)) < 0 ||
		     (f->new_data && (error = errata__quote_normalize(f->new_data, f->new_len, &new_text, NULL)) < 0)))
			goto cleanup;
		if ((in_old = quote_in(&old_text, r->quote)) < 0 ||
		    (f->new_data && (in_new = quote_in(&new_text, r->quote)) < 0)) {
			error = in_old < 0 ? in_old : in_new;
			goto cleanup;
		}
		if (!in_old || in_new)
			continue;
		if (!list && !(list = calloc(errata_reports_count(diff->reports), sizeof(*list)))) {
			error = errata__oom();
			goto cleanup;
		}
		list[n++] = r;
	}
	*out = list;
	*count = n;
	list = NULL;
cleanup:
	free(list);
	errata_buf_dispose(&old_text);
	errata_buf_dispose(&new_text);
	return error;
}

int errata_repo_hooks_dir(errata_repo *repo, char **out)
{
	git_config *cfg = NULL;
	git_buf value = { NULL, 0, 0 };
	const char *common;
	errata_buf path = ERRATA_BUF_INIT;
	int error;

	*out = NULL;
	if ((error = git_repository_config_snapshot(&cfg, repo->git)) < 0)
		return errata__git_error(error, "reading the repository configuration");
	error = git_config_get_path(&value, cfg, "core.hooksPath");
	if (error == 0 && value.ptr && value.ptr[0]) {
		if (value.ptr[0] != '/' && repo->workdir)
			error = errata_buf_puts(&path, repo->workdir);
		if (!error)
			error = errata_buf_puts(&path, value.ptr);
	} else {
		common = git_repository_commondir(repo->git);
		error = errata_buf_printf(&path, "%s%shooks", common,
		                          common[0] && common[strlen(common) - 1] == '/' ? "" : "/");
	}
	while (!error && path.size > 1 && path.ptr[path.size - 1] == '/')
		path.ptr[--path.size] = '\0';
	if (!error)
		*out = errata_buf_detach(&path);
	errata_buf_dispose(&path);
	git_buf_dispose(&value);
	git_config_free(cfg);
	return error;
}
