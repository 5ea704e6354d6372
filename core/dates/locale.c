/*
 * locale.c: loading a locale table (rules/locales/<lang>.json) with cJSON.
 *
 * The table is data only: month and weekday forms, words that a date may
 * carry, range joiners, numeric order. See the "Dates" section of the
 * README for the format. A malformed table fails with ERRATA_EINVALID and
 * a message naming the file and the key at fault.
 */
#include "locale.h"

#include <stdio.h>
#include <stdlib.h>
#include <stddef.h>
#include <string.h>
#include <cJSON.h>

#include "common.h"
#include "text/text.h"
#include "text/prose.h"

uint32_t errata__word_hash(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;

	if (n == 0)
		return errata__word_sig(0, 0, 0, 0, 0);
	return errata__word_sig(n, u[0], n > 1 ? u[1] : 0, n > 2 ? u[2] : 0, u[n - 1]);
}

/*
 * Whether a[0, n) and b[0, n) are the same bytes. A key is a few bytes:
 * eight at a time (the last eight overlapping those before), or two
 * overlapping loads of four, with no call, so that a lookup saves no
 * registers for one.
 */
static inline int same_key(const char *a, const char *b, size_t n)
{
	if (n >= 8) {
		uint64_t x, y;

		for (size_t i = 0; i + 8 < n; i += 8) {
			memcpy(&x, a + i, 8);
			memcpy(&y, b + i, 8);
			if (x != y)
				return 0;
		}
		memcpy(&x, a + n - 8, 8);
		memcpy(&y, b + n - 8, 8);
		return x == y;
	}
	if (n >= 4) {
		uint32_t a0, a1, b0, b1;

		memcpy(&a0, a, 4);
		memcpy(&b0, b, 4);
		memcpy(&a1, a + n - 4, 4);
		memcpy(&b1, b + n - 4, 4);
		return !((a0 ^ b0) | (a1 ^ b1));
	}
	for (size_t i = 0; i < n; i++)
		if (a[i] != b[i])
			return 0;
	return 1;
}

const errata__date_word *errata__locale_word(const errata_locale *loc,
                                         const char *key, size_t klen)
{
	return errata__locale_word_hashed(loc, key, klen, errata__word_hash(key, klen));
}

const errata__date_word *errata__locale_word_hashed(const errata_locale *loc,
                                                const char *key, size_t klen,
                                                uint32_t h)
{
	size_t i = h & loc->mask;

	if (!ERRATA__BLOOM_HAS(loc, h))
		return NULL;
	while (loc->slots[i].key) {
		const errata__date_word *w = &loc->slots[i];

		if (w->hash == h && w->klen == klen && same_key(w->key, key, klen))
			return w;
		i = (i + 1) & loc->mask;
	}
	return NULL;
}

int errata__locale_weekday_at(const errata_locale *loc, const char *text, size_t len, size_t at,
                              size_t *n)
{
	errata__tok t;
	const errata__date_word *x;

	if (at >= len)
		return -1;
	errata__tok_next(text, len, at, &t);
	if (t.kind != ERRATA__TOK_WORD || t.start != at || !t.flen ||
	    !(x = errata__locale_word(loc, t.fold, t.flen)) || x->weekday < 0 || (x->ambiguous && !t.upper) ||
	    (t.end < len && text[t.end] == '\''))
		return -1;
	*n = t.end - at;
	return x->weekday;
}

static int ascii_letter(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Note a weekday form of n bytes in loc->weekday_ends. */
static void weekday_ends_add(errata_locale *loc, const char *form, size_t n)
{
	if (n && ascii_letter(form[0]) && ascii_letter(form[n - 1]))
		loc->weekday_ends[form[0] & 31] |= 1u << (form[n - 1] & 31);
}

int errata__locale_weekday_may_be(const errata_locale *loc, const char *text, size_t s, size_t e)
{
	/* (outside ASCII a letter folds in ways a byte does not show) */
	if (!ascii_letter(text[s]) || !ascii_letter(text[e - 1]))
		return 1;
	return loc && ((loc->weekday_ends[text[s] & 31] >> (text[e - 1] & 31)) & 1);
}

size_t errata__locale_year_after_end(const errata_locale *loc, const char *text, size_t len,
                                     size_t at)
{
	size_t best = at;

	for (size_t i = 0; loc && i < loc->year_after.n; i++) {
		const errata__phrase *ph = &loc->year_after.v[i];
		size_t p = at, k;
		errata__tok t;

		for (k = 0; k < ph->n; k++, p = t.end) {
			const errata__tok *want = &ph->tok[k];

			errata__tok_next(text, len, p, &t);
			if (t.kind != want->kind ||
			    (t.kind == ERRATA__TOK_WORD && (t.flen != want->flen || memcmp(t.fold, want->fold, t.flen))) ||
			    (t.kind == ERRATA__TOK_PUNCT && t.cp != want->cp) ||
			    (t.kind == ERRATA__TOK_NUM && t.num != want->num))
				break;
		}
		if (k == ph->n && p > best)
			best = p;
	}
	return best;
}

/* Note the first ASCII letters of a new key in the filters of the table
 * (and the first letters of one that starts outside ASCII in loc->lead). */
static void note_start(errata_locale *loc, const char *key, size_t klen)
{
	unsigned int x[3] = { 0, 0, 0 };
	size_t n = 0;

	while (n < 3 && n < klen && key[n] >= 'a' && key[n] <= 'z') {
		x[n] = (unsigned int)(key[n] & 31);
		n++;
	}
	if (n >= 2)
		loc->pair[x[0]] |= (uint32_t)1 << x[1];
	if (n == 1 && klen == 1)
		loc->start[x[0] * 32] = loc->start_xy[x[0]] = ~(uint32_t)0;
	else if (n == klen || n == 3) {
		loc->start[x[0] * 32 + x[1]] |= (uint32_t)1 << x[2];
		loc->start_xy[x[0] | x[1] << 8] |= (uint32_t)1 << x[2];
	}
	if (n == 3) {
		unsigned int w = klen > 3 && key[3] >= 'a' && key[3] <= 'z' ? (unsigned int)(key[3] & 31) : 0;

		loc->fourth[x[1] * 32 + x[2]] |= (uint32_t)1 << w;
	}
	if ((unsigned char)key[0] >= 0x80)
		errata__tok_lead_add(&loc->lead, key, klen);
}

/* Find or add the slot for a folded key; NULL on allocation failure. */
static errata__date_word *slot_for(errata_locale *loc, const char *key, size_t klen)
{
	uint32_t h = errata__word_hash(key, klen);
	size_t i = h & loc->mask;

	while (loc->slots[i].key) {
		errata__date_word *w = &loc->slots[i];

		if (w->hash == h && w->klen == klen && same_key(w->key, key, klen))
			return w;
		i = (i + 1) & loc->mask;
	}
	loc->bloom[(h >> 6) & 63] |= (uint64_t)1 << (h & 63);
	note_start(loc, key, klen);
	loc->slots[i].key = errata__strndup(key, klen);
	if (!loc->slots[i].key)
		return NULL;
	loc->slots[i].klen = klen;
	loc->slots[i].hash = h;
	loc->slots[i].weekday = -1;
	return &loc->slots[i];
}

static void phrases_free(errata__phrases *p)
{
	for (size_t i = 0; i < p->n; i++)
		free(p->v[i].tok);
	free(p->v);
	free(p->index);
	p->v = NULL;
	p->index = NULL;
	p->n = 0;
}

static void strs_free(errata__strs *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
	l->v = NULL;
	l->n = 0;
}

static void cjk_free(errata__cjk_marks *k)
{
	strs_free(&k->year);
	strs_free(&k->month);
	strs_free(&k->day);
	strs_free(&k->first_year);
	strs_free(&k->range);
	strs_free(&k->ordinal);
	strs_free(&k->this_month);
	strs_free(&k->next_month);
	strs_free(&k->era);
	free(k->era_base);
}

void errata_locale_free(errata_locale *loc)
{
	if (!loc)
		return;
	cjk_free(&loc->cjk);
	cJSON_Delete(loc->json);
	for (size_t i = 0; i < loc->holiday_count; i++) {
		strs_free(&loc->holidays[i].names);
		free(loc->holidays[i].by_year);
	}
	free(loc->holidays);
	free(loc->holiday_by_head);
	free(loc->holiday_by_tail);
	strs_free(&loc->holiday_links);
	strs_free(&loc->msg_keys);
	strs_free(&loc->msg_vals);
	strs_free(&loc->contr_from);
	strs_free(&loc->contr_to);
	strs_free(&loc->holiday_skips);
	strs_free(&loc->holiday_past);
	strs_free(&loc->holiday_year_words);
	strs_free(&loc->holiday_periods);
	strs_free(&loc->holiday_modifiers);
	strs_free(&loc->holiday_days);
	strs_free(&loc->holiday_western);
	strs_free(&loc->holiday_before);
	strs_free(&loc->holiday_after);
	strs_free(&loc->holiday_sides);
	strs_free(&loc->holiday_stretches);
	strs_free(&loc->future_endings);
	free(loc->lang);
	free(loc->path);
	free(loc->date_format);
	for (int i = 0; i < 13; i++)
		free(loc->date_format_month[i]);
	for (int i = 0; i < 13; i++) {
		free(loc->month_name[i]);
		free(loc->month_standalone[i]);
	}
	for (int i = 0; i < 7; i++)
		free(loc->weekday_name[i]);
	if (loc->slots) {
		for (size_t i = 0; i <= loc->mask; i++)
			free(loc->slots[i].key);
		free(loc->slots);
	}
	phrases_free(&loc->suffixes);
	phrases_free(&loc->weekday_date);
	phrases_free(&loc->day_month);
	phrases_free(&loc->year_words);
	phrases_free(&loc->range);
	phrases_free(&loc->list);
	phrases_free(&loc->range_open);
	phrases_free(&loc->range_close);
	phrases_free(&loc->past);
	phrases_free(&loc->future);
	phrases_free(&loc->future_verbs);
	phrases_free(&loc->past_verbs);
	phrases_free(&loc->month_only);
	phrases_free(&loc->month_day);
	phrases_free(&loc->determiners);
	phrases_free(&loc->numeric_lead);
	phrases_free(&loc->last_year);
	phrases_free(&loc->next_year);
	phrases_free(&loc->school_year);
	phrases_free(&loc->this_year);
	phrases_free(&loc->this_month);
	phrases_free(&loc->next_month);
	phrases_free(&loc->day_nouns);
	phrases_free(&loc->day_verbs);
	phrases_free(&loc->time_words);
	phrases_free(&loc->function_words);
	phrases_free(&loc->copula);
	phrases_free(&loc->year_after);
	phrases_free(&loc->weekday_lead);
	phrases_free(&loc->apposition);
	phrases_free(&loc->weekday_possessive);
	phrases_free(&loc->year_name);
	phrases_free(&loc->byline);
	phrases_free(&loc->day_idioms);
	phrases_free(&loc->birth_words);
	for (int i = 0; i < 32; i++) {
		free(loc->ordinal_day[i]);
		free(loc->date_day[i]);
	}
	free(loc);
}

/*
 * Fold a single-word form: returns its folded length in out (NUL-ended)
 * and whether it ended with a period; 0 when the form is not one word.
 */
static size_t fold_form(const char *form, char *out, int *dot)
{
	size_t len = strlen(form);
	errata__tok t;

	*dot = 0;
	if (len > 0 && form[len - 1] == '.') {
		*dot = 1;
		len--;
	}
	errata__tok_next(form, len, 0, &t);
	if (t.kind != ERRATA__TOK_WORD || t.flen == 0 || t.start != 0 || t.end != len)
		return 0;
	memcpy(out, t.fold, t.flen + 1);
	return t.flen;
}

/* Tokenise a phrase ("a viz", "–", "-an") into p. */
static int phrase_parse(const char *text, errata__phrase *p)
{
	size_t len = strlen(text), pos = 0, cap = 0;
	errata__tok t;

	p->tok = NULL;
	p->n = 0;
	for (;;) {
		errata__tok_next(text, len, pos, &t);
		if (t.kind == ERRATA__TOK_END)
			break;
		if (t.kind == ERRATA__TOK_WORD && t.flen == 0)
			return ERRATA_EINVALID;
		if (p->n == cap) {
			errata__tok *nt;

			cap = cap ? cap * 2 : 4;
			nt = realloc(p->tok, cap * sizeof(*nt));
			if (!nt)
				return errata__oom();
			p->tok = nt;
		}
		p->tok[p->n++] = t;
		pos = t.end;
	}
	return p->n ? 0 : ERRATA_EINVALID;
}

static int phrase_key_cmp(const void *a, const void *b)
{
	const errata__phrase_key *x = a, *y = b;

	if (x->key != y->key)
		return x->key < y->key ? -1 : 1;
	return x->i < y->i ? -1 : x->i > y->i;
}

/* Mark in p->last the bytes a phrase ending in token t may end with in a
 * text (a superset: the extractor's preceded_by() decides). */
static void phrase_last(errata__phrases *p, const errata__tok *t)
{
	unsigned char c;

	if (t->kind != ERRATA__TOK_NUM)
		p->last[4] = p->last[5] = p->last[6] = p->last[7] = ~(uint32_t)0; /* bytes 0x80..0xff */
	switch (t->kind) {
	case ERRATA__TOK_WORD:
		if (!t->flen)
			break;
		c = (unsigned char)t->fold[t->flen - 1];
		if ((c | 32) >= 'a' && (c | 32) <= 'z') {
			p->last[(c | 32) >> 5] |= (uint32_t)1 << ((c | 32) & 31);
			p->last[(c & ~32u) >> 5] |= (uint32_t)1 << ((c & ~32u) & 31);
		}
		break;
	case ERRATA__TOK_NUM:
		for (c = '0'; c <= '9'; c++)
			p->last[c >> 5] |= (uint32_t)1 << (c & 31);
		break;
	case ERRATA__TOK_PUNCT:
		if (t->cp < 0x80)
			p->last[t->cp >> 5] |= (uint32_t)1 << (t->cp & 31);
		break;
	default:
		break;
	}
}

/* Index a loaded list by the key of each phrase's first token, so that
 * the extractor tries only the phrases that can start at a token. */
static int index_phrases(errata__phrases *p)
{
	if (!(p->index = malloc(p->n * sizeof(*p->index))))
		return errata__oom();
	for (size_t i = 0; i < p->n; i++) {
		unsigned char b = errata__tok_byte(&p->v[i].tok[0]);
		unsigned int k = errata__tok_pair(&p->v[i].tok[0]);

		p->index[i].key = errata__tok_key(&p->v[i].tok[0]);
		p->index[i].i = (uint32_t)i;
		p->first[b >> 5] |= (uint32_t)1 << (b & 31);
		p->first2[k >> 5] |= (uint32_t)1 << (k & 31);
		phrase_last(p, &p->v[i].tok[p->v[i].n - 1]);
	}
	qsort(p->index, p->n, sizeof(*p->index), phrase_key_cmp);
	return 0;
}

static int load_phrases(errata_locale *loc, const cJSON *root, const char *key,
                        errata__phrases *out)
{
	const cJSON *arr = cJSON_GetObjectItemCaseSensitive(root, key), *it;
	int error = 0;
	size_t n;

	if (!arr)
		return 0;
	if (!cJSON_IsArray(arr))
		return errata__error(ERRATA_EINVALID, "%s: '%s' must be an array of strings",
		                     loc->path, key);
	n = (size_t)cJSON_GetArraySize(arr);
	if (n == 0)
		return 0;
	out->v = calloc(n, sizeof(*out->v));
	if (!out->v)
		return errata__oom();
	cJSON_ArrayForEach(it, arr) {
		if (!cJSON_IsString(it) || !it->valuestring[0]) {
			error = errata__error(ERRATA_EINVALID,
			                      "%s: '%s' must be an array of non-empty strings",
			                      loc->path, key);
			goto cleanup;
		}
		error = phrase_parse(it->valuestring, &out->v[out->n]);
		out->n++;
		if (error == ERRATA_EINVALID)
			error = errata__error(ERRATA_EINVALID, "%s: '%s': cannot read \"%s\"",
			                      loc->path, key, it->valuestring);
		if (error)
			goto cleanup;
	}
	error = index_phrases(out);
cleanup:
	return error;
}

/*
 * An object of non-empty strings keyed by the numbers 1 to max
 * ({"1": "1er"}) into slots[1..max]; `what` names a member in an error.
 */
static int get_numbered(errata_locale *loc, const cJSON *root, const char *key, const char *what,
                        long max, char **slots)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(root, key);

	if (v && !cJSON_IsObject(v))
		return errata__error(ERRATA_EINVALID, "%s: '%s' must be an object", loc->path, key);
	for (const cJSON *m = v ? v->child : NULL; m; m = m->next) {
		char *end = NULL;
		long n = strtol(m->string, &end, 10);

		if (!cJSON_IsString(m) || !m->valuestring[0] || *end || end == m->string || n < 1 ||
		    n > max)
			return errata__error(ERRATA_EINVALID, "%s: %s.%s: not %s", loc->path, key,
			                     m->string, what);
		free(slots[n]);
		if (!(slots[n] = errata__strdup(m->valuestring)))
			return errata__oom();
	}
	return 0;
}

static int get_bool(errata_locale *loc, const cJSON *root, const char *key, int dflt,
                    int *out)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(root, key);

	*out = dflt;
	if (!v)
		return 0;
	if (!cJSON_IsBool(v))
		return errata__error(ERRATA_EINVALID, "%s: '%s' must be true or false",
		                     loc->path, key);
	*out = cJSON_IsTrue(v);
	return 0;
}

/* Add one form of month or weekday i (kind 0: month, 1: weekday). */
static int add_form(errata_locale *loc, int kind, int i, const cJSON *form, int first)
{
	const char *key = kind ? "weekdays" : "months";
	char fold[ERRATA__TOK_FOLD];
	errata__date_word *w;
	size_t flen;
	int dot;

	if (!cJSON_IsString(form))
		return errata__error(ERRATA_EINVALID,
		                     "%s: '%s' entry %d must be a string or an array of strings",
		                     loc->path, key, i + 1);
	flen = fold_form(form->valuestring, fold, &dot);
	if (!flen)
		return errata__error(ERRATA_EINVALID, "%s: '%s' entry %d: \"%s\" is not a single word",
		                     loc->path, key, i + 1, form->valuestring);
	if (first) {
		char **name = kind ? &loc->weekday_name[i] : &loc->month_name[i + 1];

		if (!(*name = errata__strdup(form->valuestring)))
			return errata__oom();
	}
	if (!(w = slot_for(loc, fold, flen)))
		return errata__oom();
	if ((kind && w->weekday >= 0 && w->weekday != i) ||
	    (!kind && w->month && w->month != i + 1))
		return errata__error(ERRATA_EINVALID,
		                     "%s: '%s' entry %d: \"%s\" already names another entry",
		                     loc->path, key, i + 1, form->valuestring);
	if (kind) {
		weekday_ends_add(loc, fold, flen);
		weekday_ends_add(loc, form->valuestring, strlen(form->valuestring));
		w->weekday = (signed char)i;
		w->wform |= dot ? ERRATA__FORM_DOT : ERRATA__FORM_BARE;
	} else {
		w->month = (unsigned char)(i + 1);
		w->mform |= dot ? ERRATA__FORM_DOT : ERRATA__FORM_BARE;
	}
	return 0;
}

/*
 * Add the forms of months (kind 0, 12 entries) or weekdays (kind 1, 7
 * entries, Monday first): each entry a string or an array of strings, the
 * first of which is the name used in messages.
 */
static int load_names(errata_locale *loc, const cJSON *root, int kind)
{
	const char *key = kind ? "weekdays" : "months";
	int count = kind ? 7 : 12, i = 0, error = 0;
	const cJSON *arr = cJSON_GetObjectItemCaseSensitive(root, key), *entry, *form;

	if (!cJSON_IsArray(arr) || cJSON_GetArraySize(arr) != count)
		return errata__error(ERRATA_EINVALID, "%s: '%s' must be an array of %d entries",
		                     loc->path, key, count);
	cJSON_ArrayForEach(entry, arr) {
		int first = 1;

		if (cJSON_IsArray(entry) && cJSON_GetArraySize(entry) > 0) {
			cJSON_ArrayForEach(form, entry) {
				if ((error = add_form(loc, kind, i, form, first)))
					return error;
				first = 0;
			}
		} else if ((error = add_form(loc, kind, i, entry, 1))) {
			return error;
		}
		i++;
	}
	return error;
}

static int load_words(errata_locale *loc, const cJSON *root)
{
	const cJSON *days = cJSON_GetObjectItemCaseSensitive(root, "day_words");
	const cJSON *amb = cJSON_GetObjectItemCaseSensitive(root, "ambiguous");
	const cJSON *it;
	char fold[ERRATA__TOK_FOLD];
	size_t flen;
	int dot;
	errata__date_word *w;

	if (days) {
		if (!cJSON_IsObject(days))
			return errata__error(ERRATA_EINVALID,
			                     "%s: 'day_words' must be an object of word: day", loc->path);
		cJSON_ArrayForEach(it, days) {
			if (!cJSON_IsNumber(it) || it->valuedouble < 1 || it->valuedouble > 31 ||
			    !(flen = fold_form(it->string, fold, &dot)) || dot)
				return errata__error(ERRATA_EINVALID,
				                     "%s: 'day_words': \"%s\" must be one word with a day 1..31",
				                     loc->path, it->string);
			if (!(w = slot_for(loc, fold, flen)))
				return errata__oom();
			w->day = (unsigned char)it->valueint;
		}
	}
	if (amb) {
		if (!cJSON_IsArray(amb))
			return errata__error(ERRATA_EINVALID, "%s: 'ambiguous' must be an array of strings",
			                     loc->path);
		cJSON_ArrayForEach(it, amb) {
			const errata__date_word *known;

			if (!cJSON_IsString(it) || !(flen = fold_form(it->valuestring, fold, &dot)))
				return errata__error(ERRATA_EINVALID,
				                     "%s: 'ambiguous' must be an array of single words",
				                     loc->path);
			known = errata__locale_word(loc, fold, flen);
			if (!known)
				return errata__error(ERRATA_EINVALID,
				                     "%s: 'ambiguous': \"%s\" is not a month or weekday form",
				                     loc->path, it->valuestring);
			((errata__date_word *)known)->ambiguous = 1;
		}
	}
	return 0;
}

/*
 * "ordinal_suffix_by_day": {"1": "st", "2": "nd", ..., "*": "th"}, the
 * suffix a day number takes ("*": every day not listed).
 */
static int load_ordinals(errata_locale *loc, const cJSON *root)
{
	const cJSON *obj = cJSON_GetObjectItemCaseSensitive(root, "ordinal_suffix_by_day"), *it;

	if (!obj)
		return 0;
	if (!cJSON_IsObject(obj))
		return errata__error(ERRATA_EINVALID,
		                     "%s: 'ordinal_suffix_by_day' must be an object of day: suffix",
		                     loc->path);
	cJSON_ArrayForEach(it, obj) {
		char *end = NULL;
		long day = strcmp(it->string, "*") ? strtol(it->string, &end, 10) : 0;

		if ((end && (*end || day < 1 || day > 31)) || !cJSON_IsString(it) ||
		    !it->valuestring[0])
			return errata__error(ERRATA_EINVALID,
			                     "%s: 'ordinal_suffix_by_day': \"%s\" must be a day 1..31 "
			                     "or \"*\" with a suffix", loc->path, it->string);
		free(loc->ordinal_day[day]);
		if (!(loc->ordinal_day[day] = errata__strdup(it->valuestring)))
			return errata__oom();
	}
	return 0;
}

const char *errata__locale_ordinal(const errata_locale *loc, int day)
{
	if (!loc || day < 1 || day > 31)
		return NULL;
	return loc->ordinal_day[day] ? loc->ordinal_day[day] : loc->ordinal_day[0];
}

/* Read cjk.<key>, an array of non-empty strings, into out. */
static int load_strs(errata_locale *loc, const cJSON *obj, const char *key, errata__strs *out)
{
	const cJSON *arr = cJSON_GetObjectItemCaseSensitive(obj, key), *it;
	char **more;

	if (!arr)
		return 0;
	if (!cJSON_IsArray(arr))
		return errata__error(ERRATA_EINVALID, "%s: '%s' must be an array of strings",
		                     loc->path, key);
	/* (after what the list holds already: two keys may fill one list) */
	more = realloc(out->v, (out->n + (size_t)cJSON_GetArraySize(arr) + 1) * sizeof(*out->v));
	if (!more)
		return errata__oom();
	out->v = more;
	out->v[out->n] = NULL;
	cJSON_ArrayForEach(it, arr) {
		if (!cJSON_IsString(it) || !it->valuestring[0])
			return errata__error(ERRATA_EINVALID,
			                     "%s: '%s' must be an array of non-empty strings",
			                     loc->path, key);
		if (!(out->v[out->n] = errata__strdup(it->valuestring)))
			return errata__oom();
		out->n++;
		out->v[out->n] = NULL;
	}
	return 0;
}

/*
 * "cjk": {"year": ["年"], "month": ["月"], "day": ["日"], "first_year":
 * ["元"], "range": ["~", "至"], "ordinal": ["第"], "this_month": ["本月"],
 * "next_month": ["下月"], "eras": {"令和": 2018}}: dates written
 * with marks after the numbers. "eras" gives, for each era name, the year
 * before its first year (令和1 is 2019).
 */
static int load_cjk(errata_locale *loc, const cJSON *root)
{
	const cJSON *obj = cJSON_GetObjectItemCaseSensitive(root, "cjk"), *eras, *it;
	errata__cjk_marks *k = &loc->cjk;
	int error;

	if (!obj)
		return 0;
	if (!cJSON_IsObject(obj))
		return errata__error(ERRATA_EINVALID, "%s: 'cjk' must be an object", loc->path);
	if ((error = load_strs(loc, obj, "year", &k->year)) ||
	    (error = load_strs(loc, obj, "month", &k->month)) ||
	    (error = load_strs(loc, obj, "day", &k->day)) ||
	    (error = load_strs(loc, obj, "first_year", &k->first_year)) ||
	    (error = load_strs(loc, obj, "range", &k->range)) ||
	    (error = load_strs(loc, obj, "ordinal", &k->ordinal)) ||
	    (error = load_strs(loc, obj, "this_month", &k->this_month)) ||
	    (error = load_strs(loc, obj, "next_month", &k->next_month)))
		return error;
	if (!k->year.n || !k->month.n || !k->day.n)
		return errata__error(ERRATA_EINVALID,
		                     "%s: 'cjk' needs the marks 'year', 'month' and 'day'", loc->path);
	eras = cJSON_GetObjectItemCaseSensitive(obj, "eras");
	if (eras) {
		size_t n = (size_t)cJSON_GetArraySize(eras);

		if (!cJSON_IsObject(eras))
			return errata__error(ERRATA_EINVALID,
			                     "%s: 'cjk.eras' must be an object of name: year", loc->path);
		if (!(k->era.v = calloc(n + 1, sizeof(*k->era.v))) ||
		    !(k->era_base = calloc(n + 1, sizeof(*k->era_base))))
			return errata__oom();
		cJSON_ArrayForEach(it, eras) {
			if (!cJSON_IsNumber(it) || it->valuedouble < 0 || it->valuedouble > 9000 ||
			    !it->string[0])
				return errata__error(ERRATA_EINVALID,
				                     "%s: 'cjk.eras': \"%s\" must name a year 0..9000",
				                     loc->path, it->string);
			if (!(k->era.v[k->era.n] = errata__strdup(it->string)))
				return errata__oom();
			k->era_base[k->era.n++] = it->valueint;
		}
	}
	k->on = 1;
	return 0;
}

static int by_key(const void *a, const void *b)
{
	const errata__holiday_name *x = a, *y = b;

	return x->key < y->key ? -1 : x->key > y->key;
}

static void sieve_set(uint64_t *bits, unsigned int k)
{
	bits[k >> 6] |= (uint64_t)1 << (k & 63);
}

/* Sieve a name of len bytes (4 or more) by its last bytes (tail) or its first. */
static void sieve_name(uint64_t *bits, const char *v, size_t len, int tail)
{
	uint32_t f[3] = { 0, 0, 0 };
	int w = len < 8 ? 1 : len < 12 ? 2 : 3;

	for (int i = 0; i < w; i++)
		f[i] = errata__holiday_fold4(tail ? v + len - 4 * (size_t)(i + 1) : v + 4 * i);
	sieve_set(bits, errata__holiday_sieve_bit(0, f[0], 0, 0));
	sieve_set(bits, errata__holiday_sieve_bit(w, f[0], f[1], f[2]));
}

/* Sort the holidays' names by their first and by their last four bytes, and sieve them. */
static int index_holiday_names(errata_locale *loc)
{
	size_t n = 0, k = 0;

	for (size_t h = 0; h < loc->holiday_count; h++)
		for (size_t i = 0; i < loc->holidays[h].names.n; i++) {
			if (strlen(loc->holidays[h].names.v[i]) < 4)
				return 0;   /* a short name: every name is compared */
			n++;
		}
	if (!n)
		return 0;
	if (!(loc->holiday_by_head = calloc(n, sizeof(*loc->holiday_by_head))) ||
	    !(loc->holiday_by_tail = calloc(n, sizeof(*loc->holiday_by_tail))))
		return errata__oom();
	for (size_t h = 0; h < loc->holiday_count; h++)
		for (size_t i = 0; i < loc->holidays[h].names.n; i++, k++) {
			const char *v = loc->holidays[h].names.v[i];
			size_t len = strlen(v);

			loc->holiday_by_head[k] = (errata__holiday_name){ errata__holiday_key(v), (uint32_t)h, v, len };
			loc->holiday_by_tail[k] = loc->holiday_by_head[k];
			loc->holiday_by_tail[k].key = errata__holiday_key(v + len - 4);
			sieve_name(loc->holiday_tail_sieve, v, len, 1);
			sieve_name(loc->holiday_head_sieve, v, len, 0);
		}
	qsort(loc->holiday_by_head, n, sizeof(*loc->holiday_by_head), by_key);
	qsort(loc->holiday_by_tail, n, sizeof(*loc->holiday_by_tail), by_key);
	loc->holiday_names = n;
	return 0;
}

/* "dates": {"2026": "02-17", ...} of entry i: h->by_year. */
static int load_holiday_dates(errata_locale *loc, const cJSON *dates, size_t i, errata__holiday *h)
{
	const cJSON *d;
	int lo = 9999, hi = 0, y, m, day;
	char end;

	if (!cJSON_IsObject(dates) || !cJSON_GetArraySize(dates))
		goto bad;
	cJSON_ArrayForEach(d, dates) {
		if (sscanf(d->string, "%d%c", &y, &end) != 1 || y < 1 || y > 9999)
			goto bad;
		lo = y < lo ? y : lo;
		hi = y > hi ? y : hi;
	}
	if (hi - lo > 1000)
		goto bad;
	h->first_year = lo;
	h->years = (size_t)(hi - lo + 1);
	if (!(h->by_year = calloc(h->years, sizeof(*h->by_year))))
		return errata__oom();
	cJSON_ArrayForEach(d, dates) {
		y = atoi(d->string);
		if (!cJSON_IsString(d) || sscanf(d->valuestring, "%d-%d", &m, &day) != 2 ||
		    !errata_date_valid(y, m, day))
			goto bad;
		h->by_year[y - lo] = (unsigned short)(m * 100 + day);
	}
	return 0;
bad:
	return errata__error(ERRATA_EINVALID,
	                     "%s: 'holidays' entry %zu: 'dates' must be an object of year: \"MM-DD\" "
	                     "(a date of that year)", loc->path, i + 1);
}

/* "shift": {"weekday": 7, "days": -1} or {"easter": 49, "days": 7} of entry i. */
static int load_holiday_shift(errata_locale *loc, const cJSON *shift, size_t i, errata__holiday *h)
{
	const cJSON *wd = cJSON_GetObjectItemCaseSensitive(shift, "weekday");
	const cJSON *easter = cJSON_GetObjectItemCaseSensitive(shift, "easter");
	const cJSON *days = cJSON_GetObjectItemCaseSensitive(shift, "days");

	if (!cJSON_IsObject(shift) || !cJSON_IsNumber(days) || days->valueint < -30 || days->valueint > 30 ||
	    !days->valueint || cJSON_IsNumber(wd) == cJSON_IsNumber(easter) ||
	    (cJSON_IsNumber(wd) && (wd->valueint < 1 || wd->valueint > 7)) ||
	    (cJSON_IsNumber(easter) && (easter->valueint < -100 || easter->valueint > 100)))
		return errata__error(ERRATA_EINVALID,
		                     "%s: 'holidays' entry %zu: 'shift' needs 'days' (-30..30, not 0) and "
		                     "either 'weekday' (1..7, Monday first) or 'easter' (-100..100)",
		                     loc->path, i + 1);
	h->shift_days = days->valueint;
	if (cJSON_IsNumber(wd)) {
		h->shift_weekday = wd->valueint - 1;
	} else {
		h->shift_on_easter = 1;
		h->shift_easter = easter->valueint;
	}
	return 0;
}

/* One entry of "holidays" (entry i, for messages). */
static int load_holiday(errata_locale *loc, const cJSON *it, size_t i, errata__holiday *h)
{
	const cJSON *names = cJSON_GetObjectItemCaseSensitive(it, "names");
	const cJSON *date = cJSON_GetObjectItemCaseSensitive(it, "date");
	const cJSON *month = cJSON_GetObjectItemCaseSensitive(it, "month");
	const cJSON *wd = cJSON_GetObjectItemCaseSensitive(it, "weekday");
	const cJSON *nth = cJSON_GetObjectItemCaseSensitive(it, "nth");
	const cJSON *easter = cJSON_GetObjectItemCaseSensitive(it, "easter");
	const cJSON *orthodox = cJSON_GetObjectItemCaseSensitive(it, "orthodox_easter");
	const cJSON *from = cJSON_GetObjectItemCaseSensitive(it, "from");
	const cJSON *dates = cJSON_GetObjectItemCaseSensitive(it, "dates");
	const cJSON *shift = cJSON_GetObjectItemCaseSensitive(it, "shift");
	const cJSON *cased = cJSON_GetObjectItemCaseSensitive(it, "cased");
	int error;

	h->weekday = -1;
	h->shift_weekday = -1;
	if (cased && !cJSON_IsBool(cased))
		return errata__error(ERRATA_EINVALID, "%s: 'holidays' entry %zu: 'cased' must be true or false",
		                     loc->path, i + 1);
	h->cased = cJSON_IsTrue(cased);
	if (!cJSON_IsObject(it) || !cJSON_IsArray(names) || !cJSON_GetArraySize(names))
		return errata__error(ERRATA_EINVALID,
		                     "%s: 'holidays' entry %zu needs 'names', a list of strings",
		                     loc->path, i + 1);
	if ((error = load_strs(loc, it, "names", &h->names)) ||
	    (shift && (error = load_holiday_shift(loc, shift, i, h))))
		return error;
	if (dates) {
		return load_holiday_dates(loc, dates, i, h);
	} else if (cJSON_IsString(date)) {
		if (sscanf(date->valuestring, "%d-%d", &h->month, &h->day) != 2 ||
		    !errata_date_valid(2000, h->month, h->day))
			return errata__error(ERRATA_EINVALID,
			                     "%s: 'holidays' entry %zu: \"%s\" is not a date MM-DD",
			                     loc->path, i + 1, date->valuestring);
	} else if (cJSON_IsNumber(wd) && cJSON_IsString(from)) {
		/* the first such weekday on or after a day: Midsummer Eve, a Friday from June 19 */
		h->weekday = wd->valueint - 1;
		h->nth = 0;
		if (sscanf(from->valuestring, "%d-%d", &h->month, &h->day) != 2 ||
		    !errata_date_valid(2001, h->month, h->day) || h->weekday < 0 || h->weekday > 6)
			return errata__error(ERRATA_EINVALID,
			                     "%s: 'holidays' entry %zu: 'from' must be a date MM-DD "
			                     "(not February 29) and weekday 1..7 (Monday first)",
			                     loc->path, i + 1);
	} else if (cJSON_IsNumber(month) && cJSON_IsNumber(wd) && cJSON_IsNumber(nth)) {
		h->month = month->valueint;
		h->weekday = wd->valueint - 1;
		h->nth = nth->valueint;
		if (h->month < 1 || h->month > 12 || h->weekday < 0 || h->weekday > 6 ||
		    h->nth < -1 || h->nth > 5 || h->nth == 0)
			return errata__error(ERRATA_EINVALID,
			                     "%s: 'holidays' entry %zu: month 1..12, weekday 1..7 "
			                     "(Monday first) and nth 1..5 or -1", loc->path, i + 1);
	} else if (cJSON_IsNumber(easter) || cJSON_IsNumber(orthodox)) {
		h->is_easter = 1;
		h->orthodox = !cJSON_IsNumber(easter);
		h->easter = h->orthodox ? orthodox->valueint : easter->valueint;
		if (h->easter < -100 || h->easter > 100)
			return errata__error(ERRATA_EINVALID,
			                     "%s: 'holidays' entry %zu: '%s' must be -100..100",
			                     loc->path, i + 1, h->orthodox ? "orthodox_easter" : "easter");
	} else {
		return errata__error(ERRATA_EINVALID,
		                     "%s: 'holidays' entry %zu needs 'date', 'month' with "
		                     "'weekday' and 'nth', 'weekday' and 'from', 'easter', "
		                     "'orthodox_easter' or 'dates'", loc->path, i + 1);
	}
	return 0;
}

/* qsort order of strings: longer first, then as strcmp (a stable order). */
static int longer_first(const void *a, const void *b)
{
	const char *x = *(const char *const *)a, *y = *(const char *const *)b;
	size_t m = strlen(x), n = strlen(y);

	return m != n ? (m < n ? 1 : -1) : strcmp(x, y);
}

static void sort_longer_first(errata__strs *l)
{
	if (l->n > 1)
		qsort(l->v, l->n, sizeof(*l->v), longer_first);
}

/* loc->holiday_link_sieve from its links (sorted). */
static void holiday_links_sieve(errata_locale *loc)
{
	const errata__strs *links = &loc->holiday_links;
	errata__holiday_link_sieve *sv = &loc->holiday_link_sieve;

	memset(sv, 0, sizeof(*sv));
	if (links->n > 32)
		return;
	for (size_t i = 0; i < links->n; i++) {
		size_t n = strlen(links->v[i]), k = n < 4 ? n : 4;
		unsigned char tail[4] = { 0, 0, 0, 0 }, mask[4] = { 0, 0, 0, 0 };

		if (!n)
			return;
		for (size_t j = 0; j < k; j++) {
			tail[4 - k + j] = errata__lower_ascii[(unsigned char)links->v[i][n - k + j]];
			mask[4 - k + j] = 0xff;
		}
		memcpy(&sv->tail[i], tail, 4);
		memcpy(&sv->mask[i], mask, 4);
		sv->len[i] = n;
		sv->by_last[tail[3]] |= (uint32_t)1 << i;
		sv->by_first[errata__lower_ascii[(unsigned char)links->v[i][0]]] |= (uint32_t)1 << i;
		if (n == 1)
			sv->single |= (uint32_t)1 << i;
		else
			sv->by_prev[tail[2]] |= (uint32_t)1 << i;
		if (n <= 2)
			sv->upto2 |= (uint32_t)1 << i;
		else
			sv->by_third[tail[1]] |= (uint32_t)1 << i;
		if (n <= 3)
			sv->upto3 |= (uint32_t)1 << i;
		else
			sv->by_fourth[tail[0]] |= (uint32_t)1 << i;
	}
	sv->n = links->n;
}

/*
 * "holidays": [{"names": [...], "date": "12-25" | "month": 11, "weekday":
 * 4, "nth": 4 | "weekday": 5, "from": "06-19" | "easter": 1 | "orthodox_easter": 1,
 * "countries": [...]}],
 * and "holiday_words": {"link": [...], "past": [...], "year": [...], "skip": [...], "before": [...],
 * "after": [...], "side": [...], "stretch": [...], "period": [...],
 * "modifier": [...],
 * "day": [...]}.
 */
static int load_holidays(errata_locale *loc, const cJSON *root)
{
	const cJSON *arr = cJSON_GetObjectItemCaseSensitive(root, "holidays"), *it;
	const cJSON *words = cJSON_GetObjectItemCaseSensitive(root, "holiday_words");
	int error;

	if (words) {
		if (!cJSON_IsObject(words))
			return errata__error(ERRATA_EINVALID, "%s: 'holiday_words' must be an object",
			                     loc->path);
		/* a past link ("fell on") is a link too */
		if ((error = load_strs(loc, words, "link", &loc->holiday_links)) ||
		    (error = load_strs(loc, words, "past", &loc->holiday_links)) ||
		    (error = load_strs(loc, words, "past", &loc->holiday_past)) ||
		    (error = load_strs(loc, words, "year", &loc->holiday_year_words)) ||
		    (error = load_strs(loc, words, "skip", &loc->holiday_skips)) ||
		    (error = load_strs(loc, words, "before", &loc->holiday_skips)) ||
		    (error = load_strs(loc, words, "after", &loc->holiday_skips)) ||
		    (error = load_strs(loc, words, "before", &loc->holiday_before)) ||
		    (error = load_strs(loc, words, "after", &loc->holiday_after)) ||
		    (error = load_strs(loc, words, "side", &loc->holiday_sides)) ||
		    (error = load_strs(loc, words, "stretch", &loc->holiday_stretches)) ||
		    (error = load_strs(loc, words, "period", &loc->holiday_periods)) ||
		    (error = load_strs(loc, words, "modifier", &loc->holiday_modifiers)) ||
		    (error = load_strs(loc, words, "day", &loc->holiday_days)) ||
		    (error = load_strs(loc, words, "western", &loc->holiday_western)))
			return error;
		/* longest first: the first that fits is the longest ("falls on", not "on") */
		sort_longer_first(&loc->holiday_links);
		sort_longer_first(&loc->holiday_skips);
		sort_longer_first(&loc->holiday_before);
		sort_longer_first(&loc->holiday_after);
		sort_longer_first(&loc->holiday_sides);
		sort_longer_first(&loc->holiday_stretches);
		sort_longer_first(&loc->holiday_past);
		sort_longer_first(&loc->holiday_year_words);
		sort_longer_first(&loc->holiday_periods);
		sort_longer_first(&loc->holiday_modifiers);
		sort_longer_first(&loc->holiday_days);
		holiday_links_sieve(loc);
	}
	if (!arr)
		return 0;
	if (!cJSON_IsArray(arr))
		return errata__error(ERRATA_EINVALID, "%s: 'holidays' must be an array", loc->path);
	if (!(loc->holidays = calloc((size_t)cJSON_GetArraySize(arr) + 1, sizeof(*loc->holidays))))
		return errata__oom();
	cJSON_ArrayForEach(it, arr) {
		error = load_holiday(loc, it, loc->holiday_count, &loc->holidays[loc->holiday_count]);
		loc->holiday_count++;
		if (error)
			return error;
	}
	return index_holiday_names(loc);
}

/*
 * An object of key: string into keys and vals, in the table's order:
 * "messages": {"weekday": "{date} is a {right}, not a {said}", ...} and
 * "message_contractions": {"il 8": "l'8", ...}.
 */
static int load_pairs(errata_locale *loc, const cJSON *root, const char *key,
                      errata__strs *keys, errata__strs *vals)
{
	const cJSON *obj = cJSON_GetObjectItemCaseSensitive(root, key), *it;
	size_t n;

	if (!obj)
		return 0;
	if (!cJSON_IsObject(obj))
		return errata__error(ERRATA_EINVALID, "%s: '%s' must be an object of key: string",
		                     loc->path, key);
	n = (size_t)cJSON_GetArraySize(obj);
	if (!(keys->v = calloc(n + 1, sizeof(char *))) ||
	    !(vals->v = calloc(n + 1, sizeof(char *))))
		return errata__oom();
	cJSON_ArrayForEach(it, obj) {
		if (!cJSON_IsString(it) || !it->valuestring[0] || !it->string[0])
			return errata__error(ERRATA_EINVALID, "%s: '%s': \"%s\" must be a non-empty string",
			                     loc->path, key, it->string);
		if (!(keys->v[keys->n] = errata__strdup(it->string)))
			return errata__oom();
		keys->n++;
		if (!(vals->v[vals->n] = errata__strdup(it->valuestring)))
			return errata__oom();
		vals->n++;
	}
	return 0;
}

/* A message key's slot in msg_slot[], before probing (FNV-1a of its bytes). */
static size_t msg_hash(const char *key)
{
	uint32_t h = 2166136261u;

	for (; *key; key++)
		h = (h ^ (unsigned char)*key) * 16777619u;
	return (h ^ h >> 16) & 127;
}

/* msg_slot[] for the keys as they are now (after loading, after each change). */
static void msg_index(errata_locale *loc)
{
	size_t n = loc->msg_keys.n < loc->msg_vals.n ? loc->msg_keys.n : loc->msg_vals.n;

	memset(loc->msg_slot, 0, sizeof(loc->msg_slot));
	if (n >= 127)
		return;
	/* in reverse, so that of two equal keys the first is found, as a scan finds it */
	for (size_t i = n; i-- > 0;) {
		size_t h = msg_hash(loc->msg_keys.v[i]);

		while (loc->msg_slot[h] && strcmp(loc->msg_keys.v[loc->msg_slot[h] - 1], loc->msg_keys.v[i]))
			h = (h + 1) & 127;
		loc->msg_slot[h] = (unsigned char)(i + 1);
	}
}

static int load_messages(errata_locale *loc, const cJSON *root)
{
	int error = load_pairs(loc, root, "messages", &loc->msg_keys, &loc->msg_vals);
	const cJSON *arr, *it;
	int i = 0;

	msg_index(loc);

	if (!error)
		error = load_pairs(loc, root, "message_contractions", &loc->contr_from,
		                   &loc->contr_to);
	/* "months_standalone": a month's name where no day stands before it */
	arr = cJSON_GetObjectItemCaseSensitive(root, "months_standalone");
	if (error || !arr)
		return error;
	if (!cJSON_IsArray(arr) || cJSON_GetArraySize(arr) != 12)
		return errata__error(ERRATA_EINVALID, "%s: 'months_standalone' must be 12 names",
		                     loc->path);
	cJSON_ArrayForEach(it, arr) {
		if (!cJSON_IsString(it) || !it->valuestring[0])
			return errata__error(ERRATA_EINVALID, "%s: 'months_standalone' entry %d must be a name",
			                     loc->path, i + 1);
		if (!(loc->month_standalone[++i] = errata__strdup(it->valuestring)))
			return errata__oom();
	}
	return error;
}

const char *errata__locale_message(const errata_locale *loc, const char *key)
{
	size_t n;

	if (!loc)
		return NULL;
	n = loc->msg_keys.n < loc->msg_vals.n ? loc->msg_keys.n : loc->msg_vals.n;
	if (n && n < 127) {
		for (size_t h = msg_hash(key); loc->msg_slot[h]; h = (h + 1) & 127)
			if (!strcmp(loc->msg_keys.v[loc->msg_slot[h] - 1], key))
				return loc->msg_vals.v[loc->msg_slot[h] - 1];
		return NULL;
	}
	for (size_t i = 0; i < n; i++)
		if (!strcmp(loc->msg_keys.v[i], key))
			return loc->msg_vals.v[i];
	return NULL;
}

size_t errata__locale_contraction(const errata_locale *loc, size_t i, const char **from,
                                  const char **to)
{
	if (!loc || i >= loc->contr_from.n || i >= loc->contr_to.n)
		return 0;
	*from = loc->contr_from.v[i];
	*to = loc->contr_to.v[i];
	return 1;
}

const char *errata__locale_month_standalone(const errata_locale *loc, int month)
{
	if (!loc || month < 1 || month > 12)
		return NULL;
	return loc->month_standalone[month] ? loc->month_standalone[month] : loc->month_name[month];
}

int errata__locale_has_messages(const errata_locale *loc)
{
	return loc && loc->msg_keys.n > 0;
}

/*
 * The Orthodox Easter Sunday of a year, as a Gregorian date: the Julian
 * computus (Meeus) gives the day in the Julian calendar, which runs
 * behind the Gregorian by the century days the Julian keeps as leap days
 * (13 from 1900 to 2099).
 */
static int orthodox_easter(int year, errata_date *out)
{
	int a = year % 4, b = year % 7, c = year % 19, d, e, month, day;

	if (year < 1583)
		return ERRATA_EINVALID;
	d = (19 * c + 15) % 30;
	e = (2 * a + 4 * b - d + 34) % 7;
	month = (d + e + 114) / 31;
	day = (d + e + 114) % 31 + 1;
	*out = errata_date_from_days(errata_date_to_days(year, month, day) +
	                             year / 100 - year / 400 - 2);
	return 0;
}

/* When h falls in year, before its shift. */
static int holiday_day(const errata__holiday *h, int year, errata_date *out)
{
	int first, day;

	if (year < 1 || year > 9999)
		return ERRATA_EINVALID;
	if (h->by_year) {
		unsigned md = year >= h->first_year && (size_t)(year - h->first_year) < h->years ?
		              h->by_year[year - h->first_year] : 0;

		if (!md)
			return ERRATA_EINVALID; /* a year the table does not list */
		*out = (errata_date){ year, (int)md / 100, (int)md % 100 };
		return 0;
	}
	if (h->is_easter) {
		errata_date e;

		if (h->orthodox ? orthodox_easter(year, &e) : errata_date_easter(year, &e))
			return ERRATA_EINVALID;
		*out = errata_date_from_days(errata_date_to_days(e.year, e.month, e.day) + h->easter);
		return 0;
	}
	out->year = year;
	out->month = h->month;
	if (h->weekday < 0) {
		out->day = h->day;
		return errata_date_valid(year, h->month, h->day) ? 0 : ERRATA_EINVALID;
	}
	if (h->nth == 0) {
		long from = errata_date_to_days(year, h->month, h->day);

		*out = errata_date_from_days(from + (h->weekday - errata_date_weekday(year, h->month, h->day) + 7) % 7);
		return 0;
	}
	if (h->nth > 0) {
		first = errata_date_weekday(year, h->month, 1);
		day = 1 + (h->weekday - first + 7) % 7 + 7 * (h->nth - 1);
	} else {
		int last = errata_date_days_in_month(year, h->month);

		day = last - (errata_date_weekday(year, h->month, last) - h->weekday + 7) % 7;
	}
	out->day = day;
	return errata_date_valid(year, h->month, day) ? 0 : ERRATA_EINVALID;
}

int errata__holiday_unshifted(const errata__holiday *h, int year, errata_date *out)
{
	return holiday_day(h, year, out);
}

int errata__holiday_date(const errata__holiday *h, int year, errata_date *out)
{
	long days;
	errata_date e;
	int error = holiday_day(h, year, out);

	if (error || !h->shift_days)
		return error;
	days = errata_date_to_days(out->year, out->month, out->day);
	if (h->shift_on_easter) {
		if (errata_date_easter(year, &e))
			return ERRATA_EINVALID;
		if (days != errata_date_to_days(e.year, e.month, e.day) + h->shift_easter)
			return 0;
	} else if (errata_date_weekday(out->year, out->month, out->day) != h->shift_weekday) {
		return 0;
	}
	*out = errata_date_from_days(days + h->shift_days);
	return 0;
}

/* Count the forms so the hash table can be sized before filling it. */
static size_t count_forms(const cJSON *root)
{
	static const char *const keys[] = { "months", "weekdays", "day_words" };
	size_t n = 0;

	for (size_t k = 0; k < 3; k++) {
		const cJSON *arr = cJSON_GetObjectItemCaseSensitive(root, keys[k]), *e;

		if (!arr)
			continue;
		cJSON_ArrayForEach(e, arr)
			n += cJSON_IsArray(e) ? (size_t)cJSON_GetArraySize(e) : 1;
	}
	return n;
}

static int load_root(errata_locale *loc, const cJSON *root)
{
	const cJSON *v;
	size_t slots = 64;
	int error;

	if (!cJSON_IsObject(root))
		return errata__error(ERRATA_EINVALID, "%s: a locale table must be a JSON object",
		                     loc->path);
	v = cJSON_GetObjectItemCaseSensitive(root, "lang");
	if (!cJSON_IsString(v) || !v->valuestring[0])
		return errata__error(ERRATA_EINVALID, "%s: 'lang' must be a language code",
		                     loc->path);
	if (!(loc->lang = errata__strdup(v->valuestring)))
		return errata__oom();
	while (slots < count_forms(root) * 2 + 16)
		slots *= 2;
	loc->slots = calloc(slots, sizeof(*loc->slots));
	if (!loc->slots)
		return errata__oom();
	loc->mask = slots - 1;
	if ((error = load_names(loc, root, 0)) || (error = load_names(loc, root, 1)) ||
	    (error = load_words(loc, root)) ||
	    (error = load_phrases(loc, root, "ordinal_suffixes", &loc->suffixes)) ||
	    (error = load_phrases(loc, root, "weekday_date_words", &loc->weekday_date)) ||
	    (error = load_phrases(loc, root, "day_month_words", &loc->day_month)) ||
	    (error = load_phrases(loc, root, "year_words", &loc->year_words)) ||
	    (error = load_phrases(loc, root, "range_words", &loc->range)) ||
	    (error = load_phrases(loc, root, "list_words", &loc->list)) ||
	    (error = load_phrases(loc, root, "range_open_words", &loc->range_open)) ||
	    (error = load_phrases(loc, root, "range_close_words", &loc->range_close)) ||
	    (error = load_phrases(loc, root, "past_words", &loc->past)) ||
	    (error = load_phrases(loc, root, "future_words", &loc->future)) ||
	    (error = load_phrases(loc, root, "future_verb_words", &loc->future_verbs)) ||
	    (error = load_phrases(loc, root, "past_verb_words", &loc->past_verbs)) ||
	    (error = load_strs(loc, root, "future_verb_endings", &loc->future_endings)) ||
	    (error = load_phrases(loc, root, "month_only_words", &loc->month_only)) ||
	    (error = load_phrases(loc, root, "month_day_words", &loc->month_day)) ||
	    (error = load_phrases(loc, root, "determiner_words", &loc->determiners)) ||
	    (error = load_phrases(loc, root, "numeric_lead_words", &loc->numeric_lead)) ||
	    (error = load_phrases(loc, root, "last_year_words", &loc->last_year)) ||
	    (error = load_phrases(loc, root, "next_year_words", &loc->next_year)) ||
	    (error = load_phrases(loc, root, "school_year_words", &loc->school_year)) ||
	    (error = load_phrases(loc, root, "this_year_words", &loc->this_year)) ||
	    (error = load_phrases(loc, root, "this_month_words", &loc->this_month)) ||
	    (error = load_phrases(loc, root, "next_month_words", &loc->next_month)) ||
	    (error = load_phrases(loc, root, "day_nouns", &loc->day_nouns)) ||
	    (error = load_phrases(loc, root, "day_verbs", &loc->day_verbs)) ||
	    (error = load_phrases(loc, root, "time_words", &loc->time_words)) ||
	    (error = load_phrases(loc, root, "function_words", &loc->function_words)) ||
	    (error = load_phrases(loc, root, "weekday_copula_words", &loc->copula)) ||
	    (error = load_phrases(loc, root, "year_after_words", &loc->year_after)) ||
	    (error = load_phrases(loc, root, "weekday_lead_words", &loc->weekday_lead)) ||
	    (error = load_phrases(loc, root, "weekday_apposition_words", &loc->apposition)) ||
	    (error = load_phrases(loc, root, "weekday_possessive_words", &loc->weekday_possessive)) ||
	    (error = load_phrases(loc, root, "year_name_words", &loc->year_name)) ||
	    (error = load_phrases(loc, root, "byline_words", &loc->byline)) ||
	    (error = load_phrases(loc, root, "weekday_day_idioms", &loc->day_idioms)) ||
	    (error = load_phrases(loc, root, "birth_words", &loc->birth_words)) ||
	    (error = load_ordinals(loc, root)) || (error = load_cjk(loc, root)) ||
	    (error = load_holidays(loc, root)) || (error = load_messages(loc, root)) ||
	    (error = get_bool(loc, root, "month_first", 0, &loc->month_first)) ||
	    (error = get_bool(loc, root, "day_first", 1, &loc->day_first)) ||
	    (error = get_bool(loc, root, "weekday_after_comma", 0, &loc->weekday_after_comma)) ||
	    (error = get_bool(loc, root, "numeric_spaced", 0, &loc->numeric_spaced)) ||
	    (error = get_bool(loc, root, "numeric_closed", 0, &loc->numeric_closed)) ||
	    (error = get_bool(loc, root, "year_first", 0, &loc->year_first)) ||
	    (error = get_bool(loc, root, "weekday_after_date", 0, &loc->weekday_after_date)) ||
	    (error = get_bool(loc, root, "dot_times", 0, &loc->dot_times)) ||
	    (error = get_bool(loc, root, "weekday_day_suffix", 0, &loc->weekday_day_suffix)))
		return error;
	v = cJSON_GetObjectItemCaseSensitive(root, "numeric_order");
	if (v) {
		const char *s = cJSON_IsString(v) ? v->valuestring : "";

		if (!strcmp(s, "auto"))
			loc->order = ERRATA_ORDER_AUTO;
		else if (!strcmp(s, "mdy"))
			loc->order = ERRATA_ORDER_MDY;
		else if (!strcmp(s, "dmy"))
			loc->order = ERRATA_ORDER_DMY;
		else
			return errata__error(ERRATA_EINVALID,
			                     "%s: 'numeric_order' must be \"auto\", \"mdy\" or \"dmy\"",
			                     loc->path);
	}
	v = cJSON_GetObjectItemCaseSensitive(root, "date_format");
	if (v && !cJSON_IsString(v))
		return errata__error(ERRATA_EINVALID, "%s: 'date_format' must be a string",
		                     loc->path);
	loc->date_format = errata__strdup(v ? v->valuestring : "{day} {month} {year}");
	if (!loc->date_format)
		return errata__oom();
	/*
	 * "date_format_months": {"4": "{day} d'{month} de {year}"}: a month
	 * whose name changes the words around it (Catalan elides "de" before
	 * a vowel: d'abril, d'agost, d'octubre); "date_format_days":
	 * {"1": "1er"}: a day written otherwise than its number in {day}
	 * (French writes the first of a month as an ordinal)
	 */
	if ((error = get_numbered(loc, root, "date_format_months", "a month (1-12) and a format", 12,
	                          loc->date_format_month)) ||
	    (error = get_numbered(loc, root, "date_format_days", "a day (1-31) and its form", 31,
	                          loc->date_day)))
		return error;
	return 0;
}

/* Build the table of the file at path from its text (data, len). */
static int load_text(errata_locale **out, const char *path, const char *data, size_t len)
{
	errata_locale *loc = NULL;
	cJSON *root = NULL;
	int error;

	if (!(loc = calloc(1, sizeof(*loc))) || !(loc->path = errata__strdup(path))) {
		error = errata__oom();
		goto cleanup;
	}
	root = cJSON_ParseWithLength(data, len);
	if (!root) {
		const char *at = cJSON_GetErrorPtr();
		size_t off = (at && at >= data && at <= data + len) ? (size_t)(at - data) : len;
		unsigned int line = 1, col = 1;

		for (size_t i = 0; i < off; i++) {
			if (data[i] == '\n') {
				line++;
				col = 1;
			} else if (((unsigned char)data[i] & 0xc0) != 0x80) {
				col++;
			}
		}
		error = errata__error(ERRATA_EINVALID, "%s:%u:%u: malformed JSON", path, line, col);
		goto cleanup;
	}
	if ((error = load_root(loc, root)))
		goto cleanup;
	loc->json = root;
	root = NULL;
	*out = loc;
	loc = NULL;
cleanup:
	cJSON_Delete(root);
	errata_locale_free(loc);
	return error;
}

int errata_locale_load(errata_locale **out, const char *path)
{
	char *data = NULL;
	size_t len = 0;
	int error;

	if (!out || !path)
		return errata__error(ERRATA_EUSAGE, "no locale path given");
	*out = NULL;
	if ((error = errata__read_file(path, (size_t)1 << 20, &data, &len)) == 0)
		error = load_text(out, path, data, len);
	free(data);
	return error;
}

/* Whether a regular file exists at path. */
static int file_exists(const char *path)
{
	FILE *f = fopen(path, "rb");

	if (!f)
		return 0;
	fclose(f);
	return 1;
}

int errata_locale_load_lang(errata_locale **out, const char *lang)
{
	return errata_locale_load_lang_in(out, NULL, lang);
}

/* Set the message `key` of loc to `val`, in place of the table's or after its own. */
static int message_put(errata_locale *loc, const char *key, const char *val)
{
	char **k, **v, *nv;

	for (size_t i = 0; i < loc->msg_keys.n && i < loc->msg_vals.n; i++)
		if (!strcmp(loc->msg_keys.v[i], key)) {
			if (!(nv = errata__strdup(val)))
				return errata__oom();
			free(loc->msg_vals.v[i]);
			loc->msg_vals.v[i] = nv;
			return 0;
		}
	if (!(k = realloc(loc->msg_keys.v, (loc->msg_keys.n + 2) * sizeof(char *))))
		return errata__oom();
	loc->msg_keys.v = k;
	if (!(v = realloc(loc->msg_vals.v, (loc->msg_vals.n + 2) * sizeof(char *))))
		return errata__oom();
	loc->msg_vals.v = v;
	if (!(k[loc->msg_keys.n] = errata__strdup(key)))
		return errata__oom();
	k[++loc->msg_keys.n] = NULL;
	if (!(v[loc->msg_vals.n] = errata__strdup(val)))
		return errata__oom();
	v[++loc->msg_vals.n] = NULL;
	return 0;
}

static int message_set(errata_locale *loc, const char *key, const char *val)
{
	int error = message_put(loc, key, val);

	msg_index(loc);
	return error;
}

static int load_lang(errata_locale **out, const char *data_dir, const char *lang, int depth);

/*
 * A variant's table (data, len: the text of the file at path):
 * {"base": "zh", "messages": {...}} is the base language's table with the
 * variant's messages over its own ("zh-Hant": messages in traditional
 * characters); a variant may have another for its base ("zh-TW":
 * "zh-Hant"). *variant 0: a whole table.
 */
static int load_variant(errata_locale **out, const char *data_dir, const char *path,
                        const char *data, size_t len, int depth, int *variant)
{
	cJSON *root = NULL;
	const cJSON *base, *msgs, *it;
	errata_locale *loc = NULL;
	int error = 0;

	*variant = 0;
	/* a whole table names no base: not parsed twice */
	if (!errata__memmem(data, len, "\"base\"", 6))
		goto cleanup;
	root = cJSON_ParseWithLength(data, len);
	base = root ? cJSON_GetObjectItemCaseSensitive(root, "base") : NULL;
	if (!base)
		goto cleanup; /* a whole table (or malformed: errata_locale_load() says where) */
	*variant = 1;
	if (!cJSON_IsString(base) || depth > 3) {
		error = errata__error(ERRATA_EINVALID, "%s: 'base' must name another language's table",
		                      path);
		goto cleanup;
	}
	if ((error = load_lang(&loc, data_dir, base->valuestring, depth + 1)) < 0)
		goto cleanup;
	msgs = cJSON_GetObjectItemCaseSensitive(root, "messages");
	if (msgs && !cJSON_IsObject(msgs)) {
		error = errata__error(ERRATA_EINVALID, "%s: 'messages' must be an object of key: string",
		                      path);
		goto cleanup;
	}
	cJSON_ArrayForEach(it, msgs) {
		if (!cJSON_IsString(it) || !it->valuestring[0]) {
			error = errata__error(ERRATA_EINVALID, "%s: 'messages': \"%s\" must be a non-empty "
			                      "string", path, it->string);
			goto cleanup;
		}
		if ((error = message_set(loc, it->string, it->valuestring)) < 0)
			goto cleanup;
	}
	*out = loc;
	loc = NULL;
cleanup:
	errata_locale_free(loc);
	cJSON_Delete(root);
	return error;
}

int errata_locale_load_lang_in(errata_locale **out, const char *data_dir, const char *lang)
{
	return load_lang(out, data_dir, lang, 0);
}

static int load_lang(errata_locale **out, const char *data_dir, const char *lang, int depth)
{
	char path[4096];
	size_t n, base;
	int variant = 0, error;

	if (!out || !lang)
		return errata__error(ERRATA_EUSAGE, "no language given");
	*out = NULL;
	n = strlen(lang);
	if (n == 0 || n > 16 || strspn(lang, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_") != n)
		return errata__error(ERRATA_EINVALID, "'%s' is not a language code", lang);
	if (!data_dir)
		data_dir = errata_data_dir();
	if (snprintf(path, sizeof(path), "%s/locales/%s.json", data_dir, lang) >=
	    (int)sizeof(path))
		return errata__error(ERRATA_EINVALID, "data directory path too long");
	if (file_exists(path)) {
		char *data = NULL;
		size_t len = 0;

		/* read once: a variant's text, else the whole table's */
		if ((error = errata__read_file(path, (size_t)1 << 20, &data, &len)) == 0 &&
		    (error = load_variant(out, data_dir, path, data, len, depth, &variant)) == 0 &&
		    !variant)
			error = load_text(out, path, data, len);
		free(data);
		return error;
	}
	/* A regional code ("pt-BR", "en_GB") falls back to its language. */
	base = strcspn(lang, "-_");
	if (base < n) {
		snprintf(path, sizeof(path), "%s/locales/%.*s.json", data_dir, (int)base, lang);
		if (file_exists(path))
			return errata_locale_load(out, path);
	}
	return errata__error(ERRATA_ENOTFOUND, "no locale table for language '%s' in %s/locales",
	                     lang, data_dir);
}

const struct cJSON *errata__locale_consistency(const errata_locale *loc)
{
	return loc ? cJSON_GetObjectItemCaseSensitive(loc->json, "consistency") : NULL;
}

const char *errata__locale_path(const errata_locale *loc)
{
	return loc ? loc->path : NULL;
}

const char *errata_locale_lang(const errata_locale *loc)
{
	return loc ? loc->lang : NULL;
}

const char *errata_locale_month_name(const errata_locale *loc, int month)
{
	return (loc && month >= 1 && month <= 12) ? loc->month_name[month] : NULL;
}

const char *errata_locale_weekday_name(const errata_locale *loc, int weekday)
{
	return (loc && weekday >= 0 && weekday <= 6) ? loc->weekday_name[weekday] : NULL;
}

int errata_locale_numeric_order(const errata_locale *loc)
{
	return loc ? loc->order : ERRATA_ORDER_AUTO;
}

/*
 * The span of fmt that {year} and the literal text tying it to the date
 * take: the text before it back to the previous placeholder ("{day},
 * {year}" drops ", {year}"), or, when it comes first, the text after it
 * ("{year}. {month} {day}." drops "{year}. "). *from == *to when fmt has
 * no year.
 */
static void year_span(const char *fmt, size_t *from, size_t *to)
{
	const char *y = strstr(fmt, "{year}");
	const char *a, *b;

	*from = *to = 0;
	if (!y)
		return;
	a = y;
	b = y + 6;
	while (a > fmt && a[-1] != '}')
		a--;
	/* the words after a year go with it ("2026 года", "2026年") */
	while (*b && *b != '{')
		b++;
	*from = (size_t)(a - fmt);
	*to = (size_t)(b - fmt);
}

int errata_locale_format_day(const errata_locale *loc, int year, int month, int day,
                             int with_year, errata_buf *out)
{
	const char *fmt, *f;
	size_t skip_from = 0, skip_to = 0;
	int error = 0;

	if (!loc || !out)
		return errata__error(ERRATA_EUSAGE, "no locale or buffer given");
	fmt = month >= 1 && month <= 12 && loc->date_format_month[month] ?
	      loc->date_format_month[month] : loc->date_format;
	if (!with_year)
		year_span(fmt, &skip_from, &skip_to);
	for (f = fmt; *f && !error; f++) {
		if (f - fmt >= (ptrdiff_t)skip_from && f - fmt < (ptrdiff_t)skip_to) {
			continue;
		} else if (*f != '{') {
			/* the literal text up to the next brace or the skipped year, at once */
			const char *run = f + 1;

			while (*run && *run != '{' &&
			       !(run - fmt >= (ptrdiff_t)skip_from && run - fmt < (ptrdiff_t)skip_to))
				run++;
			error = errata_buf_put(out, f, (size_t)(run - f));
			f = run - 1;
		} else if (f[1] == 'm' && !strncmp(f, "{month}", 7) && month >= 1 && month <= 12) {
			error = errata_buf_puts(out, loc->month_name[month]);
			f += 6;
		} else if (f[1] == 'm' && !strncmp(f, "{month_number}", 14)) {
			error = errata_buf_put_long(out, month);
			f += 13;
		} else if (f[1] == 'd' && !strncmp(f, "{day}", 5)) {
			error = day >= 1 && day <= 31 && loc->date_day[day] ?
			        errata_buf_puts(out, loc->date_day[day]) : errata_buf_put_long(out, day);
			f += 4;
		} else if (f[1] == 'y' && !strncmp(f, "{year}", 6)) {
			error = errata_buf_put_long(out, year);
			f += 5;
		} else if (f[1] == 'w' && !strncmp(f, "{weekday}", 9) && errata_date_valid(year, month, day)) {
			error = errata_buf_puts(out, loc->weekday_name[errata_date_weekday(year, month, day)]);
			f += 8;
		} else {
			error = errata_buf_putc(out, *f);
		}
	}
	return error;
}

int errata_locale_format_date(const errata_locale *loc, int year, int month, int day,
                              errata_buf *out)
{
	return errata_locale_format_day(loc, year, month, day, 1, out);
}
