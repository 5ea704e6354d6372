/*
 * core/checks/age.c: number.age, a person's stated age ("Lee, 61,",
 * "Lee (61)", "the 61-year-old Lee", "Lee, a 61-year-old ...") that
 * disagrees with their birth date, from the article ("Lee, born December
 * 22, 1963") or the fact sheet, at the article's date. With a birth year
 * alone both possible ages are accepted.
 *
 * To stay quiet where the age is not the present one, a sentence that
 * carries another year ("In 2019, Moon, 66, ...") is not judged, nor is
 * anyone the sheet records as dead by the article's date, nor a name
 * that could be two people.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "checks/check.h"
#include "checks/facts.h"
#include "checks/words.h"
#include "common.h"

/* Digits 1..130 at at, standing alone; returns the length. */
static size_t read_age(const char *p, size_t len, size_t at, int *age)
{
	size_t n = 0;
	int v = 0;

	if (!errata__word_start(p, len, at))
		return 0;
	while (at + n < len && p[at + n] >= '0' && p[at + n] <= '9' && n < 4)
		v = v * 10 + (p[at + n++] - '0');
	if (n == 0 || n > 3 || v < 1 || v > 130)
		return 0;
	*age = v;
	return n;
}

static int report(const errata_check_ctx *ctx, size_t at, size_t n,
                  const errata__person *who, int age, int lo, int hi)
{
	static const char *const names[] = { "name", "born", "sheet", "age", "age2", "date",
	                                     "stated", "month", "year", "born_date" };
	const errata_locale *ml = ctx->msg_locale ? ctx->msg_locale : ctx->locale;
	const errata_date *ad = &ctx->article_date;
	const char *month = who->born[1] ? errata_locale_month_name(ml, who->born[1]) : NULL;
	errata_buf msg = ERRATA_BUF_INIT, name = ERRATA_BUF_INIT, born = ERRATA_BUF_INIT;
	errata_buf sheet = ERRATA_BUF_INIT, n1 = ERRATA_BUF_INIT, n2 = ERRATA_BUF_INIT;
	errata_buf date = ERRATA_BUF_INIT, stated = ERRATA_BUF_INIT, year = ERRATA_BUF_INIT;
	errata_buf bd = ERRATA_BUF_INIT;
	const char *values[10];
	int error;

	error = errata_buf_put(&name, who->name, who->name_len < 100 ? who->name_len : 100);
	/* a name the source wrapped is written on one line */
	for (size_t i = 0; !error && i < name.size; i++)
		if (name.ptr[i] == '\n')
			name.ptr[i] = ' ';
	if (!error)
		error = errata_buf_put_long(&n1, lo);
	if (!error)
		error = errata_buf_put_long(&n2, hi);
	if (!error)
		error = errata_buf_put_long(&stated, age);
	if (!error)
		error = errata_buf_put_long(&year, who->born[0]);
	if (!error)
		error = errata__check_date(ctx, &date, ad->year, ad->month, ad->day, 1);
	values[0] = name.ptr;
	values[2] = "";
	values[3] = n1.ptr;
	values[4] = n2.ptr;
	values[6] = stated.ptr;
	values[7] = month ? month : "(null)";
	values[8] = year.ptr;
	if (!error && who->entity)
		error = errata__check_message(ctx, "from_sheet", " (fact sheet)", &sheet, NULL, NULL, 0);
	if (!error && who->entity)
		values[2] = sheet.ptr;
	values[9] = "";
	if (!error && who->born[1] && who->born[2] &&
	    !(error = errata__check_date(ctx, &bd, who->born[0], who->born[1], who->born[2], 1))) {
		values[9] = bd.ptr;
		error = errata__check_message(ctx, "born_day", "{born_date}", &born, names, values, 10);
	} else if (!error && who->born[1]) {
		error = errata__check_message(ctx, "born_month", "{month} {year}", &born, names,
		                              values, 10);
	} else if (!error) {
		error = errata__check_message(ctx, "born_year", "in {year}", &born, names, values, 10);
	}
	values[1] = born.ptr;
	values[5] = date.ptr;
	if (!error)
		error = lo == hi ?
		        errata__check_message(ctx, "age", "{name}, born {born}{sheet}, is {age} on "
		                              "{date}, not {stated}", &msg, names, values, 10) :
		        errata__check_message(ctx, "age_either", "{name}, born {born}{sheet}, is {age} "
		                              "or {age2} on {date}, not {stated}", &msg, names, values, 10);
	if (!error)
		error = errata__check_report(ctx, at, n, msg.ptr, NULL, 0);
	else
		error = errata__oom();
	errata_buf_dispose(&msg);
	errata_buf_dispose(&name);
	errata_buf_dispose(&born);
	errata_buf_dispose(&sheet);
	errata_buf_dispose(&n1);
	errata_buf_dispose(&n2);
	errata_buf_dispose(&date);
	errata_buf_dispose(&stated);
	errata_buf_dispose(&year);
	errata_buf_dispose(&bd);
	return error;
}

/* The article's births, read the first time an age needs them. */
typedef struct {
	errata__birth *list;
	size_t count;
	int read;
} births_cache;

/* Judge "NAME ... AGE": the name run [name, name+nl), the age, the span. */
static int judge(const errata_check_ctx *ctx, const errata__words *w,
                 births_cache *bc, size_t name, size_t nl, int age, size_t span,
                 size_t span_len)
{
	const errata_date *ad = &ctx->article_date;
	errata__person who;
	size_t ss, se;
	int lo, hi, error;

	if (!bc->read) {
		if ((error = errata__article_births(w, ctx->prose, ctx->prose_len, ctx->mentions,
		                                    &bc->list, &bc->count)) < 0)
			return error;
		bc->read = 1;
	}
	if (!errata__person_find(ctx->facts, bc->list, bc->count, ctx->prose, name, nl, &who) ||
	    who.born[0] <= 0)
		return 0;
	if (who.died[0] > 0 && who.died[0] <= ad->year)
		return 0;
	hi = ad->year - who.born[0];
	lo = hi - 1;
	if (who.born[1]) {
		if (ad->month > who.born[1])
			lo = hi;
		else if (ad->month < who.born[1])
			hi = lo;
		else if (who.born[2])
			hi = lo = ad->day >= who.born[2] ? hi : lo;
	}
	if (age >= lo && age <= hi)
		return 0;
	/* a wrong age, unless the sentence is about another year */
	errata__sentence(w, ctx->prose, ctx->prose_len, span, &ss, &se);
	if (errata__other_year_in(ctx->mentions, ctx->prose, ctx->prose_len, ss, se, ad->year))
		return 0;
	return report(ctx, span, span_len, &who, age, lo, hi);
}

/* "NAME, 61," / "NAME, aged 61," / "NAME (61)" / "NAME, 61 years old,": the separator at i. */
static int after_separator(const errata_check_ctx *ctx, const errata__words *w,
                           births_cache *bc, size_t i)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, name, nl, at, n, k;
	int age = 0;

	at = errata__skip_space(p, len, i + 1);
	if (p[i] == ',' && (k = errata__words_match(&w->age_words, p, len, at, NULL)) > 0)
		at = errata__skip_space(p, len, at + k);
	if (at >= len || p[at] < '0' || p[at] > '9' || !(n = read_age(p, len, at, &age)))
		return 0;
	k = at + n;
	/* "NAME, 61 years old," / "NAME, 61 ans," */
	k += errata__words_match(&w->age_suffix, p, len, k, NULL);
	if (k >= len || (p[i] == ',' ? (p[k] != ',' && p[k] != ';') : p[k] != ')'))
		return 0;
	name = errata__name_before(w, p, len, i, &nl);
	if (!nl)
		return 0;
	return judge(ctx, w, bc, name, nl, age, name, k - name);
}

/* Read the article's births once (judge() needs them, and so does a name's search). */
static int births_read(const errata_check_ctx *ctx, const errata__words *w, births_cache *bc)
{
	int error;

	if (bc->read)
		return 0;
	if ((error = errata__article_births(w, ctx->prose, ctx->prose_len, ctx->mentions,
	                                    &bc->list, &bc->count)) < 0)
		return error;
	bc->read = 1;
	return 0;
}

/*
 * A name in Han, kana or Hangul just before a bracket at i (blen bytes,
 * "(" or "（") that holds an age: "田中太郎さん（45）", "张伟（45岁）",
 * "김민수 씨(45)". Those scripts write no capitals and run words
 * together, so the name is the shortest tail of the run of letters
 * before the bracket (after an honorific of the locale's name_suffixes,
 * "さん", "氏", "씨") that names someone the article or the sheet knows.
 */
static int after_wide_bracket(const errata_check_ctx *ctx, const errata__words *w,
                              births_cache *bc, size_t i, size_t blen)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, at = i + blen, n, k, end = i, s0, best = 0;
	int age = 0, error;
	errata__person who;

	if (!w->age_suffix.count || at >= len || p[at] < '0' || p[at] > '9' ||
	    !(n = read_age(p, len, at, &age)))
		return 0;
	k = at + n;
	k += errata__words_match(&w->age_suffix, p, len, k, NULL);
	if (k < len && p[k] == ')')
		k++;
	else if (k + 2 < len && (unsigned char)p[k] == 0xef && (unsigned char)p[k + 1] == 0xbc &&
	         (unsigned char)p[k + 2] == 0x89)
		k += 3;
	else
		return 0;
	/* an honorific between the name and the bracket */
	for (size_t h = 0; h < w->name_suffixes.count; h++) {
		const errata__word *x = &w->name_suffixes.items[h];

		if (x->len < end && memcmp(p + end - x->len, x->word, x->len) == 0) {
			end -= x->len;
			break;
		}
	}
	/* the run of Han, kana or Hangul before it */
	for (s0 = end; s0 > 0; ) {
		size_t c = s0 - 1;

		while (c > 0 && ((unsigned char)p[c] & 0xc0) == 0x80)
			c--;
		if (!errata__wide_script_at(p, len, c))
			break;
		s0 = c;
	}
	if (s0 == end)
		return 0;
	if ((error = births_read(ctx, w, bc)) < 0)
		return error;
	/* the longest tail that names one person: "首相の田中太郎" is 田中太郎 */
	for (size_t s = s0; s < end; ) {
		if (errata__person_find(ctx->facts, bc->list, bc->count, p, s, end - s, &who)) {
			best = s + 1;
			break;
		}
		s++;
		while (s < end && ((unsigned char)p[s] & 0xc0) == 0x80)
			s++;
	}
	if (!best)
		return 0;
	return judge(ctx, w, bc, best - 1, end - (best - 1), age, best - 1, k - (best - 1));
}

static int age_run(const errata_check_ctx *ctx)
{
	const errata__words *w = NULL;
	const char *p = ctx->prose;
	size_t len = ctx->prose_len;
	births_cache bc = { NULL, 0, 0 };
	const errata_date *ad = &ctx->article_date;
	int error = 0;

	if (ad->year <= 0 || !errata_date_valid(ad->year, ad->month, ad->day))
		return 0;
	if ((error = errata__words_for(&w, ctx->locale)) < 0)
		return error;
	for (int c = 0; c < 2; c++) {
		const char sep = c ? '(' : ',';
		const char *hit;

		for (size_t i = 0; !error && i < len && (hit = memchr(p + i, sep, len - i)); ) {
			i = (size_t)(hit - p) + 1;
			error = after_separator(ctx, w, &bc, i - 1);
		}
	}
	/* "田中太郎（45）", "김민수(45)": names in scripts without capitals */
	if (!error && w->name_suffixes.count) {
		const char *hit;

		for (size_t i = 0; !error && i < len && (hit = memchr(p + i, '(', len - i)); ) {
			i = (size_t)(hit - p) + 1;
			error = after_wide_bracket(ctx, w, &bc, i - 1, 1);
		}
		for (size_t i = 0; !error && i + 2 < len && (hit = memchr(p + i, 0xef, len - i - 2)); ) {
			i = (size_t)(hit - p) + 1;
			if ((unsigned char)hit[1] == 0xbc && (unsigned char)hit[2] == 0x88)
				error = after_wide_bracket(ctx, w, &bc, i - 1, 3);
		}
	}
	if (error)
		goto cleanup;
	/* "61-year-old Lee" / "Lee, the 61-year-old": the suffixes, found at their first letter */
	for (size_t j, from = 0; !error && (j = errata__starts_next(&w->age_starts, p, len, from)) < len;
	     from = j + 1) {
		size_t name, nl, at, n, i, s = j - 1, k;
		int age = 0;

		if (j == 0 || !(k = errata__words_match(&w->age_suffix, p, len, s, NULL)))
			continue;
		i = s;
		while (i > 0 && p[i - 1] >= '0' && p[i - 1] <= '9')
			i--;
		if (i == s || !(n = read_age(p, len, i, &age)) || i + n != s)
			continue;
		at = s + k;
		/* "61-year-old Lee", "61-year-old president Lee" */
		name = errata__name_after(w, p, len, at, &nl);
		if (!nl && at + 1 < len && p[at] == ' ' && p[at + 1] >= 'a' && p[at + 1] <= 'z') {
			size_t e = at + 1;

			while (e < len && errata__is_word_byte(p, len, e))
				e++;
			name = errata__name_after(w, p, len, e, &nl);
			if (name != e + 1)
				nl = 0;
		} else if (name != at + 1) {
			nl = 0;
		}
		if (nl) {
			error = judge(ctx, w, &bc, name, nl, age, i, at - i);
			continue;
		}
		/* "Lee, the 61-year-old" */
		{
			size_t e = i, ws;

			while (e > 0 && p[e - 1] == ' ')
				e--;
			ws = e;
			while (ws > 0 && errata__is_word_byte(p, len, ws - 1))
				ws--;
			if (ws == e || errata__words_match(&w->articles, p, len, ws, NULL) != e - ws)
				continue;
			while (ws > 0 && p[ws - 1] == ' ')
				ws--;
			if (ws == 0 || p[ws - 1] != ',')
				continue;
			name = errata__name_before(w, p, len, ws - 1, &nl);
			if (nl)
				error = judge(ctx, w, &bc, name, nl, age, i, at - i);
		}
	}

cleanup:
	free(bc.list);
	return error;
}

const errata_check errata__check_age = {
	"number.age", ERRATA_SEVERITY_WARNING,
	"a person's stated age that disagrees with their birth date in the article or the fact sheet",
	NULL, age_run, 0
};
