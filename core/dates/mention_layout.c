/*
 * mention_layout.c: the layout around a date: paragraphs (blank lines),
 * blocks of the text as written (list items, headings, table rows, HTML
 * block tags) and the cells of a table row. A parse never reaches over a
 * paragraph break, a weekday and its date may stand in adjacent cells,
 * and year inference lets a written date anchor only its own block.
 */
#include "mention_impl.h"

#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "common.h"

/*
 * List the blank lines of s (each pair of newlines with only spaces, tabs
 * and carriage returns between them, so pairs may share a newline) into a
 * new array in *out; *out stays NULL when there is no memory (the callers
 * then scan instead).
 */
static void list_blank_lines(const char *s, size_t len, blank_line **out, size_t *n)
{
	blank_line *v = NULL;
	size_t cap = 0, count = 0;
	const char *nl = len ? memchr(s, '\n', len) : NULL;

	*out = NULL;
	*n = 0;
	while (nl) {
		/* from each newline, over blanks to the next newline, if that is all */
		size_t i = (size_t)(nl - s), k = i + 1;

		while (k < len && (s[k] == ' ' || s[k] == '\t' || s[k] == '\r'))
			k++;
		if (k < len && s[k] == '\n') {
			if (count == cap) {
				size_t ncap = cap ? cap * 2 : 64;
				blank_line *nv = realloc(v, ncap * sizeof(*nv));

				if (!nv) {
					free(v);
					return;
				}
				v = nv;
				cap = ncap;
			}
			v[count].first = i;
			v[count].second = k;
			count++;
			nl = s + k;
		} else {
			nl = k < len ? memchr(s + k, '\n', len - k) : NULL;
		}
	}
	if (!v)
		v = malloc(sizeof(*v)); /* no blank line: an empty list, not a scan */
	*out = v;
	*n = count;
}

/* Whether text[from..to) holds a blank line, by a scan from newline to
 * newline. */
static int blank_line_in(const ctx *c, size_t from, size_t to)
{
	const char *s = c->s, *nl = from < to ? memchr(s + from, '\n', to - from) : NULL;

	while (nl) {
		size_t k = (size_t)(nl - s) + 1;

		while (k < to && (s[k] == ' ' || s[k] == '\t' || s[k] == '\r'))
			k++;
		if (k < to && s[k] == '\n')
			return 1;
		nl = k < to ? memchr(s + k, '\n', to - k) : NULL;
	}
	return 0;
}

/* How far a scan looks for a blank line before the listed ones are asked. */
#define NEAR_SCAN 1024

/*
 * Whether text[from..to) holds a blank line (a paragraph break). Spans
 * within a parse are short and scanned; year inference asks about spans
 * of any length, and for those a break soon after from is scanned for,
 * else the blank lines are listed (once) and binary-searched.
 */
int errata__crosses_paragraph_at(const ctx *c, size_t from, size_t to)
{
	blank_list *bl = c->blanks;

	if (to > c->len)
		to = c->len;
	if (from >= to)
		return 0;
	if (!bl->wanted || to - from <= NEAR_SCAN)
		return blank_line_in(c, from, to);
	if (blank_line_in(c, from, from + NEAR_SCAN))
		return 1;
	if (!bl->listed) {
		list_blank_lines(c->s, bl->upto < c->len ? bl->upto : c->len, &bl->v, &bl->n);
		bl->listed = 1;
	}
	if (bl->v) {
		size_t lo = 0, hi = bl->n;

		/* the first blank line that starts at or after from */
		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;

			if (bl->v[mid].first < from)
				lo = mid + 1;
			else
				hi = mid;
		}
		return lo < bl->n && bl->v[lo].second < to;
	}
	return blank_line_in(c, from, to);
}

/*
 * Whether the line of the text as written that starts at pos (the byte
 * after a newline) opens a block of its own: a blank line, a list item
 * ("- ", "* ", "+ ", "• ", "1. ", "2) "), a heading ("#"), a table row
 * ("|") or a quotation (">").
 */
static int line_opens_block(const char *s, size_t len, size_t pos)
{
	size_t p;

	while (pos < len && (s[pos] == ' ' || s[pos] == '\t'))
		pos++;
	if (pos >= len)
		return 1;
	switch (s[pos]) {
	case '\n': case '\r': case '#': case '|': case '>':
		return 1;
	case '-': case '*': case '+':
		return pos + 1 < len && (s[pos + 1] == ' ' || s[pos + 1] == '\t');
	default:
		break;
	}
	if (pos + 2 < len && (unsigned char)s[pos] == 0xe2 && (unsigned char)s[pos + 1] == 0x80 &&
	    (unsigned char)s[pos + 2] == 0xa2)
		return 1;
	for (p = pos; p < len && p - pos < 3 && s[p] >= '0' && s[p] <= '9'; p++)
		;
	return p > pos && p + 1 < len && (s[p] == '.' || s[p] == ')') &&
	       (s[p + 1] == ' ' || s[p + 1] == '\t');
}

/* Whether an HTML tag that opens or closes a block starts at s[pos] ('<'):
 * p, li, tr, h1-h6, div, br, ul, ol, dt, dd, table, blockquote, section. */
static int block_tag_at(const char *s, size_t len, size_t pos)
{
	static const char *const tags[] = {
		"p", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "div", "br", "ul", "ol",
		"dt", "dd", "table", "blockquote", "section", "article", "header", "footer", "hr"
	};
	size_t p = pos + 1, n = 0;

	if (p < len && s[p] == '/')
		p++;
	while (p + n < len && n < 12 && (ascii_letter((unsigned char)s[p + n]) ||
	                                 (n > 0 && s[p + n] >= '1' && s[p + n] <= '6')))
		n++;
	if (!n || (p + n < len && s[p + n] != '>' && s[p + n] != ' ' && s[p + n] != '/' &&
	           s[p + n] != '\t' && s[p + n] != '\n'))
		return 0;
	for (size_t i = 0; i < sizeof(tags) / sizeof(tags[0]); i++)
		if (strlen(tags[i]) == n && errata__strncasecmp_ascii(s + p, tags[i], n) == 0)
			return 1;
	return 0;
}

/*
 * Whether raw text [from, to) holds the start of another block: a line
 * that opens one (see line_opens_block()) or an HTML block tag. Year
 * inference lets a written date anchor the dates after it only within
 * its block.
 */
int errata__block_break_at(const ctx *c, size_t from, size_t to)
{
	const char *s = c->raw, *nl, *lt;

	if (to > c->len)
		to = c->len;
	if (from >= to)
		return 0;
	/* only newlines and '<' can open a block: the lines first, from one
	 * newline to the next (a blank line soon ends most spans asked about),
	 * then the HTML tags */
	for (nl = memchr(s + from, '\n', to - from); nl;) {
		size_t i = (size_t)(nl - s);

		if (line_opens_block(s, c->len, i + 1))
			return 1;
		nl = i + 1 < to ? memchr(s + i + 1, '\n', to - i - 1) : NULL;
	}
	for (lt = memchr(s + from, '<', to - from); lt;) {
		size_t i = (size_t)(lt - s);

		if (block_tag_at(s, c->len, i))
			return 1;
		lt = i + 1 < to ? memchr(s + i + 1, '<', to - i - 1) : NULL;
	}
	return 0;
}

/*
 * Whether raw text [a, b) separates two cells of one table row: a "|" of
 * a Markdown or plain-text table, or HTML cell tags ("</td><td>") with
 * no row or other block between them.
 */
int errata__cell_gap(const ctx *c, size_t a, size_t b)
{
	const char *r = c->raw;
	int cell = 0;

	for (size_t i = a; i < b && i < c->len; i++) {
		if (r[i] == '|')
			cell = 1;
		else if (r[i] == '<' && i + 3 < c->len && (r[i + 1] == '/' || ascii_letter((unsigned char)r[i + 1]))) {
			size_t k = r[i + 1] == '/' ? i + 2 : i + 1;

			if ((r[k] | 32) == 't' && ((r[k + 1] | 32) == 'd' || (r[k + 1] | 32) == 'h'))
				cell = 1;
			else if (block_tag_at(r, c->len, i))
				return 0;
		} else if (r[i] == '\n' && line_opens_block(r, c->len, i + 1) && r[i + 1] != '<') {
			return 0;
		}
	}
	return cell;
}

/* The start of the line that holds pos, or floor if it starts before
 * (back sixteen or eight bytes at a time while none of them is a
 * newline; the sixteen that hold one tell where it is). */
static size_t line_start_from(const char *s, size_t pos, size_t floor)
{
	const uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;

#if defined(__SSE2__) && defined(__GNUC__)
	while (pos - floor >= 16) {
		unsigned int nl = (unsigned int)_mm_movemask_epi8(
			_mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(const void *)(s + pos - 16)),
		                       _mm_set1_epi8('\n')));

		/* the last newline of the sixteen bytes ends the line before:
		 * no need to look for it again byte by byte */
		if (nl)
			return pos - 16 + (size_t)(32 - __builtin_clz(nl));
		pos -= 16;
	}
#endif
	while (pos - floor >= 8) {
		uint64_t x;

		memcpy(&x, s + pos - 8, 8);
		x ^= 0x0a * ones; /* a newline byte becomes 0 */
		if ((x - ones) & ~x & high)
			break;
		pos -= 8;
	}
	while (pos > floor && s[pos - 1] != '\n')
		pos--;
	return pos;
}

static size_t line_start(const char *s, size_t pos)
{
	return line_start_from(s, pos, 0);
}

/*
 * The start of the line of the text as written that holds pos: from the
 * last one asked for when pos is at or after it, so that asking for each
 * mention of a long line in turn reads the line once, not once a mention.
 */
static size_t line_start_of(const ctx *c, size_t pos)
{
	line_memo *lm = c->line;
	size_t start;

	if (!lm)
		return line_start(c->raw, pos);
	if (lm->set && lm->at <= pos) {
		start = line_start_from(c->raw, pos, lm->at);
		if (start == lm->at)
			start = lm->start;
	} else {
		start = line_start(c->raw, pos);
	}
	lm->set = 1;
	lm->at = pos;
	lm->start = start;
	return start;
}

enum { LINE_TEXT, LINE_BLANK, LINE_ITEM };

/*
 * What the line of the text as written that starts at pos is: blank, an
 * item of a list ("- ", "* ", "+ ", "• ", "1. ", "2) ") or a table row
 * ("|"), or any other line.
 */
static int line_kind(const char *s, size_t len, size_t pos)
{
	size_t p;

	while (pos < len && (s[pos] == ' ' || s[pos] == '\t'))
		pos++;
	if (pos >= len || s[pos] == '\n' || s[pos] == '\r')
		return LINE_BLANK;
	if (s[pos] == '|')
		return LINE_ITEM;
	if ((s[pos] == '-' || s[pos] == '*' || s[pos] == '+') && pos + 1 < len &&
	    (s[pos + 1] == ' ' || s[pos + 1] == '\t'))
		return LINE_ITEM;
	if (pos + 2 < len && (unsigned char)s[pos] == 0xe2 && (unsigned char)s[pos + 1] == 0x80 &&
	    (unsigned char)s[pos + 2] == 0xa2)
		return LINE_ITEM;
	for (p = pos; p < len && p - pos < 3 && s[p] >= '0' && s[p] <= '9'; p++)
		;
	if (p > pos && p + 1 < len && (s[p] == '.' || s[p] == ')') && (s[p + 1] == ' ' || s[p + 1] == '\t'))
		return LINE_ITEM;
	return LINE_TEXT;
}

/*
 * Whether the line [a, b) reads as a title: short, with no comma, no mark
 * that ends a clause at its end, and five words at most outside brackets
 * ("TOURNÉE 2023", "Calendario scolastico 2024/25 (delibera n. 512)"),
 * not a sentence that the lines after it go on ("We moved in 2017 and
 * close on these days").
 */
static int title_line(const char *s, size_t a, size_t b)
{
	int words = 0, depth = 0;

	if (b - a > 80 || memchr(s + a, ',', b - a) || strchr(".;!?", s[b - 1]))
		return 0;
	for (size_t i = a; i < b; i++) {
		if (s[i] == '(')
			depth++;
		else if (s[i] == ')' && depth > 0)
			depth--;
		else if (!depth && s[i] != ' ' && s[i] != '\t' && (i == a || s[i - 1] == ' ' || s[i - 1] == '\t') &&
		         ++words > 5)
			return 0;
	}
	return 1;
}

/*
 * Four digits at s[i, e) from 1900 to 2199 that stand alone: 1 with the
 * year in *year and the end of the digits in *k; a run of more or fewer
 * digits is no year (*k: its end).
 */
static int four_digit_year(const char *s, size_t i, size_t e, int *year, size_t *k)
{
	int y = 0;
	size_t n = i;

	for (; n < e && ascii_digit((unsigned char)s[n]); n++)
		if (n - i < 4)
			y = y * 10 + (s[n] - '0');
	*k = n;
	*year = y;
	return n - i == 4 && y >= 1900 && y <= 2199;
}

/*
 * A season's second year right after the first one at s[k] (the first
 * one's end): "/26", "-26", "–26", "/2026", "-2026" or "–2026" when it is
 * the year after y. The end of the season, or 0.
 */
static size_t season_end(const char *s, size_t k, size_t e, int y)
{
	size_t p = k, d;
	int v = 0;

	if (p < e && (s[p] == '/' || s[p] == '-'))
		p++;
	else if (p + 2 < e && (unsigned char)s[p] == 0xe2 && (unsigned char)s[p + 1] == 0x80 &&
	         (unsigned char)s[p + 2] == 0x93)
		p += 3;
	else
		return 0;
	for (d = p; d < e && d - p < 5 && ascii_digit((unsigned char)s[d]); d++)
		v = v * 10 + (s[d] - '0');
	if (d < e && (ascii_letter((unsigned char)s[d]) || ascii_digit((unsigned char)s[d])))
		return 0;
	if ((d - p == 2 && v == (y + 1) % 100) || (d - p == 4 && v == y + 1))
		return d;
	return 0;
}

/*
 * The one year that the line [a, b) of the text as written names when it
 * leads a list in: a heading ("# Closing days 2017"), a line in bold
 * ("**2017 schedule**"), a line that ends with a colon ("Sluitingsdagen
 * 2017 op een rijtje:") or, with plain, a title (title_line()), or any
 * line with plain 2 (the text's headline, errata__heading_year()); the year
 * is four digits from 1900 to 2199 that stand alone (not "2017-2018" or
 * "v2017"), or the first year of a season ("2025/26", "2024–2025"), when
 * *season is set. 0 when the line is no lead-in or names no year or more
 * than one.
 */
static int lead_in_year(const char *s, size_t a, size_t b, int plain, int *season)
{
	size_t p = a, e = b;
	int year = 0, lead;

	*season = 0;
	while (p < e && (s[p] == ' ' || s[p] == '\t'))
		p++;
	while (e > p && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r'))
		e--;
	if (e - p < 5)
		return 0;
	lead = s[p] == '#' || s[e - 1] == ':' ||
	       (e - p >= 4 && ((s[p] == '*' && s[p + 1] == '*' && s[e - 2] == '*' && s[e - 1] == '*') ||
	                       (s[p] == '_' && s[p + 1] == '_' && s[e - 2] == '_' && s[e - 1] == '_')));
	if (!lead && !(plain == 2 || (plain && title_line(s, p, e))))
		return 0;
	for (size_t i = p; i < e; i++) {
		size_t k, send;
		int y;

		if (!ascii_digit((unsigned char)s[i]))
			continue;
		if (four_digit_year(s, i, e, &y, &k) &&
		    /* nothing glued before: a letter, or a digit across "/", "-", "." */
		    !(i > a && (ascii_letter((unsigned char)s[i - 1]) ||
		                ((s[i - 1] == '/' || s[i - 1] == '-' || s[i - 1] == '.') && i - 1 > a &&
		                 ascii_digit((unsigned char)s[i - 2]))))) {
			if ((send = season_end(s, k, e, y)) != 0) {
				if (year && (year != y || !*season))
					return 0;
				year = y;
				*season = 1;
				k = send;
			} else if (!(k < e && (ascii_letter((unsigned char)s[k]) ||
			                       ((s[k] == '/' || s[k] == '-' || s[k] == '.') && k + 1 < e &&
			                        ascii_digit((unsigned char)s[k + 1]))))) {
				if (year && (year != y || *season))
					return 0;
				year = y;
			}
		}
		i = k;
	}
	return year;
}

static int headline(const ctx *c, int *season);

/*
 * The one year that the nearest Markdown heading above pos names ("# 2026:
 * the year in review"), looking back at most 8 KB of the text as written,
 * else the text's headline: its first line, of 160 bytes at most, with a
 * blank line after it and no full stop at its end ("The year ahead: what
 * 2027 holds for the region"), or the first year of the season it names
 * with *season set ("Skoleåret 2026/2027"); 0 when there is no such
 * heading or it names no year or more than one.
 */
int errata__heading_year(const ctx *c, size_t pos, int *season)
{
	const char *s = c->raw;
	size_t len = c->len, ls = line_start_of(c, pos < len ? pos : len), p = ls;
	size_t lim = p > 8192 ? p - 8192 : 0, e;

	*season = 0;

	while (p > lim) {
		size_t prev = line_start(s, p - 1), q = prev;

		while (q < p && (s[q] == ' ' || s[q] == '\t'))
			q++;
		if (q < p && s[q] == '#')
			return lead_in_year(s, prev, p - 1, 0, season);
		p = prev;
	}
	if (p > 0)
		return 0;
	e = errata__line_end(s, len, 0);
	return e + 2 <= ls ? headline(c, season) : 0;
}

/* The year the text's headline names (errata__headline_year()), or a season's first year and *season set. */
static int headline(const ctx *c, int *season)
{
	const char *s = c->raw;
	size_t e = errata__line_end(s, c->len, 0);

	*season = 0;
	if (e > 160 || e == 0 || e + 2 > c->len || s[e + 1] != '\n' || s[e - 1] == '.')
		return 0;
	return lead_in_year(s, 0, e, 2, season);
}

/*
 * The one year the text's headline names: its first line, of 160 bytes at
 * most, with a blank line after it and no full stop at its end ("The year
 * ahead: what 2027 holds for the region"); 0 when there is none.
 */
int errata__headline_year(const ctx *c)
{
	int season, year = headline(c, &season);

	return season ? 0 : year;
}

/* The end of the run of ASCII letters and bytes outside ASCII at p, not
 * past e: the letters eight at a time (year inference asks entry_line()
 * about the line of nearly every year-less date). */
static size_t word_run_end(const char *s, size_t e, size_t p)
{
	while (p < e) {
		p = errata__ascii_letters_end(s, e, p);
		if (p >= e || !((unsigned char)s[p] & 0x80))
			break;
		while (p < e && ((unsigned char)s[p] & 0x80))
			p++;
	}
	return p;
}

/* Whether an ASCII digit stands in s[from, to) (sixteen bytes at a time where SSE2 is). */
static int digit_in(const char *s, size_t from, size_t to)
{
#if defined(__SSE2__) && defined(__GNUC__)
	/* adding 128 - '0' takes '0'..'9', and no other byte, to the ten lowest int8 values */
	const __m128i shift = _mm_set1_epi8((char)(128 - '0')), ten = _mm_set1_epi8(-128 + 10);

	for (; from + 16 <= to; from += 16) {
		__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + from));

		if (_mm_movemask_epi8(_mm_cmplt_epi8(_mm_add_epi8(x, shift), ten)))
			return 1;
	}
#endif
	for (; from < to; from++)
		if (ascii_digit((unsigned char)s[from]))
			return 1;
	return 0;
}

/*
 * Whether the line that starts at ls opens with a date, as an entry of a
 * listing does: at its start, or after a label and its colon
 * ("Inizio delle lezioni: giovedì 12 settembre"), a number, or one or two
 * words (a weekday, a month, "dal", each with its period or comma) and
 * then a number: "ven. 10/03 – Lille", "Thursday, March 17 - Lyon",
 * "1月24日（除夕）". Only the shape is read, not the words.
 */
static int entry_line(const char *s, size_t len, size_t ls)
{
	/* (only the line's first 64 bytes are read: a label and two words fit) */
	size_t e = len - ls > 64 ? ls + 64 : len, p = ls;
	const char *c;

	/* (each way an entry opens reaches a digit among those bytes: most
	 * lines of prose have none) */
	if (!digit_in(s, ls, e))
		return 0;
	while (p < e && (s[p] == ' ' || s[p] == '\t'))
		p++;
	if (p < e && ascii_digit((unsigned char)s[p]))
		return 1;
	/* a label: a colon and a blank within the first 48 bytes, no line's
	 * or sentence's end before it */
	if ((c = memchr(s + p, ':', e - p < 48 ? e - p : 48)) != NULL && (size_t)(c - s) + 1 < e &&
	    c[1] == ' ' && !memchr(s + p, '.', (size_t)(c - s) - p) &&
	    !memchr(s + p, '\n', (size_t)(c - s) - p)) {
		p = (size_t)(c - s) + 1;
		while (p < e && s[p] == ' ')
			p++;
	}
	for (int words = 0; p < e && !ascii_digit((unsigned char)s[p]); words++) {
		size_t w = p;

		if (words == 2)
			return 0;
		p = word_run_end(s, e, p);
		if (p == w || p - w > 16)
			return 0;
		if (p < e && s[p] == '.')
			p++;
		if (p < e && s[p] == ',')
			p++;
		if (p >= e || s[p] != ' ')
			return 0;
		while (p < e && s[p] == ' ')
			p++;
	}
	return p < e;
}

/* The end of the last line of text of the paragraph that goes on to the line at ls. */
static size_t paragraph_end(const char *s, size_t len, size_t ls)
{
	for (size_t p = ls;;) {
		size_t e = errata__line_end(s, len, p);

		if (e >= len || line_kind(s, len, e + 1) != LINE_TEXT)
			return e;
		p = e + 1;
	}
}

/*
 * Lines that go on a paragraph whose first line is a title naming a year
 * ("TOURNÉE 2023", then "ven. 10/03 – Lille" on the next lines): the
 * lines as a list, when the one at ls (not the title) and the one after
 * the title open with a date (entry_line()). 1 as errata__lead_in()
 * says; 0 with [*from, *to) the lines that are not such a list either:
 * the whole paragraph when its first line leads none in, so that the
 * caller asks once a paragraph, else pos's line up to pos.
 */
static int title_lead(const ctx *c, size_t ls, size_t pos, int *year, int *season,
                      size_t *lead_start, size_t *from, size_t *to)
{
	const char *s = c->raw;
	size_t len = c->len, p = ls, first_end;

	*year = *season = 0;
	*lead_start = *from = ls;
	*to = pos + 1;
	/* (a paragraph's first line, after a blank one, goes on none; then
	 * the line's own shape: most lines of prose open with no date) */
	if (ls < 2 || s[ls - 2] == '\n' || (s[ls - 2] == '\r' && (ls < 3 || s[ls - 3] == '\n')) ||
	    !entry_line(s, len, ls))
		return 0;
	for (int lines = 0; p > 0; lines++) {
		size_t prev = line_start(s, p - 1);

		if (lines == 40)
			return 0;
		if (line_kind(s, len, prev) != LINE_TEXT)
			break;
		p = prev;
	}
	if (p == ls)
		return 0;
	/* (the title and the line after it hold for the whole paragraph) */
	first_end = errata__line_end(s, len, p);
	if (!entry_line(s, len, first_end + 1) || !(*year = lead_in_year(s, p, first_end, 1, season))) {
		*year = *season = 0;
		*from = p;
		*to = paragraph_end(s, len, ls);
		return 0;
	}
	*lead_start = p;
	*from = first_end + 1;
	*to = paragraph_end(s, len, ls);
	return 1;
}

int errata__lead_in(const ctx *c, size_t pos, int *year, int *season, size_t *lead_start,
                    size_t *from, size_t *to)
{
	const char *s = c->raw;
	size_t len = c->len, ls = line_start_of(c, pos < len ? pos : len), p;
	int lead = 1;

	*year = *season = 0;
	*lead_start = *from = ls;
	if (line_kind(s, len, ls) != LINE_ITEM)
		return title_lead(c, ls, pos, year, season, lead_start, from, to);
	*to = errata__line_end(s, len, ls);
	/* back over the list (and blank lines in it) to the line that leads it in */
	p = ls;
	for (;;) {
		size_t prev;

		if (p == 0) {
			/* none: the list is from the start of the text, so that the
			 * caller asks once for it and not once per item, each time
			 * walking back over all the items before */
			*lead_start = *from = 0;
			lead = 0;
			break;
		}
		prev = line_start(s, p - 1);
		if (line_kind(s, len, prev) == LINE_TEXT) {
			*lead_start = prev;
			*from = p;
			*year = lead_in_year(s, prev, p - 1, 1, season);
			break;
		}
		p = prev;
	}
	/* on over the list's items and blank lines to the first other line */
	p = ls;
	for (;;) {
		size_t e = errata__line_end(s, len, p);

		if (e >= len) {
			*to = len;
			break;
		}
		p = e + 1;
		if (line_kind(s, len, p) == LINE_TEXT) {
			*to = p;
			break;
		}
	}
	return lead;
}
