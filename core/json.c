/*
 * json.c: JSON as errata reads it from others and writes it for others.
 *
 * Reading (rule packs, configuration, fact sheets, report payloads): cJSON
 * is lenient where errata must not be. It accepts text after the value, it
 * keeps both members of a duplicate key (and lookups see the first), and it
 * decodes "\u0000" into a C string that silently ends there. Each of these
 * is refused here with the place in the text, so that what a person wrote
 * is either read as written or rejected.
 *
 * Writing: cJSON prints the bytes of a string as they are. A file name
 * that is not UTF-8 would make the document invalid, and some readers
 * need more: GitHub Actions runs "##[command]" found anywhere in a log
 * line, and JSON-LD embedded in a <script> element ends at "</script>".
 * errata__json_harden() rewrites what cJSON printed so that none of this
 * can happen, without changing the values a JSON reader gets back (except
 * bytes that are not UTF-8, which become U+FFFD).
 */
#include "common.h"

#include <stdlib.h>
#include <string.h>
#include <cjson/cJSON.h>

/* 1-based line and column (in code points) of byte offset `at` in data. */
void errata__json_place(const char *data, size_t len, size_t at,
                        unsigned *line, unsigned *col)
{
	unsigned l = 1, c = 1;

	if (at > len)
		at = len;
	for (size_t i = 0; i < at; i++) {
		unsigned char b = (unsigned char)data[i];

		if (b == '\n') {
			l++;
			c = 1;
		} else if ((b & 0xc0) != 0x80) {
			c++;
		}
	}
	*line = l;
	*col = c;
}

static int fail_at(const char *name, const char *data, size_t len, size_t at,
                   const char *what, const char *detail)
{
	unsigned line, col;

	errata__json_place(data, len, at, &line, &col);
	return errata__error(ERRATA_EINVALID, "%s:%u:%u: %s%s%s", name, line, col, what,
	                     detail ? ": " : "", detail ? detail : "");
}

static int is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/*
 * Walk valid JSON text: report the offset of the first "\u0000" escape in
 * a string (*nul_at), and of the key number `want` (0-based, in document
 * order) in *key_at. Either is len when not found.
 */
static void scan_text(const char *s, size_t len, size_t want, size_t *nul_at, size_t *key_at)
{
	/* a key is a string that follows '{' or a ',' inside an object */
	unsigned char stack[1100];   /* cJSON nests at most CJSON_NESTING_LIMIT (1000) */
	size_t depth = 0, keys = 0;
	int expect_key = 0;

	*nul_at = *key_at = len;
	for (size_t i = 0; i < len; i++) {
		char c = s[i];

		if (c == '"') {
			size_t start = i;

			if (expect_key) {
				if (keys == want && *key_at == len)
					*key_at = start;
				keys++;
				expect_key = 0;
			}
			for (i++; i < len && s[i] != '"'; i++) {
				if (s[i] != '\\')
					continue;
				if (i + 5 < len && s[i + 1] == 'u' && !memcmp(s + i + 2, "0000", 4) &&
				    *nul_at == len)
					*nul_at = i;
				i++;
			}
		} else if (c == '{' || c == '[') {
			if (depth < sizeof(stack))
				stack[depth] = (unsigned char)c;
			depth++;
			expect_key = c == '{';
		} else if (c == '}' || c == ']') {
			if (depth)
				depth--;
			expect_key = 0;
		} else if (c == ',') {
			expect_key = depth && depth <= sizeof(stack) && stack[depth - 1] == '{';
		}
	}
}

struct key_ref {
	const char *key;
	size_t index;   /* the key's number in document order */
};

static int compare_keys(const void *a, const void *b)
{
	const struct key_ref *x = a, *y = b;
	int c = strcmp(x->key, y->key);

	return c ? c : (x->index < y->index ? -1 : x->index > y->index);
}

/*
 * Number the keys of item's tree in document order (a member's key comes
 * before the keys inside its value) and find the first member whose key
 * an earlier member of the same object already has: its number goes to
 * *dup (left alone when there is none). Returns -1 when memory ran out.
 * An object of a few members compares each key with those before it; a
 * larger one sorts its keys.
 */
static int find_duplicate(const cJSON *item, size_t *next, size_t *dup, const char **dup_key)
{
	const cJSON *c;
	struct key_ref *refs = NULL;
	size_t n = 0, k = 0;
	/* the type tested here, as cJSON_IsObject() does, not by a call per value */
	int object = (item->type & 0xff) == cJSON_Object, seen = 0;

	if (!object && (item->type & 0xff) != cJSON_Array)
		return 0;
	if (object) {
		for (c = item->child; c; c = c->next)
			n++;
		if (n > 16 && !(refs = malloc(n * sizeof(*refs))))
			return -1;
	}
	for (c = item->child; c; c = c->next) {
		if (object) {
			const char *key = c->string ? c->string : "";

			if (refs) {
				refs[k].key = key;
				refs[k].index = *next;
				k++;
			} else if (!seen) {
				/* the first repeated key here has the lowest number of this object's */
				for (const cJSON *b = item->child; b != c; b = b->next)
					if (strcmp(b->string ? b->string : "", key) == 0) {
						seen = 1;
						if (*next < *dup) {
							*dup = *next;
							*dup_key = key;
						}
						break;
					}
			}
			(*next)++;
		}
		if (find_duplicate(c, next, dup, dup_key) < 0) {
			free(refs);
			return -1;
		}
	}
	if (refs) {
		qsort(refs, n, sizeof(*refs), compare_keys);
		for (size_t i = 1; i < n; i++) {
			if (strcmp(refs[i].key, refs[i - 1].key) == 0 && refs[i].index < *dup) {
				*dup = refs[i].index;
				*dup_key = refs[i].key;
			}
		}
		free(refs);
	}
	return 0;
}

int errata__json_parse_as(cJSON **out, const char *name, const char *data, size_t len,
                          const char *what)
{
	const char *end = NULL, *dup_key = NULL;
	size_t at, nul_at, key_at, next = 0, dup = (size_t)-1;
	cJSON *root;
	int error = 0;

	*out = NULL;
	root = cJSON_ParseWithLengthOpts(data, len, &end, 0);
	if (!root) {
		if (!end || end < data || end > data + len)
			end = cJSON_GetErrorPtr();
		if (!end || end < data || end > data + len)
			end = data;
		return fail_at(name, data, len, (size_t)(end - data), what, NULL);
	}
	/* only white space may follow the value */
	for (at = (size_t)(end - data); at < len && is_space(data[at]); at++)
		;
	if (at < len) {
		error = fail_at(name, data, len, at, what, "text after the end of the value");
		goto cleanup;
	}
	if (find_duplicate(root, &next, &dup, &dup_key) < 0) {
		error = errata__oom();
		goto cleanup;
	}
	scan_text(data, len, dup, &nul_at, &key_at);
	if (nul_at < len) {
		error = fail_at(name, data, len, nul_at, what, "\\u0000 in a string");
		goto cleanup;
	}
	if (dup_key) {
		unsigned line, col;

		errata__json_place(data, len, key_at, &line, &col);
		error = errata__error(ERRATA_EINVALID, "%s:%u:%u: duplicate key \"%.80s\"",
		                      name, line, col, dup_key);
		goto cleanup;
	}
	*out = root;
	root = NULL;
cleanup:
	cJSON_Delete(root);
	return error;
}

int errata__json_parse(cJSON **out, const char *name, const char *data, size_t len)
{
	return errata__json_parse_as(out, name, data, len, "invalid JSON");
}

/* What errata__json_harden() writes instead of byte i of s, or NULL; *n: bytes replaced. */
static const char *harden_one(const unsigned char *s, size_t len, size_t i, int html, size_t *n)
{
	uint32_t cp;
	size_t d;

	*n = 1;
	if (s[i] < 0x80) {
		if (s[i] == '[' && i >= 2 && s[i - 1] == '#' && s[i - 2] == '#')
			return "\\u005b";
		if (html && s[i] == '<')
			return "\\u003c";
		if (html && s[i] == '>')
			return "\\u003e";
		if (html && s[i] == '&')
			return "\\u0026";
		return NULL;
	}
	if (!(d = errata__utf8_decode(s + i, len - i, &cp)))
		return "\\ufffd";
	*n = d;
	if (html && cp == 0x2028)
		return "\\u2028";
	if (html && cp == 0x2029)
		return "\\u2029";
	return NULL;
}

int errata__json_harden(errata_buf *out, size_t from, int html)
{
	const unsigned char *s;
	size_t len, i, n, run;
	char *copy;
	int error = 0;

	if (from >= out->size)
		return 0;
	s = (const unsigned char *)out->ptr + from;
	len = out->size - from;
	for (i = 0; i < len; i += n)
		if (harden_one(s, len, i, html, &n))
			break;
	if (i == len)
		return 0;   /* the usual case: nothing to change */
	if (!(copy = errata__strndup((const char *)s, len)))
		return errata__oom();
	s = (const unsigned char *)copy;
	out->size = from;
	out->ptr[from] = '\0';
	for (i = run = 0; i < len && !error; i += n) {
		const char *rep = harden_one(s, len, i, html, &n);

		if (!rep)
			continue;
		if ((error = errata_buf_put(out, copy + run, i - run)) == 0)
			error = errata_buf_puts(out, rep);
		run = i + n;
	}
	if (!error)
		error = errata_buf_put(out, copy + run, len - run);
	free(copy);
	return error;
}
