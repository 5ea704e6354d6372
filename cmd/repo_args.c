/*
 * repo_args.c: the repository and argument helpers of repo_args.h, for
 * log, blame, report, correct and corrections.
 */
#include "repo_args.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int cmd_open_repo(errata_repo **repo)
{
	if (errata_repo_open(repo, ".") < 0) {
		cmd_fail();
		return -1;
	}
	return 0;
}

int cmd_repo_path(errata_repo *repo, const char *arg, char **out)
{
	*out = NULL;
	if (errata_repo_workdir(repo)) {
		if (errata_repo_relpath(repo, arg, out) < 0) {
			cmd_fail();
			return -1;
		}
		return 0;
	}
	if (!(*out = malloc(strlen(arg) + 1))) {
		fprintf(stderr, "errata: out of memory\n");
		return -1;
	}
	strcpy(*out, arg);
	return 0;
}

int cmd_open_repo_path(errata_repo **repo, const char *arg, char **path)
{
	*path = NULL;
	if (cmd_open_repo(repo) < 0)
		return -1;
	return cmd_repo_path(*repo, arg, path);
}

int cmd_usage(const struct opt_command *cmd, const char *message)
{
	cmd_error("%s", message);
	fprintf(stderr, "usage: %s\n", cmd->usage);
	return EXIT_USAGE;
}

int cmd_finish(errata_buf *b)
{
	int rc = cmd_write_stdout(b->ptr ? b->ptr : "", b->size) < 0 ? EXIT_USAGE : EXIT_CLEAN;

	errata_buf_dispose(b);
	return rc;
}

int cmd_open_diff(errata_repo **repo, errata_diff **diff, errata_diff_options *dopts,
                  char **paths, int npaths, char ***relpaths,
                  const char *config, errata_checker_options *copts, char **config_found)
{
	*relpaths = NULL;
	*config_found = NULL;
	if (errata_repo_open(repo, ".") < 0)
		return -1;
	if (npaths > 0) {
		*relpaths = calloc((size_t)npaths, sizeof(**relpaths));
		if (!*relpaths)
			return -2;
		for (int i = 0; i < npaths; i++)
			if (errata_repo_relpath(*repo, paths[i], &(*relpaths)[i]) < 0)
				return -1;
		dopts->paths = (const char *const *)*relpaths;
		dopts->path_count = (size_t)npaths;
	}
	if (errata_diff_new(diff, *repo, dopts) < 0)
		return -1;
	/* Without --config each article's own .errata.json applies, found in
	 * the tree (or index) it is read from: errata_diff_use_checker(). */
	copts->config_path = config;
	return 0;
}

void cmd_diff_paths_free(char **relpaths, int npaths)
{
	for (int i = 0; relpaths && i < npaths; i++)
		free(relpaths[i]);
	free(relpaths);
}
