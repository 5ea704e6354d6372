/*
 * detect.c: the language of an article from its words (--lang auto).
 *
 * Each locale table may list "detect": frequent short words of its
 * language ("the", "und", "що", "の"). Those words and the table's month
 * and weekday names (four bytes or more, without a period) are the
 * language's signs. The text's words are folded as the date extractor
 * folds them and counted against every table's signs; in a table with
 * "cjk" (scripts written without spaces) a sign counts wherever it
 * occurs inside a run of letters. The table with the highest count wins
 * when no other has as many; otherwise there is no guess and the caller
 * keeps its default. The signs of the other tables are kept in one hash
 * table, so that a word costs one look-up whatever the number of tables.
 */
#include "detect.h"

#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cJSON.h>

#include "common.h"
#include "errata/dates.h"
#include "jsonscan.h"
#include "locale.h"
#include "token.h"

/* How much of a text is read: enough words to tell, whatever its size. */
#define DETECT_BYTES 16384

/*
 * Reading stops early once a table leads so far that the rest could
 * hardly turn it: DECIDED signs at least, and more than DECIDED_RATIO
 * times the count of any other table (checked every 32 words).
 */
#define DECIDED 32
#define DECIDED_RATIO 4

/* A sign counts only as a whole word (in a "cjk" table); it is a month or weekday name. */
#define SIGN_WHOLE 1
#define SIGN_NAME 2

typedef struct {
	char *lang;
	int cjk;          /* signs count inside runs of letters */
	char **w;         /* folded signs */
	size_t *wl;
	unsigned char *kind;  /* SIGN_WHOLE, SIGN_NAME */
	size_t n, cap;
	/* (cjk) the signs that count inside a word, those all in ASCII first */
	size_t *part, npart, npart_ascii;
} lang_signs;

/* A sign of a table without "cjk", in the hash table of all of them. */
typedef struct {
	uint32_t hash;
	size_t table;
	const char *w;
	size_t wl;
	int name;         /* a month or weekday name */
	long next;        /* the next entry of its bucket, or -1 */
} sign_entry;

struct errata__detector {
	lang_signs *v;
	size_t n;
	sign_entry *e;
	long *bucket;     /* mask + 1 heads of chains, -1 for none */
	size_t mask;
	long *raw;        /* the same for the whole-word signs of "cjk" tables, by their text as written */
	int cjk_ascii;    /* a sign of a "cjk" table is all in ASCII */
	size_t *cjk;      /* the tables with "cjk", by index */
	size_t ncjk;
};

static uint32_t sign_hash(const char *w, size_t n)
{
	uint32_t h = 2166136261u;

	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)w[i]) * 16777619u;
	return h;
}

static int all_ascii(const char *w, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)w[i] >= 0x80)
			return 0;
	return 1;
}

/*
 * The hash tables of the signs: those of every table without "cjk" (by
 * the folded word) and the whole-word signs of the others (by the text as
 * written); and for a "cjk" table, the list of its signs that count
 * inside a run of letters.
 */
static int index_signs(errata__detector *d)
{
	size_t total = 0, buckets = 16, k = 0;

	if (!(d->cjk = calloc(d->n + 1, sizeof(*d->cjk))))
		return errata__oom();
	for (size_t i = 0; i < d->n; i++) {
		total += d->v[i].n;
		if (d->v[i].cjk)
			d->cjk[d->ncjk++] = i;
	}
	while (buckets < total * 2)
		buckets *= 2;
	if (!(d->e = calloc(total + 1, sizeof(*d->e))) ||
	    !(d->bucket = malloc(buckets * sizeof(*d->bucket))) ||
	    !(d->raw = malloc(buckets * sizeof(*d->raw))))
		return errata__oom();
	for (size_t b = 0; b < buckets; b++)
		d->bucket[b] = d->raw[b] = -1;
	d->mask = buckets - 1;
	for (size_t i = 0; i < d->n; i++) {
		lang_signs *l = &d->v[i];

		if (l->cjk && !(l->part = calloc(l->n + 1, sizeof(*l->part))))
			return errata__oom();
		for (size_t j = 0; j < l->n; j++) {
			sign_entry *e;
			long *head;

			if (l->cjk && !(l->kind[j] & SIGN_WHOLE)) {
				l->part[l->npart++] = j;
				continue;
			}
			e = &d->e[k];
			e->hash = sign_hash(l->w[j], l->wl[j]);
			e->table = i;
			e->w = l->w[j];
			e->wl = l->wl[j];
			e->name = (l->kind[j] & SIGN_NAME) != 0;
			head = l->cjk ? &d->raw[e->hash & d->mask] : &d->bucket[e->hash & d->mask];
			if (l->cjk && all_ascii(e->w, e->wl))
				d->cjk_ascii = 1;
			e->next = *head;
			*head = (long)k++;
		}
		/* the signs in ASCII first: a word of ASCII letters reads only those */
		for (size_t j = 0; j < l->npart; j++) {
			size_t a = l->part[j];

			if (all_ascii(l->w[a], l->wl[a])) {
				l->part[j] = l->part[l->npart_ascii];
				l->part[l->npart_ascii++] = a;
				d->cjk_ascii = 1;
			}
		}
	}
	return 0;
}

/*
 * Add one to the score of each table with the sign w (n bytes) in the hash
 * table heads, and to its count of names when the sign is one.
 */
static void count_signs(const errata__detector *d, const long *heads, const char *w, size_t n,
                        size_t *score, size_t *names)
{
	uint32_t h = sign_hash(w, n);

	for (long k = heads[h & d->mask]; k >= 0; k = d->e[k].next)
		if (d->e[k].hash == h && d->e[k].wl == n && !memcmp(d->e[k].w, w, n)) {
			score[d->e[k].table]++;
			names[d->e[k].table] += (size_t)d->e[k].name;
		}
}

void errata__detector_free(errata__detector *d)
{
	if (!d)
		return;
	for (size_t i = 0; i < d->n; i++) {
		for (size_t k = 0; k < d->v[i].n; k++)
			free(d->v[i].w[k]);
		free(d->v[i].w);
		free(d->v[i].wl);
		free(d->v[i].kind);
		free(d->v[i].part);
		free(d->v[i].lang);
	}
	free(d->v);
	free(d->e);
	free(d->bucket);
	free(d->raw);
	free(d->cjk);
	free(d);
}

/*
 * Add one sign (a single word, folded here); other strings are skipped,
 * and so are the marks of a cjk table (月 is a month mark before it is
 * Monday) and its names written in ASCII. A month or weekday name says much only when it is long; in a
 * cjk table a one-letter name ("金", "(수)") counts when it stands alone.
 */
static int add_sign(lang_signs *l, const char *word, int names, const errata__strs *marks)
{
	size_t len = strlen(word);
	errata__tok t;
	unsigned char *nh;
	char **nw;
	size_t *nl;
	int whole = 0;

	if (!len || word[len - 1] == '.')
		return 0;
	errata__tok_next(word, len, 0, &t);
	if (t.kind != ERRATA__TOK_WORD || t.start != 0 || t.end != len || !t.flen)
		return 0;
	for (size_t i = 0; marks && i < 3; i++)
		for (size_t k = 0; k < marks[i].n; k++)
			if (!strcmp(marks[i].v[k], word))
				return 0;
	/* a cjk table's names in ASCII ("Mon", "Thurs" for "2026年1月7日(Wed)")
	 * are another script's: English words, no sign of the table's language */
	if (names && l->cjk && all_ascii(t.fold, t.flen))
		return 0;
	if (names && l->cjk)
		whole = t.flen <= 4;
	else if (names && t.flen < 4)
		return 0;
	for (size_t k = 0; k < l->n; k++)
		if (l->wl[k] == t.flen && !memcmp(l->w[k], t.fold, t.flen))
			return 0;
	if (l->n == l->cap) {
		size_t cap = l->cap ? l->cap * 2 : 32;

		if (!(nw = realloc(l->w, cap * sizeof(*nw))))
			return errata__oom();
		l->w = nw;
		if (!(nl = realloc(l->wl, cap * sizeof(*nl))))
			return errata__oom();
		l->wl = nl;
		if (!(nh = realloc(l->kind, cap * sizeof(*nh))))
			return errata__oom();
		l->kind = nh;
		l->cap = cap;
	}
	if (!(l->w[l->n] = errata__strndup(t.fold, t.flen)))
		return errata__oom();
	l->kind[l->n] = (unsigned char)((whole ? SIGN_WHOLE : 0) | (names ? SIGN_NAME : 0));
	l->wl[l->n] = t.flen;
	l->n++;
	return 0;
}

/* Add the strings of arr (an array of strings or of arrays of strings). */
static int add_signs(lang_signs *l, const cJSON *arr, int names, const errata__strs *marks)
{
	const cJSON *it, *form;
	int error = 0;

	cJSON_ArrayForEach(it, arr) {
		if (cJSON_IsString(it))
			error = add_sign(l, it->valuestring, names, marks);
		else if (cJSON_IsArray(it))
			cJSON_ArrayForEach(form, it)
				if (!error && cJSON_IsString(form))
					error = add_sign(l, form->valuestring, names, marks);
		if (error)
			return error;
	}
	return 0;
}

/*
 * The members of a table that its signs come from, each parsed alone
 * (jsonscan.h: the rest of the table is stepped over, and read when an
 * article in its language is checked), as one object; the whole text
 * when the scan cannot tell. NULL when that is not JSON.
 */
static cJSON *signs_json(const char *data, size_t len)
{
	static const char *const keys[] = { "lang", "detect", "months", "weekdays", "cjk" };
	cJSON *root = cJSON_CreateObject();

	for (size_t k = 0; root && k < sizeof(keys) / sizeof(keys[0]); k++) {
		const char *at;
		int found = errata__json_member(data, len, keys[k], &at);
		cJSON *v = NULL;

		if (found > 0 && (v = cJSON_ParseWithLengthOpts(at, len - (size_t)(at - data), NULL, 0)) &&
		    cJSON_AddItemToObject(root, keys[k], v))
			continue;
		cJSON_Delete(v);
		if (found) {
			cJSON_Delete(root);
			return cJSON_ParseWithLength(data, len);
		}
	}
	return root;
}

static int load_table(errata__detector *d, const char *path)
{
	cJSON *root = NULL;
	const cJSON *lang, *detect, *cjk;
	errata__strs marks[3] = { { NULL, 0 }, { NULL, 0 }, { NULL, 0 } };
	char **nv;
	char *data = NULL;
	size_t len = 0;
	lang_signs *l;
	int error;

	if ((error = errata__read_file(path, (size_t)1 << 20, &data, &len)))
		return error;
	root = signs_json(data, len);
	free(data);
	if (!root)
		return errata__error(ERRATA_EINVALID, "%s: malformed JSON", path);
	lang = cJSON_GetObjectItemCaseSensitive(root, "lang");
	detect = cJSON_GetObjectItemCaseSensitive(root, "detect");
	if (!cJSON_IsString(lang) || !cJSON_IsArray(detect)) {
		/* a table without detect words is never guessed */
		cJSON_Delete(root);
		return 0;
	}
	l = &d->v[d->n];
	memset(l, 0, sizeof(*l));
	if (!(l->lang = errata__strdup(lang->valuestring))) {
		error = errata__oom();
		goto cleanup;
	}
	d->n++;
	cjk = cJSON_GetObjectItemCaseSensitive(root, "cjk");
	l->cjk = cjk != NULL;
	if (cjk) {
		static const char *const keys[3] = { "year", "month", "day" };

		for (int i = 0; i < 3; i++) {
			const cJSON *arr = cJSON_GetObjectItemCaseSensitive(cjk, keys[i]), *it;

			cJSON_ArrayForEach(it, arr) {
				if (!cJSON_IsString(it))
					continue;
				if (!(nv = realloc(marks[i].v, (marks[i].n + 1) * sizeof(*nv)))) {
					error = errata__oom();
					goto cleanup;
				}
				marks[i].v = nv;
				marks[i].v[marks[i].n++] = it->valuestring;
			}
		}
	}
	if ((error = add_signs(l, detect, 0, NULL)) ||
	    (error = add_signs(l, cJSON_GetObjectItemCaseSensitive(root, "months"), 1, marks)) ||
	    (error = add_signs(l, cJSON_GetObjectItemCaseSensitive(root, "weekdays"), 1, marks)))
		goto cleanup;
cleanup:
	for (int i = 0; i < 3; i++)
		free(marks[i].v);
	cJSON_Delete(root);
	return error;
}

static int name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int errata__detector_new(errata__detector **out, const char *data_dir)
{
	errata__detector *d = NULL;
	char dir[4096], path[4096], **names = NULL;
	size_t count = 0, cap = 0;
	struct dirent *e;
	DIR *dh = NULL;
	int error = 0;

	*out = NULL;
	if (snprintf(dir, sizeof(dir), "%s/locales", data_dir ? data_dir : errata_data_dir()) >= (int)sizeof(dir))
		return errata__error(ERRATA_EINVALID, "data directory path too long");
	if (!(dh = opendir(dir)))
		return errata__error(ERRATA_ENOTFOUND, "%s: cannot list the locale tables", dir);
	while ((e = readdir(dh))) {
		size_t n = strlen(e->d_name);

		if (n < 6 || strcmp(e->d_name + n - 5, ".json") || e->d_name[0] == '.')
			continue;
		if (count == cap) {
			char **nn = realloc(names, (cap = cap ? cap * 2 : 32) * sizeof(*nn));

			if (!nn) {
				error = errata__oom();
				goto cleanup;
			}
			names = nn;
		}
		if (!(names[count] = errata__strdup(e->d_name))) {
			error = errata__oom();
			goto cleanup;
		}
		count++;
	}
	if (count)
		qsort(names, count, sizeof(*names), name_cmp);
	if (!(d = calloc(1, sizeof(*d))) || !(d->v = calloc(count + 1, sizeof(*d->v)))) {
		error = errata__oom();
		goto cleanup;
	}
	for (size_t i = 0; i < count && !error; i++) {
		if (snprintf(path, sizeof(path), "%s/%s", dir, names[i]) >= (int)sizeof(path))
			continue;
		error = load_table(d, path);
	}
	if (!error)
		error = index_signs(d);
	if (!error) {
		*out = d;
		d = NULL;
	}
cleanup:
	for (size_t i = 0; i < count; i++)
		free(names[i]);
	free(names);
	if (dh)
		closedir(dh);
	errata__detector_free(d);
	return error;
}

/* How often the sign s (n bytes) occurs in hay (m bytes). */
static size_t occurrences(const char *hay, size_t m, const char *s, size_t n)
{
	size_t count = 0;

	for (size_t i = 0; i + n <= m; i++)
		if (hay[i] == s[0] && !memcmp(hay + i, s, n)) {
			count++;
			i += n - 1;
		}
	return count;
}

/* Whether one score leads the others as DECIDED and DECIDED_RATIO say. */
/* The highest of n scores (its index in *at, the first of equals) and the second highest. */
static void top_two(const size_t *score, size_t n, size_t *best, size_t *second, size_t *at)
{
	*best = *second = *at = 0;
	for (size_t i = 0; i < n; i++) {
		if (score[i] > *best) {
			*second = *best;
			*best = score[i];
			*at = i;
		} else if (score[i] > *second) {
			*second = score[i];
		}
	}
}

static int decided(const size_t *score, size_t n)
{
	size_t best, second, at;

	top_two(score, n, &best, &second, &at);
	return best >= DECIDED && best > DECIDED_RATIO * second;
}

/*
 * Count the signs of one word of the text, [start, end), folded as fold
 * (flen bytes; 0: too long to fold), all in ASCII or not.
 */
static void count_word(const errata__detector *d, const char *text, size_t start, size_t end,
                       const char *fold, size_t flen, int ascii, size_t *score, size_t *names)
{
	if (flen)
		count_signs(d, d->bucket, fold, flen, score, names);
	/* (a word of ASCII letters holds no sign of another script) */
	if (!d->ncjk || (ascii && !d->cjk_ascii))
		return;
	count_signs(d, d->raw, text + start, end - start, score, names);
	for (size_t j = 0; j < d->ncjk; j++) {
		size_t i = d->cjk[j];
		const lang_signs *l = &d->v[i];

		for (size_t k = 0, kn = ascii ? l->npart_ascii : l->npart; k < kn; k++) {
			size_t a = l->part[k], c = occurrences(text + start, end - start, l->w[a], l->wl[a]);

			score[i] += c;
			if (l->kind[a] & SIGN_NAME)
				names[i] += c;
		}
	}
}

static int ascii_letter(unsigned char c)
{
	return (unsigned)((c | 32) - 'a') < 26u;
}

const char *errata__detector_guess(const errata__detector *d, const char *text, size_t len)
{
	size_t *score, *names, best, second, top, pos = 0, words = 0, best_names = 0;
	const char *lang = NULL;
	errata__tok t;

	if (!d || !d->n || !text)
		return NULL;
	if (len > DETECT_BYTES)
		len = DETECT_BYTES;
	if (!(score = calloc(2 * d->n, sizeof(*score))))
		return NULL;
	names = score + d->n;
	/*
	 * The text's words as the tokenizer reads them. A word of ASCII
	 * letters that an ASCII byte other than an apostrophe or a hyphen
	 * ends (most words) is folded here; the tokenizer reads the others,
	 * and the bytes outside ASCII between words. ASCII bytes between
	 * words are numbers and punctuation, which count for nothing.
	 */
	for (;;) {
		size_t start, end;

		while (pos < len && (unsigned char)text[pos] < 0x80 && !ascii_letter((unsigned char)text[pos]))
			pos++;
		if (pos >= len)
			break;
		start = pos;
		end = errata__ascii_letters_end(text, len, pos);
		if (end > start && end - start < ERRATA__TOK_FOLD &&
		    (end >= len || ((unsigned char)text[end] < 0x80 && text[end] != '\'' && text[end] != '-'))) {
			char fold[ERRATA__TOK_FOLD];

			pos = end;
			if (++words % 32 == 0 && decided(score, d->n))
				break;
			for (size_t i = start; i < end; i++)
				fold[i - start] = (char)(text[i] | 32);
			count_word(d, text, start, end, fold, end - start, 1, score, names);
			continue;
		}
		errata__tok_next(text, len, pos, &t);
		if (t.kind == ERRATA__TOK_END)
			break;
		pos = t.end > pos ? t.end : pos + 1;
		if (t.kind != ERRATA__TOK_WORD)
			continue;
		if (++words % 32 == 0 && decided(score, d->n))
			break;
		count_word(d, text, t.start, t.end, t.fold, t.flen, all_ascii(text + t.start, t.end - t.start),
		           score, names);
	}
	top_two(score, d->n, &best, &second, &top);
	lang = d->v[top].lang;
	/*
	 * A tie: the tables' month and weekday names in the text tell them
	 * apart ("según" is Spanish only, but "el", "que" and "la" are also
	 * Asturian; "marts" is Danish, "mars" Norwegian). Tables tied on those
	 * too have the same names, and each would read the dates alike
	 * ("Mandag 6. august" in Danish and Norwegian): the first of them by
	 * name is taken. A tie that English is part of, or a text with no
	 * word of any table, stays without a choice.
	 */
	if (best > 0 && best == second) {
		lang = NULL;
		for (size_t i = 0; i < d->n; i++)
			if (score[i] == best && names[i] > best_names)
				best_names = names[i];
		for (size_t i = 0; i < d->n; i++) {
			if (score[i] != best || names[i] != best_names)
				continue;
			if (!strcmp(d->v[i].lang, "en")) {
				lang = NULL;
				break;
			}
			if (!lang)
				lang = d->v[i].lang;
		}
		second = 0;
	}
	free(score);
	return best > second ? lang : NULL;
}
