/*
 * suppress.c: suppression comments.
 *
 *   <!-- errata-disable [RULE...] -->            off from this line on
 *   <!-- errata-enable [RULE...] -->             back on from the next line
 *   <!-- errata-disable-line [RULE...] -->       off on this comment's line(s)
 *   <!-- errata-disable-next-line [RULE...] -->  off on the line after it
 *
 * RULEs are separated by commas or white space; none means every rule; a
 * RULE ending in '.' or ".*" ("date.", "date.*") covers every rule id with
 * that prefix; "--" ends the list (what follows is a reason for people).
 * A disable runs from the comment's line through the line of the enable
 * that names the same RULE (an enable without RULE ends every disable), or
 * to the end of the document. An enable that names a RULE inside a wider
 * disable (of every rule, or of "date.") ends it for that RULE alone: the
 * wider one is closed there and opened again from the next line with the
 * RULE excepted. Each becomes a range of lines; once loading
 * is done the ranges are sorted by first line, with a running maximum of
 * last lines, so a query looks only at ranges that can cover its line.
 */
#include "common.h"
#include "text/text.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

enum { DISABLE, ENABLE, DISABLE_LINE, DISABLE_NEXT_LINE };

/*
 * At most this many suppressions in one document (one for each rule a
 * comment names, one for a comment that names none). An enable looks at
 * each disable before it, and a finding at each one that may cover its
 * line, so thousands of comments would cost their number squared; no
 * article needs more than a few. Past the bound the document is refused,
 * with the place of the comment.
 */
#define SUPPRESS_MAX 1000

static const struct {
	const char *word;
	int kind;
} directives[] = {
	/* longest first: "errata-disable" is a prefix of the others */
	{ "errata-disable-next-line", DISABLE_NEXT_LINE },
	{ "errata-disable-line", DISABLE_LINE },
	{ "errata-disable", DISABLE },
	{ "errata-enable", ENABLE },
};

static int add_range(errata_doc *doc, const char *rule, size_t len,
                     unsigned int first, unsigned int last, int open)
{
	errata__range *r;

	if (len >= 2 && rule && rule[len - 2] == '.' && rule[len - 1] == '*')
		len--;
	if (len == 1 && rule && rule[0] == '*')
		rule = NULL;
	if (doc->nranges == doc->aranges) {
		size_t ncap = doc->aranges ? doc->aranges * 2 : 8;

		r = realloc(doc->ranges, ncap * sizeof(*r));
		if (!r)
			return errata__oom();
		doc->ranges = r;
		doc->aranges = ncap;
	}
	r = &doc->ranges[doc->nranges];
	memset(r, 0, sizeof(*r));
	if (rule && !(r->rule = errata__strndup(rule, len)))
		return errata__oom();
	r->open = (unsigned char)open;
	r->first = first;
	r->last = last;
	doc->nranges++;
	return 0;
}

/* Whether the pattern p (an id, or a prefix ending in '.') covers the id or prefix s. */
static int covers(const char *p, const char *s)
{
	size_t n = strlen(p);

	return n && p[n - 1] == '.' ? strncmp(s, p, n) == 0 : strcmp(s, p) == 0;
}

/* Whether the range excepts rule (an id, or a prefix when asked for one). */
static int excepted(const errata__range *r, const char *rule)
{
	for (size_t k = 0; k < r->nexcept; k++)
		if (covers(r->except[k], rule))
			return 1;
	return 0;
}

/*
 * Open a copy of the wide range at index i from line `from` on, excepting
 * `want` as well as what it excepted. Returns 0 or ERRATA_ENOMEM.
 */
static int reopen_except(errata_doc *doc, size_t i, unsigned int from, const char *want)
{
	const errata__range *old;
	errata__range *r;
	char **ex;
	int error;

	if ((error = add_range(doc, doc->ranges[i].rule,
	                       doc->ranges[i].rule ? strlen(doc->ranges[i].rule) : 0,
	                       from, UINT_MAX, 1)) < 0)
		return error;
	old = &doc->ranges[i];
	r = &doc->ranges[doc->nranges - 1];
	if (!(ex = calloc(old->nexcept + 1, sizeof(*ex))))
		return errata__oom();
	r->except = ex;
	for (size_t k = 0; k < old->nexcept; k++) {
		if (!(ex[k] = errata__strdup(old->except[k])))
			return errata__oom();
		r->nexcept++;
	}
	if (!(ex[r->nexcept] = errata__strdup(want)))
		return errata__oom();
	r->nexcept++;
	return 0;
}

/*
 * An enable for rule (NULL: all) on line: close the disables of that rule,
 * and turn it back on inside wider ones (see the top of this file).
 */
static int close_ranges(errata_doc *doc, const char *rule, size_t len, unsigned int line)
{
	char want[256];
	size_t n = doc->nranges;
	int error = 0;

	if (rule) {
		if (len >= 2 && rule[len - 2] == '.' && rule[len - 1] == '*')
			len--;
		if (len == 1 && rule[0] == '*')
			rule = NULL;
	}
	if (rule && len >= sizeof(want))
		return 0;
	if (rule) {
		memcpy(want, rule, len);
		want[len] = '\0';
	}
	for (size_t i = 0; i < n && !error; i++) {
		errata__range *r = &doc->ranges[i];

		if (!r->open)
			continue;
		if (rule && r->rule && strcmp(r->rule, want) == 0) {
			r->open = 0;
			r->last = line;
		} else if (!rule) {
			r->open = 0;
			r->last = line;
		} else if ((!r->rule || covers(r->rule, want)) && !excepted(r, want)) {
			/* a wider disable: closed here, open again without this rule */
			r->open = 0;
			r->last = line;
			if (line < UINT_MAX)
				error = reopen_except(doc, i, line + 1, want);
		}
	}
	return error;
}

static int is_sep(char c)
{
	return c == ',' || errata__is_space((unsigned char)c);
}

int errata__suppress_comment(errata_doc *doc, size_t start, size_t end)
{
	const char *t = doc->text;
	size_t i = start + 4, stop = end - 3, k;
	unsigned int first, last;
	int kind = -1, error = 0, any = 0;

	if (end < start + 7)
		return 0;
	while (i < stop && errata__is_space((unsigned char)t[i]))
		i++;
	for (k = 0; k < sizeof(directives) / sizeof(directives[0]); k++) {
		size_t wl = strlen(directives[k].word);

		if (stop - i >= wl && !memcmp(t + i, directives[k].word, wl) &&
		    (i + wl == stop || is_sep(t[i + wl]))) {
			kind = directives[k].kind;
			i += wl;
			break;
		}
	}
	if (kind < 0)
		return 0;
	first = errata__doc_line_of(doc, start);
	last = errata__doc_line_of(doc, end - 1);
	for (;;) {
		size_t w, rl;
		unsigned int a = first, b = first;
		const char *rule;
		int all = 0;

		while (i < stop && is_sep(t[i]))
			i++;
		w = i;
		while (i < stop && !is_sep(t[i]))
			i++;
		if (i == w || (i - w == 2 && t[w] == '-' && t[w + 1] == '-')) {
			if (any)
				break;
			all = 1; /* no RULE: every rule */
		}
		rule = all ? NULL : t + w;
		rl = all ? 0 : i - w;
		if (doc->nranges >= SUPPRESS_MAX) {
			unsigned int line, col;

			errata_doc_position(doc, start, &line, &col);
			error = errata__error(ERRATA_EINVALID,
			                      "%s:%u:%u: more than %d suppressions (rules named by "
			                      "errata- comments, or comments naming none)",
			                      doc->path, line, col, SUPPRESS_MAX);
			break;
		}
		switch (kind) {
		case DISABLE:
			b = UINT_MAX;
			break;
		case DISABLE_LINE:
			b = last;
			break;
		case DISABLE_NEXT_LINE:
			a = b = last == UINT_MAX ? last : last + 1;
			break;
		default:
			error = close_ranges(doc, rule, rl, last);
			break;
		}
		if (error < 0)
			break;
		if (kind != ENABLE && (error = add_range(doc, rule, rl, a, b, kind == DISABLE)) < 0)
			break;
		any = 1;
		if (all)
			break;
	}
	return error < 0 ? error : 1;
}

static int range_cmp(const void *a, const void *b)
{
	const errata__range *x = a, *y = b;

	if (x->first != y->first)
		return x->first < y->first ? -1 : 1;
	return 0;
}

int errata__suppress_finish(errata_doc *doc)
{
	unsigned int m = 0;

	if (!doc->nranges)
		return 0;
	qsort(doc->ranges, doc->nranges, sizeof(*doc->ranges), range_cmp);
	doc->maxlast = malloc(doc->nranges * sizeof(*doc->maxlast));
	if (!doc->maxlast)
		return errata__oom();
	for (size_t i = 0; i < doc->nranges; i++) {
		if (doc->ranges[i].last > m)
			m = doc->ranges[i].last;
		doc->maxlast[i] = m;
	}
	return 0;
}

static int rule_matches(const errata__range *r, const char *rule)
{
	if (rule && excepted(r, rule))
		return 0;
	return !r->rule || (rule && covers(r->rule, rule));
}

int errata_doc_suppressed(const errata_doc *doc, const char *rule,
                          unsigned int line)
{
	size_t lo = 0, hi = doc->nranges;

	/* ranges[0 .. lo) start at or before line */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (doc->ranges[mid].first <= line)
			lo = mid + 1;
		else
			hi = mid;
	}
	while (lo > 0 && doc->maxlast[lo - 1] >= line) {
		const errata__range *r = &doc->ranges[--lo];

		if (r->last >= line && rule_matches(r, rule))
			return 1;
	}
	return 0;
}
