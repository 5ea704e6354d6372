/*
 * frontmatter.c: YAML front matter at the top of a Markdown article.
 *
 * The block runs from a first line "---" to the next line that is "---"
 * or "...". It is read with libyaml's event parser (no document tree is
 * built); every top-level key whose key and value are both scalars is kept
 * as a string. A "date" that starts with YYYY-MM-DD keeps just that part,
 * so that "2026-11-27T09:30:00Z" reads as the article's day; a "date" of
 * null (or ~, or nothing) means the article has none. An alias (*name) reads
 * the scalar its anchor names. The whole block, delimiters included, is
 * masked out of the prose.
 *
 * Front matter is written by people and pull requests: its size (256 KiB)
 * and its nesting (64 levels) are bounded, since libyaml slows down with
 * both, and keys are stored by hash.
 */
#include "common.h"
#include "text/text.h"

#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "errata/dates.h"

#define FM_MAX_BYTES (256 * 1024)
#define FM_MAX_DEPTH 64
#define FM_MAX_ANCHORS 1024

/* An anchor seen so far: the scalar it names, or a collection. */
struct anchor {
	char *name;
	char *value;        /* NULL: a list or a mapping */
	size_t len;
	int null;           /* a plain null, ~ or empty scalar */
};

struct anchors {
	struct anchor *list;
	size_t count;
};

static void anchors_free(struct anchors *a)
{
	for (size_t i = 0; i < a->count; i++) {
		free(a->list[i].name);
		free(a->list[i].value);
	}
	free(a->list);
}

/* Remember anchor `name` (NULL: none) for value v (NULL: a collection). */
static int anchor_add(struct anchors *a, const unsigned char *name, const char *v,
                      size_t len, int null)
{
	struct anchor *p;

	if (!name)
		return 0;
	if (a->count >= FM_MAX_ANCHORS)
		return ERRATA_ETOOBIG;
	if (!(p = realloc(a->list, (a->count + 1) * sizeof(*p))))
		return errata__oom();
	a->list = p;
	p += a->count;
	memset(p, 0, sizeof(*p));
	if (!(p->name = errata__strdup((const char *)name)) ||
	    (v && !(p->value = errata__strndup(v, len)))) {
		free(p->name);
		return errata__oom();
	}
	p->len = len;
	p->null = null;
	a->count++;
	return 0;
}

/* The latest anchor of that name (YAML lets a name be anchored again), or NULL. */
static const struct anchor *anchor_find(const struct anchors *a, const unsigned char *name)
{
	for (size_t i = a->count; name && i-- > 0;)
		if (!strcmp(a->list[i].name, (const char *)name))
			return &a->list[i];
	return NULL;
}

/* A plain scalar that YAML reads as null: "", "~", "null", "Null", "NULL". */
static int plain_null(const yaml_event_t *ev)
{
	const char *v = (const char *)ev->data.scalar.value;

	if (ev->data.scalar.style != YAML_PLAIN_SCALAR_STYLE)
		return 0;
	return !v[0] || !strcmp(v, "~") || !strcmp(v, "null") || !strcmp(v, "Null") ||
	       !strcmp(v, "NULL");
}

/* Whether text[i..n) is a line of exactly `mark` (three bytes) plus blanks. */
static size_t delimiter_line(const char *text, size_t i, size_t n, const char *mark)
{
	size_t j = i + 3;

	if (n - i < 3 || memcmp(text + i, mark, 3) != 0)
		return 0;
	while (j < n && (text[j] == ' ' || text[j] == '\t'))
		j++;
	if (j < n && text[j] != '\n' && text[j] != '\r')
		return 0;
	return 1;
}

static size_t line_end(const char *text, size_t i, size_t n)
{
	while (i < n && text[i] != '\n' && text[i] != '\r')
		i++;
	return i;
}

static int is_iso_day(const char *v, size_t len)
{
	static const char shape[] = "dddd-dd-dd";

	if (len < 10)
		return 0;
	for (size_t i = 0; i < 10; i++) {
		if (shape[i] == 'd' ? (v[i] < '0' || v[i] > '9') : v[i] != '-')
			return 0;
	}
	return len == 10 || v[10] == 'T' || v[10] == ' ' || v[10] == 't';
}

/* Whether v starts with a YYYY-MM-DD that names a real day. */
static int is_real_day(const char *v, size_t len)
{
	int y, m, d;

	if (!is_iso_day(v, len))
		return 0;
	y = (v[0] - '0') * 1000 + (v[1] - '0') * 100 + (v[2] - '0') * 10 + (v[3] - '0');
	m = (v[5] - '0') * 10 + (v[6] - '0');
	d = (v[8] - '0') * 10 + (v[9] - '0');
	return errata_date_valid(y, m, d);
}

/* The article's date decides year inference: a "date" that is not one is
 * an error in strict mode rather than a silent skip of the date checks. */
static int bad_date(const errata_doc *doc, const yaml_mark_t *mark, const char *v,
                    size_t vlen, unsigned int line0)
{
	if (vlen > 40)
		vlen = 40;
	return errata__error(ERRATA_EINVALID,
	                     "%s:%lu:%lu: front matter: date '%.*s' is not a date (write YYYY-MM-DD)",
	                     doc->path, (unsigned long)mark->line + line0,
	                     (unsigned long)mark->column + 1, (int)vlen, v);
}

/* "PATH:LINE:COL: front matter: WHY" at a libyaml mark. */
static int fm_error(const errata_doc *doc, const yaml_mark_t *mark, unsigned int line0,
                    const char *why)
{
	return errata__error(ERRATA_EINVALID, "%s:%lu:%lu: front matter: %s", doc->path,
	                     (unsigned long)mark->line + line0, (unsigned long)mark->column + 1, why);
}

/* Store a top-level pair; a "date" must be a real day or null. */
static int set_value(errata_doc *doc, const char *key, size_t klen, const char *v,
                     size_t vlen, int null, const yaml_mark_t *mark, unsigned int line0,
                     int strict)
{
	if (klen == 4 && !memcmp(key, "date", 4)) {
		if (null)
			return 0;   /* no date, as if the key were not there */
		if (is_real_day(v, vlen))
			vlen = 10;
		else if (strict && vlen > 0)
			return bad_date(doc, mark, v, vlen, line0);
	}
	return errata__doc_meta_set(doc, key, klen, v, vlen);
}

/*
 * Parse the YAML in doc->text[a, b) (starting on 1-based line `line0`).
 * Returns 0, ERRATA_EINVALID (message set when strict), or ERRATA_ENOMEM.
 * *mapping tells whether the root node was a mapping.
 */
static int parse_yaml(errata_doc *doc, size_t a, size_t b, unsigned int line0,
                      int strict, int *mapping)
{
	yaml_parser_t parser;
	yaml_event_t ev;
	int error = 0, done = 0, have_event = 0, depth = 0, is_key = 1, docs = 0;
	int date_mark_set = 0;
	yaml_mark_t date_mark = { 0, 0, 0 };
	char *key = NULL;
	size_t klen = 0;
	struct anchors anchors = { NULL, 0 };

	*mapping = 0;
	if (!yaml_parser_initialize(&parser))
		return errata__oom();
	yaml_parser_set_input_string(&parser, (const unsigned char *)doc->text + a, b - a);
	yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING);
	while (!done) {
		if (!yaml_parser_parse(&parser, &ev)) {
			if (parser.error == YAML_MEMORY_ERROR) {
				error = errata__oom();
			} else if (strict) {
				error = errata__error(ERRATA_EINVALID, "%s:%lu:%lu: front matter: %s",
				                      doc->path,
				                      (unsigned long)parser.problem_mark.line + line0,
				                      (unsigned long)parser.problem_mark.column + 1,
				                      parser.problem ? parser.problem : "invalid YAML");
			} else {
				error = ERRATA_EINVALID;
			}
			goto cleanup;
		}
		have_event = 1;
		switch (ev.type) {
		case YAML_STREAM_END_EVENT:
			done = 1;
			break;
		case YAML_DOCUMENT_START_EVENT:
			docs++;
			break;
		case YAML_MAPPING_START_EVENT:
		case YAML_SEQUENCE_START_EVENT:
			if (depth >= FM_MAX_DEPTH) {
				error = strict ? fm_error(doc, &ev.start_mark, line0,
				                          "nested deeper than 64 levels") : ERRATA_EINVALID;
				goto cleanup;
			}
			error = anchor_add(&anchors, ev.type == YAML_MAPPING_START_EVENT ?
			                   ev.data.mapping_start.anchor : ev.data.sequence_start.anchor,
			                   NULL, 0, 0);
			if (error == ERRATA_ETOOBIG)
				error = strict ? fm_error(doc, &ev.start_mark, line0,
				                          "more than 1024 anchors") : ERRATA_EINVALID;
			if (error < 0)
				goto cleanup;
			if (depth == 0 && docs == 1 && ev.type == YAML_MAPPING_START_EVENT)
				*mapping = 1;
			if (depth == 1 && *mapping && docs == 1) {
				/* a collection as key or value: forget the pair */
				/* a list as the date: reported once the YAML parsed */
				if (!is_key && strict && key && klen == 4 && !memcmp(key, "date", 4) &&
				    !date_mark_set) {
					date_mark = ev.start_mark;
					date_mark_set = 1;
				}
				if (!is_key) {
					free(key);
					key = NULL;
				}
				is_key = !is_key;
			}
			depth++;
			break;
		case YAML_MAPPING_END_EVENT:
		case YAML_SEQUENCE_END_EVENT:
			depth--;
			break;
		case YAML_ALIAS_EVENT:
		case YAML_SCALAR_EVENT:
			if (ev.type == YAML_SCALAR_EVENT) {
				error = anchor_add(&anchors, ev.data.scalar.anchor,
				                   (const char *)ev.data.scalar.value,
				                   ev.data.scalar.length, plain_null(&ev));
				if (error == ERRATA_ETOOBIG)
					error = strict ? fm_error(doc, &ev.start_mark, line0,
					                          "more than 1024 anchors") : ERRATA_EINVALID;
				if (error < 0)
					goto cleanup;
			}
			if (depth == 1 && *mapping && docs == 1) {
				if (is_key) {
					key = ev.type == YAML_SCALAR_EVENT ? (char *)ev.data.scalar.value : NULL;
					klen = key ? ev.data.scalar.length : 0;
					/* keep the key's bytes past this event */
					if (key && !(key = errata__strndup(key, klen))) {
						error = errata__oom();
						goto cleanup;
					}
				} else if (key && ev.type == YAML_SCALAR_EVENT) {
					error = set_value(doc, key, klen, (const char *)ev.data.scalar.value,
					                  ev.data.scalar.length, plain_null(&ev),
					                  &ev.start_mark, line0, strict);
					if (error < 0)
						goto cleanup;
				} else if (key) {
					/* an alias: the scalar its anchor names */
					const struct anchor *an = anchor_find(&anchors, ev.data.alias.anchor);
					int is_date = klen == 4 && !memcmp(key, "date", 4);

					if (!an) {
						error = strict ? fm_error(doc, &ev.start_mark, line0,
						                          "an alias to an anchor that is not defined before it")
						               : ERRATA_EINVALID;
						goto cleanup;
					}
					if (!an->value && is_date && strict) {
						error = fm_error(doc, &ev.start_mark, line0,
						                 "date is an alias to a list or a mapping, not a date (write YYYY-MM-DD)");
						goto cleanup;
					}
					if (an->value && (error = set_value(doc, key, klen, an->value, an->len,
					                                    an->null, &ev.start_mark, line0,
					                                    strict)) < 0)
						goto cleanup;
				}
				if (!is_key) {
					free(key);
					key = NULL;
				}
				is_key = !is_key;
			}
			break;
		default:
			break;
		}
		yaml_event_delete(&ev);
		have_event = 0;
	}
	if (date_mark_set)
		error = errata__error(ERRATA_EINVALID,
		                      "%s:%lu:%lu: front matter: date is a list or a mapping, not a date (write YYYY-MM-DD)",
		                      doc->path, (unsigned long)date_mark.line + line0,
		                      (unsigned long)date_mark.column + 1);
cleanup:
	if (have_event)
		yaml_event_delete(&ev);
	free(key);
	anchors_free(&anchors);
	yaml_parser_delete(&parser);
	return error;
}

/* A byte of a simple plain key or value: letters, digits, space and a few marks. */
static int plain_byte(unsigned char c, int key)
{
	if (errata__is_alnum(c) || c == '_' || c == '-')
		return 1;
	return !key && (c == ' ' || c == '.' || c == ',' || c == '/' || c == '+');
}

/*
 * One line "key: value" of the simple shape read without libyaml: a key
 * of letters, digits, '_' and '-' from the first column, ": ", and a
 * value that is either plain (it starts with a letter or digit and holds
 * only plain_byte() characters; trailing spaces dropped) or in double
 * quotes with printable ASCII and no backslash or quote inside, followed
 * by nothing but spaces. Returns 1 and the parts, or 0.
 */
static int simple_pair(const char *t, size_t i, size_t e, size_t *k, size_t *kl,
                       size_t *v, size_t *vl)
{
	size_t j = i;

	if (j >= e || !errata__is_alnum((unsigned char)t[j]))
		return 0;
	while (j < e && plain_byte((unsigned char)t[j], 1))
		j++;
	if (j + 2 > e || t[j] != ':' || t[j + 1] != ' ')
		return 0;
	*k = i;
	*kl = j - i;
	j += 2;
	while (j < e && t[j] == ' ')
		j++;
	if (j < e && t[j] == '"') {
		size_t q = ++j;

		while (j < e && t[j] != '"') {
			if (t[j] == '\\' || (unsigned char)t[j] < 0x20 || (unsigned char)t[j] > 0x7e)
				return 0;
			j++;
		}
		if (j >= e)
			return 0;
		*v = q;
		*vl = j - q;
		for (j++; j < e; j++)
			if (t[j] != ' ')
				return 0;
		return 1;
	}
	if (j >= e || !errata__is_alnum((unsigned char)t[j]))
		return 0;
	*v = j;
	while (j < e && plain_byte((unsigned char)t[j], 0))
		j++;
	if (j < e)
		return 0;
	while (j > *v && t[j - 1] == ' ')
		j--;
	*vl = j - *v;
	return 1;
}

/*
 * The common front matter, lines of simple_pair() and nothing else (no
 * blank line, comment, carriage return or nesting), read directly: such a
 * block means to libyaml exactly a mapping of these scalars. Returns 1
 * when doc->text[a, b) has that shape and its pairs are stored (or a
 * negative error), 0 when it must go through libyaml.
 */
static int parse_simple(errata_doc *doc, size_t a, size_t b, int *mapping)
{
	const char *t = doc->text;
	size_t i, e, k, kl, v, vl;
	int error = 0, simple = a < b;

	/* the pairs are stored as they are read, and dropped if a line is not one */
	for (i = a; i < b && simple && !error; i = e + 1) {
		const char *lf = memchr(t + i, '\n', b - i);

		e = lf ? (size_t)(lf - t) : b;
		if (e >= b || !simple_pair(t, i, e, &k, &kl, &v, &vl)) {
			simple = 0;
		} else if (kl == 4 && !memcmp(t + k, "date", 4) && vl) {
			/* a date that is not a day: libyaml's path reports it with its place */
			if (!is_real_day(t + v, vl))
				simple = 0;
			vl = 10;
		}
		if (simple)
			error = errata__doc_meta_set(doc, t + k, kl, t + v, vl);
	}
	if (error < 0 || !simple) {
		errata__doc_meta_clear(doc);
		return error;
	}
	*mapping = 1;
	return 1;
}

/*
 * Whether the text opens with a delimited block (its first line, after a
 * byte order mark, is "---"): *body is where the block's first line
 * starts, *close where its closing line starts. The lines are those of
 * the document's line index.
 */
static int find_block(const errata_doc *doc, size_t *body, size_t *close)
{
	const char *t = doc->text;
	size_t n = doc->len;

	if (!delimiter_line(t, doc->lines[0], n, "---"))
		return 0;
	for (unsigned int l = 1; l < doc->nlines; l++) {
		size_t i = doc->lines[l];

		if (l == 1)
			*body = i;
		if (i < n && (delimiter_line(t, i, n, "---") || delimiter_line(t, i, n, "..."))) {
			*close = i;
			return 1;
		}
	}
	return 0; /* no closing line: a thematic break, not front matter */
}

int errata__frontmatter(errata_doc *doc, int strict, size_t *fm_end)
{
	const char *t = doc->text;
	size_t n = doc->len, start = doc->bom, body = 0, close = 0, end;
	int error = 0, mapping = 0;

	*fm_end = start;
	if (!find_block(doc, &body, &close))
		goto cleanup;
	end = line_end(t, close, n);
	if (close - body > FM_MAX_BYTES) {
		/* no front matter is this large; libyaml would take its time */
		if (strict)
			error = errata__error(ERRATA_EINVALID, "%s:2:1: front matter: larger than "
			                      "256 KiB (%zu bytes)", doc->path, close - body);
		goto cleanup;
	}
	error = parse_simple(doc, body, close, &mapping);
	if (error == 1)
		error = 0;
	else if (error == 0)
		error = parse_yaml(doc, body, close, 2, strict, &mapping);
	if (!strict && (error == ERRATA_EINVALID || (!error && !mapping))) {
		/* plain text that merely looks like front matter: leave it */
		errata__doc_meta_clear(doc);
		error = 0;
		goto cleanup;
	}
	if (error < 0)
		goto cleanup;
	errata__mask(doc->prose, start, end);
	doc->front_end = end;
	*fm_end = end;
cleanup:
	return error;
}
