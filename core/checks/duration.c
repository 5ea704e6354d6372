/*
 * core/checks/duration.c: date.duration, a stated length ("a three-day
 * state visit", "a 10-day festival", "a visit of three days", "a
 * five-night cruise") that the article's own dates contradict.
 *
 * The event starts at the first date after the length phrase, in the same
 * sentence or the next; when its sentence has none after it, at a date
 * before it that a start word ties to it ("On Sunday, January 4, Lee
 * begins a three-day visit"). It ends at the latest date the article goes on to
 * give for it: the end of that date's range, and later dates tied to the
 * same event. In the same sentence, the words between the previous date
 * and this one must name the event's noun ("visit"), a leg of a journey
 * (the locale's "legs": "travels", "heads", "itinerary") or an end
 * ("end_words": "ends", "continues", "closes"). A later sentence must name
 * the noun or a leg, or an end word together with a pronoun for the event
 * ("It closes on ..."): "talks end on Friday" is not the strike's end.
 * The noun must name this event again, after a referent ("the visit",
 * "its tour", the locale's "referents") or the phrase's own words ("the
 * state visit"): "a press conference" or "another book fair" is another.
 * Dates before the start, or more than three times the length (plus three
 * days) after it, belong to other things, and so does anything after the
 * next length phrase (the article has moved on to another event).
 * Counting is inclusive ("three-day" from the 4th ends on the 6th); nights
 * count nights (five nights from the 1st end on the 6th); a length of a
 * week or more may be a day off either way, and one in weeks two days
 * short (working weeks, Monday to Friday). A range written out ("from
 * ... to ...") shorter than the length is flagged too, and so is an end
 * its start's clause states ("began Aug. 1 and ended Aug. 4"); later legs
 * only ever make an event longer.
 */
#include <stdio.h>
#include <string.h>

#include "checks/check.h"
#include "checks/dating.h"
#include "checks/duration_pair.h"
#include "checks/words.h"
#include "common.h"
#include "dates/locale.h"
#include "dates/token.h"

typedef struct {
	size_t start, end;        /* the length phrase: "three-day" */
	int count;                /* 3 */
	int unit;                 /* days per unit: 1, 7, 14 */
	int nights;               /* counted in nights */
	size_t noun, noun_len;    /* the event's head noun: "visit" */
	size_t phrase_end;        /* end of the noun phrase */
	size_t of;                /* where "of" stands in "a visit of three days"; 0: not that form */
	int days_of;              /* "six days of inspiration": judged only against a heading's range */
	int bare;                 /* no noun ("spend three days", "3日間、"): judged only
	                             against a range written next to it */
	int article;              /* the count is an article ("a week"): always bare */
	int lasting;              /* "Le festival, qui dure trois jours,": its dates in its sentence */
	int approx;               /* after "nearly", "about": judged with loose_days() */
	int runs_out;             /* a time that runs out (lapse_nouns): may end the day after its last */
	size_t after;             /* the end of the length phrase before it; 0: none */
} length_phrase;

/* errata__wide_script_at(): Han, kana, Hangul, whose nouns carry no article (never ASCII). */
static inline int wide_script_at(const char *p, size_t len, size_t i)
{
	return i < len && (unsigned char)p[i] >= 0x80 && errata__wide_script_at(p, len, i);
}

/*
 * The noun after a length in a wide script ("3日間の訪問", "为期三天的访问",
 * "사흘간의 방문"): after a linking word (the locale's noun_links: の, 的,
 * 의) and spaces, its first two characters, which is as much of a noun
 * as can be told without a dictionary, and what a later mention of the
 * event starts with ("訪問し", "방문은"). 0 when a phrase end word stands
 * there ("3日間で").
 */
static void find_wide_noun(const errata__words *w, const char *p, size_t len,
                           length_phrase *lp, size_t s)
{
	size_t e = s;

	if (errata__words_match(&w->phrase_ends, p, len, s, NULL))
		return;
	for (int k = 0; k < 2 && wide_script_at(p, len, e); k++) {
		e++;
		while (e < len && ((unsigned char)p[e] & 0xc0) == 0x80)
			e++;
	}
	lp->noun = s;
	lp->noun_len = e - s;
	lp->phrase_end = e;
}

/* Whether the word at p[at] starts with a lower-case letter ("and", "é", "и"). */
static int lower_at(const char *p, size_t len, size_t at)
{
	unsigned char b = (unsigned char)p[at];

	return b < 0x80 ? b >= 'a' && b <= 'z' : errata__lower_letter_at(p, len, at);
}

/*
 * Whether the word p[s, e) after the noun p[noun, noun_end) is a verb that
 * the noun is the subject of, not the head of a compound ("a three-day
 * fair attracted crowds", not "a three-day state visit"): it ends with one
 * of the table's verb_endings ("attracted", "lokte"), or the table's
 * nouns are capitalised and it is not, after a noun that is ("die
 * dreitägige Messe zog").
 */
static int verb_after_noun(const errata__words *w, const char *p, size_t len,
                           size_t noun, size_t s, size_t e)
{
	if (w->nouns_capitalized && !lower_at(p, len, noun) && lower_at(p, len, s))
		return 1;
	for (size_t k = 0; k < w->verb_endings.count; k++) {
		const errata__word *x = &w->verb_endings.items[k];

		if (e - s >= x->len + 3 && errata__strncasecmp_ascii(p + e - x->len, x->low, x->len) == 0)
			return 1;
	}
	return 0;
}

/*
 * Whether a verb the tables know for an event's time stands at s: one of
 * held_verbs, lasting_verbs, start_words or end_words ("Триденний
 * фестиваль проходитиме", "Trzydniowy festiwal trwać będzie").
 */
static int event_verb_at(const errata__words *w, const char *p, size_t len, size_t s)
{
	return errata__words_match(&w->held_verbs, p, len, s, NULL) ||
	       errata__words_match(&w->lasting_verbs, p, len, s, NULL) ||
	       errata__words_match(&w->start_words, p, len, s, NULL) ||
	       errata__words_match(&w->end_words, p, len, s, NULL);
}

/* The head noun after "three-day": up to two words, stopping at a phrase
 * end word or a verb (verb_after_noun(), event_verb_at()). */
static void find_noun(const errata__words *w, const char *p, size_t len,
                      length_phrase *lp)
{
	size_t at = lp->end, link;

	lp->noun = lp->noun_len = 0;
	lp->phrase_end = lp->end;
	link = errata__words_match(&w->noun_links, p, len, at, NULL);
	{
		size_t s = errata__skip_space(p, len, at + link);

		if (wide_script_at(p, len, s)) {
			find_wide_noun(w, p, len, lp, s);
			return;
		}
	}
	for (int n = 0; n < 2; n++) {
		size_t s = errata__skip_space(p, len, at), e;

		if (s < len && p[s] == '\n') /* a line break inside the phrase */
			s = errata__skip_space(p, len, s + 1);
		e = s;
		if (s == at || !errata__word_start(p, len, s))
			break;
		/* (nor is a time of the table's time_asides: "ötnapos falunap idén") */
		if (errata__words_match(&w->phrase_ends, p, len, s, NULL) ||
		    errata__words_match(&w->articles, p, len, s, NULL) ||
		    errata__words_match(&w->time_asides, p, len, s, NULL))
			break;
		/* digits are no noun: a date may follow the noun at once ("Üç günlük festival 1-6 Haziran") */
		if (p[s] >= '0' && p[s] <= '9')
			break;
		while (e < len && (errata__is_word_byte(p, len, e) ||
		                   (p[e] == '-' && errata__is_word_byte(p, len, e + 1))))
			e++;
		if (e < len && p[e] == '\'')
			break; /* a possessive is not the event */
		if (n == 1 && (verb_after_noun(w, p, len, lp->noun, s, e) || event_verb_at(w, p, len, s)))
			break;
		lp->noun = s;
		lp->noun_len = e - s;
		lp->phrase_end = e;
		at = e;
		if (e >= len || (p[e] != ' ' && p[e] != '\n'))
			break;
		/* "the 10-day forecast calls for rain": the word after a measure is its verb */
		if (errata__words_match(&w->measure_nouns, p, len, s, NULL) == e - s)
			break;
	}
}

/*
 * "Dokuz gün sürecek festival", "kolme päivää kestävä festivaali",
 * "kilenc napig tartó fesztivál": a participle of lasting (the table's
 * lasting_participles) between the length and its noun, which then reads
 * as "a nine-day festival". Takes the participle into lp and reads the
 * noun after it; returns 1, or 0 with lp unchanged when no participle
 * stands there or no noun follows it (the verb closes its clause:
 * "Festival dokuz gün sürecek ve …").
 */
static int participle_noun(const errata__words *w, const char *p, size_t len, length_phrase *lp)
{
	size_t s = errata__skip_space(p, len, lp->end), n;
	length_phrase saved = *lp;

	if (s == lp->end || !(n = errata__words_match(&w->lasting_participles, p, len, s, NULL)) ||
	    (s + n < len && errata__is_word_byte(p, len, s + n)))
		return 0;
	lp->end = s + n;
	find_noun(w, p, len, lp);
	if (!lp->noun_len) {
		*lp = saved;
		return 0;
	}
	lp->bare = 0;
	return 1;
}

/*
 * A unit word at `at`: the locale's day_units ("day", "week"), night_units
 * ("night"), their plural lists ("days", "nights"), and compound_units,
 * the units a number word may be written into ("tägige", "daagse").
 */
static size_t read_unit(const errata__words *w, const char *p, size_t len,
                        size_t at, int *unit, int *nights, int *plural)
{
	const errata__wordlist *lists[5] = { &w->day_units, &w->night_units,
	                                     &w->day_units_plural, &w->night_units_plural,
	                                     &w->compound_units };
	size_t n;
	int v = 0;

	for (int l = 0; l < 5; l++) {
		if ((n = errata__words_match(lists[l], p, len, at, &v)) > 0) {
			/* the head of a longer word of anniversary or age_suffix is none: "50周年", "3周岁" */
			if (errata__words_match(&w->anniversary, p, len, at, NULL) > n ||
			    errata__words_match(&w->age_suffix, p, len, at, NULL) > n)
				return 0;
			*unit = v > 0 ? v : 1;
			*nights = l < 4 && l % 2;
			*plural = l == 2 || l == 3;
			return n;
		}
	}
	return 0;
}

/* A byte with ASCII capitals lowered, as errata__strncasecmp_ascii() compares it. */
static inline unsigned char lower_ascii(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c;
}

/*
 * A unit of the locale's joined_units at `at` with its noun written on
 * ("dagars" in "tredagarsfestival", "dages" in "femdagesfestival"): the
 * unit's length (0: none) when two bytes of a word or more follow it.
 */
static size_t joined_unit(const errata__words *w, const char *p, size_t len, size_t at,
                          int *unit)
{
	for (size_t k = 0; k < w->joined_units.count; k++) {
		const errata__word *x = &w->joined_units.items[k];

		if (x->len + 2 <= len - at && errata__strncasecmp_ascii(p + at, x->word, x->len) == 0 &&
		    errata__is_word_byte(p, len, at + x->len) &&
		    errata__is_word_byte(p, len, at + x->len + 1)) {
			*unit = x->value > 0 ? x->value : 1;
			return x->len;
		}
	}
	return 0;
}

/*
 * A number word written into one word with a compound unit at `at`:
 * "dreitägiger" (drei, tägiger), "vijfdaagse". Returns the length of the
 * number word (0: none) and stores its value.
 */
static size_t fused_count(const errata__words *w, const char *p, size_t len, size_t at,
                          int *value)
{
	const errata__wordlist *l = &w->numbers;
	unsigned char c;
	int ju;

	if (!w->compound_units.count || at >= len)
		return 0;
	c = (unsigned char)p[at];
	if (c >= '0' && c <= '9') {
		/* digits written into the unit: "3日間", "3天", "3일간" */
		size_t n = 0;
		int v = 0;

		while (at + n < len && n < 4 && p[at + n] >= '0' && p[at + n] <= '9')
			v = v * 10 + (p[at + n++] - '0');
		if (at + n < len && !(p[at + n] >= '0' && p[at + n] <= '9') &&
		    (errata__words_match(&w->compound_units, p, len, at + n, NULL) ||
		     (p[at + n] == '-' && joined_unit(w, p, len, at + n + 1, &ju)))) {
			*value = v;
			return n;
		}
		return 0;
	}
	if (c >= 'A' && c <= 'Z')
		c |= 0x20;
	/* no number word starts with these two bytes (second[]: the list's) */
	if (at + 1 < len && !((l->second[c] >> (lower_ascii((unsigned char)p[at + 1]) & 31)) & 1))
		return 0;
	/* longest first: "dreizehntägig" is thirteen days, not three */
	for (size_t i = l->from[c]; i < l->to[c]; i++) {
		const errata__word *nw = &l->items[l->by_first[i]];

		/* (the second and third bytes first: number words of Chinese
		 * and Japanese share their first two bytes by the dozen) */
		if (nw->len < len - at &&
		    (nw->len < 2 || lower_ascii((unsigned char)p[at + 1]) ==
		                            lower_ascii((unsigned char)nw->word[1])) &&
		    (nw->len < 3 || lower_ascii((unsigned char)p[at + 2]) ==
		                            lower_ascii((unsigned char)nw->word[2])) &&
		    errata__strncasecmp_ascii(p + at, nw->word, nw->len) == 0 &&
		    (errata__words_match(&w->compound_units, p, len, at + nw->len, NULL) ||
		     joined_unit(w, p, len, at + nw->len, &ju))) {
			*value = nw->value;
			return nw->len;
		}
	}
	return 0;
}

/* Whether fused_count() at `at` may find one: a digit, or two, then three
 * bytes that a number word starts with (every word start of the prose is
 * asked; in Chinese and Japanese every character). */
static inline int fused_may(const errata__words *w, const char *p, size_t len, size_t at)
{
	unsigned char c = lower_ascii((unsigned char)p[at]);
	unsigned key;

	if ((c >= '0' && c <= '9') || at + 1 >= len)
		return 1;
	if (!((w->numbers.second[c] >> (lower_ascii((unsigned char)p[at + 1]) & 31)) & 1))
		return 0;
	if (w->fused_short || at + 2 >= len)
		return 1;
	if (errata__fused_key_wide(c) && at + 3 >= len)
		return 1;
	key = errata__fused_key_of((const unsigned char *)p + at);
	return (w->fused_first3[key >> 6] >> (key & 63)) & 1;
}

/*
 * The first word start at or after `from` that holds a fused length
 * ("dreitägige"); len if none. The starts come from the word index when
 * there is one (ix), else from the bytes.
 */
static size_t fused_next(const errata__words *w, const errata__word_index *ix,
                         const char *p, size_t len, size_t from)
{
	int v;

	if (!w->compound_units.count)
		return len;
	if (ix) {
		for (size_t i = errata__word_index_next_start(ix, from, len); i < len;
		     i = errata__word_index_next_start(ix, i + 1, len))
			if (fused_may(w, p, len, i) && fused_count(w, p, len, i, &v))
				return i;
		return len;
	}
	for (size_t i = errata__next_word_start(p, len, from, len); i < len;
	     i = errata__next_word_start(p, len, i + 1, len))
		if (fused_may(w, p, len, i) && fused_count(w, p, len, i, &v))
			return i;
	return len;
}

/* A length phrase [s, e) of count units of `unit` days (nights: counted in
 * nights), every other field cleared: no noun yet, the phrase ends at e. */
static void length_at(length_phrase *lp, size_t s, size_t e, int count, int unit, int nights)
{
	memset(lp, 0, sizeof(*lp));
	lp->start = s;
	lp->end = lp->phrase_end = e;
	lp->count = count;
	lp->unit = unit;
	lp->nights = nights;
}

/*
 * The end of a lower-case word at k that ends in one of the locale's
 * genitive_plurals ("концертів", "koncertów": the plural a count of days
 * governs where no word says "of"); 0 when there is none. Three letters
 * at least stand before the ending.
 */
static size_t genitive_noun(const errata__words *w, const char *p, size_t len, size_t k)
{
	size_t ne;

	if (!w->genitive_plurals.count || !errata__word_start(p, len, k) || !lower_at(p, len, k))
		return 0;
	for (ne = k; ne < len && errata__is_word_byte(p, len, ne); ne++)
		;
	for (size_t i = 0; i < w->genitive_plurals.count; i++) {
		const errata__word *g = &w->genitive_plurals.items[i];

		if (ne - k >= g->len + 3 && memcmp(p + ne - g->len, g->word, g->len) == 0)
			return ne;
	}
	return 0;
}

static size_t gap_mark(const char *p, size_t len, size_t i, int *comma);

/*
 * The end of a word of letters at k that starts with a capital ("Bauzeit"
 * after "14 Monate", where the table capitalises nouns); 0 when there is
 * none. Three letters at least, and no hyphen or digit in it.
 */
static size_t capital_noun(const char *p, size_t len, size_t k)
{
	size_t ne;

	if (k >= len || !errata__word_start(p, len, k) || !errata__capital_letter_at(p, len, k))
		return 0;
	for (ne = k; ne < len && errata__is_word_byte(p, len, ne) && !(p[ne] >= '0' && p[ne] <= '9'); ne++)
		;
	return ne - k >= 3 && (ne >= len || p[ne] != '-') ? ne : 0;
}

/*
 * "six days of inspiration": a count, a plural unit ending at `e`, one
 * of the locale's duration_of words and the word it governs. Returns 1
 * and fills lp (days_of set), else 0 ("three days later", "two days in").
 */
static int read_days_of(const errata__words *w, const char *p, size_t len, size_t s,
                        size_t e, int count, int unit, int nights, length_phrase *lp)
{
	size_t o, k, ne;
	int comma;

	if (e >= len || p[e] != ' ')
		return 0;
	if ((o = errata__words_match(&w->duration_of, p, len, e + 1, NULL)) > 0) {
		k = errata__skip_space(p, len, e + 1 + o);
		if (k == e + 1 + o || !errata__word_start(p, len, k))
			return 0;
		for (ne = k; ne < len && errata__is_word_byte(p, len, ne); ne++)
			;
	} else if ((ne = genitive_noun(w, p, len, e + 1)) > 0) {
		k = e + 1; /* "Три дні концертів", "Trzy dni koncertów": the noun in the genitive, no "of" */
	} else if (w->nouns_capitalized && (ne = capital_noun(p, len, e + 1)) > 0 &&
	           (o = errata__skip_space(p, len, ne)) < len && (p[o] == '(' || gap_mark(p, len, o, &comma))) {
		/* "14 Monate Bauzeit – vom …", "Zehn Tage Pause, vom …": the noun set beside the
		 * count, then its dates ("vom 2. bis 6. Februar zehn Tage Pause." is a length alone) */
		k = e + 1;
	} else {
		return 0;
	}
	length_at(lp, s, e, count, unit, nights);
	lp->days_of = 1;
	lp->noun = k;
	lp->noun_len = ne - k;
	lp->phrase_end = ne;
	return 1;
}

/*
 * The days written after a count of nights, the same stay's ("3泊4日",
 * "3박 4일": a space at most, digits and a word of the table's
 * paired_days), or the nights after a count of days ("5天4夜": the
 * table's paired_nights, l): their length from `at`, 0 when there are
 * none. The length is read in the unit written first; the other only
 * closes its phrase.
 */
static size_t paired_count(const errata__wordlist *l, const char *p, size_t len, size_t at)
{
	size_t i = at < len && p[at] == ' ' ? at + 1 : at, d = i, n;

	while (d < len && d - i < 3 && p[d] >= '0' && p[d] <= '9')
		d++;
	if (d == i || !(n = errata__words_match(l, p, len, d, NULL)))
		return 0;
	return d + n - at;
}

static size_t word_before(const char *p, size_t len, size_t from, size_t at, size_t *ws);

/* Whether a word of the locale's articles ends just before `at` ("de", "een"). */
static int article_before(const errata__words *w, const char *p, size_t len, size_t at)
{
	size_t ws, wl = word_before(p, len, 0, at, &ws);

	return wl && errata__words_match(&w->articles, p, len, ws, NULL) == wl;
}

/*
 * "La festa major, de cinc dies,": the noun set off by commas before `e`
 * (the comma), through *ne where it ends: a lower-case word
 * behind an article, or two, the second a lower-case word that qualifies
 * the first ("festa major", "visita oficial"); in a table without
 * articles, one word that opens the sentence ("Festiwal, trwający trzy
 * dni,"). Returns 1 and stores where it starts in *ns; 0 when there is
 * none.
 */
static int apposed_noun(const errata__words *w, const char *p, size_t len, size_t e,
                        size_t *ns, size_t *ne)
{
	size_t ws, wl = word_before(p, len, 0, e, &ws), end, ss, se, at;

	if (wl && !w->articles.count) {
		/* no articles: the noun itself opens the sentence ("Festiwal, trwający trzy dni,") */
		errata__sentence(w, p, len, ws, &ss, &se);
		if (word_before(p, len, ss, ws, &at) > 0)
			return 0;
		*ns = ws;
		*ne = ws + wl;
		return 1;
	}
	if (!wl || !lower_at(p, len, ws))
		return 0;
	end = ws + wl;
	for (int words = 0; words < 2; words++) {
		if (article_before(w, p, len, ws)) {
			*ns = ws;
			*ne = words ? *ne : end;
			return 1;
		}
		*ne = ws + wl;
		if (!(wl = word_before(p, len, 0, ws, &ws)) || !lower_at(p, len, ws) ||
		    errata__words_match(&w->phrase_ends, p, len, ws, NULL) == wl ||
		    errata__words_match(&w->duration_of, p, len, ws, NULL) == wl)
			return 0;
	}
	return 0;
}

/*
 * After a length's unit at `at`, a word of duration_of and one of
 * length_nouns ("de tres días de duración", "com três dias de
 * duração"): the length says it is one. Returns the bytes from `at` to
 * the noun's end, 0 when they are not there.
 */
static size_t length_tail(const errata__words *w, const char *p, size_t len, size_t at)
{
	size_t a = errata__skip_space(p, len, at), e, n;

	if (!w->length_nouns.count || a == at || !(n = errata__words_match(&w->duration_of, p, len, a, NULL)))
		return 0;
	e = a + n;
	a = errata__skip_space(p, len, e);
	if (a == e || !(n = errata__words_match(&w->length_nouns, p, len, a, NULL)))
		return 0;
	return a + n - at;
}

/*
 * A length phrase starting at `at`: "three-day", "10-day", "two-week",
 * "three day", "five-night", or "of three days" (a duration_of word then
 * a plural unit; a word of duration_with when the length is said to be
 * one: "com três dias de duração"), or a number word fused with a
 * compound unit ("dreitägige"). Returns 1 and fills lp.
 */
static int read_length(const errata__words *w, const char *p, size_t len,
                       size_t at, length_phrase *lp)
{
	size_t n, u, s = at, after, joined = 0, tail = 0;
	int count = 0, unit = 0, nights = 0, plural = 0, of = 0, with = 0, fused = 0, article = 0;

	/* a word that is a count of days by itself: "사흘" (three days), "이틀" */
	if ((n = errata__words_match(&w->day_counts, p, len, at, &count)) > 0) {
		if (count <= 0 || count > 366)
			return 0;
		length_at(lp, at, at + n, count, 1, 0);
		find_noun(w, p, len, lp);
		lp->bare = !lp->noun_len;
		return 1;
	}
	if ((n = errata__words_match(&w->duration_of, p, len, at, NULL)) > 0 ||
	    (with = (n = errata__words_match(&w->duration_with, p, len, at, NULL)) > 0)) {
		s = errata__skip_space(p, len, at + n);
		if (s == at + n)
			return 0;
		of = 1;
	}
	n = errata__read_count(w, p, len, s, &count);
	/* a count with its unit written on at once ("三日間" at the text's start) */
	if (n && !of && s + n < len && p[s + n] != '-' && p[s + n] != ' ')
		n = 0;
	if (!n && !of && (n = fused_count(w, p, len, s, &count)) > 0)
		fused = 1;
	/* "a week", "an hour": an article that counts one (the locale's unit_articles) */
	if (!n && !of && w->unit_articles.count &&
	    (n = errata__words_match(&w->unit_articles, p, len, s, NULL)) > 0) {
		count = 1;
		article = 1;
	}
	if (!n || count <= 0 || count > 366)
		return 0;
	after = s + n;
	if (fused)
		; /* the unit follows at once */
	else if (after < len && (p[after] == '-' || p[after] == ' '))
		after++;
	else
		return 0;
	if (!(u = read_unit(w, p, len, after, &unit, &nights, &plural)) &&
	    !((fused || p[after - 1] == '-') && (joined = joined_unit(w, p, len, after, &unit)) > 0))
		return 0;
	/* "a fortnight of concerts", "una semana de fiestas": one unit of them */
	if (!of && u && !plural && count == 1 &&
	    read_days_of(w, p, len, s, after + u, count, unit, nights, lp))
		return 1;
	if (!of && plural && count > 1) {
		if (read_days_of(w, p, len, s, after + u, count, unit, nights, lp))
			return 1;
		/* "three days", "vier Tage": a length with no noun */
		length_at(lp, s, after + u, count, unit, nights);
		lp->bare = !participle_noun(w, p, len, lp);
		return 1;
	}
	if (of ? (!plural && count != 1) : plural)
		return 0; /* "of three days" / "three-day": not "three days later" */
	if (of && u)
		tail = length_tail(w, p, len, after + u);
	if (with && !tail)
		return 0; /* "com três dias": only "com três dias de duração" names a length */
	if (!of && after + u < len && p[after + u] == '-')
		return 0; /* "a three-day-old calf" */
	if (joined) {
		/* "tredagarsfestival": the noun is the rest of the word */
		size_t ne = after + joined;

		while (ne < len && errata__is_word_byte(p, len, ne))
			ne++;
		length_at(lp, s, ne, count, unit, 0);
		lp->noun = after + joined;
		lp->noun_len = ne - lp->noun;
		return 1;
	}
	length_at(lp, s,
	          after + u + (tail ? tail : paired_count(nights ? &w->paired_days : &w->paired_nights, p, len,
	                                                  after + u)),
	          count, unit, nights);
	lp->of = of ? at : 0;
	if (of || !participle_noun(w, p, len, lp))
		find_noun(w, p, len, lp);
	/*
	 * "de vierdaagse van Nijmegen": a count fused with its unit, no noun
	 * after it and an article before it, is the event's own name
	 */
	if (fused && !lp->noun_len && lp->end < len && !errata__is_word_byte(p, len, lp->end) &&
	    article_before(w, p, len, s)) {
		lp->noun = s;
		lp->noun_len = lp->phrase_end - s;
	}
	if (of) {
		/* "a visit of three days": the noun stands before "of" */
		size_t e = at, b, ne = 0;

		while (e > 0 && p[e - 1] == ' ')
			e--;
		/*
		 * "El festival, de dos días, se celebra": the length set off by
		 * commas after its noun phrase, behind an article
		 */
		if (e > 1 && p[e - 1] == ',' && lp->end < len && p[lp->end] == ',') {
			if (!apposed_noun(w, p, len, e - 1, &b, &ne))
				return 0;
			e = ne;
		} else {
			b = e;
			while (b > 0 && errata__is_word_byte(p, len, b - 1))
				b--;
			if (b == e)
				return 0;
		}
		lp->noun = b;
		lp->noun_len = e - b;
		lp->phrase_end = lp->end;
	}
	/* "three-day" with nothing after it ("3日間、"): only a range next to it can tell */
	lp->bare = !lp->noun_len;
	lp->article = article;
	return !article || lp->bare; /* "a day trip" is not read as a length */
}

/*
 * A length written as one word with its count of one ("week-long",
 * "weeklong": the locale's long_units, valued in days) at `at`, before
 * its noun ("a week-long trip"). Returns 1 and fills lp.
 */
static int read_long(const errata__words *w, const char *p, size_t len, size_t at,
                     length_phrase *lp)
{
	int unit = 0;
	size_t n = errata__words_match(&w->long_units, p, len, at, &unit);

	if (!n || unit <= 0 || !errata__word_start(p, len, at))
		return 0;
	if (at > 1 && p[at - 1] == '-' && errata__is_word_byte(p, len, at - 2)) {
		/* after a count and a hyphen, that many units: "three-day-long", "10-day-long" */
		size_t ws = at - 1, cn;
		int v;

		while (ws > 0 && (errata__is_word_byte(p, len, ws - 1) || p[ws - 1] == '-'))
			ws--;
		ws = errata__count_start(w, p, len, ws);
		if (!(cn = errata__read_count(w, p, len, ws, &v)) || ws + cn != at - 1 || v < 1)
			return 0;
		length_at(lp, ws, at + n, v, unit, 0);
	} else {
		length_at(lp, at, at + n, 1, unit, 0);
	}
	find_noun(w, p, len, lp);
	lp->bare = !lp->noun_len;
	return 1;
}

/*
 * The first word start in [i, e): from the word index when there is one
 * (every character of Han and kana starts a word there), else from the
 * bytes. On text in other scripts both give the same starts.
 */
static inline size_t next_start(const errata__word_index *ix, const char *p, size_t len,
                                size_t i, size_t e)
{
	if (ix) {
		size_t k = errata__word_index_next_start(ix, i, len);

		return k < e ? k : e;
	}
	return errata__next_word_start(p, len, i, e);
}

/*
 * A walk over the word starts of a span [s, e), as next_start() gives
 * them one by one: from the word index's bitmaps a 64-bit word at a time
 * when there is one, else from the bytes.
 */
typedef struct {
	const errata__word_index *ix;
	const char *p;
	size_t len, e;
	size_t w;       /* the 64-bit word of the bitmaps being read */
	uint64_t st;    /* its starts not yet taken */
	size_t next;    /* without an index: the next start */
} span_walk;

static inline void span_begin(span_walk *it, const errata__word_index *ix, const char *p,
                              size_t len, size_t s, size_t e)
{
	it->ix = ix;
	it->p = p;
	it->len = len;
	it->e = e;
	it->st = 0;
	it->next = e;
	it->w = s >> 6;
	if (!ix)
		it->next = errata__next_word_start(p, len, s, e);
	else if (s < e && it->w < ix->nw)
		it->st = errata__word_index_starts(ix, it->w, it->w ? ix->bits[it->w - 1] >> 63 : 0, 0) &
		         (~(uint64_t)0 << (s & 63));
}

/* The next word start of the span; its end e after the last. */
static inline size_t span_next(span_walk *it)
{
	size_t i;

	if (!it->ix) {
		i = it->next;
		if (i < it->e)
			it->next = errata__next_word_start(it->p, it->len, i + 1, it->e);
		return i;
	}
	while (!it->st) {
		if (++it->w >= it->ix->nw || it->w * 64 >= it->e)
			return it->e;
		it->st = errata__word_index_starts(it->ix, it->w, it->ix->bits[it->w - 1] >> 63, 0);
	}
	i = it->w * 64 + errata__ctz64(it->st);
	it->st &= it->st - 1;
	return i < it->e ? i : it->e;
}

/* The word that ends just before `at` (spaces and one line break between), from `from` on: [*ws, at'). */
static size_t word_before(const char *p, size_t len, size_t from, size_t at, size_t *ws)
{
	size_t e = at, b;

	while (e > from && (p[e - 1] == ' ' || p[e - 1] == '\t' || p[e - 1] == '\n'))
		e--;
	b = e;
	while (b > from && (errata__is_word_byte(p, len, b - 1) ||
	                    (p[b - 1] == '-' && b - 1 > from && errata__is_word_byte(p, len, b - 2))))
		b--;
	while (b < e && ((unsigned char)p[b] & 0xc0) == 0x80)
		b++;
	*ws = b;
	return e - b;
}

/* Whether the word [ws, ws + wl) is one of the words of [s, e), in any case. */
static int word_among(const errata__word_index *ix, const char *p, size_t len, size_t ws,
                      size_t wl, size_t s, size_t e)
{
	for (size_t i = next_start(ix, p, len, s, e); i < e; i = next_start(ix, p, len, i + 1, e)) {
		size_t n = 0;

		while (i + n < e && (errata__is_word_byte(p, len, i + n) ||
		                     (p[i + n] == '-' && errata__is_word_byte(p, len, i + n + 1))))
			n++;
		if (n == wl && errata__strncasecmp_ascii(p + i, p + ws, wl) == 0)
			return 1;
		i += n ? n - 1 : 0;
	}
	return 0;
}

/*
 * Whether the noun at i (in a span that starts at s) names this event
 * again rather than another of its kind. Stepping back over the words the
 * length phrase put before the noun ("the three-day state visit"), the
 * first other word must be a referent ("the visit", "its tour") or there
 * must be none. "A press conference", "a site visit", "the water board",
 * "another book fair" are other events.
 */
static int refers_back(const errata__words *w, const errata__word_index *ix, const char *p,
                       size_t len, size_t s, size_t i, const length_phrase *lp)
{
	size_t at = i, ws, wl;

	/* no articles to tell this event from another of its kind */
	if (wide_script_at(p, len, lp->noun))
		return 1;
	for (;;) {
		if (!(wl = word_before(p, len, s, at, &ws)))
			return 1;
		if (errata__words_match(&w->referents, p, len, ws, NULL) == wl)
			return 1;
		if (lp->noun <= lp->start || !word_among(ix, p, len, ws, wl, lp->start, lp->noun))
			return 0;
		at = ws;
	}
}

/* The lists of w->tie_pairs that may have a word at p[i] (i < len). */
static inline unsigned tie_lists_at(const errata__words *w, const char *p, size_t len, size_t i)
{
	unsigned a = errata__lower_ascii[(unsigned char)p[i]] & 31;
	unsigned b = i + 1 < len ? errata__lower_ascii[(unsigned char)p[i + 1]] & 31 : 0;

	return i + 1 < len ? w->tie_pairs[a * 32 + b] :
	                     ERRATA__TIE_LEG | ERRATA__TIE_END | ERRATA__TIE_PRONOUN;
}

/*
 * Whether the word at i names the head of a compound noun again, in a
 * language whose nouns carry their article as an ending (definite_endings):
 * "Besöket" (besök + et) after "ett tre dagars statsbesök". The stem must
 * be four bytes or more and end the noun.
 */
static int names_head(const errata__words *w, const char *p, size_t len, size_t i,
                      const char *noun, size_t noun_len)
{
	size_t n = 0;

	if (!w->definite_endings.count)
		return 0;
	while (i + n < len && errata__is_word_byte(p, len, i + n))
		n++;
	for (size_t k = 0; k < w->definite_endings.count; k++) {
		const errata__word *d = &w->definite_endings.items[k];
		size_t stem = n - d->len;

		if (d->len < n && stem >= 4 && stem < noun_len &&
		    memcmp(p + i + stem, d->word, d->len) == 0 &&
		    errata__strncasecmp_ascii(p + i, noun + noun_len - stem, stem) == 0)
			return 1;
	}
	return 0;
}

/*
 * Whether a leg of a journey ("travels", "flies") may be one of the
 * event's: the length's noun is one of the table's journey_nouns ("a
 * three-day visit", "trip", "tour"), or the table has none. A leg in a
 * later sentence says nothing of a strike or a festival ("The union's
 * eight-day strike begins on June 1. The minister travels to Rome on
 * June 12").
 */
static int journey(const errata__words *w, const char *p, size_t len, const length_phrase *lp)
{
	return !w->journey_nouns.count ||
	       (lp->noun_len && errata__words_match(&w->journey_nouns, p, len, lp->noun, NULL) == lp->noun_len);
}

/*
 * Whether the text [s, e) ties a date to the event: it names the event's
 * noun (a word starting with it: "visit", "visits") as this event's, see
 * refers_back(), or a leg of a journey ("travels", "heads"; in a `later`
 * sentence only a journey's, journey()), or, when
 * `ends_alone` is set or the noun or a pronoun for the event ("it") is
 * there too, an end word ("ends", "closes"). Talks that "end on Friday"
 * say nothing about a strike.
 */
static int ties_to_event(const errata__words *w, const errata__word_index *ix,
                         const char *p, size_t len, size_t s, size_t e,
                         const length_phrase *lp, int ends_alone, int later)
{
	const char *noun = p + lp->noun;
	size_t noun_len = lp->noun_len;
	int end_seen = 0, pronoun_seen = 0;
	span_walk it;

	/* the walk stops as soon as the words seen tie it; a pronoun counts only once, and only with an end */
	span_begin(&it, ix, p, len, s, e);
	for (size_t i = span_next(&it); i < e; i = span_next(&it)) {
		unsigned lists;

		/* (a cheap test of the first byte before the whole word; a capital
		 * outside ASCII may begin with another byte than its small letter) */
		if (noun_len && i + noun_len <= e &&
		    ((p[i] | 0x20) == (noun[0] | 0x20) || ((unsigned char)p[i] >= 0x80 && (unsigned char)noun[0] >= 0x80)) &&
		    errata__same_folded(p + i, noun, noun_len)) {
			if (refers_back(w, ix, p, len, s, i, lp))
				return 1;
		}
		else if (noun_len && names_head(w, p, len, i, noun, noun_len)) {
			if (refers_back(w, ix, p, len, s, i, lp))
				return 1;
		}
		else if (!(lists = tie_lists_at(w, p, len, i)))
			continue;
		else if ((lists & ERRATA__TIE_LEG) && errata__words_match(&w->legs, p, len, i, NULL)) {
			if (!later || journey(w, p, len, lp))
				return 1;
		}
		else if ((lists & ERRATA__TIE_END) && errata__words_match(&w->end_words, p, len, i, NULL)) {
			end_seen = 1;
			if (ends_alone || pronoun_seen)
				return 1;
		} else if ((lists & ERRATA__TIE_PRONOUN) && !ends_alone && !pronoun_seen &&
		           errata__words_match(&w->event_pronouns, p, len, i, NULL)) {
			pronoun_seen = 1;
			if (end_seen)
				return 1;
		}
	}
	return 0;
}

/*
 * The last day of the length lp from the day number `start`: count times
 * unit days on, counted inclusively (nights exclusively). A unit of 30
 * days is a calendar month ("month-long": May 1 to May 31, February 1 to
 * February 28).
 */
static long length_end(const length_phrase *lp, long start)
{
	if (lp->unit == 30) {
		errata_date d = errata_date_from_days(start);
		int m = d.month - 1 + lp->count, y = d.year + m / 12, dim;

		m = m % 12 + 1;
		dim = errata_date_days_in_month(y, m);
		return errata_date_to_days(y, m, d.day < dim ? d.day : dim) - (lp->nights ? 0 : 1);
	}
	return start + (long)lp->count * lp->unit - (lp->nights ? 0 : 1);
}

/*
 * The days a loose length may be off either way, 0 for an exact one: a
 * length in months ("two months": 28 to 62 days by the calendar, and
 * "three months" from March 15 to June 1 is said), one of two weeks or
 * more ("a three-week race" of 23 days, "the two weeks of the Games" of
 * 17) or one after a word
 * of approx_qualifiers ("nearly six weeks", "about five days", "just
 * over a month") may miss its calendar end by a quarter of its days,
 * one day at least; "two months" from Nov. 2 to Nov. 30, "nearly six
 * weeks" from Feb. 8 to Feb. 25 miss by far more.
 */
static long loose_days(const length_phrase *lp)
{
	long span = (long)lp->count * lp->unit;

	if (lp->unit != 30 && !lp->approx && !(lp->unit == 7 && lp->count >= 2))
		return 0;
	return span / 4 > 1 ? span / 4 : 1;
}

/*
 * How far an event of the length lp may end past want_end (its last day
 * by length_end()), and how far before it: a count of days is counted
 * with both ends ("a 10-day festival from Aug. 1 to Aug. 10"; "from Aug.
 * 1 to Aug. 11" is eleven days and flagged), nights as nights ("10 nights" from July 5 end on
 * July 15). A length in weeks or months may be of working weeks, Monday
 * to Friday, two days short ("a one-week course from Monday, March 9, to
 * Friday, March 13").
 */
static long days_over(const length_phrase *lp)
{
	long loose = loose_days(lp);

	/* a time that runs out ends the day after its last (runs_out()) */
	return lp->runs_out && loose < 1 ? 1 : loose;
}

/*
 * days_over() for an end that a later sentence tells (a leg of a
 * journey, the event named again): the day an event of a week or more
 * is left or travelled home from may be told so, one day past.
 */
static long days_over_told(const length_phrase *lp)
{
	long over = days_over(lp);

	return over ? over : (long)lp->count * lp->unit >= 7 && !lp->nights ? 1 : 0;
}

static long days_short(const length_phrase *lp)
{
	long loose = loose_days(lp);

	return loose ? loose : lp->unit >= 7 ? 2 : 0;
}

/*
 * The finding for a length whose event, from `start`, would end on `end`
 * but runs to `got` (dates or weekdays as the message writes them), span
 * days or nights: a bare length's against the range written with it,
 * another's longer or shorter than the article makes it.
 */
static int length_report(const errata_check_ctx *ctx, size_t at, size_t n, const char *phrase,
                         const char *length, const char *noun, int nights, int bare, int longer,
                         const char *start, const char *end, const char *got, long span)
{
	static const char *const names[] = { "phrase", "length", "noun", "start", "end", "got",
	                                     "span", "unit" };
	errata_buf msg = ERRATA_BUF_INIT, unit = ERRATA_BUF_INIT;
	char spans[24];
	const char *key = nights ? (span == 1 ? "night" : "nights") : (span == 1 ? "day" : "days");
	const char *values[8];
	int error = errata__check_message(ctx, key, key, &unit, NULL, NULL, 0);

	values[0] = phrase;
	values[1] = length;
	values[2] = noun;
	values[3] = start;
	values[4] = end;
	values[5] = got;
	values[6] = errata__decimal_text(spans, sizeof(spans), span);
	values[7] = unit.ptr;
	if (!error && bare)
		error = errata__check_message(ctx, "duration_range",
		                              "{length} from {start} would end {end}, but the range "
		                              "written with it runs to {got} ({span} {unit})",
		                              &msg, names, values, 8);
	else if (!error)
		error = longer ?
		        errata__check_message(ctx, "duration_longer",
		                              "the {phrase} from {start} would end {end}, but the article "
		                              "dates it to {got} ({span} {unit})",
		                              &msg, names, values, 8) :
		        errata__check_message(ctx, "duration_shorter",
		                              "the {phrase} from {start} would end {end}, but the article "
		                              "ends it on {got} ({span} {unit})",
		                              &msg, names, values, 8);
	if (!error)
		error = errata__check_report(ctx, at, n, msg.ptr, NULL, 0);
	else
		error = errata__oom();
	errata_buf_dispose(&msg);
	errata_buf_dispose(&unit);
	return error;
}

int errata__duration_report(const errata_check_ctx *ctx, size_t at, size_t n, const char *phrase,
                            const char *length, const char *noun, int nights, int bare, long start,
                            long want_end, long got_end)
{
	errata_buf d1 = ERRATA_BUF_INIT, d2 = ERRATA_BUF_INIT, d3 = ERRATA_BUF_INIT;
	errata_date a = errata_date_from_days(start);
	errata_date b = errata_date_from_days(want_end);
	errata_date c = errata_date_from_days(got_end);
	/* the start's year where the span is years long: "from April 1, 2003" */
	int error = errata__check_date(ctx, &d1, a.year, a.month, a.day, c.year - a.year > 1);

	if (!error)
		error = errata__check_date(ctx, &d2, b.year, b.month, b.day, b.year != a.year);
	if (!error)
		error = errata__check_date(ctx, &d3, c.year, c.month, c.day, c.year != a.year);
	if (!error)
		error = length_report(ctx, at, n, phrase, length, noun, nights, bare, got_end > want_end,
		                      d1.ptr, d2.ptr, d3.ptr, got_end - start + (nights ? 0 : 1));
	errata_buf_dispose(&d1);
	errata_buf_dispose(&d2);
	errata_buf_dispose(&d3);
	return error;
}

/*
 * The finding for lp: from the day number `start` it would end on
 * want_end but runs to got_end; or, with `weekdays` (the start, the end
 * it would have and the one written), from a weekday to a weekday, span
 * days.
 */
static int report_span(const errata_check_ctx *ctx, const length_phrase *lp, const char *p,
                       long start, long want_end, long got_end, const char *const *weekdays,
                       long span)
{
	errata_buf phrase = ERRATA_BUF_INIT, length = ERRATA_BUF_INIT, noun = ERRATA_BUF_INIT;
	int error = 0;

	/* "three-day visit", or "visit of three days": the length and its noun as written */
	if (lp->days_of || lp->bare || (lp->noun_len && lp->noun >= lp->start && lp->noun < lp->end))
		/* (a noun written into the length: "tredagarsfestival") */
		error = errata_buf_put(&phrase, p + lp->start, lp->phrase_end - lp->start);
	else if (lp->of)
		error = errata__buf_format(&phrase, "%.*s %.*s", (int)lp->noun_len, p + lp->noun,
		                           (int)(lp->end - lp->of), p + lp->of);
	else
		error = errata__buf_format(&phrase, "%.*s %.*s", (int)(lp->end - lp->start),
		                           p + lp->start, (int)lp->noun_len, p + lp->noun);
	if (!error)
		error = lp->of ? errata_buf_put(&length, p + lp->of, lp->end - lp->of) :
		                 errata_buf_put(&length, p + lp->start, lp->end - lp->start);
	if (!error)
		error = errata_buf_put(&noun, p + lp->noun, lp->noun_len);
	if (error)
		error = errata__oom();
	else if (weekdays)
		error = length_report(ctx, lp->start, lp->end - lp->start, phrase.ptr, length.ptr, noun.ptr,
		                      lp->nights, lp->bare, span > (long)lp->count * lp->unit, weekdays[0],
		                      weekdays[1], weekdays[2], span);
	else
		error = errata__duration_report(ctx, lp->start, lp->end - lp->start, phrase.ptr, length.ptr,
		                                noun.ptr, lp->nights, lp->bare, start, want_end, got_end);
	errata_buf_dispose(&phrase);
	errata_buf_dispose(&length);
	errata_buf_dispose(&noun);
	return error;
}

static int report(const errata_check_ctx *ctx, const length_phrase *lp,
                  const char *p, long start, long want_end, long got_end)
{
	return report_span(ctx, lp, p, start, want_end, got_end, NULL, 0);
}

/*
 * A mark that may stand between a length and its range: a comma, a colon
 * or a dash (*comma set; at most one of them), or a bracket. Returns its
 * length, 0 for anything else.
 */
static size_t gap_mark(const char *p, size_t len, size_t i, int *comma)
{
	static const char *const commas[] = { ",", ":", "\xe2\x80\x93", "\xe2\x80\x94",
	                                      "\xe3\x80\x81", "\xef\xbc\x8c", "\xef\xbc\x9a" };
	static const char *const brackets[] = { "(", ")", "\xef\xbc\x88", "\xef\xbc\x89" };

	for (size_t k = 0; k < sizeof(commas) / sizeof(commas[0]); k++) {
		size_t n = strlen(commas[k]);

		if (n <= len - i && memcmp(p + i, commas[k], n) == 0) {
			*comma = 1;
			return n;
		}
	}
	for (size_t k = 0; k < sizeof(brackets) / sizeof(brackets[0]); k++) {
		size_t n = strlen(brackets[k]);

		if (n <= len - i && memcmp(p + i, brackets[k], n) == 0) {
			*comma = 0;
			return n;
		}
	}
	return 0;
}

/* Whether the word [i, i + n) is the name of a month or a weekday in the article's language. */
static int date_word(const errata_check_ctx *ctx, const char *p, size_t i, size_t n)
{
	for (int k = 0; k < 19; k++) {
		const char *name = k < 12 ? errata_locale_month_name(ctx->locale, k + 1)
		                          : errata_locale_weekday_name(ctx->locale, k - 12);

		if (name && ((unsigned char)name[0] | 0x20) == ((unsigned char)p[i] | 0x20) &&
		    strlen(name) == n && errata__strncasecmp_ascii(p + i, name, n) == 0)
			return 1;
	}
	return 0;
}

/*
 * A word of a place's name at i ("Paris", "New", "de" in "Rio de
 * Janeiro", "hospital"): not a month or a weekday, a number, a unit, a
 * qualifier or one of the locale's periods ("in July", "in the summer",
 * "in a month-long session" are times, not places). Returns its length
 * (0: not one) and sets *lower when it is not capitalised (nor a
 * name_particles word).
 */
static size_t place_word(const errata_check_ctx *ctx, const errata__words *w, size_t i,
                         int *lower)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, n;
	errata__tok t;
	int unit, nights, plural;

	errata__tok_next(p, len, i, &t);
	if (t.kind != ERRATA__TOK_WORD || t.start != i)
		return 0;
	n = t.end - i;
	*lower = 0;
	if (errata__words_match(&w->name_particles, p, len, i, NULL) == n)
		return n;
	if (date_word(ctx, p, i, n) || errata__words_match(&w->numbers, p, len, i, NULL) ||
	    errata__words_match(&w->long_units, p, len, i, NULL) ||
	    errata__words_match(&w->periods, p, len, i, NULL) ||
	    errata__words_match(&w->length_qualifiers, p, len, i, NULL) ||
	    read_unit(w, p, len, i, &unit, &nights, &plural))
		return 0;
	if (!t.upper) {
		if (t.hyphen)
			return 0; /* "month-long": a length, not a place */
		*lower = 1;
	}
	return n;
}

/* Whether the mention that starts at e opens with its weekday, and `at` is e. */
static int weekday_opens(const errata_check_ctx *ctx, size_t at, size_t e)
{
	size_t k = errata__mention_at(ctx->mentions, e);
	const errata_mention *m = errata_mentions_get(ctx->mentions, k);

	return at == e && m && m->offset == e && m->weekday >= 0 && m->weekday_offset == e;
}

/*
 * Whether the text [s, e) between a length and a range, in either order,
 * leaves the range the length's: spaces, at most one comma (or colon or
 * dash), brackets, the locale's span_links ("from", "vom", "まで",
 * "为期"; after a mark, a word of duration_of before the range's weekday:
 * ", de miércoles 4 a domingo 8") and time_asides ("this year", "cette année"), its window_links ("between") after a comma or a bracket only,
 * articles, and one short place phrase: a word of
 * place_preps ("in", "对"), then up to three words of a name (one of
 * them may be in lower case, "in hospital", "in the capital", when a
 * comma or bracket ends the phrase: "three days at the summit from May 5
 * to May 9" are the summit's dates) or six characters of Han, kana or
 * Hangul. "two weeks after the", "three days
 * each year", "three days of talks in a" are not. With need_mark, a
 * comma or a bracket must be among them ("three days of mourning, from"
 * is the span, "20 days of leave from" a part of the year).
 */
static int gap_ties(const errata_check_ctx *ctx, const errata__words *w, size_t s, size_t e,
                    int need_mark)
{
	const char *p = ctx->prose;
	size_t i = s, n;
	int commas = 0, place = 0, words = 0, lowers = 0, marked = 0, comma, lower;

	while (i < e) {
		unsigned char c = (unsigned char)p[i];

		if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
			i++;
		} else if (c == 0xc2 && i + 1 < e && (unsigned char)p[i + 1] == 0xa0) {
			i += 2;
		} else if ((n = gap_mark(p, e, i, &comma)) > 0) {
			if (comma && ++commas > 1)
				return 0;
			marked = 1;
			if (place == 1 && words)
				place = 2;
			i += n;
		} else if (marked && (n = errata__words_match(&w->exclusion_words, p, e, i, NULL)) > 0) {
			/* ", not counting Sundays,": the days left out, up to the next comma */
			for (i += n; i < e && p[i] != ','; i++)
				;
			if (i >= e)
				return 0;
			commas--; /* the comma that closes it pairs with the one before */
		} else if (marked && (n = errata__words_match(&w->duration_of, p, e, i, NULL)) > 0 &&
		           weekday_opens(ctx, errata__skip_space(p, e, i + n), e)) {
			/* "tres días de huelga, de miércoles 4 a domingo 8": "from" before the range's weekday */
			i += n;
		} else if ((n = errata__words_match(&w->window_links, p, e, i, NULL)) > 0) {
			/* "for five days between July 1 and July 31" is a window; set off, the span */
			if (!marked)
				return 0;
			i += n;
		} else if ((n = errata__words_match(&w->span_links, p, e, i, NULL)) > 0 ||
		           (n = errata__words_match(&w->articles, p, e, i, NULL)) > 0 ||
		           (n = errata__words_match(&w->time_asides, p, e, i, NULL)) > 0 ||
		           (n = errata__words_match(&w->lasting_verbs, p, e, i, NULL)) > 0) {
			if (place == 1 && words) {
				if (lowers)
					return 0; /* "three days at the summit from May 5": the summit's */
				place = 2;
			}
			i += n;
		} else if (!place && (n = errata__words_match(&w->place_preps, p, e, i, NULL)) > 0) {
			place = 1;
			i += n;
		} else if (place == 1 && wide_script_at(p, e, i)) {
			if (++words > 6 || errata__words_match(&w->periods, p, e, i, NULL))
				return 0;
			i++;
			while (i < e && ((unsigned char)p[i] & 0xc0) == 0x80)
				i++;
		} else if (place == 1 && (n = place_word(ctx, w, i, &lower)) > 0 && i + n <= e) {
			/* a name of up to three words, at most one of them in lower case ("in hospital") */
			if (++words > 3 || (lower && ++lowers > 1))
				return 0;
			i += n;
		} else {
			return 0;
		}
	}
	return (place != 1 || (words > 0 && !lowers)) && (marked || !need_mark);
}

/* Whether a word of the list l ends just before `at` (spaces between), at a word start. */
static int list_ends_at(const errata__wordlist *l, const char *p, size_t len, size_t at)
{
	size_t e = at;
	unsigned char last;

	while (e > 0 && (p[e - 1] == ' ' || p[e - 1] == '\t'))
		e--;
	/* most words of the list end in another byte than the text's last one */
	if (e == 0 || !errata__words_may_end(l, p, e))
		return 0;
	last = errata__lower_ascii[(unsigned char)p[e - 1]];
	for (size_t k = 0; k < l->count; k++) {
		const errata__word *q = &l->items[k];

		if (q->len <= e && errata__lower_ascii[(unsigned char)q->word[q->len - 1]] == last &&
		    errata__strncasecmp_ascii(p + e - q->len, q->word, q->len) == 0 &&
		    (wide_script_at(p, len, e - q->len) || errata__word_start(p, len, e - q->len)))
			return 1;
	}
	return 0;
}

/*
 * Whether one of the locale's length_qualifiers ("at least", "up to",
 * "the first", "on", "約") ends just before `at`: the length is then a
 * bound, a part or a count of days, not the range's.
 */
static int qualified(const errata__words *w, const char *p, size_t len, size_t at)
{
	return list_ends_at(&w->length_qualifiers, p, len, at);
}

/*
 * Whether a word of the table's for_lengths ("на", "na": "рассчитана на
 * 10 ночей", for ten nights) stands right before the length lp, which has
 * no noun and which a comma, colon, dash, bracket or full stop closes: the length
 * the range set against it lasts. Otherwise the same word before a count
 * is a bound or a difference ("на 10 дней позже", "na 3 dni przed"), as
 * length_qualifiers has it.
 */
static int for_length(const errata__words *w, const char *p, size_t len, const length_phrase *lp)
{
	size_t at = errata__skip_space(p, len, lp->phrase_end), ss, se;
	int comma;

	if (!lp->bare || !list_ends_at(&w->for_lengths, p, len, lp->start) || at >= len ||
	    (p[at] != '.' && !gap_mark(p, len, at, &comma)))
		return 0;
	/* "перенесли на 3 дня, с 5 по 9 июля": moved by three days */
	errata__sentence(w, p, len, lp->start, &ss, &se);
	return !errata__words_in(&w->shift_words, p, len, ss, lp->start);
}

/*
 * Whether a word of the table's ended_after ("after", "nach") stands
 * right before the length lp and its phrase goes on at once into a
 * bracket or a dash: "After 14 months of construction (from Nov. 6, 2023,
 * to Sept. 13, 2024)" sets the months' own dates beside them, which
 * "which followed two weeks of protests, ran from …" does not.
 */
static int after_apposed(const errata__words *w, const char *p, size_t len, const length_phrase *lp)
{
	size_t at = errata__skip_space(p, len, lp->phrase_end);
	int comma;

	return at < len && list_ends_at(&w->ended_after, p, len, lp->start) &&
	       (p[at] == '(' || (gap_mark(p, len, at, &comma) > 0 && p[at] != ',' && p[at] != ':'));
}

/*
 * Whether a length with no noun closes its clause at `at` (a comma, a
 * full stop, a bracket), leads to a noun through a linking word
 * ("3日間の") or goes on with a span_links word ("3日間にわたって"):
 * what may follow it when its range stands before it.
 * "From May 1 to May 31, two days a week" is not the range's length.
 */
static int length_closes(const errata__words *w, const char *p, size_t len, size_t at)
{
	static const char *const closes[] = { ".", ",", ";", ":", ")", "!", "?", "\n",
	                                      "\xe3\x80\x81", "\xe3\x80\x82", "\xef\xbc\x8c",
	                                      "\xef\xbc\x89", "\xef\xbc\x9a", "\xef\xbc\x9b" };

	at = errata__skip_space(p, len, at);
	if (at >= len)
		return 1;
	for (size_t k = 0; k < sizeof(closes) / sizeof(closes[0]); k++) {
		size_t n = strlen(closes[k]);

		if (n <= len - at && memcmp(p + at, closes[k], n) == 0)
			return 1;
	}
	/*
	 * a particle of one kana and a comma ("の2日間で、", "の3日間は、"):
	 * the clause ends there, its verb further on
	 */
	if (at + 6 <= len && (unsigned char)p[at] == 0xe3 &&
	    ((unsigned char)p[at + 1] == 0x81 || (unsigned char)p[at + 1] == 0x82) &&
	    errata__words_match(&w->phrase_ends, p, len, at, NULL) == 3 &&
	    (memcmp(p + at + 3, "\xe3\x80\x81", 3) == 0 || memcmp(p + at + 3, "\xef\xbc\x8c", 3) == 0))
		return 1;
	/* a link written on in Han or kana ("にわたって"); "dos días por semana" is a rate */
	return errata__words_match(&w->noun_links, p, len, at, NULL) > 0 ||
	       (wide_script_at(p, len, at) &&
	        errata__words_match(&w->span_links, p, len, at, NULL) > 0);
}

/*
 * Where the mark that ends at `at` starts, spaces before `at` passed
 * over and nothing taken before s: a comma, a colon when `colon` is set,
 * or one of the two three-byte marks of `wide` (six bytes); (size_t)-1
 * when there is none.
 */
static size_t mark_at_end(const char *p, size_t s, size_t at, int colon, const char *wide)
{
	while (at > s && (p[at - 1] == ' ' || p[at - 1] == '\t'))
		at--;
	if (at > s && (p[at - 1] == ',' || (colon && p[at - 1] == ':')))
		return at - 1;
	if (at >= s + 3 && (memcmp(p + at - 3, wide, 3) == 0 || memcmp(p + at - 3, wide + 3, 3) == 0))
		return at - 3;
	return (size_t)-1;
}

/*
 * Whether the text [s, e) between a range and a length with no noun
 * names the event the range dates and gives its length, in Han, kana or
 * Hangul: a word of span_links (the verb: "举行"), one of noun_links
 * ("的"), the event's noun, one to four characters, and a span_links
 * word ("为期") right before the length: "8月15日至17日举行的活动为期10天".
 * A length with a noun ("…的活动中为期3天的展览") is some part of it.
 */
static int relative_ties(const errata__words *w, const char *p, size_t len, size_t s, size_t e)
{
	size_t i = s, n;
	int chars = 0;

	if (!(n = errata__words_match(&w->span_links, p, e, i, NULL)) || !wide_script_at(p, len, i))
		return 0;
	i += n;
	if (!(n = errata__words_match(&w->noun_links, p, e, i, NULL)))
		return 0;
	for (i += n; i < e && wide_script_at(p, e, i) &&
	             !errata__words_match(&w->span_links, p, e, i, NULL);) {
		if (++chars > 4)
			return 0;
		i++;
		while (i < e && ((unsigned char)p[i] & 0xc0) == 0x80)
			i++;
	}
	return chars && (n = errata__words_match(&w->span_links, p, e, i, NULL)) > 0 && i + n == e;
}

/*
 * Whether a verb of lasting (lasting_verbs) at `at` closes the clause of
 * a length with no noun: "…, wird fünf Tage dauern.", "zal vijf dagen
 * duren." (its auxiliary a word of span_links before the length).
 */
static int verb_closes(const errata__words *w, const char *p, size_t len, size_t at)
{
	size_t i = errata__skip_space(p, len, at), n;

	return i > at && (n = errata__words_match(&w->lasting_verbs, p, len, i, NULL)) > 0 &&
	       length_closes(w, p, len, i + n);
}

/*
 * Whether the length at `e` follows one of the locale's span_markers
 * after a comma ("…访问日本，为期四天": "lasting", said of the clause
 * before), and the text [s, comma) is short: up to twelve characters of
 * Han, kana or Hangul or four words, without a phrase_ends word ("后",
 * "前") or a qualifier.
 */
static int marker_ties(const errata__words *w, const char *p, size_t len, size_t s, size_t e)
{
	size_t m = e, c = 0, chars = 0, words = 0;

	if (!w->span_markers.count)
		return 0;
	while (m > s && (p[m - 1] == ' ' || p[m - 1] == '\t'))
		m--;
	for (size_t k = 0; k < w->span_markers.count && !c; k++) {
		const errata__word *mk = &w->span_markers.items[k];

		if (mk->len <= m - s && memcmp(p + m - mk->len, mk->word, mk->len) == 0)
			c = m - mk->len;
	}
	/* a comma, or a wide one: "，", "、" */
	if ((c = mark_at_end(p, s, c, 0, "\xef\xbc\x8c\xe3\x80\x81")) == (size_t)-1)
		return 0;
	for (size_t i = s; i < c;) {
		if (errata__words_match(&w->phrase_ends, p, c, i, NULL) ||
		    errata__words_match(&w->length_qualifiers, p, c, i, NULL))
			return 0;
		if (wide_script_at(p, len, i)) {
			if (++chars > 12)
				return 0;
			i++;
			while (i < c && ((unsigned char)p[i] & 0xc0) == 0x80)
				i++;
		} else if (errata__is_word_byte(p, len, i)) {
			if (++words > 4)
				return 0;
			while (i < c && errata__is_word_byte(p, len, i))
				i++;
		} else if (p[i] == ' ') {
			i++;
		} else {
			return 0;
		}
	}
	return 1;
}

/* The days of a range's two mentions, a and its end b; 0 when either has none or it runs backwards. */
static int range_days(const errata_mention *a, const errata_mention *b, long *ds, long *de)
{
	return errata__mention_days(a, ds) && errata__mention_days(b, de) && *de >= *ds &&
	       *de - *ds <= 3660;
}

/*
 * Whether only the locale's span_links and articles stand between the
 * start of the sentence holding `at` and `at` ("From", "Du", "Vom"), or
 * after a label that ends in a colon ("Winter break: Dec. 21 to Jan. 3,
 * a two-week break").
 */
static int opens_sentence(const errata__words *w, const char *p, size_t len, size_t at)
{
	size_t ss, se, n;

	errata__sentence(w, p, len, at, &ss, &se);
	for (size_t i = at; i > ss; i--)
		if (p[i - 1] == ':' && (i == at || p[i] == ' ' || p[i] == '\t' || p[i] == '\n')) {
			ss = i;
			break;
		}
	for (size_t i = ss; i < at;) {
		unsigned char c = (unsigned char)p[i];

		if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '"' || c == '(') {
			i++;
		} else if ((n = errata__words_match(&w->span_links, p, at, i, NULL)) > 0 ||
		           (n = errata__words_match(&w->articles, p, at, i, NULL)) > 0) {
			i += n;
		} else {
			return 0;
		}
	}
	return 1;
}

/* Whether the length's noun phrase holds a word of l, after the length or as its "of" noun. */
static int noun_phrase_holds(const errata__wordlist *l, const char *p, size_t len,
                             const length_phrase *lp)
{
	if (errata__words_match(l, p, len, lp->noun, NULL) == lp->noun_len)
		return 1; /* also a noun written into the length: "10-dagarsprognosen" */
	for (size_t i = lp->of ? lp->noun : lp->end; i < lp->phrase_end && i < len; i++)
		if (errata__word_start(p, len, i)) {
			size_t e = i;

			while (e < len && errata__is_word_byte(p, len, e))
				e++;
			if (errata__words_match(l, p, len, i, NULL) == e - i)
				return 1;
			i = e;
		}
	return 0;
}

/* Whether a whole word of pair_asides stands at i. */
static int aside_word_at(const errata__words *w, const char *p, size_t len, size_t i)
{
	size_t n = errata__words_match(&w->pair_asides, p, len, i, NULL);

	return n > 0 && !errata__is_word_byte(p, len, i + n);
}

/*
 * Whether the length's noun phrase holds one of the locale's
 * measure_nouns ("the 10-day forecast", "a 7-day outlook", "the 30-day
 * average"): a window that something else is looked at or measured
 * over, not an event. The dates written with it ("calls for rain June
 * 9-11", "rose from May 1 to May 9") are what it looks at. Not judged;
 * nor a noun of pair_asides ("a two-week notice").
 */
static int measures(const errata__words *w, const char *p, size_t len, const length_phrase *lp)
{
	if (!w->measure_nouns.count || !lp->noun_len)
		return 0;
	/*
	 * "a two-week notice": a noun of pair_asides is a time before or after
	 * the event ("four days of running" is what fills them)
	 */
	if (!lp->days_of && errata__words_match(&w->pair_asides, p, len, lp->noun, NULL) == lp->noun_len)
		return 1;
	/* nor the word that stands between it and its noun ("Eine Woche später lädt …") */
	if (!lp->days_of && lp->noun > lp->end && aside_word_at(w, p, len, errata__skip_space(p, len, lp->end)))
		return 1;
	return noun_phrase_holds(&w->measure_nouns, p, len, lp);
}

/*
 * Whether the length is a time that runs out rather than days an event
 * fills: its noun phrase holds a word of the locale's lapse_nouns ("the
 * 14-day quarantine", "a ten-day suspension", "eine 14-tägige
 * Quarantäne"). Such a time is counted from its first day and ends the
 * day after its last ("began on March 3 and ended on March 17"), so its
 * end may be one day past the count with both ends.
 */
static int runs_out(const errata__words *w, const char *p, size_t len, const length_phrase *lp)
{
	return w->lapse_nouns.count && lp->noun_len && !lp->nights && !lp->days_of &&
	       noun_phrase_holds(&w->lapse_nouns, p, len, lp);
}

/*
 * How many days past the end by length_end() an event of the length lp
 * may run: days_over(), or without bound when the length's sentence
 * leaves days out of its count (the locale's exclusion_words: "40 days,
 * not counting Sundays", "excluding weekends", "sans compter les
 * dimanches"). Such a length still cannot be longer than its range.
 * Asked only once a range runs longer.
 */
static long days_over_counted(const errata__words *w, const char *p, size_t len,
                              const length_phrase *lp, int told)
{
	size_t ss, se;

	if (w->exclusion_words.count) {
		errata__sentence(w, p, len, lp->start, &ss, &se);
		if (errata__words_in(&w->exclusion_words, p, len, ss, se))
			return 3660;
	}
	return told ? days_over_told(lp) : days_over(lp);
}

/*
 * Whether the length qualifies a unit rather than an event: "a four-day
 * week", "a 12-hour day", "the six-day week": a rhythm of work, not a
 * span that dates could contradict. Not judged.
 */
static int qualifies_unit(const errata__words *w, const char *p, size_t len,
                          const length_phrase *lp)
{
	size_t at = lp->of ? lp->noun : errata__skip_space(p, len, lp->end), e = at;
	int unit, nights, plural;

	if (!lp->noun_len)
		return 0;
	if (read_unit(w, p, len, at, &unit, &nights, &plural) > 0)
		return 1; /* also "une semaine de quatre jours" */
	/*
	 * a week written into a compound ("a four-day workweek", "de
	 * vierdaagse werkweek", "die viertägige Arbeitswoche"); never a day
	 * ("a three-day holiday", "der dreitägige Parteitag" are events)
	 */
	while (e < len && errata__is_word_byte(p, len, e))
		e++;
	for (size_t i = at + 3; i + 3 < e; i++)
		if (((unsigned char)p[i] & 0xc0) != 0x80 &&
		    read_unit(w, p, len, i, &unit, &nights, &plural) == e - i && unit >= 7)
			return 1;
	/* or as the noun's second word, in lower case ("a four-day work week"; "Fashion Week" is an event) */
	return !lp->of && lp->noun > at && lower_at(p, len, lp->noun) &&
	       read_unit(w, p, len, lp->noun, &unit, &nights, &plural) == lp->noun_len && unit >= 7;
}

/*
 * Whether another length stands in the rest of the sentence after the
 * length lp, a count and a unit of days, weeks or months: a list of parts
 * ("June 1-30: three days of talks and two weeks of films"), not the
 * range restated ("four days of running, 190 miles" is).
 */
static int counts_after(const errata__words *w, const char *p, size_t len, const length_phrase *lp)
{
	size_t ss, se, n, u;
	int v, unit, nights, plural;

	errata__sentence(w, p, len, lp->start, &ss, &se);
	for (size_t i = lp->phrase_end > lp->end ? lp->phrase_end : lp->end; i < se && i < len; i++) {
		if (!errata__word_start(p, len, i) || !(n = errata__read_count(w, p, len, i, &v)))
			continue;
		u = errata__skip_space(p, len, i + n);
		if (u < len && read_unit(w, p, len, u, &unit, &nights, &plural) > 0)
			return 1;
		i += n - 1;
	}
	return 0;
}

/*
 * Whether the text [s, e) between a range and a length restates the
 * range as the length: a comma and a word of span_equals ("soit",
 * "also", "es decir", "that is"), or a colon, then an article at most
 * ("du 30 avril au 9 mai, soit onze jours", "bis 10. April, also
 * dreizehn Tage", "van 20 tot en met 25 november: een vijfdaagse"), or
 * a word of for_lengths ("czyli na 14 dni", that is, for 14 days).
 */
static int equals_ties(const errata__words *w, const char *p, size_t len, size_t s, size_t e)
{
	size_t i = errata__skip_space(p, len, s), n;
	char sep;

	if (i < e && p[i] == ')')
		i = errata__skip_space(p, len, i + 1); /* "(November 26-28): four days of running" */
	if (i + 2 < e && (!memcmp(p + i, "\xe2\x80\x94", 3) || !memcmp(p + i, "\xe2\x80\x93", 3) ||
	                  !memcmp(p + i, "\xef\xbc\x9a", 3))) {
		sep = ':'; /* a dash restates as a colon does: "to Nov. 12 — 14 days of buses"; "：" */
		i = errata__skip_space(p, len, i + 3);
	} else if (i + 2 < e && (!memcmp(p + i, "\xef\xbc\x8c", 3) || !memcmp(p + i, "\xe3\x80\x81", 3))) {
		sep = ','; /* the full-width and the ideographic comma: "至10月6日，共8天" */
		i += 3;
	} else if (i >= e || (p[i] != ',' && p[i] != ':')) {
		return 0;
	} else {
		sep = p[i];
		i = errata__skip_space(p, len, i + 1);
	}
	if ((n = errata__words_match(&w->span_equals, p, len, i, NULL)) > 0)
		i += n;
	else if (sep == ',')
		return 0; /* after a comma, only a word of span_equals restates it */
	if (i < e && p[i] == ',')
		i++;
	i = errata__skip_space(p, len, i);
	if (i < e && (n = errata__words_match(&w->articles, p, len, i, NULL)) > 0)
		i = errata__skip_space(p, len, i + n);
	/* "do 30 września, czyli na 14 dni": a word of for_lengths, as for_length() reads it */
	if (i < e && (n = errata__words_match(&w->for_lengths, p, len, i, NULL)) > 0 &&
	    errata__skip_space(p, len, i + n) == e)
		i = e;
	return i == e;
}

/* (defined with the clause readings below) */
static size_t list_start_before(const errata__wordlist *l, const char *p, size_t len, size_t at);
static size_t short_word(const char *p, size_t len, size_t i, size_t most);
static int verb_before(const errata__words *w, const errata__wordlist *l, const char *p, size_t len,
                       size_t at);
static int clause_gap(const errata__words *w, const char *p, size_t len, size_t s, size_t e,
                      const errata__wordlist *ends);

/*
 * Whether the length lp stands in apposition to the dates that end at
 * `from`: an article at most and a comma, a colon or a dash before it,
 * and its noun phrase closing its clause (length_closes(): not "a
 * nine-day run which was cut short"); right after
 * the dates ("opens Aug. 20 and closes Aug. 24, a nine-day run"), or,
 * with `lead` (the dates open the sentence), at the end of the one
 * clause they lead, twelve words at most and no mark of its own ("Van 25
 * tot en met 27 oktober leggen de chauffeurs het werk neer, een actie van
 * vijf dagen"). "…, with a three-day rodeo" or "…, the first leg of a
 * two-week tour" are some part of it.
 */
static int apposed(const errata__words *w, const char *p, size_t len, const length_phrase *lp,
                   size_t from, int lead)
{
	size_t begin = lp->of ? lp->noun : lp->start, m = begin, ws, wl, i;
	int words = 0;

	if (!length_closes(w, p, len, lp->of ? lp->end : lp->phrase_end))
		return 0;
	if ((wl = word_before(p, len, from, m, &ws)) > 0 &&
	    errata__words_match(&w->articles, p, len, ws, NULL) == wl)
		m = ws;
	/* a comma, a colon, or a dash: "—", "–" */
	if ((m = mark_at_end(p, from, m, 1, "\xe2\x80\x94\xe2\x80\x93")) == (size_t)-1)
		return 0;
	i = errata__skip_space(p, len, from);
	if (i >= m)
		return 1;
	if (!lead)
		return 0;
	if (p[i] == ',')
		i++; /* "From May 1 to May 3, delegates meet in Geneva, a three-day session" */
	for (; i < m; i++) {
		if (p[i] == ',' || p[i] == ';' || p[i] == ':' || p[i] == '(' || p[i] == '\n')
			return 0;
		if (errata__word_start(p, len, i) && ++words > 12)
			return 0;
	}
	return 1;
}

/*
 * Whether the clause of a verb of lasting goes on after its length at e
 * with a second verb that a word of and_words joins to it ("lasted nearly
 * six weeks and featured testimony from 31 witnesses"): a lower-case word
 * right after that word, not an article, a count, a unit or a word of
 * length_qualifiers or approx_qualifiers ("and a half", "and two
 * nights", "and nights"), and another word after it before a mark
 * ("and more.").
 */
static int verb_goes_on(const errata__words *w, const char *p, size_t len, size_t e)
{
	size_t at = errata__skip_space(p, len, e), n;
	int v, words = 0;

	if (at == e || !(n = errata__words_match(&w->and_words, p, len, at, NULL)) || at + n >= len ||
	    p[at + n] != ' ')
		return 0;
	at = errata__skip_space(p, len, at + n);
	/* two words at least before the next mark: "and more." is no verb's */
	for (size_t i = at; i < len && p[i] != '.' && p[i] != ',' && p[i] != ';' && p[i] != ':' && words < 2; i++)
		words += errata__word_start(p, len, i);
	return words >= 2 && errata__word_start(p, len, at) && lower_at(p, len, at) &&
	       !errata__words_match(&w->articles, p, len, at, NULL) && !errata__read_count(w, p, len, at, &v) &&
	       !errata__words_match(&w->day_units, p, len, at, NULL) &&
	       !errata__words_match(&w->day_units_plural, p, len, at, NULL) &&
	       !errata__words_match(&w->night_units, p, len, at, NULL) &&
	       !errata__words_match(&w->night_units_plural, p, len, at, NULL) &&
	       !errata__words_match(&w->length_qualifiers, p, len, at, NULL) &&
	       !errata__words_match(&w->approx_qualifiers, p, len, at, NULL);
}

/*
 * Whether the length lp with no noun follows a verb of lasting
 * (lasting_verbs, an approx_qualifiers word between at most) that goes
 * on from the dates ending at `from`: a comma, a semicolon or a dash, or
 * a short word ("and", "but"), and a pronoun at most between ("…, and it
 * lasted nearly six weeks", "; it lasted", "which lasted"). "…, and the
 * talks lasted two weeks" are another thing's. The length closes its
 * clause, or a second verb goes on from it (verb_goes_on()).
 */
static int lasted_after(const errata__words *w, const char *p, size_t len,
                        const length_phrase *lp, size_t from, int opens)
{
	size_t v = list_start_before(&w->approx_qualifiers, p, len, lp->start), i, n, k;
	int words = 0, marked = 0, comma;

	/* "will last only five days": a span_links word after the verb */
	if ((k = list_start_before(&w->lasting_verbs, p, len, v)) == v)
		k = list_start_before(&w->lasting_verbs, p, len, list_start_before(&w->span_links, p, len, v));
	if (!lp->bare || (!length_closes(w, p, len, lp->end) && !verb_goes_on(w, p, len, lp->end)) || k >= v)
		return 0;
	if (opens) {
		/* "… and closed on Feb. 25. It lasted nearly six weeks." (or no pronoun: "Duró …") */
		i = errata__skip_space(p, len, from);
		if ((n = errata__words_match(&w->event_pronouns, p, k, i, NULL)) > 0)
			i = errata__skip_space(p, len, i + n);
		return i == k;
	}
	for (i = from; i < k;) {
		if (p[i] == ' ' || p[i] == '\t') {
			i++;
		} else if (p[i] == ';' || (n = gap_mark(p, k, i, &comma)) > 0) {
			marked = 1;
			i += p[i] == ';' ? 1 : n;
		} else if ((n = errata__words_match(&w->relative_pronouns, p, k, i, NULL)) > 0 ||
		           (n = errata__words_match(&w->event_pronouns, p, k, i, NULL)) > 0) {
			if (++words > 2)
				return 0;
			i += n;
		} else if (i == from + 1 && (n = errata__words_match(&w->verb_particles, p, k, i, NULL)) > 0) {
			i += n; /* "findet vom 5. bis 12. Dezember statt und dauert …" */
		} else if ((n = short_word(p, len, i, 3) - i) > 0 && ++words <= 2 &&
		           errata__words_match(&w->articles, p, len, i, NULL) != n) {
			marked = 1;
			i += n;
		} else {
			return 0;
		}
	}
	return marked;
}

/* Where a word of the list l starts in [s, e) (in Han, kana and Hangul, anywhere); e if none. */
static size_t list_in(const errata__wordlist *l, const char *p, size_t len, size_t s, size_t e)
{
	size_t n;

	for (size_t i = s; i < e; i++)
		if (((unsigned char)p[i] & 0xc0) != 0x80 &&
		    (wide_script_at(p, len, i) || errata__word_start(p, len, i)) &&
		    (n = errata__words_match(l, p, len, i, NULL)) > 0 && i + n <= e)
			return i;
	return e;
}

/*
 * Whether a verb of being held or of lasting is all that stands between
 * a range that ends at e and the length that begins at `begin`, after at
 * most one word of span_links or another such verb that ties the range
 * to it ("9-12 Temmuz tarihlerinde düzenlenecek üç günlük festival",
 * "tarihleri arasında düzenlenecek").
 */
static int verb_joins(const errata__words *w, const char *p, size_t len, size_t e, size_t begin)
{
	size_t at = errata__skip_space(p, len, e), n;

	for (int k = 0; k < 2 && at < begin; k++) {
		if (!(n = errata__words_match(&w->held_verbs, p, len, at, NULL)) &&
		    !(n = errata__words_match(&w->lasting_verbs, p, len, at, NULL))) {
			if (k > 0 || !(n = errata__words_match(&w->span_links, p, len, at, NULL)))
				return 0;
		} else if (errata__skip_space(p, len, at + n) == begin) {
			return 1;
		}
		at = errata__skip_space(p, len, at + n);
	}
	return 0;
}

/*
 * Whether the verb right after the range that ends at e (past one
 * span_links word) is one of lasting or of being held: "augusztus
 * 4-től 6-ig tartott", "7月1日から3日まで続き", "20-22 Ekim tarihleri
 * arasındaki".
 */
static int verb_after_range(const errata__words *w, const char *p, size_t len, size_t e)
{
	size_t at = errata__skip_space(p, len, e), n;

	for (int k = 0; k < 2 && at < len; k++) {
		if (errata__words_match(&w->lasting_verbs, p, len, at, NULL) > 0 ||
		    errata__words_match(&w->held_verbs, p, len, at, NULL) > 0)
			return 1;
		if (!(n = errata__words_match(&w->span_links, p, len, at, NULL)))
			return 0;
		at = errata__skip_space(p, len, at + n);
	}
	return 0;
}

/*
 * The first date of an event whose whole span the mentions before and at
 * kb give, in the sentence that starts at ss: a range that opens the
 * sentence (*lead set) or follows a verb of lasting, a start word or a
 * verb of being held, a word of span_links between at most ("runs from
 * Aug. 20 to Aug. 24"), or a start and an end in one clause ("opens Aug.
 * 20 and closes Aug. 24", see clause_gap()). With `after`, also a range
 * that such a verb follows (verb_after_range()) or that commas set off
 * after its noun ("Η απεργία, από 16 έως 18 Ιουνίου, …"). NULL when
 * there is none: "after talks from May 1 to May 3" dates talks.
 */
static const errata_mention *event_dates(const errata_check_ctx *ctx, const errata__words *w,
                                         size_t kb, size_t ss, int after, int *lead)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, at, ws, wl, be;
	const errata_mention *a, *b = errata_mentions_get(ctx->mentions, kb);

	be = b->offset + b->length;
	if ((b->flags & ERRATA_MENTION_RANGE_END) && b->peer >= 0 && b->peer < (long)kb) {
		a = errata_mentions_get(ctx->mentions, (size_t)b->peer);
		if (a->offset < ss || list_ends_at(&w->window_links, p, len, a->offset))
			return NULL;
		at = a->offset;
		if ((wl = word_before(p, len, ss, at, &ws)) > 0 &&
		    errata__words_match(&w->span_links, p, len, ws, NULL) == wl)
			at = ws;
		*lead = opens_sentence(w, p, len, a->offset);
		if (*lead || list_ends_at(&w->lasting_verbs, p, len, at) ||
		    list_ends_at(&w->start_words, p, len, at) || list_ends_at(&w->held_verbs, p, len, at) ||
		    list_ends_at(&w->held_verbs, p, len, a->offset))
			return a;
		if (!after)
			return NULL;
		/*
		 * a link of two words ("från den"), a participle ("trwający
		 * od"), a verb that is a link too ("kesti 24.–26."), a verb
		 * inside the range ("从10月6日持续到10月8日") or after it
		 */
		at = list_start_before(&w->span_links, p, len, a->offset);
		if (list_ends_at(&w->lasting_verbs, p, len, at) || list_ends_at(&w->duration_of, p, len, at) ||
		    list_ends_at(&w->lasting_verbs, p, len, a->offset) ||
		    list_in(&w->lasting_verbs, p, len, a->offset + a->length, b->offset) < b->offset ||
		    verb_after_range(w, p, len, be))
			return a;
		while (at > ss && p[at - 1] == ' ')
			at--;
		if (at > ss && p[at - 1] == ',' && errata__skip_space(p, len, be) < len &&
		    p[errata__skip_space(p, len, be)] == ',')
			return a;
		return NULL;
	}
	if (kb == 0)
		return NULL;
	a = errata_mentions_get(ctx->mentions, kb - 1);
	if (a->offset < ss || ((a->flags | b->flags) & (ERRATA_MENTION_RANGE_START | ERRATA_MENTION_RANGE_END)) ||
	    !verb_before(w, &w->start_words, p, len, a->offset) ||
	    !clause_gap(w, p, len, a->offset + a->length, b->offset, &w->end_words))
		return NULL;
	return a;
}

/* Whether the length lp is more than half of `days` and less than twice it. */
static int comparable(const length_phrase *lp, long days)
{
	long n = (long)lp->count * lp->unit;

	return n * 2 > days && n < days * 2;
}

/*
 * Whether "six days of …" lp, after dates that open its sentence and
 * end at `from`, follows a colon or a dash (an article at most between)
 * that closes the one clause they lead (apposed()): "Du 1er juin au 27
 * juillet, le théâtre accueille 60 spectacles : onze semaines de
 * musique". After a comma it may be a part ("…, the hall hosts talks,
 * three days of films"), and so may one that is not comparable() with
 * the range (": two days of jazz" from June 1 to July 27).
 */
static int colon_closes(const errata__words *w, const char *p, size_t len, const length_phrase *lp,
                        size_t from)
{
	size_t m = lp->start, ws, wl;

	if ((wl = word_before(p, len, from, m, &ws)) > 0 && errata__words_match(&w->articles, p, len, ws, NULL) == wl)
		m = ws;
	m = mark_at_end(p, from, m, 1, "\xe2\x80\x94\xe2\x80\x93");
	return m != (size_t)-1 && p[m] != ',' && apposed(w, p, len, lp, from, 1);
}

/* (defined with the event readings below) */
static int verb_follows(const errata__words *w, const char *p, size_t len, const length_phrase *lp);

/*
 * Whether "five days of …" lp follows the dates that end at `from` right
 * after their comma (an article at most between), and is no verb's
 * subject: the event's dates restated ("se celebrarán del 24 al 27 de
 * septiembre, cuatro días de fiesta con 600 actos"), not a count within
 * them ("…, ten days of rain were recorded"). Only after dates that a
 * verb leads: dates that open the sentence frame what follows.
 */
static int comma_restates(const errata__words *w, const char *p, size_t len, const length_phrase *lp,
                          size_t from)
{
	size_t i = errata__skip_space(p, len, from), n;

	if (i >= len || p[i] != ',')
		return 0;
	i = errata__skip_space(p, len, i + 1);
	if ((n = errata__words_match(&w->articles, p, len, i, NULL)) > 0)
		i = errata__skip_space(p, len, i + n);
	return i == lp->start && !verb_follows(w, p, len, lp);
}

/*
 * The dates of the event a length set after them names (tied_range()
 * found no range next to it), in the length's sentence, the last dates
 * before it: a range that opens the sentence or follows a verb of
 * lasting, a start word or a verb of being held (held_verbs: "takes
 * place", "aura lieu"), a word of span_links between at most ("runs
 * from Aug. 20 to Aug. 24"), or a start and an end in one clause ("opens
 * Aug. 20 and closes Aug. 24", see clause_gap()); the length then in
 * apposition to them (apposed()) or after a verb of lasting
 * (lasted_after()). Stores their first and last days; 1 if there are.
 * "After talks from May 1 to May 3, a two-week tour" is not the talks'.
 */
static int apposed_range(const errata_check_ctx *ctx, const errata__words *w,
                         const length_phrase *lp, long *ds, long *de)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, begin = lp->of ? lp->noun : lp->start, ss, se, at, k;
	size_t next = 0; /* where the length's sentence starts, when the dates end the one before */
	const errata_mention *a, *b;
	int lead = 0;

	if ((k = errata__mention_at(ctx->mentions, begin)) < 2 ||
	    errata__wide_run_start(p, len, lp->end) < lp->end)
		return 0;
	errata__sentence(w, p, len, begin, &ss, &se);
	b = errata_mentions_get(ctx->mentions, k - 1);
	if (b->offset + b->length > begin)
		return 0;
	if (b->offset < ss) {
		/* the dates end the sentence before: "… closed on Feb. 25. It lasted …" */
		at = b->offset + b->length;
		while (at < ss && (p[at] == ' ' || p[at] == '.' || p[at] == '!' || p[at] == '\n'))
			at++;
		if (at != ss || (b->offset + b->length > 0 && p[b->offset + b->length] != '.'))
			return 0;
		next = ss;
		errata__sentence(w, p, len, b->offset, &ss, &se);
	}
	if (!(a = event_dates(ctx, w, k - 1, ss, 0, &lead)) || !range_days(a, b, ds, de))
		return 0;
	/* "… termineranno il 29 novembre: 6 settimane di disagi": restated
	 * right after the dates, as equals_ties() reads it, and not one of
	 * several parts (counts_after()) */
	if (lp->days_of)
		return !next && b->offset + b->length <= lp->start &&
		       (equals_ties(w, p, len, b->offset + b->length, lp->start) ||
		        (lead && colon_closes(w, p, len, lp, b->offset + b->length) &&
		         comparable(lp, *de - *ds + 1)) ||
		        (!lead && comma_restates(w, p, len, lp, b->offset + b->length) &&
		         comparable(lp, *de - *ds + 1))) &&
		       !counts_after(w, p, len, lp);
	if (next)
		return lasted_after(w, p, len, lp, next, 1);
	return apposed(w, p, len, lp, b->offset + b->length, lead) ||
	       lasted_after(w, p, len, lp, b->offset + b->length, 0);
}

/*
 * "The festival lasts three days. It runs from June 1 to June 6.": a
 * length with no noun after a verb of lasting, closing a sentence that
 * gives no date, and a next sentence that opens with a pronoun for the
 * event at most, then a verb of its time (held_verbs, lasting_verbs,
 * start_words) and, past one span_links word, a range: that range is
 * the length's. Stores its first and last days; 1 if there is one.
 * "… lasted three days. Talks ran from June 1 to June 6" dates the talks.
 */
static int lasted_before(const errata_check_ctx *ctx, const errata__words *w,
                         const length_phrase *lp, long *ds, long *de)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, count = errata_mentions_count(ctx->mentions);
	size_t v, at, ss, se, ns, ne, k, ws, wl, n;
	const errata_mention *a;

	if (!lp->bare || lp->article)
		return 0;
	v = list_start_before(&w->approx_qualifiers, p, len, lp->start);
	if (list_start_before(&w->lasting_verbs, p, len, v) == v)
		return 0;
	at = errata__skip_space(p, len, lp->end);
	if (at >= len || p[at] != '.')
		return 0;
	errata__sentence(w, p, len, lp->start, &ss, &se);
	if ((k = errata__mention_at(ctx->mentions, ss)) + 1 >= count)
		return 0;
	a = errata_mentions_get(ctx->mentions, k);
	for (ns = se; ns < len && (p[ns] == ' ' || p[ns] == '\n' || p[ns] == '\r' || p[ns] == '\t'); ns++)
		;
	if (a->offset < se || ns >= len)
		return 0;
	errata__sentence(w, p, len, ns, &ns, &ne);
	if (a->offset >= ne || !(a->flags & ERRATA_MENTION_RANGE_START) || a->peer != (long)k + 1)
		return 0;
	/* the verb right before the range, past one span link: "runs from", "se tiendra du" */
	at = a->offset;
	if ((wl = word_before(p, len, ns, at, &ws)) > 0 &&
	    errata__words_match(&w->span_links, p, len, ws, NULL) == wl)
		at = ws;
	if (!list_ends_at(&w->held_verbs, p, len, at) && !list_ends_at(&w->lasting_verbs, p, len, at) &&
	    !list_ends_at(&w->start_words, p, len, at))
		return 0;
	/* before the verb: nothing, or a pronoun for the event ("It", "Il", "Es") */
	v = at;
	if ((k = list_start_before(&w->held_verbs, p, len, at)) < v)
		v = k;
	if ((k = list_start_before(&w->lasting_verbs, p, len, at)) < v)
		v = k;
	if ((k = list_start_before(&w->start_words, p, len, at)) < v)
		v = k;
	if (v > ns && (!(n = errata__words_match(&w->event_pronouns, p, len, ns, NULL)) ||
	               errata__skip_space(p, len, ns + n) != v))
		return 0;
	return range_days(a, errata_mentions_get(ctx->mentions, (size_t)a->peer), ds, de);
}

/*
 * The quote mark at p[i], opening or closing ("«", "„", "“", "”", "「",
 * '"'; not "’", which is an apostrophe too): its length, 0 if none.
 */
static size_t quote_mark_at(const char *p, size_t len, size_t i)
{
	static const char *const marks[] = {"\"",           "\xc2\xab",     "\xc2\xbb",     "\xe2\x80\x9c",
	                                     "\xe2\x80\x9d", "\xe2\x80\x9e", "\xe2\x80\x98", "\xe3\x80\x8c",
	                                     "\xe3\x80\x8d", "\xe3\x80\x8e", "\xe3\x80\x8f"};

	for (size_t k = 0; k < sizeof(marks) / sizeof(*marks); k++) {
		size_t n = strlen(marks[k]);

		if (i + n <= len && memcmp(p + i, marks[k], n) == 0)
			return n;
	}
	return 0;
}

/* Where a quote mark that ends just before `at` (spaces between) starts, from `from` on; `at` if none. */
static size_t quote_before(const char *p, size_t len, size_t from, size_t at)
{
	size_t e = at;

	while (e > from && p[e - 1] == ' ')
		e--;
	for (size_t n = 1; n <= 3 && n <= e - from; n++)
		if (quote_mark_at(p, len, e - n) == n)
			return e - n;
	return at;
}

/*
 * Whether [s, e) holds only marks and words that go on from an event's
 * dates with the event as their subject: a verb of lasting or of being
 * held after them ("4-től 6-ig tartott"), a span link, a particle, a
 * pronoun for the event ("…; it was", "… — это была"). "…, and the
 * result was" has another subject.
 */
static int same_subject(const errata__words *w, const char *p, size_t len, size_t s, size_t e)
{
	const errata__wordlist *lists[] = {&w->lasting_verbs, &w->held_verbs, &w->span_links,
	                                   &w->verb_particles, &w->event_pronouns, &w->naming_words};

	for (size_t i = s, n = 1; i < e; i += n) {
		n = 1;
		if (!errata__word_start(p, len, i))
			continue;
		for (size_t k = 0; k < sizeof(lists) / sizeof(*lists) && n == 1; k++)
			n = errata__words_match(lists[k], p, len, i, NULL);
		if (!n)
			return 0;
	}
	return 1;
}

/*
 * Before an aside set off by dashes or commas that ends right before
 * `at` ("był — jak mówią związkowcy — dwutygodniowym", "was, the union
 * said, a"): where the aside opens; `at` if there is none. Six words at
 * most, from `from` on.
 */
static size_t aside_before(const char *p, size_t len, size_t from, size_t at)
{
	static const char *const marks[] = {",", "\xe2\x80\x94", "\xe2\x80\x93"};
	size_t e = at, n = 0, i;
	int words = 0;

	while (e > from && p[e - 1] == ' ')
		e--;
	for (size_t k = 0; k < sizeof(marks) / sizeof(*marks) && !n; k++)
		if (e >= from + strlen(marks[k]) && memcmp(p + e - strlen(marks[k]), marks[k], strlen(marks[k])) == 0)
			n = strlen(marks[k]);
	if (!n)
		return at;
	for (i = e - n; i >= from + n; i--) {
		if (memcmp(p + i - n, p + e - n, n) == 0)
			return i - n;
		if (p[i - 1] == '.' || p[i - 1] == ';' || p[i - 1] == ':' ||
		    (errata__word_start(p, len, i - 1) && ++words > 6))
			break;
	}
	return at;
}

/* Whether a verb of naming (a word of naming_words of value 0: "called", "beskrivs") stands in [s, e). */
static int naming_verb_in(const errata__words *w, const char *p, size_t len, size_t s, size_t e)
{
	int as;

	for (size_t i = list_in(&w->naming_words, p, len, s, e); i < e;
	     i = list_in(&w->naming_words, p, len, i + 1, e))
		if (errata__words_match(&w->naming_words, p, len, i, &as) > 0 && !as)
			return 1;
	return 0;
}

/*
 * Whether the word [ws, ws + wl) is a preposition, a link or a clause's
 * opener ("to", "after", "for"): what follows it is not the name.
 */
static int preposition_at(const errata__words *w, const char *p, size_t len, size_t ws, size_t wl)
{
	const errata__wordlist *preps[] = {&w->age_blockers, &w->place_preps, &w->span_links,
	                                   &w->duration_of, &w->clause_openers, &w->and_words};

	for (size_t k = 0; k < sizeof(preps) / sizeof(*preps); k++)
		if (errata__words_match(preps[k], p, len, ws, NULL) == wl)
			return 1;
	return 0;
}

/*
 * Whether the length lp, past the words [gs, ...) after its event's
 * dates, names that event: right after a word of naming_words ("called",
 * "beskrivs som", "назвала"), or a copula whose subject the event still is
 * (same_subject()), an aside between at most ("był — jak mówią
 * związkowcy — dwutygodniowym protestem"); or opening a quotation, after
 * such a word anywhere in [gs, ...) or before a word of naming_words right
 * after the quotation ("\"iki haftalık direniş\" olarak", "「2週間の闘い」と
 * 呼んだ"). With `pronoun`, the words must hold a pronoun for the event
 * too ("Unions called it «…»": the length's sentence follows the dates').
 */
static int names_event(const errata__words *w, const char *p, size_t len, const length_phrase *lp,
                       size_t gs, size_t se, int pronoun)
{
	size_t open = lp->of ? lp->noun : lp->start, q, ws, wl, at, cs, ns, close = se;
	int quoted = 0, as = 0;

	/* back past an article and quote marks: "«dues setmanes", "en månadslång", "„o lună" */
	for (int n = 0; n < 3; n++) {
		if ((q = quote_before(p, len, gs, open)) < open) {
			/* a title in capitals is a work's name: "is called \"Forty Days in the Desert\"" */
			if (errata__capital_letter_at(p, len, errata__skip_space(p, len, q + quote_mark_at(p, len, q))))
				return 0;
			open = q;
			quoted = 1;
		} else if ((wl = word_before(p, len, gs, open, &ws)) > 0 &&
		           (errata__words_match(&w->articles, p, len, ws, NULL) == wl ||
		            errata__words_match(&w->unit_articles, p, len, ws, NULL) == wl)) {
			open = ws;
		} else if (wide_script_at(p, len, open) &&
		           (q = list_start_before(&w->span_links, p, len, open)) < open) {
			open = q; /* "“长达三周的": a link in Han, kana or Hangul */
		} else {
			break;
		}
	}
	if (pronoun && list_in(&w->event_pronouns, p, len, gs, open) == open)
		return 0;
	/* where the quotation closes; a link there makes another noun its head ("「2週間の闘いの始まり」") */
	for (close = lp->phrase_end; quoted && close < se && close - lp->phrase_end < 64; close++)
		if (quote_mark_at(p, len, close) > 0)
			break;
	if (quoted && close < se && list_in(&w->noun_links, p, len, lp->phrase_end, close) < close)
		return 0;
	at = aside_before(p, len, gs, open);
	/* a word of "as" (a value of 1: "als", "como", "som") needs a verb of naming or a copula too ("wurde … als") */
	if ((ns = list_start_before(&w->naming_words, p, len, at)) < at &&
	    errata__words_match(&w->naming_words, p, len, ns, &as) > 0 &&
	    (!as || naming_verb_in(w, p, len, gs, ns) || list_in(&w->copulas, p, len, gs, ns) < ns))
		return 1;
	if ((cs = list_start_before(&w->copulas, p, len, at)) < at && same_subject(w, p, len, gs, cs))
		return 1;
	/* a quotation, not after a preposition ("a prelude to «a two-week stoppage»") */
	if (!quoted || ((wl = word_before(p, len, gs, at, &ws)) > 0 && preposition_at(w, p, len, ws, wl)))
		return 0;
	if (naming_verb_in(w, p, len, gs, open) ||
	    ((cs = list_in(&w->copulas, p, len, gs, open)) < open && same_subject(w, p, len, gs, cs)))
		return 1;
	/* the quotation closes the phrase, a naming word after it */
	if (close >= se || close - lp->phrase_end >= 64)
		return 0;
	at = errata__skip_space(p, len, close + quote_mark_at(p, len, close));
	return at < len && errata__words_match(&w->naming_words, p, len, at, NULL) > 0;
}

/*
 * Whether the length's noun phrase is the subject of the verb after it
 * (a copula, an auxiliary of phrase_ends that is no preposition, a verb
 * of the event's time, a word with a verb ending): "the two-week stoppage
 * **had** cost"; not "following the two-week stoppage." nor "than the
 * two-week stoppage last year".
 */
static int verb_follows(const errata__words *w, const char *p, size_t len, const length_phrase *lp)
{
	size_t at = errata__skip_space(p, len, lp->phrase_end), n = 0;

	while (errata__is_word_byte(p, len, at + n))
		n++;
	if (!n)
		return 0;
	if (errata__words_match(&w->copulas, p, len, at, NULL) == n || event_verb_at(w, p, len, at) ||
	    verb_after_noun(w, p, len, lp->noun, at, at + n))
		return 1;
	return errata__words_match(&w->phrase_ends, p, len, at, NULL) == n &&
	       errata__words_match(&w->relative_pronouns, p, len, at, NULL) != n && !preposition_at(w, p, len, at, n);
}

/*
 * Whether the clause that goes on at `at` dates some other time: a month
 * or weekday name, a year in digits, a word of year_shifts ("the two-week
 * stoppage in April", "of 2019", "last year").
 */
static int other_time(const errata_check_ctx *ctx, const errata__words *w, size_t at)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, n;

	for (size_t i = at; i < len && p[i] != ',' && p[i] != ';' && p[i] != '.' && p[i] != '\n'; i++) {
		if (!errata__word_start(p, len, i))
			continue;
		for (n = 0; errata__is_word_byte(p, len, i + n); n++)
			;
		if (date_word(ctx, p, i, n) || errata__words_match(&w->year_shifts, p, len, i, NULL) ||
		    (n == 4 && (p[i] == '1' || p[i] == '2') && p[i + 1] >= '0' && p[i + 1] <= '9' &&
		     p[i + 2] >= '0' && p[i + 2] <= '9' && p[i + 3] >= '0' && p[i + 3] <= '9'))
			return 1;
		i += n ? n - 1 : 0;
	}
	return 0;
}

/*
 * Whether the length's noun is one of the table's event_kinds and the
 * words [bs, as) hold another noun of its kind ("strike" before
 * "stoppage"). The same noun again may be another of its kind ("the
 * strike of 2019").
 */
static int same_kind(const errata_check_ctx *ctx, const errata__words *w, const length_phrase *lp,
                     size_t bs, size_t as)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, n;
	int kind = 0, other;

	if (!lp->noun_len || errata__words_match(&w->event_kinds, p, len, lp->noun, &kind) != lp->noun_len || !kind)
		return 0;
	for (size_t i = next_start(ctx->words, p, len, bs, as); i < as; i = next_start(ctx->words, p, len, i + 1, as))
		if ((n = errata__words_match(&w->event_kinds, p, len, i, &other)) > 0 && other == kind &&
		    !errata__is_word_byte(p, len, i + n) &&
		    !(n == lp->noun_len && errata__strncasecmp_ascii(p + i, p + lp->noun, n) == 0))
			return 1;
	return 0;
}

/*
 * Whether the length lp names again, after a referent, the event that
 * the words [bs, as) before its dates name: with the same noun, or one of
 * the same kind (the table's event_kinds, a word and its kind's number:
 * "strike" and "stoppage"): "The strike …, which began on Feb. 2 and
 * ended on Feb. 4, … Management said **the** two-week **stoppage** had
 * cost …". Not after a word that makes the phrase another time's or a
 * part ("after the three-week strike", "of the", "in the").
 */
static int kind_names(const errata_check_ctx *ctx, const errata__words *w, const length_phrase *lp,
                      size_t bs, size_t as)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, head = lp->of ? lp->noun : lp->start, ws, wl, ps, pl;

	/* the referent before the phrase, or before the noun of "el paro de dos semanas" */
	if (!lp->noun_len || (!lp->of && lp->noun < lp->start) || wide_script_at(p, len, lp->noun) ||
	    !(wl = word_before(p, len, 0, head, &ws)) ||
	    errata__words_match(&w->referents, p, len, ws, NULL) != wl)
		return 0;
	/* "said (that) the", not "after the", "of the", "después de que el" */
	if ((pl = word_before(p, len, 0, ws, &ps)) > 0 &&
	    errata__words_match(&w->relative_pronouns, p, len, ps, NULL) == pl)
		pl = word_before(p, len, 0, ps, &ps);
	if (pl > 0 &&
	    (errata__words_match(&w->phrase_ends, p, len, ps, NULL) == pl ||
	     errata__words_match(&w->length_qualifiers, p, len, ps, NULL) == pl || preposition_at(w, p, len, ps, pl)))
		return 0;
	return verb_follows(w, p, len, lp) && same_kind(ctx, w, lp, bs, as);
}

/*
 * The dates of the event a length names after them, in a clause of its
 * own: "The strike, which began on Feb. 2 and ended on Feb. 4, was called
 * «a two-week stoppage»", "Strejken, som varade från den 22 till den 24
 * september, beskrivs som en månadslång kraftmätning", "… продолжалась с
 * 2 по 4 июня — это была «десятидневная акция»", or in the next sentence
 * with a pronoun for the event ("… varte fra 6. til 8. oktober.
 * Fagforbundet omtaler det som en ti dager lang streik"). The dates are
 * the last before the length, of one event (event_dates(), which also
 * takes a verb after them or commas around them); no other length stands
 * between, no date after it in its sentence, and the length names the
 * event (names_event()). A length with no noun is not read so ("it was
 * two weeks ago"). Stores the first and last days; 1 if there are.
 */
static int named_range(const errata_check_ctx *ctx, const errata__words *w,
                       const length_phrase *lp, long *ds, long *de)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, count = errata_mentions_count(ctx->mentions);
	size_t begin = lp->of ? lp->noun : lp->start, ss, se, bs, bse = 0, be, gs, k, at;
	const errata_mention *a, *b;
	int lead, kind;

	/* (the tests on the dates first: most lengths have a date after them in their sentence) */
	if (!w->naming_words.count || lp->bare || lp->lasting ||
	    (k = errata__mention_at(ctx->mentions, begin)) == 0)
		return 0;
	errata__sentence(w, p, len, begin, &ss, &se);
	if (k < count && errata_mentions_get(ctx->mentions, k)->offset < se)
		return 0; /* a date after it in its sentence is its own */
	if ((lp->of && qualified(w, p, len, lp->of)) || other_time(ctx, w, lp->phrase_end))
		return 0;
	b = errata_mentions_get(ctx->mentions, k - 1);
	gs = be = b->offset + b->length;
	if (be > begin || lp->after > be)
		return 0; /* another length stands between: the dates are not this one's */
	bs = ss;
	if (b->offset < ss) {
		/* the dates close the sentence right before, in the same paragraph */
		errata__sentence(w, p, len, b->offset, &bs, &bse);
		for (at = bse; at < ss && (p[at] == ' ' || (p[at] == '\n' && at == bse)); at++)
			;
		if (at != ss)
			return 0;
		gs = ss;
	}
	if (!(a = event_dates(ctx, w, k - 1, bs, 1, &lead)))
		return 0;
	/*
	 * in the next sentence, after dates that close theirs, a pronoun
	 * names the event; or a noun of its kind, after any dates of the
	 * sentence before ("falam numa paralisação")
	 */
	kind = same_kind(ctx, w, lp, bs, a->offset);
	if (!((names_event(w, p, len, lp, gs, se, gs == ss && !kind) &&
	       (gs != ss || kind || same_subject(w, p, len, be, bse))) ||
	      kind_names(ctx, w, lp, bs, a->offset)))
		return 0;
	return range_days(a, b, ds, de);
}

/*
 * "The consultation opens on Monday, March 23, and runs for six weeks,
 * closing on Friday, April 17": a length with no noun after a verb of
 * lasting (lasted_after()) that goes on from a start (a start word before
 * the date before it), and an end word before the date after it, in one
 * sentence (clause_gap()); or, after a colon, both ("The works will last
 * nine days: they begin on Oct. 1 and end on Oct. 4"). Stores the two
 * days; 1 if there are.
 */
static int lasted_between(const errata_check_ctx *ctx, const errata__words *w,
                          const length_phrase *lp, long *ds, long *de)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, count = errata_mentions_count(ctx->mentions), k, ss, se;
	const errata_mention *a, *b;

	size_t v = list_start_before(&w->approx_qualifiers, p, len, lp->start), at, i;
	int first, words = 0;

	if (!lp->bare || (k = errata__mention_at(ctx->mentions, lp->end)) >= count)
		return 0;
	errata__sentence(w, p, len, lp->start, &ss, &se);
	/*
	 * or the length first, after its verb, and a colon, then its start
	 * and end, three words at most before the start ("vão durar 13 dias:
	 * começam a 7 … e terminam a 13 …", "kestävät 9 päivää: ne alkavat")
	 */
	at = errata__skip_space(p, len, lp->end);
	first = at < len && p[at] == ':' && list_start_before(&w->lasting_verbs, p, len, v) < v && k + 1 < count;
	if (!first && k == 0)
		return 0;
	a = errata_mentions_get(ctx->mentions, first ? k : k - 1);
	b = errata_mentions_get(ctx->mentions, first ? k + 1 : k);
	if (a->offset < ss || b->offset >= se || (!first && a->offset + a->length > lp->start) ||
	    ((a->flags | b->flags) & (ERRATA_MENTION_RANGE_START | ERRATA_MENTION_RANGE_END)) ||
	    !verb_before(w, &w->start_words, p, len, a->offset) ||
	    !clause_gap(w, p, len, first ? a->offset + a->length : lp->end, b->offset, &w->end_words))
		return 0;
	if (first) {
		for (i = at + 1; i < a->offset; i++)
			if (errata__word_start(p, len, i) && ++words > 3)
				return 0;
	} else if (!lasted_after(w, p, len, lp, a->offset + a->length, 0)) {
		return 0;
	}
	return range_days(a, b, ds, de);
}

/*
 * Whether a relative clause right after the noun phrase of lp tells of
 * the event's start or end (a word of start_words or end_words in its
 * first six words, up to a mark): "From May 8 to May 9, a four-day tour
 * that began in Paris visits Rome" dates one leg of the tour, not all
 * of it.
 */
static int started_elsewhere(const errata__words *w, const char *p, size_t len,
                             const length_phrase *lp)
{
	size_t i = errata__skip_space(p, len, lp->phrase_end), n;
	int words = 0;

	if (!(n = errata__words_match(&w->relative_pronouns, p, len, i, NULL)))
		return 0;
	for (i += n; i < len && words < 6; i++) {
		if (p[i] == ',' || p[i] == '.' || p[i] == ';' || p[i] == ':')
			return 0;
		if (errata__word_start(p, len, i) &&
		    (++words, errata__words_match(&w->start_words, p, len, i, NULL) ||
		     errata__words_match(&w->end_words, p, len, i, NULL)))
			return 1;
	}
	return 0;
}

/*
 * A range written next to the length in its clause, which is then the
 * event's span: right before it ("From March 2 through March 8, a
 * three-day workshop", "5月4日から9日までの3日間") or, for a length with
 * no noun or of the shape "three days of talks", right after it ("three
 * days in Paris, from May 5 to May 9"),
 * with only gap_ties() text between. Stores its first and last days; 1
 * if there is one.
 */
static int tied_range(const errata_check_ctx *ctx, const errata__words *w,
                      const length_phrase *lp, long *ds, long *de)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, count = errata_mentions_count(ctx->mentions), k;
	size_t begin = lp->of ? lp->noun : lp->start;
	const errata_mention *a, *b;

	if ((lp->bare || lp->days_of) &&
	    (k = errata__mention_at(ctx->mentions, lp->phrase_end)) + 1 < count) {
		a = errata_mentions_get(ctx->mentions, k);
		b = errata_mentions_get(ctx->mentions, k + 1);
		if ((a->flags & ERRATA_MENTION_RANGE_START) && a->peer == (long)k + 1 &&
		    a->offset - lp->phrase_end <= 160 && gap_ties(ctx, w, lp->phrase_end, a->offset, lp->days_of) &&
		    range_days(a, b, ds, de))
			return 1;
	}
	/* "du 30 avril au 9 mai, soit onze jours de concerts": the range restated */
	if ((k = errata__mention_at(ctx->mentions, lp->start)) >= 2) {
		b = errata_mentions_get(ctx->mentions, k - 1);
		if ((b->flags & ERRATA_MENTION_RANGE_END) && b->peer >= 0 && b->peer < (long)k - 1 &&
		    b->offset + b->length <= lp->start &&
		    equals_ties(w, p, len, b->offset + b->length, lp->start) && !counts_after(w, p, len, lp) &&
		    range_days(errata_mentions_get(ctx->mentions, (size_t)b->peer), b, ds, de))
			return 1;
	}
	if (lp->days_of) /* "From May 1 to May 31, three days of talks": a part of it, unless restated */
		return apposed_range(ctx, w, lp, ds, de) || named_range(ctx, w, lp, ds, de);
	if ((k = errata__mention_at(ctx->mentions, begin)) >= 2) {
		b = errata_mentions_get(ctx->mentions, k - 1);
		if ((b->flags & ERRATA_MENTION_RANGE_END) && b->peer >= 0 && b->peer < (long)k - 1 &&
		    b->offset + b->length <= begin && begin - (b->offset + b->length) <= 160) {
			a = errata_mentions_get(ctx->mentions, (size_t)b->peer);
			/* "Between July 1 and July 31, a two-day conference": some two days of it */
			if (list_ends_at(&w->window_links, p, len, a->offset))
				return 0;
			/*
			 * a length with its noun takes a range that opens its
			 * sentence ("From March 2 through March 8, a three-day
			 * workshop"), not one of another noun ("After talks from
			 * May 1 to May 3, a two-week tour"; but see
			 * apposed_range()); in Han, kana and Hangul the range
			 * stands in the verb's phrase ("总理将于5月4日至9日…进行为期三天的访问")
			 */
			/* "20-23 Haziran tarihleri arasındaki yedi günlük program": a verb
			 * of being held or of lasting, in the relative form that stands
			 * before its noun, is all that joins them */
			if (!lp->bare && verb_joins(w, p, len, b->offset + b->length, begin) &&
			    range_days(a, b, ds, de))
				return 1;
			if ((lp->bare || errata__wide_run_start(p, len, lp->end) < lp->end ||
			     (opens_sentence(w, p, len, a->offset) && !started_elsewhere(w, p, len, lp))) &&
			    (!lp->bare || length_closes(w, p, len, lp->end) || verb_closes(w, p, len, lp->end)) &&
			    (gap_ties(ctx, w, b->offset + b->length, begin, 0) ||
			     (lp->bare && (marker_ties(w, p, len, b->offset + b->length, begin) ||
			                   relative_ties(w, p, len, b->offset + b->length, begin)))) &&
			    range_days(a, b, ds, de))
				return 1;
		}
	}
	return apposed_range(ctx, w, lp, ds, de) || lasted_before(ctx, w, lp, ds, de) ||
	       named_range(ctx, w, lp, ds, de) || lasted_between(ctx, w, lp, ds, de);
}

/*
 * judge_tied() for a length already known to be an event's: neither
 * qualifies_unit() nor measures() (judge() asks them first).
 */
static int judge_tied_event(const errata_check_ctx *ctx, const errata__words *w,
                            const length_phrase *lp)
{
	long ds, de, want_end;
	length_phrase named = *lp;
	int error;

	if (!w->span_links.count || !tied_range(ctx, w, lp, &ds, &de))
		return 0;
	/* "nearly six weeks" is judged loosely, "at least six weeks" not at all */
	if (list_ends_at(&w->approx_qualifiers, ctx->prose, ctx->prose_len, lp->start))
		named.approx = 1;
	else if (!after_apposed(w, ctx->prose, ctx->prose_len, lp) &&
	         ((qualified(w, ctx->prose, ctx->prose_len, lp->start) &&
	           !for_length(w, ctx->prose, ctx->prose_len, lp)) ||
	          list_ends_at(&w->pair_asides, ctx->prose, ctx->prose_len, lp->start)))
		return 0; /* "which followed two weeks of protests, ran from …": another time's */
	if (lp->article) {
		/* "two days a week", "10 hours a day", "three meals a day": a rate */
		size_t at = lp->start, ws, wl;
		int v, unit, nights, plural;

		for (int k = 0; k < 2 && (wl = word_before(ctx->prose, ctx->prose_len, 0, at, &ws)) > 0;
		     k++, at = ws)
			if (errata__read_count(w, ctx->prose, ctx->prose_len, ws, &v) ||
			    read_unit(w, ctx->prose, ctx->prose_len, ws, &unit, &nights, &plural))
				return 0;
	}
	want_end = length_end(lp, ds);
	/* days with both ends; weeks may be working weeks ("eight weeks", Monday to Friday) */
	if ((de > want_end + days_over(&named) &&
	     de > want_end + days_over_counted(w, ctx->prose, ctx->prose_len, &named, 0)) ||
	    de < want_end - days_short(&named))
	{
		/*
		 * the message names the length as written, with the words it
		 * governs ("three days of mourning"); in Han, kana and Hangul
		 * alone ("三天", "사흘"), where the noun after it is a guess
		 */
		if (named.days_of) {
			named.bare = 1;
			named.end = named.phrase_end;
		} else if (errata__wide_run_start(ctx->prose, ctx->prose_len, named.end) < named.end) {
			named.bare = 1;
		}
		if ((error = report(ctx, &named, ctx->prose, ds, want_end, de)) < 0)
			return error;
	}
	return 1;
}

/*
 * Judge a length against the range tied_range() finds for it. Returns
 * 1 when there is one (judged), 0 when not (or the length is a bound: "at
 * least three days"), < 0 on error.
 */
static int judge_tied(const errata_check_ctx *ctx, const errata__words *w,
                      const length_phrase *lp)
{
	if (qualifies_unit(w, ctx->prose, ctx->prose_len, lp) || measures(w, ctx->prose, ctx->prose_len, lp))
		return 0;
	return judge_tied_event(ctx, w, lp);
}

/*
 * A date before the phrase in its sentence (which starts at ss) that the
 * phrase belongs to: the last date before it, with a start word at most
 * two words before the phrase ("On Sunday, January 4, Lee begins a
 * three-day visit", "Starting March 2, the minister makes a two-day
 * visit", "Le 4 janvier, la ministre entame une visite de deux jours").
 * "On January 2, officials announced a three-day visit" or "the council
 * votes on the three-day festival" ties nothing. Returns the mention's
 * index, or the mention count when there is none.
 */
static size_t start_before(const errata__words *w, const errata__word_index *ix, const char *p,
                           size_t len, const errata_mentions *mentions, const length_phrase *lp,
                           size_t ss)
{
	/* where the phrase begins: the count, or the noun of "a visit of three days" */
	size_t begin = lp->of ? lp->noun : lp->start;
	size_t count = errata_mentions_count(mentions), b = errata__mention_at(mentions, begin);
	size_t from, after = 0, n;
	const errata_mention *m;
	int words = 0, found = 0;

	if (b == 0)
		return count;
	m = errata_mentions_get(mentions, b - 1);
	if (m->offset < ss || m->offset + m->length > begin)
		return count;
	from = m->offset + m->length;
	/* a start word written into the date's own word: "3월 10일부터" */
	if (from < begin && wide_script_at(p, len, from) &&
	    (n = errata__words_match(&w->start_words, p, len, from, NULL)) > 0 && from + n <= begin) {
		found = 1;
		after = from + n;
	}
	/* the last start word between the date and the phrase, and the words after it */
	for (size_t i = next_start(ix, p, len, from, begin); i < begin;
	     i = next_start(ix, p, len, i + 1, begin)) {
		if (found && i >= after)
			words++;
		if ((n = errata__words_match(&w->start_words, p, len, i, NULL)) > 0 &&
		    i + n <= begin) {
			found = 1;
			after = i + n;
			words = 0;
		}
	}
	if (!found) {
		/*
		 * a start word or a leg of a journey right before the date, a
		 * link word ("on") between, and at most two words from the date
		 * to the phrase: "leaves Monday, June 1, for a three-day trip"
		 */
		size_t at = m->offset, ws, wl;

		if ((wl = word_before(p, len, ss, at, &ws)) > 0 &&
		    errata__words_match(&w->relative_links, p, len, ws, NULL) == wl)
			at = ws;
		if (!list_ends_at(&w->start_words, p, len, at) && !list_ends_at(&w->legs, p, len, at))
			return count;
		for (size_t i = next_start(ix, p, len, from, begin); i < begin;
		     i = next_start(ix, p, len, i + 1, begin))
			words++;
		return words <= 2 ? b - 1 : count;
	}
	return words <= 2 ? b - 1 : count;
}

/*
 * Whether a particle of the locale's topic_markers ("は", "が") stands at
 * k after a noun: a character of Han or katakana, not of hiragana ("な
 * がら" holds no topic).
 */
static int topic_at(const errata__words *w, const char *p, size_t len, size_t k)
{
	const unsigned char *u = (const unsigned char *)p + k - 3;

	if (!errata__words_match(&w->topic_markers, p, len, k, NULL) || !wide_script_at(p, len, k - 3))
		return 0;
	return !(u[0] == 0xe3 && (u[1] == 0x81 || (u[1] == 0x82 && u[2] <= 0x9f)));
}

/*
 * Whether an end word that follows its date (the locale's
 * end_words_after: "3月14日に終わる", "3月14日结束", "3월 14일 끝난다")
 * stands after the mention o (index i), before the next mention and the
 * sentence's end se.
 */
static int ends_after(const errata__words *w, const errata_check_ctx *ctx,
                      const errata_mention *o, size_t i, size_t se)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, s = o->offset + o->length, e = se;

	if (!w->end_words_after.count)
		return 0;
	/* "…に始まり、交渉は6月9日に終わった": another topic's end */
	if (i > 0 && w->topic_markers.count) {
		const errata_mention *prev = errata_mentions_get(ctx->mentions, i - 1);

		for (size_t k = prev->offset + prev->length + 3; k < o->offset; k++)
			if (topic_at(w, p, len, k))
				return 0;
	}
	if (i + 1 < errata_mentions_count(ctx->mentions) &&
	    errata_mentions_get(ctx->mentions, i + 1)->offset < e)
		e = errata_mentions_get(ctx->mentions, i + 1)->offset;
	for (size_t k = s; k < e; k = next_start(ctx->words, p, len, k + 1, e))
		if (errata__words_match(&w->end_words_after, p, len, k, NULL))
			return 1;
	return 0;
}

/* The end of a lower-case word of up to `most` bytes at i ("on", "le", "and"); i when none. */
static size_t short_word(const char *p, size_t len, size_t i, size_t most)
{
	size_t e = i;

	if (i >= len || !lower_at(p, len, i))
		return i;
	while (e < len && errata__is_word_byte(p, len, e))
		e++;
	return e - i <= most ? e : i;
}

/*
 * The end of the one word that may stand between a verb and its date at
 * i: a short word ("began on Aug. 1") or a word of relative_links, the
 * words that lead a date whatever their length ("ξεκινά στις 13
 * Μαΐου"); i when there is none.
 */
static size_t date_lead(const errata__words *w, const char *p, size_t len, size_t i)
{
	size_t k = short_word(p, len, i, 3), n;

	if (k == i && (n = errata__words_match(&w->relative_links, p, len, i, NULL)) > 0 &&
	    !errata__is_word_byte(p, len, i + n))
		k = i + n;
	return k;
}

/*
 * Where an article elided on to the word at `at` starts ("l'1 d'agost",
 * "l'11 settembre": a word of the table's articles that ends in an
 * apostrophe, written before the date with no space); at when there is
 * none.
 */
static size_t elided_article_before(const errata__words *w, const char *p, size_t len, size_t at)
{
	for (size_t k = 0; k < w->articles.count; k++) {
		const errata__word *q = &w->articles.items[k];

		if (q->len < 2 || q->len > at || !(q->word[q->len - 1] == '\'' ||
		                                   (q->len >= 4 && memcmp(q->word + q->len - 3, "\xe2\x80\x99", 3) == 0)))
			continue;
		if (errata__strncasecmp_ascii(p + at - q->len, q->word, q->len) == 0 &&
		    errata__word_start(p, len, at - q->len))
			return at - q->len;
	}
	return at;
}

/*
 * Whether [s, e) is a word of the table's with_words, one to six words of
 * what it brings and the date's short lead word, no comma between: "with
 * a lantern procession on" before "Monday, February 16", "with a
 * ceremony at the Coliseum on" ("closes with a lantern procession on
 * Monday, February 16", "mit einem Feuerwerk am").
 */
static int with_phrase(const errata__words *w, const char *p, size_t len, size_t s, size_t e)
{
	size_t n, i, k;
	int words = 0;

	if (!w->with_words.count || !(n = errata__words_match(&w->with_words, p, len, s, NULL)) ||
	    !errata__word_start(p, len, s))
		return 0;
	for (i = errata__skip_space(p, len, s + n); i < e && words <= 6; words++) {
		if (words && (k = date_lead(w, p, len, i)) > i && errata__skip_space(p, len, k) == e)
			return 1;
		if (!errata__is_word_byte(p, len, i))
			return 0;
		while (i < e && errata__is_word_byte(p, len, i))
			i++;
		i = errata__skip_space(p, len, i);
	}
	return 0;
}

/* Whether a word of l ends right before a with_phrase() that ends at `at`. */
static int verb_with_before(const errata__words *w, const errata__wordlist *l, const char *p,
                            size_t len, size_t at)
{
	size_t ws = at;

	for (int k = 0; k < 8 && word_before(p, len, 0, ws, &ws) > 0; k++)
		if (with_phrase(w, p, len, ws, at))
			return list_ends_at(l, p, len, ws);
	return 0;
}

/*
 * Whether a word of l ends right before `at`, or before one short word
 * ("began on Aug. 1"), an article elided on to the date between ("va
 * començar l'1 d'agost"), or before a with_phrase() ("opens with a
 * ceremony at the Coliseum on July 14").
 */
static int verb_before(const errata__words *w, const errata__wordlist *l, const char *p, size_t len,
                       size_t at)
{
	size_t ws;

	at = elided_article_before(w, p, len, at);
	if (list_ends_at(l, p, len, at))
		return 1;
	if (word_before(p, len, 0, at, &ws) > 0 && date_lead(w, p, len, ws) > ws &&
	    list_ends_at(l, p, len, ws))
		return 1;
	return verb_with_before(w, l, p, len, at);
}

/*
 * Whether [s, e) holds only what may stand inside one clause between an
 * event's dates: commas, a place ("in Seoul", "à Séoul": a word of
 * place_preps and up to three capitalised words) and two short words
 * ("and", "et", "und"; no article or referent, which bring another
 * subject). With `ends`, it must then close with a word of the list right
 * before e, or before one short word ("ended Aug. 4", "closed on Aug. 4"),
 * or before a with_phrase() ("closes with a procession on Aug. 4").
 */
static int clause_gap(const errata__words *w, const char *p, size_t len, size_t s, size_t e,
                      const errata__wordlist *ends)
{
	size_t i = s, n, k;
	int words = 0, places = 0;

	while (i < e) {
		if (p[i] == ' ' || p[i] == ',' || p[i] == '\n') {
			i++;
			continue;
		}
		if (ends && (n = errata__words_match(ends, p, len, i, NULL)) > 0) {
			k = errata__skip_space(p, len, i + n);
			if (k == e || with_phrase(w, p, len, k, e))
				return 1;
			k = date_lead(w, p, len, k);
			return errata__skip_space(p, len, k) == e && k > i + n;
		}
		n = errata__words_match(&w->place_preps, p, len, i, NULL);
		/* after the phrase, its destination: "a visit to Spain", "a tour of
		 * Europe", first in the gap before an end ("a trip to Ghana and
		 * returns", "eine Reise nach Ghana und kehrt") */
		if (!n && (!ends || (!words && !places)) && (k = short_word(p, len, i, ends ? 4 : 3)) > i &&
		    errata__skip_space(p, len, k) > k && errata__skip_space(p, len, k) < e &&
		    !lower_at(p, len, errata__skip_space(p, len, k)))
			n = k - i;
		if (n > 0 && !places++) {
			i = errata__skip_space(p, len, i + n);
			for (int c = 0; c < 3 && i < e && !lower_at(p, len, i) &&
			                errata__is_word_byte(p, len, i) && !(p[i] >= '0' && p[i] <= '9'); c++) {
				while (i < len && errata__is_word_byte(p, len, i))
					i++;
				i = errata__skip_space(p, len, i);
			}
			continue;
		}
		/* (a word of and_words is short in any script: "και") */
		if ((k = short_word(p, len, i, 4)) == i && (n = errata__words_match(&w->and_words, p, len, i, NULL)) > 0)
			k = i + n;
		if (k == i || ++words > 2 ||
		    errata__words_match(&w->articles, p, len, i, NULL) == k - i ||
		    errata__words_match(&w->referents, p, len, i, NULL) == k - i)
			return 0;
		i = k;
	}
	return !ends && i == e;
}

/* Whether only a place ("in Tokyo") and a word of verb_particles (the
 * end of "kehrt am 31. Mai zurück") stand between `at` and a stop, a
 * comma or a semicolon. */
static int clause_end_after(const errata__words *w, const char *p, size_t len, size_t at)
{
	size_t i = errata__skip_space(p, len, at), n;

	if (i < len && (n = errata__words_match(&w->place_preps, p, len, i, NULL)) > 0) {
		i = errata__skip_space(p, len, i + n);
		for (int c = 0; c < 3 && i < len && !lower_at(p, len, i) &&
		                errata__is_word_byte(p, len, i) && !(p[i] >= '0' && p[i] <= '9'); c++) {
			while (i < len && errata__is_word_byte(p, len, i))
				i++;
			i = errata__skip_space(p, len, i);
		}
	}
	if (i < len && (n = errata__words_match(&w->verb_particles, p, len, i, NULL)) > 0)
		i = errata__skip_space(p, len, i + n);
	return i >= len || p[i] == '.' || p[i] == ',' || p[i] == ';' || p[i] == '!' ||
	       (unsigned char)p[i] == 0xe3 /* 。、 */;
}

/*
 * Whether the date o ends the event of lp that starts at `start`, in one
 * clause: a start word right before the start ("began Aug. 1"), or
 * before the phrase when only a place and a short word stand between it
 * and the start ("begins a five-day visit to Japan on June 9"), or a start
 * word or a leg right before a start before the phrase ("leaves June 1
 * for a five-day trip", the clause then going on from the phrase); then an
 * end word right before o, with only clause_gap() text between ("began
 * Aug. 1 in Seoul and ended Aug. 4", "a commencé le 1er août et s'est
 * terminée le 4 août"). The end it gives is then the event's, even when
 * short of the length.
 */
static int ends_clause(const errata_check_ctx *ctx, const errata__words *w,
                       const length_phrase *lp, const errata_mention *start,
                       const errata_mention *o)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, b = lp->of ? lp->noun : lp->start, ws, wl, sb = b;

	/*
	 * a start before the phrase, a start word or a leg right before it
	 * ("leaves Monday, June 1, for a five-day trip and returns Wednesday,
	 * June 3"): the clause goes on from the phrase
	 */
	if (start->offset + start->length <= b) {
		size_t a = b;

		if ((wl = word_before(p, len, 0, b, &ws)) > 0 &&
		    errata__words_match(&w->articles, p, len, ws, NULL) == wl)
			a = ws;
		/* ("On June 1, Lee begins a five-day visit": the start word before the phrase) */
		if (!verb_before(w, &w->start_words, p, len, start->offset) &&
		    !verb_before(w, &w->legs, p, len, start->offset) &&
		    !list_ends_at(&w->start_words, p, len, a))
			return 0;
		return clause_gap(w, p, len, lp->phrase_end, o->offset, &w->end_words) &&
		       clause_end_after(w, p, len, o->offset + o->length);
	}

	/*
	 * otherwise the event must be the clause's subject, not the object
	 * of a preposition or a verb ("Registration for the 10-day camp opens")
	 */
	if ((wl = word_before(p, len, 0, sb, &ws)) > 0 &&
	    errata__words_match(&w->articles, p, len, ws, NULL) == wl)
		sb = ws;
	if ((wl = word_before(p, len, 0, sb, &ws)) > 0 &&
	    errata__words_match(&w->phrase_ends, p, len, ws, NULL) == wl &&
	    errata__words_match(&w->start_words, p, len, ws, NULL) != wl)
		return 0;
	if (!verb_before(w, &w->start_words, p, len, start->offset)) {
		/* "begins a five-day visit to Japan on June 9" */
		if ((wl = word_before(p, len, 0, b, &ws)) > 0 &&
		    errata__words_match(&w->articles, p, len, ws, NULL) == wl)
			b = ws;
		if (start->offset < lp->phrase_end || !list_ends_at(&w->start_words, p, len, b) ||
		    !clause_gap(w, p, len, lp->phrase_end, start->offset, NULL))
			return 0;
	}
	if (!clause_gap(w, p, len, start->offset + start->length, o->offset, &w->end_words))
		return 0;
	/*
	 * and the clause ends with the date, or a place after it ("ended Aug.
	 * 4 in Tokyo."): "closed Aug. 4 after a storm" may be cut short
	 */
	return clause_end_after(w, p, len, o->offset + o->length);
}

/* The order of a mention's date and d, by year, month and day. */
static int date_cmp(const errata_mention *m, const errata_date *d)
{
	if (m->year != d->year)
		return m->year < d->year ? -1 : 1;
	if (m->month != d->month)
		return m->month < d->month ? -1 : 1;
	return m->day < d->day ? -1 : m->day > d->day;
}

/*
 * Whether the sentence from ns opens, before its date at `at`, with an
 * article and a noun in lower case that is not the length's own ("Lee
 * will make a four-day visit to Paris. The summit runs from June 12 to
 * June 14"): the dates are that other subject's.
 */
static int other_subject(const errata__words *w, const char *p, size_t len, size_t ns, size_t at,
                         const length_phrase *lp)
{
	size_t n = errata__words_match(&w->articles, p, len, ns, NULL), j, e, k;

	if (!n || !lp->noun_len || ns + n >= at || errata__is_word_byte(p, len, ns + n))
		return 0;
	j = errata__skip_space(p, len, ns + n);
	if (j >= at || !errata__lower_letter_at(p, len, j))
		return 0;
	for (e = j; e < at && errata__is_word_byte(p, len, e); e++)
		;
	/* the same noun, or one with the length's noun's stem ("visit", "visits") */
	if (!(k = errata__noun_stem(p, lp->noun, lp->noun_len)))
		k = lp->noun_len;
	return !(e - j >= k && errata__same_folded(p + j, p + lp->noun, k));
}

/*
 * Whether the words [ns, at) that open the next sentence before its first
 * date may speak of the event: the date opens the sentence ("From June 1
 * to June 6, …"), or the words name the event (ties_to_event()), a
 * pronoun for it or for its people ("It", "He", the tables'
 * event_pronouns and pronouns), or a verb of its time opens the sentence
 * with no subject of its own (event_verb_at(): "Runs June 1 to June 6",
 * "Potrwa do 6 czerwca"). An end word further in is the time of the
 * sentence's own subject: "Tickets are on sale until June 6" dates the
 * tickets, not a refurbishment the sentence before spoke of.
 */
static int next_sentence_ties(const errata__words *w, const errata__word_index *ix, const char *p,
                              size_t len, size_t ns, size_t at, const length_phrase *lp)
{
	size_t first = next_start(ix, p, len, ns, at);

	if (opens_sentence(w, p, len, at) || ties_to_event(w, ix, p, len, ns, at, lp, 0, 1))
		return 1;
	if (other_subject(w, p, len, ns, at, lp))
		return 0;
	if (first < at && event_verb_at(w, p, len, first))
		return 1;
	for (size_t i = first; i < at; i = next_start(ix, p, len, i + 1, at))
		if (errata__words_match(&w->event_pronouns, p, len, i, NULL) ||
		    errata__words_match(&w->pronouns, p, len, i, NULL))
			return 1;
	return 0;
}

/*
 * Whether a word of the locale's shift_words ("postponed", "moved",
 * "reportée", "verschoben") stands right before the date at `at`, past
 * one word of span_links ("from", "du"): the date is the one the event
 * was moved from, and a date after it the one it was moved to, not its
 * end ("The three-day meeting was postponed from June 5 to June 12").
 */
static int moved_from(const errata__words *w, const char *p, size_t len, size_t at)
{
	size_t link;

	if (!w->shift_words.count)
		return 0;
	link = list_start_before(&w->span_links, p, len, at);
	return list_start_before(&w->shift_words, p, len, link) < link;
}

/*
 * Whether the sentence [s, e) states a length of its own, another than
 * lp (not lp itself, nor one of as many days): its dates are that
 * length's ("… a three-day break, from Saturday to Monday. Whoever also
 * takes Tuesday, December 2, off gets four days off"), even when it is a
 * bare length that bounds no other phrase.
 */
static int phrase_at_unit(const errata__words *w, const char *p, size_t len, size_t u,
                          length_phrase *lp);

static int states_other_length(const errata_check_ctx *ctx, const errata__words *w, size_t s,
                               size_t e, const length_phrase *lp)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, f;
	long days = (long)lp->count * lp->unit;
	length_phrase x;
	int unit, nights, plural;

	/* the sentence's own bytes: a scan of the prose cut at e would read it all from its start */
	for (size_t u = errata__starts_next_near(&w->unit_starts, p, e, s); u < e;
	     u = errata__starts_next_near(&w->unit_starts, p, e, u + 1))
		if (read_unit(w, p, len, u, &unit, &nights, &plural) && phrase_at_unit(w, p, len, u, &x) &&
		    x.start >= s && x.start != lp->start && (long)x.count * x.unit != days)
			return 1;
	f = fused_next(w, ctx->words, p, e, s);
	return f < e && f != lp->start && read_length(w, p, len, f, &x) && (long)x.count * x.unit != days;
}

/*
 * Whether the length lp is each of several events over the span from
 * `start` to `end` (day numbers), not one event's: its noun, after it,
 * ends in a word of plural_endings, no article stands before it in its
 * sentence, and the span is three times the length or more ("Three-day
 * workshops will be held from July 1 to July 31"; not "A three-day
 * workshop …", nor "Dreitägige Gespräche fanden vom 4. bis 9. Mai
 * statt": talks of six days are one event).
 */
static int several_events(const errata__words *w, const char *p, size_t len, const length_phrase *lp,
                          long start, long end)
{
	size_t ss, se, ws, wl, e = lp->noun + lp->noun_len;
	int plural = 0;

	if (!lp->noun_len || lp->noun < lp->start || end - start + 1 < 3L * lp->count * lp->unit)
		return 0;
	for (size_t k = 0; k < w->plural_endings.count && !plural; k++) {
		const errata__word *x = &w->plural_endings.items[k];

		plural = x->len < lp->noun_len && memcmp(p + e - x->len, x->word, x->len) == 0;
	}
	errata__sentence(w, p, len, lp->start, &ss, &se);
	wl = word_before(p, len, ss, lp->start, &ws);
	return plural && !(wl && errata__words_match(&w->articles, p, len, ws, NULL) == wl);
}

/*
 * Judge one length phrase against the dates that follow it, up to
 * `limit` (where the next length phrase starts: another event).
 */
static int judge(const errata_check_ctx *ctx, const errata__words *w,
                 const length_phrase *lp, size_t limit)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, ss, se, ns, ne, count, i, first;
	const errata_mention *m;
	long start = 0, span, want_end, got_end, window, d, accepted;
	errata_date first_day, last_day;
	int explicit_end = 0, have_sentence = 0, told = 0, error;

	if (qualifies_unit(w, p, len, lp) || measures(w, p, len, lp))
		return 0;
	/* a range written right before it is the event's span: "From March 2 through March 8, a three-day workshop" */
	if ((error = judge_tied_event(ctx, w, lp)) != 0)
		return error < 0 ? error : 0;
	count = errata_mentions_count(ctx->mentions);
	errata__sentence(w, p, len, lp->start, &ss, &se);
	/*
	 * a date before it that a start word ties to it comes first ("On
	 * Sunday, January 4, Lee begins a three-day visit", "leaves Monday,
	 * June 1, for a three-day trip and returns Saturday, June 6")
	 */
	first = errata__mention_at(ctx->mentions, lp->phrase_end);
	if ((i = start_before(w, ctx->words, p, len, ctx->mentions, lp, ss)) < count)
		first = i;
	if (first >= count)
		return 0;
	m = errata_mentions_get(ctx->mentions, first);
	/* the first date after the phrase: in its sentence or the next (found only if needed) */
	if (m->offset >= se) {
		if (lp->lasting)
			return 0; /* "Le festival, qui dure trois jours, ...": its sentence dates it */
		/* "The break runs Dec. 28 to Jan. 10, a two-week break. Spring
		 * break: March 22 to 26": a sentence that dates something before
		 * the length is its own; the next one's dates are another's */
		if (first > 0 && errata_mentions_get(ctx->mentions, first - 1)->offset >= ss)
			return 0;
		ns = se;
		while (ns < len && (p[ns] == ' ' || p[ns] == '\n' || p[ns] == '\r' || p[ns] == '\t'))
			ns++;
		ne = se;
		if (ns < len)
			errata__sentence(w, p, len, ns, &ns, &ne);
		if (m->offset >= ne || !next_sentence_ties(w, ctx->words, p, len, ns, m->offset, lp))
			return 0;
	}
	if (!errata__mention_days(m, &start))
		return 0;
	if (m->flags & ERRATA_MENTION_RANGE_END)
		return 0; /* the date after the phrase closes some other range */
	if (moved_from(w, p, len, m->offset))
		return 0; /* "postponed from June 5 to June 12": the old date and the new */

	accepted = (long)first;
	span = (long)lp->count * lp->unit;
	want_end = length_end(lp, start);
	window = 3 * span + 3;
	got_end = start;

	/* the start's own range end */
	if ((m->flags & ERRATA_MENTION_RANGE_START) && m->peer > (long)first &&
	    (size_t)m->peer < count &&
	    errata__mention_days(errata_mentions_get(ctx->mentions, (size_t)m->peer), &d) &&
	    d >= start && d - start <= 3660) {
		got_end = d;
		explicit_end = 1;
	}
	/*
	 * later dates of the same event (the start's sentence is found when
	 * first needed); a date outside (start, start + window] is passed over
	 * by its year, month and day before its day number is counted
	 */
	first_day = errata_date_from_days(start);
	last_day = errata_date_from_days(start + window);
	for (i = first + 1; i < count; i++) {
		const errata_mention *o = errata_mentions_get(ctx->mentions, i);
		size_t os, oe;

		if (o->offset >= limit)
			break;
		if (date_cmp(o, &first_day) <= 0 || date_cmp(o, &last_day) > 0 ||
		    !errata__mention_days(o, &d) || d <= got_end || d - start > window)
			continue;
		if (!have_sentence) {
			errata__sentence(w, p, len, m->offset, &ss, &se);
			have_sentence = 1;
		}
		if ((o->flags & ERRATA_MENTION_RANGE_END) && o->peer == accepted) {
			/* the end of a leg already taken: "from March 10 to March 11" */
		} else if (o->offset < se) {
			/* same sentence: the words just before it must tie it to the
			 * event; after a semicolon an end word alone is another
			 * clause's ("runs from Sept. 27 through Oct. 8; students
			 * return Oct. 11") */
			const errata_mention *prev = errata_mentions_get(ctx->mentions, i - 1);
			size_t gs = prev->offset + prev->length;
			int clause = memchr(p + gs, ';', o->offset > gs ? o->offset - gs : 0) != NULL;

			if (!ties_to_event(w, ctx->words, p, len, gs, o->offset, lp, !clause, 0) &&
			    !ends_after(w, ctx, o, i, se))
				continue;
			if (i == first + 1 && ends_clause(ctx, w, lp, m, o))
				explicit_end = 1;
		} else {
			errata__sentence(w, p, len, o->offset, &os, &oe);
			if (!ties_to_event(w, ctx->words, p, len, os, oe, lp, 0, 1) ||
			    states_other_length(ctx, w, os, oe, lp))
				continue;
		}
		told = o->offset >= se;
		got_end = d;
		accepted = (long)i;
	}
	/* an end a later sentence tells may be a day past (days_over_told()) */
	if (got_end > want_end + (told ? days_over_told(lp) : days_over(lp)) &&
	    got_end > want_end + days_over_counted(w, p, len, lp, told) &&
	    !several_events(w, p, len, lp, start, got_end))
		return report(ctx, lp, p, start, want_end, got_end);
	if (explicit_end && got_end < want_end - days_short(lp))
		return report(ctx, lp, p, start, want_end, got_end);
	return 0;
}

/*
 * "six days of inspiration" on the line right after a heading that gives
 * one range and nothing else ("... – October 16-20, 2023", a page's title
 * line): the length is the range's when the phrase's line, up to the end
 * of its sentence, has no date of its own, and the line before is not
 * blank, holds exactly one range (its start and end) and ends without a
 * sentence's punctuation. Anything else ("two days of workshops" in a
 * paragraph about a week-long festival) is not judged.
 */
static int judge_heading(const errata_check_ctx *ctx, const errata__words *w,
                         const length_phrase *lp)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, count = errata_mentions_count(ctx->mentions);
	size_t ss, se, k, le, ls, last, a;
	const errata_mention *ma, *mb;
	long ds, de, want_end;

	errata__sentence(w, p, len, lp->start, &ss, &se);
	/* the phrase's line, from its start to the end of the phrase's sentence */
	for (k = lp->start; k > 0 && p[k - 1] != '\n'; k--)
		;
	if (k == 0 || k < ss)
		return 0;
	a = errata__mention_at(ctx->mentions, k);
	if (a < count && errata_mentions_get(ctx->mentions, a)->offset < se)
		return 0; /* a date of its own */
	/* the line before: not blank, not a sentence */
	le = k - 1;
	if (le > 0 && p[le - 1] == '\r')
		le--;
	for (ls = le; ls > 0 && p[ls - 1] != '\n'; ls--)
		;
	for (last = le; last > ls && (p[last - 1] == ' ' || p[last - 1] == '\t'); last--)
		;
	if (last == ls || p[last - 1] == '.' || p[last - 1] == '!' || p[last - 1] == '?' ||
	    p[last - 1] == ':' || p[last - 1] == ';' || p[last - 1] == ',')
		return 0;
	/* its only dates: one range */
	a = errata__mention_at(ctx->mentions, ls);
	if (a + 1 >= count)
		return 0;
	ma = errata_mentions_get(ctx->mentions, a);
	mb = errata_mentions_get(ctx->mentions, a + 1);
	if (ma->offset >= le || !(ma->flags & ERRATA_MENTION_RANGE_START) || ma->peer != (long)a + 1 ||
	    !(mb->flags & ERRATA_MENTION_RANGE_END) || mb->offset + mb->length > le ||
	    (a + 2 < count && errata_mentions_get(ctx->mentions, a + 2)->offset < le))
		return 0;
	if (!errata__mention_days(ma, &ds) || !errata__mention_days(mb, &de) || de < ds)
		return 0;
	want_end = length_end(lp, ds);
	if ((de > want_end + days_over(lp) && de > want_end + days_over_counted(w, p, len, lp, 0)) ||
	    de < want_end - days_short(lp))
		return report(ctx, lp, p, ds, want_end, de);
	return 0;
}

/*
 * Where the longest word of the list l that ends just before `at` (spaces
 * between) starts, at a word start; `at` when none ("a duré", "will last").
 */
static size_t list_start_before(const errata__wordlist *l, const char *p, size_t len, size_t at)
{
	size_t e = at, best = at;
	unsigned char last;

	while (e > 0 && p[e - 1] == ' ')
		e--;
	/* (most words end in a byte no word of l ends in) */
	if (e == 0 || !errata__words_may_end(l, p, e))
		return best;
	last = errata__lower_ascii[(unsigned char)p[e - 1]];
	for (size_t k = 0; k < l->count; k++) {
		const errata__word *q = &l->items[k];

		/* the word's last byte first, before the whole word */
		if (q->len && q->len <= e && e - q->len < best &&
		    errata__lower_ascii[(unsigned char)q->word[q->len - 1]] == last &&
		    errata__strncasecmp_ascii(p + e - q->len, q->word, q->len) == 0 &&
		    errata__word_start(p, len, e - q->len))
			best = e - q->len;
	}
	return best;
}

/*
 * A length with no noun in a relative clause set off by commas, a word of
 * the table's lasting_verbs right before its count or right after its
 * unit, a word of relative_pronouns before them: "Le festival, qui dure
 * trois jours, se tiendra du 10 au 14 juillet", "Das Fest, das drei Tage
 * dauert, findet ... statt". The clause's antecedent is the event, as in
 * "un festival de trois jours": an article, at most one word and the
 * noun, opening the sentence or after a comma ("À Nice, le carnaval,");
 * "Les visiteurs du festival, qui dure ..." are not the festival. The
 * comma that closes the clause must follow the length at once ("which
 * lasted three days in 2019," is another time, "qui dure trois jours par
 * semaine," a rhythm), but for a word of time_asides there or before
 * the verb ("que este año durará dos semanas,"). Returns 1 and makes lp
 * that of the noun, "of"
 * standing at the pronoun; 0 leaves lp alone.
 */
/*
 * Whether the noun [ns, ns + nl) carries its article as an ending of the
 * locale's definite_endings ("Festivalen", "Mødet"): a noun that may
 * stand alone where others take an article.
 */
static int definite_noun(const errata__words *w, const char *p, size_t ns, size_t nl)
{
	for (size_t k = 0; k < w->definite_endings.count; k++) {
		const errata__word *d = &w->definite_endings.items[k];

		if (d->len + 2 <= nl && memcmp(p + ns + nl - d->len, d->word, d->len) == 0)
			return 1;
	}
	return 0;
}

/*
 * Where the clause that "and" joins to a relative clause of lasting ends
 * ("das drei Tage dauert und viele Besucher anzieht,", "qui dure trois
 * jours et attire des milliers de visiteurs,"): at its comma, after a
 * word of the table's and_words and two to eight words, none of them a
 * number; e when there is none. A count or an article right after "and"
 * goes on with the length ("trois jours et demi", "three days and a
 * half"), and so does one word alone.
 */
static size_t coordinated_end(const errata__words *w, const char *p, size_t len, size_t e)
{
	size_t at = errata__skip_space(p, len, e), n, words = 0;
	int v;

	if (at == e || !(n = errata__words_match(&w->and_words, p, len, at, NULL)) ||
	    at + n >= len || p[at + n] != ' ')
		return e;
	at = errata__skip_space(p, len, at + n);
	if (errata__words_match(&w->articles, p, len, at, NULL) ||
	    errata__read_count(w, p, len, at, &v))
		return e;
	while (at < len && words < 8) {
		if (!errata__word_start(p, len, at) || (p[at] >= '0' && p[at] <= '9'))
			return e;
		while (at < len && (errata__is_word_byte(p, len, at) || p[at] == '-' || p[at] == '\''))
			at++;
		words++;
		if (at < len && p[at] == ',')
			return words >= 2 ? at : e;
		if (at >= len || p[at] != ' ')
			return e;
		at++;
	}
	return e;
}

static int read_lasting(const errata__words *w, const char *p, size_t len, length_phrase *lp)
{
	size_t vs, e = lp->end, rs, ws, wl, ns, nl, c, at, ss, se, n;
	int words = 0;

	if (!w->lasting_verbs.count || lp->days_of)
		return 0;
	if ((vs = list_start_before(&w->lasting_verbs, p, len, lp->start)) == lp->start) {
		/* the verb after the unit: "das drei Tage dauert," */
		at = errata__skip_space(p, len, e);
		if (at == e || at >= len || !(n = errata__words_match(&w->lasting_verbs, p, len, at, NULL)))
			return 0;
		e = at + n;
	}
	/* "qui dure trois jours cette année,", "que este año durará dos semanas": this time's */
	at = errata__skip_space(p, len, e);
	if (at < len && (n = errata__words_match(&w->time_asides, p, len, at, NULL)) > 0)
		e = at + n;
	if (e >= len || (p[e] != ',' && p[coordinated_end(w, p, len, e)] != ','))
		return 0;
	vs = list_start_before(&w->time_asides, p, len, vs);
	if (!(wl = word_before(p, len, 0, vs, &rs)) ||
	    errata__words_match(&w->relative_pronouns, p, len, rs, NULL) != wl)
		return 0;
	for (c = rs; c > 0 && p[c - 1] == ' '; c--)
		;
	if (c == 0 || p[c - 1] != ',' || !(nl = word_before(p, len, 0, c - 1, &ns)))
		return 0;
	/*
	 * back from the noun to its article: one word between at most, not a
	 * link ("du", "of"); in a language without articles the noun itself
	 * opens the sentence or follows a comma ("Festiwal, który trwa trzy dni,")
	 */
	for (at = ns;; at = ws) {
		if (!(wl = word_before(p, len, 0, at, &ws))) {
			if (at != ns || (w->articles.count && !definite_noun(w, p, ns, nl)))
				return 0;
			ws = ns; /* the noun opens the sentence or follows a comma */
			break;
		}
		if (errata__words_match(&w->articles, p, len, ws, NULL) == wl)
			break;
		if (!w->articles.count)
			return 0; /* "Goście festiwalu, który trwa": the guests' */
		if (++words > 1 || errata__words_match(&w->span_links, p, len, ws, NULL) == wl ||
		    errata__words_match(&w->duration_of, p, len, ws, NULL) == wl ||
		    errata__words_match(&w->place_preps, p, len, ws, NULL) == wl)
			return 0;
	}
	errata__sentence(w, p, len, ws, &ss, &se);
	if (word_before(p, len, ss, ws, &at) > 0)
		return 0; /* the article opens the sentence, or follows a comma */
	lp->of = rs;
	lp->noun = ns;
	lp->noun_len = nl;
	lp->end = lp->phrase_end = e;
	lp->bare = lp->article = 0;
	lp->lasting = 1;
	return 1;
}

/*
 * "Tydzień koncertów, 1–3 czerwca", "Неделя концертов": in a language
 * without articles, a singular unit of a week or more that opens its
 * sentence, with a noun in the genitive after it, is one unit of them
 * (read_days_of()). A day is not: "День городов" names a holiday.
 */
static int one_unit_of(const errata__words *w, const char *p, size_t len, size_t u,
                       length_phrase *lp)
{
	size_t ss, se, n, i;
	int unit = 0;

	if (w->articles.count || !w->genitive_plurals.count ||
	    !(n = errata__words_match(&w->day_units, p, len, u, &unit)) || unit < 7)
		return 0;
	errata__sentence(w, p, len, u, &ss, &se);
	for (i = ss; i < u && (p[i] == ' ' || p[i] == '\n' || p[i] == '"' || p[i] == '('); i++)
		;
	return i == u && read_days_of(w, p, len, u, u + n, 1, unit, 0, lp);
}

/* Where a length phrase ending in the unit at u would start; 0: none ("of" included). */
static int phrase_at_unit(const errata__words *w, const char *p, size_t len, size_t u,
                          length_phrase *lp)
{
	size_t e, s, ps;

	if (one_unit_of(w, p, len, u, lp))
		return 1;
	if (u == 0 || (p[u - 1] != '-' && p[u - 1] != ' '))
		return 0;
	e = u - 1;
	s = e;
	/* (a hyphen or an apostrophe inside the count: "twenty-one", "п'ять", "п’ять") */
	for (;;) {
		/* (the bytes inside "’" count as a word's: it is looked for first) */
		if (s > 3 && memcmp(p + s - 3, "\xe2\x80\x99", 3) == 0 && errata__word_before(p, len, s - 3))
			s -= 3;
		else if (s > 0 && errata__is_word_byte(p, len, s - 1))
			s--;
		else if (s > 1 && (p[s - 1] == '-' || p[s - 1] == '\'') && errata__is_word_byte(p, len, s - 2))
			s--;
		else
			break;
	}
	while (s < e && ((unsigned char)p[s] & 0xc0) == 0x80)
		s++;
	if (s == e)
		return 0;
	/* "a visit of three days": the duration_of word before the count */
	ps = s;
	while (ps > 0 && p[ps - 1] == ' ')
		ps--;
	if (ps < s) {
		size_t ws = ps;

		while (ws > 0 && errata__is_word_byte(p, len, ws - 1))
			ws--;
		/* not "près de six semaines", "más de dos meses": a qualifier's "de" */
		if (ws < ps && (errata__words_match(&w->duration_of, p, len, ws, NULL) == ps - ws ||
		                errata__words_match(&w->duration_with, p, len, ws, NULL) == ps - ws) &&
		    list_start_before(&w->approx_qualifiers, p, len, s) >= ws &&
		    list_start_before(&w->length_qualifiers, p, len, s) >= ws &&
		    read_length(w, p, len, ws, lp))
			return 1;
	}
	return read_length(w, p, len, s, lp);
}

/*
 * Whether the weekday word that ends at `end` ends with a range word of
 * the table less its hyphen ("csütörtöktől" with "-től"): it opens a span
 * of weekdays with the next one ("csütörtöktől vasárnapig").
 */
static int from_form(const errata_locale *loc, const char *p, size_t start, size_t end)
{
	for (size_t k = 0; k < loc->range.n; k++) {
		const errata__phrase *r = &loc->range.v[k];
		const errata__tok *t = &r->tok[r->n - 1];

		/* ("-től" is a hyphen and a word) */
		if (r->n == 2 && r->tok[0].kind == ERRATA__TOK_PUNCT && r->tok[0].cp == '-' &&
		    t->kind == ERRATA__TOK_WORD && t->flen + 2 <= end - start &&
		    !memcmp(p + end - t->flen, t->fold, t->flen))
			return 1;
	}
	return 0;
}

/*
 * A length of two to seven days set off before a span of weekdays that
 * closes its clause ("a three-day holiday weekend, Thursday to Sunday,",
 * "a háromnapos ünnepi hétvégén, csütörtöktől vasárnapig,", "un pont de
 * trois jours, du jeudi au dimanche."): the span counts its days, both
 * ends in (Thursday to Sunday is four). Weekdays with hours ("du mardi
 * 19 heures au vendredi 8 heures") are no such span.
 */
static int judge_weekdays(const errata_check_ctx *ctx, const errata__words *w,
                          const length_phrase *lp)
{
	const char *p = ctx->prose, *names[3];
	size_t len = ctx->prose_len, i, k, e1, e2 = 0, j;
	long days = (long)lp->count * lp->unit, span;
	int comma = 0, a, b = -1;

	if (lp->nights || lp->approx || lp->days_of || lp->unit != 1 || days < 2 || days > 7)
		return 0;
	i = errata__skip_space(p, len, lp->of ? lp->end : lp->phrase_end);
	if (!(k = gap_mark(p, len, i, &comma)))
		return 0;
	i = errata__skip_space(p, len, i + k);
	if ((k = errata__words_match(&w->span_links, p, len, i, NULL)) > 0)
		i = errata__skip_space(p, len, i + k);
	if ((a = errata__weekday_word_at(ctx->locale, p, len, i, &e1)) < 0)
		return 0;
	/* the end: a range word between, or right after a weekday in its "from" form */
	for (j = errata__skip_space(p, len, e1); j < len && j < e1 + 32 && b < 0; j++)
		if (errata__word_start(p, len, j) &&
		    (b = errata__weekday_word_at(ctx->locale, p, len, j, &e2)) >= 0 &&
		    !errata__range_word_between(ctx->locale, p, e1, j) &&
		    !(j == errata__skip_space(p, len, e1) && from_form(ctx->locale, p, i, e1)))
			b = -1;
	if (b < 0)
		return 0;
	/* the span closes its clause */
	k = errata__skip_space(p, len, e2);
	if (k < len && !strchr(",.;:)!?\n", p[k]) && !(p[k] == '\xe2' && k + 2 < len && p[k + 1] == '\x80'))
		return 0;
	span = (b - a + 7) % 7 + 1;
	if (span == days)
		return 0;
	names[0] = errata__check_weekday_name(ctx, a);
	names[1] = errata__check_weekday_name(ctx, (int)((a + days - 1) % 7));
	names[2] = errata__check_weekday_name(ctx, b);
	if (!names[0] || !names[1] || !names[2])
		return 0;
	return report_span(ctx, lp, p, 0, 0, 0, names, span);
}

static int duration_run(const errata_check_ctx *ctx)
{
	const errata__words *w = NULL;
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, from = 0;
	length_phrase cur, next;
	size_t u, f, last = 0, read_end = 0;
	int error, have = 0;
	errata__starts_walk walk;
	static _Thread_local errata__pair_lengths pairs; /* (too big for the stack of a thread) */

	pairs.count = 0;
	pairs.full = 0;
	if ((error = errata__check_words(ctx, &w)) < 0)
		return error;
	if (!w->day_units.count || !ctx->mentions)
		return 0;
	/* with no date, only lengths in years after a range of years are read ("de 1998 à 2012, soit dix ans") */
	if (!errata_mentions_count(ctx->mentions))
		return w->year_ranges.count ? errata__pair_judge(ctx, w, &pairs) : 0;
	/*
	 * find the units ("day", "weeks", "night"), then read the phrase around
	 * them; and, in text order with them, the lengths written as one word
	 */
	errata__starts_walk_begin(&walk, &w->unit_starts, p, len);
	u = errata__starts_walk_next(&walk, from);
	f = fused_next(w, ctx->words, p, len, 0);
	while (u < len || f < len) {
		int unit, nights, plural, ok;

		if (f < u) {
			ok = read_length(w, p, len, f, &next);
			f = fused_next(w, ctx->words, p, len, f + 1);
		} else {
			ok = (w->long_units.count && read_long(w, p, len, u, &next)) ||
			     (w->day_counts.count && errata__words_match(&w->day_counts, p, len, u, NULL) &&
			      read_length(w, p, len, u, &next)) ||
			     (read_unit(w, p, len, u, &unit, &nights, &plural) &&
			      phrase_at_unit(w, p, len, u, &next));
			from = u + 1;
			u = errata__starts_walk_next(&walk, from);
		}
		/* (nor the tail of a length read: "八个月" in "十八个月") */
		if (!ok || (have && next.start < cur.end) || next.start < read_end)
			continue;
		read_end = next.end;
		next.runs_out = runs_out(w, p, len, &next);
		errata__pair_note(&pairs, (errata__pair_length){ next.start, next.end, next.noun,
		                                                 next.days_of ? 0 : next.noun_len,
		                                                 next.count, next.unit, next.nights,
		                                                 next.days_of, next.runs_out });
		next.after = last;
		last = next.phrase_end;
		if ((error = judge_weekdays(ctx, w, &next)) < 0)
			return error;
		if (next.bare && !read_lasting(w, p, len, &next)) {
			/* judged on its own, against a range next to it: never the limit of another phrase */
			if ((error = judge_tied(ctx, w, &next)) < 0)
				return error;
			continue;
		}
		if (next.days_of) {
			/*
			 * judged on its own: never the limit of another phrase;
			 * against a range right after it, else a heading's
			 */
			if ((error = judge_tied(ctx, w, &next)) == 0)
				error = judge_heading(ctx, w, &next);
			if (error < 0)
				return error;
			continue;
		}
		/* each phrase is judged once the next one (its limit) is known */
		if (have && (error = judge(ctx, w, &cur, next.start)) < 0)
			return error;
		cur = next;
		have = 1;
	}
	if (have && (error = judge(ctx, w, &cur, len)) < 0)
		return error;
	/* the lengths left without a finding: paired with a range by proximity */
	return errata__pair_judge(ctx, w, &pairs);
}

const errata_check errata__check_duration = {
	"date.duration", ERRATA_SEVERITY_WARNING,
	"a stated length (\"a three-day visit\") that the article's own dates contradict",
	NULL, duration_run, 0
};
