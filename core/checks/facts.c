/*
 * core/checks/facts.c: loading the newsroom fact sheet (see facts.h).
 *
 * The sheet is parsed with cJSON and validated strictly: an unknown key is
 * an error, so that a misspelt "bron" does not silently switch a check off.
 * Syntax errors name the line and column cJSON stopped at; value errors
 * name the JSON path of the bad value.
 */
#include "checks/facts.h"

#include <cjson/cJSON.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "checks/names.h"
#include "common.h"
#include "text/prose.h"
#include "text/wordindex.h"

struct errata_facts {
	errata__fact_entity *entities;
	size_t count, alloc;
	/* the distinct titles, first seen first (borrowed from the entities) */
	const char **titles;
	size_t title_count;
	unsigned char *title_lead;   /* errata__facts_title_lead(); NULL: none */
	errata__title_search *title_search; /* errata__facts_title_search() */
	/* every distinct name and alias, by hash: open addressing, a power of two */
	struct name_slot *names;
	size_t name_slots;
	size_t *name_ents;  /* the entities of each name, in sheet order */
};

/*
 * One distinct name or alias: the entities that bear it are
 * name_ents[first, first + count), so that a name shared by many entities
 * (an alias such as "the minister") costs one slot, not a probe run.
 * count 0 marks an empty slot.
 */
struct name_slot {
	const char *name;
	size_t len;
	size_t first, count;
};

int errata__facts_new(errata_facts **out)
{
	*out = calloc(1, sizeof(**out));
	return *out ? 0 : errata__oom();
}

static void entity_dispose(errata__fact_entity *e)
{
	free(e->name);
	for (size_t i = 0; i < e->alias_count; i++)
		free(e->aliases[i]);
	free(e->aliases);
	free(e->alias_lens);
	for (size_t i = 0; i < e->title_count; i++)
		free(e->titles[i].title);
	free(e->titles);
	memset(e, 0, sizeof(*e));
}

void errata__facts_free(errata_facts *facts)
{
	if (!facts)
		return;
	for (size_t i = 0; i < facts->count; i++)
		entity_dispose(&facts->entities[i]);
	free(facts->entities);
	free(facts->titles);
	free(facts->title_lead);
	free(facts->title_search);
	free(facts->names);
	free(facts->name_ents);
	free(facts);
}

size_t errata__facts_count(const errata_facts *facts)
{
	return facts ? facts->count : 0;
}

const errata__fact_entity *errata__facts_get(const errata_facts *facts, size_t i)
{
	return facts && i < facts->count ? &facts->entities[i] : NULL;
}

const char *const *errata__facts_titles(const errata_facts *facts, size_t *count)
{
	*count = facts ? facts->title_count : 0;
	return *count ? facts->titles : NULL;
}

int errata__facts_title_indexed(const char *title, size_t len)
{
	size_t n;

	return len && !errata__wide_script_at(title, len, 0) &&
	       errata__word_char_at((const unsigned char *)title, len, 0, &n);
}

const unsigned char *errata__facts_title_lead(const errata_facts *facts)
{
	return facts ? facts->title_lead : NULL;
}

const errata__title_search *errata__facts_title_search(const errata_facts *facts)
{
	return facts ? facts->title_search : NULL;
}

static size_t name_hash(const char *s, size_t len)
{
	return (size_t)errata__fnv1a(ERRATA__FNV_SEED, s, len);
}

size_t errata__facts_named(const errata_facts *facts, const char *s, size_t len,
                           const errata__fact_entity **out, size_t max)
{
	size_t found = 0, mask, slot;

	if (!facts || !facts->name_slots)
		return 0;
	mask = facts->name_slots - 1;
	for (slot = name_hash(s, len) & mask; facts->names[slot].count; slot = (slot + 1) & mask) {
		const struct name_slot *ns = &facts->names[slot];

		if (ns->len != len || memcmp(ns->name, s, len) != 0)
			continue;
		for (size_t k = 0; k < ns->count && k < max; k++)
			out[k] = &facts->entities[facts->name_ents[ns->first + k]];
		found = ns->count;
		break;
	}
	return found;
}

int errata__fact_entity_named(const errata__fact_entity *e, const char *s,
                              size_t len)
{
	if (e->name_len == len && memcmp(e->name, s, len) == 0)
		return 1;
	for (size_t i = 0; i < e->alias_count; i++)
		if (e->alias_lens[i] == len && memcmp(e->aliases[i], s, len) == 0)
			return 1;
	return 0;
}

int errata__fact_date_cmp(const errata__fact_date *a, int y, int m, int d)
{
	if (a->year != y)
		return a->year < y ? -1 : 1;
	if (a->month == 0)
		return 0;
	if (a->month != m)
		return a->month < m ? -1 : 1;
	if (a->day == 0 || a->day == d)
		return 0;
	return a->day < d ? -1 : 1;
}

/* ---- parsing ---------------------------------------------------------- */

static int month_days(int year, int month)
{
	static const int days[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;

	return month == 2 && leap ? 29 : days[month - 1];
}

static int digits(const char *s, size_t n, int *out)
{
	int v = 0;

	for (size_t i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return 0;
}

/* "YYYY", "YYYY-MM" or "YYYY-MM-DD", a real date in years 1..9999. */
static int parse_fact_date(const char *s, errata__fact_date *out)
{
	size_t n = strlen(s);
	errata__fact_date d = { 0, 0, 0 };

	if (n != 4 && n != 7 && n != 10)
		return -1;
	if (digits(s, 4, &d.year) < 0 || d.year < 1)
		return -1;
	if (n >= 7 && (s[4] != '-' || digits(s + 5, 2, &d.month) < 0 ||
	               d.month < 1 || d.month > 12))
		return -1;
	if (n == 10 && (s[7] != '-' || digits(s + 8, 2, &d.day) < 0 ||
	                d.day < 1 || d.day > month_days(d.year, d.month)))
		return -1;
	*out = d;
	return 0;
}

static int value_error(const char *name, const char *where, const char *what)
{
	return errata__error(ERRATA_EINVALID, "%s: %s: %s", name, where, what);
}

static int get_date(const char *name, const cJSON *obj, const char *key,
                    const char *where, errata__fact_date *out)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
	char path[96];

	memset(out, 0, sizeof(*out));
	if (!v || cJSON_IsNull(v))
		return 0;
	snprintf(path, sizeof(path), "%s.%s", where, key);
	if (!cJSON_IsString(v) || parse_fact_date(v->valuestring, out) < 0)
		return value_error(name, path, "not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
	return 0;
}

static int only_keys(const char *name, const cJSON *obj, const char *where,
                     const char *const *keys)
{
	for (const cJSON *it = obj->child; it; it = it->next) {
		size_t i;

		for (i = 0; keys[i]; i++)
			if (it->string && strcmp(it->string, keys[i]) == 0)
				break;
		if (!keys[i])
			return errata__error(ERRATA_EINVALID, "%s: %s: unknown key \"%s\"",
			                     name, where, it->string ? it->string : "");
	}
	return 0;
}

static int parse_titles(const char *name, const cJSON *arr, const char *where,
                        errata__fact_entity *e)
{
	static const char *const keys[] = { "title", "from", "to", NULL };
	size_t n = (size_t)cJSON_GetArraySize(arr);
	char path[96];
	int error = 0;
	size_t i = 0;

	if (n == 0)
		return 0;
	e->titles = calloc(n, sizeof(*e->titles));
	if (!e->titles)
		return errata__oom();
	for (const cJSON *t = arr->child; t; t = t->next, i++) {
		const cJSON *title;
		errata__fact_title *ft = &e->titles[i];

		snprintf(path, sizeof(path), "%s.titles[%zu]", where, i);
		if (!cJSON_IsObject(t))
			return value_error(name, path, "not an object");
		if ((error = only_keys(name, t, path, keys)) < 0)
			return error;
		title = cJSON_GetObjectItemCaseSensitive(t, "title");
		if (!cJSON_IsString(title) || !title->valuestring[0]) {
			snprintf(path, sizeof(path), "%s.titles[%zu].title", where, i);
			return value_error(name, path, "not a non-empty string");
		}
		if (!(ft->title = errata__strdup(title->valuestring)))
			return errata__oom();
		e->title_count++;
		if ((error = get_date(name, t, "from", path, &ft->from)) < 0 ||
		    (error = get_date(name, t, "to", path, &ft->to)) < 0)
			return error;
		if (ft->from.year && ft->to.year &&
		    errata__fact_date_cmp(&ft->to, ft->from.year,
		                          ft->from.month ? ft->from.month : 1,
		                          ft->from.day ? ft->from.day : 1) < 0)
			return value_error(name, path, "\"to\" is before \"from\"");
	}
	return 0;
}

/* The first and the last day a date of that precision can mean, as YYYYMMDD. */
static long first_day(const errata__fact_date *d)
{
	return d->year * 10000L + (d->month ? d->month : 1) * 100L + (d->day ? d->day : 1);
}

static long last_day(const errata__fact_date *d)
{
	return d->year * 10000L + (d->month ? d->month : 12) * 100L + (d->day ? d->day : 31);
}

/*
 * Dates a sheet cannot mean: born, died or founded after today (a birth
 * of 9999-12-31 would make every age negative), died before born.
 */
static int check_dates(const char *name, const char *where, const errata__fact_entity *e)
{
	const struct { const char *key; const errata__fact_date *d; } dates[] = {
		{ "born", &e->born }, { "died", &e->died }, { "founded", &e->founded }
	};
	char path[96];
	time_t now = time(NULL);
	struct tm tm;
	long today = 99991231L;

	if (now != (time_t)-1 && gmtime_r(&now, &tm))
		today = (tm.tm_year + 1900) * 10000L + (tm.tm_mon + 1) * 100L + tm.tm_mday;
	for (size_t i = 0; i < sizeof(dates) / sizeof(dates[0]); i++) {
		/* a day after today in every time zone */
		if (dates[i].d->year && first_day(dates[i].d) > today + 1 &&
		    !(dates[i].d->month == 0 && dates[i].d->year == today / 10000)) {
			snprintf(path, sizeof(path), "%s.%s", where, dates[i].key);
			return value_error(name, path, "in the future");
		}
	}
	if (e->born.year && e->died.year && last_day(&e->died) < first_day(&e->born)) {
		snprintf(path, sizeof(path), "%s.died", where);
		return value_error(name, path, "before the date of birth");
	}
	return 0;
}

static int parse_entity(const char *name, const cJSON *obj, size_t index,
                        errata__fact_entity *e)
{
	static const char *const keys[] = { "name", "aliases", "born", "died",
	                                    "founded", "titles", NULL };
	const cJSON *v;
	char where[48], path[96];
	int error = 0;

	snprintf(where, sizeof(where), "entities[%zu]", index);
	if (!cJSON_IsObject(obj))
		return value_error(name, where, "not an object");
	if ((error = only_keys(name, obj, where, keys)) < 0)
		return error;
	v = cJSON_GetObjectItemCaseSensitive(obj, "name");
	if (!cJSON_IsString(v) || !v->valuestring[0]) {
		snprintf(path, sizeof(path), "%s.name", where);
		return value_error(name, path, "not a non-empty string");
	}
	if (!(e->name = errata__strdup(v->valuestring)))
		return errata__oom();
	e->name_len = strlen(e->name);

	v = cJSON_GetObjectItemCaseSensitive(obj, "aliases");
	if (v && !cJSON_IsNull(v)) {
		size_t n, i = 0;

		snprintf(path, sizeof(path), "%s.aliases", where);
		if (!cJSON_IsArray(v))
			return value_error(name, path, "not an array of strings");
		n = (size_t)cJSON_GetArraySize(v);
		if (n && (!(e->aliases = calloc(n, sizeof(*e->aliases))) ||
		          !(e->alias_lens = calloc(n, sizeof(*e->alias_lens)))))
			return errata__oom();
		for (const cJSON *a = v->child; a; a = a->next, i++) {
			if (!cJSON_IsString(a) || !a->valuestring[0]) {
				snprintf(path, sizeof(path), "%s.aliases[%zu]", where, i);
				return value_error(name, path, "not a non-empty string");
			}
			if (!(e->aliases[i] = errata__strdup(a->valuestring)))
				return errata__oom();
			e->alias_lens[i] = strlen(e->aliases[i]);
			e->alias_count++;
		}
	}
	if ((error = get_date(name, obj, "born", where, &e->born)) < 0 ||
	    (error = get_date(name, obj, "died", where, &e->died)) < 0 ||
	    (error = get_date(name, obj, "founded", where, &e->founded)) < 0 ||
	    (error = check_dates(name, where, e)) < 0)
		return error;
	v = cJSON_GetObjectItemCaseSensitive(obj, "titles");
	if (v && !cJSON_IsNull(v)) {
		if (!cJSON_IsArray(v)) {
			snprintf(path, sizeof(path), "%s.titles", where);
			return value_error(name, path, "not an array");
		}
		if ((error = parse_titles(name, v, where, e)) < 0)
			return error;
	}
	return 0;
}

/*
 * The distinct titles of the entities, each once, in the order of first
 * appearance (*titles NULL when there is none). A title is compared with
 * those kept so far through a small open-addressing hash table, so a
 * sheet of many entities costs one pass.
 */
static int build_titles(const errata_facts *facts, const char ***out, size_t *count)
{
	size_t total = 0, slots = 16, n = 0;
	const char **titles = NULL;
	size_t *table = NULL;  /* index + 1 into titles; 0: empty slot */
	int error = 0;

	for (size_t i = 0; i < facts->count; i++)
		total += facts->entities[i].title_count;
	while (slots < 2 * total)
		slots *= 2;
	if (total && (!(titles = malloc(total * sizeof(*titles))) ||
	              !(table = calloc(slots, sizeof(*table))))) {
		error = errata__oom();
		goto cleanup;
	}
	for (size_t i = 0; i < facts->count; i++) {
		const errata__fact_entity *e = &facts->entities[i];

		for (size_t k = 0; k < e->title_count; k++) {
			const char *t = e->titles[k].title;
			size_t slot = (size_t)errata__fnv1a(ERRATA__FNV_SEED, t, strlen(t)) & (slots - 1);

			while (table[slot] && strcmp(titles[table[slot] - 1], t) != 0)
				slot = (slot + 1) & (slots - 1);
			if (!table[slot]) {
				titles[n++] = t;
				table[slot] = n;
			}
		}
	}
	*out = titles;
	*count = n;
	titles = NULL;

cleanup:
	free(titles);
	free(table);
	return error;
}

/*
 * The lead table of titles[0, count) (errata__facts_title_lead()) into
 * *out, NULL when none is found at the words of the index.
 */
static int build_title_lead(const char *const *titles, size_t count, unsigned char **out)
{
	unsigned char *lead = NULL;

	*out = NULL;
	for (size_t t = 0; t < count; t++) {
		size_t len = strlen(titles[t]);
		int lower = titles[t][0] >= 'a' && titles[t][0] <= 'z';

		if (!errata__facts_title_indexed(titles[t], len))
			continue;
		if (!lead && !(lead = calloc(65536, 1)))
			return errata__oom();
		/* a title in lower case also opens a sentence, capitalised */
		errata__word_lead_add(lead, ERRATA__FACTS_TITLE_CLASS, titles[t], len, !lower);
		{
			char cap[4 + 3];
			size_t src = 0, cl = errata__capital_of(titles[t], len, cap, &src);

			/* ("мэр" as "Мэр": its first three bytes as capitalised) */
			if (cl) {
				size_t rest = len - src < 3 ? len - src : 3;

				memcpy(cap + cl, titles[t] + src, rest);
				errata__word_lead_add(lead, ERRATA__FACTS_TITLE_CLASS, cap, cl + rest, 1);
			}
		}
	}
	*out = lead;
	return 0;
}

/*
 * Add title t (of tl bytes) to fs as spelt, and capitalised when the
 * sheet writes it in lower case, in any script ("Mayor", "Мэр" opening
 * a sentence).
 */
static void forms_add(errata__title_forms *fs, const char *title, size_t t, size_t tl)
{
	unsigned char spelt = (unsigned char)title[0];
	errata__title_form x[2];
	size_t src = 1, cl;
	int nf = 1;

	x[0].first = spelt;
	x[0].title = (unsigned char)t;
	x[0].cap_len = x[0].src_len = 1;
	x[0].cap[0] = (char)spelt;
	x[0].len = tl;
	if (spelt >= 'a' && spelt <= 'z') {
		x[1] = x[0];
		x[1].cap[0] = (char)(spelt - 'a' + 'A');
		x[1].first = (unsigned char)x[1].cap[0];
		nf = 2;
	} else if (spelt >= 0x80 && (cl = errata__capital_of(title, tl, x[1].cap, &src)) > 0) {
		x[1].first = (unsigned char)x[1].cap[0];
		x[1].title = (unsigned char)t;
		x[1].cap_len = (unsigned char)cl;
		x[1].src_len = (unsigned char)src;
		x[1].len = tl - src + cl;
		nf = 2;
	}
	for (int f = 0; f < nf; f++) {
		size_t k = fs->count++;

		while (k > 0 && fs->items[k - 1].first > x[f].first) {
			fs->items[k] = fs->items[k - 1];
			k--;
		}
		fs->items[k] = x[f];
	}
}

/* The errata__title_search of titles[0, count) into *out. */
static int build_title_search(const char *const *titles, size_t count,
                              errata__title_search **out)
{
	errata__title_search *ts = calloc(1, sizeof(*ts));

	if (!(*out = ts))
		return errata__oom();
	for (size_t t = 0; t < count && t < 64; t++) {
		size_t tl = strlen(titles[t]);

		if ((unsigned char)titles[t][0] >= 0x80 && errata__wide_script_at(titles[t], tl, 0)) {
			ts->wide[ts->wide_count++] = (unsigned char)t;
			continue;
		}
		forms_add(errata__facts_title_indexed(titles[t], tl) ? &ts->by_word : &ts->by_byte,
		          titles[t], t, tl);
		forms_add(&ts->all_by_byte, titles[t], t, tl);
	}
	return 0;
}

/* One name of one entity, while the index is built. */
struct name_ref {
	const char *name;
	size_t len;
	size_t entity;
};

/* By name, then by entity (sheet order). */
static int compare_refs(const void *a, const void *b)
{
	const struct name_ref *x = a, *y = b;
	int c = memcmp(x->name, y->name, x->len < y->len ? x->len : y->len);

	if (c)
		return c;
	if (x->len != y->len)
		return x->len < y->len ? -1 : 1;
	return x->entity < y->entity ? -1 : x->entity > y->entity;
}

/*
 * The hash table of every distinct name and alias, for
 * errata__facts_named(), and the entities of each (sorted by sheet order,
 * an entity once however often it repeats a name). One sort and one pass:
 * a sheet where every entity shares an alias costs n log n, not n^2.
 */
static int build_names(const errata_facts *facts, struct name_slot **out, size_t *count,
                       size_t **ents_out)
{
	size_t total = 0, slots = 16, n = 0, e = 0;
	struct name_slot *table = NULL;
	struct name_ref *refs = NULL;
	size_t *ents = NULL;
	int error = 0;

	for (size_t i = 0; i < facts->count; i++)
		total += 1 + facts->entities[i].alias_count;
	while (slots < 2 * total)
		slots *= 2;
	if (!(table = calloc(slots, sizeof(*table))) ||
	    (total && (!(refs = malloc(total * sizeof(*refs))) ||
	               !(ents = malloc(total * sizeof(*ents)))))) {
		error = errata__oom();
		goto cleanup;
	}
	for (size_t i = 0; i < facts->count; i++) {
		const errata__fact_entity *fe = &facts->entities[i];

		refs[n++] = (struct name_ref){ fe->name, fe->name_len, i };
		for (size_t k = 0; k < fe->alias_count; k++)
			refs[n++] = (struct name_ref){ fe->aliases[k], fe->alias_lens[k], i };
	}
	if (n)
		qsort(refs, n, sizeof(*refs), compare_refs);
	for (size_t i = 0; i < n;) {
		size_t j = i, slot = name_hash(refs[i].name, refs[i].len) & (slots - 1);
		struct name_slot *ns;

		while (table[slot].count)
			slot = (slot + 1) & (slots - 1);
		ns = &table[slot];
		ns->name = refs[i].name;
		ns->len = refs[i].len;
		ns->first = e;
		for (; j < n && refs[j].len == refs[i].len &&
		       memcmp(refs[j].name, refs[i].name, refs[i].len) == 0; j++) {
			if (j == i || refs[j].entity != refs[j - 1].entity)
				ents[e++] = refs[j].entity;
		}
		ns->count = e - ns->first;
		i = j;
	}
	*out = table;
	*count = slots;
	*ents_out = ents;
	table = NULL;
	ents = NULL;
cleanup:
	free(table);
	free(refs);
	free(ents);
	return error;
}

int errata__facts_load_buffer(errata_facts *facts, const char *name,
                              const char *json, size_t len)
{
	static const char *const keys[] = { "version", "entities", NULL };
	cJSON *root = NULL;
	const cJSON *v, *ents;
	size_t n, i = 0, before = facts->count, title_count = 0, name_slots = 0;
	const char **titles = NULL;
	unsigned char *title_lead = NULL;
	errata__title_search *title_search = NULL;
	struct name_slot *names = NULL;
	size_t *name_ents = NULL;
	int error = 0;

	if ((error = errata__json_parse(&root, name, json, len)) < 0)
		goto cleanup;
	if (!cJSON_IsObject(root)) {
		error = errata__error(ERRATA_EINVALID, "%s: not a JSON object", name);
		goto cleanup;
	}
	if ((error = only_keys(name, root, "top level", keys)) < 0)
		goto cleanup;
	v = cJSON_GetObjectItemCaseSensitive(root, "version");
	if (!cJSON_IsNumber(v) || v->valuedouble != 1) {
		error = value_error(name, "version", "must be 1");
		goto cleanup;
	}
	ents = cJSON_GetObjectItemCaseSensitive(root, "entities");
	if (!cJSON_IsArray(ents)) {
		error = value_error(name, "entities", "missing or not an array");
		goto cleanup;
	}
	n = (size_t)cJSON_GetArraySize(ents);
	if (facts->count + n > facts->alloc) {
		size_t alloc = facts->count + n + 8;
		errata__fact_entity *grown = realloc(facts->entities, alloc * sizeof(*grown));

		if (!grown) {
			error = errata__oom();
			goto cleanup;
		}
		facts->entities = grown;
		facts->alloc = alloc;
	}
	for (const cJSON *e = ents->child; e; e = e->next, i++) {
		errata__fact_entity *fe = &facts->entities[facts->count];

		memset(fe, 0, sizeof(*fe));
		error = parse_entity(name, e, i, fe);
		facts->count++; /* disposed below on failure */
		if (error < 0)
			goto cleanup;
	}
	/* the lookups over all entities, replaced only once both are built */
	if ((error = build_titles(facts, &titles, &title_count)) < 0 ||
	    (error = build_title_lead(titles, title_count, &title_lead)) < 0 ||
	    (error = build_title_search(titles, title_count, &title_search)) < 0 ||
	    (error = build_names(facts, &names, &name_slots, &name_ents)) < 0)
		goto cleanup;
	free(facts->titles);
	facts->titles = titles;
	facts->title_count = title_count;
	titles = NULL;
	free(facts->title_lead);
	facts->title_lead = title_lead;
	title_lead = NULL;
	free(facts->title_search);
	facts->title_search = title_search;
	title_search = NULL;
	free(facts->names);
	facts->names = names;
	facts->name_slots = name_slots;
	names = NULL;
	free(facts->name_ents);
	facts->name_ents = name_ents;
	name_ents = NULL;

cleanup:
	free(titles);
	free(title_lead);
	free(title_search);
	free(names);
	free(name_ents);
	if (error < 0) {
		while (facts->count > before)
			entity_dispose(&facts->entities[--facts->count]);
	}
	cJSON_Delete(root);
	return error;
}

int errata__facts_load_file(errata_facts *facts, const char *path)
{
	char *data = NULL;
	size_t len = 0;
	int error;

	if ((error = errata__read_regular_file(path, (size_t)16 * 1024 * 1024, &data, &len)) < 0)
		goto cleanup;
	error = errata__facts_load_buffer(facts, path, data, len);

cleanup:
	free(data);
	return error;
}
