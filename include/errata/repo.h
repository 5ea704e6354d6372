/*
 * errata/repo.h: the article repository (any git repository), read through
 * libgit2: resolving revisions and reading an article at a revision.
 * Nothing here touches the working tree or the index unless it says so.
 */
#ifndef ERRATA_REPO_H
#define ERRATA_REPO_H

#include <stddef.h>
#include <stdint.h>
#include "errata/common.h"

typedef struct errata_repo errata_repo;

/* A full commit id as 40 hex digits and a NUL. */
typedef struct {
	char hex[41];
} errata_oid;

/*
 * Open the repository that contains `path` (a folder or file; discovery
 * walks upward as git does). ERRATA_ENOTFOUND if there is none.
 */
ERRATA_API int errata_repo_open(errata_repo **out, const char *path);
ERRATA_API void errata_repo_free(errata_repo *repo);

/* The working directory with a trailing '/', or NULL for a bare repository. */
ERRATA_API const char *errata_repo_workdir(const errata_repo *repo);
/* The .git directory with a trailing '/'. */
ERRATA_API const char *errata_repo_gitdir(const errata_repo *repo);

/*
 * Resolve a revision expression ("HEAD", "main~2", a hex prefix) to a
 * commit. ERRATA_ENOTFOUND for an unknown revision, ERRATA_EAMBIGUOUS for
 * an ambiguous prefix.
 */
ERRATA_API int errata_repo_resolve(errata_repo *repo, const char *rev, errata_oid *out);

/*
 * Turn a path given on the command line (relative to the current folder,
 * or absolute) into a path relative to the repository's top, with '/'
 * separators. *out is malloc'd (free()).
 */
ERRATA_API int errata_repo_relpath(errata_repo *repo, const char *path, char **out);

/*
 * Read the article at `path` (repository-relative) in commit `rev`.
 * ERRATA_ENOTFOUND if the commit has no such file. *data is malloc'd and
 * NUL-terminated (free()).
 */
ERRATA_API int errata_repo_read(errata_repo *repo, const char *rev, const char *path,
                                char **data, size_t *len);

/* A commit's author name, author time (seconds since the epoch, and the
 * offset in minutes) and subject line. Strings are malloc'd (free()). */
typedef struct {
	errata_oid id;
	char *author;
	char *email;
	int64_t time;
	int offset_minutes;
	char *subject;
} errata_commit_info;

ERRATA_API int errata_repo_commit_info(errata_repo *repo, const char *rev,
                                       errata_commit_info *out);
ERRATA_API void errata_commit_info_dispose(errata_commit_info *info);

#endif
