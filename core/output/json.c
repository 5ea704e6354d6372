/*
 * json.c: errata's own JSON document,
 *   {"version":1,"findings":[...],"summary":{...}}
 * written as a stream: the opening first, then one finding object per
 * line, then the summary. Each object is built and printed with cJSON, so
 * the escaping is cJSON's; the layout (one finding a line) is ours, which
 * keeps the output easy to grep and needs no tree of the whole run.
 */
#include <cjson/cJSON.h>

#include "common.h"
#include "output/format.h"

int errata__output_json_open(errata_output *o, errata_buf *out)
{
	(void)o;
	return errata_buf_puts(out, "{\"version\":1,\"findings\":[");
}

/*
 * Add a string member that borrows both its key (a literal) and its value:
 * the object is printed and deleted while the finding is still alive, so
 * nothing needs copying. Nonzero on success.
 */
static int add_borrowed(cJSON *obj, const char *key, const char *value)
{
	cJSON *item = cJSON_CreateStringReference(value);

	if (!item || !cJSON_AddItemToObjectCS(obj, key, item)) {
		cJSON_Delete(item);
		return 0;
	}
	return 1;
}

/* The finding as a cJSON object, or NULL when memory ran out. */
static cJSON *finding_object(const errata_finding *f)
{
	cJSON *obj = cJSON_CreateObject(), *sugg;
	int ok = obj != NULL;

	ok = ok && add_borrowed(obj, "path", f->path);
	ok = ok && errata__output_json_path_bytes(obj, "path", f->path);
	ok = ok && add_borrowed(obj, "rule", f->rule);
	ok = ok && add_borrowed(obj, "severity", errata_severity_name(f->severity));
	ok = ok && add_borrowed(obj, "message", f->message);
	ok = ok && errata__output_json_count(obj, "line", f->line);
	ok = ok && errata__output_json_count(obj, "column", f->column);
	ok = ok && errata__output_json_count(obj, "end_line", f->end_line);
	ok = ok && errata__output_json_count(obj, "end_column", f->end_column);
	ok = ok && errata__output_json_count(obj, "offset", f->offset);
	ok = ok && errata__output_json_count(obj, "length", f->length);
	ok = ok && add_borrowed(obj, "text", f->text);
	sugg = ok ? cJSON_AddArrayToObject(obj, "suggestions") : NULL;
	ok = ok && sugg;
	for (size_t i = 0; ok && i < f->suggestion_count; i++) {
		cJSON *s = cJSON_CreateStringReference(f->suggestions[i]);

		ok = s != NULL;
		if (ok)
			cJSON_AddItemToArray(sugg, s);
	}
	ok = ok && add_borrowed(obj, "fingerprint", f->fingerprint);
	if (!ok) {
		cJSON_Delete(obj);
		return NULL;
	}
	return obj;
}

int errata__output_json_finding(errata_output *o, errata_buf *out, const errata_finding *f)
{
	int error;

	if ((error = errata_buf_puts(out, o->written ? ",\n" : "\n")) < 0)
		return error;
	return errata__output_put_json(out, finding_object(f));
}

int errata__output_json_close(errata_output *o, errata_buf *out, size_t files)
{
	cJSON *summary = cJSON_CreateObject();
	int ok = summary != NULL, error;

	ok = ok && cJSON_AddNumberToObject(summary, "files", (double)files);
	ok = ok && cJSON_AddNumberToObject(summary, "errors", (double)o->errors);
	ok = ok && cJSON_AddNumberToObject(summary, "warnings", (double)o->warnings);
	ok = ok && cJSON_AddNumberToObject(summary, "infos", (double)o->infos);
	ok = ok && cJSON_AddNumberToObject(summary, "failed", (double)o->failed);
	if (ok && o->lang_count) {
		/* the languages chosen from the text (--lang auto) */
		cJSON *langs = cJSON_AddArrayToObject(summary, "languages");

		ok = langs != NULL;
		for (size_t i = 0; ok && i + 1 < o->lang_count; i += 2) {
			cJSON *one = cJSON_CreateObject();

			ok = one && cJSON_AddItemToArray(langs, one) &&
			     add_borrowed(one, "path", o->langs[i]) &&
			     errata__output_json_path_bytes(one, "path", o->langs[i]) &&
			     add_borrowed(one, "lang", o->langs[i + 1]);
		}
	}
	if (!ok) {
		cJSON_Delete(summary);
		return errata__oom();
	}
	if ((error = errata_buf_puts(out, o->written ? "\n]" : "]")) < 0 ||
	    (o->file_count && (error = errata_buf_puts(out, ",\"files\":[")) < 0)) {
		cJSON_Delete(summary);
		return error;
	}
	/* each checked file's date, one a line like the findings */
	for (size_t i = 0; i < o->file_count; i++) {
		cJSON *file = o->files[i];

		o->files[i] = NULL; /* printed and deleted */
		if ((error = errata_buf_puts(out, i ? ",\n" : "\n")) < 0)
			cJSON_Delete(file);
		if (error < 0 || (error = errata__output_put_json(out, file)) < 0) {
			cJSON_Delete(summary);
			return error;
		}
	}
	if ((o->file_count && (error = errata_buf_puts(out, "\n]")) < 0) ||
	    (error = errata_buf_puts(out, ",\"summary\":")) < 0) {
		cJSON_Delete(summary);
		return error;
	}
	if ((error = errata__output_put_json(out, summary)) < 0)
		return error;
	return errata_buf_puts(out, "}\n");
}
