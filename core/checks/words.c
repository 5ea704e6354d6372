/*
 * core/checks/words.c: the consistency words of a locale table and the
 * text helpers the consistency checks share (see words.h).
 *
 * The words are read from the "consistency" key of
 * <data dir>/locales/<lang>.json the first time a language is asked for,
 * and kept in a small process-wide cache guarded by a mutex.
 */
#include "checks/words.h"

#include <cjson/cJSON.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "checks/facts.h"
#include "common.h"

/* ASCII lower case of every byte (others unchanged). */
static const unsigned char lower_table[256] = {
#define L4(b) L1(b), L1(b + 1), L1(b + 2), L1(b + 3)
#define L1(c) ((unsigned char)((c) >= 'A' && (c) <= 'Z' ? (c) + 32 : (c)))
#define L16(b) L4(b), L4(b + 4), L4(b + 8), L4(b + 12)
	L16(0), L16(16), L16(32), L16(48), L16(64), L16(80), L16(96), L16(112),
	L16(128), L16(144), L16(160), L16(176), L16(192), L16(208), L16(224), L16(240)
#undef L16
#undef L1
#undef L4
};

/* errata__is_word_ascii()'s table: the ASCII letters and digits. */
const unsigned char errata__ascii_word[256] = {
#define W1(c) ((c) >= '0' && (c) <= '9') || ((c) >= 'A' && (c) <= 'Z') || ((c) >= 'a' && (c) <= 'z')
#define W4(b) W1(b), W1(b + 1), W1(b + 2), W1(b + 3)
#define W16(b) W4(b), W4(b + 4), W4(b + 8), W4(b + 12)
	W16(0), W16(16), W16(32), W16(48), W16(64), W16(80), W16(96), W16(112)
#undef W16
#undef W4
#undef W1
};

/* ASCII lower case of a byte value (0..255), by the table. */
static inline int lower(int c)
{
	return lower_table[(unsigned char)c];
}

/* ---- loading ---------------------------------------------------------- */

static void list_dispose(errata__wordlist *l)
{
	for (size_t i = 0; i < l->count; i++) {
		free(l->items[i].word);
		free(l->items[i].low);
	}
	free(l->items);
	free(l->by_first);
	free(l->shared);
	l->items = NULL;
	l->by_first = NULL;
	l->shared = NULL;
	l->count = 0;
}

void errata__words_free(errata__words *w)
{
	if (!w)
		return;
#define ERRATA__WORDS_FREE(n) list_dispose(&w->n);
	ERRATA__WORDLISTS(ERRATA__WORDS_FREE)
#undef ERRATA__WORDS_FREE
	free(w);
}

static int list_load(errata__wordlist *l, const char *name, const char *key,
                     const cJSON *v)
{
	size_t n, i = 0;

	if (!v || cJSON_IsNull(v))
		return 0;
	if (!cJSON_IsArray(v) && !cJSON_IsObject(v))
		return errata__error(ERRATA_EINVALID,
		                     "%s: consistency.%s: not an array or object", name, key);
	n = (size_t)cJSON_GetArraySize(v);
	if (n == 0)
		return 0;
	if (!(l->items = calloc(n, sizeof(*l->items))))
		return errata__oom();
	for (const cJSON *it = v->child; it; it = it->next, i++) {
		const char *word = cJSON_IsObject(v) ? it->string : it->valuestring;
		errata__word *wd = &l->items[l->count];

		if (cJSON_IsArray(v) && !cJSON_IsString(it))
			return errata__error(ERRATA_EINVALID,
			                     "%s: consistency.%s[%zu]: not a string", name, key, i);
		if (cJSON_IsObject(v) && !cJSON_IsNumber(it))
			return errata__error(ERRATA_EINVALID,
			                     "%s: consistency.%s.%s: not a number", name, key, word);
		if (!word || !word[0])
			return errata__error(ERRATA_EINVALID,
			                     "%s: consistency.%s: empty word", name, key);
		if (!(wd->word = errata__strdup(word)) || !(wd->low = errata__strdup(word)))
			return errata__oom();
		wd->len = strlen(word);
		for (size_t k = 0; k < wd->len; k++)
			wd->low[k] = (char)lower((unsigned char)word[k]);
		wd->ends_word = errata__is_word_byte(word, wd->len, wd->len - 1);
		wd->value = cJSON_IsObject(v) ? (int)it->valuedouble : 0;
		l->count++;
	}
	if (l->count > 10000)
		return errata__error(ERRATA_EINVALID, "%s: consistency.%s: too many words", name, key);
	/* group the indexes by first byte, longest first, else in table order */
	if (!(l->by_first = malloc(l->count * sizeof(*l->by_first))) ||
	    !(l->shared = malloc(l->count * sizeof(*l->shared))))
		return errata__oom();
	{
		size_t pos = 0;

		memset(l->to, 0, sizeof(l->to));
		for (size_t k = 0; k < l->count; k++)
			l->to[lower((unsigned char)l->items[k].word[0])]++;
		for (int c = 0; c < 256; c++) {
			l->from[c] = (unsigned short)pos;
			pos += l->to[c];
			l->to[c] = l->from[c]; /* filled up below */
		}
		for (size_t k = 0; k < l->count; k++) {
			int c = lower((unsigned char)l->items[k].word[0]);
			size_t at = l->to[c]++;

			/* a stable insertion: after every item as long or longer */
			while (at > l->from[c] && l->items[l->by_first[at - 1]].len < l->items[k].len) {
				l->by_first[at] = l->by_first[at - 1];
				at--;
			}
			l->by_first[at] = (unsigned short)k;
		}
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

/* A 16-bit hash of three bytes as the text has them: v is b0 | b1 << 8 | b2 << 16 (| b3 << 24). */
static inline unsigned int hash3(uint32_t v)
{
	return (unsigned int)(((v << 8) * 2654435761u) >> 16);
}

/* A 16-bit hash of four bytes as the text has them: v is b0 | b1 << 8 | b2 << 16 | b3 << 24. */
static inline unsigned int hash4(uint32_t v)
{
	return (unsigned int)((v * 2246822519u) >> 16);
}

/* Set bit k of bits. */
static void bit_on(unsigned char *bits, unsigned int k)
{
	bits[k >> 3] |= (unsigned char)(1u << (k & 7));
}

/*
 * Add the words of l to the member set `set` of the union w->any_starts
 * (set->index is its place there): the two-byte starts (bits, and raw and
 * the union's member_mask in every case the text may give them), the hash
 * of the first three bytes (bits3; bits3_only for words of three bytes),
 * of the first four (bits4), and the same in the union's tables.
 */
static void starts_add(errata__words *w, errata__starts *set, const errata__wordlist *l)
{
	errata__starts *all = &w->any_starts;
	unsigned char flag = (unsigned char)(1u << set->index);

	for (size_t i = 0; i < l->count; i++) {
		const char *wd = l->items[i].word;
		size_t n = l->items[i].len;
		unsigned int k;

		/* from the first letter: "-year-old" is found at "year" */
		while (n > 0 && !errata__is_word_byte(wd, n, 0)) {
			wd++;
			n--;
		}
		if (n < 2)
			continue; /* never found by a scan */
		k = ((unsigned int)lower((unsigned char)wd[0]) << 8) | (unsigned int)lower((unsigned char)wd[1]);
		bit_on(set->bits, k);
		bit_on(all->bits, k);
		/* the first two, three and four bytes in every case the text may give them */
		for (unsigned int v = 0; v < 16; v++) {
			uint32_t bytes = 0;

			for (unsigned int nb = 0; nb < 4 && nb < n; nb++) {
				unsigned int c = lower((unsigned char)wd[nb]);

				if (((v >> nb) & 1) && c >= 'a' && c <= 'z')
					c -= 32;
				bytes |= (uint32_t)c << (8 * nb);
			}
			bit_on(set->raw, bytes & 0xffff);
			bit_on(all->raw, bytes & 0xffff);
			w->any_mask[bytes & 0xffff] |= flag;
			if (n == 2)
				continue;
			bit_on(set->bits3, hash3(bytes));
			bit_on(all->bits3, hash3(bytes));
			if (n == 3) {
				bit_on(set->bits3_only, hash3(bytes));
				w->any_mask3[hash3(bytes)] |= flag;
			} else {
				bit_on(set->bits4, hash4(bytes));
				w->any_mask4[hash4(bytes)] |= flag;
			}
		}
		if (n == 2) {
			set->has_short = all->has_short = 1;
			all->member_short |= flag;
		}
	}
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
		error = list_load(&w->n, name, #n, cJSON_GetObjectItemCaseSensitive(obj, #n));
	ERRATA__WORDLISTS(ERRATA__WORDS_LOAD)
#undef ERRATA__WORDS_LOAD

	if (!error) {
		errata__starts *sets[] = { &w->unit_starts, &w->relative_starts,
		                           &w->anniversary_starts, &w->born_starts,
		                           &w->age_starts };

		for (size_t k = 0; k < sizeof(sets) / sizeof(sets[0]); k++) {
			sets[k]->all = &w->any_starts;
			sets[k]->index = w->any_starts.member_count;
			w->any_starts.members[w->any_starts.member_count++] = sets[k];
		}
		w->any_starts.member_mask = w->any_mask;
		w->any_starts.member_mask3 = w->any_mask3;
		w->any_starts.member_mask4 = w->any_mask4;
		starts_add(w, &w->unit_starts, &w->day_units);
		starts_add(w, &w->unit_starts, &w->night_units);
		starts_add(w, &w->unit_starts, &w->day_units_plural);
		starts_add(w, &w->unit_starts, &w->night_units_plural);
		starts_add(w, &w->unit_starts, &w->compound_units);
		starts_add(w, &w->relative_starts, &w->relative);
		starts_add(w, &w->anniversary_starts, &w->anniversary);
		starts_add(w, &w->anniversary_starts, &w->named_anniversaries);
		starts_add(w, &w->anniversary_starts, &w->years_since);
		starts_add(w, &w->born_starts, &w->born);
		starts_add(w, &w->age_starts, &w->age_suffix);
		/* a member with a word of two bytes is spared the three- and four-byte tests */
		if (w->any_starts.member_short)
			for (unsigned int h = 0; h < 65536; h++) {
				w->any_mask3[h] |= w->any_starts.member_short;
				w->any_mask4[h] |= w->any_starts.member_short;
			}
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

/* The "consistency" words of the locale file at path (none if it does not exist). */
static int words_read(errata__words **out, const char *path)
{
	char *data = NULL;
	size_t len = 0;
	cJSON *root = NULL;
	int error = 0;

	error = errata__read_file(path, (size_t)4 * 1024 * 1024, &data, &len);
	if (error == ERRATA_ENOTFOUND) {
		error = errata__words_from_json(out, path, NULL);
		goto cleanup;
	}
	if (error < 0)
		goto cleanup;
	if (!(root = cJSON_ParseWithLength(data, len))) {
		error = errata__error(ERRATA_EINVALID, "%s: invalid JSON", path);
		goto cleanup;
	}
	error = errata__words_from_json(out, path,
	                                cJSON_GetObjectItemCaseSensitive(root, "consistency"));

cleanup:
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

		if ((error = words_read(&w, lang)) < 0)
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

/* ---- matching --------------------------------------------------------- */

int errata__is_word_char(const char *text, size_t len, size_t i)
{
	unsigned char c = (unsigned char)text[i];
	uint32_t cp = 0;

	if ((c & 0xc0) == 0x80)
		return 1; /* inside a character */
	if (!errata__utf8_decode((const unsigned char *)text + i, len - i, &cp))
		return 0;
	/* punctuation, spaces and symbols are not letters */
	if (cp < 0xc0 || cp == 0xd7 || cp == 0xf7)
		return 0;
	if ((cp >= 0x2000 && cp <= 0x2bff) || (cp >= 0x3000 && cp <= 0x303f) ||
	    (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff0f))
		return 0;
	return 1;
}

/* Byte classes for the word walk: 0 not a word, 1 ASCII letter or digit, 2 non-ASCII. */
static inline unsigned char byte_class(unsigned char c)
{
	if (c >= 0x80)
		return 2;
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

size_t errata__words_match_from(const errata__wordlist *list, const char *text,
                                size_t len, size_t at, int *value)
{
	const unsigned char *t = (const unsigned char *)text + at;
	size_t left = len - at, known = 1;
	int c = lower(t[0]), differs = 0;

	/*
	 * Longest first: the first that matches is the one wanted. What the
	 * text was found to share with one word carries to the next through
	 * the bytes the two share: text[0, known) equals the word before, and
	 * when `differs`, text[known] is not its next byte.
	 */
	for (size_t i = list->from[c]; i < list->to[c]; i++) {
		const errata__word *w = &list->items[list->by_first[i]];
		size_t shared = list->shared[i], k;

		if (shared < known) {
			/* where this word leaves the one before, the text followed that one */
			known = shared;
			differs = shared < w->len;
		} else if (shared == known) {
			differs = 0;
		}
		if (differs || w->len > left)
			continue;
		for (k = known; k < w->len && lower_table[t[k]] == (unsigned char)w->low[k]; k++)
			;
		known = k;
		if (k < w->len) {
			differs = 1;
			continue;
		}
		/* a word ends at a boundary, unless it ends in punctuation ("ex-") */
		if (w->ends_word && errata__is_word_byte(text, len, at + w->len))
			continue;
		if (value)
			*value = w->value;
		return w->len;
	}
	return 0;
}

/* ---- scans ------------------------------------------------------------ */


/* Whether the two bytes at i begin a word of the set (i + 1 < len). */
static inline int in_set(const errata__starts *set, const unsigned char *t, size_t i)
{
	unsigned int r = (unsigned int)t[i] | ((unsigned int)t[i + 1] << 8);

	return (set->raw[r >> 3] >> (r & 7)) & 1;
}

/* Whether a non-word stands before i (0 < i): a word may start there. */
static inline int after_nonword(const char *text, size_t len, size_t i)
{
	unsigned char c = (unsigned char)text[i - 1];

	return c < 0x80 ? byte_class(c) != 1 : errata__word_start(text, len, i);
}

/*
 * Whether a word of the set may start at i (0 < i, i + 1 < len), its
 * first two bytes being known to be in the set: the third byte agrees,
 * and a non-word stands before.
 */
static inline int starts_after_pair(const errata__starts *set, const char *text, size_t len,
                                    size_t i)
{
	const unsigned char *t = (const unsigned char *)text;
	unsigned int k3;

	if (!set->has_short) {
		if (i + 2 >= len)
			return 0;
		k3 = hash3((uint32_t)t[i] | (uint32_t)t[i + 1] << 8 | (uint32_t)t[i + 2] << 16);
		if (!((set->bits3[k3 >> 3] >> (k3 & 7)) & 1))
			return 0;
	}
	return after_nonword(text, len, i);
}

/* Whether a word of the set may start at i (0 < i): in the set, after a non-word. */
static inline int starts_at(const errata__starts *set, const char *text, size_t len, size_t i)
{
	if (i + 1 >= len || !in_set(set, (const unsigned char *)text, i))
		return 0;
	return starts_after_pair(set, text, len, i);
}

/*
 * Words start after a separator: an ASCII byte below '0' (space, newline,
 * punctuation) or a non-ASCII byte (curly quotes, dashes; letters are
 * checked properly). Eight bytes are tested at a time for separators.
 * A word right after another ASCII symbol (":", ";", "?") is not seen.
 */
static size_t scan_next(const errata__starts *set, const char *text, size_t len, size_t from)
{
	const unsigned char *t = (const unsigned char *)text;
	size_t i = from;

	if (from == 0 && len > 1 && errata__is_word_byte(text, len, 0) && in_set(set, t, 0))
		return 0;
	if (from > 0 && from < len && starts_at(set, text, len, from))
		return from;
#if defined(__SSE2__) && defined(__GNUC__)
	/* bytes below '0' and non-ASCII bytes are the negative ones below '0' as signed */
	/* 18 bytes left: every j + 1 below (at most i + 17) is inside the text */
	while (i + 18 <= len) {
		__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(t + i));
		unsigned int m = (unsigned int)_mm_movemask_epi8(_mm_cmplt_epi8(x, _mm_set1_epi8('0')));
		unsigned int hits = 0;

		/* the two-byte test without a branch per position, then the rest on hits */
		while (m) {
			unsigned int b = (unsigned int)__builtin_ctz(m);
			size_t j = i + b + 1;

			hits |= (unsigned int)in_set(set, t, j) << b;
			m &= m - 1;
		}
		while (hits) {
			size_t j = i + (size_t)__builtin_ctz(hits) + 1;

			if (starts_at(set, text, len, j))
				return j;
			hits &= hits - 1;
		}
		i += 16;
	}
#endif
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	while (i + 8 <= len) {
		const uint64_t high = 0x8080808080808080ULL, zeros = 0x3030303030303030ULL;
		uint64_t x, m;

		memcpy(&x, t + i, 8);
		/* bytes below '0' (ASCII only: (b | 0x80) - 0x30 never borrows), and non-ASCII bytes */
		m = (~((x | high) - zeros) & high & ~x) | (x & high);
		while (m) {
			size_t j = i + ((size_t)__builtin_ctzll(m) >> 3) + 1;

			if (starts_at(set, text, len, j))
				return j;
			m &= m - 1;
		}
		i += 8;
	}
#endif
	for (; i < len; i++)
		if ((t[i] < 0x30 || t[i] >= 0x80) && starts_at(set, text, len, i + 1))
			return i + 1;
	return len;
}

/* One document's word starts, per member set of the union, per thread. */
static _Thread_local struct {
	const errata__starts *all;
	const char *text;
	size_t len;
	uint64_t hash;
	size_t *pos[8];
	size_t count[8], alloc[8];
	size_t next[8];   /* the index after the one last returned: scans go forward */
	int valid;
	/* the document the checker is running the checks on (errata__starts_begin()) */
	const char *doc_text;
	size_t doc_len;
} cands;

void errata__starts_begin(const char *text, size_t len)
{
	cands.valid = 0;
	cands.doc_text = text;
	cands.doc_len = len;
}

void errata__starts_end(void)
{
	cands.valid = 0;
	cands.doc_text = NULL;
	cands.doc_len = 0;
}

static uint64_t text_hash(const char *text, size_t len)
{
	uint64_t h = 0x9e3779b97f4a7c15ULL ^ len;
	size_t i = 0;

	for (; i + 8 <= len; i += 8) {
		uint64_t x;

		memcpy(&x, text + i, 8);
		h = (h ^ x) * 0xff51afd7ed558ccdULL;
		h ^= h >> 32;
	}
	for (; i < len; i++)
		h = (h ^ (unsigned char)text[i]) * 0x100000001b3ULL;
	return h;
}

/* Free this thread's positions (at the thread's exit). */
static void cands_free(void)
{
	for (int k = 0; k < 8; k++) {
		free(cands.pos[k]);
		cands.pos[k] = NULL;
		cands.count[k] = cands.alloc[k] = cands.next[k] = 0;
	}
	cands.valid = 0;
}

/* Keep position i for each member set of the union in mask; 0, or -1 when out of memory. */
static int cands_add(unsigned int mask, size_t i)
{
	for (int k = 0; mask; k++, mask >>= 1) {
		if (!(mask & 1))
			continue;
		if (cands.count[k] == cands.alloc[k]) {
			size_t na = cands.alloc[k] ? cands.alloc[k] * 2 : 64;
			size_t *grown;

			if (!cands.alloc[k] && errata__thread_cleanup(cands_free) < 0)
				return -1;
			if (!(grown = realloc(cands.pos[k], na * sizeof(*grown))))
				return -1;
			cands.pos[k] = grown;
			cands.alloc[k] = na;
		}
		cands.pos[k][cands.count[k]++] = i;
	}
	return 0;
}

/*
 * Find the word starts of the union set `all` in text, in one pass, and
 * keep each under the members whose words may begin there: of the
 * positions scan_next(all) would return one by one, those the member's
 * own scan would return too. After each separator (an ASCII byte below
 * '0' or a non-ASCII byte), the next two bytes index member_mask, the
 * hashes of the next three and four member_mask3 and member_mask4 (a
 * member with a two-byte word is in every entry), and where some member
 * is in both, the byte before must not be part of a word. Returns 0, or
 * -1 when out of memory.
 */
static int cands_build(const errata__starts *all, const char *text, size_t len)
{
	const unsigned char *t = (const unsigned char *)text;
	const unsigned char *members = all->member_mask, *members3 = all->member_mask3;
	const unsigned char *members4 = all->member_mask4;
	size_t i = 0;

	cands.valid = 0;
	for (int k = 0; k < all->member_count; k++)
		cands.count[k] = cands.next[k] = 0;
	/* the text's first word needs no separator before it */
	if (len > 1 && errata__is_word_byte(text, len, 0) && in_set(all, t, 0) &&
	    cands_add(members[t[0] | ((unsigned int)t[1] << 8)], 0) < 0)
		return -1;
#if defined(__SSE2__) && defined(__GNUC__)
	/* 20 bytes left: the four bytes read at each j below (j <= i + 16) are inside the text */
	for (; i + 20 <= len; i += 16) {
		__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(t + i));
		const unsigned char *after = t + i + 1;

		/* bytes below '0' and non-ASCII bytes are the negative ones below '0' as signed */
		for (uint64_t m = (unsigned int)_mm_movemask_epi8(_mm_cmplt_epi8(x, _mm_set1_epi8('0')));
		     m; m &= m - 1) {
			size_t b = (size_t)__builtin_ctzll(m);
			uint16_t pair;
			uint32_t quad;
			unsigned int mask;

			/* x86 is little-endian: pair is t[j] | t[j + 1] << 8, quad goes on to t[j + 3] */
			memcpy(&pair, after + b, 2);
			if (!(mask = members[pair]))
				continue;
			memcpy(&quad, after + b, 4);
			if (!(mask &= members3[hash3(quad)] | members4[hash4(quad)]))
				continue;
			if (after_nonword(text, len, i + 1 + b) && cands_add(mask, i + 1 + b) < 0)
				return -1;
		}
	}
#endif
	for (; i + 2 < len; i++) {
		size_t j = i + 1;
		uint32_t v = (uint32_t)t[j] | (uint32_t)t[j + 1] << 8;
		unsigned int mask;

		if ((t[i] >= 0x30 && t[i] < 0x80) || !(mask = members[v]))
			continue;
		/* a word of three bytes or more needs its third byte in the text, and so on */
		if (j + 3 < len) {
			v |= (uint32_t)t[j + 2] << 16 | (uint32_t)t[j + 3] << 24;
			mask &= members3[hash3(v)] | members4[hash4(v)];
		} else if (j + 2 < len) {
			mask &= members3[hash3(v | (uint32_t)t[j + 2] << 16)];
		} else {
			mask &= all->member_short;
		}
		if (mask && after_nonword(text, len, j) && cands_add(mask, j) < 0)
			return -1;
	}
	cands.all = all;
	cands.text = text;
	cands.len = len;
	cands.valid = 1;
	return 0;
}

size_t errata__starts_next(const errata__starts *set, const char *text, size_t len,
                           size_t from)
{
	const errata__starts *all = set->all;
	size_t lo = 0, hi;
	int k;

	if (!all)
		return scan_next(set, text, len, from);
	k = set->index;
	if (!cands.valid || cands.text != text || cands.len != len || cands.all != all ||
	    (from == 0 && (text != cands.doc_text || len != cands.doc_len))) {
		/* the document being checked needs no hash: its positions were dropped at its start */
		int trusted = text == cands.doc_text && len == cands.doc_len;
		uint64_t h = trusted ? 0 : text_hash(text, len);

		if (!cands.valid || cands.text != text || cands.len != len ||
		    cands.all != all || cands.hash != h) {
			if (cands_build(all, text, len) < 0)
				return scan_next(set, text, len, from); /* out of memory: scan */
			cands.hash = h;
		}
	}
	hi = cands.count[k];
	lo = cands.next[k];
	/* the first position at or after from: where the last call left off, else a binary search */
	if (!(lo <= hi && (lo == 0 || cands.pos[k][lo - 1] < from) &&
	      (lo == hi || cands.pos[k][lo] >= from))) {
		lo = 0;
		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;

			if (cands.pos[k][mid] < from)
				lo = mid + 1;
			else
				hi = mid;
		}
	}
	if (lo >= cands.count[k])
		return len;
	cands.next[k] = lo + 1;
	return cands.pos[k][lo];
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
	return errata__words_match(&w->numbers, text, len, at, value);
}

int errata__read_year_from(const char *text, size_t len, size_t at)
{
	int v = 0;

	if (at + 4 > len || !errata__word_start(text, len, at))
		return 0;
	for (size_t i = 0; i < 4; i++) {
		if (text[at + i] < '0' || text[at + i] > '9')
			return 0;
		v = v * 10 + (text[at + i] - '0');
	}
	if (errata__is_word_byte(text, len, at + 4) || v < 1000 || v > 2999)
		return 0;
	return v;
}

/* ---- sentences -------------------------------------------------------- */

static int is_upper_start(const char *text, size_t len, size_t i)
{
	unsigned char c = (unsigned char)text[i];
	uint32_t cp = 0;

	if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '"' ||
	    c == '\'' || c == '(' || c == '[')
		return 1;
	if (c < 0x80 || !errata__utf8_decode((const unsigned char *)text + i, len - i, &cp))
		return 0;
	/* Latin capitals, opening quotes */
	return (cp >= 0xc0 && cp <= 0xde && cp != 0xd7) || cp == 0x201c || cp == 0x2018;
}

/* Whether the word ending just before the '.' at i is an abbreviation. */
static int abbreviation_before(const errata__words *w, const char *text, size_t i)
{
	size_t s = i;

	while (s > 0 && (errata__is_word_byte(text, i, s - 1) || text[s - 1] == '.'))
		s--;
	if (i - s == 1 && text[s] >= 'A' && text[s] <= 'Z')
		return 1; /* an initial: "J. Smith" */
	if (!w || s == i)
		return 0;
	/* only the abbreviations with the word's first letter can match */
	for (size_t k = w->abbreviations.from[lower(text[s])]; k < w->abbreviations.to[lower(text[s])]; k++) {
		const errata__word *a = &w->abbreviations.items[w->abbreviations.by_first[k]];

		if (a->len == i - s && errata__strncasecmp_ascii(a->word, text + s, a->len) == 0)
			return 1;
	}
	return 0;
}

/*
 * Whether the '.' at i closes an ordinal of one to three digits and the
 * locale writes ordinals with a dot ("den 100. Jahrestag", "am 4. Mai"):
 * no sentence ends there. A year ("im Jahr 2025.") still ends one.
 */
static int ordinal_dot_before(const errata__words *w, const char *text, size_t i)
{
	size_t s = i;

	if (!w)
		return 0;
	while (s > 0 && i - s < 4 && text[s - 1] >= '0' && text[s - 1] <= '9')
		s--;
	if (s == i || i - s > 3 || (s > 0 && errata__is_word_ascii((unsigned char)text[s - 1])))
		return 0;
	for (size_t k = 0; k < w->ordinal_suffixes.count; k++)
		if (w->ordinal_suffixes.items[k].len == 1 && w->ordinal_suffixes.items[k].word[0] == '.')
			return 1;
	return 0;
}

/*
 * If a sentence ends at byte i (terminal punctuation or a newline),
 * return where the next sentence starts (> i); else 0.
 */
static size_t sentence_break(const errata__words *w, const char *text,
                             size_t len, size_t i)
{
	char c = text[i];
	size_t k = i + 1, m;

	if (c == '\n') {
		/* a blank line; a single line break is a soft wrap */
		m = errata__skip_space(text, len, k);
		if (m < len && text[m] == '\r')
			m++;
		if (m >= len)
			return len;
		if (text[m] == '\n')
			return errata__skip_space(text, len, m + 1);
		return 0;
	}
	if (c != '.' && c != '!' && c != '?')
		return 0;
	while (k < len && (text[k] == '"' || text[k] == '\'' || text[k] == ')' ||
	                   text[k] == ']'))
		k++;
	/* closing curly quotes */
	while (k + 2 < len && (unsigned char)text[k] == 0xe2 && (unsigned char)text[k + 1] == 0x80 &&
	       ((unsigned char)text[k + 2] == 0x9d || (unsigned char)text[k + 2] == 0x99))
		k += 3;
	if (k >= len)
		return len;
	if (text[k] != ' ' && text[k] != '\n' && text[k] != '\r' && text[k] != '\t')
		return 0;
	m = k;
	while (m < len && (text[m] == ' ' || text[m] == '\n' || text[m] == '\r' || text[m] == '\t'))
		m++;
	if (m >= len)
		return len;
	if (!is_upper_start(text, len, m))
		return 0;
	if (c == '.' && (abbreviation_before(w, text, i) || ordinal_dot_before(w, text, i)))
		return 0;
	return m;
}

/* The byte mask of a 16-byte block: bit b for each '\n', '.', '!' or '?' at p[b]. */
#if defined(__SSE2__) && defined(__GNUC__)
static inline unsigned int end_bytes16(const unsigned char *p)
{
	__m128i x = _mm_loadu_si128((const __m128i *)(const void *)p);
	__m128i hit = _mm_or_si128(
		_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('\n')), _mm_cmpeq_epi8(x, _mm_set1_epi8('.'))),
		_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('!')), _mm_cmpeq_epi8(x, _mm_set1_epi8('?'))));

	return (unsigned int)_mm_movemask_epi8(hit);
}
#endif

/* Whether a sentence may end at byte c (sentence_break() is 0 for any other). */
static inline int is_end_byte(unsigned char c)
{
	return c == '\n' || c == '.' || c == '!' || c == '?';
}

/* The first byte in [i, hi) that may end a sentence; hi if none. */
static size_t next_end_byte(const char *text, size_t hi, size_t i)
{
	const unsigned char *t = (const unsigned char *)text;

#if defined(__SSE2__) && defined(__GNUC__)
	for (; i + 16 <= hi; i += 16) {
		unsigned int m = end_bytes16(t + i);

		if (m)
			return i + (size_t)__builtin_ctz(m);
	}
#endif
	for (; i < hi; i++)
		if (is_end_byte(t[i]))
			return i;
	return hi;
}

/* One past the last byte in [lo, i) that may end a sentence; lo if none. */
static size_t prev_end_byte(const char *text, size_t lo, size_t i)
{
	const unsigned char *t = (const unsigned char *)text;

#if defined(__SSE2__) && defined(__GNUC__)
	for (; i >= lo + 16; i -= 16) {
		unsigned int m = end_bytes16(t + i - 16);

		if (m)
			return i - 16 + (size_t)(32 - __builtin_clz(m));
	}
#endif
	for (; i > lo; i--)
		if (is_end_byte(t[i - 1]))
			return i;
	return lo;
}

void errata__sentence(const errata__words *w, const char *text, size_t len,
                      size_t at, size_t *start, size_t *end)
{
	size_t lo = at > 4000 ? at - 4000 : 0, hi = at + 4000 < len ? at + 4000 : len;
	size_t i;

	/* only the bytes that may end a sentence are tried, nearest first */
	*start = lo;
	for (i = at; (i = prev_end_byte(text, lo, i)) > lo; i--) {
		size_t next = sentence_break(w, text, len, i - 1);

		if (next && next <= at) {
			*start = next;
			break;
		}
	}
	*end = hi;
	for (i = next_end_byte(text, hi, at); i < hi; i = next_end_byte(text, hi, i + 1)) {
		if (sentence_break(w, text, len, i)) {
			*end = text[i] == '\n' ? i : i + 1;
			break;
		}
	}
}

/* ---- names ------------------------------------------------------------ */

static int is_capital(const char *text, size_t len, size_t i)
{
	unsigned char c = (unsigned char)text[i];
	uint32_t cp = 0;

	if (c >= 'A' && c <= 'Z')
		return 1;
	if (c < 0x80 || !errata__utf8_decode((const unsigned char *)text + i, len - i, &cp))
		return 0;
	return (cp >= 0xc0 && cp <= 0xde && cp != 0xd7) || (cp >= 0x391 && cp <= 0x3a9) ||
	       (cp >= 0x410 && cp <= 0x42f);
}

/*
 * The start of the word that ends at `end` (letters, digits, inner hyphens
 * and dots: "Jae-myung", "U.S"); `end` itself when there is none.
 */
static size_t word_start_before(const char *text, size_t len, size_t end)
{
	size_t ws = end;

	while (ws > 0 && (errata__is_word_byte(text, len, ws - 1) ||
	                  ((text[ws - 1] == '-' || text[ws - 1] == '.') && ws > 1 &&
	                   errata__is_word_byte(text, len, ws - 2))))
		ws--;
	while (ws < end && ((unsigned char)text[ws] & 0xc0) == 0x80)
		ws++;
	return ws;
}

/* Whether the word that ends at `end` starts with a capital. */
static int is_capital_word_before(const char *text, size_t len, size_t end)
{
	size_t ws = word_start_before(text, len, end);

	return ws < end && is_capital(text, len, ws);
}

/* End of the word starting at i (letters, digits, inner hyphens, apostrophes). */
static size_t word_end(const char *text, size_t len, size_t i)
{
	while (i < len) {
		if (errata__is_word_byte(text, len, i))
			i++;
		else if ((text[i] == '-' || text[i] == '.') && i + 1 < len &&
		         errata__is_word_byte(text, len, i + 1) && text[i + 1] != '\'')
			i++;
		else
			break;
	}
	return i;
}

/*
 * After a word of a name ending at `at`: the locale's name particles
 * ("du", "de", "d'"), at most two, between it and the next capitalised
 * word ("Musée du Port", "Charles de Gaulle", "Musée d'Orsay"). Returns
 * where that word starts, or 0 when there is no such bridge.
 */
static size_t particles_after(const errata__words *w, const char *t, size_t len, size_t at)
{
	size_t i = at, n;

	if (!w || !w->name_particles.count || i >= len || (t[i] != ' ' && t[i] != '\n'))
		return 0;
	i++;
	for (int k = 0; k < 2; k++) {
		if (!(n = errata__words_match(&w->name_particles, t, len, i, NULL)))
			return 0;
		i += n;
		if (t[i - 1] == '\'')   /* "d'Orsay" */
			return i < len && is_capital(t, len, i) ? i : 0;
		if (i >= len || t[i] != ' ')
			return 0;
		i++;
		if (i < len && is_capital(t, len, i))
			return i;
	}
	return 0;
}

/*
 * Before a word of a name starting at `s`: the same bridge backwards.
 * Returns the end of the capitalised word before the particles, or 0.
 */
static size_t particles_before(const errata__words *w, const char *t, size_t len, size_t s)
{
	size_t i = s;

	if (!w || !w->name_particles.count)
		return 0;
	for (int k = 0; k < 2; k++) {
		size_t pe, ps, ce, cs;

		if (i > 0 && t[i - 1] == '\'')
			pe = i;          /* the apostrophe belongs to the particle */
		else if (i > 1 && (t[i - 1] == ' ' || t[i - 1] == '\n'))
			pe = i - 1;
		else
			return 0;
		ps = t[pe - 1] == '\'' ? pe - 1 : pe;
		while (ps > 0 && errata__is_word_byte(t, len, ps - 1))
			ps--;
		if (ps == pe || errata__words_match(&w->name_particles, t, len, ps, NULL) != pe - ps)
			return 0;
		if (ps < 2 || (t[ps - 1] != ' ' && t[ps - 1] != '\n'))
			return 0;
		ce = ps - 1;
		cs = ce;
		while (cs > 0 && errata__is_word_byte(t, len, cs - 1))
			cs--;
		while (cs < ce && ((unsigned char)t[cs] & 0xc0) == 0x80)
			cs++;
		if (cs < ce && is_capital(t, len, cs))
			return ce;
		i = ps;   /* perhaps a second particle: "de la" */
	}
	return 0;
}

size_t errata__name_after(const errata__words *w, const char *text, size_t len, size_t at,
                          size_t *name_len)
{
	size_t s = errata__skip_space(text, len, at), e = s, i = s, k;

	*name_len = 0;
	while (i < len && is_capital(text, len, i) && errata__word_start(text, len, i)) {
		size_t we = word_end(text, len, i);

		e = we;
		/* the next word of the name, after a space or a soft line break */
		if (we + 1 < len && (text[we] == ' ' || text[we] == '\n') && is_capital(text, len, we + 1))
			i = we + 1;
		else if ((k = particles_after(w, text, len, we)) > 0)
			i = k;
		else
			break;
	}
	*name_len = e - s;
	return s;
}

size_t errata__name_before(const errata__words *w, const char *text, size_t len, size_t end,
                           size_t *name_len)
{
	size_t e = end, s, ce;

	*name_len = 0;
	while (e > 0 && (text[e - 1] == ' ' || text[e - 1] == '\t'))
		e--;
	s = e;
	for (;;) {
		size_t ws = word_start_before(text, len, s);

		if (ws == s || !is_capital(text, len, ws))
			break;
		s = ws;
		if (s > 1 && (text[s - 1] == ' ' || text[s - 1] == '\n') &&
		    errata__is_word_byte(text, len, s - 2) && is_capital_word_before(text, len, s - 1))
			s--; /* the space (or soft line break) between two words of the name */
		else if ((ce = particles_before(w, text, len, s)) > 0)
			s = ce; /* "Charles de Gaulle": on to "Charles" */
		else
			break;
	}
	while (s < e && (text[s] == ' ' || text[s] == '\n'))
		s++;
	*name_len = e - s;
	return s;
}

/* ---- dates ------------------------------------------------------------ */

int errata__mention_days(const errata_mention *m, long *days)
{
	if (!m || m->year <= 0 || !errata_date_valid(m->year, m->month, m->day))
		return 0;
	*days = errata_date_to_days(m->year, m->month, m->day);
	return 1;
}

int errata__format_date(errata_buf *buf, const errata_locale *loc, int year,
                        int month, int day, int with_year)
{
	const char *name = loc ? errata_locale_month_name(loc, month) : NULL;

	/* the table's way: "January 4, 2026", "4 janvier 2026" */
	if (name)
		return errata_locale_format_day(loc, year, month, day, with_year, buf);
	return errata_buf_printf(buf, "%04d-%02d-%02d", year, month, day);
}

int errata__buf_format(errata_buf *buf, const char *fmt, ...)
{
	va_list ap;
	int error = 0;

	va_start(ap, fmt);
	while (*fmt && !error) {
		const char *pct = strchr(fmt, '%'), *s;
		int prec;

		if (!pct) {
			error = errata_buf_puts(buf, fmt);
			break;
		}
		if (pct > fmt && (error = errata_buf_put(buf, fmt, (size_t)(pct - fmt))) < 0)
			break;
		fmt = pct + 1;
		if (fmt[0] == 's') {
			s = va_arg(ap, const char *);
			error = errata_buf_puts(buf, s ? s : "(null)");
			fmt += 1;
		} else if (fmt[0] == '.' && fmt[1] == '*' && fmt[2] == 's') {
			prec = va_arg(ap, int);
			s = va_arg(ap, const char *);
			if (!s)
				s = prec < 0 || prec >= 6 ? "(null)" : ""; /* as glibc has it */
			/* like printf: at most prec bytes, and never past a NUL */
			error = errata_buf_put(buf, s, prec < 0 ? strlen(s) : strnlen(s, (size_t)prec));
			fmt += 3;
		} else if (fmt[0] == 'd') {
			error = errata_buf_put_long(buf, va_arg(ap, int));
			fmt += 1;
		} else if (fmt[0] == 'l' && fmt[1] == 'd') {
			error = errata_buf_put_long(buf, va_arg(ap, long));
			fmt += 2;
		} else if (fmt[0] == '%') {
			error = errata_buf_putc(buf, '%');
			fmt += 1;
		} else {
			error = errata__error(ERRATA_EINVALID, "unsupported conversion '%%%c'", fmt[0]);
		}
	}
	va_end(ap);
	return error;
}

size_t errata__mention_at(const errata_mentions *m, size_t at)
{
	size_t lo = 0, hi = m ? errata_mentions_count(m) : 0;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (errata_mentions_get(m, mid)->offset < at)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

int errata__other_year_in(const errata_mentions *m, const char *text, size_t len,
                          size_t s, size_t e, int year)
{
	size_t count = m ? errata_mentions_count(m) : 0;

	for (size_t mi = errata__mention_at(m, s); mi < count; mi++) {
		const errata_mention *x = errata_mentions_get(m, mi);

		if (x->offset >= e)
			break;
		if (x->year > 0 && x->year != year)
			return 1;
	}
	for (size_t i = s; i < e; i++) {
		int y = errata__read_year(text, len, i);

		if (y && y != year)
			return 1;
	}
	return 0;
}

/* ---- people ----------------------------------------------------------- */

int errata__article_births(const errata__words *w, const char *p, size_t len,
                           const errata_mentions *mentions,
                           errata__birth **out, size_t *count)
{
	errata__birth *list = NULL;
	size_t n = 0, alloc = 0, mcount = mentions ? errata_mentions_count(mentions) : 0;
	int error = 0;

	*out = NULL;
	*count = 0;
	if (!w->born.count)
		return 0;
	for (size_t i, from = 0, bl; (i = errata__starts_next(&w->born_starts, p, len, from)) < len;
	     from = i + 1) {
		size_t e, nm, nl, mi, lim;
		errata__birth b;

		if (!(bl = errata__words_match(&w->born, p, len, i, NULL)))
			continue;
		memset(&b, 0, sizeof(b));
		lim = i + bl + 32 < len ? i + bl + 32 : len;
		mi = errata__mention_at(mentions, i + bl);
		if (mi < mcount && errata_mentions_get(mentions, mi)->offset < lim &&
		    (errata_mentions_get(mentions, mi)->flags & ERRATA_MENTION_YEAR_EXPLICIT)) {
			const errata_mention *m = errata_mentions_get(mentions, mi);

			if (errata_date_valid(m->year, m->month, m->day)) {
				b.year = m->year;
				b.month = m->month;
				b.day = m->day;
			}
		}
		for (size_t k = i + bl; !b.year && k < lim; k++) {
			if (p[k] == '.' || p[k] == ';' || p[k] == ')')
				break;
			b.year = errata__read_year(p, len, k);
		}
		if (!b.year)
			continue;
		/* the name before: "NAME, born", "NAME (born", "NAME was born" */
		e = i;
		while (e > 0 && (p[e - 1] == ' ' || p[e - 1] == '\t' || p[e - 1] == '\n' ||
		                 p[e - 1] == '\r'))
			e--;
		if (e > 0 && (p[e - 1] == ',' || p[e - 1] == '(')) {
			e--;
		} else {
			size_t ws = e;

			while (ws > 0 && errata__is_word_byte(p, len, ws - 1))
				ws--;
			if (ws < e && errata__words_match(&w->copulas, p, len, ws, NULL) == e - ws)
				e = ws;
			else
				continue;
		}
		nm = errata__name_before(w, p, len, e, &nl);
		if (!nl)
			continue;
		b.name = nm;
		b.name_len = nl;
		if (n == alloc) {
			size_t na = alloc ? alloc * 2 : 8;
			errata__birth *grown = realloc(list, na * sizeof(*grown));

			if (!grown) {
				error = errata__oom();
				goto cleanup;
			}
			list = grown;
			alloc = na;
		}
		list[n++] = b;
	}

cleanup:
	if (error < 0) {
		free(list);
		return error;
	}
	*out = list;
	*count = n;
	return 0;
}

/* Whether [s, s+n) equals the whole name, or its first or last token. */
/* Whether a[0..n) and b[0..n) are the same name, a line break matching a space. */
static int same_name(const char *a, const char *b, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (a[i] != b[i] && !((a[i] == ' ' || a[i] == '\n') && (b[i] == ' ' || b[i] == '\n')))
			return 0;
	return 1;
}

static int names_birth(const char *p, const errata__birth *b, const char *s, size_t n)
{
	const char *name = p + b->name;
	size_t sp;

	if (n == b->name_len && same_name(name, s, n))
		return 1;
	if (n < b->name_len && same_name(name, s, n) && (name[n] == ' ' || name[n] == '\n'))
		return 1;
	sp = b->name_len - n;
	if (n < b->name_len && same_name(name + sp, s, n) &&
	    (name[sp - 1] == ' ' || name[sp - 1] == '\n'))
		return 1;
	return 0;
}

static void set_date(int *to, const errata__fact_date *d)
{
	to[0] = d->year;
	to[1] = d->month;
	to[2] = d->day;
}

int errata__person_find(const struct errata_facts *facts,
                        const errata__birth *births, size_t birth_count,
                        const char *p, size_t at, size_t n, errata__person *out)
{
	size_t starts[16], ends[16], tokens = 0, i = 0, k = 0;
	/* the run with its white space (a soft line break too) as single spaces */
	char run[256];

	memset(out, 0, sizeof(*out));
	if (n >= sizeof(run))
		return 0;
	while (i < n) {
		if (p[at + i] == ' ' || p[at + i] == '\n' || p[at + i] == '\t') {
			run[k++] = ' ';
			while (i < n && (p[at + i] == ' ' || p[at + i] == '\n' || p[at + i] == '\t'))
				i++;
		} else {
			run[k++] = p[at + i++];
		}
	}
	n = k;
	/* split the run into tokens at spaces */
	i = 0;
	while (i < n && tokens < 16) {
		starts[tokens] = i;
		while (i < n && run[i] != ' ')
			i++;
		ends[tokens++] = i;
		while (i < n && run[i] == ' ')
			i++;
	}
	for (size_t width = tokens; width > 0; width--) {
		int found = 0;
		errata__person who;

		memset(&who, 0, sizeof(who));
		/* the run's tails only: "President Lee" is Lee, "Kofi Mensah" is not Kofi */
		for (size_t t = tokens - width; t + width <= tokens; t++) {
			const char *s = run + starts[t];
			size_t sl = ends[t + width - 1] - starts[t];

			for (size_t b = 0; b < birth_count; b++) {
				if (!names_birth(p, &births[b], s, sl))
					continue;
				if (found && (who.entity || who.name != p + births[b].name ||
				              who.born[0] != births[b].year))
					return 0; /* two people answer to this name */
				found = 1;
				who.name = p + births[b].name;
				who.name_len = births[b].name_len;
				who.born[0] = births[b].year;
				who.born[1] = births[b].month;
				who.born[2] = births[b].day;
			}
			if (found)
				continue; /* the article outranks the sheet */
			/* the sheet's entities of that name, each once: two are ambiguous */
			{
				const errata__fact_entity *named[2];
				size_t nnamed = errata__facts_named(facts, s, sl, named, 2);

				if (nnamed > 1)
					return 0;
				if (nnamed == 1) {
					who.entity = named[0];
					who.name = named[0]->name;
					who.name_len = strlen(named[0]->name);
					set_date(who.born, &named[0]->born);
					set_date(who.died, &named[0]->died);
					set_date(who.founded, &named[0]->founded);
					found = 1;
				}
			}
		}
		if (found) {
			*out = who;
			return 1;
		}
	}
	return 0;
}
