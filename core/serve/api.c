/*
 * api.c: the JSON API. POST /api/v1/reports files a report from the same
 * payload as `errata report add --json` and answers 201 only once the
 * report's event is committed under refs/errata/reports (and synced to
 * disk); GET /api/v1/reports/ID gives a report's public status, which
 * never holds the reader's name, contact or message.
 */
#include "serve/http.h"
#include "reports/reports.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The HTTP status for a failed report add. */
static unsigned int status_for(int error)
{
	switch (error) {
	case ERRATA_EINVALID: return 400;
	case ERRATA_ENOTFOUND: return 422;
	case ERRATA_EAMBIGUOUS: return 422;
	case ERRATA_ETOOBIG: return 413;
	case ERRATA_ELOCKED:
	case ERRATA_ECONFLICT: return 503;
	default: return 500;
	}
}

/* The 201 answer: {"id", "status", "status_url"} and Location. */
static void reply_created(errata__req *r, const char *id)
{
	r->status = 201;
	r->type = "application/json";
	snprintf(r->location, sizeof(r->location), "/api/v1/reports/%s", id);
	errata_buf_printf(&r->out, "{\"id\":\"%s\",\"status\":\"open\",\"status_url\":\"/api/v1/reports/%s\"}\n",
	                  id, id);
}

/*
 * A payload without "rev" names the newest revision holding its quote
 * (the reader saw a page built from it); NULL when there is nothing to
 * add or the payload does not parse (errata_report_add_json says why).
 */
static char *with_newest_rev(errata_repo *repo, const char *body, size_t len)
{
	cJSON *root = memchr(body, '\0', len) ? NULL : cJSON_ParseWithLength(body, len);
	const cJSON *path = cJSON_GetObjectItemCaseSensitive(root, "path");
	const cJSON *quote = cJSON_GetObjectItemCaseSensitive(root, "quote");
	const cJSON *rev = cJSON_GetObjectItemCaseSensitive(root, "rev");
	char newest[41], *s, *out = NULL;

	if (cJSON_IsObject(root) && cJSON_IsString(path) && cJSON_IsString(quote) &&
	    (!rev || cJSON_IsNull(rev)) &&
	    errata__site_newest_with_quote(repo, path->valuestring, quote->valuestring, newest)) {
		cJSON_DeleteItemFromObjectCaseSensitive(root, "rev");
		cJSON_AddStringToObject(root, "rev", newest);
		if ((s = cJSON_PrintUnformatted(root))) {
			out = errata__strdup(s);
			cJSON_free(s);
		}
	}
	cJSON_Delete(root);
	return out;
}

void errata__api_reports_post(errata__req *r)
{
	errata_report_options ro = ERRATA_REPORT_OPTIONS_INIT;
	errata_repo *repo;
	char id[ERRATA_REPORT_ID_SIZE], *body;
	int error;

	if (!(repo = errata__serve_post_start(r, "application/json",
	                                      "send the report as JSON (Content-Type: application/json)")))
		return;
	ro.actor = "errata serve";
	ro.checker = errata__serve_checker(r->srv);
	body = with_newest_rev(repo, r->body, r->body_len);
	error = errata_report_add_json(repo, "body", body ? body : r->body, body ? strlen(body) : r->body_len,
	                               &ro, id);
	errata__serve_checker_release(r->srv);
	free(body);
	if (error < 0) {
		/* A field over its limit is a bad request; only the whole body is too large. */
		errata__reply_json_error(r, error == ERRATA_ETOOBIG && r->body_len <= ERRATA_REPORT_MAX_PAYLOAD
		                         ? 400 : status_for(error), errata_error_last());
		return;
	}
	reply_created(r, id);
}

static void copy(cJSON *to, const cJSON *from, const char *key)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(from, key);

	cJSON_AddItemToObject(to, key, v ? cJSON_Duplicate(v, 1) : cJSON_CreateNull());
}

/* A report's state with only what the public may see. */
static cJSON *public_state(const cJSON *state)
{
	static const char *const keys[] = {
		"id", "status", "path", "rev", "quote", "anchored", "introduced_in", "fixed_in",
		"duplicate_of", "time", NULL
	};
	cJSON *o = cJSON_CreateObject();
	const cJSON *c = cJSON_GetObjectItemCaseSensitive(state, "correction");

	if (!o)
		return NULL;
	for (size_t i = 0; keys[i]; i++)
		copy(o, state, keys[i]);
	if (cJSON_IsObject(c)) {
		cJSON *pc = cJSON_AddObjectToObject(o, "correction");

		if (pc) {
			copy(pc, c, "kind");
			copy(pc, c, "notice");
			copy(pc, c, "date");
		}
	} else {
		cJSON_AddNullToObject(o, "correction");
	}
	return o;
}

/* Replay one report straight from the tip's tree: no list of every report. */
int errata__serve_report_state(errata_repo *repo, const char *id, cJSON **out)
{
	git_oid tip;
	git_commit *commit = NULL;
	git_tree *tree = NULL, *dir = NULL;
	char full[ERRATA_REPORT_ID_SIZE];
	int error;

	*out = NULL;
	if ((error = errata__reports_tip(repo, &tip)) <= 0)
		return error < 0 ? error : errata__error(ERRATA_ENOTFOUND, "no such report: %s", id);
	if ((error = git_commit_lookup(&commit, repo->git, &tip)) < 0 ||
	    (error = git_commit_tree(&tree, commit)) < 0) {
		error = errata__git_error(error, ERRATA_REPORTS_REF);
		goto cleanup;
	}
	if ((error = errata__reports_locate(repo, tree, id, full, &dir)) < 0)
		goto cleanup;
	if (strcmp(full, id) != 0) {
		error = errata__error(ERRATA_ENOTFOUND, "no such report: %s", id);
		goto cleanup;
	}
	error = errata__report_replay(repo, dir, full, out);
cleanup:
	git_tree_free(dir);
	git_tree_free(tree);
	git_commit_free(commit);
	return error;
}

void errata__api_report_get(errata__req *r, const char *id)
{
	errata_repo *repo = errata__serve_repo(r->srv);
	cJSON *state = NULL, *pub = NULL;
	char *s = NULL;
	int error;

	if (!repo) {
		errata__reply_json_error(r, 503, errata_error_last());
		return;
	}
	if ((error = errata__serve_report_state(repo, id, &state)) < 0) {
		errata__reply_json_error(r, error == ERRATA_ENOTFOUND || error == ERRATA_EAMBIGUOUS ? 404 : 500,
		                         error == ERRATA_ENOTFOUND || error == ERRATA_EAMBIGUOUS
		                         ? "no such report" : errata_error_last());
		return;
	}
	if (!(pub = public_state(state)) || !(s = cJSON_PrintUnformatted(pub))) {
		errata__reply_json_error(r, 500, "out of memory");
	} else {
		r->status = 200;
		r->type = "application/json";
		errata_buf_puts(&r->out, s);
		errata_buf_putc(&r->out, '\n');
	}
	cJSON_free(s);
	cJSON_Delete(pub);
	cJSON_Delete(state);
}
