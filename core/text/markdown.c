/*
 * markdown.c: the masking pass for Markdown articles.
 *
 * Two levels, in one walk over the lines. The block level looks at each
 * line's start: fenced code (``` and ~~~, to the closing fence or the end),
 * indented code (four columns, not continuing a paragraph or a list),
 * heading markers, blockquote markers, list markers, thematic breaks,
 * reference definitions, and HTML blocks that hold no prose (comments,
 * script, style, pre, textarea). The lines of ordinary text are gathered
 * into paragraphs, and each finished paragraph goes through the inline
 * level: code spans, autolinks, raw HTML and comments, link and image
 * destinations and titles, backslash escapes, emphasis markers, and the
 * template tags and attribute lists of static site generators.
 *
 * This is not a CommonMark renderer. It aims to mask what a reader would
 * not see as prose, and when in doubt it leaves text as prose. Every
 * forward search is bounded by the paragraph, and a work budget per
 * paragraph keeps crafted input from making it quadratic.
 */
#include "common.h"
#include "text/text.h"

#include <limits.h>
#include <stdint.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#ifdef ERRATA__AVX2
#include <immintrin.h>
#endif

typedef struct {
	errata_doc *doc;
	const char *t;      /* the original text (block level reads it) */
	char *p;            /* the prose view (inline level reads and writes it) */
	size_t n;
	size_t para;        /* start of the open paragraph, or SIZE_MAX */
	size_t mark_from;   /* flush()'s search of the text: mark is the first */
	size_t mark;        /* byte of inline_special from mark_from on, or n */
	unsigned int line;  /* line_end()'s cursor into doc->lines (0-based) */
	/* per paragraph, for the inline level */
	long budget;
	uint64_t no_code_close;  /* bit k: no closing run of k backticks */
	int no_comment_close;
	int no_template_close;
	int error;
	int avx2;           /* errata__avx2(), asked once per document */
} md;

#define NO_PARA SIZE_MAX

/*
 * The bytes a line may start with (after no indent) to open something
 * other than paragraph text: blanks, quote, list, heading, break, fence,
 * HTML and reference-definition markers, and the digits of an ordered
 * list; and the line breaks that end a blank line. A line starting with
 * any other byte is plain paragraph text.
 */
static const unsigned char block_start[256] = {
	['\n'] = 1, ['\r'] = 1,
	[' '] = 1, ['\t'] = 1, ['>'] = 1, ['-'] = 1, ['*'] = 1, ['+'] = 1,
	['_'] = 1, ['='] = 1, ['#'] = 1, ['`'] = 1, ['~'] = 1, ['<'] = 1,
	['['] = 1, ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1,
	['5'] = 1, ['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1,
};

static const unsigned char inline_special[256] = {
	['\\'] = 1, ['`'] = 1, ['<'] = 1, ['['] = 1, ['!'] = 1,
	['*'] = 1, ['_'] = 1, ['~'] = 1, [':'] = 1, ['{'] = 1,
};

#ifdef __SSE2__
/*
 * Bit k set when p[k] may be marked by inline_special (at least every
 * byte it marks): x | 0x20 above 0x7a as a signed byte is one of
 * "[\\]^_{|}~" or DEL, x | 0x10 == ':' is '*' or ':', and '!', '<' and
 * '`' are compared one by one.
 */
typedef struct {
	__m128i c20, c7a, c10, colon, bang, lt, tick;
} special_consts;

static void special_consts_init(special_consts *k)
{
	k->c20 = _mm_set1_epi8(0x20);
	k->c7a = _mm_set1_epi8(0x7a);
	k->c10 = _mm_set1_epi8(0x10);
	k->colon = _mm_set1_epi8(':');
	k->bang = _mm_set1_epi8('!');
	k->lt = _mm_set1_epi8('<');
	k->tick = _mm_set1_epi8('`');
}

static inline __attribute__((always_inline)) unsigned int special_candidates(const char *p,
                                                                             const special_consts *k)
{
	const __m128i x = _mm_loadu_si128((const __m128i *)(const void *)p);
	__m128i a = _mm_cmpgt_epi8(_mm_or_si128(x, k->c20), k->c7a);
	__m128i b = _mm_cmpeq_epi8(_mm_or_si128(x, k->c10), k->colon);
	__m128i c = _mm_cmpeq_epi8(x, k->bang);
	__m128i d = _mm_cmpeq_epi8(x, k->lt);
	__m128i e = _mm_cmpeq_epi8(x, k->tick);

	return (unsigned int)_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(a, b),
	                                                    _mm_or_si128(_mm_or_si128(c, d), e)));
}

/* The first byte of p[i + k] (k a set bit of mask, lowest first) that inline_special marks, or SIZE_MAX. */
static size_t first_special(const char *p, size_t i, uint64_t mask)
{
	for (; mask; mask &= mask - 1) {
		size_t at = i + (size_t)__builtin_ctzll(mask);

		if (inline_special[(unsigned char)p[at]])
			return at;
	}
	return SIZE_MAX;
}
#endif

#ifdef ERRATA__AVX2
/*
 * next_special() with AVX2: each byte's class looked up by its two
 * halves (a table of 16 per half, one bit per high half that holds a
 * marked byte), which marks exactly the bytes of inline_special: 64
 * bytes a step (then 32), special_class_avx2() nonzero where marked. The
 * last bytes of the paragraph are one block ending at pe, read from the
 * prose before it, as below.
 */
__attribute__((target("avx2"))) static inline __m256i special_class_avx2(const char *s)
{
	/* high halves: 2 for "!*", 3 for ":<", 5 for "[\\_", 6 for "`", 7 for "{~" */
	const __m256i hi = _mm256_setr_epi8(0, 0, 1, 2, 0, 4, 8, 16, 0, 0, 0, 0, 0, 0, 0, 0,
	                                    0, 0, 1, 2, 0, 4, 8, 16, 0, 0, 0, 0, 0, 0, 0, 0);
	const __m256i lo = _mm256_setr_epi8(8, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1 | 2, 4 | 16, 2 | 4, 0, 16, 4,
	                                    8, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1 | 2, 4 | 16, 2 | 4, 0, 16, 4);
	const __m256i low4 = _mm256_set1_epi8(0x0f);
	const __m256i x = _mm256_loadu_si256((const __m256i *)(const void *)s);
	const __m256i c = _mm256_and_si256(_mm256_shuffle_epi8(lo, _mm256_and_si256(x, low4)),
	                                   _mm256_shuffle_epi8(hi, _mm256_and_si256(_mm256_srli_epi16(x, 4), low4)));

	return c;
}

/* Bit k set when s[k] is marked. */
__attribute__((target("avx2"))) static inline uint32_t special_bits_of(__m256i c)
{
	return ~(uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(c, _mm256_setzero_si256()));
}

__attribute__((target("avx2"))) static inline uint32_t special_bits_avx2(const char *s)
{
	return special_bits_of(special_class_avx2(s));
}

__attribute__((target("avx2"))) static size_t next_special_avx2(const char *p, size_t i, size_t pe)
{
	uint32_t m;

	/* 64 bytes a step, with one test for both halves: most paragraphs have no mark */
	for (; i + 64 <= pe; i += 64) {
		const __m256i a = special_class_avx2(p + i), b = special_class_avx2(p + i + 32);
		const __m256i ab = _mm256_or_si256(a, b);

		if (!_mm256_testz_si256(ab, ab)) {
			if ((m = special_bits_of(a)) != 0)
				return i + (size_t)__builtin_ctz(m);
			return i + 32 + (size_t)__builtin_ctz(special_bits_of(b));
		}
	}
	for (; i + 32 <= pe; i += 32)
		if ((m = special_bits_avx2(p + i)) != 0)
			return i + (size_t)__builtin_ctz(m);
	if (i < pe && pe >= 32) {
		/* bytes of the block before i are not looked at again */
		m = special_bits_avx2(p + pe - 32) & (0xffffffffu << (i - (pe - 32)));
		return m ? pe - 32 + (size_t)__builtin_ctz(m) : pe;
	}
	while (i < pe && !inline_special[(unsigned char)p[i]])
		i++;
	return i;
}
#endif

/*
 * The first byte of p[i, pe) that inline_special marks, or pe. With AVX2
 * where the processor has it (avx2, errata__avx2()), next_special_avx2(). With SSE2
 * where the compiler has it, 64 bytes at a time (then 16) through a quick test that
 * may also let a few other punctuation marks through (each is then looked
 * up), and the last bytes of the paragraph as one block ending at pe,
 * read from the prose before it (p is the start of the prose). Else four
 * table look-ups per step.
 */
static size_t next_special(const char *p, size_t i, size_t pe, int avx2)
{
#ifdef ERRATA__AVX2
	if (avx2)
		return next_special_avx2(p, i, pe);
#else
	(void)avx2;
#endif
#ifdef __SSE2__
	size_t at;

	special_consts k;

	special_consts_init(&k);
	while (i + 64 <= pe) {
		uint64_t m = (uint64_t)special_candidates(p + i, &k) |
		             (uint64_t)special_candidates(p + i + 16, &k) << 16 |
		             (uint64_t)special_candidates(p + i + 32, &k) << 32 |
		             (uint64_t)special_candidates(p + i + 48, &k) << 48;

		if (m && (at = first_special(p, i, m)) != SIZE_MAX)
			return at;
		i += 64;
	}
	while (i + 16 <= pe) {
		if ((at = first_special(p, i, special_candidates(p + i, &k))) != SIZE_MAX)
			return at;
		i += 16;
	}
	if (i < pe && pe >= 16) {
		/* bytes of the block before i are not looked at again */
		uint32_t m = special_candidates(p + pe - 16, &k) & (0xffffu << (i - (pe - 16)));

		at = first_special(p, pe - 16, m);
		return at != SIZE_MAX ? at : pe;
	}
#else
	while (i + 4 <= pe &&
	       !(inline_special[(unsigned char)p[i]] | inline_special[(unsigned char)p[i + 1]] |
	         inline_special[(unsigned char)p[i + 2]] | inline_special[(unsigned char)p[i + 3]]))
		i += 4;
#endif
	while (i < pe && !inline_special[(unsigned char)p[i]])
		i++;
	return i;
}

static int is_punct(unsigned char c)
{
	return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') ||
	       (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
}

/* Letters and digits, counting every non-ASCII byte as a letter. */
static int is_wordy(unsigned char c)
{
	return c >= 0x80 || errata__is_alnum(c);
}

static void spend(md *m, size_t work)
{
	m->budget -= (long)(work > (size_t)LONG_MAX / 2 ? (size_t)LONG_MAX / 2 : work);
}

/* ---- inline level ---- */

/* The code span opened by the k backticks at p[i]: its end, or 0. */
static size_t code_span(md *m, size_t i, size_t k, size_t pe)
{
	const char *p = m->p;
	size_t j = i + k;

	if (k < 64 && (m->no_code_close >> k) & 1)
		return 0;
	while (j < pe) {
		const char *b = memchr(p + j, '`', pe - j);
		size_t r;

		if (!b)
			break;
		j = (size_t)(b - p);
		for (r = 0; j + r < pe && p[j + r] == '`'; r++)
			;
		if (r == k) {
			spend(m, j + r - i);
			return j + r;
		}
		j += r;
	}
	spend(m, pe - i);
	if (k < 64)
		m->no_code_close |= (uint64_t)1 << k;
	return 0;
}

/* An autolink <scheme:...> or <local@domain> at p[i]: its end, or 0. */
static size_t autolink(const char *p, size_t i, size_t pe)
{
	size_t j = i + 1, s = j;
	int at = 0;

	if (j < pe && errata__is_alpha((unsigned char)p[j])) {
		while (j < pe && j - s < 33 && (errata__is_alnum((unsigned char)p[j]) ||
		                                p[j] == '+' || p[j] == '.' || p[j] == '-'))
			j++;
		if (j < pe && p[j] == ':' && j - s >= 2) {
			while (++j < pe && p[j] != '>')
				if ((unsigned char)p[j] <= ' ' || p[j] == '<')
					return 0;
			return j < pe ? j + 1 : 0;
		}
	}
	/* e-mail */
	for (j = s; j < pe && p[j] != '>'; j++) {
		unsigned char c = (unsigned char)p[j];

		if (c == '@') {
			if (at || j == s)
				return 0;
			at = 1;
		} else if (!(errata__is_alnum(c) || strchr(".!#$%&'*+/=?^_{|}~-", c))) {
			return 0;
		}
	}
	return at && j < pe && p[j - 1] != '@' ? j + 1 : 0;
}

static size_t skip_ws(const char *p, size_t j, size_t pe)
{
	while (j < pe && errata__is_space((unsigned char)p[j]))
		j++;
	return j;
}

/* "(dest "title")" starting at p[q] == '(': the offset after ')', or 0. */
static size_t link_tail(md *m, size_t q, size_t pe)
{
	const char *p = m->p;
	size_t j = skip_ws(p, q + 1, pe), end = 0;
	int depth = 0;

	if (j < pe && p[j] == '<') {
		while (++j < pe && p[j] != '>')
			if (p[j] == '\n' || p[j] == '\r' || p[j] == '<')
				goto done;
		if (j >= pe)
			goto done;
		j++;
	} else {
		while (j < pe && (unsigned char)p[j] > ' ') {
			if (p[j] == '\\' && j + 1 < pe) {
				j += 2;
				continue;
			}
			if (p[j] == '(' && ++depth > 32)
				goto done;
			if (p[j] == ')' && depth-- == 0)
				break;
			j++;
		}
	}
	j = skip_ws(p, j, pe);
	if (j < pe && (p[j] == '"' || p[j] == '\'' || p[j] == '(')) {
		char close = p[j] == '(' ? ')' : p[j];

		while (++j < pe && p[j] != close)
			if (p[j] == '\\')
				j++;
		if (j >= pe)
			goto done;
		j = skip_ws(p, j + 1, pe);
	}
	if (j < pe && p[j] == ')')
		end = j + 1;
done:
	spend(m, (end ? end : j) - q);
	return end;
}

/* A link or image whose text opens at p[b] == '['; bang: the '!' or SIZE_MAX. */
static void link(md *m, size_t b, size_t bang, size_t pe)
{
	char *p = m->p;
	size_t j = b + 1, close, end = 0;
	int depth = 0;

	for (; j < pe; j++) {
		if (p[j] == '\\') {
			j++;
		} else if (p[j] == '[') {
			depth++;
		} else if (p[j] == ']') {
			if (depth == 0)
				break;
			depth--;
		}
	}
	spend(m, j - b);
	if (j >= pe)
		return;
	close = j;
	if (close + 1 < pe && p[close + 1] == '(') {
		end = link_tail(m, close + 1, pe);
	} else if (close + 1 < pe && p[close + 1] == '[') {
		for (j = close + 2; j < pe && j - close < 1000 && p[j] != ']' && p[j] != '['; j++)
			;
		spend(m, j - close);
		if (j < pe && p[j] == ']')
			end = j + 1;
	} else if (p[b + 1] == '^' && close > b + 2) {
		/* a footnote reference [^1]: markup, unless it holds spaces */
		for (j = b + 2; j < close && !errata__is_space((unsigned char)p[j]); j++)
			;
		if (j == close)
			errata__mask(p, b, close + 1);
		return;
	}
	if (!end)
		return;
	if (bang != SIZE_MAX)
		p[bang] = ' ';
	p[b] = ' ';
	errata__mask(p, close, end);
}

/* Emphasis and strike-through markers: the run of c at p[i] (k long). */
static void emphasis(md *m, size_t i, size_t k, size_t ps, size_t pe)
{
	char *p = m->p;
	unsigned char prev = i > ps ? (unsigned char)p[i - 1] : ' ';
	unsigned char next = i + k < pe ? (unsigned char)p[i + k] : ' ';
	int ws_prev = errata__is_space(prev), ws_next = errata__is_space(next);
	int mark = 0;

	if (p[i] == '*') {
		mark = !(ws_prev && ws_next);
	} else if (p[i] == '_') {
		mark = (!ws_next && !is_wordy(prev)) || (!ws_prev && !is_wordy(next));
	} else if (k == 2) { /* ~~ */
		mark = !(ws_prev && ws_next);
	}
	if (mark)
		errata__mask(p, i, i + k);
}

/*
 * Template and attribute syntax at p[i] == '{': site-generator shortcodes
 * and tags ({{< figure >}}, {{ page.title }}, {% include x %}) and
 * attribute lists ({#anchor}, {.class}, {: .note}). Returns the end, or 0.
 */
static size_t braces(md *m, size_t i, size_t pe)
{
	const char *p = m->p, *hit;
	char c = i + 1 < pe ? p[i + 1] : ' ';

	if (c == '{' || c == '%') {
		if (m->no_template_close)
			return 0;
		hit = errata__memmem(p + i + 2, pe - i - 2, c == '{' ? "}}" : "%}", 2);
		spend(m, hit ? (size_t)(hit - p) - i : pe - i);
		if (!hit)
			m->no_template_close = 1;
		return hit ? (size_t)(hit - p) + 2 : 0;
	}
	if (c == '#' || c == '.' || c == ':') {
		/* an attribute list: one line, no braces inside */
		size_t j = i + 2;

		while (j < pe && j - i < 256 && p[j] != '}' && p[j] != '{' && p[j] != '\n' &&
		       p[j] != '\r')
			j++;
		if (j < pe && p[j] == '}' && j > i + 2 &&
		    (c == ':' || !errata__is_space((unsigned char)p[i + 2])))
			return j + 1;
	}
	return 0;
}

/*
 * The "www." URL that holds p[i], if any: its end, with its start in
 * *start; 0 when p[i] is not inside one.
 */
static size_t www_around(const char *p, size_t i, size_t ps, size_t pe, size_t *start)
{
	size_t w = i, e;

	while (w > ps && i - w < 2048 && !errata__is_space((unsigned char)p[w - 1]))
		w--;
	while (w < i && strchr("([{<\"'*_~", p[w]))
		w++;
	if (w >= i || (e = errata__url_www(p, w, ps, pe)) <= i)
		return 0;
	*start = w;
	return e;
}

/* The inline level over the paragraph prose[ps, pe). */
static void md_inline(md *m, size_t ps, size_t pe)
{
	char *p = m->p;
	size_t i = ps, e, k;

	m->budget = (long)((pe - ps) > 1000000000 ? 1000000000 : (pe - ps)) * 16 + 4096;
	m->no_code_close = 0;
	m->no_comment_close = 0;
	m->no_template_close = 0;
	while (m->error == 0) {
		unsigned char c;

		i = next_special(p, i, pe, m->avx2);
		if (i >= pe)
			break;
		c = (unsigned char)p[i];
		switch (c) {
		case '\\':
			if (i + 1 < pe && (is_punct((unsigned char)p[i + 1]) || p[i + 1] == '\n')) {
				p[i] = ' ';
				i += p[i + 1] == '\n' ? 1 : 2;
			} else {
				i++;
			}
			break;
		case '`':
			for (k = 0; i + k < pe && p[i + k] == '`'; k++)
				;
			e = code_span(m, i, k, pe);
			if (e) {
				errata__mask(p, i, e);
				i = e;
			} else {
				i += k;
			}
			break;
		case '<':
			e = 0;
			if (pe - i >= 4 && !memcmp(p + i, "<!--", 4)) {
				const char *hit = m->no_comment_close ? NULL :
					errata__memmem(p + i + 4, pe - i - 4, "-->", 3);

				if (hit) {
					int rc;

					e = (size_t)(hit - p) + 3;
					if ((rc = errata__suppress_comment(m->doc, i, e)) < 0)
						m->error = rc;
				} else {
					m->no_comment_close = 1;
				}
			} else if ((e = autolink(p, i, pe)) == 0 && m->budget > 0) {
				errata__tag tag;

				e = errata__html_tag(p, i, pe, 1, &tag);
				spend(m, e ? e - i : pe - i);
			}
			if (e) {
				errata__mask(p, i, e);
				i = e;
			} else {
				i++;
			}
			break;
		case '!':
			if (i + 1 < pe && p[i + 1] == '[') {
				if (m->budget > 0)
					link(m, i + 1, i, pe);
				i += 2;
			} else {
				i++;
			}
			break;
		case ':':
			/* a bare URL: mask it now, before its '_' or '*' look like markup */
			e = errata__url_scheme(p, i, ps, pe, &k);
			if (e) {
				errata__mask(p, k, e);
				i = e;
			} else {
				i++;
			}
			break;
		case '{':
			e = m->budget > 0 ? braces(m, i, pe) : 0;
			if (e) {
				errata__mask(p, i, e);
				i = e;
			} else {
				i++;
			}
			break;
		case '[':
			if (m->budget > 0)
				link(m, i, SIZE_MAX, pe);
			i++;
			break;
		default: /* '*', '_', '~' */
			/* inside a bare "www." URL they are part of it */
			if ((e = www_around(p, i, ps, pe, &k)) != 0) {
				errata__mask(p, k, e);
				i = e;
				break;
			}
			for (k = 0; i + k < pe && p[i + k] == (char)c; k++)
				;
			emphasis(m, i, k, ps, pe);
			i += k;
			break;
		}
	}
}

/*
 * The inline level over the open paragraph, which ends at upto. Its prose
 * differs from the text only by blanks, so a paragraph whose text holds no
 * byte of inline_special has nothing to mask: the text is searched for the
 * next such byte once for all the paragraphs before it.
 */
static void flush(md *m, size_t upto)
{
	if (m->para != NO_PARA && upto > m->para) {
		if (m->para < m->mark_from || m->para > m->mark) {
			m->mark_from = m->para;
			m->mark = next_special(m->t, m->para, m->n, m->avx2);
		}
		if (m->mark < upto)
			md_inline(m, m->para, upto);
	}
	m->para = NO_PARA;
}

/* ---- block level ---- */

/*
 * Move the cursor into the line index to the line holding t[i]. Calls
 * come with i never decreasing, so that this is O(1).
 */
static inline void line_at(md *m, size_t i)
{
	const errata_doc *doc = m->doc;
	const size_t *lines = doc->lines;
	unsigned int l = m->line, count = doc->nlines;

	if (l + 1 < count && lines[l + 1] == i) {
		l++;    /* the usual call: the start of the line after the cursor's */
	} else {
		if (lines[l] > i)
			l = errata__doc_line_of(doc, i) - 1;
		while (l + 1 < count && lines[l + 1] <= i)
			l++;
	}
	m->line = l;
}

/* Where the line holding t[i] ends (its CR, LF, or n); moves the cursor there. */
static inline size_t line_end(md *m, size_t i)
{
	const size_t *lines = m->doc->lines;
	size_t end;

	line_at(m, i);
	end = m->line + 1 < m->doc->nlines ? lines[m->line + 1] : m->n;
	if (end > i && m->t[end - 1] == '\n')
		end--;
	if (end > i && m->t[end - 1] == '\r')
		end--;
	return end;
}

/*
 * After a plain line that goes on with (or starts) a paragraph, the
 * plain lines right after it change nothing either: where the first line
 * after them starts (n at the end), found from the line index by their
 * first bytes alone. Moves line_end()'s cursor there.
 */
static size_t plain_lines_end(md *m)
{
	const size_t *lines = m->doc->lines;
	unsigned int l = m->line + 1, count = m->doc->nlines;

	while (l < count && lines[l] < m->n && !block_start[(unsigned char)m->t[lines[l]]])
		l++;
	m->line = l - 1;
	return l < count ? lines[l] : m->n;
}

static size_t next_line(const char *t, size_t e, size_t n)
{
	if (e < n && t[e] == '\r')
		e++;
	if (e < n && t[e] == '\n')
		e++;
	return e;
}

/* Skip blanks from t[*k], adding their width (tabs to the next stop of 4). */
static unsigned int indent_of(const char *t, size_t *k, size_t le)
{
	unsigned int col = 0;

	while (*k < le && (t[*k] == ' ' || t[*k] == '\t')) {
		col = t[*k] == '\t' ? (col + 4) & ~3u : col + 1;
		(*k)++;
	}
	return col;
}

/* A fence run of c at t[k]: its length (>= 3) or 0. */
static size_t fence_run(const char *t, size_t k, size_t le)
{
	size_t r = 0;
	char c = t[k];

	if (c != '`' && c != '~')
		return 0;
	while (k + r < le && t[k + r] == c)
		r++;
	if (r < 3)
		return 0;
	if (c == '`' && memchr(t + k + r, '`', le - k - r))
		return 0; /* ```code``` on one line is a code span */
	return r;
}

static int only_blanks(const char *t, size_t k, size_t le)
{
	while (k < le && (t[k] == ' ' || t[k] == '\t'))
		k++;
	return k == le;
}

/*
 * A thematic break (three or more '-', '*' or '_', with blanks) or, under
 * a paragraph line, a setext heading underline (a run of '=' or '-').
 */
static int is_break_line(const char *t, size_t k, size_t le, int in_para)
{
	char c = t[k];
	int count = 0, blank = 0, split = 0;

	if (c != '-' && c != '*' && c != '_' && c != '=')
		return 0;
	for (; k < le; k++) {
		if (t[k] == c) {
			split |= blank;
			count++;
		} else if (t[k] == ' ' || t[k] == '\t') {
			blank = 1;
		} else {
			return 0;
		}
	}
	if (c == '=')
		return in_para && !split;
	return count >= 3 || (c == '-' && in_para && !split);
}

/* A list marker at t[k]: the offset after it (and its space), or 0. */
static size_t list_marker(const char *t, size_t k, size_t le)
{
	size_t j = k;

	if (t[j] == '-' || t[j] == '*' || t[j] == '+') {
		j++;
	} else {
		while (j < le && j - k < 9 && t[j] >= '0' && t[j] <= '9')
			j++;
		if (j == k || j >= le || (t[j] != '.' && t[j] != ')'))
			return 0;
		j++;
	}
	if (j < le && t[j] != ' ' && t[j] != '\t')
		return 0;
	if (j == le && (t[k] < '0' || t[k] > '9'))
		return j; /* an empty bullet item */
	if (j == le)
		return 0;
	j++;
	/* a task box: [ ], [x] */
	if (le - j >= 3 && t[j] == '[' && (t[j + 1] == ' ' || t[j + 1] == 'x' ||
	                                  t[j + 1] == 'X') && t[j + 2] == ']' &&
	    (le - j == 3 || t[j + 3] == ' ' || t[j + 3] == '\t'))
		j += 3;
	return j;
}

/*
 * Whether the list item at t[k] (content from t[j]) may interrupt a
 * paragraph: not empty, and if ordered, numbered 1.
 */
static int may_interrupt(const char *t, size_t k, size_t j, size_t le)
{
	if (only_blanks(t, j, le))
		return 0;
	if (t[k] >= '0' && t[k] <= '9')
		return t[k] == '1' && (t[k + 1] == '.' || t[k + 1] == ')');
	return 1;
}

enum { REF_NONE = 0, REF_DONE, REF_DEST, REF_LABEL };

static int is_title_line(const char *t, size_t k, size_t le);

/*
 * The destination of a reference definition from t[j] (not blank) on:
 * REF_DONE when a title follows on the line (or starts there and goes on),
 * REF_DEST when the line ends after it (a title may follow on the next
 * line), REF_NONE when something other than a title follows it.
 */
static int ref_dest(const char *t, size_t j, size_t le)
{
	if (t[j] == '<') {
		while (j < le && t[j] != '>')
			j++;
		if (j < le)
			j++;
	} else {
		while (j < le && t[j] != ' ' && t[j] != '\t')
			j++;
	}
	while (j < le && (t[j] == ' ' || t[j] == '\t'))
		j++;
	if (j == le)
		return REF_DEST;
	if (t[j] != '"' && t[j] != '\'' && t[j] != '(')
		return REF_NONE;
	/* a title closed on the line must end it */
	{
		char close = t[j] == '(' ? ')' : t[j];
		size_t q = j + 1;

		for (; q < le && t[q] != close; q++)
			if (t[q] == '\\')
				q++;
		if (q < le && !is_title_line(t, j, le))
			return REF_NONE;
	}
	return REF_DONE;
}

/*
 * A reference definition "[label]: destination" at t[k]: REF_DONE or
 * REF_DEST as ref_dest() says, REF_LABEL when the destination is on the
 * next line, REF_NONE when the line is not one.
 */
static int ref_def(const char *t, size_t k, size_t le)
{
	size_t j = k + 1;

	if (t[k] != '[' || j >= le || t[j] == '^' || t[j] == ']')
		return REF_NONE;
	for (; j < le && t[j] != ']'; j++) {
		if (t[j] == '\\')
			j++;
		else if (t[j] == '[')
			return REF_NONE;
	}
	if (j + 1 >= le || t[j + 1] != ':')
		return REF_NONE;
	j += 2;
	while (j < le && (t[j] == ' ' || t[j] == '\t'))
		j++;
	return j == le ? REF_LABEL : ref_dest(t, j, le);
}

/* A definition's title alone on the line at t[k]: "title", 'title' or (title). */
static int is_title_line(const char *t, size_t k, size_t le)
{
	char close = t[k] == '(' ? ')' : t[k];
	size_t j = k + 1;

	if (close != '"' && close != '\'' && close != ')')
		return 0;
	for (; j < le && t[j] != close; j++)
		if (t[j] == '\\')
			j++;
	if (j >= le)
		return 0;
	for (j++; j < le && (t[j] == ' ' || t[j] == '\t'); j++)
		;
	return j == le;
}

static int starts_tag(const char *t, size_t k, size_t le, const char *name)
{
	size_t len = strlen(name);

	if (le - k < len + 1 || t[k] != '<' || errata__strncasecmp_ascii(t + k + 1, name, len))
		return 0;
	return k + 1 + len == le || t[k + 1 + len] == '>' || t[k + 1 + len] == ' ' ||
	       t[k + 1 + len] == '\t';
}

static const char *const raw_blocks[] = { "script", "style", "pre", "textarea" };

/* Whether an HTML block without prose starts at t[k]. */
static int html_block_start(const char *t, size_t k, size_t le)
{
	if (le - k >= 4 && !memcmp(t + k, "<!--", 4))
		return 1;
	for (size_t r = 0; r < sizeof(raw_blocks) / sizeof(raw_blocks[0]); r++)
		if (starts_tag(t, k, le, raw_blocks[r]))
			return 1;
	return 0;
}

/*
 * Mask the HTML block that starts at t[k] (html_block_start() said so)
 * and return where the line after it starts.
 */
static size_t html_block(md *m, size_t k, size_t ls, size_t le)
{
	const char *t = m->t;
	size_t n = m->n, e, end_le;
	int error;

	if (le - k >= 4 && !memcmp(t + k, "<!--", 4)) {
		const char *hit = errata__memmem(t + k + 4, n - k - 4, "-->", 3);

		if (!hit) {
			errata__mask(m->p, k, n);
			return n;
		}
		e = (size_t)(hit - t) + 3;
		errata__mask(m->p, k, e);
		if ((error = errata__suppress_comment(m->doc, k, e)) < 0)
			m->error = error;
		end_le = line_end(m, e);
		/* text after the comment on its last line stays prose */
		md_inline(m, e, end_le);
		return next_line(t, end_le, n);
	}
	for (size_t r = 0; r < sizeof(raw_blocks) / sizeof(raw_blocks[0]); r++) {
		if (!starts_tag(t, k, le, raw_blocks[r]))
			continue;
		e = errata__html_find_end_tag(t, k, n, raw_blocks[r]);
		end_le = line_end(m, e);
		errata__mask(m->p, ls, end_le);
		return next_line(t, end_le, n);
	}
	return le;
}

/* Whether an ATX heading "# text" starts at t[k]; *j: after the markers. */
static int is_heading(const char *t, size_t k, size_t le, size_t *j)
{
	*j = k;
	while (*j < le && t[*j] == '#')
		(*j)++;
	return *j > k && *j - k <= 6 && (*j == le || t[*j] == ' ' || t[*j] == '\t');
}

/* A heading "# text #": mask the markers, read the text as a paragraph. */
static void heading(md *m, size_t k, size_t j, size_t le)
{
	const char *t = m->t;
	size_t e = le;

	errata__mask(m->p, k, j);
	/* a closing run of '#' after a blank */
	while (e > j && (t[e - 1] == ' ' || t[e - 1] == '\t'))
		e--;
	{
		size_t h = e;

		while (h > j && t[h - 1] == '#')
			h--;
		if (h < e && (h == j || t[h - 1] == ' ' || t[h - 1] == '\t'))
			errata__mask(m->p, h, e);
	}
	md_inline(m, j, le);
}

/*
 * The list items open at a line, innermost last: the column each one's
 * content starts at (its marker's width and the blanks after it, or one
 * blank when five or more follow, which start indented code). A line
 * indented less than an item's content leaves it, unless it continues a
 * paragraph lazily; indented code inside an item needs four columns more
 * than the item's content.
 */
#define LIST_MAX 32

typedef struct {
	unsigned int col[LIST_MAX];
	unsigned int depth;
	int quoted;         /* the items are inside a block quote */
} lists;

/* The end of the list marker at t[k] (list_marker() found one). */
static size_t marker_end(const char *t, size_t k)
{
	if (t[k] == '-' || t[k] == '*' || t[k] == '+')
		return k + 1;
	while (t[k] >= '0' && t[k] <= '9')
		k++;
	return k + 1;
}

/*
 * Open a list item whose marker starts at t[k], at column indent. Returns
 * 1 when its first line is indented code (five blanks or more after the
 * marker).
 */
static int item_open(lists *l, const char *t, size_t k, size_t le, unsigned int indent)
{
	size_t s = marker_end(t, k);
	unsigned int w = indent + (unsigned int)(s - k), col = w;

	while (s < le && (t[s] == ' ' || t[s] == '\t')) {
		col = t[s] == '\t' ? (col + 4) & ~3u : col + 1;
		s++;
	}
	if (l->depth < LIST_MAX)
		l->col[l->depth++] = s == le || col - w >= 5 ? w + 1 : col;
	return s < le && col - w >= 5;
}

/* Whether the line at t[k] starts a block other than a list item that ends a paragraph. */
static int interrupts(const char *t, size_t k, size_t le)
{
	size_t h;

	return fence_run(t, k, le) ||
	       is_heading(t, k, le, &h) || is_break_line(t, k, le, 0) ||
	       (t[k] == '<' && html_block_start(t, k, le));
}

int errata__markdown_mask(errata_doc *doc)
{
	md m;
	const char *t = doc->text;
	size_t n = doc->len, ls, next;
	size_t fence_len = 0;
	char fence = 0;
	int in_para = 0, prev_blank = 1, ref = REF_NONE, error;
	lists list;

	memset(&m, 0, sizeof(m));
	memset(&list, 0, sizeof(list));
	m.doc = doc;
	m.t = t;
	m.p = doc->prose;
	m.n = n;
	m.para = NO_PARA;
	m.mark_from = SIZE_MAX;
#ifdef ERRATA__AVX2
	m.avx2 = errata__avx2();
#endif
	if ((error = errata__frontmatter(doc, 1, &ls)) < 0)
		return error;
	for (; ls < n && m.error == 0; ls = next) {
		size_t le, k = ls, j;
		unsigned int indent, q_indent, rel;
		int quoted = 0, blank, inner = 0;

		if (!fence && !ref && !block_start[(unsigned char)t[ls]]) {
			/*
			 * Plain text: no indent, no marker, not blank (a line feed
			 * is in block_start). It continues a paragraph (lazily, when
			 * that is in a list item) or starts one outside every list;
			 * the steps below would find nothing else.
			 */
			line_at(&m, ls);
			if (list.depth && (prev_blank || !in_para))
				list.depth = 0;
			if (m.para == NO_PARA)
				m.para = ls;
			in_para = 1;
			prev_blank = 0;
			next = plain_lines_end(&m);
			if (next < n && t[next] == '\n') {
				/* an empty line after them ends the paragraph, as below */
				flush(&m, next);
				in_para = 0;
				prev_blank = 1;
				next++;
				m.line++;
			}
			continue;
		}
		le = line_end(&m, ls);
		next = next_line(t, le, n);
		if (!fence && k == le) {
			/* an empty line: the steps below would find it blank */
			flush(&m, ls);
			in_para = 0;
			prev_blank = 1;
			ref = REF_NONE;
			continue;
		}
		if (fence) {
			/* inside a fence: every line is code; look for the closing one */
			while (k < le && (t[k] == ' ' || t[k] == '\t' || t[k] == '>'))
				k++;
			if (k < le && t[k] == fence) {
				for (j = k; j < le && t[j] == fence; j++)
					;
				if (j - k >= fence_len && only_blanks(t, j, le))
					fence = 0;
			}
			errata__mask(m.p, ls, le);
			continue;
		}
		indent = q_indent = indent_of(t, &k, le);
		while (indent <= 3 && k < le && t[k] == '>') {
			m.p[k++] = ' ';
			if (k < le && t[k] == ' ')
				k++;
			quoted = 1;
			indent = indent_of(t, &k, le);
		}
		blank = k == le;
		if (blank) {
			flush(&m, ls);
			in_para = 0;
			prev_blank = 1;
			ref = REF_NONE;
			continue;
		}
		if (ref) {
			/* a definition's destination, then its title, on lines of their own */
			int was = ref;

			ref = REF_NONE;
			if ((was == REF_LABEL && ref_dest(t, k, le) != REF_NONE) ||
			    (was == REF_DEST && is_title_line(t, k, le))) {
				errata__mask(m.p, k, le);
				if (was == REF_LABEL && ref_dest(t, k, le) == REF_DEST)
					ref = REF_DEST;
				prev_blank = 0;
				continue;
			}
		}
		if (quoted && list.depth && !list.quoted && q_indent >= list.col[list.depth - 1]) {
			/*
			 * A block quote inside the innermost item: its lines are
			 * read from the quote's '>' and leave the items as they are.
			 */
			inner = 1;
		} else if (quoted != list.quoted) {
			list.depth = 0;
			list.quoted = quoted;
		}
		j = list_marker(t, k, le);
		/* leave the items this line is not indented into */
		while (!inner && list.depth && indent < list.col[list.depth - 1]) {
			/*
			 * A lazy continuation line; not a list marker, which starts
			 * an item of an enclosing list whatever its number.
			 */
			if (in_para && !prev_blank && !j && !interrupts(t, k, le))
				break;
			list.depth--;
			flush(&m, ls);
			in_para = 0;
		}
		if (!inner && list.depth && indent < list.col[list.depth - 1]) {
			prev_blank = 0;
			continue; /* the paragraph goes on */
		}
		rel = inner ? indent : indent - (list.depth ? list.col[list.depth - 1] : 0);
		if (rel >= 4) {
			if (!in_para) {
				/* indented code */
				errata__mask(m.p, ls, le);
				prev_blank = 0;
				continue;
			}
			j = 0; /* a paragraph's continuation */
		}
		if (j && in_para && !may_interrupt(t, k, j, le))
			j = 0; /* "2026." on a wrapped line is text, not a list */
		if (rel <= 3) {
			size_t r = fence_run(t, k, le), h;

			if (r) {
				flush(&m, ls);
				fence = t[k];
				fence_len = r;
				errata__mask(m.p, ls, le);
				in_para = 0;
				prev_blank = 0;
				continue;
			}
			if (t[k] == '<' && html_block_start(t, k, le)) {
				flush(&m, ls);
				next = html_block(&m, k, ls, le);
				in_para = 0;
				prev_blank = 0;
				continue;
			}
			if (is_heading(t, k, le, &h)) {
				flush(&m, ls);
				heading(&m, k, h, le);
				in_para = 0;
				prev_blank = 0;
				continue;
			}
			if (is_break_line(t, k, le, in_para)) {
				flush(&m, ls);
				errata__mask(m.p, k, le);
				in_para = 0;
				prev_blank = 0;
				continue;
			}
			if (!in_para && (ref = ref_def(t, k, le)) != REF_NONE) {
				flush(&m, ls);
				errata__mask(m.p, k, le);
				if (ref == REF_DONE)
					ref = REF_NONE;
				prev_blank = 0;
				continue;
			}
		}
		if (j) {
			flush(&m, ls);
			if (!inner && item_open(&list, t, k, le, indent)) {
				errata__mask(m.p, k, le); /* "-     code" */
				in_para = 0;
			} else {
				errata__mask(m.p, k, j);
				m.para = j;
				in_para = 1;
			}
			prev_blank = 0;
			continue;
		}
		if (m.para == NO_PARA)
			m.para = ls;
		in_para = 1;
		prev_blank = 0;
	}
	flush(&m, n);
	return m.error < 0 ? m.error : 0;
}
