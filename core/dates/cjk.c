/*
 * cjk.c: dates written with a mark after each number, the way Chinese,
 * Japanese and Korean write them, where words are not separated by
 * spaces:
 *
 *   [era] year YEAR-MARK month MONTH-MARK day DAY-MARK   2026年1月7日, 令和8年1月7日
 *   month MONTH-MARK day DAY-MARK                        1月7日, 1월 7일
 *   year SEP month SEP day [.]                           2026.08.13, 2025. 1. 28.
 *   month SEP day [.]  (only before a weekday)           1/7(水)
 *
 * each followed by an optional weekday, in brackets (水), （水曜日）,
 * (月・祝), [周三], or after it with at most spaces between when the form
 * has two letters or more (星期三, 수요일), or set off by commas on both
 * sides (11月13日，星期五，); or a date in brackets right
 * after its weekday: 周四（6月11日）, 本周四（6月11日）, 来週木曜日（6月11日）.
 * Digits may be full-width,
 * spaces may be the ideographic space, and any of these may join a
 * second date after a range mark: ~1月26日(金), 至10月8日, -16(일).
 *
 * Nothing here knows a language: the marks, the eras and the weekday
 * forms come from the locale table ("cjk" and "weekdays"). The weekday
 * forms are looked up in the table's word hash as written (these
 * scripts have no case); a run of letters is tried from its longest
 * prefix down, since a weekday may run on into the next word (水曜日に).
 */
#include "cjk.h"

#include <string.h>

#include "common.h"

/* The code point at pos and its length (0 at the end of the text). */
static size_t cp_at(const char *s, size_t len, size_t pos, uint32_t *cp)
{
	size_t n;

	if (pos >= len) {
		*cp = 0;
		return 0;
	}
	if ((unsigned char)s[pos] < 0x80) {
		*cp = (unsigned char)s[pos];
		return 1;
	}
	n = errata__utf8_decode((const unsigned char *)s + pos, len - pos, cp);
	if (n == 0) {
		*cp = 0xfffd;
		n = 1;
	}
	return n;
}

/* Spaces that may stand inside a date: ASCII, no-break, ideographic. */
static size_t skip_space(const char *s, size_t len, size_t pos)
{
	uint32_t cp;
	size_t n;

	while ((n = cp_at(s, len, pos, &cp)) &&
	       (cp == ' ' || cp == '\t' || cp == 0xa0 || cp == 0x202f || cp == 0x2009 ||
	        cp == 0x3000))
		pos += n;
	return pos;
}

/* A digit at pos, ASCII or full-width: its value, or -1. */
static int digit_at(const char *s, size_t len, size_t pos, size_t *n)
{
	uint32_t cp;

	*n = cp_at(s, len, pos, &cp);
	if (cp >= '0' && cp <= '9')
		return (int)(cp - '0');
	if (cp >= 0xff10 && cp <= 0xff19)
		return (int)(cp - 0xff10);
	return -1;
}

/* A number of one to four digits at pos; 0 when there is none (or more
 * digits). */
static int read_num(const char *s, size_t len, size_t pos, int *val, int *ndig, size_t *end)
{
	size_t n;
	int d, v = 0, k = 0;

	while ((d = digit_at(s, len, pos, &n)) >= 0) {
		if (++k > 4)
			return 0;
		v = v * 10 + d;
		pos += n;
	}
	if (!k)
		return 0;
	*val = v;
	*ndig = k;
	*end = pos;
	return 1;
}

/* The longest string of l written at pos: its end, or 0. */
static size_t match_list(const errata__strs *l, const char *s, size_t len, size_t pos)
{
	size_t best = 0;

	for (size_t i = 0; i < l->n; i++) {
		size_t k = strlen(l->v[i]);

		if (k <= len - pos && !memcmp(s + pos, l->v[i], k) && pos + k > best)
			best = pos + k;
	}
	return best;
}

static int is_open(uint32_t cp)
{
	return cp == '(' || cp == '[' || cp == 0xff08 || cp == 0x3010 || cp == 0xff3b;
}

static int is_close(uint32_t cp)
{
	return cp == ')' || cp == ']' || cp == 0xff09 || cp == 0x3011 || cp == 0xff3d;
}

/* What may follow a weekday inside its brackets before more words: 月・祝. */
static int is_inner_sep(uint32_t cp)
{
	return cp == 0x30fb || cp == 0xff65 || cp == 0xb7 || cp == ',' || cp == 0x3001 ||
	       cp == 0xff0c || cp == '/';
}

/* A comma: ASCII, full-width, ideographic. */
static int is_comma(uint32_t cp)
{
	return cp == ',' || cp == 0xff0c || cp == 0x3001;
}

static int ascii_letter(uint32_t cp)
{
	return cp < 0x80 && (cp | 32) >= 'a' && (cp | 32) <= 'z';
}

/*
 * A weekday form at pos: a run of CJK letters tried from its longest
 * prefix (up to six letters) down to min_letters, or a word of ASCII
 * letters (with its period where the table has one). Its weekday goes
 * to *wd and its end to *end.
 */
static int weekday_form(const errata_locale *loc, const char *s, size_t len, size_t pos,
                        int min_letters, int *wd, size_t *end)
{
	size_t ends[7], p = pos, n;
	int k = 0;
	uint32_t cp;

	n = cp_at(s, len, p, &cp);
	if (ascii_letter(cp)) {
		char key[32];
		size_t kl = 0;
		int upper = cp >= 'A' && cp <= 'Z';
		const errata__date_word *w;

		while ((n = cp_at(s, len, p, &cp)) && ascii_letter(cp)) {
			if (kl + 1 >= sizeof(key))
				return 0;
			key[kl++] = (char)(cp | 32);
			p++;
		}
		w = errata__locale_word(loc, key, kl);
		if (!w || w->weekday < 0 || (w->ambiguous && !upper))
			return 0;
		if ((w->wform & ERRATA__FORM_DOT) && p < len && s[p] == '.')
			p++;
		else if (!(w->wform & ERRATA__FORM_BARE))
			return 0;
		*wd = w->weekday;
		*end = p;
		return 1;
	}
	while (k < 6 && n && errata__is_cjk_letter(cp)) {
		p += n;
		ends[++k] = p;
		n = cp_at(s, len, p, &cp);
	}
	for (; k >= min_letters && k >= 1; k--) {
		const errata__date_word *w = errata__locale_word(loc, s + pos, ends[k] - pos);

		if (w && w->weekday >= 0) {
			*wd = w->weekday;
			*end = ends[k];
			return 1;
		}
	}
	return 0;
}

/*
 * The end of the longest one-word phrase of the table's
 * weekday_copula_words written at pos (10月3日は土曜日, 3일은 토요일), or
 * pos when there is none. CJK words have no case: the bytes are compared.
 */
static size_t copula_end(const errata_locale *loc, const char *s, size_t len, size_t pos)
{
	size_t best = pos;

	for (size_t i = 0; i < loc->copula.n; i++) {
		const errata__phrase *ph = &loc->copula.v[i];
		size_t n = ph->n == 1 && ph->tok[0].kind == ERRATA__TOK_WORD ? ph->tok[0].flen : 0;

		if (n && n <= len - pos && pos + n > best && !memcmp(s + pos, ph->tok[0].fold, n))
			best = pos + n;
	}
	return best;
}

/* d's weekday wd, written at [off, end) where the date's reading ends: 1. */
static int weekday_found(errata__cjk_date *d, int wd, size_t off, size_t end)
{
	d->wd = wd;
	d->wd_off = off;
	d->wd_end = end;
	d->end = end;
	return 1;
}

/*
 * A weekday after a note in a date's brackets, set off by a comma, with
 * nothing after it but the closing bracket: 1月24日（除夕，星期五）. The
 * note is short and on the same line; *at is where the weekday starts.
 */
static int weekday_after_note(const errata_locale *loc, const char *s, size_t len, size_t pos,
                              size_t *at, int *wd, size_t *wend)
{
	size_t p = pos, n, limit = pos + 24;
	uint32_t cp;

	while ((n = cp_at(s, len, p, &cp)) && p < limit && !is_comma(cp)) {
		if (is_close(cp) || is_open(cp) || cp == '\n')
			return 0;
		p += n;
	}
	if (!n || p == pos || !is_comma(cp))
		return 0;
	p = skip_space(s, len, p + n);
	if (!weekday_form(loc, s, len, p, 2, wd, wend))
		return 0;
	n = cp_at(s, len, skip_space(s, len, *wend), &cp);
	if (!n || !is_close(cp))
		return 0;
	*at = p;
	return 1;
}

/* A weekday form of two letters or more after the spaces at pos (金曜日, 금요일, 星期五). */
static int weekday_next(const errata_locale *loc, const char *s, size_t len, size_t pos,
                        errata__cjk_date *d)
{
	size_t p = skip_space(s, len, pos), wend;
	int wd;

	return weekday_form(loc, s, len, p, 2, &wd, &wend) && weekday_found(d, wd, p, wend);
}

/*
 * The weekday after a date that ends at pos (after a copula, when it is
 * not in brackets): in brackets, where anything
 * after a separator may follow it ("(月・祝)"), or after spaces when its
 * form has two letters or more. need_bracket: only the first kind.
 */
static int weekday_after(const errata_locale *loc, const char *s, size_t len, size_t pos,
                         int need_bracket, errata__cjk_date *d)
{
	size_t p = skip_space(s, len, pos), n, q, wend;
	uint32_t cp;
	int wd;

	n = cp_at(s, len, p, &cp);
	if (n && is_open(cp)) {
		q = skip_space(s, len, p + n);
		if (!weekday_form(loc, s, len, q, 1, &wd, &wend) &&
		    !weekday_after_note(loc, s, len, q, &q, &wd, &wend))
			return 0;
		d->wd_off = q;
		d->wd_end = wend;
		p = skip_space(s, len, wend);
		n = cp_at(s, len, p, &cp);
		if (n && is_inner_sep(cp)) {
			/* more words before the bracket closes, on the same line */
			size_t limit = p + 32;

			while ((n = cp_at(s, len, p, &cp)) && p < limit && !is_close(cp) &&
			       cp != '\n' && !is_open(cp))
				p += n;
		}
		if (!n || !is_close(cp))
			return 0;
		d->wd = wd;
		d->end = p + n;
		return 1;
	}
	/* in the next cell of a table row: | 6月15日 | 周日 | */
	if (!need_bracket && n && cp == '|') {
		q = skip_space(s, len, p + 1);
		if (!weekday_form(loc, s, len, q, 2, &wd, &wend))
			return 0;
		p = skip_space(s, len, wend);
		if (p < len && s[p] != '|' && s[p] != '\n' && s[p] != '\r')
			return 0;
		return weekday_found(d, wd, q, wend);
	}
	/* after a comma, set off by another (11月13日，星期五，多地…) */
	if (!need_bracket && n && is_comma(cp)) {
		q = skip_space(s, len, p + n);
		if (weekday_form(loc, s, len, q, 2, &wd, &wend) &&
		    (n = cp_at(s, len, wend, &cp)) && (is_comma(cp) || cp == 0x3002 || cp == '.'))
			return weekday_found(d, wd, q, wend);
		return 0;
	}
	if (need_bracket)
		return 0;
	return weekday_next(loc, s, len, copula_end(loc, s, len, p), d);
}

/*
 * The weekday that a date in brackets gives the date of: the date starts
 * at pos right after an opening bracket, closes its bracket at its end,
 * and the bracket follows a weekday form of two letters or more at once
 * (周四（6月11日）; a word before the form, 本周四, 来週木曜日, is no part
 * of it: the longest form that ends at the bracket counts). A form of one
 * letter is a word's last letter there: 今日（6月9日）, 先月（5月30日）.
 */
static int weekday_before(const errata_locale *loc, const char *s, size_t len, size_t pos,
                          errata__cjk_date *d)
{
	size_t open = pos, q, n, start = 0;
	uint32_t cp;
	int wd = -1;

	/* the opening bracket right before the date */
	while (open > 0 && ((unsigned char)s[open - 1] & 0xc0) == 0x80)
		open--;
	if (open == 0)
		return 0;
	open--;
	while (open > 0 && ((unsigned char)s[open] & 0xc0) == 0x80)
		open--;
	if (cp_at(s, len, open, &cp) != pos - open || !is_open(cp))
		return 0;
	/* the closing one right after it */
	q = skip_space(s, len, d->date_end);
	if (!(n = cp_at(s, len, q, &cp)) || !is_close(cp))
		return 0;
	/* the longest weekday form of up to six letters that ends at the bracket */
	for (size_t b = open, k = 0; b > 0 && k < 6; k++) {
		const errata__date_word *w;

		do
			b--;
		while (b > 0 && ((unsigned char)s[b] & 0xc0) == 0x80);
		if (cp_at(s, open, b, &cp) == 0 || !errata__is_cjk_letter(cp))
			break;
		/* one letter alone is no weekday here: 今日（6月9日）, 先月（5月30日） */
		if (k >= 1 && (w = errata__locale_word(loc, s + b, open - b)) && w->weekday >= 0) {
			wd = w->weekday;
			start = b;
		}
	}
	if (wd < 0)
		return 0;
	d->wd = wd;
	d->wd_off = start;
	d->wd_end = open;
	d->end = q + n;
	return 1;
}

/* A separator of a numeric date at pos: its code point, or 0. */
static uint32_t sep_at(const char *s, size_t len, size_t pos, size_t *n)
{
	uint32_t cp;

	*n = cp_at(s, len, pos, &cp);
	if (cp == '.' || cp == '-' || cp == '/' || cp == 0xff0e || cp == 0xff0f || cp == 0xff0d)
		return cp;
	return 0;
}

/*
 * The numeric forms, from the first number (val, ndig, ending at e):
 * year SEP month SEP day [.] or, when month_day allows it, month SEP day
 * [.]. The same separator throughout; spaces may follow it ("2025. 1. 28.").
 */
static int numeric_date(const char *s, size_t len, size_t e, int val, int ndig, int month_day,
                        errata__cjk_date *d)
{
	size_t n, n2, p;
	uint32_t sep = sep_at(s, len, e, &n), cp;
	int a, b, na, nb;

	if (!sep || (ndig != 4 && !(month_day && ndig <= 2)))
		return 0;
	p = skip_space(s, len, e + n);
	if (!read_num(s, len, p, &a, &na, &e) || na > 2)
		return 0;
	if (ndig == 4) {
		if (sep_at(s, len, e, &n2) != sep)
			return 0;
		p = skip_space(s, len, e + n2);
		if (!read_num(s, len, p, &b, &nb, &e) || nb > 2)
			return 0;
		d->y = val;
		d->m = a;
		d->d = b;
	} else {
		d->m = val;
		d->d = a;
	}
	/* not a longer chain of numbers (1.2.3.4, 2026-01-07-2) */
	if (sep_at(s, len, e, &n2) == sep) {
		size_t k;

		if (digit_at(s, len, skip_space(s, len, e + n2), &k) >= 0 && sep != '.')
			return 0;
		if (digit_at(s, len, e + n2, &k) >= 0)
			return 0;
		if (sep == '.' || sep == 0xff0e)
			e += n2; /* the closing period of 2025. 1. 28. */
	}
	cp_at(s, len, e, &cp);
	if (ascii_letter(cp) && !(ndig == 4 && sep == '-' && cp == 'T'))
		return 0;
	d->numeric = 1;
	d->date_end = e;
	return 1;
}

/*
 * One date at pos (range_end: a month and day without a year may stand
 * without a weekday after them).
 */
/*
 * Whether a range mark at q leads to a day of the same month with its day
 * mark, so the first day's mark is left to the second ("8月7～10日",
 * "8월 7~10일", "8月7-10日": the month and the day mark written once).
 */
static int day_mark_elided(const errata_locale *loc, const char *s, size_t len, size_t q)
{
	size_t e;
	int v, nd;

	if (!(e = match_list(&loc->cjk.range, s, len, q)))
		return 0;
	q = skip_space(s, len, e);
	return read_num(s, len, q, &v, &nd, &e) && nd <= 2 && v >= 1 && v <= 31 &&
	       match_list(&loc->cjk.day, s, len, skip_space(s, len, e));
}

static int one_date(const errata_locale *loc, const char *s, size_t len, size_t pos,
                    int range_end, errata__cjk_date *d)
{
	const errata__cjk_marks *k = &loc->cjk;
	size_t p = pos, e, q, mark;
	int base = -1, v, nd;

	memset(d, 0, sizeof(*d));
	d->wd = -1;
	d->off = pos;
	for (size_t i = 0; i < k->era.n; i++) {
		size_t el = strlen(k->era.v[i]);

		if (el <= len - pos && !memcmp(s + pos, k->era.v[i], el)) {
			base = k->era_base[i];
			p = skip_space(s, len, pos + el);
			break;
		}
	}
	if (base >= 0 && (e = match_list(&k->first_year, s, len, p))) {
		v = 1;
		nd = 1;
	} else if (!read_num(s, len, p, &v, &nd, &e)) {
		return 0;
	}
	q = skip_space(s, len, e);
	if ((mark = match_list(&k->year, s, len, q))) {
		if (base < 0 && nd != 4)
			return 0;
		d->y = base >= 0 ? base + v : v;
		p = skip_space(s, len, mark);
		if (!read_num(s, len, p, &v, &nd, &e))
			return 0;
		q = skip_space(s, len, e);
	} else if (base >= 0) {
		return 0;
	}
	if ((mark = match_list(&k->month, s, len, q))) {
		if (nd > 2)
			return 0;
		d->m = v;
		p = skip_space(s, len, mark);
		if (!read_num(s, len, p, &v, &nd, &e) || nd > 2)
			return 0;
		q = skip_space(s, len, e);
		if (!(mark = match_list(&k->day, s, len, q)) &&
		    (range_end || !day_mark_elided(loc, s, len, q)))
			return 0;
		d->d = v;
		d->date_end = mark ? mark : e;
	} else if (d->y || !numeric_date(s, len, e, v, nd, 1, d)) {
		return 0;
	}
	if (d->m < 1 || d->m > 12 || d->d < 1 || d->d > 31 || d->y > 9999)
		return 0;
	d->end = d->date_end;
	if (weekday_after(loc, s, len, d->date_end, 0, d))
		return 1;
	if (d->numeric && !d->y && !range_end)
		return 0; /* 1/7 alone is no date: 1/7(水) is */
	if (!range_end)
		weekday_before(loc, s, len, pos, d);
	return 1;
}

/* Whether the text before pos lets a number start there. */
static int starts_clean(const char *s, size_t pos)
{
	size_t q = pos, n;
	uint32_t cp;

	if (pos == 0)
		return 1;
	while (q > 0 && ((unsigned char)s[q - 1] & 0xc0) == 0x80)
		q--;
	if (q > 0)
		q--;
	cp_at(s, pos, q, &cp);
	if (digit_at(s, pos, q, &n) >= 0 || ascii_letter(cp))
		return 0;
	if ((cp == '.' || cp == '/' || cp == '-' || cp == ':' || cp == ',') && q > 0 &&
	    digit_at(s, pos, q - 1, &n) >= 0)
		return 0;
	return 1;
}

int errata__cjk_parse(const errata_locale *loc, const char *s, size_t len, size_t pos,
                      errata__cjk_date out[2])
{
	errata__cjk_date *a = &out[0], *b = &out[1];
	size_t p, e, mark;
	int v, nd;

	if (!loc->cjk.on || !starts_clean(s, pos) || !one_date(loc, s, len, pos, 0, a))
		return 0;
	/* a range mark and a second date, or a day of the same month */
	p = skip_space(s, len, a->end);
	if (!(e = match_list(&loc->cjk.range, s, len, p)))
		return 1;
	p = skip_space(s, len, e);
	if (one_date(loc, s, len, p, 1, b))
		return 2;
	if (!read_num(s, len, p, &v, &nd, &e) || nd > 2 || v < 1 || v > 31)
		return 1;
	memset(b, 0, sizeof(*b));
	b->wd = -1;
	b->off = p;
	b->y = a->y;
	b->m = a->m;
	b->d = v;
	b->numeric = a->numeric;
	mark = match_list(&loc->cjk.day, s, len, skip_space(s, len, e));
	b->date_end = mark ? mark : e;
	b->end = b->date_end;
	/* a bare number ends a range only with its weekday: -16(일) */
	if (!weekday_after(loc, s, len, b->date_end, !mark, b) && !mark)
		return 1;
	return 2;
}

/* Whether one of the marks of list ends right before byte b of s. */
static int ends_with_any(const errata__strs *list, const char *s, size_t b)
{
	for (size_t i = 0; i < list->n; i++) {
		size_t ml = strlen(list->v[i]);

		if (ml <= b && !memcmp(s + b - ml, list->v[i], ml))
			return 1;
	}
	return 0;
}

int errata__cjk_day(const errata_locale *loc, const char *s, size_t len, size_t pos,
                    errata__cjk_date *d)
{
	const errata__cjk_marks *k = &loc->cjk;
	size_t e, mark, b = pos;
	int v, nd, shift;

	if (!k->on || !starts_clean(s, pos) || !read_num(s, len, pos, &v, &nd, &e) || nd > 2 ||
	    v < 1 || v > 31 || !(mark = match_list(&k->day, s, len, skip_space(s, len, e))))
		return 0;
	/* not the day of a month written before it (3月 13日), nor an
	 * ordinal (第3日, the third day); after "本月" or "下月", a day of
	 * this month or the next */
	while (b > 0 && (s[b - 1] == ' ' || s[b - 1] == '\t'))
		b--;
	shift = ends_with_any(&k->this_month, s, b) ? 1 : ends_with_any(&k->next_month, s, b) ? 2 : 0;
	if (!shift && (ends_with_any(&k->month, s, b) || ends_with_any(&k->ordinal, s, b)))
		return 0;
	memset(d, 0, sizeof(*d));
	d->month_shift = shift;
	d->wd = -1;
	d->off = pos;
	d->d = v;
	d->date_end = mark;
	/* 13日（日）, 13日金曜日, 13일 금요일 (a form of two letters or more,
	 * not after a copula: 13日は金曜日 may say what day that will be), or
	 * in brackets after its weekday: 周三（15日） */
	return weekday_after(loc, s, len, mark, 1, d) || weekday_next(loc, s, len, mark, d) ||
	       weekday_before(loc, s, len, pos, d);
}

size_t errata__cjk_next_start(const errata_locale *loc, const char *s, size_t from, size_t to)
{
	const errata__cjk_marks *k = &loc->cjk;
	/* the bytes that may begin one: 0xef (a full-width digit) and each
	 * era's first byte; every other byte is passed over at once */
	uint64_t first[4] = { 0, 0, 0, (uint64_t)1 << (0xef & 63) };

	for (size_t i = 0; i < k->era.n; i++) {
		unsigned char e = (unsigned char)k->era.v[i][0];

		first[e >> 6] |= (uint64_t)1 << (e & 63);
	}
	for (size_t p = from; p < to; p++) {
		unsigned char c = (unsigned char)s[p];

		if (!((first[c >> 6] >> (c & 63)) & 1))
			continue;
		if (c == 0xef && p + 2 < to && (unsigned char)s[p + 1] == 0xbc &&
		    (unsigned char)s[p + 2] >= 0x90 && (unsigned char)s[p + 2] <= 0x99)
			return p;
		for (size_t i = 0; i < k->era.n; i++) {
			size_t el = strlen(k->era.v[i]);

			if ((unsigned char)k->era.v[i][0] == c && el <= to - p &&
			    !memcmp(s + p, k->era.v[i], el))
				return p;
		}
	}
	return to;
}
