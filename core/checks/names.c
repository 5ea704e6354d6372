/*
 * checks/names.c: names in the prose, births and who a name refers to
 * (checks/names.h).
 */
#include "checks/names.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "checks/dating.h"
#include "checks/facts.h"
#include "checks/words.h"
#include "common.h"
#include "text/text.h"

/* is_capital() of a character outside ASCII at text[i]: an upper-case letter of Unicode. */
static int is_capital_wide(const char *text, size_t len, size_t i)
{
	uint32_t cp = 0;

	if (!errata__utf8_decode((const unsigned char *)text + i, len - i, &cp))
		return 0;
	/* Latin-1 and the punctuation of U+2000-U+206F (dashes, quotes), the most
	 * frequent in prose, without the table */
	if (cp < 0x100)
		return cp >= 0xc0 && cp <= 0xde && cp != 0xd7;
	if (cp >= 0x2000 && cp <= 0x206f)
		return 0;
	return utf8proc_category((utf8proc_int32_t)cp) == UTF8PROC_CATEGORY_LU;
}

int errata__capital_letter_at(const char *text, size_t len, size_t i)
{
	unsigned char c = (unsigned char)text[i];

	return c < 0x80 ? c >= 'A' && c <= 'Z' : is_capital_wide(text, len, i);
}

size_t errata__capital_of(const char *word, size_t len, char out[4], size_t *first_len)
{
	uint32_t cp = 0;
	utf8proc_int32_t up;
	size_t n;

	if (!len || (unsigned char)word[0] < 0x80 ||
	    !(n = errata__utf8_decode((const unsigned char *)word, len, &cp)) ||
	    utf8proc_category((utf8proc_int32_t)cp) != UTF8PROC_CATEGORY_LL ||
	    (up = utf8proc_toupper((utf8proc_int32_t)cp)) == (utf8proc_int32_t)cp)
		return 0;
	*first_len = n;
	return (size_t)utf8proc_encode_char(up, (utf8proc_uint8_t *)out);
}

int errata__lower_letter_at(const char *text, size_t len, size_t i)
{
	unsigned char c = (unsigned char)text[i];
	uint32_t cp = 0;

	if (c < 0x80)
		return c >= 'a' && c <= 'z';
	if (!errata__utf8_decode((const unsigned char *)text + i, len - i, &cp))
		return 0;
	if (cp < 0x100)
		return cp >= 0xdf && cp != 0xf7;
	return utf8proc_category((utf8proc_int32_t)cp) == UTF8PROC_CATEGORY_LL;
}

/* Whether the character at text[i] is a capital: ASCII, or an upper-case letter outside it
 * ("Łukasz", "Ёлкин", "Ω"). */
static inline int is_capital(const char *text, size_t len, size_t i)
{
	unsigned char c = (unsigned char)text[i];

	if (c < 0x80)
		return c >= 'A' && c <= 'Z';
	return is_capital_wide(text, len, i);
}

/*
 * The start of the word that ends at `end` (letters, digits, inner hyphens
 * and dots: "Jae-myung", "U.S"); `end` itself when there is none.
 */
static size_t word_start_before(const char *text, size_t len, size_t end)
{
	size_t ws = end;

	while (ws > 0 && (errata__is_word_byte(text, len, ws - 1) ||
	                  ((text[ws - 1] == '-' || text[ws - 1] == '.') && ws > 1 &&
	                   errata__is_word_byte(text, len, ws - 2))))
		ws--;
	while (ws < end && ((unsigned char)text[ws] & 0xc0) == 0x80)
		ws++;
	return ws;
}

/* Whether the word that ends at `end` starts with a capital. */
static int is_capital_word_before(const char *text, size_t len, size_t end)
{
	size_t ws = word_start_before(text, len, end);

	return ws < end && is_capital(text, len, ws);
}

int errata__initial_at(const char *text, size_t len, size_t i)
{
	return i + 1 < len && text[i] >= 'A' && text[i] <= 'Z' && text[i + 1] == '.' &&
	       (i == 0 || !errata__is_word_byte(text, len, i - 1)) &&
	       (i + 2 >= len || !errata__is_word_byte(text, len, i + 2));
}

/*
 * A middle initial right before the name word that starts at s, after a
 * capitalised word ("Ruth A. Alvarez", "John F. Kennedy"): where the
 * space before the initial is, or 0 when there is none.
 */
static size_t initial_before(const char *text, size_t len, size_t s)
{
	if (s < 5 || text[s - 1] != ' ' || !errata__initial_at(text, len, s - 3) ||
	    (text[s - 4] != ' ' && text[s - 4] != '\n') || !is_capital_word_before(text, len, s - 4))
		return 0;
	return s - 4;
}

/* End of the word starting at i (letters, digits, inner hyphens, apostrophes). */
static size_t word_end(const char *text, size_t len, size_t i)
{
	while (i < len) {
		if (errata__is_word_byte(text, len, i))
			i++;
		else if ((text[i] == '-' || text[i] == '.') && i + 1 < len &&
		         errata__is_word_byte(text, len, i + 1) && text[i + 1] != '\'')
			i++;
		else
			break;
	}
	return i;
}

/*
 * After a word of a name ending at `at`: the locale's name particles
 * ("du", "de", "d'"), at most two, between it and the next capitalised
 * word ("Musée du Port", "Charles de Gaulle", "Musée d'Orsay"). Returns
 * where that word starts, or 0 when there is no such bridge.
 */
static size_t particles_after(const errata__words *w, const char *t, size_t len, size_t at)
{
	size_t i = at, n;

	if (!w || !w->name_particles.count || i >= len || (t[i] != ' ' && t[i] != '\n'))
		return 0;
	i++;
	for (int k = 0; k < 2; k++) {
		if (!(n = errata__words_match(&w->name_particles, t, len, i, NULL)))
			return 0;
		i += n;
		if (t[i - 1] == '\'')   /* "d'Orsay" */
			return i < len && is_capital(t, len, i) ? i : 0;
		if (i >= len || t[i] != ' ')
			return 0;
		i++;
		if (i < len && is_capital(t, len, i))
			return i;
	}
	return 0;
}

/*
 * Before a word of a name starting at `s`: the same bridge backwards.
 * Returns the end of the capitalised word before the particles, or 0.
 */
static size_t particles_before(const errata__words *w, const char *t, size_t len, size_t s)
{
	size_t i = s;

	if (!w || !w->name_particles.count)
		return 0;
	for (int k = 0; k < 2; k++) {
		size_t pe, ps, ce, cs;

		if (i > 0 && t[i - 1] == '\'')
			pe = i;          /* the apostrophe belongs to the particle */
		else if (i > 1 && (t[i - 1] == ' ' || t[i - 1] == '\n'))
			pe = i - 1;
		else
			return 0;
		ps = t[pe - 1] == '\'' ? pe - 1 : pe;
		while (ps > 0 && errata__is_word_byte(t, len, ps - 1))
			ps--;
		if (ps == pe || errata__words_match(&w->name_particles, t, len, ps, NULL) != pe - ps)
			return 0;
		if (ps < 2 || (t[ps - 1] != ' ' && t[ps - 1] != '\n'))
			return 0;
		ce = ps - 1;
		cs = ce;
		while (cs > 0 && errata__is_word_byte(t, len, cs - 1))
			cs--;
		while (cs < ce && ((unsigned char)t[cs] & 0xc0) == 0x80)
			cs++;
		if (cs < ce && is_capital(t, len, cs))
			return ce;
		i = ps;   /* perhaps a second particle: "de la" */
	}
	return 0;
}

size_t errata__name_after(const errata__words *w, const char *text, size_t len, size_t at,
                          size_t *name_len)
{
	size_t s = errata__skip_space(text, len, at), e = s, i = s, k;

	*name_len = 0;
	while (i < len && is_capital(text, len, i) && errata__word_start(text, len, i)) {
		size_t we = word_end(text, len, i);

		e = we;
		/* the next word of the name, after a space or a soft line break */
		if (we + 1 < len && (text[we] == ' ' || text[we] == '\n') && is_capital(text, len, we + 1))
			i = we + 1;
		else if (i > s && errata__initial_at(text, len, i) && we == i + 1 && we + 2 < len &&
		         text[we + 1] == ' ' && is_capital(text, len, we + 2))
			i = we + 2; /* a middle initial: "Ruth A. Alvarez" */
		else if ((k = particles_after(w, text, len, we)) > 0)
			i = k;
		else
			break;
	}
	*name_len = e - s;
	return s;
}

/*
 * Past a word of the table's name_articles that opens the name [s, e)
 * ("Ο Γιώργος Παππάς": Greek names take an article, capitalised at a
 * sentence's start); s itself otherwise, and when no word of the name
 * would be left.
 */
static size_t past_name_article(const errata__words *w, const char *text, size_t len,
                                size_t s, size_t e)
{
	size_t we = word_end(text, len, s);

	if (!w || !w->name_articles.count || we + 1 >= e || text[we] != ' ' ||
	    errata__words_match(&w->name_articles, text, len, s, NULL) != we - s)
		return s;
	return we + 1;
}

size_t errata__name_before(const errata__words *w, const char *text, size_t len, size_t end,
                           size_t *name_len)
{
	size_t e = end, s, ce;

	*name_len = 0;
	while (e > 0 && (text[e - 1] == ' ' || text[e - 1] == '\t'))
		e--;
	s = e;
	/* a name that ends in an initial: "Ignacio T., 84," */
	if (e >= 4 && errata__initial_at(text, len, e - 2) && text[e - 3] == ' ' &&
	    is_capital_word_before(text, len, e - 3))
		s = e - 3;
	for (;;) {
		size_t ws = word_start_before(text, len, s);

		if (ws == s || !is_capital(text, len, ws))
			break;
		s = ws;
		if (s > 1 && (text[s - 1] == ' ' || text[s - 1] == '\n') &&
		    errata__is_word_byte(text, len, s - 2) && is_capital_word_before(text, len, s - 1))
			s--; /* the space (or soft line break) between two words of the name */
		else if ((ce = particles_before(w, text, len, s)) > 0)
			s = ce; /* "Charles de Gaulle": on to "Charles" */
		else if ((ce = initial_before(text, len, s)) > 0)
			s = ce; /* "Ruth A. Alvarez": on to "Ruth" */
		else
			break;
	}
	while (s < e && (text[s] == ' ' || text[s] == '\n'))
		s++;
	s = past_name_article(w, text, len, s, e);
	*name_len = e - s;
	return s;
}

/* ---- people ----------------------------------------------------------- */

/* Back over white space from `e`. */
static size_t back_space(const char *p, size_t e)
{
	while (e > 0 && (p[e - 1] == ' ' || p[e - 1] == '\t' || p[e - 1] == '\n' || p[e - 1] == '\r'))
		e--;
	return e;
}

/* Whether `at` starts a sentence: nothing before it but white space and a quote, after a sentence end or a blank line. */
static int sentence_start(const char *p, size_t at)
{
	size_t e = back_space(p, at), nl = 0;

	if (e > 0 && (p[e - 1] == '"' || p[e - 1] == '*' || p[e - 1] == '_'))
		e = back_space(p, e - 1);
	for (size_t k = e; k < at; k++)
		nl += p[k] == '\n';
	return e == 0 || p[e - 1] == '.' || p[e - 1] == '!' || p[e - 1] == '?' || nl >= 2;
}

/*
 * The word [ws, e) a relative pronoun of the locale ("who", "qui", "que")
 * just after a comma: "NAME, who was born". Returns the comma's place, or 0.
 */
static size_t relative_comma(const errata__words *w, const char *p, size_t len, size_t ws, size_t e)
{
	size_t c;

	if (ws >= e || errata__words_match(&w->relatives, p, len, ws, NULL) != e - ws)
		return 0;
	c = back_space(p, ws);
	return c > 0 && c < ws && p[c - 1] == ',' ? c - 1 : 0;
}

/* ---- births in Han, kana and Hangul ----------------------------------- */

/* The length of the word of l that ends at e (the longest), or 0. */
static size_t word_ending_at(const errata__wordlist *l, const char *p, size_t e)
{
	size_t best = 0;

	for (size_t k = 0; k < l->count; k++) {
		const errata__word *x = &l->items[k];

		if (x->len <= e && x->len > best && memcmp(p + e - x->len, x->word, x->len) == 0)
			best = x->len;
	}
	return best;
}

/* Whether [s, e) holds at least two characters. */
static int two_chars(const char *p, size_t len, size_t s, size_t e)
{
	return s < e && errata__utf8_char_end(p, len, s) < e;
}

/*
 * Back past a birthplace that ends at k, between a birth date and the
 * word of born_after: a run of letters that ends in a word of
 * birthplace_ends, after "、", "，" or a space ("1936年4月20日、大阪市生まれ",
 * "1940년 5월 2일 서울에서 태어났다"). Returns where the date would end,
 * or k when there is none.
 */
static size_t past_birthplace_before(const errata__words *w, const char *p, size_t len, size_t k)
{
	size_t r = errata__wide_run_start(p, len, k), n;

	if (r == k || k - r > 24 || !w)
		return k;
	n = 0;
	for (size_t h = 0; h < w->birthplace_ends.count && !n; h++) {
		const errata__word *x = &w->birthplace_ends.items[h];

		if (x->len < k - r && memcmp(p + k - x->len, x->word, x->len) == 0)
			n = x->len;
	}
	if (!n)
		return k;
	if (r > 0 && p[r - 1] == ' ')
		return r - 1;
	if (r >= 3 && (memcmp(p + r - 3, "\xe3\x80\x81", 3) == 0 || memcmp(p + r - 3, "\xef\xbc\x8c", 3) == 0))
		return r - 3;
	return k;
}

/*
 * A birth date written just before `e` (a space may stand between):
 * a date mention with its year, or a year and perhaps a month, each
 * number with the counter written on to it ("1960年3月", "1960년 3월").
 * Returns the date's start (e when there is none) and fills b.
 */
static size_t wide_date_before(const errata__words *w, const char *p, size_t len,
                               const errata_mentions *mentions, size_t e, errata__birth *b)
{
	size_t count = mentions ? errata_mentions_count(mentions) : 0, mi, k = e;
	int num[2] = { 0, 0 }, units = 0;

	if (k > 0 && p[k - 1] == ' ')
		k--;
	k = past_birthplace_before(w, p, len, k);
	mi = errata__mention_at(mentions, k > 32 ? k - 32 : 0);
	for (; mi < count && errata_mentions_get(mentions, mi)->offset < k; mi++) {
		const errata_mention *m = errata_mentions_get(mentions, mi);

		if (m->date_offset + m->date_length == k && (m->flags & ERRATA_MENTION_YEAR_EXPLICIT) &&
		    errata_date_valid(m->year, m->month, m->day)) {
			b->year = m->year;
			b->month = m->month;
			b->day = m->day;
			return m->date_offset;
		}
	}
	/* "1960年", "1960年3月", "1960년 3월": a counter after each number */
	while (units < 2 && k > 0 && (unsigned char)p[k - 1] >= 0x80) {
		size_t c = errata__utf8_char_before(p, k), d = c;
		int v = 0, mult = 1;

		if (!errata__wide_script_at(p, len, c))
			break;
		while (d > 0 && p[d - 1] >= '0' && p[d - 1] <= '9' && c - d < 4) {
			v += (p[d - 1] - '0') * mult;
			mult *= 10;
			d--;
		}
		if (d == c || (d > 0 && p[d - 1] >= '0' && p[d - 1] <= '9'))
			break;
		num[units++] = v;
		k = d;
		if (c - d == 4)
			break; /* the year */
		if (k > 0 && p[k - 1] == ' ')
			k--;
	}
	if (!units || num[units - 1] < 1000 || num[units - 1] > 2999 ||
	    (units == 2 && (num[0] < 1 || num[0] > 12)))
		return e;
	b->year = num[units - 1];
	b->month = units == 2 ? num[0] : 0;
	b->day = 0;
	return k;
}

/*
 * The name that ends at e, before a birth: back over spaces, an
 * honorific of the locale's name_suffixes, then the run of Han, kana or
 * Hangul, cut after its last linking word ("首相の田中太郎" is 田中太郎).
 * Returns its start and sets *nl (0: none of two characters or more).
 */
static size_t wide_name_before(const errata__words *w, const char *p, size_t len, size_t e,
                               size_t *nl)
{
	size_t s, n;

	size_t h;

	*nl = 0;
	while (e > 0 && p[e - 1] == ' ')
		e--;
	if ((h = word_ending_at(&w->name_suffixes, p, e)) > 0 && h < e)
		e -= h;
	else
		h = 0;
	s = errata__wide_run_start(p, len, e);
	for (size_t i = s; i < e; i = errata__utf8_char_end(p, len, i)) {
		n = errata__words_match(&w->name_links, p, len, i, NULL);
		/* a link followed by two characters or more: what stood before it is no name */
		if (n && two_chars(p, len, i + n, e))
			s = i + n;
	}
	/* one character is a surname only before an honorific that opens its sentence ("박씨는") */
	if (!two_chars(p, len, s, e) &&
	    !(h && s < e && errata__utf8_char_end(p, len, s) == e && (s == 0 || p[s - 1] == ' ' || p[s - 1] == '\n')))
		return e;
	*nl = e - s;
	return s;
}

/*
 * The name after a birth at `at`: a linking word of name_links or a
 * space ("1960年生まれの田中太郎さん", "1960년생 김민수"), then the run of
 * Han, kana or Hangul up to an honorific or another such link. *nl 0
 * when none.
 */
static size_t wide_name_after(const errata__words *w, const char *p, size_t len, size_t at,
                              size_t *nl)
{
	size_t s = at, e, n;

	*nl = 0;
	if ((n = errata__words_match(&w->name_links, p, len, s, NULL)) > 0)
		s += n;
	if (s < len && p[s] == ' ')
		s = errata__skip_space(p, len, s);
	if (s == at)
		return at;
	for (e = s; e < len && errata__wide_script_at(p, len, e); e = errata__utf8_char_end(p, len, e)) {
		if (e > s && errata__words_match(&w->name_suffixes, p, len, e, NULL))
			break;
		/* "1990年生まれの山本監督の長男": a second link, another's noun after it */
		if (two_chars(p, len, s, e) && errata__words_match(&w->name_links, p, len, e, NULL))
			break;
	}
	if (!two_chars(p, len, s, e))
		return at;
	*nl = e - s;
	return s;
}

/*
 * Where the opening bracket starts of an age in brackets, "（32）" or
 * "(32)", that ends the sentence right before k ("…容疑者（32）。" then k);
 * 0 when there is none.
 */
static size_t age_bracket_before_stop(const char *p, size_t k)
{
	size_t e = k, d;

	if (e < 3 || memcmp(p + e - 3, "\xe3\x80\x82", 3)) /* 。 */
		return 0;
	e -= 3;
	if (e >= 3 && !memcmp(p + e - 3, "\xef\xbc\x89", 3)) /* ） */
		e -= 3;
	else if (e >= 1 && p[e - 1] == ')')
		e -= 1;
	else
		return 0;
	for (d = e; d > 0 && e - d < 3 && p[d - 1] >= '0' && p[d - 1] <= '9'; d--)
		;
	if (d == e)
		return 0;
	if (d >= 3 && !memcmp(p + d - 3, "\xef\xbc\x88", 3)) /* （ */
		return d - 3;
	if (d >= 1 && p[d - 1] == '(')
		return d - 1;
	return 0;
}

/*
 * The name [nm, nm + *nl) past its last case particle of Japanese
 * followed by Han ("逮捕されたのは会社員田中翔太" is 会社員田中翔太; the
 * sentence's subject marker is no part of a name).
 */
static size_t after_particle(const char *p, size_t nm, size_t *nl)
{
	static const char *const particles[] = { "\xe3\x81\xaf", "\xe3\x81\x8c", "\xe3\x82\x92",
	                                         "\xe3\x81\xab", "\xe3\x81\xa7", "\xe3\x82\x82" };
	size_t e = nm + *nl, cut = nm;

	for (size_t i = nm; i + 6 <= e; i++)
		for (size_t k = 0; k < sizeof(particles) / sizeof(particles[0]); k++)
			if (!memcmp(p + i, particles[k], 3) && (unsigned char)p[i + 3] >= 0xe4 &&
			    (unsigned char)p[i + 3] <= 0xe9)
				cut = i + 3;
	*nl = e - cut;
	return cut;
}

/*
 * A birth in Han, kana or Hangul, around the word `at` (length bl) of the
 * locale's born_after (the date before it: "1960年3月4日生まれ",
 * "1960년생") or born (the date after it: "生于1960年"). The name stands
 * before the date, after a bracket, a comma or a linking word of
 * birth_links ("田中太郎さんは", "김민수 씨는", "张伟于"), or written on
 * to the date ("张伟1960年出生"); a birth followed by a linking word of
 * name_links or a space is the name's after it ("1960年生まれの田中太郎
 * さん", "1980년생 이수진"). Returns 1 and fills b when there is one.
 */
static int wide_birth(const errata__words *w, const char *p, size_t len,
                      const errata_mentions *mentions, size_t at, size_t bl, int date_after,
                      errata__birth *b)
{
	size_t ds, k, n, nm, nl = 0;

	memset(b, 0, sizeof(*b));
	if (date_after) {
		size_t count = mentions ? errata_mentions_count(mentions) : 0;
		size_t mi = errata__mention_at(mentions, at + bl), e = at + bl;
		const errata_mention *m = mi < count ? errata_mentions_get(mentions, mi) : NULL;

		if (m && m->offset <= errata__skip_space(p, len, e) &&
		    (m->flags & ERRATA_MENTION_YEAR_EXPLICIT) && errata_date_valid(m->year, m->month, m->day)) {
			b->year = m->year;
			b->month = m->month;
			b->day = m->day;
		} else if (!(b->year = errata__read_year(p, len, errata__skip_space(p, len, e)))) {
			return 0;
		}
		ds = at;
	} else {
		/* a word of one character stands on the date's counter itself: "1960년생" */
		if (errata__utf8_char_end(p, len, at) >= at + bl && at > 0 && p[at - 1] == ' ')
			return 0;
		if ((ds = wide_date_before(w, p, len, mentions, at, b)) == at)
			return 0;
	}
	/*
	 * "1962年生まれの佐々木隆氏", "2000년생 딸": a birth followed by a
	 * linking word or a space tells of the name after it, never of the
	 * one before ("田中さんは2019年生まれの長男と暮らす")
	 */
	if (!date_after && (errata__words_match(&w->name_links, p, len, at + bl, NULL) ||
	                    (at + bl < len && p[at + bl] == ' '))) {
		nm = wide_name_after(w, p, len, at + bl, &nl);
		if (!nl)
			return 0;
		goto found;
	}
	/* the name before, past a bracket, a comma or a linking word */
	k = ds;
	while (k > 0 && p[k - 1] == ' ')
		k--;
	n = 0;
	if (k > 0 && (p[k - 1] == '(' || p[k - 1] == ','))
		n = 1;
	else if (k >= 3 && (unsigned char)p[k - 3] == 0xef && (unsigned char)p[k - 2] == 0xbc &&
	         ((unsigned char)p[k - 1] == 0x88 || (unsigned char)p[k - 1] == 0x8c))
		n = 3; /* "（", "，" */
	else if (k >= 3 && (unsigned char)p[k - 3] == 0xe3 && (unsigned char)p[k - 2] == 0x80 &&
	         (unsigned char)p[k - 1] == 0x81)
		n = 3; /* "、" */
	else
		n = word_ending_at(&w->birth_links, p, k);
	if (n) {
		nm = wide_name_before(w, p, len, k - n, &nl);
		if (nl)
			goto found;
	}
	if (k == ds && k > 0 && errata__wide_script_at(p, len, errata__utf8_char_before(p, k))) {
		nm = wide_name_before(w, p, len, k, &nl);
		if (nl)
			goto found;
	}
	/* "田中翔太容疑者（32）。1995年8月21日生まれで": a sentence that opens
	 * with the birth tells of the name whose age in brackets ends the
	 * sentence before */
	if ((n = age_bracket_before_stop(p, k)) > 0) {
		nm = wide_name_before(w, p, len, n, &nl);
		nm = after_particle(p, nm, &nl);
		if (nl)
			goto found;
	}
	return 0;
found:
	b->name = nm;
	b->name_len = nl;
	return 1;
}

/*
 * The births an article's list keeps: the first this many. Each name an
 * age or an anniversary gives is looked for among all of them, so an
 * article of thousands ("X, born in 1980, ... X, 46, said") cost their
 * number squared; no article states more than a few dozen.
 */
#define BIRTHS_MAX 256

/* Append b to the list, growing it (past BIRTHS_MAX, b is left out). */
static int births_push(errata__birth **list, size_t *n, size_t *alloc, const errata__birth *b)
{
	if (*n >= BIRTHS_MAX)
		return 0;
	if (*n == *alloc) {
		size_t na = *alloc ? *alloc * 2 : 8;
		errata__birth *grown = realloc(*list, na * sizeof(*grown));

		if (!grown)
			return errata__oom();
		*list = grown;
		*alloc = na;
	}
	(*list)[(*n)++] = *b;
	return 0;
}

/* The births in Han, kana and Hangul: every word of born_after and of born there. */
static int wide_births(const errata__words *w, const char *p, size_t len,
                       const errata_mentions *mentions, errata__birth **list, size_t *n,
                       size_t *alloc)
{
	const errata__wordlist *lists[2] = { &w->born_after, &w->born };
	int error = 0;

	for (int l = 0; l < 2 && !error; l++)
		for (size_t k = 0; k < lists[l]->count && !error; k++) {
			const errata__word *x = &lists[l]->items[k];
			const char *hit;

			if (!errata__wide_script_at(x->word, x->len, 0))
				continue;
			for (size_t i = 0; !error && i < len && (hit = errata__memmem(p + i, len - i, x->word, x->len));
			     i = (size_t)(hit - p) + x->len) {
				size_t at = (size_t)(hit - p), y;
				errata__birth b;

				/* "生于" inside "出生于": the longer word's */
				for (y = 0; y < lists[l]->count; y++) {
					const errata__word *o = &lists[l]->items[y];

					if (o->len > x->len && o->len <= at + x->len &&
					    memcmp(p + at + x->len - o->len, o->word, o->len) == 0)
						break;
				}
				if (y == lists[l]->count && wide_birth(w, p, len, mentions, at, x->len, l, &b))
					error = births_push(list, n, alloc, &b);
			}
		}
	return error;
}

/*
 * Whether a word of born_verbs at i, a verb with no copula, closes its
 * clause, or a place follows it ("… 8-án született.", "született
 * Debrecenben,"): not a participle before its noun ("1990-ben született
 * fia", his son born in 1990).
 */
static int born_verb_closes(const errata__words *w, const char *p, size_t len, size_t i)
{
	size_t n = errata__words_match(&w->born_verbs, p, len, i, NULL), k;

	if (!n || errata__is_word_byte(p, len, i + n))
		return 0;
	k = errata__skip_space(p, len, i + n);
	return k >= len || p[k] == '.' || p[k] == ',' || p[k] == ';' || is_capital(p, len, k);
}

/*
 * A birth whose verb comes last ("Sabine Krüger wurde am 12. Januar 1983
 * in Kiel geboren", "Jan de Vries werd in 1983 geboren"): before the
 * word of born at i, up to four words (a place, or whose child: "als
 * Sohn eines Metzgers"), the year (a date
 * mention that writes it, or four digits), up to two words ("am", "im
 * Jahr") and a copula, or none before a word of born_verbs that closes
 * its clause (born_verb_closes(): "Bakó Lajos 1941. május 8-án
 * született"). Fills b's date and returns where the copula starts, or
 * the date when there is none; 0 when there is no such birth.
 */
static size_t birth_before(const errata__words *w, const char *p, size_t len,
                           const errata_mentions *mentions, size_t i, errata__birth *b)
{
	size_t k = back_space(p, i), ys = 0, ws, mcount = mentions ? errata_mentions_count(mentions) : 0;

	if (!w->copulas.count && !w->born_verbs.count)
		return 0;
	for (int words = 0; words <= 4 && k > 0 && !ys; words++) {
		size_t mi = errata__mention_at(mentions, k);
		const errata_mention *m = mi > 0 && mi <= mcount ? errata_mentions_get(mentions, mi - 1) : NULL;

		if (m && m->offset + m->length == k && (m->flags & ERRATA_MENTION_YEAR_EXPLICIT) &&
		    m->year > 0) {
			b->year = m->year;
			if (errata_date_valid(m->year, m->month, m->day)) {
				b->month = m->month;
				b->day = m->day;
			}
			ys = m->offset;
		} else if (k >= 4 && (b->year = errata__read_year(p, len, k - 4)) > 0) {
			ys = k - 4;
		} else if (k >= 2 && (p[k - 1] == '-' || p[k - 1] == '\'') && errata__is_word_byte(p, len, k - 2)) {
			k--; /* a case ending joined to the date: "8-án", "1938'de" */
		} else {
			ws = word_start_before(p, len, k);
			if (ws == k)
				return 0; /* a comma or a stop: another clause */
			k = back_space(p, ws);
		}
	}
	if (!ys)
		return 0;
	if (born_verb_closes(w, p, len, i)) {
		/* "Bakó Lajos 1941. május 8-án született Debrecenben.": past a
		 * year written before the month, outside the mention */
		k = back_space(p, ys);
		if (k >= 5 && p[k - 1] == '.' && errata__read_year(p, len, k - 5) > 0 &&
		    (k == 5 || !errata__is_word_byte(p, len, k - 6)))
			ys = k - 5;
		return ys;
	}
	k = back_space(p, ys);
	for (int words = 0; words <= 2 && k > 0; words++) {
		ws = word_start_before(p, len, k);
		if (ws == k)
			break;
		if (errata__words_match(&w->copulas, p, len, ws, NULL) == k - ws)
			return ws;
		k = back_space(p, ws);
	}
	b->year = b->month = b->day = 0;
	return 0;
}

/*
 * A name set off by commas before a birth's verb, `end` just after the
 * second comma: "The new conductor, Ilse Marten, was born", or the name
 * before a description set off so, "Ilse Marten, a conductor, was
 * born" (lower-case words, at most 48 bytes; not an age, "Name, 52,
 * was born in a house built in 1920"). 0 with *name_len 0 when
 * there is none.
 */
static size_t apposed_name(const errata__words *w, const char *p, size_t len, size_t end,
                           size_t *name_len)
{
	size_t nm, k;

	*name_len = 0;
	if (end == 0 || p[end - 1] != ',')
		return 0;
	nm = errata__name_before(w, p, len, end - 1, name_len);
	if (*name_len) {
		k = back_space(p, nm);
		if (k > 0 && p[k - 1] == ',')
			return nm; /* "The new conductor, Ilse Marten," */
		*name_len = 0;
		return 0;
	}
	/* ", a conductor,": back to the comma before the description */
	for (k = end - 1; k > 0 && end - k <= 48; k--) {
		if (p[k - 1] == ',')
			return errata__name_before(w, p, len, k - 1, name_len);
		if (p[k - 1] == '.' || p[k - 1] == ';' || p[k - 1] == '\n' || p[k - 1] == '(' ||
		    (p[k - 1] >= 'A' && p[k - 1] <= 'Z') || (p[k - 1] >= '0' && p[k - 1] <= '9'))
			return 0; /* a sentence's end, a name, or a number ("Name, 52, was born") */
	}
	return 0;
}

/*
 * The name before a place set off by commas: for the name nm (*nl
 * bytes, one word) after ", of " or another short lower-case word after
 * a comma ("Ruth Ellingham, of Dunedin, who was born", "Juan Pérez, de
 * Sevilla, que nació"), the full name (two words or more) before that
 * comma; else nm itself.
 */
static size_t past_place(const errata__words *w, const char *p, size_t len, size_t nm, size_t *nl)
{
	size_t e = back_space(p, nm), ws = e, pn, pl;

	while (ws > 0 && p[ws - 1] >= 'a' && p[ws - 1] <= 'z')
		ws--;
	if (ws == e || e - ws > 4 || back_space(p, ws) == 0 || p[back_space(p, ws) - 1] != ',' ||
	    memchr(p + nm, ' ', *nl))
		return nm; /* a place of one word */
	pn = errata__name_before(w, p, len, back_space(p, ws) - 1, &pl);
	if (!pl || !memchr(p + pn, ' ', pl))
		return nm; /* a full name before it: "Tom, and Ann Lee" is two people */
	*nl = pl;
	return pn;
}

/*
 * Past a birthplace at c, after the date of a birth that opens its
 * sentence ("Born on June 2, 1941, in Leeds, Margaret Hale", "Née le 2
 * juin 1941 à Brest, Marguerite"), past a word of year_units or an
 * abbreviation of two letters at most after the year ("1941 года", "1941
 * r."): a comma or not, a word of place_preps and one to three
 * capitalised words. Returns where it ends (past spaces), or where the
 * year's word ends when there is none.
 */
static size_t birthplace_after(const errata__words *w, const char *p, size_t len, size_t c)
{
	size_t a, n, k, e, we = word_end(p, len, c);

	/* the year's word or its abbreviation first: "2 июня 1941 года в Туле", "1941 r. w Lublinie" */
	if (we > c && ((we < len && p[we] == '.' && we - c <= 2 * 2 &&
	                errata__words_match(&w->abbreviations, p, len, c, NULL) == we - c) ||
	               errata__words_match(&w->year_units, p, len, c, NULL) == we - c))
		c = errata__skip_space(p, len, we + (we < len && p[we] == '.'));
	a = c < len && p[c] == ',' ? errata__skip_space(p, len, c + 1) : c;
	e = c;

	if (a >= len || !(n = errata__words_match(&w->place_preps, p, len, a, NULL)) ||
	    a + n >= len || p[a + n] != ' ')
		return c;
	k = a + n + 1;
	for (int words = 0; words < 3 && k < len && is_capital(p, len, k); words++) {
		size_t pe = word_end(p, len, k);

		if (pe == k)
			break;
		e = pe;
		if (pe >= len || p[pe] != ' ')
			break;
		k = pe + 1;
	}
	return e == c ? c : errata__skip_space(p, len, e);
}

/* The length of a possessive "'s" or "’s" that ends at e, or 0. */
static size_t possessive_before(const char *p, size_t e)
{
	if (e < 3 || p[e - 1] != 's')
		return 0;
	if (p[e - 2] == '\'')
		return 2;
	return e >= 5 && memcmp(p + e - 4, "\xe2\x80\x99", 3) == 0 ? 4 : 0;
}

/* Whether byte i lies in a date mention ("June" of "June 2, 1981"). */
static int in_mention(const errata_mentions *mentions, size_t i)
{
	size_t mi = errata__mention_at(mentions, i + 1), count = mentions ? errata_mentions_count(mentions) : 0;

	if (mi == 0 || mi > count)
		return 0;
	return errata_mentions_get(mentions, mi - 1)->offset + errata_mentions_get(mentions, mi - 1)->length > i;
}

/*
 * Whether the word at i is followed by a year, a space between: a month
 * before its year ("in September 1974", which no date mention holds) or
 * an event's name ("Expo 1967"), no person.
 */
static int year_after_word(const char *p, size_t len, size_t i)
{
	size_t we = word_end(p, len, i);

	return we + 5 <= len && p[we] == ' ' && errata__read_year(p, len, we + 1) > 0;
}

/*
 * Past a word that may open an age set off after a name, at j: one of
 * age_words or a phrase of age_is of value 2 ("Mrs Osei, now 70,",
 * "Lee, aged 61,"); j when none.
 */
static size_t past_age_word(const errata__words *w, const char *p, size_t len, size_t j)
{
	size_t n;
	int value = 0;

	if (j >= len)
		return j;
	if (!(n = errata__words_match(&w->age_words, p, len, j, NULL)) &&
	    (!(n = errata__words_match(&w->age_is, p, len, j, &value)) || !(value & 2)))
		return j;
	return errata__skip_space(p, len, j + n);
}

/*
 * The one person a pronoun of the locale at `at` stands for in a birth
 * ("; she was born Aug. 11, 1971", "Born March 19, 1958, she ...",
 * "Geboren wurde sie"): the name given with an age ("Rachel Brennan,
 * 67," "Rachel Brennan (67)"), else a full name before a verb of age_is
 * and its age ("Gertrud Hansen ist 101 Jahre alt"), in the clause before
 * it after a semicolon, or else in the sentence before it in its
 * paragraph, when that text has no other capitalised word past its first
 * but in a date. Returns the name's start, *name_len
 * 0 when there is none.
 */
static size_t pronoun_antecedent(const errata__words *w, const char *p, size_t len,
                                 const errata_mentions *mentions, size_t at, size_t *name_len)
{
	size_t n, ss, se, rs, re, k, found = 0, fl = 0, first;

	*name_len = 0;
	if (!w->pronouns.count || !(n = errata__words_match(&w->pronouns, p, len, at, NULL)) ||
	    errata__is_word_byte(p, len, at + n))
		return 0;
	errata__sentence(w, p, len, at, &ss, &se);
	for (k = at; k > ss && p[k - 1] != ';'; k--)
		;
	if (k > ss) {
		rs = ss;
		re = k - 1;
	} else {
		size_t e = back_space(p, ss), nl = 0;

		if (e == 0)
			return 0;
		for (size_t i = e; i < ss; i++)
			nl += p[i] == '\n';
		if (nl >= 2)
			return 0; /* another paragraph */
		errata__sentence(w, p, len, e - 1, &rs, &re);
		if (re > ss)
			re = ss;
	}
	first = errata__skip_space(p, len, rs);
	while (first < re && !errata__is_word_byte(p, len, first))
		first++;
	for (size_t i = rs; i < re; i++) {
		size_t j, d, nm, nl;

		if (p[i] != ',' && p[i] != '(')
			continue;
		j = errata__skip_space(p, len, i + 1);
		j = past_age_word(w, p, len, j);
		for (d = j; d < re && p[d] >= '0' && p[d] <= '9'; d++)
			;
		if (d == j || d - j > 3 || d >= re || (p[d] != ',' && p[d] != ')'))
			continue;
		nm = errata__name_before(w, p, len, i, &nl);
		if (!nl || nm < rs || (found && (fl != nl || memcmp(p + found, p + nm, nl) != 0)))
			return 0;
		found = nm;
		fl = nl;
	}
	/* or the name before a verb of age_is and its age: "Gertrud Hansen
	 * ist 101 Jahre alt", "Rachel Brennan is 67" */
	for (size_t i = rs; !fl && i < re; i = errata__next_word_start(p, len, i + 1, re)) {
		size_t vl, d, nm, nl;

		if (!errata__word_start(p, len, i) || !(vl = errata__words_match(&w->age_is, p, len, i, NULL)))
			continue;
		d = errata__skip_space(p, len, i + vl);
		if (d >= re || p[d] < '0' || p[d] > '9')
			continue;
		nm = errata__name_before(w, p, len, i, &nl);
		if (nl && nm >= rs && memchr(p + nm, ' ', nl)) {
			found = nm;
			fl = nl;
		}
	}
	if (!fl)
		return 0;
	/* nobody else named there (where every noun is capitalised, a
	 * capitalised word alone is a noun: "ist 101 Jahre alt") */
	for (size_t i = first + 1; i < re; i++) {
		size_t we, nx;

		if (!errata__word_start(p, len, i) || !is_capital(p, len, i) || (i >= found && i < found + fl) ||
		    in_mention(mentions, i) || year_after_word(p, len, i))
			continue;
		if (w->nouns_capitalized) {
			for (we = i; we < re && errata__is_word_byte(p, len, we); we++)
				;
			nx = errata__skip_space(p, len, we);
			if (nx >= re || nx == we || !is_capital(p, len, nx))
				continue;
		}
		return 0;
	}
	*name_len = fl;
	return found;
}

size_t errata__birth_before(const errata__words *w, const char *text, size_t len,
                            const errata_mentions *mentions, size_t i, errata__birth *b)
{
	return birth_before(w, text, len, mentions, i, b);
}

int errata__article_births(const errata__words *w, const char *p, size_t len,
                           const errata_mentions *mentions,
                           errata__birth **out, size_t *count)
{
	errata__birth *list = NULL;
	size_t n = 0, alloc = 0, mcount = mentions ? errata_mentions_count(mentions) : 0;
	int error = 0;
	errata__starts_walk walk;

	*out = NULL;
	*count = 0;
	if (w->born_after.count && (error = wide_births(w, p, len, mentions, &list, &n, &alloc)) < 0)
		goto cleanup;
	if (!w->born.count)
		goto cleanup;
	errata__starts_walk_begin(&walk, &w->born_starts, p, len);
	for (size_t i, from = 0, bl; (i = errata__starts_walk_next(&walk, from)) < len;
	     from = i + 1) {
		size_t e, nm, nl, mi, lim, yend = 0, c, c2, n2, stop;
		errata__birth b;

		if (!(bl = errata__words_match(&w->born, p, len, i, NULL)) ||
		    ((unsigned char)p[i] >= 0x80 && errata__wide_script_at(p, len, i)))
			continue; /* none, or one in Han, kana or Hangul: wide_births() */
		memset(&b, 0, sizeof(b));
		if ((c = birth_before(w, p, len, mentions, i, &b)) > 0) {
			nm = errata__name_before(w, p, len, back_space(p, c), &nl);
			if (!nl)
				nm = apposed_name(w, p, len, back_space(p, c), &nl);
			goto found;
		}
		lim = i + bl + 32 < len ? i + bl + 32 : len;
		mi = errata__mention_at(mentions, i + bl);
		/* a year written before the first date, or else that date: "(born 1969) won
		 * the seat on March 3, 2010" is born in 1969 */
		stop = mi < mcount && errata_mentions_get(mentions, mi)->offset < lim ?
		       errata_mentions_get(mentions, mi)->offset : len;
		for (size_t k = i + bl; !b.year && k < lim; k++) {
			const errata_mention *m = k == stop ? errata_mentions_get(mentions, mi) : NULL;

			if ((p[k] == '.' || p[k] == ';' || p[k] == ')') && k < stop && stop < lim) {
				k = stop - 1; /* no year here, but the date: "born in St. Louis on …" */
				continue;
			}
			if (p[k] == '.' || p[k] == ';' || p[k] == ')')
				break;
			if (m && (m->flags & ERRATA_MENTION_YEAR_EXPLICIT) &&
			    errata_date_valid(m->year, m->month, m->day)) {
				b.year = m->year;
				b.month = m->month;
				b.day = m->day;
				yend = m->offset + m->length;
			} else if ((b.year = errata__read_year(p, len, k)) != 0) {
				yend = k + 4;
			}
		}
		if (!b.year)
			continue;
		/* the name before: "NAME, born", "NAME (born", "NAME was born", "NAME, who was born" */
		e = back_space(p, i);
		/* "Osei's date of birth as May 7, 1997": a possessive */
		if (e < i && (c = possessive_before(p, e)) > 0 &&
		    (nm = errata__name_before(w, p, len, e - c, &nl)) + nl == e - c && nl)
			goto found;
		if (e > 0 && (p[e - 1] == ',' || p[e - 1] == '(')) {
			e--;
		} else {
			size_t ws = word_start_before(p, len, e);
			/* a word of born_verbs is the verb itself: "Jonas Berg föddes 1983",
			 * "Marek Zieliński urodził się w 1979 r." */
			int copula = errata__words_match(&w->born_verbs, p, len, i, NULL) == bl;

			if (!copula && ws < e && errata__words_match(&w->copulas, p, len, ws, NULL) == e - ws) {
				e = ws;
				copula = 1;
				ws = word_start_before(p, len, back_space(p, e));
			}
			if ((c = relative_comma(w, p, len, ws, back_space(p, e))) > 0) {
				e = c; /* "NAME, who was born", "NAME, que nació" */
			} else if (!copula) {
				/* "Born in 1985, NAME ...": the name after, or the one a pronoun stands for */
				if (!sentence_start(p, i))
					continue;
				/* "Geboren wurde sie am 4. Oktober 1925": the born word
				 * first, a copula and the pronoun after it */
				c = errata__skip_space(p, len, i + bl);
				if ((n2 = errata__words_match(&w->copulas, p, len, c, NULL)) > 0) {
					nm = pronoun_antecedent(w, p, len, mentions,
					                        errata__skip_space(p, len, c + n2), &nl);
					if (nl)
						goto found;
				}
				c = birthplace_after(w, p, len, errata__skip_space(p, len, yend));
				if (c >= len || p[c] != ',')
					continue;
				nm = errata__name_after(w, p, len, c + 1, &nl);
				/* the verb before its subject, or an article of
				 * name_articles: "Geboren am 2. Juni 1941, starb Grete
				 * Janssen", "Γεννημένη το 1941, η Μαρία Παππά" */
				c2 = errata__skip_space(p, len, c + 1);
				if (!nl && ((n2 = errata__words_match(&w->death_verbs, p, len, c2, NULL)) > 0 ||
				            (n2 = errata__words_match(&w->copulas, p, len, c2, NULL)) > 0 ||
				            (n2 = errata__words_match(&w->name_articles, p, len, c2, NULL)) > 0) &&
				    c2 + n2 < len && p[c2 + n2] == ' ') {
					nm = errata__name_after(w, p, len, c2 + n2 + 1, &nl);
					if (nl && (nm != c2 + n2 + 1 || !memchr(p + nm, ' ', nl)))
						nl = 0; /* right after the verb, of two words or more */
				}
				if (!nl)
					nm = pronoun_antecedent(w, p, len, mentions, errata__skip_space(p, len, c + 1), &nl);
				/* "Born in 1950, Alice Pryce's daughter": the name's owner was not born so */
				if (nl && nm + nl < len && (p[nm + nl] == '\'' ||
				                            (nm + nl + 3 <= len && !memcmp(p + nm + nl, "\xe2\x80\x99", 3))))
					continue;
				if (nl)
					goto found;
				continue;
			} else {
				/* "Rachel Brennan, 67, ...; she was born" */
				nm = pronoun_antecedent(w, p, len, mentions, ws, &nl);
				if (nl)
					goto found;
			}
		}
		nm = errata__name_before(w, p, len, e, &nl);
		if (!nl && e > 0)
			nm = apposed_name(w, p, len, back_space(p, e), &nl);
		else if (nl)
			nm = past_place(w, p, len, nm, &nl);
found:
		if (!nl)
			continue;
		b.name = nm;
		b.name_len = nl;
		if ((error = births_push(&list, &n, &alloc, &b)) < 0)
			goto cleanup;
	}

cleanup:
	if (error < 0) {
		free(list);
		return error;
	}
	*out = list;
	*count = n;
	return 0;
}

/* Whether a[0..n) and b[0..n) are the same name, a line break matching a space. */
static int same_name(const char *a, const char *b, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (a[i] != b[i] && !((a[i] == ' ' || a[i] == '\n') && (b[i] == ' ' || b[i] == '\n')))
			return 0;
	return 1;
}

/*
 * Whether [s, s+n) names the person born b: the whole name, or its first
 * or last word. A name in Han, kana or Hangul has no words: a run that
 * starts where its letters start (run_start) may be its tail of two
 * characters or more ("李强" for "国务院总理李强"), so that "山田太郎"
 * is not read as "田中太郎" through "太郎". Returns 1 for a whole name or
 * a word of it, 2 for such a tail, 0 otherwise.
 */
static int names_birth(const char *p, const errata__birth *b, const char *s, size_t n,
                       int run_start)
{
	const char *name = p + b->name;
	size_t sp;

	if (n == b->name_len && same_name(name, s, n))
		return 1;
	if (n < b->name_len && (unsigned char)name[0] >= 0x80 &&
	    errata__wide_script_at(name, b->name_len, 0)) {
		sp = b->name_len - n;
		return run_start && ((unsigned char)s[0] & 0xc0) != 0x80 &&
		       memcmp(name + sp, s, n) == 0 && two_chars(s, n, 0, n) ? 2 : 0;
	}
	if (n < b->name_len && same_name(name, s, n) && (name[n] == ' ' || name[n] == '\n'))
		return 1;
	sp = b->name_len - n;
	if (n < b->name_len && same_name(name + sp, s, n) &&
	    (name[sp - 1] == ' ' || name[sp - 1] == '\n'))
		return 1;
	return 0;
}

/*
 * Whether the word g of n bytes, right before a tail of a run that names
 * the person born b by a word of b's name, is another given name: b's
 * name has two words or more, none of them g, and g is written like a
 * name of four letters or more, a capital and a letter in lower case
 * after it ("Ruth Hale, 58," is not "Tom Hale"; "Mr Hale" is). A title
 * of four letters or more before the surname reads the same way and
 * keeps it quiet too ("Senator Hale, 58,"): no table tells titles from
 * given names.
 */
static int other_given_name(const char *p, const errata__birth *b, const char *g, size_t n)
{
	const char *name = p + b->name;
	size_t i = 0;

	/* (three letters at most may be a title: "Mr Hale", "Sen. Hale") */
	if (n < 4 || !memchr(name, ' ', b->name_len) || g[0] < 'A' || g[0] > 'Z' || g[1] < 'a' || g[1] > 'z')
		return 0;
	while (i < b->name_len) {
		size_t e = i;

		while (e < b->name_len && name[e] != ' ' && name[e] != '\n')
			e++;
		if (e - i == n && errata__same_folded(name + i, g, n))
			return 0; /* "De Vries" for "Jan de Vries" */
		i = e + 1;
	}
	return 1;
}

static void set_date(int *to, const errata__fact_date *d)
{
	to[0] = d->year;
	to[1] = d->month;
	to[2] = d->day;
}

int errata__person_find(const struct errata_facts *facts,
                        const errata__birth *births, size_t birth_count,
                        const char *p, size_t at, size_t n, errata__person *out)
{
	size_t starts[16], ends[16], tokens = 0, i = 0, k = 0;
	/* the run with its white space (a soft line break too) as single spaces */
	char run[256];
	/* the run starts where its letters do: not inside a run of Han, kana or Hangul */
	int run_start = at == 0 || !errata__wide_script_at(p, at, errata__utf8_char_before(p, at));

	memset(out, 0, sizeof(*out));
	if (n >= sizeof(run))
		return 0;
	while (i < n) {
		if (p[at + i] == ' ' || p[at + i] == '\n' || p[at + i] == '\t') {
			run[k++] = ' ';
			while (i < n && (p[at + i] == ' ' || p[at + i] == '\n' || p[at + i] == '\t'))
				i++;
		} else {
			run[k++] = p[at + i++];
		}
	}
	n = k;
	/* split the run into tokens at spaces */
	i = 0;
	while (i < n && tokens < 16) {
		starts[tokens] = i;
		while (i < n && run[i] != ' ')
			i++;
		ends[tokens++] = i;
		while (i < n && run[i] == ' ')
			i++;
	}
	for (size_t width = tokens; width > 0; width--) {
		int found = 0;
		errata__person who;

		memset(&who, 0, sizeof(who));
		/* the run's tails only: "President Lee" is Lee, "Kofi Mensah" is not Kofi */
		for (size_t t = tokens - width; t + width <= tokens; t++) {
			const char *s = run + starts[t];
			size_t sl = ends[t + width - 1] - starts[t];
			int tail = 0;

			for (size_t b = 0; b < birth_count; b++) {
				int named = names_birth(p, &births[b], s, sl, run_start && t == 0);

				if (!named || (t > 0 && other_given_name(p, &births[b], run + starts[t - 1],
				                                          ends[t - 1] - starts[t - 1])))
					continue;
				if (found && (who.entity || who.name_len != births[b].name_len ||
				              !same_name(who.name, p + births[b].name, who.name_len) ||
				              who.born[0] != births[b].year ||
				              (who.born[1] && births[b].month && who.born[1] != births[b].month) ||
				              (who.born[2] && births[b].day && who.born[2] != births[b].day)))
					return 0; /* two people answer to this name */
				/* the same person, born as stated again: keep the fuller date */
				if (found && who.born[1] && !births[b].month)
					continue;
				if (found && who.born[2] && !births[b].day)
					continue;
				found = 1;
				who.name = p + births[b].name;
				who.name_len = births[b].name_len;
				who.born[0] = births[b].year;
				who.born[1] = births[b].month;
				who.born[2] = births[b].day;
				tail = named == 2;
			}
			/* a tail of the name the birth gave ("李强"): the name as written here */
			if (found && tail && sl <= n - starts[t] && memcmp(p + at + starts[t], s, sl) == 0) {
				who.name = p + at + starts[t];
				who.name_len = sl;
			}
			if (found)
				continue; /* the article outranks the sheet */
			/* the sheet's entities of that name, each once: two are ambiguous */
			{
				const errata__fact_entity *named[2];
				size_t nnamed = errata__facts_named(facts, s, sl, named, 2);

				if (nnamed > 1)
					return 0;
				if (nnamed == 1) {
					who.entity = named[0];
					who.name = named[0]->name;
					who.name_len = strlen(named[0]->name);
					set_date(who.born, &named[0]->born);
					set_date(who.died, &named[0]->died);
					set_date(who.founded, &named[0]->founded);
					found = 1;
				}
			}
		}
		if (found) {
			*out = who;
			return 1;
		}
	}
	return 0;
}

int errata__births_read(errata__births *b, const errata__words *w, const char *text, size_t len,
                        const errata_mentions *mentions)
{
	int error;

	if (b->read)
		return 0;
	if ((error = errata__article_births(w, text, len, mentions, &b->list, &b->count)) < 0)
		return error;
	b->read = 1;
	return 0;
}

void errata__births_dispose(errata__births *b)
{
	free(b->list);
	b->list = NULL;
	b->count = 0;
	b->read = 0;
}
