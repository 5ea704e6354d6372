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

/* {"uri": ...} for a path, or NULL when memory ran out. */
static cJSON *artifact_location(const char *path)
{
	errata_buf uri = ERRATA_BUF_INIT;
	cJSON *loc = NULL;

	if (errata__output_sarif_uri(&uri, path) == 0 && uri.ptr) {
		loc = cJSON_CreateObject();
		if (loc && !cJSON_AddStringToObject(loc, "uri", uri.ptr)) {
			cJSON_Delete(loc);
			loc = NULL;
		}
	}
	errata_buf_dispose(&uri);
	return loc;
}

static cJSON *fixes_array(const errata_finding *f)
{
	cJSON *fixes = cJSON_CreateArray();
	int ok = fixes != NULL;

	for (size_t i = 0; ok && i < f->suggestion_count; i++) {
		cJSON *fix = cJSON_CreateObject(), *changes = NULL, *change = NULL,
		      *repls = NULL, *repl = NULL, *region = NULL, *content = NULL,
		      *loc = artifact_location(f->path);

		ok = fix && loc;
		if (ok) {
			cJSON_AddItemToArray(fixes, fix);
			ok = (changes = cJSON_AddArrayToObject(fix, "artifactChanges")) &&
			     (change = cJSON_CreateObject());
		} else {
			cJSON_Delete(fix);
		}
		if (ok) {
			cJSON_AddItemToArray(changes, change);
			cJSON_AddItemToObject(change, "artifactLocation", loc);
			loc = NULL;
			ok = (repls = cJSON_AddArrayToObject(change, "replacements")) &&
			     (repl = cJSON_CreateObject());
		}
		if (ok) {
			cJSON_AddItemToArray(repls, repl);
			ok = (region = cJSON_AddObjectToObject(repl, "deletedRegion")) &&
			     errata__output_json_count(region, "byteOffset", f->offset) &&
			     errata__output_json_count(region, "byteLength", f->length) &&
			     (content = cJSON_AddObjectToObject(repl, "insertedContent")) &&
			     cJSON_AddStringToObject(content, "text", f->suggestions[i]);
		}
		cJSON_Delete(loc);
	}
	if (!ok) {
		cJSON_Delete(fixes);
		return NULL;
	}
	return fixes;
}

/* The result object for a finding, or NULL when memory ran out. */
static cJSON *result_object(errata_output *o, const errata_finding *f)
{
	cJSON *res = cJSON_CreateObject(), *msg, *locs, *loc = NULL, *phys = NULL,
	      *region = NULL, *snippet, *fps, *art;
	long index = errata__output_rule_index(o, f->rule);
	int ok = res != NULL && index >= 0;

	ok = ok && cJSON_AddStringToObject(res, "ruleId", f->rule);
	ok = ok && errata__output_json_count(res, "ruleIndex", (size_t)index);
	ok = ok && cJSON_AddStringToObject(res, "level", level_name(f->severity));
	ok = ok && (msg = cJSON_AddObjectToObject(res, "message")) &&
	     cJSON_AddStringToObject(msg, "text", f->message);
	ok = ok && (locs = cJSON_AddArrayToObject(res, "locations")) &&
	     (loc = cJSON_CreateObject());
	if (ok) {
		cJSON_AddItemToArray(locs, loc);
		ok = (phys = cJSON_AddObjectToObject(loc, "physicalLocation")) &&
		     (art = artifact_location(f->path));
	}
	if (ok) {
		cJSON_AddItemToObject(phys, "artifactLocation", art);
		ok = (region = cJSON_AddObjectToObject(phys, "region")) &&
		     errata__output_json_count(region, "startLine", f->line) &&
		     errata__output_json_count(region, "startColumn", f->column) &&
		     errata__output_json_count(region, "endLine", f->end_line) &&
		     errata__output_json_count(region, "endColumn", f->end_column) &&
		     errata__output_json_count(region, "byteOffset", f->offset) &&
		     errata__output_json_count(region, "byteLength", f->length) &&
		     (snippet = cJSON_AddObjectToObject(region, "snippet")) &&
		     cJSON_AddStringToObject(snippet, "text", f->text);
	}
	ok = ok && (fps = cJSON_AddObjectToObject(res, "partialFingerprints")) &&
	     cJSON_AddStringToObject(fps, "errata/v1", f->fingerprint);
	if (ok && f->suggestion_count) {
		cJSON *fixes = fixes_array(f);

		ok = fixes != NULL;
		if (ok)
			cJSON_AddItemToObject(res, "fixes", fixes);
	}
	if (!ok) {
		cJSON_Delete(res);
		return NULL;
	}
	return res;
}

int errata__output_sarif_finding(errata_output *o, errata_buf *out, const errata_finding *f)
{
	int error;

	if ((error = errata_buf_puts(out, o->written ? ",\n" : "\n")) < 0)
		return error;
	return errata__output_put_json(out, result_object(o, f));
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
