/*
 * config_tree.c: which .errata.json applies to an article read from git,
 * found the way `check` finds it for a file on disk, so that `check`,
 * `diff`, `ci` and the pre-commit hook agree: the .errata.json nearest to
 * the article's folder, walking up, in the same tree the article is read
 * from (a revision's tree, or the staged index); when that tree holds
 * none, the one above the working tree, as errata_config_find() finds it
 * from there. A version read from the working tree uses
 * errata_config_find() from its folder, exactly as `check` does.
 */
#include "repo/config_tree.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "errata/checker.h"
#include "rules/config.h"

#define CONFIG_NAME ".errata.json"
#define CONFIG_MAX ((size_t)1 << 20)

void errata__config_place_dispose(errata__config_place *p)
{
	free(p->key);
	free(p->name);
	free(p->data);
	memset(p, 0, sizeof(*p));
}

/* "<workdir><rel>", or rel itself in a bare repository; malloc'd. */
static char *on_disk(errata_repo *repo, const char *rel)
{
	const char *top = repo->workdir ? repo->workdir : "";
	char *s = malloc(strlen(top) + strlen(rel) + 1);

	if (s)
		sprintf(s, "%s%s", top, rel);
	return s;
}

/* A configuration file found on disk at `path` (taken over). */
static int place_file(errata__config_place *out, char *path)
{
	out->key = malloc(strlen(path) + 6);
	if (!out->key) {
		free(path);
		return errata__oom();
	}
	sprintf(out->key, "file:%s", path);
	out->name = path;
	return 0;
}

/* The blob `id` as the configuration stored at `rel`. */
static int place_blob(errata__config_place *out, errata_repo *repo, const git_oid *id,
                      const char *rel)
{
	git_blob *blob = NULL;
	int error;

	if ((error = git_blob_lookup(&blob, repo->git, id)) < 0)
		return errata__git_error(error, rel);
	if ((size_t)git_blob_rawsize(blob) > CONFIG_MAX) {
		git_blob_free(blob);
		return errata__error(ERRATA_ETOOBIG, "%s: larger than %zu bytes", rel, CONFIG_MAX);
	}
	out->len = (size_t)git_blob_rawsize(blob);
	out->data = errata__strndup(git_blob_rawcontent(blob), out->len);
	out->key = malloc(GIT_OID_HEXSZ + 6);
	out->name = on_disk(repo, rel);
	if (out->key)
		sprintf(out->key, "blob:%s", git_oid_tostr_s(id));
	git_blob_free(blob);
	if (!out->data || !out->key || !out->name) {
		errata__config_place_dispose(out);
		return errata__oom();
	}
	return 0;
}

/* The regular-file blob at `rel` in the tree or the index: 1 and *id, or 0. */
static int lookup(git_tree *tree, git_index *index, const char *rel, git_oid *id)
{
	if (tree) {
		git_tree_entry *e = NULL;
		int found = git_tree_entry_bypath(&e, tree, rel) == 0 &&
		            (git_tree_entry_filemode(e) == GIT_FILEMODE_BLOB ||
		             git_tree_entry_filemode(e) == GIT_FILEMODE_BLOB_EXECUTABLE);

		if (found)
			git_oid_cpy(id, git_tree_entry_id(e));
		git_tree_entry_free(e);
		git_error_clear();
		return found;
	}
	if (index) {
		const git_index_entry *e = git_index_get_bypath(index, rel, 0);

		if (e && (e->mode == GIT_FILEMODE_BLOB || e->mode == GIT_FILEMODE_BLOB_EXECUTABLE)) {
			git_oid_cpy(id, &e->id);
			return 1;
		}
	}
	return 0;
}

int errata__config_locate(errata__config_place *out, errata_repo *repo, git_tree *tree,
                          git_index *index, const char *path)
{
	const char *slash = strrchr(path, '/');
	size_t flen = slash ? (size_t)(slash - path) : 0;
	char *rel = malloc(flen + sizeof("/" CONFIG_NAME)), *found = NULL;
	int error = 0;

	memset(out, 0, sizeof(*out));
	if (!rel)
		return errata__oom();
	if (!tree && !index) {
		/* The working tree: from the article's folder, as check does. */
		memcpy(rel, path, flen);
		rel[flen] = '\0';
		free(found);
		if (!(found = on_disk(repo, flen ? rel : "."))) {
			error = errata__oom();
		} else {
			char *dir = found;

			found = NULL;
			error = errata_config_find(&found, dir);
			free(dir);
			if (error == 0 && found)
				error = place_file(out, found);
		}
		free(rel);
		return error;
	}
	for (;;) {
		git_oid id;

		memcpy(rel, path, flen);
		sprintf(rel + flen, "%s" CONFIG_NAME, flen ? "/" : "");
		if (lookup(tree, index, rel, &id)) {
			error = place_blob(out, repo, &id, rel);
			free(rel);
			return error;
		}
		if (flen == 0)
			break;
		while (flen > 0 && path[flen - 1] != '/')
			flen--;
		if (flen > 0)
			flen--;   /* drop the slash: the parent folder */
	}
	free(rel);
	/* None in the tree: the one above the working tree, as check finds it. */
	if (repo->workdir) {
		char *above = malloc(strlen(repo->workdir) + 4);

		if (!above)
			return errata__oom();
		sprintf(above, "%s..", repo->workdir);
		error = errata_config_find(&found, above);
		free(above);
		if (error == 0 && found)
			error = place_file(out, found);
	}
	return error;
}

void errata__checker_cache_dispose(errata__checker_cache *cache)
{
	for (size_t i = 0; i < cache->n; i++) {
		free(cache->keys[i]);
		errata_checker_free(cache->checkers[i]);
	}
	free(cache->keys);
	free(cache->checkers);
	memset(cache, 0, sizeof(*cache));
}

int errata__checker_for(errata__checker_cache *cache, errata_repo *repo, git_tree *tree,
                        const char *path, errata_checker *plain, errata_checker **out)
{
	errata__config_place p;
	errata__config *parsed = NULL;
	char **keys;
	errata_checker **checkers;
	int error;

	*out = plain;
	if ((error = errata__config_locate(&p, repo, tree, NULL, path)) < 0 || !p.key)
		return error;
	for (size_t i = 0; i < cache->n; i++)
		if (strcmp(cache->keys[i], p.key) == 0) {
			*out = cache->checkers[i];
			errata__config_place_dispose(&p);
			return 0;
		}
	keys = realloc(cache->keys, (cache->n + 1) * sizeof(*keys));
	if (keys)
		cache->keys = keys;
	checkers = keys ? realloc(cache->checkers, (cache->n + 1) * sizeof(*checkers)) : NULL;
	if (checkers)
		cache->checkers = checkers;
	if (!keys || !checkers) {
		errata__config_place_dispose(&p);
		return errata__oom();
	}
	error = p.data ? errata__config_load_buffer(&parsed, p.name, p.data, p.len)
	               : errata__config_load(&parsed, p.name);
	if (error == 0 && (error = errata__checker_new_config(&cache->checkers[cache->n], NULL, parsed)) == 0) {
		cache->keys[cache->n] = p.key;
		p.key = NULL;
		*out = cache->checkers[cache->n++];
	}
	errata__config_place_dispose(&p);
	return error;
}
