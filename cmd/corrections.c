/*
 * corrections.c: `errata corrections PATH`: an article's public correction
 * log, newest first, as text, JSON, or schema.org CorrectionComment JSON-LD
 * to embed in the article page.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "repo_args.h"

int cmd_corrections(int argc, char **argv)
{
	const char *format = "text";
	const struct opt opts[] = {
		{ "format", 'f', OPT_STRING, &format, "FORMAT", "text, json or jsonld" },
		{ NULL, 0, OPT_END, NULL, NULL, NULL }
	};
	const struct opt_command cmd = {
		"errata corrections PATH [--format text|json|jsonld]",
		"Print an article's correction log, newest first: kind, date, what was\n"
		"wrong, what is right, the notice, the revisions that introduced and\n"
		"corrected it and the reports it answers.", opts, NULL
	};
	errata_corrections_format fmt;
	errata_repo *repo = NULL;
	errata_buf b = ERRATA_BUF_INIT;
	char **rest, *path = NULL;
	int nrest, rc = EXIT_USAGE, r;

	if ((r = opt_parse(&cmd, argc, argv, &rest, &nrest)) != OPT_OK)
		return r == OPT_HELP ? EXIT_CLEAN : EXIT_USAGE;
	if (strcmp(format, "text") == 0)
		fmt = ERRATA_CORRECTIONS_TEXT;
	else if (strcmp(format, "json") == 0)
		fmt = ERRATA_CORRECTIONS_JSON;
	else if (strcmp(format, "jsonld") == 0)
		fmt = ERRATA_CORRECTIONS_JSONLD;
	else
		return cmd_usage(&cmd, "--format: text, json or jsonld");
	if (nrest != 1)
		return cmd_usage(&cmd, "corrections needs one PATH");
	if (cmd_open_repo_path(&repo, rest[0], &path) < 0)
		goto cleanup;
	if (errata_corrections_write(&b, repo, path, fmt) < 0) {
		rc = cmd_fail();
		goto cleanup;
	}
	rc = cmd_finish(&b);
cleanup:
	errata_buf_dispose(&b);
	free(path);
	errata_repo_free(repo);
	return rc;
}
