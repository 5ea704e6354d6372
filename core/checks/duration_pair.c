/*
 * core/checks/duration_pair.c: the fallback reading of date.duration. A
 * length that no narrower reading of duration.c judged ("the strike,
 * which began on 3 March and ended on 11 March, was billed as a five-day
 * walkout", "seven nights, arriving on 5 September and flying home on 8
 * September") is paired with a range by proximity, not by the shape of
 * the sentence: the one range of its sentence, or, when its sentence has
 * no range, the one range of its paragraph in the sentence before or
 * after it, the paragraph holding no other length and no other date. A
 * range is a pair of the date extractor (RANGE_START and its peer), or
 * two dates of which the first has a start word and the second an end
 * word (start_words and pair_starts, end_words and pair_ends) before or
 * right after it ("opens on ... and closes on ...", "başlayıp ... sona
 * erecek"). A definite length with a noun in a sentence with no date
 * ("Over the five-day festival, …") takes the span of the event its noun
 * names further back (judge_far()).
 *
 * A count of days fits counted with both ends (a seven-day count one day
 * short too), nights as nights or one less; weeks within three days or a quarter of their days, months
 * within ten days or a quarter, years within half a year. Quiet: a length
 * after a word of length_qualifiers, approx_qualifiers or pair_asides
 * ("the final three days", "nearly", "after a three-week strike",
 * "followed two weeks of talks"), before one ("two weeks ago", "two days
 * a week", "a two-week notice"), of a ticket or a pass (measure_nouns),
 * with a noun of another kind of event than one the unit names
 * (event_kinds), a unit with a date moved (shift_words), two lengths or
 * other dates.
 */
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "checks/duration_pair.h"
#include "text/wordstarts.h"
#include "checks/names.h"
#include "checks/words.h"
#include "common.h"

/* Whether a word of l ends right before `at` (spaces between), starting a word there. */
static int list_ends_before(const errata__wordlist *l, const char *p, size_t len, size_t at)
{
	size_t e = at;

	while (e > 0 && p[e - 1] == ' ')
		e--;
	/* the last byte first: most words end in one no word of the list ends in */
	if (e == 0 || !errata__words_may_end(l, p, e))
		return 0;
	for (size_t k = 0; k < l->count; k++) {
		size_t n = l->items[k].len;

		if (n && n <= e && ((unsigned char)p[e - 1] | 0x20) == ((unsigned char)l->items[k].word[n - 1] | 0x20) &&
		    errata__strncasecmp_ascii(p + e - n, l->items[k].word, n) == 0 &&
		    errata__word_start(p, len, e - n))
			return 1;
	}
	return 0;
}

/* Where the word before `at` starts (spaces between); `at` when there is none. */
static size_t start_of_word_before(const char *p, size_t len, size_t at)
{
	size_t e = at;

	while (e > 0 && p[e - 1] == ' ')
		e--;
	while (e > 0 && (errata__is_word_byte(p, len, e - 1) || p[e - 1] == '-'))
		e--;
	while (e < at && ((unsigned char)p[e] & 0xc0) == 0x80)
		e++;
	return e < at && errata__word_start(p, len, e) ? e : at;
}

/*
 * Whether a word of the lists that make a length another thing's ends
 * before `at`; for years, of age_words too ("aged 40 years").
 */
static int aside_before(const errata__words *w, const char *p, size_t len, size_t at, int years)
{
	return list_ends_before(&w->length_qualifiers, p, len, at) ||
	       list_ends_before(&w->approx_qualifiers, p, len, at) ||
	       list_ends_before(&w->pair_asides, p, len, at) ||
	       (years && list_ends_before(&w->age_words, p, len, at));
}

/* Whether the word at `at` ends in a word of l: the head of a compound ("időjárás-előrejelzés"). */
static int ends_in(const errata__wordlist *l, const char *p, size_t len, size_t at)
{
	size_t e = at;

	while (e < len && (errata__is_word_byte(p, len, e) || p[e] == '-'))
		e++;
	for (size_t k = 0; k < l->count; k++) {
		size_t n = l->items[k].len;

		if (n >= 4 && n <= e - at && errata__same_folded(p + e - n, l->items[k].word, n))
			return 1;
	}
	return 0;
}

/* Whether a word at `at` makes the length before it another thing's: "ago", "a week", "pass". */
static int aside_at(const errata__words *w, const char *p, size_t len, size_t at)
{
	size_t n;

	if (errata__words_match(&w->pair_asides, p, len, at, NULL) ||
	    errata__words_match(&w->measure_nouns, p, len, at, NULL) ||
	    ends_in(&w->measure_nouns, p, len, at))
		return 1;
	/* "two days a week": a rate */
	if ((n = errata__words_match(&w->unit_articles, p, len, at, NULL)) > 0) {
		size_t u = errata__skip_space(p, len, at + n);

		return u > at + n && (errata__words_match(&w->day_units, p, len, u, NULL) ||
		                      errata__words_match(&w->night_units, p, len, u, NULL) ||
		                      errata__words_match(&w->year_units, p, len, u, NULL));
	}
	return 0;
}

/*
 * Whether the length is of something else by the words around it; `ended`:
 * the word before it says it ended at the date before it (ended_after()),
 * and is no aside.
 */
static int aside(const errata__words *w, const char *p, size_t len, const errata__pair_length *x,
                 int ended)
{
	size_t a = start_of_word_before(p, len, x->start), n;

	/* "a day", "an hour a day": an article for a count is a rate as often as a length */
	if (errata__words_match(&w->unit_articles, p, len, x->start, NULL))
		return 1;
	/* "Les prévisions à dix jours", "a four-day week": a measure, a unit */
	if (a < x->start && (errata__words_match(&w->measure_nouns, p, len, a, NULL) ||
	                     errata__words_match(&w->measure_nouns, p, len,
	                                         start_of_word_before(p, len, a), NULL)))
		return 1;
	if (x->noun_len && (errata__words_match(&w->day_units, p, len, x->noun, NULL) ||
	                    errata__words_match(&w->day_units_plural, p, len, x->noun, NULL)))
		return 1;
	/* (the "of" of "a visit of three days" is no qualifier where the
	 * table's qualifiers hold it too: "un eveniment de șase zile") */
	if (!ended && !(x->noun_len && x->noun < x->start && a < x->start &&
	                (n = errata__words_match(&w->duration_of, p, len, a, NULL)) > 0 &&
	                errata__skip_space(p, len, a + n) == x->start) &&
	    aside_before(w, p, len, x->start, x->unit == 365))
		return 1;
	/* past an article: "after a three-week strike" */
	if (!ended && a < x->start && errata__words_match(&w->articles, p, len, a, NULL) &&
	    aside_before(w, p, len, a, x->unit == 365))
		return 1;
	if (x->noun_len && aside_at(w, p, len, x->noun))
		return 1;
	/* "the first of two weeks", "the last of three days": a part of them */
	if (x->noun_len && x->noun < x->start &&
	    (errata__words_match(&w->ordinals, p, len, x->noun, NULL) ||
	     aside_before(w, p, len, x->noun + x->noun_len, 0)))
		return 1;
	return aside_at(w, p, len, errata__skip_space(p, len, x->end));
}

/* Whether a date.duration finding already covers the length. */
static int covered(const errata_check_ctx *ctx, const errata__pair_length *x)
{
	for (size_t i = 0, n = errata_findings_count(ctx->out); i < n; i++) {
		const errata_finding *f = errata_findings_get(ctx->out, i);

		if (strcmp(errata_finding_rule(f), ctx->rule) == 0 &&
		    errata_finding_offset(f) < x->end &&
		    x->start < errata_finding_offset(f) + errata_finding_length(f))
			return 1;
	}
	return 0;
}

/* The lengths noted that start in [s, e). */
static size_t lengths_in(const errata__pair_lengths *l, size_t s, size_t e)
{
	size_t n = 0;

	for (size_t k = 0; k < l->count; k++)
		n += l->items[k].start >= s && l->items[k].start < e;
	return n;
}

/* Whether only white space stands in [s, e). */
static int blank(const char *p, size_t s, size_t e)
{
	for (; s < e; s++)
		if (p[s] != ' ' && p[s] != '\n' && p[s] != '\r' && p[s] != '\t')
			return 0;
	return 1;
}

/*
 * Whether a word of l (of the value `want`; 0: any) starts in [s, e) or
 * in the few bytes after e (the end of a date), before `limit`: a verb
 * after its date ("16 Şubat'ta sona erecek").
 */
static int word_near(const errata__wordlist *l, int want, const char *p, size_t len, size_t s,
                     size_t e, size_t limit)
{
	size_t to = errata__skip_space(p, len, e) + 24;
	int v = 0;

	to = to < limit ? to : limit;
	/* (in Han, kana and Hangul a word may start after a letter: "3日开幕") */
	for (size_t k = s; k < to; k++)
		if (errata__words_may_start(l, p, len, k) &&
		    (errata__word_start(p, len, k) ||
		     ((unsigned char)p[k] >= 0x80 && errata__wide_script_at(p, len, k))) &&
		    errata__words_match_from(l, p, len, k, &v) && (!want || v == want))
			return 1;
	return 0;
}

/* How many words start in [s, e). */
static int words_before(const char *p, size_t len, size_t s, size_t e)
{
	int n = 0;

	for (size_t i = errata__next_word_start(p, len, s, e); i < e; i = errata__next_word_start(p, len, i + 1, e))
		n++;
	return n;
}

/* Whether only marks and words of the n lists stand in [s, e), two words at most. */
static int only_words(const errata__wordlist *const *lists, size_t n, const char *p, size_t len,
                      size_t s, size_t e)
{
	int words = 0;

	while (s < e) {
		size_t m = 0;

		if (((unsigned char)p[s] & 0xc0) == 0x80 || !errata__is_word_byte(p, len, s)) {
			s++;
			continue;
		}
		for (size_t k = 0; !m && k < n; k++)
			m = errata__words_match(lists[k], p, len, s, NULL);
		if (!m || ++words > 2)
			return 0;
		s += m;
	}
	return 1;
}

/*
 * Whether the length restates the range the text [s, e) between them
 * ("three weeks, from May 4 to May 25", "kolme vuotta,
 * 1.2.2026–28.2.2027", "κράτησε έξι μήνες, από τις 10 Ιανουαρίου"): after
 * the range, no link of time ("zal het vijf dagen regenen" is rain
 * within it), only a verb of lasting ("30-ig, kilenc hónapig tartott").
 */
static int restates(const errata__words *w, const char *p, size_t len, size_t s, size_t e,
                    int links)
{
	const errata__wordlist *lists[] = { &w->span_equals, &w->lasting_verbs, &w->articles,
	                                    &w->span_links };

	return only_words(lists, links ? 4 : 3, p, len, s, e);
}

/* Where the last comma or like mark in [s, e) ends; 0: there is none. */
static size_t mark_end(const char *p, size_t s, size_t e)
{
	/* the marks of three bytes: — 、 ， ； */
	static const char *const wide[] = { "\xe2\x80\x94", "\xe3\x80\x81", "\xef\xbc\x8c", "\xef\xbc\x9b" };

	for (size_t i = e; i > s; i--) {
		if (p[i - 1] == ',' || p[i - 1] == ';' || p[i - 1] == ':')
			return i;
		if ((unsigned char)p[i - 1] >= 0x80 && i >= s + 3)
			for (size_t k = 0; k < sizeof(wide) / sizeof(wide[0]); k++)
				if (memcmp(p + i - 3, wide[k], 3) == 0)
					return i;
	}
	return 0;
}

/* Whether a comma or a like mark stands in [s, e). */
static int mark_in(const char *p, size_t s, size_t e)
{
	return mark_end(p, s, e) > 0;
}

/* Whether [s, e) breaks the clause: a mark, a word of and_words or clause_openers. */
static int clause_break(const errata__words *w, const char *p, size_t len, size_t s, size_t e)
{
	return mark_in(p, s, e) || errata__words_in(&w->and_words, p, len, s, e) ||
	       errata__words_in(&w->clause_openers, p, len, s, e);
}

/* The length of a word of end_words or pair_ends at `at`; 0: none. */
static size_t end_at(const errata__words *w, const char *p, size_t len, size_t at)
{
	size_t n = errata__words_match(&w->end_words, p, len, at, NULL);

	return n ? n : errata__words_match(&w->pair_ends, p, len, at, NULL);
}

/*
 * Whether the end after the mark in [ae, bs), between a start's date and
 * an end's (bs to be), stays in the start's clause, with no subject of
 * its own: its end word right after the last mark, past a word of
 * and_words and a verb of held_verbs or lasting_verbs at most ("beginnt
 * am 23. März, endet aber am 24. März", "ouvrira le 27 novembre,
 * avant-veille de l'Avent, et se tiendra jusqu'au 24 décembre"), or
 * its date there, past a word of relative_links at most, with the end
 * word right after it ("9月1日开幕，9月14日闭幕", "，于9月14日竣工").
 */
static int end_goes_on(const errata__words *w, const char *p, size_t len, size_t ae, size_t bs,
                       size_t be)
{
	size_t n, t = errata__skip_space(p, len, mark_end(p, ae, bs));

	if ((n = errata__words_match(&w->and_words, p, len, t, NULL)) > 0)
		t = errata__skip_space(p, len, t + n);
	/* past a verb of being held or of lasting: "…, et se tiendra jusqu'au 24 décembre", "and runs until" */
	if ((n = errata__words_match(&w->held_verbs, p, len, t, NULL)) > 0 ||
	    (n = errata__words_match(&w->lasting_verbs, p, len, t, NULL)) > 0)
		t = errata__skip_space(p, len, t + n);
	if (end_at(w, p, len, t))
		return 1;
	/* (the date past a word that leads it: "，于2024年3月28日竣工") */
	if ((n = errata__words_match(&w->relative_links, p, len, t, NULL)) > 0)
		t = errata__skip_space(p, len, t + n);
	return t == bs && end_at(w, p, len, errata__skip_space(p, len, be));
}

enum { SPAN_RANGE = 1, SPAN_ENDS, SPAN_STAY };

/*
 * What mentions i and i + 1 (in [us, ue)) are: a range of the extractor
 * (SPAN_RANGE), a stay's arrival and departure (SPAN_STAY: stay_words
 * valued 1 and 2), a start and an end (SPAN_ENDS: start_words or
 * pair_starts, end_words or pair_ends), or 0: two dates of their own.
 */
static int one_span(const errata_check_ctx *ctx, const errata__words *w, size_t i, size_t us,
                    size_t ue)
{
	const errata_mention *a = errata_mentions_get(ctx->mentions, i);
	const errata_mention *b = errata_mentions_get(ctx->mentions, i + 1);
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, ae = a->offset + a->length, be = b->offset + b->length;

	if ((a->flags & ERRATA_MENTION_RANGE_START) && a->peer == (long)i + 1)
		return SPAN_RANGE;
	if ((a->flags | b->flags) & (ERRATA_MENTION_RANGE_START | ERRATA_MENTION_RANGE_END))
		return 0;
	/* "entre le 1er septembre et le 31 août": a window's ends */
	if (list_ends_before(&w->window_links, p, len, a->offset) &&
	    only_words((const errata__wordlist *[]){ &w->and_words, &w->articles }, 2, p, len, ae, b->offset))
		return SPAN_RANGE;
	if (word_near(&w->stay_words, 1, p, len, us, ae, b->offset) &&
	    word_near(&w->stay_words, 2, p, len, ae, be, ue))
		return SPAN_STAY;
	/* "targi rozpoczną się 4 czerwca, a wystawa potrwa do 30 czerwca": another clause's end */
	if (mark_in(p, ae, b->offset) && !end_goes_on(w, p, len, ae, b->offset, be))
		return 0;
	return (word_near(&w->start_words, 0, p, len, us, ae, b->offset) ||
	        word_near(&w->pair_starts, 0, p, len, us, ae, b->offset)) &&
	       (word_near(&w->end_words, 0, p, len, ae, be, ue) ||
	        word_near(&w->pair_ends, 0, p, len, ae, be, ue)) ? SPAN_ENDS : 0;
}

/* The length of a dash ("–", "—") at i; 0: none. */
static size_t dash_at(const char *p, size_t len, size_t i)
{
	return i + 3 <= len && (memcmp(p + i, "\xe2\x80\x93", 3) == 0 ||
	                        memcmp(p + i, "\xe2\x80\x94", 3) == 0) ? 3 : 0;
}

/*
 * Whether a colon or a dash follows the length at e, the dates after it
 * explaining it ("vão durar 13 dias: começam a 7 de outubro e terminam
 * a 13", "ten days — Monday 9 June to Friday 13 June").
 */
static int explains(const char *p, size_t len, size_t e)
{
	e = errata__skip_space(p, len, e);
	return e < len && (p[e] == ':' || dash_at(p, len, e));
}

/*
 * Whether [s, e), between a range and a length whose noun phrase comes
 * after it, makes that phrase say what the range's subject is: a copula
 * (copulas, pair_copulas: "and will be a five-day fair", "wordt een
 * vijfdaags feest", "a bude to pětidenní slavnost") with and_words,
 * articles and event_pronouns, or a comma or a dash and an article
 * alone (apposition: "…, a five-day celebration"); a verb of being held
 * only after a range that opens the sentence ("Vom 3. bis 5. Juli
 * findet das fünftägige Weinfest statt"); a word of year_shifts the
 * range's ("som går fra 17. til 19. februar neste år, blir"). Four words
 * at most.
 */
static int predicate_gap(const errata__words *w, const char *p, size_t len, size_t s, size_t e,
                         int opens)
{
	const errata__wordlist *lists[] = { &w->copulas, &w->pair_copulas, &w->held_verbs,
	                                    &w->articles, &w->and_words, &w->event_pronouns,
	                                    &w->year_shifts };
	int words = 0, marks = 0, link = 0, others = 0;

	while (s < e) {
		size_t best = 0, kb = 0, d;

		if (p[s] == ' ') {
			s++;
			continue;
		}
		if (p[s] == ',' || (d = dash_at(p, len, s)) > 0) {
			marks++;
			s += p[s] == ',' ? 1 : d;
			continue;
		}
		for (size_t k = 0; k < sizeof(lists) / sizeof(lists[0]); k++) {
			size_t m = errata__words_match(lists[k], p, len, s, NULL);

			if (m > best) {
				best = m;
				kb = k;
			}
		}
		if (!best || ++words > 4 || (kb == 2 && !opens))
			return 0;
		link |= kb < 3;
		others |= kb > 3;
		s += best;
	}
	return marks <= 1 && (link || (marks == 1 && !others));
}

/*
 * Whether the noun phrase of x, ending at pe, closes its clause: a mark
 * or the sentence's end (before se) follows, or an "of" (duration_of)
 * or a place (place_preps) and a few words up to one ("a five-day
 * celebration of local crafts, according to organisers", "een vijfdaags
 * feest in het centrum."); not a verb after it ("After talks from May
 * 1 to May 3, a two-week tour begins"), nor "'s" ("is the five-day
 * festival's finale").
 */
static int phrase_closes(const errata__words *w, const char *p, size_t len, size_t pe, size_t se)
{
	size_t n, at = errata__skip_space(p, len, pe);
	int words = 0;

	if (at >= se || (!errata__is_word_byte(p, len, at) && errata__next_word_start(p, len, at, se) >= se) ||
	    p[at] == ',' || p[at] == '.' || p[at] == ';' || p[at] == ':' ||
	    p[at] == ')' || dash_at(p, len, at) || (at + 3 <= len && mark_in(p, at, at + 3)))
		return 1;
	if (at > pe && ((n = errata__words_match(&w->duration_of, p, len, at, NULL)) > 0 ||
	                (n = errata__words_match(&w->place_preps, p, len, at, NULL)) > 0)) {
		for (at += n; at < se && words <= 6; at++) {
			if (p[at] == ',' || p[at] == ';' || p[at] == ':' || dash_at(p, len, at))
				return 1;
			if (errata__word_start(p, len, at) &&
			    (++words > 6 || errata__words_match(&w->start_words, p, len, at, NULL) ||
			     errata__words_match(&w->end_words, p, len, at, NULL) ||
			     errata__words_match(&w->lasting_verbs, p, len, at, NULL) ||
			     errata__words_match(&w->held_verbs, p, len, at, NULL) ||
			     errata__words_match(&w->copulas, p, len, at, NULL) ||
			     errata__words_match(&w->and_words, p, len, at, NULL)))
				return 0;
		}
		return words <= 6;
	}
	return 0;
}

/* Whether a count of days, weeks or nights starts at the word at i ("two days"). */
static int days_counted_at(const errata__words *w, const char *p, size_t len, size_t i)
{
	const errata__wordlist *units[] = { &w->day_units, &w->day_units_plural, &w->night_units,
	                                    &w->night_units_plural };
	size_t n, u;
	int v;

	if (!(n = errata__read_count(w, p, len, i, &v)))
		return 0;
	u = errata__skip_space(p, len, i + n);
	for (size_t k = 0; k < sizeof(units) / sizeof(units[0]); k++)
		if (errata__words_match(units[k], p, len, u, NULL))
			return 1;
	return 0;
}

/*
 * Whether a relative clause right after the phrase's end pe only says
 * what the event holds ("…, a nine-day run **that includes two rodeos**,
 * …", "een actie van vijf dagen die het land zal ontwrichten"): up to the
 * clause's end, no copula ("which **was** cut short by the storm" tells
 * how it changed), no word of a start, an end or a moved date, and no
 * count of days ("that lost two days to rain"); the pronoun its verb's
 * subject, no article after it ("which the rain cut short").
 */
static int describes(const errata__words *w, const char *p, size_t len, size_t pe, size_t se)
{
	const errata__wordlist *changes[] = { &w->copulas, &w->start_words, &w->end_words,
	                                      &w->pair_starts, &w->pair_ends, &w->shift_words,
	                                      &w->exclusion_words };
	size_t at = errata__skip_space(p, len, pe), n;

	if (at >= se || !(n = errata__words_match(&w->relative_pronouns, p, len, at, NULL)) ||
	    errata__is_word_byte(p, len, at + n))
		return 0;
	/* the pronoun the verb's subject, not its object: "which the rain cut short" */
	if (errata__words_match(&w->articles, p, len, errata__skip_space(p, len, at + n), NULL))
		return 0;
	for (size_t i = at + n; i < se && p[i] != ',' && p[i] != ';' && p[i] != ':' && !dash_at(p, len, i);
	     i++) {
		if (!errata__word_start(p, len, i))
			continue;
		for (size_t k = 0; k < sizeof(changes) / sizeof(changes[0]); k++)
			if (errata__words_match(changes[k], p, len, i, NULL))
				return 0;
		if (days_counted_at(w, p, len, i))
			return 0;
	}
	return 1;
}

/* Where the phrase of x starts: its noun when the noun stands before the count. */
static size_t phrase_start(const errata__pair_length *x)
{
	return x->noun_len && x->noun < x->start ? x->noun : x->start;
}

/*
 * Whether the noun phrase of x (or the length alone), after the range of
 * a and b (be: its end) in sentence [ss, se), says what the range's
 * subject is (predicate_gap()) and closes its clause (phrase_closes(); a
 * relative clause may tell why the range differs: "…, a nine-day run
 * which was cut short"; after a verb of being held it may go on:
 * "…Weinfest auf dem Marktplatz statt").
 * Not after a range that a word of pair_asides leads ("After talks from
 * May 1 to May 3, …").
 */
static int predicates(const errata__words *w, const char *p, size_t len,
                      const errata__pair_length *x, const errata_mention *a, size_t be, size_t ss,
                      size_t se)
{
	size_t ps = phrase_start(x);
	size_t pe = x->noun_len && x->noun + x->noun_len > x->end ? x->noun + x->noun_len : x->end;
	const errata__wordlist *lead[] = { &w->articles, &w->span_links };
	int opens = only_words(lead, 2, p, len, ss, a->offset);

	if (ps < be || errata__words_in(&w->pair_asides, p, len, ss, a->offset) ||
	    !predicate_gap(w, p, len, be, ps, opens))
		return 0;
	return phrase_closes(w, p, len, pe, se) || describes(w, p, len, pe, se) ||
	       (opens && errata__words_in(&w->held_verbs, p, len, be, ps));
}

/*
 * Whether a word of the table's event_nouns is the noun of x, or the
 * word right after it (the noun may be read past it: "event draws").
 */
static int event_noun(const errata__words *w, const char *p, size_t len, const errata__pair_length *x)
{
	size_t at = errata__skip_space(p, len, x->end), n;

	if (x->noun_len && errata__words_match(&w->event_nouns, p, len, x->noun, NULL) == x->noun_len)
		return 1;
	return x->noun_len && at < len && (n = errata__words_match(&w->event_nouns, p, len, at, NULL)) > 0 &&
	       !errata__is_word_byte(p, len, at + n);
}

/*
 * Whether one word of referents opens the sentence (at ss) of x, right
 * before its phrase ("Ten pięciodniowy festyn …", "Den femdagars
 * marknaden …").
 */
static int referent_opens(const errata__words *w, const char *p, size_t len,
                          const errata__pair_length *x, size_t ss)
{
	size_t ws = start_of_word_before(p, len, phrase_start(x));

	if (ws < phrase_start(x) && errata__next_word_start(p, len, ss, ws) == ws &&
	    errata__words_match(&w->referents, p, len, ws, NULL) > 0)
		return 1;
	/*
	 * in a table without articles, a noun of event_nouns needs none: the
	 * phrase opens the sentence ("Kuusipäiväinen tapahtuma houkuttelee …")
	 */
	return !w->articles.count && errata__next_word_start(p, len, ss, phrase_start(x)) == phrase_start(x) &&
	       event_noun(w, p, len, x);
}

/* Whether the word at i ends in one of definite_endings, past a letter: "Festivalul", "Jazzfestivalen". */
static int definite_at(const errata__words *w, const char *p, size_t len, size_t i)
{
	size_t e = i;

	while (e < len && errata__is_word_byte(p, len, e))
		e++;
	for (size_t k = 0; k < w->definite_endings.count; k++) {
		const errata__word *d = &w->definite_endings.items[k];

		if (d->len < e - i && memcmp(p + e - d->len, d->word, d->len) == 0)
			return 1;
	}
	return 0;
}

/*
 * Whether the phrase of x opens its sentence (at ss) bare, in a table
 * that writes no articles, or with its noun first, definite by its
 * ending: "Dokuz gün sürecek festivalde …", "Festivalul de nouă zile …"
 * may name again the event of the sentence before (refers_back()).
 */
static int opens_bare(const errata__words *w, const char *p, size_t len, const errata__pair_length *x,
                      size_t ss)
{
	if (errata__next_word_start(p, len, ss, phrase_start(x)) != phrase_start(x))
		return 0;
	return !w->articles.count || (x->noun_len && x->noun < x->start && definite_at(w, p, len, x->noun));
}

/*
 * Whether the word at i of the sentence of the dates (ending at de) is
 * the noun [ns, ns + nl) named again: the same word or its definite
 * form ("Jazzfestivalen" … "den nidages festival"), or, opening bare in
 * a table with no articles, the same stem of five bytes at least with
 * case endings of four bytes at most ("Festivali" … "festivalde").
 */
static int same_noun(const errata__words *w, const char *p, size_t len, size_t i, size_t de, size_t ns,
                     size_t nl, int bare)
{
	size_t n = nl, c, d;

	if (!(errata__word_start(p, len, i) || (nl >= 4 && errata__word_before(p, len, i))))
		return 0;
	/* the same word, or its definite form ("festival" … "Jazzfestivalen") */
	if (!bare) {
		if (i + n > de || !errata__same_folded(p + i, p + ns, n))
			return 0;
		d = errata__words_match(&w->definite_endings, p, len, i + n, NULL);
		return !errata__is_word_byte(p, len, i + n) || (d > 0 && !errata__is_word_byte(p, len, i + n + d));
	}
	for (n = 0; i + n < de && errata__is_word_byte(p, len, i + n); n++)
		;
	/* the stem both share, less a case ending of four bytes at most on each */
	for (c = n < nl ? n : nl; c >= 5 && !errata__same_folded(p + i, p + ns, c); c--)
		;
	return c >= 5 && n - c <= 4 && nl - c <= 4;
}

/*
 * Whether the noun of x, or the word after the length when the noun is
 * read past it ("show draws", "festiwal przyciągnie"), is a word of
 * [s, e), as same_noun() reads it (bare: by its stem).
 */
static int noun_named(const errata__words *w, const char *p, size_t len, const errata__pair_length *x,
                      size_t s, size_t e, int bare)
{
	size_t ns[2] = { x->noun, errata__skip_space(p, len, x->end) }, nl[2] = { x->noun_len, 0 };

	if (!x->noun_len)
		return 0;
	while (ns[1] + nl[1] < len && errata__is_word_byte(p, len, ns[1] + nl[1]))
		nl[1]++;
	for (int k = 0; k < 2; k++)
		for (size_t i = s; nl[k] >= 3 && i < e; i++)
			if (same_noun(w, p, len, i, e, ns[k], nl[k], bare))
				return 1;
	return 0;
}

/*
 * Whether the length x, with a noun and opening the sentence after the
 * one [ds, de) of its dates, names their event again: after a referent,
 * when its noun is a word of that sentence or the head that ends one
 * ("Marknaden … hålls 6–8 augusti. Den femdagars marknaden …", "Das
 * Stadtfest … Dieses viertägige Fest"; not "This three-week campaign"),
 * and no relative clause nor word of pair_asides goes on from it ("The
 * two-week show that follows", "… after it": another).
 */
static int refers_back(const errata__words *w, const char *p, size_t len,
                       const errata__pair_length *x, size_t ss, size_t ds, size_t de)
{
	size_t after = errata__skip_space(p, len, x->noun_len ? x->noun + x->noun_len : x->end);
	int bare = 0;

	if (de > ss || !(referent_opens(w, p, len, x, ss) || (bare = opens_bare(w, p, len, x, ss))) ||
	    errata__words_match(&w->relative_pronouns, p, len, after, NULL) ||
	    errata__words_match(&w->pair_asides, p, len, after, NULL))
		return 0;
	/* "the event", "tapahtuma": a noun of event_nouns names whatever event the dates are */
	return event_noun(w, p, len, x) || noun_named(w, p, len, x, ds, de, bare);
}

/*
 * Whether the aside [s, e) before a count says only that it is the
 * length of the noun before the aside: words of relative_pronouns,
 * lasting_verbs, span_links, time_asides, articles and duration_of, and
 * at most two others that end before a word of duration_of ("qui dure",
 * "que este año dura", "une manifestation de", "com duração de"; not "que
 * antes duraba", "которая раньше длилась": another time's).
 */
static int length_aside(const errata__words *w, const char *p, size_t len, size_t s, size_t e)
{
	const errata__wordlist *lists[] = { &w->relative_pronouns, &w->lasting_verbs, &w->span_links,
	                                    &w->time_asides, &w->articles, &w->duration_of };
	int others = 0, of = 1;

	for (s = errata__next_word_start(p, len, s, e); s < e; s = errata__next_word_start(p, len, s, e)) {
		size_t m = 0;

		for (size_t k = 0; !m && k < sizeof(lists) / sizeof(lists[0]); k++)
			m = errata__words_match(lists[k], p, len, s, NULL);
		if (m) {
			of |= errata__words_match(&w->duration_of, p, len, s, NULL) > 0;
			s += m;
			continue;
		}
		others++;
		of = 0;
		while (s < e && errata__is_word_byte(p, len, s))
			s++;
	}
	return others <= 2 && of;
}

/*
 * Whether a length x set off before a start and an end (the start's date
 * at as, the end's date ending at be, in the sentence [ss, se)) is the
 * length of the subject they open and close: only a mark, a start word
 * and an article between ("Le salon, une manifestation de neuf jours,
 * ouvrira le 25 …", "Ярмарка, которая продлится семь дней, откроется 13
 * …"), its aside saying no more (length_aside()), and nothing after the
 * end's date in its sentence: "… and closed Aug. 4 after a storm" may
 * tell it was cut short.
 */
/*
 * Whether the end's date that ends at be closes the sentence that ends at
 * se: a full stop at most after it; with `verb`, the rest of its word
 * and an end word first ("16 Şubat'ta sona erecek.").
 */
static int end_closes(const errata__words *w, const char *p, size_t len, size_t be, size_t se,
                      int verb)
{
	size_t at = be, n;

	if (verb) {
		while (at < se && (errata__is_word_byte(p, len, at) || p[at] == '\''))
			at++;
		if ((n = end_at(w, p, len, errata__skip_space(p, len, at))) > 0)
			at = errata__skip_space(p, len, at) + n;
	}
	at = errata__skip_space(p, len, at);
	return at >= se || ((p[at] == '.' || p[at] == '!') && errata__skip_space(p, len, at + 1) >= se);
}

static int aside_starts(const errata__words *w, const char *p, size_t len,
                        const errata__pair_length *x, size_t as, size_t be, size_t ss, size_t se)
{
	const errata__wordlist *lists[] = { &w->start_words, &w->pair_starts, &w->articles };
	size_t open = mark_end(p, ss, x->start);

	return open && mark_in(p, x->end, as) && only_words(lists, 3, p, len, x->end, as) &&
	       length_aside(w, p, len, open, x->start) && end_closes(w, p, len, be, se, 0);
}

/*
 * Whether only words of the n lists stand in [s, e), past the rest of a
 * word at s ("'ta" after "1 Aralık"), and a short word right before e
 * ("pe", "on", "am": a word that leads a date).
 */
static int plain_gap(const errata__wordlist *const *lists, size_t n, const char *p, size_t len,
                     size_t s, size_t e)
{
	size_t at, m = 0;

	while (s < e && (errata__is_word_byte(p, len, s) || p[s] == '\''))
		s++;
	for (at = errata__next_word_start(p, len, s, e); at < e; at = errata__next_word_start(p, len, at + m, e)) {
		m = 0;
		for (size_t k = 0; !m && k < n; k++)
			m = errata__words_match(lists[k], p, len, at, NULL);
		if (m)
			continue;
		for (; at + m < e && errata__is_word_byte(p, len, at + m); m++)
			;
		if (m > 3 || errata__skip_space(p, len, at + m) != e)
			return 0;
	}
	return 1;
}

/*
 * Whether a length x that opens its sentence [ss, se) is the subject a
 * start and an end then date (the start's date from as to ae, the end's
 * from bs to be), so that the end stated is the event's, shorter or not:
 * an article or a referent at most before it; between its phrase and the
 * start's date, no mark, only words of start_words, pair_starts,
 * articles and span_links, and, when its noun is not read ("două
 * săptămâni de vacanță"), a word of duration_of and one word after the
 * length; between the dates, words of and_words, end_words, pair_ends,
 * articles and span_links (no subject of the end's own: "and its first
 * round ended"); a short word right before each date; the end's date
 * closing the sentence, its end word after it at most ("Cele două
 * săptămâni de vacanță încep pe 8 iunie și se termină pe 12 iunie", "Üç
 * haftalık tatil 1 Aralık'ta başlayıp 8 Aralık'ta bitecek"). "… and
 * closed Aug. 4 after a storm" may tell it was cut short.
 */
static int subject_starts(const errata__words *w, const char *p, size_t len,
                          const errata__pair_length *x, const errata_mention *a,
                          const errata_mention *b, size_t ss, size_t se)
{
	const errata__wordlist *lead[] = { &w->articles, &w->referents };
	const errata__wordlist *gap[] = { &w->start_words, &w->pair_starts, &w->articles, &w->span_links };
	const errata__wordlist *ends[] = { &w->and_words, &w->end_words, &w->pair_ends, &w->articles,
	                                   &w->span_links, &w->start_words, &w->pair_starts };
	size_t ps = phrase_start(x), at, n;

	if (words_before(p, len, ss, ps) > 1 || !only_words(lead, 2, p, len, ss, ps) ||
	    mark_in(p, x->end, a->offset))
		return 0;
	at = x->noun_len && x->noun > x->end ? x->noun + x->noun_len : x->end;
	/* "două săptămâni de vacanță": the noun of a length of that shape is not noted */
	n = errata__words_match(&w->duration_of, p, len, errata__skip_space(p, len, at), NULL);
	if (!x->noun_len && n > 0) {
		at = errata__skip_space(p, len, errata__skip_space(p, len, at) + n);
		while (at < a->offset && errata__is_word_byte(p, len, at))
			at++;
	}
	return plain_gap(gap, 4, p, len, at, a->offset) &&
	       plain_gap(ends, 7, p, len, a->offset + a->length, b->offset) &&
	       end_closes(w, p, len, b->offset + b->length, se, 1);
}

/*
 * Whether the length x speaks of the span of mentions a and b, of the
 * kind one_span() gives, so that being `off` days from it is an error;
 * `same`: all three in one sentence. A stay's dates are its nights. A
 * length before its dates: one they restate, else a range shorter than
 * it (a longer one may hold it: "for five days between July 1 and July
 * 31"), or explain (explains()), or a start and an end longer than it (a shorter may cut it short:
 * "closed Aug. 4 after a storm"). After its dates, a length with no noun
 * of its own: one that restates them ("30-ig, kilenc hónapig tartott"),
 * one a word of span_equals or pair_links ties to them ("soit quatre
 * ans", "therefore"), or one the range cannot hold with no clause
 * between ("Between 1 and 12 December the ferry is suspended for four
 * weeks"). A noun after the dates ("a two-week tour begins") is
 * another event's.
 */
/*
 * Whether the length x opens its sentence (at ss) as the time over which
 * it tells what happens: past a word of span_links at most, the length
 * then a span_links word at most and a comma ("Over five days, forty
 * groups perform", "5日間にわたり、約40団体が出演する").
 */
static int opens_over(const errata__words *w, const char *p, size_t len,
                      const errata__pair_length *x, size_t ss)
{
	size_t at = errata__skip_space(p, len, x->end), n;

	if (!only_words((const errata__wordlist *[]){ &w->span_links }, 1, p, len, ss, x->start) ||
	    words_before(p, len, ss, x->start) > 1)
		return 0;
	if ((n = errata__words_match(&w->span_links, p, len, at, NULL)) > 0)
		at = errata__skip_space(p, len, at + n);
	return at < len && (p[at] == ',' || (at + 3 <= len && (memcmp(p + at, "\xe3\x80\x81", 3) == 0 ||
	                                                       memcmp(p + at, "\xef\xbc\x8c", 3) == 0)));
}

/*
 * Whether the dates a and b (ending at be) open the sentence that starts
 * at ss, past two words of articles, span_links or the words of a start
 * or an end at most ("From July 1 to July 26,", "Fermée à partir du 1er
 * juillet et jusqu'au 26 juillet,"), and a comma right after them is the
 * only break up to the length x: no other mark, nor a word of and_words,
 * clause_openers or relative_pronouns, and the length closes the
 * sentence, which ends at se (phrase_closes()). The length is then in the
 * one clause the dates lead ("…, the pool will stay closed for eight
 * weeks."; not "…, players who trained for eight weeks compete").
 */
static int leads_clause(const errata__words *w, const char *p, size_t len,
                        const errata__pair_length *x, const errata_mention *a, size_t be, size_t ss,
                        size_t se)
{
	const errata__wordlist *lead[] = { &w->articles, &w->span_links, &w->pair_starts, &w->pair_ends,
	                                   &w->start_words };
	size_t at = errata__skip_space(p, len, be);

	if (!only_words(lead, 5, p, len, ss, a->offset) || mark_in(p, ss, a->offset) || at >= x->start ||
	    p[at] != ',')
		return 0;
	return !clause_break(w, p, len, at + 1, x->start) &&
	       !errata__words_in(&w->relative_pronouns, p, len, at + 1, x->start) &&
	       phrase_closes(w, p, len, x->end, se);
}

/*
 * Whether the sentence of the length x, starting at ss, opens with its
 * name as a length: an article at most, a word of length_nouns and one
 * of duration_of right before it, a comma or a stop right after it
 * ("Une durée de vingt-six jours, annoncent …"; not "Une durée de 15
 * jours est prévue pour le montage"): it restates the range of the
 * sentence before.
 */
static int length_named(const errata__words *w, const char *p, size_t len, const errata__pair_length *x,
                        size_t ss)
{
	size_t a = errata__skip_space(p, len, ss), n;

	if ((n = errata__words_match(&w->articles, p, len, a, NULL)) > 0)
		a = errata__skip_space(p, len, a + n);
	if (!(n = errata__words_match(&w->length_nouns, p, len, a, NULL)))
		return 0;
	a = errata__skip_space(p, len, a + n);
	if ((n = errata__words_match(&w->duration_of, p, len, a, NULL)) > 0)
		a = errata__skip_space(p, len, a + n);
	n = errata__skip_space(p, len, x->end);
	return a == x->start && (n >= len || p[n] == ',' || p[n] == '.' || p[n] == '!');
}

/*
 * Whether [s, e) holds `most` words at most, each of the n lists, the
 * noun of x (x may be NULL) or of three bytes at most and not of
 * pronouns: words that only lead a date of the event already named
 * ("It opens on", "which closes on"; not "She arrives on", "Ticket
 * sales close on").
 */
static int few_words(const errata__words *w, const errata__wordlist *const *lists, size_t n,
                     const errata__pair_length *x, const char *p, size_t len, size_t s, size_t e, int most)
{
	int words = 0;

	for (size_t i = errata__next_word_start(p, len, s, e), m; i < e; i = errata__next_word_start(p, len, i + m, e)) {
		m = 0;
		for (size_t k = 0; !m && k < n; k++)
			m = errata__words_match(lists[k], p, len, i, NULL);
		if (!m && x && x->noun_len && same_noun(w, p, len, i, e, x->noun, x->noun_len, 0))
			m = x->noun_len;
		if (!m) {
			while (i + m < len && errata__is_word_byte(p, len, i + m))
				m++;
			if (m > 3 || errata__words_match(&w->pronouns, p, len, i, NULL))
				return 0;
		}
		if (++words > most)
			return 0;
		m = m ? m : 1;
	}
	return 1;
}

/*
 * Whether the length x closes its sentence [ss, se) right after a verb of
 * lasting (past a word of span_links: "pågår i nio dagar"), and the next
 * sentence, which dates it from a, names no other subject: before its
 * first date at most four words, each of event_pronouns, thing_owners,
 * articles, referents, start_words, pair_starts or span_links, or of
 * three bytes at most, not of pronouns; between the dates, no subject
 * of the end's own (plain_gap(): "… and the tour ends on June 24")
 * ("The festival lasts nine days. It opens on June 14 and closes on June
 * 24", "Festiwal potrwa dziewięć dni. Rozpocznie się 14 czerwca …"; not
 * "… Tickets go on sale on June 1", "… She arrives on June 14").
 */
static int lasts_then_dated(const errata__words *w, const char *p, size_t len,
                            const errata__pair_length *x, const errata_mention *a,
                            const errata_mention *b, size_t ss, size_t se)
{
	const errata__wordlist *lists[] = { &w->event_pronouns, &w->thing_owners, &w->articles, &w->referents,
	                                    &w->start_words, &w->pair_starts, &w->span_links };
	const errata__wordlist *ends[] = { &w->and_words, &w->end_words, &w->pair_ends, &w->articles,
	                                   &w->span_links, &w->start_words, &w->pair_starts };
	size_t at = x->start, link = start_of_word_before(p, len, x->start), ds, de;

	if (link < at && link > ss && errata__words_match(&w->span_links, p, len, link, NULL) &&
	    !list_ends_before(&w->lasting_verbs, p, len, at))
		at = link;
	if (!list_ends_before(&w->lasting_verbs, p, len, at) || start_of_word_before(p, len, at) <= ss ||
	    !end_closes(w, p, len, x->end, se, 0) || a->offset < se ||
	    !plain_gap(ends, 7, p, len, a->offset + a->length, b->offset))
		return 0;
	errata__sentence(w, p, len, a->offset, &ds, &de);
	if (ds < se)
		return 0;
	return few_words(w, lists, sizeof(lists) / sizeof(lists[0]), NULL, p, len, ds, a->offset, 4);
}

/* Whether a word of definite_lengths stands right before the count of x: "the", "alle", "цих". */
static int definite_lead(const errata__words *w, const char *p, size_t len, const errata__pair_length *x)
{
	size_t d = start_of_word_before(p, len, x->start), n;

	return d < x->start && (n = errata__words_match(&w->definite_lengths, p, len, d, NULL)) > 0 &&
	       errata__skip_space(p, len, d + n) == x->start;
}

/*
 * Whether x, "four days of …" right after a word of definite_lengths,
 * names in its "of" the event of the sentence [ds, de) of its range: the
 * word after duration_of (past an article) is a word of that sentence
 * before x ("Durante los cuatro días de feria" after "La feria se
 * celebra del 1 al 3 de junio", "the four days of the festival"; not
 * "the four days of rehearsals", which may be other days). The noun may
 * qualify another ("the two days of the festival weekend"): speaks_of()
 * takes it only when the range cannot hold the length.
 */
static int definite_part(const errata__words *w, const char *p, size_t len, const errata__pair_length *x,
                         size_t ds, size_t de)
{
	size_t at = errata__skip_space(p, len, x->end), n, e;

	if (!x->part || !definite_lead(w, p, len, x) || !(n = errata__words_match(&w->duration_of, p, len, at, NULL)))
		return 0;
	at = errata__skip_space(p, len, at + n);
	if ((n = errata__words_match(&w->articles, p, len, at, NULL)) > 0)
		at = errata__skip_space(p, len, at + n);
	for (e = at; e < len && errata__is_word_byte(p, len, e); e++)
		;
	if (e - at < 3)
		return 0;
	de = de < x->start ? de : x->start;
	for (size_t i = ds; i < de; i++)
		if (same_noun(w, p, len, i, de, at, e - at, 0))
			return 1;
	return 0;
}

/*
 * Whether x, a length with no noun right after a word of
 * definite_lengths ("over the four days", "i løbet af alle fire dage",
 * "упродовж цих десяти днів"), is days the reader already knows: the
 * whole span of the range before it. Only when a mark or the sentence's
 * end closes it, or when it opens its clause (one word at most before
 * it) and a lower-case word of no list that makes them other days goes
 * on from it, of five bytes at least unless a copula or an auxiliary of
 * the future (anniversary_future: "vor cânta"; a short word may be a
 * pronoun that opens a clause of its own: "the two days it rained",
 * "the four days we spent"): "the four days between the weekends", "the
 * two days he spent", "the four days that followed", "instead of the
 * four days planned" (two words before it) are not.
 */
static int definite_length(const errata__words *w, const char *p, size_t len, const errata__pair_length *x,
                           size_t ss)
{
	const errata__wordlist *other[] = { &w->relative_pronouns, &w->pronouns, &w->event_pronouns,
	                                    &w->first_person, &w->articles, &w->referents,
	                                    &w->window_links, &w->pair_asides, &w->place_preps,
	                                    &w->duration_of, &w->and_words, &w->definite_lengths };
	size_t d = start_of_word_before(p, len, x->start), at, cs, we;

	if (x->noun_len || x->part || !definite_lead(w, p, len, x))
		return 0;
	at = errata__skip_space(p, len, x->end);
	if (at >= len || !errata__is_word_byte(p, len, at))
		return 1;
	cs = mark_end(p, ss, d);
	if (words_before(p, len, cs > ss ? cs : ss, d) > 1 || !errata__word_start(p, len, at) ||
	    errata__capital_letter_at(p, len, at) || (p[at] >= '0' && p[at] <= '9'))
		return 0;
	for (size_t k = 0; k < sizeof(other) / sizeof(other[0]); k++)
		if (errata__words_match(other[k], p, len, at, NULL))
			return 0;
	for (we = at; we < len && errata__is_word_byte(p, len, we); we++)
		;
	return we - at > 4 || errata__words_match(&w->copulas, p, len, at, NULL) == we - at ||
	       errata__words_match(&w->anniversary_future, p, len, at, NULL) >= we - at;
}

static int speaks_of(const errata__words *w, const char *p, size_t len,
                     const errata__pair_length *x, const errata_mention *a,
                     const errata_mention *b, int kind, long off, int same)
{
	size_t be = b->offset + b->length, v, ss, se, ds, de;

	if (kind == SPAN_STAY)
		return 1;
	errata__sentence(w, p, len, x->start, &ss, &se);
	if (x->end <= a->offset && !same)
		return !x->part && lasts_then_dated(w, p, len, x, a, b, ss, se);
	if (x->end <= a->offset)
		return same && (restates(w, p, len, x->end, a->offset, 1) || (!x->part && explains(p, len, x->end)) ||
		                (kind == SPAN_RANGE ? off < 0 : off > 0) ||
		                (kind == SPAN_ENDS && (aside_starts(w, p, len, x, a->offset, be, ss, se) ||
		                                        subject_starts(w, p, len, x, a, b, ss, se))));
	if (x->noun_len && same)
		return predicates(w, p, len, x, a, be, ss, se);
	if (!same && x->noun_len) {
		/* both dates in the sentence before */
		errata__sentence(w, p, len, a->offset, &ds, &de);
		return b->offset < de && refers_back(w, p, len, x, ss, ds, de);
	}
	if (x->start < be)
		return 0;
	/* "… to June 14, and 100,000 visitors are expected over the four days" */
	if (definite_length(w, p, len, x, ss))
		return 1;
	/* "… del 1 al 3 de junio. Durante los cuatro días de feria": when the range cannot hold them */
	errata__sentence(w, p, len, a->offset, &ds, &de);
	if (off < 0 && definite_part(w, p, len, x, ds, de))
		return 1;
	/* the end word after its date is the span's: "10月5日闭幕，为期六天" */
	if (kind == SPAN_ENDS && (v = end_at(w, p, len, errata__skip_space(p, len, be))) > 0)
		be = errata__skip_space(p, len, be) + v;
	/* "…, lasting five days.", "，为期六天。": a span link after a mark restates it */
	if (same && !x->part && mark_in(p, be, x->start) && phrase_closes(w, p, len, x->end, se) &&
	    only_words((const errata__wordlist *[]){ &w->span_links }, 1, p, len, be, x->start))
		return 1;
	if (errata__words_in(&w->span_equals, p, len, be, x->start) ||
	    errata__words_in(&w->pair_links, p, len, be, x->start))
		return 1;
	if (!same && !x->part && off < 0 && opens_over(w, p, len, x, ss))
		return 1;
	if (!same && !x->part && length_named(w, p, len, x, ss))
		return 1;
	if (!same || x->part)
		return 0;
	/* "…hasta el 1 de mayo, seis semanas.": the length alone in apposition */
	if (predicates(w, p, len, x, a, be, ss, se))
		return 1;
	v = errata__skip_space(p, len, x->end);
	/* "Festival 5-8 Haziran tarihleri arasında üç gün sürecek": a verb of
	 * lasting right after the length, and only words of held_verbs
	 * between the range and it, the range's own postposition */
	if (errata__words_match(&w->lasting_verbs, p, len, v, NULL) && !clause_break(w, p, len, be, x->start) &&
	    only_words((const errata__wordlist *[]){ &w->held_verbs }, 1, p, len, be, x->start))
		return 1;
	if (restates(w, p, len, be, x->start, 0) &&
	    (!clause_break(w, p, len, be, x->start) || errata__words_match(&w->lasting_verbs, p, len, v, NULL) ||
	     errata__words_in(&w->lasting_verbs, p, len, be, x->start)))
		return 1;
	return off < 0 && (!clause_break(w, p, len, be, x->start) || leads_clause(w, p, len, x, a, be, ss, se));
}

/*
 * Whether the byte at i is inside a date mention; *m, the index of the
 * first mention that may hold it, moves on (calls in text order).
 */
static int in_date(const errata_check_ctx *ctx, size_t *m, size_t i)
{
	size_t count = errata_mentions_count(ctx->mentions);
	const errata_mention *d = NULL;

	for (; *m < count; ++*m) {
		d = errata_mentions_get(ctx->mentions, *m);
		if (d->offset + d->length > i)
			break;
	}
	return *m < count && d->offset <= i;
}

/*
 * Whether a time of the length's own stands around it in its clause
 * (within [us, ue)): a year written in digits outside the range ("three
 * days in 2019", "the two-week stoppage of 2019") or a word of
 * year_shifts ("last year", "que el año pasado duró dos semanas").
 */
static int own_time(const errata_check_ctx *ctx, const errata__words *w,
                    const errata__pair_length *x, size_t us, size_t ue)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, e = x->end, s = x->start, m;

	while (e < ue && e < x->end + 48 && p[e] != ',' && p[e] != ';' && p[e] != '.')
		e++;
	while (s > us && s + 48 > x->start && p[s - 1] != ',' && p[s - 1] != ';' && p[s - 1] != '.')
		s--;
	m = errata__mention_at(ctx->mentions, s);
	for (size_t i = s; i < e; i++) {
		if (in_date(ctx, &m, i))
			continue;
		if (errata__read_year(p, len, i) ||
		    (errata__word_start(p, len, i) && errata__words_match(&w->year_shifts, p, len, i, NULL)))
			return 1;
	}
	return 0;
}

/* Whether the length's noun is an event of one kind and [s, e) names one of another. */
static int other_kind(const errata__words *w, const char *p, size_t len,
                      const errata__pair_length *x, size_t s, size_t e)
{
	int kind = 0, k;

	if (!x->noun_len || errata__words_match(&w->event_kinds, p, len, x->noun, &kind) == 0)
		return 0;
	for (size_t i = s; i < e; i++)
		if (errata__words_may_start(&w->event_kinds, p, len, i) && errata__word_start(p, len, i) &&
		    errata__words_match_from(&w->event_kinds, p, len, i, &k) && k != kind)
			return 1;
	return 0;
}

/*
 * pair_unit() for a length with a noun in the sentence [ss, se) when its
 * paragraph holds other dates: the two dates of the sentence right
 * before it, its only ones ("… 14-24 Haziran tarihleri arasında
 * düzenlenecek. Dokuz gün sürecek festivalde …"; the noun must then
 * name their event, refers_back()). 2, or 0 when there are no such.
 */
static int dates_before(const errata_check_ctx *ctx, const errata__words *w, size_t ss, size_t se,
                        size_t *us, size_t *ue, size_t *first)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, e = ss, ds, de, a;

	while (e > 0 && (p[e - 1] == ' ' || p[e - 1] == '\t'))
		e--;
	if (e == 0 || p[e - 1] == '\n')
		return 0;
	errata__sentence(w, p, len, e - 1, &ds, &de);
	a = errata__mention_at(ctx->mentions, ds);
	if (!blank(p, de, ss) || errata__mention_at(ctx->mentions, de) - a != 2)
		return 0;
	*us = ds;
	*ue = se;
	*first = a;
	return 2;
}

/*
 * The unit [*us, *ue) whose two dates, mentions *first and *first + 1,
 * the length x is paired with: its sentence with exactly two dates (1),
 * or, with fewer, its paragraph holding exactly two dates and no other
 * length, each date in x's sentence or the one next to it (2). 0: none.
 */
static int pair_unit(const errata_check_ctx *ctx, const errata__words *w,
                     const errata__pair_lengths *l, const errata__pair_length *x, size_t *us,
                     size_t *ue, size_t *first)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, ss, se, ps, pe, a, b, n;

	errata__sentence(w, p, len, x->start, &ss, &se);
	if (lengths_in(l, ss, se) != 1)
		return 0;
	a = errata__mention_at(ctx->mentions, ss);
	b = errata__mention_at(ctx->mentions, se);
	if (b - a == 2) {
		*us = ss;
		*ue = se;
		*first = a;
		return 1;
	}
	/*
	 * across sentences, only a length with no noun of its own ("three
	 * weeks to reply"), or one a referent opens its sentence with
	 * (refers_back())
	 */
	if (b - a > 2 || (x->noun_len && !referent_opens(w, p, len, x, ss) && !opens_bare(w, p, len, x, ss)))
		return 0;
	errata__paragraph_bounds(p, len, x->start, &ps, &pe);
	if (lengths_in(l, ps, pe) != 1)
		return 0;
	a = errata__mention_at(ctx->mentions, ps);
	n = errata__mention_at(ctx->mentions, pe) - a;
	if (n != 2)
		return x->noun_len ? dates_before(ctx, w, ss, se, us, ue, first) : 0;
	*us = ss;
	*ue = se;
	for (size_t i = a; i < a + 2; i++) {
		size_t ds, de, at = errata_mentions_get(ctx->mentions, i)->offset;

		errata__sentence(w, p, len, at, &ds, &de);
		if (ds < ss && !blank(p, de, ss))
			return 0;
		if (ds > ss && !blank(p, se, ds))
			return 0;
		*us = ds < *us ? ds : *us;
		*ue = de > *ue ? de : *ue;
	}
	*first = a;
	return 2;
}

/*
 * The last day of x from the day number `start`: counted inclusively
 * (nights: the morning after the last), months and years by the calendar.
 */
static long last_day(const errata__pair_length *x, long start)
{
	errata_date d = errata_date_from_days(start);
	int m, y, dim;

	if (x->unit != 30 && x->unit != 365)
		return start + (long)x->count * x->unit - (x->nights ? 0 : 1);
	m = d.month - 1 + (x->unit == 30 ? x->count : 12 * x->count);
	y = d.year + m / 12;
	m = m % 12 + 1;
	dim = errata_date_days_in_month(y, m);
	return errata_date_to_days(y, m, d.day < dim ? d.day : dim) - (x->nights ? 0 : 1);
}

/*
 * How far the range may end from last_day() either way: a count of a
 * week or more by a day (one end counted or both), weeks by three days or
 * a quarter, months by ten or a quarter, years by half a year.
 */
static long slack(const errata__pair_length *x)
{
	long span = (long)x->count * x->unit, quarter = x->count >= 2 ? span / 4 : 0;

	if (x->unit == 365)
		return 183;
	if (x->unit == 30)
		return quarter > 10 ? quarter : 10;
	if (x->unit >= 7)
		return quarter > 3 ? quarter : 3;
	return span >= 7;
}

static int report(const errata_check_ctx *ctx, const errata__pair_length *x, long start,
                  long want, long got)
{
	errata_buf length = ERRATA_BUF_INIT;
	int error = errata_buf_put(&length, ctx->prose + x->start, x->end - x->start);

	/* as duration.c words a length beside its range: "{length} from {start} would end …" */
	error = error ? errata__oom() :
	                errata__duration_report(ctx, x->start, x->end - x->start, length.ptr, length.ptr,
	                                        "", x->nights, 1, start, want, got);
	errata_buf_dispose(&length);
	return error;
}

/*
 * Whether only a few words close the clause after `at`: four at most, no
 * number, none of and_words, clause_openers or relative_pronouns, up to a
 * stop, a comma or a semicolon ("… six weeks of conflict.", "… seks uger
 * uden løn."; not "… two weeks of talks and the union …").
 */
static int closes_soon(const errata__words *w, const char *p, size_t len, size_t at)
{
	int words = 0;

	for (size_t i = at; i < len; i++) {
		if (p[i] == '.' || p[i] == ',' || p[i] == ';' || p[i] == '!' || p[i] == '?' || p[i] == '\n')
			return 1;
		if (p[i] >= '0' && p[i] <= '9')
			return 0;
		if (errata__word_start(p, len, i) &&
		    (++words > 4 || errata__words_match(&w->and_words, p, len, i, NULL) ||
		     errata__words_match(&w->clause_openers, p, len, i, NULL) ||
		     errata__words_match(&w->relative_pronouns, p, len, i, NULL)))
			return 0;
	}
	return 1;
}

/*
 * Whether x, right after the end b of a start and an end (SPAN_ENDS), past
 * a comma and a word of the table's ended_after alone, is the time that
 * ended there and closes its clause ("ended on Jan. 30 after six weeks of
 * conflict", "terminó el 30 de enero tras seis semanas de conflicto",
 * "Den sluttede 28. august efter seks uger uden løn").
 */
static int ended_after(const errata__words *w, const char *p, size_t len,
                       const errata__pair_length *x, const errata_mention *b, int kind)
{
	size_t t = errata__skip_space(p, len, b->offset + b->length), n;

	if (kind != SPAN_ENDS || !w->ended_after.count)
		return 0;
	if (t < len && p[t] == ',')
		t = errata__skip_space(p, len, t + 1);
	return (n = errata__words_match(&w->ended_after, p, len, t, NULL)) > 0 &&
	       errata__skip_space(p, len, t + n) == x->start && closes_soon(w, p, len, x->end);
}

/*
 * Whether x misses the span from mention a to b by more than it may: *start
 * its first day, *want the last day x gives, *end the span's, *off the
 * difference. A count of days fits counted with both ends: "three days"
 * from the 1st to the 3rd ("from the 1st to the 4th" are four); nights
 * fit as nights or as the days of work they are ("tres nits seguides"
 * from the 1st to the 3rd), never past their count ("10 nights" from the
 * 5th to the 16th are 11); a time that runs out may end the day after
 * its last ("a 14-day quarantine" from March 3 to March 17). `named`: a count of days that names the event of
 * dates further off (refers_back(), length_named()) is as exact as one in
 * their sentence: "… 14-24 Haziran … Dokuz gün sürecek festivalde".
 */
static int misses(const errata__pair_length *x, const errata_mention *a, const errata_mention *b,
                  int named, long *start, long *want, long *end, long *off)
{
	long sl;

	if (!errata__mention_days(a, start) || !errata__mention_days(b, end) || *end <= *start)
		return 0;
	/*
	 * a length ten times its span or more, or a tenth of it, measures
	 * something else: "runs from June 1 to June 3, a 40-year tradition"
	 */
	if ((*end - *start + 1) * 10 <= (long)x->count * x->unit ||
	    (long)x->count * x->unit * 10 <= *end - *start + 1)
		return 0;
	*want = last_day(x, *start);
	*off = *end - *want;
	sl = named && x->unit == 1 ? 0 : slack(x);
	return *off < -sl - (x->nights ? 1 : 0) ||
	       *off > (x->nights ? 0 : x->unit == 1 ? x->runs_out : sl + 1);
}

/*
 * Judge x against the span from mention a to b, of the kind one_span()
 * gives; `same`: all in one sentence; `ended`: x ended at b (ended_after()),
 * flagged only when the span is too short to hold it ("after two weeks of
 * talks" may be their last part).
 */
static int judge_span(const errata_check_ctx *ctx, const errata__words *w,
                      const errata__pair_length *x, const errata_mention *a,
                      const errata_mention *b, int kind, int same, int ended, int named)
{
	long start, end, want, off;

	if (!misses(x, a, b, named, &start, &want, &end, &off))
		return 0;
	if (ended ? off > 0 : !speaks_of(w, ctx->prose, ctx->prose_len, x, a, b, kind, off, same))
		return 0;
	return report(ctx, x, start, want, end);
}

/*
 * Whether the words of the sentence [us, ue) make x some other time's
 * than its span's: a date moved, days left out, an event of another
 * kind, a time of the length's own.
 */
static int other_time(const errata_check_ctx *ctx, const errata__words *w,
                      const errata__pair_length *x, size_t us, size_t ue)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len;

	return errata__words_in(&w->shift_words, p, len, us, ue) ||
	       errata__words_in(&w->exclusion_words, p, len, us, ue) || other_kind(w, p, len, x, us, ue) ||
	       own_time(ctx, w, x, us, ue);
}

/* Whether an aside opens (close 0: closes) with the byte or dash at p[at]: "(", ")", "—", "–". */
static size_t aside_mark_before(const char *p, size_t at, int close)
{
	if (at >= 1 && p[at - 1] == (close ? ')' : '('))
		return at - 1;
	if (at >= 3 && (unsigned char)p[at - 3] == 0xe2 && (unsigned char)p[at - 2] == 0x80 &&
	    ((unsigned char)p[at - 1] == 0x94 || (unsigned char)p[at - 1] == 0x93))
		return at - 3;
	return (size_t)-1;
}

/*
 * Whether the range a–b stands alone in an aside, between dashes or in
 * brackets, past at most a short word ("— de 29 de março a 6 de abril —"),
 * after other words than the length x: the span of what the aside follows
 * ("prazo que, com as férias judiciais da Páscoa — de 29 de março a 6 de
 * abril —"), not the length's ("three days (June 4–6)").
 */
static int range_aside(const char *p, size_t len, const errata__pair_length *x, const errata_mention *a,
                       const errata_mention *b)
{
	size_t o = a->offset, e = b->offset + b->length, open, close, k;

	while (o > 0 && o > a->offset - 8 && (p[o - 1] == ' ' || (p[o - 1] >= 'a' && p[o - 1] <= 'z')))
		o--;
	while (e < len && p[e] == ' ')
		e++;
	if ((open = aside_mark_before(p, o, 0)) == (size_t)-1 || open < x->end ||
	    (close = e < len && p[e] == ')' ? e : e + 3 <= len ? aside_mark_before(p, e + 3, 1) : (size_t)-1) ==
	            (size_t)-1)
		return 0;
	/* words of their own between the length and the aside */
	for (k = x->end; k < open; k++)
		if ((unsigned char)p[k] >= 'A' && errata__is_word_byte(p, len, k))
			return 1;
	return 0;
}

/*
 * A day written alone after the word that ends the span of the one date
 * of x's sentence, that date's month then its own ("arranca el 20 de
 * abril y termina el 25", "começa a 14 de agosto e termina a 17", "con
 * entrada el 20 de febrero y salida el 23"): x is judged against the
 * span to it, a start and an end (a start word before the date) or a
 * stay (stay_words). The day closes its clause, one word of articles or
 * span_links at most after the end word, no mark between the date and
 * the end word unless the end keeps the start's subject (end_goes_on()).
 */
static int judge_bare_end(const errata_check_ctx *ctx, const errata__words *w,
                          const errata__pair_lengths *l, const errata__pair_length *x)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, ss, se, i, ae, k, n = 0, t, d;
	const errata_mention *a;
	errata_mention b;
	int v = 0, kind, day = 0;

	errata__sentence(w, p, len, x->start, &ss, &se);
	i = errata__mention_at(ctx->mentions, ss);
	if (errata__mention_at(ctx->mentions, se) - i != 1 || lengths_in(l, ss, se) != 1)
		return 0;
	a = errata_mentions_get(ctx->mentions, i);
	ae = a->offset + a->length;
	if (a->flags & (ERRATA_MENTION_RANGE_START | ERRATA_MENTION_RANGE_END))
		return 0;
	for (k = ae; k < se && k < ae + 48; k++)
		if (errata__word_start(p, len, k) &&
		    ((n = end_at(w, p, len, k)) > 0 ||
		     ((n = errata__words_match(&w->stay_words, p, len, k, &v)) > 0 && v == 2)))
			break;
	if (k >= se || k >= ae + 48)
		return 0;
	t = errata__skip_space(p, len, k + n);
	if ((n = errata__words_match(&w->articles, p, len, t, NULL)) > 0 ||
	    (n = errata__words_match(&w->span_links, p, len, t, NULL)) > 0)
		t = errata__skip_space(p, len, t + n);
	for (d = t; d < se && d < t + 2 && p[d] >= '0' && p[d] <= '9'; d++)
		day = day * 10 + (p[d] - '0');
	if (d == t || (d < len && errata__is_word_byte(p, len, d)) ||
	    (errata__next_word_start(p, len, d, se) < se && (p[d] != ',' && p[d] != ';')) ||
	    day <= a->day || a->year <= 0 || day > errata_date_days_in_month(a->year, a->month))
		return 0;
	if (mark_in(p, ae, k) && !end_goes_on(w, p, len, ae, k, d))
		return 0;
	kind = v == 2 ? (word_near(&w->stay_words, 1, p, len, ss, ae, k) ? SPAN_STAY : 0)
	              : (word_near(&w->start_words, 0, p, len, ss, ae, k) ||
	                 word_near(&w->pair_starts, 0, p, len, ss, ae, k)) ? SPAN_ENDS : 0;
	if (!kind || aside(w, p, len, x, 0) || other_time(ctx, w, x, ss, se))
		return 0;
	b = *a;
	b.offset = t;
	b.length = d - t;
	b.day = day;
	return judge_span(ctx, w, x, a, &b, kind, 1, 0, 0);
}

/* The month whose name (the table's first form) is the word at i: 1 to 12; 0: none. */
static int month_name_at(const errata_check_ctx *ctx, size_t i, size_t *end)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, e = i;

	int m;

	while (e < len && errata__is_word_byte(p, len, e))
		e++;
	if ((m = errata__month_named(ctx->locale, p + i, e - i)) > 0)
		*end = e;
	return m;
}

/* A year at i, its month's name before it or not ("April 2003", "2003"): its end, 0 when none. */
static size_t month_year_at(const errata_check_ctx *ctx, size_t i, int *y, int *m)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, e;

	if ((*m = month_name_at(ctx, i, &e)) > 0)
		i = errata__skip_space(p, len, e);
	if (!errata__word_start(p, len, i) || !(*y = errata__read_year(p, len, i)) ||
	    errata__is_word_byte(p, len, i + 4))
		return 0;
	return i + 4;
}

/*
 * A range of years or of months at i: a word of the table's year_ranges
 * valued 1 ("from", "de", "von"), a year with its month's name or not, a
 * word valued 2 ("to", "à", "bis") or a dash, and a later year ("from
 * April 2003 to March 2011", "de 1998 à 2012"); or two years joined by a
 * dash alone ("1998–2012"). Its end, 0 when none; the years and months
 * (0: not written) in y[2], m[2].
 */
static size_t year_range_at(const errata_check_ctx *ctx, const errata__words *w, size_t i, int y[2],
                            int m[2])
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, n, e, d;
	int v = 0, opened = 0;

	if ((n = errata__words_match(&w->year_ranges, p, len, i, &v)) > 0) {
		if (v != 1)
			return 0;
		opened = 1;
		i = errata__skip_space(p, len, i + n);
	}
	if (!(e = month_year_at(ctx, i, &y[0], &m[0])))
		return 0;
	e = errata__skip_space(p, len, e);
	if ((d = dash_at(p, len, e)) > 0 || (e < len && p[e] == '-'))
		e = errata__skip_space(p, len, e + (d ? d : 1));
	else if (opened && (n = errata__words_match(&w->year_ranges, p, len, e, &v)) > 0 && v == 2)
		e = errata__skip_space(p, len, e + n);
	else
		return 0;
	if (!(e = month_year_at(ctx, e, &y[1], &m[1])) || y[1] < y[0] ||
	    (y[1] == y[0] && (!m[0] || !m[1] || m[1] < m[0])))
		return 0;
	return e;
}

/*
 * Whether [s, e), between a range of years and the length after it, sets
 * the length off as the range's: a mark first, then words of span_equals,
 * pair_links, span_links or articles, and at most one other word right
 * before a word of duration_of that leads the count (", soit dix ans", ",
 * a stint of twelve years", ", that is ten years").
 */
static int years_apposed(const errata__words *w, const char *p, size_t len, size_t s, size_t e)
{
	const errata__wordlist *lists[] = { &w->span_equals, &w->pair_links, &w->span_links, &w->articles };
	int others = 0;
	size_t k, n = 0;

	s = errata__skip_space(p, len, s);
	if (s >= e || !(p[s] == ',' || p[s] == ':' || dash_at(p, len, s)))
		return 0;
	for (k = errata__next_word_start(p, len, s, e); k < e; k = errata__next_word_start(p, len, k + n, e)) {
		n = 0;
		for (size_t j = 0; !n && j < sizeof(lists) / sizeof(lists[0]); j++)
			n = errata__words_match(lists[j], p, len, k, NULL);
		if (n)
			continue;
		if ((n = errata__words_match(&w->duration_of, p, len, k, NULL)) > 0 &&
		    errata__skip_space(p, len, k + n) == e)
			return 1;
		if (++others > 1 || mark_in(p, k, e))
			return 0;
		for (n = 0; k + n < e && errata__is_word_byte(p, len, k + n); n++)
			;
	}
	return 1;
}

/*
 * A length in years or months (x) set off after a range of years or
 * months in its sentence ("de 1998 à 2012, soit dix ans", "from April 2003
 * to March 2011, a stint of twelve years"), closing its clause: judged
 * against the shortest and the longest the range may be, any day of its
 * first and last months (of its years, with no month), a year either way
 * for a count of years ("twelve years" from 2003 to 2011 is flagged,
 * "thirteen years" from 1998 to 2012 is not).
 */
static int judge_years(const errata_check_ctx *ctx, const errata__words *w,
                       const errata__pair_lengths *l, const errata__pair_length *x)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, ss, se, e = 0;
	int y[2], m[2], lo, hi, months, slack;
	long start, got;

	if (!w->year_ranges.count || (x->unit != 365 && x->unit != 30) || aside(w, p, len, x, 0))
		return 0;
	errata__sentence(w, p, len, x->start, &ss, &se);
	if (lengths_in(l, ss, se) != 1)
		return 0;
	for (size_t i = ss; i < x->start && !e; i = errata__next_word_start(p, len, i + 1, x->start))
		if ((e = year_range_at(ctx, w, i, y, m)) > 0 && !years_apposed(w, p, len, e, x->start))
			e = 0;
	if (!e || !phrase_closes(w, p, len, x->end, se) || errata__mention_at(ctx->mentions, ss) !=
	                                                       errata__mention_at(ctx->mentions, se))
		return 0;
	/* in months, counted from the first month's start to the last month's end */
	lo = (y[1] * 12 + (m[1] ? m[1] : 1)) - (y[0] * 12 + (m[0] ? m[0] : 12));
	hi = (y[1] * 12 + (m[1] ? m[1] : 12)) - (y[0] * 12 + (m[0] ? m[0] : 1)) + 1;
	months = x->count * (x->unit == 365 ? 12 : 1);
	slack = x->unit == 365 ? 12 : 1;
	if (months >= lo - slack && months <= hi + slack)
		return 0;
	start = errata_date_to_days(y[0], m[0] ? m[0] : 1, 1);
	got = errata_date_to_days(y[1], m[1] ? m[1] : 12, errata_date_days_in_month(y[1], m[1] ? m[1] : 12));
	return report(ctx, x, start, last_day(x, start), got);
}

/*
 * Whether a month's name stands in [s, e) outside a date: a word that is
 * the name's first form, or starts with it less its ending (a character
 * of a name of five, two of a longer one: "heinäkuussa" after
 * "heinäkuuta", "in July"): a time of its own.
 */
static int month_named(const errata_check_ctx *ctx, size_t s, size_t e)
{
	const char *p = ctx->prose, *name[12];
	size_t len = ctx->prose_len, mi = errata__mention_at(ctx->mentions, s), n[12], stem[12];

	if (!ctx->locale)
		return 0;
	/* each name and its stem, once */
	for (int m = 0; m < 12; m++) {
		size_t chars = 0;

		name[m] = errata_locale_month_name(ctx->locale, m + 1);
		stem[m] = n[m] = name[m] ? strlen(name[m]) : 0;
		for (size_t k = 0; k < n[m]; k++)
			chars += ((unsigned char)name[m][k] & 0xc0) != 0x80;
		for (size_t cut = chars >= 6 ? 2 : chars == 5; cut > 0 && stem[m] > 0; cut--)
			while (stem[m] > 0 && ((unsigned char)name[m][--stem[m]] & 0xc0) == 0x80)
				;
	}
	for (size_t i = errata__next_word_start(p, len, s, e); i < e; i = errata__next_word_start(p, len, i + 1, e)) {
		size_t we = i;

		if (in_date(ctx, &mi, i))
			continue;
		while (we < len && errata__is_word_byte(p, len, we))
			we++;
		for (int m = 0; m < 12; m++)
			if (n[m] && (stem[m] < n[m] ? stem[m] <= we - i : n[m] == we - i) &&
			    errata__same_folded(name[m], p + i, stem[m]))
				return 1;
	}
	return 0;
}

/* Where the clause of the byte at `at` starts: after the last mark since ss. */
static size_t clause_of(const char *p, size_t ss, size_t at)
{
	size_t m = mark_end(p, ss, at);

	return m > ss ? m : ss;
}

/*
 * Whether the noun phrase of x is definite, an event the reader knows: a
 * word of referents right before it that opens its clause, past one word
 * at most ("Over the five-day festival", "Das neuntägige Travefest"; not
 * "Managers said the two-week strike had cost more", which may be
 * another), or it opens its sentence bare (opens_bare()); no relative
 * clause nor word of pair_asides goes on from it ("the two-week show
 * that follows": another), nor a place of its own ("the five-day
 * festival in Bristol").
 */
static int definite_phrase(const errata__words *w, const char *p, size_t len, const errata__pair_length *x,
                           size_t ss)
{
	size_t ps = phrase_start(x), ws = start_of_word_before(p, len, ps), n;
	size_t after = errata__skip_space(p, len, x->noun > x->start ? x->noun + x->noun_len : x->end);

	if (!x->noun_len || x->part || errata__words_match(&w->relative_pronouns, p, len, after, NULL) ||
	    errata__words_match(&w->pair_asides, p, len, after, NULL))
		return 0;
	/* "the five-day festival in Bristol": another place's */
	if ((n = errata__words_match(&w->place_preps, p, len, after, NULL)) > 0 &&
	    errata__capital_letter_at(p, len, errata__skip_space(p, len, after + n)))
		return 0;
	if (ws < ps && (n = errata__words_match(&w->referents, p, len, ws, NULL)) > 0 &&
	    errata__skip_space(p, len, ws + n) == ps)
		return words_before(p, len, clause_of(p, ss, ws), ws) <= 1;
	return opens_bare(w, p, len, x, ss);
}

/*
 * Whether mention j ends the span of the event of x's noun in a sentence
 * of its own: a word of end_words or pair_ends in its clause, whose other
 * words before the date only name the event (relative_pronouns,
 * event_pronouns, referents, articles, span_links, the noun) or are of
 * three bytes at most, five words at most: "the anniversary edition,
 * **which closes on** Sunday 27 June", "It ends on June 27", "The
 * festival closes on June 27"; not "Ticket sales close on June 20".
 */
static int end_led(const errata_check_ctx *ctx, const errata__words *w, const errata__pair_length *x,
                   const errata_mention *b)
{
	const errata__wordlist *lists[] = { &w->relative_pronouns, &w->event_pronouns, &w->referents,
	                                    &w->articles, &w->span_links, &w->end_words, &w->pair_ends };
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, ss, se, cs;

	errata__sentence(w, p, len, b->offset, &ss, &se);
	cs = clause_of(p, ss, b->offset);
	if (!word_near(&w->end_words, 0, p, len, cs, b->offset + b->length, se) &&
	    !word_near(&w->pair_ends, 0, p, len, cs, b->offset + b->length, se))
		return 0;
	return few_words(w, lists, sizeof(lists) / sizeof(lists[0]), x, p, len, cs, b->offset, 5);
}

/*
 * The first mention after i, before mention m, that ends the span of the
 * event whose start mention i gives, in i's sentence [ds, de) (one_span():
 * "opens June 24 and closes June 27") or in a later one (end_led()), one
 * of the eight after i (an end further off is as likely another's); 0:
 * none.
 */
static size_t end_after(const errata_check_ctx *ctx, const errata__words *w, const errata__pair_length *x,
                        size_t i, size_t m, size_t ds, size_t de)
{
	const errata_mention *b;

	if (i + 1 < m && errata_mentions_get(ctx->mentions, i + 1)->offset < de)
		return one_span(ctx, w, i, ds, de) == SPAN_ENDS ? i + 1 : 0;
	for (size_t j = i + 1; j < m && j <= i + 8; j++) {
		b = errata_mentions_get(ctx->mentions, j);
		if (!(b->flags & (ERRATA_MENTION_RANGE_START | ERRATA_MENTION_RANGE_END)) && end_led(ctx, w, x, b))
			return j;
	}
	return 0;
}

/* How many ranges of the extractor the article holds. */
static size_t ranges_in(const errata_check_ctx *ctx)
{
	size_t n = 0, count = errata_mentions_count(ctx->mentions);

	for (size_t i = 0; i < count; i++)
		n += (errata_mentions_get(ctx->mentions, i)->flags & ERRATA_MENTION_RANGE_START) != 0;
	return n;
}

/*
 * The span of the event that x, a definite noun phrase in the sentence
 * from ss, names again far after its dates (judge_far()): among the 48
 * mentions before ss, a range of the extractor, or a start (a word of
 * start_words in its clause) and its end (end_after()), whose first
 * sentence names x's noun, the only one that does ("the Wyvern Valley
 * Folk Festival … opens its gates on Thursday 24 June … which closes on
 * Sunday 27 June … Over the five-day festival"); with none that names
 * it and no more dates before x, the article's one range and span, when
 * the noun stands anywhere before x (the title: "Travefest feiert …"),
 * or, for a length with no noun or a noun of event_nouns, the one span
 * before x ("Over the four days, …", "the five-day event"). Its kind (SPAN_RANGE,
 * SPAN_ENDS), its mentions in *ia and *ib; 0: none, or two.
 */
static int far_span(const errata_check_ctx *ctx, const errata__words *w, const errata__pair_length *x,
                    size_t ss, size_t *ia, size_t *ib)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, m = errata__mention_at(ctx->mentions, ss), ds, de, j;
	int named = 0, spans = 0, kind = 0;

	for (size_t i = m > 48 ? m - 48 : 0; i < m; i++) {
		const errata_mention *a = errata_mentions_get(ctx->mentions, i);
		int k = 0;

		errata__sentence(w, p, len, a->offset, &ds, &de);
		if ((a->flags & ERRATA_MENTION_RANGE_START) && a->peer > (long)i && (size_t)a->peer < m) {
			j = (size_t)a->peer;
			k = SPAN_RANGE;
		} else if (!(a->flags & (ERRATA_MENTION_RANGE_START | ERRATA_MENTION_RANGE_END)) &&
		           word_near(&w->start_words, 0, p, len, clause_of(p, ds, a->offset), a->offset + a->length,
		                     i + 1 < m ? errata_mentions_get(ctx->mentions, i + 1)->offset : de) &&
		           (j = end_after(ctx, w, x, i, m, ds, de)) > 0) {
			k = SPAN_ENDS;
		}
		if (!k)
			continue;
		spans++;
		if (noun_named(w, p, len, x, ds, de, 0) ? named++ == 0 : !named) {
			*ia = i;
			*ib = j;
			kind = k;
		}
	}
	if (named || m > 48)
		return named == 1 ? kind : 0;
	/*
	 * "Over the four days, …", "the five-day event" (event_nouns: whatever
	 * event the dates are): the one span before it (all the dates before it seen)
	 */
	if (!x->noun_len || event_noun(w, p, len, x))
		return spans == 1 ? kind : 0;
	return spans == 1 && kind == SPAN_RANGE && ranges_in(ctx) == 1 &&
	       noun_named(w, p, len, x, 0, phrase_start(x), 0) ? kind : 0;
}

/*
 * A definite length with a noun (definite_phrase()) in a sentence with no
 * date, its event dated further back (far_span()) and no other length
 * between: "Over the five-day festival, more than 90 acts will perform",
 * "Das neuntägige Travefest steht …" Judged against that span as exactly
 * as one that names the dates of the sentence before (refers_back()).
 * Not in months or years, whose slack lets another event's span pass.
 */
static int judge_far(const errata_check_ctx *ctx, const errata__words *w, const errata__pair_lengths *l,
                     const errata__pair_length *x)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, ss, se, ia = 0, ib = 0;
	const errata_mention *a;
	long start, want, end, off;

	if (x->unit >= 30)
		return 0;
	errata__sentence(w, p, len, x->start, &ss, &se);
	if (errata__mention_at(ctx->mentions, ss) != errata__mention_at(ctx->mentions, se) ||
	    lengths_in(l, ss, se) != 1 ||
	    !(x->noun_len ? definite_phrase(w, p, len, x, ss) : definite_length(w, p, len, x, ss) && !lengths_in(l, 0, ss)) ||
	    !far_span(ctx, w, x, ss, &ia, &ib))
		return 0;
	a = errata_mentions_get(ctx->mentions, ia);
	/* (a time of its own anywhere in its sentence: "Last year, the five-day festival …") */
	if (lengths_in(l, a->offset, ss) || aside(w, p, len, x, 0) || other_time(ctx, w, x, ss, se) ||
	    errata__words_in(&w->year_shifts, p, len, ss, se) || month_named(ctx, ss, se) ||
	    !misses(x, a, errata_mentions_get(ctx->mentions, ib), 1, &start, &want, &end, &off))
		return 0;
	return report(ctx, x, start, want, end);
}

static int judge_one(const errata_check_ctx *ctx, const errata__words *w,
                     const errata__pair_lengths *l, const errata__pair_length *x)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, us, ue, i, e;
	const errata_mention *a, *b;
	errata_mention end;
	errata__pair_length unnamed;
	size_t ss, se;
	int kind, same, ended;

	if (covered(ctx, x))
		return 0;
	/* "une durée de 26 jours": the noun names the length, no event */
	if (x->noun_len && errata__words_match(&w->length_nouns, p, len, x->noun, NULL) == x->noun_len) {
		unnamed = *x;
		unnamed.noun = unnamed.noun_len = 0;
		x = &unnamed;
	}
	if (!(same = pair_unit(ctx, w, l, x, &us, &ue, &i))) {
		int error = judge_bare_end(ctx, w, l, x);

		if (!error)
			error = judge_years(ctx, w, l, x);
		return error ? error : judge_far(ctx, w, l, x);
	}
	a = errata_mentions_get(ctx->mentions, i);
	b = errata_mentions_get(ctx->mentions, i + 1);
	if (!(kind = one_span(ctx, w, i, us, ue)))
		return 0;
	/* the end's year word is the date's: "do 29 września 2025 r., czyli dwa lata" */
	if ((b->flags & ERRATA_MENTION_YEAR_EXPLICIT) &&
	    (e = errata__locale_year_after_end(ctx->locale, p, len, b->offset + b->length)) > b->offset + b->length) {
		end = *b;
		end.length = e - end.offset;
		b = &end;
	}
	/* the sentence after the dates' naming a month of its own: "… is held in July" */
	if (same == 2 && x->start >= b->offset) {
		errata__sentence(w, p, len, x->start, &ss, &se);
		if (month_named(ctx, ss, se))
			return 0;
	}
	ended = ended_after(w, p, len, x, b, kind);
	if (aside(w, p, len, x, ended) || other_time(ctx, w, x, us, ue) || range_aside(p, len, x, a, b))
		return 0;
	errata__sentence(w, p, len, x->start, &ss, &se);
	return judge_span(ctx, w, x, a, b, kind, same == 1, ended,
	                  same == 2 && (x->noun_len || length_named(w, p, len, x, ss) ||
	                                lasts_then_dated(w, p, len, x, a, b, ss, se)));
}

/*
 * The lengths in years: a count and a word of year_units ("two-year",
 * "quatre ans", "drei Jahre"), not a count that goes on ("2.5 years", "a
 * two-year-old"), noted at their place.
 */
/* A length in years noted at i, after a blank or a hyphen (note_years()). */
static void note_year_at(const errata__words *w, const char *p, size_t len, errata__pair_lengths *l,
                         size_t have, size_t i)
{
	const errata__wordlist *yl = &w->year_units;
	size_t n, ws;
	int count = 0, taken = 0;

	if (i < 2 || i >= len || !errata__words_may_start(yl, p, len, i) || !errata__word_start(p, len, i) ||
	    !(n = errata__words_match_from(yl, p, len, i, NULL)) || (i + n < len && p[i + n] == '-'))
		return;
	ws = start_of_word_before(p, len, i - 1);
	if (ws >= i - 1 || errata__read_count(w, p, len, ws, &count) != i - 1 - ws ||
	    count <= 0 || count > 30 || (ws > 0 && (p[ws - 1] == '.' || p[ws - 1] == ',')))
		return;
	for (size_t k = 0; k < have; k++)
		taken |= l->items[k].start < i + n && ws < l->items[k].end;
	if (!taken)
		errata__pair_note(l, (errata__pair_length){ ws, i + n, 0, 0, count, 365, 0, 0, 0 });
}

static void note_years(const errata__words *w, const char *p, size_t len, errata__pair_lengths *l)
{
	size_t have = l->count;
	errata__starts_walk walk;

	if (!w->year_units.count)
		return;
	/* at the places the consistency scan keeps for the units, after a
	 * blank or a hyphen */
	errata__starts_walk_begin(&walk, &w->unit_starts, p, len);
	for (size_t s, from = 0; (s = errata__starts_walk_next(&walk, from)) < len; from = s + 1)
		if (s >= 2 && (p[s - 1] == ' ' || p[s - 1] == '-'))
			note_year_at(w, p, len, l, have, s);
}

/*
 * A word of the table's month_lengths at i ("half a year", "полгода",
 * "eineinhalb Jahre", "一年半"), valued in months, at a word start (in
 * Han, kana and Hangul at any character): noted unless it is inside one
 * of the first `have` lengths of l. Its length, or 0 when none is there.
 */
static size_t month_word_at(const errata__words *w, const char *p, size_t len,
                            errata__pair_lengths *l, size_t have, size_t i)
{
	const errata__wordlist *ml = &w->month_lengths;
	int months = 0, taken = 0;
	size_t n;

	if (!errata__words_may_start(ml, p, len, i) ||
	    !(errata__word_start(p, len, i) ||
	      ((unsigned char)p[i] >= 0xc0 && errata__wide_script_at(p, len, i))) ||
	    !(n = errata__words_match_from(ml, p, len, i, &months)) || months <= 0)
		return 0;
	for (size_t k = 0; k < have; k++)
		taken |= l->items[k].start < i + n && i < l->items[k].end;
	if (!taken)
		errata__pair_note(l, (errata__pair_length){ i, i + n, 0, 0, months, 30, 0, 0, 0 });
	return n;
}

#ifdef __SSE2__
/*
 * Bit b for each of the 64 bytes at p whose ASCII lower case is one of
 * first[0, n): where a word of month_lengths may start, as
 * errata__words_may_start() tells by the first byte.
 */
static uint64_t first_bytes64(const unsigned char *first, unsigned int n, const char *p)
{
	const __m128i *q = (const __m128i *)(const void *)p, case_bit = _mm_set1_epi8(0x20);
	__m128i x0 = _mm_loadu_si128(q), x1 = _mm_loadu_si128(q + 1);
	__m128i x2 = _mm_loadu_si128(q + 2), x3 = _mm_loadu_si128(q + 3);
	/* (a letter's both cases are its lower case with the case bit set) */
	__m128i l0 = _mm_or_si128(x0, case_bit), l1 = _mm_or_si128(x1, case_bit);
	__m128i l2 = _mm_or_si128(x2, case_bit), l3 = _mm_or_si128(x3, case_bit);
	__m128i h0 = _mm_setzero_si128(), h1 = h0, h2 = h0, h3 = h0;

	for (unsigned int f = 0; f < n; f++) {
		__m128i c = _mm_set1_epi8((char)first[f]);

		if (first[f] >= 'a' && first[f] <= 'z') {
			h0 = _mm_or_si128(h0, _mm_cmpeq_epi8(l0, c));
			h1 = _mm_or_si128(h1, _mm_cmpeq_epi8(l1, c));
			h2 = _mm_or_si128(h2, _mm_cmpeq_epi8(l2, c));
			h3 = _mm_or_si128(h3, _mm_cmpeq_epi8(l3, c));
		} else {
			h0 = _mm_or_si128(h0, _mm_cmpeq_epi8(x0, c));
			h1 = _mm_or_si128(h1, _mm_cmpeq_epi8(x1, c));
			h2 = _mm_or_si128(h2, _mm_cmpeq_epi8(x2, c));
			h3 = _mm_or_si128(h3, _mm_cmpeq_epi8(x3, c));
		}
	}
	return (uint64_t)(unsigned)_mm_movemask_epi8(h0) | (uint64_t)(unsigned)_mm_movemask_epi8(h1) << 16 |
	       (uint64_t)(unsigned)_mm_movemask_epi8(h2) << 32 | (uint64_t)(unsigned)_mm_movemask_epi8(h3) << 48;
}
#endif

/*
 * month_word_at() at each place of m, the places of the 64-bit word k of
 * the word index of p, from *next on (moved past each length noted);
 * with sieve, only those whose first byte begins a word of the list
 * (when every first byte of its words is kept, and 64 bytes to read).
 * 1 once a place is past the text's end.
 */
static inline int month_words_in(const errata__words *w, const char *p, size_t len,
                                 errata__pair_lengths *l, size_t have, size_t k, uint64_t m,
                                 int sieve, size_t *next)
{
	size_t n;

#ifdef __SSE2__
	if (sieve && w->month_first_count <= sizeof(w->month_first) && k * 64 + 64 <= len)
		m &= first_bytes64(w->month_first, w->month_first_count, p + k * 64);
#else
	(void)sieve;
#endif
	for (; m; m &= m - 1) {
		size_t i = k * 64 + (size_t)errata__ctz64(m);

		if (i >= len)
			return 1;
		/* (most words start with a letter no month length starts with) */
		if (i >= *next && ((unsigned char)p[i] & 0xc0) != 0x80 &&
		    errata__words_may_start(&w->month_lengths, p, len, i) &&
		    (n = month_word_at(w, p, len, l, have, i)))
			*next = i + n;
	}
	return 0;
}

/* The first hit of h[0, hend - h) that is of the classes bit; hend if none. */
static inline const errata__word_hit *month_hit(const errata__word_hit *h,
                                                const errata__word_hit *hend, uint32_t bit)
{
	while (h < hend && !(h->classes & bit))
		h++;
	return h;
}

/*
 * The lengths written as words of month_lengths (month_word_at()), noted
 * at their place, in text order; the text after one is read from its end.
 * With ix, the word index of p, only the places where such a word may
 * start are tried, not every byte:
 * - the first byte of each character outside ASCII (the index's marks,
 *   which no byte inside a character is): every start of a word of a
 *   wide script or outside ASCII;
 * - the ASCII letters and digits that start a run of them (no other one
 *   starts a word): where the index was classified with the words of
 *   the list (w->month_indexed), the runs it flagged as
 *   ERRATA__MONTH_WORD_CLASS, by their first three bytes, and every one
 *   right after a character outside ASCII (which the index may read as
 *   part of the word, errata__word_start() not), else all of them.
 */
static void note_month_words(const errata__words *w, const errata__word_index *ix, const char *p,
                             size_t len, errata__pair_lengths *l)
{
	size_t have = l->count, next = 0, n;

	if (!w->month_lengths.count)
		return;
	if (!ix || ix->nw != len / 64 + 2) {
		/* (no index of p) */
		for (size_t i = 0; i < len; i++)
			if ((n = month_word_at(w, p, len, l, have, i)))
				i += n - 1;
		return;
	}
	if (w->month_indexed && errata__word_index_classified(ix, errata__starts_lead(&w->any), NULL)) {
		const uint32_t bit = ERRATA__WORD_LEAD_CLASS(ERRATA__MONTH_WORD_CLASS);
		const errata__word_hit *h = ix->hits, *hend = h + ix->hit_count;
		uint64_t carry = 0;
		size_t hit; /* where the next hit of the class starts; SIZE_MAX after the last */

		/* (few hits are of the class: one tight pass over the others) */
		h = month_hit(h, hend, bit);
		hit = h < hend ? h->start : SIZE_MAX;
		for (size_t k = 0; k < ix->nw; k++) {
			uint64_t mk = ix->marks[k], m = mk | mk << 1 | carry;

			carry = mk >> 63;
			for (; hit < k * 64 + 64; hit = h < hend ? h->start : SIZE_MAX) {
				m |= (uint64_t)1 << (hit - k * 64);
				h = month_hit(h + 1, hend, bit);
			}
			if (m && month_words_in(w, p, len, l, have, k, m, 0, &next))
				return;
		}
		return;
	}
	for (size_t k = 0; k < ix->nw; k++) {
		/* (the ASCII letters and digits: word bytes that are no marks) */
		uint64_t ascii = ix->bits[k] & ~ix->marks[k];
		uint64_t before = k ? (ix->bits[k - 1] & ~ix->marks[k - 1]) >> 63 : 0;

		if (month_words_in(w, p, len, l, have, k, (ascii & ~(ascii << 1 | before)) | ix->marks[k], 1,
		                   &next))
			return;
	}
}

/*
 * A unit that counts one by itself right after a verb of lasting, in a
 * table without articles (the table's one_units, valued in days: a week
 * 7, a month 30, a year 365): "trwał rok", "длился месяц" (lasted a
 * year, a month), noted at its place (at the places the consistency scan
 * keeps for the units).
 */
static void note_one_units(const errata__words *w, const char *p, size_t len, errata__pair_lengths *l)
{
	size_t have = l->count, n;
	errata__starts_walk walk;

	if (!w->one_units.count || w->articles.count)
		return;
	errata__starts_walk_begin(&walk, &w->unit_starts, p, len);
	for (size_t i, from = 0; (i = errata__starts_walk_next(&walk, from)) < len; from = i + 1) {
		int days = 0, taken = 0;

		if (!errata__word_start(p, len, i) || !(n = errata__words_match(&w->one_units, p, len, i, &days)) ||
		    days <= 0 || !list_ends_before(&w->lasting_verbs, p, len, i))
			continue;
		for (size_t k = 0; k < have; k++)
			taken |= l->items[k].start < i + n && i < l->items[k].end;
		if (!taken)
			errata__pair_note(l, (errata__pair_length){ i, i + n, 0, 0, 1, days, 0, 0, 0 });
	}
}

static int by_start(const void *a, const void *b)
{
	const errata__pair_length *x = a, *y = b;

	return x->start < y->start ? -1 : x->start > y->start;
}

int errata__pair_judge(const errata_check_ctx *ctx, const errata__words *w,
                       errata__pair_lengths *l)
{
	int error = 0;

	if (l->full)
		return 0; /* which lengths share a unit is not known past the last noted */
	note_years(w, ctx->prose, ctx->prose_len, l);
	note_month_words(w, ctx->words, ctx->prose, ctx->prose_len, l);
	note_one_units(w, ctx->prose, ctx->prose_len, l);
	qsort(l->items, l->count, sizeof(l->items[0]), by_start);
	for (size_t k = 0; k < l->count && !error; k++)
		error = judge_one(ctx, w, l, &l->items[k]);
	return error < 0 ? error : 0;
}
