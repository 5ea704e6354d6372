/*
 * correct.c: `errata correct ID`: publish the correction for a fixed
 * report (its status becomes `corrected`); `errata correct --path P
 * --note TEXT`: publish a correction nobody reported, recorded the same
 * way. `errata corrections` prints them.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "repo_args.h"

static int correct_unreported(const struct opt_command *cmd, int nrest, const char *path_arg,
                              const char *kind, const char *wrong, const char *right,
                              const char *note, const char *in, const char *approved,
                              const char *actor)
{
	errata_correction_input ci = ERRATA_CORRECTION_INPUT_INIT;
	errata_report_options ro = ERRATA_REPORT_OPTIONS_INIT;
	errata_repo *repo = NULL;
	char id[ERRATA_REPORT_ID_SIZE], *path = NULL;
	int rc = EXIT_USAGE;

	if (nrest != 0)
		return cmd_usage(cmd, "correct --path takes no report ID");
	if (!note)
		return cmd_usage(cmd, "correct --path needs --note TEXT (the public notice)");
	if (cmd_open_repo_path(&repo, path_arg, &path) < 0)
		goto cleanup;
	ci.path = path;
	ci.rev = in;
	ci.kind = kind;
	ci.wrong = wrong;
	ci.right = right;
	ci.notice = note;
	ci.approved_by = approved;
	ro.actor = actor;
	if (errata_correction_publish(repo, &ci, &ro, id) < 0) {
		rc = cmd_fail();
		goto cleanup;
	}
	printf("%s corrected\n", id);
	rc = fflush(stdout) == 0 ? EXIT_CLEAN : EXIT_USAGE;
cleanup:
	free(path);
	errata_repo_free(repo);
	return rc;
}

int cmd_correct(int argc, char **argv)
{
	const char *kind = "correction", *wrong = NULL, *right = NULL, *notice = NULL;
	const char *approved = NULL, *actor = NULL, *path_arg = NULL, *note = NULL, *in = NULL;
	const struct opt opts[] = {
		{ "kind", 'k', OPT_STRING, &kind, "KIND", "correction|clarification|update|editors-note|retraction (default correction)" },
		{ "wrong", 0, OPT_STRING, &wrong, "TEXT", "what the article said" },
		{ "right", 0, OPT_STRING, &right, "TEXT", "what is right" },
		{ "notice", 0, OPT_STRING, &notice, "TEXT", "the public notice (default: built from --wrong and --right)" },
		{ "path", 'p', OPT_STRING, &path_arg, "PATH", "publish a correction no reader reported, for this article" },
		{ "note", 0, OPT_STRING, &note, "TEXT", "with --path: the public notice" },
		{ "in", 0, OPT_STRING, &in, "REV", "with --path: the revision with the corrected text (default HEAD)" },
		{ "approved-by", 0, OPT_STRING, &approved, "NAME", "the editor who approved it" },
		{ "actor", 0, OPT_STRING, &actor, "NAME", "who publishes it (default: git user, then $USER)" },
		{ NULL, 0, OPT_END, NULL, NULL, NULL }
	};
	const struct opt_command cmd = {
		"errata correct ID --kind KIND --wrong TEXT --right TEXT [--notice TEXT] [--approved-by NAME]\n"
		"       errata correct --path PATH --note TEXT [--kind KIND] [--wrong TEXT] [--right TEXT] [--in REV]",
		"Publish the correction for a fixed report: the report becomes `corrected`\n"
		"and the correction appears in 'errata corrections PATH'. With --path, publish\n"
		"a correction nobody reported; it is recorded as a report opened, fixed and\n"
		"corrected by the editor.", opts, NULL
	};
	errata_event_input ev = ERRATA_EVENT_INPUT_INIT;
	errata_report_options ro = ERRATA_REPORT_OPTIONS_INIT;
	errata_repo *repo = NULL;
	char **rest, id[ERRATA_REPORT_ID_SIZE];
	int nrest, rc = EXIT_USAGE, r;

	if ((r = opt_parse(&cmd, argc, argv, &rest, &nrest)) != OPT_OK)
		return r == OPT_HELP ? EXIT_CLEAN : EXIT_USAGE;
	if (path_arg)
		return correct_unreported(&cmd, nrest, path_arg, kind, wrong, right, note ? note : notice,
		                          in, approved, actor);
	if (note || in)
		return cmd_usage(&cmd, "--note and --in go with --path (a correction nobody reported)");
	if (nrest != 1 || !wrong || !right)
		return cmd_usage(&cmd, nrest != 1 ? "correct needs one report ID" :
		                 "correct needs --wrong TEXT and --right TEXT");
	if (cmd_open_repo(&repo) < 0)
		goto cleanup;
	ev.type = ERRATA_EVENT_NOTICE;
	ev.kind = kind;
	ev.wrong = wrong;
	ev.right = right;
	ev.notice = notice;
	ev.approved_by = approved;
	ro.actor = actor;
	if (errata_report_event(repo, rest[0], &ev, &ro, id) < 0) {
		rc = cmd_fail();
		goto cleanup;
	}
	printf("%s corrected\n", id);
	rc = fflush(stdout) == 0 ? EXIT_CLEAN : EXIT_USAGE;
cleanup:
	errata_repo_free(repo);
	return rc;
}
