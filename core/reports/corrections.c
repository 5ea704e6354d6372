/*
 * corrections.c: an article's public correction log, built from the
 * reports that reached `corrected`: each correction with its kind, date,
 * what was wrong and what is right, the notice, the revisions that
 * introduced and corrected the text, and the reports it answers (the
 * corrected report and every report marked as a duplicate of it), for
 * one article or the whole site. Text and JSON; schema.org JSON-LD (a
 * NewsArticle and its CorrectionComment list); an HTML correction note or
 * site-wide list; an Atom feed.
 */
#include "reports/reports.h"
#include "escape.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "errata/doc.h"

typedef struct {
	cJSON *state;
	const char *date;
	const char *path;
	size_t article;   /* index into the articles */
} item;

/* An article's title and public address at HEAD. */
typedef struct {
	const char *path;
	char *title;
	char *url;
} article;

static const char *jstr(const cJSON *o, const char *key)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);

	return cJSON_IsString(v) ? v->valuestring : NULL;
}

static int cmp_item(const void *a, const void *b)
{
	const item *x = a, *y = b;
	int c = strcmp(y->date, x->date);

	return c ? c : strcmp(jstr(x->state, "id"), jstr(y->state, "id"));
}

static const char *kind_label(const char *kind)
{
	if (!kind)
		return "Correction";
	if (strcmp(kind, "clarification") == 0)
		return "Clarification";
	if (strcmp(kind, "update") == 0)
		return "Update";
	if (strcmp(kind, "editors-note") == 0)
		return "Editor's note";
	if (strcmp(kind, "retraction") == 0)
		return "Retraction";
	return "Correction";
}

/* The reports a correction answers: its own and its duplicates'. */
static cJSON *answered(const errata_reports *set, const char *id)
{
	cJSON *arr = cJSON_CreateArray();

	if (!arr)
		return NULL;
	cJSON_AddItemToArray(arr, cJSON_CreateString(id));
	for (size_t i = 0; i < errata_reports_count(set); i++) {
		const errata_report *r = errata_reports_get(set, i);
		cJSON *s;
		const char *of;

		if (strcmp(r->status, "duplicate") != 0)
			continue;
		if (!(s = cJSON_Parse(r->json)))
			continue;
		of = jstr(s, "duplicate_of");
		if (of && strcmp(of, id) == 0)
			cJSON_AddItemToArray(arr, cJSON_CreateString(r->id));
		cJSON_Delete(s);
	}
	return arr;
}

static const char *const months[] = {
	"January", "February", "March", "April", "May", "June", "July", "August",
	"September", "October", "November", "December"
};

/* "2026-05-22T09:14:02Z" as "May 22, 2026" (as given when it is not a date). */
static void human_date(errata_buf *out, const char *iso)
{
	int y, m, d;

	if (sscanf(iso, "%4d-%2d-%2d", &y, &m, &d) == 3 && m >= 1 && m <= 12 && d >= 1 && d <= 31)
		errata_buf_printf(out, "%s %d, %d", months[m - 1], d, y);
	else
		errata__html_put(out, iso);
}

static void load_article(errata_repo *repo, article *a, const char *base_url)
{
	errata_doc *doc = NULL;
	char *data = NULL;
	size_t len = 0;
	const char *v;

	if (errata_repo_read(repo, "HEAD", a->path, &data, &len) < 0 ||
	    errata_doc_load_buffer(&doc, a->path, data, len, NULL) < 0) {
		free(data);
		errata__error_clear();
		return;
	}
	if ((v = errata_doc_meta(doc, "title")))
		a->title = errata__strdup(v);
	if ((v = errata_doc_meta(doc, "url")) || (v = errata_doc_meta(doc, "permalink"))) {
		if (v[0] == '/' && base_url) {
			if ((a->url = malloc(strlen(base_url) + strlen(v) + 1)))
				sprintf(a->url, "%s%s", base_url, v);
		} else {
			a->url = errata__strdup(v);
		}
	}
	errata_doc_free(doc);
	free(data);
}

static const char *or(const char *s, const char *dflt)
{
	return s ? s : dflt;
}

/* label, then at most n bytes of v escaped for a terminal, then end. */
static void put_field(errata_buf *out, const char *label, const char *v, size_t n, const char *end)
{
	errata_buf_puts(out, label);
	errata_buf_put_safe_len(out, v, strnlen(v, n));
	errata_buf_puts(out, end);
}

/* The texts came from editors and readers: each is escaped for the terminal. */
static void write_text(errata_buf *out, const errata_reports *set, const item *items, size_t n,
                       const char *path)
{
	const size_t all = (size_t)-1;

	if (n == 0)
		put_field(out, "", path ? path : "the repository", all, ": no corrections\n");
	for (size_t i = 0; i < n; i++) {
		const cJSON *s = items[i].state, *c = cJSON_GetObjectItemCaseSensitive(s, "correction");
		cJSON *rep = answered(set, jstr(s, "id"));
		const cJSON *x;
		const char *v;

		put_field(out, i ? "\n" : "", items[i].date, 10, "  ");
		put_field(out, kind_label(jstr(c, "kind")), "", 0, "  ");
		put_field(out, "", items[i].path, all, "\n");
		if ((v = jstr(c, "wrong")))
			put_field(out, "  wrong:  ", v, all, "\n");
		if ((v = jstr(c, "right")))
			put_field(out, "  right:  ", v, all, "\n");
		if ((v = jstr(c, "notice")))
			put_field(out, "  notice: ", v, all, "\n");
		put_field(out, "  introduced in ", or(jstr(s, "introduced_in"), "(unknown)"), 12, "");
		put_field(out, ", corrected in ", or(jstr(s, "fixed_in"), "(unknown)"), 12, "\n");
		if ((v = jstr(c, "approved_by")))
			put_field(out, "  approved by ", v, all, "\n");
		errata_buf_puts(out, "  answers report");
		if (cJSON_GetArraySize(rep) > 1)
			errata_buf_putc(out, 's');
		cJSON_ArrayForEach(x, rep)
			put_field(out, x == rep->child ? " " : ", ", x->valuestring, all, "");
		errata_buf_putc(out, '\n');
		cJSON_Delete(rep);
	}
}

static void write_html(errata_buf *out, const item *items, size_t n, const article *arts,
                       const char *path)
{
	if (path) {
		/* The note under the article. */
		errata_buf_puts(out, "<aside class=\"errata-corrections\" aria-labelledby=\"errata-corrections-title\">\n"
		                "<h2 id=\"errata-corrections-title\">Corrections</h2>\n");
		if (n == 0)
			errata_buf_puts(out, "<p>No corrections have been published for this article.</p>\n");
	} else {
		errata_buf_puts(out, "<section class=\"errata-corrections\">\n");
		if (n == 0)
			errata_buf_puts(out, "<p>No corrections have been published.</p>\n");
	}
	for (size_t i = 0; i < n; i++) {
		const cJSON *s = items[i].state, *c = cJSON_GetObjectItemCaseSensitive(s, "correction");
		const article *a = &arts[items[i].article];

		errata_buf_printf(out, "<article class=\"correction\" id=\"correction-%s\">\n", or(jstr(s, "id"), ""));
		if (!path) {
			errata_buf_puts(out, "<h2>");
			if (a->url) {
				errata_buf_puts(out, "<a href=\"");
				errata__html_put(out, a->url);
				errata_buf_puts(out, "\">");
			}
			errata__html_put(out, a->title ? a->title : a->path);
			errata_buf_puts(out, a->url ? "</a></h2>\n" : "</h2>\n");
		}
		errata_buf_puts(out, "<p><strong>");
		errata__html_put(out, kind_label(jstr(c, "kind")));
		errata_buf_puts(out, "</strong>, <time datetime=\"");
		errata__html_put(out, items[i].date);
		errata_buf_puts(out, "\">");
		human_date(out, items[i].date);
		errata_buf_puts(out, "</time>: ");
		errata__html_put(out, or(jstr(c, "notice"), ""));
		errata_buf_puts(out, "</p>\n</article>\n");
	}
	errata_buf_puts(out, path ? "</aside>\n" : "</section>\n");
}

static void write_atom(errata_buf *out, const item *items, size_t n, const article *arts,
                       const errata_corrections_options *opts)
{
	const char *base = opts ? opts->base_url : NULL, *site = opts ? opts->site_name : NULL;

	errata_buf_puts(out, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
	                "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<title>");
	if (site) {
		errata__html_put(out, site);
		errata_buf_puts(out, ": corrections");
	} else {
		errata_buf_puts(out, "Corrections");
	}
	errata_buf_puts(out, "</title>\n");
	if (base) {
		errata_buf_puts(out, "<id>");
		errata__html_put(out, base);
		errata_buf_puts(out, "/corrections</id>\n<link rel=\"self\" href=\"");
		errata__html_put(out, base);
		errata_buf_puts(out, "/corrections.atom\"/>\n<link rel=\"alternate\" type=\"text/html\" href=\"");
		errata__html_put(out, base);
		errata_buf_puts(out, "/corrections\"/>\n");
	} else {
		errata_buf_puts(out, "<id>urn:errata:corrections</id>\n");
	}
	errata_buf_puts(out, "<updated>");
	errata__html_put(out, n ? items[0].date : "1970-01-01T00:00:00Z");
	errata_buf_puts(out, "</updated>\n<author><name>");
	errata__html_put(out, site ? site : "The newsroom");
	errata_buf_puts(out, "</name></author>\n");
	for (size_t i = 0; i < n; i++) {
		const cJSON *s = items[i].state, *c = cJSON_GetObjectItemCaseSensitive(s, "correction");
		const article *a = &arts[items[i].article];

		errata_buf_puts(out, "<entry>\n<title>");
		errata__html_put(out, kind_label(jstr(c, "kind")));
		errata_buf_puts(out, ": ");
		errata__html_put(out, a->title ? a->title : a->path);
		errata_buf_printf(out, "</title>\n<id>urn:errata:correction:%s</id>\n<updated>", or(jstr(s, "id"), ""));
		errata__html_put(out, items[i].date);
		errata_buf_puts(out, "</updated>\n");
		if (a->url) {
			errata_buf_puts(out, "<link href=\"");
			errata__html_put(out, a->url);
			errata_buf_puts(out, "\"/>\n");
		}
		errata_buf_puts(out, "<content type=\"text\">");
		errata__html_put(out, or(jstr(c, "notice"), ""));
		errata_buf_puts(out, "</content>\n</entry>\n");
	}
	errata_buf_puts(out, "</feed>\n");
}

/* A NewsArticle with its corrections, for JSON-LD. */
static cJSON *news_article(const item *items, size_t n, const article *a, size_t which)
{
	cJSON *o = cJSON_CreateObject(), *list;

	if (!o)
		return NULL;
	cJSON_AddStringToObject(o, "@context", "https://schema.org");
	cJSON_AddStringToObject(o, "@type", "NewsArticle");
	if (a->title)
		cJSON_AddStringToObject(o, "headline", a->title);
	if (a->url)
		cJSON_AddStringToObject(o, "url", a->url);
	list = cJSON_AddArrayToObject(o, "correction");
	for (size_t i = 0; i < n && list; i++) {
		const cJSON *c = cJSON_GetObjectItemCaseSensitive(items[i].state, "correction");
		const char *notice = jstr(c, "notice");
		cJSON *cc;

		if (items[i].article != which || !(cc = cJSON_CreateObject()))
			continue;
		cJSON_AddItemToArray(list, cc);
		cJSON_AddStringToObject(cc, "@type", "CorrectionComment");
		cJSON_AddStringToObject(cc, "name", kind_label(jstr(c, "kind")));
		cJSON_AddStringToObject(cc, "text", notice ? notice : "");
		cJSON_AddStringToObject(cc, "datePublished", items[i].date);
	}
	return o;
}

static cJSON *json_item(const errata_reports *set, const item *it, const article *a, int with_path)
{
	const cJSON *s = it->state, *c = cJSON_GetObjectItemCaseSensitive(s, "correction");
	cJSON *o = cJSON_CreateObject();

	if (!o)
		return NULL;
	if (with_path) {
		cJSON_AddStringToObject(o, "path", it->path);
		cJSON_AddItemToObject(o, "title", a->title ? cJSON_CreateString(a->title) : cJSON_CreateNull());
		cJSON_AddItemToObject(o, "url", a->url ? cJSON_CreateString(a->url) : cJSON_CreateNull());
	}
	cJSON_AddStringToObject(o, "kind", or(jstr(c, "kind"), "correction"));
	cJSON_AddStringToObject(o, "date", it->date);
	cJSON_AddItemToObject(o, "wrong", cJSON_Duplicate(cJSON_GetObjectItemCaseSensitive(c, "wrong"), 1));
	cJSON_AddItemToObject(o, "right", cJSON_Duplicate(cJSON_GetObjectItemCaseSensitive(c, "right"), 1));
	cJSON_AddItemToObject(o, "notice", cJSON_Duplicate(cJSON_GetObjectItemCaseSensitive(c, "notice"), 1));
	cJSON_AddItemToObject(o, "approved_by", cJSON_Duplicate(cJSON_GetObjectItemCaseSensitive(c, "approved_by"), 1));
	cJSON_AddItemToObject(o, "introduced_in", cJSON_Duplicate(cJSON_GetObjectItemCaseSensitive(s, "introduced_in"), 1));
	cJSON_AddItemToObject(o, "corrected_in", cJSON_Duplicate(cJSON_GetObjectItemCaseSensitive(s, "fixed_in"), 1));
	cJSON_AddItemToObject(o, "reports", answered(set, jstr(s, "id")));
	return o;
}

int errata_corrections_write(errata_buf *out, errata_repo *repo, const char *path,
                             errata_corrections_format fmt)
{
	return errata_corrections_write_ext(out, repo, path, fmt, NULL);
}

int errata_corrections_write_ext(errata_buf *out, errata_repo *repo, const char *path,
                                 errata_corrections_format fmt,
                                 const errata_corrections_options *opts)
{
	errata_reports *set = NULL;
	item *items = NULL;
	article *arts = NULL;
	size_t n = 0, narts = 0;
	cJSON *root = NULL;
	char *printed = NULL;
	int error;

	if ((error = errata_reports_load(&set, repo)) < 0)
		return error;
	if (!(items = calloc(errata_reports_count(set) + 1, sizeof(*items))) ||
	    !(arts = calloc(errata_reports_count(set) + 1, sizeof(*arts)))) {
		error = errata__oom();
		goto cleanup;
	}
	for (size_t i = 0; i < errata_reports_count(set); i++) {
		const errata_report *r = errata_reports_get(set, i);
		cJSON *s, *c;

		if (strcmp(r->status, "corrected") != 0 || (path && strcmp(r->path, path) != 0))
			continue;
		if (!(s = cJSON_Parse(r->json)))
			continue;
		c = cJSON_GetObjectItemCaseSensitive(s, "correction");
		if (!cJSON_IsObject(c)) {
			cJSON_Delete(s);
			continue;
		}
		items[n].state = s;
		items[n].date = jstr(c, "date") ? jstr(c, "date") : "";
		items[n].path = r->path;
		n++;
	}
	qsort(items, n, sizeof(*items), cmp_item);
	/* One title and address per article, read once. */
	for (size_t i = 0; i < n; i++) {
		size_t k;

		for (k = 0; k < narts && strcmp(arts[k].path, items[i].path) != 0; k++)
			;
		if (k == narts) {
			arts[narts].path = items[i].path;
			if (fmt != ERRATA_CORRECTIONS_TEXT)
				load_article(repo, &arts[narts], opts ? opts->base_url : NULL);
			narts++;
		}
		items[i].article = k;
	}
	if (path && narts == 0 && fmt == ERRATA_CORRECTIONS_JSONLD) {
		arts[0].path = path;
		load_article(repo, &arts[0], opts ? opts->base_url : NULL);
		narts = 1;
	}
	switch (fmt) {
	case ERRATA_CORRECTIONS_TEXT:
		write_text(out, set, items, n, path);
		break;
	case ERRATA_CORRECTIONS_HTML:
		write_html(out, items, n, arts, path);
		break;
	case ERRATA_CORRECTIONS_ATOM:
		write_atom(out, items, n, arts, opts);
		break;
	case ERRATA_CORRECTIONS_JSONLD:
		if (path) {
			root = news_article(items, n, &arts[0], 0);
		} else if ((root = cJSON_CreateArray())) {
			for (size_t k = 0; k < narts; k++)
				cJSON_AddItemToArray(root, news_article(items, n, &arts[k], k));
		}
		break;
	case ERRATA_CORRECTIONS_JSON: {
		cJSON *list;

		if (!(root = cJSON_CreateObject()))
			break;
		cJSON_AddNumberToObject(root, "version", 1);
		if (path)
			cJSON_AddStringToObject(root, "path", path);
		list = cJSON_AddArrayToObject(root, "corrections");
		for (size_t i = 0; i < n && list; i++)
			cJSON_AddItemToArray(list, json_item(set, &items[i], &arts[items[i].article], !path));
		break;
	}
	}
	if (fmt == ERRATA_CORRECTIONS_JSON || fmt == ERRATA_CORRECTIONS_JSONLD) {
		if (!root || !(printed = cJSON_Print(root))) {
			error = errata__oom();
			goto cleanup;
		}
		size_t from = out->size;

		/* JSON-LD goes into a <script> element: no "</script>" from a notice */
		errata_buf_puts(out, printed);
		if ((error = errata__json_harden(out, from, fmt == ERRATA_CORRECTIONS_JSONLD)) < 0)
			goto cleanup;
		errata_buf_putc(out, '\n');
	}
	if (!out->ptr)
		error = errata__oom();
cleanup:
	cJSON_free(printed);
	cJSON_Delete(root);
	for (size_t i = 0; i < n; i++)
		cJSON_Delete(items[i].state);
	for (size_t i = 0; i < narts; i++) {
		free(arts[i].title);
		free(arts[i].url);
	}
	free(arts);
	free(items);
	errata_reports_free(set);
	return error;
}
