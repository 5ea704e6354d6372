/*
 * blame.c: `errata blame PATH --quote TEXT`: the revision that introduced a
 * quoted text, with its author and date, and the revision that removed it
 * if a later one no longer contains it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cjson/cJSON.h>

#include "errata.h"
#include "cmd.h"

static void iso(char out[32], long long t)
{
	time_t tt = (time_t)t;
	struct tm tm;

	gmtime_r(&tt, &tm);
	strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

static cJSON *commit_json(const errata_commit_info *c)
{
	cJSON *o = cJSON_CreateObject();
	char when[32];

	iso(when, (long long)c->time);
	cJSON_AddStringToObject(o, "commit", c->id.hex);
	cJSON_AddStringToObject(o, "author", c->author);
	cJSON_AddStringToObject(o, "email", c->email);
	cJSON_AddStringToObject(o, "date", when);
	cJSON_AddStringToObject(o, "subject", c->subject);
	return o;
}

int cmd_blame(int argc, char **argv)
{
	const char *format = "text", *rev = NULL, *quote = NULL;
	const struct opt opts[] = {
		{ "quote", 'q', OPT_STRING, &quote, "TEXT", "the text to trace" },
		{ "rev", 'r', OPT_STRING, &rev, "REV", "the revision to start from (default HEAD)" },
		{ "format", 'f', OPT_STRING, &format, "FORMAT", "text or json" },
		{ NULL, 0, OPT_END, NULL, NULL, NULL }
	};
	const struct opt_command cmd = {
		"errata blame PATH --quote TEXT [--rev REV] [--format text|json]",
		"Find the revision that introduced a quoted text (the oldest of the unbroken\n"
		"run of revisions ending at REV that contain it) and, if a later revision no\n"
		"longer contains it, the one that removed it. The quote matches across line\n"
		"breaks and runs of white space; curly quotes and dashes match plain ones.",
		opts, NULL
	};
	errata_blame bl;
	errata_repo *repo = NULL;
	errata_buf b = ERRATA_BUF_INIT;
	char **rest, *path = NULL, when[32];
	int nrest, rc = EXIT_USAGE, r, blamed = 0;

	if ((r = opt_parse(&cmd, argc, argv, &rest, &nrest)) != OPT_OK)
		return r == OPT_HELP ? EXIT_CLEAN : EXIT_USAGE;
	if (nrest != 1 || !quote || (strcmp(format, "text") && strcmp(format, "json"))) {
		fprintf(stderr, "errata: %s\nusage: %s\n", nrest != 1 ? "blame needs one PATH" :
		        !quote ? "blame needs --quote TEXT" : "--format: text or json", cmd.usage);
		return EXIT_USAGE;
	}
	if (errata_repo_open(&repo, ".") < 0) {
		rc = cmd_fail();
		goto cleanup;
	}
	if (errata_repo_workdir(repo)) {
		if (errata_repo_relpath(repo, rest[0], &path) < 0) {
			rc = cmd_fail();
			goto cleanup;
		}
	} else if (!(path = malloc(strlen(rest[0]) + 1)) || !strcpy(path, rest[0])) {
		goto cleanup;
	}
	if (errata_blame_quote(&bl, repo, path, rev, quote) < 0) {
		rc = cmd_fail();
		goto cleanup;
	}
	blamed = 1;
	if (strcmp(format, "json") == 0) {
		cJSON *root = cJSON_CreateObject(), *loc;
		char *s;

		cJSON_AddNumberToObject(root, "version", 1);
		cJSON_AddStringToObject(root, "path", path);
		loc = cJSON_AddObjectToObject(root, "location");
		cJSON_AddNumberToObject(loc, "line", bl.line);
		cJSON_AddNumberToObject(loc, "column", bl.column);
		cJSON_AddNumberToObject(loc, "offset", (double)bl.offset);
		cJSON_AddNumberToObject(loc, "length", (double)bl.length);
		cJSON_AddItemToObject(root, "introduced_in", commit_json(&bl.introduced));
		if (bl.removed)
			cJSON_AddItemToObject(root, "removed_in", commit_json(&bl.removed_in));
		else
			cJSON_AddNullToObject(root, "removed_in");
		s = cJSON_Print(root);
		if (s) {
			errata_buf_puts(&b, s);
			errata_buf_putc(&b, '\n');
		}
		cJSON_free(s);
		cJSON_Delete(root);
	} else {
		iso(when, (long long)bl.introduced.time);
		errata_buf_printf(&b, "%s:%u:%u: introduced in %.12s by %s <%s> on %s: %s\n", path,
		                  bl.line, bl.column, bl.introduced.id.hex, bl.introduced.author,
		                  bl.introduced.email, when, bl.introduced.subject);
		if (bl.removed) {
			iso(when, (long long)bl.removed_in.time);
			errata_buf_printf(&b, "%s:%u:%u: removed in %.12s by %s <%s> on %s: %s\n", path,
			                  bl.line, bl.column, bl.removed_in.id.hex, bl.removed_in.author,
			                  bl.removed_in.email, when, bl.removed_in.subject);
		} else {
			errata_buf_printf(&b, "%s:%u:%u: still present at HEAD\n", path, bl.line, bl.column);
		}
	}
	rc = cmd_write_stdout(b.ptr ? b.ptr : "", b.size) < 0 ? EXIT_USAGE : EXIT_CLEAN;
cleanup:
	if (blamed)
		errata_blame_dispose(&bl);
	errata_buf_dispose(&b);
	free(path);
	errata_repo_free(repo);
	return rc;
}
