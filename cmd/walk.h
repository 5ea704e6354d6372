/*
 * cmd/walk.h: turning the paths given on a command line into the article
 * files to read. A folder is walked recursively in sorted order for
 * article files; a file named on the command line is taken whatever its
 * extension.
 */
#ifndef ERRATA_CMD_WALK_H
#define ERRATA_CMD_WALK_H

/* Whether a file name ends in .md, .markdown, .txt, .html or .htm (any case). */
int walk_is_article(const char *name);

struct walk_callbacks {
	/* Called for every file; a nonzero return stops the walk and is returned. */
	int (*file)(const char *path, void *ud);
	/* Called when a folder cannot be read; the walk goes on. */
	void (*error)(const char *path, const char *message, void *ud);
	void *ud;
};

/*
 * Visit `path`. "-", a file, or a path that does not exist (loading it will
 * report why) goes to cb->file as it is. A folder is walked depth first:
 * the entries of each folder in byte order (strcmp), names starting with
 * '.' skipped (.git, .errata.json), only article files visited, symbolic
 * links to folders inside the walk not followed. Paths under a folder are
 * the folder's path joined with '/' (a root of "." adds nothing).
 * Returns 0 or the first nonzero cb->file result.
 */
int walk_path(const char *path, const struct walk_callbacks *cb);

#endif
