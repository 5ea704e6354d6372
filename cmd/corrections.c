/*
 * corrections.c: `errata corrections [PATH]`: an article's public
 * correction log (or the whole site's), newest first, as text, JSON,
 * schema.org JSON-LD to embed in the article page, an HTML correction
 * note or list, or an Atom feed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "repo_args.h"

int cmd_corrections(int argc, char **argv)
{
	const char *format = "text", *site = NULL, *base = NULL;
	const struct opt opts[] = {
		{ "format", 'f', OPT_STRING, &format, "FORMAT", "text, json, jsonld, html or atom" },
		{ "site-name", 0, OPT_STRING, &site, "NAME", "the site's name, for the feed's title" },
		{ "base-url", 0, OPT_STRING, &base, "URL", "the site's address, for links (https://news.example.org)" },
		{ NULL, 0, OPT_END, NULL, NULL, NULL }
	};
	const struct opt_command cmd = {
		"errata corrections [PATH] [--format text|json|jsonld|html|atom] [--site-name NAME] [--base-url URL]",
		"Print an article's correction log (without PATH, every article's), newest\n"
		"first: kind, date, what was wrong, what is right, the notice, the revisions\n"
		"that introduced and corrected it and the reports it answers. html prints the\n"
		"correction note to place under the article (or the site-wide list), atom a\n"
		"feed, jsonld a schema.org NewsArticle with its CorrectionComment list.", opts, NULL
	};
	errata_corrections_options co = ERRATA_CORRECTIONS_OPTIONS_INIT;
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
	else if (strcmp(format, "html") == 0)
		fmt = ERRATA_CORRECTIONS_HTML;
	else if (strcmp(format, "atom") == 0)
		fmt = ERRATA_CORRECTIONS_ATOM;
	else
		return cmd_usage(&cmd, "--format: text, json, jsonld, html or atom");
	if (nrest > 1)
		return cmd_usage(&cmd, "corrections takes at most one PATH");
	if (nrest == 1 ? cmd_open_repo_path(&repo, rest[0], &path) < 0 : cmd_open_repo(&repo) < 0)
		goto cleanup;
	co.site_name = site;
	co.base_url = base;
	if (errata_corrections_write_ext(&b, repo, path, fmt, &co) < 0) {
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
