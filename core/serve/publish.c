/*
 * publish.c: the published corrections over HTTP: GET /corrections (an
 * HTML page, newest first; ?path= for one article's), /corrections.atom
 * (the feed) and /corrections.json, all from errata_corrections_write_ext
 * with the config's site name and address.
 */
#include "serve/http.h"

#include <stdlib.h>
#include <string.h>

#include "errata/reports.h"

void errata__corrections_page(errata__req *r, const char *kind)
{
	errata_corrections_options co = ERRATA_CORRECTIONS_OPTIONS_INIT;
	errata_repo *repo = errata__serve_repo(r->srv);
	const char *path = errata__req_arg(r, "path");
	errata_buf b = ERRATA_BUF_INIT, page = ERRATA_BUF_INIT;
	errata_corrections_format fmt = strcmp(kind, ".atom") == 0 ? ERRATA_CORRECTIONS_ATOM :
	                                strcmp(kind, ".json") == 0 ? ERRATA_CORRECTIONS_JSON :
	                                ERRATA_CORRECTIONS_HTML;
	char *title = NULL, *url = NULL;

	if (!repo) {
		errata__reply_json_error(r, 503, errata_error_last());
		return;
	}
	if (path && !*path)
		path = NULL;
	if (path && errata__site_article(r->srv, repo, path, &title, &url) < 0) {
		errata__reply_json_error(r, 404, "no such article");
		return;
	}
	co.site_name = r->srv->cfg.site_name;
	co.base_url = r->srv->cfg.base_url;
	if (errata_corrections_write_ext(&b, repo, path, fmt, &co) < 0) {
		errata__reply_json_error(r, 500, errata_error_last());
		goto cleanup;
	}
	if (fmt != ERRATA_CORRECTIONS_HTML) {
		r->status = 200;
		r->type = fmt == ERRATA_CORRECTIONS_ATOM ? "application/atom+xml; charset=utf-8" : "application/json";
		errata_buf_put(&r->out, b.ptr, b.size);
		goto cleanup;
	}
	if (path) {
		errata_buf_puts(&page, "<h1>Corrections to ");
		if (url) {
			errata_buf_puts(&page, "<a href=\"");
			errata__html_put(&page, url);
			errata_buf_puts(&page, "\">");
		}
		errata__html_put(&page, title ? title : path);
		errata_buf_puts(&page, url ? "</a></h1>\n" : "</h1>\n");
	} else {
		errata_buf_puts(&page, "<h1>Corrections</h1>\n<p>Errors we have corrected, newest first. "
		                "Follow them in a feed reader: <a href=\"/corrections.atom\">Atom feed</a>.</p>\n");
	}
	errata_buf_put(&page, b.ptr, b.size);
	errata__reply_page(r, 200, path ? "Corrections to this article" : "Corrections", page.ptr);
cleanup:
	errata_buf_dispose(&page);
	errata_buf_dispose(&b);
	free(title);
	free(url);
}
