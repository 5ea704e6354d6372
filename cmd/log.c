/*
 * log.c: `errata log PATH`: the revisions that changed an article, newest
 * first, with the checker's error and warning counts in each and the words
 * each edit added and removed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "repo_args.h"

int cmd_log(int argc, char **argv)
{
	const char *format = "text", *rev = NULL, *max = NULL;
	int no_check = 0;
	const struct opt opts[] = {
		{ "format", 'f', OPT_STRING, &format, "FORMAT", "text or json" },
		{ "rev", 'r', OPT_STRING, &rev, "REV", "start from this revision (default HEAD)" },
		{ "max-count", 'n', OPT_STRING, &max, "N", "show at most N revisions" },
		{ "no-check", 0, OPT_FLAG, &no_check, NULL, "do not run the checker on each revision" },
		{ NULL, 0, OPT_END, NULL, NULL, NULL }
	};
	const struct opt_command cmd = {
		"errata log PATH [--format text|json] [--rev REV] [--max-count N]",
		"List the revisions that changed an article (first parents, newest first):\n"
		"short id, date, author, subject, the errors and warnings the checker finds\n"
		"in that revision, and the words the edit added and removed.",
		opts, NULL
	};
	errata_log_options lo = ERRATA_LOG_OPTIONS_INIT;
	errata_repo *repo = NULL;
	errata_log *log = NULL;
	errata_checker *checker = NULL;
	errata_buf b = ERRATA_BUF_INIT;
	char **rest, *path = NULL;
	int nrest, rc = EXIT_USAGE, r, json;

	if ((r = opt_parse(&cmd, argc, argv, &rest, &nrest)) != OPT_OK)
		return r == OPT_HELP ? EXIT_CLEAN : EXIT_USAGE;
	if (nrest != 1 || (strcmp(format, "text") && strcmp(format, "json")))
		return cmd_usage(&cmd, nrest != 1 ? "log needs one PATH" : "--format: text or json");
	if (max) {
		char *end;
		long n = strtol(max, &end, 10);

		if (*end || n <= 0) {
			cmd_error("--max-count: not a positive number: %s", max);
			return EXIT_USAGE;
		}
		lo.max_count = (size_t)n;
	}
	json = strcmp(format, "json") == 0;
	if (cmd_open_repo_path(&repo, rest[0], &path) < 0)
		goto cleanup;
	if (!no_check && errata_checker_new(&checker, NULL) < 0) {
		cmd_error("warning: no error counts: %s", errata_error_last());
		checker = NULL;
	}
	lo.rev = rev;
	lo.checker = checker;
	if (errata_log_read(&log, repo, path, &lo) < 0) {
		rc = cmd_fail();
		goto cleanup;
	}
	if (errata_log_write(&b, log, path, json ? ERRATA_HISTORY_JSON : ERRATA_HISTORY_TEXT) < 0) {
		rc = cmd_fail();
		goto cleanup;
	}
	rc = cmd_finish(&b);
cleanup:
	errata_checker_free(checker);
	errata_buf_dispose(&b);
	errata_log_free(log);
	free(path);
	errata_repo_free(repo);
	return rc;
}
