/*
 * mention_scan.c: the one pass over the prose that finds where a parse
 * may start. Only digits and words that the locale table knows (months,
 * weekdays, day words) start one. The scan classifies 64 bytes at a time
 * into bit masks and, for each run of ASCII letters, looks its first
 * three letters up in a table of the keys' beginnings, so that ordinary
 * prose costs a few instructions per word and a word is only tokenized
 * and hashed when a key may start like it. Where a checker has
 * classified the prose's word index with the keys' beginnings already
 * (text/wordindex.h), the same stops are read off the index instead
 * (next_stop_indexed()), and the text's bytes only where one is. At each
 * candidate the shape
 * parsers (errata__parse_at()) run over the next few tokens, reading
 * them through a small cache by position, and never backtrack over more
 * than one expression; what they find is pushed on the mention list, and
 * year inference (mention_year.c) runs last.
 */
#include "mention_impl.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "cjk.h"
#include "common.h"
#include "mention.h"

/* Whether a day number follows the word ending at pos: [.] blank digit
 * (an ambiguous weekday form read only before a date, "jeu. 4 mars"). */
static int digit_after(const unsigned char *u, size_t len, size_t pos)
{
	if (pos < len && u[pos] == '.')
		pos++;
	if (pos < len && u[pos] == ' ')
		pos++;
	else if (pos + 1 < len && u[pos] == 0xc2 && u[pos + 1] == 0xa0) /* no-break space */
		pos += 2;
	else
		return 0;
	return pos < len && u[pos] >= '0' && u[pos] <= '9';
}

/* A number starts a candidate unless it continues another ("3.14", "15-17"). */
static int num_boundary(const ctx *c, size_t start)
{
	unsigned char p;

	if (start == 0)
		return 1;
	p = (unsigned char)c->s[start - 1];
	if ((p | 32) >= 'a' && (p | 32) <= 'z')
		return 0;
	if ((p == '.' || p == ',' || p == ':' || p == '/' || p == '-') && start >= 2 &&
	    c->s[start - 2] >= '0' && c->s[start - 2] <= '9')
		return 0;
	/* a piece of an identifier: "abc.77.4.2210" in a DOI, "v2/4/2026" */
	if ((p == '.' || p == '/' || p == '-' || p == '_') && start >= 2 &&
	    ascii_letter((unsigned char)c->s[start - 2]))
		return 0;
	return 1;
}

/*
 * The stops of the scan: the bytes where the scanner has something to
 * do. They are the first letter of each run of ASCII letters and every
 * "special" byte: digits, bytes outside ASCII (letters of other scripts,
 * curly quotes, no-break spaces), apostrophes and hyphens (where a word
 * may go on). Every other byte is ASCII punctuation or white space, or a
 * letter of a run begun before it, and the scanner would only step over
 * it. A window of 64 bytes is classified at once into bit masks (bit i
 * for byte base + i).
 */
typedef struct {
	const unsigned char *u;
	size_t len;
	size_t base;           /* the window: bytes base .. base + 63 */
	uint64_t starts;       /* first letters of runs of ASCII letters */
	uint64_t special;      /* digits, non-ASCII bytes, apostrophes, hyphens */
	uint64_t goes_on;      /* special bytes right after an ASCII letter */
	/* the window's bytes as the key table reads them: a letter's low five
	 * bits (1..26 for either case), 0 for any other byte; and the three
	 * bytes after the window the same way, and a zero */
	unsigned char low[68];
	unsigned char tail[80];/* the text's last bytes, padded */
} stop_scan;

/* An ASCII letter's low five bits (1..26 for either case); 0: no letter. */
#define LETTER_PAIR(c) [c] = (c) & 31, [(c) + 32] = (c) & 31
static const unsigned char letter_index[256] = {
	LETTER_PAIR('A'), LETTER_PAIR('B'), LETTER_PAIR('C'), LETTER_PAIR('D'), LETTER_PAIR('E'),
	LETTER_PAIR('F'), LETTER_PAIR('G'), LETTER_PAIR('H'), LETTER_PAIR('I'), LETTER_PAIR('J'),
	LETTER_PAIR('K'), LETTER_PAIR('L'), LETTER_PAIR('M'), LETTER_PAIR('N'), LETTER_PAIR('O'),
	LETTER_PAIR('P'), LETTER_PAIR('Q'), LETTER_PAIR('R'), LETTER_PAIR('S'), LETTER_PAIR('T'),
	LETTER_PAIR('U'), LETTER_PAIR('V'), LETTER_PAIR('W'), LETTER_PAIR('X'), LETTER_PAIR('Y'),
	LETTER_PAIR('Z')
};
#undef LETTER_PAIR

#if defined(__SSE2__) && defined(__GNUC__)
/*
 * The 16 bytes at p: their letter mask and special mask (bit i for byte
 * i), and their low five bits where they are letters into low[0..15].
 */
static inline void classify16(const unsigned char *p, unsigned char *low, uint64_t *letters,
                              uint64_t *special)
{
	__m128i x = _mm_loadu_si128((const __m128i *)(const void *)p);
	/*
	 * Adding 0x1f takes (x | 0x20) from 'a'..'z' to 0x80..0x99, the lowest
	 * bytes as signed, and every other byte above them; adding 0x50 does
	 * the same for '0'..'9' and 0x80..0x89.
	 */
	__m128i l = _mm_add_epi8(_mm_or_si128(x, _mm_set1_epi8(0x20)), _mm_set1_epi8(0x1f));
	__m128i d = _mm_add_epi8(x, _mm_set1_epi8(0x50));
	/* (or x itself: the mask takes the high bit, set on non-ASCII bytes) */
	__m128i s = _mm_or_si128(_mm_cmplt_epi8(d, _mm_set1_epi8(-0x80 + 10)), x);

	s = _mm_or_si128(s, _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('\'')),
	                                 _mm_cmpeq_epi8(x, _mm_set1_epi8('-'))));
	l = _mm_cmplt_epi8(l, _mm_set1_epi8(-0x80 + 26));
	_mm_storeu_si128((__m128i *)(void *)low, _mm_and_si128(l, _mm_and_si128(x, _mm_set1_epi8(31))));
	*letters = (uint32_t)_mm_movemask_epi8(l);
	*special = (uint32_t)_mm_movemask_epi8(s);
}
#else
static int special_byte(unsigned char ch)
{
	return ascii_digit(ch) || ch >= 0x80 || ch == '\'' || ch == '-';
}
#endif

/* The masks of the 64 bytes at p: ASCII letters and special bytes; their
 * low five bits, and those of the three bytes after them, into low[]. */
static inline void classify64(const unsigned char *p, unsigned char *low, uint64_t *letters,
                              uint64_t *special)
{
#if defined(__SSE2__) && defined(__GNUC__)
	uint64_t l0, l1, l2, l3, s0, s1, s2, s3;

	classify16(p, low, &l0, &s0);
	classify16(p + 16, low + 16, &l1, &s1);
	classify16(p + 32, low + 32, &l2, &s2);
	classify16(p + 48, low + 48, &l3, &s3);
	*letters = l0 | l1 << 16 | l2 << 32 | l3 << 48;
	*special = s0 | s1 << 16 | s2 << 32 | s3 << 48;
#else
	*letters = *special = 0;
	for (int i = 0; i < 64; i++) {
		low[i] = letter_index[p[i]];
		if (ascii_letter(p[i]))
			*letters |= (uint64_t)1 << i;
		else if (special_byte(p[i]))
			*special |= (uint64_t)1 << i;
	}
#endif
	low[64] = letter_index[p[64]];
	low[65] = letter_index[p[65]];
	low[66] = letter_index[p[66]];
}

static size_t lowest_bit(uint64_t m)
{
#if defined(__GNUC__)
	return (size_t)__builtin_ctzll(m);
#else
	size_t i = 0;

	while (!(m & 1)) {
		m >>= 1;
		i++;
	}
	return i;
#endif
}

/* p[0] | p[1] << 8, in one load where the byte order allows */
static inline size_t two_bytes(const unsigned char *p)
{
#if defined(__GNUC__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	uint16_t v;

	memcpy(&v, p, 2);
	return v;
#else
	return (size_t)p[0] | (size_t)p[1] << 8;
#endif
}

static size_t highest_bit(uint64_t m)
{
#if defined(__GNUC__)
	return 63u - (size_t)__builtin_clzll(m);
#else
	size_t i = 63;

	while (!(m >> i))
		i--;
	return i;
#endif
}

/*
 * Whether a key of the table may start with the first letters of u, a run
 * of k >= 2 ASCII letters (the first three at most are looked at).
 */
static int key_prefix(const errata_locale *loc, const unsigned char *u, size_t k)
{
	unsigned int x = letter_index[u[0]], y = letter_index[u[1]];

	if (k == 2)
		return (loc->pair[x] >> y) & 1;
	return (loc->start[x * 32 + y] >> letter_index[u[2]]) & 1;
}

/*
 * The first stop at or after from that needs a closer look, or the text's
 * length. On the way, runs of ASCII letters that cannot be a key of the
 * table by their first three letters are passed over, unless the word
 * goes on after them (a special byte follows the run's last letter): such
 * a run's start is returned, for the word to be read whole.
 */
static size_t next_stop(stop_scan *sc, const errata_locale *loc, size_t from)
{
	const uint32_t *key_start = loc->start_xy, *fourth = loc->fourth;
	size_t passed = (size_t)-1; /* the start of the run passed over last */
	size_t found = sc->len, base = sc->base;
	const unsigned char *low = sc->low;
	uint64_t starts = sc->starts, special = sc->special, goes_on = sc->goes_on;

	while (from < sc->len) {
		uint64_t keep, m, first, runs;

		/* (from before the window wraps round to a large offset) */
		if (from - base >= 64) {
			/* move the window to from and classify its bytes */
			const unsigned char *bytes;
			uint64_t letters, after_letter;

			base = from;
			bytes = sc->u + base;
			if (sc->len - base < 67) {
				memset(sc->tail, 0, sizeof(sc->tail));
				memcpy(sc->tail, bytes, sc->len - base);
				bytes = sc->tail;
			}
			classify64(bytes, sc->low, &letters, &special);
			after_letter = (letters << 1) | (uint64_t)(base > 0 && ascii_letter(sc->u[base - 1]));
			starts = letters & ~after_letter;
			goes_on = special & after_letter;
		}
		keep = ~(uint64_t)0 << (from - base);
		first = special & keep;
		/* the runs that start before the first special byte */
		runs = starts & keep & (first ? (first & (0 - first)) - 1 : ~(uint64_t)0);
		for (m = runs; m; m &= m - 1) {
			size_t i = lowest_bit(m);

			/* a run of one letter reads the row's every bit; of two, bit 0;
			 * a run of three or more letters must go on (or end) as a key
			 * does after its third letter */
			if (((key_start[two_bytes(low + i)] >> low[i + 2]) & 1) &&
			    (!low[i + 2] ||
			     ((fourth[(size_t)low[i + 1] * 32 + low[i + 2]] >> low[i + 3]) & 1))) {
				found = base + i;
				goto done;
			}
		}
		if (runs)
			passed = base + highest_bit(runs);
		if (first) {
			size_t i = lowest_bit(first);

			found = passed != (size_t)-1 && ((goes_on >> i) & 1) ? passed : base + i;
			goto done;
		}
		from = base + 64;
	}
done:
	sc->base = base;
	sc->starts = starts;
	sc->special = special;
	sc->goes_on = goes_on;
	return found;
}

/* ---- the scan read off a word index ---------------------------------- */

/*
 * The same stops as next_stop(), from the word index of the text,
 * classified with the keys of errata__mentions_keys_add() as class
 * ERRATA__MENTION_KEY_CLASS, listed apart: the special bytes are the
 * index's digits and marks, and the runs of ASCII letters before the
 * first of them that start a word of the index are its words of that
 * class (a run after a digit or a byte outside ASCII starts after a
 * special byte, so only a run at `from` itself may be no word start of
 * the index). Each is tested as next_stop() tests it.
 */
typedef struct {
	const errata__word_index *ix;
	const unsigned char *u;
	size_t len;
	const errata__word_span *key, *keys_end; /* the words of the keys' class not yet passed */
	size_t mark_from, mark; /* the last errata__word_index_next_mark(): from, answer */
} index_scan;

/* An ASCII letter's low five bits at u[i], 0 for any other byte and past the text. */
static inline unsigned low_at(const unsigned char *u, size_t len, size_t i)
{
	return i < len ? letter_index[u[i]] : 0;
}

/* next_stop()'s test of the run of ASCII letters that starts at u[i]. */
static inline int key_run(const errata_locale *loc, const unsigned char *u, size_t len, size_t i)
{
	unsigned x, y, z;

	if (i + 3 < len) {
		x = letter_index[u[i]];
		y = letter_index[u[i + 1]];
		z = letter_index[u[i + 2]];
		return ((loc->start_xy[x | y << 8] >> z) & 1) &&
		       (!z || ((loc->fourth[y * 32 + z] >> letter_index[u[i + 3]]) & 1));
	}
	x = low_at(u, len, i);
	y = low_at(u, len, i + 1);
	z = low_at(u, len, i + 2);
	return ((loc->start_xy[x | y << 8] >> z) & 1) &&
	       (!z || ((loc->fourth[y * 32 + z] >> low_at(u, len, i + 3)) & 1));
}

static size_t next_stop_indexed(index_scan *is, const errata_locale *loc, size_t from)
{
	const errata__word_index *ix = is->ix;
	const unsigned char *u = is->u;
	const errata__word_span *k = is->key;
	size_t len = is->len, s, r;

	/* No mark lies in [mark_from, mark): from anywhere in there the next
	 * one is the same, and a long run without one (a line of nothing but
	 * words) is not scanned again for each word of it. */
	if (from < is->mark_from || from > is->mark) {
		is->mark_from = from;
		is->mark = errata__word_index_next_mark(ix, from, len);
	}
	s = is->mark;

	/* a run that starts at from right after a word character (a digit, a
	 * letter of another script): no word start of the index */
	if (ascii_letter(u[from]) && from > 0 && !ascii_letter(u[from - 1]) &&
	    ((ix->bits[(from - 1) >> 6] >> ((from - 1) & 63)) & 1) && key_run(loc, u, len, from))
		return from;
	/* the runs from there on that start words, up to the first special byte */
	while (k < is->keys_end && k->start < from)
		k++;
	for (; k < is->keys_end && k->start < s; k++) {
		size_t i = k->start;

		if (ascii_letter(u[i]) && key_run(loc, u, len, i)) {
			is->key = k;
			return i;
		}
	}
	is->key = k;
	if (s >= len || s == from || !ascii_letter(u[s - 1]))
		return s;
	/* the word goes on at s: the start of its run of letters, when that is at from or after */
	for (r = s - 1; r > from && ascii_letter(u[r - 1]); r--)
		;
	return r > from || from == 0 || !ascii_letter(u[from - 1]) ? r : s;
}

/*
 * The scan has read the token at t->start already: keep it in the parse's
 * cache, and w, the table's word for it (read up to end), so that the parse at a candidate does not read it again.
 */
static void remember_token(tok_cache *tc, const errata__tok *t)
{
	size_t slot = t->start % TOK_CACHE;

	tc->tok[slot] = *t;
	tc->pos[slot] = t->start;
}

/* The cache's slot for the token at start, claimed for it: the scan
 * reads a token it has measured itself straight into it. */
static errata__tok *token_slot(tok_cache *tc, size_t start)
{
	size_t slot = start % TOK_CACHE;

	tc->pos[slot] = start;
	return &tc->tok[slot];
}

static void remember_word(tok_cache *tc, const errata__tok *t, const errata__date_word *w,
                          size_t end)
{
	size_t slot = t->start % TOK_CACHE;

	tc->word[slot].w = w;
	tc->word[slot].start = t->start;
	tc->word[slot].end = end;
	tc->word[slot].upper = t->upper;
	tc->word_pos[slot] = t->start;
}

/* The token errata__tok_next() reads at start: a run of n ASCII letters
 * (n < ERRATA__TOK_FOLD) that no apostrophe, hyphen or other letter
 * continues (word), folded here eight at a time where the text has eight
 * bytes left, or a number of at most eight digits (!word). */
static void ascii_token(errata__tok *t, const char *s, size_t len, size_t start, size_t n,
                        int word)
{
	size_t i = 0;

	memset(t, 0, offsetof(errata__tok, fold));
	t->start = start;
	t->end = start + n;
	t->fold[0] = '\0';
	if (!word) {
		t->kind = ERRATA__TOK_NUM;
		t->ndigits = (int)n;
		for (i = 0; i < n; i++)
			t->num = t->num * 10 + (unsigned long)(s[start + i] - '0');
		return;
	}
	t->kind = ERRATA__TOK_WORD;
	t->upper = s[start] >= 'A' && s[start] <= 'Z';
	t->flen = n;
	for (; i < n && start + i + 8 <= len; i += 8) {
		uint64_t x;

		/* (the bytes past the letters are overwritten or unused) */
		memcpy(&x, s + start + i, 8);
		x |= 0x2020202020202020ULL;
		memcpy(t->fold + i, &x, 8);
	}
	for (; i < n; i++)
		t->fold[i] = (char)(s[start + i] | 32);
	t->fold[n] = '\0';
}

void errata__mentions_keys_add(unsigned char *lead, unsigned bit, const errata_locale *loc)
{
	unsigned char flag = (unsigned char)(1u << bit);
	/*
	 * The bytes of each letter index: a letter in either case; for 0, any
	 * byte but a letter, and in quiet[] only those that are no special
	 * byte either. A run of letters that a special byte follows is where
	 * the scan stops whatever its letters (next_stop(): the word goes
	 * on), so the runs of one or two letters are marked only before a
	 * quiet byte.
	 */
	unsigned bytes[27][256], n[27] = { 0 }, quiet[256], nq = 0;

	for (unsigned b = 0; b < 256; b++) {
		unsigned x = letter_index[b];

		bytes[x][n[x]++] = b;
		if (!x && b < 0x80 && !ascii_digit((unsigned char)b) && b != '\'' && b != '-')
			quiet[nq++] = b;
	}
	for (unsigned x = 1; x <= 26; x++)
		for (unsigned y = 0; y <= 26; y++) {
			uint32_t row = loc->start_xy[x | y << 8];
			const unsigned *by = y ? bytes[y] : quiet;
			unsigned ny = y ? n[y] : nq;

			for (unsigned z = 0; row && z <= 26; z++) {
				/* after a run of one letter, any third byte */
				const unsigned *bz = z || !y ? bytes[z] : quiet;
				unsigned nz = z || !y ? n[z] : nq;

				if (!((row >> z) & 1))
					continue;
				for (unsigned i = 0; i < n[x]; i++)
					for (unsigned j = 0; j < ny; j++)
						for (unsigned k = 0; k < nz; k++)
							lead[errata__word_key(bytes[x][i] | by[j] << 8 |
							                      bz[k] << 16)] |= flag;
			}
		}
}

int errata_mentions_extract_text(errata_mentions **out, const char *text, size_t len,
                                 const errata_locale *loc,
                                 const errata_mention_options *opts)
{
	return errata__mentions_extract_raw(out, text, text, len, loc, opts);
}

int errata__mentions_extract_raw(errata_mentions **out, const char *text, const char *raw,
                                 size_t len, const errata_locale *loc,
                                 const errata_mention_options *opts)
{
	return errata__mentions_extract_indexed(out, text, raw, len, loc, opts, NULL, NULL);
}

int errata__mentions_extract_indexed(errata_mentions **out, const char *text, const char *raw,
                                     size_t len, const errata_locale *loc,
                                     const errata_mention_options *opts,
                                     const errata__word_index *words, const unsigned char *keys)
{
	errata_mentions *ms = NULL;
	errata_mention_options dflt = ERRATA_MENTION_OPTIONS_INIT;
	ctx c;
	tok_cache cache;
	stop_scan scan;
	index_scan iscan;
	const errata__word_span *key_words = NULL;
	size_t nkeys = 0;
	errata__tok t;
	blank_list blanks = { 0, 0, 0, NULL, 0 };
	line_memo line = { 0, 0, 0 };
	size_t pos = 0;
	int error = 0;

	if (!out || (!text && len) || !loc)
		return errata__error(ERRATA_EUSAGE, "no output, text or locale given");
	*out = NULL;
	if (!opts)
		opts = &dflt;
	if (opts->version != ERRATA_MENTION_OPTIONS_VERSION)
		return errata__error(ERRATA_EUSAGE, "unknown mention options version %u",
		                     opts->version);
	if (!(ms = calloc(1, sizeof(*ms))))
		return errata__oom();
	c.s = text ? text : "";
	c.raw = raw ? raw : c.s;
	c.len = len;
	c.loc = loc;
	c.order = opts->order != ERRATA_ORDER_AUTO ? opts->order : loc->order;
	c.cache = &cache;
	c.blanks = &blanks;
	c.line = &line;
	for (size_t i = 0; i < TOK_CACHE; i++)
		cache.pos[i] = cache.word_pos[i] = (size_t)-1;
	cache.day_pos = (size_t)-1;
	scan.u = (const unsigned char *)c.s;
	scan.len = len;
	scan.base = (size_t)0 - 64; /* no window yet: every position is 64 or more past it */
	memset(scan.low, 0, sizeof(scan.low));
	scan.starts = scan.special = scan.goes_on = 0;
	if (words && keys && errata__word_index_classified(words, keys, NULL) && words->nw == len / 64 + 2)
		key_words = errata__word_index_apart(words, ERRATA__MENTION_KEY_CLASS, &nkeys);
	iscan.ix = key_words ? words : NULL;
	iscan.u = scan.u;
	iscan.len = len;
	iscan.key = key_words;
	iscan.keys_end = key_words ? key_words + nkeys : NULL;
	iscan.mark_from = 1;
	iscan.mark = 0;
	while (pos < len) {
		unsigned char ch = (unsigned char)c.s[pos];
		size_t start, next;
		int candidate = 0;

		if (ch < 0x80 && !ascii_digit(ch)) {
			/* ASCII letters, punctuation and white space: on to the next
			 * place with something to read */
			if ((pos = iscan.ix ? next_stop_indexed(&iscan, loc, pos) :
			                      next_stop(&scan, loc, pos)) >= len)
				break;
			ch = (unsigned char)c.s[pos];
		}
		start = pos;

		if (ch >= '0' && ch <= '9') {
			while (pos < len && c.s[pos] >= '0' && c.s[pos] <= '9')
				pos++;
			if (pos - start > 4 || !num_boundary(&c, start))
				continue;
			candidate = 1;
			next = pos;
			ascii_token(token_slot(&cache, start), c.s, len, start, pos - start, 0);
		} else if ((ch | 32) >= 'a' && (ch | 32) <= 'z') {
			/* Fast path: an ASCII word; fold and compare only on a hash hit. */
			const unsigned char *u = (const unsigned char *)c.s;
			size_t k;
			uint32_t h;

			pos = errata__ascii_letters_end(c.s, len, pos + 1);
			next = pos;
			k = pos - start;
			if (pos < len && (u[pos] >= 0x80 || u[pos] == '\'' || u[pos] == '-')) {
				/* non-ASCII letters, or an inner apostrophe or hyphen */
				if (k >= 2 && !key_prefix(loc, u + start, k)) {
					next = errata__tok_word_end(c.s, len, start);
				} else {
					const errata__date_word *w;
					size_t end;

					errata__tok_next(c.s, len, start, &t);
					remember_token(&cache, &t);
					w = errata__lookup_word(&c, &t, &end);
					remember_word(&cache, &t, w, end);
					candidate = w != NULL;
					next = end > start ? end : start + 1;
				}
			} else if (k < ERRATA__TOK_FOLD &&
			           (k < 2 || ((loc->pair[ch & 31] >> (u[start + 1] & 31)) & 1))) {
				/* (a word whose first two letters start no key is not one) */
				h = errata__word_sig(k, (unsigned char)(ch | 32),
				                     k > 1 ? (unsigned char)(u[start + 1] | 32) : 0,
				                     k > 2 ? (unsigned char)(u[start + 2] | 32) : 0,
				                     (unsigned char)(u[pos - 1] | 32));
				if (ERRATA__BLOOM_HAS(loc, h)) {
					/* (the word is read into the parse's cache, where
					 * its folded form is the key looked up) */
					errata__tok *ct = token_slot(&cache, start);
					const errata__date_word *w;

					ascii_token(ct, c.s, len, start, k, 1);
					w = errata__locale_word_hashed(loc, ct->fold, k, h);
					candidate = w && (!w->ambiguous || (ch >= 'A' && ch <= 'Z') ||
					                  (w->weekday >= 0 && digit_after(u, len, pos)));
					if (candidate)
						remember_word(&cache, ct, w, ct->end);
				}
			}
			/* the space after an ordinary word: one step fewer */
			if (!candidate && next < len && u[next] == ' ')
				next++;
		} else if (ch < 0x80) {
			pos++;
			continue;
		} else if (!errata__tok_lead_may(&loc->lead, c.s, len, start)) {
			/* a word outside ASCII that no key starts like: not read
			 * nor looked up, only measured (errata__tok_next() would
			 * end it there too) */
			next = errata__tok_word_end(c.s, len, start);
			if (loc->cjk.on) {
				size_t at = errata__cjk_next_start(loc, c.s, start, next);

				if (at == start)
					candidate = 1;
				else if (at < next)
					next = at;
			}
		} else {
			errata__tok_next(c.s, len, start, &t);
			if (t.kind == ERRATA__TOK_END)
				break;
			start = t.start;
			next = t.end > pos ? t.end : pos + 1;
			remember_token(&cache, &t);
			if (t.kind == ERRATA__TOK_WORD) {
				size_t end;
				const errata__date_word *w = errata__lookup_word(&c, &t, &end);

				remember_word(&cache, &t, w, end);
				candidate = w != NULL;
			}
			if (!candidate && loc->cjk.on) {
				/* an era name or a full-width digit, maybe inside a run of letters */
				size_t at = errata__cjk_next_start(loc, c.s, start, next);

				if (at == start)
					candidate = 1;
				else if (at < next)
					next = at;
			}
		}
		if (candidate) {
			part a, b;
			size_t close_end;
			int n, kind = errata__parse_at(&c, start, &a, &b, &n);

			if (kind == PAIR_LIST && errata__preceded_by(&c, part_start(&a), &loc->range_open))
				kind = PAIR_RANGE;
			/* "június 5. és 7. között": a word after the list makes it a range too */
			if (kind == PAIR_LIST && n == 2 && loc->range_close.n &&
			    errata__match_phrase(&c, b.end, &loc->range_close, 0, &close_end))
				kind = PAIR_RANGE;

			/* no date starts here: a weekday and a day without a month
			 * may (at a weekday, or a number in a table with marks) */
			if (n == 0 && (loc->cjk.on || ((ch | 32) >= 'a' && (ch | 32) <= 'z') || ch >= 0x80) &&
			    (error = errata__day_mention_read(&c, ms, start)))
				goto cleanup;
			if (n >= 1 && (error = errata__mentions_push(ms, &a)))
				goto cleanup;
			if (n >= 1) {
				/* "last Dec. 3", "next Tuesday, Jan. 5": which way to look */
				ms->x[ms->n - 1].dir = (signed char)errata__direction_before(&c, part_start(&a));
			}
			if (n == 2) {
				size_t ia = ms->n - 1;

				if ((error = errata__mentions_push(ms, &b)))
					goto cleanup;
				ms->x[ia].pair = (long)ia + 1;
				ms->x[ia + 1].pair = (long)ia;
				if (kind == PAIR_RANGE) {
					ms->v[ia].flags |= ERRATA_MENTION_RANGE_START;
					ms->v[ia + 1].flags |= ERRATA_MENTION_RANGE_END;
					ms->v[ia].peer = (long)ia + 1;
					ms->v[ia + 1].peer = (long)ia;
				}
				if ((error = errata__mentions_continue_list(&c, ms, &b, ia)))
					goto cleanup;
			}
			if (n >= 1) {
				const errata_mention *last = &ms->v[ms->n - 1];

				next = last->offset + last->length;
				if (n == 2 && ms->v[ms->n - 2].offset + ms->v[ms->n - 2].length > next)
					next = ms->v[ms->n - 2].offset + ms->v[ms->n - 2].length;
			}
		}
		pos = next > start ? next : start + 1;
	}
	/*
	 * infer_years asks about paragraphs between far-apart positions, never
	 * past the start of the last mention (a blank line after it cannot end
	 * before a position it asks about).
	 */
	blanks.wanted = ms->n >= 2;
	for (size_t i = 0; i < ms->n; i++)
		if (ms->v[i].offset + 1 > blanks.upto)
			blanks.upto = ms->v[i].offset + 1;
	errata__mentions_infer_years(&c, ms, &opts->anchor);
	if (ms->ndays)
		errata__mentions_infer_days(&c, ms, &opts->anchor);
	*out = ms;
	ms = NULL;
cleanup:
	free(blanks.v);
	errata_mentions_free(ms);
	return error;
}
