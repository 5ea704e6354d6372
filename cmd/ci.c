/*
 * ci.c: `errata ci`, the gate for a change: check every article the change
 * touched, at the change's head, and report the findings that are new
 * relative to its base. Exit 1 on a new finding at error severity.
 *
 *   errata ci --base REV [--head REV] [--format text|json|sarif|github] [--all]
 *   errata ci --cached     (HEAD against the staged index: the pre-commit hook)
 *
 * The changed articles are checked by the pool of errata/pool.h, each
 * worker with its own checkers, and written in the diff's order.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "errata.h"
#include "cmd.h"
#include "repo_args.h"

/* One changed article, checked by a worker, written in the diff's order. */
struct ci_job {
	size_t i;
	errata_findings *found;
	size_t new_errors;
	char *error;             /* why it could not be checked, or NULL */
	int oom;
};

struct ci_run {
	errata_diff *diff;
	int all;
	errata_output *o;
	errata_buf *out;
	size_t new_errors, checked, failed;
	int broken;              /* the output could not be written */
};

/* Check one changed article, with this worker's own checkers. */
static void ci_work(void *vjob, void **state, void *ud)
{
	struct ci_job *job = vjob;
	struct ci_run *run = ud;

	if ((!*state && errata_diff_checkers_new((errata_diff_checkers **)state, run->diff) < 0) ||
	    errata_findings_new(&job->found) < 0) {
		job->oom = 1;
		return;
	}
	if (errata_diff_check_with(run->diff, *state, job->i, run->all, job->found,
	                           &job->new_errors) < 0 &&
	    !(job->error = strdup(errata_error_last())))
		job->oom = 1;
}

static void ci_worker_free(void *state, void *ud)
{
	(void)ud;
	errata_diff_checkers_free(state);
}

static int ci_deliver(void *vjob, void *ud)
{
	struct ci_job *job = vjob;
	struct ci_run *run = ud;

	if (!run->broken) {
		if (job->oom || job->error) {
			/* An article that cannot be read fails the run, after the rest. */
			const char *msg = job->error ? job->error : "out of memory";

			cmd_error("%s", msg);
			if (errata_output_failure(run->o, msg) < 0)
				run->broken = 1;
			run->failed++;
		} else {
			const errata_diff_file *f = errata_diff_get(run->diff, job->i);
			errata_date date;
			const char *from;

			run->checked++;
			run->new_errors += job->new_errors;
			/* JSON's "files": the date each article was read against */
			if (f && errata_diff_article_date(run->diff, job->i, &date, &from) &&
			    errata_output_file_date(run->o, f->path, &date, from) < 0)
				run->broken = 1;
			if (errata_output_write(run->o, run->out, job->found, 0) < 0)
				run->broken = 1;
		}
	}
	errata_findings_free(job->found);
	free(job->error);
	free(job);
	return run->broken;
}

int cmd_ci(int argc, char **argv)
{
	const char *base = NULL, *head = NULL, *format = "text", *config = NULL, *jobs = NULL,
	           *max_findings = "10000";
	int all = 0, cached = 0, r, nrest, rc = EXIT_USAGE;
	const struct opt opts[] = {
		{ "base", 'b', OPT_STRING, &base, "REV", "the revision the change starts from (required, except with --cached)" },
		{ "head", 0, OPT_STRING, &head, "REV", "the revision to check (default HEAD)" },
		{ "cached", 0, OPT_FLAG, &cached, NULL, "check the staged index against HEAD (or --base)" },
		{ "format", 'f', OPT_STRING, &format, "FORMAT", "text (default), json, sarif or github" },
		{ "all", 'a', OPT_FLAG, &all, NULL, "report every finding in the changed articles, not only new ones" },
		{ "config", 'c', OPT_STRING, &config, "FILE", "the .errata.json to use for every article (default: each article's own, found in the tree it is read from, as check finds it)" },
		{ "jobs", 'j', OPT_STRING, &jobs, "N", "check N articles at once (default: the cores available)" },
		{ "max-findings", 0, OPT_STRING, &max_findings, "N", "check at most N findings per article version, then say so (default 10000; 0: no limit)" },
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
	errata_pool_options popts = ERRATA_POOL_OPTIONS_INIT;
	errata_pool *pool = NULL;
	struct ci_run run;
	errata_buf out = ERRATA_BUF_INIT;
	char **rest, **relpaths = NULL, *config_path = NULL;
	size_t new_errors = 0, checked = 0, failed = 0, max = 0;

	r = opt_parse(&cmd, argc, argv, &rest, &nrest);
	if (r != OPT_OK)
		return r == OPT_HELP ? EXIT_CLEAN : EXIT_USAGE;
	if (errata_output_format_parse(format, &fmt) < 0)
		return cmd_fail();
	if (jobs && cmd_parse_jobs(jobs, &popts.workers) < 0) {
		return EXIT_USAGE;
	}
	if (cmd_parse_max_findings(max_findings, &max) < 0)
		return EXIT_USAGE;
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
	errata_diff_set_max_findings(diff, max);
	oopts.checker = checker;
	if (errata_output_new(&o, fmt, &oopts) < 0)
		goto fail;
	memset(&run, 0, sizeof(run));
	run.diff = diff;
	run.all = all;
	run.o = o;
	run.out = &out;
	popts.work = ci_work;
	popts.deliver = ci_deliver;
	popts.worker_free = ci_worker_free;
	popts.ud = &run;
	if (errata_pool_new(&pool, &popts) < 0)
		goto fail;
	for (size_t i = 0; i < errata_diff_count(diff) && !run.broken; i++) {
		struct ci_job *job;

		if (errata_diff_get(diff, i)->status == ERRATA_DIFF_DELETED)
			continue;
		if (!(job = calloc(1, sizeof(*job))))
			goto oom;
		job->i = i;
		if (errata_pool_submit(pool, job) != 0)
			free(job);
	}
	errata_pool_finish(pool);
	if (run.broken)
		goto fail;
	new_errors = run.new_errors;
	checked = run.checked;
	failed = run.failed;
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
	errata_pool_free(pool);
	errata_output_free(o);
	errata_diff_free(diff);
	errata_repo_free(repo);
	return rc;
}
