/*
 * core/checks/age.c: number.age, a person's stated age ("Lee, 61,",
 * "Lee (61)", "the 61-year-old Lee", "Lee, a 61-year-old ...") that
 * disagrees with their birth date, from the article ("Lee, born December
 * 22, 1963") or the fact sheet, at the article's date. With a birth year
 * alone both possible ages are accepted. An age stated with a verb of the
 * locale ("Lee is 62", "Lee turned 62 on December 22", "Lee will turn
 * 63", "Ortiz tiene 55 años") is read too, when the number can be
 * nothing but an age and nobody else stands between the name and it.
 *
 * To stay quiet where the age is not the present one, a sentence that
 * carries another year ("In 2019, Moon, 66, ...") is not judged, nor is
 * anyone the sheet records as dead by the article's date, nor a name
 * that could be two people.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "checks/age_pair.h"
#include "checks/check.h"
#include "checks/facts.h"
#include "checks/words.h"
#include "common.h"
#include "dates/mention.h"

/*
 * What an obituary tells of the one who died (obit_read()): the death
 * sentences (a word of death_verbs), the date of the death (the one full
 * date they give), the birth (a named birth whose surname a death
 * sentence gives, else the one birth date the article states) and a name
 * for messages.
 */
#define OBIT_SENTENCES 8
/* The most surnames obit_names() weighs (each a walk over the text): an
 * article that gives more people an age is no one person's obituary. */
#define OBIT_SURNAMES 16
/* How many years a slip puts an age off (near_death_age()). */
#define OBIT_NEAR 3
typedef struct {
	int read, ok, dated;             /* dated: the death's date read (obit_dated()) */
	int span;                        /* the birth and death from a life span (life_span()) */
	int died[3];                     /* year 0: no date given */
	int born[3];
	size_t name, name_len;           /* for messages; name_len 0: none */
	size_t surname, surname_len;     /* surname_len 0: a birth without a name */
	size_t ds[OBIT_SENTENCES], de[OBIT_SENTENCES], nd;
	/* the surnames weighed so far, and whether each is the dead one's */
	size_t weighed[OBIT_SURNAMES], weighed_len[OBIT_SURNAMES], nweighed;
	int weighed_dead[OBIT_SURNAMES];
} age_obit;

/* A phrase of age_at that holds an age ("at 57"): [s, e), the age and age_at's value. */
typedef struct {
	size_t s, e;
	int age, value;
} age_at_hit;

/*
 * One document's reading for number.age: its births, its obituary, and
 * the phrases of age_at, judged last (ages_at_events()).
 */
typedef struct {
	errata__births *births;
	age_obit obit;
	age_at_hit *at_events;
	size_t n_at_events, at_events_alloc;
} age_doc;

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

/*
 * Whether a word of age_then stands in the few words before the age at
 * `at` in its clause ("hat zugesagt; er ist dann 92 Jahre alt", "by then
 * she will be 70"): the age is told at a time another sentence names.
 */
static int told_then(const errata_check_ctx *ctx, size_t at)
{
	const errata__words *w = NULL;
	size_t from = at > 24 ? at - 24 : 0;

	if (errata__check_words(ctx, &w) < 0 || !w || !w->age_then.count)
		return 0;
	for (size_t k = from; k < at; k++)
		if (strchr(".;:!?\n", ctx->prose[k]))
			from = k + 1;
	return errata__words_in(&w->age_then, ctx->prose, ctx->prose_len, from, at);
}

/*
 * A finding over [at, at + n): who is lo (or lo to hi) on date ad, not
 * `age`; with death, ad is the day who died ("died on {date} at {age}").
 */
static int report(const errata_check_ctx *ctx, size_t at, size_t n,
                  const errata__person *who, int age, int lo, int hi, const errata_date *ad,
                  int death)
{
	static const char *const names[] = { "name", "born", "sheet", "age", "age2", "date",
	                                     "stated", "month", "year", "born_date", "month_number" };
	const errata_locale *ml = ctx->msg_locale ? ctx->msg_locale : ctx->locale;
	const char *month = who->born[1] ? errata_locale_month_name(ml, who->born[1]) : NULL;
	errata_buf msg = ERRATA_BUF_INIT, name = ERRATA_BUF_INIT, born = ERRATA_BUF_INIT;
	errata_buf sheet = ERRATA_BUF_INIT, date = ERRATA_BUF_INIT, bd = ERRATA_BUF_INIT;
	char n1[24], n2[24], stated[24], year[24], mn[24];
	const char *values[11];
	int error;

	if (told_then(ctx, at))
		return 0;
	error = errata_buf_put(&name, who->name, who->name_len < 100 ? who->name_len : 100);
	/* a name the source wrapped is written on one line */
	for (size_t i = 0; !error && i < name.size; i++)
		if (name.ptr[i] == '\n')
			name.ptr[i] = ' ';
	if (!error)
		error = errata__check_date(ctx, &date, ad->year, ad->month, ad->day, 1);
	values[0] = name.ptr;
	values[2] = "";
	values[3] = errata__decimal_text(n1, sizeof(n1), lo);
	values[4] = errata__decimal_text(n2, sizeof(n2), hi);
	values[6] = errata__decimal_text(stated, sizeof(stated), age);
	values[7] = month ? month : "(null)";
	values[8] = errata__decimal_text(year, sizeof(year), who->born[0]);
	values[10] = errata__decimal_text(mn, sizeof(mn), who->born[1]);
	if (!error && who->entity)
		error = errata__check_message(ctx, "from_sheet", " (fact sheet)", &sheet, NULL, NULL, 0);
	if (!error && who->entity)
		values[2] = sheet.ptr;
	values[9] = "";
	if (!error && who->born[1] && who->born[2] &&
	    !(error = errata__check_date(ctx, &bd, who->born[0], who->born[1], who->born[2], 1))) {
		values[9] = bd.ptr;
		error = errata__check_message(ctx, "born_day", "{born_date}", &born, names, values, 11);
	} else if (!error && who->born[1]) {
		error = errata__check_message(ctx, "born_month", "{month} {year}", &born, names,
		                              values, 11);
	} else if (!error) {
		error = errata__check_message(ctx, "born_year", "in {year}", &born, names, values, 11);
	}
	values[1] = born.ptr;
	values[5] = date.ptr;
	/* nobody named (age_pair.c): the birth tells who */
	if (!error && !who->name_len)
		error = errata__check_message(ctx, lo == hi ? "age_born" : "age_born_either",
		                              lo == hi ? "Someone born {born} is {age} on {date}, not {stated}" :
		                                         "Someone born {born} is {age} or {age2} on {date}, "
		                                         "not {stated}",
		                              &msg, names, values, 11);
	else if (!error && death)
		error = lo == hi ?
		        errata__check_message(ctx, "age_death", "{name}, born {born}{sheet}, died on "
		                              "{date} at {age}, not {stated}", &msg, names, values, 11) :
		        errata__check_message(ctx, "age_death_either", "{name}, born {born}{sheet}, died "
		                              "on {date} at {age} or {age2}, not {stated}", &msg, names,
		                              values, 11);
	else if (!error)
		error = lo == hi ?
		        errata__check_message(ctx, "age", "{name}, born {born}{sheet}, is {age} on "
		                              "{date}, not {stated}", &msg, names, values, 11) :
		        errata__check_message(ctx, "age_either", "{name}, born {born}{sheet}, is {age} "
		                              "or {age2} on {date}, not {stated}", &msg, names, values, 11);
	if (!error)
		error = errata__check_report(ctx, at, n, msg.ptr, NULL, 0);
	else
		error = errata__oom();
	errata_buf_dispose(&msg);
	errata_buf_dispose(&name);
	errata_buf_dispose(&born);
	errata_buf_dispose(&sheet);
	errata_buf_dispose(&date);
	errata_buf_dispose(&bd);
	return error;
}

/*
 * The ages a person born who->born may have on date d: [*lo, *hi], one
 * age when the birth's day is known (or its month, away from it), two
 * when only the year is.
 */
static void age_range(const errata__person *who, const errata_date *d, int *lo, int *hi)
{
	*hi = d->year - who->born[0];
	*lo = *hi - 1;
	if (who->born[1]) {
		if (d->month > who->born[1])
			*lo = *hi;
		else if (d->month < who->born[1])
			*hi = *lo;
		else if (who->born[2])
			*hi = *lo = d->day >= who->born[2] ? *hi : *lo;
	}
}

static int other_year(const errata_check_ctx *ctx, size_t s, size_t e, const int *ok, size_t nok);
static int obit_names(const errata_check_ctx *ctx, const errata__words *w, age_doc *bc,
                      size_t name, size_t nl);
static int judge_at_death(const errata_check_ctx *ctx, const errata__words *w,
                          const age_obit *o, size_t name, size_t nl, int age, size_t span,
                          size_t span_len);

/*
 * Whether the age of who is right on the article's date ad and no
 * birthday came in the 31 days before it: the age at a death in that
 * month is the same.
 */
static int settled(const errata__person *who, int age, const errata_date *ad)
{
	errata_date before = errata_date_from_days(errata_date_to_days(ad->year, ad->month,
	                                                               ad->day) - 31);
	int lo, hi, l2, h2;

	age_range(who, ad, &lo, &hi);
	age_range(who, &before, &l2, &h2);
	return age >= lo && age <= hi && lo == l2 && hi == h2;
}

/*
 * Whether a birth the article states names nobody by itself: its name
 * is a pronoun ("Sie wurde ... geboren") or runs on from the sentence
 * before ("Franca Bellini. Era nata il ...", where the name ends with
 * the stop).
 */
static int pronoun_name(const errata__words *w, const char *p, size_t len, size_t s, size_t n);

static int birth_unnamed(const errata_check_ctx *ctx, const errata__words *w, const errata__birth *b)
{
	return (b->name_len && ctx->prose[b->name + b->name_len - 1] == '.') ||
	       pronoun_name(w, ctx->prose, ctx->prose_len, b->name, b->name_len);
}

/*
 * Whether every birth the article states names nobody by itself
 * (birth_unnamed()): a name nobody's birth answers to may then be the
 * dead one's.
 */
static int anonymous_births(const errata_check_ctx *ctx, const errata__words *w,
                            const errata__births *b)
{
	for (size_t k = 0; k < b->count; k++)
		if (!birth_unnamed(ctx, w, &b->list[k]))
			return 0;
	return 1;
}
static size_t back_space(const char *p, size_t e);
static int is_space(char c);
static size_t word_after(const char *p, size_t len, size_t i);
static int birth_at(const errata_check_ctx *ctx, const errata__words *w, size_t k, int born[3]);
static int kin_in(const errata__words *w, const char *p, size_t len, size_t s, size_t e);
static int bracket_birth(const errata_check_ctx *ctx, const errata__words *w, size_t k,
                         int born[3], size_t *end);
static int name_word_at(const char *p, size_t len, size_t i, size_t name, size_t nl);
static int reported(const errata_check_ctx *ctx, size_t s, size_t e);
static int judge_birth(const errata_check_ctx *ctx, const errata__words *w, const int born[3],
                       size_t subject, size_t subject_len, int age, size_t span,
                       size_t span_len);
static size_t subject_phrase(const errata__words *w, const char *p, size_t len, size_t e,
                             size_t *n);

/* Whether the sentence [ss, se) tells a death (a word of death_events: "died", "est mort"). */
static int died_in(const errata__words *w, const char *p, size_t len, size_t ss, size_t se)
{
	return errata__words_in(&w->death_events, p, len, ss, se);
}

/* Whether the sentence before the one that starts at ss tells a death. */
static int died_before(const errata__words *w, const char *p, size_t len, size_t ss)
{
	size_t e = ss, ps, pe;

	while (e > 0 && is_space(p[e - 1]))
		e--;
	if (e == 0)
		return 0;
	errata__sentence(w, p, len, e - 1, &ps, &pe);
	return ps < ss && died_in(w, p, len, ps, pe < ss ? pe : ss);
}

/*
 * Narrow the sentence [*ss, *se) to the clause holding `at` between
 * semicolons ("The bride, Nadia Kowalczyk (born 20 August 2003), is 24;
 * the groom, Wendell Price, born 30 August 2000, is 27"): another
 * clause's years are another person's.
 */
static void clause_around(const char *p, size_t at, size_t *ss, size_t *se)
{
	for (size_t i = at; i > *ss; i--)
		if (p[i - 1] == ';') {
			*ss = i;
			break;
		}
	for (size_t i = at; i < *se; i++)
		if (p[i] == ';') {
			*se = i;
			break;
		}
}

/*
 * The stated age of someone born as who says, on the article's date: a
 * finding over [span, span + span_len) when it is wrong, unless the
 * sentence is about another year than now and the birth's.
 */
static int judge_age(const errata_check_ctx *ctx, const errata__words *w,
                     const errata__person *who, int age, size_t span, size_t span_len)
{
	const errata_date *ad = &ctx->article_date;
	size_t ss, se;
	int lo, hi, ok[2];

	age_range(who, ad, &lo, &hi);
	if (who->died[0] < 0) {
		/* an obituary that gives no date: the death in the month before the article */
		errata_date before = errata_date_from_days(errata_date_to_days(ad->year, ad->month,
		                                                               ad->day) - 30);
		int l2, h2;

		age_range(who, &before, &l2, &h2);
		lo = l2 < lo ? l2 : lo;
	}
	if (age >= lo && age <= hi)
		return 0;
	errata__sentence(w, ctx->prose, ctx->prose_len, span, &ss, &se);
	/*
	 * "Kline, 83, died on Tuesday", "Lemaire est mort mardi. Lemaire, 83 ans,
	 * avait fondé …": the age at the death, maybe before a birthday that the
	 * article's date has passed
	 */
	if (age == lo - 1 && (died_in(w, ctx->prose, ctx->prose_len, ss, se) ||
	                      (ss > 0 && died_before(w, ctx->prose, ctx->prose_len, ss))))
		return 0;
	ok[0] = ad->year;
	ok[1] = who->born[0];
	clause_around(ctx->prose, span, &ss, &se);
	if (other_year(ctx, ss, se, ok, 2))
		return 0;
	return report(ctx, span, span_len, who, age, lo, hi, ad, 0);
}

/* Judge "NAME ... AGE": the name run [name, name+nl), the age, the span. */
static int judge(const errata_check_ctx *ctx, const errata__words *w,
                 age_doc *bc, size_t name, size_t nl, int age, size_t span,
                 size_t span_len)
{
	const errata_date *ad = &ctx->article_date;
	errata__person who;
	int error;

	int found;

	if ((error = errata__births_read(bc->births, w, ctx->prose, ctx->prose_len, ctx->mentions)) < 0)
		return error;
	found = errata__person_find(ctx->facts, bc->births->list, bc->births->count, ctx->prose, name,
	                            nl, &who);
	/*
	 * the one an obituary tells of: the age at the death, unless it is
	 * right on the article's date with no birthday in the month before
	 * (a death reported later than that is not looked for)
	 */
	if ((found ? !who.entity && !settled(&who, age, ad) : anonymous_births(ctx, w, bc->births)) &&
	    (error = obit_names(ctx, w, bc, name, nl)) != 0) {
		if (error < 0)
			return error;
		if (bc->obit.died[0] > 0) {
			error = judge_at_death(ctx, w, &bc->obit, name, nl, age, span, span_len);
			return error < 0 ? error : 0;
		}
		memset(&who, 0, sizeof(who));
		who.name = ctx->prose + name;
		who.name_len = nl;
		memcpy(who.born, bc->obit.born, sizeof(who.born));
		who.died[0] = -1; /* dead, on a day the article does not give */
		found = 1;
	}
	if (!found || who.born[0] <= 0)
		return 0;
	if (who.died[0] > 0 && who.died[0] <= ad->year)
		return 0;
	return judge_age(ctx, w, &who, age, span, span_len);
}

/*
 * Where the age after the separator at i (',' or '(') would be written:
 * past spaces, and after a comma or a bracket past a word of age_words
 * ("aged", "lat" of "Jan Nowak (lat 52)").
 */
static size_t age_place(const errata__words *w, const char *p, size_t len, size_t i)
{
	size_t at = errata__skip_space(p, len, i + 1), k;

	if ((p[i] == ',' || p[i] == '(') && (k = errata__words_match(&w->age_words, p, len, at, NULL)) > 0)
		at = errata__skip_space(p, len, at + k);
	return at;
}

static int death_clause_age(const errata_check_ctx *ctx, const errata__words *w, age_doc *bc,
                            size_t v, size_t ss, int age, size_t span, size_t span_len);
static int inside_mention(const errata_check_ctx *ctx, size_t i);

static int blocked(const errata__words *w, const char *p, size_t len, size_t name);

/*
 * "NAME, 61," / "NAME, aged 61," / "NAME (61)" / "NAME, 61 years old,":
 * the separator at i, the age at `at` (age_place()).
 */
static int after_separator(const errata_check_ctx *ctx, const errata__words *w,
                           age_doc *bc, size_t i, size_t at)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, name, nl, n, k, u, ss, se;
	int age = 0, born[3], unit = 0;

	if (at >= len || p[at] < '0' || p[at] > '9' || !(n = read_age(p, len, at, &age)))
		return 0;
	k = at + n;
	/*
	 * "avled den 16 maj i Malmö, 78 år gammal.", "er død, 70 år gammel.":
	 * an age with its unit (of value 1) that closes a sentence telling a
	 * death is the age at that death
	 */
	if (p[i] == ',' && (u = errata__words_match(&w->age_units, p, len, k, &unit)) > 0 &&
	    (unit & 1) && (k + u >= len || p[k + u] == '.' || p[k + u] == '\n')) {
		errata__sentence(w, p, len, i, &ss, &se);
		return death_clause_age(ctx, w, bc, i, ss, age, at, k + u - at);
	}
	/* "NAME, 61 years old," / "NAME, 61 ans," */
	k += errata__words_match(&w->age_suffix, p, len, k, NULL);
	/* "NAME, 23 (born 30/12/1999),": the birth in brackets after the age */
	if (p[i] == ',' && bracket_birth(ctx, w, k, born, &u) &&
	    (u >= len || strchr(",;.", p[u]))) {
		name = subject_phrase(w, p, len, i, &nl);
		return nl ? judge_birth(ctx, w, born, name, nl, age, name, k - name) : 0;
	}
	if (k >= len || (p[i] == ',' ? (p[k] != ',' && p[k] != ';') : p[k] != ')'))
		return 0;
	/* "NAME, 45, was born on June 2, 1981", "NAME (45), born in 1981":
	 * the birth beside the age */
	if (p[k] != ';' && birth_at(ctx, w, k + 1 + (p[k] == ')' && k + 1 < len && p[k + 1] == ','),
	                            born)) {
		name = subject_phrase(w, p, len, i, &nl);
		return nl ? judge_birth(ctx, w, born, name, nl, age, name, k - name) : 0;
	}
	/* not "ο γιος του Παππά, 12 ετών,": a blocker before the name says whose */
	name = errata__name_before(w, p, len, i, &nl);
	if (!nl || blocked(w, p, len, name))
		return 0;
	return judge(ctx, w, bc, name, nl, age, name, k - name);
}

/* Past the word of l written at `at` (bytes as listed), or at itself. */
static size_t past_listed(const errata__wordlist *l, const char *p, size_t len, size_t at)
{
	for (size_t h = 0; h < l->count; h++) {
		const errata__word *x = &l->items[h];

		if (at + x->len <= len && memcmp(p + at, x->word, x->len) == 0)
			return at + x->len;
	}
	return at;
}

/* Past a separator inside a bracket at k, "、", "，", "," or "·" ("(51·1990년생)"); k when none. */
static size_t wide_separator(const char *p, size_t len, size_t k)
{
	if (k + 3 <= len && (memcmp(p + k, "\xe3\x80\x81", 3) == 0 || memcmp(p + k, "\xef\xbc\x8c", 3) == 0))
		return k + 3;
	if (k + 2 <= len && memcmp(p + k, "\xc2\xb7", 2) == 0)
		return k + 2;
	return k < len && p[k] == ',' ? k + 1 : k;
}

static int wide_born_at(const errata_check_ctx *ctx, const errata__words *w, size_t at,
                        int born[3], size_t *end);

/*
 * A birth and an age in one bracket after a name in Han, kana or Hangul,
 * the birth first: "照ノ海（1999年11月3日生まれ、28歳）", a date with its
 * year, a word of born_after, a comma and the age with its suffix. The
 * bracket opens at i (blen bytes); 0 when none is there.
 */
static int wide_bracket_birth(const errata_check_ctx *ctx, const errata__words *w, size_t i,
                              size_t blen)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, k, n, a, e, r;
	int born[3], age;

	if (!wide_born_at(ctx, w, i + blen, born, &a) || (k = wide_separator(p, len, a)) == a)
		return 0;
	a = errata__skip_space(p, len, k);
	if (!(n = read_age(p, len, a, &age)) || (k = past_listed(&w->age_suffix, p, len, a + n)) == a + n ||
	    !(k < len && (p[k] == ')' || (k + 3 <= len && memcmp(p + k, "\xef\xbc\x89", 3) == 0))))
		return 0;
	e = back_space(p, i);
	for (size_t h = 0; h < w->name_suffixes.count; h++) {
		const errata__word *x = &w->name_suffixes.items[h];

		if (x->len < e && memcmp(p + e - x->len, x->word, x->len) == 0) {
			e = back_space(p, e - x->len);
			break;
		}
	}
	r = errata__wide_run_start(p, len, e);
	return r < e ? judge_birth(ctx, w, born, r, e - r, age, a, k - a) : 0;
}

/*
 * Past a birthplace at e, after a birth date: "、", "，" or nothing, and a
 * run of letters that ends in a word of birthplace_ends just before a
 * word of born_after ("、大阪市生まれ", "서울에서 태어났다"). Returns where
 * the word of born_after would start, or e.
 */
static size_t past_birthplace_after(const errata__words *w, const char *p, size_t len, size_t e)
{
	size_t a = e, r;

	if (a + 3 <= len && (memcmp(p + a, "\xe3\x80\x81", 3) == 0 || memcmp(p + a, "\xef\xbc\x8c", 3) == 0))
		a += 3;
	for (r = a; r < len && r - a <= 24 && errata__wide_script_at(p, len, r); )
		r = errata__utf8_char_end(p, len, r);
	for (size_t h = 0; h < w->birthplace_ends.count; h++) {
		const errata__word *x = &w->birthplace_ends.items[h];

		/* the place's end, then the word of born_after, after a space or not */
		for (size_t b = a + x->len; b <= r && b <= len; b = errata__utf8_char_end(p, len, b))
			if (memcmp(p + b - x->len, x->word, x->len) == 0 &&
			    past_listed(&w->born_after, p, len, errata__skip_space(p, len, b)) >
			    errata__skip_space(p, len, b))
				return errata__skip_space(p, len, b);
	}
	return e;
}

/*
 * A birth in Han, kana or Hangul at `at`: a date with its year (a date
 * mention, or four digits and the year's counter: "1990年", "1990년"),
 * maybe a birthplace, and a word of born_after ("生まれ", "出生", "생").
 * Fills born[3] and *end (past the word of born_after) and returns 1, or 0.
 */
static int wide_born_at(const errata_check_ctx *ctx, const errata__words *w, size_t at,
                        int born[3], size_t *end)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, count = ctx->mentions ? errata_mentions_count(ctx->mentions) : 0;
	size_t mi = errata__mention_at(ctx->mentions, at), e, a;
	const errata_mention *m;

	if (mi < count && (m = errata_mentions_get(ctx->mentions, mi))->offset == at &&
	    (m->flags & ERRATA_MENTION_YEAR_EXPLICIT) && m->year > 0) {
		born[0] = m->year;
		born[1] = m->month >= 1 && m->month <= 12 ? m->month : 0;
		born[2] = born[1] && errata_date_valid(m->year, m->month, m->day) ? m->day : 0;
		e = m->offset + m->length;
	} else if ((born[0] = errata__read_year(p, len, at)) > 0 && at + 4 < len &&
	           errata__wide_script_at(p, len, at + 4)) {
		born[1] = born[2] = 0;
		e = errata__utf8_char_end(p, len, at + 4);
	} else {
		return 0;
	}
	e = past_birthplace_after(w, p, len, errata__skip_space(p, len, e));
	if ((a = past_listed(&w->born_after, p, len, e)) == e)
		return 0;
	*end = a;
	return 1;
}

/*
 * A birth written on after an age in brackets in Han, kana or Hangul:
 * a particle of birth_links ("は", "는"), a date with its year and a word
 * of born_after ("生まれ", "出生", "태어났"). Fills born[3] and returns 1,
 * or 0.
 */
static int wide_birth_after(const errata_check_ctx *ctx, const errata__words *w, size_t k,
                            int born[3])
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, at = k, end;

	if (!w->born_after.count)
		return 0;
	/* an honorific between: "김철수(76) 씨는 1948년 5월 2일 태어났다" */
	at = past_listed(&w->name_suffixes, p, len, at);
	at = past_listed(&w->birth_links, p, len, at);
	return wide_born_at(ctx, w, errata__skip_space(p, len, at), born, &end);
}

/* Whether a sentence in Han, kana or Hangul opens at i: after "。", a stop, or a line break. */
static int wide_sentence_opens(const char *p, size_t i)
{
	while (i > 0 && p[i - 1] == ' ')
		i--;
	return i == 0 || p[i - 1] == '\n' || p[i - 1] == '.' ||
	       (i >= 3 && memcmp(p + i - 3, "\xe3\x80\x82", 3) == 0);
}

/* Whether the honorific [h, h + hl) is written at i, past spaces. */
static int honorific_at(const char *p, size_t len, size_t i, size_t h, size_t hl)
{
	while (i < len && p[i] == ' ')
		i++;
	return hl && i + hl <= len && memcmp(p + i, p + h, hl) == 0;
}

/*
 * Whether a name other than the one at `at` opens with its surname [at,
 * at + sl) and is followed by the honorific [h, h + hl) or a bracket:
 * "佐藤健太容疑者 … 佐藤花子容疑者" are two.
 */
static int other_full_name(const char *p, size_t len, size_t at, size_t sl, size_t h, size_t hl)
{
	size_t from = 0;
	const char *hit;

	for (; sl && (hit = errata__memmem(p + from, len - from, p + at, sl));
	     from = (size_t)(hit - p) + 1) {
		size_t o = (size_t)(hit - p), e = o + sl;

		if (o == at)
			continue;
		for (int g = 0; g < 3 && e < len; g++) {
			e = errata__utf8_char_end(p, len, e);
			if (e < len && (p[e] == '(' || honorific_at(p, len, e, h, hl) ||
			                (e + 3 <= len && memcmp(p + e, "\xef\xbc\x88", 3) == 0)))
				return 1;
		}
	}
	return 0;
}

/*
 * The full name [s0, end) of an age in brackets at i, with no birth of
 * its own: a birth the article states of its surname, the name's head,
 * with the same honorific, before the bracket or after it (k: past the
 * bracket) ("佐藤健太容疑者（33）… 佐藤容疑者は1995年3月3日生まれ", "박모(35)
 * 씨 … 박씨는 1993년 7월 7일생이다"), judged as the age's.
 */
static int surname_birth(const errata_check_ctx *ctx, const errata__words *w, age_doc *bc,
                         size_t s0, size_t end, size_t i, int age, size_t k)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, h = end, hl = i - end, found = 0, at = 0, sl = 0;
	int born[3] = { 0, 0, 0 };

	if (!hl) {
		for (h = k; h < len && p[h] == ' '; h++)
			;
		hl = errata__words_match(&w->name_suffixes, p, len, h, NULL);
	}
	if (!hl)
		return 0;
	for (size_t b = 0; b < bc->births->count; b++) {
		const errata__birth *x = &bc->births->list[b];
		size_t q = end - x->name_len;

		/* a sentence after the age's that opens with the surname, no word of kin between */
		if (x->name < k || !wide_sentence_opens(p, x->name) ||
		    errata__words_in(&w->kin, p, len, k, x->name) ||
		    !honorific_at(p, len, x->name + x->name_len, h, hl))
			continue;
		/* the surname, then a given name of one to three characters */
		for (size_t g = 0; g < 3 && q > s0 && x->name_len; g++) {
			q = errata__utf8_char_before(p, q);
			if (q >= s0 && memcmp(p + q, p + x->name, x->name_len) == 0) {
				/* two births of that surname */
				if (found && (born[0] != x->year || born[1] != x->month ||
				              born[2] != x->day))
					return 0;
				found = 1;
				at = q;
				sl = x->name_len;
				born[0] = x->year;
				born[1] = x->month;
				born[2] = x->day;
				break;
			}
		}
	}
	if (!found || other_full_name(p, len, at, sl, h, hl))
		return 0;
	return judge_birth(ctx, w, born, at, end - at, age, at, k - at);
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
                              age_doc *bc, size_t i, size_t blen)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, at = i + blen, n, k, c, end = i, s0, best = 0;
	int age = 0, error, born[3];
	errata__person who;

	if (!w->age_suffix.count || at >= len)
		return 0;
	/* "李某（女，45岁，…）": one character first, the sex, and a separator */
	if (errata__wide_script_at(p, len, at) &&
	    (k = wide_separator(p, len, errata__utf8_char_end(p, len, at))) > errata__utf8_char_end(p, len, at) &&
	    k < len && p[k] >= '0' && p[k] <= '9')
		at = k;
	if (p[at] < '0' || p[at] > '9' || !(n = read_age(p, len, at, &age)))
		return wide_bracket_birth(ctx, w, i, blen);
	k = at + n;
	k += errata__words_match(&w->age_suffix, p, len, k, NULL);
	/* "李某（45岁，1990年出生）", "박모(51·1990년생)": the birth after the age, in its bracket */
	if ((c = wide_separator(p, len, k)) > k && wide_born_at(ctx, w, errata__skip_space(p, len, c),
	                                                       born, &c))
		k = c;
	else
		born[0] = 0;
	if (k < len && p[k] == ')')
		k++;
	else if (k + 2 < len && (unsigned char)p[k] == 0xef && (unsigned char)p[k + 1] == 0xbc &&
	         (unsigned char)p[k + 2] == 0x89)
		k += 3;
	else
		return 0;
	/* "田中太郎さん（40）は1981年6月2日生まれ": the birth after the bracket */
	if (born[0] > 0 || wide_birth_after(ctx, w, k, born)) {
		size_t e = end, r;

		for (size_t h = 0; h < w->name_suffixes.count; h++) {
			const errata__word *x = &w->name_suffixes.items[h];

			if (x->len < e && memcmp(p + e - x->len, x->word, x->len) == 0) {
				e -= x->len;
				break;
			}
		}
		e = back_space(p, e);
		r = errata__wide_run_start(p, len, e);
		return r < e ? judge_birth(ctx, w, born, r, e - r, age, r, k - r) : 0;
	}
	/* an honorific between the name and the bracket */
	for (size_t h = 0; h < w->name_suffixes.count; h++) {
		const errata__word *x = &w->name_suffixes.items[h];

		if (x->len < end && memcmp(p + end - x->len, x->word, x->len) == 0) {
			end -= x->len;
			break;
		}
	}
	/* the run of Han, kana or Hangul before it */
	s0 = errata__wide_run_start(p, len, end);
	if (s0 == end)
		return 0;
	if ((error = errata__births_read(bc->births, w, ctx->prose, ctx->prose_len, ctx->mentions)) < 0)
		return error;
	/* the longest tail that names one person: "首相の田中太郎" is 田中太郎 */
	for (size_t s = s0; s < end; ) {
		if (errata__person_find(ctx->facts, bc->births->list, bc->births->count, p, s, end - s, &who)) {
			best = s + 1;
			break;
		}
		s++;
		while (s < end && ((unsigned char)p[s] & 0xc0) == 0x80)
			s++;
	}
	if (!best)
		return surname_birth(ctx, w, bc, s0, end, i, age, k);
	return judge(ctx, w, bc, best - 1, end - (best - 1), age, best - 1, k - (best - 1));
}

/* ---- "Lee is 62", "Lee turned 62 on December 22", "Lee will turn 63" ---- */

/* How a verb states an age (the locale's age_is, age_turned, age_turns, age_will_turn, age_was). */
enum { VERB_IS, VERB_TURNED, VERB_TURNS, VERB_WILL, VERB_WAS };
/* judge_verb()'s flags: the age at a death, and an age said to be the present one */
enum { AGE_AT_DEATH = 1, AGE_NOW = 2 };

static int is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static size_t back_space(const char *p, size_t e)
{
	while (e > 0 && is_space(p[e - 1]))
		e--;
	return e;
}

/*
 * The longest entry of l that ends at e and starts a word (a space of the
 * entry matches any white space of the text). Returns its start, or e
 * when none; *value gets the entry's value.
 */
static size_t phrase_before(const errata__wordlist *l, const char *p, size_t len, size_t e,
                            int *value)
{
	size_t best = e;
	unsigned char last;

	if (e == 0)
		return e;
	last = errata__lower_ascii[(unsigned char)p[e - 1]];
	for (size_t k = 0; k < l->count; k++) {
		const errata__word *x = &l->items[k];
		size_t s, j;

		/* the entry's last byte first: most entries end otherwise */
		if (!x->len || (last != (unsigned char)x->low[x->len - 1] &&
		                !(x->low[x->len - 1] == ' ' && is_space(p[e - 1]))))
			continue;
		if (x->len > e || e - x->len >= best)
			continue;
		s = e - x->len;
		for (j = 0; j < x->len; j++) {
			unsigned char c = (unsigned char)p[s + j];

			if (c >= 'A' && c <= 'Z')
				c |= 0x20;
			if (!(c == (unsigned char)x->low[j] || (x->low[j] == ' ' && is_space(p[s + j]))))
				break;
		}
		if (j < x->len || (s > 0 && errata__is_word_byte(p, len, s - 1)))
			continue;
		best = s;
		*value = x->value;
	}
	return best;
}

/* Whether a capitalised word starts at i (a capital of any script: errata__capital_letter_at()). */
static int capital_at(const char *p, size_t len, size_t i)
{
	return errata__capital_letter_at(p, len, i);
}

/* The most words of a date with its day before its year ("19 de mayo de"). */
#define DAY_MONTH_WORDS 4

/*
 * Whether [s, e), between a word of born and a birthplace, holds a year
 * and at most one lower-case word either side of it ("geboren 1971 in
 * Bonn", "born in 1971 in Leeds", "urodzona w 1971 roku w Łodzi"), the
 * year maybe after its day and month, of DAY_MONTH_WORDS words at most
 * and no comma but the one right before the year ("geboren am 15. März
 * 1968 in Dortmund", "born on May 19, 2004 in Albacete").
 */
static int year_links(const char *p, size_t len, size_t s, size_t e)
{
	size_t k = errata__skip_space(p, len, s), we = word_after(p, len, k);

	if (k < e && we > k && !(p[k] >= '0' && p[k] <= '9') && !capital_at(p, len, k))
		k = errata__skip_space(p, len, we);
	for (int words = 0; k + 4 <= e && !errata__read_year(p, len, k); words++) {
		if (words == DAY_MONTH_WORDS || (we = word_after(p, len, k)) == k)
			return 0;
		/* the day's dot ("15."), or the comma before the year ("May 19, 2004") */
		if (we < e && (p[we] == '.' || (p[we] == ',' && errata__read_year(p, len, errata__skip_space(p, len, we + 1)))))
			we++;
		if ((k = errata__skip_space(p, len, we)) == we)
			return 0;
	}
	if (k + 4 > e)
		return 0;   /* (else the loop stopped at a year) */
	e = back_space(p, e);
	k += 4;
	/* and a word of the year's after it: "w 1971 roku w Łodzi" */
	we = word_after(p, len, errata__skip_space(p, len, k));
	return e == k || (we == e && !capital_at(p, len, errata__skip_space(p, len, k)));
}

/*
 * Whether the capitalised word at i, after s, is a birthplace: a run of
 * capitalised words after a word of place_preps after a word of born
 * ("who was born in Lagos in 1958", "born in New York").
 */
static int birthplace_at(const errata__words *w, const char *p, size_t len, size_t s, size_t i)
{
	size_t k = i, ws;

	for (;;) {
		k = back_space(p, k);
		ws = k;
		while (ws > s && errata__is_word_byte(p, len, ws - 1))
			ws--;
		if (ws == k || ws <= s)
			return 0;
		if (!capital_at(p, len, ws))
			break;
		k = ws;
	}
	if (errata__words_match(&w->place_preps, p, len, ws, NULL) != k - ws)
		return 0;
	k = back_space(p, ws);
	/* (past a date's dot and comma: "born on May 19, 2004 in Albacete"; year_links() reads them) */
	for (size_t b = k, n; b > s; b--)
		if (!errata__is_word_byte(p, len, b - 1) && p[b - 1] != ' ' && p[b - 1] != '.' &&
		    p[b - 1] != ',')
			return 0;
		else if ((n = errata__words_match(&w->born, p, len, b - 1, NULL)) > 0 &&
		         b - 1 + n <= k && (b - 1 + n == k || year_links(p, len, b - 1 + n, k)))
			return 1;
	return 0;
}

/*
 * Whether [s, e), between a name and its age, could hold another person:
 * a capitalised word outside a date mention, a bracket, a quote, a
 * semicolon.
 */
static int gap_holds_other(const errata_check_ctx *ctx, const errata__words *w, size_t s, size_t e)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, count = ctx->mentions ? errata_mentions_count(ctx->mentions) : 0;
	size_t mi = errata__mention_at(ctx->mentions, s);

	for (size_t i = s; i < e; i++) {
		if (p[i] == '(' || p[i] == ')' || p[i] == ';' || p[i] == '"')
			return 1;
		if (!errata__word_start(p, len, i) || !capital_at(p, len, i) ||
		    birthplace_at(w, p, len, s, i))
			continue;
		while (mi < count && errata_mentions_get(ctx->mentions, mi)->offset +
		                     errata_mentions_get(ctx->mentions, mi)->length <= i)
			mi++;
		if (mi >= count || errata_mentions_get(ctx->mentions, mi)->offset > i)
			return 1;
	}
	return 0;
}

/*
 * Whether the lower-case word before the name at `name` says it is not
 * the subject ("of Lee"); an article of name_articles does not ("ο
 * Παππάς").
 */
static int blocked(const errata__words *w, const char *p, size_t len, size_t name)
{
	size_t e = back_space(p, name), ws = e;

	while (ws > 0 && errata__is_word_byte(p, len, ws - 1))
		ws--;
	if (ws == e || errata__words_match(&w->name_articles, p, len, ws, NULL) == e - ws)
		return 0;
	return errata__words_match(&w->age_blockers, p, len, ws, NULL) == e - ws ||
	       errata__words_match(&w->articles, p, len, ws, NULL) == e - ws ||
	       errata__words_match(&w->referents, p, len, ws, NULL) == e - ws ||
	       errata__words_match(&w->name_particles, p, len, ws, NULL) == e - ws;
}

/*
 * Whether a run of capitalised words opens with an article and holds a
 * particle ("Die Tochter von Hoffmann", where nouns take capitals): its
 * head is a noun, not the person named after the particle.
 */
static int headed_run(const errata__words *w, const char *p, size_t len, size_t s, size_t n)
{
	size_t e = s;

	while (e < s + n && errata__is_word_byte(p, len, e))
		e++;
	if (errata__words_match(&w->articles, p, len, s, NULL) != e - s &&
	    errata__words_match(&w->referents, p, len, s, NULL) != e - s)
		return 0;
	for (size_t i = e; i < s + n; i++)
		if (is_space(p[i]) && (errata__words_match(&w->name_particles, p, len, i + 1, NULL) ||
		                       errata__words_match(&w->age_blockers, p, len, i + 1, NULL)))
			return 1;
	return 0;
}

/*
 * The person a verb at v (in the sentence from ss) states the age of: a
 * name just before it ("Lee is"), before a comma when the verb phrase is
 * an apposition's (`appositive`: "Lee, now 62", "Lee, who is 62"), before
 * a bracket ("Lee (born 1963) is"), or before a clause that opens with a
 * relative or a birth ("Lee, who was born on ..., is") and holds no
 * other name. Returns its start and stores its length (0: none).
 */
static size_t subject_before(const errata_check_ctx *ctx, const errata__words *w, size_t v,
                             size_t ss, int appositive, size_t *nl)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, e = back_space(p, v), name = 0, end = 0;

	*nl = 0;
	if (e <= ss)
		return 0;
	/* "The coach, Hughes (born March 3, 1980), is 46": the bracket before the comma */
	if (p[e - 1] == ',' && e - 1 > ss && back_space(p, e - 1) > ss &&
	    p[back_space(p, e - 1) - 1] == ')')
		e = back_space(p, e - 1);
	if (errata__is_word_byte(p, len, e - 1)) {
		end = e;
	} else if (p[e - 1] == ')') {
		size_t o = e - 1;

		while (o > ss && p[o - 1] != '(' && p[o - 1] != ')')
			o--;
		if (o <= ss || p[o - 1] != '(')
			return 0;
		end = back_space(p, o - 1);
		if (gap_holds_other(ctx, w, o, e - 1))
			return 0;
	} else if (p[e - 1] == ',') {
		name = errata__name_before(w, p, len, e - 1, nl);
		/* (not a birthplace: "Stone, who was born in 1971 in Leeds, is 58") */
		if (*nl && name + *nl == e - 1 && !birthplace_at(w, p, len, ss, name)) {
			/* "Lee, now 61," "Lee, who is 61,": the verb phrase is the apposition's */
			if (!appositive || blocked(w, p, len, name))
				*nl = 0;
			return *nl ? name : 0;
		}
		/* ", who was born on March 1, 1985, is": the comma that opens the clause */
		for (size_t c = e - 1; c > ss; c--) {
			size_t a;

			if (p[c - 1] != ',')
				continue;
			a = errata__skip_space(p, len, c);
			if (!errata__words_match(&w->relatives, p, len, a, NULL) &&
			    !errata__words_match(&w->born, p, len, a, NULL))
				continue;
			end = c - 1;
			if (gap_holds_other(ctx, w, c, e - 1))
				return 0;
			break;
		}
		if (!end)
			return 0;
	} else {
		return 0;
	}
	name = errata__name_before(w, p, len, end, nl);
	if (!*nl || name + *nl != end || name < ss || blocked(w, p, len, name) ||
	    headed_run(w, p, len, name, *nl)) {
		*nl = 0;
		return 0;
	}
	return name;
}

/*
 * Whether the sentence [s, e) names a year other than those allowed. A
 * year after the article's names no time an age was said at ("De
 * 24-jarige … tekent een contract tot 2027"): an age to come is read
 * with its date ("turns 60 on May 9, 2027").
 */
static int other_year(const errata_check_ctx *ctx, size_t s, size_t e, const int *ok, size_t nok)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, count = ctx->mentions ? errata_mentions_count(ctx->mentions) : 0;
	int now = ctx->article_date.year > 0 ? ctx->article_date.year : 9999;

	for (size_t mi = errata__mention_at(ctx->mentions, s); mi < count; mi++) {
		const errata_mention *x = errata_mentions_get(ctx->mentions, mi);
		size_t k;

		if (x->offset >= e)
			break;
		for (k = 0; k < nok && x->year != ok[k]; k++)
			;
		if (x->year > 0 && x->year <= now && k == nok)
			return 1;
	}
	for (size_t i = s; i < e; i++) {
		int y = errata__read_year(p, len, i);
		size_t k;

		for (k = 0; k < nok && y != ok[k]; k++)
			;
		if (y && y <= now && k == nok)
			return 1;
	}
	return 0;
}

/*
 * A date mention just after an age ("turned 62 on December 22", "a eu
 * 40 ans le 1er mars"): at most two lower-case words between. Returns 1
 * (its year written) or 2 (its year inferred) and sets *d when there is
 * one that can be judged, else 0.
 */
static int date_after(const errata_check_ctx *ctx, size_t k, errata_date *d)
{
	const char *p = ctx->prose;
	size_t count = ctx->mentions ? errata_mentions_count(ctx->mentions) : 0;
	size_t mi = errata__mention_at(ctx->mentions, k), words = 0;
	const errata_mention *m;

	if (mi >= count)
		return 0;
	m = errata_mentions_get(ctx->mentions, mi);
	if (m->offset > k + 24 || m->year <= 0 || !errata_date_valid(m->year, m->month, m->day))
		return 0;
	for (size_t i = k; i < m->offset; i++) {
		if (capital_at(p, ctx->prose_len, i) || (p[i] >= '0' && p[i] <= '9') ||
		    (!is_space(p[i]) && !errata__is_word_byte(p, ctx->prose_len, i) && p[i] != '\''))
			return 0;
		words += is_space(p[i]) && i + 1 < m->offset && !is_space(p[i + 1]);
	}
	if (words > 2)
		return 0;
	d->year = m->year;
	d->month = m->month;
	d->day = m->day;
	return m->flags & ERRATA_MENTION_YEAR_EXPLICIT ? 1 : 2;
}

static int listed_at(const errata__wordlist *l, const char *p, size_t len, size_t i);

/*
 * A weekday a few bytes after k, after at most one short lower-case word
 * ("turned 62 on Tuesday", "turns 60 on Friday"): after a verb of the
 * past the last such day before the article's date, else the next one
 * after it (the article's own weekday, today or a week off, dates
 * nothing). 2 (a date of no year written) and *d, or 0.
 */
static int weekday_after(const errata_check_ctx *ctx, const errata__words *w, size_t k, int kind,
                         errata_date *d)
{
	const char *p = ctx->prose;
	const errata_date *ad = &ctx->article_date;
	size_t len = ctx->prose_len, at = errata__skip_space(p, len, k), n;
	long today = errata_date_to_days(ad->year, ad->month, ad->day);
	int now = errata_date_weekday(ad->year, ad->month, ad->day), v;

	if (at == k || !w->weekday_names.count)
		return 0;
	for (int words = 0; words < 2; words++) {
		if (listed_at(&w->weekday_names, p, len, at) &&
		    errata__words_match(&w->weekday_names, p, len, at, &v) && v >= 0 && v <= 6) {
			if (v == now)
				return 0;
			*d = errata_date_from_days(kind == VERB_TURNED ? today - (now - v + 7) % 7 :
			                                                 today + (v - now + 7) % 7);
			return 2;
		}
		n = word_after(p, len, at) - at;
		if (!n || n > 3 || capital_at(p, len, at) || (p[at] >= '0' && p[at] <= '9') ||
		    !is_space(p[at + n]))
			return 0;
		at = errata__skip_space(p, len, at + n);
	}
	return 0;
}

/*
 * A date written without its year after a verb of the past ("turned 62
 * on December 22") is the last such day on or before the article's date;
 * after a verb of the future ("will turn 63 on December 22", "turns 63
 * on December 22") the first on or after it.
 */
static void year_by_tense(errata_date *d, const errata_date *ad, int kind)
{
	int before = d->month < ad->month || (d->month == ad->month && d->day <= ad->day);
	int after = d->month > ad->month || (d->month == ad->month && d->day >= ad->day);

	if (kind == VERB_TURNED)
		d->year = before ? ad->year : ad->year - 1;
	else if (kind == VERB_WILL || kind == VERB_TURNS)
		d->year = after ? ad->year : ad->year + 1;
	if (d->month == 2 && d->day == 29 && !errata_date_valid(d->year, 2, 29))
		d->year = 0;
}

/* ---- an age and a birth in one phrase ------------------------------- */

/* The end of the word at i (i itself when none starts there). */
static size_t word_after(const char *p, size_t len, size_t i)
{
	while (i < len && errata__is_word_byte(p, len, i))
		i++;
	return i;
}

/*
 * Whether a word of l stands whole at i: "who", "de", or "d'" before the
 * word it is written on to.
 */
static int listed_at(const errata__wordlist *l, const char *p, size_t len, size_t i)
{
	size_t n = errata__words_match(l, p, len, i, NULL);

	return n > 0 && n >= word_after(p, len, i) - i &&
	       (i + n >= len || !errata__is_word_byte(p, len, i + n) || p[i + n - 1] == '\'' ||
	        (n >= 3 && (unsigned char)p[i + n - 1] == 0x99));
}

/*
 * A year at or after `from`, before `lim`: the first date mention there
 * that writes its year (its month and day kept when valid), or else a bare
 * four-digit year, with at most two lower-case words in between (no other
 * number, no stop). Fills born[3] and *end (where it ends) and returns 1, or 0.
 */
static int year_within(const errata_check_ctx *ctx, size_t from, size_t lim, int born[3],
                       size_t *end)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, count = ctx->mentions ? errata_mentions_count(ctx->mentions) : 0;
	size_t mi = errata__mention_at(ctx->mentions, from), stop = lim < len ? lim : len;

	if (mi < count && errata_mentions_get(ctx->mentions, mi)->offset < stop)
		stop = errata_mentions_get(ctx->mentions, mi)->offset;
	for (size_t k = from, words = 0; k < stop; k++) {
		int y;

		if (p[k] == '.' || p[k] == ';' || p[k] == ')' || p[k] == ',' || p[k] == '(' ||
		    p[k] == '\n' || (errata__word_start(p, len, k) && capital_at(p, len, k)))
			return 0;
		/* a link or two ("in", "on the"), not a clause ("in a house built in 1920") */
		if (errata__word_start(p, len, k) && !(p[k] >= '0' && p[k] <= '9') && ++words > 2)
			return 0;
		if (p[k] >= '0' && p[k] <= '9') {
			if (!(y = errata__read_year(p, len, k)))
				return 0;
			born[0] = y;
			born[1] = born[2] = 0;
			*end = k + 4;
			return 1;
		}
	}
	if (mi < count && stop < len && stop < lim) {
		const errata_mention *m = errata_mentions_get(ctx->mentions, mi);

		if (!(m->flags & ERRATA_MENTION_YEAR_EXPLICIT) || m->year <= 0)
			return 0;
		born[0] = m->year;
		born[1] = m->month >= 1 && m->month <= 12 ? m->month : 0;
		born[2] = born[1] && errata_date_valid(m->year, m->month, m->day) ? m->day : 0;
		*end = m->offset + m->length;
		return 1;
	}
	return 0;
}

/*
 * Past a place at `from`: a word of `preps` and up to three capitalised
 * words that start no date ("in Madrid", "in New York", "from Leeds").
 * Returns where it ends, or from when there is none.
 */
static size_t past_place(const errata_check_ctx *ctx, const errata__wordlist *preps, size_t from)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, count = ctx->mentions ? errata_mentions_count(ctx->mentions) : 0;
	size_t a = errata__skip_space(p, len, from), n, k, end = from, mi;

	if (!(n = errata__words_match(preps, p, len, a, NULL)) || a + n >= len ||
	    !is_space(p[a + n]))
		return from;
	k = errata__skip_space(p, len, a + n);
	for (int words = 0; words < 3 && k < len && capital_at(p, len, k); words++) {
		size_t e = word_after(p, len, k);

		if (e == k || ((mi = errata__mention_at(ctx->mentions, k)) < count &&
		               errata_mentions_get(ctx->mentions, mi)->offset == k))
			break;
		end = e;
		if (e >= len || p[e] != ' ')
			break;
		k = e + 1;
	}
	return end;
}

/*
 * A birth stated at k, just after an age ("Lopez, 45, was born on June 2,
 * 1981", "López, de 45 años, nació en 1981", "Lopez (45) wurde 1981
 * geboren", "Lopez, 45, who was born in Lagos in 1981"): an optional relative
 * word, an optional copula, a word of "born" and the year a few
 * words on, or a copula, the year and then a word of "born", or the
 * year and a word of born_year_after ("1956 року народження"). Fills
 * born[3] and returns 1, or 0.
 */
static int birth_at(const errata_check_ctx *ctx, const errata__words *w, size_t k, int born[3])
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, at = errata__skip_space(p, len, k), c = 0, n, end = 0;

	if (!w->born.count || at >= len)
		return 0;
	/*
	 * the year first, or after a word of born_year_leads: "30-річного
	 * чоловіка, 2000 року народження", "36-vuotiaan, vuonna 1990
	 * syntyneen naisen"
	 */
	if (w->born_year_after.count) {
		size_t y = at, q;

		if ((n = errata__words_match(&w->born_year_leads, p, len, at, NULL)) > 0)
			y = errata__skip_space(p, len, at + n);
		if ((born[0] = errata__read_year(p, len, y)) > 0 && y + 4 < len && is_space(p[y + 4]) &&
		    listed_at(&w->born_year_after, p, len, (q = errata__skip_space(p, len, y + 4))) &&
		    /* "Demir (61), 1990 doğumlu kızıyla": the daughter's */
		    !errata__birth_qualifies_next(w, p, len,
		                                  q + errata__words_match(&w->born_year_after, p, len, q, NULL))) {
			born[1] = born[2] = 0;
			return 1;
		}
	}
	/* a relative clause: "Lopez, 45, who was born in 1981" */
	if ((n = errata__words_match(&w->relatives, p, len, at, NULL)) > 0 && at + n < len &&
	    is_space(p[at + n]))
		at = c = errata__skip_space(p, len, at + n);
	if ((n = errata__words_match(&w->copulas, p, len, at, NULL)) > 0 && at + n < len &&
	    is_space(p[at + n]))
		c = errata__skip_space(p, len, at + n);
	n = errata__words_match(&w->born, p, len, c ? c : at, NULL);
	if (n) {
		/* a birthplace: "who was born in Madrid in 1964" */
		size_t from = past_place(ctx, &w->place_preps, (c ? c : at) + n);

		return year_within(ctx, from, from + 32, born, &end);
	}
	/* with a copula or a relative, the year and the verb last: "wurde 1979 in Köln
	 * geboren", "die in 1975 werd geboren", "der 1938 in Wien geboren wurde" */
	if (!c || !year_within(ctx, c, c + 12, born, &end))
		return 0;
	/* the verb last, a place or two words before it: "wurde 1979 in Köln geboren" */
	for (int words = 0; words < 4; words++) {
		at = errata__skip_space(p, len, end);
		if (errata__words_match(&w->born, p, len, at, NULL) > 0)
			return 1;
		end = word_after(p, len, at);
		if (end == at || (p[at] >= '0' && p[at] <= '9') ||
		    (words == 3 && !errata__words_match(&w->copulas, p, len, at, NULL)))
			return 0; /* a fourth word only a copula: "in 1975 werd geboren" */
	}
	return 0;
}

/*
 * A birth in brackets right after an age, at k (past spaces), a pronoun
 * of `pronouns` first or not: "Callum Price, 28 (born 14/02/1998),",
 * "aujourd'hui âgée de 67 ans (elle est née le 2 avril 1958)". The bracket
 * must close in its sentence; *end: past it. Fills born[3] and returns 1,
 * or 0.
 */
static int bracket_birth(const errata_check_ctx *ctx, const errata__words *w, size_t k,
                         int born[3], size_t *end)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, b = errata__skip_space(p, len, k), n, c;

	if (b >= len || p[b] != '(')
		return 0;
	b = errata__skip_space(p, len, b + 1);
	if ((n = errata__words_match(&w->pronouns, p, len, b, NULL)) > 0 && b + n < len &&
	    is_space(p[b + n]))
		b = errata__skip_space(p, len, b + n);
	for (c = b; c < len && p[c] != ')' && p[c] != '(' && p[c] != '\n' && p[c] != ';'; c++)
		;
	if (c >= len || p[c] != ')' || !birth_at(ctx, w, b, born))
		return 0;
	*end = c + 1;
	return 1;
}

/*
 * Judge an age stated beside its own birth, on the article's date: the
 * person is `subject` (a name, or the noun phrase the sentence gives:
 * "The singer"), the finding spans [span, span + span_len).
 */
static int judge_birth(const errata_check_ctx *ctx, const errata__words *w, const int born[3],
                       size_t subject, size_t subject_len, int age, size_t span,
                       size_t span_len)
{
	const errata_date *ad = &ctx->article_date;
	errata__person who;

	memset(&who, 0, sizeof(who));
	who.name = ctx->prose + subject;
	who.name_len = subject_len;
	memcpy(who.born, born, sizeof(who.born));
	if (born[0] <= 0 || born[0] > ad->year)
		return 0;
	return judge_age(ctx, w, &who, age, span, span_len);
}

/*
 * The subject of a phrase that ends at e (a comma or a bracket just
 * after it): the name there, or the words from the sentence's start
 * ("The singer"), when they are few. Returns its start and stores its
 * length (0: none).
 */
static size_t subject_phrase(const errata__words *w, const char *p, size_t len, size_t e,
                             size_t *n)
{
	size_t ss, se, s, name, nl, words = 0;

	e = back_space(p, e);
	name = errata__name_before(w, p, len, e, &nl);
	errata__sentence(w, p, len, e ? e - 1 : 0, &ss, &se);
	s = errata__skip_space(p, len, ss);
	while (s < e && (p[s] == '"' || p[s] == '*' || p[s] == '_'))
		s++;
	*n = 0;
	if (nl && name + nl == e && name >= s) {
		*n = nl;
		return name;
	}
	if (s >= e || e - s > 60)
		return 0;
	for (size_t i = s; i < e; i++) {
		if (p[i] == ',' || p[i] == '(' || p[i] == ')' || p[i] == ';' || (p[i] >= '0' && p[i] <= '9'))
			return 0;
		words += is_space(p[i]);
	}
	if (words > 3)
		return 0;
	*n = e - s;
	return s;
}


/*
 * The start of the word right before e (past spaces) when it is a word of
 * l ("the" of "the 62-year-old", "de" of "de 40 años"); e when it is not.
 */
static size_t listed_word_before(const errata__wordlist *l, const char *p, size_t len, size_t e)
{
	size_t we = back_space(p, e), ws = we;

	/* (most words end in a byte no word of l ends in) */
	if (we == 0 || !errata__words_may_end(l, p, we))
		return e;
	while (ws > 0 && errata__is_word_byte(p, len, ws - 1))
		ws--;
	return ws < we && errata__words_match(l, p, len, ws, NULL) == we - ws ? ws : e;
}

/*
 * birth_at() at k, or, with comma, past a comma there or a bracket after
 * it ("the 62-year-old architect (born 1960)", "35 yaşındaki (1990
 * doğumlu) sürücü").
 */
static int birth_after(const errata_check_ctx *ctx, const errata__words *w, size_t k, int comma,
                       int born[3])
{
	size_t b = errata__skip_space(ctx->prose, ctx->prose_len, k);

	if (comma && b < ctx->prose_len && ctx->prose[b] == '(')
		return birth_at(ctx, w, b + 1, born);
	return birth_at(ctx, w, k + (comma && k < ctx->prose_len && ctx->prose[k] == ','), born);
}

/*
 * Past where someone is from, at `at`: a word of home_links and up to
 * three capitalised words ("from Swindon", "aus Gelsenkirchen", "уроженца Казани"),
 * or at itself. After a noun (after_noun), a word of value 1, a noun
 * itself, tells whose the noun is ("сына уроженца Казани", the son of a
 * native of Kazan), and is not read.
 */
static size_t past_home(const errata_check_ctx *ctx, const errata__words *w, size_t at,
                        int after_noun)
{
	size_t a = errata__skip_space(ctx->prose, ctx->prose_len, at), n, e;
	int value = 0;

	if (!w->home_links.count || !(n = errata__words_match(&w->home_links, ctx->prose,
	                                                      ctx->prose_len, a, &value)) ||
	    (after_noun && value == 1))
		return at;
	e = past_place(ctx, &w->home_links, at);
	/* value 2, a word that may bring a sender as well ("a letter from
	 * Winston Churchill"): a place of one word */
	if (e <= a + n || (value == 2 && memchr(ctx->prose + a + n + 1, ' ', e - a - n - 1)))
		return at;
	/* a region's noun after its name: "жителя Самарской области (…" */
	if (e + 1 < ctx->prose_len && ctx->prose[e] == ' ' &&
	    errata__lower_letter_at(ctx->prose, ctx->prose_len, e + 1)) {
		size_t r = word_after(ctx->prose, ctx->prose_len, e + 1), c;

		c = errata__skip_space(ctx->prose, ctx->prose_len, r);
		if (r > e + 1 && c < ctx->prose_len && (ctx->prose[c] == ',' || ctx->prose[c] == '('))
			return r;
	}
	return e;
}

size_t errata__age_case_ending(const char *p, size_t y)
{
	size_t k = y, letters = 0;

	while (k > 0 && (unsigned char)p[k - 1] >= 'a' && (unsigned char)p[k - 1] <= 'z' && letters < 3) {
		k--;
		letters++;
	}
	if (!letters)
		return y;
	if (k >= 1 && p[k - 1] == '\'')
		return k - 1;
	/* "1942-ben": a hyphen after digits */
	if (k >= 2 && p[k - 1] == '-' && p[k - 2] >= '0' && p[k - 2] <= '9')
		return k - 1;
	if (k >= 3 && memcmp(p + k - 3, "\xe2\x80\x99", 3) == 0)
		return k - 3;
	return y;
}

/*
 * A year and a word of born_year_after that end right before the age at
 * i, a space between ("1990 doğumlu 35 yaşındaki"; the year may take a
 * case ending and a place so written stand between, "2007'de
 * Karşıyaka'da doğan 19 yaşındaki"): fills born[3] and returns where
 * the year starts; i when there is none.
 */
static size_t year_born_before(const errata_check_ctx *ctx, const errata__words *w, size_t i,
                               int born[3])
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, e = back_space(p, i), y, c;

	if (e == i || e == 0 || !errata__is_word_byte(p, len, e - 1))
		return i;
	for (size_t h = 0; h < w->born_year_after.count; h++) {
		const errata__word *x = &w->born_year_after.items[h];

		if (x->len > e || errata__strncasecmp_ascii(p + e - x->len, x->word, x->len) != 0 ||
		    (e - x->len > 0 && errata__is_word_byte(p, len, e - x->len - 1)))
			continue;
		y = back_space(p, e - x->len);
		/* a place with its case ending between: "Karşıyaka'da" */
		if ((c = errata__age_case_ending(p, y)) < y) {
			size_t ws = c;

			while (ws > 0 && errata__is_word_byte(p, len, ws - 1))
				ws--;
			if (ws < c && capital_at(p, len, ws) && !(p[ws] >= '0' && p[ws] <= '9'))
				c = errata__age_case_ending(p, back_space(p, ws));
		}
		y = c;
		if (y >= 4 && y < e - x->len && (born[0] = errata__read_year(p, len, y - 4)) > 0 &&
		    (y == 4 || !errata__is_word_byte(p, len, y - 5))) {
			size_t mi = errata__mention_at(ctx->mentions, y - 3);
			const errata_mention *m = ctx->mentions && mi > 0 ? errata_mentions_get(ctx->mentions, mi - 1) : NULL;

			born[1] = born[2] = 0;
			/* the year ends a date: "12 Temmuz 2007'de doğan" */
			if (m && m->offset < y - 4 && m->offset + m->length >= y && m->year == born[0] && m->day &&
			    errata_date_valid(m->year, m->month, m->day)) {
				born[1] = m->month;
				born[2] = m->day;
				return m->offset;
			}
			return y - 4;
		}
	}
	return i;
}

/*
 * A birth beside an age written with a suffix, the age in [i, at): after
 * it, straight or after one noun ("the 62-year-old architect was born in
 * 1960", "der 62-jährige Architekt wurde 1960 geboren"), or at the head
 * of the sentence, the age in the first words after its comma, behind an
 * article ("Born in 1960, the 62-year-old architect", "Née en 1960,
 * l'architecte de 62 ans"). Fills born[3] and the subject for the
 * message, and returns 1; else 0.
 */
static int birth_beside(const errata_check_ctx *ctx, const errata__words *w, size_t i, size_t at,
                        int born[3], size_t *subject, size_t *n)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, s = i, e = at, ss, se, b, bl, end = 0, c, words = 0;
	int comma, found;

	/* the article before the age, for the message: "the 62-year-old architect" */
	s = listed_word_before(&w->articles, p, len, i);
	if (at < len && p[at] == ' ')
		e = word_after(p, len, at + 1);
	/*
	 * the birth straight after, or set off by a comma ("the 62-year-old
	 * architect, born in 1960, ..."), unless the age is itself set off
	 * after a name ("Dubois, 50 ans, est née ...": that age is read with
	 * its name)
	 */
	{
		/* past a word of age_words: "Romero, de 40 años, nació ..." */
		size_t we = back_space(p, listed_word_before(&w->age_words, p, len, s));

		comma = !(we > 0 && (p[we - 1] == ',' || p[we - 1] == '('));
	}
	found = birth_after(ctx, w, at, comma, born);
	if (!found && e > at + 1 && (found = birth_after(ctx, w, e, comma, born)))
		at = e;
	/* past where the one aged is from: "a 46-year-old (plumber) from Swindon, born 1979" */
	if (!found && comma) {
		size_t home = past_home(ctx, w, at, 0);

		if (home == at && e > at + 1)
			home = past_home(ctx, w, e, 1);
		if (home > at && (found = birth_after(ctx, w, home, comma, born)))
			at = home;
	}
	if (found) {
		*subject = s;
		*n = at - s;
		return 1;
	}
	/* "1990 doğumlu 35 yaşındaki sürücü": the year of birth right before the age */
	if ((b = year_born_before(ctx, w, i, born)) < i) {
		*subject = b;
		*n = (e > at + 1 ? e : at) - b;
		return 1;
	}
	/* "Born in 1960, the 62-year-old": the sentence opens with the birth */
	if (at < len && (p[at] == '\'' || (at + 2 < len && (unsigned char)p[at] == 0xe2 &&
	                 (unsigned char)p[at + 1] == 0x80 && (unsigned char)p[at + 2] == 0x99)))
		return 0; /* "the 30-year-old's mother": the birth is the mother's */
	errata__sentence(w, p, len, i, &ss, &se);
	b = errata__skip_space(p, len, ss);
	while (b < i && (p[b] == '"' || p[b] == '*' || p[b] == '_'))
		b++;
	if (!w->born.count || b >= i || !(bl = errata__words_match(&w->born, p, len, b, NULL)) ||
	    !year_within(ctx, b + bl, b + bl + 32, born, &end))
		return 0;
	c = errata__skip_space(p, len, end);
	if (c >= i)
		return 0;
	comma = p[c] == ',';
	if (comma)
		c = errata__skip_space(p, len, c + 1);
	/*
	 * an article first, then at most two lower-case words: the age's own
	 * noun phrase; or the verb first where the verb comes second
	 * ("Geboren 1960, zeichnet der 62-jährige Architekt"; with no comma
	 * too, "Född 1960 ritar den 62-årige arkitekten")
	 */
	bl = comma ? errata__words_match(&w->articles, p, len, c, NULL) : 0;
	if (!bl && c < i && !capital_at(p, len, c)) {
		size_t v = word_after(p, len, c), a = errata__skip_space(p, len, v);

		if (v > c && a > v && a < i && errata__words_match(&w->articles, p, len, a, NULL) > 0)
			bl = v - c;
	}
	if (!bl || c + bl > i)
		return 0;
	for (size_t k = c; k < i; k++) {
		if (!is_space(p[k]) && !errata__is_word_byte(p, len, k) && p[k] != '\'')
			return 0;
		if ((p[k] >= '0' && p[k] <= '9') || (errata__word_start(p, len, k) && k > c &&
		                                     capital_at(p, len, k)))
			return 0;
		words += is_space(p[k]) && !is_space(p[k - 1]);
	}
	if (words > 3)
		return 0;
	*subject = c;
	*n = (e > at + 1 ? e : at) - c;
	return 1;
}

/* ---- an obituary: the age at the death ------------------------------ */

/* The last word of [s, e): its start, *n its length (0: none). */
static size_t last_word(const char *p, size_t len, size_t s, size_t e, size_t *n)
{
	size_t ws;

	e = back_space(p, e);
	ws = e;
	while (ws > s && errata__is_word_byte(p, len, ws - 1))
		ws--;
	*n = e - ws;
	return ws;
}

/* Where the sentence holding `at` opens (past white space, quotes and emphasis; at most at). */
static size_t sentence_first(const errata__words *w, const char *p, size_t len, size_t at)
{
	size_t ss, se, b;

	errata__sentence(w, p, len, at, &ss, &se);
	b = errata__skip_space(p, len, ss);
	while (b < at && (p[b] == '"' || p[b] == '*' || p[b] == '_'))
		b++;
	return b;
}

/* Whether `at` is a sentence's first word (sentence_first()). */
static int opens_sentence(const errata__words *w, const char *p, size_t len, size_t at)
{
	return sentence_first(w, p, len, at) == at;
}

/*
 * Whether the surname [a, a + n) names two people: somewhere it follows
 * a capitalised word (not a sentence's first) other than the given name
 * that the first such place shows ("Walter Fenwick" beside "Dolores
 * Fenwick").
 */
static int shared_surname(const errata_check_ctx *ctx, const errata__words *w, size_t a, size_t n)
{
	const char *p = ctx->prose, *hit, *given = NULL;
	size_t len = ctx->prose_len, gl = 0;

	for (size_t i = 0; n && i + n <= len && (hit = errata__memmem(p + i, len - i, p + a, n)); ) {
		size_t at = (size_t)(hit - p), gs, ge;

		i = at + 1;
		if (errata__is_word_byte(p, len, at + n) || at < 2 || p[at - 1] != ' ' ||
		    errata__is_word_byte(p, len, at - 1))
			continue;
		ge = at - 1;
		gs = ge;
		while (gs > 0 && errata__is_word_byte(p, len, gs - 1))
			gs--;
		if (gs == ge || !capital_at(p, len, gs) || opens_sentence(w, p, len, gs))
			continue;
		if (!given) {
			given = p + gs;
			gl = ge - gs;
		} else if (gl != ge - gs || memcmp(given, p + gs, gl) != 0) {
			return 1;
		}
	}
	return 0;
}

/*
 * Whether the name [s, s + n) is a word of the locale's pronouns or
 * subject_pronouns ("Sie" of "Sie wurde ... geboren", "Он" of "Он родился").
 */
static int pronoun_name(const errata__words *w, const char *p, size_t len, size_t s, size_t n)
{
	return errata__words_match(&w->pronouns, p, len, s, NULL) == n ||
	       errata__words_match(&w->subject_pronouns, p, len, s, NULL) == n;
}

/* Whether the birth dates a and b are the same. */
static int same_birth(const int *a, const int *b)
{
	return a[0] == b[0] && a[1] == b[1] && a[2] == b[2];
}

/* The first name of two words or more in [s, e) outside a date: *n its length, 0 when none. */
static size_t long_name_in(const errata_check_ctx *ctx, const errata__words *w, size_t s, size_t e,
                           size_t *n)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, nm, nl;

	for (size_t i = s; i < e; i++) {
		if (!errata__word_start(p, len, i) || !capital_at(p, len, i))
			continue;
		nm = errata__name_after(w, p, len, i, &nl);
		if (nl && nm + nl <= e && memchr(p + nm, ' ', nl)) {
			*n = nl;
			return nm;
		}
		while (i < e && errata__is_word_byte(p, len, i))
			i++; /* past this word: a name of one word, or a capital inside one */
	}
	*n = 0;
	return 0;
}

/*
 * Whether the sentence holding `at` tells a death (a word of
 * death_verbs); such a sentence joins o's death sentences.
 */
static int death_sentence_at(const errata_check_ctx *ctx, const errata__words *w, age_obit *o,
                             size_t at)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, ss, se;

	errata__sentence(w, p, len, at, &ss, &se);
	for (size_t k = 0; k < o->nd; k++)
		if (o->ds[k] == ss)
			return 1;
	if (!errata__words_in(&w->death_verbs, p, len, ss, se))
		return 0;
	if (o->nd < OBIT_SENTENCES) {
		o->ds[o->nd] = ss;
		o->de[o->nd++] = se;
	}
	return 1;
}

/*
 * Whether the word [a, a + n) stands, whole, in a sentence that tells a
 * death; with given, as the last word of a name ("Anthony Ruiz").
 */
static int in_death_sentence(const errata_check_ctx *ctx, const errata__words *w, age_obit *o,
                             size_t a, size_t n, int given)
{
	const char *p = ctx->prose, *hit;
	size_t len = ctx->prose_len, wl;

	for (size_t i = 0; n && i + n <= len && (hit = errata__memmem(p + i, len - i, p + a, n)); ) {
		size_t at = (size_t)(hit - p), gs = at - 1;

		i = at + 1;
		if (errata__is_word_byte(p, len, at + n) || (at > 0 && errata__is_word_byte(p, len, at - 1)))
			continue;
		if (given) {
			/* a given name or its initial ("Ruth A. Alvarez") before
			 * it, or the surname before a comma in a notice's
			 * inverted name ("BRENNAN, Ignacio T., 84, died") */
			if (at >= 3 && p[at - 1] == ' ' &&
			    (errata__initial_at(p, len, at - 3) ||
			     (p[at - 2] == ',' && errata__is_word_byte(p, len, at - 3) &&
			      capital_at(p, len, last_word(p, len, 0, at - 2, &wl))))) {
				if (death_sentence_at(ctx, w, o, at))
					return 1;
				continue;
			}
			if (at < 2 || p[at - 1] != ' ' || !errata__is_word_byte(p, len, at - 2))
				continue;
			while (gs > 0 && errata__is_word_byte(p, len, gs - 1))
				gs--;
			if (!capital_at(p, len, gs))
				continue;
		}
		if (death_sentence_at(ctx, w, o, at))
			return 1;
	}
	return 0;
}

/*
 * The day a weekday or a word of `relative` in the sentences that tell a
 * death gives it ("died on Sunday", "starb gestern"), when they give no
 * full date: the last such weekday before the article's date (not the
 * article's own weekday, which may be that day or a week before), into
 * o->died; nothing when two differ.
 */
static void death_weekday(const errata_check_ctx *ctx, const errata__words *w, age_obit *o)
{
	const char *p = ctx->prose;
	const errata_date *ad = &ctx->article_date;
	size_t len = ctx->prose_len, ss, se = 0, n;
	long today = errata_date_to_days(ad->year, ad->month, ad->day), day = 0;
	int now = errata_date_weekday(ad->year, ad->month, ad->day), v;

	for (size_t i = 0; i < len; i++) {
		if (i < se || !errata__word_start(p, len, i) ||
		    !(n = errata__words_match(&w->death_verbs, p, len, i, NULL)) ||
		    errata__is_word_byte(p, len, i + n))
			continue;
		errata__sentence(w, p, len, i, &ss, &se);
		for (size_t k = ss; k < se; k++) {
			long d;

			if (!errata__word_start(p, len, k))
				continue;
			if (listed_at(&w->weekday_names, p, len, k) &&
			    errata__words_match(&w->weekday_names, p, len, k, &v) && v >= 0 && v <= 6)
				d = v == now ? -1 : today - (now - v + 7) % 7;
			else if (listed_at(&w->relative, p, len, k) &&
			         errata__words_match(&w->relative, p, len, k, &v) && v < 0)
				d = today + v;
			else
				continue;
			if (d < 0 || (day && day != d))
				return;
			day = d;
		}
	}
	if (day) {
		errata_date dd = errata_date_from_days(day);

		o->died[0] = dd.year;
		o->died[1] = dd.month;
		o->died[2] = dd.day;
	}
}

/*
 * The year of the mention mi for a death: its own, but for a date
 * written without one that the birth beside it anchored within a year of
 * the birth's ("Белов, родившийся 23 ноября 1938 года, умер 16 февраля",
 * "Nato il 9 febbraio 1936, si è spento il 13 ottobre"): a birth sets no story's time, and an obituary's death is
 * recent, so such a date takes its other reading, the article's, when
 * that is no later than the article's date.
 */
static int death_year(const errata_check_ctx *ctx, const age_obit *o, size_t mi)
{
	const errata_mention *m = errata_mentions_get(ctx->mentions, mi);
	const errata_date *ad = &ctx->article_date;
	int alt = errata__mention_alt_year(ctx->mentions, mi);

	if ((m->flags & ERRATA_MENTION_YEAR_EXPLICIT) || !(m->flags & ERRATA_MENTION_YEAR_INFERRED) ||
	    o->born[0] <= 0 || m->year < o->born[0] - 1 || m->year > o->born[0] + 1 || alt <= m->year ||
	    !errata_date_valid(alt, m->month, m->day) ||
	    errata_date_to_days(alt, m->month, m->day) > errata_date_to_days(ad->year, ad->month, ad->day))
		return m->year;
	return alt;
}

/*
 * The date of the death: the one full date of the sentences that tell a
 * death, on or before the article's date (o->died, year 0 when there is
 * none). 0 when two such dates differ or one is to come.
 */
static int death_date(const errata_check_ctx *ctx, const errata__words *w, age_obit *o)
{
	size_t count = ctx->mentions ? errata_mentions_count(ctx->mentions) : 0, done = 0;
	const errata_date *ad = &ctx->article_date;
	long today = errata_date_to_days(ad->year, ad->month, ad->day);

	for (size_t mi = 0; mi < count; mi++) {
		const errata_mention *m = errata_mentions_get(ctx->mentions, mi);
		size_t ss, se;
		int year = death_year(ctx, o, mi);

		if (m->offset < done || year <= 0 || !m->month || !errata_date_valid(year, m->month, m->day))
			continue;
		/* the birth, told in the same sentence ("Lemaire, né le 4 mars 1942, est mort mardi") */
		if (year < o->born[0] || (year == o->born[0] && (m->month < o->born[1] ||
		                          (m->month == o->born[1] && m->day <= o->born[2]))))
			continue;
		errata__sentence(w, ctx->prose, ctx->prose_len, m->offset, &ss, &se);
		if (!death_sentence_at(ctx, w, o, m->offset)) {
			done = se; /* none of its dates is a death's */
			continue;
		}
		if (errata_date_to_days(year, m->month, m->day) > today)
			return 0; /* a death to come: a funeral's date, a year read wrong */
		if (o->died[0] && (o->died[0] != year || o->died[1] != m->month || o->died[2] != m->day))
			return 0; /* two deaths */
		o->died[0] = year;
		o->died[1] = m->month;
		o->died[2] = m->day;
	}
	if (!o->died[0])
		death_weekday(ctx, w, o);
	return 1;
}

/* Whether a dash that joins a range stands at i ("-", "–", "—"); returns its length. */
static size_t dash_at(const char *p, size_t len, size_t i)
{
	if (i < len && p[i] == '-')
		return 1;
	return i + 3 <= len && (memcmp(p + i, "\xe2\x80\x93", 3) == 0 || memcmp(p + i, "\xe2\x80\x94", 3) == 0) ? 3 : 0;
}

/*
 * A life span after a name, the one the document gives: "Ada Lowe (March
 * 14, 1931 – June 2, 2024)", a range of two full dates in brackets, the
 * second on or before the article's date. Fills o->born, o->died and the
 * name (the capitalised words before the bracket, at most six, a
 * nickname in quotes among them) and returns 1; 0 when there is none, or
 * two.
 */
static int life_span(const errata_check_ctx *ctx, age_obit *o)
{
	const char *p = ctx->prose;
	const errata_date *ad = &ctx->article_date;
	size_t len = ctx->prose_len, count = ctx->mentions ? errata_mentions_count(ctx->mentions) : 0;
	size_t found = 0;

	for (size_t mi = 0; mi + 1 < count; mi++) {
		const errata_mention *a = errata_mentions_get(ctx->mentions, mi);
		const errata_mention *b = errata_mentions_get(ctx->mentions, mi + 1);
		size_t k = a->offset + a->length, e = back_space(p, a->offset), n, s, words = 0;

		if (!(a->flags & b->flags & ERRATA_MENTION_YEAR_EXPLICIT) ||
		    !errata_date_valid(a->year, a->month, a->day) ||
		    !errata_date_valid(b->year, b->month, b->day) || e == 0 || p[e - 1] != '(' ||
		    !(n = dash_at(p, len, errata__skip_space(p, len, k))) ||
		    errata__skip_space(p, len, errata__skip_space(p, len, k) + n) != b->offset ||
		    (k = b->offset + b->length) >= len || p[k] != ')' ||
		    errata_date_to_days(a->year, a->month, a->day) >= errata_date_to_days(b->year, b->month, b->day) ||
		    errata_date_to_days(b->year, b->month, b->day) > errata_date_to_days(ad->year, ad->month, ad->day))
			continue;
		if (found++)
			return 0; /* two lives */
		/* the name: capitalised words (and quotes) back from the bracket */
		e = s = back_space(p, e - 1);
		for (size_t ws = s; ws > 0 && words < 6; ) {
			size_t q = ws;

			while (q > 0 && (p[q - 1] == '\'' || p[q - 1] == '"'))
				q--;
			while (q > 0 && errata__is_word_byte(p, len, q - 1) && p[q - 1] != '\'')
				q--;
			while (q > 0 && (p[q - 1] == '\'' || p[q - 1] == '"'))
				q--;
			if (q == ws || !capital_at(p, len, q + (p[q] == '\'' || p[q] == '"')))
				break;
			s = q;
			words++;
			if (q == 0 || p[q - 1] != ' ')
				break;
			ws = q - 1;
		}
		if (s == e)
			return 0;
		memcpy(o->born, (int[3]){ a->year, a->month, a->day }, sizeof(o->born));
		memcpy(o->died, (int[3]){ b->year, b->month, b->day }, sizeof(o->died));
		o->name = s;
		o->name_len = e - s;
	}
	return found == 1;
}

/*
 * Whether the death sentence [ss, v), up to its verb, names the one a
 * life span tells of: a word of that name, and no other capitalised
 * word ("Hal passed away" after "Harold 'Hal' Lowe (…)").
 */
static int span_subject(const errata_check_ctx *ctx, const age_obit *o, size_t ss, size_t v)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len;
	int named = 0;

	for (size_t i = errata__skip_space(p, len, ss); i < v; i = errata__next_word_start(p, len, i + 1, v)) {
		if (!errata__word_start(p, len, i) || !capital_at(p, len, i))
			continue;
		if (!name_word_at(p, len, i, o->name, o->name_len))
			return 0;
		named = 1;
	}
	return named;
}

/*
 * Read the obituary of the document into bc->obit, once. It is there
 * (ok) when the birth is known, a named birth whose surname a sentence
 * that tells a death gives and nobody else bears, or else the one date
 * that every birth of the article states ("He was born ...", "Née le
 * ..."), and the sentences that tell a death give one full date, on or
 * before the article's, or none.
 */
/*
 * A birth whose verb, a word of born_verbs at i, closes its clause after
 * the date that opens the sentence, with nobody named ("4 Temmuz 1952
 * tarihinde Bursa'da doğmuştu.", "1954. október 15-én született
 * Debrecenben."). Fills born[3] and returns 1, or 0.
 */
static int opening_birth_before(const errata_check_ctx *ctx, const errata__words *w, size_t i,
                                int born[3])
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, s;
	errata__birth b;

	if (!w->born_verbs.count || !errata__words_match(&w->born_verbs, p, len, i, NULL))
		return 0;
	memset(&b, 0, sizeof(b));
	if (!(s = errata__birth_before(w, p, len, ctx->mentions, i, &b)) || b.year <= 0 ||
	    s != sentence_first(w, p, len, i))
		return 0;
	born[0] = b.year;
	born[1] = b.month;
	born[2] = b.day;
	return 1;
}

static int obit_read(const errata_check_ctx *ctx, const errata__words *w, age_doc *bc)
{
	age_obit *o = &bc->obit;
	const char *p = ctx->prose;
	size_t len = ctx->prose_len;
	const errata_date *ad = &ctx->article_date;
	const errata__births *b = bc->births;
	int error, named = 0, dates = 0, born[3] = { 0, 0, 0 };
	errata__starts_walk walk;

	if (o->read)
		return 0;
	o->read = 1;
	if (!w->death_verbs.count)
		return 0;
	/* "Ada Lowe (March 14, 1931 – June 2, 2024)": the life the document tells */
	if ((o->span = life_span(ctx, o)) != 0) {
		o->ok = 1;
		return 0;
	}
	if ((error = errata__births_read(bc->births, w, p, len, ctx->mentions)) < 0)
		return error;
	/* a named birth whose surname a sentence that tells a death gives */
	for (size_t k = 0; k < b->count; k++) {
		size_t sn, sl;
		int bd[3] = { b->list[k].year, b->list[k].month, b->list[k].day };

		size_t nl = b->list[k].name_len;

		if (pronoun_name(w, p, len, b->list[k].name, nl))
			continue;
		/* "His father, Ivan Belov, was born …": a relative's birth */
		if (kin_in(w, p, len, sentence_first(w, p, len, b->list[k].name), b->list[k].name))
			continue;
		if (nl && p[b->list[k].name + nl - 1] == '.')
			nl--; /* the name of the sentence before: "Franca Bellini. Era nata il ..." */
		sn = last_word(p, len, b->list[k].name, b->list[k].name + nl, &sl);
		if (!sl || !in_death_sentence(ctx, w, o, sn, sl, 0))
			continue;
		if (named && (o->surname_len != sl || memcmp(p + o->surname, p + sn, sl) != 0 ||
		              !same_birth(o->born, bd)))
			return 0; /* two people */
		named = 1;
		o->surname = sn;
		o->surname_len = sl;
		o->name = b->list[k].name;
		o->name_len = nl;
		memcpy(o->born, bd, sizeof(bd));
	}
	if (named) {
		o->ok = !shared_surname(ctx, w, o->surname, o->surname_len);
		return 0;
	}
	/* else the one birth date the article states, without a name (or a pronoun's) */
	if (!anonymous_births(ctx, w, b))
		return 0; /* someone else's */
	for (size_t k = 0; k < b->count; k++) {
		int bd[3] = { b->list[k].year, b->list[k].month, b->list[k].day };

		if (dates++ && !same_birth(born, bd))
			return 0;
		memcpy(born, bd, sizeof(bd));
	}
	errata__starts_walk_begin(&walk, &w->born_starts, p, len);
	for (size_t i, from = 0; (i = errata__starts_walk_next(&walk, from)) < len; from = i + 1) {
		int bd[3];

		if (!errata__words_match(&w->born, p, len, i, NULL) ||
		    (!birth_at(ctx, w, i, bd) && !opening_birth_before(ctx, w, i, bd)))
			continue;
		/* "Su madre había nacido el …": a relative's birth, not the dead one's */
		if (kin_in(w, p, len, sentence_first(w, p, len, i), i))
			return 0;
		if (dates++ && !same_birth(born, bd))
			return 0;
		memcpy(born, bd, sizeof(bd));
	}
	if (!dates || born[0] <= 0 || born[0] > ad->year)
		return 0;
	memcpy(o->born, born, sizeof(born));
	o->ok = 1;
	return 0;
}

/*
 * The date of the death, read once the obituary is there (death_date());
 * 1 when it is still there, 0 when the sentences that tell a death gave
 * two dates or one to come (o->ok is then 0). A birth without a name
 * takes the first name of two words of the first such sentence for
 * messages ("Carlo Ferri").
 */
static int obit_dated(const errata_check_ctx *ctx, const errata__words *w, age_obit *o)
{
	if (!o->ok)
		return 0;
	if (o->dated)
		return 1;
	o->dated = 1;
	if (!death_date(ctx, w, o)) {
		o->ok = 0;
		return 0;
	}
	if (!o->surname_len && !o->span && o->nd)
		o->name = long_name_in(ctx, w, o->ds[0], o->de[0], &o->name_len);
	return 1;
}

/*
 * Whether the name [name, name + nl) is the one the obituary tells of
 * (1; 0 when not, or a negative code): its last word is the surname of
 * the birth, or, with a birth that gave no name, a word of a sentence
 * that tells a death that nobody else bears.
 */
static int obit_names(const errata_check_ctx *ctx, const errata__words *w, age_doc *bc,
                      size_t name, size_t nl)
{
	age_obit *o = &bc->obit;
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, sn, sl, k;
	int error;

	if ((error = obit_read(ctx, w, bc)) < 0)
		return error;
	if (!o->ok)
		return 0;
	if (nl && p[name + nl - 1] == '.')
		nl--; /* a name that ends in an initial: "Ignacio T." */
	sn = last_word(p, len, name, name + nl, &sl);
	if (!sl)
		return 0;
	if (o->surname_len) {
		if (sl != o->surname_len || memcmp(p + sn, p + o->surname, sl) != 0)
			return 0;
		return obit_dated(ctx, w, o);
	}
	/* a surname a death sentence gives that nobody else bears, weighed once */
	for (k = 0; k < o->nweighed; k++)
		if (o->weighed_len[k] == sl && memcmp(p + o->weighed[k], p + sn, sl) == 0)
			break;
	if (k == o->nweighed) {
		if (k == OBIT_SURNAMES)
			return 0;
		o->weighed[k] = sn;
		o->weighed_len[k] = sl;
		o->weighed_dead[k] = in_death_sentence(ctx, w, o, sn, sl, 1) && !shared_surname(ctx, w, sn, sl);
		o->nweighed++;
	}
	if (!o->weighed_dead[k])
		return 0;
	return obit_dated(ctx, w, o);
}

/*
 * Judge the age of the one who died on the day of the death (a birthday
 * a day either side of it allows both ages), unless its sentence is about
 * another year than the birth's, the death's or the article's. Returns
 * 1 (judged here), or a negative code.
 */
/*
 * The ages who (born as the obituary says) may have had on the day of
 * the death, a birthday a day either side of it allowing both: [*lo, *hi].
 */
static void death_ages(const age_obit *o, const errata__person *who, int *lo, int *hi)
{
	errata_date d = { o->died[0], o->died[1], o->died[2] };
	long day = errata_date_to_days(d.year, d.month, d.day);

	age_range(who, &d, lo, hi);
	for (int k = -1; k <= 1; k += 2) {
		errata_date near = errata_date_from_days(day + k);
		int l2, h2;

		age_range(who, &near, &l2, &h2);
		*lo = l2 < *lo ? l2 : *lo;
		*hi = h2 > *hi ? h2 : *hi;
	}
}

static int judge_at_death(const errata_check_ctx *ctx, const errata__words *w,
                          const age_obit *o, size_t name, size_t nl, int age, size_t span,
                          size_t span_len)
{
	errata__person who;
	errata_date d = { o->died[0], o->died[1], o->died[2] };
	size_t ss, se;
	int lo, hi, ok[3], error;

	memset(&who, 0, sizeof(who));
	who.name = ctx->prose + name;
	who.name_len = nl;
	memcpy(who.born, o->born, sizeof(who.born));
	death_ages(o, &who, &lo, &hi);
	if (age >= lo && age <= hi)
		return 1;
	errata__sentence(w, ctx->prose, ctx->prose_len, span, &ss, &se);
	ok[0] = ctx->article_date.year;
	ok[1] = o->born[0];
	ok[2] = o->died[0];
	if (other_year(ctx, ss, se, ok, 3))
		return 1;
	error = report(ctx, span, span_len, &who, age, lo, hi, &d, 1);
	return error < 0 ? error : 1;
}

/* Whether the word at i is one of the words of the name [name, name + nl) ("Ellery" of "Margaret Ellery"). */
static int name_word_at(const char *p, size_t len, size_t i, size_t name, size_t nl)
{
	size_t n = word_after(p, len, i) - i;

	for (size_t k = name; n && k + n <= name + nl; k = errata__next_word_start(p, len, k + 1, name + nl))
		if (errata__word_start(p, len, k) && !errata__is_word_byte(p, len, k + n) &&
		    errata__strncasecmp_ascii(p + i, p + k, n) == 0)
			return 1;
	return 0;
}

/*
 * Whether [s, e) names nobody but the name [name, name + nl) (nl 0:
 * nobody): no capitalised word past its first but in a date, in [ks, ke)
 * (the age's own phrase: "im Alter von 81 Jahren"), a weekday, a word of
 * that name, or after a word of place_preps (a place).
 */
static int nobody_else_in(const errata_check_ctx *ctx, const errata__words *w, size_t s, size_t e,
                          size_t name, size_t nl, size_t ks, size_t ke)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, first = errata__skip_space(p, len, s), count;

	count = ctx->mentions ? errata_mentions_count(ctx->mentions) : 0;
	while (first < e && !errata__is_word_byte(p, len, first))
		first++;
	for (size_t i = first + 1; i < e; i++) {
		size_t mi, pe, ps, n;

		if (!errata__word_start(p, len, i) || !capital_at(p, len, i) || (i >= ks && i < ke))
			continue;
		mi = errata__mention_at(ctx->mentions, i + 1);
		if (mi > 0 && mi <= count && errata_mentions_get(ctx->mentions, mi - 1)->offset +
		                             errata_mentions_get(ctx->mentions, mi - 1)->length > i)
			continue; /* in a date */
		if ((nl && name_word_at(p, len, i, name, nl)) || listed_at(&w->weekday_names, p, len, i))
			continue;
		pe = back_space(p, i);
		ps = last_word(p, len, s, pe, &n);
		if (n && pe == ps + n && errata__words_match(&w->place_preps, p, len, ps, NULL) == n)
			continue;
		return 0;
	}
	return 1;
}

/*
 * Whether the sentence [s, e) speaks of nobody but the one who died: no
 * other year than the birth's, the death's and the article's, no other
 * death, and no capitalised word past its first but in a date, after a
 * word of place_preps (a place), the surname, or in a death sentence.
 */
static int only_the_dead(const errata_check_ctx *ctx, const errata__words *w, const age_obit *o,
                         size_t s, size_t e)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len;
	int ok[3] = { ctx->article_date.year, o->born[0], o->died[0] };

	for (size_t d = 0; d < o->nd; d++)
		if (o->ds[d] <= s && s < o->de[d])
			return !other_year(ctx, s, e, ok, 3);
	if (other_year(ctx, s, e, ok, 3) || errata__words_in(&w->death_verbs, p, len, s, e))
		return 0;
	return nobody_else_in(ctx, w, s, e, o->surname, o->surname_len, 0, 0);
}

/* Whether the line before the line break at i holds only white space (a paragraph ends there). */
static int blank_before(const char *p, size_t i)
{
	while (i > 0 && (p[i - 1] == ' ' || p[i - 1] == '\t' || p[i - 1] == '\r'))
		i--;
	return i > 0 && p[i - 1] == '\n';
}

/* The paragraph holding `at`, [*ps, *pe): between blank lines. */
static void paragraph_around(const char *p, size_t len, size_t at, size_t *ps, size_t *pe)
{
	size_t s = at, e = at;

	while (s > 0 && !(p[s - 1] == '\n' && blank_before(p, s - 1)))
		s--;
	while (e < len && !(p[e] == '\n' && blank_before(p, e)))
		e++;
	*ps = s;
	*pe = e;
}

/* Whether an article or a possessive (anniversary_owners) stands at i: "The", "Her", "Ihre". */
static int determiner_at(const errata__words *w, const char *p, size_t len, size_t i)
{
	return listed_at(&w->articles, p, len, i) || listed_at(&w->anniversary_owners, p, len, i);
}

/*
 * Whether the word of born at i tells the birth of the one the sentence
 * is about, not of someone it sets apart ("Her daughter, born in 1970",
 * "His son was born"): the words before it are only a name's capitalised
 * words, pronouns and copulas up to the sentence's start ("Margaret Ellery
 * was born", "Il était né", "Urodził się"), or a pronoun after a word of
 * clause_openers ("where she was born").
 */
static int born_subject_ok(const errata_check_ctx *ctx, const errata__words *w, size_t i)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, e = i, s, first = sentence_first(w, p, len, i);
	int pronoun = 0, val;

	while ((e = back_space(p, e)) > first) {
		if (!errata__is_word_byte(p, len, e - 1))
			return 0; /* "Her daughter, born …" */
		if ((s = phrase_before(&w->pronouns, p, len, e, &val)) < e) {
			pronoun = 1;
		} else if ((s = phrase_before(&w->copulas, p, len, e, &val)) < e) {
			; /* "was", "était" */
		} else if ((s = phrase_before(&w->clause_openers, p, len, e, &val)) < e) {
			return pronoun; /* "where she was born", not "which was born" */
		} else {
			s = e;
			while (s > first && errata__is_word_byte(p, len, s - 1))
				s--;
			if (!capital_at(p, len, s) || determiner_at(w, p, len, s))
				return 0; /* "His son", "Ihre Tochter" */
		}
		e = s;
	}
	return 1;
}

/* Whether the sentence holding `at` opens with a word of born before it ("Born in 1971, Claire Dumont"). */
static int born_opens(const errata__words *w, const char *p, size_t len, size_t at)
{
	size_t b = sentence_first(w, p, len, at);

	return b < at && errata__words_match(&w->born, p, len, b, NULL) > 0;
}

/*
 * The name after the clause of a birth that opens its sentence at i
 * ("Born on 3 May 1971 in Lyon, Claire Dumont studied law"): the one
 * name of the paragraph, *name and *nl, unless another is held there
 * (0). 1 when there is none or it is that one, or a negative code.
 */
static int named_after_birth(const errata_check_ctx *ctx, const errata__words *w, size_t i,
                             size_t *name, size_t *nl)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, ss, se, c, nm, n;

	if (!opens_sentence(w, p, len, i))
		return 1;
	errata__sentence(w, p, len, i, &ss, &se);
	for (c = i; c < se && p[c] != ','; c++)
		;
	if (c >= se)
		return 1;
	c = errata__skip_space(p, len, c + 1);
	nm = errata__name_after(w, p, len, c, &n);
	if (!n || nm != c || errata__words_match(&w->pronouns, p, len, c, NULL) == n)
		return 1;
	if (*nl && (*nl != n || memcmp(p + *name, p + nm, n) != 0))
		return 0; /* two names */
	*name = nm;
	*nl = n;
	return 1;
}

/*
 * The one birth date a paragraph [ps, pe) states, of one person: every
 * birth there (of the article's births, whose name opens its sentence or
 * is a pronoun, and every word of born that born_subject_ok() passes)
 * gives the same date, and at most one name (that name may follow the
 * clause of a birth that opens its sentence: "Born in 1971, Claire
 * Dumont"). Fills born and the name (*nl 0: none). 1 when there is one,
 * 0 when not, or a negative code.
 */
static int paragraph_birth(const errata_check_ctx *ctx, const errata__words *w, age_doc *bc,
                           size_t ps, size_t pe, int born[3], size_t *name, size_t *nl)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len;
	const errata__births *b = bc->births;
	int error, dates = 0;
	errata__starts_walk walk;

	*nl = 0;
	if ((error = errata__births_read(bc->births, w, p, len, ctx->mentions)) < 0)
		return error;
	for (size_t k = 0; k < b->count; k++) {
		const errata__birth *x = &b->list[k];
		int bd[3] = { x->year, x->month, x->day };

		if (!x->name_len || x->name < ps || x->name >= pe)
			continue;
		if (dates++ && !same_birth(born, bd))
			return 0;
		memcpy(born, bd, sizeof(bd));
		if (birth_unnamed(ctx, w, x))
			continue;
		if (!(opens_sentence(w, p, len, x->name) || born_opens(w, p, len, x->name)) ||
		    determiner_at(w, p, len, x->name) ||
		    (*nl && (*nl != x->name_len || memcmp(p + *name, p + x->name, *nl) != 0)))
			return 0; /* someone set apart, or two names */
		*name = x->name;
		*nl = x->name_len;
	}
	errata__starts_walk_begin(&walk, &w->born_starts, p, len);
	for (size_t i, from = ps; (i = errata__starts_walk_next(&walk, from)) < pe; from = i + 1) {
		int bd[3];

		if (!errata__words_match(&w->born, p, len, i, NULL) || !birth_at(ctx, w, i, bd))
			continue;
		if (!born_subject_ok(ctx, w, i) || (dates++ && !same_birth(born, bd)))
			return 0;
		memcpy(born, bd, sizeof(bd));
		if ((error = named_after_birth(ctx, w, i, name, nl)) <= 0)
			return error;
	}
	return dates > 0 && born[0] > 0 && born[0] <= ctx->article_date.year;
}

/*
 * Whether the sentence names nobody before the verb at v: the verb
 * opens it, or a pronoun of `pronouns` or `subject_pronouns` stands
 * alone before it ("Он умер"), or after the clause of a birth that opens
 * the sentence ("Born in 1938, she died", "Nata nel 1938, è morta").
 * *who: the pronoun, else the verb (for messages: "She", "Zmarł").
 */
static int bare_subject(const errata__words *w, const char *p, size_t len, size_t v, size_t *who)
{
	size_t first = sentence_first(w, p, len, v), e = back_space(p, v), s;
	int val;

	*who = v;
	if (first >= v)
		return 1;
	s = phrase_before(&w->pronouns, p, len, e, &val);
	if (s == e)
		s = phrase_before(&w->subject_pronouns, p, len, e, &val); /* "Он умер" */
	if (s != first && (back_space(p, s) == 0 || p[back_space(p, s) - 1] != ',' ||
	                   !errata__words_match(&w->born, p, len, first, NULL)))
		return 0; /* "The composer died", "His father died" */
	if (s < e)
		*who = s;
	return 1;
}

/* Whether a word of kin stands whole in [s, e): "son", "Tochter", "córka". */
static int kin_in(const errata__words *w, const char *p, size_t len, size_t s, size_t e)
{
	for (size_t i = s; i < e; i = errata__next_word_start(p, len, i + 1, e))
		if (errata__word_start(p, len, i) && listed_at(&w->kin, p, len, i))
			return 1;
	return 0;
}

/* Whether the pronouns of [s, e) are all one word ("He was born … She is 30" are two people). */
static int one_pronoun(const errata__words *w, const char *p, size_t len, size_t s, size_t e)
{
	size_t first = 0, fl = 0, n;

	for (size_t i = s; i < e; i = errata__next_word_start(p, len, i + 1, e)) {
		if (!errata__word_start(p, len, i) || !(n = errata__words_match(&w->pronouns, p, len, i, NULL)) ||
		    errata__is_word_byte(p, len, i + n))
			continue;
		if (fl && (fl != n || errata__strncasecmp_ascii(p + first, p + i, n) != 0))
			return 0;
		first = i;
		fl = n;
	}
	return 1;
}

/*
 * The one person the paragraph around ss tells of: its one birth
 * (paragraph_birth()), when no sentence of it names anybody else
 * (nobody_else_in(); the finding's span [span, span + span_len) is no
 * name), its pronouns are one (one_pronoun()), no word of kin stands
 * before the span (a locale without that list reads no paragraph) and,
 * unless dead (an age at a death), none tells a death. Fills born and
 * the birth's name (*nl 0: none). 1 when there is one, 0 when not, or a
 * negative code.
 */
static int paragraph_person(const errata_check_ctx *ctx, const errata__words *w, age_doc *bc,
                            size_t ss, size_t span, size_t span_len, int dead, int born[3],
                            size_t *name, size_t *nl)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, ps, pe, e;
	int error;

	paragraph_around(p, len, ss, &ps, &pe);
	if (!dead && errata__words_in(&w->death_events, p, len, ps, pe))
		return 0; /* an age now or at the death */
	/* "She was born in 1938 and has a son. He is 12.": kin the pronoun may stand for */
	if (!w->kin.count || kin_in(w, p, len, ps, span) || !one_pronoun(w, p, len, ps, pe))
		return 0;
	if ((error = paragraph_birth(ctx, w, bc, ps, pe, born, name, nl)) <= 0)
		return error;
	for (size_t s = ps; s < pe; s = e) {
		size_t ks;

		errata__sentence(w, p, len, errata__skip_space(p, len, s), &ks, &e);
		if (e <= s)
			e = s + 1;
		else if (!nobody_else_in(ctx, w, ks, e, *name, *nl, span, span + span_len))
			return 0;
	}
	return 1;
}

/*
 * Whether the sentence before the one that starts at ss, from floor on,
 * speaks of nobody but the one who died (only_the_dead()), or there is
 * none: a pronoun may be someone's the sentence before names.
 */
static int before_only_dead(const errata_check_ctx *ctx, const errata__words *w, const age_obit *o,
                            size_t ss, size_t floor)
{
	size_t b = back_space(ctx->prose, ss), s, e;

	if (b <= floor)
		return 1;
	errata__sentence(w, ctx->prose, ctx->prose_len, b - 1, &s, &e);
	return s >= ss || only_the_dead(ctx, w, o, s > floor ? s : floor, e < ss ? e : ss);
}

/*
 * Whether the sentence that dates the obituary's birth holds the pronoun
 * [who, who + wl) ("Born on 2 March 1935 …, he left school"; not "She"
 * of a wife's death: "He married Joan in 1959. She died on …").
 */
static int birth_pronoun(const errata_check_ctx *ctx, const errata__words *w, const age_obit *o,
                         size_t who, size_t wl)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, count = ctx->mentions ? errata_mentions_count(ctx->mentions) : 0;
	size_t bs, be;

	for (size_t mi = 0; mi < count; mi++) {
		const errata_mention *m = errata_mentions_get(ctx->mentions, mi);

		if (m->year != o->born[0] || m->month != o->born[1] || m->day != o->born[2])
			continue;
		errata__sentence(w, p, len, m->offset, &bs, &be);
		for (size_t i = bs; i < be; i = errata__next_word_start(p, len, i + 1, be))
			if (errata__word_start(p, len, i) && errata__words_match(&w->pronouns, p, len, i, NULL) == wl &&
			    word_after(p, len, i) - i == wl && errata__strncasecmp_ascii(p + i, p + who, wl) == 0)
				return 1;
	}
	return 0;
}

/*
 * "He died peacefully on 3 July 2026, aged 92, with his sons beside
 * him", in a paragraph that tells no birth: a sentence that dates the
 * obituary's one death in full, and speaks of nobody else, is the dead
 * one's, whose birth is the article's (obit_read()). ss is the
 * sentence's start, [who, who + wl) its pronoun or verb (for messages,
 * when the obituary gives no name).
 */
static int dated_death_age(const errata_check_ctx *ctx, const errata__words *w, age_doc *bc,
                           size_t ss, size_t who, size_t wl, int age, size_t span, size_t span_len)
{
	age_obit *o = &bc->obit;
	size_t s, se, ps, pe, mi, count = ctx->mentions ? errata_mentions_count(ctx->mentions) : 0;
	int error, dates = 0;

	if ((error = obit_read(ctx, w, bc)) < 0)
		return error;
	if (!obit_dated(ctx, w, o) || o->died[0] <= 0 || o->born[0] <= 0 || o->span)
		return 0;
	errata__sentence(w, ctx->prose, ctx->prose_len, ss, &s, &se);
	for (mi = errata__mention_at(ctx->mentions, ss); mi < count && !dates; mi++) {
		const errata_mention *m = errata_mentions_get(ctx->mentions, mi);

		if (m->offset >= se)
			break;
		dates = m->year == o->died[0] && m->month == o->died[1] && m->day == o->died[2];
	}
	if (!dates || !only_the_dead(ctx, w, o, ss, se) || !birth_pronoun(ctx, w, o, who, wl))
		return 0;
	/* nor may the sentence before it in its paragraph name anybody else
	 * ("He married Tom Reed in 1990. He died on …": the pronoun may be Tom's) */
	paragraph_around(ctx->prose, ctx->prose_len, ss, &ps, &pe);
	if (!before_only_dead(ctx, w, o, ss, ps))
		return 0;
	error = o->name_len ? judge_at_death(ctx, w, o, o->name, o->name_len, age, span, span_len)
	                    : judge_at_death(ctx, w, o, who, wl, age, span, span_len);
	return error < 0 ? error : 0;
}

/*
 * The age at a death told with nobody named before the verb, or only a
 * pronoun ("Died on Saturday, aged 92,", "She died on Saturday at the
 * age of 92.", "Zmarł w sobotę w wieku 92 lat", "Er starb am Freitag im
 * Alter von 81 Jahren"): the age of the one the paragraph tells of
 * (paragraph_person()), on the death's date as obit_read() reads it. dv
 * is where the verb of death starts, ss its sentence's start.
 */
static int unnamed_death_age(const errata_check_ctx *ctx, const errata__words *w, age_doc *bc,
                             size_t dv, size_t ss, int age, size_t span, size_t span_len)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, name, named = 0, nl;
	age_obit o;
	int error;

	if (!bare_subject(w, p, len, dv, &name))
		return 0;
	memset(&o, 0, sizeof(o));
	if ((error = paragraph_person(ctx, w, bc, ss, span, span_len, 1, o.born, &named, &nl)) < 0)
		return error;
	if (!error)
		return dated_death_age(ctx, w, bc, ss, name, word_after(p, len, name) - name, age, span,
		                       span_len);
	o.ok = 1;
	if (!obit_dated(ctx, w, &o) || o.died[0] <= 0)
		return 0;
	if (nl) /* the birth's name, else the pronoun or the verb */
		name = named;
	else
		nl = word_after(p, len, name) - name;
	error = judge_at_death(ctx, w, &o, name, nl, age, span, span_len);
	return error < 0 ? error : 0;
}

/*
 * An age said with a verb of the past with no name before it, "Sie wurde
 * 77 Jahre alt.", "Aveva 77 anni.", "Nascida em ..., ela tinha 90 anos.":
 * the verb opens the sentence, or a pronoun does (after the clause of a
 * birth that opens it), and the age closes it; in an obituary, with
 * nobody else named in it or the sentence before, it is the dead one's.
 * v is where the verb starts, ss its sentence's start, [span, span +
 * span_len) the finding's span.
 */
static int pronoun_age(const errata_check_ctx *ctx, const errata__words *w, age_doc *bc,
                       size_t v, size_t ss, int age, size_t span, size_t span_len)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, e = back_space(p, v), ws, n, nm, nl;
	age_obit *o = &bc->obit;
	int error;

	if (!opens_sentence(w, p, len, v)) {
		ws = last_word(p, len, ss, e, &n);
		if (!n || ws + n != e || errata__words_match(&w->pronouns, p, len, ws, NULL) != n)
			return 0;
		if (!opens_sentence(w, p, len, ws)) {
			size_t c = back_space(p, ws), b = errata__skip_space(p, len, ss);

			while (b < c && (p[b] == '"' || p[b] == '*' || p[b] == '_'))
				b++;
			if (c == 0 || p[c - 1] != ',' || !errata__words_match(&w->born, p, len, b, NULL))
				return 0;
		}
	}
	if ((error = obit_read(ctx, w, bc)) < 0)
		return error;
	if (!obit_dated(ctx, w, o) || o->died[0] <= 0 || !only_the_dead(ctx, w, o, ss, v))
		return 0;
	if (!before_only_dead(ctx, w, o, ss, 0))
		return 0;
	/* the name for the message: the birth's or the death's, else the sentence's first word */
	nm = o->name;
	nl = o->name_len;
	if (!nl) {
		nm = errata__skip_space(p, len, ss);
		while (nm < v && !errata__is_word_byte(p, len, nm))
			nm++;
		nl = word_after(p, len, nm) - nm;
	}
	error = judge_at_death(ctx, w, o, nm, nl, age, span, span_len);
	return error < 0 ? error : 1;
}

/*
 * Whether a word of death_verbs stands in [ss, v) and no word of
 * relatives or clause_openers after it: the phrase at v is in the
 * death's clause, not in one about another time ("morreu … em Lisboa,
 * onde chegou aos 19 anos", "died Sunday at her home, which she bought
 * at 60").
 */
static int death_clause_before(const errata__words *w, const char *p, size_t len, size_t ss,
                               size_t v, size_t *verb)
{
	size_t dv = 0, n;
	int found = 0;

	for (size_t i = ss; i < v; i++)
		if (errata__word_start(p, len, i) &&
		    (n = errata__words_match(&w->death_verbs, p, len, i, NULL)) > 0 &&
		    !errata__is_word_byte(p, len, i + n)) {
			*verb = i;
			dv = i + n;
			found = 1;
		}
	if (!found)
		return 0;
	for (size_t i = dv; i < v; i++)
		if (errata__word_start(p, len, i) &&
		    (listed_at(&w->relatives, p, len, i) || listed_at(&w->clause_openers, p, len, i)))
			return 0;
	return 1;
}

/*
 * Whether the words of [s, dv) join a subject to its verb of death at
 * dv: a comma and a word of relatives, then at most one word in lower
 * case, an auxiliary ("Ada Lowe, who has died", "Ada Lowe has died";
 * not "Ada Lowe, whose brother died").
 */
static int subject_of_death(const errata__words *w, const char *p, size_t len, size_t s, size_t dv)
{
	int words = 0;

	s = errata__skip_space(p, len, s);
	if (s < dv && p[s] == ',') {
		s = errata__skip_space(p, len, s + 1);
		if (!listed_at(&w->relatives, p, len, s))
			return 0;
		s = word_after(p, len, s);
	}
	for (s = errata__skip_space(p, len, s); s < dv; s = errata__skip_space(p, len, word_after(p, len, s)))
		if (words++ || !errata__lower_letter_at(p, len, s) || listed_at(&w->kin, p, len, s) ||
		    listed_at(&w->clause_openers, p, len, s))
			return 0;
	return 1;
}

/*
 * The name of two words or more that opens the sentence at ss as the
 * subject of the verb of death at dv (subject_of_death(): "Ada Lowe, who
 * has died aged 88,", "Ada Lowe has died aged 88"), when the sentences
 * that dated the death name nobody ("She died on Monday, 15 June"): the
 * dead one of an obituary whose birth gives no name, when no death is
 * told before it. Its start, with its length in *nl; *nl is 0 when there
 * is none ("Her husband, Tom Lowe, who died aged 80," is someone else).
 */
/*
 * Whether [s, nm) is an article that opens the sentence and one or two
 * words in lower case: the dead one's trade before the name ("El
 * escultor Julián Ortega murió", "The veteran actor Tom Lowe died"); no
 * word of kin ("El hijo de …"), age_blockers, relatives or pronouns.
 */
static int listed_capitalised(const errata__wordlist *l, const char *p, size_t len, size_t i);

static int trade_lead(const errata__words *w, const char *p, size_t len, size_t s, size_t nm)
{
	int words = 0;

	if (!listed_capitalised(&w->articles, p, len, s))
		return 0;
	for (s = errata__skip_space(p, len, word_after(p, len, s)); s < nm;
	     s = errata__skip_space(p, len, word_after(p, len, s)))
		if (++words > 2 || !errata__lower_letter_at(p, len, s) || listed_at(&w->kin, p, len, s) ||
		    listed_at(&w->age_blockers, p, len, s) || listed_at(&w->relatives, p, len, s) ||
		    listed_at(&w->pronouns, p, len, s) || listed_at(&w->clause_openers, p, len, s))
			return 0;
	return words > 0;
}

static size_t opening_name(const errata_check_ctx *ctx, const errata__words *w, const age_obit *o,
                           size_t ss, size_t dv, size_t *nl)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, nm = long_name_in(ctx, w, ss, dv, nl), other;

	/* the obituary's first death sentence: a dated one before it, or one
	 * that names someone (whose name obit_dated() took), tells of the
	 * dead one first ("She died on Monday. … Tom Lowe, who died aged 90,
	 * was her mentor") */
	for (size_t k = 0; *nl && k < o->nd; k++)
		if (o->ds[k] != ss && (o->ds[k] < ss || (long_name_in(ctx, w, o->ds[k], o->de[k], &other), other)))
			*nl = 0;
	if (*nl && ((nm != sentence_first(w, p, len, ss) && !trade_lead(w, p, len, sentence_first(w, p, len, ss), nm)) ||
	            !subject_of_death(w, p, len, nm + *nl, dv)))
		*nl = 0;
	return nm;
}

/*
 * Whether the word at i is a word of l written with a capital, as a
 * sentence opens it ("В" of "в", "Im" of "im"; ASCII folds by itself).
 */
static int listed_capitalised(const errata__wordlist *l, const char *p, size_t len, size_t i)
{
	char cap[4];
	size_t cl, fl;

	if (listed_at(l, p, len, i))
		return 1;
	for (size_t h = 0; h < l->count; h++) {
		const errata__word *x = &l->items[h];

		if ((cl = errata__capital_of(x->word, x->len, cap, &fl)) > 0 && i + cl + x->len - fl <= len &&
		    memcmp(p + i, cap, cl) == 0 && memcmp(p + i + cl, x->word + fl, x->len - fl) == 0 &&
		    !errata__is_word_byte(p, len, i + cl + x->len - fl))
			return 1;
	}
	return 0;
}

/*
 * Whether a word of title_qualifiers stands at i, whole or as the prefix
 * it is written as ("Voormalig", "Oud-" of "Oud-burgemeester", "Ex-").
 */
static int qualifier_at(const errata__words *w, const char *p, size_t len, size_t i)
{
	size_t n = errata__words_match(&w->title_qualifiers, p, len, i, NULL);

	return n > 0 && (p[i + n - 1] == '-' || listed_at(&w->title_qualifiers, p, len, i) ||
	                 listed_capitalised(&w->title_qualifiers, p, len, i));
}

/*
 * How many names the words [ss, v) before an age's phrase give, when
 * they tell only when and where, and at most who ("В понедельник, 16
 * февраля, в Москве в возрасте 86 лет умер …", "Der Schauspieler Hans
 * Berg ist am Montag im Alter von 86 Jahren gestorben"): no word of kin,
 * relatives or clause_openers, and every capitalised word in a date, a
 * weekday, a place after a word of place_preps, or such a word itself,
 * or the first word when a date or a weekday follows it ("On Monday"),
 * or else in one run of capitalised words (a name, its particles of
 * name_particles and its noun before it where nouns are capitalised:
 * "Der Schauspieler Hans Berg", "Acteur Jan de Boer": 1), and then no
 * comma outside a date ("Hans Berg, dessen Frau …"). Whose the age is,
 * the caller tells by that name. -1 when they tell more ("Sein Bruder
 * ist im Alter von 86 Jahren gestorben"), or the locale lists no kin.
 */
static int lead_names(const errata_check_ctx *ctx, const errata__words *w, size_t ss, size_t v)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, first = sentence_first(w, p, len, ss), prev = len, run_end = len;
	int runs = 0, in_run = 0, lone = 0;

	for (size_t i = first; i < v; i = errata__next_word_start(p, len, i + 1, v)) {
		size_t nx;
		int named;

		if (!errata__word_start(p, len, i))
			continue;
		if (listed_at(&w->kin, p, len, i) || listed_at(&w->relatives, p, len, i) ||
		    listed_at(&w->clause_openers, p, len, i))
			return -1;
		nx = errata__skip_space(p, len, word_after(p, len, i));
		/* "Voormalig burgemeester Hein Verstappen", "Oud-burgemeester …": a
		 * qualifier of a title names nobody */
		named = capital_at(p, len, i) && !inside_mention(ctx, i) && !qualifier_at(w, p, len, i) &&
		        !listed_at(&w->weekday_names, p, len, i) && !listed_capitalised(&w->place_preps, p, len, i) &&
		        !(prev < len && listed_at(&w->place_preps, p, len, prev)) &&
		        !(i == first && nx < v && (inside_mention(ctx, nx) || listed_at(&w->weekday_names, p, len, nx))) &&
		        !(i == first && listed_at(&w->articles, p, len, i));
		/* "Emekli öğretmen Hasan Çelik": a capital that only opens the
		 * sentence before a word in lower case, where nouns have none,
		 * is a name only when no other follows */
		if (named && i == first && !w->nouns_capitalized && nx < v && nx == word_after(p, len, i) + 1 &&
		    errata__lower_letter_at(p, len, nx) && !listed_at(&w->name_particles, p, len, nx)) {
			lone = 1;
			named = 0;
		}
		if (named && !in_run && runs++)
			return -1; /* two names */
		/* a particle inside a name goes on with it: "Jan de Boer" */
		if (!(in_run && !named && listed_at(&w->name_particles, p, len, i)))
			in_run = named;
		if (in_run)
			run_end = word_after(p, len, i);
		in_run = in_run && nx == word_after(p, len, i) + 1;
		prev = i;
	}
	/* "Hasan Çelik, 10 Temmuz 2024 tarihinde 71 yaşında vefat etti": the
	 * subject's name set off by the one comma right after it */
	for (size_t i = first; runs && i < v; i++)
		if (p[i] == ',' && !inside_mention(ctx, i) && (i != run_end || runs > 1))
			return -1;
	if (!runs && lone) {
		runs = 1;
		for (size_t i = first; i < v; i++)
			if (p[i] == ',' && !inside_mention(ctx, i))
				return -1;
	}
	return w->kin.count ? runs : -1;
}

/*
 * Whether the phrase of an age at v, ending at e, opens its sentence (or
 * follows words of its time and place and a name only: lead_names())
 * and
 * a word of death_verbs follows it in its clause ("W wieku 92 lat zmarł
 * w sobotę …", "Im Alter von 89 Jahren starb am Montag, 16. Februar,
 * …"): no word of relatives or clause_openers, and no comma outside a
 * date, between, but the one that closes the phrase set off by commas
 * right before the verb ("El lunes, en Madrid, a los 86 años, murió el
 * actor …"). *verb is where that word starts.
 */
static int death_verb_after(const errata_check_ctx *ctx, const errata__words *w, size_t v, size_t e,
                            size_t *verb)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, ss, se, n;

	errata__sentence(w, p, len, v, &ss, &se);
	if (!opens_sentence(w, p, len, v) && lead_names(ctx, w, ss, v) < 0)
		return 0;
	for (size_t i = e; i < se; i++) {
		/* the comma that closes a phrase set off before the verb ("…, a
		 * los 86 años, murió el actor") */
		if ((p[i] == ',' || p[i] == ';' || p[i] == ':') && !inside_mention(ctx, i) &&
		    !(i == e && p[i] == ',' && back_space(p, v) > 0 && p[back_space(p, v) - 1] == ',' &&
		      errata__words_match(&w->death_verbs, p, len, errata__skip_space(p, len, i + 1), NULL)))
			return 0;
		if (!errata__word_start(p, len, i))
			continue;
		if (listed_at(&w->relatives, p, len, i) || listed_at(&w->clause_openers, p, len, i))
			return 0;
		if ((n = errata__words_match(&w->death_verbs, p, len, i, NULL)) > 0 &&
		    !errata__is_word_byte(p, len, i + n)) {
			*verb = i;
			return 1;
		}
	}
	return 0;
}

/*
 * Whether the sentence at ss, whose verb of death starts at dv, goes on
 * from the one before it in its paragraph (or two or three before, when
 * those between name nobody: only_the_dead()), a sentence that tells a death
 * and gives the obituary's name [*nm, *nm + *nl) (with *nl 0, the name
 * of two words that sentence gives, into *nm and *nl) ("Скончался артист Виктор
 * Рябов. Он умер 12 мая в возрасте 86 лет", "Walter Brandt ist tot. Der
 * gebürtige Passauer starb … im Alter von 89 Jahren"): before its verb
 * nothing, or four words at most with no comma, no word of kin,
 * relatives or clause_openers and no name of two words ("Sein Bruder
 * starb", "Der Regisseur Hans Ebert starb" are someone else).
 */
static int after_named_death(const errata_check_ctx *ctx, const errata__words *w, const age_obit *o,
                             size_t ss, size_t dv, size_t *nm, size_t *nl)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, b = back_space(p, ss), ps, pe, s, e, other, n;
	int words = 0;

	paragraph_around(p, len, ss, &ps, &pe);
	/* back to the death's sentence, over at most two that name nobody
	 * ("Об этом сообщили в театре.") */
	for (int hops = 0;; hops++) {
		if (b <= ps)
			return 0;
		errata__sentence(w, p, len, b - 1, &s, &e);
		e = e < ss ? e : ss;
		if (s >= ss)
			return 0;
		if (errata__words_in(&w->death_verbs, p, len, s, e))
			break;
		if (hops == 2 || !only_the_dead(ctx, w, o, s, e))
			return 0;
		b = back_space(p, s);
	}
	/* a birth with no name: the name that sentence gives ("Nie żyje Jerzy Malinowski") */
	if (!*nl && !o->surname_len)
		*nm = long_name_in(ctx, w, s, e, nl);
	if (!*nl || !errata__memmem(p + s, e - s, p + *nm, *nl))
		return 0;
	other = long_name_in(ctx, w, ss, dv, &n);
	/* "Der Schauspieler starb": where nouns are capitalised, an article and its noun */
	if (n && w->nouns_capitalized && listed_at(&w->articles, p, len, other))
		long_name_in(ctx, w, word_after(p, len, other), dv, &n);
	if (kin_in(w, p, len, ss, dv) || memchr(p + ss, ',', dv - ss) || n)
		return 0;
	for (size_t i = sentence_first(w, p, len, ss); i < dv;
	     i = errata__skip_space(p, len, word_after(p, len, i)))
		if (++words > 4 || listed_at(&w->relatives, p, len, i) ||
		    listed_at(&w->clause_openers, p, len, i))
			return 0;
	return 1;
}

/*
 * Whether age is within OBIT_NEAR years of an age the obituary's dead one
 * may have had at the death: a slip, where a subject that does not name
 * them ("The actor died at the age of 86") may be someone else, whose age
 * is any.
 */
static int near_death_age(const age_obit *o, int age)
{
	errata__person who;
	int lo, hi;

	memset(&who, 0, sizeof(who));
	memcpy(who.born, o->born, sizeof(who.born));
	death_ages(o, &who, &lo, &hi);
	return age >= lo - OBIT_NEAR && age <= hi + OBIT_NEAR;
}

/*
 * Whether the word [a, a + n) is written whole in [s, e) ("Belov", not
 * in "Belova", a wife's name).
 */
static int whole_word_in(const char *p, size_t len, size_t s, size_t e, size_t a, size_t n)
{
	for (const char *hit; n && s + n <= e && (hit = errata__memmem(p + s, e - s, p + a, n)); ) {
		size_t at = (size_t)(hit - p);

		if (!errata__is_word_byte(p, len, at + n) && (at == 0 || !errata__is_word_byte(p, len, at - 1)))
			return 1;
		s = at + 1;
	}
	return 0;
}

/*
 * Whether the subject of a death told before its age follows the age,
 * from e: a few words in lower case (a noun, its article: "est mort à
 * l'âge de 86 ans le comédien Jean Morel", "è morto all'età di 86 anni
 * l'attore Marco Neri", "zemřel ve věku 86 let herec Jan Novák"), no
 * word of kin, relatives or clause_openers and no stop between, then a
 * name (the caller sees that nobody stands before the verb:
 * lead_names()): where that name ends, its start in *name; 0 when there
 * is none. "… à 86 ans, le frère de Jean Morel" is someone else.
 */
static size_t inverted_subject(const errata_check_ctx *ctx, const errata__words *w, size_t e,
                               size_t *name)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, i = errata__skip_space(p, len, e), nl;

	for (int words = 0; i < len && words < 4; words++) {
		if (!errata__is_word_byte(p, len, i) || listed_at(&w->kin, p, len, i) ||
		    listed_at(&w->relatives, p, len, i) || listed_at(&w->clause_openers, p, len, i))
			return 0;
		if (capital_at(p, len, i)) {
			*name = errata__name_after(w, p, len, i, &nl);
			return nl && *name == i ? i + nl : 0;
		}
		i = word_after(p, len, i);
		if (i < len && p[i] == '\'')
			i++; /* an article elided: "l'attore" */
		else if (i + 3 <= len && memcmp(p + i, "\xe2\x80\x99", 3) == 0)
			i += 3;
		else
			i = errata__skip_space(p, len, i);
	}
	return 0;
}

/*
 * With the subject after the age (inverted_subject()), the end of the
 * dead one's name there: a name whose last word is the last of theirs
 * [nm, nm + nl) (their surname), or, with no name known (a birth that
 * names nobody: *nl 0), the name of the obituary's first death sentence
 * (as opening_name() takes one), into *nm and *nl. 0 when none.
 */
static size_t dead_after_age(const errata_check_ctx *ctx, const errata__words *w, const age_obit *o,
                             size_t ss, size_t e, size_t *nm, size_t *nl)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, in = 0, end = inverted_subject(ctx, w, e, &in), sn, sl, dn, dl, other;

	if (!end)
		return 0;
	if (!*nl) {
		for (size_t k = 0; k < o->nd; k++)
			if (o->ds[k] != ss && (o->ds[k] < ss || (long_name_in(ctx, w, o->ds[k], o->de[k], &other), other)))
				return 0; /* a death told before, or of someone named */
		*nm = in;
		*nl = end - in;
		return end;
	}
	sn = last_word(p, len, in, end, &sl);
	dn = last_word(p, len, *nm, *nm + *nl, &dl);
	return sl && sl == dl && memcmp(p + sn, p + dn, sl) == 0 ? sn + sl : 0;
}

/*
 * An age after a word of age_was of value 4 ("at the age of", "à l'âge
 * de", "aos") in a sentence that tells a death and names the one the
 * obituary tells of (the surname of the birth, or the name that the
 * death's sentence gave a birth without one): judged on the day of the
 * death, when the phrase is in the death's clause (death_clause_before()).
 * v is where the phrase starts, ss its sentence's start.
 */
static int death_clause_age(const errata_check_ctx *ctx, const errata__words *w, age_doc *bc,
                            size_t v, size_t ss, int age, size_t span, size_t span_len)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, dv = 0, nm, nl, lim = v, k;
	age_obit *o = &bc->obit;
	int error;

	if (!death_clause_before(w, p, len, ss, v, &dv)) {
		if (!death_verb_after(ctx, w, v, span + span_len, &dv))
			return 0;
		errata__sentence(w, p, len, v, &nm, &lim); /* the name may follow the verb */
		if (kin_in(w, p, len, dv, lim))
			return 0; /* "W wieku 80 lat zmarł brat …": a relative's death */
	}
	if ((error = obit_read(ctx, w, bc)) < 0)
		return error;
	if (!obit_dated(ctx, w, o) || o->died[0] <= 0)
		return unnamed_death_age(ctx, w, bc, dv, ss, age, span, span_len);
	nm = o->surname_len ? o->surname : o->name;
	nl = o->surname_len ? o->surname_len : o->name_len;
	if (!o->span && !nl)
		nm = opening_name(ctx, w, o, ss, dv, &nl);
	/* its verb makes it one of the death's sentences, dated or not
	 * ("… Arkady Belov died in Moscow. The actor died at the age of 86") */
	death_sentence_at(ctx, w, o, dv);
	if (lim == v && !o->span && lead_names(ctx, w, ss, dv) == 0 &&
	    (k = dead_after_age(ctx, w, o, ss, span + span_len, &nm, &nl)) > 0)
		lim = k;
	if ((o->span ? !span_subject(ctx, o, ss, dv) :
	     o->surname_len ? !whole_word_in(p, len, ss, lim, o->surname, o->surname_len) :
	     !nl || nm < ss || nm >= lim)) {
		if (o->span || !after_named_death(ctx, w, o, ss, dv, &nm, &nl) || !only_the_dead(ctx, w, o, ss, lim))
			return unnamed_death_age(ctx, w, bc, dv, ss, age, span, span_len);
		if (!near_death_age(o, age))
			return 0; /* "The director died at the age of 60": someone else's */
	}
	error = judge_at_death(ctx, w, o, nm, nl, age, span, span_len);
	return error < 0 ? error : 0;
}

/*
 * Judge "NAME <verb> AGE" of the given kind, on date `on` (NULL: the
 * article's date); `inferred`: the year the date engine gave that date
 * when it was written without one (0: none), which is no other year.
 * With AGE_AT_DEATH in flags (a verb of the past, "was", "wurde", that
 * closes its sentence with the age), the age of the one an obituary
 * tells of is judged on the day of the death; any other age of the past
 * is not. With AGE_NOW (a phrase of the present, age_is of value 8:
 * "now 70", "ist heute 58"), a year after the age tells of another time
 * than the age's ("Osei, now 70, joined the firm in 1981"); one before
 * it may set the story's time ("By 1990, Osei, now 30, had moved").
 */
static int judge_verb(const errata_check_ctx *ctx, const errata__words *w, age_doc *bc,
                      size_t name, size_t nl, const int *born, int age, int kind,
                      const errata_date *on, int inferred, size_t span, size_t span_len,
                      int flags)
{
	int at_death = flags & AGE_AT_DEATH;
	const errata_date *ad = &ctx->article_date;
	errata_date d = on ? *on : *ad, next;
	errata__person who;
	size_t ss, se;
	int lo, hi, ok[4], error;

	/* "Okonkwo was 78.", "Nowak wurde 77 Jahre alt.": in an obituary, the age at the death */
	if (at_death && !born) {
		if ((error = obit_names(ctx, w, bc, name, nl)) < 0)
			return error;
		if (error && bc->obit.died[0] > 0) {
			error = judge_at_death(ctx, w, &bc->obit, name, nl, age, span, span_len);
			return error < 0 ? error : 0;
		}
	}
	if (kind == VERB_WAS)
		return 0; /* an age of some time past */

	if (born) {
		/* the birth stated beside the age: the subject's, whoever that is */
		memset(&who, 0, sizeof(who));
		who.name = ctx->prose + name;
		who.name_len = nl;
		memcpy(who.born, born, sizeof(who.born));
		if (born[0] > ad->year)
			return 0;
	} else if ((error = errata__births_read(bc->births, w, ctx->prose, ctx->prose_len, ctx->mentions)) < 0) {
		return error;
	} else if (!errata__person_find(ctx->facts, bc->births->list, bc->births->count, ctx->prose, name, nl,
	                                &who)) {
		return 0;
	}
	if (who.born[0] <= 0)
		return 0;
	if (who.died[0] > 0 && who.died[0] <= ad->year)
		return 0;
	age_range(&who, &d, &lo, &hi);
	/* "will turn 63": the age after the next birthday, the age a year on */
	next.year = d.year + 1;
	next.month = d.month;
	next.day = d.month == 2 && d.day == 29 ? 28 : d.day;
	if (on || kind == VERB_IS || kind == VERB_TURNED) {
		if (age >= lo && age <= hi)
			return 0;
	} else if (kind == VERB_TURNS) {
		if (age >= lo && age <= hi + 1)
			return 0;
	} else if (age >= lo + 1 && age <= hi + 1) {
		return 0;
	}
	/* a wrong age, unless the sentence is about another year than the birth's and the date's */
	errata__sentence(w, ctx->prose, ctx->prose_len, span, &ss, &se);
	ok[0] = ad->year;
	ok[1] = d.year;
	ok[2] = who.born[0];
	ok[3] = inferred ? inferred : ad->year;
	clause_around(ctx->prose, span, &ss, &se);
	if (other_year(ctx, ss, flags & AGE_NOW ? span : se, ok, 4))
		return 0;
	if (!on && (kind == VERB_WILL || (kind == VERB_TURNS && age > hi + 1))) {
		age_range(&who, &next, &lo, &hi);
		return report(ctx, span, span_len, &who, age, lo, hi, &next, 0);
	}
	return report(ctx, span, span_len, &who, age, lo, hi, &d, 0);
}

/*
 * An age said with a verb of the present, or of a birthday, with nobody
 * named before it ("She is now 58.", "Er ist heute 58 Jahre alt", "Ma 58
 * lat", "Now 58, she runs …"; bare_subject()): the age of the one the
 * paragraph tells of (paragraph_person()), when no death is told there.
 * "Now 58, Claire Dumont runs": an age of value 2 that opens its sentence
 * is the name's after it. v is where the verb starts, ss its sentence's
 * start, k where the age and its unit end; on the date a verb gives
 * (NULL: the article's) and inferred as judge_verb() takes them.
 */
static int paragraph_age(const errata_check_ctx *ctx, const errata__words *w, age_doc *bc,
                         size_t v, size_t ss, size_t k, int age, int kind, int value,
                         const errata_date *on, int inferred)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, se, who, name = 0, nl, c = errata__skip_space(p, len, k);
	int born[3], error;

	errata__sentence(w, p, len, v, &ss, &se);
	if (!bare_subject(w, p, len, v, &who) || memchr(p + ss, '?', se - ss))
		return 0;
	if (who == v && (value & 2)) {
		/* "Now 58, she runs": the subject after the comma */
		if (c >= len || p[c] != ',')
			return 0;
		c = errata__skip_space(p, len, c + 1);
		if (!errata__words_match(&w->pronouns, p, len, c, NULL)) {
			name = errata__name_after(w, p, len, c, &nl);
			return nl && name == c ? judge(ctx, w, bc, name, nl, age, v, k - v) : 0;
		}
		who = c;
	}
	if ((error = paragraph_person(ctx, w, bc, ss, v, k - v, 0, born, &name, &nl)) <= 0)
		return error;
	if (!nl) {
		name = who;
		nl = word_after(p, len, who) - who;
	}
	return judge_verb(ctx, w, bc, name, nl, born, age, kind, on, inferred, v, k - v, 0);
}

/* Whether a closing quote, a guillemet or a dash set off by a space is at q. */
static int closing_mark(const char *p, size_t len, size_t q)
{
	const unsigned char *t = (const unsigned char *)p;

	if (q + 1 < len && t[q] == 0xc2 && t[q + 1] == 0xbb)
		return 1; /* » */
	return q + 2 < len && t[q] == 0xe2 && t[q + 1] == 0x80 &&
	       (t[q + 2] == 0x9d || t[q + 2] == 0x99 || /* ” ’ */
	        ((t[q + 2] == 0x93 || t[q + 2] == 0x94) && q > 0 && p[q - 1] == ' '));
}

/*
 * The birth a verb of age at v goes on from, joined by a short word:
 * "Ruth Ellingham was born on 23 January 1937 and is 90", "The groom was
 * born January 25, 1933 and is 90": a date with its year right before
 * the joining word and a word of born just before that date. Fills
 * born[3] and the subject (*name, *nl): the birth's name the article
 * states for that date in the sentence (from ss), else the words that
 * open the sentence up to a copula before the word of born. 1 when there
 * is one, 0 when not, or a negative code.
 */
static int born_and(const errata_check_ctx *ctx, const errata__words *w, age_doc *bc, size_t v,
                    size_t ss, int born[3], size_t *name, size_t *nl)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, ws, n, e, mi, count = errata_mentions_count(ctx->mentions), from, bw;
	const errata_mention *m;
	int error;

	ws = last_word(p, len, ss, v, &n);
	if (n == 0 || n > 4)
		return 0;
	/* a short word in lower case, or of and_words in any script ("і якому 93 роки") */
	if (errata__words_match(&w->and_words, p, len, ws, NULL) != n)
		for (size_t i = ws; i < ws + n; i++)
			if (p[i] < 'a' || p[i] > 'z')
				return 0;
	e = back_space(p, ws);
	if (e > 0 && p[e - 1] == ',')
		e = back_space(p, e - 1);
	mi = errata__mention_at(ctx->mentions, e);
	if (mi == 0 || mi > count)
		return 0;
	m = errata_mentions_get(ctx->mentions, mi - 1);
	/* (the date may end with a word of year_after_words: "5 лютого 1933 року і") */
	if ((m->offset + m->length != e &&
	     errata__locale_year_after_end(ctx->locale, p, len, m->offset + m->length) != e) ||
	    m->offset < ss || !(m->flags & ERRATA_MENTION_YEAR_EXPLICIT) ||
	    !errata_date_valid(m->year, m->month, m->day))
		return 0;
	/* "born", "born on", "born in": a word of born within a few words
	 * before the date, 16 letters back in any script ("народився 5 лютого") */
	for (from = m->offset, n = 0; from > ss && n < 16; n++)
		for (from--; from > ss && ((unsigned char)p[from] & 0xc0) == 0x80; from--)
			;
	for (bw = from; bw < m->offset && !errata__words_match(&w->born, p, len, bw, NULL); bw++)
		;
	if (bw >= m->offset)
		return 0;
	born[0] = m->year;
	born[1] = m->month;
	born[2] = m->day;
	if ((error = errata__births_read(bc->births, w, p, len, ctx->mentions)) < 0)
		return error;
	for (size_t b = 0; b < bc->births->count; b++) {
		const errata__birth *x = &bc->births->list[b];

		if (x->year == m->year && x->month == m->month && x->day == m->day && x->name_len &&
		    x->name >= ss && x->name < m->offset && !pronoun_name(w, p, len, x->name, x->name_len)) {
			*name = x->name;
			*nl = x->name_len;
			return 1;
		}
	}
	/* "The groom was born …": the sentence's opening words, up to the copula */
	ws = last_word(p, len, ss, bw, &n);
	if (!n || errata__words_match(&w->copulas, p, len, ws, NULL) != n)
		return 0;
	*name = errata__skip_space(p, len, ss);
	*nl = back_space(p, ws) > *name ? back_space(p, ws) - *name : 0;
	for (size_t i = *name; i < *name + *nl; i++)
		if (p[i] == ',' || p[i] == ';' || p[i] == '(')
			return 0; /* one subject phrase */
	return *nl > 0 && *nl <= 40;
}

/*
 * The phrase set off before the comma at e, from the comma before it or
 * the sentence's start ss, for a message: "l'ancienne députée de la Creuse" of
 * "…, l'ancienne députée de la Creuse, aujourd'hui âgée de 67 ans". Returns its
 * start and stores its length (0: none of at most six words).
 */
static size_t apposed_phrase(const char *p, size_t len, size_t ss, size_t e, size_t *n)
{
	size_t a = e, words = 0;

	while (a > ss && p[a - 1] != ',')
		a--;
	a = errata__skip_space(p, len, a);
	*n = 0;
	for (size_t i = a; i < e; i++) {
		if ((p[i] >= '0' && p[i] <= '9') || p[i] == '(' || p[i] == ')' || p[i] == ';')
			return a;
		words += is_space(p[i]);
	}
	if (words < 6)
		*n = back_space(p, e) > a ? back_space(p, e) - a : 0;
	return a;
}

/*
 * An age in digits at `at` after one of the locale's verbs: "Lee is 62.",
 * "Lee turned 62 last week", "Ortiz tiene 55 años". The number must be
 * nothing but an age: it stands alone ("40th", "40%" and "40 minutes" are
 * not ages), with a unit where the verb needs one ("tiene 55 años"), and
 * what follows closes it (a sentence end or comma, a date, a word of
 * age_after).
 */
static int after_verb(const errata_check_ctx *ctx, const errata__words *w, age_doc *bc,
                      size_t at)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, n, k, e, v = 0, q, name, nl = 0, ss, se, u;
	const errata__wordlist *lists[5] = { &w->age_is, &w->age_turned, &w->age_turns,
	                                     &w->age_will_turn, &w->age_was };
	int age = 0, kind = -1, need_unit = 0, complete = 0, dated, appositive, inferred, at_death;
	int error;
	errata_date d;

	if (!(n = read_age(p, len, at, &age)))
		return 0;
	k = at + n;
	/* a unit may be written on with a hyphen: "oli 74-vuotias" */
	if (k < len && (errata__is_word_byte(p, len, k) || p[k] == '%' ||
	                (p[k] == '-' && !errata__words_match(&w->age_units, p, len, k, NULL)) ||
	                (unsigned char)p[k] >= 0x80 || /* "40–45", "40\u00a0km", "40€" */
	                ((p[k] == '.' || p[k] == ',' || p[k] == ':' || p[k] == '/') && k + 1 < len &&
	                 p[k + 1] >= '0' && p[k + 1] <= '9')))
		return 0;
	e = back_space(p, at);
	if (e == at || e == 0 || !errata__is_word_byte(p, len, e - 1))
		return 0;
	for (int c = 0; c < 5; c++) {
		int val = 0;
		size_t s = phrase_before(lists[c], p, len, e, &val);

		if (s < e && (kind < 0 || s < v)) {
			v = s;
			kind = c;
			need_unit = val;
		}
	}
	if (kind < 0)
		return 0;
	u = errata__words_match(&w->age_units, p, len, k, &complete);
	if ((need_unit & 1) && !u)
		return 0;
	k += u;
	q = k;
	while (q < len && (p[q] == ' ' || p[q] == '\t'))
		q++;
	dated = date_after(ctx, k, &d);
	if (!dated && kind != VERB_IS && kind != VERB_WAS)
		dated = weekday_after(ctx, w, k, kind, &d);
	inferred = dated == 2 ? d.year : 0;
	if (dated == 2)
		year_by_tense(&d, &ctx->article_date, kind);
	if (dated && d.year <= 0)
		return 0;
	/* "aujourd'hui âgée de 67 ans (elle est née le 2 avril 1958)": the birth in brackets */
	if (!dated && (kind == VERB_IS || kind == VERB_TURNED) && q < len && p[q] == '(') {
		int born[3];
		size_t vs = back_space(p, v);

		errata__sentence(w, p, len, v, &ss, &se);
		name = vs > ss && p[vs - 1] == ',' ? apposed_phrase(p, len, ss, vs - 1, &nl) : v;
		if (!nl)
			name = v, nl = k - v;
		if (bracket_birth(ctx, w, q, born, &e))
			return judge_birth(ctx, w, born, name, nl, age, v, k - v);
	}
	if (!(u && complete) && !dated && q < len && (!p[q] || !strchr(".,;!?)\"\n", p[q])) &&
	    !closing_mark(p, len, q) &&
	    !errata__words_match(&w->age_after, p, len, q, NULL))
		return 0;
	if (q < len && p[q] == '\n' && q + 1 < len && !is_space(p[q + 1]) &&
	    !(u && complete) && !dated && !errata__words_match(&w->age_after, p, len, q + 1, NULL) &&
	    errata__is_word_byte(p, len, q + 1))
		return 0; /* a soft line break: the sentence goes on ("is 40\nminutes") */
	/* "was 78." closes its sentence: "was 78 when she retired" is some other time's */
	at_death = !dated && (kind == VERB_WAS || kind == VERB_TURNED) &&
	           (q >= len || p[q] == '.' || p[q] == '!' || p[q] == '?' || p[q] == ';' || p[q] == '\n' ||
	            ((need_unit & 4) && p[q] == ',')); /* "died on Saturday, aged 92, in …" */
	if (kind == VERB_WAS && !at_death)
		return 0;
	errata__sentence(w, p, len, v, &ss, &se);
	appositive = (need_unit & 2) || errata__words_match(&w->relatives, p, len, v, NULL) > 0;
	/*
	 * "The singer, who turned 30 last month, was born in 1990", "Cooper,
	 * who turns 60 on May 9, was born on May 9, 1966": the birth after
	 * the clause
	 */
	if (appositive) {
		size_t c = q, vs = back_space(p, v), mi;
		int born[3];

		if (dated && (mi = errata__mention_at(ctx->mentions, k)) < errata_mentions_count(ctx->mentions))
			c = errata_mentions_get(ctx->mentions, mi)->offset +
			    errata_mentions_get(ctx->mentions, mi)->length;
		while (c < se && c < q + 40 && (is_space(p[c]) || (errata__is_word_byte(p, len, c) &&
		       !(p[c] >= '0' && p[c] <= '9') && !capital_at(p, len, c))))
			c++;
		if (c < se && p[c] == ',' && vs > ss && p[vs - 1] == ',' && birth_at(ctx, w, c + 1, born)) {
			name = subject_phrase(w, p, len, vs - 1, &nl);
			if (!nl)
				return 0;
			if (!dated && (kind == VERB_IS || kind == VERB_TURNED))
				return judge_birth(ctx, w, born, name, nl, age, v, k - v);
			return judge_verb(ctx, w, bc, name, nl, born, age, kind, dated ? &d : NULL, inferred,
			                  v, k - v, 0);
		}
	}
	/* "died Tuesday at the age of 78.": the age of the death the sentence tells */
	if (need_unit & 4)
		return at_death ? death_clause_age(ctx, w, bc, v, ss, age, v, k - v) : 0;
	/* "Ruth Ellingham was born on 23 January 1937 and is 90" */
	if (!dated && (kind == VERB_IS || kind == VERB_TURNED)) {
		int born[3];

		if ((error = born_and(ctx, w, bc, v, ss, born, &name, &nl)) != 0)
			return error < 0 ? error : judge_birth(ctx, w, born, name, nl, age, v, k - v);
	}
	name = subject_before(ctx, w, v, ss, appositive, &nl);
	if (nl && pronoun_name(w, p, len, name, nl))
		nl = 0; /* "She was 78.": a pronoun */
	if (!nl && at_death && (error = pronoun_age(ctx, w, bc, v, ss, age, v, k - v)) != 0)
		return error < 0 ? error : 0;
	if (!nl)
		return kind == VERB_WAS ? 0 : paragraph_age(ctx, w, bc, v, ss, k, age, kind, need_unit,
		                                            dated ? &d : NULL, inferred);
	return judge_verb(ctx, w, bc, name, nl, NULL, age, kind, dated ? &d : NULL, inferred, v,
	                  k - v, (at_death ? AGE_AT_DEATH : 0) | (need_unit & 8 ? AGE_NOW : 0));
}

/* Where the white space that errata__skip_space() passes over and that ends at e starts. */
static inline size_t space_start(const char *p, size_t e)
{
	for (;;) {
		if (e > 0 && (p[e - 1] == ' ' || p[e - 1] == '\t'))
			e--;
		else if (e > 1 && (unsigned char)p[e - 1] == 0xa0 && (unsigned char)p[e - 2] == 0xc2)
			e -= 2;
		else
			return e;
	}
}

/* The bits of w->age_sieve (dates/consistency.h): the bytes before an age in digits. */
enum {
	LAST_OF_VERB = ERRATA__AGE_LAST_OF_VERB,
	BEFORE_LAST_OF_VERB = ERRATA__AGE_BEFORE_LAST_OF_VERB,
	LAST_OF_AGE_WORD = ERRATA__AGE_LAST_OF_WORD,
	LAST_OF_PAST = ERRATA__AGE_LAST_OF_PAST,
	BEFORE_LAST_OF_PAST = ERRATA__AGE_BEFORE_LAST_OF_PAST
};

/*
 * Whether the age in digits at `at` closes its sentence, past a unit of
 * age_units ("was 78.", "aveva 78 anni."): as a verb of the past needs.
 */
static int age_closes(const errata__words *w, const char *p, size_t len, size_t at)
{
	size_t k = at;

	while (k < len && p[k] >= '0' && p[k] <= '9')
		k++;
	k += errata__words_match(&w->age_units, p, len, k, NULL);
	return k >= len || p[k] == '.' || p[k] == '!' || p[k] == '?' || p[k] == ';' || p[k] == '\n';
}

/*
 * The separators whose age would stand at `at` (age_place()): a comma or
 * a bracket just before it past spaces (k: where they start), and the
 * commas and brackets before a word of age_words that ends there ("Lee,
 * aged 61", "Nowak (lat 52)"):
 * into sep, each once. Returns how many.
 */
static size_t separators_before(const errata__words *w, const errata__age_sieve *sv, const char *p,
                                size_t len, size_t at, size_t k, size_t sep[4])
{
	size_t n = 0;

	if (k == 0)
		return 0;
	if (p[k - 1] == ',' || p[k - 1] == '(') {
		if (age_place(w, p, len, k - 1) == at)
			sep[n++] = k - 1;
		if (!sv->spaced_words)
			return n;
	} else if (!sv->spaced_words &&
	           !(sv->last[errata__lower_ascii[(unsigned char)p[k - 1]]] & LAST_OF_AGE_WORD)) {
		return 0;
	}
	/* an age word ends in [k, at]: at k, or later when it ends in white space */
	for (size_t h = 0; h < w->age_words.count; h++) {
		const errata__word *x = &w->age_words.items[h];
		unsigned char end = x->len ? (unsigned char)x->low[x->len - 1] : 0;
		size_t last = end == ' ' || end == '\t' || end == 0xa0 ? at : k;

		for (size_t e = k; e <= last && n < 4; e++) {
			size_t c, j;

			if (!x->len || x->len >= e || errata__lower_ascii[(unsigned char)p[e - 1]] != end ||
			    errata__strncasecmp_ascii(p + e - x->len, x->word, x->len) != 0)
				continue;
			if (!(c = space_start(p, e - x->len)) || (p[--c] != ',' && p[c] != '(') ||
			    age_place(w, p, len, c) != at)
				continue;
			for (j = 0; j < n && sep[j] != c; j++)
				;
			if (j == n)
				sep[n++] = c;
		}
	}
	return n;
}

/*
 * The ages written in digits that start at `at` (where a run of ASCII
 * digits does): after a separator ("Lee, 61,", "Lee (61)",
 * after_separator()), and after a verb ("Lee is 62", after_verb()); k:
 * where the white space before it starts (age_may_follow()).
 */
static int age_in_digits(const errata_check_ctx *ctx, const errata__words *w, age_doc *bc,
                         const errata__age_sieve *sv, size_t at, size_t k)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, sep[4], n;
	unsigned char a, b;
	int error = 0;

	n = separators_before(w, sv, p, len, at, k, sep);
	for (size_t i = 0; i < n; i++)
		if ((error = after_separator(ctx, w, bc, sep[i], at)) < 0)
			return error;
	if (!sv->verbs || at < 3 || (p[at - 1] != ' ' && p[at - 1] != '\n'))
		return 0;
	a = errata__lower_ascii[(unsigned char)p[at - 2]];
	b = errata__lower_ascii[(unsigned char)p[at - 3]];
	if ((sv->last[a] & LAST_OF_VERB) &&
	    ((sv->last[b] & BEFORE_LAST_OF_VERB) || !errata__is_word_byte(p, len, at - 3)) &&
	    errata__verb_may_end(w, p, len, back_space(p, at)))
		return after_verb(ctx, w, bc, at);
	/* a verb of the past: "Okonkwo was 78." */
	if ((sv->last[a] & LAST_OF_PAST) &&
	    ((sv->last[b] & BEFORE_LAST_OF_PAST) || !errata__is_word_byte(p, len, at - 3)) &&
	    age_closes(w, p, len, at))
		return after_verb(ctx, w, bc, at);
	return 0;
}

/*
 * Whether an age in digits at `at` may follow a separator, a word of
 * age_words or a verb: 0 where separators_before() and the verbs' test
 * of age_in_digits() would turn it down at once. *k: where the white
 * space before `at` starts, as age_in_digits() reads it.
 */
static inline int age_may_follow(const errata__age_sieve *sv, const char *p, size_t at, size_t *k)
{
	unsigned char c;

	*k = at;
	if (at == 0)
		return 0;
	c = (unsigned char)p[at - 1];
	if (c == ' ' || c == '\t' || c == 0xa0)
		*k = space_start(p, at);
	if (*k > 0 && (p[*k - 1] == ',' || p[*k - 1] == '(' || sv->spaced_words ||
	               (sv->last[errata__lower_ascii[(unsigned char)p[*k - 1]]] & LAST_OF_AGE_WORD)))
		return 1;
	/* a verb: "is 62" */
	return sv->verbs && at >= 3 && (c == ' ' || c == '\n') &&
	       (sv->last[errata__lower_ascii[(unsigned char)p[at - 2]]] & (LAST_OF_VERB | LAST_OF_PAST));
}

/*
 * Whether the digits at i start a number: nothing of a word before them
 * but a character of Han, kana or Hangul ("现年26岁"), which runs into it.
 */
static int wide_digits_open(const char *p, size_t len, size_t i)
{
	size_t c = i;

	if (i == 0)
		return 1;
	while (c > 0 && ((unsigned char)p[c - 1] & 0xc0) == 0x80)
		c--;
	c = c > 0 ? c - 1 : 0;
	return !errata__is_word_byte(p, len, c) || errata__wide_script_at(p, len, c);
}

static size_t age_at_phrase(const errata__words *w, const char *p, size_t len, size_t i,
                            size_t n, int age, size_t *s, int *value);

/* read_age(), or digits that a character of Han, kana or Hangul runs on to ("享年86岁"). */
static size_t read_age_wide(const char *p, size_t len, size_t at, int *age)
{
	size_t n = read_age(p, len, at, age);

	if (n || !wide_digits_open(p, len, at))
		return n;
	while (at + n < len && p[at + n] >= '0' && p[at + n] <= '9')
		n++;
	*age = n <= 3 ? atoi(p + at) : 0;
	return *age >= 1 && *age <= 130 ? n : 0;
}

/*
 * Note the digits at `at` when a phrase of age_at holds them ("at 57"),
 * for ages_at_events(), which judges them after every other reading.
 */
static int note_age_at(const errata__words *w, const errata__age_sieve *sv, age_doc *bc,
                       const char *p, size_t len, size_t at)
{
	age_at_hit hit;
	size_t n;

	/* (most numbers have no word of age_at right before them) */
	if (!w->age_at.count ||
	    (!sv->at_unsieved && !(at >= 2 && is_space(p[at - 1]) &&
	                           (sv->last[errata__lower_ascii[(unsigned char)p[at - 2]]] &
	                            ERRATA__AGE_BEFORE_AT))))
		return 0;
	if (!(n = read_age_wide(p, len, at, &hit.age)) ||
	    !(hit.e = age_at_phrase(w, p, len, at, n, hit.age, &hit.s, &hit.value)))
		return 0;
	if (bc->n_at_events == bc->at_events_alloc) {
		size_t alloc = bc->at_events_alloc ? bc->at_events_alloc * 2 : 8;
		age_at_hit *list = realloc(bc->at_events, alloc * sizeof(*list));

		if (!list)
			return errata__oom();
		bc->at_events = list;
		bc->at_events_alloc = alloc;
	}
	bc->at_events[bc->n_at_events++] = hit;
	return 0;
}

/*
 * Whether the run of digits at `at` is one read_age() may take (an age
 * read there needs it): one to three digits, 1 to 130.
 */
static inline int age_digits(const char *p, size_t len, size_t at)
{
	int v = p[at] - '0';

	for (size_t n = 1; at + n < len && p[at + n] >= '0' && p[at + n] <= '9'; n++) {
		if (n == 3)
			return 0;
		v = v * 10 + (p[at + n] - '0');
	}
	return v >= 1 && v <= 130;
}

/*
 * The digits at `at`, which may be an age (age_digits(), which the
 * caller tests: most runs of digits, the years, fail it without a call):
 * age_in_digits() where the bytes before allow it, and note_age_at().
 */
static int digits_at(const errata_check_ctx *ctx, const errata__words *w, age_doc *bc,
                     const errata__age_sieve *sv, size_t at)
{
	size_t k;
	int error;

	if (age_may_follow(sv, ctx->prose, at, &k) &&
	    (error = age_in_digits(ctx, w, bc, sv, at, k)) < 0)
		return error;
	return note_age_at(w, sv, bc, ctx->prose, ctx->prose_len, at);
}

/*
 * age_in_digits() at every start of a run of ASCII digits that may be an
 * age, in order: from the runs of the prose's word index when there is
 * one, else from the bytes.
 */
static int ages_in_digits(const errata_check_ctx *ctx, const errata__words *w, age_doc *bc,
                          const errata__age_sieve *sv)
{
	const errata__word_index *ix = ctx->words;
	const char *p = ctx->prose;
	size_t len = ctx->prose_len;
	int error;

	if (ix) {
		for (size_t i = 0; i < ix->digit_run_count; i++)
			if (age_digits(p, len, ix->digit_runs[i]) &&
			    (error = digits_at(ctx, w, bc, sv, ix->digit_runs[i])) < 0)
				return error;
		return 0;
	}
	for (size_t at = 0; at < len; at++)
		if (p[at] >= '0' && p[at] <= '9' && (at == 0 || p[at - 1] < '0' || p[at - 1] > '9') &&
		    age_digits(p, len, at) && (error = digits_at(ctx, w, bc, sv, at)) < 0)
			return error;
	return 0;
}

/*
 * An age with its suffix, [i, at), then a word of name_links and a name
 * in Han, kana or Hangul ("现年26岁的郑钦文", "28歳の照ノ海", "76세의
 * 김철수 씨"): the
 * shortest head of the run after the link that names one person the
 * article or the sheet knows.
 */
static int wide_age_before_name(const errata_check_ctx *ctx, const errata__words *w,
                                age_doc *bc, size_t i, size_t at, int age)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, a = past_listed(&w->name_links, p, len, at), e;
	errata__person who;
	int error;

	if (a == at)
		return 0;
	a = errata__skip_space(p, len, a); /* "76세의 김철수 씨" */
	if (a >= len || !errata__wide_script_at(p, len, a))
		return 0;
	if ((error = errata__births_read(bc->births, w, p, len, ctx->mentions)) < 0)
		return error;
	for (e = a + 1; e <= len && e - a <= 24; e++) {
		if (e < len && ((unsigned char)p[e] & 0xc0) == 0x80)
			continue;
		if (errata__person_find(ctx->facts, bc->births->list, bc->births->count, p, a, e - a,
		                        &who))
			return judge(ctx, w, bc, a, e - a, age, i, at - i);
		if (e >= len || !errata__wide_script_at(p, len, e))
			break;
	}
	return 0;
}

/*
 * An age in digits [i, s) with its suffix [s, s + k) ("61-year-old",
 * "43letý"): judged against the birth beside it, the name after it
 * ("61-year-old Lee", "61-year-old president Lee") or the name before
 * an article and it ("Lee, the 61-year-old"). 0 when none is there.
 */
static int age_with_suffix(const errata_check_ctx *ctx, const errata__words *w, age_doc *bc,
                           size_t i, size_t s, size_t k, int age)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, name, nl, n, e, ws, at = s + k;
	int born[3];

	/* the digits judged already, after a verb ("que tiene 70 años (nació …)"), or a time ago */
	if (reported(ctx, i, at) || errata__age_ago(w, p, len, i, at))
		return 0;
	/* "the 62-year-old architect was born in 1960", "Born in 1960, the 62-year-old" */
	if ((n = birth_beside(ctx, w, i, at, born, &name, &nl)) > 0)
		return judge_birth(ctx, w, born, name, nl, age, i, at - i);
	/*
	 * "61-year-old Lee", "61-year-old president Lee"; a unit of
	 * age_units after a space is no such prefix ("W wieku 47 lat Jan
	 * Kowalski został": at 47), but a unit and its adjective are ("Den 43
	 * år gamle Ingrid Berg"), and so is an adjective of one word that is
	 * no unit ("a 43 éves Nagy Tamás")
	 */
	if (p[s] == ' ' && !memchr(p + s + 1, ' ', k - 1) &&
	    errata__words_match(&w->age_units, p, len, s, NULL) == k)
		nl = 0, name = at;
	else
		name = errata__name_after(w, p, len, at, &nl);
	if (!nl && p[s] != ' ' && at + 1 < len && p[at] == ' ' &&
	    errata__lower_letter_at(p, len, at + 1)) {
		e = at + 1;
		while (e < len && errata__is_word_byte(p, len, e))
			e++;
		name = errata__name_after(w, p, len, e, &nl);
		if (name != e + 1)
			nl = 0;
		/* "60 years old and Moon ...": a joining word, not a noun before the name */
		if (nl && (errata__words_match(&w->age_after, p, len, at + 1, NULL) == e - at - 1 ||
		           errata__words_match(&w->relatives, p, len, at + 1, NULL) == e - at - 1 ||
		           errata__words_match(&w->age_blockers, p, len, at + 1, NULL) == e - at - 1 ||
		           errata__words_match(&w->copulas, p, len, at + 1, NULL) == e - at - 1))
			nl = 0;
	} else if (name != at + 1) {
		nl = 0;
	}
	if (nl)
		return judge(ctx, w, bc, name, nl, age, i, at - i);
	/* "Lee, the 61-year-old" */
	e = i;
	while (e > 0 && p[e - 1] == ' ')
		e--;
	ws = e;
	while (ws > 0 && errata__is_word_byte(p, len, ws - 1))
		ws--;
	if (ws == e || errata__words_match(&w->articles, p, len, ws, NULL) != e - ws)
		return 0;
	while (ws > 0 && p[ws - 1] == ' ')
		ws--;
	if (ws == 0 || p[ws - 1] != ',')
		return 0;
	name = errata__name_before(w, p, len, ws - 1, &nl);
	return nl ? judge(ctx, w, bc, name, nl, age, i, at - i) : 0;
}

/*
 * "43letý Tomáš Černý": an age suffix of the table that opens with a
 * letter, written on to the digits, which the walk of age_starts cannot
 * find (the digits start that word). Every run of digits, in a table
 * that has such a suffix.
 */
static int ages_with_fused_suffix(const errata_check_ctx *ctx, const errata__words *w, age_doc *bc)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, k = 0, n, s;
	int age = 0, error;

	while (k < w->age_suffix.count && !errata__is_word_byte(w->age_suffix.items[k].word,
	                                                      w->age_suffix.items[k].len, 0))
		k++;
	if (k == w->age_suffix.count)
		return 0;
	for (size_t i = 0; i < len; i = s + 1) {
		s = i;
		if (p[i] < '0' || p[i] > '9')
			continue;
		while (s < len && p[s] >= '0' && p[s] <= '9')
			s++;
		if (s >= len || !(k = errata__words_match(&w->age_suffix, p, len, s, NULL)))
			continue;
		/* "现年26岁的郑钦文": Han, kana and Hangul run on to the digits and the name */
		if (errata__wide_script_at(p, len, s)) {
			if (wide_digits_open(p, len, i) && s - i <= 3 && (age = atoi(p + i)) >= 1 &&
			    age <= 130 && (error = wide_age_before_name(ctx, w, bc, i, s + k, age)) < 0)
				return error;
			continue;
		}
		if ((i > 0 && errata__is_word_byte(p, len, i - 1)) || !errata__is_word_byte(p, len, s) ||
		    !(n = read_age(p, len, i, &age)) || i + n != s)
			continue;
		if ((error = age_with_suffix(ctx, w, bc, i, s, k, age)) < 0)
			return error;
	}
	return 0;
}

/* ---- "sworn in at 41 on Jan. 7, 2019": an age at an event ------------ */

/* Whether the pattern bytes x[0, n) are the prose's at `at` (a space matches any). */
static int pattern_at(const char *p, size_t len, size_t at, const char *x, size_t n)
{
	if (at + n > len)
		return 0;
	for (size_t k = 0; k < n; k++)
		if (x[k] == ' ' ? !is_space(p[at + k]) :
		                  errata__lower_ascii[(unsigned char)p[at + k]] != (unsigned char)x[k])
			return 0;
	return 1;
}

/*
 * The phrase of age_at that holds the digits [i, i + n) ("at #", "à #
 * ans", "mit # Jahren", '#' standing for them): its start in *s and its
 * end returned, or 0, its value in *value. A phrase with nothing after the digits ("at 57")
 * must be followed by a comma or a stop, or by " on " with an age past
 * the hours of a clock ("at 10 on Monday" is a time); never "at 73
 * percent", "at 73 Main Street"; nor, before a word of term_links, a
 * term ("condamné à 20 ans de prison", "con 20 años de experiencia").
 */
static size_t age_at_phrase(const errata__words *w, const char *p, size_t len, size_t i,
                            size_t n, int age, size_t *s, int *value)
{
	for (size_t h = 0; h < w->age_at.count; h++) {
		const errata__word *x = &w->age_at.items[h];
		const char *hash = memchr(x->low, '#', x->len);
		size_t pl, sl, e, a;

		if (!hash)
			continue;
		pl = (size_t)(hash - x->low);
		sl = x->len - pl - 1;
		if (pl > i || !pattern_at(p, len, i - pl, x->low, pl) ||
		    !pattern_at(p, len, i + n, hash + 1, sl) ||
		    (i - pl > 0 && !wide_digits_open(p, len, i - pl) &&
		     errata__is_word_byte(p, len, i - pl - 1)))
			continue;
		e = i + n + sl;
		if (e < len && errata__is_word_byte(p, len, e))
			continue;
		/*
		 * "condamné à 20 ans de prison", "a 24 anni di carcere": a term,
		 * unless a unit goes on ("aos 21 anos de idade")
		 */
		a = errata__skip_space(p, len, e);
		if (a < len && listed_at(&w->term_links, p, len, a) &&
		    i + n + errata__words_match(&w->age_units, p, len, i + n, NULL) <= e)
			continue;
		/* a bare "at 45" must close there ("at 45 Main Street"); "at the
		 * age of 92 after a long illness" is an age all the same */
		if (!sl && (x->value & 1) &&
		    !(e < len && (p[e] == ',' || p[e] == ';' ||
		                  (p[e] == '.' && (e + 1 >= len || is_space(p[e + 1]))) ||
		                  (age > 24 && pattern_at(p, len, e, " on ", 4)))))
			continue;
		*s = i - pl;
		*value = x->value;
		return e;
	}
	return 0;
}

/*
 * The one birth the clause [ss, se) states, named there: its index, or
 * births->count when there is none or two that differ.
 */
static size_t birth_in_clause(const errata__births *b, size_t ss, size_t se)
{
	size_t found = b->count;

	for (size_t k = 0; k < b->count; k++) {
		const errata__birth *x = &b->list[k];

		if (!x->name_len || x->name < ss || x->name >= se)
			continue;
		if (found < b->count && (b->list[found].year != x->year ||
		                         b->list[found].month != x->month ||
		                         b->list[found].day != x->day))
			return b->count;
		found = k;
	}
	return found;
}

/*
 * Where the birth's date ends: the first mention from `from` to se that
 * writes the birth's year, or the year written alone; se when neither.
 */
static size_t birth_date_end(const errata_check_ctx *ctx, size_t from, size_t se, int year)
{
	size_t count = ctx->mentions ? errata_mentions_count(ctx->mentions) : 0, end = se;

	for (size_t mi = errata__mention_at(ctx->mentions, from); mi < count; mi++) {
		const errata_mention *m = errata_mentions_get(ctx->mentions, mi);

		if (m->offset >= se)
			break;
		if (m->year == year && (m->flags & ERRATA_MENTION_YEAR_EXPLICIT)) {
			end = m->offset + m->length;
			break;
		}
	}
	for (size_t i = from; i + 4 <= end; i++)
		if (errata__read_year(ctx->prose, ctx->prose_len, i) == year)
			return i + 4;
	return end;
}

/*
 * Whether [s, e), between a birth and the age at an event, could bring
 * in someone else, whose age that would be: a word of relatives or
 * clause_openers ("who", "whose", "and"; not one a pronoun follows:
 * "when she was sworn in"), or
 * a capitalised word that is not in a date, a weekday, after a word of
 * place_preps or age_blockers ("chief executive of Holm Bank", "in
 * Paris"), or a word of the name born (its surname again). With things,
 * a run of capitalised words after a word of articles and at most one
 * noun is a thing too ("received the Nobel Prize", "le prix Goncourt").
 */
static int event_gap_other(const errata_check_ctx *ctx, const errata__words *w, size_t s,
                           size_t e, const errata__birth *b, int things)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, count = ctx->mentions ? errata_mentions_count(ctx->mentions) : 0;
	size_t mi = errata__mention_at(ctx->mentions, s);
	int thing = 0; /* in such a run: 2 after the article, 1 after its noun */

	for (size_t i = s; i < e; i++) {
		size_t we, ws;

		if (!errata__word_start(p, len, i)) {
			if (!is_space(p[i]) && !errata__is_word_byte(p, len, i))
				thing = 0; /* "the Prize, Ek" */
			continue;
		}
		if (listed_at(&w->relatives, p, len, i))
			return 1;
		/* "when she was sworn in at 44": a clause of the same subject, by its pronoun */
		if (listed_at(&w->clause_openers, p, len, i) &&
		    !listed_at(&w->pronouns, p, len, errata__skip_space(p, len, word_after(p, len, i))))
			return 1;
		if (!capital_at(p, len, i)) {
			/* the article, then at most one noun: "le prix Goncourt" */
			thing = things && listed_at(&w->articles, p, len, i) ? 2 : thing - (thing > 0);
			continue;
		}
		if (thing) {
			thing = 1; /* "the Derby with Tom Price": the run ends at a lower-case word */
			continue;
		}
		while (mi < count && errata_mentions_get(ctx->mentions, mi)->offset +
		                     errata_mentions_get(ctx->mentions, mi)->length <= i)
			mi++;
		if (mi < count && errata_mentions_get(ctx->mentions, mi)->offset <= i)
			continue;
		we = word_after(p, len, i);
		if (listed_at(&w->weekday_names, p, len, i) ||
		    (we > i && errata__memmem(p + b->name, b->name_len, p + i, we - i)))
			continue;
		ws = back_space(p, i);
		while (ws > 0 && errata__is_word_byte(p, len, ws - 1))
			ws--;
		if (ws < back_space(p, i) && (listed_at(&w->place_preps, p, len, ws) ||
		                              listed_at(&w->age_blockers, p, len, ws)))
			continue;
		return 1;
	}
	return 0;
}

/*
 * Whether a date at [a, b) and the age at [s, e) tell one event: at most
 * eight words apart, with no word of `clause_openers` ("and", "but",
 * "when", "that") or `pronouns` between them ("moved to Paris at 17 and
 * was named on Wednesday", "said on Monday she left school at 16" tell
 * two).
 */
static int tied(const errata__words *w, const char *p, size_t len, size_t a, size_t b, size_t s,
                size_t e)
{
	size_t from = b <= s ? b : e, to = b <= s ? s : a, words = 0;

	if (a < e && b > s)
		return 0;
	for (size_t i = from; i < to; i++) {
		if (!errata__word_start(p, len, i) || !errata__is_word_byte(p, len, i))
			continue;
		if (++words > 8 || listed_at(&w->clause_openers, p, len, i) ||
		    listed_at(&w->pronouns, p, len, i))
			return 0;
	}
	return 1;
}

/* One more date for event_dates(): 0, or -1 when it is another than the one held. */
static int event_add(errata_date *held, int *n, int year, int month, int day)
{
	if (*n && (held->year != year || held->month != month || held->day != day))
		return -1;
	held->year = year;
	held->month = month;
	held->day = day;
	*n = 1;
	return 0;
}

/*
 * The year of a date written without one that puts it nearest the
 * article's date ad: a birth's year in the sentence anchors it
 * (mention_year.c), but an event at an age is not in the year of the
 * birth. 0 when the date is none.
 */
static int nearest_year(const errata_mention *m, const errata_date *ad)
{
	long today = errata_date_to_days(ad->year, ad->month, ad->day), best = -1;
	int year = 0;

	for (int y = ad->year - 1; y <= ad->year + 1; y++) {
		long gap;

		if (!errata_date_valid(y, m->month, m->day))
			continue;
		gap = labs(errata_date_to_days(y, m->month, m->day) - today);
		if (best < 0 || gap < best) {
			best = gap;
			year = y;
		}
	}
	return year;
}

/*
 * Whether someone else stands right before the age at s, past spaces and
 * a comma, where no date, weekday or word of `relative` does: a
 * capitalised word, not the name born ("signed on Monday by Anna Ek, at
 * 52,"), or, before a comma, a word of referents among the two words
 * there ("her daughter, at 10,").
 */
static int other_before(const errata_check_ctx *ctx, const errata__words *w, size_t s,
                        const errata__birth *b)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, e = back_space(p, s), ws, mi;
	int comma = e > 0 && p[e - 1] == ',';

	if (comma)
		e = back_space(p, e - 1);
	ws = e;
	while (ws > 0 && errata__is_word_byte(p, len, ws - 1))
		ws--;
	mi = errata__mention_at(ctx->mentions, ws);
	if (ws == e || listed_at(&w->weekday_names, p, len, ws) ||
	    listed_at(&w->relative, p, len, ws) ||
	    (ctx->mentions && mi < errata_mentions_count(ctx->mentions) &&
	     errata_mentions_get(ctx->mentions, mi)->offset <= ws))
		return 0;
	if (comma) {
		size_t w2 = back_space(p, ws);

		while (w2 > 0 && errata__is_word_byte(p, len, w2 - 1))
			w2--;
		if (listed_at(&w->referents, p, len, ws) ||
		    (w2 < back_space(p, ws) && listed_at(&w->referents, p, len, w2)))
			return 1;
	}
	return capital_at(p, len, ws) && !errata__memmem(p + b->name, b->name_len, p + ws, e - ws);
}

/* Whether [s, e) holds no word: "At 41, Maria Holm, born ..." */
static int bare_gap(const char *p, size_t len, size_t s, size_t e)
{
	for (size_t i = s; i < e; i++)
		if (errata__is_word_byte(p, len, i))
			return 0;
	return 1;
}

/*
 * Whether the phrase of an age at s opens its sentence, set off by the
 * comma at c, and a verb of age_at_now follows in the clause before se,
 * with no word of clause_openers, relatives or pronouns before it: the
 * verb of the subject after the comma, in the present ("À 51 ans, Élise
 * Fontaine, née en 1980, devient présidente", "Con 83 años, Carmen
 * Ortega, nacida en 1945, se convierte en alcaldesa", "At 41, Maria
 * Holm, born in 1985, becomes …"; not "…, who is …", "At 41, she
 * became …").
 */
static int fronted_now(const errata__words *w, const char *p, size_t len, size_t s, size_t c,
                       size_t se)
{
	size_t fs, fe;

	errata__sentence(w, p, len, s, &fs, &fe);
	if (errata__skip_space(p, len, fs) != s)
		return 0;
	for (size_t i = c + 1; i < se && i < fe; i++) {
		if (!errata__word_start(p, len, i))
			continue;
		if (listed_at(&w->clause_openers, p, len, i) || listed_at(&w->relatives, p, len, i) ||
		    listed_at(&w->pronouns, p, len, i))
			return 0;
		if (listed_at(&w->age_at_now, p, len, i))
			return 1;
	}
	return 0;
}

/*
 * Whether a word of anniversary_future ("will", "wird", "zal") stands in
 * [ss, s), at most six words before the phrase of an age at s, with no comma and no word of
 * clause_openers, relatives, pronouns or kin after it: the event is to
 * come ("Thomas Brandt (born 24 April 1968) will be sworn in as governor
 * at the age of 54"; not "will say that she left school at 16", "will
 * take a post his father took at 54").
 */
static int future_before(const errata__words *w, const char *p, size_t len, size_t ss, size_t s)
{
	int future = 0, words = 0;

	for (size_t i = ss; i < s; i++) {
		if (p[i] == ',' || p[i] == ';')
			future = 0;
		if (!errata__word_start(p, len, i))
			continue;
		words++;
		if (listed_at(&w->clause_openers, p, len, i) || listed_at(&w->relatives, p, len, i) ||
		    listed_at(&w->pronouns, p, len, i) || listed_at(&w->kin, p, len, i)) {
			future = 0;
		} else if (listed_at(&w->anniversary_future, p, len, i)) {
			future = 1;
			words = 0;
		}
	}
	/* (six words at most between: "will be sworn in as governor at …") */
	return future && words <= 6;
}

/*
 * The date of the event at the age [s, e), in the clause [ss, se): the
 * full date written there and tied() to it, not in the birth's year;
 * else a year so tied, alone or after its month (its first and last
 * days: d[0] and d[1]); else a weekday so tied (the last one up to the article's date and the
 * next one from it: d[0] and d[1]) or a word of `relative`
 * ("yesterday"); else, after a verb of the present of age_at_now and
 * before an article ("devient à 36 ans la plus jeune", "ist mit 43
 * Jahren die jüngste"), or after one that opens the sentence before such
 * a verb (fronted_now()), the article's date; after a verb of the future
 * (future_before()), the article's date or any later (3). Returns how
 * many dates it filled, or 3 (0: the event is at a time the sentence does
 * not tell).
 */
static int event_dates(const errata_check_ctx *ctx, const errata__words *w, size_t ss, size_t se,
                       size_t s, size_t e, int born_year, errata_date d[2])
{
	const char *p = ctx->prose;
	const errata_date *ad = &ctx->article_date;
	size_t len = ctx->prose_len, count = ctx->mentions ? errata_mentions_count(ctx->mentions) : 0;
	long today = errata_date_to_days(ad->year, ad->month, ad->day);
	int nd = 0, wd = -1, v, nrel = 0, now, y;
	errata_date rel;
	size_t a;

	for (size_t mi = errata__mention_at(ctx->mentions, ss); mi < count; mi++) {
		const errata_mention *m = errata_mentions_get(ctx->mentions, mi);

		if (m->offset >= se)
			break;
		y = m->flags & ERRATA_MENTION_YEAR_EXPLICIT ? m->year : nearest_year(m, ad);
		if (y == born_year || !m->month || !m->day ||
		    !tied(w, p, len, m->offset, m->offset + m->length, s, e))
			continue; /* (a month or a year alone: below) */
		if (y <= 0 || !errata_date_valid(y, m->month, m->day) ||
		    event_add(&d[0], &nd, y, m->month, m->day) < 0)
			return 0;
	}
	if (nd)
		return 1;
	/* "in 2010, aged 41", "at the age of 49 in March 2015": any day of that year */
	for (size_t i = ss; i < se; i++) {
		if (!errata__word_start(p, len, i) || !(y = errata__read_year(p, len, i)) ||
		    y == born_year || !tied(w, p, len, i, i + 4, s, e))
			continue;
		if (nd && d[0].year != y)
			return 0;
		d[0].year = d[1].year = y;
		d[0].month = d[0].day = 1;
		d[1].month = 12;
		d[1].day = 31;
		nd = 1;
	}
	if (nd)
		return 2;
	for (size_t i = ss, n; i < se; i++) {
		if (!errata__word_start(p, len, i))
			continue;
		if ((n = errata__words_match(&w->weekday_names, p, len, i, &v)) > 0 && v >= 0 && v <= 6 &&
		    !errata__is_word_byte(p, len, i + n) && tied(w, p, len, i, i + n, s, e)) {
			if (wd >= 0 && wd != v)
				return 0;
			wd = v;
		} else if ((n = errata__words_match(&w->relative, p, len, i, &v)) > 0 &&
		           !errata__is_word_byte(p, len, i + n) && tied(w, p, len, i, i + n, s, e)) {
			errata_date r = errata_date_from_days(today + v);

			if (event_add(&rel, &nrel, r.year, r.month, r.day) < 0)
				return 0;
		}
	}
	if (wd >= 0 && !nrel) {
		now = errata_date_weekday(ad->year, ad->month, ad->day);
		d[0] = errata_date_from_days(today - (now - wd + 7) % 7);
		d[1] = errata_date_from_days(today + (wd - now + 7) % 7);
		return 2;
	}
	if (nrel && wd < 0) {
		d[0] = rel;
		return 1;
	}
	a = errata__skip_space(p, len, e);
	if (wd < 0 && !nrel && s > 0 && listed_word_before(&w->age_at_now, p, len, s) < s &&
	    (listed_at(&w->articles, p, len, a) || listed_at(&w->referents, p, len, a))) {
		d[0] = *ad;
		return 1;
	}
	if (wd < 0 && !nrel && ad->year > 0 && a < se && p[a] == ',' && fronted_now(w, p, len, s, a, se)) {
		d[0] = *ad;
		return 1;
	}
	/* "will be sworn in as governor at the age of 54": the article's date or later */
	if (wd < 0 && !nrel && ad->year > 0 && future_before(w, p, len, ss, s)) {
		d[0] = *ad;
		return 3;
	}
	return 0;
}

/* Whether number.age already reported a span that overlaps [s, e). */
static int reported(const errata_check_ctx *ctx, size_t s, size_t e)
{
	size_t n = errata_findings_count(ctx->out);

	for (size_t k = 0; k < n; k++) {
		const errata_finding *f = errata_findings_get(ctx->out, k);

		if (ctx->rule && f->rule && strcmp(f->rule, ctx->rule) == 0 && f->offset < e &&
		    f->offset + f->length > s)
			return 1;
	}
	return 0;
}

/*
 * Judge the age at an event, the phrase [s, e) in the clause [ss, se),
 * of the one born b (its name for messages) on the event's date
 * (event_dates()); with a phrase of value 1, only within three years of
 * the right age. 0, or a negative code.
 */
static int judge_event(const errata_check_ctx *ctx, const errata__words *w, const errata__birth *b,
                       size_t ss, size_t se, size_t s, size_t e, int age, int value)
{
	errata__person who;
	errata_date d[2];
	int nd, lo, hi, l2 = 0, h2 = 0, ok[4];

	if (!(nd = event_dates(ctx, w, ss, se, s, e, b->year, d)))
		return 0;
	memset(&who, 0, sizeof(who));
	who.name = ctx->prose + b->name;
	who.name_len = b->name_len;
	who.born[0] = b->year;
	who.born[1] = b->month;
	who.born[2] = b->day;
	if (errata_date_to_days(d[0].year, d[0].month, d[0].day) <
	    errata_date_to_days(b->year, b->month ? b->month : 1, b->day ? b->day : 1))
		return 0;
	age_range(&who, &d[0], &lo, &hi);
	/* an event to come: any age from the present one on */
	if (nd == 3) {
		if (age >= lo)
			return 0;
		nd = 1;
	}
	if (nd == 2)
		age_range(&who, &d[1], &l2, &h2);
	if ((age >= lo && age <= hi) || (nd == 2 && age >= l2 && age <= h2))
		return 0;
	/* a phrase of value 1 ("at 45") may be a score or a rate: an age only near the right one */
	if ((value & 1) && (age < lo - 3 || age > (nd == 2 ? h2 : hi) + 3))
		return 0;
	ok[0] = b->year;
	ok[1] = d[0].year;
	ok[2] = d[nd - 1].year;
	ok[3] = ctx->article_date.year;
	if (other_year(ctx, ss, se, ok, 4) || reported(ctx, s, e))
		return 0;
	/* past both: told on the later date ("49 in 2015": 45 or 46 on December 31, 2015) */
	if (nd == 2 && age > h2)
		return report(ctx, s, e - s, &who, age, l2, h2, &d[1], 0);
	return report(ctx, s, e - s, &who, age, lo, hi, &d[0], 0);
}

/*
 * An age at an event, the phrase [s, e), in the clause [ss, se) that
 * states the birth b, where nobody else stands between the two: judged
 * as judge_event() does.
 */
static int age_beside_birth(const errata_check_ctx *ctx, const errata__words *w,
                            const errata__birth *b, size_t ss, size_t se, size_t s, size_t e,
                            int age, int value)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, be;

	/* "She was born in 1990": the message would name nobody */
	if (birth_unnamed(ctx, w, b))
		return 0;
	be = birth_date_end(ctx, b->name + b->name_len, se, b->year);
	/* "Geboren am 2. Juni 1941, starb Grete Janssen …": the name after the birth */
	if (be == se && b->name > ss && birth_date_end(ctx, ss, b->name, b->year) < b->name)
		be = birth_date_end(ctx, ss, b->name, b->year);
	if (b->year <= 0 || (s >= be ? event_gap_other(ctx, w, be, s, b, 0) || other_before(ctx, w, s, b) :
	                     e > b->name || !bare_gap(p, len, e, b->name)))
		return 0;
	return judge_event(ctx, w, b, ss, se, s, e, age, value);
}

/*
 * Judge the age at an event, the phrase [s, e) in the clause [ss, se), of
 * the one born on `born` named [name, name + nl) (for messages), when
 * nobody else stands from `from` to the phrase (event_gap_other(), with
 * things as it takes them): as judge_event() does.
 */
static int subject_event(const errata_check_ctx *ctx, const errata__words *w, size_t name,
                         size_t nl, const int born[3], size_t from, size_t ss, size_t se,
                         size_t s, size_t e, int age, int value, int things)
{
	errata__birth b;

	memset(&b, 0, sizeof(b));
	b.name = name;
	b.name_len = nl;
	b.year = born[0];
	b.month = born[1];
	b.day = born[2];
	if (event_gap_other(ctx, w, from, s, &b, things))
		return 0;
	return judge_event(ctx, w, &b, ss, se, s, e, age, value);
}

/*
 * The pronoun of `pronouns` right after the phrase of an age [s, e) set
 * off by commas, after words of time and place only (lead_names()) from
 * the sentence's start ss: "In 1961, aged 25, he joined the troupe", "En
 * 1961, à 25 ans, il entre au conservatoire". Its start, with its length
 * in *n; 0 when there is none.
 */
static size_t pronoun_after_time(const errata_check_ctx *ctx, const errata__words *w, size_t ss,
                                 size_t s, size_t e, size_t *n)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, c = back_space(p, s), a;

	if (c == 0 || p[c - 1] != ',' || e >= len || p[e] != ',')
		return 0;
	a = errata__skip_space(p, len, e + 1);
	if (!(*n = errata__words_match(&w->pronouns, p, len, a, NULL)) || errata__is_word_byte(p, len, a + *n) ||
	    lead_names(ctx, w, ss, s) != 0)
		return 0;
	return a;
}

/*
 * An age at an event, the phrase [s, e), in a sentence from ss that a
 * pronoun of `pronouns` opens, alone or after the clause of a birth, or
 * that follows the phrase after words of time (pronoun_after_time())
 * ("She won the seat in 2010, aged 41", "Born in 1972, she won …"): the
 * age of the one the paragraph tells of (paragraph_person()), when
 * nobody else stands between the pronoun and the phrase
 * (event_gap_other()); judged as judge_event() does.
 */
static int age_in_paragraph(const errata_check_ctx *ctx, const errata__words *w, age_doc *bc,
                            size_t ss, size_t se, size_t s, size_t e, int age, int value)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, who = sentence_first(w, p, len, s), n, c, name = 0, nl = 0, from;
	int born[3], error;

	if (errata__words_match(&w->born, p, len, who, NULL)) {
		/* "Born in 1972, she won …": the pronoun after the birth's comma */
		for (c = who; c < s && p[c] != ','; c++)
			;
		who = c < s ? errata__skip_space(p, len, c + 1) : s;
	}
	if (who < s && (n = errata__words_match(&w->pronouns, p, len, who, NULL)) > 0 &&
	    !errata__is_word_byte(p, len, who + n))
		from = who + n;
	else if ((who = pronoun_after_time(ctx, w, ss, s, e, &n)) > 0)
		from = s;
	else
		return 0;
	if ((error = paragraph_person(ctx, w, bc, ss, s, e - s, 1, born, &name, &nl)) <= 0)
		return error;
	if (!nl) {
		name = who;
		nl = n;
	}
	return subject_event(ctx, w, name, nl, born, from, ss, se, s, e, age, value, 0);
}

/*
 * An age at an event, the phrase [s, e), in the clause [ss, se) of a
 * sentence that a name or a pronoun of `pronouns` opens, when the next
 * sentence of its paragraph opens with a birth that names nobody, the
 * same subject's: a pronoun or nothing, maybe a word of born_auxiliaries,
 * then birth_at() ("Amelia Hart won
 * the Derby in 1921, aged 30. She had been born in York on 2 May 1895",
 * "… en 1990, con 51 años. Nació el 3 de marzo de 1932"). Nobody else may
 * stand between the subject and the age (event_gap_other(), a run after
 * an article being a thing: "received the Nobel Prize"); judged as
 * judge_event() does.
 */
static int age_before_birth(const errata_check_ctx *ctx, const errata__words *w, size_t ss,
                            size_t se, size_t s, size_t e, int age, int value)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, fs, fe, ps, pe, ns, n, nl, who = sentence_first(w, p, len, s);
	int born[3];

	errata__sentence(w, p, len, s, &fs, &fe);
	paragraph_around(p, len, s, &ps, &pe);
	ns = errata__skip_space(p, len, fe);
	if (ns >= pe || reported(ctx, s, e))
		return 0; /* the last sentence of its paragraph */
	n = errata__words_match(&w->pronouns, p, len, ns, NULL);
	if (n && ns + n < len && is_space(p[ns + n]))
		ns = errata__skip_space(p, len, ns + n);
	/* an auxiliary of the past before a word of born: "Había nacido el …" */
	n = errata__words_match(&w->born_auxiliaries, p, len, ns, NULL);
	if (n && ns + n < len && is_space(p[ns + n]) &&
	    errata__words_match(&w->born, p, len, errata__skip_space(p, len, ns + n), NULL))
		ns = errata__skip_space(p, len, ns + n);
	if (!birth_at(ctx, w, ns, born) || born[0] <= 0)
		return 0;
	/* the subject: a pronoun, or the name that opens the sentence */
	if ((n = errata__words_match(&w->pronouns, p, len, who, NULL)) > 0 &&
	    !errata__is_word_byte(p, len, who + n))
		nl = n;
	else if (errata__name_after(w, p, len, who, &nl) != who)
		nl = 0;
	/*
	 * the subject itself, before its verb: not "Hart's son", "The
	 * daughter of Hart" or "In 1921", and no word of kin up to the age
	 */
	ns = errata__skip_space(p, len, who + nl);
	if (!nl || ns >= s || ns == who + nl || !errata__lower_letter_at(p, len, ns) ||
	    listed_at(&w->articles, p, len, who) || kin_in(w, p, len, who, s))
		return 0;
	return subject_event(ctx, w, who, nl, born, who + nl, ss, se, s, e, age, value, 1);
}

/*
 * An age at an event, the phrase [s, e), in a sentence from ss that
 * tells a death ("est morte samedi 20 septembre à Paris, à l'âge de 92
 * ans, a annoncé sa famille", "starb am Samstag, 1. Februar, im Alter von
 * 89 Jahren in einem Krankenhaus"): the age at the death of the one the
 * obituary tells of (death_clause_age()), whether the age closes the
 * sentence or not.
 */
static int age_at_death(const errata_check_ctx *ctx, const errata__words *w, age_doc *bc,
                        size_t ss, size_t s, size_t e, int age)
{
	if (reported(ctx, s, e))
		return 0;
	return death_clause_age(ctx, w, bc, s, ss, age, s, e - s);
}

/* Whether byte i is inside a date mention. */
static int inside_mention(const errata_check_ctx *ctx, size_t i)
{
	size_t mi = errata__mention_at(ctx->mentions, i + 1);

	return ctx->mentions && mi > 0 && errata_mentions_get(ctx->mentions, mi - 1)->offset +
	                                  errata_mentions_get(ctx->mentions, mi - 1)->length > i;
}

/* Whether a word of l is written in [s, e), in a run of letters or not ("在北京逝世"). */
static int written_within(const errata__wordlist *l, const char *p, size_t s, size_t e)
{
	for (size_t h = 0; h < l->count; h++)
		if (l->items[h].len <= e - s && e > s &&
		    errata__memmem(p + s, e - s, l->items[h].word, l->items[h].len))
			return 1;
	return 0;
}

/*
 * The day a sentence [ss, se) in Han, kana or Hangul gives its death: a
 * full date, or a day alone with a counter of day_counters ("13日",
 * "13일": the last such day up to the article's date), or a word of
 * `relative` ("昨日"). 0 when it gives none, or two.
 */
static long wide_death_day(const errata_check_ctx *ctx, const errata__words *w, size_t ss,
                           size_t se)
{
	const char *p = ctx->prose;
	const errata_date *ad = &ctx->article_date;
	size_t len = ctx->prose_len, count = ctx->mentions ? errata_mentions_count(ctx->mentions) : 0;
	long today = errata_date_to_days(ad->year, ad->month, ad->day), day = 0, d;
	int v;

	for (size_t mi = errata__mention_at(ctx->mentions, ss); mi < count; mi++) {
		const errata_mention *m = errata_mentions_get(ctx->mentions, mi);

		if (m->offset >= se)
			break;
		if (m->year <= 0 || !errata_date_valid(m->year, m->month, m->day))
			continue;
		d = errata_date_to_days(m->year, m->month, m->day);
		if (d > today || (day && day != d))
			return 0;
		day = d;
	}
	for (size_t i = ss; !day && i < se; i++) {
		size_t n = 0;

		if (p[i] >= '0' && p[i] <= '9' && (i == 0 || p[i - 1] < '0' || p[i - 1] > '9') &&
		    !inside_mention(ctx, i)) {
			v = atoi(p + i);
			while (i + n < len && p[i + n] >= '0' && p[i + n] <= '9')
				n++;
			if (v < 1 || v > 31 || past_listed(&w->day_counters, p, len, i + n) == i + n)
				continue;
			d = today - ad->day + v;
			if (v > ad->day) {
				errata_date prev = errata_date_from_days(today - ad->day);

				if (v > errata_date_days_in_month(prev.year, prev.month))
					return 0;
				d = errata_date_to_days(prev.year, prev.month, v);
			}
			day = d;
		} else if (errata__word_start(p, len, i) &&
		           errata__words_match(&w->relative, p, len, i, &v) > 0 && v < 0) {
			day = today + v;
		}
	}
	return day;
}

/*
 * An age at a death in Han, kana or Hangul ("享年85岁", "终年85岁", "향년
 * 85세"; "90歳だった" opening the sentence after the one that tells the
 * death), the phrase [s, e) in the sentence from ss: judged on the day
 * of the death (wide_death_day()) against the one birth date the article
 * states.
 */
static int wide_age_at_death(const errata_check_ctx *ctx, const errata__words *w, age_doc *bc,
                             size_t ss, size_t s, size_t e, int age)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, se, ds = ss, de, name = 0, nl = 0;
	const errata__births *b = bc->births;
	age_obit o;
	errata_date dd;
	long day;
	int error, n = 0;

	errata__sentence(w, p, len, s, &ss, &se);
	de = se;
	if (!written_within(&w->death_events, p, ss, s)) {
		/* "死去した。90歳だった。": the age opens the sentence after the death's */
		if (errata__skip_space(p, len, ss) != s || ss == 0)
			return 0;
		errata__sentence(w, p, len, back_space(p, ss) - 1, &ds, &de);
		if (!written_within(&w->death_events, p, ds, de))
			return 0;
	} else {
		ds = ss;
		de = s;
	}
	day = wide_death_day(ctx, w, ds, de);
	if (!day)
		return 0;
	if ((error = errata__births_read(bc->births, w, p, len, ctx->mentions)) < 0)
		return error;
	memset(&o, 0, sizeof(o));
	for (size_t k = 0; k < b->count; k++) {
		int bd[3] = { b->list[k].year, b->list[k].month, b->list[k].day };

		if (n++ && !same_birth(o.born, bd))
			return 0; /* two people */
		memcpy(o.born, bd, sizeof(bd));
		if (b->list[k].name_len && !nl) {
			name = b->list[k].name;
			nl = b->list[k].name_len;
		}
	}
	dd = errata_date_from_days(day);
	if (!n || !nl || o.born[0] <= 0 || o.born[0] > dd.year || reported(ctx, s, e))
		return 0;
	o.died[0] = dd.year;
	o.died[1] = dd.month;
	o.died[2] = dd.day;
	error = judge_at_death(ctx, w, &o, name, nl, age, s, e - s);
	return error < 0 ? error : 0;
}

/*
 * Whether the phrase at s (of age_at's value 2, "aged 41") opens its
 * sentence or follows a comma after a year or a date ("won the seat in
 * 2010, aged 41"): set off so, it is the subject's; "beat a rival aged
 * 60", "two sons, aged 5 and 7" tell someone else's.
 */
static int dated_apposition(const errata_check_ctx *ctx, const errata__words *w, size_t s)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, c = back_space(p, s), mi;

	if (opens_sentence(w, p, len, s))
		return 1;
	if (c == 0 || p[c - 1] != ',')
		return 0;
	c = back_space(p, c - 1);
	if (c >= 4 && errata__read_year(p, len, c - 4) && !errata__is_word_byte(p, len, c - 5))
		return 1;
	mi = errata__mention_at(ctx->mentions, c);
	return mi > 0 && mi <= errata_mentions_count(ctx->mentions) &&
	       errata_mentions_get(ctx->mentions, mi - 1)->offset +
	       errata_mentions_get(ctx->mentions, mi - 1)->length == c;
}

/*
 * An age at an event, the phrase [s, e) ("becoming, at 57, the first",
 * "sworn in at 41 on Jan. 7, 2019", "devient à 36 ans", "est morte
 * samedi, à l'âge de 92 ans,"): beside the one birth its clause states,
 * or else in a sentence that tells a death.
 */
static int age_at_event(const errata_check_ctx *ctx, const errata__words *w, age_doc *bc,
                        size_t s, size_t e, int age, int value)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, ss, se, k;
	int error;

	errata__sentence(w, p, len, s, &ss, &se);
	clause_around(p, s, &ss, &se);
	if ((value & 2) && !dated_apposition(ctx, w, s))
		return 0; /* "beat a rival aged 60": the rival's age */
	/* the births are read only for a sentence that may state one */
	if (errata__words_in(&w->born, p, len, ss, se)) {
		if ((error = errata__births_read(bc->births, w, p, len, ctx->mentions)) < 0)
			return error;
		if ((k = birth_in_clause(bc->births, ss, se)) < bc->births->count)
			return age_beside_birth(ctx, w, &bc->births->list[k], ss, se, s, e, age, value);
	}
	if (w->name_suffixes.count)
		return wide_age_at_death(ctx, w, bc, ss, s, e, age);
	if (errata__words_in(&w->death_verbs, p, len, ss, s) || death_verb_after(ctx, w, s, e, &k))
		return age_at_death(ctx, w, bc, ss, s, e, age);
	if ((error = age_in_paragraph(ctx, w, bc, ss, se, s, e, age, value)) != 0)
		return error;
	return age_before_birth(ctx, w, ss, se, s, e, age, value);
}

/* Judge every age of age_at that note_age_at() found, in order. */
static int ages_at_events(const errata_check_ctx *ctx, const errata__words *w, age_doc *bc)
{
	int error = 0;

	for (size_t k = 0; !error && k < bc->n_at_events; k++) {
		const age_at_hit *h = &bc->at_events[k];

		error = age_at_event(ctx, w, bc, h->s, h->e, h->age, h->value);
	}
	return error;
}

static int age_run(const errata_check_ctx *ctx)
{
	const errata__words *w = NULL;
	const char *p = ctx->prose;
	size_t len = ctx->prose_len;
	/* the document's births, else this run's own */
	errata__births own = { NULL, 0, 0 };
	age_doc doc, *bc = &doc;
	const errata_date *ad = &ctx->article_date;
	errata__starts_walk walk;
	int error = 0;

	if (ad->year <= 0 || !errata_date_valid(ad->year, ad->month, ad->day))
		return 0;
	if ((error = errata__check_words(ctx, &w)) < 0)
		return error;
	memset(&doc, 0, sizeof(doc));
	doc.births = ctx->births ? ctx->births : &own;
	/* "田中太郎（45）", "김민수(45)": names in scripts without capitals */
	if (w->name_suffixes.count) {
		const char *hit;

		for (size_t i = 0; !error && i < len && (hit = memchr(p + i, '(', len - i)); ) {
			i = (size_t)(hit - p) + 1;
			error = after_wide_bracket(ctx, w, bc, i - 1, 1);
		}
		for (size_t i = 0; !error && i + 2 < len && (hit = memchr(p + i, 0xef, len - i - 2)); ) {
			i = (size_t)(hit - p) + 1;
			if ((unsigned char)hit[1] == 0xbc && (unsigned char)hit[2] == 0x88)
				error = after_wide_bracket(ctx, w, bc, i - 1, 3);
		}
	}
	/* "Lee, 61,", "Lee (61)"; "Lee is 62", "Lee turned 62 on December 22": an age in digits */
	if (!error) {
		error = ages_in_digits(ctx, w, bc, &w->age_sieve);
	}
	if (error)
		goto cleanup;
	/* "61-year-old Lee" / "Lee, the 61-year-old": the suffixes, found at their first letter */
	errata__starts_walk_begin(&walk, &w->age_starts, p, len);
	for (size_t j, from = 0; !error && (j = errata__starts_walk_next(&walk, from)) < len;
	     from = j + 1) {
		size_t n, i, s = j - 1, k;
		int age = 0;

		/* digits right before the suffix, then the suffix */
		if (j < 2 || p[s - 1] < '0' || p[s - 1] > '9' ||
		    !(k = errata__words_match(&w->age_suffix, p, len, s, NULL)))
			continue;
		i = s;
		while (i > 0 && p[i - 1] >= '0' && p[i - 1] <= '9')
			i--;
		if (i == s || !(n = read_age(p, len, i, &age)) || i + n != s)
			continue;
		error = age_with_suffix(ctx, w, bc, i, s, k, age);
	}
	if (!error)
		error = ages_with_fused_suffix(ctx, w, bc);
	/* "sworn in at 41 on Jan. 7, 2019": last, as the readings above say more */
	if (!error)
		error = ages_at_events(ctx, w, bc);
	/* any other age beside a birth (age_pair.c) */
	if (!error)
		error = errata__age_pairs(ctx, w);

cleanup:
	free(doc.at_events);
	errata__births_dispose(&own);
	return error;
}

int errata__age_report(const errata_check_ctx *ctx, size_t at, size_t n,
                       const errata__person *who, int age, int lo, int hi,
                       const errata_date *ad, int death)
{
	return report(ctx, at, n, who, age, lo, hi, ad, death);
}

size_t errata__age_at_phrase(const errata__words *w, const char *p, size_t len, size_t i,
                             size_t n, int age, size_t *s, int *value)
{
	return age_at_phrase(w, p, len, i, n, age, s, value);
}

size_t errata__age_past_place(const errata_check_ctx *ctx, const errata__wordlist *preps, size_t from)
{
	return past_place(ctx, preps, from);
}

int errata__age_reported(const errata_check_ctx *ctx, size_t s, size_t e)
{
	return reported(ctx, s, e);
}

const errata_check errata__check_age = {
	"number.age", ERRATA_SEVERITY_WARNING,
	"a person's stated age that disagrees with their birth date in the article or the fact sheet",
	NULL, age_run, 0
};
