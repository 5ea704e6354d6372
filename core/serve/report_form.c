/*
 * report_form.c: the reader's error report form. GET /report?url=… (the
 * published page's address) or ?path=… (the article in the repository),
 * with an optional ?rev= (the revision the page was built from) and
 * ?quote=, shows an HTML form that works without JavaScript; POST /report
 * files it. The form has a honeypot field people do not see, field length
 * limits, and a consent box without which no e-mail is taken. A form with
 * a mistake comes back with the reader's text kept and the mistake named.
 */
#include "serve/http.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "errata/reports.h"

#define MAX_SOURCE 2000
#define MAX_NAME 200

typedef struct {
	const char *path, *rev, *url, *quote, *message, *suggest, *source, *reporter, *contact;
	int consent;
} form_values;

static void field(errata_buf *b, const char *name, const char *label, const char *hint,
                  const char *type, const char *value, size_t max, int required)
{
	errata_buf_printf(b, "<label for=\"%s\">", name);
	errata__html_put(b, label);
	if (hint) {
		errata_buf_printf(b, " <span class=\"hint\" id=\"%s-hint\">", name);
		errata__html_put(b, hint);
		errata_buf_puts(b, "</span>");
	}
	errata_buf_puts(b, "</label>\n");
	if (strcmp(type, "textarea") == 0)
		errata_buf_printf(b, "<textarea id=\"%s\" name=\"%s\" maxlength=\"%zu\" rows=\"4\"%s%s%s%s>",
		                  name, name, max, required ? " required" : "",
		                  hint ? " aria-describedby=\"" : "", hint ? name : "", hint ? "-hint\"" : "");
	else
		errata_buf_printf(b, "<input type=\"%s\" id=\"%s\" name=\"%s\" maxlength=\"%zu\"%s%s%s%s%s value=\"",
		                  type, name, name, max, required ? " required" : "",
		                  strcmp(type, "email") == 0 ? " autocomplete=\"email\"" :
		                  strcmp(name, "reporter") == 0 ? " autocomplete=\"name\"" : "",
		                  hint ? " aria-describedby=\"" : "", hint ? name : "", hint ? "-hint\"" : "");
	errata__html_put(b, value);
	errata_buf_puts(b, strcmp(type, "textarea") == 0 ? "</textarea>\n" : "\">\n");
}

static void hidden(errata_buf *b, const char *name, const char *value)
{
	if (!value || !*value)
		return;
	errata_buf_printf(b, "<input type=\"hidden\" name=\"%s\" value=\"", name);
	errata__html_put(b, value);
	errata_buf_puts(b, "\">\n");
}

/* The form page: values kept, an error shown above it when there is one. */
static void form_page(errata__req *r, unsigned status, const form_values *v, const char *title,
                      const char *error)
{
	errata_buf b = ERRATA_BUF_INIT;

	errata_buf_puts(&b, "<h1>Report an error</h1>\n<p>Did you find an error or inaccuracy in ");
	if (title) {
		errata_buf_puts(&b, "<cite>");
		errata__html_put(&b, title);
		errata_buf_puts(&b, "</cite>");
	} else {
		errata_buf_puts(&b, "this article");
	}
	errata_buf_puts(&b, "? Tell the newsroom. Editors read every report.</p>\n");
	if (error) {
		errata_buf_puts(&b, "<div class=\"error\" role=\"alert\"><p><strong>The report was not sent.</strong> ");
		errata__html_put(&b, error);
		errata_buf_puts(&b, "</p></div>\n");
	}
	errata_buf_puts(&b, "<form method=\"post\" action=\"/report\" accept-charset=\"utf-8\">\n");
	hidden(&b, "path", v->path);
	hidden(&b, "rev", v->rev);
	hidden(&b, "url", v->url);
	field(&b, "quote", "The text that is wrong", "copy the sentence from the article",
	      "textarea", v->quote, ERRATA_REPORT_MAX_QUOTE, 1);
	field(&b, "message", "What is wrong?", NULL, "textarea", v->message, 4000, 0);
	field(&b, "suggest", "What should it say?", "optional", "textarea", v->suggest, 4000, 0);
	field(&b, "source", "A source that shows it", "optional, a link", "url", v->source, MAX_SOURCE, 0);
	field(&b, "reporter", "Your name", "optional", "text", v->reporter, MAX_NAME, 0);
	field(&b, "contact", "Your e-mail", "optional, only if you agree below", "email", v->contact, MAX_NAME, 0);
	errata_buf_printf(&b, "<label class=\"consent\"><input type=\"checkbox\" name=\"consent\" value=\"yes\"%s> "
	                  "The newsroom may e-mail me about this report. My name and e-mail are kept "
	                  "apart from the report, are never published, and are deleted on request.</label>\n",
	                  v->consent ? " checked" : "");
	errata_buf_puts(&b, "<div class=\"hp\" aria-hidden=\"true\"><label for=\"website\">Leave this field empty</label>"
	                "<input type=\"text\" id=\"website\" name=\"website\" tabindex=\"-1\" autocomplete=\"off\" value=\"\"></div>\n"
	                "<button type=\"submit\">Send report</button>\n</form>\n");
	errata__reply_page(r, status, "Report an error", b.ptr ? b.ptr : "");
	errata_buf_dispose(&b);
}

/* The article's path from ?path= or ?url=; answers the request when it cannot. */
static char *resolve_path(errata__req *r, errata_repo *repo, const char *path, const char *url)
{
	char *out = NULL;

	if (path && *path)
		return errata__strdup(path);
	if (url && *url) {
		if (errata__site_lookup(r->srv, repo, url, &out) == 0)
			return out;
		errata__reply_page(r, 404, "Article not found",
		                   "<h1>Article not found</h1>\n<p>No article in this newsroom has that address. "
		                   "Check the link you followed.</p>\n");
		return NULL;
	}
	errata__reply_page(r, 400, "Which article?",
	                   "<h1>Which article?</h1>\n<p>Open this form from the article's page: the link "
	                   "names the article with <code>?url=</code> (its address) or <code>?path=</code>.</p>\n");
	return NULL;
}

void errata__form_get_page(errata__req *r)
{
	errata_repo *repo = errata__serve_repo(r->srv);
	form_values v;
	char *path, *title = NULL, *url = NULL;

	if (!repo) {
		errata__reply_json_error(r, 503, errata_error_last());
		return;
	}
	memset(&v, 0, sizeof(v));
	if (!(path = resolve_path(r, repo, errata__req_arg(r, "path"), errata__req_arg(r, "url"))))
		return;
	if (errata__site_article(r->srv, repo, path, &title, &url) < 0) {
		errata__reply_page(r, 404, "Article not found",
		                   "<h1>Article not found</h1>\n<p>There is no such article in this newsroom's repository.</p>\n");
		free(path);
		return;
	}
	v.path = path;
	v.rev = errata__req_arg(r, "rev");
	v.url = errata__req_arg(r, "url");
	v.quote = errata__req_arg(r, "quote");
	form_page(r, 200, &v, title ? title : path, NULL);
	free(title);
	free(url);
	free(path);
}

static const char *const known_fields[] = {
	"path", "rev", "url", "quote", "message", "suggest", "source", "reporter", "contact",
	"consent", "website", NULL
};

/* The first thing wrong with the form, or NULL. */
static const char *check_form(const errata__form *f, const form_values *v, char *msg, size_t size)
{
	static const struct { const char *name, *label; size_t max; } limits[] = {
		{ "quote", "The quoted text", ERRATA_REPORT_MAX_QUOTE },
		{ "message", "What is wrong", 4000 },
		{ "suggest", "What it should say", 4000 },
		{ "source", "The source", MAX_SOURCE },
		{ "reporter", "Your name", MAX_NAME },
		{ "contact", "Your e-mail", MAX_NAME },
		{ "path", "The article path", 4096 },
		{ "rev", "The revision", 200 },
		{ "url", "The address", MAX_SOURCE },
	};

	for (size_t i = 0; i < f->count; i++) {
		size_t k;

		for (k = 0; known_fields[k] && strcmp(known_fields[k], f->keys[i]) != 0; k++)
			;
		if (!known_fields[k]) {
			snprintf(msg, size, "The form has a field this server does not know ('%.40s').", f->keys[i]);
			return msg;
		}
	}
	for (size_t i = 0; i < sizeof(limits) / sizeof(limits[0]); i++) {
		const char *s = errata__form_get(f, limits[i].name);

		if (s && strlen(s) > limits[i].max) {
			snprintf(msg, size, "%s is too long: at most %zu bytes, this one has %zu.",
			         limits[i].label, limits[i].max, strlen(s));
			return msg;
		}
	}
	if (!v->quote || !*v->quote)
		return "Copy the text that is wrong into the first box.";
	if (v->contact && *v->contact && !v->consent)
		return "Tick the box to let the newsroom e-mail you, or leave your e-mail empty.";
	if (v->contact && *v->contact && !strchr(v->contact, '@'))
		return "Your e-mail does not look like an address (it has no @).";
	if (v->source && *v->source && strncmp(v->source, "http://", 7) != 0 &&
	    strncmp(v->source, "https://", 8) != 0)
		return "The source must be a link starting with http:// or https://.";
	return NULL;
}

static const char *empty_null(const char *s)
{
	return s && *s ? s : NULL;
}

void errata__form_post(errata__req *r)
{
	errata_report_options ro = ERRATA_REPORT_OPTIONS_INIT;
	errata_report_input in = ERRATA_REPORT_INPUT_INIT;
	errata__form f;
	form_values v;
	errata_repo *repo;
	errata_buf message = ERRATA_BUF_INIT, page = ERRATA_BUF_INIT;
	const char *problem, *hp;
	char msg[200], id[ERRATA_REPORT_ID_SIZE], *path = NULL, *title = NULL, *url = NULL, newest[41];
	int error;

	if (!(repo = errata__serve_post_start(r, "application/x-www-form-urlencoded",
	                                      "send the form as application/x-www-form-urlencoded")))
		return;
	if (errata__form_parse(&f, r->body, r->body_len) < 0) {
		errata__reply_page(r, 400, "Report not sent", "<h1>Report not sent</h1>\n<p>The form could not be read.</p>\n");
		return;
	}
	memset(&v, 0, sizeof(v));
	v.path = errata__form_get(&f, "path");
	v.rev = errata__form_get(&f, "rev");
	v.url = errata__form_get(&f, "url");
	v.quote = errata__form_get(&f, "quote");
	v.message = errata__form_get(&f, "message");
	v.suggest = errata__form_get(&f, "suggest");
	v.source = errata__form_get(&f, "source");
	v.reporter = errata__form_get(&f, "reporter");
	v.contact = errata__form_get(&f, "contact");
	v.consent = errata__form_get(&f, "consent") != NULL;
	hp = errata__form_get(&f, "website");
	if (hp && *hp) {
		errata__reply_page(r, 400, "Report not sent",
		                   "<h1>Report not sent</h1>\n<p>The form was filled in by a program, not a person.</p>\n");
		goto cleanup;
	}
	if (!(path = resolve_path(r, repo, v.path, v.url)))
		goto cleanup;
	v.path = path;
	errata__site_article(r->srv, repo, path, &title, &url);
	if ((problem = check_form(&f, &v, msg, sizeof(msg)))) {
		form_page(r, 400, &v, title ? title : path, problem);
		goto cleanup;
	}
	if (v.message && *v.message)
		errata_buf_puts(&message, v.message);
	if (v.source && *v.source)
		errata_buf_printf(&message, "%sSource: %s", message.size ? "\n\n" : "", v.source);
	in.path = path;
	in.rev = empty_null(v.rev);
	if (!in.rev && errata__site_newest_with_quote(repo, path, v.quote, newest))
		in.rev = newest;
	in.quote = v.quote;
	in.message = message.size ? message.ptr : NULL;
	in.suggest = empty_null(v.suggest);
	in.reporter = empty_null(v.reporter);
	in.contact = empty_null(v.contact);
	ro.actor = "errata serve";
	ro.checker = errata__serve_checker(r->srv);
	error = errata_report_add(repo, &in, &ro, id);
	errata__serve_checker_release(r->srv);
	if (error < 0) {
		form_page(r, error == ERRATA_ENOTFOUND ? 404 : error == ERRATA_EINVALID ? 400 : 503, &v,
		          title ? title : path, error == ERRATA_EINVALID || error == ERRATA_ENOTFOUND
		          ? errata_error_last() : "The newsroom's store is busy: please send the form again.");
		goto cleanup;
	}
	errata_buf_puts(&page, "<h1>Thank you</h1>\n<div class=\"ok\" role=\"status\"><p>Your report was received. "
	                "Editors will look at it.</p></div>\n<p>Report number: <code>");
	errata_buf_puts(&page, id);
	errata_buf_printf(&page, "</code>. You can <a href=\"/api/v1/reports/%s\">follow its status</a>.</p>\n", id);
	if (url && (strncmp(url, "https://", 8) == 0 || strncmp(url, "http://", 7) == 0)) {
		errata_buf_puts(&page, "<p><a href=\"");
		errata__html_put(&page, url);
		errata_buf_puts(&page, "\">Back to the article</a></p>\n");
	}
	errata__reply_page(r, 201, "Thank you", page.ptr);
	snprintf(r->location, sizeof(r->location), "/api/v1/reports/%s", id);
cleanup:
	errata_buf_dispose(&page);
	errata_buf_dispose(&message);
	free(path);
	free(title);
	free(url);
	errata__form_dispose(&f);
}
