/*
 * report.c: filing a report and appending status events. A new report's
 * `open` event records where the quote was found at the revision the
 * reader saw (or that it was not: an unanchored report is stored, never
 * refused), the revision that introduced it, and the checker's findings
 * within the quoted span. Status events are validated against the
 * report's replayed state inside the write loop, so a change that raced
 * with another is judged against the state it lands on.
 */
#include "reports/reports.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "errata/history.h"
#include "repo/quote.h"
#include "repo/checkrun.h"
#include "repo/config_tree.h"

static const char *const event_names[] = {
	"open", "comment", "confirm", "reject", "fixed", "reopen", "duplicate", "notice"
};

const char *errata_event_type_name(errata_event_type type)
{
	return (unsigned)type < sizeof(event_names) / sizeof(event_names[0])
		? event_names[type] : "unknown";
}

int errata_event_type_parse(const char *name, errata_event_type *out)
{
	for (size_t i = 0; i < sizeof(event_names) / sizeof(event_names[0]); i++)
		if (strcmp(name, event_names[i]) == 0) {
			*out = (errata_event_type)i;
			return 0;
		}
	return errata__error(ERRATA_EINVALID, "unknown event type '%s'", name);
}

/* Optional text field: UTF-8 and under the limit. */
static int check_field(const char *field, const char *s, size_t max)
{
	return s ? errata__reports_check_text(field, s, max) : 0;
}

static char *iso_time(int64_t t)
{
	char *out = malloc(32);
	time_t tt = (time_t)t;
	struct tm tm;

	if (out) {
		gmtime_r(&tt, &tm);
		strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
	}
	return out;
}

typedef struct {
	const char *json;
	size_t len;
	const char *id;
} add_payload;

static int build_add(errata_repo *repo, git_tree *tip, void *payload, errata__event_batch *b)
{
	add_payload *p = payload;
	char path[128];

	(void)repo;
	(void)tip;
	errata__reports_event_path(path, p->id, 1, p->id);
	b->message = malloc(64);
	if (!b->message)
		return errata__oom();
	snprintf(b->message, 64, "report %s: open\n", p->id);
	return errata__batch_add(b, path, p->json, p->len);
}

static int add_str(cJSON *o, const char *key, const char *val)
{
	cJSON *v = val ? cJSON_CreateString(val) : cJSON_CreateNull();

	if (!v)
		return errata__oom();
	cJSON_AddItemToObject(o, key, v);
	return 0;
}

static _Thread_local errata__add_sink add_sink;
static _Thread_local void *add_sink_payload;

void errata__report_set_sink(errata__add_sink fn, void *payload)
{
	add_sink = fn;
	add_sink_payload = payload;
}

int errata_report_add(errata_repo *repo, const errata_report_input *in,
                      const errata_report_options *opts,
                      char id[ERRATA_REPORT_ID_SIZE])
{
	errata_buf q = ERRATA_BUF_INIT;
	errata_oid rev;
	errata_blame blame;
	cJSON *ev = NULL, *loc;
	char *text = NULL, *actor = NULL, *json = NULL, *when = NULL, now[32];
	size_t len = 0, offset = 0, length = 0;
	int error, anchored = 0, blamed = 0;
	add_payload payload;
	errata__checker_cache checkers = { NULL, NULL, 0 };
	errata__report_memo *memo = errata__report_memo_of_thread();
	errata__report_facts facts;
	int hit = 0, keep_findings = 0;
	cJSON *kept_findings = NULL;
	char *kept_config = NULL;

	memset(&blame, 0, sizeof(blame));
	memset(&facts, 0, sizeof(facts));
	id[0] = '\0';
	if (!in || !in->path || !*in->path)
		return errata__error(ERRATA_EINVALID, "path: missing");
	if (!in->quote)
		return errata__error(ERRATA_EINVALID, "quote: missing");
	if ((error = check_field("path", in->path, 4096)) < 0 ||
	    (error = check_field("quote", in->quote, ERRATA_REPORT_MAX_QUOTE)) < 0 ||
	    (error = check_field("message", in->message, ERRATA_REPORT_MAX_FIELD)) < 0 ||
	    (error = check_field("suggest", in->suggest, ERRATA_REPORT_MAX_FIELD)) < 0 ||
	    (error = check_field("reporter", in->reporter, 200)) < 0 ||
	    (error = check_field("contact", in->contact, 200)) < 0 ||
	    (error = check_field("rev", in->rev, 200)) < 0)
		goto cleanup;
	if ((error = errata__quote_normalize(in->quote, strlen(in->quote), &q, NULL)) < 0)
		goto cleanup;
	if (q.size == 0) {
		error = errata__error(ERRATA_EINVALID, "quote: empty");
		goto cleanup;
	}
	if ((error = errata_repo_resolve(repo, in->rev ? in->rev : "HEAD", &rev)) < 0)
		goto cleanup;
	/* The same quote of the same revision filed before: its place and blame as then. */
	if (memo && (hit = errata__report_memo_get(memo, rev.hex, in->path, in->quote, &facts))) {
		anchored = facts.anchored;
		offset = facts.offset;
		length = facts.length;
		if (anchored) {
			blame.line = facts.line;
			blame.column = facts.column;
			blame.shallow = facts.shallow;
			blame.introduced = facts.introduced;
			memset(&facts.introduced, 0, sizeof(facts.introduced));
			blamed = 1;
		}
	} else if ((error = errata_repo_read(repo, rev.hex, in->path, &text, &len)) < 0) {
		goto cleanup;
	}
	if ((error = errata__reports_actor(repo, opts ? opts->actor : NULL, &actor)) < 0)
		goto cleanup;
	if (!hit) {
		if ((error = errata__quote_find(text, len, q.ptr, &offset, &length)) < 0)
			goto cleanup;
		anchored = error == 1;
		error = 0;
		if (anchored) {
			if ((error = errata_blame_quote(&blame, repo, in->path, rev.hex, in->quote)) < 0)
				goto cleanup;
			blamed = 1;
		}
	}
	errata__reports_now(now);
	{
		/* The id hashes the report's content, the time and random bits. */
		errata_buf seed = ERRATA_BUF_INIT;

		errata_buf_printf(&seed, "%s\n%s\n%s\n%s\n%s", in->path, rev.hex, in->quote,
		                  in->message ? in->message : "", now);
		errata__reports_new_id(id, seed.ptr ? seed.ptr : "", seed.size);
		errata_buf_dispose(&seed);
	}
	if (!(ev = cJSON_CreateObject())) {
		error = errata__oom();
		goto cleanup;
	}
	cJSON_AddNumberToObject(ev, "version", 1);
	add_str(ev, "type", "open");
	add_str(ev, "report", id);
	add_str(ev, "id", id);
	cJSON_AddNumberToObject(ev, "lamport", 1);
	add_str(ev, "actor", actor);
	add_str(ev, "time", now);
	add_str(ev, "path", in->path);
	add_str(ev, "rev", rev.hex);
	add_str(ev, "quote", in->quote);
	add_str(ev, "message", in->message);
	add_str(ev, "suggest", in->suggest);
	/* The reader's name and contact go under refs/errata/contacts, not here. */
	add_str(ev, "reporter", NULL);
	add_str(ev, "contact", NULL);
	cJSON_AddBoolToObject(ev, "anchored", anchored);
	if (anchored) {
		cJSON *by;

		loc = cJSON_AddObjectToObject(ev, "location");
		if (loc) {
			cJSON_AddNumberToObject(loc, "line", blame.line);
			cJSON_AddNumberToObject(loc, "column", blame.column);
			cJSON_AddNumberToObject(loc, "offset", (double)offset);
			cJSON_AddNumberToObject(loc, "length", (double)length);
		}
		add_str(ev, "introduced_in", blame.introduced.id.hex);
		by = cJSON_AddObjectToObject(ev, "introduced_by");
		when = iso_time(blame.introduced.time);
		if (by) {
			add_str(by, "author", blame.introduced.author);
			add_str(by, "email", blame.introduced.email);
			add_str(by, "date", when);
			add_str(by, "subject", blame.introduced.subject);
			/* The clone's history stops there: the text may be older. */
			if (blame.shallow)
				cJSON_AddTrueToObject(by, "shallow_boundary");
		}
	} else {
		cJSON_AddNullToObject(ev, "location");
		cJSON_AddNullToObject(ev, "introduced_in");
		cJSON_AddNullToObject(ev, "introduced_by");
	}
	{
		cJSON *arr = cJSON_AddArrayToObject(ev, "findings");

		if (!arr) {
			error = errata__oom();
			goto cleanup;
		}
		if (anchored && opts && opts->checker) {
			/* With the configuration of the revision the reader saw. */
			errata_checker *checker = opts->checker;
			git_commit *c = NULL;
			git_tree *tree = NULL;
			errata__config_place place;
			int have_tree;

			memset(&place, 0, sizeof(place));
			have_tree = errata__repo_commit(repo, rev.hex, &c) == 0 && git_commit_tree(&tree, c) == 0;
			/* Findings are kept only under a configuration named by its content, or none. */
			if (memo && have_tree && errata__config_locate(&place, repo, tree, NULL, in->path) == 0)
				keep_findings = !place.key || strncmp(place.key, "blob:", 5) == 0;
			errata__error_clear();
			if (hit && facts.findings && keep_findings &&
			    (facts.config ? place.key && strcmp(facts.config, place.key) == 0 : !place.key)) {
				cJSON *item;

				while ((item = cJSON_DetachItemFromArray(facts.findings, 0)))
					cJSON_AddItemToArray(arr, item);
			} else {
				if (!have_tree ||
				    errata__checker_for(&checkers, repo, tree, in->path, opts->checker, &checker) < 0) {
					checker = opts->checker;   /* a broken config: the plain checker */
					errata__error_clear();
				}
				if (!text)
					error = errata_repo_read(repo, rev.hex, in->path, &text, &len);
				if (error == 0)
					error = errata__check_span(checker, in->path, text, len, offset, length, arr);
				if (error == 0 && keep_findings) {
					kept_findings = cJSON_Duplicate(arr, 1);
					kept_config = place.key;
					place.key = NULL;
				}
			}
			errata__config_place_dispose(&place);
			git_tree_free(tree);
			git_commit_free(c);
			if (error < 0)
				goto cleanup;
		}
	}
	if (memo && (!hit || kept_findings)) {
		/* Borrowed: the memo keeps copies. */
		errata__report_facts f;

		memset(&f, 0, sizeof(f));
		f.anchored = anchored;
		f.offset = offset;
		f.length = length;
		if (anchored) {
			f.line = blame.line;
			f.column = blame.column;
			f.shallow = blame.shallow;
			f.introduced = blame.introduced;
		}
		f.config = kept_config;
		f.findings = kept_findings;
		errata__report_memo_put(memo, rev.hex, in->path, in->quote, &f);
	}
	if (!(json = cJSON_PrintUnformatted(ev))) {
		error = errata__oom();
		goto cleanup;
	}
	payload.json = json;
	payload.len = strlen(json);
	payload.id = id;
	if (add_sink) {
		error = add_sink(repo, id, json, payload.len, in->reporter, in->contact, now, add_sink_payload);
		goto cleanup;
	}
	if ((error = errata__contact_put(repo, id, in->reporter, in->contact, now)) < 0)
		goto cleanup;
	error = errata__reports_write(repo, actor, build_add, &payload);
cleanup:
	if (error < 0)
		id[0] = '\0';
	if (blamed)
		errata_blame_dispose(&blame);
	errata__checker_cache_dispose(&checkers);
	errata__report_facts_dispose(&facts);
	cJSON_Delete(kept_findings);
	free(kept_config);
	cJSON_free(json);
	cJSON_Delete(ev);
	errata_buf_dispose(&q);
	free(text);
	free(actor);
	free(when);
	return error;
}

int errata__report_payload_read(const char *name, const char *json, size_t len,
                                errata_report_input *out, cJSON **root_out)
{
	static const char *const known[] = {
		"version", "path", "rev", "quote", "message", "suggest", "reporter", "contact", NULL
	};
	errata_report_input in = ERRATA_REPORT_INPUT_INIT;
	const char **slots[] = { NULL, &in.path, &in.rev, &in.quote, &in.message,
	                         &in.suggest, &in.reporter, &in.contact };
	cJSON *root = NULL, *item;
	char *text = NULL;
	int error = 0;

	*root_out = NULL;
	if (len > ERRATA_REPORT_MAX_PAYLOAD)
		return errata__error(ERRATA_ETOOBIG, "%s: payload larger than the limit of %d bytes",
		                     name, ERRATA_REPORT_MAX_PAYLOAD);
	if (memchr(json, '\0', len))
		return errata__error(ERRATA_EINVALID, "%s: payload contains a NUL byte", name);
	/* the bytes need not end in a NUL: the text check reads a copy that does */
	if (!(text = errata__strndup(json, len)))
		return errata__oom();
	if ((error = errata__reports_check_text(name, text, 0)) < 0 ||
	    (error = errata__json_parse_as(&root, name, json, len, "malformed JSON payload")) < 0)
		goto cleanup;
	if (!cJSON_IsObject(root)) {
		error = errata__error(ERRATA_EINVALID, "%s: the payload must be a JSON object", name);
		goto cleanup;
	}
	cJSON_ArrayForEach(item, root) {
		size_t k;

		for (k = 0; known[k]; k++)
			if (item->string && strcmp(item->string, known[k]) == 0)
				break;
		if (!known[k]) {
			error = errata__error(ERRATA_EINVALID, "%s: unknown field '%s'", name,
			                      item->string ? item->string : "");
			goto cleanup;
		}
		if (k == 0) {
			if (!cJSON_IsNumber(item) || item->valuedouble != 1) {
				error = errata__error(ERRATA_EINVALID, "%s: field 'version': must be 1", name);
				goto cleanup;
			}
			continue;
		}
		if (cJSON_IsNull(item) && k != 1 && k != 3)
			continue;
		if (!cJSON_IsString(item)) {
			error = errata__error(ERRATA_EINVALID, "%s: field '%s': must be a string", name, known[k]);
			goto cleanup;
		}
		*slots[k] = item->valuestring;
	}
	if (!in.path) {
		error = errata__error(ERRATA_EINVALID, "%s: field 'path': missing", name);
		goto cleanup;
	}
	if (!in.quote) {
		error = errata__error(ERRATA_EINVALID, "%s: field 'quote': missing", name);
		goto cleanup;
	}
	*out = in;
	*root_out = root;
	root = NULL;
cleanup:
	free(text);
	cJSON_Delete(root);
	return error;
}

int errata_report_add_json(errata_repo *repo, const char *name,
                           const char *json, size_t len,
                           const errata_report_options *opts,
                           char id[ERRATA_REPORT_ID_SIZE])
{
	errata_report_input in = ERRATA_REPORT_INPUT_INIT;
	cJSON *root = NULL;
	int error;

	id[0] = '\0';
	if ((error = errata__report_payload_read(name, json, len, &in, &root)) < 0)
		return error;
	if ((error = errata_report_add(repo, &in, opts, id)) < 0) {
		char msg[900];

		snprintf(msg, sizeof(msg), "%s", errata_error_last());
		errata__error(error, "%s: %s", name, msg);
	}
	cJSON_Delete(root);
	return error;
}

int errata_report_add_json_file(errata_repo *repo, const char *file,
                                const errata_report_options *opts,
                                char id[ERRATA_REPORT_ID_SIZE])
{
	const char *name = strcmp(file, "-") == 0 ? "<stdin>" : file;
	char *data = NULL;
	size_t len = 0;
	int error;

	id[0] = '\0';
	error = errata__read_file(file, ERRATA_REPORT_MAX_PAYLOAD, &data, &len);
	if (error == ERRATA_ETOOBIG)
		error = errata__error(ERRATA_ETOOBIG, "%s: payload larger than the limit of %d bytes",
		                      name, ERRATA_REPORT_MAX_PAYLOAD);
	if (error == 0)
		error = errata_report_add_json(repo, name, data, len, opts, id);
	free(data);
	return error;
}

typedef struct {
	const errata_event_input *ev;
	const char *prefix;
	const char *actor;
	const char *rev;   /* resolved full id for fixed */
	char id[ERRATA_REPORT_ID_SIZE];
} event_payload;

static const char *state_status(const cJSON *state)
{
	const cJSON *s = cJSON_GetObjectItemCaseSensitive(state, "status");

	return cJSON_IsString(s) ? s->valuestring : "open";
}

static int status_allows(const char *id, const char *status, errata_event_type type)
{
	int ok = 1;

	switch (type) {
	case ERRATA_EVENT_COMMENT:
		break;
	case ERRATA_EVENT_CONFIRM:
	case ERRATA_EVENT_FIXED:
	case ERRATA_EVENT_DUPLICATE:
		ok = strcmp(status, "open") == 0 || strcmp(status, "confirmed") == 0 ||
		     (type != ERRATA_EVENT_CONFIRM && strcmp(status, "fixed") == 0);
		break;
	case ERRATA_EVENT_REJECT:
		ok = strcmp(status, "open") == 0 || strcmp(status, "confirmed") == 0 ||
		     strcmp(status, "fixed") == 0;
		break;
	case ERRATA_EVENT_REOPEN:
		ok = strcmp(status, "open") != 0 && strcmp(status, "confirmed") != 0;
		break;
	case ERRATA_EVENT_NOTICE:
		ok = strcmp(status, "fixed") == 0;
		break;
	case ERRATA_EVENT_OPEN:
		ok = 0;
		break;
	}
	if (!ok && type == ERRATA_EVENT_NOTICE && strcmp(status, "corrected") == 0)
		return errata__error(ERRATA_EINVALID, "report %s is already corrected (reopen it to correct it again)", id);
	if (!ok && type == ERRATA_EVENT_NOTICE && strcmp(status, "duplicate") == 0)
		return errata__error(ERRATA_EINVALID, "report %s is a duplicate: correct the report it duplicates ('errata report show %s' names it)",
		                     id, id);
	if (!ok && type == ERRATA_EVENT_NOTICE && strcmp(status, "rejected") == 0)
		return errata__error(ERRATA_EINVALID, "report %s was rejected: reopen it first ('errata report reopen %s') if it was right after all",
		                     id, id);
	if (!ok && type == ERRATA_EVENT_NOTICE)
		return errata__error(ERRATA_EINVALID, "report %s is %s: record the fix first ('errata report fixed ID --in REV' or 'errata report scan')",
		                     id, status);
	if (!ok)
		return errata__error(ERRATA_EINVALID, "report %s is %s: cannot %s it%s", id, status,
		                     errata_event_type_name(type),
		                     strcmp(status, "open") == 0 ? "" : " (reopen it first)");
	return 0;
}

static int build_event(errata_repo *repo, git_tree *tip, void *payload, errata__event_batch *b)
{
	event_payload *p = payload;
	const errata_event_input *in = p->ev;
	git_tree *dir = NULL;
	cJSON *state = NULL, *ev = NULL;
	char *json = NULL, evid[ERRATA_REPORT_ID_SIZE], path[128], now[32];
	char other[ERRATA_REPORT_ID_SIZE];
	unsigned long lamport;
	int error;

	if ((error = errata__reports_locate(repo, tip, p->prefix, p->id, &dir)) < 0)
		goto cleanup;
	if ((error = errata__report_replay(repo, dir, p->id, &state)) < 0)
		goto cleanup;
	if ((error = status_allows(p->id, state_status(state), in->type)) < 0)
		goto cleanup;
	if (in->type == ERRATA_EVENT_DUPLICATE) {
		if ((error = errata__reports_locate(repo, tip, in->of, other, NULL)) < 0)
			goto cleanup;
		if (strcmp(other, p->id) == 0) {
			error = errata__error(ERRATA_EINVALID, "report %s cannot be a duplicate of itself", p->id);
			goto cleanup;
		}
	}
	lamport = errata__reports_next_lamport(dir);
	errata__reports_now(now);
	if (!(ev = cJSON_CreateObject())) {
		error = errata__oom();
		goto cleanup;
	}
	{
		errata_buf seed = ERRATA_BUF_INIT;

		errata_buf_printf(&seed, "%s %lu %d %s", p->id, lamport, (int)in->type, now);
		errata__reports_new_id(evid, seed.ptr ? seed.ptr : "", seed.size);
		errata_buf_dispose(&seed);
	}
	cJSON_AddNumberToObject(ev, "version", 1);
	add_str(ev, "type", errata_event_type_name(in->type));
	add_str(ev, "report", p->id);
	add_str(ev, "id", evid);
	cJSON_AddNumberToObject(ev, "lamport", (double)lamport);
	add_str(ev, "actor", p->actor);
	add_str(ev, "time", now);
	switch (in->type) {
	case ERRATA_EVENT_COMMENT:
		add_str(ev, "message", in->message);
		break;
	case ERRATA_EVENT_REJECT:
		add_str(ev, "why", in->message);
		break;
	case ERRATA_EVENT_DUPLICATE:
		add_str(ev, "of", other);
		break;
	case ERRATA_EVENT_FIXED:
		add_str(ev, "rev", p->rev);
		cJSON_AddBoolToObject(ev, "detected", in->detected != 0);
		break;
	case ERRATA_EVENT_NOTICE:
		add_str(ev, "kind", in->kind);
		add_str(ev, "wrong", in->wrong);
		add_str(ev, "right", in->right);
		if (in->notice && *in->notice) {
			add_str(ev, "notice", in->notice);
		} else {
			errata_buf nb = ERRATA_BUF_INIT;

			errata_buf_printf(&nb, "An earlier version of this article said \"%s\". It should have said \"%s\".",
			                  in->wrong, in->right);
			add_str(ev, "notice", nb.ptr ? nb.ptr : "");
			errata_buf_dispose(&nb);
		}
		add_str(ev, "approved_by", in->approved_by);
		break;
	default:
		break;
	}
	if (!(json = cJSON_PrintUnformatted(ev))) {
		error = errata__oom();
		goto cleanup;
	}
	errata__reports_event_path(path, p->id, lamport, evid);
	if ((error = errata__batch_add(b, path, json, strlen(json))) < 0)
		goto cleanup;
	if (!(b->message = malloc(80))) {
		error = errata__oom();
		goto cleanup;
	}
	snprintf(b->message, 80, "report %s: %s\n", p->id, errata_event_type_name(in->type));
cleanup:
	cJSON_free(json);
	cJSON_Delete(ev);
	cJSON_Delete(state);
	git_tree_free(dir);
	return error;
}

static const char *const correction_kinds[] = {
	"correction", "clarification", "update", "editors-note", "retraction", NULL
};

int errata_report_event(errata_repo *repo, const char *id,
                        const errata_event_input *ev,
                        const errata_report_options *opts,
                        char full_id[ERRATA_REPORT_ID_SIZE])
{
	event_payload p;
	errata_oid rev;
	char *actor = NULL;
	int error = 0;

	memset(&p, 0, sizeof(p));
	if (full_id)
		full_id[0] = '\0';
	if (!id || !*id)
		return errata__error(ERRATA_EINVALID, "report id: missing");
	switch (ev->type) {
	case ERRATA_EVENT_OPEN:
		return errata__error(ERRATA_EUSAGE, "a report is opened with errata_report_add()");
	case ERRATA_EVENT_COMMENT:
	case ERRATA_EVENT_REJECT:
		if (!ev->message || !*ev->message)
			return errata__error(ERRATA_EINVALID, "%s: missing",
			                     ev->type == ERRATA_EVENT_COMMENT ? "message" : "why");
		if ((error = check_field(ev->type == ERRATA_EVENT_COMMENT ? "message" : "why",
		                         ev->message, ERRATA_REPORT_MAX_FIELD)) < 0)
			return error;
		break;
	case ERRATA_EVENT_DUPLICATE:
		if (!ev->of || !*ev->of)
			return errata__error(ERRATA_EINVALID, "of: missing");
		break;
	case ERRATA_EVENT_FIXED:
		if (!ev->rev || !*ev->rev)
			return errata__error(ERRATA_EINVALID, "in: missing revision");
		if ((error = errata_repo_resolve(repo, ev->rev, &rev)) < 0)
			return error;
		p.rev = rev.hex;
		break;
	case ERRATA_EVENT_NOTICE: {
		size_t k;

		for (k = 0; ev->kind && correction_kinds[k]; k++)
			if (strcmp(ev->kind, correction_kinds[k]) == 0)
				break;
		if (!ev->kind || !correction_kinds[k])
			return errata__error(ERRATA_EINVALID, "kind: '%s' is not one of correction, clarification, update, editors-note, retraction",
			                     ev->kind ? ev->kind : "");
		if (!ev->wrong || !*ev->wrong || !ev->right || !*ev->right)
			return errata__error(ERRATA_EINVALID, "%s: missing", !ev->wrong || !*ev->wrong ? "wrong" : "right");
		if ((error = check_field("wrong", ev->wrong, ERRATA_REPORT_MAX_FIELD)) < 0 ||
		    (error = check_field("right", ev->right, ERRATA_REPORT_MAX_FIELD)) < 0 ||
		    (error = check_field("notice", ev->notice, ERRATA_REPORT_MAX_FIELD)) < 0 ||
		    (error = check_field("approved-by", ev->approved_by, 200)) < 0)
			return error;
		break;
	}
	default:
		break;
	}
	if ((error = errata__reports_actor(repo, opts ? opts->actor : NULL, &actor)) < 0)
		return error;
	p.ev = ev;
	p.prefix = id;
	p.actor = actor;
	error = errata__reports_write(repo, actor, build_event, &p);
	if (error == 0 && full_id)
		memcpy(full_id, p.id, ERRATA_REPORT_ID_SIZE);
	free(actor);
	return error;
}
