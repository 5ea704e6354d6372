/*
 * ci.c: `errata ci`, the gate for a change: check every article the change
 * touched, at the change's head, and report the findings that are new
 * relative to its base. Exit 1 on a new finding at error severity.
 *
 *   errata ci --base REV [--head REV] [--format text|json|sarif|github] [--all]
 *   errata ci --cached     (HEAD against the staged index: the pre-commit hook)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "errata.h"
#include "cmd.h"
#include "repo_args.h"

int cmd_ci(int argc, char **argv)
{
	const char *base = NULL, *head = NULL, *format = "text", *config = NULL;
	int all = 0, cached = 0, r, nrest, rc = EXIT_USAGE;
	const struct opt opts[] = {
		{ "base", 'b', OPT_STRING, &base, "REV", "the revision the change starts from (required, except with --cached)" },
		{ "head", 0, OPT_STRING, &head, "REV", "the revision to check (default HEAD)" },
		{ "cached", 0, OPT_FLAG, &cached, NULL, "check the staged index against HEAD (or --base)" },
		{ "format", 'f', OPT_STRING, &format, "FORMAT", "text (default), json, sarif or github" },
		{ "all", 'a', OPT_FLAG, &all, NULL, "report every finding in the changed articles, not only new ones" },
		{ "config", 'c', OPT_STRING, &config, "FILE", "the .errata.json to use for every article (default: each article's own, found in the tree it is read from, as check finds it)" },
		{ NULL, 0, OPT_END, NULL, NULL, NULL }
	};
	const struct opt_command cmd = {
		"errata ci --base REV [--head REV] [--format text|json|sarif|github] [--all] [-- PATH...]\n"
		"       errata ci --cached [--base REV] [--format ...] [--all] [-- PATH...]",
		"Check every article that changed between base and head, at head, and\n"
		"report the findings that are new relative to base: a finding whose\n"
		"fingerprint the base version of the same article (its old path, for a\n"
		"renamed one) does not have. Deleted articles are not checked; every\n"
		"finding of an added article is new. --cached reads the staged version\n"
		"of each article from the index (GIT_INDEX_FILE when git sets it).",
		opts,
		"exit codes: 0 no new error, 1 a new finding at error severity, 2 usage\n"
		"or repository error"
	};
	errata_output_format fmt;
	errata_diff_options dopts = ERRATA_DIFF_OPTIONS_INIT;
	errata_checker_options copts = ERRATA_CHECKER_OPTIONS_INIT;
	errata_output_options oopts = ERRATA_OUTPUT_OPTIONS_INIT;
	errata_repo *repo = NULL;
	errata_diff *diff = NULL;
	const errata_checker *checker = NULL;
	errata_output *o = NULL;
	errata_findings *found = NULL;
	errata_buf out = ERRATA_BUF_INIT;
	char **rest, **relpaths = NULL, *config_path = NULL;
	size_t new_errors = 0, checked = 0, failed = 0;

	r = opt_parse(&cmd, argc, argv, &rest, &nrest);
	if (r != OPT_OK)
		return r == OPT_HELP ? EXIT_CLEAN : EXIT_USAGE;
	if (errata_output_format_parse(format, &fmt) < 0)
		return cmd_fail();
	if (!base && !cached) {
		fprintf(stderr, "errata: ci needs --base REV (or --cached)\nusage: %s\n", cmd.usage);
		return EXIT_USAGE;
	}
	if (cached && head) {
		fprintf(stderr, "errata: --head and --cached cannot be used together\n");
		return EXIT_USAGE;
	}
	dopts.mode = cached ? ERRATA_DIFF_CACHED : ERRATA_DIFF_TREES;
	dopts.old_rev = base;
	dopts.new_rev = head;
	if (cached)
		dopts.index_path = getenv("GIT_INDEX_FILE");
	if ((r = cmd_open_diff(&repo, &diff, &dopts, rest, nrest, &relpaths, config, &copts,
	                       &config_path)) < 0) {
		if (r == -2)
			goto oom;
		goto fail;
	}
	if (errata_diff_use_checker(diff, &copts, &checker) < 0)
		goto fail;
	oopts.checker = checker;
	if (errata_output_new(&o, fmt, &oopts) < 0 || errata_findings_new(&found) < 0)
		goto fail;
	for (size_t i = 0; i < errata_diff_count(diff); i++) {
		const errata_diff_file *f = errata_diff_get(diff, i);
		size_t from = errata_findings_count(found);

		if (f->status == ERRATA_DIFF_DELETED)
			continue;
		if (errata_diff_check(diff, i, all, found, NULL, &new_errors) < 0) {
			/* An article that cannot be read fails the run, after the rest. */
			cmd_fail();
			if (errata_output_failure(o, errata_error_last()) < 0)
				goto fail;
			failed++;
			continue;
		}
		checked++;
		if (errata_output_write(o, &out, found, from) < 0)
			goto fail;
	}
	if (errata_output_finish(o, &out, checked) < 0)
		goto fail;
	if (cmd_write_stdout(out.ptr, out.size) < 0)
		goto cleanup;
	if (new_errors)
		fprintf(stderr, "errata: the change adds %zu error%s%s\n", new_errors,
		        new_errors == 1 ? "" : "s",
		        cached ? "; fix the staged text, or commit with --no-verify to skip this check" : "");
	rc = failed ? EXIT_USAGE : new_errors ? EXIT_FINDINGS : EXIT_CLEAN;
	goto cleanup;
oom:
	fprintf(stderr, "errata: out of memory\n");
	goto cleanup;
fail:
	rc = cmd_fail();
cleanup:
	cmd_diff_paths_free(relpaths, nrest);
	free(config_path);
	errata_buf_dispose(&out);
	errata_findings_free(found);
	errata_output_free(o);
	errata_diff_free(diff);
	errata_repo_free(repo);
	return rc;
}
