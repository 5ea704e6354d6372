/*
 * core/repo/config_tree.h: the .errata.json that applies to an article
 * read from a revision's tree, the staged index or the working tree: one
 * resolution for every command (see config_tree.c).
 */
#ifndef ERRATA_CORE_CONFIG_TREE_H
#define ERRATA_CORE_CONFIG_TREE_H

#include "repo/libgit2.h"
#include "repo/repo.h"
#include "errata/checker.h"

typedef struct {
	char *key;    /* "blob:<id>" or "file:<path>"; NULL when no configuration applies */
	char *name;   /* a path on disk: the file, or where the blob sits in the working
	                 tree (its rule folders and fact sheets are found from there) */
	char *data;   /* the blob's content; NULL for a file (read it from name) */
	size_t len;
} errata__config_place;

/*
 * The configuration of `path` (repository-relative) as read from `tree`,
 * else from `index`, else (both NULL) from the working tree. *out is
 * filled, with key NULL when none applies. Release with
 * errata__config_place_dispose().
 */
int errata__config_locate(errata__config_place *out, errata_repo *repo, git_tree *tree,
                          git_index *index, const char *path);
void errata__config_place_dispose(errata__config_place *p);

/* Checkers by configuration, for versions of articles read from trees. */
typedef struct {
	char **keys;
	errata_checker **checkers;
	size_t n;
} errata__checker_cache;

void errata__checker_cache_dispose(errata__checker_cache *cache);

/*
 * The checker for `path` as read from `tree`: `plain` (the caller's, built
 * without a configuration; may be NULL) when no .errata.json applies, else
 * one built with default options and the configuration that applies, kept
 * in the cache for the next version that shares it.
 */
int errata__checker_for(errata__checker_cache *cache, errata_repo *repo, git_tree *tree,
                        const char *path, errata_checker *plain, errata_checker **out);

#endif
