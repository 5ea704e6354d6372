/*
 * correct.c: `errata correct ID`: publish the correction for a fixed
 * report (its status becomes `corrected`); `errata corrections` prints it.
 */
#include <stdio.h>
#include <string.h>

#include "repo_args.h"

int cmd_correct(int argc, char **argv)
{
	const char *kind = "correction", *wrong = NULL, *right = NULL, *notice = NULL;
	const char *approved = NULL, *actor = NULL;
	const struct opt opts[] = {
		{ "kind", 'k', OPT_STRING, &kind, "KIND", "correction|clarification|update|editors-note|retraction (default correction)" },
		{ "wrong", 0, OPT_STRING, &wrong, "TEXT", "what the article said" },
		{ "right", 0, OPT_STRING, &right, "TEXT", "what is right" },
		{ "notice", 0, OPT_STRING, &notice, "TEXT", "the public notice (default: built from --wrong and --right)" },
		{ "approved-by", 0, OPT_STRING, &approved, "NAME", "the editor who approved it" },
		{ "actor", 0, OPT_STRING, &actor, "NAME", "who publishes it (default: git user, then $USER)" },
		{ NULL, 0, OPT_END, NULL, NULL, NULL }
	};
	const struct opt_command cmd = {
		"errata correct ID --kind KIND --wrong TEXT --right TEXT [--notice TEXT] [--approved-by NAME]",
		"Publish the correction for a fixed report: the report becomes `corrected`\n"
		"and the correction appears in 'errata corrections PATH'.", opts, NULL
	};
	errata_event_input ev = ERRATA_EVENT_INPUT_INIT;
	errata_report_options ro = ERRATA_REPORT_OPTIONS_INIT;
	errata_repo *repo = NULL;
	char **rest, id[ERRATA_REPORT_ID_SIZE];
	int nrest, rc = EXIT_USAGE, r;

	if ((r = opt_parse(&cmd, argc, argv, &rest, &nrest)) != OPT_OK)
		return r == OPT_HELP ? EXIT_CLEAN : EXIT_USAGE;
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
