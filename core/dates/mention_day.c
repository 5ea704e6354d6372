/*
 * mention_day.c: a weekday with a day number and no month, as newsrooms
 * write a date close to the story's own ("Tuesday the 14th", "on Friday
 * (the 9th)", "le mardi 14", "am Dienstag, dem 14.", "nesta quinta-feira
 * (10)", "13日（日）", "9일(목)"). The month comes from the context, so the
 * shape is read only where nothing else can be meant, and judged only
 * against every month the day may be in:
 *
 *   - the day is read only where no other shape starts at the weekday,
 *     and only when the number ends the statement: the end of the line
 *     or of the text, punctuation (, ; : ! ? . or a closing bracket), or,
 *     after a day written with its ordinal suffix, one of the table's
 *     function_words before a number, a capitalised word or, after a
 *     word of weekday_date_words, another of them or a lower-case noun
 *     and a capitalised name ("the 14th at 7 p.m.", "the 20th for a
 *     stock-take", "de 21e in dorpshuis De Kolk") or a lower-case word and
 *     another function word or the clause's end ("the 16th to review the
 *     budget"); after a day with its ordinal dot, a function word and a
 *     word ("ve středu 16. na zasedání"), or this_month_words or
 *     next_month_words, which name its month ("Saturday the 29th this
 *     month": the article's month alone). So
 *     "Tuesday the 14th Amendment", "on Friday the 3rd
 *     floor", "on Sunday, 2 of the 5 players", "Wednesday 14 people",
 *     "Monday 3-1 win" and "Sunday 10-12" are no dates; nor is a weekday
 *     after one of the table's weekday_apposition_words ("a Friday the
 *     13th"), one that ends a list of weekdays, or one of the table's
 *     weekday_day_idioms ("Friday the 13th", "martes 13"). CJK tables
 *     read a day with its mark and its weekday in brackets (13日（日）).
 *   - the reference date is the last mention before it in its paragraph
 *     (with its year, written or inferred), else the article's date; a
 *     written date in another year than the article's (history) is a
 *     reference only beside the article's date, and a mention's other
 *     reading of its year is one too; a birth date (birth_words) in an
 *     earlier sentence is none. A reference that ends an earlier
 *     sentence leaves the day's first date on or after the article's a
 *     reading beside its own, and, when that reference is after the
 *     article's date, its last one on or before it too.
 *   - the readings near a reference are the day in the reference's month
 *     and in the months either side (after "last" only those on or before
 *     it, after "next" those on or after it). When the nearest of them is
 *     in the week after the reference, it is the only reading (a writer
 *     who means a day three weeks away or more names its month); when it
 *     is in the week before, the readings after the reference stay beside
 *     it (a day just past may be next month's: "on sale Saturday the
 *     14th" on January 20); else they all are. date.weekday flags the
 *     weekday only when it fits no reading, and names the nearest.
 */
#include "mention_impl.h"

#include <stdlib.h>
#include <string.h>

#include "calendar_impl.h"
#include "cjk.h"
#include "common.h"

/* The nearest reading is the only one within this many days of the reference. */
#define DAY_NEAR_DAYS 7

/*
 * Whether the number at p is an hour: at most 24, with one of the table's
 * time_words, an "h" or minutes after it, or, with timed, after a time
 * word ("ore 18"); the first of a range of hours counts ("6–8pm").
 */
static int hour_at(const ctx *c, size_t p, int timed)
{
	const errata__tok *t = tkp(c, p);
	size_t e;
	char ch;

	if (t->kind != ERRATA__TOK_NUM || t->ndigits > 2 || t->num > 24 || has_newline(c, p, t->start))
		return 0;
	e = t->end;
	ch = e < c->len ? c->s[e] : '\0';
	if (timed || ((ch == ':' || ch == '.') && is_digit_at(c, e + 1)) ||
	    ((ch | 32) == 'h' && !(e + 1 < c->len && ascii_letter((unsigned char)c->s[e + 1]))) ||
	    errata__match_phrase(c, e, &c->loc->time_words, 0, &e))
		return 1;
	/* "6–8pm", "6-8 p.m.", "10 és 18 óra között": the hour that ends the
	 * range or the pair says it */
	t = tkp(c, e);
	if (t->kind == ERRATA__TOK_PUNCT && t->start == e && (t->cp == '-' || t->cp == 0x2013))
		e = t->end;
	else if (!errata__match_phrase(c, e, &c->loc->list, 0, &e))
		return 0;
	t = tkp(c, e);
	if (t->kind != ERRATA__TOK_NUM || (t->start != e && has_newline(c, e, t->start)) || t->ndigits > 2 ||
	    t->num > 24)
		return 0;
	return errata__match_phrase(c, t->end, &c->loc->time_words, 0, &e);
}

/*
 * Whether an hour follows p after one to `words` short lower-case words
 * on the same line: "à 20 heures", "à 10 h 30", "à 20h30", "a las 21
 * horas", "alle ore 18", "às 14h", "at 7 p.m.", "klokken 19" (two), "de
 * la ora 19:00" (three) (hour_at()).
 */
static int hour_after(const ctx *c, size_t p, int words)
{
	for (int k = 0; k < words; k++) {
		const errata__tok *t = tkp(c, p);
		size_t e;
		int timed;

		if (t->kind != ERRATA__TOK_WORD || t->upper || has_newline(c, p, t->start))
			return 0;
		/* (a time word of any length: "klokken 19") */
		timed = errata__match_phrase(c, t->start, &c->loc->time_words, 0, &e);
		if (!timed && t->flen > 5)
			return 0;
		/* (past a time word's period: "kl. 18") */
		p = timed ? e : t->end;
		t = tkp(c, p);
		if (t->kind != ERRATA__TOK_NUM)
			continue;
		return hour_at(c, p, timed);
	}
	return 0;
}

/*
 * Whether the text after a day written alone ends it (see above), or an
 * hour follows it (hour_after()); suffixed: the day has its ordinal suffix.
 */
static int day_closes(const ctx *c, size_t end, int suffixed, int word, int dotted)
{
	const errata__tok *t = tkp(c, end), *n;
	size_t e;

	if (t->kind == ERRATA__TOK_END || has_newline(c, end, t->start))
		return 1;
	/* "в субботу 17-го числа": a noun that makes the number a day of a
	 * month, and then what ends a day */
	if (t->kind == ERRATA__TOK_WORD && errata__match_phrase(c, end, &c->loc->day_nouns, 0, &e) &&
	    !has_newline(c, end, tkp(c, end)->start)) {
		/* ("lauantaina 23. päivänä päättämään": the noun has made a
		 * day with its suffix a day of a month, a verb in lower case
		 * may follow; "в субботу 17 числа из списка" counts) */
		n = tkp(c, e);
		if (suffixed && n->kind == ERRATA__TOK_WORD && !n->upper && !has_newline(c, e, n->start))
			return 1;
		return day_closes(c, e, suffixed, word, 0);
	}
	/* "am Sonntag, den 18. wegen Inventur", "torsdag den 13. på grund af",
	 * "på söndag den 12:e väntar": after a word of weekday_date_words, a
	 * day with its ordinal dot or colon before a lower-case word ("dem 14.
	 * Verhandlungstag" counts a noun) */
	if (dotted && word && t->kind == ERRATA__TOK_WORD && !t->upper)
		return 1;
	/* (after a comma, a number goes on with a list of ordinals or a
	 * year: "the 14th, 15th and 16th floors", "the 9th, 1990"; not an
	 * hour: "Sunday the 30th, 6-8pm") */
	if (t->kind == ERRATA__TOK_PUNCT) {
		/* (t holds only until the next read) */
		size_t after = t->end;
		uint32_t cp = t->cp;

		return cp < 0x80 && strchr(",;:!?.)", (int)cp) != NULL &&
		       !(cp == ',' && tkp(c, after)->kind == ERRATA__TOK_NUM && !hour_at(c, after, 0));
	}
	if (t->kind == ERRATA__TOK_WORD && hour_after(c, end, 2))
		return 1;
	t = tkp(c, end); /* (hour_after() read on) */
	if (t->kind != ERRATA__TOK_WORD || t->upper || (!suffixed && c->loc->weekday_day_suffix))
		return 0;
	/* "e giovedì 10 sarà la giornata dei corti": a verb in the singular,
	 * whose subject the day is (a count would take the plural: "giovedì
	 * 10 saranno premiati") */
	if (errata__match_phrase(c, end, &c->loc->day_verbs, 0, &e))
		return 1;
	/* the word that joins a day to its month, then an article and a
	 * name: a place, no month ("el dissabte 20 de la Via Laietana"; not
	 * a count, "el domingo 2 de los 5 jugadores") */
	if (errata__match_phrase(c, end, &c->loc->day_month, 0, &e)) {
		if (has_newline(c, e, tkp(c, e)->start) ||
		    !errata__match_phrase(c, e, &c->loc->function_words, 0, &e))
			return 0;
		n = tkp(c, e);
		return n->kind == ERRATA__TOK_WORD && n->upper && !has_newline(c, e, n->start);
	}
	if (!errata__match_phrase(c, end, &c->loc->function_words, 0, &e))
		return 0;
	n = tkp(c, e);
	if (has_newline(c, e, n->start))
		return 0;
	/* a bare day, where the table writes no suffix: a function word and
	 * a word ("chiusa martedì 16 per inventario"; not a number: "Mardi
	 * 14 à 20 manifestants" counts) */
	if (!suffixed)
		return n->kind == ERRATA__TOK_WORD;
	/* "closed Tuesday the 20th for a stock-take": after a word of
	 * weekday_date_words, two function words on ("finished Tuesday 4th
	 * in the slalom" is a place) */
	if (n->kind == ERRATA__TOK_NUM || (n->kind == ERRATA__TOK_WORD && n->upper))
		return 1;
	if (n->kind != ERRATA__TOK_WORD || !(word || dotted))
		return 0;
	/* "ve středu 3. na mimořádném zasedání": a day with its ordinal dot,
	 * a function word and a word (a rank or a count has its noun right
	 * after the number: "3. místo") */
	if (!word)
		return 1;
	if (errata__match_phrase(c, e, &c->loc->function_words, 0, &e))
		return 1;
	/* "op dinsdag de 21e in dorpshuis De Kolk", "the 21st in hall B": a
	 * noun in lower case and the place's name, capitalised; "meets on
	 * Thursday the 13th to finalise the plan", "open op donderdag de 3e
	 * weer open.": a word in lower case and then a function word or the
	 * end of the clause (not "de 15e in ronde twee", a rank) */
	e = n->end;
	n = tkp(c, e);
	if (n->kind == ERRATA__TOK_END || has_newline(c, e, n->start))
		return 1;
	if (n->kind == ERRATA__TOK_PUNCT)
		return n->cp < 0x80 && strchr(",;:!?.)", (int)n->cp) != NULL;
	if (n->kind != ERRATA__TOK_WORD)
		return 0;
	return n->upper || errata__match_phrase(c, e, &c->loc->function_words, 0, &e);
}

/* The weekday, the day's number and suffix and the span's end; the month
 * the words after it name (month_shift of errata__day_mention). */
typedef struct {
	int wd, d, month_shift;
	size_t wd_off, wd_end, d_off, d_end, end;
} day_part;

/*
 * The month the words at p name: 1 for one of the table's
 * this_month_words ("this month", "dieses Monats"), 2 for one of
 * next_month_words ("next month"), else 0.
 */
static int month_words_at(const ctx *c, size_t p)
{
	size_t e;

	if (errata__match_phrase(c, p, &c->loc->this_month, 0, &e))
		return 1;
	return errata__match_phrase(c, p, &c->loc->next_month, 0, &e) ? 2 : 0;
}

/*
 * Whether the word at q, which opens with two ASCII letters, may be the
 * first word of a phrase of fv: a run of ASCII letters that ends before
 * an ASCII byte other than an apostrophe or hyphen is a word that folds to
 * the run in lower case; a longer one may fold to anything.
 */
static int word_may_open(const errata__phrases *fv, const char *s, size_t len, size_t q)
{
	size_t r = q;

	while (r < len && (unsigned char)((s[r] | 32) - 'a') < 26u)
		r++;
	if (r < len && ((unsigned char)s[r] >= 0x80 || s[r] == '\'' || s[r] == '-'))
		return 1;
	for (size_t i = 0; i < fv->n; i++) {
		const errata__tok *w = &fv->v[i].tok[0];
		size_t j;

		if (!fv->v[i].n || w->kind != ERRATA__TOK_WORD || w->flen != r - q)
			continue;
		for (j = 0; j < w->flen && (unsigned char)(s[q + j] | 32) == (unsigned char)w->fold[j]; j++)
			;
		if (j == w->flen)
			return 1;
	}
	return 0;
}

/*
 * Whether a word in s[from, at) may open one of the phrases of fv, read
 * from the bytes (no false negatives): a word starts where no ASCII
 * letter stands before it (or at from); an ASCII letter there and the
 * one after it give the first two bytes the word folds to
 * (errata__tok_pair()); a word opening with a byte outside ASCII, or with
 * one letter before anything but an ASCII letter, may fold to anything.
 */
static int phrase_may_open(const errata__phrases *fv, const char *s, size_t len, size_t from,
                           size_t at)
{
	for (size_t q = from; q < at;) {
		unsigned int b = (unsigned char)s[q], l = b | 32, l2, k;

		if (l - 'a' >= 26u) {
			/* not an ASCII letter: a word outside ASCII may open here */
			if (b >= 0xc0 || (b >= 0x80 && q == from))
				return 1;
			q++;
			continue;
		}
		if ((fv->first[l >> 5] >> (l & 31)) & 1) {
			l2 = q + 1 < len ? (unsigned char)s[q + 1] | 32u : 0;
			if (l2 - 'a' >= 26u)
				return 1;
			k = (l & 31u) << 5 | (l2 & 31u);
			if (((fv->first2[k >> 5] >> (k & 31)) & 1) && word_may_open(fv, s, len, q))
				return 1;
		}
		/* the rest of the run of ASCII letters opens no word */
		for (q++; q < at && ((unsigned char)s[q] | 32u) - 'a' < 26u; q++)
			;
		/* nor a byte outside ASCII right after it */
		if (q < at && (unsigned char)s[q] >= 0x80)
			q++;
	}
	return 0;
}

/* The start of the sentence that ends at `at`: back to a full stop, a line break or 240 bytes. */
static size_t sentence_back(const ctx *c, size_t at)
{
	size_t from = at;

	/* (the marks are all below 0x40: most bytes are passed at one test) */
	for (size_t lim = at >= 240 ? at - 240 : 0; from > lim; from--) {
		unsigned char b = (unsigned char)c->s[from - 1];

		if (b < 0x40 && (b == '.' || b == '!' || b == '?' || b == '\n'))
			break;
	}
	return from;
}

/* Whether a phrase of fv stands earlier in the sentence that ends at
 * `at` (sentence_back()), ending no more than `gap` bytes before `at`. */
static int verb_before(const ctx *c, const errata__phrases *fv, size_t at, size_t gap)
{
	size_t from;

	if (!fv->n)
		return 0;
	from = sentence_back(c, at);
	/* the tokens are read only where the bytes allow a phrase */
	if (!phrase_may_open(fv, c->s, c->len, from, at))
		return 0;
	for (size_t p = from; p < at;) {
		const errata__tok *t = tkp(c, p);
		size_t e;

		if (t->kind == ERRATA__TOK_END || t->start >= at)
			break;
		if (t->kind == ERRATA__TOK_WORD && t->flen && t->flen != (size_t)-1 &&
		    ((fv->first[(unsigned char)t->fold[0] >> 5] >> ((unsigned char)t->fold[0] & 31)) & 1) &&
		    errata__match_phrase(c, t->start, fv, 0, &e) &&
		    e <= at && at - e <= gap)
			return 1;
		p = t->end > p ? t->end : p + 1;
	}
	return 0;
}

int errata__future_verb_before(const ctx *c, size_t at)
{
	return verb_before(c, &c->loc->future_verbs, at, at);
}

/* Whether the word token t ends with one of the table's future_verb_endings, after a stem of three bytes or more. */
static int future_ending(const ctx *c, const errata__tok *t)
{
	const errata__strs *l = &c->loc->future_endings;

	for (size_t k = 0; k < l->n; k++) {
		size_t n = strlen(l->v[k]);

		if (t->flen >= n + 3 && memcmp(t->fold + t->flen - n, l->v[k], n) == 0)
			return 1;
	}
	return 0;
}

int errata__future_tense_before(const ctx *c, size_t at)
{
	if (errata__future_verb_before(c, at))
		return 1;
	if (!c->loc->future_endings.n)
		return 0;
	for (size_t p = sentence_back(c, at); p < at;) {
		const errata__tok *t = tkp(c, p);

		if (t->kind == ERRATA__TOK_END || t->start >= at)
			break;
		if (t->kind == ERRATA__TOK_WORD && t->flen && t->flen != (size_t)-1 && future_ending(c, t))
			return 1;
		p = t->end > p ? t->end : p + 1;
	}
	return 0;
}

int errata__past_verb_before(const ctx *c, size_t at)
{
	/* right before the date, past a short word at most: "was Friday, January 10", "fell on" */
	return verb_before(c, &c->loc->past_verbs, at, 4);
}

/*
 * Whether a comma closes the day that ends at end, and an hour follows
 * it, or the clause goes on (errata__clause_goes_on(): "iar vineri, 29,
 * urcă"; "lunes, 14, martes, 9, y miércoles, 11" counts).
 */
static int set_off_day(const ctx *c, size_t end)
{
	const errata__tok *t = tkp(c, end);
	size_t after;

	if (!is_punct(t, ','))
		return 0;
	after = t->end;
	return hour_after(c, after, 3) || errata__clause_goes_on(c, after);
}

/* weekday [,] [weekday_date words] [(] [weekday_date word] day [)] */
static int latin_day(const ctx *c, size_t pos, day_part *dp)
{
	const errata__tok *t;
	size_t p, e, te, num_end;
	int paren = 0, comma, word = 0, suffixed, timed = 0;

	if (!errata__weekday_at(c, pos, &dp->wd, &dp->wd_off, &dp->wd_end))
		return 0;
	/* "ČT1", "SA1": letters that touch digits name a channel or a code */
	if (dp->wd_end < c->len && is_digit_at(c, dp->wd_end))
		return 0;
	p = dp->wd_end;
	t = tkp(c, p);
	if (is_punct(t, ','))
		p = t->end;
	comma = p != dp->wd_end;
	for (int k = 0; k < 2 && errata__match_phrase(c, p, &c->loc->weekday_date, 0, &e); k++) {
		/* "szombaton este 8-ig": a time of day, then an hour */
		timed = errata__match_phrase(c, p, &c->loc->time_words, 0, &te) && te == e;
		word = 1;
		p = e;
		t = tkp(c, p);
		if (is_punct(t, ','))
			p = t->end;
	}
	t = tkp(c, p);
	if (is_punct(t, '(')) {
		paren = 1;
		p = t->end;
		if (errata__match_phrase(c, p, &c->loc->weekday_date, 0, &e))
			p = e;
	}
	t = tkp(c, p);
	if (t->kind != ERRATA__TOK_NUM || has_newline(c, dp->wd_end, t->start))
		return 0;
	num_end = t->end;
	if (!errata__day_at(c, p, 0, &dp->d, &dp->d_off, &dp->d_end) || dp->d > 31 ||
	    !errata__number_ends(c, dp->d_end))
		return 0;
	/* a bare number right after the weekday's comma is a count in a
	 * list ("Monday, 14; Tuesday, 9"), unless a comma and an hour follow
	 * it ("el jueves, 9, a las 20.00", "vineri, 10, de la ora 19:00") or
	 * a comma and a word in lower case that is no weekday, the clause
	 * going on ("iar vineri, 29, urcă pe scenă", "el viernes, 29, actuará");
	 * in a language that writes the day's suffix, any bare number is */
	suffixed = dp->d_end > num_end;
	if (!suffixed && ((comma && !word && !paren && !set_off_day(c, dp->d_end)) ||
	                  c->loc->weekday_day_suffix))
		return 0;
	/* the first of two hours ("hétfőtől péntekig 10 és 18 óra között"),
	 * or an hour after a time of day ("szombaton este 8-ig") */
	if ((!suffixed && hour_at(c, p, 0)) || (timed && dp->d <= 24))
		return 0;
	if (paren) {
		t = tkp(c, dp->d_end);
		if (!is_punct(t, ')'))
			return 0;
		dp->end = t->end;
	} else {
		/* "Saturday the 29th this month only": the words name its month */
		dp->month_shift = month_words_at(c, dp->d_end);
		/* (a case ending after a hyphen makes the number a day whatever
		 * follows: "vasárnap, 22-én nyit", "в субботу, 22-го") */
		/* (the ordinal's mark: "den 18.", "den 12:e") */
		if (!dp->month_shift && !(suffixed && c->s[num_end] == '-') &&
		    !day_closes(c, dp->d_end, suffixed, word,
		                suffixed && (c->s[num_end] == '.' || c->s[num_end] == ':')))
			return 0;
		dp->end = dp->d_end;
	}
	if ((c->raw != c->s && errata__block_break(c, dp->wd_end, dp->d_off)) ||
	    errata__weekday_listed(c, pos) || errata__preceded_by(c, dp->wd_off, &c->loc->apposition))
		return 0;
	return !errata__match_phrase(c, dp->wd_off, &c->loc->day_idioms, 0, &e);
}

int errata__day_mention_read(const ctx *c, errata_mentions *ms, size_t pos)
{
	day_part dp = { 0 };
	errata__day_mention *m;
	const errata__tok *t = tkp(c, pos);

	if (c->loc->cjk.on) {
		/* (only the marked shape: 13日（日）, 周三（15日）) */
		errata__cjk_date d;

		if (t->kind == ERRATA__TOK_WORD || !errata__cjk_day(c->loc, c->s, c->len, pos, &d))
			return 0;
		dp.wd = d.wd;
		dp.d = d.d;
		dp.d_off = d.off;
		dp.d_end = d.date_end;
		dp.wd_off = d.wd_off;
		dp.wd_end = d.wd_end;
		dp.end = d.end;
		dp.month_shift = d.month_shift;
	} else if (t->kind != ERRATA__TOK_WORD || !latin_day(c, pos, &dp)) {
		return 0;
	}
	if (errata__crosses_paragraph(c, dp.wd_off < dp.d_off ? dp.wd_off : dp.d_off, dp.end))
		return 0;
	if (ms->ndays == ms->capdays) {
		size_t ncap = ms->capdays ? ms->capdays * 2 : 8;
		errata__day_mention *nd = realloc(ms->days, ncap * sizeof(*nd));

		if (!nd)
			return errata__oom();
		ms->days = nd;
		ms->capdays = ncap;
	}
	m = &ms->days[ms->ndays++];
	memset(m, 0, sizeof(*m));
	m->offset = dp.wd_off < dp.d_off ? dp.wd_off : dp.d_off;
	m->length = dp.end - m->offset;
	m->weekday_offset = dp.wd_off;
	m->weekday_length = dp.wd_end - dp.wd_off;
	m->day_offset = dp.d_off;
	m->day_length = dp.d_end - dp.d_off;
	m->weekday = dp.wd;
	m->day = dp.d;
	m->dir = errata__direction_before(c, m->offset);
	m->month_shift = dp.month_shift;
	return 0;
}

/* One month on (side 1) or back (side -1), or none (0) from *y-*mo. */
static void month_step(int *y, int *mo, int side)
{
	*mo += side;
	if (*mo > 12) {
		*mo = 1;
		++*y;
	} else if (*mo < 1) {
		*mo = 12;
		--*y;
	}
}

/* The readings of day near the reference date ref (see above), added to
 * m's after those it has; with within, only those that many days from
 * ref at most. */
static void add_readings_within(errata__day_mention *m, const errata_date *ref, long within)
{
	errata_date found[3];
	long dist[3], at = errata__date_days(ref->year, ref->month, ref->day);
	int n = 0, ny;

	for (int k = -1; k <= 1; k++) {
		int y = ref->year, mo = ref->month;
		long d;

		month_step(&y, &mo, k);
		if (!errata__date_valid(y, mo, m->day))
			continue;
		d = errata__date_days(y, mo, m->day) - at;
		if ((m->dir < 0 && d > 0) || (m->dir > 0 && d < 0) || (within && labs(d) > within))
			continue;
		/* in order of distance, the earlier first on a tie */
		ny = n++;
		while (ny > 0 && labs(dist[ny - 1]) > labs(d)) {
			found[ny] = found[ny - 1];
			dist[ny] = dist[ny - 1];
			ny--;
		}
		found[ny].year = y;
		found[ny].month = mo;
		found[ny].day = m->day;
		dist[ny] = d;
	}
	if (n && labs(dist[0]) <= DAY_NEAR_DAYS) {
		/* a nearest one in the week before the reference keeps those on
		 * or after it beside it: "tickets go on sale Saturday the 14th"
		 * in an article of January 20 may be February 14, "it will rule
		 * Monday the 12th" after September 17 October 12 */
		int keep = 1;

		for (int i = 1; dist[0] < 0 && i < n; i++)
			if (dist[i] >= 0) {
				found[keep] = found[i];
				dist[keep++] = dist[i];
			}
		n = keep;
	}
	for (int i = 0; i < n && m->n < 6; i++)
		m->reading[m->n++] = found[i];
}

static void add_readings(errata__day_mention *m, const errata_date *ref)
{
	add_readings_within(m, ref, 0);
}

/*
 * The first day m->day on or after the article's date (side 1), or the
 * last on or before it (side -1), added to m's readings: a day in a later
 * sentence than its reference date may be read near the article's date
 * as well ("the council meets next on Friday the 24th" after a date of
 * next month or of last month; "the minister resigned on Thursday the
 * 19th" after a date still to come). Not against the way one of the
 * table's past or future words looks.
 */
static void add_reading_side(errata__day_mention *m, const errata_date *article, int side)
{
	int y = article->year, mo = article->month;

	if (m->dir * side < 0)
		return;
	if (side > 0 ? m->day < article->day : m->day > article->day)
		month_step(&y, &mo, side);
	for (int k = 0; k < 2 && !errata__date_valid(y, mo, m->day); k++)
		month_step(&y, &mo, side);
	if (!errata__date_valid(y, mo, m->day) || m->n >= 6)
		return;
	m->reading[m->n++] = (errata_date){ y, mo, m->day };
}

/* Whether a sentence ends in s[from, to), right after a mention that
 * ends at from: '.', '!' or '?', then a blank and a capital letter (a
 * dot after one to three digits is an ordinal's, "den 3. Platz", unless
 * it closes the mention, "on December 25."), or a full stop of Chinese
 * and Japanese. */
static int sentence_ends(const ctx *c, size_t from, size_t to)
{
	const unsigned char *u = (const unsigned char *)c->s;

	for (size_t p = from; p < to; p++) {
		size_t dg = 0;

		while (dg < p && dg < 4 && u[p - dg - 1] >= '0' && u[p - dg - 1] <= '9')
			dg++;
		if ((u[p] == '.' || u[p] == '!' || u[p] == '?') && (p == from || !dg || dg > 3) &&
		    p + 2 < to && (u[p + 1] == ' ' || u[p + 1] == '\n') &&
		    ((u[p + 2] >= 'A' && u[p + 2] <= 'Z') || u[p + 2] >= 0xc3))
			return 1;
		/* 。！？ */
		if (p + 3 <= to && u[p] == 0xe3 && u[p + 1] == 0x80 && u[p + 2] == 0x82)
			return 1;
		if (p + 3 <= to && u[p] == 0xef && u[p + 1] == 0xbc && (u[p + 2] == 0x81 || u[p + 2] == 0x9f))
			return 1;
	}
	return 0;
}

/* Whether a digit (ASCII or full-width) ends right before s[at]. */
static int digit_before(const ctx *c, size_t at)
{
	const unsigned char *u = (const unsigned char *)c->s;

	if (at >= 1 && u[at - 1] >= '0' && u[at - 1] <= '9')
		return 1;
	return at >= 3 && u[at - 3] == 0xef && u[at - 2] == 0xbc && u[at - 1] >= 0x90 &&
	       u[at - 1] <= 0x99;
}

/* Whether a digit (ASCII or full-width) starts at s[at]. */
static int digit_after(const ctx *c, size_t at)
{
	const unsigned char *u = (const unsigned char *)c->s;

	if (at < c->len && u[at] >= '0' && u[at] <= '9')
		return 1;
	return at + 3 <= c->len && u[at] == 0xef && u[at + 1] == 0xbc && u[at + 2] >= 0x90 &&
	       u[at + 2] <= 0x99;
}

/* The number written right before s[at] in ASCII or full-width digits ("12" of "12月"), or 0. */
static int number_before(const ctx *c, size_t at)
{
	const unsigned char *u = (const unsigned char *)c->s;
	int v = 0, scale = 1;

	for (int k = 0; k < 2; k++) {
		if (at >= 1 && u[at - 1] >= '0' && u[at - 1] <= '9') {
			v += (u[at - 1] - '0') * scale;
			at--;
		} else if (at >= 3 && u[at - 3] == 0xef && u[at - 2] == 0xbc && u[at - 1] >= 0x90 &&
		           u[at - 1] <= 0x99) {
			v += (u[at - 1] - 0x90) * scale;
			at -= 3;
		} else {
			break;
		}
		scale *= 10;
	}
	return v;
}

/*
 * The months text [from, to) names outside a date: a month of the table
 * ("in March", "Ende Mai") or a number with the table's month mark and
 * no day after it (a heading "12月:" over "11日(月)、18日(月)"). Returns how many names stand
 * there, and in *month the last one's month (0 for a mark whose number
 * is no month; the marks are looked at before the names).
 */
static int months_named(const ctx *c, size_t from, size_t to, int *month)
{
	int named = 0;

	*month = 0;
	if (c->loc->cjk.on) {
		const errata__strs *marks = &c->loc->cjk.month;

		for (size_t i = 0; i < marks->n; i++) {
			size_t ml = strlen(marks->v[i]);

			for (size_t p = from; ml && p + ml <= to; p++)
				/* (a mark with a day after it is a date's: "6月31日",
				 * impossible, names no month alone) */
				if (!memcmp(c->s + p, marks->v[i], ml) && digit_before(c, p) &&
				    !digit_after(c, p + ml)) {
					int n = number_before(c, p);

					named++;
					*month = n >= 1 && n <= 12 ? n : 0;
				}
		}
	}
	for (size_t p = from; p < to;) {
		const errata__tok *t = tkp(c, p);
		size_t e;
		int mo;

		if (t->kind == ERRATA__TOK_END || t->start >= to)
			break;
		if (t->kind == ERRATA__TOK_WORD && errata__month_at(c, t->start, &mo, &e)) {
			named++;
			*month = mo;
		}
		p = t->end > p ? t->end : p + 1;
	}
	return named;
}

/*
 * The day of m in the month mo named before it, in the year that puts it
 * nearest the reference ref (on or before it after "last", on or after
 * it after "next"), into *d when that is within a month either side of
 * ref's month ("en octobre, le mardi 12" in an article of September 22).
 * A month further off may be another year's ("In March, the council met.
 * It voted on Tuesday the 14th" in December): 0, the day is not judged.
 */
static int named_reading(const errata__day_mention *m, int mo, const errata_date *ref, errata_date *d)
{
	long at = errata__date_days(ref->year, ref->month, ref->day), best = -1;

	for (int y = ref->year - 1; y <= ref->year + 1; y++) {
		int months = (y - ref->year) * 12 + (mo - ref->month);
		long dist;

		if (months < -1 || months > 1 || !errata__date_valid(y, mo, m->day))
			continue;
		dist = errata__date_days(y, mo, m->day) - at;
		if ((m->dir < 0 && dist > 0) || (m->dir > 0 && dist < 0))
			continue;
		if (best < 0 || labs(dist) < best) {
			best = labs(dist);
			*d = (errata_date){ y, mo, m->day };
		}
	}
	return best >= 0;
}

/* The start of the paragraph that holds at: after the last blank line
 * before it, looking back 1200 bytes at most. */
static size_t paragraph_start(const ctx *c, size_t at)
{
	size_t s = at, lim = at > 1200 ? at - 1200 : 0;

	while (s > lim && !(c->s[s - 1] == '\n' && s >= 2 &&
	                    (c->s[s - 2] == '\n' || (c->s[s - 2] == '\r' && s >= 3 && c->s[s - 3] == '\n'))))
		s--;
	return s;
}

/*
 * Whether the date v, with its year, follows the day mention m in the
 * same clause, at most a few words after it: nothing between them but
 * words, blanks and commas.
 */
static int date_right_after(const ctx *c, const errata__day_mention *m, const errata_mention *v)
{
	size_t end = m->offset + m->length;

	if (v->offset < end || v->offset - end > 24 || !v->year ||
	    !errata__date_valid(v->year, v->month, v->day))
		return 0;
	for (size_t p = end; p < v->offset; p++)
		if (strchr(".;:!?()\n", c->s[p]))
			return 0;
	return 1;
}

/* Whether s[at] opens a mark that ends a clause: , ; : ( ) . ! ? a line
 * break, or 、。，；（）！？ */
static int clause_mark_at(const ctx *c, size_t at)
{
	const unsigned char *u = (const unsigned char *)c->s + at;

	if (*u < 0x80)
		return *u && strchr(",;:().!?\n", *u) != NULL;
	if (at + 3 > c->len)
		return 0;
	if (u[0] == 0xe3 && u[1] == 0x80 && (u[2] == 0x81 || u[2] == 0x82))
		return 1;
	return u[0] == 0xef && u[1] == 0xbc &&
	       (u[2] == 0x8c || u[2] == 0x9b || u[2] == 0x88 || u[2] == 0x89 || u[2] == 0x81 || u[2] == 0x9f);
}

/*
 * Whether one of the table's birth_words stands in s[from, to) and ends
 * within `near` of to (with near, a before word: nothing but blanks and
 * one short word in lower case between it and to, "born on", "nacida el",
 * "geboren am"); in a CJK table, a one-word phrase's letters at any byte
 * (no blanks part the words: "3日生まれ", "生于1964年").
 */
static int birth_word_in(const ctx *c, size_t from, size_t to, int near)
{
	const errata__phrases *bw = &c->loc->birth_words;

	if (c->loc->cjk.on) {
		for (size_t i = 0; i < bw->n; i++) {
			const errata__tok *w = &bw->v[i].tok[0];

			if (bw->v[i].n != 1 || w->kind != ERRATA__TOK_WORD || !w->flen || w->flen == (size_t)-1)
				continue;
			for (size_t p = from; p + w->flen <= to; p++)
				if (!memcmp(c->s + p, w->fold, w->flen))
					return 1;
		}
		return 0;
	}
	for (size_t p = from; p < to;) {
		const errata__tok *t = tkp(c, p);
		size_t e, next = t->end > p ? t->end : p + 1;

		if (t->kind == ERRATA__TOK_END || t->start >= to)
			break;
		if (t->kind == ERRATA__TOK_WORD && errata__match_phrase(c, t->start, bw, 0, &e) && e <= to) {
			/* (t holds only until the next read) */
			const errata__tok *n;
			size_t n_end;

			if (!near)
				return 1;
			n = tkp(c, e);
			if (n->start >= to)
				return 1;
			n_end = n->end;
			if (n->kind == ERRATA__TOK_WORD && !n->upper && n_end - n->start <= 4 &&
			    tkp(c, n_end)->start >= to)
				return 1;
		}
		p = next;
	}
	return 0;
}

/*
 * Whether the date v is a birth: one of the table's birth_words right
 * before it ("nacida el 6 de agosto de 1970", "(born 24 April 1968)"),
 * or after it in its clause, within 32 bytes ("die op 25 augustus 1985
 * in Utrecht werd geboren"); in a CJK table, within 12 bytes either side
 * ("1971年7月3日生まれ"). "The mill where she was born closed on June 4,
 * 1989" is no birth.
 */
static int birth_date(const ctx *c, const errata_mention *v)
{
	size_t end = v->offset + v->length, from = v->offset, to = end;
	size_t span = c->loc->cjk.on ? 12 : 32;

	if (!c->loc->birth_words.n)
		return 0;
	while (from > 0 && v->offset - from < span && !clause_mark_at(c, from - 1))
		from--;
	while (to < c->len && to - end < span && !clause_mark_at(c, to))
		to++;
	return birth_word_in(c, from, v->offset, !c->loc->cjk.on) || birth_word_in(c, end, to, 0);
}

void errata__mentions_infer_days(const ctx *c, errata_mentions *ms, const errata_date *article)
{
	size_t kept = 0, j = 0;
	int dated = article && errata__date_valid(article->year, article->month, article->day);

	for (size_t k = 0; k < ms->ndays; k++) {
		errata__day_mention *m = &ms->days[k];
		const errata_mention *before = NULL;
		size_t b, birth_end = 0;
		int overlap = 0;

		/* the mentions that start before it; one that reaches into it
		 * (or starts inside it) has read these words already */
		while (j < ms->n && ms->v[j].offset < m->offset)
			j++;
		for (b = j; b-- > 0;) {
			if (ms->v[b].offset + ms->v[b].length > m->offset)
				overlap = 1;
			else
				break;
		}
		if (j < ms->n && ms->v[j].offset < m->offset + m->length)
			overlap = 1;
		if (overlap)
			continue;
		/* the last one before it, with a date to read near */
		for (b = j; b-- > 0;) {
			const errata_mention *v = &ms->v[b];

			if (errata__crosses_paragraph(c, v->offset, m->offset))
				break;
			if (v->year && errata__date_valid(v->year, v->month, v->day)) {
				/* a birth in an earlier sentence dates a person, not
				 * the story: no reference ("nacida el 6 de agosto de
				 * 1970 ... La campaña arranca el miércoles 12") */
				if (sentence_ends(c, v->offset + v->length, m->offset) && birth_date(c, v)) {
					if (!birth_end)
						birth_end = v->offset + v->length;
					continue;
				}
				before = v;
				break;
			}
		}
		m->n = 0;
		/* "this month", "next month" after it: the article's month or the
		 * next, the one reading */
		if (m->month_shift && dated) {
			int mo = article->month + m->month_shift - 1, y = article->year + (mo > 12);

			mo = mo > 12 ? mo - 12 : mo;
			if (errata__date_valid(y, mo, m->day)) {
				m->reading[0] = (errata_date){ y, mo, m->day };
				m->n = 1;
			}
			ms->days[kept++] = *m;
			continue;
		}
		{
			size_t from = paragraph_start(c, m->offset);
			int named, mo;

			if (before && before->offset + before->length > from)
				from = before->offset + before->length;
			/* (nor is the month of a birth passed over named) */
			if (birth_end > from)
				from = birth_end;
			/*
			 * A month named before it ("in October, on Tuesday the
			 * 12th"; the last one, "suspendu en septembre, le procès
			 * reprendra en octobre, le mardi 12"): its day there is the
			 * first reading, beside those near the reference, when that
			 * month is the reference's or one either side; any other
			 * month, and the writer may mean another year's: not judged
			 */
			named = months_named(c, from, m->offset, &mo);
			if (named) {
				errata_date ref, d;

				if (before)
					ref = (errata_date){ before->year, before->month, before->day };
				else if (dated)
					ref = *article;
				if (!mo || (!before && !dated) || !named_reading(m, mo, &ref, &d))
					continue; /* (dropped: not judged) */
				m->reading[m->n++] = d;
			}
		}
		/* a date right after it in its clause is one to read near: "in de
		 * nacht van zaterdag 31 op zondag 1 februari 1953"; the date
		 * before it or the article's stays a reading when the one after
		 * may end what the day begins ("abre na quinta-feira, dia 3, e
		 * funciona até 6 de janeiro" on December 1) */
		if (j < ms->n && date_right_after(c, m, &ms->v[j])) {
			const errata_mention *v = &ms->v[j];

			/* (one with its year written dates the day alone) */
			if (!(v->flags & ERRATA_MENTION_YEAR_EXPLICIT)) {
				if (before)
					add_readings(m, &(errata_date){ before->year, before->month, before->day });
				else if (dated)
					add_readings(m, article);
			}
			before = v;
		}
		if (before) {
			errata_date ref = { before->year, before->month, before->day };
			int alt = ms->x[before - ms->v].alt;

			add_readings(m, &ref);
			if (alt && errata__date_valid(alt, before->month, before->day)) {
				ref.year = alt;
				add_readings(m, &ref);
			}
			if (dated && (before->flags & ERRATA_MENTION_YEAR_EXPLICIT) &&
			    before->year != article->year)
				add_readings(m, article);
			/* a date in an earlier sentence: the day may be the
			 * article's next one, or, after a date still to come, its
			 * last one ("A strike is called for October 24. The
			 * minister resigned on Thursday, the 19th" on September 22) */
			else if (dated && sentence_ends(c, before->offset + before->length, m->offset)) {
				add_reading_side(m, article, 1);
				if (errata__date_days(before->year, before->month, before->day) >
				    errata__date_days(article->year, article->month, article->day))
					add_reading_side(m, article, -1);
			}
		} else if (dated) {
			add_readings(m, article);
		}
		/* "vuelve el sábado 5, y el siguiente será el sábado 2": a day
		 * after another one of its paragraph, with no date between, may
		 * also be read near the day that one is (its reading on its
		 * weekday), within a month of it: the 2nd a month on from the
		 * 5th ("le jeudi 8 ... le lundi 31" on May 29 is May 31, not a
		 * July 31 that two months from the article's date fits) */
		if (kept > 0) {
			const errata__day_mention *pd = &ms->days[kept - 1];

			if (pd->n && (!before || pd->offset > before->offset) &&
			    !errata__crosses_paragraph(c, pd->offset, m->offset)) {
				errata_date ref = pd->reading[0];

				for (int r = 0; r < pd->n; r++)
					if (errata__date_weekday(pd->reading[r].year, pd->reading[r].month,
					                         pd->reading[r].day) == pd->weekday) {
						ref = pd->reading[r];
						break;
					}
				add_readings_within(m, &ref, 31);
			}
		}
		ms->days[kept++] = *m;
	}
	ms->ndays = kept;
}

size_t errata__mentions_day_count(const errata_mentions *m)
{
	return m ? m->ndays : 0;
}

const errata__day_mention *errata__mentions_day_get(const errata_mentions *m, size_t i)
{
	return (m && i < m->ndays) ? &m->days[i] : NULL;
}

errata__day_mention *errata__mentions_day_at(errata_mentions *m, size_t i)
{
	return (m && i < m->ndays) ? &m->days[i] : NULL;
}
