/*
 * walk.c: expanding command-line paths into article files (see walk.h).
 * Each folder is read whole and sorted before it is visited, so memory
 * follows the largest folder and the depth, not the size of the tree.
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "cmd.h"
#include "walk.h"

static const char *const article_exts[] = { ".md", ".markdown", ".txt", ".html", ".htm" };

int walk_is_article(const char *name)
{
	size_t len = strlen(name);

	for (size_t i = 0; i < sizeof(article_exts) / sizeof(article_exts[0]); i++) {
		size_t n = strlen(article_exts[i]);

		if (len > n && strcasecmp(name + len - n, article_exts[i]) == 0)
			return 1;
	}
	return 0;
}

static char *join(const char *dir, const char *name)
{
	size_t dl = strlen(dir), nl = strlen(name);
	char *p;

	if (strcmp(dir, ".") == 0)
		dl = 0;
	p = malloc(dl + nl + 2);
	if (!p)
		return NULL;
	memcpy(p, dir, dl);
	if (dl && dir[dl - 1] != '/')
		p[dl++] = '/';
	memcpy(p + dl, name, nl + 1);
	return p;
}

/* A folder entry: its name and what readdir() says it is (DT_*). */
struct entry {
	char *name;
	unsigned char type;
};

static int compare_entries(const void *a, const void *b)
{
	return strcmp(((const struct entry *)a)->name, ((const struct entry *)b)->name);
}

/* Read a folder's visible entries, sorted by name. */
static int list_folder(const char *path, struct entry **out, size_t *count, int *err)
{
	DIR *d = opendir(path);
	struct dirent *e;
	struct entry *list = NULL;
	size_t n = 0, alloc = 0;

	*out = NULL;
	*count = 0;
	if (!d) {
		*err = errno;
		return -1;
	}
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		if (n == alloc) {
			size_t na = alloc ? alloc * 2 : 32;
			struct entry *p = realloc(list, na * sizeof(*p));

			if (!p)
				goto oom;
			list = p;
			alloc = na;
		}
		if (!(list[n].name = strdup(e->d_name)))
			goto oom;
		list[n].type = e->d_type;
		n++;
	}
	closedir(d);
	if (n)
		qsort(list, n, sizeof(*list), compare_entries);
	*out = list;
	*count = n;
	return 0;
oom:
	closedir(d);
	while (n)
		free(list[--n].name);
	free(list);
	*err = ENOMEM;
	return -1;
}

static int walk_folder(const char *path, const struct walk_callbacks *cb)
{
	struct entry *list = NULL;
	size_t count = 0, i;
	int err = 0, result = 0;

	if (list_folder(path, &list, &count, &err) < 0) {
		if (cb->error)
			cb->error(path, cmd_strerror(err), cb->ud);
		return 0;
	}
	for (i = 0; i < count && !result; i++) {
		char *child = join(path, list[i].name);
		int article = walk_is_article(list[i].name);
		struct stat st;

		if (!child) {
			if (cb->error)
				cb->error(path, cmd_strerror(ENOMEM), cb->ud);
			break;
		}
		/* readdir() usually says what an entry is; stat() only when it does not. */
		if (list[i].type == DT_DIR) {
			result = walk_folder(child, cb);
		} else if (list[i].type == DT_REG) {
			if (article)
				result = cb->file(child, cb->ud);
		} else if (list[i].type == DT_LNK || list[i].type == DT_UNKNOWN) {
			if (stat(child, &st) != 0) {
				/* A dangling link or a file gone meanwhile: report articles only. */
				if (article)
					result = cb->file(child, cb->ud);
			} else if (S_ISDIR(st.st_mode)) {
				struct stat lst;

				/* Links to folders are not followed (no loops). */
				if (list[i].type == DT_UNKNOWN && lstat(child, &lst) == 0 &&
				    !S_ISLNK(lst.st_mode))
					result = walk_folder(child, cb);
			} else if (S_ISREG(st.st_mode) && article) {
				result = cb->file(child, cb->ud);
			}
		}
		free(child);
	}
	for (i = 0; i < count; i++)
		free(list[i].name);
	free(list);
	return result;
}

int walk_path(const char *path, const struct walk_callbacks *cb)
{
	struct stat st;

	if (strcmp(path, "-") != 0 && stat(path, &st) == 0 && S_ISDIR(st.st_mode))
		return walk_folder(path, cb);
	return cb->file(path, cb->ud);
}
