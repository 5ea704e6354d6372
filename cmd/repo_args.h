/*
 * cmd/repo_args.h: what the commands that read a repository share: opening
 * the repository around the current folder, turning a PATH argument into
 * a repository-relative path, the usage error and writing the result.
 */
#ifndef ERRATA_CMD_REPO_ARGS_H
#define ERRATA_CMD_REPO_ARGS_H

#include "errata.h"
#include "cmd.h"

/* Open the repository around the current folder: 0, or -1 after reporting the error. */
int cmd_open_repo(errata_repo **repo);

/*
 * A PATH argument as a path inside the repository (malloc'd): relative to
 * the work tree when there is one, as given in a bare repository. 0, or -1
 * after reporting the error.
 */
int cmd_repo_path(errata_repo *repo, const char *arg, char **out);

/* Open the repository and resolve one PATH argument: both, or -1 after reporting. */
int cmd_open_repo_path(errata_repo **repo, const char *arg, char **path);

/*
 * What diff and ci share: open the repository around the current folder,
 * limit dopts to the PATH arguments (made repository-relative; the
 * strings go to *relpaths, freed with cmd_diff_paths_free), list the changed
 * articles, and set copts->config_path to `config` (NULL: each article's
 * own configuration, see errata_diff_use_checker()); *config_found is
 * NULL (kept for callers that free it). 0; -1 with errata_error_last()
 * saying why; -2 when out of memory.
 */
int cmd_open_diff(errata_repo **repo, errata_diff **diff, errata_diff_options *dopts,
                  char **paths, int npaths, char ***relpaths,
                  const char *config, errata_checker_options *copts, char **config_found);
void cmd_diff_paths_free(char **relpaths, int npaths);

/* Print "errata: <message>" and the command's usage line. Returns EXIT_USAGE. */
int cmd_usage(const struct opt_command *cmd, const char *message);

/* Write b to stdout and dispose of it: EXIT_CLEAN, or EXIT_USAGE when writing failed. */
int cmd_finish(errata_buf *b);

#endif
