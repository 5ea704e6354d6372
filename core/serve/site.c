/*
 * site.c: from the address of a published page to the article in the
 * repository, and back. The config's site map comes first (patterns with
 * one star each, e.g. "https://news.example.org/STAR" to "articles/STAR.md"); then the
 * articles' own front matter, `url:` or `permalink:` (a permalink that
 * starts with '/' matches the path part of the address). The front matter
 * index is built from HEAD's tree and rebuilt when HEAD moves. Addresses
 * are compared without their query, fragment and trailing '/'. A report
 * that does not say which revision the reader saw is anchored to the
 * newest revision of the article that holds the quote.
 */
#include "serve/http.h"
#include "repo/repo.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "errata/doc.h"
#include "errata/history.h"
#include "repo/quote.h"

static int is_article(const char *name)
{
	const char *dot = strrchr(name, '.');

	return dot && (strcmp(dot, ".md") == 0 || strcmp(dot, ".markdown") == 0 ||
	               strcmp(dot, ".html") == 0 || strcmp(dot, ".htm") == 0 ||
	               strcmp(dot, ".txt") == 0);
}

/* The address without query, fragment and trailing '/' (malloc'd). */
static char *normalize(const char *url)
{
	size_t n = strcspn(url, "?#");
	char *s;

	while (n > 1 && url[n - 1] == '/')
		n--;
	if (!(s = malloc(n + 1)))
		return NULL;
	memcpy(s, url, n);
	s[n] = '\0';
	return s;
}

/* The path part of an absolute address ("https://host/a/b" -> "/a/b"). */
static const char *url_path(const char *url)
{
	const char *p = strstr(url, "://");

	if (!p)
		return url;
	p = strchr(p + 3, '/');
	return p ? p : "/";
}

/* An article's meta values at a commit. 0, or an error; missing values are NULL. */
static int article_meta(errata_repo *repo, const char *rev, const char *path,
                        char **title, char **url)
{
	errata_doc *doc = NULL;
	char *data = NULL;
	size_t len = 0;
	const char *v;
	int error;

	if (title)
		*title = NULL;
	*url = NULL;
	if ((error = errata_repo_read(repo, rev, path, &data, &len)) < 0)
		return error;
	if (errata_doc_load_buffer(&doc, path, data, len, NULL) == 0) {
		if (title && (v = errata_doc_meta(doc, "title")))
			*title = errata__strdup(v);
		if ((v = errata_doc_meta(doc, "url")) || (v = errata_doc_meta(doc, "permalink")))
			*url = errata__strdup(v);
	}
	errata_doc_free(doc);
	free(data);
	return 0;
}

typedef struct {
	errata_repo *repo;
	const char *head;
	char **url, **path;
	size_t count, cap;
} walk_state;

static int walk_cb(const char *root, const git_tree_entry *e, void *payload)
{
	walk_state *w = payload;
	char *path, *url = NULL;

	if (git_tree_entry_type(e) != GIT_OBJECT_BLOB || !is_article(git_tree_entry_name(e)))
		return 0;
	if (!(path = malloc(strlen(root) + strlen(git_tree_entry_name(e)) + 1)))
		return -1;
	sprintf(path, "%s%s", root, git_tree_entry_name(e));
	if (article_meta(w->repo, w->head, path, NULL, &url) < 0 || !url) {
		free(path);
		free(url);
		return 0;
	}
	if (w->count == w->cap) {
		size_t ncap = w->cap ? w->cap * 2 : 16;
		char **u = realloc(w->url, ncap * sizeof(char *)), **p;

		if (u)
			w->url = u;
		p = realloc(w->path, ncap * sizeof(char *));
		if (p)
			w->path = p;
		if (!u || !p) {
			free(path);
			free(url);
			return -1;
		}
		w->cap = ncap;
	}
	w->url[w->count] = normalize(url);
	free(url);
	w->path[w->count++] = path;
	return 0;
}

/* Rebuild the front matter index when HEAD has moved. Call with srv->lock held. */
static int refresh_index(errata_server *srv, errata_repo *repo)
{
	errata_oid head;
	git_commit *commit = NULL;
	git_tree *tree = NULL;
	walk_state w;
	int error;

	if ((error = errata_repo_resolve(repo, "HEAD", &head)) < 0)
		return error;
	if (strcmp(head.hex, srv->head) == 0)
		return 0;
	memset(&w, 0, sizeof(w));
	w.repo = repo;
	w.head = head.hex;
	if ((error = errata__repo_commit(repo, head.hex, &commit)) < 0)
		return error;
	if ((error = git_commit_tree(&tree, commit)) < 0 ||
	    (error = git_tree_walk(tree, GIT_TREEWALK_PRE, walk_cb, &w)) < 0)
		error = errata__git_error(error, "HEAD");
	git_tree_free(tree);
	git_commit_free(commit);
	if (error < 0) {
		for (size_t i = 0; i < w.count; i++) {
			free(w.url[i]);
			free(w.path[i]);
		}
		free(w.url);
		free(w.path);
		return error;
	}
	for (size_t i = 0; i < srv->index_count; i++) {
		free(srv->index_url[i]);
		free(srv->index_path[i]);
	}
	free(srv->index_url);
	free(srv->index_path);
	srv->index_url = w.url;
	srv->index_path = w.path;
	srv->index_count = w.count;
	memcpy(srv->head, head.hex, sizeof(srv->head));
	return 0;
}

int errata__site_lookup(errata_server *srv, errata_repo *repo, const char *url, char **path)
{
	char *want = normalize(url);
	int error = 0;

	*path = NULL;
	if (!want)
		return errata__oom();
	for (size_t i = 0; i < srv->cfg.nsitemap && !*path; i++) {
		const errata__site_rule *rule = &srv->cfg.sitemap[i];
		const char *star = strchr(rule->url, '*'), *pstar = strchr(rule->path, '*');
		size_t pre = (size_t)(star - rule->url), post = strlen(star + 1), n = strlen(want);

		if (n < pre + post || strncmp(want, rule->url, pre) != 0 ||
		    strcmp(want + n - post, star + 1) != 0 || n == pre + post)
			continue;
		if (!(*path = malloc(strlen(rule->path) + n))) {
			free(want);
			return errata__oom();
		}
		sprintf(*path, "%.*s%.*s%s", (int)(pstar - rule->path), rule->path,
		        (int)(n - pre - post), want + pre, pstar + 1);
	}
	if (!*path) {
		pthread_mutex_lock(&srv->lock);
		if ((error = refresh_index(srv, repo)) == 0) {
			for (size_t i = 0; i < srv->index_count; i++) {
				const char *have = srv->index_url[i];

				if (strcmp(have, want) == 0 ||
				    (have[0] == '/' && strcmp(have, url_path(want)) == 0)) {
					*path = errata__strdup(srv->index_path[i]);
					if (!*path)
						error = errata__oom();
					break;
				}
			}
		}
		pthread_mutex_unlock(&srv->lock);
	}
	free(want);
	if (error == 0 && !*path)
		error = errata__error(ERRATA_ENOTFOUND, "no article has the address %s", url);
	return error;
}

int errata__site_article(errata_server *srv, errata_repo *repo, const char *path,
                         char **title, char **url)
{
	int error = article_meta(repo, "HEAD", path, title, url);

	if (error == 0 && *url && (*url)[0] == '/' && srv->cfg.base_url) {
		char *abs = malloc(strlen(srv->cfg.base_url) + strlen(*url) + 1);

		if (abs)
			sprintf(abs, "%s%s", srv->cfg.base_url, *url);
		free(*url);
		*url = abs;
	}
	return error;
}

int errata__site_newest_with_quote(errata_repo *repo, const char *path, const char *quote,
                                   char out[41])
{
	errata_log_options lo = ERRATA_LOG_OPTIONS_INIT;
	errata_log *log = NULL;
	errata_buf q = ERRATA_BUF_INIT;
	int found = 0;

	out[0] = '\0';
	lo.max_count = 500;
	if (errata__quote_normalize(quote, strlen(quote), &q, NULL) < 0 || q.size == 0 ||
	    errata_log_read(&log, repo, path, &lo) < 0)
		goto cleanup;
	for (size_t i = 0; i < errata_log_count(log) && !found; i++) {
		const errata_log_entry *e = errata_log_get(log, i);
		char *text = NULL;
		size_t len = 0;

		if (errata_repo_read(repo, e->info.id.hex, path, &text, &len) == 0 &&
		    errata__quote_find(text, len, q.ptr, NULL, NULL) == 1) {
			memcpy(out, e->info.id.hex, 41);
			found = 1;
		}
		free(text);
	}
cleanup:
	errata__error_clear();
	errata_log_free(log);
	errata_buf_dispose(&q);
	return found;
}
