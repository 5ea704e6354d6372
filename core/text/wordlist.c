/*
 * text/wordlist.c: loading a word list from JSON, grouped by first byte
 * for the longest-first match of text/wordlist.h.
 */
#include "text/wordlist.h"

#include <cjson/cJSON.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"

/* ASCII lower case of a byte value (0..255), by the table. */
static inline int lower(int c)
{
	return errata__lower_ascii[(unsigned char)c];
}

void errata__wordlist_dispose(errata__wordlist *l)
{
	free(l->items);
	free(l->text);
	free(l->by_first);
	free(l->shared);
	l->items = NULL;
	l->text = NULL;
	l->by_first = NULL;
	l->shared = NULL;
	l->count = 0;
}

/*
 * The bytes the words of v take, with a NUL after each; 0 with an error
 * set when an entry is not a word of the list's kind.
 */
static size_t text_size(const char *name, const char *key, const cJSON *v, int *error)
{
	size_t size = 0, i = 0;

	for (const cJSON *it = v->child; it; it = it->next, i++) {
		const char *word = cJSON_IsObject(v) ? it->string : it->valuestring;

		if (cJSON_IsArray(v) && !cJSON_IsString(it)) {
			*error = errata__error(ERRATA_EINVALID, "%s: %s[%zu]: not a string", name, key, i);
			return 0;
		}
		if (cJSON_IsObject(v) && !cJSON_IsNumber(it)) {
			*error = errata__error(ERRATA_EINVALID, "%s: %s.%s: not a number", name, key, word);
			return 0;
		}
		if (!word || !word[0]) {
			*error = errata__error(ERRATA_EINVALID, "%s: %s: empty word", name, key);
			return 0;
		}
		size += strlen(word) + 1;
	}
	return size;
}

/*
 * Whether word a goes before word b in their group of first byte c: the
 * longer first; after the lead byte of a character of two bytes or more,
 * which every letter of its script may share, the lower second byte
 * first (a group errata__words_match_from() narrows by the text's).
 */
static int before(const errata__word *a, const errata__word *b, int c)
{
	if (c >= 0xc0 && (unsigned char)a->low[1] != (unsigned char)b->low[1])
		return (unsigned char)a->low[1] < (unsigned char)b->low[1];
	return a->len > b->len;
}

int errata__wordlist_load(errata__wordlist *l, const char *name, const char *key,
                          const cJSON *v)
{
	size_t n, size, used = 0;
	int error = 0;

	if (!v || cJSON_IsNull(v))
		return 0;
	if (!cJSON_IsArray(v) && !cJSON_IsObject(v))
		return errata__error(ERRATA_EINVALID,
		                     "%s: %s: not an array or object", name, key);
	n = (size_t)cJSON_GetArraySize(v);
	if (n == 0)
		return 0;
	/* every word twice, as written and in lower case, in one block */
	if (!(size = text_size(name, key, v, &error)))
		return error;
	if (!(l->items = calloc(n, sizeof(*l->items))) || !(l->text = malloc(2 * size)))
		return errata__oom();
	for (const cJSON *it = v->child; it; it = it->next) {
		const char *word = cJSON_IsObject(v) ? it->string : it->valuestring;
		errata__word *wd = &l->items[l->count];

		wd->len = strlen(word);
		wd->word = l->text + used;
		wd->low = l->text + size + used;
		memcpy(wd->word, word, wd->len + 1);
		for (size_t k = 0; k <= wd->len; k++)
			wd->low[k] = (char)lower((unsigned char)word[k]);
		used += wd->len + 1;
		{
			/* a word ending in Han, kana or Hangul may be followed by a particle */
			size_t last = wd->len - 1;

			while (last > 0 && ((unsigned char)word[last] & 0xc0) == 0x80)
				last--;
			wd->ends_word = errata__is_word_byte(word, wd->len, wd->len - 1) &&
			                !errata__wide_script_at(word, wd->len, last);
		}
		wd->value = cJSON_IsObject(v) ? (int)it->valuedouble : 0;
		l->count++;
	}
	if (l->count > 10000)
		return errata__error(ERRATA_EINVALID, "%s: %s: too many words", name, key);
	/* group the indexes by first byte, longest first, else in table order */
	if (!(l->by_first = malloc(l->count * sizeof(*l->by_first))) ||
	    !(l->shared = malloc(l->count * sizeof(*l->shared))))
		return errata__oom();
	{
		size_t pos = 0;

		memset(l->to, 0, sizeof(l->to));
		for (size_t k = 0; k < l->count; k++)
			l->to[lower((unsigned char)l->items[k].word[0])]++;
		for (int c = 0; c < 256; c += 4) {
			uint64_t counts, at = (uint64_t)pos * 0x0001000100010001ULL;

			/* four bytes no word starts with (most of them): one store each */
			memcpy(&counts, &l->to[c], sizeof(counts));
			if (!counts) {
				memcpy(&l->from[c], &at, sizeof(at));
				memcpy(&l->to[c], &at, sizeof(at));
				continue;
			}
			for (int b = c; b < c + 4; b++) {
				l->from[b] = (unsigned short)pos;
				pos += l->to[b];
				l->to[b] = l->from[b]; /* filled up below */
			}
		}
		for (size_t k = 0; k < l->count; k++) {
			int c = lower((unsigned char)l->items[k].word[0]);
			size_t at = l->to[c]++;

			/* a stable insertion: after every item as long or longer
			 * (after a lead byte of a multi-byte character, by the
			 * second byte first: see errata__words_match_from()) */
			while (at > l->from[c] && before(&l->items[k], &l->items[l->by_first[at - 1]], c)) {
				l->by_first[at] = l->by_first[at - 1];
				at--;
			}
			l->by_first[at] = (unsigned short)k;
		}
	}
	memset(l->second, 0, sizeof(l->second));
	memset(l->last, 0, sizeof(l->last));
	for (size_t k = 0; k < l->count; k++) {
		const errata__word *x = &l->items[k];
		unsigned char e = x->len ? (unsigned char)x->low[x->len - 1] : 0;

		l->second[(unsigned char)x->low[0]] |=
			x->len > 1 ? (uint32_t)1 << ((unsigned char)x->low[1] & 31) : ~(uint32_t)0;
		l->last[e >> 5] |= (uint32_t)1 << (e & 31);
	}
	for (size_t j = 0; j < l->count; j++) {
		const errata__word *a = j ? &l->items[l->by_first[j - 1]] : NULL;
		const errata__word *b = &l->items[l->by_first[j]];
		size_t common = 0;

		/* the first of a group shares its first byte with the text it is tried on */
		if (!a || a->low[0] != b->low[0])
			common = 1;
		else
			while (common < a->len && common < b->len && a->low[common] == b->low[common])
				common++;
		l->shared[j] = common;
	}
	return 0;
}

size_t errata__words_match_from(const errata__wordlist *list, const char *text,
                                size_t len, size_t at, int *value)
{
	const unsigned char *t = (const unsigned char *)text + at;
	/* (in locals, like the text from `at` on: the loop below would read
	 * them from the list at every word, and keep more registers) */
	const errata__word *items = list->items;
	const unsigned short *order = list->by_first;
	const size_t *shares = list->shared;
	size_t left = len - at, known = 1, lo, hi;
	int c = lower(t[0]), differs = 0;

	lo = list->from[c];
	hi = list->to[c];
	if (c >= 0xc0 && left >= 2 && hi - lo > 8) {
		/* the words whose second byte is the text's: a run of the group */
		unsigned char b1 = (unsigned char)lower(t[1]);
		size_t l = lo, h = hi;

		while (l < h) {
			size_t mid = l + (h - l) / 2;

			if ((unsigned char)items[order[mid]].low[1] < b1)
				l = mid + 1;
			else
				h = mid;
		}
		lo = l;
		while (h < hi && (unsigned char)items[order[h]].low[1] == b1)
			h++;
		hi = h;
	}
	/*
	 * Longest first: the first that matches is the one wanted. What the
	 * text was found to share with one word carries to the next through
	 * the bytes the two share: text[0, known) equals the word before, and
	 * when `differs`, text[known] is not its next byte.
	 */
	for (size_t i = lo; i < hi; i++) {
		const errata__word *w = &items[order[i]];
		size_t shared = shares[i], k;

		if (shared < known) {
			/* where this word leaves the one before, the text followed that one */
			known = shared;
			differs = shared < w->len;
		} else if (shared == known) {
			differs = 0;
		}
		if (differs || w->len > left)
			continue;
		for (k = known; k < w->len && errata__lower_ascii[t[k]] == (unsigned char)w->low[k]; k++)
			;
		known = k;
		if (k < w->len) {
			differs = 1;
			continue;
		}
		/* a word ends at a boundary, unless it ends in punctuation ("ex-"):
		 * text[at + w->len] is t[w->len] */
		if (w->ends_word && errata__is_word_byte((const char *)t, left, w->len))
			continue;
		if (value)
			*value = w->value;
		return w->len;
	}
	return 0;
}
