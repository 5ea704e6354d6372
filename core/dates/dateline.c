/*
 * dateline.c: the article's date written in its text: a byline or a
 * dateline in the first lines, read with the date extractor and the
 * locale table's byline_words, and JSON-LD's datePublished. The checker
 * asks for them when neither --date nor the front matter nor an HTML
 * <meta> gives the date (see errata_checker_article_date()).
 */
#include <string.h>

#include "common.h"
#include "dateline.h"
#include "locale.h"

#define DATELINE_LINES 6
#define DATELINE_BYTES 2000
/* A line that starts within DATELINE_BYTES is read up to this far: a
 * Markdown paragraph is one line, and a dateline, if any, is at its start;
 * without a bound, a text of one long line would be read whole, and walked
 * once per date in it. */
#define DATELINE_READ 8192

/* Whether a phrase of list starts at pos (tokens compared as folded words). */
static int phrase_starts(const char *s, size_t len, size_t pos, const errata__phrases *list)
{
	for (size_t i = 0; i < list->n; i++) {
		const errata__phrase *ph = &list->v[i];
		size_t p = pos, k;

		for (k = 0; k < ph->n; k++) {
			errata__tok t;

			errata__tok_next(s, len, p, &t);
			if (t.kind != ph->tok[k].kind ||
			    (t.kind == ERRATA__TOK_WORD &&
			     (t.flen != ph->tok[k].flen || memcmp(t.fold, ph->tok[k].fold, t.flen))) ||
			    (t.kind == ERRATA__TOK_PUNCT && t.cp != ph->tok[k].cp))
				break;
			p = t.end;
		}
		if (k == ph->n)
			return 1;
	}
	return 0;
}

/*
 * Whether cp is a letter that rules out an all-caps dateline: a lower-case
 * letter (ASCII, Latin, Greek, Cyrillic: one that an upper-case letter
 * folds to), or a letter of a script without case (CJK), where "no
 * lower-case letter" says nothing: "2019年10月1日，国庆70周年" is a
 * sentence, not a dateline.
 */
static int rules_out_caps(uint32_t cp, int caseless_ok)
{
	if (cp < 0x80)
		return cp >= 'a' && cp <= 'z';
	if (errata__is_cjk_letter(cp))
		return !caseless_ok;
	if (cp == 0xdf || (cp >= 0xe0 && cp <= 0xff && cp != 0xf7))
		return 1;
	if ((cp >= 0x3ac && cp <= 0x3ce) || (cp >= 0x430 && cp <= 0x45f))
		return 1;
	/* Latin Extended and the rest of Cyrillic: the lower of a case pair */
	return ((cp > 0x100 && cp <= 0x17f) || (cp > 0x460 && cp <= 0x52f)) &&
	       errata__fold_cp(cp) == cp && errata__fold_cp(cp - 1) == cp;
}

/* Whether s[a, b) holds no lower-case (or caseless) letter outside
 * parentheses ("WASHINGTON (Reuters) —": the agency may be written in
 * lower case; "МОСКВА, 5 марта 2026 —" is a dateline, "В пятницу, 9 мая
 * 2025 года, ..." is not). A few caseless letters may follow the date
 * (its time: "2026年3月5日 10時30分"), not a sentence ("2019年10月1日，...":
 * CJK sentence punctuation rules a dateline out). */
static int no_lower(const char *s, size_t a, size_t b, int after_date)
{
	int caseless_ok = after_date && b - a <= 20;

	int depth = 0;

	for (size_t i = a; i < b;) {
		uint32_t cp = (unsigned char)s[i];
		size_t n = 1;

		if (cp >= 0x80 && !(n = errata__utf8_decode((const unsigned char *)s + i, b - i, &cp)))
			n = 1;
		if (cp == '(')
			depth++;
		else if (cp == ')' && depth)
			depth--;
		else if (!depth && rules_out_caps(cp, caseless_ok))
			return 0;
		else if (cp == 0x3001 || cp == 0x3002 || cp == 0xff0c || cp == 0xff01 || cp == 0xff1f)
			return 0;   /* 、。，！？: a sentence goes on */
		i += n;
	}
	return 1;
}

/*
 * "Berlin, " before the date: one to three capitalised words and a comma
 * right before it, and after it nothing but a dash, a bar or a dot.
 */
static int place_and_comma(const char *s, size_t ls, size_t a, size_t b, size_t le)
{
	size_t p = a, words = 0;

	while (p > ls && (s[p - 1] == ' ' || s[p - 1] == '\t'))
		p--;
	if (p == ls || s[p - 1] != ',')
		return 0;
	p--;
	for (size_t i = ls; i < p; ) {
		while (i < p && (s[i] == ' ' || s[i] == '\t'))
			i++;
		if (i >= p)
			break;
		if (!(s[i] >= 'A' && s[i] <= 'Z') && !((unsigned char)s[i] >= 0xc3))
			return 0;
		words++;
		while (i < p && s[i] != ' ' && s[i] != '\t')
			i++;
	}
	if (words < 1 || words > 3)
		return 0;
	/* one short word may follow the date first: "МОСКВА, 5 марта 2026 года —" */
	while (b < le && (s[b] == ' ' || s[b] == '\t'))
		b++;
	for (size_t w = b; w <= le && w < b + 12; w++)
		if (w == le || s[w] == ' ' || s[w] == '\t' || s[w] == '\r') {
			if (w > b && !memchr("-|", s[b], 2) && (unsigned char)s[b] != 0xe2 &&
			    (unsigned char)s[b] != 0xc2)
				b = w;
			break;
		}
	for (size_t i = b; i < le; i++) {
		if (s[i] == ' ' || s[i] == '\t' || s[i] == '\r')
			continue;
		/* a dash, a bar or a middle dot may go on to the text */
		return s[i] == '-' || s[i] == '|' || (unsigned char)s[i] == 0xe2 ||
		       (unsigned char)s[i] == 0xc2;
	}
	return 1;
}

int errata__dateline_find(const char *prose, size_t len, const errata_locale *loc,
                          errata_date *out, size_t *line)
{
	errata_mentions *ms = NULL;
	size_t limit = 0, lines = 0, found = 0, ls = 0, le = 0;
	int error, have = 0;

	if (!prose || !loc)
		return 0;
	/* the first lines that hold text */
	while (limit < len && limit < DATELINE_BYTES && lines < DATELINE_LINES) {
		const char *nl = memchr(prose + limit, '\n', len - limit);
		size_t e = nl ? (size_t)(nl - prose) : len;

		for (size_t i = limit; i < e; i++)
			if (prose[i] != ' ' && prose[i] != '\t' && prose[i] != '\r') {
				lines++;
				break;
			}
		limit = nl ? e + 1 : len;
	}
	if (limit > len)
		limit = len;
	if (limit > DATELINE_READ) {
		/* at the start of a character */
		limit = DATELINE_READ;
		while (limit > 0 && ((unsigned char)prose[limit] & 0xc0) == 0x80)
			limit--;
	}
	if ((error = errata_mentions_extract_text(&ms, prose, limit, loc, NULL)) < 0)
		return error;
	for (size_t i = 0; i < errata_mentions_count(ms) && !found; i++) {
		const errata_mention *m = errata_mentions_get(ms, i);
		size_t p, e;

		if (!(m->flags & ERRATA_MENTION_YEAR_EXPLICIT) ||
		    (m->flags & (ERRATA_MENTION_RANGE_START | ERRATA_MENTION_RANGE_END)) ||
		    !errata_date_valid(m->year, m->month, m->day))
			continue;
		/* the line [ls, le) that holds the mention's start: the one before
		 * or a later one, as the mentions come in order */
		if (!have || m->offset < ls) {
			ls = m->offset;
			while (ls > 0 && prose[ls - 1] != '\n')
				ls--;
			le = errata__line_end(prose, limit, ls);
			have = 1;
		}
		while (m->offset > le) {
			ls = le + 1;
			le = errata__line_end(prose, limit, ls);
		}
		/* and the end of the line that holds its end */
		e = m->offset + m->length > le ? errata__line_end(prose, limit, m->offset + m->length) : le;
		/* the line's first word */
		for (p = ls; p < m->offset && !errata__is_alnum_at(prose, limit, p); p++)
			;
		if ((p < m->offset && phrase_starts(prose, limit, p, &loc->byline)) ||
		    (no_lower(prose, ls, m->offset, 0) && no_lower(prose, m->offset + m->length, e, 1)) ||
		    place_and_comma(prose, ls, m->offset, m->offset + m->length, e)) {
			out->year = m->year;
			out->month = m->month;
			out->day = m->day;
			*line = 1;
			for (size_t k = 0; k < ls; k++)
				*line += prose[k] == '\n';
			found = 1;
		}
	}
	errata_mentions_free(ms);
	return found ? 1 : 0;
}

int errata__jsonld_date(const char *text, size_t len, errata_date *out)
{
	static const char key[] = "\"datePublished\"";
	const char *p = text, *end = text + len;

	while (p && p < end) {
		const char *hit = memchr(p, '"', (size_t)(end - p));
		const char *v;
		char iso[11];

		if (!hit)
			return 0;
		if ((size_t)(end - hit) < sizeof(key) - 1 || memcmp(hit, key, sizeof(key) - 1)) {
			p = hit + 1;
			continue;
		}
		v = hit + sizeof(key) - 1;
		while (v < end && (*v == ' ' || *v == '\t' || *v == '\n' || *v == '\r'))
			v++;
		if (v < end && *v == ':') {
			v++;
			while (v < end && (*v == ' ' || *v == '\t' || *v == '\n' || *v == '\r'))
				v++;
			if (v + 11 <= end && *v == '"') {
				memcpy(iso, v + 1, 10);
				iso[10] = '\0';
				if (errata_date_parse_iso(iso, out) == 0)
					return 1;
			}
		}
		p = hit + 1;
	}
	return 0;
}
