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
	fprintf(stderr, "errata: %s\nusage: %s\n", message, cmd->usage);
	return EXIT_USAGE;
}

int cmd_finish(errata_buf *b)
{
	int rc = cmd_write_stdout(b->ptr ? b->ptr : "", b->size) < 0 ? EXIT_USAGE : EXIT_CLEAN;

	errata_buf_dispose(b);
	return rc;
}
