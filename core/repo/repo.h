/*
 * core/repo/repo.h: what core files that speak libgit2 share: the
 * errata_repo struct and the translation of libgit2 errors.
 */
#ifndef ERRATA_CORE_REPO_H
#define ERRATA_CORE_REPO_H

#include "repo/libgit2.h"
#include "errata/dates.h"
#include "errata/repo.h"

struct errata_repo {
	git_repository *git;
	char *workdir;   /* with trailing '/', or NULL when bare */
	char *gitdir;
	git_oid *shallow;    /* a shallow clone's boundary commits, sorted */
	size_t nshallow;
	int shallow_read;    /* 1 once <commondir>/shallow was read */
};

/*
 * Translate a libgit2 failure into an errata code and message:
 * "<what>: <libgit2's message>". Returns the errata code.
 */
int errata__git_error(int gitcode, const char *what);

/*
 * Whether `commit` is a boundary commit of a shallow clone (listed in
 * <commondir>/shallow): its parents are not in this clone, so a walk of
 * history must stop there. 0 in a complete clone.
 */
int errata__repo_shallow(errata_repo *repo, const git_oid *commit);

/* Whether the repository is a shallow clone. */
int errata__repo_is_shallow(errata_repo *repo);

/* The day of a time in seconds, offset_minutes east of UTC. */
errata_date errata__day_of_time(int64_t t, int offset_minutes);

/* The commit's day in its committer's own time zone: the article's date
 * in diff, ci, log and blame when the article names none. */
errata_date errata__commit_day(const git_commit *c);

/* Peel a revision expression to a commit (caller frees with git_commit_free). */
int errata__repo_commit(errata_repo *repo, const char *rev, git_commit **out);

/* Read `path` from a commit's tree (blob content, malloc'd, NUL-terminated). */
int errata__repo_read_commit(errata_repo *repo, git_commit *commit,
                             const char *path, char **data, size_t *len);

#endif
