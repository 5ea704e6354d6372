/*
 * core/dates/locale.h: the loaded form of a locale table, shared by the
 * loader (locale.c) and the extractor (mention_*.c). Every word is folded to
 * lower case at load time and kept in an open-addressing hash table;
 * phrases (the words between a weekday and its date, range joiners, ...)
 * are kept as token sequences.
 */
#ifndef ERRATA_DATES_LOCALE_H
#define ERRATA_DATES_LOCALE_H

#include <stdint.h>
#include <string.h>
#include "errata/dates.h"
#include "token.h"

/* How a form may be written: bare ("Jan"), with a period ("Jan."), or both. */
#define ERRATA__FORM_BARE 1
#define ERRATA__FORM_DOT  2

typedef struct {
	char *key;              /* folded; NULL: empty slot */
	size_t klen;
	uint32_t hash;
	unsigned char month;    /* 1..12, or 0 */
	unsigned char mform;    /* ERRATA__FORM_* for the month reading */
	signed char weekday;    /* 0..6, or -1 */
	unsigned char wform;    /* ERRATA__FORM_* for the weekday reading */
	unsigned char day;      /* a day written as a word, or 0 */
	unsigned char ambiguous;/* counts only when written with a capital */
} errata__date_word;

typedef struct {
	errata__tok *tok;
	size_t n;
} errata__phrase;

/* One entry of a phrase list's index: the key of a phrase's first token. */
typedef struct {
	uint32_t key;
	uint32_t i;             /* the phrase: v[i] */
} errata__phrase_key;

typedef struct {
	errata__phrase *v;
	size_t n;
	errata__phrase_key *index; /* n entries sorted by key (NULL when n is 0) */
	uint32_t first[8];         /* bit b: a phrase starts with a token whose
	                              errata__tok_byte() is b */
	uint32_t first2[32];       /* bit k: a phrase starts with a token whose
	                              errata__tok_pair() is k */
	uint32_t last[8];          /* bit b: a phrase may end right before a byte b
	                              of the text (its last letter in either case,
	                              digit or ASCII mark; every byte >= 0x80) */
} errata__phrases;

/* A list of literal strings (kept as written, not folded). */
typedef struct {
	char **v;
	size_t n;
} errata__strs;

/*
 * How a language writes dates with marks after the numbers rather than
 * words between them (Chinese, Japanese, Korean: 2026年1月7日(水),
 * 2026년 1월 7일): the table's "cjk" object. See cjk.c.
 */
typedef struct {
	int on;
	errata__strs year, month, day;  /* the marks after each number */
	errata__strs first_year;        /* "元": year 1 of an era */
	errata__strs range;             /* "~", "至": join a range */
	errata__strs ordinal;           /* "第" before a number: an ordinal (第3日, the third day) */
	errata__strs this_month;        /* "本月" before a day: in the article's month (本月30日) */
	errata__strs next_month;        /* "下月" before a day: in the month after it (下月3日) */
	errata__strs era;               /* era names ("令和") ... */
	int *era_base;                  /* ... and the year before each era's first */
} errata__cjk_marks;

/*
 * A holiday of the table's "holidays": its names as written, and when it
 * falls: a fixed date, the nth weekday of a month (nth -1: the last), a
 * number of days after Easter Sunday (the Western one, or the Orthodox
 * one with "orthodox_easter"), or the day the table lists for each year
 * ("dates", a holiday of the lunar calendar). "shift" moves it when it
 * falls on a weekday or on a day after Easter (King's Day on a Sunday is
 * kept the day before). "cased" keeps a name whose word in lower case is
 * a common noun to its capital (Polish "Wigilia", Christmas Eve; "w
 * wigilię św. Jana" is another feast's eve).
 */
typedef struct {
	errata__strs names;
	int month, day;         /* fixed, or the first day of a weekday's window: month and day; nth weekday: month */
	int weekday, nth;       /* weekday 0..6 (Monday first), or -1; nth 0: the first on or after month, day */
	int easter;             /* days after Easter Sunday ... */
	int is_easter;          /* ... when this is set */
	int orthodox;           /* ... the Orthodox Easter (Julian computus) */
	int shift_weekday;      /* moved by shift_days when it falls on this weekday (0..6), -1: never */
	int shift_easter;       /* ... or on this day after Easter, when shift_on_easter is set */
	int shift_on_easter;
	int shift_days;
	int cased;              /* "cased": a name counts only with its first letter's case as written */
	int first_year;         /* "dates": the first year listed ... */
	size_t years;           /* ... the years from it ... */
	unsigned short *by_year; /* ... and each one's month * 100 + day (0: not listed) */
} errata__holiday;

/* A holiday's name in the sorted indexes of struct errata_locale. */
typedef struct {
	uint32_t key;           /* errata__holiday_key of its first or last four bytes */
	uint32_t holiday;       /* its index in holidays */
	const char *name;       /* borrowed from the holiday's names */
	size_t len;
} errata__holiday_name;

/* Four bytes, ASCII folded, as one number. */
static inline uint32_t errata__holiday_key(const char *s)
{
	uint32_t k = 0;

	for (int i = 0; i < 4; i++) {
		unsigned char c = (unsigned char)s[i];

		k = k << 8 | (c >= 'A' && c <= 'Z' ? (unsigned char)(c | 0x20) : c);
	}
	return k;
}

/*
 * Four bytes from s, ASCII letters folded to lower case, as one number in
 * the machine's order (the holiday names' sieve reads the text with it).
 */
static inline uint32_t errata__holiday_fold4(const char *s)
{
	uint32_t x, low, upper;

	memcpy(&x, s, 4);
	low = x & 0x7f7f7f7fu;
	/* bit 7 of each byte: at least 'A', above 'Z', ASCII */
	upper = (low + 0x3f3f3f3fu) & ~(low + 0x25252525u) & ~x & 0x80808080u;
	return x | upper >> 2;
}

/*
 * The bit of the holiday names' sieve (struct errata_locale) for window
 * w of a place: 0, its four nearest bytes a (every name sets it); 1, a
 * name shorter than 8 bytes whose four are a; 2, one shorter than 12
 * whose eight are a, b (b further from the place); 3, a longer one whose
 * twelve are a, b, c.
 */
static inline unsigned int errata__holiday_sieve_bit(int w, uint32_t a, uint32_t b, uint32_t c)
{
	uint32_t h = (a ^ (uint32_t)w * 0x9e3779b9u) * 0x85ebca6bu;

	if (w >= 2)
		h = (h ^ b) * 0xc2b2ae35u;
	if (w >= 3)
		h = (h ^ c) * 0x27d4eb2fu;
	return (h ^ h >> 15) * 0x9e3779b1u >> 19;
}

/*
 * The holidays' link words' last four bytes (all of a shorter one's),
 * ASCII folded as errata__holiday_fold4() reads the text, so that
 * checks/holiday.c turns a place down with one comparison a link.
 */
typedef struct {
	uint32_t tail[32], mask[32];
	size_t len[32];
	size_t n;   /* links described; 0 when there are more than 32 or an empty one */
	uint32_t by_last[256]; /* per last byte (ASCII folded): bit i for link i ending in it */
	uint32_t by_prev[256]; /* the same for the byte before the last */
	uint32_t single;       /* bit i for link i of one byte (no byte before its last) */
	/* the same for the third and the fourth byte from the end, and the
	 * links too short to have one (of two bytes or fewer, of three or fewer) */
	uint32_t by_third[256], by_fourth[256];
	uint32_t upto2, upto3;
	uint32_t by_first[256];/* per first byte (ASCII folded): bit i for link i starting with it */
} errata__holiday_link_sieve;

struct errata_locale {
	char *lang;
	char *path;
	char *month_name[13];
	char *month_standalone[13]; /* "months_standalone": "marzec" where "marca" is the name, or NULL */
	char *weekday_name[7];
	char *date_format;
	char *date_format_month[13]; /* "date_format_months": the format for one month, or NULL */
	char *date_day[32];          /* "date_format_days": how {day} is written, or NULL */
	errata__date_word *slots;
	size_t mask;            /* slots - 1 (a power of two minus one) */
	uint64_t bloom[64];     /* 4096-bit filter over the keys' hashes */
	/*
	 * The keys' first ASCII letters, indexed by a letter's low five bits
	 * (1..26 for 'a'..'z' and 'A'..'Z'). pair[x] has bit y when a key
	 * starts with x, y. start[x * 32 + y] has bit z when a key starts
	 * with x, y, z, and bit 0 when x, y is a key; start[x * 32] has every
	 * bit when x is a key.
	 */
	uint32_t pair[32];
	uint32_t start[32 * 32];
	/* start[] again, indexed by x | y << 8 (two such bytes read as one
	 * little-endian 16-bit number): start_xy[x | y << 8] == start[x * 32 + y] */
	uint32_t start_xy[26 << 8 | 27];
	/* for the keys that start with three ASCII letters: fourth[y * 32 + z]
	 * has bit w when such a key's second and third letters are y, z and
	 * its fourth byte is the letter w, bit 0 when it has three bytes or
	 * any other fourth one */
	uint32_t fourth[32 * 32];
	errata__tok_lead lead;  /* the first letters of the keys that start outside ASCII */
	/* the weekday forms that start and end with ASCII letters: ends[x] has
	 * bit y for a form from letter x to letter y (their low five bits) */
	uint32_t weekday_ends[32];
	errata__phrases suffixes, weekday_date, day_month, year_words,
	                range, list, range_open, range_close;
	errata__phrases past, future; /* "last", "next" before a date: its direction */
	errata__phrases future_verbs; /* "will" earlier in a weekday and day's sentence */
	errata__phrases past_verbs;   /* "was" earlier in a date's sentence */
	errata__strs future_endings;  /* "rá", "rà": a verb in the future by its ending ("se disputará") */
	errata__phrases month_only;   /* "in" before a month: a number after it is a count */
	errata__phrases month_day;    /* "the" between a month and an ordinal day: "March the 4th" */
	errata__phrases numeric_lead; /* "on" before "2/30": day and month alone may be a date */
	errata__phrases last_year, next_year; /* "last year", "next year": a sentence's year */
	errata__phrases school_year; /* "school year", "tanév": a year from September to August */
	errata__phrases this_year;            /* "this year": the article's year is the sentence's */
	/* "this month", "next month" after a weekday's day: the article's month, or the one after */
	errata__phrases this_month, next_month;
	errata__phrases day_nouns;    /* "числа" after a day: it is a day of a month ("17-го числа") */
	errata__phrases day_verbs;    /* "sarà" after a bare day: the day is its subject ("giovedì 10 sarà") */
	errata__phrases determiners;  /* "the" before "June 31 deadline": the date qualifies a noun */
	errata__phrases time_words;   /* "a.m." after a number: an hour, not a day */
	errata__phrases function_words; /* "in" after a year: a year, not a count */
	errata__phrases copula;       /* "is a" between a date and the weekday it states */
	errata__phrases weekday_lead; /* "le", "am" before the second weekday of a pair: "le lundi 7 et le mardi 8 mars" */
	errata__phrases year_after;   /* "года", "r." after a year: still the date, before its weekday */
	errata__phrases apposition;   /* ", a Thursday", "(einem Sonntag)": before a weekday set after its date */
	errata__phrases weekday_possessive; /* "set for" in "Monday's meeting, set for Nov. 10," */
	errata__phrases year_name;    /* "fiscal year", "FY", "class of" by a year: part of a name */
	errata__phrases byline;       /* "By", "Published" opening a byline line */
	errata__phrases day_idioms;   /* "Friday the 13th": a weekday and a day that name no date */
	errata__phrases birth_words;  /* "born", "nacida", "生まれ" by a date: a birth, no reference for a weekday's day */
	char *ordinal_day[32];        /* the ordinal suffix for day 1..31 ([0]: any other) */
	errata__cjk_marks cjk;
	errata__strs msg_keys, msg_vals; /* "messages": templates by key */
	unsigned char msg_slot[128];   /* by a key's hash (msg_hash()): its index + 1, 0 empty;
	                                  all 0 when there are 127 keys or more (then a scan) */
	errata__strs contr_from, contr_to; /* "message_contractions": "il 8" -> "l'8" */
	errata__holiday *holidays;
	size_t holiday_count;
	/*
	 * Every holiday name, sorted by its first four bytes (by_head) and by
	 * its last four (by_tail), ASCII folded (errata__holiday_key), so that
	 * a place in the text is compared only with the names that may start
	 * or end there. NULL when a name is shorter than four bytes: then
	 * every name is compared.
	 */
	errata__holiday_name *holiday_by_head, *holiday_by_tail;
	size_t holiday_names;
	/*
	 * Beside the indexes, a sieve of 8192 bits: errata__holiday_sieve_bit()
	 * of each name's last (tail) or first (head) four bytes, and of four,
	 * eight or twelve by its length, folded (errata__holiday_fold4()). A
	 * place whose bytes miss either bit of every length ends (starts) no
	 * name.
	 */
	uint64_t holiday_tail_sieve[128], holiday_head_sieve[128];
	errata__strs holiday_links;   /* "on", "am": between a holiday and its date */
	errata__holiday_link_sieve holiday_link_sieve;
	errata__strs holiday_skips;   /* "after": the date is not the holiday's */
	errata__strs holiday_before, holiday_after; /* skips too: "before" or "after" the holiday,
	                                               the side of it the date is on */
	/* "before", "ahead of": before and after words that name no day of their own (not "day
	 * before"); "the days", "dagarna": a stretch of days before one, which no single date is */
	errata__strs holiday_sides, holiday_stretches;
	errata__strs holiday_past;    /* "fell": links that put the holiday behind the article */
	errata__strs holiday_year_words; /* "de" in "de 2025": put the year between name and date */
	errata__strs holiday_periods; /* "weekend", "假期" after a name: a period, not the day */
	/* "de" before a name: it names another thing ("el Sorteo de Navidad", "le marché de Noël") */
	errata__strs holiday_modifiers;
	/* "día de", "festa dell'" before a name set off after a date: the holiday's day */
	errata__strs holiday_days;
	/* "catolicii", "католики" before an Orthodox feast's name: the Western date */
	errata__strs holiday_western;
	int month_first, day_first, weekday_after_comma;
	int numeric_spaced; /* "5. 3. 2026": a space after each period of a numeric date */
	int numeric_closed; /* "31.4.": day and month each closed by a period are a date, no decimal */
	int year_first;     /* "2026. március 14.": the year, with its period, before the month */
	int weekday_after_date; /* "14 Mart 2026 Cumartesi": the weekday right after its date */
	int dot_times;      /* "samedi 10.10": an hour and its minutes, not a day and month */
	int weekday_day_suffix; /* "Tuesday the 14th": a day without month needs its suffix */
	errata_date_order order;
	/*
	 * The table as the loader parsed it: its "consistency" member is for
	 * errata__words_for() (dates/consistency.c), which would otherwise
	 * read and parse the file a second time; and a table that the
	 * process's checkers share until it ends (tables.c) is never walked
	 * to free it, which costs as much as a third of the parse.
	 */
	struct cJSON *json;
};

uint32_t errata__word_hash(const char *s, size_t n);
/* The table's message template for key, or NULL when it has none. */
const char *errata__locale_message(const errata_locale *loc, const char *key);
/*
 * The table's i-th message contraction ("il 8" written "l'8"): 1 with
 * from and to set (borrowed), 0 past the last.
 */
size_t errata__locale_contraction(const errata_locale *loc, size_t i, const char **from,
                                  const char **to);
/*
 * The name of a month that stands without a day ("czerwiec 2025"): the
 * table's "months_standalone", else its month name; NULL for no month.
 */
const char *errata__locale_month_standalone(const errata_locale *loc, int month);
/*
 * The table's "consistency" member as the loader parsed it, borrowed;
 * NULL when it has none. For errata__words_for().
 */
const struct cJSON *errata__locale_consistency(const errata_locale *loc);
/* Whether the table has "messages". */
int errata__locale_has_messages(const errata_locale *loc);
/* The weekday a word of the table writes at text[at] (checks/check.h declares it too). */
int errata__locale_weekday_at(const errata_locale *loc, const char *text, size_t len, size_t at,
                              size_t *n);
/* Whether text[s..e) may be a weekday form of the table, by its first and last letters. */
int errata__locale_weekday_may_be(const errata_locale *loc, const char *text, size_t s, size_t e);
/*
 * The end of the longest of the table's year_after_words ("r.", "года")
 * at text[at] (past blanks), read as the date extractor reads it; at
 * when there is none (checks/check.h declares it too).
 */
size_t errata__locale_year_after_end(const errata_locale *loc, const char *text, size_t len,
                                     size_t at);
/* The date of holiday h in year (0), or ERRATA_EINVALID when it has none. */
int errata__holiday_date(const errata__holiday *h, int year, errata_date *out);
/* When h falls in year before its "shift" moves it (its date in the calendar). */
int errata__holiday_unshifted(const errata__holiday *h, int year, errata_date *out);
/* The table's ordinal suffix for a day ("st" for 21), or NULL if it has none. */
const char *errata__locale_ordinal(const errata_locale *loc, int day);

/* Look up a folded word; NULL when the table does not know it. */
const errata__date_word *errata__locale_word(const errata_locale *loc,
                                         const char *key, size_t klen);
/* The same with the key's errata__word_hash() already computed. */
const errata__date_word *errata__locale_word_hashed(const errata_locale *loc,
                                                const char *key, size_t klen,
                                                uint32_t h);

/*
 * The table's hash of a folded word looks only at its length, its first
 * three bytes and its last byte, so that the scanner can compute it
 * without a per-byte loop; the table compares whole keys on a hit.
 */
static inline uint32_t errata__word_sig(size_t n, unsigned char a, unsigned char b,
                                        unsigned char c, unsigned char z)
{
	uint32_t x = (uint32_t)a | ((uint32_t)b << 8) | ((uint32_t)c << 16) | ((uint32_t)z << 24);

	x ^= (uint32_t)n * 0x9e3779b9u;
	x *= 0x85ebca6bu;
	x ^= x >> 15;
	x *= 0xc2b2ae35u;
	return x ^ (x >> 13);
}
/*
 * The index key of a token: tokens that a phrase comparison finds equal
 * (kind, folded word, punctuation code point, number) have equal keys;
 * different tokens rarely do.
 */
static inline uint32_t errata__tok_key(const errata__tok *t)
{
	switch (t->kind) {
	case ERRATA__TOK_WORD:
		if (!t->flen)
			return 0;
		return errata__word_sig(t->flen, (unsigned char)t->fold[0],
		                        t->flen > 1 ? (unsigned char)t->fold[1] : 0,
		                        t->flen > 2 ? (unsigned char)t->fold[2] : 0,
		                        (unsigned char)t->fold[t->flen - 1]);
	case ERRATA__TOK_NUM:
		return errata__word_sig(1000, (unsigned char)t->num, (unsigned char)(t->num >> 8),
		                        (unsigned char)(t->num >> 16), (unsigned char)(t->num >> 24));
	case ERRATA__TOK_PUNCT:
		return errata__word_sig(2000, (unsigned char)t->cp, (unsigned char)(t->cp >> 8),
		                        (unsigned char)(t->cp >> 16), (unsigned char)(t->cp >> 24));
	default:
		return 1;
	}
}

/*
 * One byte that tokens a phrase comparison finds equal share: a word's
 * first folded byte, '0' for a number (no word or punctuation starts so),
 * a punctuation code point's low byte.
 */
static inline unsigned char errata__tok_byte(const errata__tok *t)
{
	switch (t->kind) {
	case ERRATA__TOK_WORD:
		return (unsigned char)t->fold[0];
	case ERRATA__TOK_NUM:
		return '0';
	default:
		return (unsigned char)t->cp;
	}
}

/* Whether a phrase of list may start with token t (no false negatives). */
/*
 * The first two bytes of a token, five bits of each, for a finer test
 * than errata__tok_byte(): a word's first two folded bytes (the second 0
 * for a word of one byte), a number's '0' or a mark's low byte and 0.
 */
static inline unsigned int errata__tok_pair(const errata__tok *t)
{
	unsigned int b = errata__tok_byte(t),
	             c = t->kind == ERRATA__TOK_WORD && t->flen > 1 ? (unsigned char)t->fold[1] : 0;

	return (b & 31) << 5 | (c & 31);
}

static inline int errata__phrases_may_start(const errata__phrases *list, const errata__tok *t)
{
	unsigned char b = errata__tok_byte(t);
	unsigned int k;

	if (!((list->first[b >> 5] >> (b & 31)) & 1))
		return 0;
	k = errata__tok_pair(t);
	return (list->first2[k >> 5] >> (k & 31)) & 1;
}

/* Whether a hash may belong to a key of the table (no false negatives). */
#define ERRATA__BLOOM_HAS(loc, h) (((loc)->bloom[((h) >> 6) & 63] >> ((h) & 63)) & 1)

/* The file a locale table was read from; NULL if none (also in dates/consistency.h). */
const char *errata__locale_path(const errata_locale *loc);

#endif
