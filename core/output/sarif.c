/*
 * sarif.c: SARIF 2.1.0 (the OASIS static analysis results format), as
 * GitHub code scanning and other CI services read it: one run whose
 * results are streamed one per line, followed by the tool (with every
 * rule a result refers to, so ruleIndex can be assigned as results come)
 * and one invocation that lists the inputs that could not be read.
 * Columns count Unicode code points (run.columnKind); byte offsets and
 * lengths are given as byteOffset/byteLength, never as charOffset.
 */
#include <string.h>
#include <cjson/cJSON.h>

#include "common.h"
#include "output/format.h"

#define SARIF_SCHEMA "https://json.schemastore.org/sarif-2.1.0.json"

static const char *level_name(errata_severity sev)
{
	return sev == ERRATA_SEVERITY_ERROR ? "error" :
	       sev == ERRATA_SEVERITY_WARNING ? "warning" : "note";
}

int errata__output_sarif_uri(errata_buf *out, const char *path)
{
	int error;

	if (path[0] == '/') {
		if ((error = errata_buf_puts(out, "file://")) < 0)
			return error;
	} else {
		while (path[0] == '.' && path[1] == '/') {
			path += 2;
			while (*path == '/')
				path++;
		}
	}
	return errata__output_percent(out, path);
}

int errata__output_sarif_open(errata_output *o, errata_buf *out)
{
	(void)o;
	return errata_buf_puts(out, "{\"$schema\":\"" SARIF_SCHEMA "\",\"version\":\"2.1.0\","
	                            "\"runs\":[{\"columnKind\":\"unicodeCodePoints\",\"results\":[");
}

#define PUT(lit) errata_buf_put(out, lit, sizeof(lit) - 1)

/*
 * The result object for a finding, written as cJSON printed the tree it
 * was once built as (unformatted, the same members in the same order),
 * then hardened like any JSON errata writes.
 */
static int put_result(errata_output *o, errata_buf *out, const errata_finding *f)
{
	errata_buf uri = ERRATA_BUF_INIT;
	long index = errata__output_rule_index(o, f->rule);
	size_t from = out->size;
	int error;

	if (index < 0 || errata__output_sarif_uri(&uri, f->path) < 0 || !uri.ptr) {
		errata_buf_dispose(&uri);
		return errata__oom();
	}
	if ((error = PUT("{\"ruleId\":")) < 0 || (error = errata__output_json_string(out, f->rule)) < 0 ||
	    (error = errata__output_json_member(out, ",\"ruleIndex\":", (size_t)index)) < 0 ||
	    (error = PUT(",\"level\":")) < 0 ||
	    (error = errata__output_json_string(out, level_name(f->severity))) < 0 ||
	    (error = PUT(",\"message\":{\"text\":")) < 0 ||
	    (error = errata__output_json_string(out, f->message)) < 0 ||
	    (error = PUT("},\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{\"uri\":")) < 0 ||
	    (error = errata__output_json_string(out, uri.ptr)) < 0 ||
	    (error = errata__output_json_member(out, "},\"region\":{\"startLine\":", f->line)) < 0 ||
	    (error = errata__output_json_member(out, ",\"startColumn\":", f->column)) < 0 ||
	    (error = errata__output_json_member(out, ",\"endLine\":", f->end_line)) < 0 ||
	    (error = errata__output_json_member(out, ",\"endColumn\":", f->end_column)) < 0 ||
	    (error = errata__output_json_member(out, ",\"byteOffset\":", f->offset)) < 0 ||
	    (error = errata__output_json_member(out, ",\"byteLength\":", f->length)) < 0 ||
	    (error = PUT(",\"snippet\":{\"text\":")) < 0 ||
	    (error = errata__output_json_string(out, f->text)) < 0 ||
	    (error = PUT("}}}}],\"partialFingerprints\":{\"errata/v1\":")) < 0 ||
	    (error = errata__output_json_string(out, f->fingerprint)) < 0 ||
	    (error = PUT("}")) < 0)
		goto done;
	for (size_t i = 0; i < f->suggestion_count; i++) {
		if ((error = i ? PUT("},{\"artifactChanges\":[{\"artifactLocation\":{\"uri\":")
		               : PUT(",\"fixes\":[{\"artifactChanges\":[{\"artifactLocation\":{\"uri\":")) < 0 ||
		    (error = errata__output_json_string(out, uri.ptr)) < 0 ||
		    (error = errata__output_json_member(out, "},\"replacements\":[{\"deletedRegion\":"
		                                             "{\"byteOffset\":", f->offset)) < 0 ||
		    (error = errata__output_json_member(out, ",\"byteLength\":", f->length)) < 0 ||
		    (error = PUT("},\"insertedContent\":{\"text\":")) < 0 ||
		    (error = errata__output_json_string(out, f->suggestions[i])) < 0 ||
		    (error = PUT("}}]}]")) < 0)
			goto done;
	}
	if ((f->suggestion_count && (error = PUT("}]")) < 0) || (error = PUT("}")) < 0)
		goto done;
	error = errata__json_harden(out, from, 0);
done:
	errata_buf_dispose(&uri);
	return error;
}

int errata__output_sarif_finding(errata_output *o, errata_buf *out, const errata_finding *f)
{
	int error;

	if ((error = errata_buf_puts(out, o->written ? ",\n" : "\n")) < 0)
		return error;
	return put_result(o, out, f);
}

static cJSON *rule_object(const errata__output_rule *r)
{
	cJSON *obj = cJSON_CreateObject(), *sub;
	int ok = obj != NULL;

	ok = ok && cJSON_AddStringToObject(obj, "id", r->id);
	if (ok && r->summary)
		ok = (sub = cJSON_AddObjectToObject(obj, "shortDescription")) &&
		     cJSON_AddStringToObject(sub, "text", r->summary);
	if (ok && r->help_uri)
		ok = cJSON_AddStringToObject(obj, "helpUri", r->help_uri) != NULL;
	if (ok && r->described) {
		ok = (sub = cJSON_AddObjectToObject(obj, "defaultConfiguration")) &&
		     cJSON_AddStringToObject(sub, "level", level_name(r->severity));
		if (ok && !r->enabled)
			ok = cJSON_AddBoolToObject(sub, "enabled", 0) != NULL;
	}
	if (!ok) {
		cJSON_Delete(obj);
		return NULL;
	}
	return obj;
}

static cJSON *tool_object(const errata_output *o)
{
	cJSON *tool = cJSON_CreateObject(), *driver = NULL, *rules = NULL;
	int ok = tool != NULL;

	ok = ok && (driver = cJSON_AddObjectToObject(tool, "driver")) &&
	     cJSON_AddStringToObject(driver, "name", "errata") &&
	     cJSON_AddStringToObject(driver, "version", errata_version()) &&
	     cJSON_AddStringToObject(driver, "semanticVersion", errata_version()) &&
	     (rules = cJSON_AddArrayToObject(driver, "rules"));
	for (size_t i = 0; ok && i < o->rule_count; i++) {
		cJSON *r = rule_object(&o->rules[i]);

		ok = r != NULL;
		if (ok)
			cJSON_AddItemToArray(rules, r);
	}
	if (!ok) {
		cJSON_Delete(tool);
		return NULL;
	}
	return tool;
}

static cJSON *invocations_array(const errata_output *o)
{
	cJSON *arr = cJSON_CreateArray(), *inv = NULL, *notes = NULL;
	int ok = arr != NULL && (inv = cJSON_CreateObject()) != NULL;

	if (ok) {
		cJSON_AddItemToArray(arr, inv);
		ok = cJSON_AddBoolToObject(inv, "executionSuccessful", o->failed == 0) != NULL;
	}
	if (ok && o->note_count)
		ok = (notes = cJSON_AddArrayToObject(inv, "toolExecutionNotifications")) != NULL;
	for (size_t i = 0; ok && i < o->note_count; i++) {
		cJSON *n = cJSON_CreateObject(), *msg;

		ok = n != NULL;
		if (ok) {
			cJSON_AddItemToArray(notes, n);
			ok = cJSON_AddStringToObject(n, "level", "error") &&
			     (msg = cJSON_AddObjectToObject(n, "message")) &&
			     cJSON_AddStringToObject(msg, "text", o->notes[i]);
		}
	}
	if (!ok) {
		cJSON_Delete(arr);
		return NULL;
	}
	return arr;
}

int errata__output_sarif_close(errata_output *o, errata_buf *out)
{
	int error;

	if ((error = errata_buf_puts(out, o->written ? "\n],\"tool\":" : "],\"tool\":")) < 0 ||
	    (error = errata__output_put_json(out, tool_object(o))) < 0 ||
	    (error = errata_buf_puts(out, ",\"invocations\":")) < 0 ||
	    (error = errata__output_put_json(out, invocations_array(o))) < 0)
		return error;
	return errata_buf_puts(out, "}]}\n");
}
