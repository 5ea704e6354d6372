/*
 * tables.c: the tables a checker only reads, shared by every checker of
 * the process. Reading and parsing them is most of the work of checking a
 * short article; shared, it is paid once however many checkers there are
 * (a worker's of `errata check -j N`, the server's, one per configuration).
 *
 * A locale table is read the first time a checker asks for its language
 * in a data folder and kept until the process ends, as its consistency
 * words are (dates/consistency.c): the data folder is the program's, not
 * a file a user edits while a server runs. Its date keys' lead table is
 * made the first time a document needs it. The language guesser of
 * --lang auto, which reads the signs of every table in the folder, is
 * kept the same way.
 *
 * A rule pack is a user's file, which an editor may change while the
 * language server runs: its rules are kept with the text they were read
 * from, and a checker that reads the file again and finds another text
 * gets them read anew. Each checker's rule set borrows the pack's rules
 * (compiled patterns can be matched from many threads; the match data
 * is the set's) and holds a reference to it; a pack that a newer text
 * replaced is freed with its last reference, the current one is kept.
 *
 * One mutex guards each list; a table is read with it held, so that two
 * workers that want the same one at once read it once.
 */
#include "tables.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "checks/facts.h"
#include "checks/holiday_sieve.h"
#include "common.h"
#include "dates/mention.h"

struct locale_entry {
	char *data_dir, *lang;
	errata_locale *loc;       /* NULL: no table for the language */
	unsigned char *keys;      /* errata__tables_keys(), once keys_made */
	int keys_made;
	errata__holiday_anchors *holidays; /* errata__tables_holidays(), once holidays_made */
	int holidays_made;
	struct locale_entry *next;
};

static pthread_mutex_t locales_lock = PTHREAD_MUTEX_INITIALIZER;
static struct locale_entry *locales;

static int lang_code_ok(const char *lang)
{
	size_t n = strlen(lang);

	if (n == 0 || n > 32)
		return 0;
	for (size_t i = 0; i < n; i++) {
		char ch = lang[i];

		if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
		      (ch >= '0' && ch <= '9') || ch == '-' || ch == '_'))
			return 0;
	}
	return 1;
}

/* Read lang's table, or its base language's ("pt" for "pt-BR"); *out NULL when neither has one. */
static int read_locale(errata_locale **out, const char *data_dir, const char *lang)
{
	int error;

	*out = NULL;
	if (!lang_code_ok(lang))
		return 0;
	error = errata_locale_load_lang_in(out, data_dir, lang);
	if (error == ERRATA_ENOTFOUND) {
		size_t base = strcspn(lang, "-_");

		error = 0;
		if (lang[base]) {
			char *b = errata__strndup(lang, base);

			if (!b)
				return errata__oom();
			error = errata_locale_load_lang_in(out, data_dir, b);
			free(b);
			if (error == ERRATA_ENOTFOUND)
				error = 0;
		}
	}
	return error;
}

int errata__tables_locale(const errata_locale **out, const char *data_dir, const char *lang)
{
	struct locale_entry *e;
	errata_locale *loc = NULL;
	int error = 0;

	*out = NULL;
	pthread_mutex_lock(&locales_lock);
	for (e = locales; e; e = e->next)
		if (!strcmp(e->lang, lang) && !strcmp(e->data_dir, data_dir))
			break;
	if (!e) {
		if ((error = read_locale(&loc, data_dir, lang)) < 0)
			goto cleanup;
		if (!(e = calloc(1, sizeof(*e))) || !(e->data_dir = errata__strdup(data_dir)) ||
		    !(e->lang = errata__strdup(lang))) {
			if (e)
				free(e->data_dir);
			free(e);
			errata_locale_free(loc);
			error = errata__oom();
			goto cleanup;
		}
		e->loc = loc;
		e->next = locales;
		locales = e;
	}
	*out = e->loc;
cleanup:
	pthread_mutex_unlock(&locales_lock);
	return error;
}

struct detector_entry {
	char *data_dir;
	errata__detector *d;
	struct detector_entry *next;
};

static pthread_mutex_t detectors_lock = PTHREAD_MUTEX_INITIALIZER;
static struct detector_entry *detectors;

int errata__tables_detector(const errata__detector **out, const char *data_dir)
{
	struct detector_entry *e;
	errata__detector *d = NULL;
	int error = 0;

	*out = NULL;
	pthread_mutex_lock(&detectors_lock);
	for (e = detectors; e && strcmp(e->data_dir, data_dir); e = e->next)
		;
	if (!e) {
		if ((error = errata__detector_new(&d, data_dir)) < 0)
			goto cleanup;
		if (!(e = calloc(1, sizeof(*e))) || !(e->data_dir = errata__strdup(data_dir))) {
			free(e);
			errata__detector_free(d);
			error = errata__oom();
			goto cleanup;
		}
		e->d = d;
		e->next = detectors;
		detectors = e;
	}
	*out = e->d;
cleanup:
	pthread_mutex_unlock(&detectors_lock);
	return error;
}

/* How many of the n bytes at p (n a multiple of 8) are not 0. */
static size_t nonzero_bytes(const unsigned char *p, size_t n)
{
	const uint64_t low = 0x7f7f7f7f7f7f7f7fULL;
	size_t count = 0;

	for (size_t i = 0; i < n; i += 8) {
		uint64_t x, ones;

		memcpy(&x, p + i, 8);
		if (!x)
			continue;   /* most of a lead table */
		/* 1 in each byte with any bit set, summed by the multiply into the top byte */
		ones = ((((x & low) + low) | x) & ~low) >> 7;
		count += (size_t)((ones * 0x0101010101010101ULL) >> 56);
	}
	return count;
}

const unsigned char *errata__tables_keys(const errata_locale *loc)
{
	struct locale_entry *e;
	const unsigned char *keys = NULL;

	if (!loc)
		return NULL;
	pthread_mutex_lock(&locales_lock);
	for (e = locales; e && e->loc != loc; e = e->next)
		;
	if (e && !e->keys_made && (e->keys = calloc(1, 65536))) {
		errata__mentions_keys_add(e->keys, ERRATA__MENTION_KEY_CLASS, loc);
		if (nonzero_bytes(e->keys, 65536) > 65536 / 8) {
			free(e->keys);
			e->keys = NULL;
		}
		e->keys_made = 1;
	}
	if (e)
		keys = e->keys;
	pthread_mutex_unlock(&locales_lock);
	return keys;
}

const struct errata__holiday_anchors *errata__tables_holidays(const errata_locale *loc)
{
	struct locale_entry *e;
	const errata__holiday_anchors *a = NULL;

	if (!loc)
		return NULL;
	pthread_mutex_lock(&locales_lock);
	for (e = locales; e && e->loc != loc; e = e->next)
		;
	if (e && !e->holidays_made) {
		e->holidays = errata__holiday_anchors_new(loc);
		e->holidays_made = 1;
	}
	if (e)
		a = e->holidays;
	pthread_mutex_unlock(&locales_lock);
	return a;
}

/* ---- what is read from a user's files: rule packs, fact sheets ------- */

/* An object built from some files, and the texts they had then. */
struct files_entry {
	size_t n;
	char **paths, **texts;
	size_t *lens;
	void *obj;
	size_t refs;
	struct files_entry *next;
};

/* The objects built from one kind of file. */
struct files_cache {
	pthread_mutex_t lock;
	struct files_entry *current;   /* the last texts of each list of files */
	struct files_entry *stale;     /* replaced, still referenced */
	/* the object of the files paths[0..n) with these texts, or an error */
	int (*build)(void **obj, char *const *paths, char *const *texts, const size_t *lens,
	             size_t n);
	void (*free_obj)(void *obj);
};

static void files_entry_free(const struct files_cache *fc, struct files_entry *e)
{
	if (!e)
		return;
	if (e->obj)
		fc->free_obj(e->obj);
	for (size_t i = 0; i < e->n; i++) {
		free(e->paths[i]);
		free(e->texts[i]);
	}
	free(e->paths);
	free(e->texts);
	free(e->lens);
	free(e);
}

/* Take e out of the list at *list. */
static void unlink_entry(struct files_entry **list, struct files_entry *e)
{
	while (*list && *list != e)
		list = &(*list)->next;
	if (*list)
		*list = e->next;
}

static int same_paths(const struct files_entry *e, const char *const *paths, size_t n)
{
	if (e->n != n)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (strcmp(e->paths[i], paths[i]))
			return 0;
	return 1;
}

static int same_texts(const struct files_entry *e, const char *const *texts, const size_t *lens)
{
	for (size_t i = 0; i < e->n; i++)
		if (e->lens[i] != lens[i] || memcmp(e->texts[i], texts[i], lens[i]))
			return 0;
	return 1;
}

/* A new entry holding copies of the paths and texts, its object not built; NULL when memory runs out. */
static struct files_entry *files_entry_new(const struct files_cache *fc, const char *const *paths,
                                           const char *const *texts, const size_t *lens,
                                           size_t n)
{
	struct files_entry *e = calloc(1, sizeof(*e));

	if (!e)
		return NULL;
	if (!(e->paths = calloc(n + 1, sizeof(*e->paths))) ||
	    !(e->texts = calloc(n + 1, sizeof(*e->texts))) ||
	    !(e->lens = calloc(n + 1, sizeof(*e->lens)))) {
		files_entry_free(fc, e);
		return NULL;
	}
	for (size_t i = 0; i < n; i++) {
		e->paths[i] = errata__strdup(paths[i]);
		e->texts[i] = malloc(lens[i] + 1);
		e->n = i + 1;   /* freed with the entry, whatever was allocated */
		if (!e->paths[i] || !e->texts[i]) {
			files_entry_free(fc, e);
			return NULL;
		}
		memcpy(e->texts[i], texts[i], lens[i]);
		e->texts[i][lens[i]] = '\0';
		e->lens[i] = lens[i];
	}
	return e;
}

/*
 * The object of the files paths[0..n) whose texts are texts (lens bytes
 * each): the one built before from the same texts, else built now and
 * kept in place of one built from other texts of the same files. *out
 * is a reference, for files_release().
 */
static int files_get(struct files_cache *fc, void **out, const char *const *paths,
                     const char *const *texts, const size_t *lens, size_t n)
{
	struct files_entry *e, *old = NULL;
	int error = 0;

	*out = NULL;
	pthread_mutex_lock(&fc->lock);
	for (e = fc->current; e && !same_paths(e, paths, n); e = e->next)
		;
	if (e && !same_texts(e, texts, lens)) {
		old = e;
		e = NULL;
	}
	if (!e) {
		if (!(e = files_entry_new(fc, paths, texts, lens, n))) {
			error = errata__oom();
			goto cleanup;
		}
		if ((error = fc->build(&e->obj, e->paths, e->texts, e->lens, n)) < 0)
			goto cleanup;
		if (old) {
			unlink_entry(&fc->current, old);
			if (old->refs) {
				old->next = fc->stale;
				fc->stale = old;
			} else {
				files_entry_free(fc, old);
			}
		}
		e->next = fc->current;
		fc->current = e;
	}
	e->refs++;
	*out = e->obj;
	e = NULL;
cleanup:
	if (error)
		files_entry_free(fc, e);   /* the new entry, not listed */
	pthread_mutex_unlock(&fc->lock);
	return error;
}

/* Give back a reference files_get() gave (NULL: nothing). */
static void files_release(struct files_cache *fc, const void *obj)
{
	struct files_entry *e;

	if (!obj)
		return;
	pthread_mutex_lock(&fc->lock);
	for (e = fc->current; e && e->obj != obj; e = e->next)
		;
	if (e) {
		e->refs--;
	} else {
		for (e = fc->stale; e && e->obj != obj; e = e->next)
			;
		if (e && --e->refs == 0) {
			unlink_entry(&fc->stale, e);
			files_entry_free(fc, e);
		}
	}
	pthread_mutex_unlock(&fc->lock);
}

static int build_pack(void **obj, char *const *paths, char *const *texts, const size_t *lens,
                      size_t n)
{
	errata__rules *rules = NULL;
	int error;

	(void)n;
	if ((error = errata__rules_new(&rules)) == 0 &&
	    (error = errata__rules_load_buffer(rules, paths[0], texts[0], lens[0])) < 0) {
		errata__rules_free(rules);
		rules = NULL;
	}
	*obj = rules;
	return error;
}

static void free_pack(void *obj)
{
	errata__rules_free(obj);
}

static struct files_cache packs = {
	PTHREAD_MUTEX_INITIALIZER, NULL, NULL, build_pack, free_pack
};

int errata__tables_pack(const errata__rules **out, const char *path, const char *data,
                        size_t len)
{
	void *obj = NULL;
	int error = files_get(&packs, &obj, &path, &data, &len, 1);

	*out = obj;
	return error;
}

void errata__tables_pack_release(const errata__rules *pack)
{
	files_release(&packs, pack);
}

static int build_facts(void **obj, char *const *paths, char *const *texts, const size_t *lens,
                       size_t n)
{
	errata_facts *facts = NULL;
	int error = errata__facts_new(&facts);

	for (size_t i = 0; i < n && !error; i++)
		error = errata__facts_load_buffer(facts, paths[i], texts[i], lens[i]);
	if (error < 0) {
		errata__facts_free(facts);
		facts = NULL;
	}
	*obj = facts;
	return error;
}

static void free_facts(void *obj)
{
	errata__facts_free(obj);
}

static struct files_cache facts = {
	PTHREAD_MUTEX_INITIALIZER, NULL, NULL, build_facts, free_facts
};

int errata__tables_facts(const errata_facts **out, const char *const *paths, size_t n)
{
	char **texts = calloc(n + 1, sizeof(*texts));
	size_t *lens = calloc(n + 1, sizeof(*lens));
	void *obj = NULL;
	int error = 0;

	*out = NULL;
	if (!texts || !lens)
		error = errata__oom();
	for (size_t i = 0; i < n && !error; i++)
		error = errata__read_regular_file(paths[i], (size_t)16 * 1024 * 1024, &texts[i], &lens[i]);
	if (!error && (error = files_get(&facts, &obj, paths, (const char *const *)texts, lens, n)) == 0)
		*out = obj;
	for (size_t i = 0; texts && i < n; i++)
		free(texts[i]);
	free(texts);
	free(lens);
	return error;
}

void errata__tables_facts_release(const errata_facts *f)
{
	files_release(&facts, f);
}
