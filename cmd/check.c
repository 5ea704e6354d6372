/*
 * check.c: `errata check`, the article checker on the command line. It
 * expands the paths into article files and hands them to a pool of
 * workers (errata/pool.h), each with its own checkers (one per
 * configuration file in force, cached); each file's findings are written
 * as soon as its turn in the walk's order comes, so the output is the same
 * for any number of workers and memory follows the workers and the
 * largest article rather than the corpus. A file that cannot be read is
 * reported on stderr and makes the exit code 2, but the other files are
 * still checked.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "errata.h"
#include "cmd.h"
#include "fix.h"
#include "walk.h"

/* Flush the output buffer once it holds this much. */
#define FLUSH_AT (64 * 1024)

/* One checker per configuration file in force, kept by each worker. */
struct cached_checker {
	char *config;            /* NULL: no configuration file */
	errata_checker *checker; /* NULL: building it failed... */
	char *error;             /* ...for this reason */
};

/* A worker's own state: its checkers and the last folder it looked up. */
struct worker {
	struct cached_checker *cache;
	size_t cache_count;
	char *last_dir;               /* the folder of the last file... */
	char *last_config;            /* ...and the configuration found for it */
};

enum job_status {
	JOB_CHECKED,    /* findings holds the file's findings */
	JOB_FAILED,     /* message says why the input could not be checked */
	JOB_BROKEN      /* its configuration could not be built (message, once) */
};

/* One input: filled in by a worker, written out in the walk's order. */
struct check_job {
	char *path;                   /* in the job's own block */
	char *stdin_data;             /* --stdin-filename: standard input, read ahead */
	size_t stdin_len;
	int walk_error;               /* a folder that could not be read (message set) */
	enum job_status status;
	char *message;                /* NULL when the message could not be built */
	char *config;                 /* JOB_BROKEN: which configuration */
	errata_findings *findings;
	errata_buf diff;              /* --fix-dry-run: the file's fixes */
	const errata_checker *checker;
	errata_date date;             /* --format json: the article's date... */
	char date_from[64];           /* ...and where it came from */
	char *lang;                   /* --lang auto: the language chosen ... */
	char *lang_path;              /* ... for the document at this path */
};

struct check_run {
	errata_checker_options opts;  /* from the command line */
	const char *config_arg;       /* --config, or NULL */
	const char *stdin_name;       /* --stdin-filename, or NULL */
	size_t max_findings;          /* per file; 0: no limit */
	errata_doc_options doc_opts;
	errata_output_format fmt;
	errata_output *out;
	errata_pool *pool;
	errata_buf buf;
	const errata_checker **described;  /* checkers whose rules the output has */
	size_t described_count;
	char **broken;                /* configurations already reported broken */
	size_t broken_count;
	int broken_none;              /* "no configuration" already reported broken */
	size_t files, failed;
	int write_failed;
	int interactive;              /* stdout is a terminal: flush every file */
	enum fix_mode fix;            /* --fix, --fix-dry-run */
	errata_buf unshown;           /* findings under --fix-dry-run: counted, not printed */
};

static int flush(struct check_run *run, int force)
{
	if (run->write_failed)
		return -1;
	if (!run->buf.size || (!force && run->buf.size < FLUSH_AT))
		return 0;
	if (cmd_write_stdout(run->buf.ptr, run->buf.size) < 0) {
		run->write_failed = 1;
		return -1;
	}
	errata_buf_clear(&run->buf);
	return 0;
}

/* An input that could not be checked: say so, count it, go on. */
static void fail(struct check_run *run, const char *message)
{
	cmd_error("%s", message);
	if (errata_output_failure(run->out, message) < 0)
		cmd_fail();
	run->failed++;
}

/*
 * A failure's message, with the path in front unless the message starts
 * with it; NULL when out of memory.
 */
static char *input_message(const char *path, const char *message)
{
	size_t n, len;
	char *full;

	if (strcmp(path, "-") == 0)
		path = "<stdin>";
	n = strlen(path);
	if (strncmp(message, path, n) == 0 && message[n] == ':')
		return strdup(message);
	len = n + strlen(message) + 3;
	if ((full = malloc(len)) != NULL)
		snprintf(full, len, "%s: %s", path, message);
	return full;
}

static void fail_input(struct check_run *run, const char *path, const char *message)
{
	char *full = input_message(path, message);

	fail(run, full ? full : message);
	free(full);
}

/* Mark a job failed for `message` (about its path). */
static void job_fail(struct check_job *job, const char *message)
{
	job->status = JOB_FAILED;
	free(job->message);
	job->message = input_message(job->path, message);
}

/* The folder that holds path ("." for a bare name or standard input). */
static char *folder_of(const char *path)
{
	const char *slash = strcmp(path, "-") == 0 ? NULL : strrchr(path, '/');
	char *dir;

	if (!slash)
		return strdup(".");
	if (slash == path)
		return strdup("/");
	dir = malloc((size_t)(slash - path) + 1);
	if (dir) {
		memcpy(dir, path, (size_t)(slash - path));
		dir[slash - path] = '\0';
	}
	return dir;
}

static int same(const char *a, const char *b)
{
	return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

/*
 * The checker for a job's file, in a worker: built from --config, or from
 * the .errata.json found from the file's folder upward, one per
 * configuration path. Returns 0 with *out set, or -1 with the job marked
 * failed (or broken, for a configuration that cannot be built).
 */
static int checker_for(const struct check_run *run, struct worker *w,
                       struct check_job *job, errata_checker **out)
{
	char *config = NULL, *dir = NULL;
	struct cached_checker *c;
	errata_checker_options opts = run->opts;
	int error = 0;

	*out = NULL;
	if (run->config_arg) {
		if (!(config = strdup(run->config_arg)))
			goto oom;
	} else {
		if (!(dir = folder_of(job->path)))
			goto oom;
		if (w->last_dir && strcmp(w->last_dir, dir) == 0) {
			config = w->last_config ? strdup(w->last_config) : NULL;
			if (w->last_config && !config)
				goto oom;
		} else {
			if (errata_config_find(&config, dir) < 0) {
				job_fail(job, errata_error_last());
				error = -1;
				goto cleanup;
			}
			free(w->last_dir);
			free(w->last_config);
			w->last_dir = dir;
			dir = NULL;
			w->last_config = config ? strdup(config) : NULL;
			if (config && !w->last_config)
				goto oom;
		}
	}
	for (size_t i = 0; i < w->cache_count; i++) {
		c = &w->cache[i];
		if (!same(c->config, config))
			continue;
		if (!c->checker)
			goto broken;
		*out = c->checker;
		goto cleanup;
	}
	c = realloc(w->cache, (w->cache_count + 1) * sizeof(*c));
	if (!c)
		goto oom;
	w->cache = c;
	c = &w->cache[w->cache_count++];
	c->config = config;
	c->checker = NULL;
	c->error = NULL;
	config = NULL;
	opts.config_path = c->config;
	if (errata_checker_new(&c->checker, &opts) < 0) {
		c->checker = NULL;
		c->error = strdup(errata_error_last());
		goto broken;
	}
	*out = c->checker;
	goto cleanup;
broken:
	/* Reported once for the run (by the writer), counted for every file. */
	job->status = JOB_BROKEN;
	job->message = c->error ? strdup(c->error) : NULL;
	if (c->config && !(job->config = strdup(c->config)))
		goto oom;
	error = -1;
	goto cleanup;
oom:
	job_fail(job, "out of memory");
	error = -1;
cleanup:
	free(config);
	free(dir);
	return error;
}

/* Check one file, in a worker; the results stay in the job. */
static void check_work(void *vjob, void **state, void *ud)
{
	const struct check_run *run = ud;
	struct check_job *job = vjob;
	struct worker *w = *state;
	errata_checker *checker = NULL;
	errata_doc *doc = NULL;
	char fix_msg[1024];

	if (job->walk_error)
		return;
	if (!w && !(w = *state = calloc(1, sizeof(*w)))) {
		job_fail(job, "out of memory");
		return;
	}
	if (checker_for(run, w, job, &checker) < 0)
		return;
	job->checker = checker;
	if (job->stdin_data ? errata_doc_load_buffer(&doc, job->path, job->stdin_data,
	                                             job->stdin_len, &run->doc_opts) < 0
	                    : errata_doc_load_file(&doc, job->path, &run->doc_opts) < 0) {
		job_fail(job, errata_error_last());
		goto cleanup;
	}
	if (errata_findings_new(&job->findings) == 0)
		errata_findings_set_limit(job->findings, run->max_findings);
	if (!job->findings ||
	    errata_checker_check(checker, doc, job->findings) < 0) {
		job_fail(job, errata_error_last());
		goto cleanup;
	}
	{
		int detected = 0;
		const char *lang = errata_checker_lang(checker, &detected);

		if (detected && (!(job->lang = strdup(lang)) ||
		                 !(job->lang_path = strdup(errata_doc_path(doc))))) {
			job_fail(job, "out of memory");
			goto cleanup;
		}
	}
	if (run->fmt == ERRATA_OUTPUT_JSON) {
		const char *from = NULL;

		if (errata_checker_article_date(checker, doc, &job->date, &from) < 0) {
			job_fail(job, errata_error_last());
			goto cleanup;
		}
		snprintf(job->date_from, sizeof(job->date_from), "%s", from ? from : "none");
	}
	/* Fixing runs with one worker: files change and notes go to stderr in order. */
	if (run->fix && fix_file(run->fix, job->path, checker, &run->doc_opts, &doc, &job->findings,
	                         &job->diff, fix_msg, sizeof(fix_msg)) < 0) {
		job_fail(job, fix_msg);
		goto cleanup;
	}
	job->status = JOB_CHECKED;
cleanup:
	errata_doc_free(doc);
}

static void worker_free(void *state, void *ud)
{
	struct worker *w = state;

	(void)ud;
	if (!w)
		return;
	for (size_t i = 0; i < w->cache_count; i++) {
		free(w->cache[i].config);
		free(w->cache[i].error);
		errata_checker_free(w->cache[i].checker);
	}
	free(w->cache);
	free(w->last_dir);
	free(w->last_config);
	free(w);
}

static void job_free(struct check_job *job)
{
	if (!job)
		return;
	errata_findings_free(job->findings);
	errata_buf_dispose(&job->diff);
	free(job->stdin_data);
	free(job->message);
	free(job->config);
	free(job->lang);
	free(job->lang_path);
	free(job);
}

/* Register a checker's rules with the output the first time it is seen. */
static int describe(struct check_run *run, const errata_checker *checker)
{
	const errata_checker **d;

	for (size_t i = 0; i < run->described_count; i++)
		if (run->described[i] == checker)
			return 0;
	if (!(d = realloc(run->described, (run->described_count + 1) * sizeof(*d))))
		return -1;
	run->described = d;
	d[run->described_count++] = checker;
	return errata_output_add_rules(run->out, checker);
}

/* A broken configuration: reported for its first file only. */
static int first_broken(struct check_run *run, const char *config)
{
	char **b;

	if (!config) {
		if (run->broken_none)
			return 0;
		run->broken_none = 1;
		return 1;
	}
	for (size_t i = 0; i < run->broken_count; i++)
		if (strcmp(run->broken[i], config) == 0)
			return 0;
	if ((b = realloc(run->broken, (run->broken_count + 1) * sizeof(*b))) != NULL) {
		run->broken = b;
		if ((b[run->broken_count] = strdup(config)) != NULL)
			run->broken_count++;
	}
	return 1;
}

/* Write a job's results, in the caller's thread, in the walk's order. */
static int check_deliver(void *vjob, void *ud)
{
	struct check_run *run = ud;
	struct check_job *job = vjob;

	if (run->write_failed)
		goto done;
	switch (job->status) {
	case JOB_FAILED:
		fail(run, job->message ? job->message : "out of memory");
		break;
	case JOB_BROKEN:
		if (first_broken(run, job->config)) {
			fail(run, job->message ? job->message : "out of memory");
		} else {
			run->failed++;
			errata_output_failure(run->out, NULL);
		}
		break;
	case JOB_CHECKED:
		if (describe(run, job->checker) < 0) {
			fail_input(run, job->path, "out of memory");
			break;
		}
		if (run->fmt == ERRATA_OUTPUT_JSON &&
		    errata_output_file_date(run->out, strcmp(job->path, "-") ? job->path : "<stdin>",
		                            &job->date, job->date_from) < 0) {
			fail_input(run, job->path, errata_error_last());
			break;
		}
		run->files++;
		errata_buf_clear(&run->unshown);
		if (job->diff.size && errata_buf_put(&run->buf, job->diff.ptr, job->diff.size) < 0) {
			fail_input(run, job->path, "out of memory");
			break;
		}
		if (job->lang && errata_output_language(run->out, job->lang_path, job->lang) < 0) {
			fail_input(run, job->path, errata_error_last());
			break;
		}
		if (errata_output_write(run->out, run->fix == FIX_DRY_RUN ? &run->unshown : &run->buf,
		                        job->findings, 0) < 0) {
			fail_input(run, job->path, errata_error_last());
			break;
		}
		flush(run, run->interactive);
		break;
	}
done:
	job_free(job);
	return run->write_failed ? -1 : 0;
}

/* A job for path, which it holds right after itself (one allocation for both). */
static struct check_job *job_new(const char *path)
{
	size_t size = strlen(path) + 1;
	struct check_job *job = malloc(sizeof(*job) + size);

	if (job) {
		memset(job, 0, sizeof(*job));
		job->path = memcpy((char *)(job + 1), path, size);
		job->status = JOB_FAILED;
	}
	return job;
}

/* Queue a job; a job that cannot be made fails in order, after the others. */
static int submit(struct check_run *run, struct check_job *job, const char *path)
{
	if (!job) {
		if (errata_pool_finish(run->pool) == 0)
			fail_input(run, path, "out of memory");
		return run->write_failed ? -1 : 0;
	}
	if (errata_pool_submit(run->pool, job) != 0) {
		job_free(job);
		return -1;
	}
	return 0;
}

/* Standard input, whole, up to max bytes (0: the default limit); 0 or -1 with *why. */
static int read_stdin(size_t max, char **out, size_t *len, const char **why)
{
	errata_buf b = ERRATA_BUF_INIT;
	char chunk[65536];
	size_t n;

	if (!max)
		max = ERRATA_DOC_DEFAULT_MAX_SIZE;
	*why = NULL;
	while ((n = fread(chunk, 1, sizeof(chunk), stdin)) > 0) {
		if (b.size + n > max) {
			*why = "larger than the --max-size limit";
			break;
		}
		if (errata_buf_put(&b, chunk, n) < 0) {
			*why = "out of memory";
			break;
		}
	}
	if (!*why && ferror(stdin))
		*why = "read error";
	if (*why) {
		errata_buf_dispose(&b);
		return -1;
	}
	*len = b.size;
	*out = b.ptr ? b.ptr : calloc(1, 1);
	if (!*out) {
		*why = "out of memory";
		return -1;
	}
	return 0;
}

static int check_file(const char *path, void *ud)
{
	struct check_run *run = ud;
	struct check_job *job;

	if (run->write_failed)
		return -1;
	if (strcmp(path, "-") != 0 || !run->stdin_name)
		return submit(run, job_new(path), path);
	/*
	 * --stdin-filename: standard input is checked as if it were that file
	 * (its format, its folder's configuration, the path in findings).
	 */
	job = job_new(run->stdin_name);
	if (job) {
		const char *why = NULL;

		if (read_stdin(run->doc_opts.max_size, &job->stdin_data, &job->stdin_len, &why) < 0) {
			job->walk_error = 1;
			job_fail(job, why);
		}
	}
	return submit(run, job, run->stdin_name);
}

static void walk_error(const char *path, const char *message, void *ud)
{
	struct check_run *run = ud;
	struct check_job *job = job_new(path);

	if (job) {
		job->walk_error = 1;
		job_fail(job, message);
	}
	submit(run, job, path);
}

/* "1048576", "512K", "16M", "1G" (powers of 1024); 0 on success. */
static int parse_size(const char *s, size_t *out)
{
	char *end;
	unsigned long long v;
	unsigned long long mult = 1;

	if (!s || !*s || *s == '-' || *s == '+')
		return -1;
	errno = 0;
	v = strtoull(s, &end, 10);
	if (errno || end == s)
		return -1;
	if (*end == 'K' || *end == 'k')
		mult = 1024ULL, end++;
	else if (*end == 'M' || *end == 'm')
		mult = 1024ULL * 1024, end++;
	else if (*end == 'G' || *end == 'g')
		mult = 1024ULL * 1024 * 1024, end++;
	if (*end || v == 0 || v > (unsigned long long)SIZE_MAX / mult)
		return -1;
	*out = (size_t)(v * mult);
	return 0;
}

static void print_summary(const struct check_run *run)
{
	size_t e = 0, w = 0, n = 0;

	errata_output_tally(run->out, &e, &w, &n);
	fprintf(stderr, "%zu file%s checked: %zu error%s, %zu warning%s, %zu info%s",
	        run->files, run->files == 1 ? "" : "s", e, e == 1 ? "" : "s",
	        w, w == 1 ? "" : "s", n, n == 1 ? "" : "s");
	if (run->failed)
		fprintf(stderr, "; %zu input%s failed", run->failed, run->failed == 1 ? "" : "s");
	fputc('\n', stderr);
}

static const char check_description[] =
	"Check articles for dates whose weekday is wrong, dates that do not exist,\n"
	"durations the dates contradict, and the rules of the rule packs. A folder\n"
	"is walked for .md, .markdown, .txt, .html and .htm files in sorted order,\n"
	"skipping hidden folders; '-' reads standard input (as plain text, as HTML\n"
	"when it reads as HTML, or as the file --stdin-filename names).";

static const char check_epilog[] =
	"Text output is one line per finding, 'path:line:col: severity: message [rule]',\n"
	"each suggestion on an indented line of its own, '    suggestion: TEXT', and a\n"
	"summary on stderr. Exit codes: 0 no finding at error severity, 1 at least one,\n"
	"2 usage or input error (an input that could not be read; the others are still\n"
	"checked). With --fix, what is printed and the exit code are what is left after\n"
	"fixing; --fix-dry-run prints the fixes as a unified diff instead.";

int cmd_check(int argc, char **argv)
{
	const char *format = "text", *date = NULL, *date_order = NULL, *lang = NULL, *messages = NULL, *config = NULL,
	           *min_sev = NULL, *max_size = NULL, *jobs = NULL;
	const char *stdin_name = NULL, *max_findings = NULL;
	int fix = 0, fix_dry_run = 0;
	struct opt_list rules = { NULL, 0 }, enable = { NULL, 0 }, disable = { NULL, 0 },
	                facts = { NULL, 0 };
	const struct opt options[] = {
		{ "format", 'f', OPT_STRING, &format, "FORMAT", "text (default), json, sarif or github" },
		{ "date", 0, OPT_STRING, &date, "YYYY-MM-DD", "the article's date (wins over the date the article gives)" },
		{ "date-order", 0, OPT_STRING, &date_order, "ORDER", "how to read numeric dates such as 1/7/2026: dmy, mdy, ymd or auto (default: config, then the language's)" },
		{ "lang", 0, OPT_STRING, &lang, "CODE", "the articles' language, or auto to choose it from each article's words (default: front matter, config, en)" },
		{ "messages", 0, OPT_STRING, &messages, "CODE", "write messages in this language (default: the config's, else each article's; English where its table has none)" },
		{ "config", 'c', OPT_STRING, &config, "FILE", "use this configuration instead of .errata.json" },
		{ "rules", 0, OPT_LIST, &rules, "DIR", "also load the rule packs in DIR (repeatable)" },
		{ "enable", 0, OPT_LIST, &enable, "RULE", "turn a rule (or 'prefix.') on (repeatable)" },
		{ "disable", 0, OPT_LIST, &disable, "RULE", "turn a rule (or 'prefix.') off (repeatable)" },
		{ "min-severity", 0, OPT_STRING, &min_sev, "LEVEL", "report only error, warning or info and above" },
		{ "facts", 0, OPT_LIST, &facts, "FILE", "a fact sheet (JSON) to check against (repeatable)" },
		{ "max-size", 0, OPT_STRING, &max_size, "BYTES", "refuse larger inputs (default 16M; K, M, G suffixes)" },
		{ "fix", 0, OPT_FLAG, &fix, NULL, "apply each finding's first suggestion in the file, where safe" },
		{ "fix-dry-run", 0, OPT_FLAG, &fix_dry_run, NULL, "print those fixes as a unified diff; change nothing" },
		{ "jobs", 'j', OPT_STRING, &jobs, "N", "check N files at once (default: the cores available)" },
		{ "max-findings", 0, OPT_STRING, &max_findings, "N", "report at most N findings per file, then say so (default 10000; 0: no limit)" },
		{ "stdin-filename", 0, OPT_STRING, &stdin_name, "NAME", "read '-' as the file NAME: its format, configuration and path in findings" },
		{ NULL, 0, OPT_END, NULL, NULL, NULL }
	};
	const struct opt_command command = {
		"errata check [OPTIONS] PATH...|-", check_description, options, check_epilog
	};
	errata_checker_options copts = ERRATA_CHECKER_OPTIONS_INIT;
	errata_doc_options dopts = ERRATA_DOC_OPTIONS_INIT;
	errata_pool_options popts = ERRATA_POOL_OPTIONS_INIT;
	struct walk_callbacks cb;
	struct check_run run;
	char **paths = NULL;
	int npaths = 0, rc = EXIT_USAGE, r;
	size_t errors = 0;

	memset(&run, 0, sizeof(run));
	r = opt_parse(&command, argc, argv, &paths, &npaths);
	if (r != OPT_OK) {
		rc = r == OPT_HELP ? (fflush(stdout) == 0 ? EXIT_CLEAN : EXIT_USAGE) : EXIT_USAGE;
		goto cleanup;
	}
	if (errata_output_format_parse(format, &run.fmt) < 0) {
		rc = cmd_fail();
		goto cleanup;
	}
	if (date && errata_date_parse_iso(date, &copts.date) < 0) {
		cmd_error("--date '%s' is not a date (use YYYY-MM-DD)", date);
		goto cleanup;
	}
	if (date_order) {
		if (strcmp(date_order, "dmy") == 0)
			copts.order = ERRATA_ORDER_DMY;
		else if (strcmp(date_order, "mdy") == 0)
			copts.order = ERRATA_ORDER_MDY;
		else if (strcmp(date_order, "ymd") == 0)
			copts.order = ERRATA_ORDER_YMD;
		else if (strcmp(date_order, "auto") != 0) {
			cmd_error("--date-order '%s' is not dmy, mdy, ymd or auto", date_order);
			goto cleanup;
		}
	}
	if (min_sev && errata_severity_parse(min_sev, &copts.min_severity) < 0) {
		rc = cmd_fail();
		goto cleanup;
	}
	if (max_size && parse_size(max_size, &dopts.max_size) < 0) {
		cmd_error("--max-size '%s' is not a size in bytes (e.g. 1048576 or 16M)", max_size);
		goto cleanup;
	}
	if (fix && fix_dry_run) {
		fprintf(stderr, "errata: --fix and --fix-dry-run exclude each other\n");
		goto cleanup;
	}
	if (fix_dry_run && run.fmt != ERRATA_OUTPUT_TEXT) {
		fprintf(stderr, "errata: --fix-dry-run prints a diff; it takes no --format\n");
		goto cleanup;
	}
	run.fix = fix ? FIX_WRITE : fix_dry_run ? FIX_DRY_RUN : FIX_NONE;
	if (jobs && cmd_parse_jobs(jobs, &popts.workers) < 0) {
		goto cleanup;
	}
	if (run.fix)
		popts.workers = 1;  /* after -j: fixes rewrite files, one at a time */
	if (npaths == 0) {
		fprintf(stderr, "errata: no input; name the files or folders to check, "
		                "or '-' for standard input\nusage: %s\n(see --help)\n", command.usage);
		goto cleanup;
	}
	if (stdin_name) {
		int dash = 0;

		for (int i = 0; i < npaths; i++)
			dash += strcmp(paths[i], "-") == 0;
		if (dash != 1 || !stdin_name[0] || strcmp(stdin_name, "-") == 0) {
			cmd_error("--stdin-filename names standard input: give '-' once among the inputs, "
			          "and a file name");
			goto cleanup;
		}
		if (fix || fix_dry_run) {
			cmd_error("--fix and --fix-dry-run cannot change standard input");
			goto cleanup;
		}
	}
	run.stdin_name = stdin_name;
	run.max_findings = 10000;
	if (max_findings && cmd_parse_max_findings(max_findings, &run.max_findings) < 0)
		goto cleanup;
	copts.lang = lang;
	copts.messages = messages;
	copts.rule_dirs = rules.items;
	copts.rule_dir_count = rules.count;
	copts.enable = enable.items;
	copts.enable_count = enable.count;
	copts.disable = disable.items;
	copts.disable_count = disable.count;
	copts.facts_paths = facts.items;
	copts.facts_count = facts.count;
	run.opts = copts;
	run.config_arg = config;
	run.doc_opts = dopts;
	run.interactive = isatty(STDOUT_FILENO);
	popts.work = check_work;
	popts.deliver = check_deliver;
	popts.worker_free = worker_free;
	popts.ud = &run;
	if (errata_output_new(&run.out, run.fmt, NULL) < 0 ||
	    errata_pool_new(&run.pool, &popts) < 0) {
		rc = cmd_fail();
		goto cleanup;
	}
	cb.file = check_file;
	cb.error = walk_error;
	cb.ud = &run;
	for (int i = 0; i < npaths && !run.write_failed; i++)
		walk_path(paths[i], &cb);
	errata_pool_finish(run.pool);
	if (!run.write_failed && errata_output_finish(run.out, &run.buf, run.files) < 0) {
		rc = cmd_fail();
		goto cleanup;
	}
	if (flush(&run, 1) < 0)
		goto cleanup;
	if (run.fmt == ERRATA_OUTPUT_TEXT || run.fmt == ERRATA_OUTPUT_GITHUB)
		print_summary(&run);
	errata_output_tally(run.out, &errors, NULL, NULL);
	rc = run.failed ? EXIT_USAGE : errors ? EXIT_FINDINGS : EXIT_CLEAN;
cleanup:
	errata_pool_free(run.pool);
	free(run.described);
	for (size_t i = 0; i < run.broken_count; i++)
		free(run.broken[i]);
	free(run.broken);
	errata_output_free(run.out);
	errata_buf_dispose(&run.buf);
	errata_buf_dispose(&run.unshown);
	opt_list_free(&rules);
	opt_list_free(&enable);
	opt_list_free(&disable);
	opt_list_free(&facts);
	return rc;
}
