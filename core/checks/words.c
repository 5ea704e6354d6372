/*
 * core/checks/words.c: the consistency words of a locale table and the
 * text helpers the consistency checks share (see words.h).
 *
 * The words are read from the "consistency" key of
 * <data dir>/locales/<lang>.json the first time a language is asked for,
 * and kept in a small process-wide cache guarded by a mutex.
 */
#define _GNU_SOURCE /* memmem */
#include "checks/words.h"

#include <cjson/cJSON.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "checks/facts.h"
#include "common.h"

static int lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

/* ---- loading ---------------------------------------------------------- */

static void list_dispose(errata__wordlist *l)
{
	for (size_t i = 0; i < l->count; i++)
		free(l->items[i].word);
	free(l->items);
	free(l->by_first);
	l->items = NULL;
	l->by_first = NULL;
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
		if (!(wd->word = errata__strdup(word)))
			return errata__oom();
		wd->len = strlen(word);
		wd->value = cJSON_IsObject(v) ? (int)it->valuedouble : 0;
		l->count++;
	}
	if (l->count > 10000)
		return errata__error(ERRATA_EINVALID, "%s: consistency.%s: too many words", name, key);
	/* group the indexes by first byte (a counting sort keeps table order) */
	if (!(l->by_first = malloc(l->count * sizeof(*l->by_first))))
		return errata__oom();
	{
		size_t pos = 0;

		for (int c = 0; c < 256; c++) {
			l->from[c] = (unsigned short)pos;
			for (size_t k = 0; k < l->count; k++)
				if (lower((unsigned char)l->items[k].word[0]) == c)
					l->by_first[pos++] = (unsigned short)k;
			l->to[c] = (unsigned short)pos;
		}
	}
	return 0;
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

cleanup:
	if (error < 0)
		errata__words_free(w);
	else
		*out = w;
	return error;
}

/* The cache: one entry per language, kept until the process ends. */
struct words_cache {
	char lang[16];
	errata__words *words;
	struct words_cache *next;
};

static pthread_mutex_t cache_lock = PTHREAD_MUTEX_INITIALIZER;
static struct words_cache *cache;

static int words_read(errata__words **out, const char *lang)
{
	char path[4096];
	char *data = NULL;
	size_t len = 0;
	cJSON *root = NULL;
	int error = 0;

	snprintf(path, sizeof(path), "%s/locales/%s.json", errata_data_dir(), lang);
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
	const char *lang = loc ? errata_locale_lang(loc) : NULL;
	struct words_cache *c;
	int error = 0;

	*out = NULL;
	if (!lang || !lang[0] || strlen(lang) >= sizeof(c->lang) || strchr(lang, '/'))
		lang = "en";
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

cleanup:
	pthread_mutex_unlock(&cache_lock);
	return error;
}

/* ---- matching --------------------------------------------------------- */

int errata__is_word_byte(const char *text, size_t len, size_t i)
{
	unsigned char c;
	uint32_t cp = 0;

	if (i >= len)
		return 0;
	c = (unsigned char)text[i];
	if (c < 0x80)
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		       (c >= '0' && c <= '9');
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

int errata__word_start(const char *text, size_t len, size_t i)
{
	if (!errata__is_word_byte(text, len, i))
		return 0;
	if (i == 0)
		return 1;
	/* step back over a whole UTF-8 character */
	{
		size_t j = i - 1;

		while (j > 0 && ((unsigned char)text[j] & 0xc0) == 0x80)
			j--;
		return !errata__is_word_byte(text, len, j);
	}
}

/* Byte classes for the word walk: 0 not a word, 1 ASCII letter or digit, 2 non-ASCII. */
static unsigned char byte_class(unsigned char c)
{
	if (c >= 0x80)
		return 2;
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

size_t errata__next_word(const char *text, size_t len, size_t i)
{
	const unsigned char *t = (const unsigned char *)text;
	int in_word = 0;

	/* start on a character boundary */
	while (i < len && (t[i] & 0xc0) == 0x80)
		i++;
	if (i > 0 && i < len) {
		size_t j = i - 1;

		while (j > 0 && i - j < 4 && (t[j] & 0xc0) == 0x80)
			j--;
		in_word = errata__is_word_byte(text, len, j);
	}
	while (i < len) {
		unsigned char k = byte_class(t[i]);

		if (k == 1) {
			if (!in_word)
				return i;
			i++;
		} else if (k == 0) {
			in_word = 0;
			i++;
		} else {
			int w = errata__is_word_byte(text, len, i);

			if (w && !in_word)
				return i;
			in_word = w;
			i += t[i] >= 0xf0 ? 4 : t[i] >= 0xe0 ? 3 : t[i] >= 0xc0 ? 2 : 1;
		}
	}
	return len;
}

size_t errata__words_match(const errata__wordlist *list, const char *text,
                           size_t len, size_t at, int *value)
{
	size_t best = 0;
	int c;

	if (at >= len)
		return 0;
	c = lower((unsigned char)text[at]);
	for (size_t i = list->from[c]; i < list->to[c]; i++) {
		const errata__word *w = &list->items[list->by_first[i]];
		size_t k;

		if (w->len <= best || at + w->len > len)
			continue;
		for (k = 1; k < w->len; k++)
			if (lower((unsigned char)text[at + k]) != lower((unsigned char)w->word[k]))
				break;
		if (k < w->len)
			continue;
		/* a word ends at a boundary, unless it ends in punctuation ("ex-") */
		if (errata__is_word_byte(w->word, w->len, w->len - 1) &&
		    errata__is_word_byte(text, len, at + w->len))
			continue;
		best = w->len;
		if (value)
			*value = w->value;
	}
	return best;
}

/* ---- finders ---------------------------------------------------------- */

/*
 * The first whole-word occurrence of w at or after from; (size_t)-1 if
 * none. The tail (all but the first byte) is searched as written.
 */
static size_t find_word(const errata__word *w, const char *text, size_t len, size_t from,
                        int prefix)
{
	size_t at = from + 1;

	while (w->len >= 2 && at + w->len - 1 <= len) {
		const char *hit = memmem(text + at, len - at, w->word + 1, w->len - 1);
		size_t pos;

		if (!hit)
			break;
		pos = (size_t)(hit - text) - 1;
		if (lower((unsigned char)text[pos]) == lower((unsigned char)w->word[0]) &&
		    (!errata__is_word_byte(w->word, w->len, 0) || errata__word_start(text, len, pos)) &&
		    (prefix || !(errata__is_word_byte(w->word, w->len, w->len - 1) &&
		                 errata__is_word_byte(text, len, pos + w->len))))
			return pos;
		at = (size_t)(hit - text) + 1;
	}
	return (size_t)-1;
}

static int finder_init(errata__finder *f, const errata__wordlist *list,
                       const char *text, size_t len, int prefix)
{
	f->list = list;
	f->text = text;
	f->len = len;
	f->next = NULL;
	f->prefix = prefix;
	if (!list->count)
		return 0;
	if (!(f->next = malloc(list->count * sizeof(*f->next))))
		return errata__oom();
	for (size_t i = 0; i < list->count; i++)
		f->next[i] = find_word(&list->items[i], text, len, 0, prefix);
	return 0;
}

int errata__finder_init(errata__finder *f, const errata__wordlist *list,
                        const char *text, size_t len)
{
	return finder_init(f, list, text, len, 0);
}

int errata__finder_init_prefix(errata__finder *f, const errata__wordlist *list,
                               const char *text, size_t len)
{
	return finder_init(f, list, text, len, 1);
}

int errata__finder_next(errata__finder *f, size_t from, size_t *at, size_t *n,
                        int *value)
{
	size_t best = (size_t)-1, best_len = 0;
	int best_value = 0;

	for (size_t i = 0; i < f->list->count; i++) {
		const errata__word *w = &f->list->items[i];

		/* move the cursor up to `from` */
		if (f->next[i] != (size_t)-1 && f->next[i] < from)
			f->next[i] = find_word(w, f->text, f->len, from, f->prefix);
		if (f->next[i] == (size_t)-1)
			continue;
		if (f->next[i] < best || (f->next[i] == best && w->len > best_len)) {
			best = f->next[i];
			best_len = w->len;
			best_value = w->value;
		}
	}
	if (best == (size_t)-1)
		return 0;
	*at = best;
	*n = best_len;
	if (value)
		*value = best_value;
	return 1;
}

void errata__finder_dispose(errata__finder *f)
{
	free(f->next);
	f->next = NULL;
}

size_t errata__skip_space(const char *text, size_t len, size_t at)
{
	while (at < len) {
		if (text[at] == ' ' || text[at] == '\t')
			at++;
		else if (at + 1 < len && (unsigned char)text[at] == 0xc2 &&
		         (unsigned char)text[at + 1] == 0xa0)
			at += 2;
		else
			break;
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
	return errata__words_match(&w->numbers, text, len, at, value);
}

int errata__read_year(const char *text, size_t len, size_t at)
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
	if (!w)
		return 0;
	for (size_t k = 0; k < w->abbreviations.count; k++) {
		const errata__word *a = &w->abbreviations.items[k];

		if (a->len == i - s && errata__strncasecmp_ascii(a->word, text + s, a->len) == 0)
			return 1;
	}
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
		m = errata__skip_space(text, len, k);
		if (m >= len)
			return len;
		if (text[m] == '\n' || text[m] == '\r')
			return m + 1;
		return is_upper_start(text, len, m) ? m : 0;
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
	if (c == '.' && abbreviation_before(w, text, i))
		return 0;
	return m;
}

void errata__sentence(const errata__words *w, const char *text, size_t len,
                      size_t at, size_t *start, size_t *end)
{
	size_t lo = at > 4000 ? at - 4000 : 0, hi = at + 4000 < len ? at + 4000 : len;
	size_t i;

	*start = lo;
	for (i = at; i > lo; i--) {
		size_t next = sentence_break(w, text, len, i - 1);

		if (next && next <= at) {
			*start = next;
			break;
		}
	}
	*end = hi;
	for (i = at; i < hi; i++) {
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

size_t errata__name_after(const char *text, size_t len, size_t at,
                          size_t *name_len)
{
	size_t s = errata__skip_space(text, len, at), e = s, i = s;

	*name_len = 0;
	while (i < len && is_capital(text, len, i) && errata__word_start(text, len, i)) {
		size_t we = word_end(text, len, i);

		e = we;
		if (we < len && text[we] == ' ' && we + 1 < len && is_capital(text, len, we + 1))
			i = we + 1;
		else
			break;
	}
	*name_len = e - s;
	return s;
}

size_t errata__name_before(const char *text, size_t len, size_t end,
                           size_t *name_len)
{
	size_t e = end, s;

	*name_len = 0;
	while (e > 0 && (text[e - 1] == ' ' || text[e - 1] == '\t'))
		e--;
	s = e;
	for (;;) {
		size_t ws = s;

		/* step back over one word */
		while (ws > 0 && (errata__is_word_byte(text, len, ws - 1) ||
		                  ((text[ws - 1] == '-' || text[ws - 1] == '.') && ws > 1 &&
		                   errata__is_word_byte(text, len, ws - 2))))
			ws--;
		while (ws < s && ((unsigned char)text[ws] & 0xc0) == 0x80)
			ws++;
		if (ws == s || !is_capital(text, len, ws))
			break;
		s = ws;
		if (s > 1 && text[s - 1] == ' ' && (errata__is_word_byte(text, len, s - 2)))
			s--; /* the space between two words of the name */
		else
			break;
	}
	while (s < e && text[s] == ' ')
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
	int error;

	if (name)
		error = errata_buf_printf(buf, "%s %d", name, day);
	else
		error = errata_buf_printf(buf, "%04d-%02d-%02d", year, month, day);
	if (!error && with_year && name)
		error = errata_buf_printf(buf, ", %d", year);
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

/* ---- people ----------------------------------------------------------- */

int errata__article_births(const errata__words *w, const char *p, size_t len,
                           const errata_mentions *mentions,
                           errata__birth **out, size_t *count)
{
	errata__birth *list = NULL;
	size_t n = 0, alloc = 0, mcount = mentions ? errata_mentions_count(mentions) : 0;
	errata__finder find = { 0 };
	int error = 0;

	*out = NULL;
	*count = 0;
	if (!w->born.count)
		return 0;
	if ((error = errata__finder_init(&find, &w->born, p, len)) < 0)
		return error;
	for (size_t i = 0, from = 0, bl = 0; errata__finder_next(&find, from, &i, &bl, NULL);
	     from = i + 1) {
		size_t e, nm, nl, mi, lim;
		errata__birth b;

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
		while (e > 0 && (p[e - 1] == ' ' || p[e - 1] == '\t'))
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
		nm = errata__name_before(p, len, e, &nl);
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
	errata__finder_dispose(&find);
	if (error < 0) {
		free(list);
		return error;
	}
	*out = list;
	*count = n;
	return 0;
}

/* Whether [s, s+n) equals the whole name, or its first or last token. */
static int names_birth(const char *p, const errata__birth *b, const char *s, size_t n)
{
	const char *name = p + b->name;
	size_t sp;

	if (n == b->name_len && memcmp(name, s, n) == 0)
		return 1;
	if (n < b->name_len && memcmp(name, s, n) == 0 && name[n] == ' ')
		return 1;
	sp = b->name_len - n;
	if (n < b->name_len && memcmp(name + sp, s, n) == 0 && name[sp - 1] == ' ')
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
	size_t starts[16], ends[16], tokens = 0, i = at;

	memset(out, 0, sizeof(*out));
	/* split the run into tokens at spaces */
	while (i < at + n && tokens < 16) {
		starts[tokens] = i;
		while (i < at + n && p[i] != ' ')
			i++;
		ends[tokens++] = i;
		while (i < at + n && p[i] == ' ')
			i++;
	}
	for (size_t width = tokens; width > 0; width--) {
		int found = 0;
		errata__person who;

		memset(&who, 0, sizeof(who));
		for (size_t t = 0; t + width <= tokens; t++) {
			const char *s = p + starts[t];
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
			for (size_t k = 0; k < errata__facts_count(facts); k++) {
				const errata__fact_entity *e = errata__facts_get(facts, k);

				if (!errata__fact_entity_named(e, s, sl))
					continue;
				if (who.entity && who.entity != e)
					return 0;
				who.entity = e;
				who.name = e->name;
				who.name_len = strlen(e->name);
				set_date(who.born, &e->born);
				set_date(who.died, &e->died);
				set_date(who.founded, &e->founded);
			}
			if (who.entity)
				found = 1;
		}
		if (found) {
			*out = who;
			return 1;
		}
	}
	return 0;
}
