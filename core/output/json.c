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

/*
 * The finding's object, written as cJSON would print finding_object()'s
 * tree unformatted (the same members in the same order, the same
 * escaping), without building the tree; then hardened like any JSON
 * errata writes (errata__json_harden()).
 */
static int put_finding(errata_buf *out, const errata_finding *f)
{
	errata_buf bytes = ERRATA_BUF_INIT;
	size_t from = out->size;
	int error, r;

	if ((r = errata_output_path_bytes(&bytes, f->path)) < 0) {
		errata_buf_dispose(&bytes);
		return r;
	}
	if ((error = errata_buf_put(out, "{\"path\":", 8)) < 0 || (error = errata__output_json_string(out, f->path)) < 0 ||
	    (r == 1 && ((error = errata_buf_puts(out, ",\"path_bytes\":")) < 0 ||
	                (error = errata__output_json_string(out, bytes.ptr)) < 0)) ||
	    (error = errata_buf_puts(out, ",\"rule\":")) < 0 || (error = errata__output_json_string(out, f->rule)) < 0 ||
	    (error = errata_buf_puts(out, ",\"severity\":")) < 0 ||
	    (error = errata__output_json_string(out, errata_severity_name(f->severity))) < 0 ||
	    (error = errata_buf_puts(out, ",\"message\":")) < 0 ||
	    (error = errata__output_json_string(out, f->message)) < 0 ||
	    (error = errata__output_json_member(out, ",\"line\":", f->line)) < 0 ||
	    (error = errata__output_json_member(out, ",\"column\":", f->column)) < 0 ||
	    (error = errata__output_json_member(out, ",\"end_line\":", f->end_line)) < 0 ||
	    (error = errata__output_json_member(out, ",\"end_column\":", f->end_column)) < 0 ||
	    (error = errata__output_json_member(out, ",\"offset\":", f->offset)) < 0 ||
	    (error = errata__output_json_member(out, ",\"length\":", f->length)) < 0 ||
	    (error = errata_buf_puts(out, ",\"text\":")) < 0 || (error = errata__output_json_string(out, f->text)) < 0 ||
	    (error = errata_buf_puts(out, ",\"suggestions\":[")) < 0)
		goto done;
	for (size_t i = 0; i < f->suggestion_count; i++)
		if ((i && (error = errata_buf_putc(out, ',')) < 0) ||
		    (error = errata__output_json_string(out, f->suggestions[i])) < 0)
			goto done;
	if ((error = errata_buf_puts(out, "],\"fingerprint\":")) < 0 ||
	    (error = errata__output_json_string(out, f->fingerprint)) < 0 ||
	    (error = errata_buf_putc(out, '}')) < 0)
		goto done;
	error = errata__json_harden(out, from, 0);
done:
	errata_buf_dispose(&bytes);
	return error;
}

int errata__output_json_finding(errata_output *o, errata_buf *out, const errata_finding *f)
{
	int error;

	if ((error = errata_buf_puts(out, o->written ? ",\n" : "\n")) < 0)
		return error;
	return put_finding(out, f);
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
	if (o->file_count && (error = errata_buf_put(out, o->files.ptr, o->files.size)) < 0) {
		cJSON_Delete(summary);
		return error;
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
