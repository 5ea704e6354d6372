/*
 * json.c: errata's own JSON document,
 *   {"version":1,"findings":[...],"summary":{...}}
 * written as a stream: the opening first, then one finding object per
 * line, then the summary. Each object is built and printed with cJSON, so
 * the escaping is cJSON's; the layout (one finding a line) is ours, which
 * keeps the output easy to grep and needs no tree of the whole run.
 */
#include <stdint.h>
#include <string.h>

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

#define ONES  0x0101010101010101ULL
#define HIGHS 0x8080808080808080ULL

/* The index of the first byte of p[0, len) that a JSON string escapes, or len. */
static size_t plain_run(const unsigned char *p, size_t len)
{
	size_t i = 0;

	/* eight bytes at a time: none below 0x20, no '"', no '\\' */
	for (; i + 8 <= len; i += 8) {
		uint64_t v, q, b;

		memcpy(&v, p + i, 8);
		q = v ^ (ONES * '"');
		b = v ^ (ONES * '\\');
		if (((v - ONES * 0x20) & ~v) & HIGHS || ((q - ONES) & ~q & HIGHS) ||
		    ((b - ONES) & ~b & HIGHS))
			break;
	}
	while (i < len && p[i] >= 0x20 && p[i] != '"' && p[i] != '\\')
		i++;
	return i;
}

/*
 * s as cJSON prints a string (print_string_ptr): '"', '\\' and the C0
 * controls escaped (\b \f \n \r \t, else \u00xx), every other byte as
 * it is; runs without any at once.
 */
static int put_string(errata_buf *out, const char *s)
{
	static const char hex[] = "0123456789abcdef";
	const unsigned char *p = (const unsigned char *)s;
	size_t len = strlen(s), at = 0;
	int error;

	if ((error = errata_buf_grow(out, len + 2)) < 0)
		return error;
	out->ptr[out->size++] = '"';
	while (!error) {
		size_t run = plain_run(p + at, len - at);
		char esc[6] = { '\\', 0, 0, 0, 0, 0 };
		size_t n = 2;

		if ((error = errata_buf_put(out, s + at, run)) < 0 || (at += run) == len)
			break;
		switch (p[at]) {
		case '"': esc[1] = '"'; break;
		case '\\': esc[1] = '\\'; break;
		case '\b': esc[1] = 'b'; break;
		case '\f': esc[1] = 'f'; break;
		case '\n': esc[1] = 'n'; break;
		case '\r': esc[1] = 'r'; break;
		case '\t': esc[1] = 't'; break;
		default:
			memcpy(esc + 1, "u00", 3);
			esc[4] = hex[p[at] >> 4];
			esc[5] = hex[p[at] & 15];
			n = 6;
		}
		error = errata_buf_put(out, esc, n);
		at++;
	}
	return error ? error : errata_buf_putc(out, '"');
}

/* ,"key":N */
static int put_count(errata_buf *out, const char *key, size_t n)
{
	char digits[24], *end = digits + sizeof(digits);
	char *d = errata__decimal_before(end, n);
	int error;

	if ((error = errata_buf_puts(out, key)) == 0)
		error = errata_buf_put(out, d, (size_t)(end - d));
	return error;
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
	if ((error = errata_buf_put(out, "{\"path\":", 8)) < 0 || (error = put_string(out, f->path)) < 0 ||
	    (r == 1 && ((error = errata_buf_puts(out, ",\"path_bytes\":")) < 0 ||
	                (error = put_string(out, bytes.ptr)) < 0)) ||
	    (error = errata_buf_puts(out, ",\"rule\":")) < 0 || (error = put_string(out, f->rule)) < 0 ||
	    (error = errata_buf_puts(out, ",\"severity\":")) < 0 ||
	    (error = put_string(out, errata_severity_name(f->severity))) < 0 ||
	    (error = errata_buf_puts(out, ",\"message\":")) < 0 ||
	    (error = put_string(out, f->message)) < 0 ||
	    (error = put_count(out, ",\"line\":", f->line)) < 0 ||
	    (error = put_count(out, ",\"column\":", f->column)) < 0 ||
	    (error = put_count(out, ",\"end_line\":", f->end_line)) < 0 ||
	    (error = put_count(out, ",\"end_column\":", f->end_column)) < 0 ||
	    (error = put_count(out, ",\"offset\":", f->offset)) < 0 ||
	    (error = put_count(out, ",\"length\":", f->length)) < 0 ||
	    (error = errata_buf_puts(out, ",\"text\":")) < 0 || (error = put_string(out, f->text)) < 0 ||
	    (error = errata_buf_puts(out, ",\"suggestions\":[")) < 0)
		goto done;
	for (size_t i = 0; i < f->suggestion_count; i++)
		if ((i && (error = errata_buf_putc(out, ',')) < 0) ||
		    (error = put_string(out, f->suggestions[i])) < 0)
			goto done;
	if ((error = errata_buf_puts(out, "],\"fingerprint\":")) < 0 ||
	    (error = put_string(out, f->fingerprint)) < 0 ||
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
