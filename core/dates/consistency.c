/*
 * dates/consistency.c: the "consistency" words of a locale table
 * (dates/consistency.h), built the first time a language is asked for
 * from the member as the locale's loader parsed it (or, for a table not
 * loaded that way, read from <data dir>/locales/<lang>.json) and kept in a
 * small process-wide cache guarded by a mutex.
 */
#include "dates/consistency.h"
#include "dates/locale.h"

#include <cjson/cJSON.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "jsonscan.h"

void errata__words_free(errata__words *w)
{
	if (!w)
		return;
#define ERRATA__WORDS_FREE(n) errata__wordlist_dispose(&w->n);
	ERRATA__WORDLISTS(ERRATA__WORDS_FREE)
#undef ERRATA__WORDS_FREE
	free(w);
}

static void bit_set(uint64_t *bits, unsigned int k)
{
	bits[k >> 6] |= (uint64_t)1 << (k & 63);
}

/* Mark in sv a word that ends with low[i] (lower case, its bytes from 0). */
static void end_sieve_mark(errata__end_sieve *sv, const char *low, size_t i)
{
	unsigned int b2 = (unsigned char)low[i];

	if (i == 0)
		bit_set(sv->one, b2);
	else
		bit_set(sv->two, (unsigned int)(unsigned char)low[i - 1] << 8 | b2);
}

/* w->verb_ends from the verbs of an age. */
static void verb_ends_build(errata__words *w)
{
	const errata__wordlist *lists[4] = { &w->age_is, &w->age_turned, &w->age_turns,
	                                     &w->age_will_turn };

	for (int c = 0; c < 4; c++)
		for (size_t k = 0; k < lists[c]->count; k++) {
			const errata__word *x = &lists[c]->items[k];

			if (!x->len || x->low[x->len - 1] == ' ' ||
			    (x->len >= 2 && x->low[x->len - 2] == ' '))
				w->verb_ends.all = 1;   /* a space of a verb matches any white space */
			else
				end_sieve_mark(&w->verb_ends, x->low, x->len - 1);
		}
}

/*
 * w->count_ends: where errata__count_start() may find a number word that
 * the text's word before a count begins (the number word ends with it,
 * or goes on over the space or hyphen after it), or a joiner that is
 * that word.
 */
static void count_ends_build(errata__words *w)
{
	for (size_t k = 0; k < w->numbers.count; k++) {
		const errata__word *x = &w->numbers.items[k];

		for (size_t i = 0; i < x->len; i++)
			if (i + 1 == x->len || x->low[i + 1] == ' ' || x->low[i + 1] == '-')
				end_sieve_mark(&w->count_ends, x->low, i);
	}
	for (size_t k = 0; k < w->number_joiners.count; k++) {
		const errata__word *x = &w->number_joiners.items[k];

		if (x->len)
			end_sieve_mark(&w->count_ends, x->low, x->len - 1);
	}
}

/* Mark the words of l in w->tie_pairs with bit. */
static void tie_pairs_add(errata__words *w, const errata__wordlist *l, unsigned char bit)
{
	for (size_t k = 0; k < l->count; k++) {
		const errata__word *x = &l->items[k];
		unsigned a = (unsigned char)x->low[0] & 31;

		if (x->len >= 2)
			w->tie_pairs[a * 32 + ((unsigned char)x->low[1] & 31)] |= bit;
		else
			for (unsigned b = 0; b < 32; b++)
				w->tie_pairs[a * 32 + b] |= bit;
	}
}

/* w->month_first from the words of month_lengths, and their class in w->any.lead. */
static void month_first_build(errata__words *w)
{
	const errata__wordlist *l = &w->month_lengths;

	for (unsigned int c = 0; c < 0x100; c++)
		if (l->from[c] != l->to[c] && w->month_first_count++ < sizeof(w->month_first))
			w->month_first[w->month_first_count - 1] = (unsigned char)c;
	/*
	 * (only where the list's words begin with three ASCII letters or
	 * more: with fewer, or outside ASCII, the sieve by first byte passes
	 * few words, fewer than the index's flags would cost the walk and
	 * the other readers of its flagged words)
	 */
	w->month_indexed = w->any.all.member_count <= ERRATA__MONTH_WORD_CLASS &&
	                   w->month_first_count >= 3;
	for (unsigned int k = 0; k < w->month_first_count && k < sizeof(w->month_first); k++)
		if (w->month_first[k] < 'a' || w->month_first[k] > 'z')
			w->month_indexed = 0;
	for (size_t i = 0; i < l->count && w->month_indexed; i++) {
		size_t n;

		if (!l->items[i].len ||
		    !errata__word_char_at((const unsigned char *)l->items[i].word, l->items[i].len, 0, &n))
			w->month_indexed = 0;
	}
	for (size_t i = 0; i < l->count && w->month_indexed; i++)
		errata__word_lead_add(w->any.lead, ERRATA__MONTH_WORD_CLASS, l->items[i].word,
		                      l->items[i].len, 0);
}

/* w->age_sieve from the verbs before an age and age_words. */
static void age_sieve_build(errata__words *w)
{
	const errata__wordlist *lists[5] = { &w->age_is, &w->age_turned, &w->age_turns,
	                                     &w->age_will_turn, &w->age_was };
	errata__age_sieve *sv = &w->age_sieve;

	for (int c = 0; c < 5; c++)
		for (size_t k = 0; k < lists[c]->count; k++) {
			const errata__word *x = &lists[c]->items[k];
			/* a verb of the past (age_was) has bits of its own */
			unsigned char last = c == 4 ? ERRATA__AGE_LAST_OF_PAST : ERRATA__AGE_LAST_OF_VERB;
			unsigned char before = c == 4 ? ERRATA__AGE_BEFORE_LAST_OF_PAST :
			                                ERRATA__AGE_BEFORE_LAST_OF_VERB;

			sv->verbs = 1;
			if (x->len >= 2) {
				sv->last[(unsigned char)x->low[x->len - 1]] |= last;
				sv->last[(unsigned char)x->low[x->len - 2]] |= before;
			} else if (x->len == 1) {
				/* "a": a word's start before */
				sv->last[(unsigned char)x->low[0]] |= last;
			}
		}
	for (size_t k = 0; k < w->age_words.count; k++) {
		const errata__word *x = &w->age_words.items[k];
		unsigned char end = x->len ? (unsigned char)x->low[x->len - 1] : 0;

		sv->last[end] |= ERRATA__AGE_LAST_OF_WORD;
		if (end == ' ' || end == '\t' || end == 0xa0)
			sv->spaced_words = 1;
	}
	for (size_t k = 0; k < w->age_at.count; k++) {
		const errata__word *x = &w->age_at.items[k];
		const char *hash = memchr(x->low, '#', x->len);
		size_t at = hash ? (size_t)(hash - x->low) : 0;

		if (at >= 2 && x->low[at - 1] == ' ' && x->low[at - 2] != ' ')
			sv->last[(unsigned char)x->low[at - 2]] |= ERRATA__AGE_BEFORE_AT;
		else if (hash)
			sv->at_unsieved = 1;
	}
}

/* w->fused_first3 and fused_short from the number words, when the locale writes units into them. */
static void fused_sieve_build(errata__words *w)
{
	if (!w->compound_units.count)
		return;
	for (size_t k = 0; k < w->numbers.count; k++) {
		const errata__word *x = &w->numbers.items[k];
		unsigned key;

		if (x->len < 3 || (errata__fused_key_wide((unsigned char)x->low[0]) && x->len < 4)) {
			w->fused_short = 1;
			continue;
		}
		key = errata__fused_key_of((const unsigned char *)x->low);
		w->fused_first3[key >> 6] |= (uint64_t)1 << (key & 63);
	}
}

int errata__end_sieve_test(const errata__end_sieve *sv, const char *text, size_t len, size_t e)
{
	const unsigned char *t = (const unsigned char *)text;
	unsigned int b2, b1;

	if (sv->all || e == 0)
		return 1;
	b2 = errata__lower_ascii[t[e - 1]];
	if (((sv->one[b2 >> 6] >> (b2 & 63)) & 1) && (e == 1 || !errata__is_word_byte(text, len, e - 2)))
		return 1;
	if (e < 2)
		return 0;
	b1 = (unsigned int)errata__lower_ascii[t[e - 2]] << 8 | b2;
	return (int)((sv->two[b1 >> 6] >> (b1 & 63)) & 1);
}

int errata__verb_may_end(const errata__words *w, const char *text, size_t len, size_t e)
{
	return errata__end_sieve_test(&w->verb_ends, text, len, e);
}

int errata__words_from_json(errata__words **out, const char *name,
                            const cJSON *obj)
{
	errata__words *w = calloc(1, sizeof(*w));
	int error = 0;

	*out = NULL;
	if (!w)
		return errata__oom();
	if (obj && !cJSON_IsObject(obj)) {
		error = errata__error(ERRATA_EINVALID, "%s: consistency: not an object", name);
		goto cleanup;
	}
#define ERRATA__WORDS_LOAD(n) \
	if (!error && obj) \
		error = errata__wordlist_load(&w->n, name, "consistency." #n, \
		                              cJSON_GetObjectItemCaseSensitive(obj, #n));
	ERRATA__WORDLISTS(ERRATA__WORDS_LOAD)
#undef ERRATA__WORDS_LOAD

	if (!error) {
		errata__starts *sets[] = { &w->unit_starts, &w->relative_starts,
		                           &w->anniversary_starts, &w->born_starts,
		                           &w->age_starts };

		w->nouns_capitalized = obj && cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(obj, "nouns_capitalized"));
		w->event_first = obj && cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(obj, "anniversary_event_first"));
		for (size_t k = 0; k < w->ordinal_suffixes.count; k++)
			if (w->ordinal_suffixes.items[k].len == 1 && w->ordinal_suffixes.items[k].word[0] == '.')
				w->ordinal_dot = 1;
		for (size_t k = 0; k < sizeof(sets) / sizeof(sets[0]); k++)
			errata__starts_join(&w->any, sets[k]);
		errata__starts_add(&w->any, &w->unit_starts, &w->day_units);
		errata__starts_add(&w->any, &w->unit_starts, &w->night_units);
		errata__starts_add(&w->any, &w->unit_starts, &w->day_units_plural);
		errata__starts_add(&w->any, &w->unit_starts, &w->night_units_plural);
		errata__starts_add(&w->any, &w->unit_starts, &w->compound_units);
		errata__starts_add(&w->any, &w->unit_starts, &w->day_counts);
		errata__starts_add(&w->any, &w->unit_starts, &w->long_units);
		/* (the lengths in years of the duration pairs are read there too) */
		errata__starts_add(&w->any, &w->unit_starts, &w->year_units);
		errata__starts_add(&w->any, &w->unit_starts, &w->one_units);
		errata__starts_add(&w->any, &w->relative_starts, &w->relative);
		/* a week by its noun where the table names it: "week" is rarer than "last" */
		errata__starts_add(&w->any, &w->relative_starts, w->relative_week_nouns.count ?
		                   &w->relative_week_nouns : &w->relative_weeks);
		errata__starts_add(&w->any, &w->relative_starts, &w->relative_ago);
		errata__starts_add(&w->any, &w->relative_starts, &w->relative_ago_before);
		errata__starts_add(&w->any, &w->anniversary_starts, &w->anniversary);
		errata__starts_add(&w->any, &w->anniversary_starts, &w->named_anniversaries);
		errata__starts_add(&w->any, &w->anniversary_starts, &w->years_since);
		errata__starts_add(&w->any, &w->anniversary_starts, &w->anniversary_years);
		errata__starts_add(&w->any, &w->anniversary_starts, &w->thing_anniversaries);
		errata__starts_add(&w->any, &w->born_starts, &w->born);
		/* (the births of the age pairs read these there too: "1985 года рождения") */
		errata__starts_add(&w->any, &w->born_starts, &w->born_year_after);
		/* and the births listed after ages (age_pair.c): "nati rispettivamente" */
		errata__starts_add(&w->any, &w->born_starts, &w->born_respectively);
		errata__starts_add(&w->any, &w->age_starts, &w->age_suffix);
		errata__starts_seal(&w->any);
		verb_ends_build(w);
		count_ends_build(w);
		tie_pairs_add(w, &w->legs, ERRATA__TIE_LEG);
		tie_pairs_add(w, &w->end_words, ERRATA__TIE_END);
		tie_pairs_add(w, &w->event_pronouns, ERRATA__TIE_PRONOUN);
		age_sieve_build(w);
		fused_sieve_build(w);
		month_first_build(w);
		for (unsigned int c = 0x80; c < 0x100; c++)
			w->wide_anniversary |= w->anniversary.from[c] != w->anniversary.to[c];
	}

cleanup:
	if (error < 0)
		errata__words_free(w);
	else
		*out = w;
	return error;
}

/* The cache: one entry per language, kept until the process ends. */
struct words_cache {
	char lang[4096];         /* the locale file the words come from */
	errata__words *words;
	struct words_cache *next;
};

static pthread_mutex_t cache_lock = PTHREAD_MUTEX_INITIALIZER;
static struct words_cache *cache;
/* The entry this thread used last. */
static _Thread_local struct {
	char lang[4096];
	const errata__words *words;
} last_words;

/*
 * The "consistency" words of the locale file at path (none if it does not
 * exist). The table was read whole by the locale's loader: only the
 * "consistency" member is parsed here, unless the text does not show
 * where it is plainly.
 */
static int words_read(errata__words **out, const char *path)
{
	char *data = NULL;
	size_t len = 0;
	cJSON *root = NULL, *part = NULL;
	const char *at;
	int error = 0;

	error = errata__read_file(path, (size_t)4 * 1024 * 1024, &data, &len);
	if (error == ERRATA_ENOTFOUND) {
		error = errata__words_from_json(out, path, NULL);
		goto cleanup;
	}
	if (error < 0)
		goto cleanup;
	if (errata__json_member(data, len, "consistency", &at) > 0 &&
	    (part = cJSON_ParseWithLengthOpts(at, len - (size_t)(at - data), NULL, 0))) {
		error = errata__words_from_json(out, path, part);
		goto cleanup;
	}
	if (!(root = cJSON_ParseWithLength(data, len))) {
		error = errata__error(ERRATA_EINVALID, "%s: invalid JSON", path);
		goto cleanup;
	}
	error = errata__words_from_json(out, path,
	                                cJSON_GetObjectItemCaseSensitive(root, "consistency"));

cleanup:
	cJSON_Delete(part);
	cJSON_Delete(root);
	free(data);
	return error;
}

int errata__words_for(const errata__words **out, const errata_locale *loc)
{
	const char *lang = loc ? errata__locale_path(loc) : NULL;
	char en[4096];
	struct words_cache *c;
	int error = 0;

	*out = NULL;
	/* Keyed by the locale's file, so that checkers on two data folders
	 * never share words; without a table, English from the data folder. */
	if (!lang || !lang[0] || strlen(lang) >= sizeof(c->lang)) {
		snprintf(en, sizeof(en), "%s/locales/en.json", errata_data_dir());
		lang = en;
	}
	/* the same language as this thread's last call: no lock (entries are never freed) */
	if (last_words.words && strcmp(last_words.lang, lang) == 0) {
		*out = last_words.words;
		return 0;
	}
	pthread_mutex_lock(&cache_lock);
	for (c = cache; c; c = c->next)
		if (strcmp(c->lang, lang) == 0)
			break;
	if (!c) {
		errata__words *w = NULL;

		/* the table's member as its loader parsed it, else the file read again */
		if ((error = lang == errata__locale_path(loc) && errata__locale_consistency(loc) ?
		             errata__words_from_json(&w, lang, errata__locale_consistency(loc)) :
		             words_read(&w, lang)) < 0)
			goto cleanup;
		if (!(c = calloc(1, sizeof(*c)))) {
			errata__words_free(w);
			error = errata__oom();
			goto cleanup;
		}
		snprintf(c->lang, sizeof(c->lang), "%s", lang);
		c->words = w;
		c->next = cache;
		cache = c;
	}
	*out = c->words;
	memcpy(last_words.lang, c->lang, sizeof(c->lang));
	last_words.words = c->words;

cleanup:
	pthread_mutex_unlock(&cache_lock);
	return error;
}

/* Whether v counts tens that units may follow: 20, 30, … 90. */
static int tens_value(int v)
{
	return v >= 20 && v <= 90 && v % 10 == 0;
}

/*
 * Where the units of a count of tens that ends at e start: after a
 * hyphen, a space, or a word of number_joiners between spaces
 * ("thirty-seven", "тридцать семь", "treinta y siete"); len if none
 * could.
 */
static size_t units_start(const errata__words *w, const char *text, size_t len, size_t e)
{
	size_t a, k;

	if (e + 1 < len && text[e] == '-')
		return e + 1;
	if ((a = errata__skip_space(text, len, e)) == e || a >= len)
		return len;
	if ((k = errata__words_match(&w->number_joiners, text, len, a, NULL)) > 0 &&
	    errata__skip_space(text, len, a + k) > a + k)
		return errata__skip_space(text, len, a + k);
	return a;
}

/* The units (1 to 9) written at `at` as a word: their bytes, 0 if none. */
static size_t units_at(const errata__words *w, const char *text, size_t len, size_t at, int *u)
{
	size_t n = errata__words_match(&w->numbers, text, len, at, u);

	return n && *u >= 1 && *u <= 9 ? n : 0;
}

size_t errata__count_start(const errata__words *w, const char *text, size_t len, size_t at)
{
	size_t e = at, s, n;
	int v;

	for (int words = 0; words < 2 && e > 0; words++) {
		/* back over the hyphen or the spaces, then the word before */
		if (text[e - 1] == '-' && words == 0)
			e--;
		else if (text[e - 1] == ' ')
			while (e > 0 && text[e - 1] == ' ')
				e--;
		else
			return at;
		if (!errata__end_sieve_test(&w->count_ends, text, len, e))
			return at; /* the word before is no number word nor joiner, nor begins one */
		for (s = e; s > 0 && errata__is_word_byte(text, len, s - 1); s--)
			;
		if (s == e)
			return at;
		/* one number word over both ("twenty-four"), or tens and their units */
		if ((n = errata__words_match(&w->numbers, text, len, s, &v)) > 0)
			return s + n > at || (n == e - s && tens_value(v) && units_start(w, text, len, e) == at) ? s : at;
		if (errata__words_match(&w->number_joiners, text, len, s, NULL) != e - s)
			return at;
		e = s;
	}
	return at;
}

size_t errata__read_count(const errata__words *w, const char *text,
                          size_t len, size_t at, int *value)
{
	size_t n = 0;
	int v = 0;

	if (!errata__word_start(text, len, at))
		return 0;
	while (at + n < len && text[at + n] >= '0' && text[at + n] <= '9' && n < 5)
		v = v * 10 + (text[at + n++] - '0');
	if (n > 0) {
		/* digits must stand alone: not "3rd", not "1,000" */
		if (n > 4 || (at + n < len && (errata__is_word_byte(text, len, at + n) ||
		    (text[at + n] == ',' && at + n + 1 < len &&
		     text[at + n + 1] >= '0' && text[at + n + 1] <= '9') ||
		    (text[at + n] == '.' && at + n + 1 < len &&
		     text[at + n + 1] >= '0' && text[at + n + 1] <= '9'))))
			return 0;
		*value = v;
		return n;
	}
	if (!(n = errata__words_match(&w->numbers, text, len, at, value)) ||
	    errata__count_start(w, text, len, at) != at)
		return 0;
	if (tens_value(*value)) {
		size_t a = units_start(w, text, len, at + n), k;
		int u;

		if (a < len && (k = units_at(w, text, len, a, &u)) > 0 &&
		    (a + k >= len || !errata__is_word_byte(text, len, a + k))) {
			*value += u;
			return a + k - at;
		}
	}
	return n;
}
