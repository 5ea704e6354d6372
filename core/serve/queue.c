/*
 * queue.c: the editors' queue. GET /queue lists the open and confirmed
 * reports, oldest first, each with its quote shown in the article's
 * current text (or a note that the text is gone), and a form per action:
 * confirm, reject (why), duplicate (of), fixed (in which revision),
 * comment, and correct (record the fix if need be and publish the
 * correction notice). POST /queue/ID applies one action as the signed-in
 * editor.
 * Editors sign in with a password (HTTP Basic, as browsers ask for it) or
 * a bearer token, both checked against the hashed editors file. Forms
 * carry a CSRF token that a request authenticated by the browser (Basic)
 * must send back; a request from another site (Origin or Sec-Fetch-Site
 * says so) is refused either way.
 */
#include "serve/http.h"
#include "repo/quote.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "errata/reports.h"

#define CONTEXT 160

typedef struct {
	const errata_report *r;
	cJSON *state;
} entry;

static const char *jstr(const cJSON *o, const char *key)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);

	return cJSON_IsString(v) ? v->valuestring : NULL;
}

static int by_time(const void *a, const void *b)
{
	const entry *x = a, *y = b;
	int c = strcmp(x->r->time ? x->r->time : "", y->r->time ? y->r->time : "");

	return c ? c : strcmp(x->r->id, y->r->id);
}

/* The quote in the article's text at HEAD, with some text either side. */
static void put_in_context(errata_buf *b, errata_repo *repo, const char *path, const char *quote)
{
	errata_buf q = ERRATA_BUF_INIT;
	char *text = NULL;
	size_t len = 0, off = 0, n = 0, from, to;

	if (errata_repo_read(repo, "HEAD", path, &text, &len) < 0) {
		errata_buf_puts(b, "<p class=\"meta\">The article is no longer in the repository.</p>\n");
		goto cleanup;
	}
	if (errata__quote_normalize(quote, strlen(quote), &q, NULL) < 0 || q.size == 0 ||
	    errata__quote_find(text, len, q.ptr, &off, &n) != 1) {
		errata_buf_puts(b, "<p class=\"meta\">The quoted text is not in the current version "
		                "(already changed, or quoted loosely).</p>\n");
		goto cleanup;
	}
	from = off > CONTEXT ? off - CONTEXT : 0;
	to = off + n + CONTEXT < len ? off + n + CONTEXT : len;
	while (from > 0 && ((unsigned char)text[from] & 0xc0) == 0x80)
		from--;
	while (to < len && ((unsigned char)text[to] & 0xc0) == 0x80)
		to++;
	errata_buf_puts(b, "<blockquote>");
	if (from > 0)
		errata_buf_puts(b, "…");
	errata__html_putn(b, text + from, off - from);
	errata_buf_puts(b, "<mark>");
	errata__html_putn(b, text + off, n);
	errata_buf_puts(b, "</mark>");
	errata__html_putn(b, text + off + n, to - off - n);
	if (to < len)
		errata_buf_puts(b, "…");
	errata_buf_puts(b, "</blockquote>\n");
cleanup:
	errata_buf_dispose(&q);
	free(text);
}

static void labelled(errata_buf *b, const char *label, const char *value)
{
	if (!value || !*value)
		return;
	errata_buf_puts(b, "<p><strong>");
	errata__html_put(b, label);
	errata_buf_puts(b, ":</strong> ");
	errata__html_put(b, value);
	errata_buf_puts(b, "</p>\n");
}

static void action_form(errata_buf *b, const char *id, const char *csrf, const char *action,
                        const char *button, const char *field, const char *label, const char *dflt)
{
	errata_buf_printf(b, "<form method=\"post\" action=\"/queue/%s\">\n"
	                  "<input type=\"hidden\" name=\"csrf\" value=\"%s\">\n"
	                  "<input type=\"hidden\" name=\"action\" value=\"%s\">\n", id, csrf, action);
	if (field) {
		errata_buf_printf(b, "<label for=\"%s-%s\">", field, id);
		errata__html_put(b, label);
		errata_buf_printf(b, "</label>\n<input type=\"text\" id=\"%s-%s\" name=\"%s\" required value=\"",
		                  field, id, field);
		errata__html_put(b, dflt ? dflt : "");
		errata_buf_puts(b, "\">\n");
	}
	errata_buf_printf(b, "<button type=\"submit\"%s>%s</button>\n</form>\n",
	                  strcmp(action, "confirm") == 0 ? "" : " class=\"secondary\"", button);
}

static void text_input(errata_buf *b, const char *id, const char *name, const char *label,
                       const char *value, int required)
{
	errata_buf_printf(b, "<label for=\"%s-%s\">", name, id);
	errata__html_put(b, label);
	errata_buf_printf(b, "</label>\n<input type=\"text\" id=\"%s-%s\" name=\"%s\"%s value=\"",
	                  name, id, name, required ? " required" : "");
	errata__html_put(b, value ? value : "");
	errata_buf_puts(b, "\">\n");
}

/* Publish the correction: what was wrong, what is right, the notice. */
static void correct_form(errata_buf *b, const char *id, const char *csrf, const char *quote,
                         const char *suggest)
{
	static const char *const kinds[] = {
		"correction", "clarification", "update", "editors-note", "retraction", NULL
	};

	errata_buf_printf(b, "<details><summary>Publish a correction</summary>\n"
	                  "<form method=\"post\" action=\"/queue/%s\">\n"
	                  "<input type=\"hidden\" name=\"csrf\" value=\"%s\">\n"
	                  "<input type=\"hidden\" name=\"action\" value=\"correct\">\n"
	                  "<label for=\"kind-%s\">Kind</label>\n<select id=\"kind-%s\" name=\"kind\">\n",
	                  id, csrf, id, id);
	for (size_t k = 0; kinds[k]; k++)
		errata_buf_printf(b, "<option>%s</option>\n", kinds[k]);
	errata_buf_puts(b, "</select>\n");
	text_input(b, id, "wrong", "What it said", quote, 1);
	text_input(b, id, "right", "What is right", suggest, 1);
	text_input(b, id, "in", "Fixed in revision", "HEAD", 1);
	errata_buf_printf(b, "<label for=\"notice-%s\">Public notice</label>\n"
	                  "<textarea id=\"notice-%s\" name=\"notice\" rows=\"3\"></textarea>\n"
	                  "<button type=\"submit\">Publish</button>\n</form>\n</details>\n", id, id);
}

void errata__queue_get(errata__req *r)
{
	errata_repo *repo = errata__serve_repo(r->srv);
	errata_reports *set = NULL;
	entry *list = NULL;
	errata_buf b = ERRATA_BUF_INIT;
	char editor[256], csrf[65];
	const char *done = errata__req_arg(r, "done");
	size_t n = 0;

	if (!errata__editor_auth(r, editor, sizeof(editor)))
		return;
	if (!repo) {
		errata__reply_json_error(r, 503, errata_error_last());
		return;
	}
	if (errata_reports_load(&set, repo) < 0) {
		errata__reply_json_error(r, 500, errata_error_last());
		return;
	}
	errata__csrf_token(r->srv, editor, csrf);
	if (!(list = calloc(errata_reports_count(set) + 1, sizeof(*list)))) {
		errata__reply_json_error(r, 500, "out of memory");
		goto cleanup;
	}
	for (size_t i = 0; i < errata_reports_count(set); i++) {
		const errata_report *x = errata_reports_get(set, i);

		if (strcmp(x->status, "open") == 0 || strcmp(x->status, "confirmed") == 0) {
			list[n].r = x;
			list[n].state = cJSON_Parse(x->json);
			n++;
		}
	}
	qsort(list, n, sizeof(*list), by_time);
	errata_buf_puts(&b, "<h1>Report queue</h1>\n<p class=\"meta\">Signed in as ");
	errata__html_put(&b, editor);
	errata_buf_printf(&b, ". %zu report%s open or confirmed, oldest first. "
	                  "<a href=\"/corrections\">Published corrections</a>.</p>\n", n, n == 1 ? "" : "s");
	if (done && *done) {
		errata_buf_puts(&b, "<div class=\"ok\" role=\"status\"><p>Done: ");
		errata__html_put(&b, done);
		errata_buf_puts(&b, ".</p></div>\n");
	}
	for (size_t i = 0; i < n; i++) {
		const errata_report *x = list[i].r;
		const cJSON *s = list[i].state;

		errata_buf_printf(&b, "<article class=\"report\" id=\"r-%s\">\n<h2>Report <code>%.12s</code> · %s</h2>\n",
		                  x->id, x->id, x->status);
		errata_buf_puts(&b, "<p class=\"meta\">");
		errata__html_put(&b, x->path);
		errata_buf_puts(&b, " · filed ");
		errata__html_put(&b, x->time ? x->time : "");
		errata_buf_puts(&b, x->anchored ? "" : " · the quote was not found in the revision the reader saw");
		errata_buf_puts(&b, "</p>\n");
		labelled(&b, "Quote", x->quote);
		put_in_context(&b, repo, x->path, x->quote);
		labelled(&b, "Reader says", jstr(s, "message"));
		labelled(&b, "Suggested", jstr(s, "suggest"));
		{
			char *who = NULL, *mail = NULL;

			if (errata_contact_get(repo, x->id, &who, &mail) <= 0) {
				labelled(&b, "Reader", jstr(s, "reporter"));
				labelled(&b, "Contact", jstr(s, "contact"));
			} else {
				labelled(&b, "Reader", who);
				labelled(&b, "Contact", mail);
			}
			free(who);
			free(mail);
		}
		errata_buf_puts(&b, "<div class=\"actions\">\n");
		if (strcmp(x->status, "open") == 0)
			action_form(&b, x->id, csrf, "confirm", "Confirm", NULL, NULL, NULL);
		action_form(&b, x->id, csrf, "fixed", "Fixed", "in", "Fixed in revision", "HEAD");
		action_form(&b, x->id, csrf, "reject", "Reject", "why", "Why", NULL);
		action_form(&b, x->id, csrf, "duplicate", "Duplicate", "of", "Of report", NULL);
		action_form(&b, x->id, csrf, "comment", "Comment", "message", "Comment", NULL);
		correct_form(&b, x->id, csrf, x->quote, jstr(s, "suggest"));
		errata_buf_puts(&b, "</div>\n</article>\n");
	}
	errata__reply_page(r, 200, "Report queue", b.ptr);
cleanup:
	for (size_t i = 0; i < n; i++)
		cJSON_Delete(list[i].state);
	free(list);
	errata_buf_dispose(&b);
	errata_reports_free(set);
}

/* A request that another site made the browser send. */
static int cross_site(errata__req *r)
{
	const char *site = errata__req_header(r, "Sec-Fetch-Site");
	const char *origin = errata__req_header(r, "Origin");
	const char *host = errata__req_header(r, "Host");

	if (site && strcmp(site, "same-origin") != 0 && strcmp(site, "none") != 0)
		return 1;
	if (origin && strcmp(origin, "null") != 0 && host) {
		const char *o = strstr(origin, "://");

		return !o || strcmp(o + 3, host) != 0;
	}
	return origin && strcmp(origin, "null") == 0;
}

static void queue_error(errata__req *r, unsigned status, const char *message)
{
	errata_buf b = ERRATA_BUF_INIT;

	errata_buf_puts(&b, "<h1>Not done</h1>\n<div class=\"error\" role=\"alert\"><p>");
	errata__html_put(&b, message);
	errata_buf_puts(&b, "</p></div>\n<p><a href=\"/queue\">Back to the queue</a></p>\n");
	errata__reply_page(r, status, "Not done", b.ptr);
	errata_buf_dispose(&b);
}

static const char *nonempty(const char *s)
{
	return s && *s ? s : NULL;
}

static unsigned status_for(int error)
{
	return error == ERRATA_ENOTFOUND ? 404 :
	       error == ERRATA_EINVALID || error == ERRATA_EAMBIGUOUS ? 400 : 503;
}

/* Record the fix (when the report is not fixed yet), then the notice. */
static void queue_correct(errata__req *r, errata_repo *repo, const char *id, const errata__form *f,
                          const errata_report_options *ro)
{
	errata_event_input fixed = ERRATA_EVENT_INPUT_INIT, notice = ERRATA_EVENT_INPUT_INIT;
	char full[ERRATA_REPORT_ID_SIZE];
	cJSON *state = NULL;
	const char *status;
	int error;

	notice.type = ERRATA_EVENT_NOTICE;
	notice.kind = nonempty(errata__form_get(f, "kind")) ? errata__form_get(f, "kind") : "correction";
	notice.wrong = nonempty(errata__form_get(f, "wrong"));
	notice.right = nonempty(errata__form_get(f, "right"));
	notice.notice = nonempty(errata__form_get(f, "notice"));
	notice.approved_by = ro->actor;
	if (!notice.wrong || !notice.right) {
		queue_error(r, 400, "Say what the article said and what is right.");
		return;
	}
	if ((error = errata__serve_report_state(repo, id, &state)) < 0) {
		queue_error(r, status_for(error), errata_error_last());
		return;
	}
	status = jstr(state, "status");
	if (status && (strcmp(status, "open") == 0 || strcmp(status, "confirmed") == 0)) {
		fixed.type = ERRATA_EVENT_FIXED;
		fixed.rev = nonempty(errata__form_get(f, "in")) ? errata__form_get(f, "in") : "HEAD";
		if ((error = errata_report_event(repo, id, &fixed, ro, full)) < 0) {
			queue_error(r, status_for(error), errata_error_last());
			goto cleanup;
		}
	}
	if ((error = errata_report_event(repo, id, &notice, ro, full)) < 0) {
		queue_error(r, status_for(error), errata_error_last());
		goto cleanup;
	}
	snprintf(r->location, sizeof(r->location), "/queue?done=%.16s+corrected", full);
	errata__reply_page(r, 303, "Done", "<h1>Done</h1>\n<p><a href=\"/corrections\">Corrections</a></p>\n");
cleanup:
	cJSON_Delete(state);
}

void errata__queue_post(errata__req *r, const char *id)
{
	errata_event_input ev = ERRATA_EVENT_INPUT_INIT;
	errata_report_options ro = ERRATA_REPORT_OPTIONS_INIT;
	errata_repo *repo = errata__serve_repo(r->srv);
	const char *auth = errata__req_header(r, "Authorization"), *action;
	errata__form f;
	char editor[256], full[ERRATA_REPORT_ID_SIZE];
	int error;

	if (!errata__editor_auth(r, editor, sizeof(editor)))
		return;
	if (!repo) {
		errata__reply_json_error(r, 503, errata_error_last());
		return;
	}
	if (cross_site(r)) {
		queue_error(r, 403, "This form was sent from another site.");
		return;
	}
	if (!errata__req_is_type(r, "application/x-www-form-urlencoded")) {
		errata__reply_json_error(r, 415, "send the action as application/x-www-form-urlencoded");
		return;
	}
	if (errata__form_parse(&f, r->body, r->body_len) < 0) {
		queue_error(r, 400, errata_error_last());
		return;
	}
	if (strncasecmp(auth, "Bearer ", 7) != 0 &&
	    !errata__csrf_check(r->srv, editor, errata__form_get(&f, "csrf"))) {
		queue_error(r, 403, "The form's security token is missing or stale: reload the queue and try again.");
		goto cleanup;
	}
	action = errata__form_get(&f, "action");
	ro.actor = editor;
	if (action && strcmp(action, "correct") == 0) {
		queue_correct(r, repo, id, &f, &ro);
		goto cleanup;
	}
	if (!action || errata_event_type_parse(action, &ev.type) < 0 || ev.type == ERRATA_EVENT_OPEN ||
	    ev.type == ERRATA_EVENT_NOTICE || ev.type == ERRATA_EVENT_REOPEN) {
		queue_error(r, 400, "action: one of confirm, reject, duplicate, fixed, comment, correct");
		goto cleanup;
	}
	ev.message = errata__form_get(&f, ev.type == ERRATA_EVENT_REJECT ? "why" : "message");
	ev.of = errata__form_get(&f, "of");
	ev.rev = errata__form_get(&f, "in");
	if ((error = errata_report_event(repo, id, &ev, &ro, full)) < 0) {
		queue_error(r, status_for(error), errata_error_last());
		goto cleanup;
	}
	snprintf(r->location, sizeof(r->location), "/queue?done=%.16s+%s", full, action);
	errata__reply_page(r, 303, "Done", "<h1>Done</h1>\n<p><a href=\"/queue\">Back to the queue</a></p>\n");
cleanup:
	errata__form_dispose(&f);
}
