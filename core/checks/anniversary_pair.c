/*
 * core/checks/anniversary_pair.c: the fallback reading of date.anniversary.
 * anniversary.c reads an anniversary by its shape ("the 150th anniversary
 * of X", "founded in 1976, it celebrates its 50th"); news writes many
 * more ("Created in 1996, the prize celebrates its silver jubilee",
 * "first went to press in 1885. This week the paper marks 135 years",
 * "Il y a 36 ans, en 1996, …"). Here a count that no shape judged is
 * paired with the year of a founding or an event by proximity: the year
 * a word of founding_events, made_events or death_events dates in the
 * count's sentence, else in the sentence before or after it in its
 * paragraph when the paragraph writes that one count and that one
 * such year, else, for an anniversary's count, in a paragraph before it
 * whose event sentence names the noun the count's sentence names
 * (article_event()). The count is flagged only when it fits none of the years
 * the celebration may fall in: the article's, the one a word of
 * year_shifts names, any other year the sentence writes.
 */
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "checks/anniversary_pair.h"
#include "checks/words.h"
#include "text/text.h"
#include "text/wordindex.h"
#include "text/wordstarts.h"
#include "common.h"
#include "dates/mention.h"

enum { PAIR_ANNIV, PAIR_YEARS, PAIR_SINCE, PAIR_AGO };

typedef struct {
	size_t start, end; /* the count as written: "45th anniversary", "135 years", "silver jubilee" */
	int count;
	int type;
	int strict; /* an age's verb or a birthday: only a founding written right by its year */
	int birthday; /* "its 30th birthday": not a person's ("his 80th birthday") */
} pair_count;

typedef struct {
	size_t at; /* the year */
	int year;
	int founding; /* dated by a word of founding_events */
	int birth;    /* by a word of birth_events: the count may be a person's age */
	size_t word_end; /* where the event word ends */
	int suffixed; /* the year carries a case ending ("1961'de kurulan") */
	int strict;   /* the year right by the word, or past one short word ("in", "nel") */
} pair_event;

enum { PAIR_MAX_EVENTS = 16 };

/* A growing list of offsets. */
typedef struct {
	size_t *v;
	size_t n, alloc;
} offsets;

/* Room for `more` after v[0, n) of *alloc: 0, or an error code on no memory. */
static int offsets_room(size_t **v, size_t n, size_t *alloc, size_t more)
{
	if (n + more > *alloc) {
		size_t na = *alloc ? *alloc * 2 : 16;
		size_t *grown = realloc(*v, na * sizeof(*grown));

		if (!grown)
			return errata__oom();
		*v = grown;
		*alloc = na;
	}
	return 0;
}

/*
 * The lists a document's counts are gathered in (the places' runs and
 * years, gather()'s counts), kept on the thread from one document to the
 * next: emptied for each, not allocated again (they grow in nearly every
 * article). While a document is read they are its own (spare_take()),
 * then given back (spare_give(), spare_counts()); freed when the thread
 * ends.
 */
static _Thread_local struct {
	offsets runs, years;
	pair_count *counts;
	size_t counts_alloc;
	int registered;     /* spare_free() runs when the thread ends */
} spare;

static void spare_free(void)
{
	free(spare.runs.v);
	free(spare.years.v);
	free(spare.counts);
	spare.runs.v = spare.years.v = NULL;
	spare.runs.alloc = spare.years.alloc = 0;
	spare.counts = NULL;
	spare.counts_alloc = 0;
}

/* Whether the thread keeps the spare lists (spare_free() registered for its end). */
static int spare_kept(void)
{
	if (!spare.registered && errata__thread_cleanup(spare_free) == 0)
		spare.registered = 1;
	return spare.registered;
}

/* The spare list *from as o, emptied (*from: none meanwhile). */
static void spare_take(offsets *o, offsets *from)
{
	*o = *from;
	o->n = 0;
	from->v = NULL;
	from->alloc = 0;
}

/* Keep the list o as the spare *to, or free it when the thread cannot keep it. */
static void spare_give(offsets *to, offsets *o)
{
	if (!spare_kept()) {
		free(o->v);
		return;
	}
	free(to->v);
	*to = *o;
}

/* (inline: a list grows only a few times, it is added to at every run of digits) */
static inline int offsets_add(offsets *o, size_t at)
{
	int error;

	if (o->n == o->alloc && (error = offsets_room(&o->v, o->n, &o->alloc, 1)) < 0)
		return error;
	o->v[o->n++] = at;
	return 0;
}

int errata__ann_judged_add(errata__ann_judged *j, size_t start, size_t end)
{
	int error = offsets_room(&j->v, j->n, &j->alloc, 2);

	if (!error) {
		j->v[j->n++] = start;
		j->v[j->n++] = end;
	}
	return error;
}

void errata__ann_judged_dispose(errata__ann_judged *j)
{
	free(j->v);
	memset(j, 0, sizeof(*j));
}

static int judged_at(const errata__ann_judged *j, size_t s, size_t e)
{
	for (size_t k = 0; j && k + 1 < j->n; k += 2)
		if (j->v[k] < e && s < j->v[k + 1])
			return 1;
	return 0;
}

static size_t word_len(const char *p, size_t len, size_t at)
{
	size_t e = at;

	while (e < len && errata__is_word_byte(p, len, e))
		e++;
	return e - at;
}

/* The start of the word that ends before `at`, past spaces only; `at` when there is none after lo. */
static size_t prev_word(const char *p, size_t len, size_t at, size_t lo)
{
	size_t e = at, s;

	while (e > lo && p[e - 1] == ' ')
		e--;
	s = errata__word_start_back(p, len, e, lo);
	return s < e ? s : at;
}

int errata__ann_times(const errata__words *w, const char *p, size_t len, size_t at, size_t end,
                      size_t *start)
{
	size_t te = at, ts, k, a = errata__skip_space(p, len, end);
	int v = 0, n;

	/* a noun in lower case after it may be what the ordinal counts: "the
	 * third centenary lecture" (not "quinto centenario con", "de", "este año") */
	if (a > end && errata__lower_letter_at(p, len, a) && !errata__words_match(&w->phrase_ends, p, len, a, NULL) &&
	    !errata__words_match(&w->anniversary_of, p, len, a, NULL) &&
	    !errata__words_match(&w->anniversary_times, p, len, a, NULL))
		return 0;
	while (te > 0 && p[te - 1] == ' ')
		te--;
	if (te == at || te == 0)
		return 0;
	for (ts = te; ts > 0 && p[ts - 1] != ' ' && p[ts - 1] != '\n' && p[ts - 1] != '\t'; ts--)
		;
	*start = ts;
	if (errata__words_match(&w->ordinals, p, len, ts, &v) == te - ts)
		return v;
	/* "5.º", "5e": digits and an ordinal suffix */
	for (k = ts, v = 0; k < te && k - ts < 2 && p[k] >= '0' && p[k] <= '9'; k++)
		v = v * 10 + (p[k] - '0');
	if (k > ts)
		return k < te && errata__words_match(&w->ordinal_suffixes, p, len, k, NULL) == te - k ? v : 0;
	/* a Roman numeral in capitals: "el V Centenario" */
	for (k = ts, v = 0; k < te && te - ts <= 4; k++) {
		n = p[k] == 'I' ? 1 : p[k] == 'V' ? 5 : p[k] == 'X' ? 10 : 0;
		if (!n)
			return 0;
		/* a smaller numeral before a larger one is taken from it ("IV") */
		v += k + 1 < te && n == 1 && (p[k + 1] == 'V' || p[k + 1] == 'X') ? -1 : n;
	}
	return v > 0 ? v : 0;
}

enum { BACK_MAX = 5 };

/*
 * The starts of the words before `at`, nearest first, up to `max` (at
 * most BACK_MAX) of them, read once for every list phrase_in() tries:
 * past spaces only, ending at lo, where no word is, or after a word of
 * digits.
 */
typedef struct {
	size_t at[BACK_MAX];
	int n;
} words_back;

static void back_from(words_back *wb, const char *p, size_t len, size_t at, size_t lo, int max)
{
	size_t s = at;

	for (wb->n = 0; wb->n < max && wb->n < BACK_MAX; wb->n++) {
		size_t b = prev_word(p, len, s, lo);

		if (b >= s || (p[b] >= '0' && p[b] <= '9'))
			break;
		wb->at[wb->n] = s = b;
	}
}

/*
 * Where a phrase of `list` ends at `at`, with at most `words` words of
 * letters between them ("feirer skolen 153 år", "bestaat volgend jaar 118
 * jaar"), among the words wb read before `at`: its start, else `at`.
 */
static size_t phrase_in(const errata__wordlist *list, const words_back *wb, const char *p,
                        size_t len, size_t at, int words)
{
	for (int k = 0; k < wb->n && k < words + 3; k++) {
		size_t s = wb->at[k], n;

		if ((n = errata__words_match(list, p, len, s, NULL)) > 0 && s + n <= at) {
			int inner = 0; /* the phrase's own words after its first */

			for (size_t j = s; j < s + n; j++)
				inner += p[j] == ' ';
			if (k - inner <= words)
				return s;
		}
	}
	return at;
}

/* phrase_in() for the words before `at`, back to lo. */
static size_t phrase_before(const errata__wordlist *list, const char *p, size_t len, size_t at,
                            size_t lo, int words)
{
	words_back wb;

	back_from(&wb, p, len, at, lo, words + 3);
	return phrase_in(list, &wb, p, len, at, words);
}

/* Whether a stop, a dash or the end of the sentence comes at a (past spaces). */
static int clause_ends(const char *p, size_t len, size_t a, size_t se)
{
	a = errata__skip_space(p, len, a);
	return a >= se || strchr(".,;:!?)\n", p[a]) ||
	       ((unsigned char)p[a] == 0xe2 && a + 1 < len && (unsigned char)p[a + 1] == 0x80);
}

/*
 * Whether a "with" of one word of anniversary_years_after at a opens the
 * celebration's means, an article, a noun and a word of anniversary_of
 * ("com a abertura de um museu", "with the opening of a wing"), not a
 * tenure's company ("20 years with the team").
 */
static int with_means(const errata__words *w, const char *p, size_t len, size_t a)
{
	size_t n = errata__words_match(&w->anniversary_years_after, p, len, a, NULL), k;

	if (!n || memchr(p + a, ' ', n) || errata__words_match(&w->and_words, p, len, a, NULL) ||
	    !(k = errata__words_match(&w->articles, p, len, a = errata__skip_space(p, len, a + n), NULL)))
		return 0;
	a = errata__skip_space(p, len, a + k);
	if (!(k = word_len(p, len, a)) || !errata__lower_letter_at(p, len, a))
		return 0;
	return errata__words_match(&w->anniversary_of, p, len, errata__skip_space(p, len, a + k), NULL) > 0;
}

/*
 * Whether a stop comes at e, past an owner at most, as Greek writes one
 * after the count or the event: "τα 60 χρόνια του.", "την 60ή επέτειό
 * του.", "της ίδρυσής του."
 */
static int years_owned(const errata__words *w, const char *p, size_t len, size_t e, size_t se)
{
	size_t a = errata__skip_space(p, len, e), o = errata__words_match(&w->anniversary_owners, p, len, a, NULL);

	return clause_ends(p, len, a, se) || (o && clause_ends(p, len, a + o, se));
}

/*
 * Whether a count of years that ends at e ends its phrase: a stop (past
 * an owner: "τα 60 χρόνια του."), a phrase of anniversary_years_after of two words or more ("in business",
 * "of history"; "with" may open a tenure's company: "20 years with the
 * team"), a word of anniversary_times, year_shifts or and_words; not
 * "20 years as mayor", "100 years of photography".
 */
static int years_end(const errata__words *w, const char *p, size_t len, size_t e, size_t se)
{
	size_t a = errata__skip_space(p, len, e), n = errata__words_match(&w->anniversary_years_after, p, len, a, NULL);

	return years_owned(w, p, len, e, se) || (n && memchr(p + a, ' ', n)) || with_means(w, p, len, a) ||
	       errata__words_match(&w->anniversary_times, p, len, a, NULL) ||
	       errata__words_match(&w->year_shifts, p, len, a, NULL) ||
	       errata__words_match(&w->and_words, p, len, a, NULL);
}

/*
 * Whether the phrase at a (after "of", "since") is the subject's own
 * event: an event word, after an owner or an article at most, that ends
 * its phrase ("of its founding", "since her death"; not "of its founding
 * director's death", "of the armistice").
 */
static int own_event(const errata__words *w, const char *p, size_t len, size_t a, size_t se)
{
	size_t n;

	a = errata__skip_space(p, len, a);
	if ((n = errata__words_match(&w->anniversary_owners, p, len, a, NULL)) > 0 ||
	    (n = errata__words_match(&w->articles, p, len, a, NULL)) > 0)
		a = errata__skip_space(p, len, a + n);
	if (!(n = errata__words_match(&w->founding_events, p, len, a, NULL)) &&
	    !(n = errata__words_match(&w->made_events, p, len, a, NULL)) &&
	    !(n = errata__words_match(&w->death_events, p, len, a, NULL)))
		return 0;
	return years_owned(w, p, len, a + n, se) ||
	       errata__words_match(&w->phrase_ends, p, len, errata__skip_space(p, len, a + n), NULL);
}

/*
 * Whether what "of" (or a genitive's owner or article: "den 10. Jahrestag
 * ihrer Gründerin"; or a case ending, in a table with no word for "of")
 * opens after the anniversary that ends at e, if anything, is the
 * subject's own event.
 */
static int of_own(const errata__words *w, const char *p, size_t len, size_t e, size_t se, int named)
{
	size_t a = errata__skip_space(p, len, e), o;

	if (a == e || years_owned(w, p, len, e, se))
		return 1;
	if ((o = errata__words_match(&w->anniversary_of, p, len, a, NULL)) > 0)
		return own_event(w, p, len, a + o, se);
	/* with no word for "of", a case ending says it: "40-lecie pracy w
	 * nowym budynku"; after a named anniversary, in any language
	 * ("centenarul orașului") */
	if ((!w->anniversary_of.count || named) && errata__lower_letter_at(p, len, a) &&
	    (named || !clause_ends(p, len, a + word_len(p, len, a), se)) && /* the verb: "70. yılını kutladı." */
	    !errata__words_match(&w->copulas, p, len, a, NULL) &&
	    !errata__words_match(&w->and_words, p, len, a, NULL) &&
	    !errata__words_match(&w->anniversary_times, p, len, a, NULL) &&
	    !errata__words_match(&w->year_shifts, p, len, a, NULL) &&
	    !errata__words_match(&w->phrase_ends, p, len, a, NULL))
		return own_event(w, p, len, a, se);
	/* with no word for "of", a name in capitals is another's, in the
	 * genitive: "отмечает 81-ю годовщину Победы" */
	if (!w->anniversary_of.count && errata__capital_letter_at(p, len, a))
		return 0;
	return !(errata__words_match(&w->anniversary_owners, p, len, a, NULL) ||
	         errata__words_match(&w->articles, p, len, a, NULL)) ||
	       own_event(w, p, len, a, se);
}

int errata__ann_ends_in(const errata__wordlist *endings, const char *p, size_t len, size_t a)
{
	size_t n = word_len(p, len, a);

	for (size_t k = 0; k < endings->count; k++) {
		const errata__word *x = &endings->items[k];

		if (x->len < n && memcmp(p + a + n - x->len, x->word, x->len) == 0)
			return 1;
	}
	return 0;
}

/* The length of the mark at p[k] that joins a year to its ending: a hyphen or an apostrophe. */
static size_t year_joint(const char *p, size_t len, size_t k)
{
	if (k < len && (p[k] == '-' || p[k] == '\''))
		return 1;
	return k + 3 <= len && memcmp(p + k, "\xe2\x80\x99", 3) == 0 ? 3 : 0; /* ’ */
}

/* A word of decade_endings written on to the four digits at y ("1920-talet", "1920'erne"). */
static int decade_ending_at(const errata__words *w, const char *p, size_t len, size_t y)
{
	size_t j = year_joint(p, len, y + 4);

	return j && errata__words_match(&w->decade_endings, p, len, y + 4 + j, NULL) > 0;
}

int errata__ann_decade(const errata__words *w, const char *p, size_t len, size_t y)
{
	size_t k = y + 4;

	if (!w->decade_endings.count || k >= len)
		return 0;
	if (decade_ending_at(w, p, len, y))
		return 1;
	/* "1920- och 1930-talen": the first of two decades takes its ending from the second */
	if (p[k] != '-' || k + 1 >= len || p[k + 1] != ' ')
		return 0;
	k++;
	for (int words = 0; words < 3; words++) {
		size_t n;

		k = errata__skip_space(p, len, k);
		if (errata__read_year(p, len, k) > 0)
			return decade_ending_at(w, p, len, k);
		if (!(n = word_len(p, len, k)))
			return 0;
		k += n;
	}
	return 0;
}

/*
 * Whether the count c, after an owner ("своё"), is followed by the means
 * of its celebration, a word in lower case in the case means_endings or
 * owned_means_endings lists (the latter may be a genitive's too, so only
 * after an owner: "отмечает своё 90-летие премьерой спектакля"), not by
 * the event it counts: an owned count has no event after it.
 */
static int celebrated_with(const errata__words *w, const char *p, size_t len, const pair_count *c)
{
	size_t b = prev_word(p, len, c->start, 0), a = errata__skip_space(p, len, c->end);

	return w->means_endings.count && b < c->start && a > c->end &&
	       errata__words_match(&w->anniversary_owners, p, len, b, NULL) && errata__lower_letter_at(p, len, a) &&
	       (errata__ann_ends_in(&w->means_endings, p, len, a) ||
	        errata__ann_ends_in(&w->owned_means_endings, p, len, a));
}

/*
 * The anniversary word at e (past a word of anniversary_kinds: "25th
 * wedding anniversary") that follows the count c starts: fills c.
 * What "of" opens after it must be the subject's founding or an event
 * ("of its founding", "of her death"), not another thing ("the 75th
 * anniversary of the armistice").
 */
static int anniversary_after(const errata__words *w, const char *p, size_t len, size_t e,
                             size_t se, pair_count *c)
{
	size_t n = errata__words_match(&w->anniversary_kinds, p, len, e, NULL);

	if (n && !errata__words_match(&w->anniversary, p, len, e, NULL) &&
	    errata__skip_space(p, len, e + n) > e + n)
		e = errata__skip_space(p, len, e + n);
	if ((n = errata__words_match(&w->anniversary, p, len, e, NULL)) > 0) {
		c->strict = c->birthday = errata__words_match(&w->birth_events, p, len, e, NULL) > 0;
	} else if ((n = errata__words_match(&w->thing_anniversaries, p, len, e, NULL)) > 0) {
		c->strict = c->birthday = 1;
	} else {
		return 0;
	}
	c->type = PAIR_ANNIV;
	c->end = e + n;
	return of_own(w, p, len, c->end, se, 0) || celebrated_with(w, p, len, c);
}

/*
 * A count of years at [i, k) of value v: "N years since" (its event an
 * event word, "56 years since her death"), "N years ago" or "il y a N
 * ans", or a verb of anniversary_verbs or of the age tables up to two
 * words before it ("marks 135 years", "cumple 75 años", "turns 40") or
 * an owner right before it ("ses 35 bougies") when the count ends its
 * phrase (years_end()).
 */
static int years_after(const errata__words *w, const char *p, size_t len, size_t i, size_t k,
                       int v, size_t ss, size_t se, pair_count *c)
{
	size_t e = errata__skip_space(p, len, k), n, ye, a;
	int age, owned;
	words_back wb;

	c->count = v;
	if (e > k && (n = errata__words_match(&w->years_since, p, len, e, NULL)) > 0) {
		c->type = PAIR_SINCE;
		c->end = e + n;
		return clause_ends(p, len, c->end, se) || own_event(w, p, len, c->end, se);
	}
	if (e > k && (n = errata__words_match(&w->anniversary_years, p, len, e, NULL)) > 0) {
		ye = e + n;
		a = errata__skip_space(p, len, ye);
		c->end = ye;
		if (a > ye && (n = errata__words_match(&w->relative_ago, p, len, a, NULL)) > 0) {
			c->type = PAIR_AGO;
			c->end = a + n;
			return 1;
		}
		back_from(&wb, p, len, i, ss, BACK_MAX);
		if (phrase_in(&w->relative_ago_before, &wb, p, len, i, 0) < i) {
			c->type = PAIR_AGO;
			return 1;
		}
	} else {
		ye = k; /* "turns 40 this summer" */
		back_from(&wb, p, len, i, ss, BACK_MAX);
	}
	age = phrase_in(&w->age_turns, &wb, p, len, i, 2) < i ||
	      phrase_in(&w->age_turned, &wb, p, len, i, 2) < i ||
	      phrase_in(&w->age_will_turn, &wb, p, len, i, 2) < i;
	if (ye == k && !age)
		return 0;
	/* "ses 35 bougies": an owner's count, of a thing only when its founding is by its year */
	owned = ye > k && phrase_in(&w->anniversary_owners, &wb, p, len, i, 0) < i;
	if (!age && !owned && phrase_in(&w->anniversary_verbs, &wb, p, len, i, 2) == i)
		return 0;
	c->type = PAIR_YEARS;
	c->strict = age || owned;
	c->end = ye;
	return years_end(w, p, len, ye, se);
}

/* The count that starts at the word i of the sentence [ss, se): 1 and c filled, else 0. */
static int read_count(const errata__words *w, const char *p, size_t len, size_t i, size_t ss,
                      size_t se, int anniv_only, pair_count *c)
{
	size_t k = i, n, e;
	int v = 0;

	memset(c, 0, sizeof(*c));
	c->start = i;
	if (i > 0 && p[i - 1] == '-')
		return 0; /* the tail of "Sixty-one", "2-1" */
	if ((n = errata__words_match(&w->named_anniversaries, p, len, i, &v)) > 0) {
		int times = errata__ann_times(w, p, len, i, i + n, &e);

		c->type = PAIR_ANNIV;
		c->count = times > 0 ? v * times : v;
		c->start = times > 0 ? e : i;
		c->end = i + n;
		return v > 0 && of_own(w, p, len, c->end, se, 1);
	}
	while (k < se && p[k] >= '0' && p[k] <= '9' && k - i < 4)
		v = v * 10 + (p[k++] - '0');
	if (k > i) {
		/* a count, not a year, a share or a part of a larger number */
		if (k - i > 3 || v <= 0 || (k < len && p[k] >= '0' && p[k] <= '9') ||
		    (i > 0 && strchr(".,/", p[i - 1])))
			return 0;
		c->count = v;
		if (k + 1 < se && p[k] == '-') {
			/* "45-lecia", "80-årsjubileum"; "62-jährige Jubiläum", "49-летний юбилей" */
			if ((n = errata__words_match(&w->anniversary, p, len, k + 1, NULL)) > 0) {
				c->type = PAIR_ANNIV;
				c->end = k + 1 + n;
				return of_own(w, p, len, c->end, se, 0) || celebrated_with(w, p, len, c);
			}
			e = errata__skip_space(p, len, k + 1 + word_len(p, len, k + 1));
			return e > k + 1 && anniversary_after(w, p, len, e, se, c);
		}
		n = errata__words_match(&w->ordinal_suffixes, p, len, k, NULL);
		e = errata__skip_space(p, len, k + n);
		if (e > k + n && anniversary_after(w, p, len, e, se, c))
			return 1;
		return !n && !anniv_only && years_after(w, p, len, i, k, v, ss, se, c);
	}
	if ((n = errata__words_match(&w->ordinals, p, len, i, &v)) > 0 && v > 0) {
		c->count = v;
		e = errata__skip_space(p, len, i + n);
		if (e > i + n && anniversary_after(w, p, len, e, se, c))
			return 1;
	}
	if (!anniv_only && (n = errata__read_count(w, p, len, i, &v)) > 0 && v > 0)
		return years_after(w, p, len, i, i + n, v, ss, se, c);
	return 0;
}

/* Whether the word at b is a short link ("in", "en", "nel", "w", "roce"), not an owner or article. */
static int short_link(const errata__words *w, const char *p, size_t len, size_t b, size_t n)
{
	return n <= 5 && errata__lower_letter_at(p, len, b) &&
	       !errata__words_match(&w->articles, p, len, b, NULL) &&
	       !errata__words_match(&w->thing_owners, p, len, b, NULL) &&
	       !errata__words_match(&w->anniversary_owners, p, len, b, NULL) &&
	       !errata__words_match(&w->pronouns, p, len, b, NULL);
}

/*
 * The year that the event word [i, i + n) dates: written after it, past
 * up to four words in lower case, the first a short link or an owner,
 * none of and_words ("eröffnet und 2010 saniert" is another act)
 * ("Created in 1996", "signed their charter in 1995", "est. 1977"), or right before it ("1961 eröffnet"). Fills
 * ev (strict: past short links only, "in", "v roce"); 0 when there is
 * none in [lo, hi).
 */
static int dated(const errata__words *w, const char *p, size_t len, size_t i, size_t n, size_t lo,
                 size_t hi, pair_event *ev)
{
	size_t a = i + n, b;
	int words = 0, links = 1;

	while ((b = errata__skip_space(p, len, a)) < hi && words <= 4) {
		if ((ev->year = errata__read_year(p, len, b)) > 0) {
			ev->at = b;
			ev->strict = words <= 2 && links;
			return 1;
		}
		if (!errata__word_start(p, len, b) || (p[b] >= '0' && p[b] <= '9'))
			break;
		n = word_len(p, len, b);
		/* an article only right before the year: "inaugurada el 1953", not "founded the firm in 1990" */
		links = links && (short_link(w, p, len, b, n) ||
		                  (errata__words_match(&w->articles, p, len, b, NULL) == n &&
		                   errata__read_year(p, len, errata__skip_space(p, len, b + n)) > 0));
		/* the act's own object at most ("signed their charter in 1995"), no
		 * other's ("which signed Smith in 2016", "founded the bakery in 1990") */
		if (!errata__lower_letter_at(p, len, b) || errata__words_match(&w->and_words, p, len, b, NULL) ||
		    (!words && !links && !errata__words_match(&w->anniversary_owners, p, len, b, NULL)))
			break;
		words++;
		a = b + n;
	}
	b = prev_word(p, len, i, lo);
	/* a year with a case ending after an apostrophe: "1961'de kurulan" (after
	 * a hyphen, "1950-ben alapított", the act may be another subject's:
	 * Hungarian writes the genitive before the count) */
	if (b < i && b > lo + 1 && p[b - 1] == '\'' && word_len(p, len, b) <= 4) {
		b = prev_word(p, len, b - 1, lo);
		ev->suffixed = 1;
	}
	if (b < i && (ev->year = errata__read_year(p, len, b)) > 0) {
		ev->at = b;
		ev->strict = 1;
		return 1;
	}
	return 0;
}

/* The years the event words of [lo, hi) date, up to max of them: how many. */
static size_t events_in(const errata__words *w, const char *p, size_t len, size_t lo, size_t hi,
                        pair_event *out, size_t max)
{
	size_t k = 0;

	for (size_t i = errata__next_word_start(p, len, lo, hi); i < hi && k < max;
	     i = errata__next_word_start(p, len, i + 1, hi)) {
		size_t f = errata__words_match(&w->founding_events, p, len, i, NULL);
		size_t m = f ? 0 : errata__words_match(&w->made_events, p, len, i, NULL);
		size_t d = f || m ? 0 : errata__words_match(&w->death_events, p, len, i, NULL);
		size_t b = f || m || d ? 0 : errata__words_match(&w->birth_events, p, len, i, NULL);
		size_t n = f ? f : m ? m : d ? d : b;

		if (!n)
			continue;
		memset(&out[k], 0, sizeof(out[k]));
		if (dated(w, p, len, i, n, lo, hi, &out[k])) {
			out[k].founding = f > 0;
			out[k].birth = b > 0;
			out[k].word_end = i + n;
			k++;
		}
		i += n - 1;
	}
	return k;
}

/*
 * The event's year among ev[0, n) (only strict ones with `strict`):
 * the one year they give, else the one a founding word gives ("wurde
 * 1961 eröffnet und 2004 saniert"); 0 when two could be meant, or a
 * birth is dated too (the count may be that person's age).
 */
static int pick_event(const pair_event *ev, size_t n, int strict)
{
	int year = 0, founding = 0, many = 0, many_f = 0;

	for (size_t k = 0; k < n; k++) {
		if (ev[k].birth)
			return 0; /* "founded in 1931 by a man born in 1890" */
		if (strict && (!ev[k].strict || !ev[k].founding))
			continue;
		if (year && ev[k].year != year)
			many = 1;
		year = year ? year : ev[k].year;
		if (ev[k].founding) {
			if (founding && ev[k].year != founding)
				many_f = 1;
			founding = founding ? founding : ev[k].year;
		}
	}
	if (!many)
		return year;
	return founding && !many_f ? founding : 0;
}

/* The one year the sentence [ss, se) writes outside [cs, ce) ("Il y a 36 ans, en 1996, …"); 0 if none or two. */
static int one_year(const char *p, size_t len, size_t ss, size_t se, size_t cs, size_t ce)
{
	int year = 0, y;

	for (size_t i = errata__next_word_start(p, len, ss, se); i < se;
	     i = errata__next_word_start(p, len, i + 1, se)) {
		if ((i >= cs && i < ce) || !(y = errata__read_year(p, len, i)))
			continue;
		if (year && y != year)
			return 0;
		year = y;
	}
	return year;
}

/* The clause of the sentence [ss, se) around byte i: up to a comma, a semicolon or a colon. */
static void clause_around(const char *p, size_t ss, size_t se, size_t i, size_t *cs, size_t *ce)
{
	for (*cs = i; *cs > ss && !strchr(",;:", p[*cs - 1]); (*cs)--)
		;
	for (*ce = i; *ce < se && !strchr(",;:", p[*ce]); (*ce)++)
		;
}

/* Whether [s, e) holds a word of the lists of events; with lives, of births and deaths only. */
static int tells_event(const errata__words *w, const char *p, size_t len, size_t s, size_t e, int lives)
{
	for (size_t k = errata__next_word_start(p, len, s, e); k < e; k = errata__next_word_start(p, len, k + 1, e))
		if (errata__words_match(&w->birth_events, p, len, k, NULL) ||
		    errata__words_match(&w->death_events, p, len, k, NULL) ||
		    (!lives && (errata__words_match(&w->founding_events, p, len, k, NULL) ||
		                errata__words_match(&w->made_events, p, len, k, NULL))))
			return 1;
	return 0;
}

/*
 * Whether `year` is written where a count of years ago c may date it:
 * in the count's clause, or in another clause of the sentence [ss, se)
 * that tells no birth or death, when the count's clause tells no act of
 * its own ("Il y a 36 ans, en 1996, …", "El concurs es va crear el
 * 1997, i enguany fa 29 anys que …"). Else the year is another act's:
 * "who won the prize 40 years ago, was born on 5 February 1950", "which
 * opened 40 years ago, was built in 1950". A clause right after the
 * count's, that the count ends, and that opens with the year, past two
 * words at most, and tells no act, restates its time even so: "The
 * bridge opened 40 years ago, in 1980", "otevřen před 40 lety, v roce
 * 1980".
 */
/* How many words start in [s, e). */
static int words_in(const char *p, size_t len, size_t s, size_t e)
{
	int n = 0;

	for (size_t k = errata__next_word_start(p, len, s, e); k < e; k = errata__next_word_start(p, len, k + 1, e))
		n++;
	return n;
}

static int ago_dates(const errata__words *w, const char *p, size_t len, size_t ss, size_t se,
                     const pair_count *c, int year)
{
	size_t cs, ce, ys, ye;
	int own_act;

	clause_around(p, ss, se, c->start, &cs, &ce);
	own_act = tells_event(w, p, len, cs, ce, 0);
	for (size_t i = errata__next_word_start(p, len, ss, se); i < se;
	     i = errata__next_word_start(p, len, i + 1, se)) {
		if (errata__read_year(p, len, i) != year)
			continue;
		if (i >= cs && i < ce)
			return 1;
		clause_around(p, ss, se, i, &ys, &ye);
		if (!own_act && !tells_event(w, p, len, ys, ye, 1))
			return 1;
		if (own_act && ys == ce + 1 && errata__skip_space(p, len, c->end) == ce && i > ys &&
		    words_in(p, len, ys, i) <= 2 && words_in(p, len, i, ye) <= 2 && !tells_event(w, p, len, ys, ye, 0))
			return 1;
	}
	return 0;
}

/* The shift of a word of year_shifts in [ss, se) ("next year" 1, "the year after next" 2); 0 if none or two. */
static int shift_in(const errata__words *w, const char *p, size_t len, size_t ss, size_t se)
{
	int v = 0, x;
	size_t n;

	for (size_t i = errata__next_word_start(p, len, ss, se); i < se;
	     i = errata__next_word_start(p, len, i + 1, se)) {
		if (!errata__words_may_start(&w->year_shifts, p, len, i) ||
		    !(n = errata__words_match_from(&w->year_shifts, p, len, i, &x)) || !x)
			continue;
		if (v && x != v)
			return 0;
		v = x;
		i += n - 1;
	}
	return v;
}

/* Whether the count c fits an anniversary in `when` of an event in `year`. */
static int fits(const pair_count *c, int when, int year)
{
	int want = when - year;

	return c->count == want || ((c->type == PAIR_SINCE || c->type == PAIR_AGO) && c->count == want - 1);
}

size_t errata__ann_next_sentences(const errata__words *w, const char *p, size_t len, size_t se)
{
	size_t ps, pe, ns = se, ne = se;

	errata__paragraph_bounds(p, len, se > 0 ? se - 1 : 0, &ps, &pe);
	for (int k = 0; k < 2 && ne < pe; k++)
		errata__sentence(w, p, len, errata__skip_space(p, len, ne), &ns, &ne);
	return ne < pe ? ne : pe;
}

/*
 * Whether the count fits none of the readings of the sentence [ss, se):
 * an anniversary of the event of `year`, or of another year the sentence
 * writes ("founded in 2001, renamed in 2016, it marks the 10th
 * anniversary"), in the article's year, the headline's, the one a word
 * of year_shifts names, or another year the sentence writes or dates. *when: the year
 * to name.
 */
static int fits_none(const errata_check_ctx *ctx, const errata__words *w, const pair_count *c,
                     size_t ss, size_t se, int year, int *when)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, count = ctx->mentions ? errata_mentions_count(ctx->mentions) : 0;
	int at[PAIR_MAX_EVENTS], from[PAIR_MAX_EVENTS], na = 0, nf = 0, y;

	*when = ctx->article_date.year + shift_in(w, p, len, ss, se);
	if (*when <= year)
		return 0;
	at[na++] = *when;
	at[na++] = ctx->article_date.year;
	/* a look ahead or back whose headline names its year ("The year
	 * ahead: what 2027 holds") */
	if ((y = errata__mentions_headline_year(ctx->mentions)) > 0)
		at[na++] = y;
	/* after a verb in the future, in the last quarter, the next year too
	 * ("cumplirá 45 años" in December), when no date of the sentence is
	 * the celebration's */
	if (ctx->article_date.month >= 10 && errata__words_in(&w->anniversary_future, p, len, ss, c->start) &&
	    errata__mention_at(ctx->mentions, ss) == errata__mention_at(ctx->mentions, se))
		at[na++] = ctx->article_date.year + 1;
	from[nf++] = year;
	for (size_t i = errata__next_word_start(p, len, ss, se); i < se && na < PAIR_MAX_EVENTS;
	     i = errata__next_word_start(p, len, i + 1, se))
		if ((y = errata__read_year(p, len, i)) > 0 && !errata__ann_decade(w, p, len, i))
			at[na++] = from[nf++] = y;
	for (size_t mi = errata__mention_at(ctx->mentions, ss); mi < count && na < PAIR_MAX_EVENTS; mi++) {
		const errata_mention *m = errata_mentions_get(ctx->mentions, mi);

		if (m->offset >= se)
			break;
		if (m->year > 0)
			at[na++] = m->year;
	}
	/* a sentence with no date of its own: the celebration may be dated
	 * in the two after it, in its paragraph ("… täyttää 100 vuotta: se
	 * perustettiin vuonna 1927. Juhlaa vietetään perjantaina 21.
	 * toukokuuta 2027") */
	if (errata__mention_at(ctx->mentions, ss) == errata__mention_at(ctx->mentions, se)) {
		size_t ne = errata__ann_next_sentences(w, p, len, se);

		for (size_t mi = errata__mention_at(ctx->mentions, se); mi < count && na < PAIR_MAX_EVENTS; mi++) {
			const errata_mention *m = errata_mentions_get(ctx->mentions, mi);

			if (m->offset >= ne)
				break;
			if ((m->flags & ERRATA_MENTION_YEAR_EXPLICIT) && m->year > 0)
				at[na++] = m->year;
		}
	}
	for (int a = 0; a < na; a++)
		for (int f = 0; f < nf; f++)
			if (at[a] > from[f] && fits(c, at[a], from[f]))
				return 0;
	return 1;
}

/*
 * Whether a count of years ago or since, one short of the years from
 * `year` (which fits() lets pass: the event's day may be still to come
 * in the year), is short for the day its sentence gives the event: the
 * sentence's one date, of that year with its day and month, whose
 * anniversary the article's date has reached ("Vor 80 Jahren, am 27.
 * Januar 1945, …" on January 27, 2026 is 81 years).
 */
static int short_of_day(const errata_check_ctx *ctx, const pair_count *c, size_t ss, size_t se,
                        int year)
{
	const errata_date *ad = &ctx->article_date;
	size_t count = ctx->mentions ? errata_mentions_count(ctx->mentions) : 0;
	const errata_mention *d = NULL;

	if ((c->type != PAIR_AGO && c->type != PAIR_SINCE) || c->count != ad->year - year - 1 ||
	    ad->month < 1 || ad->day < 1)
		return 0;
	for (size_t mi = errata__mention_at(ctx->mentions, ss); mi < count; mi++) {
		const errata_mention *m = errata_mentions_get(ctx->mentions, mi);

		if (m->offset >= se)
			break;
		if (d)
			return 0;
		d = m;
	}
	return d && d->year == year && (d->flags & ERRATA_MENTION_YEAR_EXPLICIT) && d->month >= 1 &&
	       d->day >= 1 && (ad->month > d->month || (ad->month == d->month && ad->day >= d->day));
}

/* The paragraph around [ss, se): from the blank line before it to the one after it. */
static void paragraph(const char *p, size_t len, size_t ss, size_t se, size_t *ps, size_t *pe)
{
	size_t a = ss, b = se;

	while (a > 1 && !(p[a - 1] == '\n' && p[a - 2] == '\n'))
		a--;
	while (b + 1 < len && !(p[b] == '\n' && p[b + 1] == '\n'))
		b++;
	*ps = a > 1 ? a : 0;
	*pe = b + 1 < len ? b : len;
}

static size_t skip_blank(const char *p, size_t len, size_t at)
{
	while (at < len && (p[at] == ' ' || p[at] == '\n' || p[at] == '\t'))
		at++;
	return at;
}

/* Whether the word at i opens its sentence: a stop, or nothing, before it past blanks. */
static int opens_sentence(const char *p, size_t i)
{
	while (i > 0 && (p[i - 1] == ' ' || p[i - 1] == '\n' || p[i - 1] == '\t'))
		i--;
	return i == 0 || p[i - 1] == '.' || p[i - 1] == '!' || p[i - 1] == '?';
}

/*
 * Whether [from, to) names someone: a word that is neither in lower case
 * nor of digits, and does not open its sentence ("fondée en 1964 par
 * Marie Roux"). Where nouns are written in capitals (German), only one
 * after another such word or after a word of name_particles ("von Anna
 * Roth", "von Roth"): "wuchs der Verein" names no one.
 */
static int names_someone(const errata__words *w, const char *p, size_t len, size_t from, size_t to)
{
	size_t prev = to;

	for (size_t i = errata__next_word_start(p, len, from, to); i < to;
	     prev = i, i = errata__next_word_start(p, len, i + 1, to)) {
		if (errata__lower_letter_at(p, len, i) || (p[i] >= '0' && p[i] <= '9') || opens_sentence(p, i))
			continue;
		if (!w->nouns_capitalized ||
		    (prev < to && ((errata__capital_letter_at(p, len, prev) && !opens_sentence(p, prev)) ||
		                   errata__words_match(&w->name_particles, p, len, prev, NULL))))
			return 1;
	}
	return 0;
}

/*
 * Whether the count c of the sentence [ss, se) may be the years of a body
 * named before it, not of its owner's noun ("Son président fête son 70e
 * anniversaire": only the owner right before the count may stand for the
 * body, "il fête son 70e anniversaire"), nor a tenure ("20 years with the
 * team" may be someone's the sentence names).
 */
static int body_counted(const errata__words *w, const char *p, size_t len, const pair_count *c,
                        size_t ss, size_t se)
{
	for (size_t i = errata__next_word_start(p, len, ss, c->start), b = prev_word(p, len, c->start, ss);
	     i < c->start; i = errata__next_word_start(p, len, i + 1, c->start))
		if (i != b && errata__words_match(&w->anniversary_owners, p, len, i, NULL))
			return 0;
	return c->type != PAIR_YEARS || years_owned(w, p, len, c->end, se) ||
	       errata__words_match(&w->anniversary_of, p, len, errata__skip_space(p, len, c->end), NULL) ||
	       with_means(w, p, len, errata__skip_space(p, len, c->end));
}

/* Whether the word at i is one of the tables' words that tie a clause, no noun ("который", "which"). */
static int tying_word(const errata__words *w, const char *p, size_t len, size_t i, size_t n)
{
	const errata__wordlist *l[] = { &w->relatives, &w->relative_pronouns, &w->clause_openers, &w->pronouns,
	                                &w->articles, &w->referents, &w->and_words, &w->copulas };

	for (size_t k = 0; k < sizeof(l) / sizeof(l[0]); k++)
		if (errata__words_match(l[k], p, len, i, NULL) == n)
			return 1;
	return 0;
}

/*
 * Whether a noun of [s, e), a word that ties no clause, is written again
 * in [ts, te): its stem (errata__noun_stem()) starts a word there, in any
 * case ("музей" and "Музей был основан", "museum" and "The museum's").
 */
static int noun_shared(const errata__words *w, const char *p, size_t len, size_t s, size_t e, size_t ts,
                       size_t te)
{
	for (size_t i = errata__next_word_start(p, len, s, e); i < e; i = errata__next_word_start(p, len, i + 1, e)) {
		size_t n = word_len(p, len, i), stem = errata__noun_stem(p, i, n);

		if (!stem || tying_word(w, p, len, i, n))
			continue;
		for (size_t j = errata__next_word_start(p, len, ts, te); j < te;
		     j = errata__next_word_start(p, len, j + 1, te))
			if (word_len(p, len, j) >= stem && errata__same_folded(p + j, p + i, stem))
				return 1;
	}
	return 0;
}

/* The events of the whole article (events_in()), read when first asked for. */
enum { DOC_EVENTS = 32 };
typedef struct {
	pair_event ev[DOC_EVENTS];
	size_t n;
	int read;
} doc_events;

/*
 * The year of the events dated in paragraphs before the count c's (an
 * anniversary's: "75-летие", "75th anniversary") whose sentence names,
 * before the year, a noun that the count's sentence names before the
 * count: the body the count is of, named again ("Музей был
 * основан в 1956 году." paragraphs before "музей, который в этом году
 * отмечает 70-летие"). The one year such events give; 0 otherwise.
 */
static int article_event(const errata__words *w, const char *p, size_t len, const pair_count *c,
                         size_t ss, size_t se, doc_events *de)
{
	const pair_event *ev = de->ev;
	size_t ps, pe, ts, te;
	int year = 0;

	if (c->type != PAIR_ANNIV || !body_counted(w, p, len, c, ss, se))
		return 0;
	/* the article's events, read once; more than the list holds, and none is told apart */
	if (!de->read) {
		de->n = events_in(w, p, len, 0, len, de->ev, DOC_EVENTS);
		de->read = 1;
	}
	if (de->n == DOC_EVENTS)
		return 0;
	paragraph(p, len, ss, se, &ps, &pe);
	for (size_t k = 0; k < de->n && ev[k].at < ps; k++) {
		if (ev[k].birth)
			continue;
		errata__sentence(w, p, len, ev[k].at, &ts, &te);
		if (!noun_shared(w, p, len, ss, c->start, ts, ev[k].at))
			continue;
		if (year && year != ev[k].year)
			return 0;
		year = ev[k].year;
	}
	return year;
}

/*
 * Whether the count c's sentence, from ss, opens with a noun of four
 * letters or more that ends in one of definite_endings, its verb and the
 * count right after it, where the article is such an ending ("Partiet
 * markerer 30-årsjubileet", "Klubben firar sitt 50-årsjubileum"): a
 * subject already known. Not a birthday's count: a person's.
 */
static int definite_subject(const errata__words *w, const char *p, size_t len, const pair_count *c,
                            size_t ss)
{
	size_t i = errata__next_word_start(p, len, ss, c->start), n, v;

	if (!w->definite_endings.count || c->birthday || i >= c->start || (n = word_len(p, len, i)) < 4 ||
	    (v = errata__next_word_start(p, len, i + n, c->start)) >= c->start ||
	    errata__next_word_start(p, len, v + word_len(p, len, v), c->start) < c->start)
		return 0;
	for (size_t d = 0; d < w->definite_endings.count; d++) {
		const errata__word *x = &w->definite_endings.items[d];

		if (x->len < n && !memcmp(p + i + n - x->len, x->word, x->len))
			return 1;
	}
	return 0;
}

enum { PAIR_SENTENCES_BETWEEN = 2 };

/*
 * The year of the one event word of the paragraph, dated in a sentence
 * before the count's [ss, se), at most PAIR_SENTENCES_BETWEEN sentences
 * before it, when the paragraph writes no other count (of counts[0,
 * nc)): "The paper first went to press in 1885. This week it marks 135
 * years." 0 otherwise; and after the count, where the act may be a
 * part's ("… its 25th anniversary. Its west wing opened in 1996").
 */
static int paragraph_event(const errata__words *w, const char *p, size_t len,
                           const pair_count *counts, size_t nc, const pair_count *c, size_t ss,
                           size_t se)
{
	size_t ps, pe, ts, te, others = 0;
	pair_event ev[2];

	paragraph(p, len, ss, se, &ps, &pe);
	for (size_t k = 0; k < nc; k++)
		others += counts[k].start >= ps && counts[k].start < pe;
	if (others != 1 || events_in(w, p, len, ps, pe, ev, 2) != 1)
		return 0;
	/* the count's sentence names its subject as one already known ("the
	 * paper", "its", an article a preposition holds: "Zum 75-jährigen
	 * Jubiläum"), not someone new ("Директор отмечает 80-летие") */
	if (!errata__words_in(&w->articles, p, len, ss, c->start) &&
	    !errata__words_in(&w->article_contractions, p, len, ss, c->start) &&
	    !errata__words_in(&w->thing_owners, p, len, ss, c->start) &&
	    !errata__words_in(&w->founding_owners, p, len, ss, c->start) &&
	    !definite_subject(w, p, len, c, ss))
		return 0;
	if (!body_counted(w, p, len, c, ss, se))
		return 0;
	if (ev[0].birth || ev[0].at >= ss)
		return 0;
	errata__sentence(w, p, len, ev[0].at, &ts, &te);
	for (int between = 0; (ts = skip_blank(p, len, te)) < ss; between++) {
		if (between == PAIR_SENTENCES_BETWEEN)
			return 0;
		errata__sentence(w, p, len, ts, &ts, &te);
	}
	/* "fondée en 1964 par Marie Roux. … elle fête son 50e anniversaire":
	 * she may be meant, and so may one the sentences between name */
	return names_someone(w, p, len, ev[0].at, ss) ? 0 : ev[0].year;
}

/* Whether a word that may start a count begins at i. */
static int may_count(const errata__words *w, const char *p, size_t len, size_t i)
{
	return (p[i] >= '0' && p[i] <= '9') || errata__words_may_start(&w->named_anniversaries, p, len, i) ||
	       errata__words_may_start(&w->ordinals, p, len, i) ||
	       errata__words_may_start(&w->numbers, p, len, i);
}

/* The first ASCII digit in [s, end), or end. */
static const char *memchr_digit(const char *s, const char *end)
{
	while (s < end && (unsigned char)(*s - '0') > 9u)
		s++;
	return s;
}

/*
 * Where a count may begin, in text order: a word of digits (from the
 * index's bitmap of digits where there is one), and the word of the
 * anniversary scan's places (the words of anniversary,
 * named_anniversaries, years_since, anniversary_years,
 * thing_anniversaries) and the word before it ("fifty years", "the
 * fiftieth anniversary"). A count in words with none of those after it
 * ("turns forty") is not read. Two walks, merged as they go.
 */
typedef struct {
	const errata__word_index *ix;
	const errata__words *w;
	const char *p;
	size_t len;
	offsets runs;  /* the words of digits, in text order */
	offsets years; /* the years written (errata__read_year()), in text order */
	size_t next_run, next_year;
	size_t digit;   /* the next word of digits; len when there is none */
	errata__starts_walk walk;
	size_t from;
	size_t queued[2]; /* the walk's next places: the count before (from its first word), the word */
	int nq, q;
	/*
	 * The paragraph of the last place asked, between pairs of line breaks
	 * as paragraph() reads them, whether it writes a year, and whether a
	 * paragraph before it did: only a count in such a paragraph or after
	 * one can be judged (every reading dates its event by a year of its
	 * sentence, of the sentence before it in its paragraph, or of a
	 * paragraph before it: article_event()).
	 */
	size_t para_start, para_end;
	int para_year, year_before;
	/* the text's line starts (NULL: none), and the first line not yet passed */
	const size_t *lines;
	size_t nlines, line;
} count_places;

static void next_digit(count_places *cp)
{
	cp->digit = cp->next_run < cp->runs.n ? cp->runs.v[cp->next_run++] : cp->len;
}

/* Where each run of digits starts, into cp->runs (those that start a word) and cp->years. */
static int digit_runs(count_places *cp)
{
	const char *p = cp->p;
	size_t len = cp->len;
	const errata__word_index *ix = cp->ix;

	if (!ix) {
		for (const char *d = p; (d = memchr_digit(d, p + len)) < p + len; d++) {
			size_t at = (size_t)(d - p);

			if (at > 0 && p[at - 1] >= '0' && p[at - 1] <= '9')
				continue;
			if ((errata__word_start(p, len, at) && offsets_add(&cp->runs, at) < 0) ||
			    (errata__read_year(p, len, at) > 0 && offsets_add(&cp->years, at) < 0))
				return errata__oom();
		}
		return 0;
	}
	for (size_t k = 0; k < ix->digit_run_count; k++) {
		size_t at = ix->digit_runs[k];

		if ((errata__word_start(p, len, at) && offsets_add(&cp->runs, at) < 0) ||
		    (errata__read_year(p, len, at) > 0 && offsets_add(&cp->years, at) < 0))
			return errata__oom();
	}
	return 0;
}

static void next_walked(count_places *cp)
{
	size_t at = errata__starts_walk_next(&cp->walk, cp->from), b;

	cp->nq = cp->q = 0;
	if (at >= cp->len)
		return;
	cp->from = at + 1;
	/* (a count in words starts at its tens: "Forty-eight years") */
	if ((b = prev_word(cp->p, cp->len, at, 0)) < at)
		cp->queued[cp->nq++] = errata__count_start(cp->w, cp->p, cp->len, b);
	cp->queued[cp->nq++] = at;
}

/* Where the first year at or after `from` is written; len if none (asked in text order). */
static size_t next_year(count_places *cp, size_t from)
{
	while (cp->next_year < cp->years.n && cp->years.v[cp->next_year] < from)
		cp->next_year++;
	return cp->next_year < cp->years.n ? cp->years.v[cp->next_year] : cp->len;
}

#if defined(__SSE2__)
/* Bit b for each line break at p[b], of the 64 bytes at p. */
static inline uint64_t line_breaks64(const char *p)
{
	const __m128i nl = _mm_set1_epi8('\n');
	const __m128i *q = (const __m128i *)(const void *)p;
	uint64_t m0 = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_loadu_si128(q), nl));
	uint64_t m1 = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_loadu_si128(q + 1), nl));
	uint64_t m2 = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_loadu_si128(q + 2), nl));
	uint64_t m3 = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_loadu_si128(q + 3), nl));

	return m0 | m1 << 16 | m2 << 32 | m3 << 48;
}
#endif

/* Where the first pair of line breaks at or after `from` starts; len if none. */
static size_t blank_line(const char *p, size_t len, size_t from)
{
#if defined(__SSE2__)
	/* 64 places at a time: a line break at each and at the byte after it */
	for (; from + 65 <= len; from += 64) {
		uint64_t m = line_breaks64(p + from);
		uint64_t pairs = m & ((m >> 1) | (uint64_t)(p[from + 64] == '\n') << 63);

		if (pairs)
			return from + (size_t)errata__ctz64(pairs);
	}
#endif
	for (; from + 1 < len; from++)
		if (p[from] == '\n' && p[from + 1] == '\n')
			return from;
	return len;
}

/*
 * blank_line() read off the text's line index, for `from` at or after
 * the last one asked: a pair of line breaks at x is a line of nothing
 * that starts at x + 1 (its start and the next one's one byte apart).
 */
static size_t blank_line_indexed(count_places *cp, size_t from)
{
	const size_t *l = cp->lines + cp->line, *last = cp->lines + cp->nlines - 1;
	size_t at = cp->len;

	for (; l < last; l++)
		if (l[1] == l[0] + 1 && l[0] - 1 >= from) {
			at = l[0] - 1;
			break;
		}
	cp->line = (size_t)(l - cp->lines);
	return at;
}

/* Make the paragraph that starts at `start` the place's. */
static void paragraph_open(count_places *cp, size_t start)
{
	cp->year_before |= cp->para_year;
	cp->para_start = start;
	cp->para_end = cp->lines ? blank_line_indexed(cp, start) : blank_line(cp->p, cp->len, start);
	cp->para_year = next_year(cp, start) < cp->para_end;
}

/*
 * Whether the place `at` (asked in text order) is in a paragraph that
 * writes a year (1), or after one (2: only an anniversary's count is
 * read there, article_event()), or neither (0).
 */
static int in_year_reach(count_places *cp, size_t at)
{
	while (at >= cp->para_end)
		paragraph_open(cp, cp->para_end + 2);
	return cp->para_year ? 1 : cp->year_before ? 2 : 0;
}

static int places_begin(count_places *cp, const errata__words *w, const errata__word_index *ix,
                        const errata_doc *doc, const char *p, size_t len)
{
	int error;

	memset(cp, 0, sizeof(*cp));
	spare_take(&cp->runs, &spare.runs);
	spare_take(&cp->years, &spare.years);
	cp->ix = ix;
	cp->w = w;
	cp->p = p;
	cp->len = len;
	/* (the line index when p is the document's prose; the first line
	 * starts after no line break) */
	if (doc && errata_doc_prose(doc, NULL) == p) {
		cp->lines = errata__doc_lines(doc, &cp->nlines);
		cp->line = 1;
	}
	if ((error = digit_runs(cp)) < 0)
		return error;
	next_digit(cp);
	errata__starts_walk_begin(&cp->walk, &w->anniversary_starts, p, len);
	next_walked(cp);
	paragraph_open(cp, 0);
	return 0;
}

static void places_end(count_places *cp)
{
	spare_give(&spare.runs, &cp->runs);
	spare_give(&spare.years, &cp->years);
}

/* The next place, len after the last. */
static size_t places_next(count_places *cp)
{
	size_t at;

	if (cp->q < cp->nq && cp->queued[cp->q] <= cp->digit) {
		at = cp->queued[cp->q++];
		if (cp->q == cp->nq)
			next_walked(cp);
		return at;
	}
	at = cp->digit;
	if (at < cp->len)
		next_digit(cp);
	return at;
}

/*
 * Whether the place i (asked in text order) lies in a date mention of ms,
 * from the mention *k on (moved on past those that end before it).
 */
static int in_mention(const errata_mentions *ms, size_t *k, size_t i)
{
	size_t count;
	const errata_mention *m = errata__mentions_all(ms, &count);

	for (; *k < count; (*k)++)
		if (m[*k].offset + m[*k].length > i)
			return m[*k].offset <= i;
	return 0;
}

/*
 * Whether the digits at i have something glued after them, as an
 * anniversary's count has ("75-летие", "75th", "75."); digits and a
 * space are most often some other number.
 */
static int glued_count(const char *p, size_t len, size_t i)
{
	while (i < len && p[i] >= '0' && p[i] <= '9')
		i++;
	return i < len && p[i] != ' ' && p[i] != ',' && p[i] != '\n';
}

/*
 * Whether a count of an anniversary may start at i, past the paragraphs
 * that write a year: digits with something glued after them, in no date
 * mention of ms (from *k on), or a word of named_anniversaries.
 */
static int anniversary_place(const errata__words *w, const errata_mentions *ms, size_t *k,
                             const char *p, size_t len, size_t i)
{
	if (p[i] >= '0' && p[i] <= '9')
		return glued_count(p, len, i) && !in_mention(ms, k, i);
	return errata__words_match(&w->named_anniversaries, p, len, i, NULL) > 0;
}

/*
 * The counts of the text, into *out (*n of them, in room for *alloc: the
 * thread's spare array, which the caller gives back with spare_counts()).
 */
static int gather(const errata__words *w, const errata__word_index *ix, const errata_doc *doc,
                  const errata_mentions *ms, const char *p, size_t len, pair_count **out, size_t *n,
                  size_t *alloc)
{
	size_t next = 0, last = len, mk = 0;
	count_places cp;
	pair_count c;
	int error, reach;

	*out = spare.counts;
	*alloc = spare.counts_alloc;
	spare.counts = NULL;
	spare.counts_alloc = 0;
	*n = 0;
	if ((error = places_begin(&cp, w, ix, doc, p, len)) < 0)
		goto cleanup;
	for (size_t i; (i = places_next(&cp)) < len; last = i) {
		/* (past the paragraphs that write a year, a date's digits are no anniversary's) */
		if (i < next || i == last || !(reach = in_year_reach(&cp, i)) || !may_count(w, p, len, i) ||
		    ((unsigned char)p[i] >= 0x80 && errata__wide_script_at(p, len, i)) ||
		    (reach == 2 && !anniversary_place(w, ms, &mk, p, len, i)) ||
		    !read_count(w, p, len, i, 0, len, reach == 2, &c) || (reach == 2 && c.type != PAIR_ANNIV))
			continue;
		if (*n == *alloc) {
			size_t na = *alloc ? *alloc * 2 : 8;
			pair_count *grown = realloc(*out, na * sizeof(*grown));

			if (!grown) {
				error = errata__oom();
				goto cleanup;
			}
			*out = grown;
			*alloc = na;
		}
		(*out)[(*n)++] = c;
		next = c.end > i ? c.end : i + 1;
	}
cleanup:
	places_end(&cp);
	return error;
}

/*
 * Whether the count at `at` is another's than the sentence's subject, or
 * off its year: after a genitive ("joins the city's centenary") or a
 * word of clause_openers ("whose centenary"), or in a clause with a word
 * of anniversary_offsets ("celebrated its centenary early", "its
 * centenary is a decade away").
 */
static int elsewhere(const errata__words *w, const char *p, size_t len, const pair_count *c,
                     size_t ss, size_t se)
{
	size_t e = c->start, b = prev_word(p, len, c->start, ss), cs = c->start, ce = c->end;

	while (e > ss && p[e - 1] == ' ')
		e--;
	if ((e >= 2 && (p[e - 2] == '\'' || p[e - 1] == '\'') && (p[e - 1] == 's' || p[e - 2] == 's')) ||
	    (e >= 4 && (unsigned char)p[e - 4] == 0xe2 && (unsigned char)p[e - 3] == 0x80 &&
	     (unsigned char)p[e - 2] == 0x99 && p[e - 1] == 's'))
		return 1;
	if (b < c->start && errata__words_match(&w->clause_openers, p, len, b, NULL) &&
	    !errata__words_match(&w->and_words, p, len, b, NULL))
		return 1;
	while (cs > ss && !strchr(",;:", p[cs - 1]))
		cs--;
	while (ce < se && !strchr(",;:", p[ce]))
		ce++;
	return errata__words_in(&w->anniversary_offsets, p, len, cs, ce);
}

/*
 * Whether a word of and_words stands between the count and the event
 * of `year` in ev[0, n) ("Ordföranden firar 60 års födelsedag, och
 * föreningen bildades 1990" joins two subjects' facts), or, for a year
 * with a case ending, a word in lower case.
 */
static int other_clause(const errata__words *w, const char *p, size_t len, const pair_event *ev,
                        size_t n, int year, const pair_count *c, int strict)
{
	for (size_t k = 0; k < n; k++) {
		if (ev[k].year != year)
			continue;
		if (strict && errata__words_in(&w->and_words, p, len, ev[k].at < c->start ? ev[k].at : c->end,
		                     ev[k].at < c->start ? c->start : ev[k].at))
			return 1;
		/* "1996'da açılan Moda Kitap Evi 30. yaşını": the participle's noun is
		 * the name right before the count, not "kulüpteki 30. yılını" */
		for (size_t i = errata__next_word_start(p, len, ev[k].word_end, c->start);
		     ev[k].suffixed && i < c->start; i = errata__next_word_start(p, len, i + 1, c->start))
			if (errata__lower_letter_at(p, len, i) || ev[k].word_end > c->start)
				return 1;
	}
	return 0;
}

/*
 * Keeps of ev[0, n) the events whose word ends in one of dative_endings:
 * after a verb of dative_verbs the count is the age of what stands in
 * the dative ("ліцею, відкритому в 1936 році, виповнилося 86 років"),
 * not of what a word in another case names ("Директору музея,
 * основанного в 1950 году, исполнилось 60 лет"). Returns how many.
 */
static size_t datives(const errata__words *w, const char *p, pair_event *ev, size_t n)
{
	size_t kept = 0;

	for (size_t k = 0; k < n; k++)
		for (size_t d = 0; d < w->dative_endings.count; d++) {
			const errata__word *x = &w->dative_endings.items[d];

			if (ev[k].word_end >= x->len && memcmp(p + ev[k].word_end - x->len, x->word, x->len) == 0) {
				ev[kept++] = ev[k];
				break;
			}
		}
	return kept;
}

/* Whether the count is a person's (an owner before it that is no thing's: "his 80th birthday"). */
static int persons(const errata__words *w, const char *p, size_t len, size_t at)
{
	size_t b = prev_word(p, len, at, 0);

	return b < at && errata__words_match(&w->anniversary_owners, p, len, b, NULL) &&
	       !errata__words_match(&w->thing_owners, p, len, b, NULL);
}

/* Keep the counts array of gather() for the thread's next document, or free it. */
static void spare_counts(pair_count *counts, size_t alloc)
{
	if (!counts)
		return;
	if (!spare_kept()) {
		free(counts);
		return;
	}
	free(spare.counts);
	spare.counts = counts;
	spare.counts_alloc = alloc;
}

int errata__anniversary_pair(const errata_check_ctx *ctx, const errata__words *w,
                             const errata__ann_judged *judged)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, nc = 0, alloc = 0;
	pair_count *counts = NULL;
	doc_events de;
	int error = 0;

	de.read = 0;

	if (ctx->article_date.year <= 0 || (error = gather(w, ctx->words, ctx->doc, ctx->mentions, p, len, &counts, &nc, &alloc)) < 0)
		goto cleanup;
	for (size_t k = 0; k < nc && !error; k++) {
		const pair_count *c = &counts[k];
		pair_event ev[PAIR_MAX_EVENTS];
		size_t ss, se, n;
		int year, when;

		if (judged_at(judged, c->start, c->end) || (c->birthday && persons(w, p, len, c->start)))
			continue;
		errata__sentence(w, p, len, c->start, &ss, &se);
		/* "almost 50 years since", "more than 100 years": no exact count
		 * (length_qualifiers also holds "il y a": not before "ago") */
		if (phrase_before(&w->approx_qualifiers, p, len, c->start, ss, 0) < c->start ||
		    (c->type != PAIR_AGO && phrase_before(&w->length_qualifiers, p, len, c->start, ss, 0) < c->start))
			continue;
		if (elsewhere(w, p, len, c, ss, se))
			continue;
		n = events_in(w, p, len, ss, se, ev, PAIR_MAX_EVENTS);
		if (phrase_before(&w->dative_verbs, p, len, c->start, ss, 2) < c->start)
			n = datives(w, p, ev, n);
		year = pick_event(ev, n, c->strict);
		if (year && other_clause(w, p, len, ev, n, year, c, c->strict))
			continue;
		if (!n && (c->type == PAIR_AGO || c->type == PAIR_SINCE))
			year = one_year(p, len, ss, se, c->start, c->end);
		else if (!n && !c->strict && !(year = paragraph_event(w, p, len, counts, nc, c, ss, se)))
			year = article_event(w, p, len, c, ss, se, &de);
		if (year > 0 && c->type == PAIR_AGO && !ago_dates(w, p, len, ss, se, c, year))
			continue;
		if (year > 0 && (fits_none(ctx, w, c, ss, se, year, &when) ||
		                 (when == ctx->article_date.year && short_of_day(ctx, c, ss, se, year))))
			error = errata__anniversary_report_dated(ctx, c->start, c->end, c->count, when, year);
	}
cleanup:
	spare_counts(counts, alloc);
	return error < 0 ? error : 0;
}
