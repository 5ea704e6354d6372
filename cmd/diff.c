/*
 * diff.c: `errata diff`, what an edit changed in the prose, word by word,
 * and the findings it introduced and fixed.
 *
 *   errata diff [REV1 [REV2]] [--cached|--worktree] [--format text|json]
 *               [--color auto|always|never] [--max-findings N] [-- PATH...]
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cjson/cJSON.h>

#include "errata.h"
#include "cmd.h"
#include "repo_args.h"

#define BOLD "\033[1m"
#define RESET "\033[m"

struct diff_args {
	int cached, worktree;
	const char *format, *color, *context, *max_findings;
};

/* Split argv at "--": paths after it are never taken for revisions. */
static int split_paths(int argc, char **argv, char ***paths, int *npaths)
{
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--") == 0) {
			*paths = argv + i + 1;
			*npaths = argc - i - 1;
			return i;
		}
	}
	*paths = NULL;
	*npaths = 0;
	return argc;
}

static int want_color(const char *mode, int *color)
{
	if (!mode || strcmp(mode, "auto") == 0) {
		const char *no = getenv("NO_COLOR");

		*color = isatty(STDOUT_FILENO) && !(no && *no);
	} else if (strcmp(mode, "always") == 0) {
		*color = 1;
	} else if (strcmp(mode, "never") == 0) {
		*color = 0;
	} else {
		cmd_error("--color must be auto, always or never, not '%s'", mode);
		return -1;
	}
	return 0;
}

/* Length of the valid UTF-8 sequence at s[0, n), or 0 if it is not one. */
static size_t utf8_len(const unsigned char *s, size_t n)
{
	size_t len = s[0] < 0x80 ? 1 : s[0] >= 0xc2 && s[0] <= 0xdf ? 2
	           : s[0] >= 0xe0 && s[0] <= 0xef ? 3 : s[0] >= 0xf0 && s[0] <= 0xf4 ? 4 : 0;

	if (len == 0 || len > n)
		return 0;
	for (size_t i = 1; i < len; i++)
		if ((s[i] & 0xc0) != 0x80)
			return 0;
	/* overlong three- and four-byte forms, surrogates, beyond U+10FFFF */
	if ((s[0] == 0xe0 && s[1] < 0xa0) || (s[0] == 0xed && s[1] > 0x9f) ||
	    (s[0] == 0xf0 && s[1] < 0x90) || (s[0] == 0xf4 && s[1] > 0x8f))
		return 0;
	return len;
}

/*
 * A JSON string of text[offset, offset+length), each byte that is not
 * valid UTF-8 (an old version may hold some) written as U+FFFD; NULL when
 * memory ran out.
 */
static cJSON *slice_json(const char *text, size_t offset, size_t length)
{
	char *copy = malloc(length * 3 + 1);
	const unsigned char *p = (const unsigned char *)text + offset;
	size_t i = 0, o = 0;
	cJSON *s;

	if (!copy)
		return NULL;
	while (i < length) {
		size_t n = utf8_len(p + i, length - i);

		if (n == 0) {
			memcpy(copy + o, "\xef\xbf\xbd", 3);
			o += 3;
			i++;
		} else {
			memcpy(copy + o, p + i, n);
			o += n;
			i += n;
		}
	}
	copy[o] = '\0';
	s = cJSON_CreateString(copy);
	free(copy);
	return s;
}

/* The changes as the JSON "hunks" array, or NULL when memory ran out. */
static cJSON *hunks_json(const errata_diff_file *f, const errata_worddiff *wd)
{
	cJSON *arr = cJSON_CreateArray();
	int ok = arr != NULL;

	for (size_t i = 0; ok && i < errata_worddiff_count(wd); i++) {
		const errata_wordchange *c = errata_worddiff_get(wd, i);
		cJSON *h = cJSON_CreateObject();

		ok = h && cJSON_AddItemToArray(arr, h);
		if (!ok) {
			cJSON_Delete(h);
			break;
		}
		ok = cJSON_AddItemToObject(h, "old_text", slice_json(f->old_data ? f->old_data : "",
		                                                     c->old_offset, c->old_length));
		ok = ok && cJSON_AddItemToObject(h, "new_text", slice_json(f->new_data ? f->new_data : "",
		                                                           c->new_offset, c->new_length));
		ok = ok && cJSON_AddNumberToObject(h, "old_offset", (double)c->old_offset);
		ok = ok && cJSON_AddNumberToObject(h, "old_length", (double)c->old_length);
		ok = ok && cJSON_AddNumberToObject(h, "new_offset", (double)c->new_offset);
		ok = ok && cJSON_AddNumberToObject(h, "new_length", (double)c->new_length);
		ok = ok && cJSON_AddNumberToObject(h, "old_line", c->old_line);
		ok = ok && cJSON_AddNumberToObject(h, "new_line", c->new_line);
	}
	if (!ok) {
		cJSON_Delete(arr);
		arr = NULL;
	}
	return arr;
}

/* The findings of one list as a cJSON array in `errata check`'s JSON shape. */
static cJSON *findings_json(const errata_findings *list)
{
	errata_buf b = ERRATA_BUF_INIT;
	cJSON *doc = NULL, *arr = NULL;

	if (errata_output_findings(&b, ERRATA_OUTPUT_JSON, list, NULL) == 0 &&
	    (doc = cJSON_Parse(b.ptr)) != NULL)
		arr = cJSON_DetachItemFromObjectCaseSensitive(doc, "findings");
	cJSON_Delete(doc);
	errata_buf_dispose(&b);
	return arr;
}

/* The resolved reports as a JSON array of {"id", "quote"}. */
static cJSON *reports_json(const errata_report *const *reports, size_t n)
{
	cJSON *arr = cJSON_CreateArray();

	for (size_t k = 0; arr && k < n; k++) {
		cJSON *r = cJSON_CreateObject();

		if (!r || !cJSON_AddItemToArray(arr, r) ||
		    !cJSON_AddStringToObject(r, "id", reports[k]->id) ||
		    !cJSON_AddStringToObject(r, "quote", reports[k]->quote)) {
			cJSON_Delete(arr);
			arr = NULL;
		}
	}
	return arr;
}

static int text_reports(errata_buf *out, const errata_report *const *reports, size_t n)
{
	int error = 0;

	if (n)
		error = errata_buf_puts(out, "resolved reports (the quoted text is gone):\n");
	for (size_t k = 0; k < n && !error; k++) {
		errata_buf quote = ERRATA_BUF_INIT;

		error = errata_buf_printf(out, "%.12s \"", reports[k]->id);
		/* a quote is one line here: line ends read as spaces; the rest
		 * is a reader's text, escaped for the terminal */
		for (const char *p = reports[k]->quote; *p && !error; p++)
			error = errata_buf_putc(&quote, *p == '\n' || *p == '\r' || *p == '\t' ? ' ' : *p);
		if (!error)
			error = errata_buf_put_safe_len(out, quote.ptr ? quote.ptr : "", quote.size);
		errata_buf_dispose(&quote);
		if (!error)
			error = errata_buf_puts(out, "\"\n");
	}
	return error;
}

static int text_findings(errata_buf *out, const char *title, const errata_findings *list)
{
	int error;

	if (errata_findings_count(list) == 0)
		return 0;
	if ((error = errata_buf_printf(out, "%s:\n", title)) < 0)
		return error;
	return errata_output_findings(out, ERRATA_OUTPUT_TEXT, list, NULL);
}

static int text_file(errata_buf *out, const errata_diff_file *f, const errata_worddiff *wd,
                     const errata_findings *introduced, const errata_findings *fixed,
                     const errata_report *const *reports, size_t nreports,
                     int color, unsigned int context)
{
	errata_worddiff_format_options fo = ERRATA_WORDDIFF_FORMAT_OPTIONS_INIT;
	int error;

	fo.color = color;
	fo.context = context;
	/* paths come from the repository's tree: escaped like every name shown */
	if (f->status == ERRATA_DIFF_RENAMED) {
		if ((error = errata_buf_printf(out, "%srenamed ", color ? BOLD : "")) == 0 &&
		    (error = errata_buf_put_safe(out, f->old_path)) == 0 &&
		    (error = errata_buf_puts(out, " -> ")) == 0 &&
		    (error = errata_buf_put_safe(out, f->path)) == 0)
			error = errata_buf_printf(out, "%s\n", color ? RESET : "");
	} else if ((error = errata_buf_printf(out, "%s%s ", color ? BOLD : "",
	                                      errata_diff_status_name(f->status))) == 0 &&
	           (error = errata_buf_put_safe(out, f->path)) == 0) {
		error = errata_buf_printf(out, "%s\n", color ? RESET : "");
	}
	if (!error && (f->status == ERRATA_DIFF_MODIFIED || f->status == ERRATA_DIFF_RENAMED))
		error = errata_worddiff_format(out, wd, &fo);
	if (!error)
		error = text_findings(out, "introduced", introduced);
	if (!error)
		error = text_findings(out, "fixed", fixed);
	if (!error)
		error = text_reports(out, reports, nreports);
	return error;
}

/*
 * Add key (e.g. "path_bytes") with the exact bytes of a path that is not
 * valid UTF-8, percent-encoded (the "path" member shows them as U+FFFD).
 * Nonzero on success, also when nothing was needed.
 */
static int path_bytes(cJSON *o, const char *key, const char *path)
{
	errata_buf b = ERRATA_BUF_INIT;
	int r = path ? errata_output_path_bytes(&b, path) : 0, ok = r >= 0;

	if (r == 1)
		ok = cJSON_AddStringToObject(o, key, b.ptr) != NULL;
	errata_buf_dispose(&b);
	return ok;
}

/* One file's JSON object: path, status, hunks, introduced, fixed, reports. */
static cJSON *file_json(const errata_diff_file *f, const errata_worddiff *wd,
                        const errata_findings *introduced, const errata_findings *fixed,
                        const errata_report *const *reports, size_t nreports)
{
	cJSON *o = cJSON_CreateObject();
	int ok = o != NULL;

	ok = ok && cJSON_AddStringToObject(o, "path", f->path);
	ok = ok && cJSON_AddItemToObject(o, "old_path", f->old_path ? cJSON_CreateString(f->old_path)
	                                                             : cJSON_CreateNull());
	ok = ok && path_bytes(o, "path_bytes", f->path);
	ok = ok && path_bytes(o, "old_path_bytes", f->old_path);
	ok = ok && cJSON_AddStringToObject(o, "status", errata_diff_status_name(f->status));
	ok = ok && cJSON_AddItemToObject(o, "hunks", hunks_json(f, wd));
	ok = ok && cJSON_AddItemToObject(o, "introduced", findings_json(introduced));
	ok = ok && cJSON_AddItemToObject(o, "fixed", findings_json(fixed));
	ok = ok && cJSON_AddItemToObject(o, "resolved_reports", reports_json(reports, nreports));
	if (!ok) {
		cJSON_Delete(o);
		o = NULL;
	}
	return o;
}

int cmd_diff(int argc, char **argv)
{
	struct diff_args a = { 0, 0, "text", "auto", "8", "10000" };
	const struct opt opts[] = {
		{ "cached", 0, OPT_FLAG, &a.cached, NULL, "compare HEAD (or REV1) with the staged index" },
		{ "worktree", 0, OPT_FLAG, &a.worktree, NULL, "compare HEAD (or REV1) with the working tree" },
		{ "format", 'f', OPT_STRING, &a.format, "FORMAT", "text (default) or json" },
		{ "color", 0, OPT_STRING, &a.color, "WHEN", "auto (default: when stdout is a terminal), always, never" },
		{ "context", 'U', OPT_STRING, &a.context, "N", "unchanged words shown either side of a change (default 8)" },
		{ "max-findings", 0, OPT_STRING, &a.max_findings, "N", "check at most N findings per article version, then say so (default 10000; 0: no limit)" },
		{ NULL, 0, OPT_END, NULL, NULL, NULL }
	};
	const struct opt_command cmd = {
		"errata diff [REV1 [REV2]] [--cached|--worktree] [--format text|json] [-- PATH...]",
		"Show what an edit changed in the prose of each article, word by word\n"
		"([-deleted-]{+inserted+}), the findings the edit introduced and those it\n"
		"fixed (matched by fingerprint, so a moved paragraph is neither), and the\n"
		"reader reports whose quoted text it removed. REV1 defaults to HEAD's\n"
		"parent and REV2 to HEAD.",
		opts,
		"exit codes: 0 no new error, 1 the edit introduced a finding at error\n"
		"severity, 2 usage or repository error"
	};
	errata_diff_options dopts = ERRATA_DIFF_OPTIONS_INIT;
	errata_checker_options copts = ERRATA_CHECKER_OPTIONS_INIT;
	errata_repo *repo = NULL;
	errata_diff *diff = NULL;
	errata_findings *introduced = NULL, *fixed = NULL;
	errata_worddiff *wd = NULL;
	const errata_report **reports = NULL;
	size_t nreports = 0;
	errata_buf out = ERRATA_BUF_INIT;
	cJSON *root = NULL, *files = NULL;
	char **rest, **paths, **relpaths = NULL, *config_path = NULL, *end;
	int nrest, npaths, color = 0, json = 0, rc = EXIT_USAGE, r;
	size_t new_errors = 0;
	unsigned long context;
	size_t max_findings;

	r = opt_parse(&cmd, split_paths(argc, argv, &paths, &npaths), argv, &rest, &nrest);
	if (r != OPT_OK)
		return r == OPT_HELP ? EXIT_CLEAN : EXIT_USAGE;
	if (strcmp(a.format, "json") == 0) {
		json = 1;
	} else if (strcmp(a.format, "text") != 0) {
		cmd_error("diff --format must be text or json, not '%s'", a.format);
		return EXIT_USAGE;
	}
	context = strtoul(a.context, &end, 10);
	if (*a.context == '\0' || *end != '\0' || context > 1000) {
		fprintf(stderr, "errata: --context must be a number of words (0 to 1000)\n");
		return EXIT_USAGE;
	}
	if (cmd_parse_max_findings(a.max_findings, &max_findings) < 0)
		return EXIT_USAGE;
	if (want_color(a.color, &color) < 0)
		return EXIT_USAGE;
	if (a.cached && a.worktree) {
		fprintf(stderr, "errata: --cached and --worktree cannot be used together\n");
		return EXIT_USAGE;
	}
	if (nrest > ((a.cached || a.worktree) ? 1 : 2)) {
		fprintf(stderr, "errata: too many revisions (with --cached or --worktree, give at most one)\n");
		return EXIT_USAGE;
	}
	dopts.mode = a.cached ? ERRATA_DIFF_CACHED : a.worktree ? ERRATA_DIFF_WORKTREE : ERRATA_DIFF_TREES;
	if (nrest >= 1)
		dopts.old_rev = rest[0];
	if (nrest == 2)
		dopts.new_rev = rest[1];
	if (a.cached)
		dopts.index_path = getenv("GIT_INDEX_FILE");
	if ((r = cmd_open_diff(&repo, &diff, &dopts, paths, npaths, &relpaths, NULL, &copts,
	                       &config_path)) < 0) {
		if (r == -2)
			goto oom;
		goto fail;
	}
	if (errata_diff_use_checker(diff, &copts, NULL) < 0)
		goto fail;
	errata_diff_set_max_findings(diff, max_findings);
	if (json) {
		root = cJSON_CreateObject();
		if (!root || !cJSON_AddNumberToObject(root, "version", 1) ||
		    !(files = cJSON_AddArrayToObject(root, "files")))
			goto oom;
	}
	for (size_t i = 0; i < errata_diff_count(diff); i++) {
		const errata_diff_file *f = errata_diff_get(diff, i);

		if (errata_findings_new(&introduced) < 0 || errata_findings_new(&fixed) < 0 ||
		    errata_worddiff_new(&wd, f->old_data, f->old_len, f->new_data, f->new_len) < 0 ||
		    errata_diff_check(diff, i, 0, introduced, fixed, &new_errors) < 0 ||
		    errata_diff_resolved_reports(diff, repo, i, &reports, &nreports) < 0)
			goto fail;
		if (json) {
			cJSON *o = file_json(f, wd, introduced, fixed, reports, nreports);
			errata_date ad;
			const char *from;
			char iso[16];

			/* the date the new version's year-less dates were read against */
			if (o && errata_diff_article_date(diff, i, &ad, &from) && ad.year > 0 &&
			    ad.year <= 9999) {
				snprintf(iso, sizeof(iso), "%04d-%02d-%02d", ad.year, ad.month, ad.day);
				cJSON_AddStringToObject(o, "date", iso);
			} else if (o) {
				cJSON_AddNullToObject(o, "date");
			}
			if (o && !cJSON_AddStringToObject(o, "date_from", from)) {
				cJSON_Delete(o);
				goto oom;
			}
			if (!o || !cJSON_AddItemToArray(files, o)) {
				cJSON_Delete(o);
				goto oom;
			}
		} else if ((i > 0 && errata_buf_putc(&out, '\n') < 0) ||
		           text_file(&out, f, wd, introduced, fixed, reports, nreports, color,
		                     (unsigned int)context) < 0) {
			goto fail;
		}
		errata_worddiff_free(wd);
		errata_findings_free(introduced);
		errata_findings_free(fixed);
		free(reports);
		wd = NULL;
		introduced = fixed = NULL;
		reports = NULL;
	}
	if (json) {
		char *s = cJSON_Print(root);

		/* a path that is not UTF-8, "##[" from an article: as check writes them */
		if (!s || errata_buf_puts(&out, s) < 0 || errata_output_json_harden(&out, 0) < 0 ||
		    errata_buf_putc(&out, '\n') < 0) {
			cJSON_free(s);
			goto oom;
		}
		cJSON_free(s);
	}
	if (cmd_write_stdout(out.ptr, out.size) < 0)
		goto cleanup;
	rc = new_errors ? EXIT_FINDINGS : EXIT_CLEAN;
	goto cleanup;
oom:
	fprintf(stderr, "errata: out of memory\n");
	goto cleanup;
fail:
	rc = cmd_fail();
cleanup:
	cmd_diff_paths_free(relpaths, npaths);
	free(config_path);
	cJSON_Delete(root);
	errata_buf_dispose(&out);
	errata_worddiff_free(wd);
	errata_findings_free(introduced);
	errata_findings_free(fixed);
	free(reports);
	errata_diff_free(diff);
	errata_repo_free(repo);
	return rc;
}
