/*
 * format.c: a report as text for people (`errata report show`).
 */
#include "reports/reports.h"

static const char *json_str(const cJSON *o, const char *key)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);

	return cJSON_IsString(v) ? v->valuestring : NULL;
}

static int json_int(const cJSON *o, const char *key)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);

	return cJSON_IsNumber(v) ? v->valueint : 0;
}

static void show_text(errata_buf *b, const cJSON *s)
{
	const cJSON *loc = cJSON_GetObjectItemCaseSensitive(s, "location");
	const cJSON *by = cJSON_GetObjectItemCaseSensitive(s, "introduced_by");
	const cJSON *f, *e, *c;
	const char *v;

	errata_buf_printf(b, "report %s\n", json_str(s, "id") ? json_str(s, "id") : "?");
	errata_buf_printf(b, "status:     %s\n", json_str(s, "status") ? json_str(s, "status") : "?");
	errata_buf_printf(b, "path:       %s\n", json_str(s, "path") ? json_str(s, "path") : "");
	errata_buf_printf(b, "revision:   %s", json_str(s, "rev") ? json_str(s, "rev") : "-");
	if (cJSON_IsObject(loc))
		errata_buf_printf(b, " (line %d, column %d)\n", json_int(loc, "line"), json_int(loc, "column"));
	else
		errata_buf_puts(b, " (quote not found there: unanchored)\n");
	errata_buf_printf(b, "quote:      \"%s\"\n", json_str(s, "quote") ? json_str(s, "quote") : "");
	if ((v = json_str(s, "message")))
		errata_buf_printf(b, "message:    %s\n", v);
	if ((v = json_str(s, "suggest")))
		errata_buf_printf(b, "suggest:    %s\n", v);
	if (json_str(s, "reporter") || json_str(s, "contact"))
		errata_buf_printf(b, "reporter:   %s%s%s%s\n", json_str(s, "reporter") ? json_str(s, "reporter") : "",
		                  json_str(s, "contact") ? " <" : "",
		                  json_str(s, "contact") ? json_str(s, "contact") : "",
		                  json_str(s, "contact") ? ">" : "");
	if ((v = json_str(s, "introduced_in")))
		errata_buf_printf(b, "introduced: %.12s by %s on %.10s: %s\n", v,
		                  cJSON_IsObject(by) && json_str(by, "author") ? json_str(by, "author") : "?",
		                  cJSON_IsObject(by) && json_str(by, "date") ? json_str(by, "date") : "?",
		                  cJSON_IsObject(by) && json_str(by, "subject") ? json_str(by, "subject") : "");
	if ((v = json_str(s, "fixed_in")))
		errata_buf_printf(b, "fixed in:   %.12s%s\n", v,
		                  cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(s, "fixed_detected"))
		                  ? " (detected by scan)" : "");
	if ((v = json_str(s, "duplicate_of")))
		errata_buf_printf(b, "duplicate:  of %s\n", v);
	if ((v = json_str(s, "rejected_why")))
		errata_buf_printf(b, "rejected:   %s\n", v);
	cJSON_ArrayForEach(f, cJSON_GetObjectItemCaseSensitive(s, "findings"))
		errata_buf_printf(b, "finding:    %s\n", json_str(f, "summary") ? json_str(f, "summary") : "");
	c = cJSON_GetObjectItemCaseSensitive(s, "correction");
	if (cJSON_IsObject(c))
		errata_buf_printf(b, "correction: %s on %.10s: \"%s\" -> \"%s\"\n",
		                  json_str(c, "kind") ? json_str(c, "kind") : "correction",
		                  json_str(c, "date") ? json_str(c, "date") : "",
		                  json_str(c, "wrong") ? json_str(c, "wrong") : "",
		                  json_str(c, "right") ? json_str(c, "right") : "");
	errata_buf_puts(b, "events:\n");
	cJSON_ArrayForEach(e, cJSON_GetObjectItemCaseSensitive(s, "events")) {
		errata_buf_printf(b, "  %s  %-9s  %s", json_str(e, "time") ? json_str(e, "time") : "?",
		                  json_str(e, "type") ? json_str(e, "type") : "?",
		                  json_str(e, "actor") ? json_str(e, "actor") : "?");
		if ((v = json_str(e, "message")) || (v = json_str(e, "why")))
			errata_buf_printf(b, ": %s", v);
		if ((v = json_str(e, "of")))
			errata_buf_printf(b, ": of %s", v);
		if ((v = json_str(e, "rev")))
			errata_buf_printf(b, ": in %.12s", v);
		errata_buf_putc(b, '\n');
	}
}

int errata_report_write_text(errata_buf *out, const errata_report *report)
{
	cJSON *s = cJSON_Parse(report->json);
	size_t before = out->size;

	if (!s)
		return errata__error(ERRATA_ERROR, "report %s: damaged state", report->id);
	show_text(out, s);
	cJSON_Delete(s);
	/* errata_buf_* only fail without memory; a short buffer means that. */
	return out->size > before ? 0 : errata__oom();
}
