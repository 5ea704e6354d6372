/*
 * output.c: the formatter front end. errata_output is a stream: findings
 * are written file by file, so a run over a large corpus holds one
 * document's findings at a time; the per-format writers live in text.c,
 * json.c, sarif.c and github.c. errata_output_findings() is the one-shot
 * form for callers that have every finding at hand (diff, ci).
 */
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cjson/cJSON.h>

#include "common.h"
#include "output/format.h"

static const char *const format_names[] = { "text", "json", "sarif", "github" };

int errata_output_format_parse(const char *name, errata_output_format *out)
{
	for (size_t i = 0; i < sizeof(format_names) / sizeof(format_names[0]); i++) {
		if (name && strcmp(name, format_names[i]) == 0) {
			*out = (errata_output_format)i;
			return 0;
		}
	}
	return errata__error(ERRATA_EINVALID,
	                     "unknown output format '%s' (use text, json, sarif or github)",
	                     name ? name : "");
}

int errata__output_json_count(struct cJSON *obj, const char *key, size_t n)
{
	char digits[24];
	cJSON *item;

	digits[sizeof(digits) - 1] = '\0';
	item = cJSON_CreateRaw(errata__decimal_before(digits + sizeof(digits) - 1, n));
	/* the key is a literal of the caller's: borrowed, not copied */
	if (!item || !cJSON_AddItemToObjectCS(obj, key, item)) {
		cJSON_Delete(item);
		return 0;
	}
	return 1;
}

int errata__output_percent(errata_buf *out, const char *path)
{
	static const char hex[] = "0123456789ABCDEF";
	int error = 0;

	for (const unsigned char *p = (const unsigned char *)path; *p && !error; p++) {
		unsigned char c = *p;

		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' ||
		    c == '~' || c == '/') {
			error = errata_buf_putc(out, (char)c);
		} else {
			char esc[3] = { '%', hex[c >> 4], hex[c & 15] };

			error = errata_buf_put(out, esc, 3);
		}
	}
	return error;
}

int errata_output_path_bytes(errata_buf *out, const char *path)
{
	const unsigned char *p = (const unsigned char *)path;
	size_t len, i, n;
	uint32_t cp;
	int error;

	if (!out || !path)
		return errata__error(ERRATA_EUSAGE, "no buffer or path given");
	len = strlen(path);
	for (i = 0; i < len; i += n) {
		n = 1;
		if (p[i] >= 0x80 && !(n = errata__utf8_decode(p + i, len - i, &cp)))
			break;
	}
	if (i == len)
		return 0;
	if ((error = errata__output_percent(out, path)) < 0)
		return error;
	return 1;
}

int errata__output_json_path_bytes(cJSON *obj, const char *key, const char *path)
{
	errata_buf b = ERRATA_BUF_INIT;
	char name[32];
	int r, ok = 1;

	if (!path)
		return 1;
	r = errata_output_path_bytes(&b, path);
	if (r == 1) {
		snprintf(name, sizeof(name), "%s_bytes", key);
		ok = cJSON_AddStringToObject(obj, name, b.ptr) != NULL;
	}
	errata_buf_dispose(&b);
	return r >= 0 && ok;
}

int errata_output_json_harden(errata_buf *out, size_t from)
{
	if (!out)
		return errata__error(ERRATA_EUSAGE, "no buffer given");
	return errata__json_harden(out, from, 0);
}

int errata__output_put_json(errata_buf *out, struct cJSON *item)
{
	/* A finding prints to a few hundred bytes; larger items retry with more room. */
	size_t room = 4096;
	int error = 0;

	if (!item)
		return errata__oom();
	/*
	 * Printed straight into out's free space. cJSON fails cleanly when
	 * the room is too small (and may leave bytes past out->size, which
	 * are not part of the buffer); it asks for a few bytes more than it
	 * writes, so the room is never cut to the exact size.
	 */
	for (;;) {
		if ((error = errata_buf_grow(out, room)) < 0)
			break;
		if (cJSON_PrintPreallocated(item, out->ptr + out->size,
		                            (int)(room < INT_MAX ? room : INT_MAX), 0)) {
			size_t from = out->size;

			out->size += strlen(out->ptr + out->size);
			/* a file name that is not UTF-8, "##[" from an article */
			error = errata__json_harden(out, from, 0);
			break;
		}
		out->ptr[out->size] = '\0';
		if (room >= INT_MAX / 4) {
			error = errata__oom();
			break;
		}
		room *= 4;
	}
	cJSON_Delete(item);
	return error;
}

static void rule_dispose(errata__output_rule *r)
{
	free(r->id);
	free(r->summary);
	free(r->help_uri);
}

static long find_rule(const errata_output *o, const char *id)
{
	for (size_t i = 0; i < o->rule_count; i++)
		if (strcmp(o->rules[i].id, id) == 0)
			return (long)i;
	return -1;
}

/* Append a rule (copying its strings); returns its index or -1 on OOM. */
static long push_rule(errata_output *o, const char *id, const char *summary,
                      const char *help_uri, errata_severity sev, int enabled,
                      int described)
{
	errata__output_rule r;

	if (o->rule_count == o->rule_alloc) {
		size_t n = o->rule_alloc ? o->rule_alloc * 2 : 16;
		errata__output_rule *p = realloc(o->rules, n * sizeof(*p));

		if (!p)
			return -1;
		o->rules = p;
		o->rule_alloc = n;
	}
	memset(&r, 0, sizeof(r));
	r.id = errata__strdup(id);
	r.summary = summary ? errata__strdup(summary) : NULL;
	r.help_uri = help_uri ? errata__strdup(help_uri) : NULL;
	r.severity = sev;
	r.enabled = enabled;
	r.described = described;
	if (!r.id || (summary && !r.summary) || (help_uri && !r.help_uri)) {
		rule_dispose(&r);
		return -1;
	}
	o->rules[o->rule_count] = r;
	return (long)o->rule_count++;
}

long errata__output_rule_index(errata_output *o, const char *id)
{
	long i = find_rule(o, id);

	if (i >= 0)
		return i;
	return push_rule(o, id, NULL, NULL, ERRATA_SEVERITY_WARNING, 1, 0);
}

int errata_output_add_rules(errata_output *o, const errata_checker *checker)
{
	size_t n = checker ? errata_checker_rule_count(checker) : 0;

	for (size_t i = 0; i < n; i++) {
		const errata_rule_info *r = errata_checker_rule(checker, i);

		if (!r || !r->id || find_rule(o, r->id) >= 0)
			continue;
		if (push_rule(o, r->id, r->summary, r->help_uri, r->severity, r->enabled, 1) < 0)
			return errata__oom();
	}
	return 0;
}

int errata_output_new(errata_output **out, errata_output_format fmt,
                      const errata_output_options *opts)
{
	errata_output *o;
	int error = 0;

	*out = NULL;
	if ((unsigned)fmt > ERRATA_OUTPUT_GITHUB)
		return errata__error(ERRATA_EINVALID, "unknown output format %d", (int)fmt);
	o = calloc(1, sizeof(*o));
	if (!o)
		return errata__oom();
	o->fmt = fmt;
	if (opts) {
		o->failed = opts->files_failed;
		if (opts->checker && (error = errata_output_add_rules(o, opts->checker)) < 0)
			goto cleanup;
	}
	*out = o;
	o = NULL;
cleanup:
	errata_output_free(o);
	return error;
}

void errata_output_free(errata_output *o)
{
	if (!o)
		return;
	for (size_t i = 0; i < o->rule_count; i++)
		rule_dispose(&o->rules[i]);
	free(o->rules);
	for (size_t i = 0; i < o->note_count; i++)
		free(o->notes[i]);
	free(o->notes);
	for (size_t i = 0; i < o->lang_count; i++)
		free(o->langs[i]);
	free(o->langs);
	for (size_t i = 0; i < o->file_count; i++)
		cJSON_Delete(o->files[i]);
	free(o->files);
	free(o);
}

int errata_output_file_date(errata_output *o, const char *path, const errata_date *date,
                            const char *from)
{
	cJSON *obj;
	char iso[16];
	int ok;

	if (!o || !path)
		return errata__error(ERRATA_EUSAGE, "no output or path given");
	if (o->fmt != ERRATA_OUTPUT_JSON)
		return 0;
	if (o->file_count == o->file_alloc) {
		size_t n = o->file_alloc ? o->file_alloc * 2 : 16;
		cJSON **v = realloc(o->files, n * sizeof(*v));

		if (!v)
			return errata__oom();
		o->files = v;
		o->file_alloc = n;
	}
	obj = cJSON_CreateObject();
	ok = obj && cJSON_AddStringToObject(obj, "path", path) &&
	     errata__output_json_path_bytes(obj, "path", path);
	if (ok && date && date->year > 0 && date->year <= 9999) {
		snprintf(iso, sizeof(iso), "%04d-%02d-%02d", date->year, date->month, date->day);
		ok = cJSON_AddStringToObject(obj, "date", iso) != NULL;
	} else if (ok) {
		ok = cJSON_AddNullToObject(obj, "date") != NULL;
	}
	ok = ok && cJSON_AddStringToObject(obj, "date_from", from ? from : "none");
	if (!ok) {
		cJSON_Delete(obj);
		return errata__oom();
	}
	o->files[o->file_count++] = obj;
	return 0;
}

static int open_document(errata_output *o, errata_buf *out)
{
	int error = 0;

	if (o->opened)
		return 0;
	if (o->fmt == ERRATA_OUTPUT_JSON)
		error = errata__output_json_open(o, out);
	else if (o->fmt == ERRATA_OUTPUT_SARIF)
		error = errata__output_sarif_open(o, out);
	if (!error)
		o->opened = 1;
	return error;
}

int errata_output_write(errata_output *o, errata_buf *out,
                        const errata_findings *findings, size_t from)
{
	size_t n = errata_findings_count(findings);
	int error = 0;

	if ((error = open_document(o, out)) < 0)
		return error;
	for (size_t i = from; i < n && !error; i++) {
		const errata_finding *f = errata_findings_get(findings, i);

		switch (o->fmt) {
		case ERRATA_OUTPUT_TEXT:
			error = errata__output_text_finding(out, f);
			break;
		case ERRATA_OUTPUT_JSON:
			error = errata__output_json_finding(o, out, f);
			break;
		case ERRATA_OUTPUT_SARIF:
			error = errata__output_sarif_finding(o, out, f);
			break;
		case ERRATA_OUTPUT_GITHUB:
			error = errata__output_github_finding(out, f);
			break;
		}
		if (error)
			break;
		o->written++;
		if (f->severity == ERRATA_SEVERITY_ERROR)
			o->errors++;
		else if (f->severity == ERRATA_SEVERITY_WARNING)
			o->warnings++;
		else
			o->infos++;
	}
	return error;
}

int errata_output_failure(errata_output *o, const char *message)
{
	o->failed++;
	if (o->fmt != ERRATA_OUTPUT_SARIF || !message)
		return 0;
	if (o->note_count == o->note_alloc) {
		size_t n = o->note_alloc ? o->note_alloc * 2 : 8;
		char **p = realloc(o->notes, n * sizeof(*p));

		if (!p)
			return errata__oom();
		o->notes = p;
		o->note_alloc = n;
	}
	if (!(o->notes[o->note_count] = errata__strdup(message)))
		return errata__oom();
	o->note_count++;
	return 0;
}

int errata_output_language(errata_output *o, const char *path, const char *lang)
{
	if (!o || !path || !lang)
		return errata__error(ERRATA_EUSAGE, "no output, path or language given");
	if (o->fmt != ERRATA_OUTPUT_JSON)
		return 0;
	if (o->lang_count + 2 > o->lang_alloc) {
		size_t n = o->lang_alloc ? o->lang_alloc * 2 : 16;
		char **p = realloc(o->langs, n * sizeof(*p));

		if (!p)
			return errata__oom();
		o->langs = p;
		o->lang_alloc = n;
	}
	if (!(o->langs[o->lang_count] = errata__strdup(path)))
		return errata__oom();
	if (!(o->langs[o->lang_count + 1] = errata__strdup(lang))) {
		free(o->langs[o->lang_count]);
		return errata__oom();
	}
	o->lang_count += 2;
	return 0;
}

int errata_output_finish(errata_output *o, errata_buf *out, size_t files_checked)
{
	int error;

	if ((error = open_document(o, out)) < 0)
		return error;
	if (o->fmt == ERRATA_OUTPUT_JSON)
		error = errata__output_json_close(o, out, files_checked);
	else if (o->fmt == ERRATA_OUTPUT_SARIF)
		error = errata__output_sarif_close(o, out);
	return error;
}

void errata_output_tally(const errata_output *o, size_t *errors,
                         size_t *warnings, size_t *infos)
{
	if (errors)
		*errors = o->errors;
	if (warnings)
		*warnings = o->warnings;
	if (infos)
		*infos = o->infos;
}

int errata_output_findings(errata_buf *out, errata_output_format fmt,
                           const errata_findings *findings,
                           const errata_output_options *opts)
{
	errata_output *o = NULL;
	int error;

	if ((error = errata_output_new(&o, fmt, opts)) < 0)
		goto cleanup;
	if ((error = errata_output_write(o, out, findings, 0)) < 0)
		goto cleanup;
	error = errata_output_finish(o, out, opts ? opts->files_checked : 0);
cleanup:
	errata_output_free(o);
	return error;
}
