/*
 * findings.c: the list of findings a check run produces, and their
 * fingerprints.
 *
 * A fingerprint must survive unrelated edits, so it hashes the rule id,
 * the span's text with white space folded, and the occurrence index of
 * that (rule, text) pair within the document, never a line number.
 */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "errata/findings.h"

/*
 * The strings of the findings (path, rule, message, text, suggestions)
 * live in blocks that the list owns, freed with it: a finding costs no
 * allocation of its own, and the findings of one file share one copy of
 * its path. A removed finding's strings stay until the list is freed.
 */
struct string_block {
	struct string_block *next;
	size_t used, size;
	char data[];
};

/* Findings kept in the list's own block before an array is allocated (a file has few). */
#define FINDINGS_FIRST 4

struct errata_findings {
	errata_finding *items;        /* first[] until more come */
	size_t count;
	size_t alloc;
	size_t limit;     /* 0: none */
	size_t dropped;   /* findings past the limit, not stored */
	struct string_block *blocks;   /* the newest first */
	const char *last_path;         /* the path of the last finding added */
	errata_finding first[FINDINGS_FIRST];
};

/* n bytes from the list's blocks, aligned for a pointer; NULL: out of memory. */
static void *block_alloc(errata_findings *list, size_t n)
{
	struct string_block *b = list->blocks;
	size_t at;

	if (b) {
		at = (b->used + sizeof(void *) - 1) & ~(sizeof(void *) - 1);
		if (at <= b->size && n <= b->size - at) {
			b->used = at + n;
			return b->data + at;
		}
	}
	{
		/*
		 * each block twice the last, from 1 KiB with its header (small
		 * enough for glibc's per-thread cache) to 64 KiB, or n when larger
		 */
		size_t size = b ? (b->size < 65536 ? b->size * 2 : b->size) : 1024 - sizeof(*b);

		if (size < n)
			size = n;
		if (size > SIZE_MAX - sizeof(*b) || !(b = malloc(sizeof(*b) + size)))
			return NULL;
		b->next = list->blocks;
		b->used = n;
		b->size = size;
		list->blocks = b;
		return b->data;
	}
}

static char *block_strndup(errata_findings *list, const char *s, size_t n)
{
	char *d = block_alloc(list, n + 1);

	if (d) {
		memcpy(d, s, n);
		d[n] = '\0';
	}
	return d;
}

void errata_findings_set_limit(errata_findings *list, size_t max)
{
	list->limit = max;
}

size_t errata_findings_dropped(const errata_findings *list)
{
	return list ? list->dropped : 0;
}

static const char *const severity_names[] = { "info", "warning", "error" };

const char *errata_severity_name(errata_severity sev)
{
	if ((unsigned)sev > ERRATA_SEVERITY_ERROR)
		return "error";
	return severity_names[sev];
}

int errata_severity_parse(const char *name, errata_severity *out)
{
	for (int i = 0; i <= ERRATA_SEVERITY_ERROR; i++) {
		if (strcmp(name, severity_names[i]) == 0) {
			*out = (errata_severity)i;
			return 0;
		}
	}
	return errata__error(ERRATA_EINVALID,
	                     "unknown severity '%s' (use error, warning or info)", name);
}

int errata_findings_new(errata_findings **out)
{
	errata_findings *list = malloc(sizeof(*list));

	/* the fields only (the first findings are written as they come) */
	if (list) {
		memset(list, 0, offsetof(errata_findings, first));
		list->items = list->first;
		list->alloc = FINDINGS_FIRST;
	}
	*out = list;
	return list ? 0 : errata__oom();
}

void errata_findings_free(errata_findings *list)
{
	if (!list)
		return;
	while (list->blocks) {
		struct string_block *next = list->blocks->next;

		free(list->blocks);
		list->blocks = next;
	}
	if (list->items != list->first)
		free(list->items);
	free(list);
}

size_t errata_findings_count(const errata_findings *list)
{
	return list ? list->count : 0;
}

const errata_finding *errata_findings_get(const errata_findings *list, size_t i)
{
	return list && i < list->count ? &list->items[i] : NULL;
}

int errata_findings_add(errata_findings *list, const errata_doc *doc,
                        const char *rule, errata_severity sev,
                        size_t offset, size_t length, const char *message,
                        const char *const *suggestions, size_t suggestion_count)
{
	errata_finding f;
	const char *text, *path;
	size_t text_len;
	int error = 0;

	memset(&f, 0, sizeof(f));
	if (list->limit && list->count >= list->limit) {
		char note[160];

		/* past the limit: one warning says so, the rest are only counted */
		if (list->dropped++ || list->count > list->limit)
			return 0;
		snprintf(note, sizeof(note), "more than %zu findings in this file: the rest are "
		         "not reported (--max-findings)", list->limit);
		list->limit++;   /* room for the note itself */
		error = errata_findings_add(list, doc, "errata.max-findings", ERRATA_SEVERITY_WARNING,
		                            offset, 0, note, NULL, 0);
		list->limit--;
		return error;
	}
	text = errata_doc_text(doc, &text_len);
	if (offset > text_len)
		offset = text_len;
	if (length > text_len - offset)
		length = text_len - offset;
	if (list->count == list->alloc) {
		size_t n = list->alloc * 2;
		errata_finding *p;

		if (list->items == list->first) {
			if ((p = malloc(n * sizeof(*p))) != NULL)
				memcpy(p, list->first, sizeof(list->first));
		} else {
			p = realloc(list->items, n * sizeof(*p));
		}
		if (!p)
			return errata__oom();
		list->items = p;
		list->alloc = n;
	}
	f.severity = sev;
	f.offset = offset;
	f.length = length;
	errata_doc_position(doc, offset, &f.line, &f.column);
	errata_doc_position(doc, offset + length, &f.end_line, &f.end_column);
	path = errata_doc_path(doc);
	if (list->last_path && !strcmp(list->last_path, path))
		f.path = (char *)list->last_path;
	else if ((f.path = block_strndup(list, path, strlen(path))) != NULL)
		list->last_path = f.path;
	f.rule = block_strndup(list, rule, strlen(rule));
	f.message = block_strndup(list, message, strlen(message));
	f.text = block_strndup(list, text + offset, length);
	if (!f.path || !f.rule || !f.message || !f.text)
		return errata__oom();
	if (suggestion_count) {
		if (suggestion_count > SIZE_MAX / sizeof(char *) ||
		    !(f.suggestions = block_alloc(list, suggestion_count * sizeof(char *))))
			return errata__oom();
		for (size_t i = 0; i < suggestion_count; i++)
			if (!(f.suggestions[i] = block_strndup(list, suggestions[i], strlen(suggestions[i]))))
				return errata__oom();
		f.suggestion_count = suggestion_count;
	}
	list->items[list->count++] = f;
	return 0;
}

static int compare_position(const void *a, const void *b)
{
	const errata_finding *x = a, *y = b;
	int c;

	if (x->offset != y->offset)
		return x->offset < y->offset ? -1 : 1;
	if (x->length != y->length)
		return x->length < y->length ? -1 : 1;
	c = strcmp(x->rule, y->rule);
	if (c)
		return c;
	return strcmp(x->message, y->message);
}

/* One byte into a 64-bit FNV-1a hash (errata__fnv1a()), inline. */
static inline uint64_t fnv1a_byte(uint64_t h, unsigned char c)
{
	return (h ^ c) * 0x100000001b3ULL;
}

/* Hash of the text with every run of white space folded to one space. */
static uint64_t hash_folded(uint64_t h, const char *s)
{
	int in_space = 0;

	while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
		s++;
	for (; *s; s++) {
		if (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r') {
			in_space = 1;
			continue;
		}
		if (in_space) {
			h = fnv1a_byte(h, ' ');
			in_space = 0;
		}
		h = fnv1a_byte(h, (unsigned char)*s);
	}
	return h;
}

struct seal_key {
	uint64_t key;
	size_t index;
};

static int compare_key(const void *a, const void *b)
{
	const struct seal_key *x = a, *y = b;

	if (x->key != y->key)
		return x->key < y->key ? -1 : 1;
	return x->index < y->index ? -1 : x->index > y->index;
}

static void set_fingerprint(errata_finding *f, uint64_t key, unsigned int occurrence)
{
	static const char hex[] = "0123456789abcdef";

	key = errata__fnv1a(key, &occurrence, sizeof(occurrence));
	/* "%016llx" */
	for (int i = 15; i >= 0; i--, key >>= 4)
		f->fingerprint[i] = hex[key & 15];
	f->fingerprint[16] = '\0';
}

static uint64_t finding_key(const errata_finding *f)
{
	uint64_t h = ERRATA__FNV_SEED;
	const char *r = f->rule;

	/* the rule with its NUL, as errata__fnv1a(seed, rule, strlen(rule) + 1) */
	do
		h = fnv1a_byte(h, (unsigned char)*r);
	while (*r++);
	return hash_folded(h, f->text);
}

void errata_findings_seal(errata_findings *list, size_t from)
{
	errata_finding *items;
	struct seal_key small[16], *keys;
	size_t n;

	if (from >= list->count)
		return;   /* nothing new to seal */
	items = list->items + from;
	n = list->count - from;
	if (n > 1)
		qsort(items, n, sizeof(errata_finding), compare_position);
	/* a file's few findings: their keys on the stack */
	keys = n <= sizeof(small) / sizeof(small[0]) ? small : malloc(n * sizeof(*keys));
	if (!keys) {
		/* Out of memory: count earlier equal findings the slow way. */
		for (size_t i = 0; i < n; i++) {
			uint64_t key = finding_key(&items[i]);
			unsigned int occurrence = 0;

			for (size_t j = 0; j < i; j++)
				occurrence += finding_key(&items[j]) == key;
			set_fingerprint(&items[i], key, occurrence);
		}
		return;
	}
	/* Group equal (rule, text) keys in position order: the rank within a
	 * group is the occurrence index. */
	for (size_t i = 0; i < n; i++) {
		keys[i].key = finding_key(&items[i]);
		keys[i].index = i;
	}
	if (n > 1)
		qsort(keys, n, sizeof(*keys), compare_key);
	for (size_t i = 0, occurrence = 0; i < n; i++) {
		occurrence = i > 0 && keys[i].key == keys[i - 1].key ? occurrence + 1 : 0;
		set_fingerprint(&items[keys[i].index], keys[i].key, (unsigned int)occurrence);
	}
	if (keys != small)
		free(keys);
}

void errata_findings_remove(errata_findings *list, size_t i)
{
	if (i >= list->count)
		return;
	memmove(&list->items[i], &list->items[i + 1],
	        (list->count - i - 1) * sizeof(errata_finding));
	list->count--;
}

void errata_findings_tally(const errata_findings *list, size_t *errors,
                           size_t *warnings, size_t *infos)
{
	size_t e = 0, w = 0, n = 0;

	for (size_t i = 0; list && i < list->count; i++) {
		switch (list->items[i].severity) {
		case ERRATA_SEVERITY_ERROR: e++; break;
		case ERRATA_SEVERITY_WARNING: w++; break;
		default: n++; break;
		}
	}
	if (errors)
		*errors = e;
	if (warnings)
		*warnings = w;
	if (infos)
		*infos = n;
}

/* ---- accessors ---------------------------------------------------------- */

const char *errata_finding_path(const errata_finding *f) { return f->path; }
const char *errata_finding_rule(const errata_finding *f) { return f->rule; }
errata_severity errata_finding_severity(const errata_finding *f) { return f->severity; }
const char *errata_finding_message(const errata_finding *f) { return f->message; }
unsigned int errata_finding_line(const errata_finding *f) { return f->line; }
unsigned int errata_finding_column(const errata_finding *f) { return f->column; }
unsigned int errata_finding_end_line(const errata_finding *f) { return f->end_line; }
unsigned int errata_finding_end_column(const errata_finding *f) { return f->end_column; }
size_t errata_finding_offset(const errata_finding *f) { return f->offset; }
size_t errata_finding_length(const errata_finding *f) { return f->length; }
const char *errata_finding_text(const errata_finding *f) { return f->text; }
size_t errata_finding_suggestion_count(const errata_finding *f) { return f->suggestion_count; }
const char *errata_finding_fingerprint(const errata_finding *f) { return f->fingerprint; }

const char *errata_finding_suggestion(const errata_finding *f, size_t i)
{
	return i < f->suggestion_count ? f->suggestions[i] : NULL;
}
