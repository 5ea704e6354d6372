/*
 * core/checks/age_pair.c: number.age's last reading, for the ages no
 * other reading judged. It pairs an age with a birth by where they stand,
 * not by the shape of the sentence: an age ("the 51-year-old", "aged
 * 86", "at 23", "Lee, 61,", "19 Jahre alt", "con 24 años", "her 89th
 * birthday") and a birth ("born on 15 March 1938", "Born in 1964", "die
 * 1985 geborene", "(14 February 1931 – 12 June 2026)", "1951년생") in
 * one sentence, or in one paragraph that holds no other age and no other
 * birth, or, for an age that stands for the one it tells of ("Die
 * 88-Jährige") in a paragraph with no birth, the article's one birth
 * (article_partner()). The age is judged against every date it may be told at: the
 * article's date (and the week around it), each date or year written in
 * the age's sentence and in the birth's (an event: "won the 1993
 * competition"), and the end of a life span. It is flagged only when it
 * fits none of them and lies within PAIR_NEAR years of one: a slip, not
 * the age of another person or thing (an age at the death of the one
 * born, its subject, or at the noun a birth qualifies in Han, kana or
 * Hangul, is no one else's: PAIR_OWN). An age of the past
 * ("was 25", "at 23", "aged 57") is judged only where its sentence
 * writes a date or a life span tells the death, as it may be the age at
 * a time the text does not give; without one it is at most the present
 * age of the one born, and an undated death of the one born is a recent
 * one.
 *
 * It keeps quiet where the age may be someone else's: a word of `kin`
 * between or beside them ("her daughter, 12"), a name between them that
 * is not the birth's, a name beside the age that is not the birth's; and
 * where it may not be a person's age: a range or a list ("aged 18 to
 * 25"), a thing's age in a sentence that tells a making ("a 40-year-old
 * building ... built in 1985").
 */
#include <stdlib.h>
#include <string.h>

#include "checks/age_pair.h"
#include "checks/words.h"
#include "text/wordindex.h"
#include "text/wordstarts.h"
#include "common.h"

/* The most ages and births of one document this reading weighs. */
#define PAIR_MAX 64
/* The most years a flagged age is from a right one. */
#define PAIR_NEAR 4
/* The most years a flagged age at the death of the one born is from the right one. */
#define PAIR_OWN 20
/* The most references one age is judged against. */
#define PAIR_REFS 24

typedef struct {
	size_t s, e;            /* the span reported: the digits and their unit */
	int age;
	int dated;              /* an age of the past: judged only at a written date */
	/*
	 * before a word: 1 for a verb ("the 51-year-old completed his", "94
	 * éves volt"), 2 for a noun that may be a thing's ("a 40-year-old
	 * building"; not judged)
	 */
	int attributive;
	size_t name, name_len;  /* the name it stands beside; name_len 0: none */
	size_t verb;            /* the verb before it ("is 41", "was only 25"); the prose's length: none */
	int substantive;        /* "the 51-year-old": the age stands for the one it tells of */
	/* "de 24 años" after a short word of age_words: an age only where the birth follows */
	int weak;
	/* "la skieuse, 36 ans,": set off after a word in lower case; an age only
	 * after the birth that opens the sentence (subject_set_off()) */
	int set_off;
	/* the verb of the past or of death that tells it ("was 25", "died … aged 86"); len: none */
	size_t past;
	/* past is a verb of death_verbs, before the age or after it ("im Alter von 86 Jahren gestorben") */
	int death;
	/* before the verb that ends its clause, the relative that opens it ("die im März 66 wurde") */
	size_t clause;
	/* "her 75th birthday": the age reached on the birthday of its year */
	int birthday;
	/* told with a verb of age_turns ("fylder 82 år", "wird Ende des Monats 90 Jahre alt") */
	int turns;
	/* the digits joined to their suffix ("71-year-old", "67-Jährige", "71-åringen"): see compound_partner() */
	int compound;
} pair_age;

typedef struct {
	size_t s, e;            /* from the word of `born` (or the bracket) to the date's end */
	int born[3];
	int died[3];            /* a life span's end; year 0: none */
	size_t name, name_len;  /* name_len 0: nobody named */
} pair_birth;

typedef struct {
	pair_age ages[PAIR_MAX];
	size_t nages;
	int full;               /* more ages than PAIR_MAX: none is read */
	pair_birth births[PAIR_MAX];
	size_t nbirths;
	int respectively;       /* a phrase of born_respectively is written: see respective() */
} pair_doc;

/* A date an age may be told at: [from, to] (a year alone: its first and last days). */
typedef struct {
	errata_date from, to;
	int death;              /* 1: a death's date; -1: a window that only keeps quiet */
} pair_ref;

static int digit(char c)
{
	return c >= '0' && c <= '9';
}

/* The end of the word at i (i itself when none starts there). */
static size_t word_end(const char *p, size_t len, size_t i)
{
	while (i < len && errata__is_word_byte(p, len, i))
		i++;
	return i;
}

/* Back over spaces from e. */
static size_t space_back(const char *p, size_t e)
{
	while (e > 0 && (p[e - 1] == ' ' || p[e - 1] == '\t' || p[e - 1] == '\n'))
		e--;
	return e;
}

/* The start of the word that ends at e (e when none does). */
static size_t word_back(const char *p, size_t len, size_t e)
{
	size_t s = e;

	while (s > 0 && errata__word_before(p, len, s))
		s--;
	return s;
}

/* The mention that holds byte i, or NULL. */
static const errata_mention *mention_over(const errata_check_ctx *ctx, size_t i)
{
	size_t mi;
	const errata_mention *m;

	if (!ctx->mentions)
		return NULL;
	mi = errata__mention_at(ctx->mentions, i + 1);
	if (mi == 0)
		return NULL;
	m = errata_mentions_get(ctx->mentions, mi - 1);
	return m->offset <= i && m->offset + m->length > i ? m : NULL;
}

/*
 * Whether a word of l ends at e (past spaces back), starting at one of the
 * four words before: its start, or len when none.
 */
static size_t listed_before(const errata__wordlist *l, const char *p, size_t len, size_t e)
{
	size_t s;
	int v;

	e = space_back(p, e);
	s = e;
	/* (most words end in a byte no word of l ends in) */
	if (e == 0 || !errata__words_may_end(l, p, e))
		return len;
	for (int k = 0; k < 4 && s > 0; k++) {
		s = word_back(p, len, space_back(p, s));
		if (s == e)
			break;
		if (errata__words_match(l, p, len, s, &v) == e - s)
			return s;
	}
	return len;
}

/* Whether a word of l starts at i. */
static int listed(const errata__wordlist *l, const char *p, size_t len, size_t i)
{
	return errata__word_start(p, len, i) && errata__words_match(l, p, len, i, NULL) > 0;
}

static int opens(const errata__words *w, const char *p, size_t len, size_t i);
static int birth_follows(const errata_check_ctx *ctx, const errata__words *w, const pair_age *a,
                         const pair_birth *b);
static int birth_precedes(const errata_check_ctx *ctx, const errata__words *w, const pair_age *a,
                          const pair_birth *b);
static int age_word_leads(const errata__words *w, const char *p, size_t len, size_t at, size_t s);
static int apposed_name(const char *p, size_t len, size_t q, const pair_birth *b);
static int month_word(const errata_check_ctx *ctx, size_t i, size_t n);
static int past_own(const errata_check_ctx *ctx, const errata__words *w, const pair_age *a,
                    const pair_birth *b, size_t ss, size_t se);
static int death_subject(const errata_check_ctx *ctx, const errata__words *w, const pair_age *a,
                         const pair_birth *b, size_t ss, size_t se);
static size_t names_in(const errata_check_ctx *ctx, const errata__words *w, const pair_age *a,
                       const pair_birth *b, size_t s, size_t e);
static size_t birth_close(const errata_check_ctx *ctx, const errata__words *w, const pair_birth *b);
static int subject_words(const errata_check_ctx *ctx, const errata__words *w, const pair_birth *b,
                         size_t s, size_t e, int most);
static int pronoun_before(const errata_check_ctx *ctx, const errata__words *w, size_t i);
static int role_beside_name(const errata_check_ctx *ctx, const errata__words *w, const pair_age *a,
                            const pair_birth *b);

/* ---- ages ------------------------------------------------------------- */

/* Whether a character of Han, kana or Hangul ends right before i ("这名2000年"). */
static int wide_before(const char *p, size_t len, size_t i)
{
	size_t c = i;

	if (c == 0 || (unsigned char)p[c - 1] < 0x80)
		return 0;
	c--;
	while (c > 0 && ((unsigned char)p[c] & 0xc0) == 0x80)
		c--;
	return errata__wide_script_at(p, len, c);
}

/* Whether digits that are not a year (nor a date's) start at i. */
static int count_at(const errata_check_ctx *ctx, size_t i)
{
	const char *p = ctx->prose;
	size_t n = 0;

	while (i + n < ctx->prose_len && digit(p[i + n]))
		n++;
	return n > 0 && n < 4 && !mention_over(ctx, i);
}

/*
 * Whether the number [i, e) stands in a range or a list ("aged 18 to 25",
 * "5 and 7", "18-25"): a dash, a slash or a word of and_words between it
 * and another number (not a year: "en 2011 con 24 años"), or a word of
 * three bytes at most before the next one.
 */
static int in_series(const errata_check_ctx *ctx, const errata__words *w, size_t i, size_t e)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, j = errata__skip_space(p, len, e), b, we;

	if (j < len && (p[j] == '-' || p[j] == '/'))
		return count_at(ctx, errata__skip_space(p, len, j + 1));
	if (j + 3 < len && (unsigned char)p[j] == 0xe2 && (unsigned char)p[j + 1] == 0x80 &&
	    (unsigned char)p[j + 2] == 0x93)
		return count_at(ctx, errata__skip_space(p, len, j + 3));
	we = word_end(p, len, j);
	if (we > j && (we - j <= 3 || listed(&w->and_words, p, len, j)) &&
	    count_at(ctx, errata__skip_space(p, len, we)))
		return 1;
	b = space_back(p, i);
	if (b > 0 && (p[b - 1] == '-' || p[b - 1] == '/') && space_back(p, b - 1) > 0 &&
	    digit(p[space_back(p, b - 1) - 1]))
		return 1;
	we = b;
	b = word_back(p, len, b);
	if (b == we || !listed(&w->and_words, p, len, b))
		return 0;
	b = space_back(p, b);
	if (b == 0 || !digit(p[b - 1]))
		return 0;
	while (b > 0 && digit(p[b - 1]))
		b--;
	return count_at(ctx, b);
}

/*
 * Whether the age [i, e) closes where an age read by the word before it
 * must: at punctuation, the text's end, or a word of age_after or
 * clause_openers ("was 69 and long retired", "tenía 21 años cuando").
 */
static int age_closes(const errata_check_ctx *ctx, const errata__words *w, size_t e)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, j = errata__skip_space(p, len, e);

	if (j >= len || strchr(",.;:!?)", p[j]) || (unsigned char)p[j] == 0xe2)
		return 1;
	if (listed(&w->age_after, p, len, j) || listed(&w->clause_openers, p, len, j))
		return 1;
	/* "fyller 73 på onsdag den 11 mars": the day it is reached */
	for (int k = 0; k < 2 && j < len; k++) {
		if (mention_over(ctx, j) || listed(&w->weekday_names, p, len, j))
			return 1;
		j = errata__skip_space(p, len, word_end(p, len, j));
	}
	return 0;
}

/*
 * Whether a birthday's word follows the count that ends at e, past a
 * space ("89th birthday", "su 98 cumpleaños"): a word of leap_words
 * (the days whose date comes back: "birthday", "leap year").
 */
static int birthday_after(const errata__words *w, const char *p, size_t len, size_t e)
{
	size_t j = errata__skip_space(p, len, e);

	return j > e && errata__words_match(&w->leap_words, p, len, j, NULL) > 0;
}

/* Whether a capital letter is written in [s, e). */
static int capital_within(const char *p, size_t len, size_t s, size_t e)
{
	for (size_t i = s; i < e; i++)
		if (errata__capital_letter_at(p, len, i))
			return 1;
	return 0;
}

/*
 * Whether the word at j is a verb with its object, as far as the words
 * tell: the word after it is of `articles` or `referents` ("completed
 * his", "signed the"), where a noun would be followed by a verb or a
 * stop ("building needs", "car.").
 */
static int subject_at(const errata__words *w, const char *p, size_t len, size_t j)
{
	size_t q = errata__skip_space(p, len, word_end(p, len, j));

	return listed(&w->articles, p, len, q) || listed(&w->referents, p, len, q);
}

/*
 * Whether the word at j, after an age, is no noun that the age qualifies
 * but a word that opens what comes after the one aged: a preposition or a
 * link (place_preps, age_blockers, clause_openers, relatives, age_after:
 * "the 46-year-old from Swindon", "the 19-year-old with his lawyer") or
 * a word of two letters at most ("described the 19-year-old as calm").
 */
static int no_noun(const errata__words *w, const char *p, size_t len, size_t j)
{
	size_t e = word_end(p, len, j);
	int v = 0;

	/* "the 28-year-old now has", "the 28-year-old yesterday signed": an adverb of time */
	return e - j <= 2 || listed(&w->place_preps, p, len, j) ||
	       listed(&w->age_blockers, p, len, j) || listed(&w->clause_openers, p, len, j) ||
	       listed(&w->relatives, p, len, j) || listed(&w->age_after, p, len, j) ||
	       errata__words_match(&w->relative, p, len, j, NULL) == e - j ||
	       (errata__words_match(&w->age_is, p, len, j, &v) == e - j && (v & 8));
}

/*
 * A word before the digits at i that reads them as an age: of age_was,
 * age_is, age_turned or age_turns, or of age_words longer than three
 * bytes ("aged", "в возрасте"; "de" and "som" lead too much else), right
 * before them or one word apart ("was only 25"). 1 for a verb of the
 * past, 2 for another verb, 3 for another word, 4 for a word of
 * age_words of three bytes at most right before them ("de 24 años"), 0
 * for none; a verb's start in *vs.
 */
static int lead_word(const errata__words *w, const char *p, size_t len, size_t i, size_t *vs)
{
	const errata__wordlist *lists[] = { &w->age_was, &w->age_turned, &w->age_is, &w->age_turns,
	                                    &w->age_words };
	size_t b = space_back(p, i), ends[2] = { b, 0 }, s;
	int weak = 0;

	if (b == i)
		return 0;
	s = word_back(p, len, b);
	if (s < b && space_back(p, s) < s && errata__lower_letter_at(p, len, s))
		ends[1] = space_back(p, s);
	for (int k = 0; k < 2 && ends[k]; k++)
		for (size_t l = 0; l < sizeof(lists) / sizeof(lists[0]); l++) {
			size_t at = listed_before(lists[l], p, len, ends[k] + 1);

			/* a word of one byte leads nothing ("il y a 25 ans") */
			if (at == len || ends[k] - at < 2 || space_back(p, ends[k]) != ends[k])
				continue;
			if (l == 4 && ends[k] - at <= 3) {
				weak |= k == 0;
				continue;
			}
			if (k == 1 && l > 2)
				continue; /* only a verb skips a word: "was only 25" */
			*vs = at;
			return l < 2 ? 1 : l < 4 ? 2 : 3;
		}
	return weak ? 4 : 0;
}

/* Where the bracket closed at e opens, within 80 bytes and no other bracket; e when nowhere. */
static size_t bracket_open(const char *p, size_t e)
{
	for (size_t k = e; k > 0 && e - k < 80; k--) {
		if (p[k - 1] == '(')
			return k - 1;
		if (p[k - 1] == ')')
			break;
	}
	return e;
}

/*
 * The name right before the age at i, across a comma or a bracket
 * ("Lee, 61,", "Lee (61)"): its start, its length in *nl (0: none).
 */
static size_t name_beside(const errata__words *w, const char *p, size_t len, size_t i, size_t *nl)
{
	size_t b = space_back(p, i), c;

	*nl = 0;
	if (b == 0 || (p[b - 1] != ',' && p[b - 1] != '('))
		return 0;
	/* "Tom Hale (born Oct. 7, 1990), 36,": the name before the bracket */
	c = space_back(p, b - 1);
	if (p[b - 1] == ',' && c > 0 && p[c - 1] == ')') {
		size_t o = bracket_open(p, c - 1);

		return o < c - 1 ? errata__name_before(w, p, len, o, nl) : 0;
	}
	return errata__name_before(w, p, len, b - 1, nl);
}

/*
 * A word of death_verbs among the eight words before s, in its clause
 * (commas may stand between, a word of clause_openers or relatives may
 * not: "died peacefully at home last week aged 86"; not "died, and her
 * sister, aged 80"): its start, or the prose's length.
 */
static size_t death_before(const errata_check_ctx *ctx, const errata__words *w, size_t s)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, e, ws;

	for (int k = 0; k < 8; k++) {
		e = space_back(p, s);
		if (e > 0 && p[e - 1] == ',')
			e = space_back(p, e - 1);
		ws = word_back(p, len, e);
		/* one word with its hyphen: "morreu na segunda-feira aos 83 anos" */
		while (ws > 1 && ws < e && p[ws - 1] == '-' && errata__word_before(p, len, ws - 1))
			ws = word_back(p, len, ws - 1);
		if (ws == e || listed(&w->clause_openers, p, len, ws) ||
		    listed(&w->relatives, p, len, ws))
			break;
		if (listed(&w->death_verbs, p, len, ws))
			return ws;
		s = ws;
	}
	return len;
}

/*
 * The word of death_verbs of the sentence right before the one of the
 * verb at v, in its paragraph, when v's sentence is that verb, a pronoun
 * or nothing before it, and the age that ends at e closing it ("… has
 * died at her home in the village. She was 82."): its start, or the
 * prose's length.
 */
static size_t death_just_before(const errata_check_ctx *ctx, const errata__words *w, size_t v,
                                size_t e)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, ss, se, ps, pe, ws, q = errata__skip_space(p, len, e);

	errata__sentence(w, p, len, v, &ss, &se);
	errata__paragraph_bounds(p, len, v, &ps, &pe);
	if (ss <= ps || (q < se && strchr(".!", p[q]) == NULL))
		return len;
	ws = word_back(p, len, space_back(p, v));
	if (ws < v && ws >= ss && errata__words_match(&w->pronouns, p, len, ws, NULL) != space_back(p, v) - ws)
		return len;
	errata__sentence(w, p, len, ss - 1, &ps, &pe);
	for (size_t i = ps; i < pe; i++)
		if (errata__word_start(p, len, i) && listed(&w->death_verbs, p, len, i))
			return i;
	return len;
}

/*
 * A word of death_verbs among the three words after the age that ends
 * at e, in its clause (no punctuation, and no word of clause_openers,
 * relatives or and_words between: "im Alter von 86 Jahren gestorben",
 * "Ve věku 71 let zemřela", "52 yaşında hayatını kaybetti"; not "at 22
 * and died"): its start, or the prose's length. Where the verb closes
 * the clause or opens it, the age before it is the one at the death.
 */
static size_t death_after(const errata_check_ctx *ctx, const errata__words *w, size_t e)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, j = e;

	for (int k = 0; k < 3; k++) {
		j = errata__skip_space(p, len, j);
		if (j == e && k > 0)
			break;
		if (j >= len || !errata__is_word_byte(p, len, j) || listed(&w->clause_openers, p, len, j) ||
		    listed(&w->relatives, p, len, j) || listed(&w->and_words, p, len, j))
			break;
		if (listed(&w->death_verbs, p, len, j))
			return j;
		e = j = word_end(p, len, j);
	}
	return len;
}

/*
 * A verb among the two words after the phrase of age_at that ends at e,
 * with none but a word in lower case between and no punctuation: one of
 * four letters or more that ends in one of the table's verb_endings ("ve
 * 22 letech vyhrála", "w wieku 19 lat zdobyła"), the tense of the past
 * where they mark it. Its start, or len.
 */
static size_t past_verb_after(const errata__words *w, const char *p, size_t len, size_t e)
{
	size_t j = e, we;

	for (int k = 0; k < 2 && w->verb_endings.count; k++) {
		j = errata__skip_space(p, len, j);
		if (j == e || j >= len || !errata__lower_letter_at(p, len, j))
			break;
		we = word_end(p, len, j);
		for (size_t h = 0; h < w->verb_endings.count; h++) {
			const errata__word *x = &w->verb_endings.items[h];

			if (we - j >= x->len + 3 && !memcmp(p + we - x->len, x->word, x->len))
				return j;
		}
		e = j = we;
	}
	return len;
}

/*
 * The auxiliary of a verb of the past right before the phrase of age_at
 * [ps, e): a word of age_at_now and one word in lower case, the phrase
 * followed by a word of articles ("est devenue à 22 ans la plus jeune",
 * "è diventato a 22 anni il più giovane": the past of "devient à 36 ans
 * la plus jeune"). Its start, or len.
 */
static size_t perfect_before(const errata__words *w, const char *p, size_t len, size_t ps,
                             size_t e)
{
	size_t e1 = space_back(p, ps), s1 = word_back(p, len, e1), e0, s0;

	if (s1 == e1 || e1 == ps || !errata__lower_letter_at(p, len, s1) ||
	    !listed(&w->articles, p, len, errata__skip_space(p, len, e)))
		return len;
	e0 = space_back(p, s1);
	s0 = word_back(p, len, e0);
	return s0 < e0 && e0 < s1 && errata__words_match(&w->age_at_now, p, len, s0, NULL) == e0 - s0 ?
	       s0 : len;
}

/*
 * Whether a verb of the past of age_verbs_after follows the digits that
 * end at e and closes its clause ("die im März 66 wurde:", "die vorige
 * week 40 werd,"): where a clause ends in its verb, the age stands before it.
 */
static int verb_closes(const errata__words *w, const char *p, size_t len, size_t e)
{
	size_t j = errata__skip_space(p, len, e), n;

	if (j == e || !(n = errata__words_match(&w->age_verbs_after, p, len, j, NULL)))
		return 0;
	j = errata__skip_space(p, len, j + n);
	return j >= len || strchr(",.;:!?)\"", p[j]) || (unsigned char)p[j] == 0xe2;
}

/*
 * The word that opens the clause of the age at i, after a comma within
 * the five words before it, when it is a relative, an article or a
 * pronoun that the age's verb may have for its subject ("Renate Vogl,
 * die im März 66 wurde"; not "sagte, dass der Preis im März 44 war":
 * the clause's subject is a noun) and only words in lower case or a
 * month's name stand between: its start, or the prose's length.
 */
static size_t clause_opener(const errata_check_ctx *ctx, const errata__words *w, size_t i)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, s = i, e, ws;

	for (int k = 0; k < 5; k++) {
		e = space_back(p, s);
		if (e > 0 && p[e - 1] == ',')
			return listed(&w->relatives, p, len, s) || listed(&w->articles, p, len, s) ||
			       listed(&w->pronouns, p, len, s) ? s : len;
		ws = word_back(p, len, e);
		if (ws == e || (errata__capital_letter_at(p, len, ws) && !month_word(ctx, ws, e - ws)))
			return len;
		s = ws;
	}
	return len;
}

/*
 * Whether a phrase of age_at's value 2 at s ("aged 57") tells the age of
 * the one the sentence is about: set off by punctuation ("won in 2010,
 * aged 41"), after a verb of death_verbs ("who has died aged 86"), or
 * after the two words at most that open the sentence ("A man aged 57");
 * "beat a rival aged 60" tells another's.
 */
static int set_off(const errata_check_ctx *ctx, const errata__words *w, size_t s)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, b = space_back(p, s), ws;

	if (b == 0 || strchr(",;:(", p[b - 1]) || (unsigned char)p[b - 1] == 0x94 ||
	    (unsigned char)p[b - 1] == 0x93 || death_before(ctx, w, s) < len)
		return 1;
	ws = word_back(p, len, b);
	return ws < b && (opens(w, p, len, ws) ||
	                  opens(w, p, len, word_back(p, len, space_back(p, ws))));
}

/*
 * Whether the age [i, e) stands after a comma that follows a word in
 * lower case ("la skieuse, 36 ans,", "usta oyuncu, 80 yaşında yeniden"),
 * and no word of pair_asides or term_links follows it ("40 ans plus
 * tard", "20 ans de prison").
 */
static int set_off_after_noun(const errata_check_ctx *ctx, const errata__words *w, size_t i,
                              size_t e)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, b = space_back(p, i), j = errata__skip_space(p, len, e);

	if (b == 0 || p[b - 1] != ',' ||
	    (j < len && !strchr(",.;", p[j]) &&
	     (j == e || !errata__lower_letter_at(p, len, j) || listed(&w->pair_asides, p, len, j) ||
	      listed(&w->term_links, p, len, j))))
		return 0;
	b = space_back(p, b - 1);
	return b > 0 && errata__lower_letter_at(p, len, word_back(p, len, b));
}

/*
 * Whether the digits [i, e) stand alone in brackets right after a
 * character of Han, kana or Hangul ("박 감독(29)이", "田中選手（33）が"):
 * how those scripts write the age of the one just named.
 */
static int wide_bracket(const char *p, size_t len, size_t i, size_t e)
{
	/* "(" and ")", or the full-width "（" and "）" */
	if (i >= 1 && p[i - 1] == '(' && e < len && p[e] == ')')
		return wide_before(p, len, i - 1);
	return i >= 3 && !memcmp(p + i - 3, "\xef\xbc\x88", 3) && e + 3 <= len &&
	       !memcmp(p + e, "\xef\xbc\x89", 3) && wide_before(p, len, i - 3);
}

/*
 * Read the age whose digits start at i, if they are one: into *a, and
 * its end returned (0: none).
 */
/*
 * Whether a verb of age_turns tells the age a: its verb, or, where it has
 * none, one among the five words before it in its clause ("wird Ende des
 * Monats 90 Jahre alt", "il fêtera ses 76 ans"). The age is then the one
 * reached at a birthday, the next one too.
 */
static int turning(const errata__words *w, const char *p, size_t len, const pair_age *a)
{
	size_t i = a->s, e;

	if (a->verb < len)
		return listed(&w->age_turns, p, len, a->verb);
	for (int k = 0; k < 5; k++) {
		e = space_back(p, i);
		if (e == 0 || e == i || !errata__is_word_byte(p, len, e - 1))
			return 0;
		i = word_back(p, len, e);
		if (listed(&w->age_turns, p, len, i))
			return 1;
	}
	return 0;
}

/* Where the run of up to three capitalised words from j ends ("Галина Сергеевна"). */
static size_t capitals_run(const char *p, size_t len, size_t j)
{
	size_t e = word_end(p, len, j);

	for (int k = 1; k < 3 && e + 1 < len && p[e] == ' ' && errata__capital_letter_at(p, len, e + 1); k++)
		e = word_end(p, len, e + 1);
	return e;
}

/*
 * Whether the digits at i follow a word of indefinite_articles that opens
 * the sentence ("A 63-year-old was hurt", "En 53-åring ble skadet", "Ein
 * 73-Jähriger wurde verletzt"): the compound age brings in someone the
 * text has not named, no one born before it.
 */
static int indefinite_opening(const errata__words *w, const char *p, size_t len, size_t i)
{
	size_t b = space_back(p, i), s;

	if (b == i || !w->indefinite_articles.count)
		return 0;
	s = word_back(p, len, b);
	return s < b && listed(&w->indefinite_articles, p, len, s) && word_end(p, len, s) == b && opens(w, p, len, s);
}

static size_t age_at(const errata_check_ctx *ctx, const errata__words *w, size_t i, pair_age *a)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, n = 0, k, u, e = 0, j, ps;
	int v = 0, uv = 0, lead, pv;

	while (i + n < len && digit(p[i + n]) && n < 4)
		v = v * 10 + (p[i + n++] - '0');
	if (n > 3 || v < 1 || v > 130 || (i + n < len && digit(p[i + n])) || mention_over(ctx, i))
		return 0;
	if (i + n + 1 < len && strchr(".,:", p[i + n]) && digit(p[i + n + 1]))
		return 0; /* "3.5", "1,000", "10:30" */
	memset(a, 0, sizeof(*a));
	a->s = i;
	a->age = v;
	k = errata__words_match(&w->age_suffix, p, len, i + n, NULL);
	u = errata__words_match(&w->age_units, p, len, i + n, &uv);
	a->verb = a->past = a->clause = len;
	lead = lead_word(w, p, len, i, &a->verb);
	if (lead >= 3)
		a->verb = len;
	/* a phrase that is the digits and their unit alone, set off after a
	 * noun, is read so below ("deneyimli kaleci, 41 yaşında yeniden") */
	if ((e = errata__age_at_phrase(w, p, len, i, n, v, &ps, &pv)) > 0 &&
	    !(ps == i && u && e == i + n + u && set_off_after_noun(ctx, w, i, e))) {
		/* "beat a rival aged 60": the rival's age */
		if ((pv & 2) && !set_off(ctx, w, ps))
			return 0;
		a->dated = 1;
		a->verb = len; /* "aged 86", "aos 94 anos": the phrase tells whose itself */
		if ((a->past = death_before(ctx, w, ps)) >= len &&
		    (a->past = past_verb_after(w, p, len, e)) >= len &&
		    (a->past = perfect_before(w, p, len, ps, e)) >= len && (pv & 4))
			a->past = ps; /* "у свої 25 років": the years one has, no more */
	} else if (k && !(u == k && uv == 0) && !(uv && u > k)) {
		/* "51-year-old", "19 Jahre alt", "94 éves": a unit that tells an age alone */
		e = i + n + k;
		j = errata__skip_space(p, len, e);
		/* "die 81-Jährige feierte": a suffix with a capital is a noun itself */
		a->attributive = j > e && errata__lower_letter_at(p, len, j) &&
		                 !capital_within(p, len, i + n, e);
		/* "the 51-year-old completed his": no noun after it, but a verb and its object */
		if (a->attributive && !subject_at(w, p, len, j) && !listed(&w->copulas, p, len, j) &&
		    !no_noun(w, p, len, j))
			a->attributive = 2;
		/* "60-летняя Галина Сергеевна": the name after it is whose */
		if (j > e && !capital_within(p, len, i + n, e) && errata__capital_letter_at(p, len, j))
			a->name = j, a->name_len = capitals_run(p, len, j) - j;
		/* "the 51-year-old completed", "the 51-year-old.": the age names who */
		if (a->attributive == 1 || !errata__is_word_byte(p, len, j) ||
		    capital_within(p, len, i + n, e)) {
			size_t ws = word_back(p, len, space_back(p, i));

			a->substantive = listed(&w->articles, p, len, ws) || listed(&w->referents, p, len, ws);
		}
		a->compound = p[i + n] != ' ';
		if (a->compound && indefinite_opening(w, p, len, i))
			return 0;
		a->dated = lead == 1;
	} else if (u && uv) {
		e = i + n + u;
		a->dated = lead == 1;
	} else if (lead == 4 && u) {
		e = i + n + u; /* "El joven de 24 años, nacido": see birth_follows() */
		a->weak = 1;
	} else if (lead && age_closes(ctx, w, i + n + (k > u ? k : u))) {
		/* "was 69 and", "tenía 21 años cuando", "Grant is 22." */
		e = i + n + (k > u ? k : u);
		if (e > i + n && listed(&w->term_links, p, len, errata__skip_space(p, len, e)))
			return 0; /* "ha 25 anni di esperienza" */
		a->dated = lead == 1;
	} else if (!lead && verb_closes(w, p, len, i + n) &&
	           (a->clause = clause_opener(ctx, w, i)) < len) {
		e = i + n; /* "die im März 66 wurde:": a clause that ends in its verb */
		a->dated = 1;
	} else if ((a->name = name_beside(w, p, len, i, &a->name_len)), a->name_len &&
	           i + n < len &&
	           (p[i + n] == ',' || (p[i + n] == ')' && p[space_back(p, i) - 1] == '('))) {
		e = i + n; /* "Lee, 61,", "Lee (61)" */
	} else if (wide_bracket(p, len, i, i + n)) {
		e = i + n; /* "박 감독(29)이", "田中選手（33）が": a name's age in those scripts */
	} else if (u && set_off_after_noun(ctx, w, i, i + n + u)) {
		e = i + n + u; /* "Née le …, la skieuse, 36 ans, disputera" */
		a->set_off = 1;
	} else if (u && (j = errata__skip_space(p, len, i + n + u)) < len &&
	           death_after(ctx, w, i + n + u) == j) {
		e = i + n + u; /* "52 yaşında hayatını kaybetti": the age at a death */
		a->dated = 1;
	} else if (birthday_after(w, p, len, i + n +
	                          (k = errata__words_match(&w->ordinal_suffixes, p, len, i + n, NULL)))) {
		e = i + n + k; /* "her 89th birthday" */
		a->birthday = 1;
	} else {
		return 0;
	}
	if (in_series(ctx, w, i, e) || errata__age_ago(w, p, len, i, e))
		return 0;
	if (lead == 1 && a->dated && a->verb < len)
		a->past = a->verb;
	/* "Elhunyt a 70 éves festő", "Ve věku 71 let zemřela": the age at a death */
	if (a->past >= len && (a->past = death_before(ctx, w, i)) >= len)
		a->past = death_after(ctx, w, e);
	/* "… has died at her home. She was 82.": the verb of the past that
	 * opens a short sentence after a death's tells the age at it */
	if (lead == 1 && a->verb < len && !listed(&w->death_verbs, p, len, a->past) &&
	    (j = death_just_before(ctx, w, a->verb, e)) < len)
		a->past = j;
	a->death = a->past < len && listed(&w->death_verbs, p, len, a->past);
	/* "il fêtera ses 76 ans": no age of the past, as "à 23 ans" is */
	if ((a->turns = turning(w, p, len, a)) != 0)
		a->dated = 0;
	a->e = e;
	return e;
}

/* Every age of the prose, up to PAIR_MAX (then none: too many people to pair). */
/* An age that starts at the digit i, into d (find_ages()): where it ends, or 0. */
static size_t age_from(const errata_check_ctx *ctx, const errata__words *w, pair_doc *d, size_t i)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, e;
	pair_age a;

	if (i > 0 && errata__is_word_ascii((unsigned char)p[i - 1]))
		return 0;
	if (i > 0 && (unsigned char)p[i - 1] >= 0x80 && errata__word_before(p, len, i) &&
	    !wide_before(p, len, i))
		return 0; /* digits run on from a word ("Ü2") */
	if (!(e = age_at(ctx, w, i, &a)))
		return 0;
	if (d->nages < PAIR_MAX)
		d->ages[d->nages++] = a;
	else
		d->full = 1;
	return e;
}

/* Every age of the prose, up to PAIR_MAX (none past it), at the first digit of each run. */
static void find_ages(const errata_check_ctx *ctx, const errata__words *w, pair_doc *d)
{
	const errata__word_index *ix = ctx->words;
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, next = 0, e;

	if (ix) {
		for (size_t k = 0; k < ix->digit_run_count && !d->full; k++) {
			size_t i = ix->digit_runs[k];

			if (i >= next && (e = age_from(ctx, w, d, i)))
				next = e;
		}
	} else {
		for (size_t i = 0; i < len && !d->full; i++)
			if (digit(p[i]) && (i == 0 || !digit(p[i - 1])) && i >= next &&
			    (e = age_from(ctx, w, d, i)))
				next = e;
	}
	if (d->full)
		d->nages = 0;
}

/* ---- births ----------------------------------------------------------- */

/* A date with its year at i (a mention that starts there) or a year alone: its end, or 0. */
static size_t date_at(const errata_check_ctx *ctx, size_t i, int born[3])
{
	const errata_mention *m = mention_over(ctx, i);
	int y;

	if (m && m->offset == i && (m->flags & ERRATA_MENTION_YEAR_EXPLICIT) && m->year > 0 &&
	    errata_date_valid(m->year, m->month, m->day)) {
		born[0] = m->year;
		born[1] = m->month;
		born[2] = m->day;
		return m->offset + m->length;
	}
	if (!errata__word_start(ctx->prose, ctx->prose_len, i) &&
	    !wide_before(ctx->prose, ctx->prose_len, i))
		return 0;
	if (!(y = errata__read_year(ctx->prose, ctx->prose_len, i)))
		return 0;
	born[0] = y;
	born[1] = born[2] = 0;
	return i + 4;
}

/*
 * The date after a word of `born` that ends at j: within six words, in
 * its sentence and bracket ("born on 15 March 1938", "föddes i Luleå den
 * 11 mars 1956"), before a word of made_events, founding_events,
 * clause_openers or relatives, and not after a word of age_blockers
 * that no number follows ("born of a 1990 design"); its end, or 0.
 */
static size_t date_after(const errata_check_ctx *ctx, const errata__words *w, size_t j,
                         int born[3])
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, e, q = errata__skip_space(ctx->prose, len, j);
	int words = 0;

	/* "born of a 1990 design", "nacido de un acuerdo": no birth date; but
	 * a birthplace first ("Nascut a Reus el 5 de febrer de 1974") */
	e = errata__skip_space(p, len, word_end(p, len, q));
	if (listed(&w->age_blockers, p, len, q) && e < len && !digit(p[e]) &&
	    !(listed(&w->place_preps, p, len, q) && errata__capital_letter_at(p, len, e)))
		return 0;
	for (q = j; q < len && words <= 6; q++) {
		if (strchr(";!?)(", p[q]) || p[q] == '\n' ||
		    (p[q] == '.' && q + 1 < len && p[q + 1] == ' ' && !digit(p[q - 1]) &&
		     errata__lower_letter_at(p, len, q - 1) && word_end(p, len, word_back(p, len, q)) == q &&
		     q - word_back(p, len, q) > 2))
			return 0;
		if ((e = date_at(ctx, q, born)) > 0)
			return e;
		/* "born in a house built in 1920": the year of something else */
		if (errata__word_start(p, len, q) &&
		    (listed(&w->made_events, p, len, q) || listed(&w->founding_events, p, len, q) ||
		     listed(&w->clause_openers, p, len, q) || listed(&w->relatives, p, len, q)))
			return 0;
		if (errata__word_start(p, len, q))
			words++;
	}
	return 0;
}

/*
 * The start of the date that begins at s in the year y: the year itself
 * where it is written first, digits and a full stop, right before the
 * month ("1979. december 20-án született", whose mention is the month
 * and the day); else s.
 */
static size_t year_first(const char *p, size_t len, size_t s, int y)
{
	size_t d = s - 6;

	if (s < 6 || p[s - 1] != ' ' || p[s - 2] != '.' || (d > 0 && errata__is_word_byte(p, len, d - 1)))
		return s;
	for (size_t k = d; k < s - 2; k++)
		if (p[k] < '0' || p[k] > '9')
			return s;
	return atoi(p + d) == y ? d : s;
}

/*
 * The date right before the word of `born` at i ("die 1985 geborene",
 * "20 Kasım 2003 doğumlu", "12.12.1999 syntynyt", "1970年5月10日生まれ"),
 * or before a place ("am 3. Mai 1941 in Celle geboren"): its start, or len.
 */
static size_t date_before(const errata_check_ctx *ctx, const errata__words *w, size_t i,
                          int born[3])
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, e = space_back(p, i), ws = word_back(p, len, e), pw;
	const errata_mention *m;

	/* "am 3. Mai 1941 in Celle geboren": past the place */
	pw = word_back(p, len, space_back(p, ws));
	if (ws < e && errata__capital_letter_at(p, len, ws) && pw < space_back(p, ws) &&
	    errata__words_match(&w->place_preps, p, len, pw, NULL) == space_back(p, ws) - pw)
		e = space_back(p, pw);
	m = e > 0 ? mention_over(ctx, e - 1) : NULL;

	if (m && m->offset + m->length == e && (m->flags & ERRATA_MENTION_YEAR_EXPLICIT) &&
	    m->year > 0 && errata_date_valid(m->year, m->month, m->day)) {
		born[0] = m->year;
		born[1] = m->month;
		born[2] = m->day;
		return year_first(p, len, m->offset, m->year);
	}
	/* "1942-ben született", "2005'te doğan": past the year's case ending */
	if (e > 0 && (ws = errata__age_case_ending(p, e)) < e && ws >= 4 &&
	    date_at(ctx, ws - 4, born) == ws)
		return ws - 4;
	/* "1951년생", "1936年生": a year and its counter */
	if (e == i && e >= 7 && (unsigned char)p[e - 3] >= 0xe0 && date_at(ctx, e - 7, born) == e - 3)
		return e - 7;
	if (e >= 4 && date_at(ctx, e - 4, born) == e)
		return e - 4;
	return len;
}

/*
 * The name a birth at [s, ...) tells of: the name before it, across a
 * comma, a bracket or a copula ("Edna Sharp, born", "Lee (born",
 * "Jonas Whitfield was born"); else one that opens the sentence and a
 * comma closes ("Shirley Adebayo, who has died ..., was born"). *nl 0: none.
 */
static size_t birth_name(const errata_check_ctx *ctx, const errata__words *w, size_t s, size_t *nl)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, e = space_back(p, s), ws, ss, se, n;

	*nl = 0;
	if (e > 0 && (p[e - 1] == ',' || p[e - 1] == '('))
		e = space_back(p, e - 1);
	else if ((ws = listed_before(&w->copulas, p, len, e)) < len)
		e = space_back(p, ws);
	else if (e >= 2 && p[e - 1] == '.' && !errata__initial_at(p, len, e - 2))
		e--; /* "… goes to Maggie Rowe. Born on": the stop is no part of the name */
	n = errata__name_before(w, p, len, e, nl);
	/* "Vuonna 1961 syntynyt": a word that opens the sentence right before
	 * the date is capitalised for that place alone; "… z Nového Města na
	 * Moravě. Narodil se": a name after a word of place_preps is a place's */
	if (*nl && (errata__words_match(&w->pronouns, p, len, n, NULL) == *nl ||
	            (n > 0 && listed_before(&w->place_preps, p, len, space_back(p, n)) < len) ||
	            errata__words_match(&w->articles, p, len, n, NULL) == *nl ||
	            errata__words_match(&w->referents, p, len, n, NULL) == *nl ||
	            (word_end(p, len, n) == n + *nl && space_back(p, s) == n + *nl &&
	             opens(w, p, len, n))))
		*nl = 0;
	if (*nl)
		return n;
	errata__sentence(w, p, len, s, &ss, &se);
	ss = errata__skip_space(p, len, ss);
	n = errata__name_before(w, p, len, word_end(p, len, ss), nl);
	if (n != ss || !*nl)
		return *nl = 0;
	/* a run of two words or more, closed by a comma */
	for (ws = ss; ws < len && errata__is_word_byte(p, len, ws); ws++)
		;
	e = ss + *nl;
	while (e < len && p[e] == ' ' && errata__capital_letter_at(p, len, e + 1))
		e = word_end(p, len, e + 1);
	if (ws == e || e >= len || p[e] != ',')
		return *nl = 0;
	*nl = e - ss;
	return ss;
}

static void add_birth(pair_doc *d, size_t s, size_t e, const int born[3], const int died[3])
{
	pair_birth *b;

	if (d->nbirths == PAIR_MAX)
		return;
	b = &d->births[d->nbirths++];
	memset(b, 0, sizeof(*b));
	b->s = s;
	b->e = e;
	memcpy(b->born, born, sizeof(b->born));
	if (died)
		memcpy(b->died, died, sizeof(b->died));
}

/* A word of `born` at i: the birth it states, if one. */
static void born_word(const errata_check_ctx *ctx, const errata__words *w, pair_doc *d, size_t i,
                      size_t k, int after_only)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, e, s;
	int born[3] = { 0, 0, 0 };

	if (i > 0 && (p[i - 1] == '-' || errata__word_before(p, len, i)))
		return; /* "Danish-born" */
	/* "de in 1980 geboren schaatsster won in 2001": the date before it
	 * first; a date after a word of birth_bounds is a cut-off, no one's
	 * birth ("alle, die spätestens am 8. März 2008 geboren sind", "born
	 * on or before March 8, 2008") */
	if ((s = date_before(ctx, w, i, born)) < len) {
		if (listed_before(&w->birth_bounds, p, len, s) < len)
			return;
		add_birth(d, s, i + k, born, NULL);
	} else if (!after_only && errata__words_match(&w->birth_bounds, p, len,
	                                              errata__skip_space(p, len, i + k), NULL) > 0) {
		return;
	} else if (!after_only && (e = date_after(ctx, w, i + k, born)) > 0) {
		add_birth(d, i, e, born, NULL);
	} else {
		return;
	}
	d->births[d->nbirths - 1].name = birth_name(ctx, w, d->births[d->nbirths - 1].s,
	                                            &d->births[d->nbirths - 1].name_len);
}

/*
 * A birth told with the genealogical star at the bracket i ("Anna Berg
 * (* 4. November 1979)"): the date right after it, closing the bracket.
 */
static void birth_star(const errata_check_ctx *ctx, const errata__words *w, pair_doc *d, size_t i)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, q = errata__skip_space(p, len, i + 1), e;
	int born[3] = { 0, 0, 0 };

	if (q >= len || p[q] != '*' || !(e = date_at(ctx, errata__skip_space(p, len, q + 1), born)) ||
	    errata__skip_space(p, len, e) >= len || p[errata__skip_space(p, len, e)] != ')')
		return;
	add_birth(d, i, e, born, NULL);
	d->births[d->nbirths - 1].name = birth_name(ctx, w, i, &d->births[d->nbirths - 1].name_len);
}

/*
 * A life span at the bracket i: "(14 February 1931 – 12 June 2026)",
 * "(1929-2025)", after a name; of ten years at least (a term of office
 * is shorter).
 */
static void life_span(const errata_check_ctx *ctx, const errata__words *w, pair_doc *d, size_t i)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, q, e, nm, nl;
	int born[3] = { 0, 0, 0 }, died[3] = { 0, 0, 0 };

	/* (the date first: few brackets open with one, many follow a name) */
	q = errata__skip_space(p, len, i + 1);
	if (!(e = date_at(ctx, q, born)))
		return;
	nm = errata__name_before(w, p, len, i, &nl);
	if (!nl)
		return;
	q = errata__skip_space(p, len, e);
	if (q < len && p[q] == '-')
		q++;
	else if (q + 2 < len && (unsigned char)p[q] == 0xe2 && (unsigned char)p[q + 1] == 0x80 &&
	         ((unsigned char)p[q + 2] == 0x93 || (unsigned char)p[q + 2] == 0x94))
		q += 3;
	else
		return;
	q = errata__skip_space(p, len, q);
	if (!(e = date_at(ctx, q, died)))
		return;
	e = errata__skip_space(p, len, e);
	if (e >= len || p[e] != ')' || died[0] - born[0] < 10 || died[0] - born[0] > 125)
		return;
	add_birth(d, i, e + 1, born, died);
	d->births[d->nbirths - 1].name = nm;
	d->births[d->nbirths - 1].name_len = nl;
}

/*
 * A birthplace and a year in brackets after a name, at the bracket i
 * ("el pintor Joan Puig (Reus, 1938)", "Carla Neri (Bari, 1961)"): up
 * to three capitalised words, a comma, the year and the bracket's end.
 */
static void place_year(const errata_check_ctx *ctx, const errata__words *w, pair_doc *d, size_t i)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, q = errata__skip_space(p, len, i + 1), e, nm, nl;
	int born[3] = { 0, 0, 0 }, words = 0;

	while (q < len && errata__capital_letter_at(p, len, q) && words++ < 3)
		q = errata__skip_space(p, len, word_end(p, len, q));
	if (!words || words > 3 || q >= len || p[q] != ',')
		return;
	q = errata__skip_space(p, len, q + 1);
	if (!(e = date_at(ctx, q, born)) || born[1] || (e = errata__skip_space(p, len, e)) >= len ||
	    p[e] != ')')
		return;
	nm = errata__name_before(w, p, len, i, &nl);
	if (!nl)
		return;
	add_birth(d, i, e + 1, born, NULL);
	d->births[d->nbirths - 1].name = nm;
	d->births[d->nbirths - 1].name_len = nl;
}

/* Whether a word of l is written in p[s, e), in any place: words of Han, kana and Hangul join. */
static int listed_within(const errata__wordlist *l, const char *p, size_t s, size_t e)
{
	for (size_t h = 0; h < l->count; h++)
		for (size_t k = s; k + l->items[h].len <= e; k++)
			if (memcmp(p + k, l->items[h].word, l->items[h].len) == 0)
				return 1;
	return 0;
}

/* The most bytes before a birth's date that its clause is looked at in for a supposition. */
#define SUPPOSED_BEFORE 60

/*
 * Whether a word of birth_conditions makes the birth from s, whose word
 * of born_after ends at e, a supposition and nobody's: written in the
 * run of Han, kana or Hangul that word goes on in ("2008년 6월 3일생이라면",
 * "태어났다면", "2008年6月3日生まれなら") or in its clause before the date
 * ("如果你是2008年6月3日出生的").
 */
static int supposed_birth(const errata__words *w, const char *p, size_t len, size_t s, size_t e)
{
	size_t k = e, a = s;

	if (!w->birth_conditions.count)
		return 0;
	while (k < len && errata__wide_script_at(p, len, k))
		k = errata__utf8_char_end(p, len, k);
	while (a > 0 && s - a < SUPPOSED_BEFORE && !strchr(",.;:!?\n", p[a - 1]) &&
	       !(a >= 3 && (memcmp(p + a - 3, "\xef\xbc\x8c", 3) == 0 || memcmp(p + a - 3, "\xe3\x80\x82", 3) == 0)))
		a--;
	return listed_within(&w->birth_conditions, p, e, k) || listed_within(&w->birth_conditions, p, a, s);
}

/* A word of born_after at i that follows its date ("1998年3月1日生まれ", "1951년생"). */
static void born_after(const errata_check_ctx *ctx, const errata__words *w, pair_doc *d, size_t i)
{
	int born[3] = { 0, 0, 0 };
	size_t s, k;

	for (size_t h = 0; h < w->born_after.count; h++) {
		k = w->born_after.items[h].len;
		if (i + k > ctx->prose_len || memcmp(ctx->prose + i, w->born_after.items[h].word, k))
			continue;
		if ((s = date_before(ctx, w, i, born)) < ctx->prose_len && space_back(ctx->prose, i) == i) {
			if (!supposed_birth(w, ctx->prose, ctx->prose_len, s, i + k))
				add_birth(d, s, i + k, born, NULL);
			return;
		}
	}
}

/*
 * A word of `born` with one or two letters more, as an adjective takes
 * them after its date ("die 1985 geborene Ruderin"): the word's length,
 * or 0.
 */
static size_t born_inflected(const errata__words *w, const char *p, size_t len, size_t i)
{
	size_t e = word_end(p, len, i);

	for (size_t h = 0; h < w->born.count; h++) {
		const errata__word *x = &w->born.items[h];
		size_t k;

		if (!x->ends_word || x->len + 2 < e - i || x->len >= e - i)
			continue;
		for (k = 0; k < x->len; k++)
			if (errata__lower_ascii[(unsigned char)p[i + k]] != (unsigned char)x->low[k])
				break;
		if (k == x->len)
			return e - i;
	}
	return 0;
}

/* A born word at the word start i (find_births()). */
static void birth_word_at(const errata_check_ctx *ctx, const errata__words *w, pair_doc *d,
                          size_t i)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, k;

	if (w->born_respectively.count && !d->respectively && errata__word_start(p, len, i) &&
	    errata__words_match(&w->born_respectively, p, len, i, NULL))
		d->respectively = 1;
	if ((!errata__words_may_start(&w->born, p, len, i) &&
	     !errata__words_may_start(&w->born_year_after, p, len, i)) ||
	    !errata__word_start(p, len, i))
		return;
	if ((k = errata__words_match(&w->born, p, len, i, NULL)) > 0)
		born_word(ctx, w, d, i, k, 0);
	else if ((k = errata__words_match(&w->born_year_after, p, len, i, NULL)) > 0 ||
	         (k = born_inflected(w, p, len, i)) > 0)
		born_word(ctx, w, d, i, k, 1);
}

static int by_birth_start(const void *a, const void *b)
{
	const pair_birth *x = a, *y = b;

	return x->s < y->s ? -1 : x->s > y->s;
}

/*
 * Every birth of the prose, up to PAIR_MAX, in text order: life spans at
 * the brackets, births written after their year in wide scripts, and the
 * words of born and born_year_after at the places the consistency scan
 * keeps for them (born_starts; an inflected form opens with a word of
 * born too).
 */
static void find_births(const errata_check_ctx *ctx, const errata__words *w, pair_doc *d)
{
	const char *p = ctx->prose, *q;
	size_t len = ctx->prose_len;
	errata__starts_walk walk;

	for (q = memchr(p, '(', len); q; q = memchr(q + 1, '(', (size_t)(p + len - q - 1))) {
		life_span(ctx, w, d, (size_t)(q - p));
		birth_star(ctx, w, d, (size_t)(q - p));
		place_year(ctx, w, d, (size_t)(q - p));
	}
	if (w->born_after.count)
		for (size_t i = 0; i < len; i++)
			if ((unsigned char)p[i] >= 0xe0 && errata__words_may_start(&w->born_after, p, len, i))
				born_after(ctx, w, d, i);
	errata__starts_walk_begin(&walk, &w->born_starts, p, len);
	for (size_t i, from = 0; (i = errata__starts_walk_next(&walk, from)) < len; from = i + 1)
		birth_word_at(ctx, w, d, i);
	qsort(d->births, d->nbirths, sizeof(d->births[0]), by_birth_start);
}

/* ---- pairing ---------------------------------------------------------- */

/* Whether two births may be one: the same year, and day and month where both give them. */
static int same_birth(const pair_birth *a, const pair_birth *b)
{
	return a->born[0] == b->born[0] &&
	       (!a->born[1] || !b->born[1] || a->born[1] == b->born[1]) &&
	       (!a->born[2] || !b->born[2] || a->born[2] == b->born[2]);
}

/*
 * The one birth (or births of one person) whose start lies in [s, e): its
 * index, the most precise of them; -1 when none, -2 when two people's.
 */
static int birth_within(const pair_doc *d, size_t s, size_t e)
{
	int found = -1;

	for (size_t k = 0; k < d->nbirths; k++) {
		const pair_birth *b = &d->births[k];

		if (b->s < s || b->s >= e)
			continue;
		if (found >= 0 && !same_birth(&d->births[found], b))
			return -2;
		if (found < 0 || b->born[2] > d->births[found].born[2] || b->died[0] ||
		    (b->name_len && !d->births[found].name_len))
			found = (int)k;
	}
	return found;
}

static size_t ages_within(const pair_doc *d, size_t s, size_t e)
{
	size_t n = 0;

	for (size_t k = 0; k < d->nages; k++)
		n += d->ages[k].s >= s && d->ages[k].s < e;
	return n;
}

/* Whether the word at i is one of the twelve months' names (the article's language). */
static int month_word(const errata_check_ctx *ctx, size_t i, size_t n)
{
	return errata__month_named(ctx->locale, ctx->prose + i, n) > 0;
}

/* Whether the word at i opens its sentence. */
static int opens(const errata__words *w, const char *p, size_t len, size_t i)
{
	size_t ss, se;

	errata__sentence(w, p, len, i, &ss, &se);
	ss = errata__skip_space(p, len, ss);
	while (ss < i && !errata__is_word_byte(p, len, ss))
		ss++;
	return ss == i;
}

/* Whether the word [i, e) is written in the name [n, n + nl). */
static int in_name(const char *p, size_t n, size_t nl, size_t i, size_t e)
{
	return nl && e > i && errata__memmem(p + n, nl, p + i, e - i) != NULL;
}

/* Whether the word at i is a word of the tables that may open a sentence ("On", "The", "When"). */
static int function_word(const errata__words *w, const char *p, size_t len, size_t i)
{
	const errata__wordlist *fn[] = { &w->articles, &w->referents, &w->pronouns, &w->clause_openers,
	                                 &w->place_preps, &w->age_blockers, &w->born, &w->relatives };
	size_t e = word_end(p, len, i);

	for (size_t k = 0; k < sizeof(fn) / sizeof(fn[0]); k++)
		if (errata__words_match(fn[k], p, len, i, NULL) == e - i)
			return 1;
	return 0;
}

/*
 * Whether the capitalised word at i names someone who is not the one
 * born b: not a date's, a weekday's or a month's, not after a word of
 * place_preps or (but when `counting` people) age_blockers ("in Bergen",
 * "mayor of Wexbridge"), not a word of the tables
 * that opens a sentence ("On", "The"), not the birth's name or the age's,
 * not a word of a run whose first word was weighed ("Kirkby Stephen"),
 * and, where every noun has a capital, not alone.
 */
static int other_name(const errata_check_ctx *ctx, const errata__words *w, size_t i,
                      const pair_age *a, const pair_birth *b, int counting)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, e = word_end(p, len, i), pw, nx;
	/* "Saint-Gérard": the compound was weighed at its first word */
	if (!errata__capital_letter_at(p, len, i) || (i > 0 && p[i - 1] == '-') || mention_over(ctx, i) ||
	    listed(&w->weekday_names, p, len, i) || month_word(ctx, i, e - i) ||
	    in_name(p, b->name, b->name_len, i, e) || in_name(p, a->name, a->name_len, i, e) ||
	    (i >= b->s && i < b->e))
		return 0;
	if (function_word(w, p, len, i))
		return 0;
	pw = word_back(p, len, space_back(p, i));
	/* "über drei Jahrzehnte Hausarzt": where every noun has a capital, a
	 * word after a number is a noun counted */
	if (w->nouns_capitalized && pw < i && space_back(p, i) + 1 == i &&
	    (digit(p[pw]) || errata__words_match(&w->numbers, p, len, pw, NULL) == space_back(p, i) - pw))
		return 0;
	/* "Kirkby Stephen": a run is weighed at its first word */
	if (pw < i && space_back(p, i) + 1 == i && errata__capital_letter_at(p, len, pw))
		return 0;
	if (pw < i && (errata__words_match(&w->place_preps, p, len, pw, NULL) == space_back(p, i) - pw ||
	               (!counting &&
	                errata__words_match(&w->age_blockers, p, len, pw, NULL) == space_back(p, i) - pw)))
		return 0;
	/* alone where every noun has a capital, or opening a sentence ("On Saturday", "Toen zij") */
	nx = errata__skip_space(p, len, e);
	if ((w->nouns_capitalized || opens(w, p, len, i)) &&
	    !(nx > e && errata__capital_letter_at(p, len, nx) && !mention_over(ctx, nx) &&
	      !function_word(w, p, len, nx) &&
	      !listed(&w->weekday_names, p, len, nx) &&
	      !month_word(ctx, nx, word_end(p, len, nx) - nx)))
		return 0;
	return 1;
}

int errata__birth_qualifies_next(const errata__words *w, const char *p, size_t len, size_t e)
{
	size_t j = e;

	while (j < len && p[j] == ' ')
		j++;
	if (j == e || j >= len || !errata__is_word_byte(p, len, j))
		return 0;
	if (errata__capital_letter_at(p, len, j))
		return 1;
	for (size_t h = 0; h < w->kin.count; h++) {
		const errata__word *x = &w->kin.items[h];
		size_t k = 0;

		while (k < x->len && j + k < len &&
		       errata__lower_ascii[(unsigned char)p[j + k]] == (unsigned char)x->low[k])
			k++;
		if (k == x->len)
			return 1;
	}
	return 0;
}

int errata__age_ago(const errata__words *w, const char *p, size_t len, size_t i, size_t e)
{
	const errata__wordlist *verbs[] = { &w->age_is, &w->age_was, &w->age_turns, &w->age_turned };
	size_t b = listed_before(&w->relative_ago_before, p, len, i), j;

	/* "are acum 40 de ani", "faz 40 anos": the word is the age's verb, or part of it */
	for (size_t l = 0; b < len && l < sizeof(verbs) / sizeof(verbs[0]); l++)
		if (listed_before(verbs[l], p, len, i) <= b)
			b = len;
	if (b < len)
		return 1;
	j = errata__skip_space(p, len, e);
	return j > e && listed(&w->relative_ago, p, len, j);
}

/* Whether a quotation mark opens or closes at i: ", ', “, ”, ‘, ’, «, », „ (its length, or 0). */
static size_t quote_at(const char *p, size_t len, size_t i)
{
	const unsigned char *u = (const unsigned char *)p + i;

	if (p[i] == '"' || p[i] == '\'')
		return 1;
	if (i + 2 < len && u[0] == 0xe2 && u[1] == 0x80 && u[2] >= 0x98 && u[2] <= 0x9e)
		return 3;
	return i + 1 < len && u[0] == 0xc2 && (u[1] == 0xab || u[1] == 0xbb) ? 2 : 0;
}

/*
 * Whether the age a is told by the one born b in the first person, in a
 * quotation that the sentence gives to b's name after it ("'I was 16
 * when I signed,' says Neil Ambrose, born on 14 February 1983"): a word
 * of `first_person` before the age's verb, a quotation mark before that
 * word in its sentence and another between the age and the birth's name.
 */
static int quoted_speaker(const errata_check_ctx *ctx, const errata__words *w, const pair_age *a,
                          const pair_birth *b)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, e, ws, ss, se, n;
	int open = 0, close = 0;

	if (a->verb >= len || !b->name_len || b->name < a->e)
		return 0;
	e = space_back(p, a->verb);
	ws = word_back(p, len, e);
	if (ws == e || errata__words_match(&w->first_person, p, len, ws, NULL) != e - ws)
		return 0;
	errata__sentence(w, p, len, a->s, &ss, &se);
	for (size_t i = ss; i < ws; i += n ? n : 1)
		open |= (n = quote_at(p, len, i)) > 0 && (p[i] != '\'' || i == 0 || !errata__is_word_byte(p, len, i - 1));
	for (size_t i = a->e; i < b->name; i += n ? n : 1)
		close |= (n = quote_at(p, len, i)) > 0;
	return open && close;
}

/*
 * Where the quotation that opens the sentence of the age a starts, when
 * the sentence gives it to the one the age stands for or names ("«…»,
 * δήλωσε ο 98χρονος", "\"…,\" said the 98-year-old", "«…», — смеётся
 * 60-летняя Галина Сергеевна"): its words are that
 * person's, and the names in them name no one aged; its end in *e. The
 * prose's length if none.
 */
static size_t said_quote(const errata_check_ctx *ctx, const errata__words *w, const pair_age *a,
                         size_t *e)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, ss, se, n, close = len;

	*e = 0;
	if (!a->substantive && !a->name_len)
		return len;
	errata__sentence(w, p, len, a->s, &ss, &se);
	ss = errata__skip_space(p, len, ss);
	if (ss >= a->s || !quote_at(p, len, ss))
		return len;
	for (size_t i = ss + 1; i < a->s; i += n ? n : 1)
		if ((n = quote_at(p, len, i)) > 0)
			close = i;
	if (close >= len)
		return len;
	*e = close;
	return ss;
}

/*
 * The pronoun of `pronouns` that is the subject of the word at i, before
 * it past a copula ("she was born", "he was 38"), else, from `after` on,
 * past a comma ("Born in 1990, she"), else the word that opens the
 * sentence ("She said she was 38"): its start, or the prose's length.
 */
static size_t subject_pronoun(const errata_check_ctx *ctx, const errata__words *w, size_t i,
                              size_t after)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, e = space_back(p, i), ws, ss, se;

	if ((ws = listed_before(&w->copulas, p, len, e)) < len)
		e = space_back(p, ws);
	ws = word_back(p, len, e);
	if (ws < e && errata__words_match(&w->pronouns, p, len, ws, NULL) == e - ws)
		return ws;
	while (after < len && (p[after] == ' ' || p[after] == ','))
		after++;
	if (listed(&w->pronouns, p, len, after))
		return after;
	errata__sentence(w, p, len, i, &ss, &se);
	while (ss < len && !errata__is_word_byte(p, len, ss))
		ss++;
	return listed(&w->pronouns, p, len, ss) ? ss : len;
}

/*
 * Whether the age a and the birth b have two different pronouns for
 * their subjects ("She was born in 1990. He was 38 when …").
 */
static int other_pronoun(const errata_check_ctx *ctx, const errata__words *w, const pair_age *a,
                         const pair_birth *b)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, pa = subject_pronoun(ctx, w, a->verb < len ? a->verb : a->s, len);
	size_t pb = subject_pronoun(ctx, w, b->s, b->e), n;

	if (pa >= len || pb >= len)
		return 0;
	n = word_end(p, len, pa) - pa;
	return n != word_end(p, len, pb) - pb || !errata__same_folded(p + pa, p + pb, n);
}

/*
 * How many words of name_links [s, e) holds in Han, kana or Hangul
 * before a word of birth_links (the subject's particle), but for one
 * after a date: a second one after a birth ("1990年出生的歌手的儿子",
 * "1990年生まれの歌手の息子") makes the noun after it another's, where no
 * capital tells names.
 */
static size_t wide_links(const errata_check_ctx *ctx, const errata__words *w, size_t s, size_t e)
{
	const char *p = ctx->prose;
	size_t n = 0;

	for (size_t i = s, k; i < e; i++) {
		if ((unsigned char)p[i] < 0xe0 || !errata__wide_script_at(p, ctx->prose_len, i))
			continue;
		/* past the subject's particle that closes its word ("鈴木選手は、",
		 * "아들은 33세"; not "가수"), the predicate's words */
		if ((k = errata__words_match(&w->birth_links, p, ctx->prose_len, i, NULL)) > 0 &&
		    !errata__wide_script_at(p, ctx->prose_len, i + k))
			break;
		/* "2月20日の大会": a date's link is no one's */
		n += errata__words_match(&w->name_links, p, ctx->prose_len, i, NULL) > 0 &&
		     !(i > 0 && mention_over(ctx, i - 1));
	}
	return n;
}

/* Whether a word of `kin` is among the three words on either side of the age a ("her daughter, 12", "his 12-year-old son"). */
static int kin_beside(const errata__words *w, const char *p, size_t len, const pair_age *a)
{
	size_t s = a->s, e = a->e;

	for (int k = 0; k < 3; k++) {
		s = word_back(p, len, space_back(p, s) > 0 && !errata__word_before(p, len, space_back(p, s)) ?
		                          space_back(p, s) - 1 : space_back(p, s));
		e = errata__skip_space(p, len, e < len && !errata__is_word_byte(p, len, e) ? e + 1 : e);
		if (listed(&w->kin, p, len, s) || listed(&w->kin, p, len, e))
			return 1;
		e = word_end(p, len, e);
	}
	return 0;
}

/*
 * Whether the word [w, w + n) starts a word in [s, e) (an ending may
 * follow: "Novotného"), not the first part of a compound ("Duarte" of
 * "Duarte-Lopes").
 */
static int word_within(const char *p, size_t len, size_t w, size_t n, size_t s, size_t e)
{
	const char *q;

	for (; s + n <= e && (q = errata__memmem(p + s, e - s, p + w, n)); s++) {
		s = (size_t)(q - p);
		if (!errata__word_before(p, len, s) && (s + n >= len || p[s + n] != '-'))
			return 1;
	}
	return 0;
}

/*
 * Whether the age a's name is the birth b's: its last word is a word of
 * b's name, and so is its first where it has two or more ("Ryba" or
 * "Pavel Ryba" for "Pavel Ryba"; not "Ruth Hale" for "Tom Hale", kin).
 */
static int same_name(const char *p, size_t len, const pair_age *a, const pair_birth *b)
{
	size_t end = a->name + a->name_len, last = word_back(p, len, end), first = word_end(p, len, a->name);

	return word_within(p, len, last, end - last, b->name, b->name + b->name_len) &&
	       (first >= end || word_within(p, len, a->name, first - a->name, b->name, b->name + b->name_len));
}

/*
 * Whether the last word of the age a's name, of three bytes or more,
 * starts a word of the birth b's sentence before it, or of the sentence
 * before that in its paragraph, where b names nobody itself: the name the
 * birth's pronoun or unsaid subject stands for ("historik Jan Novotný …
 * Narodil se 3. listopadu 1958" for "Novotný (68)"; "Галина Сергеевна
 * Рыбакова … Она родилась" for "60-летняя Галина Сергеевна").
 */
static int name_by_birth(const errata_check_ctx *ctx, const errata__words *w, const pair_age *a,
                         const pair_birth *b)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, ss, se, ps, pe, end = a->name + a->name_len;
	size_t last = word_back(p, len, end);

	errata__sentence(w, p, len, b->s, &ss, &se);
	errata__paragraph_bounds(p, len, b->s, &ps, &pe);
	if (ss > ps)
		errata__sentence(w, p, len, ss - 1, &ss, &se);
	return end - last >= 3 && word_within(p, len, last, end - last, ss, b->s);
}

/*
 * Whether someone else may stand between the age a and the birth b, or
 * beside the age: a word of `kin` between them or among the three words
 * on either side of the age ("her daughter, 12", "his 12-year-old son"),
 * a word of and_words between them ("born in 1982, and the
 * 41-year-old"), another name between them (other_name()), or a name
 * beside the age that is not the birth's.
 */
static int someone_else(const errata_check_ctx *ctx, const errata__words *w, const pair_age *a,
                        const pair_birth *b)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, from = a->e < b->e ? a->e : b->e, to = a->s > b->s ? a->s : b->s;
	size_t said, said_end;
	int quoted;

	/* "Ali Kaya (28), 25 Aralık 1994 doğumlu", "een 29-jarige man (geboren":
	 * a birth right after the age is that person's, unless it qualifies
	 * the word after it ("1990 doğumlu kızıyla") */
	if ((birth_follows(ctx, w, a, b) || birth_precedes(ctx, w, a, b)) &&
	    !errata__birth_qualifies_next(w, p, len, b->e))
		return 0;
	if (other_pronoun(ctx, w, a, b))
		return 1;
	/* the age's name is the birth's, or the one its pronoun or unsaid
	 * subject stands for ("… Jan Novotný. Narodil se …" before "říká
	 * Novotný (68)"): the same person, whoever else stands between */
	if (a->name_len)
		return !(b->name_len ? same_name(p, len, a, b) : name_by_birth(ctx, w, a, b)) ||
		       kin_beside(w, p, len, a);
	if (kin_beside(w, p, len, a))
		return 1;
	if (wide_links(ctx, w, from, to) > 1)
		return 1;
	quoted = quoted_speaker(ctx, w, a, b);
	said = said_quote(ctx, w, a, &said_end);
	for (size_t i = from; i < to; i++) {
		if (i >= said && i < said_end)
			continue;
		if (!errata__word_start(p, len, i) || (quoted && listed(&w->first_person, p, len, i)))
			continue;
		/* "born in 1982, and the 41-year-old stadium": and another; "werd in
		 * 1999 geboren en is dus 31", "né le 12 mai 1988 et âgé de 37 ans":
		 * and the same subject's verb, or its word of age */
		if (listed(&w->and_words, p, len, i) &&
		    (errata__skip_space(p, len, word_end(p, len, i)) == a->verb ||
		     age_word_leads(w, p, len, errata__skip_space(p, len, word_end(p, len, i)), a->s)))
			continue;
		if (listed(&w->kin, p, len, i) || listed(&w->and_words, p, len, i) ||
		    other_name(ctx, w, i, a, b, 0))
			return 1;
	}
	return 0;
}

/* ---- judging ---------------------------------------------------------- */

/* The ages of one born `born` on d: [*lo, *hi] (two when the day is not known). */
static void ages_on(const int born[3], const errata_date *d, int *lo, int *hi)
{
	int before = born[1] && (d->month < born[1] ||
	                         (d->month == born[1] && born[2] && d->day < born[2]));
	int after = born[1] && (d->month > born[1] ||
	                        (d->month == born[1] && born[2] && d->day >= born[2]));

	*hi = d->year - born[0] - before;
	*lo = d->year - born[0] - 1 + after;
}

static void add_ref(pair_ref *r, size_t *n, errata_date from, errata_date to, int death)
{
	if (*n == PAIR_REFS)
		return;
	r[*n].from = from;
	r[*n].to = to;
	r[*n].death = death;
	(*n)++;
}

static errata_date day_of(long days)
{
	return errata_date_from_days(days);
}

/*
 * The month a word of n bytes names with a case ending of four bytes at
 * most after the name that stands alone ("syyskuussa", "szeptemberben"),
 * or 0: where a case ending says "in", as a table without place_preps
 * tells.
 */
static int month_inflected(const errata_locale *loc, const char *t, size_t n)
{
	for (int m = 1; m <= 12; m++) {
		const char *name = errata__locale_month_standalone(loc, m);
		size_t k = name ? strlen(name) : 0;

		if (k >= 3 && k <= n && n <= k + 4 && errata__same_folded(name, t, k))
			return m;
	}
	return 0;
}

/*
 * The month of the word at i, when its name stands alone after a word of
 * place_preps ("die im März 66 wurde", "turned 40 in May"), or 0.
 */
static int month_alone(const errata_check_ctx *ctx, const errata__words *w, size_t i)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, e = word_end(p, len, i), b = space_back(p, i);
	size_t pw = word_back(p, len, b);

	if (!ctx->locale || e == i || mention_over(ctx, i) || pw == b ||
	    errata__words_match(&w->place_preps, p, len, pw, NULL) != b - pw)
		return 0;
	return errata__month_named(ctx->locale, p + i, e - i);
}

/*
 * The month of a word with a case ending among the two words right
 * before the age a, where the table lists no place_preps ("täytti
 * maaliskuussa 64 vuotta": the month it was reached in), or 0.
 */
static int month_before_age(const errata_check_ctx *ctx, const errata__words *w, const pair_age *a)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, e = space_back(p, a->s), s;
	int m = 0;

	for (int k = 0; k < 2 && !m && ctx->locale && !w->place_preps.count && e > 0; k++) {
		s = word_back(p, len, e);
		if (s == e)
			break;
		if (!mention_over(ctx, s))
			m = month_inflected(ctx->locale, p + s, e - s);
		e = space_back(p, s);
	}
	return m;
}

/*
 * The days of the month `month` written without its day or year: in
 * each year that puts it within `within` days of the article's date.
 */
static void month_refs(const errata_check_ctx *ctx, int month, long within, pair_ref *r, size_t *n)
{
	const errata_date *ad = &ctx->article_date;
	long today = errata_date_to_days(ad->year, ad->month, ad->day);

	for (int y = ad->year - 1; y <= ad->year + 1; y++) {
		errata_date a = { y, month, 1 }, b = { y, month, errata_date_days_in_month(y, month) };

		if (labs(errata_date_to_days(y, month, 15) - today) <= within)
			add_ref(r, n, a, b, 0);
	}
}

/*
 * Whether the byte i lies in one of the births, or (year y, 0: none)
 * starts that year written first right before one ("A 2001. május 3-án
 * született": the birth read from its month on).
 */
static int in_birth(const pair_doc *d, size_t i, int y)
{
	for (size_t k = 0; k < d->nbirths; k++)
		if ((i >= d->births[k].s && i < d->births[k].e) ||
		    (y && d->births[k].born[0] == y && d->births[k].s > i + 4 && d->births[k].s <= i + 7))
			return 1;
	return 0;
}

/*
 * The dates and years written in [s, e), outside every birth: into r.
 * A date without its year is taken in the year the mentions gave it and
 * in the one nearest the article's date.
 */
static void refs_in(const errata_check_ctx *ctx, const errata__words *w, const pair_doc *d,
                    size_t s, size_t e, pair_ref *r, size_t *n)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, count = ctx->mentions ? errata_mentions_count(ctx->mentions) : 0;
	const errata_date *ad = &ctx->article_date;
	long today = errata_date_to_days(ad->year, ad->month, ad->day);

	for (size_t mi = errata__mention_at(ctx->mentions, s); mi < count; mi++) {
		const errata_mention *m = errata_mentions_get(ctx->mentions, mi);
		int inside = 0;

		if (m->offset >= e)
			break;
		for (size_t k = 0; k < d->nbirths; k++)
			inside |= m->offset >= d->births[k].s && m->offset < d->births[k].e &&
			          !d->births[k].died[0];
		if (inside)
			continue;
		if (m->year > 0 && errata_date_valid(m->year, m->month, m->day)) {
			errata_date x = { m->year, m->month, m->day };

			add_ref(r, n, x, x, 0);
		}

		if (!(m->flags & ERRATA_MENTION_YEAR_EXPLICIT))
			for (int y = ad->year - 1; y <= ad->year + 1; y++)
				if (errata_date_valid(y, m->month, m->day) &&
				    labs(errata_date_to_days(y, m->month, m->day) - today) <= 183) {
					errata_date x = { y, m->month, m->day };

					add_ref(r, n, x, x, 0);
				}
	}
	for (size_t i = s; i < e; i++) {
		int y;
		size_t rk;

		if (!digit(p[i]) && errata__word_start(p, len, i) && !in_birth(d, i, 0)) {
			/* "born in March 2001": the birth's month is none */
			if ((y = month_alone(ctx, w, i)) > 0)
				month_refs(ctx, y, 183, r, n);
			/* "a célébré hier ses 64 ans", "morreu ontem aos 79 anos": that day */
			if ((rk = errata__words_match(&w->relative, p, len, i, &y)) > 0 &&
			    !errata__is_word_byte(p, len, i + rk))
				add_ref(r, n, day_of(today + y), day_of(today + y), 0);
			continue;
		}
		if (i + 4 > e || !digit(p[i]) || (i > 0 && digit(p[i - 1])) || mention_over(ctx, i) ||
		    !(y = errata__read_year(p, len, i)) || in_birth(d, i, y))
			continue;
		add_ref(r, n, (errata_date){ y, 1, 1 }, (errata_date){ y, 12, 31 }, 0);
	}
}

/*
 * Whether the age a fits the birth b at the reference r: 0 when it does,
 * else how many years it is off (in *off) and the date and ages to tell.
 */
static int off_at(const pair_ref *r, const pair_birth *b, int age, int *off, errata_date *at,
                  int *lo, int *hi)
{
	int l1, h1, l2, h2;

	if (errata_date_to_days(r->to.year, r->to.month, r->to.day) <
	    errata_date_to_days(b->born[0], b->born[1] ? b->born[1] : 1, b->born[2] ? b->born[2] : 1))
		return 0; /* before the birth: not a time the age is of */
	ages_on(b->born, &r->from, &l1, &h1);
	ages_on(b->born, &r->to, &l2, &h2);
	if (age >= l1 && age <= h2)
		return -1;
	*off = age < l1 ? l1 - age : age - h2;
	*at = age < l1 ? r->from : r->to;
	*lo = age < l1 ? l1 : l2;
	*hi = age < l1 ? h1 : h2;
	return 1;
}

/*
 * Whether [s, e) tells a making or a founding with its date ("built in
 * 1985", "founded on 3 May 1990"): a word of made_events or
 * founding_events, a date or a year among the two words after it.
 */
static int made_dated(const errata_check_ctx *ctx, const errata__words *w, size_t s, size_t e)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, k, q;
	int born[3];

	for (size_t i = s; i < e; i++) {
		if (!errata__word_start(p, len, i) ||
		    !((k = errata__words_match(&w->made_events, p, len, i, NULL)) ||
		      (k = errata__words_match(&w->founding_events, p, len, i, NULL))))
			continue;
		q = errata__skip_space(p, len, i + k);
		for (int n = 0; n < 3 && q < e; n++) {
			if (date_at(ctx, q, born) || mention_over(ctx, q))
				return 1;
			q = errata__skip_space(p, len, word_end(p, len, q));
		}
	}
	return 0;
}

/*
 * Whether, in Han, kana or Hangul, the birth b qualifies the noun whose
 * age a tells: a word of name_links right after it, then at most eight
 * characters of those scripts and spaces, none another such link, before
 * the age ("这位1990年出生的歌手今年33岁", "1990년생인 가수는 올해 29세다";
 * not "…的歌手的儿子今年33岁", the son's).
 */
static int wide_subject(const errata_check_ctx *ctx, const errata__words *w, const pair_age *a,
                        const pair_birth *b)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, k, i, chars = 0;

	if (a->s <= b->e || !(k = errata__words_match(&w->name_links, p, len, b->e, NULL)))
		return 0;
	for (i = b->e + k; i < a->s; i++) {
		if (p[i] == ' ' || (i + 1 == a->s && p[i] == '('))
			continue; /* "1990년생인 가수는 올해 29세다", "1990년생인 박 감독(29)" */
		if (i + 3 == a->s && !memcmp(p + i, "\xef\xbc\x88", 3))
			break; /* "（28）" */
		if ((unsigned char)p[i] < 0x80)
			return 0;
		if (((unsigned char)p[i] & 0xc0) == 0x80)
			continue;
		if (!errata__wide_script_at(p, len, i) || ++chars > 8 ||
		    errata__words_match(&w->name_links, p, len, i, NULL))
			return 0;
	}
	return 1;
}

/*
 * Whether the paragraph of the byte at i writes a date or a year outside
 * the births, or a word of `relative` ("The painter, born in 1950, died
 * at 68. That was in 2018."): a death it tells may be of that time.
 */
static int dated_paragraph(const errata_check_ctx *ctx, const errata__words *w, const pair_doc *d,
                           size_t i)
{
	pair_ref r[PAIR_REFS];
	size_t ps, pe, n = 0;

	errata__paragraph_bounds(ctx->prose, ctx->prose_len, i, &ps, &pe);
	refs_in(ctx, w, d, ps, pe, r, &n);
	return n > 0;
}

/* Judge the age a against the birth b at every reference. 0, or a negative code. */
static int judge_pair(const errata_check_ctx *ctx, const errata__words *w, const pair_doc *d,
                      const pair_age *a, const pair_birth *b)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, ss, se, bs, be, n = 0;
	const errata_date *ad = &ctx->article_date;
	long today = errata_date_to_days(ad->year, ad->month, ad->day);
	pair_ref r[PAIR_REFS];
	errata__person who;
	errata_date at = *ad, best_at = *ad;
	int best = -1, lo = 0, hi = 0, blo = 0, bhi = 0, death = 0, off, upper, week, own, recent, month;

	errata__sentence(w, p, len, a->s, &ss, &se);
	errata__sentence(w, p, len, b->s, &bs, &be);
	refs_in(ctx, w, d, ss, se, r, &n);
	if (bs != ss)
		refs_in(ctx, w, d, bs, be, r, &n);
	/* "täytti maaliskuussa 64 vuotta": the month it was reached in, the last
	 * one or the next (a case ending tells no tense) */
	if ((month = month_before_age(ctx, w, a)) > 0)
		month_refs(ctx, month, 366, r, &n);
	if (b->died[0]) {
		errata_date x = { b->died[0], b->died[1] ? b->died[1] : 1, b->died[2] ? b->died[2] : 1 };
		errata_date y = { b->died[0], b->died[1] ? b->died[1] : 12, b->died[2] ? b->died[2] : 28 };

		if (!b->died[2] && b->died[1])
			y.day = errata_date_days_in_month(y.year, y.month);
		if (!b->died[1])
			y.day = 31;
		add_ref(r, &n, x, y, 1);
	}
	/* the age at the death of the one born is not another's, however far
	 * off; undated in a paragraph that writes no other time, the death is
	 * a recent one, from a month before the article's date to a week after
	 * it ("Ha mort als 80 anys el poeta, nascut el 1938") */
	own = (a->death && death_subject(ctx, w, a, b, ss, se)) || wide_subject(ctx, w, a, b);
	recent = a->death && !n && past_own(ctx, w, a, b, ss, se) && !dated_paragraph(ctx, w, d, a->s);
	/* an age of the past is told at a date its sentence or the death gives;
	 * without one it is at most the present age, when it is the birth's own */
	if (a->dated && !n && !recent && !past_own(ctx, w, a, b, ss, se))
		return 0;
	upper = a->dated && !n && !recent;
	if (recent)
		add_ref(r, &n, day_of(today - 31), day_of(today + 7), -1);
	/* an age of the past at a date written ("murió el sábado 18 de
	 * diciembre … a los 92 años") or of the present with a verb of age_is
	 * ("er 89 år") is told on its day, not in the week around it */
	week = a->dated ? !n :
	       !a->set_off && (a->verb >= len || !errata__words_match(&w->age_is, p, len, a->verb, NULL));
	add_ref(r, &n, *ad, *ad, 0);
	/* "she will celebrate her 75th birthday", "fylder 82 år på fredag i
	 * næste uge": the next birthday is a count too, the last one the age
	 * on the article's date */
	if ((a->birthday || a->turns) && b->born[1] && b->born[2]) {
		errata_date bd = { ad->year, b->born[1], b->born[2] };

		if (errata_date_valid(bd.year, bd.month, bd.day) && errata_date_to_days(bd.year, bd.month, bd.day) < today)
			bd.year++;
		if (errata_date_valid(bd.year, bd.month, bd.day))
			add_ref(r, &n, bd, bd, 0);
	}
	/* the week around the article's date keeps quiet, but is told by the date itself */
	if (week)
		add_ref(r, &n, day_of(today - 7), day_of(today + 7), -1);
	/* "a 40-year-old building ... built in 1985": a thing's age */
	if (a->attributive == 2 || (a->attributive && made_dated(ctx, w, ss, se)))
		return 0;
	for (size_t k = 0; k < n; k++) {
		int fit = off_at(&r[k], b, a->age, &off, &at, &lo, &hi);

		if (fit < 0)
			return 0;
		if (fit > 0 && r[k].death >= 0 && (best < 0 || off < best)) {
			best = off;
			best_at = at;
			blo = lo;
			bhi = hi;
			death = r[k].death;
		}
	}
	/* too low, an age of the past may be one of a time the text does not give */
	if (best < 1 || best > (own ? PAIR_OWN : PAIR_NEAR) || blo < 0 || (upper && a->age < blo))
		return 0;
	memset(&who, 0, sizeof(who));
	who.name = p + b->name;
	who.name_len = b->name_len;
	memcpy(who.born, b->born, sizeof(who.born));
	/* "died on {date}" only where the life span gives the day */
	return errata__age_report(ctx, a->s, a->e - a->s, &who, a->age, blo, bhi, &best_at,
	                          death && b->name_len && b->died[2]);
}

/*
 * How many names a word of name_suffixes closes in [s, e) ("鈴木選手",
 * "박정호 씨"): in the scripts without capitals, how many people a
 * sentence names.
 */
static size_t suffixed_names(const errata__words *w, const char *p, size_t s, size_t e)
{
	size_t n = 0;

	for (size_t i = s; i < e; i++)
		for (size_t h = 0; h < w->name_suffixes.count; h++) {
			const errata__word *x = &w->name_suffixes.items[h];

			/* " 씨" and "씨": the one with the space counts */
			if (x->len <= e - i && !memcmp(p + i, x->word, x->len) &&
			    !(x->word[0] != ' ' && i > s && p[i - 1] == ' ')) {
				n++;
				i += x->len - 1;
				break;
			}
		}
	return n;
}

/* Back over spaces, commas and closing brackets from e. */
static size_t marks_back(const char *p, size_t e)
{
	while (e > 0 && strchr(" \t\n,)", p[e - 1]))
		e--;
	return e;
}

/* Whether [s, e) holds words and spaces only. */
static int bare_words(const char *p, size_t len, size_t s, size_t e)
{
	for (size_t i = s; i < e; i++)
		if (p[i] != ' ' && !errata__is_word_byte(p, len, i))
			return 0;
	return 1;
}

/*
 * Whether the relative pronoun at ws tells of the one born b: it follows
 * the birth ("Lee, born in 1982, who was 41") or a comma after a word of
 * the birth's name ("Lee, who was 41"); "married a man who was 38" and
 * "married Tom, who was 38" tell of another.
 */
static int relative_of(const errata_check_ctx *ctx, size_t ws, const pair_birth *b)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, c = space_back(p, ws), nw;

	if (marks_back(p, ws) <= b->e && ws > b->e)
		return 1;
	if (c == 0 || p[c - 1] != ',')
		return 0;
	c = space_back(p, c - 1);
	nw = word_back(p, len, c);
	return nw < c && errata__capital_letter_at(p, len, nw) && in_name(p, b->name, b->name_len, nw, c);
}

/*
 * Whether the verb of the past or of death that tells the age a
 * ("turned 27", "died … aged 86") has the one born b for its subject:
 * the birth right before it ("Her grandson, born in 2001, turned 27") or
 * right before its noun ("ein 1941 geborener Leuchtturmwärter, starb"), a
 * pronoun, a word of the birth's name, or a relative after either; and
 * no word of `kin` in the sentence [ss, se) stands before a word of
 * `age_blockers` ("The wife of Smith, born in 1941, died … aged 86").
 */
static int past_own(const errata_check_ctx *ctx, const errata__words *w, const pair_age *a,
                    const pair_birth *b, size_t ss, size_t se)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, v = a->past, e, ws;

	if (v >= len)
		return 0;
	for (size_t i = ss; i < se; i++)
		if (errata__words_may_start(&w->kin, p, len, i) && listed(&w->kin, p, len, i) &&
		    listed(&w->age_blockers, p, len, errata__skip_space(p, len, word_end(p, len, i))))
			return 0;
	if (marks_back(p, v) <= b->e && v > b->e)
		return 1;
	/* (a verb of another kind only with the birth before the age: "was 38
	 * when she was born in 1990" tells another's age) */
	if (a->death ? death_subject(ctx, w, a, b, ss, se) :
	               (birth_close(ctx, w, b) <= a->s &&
	                subject_words(ctx, w, b, birth_close(ctx, w, b), a->s < v ? a->s : v, 3)))
		return 1;
	/* "ein 1941 geborener Leuchtturmwärter, starb": the birth inside the subject */
	e = marks_back(p, v);
	ws = word_back(p, len, e);
	if (ws < e && ws > b->e && errata__skip_space(p, len, b->e) == ws)
		return 1;
	e = space_back(p, v);
	ws = word_back(p, len, e);
	if (ws == e)
		return 0;
	if (errata__words_match(&w->relatives, p, len, ws, NULL) == e - ws)
		return relative_of(ctx, ws, b);
	return errata__words_match(&w->pronouns, p, len, ws, NULL) == e - ws ||
	       (errata__capital_letter_at(p, len, ws) && in_name(p, b->name, b->name_len, ws, e));
}

/* Where the birth b ends, with a word of year_after_words after its year ("1956 r."). */
static size_t birth_end(const errata_check_ctx *ctx, const pair_birth *b)
{
	size_t q = errata__skip_space(ctx->prose, ctx->prose_len, b->e), y;

	if (!ctx->locale || q == b->e)
		return b->e;
	y = errata__locale_year_after_end(ctx->locale, ctx->prose, ctx->prose_len, q);
	return y > q ? y : b->e;
}

/* The birth's end, past its place: "nacida el 19 de mayo de 2004 en Cuenca, tiene". */
static size_t birth_close(const errata_check_ctx *ctx, const errata__words *w, const pair_birth *b)
{
	return errata__age_past_place(ctx, &w->place_preps, birth_end(ctx, b));
}

/*
 * Whether [s, e) holds at most `most` words and nothing else but spaces,
 * apostrophes, one comma and the point of a word of `abbreviations`
 * ("prof. Jan Nowak"), no word of `kin`, `pronouns` or
 * `clause_openers` but a relative, and each word in lower case or of the
 * birth b's name: the subject's noun and what leads to the birth ("el
 * pintor Joan Puig", "malířka, která se"; not "when she was").
 */
static int subject_words(const errata_check_ctx *ctx, const errata__words *w, const pair_birth *b,
                         size_t s, size_t e, int most)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, we;
	int words = 0, commas = 0;

	while (s < e) {
		/* "l'arquitecte": an article elided */
		if (p[s] == ' ' || p[s] == '\'' || (p[s] == ',' && !commas++)) {
			s++;
			continue;
		}
		if (e - s >= 3 && !memcmp(p + s, "\xe2\x80\x99", 3)) {
			s += 3;
			continue;
		}
		we = word_end(p, len, s);
		if (we == s || we > e || ++words > most || listed(&w->kin, p, len, s) ||
		    listed(&w->pronouns, p, len, s) ||
		    (listed(&w->clause_openers, p, len, s) && !listed(&w->relatives, p, len, s)) ||
		    !(errata__lower_letter_at(p, len, s) || in_name(p, b->name, b->name_len, s, we)))
			return 0;
		/* "prof. Jan Nowak": a title's point */
		if (we < e && p[we] == '.' && errata__words_match(&w->abbreviations, p, len, s, NULL) == we - s)
			we++;
		s = we;
	}
	return 1;
}

/* Whether a word of `kin` stands in [s, e). */
static int kin_within(const errata__words *w, const char *p, size_t len, size_t s, size_t e)
{
	for (size_t i = s; i < e; i++)
		if (errata__words_may_start(&w->kin, p, len, i) && listed(&w->kin, p, len, i))
			return 1;
	return 0;
}

/*
 * Whether the one born b is the one whose death the age a is told at:
 * the birth before the age and its verb of death with at most a noun
 * between ("1968 doğumlu şair 52 yaşında hayatını kaybetti", "A
 * poetisa, nascida em 1941 no Porto, morreu ontem aos 79 anos"), or
 * after them past the subject's words ("Ha mort als 80 anys el poeta,
 * nascut el 1938", "Ve věku 71 let zemřela malířka, která se narodila",
 * "Elhunyt a 70 éves festő, aki 1950-ben született"),
 * or in another sentence the paragraph pairs it with (partner()) when
 * neither holds a word of `kin`, the age's [ss, se) names nobody and
 * opens with an article, a pronoun or the verb, and a pronoun or nobody
 * is the birth's subject
 * ("Her mother, Ida Marsh (1901-1990), ran the farm. She died at 80",
 * "Tom Barrow, who died aged 90, taught her. She was born in 1938" are
 * not read so).
 */
static int death_subject(const errata_check_ctx *ctx, const errata__words *w, const pair_age *a,
                         const pair_birth *b, size_t ss, size_t se)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, x = a->s < a->past ? a->s : a->past, y = a->e, be;

	if (b->s >= se || b->e <= ss) {
		size_t bs, bse, o = ss;

		while (o < se && !errata__is_word_byte(p, len, o))
			o++;
		errata__sentence(w, p, len, b->s, &bs, &bse);
		bs = errata__skip_space(p, len, bs);
		/* the age's sentence opens with an article, a pronoun or its verb,
		 * and the birth's subject is a pronoun or nobody ("Er wurde … geboren") */
		return (o == a->past || listed(&w->articles, p, len, o) ||
		        listed(&w->pronouns, p, len, o)) &&
		       (pronoun_before(ctx, w, b->s) || listed(&w->pronouns, p, len, bs)) &&
		       !kin_within(w, p, len, ss, se) && !kin_within(w, p, len, bs, bse) &&
		       names_in(ctx, w, a, b, ss, se) == 0;
	}
	if (a->past > a->e)
		y = a->past + errata__words_match(&w->death_verbs, p, len, a->past, NULL);
	be = birth_close(ctx, w, b);
	if (be <= x)
		return subject_words(ctx, w, b, be, x, 3);
	return b->s >= y && subject_words(ctx, w, b, y, b->s, 5);
}

/*
 * Whether [s, e), past a comma, holds one or two words in lower case and
 * nothing else: a noun for a subject ("reżyser", "la senatrice").
 */
static int lower_subject(const char *p, size_t len, size_t s, size_t e)
{
	int words = 0;

	while (s < e && (p[s] == ' ' || p[s] == ','))
		s++;
	while (s < e) {
		size_t we = word_end(p, len, s);

		if (we == s || !errata__lower_letter_at(p, len, s) || ++words > 2)
			return 0;
		s = we;
		while (s < e && p[s] == ' ')
			s++;
	}
	return words > 0;
}

/*
 * Whether the age a, set off by commas right after the subject that opens
 * its sentence (an article, then at most five words with no name of two
 * words and no word of kin), is the one born b's, a birth that names
 * nobody opening the next sentence of its paragraph, its clause followed
 * by a pronoun or a copula ("Le président, 51 ans, présidera
 * … Né le 5 février 1974, il est aussi …", "El president, de 51 anys, …
 * Nascut a Reus el 5 de febrer de 1974, és també …").
 */
static int birth_opens_next(const errata_check_ctx *ctx, const errata__words *w, const pair_age *a,
                            const pair_birth *b)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, be = birth_close(ctx, w, b), ss, se, bs, bse, c, k;
	int words = 0, caps = 0;

	errata__sentence(w, p, len, a->s, &ss, &se);
	errata__sentence(w, p, len, b->s, &bs, &bse);
	ss = errata__skip_space(p, len, ss);
	bs = errata__skip_space(p, len, bs);
	if (b->s < a->e || bs != b->s || bs != errata__skip_space(p, len, se) || b->name_len ||
	    !listed(&w->articles, p, len, ss) || kin_within(w, p, len, ss, se) ||
	    kin_within(w, p, len, bs, bse))
		return 0;
	for (size_t i = se; i < bs; i++)
		if (p[i] == '\n')
			return 0; /* another paragraph */
	/* the comma before the age, maybe past a word of age_words ("de 51 anys") */
	c = space_back(p, a->s);
	if (c > 0 && p[c - 1] != ',' && errata__lower_letter_at(p, len, word_back(p, len, c)) &&
	    listed(&w->age_words, p, len, word_back(p, len, c)))
		c = space_back(p, word_back(p, len, c));
	if (c == 0 || p[c - 1] != ',' || errata__skip_space(p, len, a->e) >= len ||
	    p[errata__skip_space(p, len, a->e)] != ',')
		return 0;
	c--;
	for (k = ss; k < c; k = errata__skip_space(p, len, word_end(p, len, k))) {
		if (!errata__is_word_byte(p, len, k) || ++words > 6)
			return 0;
		if (errata__capital_letter_at(p, len, k) && k != ss) {
			if (caps)
				return 0; /* a name of two words: "The lawyer for John Smith, 51," */
			caps = 1;
		} else {
			caps = 0;
		}
	}
	k = errata__skip_space(p, len, be);
	if (k >= bse || p[k] != ',')
		return 0;
	k = errata__skip_space(p, len, k + 1);
	return listed(&w->pronouns, p, len, k) || listed(&w->copulas, p, len, k);
}

/*
 * Whether the age a, set off after a word in lower case, is the one born
 * b's: the birth opens the sentence and the words between it and the
 * age's comma are a subject in lower case ("Née le 28 février 1990, la
 * skieuse, 36 ans,"), or the birth opens the next one (birth_opens_next()).
 */
static int subject_set_off(const errata_check_ctx *ctx, const errata__words *w, const pair_age *a,
                           const pair_birth *b)
{
	size_t be = birth_close(ctx, w, b);

	if (be < a->s)
		return opens(w, ctx->prose, ctx->prose_len, b->s) &&
		       lower_subject(ctx->prose, ctx->prose_len, be, space_back(ctx->prose, a->s) - 1);
	return birth_opens_next(ctx, w, a, b);
}

/*
 * Whether the verb before the age a ("is 41", "was only 25") tells of
 * the one born b: it opens its sentence ("Tenía 21 años cuando"), or a
 * pronoun, a word of relatives or of the birth's name (any name, when
 * the birth names nobody: "Hän syntyi ...") stands before it,
 * or the birth itself ("Lee, born in 1982, is 41", "Pike (born 1931),
 * was 69") or within the two words before it ("die 1985 geborene
 * Ruderin war"), or a subject of three words at most that the birth's clause
 * opens the sentence with ("Born in 1964, the architect was only 25");
 * "born in 1982, said the club is 41" tells of the club.
 */
static int verb_subject(const errata_check_ctx *ctx, const errata__words *w, const pair_age *a,
                        const pair_birth *b)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, e = space_back(p, a->verb), ws = word_back(p, len, e), k, be;

	/* "Renate Vogl, die im März 66 wurde": the name before the relative's comma */
	if (a->clause < len) {
		e = space_back(p, space_back(p, a->clause) - 1);
		return relative_of(ctx, a->clause, b) ||
		       (!b->name_len && errata__capital_letter_at(p, len, word_back(p, len, e)));
	}
	if (a->verb >= len || opens(w, p, len, a->verb) || quoted_speaker(ctx, w, a, b))
		return 1;
	if (ws < e && (errata__words_match(&w->pronouns, p, len, ws, NULL) == e - ws ||
	               (errata__words_match(&w->relatives, p, len, ws, NULL) == e - ws &&
	                relative_of(ctx, ws, b)) ||
	               (errata__capital_letter_at(p, len, ws) &&
	                (!b->name_len || in_name(p, b->name, b->name_len, ws, e)))))
		return 1;
	/* (where the birth ends, only once the cheaper tests have not answered) */
	be = birth_close(ctx, w, b);
	if (marks_back(p, a->verb) <= be && a->verb > b->e)
		return 1;
	/* "Urodzony 20 kwietnia 1956 r. reżyser ma": the subject after the birth that opens the sentence */
	if (a->verb > be && opens(w, p, len, b->s) && lower_subject(p, len, be, a->verb))
		return 1;
	/* "die 1985 geborene Ruderin war": the birth inside the subject */
	if (b->e <= a->verb && b->e >= word_back(p, len, space_back(p, ws)) &&
	    bare_words(p, len, b->e, a->verb))
		return 1;
	for (k = 0; k < 3 && ws < e; k++) {
		if (listed(&w->articles, p, len, ws) || listed(&w->referents, p, len, ws))
			return space_back(p, ws) > 0 && p[space_back(p, ws) - 1] == ',' &&
			       marks_back(p, ws) <= be && ws > b->e && opens(w, p, len, b->s);
		e = space_back(p, ws);
		ws = word_back(p, len, e);
	}
	return 0;
}

/*
 * Whether the word at i has a pronoun for its subject, past a copula
 * ("she had been born", "she was 27"), or none: it or the one word before
 * it opens its sentence ("Nasci em", "Había nacido").
 */
static int pronoun_before(const errata_check_ctx *ctx, const errata__words *w, size_t i)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, e, ws;

	if (opens(w, p, len, i))
		return 1;
	e = space_back(p, i);
	if ((ws = listed_before(&w->copulas, p, len, e)) < len) {
		if (opens(w, p, len, ws))
			return 1;
		e = space_back(p, ws);
	}
	ws = word_back(p, len, e);
	/* "Había nacido": an auxiliary that opens the sentence, its subject unsaid */
	return ws < e && (errata__words_match(&w->pronouns, p, len, ws, NULL) == e - ws ||
	                  (opens(w, p, len, ws) && errata__lower_letter_at(p, len, e - 1)));
}

/* The most words a time phrase takes before the subject it leads to ("Am Samstag feierte sie"). */
#define LEAD_WORDS 4

/*
 * Whether a pronoun is among the first LEAD_WORDS words of the sentence
 * that starts at s, before the age at `at`: the subject after a time
 * phrase ("On Saturday, she celebrated her 87th birthday", "Am Samstag
 * feierte sie ihren 87. Geburtstag", "Samedi, elle a fêté ses 87 ans").
 */
static int pronoun_leads(const errata__words *w, const char *p, size_t len, size_t s, size_t at)
{
	size_t i = s, e;

	for (int k = 0; k < LEAD_WORDS; k++) {
		while (i < at && !errata__is_word_byte(p, len, i))
			i++;
		if (i >= at)
			return 0;
		e = word_end(p, len, i);
		if (errata__words_match(&w->pronouns, p, len, i, NULL) == e - i)
			return 1;
		i = e;
	}
	return 0;
}

/*
 * Whether the age a, in a sentence other than the birth b's, tells of
 * the one born: the birth's sentence opens with a pronoun ("Hän
 * syntyi"), the age's has one among its first words (pronoun_leads():
 * "He was 30 when", "On Saturday, she turned 87") or opens with a word
 * of the birth's name, a pronoun or nobody is the subject of the birth
 * or of the age's verb (pronoun_before()), or the age stands for the
 * person ("the 51-year-old").
 */
static int told_of(const errata_check_ctx *ctx, const errata__words *w, const pair_age *a,
                   const pair_birth *b)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, s[2], e, i;

	if (a->substantive || (a->attributive == 2 && b->e <= a->s && role_beside_name(ctx, w, a, b)))
		return 1;
	errata__sentence(w, p, len, a->s, &s[0], &e);
	errata__sentence(w, p, len, b->s, &s[1], &e);
	if (pronoun_leads(w, p, len, s[0], a->s))
		return 1;
	for (i = s[0]; i < len && !errata__is_word_byte(p, len, i); i++)
		;
	e = word_end(p, len, i);
	if (e > i && in_name(p, b->name, b->name_len, i, e))
		return 1;
	for (i = s[1]; i < len && !errata__is_word_byte(p, len, i); i++)
		;
	e = word_end(p, len, i);
	if (errata__words_match(&w->pronouns, p, len, i, NULL) == e - i)
		return 1;
	return pronoun_before(ctx, w, b->s) || (a->verb < len && pronoun_before(ctx, w, a->verb));
}

/*
 * How many names [s, e) holds (other_name(), the birth's own name too):
 * "Amelia Hart won the Derby with Tom Price in 1921, aged 30" may tell
 * either's age.
 */
static size_t names_in(const errata_check_ctx *ctx, const errata__words *w, const pair_age *a,
                       const pair_birth *b, size_t s, size_t e)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, n = 0, said_end, said = said_quote(ctx, w, a, &said_end);
	pair_birth none = *b;

	none.name_len = 0;
	for (size_t i = s; i < e; i++)
		n += !(i >= said && i < said_end) && errata__word_start(p, len, i) &&
		     other_name(ctx, w, i, a, &none, 1);
	return n;
}

/*
 * In a sentence [ss, se) of two people's births, the one birth of the
 * age a's clause between semicolons, when that clause holds no other age
 * ("El delantero, nacido en 1996, cumplió 32 años el 2 de mayo; su
 * compañero, de 22, nació en 2003"); -1 if none.
 */
static int clause_partner(const errata_check_ctx *ctx, const pair_doc *d, const pair_age *a,
                          size_t ss, size_t se)
{
	const char *p = ctx->prose, *q;
	size_t cs = a->s, ce;
	int k;

	while (cs > ss && p[cs - 1] != ';')
		cs--;
	q = memchr(p + a->s, ';', se - a->s);
	ce = q ? (size_t)(q - p) : se;
	if (cs == ss && ce == se)
		return -1;
	k = birth_within(d, cs, ce);
	return k >= 0 && d->births[k].e <= ce && ages_within(d, cs, ce) == 1 ? k : -1;
}

/*
 * Whether the first or the last word of the birth b's name starts a word
 * in [s, e) ("Lauterbach", "Lauterbachs"; "Kovács" of "Kovács Anna"): a
 * later sentence names the one born again.
 */
static int named_again(const char *p, size_t len, const pair_birth *b, size_t s, size_t e)
{
	size_t n = b->name_len, k = n, f = 0;

	while (k > 0 && p[b->name + k - 1] != ' ')
		k--;
	while (f < n && p[b->name + f] != ' ')
		f++;
	return word_within(p, len, b->name + k, n - k, s, e) || (f < n && word_within(p, len, b->name, f, s, e));
}

/*
 * Whether the noun after the age a ("Den 78-årige lekledaren") is a word
 * the birth b's paragraph names the one born by ("har varit lekledare"):
 * its stem (errata__noun_stem()) starts a word there.
 */
static int role_named(const errata_check_ctx *ctx, const pair_age *a, const pair_birth *b)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, j = errata__skip_space(p, len, a->e);
	size_t stem = errata__noun_stem(p, j, word_end(p, len, j) - j), ps, pe;

	if (!stem)
		return 0;
	errata__paragraph_bounds(p, len, b->s, &ps, &pe);
	return word_within(p, len, j, stem, ps, pe);
}

/* The most words of four bytes or more between the noun a birth's sentence calls the one born by and their name. */
#define ROLE_WORDS 3

/*
 * Whether the noun after the age a ("67-летний капитан", "the 67-year-old
 * captain") is the one the birth b's sentence calls the one born by,
 * beside their name: its stem starts a word among the ROLE_WORDS words
 * before the name or after it, in that sentence (short words aside) ("Самый опытный из
 * капитанов — Сергей Волков, родившийся …", "The most experienced captain
 * is Sergei Volkov, born …"; not "Anna Berg, born in 1960, restored the
 * old mill" before "The 64-year-old mill"), when the age's sentence
 * names nobody.
 */
static int role_beside_name(const errata_check_ctx *ctx, const errata__words *w, const pair_age *a,
                            const pair_birth *b)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, j = errata__skip_space(p, len, a->e);
	size_t stem = errata__noun_stem(p, j, word_end(p, len, j) - j), ss, se, ws, we;

	if (!stem || !b->name_len)
		return 0;
	errata__sentence(w, p, len, b->s, &ss, &se);
	if (b->name < ss || b->name >= se || (a->s >= ss && a->s < se))
		return 0;
	/* "The 64-year-old captain of the second ship, Ivan Petrov,": another's;
	 * the age's sentence writes no capital past its first word but in a date */
	errata__sentence(w, p, len, a->s, &ws, &we);
	for (size_t i = word_end(p, len, errata__skip_space(p, len, ws)); i < we; i++)
		if (errata__word_start(p, len, i) && errata__capital_letter_at(p, len, i) && !mention_over(ctx, i) &&
		    !listed(&w->weekday_names, p, len, i) && !month_word(ctx, i, word_end(p, len, i) - i))
			return 0;
	ws = b->name;
	we = b->name + b->name_len;
	/* (words of three bytes or fewer, "at", "the", "is", not counted) */
	for (int k = 0; k < ROLE_WORDS;) {
		size_t e;

		while (ws > ss && !errata__is_word_byte(p, len, ws - 1))
			ws--;
		for (e = ws; ws > ss && errata__is_word_byte(p, len, ws - 1);)
			ws--;
		k += e - ws > 3 || ws == ss;
	}
	for (int k = 0; k < ROLE_WORDS;) {
		size_t s0;

		while (we < se && !errata__is_word_byte(p, len, we))
			we++;
		s0 = we;
		we = word_end(p, len, we);
		k += we - s0 > 3 || we >= se;
	}
	return word_within(p, len, j, stem, ws, b->name) || word_within(p, len, j, stem, b->name + b->name_len, we);
}

/*
 * Of the births before the age a, the one its name tells (the birth's
 * own name, or the one its pronoun stands for: name_by_birth()), where
 * the article tells several people's; -1 if none or more than one.
 */
static int named_birth(const errata_check_ctx *ctx, const errata__words *w, const pair_doc *d,
                       const pair_age *a)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, last = word_back(p, len, a->name + a->name_len);
	int found = -1;

	for (size_t k = 0; k < d->nbirths && d->births[k].e <= a->s; k++) {
		const pair_birth *b = &d->births[k];

		if (b->name_len ? word_within(p, len, last, a->name + a->name_len - last, b->name, b->name + b->name_len)
		                : name_by_birth(ctx, w, a, b)) {
			if (found >= 0 && !same_birth(&d->births[found], b))
				return -1;
			found = (int)k;
		}
	}
	return found;
}

/*
 * The one birth of the article, for an age in a paragraph with no birth
 * that tells whom it is of only by standing for them after a word of
 * `referents` ("Die 88-Jährige wirkt", "said the 98-year-old"), by the
 * noun the birth's paragraph calls them ("Den 78-årige lekledaren"), or as
 * a birthday ("oslaví 96. narozeniny"): the article is about the one born
 * when it holds no one else's birth (and, when the birth's sentence gives
 * a name, a sentence after it names them again before the age). An age
 * with a name beside it takes the birth that name tells, among several
 * people's (named_birth(): "60-летняя Галина Сергеевна"). -1 if none.
 */
static int article_partner(const errata_check_ctx *ctx, const errata__words *w, const pair_doc *d,
                           const pair_age *a)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, ss, se;
	int k = birth_within(d, 0, len);
	const pair_birth *b;

	if (k == -2 && a->name_len)
		k = named_birth(ctx, w, d, a);
	if (k < 0 || a->set_off || a->weak)
		return -1;
	b = &d->births[k];
	errata__sentence(w, p, len, b->s, &ss, &se);
	/* "His wife, Mary, was born in 1945": someone else's */
	if (kin_within(w, p, len, ss, b->s))
		return -1;
	/* an obituary tells the birth after the death: the age at the death
	 * ("has died at her home. She was 82." before "Born on 2 February
	 * 1942 …, she trained") is the one born's, when the birth names no
	 * one ("Noé Garnier est né le …" may be a friend the death's sentence
	 * quotes) */
	if (b->s > a->e)
		return a->death && !b->name_len ? k : -1;
	/* (a name before the birth's sentence, "… Dvořák z Nového Města na
	 * Moravě. Narodil se", may be a place's) */
	if (se > a->s || (b->name_len && b->name >= ss && !named_again(p, len, b, se, a->s)))
		return -1;
	if (a->birthday || (a->name_len && named_birth(ctx, w, d, a) == k))
		return k;
	if (!listed(&w->referents, p, len, word_back(p, len, space_back(p, a->s))))
		return -1;
	return a->substantive || (a->attributive == 2 && role_named(ctx, a, b)) ? k : -1;
}

/*
 * Whether someone other than the one born b may be the one the age a of
 * article_partner() tells of: a word of `kin` beside it, a name or a word
 * of `kin` before it in its sentence ("Seine Frau, die 85-Jährige"), or
 * another pronoun for its subject.
 */
static int other_in_sentence(const errata_check_ctx *ctx, const errata__words *w, const pair_age *a,
                             const pair_birth *b)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, ss, se, said_end, said = said_quote(ctx, w, a, &said_end);

	/* (a quotation the sentence gives to the one aged speaks in their person: "«Я …», — смеётся") */
	if (kin_beside(w, p, len, a) || (said >= len && other_pronoun(ctx, w, a, b)))
		return 1;
	errata__sentence(w, p, len, a->s, &ss, &se);
	for (size_t i = said < len ? said_end : ss; i < a->s; i++)
		if (errata__word_start(p, len, i) && (listed(&w->kin, p, len, i) || other_name(ctx, w, i, a, b, 0)))
			return 1;
	return 0;
}

/*
 * The birth the age a is paired with: in its sentence, else in its
 * paragraph, else, where its paragraph holds no birth, the article's
 * (article_partner(); *wide set); -1 if none.
 */
static int partner(const errata_check_ctx *ctx, const errata__words *w, const pair_doc *d,
                   const pair_age *a, int *wide)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, ss, se, ps, pe;
	int k;

	errata__sentence(w, p, len, a->s, &ss, &se);
	k = birth_within(d, ss, se);
	if (k == -2)
		return clause_partner(ctx, d, a, ss, se);
	if (k >= 0)
		return ages_within(d, ss, se) == 1 && suffixed_names(w, p, ss, se) < 2 ? k : -1;
	/* without capitals, a paragraph's names are not told apart ("妻の花子さんは85歳") */
	if (k == -2 || w->name_suffixes.count)
		return -1;
	errata__paragraph_bounds(p, len, a->s, &ps, &pe);
	k = birth_within(d, ps, pe);
	if (k == -1 && (k = article_partner(ctx, w, d, a)) >= 0) {
		*wide = 1;
		return k;
	}
	return k >= 0 && ages_within(d, ps, pe) == 1 && told_of(ctx, w, a, &d->births[k]) &&
	       names_in(ctx, w, a, &d->births[k], ss, se) < 2 ? k : -1;
}

/*
 * Whether the birth b follows the age a, or the noun after it, right
 * away ("Den 15 år gamle jenta, født ...", "El joven de 24 años, nacido
 * ...", "20 yaşındaki şüphelinin 20 Kasım 2003 doğumlu"): the one born is
 * the one aged, and a person.
 */
static int birth_follows(const errata_check_ctx *ctx, const errata__words *w, const pair_age *a,
                         const pair_birth *b)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, q = a->e;

	if (a->attributive == 2)
		q = word_end(p, len, errata__skip_space(p, len, q));
	while (q < len && strchr(" ,()", p[q]))
		q++;
	/* "a 70 éves festő, aki 1950-ben született", "the 70-year-old painter, who was born" */
	if (q < b->s && q > 0 && p[q - 1] == ' ' && listed(&w->relatives, p, len, q)) {
		q = errata__skip_space(p, len, word_end(p, len, q));
		if (q < b->s && listed(&w->copulas, p, len, q))
			q = errata__skip_space(p, len, q + errata__words_match(&w->copulas, p, len, q, NULL));
	}
	return q == b->s || apposed_name(p, len, q, b);
}

/*
 * Whether [q, b->s), between an age's noun and its comma and the birth b,
 * is an apposition that holds the name of the one born, set off by a
 * comma before the birth, six words at most and no other mark ("the
 * 87-year-old laureate, the Irish novelist Sean Gallagher, born on"): it
 * renames the one aged.
 */
static int apposed_name(const char *p, size_t len, size_t q, const pair_birth *b)
{
	size_t c = space_back(p, b->s);
	int words = 0;

	if (!b->name_len || b->name < q || b->name + b->name_len > b->s || c == 0 || p[c - 1] != ',' ||
	    q < 2 || p[q - 1] != ' ' || p[q - 2] != ',')
		return 0;
	for (size_t i = q; i < c - 1; i++) {
		if (p[i] && strchr(".;:!?()\n\"", p[i]))
			return 0;
		if (errata__word_start(p, len, i) && ++words > 6)
			return 0;
	}
	return 1;
}

/* Whether a word of age_words starts at `at` and the age's digits at s right after it ("et âgé de 37"). */
static int age_word_leads(const errata__words *w, const char *p, size_t len, size_t at, size_t s)
{
	size_t n = errata__words_match(&w->age_words, p, len, at, NULL);

	return n > 0 && errata__skip_space(p, len, at + n) == s;
}

/*
 * Whether the birth b, past its place, stands right before the age a,
 * commas and a word of age_words at most between ("nascido em 1948 em
 * Castelo Branco, de 79 anos", "14 Eylül 2002 doğumlu, 22 yaşındaki
 * atlet"): the one born is the one aged, and a person.
 */
static int birth_precedes(const errata_check_ctx *ctx, const errata__words *w, const pair_age *a,
                          const pair_birth *b)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, q;

	if (b->e > a->s)
		return 0;
	q = birth_close(ctx, w, b);
	while (q < a->s && (p[q] == ' ' || p[q] == ','))
		q++;
	return q == a->s || age_word_leads(w, p, len, q, a->s);
}

/* Where a word of l ("nati rispettivamente", "respectively") starts in [s, e), or e. */
static size_t respectively_at(const errata__wordlist *l, const char *p, size_t len, size_t s, size_t e)
{
	for (size_t i = s; i < e; i++)
		if (errata__words_may_start(l, p, len, i) && errata__word_start(p, len, i) &&
		    errata__words_match_from(l, p, len, i, NULL))
			return i;
	return e;
}

/*
 * The ages of one sentence, d->ages[k, k + n), told with the births a
 * phrase of born_respectively lists after them in the same order
 * ("Marco Rossi (65) e Giulia Bianchi (49), nati rispettivamente il 2
 * aprile 1961 e il 30 novembre 1979"; or a word of born after them and
 * one of respectively after the list: "born in 1961 and 1979,
 * respectively"): each age is judged against its own, when the list
 * writes as many dates with their year (or years) as the sentence has
 * ages, each told with a name ("Name (65)", "Name, 49,"). 0, or a
 * negative code.
 */
static int respective(const errata_check_ctx *ctx, const errata__words *w, const pair_doc *d,
                      size_t k, size_t n, size_t se)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, last = d->ages[k + n - 1].e, q, e, end = se, at;
	pair_birth b[PAIR_MAX];
	size_t nb = 0;
	int error = 0;

	for (size_t i = 0; i < n; i++)
		if (!d->ages[k + i].name_len)
			return 0; /* "Name (65)", "Name, 49,": the people listed */
	at = d->respectively ? respectively_at(&w->born_respectively, p, len, last, se) : se;
	/* "born in 1961 and 1979, respectively": a word of respectively closes
	 * the list that a word of born opens */
	if (at >= se && (end = respectively_at(&w->respectively, p, len, last, se)) < se) {
		for (at = last; at < end && !(errata__word_start(p, len, at) && listed(&w->born, p, len, at)); at++)
			;
	}
	if (at >= end)
		return 0;
	for (q = at; q < end && nb <= n; q = e) {
		memset(&b[nb], 0, sizeof(b[nb]));
		if (!errata__word_start(p, len, q) || !(e = date_at(ctx, q, b[nb].born))) {
			e = q + 1;
			continue;
		}
		b[nb].s = at;
		b[nb].e = e;
		nb++;
	}
	for (size_t i = 0; !error && nb == n && i < n; i++) {
		b[i].name = d->ages[k + i].name;
		b[i].name_len = d->ages[k + i].name_len;
		error = judge_pair(ctx, w, d, &d->ages[k + i], &b[i]);
	}
	return error;
}

/*
 * Whether two capitalised words or more start at i, none of them a word
 * of the birth b's name, a date's, a month's or a weekday's, and none a
 * word of the tables ("The", "Den"): a name, someone else's ("The
 * 69-year-old driver, Tom Lale,", "der 73-jährige Nachbar Jens Ohm").
 */
static int other_run(const errata_check_ctx *ctx, const errata__words *w, size_t i, const pair_birth *b)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, e, n = 0;

	if (i > 0 && errata__word_before(p, len, i))
		return 0;
	for (;;) {
		e = word_end(p, len, i);
		if (!errata__capital_letter_at(p, len, i) || mention_over(ctx, i) || function_word(w, p, len, i) ||
		    listed(&w->weekday_names, p, len, i) || month_word(ctx, i, e - i))
			break;
		if (named_again(p, len, b, i, e))
			return 0;
		n++;
		if (e + 1 >= len || p[e] != ' ')
			break;
		i = e + 1;
	}
	return n >= 2;
}

/*
 * The birth a compound age that opens its sentence stands for ("Anders
 * Berg was born on November 3, 1954. The 71-year-old takes over", "…
 * född den 3 november 1954. 71-åringen tar över", "… geboren. Heute ist
 * die 67-jährige Lange Vorsitzende"): the one named birth of the sentence
 * right before it in its paragraph, when nothing else there or in the
 * age's sentence before it may be whose. The age opens its sentence
 * after one word of age_compound_leads ("The", "Den", "Der"), or alone
 * where its suffix is a noun of age_nouns ("71-åringen"), or stands
 * anywhere after such a word right before the surname of the one born
 * ("die 67-jährige Lange"); a capitalised word after it that is no word
 * of that name is someone else's ("The 71-year-old Smith"), and so is a
 * word of `kin` beside it. Its index, or -1; the birth, with that name, in *nb.
 */
static int compound_partner(const errata_check_ctx *ctx, const errata__words *w, const pair_doc *d,
                            const pair_age *a, pair_birth *nb)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, ss, se, bs, be, ps, pe, i, e, lead, j;
	const pair_birth *b;
	int k, named, noun;

	if (!a->compound || a->set_off || a->weak || a->dated || a->past < len || a->turns || a->birthday ||
	    a->age < 2)
		return -1;
	errata__sentence(w, p, len, a->s, &ss, &se);
	errata__paragraph_bounds(p, len, a->s, &ps, &pe);
	if (ss <= ps || birth_within(d, ss, se) != -1)
		return -1;
	errata__sentence(w, p, len, ss - 1, &bs, &be);
	if (bs < ps || (k = birth_within(d, bs, be)) < 0 || birth_within(d, ps, bs) != -1)
		return -1;
	*nb = d->births[k];
	b = nb;
	/* "Petra Lange wurde am 22. April 1959 geboren": a name of two
	 * capitalised words or three that opens the birth's sentence names the one born */
	if (!b->name_len && (i = errata__skip_space(p, len, bs)) < b->s && errata__capital_letter_at(p, len, i) &&
	    (e = capitals_run(p, len, i)) > word_end(p, len, i) && e < b->s) {
		nb->name = i;
		nb->name_len = e - i;
	}
	/* the birth names its one born, whose sentence gives no other age */
	if (!b->name_len || b->name < bs || b->died[0] ||
	    ages_within(d, bs, a->s) != 0 || kin_beside(w, p, len, a))
		return -1;
	for (i = bs; i < be; i++)
		if (errata__word_start(p, len, i) && (listed(&w->kin, p, len, i) || other_name(ctx, w, i, a, b, 1)))
			return -1;
	/* the word after it: the surname of the one born, or a lower-case word or none */
	j = errata__skip_space(p, len, a->e);
	e = word_end(p, len, j);
	named = j > a->e && errata__capital_letter_at(p, len, j) && named_again(p, len, b, j, e);
	if (!named && j > a->e && errata__capital_letter_at(p, len, j))
		return -1;
	lead = word_back(p, len, space_back(p, a->s));
	noun = 0;
	for (size_t q = a->s; q < a->e; q++)
		if (!digit(p[q])) {
			noun = errata__words_match(&w->age_nouns, p, len, q, NULL) == a->e - q;
			break;
		}
	if (lead < a->s && space_back(p, a->s) < a->s && listed(&w->age_compound_leads, p, len, lead)) {
		if (!named && !opens(w, p, len, lead))
			return -1;
	} else if (!(noun && opens(w, p, len, a->s))) {
		return -1;
	}
	/* "restored the old mill … The 64-year-old mill": a noun after it
	 * that the paragraph gave before is the thing aged */
	if (a->attributive == 2 && !noun) {
		size_t stem = errata__noun_stem(p, j, e - j);

		if (word_within(p, len, j, stem ? stem : e - j, ps, a->s))
			return -1;
	}
	/* nobody else in the age's sentence ("The 66-year-old driver, Oleg Sorokin,") */
	for (i = ss; i < se; i++)
		if (errata__word_start(p, len, i) && (listed(&w->kin, p, len, i) || other_name(ctx, w, i, a, b, 1) ||
		                                       other_run(ctx, w, i, b)))
			return -1;
	return k;
}

int errata__age_pairs(const errata_check_ctx *ctx, const errata__words *w)
{
	/* (too big for the stack of a thread; one per thread, not one per document) */
	static _Thread_local pair_doc doc;
	pair_doc *d = &doc;
	int error = 0;

	if (!w->born.count && !w->born_after.count)
		return 0;
	/* each entry is written whole as it is added: only the counts start at 0 */
	d->nages = d->nbirths = 0;
	d->full = d->respectively = 0;
	find_births(ctx, w, d);
	if (d->nbirths || d->respectively)
		find_ages(ctx, w, d);
	/* two ages or more in one sentence, with their births listed after them */
	for (size_t k = 0, n; !error && (d->respectively || w->respectively.count) && k < d->nages; k += n) {
		size_t ss, se;

		errata__sentence(w, ctx->prose, ctx->prose_len, d->ages[k].s, &ss, &se);
		for (n = 1; k + n < d->nages && d->ages[k + n].s < se; n++)
			;
		if (n > 1)
			error = respective(ctx, w, d, k, n, se);
	}
	for (size_t k = 0; !error && k < d->nages; k++) {
		const pair_age *a = &d->ages[k];
		pair_age x;
		pair_birth nb;
		int b, wide = 0;

		if (errata__age_reported(ctx, a->s, a->e))
			continue;
		if (compound_partner(ctx, w, d, a, &nb) >= 0) {
			x = *a;
			x.attributive = 0;
			error = judge_pair(ctx, w, d, &x, &nb);
			continue;
		}
		if ((b = partner(ctx, w, d, a, &wide)) < 0)
			continue;
		x = *a;
		if (wide) {
			if (other_in_sentence(ctx, w, a, &d->births[b]))
				continue;
			x.attributive = 0;
			error = judge_pair(ctx, w, d, &x, &d->births[b]);
			continue;
		}
		if (someone_else(ctx, w, a, &d->births[b]))
			continue;
		if (!verb_subject(ctx, w, a, &d->births[b]))
			continue;
		/* an age inside the birth's own words is none ("(born 1931)") */
		if (a->s < d->births[b].e && a->e > d->births[b].s)
			continue;
		if (x.set_off && !subject_set_off(ctx, w, &x, &d->births[b]))
			continue;
		if (x.attributive == 2 || x.weak) {
			if (!birth_follows(ctx, w, &x, &d->births[b]) &&
			    !birth_precedes(ctx, w, &x, &d->births[b]) &&
			    !(x.weak && birth_opens_next(ctx, w, &x, &d->births[b])) &&
			    !(x.attributive == 2 && d->births[b].e <= x.s && role_beside_name(ctx, w, &x, &d->births[b])))
				continue;
			x.attributive = 0;
		}
		error = judge_pair(ctx, w, d, &x, &d->births[b]);
	}
	return error;
}
