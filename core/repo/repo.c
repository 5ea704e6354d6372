/*
 * repo.c: opening an article repository through libgit2, resolving
 * revisions, reading an article at a revision, and translating libgit2's
 * errors into errata's.
 */
#include "repo/repo.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "common.h"

int errata__git_error(int gitcode, const char *what)
{
	/* NULL before libgit2 is loaded: no libgit2 call can have failed then. */
	const git_error *e = git_error_last ? git_error_last() : NULL;
	const char *msg = e && e->message ? e->message : "unknown libgit2 error";
	int code;

	switch (gitcode) {
	case GIT_ENOTFOUND: code = ERRATA_ENOTFOUND; break;
	case GIT_EAMBIGUOUS: code = ERRATA_EAMBIGUOUS; break;
	case GIT_ELOCKED: code = ERRATA_ELOCKED; break;
	case GIT_EMODIFIED:
	case GIT_ECONFLICT: code = ERRATA_ECONFLICT; break;
	case GIT_EINVALIDSPEC:
	case GIT_EINVALID: code = ERRATA_EINVALID; break;
	default: code = ERRATA_ERROR; break;
	}
	return errata__error(code, "%s: %s", what, msg);
}

static char *with_slash(const char *s)
{
	size_t n = strlen(s);
	char *p = malloc(n + 2);

	if (!p)
		return NULL;
	memcpy(p, s, n);
	if (n == 0 || s[n - 1] != '/')
		p[n++] = '/';
	p[n] = '\0';
	return p;
}

int errata_repo_open(errata_repo **out, const char *path)
{
	errata_repo *repo = NULL;
	int error;

	*out = NULL;
	/* Loads libgit2: everything that holds a repository may call it. */
	if ((error = errata__git_init()) < 0)
		return error;
	repo = calloc(1, sizeof(*repo));
	if (!repo)
		return errata__oom();
	error = git_repository_open_ext(&repo->git, path ? path : ".", 0, NULL);
	if (error < 0) {
		error = error == GIT_ENOTFOUND
			? errata__error(ERRATA_ENOTFOUND, "%s: not in a git repository", path ? path : ".")
			: errata__git_error(error, path ? path : ".");
		goto cleanup;
	}
	if (git_repository_workdir(repo->git)) {
		repo->workdir = with_slash(git_repository_workdir(repo->git));
		if (!repo->workdir) {
			error = errata__oom();
			goto cleanup;
		}
	}
	repo->gitdir = with_slash(git_repository_path(repo->git));
	if (!repo->gitdir) {
		error = errata__oom();
		goto cleanup;
	}
	*out = repo;
	repo = NULL;
cleanup:
	errata_repo_free(repo);
	return error;
}

void errata_repo_free(errata_repo *repo)
{
	if (!repo)
		return;
	git_repository_free(repo->git);
	free(repo->workdir);
	free(repo->gitdir);
	free(repo->shallow);
	free(repo);
}

static int cmp_oid(const void *a, const void *b)
{
	return git_oid_cmp(a, b);
}

/* Read <commondir>/shallow once: one commit id a line. */
static int read_shallow(errata_repo *repo)
{
	const char *common = git_repository_commondir(repo->git);
	char *path, line[128];
	size_t cap = 0;
	FILE *f;
	int error = 0;

	repo->shallow_read = 1;
	if (!common || !(path = malloc(strlen(common) + sizeof("shallow"))))
		return common ? errata__oom() : 0;
	sprintf(path, "%sshallow", common);
	f = fopen(path, "r");
	free(path);
	if (!f)
		return 0;
	while (error == 0 && fgets(line, sizeof(line), f)) {
		git_oid id;

		if (strlen(line) < GIT_OID_HEXSZ || git_oid_fromstrn(&id, line, GIT_OID_HEXSZ) < 0)
			continue;
		if (repo->nshallow == cap) {
			size_t ncap = cap ? cap * 2 : 8;
			git_oid *p = realloc(repo->shallow, ncap * sizeof(*p));

			if (!p) {
				error = errata__oom();
				break;
			}
			repo->shallow = p;
			cap = ncap;
		}
		repo->shallow[repo->nshallow++] = id;
	}
	fclose(f);
	git_error_clear();
	if (repo->nshallow)
		qsort(repo->shallow, repo->nshallow, sizeof(*repo->shallow), cmp_oid);
	return error;
}

int errata__repo_is_shallow(errata_repo *repo)
{
	if (!repo->shallow_read && read_shallow(repo) < 0)
		errata__error_clear();
	return repo->nshallow > 0;
}

int errata__repo_shallow(errata_repo *repo, const git_oid *commit)
{
	if (!repo->shallow_read && read_shallow(repo) < 0)
		errata__error_clear();
	return repo->nshallow &&
	       bsearch(commit, repo->shallow, repo->nshallow, sizeof(*repo->shallow), cmp_oid) != NULL;
}

const char *errata_repo_workdir(const errata_repo *repo)
{
	return repo->workdir;
}

const char *errata_repo_gitdir(const errata_repo *repo)
{
	return repo->gitdir;
}

int errata__repo_commit(errata_repo *repo, const char *rev, git_commit **out)
{
	git_object *obj = NULL;
	int error;

	*out = NULL;
	error = git_revparse_single(&obj, repo->git, rev);
	if (error < 0) {
		if ((error == GIT_ENOTFOUND || error == GIT_EINVALIDSPEC) && errata__repo_is_shallow(repo))
			return errata__error(ERRATA_ENOTFOUND, "unknown revision '%s' (this clone is shallow: "
			                     "revisions older than its oldest are not here; 'git fetch --unshallow' "
			                     "fetches them)", rev);
		if (error == GIT_ENOTFOUND || error == GIT_EINVALIDSPEC)
			return errata__error(ERRATA_ENOTFOUND, "unknown revision '%s'", rev);
		return errata__git_error(error, rev);
	}
	error = git_object_peel((git_object **)out, obj, GIT_OBJECT_COMMIT);
	git_object_free(obj);
	if (error < 0)
		return errata__error(ERRATA_ENOTFOUND, "'%s' does not name a commit", rev);
	return 0;
}

int errata_repo_resolve(errata_repo *repo, const char *rev, errata_oid *out)
{
	git_commit *c = NULL;
	int error = errata__repo_commit(repo, rev, &c);

	if (error < 0)
		return error;
	git_oid_tostr(out->hex, sizeof(out->hex), git_commit_id(c));
	git_commit_free(c);
	return 0;
}

int errata__repo_read_commit(errata_repo *repo, git_commit *commit,
                             const char *path, char **data, size_t *len)
{
	git_tree *tree = NULL;
	git_tree_entry *entry = NULL;
	git_blob *blob = NULL;
	char id[GIT_OID_HEXSZ + 1];
	int error;

	*data = NULL;
	*len = 0;
	git_oid_tostr(id, sizeof(id), git_commit_id(commit));
	if ((error = git_commit_tree(&tree, commit)) < 0) {
		error = errata__git_error(error, id);
		goto cleanup;
	}
	if ((error = git_tree_entry_bypath(&entry, tree, path)) < 0) {
		error = errata__error(ERRATA_ENOTFOUND, "%s: not in revision %.12s", path, id);
		goto cleanup;
	}
	if (git_tree_entry_type(entry) != GIT_OBJECT_BLOB) {
		error = errata__error(ERRATA_EINVALID, "%s: not a file in revision %.12s", path, id);
		goto cleanup;
	}
	if ((error = git_blob_lookup(&blob, repo->git, git_tree_entry_id(entry))) < 0) {
		error = errata__git_error(error, path);
		goto cleanup;
	}
	*len = (size_t)git_blob_rawsize(blob);
	*data = errata__strndup(git_blob_rawcontent(blob), *len);
	if (!*data) {
		*len = 0;
		error = errata__oom();
	}
cleanup:
	git_blob_free(blob);
	git_tree_entry_free(entry);
	git_tree_free(tree);
	return error;
}

int errata_repo_read(errata_repo *repo, const char *rev, const char *path,
                     char **data, size_t *len)
{
	git_commit *c = NULL;
	int error = errata__repo_commit(repo, rev, &c);

	if (error < 0)
		return error;
	error = errata__repo_read_commit(repo, c, path, data, len);
	git_commit_free(c);
	return error;
}

int errata_repo_relpath(errata_repo *repo, const char *path, char **out)
{
	char cwd[PATH_MAX], *abs = NULL, *p, *q;
	size_t wl;
	int error = 0;

	*out = NULL;
	if (!repo->workdir)
		return errata__error(ERRATA_EINVALID, "%s: the repository is bare; give a path from its top", path);
	if (path[0] == '/') {
		abs = errata__strdup(path);
	} else {
		if (!getcwd(cwd, sizeof(cwd)))
			return errata__error(ERRATA_EIO, "cannot read the current folder");
		abs = malloc(strlen(cwd) + strlen(path) + 2);
		if (abs)
			sprintf(abs, "%s/%s", cwd, path);
	}
	if (!abs)
		return errata__oom();
	/* Fold "//", "/./" and "/x/../" lexically. */
	for (p = q = abs; *p;) {
		if (p[0] == '/' && p[1] == '/') {
			p++;
		} else if (p[0] == '/' && p[1] == '.' && (p[2] == '/' || p[2] == '\0')) {
			p += 2;
		} else if (p[0] == '/' && p[1] == '.' && p[2] == '.' && (p[3] == '/' || p[3] == '\0')) {
			while (q > abs && *--q != '/')
				;
			p += 3;
		} else {
			*q++ = *p++;
		}
	}
	*q = '\0';
	wl = strlen(repo->workdir);
	/* The workdir may be reached through a symlink: compare real paths. */
	{
		char *realw = realpath(repo->workdir, NULL);
		char *reala = NULL, *dir = errata__strdup(abs), *slash, *base;

		if (!realw || !dir) {
			free(realw);
			free(dir);
			free(abs);
			return errata__oom();
		}
		slash = strrchr(dir, '/');
		base = slash ? slash + 1 : dir;
		if (slash && slash != dir) {
			*slash = '\0';
			reala = realpath(dir, NULL);
		}
		if (reala) {
			char *joined = malloc(strlen(reala) + strlen(base) + 2);

			if (joined) {
				sprintf(joined, "%s/%s", reala, base);
				free(abs);
				abs = joined;
			}
			free(reala);
		}
		wl = strlen(realw);
		if (strncmp(abs, realw, wl) == 0 && (abs[wl] == '/' || abs[wl] == '\0')) {
			*out = errata__strdup(abs[wl] == '/' ? abs + wl + 1 : abs + wl);
			if (!*out)
				error = errata__oom();
		} else {
			error = errata__error(ERRATA_EINVALID, "%s: outside the repository %s", path, repo->workdir);
		}
		free(realw);
		free(dir);
	}
	free(abs);
	return error;
}

int errata_repo_commit_info(errata_repo *repo, const char *rev,
                            errata_commit_info *out)
{
	git_commit *c = NULL;
	const git_signature *sig;
	const char *summary;
	int error;

	memset(out, 0, sizeof(*out));
	if ((error = errata__repo_commit(repo, rev, &c)) < 0)
		return error;
	git_oid_tostr(out->id.hex, sizeof(out->id.hex), git_commit_id(c));
	sig = git_commit_author(c);
	summary = git_commit_summary(c);
	out->author = errata__strdup(sig && sig->name ? sig->name : "");
	out->email = errata__strdup(sig && sig->email ? sig->email : "");
	out->time = sig ? (int64_t)sig->when.time : 0;
	out->offset_minutes = sig ? sig->when.offset : 0;
	out->subject = errata__strdup(summary ? summary : "");
	git_commit_free(c);
	if (!out->author || !out->email || !out->subject) {
		errata_commit_info_dispose(out);
		return errata__oom();
	}
	return 0;
}

void errata_commit_info_dispose(errata_commit_info *info)
{
	free(info->author);
	free(info->email);
	free(info->subject);
	info->author = info->email = info->subject = NULL;
}

errata_date errata__day_of_time(int64_t t, int offset_minutes)
{
	errata_date d = { 0, 0, 0 };
	time_t tt = (time_t)(t + (int64_t)offset_minutes * 60);
	struct tm tm;

	if (gmtime_r(&tt, &tm)) {
		d.year = tm.tm_year + 1900;
		d.month = tm.tm_mon + 1;
		d.day = tm.tm_mday;
	}
	return d;
}

errata_date errata__commit_day(const git_commit *c)
{
	return errata__day_of_time((int64_t)git_commit_time(c), git_commit_time_offset(c));
}
