/*
 * blame.c: `errata blame PATH --quote TEXT`: the revision that introduced a
 * quoted text, with its author and date, and the revision that removed it
 * if a later one no longer contains it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "repo_args.h"

int cmd_blame(int argc, char **argv)
{
	const char *format = "text", *rev = NULL, *quote = NULL;
	int no_check = 0;
	const struct opt opts[] = {
		{ "quote", 'q', OPT_STRING, &quote, "TEXT", "the text to trace" },
		{ "rev", 'r', OPT_STRING, &rev, "REV", "the revision to start from (default HEAD)" },
		{ "format", 'f', OPT_STRING, &format, "FORMAT", "text or json" },
		{ "no-check", 0, OPT_FLAG, &no_check, NULL, "do not run the checker on the quote" },
		{ NULL, 0, OPT_END, NULL, NULL, NULL }
	};
	const struct opt_command cmd = {
		"errata blame PATH --quote TEXT [--rev REV] [--format text|json] [--no-check]",
		"Find the revision that introduced a quoted text (the oldest of the unbroken\n"
		"run of revisions ending at REV that contain it) and, if a later revision no\n"
		"longer contains it, the one that removed it. The quote matches across line\n"
		"breaks and runs of white space; curly quotes and dashes match plain ones.\n"
		"The checker's findings on the quote are listed for the revision that\n"
		"introduced it and for REV, each read with its commit's date as the\n"
		"article's date when the article names none.",
		opts, NULL
	};
	errata_blame bl;
	errata_repo *repo = NULL;
	errata_checker *checker = NULL;
	errata_buf b = ERRATA_BUF_INIT;
	char **rest, *path = NULL;
	int nrest, rc = EXIT_USAGE, r, blamed = 0;

	if ((r = opt_parse(&cmd, argc, argv, &rest, &nrest)) != OPT_OK)
		return r == OPT_HELP ? EXIT_CLEAN : EXIT_USAGE;
	if (nrest != 1 || !quote || (strcmp(format, "text") && strcmp(format, "json")))
		return cmd_usage(&cmd, nrest != 1 ? "blame needs one PATH" :
		                 !quote ? "blame needs --quote TEXT" : "--format: text or json");
	if (cmd_open_repo_path(&repo, rest[0], &path) < 0)
		goto cleanup;
	if (!no_check && errata_checker_new(&checker, NULL) < 0) {
		cmd_error("warning: no findings: %s", errata_error_last());
		checker = NULL;
	}
	if (errata_blame_quote_checked(&bl, repo, path, rev, quote, checker) < 0) {
		rc = cmd_fail();
		goto cleanup;
	}
	blamed = 1;
	if (errata_blame_write(&b, &bl, path, strcmp(format, "json") == 0 ? ERRATA_HISTORY_JSON
	                                                                  : ERRATA_HISTORY_TEXT) < 0) {
		rc = cmd_fail();
		goto cleanup;
	}
	rc = cmd_finish(&b);
cleanup:
	if (blamed)
		errata_blame_dispose(&bl);
	errata_checker_free(checker);
	errata_buf_dispose(&b);
	free(path);
	errata_repo_free(repo);
	return rc;
}
