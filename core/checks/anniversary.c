/*
 * core/checks/anniversary.c: date.anniversary, an anniversary whose count
 * disagrees with the year of the event it marks: "the 150th anniversary
 * of Kim Koo's birth" in 2026 when he was born in 1877, "the centenary of
 * the 1925 treaty" in 2026, "20 years since the 2004 flood" in 2026.
 *
 * The count is an ordinal ("150th", "fifth"), a named anniversary
 * ("centenary" 100, "sesquicentennial" 150) or a number before "years
 * since". The event is what follows "of" (or "since"), up to the end of
 * the clause: its year is the first year written there, or else the birth,
 * death or founding date of the person or body named there, or named with
 * an apostrophe before the count ("the Harbour Museum's centenary"), from
 * the article ("Kim Koo, born in 1876") or the fact sheet. The anniversary
 * falls in the year of a date (or a year) in the same sentence, outside
 * the event phrase, else in the article's year. "N years since" allows one year less (the day may not have come
 * round yet). An event with no year anywhere is not judged.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "checks/anniversary_pair.h"
#include "checks/check.h"
#include "checks/facts.h"
#include "checks/holiday.h"
#include "checks/names.h"
#include "checks/words.h"
#include "common.h"
#include "dates/mention.h"

enum { KIND_ORDINAL, KIND_NAMED, KIND_SINCE, KIND_YEARS };
enum { EVENT_NONE, EVENT_BIRTH, EVENT_DEATH, EVENT_FOUNDING };

typedef struct {
	size_t start, end;   /* the trigger: "150th anniversary" */
	int count;
	int kind;
	int event;           /* an event word inside the trigger ("150th birth anniversary") */
	size_t object;       /* where the event phrase starts */
	size_t verb;         /* a verb of celebrating before a count of years ("celebrates 100 years") */
	int by_verb;         /* the count's owner is that verb's subject */
	int later;           /* a count of years since, read with a phrase of years_later ("years after") */
	int now;             /* its clause tells it is marked now (now_marked()) */
} trigger;

static int event_word(const errata__words *w, const char *p, size_t len, size_t at)
{
	if (errata__words_match(&w->birth_events, p, len, at, NULL))
		return EVENT_BIRTH;
	if (errata__words_match(&w->death_events, p, len, at, NULL))
		return EVENT_DEATH;
	if (errata__words_match(&w->founding_events, p, len, at, NULL))
		return EVENT_FOUNDING;
	return EVENT_NONE;
}

/* The length of the event word at `at` (0: none); it may be of several words. */
static size_t event_word_len(const errata__words *w, const char *p, size_t len, size_t at)
{
	size_t n = errata__words_match(&w->birth_events, p, len, at, NULL), m;

	if ((m = errata__words_match(&w->death_events, p, len, at, NULL)) > n)
		n = m;
	if ((m = errata__words_match(&w->founding_events, p, len, at, NULL)) > n)
		n = m;
	return n;
}

static size_t word_len_at(const char *p, size_t len, size_t at)
{
	size_t e = at;

	while (e < len && errata__is_word_byte(p, len, e))
		e++;
	return e - at;
}

static size_t word_before(const errata__words *w, const char *p, size_t len, size_t at);

/*
 * Whether byte c ends a word walked back over: a blank or one of the marks
 * ',', ';', ':', '(', ')', '"', and '.' when dot, '\n' when newline (a NUL
 * too). A switch, not strchr(): the walks ask it of every byte.
 */
static int word_stop(char c, int dot, int newline)
{
	switch (c) {
	case ' ':
	case '\0':
	case ',':
	case ';':
	case ':':
	case '(':
	case ')':
	case '"':
		return 1;
	case '.':
		return dot;
	case '\n':
		return newline;
	default:
		return 0;
	}
}

/*
 * The start of a phrase of `list` that ends at e (past the spaces before
 * e), of up to three words; e if none.
 */
static size_t phrase_before(const errata__words *w, const errata__wordlist *list, const char *p,
                            size_t len, size_t e)
{
	size_t end = e, s = e;

	while (end > 0 && p[end - 1] == ' ')
		end--;
	(void)w;
	/* (most words end in a byte no phrase of the list ends in) */
	if (end == 0 || !errata__words_may_end(list, p, end))
		return e;
	for (int words = 0; words < 3 && s > 0; words++) {
		size_t we;

		/* back over the spaces and the word, apostrophes within it too ("quest'anno") */
		while (s > 0 && p[s - 1] == ' ')
			s--;
		for (we = s; s > 0 && !word_stop(p[s - 1], 1, 1); s--)
			;
		if (s == we)
			break; /* a mark: no phrase reaches across it ("October 3, 1990") */
		if (errata__words_match(list, p, len, s, NULL) == end - s)
			return s;
	}
	return e;
}

/*
 * Whether the year at y comes right after a word of since_words outside
 * the trigger t ("n'avait pas connu de centenaire depuis 2009", "no
 * recorre las calles desde 1976"): the start of a state, neither an
 * anniversary's event nor the year it is marked in.
 */
static int since_year(const errata__words *w, const char *p, size_t len, size_t t_end, size_t y)
{
	size_t s = w->since_words.count ? phrase_before(w, &w->since_words, p, len, y) : y;

	return s < y && s >= t_end;
}

/*
 * The start of a word of anniversary_times, year_shifts or relative (for
 * the day) that ends right before `at`, else `at`: "cumple este año",
 * "firar i år", "completou ontem".
 */
static size_t time_before(const errata__words *w, const char *p, size_t len, size_t at)
{
	size_t s = phrase_before(w, &w->anniversary_times, p, len, at);

	if (s == at)
		s = phrase_before(w, &w->year_shifts, p, len, at);
	if (s == at)
		s = phrase_before(w, &w->relative, p, len, at);
	return s;
}

/*
 * Where a verb of anniversary_verbs ends the words before the count at
 * `at`, right before it or before a time (time_before(): "celebra 100
 * años", "cumple este año 100 años", "firar i år 75 år", "juhlii ensi
 * vuonna 169-vuotista taivaltaan": shifted_year() then moves the
 * anniversary; "completou ontem 66 anos"): the verb's start, else `at`.
 */
static size_t celebration_verb(const errata__words *w, const char *p, size_t len, size_t at)
{
	return phrase_before(w, &w->anniversary_verbs, p, len, time_before(w, p, len, at));
}

/*
 * Whether the word at k is in lower case and ends in one of
 * anniversary_years_after_endings, the case of "with" in languages that
 * write it as an ending ("oslaví 110 let výstavou", "obchodzi 100 lat
 * koncertem"): the celebration's means, after a count that is the
 * subject's age.
 */
static int means_word(const errata__words *w, const char *p, size_t len, size_t k)
{
	size_t n = word_len_at(p, len, k);

	if (!n || !errata__lower_letter_at(p, len, k))
		return 0;
	for (size_t i = 0; i < w->anniversary_years_after_endings.count; i++) {
		const errata__word *x = &w->anniversary_years_after_endings.items[i];

		if (x->len + 2 <= n && memcmp(p + k + n - x->len, x->word, x->len) == 0)
			return 1;
	}
	return 0;
}

/*
 * Whether a date opens at k, or after a short word at k ("le 12 juin",
 * "on June 12", "el 5 de mayo"): the day the celebration falls on.
 */
static int date_follows(const errata_mentions *ms, const char *p, size_t len, size_t k)
{
	size_t n = word_len_at(p, len, k), d = k, mi;
	const errata_mention *m;

	if (!ms)
		return 0;
	if (n > 0 && n <= 3 && errata__lower_letter_at(p, len, k))
		d = errata__skip_space(p, len, k + n);
	if ((mi = errata__mention_at(ms, k)) >= errata_mentions_count(ms))
		return 0;
	m = errata_mentions_get(ms, mi);
	return (m->offset == k || m->offset == d) && m->day > 0;
}

/*
 * Whether the word of anniversary_years_after at k is a "with" of one
 * word before a possessive of anniversary_owners: "celebra 20 años con
 * su entrenador", "feiert 20 Jahre mit seinem Trainer" count the years
 * with someone, not the subject's.
 */
static int with_partner(const errata__words *w, const char *p, size_t len, size_t k)
{
	size_t n = word_len_at(p, len, k);

	return n && errata__words_match(&w->anniversary_years_after, p, len, k, NULL) == n &&
	       !errata__words_match(&w->and_words, p, len, k, NULL) &&
	       errata__words_match(&w->anniversary_owners, p, len, errata__skip_space(p, len, k + n), NULL);
}

/*
 * Whether the count of years that ends at e ends its phrase: a stop, a
 * comma, a colon, a bracket or a word of anniversary_years_after after it (its
 * history, "in business", "di storia", or the celebration's time, "this
 * year"), a founding word ("100 lat istnienia"), a word of the
 * celebration's means (means_word()) or its date (date_follows()). After
 * an owner ("ses 100 ans cette année") anything but a word of
 * anniversary_of or phrase_ends will do too: "ses 12 ans de mandat",
 * "his 12 years in office" are counts of something else.
 */
static int years_end_phrase(const errata__words *w, const errata_mentions *ms, const char *p, size_t len,
                            size_t e, int owned)
{
	size_t k = errata__skip_space(p, len, e);

	if (k >= len || p[k] == '.' || p[k] == ',' || p[k] == ';' || p[k] == ':' || p[k] == '!' ||
	    p[k] == '?' || p[k] == '\n' || p[k] == '(' || p[k] == ')')
		return 1;
	/* "obchodzi 100 lat istnienia": the years of the subject's founding */
	if ((errata__words_match(&w->anniversary_years_after, p, len, k, NULL) && !with_partner(w, p, len, k)) ||
	    means_word(w, p, len, k) ||
	    event_word(w, p, len, k) == EVENT_FOUNDING || date_follows(ms, p, len, k))
		return 1;
	/* with no word for "of" in the table, a case ending says it: "jeho 30 let ve funkci" */
	return owned && w->anniversary_of.count && !errata__words_match(&w->anniversary_of, p, len, k, NULL) &&
	       !errata__words_match(&w->phrase_ends, p, len, k, NULL);
}

/*
 * A count of years (value v, written at [at, k)) that marks the
 * subject's anniversary: after a word of anniversary_owners ("fête ses
 * 100 ans", "celebra sus 100 años") or a verb of anniversary_verbs
 * ("celebrates 100 years in business", "cumple este año 100 años"),
 * when it ends its phrase (years_end_phrase()). Fills t: 1, else 0.
 */
static int read_years(const errata__words *w, const errata_mentions *ms, const char *p, size_t len,
                      size_t at, size_t k, int v, trigger *t)
{
	size_t e = errata__skip_space(p, len, k), n, o, verb = at;

	if (e == k || v <= 0 || !(n = errata__words_match(&w->anniversary_years, p, len, e, NULL)))
		return 0;
	o = word_before(w, p, len, at);
	if (!(o < at && errata__words_match(&w->anniversary_owners, p, len, o, NULL) == at - 1 - o) &&
	    (verb = celebration_verb(w, p, len, at)) == at)
		return 0;
	if (!years_end_phrase(w, ms, p, len, e + n, verb == at))
		return 0;
	t->kind = KIND_YEARS;
	t->count = v;
	t->end = e + n;
	t->object = t->end;
	t->verb = verb;
	t->by_verb = verb < at;
	return 1;
}

/*
 * Whether a verb of years_since_verbs stands right before the count at
 * `at`, or before a time there (time_before(): "se cumplen hoy").
 */
static int since_verb_before(const errata__words *w, const char *p, size_t len, size_t at)
{
	size_t s;

	if (!w->years_since_verbs.count)
		return 0;
	s = time_before(w, p, len, at);
	return phrase_before(w, &w->years_since_verbs, p, len, s) < s;
}

/*
 * After a verb of years_since_verbs before the count at `at`, past a word
 * of anniversary_times ("se cumplen hoy"), years of anniversary_years at
 * e and a word of anniversary_of count the years since what follows, as
 * years_since does ("Se cumplen 50 años de la muerte", "es compleixen 300
 * anys de la caiguda", "cumprem-se 50 anos da revolução"). Ends t there:
 * 1, else 0.
 */
static int years_of_after_verb(const errata__words *w, const char *p, size_t len, size_t at,
                               size_t e, trigger *t)
{
	size_t m, o, n, a = phrase_before(w, &w->articles, p, len, at);

	/* or an article between, after a verb of anniversary_verbs too: "Portugal assinala hoje os 50 anos da" */
	if (!(since_verb_before(w, p, len, at) ||
	      (a < at && (since_verb_before(w, p, len, a) || celebration_verb(w, p, len, a) < a))) ||
	    !(m = errata__words_match(&w->anniversary_years, p, len, e, NULL)))
		return 0;
	o = errata__skip_space(p, len, e + m);
	if (o == e + m || !(n = errata__words_match(&w->anniversary_of, p, len, o, NULL)))
		return 0;
	t->end = e + m;
	t->object = errata__skip_space(p, len, o + n);
	return 1;
}

static int read_trigger(const errata__words *w, const errata_mentions *ms, const char *p, size_t len,
                        size_t at, trigger *t)
{
	size_t n = 0, k, e, o;
	int v = 0, bare = 0;

	memset(t, 0, sizeof(*t));
	t->start = at;
	if ((n = errata__words_match(&w->named_anniversaries, p, len, at, &v)) > 0) {
		int times = errata__ann_times(w, p, len, at, at + n, &o);

		t->kind = KIND_NAMED;
		t->count = times > 0 ? v * times : v;
		t->start = times > 0 ? o : at;
		t->end = at + n;
	} else {
		/* an ordinal: "150th" or "fifth" */
		k = at;
		while (k < len && p[k] >= '0' && p[k] <= '9' && k - at < 5) {
			v = v * 10 + (p[k] - '0');
			k++;
		}
		if (k > at) {
			/* the count written on to the word with a hyphen: "50-årsjubileum", "99-lecie" */
			if (k + 1 < len && p[k] == '-' &&
			    (n = errata__words_match(&w->anniversary, p, len, k + 1, NULL)) > 0) {
				t->kind = KIND_ORDINAL;
				t->count = v;
				t->end = k + 1 + n;
				goto object;
			}
			/* or on to an adjective before it: "122-летний юбилей" */
			if (k + 1 < len && p[k] == '-' && (e = word_len_at(p, len, k + 1)) > 0 &&
			    (o = errata__skip_space(p, len, k + 1 + e)) > k + 1 + e &&
			    (n = errata__words_match(&w->anniversary, p, len, o, NULL)) > 0 &&
			    event_word(w, p, len, o) == EVENT_NONE) {
				t->kind = KIND_ORDINAL;
				t->count = v;
				t->end = o + n;
				goto object;
			}
			/* a bare count of up to three digits may stand before the word: "el 99 aniversario" */
			if ((n = errata__words_match(&w->ordinal_suffixes, p, len, k, NULL)) > 0)
				k += n;
			else if (k - at > 3)
				goto since;
			else
				bare = 1;
		} else if ((n = errata__words_match(&w->ordinals, p, len, at, &v)) > 0) {
			k = at + n;
		} else {
			goto since;
		}
		e = errata__skip_space(p, len, k);
		if (e == k)
			return 0;
		if ((t->event = event_word(w, p, len, e)) != EVENT_NONE) {
			size_t wl = word_len_at(p, len, e);
			size_t e2 = errata__skip_space(p, len, e + wl);

			/* "150th birth anniversary"; or the event word is the anniversary ("Geburtstag") */
			if (e2 > e + wl && errata__words_match(&w->anniversary, p, len, e2, NULL))
				e = e2;
		}
		/* "25th wedding anniversary": a word of anniversary_kinds names what it marks */
		if (!errata__words_match(&w->anniversary, p, len, e, NULL) &&
		    (n = errata__words_match(&w->anniversary_kinds, p, len, e, NULL)) > 0 &&
		    errata__skip_space(p, len, e + n) > e + n)
			e = errata__skip_space(p, len, e + n);
		/* "its 30th birthday": a thing's birthday is its founding's anniversary */
		if ((n = errata__words_match(&w->thing_anniversaries, p, len, e, NULL)) > 0 &&
		    (o = word_before(w, p, len, at)) < at &&
		    errata__words_match(&w->thing_owners, p, len, o, NULL) == at - 1 - o) {
			t->event = EVENT_NONE;
			t->kind = KIND_ORDINAL;
			t->count = v;
			t->end = e + n;
			goto object;
		}
		if (!(n = errata__words_match(&w->anniversary, p, len, e, NULL))) {
			if (bare && read_years(w, ms, p, len, at, k, v, t))
				return 1;
			if (bare)
				goto since; /* "20 years since" */
			return 0;
		}
		t->kind = KIND_ORDINAL;
		t->count = v;
		t->end = e + n;
	}
object:
	/* "of" opens the event phrase */
	e = errata__skip_space(p, len, t->end);
	if (e > t->end && (n = errata__words_match(&w->anniversary_of, p, len, e, NULL)) > 0)
		t->object = errata__skip_space(p, len, e + n);
	else
		t->object = t->end;
	return t->count > 0;

since:
	if (!(n = errata__read_count(w, p, len, at, &v)) || v <= 0)
		return 0;
	/* a count in words: "souffle ses cent bougies" */
	if (!(p[at] >= '0' && p[at] <= '9') && read_years(w, ms, p, len, at, at + n, v, t))
		return 1;
	e = errata__skip_space(p, len, at + n);
	if (e == at + n)
		return 0;
	t->kind = KIND_SINCE;
	t->count = v;
	if ((k = errata__words_match(&w->years_since, p, len, e, NULL)) > 0) {
		t->later = errata__words_match(&w->years_later, p, len, e, NULL) == k;
		t->end = e + k;
		t->object = errata__skip_space(p, len, t->end);
		return 1;
	}
	return years_of_after_verb(w, p, len, at, e, t);
}

/* Whether a year is written in [s, e). */
static int year_in(const char *p, size_t len, size_t s, size_t e)
{
	for (size_t i = errata__next_word_start(p, len, s, e); i < e; i = errata__next_word_start(p, len, i + 1, e))
		if (errata__read_year(p, len, i) > 0)
			return 1;
	return 0;
}

/*
 * Whether the clause at n, up to the next comma or the end e, dates the
 * event before it: a word of relative_pronouns and a verb of held_verbs
 * ("of its founding, which took place in 1900"), or one and a word of
 * founding_events or made_events in its clause ("of the harbour, which
 * opened in 1942"), with a year, or three
 * words, a word in lower case, a word of
 * place_preps (or of articles after an event word) and a year: "since its first concert in the Market House,
 * given in 1886,", "of his death, back in 2001", "de la inauguració del
 * port, obert el 2005". A year alone ("…
 * since the flood, in 2024, with a vigil") may be the marking's; after a
 * phrase that writes a year ("in 2021, married in 1996") it is another
 * act's.
 */
static int dating_clause(const errata__words *w, const char *p, size_t len, size_t n, size_t e)
{
	size_t a = n, b, c;

	/* "de su fundación, que tuvo lugar el 25 de mayo de 1900": what took place is the event */
	if (a < e && (b = errata__words_match(&w->relative_pronouns, p, len, a, NULL)) > 0) {
		for (c = a; c < e && p[c] != ','; c++)
			;
		if (errata__words_match(&w->held_verbs, p, len, errata__skip_space(p, len, a + b), NULL))
			return year_in(p, len, a, c);
		/* "of the harbour, which opened in 1942", "van de haven, die in 1942
		 * werd geopend": the clause tells when the thing was founded or made */
		for (size_t k = errata__next_word_start(p, len, a + b, c); k < c;
		     k = errata__next_word_start(p, len, k + 1, c))
			if (event_word(w, p, len, k) == EVENT_FOUNDING ||
			    errata__words_match(&w->made_events, p, len, k, NULL))
				return year_in(p, len, a, c);
	}
	if (a >= e || !errata__lower_letter_at(p, len, a) ||
	    errata__words_match(&w->place_preps, p, len, a, NULL))
		return 0;
	b = errata__next_word_start(p, len, a + word_len_at(p, len, a), e);
	/* (or, after a word of founding_events or made_events, an article, which puts a
	 * year in Catalan and Spanish: "obert el 2005"; not "celebrat el 2024") */
	if (b >= e || (errata__words_match(&w->place_preps, p, len, b, NULL) != word_len_at(p, len, b) &&
	               (errata__words_match(&w->articles, p, len, b, NULL) != word_len_at(p, len, b) ||
	                (errata__words_match(&w->founding_events, p, len, a, NULL) != word_len_at(p, len, a) &&
	                 errata__words_match(&w->made_events, p, len, a, NULL) != word_len_at(p, len, a)))))
		return 0;
	c = errata__next_word_start(p, len, b + word_len_at(p, len, b), e);
	if (c >= e || errata__read_year(p, len, c) <= 0)
		return 0;
	c = errata__skip_space(p, len, c + 4);
	return c >= e || strchr(",.;!?)", p[c]) != NULL;
}

/* The most words between a comma or a bracket and a date set off there that dates the event. */
#define ASIDE_WORDS 6
/* The most years a count may be from the one such a date gives. */
#define ASIDE_NEAR 2

/* The mention that holds byte i, or NULL. */
static const errata_mention *mention_over(const errata_check_ctx *ctx, size_t i)
{
	size_t mi = errata__mention_at(ctx->mentions, i + 1);
	const errata_mention *m;

	if (mi == 0)
		return NULL;
	m = errata_mentions_get(ctx->mentions, mi - 1);
	return m->offset <= i && i < m->offset + m->length ? m : NULL;
}

/*
 * Whether an event in `year` puts the count of t within ASIDE_NEAR years
 * of the years since then: a slip of the count, not another day.
 */
static int count_near(const errata_check_ctx *ctx, const trigger *t, int year)
{
	int off = ctx->article_date.year - year - t->count;

	if (t->now && year < ctx->article_date.year)
		return t->count > 0; /* marked now: a past date is the event's, however far off */
	return t->count > 0 && ctx->article_date.year > 0 && off >= -ASIDE_NEAR && off <= ASIDE_NEAR;
}

/*
 * Where a year set off at the comma or bracket at i ends, before e:
 * "(1975)", ", in 1975,", ", el 1714.", ", in July 1946", ", el juliol del
 * 1936" (up to three words of letters before it) up to a mark or the
 * end; 0 if none.
 */
static size_t year_aside(const char *p, size_t len, size_t i, size_t e)
{
	size_t k = errata__skip_space(p, len, i + 1);

	/* up to three words of letters before it: "in July", "el juliol del" */
	for (int words = 0; words < 3 && k < e && errata__read_year(p, len, k) <= 0; words++) {
		size_t w = k;

		while (w < e && w - k < 16 && errata__is_word_byte(p, len, w) && !(p[w] >= '0' && p[w] <= '9'))
			w++;
		if (w == k || w >= e || p[w] != ' ')
			return 0;
		k = w + 1;
	}
	if (k + 4 > e || errata__read_year(p, len, k) <= 0)
		return 0;
	k += 4;
	return k == e || p[k] == ',' || p[k] == ')' || p[k] == '.' || p[k] == ';' ? k : 0;
}

static int dated_by_day(const errata_check_ctx *ctx, size_t i, int y);

/*
 * Whether the comma at k comes right after a word of relative_pronouns or
 * clause_openers: it opens a phrase set into the clause that word opens
 * ("the day when, on 28 October 1940, …", "από την ημέρα που, στις 28
 * Οκτωβρίου 1940,"), which goes on after it.
 */
static int opens_inset(const errata__words *w, const char *p, size_t len, size_t k)
{
	size_t a = k;

	while (a > 0 && errata__is_word_byte(p, len, a - 1))
		a--;
	return a < k && (errata__words_match(&w->relative_pronouns, p, len, a, NULL) == k - a ||
	                 errata__words_match(&w->clause_openers, p, len, a, NULL) == k - a);
}

/*
 * Where a date set off after the event phrase, at the comma or bracket
 * at i, ends, when it dates the event (after a count of years since, a
 * year will do: year_aside()): a mention with its day and a
 * written year, at most ASIDE_WORDS words after the mark and before the
 * next comma, bracket or e, whose year puts the trigger t's count within
 * ASIDE_NEAR years of the years since then ("the 236th anniversary of the
 * storming of the Bastille, on 14 July 1789", "de la Constitución,
 * refrendada el 6 de diciembre de 1978", "Powstania Warszawskiego (1
 * sierpnia 1944 r.)"): a slip, not another day. Any other date there may
 * be the day the anniversary was marked ("the festival's 10th
 * anniversary, on 3 October 2015"). 0 if none.
 */
static size_t dated_aside(const errata_check_ctx *ctx, const errata__words *w, const trigger *t, size_t i,
                          size_t e)
{
	const char *p = ctx->prose;
	size_t n = ctx->mentions ? errata_mentions_count(ctx->mentions) : 0, mi, words = 0, ye;
	const errata_mention *m;
	int inset = 0;

	if (t->kind == KIND_SINCE && (ye = year_aside(p, ctx->prose_len, i, e)) > 0)
		return count_near(ctx, t, errata__read_year(p, ctx->prose_len, ye - 4)) ? ye : 0;
	if ((mi = errata__mention_at(ctx->mentions, i + 1)) >= n)
		return 0;
	m = errata_mentions_get(ctx->mentions, mi);
	if (m->offset + m->length > e || !(m->flags & ERRATA_MENTION_YEAR_EXPLICIT) || m->day < 1 ||
	    m->year <= 0)
		return 0;
	for (size_t k = i + 1; k < m->offset; k++) {
		if (p[k] == '(' || p[k] == ')' || p[k] == ';' ||
		    (p[k] == ',' && !(inset = opens_inset(w, p, ctx->prose_len, k))))
			return 0;
		if (errata__word_start(p, ctx->prose_len, k) && ++words > ASIDE_WORDS)
			return 0;
	}
	/* a date set into a clause of its own ("the day when, on …,") dates
	 * the event the phrase names, on the day the article marks it, not
	 * another day an owner's celebration was held ("its 10th anniversary
	 * gala, when, on 3 October 2015, …", "the 10th anniversary of its
	 * founding, when, …") */
	if (inset && (errata__skip_space(p, ctx->prose_len, t->end) >= i ||
	              errata__words_match(&w->anniversary_owners, p, ctx->prose_len,
	                                  word_before(w, p, ctx->prose_len, t->start), NULL) ||
	              errata__words_match(&w->anniversary_owners, p, ctx->prose_len, t->object, NULL) ||
	              !dated_by_day(ctx, m->offset, m->year)))
		return 0;
	return count_near(ctx, t, m->year) ? m->offset + m->length : 0;
}

/*
 * Whether a count of years after an event (years_later: "years after",
 * "Jahre nach") in the sentence [ss, se) counts up to now: the sentence
 * writes a date of the article's year outside the event's phrase [os,
 * oe) ("… the club will unveil a memorial on Tuesday, Nov. 10"), or a
 * word of anniversary_times ("today", "this year"). Else it may count to
 * a time of its own: "Five years after the war ended in 1945, he
 * emigrated" tells of 1950.
 */
static int told_up_to_now(const errata_check_ctx *ctx, const errata__words *w, size_t ss, size_t se,
                          size_t os, size_t oe)
{
	size_t n = ctx->mentions ? errata_mentions_count(ctx->mentions) : 0;

	for (size_t mi = errata__mention_at(ctx->mentions, ss); mi < n; mi++) {
		const errata_mention *m = errata_mentions_get(ctx->mentions, mi);

		if (m->offset >= se)
			break;
		if ((m->offset < os || m->offset >= oe) && m->year > 0 &&
		    m->year == ctx->article_date.year)
			return 1;
	}
	return errata__words_in(&w->anniversary_times, ctx->prose, ctx->prose_len, ss, se);
}

/* Whether [s, e) holds an event word: the phrase names its event ("since the poet's death"). */
static int names_event(const errata__words *w, const char *p, size_t len, size_t s, size_t e)
{
	for (size_t k = errata__next_word_start(p, len, s, e); k < e; k = errata__next_word_start(p, len, k + 1, e))
		if (event_word(w, p, len, k) != EVENT_NONE)
			return 1;
	return 0;
}

/* The end of the event phrase of the trigger t, up to the sentence's end. */
static size_t phrase_end(const errata_check_ctx *ctx, const errata__words *w, const trigger *t,
                         size_t sentence_end)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, s = t->object, d;
	size_t lim = s + 160 < sentence_end ? s + 160 : sentence_end, i;
	int extended = 0, ev;

	for (i = s; i < lim; i++) {
		char c = p[i];

		if (c == ',' || c == '(') {
			/* "of the earthquake of March 11, 2011": a comma inside a date */
			if (c == ',' && ctx->mentions && mention_over(ctx, i))
				continue;
			if (ctx->mentions && (d = dated_aside(ctx, w, t, i, lim)) > 0)
				return d;
		}
		/* a line break inside the sentence is a soft wrap: the phrase goes on */
		if (c == ';' || c == ':' || c == '(' || c == ')')
			break;
		if (c == ',') {
			size_t n = errata__skip_space(p, len, i + 1), k = n;

			/* "the museum, founded in 1926": the clause still describes the
			 * event; a birth or a death only the one the phrase names ("50
			 * years since the poet's death, who died on …"), not another act's
			 * subject ("who won the prize 40 years ago, was born in 1950") */
			while (!extended && k < len && k < n + 20 && errata__is_word_byte(p, len, k))
				k++;
			ev = event_word(w, p, len, n);
			if (ev == EVENT_BIRTH || ev == EVENT_DEATH)
				ev = names_event(w, p, len, s, i) ? ev : EVENT_NONE;
			if (!extended && (ev || (!year_in(p, len, s, i) && dating_clause(w, p, len, n, lim)) ||
			                  (k > n && errata__words_match(&w->copulas, p, len, n, NULL) &&
			                   event_word(w, p, len, errata__skip_space(p, len, k))))) {
				extended = 1;
				continue;
			}
			break;
		}
		if (i > s && (errata__words_may_start(&w->anniversary, p, len, i) ||
		              errata__words_may_start(&w->named_anniversaries, p, len, i)) &&
		    errata__word_start(p, len, i) &&
		    (errata__words_match(&w->anniversary, p, len, i, NULL) ||
		     errata__words_match(&w->named_anniversaries, p, len, i, NULL)))
			break;
	}
	return i;
}

typedef struct {
	int year;
	/* the year whose anniversary day the article's date lies by (see
	 * dated_by_day()): a count in it is exact, not one short; 0: none */
	int exact_year;
	char name[101];  /* "Kim Koo" or "" */
	int kind;        /* EVENT_BIRTH, EVENT_DEATH, EVENT_FOUNDING */
	int from_sheet;
} event_info;

static void describe(event_info *ev, const errata__person *who, int kind)
{
	size_t n = strnlen(who->name, who->name_len < 100 ? who->name_len : 100);

	memcpy(ev->name, who->name, n);
	for (size_t i = 0; i < n; i++)
		if (ev->name[i] == '\n')
			ev->name[i] = ' '; /* a name the source wrapped, on one line */
	ev->name[n] = '\0';
	ev->kind = kind;
	ev->from_sheet = who->entity != NULL;
}

/*
 * Whether byte i lies in a date mention with its day: after a count with
 * no "of" ("son 45e anniversaire le 17 octobre 2016"), the day the
 * anniversary falls on, not the event's.
 */
static int in_day(const errata_check_ctx *ctx, size_t i)
{
	const errata_mention *m = mention_over(ctx, i);

	return m && m->month > 0 && m->day > 0;
}

/*
 * Whether the date with its day over byte i is the event's after all,
 * in a language that writes no word for "of": two words or more stand
 * between the count t and the date (the event: "81. rocznicy wybuchu
 * Powstania Warszawskiego 1 sierpnia 1944", "65-летие полёта Юрия
 * Гагарина 12 апреля 1961 года"), and its year puts the count within
 * ASIDE_NEAR years of the years since then. Right after the count, or
 * further from it in years, it is the day the anniversary falls on
 * ("son 45e anniversaire le 17 octobre 2016").
 */
static int event_day(const errata_check_ctx *ctx, const trigger *t, size_t i)
{
	const errata_mention *m = mention_over(ctx, i);
	size_t words = 0;

	if (!m || !(m->flags & ERRATA_MENTION_YEAR_EXPLICIT) || m->year <= 0 || m->offset < t->end)
		return 0;
	for (size_t k = t->end; k < m->offset && words < 2; k++)
		words += errata__word_start(ctx->prose, ctx->prose_len, k) &&
		         errata__is_word_byte(ctx->prose, ctx->prose_len, k);
	return words >= 2 && count_near(ctx, t, m->year);
}

/*
 * The length of a genitive ending of the locale (genitive_suffixes: "s"
 * in "Astrid Lindgrens födelse", "Karen Blixens fødsel") that ends the
 * name [at, at + n) after two bytes or more; 0 when none does.
 */
static size_t genitive_len(const errata__words *w, const char *p, size_t at, size_t n)
{
	for (size_t k = 0; k < w->genitive_suffixes.count; k++) {
		const errata__word *g = &w->genitive_suffixes.items[k];

		if (g->len + 2 <= n && memcmp(p + at + n - g->len, g->word, g->len) == 0)
			return g->len;
	}
	return 0;
}

/*
 * Someone the article or the sheet knows by the name [at, at + n), or by
 * it less a genitive ending, or by it with the word after it when that
 * word is in lower case, as Swedish and Danish write the names of
 * institutions ("Sjöhistoriska museet", "Göteborgs universitet"; in a
 * table with definite_endings, the languages that write them so): 1 and
 * *who filled in, else 0.
 */
static int named(const errata_check_ctx *ctx, const errata__words *w,
                 const errata__birth *births, size_t nbirths, size_t at, size_t n,
                 errata__person *who)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, e, g;

	for (int tries = 0; tries < 2; tries++) {
		if (errata__person_find(ctx->facts, births, nbirths, p, at, n, who) ||
		    ((g = genitive_len(w, p, at, n)) > 0 &&
		     errata__person_find(ctx->facts, births, nbirths, p, at, n - g, who)))
			return 1;
		e = at + n;
		if (tries || !w->definite_endings.count || e + 2 >= len || p[e] != ' ' ||
		    p[e + 1] < 'a' || p[e + 1] > 'z')
			break;
		for (e++; e < len && errata__is_word_byte(p, len, e); e++)
			;
		n = e - at;
	}
	return 0;
}

/*
 * Whether [s, i) is one short word and blanks: three letters at most, in
 * ASCII lower case or outside ASCII but for punctuation ("in ", "en ",
 * "у ", "w ").
 */
static int short_link_before(const char *p, size_t s, size_t i)
{
	size_t n = 0;

	for (size_t k = s; k < i; k++) {
		unsigned char c = (unsigned char)p[k];

		if (c == ' ' || (c & 0xc0) == 0x80)
			continue;
		if (c == 0xe2 || (c < 0x80 && (c < 'a' || c > 'z')))
			return 0; /* (U+2000 to U+2FFF: dashes, quotes, arrows) */
		n++;
	}
	return n >= 1 && n <= 3;
}

/*
 * Whether [s, i) is the words between an anniversary and the year it was
 * marked in: one short word ("in "), the table's words that put a year
 * ("im Jahr "), or a word of anniversary_seasons alone or with one
 * ("season in ", "stagione nel ", "50. yılı olan 1973'te").
 */
static int marked_in_before(const errata_locale *loc, const errata__words *w, const char *p, size_t len,
                            size_t s, size_t i)
{
	size_t a = errata__skip_space(p, len, s), k = errata__words_match(&w->anniversary_seasons, p, len, a, NULL);

	return short_link_before(p, s, i) || errata__year_words_are(loc, p, s, i) ||
	       (k > 0 && a + k < i && p[a + k] == ' ' &&
	        (errata__skip_space(p, len, a + k) == i || short_link_before(p, a + k, i)));
}

/* The most days between the article's date and an anniversary day for the article to be about it. */
#define DAY_OF_NEAR 10

/*
 * The year the event's date with its day (the mention over byte i, of
 * year y) has its anniversary day within DAY_OF_NEAR days of the
 * article's date ("Dnes uplynulo 57 let od … 21. srpna 1968" on August
 * 21, "completou ontem 66 anos" the day after): the count is then that
 * day's, the years since exactly; 0 when not.
 */
static int dated_by_day(const errata_check_ctx *ctx, size_t i, int y)
{
	const errata_date *ad = &ctx->article_date;
	const errata_mention *m = ctx->mentions ? mention_over(ctx, i) : NULL;

	if (!m || m->year != y || !(m->flags & ERRATA_MENTION_YEAR_EXPLICIT) || m->day < 1 ||
	    m->month < 1 || ad->year <= 0 || ad->month < 1 || ad->day < 1)
		return 0;
	for (int a = ad->year - 1; a <= ad->year + 1; a++) {
		long d;

		if (!errata_date_valid(a, m->month, m->day))
			continue;
		d = errata_date_to_days(a, m->month, m->day) - errata_date_to_days(ad->year, ad->month, ad->day);
		if (d >= -DAY_OF_NEAR && d <= DAY_OF_NEAR)
			return a;
	}
	return 0;
}

/* The event's year from the phrase [s, e); 0 if none. */
static int event_year(const errata_check_ctx *ctx, const errata__words *w,
                      const errata__birth *births, size_t nbirths,
                      const trigger *t, size_t s, size_t e, event_info *ev)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len;
	int kind = t->event;

	memset(ev, 0, sizeof(*ev));
	for (size_t i = errata__next_word_start(p, len, s, e), words = 0; i < e;
	     i = errata__next_word_start(p, len, i + 1, e), words++) {
		int y;
		/* with no "of", neither the day the anniversary falls on nor the
		 * year it is marked in: this one or later ("son 128e anniversaire
		 * sera fêté en 2026"), or any year right after it, past one short
		 * word or a word of anniversary_seasons and a short one, with no
		 * event word ("when the garden celebrated its 25th anniversary in
		 * 1961", "the club's centenary season in 2001") */
		if ((y = errata__read_year(p, len, i)) > 0 && !since_year(w, p, len, t->end, i) &&
		    !errata__ann_decade(w, p, len, i) &&
		    !(t->object == t->end && ((in_day(ctx, i) && !event_day(ctx, t, i)) || (kind == EVENT_NONE && (words == 0 || (words <= 2 && marked_in_before(ctx->locale, w, p, len, s, i)))) ||
		                                (ctx->article_date.year > 0 && y >= ctx->article_date.year)))) {
			ev->year = y;
			ev->exact_year = dated_by_day(ctx, i, y);
			return y;
		}
		if (kind == EVENT_NONE)
			kind = event_word(w, p, len, i);
	}
	if (kind == EVENT_NONE)
		kind = EVENT_FOUNDING;
	for (size_t i = errata__next_word_start(p, len, s, e); i < e;
	     i = errata__next_word_start(p, len, i + 1, e)) {
		size_t at, n;
		errata__person who;
		const int *d;

		at = errata__name_after(w, p, len, i, &n);
		if (!n) {
			i += word_len_at(p, len, i);
			continue;
		}
		if (named(ctx, w, births, nbirths, at, n, &who)) {
			d = kind == EVENT_BIRTH ? who.born : kind == EVENT_DEATH ? who.died : who.founded;
			if (d[0] > 0) {
				ev->year = d[0];
				describe(ev, &who, kind);
				return d[0];
			}
		}
		i = at + n;
	}
	return 0;
}

/*
 * The start of the word before o, back over blanks, the word taken up to
 * a blank or a mark, not before ss: a verb with a hyphen is one word
 * ("cumprem-se"), and so is a year with its case ending or dot ("1956-os",
 * "1848."). o itself when a mark stands right before it.
 */
static size_t blank_word_before(const char *p, size_t ss, size_t o)
{
	while (o > ss && p[o - 1] == ' ')
		o--;
	while (o > ss && !word_stop(p[o - 1], 0, 1))
		o--;
	return o;
}

/*
 * In a table whose event stands before the count (anniversary_event_first:
 * Hungarian, Turkish, Finnish), the year that heads the count's noun
 * phrase, written on to a case ending or alone, in the five words before
 * it in its clause from ss on: "az 1956-os forradalom 70. évfordulója",
 * "az 1848. március 15-i forradalom 177. évfordulója", "1964'te açılan
 * köprü 62. yılını". The first year met back from the count is taken,
 * and only when it puts the count near (count_near()): a year the
 * anniversary is marked in stands there too ("a 2024-es ünnepségen").
 * Fills ev and *at, where the year is: the year, else 0.
 */
static int year_heading(const errata_check_ctx *ctx, const errata__words *w, const trigger *t,
                        size_t ss, event_info *ev, size_t *at)
{
	const char *p = ctx->prose;
	size_t o = t->start;

	if (!w->event_first)
		return 0;
	for (int k = 0; k < 5 && o > ss && p[o - 1] == ' '; k++) {
		int y;

		o = blank_word_before(p, ss, o);
		if ((y = errata__read_year(p, ctx->prose_len, o)) <= 0)
			continue;
		if (!count_near(ctx, t, y))
			return 0;
		memset(ev, 0, sizeof(*ev));
		ev->year = y;
		ev->kind = t->event == EVENT_NONE ? EVENT_FOUNDING : t->event;
		*at = o;
		return y;
	}
	return 0;
}

static size_t year_lead(const errata__word_index *ix, const char *p, size_t from, size_t to);

/* The most words a stem-dated event's phrase holds (stem_dated()). */
#define STEM_PHRASE_WORDS 3
/* The bytes a verb and the event's noun share at their start to be one act. */
#define STEM_BYTES 5

/*
 * Whether the words at a and b open with the same STEM_BYTES bytes,
 * capitals folded, and are words of that length at least.
 */
static int same_stem(const char *p, size_t len, size_t a, size_t b)
{
	return word_len_at(p, len, a) >= STEM_BYTES && word_len_at(p, len, b) >= STEM_BYTES &&
	       errata__same_folded(p + a, p + b, STEM_BYTES);
}

/*
 * "Pest, Buda és Óbuda 1873-ban egyesült, … Budapest egyesítésének 155.
 * évfordulójáról", "The towns merged in 1873, and … the 155th
 * anniversary of the merger": a count whose short event phrase (three
 * words at most: [t->object, oe), or the words before the count in a
 * table with anniversary_event_first) holds a noun in lower case that
 * opens as a word right before or after the one year written before the
 * count in its sentence (ss) does, past one short word at most: that
 * year is the act's. Only when it puts the count near (count_near()):
 * a slip, not another act of the same kind. Fills ev and *at, where the
 * year is: the year, else 0.
 */
static int stem_dated(const errata_check_ctx *ctx, const errata__words *w, const trigger *t, size_t ss,
                      size_t oe, event_info *ev, size_t *at)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, ps, pe, y = SIZE_MAX, i, k;
	int year = 0, words = 0;

	if (w->event_first) {
		pe = t->start;
		for (ps = t->start; words < STEM_PHRASE_WORDS && ps > ss && p[ps - 1] == ' '; words++)
			ps = blank_word_before(p, ss, ps);
	} else {
		ps = t->object;
		pe = oe;
		for (i = errata__next_word_start(p, len, ps, pe); i < pe; i = errata__next_word_start(p, len, i + 1, pe))
			words++;
		if (ps >= pe || words > STEM_PHRASE_WORDS)
			return 0;
	}
	for (i = year_lead(ctx->words, p, ss, ps); i < ps; i = year_lead(ctx->words, p, i + 1, ps)) {
		int v = errata__read_year(p, len, i);

		if (v <= 0)
			continue;
		if (year && v != year)
			return 0;
		year = v;
		y = i;
	}
	if (!year || year_in(p, len, ps, pe) || !count_near(ctx, t, year))
		return 0;
	for (i = errata__next_word_start(p, len, ps, pe); i < pe; i = errata__next_word_start(p, len, i + 1, pe)) {
		size_t near[5];
		int n = 0;

		if (!errata__lower_letter_at(p, len, i))
			continue;
		/* the words beside the year: before it, and after it past one short word */
		if ((k = word_before(w, p, len, y)) < y && k >= ss) {
			near[n++] = k;
			if (word_len_at(p, len, k) <= 3 && (k = word_before(w, p, len, k)) < y && k >= ss)
				near[n++] = k;
		}
		k = errata__next_word_start(p, len, y + word_len_at(p, len, y), ps);
		if (k < ps) {
			near[n++] = k;
			if (word_len_at(p, len, k) <= 3 &&
			    (k = errata__next_word_start(p, len, k + word_len_at(p, len, k), ps)) < ps)
				near[n++] = k;
		}
		for (int m = 0; m < n; m++)
			if (same_stem(p, len, near[m], i)) {
				memset(ev, 0, sizeof(*ev));
				ev->year = year;
				ev->kind = EVENT_FOUNDING;
				*at = y;
				return year;
			}
	}
	return 0;
}

/*
 * "Kim Koo's 150th birth anniversary", "the Harbour Museum's centenary":
 * the event belongs to the name written just before the count, with an
 * apostrophe. Only used when nothing after the count gave a year.
 */
/*
 * "Riverside Hospital celebrates its 90th anniversary": a count with no
 * event of its own after a word of anniversary_owners ("its"), in a
 * sentence that opens with a name and at most three lower-case words
 * before the owner. Returns where the name ends, or 0.
 */
static size_t owner_subject(const errata__words *w, const char *p, size_t len, const trigger *t)
{
	size_t o, k, ss, se, at, n;

	if (!w->anniversary_owners.count || t->object != t->end)
		return 0;
	o = word_before(w, p, len, t->start);
	if (o >= t->start || errata__words_match(&w->anniversary_owners, p, len, o, NULL) == 0)
		return 0;
	errata__sentence(w, p, len, t->start, &ss, &se);
	k = o;
	for (int words = 0; words < 4; words++) {
		size_t b = word_before(w, p, len, k), e = k;

		while (e > 0 && p[e - 1] == ' ')
			e--;
		if (b >= k || b < ss)
			return 0;
		if (!(p[b] >= 'a' && p[b] <= 'z')) {
			at = errata__name_before(w, p, len, e, &n);
			return n && at + n == e && at == ss && words > 0 ? e : 0;
		}
		for (size_t i = b; i < e; i++)
			if (!errata__is_word_byte(p, len, i))
				return 0; /* one clause: no comma, no bracket */
		k = b;
	}
	return 0;
}

/*
 * Whether the name that ends at e with a genitive ending of the locale
 * ("Uppsala Domkyrkokörs") is someone the article or the sheet knows
 * (filled in *who).
 */
static int genitive_person(const errata_check_ctx *ctx, const errata__words *w,
                           const errata__birth *births, size_t nbirths, size_t e,
                           errata__person *who)
{
	const char *p = ctx->prose;
	size_t n, at = errata__name_before(w, p, ctx->prose_len, e, &n), g, ws = e;

	if (n && at + n == e)
		return (g = genitive_len(w, p, at, n)) > 0 &&
		       errata__person_find(ctx->facts, births, nbirths, p, at, n - g, who);
	/* "Sjöhistoriska museets": a last word in lower case */
	while (ws > 0 && errata__is_word_byte(p, ctx->prose_len, ws - 1))
		ws--;
	if (ws < 2 || ws == e || p[ws] < 'a' || p[ws] > 'z' || p[ws - 1] != ' ')
		return 0;
	at = errata__name_before(w, p, ctx->prose_len, ws - 1, &n);
	return n && at + n == ws - 1 && (g = genitive_len(w, p, at, e - at)) > 0 &&
	       errata__person_find(ctx->facts, births, nbirths, p, at, e - at - g, who);
}

static int possessive_year(const errata_check_ctx *ctx, const errata__words *w,
                           const errata__birth *births, size_t nbirths, const trigger *t,
                           event_info *ev)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, e = t->start, at, n;
	errata__person who;
	int kind = t->event == EVENT_NONE ? EVENT_FOUNDING : t->event;
	const int *d;

	while (e > 0 && p[e - 1] == ' ')
		e--;
	/* 's or s' (straight or curly apostrophe) */
	if (e >= 2 && p[e - 1] == 's' && p[e - 2] == '\'')
		e -= 2;
	else if (e >= 4 && p[e - 1] == 's' && (unsigned char)p[e - 4] == 0xe2 &&
	         (unsigned char)p[e - 3] == 0x80 && (unsigned char)p[e - 2] == 0x99)
		e -= 4;
	else if (e >= 2 && p[e - 1] == '\'' && p[e - 2] == 's')
		e -= 1;
	else if (genitive_person(ctx, w, births, nbirths, e, &who))
		goto found; /* "Uppsala Domkyrkokörs 40-årsjubileum": a genitive ending */
	else if (!(e = owner_subject(w, p, len, t)))
		return 0;
	at = errata__name_before(w, p, len, e, &n);
	if (!n || at + n != e || !named(ctx, w, births, nbirths, at, n, &who))
		return 0;
found:
	d = kind == EVENT_BIRTH ? who.born : kind == EVENT_DEATH ? who.died : who.founded;
	if (d[0] <= 0)
		return 0;
	memset(ev, 0, sizeof(*ev));
	ev->year = d[0];
	describe(ev, &who, kind);
	return d[0];
}

static int report(const errata_check_ctx *ctx, const trigger *t, int when,
                  const event_info *ev)
{
	static const char *const names[] = { "trigger", "year", "name", "event_year", "sheet",
	                                     "years" };
	errata_buf msg = ERRATA_BUF_INIT, trig = ERRATA_BUF_INIT, sheet = ERRATA_BUF_INIT;
	char y1[24], y2[24], years[24];
	const char *values[6];
	int error;

	error = errata_buf_put(&trig, ctx->prose + t->start, t->end - t->start);
	if (!error && ev->name[0] && ev->from_sheet)
		error = errata__check_message(ctx, "from_sheet", " (fact sheet)", &sheet, NULL, NULL, 0);
	values[0] = trig.ptr;
	values[1] = errata__decimal_text(y1, sizeof(y1), when);
	values[2] = ev->name;
	values[3] = errata__decimal_text(y2, sizeof(y2), ev->year);
	values[4] = sheet.ptr ? sheet.ptr : "";
	values[5] = errata__decimal_text(years, sizeof(years), when - ev->year);
	if (!error && !ev->name[0])
		error = errata__check_message(ctx, "anniversary_dated",
		                              "\"{trigger}\" in {year}, but the event is dated "
		                              "{event_year}: that is {years} years",
		                              &msg, names, values, 6);
	else if (!error && ev->kind == EVENT_BIRTH)
		error = errata__check_message(ctx, "anniversary_born",
		                              "\"{trigger}\" in {year}, but {name} was born in "
		                              "{event_year}{sheet}: that is {years} years",
		                              &msg, names, values, 6);
	else if (!error && ev->kind == EVENT_DEATH)
		error = errata__check_message(ctx, "anniversary_died",
		                              "\"{trigger}\" in {year}, but {name} died in "
		                              "{event_year}{sheet}: that is {years} years",
		                              &msg, names, values, 6);
	else if (!error)
		error = errata__check_message(ctx, "anniversary_founded",
		                              "\"{trigger}\" in {year}, but {name} was founded in "
		                              "{event_year}{sheet}: that is {years} years",
		                              &msg, names, values, 6);
	if (!error)
		error = errata__check_report(ctx, t->start, t->end - t->start, msg.ptr, NULL, 0);
	else
		error = errata__oom();
	errata_buf_dispose(&msg);
	errata_buf_dispose(&trig);
	errata_buf_dispose(&sheet);
	return error;
}

/* report() for a count of years written at text[start, end) (a trigger of its own). */
static int report_count(const errata_check_ctx *ctx, size_t start, size_t end, int count, int when,
                        const event_info *ev)
{
	trigger t;

	memset(&t, 0, sizeof(t));
	t.start = start;
	t.end = end;
	t.count = count;
	return report(ctx, &t, when, ev);
}

/*
 * Start of the word before `at` (skipping spaces); at itself if none. An
 * ordinal suffix of the locale after digits belongs to the word, whatever
 * its characters: "100.", "180.º", "225e".
 */
static size_t word_before(const errata__words *w, const char *p, size_t len, size_t at)
{
	size_t e = at, s;

	while (e > 0 && p[e - 1] == ' ')
		e--;
	s = e;
	for (size_t i = 0; i < w->ordinal_suffixes.count; i++) {
		const errata__word *sf = &w->ordinal_suffixes.items[i];

		if (sf->len < s && p[s - sf->len - 1] >= '0' && p[s - sf->len - 1] <= '9' &&
		    errata__strncasecmp_ascii(p + s - sf->len, sf->word, sf->len) == 0) {
			s -= sf->len;
			break;
		}
	}
	while (s > 0 && errata__is_word_byte(p, len, s - 1))
		s--;
	while (s < e && ((unsigned char)p[s] & 0xc0) == 0x80)
		s++;
	return s < e ? s : at;
}

static int cmp_size(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;

	return x < y ? -1 : x > y;
}

/*
 * Where triggers may start, sorted: named anniversaries where they stand,
 * the ordinal before "anniversary" (across an event word: "150th birth
 * anniversary"), the count before "years since". read_trigger() decides.
 */
static int trigger_starts(const errata__words *w, const char *p, size_t len,
                          size_t **out, size_t *count)
{
	size_t *v = NULL, n = 0, alloc = 0;
	int error = 0;
	errata__starts_walk walk;

	errata__starts_walk_begin(&walk, &w->anniversary_starts, p, len);
	for (size_t at, from = 0; (at = errata__starts_walk_next(&walk, from)) < len;
	     from = at + 1) {
		size_t s = at;

		if ((unsigned char)p[at] >= 0x80 && errata__wide_script_at(p, len, at))
			continue; /* "創立150周年": wide_anniversaries() */
		if (errata__words_match(&w->named_anniversaries, p, len, at, NULL)) {
			s = at;
		} else if (errata__words_match(&w->anniversary, p, len, at, NULL)) {
			s = word_before(w, p, len, at);
			/* a count written on with a hyphen: "50-årsjubileum", "99-lecie" */
			if (s == at && at >= 2 && p[at - 1] == '-' && p[at - 2] >= '0' && p[at - 2] <= '9')
				for (s = at - 1; s > 0 && p[s - 1] >= '0' && p[s - 1] <= '9'; s--)
					;
			/* or on to the adjective before it: "122-летний юбилей" */
			else if (s < at && s >= 2 && p[s - 1] == '-' && p[s - 2] >= '0' && p[s - 2] <= '9')
				for (s--; s > 0 && p[s - 1] >= '0' && p[s - 1] <= '9'; s--)
					;
			if (s < at && (event_word(w, p, len, s) ||
			               errata__words_match(&w->anniversary_kinds, p, len, s, NULL)))
				s = word_before(w, p, len, s); /* "150th birth", "25th wedding" */
		} else if (errata__words_match(&w->anniversary_years, p, len, at, NULL) ||
		           errata__words_match(&w->years_since, p, len, at, NULL) ||
		           errata__words_match(&w->thing_anniversaries, p, len, at, NULL)) {
			/* (the three are read alike: "years", the most common, is tried first) */
			s = word_before(w, p, len, at);
			if (s < at)
				s = errata__count_start(w, p, len, s); /* "thirty-seven years" */
			/* a count before it, in digits or a number word ("110 years",
			 * "cent bougies"): "years" alone is too common to read on */
			if (s == at ||
			    !((p[s] >= '0' && p[s] <= '9') || errata__words_match(&w->numbers, p, len, s, NULL)))
				continue;
		} else {
			continue;
		}
		if (n == alloc) {
			size_t na = alloc ? alloc * 2 : 16;
			size_t *grown = realloc(v, na * sizeof(*v));

			if (!grown) {
				error = errata__oom();
				break;
			}
			v = grown;
			alloc = na;
		}
		v[n++] = s;
	}
	if (error < 0) {
		free(v);
		return error;
	}
	if (n)
		qsort(v, n, sizeof(*v), cmp_size);
	*out = v;
	*count = n;
	return 0;
}

/* The event word of the locale's lists that ends at e ("創立" before "150周年"): its kind and start. */
static int event_word_before(const errata__words *w, const char *p, size_t e, size_t *start)
{
	const errata__wordlist *lists[3] = { &w->birth_events, &w->death_events, &w->founding_events };
	size_t best = 0;
	int kind = EVENT_NONE;

	for (int l = 0; l < 3; l++)
		for (size_t k = 0; k < lists[l]->count; k++) {
			const errata__word *x = &lists[l]->items[k];

			if (x->len <= e && x->len > best && memcmp(p + e - x->len, x->word, x->len) == 0) {
				best = x->len;
				kind = l + 1;
			}
		}
	*start = e - best;
	return kind;
}

/* The year written in four digits standing alone at d in [s, e) ("1936年", "于1936年"), else 0. */
static int wide_year_at(const char *p, size_t s, size_t e, size_t d)
{
	int y = 0;

	if (d + 4 > e || (d > s && p[d - 1] >= '0' && p[d - 1] <= '9') ||
	    (d + 4 < e && p[d + 4] >= '0' && p[d + 4] <= '9'))
		return 0;
	for (size_t k = d; k < d + 4; k++) {
		if (!(p[k] >= '0' && p[k] <= '9'))
			return 0;
		y = y * 10 + (p[k] - '0');
	}
	return y >= 1000 && y <= 2999 ? y : 0;
}

/* Whether text[at, at + n) equals one of [s, e). */
static int bytes_in(const char *p, size_t s, size_t e, const char *at, size_t n)
{
	for (size_t k = s; n && k + n <= e; k++)
		if (memcmp(p + k, at, n) == 0)
			return 1;
	return 0;
}

/*
 * Whether the name [t, ne) is written at k (its end before b), and not
 * followed by a word of `links` (の, 的, 의: "港町水族館の新館" is a part
 * of it).
 */
static int wide_name_at(const errata__wordlist *links, const char *p, size_t b, size_t k, size_t t,
                        size_t ne)
{
	size_t e = k + (ne - t);

	if (e > b || memcmp(p + k, p + t, ne - t) != 0)
		return 0;
	for (size_t i = 0; i < links->count; i++)
		if (e + links->items[i].len <= b && memcmp(p + e, links->items[i].word, links->items[i].len) == 0)
			return 0;
	return 1;
}

/*
 * Whether the sentence [a, b), writing the one year at d (a date in
 * full up to date_end, or the year alone), tells the event: the name
 * [ns, ne), or with `tails` a tail of it of two characters or more,
 * right after that year and its unit or that date, past a particle or a
 * comma ("1919년 3·1운동이 일어났다", "1949年10月1日，新中国成立",
 * "1986年に港町水族館が開館"; wide_name_at()), and the event word
 * [es, ee) if any anywhere.
 */
static int wide_tells(const errata__wordlist *links, const char *p, size_t a, size_t b, size_t d,
                      size_t date_end, size_t ns, size_t ne, int tails, size_t es, size_t ee)
{
	if (ee > es && !bytes_in(p, a, b, p + es, ee - es))
		return 0;
	for (size_t t = ns; t + 4 <= ne; t++) {
		if (((unsigned char)p[t] & 0xc0) == 0x80 || (t > ns && !tails))
			continue;
		/* past the unit (年, 년: three bytes), a month ("9月"), a space, a
		 * particle or a comma (three bytes each) */
		for (size_t k = d + 4; k <= d + 16; k++)
			if (wide_name_at(links, p, b, k, t, ne))
				return 1;
		for (size_t k = date_end; k <= date_end + 3; k++)
			if (wide_name_at(links, p, b, k, t, ne))
				return 1;
	}
	return 0;
}

/*
 * The year another sentence of the article than the count's (starting
 * at cs) gives its event, when it writes one year only and tells the
 * event (wide_tells()): "1949年10月1日，新中国成立。… 新中国成立77周年",
 * "1919년 3·1운동이 일어났다. … 3·1운동 100주년". 0 when none does,
 * or two give different years.
 */
static int wide_dated_elsewhere(const errata_check_ctx *ctx, const errata__words *w, size_t ns,
                                size_t ne, int tails, size_t es, size_t ee, size_t cs)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, a, b, count = ctx->mentions ? errata_mentions_count(ctx->mentions) : 0;
	int year = 0;

	for (size_t at = 0; at < len; at = b > at ? b : at + 1) {
		size_t where = 0, date_end, mi;
		int one = 0, two = 0;

		errata__sentence(w, p, len, at, &a, &b);
		if (a == cs)
			continue;
		for (size_t d = a; d + 4 <= b; d++) {
			int y = wide_year_at(p, a, b, d);

			if (y && one && y != one)
				two = 1;
			if (y && !one) {
				one = y;
				where = d;
			}
		}
		if (!one || two)
			continue;
		date_end = where + 4;
		mi = errata__mention_at(ctx->mentions, where);
		if (mi < count && errata_mentions_get(ctx->mentions, mi)->offset == where)
			date_end = where + errata_mentions_get(ctx->mentions, mi)->length;
		if (!wide_tells(&w->noun_links, p, a, b, where, date_end, ns, ne, tails, es, ee))
			continue;
		if (year && one != year)
			return 0;
		year = one;
	}
	return year;
}

/*
 * The year of an event of `kind` the sentence [ss, e) states before an
 * anniversary in Han, kana or Hangul: an event word of the locale just
 * after a year ("1936年に創立", "1936년 창립", past the year's unit and
 * a particle) or just before it ("成立于1936年"), when that is the only
 * year written before the anniversary. 0 if none.
 */
static int wide_event_before(const errata_check_ctx *ctx, const errata__words *w, int kind,
                             size_t ss, size_t e)
{
	const char *p = ctx->prose;
	const errata__wordlist *l = kind == EVENT_BIRTH ? &w->birth_events :
	                            kind == EVENT_DEATH ? &w->death_events : &w->founding_events;
	int year = 0;

	/* four digits standing alone: "1936年", "1936년", "于1936年" */
	for (size_t d = ss; d + 4 <= e; d++) {
		size_t me = d + 4;
		int y = wide_year_at(p, ss, e, d);

		if (!y)
			continue;
		if (year && y != year)
			return 0; /* two years: which one the anniversary counts from is unclear */
		/* a date in full: the event word follows its day ("1964年10月1日の開業") */
		{
			size_t mi = errata__mention_at(ctx->mentions, d);
			const errata_mention *m = mi < (ctx->mentions ? errata_mentions_count(ctx->mentions) : 0) ?
			                          errata_mentions_get(ctx->mentions, mi) : NULL;

			if (m && m->offset == d && m->day > 0 && m->offset + m->length <= e)
				me = m->offset + m->length;
		}
		for (size_t k = 0; !year && k < l->count; k++) {
			const errata__word *x = &l->items[k];

			/* the event word after the year, past its unit and a particle ("年に", "년 "), or before it */
			for (size_t o = me; !year && o <= me + 7 && o + x->len <= e; o++)
				if (memcmp(p + o, x->word, x->len) == 0)
					year = y;
			for (size_t o = d >= x->len + 4 ? d - x->len - 4 : 0; !year && o + x->len <= d; o++)
				if (o >= ss && memcmp(p + o, x->word, x->len) == 0)
					year = y;
		}
		d = me;
	}
	return year;
}

/*
 * The year that heads the noun phrase of the event word at es, right
 * before a count: "1964년 도쿄올림픽 개최 61주년", "1964年東京五輪開催61周年".
 * The last year written in [ss, es) with at most WIDE_HEAD bytes of
 * letters and blanks, no mark or digit, between its unit and the event
 * word; 0 if none.
 */
#define WIDE_HEAD 40
static int wide_year_heading(const char *p, size_t ss, size_t es)
{
	for (size_t d = es > WIDE_HEAD + 7 && es - WIDE_HEAD - 7 > ss ? es - WIDE_HEAD - 7 : ss; d + 4 <= es; d++) {
		int y = wide_year_at(p, ss, es, d);
		size_t k = d + 4;

		if (!y || k + 3 > es)
			continue;
		/* the unit (年, 년) and a link (の, 的) or a blank */
		k += 3;
		if (k + 3 <= es && (memcmp(p + k, "の", 3) == 0 || memcmp(p + k, "的", 3) == 0))
			k += 3;
		for (; k < es; k++)
			if (((unsigned char)p[k] < 0x80 && p[k] != ' ') || memcmp(p + k, "、", 3) == 0 ||
			    memcmp(p + k, "，", 3) == 0 || memcmp(p + k, "（", 3) == 0 || memcmp(p + k, "「", 3) == 0)
				break;
		if (k == es)
			return y;
	}
	return 0;
}

/*
 * Anniversaries in Han, kana or Hangul: "東京港美術館の創立100周年",
 * "北京大学建校128周年", "연세대학교 창립 141주년": a name, an event word
 * (the locale's birth, death and founding events), digits and the
 * anniversary word written on at once. The name is the longest tail of
 * the run of letters before the event word (past a linking word: の, 的,
 * 의) that the fact sheet knows, and the anniversary falls in the
 * article's year, unless the sentence gives another.
 */
/*
 * Whether the sentence [s, e) names another year than `year`: a written
 * year, or a date read in another year than the article's (a date
 * without its year in the article's year is the day of the celebration:
 * "창립 51주년을 맞아 2월 27일 기념식을 연다"; in a founding's sentence,
 * "ble stiftet i 1906 og gikk i sitt første 17. mai-tog samme år").
 */
static int wide_other_year(const errata_check_ctx *ctx, size_t s, size_t e, int year)
{
	size_t count = ctx->mentions ? errata_mentions_count(ctx->mentions) : 0;

	for (size_t mi = errata__mention_at(ctx->mentions, s); mi < count; mi++) {
		const errata_mention *x = errata_mentions_get(ctx->mentions, mi);

		if (x->offset >= e)
			break;
		if (x->year > 0 && x->year != year &&
		    ((x->flags & ERRATA_MENTION_YEAR_EXPLICIT) || x->year != ctx->article_date.year))
			return 1;
	}
	return errata__other_year_in(NULL, ctx->prose, ctx->prose_len, s, e, year);
}

/*
 * wide_dated_elsewhere() for the count at ds in the sentence starting at
 * ss: of its event word [es, ee) and the name the run [s0, es) ends with,
 * when it has one ("新中国成立77周年"), else of the name right before the
 * count ("3·1운동 100주년": the word before the space).
 */
static int wide_event_elsewhere(const errata_check_ctx *ctx, const errata__words *w, int unnamed,
                                size_t s0, size_t end, size_t es, size_t ds, size_t ss)
{
	const char *p = ctx->prose;
	size_t ne = ds, ns;

	while (ne > ss && p[ne - 1] == ' ')
		ne--;
	if (!unnamed)
		return end > s0 ? wide_dated_elsewhere(ctx, w, s0, end, 1, es, ne, ss) : 0;
	if (ne == ds)
		return 0; /* "今年迎来60周年": the run before the count names nothing */
	for (ns = ne; ns > ss && !word_stop(p[ns - 1], 1, 0); ns--)
		;
	return ne - ns >= 4 && ne - ns <= 30 ? wide_dated_elsewhere(ctx, w, ns, ne, 0, 0, 0, ss) : 0;
}

/* Whether a word of l is written anywhere in [s, e) (scripts that run words together). */
static int bytes_of_list_in(const errata__wordlist *l, const char *p, size_t s, size_t e)
{
	for (size_t k = 0; k < l->count; k++)
		if (l->items[k].len <= e - s && errata__memmem(p + s, e - s, l->items[k].word, l->items[k].len))
			return 1;
	return 0;
}

/* Whether an ASCII digit is written in [s, e). */
static int memchr_digit_in(const char *p, size_t s, size_t e)
{
	for (size_t i = s; i < e; i++)
		if (p[i] >= '0' && p[i] <= '9')
			return 1;
	return 0;
}

/*
 * The shift a word of year_shifts in the sentence [ss, se) of Han, kana
 * or Hangul gives the year ("明年将迎来成立100周年": 1), at any character,
 * written on to the words around it; 0 if none.
 */
static int wide_shift(const errata__words *w, const char *p, size_t len, size_t ss, size_t se)
{
	int v = 0;

	for (size_t i = ss; i < se; i++)
		if (((unsigned char)p[i] & 0xc0) != 0x80 && errata__words_may_start(&w->year_shifts, p, len, i) &&
		    errata__words_match_from(&w->year_shifts, p, len, i, &v) && v)
			return v;
	return 0;
}

/*
 * Whether [s, e) holds words of anniversary_times alone, set apart by
 * spaces or commas ("올해 개관 80주년", "Letos slaví": this year, and
 * nothing that names a subject).
 */
static int times_alone(const errata__words *w, const char *p, size_t len, size_t s, size_t e)
{
	size_t n;

	if (!w->anniversary_times.count)
		return 0;
	for (s = errata__skip_space(p, len, s); s < e; s = errata__skip_space(p, len, s + n)) {
		if (!(n = errata__words_match(&w->anniversary_times, p, len, s, NULL)) ||
		    (s + n < e && p[s + n] != ' ' && p[s + n] != ','))
			return 0;
		if (s + n < e && p[s + n] == ',')
			n++;
	}
	return 1;
}

/*
 * "同社は1976年に設立された。今年で創立48周年となる。": a count of the
 * founding itself whose sentence names no subject and no number before
 * its event word ([ss, end): no word of `name_suffixes` or of
 * `topic_markers`, "は", "が", no digit; only in a table with such
 * markers: "今天是新中国成立77周年" names what was founded; or only words
 * of `anniversary_times`, as Korean writes it, "올해 개관 80주년을
 * 맞았다") marks the one founding the sentence right before it dates,
 * in its paragraph (ended by "。", or by a stop after a character of
 * Hangul, Han or kana: "1943년 문을 열었다."). Its year, or 0.
 */
static int wide_founding_before(const errata_check_ctx *ctx, const errata__words *w, size_t end,
                                size_t ss)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, fe = ss, fs, e2, lines = 0, stop;

	if (!(w->topic_markers.count && !memchr_digit_in(p, ss, end) &&
	      !bytes_of_list_in(&w->name_suffixes, p, ss, end) && !bytes_of_list_in(&w->topic_markers, p, ss, end)) &&
	    !times_alone(w, p, len, ss, end))
		return 0;
	while (fe > 0 && (p[fe - 1] == ' ' || p[fe - 1] == '\n'))
		lines += p[--fe] == '\n';
	if (lines > 1)
		return 0;
	if (fe >= 3 && memcmp(p + fe - 3, "\xe3\x80\x82", 3) == 0)
		stop = fe - 3;
	else if (fe >= 4 && p[fe - 1] == '.' && errata__wide_script_at(p, len, fe - 4))
		stop = fe - 1;
	else
		return 0;
	errata__sentence(w, p, len, stop, &fs, &e2);
	return wide_event_before(ctx, w, EVENT_FOUNDING, fs, fe);
}

/*
 * Whether a word of founding_events in [s, e) dates the founding of what
 * the sentence is about: not after a word of object_markers ("새 공장을
 * 설립했다" founded another thing).
 */
static int wide_founding_word_in(const errata__words *w, const char *p, size_t s, size_t e)
{
	const errata__wordlist *l = &w->founding_events;

	for (size_t k = 0; k < l->count; k++) {
		const errata__word *x = &l->items[k];

		for (size_t o = s; o + x->len <= e; o++) {
			size_t b = o;

			if (memcmp(p + o, x->word, x->len) != 0)
				continue;
			while (b > s && p[b - 1] == ' ')
				b--;
			for (size_t m = 0; m < w->object_markers.count; m++) {
				const errata__word *y = &w->object_markers.items[m];

				if (y->len <= b - s && memcmp(p + b - y->len, y->word, y->len) == 0)
					return 0;
			}
			return 1;
		}
	}
	return 0;
}

/* How far a count may be from a founding told after it (wide_founding_told()) to be judged. */
enum { WIDE_TOLD_NEAR = 10 };

/*
 * "대한정밀이 창립 60주년을 맞아 …. 회사는 1968년 … 출발해 …": the
 * founding of a count of its own founding, told in the sentence right
 * after it in its paragraph, that names the body again with a word of
 * founding_referents opening it ("회사는", "同社は"), writes one year
 * and, after it, a word of founding_events (wide_founding_word_in()).
 * Not the sentence before: the count's may name someone new ("同館は
 * 1981年に開館した。館長は…開館40周年"). Its year, or 0.
 */
static int wide_founding_told(const errata_check_ctx *ctx, const errata__words *w, size_t se)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, a, b, e, where = 0;
	int one = 0, lines = 0;

	if (!w->founding_referents.count)
		return 0;
	for (e = se; e < len && (p[e] == ' ' || p[e] == '\n'); e++)
		lines += p[e] == '\n';
	if (e >= len || lines > 1)
		return 0;
	errata__sentence(w, p, len, e, &a, &b);
	if (a < se || !errata__words_match(&w->founding_referents, p, len, a, NULL))
		return 0;
	for (size_t d = a; d + 4 <= b; d++) {
		int y = wide_year_at(p, a, b, d);

		if (y && one && y != one)
			return 0;
		if (y && !one) {
			one = y;
			where = d;
		}
	}
	return one && wide_founding_word_in(w, p, where + 4, b) ? one : 0;
}

static int wide_anniversaries(const errata_check_ctx *ctx, const errata__words *w)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len;
	const errata_date *ad = &ctx->article_date;
	int error = 0, looks = 0;
	errata__starts_walk walk;

	/* a word of Han, kana or Hangul: only a table with one may find any */
	if (ad->year <= 0 || !w->anniversary.count || !w->wide_anniversary)
		return 0;
	errata__starts_walk_begin(&walk, &w->anniversary_starts, p, len);
	for (size_t at, from = 0; !error &&
	     (at = errata__starts_walk_next(&walk, from)) < len; from = at + 1) {
		size_t n, ds, e, es, s0, end, ss, se;
		int count = 0, kind, year, unnamed = 0, when;
		errata__person who;
		event_info ev;

		if (!errata__wide_script_at(p, len, at) ||
		    !(n = errata__words_match(&w->anniversary, p, len, at, NULL)))
			continue;
		/* the count, in digits, written on to the anniversary word */
		for (ds = at; ds > 0 && p[ds - 1] >= '0' && p[ds - 1] <= '9' && at - ds < 4; ds--)
			count = count + (p[ds - 1] - '0') * (at - ds == 0 ? 1 : at - ds == 1 ? 10 :
			                                     at - ds == 2 ? 100 : 1000);
		if (ds == at || count <= 0 || (ds > 0 && p[ds - 1] >= '0' && p[ds - 1] <= '9'))
			continue;
		/* the event word before it, and the name before that */
		e = ds;
		while (e > 0 && p[e - 1] == ' ')
			e--;
		if ((kind = event_word_before(w, p, e, &es)) == EVENT_NONE) {
			/* "创办于1985年，今年迎来41周年": with no event word, the
			 * founding the sentence dates before it (judged below) */
			kind = EVENT_FOUNDING;
			es = ds;
			unnamed = 1;
		}
		end = es;
		while (end > 0 && p[end - 1] == ' ')
			end--;
		for (size_t k = 0; k < w->noun_links.count; k++) {
			const errata__word *x = &w->noun_links.items[k];

			if (x->len <= end && memcmp(p + end - x->len, x->word, x->len) == 0) {
				end -= x->len;
				break;
			}
		}
		s0 = errata__wide_run_start(p, len, end);
		memset(&who, 0, sizeof(who));
		for (size_t s = s0; s < end; ) {
			if (errata__person_find(ctx->facts, NULL, 0, p, s, end - s, &who))
				break;
			memset(&who, 0, sizeof(who));
			s++;
			while (s < end && ((unsigned char)p[s] & 0xc0) == 0x80)
				s++;
		}
		errata__sentence(w, p, len, at, &ss, &se);
		when = ad->year + wide_shift(w, p, len, ss, se);
		if (unnamed && who.entity)
			continue; /* a name, but no event word of its own */
		if (!who.entity) {
			/* "1936年に創立された同クラブは…創立100周年": the event the sentence dates,
			 * else another sentence ("1919년 3·1운동이 일어났다. … 3·1운동 100주년") */
			/* each look elsewhere reads the article: a few per article */
			if (!(year = wide_event_before(ctx, w, kind, ss, es)) && !unnamed && kind == EVENT_FOUNDING)
				year = wide_founding_before(ctx, w, end, ss);
			/* a year heading the event's noun phrase only when it puts the count near: a slip */
			if (!year && !unnamed && (year = wide_year_heading(p, ss, es)) > 0 &&
			    (when - year - count < -ASIDE_NEAR || when - year - count > ASIDE_NEAR))
				year = 0;
			if (!year && looks++ < 16)
				year = wide_event_elsewhere(ctx, w, unnamed, s0, end, es, ds, ss);
			/* told after the count, only a year that puts it near: a slip,
			 * not another act ("회사는 2025년 … 행사 개최") */
			if (!year && !unnamed && kind == EVENT_FOUNDING &&
			    (year = wide_founding_told(ctx, w, se)) > 0 &&
			    (when - year - count < -WIDE_TOLD_NEAR || when - year - count > WIDE_TOLD_NEAR))
				year = 0;
			if (!year || year >= when || when - year == count || wide_other_year(ctx, ss, se, year))
				continue;
			memset(&ev, 0, sizeof(ev));
			ev.year = year;
			ev.kind = kind;
			error = report_count(ctx, ds, at + n, count, when, &ev);
			continue;
		}
		year = kind == EVENT_BIRTH ? who.born[0] : kind == EVENT_DEATH ? who.died[0] :
		       who.founded[0];
		if (year <= 0 || year >= when || when - year == count)
			continue;
		/* a sentence about another year is not judged */
		if (errata__other_year_in(ctx->mentions, p, len, ss, se, ad->year))
			continue;
		memset(&ev, 0, sizeof(ev));
		ev.year = year;
		describe(&ev, &who, kind);
		error = report_count(ctx, ds, at + n, count, when, &ev);
	}
	return error < 0 ? error : 0;
}

/*
 * The first byte in [from, to) that is '1' or '2', what a year starts
 * with; to if none. With the prose's word index (ix), only the bytes it
 * marks as digits (or marks) are read.
 */
static size_t year_lead(const errata__word_index *ix, const char *p, size_t from, size_t to)
{
	if (ix) {
		for (from = errata__word_index_next_mark(ix, from, to); from < to;
		     from = errata__word_index_next_mark(ix, from + 1, to))
			if (p[from] == '1' || p[from] == '2')
				return from;
		return to;
	}
	while (from < to && p[from] != '1' && p[from] != '2')
		from++;
	return from;
}

/*
 * Whether the year at y is an event's, dated by an event word up to two
 * words before it in the sentence from ss ("e i 40 anni della Cappella,
 * fondata nel 1986"): no year of a celebration.
 */
static int event_dated(const errata__words *w, const char *p, size_t len, size_t y, size_t ss)
{
	size_t b = y;

	for (int k = 0; k < 2; k++) {
		size_t a = word_before(w, p, len, b);

		if (a >= b || a < ss)
			return 0;
		if (event_word(w, p, len, a) != EVENT_NONE)
			return 1;
		b = a;
	}
	return 0;
}

/* "next year", "l'an dernier" in [ss, se): the anniversary falls in another year than the article's. */
static int year_shifted(const errata__words *w, const char *p, size_t len, size_t ss, size_t se)
{
	return errata__words_in(&w->year_shifts, p, len, ss, se);
}

/* How many words start in [from, to). */
static int words_between(const char *p, size_t len, size_t from, size_t to)
{
	int n = 0;

	for (size_t i = errata__next_word_start(p, len, from, to); i < to;
	     i = errata__next_word_start(p, len, i + 1, to))
		n++;
	return n;
}

/*
 * The year the count of t falls in when a word of year_shifts with a
 * value ("next year" 1, "l'an dernier" -1) stands beside it in its
 * clause: two words before it at most, none of phrase_ends ("and
 * reopens next year" is another act's), or right after it or its event
 * phrase (ending at oe): "viert volgend jaar zijn 125-jarig bestaan",
 * "will celebrate its centenary next year". 0 when there is none, when the
 * shift has no value ("years ago": from when?), when the clause also
 * says this year (a word of anniversary_times: the shift is another
 * act's), or when the article's year is unknown.
 */
static int shifted_year(const errata_check_ctx *ctx, const errata__words *w, const trigger *t,
                        size_t oe, size_t ss, size_t se)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, after = t->object > t->end && oe > t->end ? oe : t->end;
	size_t cs = t->start, ce = after, n;
	int v = 0, found = 0;

	if (ctx->article_date.year <= 0)
		return 0;
	while (cs > ss && !strchr(",;:", p[cs - 1]))
		cs--;
	while (ce < se && !strchr(",;:", p[ce]))
		ce++;
	if (errata__words_in(&w->anniversary_times, p, len, cs, ce))
		return 0;
	for (size_t i = errata__next_word_start(p, len, cs, ce); i < ce;
	     i = errata__next_word_start(p, len, i + 1, ce)) {
		int x;

		if (!errata__words_may_start(&w->year_shifts, p, len, i) ||
		    !(n = errata__words_match_from(&w->year_shifts, p, len, i, &x)))
			continue;
		if ((i + n <= t->start && words_between(p, len, i + n, t->start) <= 2 &&
		     !errata__words_in(&w->phrase_ends, p, len, i + n, t->start)) ||
		    (i >= after && words_between(p, len, after, i) == 0)) {
			if (found && x != v)
				return 0;
			v = x;
			found = 1;
		}
	}
	return v ? ctx->article_date.year + v : 0;
}

/*
 * The year of an act that made the sentence's subject, a word of
 * made_events at i ("signed", "built", "released"): written right after
 * it or after one short linking word ("signed in 1951", "construit en
 * 1926", "pubblicato nel 1986"), or right before it ("1951
 * unterzeichnet"). Nothing further off, where the year may be another
 * act's ("which signed him in 2016"). 0 when there is none before o.
 */
static int made_year(const errata__words *w, const char *p, size_t len, size_t i, size_t o,
                     size_t ss)
{
	size_t n = errata__words_match(&w->made_events, p, len, i, NULL), k, b;
	int year;

	if (!n || (i + n < len && errata__is_word_byte(p, len, i + n)))
		return 0;
	k = errata__next_word_start(p, len, i + n, o);
	if (k < o && (year = errata__read_year(p, len, k)) > 0)
		return year;
	if (k < o && word_len_at(p, len, k) <= 4 && !(p[k] >= '0' && p[k] <= '9')) {
		k = errata__next_word_start(p, len, k + word_len_at(p, len, k), o);
		if (k < o && (year = errata__read_year(p, len, k)) > 0)
			return year;
	}
	b = word_before(w, p, len, i);
	if (b < i && b >= ss && (year = errata__read_year(p, len, b)) > 0)
		return year;
	return 0;
}

/*
 * Whether the event phrase of t is a word of anniversary_owners and an
 * event word, and ends there ("the 40th anniversary of its founding",
 * "den 40. Jahrestag seiner Gründung"): the subject's own event, with no
 * year or name of its own. After "since" (or its like) the event word
 * may stand alone, as Romanian writes it ("165 de ani de la
 * înființare").
 */
static int owned_event_after(const errata__words *w, const char *p, size_t len, const trigger *t,
                             size_t se)
{
	size_t a = errata__skip_space(p, len, t->object), n, e;

	if (a >= se)
		return 0;
	if ((n = errata__words_match(&w->anniversary_owners, p, len, a, NULL)) > 0) {
		if (a + n >= se || p[a + n] != ' ')
			return 0;
		a = errata__skip_space(p, len, a + n);
	} else if (t->kind != KIND_SINCE || t->object == t->end) {
		return 0;
	}
	if (event_word(w, p, len, a) == EVENT_NONE)
		return 0;
	e = a + word_len_at(p, len, a);
	/*
	 * nothing of the phrase's own after it: a stop, or a word of
	 * phrase_ends ("with a dinner"), not a noun ("its founding director")
	 */
	if (e < se && p[e] == ' ')
		return errata__words_match(&w->phrase_ends, p, len, e + 1, NULL) > 0;
	return e >= se || p[e] == ',' || p[e] == '.' || p[e] == ';' || p[e] == '!' || p[e] == '?';
}

/*
 * Whether the word at i, in lower case, ends in one of means_endings: the
 * means of a celebration, not its event ("отмечает 50-летие большим
 * концертом").
 */
static int means_at(const errata__words *w, const char *p, size_t len, size_t i)
{
	return errata__lower_letter_at(p, len, i) && errata__ann_ends_in(&w->means_endings, p, len, i);
}

/*
 * What the count marks when it has no event phrase of its own, or only a
 * word of anniversary_kinds after "of" ("the 25th anniversary of their
 * marriage", "25e anniversaire de mariage"): whether t's event phrase
 * [t->object, oe) is empty or that word alone, after owners and articles.
 */
static int no_event_phrase(const errata__words *w, const char *p, size_t len, const trigger *t,
                           size_t oe)
{
	size_t i = t->object, n;

	/*
	 * with no word for "of" in the table, the event follows the count at
	 * once ("40-lecie pracy artystycznej", "40-летие творческой
	 * деятельности"): a word there is its own, but an event word ("90-lecie
	 * istnienia"), one of phrase_ends ("obchodzi swoje 90-lecie w maju"),
	 * one of anniversary_times ("отметит 90-летие осенью"), one of
	 * year_shifts ("megalakulásának 76. évfordulóját jövőre ünnepli") or
	 * a means (means_at(): "отмечает 50-летие большим концертом")
	 */
	if (t->object == t->end &&
	    (w->anniversary_of.count || (i = errata__skip_space(p, len, t->end)) == t->end ||
	     i >= oe || !errata__is_word_byte(p, len, i) || event_word(w, p, len, i) != EVENT_NONE ||
	     errata__words_match(&w->phrase_ends, p, len, i, NULL) ||
	     errata__words_match(&w->anniversary_times, p, len, i, NULL) ||
	     errata__words_match(&w->year_shifts, p, len, i, NULL) || means_at(w, p, len, i)))
		return 1;
	while (i < oe && ((n = errata__words_match(&w->anniversary_owners, p, len, i, NULL)) > 0 ||
	                  (n = errata__words_match(&w->articles, p, len, i, NULL)) > 0))
		i = errata__skip_space(p, len, i + n);
	if (i >= oe || !(n = errata__words_match(&w->anniversary_kinds, p, len, i, NULL)))
		return 0;
	for (i += n; i < oe && !errata__is_word_byte(p, len, i); i++)
		;
	return i >= oe;
}

/*
 * "their 25th wedding anniversary, married in 1996": a clause set off by
 * a comma right after the count's phrase (end) that opens with a word of
 * made_events and its year (made_year()). 0 when there is none.
 */
static int made_after(const errata__words *w, const char *p, size_t len, size_t end, size_t se)
{
	size_t k = errata__skip_space(p, len, end);

	if (k >= se || p[k] != ',')
		return 0;
	k = errata__skip_space(p, len, k + 1);
	return k < se ? made_year(w, p, len, k, se, k) : 0;
}

/* The length of a joiner of a case ending at i ("-", "'", "’"), else 0. */
static size_t joiner_len(const char *p, size_t len, size_t i)
{
	if (i < len && (p[i] == '-' || p[i] == '\''))
		return 1;
	return i + 3 <= len && memcmp(p + i, "\xe2\x80\x99", 3) == 0 ? 3 : 0;
}

/*
 * The year of the word at `at`, also with a case ending joined to it
 * ("1876-ban alapított", "1481'de kurulmuştur"), whether `at` is its
 * digits or its ending; 0 if none. A range ("1876-1900") is no year.
 */
static int suffixed_year(const char *p, size_t len, size_t at)
{
	size_t d = at, j;
	int y = errata__read_year(p, len, at);

	if (y > 0)
		return y;
	if (at >= 5 && (p[at - 1] == '-' || p[at - 1] == '\''))
		d = at - 5;
	else if (at >= 7 && joiner_len(p, len, at - 3) == 3)
		d = at - 7;
	if (d + 4 > len || (d > 0 && errata__is_word_byte(p, len, d - 1)))
		return 0;
	for (size_t k = d; k < d + 4; k++) {
		if (p[k] < '0' || p[k] > '9')
			return 0;
		y = y * 10 + (p[k] - '0');
	}
	j = joiner_len(p, len, d + 4);
	return j && errata__lower_letter_at(p, len, d + 4 + j) && y >= 1000 && y <= 2999 ? y : 0;
}

/* The most words between a year in the middle of a clause and the participle that closes it. */
#define BRACKET_WORDS 8

/*
 * The year that the participle of a founding at i, closing its clause (a
 * mark or a word of and_words after it), takes from the middle of that
 * clause, where German and Dutch write it: right after the auxiliary (a
 * word of copulas), or after it and one short word, at most
 * BRACKET_WORDS words back, none another year or event word ("wurde 1928
 * von einer Handvoll Bergsteigern gegründet und feiert …", "werd in 1928
 * door twee broers opgericht"). Not before lo; 0 if none.
 */
static int bracket_year(const errata__words *w, const char *p, size_t len, size_t i, size_t lo)
{
	size_t k = i + event_word_len(w, p, len, i), a, b = i;
	int y = 0;

	k = errata__skip_space(p, len, k);
	if (event_word(w, p, len, i) != EVENT_FOUNDING ||
	    (k < len && errata__is_word_byte(p, len, k) && !errata__words_match(&w->and_words, p, len, k, NULL)))
		return 0;
	for (int words = 0; words <= BRACKET_WORDS && !y; words++) {
		k = b;
		b = word_before(w, p, len, k);
		if (b >= k || b < lo || errata__words_match(&w->and_words, p, len, b, NULL))
			return 0;
		if (!(y = errata__read_year(p, len, b)) && event_word(w, p, len, b) != EVENT_NONE)
			return 0;
	}
	if (!y)
		return 0;
	a = word_before(w, p, len, k = b);
	if (a < k && a >= lo && k - a <= 4 && !errata__words_match(&w->copulas, p, len, a, NULL))
		a = word_before(w, p, len, a); /* "werd in 1928" */
	return a < k && a >= lo && errata__words_match(&w->copulas, p, len, a, NULL) > 0 ? y : 0;
}

/*
 * The year written beside the event word at i: among the two words
 * before it (from lo on) and the three after it (before hi), a case
 * ending joined to it or not (suffixed_year()). 0 if none.
 */
static int year_beside(const errata__words *w, const char *p, size_t len, size_t i, size_t lo,
                       size_t hi)
{
	size_t a[5], na = 0, k;
	int year = 0;

	for (k = i; na < 2; ) {
		size_t b = word_before(w, p, len, k);

		if (b >= k || b < lo)
			break;
		a[na++] = k = b;
	}
	/* the three after it start after all its words ("opened its doors in 1927") */
	k = i + event_word_len(w, p, len, i);
	for (k = k > i ? k - 1 : i; na < 5; na++) {
		k = errata__next_word_start(p, len, k + 1, hi);
		if (k >= hi)
			break;
		a[na] = k;
	}
	for (k = 0; !year && k < na; k++)
		year = suffixed_year(p, len, a[k]);
	return year ? year : bracket_year(w, p, len, i, lo);
}

/*
 * How far article_founding() has read the article, so that each count
 * reads only what lies after the last one's sentence: its state after
 * the words before `from`, each of which it read as it would have with
 * any later end.
 */
typedef struct {
	size_t from;        /* the next word to read (0 with nothing read: the first word) */
	size_t to;          /* the end of the last call (a call with an earlier end starts afresh) */
	int year;           /* the founding's year (0: none yet) */
	size_t at;          /* its event word */
	int none;           /* the article can state no one founding before any later end */
	int lives;          /* a birth or a death stated before rules the founding out */
} founding_scan;

#define FOUNDING_SCAN_INIT { 0, 0, 0, 0, 0, 1 }
/* for a count of a founding itself ("100. výročí založení"): no birthday nor death's anniversary */
#define FOUNDING_ONLY_SCAN_INIT { 0, 0, 0, 0, 0, 0 }

/*
 * The year word i gives as a founding's or a making's (0: none) before
 * end, and in *fixed whether it gives the same before any later end
 * (what it reads after i lies before end, or gives the same anyway).
 */
static int founding_word_year(const errata__words *w, const char *p, size_t len, int kind, size_t i,
                              size_t end, int *fixed)
{
	int y, y_any;

	if (kind == EVENT_FOUNDING) {
		y = year_beside(w, p, len, i, 0, end);
		y_any = year_beside(w, p, len, i, 0, len);
	} else if (!errata__words_match(&w->made_events, p, len, i, NULL)) {
		y = y_any = 0;
	} else {
		y = made_year(w, p, len, i, end, 0);
		y_any = made_year(w, p, len, i, len, 0);
	}
	*fixed = y == y_any;
	return y;
}

/*
 * The year of the one founding the article states before `end` (a word
 * of founding_events with a year beside it, or of made_events with its
 * year: made_year()), when it states no birth or death (unless sc->lives
 * is 0: the count names a founding, which no birth or death may be), no
 * founding or making in another year and no other year after it. 0
 * otherwise. sc carries what earlier calls read: calls with ends in
 * order read each word about once.
 */
static int article_founding(const errata__words *w, const char *p, size_t len, size_t end, size_t *at,
                            founding_scan *sc)
{
	int year, none, fixed = 1;
	size_t at_year, i, next;

	if (end < sc->to) {
		founding_scan fresh = FOUNDING_SCAN_INIT;

		fresh.lives = sc->lives;
		*sc = fresh;
	}
	sc->to = end;
	year = sc->year;
	at_year = sc->at;
	none = sc->none;
	i = sc->from ? sc->from : errata__next_word_start(p, len, 0, end);
	for (; !none && i < end; i = next) {
		int kind = event_word(w, p, len, i), y, other, word_fixed = 1;

		next = errata__next_word_start(p, len, i + 1, end);

		if ((kind == EVENT_BIRTH || kind == EVENT_DEATH) && sc->lives)
			none = 1;
		y = none ? 0 : founding_word_year(w, p, len, kind, i, end, &word_fixed);
		fixed = fixed && word_fixed;
		if (y > 0 && year && y != year)
			none = 1;
		/* another year written after the founding: another event the
		 * count may mark ("opened its second shop, on Elm Street, in
		 * 2016. The Elm Street shop celebrates its 10th anniversary") */
		if (!none && year && (other = errata__read_year(p, len, i)) > 0 && other != year)
			none = 1;
		if (!none && y > 0 && !year) {
			year = y;
			at_year = i;
		}
		/* what every later end would read too is kept */
		if (fixed) {
			/* (the next word's start, past end too: the next call's first) */
			sc->from = none ? i : next < end ? next : errata__next_word_start(p, len, end, len);
			sc->year = year;
			sc->at = at_year;
			sc->none = none;
		}
	}
	if (none)
		return 0;
	*at = at_year;
	return year;
}

/*
 * Whether the count's sentence [ss, e) names what the article's founding
 * at `at` founded: a word of four bytes or more among the first four of
 * the founding's sentence ("Le club de football a été fondé en 1950. …
 * Le club fête son 75e anniversaire"). "son", "su", "sein" may stand for
 * a person ("Son président fête son 60e anniversaire"): without that
 * word the count is not tied to the founding.
 */
static int names_founded(const errata__words *w, const char *p, size_t len, size_t at, size_t ss,
                         size_t e)
{
	size_t fs, fe, i = 0, k, n;

	errata__sentence(w, p, len, at, &fs, &fe);
	for (int words = 0; words < 4 && (i = errata__next_word_start(p, len, words ? i + 1 : fs, at)) < at;
	     words++) {
		if ((n = word_len_at(p, len, i)) < 4)
			continue;
		for (k = errata__next_word_start(p, len, ss, e); k < e; k = errata__next_word_start(p, len, k + 1, e))
			if (word_len_at(p, len, k) == n && errata__same_folded(p + k, p + i, n))
				return 1;
	}
	return 0;
}

/* Whether the sentence before the count, [ss, e), holds a word of
 * thing_owners, a pronoun or possessive that is never a person's ("it",
 * "its", German "es"). */
static int thing_named(const errata__words *w, const char *p, size_t len, size_t ss, size_t e)
{
	if (!w->thing_owners.count)
		return 0;
	for (size_t k = errata__next_word_start(p, len, ss, e); k < e; k = errata__next_word_start(p, len, k + 1, e))
		if (errata__words_match(&w->thing_owners, p, len, k, NULL) > 0)
			return 1;
	return 0;
}

/* Whether a word of the trigger [s, e) is a birth's or a death's ("60. Geburtstag"). */
static int trigger_of_person(const errata__words *w, const char *p, size_t len, size_t s, size_t e)
{
	for (size_t k = s; k < e; k = errata__next_word_start(p, len, k + 1, e)) {
		int kind = event_word(w, p, len, k);

		/* not "its 30th birthday": read so only after "its" (thing_anniversaries) */
		if ((kind == EVENT_BIRTH || kind == EVENT_DEATH) &&
		    !errata__words_match(&w->thing_anniversaries, p, len, k, NULL))
			return 1;
	}
	return 0;
}

/* Whether a word of the trigger [s, e) is a founding's ("Das 76-jährige Bestehen"). */
static int trigger_of_founding(const errata__words *w, const char *p, size_t len, size_t s, size_t e)
{
	for (size_t k = s; k < e; k = errata__next_word_start(p, len, k + 1, e))
		if (event_word(w, p, len, k) == EVENT_FOUNDING)
			return 1;
	return 0;
}

/*
 * Whether the word at o owns the count after it for the sentence's
 * subject: a word of anniversary_owners ("its", "son", "sein"), or an
 * article, as French, Spanish, Italian, Portuguese and German write it
 * ("fondata nel 1976, festeggia il 50º anniversario", "feiert das 50.
 * Jubiläum"): with no event phrase after the count, which then ends
 * its phrase (a stop or a word of phrase_ends after it), the
 * anniversary is the subject's.
 */
static int owner_at(const errata__words *w, const char *p, size_t len, size_t o, const trigger *t,
                    size_t se)
{
	size_t e;

	if (errata__words_match(&w->anniversary_owners, p, len, o, NULL) > 0)
		return 1;
	if (!errata__words_match(&w->articles, p, len, o, NULL))
		return 0;
	/* after an article, the count ends its phrase: "ihrer Gründerin" may follow it */
	e = errata__skip_space(p, len, t->end);
	return e >= se || p[e] == '.' || p[e] == ',' || p[e] == ';' || p[e] == '!' || p[e] == '?' ||
	       errata__words_match(&w->phrase_ends, p, len, e, NULL) > 0;
}

/*
 * Whether [a, b) holds a stop, a space and a letter outside ASCII: a
 * sentence end that the sentence bounds may not see (they know the
 * capitals of Latin only: "… в 1936 году. Директор отмечает 80-летие";
 * "Oct. 3" is no end).
 */
static int crosses_stop(const char *p, size_t a, size_t b)
{
	for (size_t i = a; i + 2 < b; i++)
		if ((p[i] == '.' || p[i] == '!' || p[i] == '?') && p[i + 1] == ' ' &&
		    (unsigned char)p[i + 2] >= 0x80)
			return 1;
	return 0;
}

/*
 * Whether the event word at i takes an object, an article after it
 * ("Smith, who founded the bakery in 1990, celebrates 30 years"): the
 * subject made something else, and the years may be its own.
 */
static int acts_on_object(const errata_check_ctx *ctx, const errata__words *w, size_t i)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, k = errata__skip_space(p, len, i + event_word_len(w, p, len, i)), n, mi;

	if (!(n = errata__words_match(&w->articles, p, len, k, NULL)))
		return 0;
	/* not the article of a year, "fundat el 1925", nor of a date after
	 * a founding: "som invigdes den 30 september 1972" (a birth's date so
	 * written is the age check's to judge) */
	k = errata__skip_space(p, len, k + n);
	if (errata__read_year(p, len, k))
		return 0;
	mi = errata__mention_at(ctx->mentions, k);
	return event_word(w, p, len, i) != EVENT_FOUNDING ||
	       !(ctx->mentions && mi < errata_mentions_count(ctx->mentions) &&
	         errata_mentions_get(ctx->mentions, mi)->offset == k);
}

/*
 * Whether the event word at i may be said of the subject of the verb at
 * v: a verb of dative_verbs takes its subject in the dative ("Зоопарку,
 * открытому в 1864 году, исполняется 158 лет"), and so must the word be,
 * ending in one of dative_endings; "Основателю фирмы, созданной в 1990
 * году, исполнилось 70 лет" founded the firm and is 70.
 */
static int agrees(const errata__words *w, const char *p, size_t len, size_t v, size_t i)
{
	return !errata__words_match(&w->dative_verbs, p, len, v, NULL) ||
	       errata__ann_ends_in(&w->dative_endings, p, len, i);
}

/*
 * The year of a date written in full that opens within `words` words
 * after the event word (or word of made_events) at i, in its clause,
 * before e: "opened on Oct. 3, 1997", "nata con il referendum del 2
 * giugno 1946", "inaugurada em 21 de abril de 1960". 0 if none.
 */
static int dated_after(const errata_check_ctx *ctx, const errata__words *w, size_t i, size_t e,
                       int words)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, n = event_word_len(w, p, len, i), a, mi, count;
	const errata_mention *m;

	if (!n)
		n = errata__words_match(&w->made_events, p, len, i, NULL);
	a = i + n;
	mi = errata__mention_at(ctx->mentions, a);
	count = ctx->mentions ? errata_mentions_count(ctx->mentions) : 0;
	m = mi < count ? errata_mentions_get(ctx->mentions, mi) : NULL;
	if (!m || m->offset >= e || !m->day || !(m->flags & ERRATA_MENTION_YEAR_EXPLICIT) ||
	    words_between(p, len, a, m->offset) > words)
		return 0;
	for (size_t k = a; k < m->offset; k++)
		if (p[k] == ',' || p[k] == ';' || p[k] == ':' || p[k] == '(')
			return 0;
	return m->year;
}

/*
 * The year of the founding or making that [s, e) tells (a word of
 * founding_events with a year beside it, or a date with its year
 * right after it, "opened on Oct. 3, 1997"; a word of made_events with
 * its year: made_year()), when it tells no birth or death and writes no
 * other year. 0 otherwise.
 */
static int founding_in(const errata_check_ctx *ctx, const errata__words *w, size_t s, size_t e)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len;
	int year = 0;

	for (size_t i = errata__next_word_start(p, len, s, e); i < e;
	     i = errata__next_word_start(p, len, i + 1, e)) {
		int kind = event_word(w, p, len, i), y = 0;

		if (kind == EVENT_BIRTH || kind == EVENT_DEATH)
			return 0;
		if (kind == EVENT_FOUNDING && acts_on_object(ctx, w, i))
			return 0; /* "He founded the choir in 1991": the count may be his */
		if (kind == EVENT_FOUNDING && !(y = year_beside(w, p, len, i, s, e))) {
			y = dated_after(ctx, w, i, e, 1);
		} else if (kind == EVENT_NONE) {
			y = made_year(w, p, len, i, e, s);
		}
		if (y > 0 && year && y != year)
			return 0;
		if (y > 0)
			year = y;
	}
	return year > 0 && !wide_other_year(ctx, s, e, year) ? year : 0;
}

/*
 * Whether the word of n bytes at i, or it less one of definite_endings,
 * ends the word at k as the last part of a compound ("Korpset" in
 * "Musikkorps", "Verein" in "Musikverein"): the same thing named again.
 * The part keeps four bytes at least.
 */
static int compound_tail(const errata__words *w, const char *p, size_t len, size_t i, size_t n, size_t k)
{
	size_t m = word_len_at(p, len, k);

	for (size_t d = 0; d <= w->definite_endings.count; d++) {
		const errata__word *x = d ? &w->definite_endings.items[d - 1] : NULL;
		size_t t = x ? n - x->len : n;

		if (x && (x->len >= n || memcmp(p + i + t, x->word, x->len) != 0))
			continue;
		if (t >= 4 && m > t && errata__same_folded(p + k + m - t, p + i, t))
			return 1;
	}
	return 0;
}

/* Whether the word at i is written in [s, e) too (ASCII case aside), or ends a compound there. */
static int word_in(const errata__words *w, const char *p, size_t len, size_t i, size_t s, size_t e)
{
	size_t n = word_len_at(p, len, i);

	for (size_t k = errata__next_word_start(p, len, s, e); k < e; k = errata__next_word_start(p, len, k + 1, e))
		if (k != i && ((word_len_at(p, len, k) == n && errata__same_folded(p + k, p + i, n)) ||
		               compound_tail(w, p, len, i, n, k)))
			return 1;
	return 0;
}

/*
 * Whether the clause [s, e) opens with a subject that may be the one the
 * count before it belongs to: a pronoun, or an article and a noun or a
 * name ("It was founded", "the restaurant opened", "Die Stadt wurde"),
 * up to a copula, a word of phrase_ends, a year or an event word. Not
 * "Its west wing opened in 1990" or "The new wing opened": a part, or
 * another thing. With [cs, ce) not empty, each word of the subject must
 * also stand there ("Le festival fête son 40e anniversaire. Le festival
 * a été créé"; a pronoun, or none, will do too; one of event_pronouns
 * after a subject of one word: one_noun_subject()).
 */
/*
 * Whether the sentence [cs, ce) opens with its subject in one word, an
 * article at most before it, right before a verb of anniversary_verbs
 * ("Музей отмечает"; not "Директор музея отмечает"): a pronoun of
 * event_pronouns that opens the next sentence, when it tells a founding
 * ("Он был открыт в 1961 году"; not "Он был принят в партию"), stands
 * for it.
 */
static int one_noun_subject(const errata__words *w, const char *p, size_t len, size_t cs, size_t ce)
{
	size_t i = errata__next_word_start(p, len, cs, ce), n;

	if (ce <= cs || i >= ce)
		return 0;
	if ((n = errata__words_match(&w->articles, p, len, i, NULL)) > 0)
		i = errata__next_word_start(p, len, i + n, ce);
	i = errata__next_word_start(p, len, i + word_len_at(p, len, i), ce);
	return i < ce && errata__words_match(&w->anniversary_verbs, p, len, i, NULL) > 0;
}

static int plain_subject(const errata__words *w, const char *p, size_t len, size_t s, size_t e,
                         size_t cs, size_t ce)
{
	int content = 0, in_name = 0;

	for (size_t i = errata__next_word_start(p, len, s, e); i < e;
	     i = errata__next_word_start(p, len, i + word_len_at(p, len, i), e)) {
		int upper = (unsigned char)p[i] >= 'A' && (unsigned char)p[i] <= 'Z';

		if (errata__words_match(&w->anniversary_owners, p, len, i, NULL))
			return 0;
		/* an article opens the subject ("Le festival"; "le" ends phrases too) */
		if ((content == 0 && errata__words_match(&w->articles, p, len, i, NULL)) ||
		    errata__words_match(&w->thing_owners, p, len, i, NULL) ||
		    errata__words_match(&w->pronouns, p, len, i, NULL) ||
		    (content == 0 && one_noun_subject(w, p, len, cs, ce) &&
		     errata__words_match(&w->event_pronouns, p, len, i, NULL) &&
		     errata__words_in(&w->founding_events, p, len, i, e))) {
			in_name = 0;
			continue;
		}
		if (errata__words_match(&w->copulas, p, len, i, NULL) ||
		    errata__words_match(&w->phrase_ends, p, len, i, NULL) || errata__read_year(p, len, i) > 0 ||
		    event_word(w, p, len, i) != EVENT_NONE || errata__words_match(&w->made_events, p, len, i, NULL))
			return content <= 1;
		/* the words of a name count once: "The Blue Door" */
		if (!(upper && in_name))
			content++;
		in_name = upper;
		/* a possessive that may be a person's ("son", "su", "sein"): the
		 * subject must be named in the count's sentence too */
		if (ce > cs && !word_in(w, p, len, i, cs, ce))
			return 0;
	}
	return 0;
}

/*
 * Whether the founding word at `at` is told in the sentence right before
 * the one that opens at ss: nothing but spaces, and one line break at
 * most, between. Its sentence's bounds in *fs, *fe.
 */
static int told_right_before(const errata__words *w, const char *p, size_t len, size_t at, size_t ss,
                             size_t *fs, size_t *fe)
{
	int breaks = 0;

	if (at >= ss)
		return 0;
	errata__sentence(w, p, len, at, fs, fe);
	if (*fe > ss)
		return 0;
	for (size_t i = *fe; i < ss; i++)
		if ((p[i] != ' ' && p[i] != '\t' && p[i] != '\n' && p[i] != '\r') || (p[i] == '\n' && breaks++))
			return 0;
	return 1;
}

/* How many words in [s, e) open with a capital letter (of any script). */
static int capitals_in(const char *p, size_t len, size_t s, size_t e)
{
	int n = 0;

	for (size_t i = errata__next_word_start(p, len, s, e); i < e; i = errata__next_word_start(p, len, i + 1, e))
		n += errata__capital_letter_at(p, len, i) != 0;
	return n;
}

/*
 * Whether the sentence [fs, fe) tells the founding at `at` (of the year
 * `year`) of its own subject: in its first clause, no comma and no word
 * of relative_pronouns or clause_openers before the founding word ("Petr
 * Novák přišel do klubu, který vznikl v roce 1990" founds the club, and
 * tells of Petr Novák), and in the passive, no birth or death
 * (founding_in(): not "Il a fondé la chorale").
 */
static int founded_subject(const errata_check_ctx *ctx, const errata__words *w, size_t at, size_t fs,
                           size_t fe, int year)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, k;

	for (size_t i = fs; i < at; i++)
		if (p[i] == ',' || p[i] == ';' || p[i] == ':' || p[i] == '(')
			return 0;
	if (errata__words_in(&w->relative_pronouns, p, len, fs, at) ||
	    errata__words_in(&w->clause_openers, p, len, fs, at))
		return 0;
	/* no object right after it, where no article shows one: "основали
	 * завод в 1956 году" (a preposition, an article, a year or a mark may
	 * follow: "vznikl v roce", "bildades 1927", "ιδρύθηκε το 1927") */
	k = errata__skip_space(p, len, at + event_word_len(w, p, len, at));
	if (k < fe && errata__lower_letter_at(p, len, k) && !errata__words_match(&w->phrase_ends, p, len, k, NULL) &&
	    !errata__words_match(&w->articles, p, len, k, NULL) && !errata__words_match(&w->place_preps, p, len, k, NULL))
		return 0;
	return founding_in(ctx, w, fs, fe) == year;
}

/*
 * "Оркестр был основан в 1976 году. В этом году он отмечает своё
 * 40-летие", "Le club a été fondé en 1950. Cette année, il fête son 70e
 * anniversaire": where one pronoun stands for a person or a thing, a
 * pronoun of event_pronouns in the two words before the count's owner
 * or verb (own) stands for the subject of the sentence right before the
 * count's (ss), when that sentence tells the article's founding (at, its
 * year `year`) of a plain subject (plain_subject(): "Le club", not "Son
 * fondateur"), in the passive (founding_in(): not "Il a fondé le chœur
 * en 1991"), and names no one after its founding word ("fondé en 1950
 * par Jean Dupont").
 */
static int pronoun_for_founded(const errata_check_ctx *ctx, const errata__words *w, size_t ss,
                               size_t own, size_t at, int year)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, k = own, fs, fe;
	int pronoun = 0, next_to = 0;

	for (int words = 0; words < 2 && !pronoun; words++) {
		size_t b = word_before(w, p, len, k);

		if (b >= k || b < ss)
			break;
		pronoun = errata__words_match(&w->event_pronouns, p, len, b, NULL) > 0;
		next_to = pronoun && words == 0;
		k = b;
	}
	if (!pronoun || !told_right_before(w, p, len, at, ss, &fs, &fe))
		return 0;
	for (size_t i = errata__next_word_start(p, len, at + 1, fe); i < fe;
	     i = errata__next_word_start(p, len, i + 1, fe))
		if (errata__capital_letter_at(p, len, i))
			return 0;
	/* "Драматический театр был основан в 2013 году. … он отмечает": with
	 * the pronoun right before, a subject of more words than
	 * plain_subject() takes, of one capital at most (not "Иван Петров"),
	 * told founded in its own first clause; not "its captain celebrates" */
	return (plain_subject(w, p, len, fs, fe, 0, 0) ||
	        (next_to && capitals_in(p, len, fs, at) <= 1 && founded_subject(ctx, w, at, fs, fe, year))) &&
	       founding_in(ctx, w, fs, fe) == year;
}

/*
 * The sentence after the one that ends at se, in the same paragraph:
 * 1 and its bounds in *s, *e; 0 when the paragraph ends first.
 */
static int next_in_paragraph(const errata__words *w, const char *p, size_t len, size_t se, size_t *s,
                             size_t *e)
{
	size_t ns;
	int lines = 0;

	for (ns = se; ns < len && (p[ns] == ' ' || p[ns] == '\n' || p[ns] == '\t'); ns++)
		if (p[ns] == '\n' && ++lines > 1)
			return 0; /* another paragraph */
	if (ns >= len)
		return 0;
	errata__sentence(w, p, len, ns, s, e);
	return *s >= se;
}

/*
 * The founding told right after the count of t, in the rest of its
 * sentence (ending at se) after a semicolon ("will celebrate its 30th
 * anniversary on Oct. 3; the restaurant opened on Oct. 3, 1997"), in
 * brackets right after the count ("ha compiuto 53 anni (la prima
 * edizione risale al 1967)"), or
 * else in the next sentence of its paragraph ("feiert sein 790-jähriges
 * Bestehen. Es wurde 1236 erstmals urkundlich erwähnt"): its year
 * (founding_in()), 0 if none.
 */
static int founding_after(const errata_check_ctx *ctx, const errata__words *w, const trigger *t,
                          size_t ss, size_t se, int thing)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, s = t->end, e, cs = thing ? 0 : ss, ce = thing ? 0 : t->start;

	while (s < se && p[s] != ';')
		s++;
	if (s < se)
		return plain_subject(w, p, len, s + 1, se, cs, ce) ? founding_in(ctx, w, s + 1, se) : 0;
	/*
	 * a bracket right after the count: "ha compiuto 53 anni (la prima
	 * edizione risale al 1967)"; not someone's ("la prima edizione da lui
	 * diretta", "his first edition")
	 */
	s = errata__skip_space(p, len, t->end);
	if (s < se && p[s] == '(') {
		for (e = s + 1; e < se && p[e] != ')'; e++)
			;
		return e < se && !errata__words_in(&w->pronouns, p, len, s + 1, e) &&
		       !errata__words_in(&w->anniversary_owners, p, len, s + 1, e) &&
		       plain_subject(w, p, len, s + 1, e, cs, ce) ? founding_in(ctx, w, s + 1, e) : 0;
	}
	return next_in_paragraph(w, p, len, se, &s, &e) && plain_subject(w, p, len, s, e, cs, ce)
	               ? founding_in(ctx, w, s, e)
	               : 0;
}

/* Whether the byte at i closes a genitive's apostrophe: "'" or the right quote ’. */
static size_t apostrophe_before(const char *p, size_t i)
{
	if (i >= 1 && p[i - 1] == '\'')
		return 1;
	return i >= 3 && memcmp(p + i - 3, "\xe2\x80\x99", 3) == 0 ? 3 : 0;
}

/*
 * The word that names the thing the count of t is an anniversary of,
 * when it names no event and writes no year: after "of", one word, maybe
 * after an article ("the 102nd anniversary of the museum"; where a case
 * ending says "of", right after the count: "102-ю годовщину музея"), or, before
 * the count, one written with an apostrophe and an ending ("the museum's
 * 102nd anniversary", "Cumhuriyet'in 102. yılını"). Its start, and its
 * length in *n (0: none).
 */
static size_t thing_of(const errata__words *w, const char *p, size_t len, const trigger *t, size_t oe,
                       size_t *n)
{
	size_t a = t->object, k;

	*n = 0;
	/* a table with no word for "of" writes its genitive after the count:
	 * "102-ю годовщину музея" (not one whose event stands before it) */
	if (t->object == t->end && !w->anniversary_of.count && !w->event_first && t->kind != KIND_SINCE)
		a = errata__skip_space(p, len, t->end);
	if (a > t->end) {
		if ((k = errata__words_match(&w->articles, p, len, a, NULL)) > 0)
			a = errata__skip_space(p, len, a + k);
		if (a >= oe)
			return 0;
		for (k = a + word_len_at(p, len, a); k < oe; k++)
			if (errata__is_word_byte(p, len, k))
				return 0; /* more words: "of the museum's founder" */
	} else {
		a = word_before(w, p, len, t->start);
		if (a >= t->start || !(k = apostrophe_before(p, a)))
			return 0;
		a = word_before(w, p, len, a - k);
		if (a >= t->start)
			return 0;
	}
	k = word_len_at(p, len, a);
	if (!k || errata__read_year(p, len, a) > 0 || event_word(w, p, len, a) != EVENT_NONE ||
	    errata__words_match(&w->anniversary_owners, p, len, a, NULL))
		return 0;
	*n = k;
	return a;
}

/*
 * "This year the town marks the 102nd anniversary of the museum. The
 * museum was founded in 1923", "Türkiye bu yıl Cumhuriyet'in 102. yılını
 * kutlayacak. Cumhuriyet 29 Ekim 1923'te ilan edilmişti": the count of a
 * thing (thing_of()) marks its founding that the next sentence of the
 * paragraph tells (founding_in()), of that thing as its subject: the
 * sentence opens with it, maybe after an article (its stem, capitals
 * folded), and a word of copulas, an event word or a date follows it.
 * The year into ev; 0 if none.
 */
static int thing_founded_after(const errata_check_ctx *ctx, const errata__words *w, const trigger *t,
                               size_t se, size_t oe, event_info *ev)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, n, a = thing_of(w, p, len, t, oe, &n), stem, s, e, k;
	int year;

	if (!n)
		return 0;
	stem = errata__noun_stem(p, a, n);
	stem = stem ? stem : n;
	if (!next_in_paragraph(w, p, len, se, &s, &e))
		return 0;
	k = errata__skip_space(p, len, s);
	if ((n = errata__words_match(&w->articles, p, len, k, NULL)) > 0)
		k = errata__skip_space(p, len, k + n);
	if (k + stem > e || !errata__same_folded(p + k, p + a, stem))
		return 0;
	k = errata__skip_space(p, len, k + word_len_at(p, len, k));
	if (k >= e || !(errata__words_match(&w->copulas, p, len, k, NULL) || event_word(w, p, len, k) != EVENT_NONE ||
	                (ctx->mentions && mention_over(ctx, k)) || (p[k] >= '0' && p[k] <= '9')))
		return 0;
	if ((year = founding_in(ctx, w, s, e)) <= 0)
		return 0;
	memset(ev, 0, sizeof(*ev));
	ev->year = year;
	ev->kind = EVENT_FOUNDING;
	return year;
}

/*
 * Whether, in a table with no word for "of", the count of t is followed
 * by a founding word alone, of no owner or name ("k 70. výročí
 * založení", "pri príležitosti 75. výročia založenia."; not "70. výročí
 * založení spolku"): the founding of what the article tells of, as
 * after "its".
 */
static int bare_founding(const errata__words *w, const char *p, size_t len, const trigger *t, size_t se)
{
	size_t a = errata__skip_space(p, len, t->end), e, b;

	if (w->anniversary_of.count || t->object != t->end || a > se)
		return 0;
	if (a == se || event_word(w, p, len, a) == EVENT_NONE) {
		/* no event at all ("z okazji 100-lecia."), where the event would follow the count */
		b = word_before(w, p, len, t->start);
		if (w->event_first || (b < t->start && errata__words_match(&w->anniversary_owners, p, len, b, NULL)))
			return 0;
		return a >= se || p[a] == ',' || p[a] == '.' || p[a] == ';' || p[a] == '!' || p[a] == '?' ||
		       errata__words_match(&w->phrase_ends, p, len, a, NULL) > 0 ||
		       errata__words_match(&w->anniversary_times, p, len, a, NULL) > 0 ? 2 : 0;
	}
	e = a + event_word_len(w, p, len, a);
	if (e < se && p[e] == ' ')
		return errata__words_match(&w->phrase_ends, p, len, e + 1, NULL) > 0 ||
		       errata__words_match(&w->anniversary_times, p, len, e + 1, NULL) > 0;
	return e >= se || p[e] == ',' || p[e] == '.' || p[e] == ';' || p[e] == '!' || p[e] == '?';
}

/*
 * Whether a verb of anniversary_passives stands right before the count of
 * t, or before a time ("I år firas 150-årsjubileum", "Syksyllä vietetään
 * 100-vuotisjuhlaa"), or right after a count that opens its sentence at
 * ss ("40-årsjubileet feires med festmiddag"): a celebration of no
 * subject, whose count is what the text tells of.
 */
static int passive_count(const errata__words *w, const char *p, size_t len, const trigger *t, size_t ss)
{
	size_t a;

	if (!w->anniversary_passives.count)
		return 0;
	if (phrase_before(w, &w->anniversary_passives, p, len, time_before(w, p, len, t->start)) < t->start)
		return 1;
	a = errata__skip_space(p, len, t->end);
	return errata__next_word_start(p, len, ss, t->start) == t->start && t->object == t->end &&
	       errata__words_match(&w->anniversary_passives, p, len, a, NULL) > 0;
}

/*
 * "Founded in 1936, the club celebrates its centenary", "The club was
 * founded in 1936 and marks its centenary", "Der Verein wurde 1936
 * gegründet und feiert sein 90. Jubiläum": a count with no event phrase
 * of its own, owned by the sentence's subject (a word of
 * anniversary_owners just before it: "its", "son", "sein"), marks the
 * birth, death or founding the sentence stated before it with a year
 * beside the event word (two words before it, three after), or the act
 * that made the subject ("The treaty, signed in 1951, marks its 75th
 * anniversary": made_year()). Only when that is the one year the
 * sentence writes (a date written without its year is not another).
 * Returns the year (0: none). sc: the article's founding as read so far
 * (article_founding()), sc[0] for any count, sc[1] for a count of a
 * founding.
 */
static int event_before(const errata_check_ctx *ctx, const errata__words *w, const trigger *t,
                        size_t ss, size_t se, size_t oe, event_info *ev, int *on, founding_scan *sc)
{
	size_t on_s = 0, on_e = 0;

	const char *p = ctx->prose;
	size_t len = ctx->prose_len, o, own, te, count = ctx->mentions ? errata_mentions_count(ctx->mentions) : 0;
	int year = 0, kind = EVENT_NONE, by_verb = t->by_verb, thing, earlier = 0, after, bare = 0, passive = 0;

	if (!w->anniversary_owners.count && !w->anniversary_verbs.count)
		return 0;
	if (by_verb) {
		/* "The inn, opened in 1927, celebrates 100 years": the verb's subject */
		o = own = t->verb;
	} else if (owned_event_after(w, p, len, t, se) ||
	    (t->object > t->end && errata__words_match(&w->anniversary_owners, p, len, t->object, NULL) &&
	     no_event_phrase(w, p, len, t, oe))) {
		/* "the 40th anniversary of its founding", "the 25th anniversary of their marriage" */
		o = t->start;
		own = errata__skip_space(p, len, t->object);
	} else if (!no_event_phrase(w, p, len, t, oe)) {
		return 0;
	} else if ((o = celebration_verb(w, p, len, t->start)) >= t->start && (bare = bare_founding(w, p, len, t, se))) {
		/* "k 70. výročí založení": the founding the article tells of */
		o = own = t->start;
	} else if (o >= t->start && passive_count(w, p, len, t, ss)) {
		/* "Historielaget ble stiftet i 2006. I år markeres
		 * 20-årsjubileet": no subject, what the sentence before founded */
		o = own = t->start;
		passive = 1;
	} else if (o < t->start) {
		/* "отметит 90-летие", "obchodzi 650-lecie istnienia": a verb of
		 * celebrating, where the language writes no article or owner */
		own = o;
		by_verb = 1;
	} else {
		o = word_before(w, p, len, t->start);
		if (o < t->start && o > ss && !(p[o] >= '0' && p[o] <= '9') && !owner_at(w, p, len, o, t, se))
			return 0;
		if (o < t->start && p[o] >= '0' && p[o] <= '9')
			o = word_before(w, p, len, o); /* "sein 90. Jubiläum": the count is the trigger's */
		/* "Das 76-jährige Bestehen feiert sie": a word of founding_owners
		 * may open the sentence (the article's founding is then its event) */
		if (o >= t->start || o < ss ||
		    !(o > ss ? owner_at(w, p, len, o, t, se)
		             : errata__words_match(&w->founding_owners, p, len, o, NULL) > 0))
			return 0;
		own = o;
	}
	for (size_t i = errata__next_word_start(p, len, ss, o); !year && i < o;
	     i = errata__next_word_start(p, len, i + 1, o)) {
		if ((kind = event_word(w, p, len, i)) == EVENT_NONE) {
			/* a date in full after it too, as below: "Brasília, inaugurada em 21 de abril de 1960, completou" */
			if ((year = made_year(w, p, len, i, o, ss)) > 0 ||
			    ((by_verb || t->kind == KIND_YEARS) && errata__words_match(&w->made_events, p, len, i, NULL) &&
			     (year = dated_after(ctx, w, i, o, 4)) > 0))
				kind = EVENT_FOUNDING;
			continue;
		}
		if (by_verb && (acts_on_object(ctx, w, i) || crosses_stop(p, i, o) || !agrees(w, p, len, own, i)))
			continue;
		year = year_beside(w, p, len, i, ss, o);
		/* "nata con il referendum del 2 giugno 1946, festeggia 80 anni";
		 * before an owner's count, a date one short word at most after a
		 * founding word: "fundado el 12 de octubre de 1961, … su 60.º
		 * aniversario" */
		if (!year && (by_verb || t->kind == KIND_YEARS))
			year = dated_after(ctx, w, i, o, 4);
		else if (!year && kind == EVENT_FOUNDING)
			year = dated_after(ctx, w, i, o, 1);
	}
	if (!year && o > ss && (year = made_after(w, p, len, oe > t->end ? oe : t->end, se)) > 0)
		kind = EVENT_FOUNDING;
	/* "The library was founded in 1901. … This year it marks its 125th
	 * anniversary": the article's one founding, after "it" or "its", or
	 * after "son", "sein" in a sentence that names what was founded;
	 * never a birthday's or a death's count */
	/* a count with no word for "of" is followed by its event word: "100. výročí vzniku" */
	te = w->anniversary_of.count ? t->end : oe;
	/* after a verb, "it" must be its subject: "its captain celebrates 20 years" is the captain's */
	thing = by_verb ? errata__words_match(&w->thing_owners, p, len, word_before(w, p, len, own), NULL) > 0
	                : thing_named(w, p, len, ss, t->start);
	/* "67 let od vzniku": a count of years since the founding itself */
	if (!year && (by_verb || bare || passive || errata__words_match(&w->founding_owners, p, len, own, NULL) > 0 ||
	              (t->kind == KIND_SINCE && event_word(w, p, len, own) == EVENT_FOUNDING)) &&
	    !trigger_of_person(w, p, len, t->start, te)) {
		size_t at = 0, fs, fe;
		/* a count of a founding ("200. výročí založení", "kuruluşunun
		 * 100. yılı") is no birthday's: a birth or a death the article
		 * states does not rule its founding out */
		int founding = trigger_of_founding(w, p, len, t->start, te) ||
		               event_word(w, p, len, own) == EVENT_FOUNDING;
		int y = article_founding(w, p, len, ss, &at, founding ? &sc[1] : &sc[0]);

		/* an owner that is itself a founding counts one: "kuruluşunun 125. yılını", "megalakulásának";
		 * "its" after a noun its article brings in that the founding's
		 * sentence does not name is that noun's ("The lighthouse was
		 * built in 1911. … the sailing club celebrates its 110th") */
		int its = thing && !(errata__words_in(&w->articles, p, len, ss, own) &&
		                     !names_founded(w, p, len, at, ss, se));

		/* of no event, no owner or no subject, what the sentence right
		 * before founded: "Klub powstał w 1927 roku. Jesienią odbędzie
		 * się gala z okazji 100-lecia", "Letos slaví 100. výročí" */
		int right_before = (passive || bare == 2 || (by_verb && times_alone(w, p, len, ss, own))) &&
		                   told_right_before(w, p, len, at, ss, &fs, &fe) &&
		                   founded_subject(ctx, w, at, fs, fe, y);

		if (bare == 2 && !right_before)
			y = 0;
		if (y > 0 && (its || (founding && bare != 2) || right_before ||
		              names_founded(w, p, len, at, ss, se) || pronoun_for_founded(ctx, w, ss, own, at, y))) {
			year = y;
			kind = EVENT_FOUNDING;
			earlier = 1;
		}
	}
	/* "… its 30th anniversary on Oct. 3; the restaurant opened on Oct. 3,
	 * 1997", "feiert sein 790-jähriges Bestehen. Es wurde 1236 …": the
	 * founding told right after the count, of the same subject; told in
	 * another year than the article's founding sentences away, it is
	 * another event, and which one the count marks is not known ("…
	 * 1950'de açılışının 76. yıl dönümü … kuruluşunun 100. yılını
	 * kutluyor. 1926'da açılan kütüphanenin …") */
	if ((!year || earlier) && (by_verb || errata__words_match(&w->founding_owners, p, len, own, NULL) > 0) &&
	    !trigger_of_person(w, p, len, t->start, te) &&
	    (after = founding_after(ctx, w, t, ss, se, thing || trigger_of_founding(w, p, len, t->start, te))) > 0) {
		if (year && after != year)
			return 0;
		year = after;
		kind = EVENT_FOUNDING;
	}
	if (!year)
		return 0;
	/* one clause: "was founded in 1931; its centenary is a decade away" is another */
	for (size_t i = ss; i < t->start; i++)
		if (p[i] == ';' || p[i] == ':')
			return 0;
	if (year_shifted(w, p, len, ss, se) && !(*on = shifted_year(ctx, w, t, oe, ss, se)))
		return 0;
	/* the one year of the sentence */
	for (size_t mi = errata__mention_at(ctx->mentions, ss); mi < count; mi++) {
		const errata_mention *m = errata_mentions_get(ctx->mentions, mi);

		if (m->offset >= se)
			break;
		/* a date written without its year is read in the year it falls in, not another */
		if (m->year > 0 && m->year != year && (m->flags & ERRATA_MENTION_YEAR_EXPLICIT)) {
			/*
			 * the day the anniversary falls on, written in full after
			 * the count in its clause ("its 40th anniversary with a gala
			 * on Oct. 17, 2016"), decides its year; any other is another
			 */
			if (on_e || m->offset < t->end || !m->month || !m->day)
				return 0;
			for (size_t i = t->end; i < m->offset; i++)
				if (p[i] == ',' || p[i] == ';' || p[i] == ':' || p[i] == '(')
					return 0;
			on_s = m->offset;
			on_e = m->offset + m->length;
			*on = m->year;
		}
	}
	for (size_t y = year_lead(ctx->words, p, ss, se); y < se; y = year_lead(ctx->words, p, y + 1, se))
		if ((y < on_s || y >= on_e) && errata__read_year(p, len, y) > 0 &&
		    errata__read_year(p, len, y) != year)
			return 0;
	memset(ev, 0, sizeof(*ev));
	ev->year = year;
	ev->kind = kind;
	for (size_t y = year_lead(ctx->words, p, ss, se); y < se; y = year_lead(ctx->words, p, y + 1, se))
		if (errata__read_year(p, len, y) == year) {
			ev->exact_year = dated_by_day(ctx, y, year);
			break;
		}
	return year;
}

/*
 * Whether a word of length_qualifiers ends right before the count at
 * `at`: "more than 20 years since the 2004 tsunami", "almost 25 years
 * since", "plus de 20 ans depuis" round the count, and say no exact one.
 */
static int approximate(const errata__words *w, const char *p, size_t len, size_t at)
{
	size_t e = at, o = at;

	while (e > 0 && p[e - 1] == ' ')
		e--;
	for (int k = 0; k < 3; k++) {
		size_t b = word_before(w, p, len, o), n;

		if (b >= o)
			break;
		o = b;
		n = errata__words_match(&w->length_qualifiers, p, len, o, NULL);
		if (n && o + n == e)
			return 1;
	}
	return 0;
}

/*
 * Where the clause of the count at `at` starts in its sentence [ss, at):
 * after a label that ends in a colon and writes no digit ("Club news:
 * Our club was founded in 1921 and celebrates …", "Vereinsnachrichten
 * SV Nord: Unser Verein wurde 1921 gegründet …"), else at ss. A colon
 * after a year ("was founded in 1931: its centenary …") still ends a
 * clause that the count is not in.
 */
static size_t after_label(const char *p, size_t ss, size_t at)
{
	size_t colon = ss;

	for (size_t i = ss; i + 1 < at; i++) {
		if (p[i] >= '0' && p[i] <= '9')
			return colon > ss ? colon : ss;
		if (p[i] == ':' && p[i + 1] == ' ')
			colon = i + 2;
	}
	return colon;
}

/*
 * Whether a word of "relative" for the article's day, or the day before
 * or after ("today", "Σήμερα", "Demà"), stands in the `words` words
 * before `at`, from ss on, with no mark between (blank_word_before():
 * "Hoje cumprem-se 50 anos").
 */
static int day_word_before(const errata__words *w, const char *p, size_t len, size_t at, size_t ss,
                           int words, const errata_check_ctx *weekdays)
{
	size_t o = at;
	int v;

	for (int k = 0; k < words && o > ss && p[o - 1] == ' '; k++) {
		o = blank_word_before(p, ss, o);
		if (errata__words_match(&w->relative, p, len, o, &v) && v >= -1 && v <= 1)
			return 1;
		/* a weekday with no date: of this week ("В субботу отмечается 60-летие") */
		if (weekdays && errata__words_match(&w->weekday_names, p, len, o, &v) && v >= 0 && v <= 6 &&
		    !(weekdays->mentions && mention_over(weekdays, o)))
			return 1;
	}
	return 0;
}

/*
 * Whether the count of years since at t names its day as the article's
 * (or the day before or after): such a word in the three words before
 * it ("Today marks 40 years since", "Σήμερα συμπληρώνονται 40 χρόνια
 * από", "Demà es compliran 40 anys de"). The anniversary's day is then
 * that day, and the count exact.
 */
static int day_marked(const errata__words *w, const char *p, size_t len, const trigger *t, size_t ss)
{
	return day_word_before(w, p, len, t->start, ss, 3, NULL);
}

/*
 * Whether a word of anniversary_times ("this year", "i år", "tänä
 * vuonna") stands in the five words before the count of years since at
 * t, from ss on, with no mark between ("I år er det 28 år siden"): the count is then of the
 * anniversary that falls in the article's year ("This year marks 26
 * years since the treaty was signed in 1997", "Det er i år 26 år
 * siden"), and exact. Not in a sentence [ss, se) that writes an earlier
 * date with its day, which the years may be counted to the article's
 * day from ("Letos uplynulo 44 let od … 21. srpna 1981" in January).
 */
static int year_marked(const errata_check_ctx *ctx, const errata__words *w, const trigger *t,
                       size_t ss, size_t se)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, o = t->start;
	size_t n = ctx->mentions ? errata_mentions_count(ctx->mentions) : 0;

	for (size_t mi = errata__mention_at(ctx->mentions, ss); mi < n; mi++) {
		const errata_mention *m = errata_mentions_get(ctx->mentions, mi);

		if (m->offset >= se)
			break;
		if (m->day > 0 && (m->flags & ERRATA_MENTION_YEAR_EXPLICIT) && m->year < ctx->article_date.year)
			return 0;
	}

	for (int k = 0; k < 5 && o > ss && p[o - 1] == ' '; k++) {
		o = blank_word_before(p, ss, o);
		if (errata__words_match(&w->anniversary_times, p, len, o, NULL))
			return 1;
	}
	return 0;
}

/*
 * Whether the clause of the count at t, from ss on, tells that it is
 * marked now: a word for the day as day_marked() reads it, or a weekday
 * of weekday_names outside a date, anywhere before it in the clause
 * ("Сьогодні 35-ті роковини", "Portugal assinala hoje os 50 anos da", "В
 * субботу отмечается 60-летие"), or a verb of years_since_verbs right before it ("Se
 * cumplen 50 años de", "Συμπληρώνονται 50 χρόνια από"). A date in its
 * event's phrase is then the event's, not the day it was marked.
 */
static int now_marked(const errata_check_ctx *ctx, const errata__words *w, const trigger *t, size_t ss)
{
	return day_word_before(w, ctx->prose, ctx->prose_len, t->start, ss, 12, ctx) ||
	       since_verb_before(w, ctx->prose, ctx->prose_len, t->start);
}

/* From this month of the article's year on, a celebration in the future may be the next year's. */
#define FUTURE_MONTH 10

/*
 * Whether the count of t fits an anniversary in `when` (in its month
 * `month`, 0 if none) of the event ev: the count itself; one less after
 * "since", or for a birthday not yet come ("ses 89 ans" in the year of the
 * 90th); one less in January or February, which may mark the count the
 * year before reached ("founded in 1999, celebrates its 25th anniversary
 * on Saturday, Jan. 18", 2025).
 */
static int count_fits(const trigger *t, const event_info *ev, int when, int month)
{
	int want = when - ev->year;

	return t->count == want ||
	       (t->count == want - 1 && ev->exact_year != when &&
	        (t->kind == KIND_SINCE || month == 1 || month == 2 ||
	         (t->kind == KIND_YEARS && ev->kind == EVENT_BIRTH)));
}

/*
 * Whether a date of [s, e), outside the object [t->object, oe), may be
 * the celebration's (with written, only a date that writes its year):
 * another date of the count's sentence ("al 25 Aprile: la targa sarà
 * scoperta domenica 25 aprile 2027, 82 anni dopo il 1945"), or one in
 * the two sentences after a count whose sentence writes no year, the
 * celebration told right after ("Tammerkosken koulu täyttää 100 vuotta:
 * se perustettiin vuonna 1927. Juhlaa vietetään perjantaina 21.
 * toukokuuta 2027").
 */
static int date_fits_in(const errata_check_ctx *ctx, const trigger *t, const event_info *ev,
                        size_t s, size_t e, size_t oe, int written)
{
	size_t count = ctx->mentions ? errata_mentions_count(ctx->mentions) : 0;

	for (size_t mi = errata__mention_at(ctx->mentions, s); mi < count; mi++) {
		const errata_mention *m = errata_mentions_get(ctx->mentions, mi);

		if (m->offset >= e)
			break;
		if (m->year > 0 && (!written || (m->flags & ERRATA_MENTION_YEAR_EXPLICIT)) &&
		    !(m->offset >= t->object && m->offset < oe) && count_fits(t, ev, m->year, m->month))
			return 1;
	}
	return 0;
}

/*
 * Whether a year written alone in the count's sentence [s, e), outside
 * its count and its object [t->object, oe), is one the count fits,
 * after the date that set the anniversary's year: "In November 2016
 * pupils buried a time capsule to be opened in 2066, the school's 150th
 * anniversary" (founded in 1916).
 */
static int year_fits_in(const errata_check_ctx *ctx, const trigger *t, const event_info *ev, size_t s,
                        size_t e, size_t oe)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len;
	int y;

	for (size_t k = year_lead(ctx->words, p, s, e); k < e; k = year_lead(ctx->words, p, k + 1, e))
		if ((k < t->object || k >= oe) && (k < t->start || k >= t->end) &&
		    (y = errata__read_year(p, len, k)) > ev->year && count_fits(t, ev, y, 0))
			return 1;
	return 0;
}

/*
 * Whether the bytes at k, after a count of years, make it something else
 * than the years since: a span, "before", "after", the Nth year, an
 * approximation or "for the first time in" ("年間", "年前", "年後",
 * "年目", "年余り", "年近く", "年ぶり", "年来").
 */
static int wide_years_other(const char *p, size_t len, size_t k)
{
	static const char *const next[] = { "間", "前", "後", "度", "目", "代", "生", "以", "余", "近",
	                                    "超", "半", "ぶ", "振", "来", "ま" /* まで: a year a span ends in */,
	                                    /* Korean: 년간, 년 전, 년 후, 년째, 년 만에, 년여, 년 이상,
	                                     * 년 가까이, 년 넘게, 년 남짓, 년 동안 */
	                                    "간", "전", "후", "째", "만", "여", "이상", "가까", "넘", "남짓",
	                                    "동안" };

	k = k < len && p[k] == ' ' ? k + 1 : k;
	for (size_t i = 0; i < sizeof(next) / sizeof(next[0]); i++)
		if (k + strlen(next[i]) <= len && memcmp(p + k, next[i], strlen(next[i])) == 0)
			return 1;
	/* a month's number after it: a date ("06年4月1日") */
	return k < len && p[k] >= '0' && p[k] <= '9';
}

/*
 * Counts of the years since an event written in Han or kana after a word
 * of wide_since ("1945年8月15日の終戦から80年を迎えた", "東日本大震災
 * （2011年3月11日）から15年となった"): up to three digits and "年", not a
 * span or a time before or after, nor a date or the end of a span
 * ("から06年4月1日まで": wide_years_other()), nor after "約".
 * The event's year is the one year its sentence writes before the word;
 * the count must be the years since it to the article's year, or one
 * less, unless the event's date has its anniversary within days of the
 * article's (dated_by_day()).
 */
static int wide_since(const errata_check_ctx *ctx, const errata__words *w)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len;
	int error = 0;

	if (ctx->article_date.year <= 0)
		return 0;
	for (size_t i = 0; !error && i < w->wide_since.count; i++) {
		const errata__word *x = &w->wide_since.items[i];

		for (const char *hit = errata__memmem(p, len, x->word, x->len); !error && hit;
		     hit = errata__memmem(hit + x->len, len - (size_t)(hit + x->len - p), x->word, x->len)) {
			size_t at = (size_t)(hit - p), ds = errata__skip_space(p, len, at + x->len), de, n;
			size_t ss, se, yat = SIZE_MAX;
			int count = 0, year = 0, when, marked = 0;
			trigger t;
			event_info ev;

			/* "체결된 지 올해로 20년": a word of anniversary_times (and 로) before
			 * the count, which is then the one the year reaches (year_marked()) */
			if ((n = errata__words_match(&w->anniversary_times, p, len, ds, NULL)) > 0) {
				size_t k = ds + n;

				if (k + 3 <= len && memcmp(p + k, "\xeb\xa1\x9c", 3) == 0) /* 로 */
					k += 3;
				if (k < len && p[k] == ' ') {
					ds = errata__skip_space(p, len, k);
					marked = 1;
				}
			}
			de = ds;

			while (de < len && de - ds < 4 && p[de] >= '0' && p[de] <= '9')
				count = count * 10 + (p[de++] - '0');
			/* (a leading zero writes a year short: "06年") */
			if (de == ds || de - ds > 3 || count <= 0 || p[ds] == '0' || de + 3 > len ||
			    (memcmp(p + de, "年", 3) != 0 && memcmp(p + de, "년", 3) != 0) ||
			    wide_years_other(p, len, de + 3) || (ds >= 3 && memcmp(p + ds - 3, "約", 3) == 0))
				continue;
			errata__sentence(w, p, len, at, &ss, &se);
			for (size_t d = ss; d + 4 <= at; d++) {
				int y = wide_year_at(p, ss, at, d);

				if (y && year && y != year) {
					year = 0;
					yat = SIZE_MAX;
					break;
				}
				if (y && !year) {
					year = y;
					yat = d;
				}
			}
			when = ctx->article_date.year + wide_shift(w, p, len, ss, se);
			if (!year || year >= when || wide_other_year(ctx, ss, se, year))
				continue;
			memset(&t, 0, sizeof(t));
			t.kind = KIND_SINCE;
			t.start = ds;
			t.end = de + 3;
			t.count = count;
			memset(&ev, 0, sizeof(ev));
			ev.year = year;
			ev.kind = EVENT_FOUNDING;
			ev.exact_year = marked && when == ctx->article_date.year ? when : dated_by_day(ctx, yat, year);
			if (!count_fits(&t, &ev, when, 0))
				error = report(ctx, &t, when, &ev);
		}
	}
	return error < 0 ? error : 0;
}

static int anniversary_run(const errata_check_ctx *ctx)
{
	const errata__words *w = NULL;
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, nstarts = 0, *starts = NULL;
	/* the document's births, else this run's own */
	errata__births own = { NULL, 0, 0 }, *births = ctx->births ? ctx->births : &own;
	founding_scan founding[2] = { FOUNDING_SCAN_INIT, FOUNDING_ONLY_SCAN_INIT };
	errata__ann_judged judged = { NULL, 0, 0 };
	int error = 0;

	if ((error = errata__check_words(ctx, &w)) < 0)
		goto cleanup;
	if (!w->anniversary.count && !w->named_anniversaries.count && !w->years_since.count)
		goto cleanup;
	if ((error = wide_anniversaries(ctx, w)) < 0 || (error = wide_since(ctx, w)) < 0)
		goto cleanup;
	if ((error = trigger_starts(w, p, len, &starts, &nstarts)) < 0)
		goto cleanup;
	for (size_t k = 0, done_to = 0; k < nstarts; k++) {
		trigger t;
		event_info ev;
		size_t ss, se, oe, mi, count;
		int when = 0, when_month = 0, headline;
		size_t when_at = SIZE_MAX; /* the year written alone the celebration's year was read from */
		size_t head = SIZE_MAX;    /* a year heading the count's noun phrase (year_heading()) */

		if (starts[k] < done_to || !read_trigger(w, ctx->mentions, p, len, starts[k], &t))
			continue;
		done_to = t.end;
		if (t.kind == KIND_SINCE && approximate(w, p, len, t.start))
			continue;
		if ((error = errata__births_read(births, w, p, len, ctx->mentions)) < 0)
			goto cleanup;
		errata__sentence(w, p, len, t.start, &ss, &se);
		ss = after_label(p, ss, t.start);
		t.now = now_marked(ctx, w, &t, ss);
		oe = phrase_end(ctx, w, &t, se);
		if (t.later && !told_up_to_now(ctx, w, ss, se, t.object, oe))
			continue;
		if (!event_year(ctx, w, births->list, births->count, &t, t.object, oe, &ev) &&
		    !possessive_year(ctx, w, births->list, births->count, &t, &ev) &&
		    !year_heading(ctx, w, &t, ss, &ev, &head) && !thing_founded_after(ctx, w, &t, se, oe, &ev) &&
		    !stem_dated(ctx, w, &t, ss, oe, &ev, &head)) {
			if (!event_before(ctx, w, &t, ss, se, oe, &ev, &when, founding))
				continue;
			/*
			 * the sentence's one written year is the event's: the
			 * anniversary falls in the year of a date written without
			 * one ("its 40th anniversary with a gala on Oct. 17"), else
			 * the article's
			 */
			count = ctx->mentions ? errata_mentions_count(ctx->mentions) : 0;
			for (mi = errata__mention_at(ctx->mentions, ss); !when && mi < count; mi++) {
				const errata_mention *m = errata_mentions_get(ctx->mentions, mi);

				if (m->offset >= se)
					break;
				if (m->year > 0 && !(m->flags & ERRATA_MENTION_YEAR_EXPLICIT)) {
					when = m->year;
					when_month = m->month;
				}
			}
			if (!when)
				when = ctx->article_date.year;
		}
		/* the year the anniversary falls in: a date in the sentence, else the article's */
		count = ctx->mentions ? errata_mentions_count(ctx->mentions) : 0;
		for (mi = errata__mention_at(ctx->mentions, ss); !when && mi < count; mi++) {
			const errata_mention *m = errata_mentions_get(ctx->mentions, mi);

			if (m->offset >= se)
				break;
			/* not the event's, nor a date that the year heading it opens ("1848. március 15-i") */
			if ((m->offset >= t.object && m->offset < oe) ||
			    (m->offset + m->length > head && m->offset < t.start))
				continue;
			if (m->year > 0) {
				when = m->year;
				when_month = m->month;
				break;
			}
		}
		for (size_t y = year_lead(ctx->words, p, ss, se); !when && y < se;
		     y = year_lead(ctx->words, p, y + 1, se))
			if ((y < t.object || y >= oe) && (y < t.start || y >= t.end) && y != head &&
			    !since_year(w, p, len, t.end, y) && !errata__ann_decade(w, p, len, y) &&
			    (when = errata__read_year(p, len, y)) > 0)
				when_at = y;
		/* "Last year, on the 75th anniversary of the 1950 armistice": not this year's */
		if (!when && year_shifted(w, p, len, ss, se) && !(when = shifted_year(ctx, w, &t, oe, ss, se)))
			continue;
		if (!when)
			when = ctx->article_date.year;
		if ((error = errata__ann_judged_add(&judged, t.start, t.end)) < 0)
			goto cleanup;
		if (t.kind == KIND_SINCE && when == ctx->article_date.year &&
		    (day_marked(w, p, len, &t, ss) || year_marked(ctx, w, &t, ss, se)))
			ev.exact_year = when;
		if (when <= 0 || ev.year >= when || count_fits(&t, &ev, when, when_month))
			continue;
		if (date_fits_in(ctx, &t, &ev, ss, se, oe, 0) || year_fits_in(ctx, &t, &ev, ss, se, oe) ||
		    (when_at == SIZE_MAX &&
		     date_fits_in(ctx, &t, &ev, se, errata__ann_next_sentences(w, p, len, se), oe, 1)))
			continue;
		/* a year an event word dates is another event's, and the
		 * article's year a reading too ("i 300 anni dalla prima
		 * esecuzione, avvenuta nel 1726, e i 40 anni della Cappella,
		 * fondata nel 1986") */
		if (when_at < se && event_dated(w, p, len, when_at, ss) &&
		    count_fits(&t, &ev, ctx->article_date.year, 0))
			continue;
		/* after a verb in the future, in a sentence with no date, in the
		 * last quarter: the article's year or the next ("The club will
		 * mark 150 years since its foundation in 1877", late in 2026) */
		if (when == ctx->article_date.year && ctx->article_date.month >= FUTURE_MONTH &&
		    errata__mention_at(ctx->mentions, ss) == errata__mention_at(ctx->mentions, se) &&
		    errata__words_in(&w->anniversary_future, p, len, ss, t.start) && count_fits(&t, &ev, when + 1, 0))
			continue;
		/* in a look ahead or back whose headline names its year ("The
		 * year ahead: what 2027 holds"), a count of no dated sentence
		 * may be that year's */
		if (when == ctx->article_date.year && when_at == SIZE_MAX &&
		    (headline = errata__mentions_headline_year(ctx->mentions)) && headline != when &&
		    count_fits(&t, &ev, headline, 0))
			continue;
		if ((error = report(ctx, &t, when, &ev)) < 0)
			goto cleanup;
	}
	error = errata__anniversary_pair(ctx, w, &judged);

cleanup:
	free(starts);
	errata__ann_judged_dispose(&judged);
	errata__births_dispose(&own);
	return error;
}

const errata_check errata__check_anniversary = {
	"date.anniversary", ERRATA_SEVERITY_WARNING,
	"an anniversary (\"150th anniversary\", \"centenary\", \"20 years since\") whose count disagrees with the event's year",
	NULL, anniversary_run, 0
};

int errata__anniversary_report_dated(const errata_check_ctx *ctx, size_t start, size_t end,
                                     int count, int when, int year)
{
	event_info ev;

	memset(&ev, 0, sizeof(ev));
	ev.year = year;
	ev.kind = EVENT_FOUNDING;
	return report_count(ctx, start, end, count, when, &ev);
}
