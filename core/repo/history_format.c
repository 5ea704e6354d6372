/*
 * history_format.c: printing the log and a blame as text or JSON.
 */
#include "errata/history.h"

#include <stdio.h>
#include <string.h>
#include <time.h>
#include <cjson/cJSON.h>

#include "common.h"
#include "output/format.h"

static void iso(char out[32], int64_t t, int date_only)
{
	time_t tt = (time_t)t;
	struct tm tm;

	gmtime_r(&tt, &tm);
	strftime(out, 32, date_only ? "%Y-%m-%d" : "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/*
 * Print a cJSON tree into out followed by a newline, and delete it. The
 * text is hardened as check's JSON is: bytes that are not UTF-8 (a file
 * name, a commit author) read U+FFFD and "##[" cannot open a log command.
 */
static int put_json(errata_buf *out, cJSON *root)
{
	char *s = root ? cJSON_Print(root) : NULL;
	size_t from = out->size;
	int error;

	cJSON_Delete(root);
	if (!s)
		return errata__oom();
	if ((error = errata_buf_puts(out, s)) == 0 &&
	    (error = errata__json_harden(out, from, 0)) == 0)
		error = errata_buf_putc(out, '\n');
	cJSON_free(s);
	return error;
}

/* "path", and "path_bytes" when the name is not valid UTF-8. */
static int add_path(cJSON *root, const char *path)
{
	if (!cJSON_AddStringToObject(root, "path", path))
		return 0;
	return errata__output_json_path_bytes(root, "path", path);
}

/*
 * "article_date" (ISO day, or null when nothing dated the article) and
 * "article_date_from" (where it came from), for a checked revision.
 */
static void add_anchor(cJSON *o, int checked, const errata_date *d, const char *from)
{
	char day[16];

	if (!checked)
		return;
	if (d->year) {
		snprintf(day, sizeof(day), "%04d-%02d-%02d", d->year, d->month, d->day);
		cJSON_AddStringToObject(o, "article_date", day);
	} else {
		cJSON_AddNullToObject(o, "article_date");
	}
	cJSON_AddStringToObject(o, "article_date_from", from[0] ? from : "none");
}

int errata_log_write(errata_buf *out, const errata_log *log, const char *path,
                     errata_history_format fmt)
{
	cJSON *root, *arr;
	char when[32];
	int error = 0;

	if (fmt == ERRATA_HISTORY_TEXT) {
		for (size_t i = 0; i < errata_log_count(log) && error == 0; i++) {
			const errata_log_entry *e = errata_log_get(log, i);

			iso(when, e->info.time, 1);
			if ((error = errata_buf_printf(out, "%.7s %s ", e->info.id.hex, when)) == 0 &&
			    (error = errata_buf_put_safe(out, e->info.author)) == 0 &&
			    (error = errata_buf_puts(out, ": ")) == 0 &&
			    (error = errata_buf_put_safe(out, e->info.subject)) == 0)
				error = errata_buf_printf(out, " (+%zu -%zu words", e->words_added,
				                          e->words_removed);
			if (error == 0 && e->checked)
				error = errata_buf_printf(out, "; %zu error%s, %zu warning%s", e->errors,
				                          e->errors == 1 ? "" : "s", e->warnings,
				                          e->warnings == 1 ? "" : "s");
			if (error == 0)
				error = errata_buf_puts(out, ")\n");
			if (error == 0 && e->shallow)
				error = errata_buf_printf(out, "%.7s is the oldest revision in this shallow clone: "
				                          "the history before it is not here "
				                          "('git fetch --unshallow' fetches it)\n", e->info.id.hex);
		}
		return error;
	}
	if (!(root = cJSON_CreateObject()))
		return errata__oom();
	cJSON_AddNumberToObject(root, "version", 1);
	if (!add_path(root, path)) {
		cJSON_Delete(root);
		return errata__oom();
	}
	arr = cJSON_AddArrayToObject(root, "revisions");
	for (size_t i = 0; arr && i < errata_log_count(log); i++) {
		const errata_log_entry *e = errata_log_get(log, i);
		cJSON *o = cJSON_CreateObject();

		if (!o)
			break;
		iso(when, e->info.time, 0);
		cJSON_AddItemToArray(arr, o);
		cJSON_AddStringToObject(o, "commit", e->info.id.hex);
		cJSON_AddStringToObject(o, "date", when);
		cJSON_AddStringToObject(o, "author", e->info.author);
		cJSON_AddStringToObject(o, "email", e->info.email);
		cJSON_AddStringToObject(o, "subject", e->info.subject);
		if (e->checked) {
			cJSON_AddNumberToObject(o, "errors", (double)e->errors);
			cJSON_AddNumberToObject(o, "warnings", (double)e->warnings);
		} else {
			cJSON_AddNullToObject(o, "errors");
			cJSON_AddNullToObject(o, "warnings");
		}
		add_anchor(o, e->checked, &e->article_date, e->article_date_from);
		cJSON_AddNumberToObject(o, "words_added", (double)e->words_added);
		cJSON_AddNumberToObject(o, "words_removed", (double)e->words_removed);
		if (e->shallow)
			cJSON_AddTrueToObject(o, "shallow_boundary");
	}
	return put_json(out, root);
}

static cJSON *commit_json(const errata_commit_info *c)
{
	cJSON *o = cJSON_CreateObject();
	char when[32];

	if (!o)
		return NULL;
	iso(when, c->time, 0);
	cJSON_AddStringToObject(o, "commit", c->id.hex);
	cJSON_AddStringToObject(o, "author", c->author);
	cJSON_AddStringToObject(o, "email", c->email);
	cJSON_AddStringToObject(o, "date", when);
	cJSON_AddStringToObject(o, "subject", c->subject);
	return o;
}

/* "path:line:col: " with the path escaped for a terminal or a CI log. */
static int put_place(errata_buf *out, const char *path, const errata_blame *b)
{
	int error = errata_buf_put_safe(out, path);

	return error ? error : errata_buf_printf(out, ":%u:%u: ", b->line, b->column);
}

/* "<what> in <id> by <author> <<email>> on <date>: <subject>\n", the commit's words escaped. */
static int put_commit(errata_buf *out, const char *what, const errata_commit_info *c)
{
	char when[32];
	int error;

	iso(when, c->time, 0);
	if ((error = errata_buf_printf(out, "%s in %.12s by ", what, c->id.hex)) == 0 &&
	    (error = errata_buf_put_safe(out, c->author)) == 0 &&
	    (error = errata_buf_puts(out, " <")) == 0 &&
	    (error = errata_buf_put_safe(out, c->email)) == 0 &&
	    (error = errata_buf_printf(out, "> on %s: ", when)) == 0 &&
	    (error = errata_buf_put_safe(out, c->subject)) == 0)
		error = errata_buf_putc(out, '\n');
	return error;
}

/*
 * "path:line:col: severity: message [rule] (in <id>, article date D from F)"
 * for each finding the checker raised on the quote in one revision.
 */
static int put_findings(errata_buf *out, const char *path, const errata_blame_check *k,
                        const char *id)
{
	char day[16];
	int error = 0;

	if (!k->checked)
		return 0;
	if (k->article_date.year)
		snprintf(day, sizeof(day), "%04d-%02d-%02d", k->article_date.year,
		         k->article_date.month, k->article_date.day);
	else
		snprintf(day, sizeof(day), "none");
	for (size_t i = 0; i < errata_findings_count(k->findings) && error == 0; i++) {
		const errata_finding *f = errata_findings_get(k->findings, i);

		if ((error = errata_buf_put_safe(out, path)) == 0 &&
		    (error = errata_buf_printf(out, ":%u:%u: %s: ", errata_finding_line(f),
		                               errata_finding_column(f),
		                               errata_severity_name(errata_finding_severity(f)))) == 0 &&
		    (error = errata_buf_put_safe(out, errata_finding_message(f))) == 0)
			error = errata_buf_printf(out, " [%s] (in %.12s, article date %s from %s)\n",
			                          errata_finding_rule(f), id, day, k->article_date_from);
	}
	return error;
}

/* {"checked", "line", "column", "article_date", "article_date_from", "findings":[...]} */
static cJSON *check_json(const errata_blame_check *k)
{
	cJSON *o = cJSON_CreateObject(), *arr;

	if (!o)
		return NULL;
	if (!k->checked) {
		cJSON_AddFalseToObject(o, "checked");
		return o;
	}
	cJSON_AddTrueToObject(o, "checked");
	cJSON_AddNumberToObject(o, "line", k->line);
	cJSON_AddNumberToObject(o, "column", k->column);
	add_anchor(o, 1, &k->article_date, k->article_date_from);
	arr = cJSON_AddArrayToObject(o, "findings");
	for (size_t i = 0; arr && i < errata_findings_count(k->findings); i++) {
		const errata_finding *f = errata_findings_get(k->findings, i);
		cJSON *x = cJSON_CreateObject();

		if (!x)
			break;
		cJSON_AddItemToArray(arr, x);
		cJSON_AddStringToObject(x, "rule", errata_finding_rule(f));
		cJSON_AddStringToObject(x, "severity", errata_severity_name(errata_finding_severity(f)));
		cJSON_AddStringToObject(x, "message", errata_finding_message(f));
		cJSON_AddNumberToObject(x, "line", errata_finding_line(f));
		cJSON_AddNumberToObject(x, "column", errata_finding_column(f));
		cJSON_AddStringToObject(x, "text", errata_finding_text(f));
	}
	return o;
}

int errata_blame_write(errata_buf *out, const errata_blame *b, const char *path,
                       errata_history_format fmt)
{
	cJSON *root, *loc;
	int error;

	if (fmt == ERRATA_HISTORY_TEXT) {
		if ((error = put_place(out, path, b)) == 0)
			error = put_commit(out, "introduced", &b->introduced);
		if (error == 0)
			error = put_findings(out, path, &b->at_introduced, b->introduced.id.hex);
		if (error == 0 && b->shallow && (error = put_place(out, path, b)) == 0)
			error = errata_buf_printf(out, "or earlier: %.12s is the oldest revision in this "
			                          "shallow clone ('git fetch --unshallow' fetches the history before it)\n",
			                          b->introduced.id.hex);
		if (error == 0 && (error = put_place(out, path, b)) == 0)
			error = b->removed ? put_commit(out, "removed", &b->removed_in)
			                   : errata_buf_puts(out, "still present at HEAD\n");
		if (error == 0 && b->at_rev.checked && b->rev_id.hex[0] &&
		    strcmp(b->rev_id.hex, b->introduced.id.hex) != 0)
			error = put_findings(out, path, &b->at_rev, b->rev_id.hex);
		return error;
	}
	if (!(root = cJSON_CreateObject()))
		return errata__oom();
	cJSON_AddNumberToObject(root, "version", 1);
	if (!add_path(root, path)) {
		cJSON_Delete(root);
		return errata__oom();
	}
	loc = cJSON_AddObjectToObject(root, "location");
	if (loc) {
		cJSON_AddNumberToObject(loc, "line", b->line);
		cJSON_AddNumberToObject(loc, "column", b->column);
		cJSON_AddNumberToObject(loc, "offset", (double)b->offset);
		cJSON_AddNumberToObject(loc, "length", (double)b->length);
	}
	cJSON_AddItemToObject(root, "introduced_in", commit_json(&b->introduced));
	if (b->shallow)
		cJSON_AddTrueToObject(cJSON_GetObjectItemCaseSensitive(root, "introduced_in"), "shallow_boundary");
	if (b->removed)
		cJSON_AddItemToObject(root, "removed_in", commit_json(&b->removed_in));
	else
		cJSON_AddNullToObject(root, "removed_in");
	if (b->at_introduced.checked || b->at_rev.checked) {
		cJSON *ck = cJSON_AddObjectToObject(root, "checks");

		if (ck) {
			cJSON *at = check_json(&b->at_rev);

			cJSON_AddItemToObject(ck, "introduced_in", check_json(&b->at_introduced));
			if (at)
				cJSON_AddStringToObject(at, "commit", b->rev_id.hex);
			cJSON_AddItemToObject(ck, "rev", at);
		}
	}
	return put_json(out, root);
}
