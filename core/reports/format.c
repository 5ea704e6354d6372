/*
 * format.c: a report as text for people (`errata report show`), with
 * every string from the report escaped for the terminal.
 */
#include "reports/reports.h"

#include <string.h>

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

/* Text from a report, as it may reach a terminal: escaped (errata_buf_put_safe). */
static void put(errata_buf *b, const char *s)
{
	errata_buf_put_safe(b, s);
}

/* "label" followed by the escaped value and a newline. */
static void line(errata_buf *b, const char *label, const char *v)
{
	errata_buf_puts(b, label);
	put(b, v);
	errata_buf_putc(b, '\n');
}

/* At most n bytes of s (a revision id, a date), escaped. */
static void put_n(errata_buf *b, const char *s, size_t n)
{
	size_t len = 0;

	while (len < n && s[len])
		len++;
	errata_buf_put_safe_len(b, s, len);
}

static const char *or(const char *v, const char *dflt)
{
	return v ? v : dflt;
}

/*
 * Every string of the state came from a reader, an editor's --actor or a
 * sync peer: each is written escaped, so that a report cannot move the
 * cursor, retitle the terminal or forge a line of this output.
 */
static void show_text(errata_buf *b, const cJSON *s)
{
	const cJSON *loc = cJSON_GetObjectItemCaseSensitive(s, "location");
	const cJSON *by = cJSON_GetObjectItemCaseSensitive(s, "introduced_by");
	const cJSON *f, *e, *c;
	const char *v;

	line(b, "report ", or(json_str(s, "id"), "?"));
	line(b, "status:     ", or(json_str(s, "status"), "?"));
	line(b, "path:       ", or(json_str(s, "path"), ""));
	errata_buf_puts(b, "revision:   ");
	put(b, or(json_str(s, "rev"), "-"));
	if (cJSON_IsObject(loc))
		errata_buf_printf(b, " (line %d, column %d)\n", json_int(loc, "line"), json_int(loc, "column"));
	else
		errata_buf_puts(b, " (quote not found there: unanchored)\n");
	errata_buf_puts(b, "quote:      \"");
	put(b, or(json_str(s, "quote"), ""));
	errata_buf_puts(b, "\"\n");
	if ((v = json_str(s, "message")))
		line(b, "message:    ", v);
	if ((v = json_str(s, "suggest")))
		line(b, "suggest:    ", v);
	if (json_str(s, "reporter") || json_str(s, "contact")) {
		errata_buf_puts(b, "reporter:   ");
		put(b, or(json_str(s, "reporter"), ""));
		if (json_str(s, "contact")) {
			errata_buf_puts(b, " <");
			put(b, json_str(s, "contact"));
			errata_buf_putc(b, '>');
		}
		errata_buf_putc(b, '\n');
	}
	if ((v = json_str(s, "introduced_in"))) {
		errata_buf_puts(b, "introduced: ");
		put_n(b, v, 12);
		errata_buf_puts(b, " by ");
		put(b, cJSON_IsObject(by) ? or(json_str(by, "author"), "?") : "?");
		errata_buf_puts(b, " on ");
		put_n(b, cJSON_IsObject(by) ? or(json_str(by, "date"), "?") : "?", 10);
		errata_buf_puts(b, ": ");
		line(b, "", cJSON_IsObject(by) ? or(json_str(by, "subject"), "") : "");
	}
	if ((v = json_str(s, "fixed_in"))) {
		errata_buf_puts(b, "fixed in:   ");
		put_n(b, v, 12);
		errata_buf_puts(b, cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(s, "fixed_detected"))
		                   ? " (detected by scan)\n" : "\n");
	}
	if ((v = json_str(s, "duplicate_of")))
		line(b, "duplicate:  of ", v);
	if ((v = json_str(s, "rejected_why")))
		line(b, "rejected:   ", v);
	cJSON_ArrayForEach(f, cJSON_GetObjectItemCaseSensitive(s, "findings"))
		line(b, "finding:    ", or(json_str(f, "summary"), ""));
	c = cJSON_GetObjectItemCaseSensitive(s, "correction");
	if (cJSON_IsObject(c)) {
		errata_buf_puts(b, "correction: ");
		put(b, or(json_str(c, "kind"), "correction"));
		errata_buf_puts(b, " on ");
		put_n(b, or(json_str(c, "date"), ""), 10);
		errata_buf_puts(b, ": \"");
		put(b, or(json_str(c, "wrong"), ""));
		errata_buf_puts(b, "\" -> \"");
		put(b, or(json_str(c, "right"), ""));
		errata_buf_puts(b, "\"\n");
	}
	errata_buf_puts(b, "events:\n");
	cJSON_ArrayForEach(e, cJSON_GetObjectItemCaseSensitive(s, "events")) {
		const char *type = or(json_str(e, "type"), "?");
		size_t tl = strlen(type);

		errata_buf_puts(b, "  ");
		put(b, or(json_str(e, "time"), "?"));
		errata_buf_puts(b, "  ");
		put(b, type);
		errata_buf_printf(b, "%*s  ", tl < 9 ? (int)(9 - tl) : 0, "");
		put(b, or(json_str(e, "actor"), "?"));
		if ((v = json_str(e, "message")) || (v = json_str(e, "why"))) {
			errata_buf_puts(b, ": ");
			put(b, v);
		}
		if ((v = json_str(e, "of"))) {
			errata_buf_puts(b, ": of ");
			put(b, v);
		}
		if ((v = json_str(e, "rev"))) {
			errata_buf_puts(b, ": in ");
			put_n(b, v, 12);
		}
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
