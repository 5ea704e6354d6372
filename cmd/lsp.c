/*
 * lsp.c: `errata lsp`, a Language Server Protocol server on standard
 * input and output, so that an editor shows errata's findings as the
 * writer types.
 *
 * Messages are JSON-RPC 2.0 bodies framed by a "Content-Length: N" header
 * and a blank line, parsed and printed with cJSON. The server keeps the
 * text of every open document (full or incremental sync), checks it on
 * open and on every change with the checker its configuration calls for
 * (the .errata.json found from the file's folder upward, as `errata check`
 * finds it; for an unsaved document, the first workspace folder's), and
 * publishes the findings as diagnostics. Code actions offer each
 * suggestion, and every safe fix at once; hovering a finding shows the
 * rule's explanation. Positions are in UTF-16 code units, as the protocol
 * has them by default; errata's byte offsets are converted both ways.
 *
 * It answers one message at a time, in order, and never exits on a bad
 * message: a body that is not JSON gets a parse error, an unknown request
 * "method not found". Only the end of input, a broken header or `exit`
 * end it (exit code 0 after `shutdown`, 1 otherwise, as the protocol says).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <cjson/cJSON.h>

#include "errata.h"
#include "cmd.h"

/* JSON-RPC and LSP error codes. */
enum {
	RPC_PARSE_ERROR = -32700,
	RPC_INVALID_REQUEST = -32600,
	RPC_METHOD_NOT_FOUND = -32601,
	RPC_INVALID_PARAMS = -32602,
	RPC_INTERNAL_ERROR = -32603,
	LSP_SERVER_NOT_INITIALIZED = -32002
};

/* The largest message body accepted (a 16 MiB article, escaped). */
#define MAX_BODY ((size_t)128 * 1024 * 1024)

struct cached_checker {
	char *config;             /* NULL: no configuration file */
	errata_checker *checker;  /* NULL: building it failed ... */
	char *error;              /* ... for this reason */
};

struct doc {
	char *uri;
	char *path;               /* the file the URI names, or NULL */
	char *text;
	size_t len;
	long version;
	errata_format format;
	errata_findings *findings;   /* on the current text, or NULL */
	const errata_checker *checker;
};

struct server {
	int initialized, shut_down, exiting;
	char **folders;           /* workspace folders, as paths */
	size_t folder_count;
	struct doc *docs;
	size_t doc_count;
	struct cached_checker *cache;
	size_t cache_count;
	FILE *out;                /* where messages go: stdout */
	FILE *err;                /* where errata says what went wrong: stderr */
	int write_failed;
};

/* ---- framing ------------------------------------------------------------ */

/*
 * Read one message body: 1 with *body (malloc'd, NUL-terminated), 0 at the
 * end of input, -1 on a header errata cannot read (said on err).
 */
static int read_message(FILE *in, FILE *err, char **body, size_t *len)
{
	char line[1024];
	size_t n = 0;
	int have_length = 0, any = 0;
	char *buf;

	for (;;) {
		size_t l;

		if (!fgets(line, sizeof(line), in)) {
			if (any)
				fprintf(err, "errata: lsp: input ended inside a message header\n");
			return any ? -1 : 0;
		}
		any = 1;
		l = strlen(line);
		if (l == sizeof(line) - 1 && line[l - 1] != '\n') {
			fprintf(err, "errata: lsp: a message header line is longer than %zu bytes\n",
			        sizeof(line) - 2);
			return -1;
		}
		while (l && (line[l - 1] == '\n' || line[l - 1] == '\r'))
			line[--l] = '\0';
		if (l == 0)
			break;
		if (strncasecmp(line, "Content-Length:", 15) == 0) {
			char *end;
			unsigned long long v;

			errno = 0;
			v = strtoull(line + 15, &end, 10);
			while (*end == ' ' || *end == '\t')
				end++;
			if (errno || end == line + 15 || *end || v > MAX_BODY) {
				fprintf(err, "errata: lsp: bad Content-Length '%s'\n", line + 15);
				return -1;
			}
			n = (size_t)v;
			have_length = 1;
		}
		/* Content-Type and any other header: ignored. */
	}
	if (!have_length) {
		fprintf(err, "errata: lsp: a message without a Content-Length header\n");
		return -1;
	}
	if (!(buf = malloc(n + 1))) {
		fprintf(err, "errata: lsp: out of memory for a %zu-byte message\n", n);
		return -1;
	}
	if (fread(buf, 1, n, in) != n) {
		fprintf(err, "errata: lsp: input ended inside a message body\n");
		free(buf);
		return -1;
	}
	buf[n] = '\0';
	*body = buf;
	*len = n;
	return 1;
}

static void send_json(struct server *s, cJSON *msg)
{
	char *text;

	if (s->write_failed || !msg)
		goto cleanup;
	cJSON_AddStringToObject(msg, "jsonrpc", "2.0");
	if (!(text = cJSON_PrintUnformatted(msg))) {
		fprintf(s->err, "errata: lsp: out of memory\n");
		goto cleanup;
	}
	if (fprintf(s->out, "Content-Length: %zu\r\n\r\n", strlen(text)) < 0 ||
	    fputs(text, s->out) < 0 || fflush(s->out) != 0) {
		fprintf(s->err, "errata: lsp: cannot write to standard output\n");
		s->write_failed = 1;
	}
	cJSON_free(text);
cleanup:
	cJSON_Delete(msg);
}

static void reply(struct server *s, const cJSON *id, cJSON *result)
{
	cJSON *msg = cJSON_CreateObject();

	if (!msg) {
		cJSON_Delete(result);
		return;
	}
	cJSON_AddItemToObject(msg, "id", id ? cJSON_Duplicate(id, 1) : cJSON_CreateNull());
	cJSON_AddItemToObject(msg, "result", result ? result : cJSON_CreateNull());
	send_json(s, msg);
}

static void reply_error(struct server *s, const cJSON *id, int code, const char *message)
{
	cJSON *msg = cJSON_CreateObject(), *err = cJSON_CreateObject();

	if (!msg || !err) {
		cJSON_Delete(msg);
		cJSON_Delete(err);
		return;
	}
	cJSON_AddItemToObject(msg, "id", id ? cJSON_Duplicate(id, 1) : cJSON_CreateNull());
	cJSON_AddNumberToObject(err, "code", code);
	cJSON_AddStringToObject(err, "message", message);
	cJSON_AddItemToObject(msg, "error", err);
	send_json(s, msg);
}

static void notify(struct server *s, const char *method, cJSON *params)
{
	cJSON *msg = cJSON_CreateObject();

	if (!msg) {
		cJSON_Delete(params);
		return;
	}
	cJSON_AddStringToObject(msg, "method", method);
	cJSON_AddItemToObject(msg, "params", params);
	send_json(s, msg);
}

/* ---- small JSON helpers ------------------------------------------------- */

static const cJSON *get(const cJSON *obj, const char *key)
{
	return cJSON_GetObjectItemCaseSensitive(obj, key);
}

static const char *get_string(const cJSON *obj, const char *key)
{
	const cJSON *v = get(obj, key);

	return cJSON_IsString(v) ? v->valuestring : NULL;
}

/* A non-negative integer member, or -1. */
static long get_index(const cJSON *obj, const char *key)
{
	const cJSON *v = get(obj, key);

	if (!cJSON_IsNumber(v) || v->valuedouble < 0 || v->valuedouble > 2147483647.0)
		return -1;
	return (long)v->valuedouble;
}

/* ---- URIs and positions ------------------------------------------------- */

static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* The path of a file: URI (percent-decoded), or NULL for any other URI. */
static char *uri_to_path(const char *uri)
{
	const char *p;
	char *out, *o;

	if (strncmp(uri, "file://", 7) != 0)
		return NULL;
	p = uri + 7;
	if (strncmp(p, "localhost/", 10) == 0)
		p += 9;
	if (*p != '/')
		return NULL;
	if (!(out = malloc(strlen(p) + 1)))
		return NULL;
	for (o = out; *p; p++) {
		if (*p == '%' && hexval(p[1]) >= 0 && hexval(p[2]) >= 0) {
			*o++ = (char)(hexval(p[1]) * 16 + hexval(p[2]));
			p += 2;
		} else {
			*o++ = *p;
		}
	}
	*o = '\0';
	if (strlen(out) != (size_t)(o - out)) {  /* "%00" */
		free(out);
		return NULL;
	}
	return out;
}

/* UTF-16 code units of the UTF-8 character that starts with byte c. */
static unsigned utf16_units(unsigned char c)
{
	return c >= 0xf0 ? 2 : 1;
}

static int continuation(unsigned char c)
{
	return (c & 0xc0) == 0x80;
}

/* Byte offset of an LSP position (line, UTF-16 character), clamped to the text. */
static size_t offset_of(const char *text, size_t len, long line, long character)
{
	size_t i = 0;
	long units = 0;

	for (long l = 0; l < line && i < len; i++) {
		if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= len || text[i + 1] != '\n')))
			l++;
	}
	while (i < len && units < character && text[i] != '\n' && text[i] != '\r') {
		units += (long)utf16_units((unsigned char)text[i]);
		i++;
		while (i < len && continuation((unsigned char)text[i]))
			i++;
	}
	return i;
}

/* An LSP position {line, character} for a byte offset. */
static cJSON *position_of(const char *text, size_t len, size_t offset)
{
	cJSON *pos = cJSON_CreateObject();
	long line = 0, character = 0;

	if (offset > len)
		offset = len;
	for (size_t i = 0; i < offset; i++) {
		unsigned char c = (unsigned char)text[i];

		if (c == '\n' || (c == '\r' && (i + 1 >= len || text[i + 1] != '\n'))) {
			line++;
			character = 0;
		} else if (c == '\r') {
			/* the CR of a CRLF: the LF ends the line */
		} else if (!continuation(c)) {
			character += (long)utf16_units(c);
		}
	}
	cJSON_AddNumberToObject(pos, "line", (double)line);
	cJSON_AddNumberToObject(pos, "character", (double)character);
	return pos;
}

static cJSON *range_of(const char *text, size_t len, size_t start, size_t end)
{
	cJSON *range = cJSON_CreateObject();

	cJSON_AddItemToObject(range, "start", position_of(text, len, start));
	cJSON_AddItemToObject(range, "end", position_of(text, len, end));
	return range;
}

/* Byte offsets of an LSP range; 0 when it is malformed. */
static int range_offsets(const cJSON *range, const char *text, size_t len,
                         size_t *start, size_t *end)
{
	const cJSON *a = get(range, "start"), *b = get(range, "end");
	long al = get_index(a, "line"), ac = get_index(a, "character");
	long bl = get_index(b, "line"), bc = get_index(b, "character");

	if (al < 0 || ac < 0 || bl < 0 || bc < 0)
		return 0;
	*start = offset_of(text, len, al, ac);
	*end = offset_of(text, len, bl, bc);
	if (*end < *start) {
		size_t t = *start;

		*start = *end;
		*end = t;
	}
	return 1;
}

/* ---- documents and checkers --------------------------------------------- */

static struct doc *find_doc(struct server *s, const char *uri)
{
	for (size_t i = 0; uri && i < s->doc_count; i++)
		if (strcmp(s->docs[i].uri, uri) == 0)
			return &s->docs[i];
	return NULL;
}

static void doc_dispose(struct doc *d)
{
	free(d->uri);
	free(d->path);
	free(d->text);
	errata_findings_free(d->findings);
	memset(d, 0, sizeof(*d));
}

static char *folder_of(const char *path)
{
	const char *slash = strrchr(path, '/');
	char *dir;

	if (!slash)
		return strdup(".");
	if (slash == path)
		return strdup("/");
	if ((dir = malloc((size_t)(slash - path) + 1))) {
		memcpy(dir, path, (size_t)(slash - path));
		dir[slash - path] = '\0';
	}
	return dir;
}

static int same(const char *a, const char *b)
{
	return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

/*
 * The checker for a document: the configuration found from its file's
 * folder upward (from the first workspace folder for a document that is
 * not a file), one checker per configuration, built once. NULL with
 * *why set when the configuration or its packs are broken.
 */
static const errata_checker *checker_for(struct server *s, const struct doc *d, const char **why)
{
	errata_checker_options opts = ERRATA_CHECKER_OPTIONS_INIT;
	struct cached_checker *c;
	char *dir = NULL, *config = NULL;

	*why = "out of memory";
	if (d->path)
		dir = folder_of(d->path);
	else if (s->folder_count)
		dir = strdup(s->folders[0]);
	if ((d->path || s->folder_count) && !dir)
		return NULL;
	if (dir && errata_config_find(&config, dir) < 0) {
		free(dir);
		*why = errata_error_last();
		return NULL;
	}
	free(dir);
	for (size_t i = 0; i < s->cache_count; i++) {
		if (same(s->cache[i].config, config)) {
			free(config);
			*why = s->cache[i].error;
			return s->cache[i].checker;
		}
	}
	if (!(c = realloc(s->cache, (s->cache_count + 1) * sizeof(*c)))) {
		free(config);
		return NULL;
	}
	s->cache = c;
	c = &s->cache[s->cache_count++];
	c->config = config;
	c->checker = NULL;
	c->error = NULL;
	opts.config_path = config;
	if (errata_checker_new(&c->checker, &opts) < 0) {
		c->checker = NULL;
		c->error = strdup(errata_error_last());
		*why = c->error ? c->error : "out of memory";
	}
	return c->checker;
}

static void drop_checkers(struct server *s)
{
	for (size_t i = 0; i < s->cache_count; i++) {
		free(s->cache[i].config);
		free(s->cache[i].error);
		errata_checker_free(s->cache[i].checker);
	}
	free(s->cache);
	s->cache = NULL;
	s->cache_count = 0;
	for (size_t i = 0; i < s->doc_count; i++)
		s->docs[i].checker = NULL;
}

static const errata_rule_info *rule_info(const errata_checker *checker, const char *id)
{
	size_t n = errata_checker_rule_count(checker);

	for (size_t i = 0; i < n; i++) {
		const errata_rule_info *r = errata_checker_rule(checker, i);

		if (r && strcmp(r->id, id) == 0)
			return r;
	}
	return NULL;
}

static cJSON *diagnostic(const struct doc *d, const errata_finding *f)
{
	static const int lsp_severity[] = { 3, 2, 1 };  /* info, warning, error */
	cJSON *diag = cJSON_CreateObject(), *data;
	const errata_rule_info *r = rule_info(d->checker, f->rule);

	cJSON_AddItemToObject(diag, "range", range_of(d->text, d->len, f->offset, f->offset + f->length));
	cJSON_AddNumberToObject(diag, "severity", lsp_severity[f->severity <= ERRATA_SEVERITY_ERROR ? f->severity : 2]);
	cJSON_AddStringToObject(diag, "code", f->rule);
	if (r && r->help_uri) {
		cJSON *desc = cJSON_CreateObject();

		cJSON_AddStringToObject(desc, "href", r->help_uri);
		cJSON_AddItemToObject(diag, "codeDescription", desc);
	}
	cJSON_AddStringToObject(diag, "source", "errata");
	cJSON_AddStringToObject(diag, "message", f->message);
	data = cJSON_CreateObject();
	cJSON_AddStringToObject(data, "fingerprint", f->fingerprint);
	cJSON_AddItemToObject(diag, "data", data);
	return diag;
}

/* A diagnostic at the top of the document for what stopped the check. */
static cJSON *problem(const char *message)
{
	cJSON *diag = cJSON_CreateObject(), *range = cJSON_CreateObject();
	cJSON *a = cJSON_CreateObject(), *b = cJSON_CreateObject();

	cJSON_AddNumberToObject(a, "line", 0);
	cJSON_AddNumberToObject(a, "character", 0);
	cJSON_AddNumberToObject(b, "line", 0);
	cJSON_AddNumberToObject(b, "character", 0);
	cJSON_AddItemToObject(range, "start", a);
	cJSON_AddItemToObject(range, "end", b);
	cJSON_AddItemToObject(diag, "range", range);
	cJSON_AddNumberToObject(diag, "severity", 1);
	cJSON_AddStringToObject(diag, "source", "errata");
	cJSON_AddStringToObject(diag, "message", message);
	return diag;
}

static void publish(struct server *s, const char *uri, const struct doc *d, cJSON *diags)
{
	cJSON *params = cJSON_CreateObject();

	cJSON_AddStringToObject(params, "uri", uri);
	if (d)
		cJSON_AddNumberToObject(params, "version", (double)d->version);
	cJSON_AddItemToObject(params, "diagnostics", diags ? diags : cJSON_CreateArray());
	notify(s, "textDocument/publishDiagnostics", params);
}

/* Check a document's current text and publish what was found. */
static void check_doc(struct server *s, struct doc *d)
{
	errata_doc_options dopts = ERRATA_DOC_OPTIONS_INIT;
	errata_doc *doc = NULL;
	cJSON *diags = cJSON_CreateArray();
	const char *why = NULL;

	errata_findings_free(d->findings);
	d->findings = NULL;
	if (!(d->checker = checker_for(s, d, &why))) {
		cJSON_AddItemToArray(diags, problem(why ? why : "cannot build the checker"));
		goto publish;
	}
	dopts.format = d->format;
	if (errata_doc_load_buffer(&doc, d->path ? d->path : d->uri, d->text, d->len, &dopts) < 0 ||
	    errata_findings_new(&d->findings) < 0 ||
	    errata_checker_check((errata_checker *)d->checker, doc, d->findings) < 0) {
		cJSON_AddItemToArray(diags, problem(errata_error_last()));
		errata_findings_free(d->findings);
		d->findings = NULL;
		goto publish;
	}
	for (size_t i = 0; i < errata_findings_count(d->findings); i++)
		cJSON_AddItemToArray(diags, diagnostic(d, errata_findings_get(d->findings, i)));
publish:
	errata_doc_free(doc);
	publish(s, d->uri, d, diags);
}

static errata_format format_of(const char *language)
{
	if (!language)
		return ERRATA_FORMAT_AUTO;
	if (strcmp(language, "markdown") == 0)
		return ERRATA_FORMAT_MARKDOWN;
	if (strcmp(language, "html") == 0)
		return ERRATA_FORMAT_HTML;
	if (strcmp(language, "plaintext") == 0 || strcmp(language, "text") == 0)
		return ERRATA_FORMAT_TEXT;
	return ERRATA_FORMAT_AUTO;  /* by the file's extension */
}

/* ---- handlers ----------------------------------------------------------- */

static void add_folder(struct server *s, const char *uri)
{
	char *path = uri ? uri_to_path(uri) : NULL, **f;

	if (!path)
		return;
	for (size_t i = 0; i < s->folder_count; i++) {
		if (strcmp(s->folders[i], path) == 0) {
			free(path);
			return;
		}
	}
	if (!(f = realloc(s->folders, (s->folder_count + 1) * sizeof(*f)))) {
		free(path);
		return;
	}
	s->folders = f;
	s->folders[s->folder_count++] = path;
}

static void remove_folder(struct server *s, const char *uri)
{
	char *path = uri ? uri_to_path(uri) : NULL;

	for (size_t i = 0; path && i < s->folder_count; i++) {
		if (strcmp(s->folders[i], path) == 0) {
			free(s->folders[i]);
			memmove(&s->folders[i], &s->folders[i + 1],
			        (s->folder_count - i - 1) * sizeof(*s->folders));
			s->folder_count--;
			break;
		}
	}
	free(path);
}

static cJSON *on_initialize(struct server *s, const cJSON *params)
{
	const cJSON *folders = get(params, "workspaceFolders"), *f;
	cJSON *result = cJSON_CreateObject(), *caps = cJSON_CreateObject();
	cJSON *sync = cJSON_CreateObject(), *actions = cJSON_CreateObject();
	cJSON *kinds = cJSON_CreateArray(), *info = cJSON_CreateObject();
	cJSON *ws = cJSON_CreateObject(), *wsf = cJSON_CreateObject();

	if (cJSON_IsArray(folders))
		cJSON_ArrayForEach(f, folders)
			add_folder(s, get_string(f, "uri"));
	if (!s->folder_count)
		add_folder(s, get_string(params, "rootUri"));
	s->initialized = 1;

	cJSON_AddStringToObject(caps, "positionEncoding", "utf-16");
	cJSON_AddBoolToObject(sync, "openClose", 1);
	cJSON_AddNumberToObject(sync, "change", 2);   /* incremental */
	cJSON_AddItemToObject(caps, "textDocumentSync", sync);
	cJSON_AddItemToArray(kinds, cJSON_CreateString("quickfix"));
	cJSON_AddItemToArray(kinds, cJSON_CreateString("source.fixAll.errata"));
	cJSON_AddItemToObject(actions, "codeActionKinds", kinds);
	cJSON_AddItemToObject(caps, "codeActionProvider", actions);
	cJSON_AddBoolToObject(caps, "hoverProvider", 1);
	cJSON_AddBoolToObject(wsf, "supported", 1);
	cJSON_AddBoolToObject(wsf, "changeNotifications", 1);
	cJSON_AddItemToObject(ws, "workspaceFolders", wsf);
	cJSON_AddItemToObject(caps, "workspace", ws);
	cJSON_AddItemToObject(result, "capabilities", caps);
	cJSON_AddStringToObject(info, "name", "errata");
	cJSON_AddStringToObject(info, "version", errata_version());
	cJSON_AddItemToObject(result, "serverInfo", info);
	return result;
}

static void on_did_open(struct server *s, const cJSON *params)
{
	const cJSON *td = get(params, "textDocument");
	const char *uri = get_string(td, "uri"), *text = get_string(td, "text");
	struct doc *d;

	if (!uri || !text)
		return;
	if (!(d = find_doc(s, uri))) {
		if (!(d = realloc(s->docs, (s->doc_count + 1) * sizeof(*d))))
			return;
		s->docs = d;
		d = &s->docs[s->doc_count];
		memset(d, 0, sizeof(*d));
		if (!(d->uri = strdup(uri)))
			return;
		s->doc_count++;
		d->path = uri_to_path(uri);
	}
	free(d->text);
	d->len = strlen(text);
	if (!(d->text = strdup(text))) {
		d->len = 0;
		return;
	}
	d->version = get_index(td, "version");
	d->format = format_of(get_string(td, "languageId"));
	check_doc(s, d);
}

/* Replace text[start, end) with `with`. 0, or -1 when out of memory. */
static int splice(struct doc *d, size_t start, size_t end, const char *with)
{
	size_t wl = strlen(with), nl = d->len - (end - start) + wl;
	char *t = malloc(nl + 1);

	if (!t)
		return -1;
	memcpy(t, d->text, start);
	memcpy(t + start, with, wl);
	memcpy(t + start + wl, d->text + end, d->len - end);
	t[nl] = '\0';
	free(d->text);
	d->text = t;
	d->len = nl;
	return 0;
}

static void on_did_change(struct server *s, const cJSON *params)
{
	const cJSON *td = get(params, "textDocument"), *changes = get(params, "contentChanges"), *c;
	struct doc *d = find_doc(s, get_string(td, "uri"));

	if (!d || !cJSON_IsArray(changes))
		return;
	cJSON_ArrayForEach(c, changes) {
		const char *text = get_string(c, "text");
		const cJSON *range = get(c, "range");
		size_t start = 0, end = d->len;

		if (!text)
			continue;
		if (range && !range_offsets(range, d->text, d->len, &start, &end))
			continue;
		if (splice(d, start, end, text) < 0)
			return;
	}
	d->version = get_index(td, "version");
	check_doc(s, d);
}

static void on_did_close(struct server *s, const cJSON *params)
{
	const char *uri = get_string(get(params, "textDocument"), "uri");
	struct doc *d = find_doc(s, uri);

	if (!d)
		return;
	publish(s, uri, NULL, NULL);
	doc_dispose(d);
	memmove(d, d + 1, (size_t)(&s->docs[s->doc_count] - (d + 1)) * sizeof(*d));
	s->doc_count--;
}

/* Configuration files may have changed: rebuild the checkers, check again. */
static void recheck_all(struct server *s)
{
	drop_checkers(s);
	for (size_t i = 0; i < s->doc_count; i++)
		check_doc(s, &s->docs[i]);
}

static void on_did_change_folders(struct server *s, const cJSON *params)
{
	const cJSON *event = get(params, "event"), *f;

	cJSON_ArrayForEach(f, get(event, "removed"))
		remove_folder(s, get_string(f, "uri"));
	cJSON_ArrayForEach(f, get(event, "added"))
		add_folder(s, get_string(f, "uri"));
	recheck_all(s);
}

static cJSON *text_edit(const struct doc *d, size_t start, size_t end, const char *with)
{
	cJSON *edit = cJSON_CreateObject();

	cJSON_AddItemToObject(edit, "range", range_of(d->text, d->len, start, end));
	cJSON_AddStringToObject(edit, "newText", with);
	return edit;
}

/* A code action of `kind` whose workspace edit is the one `edit`. */
static cJSON *code_action(const struct doc *d, const char *title, const char *kind, cJSON *edit)
{
	cJSON *action = cJSON_CreateObject(), *we = cJSON_CreateObject();
	cJSON *changes = cJSON_CreateObject(), *edits = cJSON_CreateArray();

	cJSON_AddStringToObject(action, "title", title);
	cJSON_AddStringToObject(action, "kind", kind);
	cJSON_AddItemToArray(edits, edit);
	cJSON_AddItemToObject(changes, d->uri, edits);
	cJSON_AddItemToObject(we, "changes", changes);
	cJSON_AddItemToObject(action, "edit", we);
	return action;
}

static cJSON *on_code_action(struct server *s, const cJSON *params, int *code, const char **why)
{
	struct doc *d = find_doc(s, get_string(get(params, "textDocument"), "uri"));
	cJSON *result;
	size_t start, end, fixable = 0;

	if (!d || !range_offsets(get(params, "range"), d->text, d->len, &start, &end)) {
		*code = RPC_INVALID_PARAMS;
		*why = d ? "a code action request needs a range" : "the document is not open";
		return NULL;
	}
	result = cJSON_CreateArray();
	for (size_t i = 0; i < errata_findings_count(d->findings); i++) {
		const errata_finding *f = errata_findings_get(d->findings, i);

		fixable += f->suggestion_count > 0;
		if (f->offset > end || f->offset + f->length < start)
			continue;
		for (size_t k = 0; k < f->suggestion_count; k++) {
			size_t tl = strlen(f->suggestions[k]) + 32;
			char *title = malloc(tl);
			cJSON *action, *diags = cJSON_CreateArray();

			if (!title)
				break;
			snprintf(title, tl, "Replace with \xe2\x80\x9c%s\xe2\x80\x9d", f->suggestions[k]);
			action = code_action(d, title, "quickfix",
			                     text_edit(d, f->offset, f->offset + f->length, f->suggestions[k]));
			free(title);
			cJSON_AddItemToArray(diags, diagnostic(d, f));
			cJSON_AddItemToObject(action, "diagnostics", diags);
			cJSON_AddBoolToObject(action, "isPreferred", k == 0);
			cJSON_AddItemToArray(result, action);
		}
	}
	/* Every safe fix of the document at once, as `errata check --fix` makes them. */
	if (fixable) {
		errata_doc *doc = NULL;
		errata_buf fixed = ERRATA_BUF_INIT;
		errata_fix_stats st;
		errata_doc_options dopts = ERRATA_DOC_OPTIONS_INIT;

		dopts.format = d->format;
		if (errata_doc_load_buffer(&doc, d->path ? d->path : d->uri, d->text, d->len, &dopts) == 0 &&
		    errata_fix_apply(&fixed, doc, d->findings, 0, &st) == 0 && st.applied)
			cJSON_AddItemToArray(result, code_action(d, "Fix every errata finding with a suggestion",
			                                         "source.fixAll.errata",
			                                         text_edit(d, 0, d->len, fixed.ptr)));
		errata_buf_dispose(&fixed);
		errata_doc_free(doc);
	}
	return result;
}

static cJSON *on_hover(struct server *s, const cJSON *params, int *code, const char **why)
{
	struct doc *d = find_doc(s, get_string(get(params, "textDocument"), "uri"));
	const cJSON *pos = get(params, "position");
	long line = get_index(pos, "line"), character = get_index(pos, "character");
	const errata_finding *hit = NULL;
	errata_buf md = ERRATA_BUF_INIT;
	cJSON *result, *contents;
	size_t at;

	if (!d || line < 0 || character < 0) {
		*code = RPC_INVALID_PARAMS;
		*why = d ? "a hover request needs a position" : "the document is not open";
		return NULL;
	}
	at = offset_of(d->text, d->len, line, character);
	for (size_t i = 0; i < errata_findings_count(d->findings) && !hit; i++) {
		const errata_finding *f = errata_findings_get(d->findings, i);

		if (at >= f->offset && at <= f->offset + f->length)
			hit = f;
	}
	if (!hit)
		return cJSON_CreateNull();
	{
		const errata_rule_info *r = rule_info(d->checker, hit->rule);

		errata_buf_printf(&md, "**%s** (%s): %s\n", hit->rule,
		                  errata_severity_name(hit->severity), hit->message);
		if (r && r->summary)
			errata_buf_printf(&md, "\n%s\n", r->summary);
		for (size_t k = 0; k < hit->suggestion_count; k++)
			errata_buf_printf(&md, "%s `%s`\n", k ? "\nor" : "\nSuggestion:", hit->suggestions[k]);
		if (r && r->help_uri)
			errata_buf_printf(&md, "\n[More about %s](%s)\n", hit->rule, r->help_uri);
		errata_buf_printf(&md, "\nSilence it here with `<!-- errata-disable-line %s -->`.\n",
		                  hit->rule);
	}
	result = cJSON_CreateObject();
	contents = cJSON_CreateObject();
	cJSON_AddStringToObject(contents, "kind", "markdown");
	cJSON_AddStringToObject(contents, "value", md.ptr ? md.ptr : "");
	cJSON_AddItemToObject(result, "contents", contents);
	cJSON_AddItemToObject(result, "range", range_of(d->text, d->len, hit->offset,
	                                                hit->offset + hit->length));
	errata_buf_dispose(&md);
	return result;
}

/* ---- dispatch ----------------------------------------------------------- */

static void handle(struct server *s, const cJSON *msg)
{
	const cJSON *id = get(msg, "id"), *params = get(msg, "params");
	const char *method = get_string(msg, "method");
	cJSON *result = NULL;
	const char *why = "";
	int code = 0;

	if (!cJSON_IsObject(msg)) {
		reply_error(s, NULL, RPC_INVALID_REQUEST, "a message must be a JSON object");
		return;
	}
	if (!method) {
		if (id && !get(msg, "result") && !get(msg, "error"))
			reply_error(s, id, RPC_INVALID_REQUEST, "a request needs a method");
		return;  /* a response to a request of ours: we send none */
	}
	if (strcmp(method, "exit") == 0) {
		s->exiting = 1;
		return;
	}
	if (id) {   /* a request */
		if (strcmp(method, "initialize") == 0) {
			if (s->initialized)
				reply_error(s, id, RPC_INVALID_REQUEST, "initialize was already received");
			else
				reply(s, id, on_initialize(s, params));
			return;
		}
		if (!s->initialized) {
			reply_error(s, id, LSP_SERVER_NOT_INITIALIZED, "initialize first");
			return;
		}
		if (s->shut_down) {
			reply_error(s, id, RPC_INVALID_REQUEST, "the server is shutting down");
			return;
		}
		if (strcmp(method, "shutdown") == 0) {
			s->shut_down = 1;
			reply(s, id, NULL);
			return;
		}
		if (strcmp(method, "textDocument/codeAction") == 0)
			result = on_code_action(s, params, &code, &why);
		else if (strcmp(method, "textDocument/hover") == 0)
			result = on_hover(s, params, &code, &why);
		else
			code = RPC_METHOD_NOT_FOUND, why = "method not found";
		if (code)
			reply_error(s, id, code, why);
		else if (!result)
			reply_error(s, id, RPC_INTERNAL_ERROR, "out of memory");
		else
			reply(s, id, result);
		return;
	}
	/* notifications: before initialize, only exit counts */
	if (!s->initialized || s->shut_down)
		return;
	if (strcmp(method, "textDocument/didOpen") == 0)
		on_did_open(s, params);
	else if (strcmp(method, "textDocument/didChange") == 0)
		on_did_change(s, params);
	else if (strcmp(method, "textDocument/didClose") == 0)
		on_did_close(s, params);
	else if (strcmp(method, "workspace/didChangeWorkspaceFolders") == 0)
		on_did_change_folders(s, params);
	else if (strcmp(method, "workspace/didChangeConfiguration") == 0 ||
	         strcmp(method, "workspace/didChangeWatchedFiles") == 0 ||
	         strcmp(method, "textDocument/didSave") == 0)
		recheck_all(s);
	/* initialized, $/cancelRequest, $/setTrace and the rest: nothing to do */
}

static const char lsp_description[] =
	"Speak the Language Server Protocol on standard input and output, for\n"
	"editors: diagnostics for every open document as it changes, quick fixes\n"
	"from the suggestions, and the rule's explanation on hover. Each document\n"
	"is checked with the .errata.json found from its folder upward.";

static const char lsp_epilog[] =
	"Start it from the editor, not by hand. Exit codes: 0 after shutdown and\n"
	"exit, 1 when the input ends or breaks without them, 2 usage error.";

/*
 * Serve messages from in, writing replies to out and what went wrong to
 * err, until exit, the end of input or a broken header; frees what the
 * server holds. Returns the exit code.
 * (The fuzz target tests/fuzz/fuzz_lsp.c drives this with its own streams.)
 */
static int serve(FILE *in, FILE *out, FILE *err)
{
	struct server s;
	int r, rc;

	memset(&s, 0, sizeof(s));
	s.out = out;
	s.err = err;
	while (!s.exiting && !s.write_failed) {
		char *body = NULL;
		size_t len = 0;
		cJSON *msg;

		if ((r = read_message(in, err, &body, &len)) <= 0)
			break;
		if (!(msg = cJSON_ParseWithLength(body, len)))
			reply_error(&s, NULL, RPC_PARSE_ERROR, "the message is not JSON");
		else
			handle(&s, msg);
		cJSON_Delete(msg);
		free(body);
	}
	rc = s.exiting && s.shut_down ? EXIT_CLEAN : EXIT_FINDINGS;
	drop_checkers(&s);
	for (size_t i = 0; i < s.doc_count; i++)
		doc_dispose(&s.docs[i]);
	free(s.docs);
	for (size_t i = 0; i < s.folder_count; i++)
		free(s.folders[i]);
	free(s.folders);
	return rc;
}

int cmd_lsp(int argc, char **argv)
{
	const struct opt options[] = { { NULL, 0, OPT_END, NULL, NULL, NULL } };
	const struct opt_command command = { "errata lsp", lsp_description, options, lsp_epilog };
	char **rest = NULL;
	int nrest = 0, r;

	r = opt_parse(&command, argc, argv, &rest, &nrest);
	if (r != OPT_OK)
		return r == OPT_HELP ? (fflush(stdout) == 0 ? EXIT_CLEAN : EXIT_USAGE) : EXIT_USAGE;
	if (nrest) {
		fprintf(stderr, "errata: lsp takes no arguments\nusage: %s\n", command.usage);
		return EXIT_USAGE;
	}
	return serve(stdin, stdout, stderr);
}
