/*
 * worddiff.c: a word-level diff of prose.
 *
 * Each text is cut into tokens: words (letters and digits, with an
 * apostrophe between letters or a '.', ',' or ':' between digits kept
 * inside the word), runs of white space, and single punctuation marks.
 * Tokens are interned to integers (every run of white space is one of two
 * tokens: a space, or a paragraph break of two or more newlines, so
 * re-wrapping a paragraph is not a change) and the two sequences are
 * compared with Myers' O(ND) algorithm in its linear-space form (the
 * "middle snake" recursion), after trimming the common prefix and suffix.
 * The changed tokens are then gathered into changes, slid so that a
 * deleted or inserted word carries the space after it rather than before,
 * and joined when nothing or only one space separates them.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "errata/diff.h"

enum { TOK_WORD, TOK_PUNCT, TOK_SPACE, TOK_BREAK };
enum { ID_SPACE = 0, ID_BREAK = 1 };

struct token {
	size_t off, len;
	unsigned int kind;
	uint32_t id;
};

struct side {
	char *text;
	size_t len;
	struct token *tok;
	size_t n;
	unsigned char *changed;
};

/* A change in token indices: a[a0, a1) became b[b0, b1). */
struct span {
	size_t a0, a1, b0, b1;
};

struct errata_worddiff {
	struct side a, b;
	struct span *spans;
	errata_wordchange *changes;
	size_t count;
};

/* ---- tokenising ------------------------------------------------------- */

static int cp_kind(uint32_t cp)
{
	if (cp < 0x80) {
		if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v')
			return TOK_SPACE;
		if ((cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'))
			return TOK_WORD;
		return TOK_PUNCT;
	}
	if (cp == 0xa0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp == 0x2028 ||
	    cp == 0x2029 || cp == 0x202f || cp == 0x205f || cp == 0x3000 || cp == 0xfeff)
		return TOK_SPACE;
	if ((cp >= 0xa1 && cp <= 0xbf) || cp == 0xd7 || cp == 0xf7 ||
	    (cp >= 0x2010 && cp <= 0x2027) || (cp >= 0x2030 && cp <= 0x205e) ||
	    (cp >= 0x3001 && cp <= 0x3003) || (cp >= 0x3008 && cp <= 0x301f) ||
	    cp == 0xfffd)
		return TOK_PUNCT;
	return TOK_WORD;
}

/* Decode at s[i]; an invalid byte reads as U+FFFD of length 1. */
static size_t decode_at(const char *s, size_t len, size_t i, uint32_t *cp)
{
	size_t n = errata__utf8_decode((const unsigned char *)s + i, len - i, cp);

	if (n == 0) {
		*cp = 0xfffd;
		n = 1;
	}
	return n;
}

static int is_digit_at(const char *s, size_t len, size_t i)
{
	return i < len && s[i] >= '0' && s[i] <= '9';
}

/*
 * Whether the punctuation cp at s[i, i+n) joins the word before it to the
 * word after it: "editor's", "1,000", "3.5", "10:30".
 */
static int joins_word(const char *s, size_t len, size_t i, size_t n, uint32_t cp)
{
	uint32_t next;

	if (i + n >= len)
		return 0;
	decode_at(s, len, i + n, &next);
	if (cp == '\'' || cp == 0x2019)
		return cp_kind(next) == TOK_WORD;
	if (cp == '.' || cp == ',' || cp == ':')
		return i > 0 && is_digit_at(s, len, i - 1) && is_digit_at(s, len, i + n);
	return 0;
}

static int tokenise(struct side *sd)
{
	size_t i = 0, alloc = 0;
	const char *s = sd->text;

	sd->n = 0;
	while (i < sd->len) {
		struct token t;
		uint32_t cp;
		size_t n = decode_at(s, sd->len, i, &cp);
		int kind = cp_kind(cp);

		t.off = i;
		t.kind = (unsigned int)kind;
		t.id = 0;
		i += n;
		if (kind == TOK_SPACE) {
			unsigned int newlines = cp == '\n';

			while (i < sd->len) {
				n = decode_at(s, sd->len, i, &cp);
				if (cp_kind(cp) != TOK_SPACE)
					break;
				newlines += cp == '\n';
				i += n;
			}
			if (newlines >= 2)
				t.kind = TOK_BREAK;
		} else if (kind == TOK_WORD) {
			while (i < sd->len) {
				n = decode_at(s, sd->len, i, &cp);
				if (cp_kind(cp) == TOK_WORD || (cp_kind(cp) == TOK_PUNCT && joins_word(s, sd->len, i, n, cp)))
					i += n;
				else
					break;
			}
		}
		t.len = i - t.off;
		if (sd->n == alloc) {
			size_t na = alloc ? alloc * 2 : 256;
			struct token *p = realloc(sd->tok, na * sizeof(*p));

			if (!p)
				return errata__oom();
			sd->tok = p;
			alloc = na;
		}
		sd->tok[sd->n++] = t;
	}
	return 0;
}

/* ---- interning -------------------------------------------------------- */

struct slot {
	const char *p;
	size_t len;
	uint32_t id;
};

static int intern(struct side *a, struct side *b)
{
	size_t total = a->n + b->n, cap = 64, mask;
	struct slot *table;
	uint32_t next = 2;
	struct side *sides[2] = { a, b };

	while (cap < total * 2)
		cap *= 2;
	table = calloc(cap, sizeof(*table));
	if (!table)
		return errata__oom();
	mask = cap - 1;
	for (int s = 0; s < 2; s++) {
		struct side *sd = sides[s];

		for (size_t i = 0; i < sd->n; i++) {
			struct token *t = &sd->tok[i];
			const char *p = sd->text + t->off;
			size_t h;

			if (t->kind == TOK_SPACE || t->kind == TOK_BREAK) {
				t->id = t->kind == TOK_SPACE ? ID_SPACE : ID_BREAK;
				continue;
			}
			h = (size_t)errata__fnv1a(ERRATA__FNV_SEED, p, t->len) & mask;
			while (table[h].p && (table[h].len != t->len || memcmp(table[h].p, p, t->len) != 0))
				h = (h + 1) & mask;
			if (!table[h].p) {
				table[h].p = p;
				table[h].len = t->len;
				table[h].id = next++;
			}
			t->id = table[h].id;
		}
	}
	free(table);
	return 0;
}

/* ---- Myers' algorithm, linear space ------------------------------------ */

struct myers {
	const uint32_t *a, *b;
	unsigned char *ca, *cb;   /* changed flags */
	long *vf, *vb;            /* centred arrays */
};

struct snake {
	long x0, y0, x1, y1;
};

/* Cost cap for one middle-snake search: past it the region is replaced whole. */
static long cost_limit(long n, long m)
{
	long lim = 20000000L / (n + m + 1);

	return lim < 64 ? 64 : lim;
}

/*
 * Find the middle snake of a[a0, a0+n) against b[b0, b0+m) (both non
 * empty). Returns 0 and fills *sn (local coordinates), or -1 when the edit
 * distance passes the cost limit.
 */
static int middle_snake(struct myers *my, long a0, long n, long b0, long m, struct snake *sn)
{
	const uint32_t *a = my->a + a0, *b = my->b + b0;
	long delta = n - m, max = (n + m + 1) / 2, limit = cost_limit(n, m);
	int odd = (int)(delta & 1);
	long *vf = my->vf, *vb = my->vb;

	vf[1] = 0;
	vb[1] = 0;
	for (long d = 0; d <= max; d++) {
		if (d > limit)
			return -1;
		for (long k = -d; k <= d; k += 2) {
			long x, y, x0, y0;

			if (k == -d || (k != d && vf[k - 1] < vf[k + 1]))
				x = vf[k + 1];
			else
				x = vf[k - 1] + 1;
			y = x - k;
			x0 = x;
			y0 = y;
			while (x < n && y < m && a[x] == b[y]) {
				x++;
				y++;
			}
			vf[k] = x;
			if (odd && delta - k >= -(d - 1) && delta - k <= d - 1 &&
			    vf[k] + vb[delta - k] >= n) {
				sn->x0 = x0;
				sn->y0 = y0;
				sn->x1 = x;
				sn->y1 = y;
				return 0;
			}
		}
		for (long k = -d; k <= d; k += 2) {
			long x, y, x0, y0;

			if (k == -d || (k != d && vb[k - 1] < vb[k + 1]))
				x = vb[k + 1];
			else
				x = vb[k - 1] + 1;
			y = x - k;
			x0 = x;
			y0 = y;
			while (x < n && y < m && a[n - x - 1] == b[m - y - 1]) {
				x++;
				y++;
			}
			vb[k] = x;
			if (!odd && delta - k >= -d && delta - k <= d &&
			    vb[k] + vf[delta - k] >= n) {
				sn->x0 = n - x;
				sn->y0 = m - y;
				sn->x1 = n - x0;
				sn->y1 = m - y0;
				return 0;
			}
		}
	}
	return -1;  /* not reached: the paths meet by d = max */
}

static void compare(struct myers *my, long a0, long a1, long b0, long b1)
{
	struct snake sn;

	while (a0 < a1 && b0 < b1 && my->a[a0] == my->b[b0]) {
		a0++;
		b0++;
	}
	while (a0 < a1 && b0 < b1 && my->a[a1 - 1] == my->b[b1 - 1]) {
		a1--;
		b1--;
	}
	if (a0 == a1 || b0 == b1 || middle_snake(my, a0, a1 - a0, b0, b1 - b0, &sn) < 0) {
		memset(my->ca + a0, 1, (size_t)(a1 - a0));
		memset(my->cb + b0, 1, (size_t)(b1 - b0));
		return;
	}
	compare(my, a0, a0 + sn.x0, b0, b0 + sn.y0);
	compare(my, a0 + sn.x1, a1, b0 + sn.y1, b1);
}

/* ---- building the changes ---------------------------------------------- */

static int is_space(const struct token *t)
{
	return t->kind == TOK_SPACE || t->kind == TOK_BREAK;
}

static int push_span(struct errata_worddiff *d, size_t *alloc, struct span sp)
{
	if (d->count == *alloc) {
		size_t na = *alloc ? *alloc * 2 : 16;
		struct span *p = realloc(d->spans, na * sizeof(*p));

		if (!p)
			return errata__oom();
		d->spans = p;
		*alloc = na;
	}
	d->spans[d->count++] = sp;
	return 0;
}

static int gather(struct errata_worddiff *d)
{
	struct side *a = &d->a, *b = &d->b;
	size_t i = 0, j = 0, alloc = 0;
	int error;

	while (i < a->n || j < b->n) {
		if ((i < a->n && a->changed[i]) || (j < b->n && b->changed[j])) {
			struct span sp;

			sp.a0 = i;
			sp.b0 = j;
			while (i < a->n && a->changed[i])
				i++;
			while (j < b->n && b->changed[j])
				j++;
			sp.a1 = i;
			sp.b1 = j;
			if ((error = push_span(d, &alloc, sp)) < 0)
				return error;
		} else {
			i++;
			j++;
		}
	}
	return 0;
}

/*
 * Length L of the longest run of tokens just before `q` in sd that also
 * follows the change (sd[end, end+L) equal, L <= room), with q-L >= start.
 */
static size_t repeat_before(const struct side *sd, size_t start, size_t q, size_t end,
                            size_t room)
{
	size_t best = 0;

	for (size_t len = 1; len <= q - start && len <= room; len++) {
		size_t j = 0;

		while (j < len && sd->tok[q - len + j].id == sd->tok[end + j].id)
			j++;
		if (j == len)
			best = len;
	}
	return best;
}

static size_t first_break(const struct side *sd, size_t from, size_t to)
{
	for (size_t t = from; t < to; t++)
		if (sd->tok[t].kind == TOK_BREAK)
			return t;
	return to;
}

/*
 * Split a replacement that swallowed a whole new (or removed) paragraph:
 * "says [-Monday-]{+Friday.\n\nA new one+}." is the same edit as
 * "says [-Monday-]{+Friday+}.{+\n\nA new one.+}", which is how an editor
 * made it. When the run on one side holds a paragraph break and the tokens
 * before the break repeat right after the change, those tokens are taken
 * as unchanged and the paragraph becomes a change of its own.
 */
static int split_paragraphs(struct errata_worddiff *d)
{
	struct side *a = &d->a, *b = &d->b;
	struct span *out = NULL;
	size_t n = 0;

	for (size_t k = 0; k < d->count; k++) {
		struct span sp = d->spans[k], rest;
		size_t a_room = (k + 1 < d->count ? d->spans[k + 1].a0 : a->n) - sp.a1;
		size_t qa = first_break(a, sp.a0 + 1, sp.a1), qb = first_break(b, sp.b0 + 1, sp.b1);
		size_t len = 0;
		int split = 0;

		if (sp.a0 < sp.a1 && sp.b0 < sp.b1 && qb < sp.b1 &&
		    (len = repeat_before(b, sp.b0, qb, sp.b1, a_room)) > 0) {
			rest.a0 = rest.a1 = sp.a1 + len;
			rest.b0 = qb;
			rest.b1 = sp.b1 + len;
			sp.b1 = qb - len;
			split = 1;
		} else if (sp.a0 < sp.a1 && sp.b0 < sp.b1 && qa < sp.a1 &&
		           (len = repeat_before(a, sp.a0, qa, sp.a1, a_room)) > 0) {
			rest.a0 = qa;
			rest.a1 = sp.a1 + len;
			rest.b0 = rest.b1 = sp.b1 + len;
			sp.a1 = qa - len;
			split = 1;
		}
		if (split && !out) {
			out = malloc((2 * d->count) * sizeof(*out));
			if (!out)
				return errata__oom();
			memcpy(out, d->spans, k * sizeof(*out));
			n = k;
		}
		if (out) {
			out[n++] = sp;
			if (split)
				out[n++] = rest;
		}
	}
	if (out) {
		free(d->spans);
		d->spans = out;
		d->count = n;
	}
	return 0;
}

/*
 * Slide a pure deletion or insertion that starts with white space one
 * token on when the token after it is the same white space: "the[ big]
 * dog" reads better as "the [big ]dog". Then join changes that touch or
 * that only one space token separates: "[-Tuesday-] [-morning-]" becomes
 * one change.
 */
static void tidy(struct errata_worddiff *d)
{
	struct side *a = &d->a, *b = &d->b;
	size_t k, w;

	for (k = 0; k < d->count; k++) {
		struct span *sp = &d->spans[k];
		size_t a_lim = k + 1 < d->count ? d->spans[k + 1].a0 : a->n;
		size_t b_lim = k + 1 < d->count ? d->spans[k + 1].b0 : b->n;

		if (sp->b0 == sp->b1) {
			while (sp->a1 < a_lim && is_space(&a->tok[sp->a0]) &&
			       a->tok[sp->a0].id == a->tok[sp->a1].id) {
				sp->a0++;
				sp->a1++;
				sp->b0++;
				sp->b1++;
			}
		} else if (sp->a0 == sp->a1) {
			while (sp->b1 < b_lim && is_space(&b->tok[sp->b0]) &&
			       b->tok[sp->b0].id == b->tok[sp->b1].id) {
				sp->b0++;
				sp->b1++;
				sp->a0++;
				sp->a1++;
			}
			/* Text added at the end of the last line (the new text has
			 * no line break before it): the matching may have put it
			 * after the old text's final line break, on the line past
			 * it. Keep it on the line it was added to. */
			if (sp->a0 == a->n && sp->a0 > 0 && sp->b0 > 0 &&
			    is_space(&a->tok[sp->a0 - 1]) && is_space(&b->tok[sp->b1 - 1]) &&
			    b->tok[sp->b0 - 1].id == b->tok[sp->b1 - 1].id &&
			    !memchr(b->text + b->tok[sp->b0 - 1].off, '\n', b->tok[sp->b0 - 1].len)) {
				sp->a0--;
				sp->a1--;
				sp->b0--;
				sp->b1--;
			}
		}
	}
	for (k = 0, w = 0; k < d->count; k++) {
		struct span sp = d->spans[k];

		if (w > 0) {
			struct span *prev = &d->spans[w - 1];

			if ((sp.a0 == prev->a1 && sp.b0 == prev->b1) ||
			    (sp.a0 == prev->a1 + 1 && sp.b0 == prev->b1 + 1 &&
			     b->tok[prev->b1].kind == TOK_SPACE)) {
				prev->a1 = sp.a1;
				prev->b1 = sp.b1;
				continue;
			}
		}
		d->spans[w++] = sp;
	}
	d->count = w;
}

static size_t byte_start(const struct side *sd, size_t t)
{
	return t < sd->n ? sd->tok[t].off : sd->len;
}

/* Count newlines in text[from, to) onto *line. */
static void advance_line(const char *text, size_t from, size_t to, unsigned int *line)
{
	for (size_t i = from; i < to; i++)
		*line += text[i] == '\n';
}

static int to_changes(struct errata_worddiff *d)
{
	size_t pa = 0, pb = 0;
	unsigned int la = 1, lb = 1;

	if (d->count == 0)
		return 0;
	d->changes = calloc(d->count, sizeof(*d->changes));
	if (!d->changes)
		return errata__oom();
	for (size_t k = 0; k < d->count; k++) {
		const struct span *sp = &d->spans[k];
		errata_wordchange *c = &d->changes[k];

		c->old_offset = byte_start(&d->a, sp->a0);
		c->old_length = byte_start(&d->a, sp->a1) - c->old_offset;
		c->new_offset = byte_start(&d->b, sp->b0);
		c->new_length = byte_start(&d->b, sp->b1) - c->new_offset;
		advance_line(d->a.text, pa, c->old_offset, &la);
		advance_line(d->b.text, pb, c->new_offset, &lb);
		pa = c->old_offset;
		pb = c->new_offset;
		c->old_line = la;
		c->new_line = lb;
	}
	return 0;
}

static int side_init(struct side *sd, const char *text, size_t len)
{
	sd->text = malloc(len + 1);
	if (!sd->text)
		return errata__oom();
	if (len)
		memcpy(sd->text, text, len);
	sd->text[len] = '\0';
	sd->len = len;
	return tokenise(sd);
}

int errata_worddiff_new(errata_worddiff **out,
                        const char *old_text, size_t old_len,
                        const char *new_text, size_t new_len)
{
	errata_worddiff *d = NULL;
	struct myers my;
	uint32_t *ia = NULL, *ib = NULL;
	long *v = NULL;
	size_t half, i;
	int error = 0;

	*out = NULL;
	memset(&my, 0, sizeof(my));
	d = calloc(1, sizeof(*d));
	if (!d)
		return errata__oom();
	if ((error = side_init(&d->a, old_text ? old_text : "", old_text ? old_len : 0)) < 0 ||
	    (error = side_init(&d->b, new_text ? new_text : "", new_text ? new_len : 0)) < 0 ||
	    (error = intern(&d->a, &d->b)) < 0)
		goto cleanup;
	d->a.changed = calloc(d->a.n + 1, 1);
	d->b.changed = calloc(d->b.n + 1, 1);
	ia = malloc((d->a.n + 1) * sizeof(*ia));
	ib = malloc((d->b.n + 1) * sizeof(*ib));
	half = (d->a.n + d->b.n + 1) / 2 + 2;
	v = malloc(2 * (2 * half + 1) * sizeof(*v));
	if (!d->a.changed || !d->b.changed || !ia || !ib || !v) {
		error = errata__oom();
		goto cleanup;
	}
	for (i = 0; i < d->a.n; i++)
		ia[i] = d->a.tok[i].id;
	for (i = 0; i < d->b.n; i++)
		ib[i] = d->b.tok[i].id;
	my.a = ia;
	my.b = ib;
	my.ca = d->a.changed;
	my.cb = d->b.changed;
	my.vf = v + half;
	my.vb = v + (2 * half + 1) + half;
	compare(&my, 0, (long)d->a.n, 0, (long)d->b.n);
	if ((error = gather(d)) < 0)
		goto cleanup;
	if ((error = split_paragraphs(d)) < 0)
		goto cleanup;
	tidy(d);
	if ((error = to_changes(d)) < 0)
		goto cleanup;
	*out = d;
	d = NULL;
cleanup:
	free(ia);
	free(ib);
	free(v);
	errata_worddiff_free(d);
	return error;
}

void errata_worddiff_free(errata_worddiff *diff)
{
	if (!diff)
		return;
	free(diff->a.text);
	free(diff->a.tok);
	free(diff->a.changed);
	free(diff->b.text);
	free(diff->b.tok);
	free(diff->b.changed);
	free(diff->spans);
	free(diff->changes);
	free(diff);
}

size_t errata_worddiff_count(const errata_worddiff *diff)
{
	return diff ? diff->count : 0;
}

const errata_wordchange *errata_worddiff_get(const errata_worddiff *diff, size_t i)
{
	return diff && i < diff->count ? &diff->changes[i] : NULL;
}

/* ---- text output -------------------------------------------------------- */

#define RED "\033[31m"
#define GREEN "\033[32m"
#define RESET "\033[m"

static int ends_sentence(const struct side *sd, size_t t)
{
	const struct token *tok = &sd->tok[t];
	char c;

	if (tok->kind != TOK_PUNCT || tok->len != 1)
		return 0;
	c = sd->text[tok->off];
	return c == '.' || c == '!' || c == '?';
}

/* Words in b[from, to), or SIZE_MAX when a paragraph break lies between. */
static size_t gap_words(const struct side *b, size_t from, size_t to)
{
	size_t words = 0;

	for (size_t t = from; t < to; t++) {
		if (b->tok[t].kind == TOK_BREAK)
			return SIZE_MAX;
		words += b->tok[t].kind == TOK_WORD;
	}
	return words;
}

/*
 * Append one piece of article text (the words between two markers) for a
 * terminal or a CI log: escaped as every other text from outside is
 * (errata_buf_put_safe: control characters, a bare CR, "::" opening a line,
 * "##["). The piece is escaped whole, so a command spread over several
 * tokens (":" ":" "error") is seen.
 */
static int put_text(errata_buf *out, errata_buf *piece)
{
	int error = 0;

	if (piece->size)
		error = errata_buf_put_safe_len(out, piece->ptr, piece->size);
	errata_buf_clear(piece);
	return error;
}

/* Append unchanged tokens b[from, to), white space folded to one space. */
static int put_context(errata_buf *out, const struct side *b, size_t from, size_t to)
{
	errata_buf piece = ERRATA_BUF_INIT;
	int error = 0;

	for (size_t t = from; t < to && !error; t++) {
		if (is_space(&b->tok[t]))
			error = errata_buf_putc(&piece, ' ');
		else
			error = errata_buf_put(&piece, b->text + b->tok[t].off, b->tok[t].len);
	}
	if (!error)
		error = put_text(out, &piece);
	errata_buf_dispose(&piece);
	return error;
}

/* Append changed tokens sd[from, to): a space run that holds one line end
 * reads as one space, a paragraph break as a blank line; each paragraph's
 * text is escaped (put_text), the blank line between them is not. */
static int put_changed(errata_buf *out, const struct side *sd, size_t from, size_t to)
{
	errata_buf piece = ERRATA_BUF_INIT;
	int error = 0;

	for (size_t t = from; t < to && !error; t++) {
		const struct token *tok = &sd->tok[t];

		if (tok->kind == TOK_BREAK) {
			if ((error = put_text(out, &piece)) == 0)
				error = errata_buf_puts(out, "\n\n");
		} else if (tok->kind == TOK_SPACE && memchr(sd->text + tok->off, '\n', tok->len)) {
			error = errata_buf_putc(&piece, ' ');
		} else {
			error = errata_buf_put(&piece, sd->text + tok->off, tok->len);
		}
	}
	if (!error)
		error = put_text(out, &piece);
	errata_buf_dispose(&piece);
	return error;
}

/*
 * Append one of the markers "[-" and "{+". The article's text before it is
 * already escaped, but "##" at its end and the marker's "[" would make
 * "##[", which GitHub reads as a command anywhere in a line: the last '#'
 * is written as an escape instead.
 */
static int put_marker(errata_buf *out, const char *color, const char *marker)
{
	int error;

	if (!*color && marker[0] == '[' && out->size >= 2 &&
	    out->ptr[out->size - 1] == '#' && out->ptr[out->size - 2] == '#') {
		out->size--;
		out->ptr[out->size] = '\0';
		if ((error = errata_buf_puts(out, "\\x23")) < 0)
			return error;
	}
	return errata_buf_printf(out, "%s%s", color, marker);
}

static int put_change(errata_buf *out, const errata_worddiff *d, size_t k, int color)
{
	const struct span *sp = &d->spans[k];
	int error = 0;

	if (sp->a1 > sp->a0) {
		error = put_marker(out, color ? RED : "", "[-");
		if (!error)
			error = put_changed(out, &d->a, sp->a0, sp->a1);
		if (!error)
			error = errata_buf_printf(out, "-]%s", color ? RESET : "");
	}
	if (!error && sp->b1 > sp->b0) {
		error = put_marker(out, color ? GREEN : "", "{+");
		if (!error)
			error = put_changed(out, &d->b, sp->b0, sp->b1);
		if (!error)
			error = errata_buf_printf(out, "+}%s", color ? RESET : "");
	}
	return error;
}

/* Unchanged context before token `at` of b: where it starts, and whether cut. */
static size_t lead_start(const struct side *b, size_t at, unsigned int context, int *cut)
{
	size_t p = at, words = 0;

	*cut = 0;
	while (p > 0) {
		const struct token *t = &b->tok[p - 1];

		if (t->kind == TOK_BREAK)
			break;
		if (t->kind == TOK_SPACE && p >= 2 && ends_sentence(b, p - 2))
			break;
		if (t->kind == TOK_WORD) {
			if (words == context) {
				*cut = 1;
				break;
			}
			words++;
		}
		p--;
	}
	while (p < at && is_space(&b->tok[p]))
		p++;
	return p;
}

/* Unchanged context after token `at` of b: where it ends, and whether cut. */
static size_t trail_end(const struct side *b, size_t at, unsigned int context, int *cut)
{
	size_t p = at, words = 0;

	*cut = 0;
	while (p < b->n) {
		const struct token *t = &b->tok[p];

		if (t->kind == TOK_BREAK)
			break;
		if (t->kind == TOK_WORD) {
			if (words == context) {
				*cut = 1;
				break;
			}
			words++;
		}
		p++;
		if (ends_sentence(b, p - 1) && (p == b->n || is_space(&b->tok[p])))
			break;
	}
	while (p > at && is_space(&b->tok[p - 1]))
		p--;
	return p;
}

int errata_worddiff_format(errata_buf *out, const errata_worddiff *diff,
                           const errata_worddiff_format_options *opts)
{
	errata_worddiff_format_options defaults = ERRATA_WORDDIFF_FORMAT_OPTIONS_INIT;
	const struct side *b = &diff->b;
	size_t i = 0;
	int error = 0;

	if (!opts)
		opts = &defaults;
	while (i < diff->count && !error) {
		size_t j = i, start, end;
		int cut_lead, cut_trail;

		while (j + 1 < diff->count &&
		       gap_words(b, diff->spans[j].b1, diff->spans[j + 1].b0) <= 2 * (size_t)opts->context)
			j++;
		start = lead_start(b, diff->spans[i].b0, opts->context, &cut_lead);
		end = trail_end(b, diff->spans[j].b1, opts->context, &cut_trail);
		error = errata_buf_printf(out, "@@ -%u +%u @@\n%s", diff->changes[i].old_line,
		                          diff->changes[i].new_line, cut_lead ? "..." : "");
		if (!error)
			error = put_context(out, b, start, diff->spans[i].b0);
		for (size_t k = i; k <= j && !error; k++) {
			error = put_change(out, diff, k, opts->color);
			if (!error && k < j)
				error = put_context(out, b, diff->spans[k].b1, diff->spans[k + 1].b0);
		}
		if (!error)
			error = put_context(out, b, diff->spans[j].b1, end);
		if (!error)
			error = errata_buf_puts(out, cut_trail ? "...\n" : "\n");
		i = j + 1;
	}
	return error;
}
