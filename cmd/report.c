/*
 * report.c: `errata report`: file reader error reports and move them
 * through their life (confirm, reject, duplicate, comment, fixed, reopen),
 * list and show them, scan for the revisions that fixed them, and sync
 * them with another clone. Each subcommand is a small function with its
 * own option table.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "errata.h"
#include "errata/reports.h"
#include "errata/history.h"
#include "repo_args.h"

/* The default checker; NULL (with a warning) when it cannot be built. */
static errata_checker *make_checker(void)
{
	errata_checker *c = NULL;

	if (errata_checker_new(&c, NULL) < 0) {
		cmd_error("warning: no findings attached: %s", errata_error_last());
		return NULL;
	}
	return c;
}

static int report_add(int argc, char **argv)
{
	const char *quote = NULL, *rev = NULL, *message = NULL, *suggest = NULL;
	const char *reporter = NULL, *contact = NULL, *json = NULL, *actor = NULL;
	const struct opt opts[] = {
		{ "quote", 'q', OPT_STRING, &quote, "TEXT", "the text the reader says is wrong" },
		{ "rev", 'r', OPT_STRING, &rev, "REV", "the revision the reader saw (default HEAD)" },
		{ "message", 'm', OPT_STRING, &message, "TEXT", "what the reader says" },
		{ "suggest", 0, OPT_STRING, &suggest, "TEXT", "the reader's suggested fix" },
		{ "reporter", 0, OPT_STRING, &reporter, "NAME", "the reader's name" },
		{ "contact", 0, OPT_STRING, &contact, "EMAIL", "how to reach the reader" },
		{ "json", 0, OPT_STRING, &json, "FILE|-", "read the report from a JSON payload (see README)" },
		{ "actor", 0, OPT_STRING, &actor, "NAME", "who files it (default: git user, then $USER)" },
		{ NULL, 0, OPT_END, NULL, NULL, NULL }
	};
	const struct opt_command cmd = {
		"errata report add PATH --quote TEXT [OPTIONS] | errata report add --json FILE|-",
		"File a reader's error report against an article at a revision. Prints the\n"
		"new report's id. A quote that is not in that revision is stored unanchored.",
		opts, NULL
	};
	errata_report_options ro = ERRATA_REPORT_OPTIONS_INIT;
	errata_report_input in = ERRATA_REPORT_INPUT_INIT;
	errata_repo *repo = NULL;
	char **rest, id[ERRATA_REPORT_ID_SIZE], *path = NULL, *data = NULL;
	int nrest, rc = EXIT_USAGE, r;

	if ((r = opt_parse(&cmd, argc, argv, &rest, &nrest)) != OPT_OK)
		return r == OPT_HELP ? EXIT_CLEAN : EXIT_USAGE;
	if (json ? nrest != 0 : nrest != 1)
		return cmd_usage(&cmd, json ? "--json takes no PATH" : "report add needs one PATH");
	if (!json && !quote)
		return cmd_usage(&cmd, "report add needs --quote TEXT");
	if (cmd_open_repo(&repo) < 0 || (!json && cmd_repo_path(repo, rest[0], &path) != 0))
		goto cleanup;
	ro.actor = actor;
	ro.checker = make_checker();
	if (json) {
		if (errata_report_add_json_file(repo, json, &ro, id) < 0) {
			rc = cmd_fail();
			goto cleanup;
		}
	} else {
		in.path = path;
		in.rev = rev;
		in.quote = quote;
		in.message = message;
		in.suggest = suggest;
		in.reporter = reporter;
		in.contact = contact;
		if (errata_report_add(repo, &in, &ro, id) < 0) {
			rc = cmd_fail();
			goto cleanup;
		}
	}
	printf("%s\n", id);
	rc = fflush(stdout) == 0 ? EXIT_CLEAN : EXIT_USAGE;
cleanup:
	errata_checker_free(ro.checker);
	free(data);
	free(path);
	errata_repo_free(repo);
	return rc;
}

/* The first line of a quote, cut to about n bytes on a character boundary, escaped. */
static void put_short(errata_buf *b, const char *s, size_t n)
{
	size_t len = 0;

	while (s[len] && s[len] != '\n' && len < n)
		len++;
	while (len && s[len] && ((unsigned char)s[len] & 0xc0) == 0x80)
		len--;
	errata_buf_put_safe_len(b, s, len);
	if (s[len])
		errata_buf_puts(b, "...");
}

static int status_matches(const char *want, const char *status)
{
	return !want || strcmp(want, "all") == 0 || strcmp(want, status) == 0;
}

static int report_list(int argc, char **argv)
{
	const char *status = "all", *path_arg = NULL, *format = "text";
	const struct opt opts[] = {
		{ "status", 's', OPT_STRING, &status, "STATUS", "open|confirmed|fixed|corrected|rejected|duplicate|all (default all)" },
		{ "path", 'p', OPT_STRING, &path_arg, "PATH", "only reports on this article" },
		{ "format", 'f', OPT_STRING, &format, "FORMAT", "text or json" },
		{ NULL, 0, OPT_END, NULL, NULL, NULL }
	};
	const struct opt_command cmd = {
		"errata report list [--status STATUS] [--path PATH] [--format text|json]",
		"List reports with their status, article and quote.", opts, NULL
	};
	static const char *const statuses[] = {
		"open", "confirmed", "fixed", "corrected", "rejected", "duplicate", "all", NULL
	};
	errata_repo *repo = NULL;
	errata_reports *set = NULL;
	errata_buf b = ERRATA_BUF_INIT;
	char **rest, *path = NULL;
	int nrest, rc = EXIT_USAGE, r, json, first = 1;
	size_t k;

	if ((r = opt_parse(&cmd, argc, argv, &rest, &nrest)) != OPT_OK)
		return r == OPT_HELP ? EXIT_CLEAN : EXIT_USAGE;
	for (k = 0; statuses[k] && strcmp(statuses[k], status) != 0; k++)
		;
	if (!statuses[k] || nrest != 0 || (strcmp(format, "text") && strcmp(format, "json")))
		return cmd_usage(&cmd, nrest ? "report list takes no arguments" :
		                 !statuses[k] ? "--status: not a status" : "--format: text or json");
	json = strcmp(format, "json") == 0;
	if (cmd_open_repo(&repo) < 0 || (path_arg && cmd_repo_path(repo, path_arg, &path) != 0))
		goto cleanup;
	if ((path ? errata_reports_load_path(&set, repo, path) : errata_reports_load(&set, repo)) < 0) {
		rc = cmd_fail();
		goto cleanup;
	}
	if (json)
		errata_buf_puts(&b, "{\"version\":1,\"reports\":[");
	for (size_t i = 0; i < errata_reports_count(set); i++) {
		const errata_report *x = errata_reports_get(set, i);

		if (!status_matches(status, x->status) || (path && strcmp(path, x->path) != 0))
			continue;
		if (json) {
			if (!first)
				errata_buf_putc(&b, ',');
			errata_buf_puts(&b, x->json);
		} else {
			/* the path and quote came from a reader: escaped */
			errata_buf_printf(&b, "%.12s  %-9s  ", x->id, x->status);
			errata_buf_put_safe(&b, x->path);
			errata_buf_printf(&b, "%s  \"", x->anchored ? "" : " (unanchored)");
			put_short(&b, x->quote, 60);
			errata_buf_puts(&b, "\"\n");
		}
		first = 0;
	}
	if (json)
		errata_buf_puts(&b, "]}\n");
	else if (first)
		fprintf(stderr, "errata: no %s%sreports%s\n",
		        strcmp(status, "all") ? status : "", strcmp(status, "all") ? " " : "",
		        path ? " on this article" : "");
	rc = cmd_finish(&b);
cleanup:
	errata_buf_dispose(&b);
	errata_reports_free(set);
	free(path);
	errata_repo_free(repo);
	return rc;
}

/*
 * The report with its reader's name and contact from refs/errata/contacts
 * (kept out of the shared events): *out is a copy of x whose json is *json
 * (free()), or *json stays NULL when there is nothing to add.
 */
static int with_contact(errata_repo *repo, const errata_report *x, errata_report *out, char **json)
{
	int error = errata_report_json_with_contact(repo, x, json);

	if (error == 0 && *json) {
		*out = *x;
		out->json = *json;
	}
	return error;
}

static int report_show(int argc, char **argv)
{
	const char *format = "text";
	const struct opt opts[] = {
		{ "format", 'f', OPT_STRING, &format, "FORMAT", "text or json" },
		{ NULL, 0, OPT_END, NULL, NULL, NULL }
	};
	const struct opt_command cmd = {
		"errata report show ID [--format text|json]",
		"Show one report: its state and every event, with actor and time.\n"
		"ID is the report's id or any unique prefix of it.", opts, NULL
	};
	errata_repo *repo = NULL;
	errata_reports *set = NULL;
	const errata_report *x;
	errata_report merged;
	errata_buf b = ERRATA_BUF_INIT;
	char **rest, *merged_json = NULL;
	int nrest, rc = EXIT_USAGE, r;

	if ((r = opt_parse(&cmd, argc, argv, &rest, &nrest)) != OPT_OK)
		return r == OPT_HELP ? EXIT_CLEAN : EXIT_USAGE;
	if (nrest != 1 || (strcmp(format, "text") && strcmp(format, "json")))
		return cmd_usage(&cmd, nrest != 1 ? "report show needs one ID" : "--format: text or json");
	if (cmd_open_repo(&repo) < 0)
		goto cleanup;
	if (errata_reports_load(&set, repo) < 0 || errata_reports_find(set, rest[0], &x) < 0 ||
	    with_contact(repo, x, &merged, &merged_json) < 0) {
		rc = cmd_fail();
		goto cleanup;
	}
	if (merged_json)
		x = &merged;
	if (strcmp(format, "json") == 0) {
		errata_buf_printf(&b, "%s\n", x->json);
	} else {
		if (errata_report_write_text(&b, x) < 0) {
			rc = cmd_fail();
			goto cleanup;
		}
	}
	rc = cmd_finish(&b);
cleanup:
	free(merged_json);
	errata_buf_dispose(&b);
	errata_reports_free(set);
	errata_repo_free(repo);
	return rc;
}

/* confirm, reject, duplicate, comment, fixed, reopen. */
static int report_status(int argc, char **argv, errata_event_type type)
{
	const char *why = NULL, *of = NULL, *message = NULL, *in = NULL, *actor = NULL;
	struct opt opts[4];
	struct opt_command cmd;
	errata_event_input ev = ERRATA_EVENT_INPUT_INIT;
	errata_report_options ro = ERRATA_REPORT_OPTIONS_INIT;
	errata_repo *repo = NULL;
	char **rest, id[ERRATA_REPORT_ID_SIZE], usage[160];
	const char *need = NULL;
	int nrest, rc = EXIT_USAGE, r, k = 0;

	memset(opts, 0, sizeof(opts));
	memset(&cmd, 0, sizeof(cmd));
	switch (type) {
	case ERRATA_EVENT_REJECT:
		opts[k++] = (struct opt){ "why", 'w', OPT_STRING, &why, "TEXT", "why the report is rejected" };
		need = "--why TEXT";
		break;
	case ERRATA_EVENT_DUPLICATE:
		opts[k++] = (struct opt){ "of", 0, OPT_STRING, &of, "ID", "the report this one repeats" };
		need = "--of ID";
		break;
	case ERRATA_EVENT_COMMENT:
		opts[k++] = (struct opt){ "message", 'm', OPT_STRING, &message, "TEXT", "the comment" };
		need = "--message TEXT";
		break;
	case ERRATA_EVENT_FIXED:
		opts[k++] = (struct opt){ "in", 0, OPT_STRING, &in, "REV", "the revision that fixed the text" };
		need = "--in REV";
		break;
	default:
		break;
	}
	opts[k++] = (struct opt){ "actor", 0, OPT_STRING, &actor, "NAME", "who does it (default: git user, then $USER)" };
	snprintf(usage, sizeof(usage), "errata report %s ID%s%s", errata_event_type_name(type),
	         need ? " " : "", need ? need : "");
	if (type == ERRATA_EVENT_CONFIRM)
		snprintf(usage, sizeof(usage), "errata report confirm ID");
	cmd.usage = usage;
	cmd.description = type == ERRATA_EVENT_CONFIRM ? "Confirm that the report points at a real error." :
	                  type == ERRATA_EVENT_REJECT ? "Reject the report, saying why." :
	                  type == ERRATA_EVENT_DUPLICATE ? "Mark the report as a duplicate of another." :
	                  type == ERRATA_EVENT_COMMENT ? "Add a comment to the report." :
	                  type == ERRATA_EVENT_FIXED ? "Record the revision that fixed the reported text." :
	                  "Open the report again.";
	cmd.opts = opts;
	if ((r = opt_parse(&cmd, argc, argv, &rest, &nrest)) != OPT_OK)
		return r == OPT_HELP ? EXIT_CLEAN : EXIT_USAGE;
	if (nrest != 1 || (type == ERRATA_EVENT_REJECT && !why) ||
	    (type == ERRATA_EVENT_DUPLICATE && !of) || (type == ERRATA_EVENT_COMMENT && !message) ||
	    (type == ERRATA_EVENT_FIXED && !in)) {
		fprintf(stderr, "errata: report %s needs %s\nusage: %s\n", errata_event_type_name(type),
		        nrest != 1 || !need ? "one report ID" : need, usage);
		return EXIT_USAGE;
	}
	if (cmd_open_repo(&repo) < 0)
		goto cleanup;
	ev.type = type;
	ev.message = type == ERRATA_EVENT_REJECT ? why : message;
	ev.of = of;
	ev.rev = in;
	ro.actor = actor;
	if (errata_report_event(repo, rest[0], &ev, &ro, id) < 0) {
		rc = cmd_fail();
		goto cleanup;
	}
	printf("%s %s\n", id, type == ERRATA_EVENT_CONFIRM ? "confirmed" :
	       type == ERRATA_EVENT_REJECT ? "rejected" : type == ERRATA_EVENT_DUPLICATE ? "duplicate" :
	       type == ERRATA_EVENT_COMMENT ? "commented" : type == ERRATA_EVENT_FIXED ? "fixed" : "reopened");
	rc = fflush(stdout) == 0 ? EXIT_CLEAN : EXIT_USAGE;
cleanup:
	errata_repo_free(repo);
	return rc;
}

static int report_scan(int argc, char **argv)
{
	const char *actor = NULL;
	const struct opt opts[] = {
		{ "actor", 0, OPT_STRING, &actor, "NAME", "who records the fixes (default: git user, then $USER)" },
		{ NULL, 0, OPT_END, NULL, NULL, NULL }
	};
	const struct opt_command cmd = {
		"errata report scan",
		"For every open or confirmed report whose quote HEAD no longer contains,\n"
		"record the revision that removed it as the fix (marked as detected).", opts, NULL
	};
	errata_report_options ro = ERRATA_REPORT_OPTIONS_INIT;
	errata_repo *repo = NULL;
	errata_buf ids = ERRATA_BUF_INIT;
	char **rest;
	size_t n = 0;
	int nrest, rc = EXIT_USAGE, r;

	if ((r = opt_parse(&cmd, argc, argv, &rest, &nrest)) != OPT_OK)
		return r == OPT_HELP ? EXIT_CLEAN : EXIT_USAGE;
	if (nrest != 0)
		return cmd_usage(&cmd, "report scan takes no arguments");
	if (cmd_open_repo(&repo) < 0)
		goto cleanup;
	ro.actor = actor;
	if (errata_reports_scan(repo, &ro, &n, &ids) < 0) {
		rc = cmd_fail();
		goto cleanup;
	}
	if (n) {
		char *p = ids.ptr, *comma;

		for (; p; p = comma ? comma + 1 : NULL) {
			comma = strchr(p, ',');
			printf("%.*s fixed\n", comma ? (int)(comma - p) : (int)strlen(p), p);
		}
	}
	printf("%zu report%s fixed\n", n, n == 1 ? "" : "s");
	rc = fflush(stdout) == 0 ? EXIT_CLEAN : EXIT_USAGE;
cleanup:
	errata_buf_dispose(&ids);
	errata_repo_free(repo);
	return rc;
}

static int report_sync(int argc, char **argv)
{
	const char *actor = NULL;
	int with_contacts = 0;
	const struct opt opts[] = {
		{ "actor", 0, OPT_STRING, &actor, "NAME", "who signs a merge (default: git user, then $USER)" },
		{ "with-contacts", 0, OPT_FLAG, &with_contacts, NULL, "exchange readers' names and contacts too (refs/errata/contacts)" },
		{ NULL, 0, OPT_END, NULL, NULL, NULL }
	};
	const struct opt_command cmd = {
		"errata report sync [REMOTE] [--with-contacts]",
		"Fetch refs/errata/reports from REMOTE (a remote's name, a URL or a local\n"
		"path; default origin), merge diverged report histories and push. Readers'\n"
		"names and contacts (refs/errata/contacts) stay where they are unless\n"
		"--with-contacts is given.", opts, NULL
	};
	errata_report_options ro = ERRATA_REPORT_OPTIONS_INIT;
	errata_repo *repo = NULL;
	char **rest;
	int nrest, rc = EXIT_USAGE, r, fetched = 0, pushed = 0;

	if ((r = opt_parse(&cmd, argc, argv, &rest, &nrest)) != OPT_OK)
		return r == OPT_HELP ? EXIT_CLEAN : EXIT_USAGE;
	if (nrest > 1)
		return cmd_usage(&cmd, "report sync takes at most one REMOTE");
	if (cmd_open_repo(&repo) < 0)
		goto cleanup;
	ro.actor = actor;
	if (errata_reports_sync(repo, nrest ? rest[0] : NULL, &ro, &fetched, &pushed) < 0 ||
	    (with_contacts && errata_contacts_sync(repo, nrest ? rest[0] : NULL) < 0)) {
		rc = cmd_fail();
		goto cleanup;
	}
	printf("%s, %s\n", fetched ? "fetched new reports" : "nothing new to fetch",
	       pushed ? "pushed" : "nothing to push");
	rc = fflush(stdout) == 0 ? EXIT_CLEAN : EXIT_USAGE;
cleanup:
	errata_repo_free(repo);
	return rc;
}

static int report_redact(int argc, char **argv)
{
	const char *older = NULL;
	const struct opt opts[] = {
		{ "older-than", 0, OPT_STRING, &older, "DAYS", "erase every contact filed more than DAYS days ago" },
		{ NULL, 0, OPT_END, NULL, NULL, NULL }
	};
	const struct opt_command cmd = {
		"errata report redact ID | errata report redact --older-than DAYS",
		"Erase a reader's name and contact for good (they are kept apart from the\n"
		"shared report events, under refs/errata/contacts, which is rewritten).\n"
		"The report itself stays.", opts, NULL
	};
	errata_repo *repo = NULL;
	char **rest, id[ERRATA_REPORT_ID_SIZE], *end = NULL;
	long days = 0;
	size_t n = 0;
	int nrest, rc = EXIT_USAGE, r;

	if ((r = opt_parse(&cmd, argc, argv, &rest, &nrest)) != OPT_OK)
		return r == OPT_HELP ? EXIT_CLEAN : EXIT_USAGE;
	if (older ? nrest != 0 : nrest != 1)
		return cmd_usage(&cmd, older ? "--older-than takes no ID" : "report redact needs one report ID");
	if (older && ((days = strtol(older, &end, 10)) <= 0 || *end))
		return cmd_usage(&cmd, "--older-than: a number of days, 1 or more");
	if (cmd_open_repo(&repo) < 0)
		goto cleanup;
	if (older ? errata_contacts_expire(repo, days, &n) < 0 : errata_contact_redact(repo, rest[0], id) < 0) {
		rc = cmd_fail();
		goto cleanup;
	}
	if (older)
		printf("%zu contact%s erased\n", n, n == 1 ? "" : "s");
	else
		printf("%s contact erased\n", id);
	rc = fflush(stdout) == 0 ? EXIT_CLEAN : EXIT_USAGE;
cleanup:
	errata_repo_free(repo);
	return rc;
}

static int report_migrate_contacts(int argc, char **argv)
{
	const struct opt opts[] = { { NULL, 0, OPT_END, NULL, NULL, NULL } };
	const struct opt_command cmd = {
		"errata report migrate-contacts",
		"Once, for a store written before readers' contacts had their own ref:\n"
		"rewrite refs/errata/reports without the readers' names and contacts and\n"
		"move them to refs/errata/contacts. Other clones then fetch the rewritten\n"
		"ref with force (git fetch origin +refs/errata/reports:refs/errata/reports).", opts, NULL
	};
	errata_repo *repo = NULL;
	char **rest;
	size_t n = 0;
	int nrest, rc = EXIT_USAGE, r;

	if ((r = opt_parse(&cmd, argc, argv, &rest, &nrest)) != OPT_OK)
		return r == OPT_HELP ? EXIT_CLEAN : EXIT_USAGE;
	if (nrest != 0)
		return cmd_usage(&cmd, "report migrate-contacts takes no arguments");
	if (cmd_open_repo(&repo) < 0)
		goto cleanup;
	if (errata_contacts_migrate(repo, &n) < 0) {
		rc = cmd_fail();
		goto cleanup;
	}
	if (n)
		printf("%zu contact%s moved to %s; %s rewritten\n", n, n == 1 ? "" : "s",
		       ERRATA_CONTACTS_REF, ERRATA_REPORTS_REF);
	else
		printf("no contacts in the report events: nothing to do\n");
	rc = fflush(stdout) == 0 ? EXIT_CLEAN : EXIT_USAGE;
cleanup:
	errata_repo_free(repo);
	return rc;
}

static void report_usage(FILE *to)
{
	fprintf(to,
	        "usage: errata report COMMAND [ARGS]\n\n"
	        "Reader error reports, stored in the repository under refs/errata/reports.\n\n"
	        "commands:\n"
	        "  add        file a report (PATH --quote TEXT, or --json FILE|-)\n"
	        "  list       list reports (--status, --path, --format text|json)\n"
	        "  show       show one report and its events\n"
	        "  confirm    confirm a report\n"
	        "  reject     reject a report (--why TEXT)\n"
	        "  duplicate  mark a report as a duplicate (--of ID)\n"
	        "  comment    comment on a report (--message TEXT)\n"
	        "  fixed      record the revision that fixed it (--in REV)\n"
	        "  reopen     open a report again\n"
	        "  scan       detect the revisions that fixed open reports\n"
	        "  sync       exchange reports with another clone (--with-contacts: readers' contacts too)\n"
	        "  redact     erase a reader's name and contact (ID, or --older-than DAYS)\n"
	        "  migrate-contacts  move contacts out of the events of an older store\n\n"
	        "'errata report COMMAND --help' shows a command's options.\n"
	        "ids are hex; any unique prefix is accepted.\n");
}

int cmd_report(int argc, char **argv)
{
	const char *sub;

	if (argc < 2) {
		report_usage(stderr);
		return EXIT_USAGE;
	}
	sub = argv[1];
	if (strcmp(sub, "--help") == 0 || strcmp(sub, "-h") == 0 || strcmp(sub, "help") == 0) {
		report_usage(stdout);
		return fflush(stdout) == 0 ? EXIT_CLEAN : EXIT_USAGE;
	}
	argc--;
	argv++;
	if (strcmp(sub, "add") == 0)
		return report_add(argc, argv);
	if (strcmp(sub, "list") == 0)
		return report_list(argc, argv);
	if (strcmp(sub, "show") == 0)
		return report_show(argc, argv);
	if (strcmp(sub, "confirm") == 0)
		return report_status(argc, argv, ERRATA_EVENT_CONFIRM);
	if (strcmp(sub, "reject") == 0)
		return report_status(argc, argv, ERRATA_EVENT_REJECT);
	if (strcmp(sub, "duplicate") == 0)
		return report_status(argc, argv, ERRATA_EVENT_DUPLICATE);
	if (strcmp(sub, "comment") == 0)
		return report_status(argc, argv, ERRATA_EVENT_COMMENT);
	if (strcmp(sub, "fixed") == 0)
		return report_status(argc, argv, ERRATA_EVENT_FIXED);
	if (strcmp(sub, "reopen") == 0)
		return report_status(argc, argv, ERRATA_EVENT_REOPEN);
	if (strcmp(sub, "scan") == 0)
		return report_scan(argc, argv);
	if (strcmp(sub, "sync") == 0)
		return report_sync(argc, argv);
	if (strcmp(sub, "redact") == 0)
		return report_redact(argc, argv);
	if (strcmp(sub, "migrate-contacts") == 0)
		return report_migrate_contacts(argc, argv);
	cmd_error("'report %s' is not a command; see 'errata report --help'", sub);
	return EXIT_USAGE;
}
