/*
 * weekday.c: date.weekday, a stated weekday that does not match its date.
 *
 * Only a mention with a weekday, a judged year (written or inferred) and
 * a date that exists is judged; impossible dates belong to date.invalid.
 * The finding offers both readings of the mistake: the right weekday for
 * the date as written, and the nearest date that falls on the weekday as
 * written (the day number may be the typo). A weekday word that is part
 * of a name ("Santo Domingo, 9 jul", "The Vancouver Sun, July 16", "The
 * Mail on Sunday, 3 June") is not judged (see in_name()). A holiday
 * stated with a weekday alone ("Christmas falls on a Thursday this
 * year") is judged too, by errata__holiday_weekdays() (holiday.c). A mention whose year has two
 * readings (see errata__mention_alt_year()) is judged only when the
 * weekday is wrong in both. A suggestion is the span's replacement text,
 * on one line even where the source breaks the line inside the date.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "checks/check.h"
#include "checks/format.h"
#include "checks/holiday.h"
#include "common.h"
#include "checks/dating.h"
#include "dates/locale.h"
#include "dates/mention.h"

/* The code point at s[at] (before end) and its length in bytes; 0 if none. */
static size_t cp_at(const char *s, size_t end, size_t at, utf8proc_int32_t *cp)
{
	utf8proc_ssize_t n;

	if (at >= end)
		return 0;
	n = utf8proc_iterate((const utf8proc_uint8_t *)s + at, (utf8proc_ssize_t)(end - at), cp);
	return n > 0 ? (size_t)n : 0;
}

/* The code point that ends right before s[at], and where it starts; -1 if none. */
static utf8proc_int32_t cp_before(const char *s, size_t at, size_t *start)
{
	size_t i = at;
	utf8proc_int32_t cp;

	if (i == 0)
		return -1;
	i--;
	while (i > 0 && at - i < 4 && ((unsigned char)s[i] & 0xC0) == 0x80)
		i--;
	if (cp_at(s, at, i, &cp) != at - i)
		return -1;
	*start = i;
	return cp;
}

static int is_letter(utf8proc_int32_t cp)
{
	utf8proc_category_t c = utf8proc_category(cp);

	return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LL ||
	       c == UTF8PROC_CATEGORY_LT || c == UTF8PROC_CATEGORY_LM ||
	       c == UTF8PROC_CATEGORY_LO;
}

/* Whether s[off, end) starts with a capital and then a lower-case letter ("Santo", "Sun"). */
static int title_case(const char *s, size_t off, size_t end)
{
	utf8proc_int32_t a, b;
	size_t n = cp_at(s, end, off, &a);

	return n && utf8proc_category(a) == UTF8PROC_CATEGORY_LU &&
	       cp_at(s, end, off + n, &b) && utf8proc_category(b) == UTF8PROC_CATEGORY_LL;
}

/* The table's entry for s[off, off + n) folded to ASCII lower case; NULL if none. */
static const errata__date_word *table_word(const errata_locale *loc, const char *s, size_t n)
{
	char key[32];

	if (n == 0 || n >= sizeof(key))
		return NULL;
	for (size_t i = 0; i < n; i++)
		key[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
	return errata__locale_word(loc, key, n);
}

static size_t fold_text(const char *src, size_t n, char *out, size_t cap);

/* table_word(), folded letter by letter also outside ASCII ("Şubat"). */
static const errata__date_word *table_word_folded(const errata_locale *loc, const char *s, size_t n)
{
	char key[ERRATA__TOK_FOLD];
	size_t k = n ? fold_text(s, n, key, sizeof(key)) : 0;

	return k ? errata__locale_word(loc, key, k) : NULL;
}

/* The end of the run of letters at s[at] (at when there is none). */
static size_t letters_end(const char *s, size_t len, size_t at)
{
	utf8proc_int32_t cp;
	size_t n;

	while ((n = cp_at(s, len, at, &cp)) && is_letter(cp))
		at += n;
	return at;
}

/* Whether s[a, b) holds no lower-case letter. */
static int no_lower(const char *s, size_t a, size_t b)
{
	utf8proc_int32_t cp;
	size_t n;

	for (; a < b && (n = cp_at(s, b, a, &cp)); a += n)
		if (utf8proc_category(cp) == UTF8PROC_CATEGORY_LL)
			return 0;
	return 1;
}

/*
 * Whether the mention is a wire dateline whose place ends in a weekday
 * word, in a language that writes weekdays in lower case: "SANTO
 * DOMINGO, 3 jun (EFE).-". The line holds only capitals up to the
 * weekday, with a word before it; a comma alone parts it from the date,
 * and the agency's bracket or a dash follows the date.
 */
static int dateline_place(const errata_check_ctx *ctx, const char *text, size_t tlen,
                          const errata_mention *m)
{
	const char *own = ctx->locale ? ctx->locale->weekday_name[0] : NULL;
	size_t woff = m->weekday_offset, wend = woff + m->weekday_length, ls = woff, p;
	utf8proc_int32_t cp;

	if (!own || !own[0] || !cp_at(own, strlen(own), 0, &cp) ||
	    utf8proc_category(cp) != UTF8PROC_CATEGORY_LL || !m->weekday_length ||
	    wend > m->date_offset || m->date_offset + m->date_length > tlen)
		return 0;
	while (ls > 0 && text[ls - 1] != '\n')
		ls--;
	if (ls == woff || !no_lower(text, ls, wend) || letters_end(text, tlen, ls) == ls)
		return 0;
	/* the word before it is a place's, not an article ("EL DOMINGO, 3 DE JUNIO") */
	for (p = woff; p > ls && text[p - 1] == ' ';)
		p--;
	{
		size_t ps = p, k;

		while ((cp = cp_before(text, ps, &k)) >= 0 && is_letter(cp) && k >= ls)
			ps = k;
		if (ps == p || errata__is_article(ctx->locale, text, tlen, ps, p))
			return 0;
	}
	for (p = wend; p < m->date_offset; p++)
		if (text[p] != ' ' && !(text[p] == ',' && p == wend))
			return 0;
	if (text[wend] != ',')
		return 0;
	p = m->date_offset + m->date_length;
	while (p < tlen && text[p] == ' ')
		p++;
	return p < tlen && (text[p] == '(' || text[p] == '-' || text[p] == '.' ||
	                    (p + 2 < tlen && (unsigned char)text[p] == 0xe2 &&
	                     (unsigned char)text[p + 1] == 0x80 &&
	                     ((unsigned char)text[p + 2] == 0x93 || (unsigned char)text[p + 2] == 0x94)));
}

/*
 * Whether the mention's weekday word is part of a name rather than a
 * weekday. In a language that writes weekdays in lower case (the table's
 * own names say so), a weekday written with a capital right after a word
 * written with one is a place or a person: "Santo Domingo, 9 jul (EFE)",
 * "Anna Sobota, 14 lipca", or after a name particle after one ("Le
 * Journal du Dimanche"). In any language, a weekday inside one of the
 * table's weekday_titles ("The Mail on Sunday", "Welt am Sonntag") is
 * a title's. In one that capitalises them, only a short
 * form the table calls ambiguous ("Sun", "Sat", "Wed") counts, after an
 * article ("told the Sun, July 16") or after a capitalised word that does
 * not open its line ("The Vancouver Sun, July 16"; a line's first word
 * may be a byline's: "Posted Sun, July 16"). A month or weekday of the
 * table before it makes a list, not a name. Letters in capitals say
 * nothing ("SANTO DOMINGO" is read as written).
 */
/* Whether byte c may be part of a word the articles' test reads: an ASCII letter, or outside ASCII. */
static int article_byte(char c)
{
	return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (unsigned char)c >= 0x80;
}

/*
 * Whether one of the table's articles is among the words of [p, to);
 * with marks, not when a comma or an opening bracket stands there too
 * (a date set off after it).
 */
static int article_between(const errata_check_ctx *ctx, const char *text, size_t tlen, size_t p,
                           size_t to, int marks)
{
	int article = 0;

	while (p < to) {
		size_t s;

		for (; p < to && !article_byte(text[p]); p++)
			if (marks && (text[p] == ',' || text[p] == '('))
				return 0;
		for (s = p; p < to && article_byte(text[p]); p++)
			;
		if (p > s && errata__is_article(ctx->locale, text, tlen, s, p)) {
			if (!marks)
				return 1;
			article = 1;
		}
	}
	return article;
}

/*
 * Whether an article stands between the weekday and a date that starts
 * with its month: "Tuesday, the June 3 deadline passed" names the day
 * something happened and, apart, a date that qualifies a noun; "Tuesday
 * the 3rd" (the day first) is the weekday's date.
 */
static int article_before_month(const errata_check_ctx *ctx, const char *text, size_t tlen,
                                const errata_mention *m)
{
	size_t p = m->weekday_offset + m->weekday_length, to = m->date_offset;
	utf8proc_int32_t cp;

	if (!m->weekday_length || p >= to || to >= tlen || !cp_at(text, tlen, to, &cp) ||
	    !is_letter(cp))
		return 0;
	return article_between(ctx, text, tlen, p, to, 0);
}

/*
 * Whether the weekday names a kind of day after a word of the table's
 * weekday_of ("les horaires du dimanche", "l'orario della domenica"),
 * with an article and no comma between it and the date: "les bus
 * suivront les horaires du dimanche le 14 juillet" runs the Sunday
 * timetable on a Tuesday. "la séance du dimanche 12 juillet" (no
 * article) is the date's own weekday.
 */
static int kind_of_day(const errata_check_ctx *ctx, const char *text, size_t tlen,
                       const errata_mention *m)
{
	if (!m->weekday_length || m->date_offset < m->weekday_offset + m->weekday_length ||
	    m->date_offset > tlen || !errata__weekday_of(ctx->locale, text, tlen, m->weekday_offset))
		return 0;
	return article_between(ctx, text, tlen, m->weekday_offset + m->weekday_length, m->date_offset, 1);
}

/*
 * Whether the weekday, written after its date, opens a list of weekdays:
 * another weekday follows it, after a comma or one short word ("Od 8
 * czerwca, wtorek i czwartek, basen czynny od 7", "С 8 июня, вторник и
 * четверг"): days of the week from that date on, not the date's own.
 */
static int opens_weekday_list(const errata_check_ctx *ctx, const char *text, size_t tlen,
                              const errata_mention *m)
{
	size_t p = m->weekday_offset + m->weekday_length, e;
	const errata__date_word *w;

	if (!m->weekday_length || m->weekday_offset < m->date_offset + m->date_length)
		return 0;
	for (int words = 0; p < tlen && words < 2; words++) {
		while (p < tlen && (text[p] == ' ' || text[p] == ','))
			p++;
		e = letters_end(text, tlen, p);
		if (e == p)
			return 0;
		w = table_word(ctx->locale, text + p, e - p);
		if (w && w->weekday >= 0)
			return 1;
		/* one short joining word ("i", "и", "and", "et") */
		{
			utf8proc_int32_t cp;
			size_t k = p, n, count = 0;

			while (k < e && (n = cp_at(text, e, k, &cp))) {
				k += n;
				count++;
			}
			if (count > 3)
				return 0;
		}
		p = e;
	}
	return 0;
}

static int in_name(const errata_check_ctx *ctx, const char *text,
                   size_t tlen, const errata_mention *m)
{
	const errata_locale *loc = ctx->locale;
	const errata__date_word *form, *before;
	size_t woff = m->weekday_offset, wend = woff + m->weekday_length, p = woff, pstart, k;
	utf8proc_int32_t cp;
	const char *own;

	if (!loc || !m->weekday_length || wend > tlen || !title_case(text, woff, wend))
		return 0;
	/* "The Mail on Sunday, 3 June", "Welt am Sonntag vom 5. Mai" */
	if (errata__weekday_in_title(loc, text, tlen, woff, wend))
		return 1;
	while (p > 0 && text[p - 1] == ' ')
		p--;
	if (p == woff)
		return 0;
	for (pstart = p; (cp = cp_before(text, pstart, &k)) >= 0 && is_letter(cp);)
		pstart = k;
	if (pstart == p)
		return 0;
	before = table_word_folded(loc, text + pstart, p - pstart);
	if (before && (before->month || before->weekday >= 0))
		return 0;
	own = loc->weekday_name[0];
	if (own && own[0] && cp_at(own, strlen(own), 0, &cp) &&
	    utf8proc_category(cp) == UTF8PROC_CATEGORY_LL) {
		size_t q = pstart, qstart;

		if (title_case(text, pstart, p))
			return 1;
		/* after a name particle after a capitalised word: "Le Journal du Dimanche" */
		if (!errata__is_name_particle(loc, text, tlen, pstart, p))
			return 0;
		while (q > 0 && text[q - 1] == ' ')
			q--;
		for (qstart = q; (cp = cp_before(text, qstart, &k)) >= 0 && is_letter(cp);)
			qstart = k;
		return qstart < q && title_case(text, qstart, q);
	}
	form = table_word(loc, text + woff, m->weekday_length);
	if (!form || !form->ambiguous)
		return 0;
	if (errata__is_article(loc, text, tlen, pstart, p))
		return 1;
	if (!title_case(text, pstart, p))
		return 0;
	/* something before it on its line */
	while (pstart > 0 && (text[pstart - 1] == ' ' || text[pstart - 1] == '\t'))
		pstart--;
	return pstart > 0 && text[pstart - 1] != '\n';
}

/* The letter at s[i] (before n) folded into enc, its length in *m; the
 * bytes it takes in s, 0 at the end or on a broken sequence. */
static size_t fold_at(const char *s, size_t n, size_t i, char enc[4], size_t *m)
{
	utf8proc_int32_t cp;
	size_t len = cp_at(s, n, i, &cp);

	if (len)
		*m = errata__utf8_encode(errata__fold_cp((uint32_t)cp), enc);
	return len;
}

/*
 * How many bytes of full, folded to lower case as the table's keys are,
 * spell key[0, klen): 0 when they do not. The names are folded letter by
 * letter, not as ASCII, since a table's first forms may start with a
 * capital outside it (Greek "Κυριακή", whose key "κυρ" abbreviates it).
 */
static size_t folded_prefix(const char *full, size_t flen, const char *key, size_t klen)
{
	size_t i = 0, k = 0;

	while (k < klen && i < flen) {
		char enc[4];
		size_t m, n = fold_at(full, flen, i, enc, &m);

		if (!n || k + m > klen || memcmp(key + k, enc, m) != 0)
			return 0;
		i += n;
		k += m;
	}
	return k == klen ? i : 0;
}

/* The letters in s[0, n) (its code points: the bytes that start one). */
static size_t letters(const char *s, size_t n)
{
	size_t k = 0;

	for (size_t i = 0; i < n; i++)
		k += ((unsigned char)s[i] & 0xc0) != 0x80;
	return k;
}

/*
 * The shortest abbreviation the locale table knows for a weekday that is
 * at least min letters long (for English and min 3: "Wed", "Thu"; for
 * min 2: "We", "Th"), as a prefix length of the full name in bytes; 0
 * when the table has none.
 */
static size_t abbreviation(const errata_locale *loc, int wd, size_t min)
{
	const char *full = loc->weekday_name[wd];
	size_t flen = strlen(full), best = 0, best_letters = 0;

	for (size_t i = 0; i <= loc->mask; i++) {
		const errata__date_word *w = &loc->slots[i];
		size_t a, k;

		if (!w->key || w->weekday != wd || w->klen >= flen || w->klen == 0 ||
		    (k = letters(w->key, w->klen)) < min)
			continue;
		if (!(a = folded_prefix(full, flen, w->key, w->klen)))
			continue;
		if (!best || k < best_letters) {
			best = a;
			best_letters = k;
		}
	}
	return best;
}

/* src[0, n) folded as the table's keys are, into out (cap bytes); its
 * length, or 0 when it does not fit. */
static size_t fold_text(const char *src, size_t n, char *out, size_t cap)
{
	size_t i = 0, k = 0;

	while (i < n) {
		char enc[4];
		size_t e, m = fold_at(src, n, i, enc, &e);

		if (!m || k + e >= cap)
			return 0;
		memcpy(out + k, enc, e);
		k += e;
		i += m;
	}
	out[k] = '\0';
	return k;
}

/*
 * The right weekday in the written one's inflection: written is the
 * said name and an ending ("perjantaina"), and the right name with the
 * same ending is a form the table knows of the right weekday
 * ("lauantaina"); it goes into b. 0 when there is none (Hungarian
 * "pénteken" would give "csütörtöken", which is not a form: the caller
 * writes the name whole).
 */
static int inflected(errata_buf *b, const errata_locale *loc, const char *written, size_t n,
                     const char *said, const char *name, int right)
{
	char fs[ERRATA__TOK_FOLD], fc[ERRATA__TOK_FOLD];
	size_t flen = fold_text(said, strlen(said), fs, sizeof(fs)), p, clen;
	const errata__date_word *w;

	if (!flen || !(p = folded_prefix(written, n, fs, flen)) || p == n)
		return 0;
	errata_buf_clear(b);
	if (errata_buf_puts(b, name) || errata_buf_put(b, written + p, n - p) ||
	    !(clen = fold_text(b->ptr, b->size, fc, sizeof(fc)))) {
		errata_buf_clear(b);
		return 0;
	}
	w = errata__locale_word(loc, fc, clen);
	if (w && w->weekday == right && (w->wform & ERRATA__FORM_BARE))
		return 1;
	errata_buf_clear(b);
	return 0;
}

/*
 * Whether written[0, n) is the name itself, whatever its case and
 * accents: Greek capitals drop the accent ("ΠΑΡΑΣΚΕΥΗ" is "Παρασκευή").
 */
static int same_name(const char *written, size_t n, const char *name)
{
	const int flags = UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD;
	utf8proc_uint8_t *a = NULL, *b = NULL;
	int same;

	if (n == strlen(name) && errata__strncasecmp_ascii(written, name, n) == 0)
		return 1;
	if (utf8proc_map((const utf8proc_uint8_t *)written, (utf8proc_ssize_t)n, &a, flags) < 0 ||
	    utf8proc_map((const utf8proc_uint8_t *)name, (utf8proc_ssize_t)strlen(name), &b, flags) < 0)
		same = 0;
	else
		same = strcmp((const char *)a, (const char *)b) == 0;
	free(a);
	free(b);
	return same;
}

/*
 * Capital letters outside ASCII for a weekday written in capitals: Greek
 * drops the accent in capitals ("ΣΑΒΒΑΤΟ", not "ΣΆΒΒΑΤΟ").
 */
static utf8proc_int32_t capital(utf8proc_int32_t cp)
{
	static const utf8proc_int32_t greek[] = { 0x391, 0, 0x395, 0x397, 0x399, 0, 0x39f,
	                                          0, 0x3a5, 0x3a9 };

	cp = utf8proc_toupper(cp);
	if (cp == 0x386 || (cp >= 0x388 && cp <= 0x38f && greek[cp - 0x386]))
		return greek[cp - 0x386];
	return cp;
}

/*
 * b's text with each letter made capital (all) or only its first one
 * made small (!all): a weekday written "ΣΑΒΒΑΤΟ" or "пятница" gets its
 * right name written so.
 */
static int recase(errata_buf *b, int all)
{
	errata_buf out = ERRATA_BUF_INIT;
	size_t i = 0;
	int error = 0;

	while (i < b->size && !error) {
		utf8proc_int32_t cp;
		size_t n = cp_at(b->ptr, b->size, i, &cp);
		char enc[4];

		if (!n)
			break;
		cp = all ? capital(cp) : i == 0 ? utf8proc_tolower(cp) : cp;
		error = errata_buf_put(&out, enc, errata__utf8_encode((uint32_t)cp, enc));
		i += n;
	}
	if (!error && i == b->size) {
		errata_buf_clear(b);
		error = errata_buf_put(b, out.ptr, out.size);
	}
	errata_buf_dispose(&out);
	return error;
}

/* Whether text[0, n) has a letter of the case that `to` changes; and
 * first, whether its first letter is one. */
static int has_case(const char *text, size_t n, int first,
                    utf8proc_int32_t (*to)(utf8proc_int32_t))
{
	size_t i = 0;

	while (i < n) {
		utf8proc_int32_t cp;
		size_t k = cp_at(text, n, i, &cp);

		if (!k)
			return 0;
		if (to(cp) != cp)
			return 1;
		if (first)
			return 0;
		i += k;
	}
	return 0;
}

static int has_small(const char *text, size_t n, int first)
{
	return has_case(text, n, first, utf8proc_toupper);
}

static int has_capital(const char *text, size_t n)
{
	return has_case(text, n, 0, utf8proc_tolower);
}

/*
 * The right weekday written in the style of the wrong one: the full name
 * when the full name was written, else the table's abbreviation (with the
 * period if the written one had it); all capitals and a lower-case first
 * letter are kept.
 */
static int weekday_text(errata_buf *b, const errata_check_ctx *ctx,
                        const char *written, size_t n, int said, int right)
{
	const char *said_full = errata_locale_weekday_name(ctx->locale, said);
	const char *name = errata_locale_weekday_name(ctx->locale, right);
	size_t core = n, len;
	int dot = 0, upper, error;
	utf8proc_int32_t cp;
	size_t first;

	errata_buf_clear(b);
	if (!name || !said_full || !n)
		return ERRATA_EINVALID;
	if (written[n - 1] == '.') {
		dot = 1;
		core--;
	}
	len = strlen(name);
	/* a form as long as the name or longer is an inflection ("pénteken",
	 * "středu"), not an abbreviation: the right name is written whole */
	if (!same_name(written, core, said_full) &&
	    (dot || letters(written, core) < letters(said_full, strlen(said_full)))) {
		/* as short as the written one, down to two letters ("Tu" gives "We") */
		size_t k = letters(written, core);
		size_t a = abbreviation(ctx->locale, right, k < 3 ? k : 3);

		if (!a)
			a = abbreviation(ctx->locale, right, 1);

		if (a)
			len = a;
	} else if (inflected(b, ctx->locale, written, core, said_full, name, right)) {
		len = 0;
	} else {
		dot = 0;
	}
	if (len && ((error = errata_buf_put(b, name, len)) || (dot && (error = errata_buf_putc(b, '.')))))
		return error;
	/* Irish writes a small h before a capital: "hAOINE" is in capitals,
	 * "hAoine" a name like "Aoine"; only a word without a capital is small */
	first = cp_at(written, core, 0, &cp);
	upper = first && !has_small(written + first, core - first, 0);
	if (upper && core > first)
		return recase(b, 1);
	if (!has_capital(written, core) && !has_small(b->ptr, b->size, 1))
		return recase(b, 0);
	return 0;
}

/*
 * Where the day number is written inside the date part: the digit run
 * (at most two digits) whose value is the day. When month and day are
 * the same number, the day is the first run in day-first order and the
 * last one otherwise (ISO and month-first).
 */
static int find_day(const char *text, size_t from, size_t to, int day,
                    errata_date_order order, size_t *at, size_t *len)
{
	size_t i = from, found = 0;
	int first_is_year = -1;

	while (i < to) {
		size_t s;
		int v = 0;

		if (text[i] < '0' || text[i] > '9') {
			i++;
			continue;
		}
		s = i;
		while (i < to && text[i] >= '0' && text[i] <= '9') {
			if (i - s < 6)
				v = v * 10 + (text[i] - '0');
			i++;
		}
		if (first_is_year < 0)
			first_is_year = i - s == 4;
		if (i - s <= 2 && v == day) {
			if (found && order == ERRATA_ORDER_DMY && !first_is_year)
				continue;
			*at = s;
			*len = i - s;
			found++;
		}
	}
	return found > 0;
}

/*
 * Whether a new day number is written with two digits: where the source
 * padded the day ("January 07"), in an ISO date (a four-digit year first:
 * always two digits), and in another numeric date whose month is padded
 * ("10/01/2026"). A day written "10" says nothing: "January 9", not "09".
 */
static int pad_day(const errata_mention *m, const char *text, size_t at, size_t dlen)
{
	size_t i = m->date_offset, to = m->date_offset + m->date_length;
	int first = 1;

	if (dlen == 2 && text[at] == '0')
		return 1;
	if (!(m->flags & ERRATA_MENTION_NUMERIC))
		return 0;
	while (i < to) {
		size_t s;

		if (text[i] < '0' || text[i] > '9') {
			i++;
			continue;
		}
		s = i;
		while (i < to && text[i] >= '0' && text[i] <= '9')
			i++;
		if (first && i - s == 4)
			return 1;
		first = 0;
		if (s != at && i - s == 2 && text[s] == '0')
			return 1;
	}
	return 0;
}

/* Whether the table writes some day otherwise than its number ("1er"). */
static int day_forms(const errata_locale *loc)
{
	for (int d = 1; d <= 31; d++)
		if (loc->date_day[d])
			return 1;
	return 0;
}

/*
 * What the table's "date_format_days" writes after the number of `day`
 * ("er" of "1er"), "" when that day is written as its number alone.
 */
static const char *day_form(const errata_locale *loc, int day)
{
	const char *f = day >= 1 && day <= 31 ? loc->date_day[day] : NULL;
	char num[4];
	size_t n;

	if (!f)
		return "";
	n = strlen(errata__decimal_text(num, sizeof(num), day));
	return strncmp(f, num, n) ? "" : f + n;
}

/*
 * The ordinal suffix for a new day number when the old one had `n` bytes
 * of suffix `old`: when `old` is one of the table's suffixes and the
 * table says which suffix each day takes ("ordinal_suffix_by_day": 1st,
 * 2nd, 3rd, 4th...), that one, in capitals if `old` began with one;
 * otherwise the written suffix is kept. A table that writes some days
 * otherwise than their number ("date_format_days": French "1er" and
 * "2") gives the new day its own form. Returns "" when there is none.
 */
static const char *ordinal(const errata_locale *loc, int day, const char *old, size_t n)
{
	static _Thread_local char keep[16];
	int known = 0, upper = n > 0 && old[0] >= 'A' && old[0] <= 'Z';
	const char *s;

	if (n == 0 && day_forms(loc))
		return day_form(loc, day);
	if (n == 0 || n >= sizeof(keep))
		return "";
	for (size_t i = 0; i < loc->suffixes.n; i++) {
		const errata__phrase *p = &loc->suffixes.v[i];

		if (p->n == 1 && p->tok[0].flen == n &&
		    errata__strncasecmp_ascii(p->tok[0].fold, old, n) == 0)
			known = 1;
	}
	memcpy(keep, old, n);
	keep[n] = '\0';
	if (known && !loc->ordinal_day[0] && day_forms(loc))
		return day_form(loc, day);
	if (!known || !(s = errata__locale_ordinal(loc, day)) || strlen(s) >= sizeof(keep))
		return keep;
	memcpy(keep, s, strlen(s) + 1);
	for (size_t i = 0; upper && keep[i]; i++)
		if (keep[i] >= 'a' && keep[i] <= 'z')
			keep[i] = (char)(keep[i] - 32);
	return keep;
}

/*
 * text[from, cut), then mid, then text[resume, end): a suggestion that
 * writes mid in place of what stood at [cut, resume).
 */
static int spliced(errata_buf *b, const char *text, size_t from, size_t cut, const char *mid,
                   size_t mid_len, size_t resume, size_t end)
{
	int error;

	errata_buf_clear(b);
	if ((error = errata_buf_put(b, text + from, cut - from)) || (error = errata_buf_put(b, mid, mid_len)))
		return error;
	return errata_buf_put(b, text + resume, end - resume);
}

/*
 * The day nearest `day` on the written weekday, `real` being the day's
 * own weekday: up to three days later, else the earlier one (a tie goes
 * to the earlier), so that one of the two lies in a month of `days`
 * days. 0 when neither does.
 */
static int nearest_day_on(int written, int real, int day, int days)
{
	int delta = (written - real + 7) % 7, newday = day + delta;

	if (delta > 3 || newday > days)
		newday = day + delta - 7;
	if (newday < 1)
		newday = day + delta;
	return newday >= 1 && newday <= days ? newday : 0;
}

/*
 * newday written in num as the day at text[at, at + dlen) was: with a
 * leading zero where that one is padded (pad), then the ordinal suffix
 * written after it, made right for the new day ("7th" -> "8th"). Returns
 * where the written suffix ends (before end).
 */
static size_t day_anew(const errata_locale *loc, const char *text, size_t at, size_t dlen, size_t end,
                       int newday, int pad, char *num, size_t size)
{
	size_t sfx = at + dlen, k = 0;
	const char *suffix;

	while (sfx < end && ((text[sfx] | 0x20) >= 'a' && (text[sfx] | 0x20) <= 'z'))
		sfx++;
	suffix = ordinal(loc, newday, text + at + dlen, sfx - at - dlen);
	if (pad && newday < 10)
		num[k++] = '0';
	errata__decimal_text(num + k, size - k, newday);
	for (k = strlen(num); *suffix && k + 1 < size; k++)
		num[k] = *suffix++;
	num[k] = '\0';
	return sfx;
}

/*
 * date.weekday_day: a weekday with a day number and no month ("Tuesday
 * the 14th": see dates/mention_day.c), flagged only when the weekday fits none of the
 * day's readings, naming the nearest as the date read ("Tuesday the 14th:
 * December 14, 2026 is a Monday"). The suggestions change only what is
 * written: the right weekday for that reading, and the nearest day of its
 * month that falls on the written weekday; no month is added.
 */
static int run_days(const errata_check_ctx *ctx, const char *text, size_t tlen)
{
	errata_buf msg = ERRATA_BUF_INIT, wd = ERRATA_BUF_INIT, s1 = ERRATA_BUF_INIT;
	errata_buf s2 = ERRATA_BUF_INIT, dbuf = ERRATA_BUF_INIT, quote = ERRATA_BUF_INIT;
	const errata_locale *ml = ctx->msg_locale ? ctx->msg_locale : ctx->locale;
	size_t count = errata__mentions_day_count(ctx->mentions);
	int error = 0;

	for (size_t i = 0; i < count && !error; i++) {
		const errata__day_mention *d = errata__mentions_day_get(ctx->mentions, i);
		const errata_date *r = &d->reading[0];
		errata_mention as = { 0 };
		const char *sugg[2], *real_name, *said_name;
		size_t nsugg = 0, end = d->offset + d->length;
		int fits = 0, real, newday;

		if (!d->n || end > tlen || d->weekday_offset < d->offset ||
		    d->weekday_offset + d->weekday_length > end || d->day_offset < d->offset ||
		    d->day_offset + d->day_length > end)
			continue;
		for (int k = 0; k < d->n; k++)
			if (errata_date_weekday(d->reading[k].year, d->reading[k].month,
			                        d->reading[k].day) == d->weekday)
				fits = 1;
		if (fits)
			continue;
		/* the same tests of the weekday word as a mention's */
		as.offset = d->offset;
		as.length = d->length;
		as.date_offset = d->day_offset;
		as.date_length = d->day_length;
		as.weekday = d->weekday;
		as.weekday_offset = d->weekday_offset;
		as.weekday_length = d->weekday_length;
		if (errata__holiday_covers(ctx->locale, text, tlen, d->weekday_offset,
		                           d->weekday_length) ||
		    in_name(ctx, text, tlen, &as))
			continue;
		real = errata_date_weekday(r->year, r->month, r->day);
		real_name = errata_locale_weekday_name(ml, real);
		said_name = errata_locale_weekday_name(ml, d->weekday);
		if (!real_name || !said_name)
			continue;
		/* the span as written, on one line */
		errata_buf_clear(&quote);
		for (size_t p = d->offset; p < end && !error; p++) {
			char ch = text[p] == '\n' || text[p] == '\r' || text[p] == '\t' ? ' ' : text[p];

			if (!(ch == ' ' && quote.size && quote.ptr[quote.size - 1] == ' '))
				error = errata_buf_putc(&quote, ch);
		}
		errata_buf_clear(&dbuf);
		if (error || (error = errata_locale_format_date(ml, r->year, r->month, r->day, &dbuf)))
			break;
		{
			static const char *const names[] = { "written", "date", "right", "said" };
			const char *values[4];

			values[0] = quote.ptr;
			values[1] = dbuf.ptr;
			values[2] = real_name;
			values[3] = said_name;
			if ((error = errata__check_message(ctx, "weekday_day", "{written}: {date} is a {right}",
			                                   &msg, names, values, 4)))
				break;
		}
		/* (1) the right weekday in place of the written one */
		if ((error = weekday_text(&wd, ctx, text + d->weekday_offset, d->weekday_length,
		                          d->weekday, real)) < 0 && error != ERRATA_EINVALID)
			break;
		if (!error) {
			if ((error = spliced(&s1, text, d->offset, d->weekday_offset, wd.ptr, wd.size,
			                     d->weekday_offset + d->weekday_length, end)))
				break;
			sugg[nsugg++] = s1.ptr;
		}
		error = 0;
		/* (2) the nearest day of the reading's month on the written weekday */
		newday = nearest_day_on(d->weekday, real, d->day, errata_date_days_in_month(r->year, r->month));
		if (newday) {
			char num[16];
			size_t at = d->day_offset, dl = 0, sfx;

			while (dl < d->day_length && text[at + dl] >= '0' && text[at + dl] <= '9')
				dl++;
			sfx = day_anew(ctx->locale, text, at, dl, end, newday, dl == 2 && text[at] == '0', num,
			               sizeof(num));
			if (dl && (error = spliced(&s2, text, d->offset, at, num, strlen(num), sfx, end)))
				break;
			if (dl)
				sugg[nsugg++] = s2.ptr;
		}
		error = errata__check_report(ctx, d->offset, d->length, msg.ptr, sugg, nsugg);
	}
	errata_buf_dispose(&msg);
	errata_buf_dispose(&wd);
	errata_buf_dispose(&s1);
	errata_buf_dispose(&s2);
	errata_buf_dispose(&dbuf);
	errata_buf_dispose(&quote);
	return error;
}

static int run(const errata_check_ctx *ctx)
{
	errata_buf msg = ERRATA_BUF_INIT, wd = ERRATA_BUF_INIT;
	errata_buf s1 = ERRATA_BUF_INIT, s2 = ERRATA_BUF_INIT, dbuf = ERRATA_BUF_INIT;
	errata_buf dbuf2 = ERRATA_BUF_INIT;
	const errata_locale *ml = ctx->msg_locale ? ctx->msg_locale : ctx->locale;
	size_t count, tlen;
	const errata_mention *all = errata__mentions_all(ctx->mentions, &count);
	const char *text = errata_doc_text(ctx->doc, &tlen);
	int error = 0;

	for (size_t i = 0; i < count && !error; i++) {
		const errata_mention *m = &all[i];
		const char *sugg[2];
		size_t nsugg = 0, at = 0, dlen = 0;
		int real, newday, alt, year, swapped, sm = 0, sd = 0, sy = 0;
		const char *real_name, *said_name;

		if (m->weekday < 0 || m->weekday > 6 || m->year == 0 ||
		    !errata_date_valid(m->year, m->month, m->day))
			continue;
		real = errata_date_weekday(m->year, m->month, m->day);
		if (real == m->weekday)
			continue;
		/* "Easter Monday, April 7": the weekday is the holiday's name
		 * (date.holiday judges it) */
		if (m->weekday_length &&
		    errata__holiday_covers(ctx->locale, text, tlen, m->weekday_offset, m->weekday_length))
			continue;
		/* "Santo Domingo, 9 jul": a name, not a weekday */
		if (in_name(ctx, text, tlen, m) || dateline_place(ctx, text, tlen, m))
			continue;
		/* "od 8 czerwca, wtorek i czwartek": days from that date on */
		if (opens_weekday_list(ctx, text, tlen, m))
			continue;
		/* "Tuesday, the June 3 deadline": two days, not one */
		if (article_before_month(ctx, text, tlen, m))
			continue;
		/* "les horaires du dimanche le 14 juillet": a kind of day */
		if (kind_of_day(ctx, text, tlen, m))
			continue;
		/* "NOW THROUGH SUNDAY, MARCH 13-15": a weekday before a range of
		 * days may name its end, when the end states none of its own */
		if ((m->flags & ERRATA_MENTION_RANGE_START) && m->peer >= 0) {
			const errata_mention *e = errata_mentions_get(ctx->mentions, (size_t)m->peer);

			int ealt = errata__mention_alt_year(ctx->mentions, (size_t)m->peer);

			if (e && e->weekday < 0 && e->year &&
			    ((errata_date_valid(e->year, e->month, e->day) &&
			      errata_date_weekday(e->year, e->month, e->day) == m->weekday) ||
			     (ealt && errata_date_valid(ealt, e->month, e->day) &&
			      errata_date_weekday(ealt, e->month, e->day) == m->weekday)))
				continue;
		}
		/* right in the other reading of the year: not a finding */
		alt = errata__mention_alt_year(ctx->mentions, i);
		if (alt && errata_date_valid(alt, m->month, m->day) &&
		    errata_date_weekday(alt, m->month, m->day) == m->weekday)
			continue;
		/* "Friday, 9/10" with the order unknown: right as October 9 */
		swapped = errata__mention_swapped(ctx->mentions, i, &sm, &sd, &sy) &&
		          errata_date_valid(sy, sm, sd);
		if (swapped && errata_date_weekday(sy, sm, sd) == m->weekday)
			continue;
		/* wrong in both: name the reading that fits the article best */
		year = errata__mention_report_year(ctx->mentions, i);
		if (!errata_date_valid(year, m->month, m->day))
			year = m->year;
		real = errata_date_weekday(year, m->month, m->day);
		/* the message's names and date in the language of messages */
		real_name = errata_locale_weekday_name(ml, real);
		said_name = errata_locale_weekday_name(ml, m->weekday);
		if (!real_name || !said_name)
			continue;
		errata_buf_clear(&dbuf);
		errata_buf_clear(&dbuf2);
		if ((error = errata_locale_format_date(ml, year, m->month, m->day, &dbuf)) ||
		    (swapped && (error = errata_locale_format_date(ml, sy, sm, sd, &dbuf2))))
			break;
		{
			static const char *const names[] = { "date", "right", "said", "date2", "right2" };
			const char *other = swapped ? errata_locale_weekday_name(ml,
			                                  errata_date_weekday(sy, sm, sd)) : NULL;
			const char *values[5];

			values[0] = dbuf.ptr;
			values[1] = real_name;
			values[2] = said_name;
			values[3] = dbuf2.ptr ? dbuf2.ptr : "";
			values[4] = other ? other : "?";
			/* wrong in both readings of a numeric date: name both */
			if ((error = swapped
			     ? errata__check_message(ctx, "weekday_both",
			                             "{date} is a {right} and {date2} is a {right2}, not a {said}",
			                             &msg, names, values, 5)
			     : errata__check_message(ctx, "weekday", "{date} is a {right}, not a {said}",
			                             &msg, names, values, 5)))
				break;
		}

		/* (1) the right weekday in place of the written one */
		if (m->weekday_offset >= m->offset && m->weekday_length &&
		    m->weekday_offset + m->weekday_length <= m->offset + m->length &&
		    m->offset + m->length <= tlen) {
			const char *w = text + m->weekday_offset;

			if ((error = weekday_text(&wd, ctx, w, m->weekday_length, m->weekday, real)) < 0 &&
			    error != ERRATA_EINVALID)
				break;
			if (!error) {
				if ((error = spliced(&s1, text, m->offset, m->weekday_offset, wd.ptr, wd.size,
				                     m->weekday_offset + m->weekday_length, m->offset + m->length)))
					break;
				sugg[nsugg++] = s1.ptr;
			}
			error = 0;
		}

		/*
		 * (2) the nearest day of the same month that falls on the written
		 * weekday (the earlier one on a tie); the other candidate is a
		 * week away, so one of the two is always in the month.
		 */
		if (swapped) {
			/* which number is the day is unknown: no day to offer */
			error = errata__check_report(ctx, m->offset, m->length, msg.ptr, sugg, nsugg);
			continue;
		}
		newday = nearest_day_on(m->weekday, real, m->day, errata_date_days_in_month(year, m->month));
		if (newday && m->date_offset + m->date_length <= tlen &&
		    m->date_offset >= m->offset &&
		    m->date_offset + m->date_length <= m->offset + m->length &&
		    find_day(text, m->date_offset, m->date_offset + m->date_length, m->day,
		             ctx->order, &at, &dlen)) {
			char num[16];
			size_t end = m->offset + m->length;
			size_t sfx = day_anew(ctx->locale, text, at, dlen, end, newday, pad_day(m, text, at, dlen), num,
			                      sizeof(num));

			if ((error = spliced(&s2, text, m->offset, at, num, strlen(num), sfx, end)))
				break;
			sugg[nsugg++] = s2.ptr;
		}
		error = errata__check_report(ctx, m->offset, m->length, msg.ptr, sugg, nsugg);
	}
	/* "Christmas falls on a Thursday this year": a holiday's weekday */
	if (!error)
		error = errata__holiday_weekdays(ctx, &msg, &s1);
	errata_buf_dispose(&msg);
	errata_buf_dispose(&wd);
	errata_buf_dispose(&s1);
	errata_buf_dispose(&s2);
	errata_buf_dispose(&dbuf);
	errata_buf_dispose(&dbuf2);
	return error;
}

const errata_check errata__check_weekday = {
	"date.weekday", ERRATA_SEVERITY_ERROR,
	"a stated weekday that does not match its date",
	NULL,
	run, 0
};

/* date.weekday_day: the weekdays written with a day and no month */
static int run_day_only(const errata_check_ctx *ctx)
{
	size_t tlen;
	const char *text;

	if (!errata__mentions_day_count(ctx->mentions))
		return 0;
	text = errata_doc_text(ctx->doc, &tlen);
	return run_days(ctx, text, tlen);
}

const errata_check errata__check_weekday_day = {
	"date.weekday_day", ERRATA_SEVERITY_ERROR,
	"a weekday with a day and no month that fits no month near its date",
	NULL,
	run_day_only, 0
};
