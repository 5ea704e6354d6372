/*
 * dates/consistency.h: the words of a locale table that the consistency
 * checks read (number words, day units, relative day words, anniversary
 * names, ...).
 *
 * The words live in the locale table, rules/locales/<lang>.json, under the
 * one top-level key "consistency"; no language is written into C code.
 * Each list is either an array of strings or an object mapping a string to
 * a number (its value: a count, a day offset, a length in days). A locale
 * without the key gets empty lists, and the checks stay silent.
 */
#ifndef ERRATA_DATES_CONSISTENCY_H
#define ERRATA_DATES_CONSISTENCY_H

#include <stddef.h>

#include "errata/dates.h"
#include "text/prose.h"
#include "text/wordlist.h"
#include "text/wordstarts.h"

struct cJSON;

/* Every list, named as its key in the locale table. */
#define ERRATA__WORDLISTS(X) \
	X(numbers) X(ordinals) X(ordinal_suffixes) X(day_units) X(night_units) \
	X(day_units_plural) X(night_units_plural) \
	X(duration_of) X(start_words) X(legs) X(end_words) X(event_pronouns) X(relative) \
	X(relative_weeks) X(relative_week_nouns) X(relative_units) X(relative_ago) X(relative_ago_before) X(relative_links) X(relative_copulas) X(day_leads) \
	X(relative_weekdays) X(relative_weekdays_after) X(relative_weekday_forms) \
	X(anniversary) X(anniversary_owners) X(founding_owners) X(thing_owners) X(verb_particles) X(anniversary_years) X(anniversary_verbs) X(anniversary_passives) X(thing_anniversaries) X(anniversary_times) X(anniversary_years_after) X(anniversary_years_after_endings) X(dative_verbs) X(dative_endings) X(means_endings) X(owned_means_endings) X(year_shifts) X(anniversary_future) X(named_anniversaries) X(years_since) X(years_since_verbs) X(wide_since) X(birth_events) X(death_events) X(founding_events) X(made_events) \
	X(born) X(born_verbs) X(subject_pronouns) X(age_then) X(copulas) X(age_suffix) X(age_words) X(title_qualifiers) \
	X(articles) X(article_contractions) X(referents) X(anniversary_of) X(phrase_ends) X(abbreviations) \
	X(name_particles) X(compound_units) X(joined_units) X(genitive_suffixes) X(definite_endings) X(day_counts) X(noun_links) X(end_words_after) \
	X(name_suffixes) X(age_is) X(age_turned) X(age_turns) X(age_will_turn) X(age_units) \
	X(age_was) X(death_verbs) X(pronouns) X(age_at) X(age_at_now) X(clause_openers) X(term_links) X(born_year_after) X(born_year_leads) X(born_auxiliaries) X(home_links) X(birthplace_ends) X(day_counters) \
	X(age_after) X(age_verbs_after) X(born_respectively) X(respectively) X(first_person) X(age_blockers) X(relatives) X(kin) X(born_after) X(birth_bounds) X(birth_conditions) X(birth_links) X(name_links) \
	X(title_prefixes) X(title_suffixes) X(name_articles) \
	X(span_links) X(place_preps) X(length_qualifiers) X(for_lengths) X(lasting_participles) X(long_units) X(periods) \
	X(span_markers) X(span_equals) X(window_links) X(unit_articles) X(verb_endings) X(leap_words) \
	X(exclusion_words) X(measure_nouns) X(name_nouns) X(weekday_titles) X(weekday_of) X(anniversary_kinds) X(anniversary_seasons) X(since_words) X(decade_endings) \
	X(weekday_names) X(holiday_weekday_links) X(relative_pronouns) X(lasting_verbs) \
	X(approx_qualifiers) X(time_asides) X(paired_days) X(and_words) X(shift_words) X(paired_nights) X(genitive_plurals) X(held_verbs) X(topic_markers) X(founding_referents) X(object_markers) X(length_nouns) \
	X(naming_words) X(event_kinds) \
	X(anniversary_offsets) X(year_units) X(pair_asides) X(pair_starts) X(pair_ends) X(stay_words) X(pair_links) X(pair_copulas) X(month_lengths) X(ended_after) X(year_ranges) X(event_nouns) X(one_units) X(number_joiners) X(years_later) X(definite_lengths) X(plural_endings) X(duration_with) X(lapse_nouns) X(journey_nouns) X(with_words) \
	X(age_nouns) X(age_compound_leads) X(indefinite_articles)

/*
 * A first sieve for the places where an age in digits starts
 * (checks/age.c), by the bytes before it: per byte in ASCII lower case,
 * ERRATA__AGE_LAST_OF_VERB for the last byte of a verb before an age
 * (age_is, age_turned, age_turns, age_will_turn; a verb of one byte
 * too), ERRATA__AGE_BEFORE_LAST_OF_VERB for the byte before it,
 * ERRATA__AGE_LAST_OF_WORD for the last byte of a word of age_words;
 * the verbs of the past (age_was) have the bits ERRATA__AGE_LAST_OF_PAST
 * and ERRATA__AGE_BEFORE_LAST_OF_PAST instead (their age closes its
 * sentence: checks/age.c looks at that first); ERRATA__AGE_BEFORE_AT for
 * the last byte of the word before the age in a phrase of age_at.
 */
enum { ERRATA__AGE_LAST_OF_VERB = 1, ERRATA__AGE_BEFORE_LAST_OF_VERB = 2,
       ERRATA__AGE_LAST_OF_WORD = 4, ERRATA__AGE_LAST_OF_PAST = 8,
       ERRATA__AGE_BEFORE_LAST_OF_PAST = 16, ERRATA__AGE_BEFORE_AT = 32 };

typedef struct {
	unsigned char last[256];
	int verbs;          /* the locale has verbs before an age */
	int spaced_words;   /* a word of age_words ends in white space */
	/* a phrase of age_at has no word and space right before its age: no
	 * sieve for them (else ERRATA__AGE_BEFORE_AT marks the byte before
	 * that space: "at #", "mit #") */
	int at_unsieved;
} errata__age_sieve;

/*
 * Where some words of a list may end, by their last two bytes (ASCII
 * lower case): a cheap test before the words are compared
 * (errata__end_sieve_test()).
 */
typedef struct {
	uint64_t two[1024]; /* bit b1 << 8 | b2: a word ends in the bytes b1 b2 */
	uint64_t one[4];    /* bit b: a word is the one byte b */
	int all;            /* every place passes */
} errata__end_sieve;

/* The class of the union's lead table for the words of month_lengths (see errata__words). */
#define ERRATA__MONTH_WORD_CLASS 5

typedef struct errata__words {
#define ERRATA__WORDS_FIELD(n) errata__wordlist n;
	ERRATA__WORDLISTS(ERRATA__WORDS_FIELD)
#undef ERRATA__WORDS_FIELD
	int ordinal_dot;                   /* "." is one of the ordinal_suffixes ("am 4. Mai") */
	int nouns_capitalized;             /* nouns_capitalized: a noun starts with a capital (German) */
	int event_first;                   /* anniversary_event_first: the event's phrase stands before the count */
	/* where each check's trigger words may start */
	errata__starts unit_starts;        /* day_units, night_units, plurals, compound_units, day_counts,
	                                      long_units */
	errata__starts relative_starts;    /* relative, relative_ago(_before), relative_week_nouns
	                                      (else relative_weeks) */
	errata__starts anniversary_starts; /* anniversary, named_anniversaries, years_since */
	errata__starts born_starts;        /* born */
	errata__starts age_starts;         /* age_suffix, from its first letter ("-year-old") */
	errata__starts_union any;          /* the union of the above */
	/* the ends of the verbs before an age (age_is, age_turned, age_turns,
	 * age_will_turn); every place passes when a verb ends in a space */
	errata__end_sieve verb_ends;
	/*
	 * The ends of the words that errata__count_start() reads before a
	 * count: a number word, or its part before a space or a hyphen
	 * ("twenty" of "twenty-four"), and a word of number_joiners. Most
	 * words before a count end in none ("the 110 years").
	 */
	errata__end_sieve count_ends;
	int wide_anniversary;              /* an anniversary word starts with a byte >= 0x80 ("周年") */
	/*
	 * The words that tie a date to an event (checks/duration.c), by their
	 * first two bytes in ASCII lower case: at (b0 & 31) * 32 + (b1 & 31),
	 * ERRATA__TIE_LEG for a word of legs, ERRATA__TIE_END of end_words,
	 * ERRATA__TIE_PRONOUN of event_pronouns (a word of one byte at every b1).
	 */
	unsigned char tie_pairs[32 * 32];
	errata__age_sieve age_sieve;
	/*
	 * The number words that a compound unit may follow in one word
	 * ("dreitägige", "三日間"; checks/duration.c), by their first three
	 * bytes in ASCII lower case: bit errata__fused_key() of each; every
	 * place passes (fused_short) when one of them is shorter.
	 */
	uint64_t fused_first3[64];
	/*
	 * The first bytes of the words of month_lengths, in ASCII lower case
	 * (each c whose month_lengths.from[c] differs from its to[c]), for
	 * the scan of checks/duration_pair.c; no more than fit are kept, and
	 * month_first_count counts them all.
	 */
	unsigned char month_first[8];
	unsigned int month_first_count;
	/*
	 * The words of month_lengths are marked in the union's lead table
	 * (any.lead) as class ERRATA__MONTH_WORD_CLASS, after its members'
	 * classes: a word index classified with it flags the words they may
	 * begin. 0 when some word starts with a byte no word of the index
	 * starts with, or the members take that class.
	 */
	int month_indexed;
	int fused_short;
} errata__words;

/* The bit of fused_first3 for the three bytes b0, b1, b2 (in ASCII lower case). */
static inline unsigned errata__fused_key(unsigned char b0, unsigned char b1, unsigned char b2)
{
	return (((uint32_t)b0 | (uint32_t)b1 << 8 | (uint32_t)b2 << 16) * 0x9e3779b1u) >> 20;
}

/*
 * The bit of fused_first3 for a word that starts with b[0, 4), in ASCII
 * lower case (b[3] read only after a lead byte of two: the three bytes
 * after it, as every Cyrillic, Greek or Latin-1 letter shares the few
 * lead bytes of its script: "три", "тринадцать" and "тысяча" would share
 * one key).
 */
static inline unsigned errata__fused_key_of(const unsigned char *b)
{
	const unsigned char *lo = errata__lower_ascii;

	if (b[0] >= 0xc0 && b[0] < 0xe0)
		return errata__fused_key(b[1] ^ 0x40, lo[b[2]], lo[b[3]]);
	return errata__fused_key(lo[b[0]], lo[b[1]], lo[b[2]]);
}

/* Whether errata__fused_key_of() reads four bytes of a word that starts with byte b0. */
static inline int errata__fused_key_wide(unsigned char b0)
{
	return b0 >= 0xc0 && b0 < 0xe0;
}

enum { ERRATA__TIE_LEG = 1, ERRATA__TIE_END = 2, ERRATA__TIE_PRONOUN = 4 };

/*
 * Build the word lists from the "consistency" object of a locale table
 * (obj may be NULL: every list empty). `name` is used in messages
 * ("NAME: consistency.numbers.two: not a number"). Free with
 * errata__words_free().
 */
int errata__words_from_json(errata__words **out, const char *name,
                            const struct cJSON *obj);
void errata__words_free(errata__words *w);

/*
 * The words for a locale, read once per language from the data
 * directory's locales/<lang>.json and kept for the life of the process
 * (thread-safe). Borrowed. A table without the key gives empty lists.
 */
int errata__words_for(const errata__words **out, const errata_locale *loc);

/*
 * Whether a word of the sieve may end at text[e] (e <= len): its last
 * two bytes, or its one byte after no word byte. 0 only where none ends
 * there.
 */
int errata__end_sieve_test(const errata__end_sieve *sv, const char *text, size_t len, size_t e);

/* Whether one of the verbs before an age may end at text[e]: w->verb_ends. */
int errata__verb_may_end(const errata__words *w, const char *text, size_t len, size_t e);

/* The file a locale table was read from (dates/locale.c); NULL if none. */
const char *errata__locale_path(const errata_locale *loc);

/*
 * A count written at text[at..]: digits (at most 4) or a number word;
 * tens and units written as two words are one count, joined by a
 * hyphen, a space or a word of number_joiners ("thirty-seven",
 * "тридцать семь", "cinquenta e dois"), and the units alone are none
 * ("seven" in "thirty-seven"). Returns the bytes read (0: none) and
 * stores the value.
 */
size_t errata__read_count(const errata__words *w, const char *text,
                          size_t len, size_t at, int *value);

/*
 * Where the count that the number word at `at` belongs to starts: the
 * tens before it when it is their units ("thirty-seven", "cinquenta e
 * dois"), or the word it is part of ("twenty-four"); else at itself.
 */
size_t errata__count_start(const errata__words *w, const char *text, size_t len, size_t at);

#endif
