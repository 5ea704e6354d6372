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

#include "common.h"
#include "dates/mention.h"

struct locale_entry {
	char *data_dir, *lang;
	errata_locale *loc;       /* NULL: no table for the language */
	unsigned char *keys;      /* errata__tables_keys(), once keys_made */
	int keys_made;
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

struct pack_entry {
	char *path;
	char *text;               /* what the rules were read from */
	size_t len;
	errata__rules *rules;
	size_t refs;
	struct pack_entry *next;
};

static pthread_mutex_t packs_lock = PTHREAD_MUTEX_INITIALIZER;
static struct pack_entry *packs;   /* the current text of each file */
static struct pack_entry *stale;   /* replaced, still referenced */

static void pack_entry_free(struct pack_entry *e)
{
	if (!e)
		return;
	errata__rules_free(e->rules);
	free(e->path);
	free(e->text);
	free(e);
}

/* Take e out of the list at *list. */
static void unlink_entry(struct pack_entry **list, struct pack_entry *e)
{
	while (*list && *list != e)
		list = &(*list)->next;
	if (*list)
		*list = e->next;
}

int errata__tables_pack(const errata__rules **out, const char *path, const char *data,
                        size_t len)
{
	struct pack_entry *e, *old = NULL;
	int error = 0;

	*out = NULL;
	pthread_mutex_lock(&packs_lock);
	for (e = packs; e && strcmp(e->path, path); e = e->next)
		;
	if (e && (e->len != len || memcmp(e->text, data, len))) {
		old = e;
		e = NULL;
	}
	if (!e) {
		if (!(e = calloc(1, sizeof(*e))) || !(e->path = errata__strdup(path)) ||
		    !(e->text = malloc(len + 1))) {
			error = errata__oom();
			goto cleanup;
		}
		memcpy(e->text, data, len);
		e->text[len] = '\0';
		e->len = len;
		if ((error = errata__rules_new(&e->rules)) ||
		    (error = errata__rules_load_buffer(e->rules, path, data, len)))
			goto cleanup;
		if (old) {
			unlink_entry(&packs, old);
			if (old->refs) {
				old->next = stale;
				stale = old;
			} else {
				pack_entry_free(old);
			}
		}
		e->next = packs;
		packs = e;
	}
	e->refs++;
	*out = e->rules;
	e = NULL;
cleanup:
	if (error)
		pack_entry_free(e);   /* the new entry, not listed */
	pthread_mutex_unlock(&packs_lock);
	return error;
}

void errata__tables_pack_release(const errata__rules *pack)
{
	struct pack_entry *e;

	if (!pack)
		return;
	pthread_mutex_lock(&packs_lock);
	for (e = packs; e && e->rules != pack; e = e->next)
		;
	if (e) {
		e->refs--;
	} else {
		for (e = stale; e && e->rules != pack; e = e->next)
			;
		if (e && --e->refs == 0) {
			unlink_entry(&stale, e);
			pack_entry_free(e);
		}
	}
	pthread_mutex_unlock(&packs_lock);
}
