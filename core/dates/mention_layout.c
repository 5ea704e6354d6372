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
int errata__crosses_paragraph(const ctx *c, size_t from, size_t to)
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
int errata__block_break(const ctx *c, size_t from, size_t to)
{
	const char *s = c->raw, *nl, *lt;

	if (to > c->len)
		to = c->len;
	if (from >= to)
		return 0;
	/* only newlines and '<' can open a block: go from one to the next */
	nl = memchr(s + from, '\n', to - from);
	lt = memchr(s + from, '<', to - from);
	while (nl || lt) {
		size_t i;

		if (nl && (!lt || nl < lt)) {
			i = (size_t)(nl - s);
			if (line_opens_block(s, c->len, i + 1))
				return 1;
			nl = i + 1 < to ? memchr(s + i + 1, '\n', to - i - 1) : NULL;
		} else {
			i = (size_t)(lt - s);
			if (block_tag_at(s, c->len, i))
				return 1;
			lt = i + 1 < to ? memchr(s + i + 1, '<', to - i - 1) : NULL;
		}
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
