/*
 * replay.c: a report's current state is the replay of its event blobs in
 * (Lamport clock, event id) order. The state is a JSON object: what
 * `report show --format json` prints and what the list cache stores.
 */
#include "reports/reports.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
	unsigned long lamport;
	const char *name;
	const git_oid *oid;
} event_ref;

static int cmp_event(const void *a, const void *b)
{
	const event_ref *x = a, *y = b;

	if (x->lamport != y->lamport)
		return x->lamport < y->lamport ? -1 : 1;
	return strcmp(x->name, y->name);
}

static const char *str(const cJSON *o, const char *key)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);

	return cJSON_IsString(v) ? v->valuestring : NULL;
}

/*
 * Set key to v (taken over; NULL means out of memory): the state's keys
 * exist from the skeleton, so one lookup finds the item to replace.
 */
static int put(cJSON *o, const char *key, cJSON *v)
{
	cJSON *old;

	if (!v)
		return errata__oom();
	if ((old = cJSON_GetObjectItemCaseSensitive(o, key))) {
		/* The new item takes over the old one's key. */
		if (v->string && !(v->type & cJSON_StringIsConst))
			cJSON_free(v->string);
		v->string = old->string;
		v->type = (v->type & ~cJSON_StringIsConst) | (old->type & cJSON_StringIsConst);
		old->string = NULL;
		cJSON_ReplaceItemViaPointer(o, old, v);
	} else
		cJSON_AddItemToObject(o, key, v);
	return 0;
}

/* Set key to a copy of the string (or null). */
static int set_str(cJSON *o, const char *key, const char *val)
{
	return put(o, key, val ? cJSON_CreateString(val) : cJSON_CreateNull());
}

/* Set key to a copy of src (or null). */
static int set_item(cJSON *o, const char *key, const cJSON *src)
{
	return put(o, key, src ? cJSON_Duplicate(src, 1) : cJSON_CreateNull());
}

static int set_bool(cJSON *o, const char *key, int b)
{
	return put(o, key, cJSON_CreateBool(b));
}

/* The skeleton every state has, so that keys keep one order. */
/* The keys of a state after "id", in their order. */
static const char *const state_keys[] = {
	"status", "path", "rev", "quote", "message", "suggest", "reporter",
	"contact", "anchored", "location", "introduced_in", "introduced_by",
	"fixed_in", "fixed_detected", "duplicate_of", "rejected_why",
	"findings", "correction", "time", "events", NULL
};

/* The fields an open event gives its report's state. */
static const char *const open_fields[] = {
	"path", "rev", "quote", "message", "suggest", "reporter", "contact",
	"location", "introduced_in", "introduced_by", "findings", NULL
};

cJSON *errata__report_state_new(const char *id)
{
	const char *const *keys = state_keys;
	cJSON *s = cJSON_CreateObject();
	int ok = s && cJSON_AddStringToObject(s, "id", id);

	for (size_t i = 0; ok && keys[i]; i++) {
		const char *k = keys[i];
		cJSON *v = strcmp(k, "status") == 0 ? cJSON_CreateString("open")
		         : strcmp(k, "anchored") == 0 || strcmp(k, "fixed_detected") == 0 ? cJSON_CreateFalse()
		         : strcmp(k, "findings") == 0 || strcmp(k, "events") == 0 ? cJSON_CreateArray()
		         : cJSON_CreateNull();

		ok = v != NULL;
		if (ok)
			cJSON_AddItemToObject(s, k, v);
	}
	if (!ok) {
		cJSON_Delete(s);
		return NULL;
	}
	return s;
}

/* Apply one event to the state; unknown types are kept in the event list only. */
static int apply(cJSON *s, const cJSON *ev)
{
	const char *type = str(ev, "type"), *v;
	cJSON *summary = cJSON_CreateObject();
	static const char *const copy[] = { "message", "why", "of", "rev", "detected", NULL };
	int error = 0;

	if (!summary)
		return errata__oom();
	cJSON_AddStringToObject(summary, "type", type ? type : "unknown");
	cJSON_AddStringToObject(summary, "id", str(ev, "id") ? str(ev, "id") : "");
	cJSON_AddItemToObject(summary, "lamport",
	                      cJSON_Duplicate(cJSON_GetObjectItemCaseSensitive(ev, "lamport"), 0));
	cJSON_AddStringToObject(summary, "actor", str(ev, "actor") ? str(ev, "actor") : "");
	cJSON_AddStringToObject(summary, "time", str(ev, "time") ? str(ev, "time") : "");
	if (type && strcmp(type, "open") != 0 && strcmp(type, "notice") != 0)
		for (size_t i = 0; copy[i]; i++) {
			const cJSON *x = cJSON_GetObjectItemCaseSensitive(ev, copy[i]);

			if (x)
				cJSON_AddItemToObject(summary, copy[i], cJSON_Duplicate(x, 1));
		}
	cJSON_AddItemToArray(cJSON_GetObjectItemCaseSensitive(s, "events"), summary);
	if (!type)
		return 0;
	if (strcmp(type, "open") == 0) {
		for (size_t i = 0; open_fields[i] && error == 0; i++) {
			const cJSON *x = cJSON_GetObjectItemCaseSensitive(ev, open_fields[i]);

			if (x)
				error = set_item(s, open_fields[i], x);
		}
		if (error == 0)
			error = set_bool(s, "anchored", cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(ev, "anchored")));
		if (error == 0)
			error = set_str(s, "time", str(ev, "time"));
		if (error == 0)
			error = set_str(s, "status", "open");
	} else if (strcmp(type, "confirm") == 0) {
		error = set_str(s, "status", "confirmed");
	} else if (strcmp(type, "reject") == 0) {
		if ((error = set_str(s, "status", "rejected")) == 0)
			error = set_str(s, "rejected_why", str(ev, "why"));
	} else if (strcmp(type, "duplicate") == 0) {
		if ((error = set_str(s, "status", "duplicate")) == 0)
			error = set_str(s, "duplicate_of", str(ev, "of"));
	} else if (strcmp(type, "fixed") == 0) {
		if ((error = set_str(s, "status", "fixed")) == 0 &&
		    (error = set_str(s, "fixed_in", str(ev, "rev"))) == 0)
			error = set_bool(s, "fixed_detected",
			                 cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(ev, "detected")));
	} else if (strcmp(type, "reopen") == 0) {
		if ((error = set_str(s, "status", "open")) == 0 &&
		    (error = set_str(s, "fixed_in", NULL)) == 0 &&
		    (error = set_str(s, "duplicate_of", NULL)) == 0 &&
		    (error = set_str(s, "rejected_why", NULL)) == 0 &&
		    (error = set_bool(s, "fixed_detected", 0)) == 0)
			error = set_str(s, "correction", NULL);
	} else if (strcmp(type, "notice") == 0) {
		cJSON *c = cJSON_CreateObject();
		static const char *const fields[] = {
			"kind", "wrong", "right", "notice", "approved_by", NULL
		};

		if (!c)
			return errata__oom();
		for (size_t i = 0; fields[i]; i++) {
			v = str(ev, fields[i]);
			if (v)
				cJSON_AddStringToObject(c, fields[i], v);
			else
				cJSON_AddNullToObject(c, fields[i]);
		}
		cJSON_AddStringToObject(c, "date", str(ev, "time") ? str(ev, "time") : "");
		cJSON_AddStringToObject(c, "actor", str(ev, "actor") ? str(ev, "actor") : "");
		if ((error = set_str(s, "status", "corrected")) == 0)
			cJSON_ReplaceItemInObjectCaseSensitive(s, "correction", c);
		else
			cJSON_Delete(c);
	}
	return error;
}

int errata__report_apply(cJSON *state, const char *data, size_t len)
{
	cJSON *ev = cJSON_ParseWithLength(data, len);
	int error = 0;

	/* A damaged event is skipped, never fatal: the rest still replays. */
	if (cJSON_IsObject(ev))
		error = apply(state, ev);
	cJSON_Delete(ev);
	return error;
}

int errata__report_replay(errata_repo *repo, git_tree *dir, const char *id, cJSON **out)
{
	size_t n = git_tree_entrycount(dir), m = 0;
	event_ref *evs = calloc(n ? n : 1, sizeof(*evs));
	cJSON *state = NULL;
	int error = 0;

	*out = NULL;
	if (!evs)
		return errata__oom();
	for (size_t i = 0; i < n; i++) {
		const git_tree_entry *e = git_tree_entry_byindex(dir, i);
		const char *name = git_tree_entry_name(e);

		/* A clock beyond the folder's event count is not replayed. */
		if (!errata__reports_lamport(name, n, &evs[m].lamport))
			continue;
		evs[m].name = strchr(name, '-') + 1;
		evs[m].oid = git_tree_entry_id(e);
		m++;
	}
	n = m;
	qsort(evs, n, sizeof(*evs), cmp_event);
	if (!(state = errata__report_state_new(id))) {
		error = errata__oom();
		goto cleanup;
	}
	for (size_t i = 0; i < n && error == 0; i++) {
		git_blob *blob = NULL;

		if ((error = git_blob_lookup(&blob, repo->git, evs[i].oid)) < 0) {
			error = errata__git_error(error, id);
			break;
		}
		error = errata__report_apply(state, git_blob_rawcontent(blob), (size_t)git_blob_rawsize(blob));
		git_blob_free(blob);
	}
	if (error == 0) {
		*out = state;
		state = NULL;
	}
cleanup:
	cJSON_Delete(state);
	free(evs);
	return error;
}

/* Append the unformatted JSON of v, as cJSON prints it, into a stack buffer when it fits. */
static int put_json(errata_buf *b, const cJSON *v)
{
	char small[1024], *big;
	int error;

	if (cJSON_PrintPreallocated((cJSON *)v, small, (int)sizeof(small), 0))
		return errata_buf_puts(b, small);
	if (!(big = cJSON_PrintUnformatted(v)))
		return errata__oom();
	error = errata_buf_puts(b, big);
	cJSON_free(big);
	return error;
}

/* Append "key": (after a comma unless first in its object); keys need no escapes. */
static int put_key(errata_buf *b, const char *key)
{
	int error = 0;

	if (b->size && b->ptr[b->size - 1] != '{')
		error = errata_buf_putc(b, ',');
	if (error == 0)
		error = errata_buf_putc(b, '"');
	if (error == 0)
		error = errata_buf_puts(b, key);
	if (error == 0)
		error = errata_buf_put(b, "\":", 2);
	return error;
}

/* Append "key": then the string s (NULL: alt, else null) as cJSON prints it. */
static int put_key_str(errata_buf *b, const char *key, const char *s, const char *alt)
{
	cJSON v;
	int error;

	if ((error = put_key(b, key)) < 0)
		return error;
	if (!s)
		s = alt;
	if (!s)
		return errata_buf_puts(b, "null");
	memset(&v, 0, sizeof(v));
	v.type = cJSON_String;
	v.valuestring = (char *)s;
	return put_json(b, &v);
}

int errata__report_open_json(const cJSON *ev, const char *id, errata_buf *out)
{
	int error = errata_buf_grow(out, out->size + 1024);

	if (error == 0)
		error = errata_buf_putc(out, '{');

	if (error == 0)
		error = put_key_str(out, "id", id, NULL);
	for (size_t i = 0; state_keys[i] && error == 0; i++) {
		const char *k = state_keys[i];
		const cJSON *x = NULL;
		int field = 0;

		for (size_t f = 0; open_fields[f]; f++)
			if (strcmp(open_fields[f], k) == 0)
				field = 1;
		if (field) {
			if ((error = put_key(out, k)) < 0)
				break;
			x = cJSON_GetObjectItemCaseSensitive(ev, k);
			error = x ? put_json(out, x) : errata_buf_puts(out, strcmp(k, "findings") == 0 ? "[]" : "null");
		} else if (strcmp(k, "status") == 0) {
			error = put_key_str(out, k, "open", NULL);
		} else if (strcmp(k, "anchored") == 0) {
			if ((error = put_key(out, k)) == 0)
				error = errata_buf_puts(out, cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(ev, "anchored")) ?
				                        "true" : "false");
		} else if (strcmp(k, "fixed_detected") == 0) {
			error = errata_buf_puts(out, ",\"fixed_detected\":false");
		} else if (strcmp(k, "time") == 0) {
			error = put_key_str(out, k, str(ev, "time"), NULL);
		} else if (strcmp(k, "events") == 0) {
			/* The open event's summary, as apply() writes it. */
			const cJSON *lamport = cJSON_GetObjectItemCaseSensitive(ev, "lamport");

			if ((error = errata_buf_puts(out, ",\"events\":[{")) == 0 &&
			    (error = put_key_str(out, "type", "open", NULL)) == 0 &&
			    (error = put_key_str(out, "id", str(ev, "id"), "")) == 0 && lamport &&
			    (error = put_key(out, "lamport")) == 0)
				error = put_json(out, lamport);
			if (error == 0 && (error = put_key_str(out, "actor", str(ev, "actor"), "")) == 0 &&
			    (error = put_key_str(out, "time", str(ev, "time"), "")) == 0)
				error = errata_buf_puts(out, "}]");
		} else {
			if ((error = put_key(out, k)) == 0)
				error = errata_buf_puts(out, "null");
		}
	}
	if (error == 0)
		error = errata_buf_putc(out, '}');
	return error;
}
