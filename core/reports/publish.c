/*
 * publish.c: a correction an editor publishes without a reader's report
 * (`errata correct --path P --note TEXT`). It is recorded like every
 * other: a report opened by the editor (`"source": "editor"`, its quote
 * what was wrong), a `fixed` event naming the revision with the corrected
 * text, and the `notice`, written together in one commit so the log never
 * shows a half-published correction.
 */
#include "reports/reports.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const kinds[] = {
	"correction", "clarification", "update", "editors-note", "retraction", NULL
};

typedef struct {
	const errata_correction_input *in;
	const char *actor;
	const char *rev;
	const char *id;
} publish_payload;

static int add_event(errata__event_batch *b, cJSON *ev, const char *report, unsigned long lamport,
                     const char *evid)
{
	char path[128], *json = cJSON_PrintUnformatted(ev);
	int error;

	if (!json)
		return errata__oom();
	errata__reports_event_path(path, report, lamport, evid);
	error = errata__batch_add(b, path, json, strlen(json));
	cJSON_free(json);
	return error;
}

static cJSON *event(const char *type, const char *report, const char *id, unsigned long lamport,
                    const char *actor, const char *now)
{
	cJSON *ev = cJSON_CreateObject();

	if (!ev)
		return NULL;
	cJSON_AddNumberToObject(ev, "version", 1);
	cJSON_AddStringToObject(ev, "type", type);
	cJSON_AddStringToObject(ev, "report", report);
	cJSON_AddStringToObject(ev, "id", id);
	cJSON_AddNumberToObject(ev, "lamport", (double)lamport);
	cJSON_AddStringToObject(ev, "actor", actor);
	cJSON_AddStringToObject(ev, "time", now);
	return ev;
}

static void add_opt(cJSON *ev, const char *key, const char *val)
{
	cJSON_AddItemToObject(ev, key, val ? cJSON_CreateString(val) : cJSON_CreateNull());
}

static int build(errata_repo *repo, git_tree *tip, void *payload, errata__event_batch *b)
{
	publish_payload *p = payload;
	const errata_correction_input *in = p->in;
	cJSON *open = NULL, *fixed = NULL, *notice = NULL;
	char now[32], fid[ERRATA_REPORT_ID_SIZE], nid[ERRATA_REPORT_ID_SIZE];
	int error;

	(void)repo;
	(void)tip;
	errata__reports_now(now);
	errata__reports_new_id(fid, "fixed", 5);
	errata__reports_new_id(nid, "notice", 6);
	open = event("open", p->id, p->id, 1, p->actor, now);
	fixed = event("fixed", p->id, fid, 2, p->actor, now);
	notice = event("notice", p->id, nid, 3, p->actor, now);
	if (!open || !fixed || !notice) {
		error = errata__oom();
		goto cleanup;
	}
	cJSON_AddStringToObject(open, "path", in->path);
	cJSON_AddStringToObject(open, "rev", p->rev);
	cJSON_AddStringToObject(open, "quote", in->wrong ? in->wrong : "");
	add_opt(open, "message", NULL);
	add_opt(open, "suggest", in->right);
	add_opt(open, "reporter", NULL);
	add_opt(open, "contact", NULL);
	cJSON_AddStringToObject(open, "source", "editor");
	cJSON_AddBoolToObject(open, "anchored", 0);
	cJSON_AddNullToObject(open, "location");
	cJSON_AddNullToObject(open, "introduced_in");
	cJSON_AddNullToObject(open, "introduced_by");
	cJSON_AddArrayToObject(open, "findings");
	cJSON_AddStringToObject(fixed, "rev", p->rev);
	cJSON_AddBoolToObject(fixed, "detected", 0);
	cJSON_AddStringToObject(notice, "kind", in->kind ? in->kind : "correction");
	add_opt(notice, "wrong", in->wrong);
	add_opt(notice, "right", in->right);
	cJSON_AddStringToObject(notice, "notice", in->notice);
	add_opt(notice, "approved_by", in->approved_by);
	if ((error = add_event(b, open, p->id, 1, p->id)) < 0 ||
	    (error = add_event(b, fixed, p->id, 2, fid)) < 0 ||
	    (error = add_event(b, notice, p->id, 3, nid)) < 0)
		goto cleanup;
	if (!(b->message = malloc(80))) {
		error = errata__oom();
		goto cleanup;
	}
	snprintf(b->message, 80, "report %s: correction published by an editor\n", p->id);
cleanup:
	cJSON_Delete(open);
	cJSON_Delete(fixed);
	cJSON_Delete(notice);
	return error;
}

int errata_correction_publish(errata_repo *repo, const errata_correction_input *in,
                              const errata_report_options *opts,
                              char id[ERRATA_REPORT_ID_SIZE])
{
	publish_payload p;
	errata_oid rev;
	errata_buf seed = ERRATA_BUF_INIT;
	char *actor = NULL, *text = NULL, now[32];
	size_t len = 0, k;
	int error;

	id[0] = '\0';
	if (!in || !in->path || !*in->path)
		return errata__error(ERRATA_EINVALID, "path: missing");
	if (!in->notice || !*in->notice)
		return errata__error(ERRATA_EINVALID, "note: missing (the public notice)");
	for (k = 0; in->kind && kinds[k] && strcmp(kinds[k], in->kind) != 0; k++)
		;
	if (in->kind && !kinds[k])
		return errata__error(ERRATA_EINVALID, "kind: '%s' is not one of correction, clarification, update, editors-note, retraction",
		                     in->kind);
	if ((error = errata__reports_check_text("path", in->path, 4096)) < 0 ||
	    (error = errata__reports_check_text("note", in->notice, ERRATA_REPORT_MAX_FIELD)) < 0 ||
	    (in->wrong && (error = errata__reports_check_text("wrong", in->wrong, ERRATA_REPORT_MAX_QUOTE)) < 0) ||
	    (in->right && (error = errata__reports_check_text("right", in->right, ERRATA_REPORT_MAX_FIELD)) < 0) ||
	    (in->approved_by && (error = errata__reports_check_text("approved-by", in->approved_by, 200)) < 0))
		return error;
	if ((error = errata_repo_resolve(repo, in->rev ? in->rev : "HEAD", &rev)) < 0)
		return error;
	if ((error = errata_repo_read(repo, rev.hex, in->path, &text, &len)) < 0)
		return error;
	free(text);
	if ((error = errata__reports_actor(repo, opts ? opts->actor : NULL, &actor)) < 0)
		return error;
	errata__reports_now(now);
	errata_buf_printf(&seed, "%s\n%s\n%s\n%s", in->path, rev.hex, in->notice, now);
	errata__reports_new_id(id, seed.ptr ? seed.ptr : "", seed.size);
	errata_buf_dispose(&seed);
	p.in = in;
	p.actor = actor;
	p.rev = rev.hex;
	p.id = id;
	error = errata__reports_write(repo, actor, build, &p);
	if (error < 0)
		id[0] = '\0';
	free(actor);
	return error;
}
