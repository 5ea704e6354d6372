/*
 * corrections.c: an article's public correction log, built from the
 * reports that reached `corrected`: each correction with its kind, date,
 * what was wrong and what is right, the notice, the revisions that
 * introduced and corrected the text, and the reports it answers (the
 * corrected report and every report marked as a duplicate of it). Text,
 * JSON, and schema.org CorrectionComment objects as JSON-LD.
 */
#include "reports/reports.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
	cJSON *state;
	const char *date;
} item;

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

/* label, then v escaped for a terminal, then a newline. */
static void put_line(errata_buf *out, const char *label, const char *v)
{
	errata_buf_puts(out, label);
	errata_buf_put_safe(out, v);
	errata_buf_putc(out, '\n');
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

int errata_corrections_write(errata_buf *out, errata_repo *repo, const char *path,
                             errata_corrections_format fmt)
{
	errata_reports *set = NULL;
	item *items = NULL;
	size_t n = 0;
	cJSON *root = NULL, *list = NULL;
	char *printed = NULL;
	int error;

	if ((error = errata_reports_load(&set, repo)) < 0)
		return error;
	if (!(items = calloc(errata_reports_count(set) + 1, sizeof(*items)))) {
		error = errata__oom();
		goto cleanup;
	}
	for (size_t i = 0; i < errata_reports_count(set); i++) {
		const errata_report *r = errata_reports_get(set, i);
		cJSON *s, *c;

		if (strcmp(r->status, "corrected") != 0 || strcmp(r->path, path) != 0)
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
		n++;
	}
	qsort(items, n, sizeof(*items), cmp_item);
	if (fmt == ERRATA_CORRECTIONS_TEXT) {
		/* the texts came from editors and readers: escaped for the terminal */
		if (n == 0 && (error = errata_buf_put_safe(out, path)) == 0)
			error = errata_buf_puts(out, ": no corrections\n");
		for (size_t i = 0; i < n && error == 0; i++) {
			const cJSON *s = items[i].state, *c = cJSON_GetObjectItemCaseSensitive(s, "correction");
			cJSON *rep = answered(set, jstr(s, "id"));
			const cJSON *x;
			const char *v;

			if (i)
				errata_buf_putc(out, '\n');
			errata_buf_put_safe_len(out, items[i].date, strnlen(items[i].date, 10));
			errata_buf_printf(out, "  %s  ", kind_label(jstr(c, "kind")));
			put_line(out, "", path);
			put_line(out, "  wrong:  ", jstr(c, "wrong") ? jstr(c, "wrong") : "");
			put_line(out, "  right:  ", jstr(c, "right") ? jstr(c, "right") : "");
			if ((v = jstr(c, "notice")))
				put_line(out, "  notice: ", v);
			errata_buf_puts(out, "  introduced in ");
			v = jstr(s, "introduced_in") ? jstr(s, "introduced_in") : "(unknown)";
			errata_buf_put_safe_len(out, v, strnlen(v, 12));
			errata_buf_puts(out, ", corrected in ");
			v = jstr(s, "fixed_in") ? jstr(s, "fixed_in") : "(unknown)";
			errata_buf_put_safe_len(out, v, strnlen(v, 12));
			errata_buf_putc(out, '\n');
			if ((v = jstr(c, "approved_by")))
				put_line(out, "  approved by ", v);
			errata_buf_puts(out, "  answers report");
			if (cJSON_GetArraySize(rep) > 1)
				errata_buf_putc(out, 's');
			cJSON_ArrayForEach(x, rep)
			{
				errata_buf_puts(out, x == rep->child ? " " : ", ");
				errata_buf_put_safe(out, x->valuestring);
			}
			error = errata_buf_putc(out, '\n');
			cJSON_Delete(rep);
		}
		goto cleanup;
	}
	if (!(list = cJSON_CreateArray())) {
		error = errata__oom();
		goto cleanup;
	}
	for (size_t i = 0; i < n; i++) {
		const cJSON *s = items[i].state, *c = cJSON_GetObjectItemCaseSensitive(s, "correction");
		cJSON *o = cJSON_CreateObject();

		if (!o) {
			error = errata__oom();
			goto cleanup;
		}
		cJSON_AddItemToArray(list, o);
		if (fmt == ERRATA_CORRECTIONS_JSON) {
			cJSON_AddStringToObject(o, "kind", jstr(c, "kind") ? jstr(c, "kind") : "correction");
			cJSON_AddStringToObject(o, "date", items[i].date);
			cJSON_AddItemToObject(o, "wrong", cJSON_Duplicate(cJSON_GetObjectItemCaseSensitive(c, "wrong"), 1));
			cJSON_AddItemToObject(o, "right", cJSON_Duplicate(cJSON_GetObjectItemCaseSensitive(c, "right"), 1));
			cJSON_AddItemToObject(o, "notice", cJSON_Duplicate(cJSON_GetObjectItemCaseSensitive(c, "notice"), 1));
			cJSON_AddItemToObject(o, "approved_by", cJSON_Duplicate(cJSON_GetObjectItemCaseSensitive(c, "approved_by"), 1));
			cJSON_AddItemToObject(o, "introduced_in", cJSON_Duplicate(cJSON_GetObjectItemCaseSensitive(s, "introduced_in"), 1));
			cJSON_AddItemToObject(o, "corrected_in", cJSON_Duplicate(cJSON_GetObjectItemCaseSensitive(s, "fixed_in"), 1));
			cJSON_AddItemToObject(o, "reports", answered(set, jstr(s, "id")));
		} else {
			const char *notice = jstr(c, "notice");

			cJSON_AddStringToObject(o, "@context", "https://schema.org");
			cJSON_AddStringToObject(o, "@type", "CorrectionComment");
			cJSON_AddStringToObject(o, "name", kind_label(jstr(c, "kind")));
			cJSON_AddStringToObject(o, "text", notice ? notice : "");
			cJSON_AddStringToObject(o, "datePublished", items[i].date);
		}
	}
	if (fmt == ERRATA_CORRECTIONS_JSON) {
		if (!(root = cJSON_CreateObject())) {
			error = errata__oom();
			goto cleanup;
		}
		cJSON_AddNumberToObject(root, "version", 1);
		cJSON_AddStringToObject(root, "path", path);
		cJSON_AddItemToObject(root, "corrections", list);
		list = NULL;
	}
	if (!(printed = cJSON_Print(root ? root : list))) {
		error = errata__oom();
		goto cleanup;
	}
	{
		size_t from = out->size;

		/* JSON-LD goes into a <script> element: no "</script>" from a notice */
		if ((error = errata_buf_puts(out, printed)) == 0 &&
		    (error = errata__json_harden(out, from, fmt == ERRATA_CORRECTIONS_JSONLD)) == 0)
			error = errata_buf_putc(out, '\n');
	}
cleanup:
	cJSON_free(printed);
	cJSON_Delete(root);
	cJSON_Delete(list);
	for (size_t i = 0; i < n; i++)
		cJSON_Delete(items[i].state);
	free(items);
	errata_reports_free(set);
	return error;
}
