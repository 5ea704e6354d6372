/*
 * match.c: running rule packs on a document's prose view.
 *
 * Literal forms (substitution lists, consistency variants) and repeated
 * words share one pass, over only the words that the word index's
 * classification (text/wordindex.h, one walk over the prose for every
 * consumer) flagged: those that may be the first word of a form, by their
 * first two bytes and length, and those that may repeat the word before.
 * Each such word's ASCII-folded hash is looked up in a small table of the
 * first words of every literal form, and only on a hit is the whole form
 * compared. pcre2 rules each make one JIT pass with a match context whose
 * limits stop a runaway pattern: the rule then stops for this document and
 * leaves an info finding, the checker never hangs.
 */
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "rules/rule_impl.h"
#include "text/prose.h"

/* ---- words ------------------------------------------------------------ */

/* ASCII lower case of every byte (others unchanged). */
static const unsigned char fold_table[256] = {
#define F1(c) ((unsigned char)((c) >= 'A' && (c) <= 'Z' ? (c) + 32 : (c)))
#define F4(b) F1(b), F1(b + 1), F1(b + 2), F1(b + 3)
#define F16(b) F4(b), F4(b + 4), F4(b + 8), F4(b + 12)
	F16(0), F16(16), F16(32), F16(48), F16(64), F16(80), F16(96), F16(112),
	F16(128), F16(144), F16(160), F16(176), F16(192), F16(208), F16(224), F16(240)
#undef F16
#undef F4
#undef F1
};

static inline unsigned char fold(unsigned char c)
{
	return fold_table[c];
}

uint64_t errata__fold_hash(const char *s, size_t len)
{
	uint64_t h = ERRATA__FNV_SEED;

	for (size_t i = 0; i < len; i++) {
		h ^= fold((unsigned char)s[i]);
		h *= 0x100000001b3ULL;
	}
	return h;
}

static int is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/*
 * A word's key: its first, middle and last bytes with bit 0x20 set, and
 * its length in the top byte (modulo 256). Three loads and no branch;
 * words equal but for ASCII case have equal keys, and no key is 0.
 */
static inline uint32_t word_key(const unsigned char *w, size_t n)
{
	return ((uint32_t)w[0] | (uint32_t)w[n >> 1] << 8 | (uint32_t)w[n - 1] << 16 |
	        0x202020u) | (uint32_t)n << 24;
}

static inline uint32_t key_slot(uint32_t key)
{
	return (key * 0x9e3779b1u) >> 16;
}

/*
 * A word's slot in word_bits, from its length and its first and last
 * eight bytes (all of it up to eight bytes, most of it up to sixteen)
 * with bit 0x20 set in each: words equal but for ASCII case share it,
 * and a misspelt form is told from the word it misspells ("Thrusday",
 * "Thursday"). head holds the first bytes, the first one lowest, tail
 * the last ones, the last one highest; 0 where the word has no byte.
 */
static inline uint32_t slot_of(uint64_t head, uint64_t tail, size_t n)
{
	uint64_t x = ((head * 0x9e3779b97f4a7c15ULL) ^ tail ^ n) * 0xc2b2ae3d27d4eb4fULL;

	return (uint32_t)(x >> 48);
}

/* The slot of w[0, n) (n >= 1) in word_bits, read byte by byte. */
static uint32_t word_slot(const unsigned char *w, size_t n)
{
	uint64_t head = 0, tail = 0;

	for (size_t i = 0; i < n && i < 8; i++) {
		head |= (uint64_t)(w[i] | 0x20) << (8 * i);
		tail |= (uint64_t)(w[n - 1 - i] | 0x20) << (56 - 8 * i);
	}
	return slot_of(head, tail, n);
}

/*
 * word_slot() of the word s[i, i + n) of a text of len bytes followed by
 * its NUL: two loads of eight bytes where both are in the buffer, their
 * bytes outside the word masked.
 */
static inline uint32_t word_slot_at(const unsigned char *s, size_t len, size_t i, size_t n)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	if (i + 8 <= len + 1 && i + n >= 8) {
		const uint64_t fold8 = 0x2020202020202020ULL;
		uint64_t head, tail;

		memcpy(&head, s + i, 8);
		memcpy(&tail, s + i + n - 8, 8);
		head |= fold8;
		tail |= fold8;
		if (n < 8) {
			head &= ((uint64_t)1 << (8 * n)) - 1;
			tail &= ~(uint64_t)0 << (8 * (8 - n));
		}
		return slot_of(head, tail, n);
	}
#endif
	(void)len;
	return word_slot(s + i, n);
}

/* ---- preparing -------------------------------------------------------- */

static int lex_add(errata__rules *rs, size_t rule, size_t phrase)
{
	const errata__phrase *p = &rs->rules[rule]->phrases[phrase];
	const unsigned char *s = (const unsigned char *)p->text;
	size_t i = errata__word_end(p->text, p->len, 0);
	errata__lex_entry *e;

	e = realloc(rs->lex, (rs->lex_count + 1) * sizeof(*e));
	if (!e)
		return errata__oom();
	rs->lex = e;
	e += rs->lex_count++;
	e->hash = errata__fold_hash(p->text, i);
	if (i) {
		uint32_t slot = key_slot(word_key(s, i)), wslot = word_slot(s, i);

		/* a length from 64 on: any length (a word's is read modulo 64) */
		uint64_t bit = i < 64 ? (uint64_t)1 << i : ~(uint64_t)0;

		rs->key_bits[slot >> 6] |= (uint64_t)1 << (slot & 63);
		/* a case-sensitive form starts only with its own first byte */
		rs->first_len[s[0]] |= bit;
		if (!rs->rules[rule]->case_sensitive && fold(s[0]) >= 'a' && fold(s[0]) <= 'z') {
			rs->first_len[fold(s[0])] |= bit;
			rs->first_len[fold(s[0]) - 32] |= bit;
		}
		rs->word_bits[wslot >> 6] |= (uint64_t)1 << (wslot & 63);
		errata__word_lead_add(rs->listed, ERRATA__WORD_BY_LENGTH, p->text, i,
		                      rs->rules[rule]->case_sensitive);
	}
	e->first_len = i;
	e->rule = rule;
	e->phrase = phrase;
	e->next = -1;
	return 0;
}

int errata__rules_prepare(errata__rules *rs)
{
	size_t nb = 64;
	int error = 0;

	if (rs->prepared)
		return 0;
	for (size_t r = 0; r < rs->count; r++) {
		errata__rule *rule = rs->rules[r];

		if (!rule->head.enabled)
			continue;
		if (rule->head.type == ERRATA__RULE_REPEATED)
			rs->any_repeated = 1;
		if (!rule->literal)
			continue;
		for (size_t p = 0; p < rule->phrase_count; p++)
			if ((error = lex_add(rs, r, p)))
				return error;
	}
	if (!(rs->pattern_rules = malloc((rs->count ? rs->count : 1) * sizeof(size_t))))
		return errata__oom();
	rs->pattern_count = 0;
	for (size_t r = 0; r < rs->count; r++) {
		const errata__rule *rule = rs->rules[r];

		if (rule->head.enabled && rule->code && !rule->literal)
			rs->pattern_rules[rs->pattern_count++] = r;
	}
	while (nb < rs->lex_count * 4)
		nb *= 2;
	if (!(rs->buckets = malloc(nb * sizeof(long))))
		return errata__oom();
	for (size_t i = 0; i < nb; i++)
		rs->buckets[i] = -1;
	rs->bucket_mask = nb - 1;
	for (size_t i = 0; i < rs->lex_count; i++) {
		size_t b = (size_t)(rs->lex[i].hash & rs->bucket_mask);

		rs->lex[i].next = rs->buckets[b];
		rs->buckets[b] = (long)i;
	}
	rs->mctx = pcre2_match_context_create(NULL);
	rs->jit_stack = pcre2_jit_stack_create(32 * 1024, 1024 * 1024, NULL);
	rs->md = pcre2_match_data_create(64, NULL);
	if (!rs->mctx || !rs->jit_stack || !rs->md)
		return errata__oom();
	pcre2_set_match_limit(rs->mctx, ERRATA__MATCH_LIMIT);
	pcre2_set_depth_limit(rs->mctx, ERRATA__DEPTH_LIMIT);
	pcre2_set_heap_limit(rs->mctx, ERRATA__HEAP_LIMIT_KIB);
	pcre2_jit_stack_assign(rs->mctx, NULL, rs->jit_stack);
	rs->prepared = 1;
	return 0;
}

const unsigned char *errata__rules_words(const errata__rules *rs)
{
	return rs->listed;
}

/* ---- messages --------------------------------------------------------- */

typedef struct {
	const char *subject;
	const PCRE2_SIZE *ov;     /* pcre2 ovector, or NULL */
	uint32_t pairs;
	const char *whole;        /* $0 for literal rules */
	size_t whole_len;
	const char *word;         /* $1 for repeated words */
	size_t word_len;
	const char *suggestion;
	const pcre2_code *code;
} expand_ctx;

static int put_group(errata_buf *b, const expand_ctx *x, unsigned n)
{
	if (x->ov) {
		if (n >= x->pairs || x->ov[2 * n] == PCRE2_UNSET)
			return 0;
		return errata_buf_put(b, x->subject + x->ov[2 * n],
		                      x->ov[2 * n + 1] - x->ov[2 * n]);
	}
	if (n == 0)
		return errata_buf_put(b, x->whole, x->whole_len);
	if (n == 1 && x->word)
		return errata_buf_put(b, x->word, x->word_len);
	return 0;
}

/* Expand $0..$99, ${name}, ${suggestion} and $$ into b (cleared first). */
static int expand(errata_buf *b, const char *tpl, const expand_ctx *x)
{
	int error = 0;

	errata_buf_clear(b);
	if (errata_buf_grow(b, 0))
		return errata__oom();
	b->ptr[0] = '\0';
	for (const char *p = tpl; *p && !error; p++) {
		if (*p != '$') {
			const char *q = strchr(p, '$');
			size_t n = q ? (size_t)(q - p) : strlen(p);

			error = errata_buf_put(b, p, n);
			p += n - 1;
			continue;
		}
		if (p[1] == '$') {
			error = errata_buf_putc(b, '$');
			p++;
		} else if (p[1] >= '0' && p[1] <= '9') {
			unsigned n = (unsigned)(p[1] - '0');

			p++;
			if (p[1] >= '0' && p[1] <= '9') {
				n = n * 10 + (unsigned)(p[1] - '0');
				p++;
			}
			error = put_group(b, x, n);
		} else if (p[1] == '{' && strchr(p + 2, '}')) {
			const char *end = strchr(p + 2, '}');
			char name[64];
			size_t n = (size_t)(end - p - 2);

			if (n < sizeof(name)) {
				memcpy(name, p + 2, n);
				name[n] = '\0';
				if (strcmp(name, "suggestion") == 0) {
					error = errata_buf_puts(b, x->suggestion ? x->suggestion : "");
				} else if (x->code) {
					int g = pcre2_substring_number_from_name(x->code, (PCRE2_SPTR)name);

					if (g >= 0)
						error = put_group(b, x, (unsigned)g);
				}
			}
			p = end;
		} else {
			error = errata_buf_putc(b, '$');
		}
	}
	return error;
}

/*
 * A replacement written in the case shape of the text it replaces: all
 * capitals stays all capitals, a leading capital stays a leading capital.
 * ASCII letters only; other text is left as the pack wrote it.
 */
static int shape_case(errata_buf *b, const char *to, const char *orig, size_t n)
{
	int upper = 0, lower = 0, error;

	errata_buf_clear(b);
	if ((error = errata_buf_puts(b, to)))
		return error;
	for (size_t i = 0; i < n; i++) {
		upper += orig[i] >= 'A' && orig[i] <= 'Z';
		lower += orig[i] >= 'a' && orig[i] <= 'z';
	}
	if (upper >= 2 && lower == 0) {
		for (size_t i = 0; i < b->size; i++)
			if (b->ptr[i] >= 'a' && b->ptr[i] <= 'z')
				b->ptr[i] = (char)(b->ptr[i] - 32);
	} else if (n && orig[0] >= 'A' && orig[0] <= 'Z' && b->size &&
	           b->ptr[0] >= 'a' && b->ptr[0] <= 'z') {
		b->ptr[0] = (char)(b->ptr[0] - 32);
	}
	return 0;
}

/* ---- running ---------------------------------------------------------- */

typedef struct {
	const errata_doc *doc;
	const char *prose;
	const char *text;          /* the original bytes, same offsets as prose */
	size_t len;
	errata_findings *out;
	errata__rules *rs;
	const errata__word_index *words; /* the prose's words */
	uint32_t opts;             /* PCRE2_NO_UTF_CHECK when the prose is valid */
	errata_buf msg, sugg;
	/* consistency occurrences: rule, phrase, offset, length */
	struct occ { size_t rule, phrase, offset, length; } *occ;
	size_t occ_count, occ_alloc;
} run_ctx;

static int report(run_ctx *rc, const errata__rule *r, size_t off, size_t len,
                  const char *suggestion)
{
	const char *const s[1] = { suggestion };

	return errata_findings_add(rc->out, rc->doc, r->id, r->head.severity, off, len,
	                           rc->msg.ptr ? rc->msg.ptr : "", s, suggestion ? 1 : 0);
}

/*
 * Compare a literal form with the prose at `at`: runs of white space
 * match any run of white space; letters match by the rule's case rule.
 * With bound, a form that ends with a word character must end a word.
 * Returns the prose length matched, or 0.
 */
static size_t phrase_at(const run_ctx *rc, size_t at, const errata__phrase *p, int cs,
                        int bound)
{
	const char *t = p->text, *s = rc->prose;
	size_t i = 0, j = at;

	while (i < p->len) {
		unsigned char a = (unsigned char)t[i];

		if (is_space(a)) {
			if (j >= rc->len || !is_space((unsigned char)s[j]))
				return 0;
			while (i < p->len && is_space((unsigned char)t[i]))
				i++;
			while (j < rc->len && is_space((unsigned char)s[j]))
				j++;
			continue;
		}
		if (j >= rc->len)
			return 0;
		if (cs ? a != (unsigned char)s[j] : fold(a) != fold((unsigned char)s[j]))
			return 0;
		i++;
		j++;
	}
	/* A whole word: the next character must not continue it. */
	if (bound && p->ends_word && j < rc->len && errata__word_index_continues(rc->words, j))
		return 0;
	return j - at;
}

static int literal_hit(run_ctx *rc, errata__rules *rs, size_t ri, size_t pi,
                       size_t off, size_t len)
{
	const errata__rule *r = rs->rules[ri];
	expand_ctx x;
	int error;

	if (r->head.type == ERRATA__RULE_CONSISTENCY) {
		if (rc->occ_count == rc->occ_alloc) {
			size_t n = rc->occ_alloc ? rc->occ_alloc * 2 : 32;
			struct occ *o = realloc(rc->occ, n * sizeof(*o));

			if (!o)
				return errata__oom();
			rc->occ = o;
			rc->occ_alloc = n;
		}
		rc->occ[rc->occ_count].rule = ri;
		rc->occ[rc->occ_count].phrase = pi;
		rc->occ[rc->occ_count].offset = off;
		rc->occ[rc->occ_count].length = len;
		rc->occ_count++;
		return 0;
	}
	/* substitution */
	if ((error = shape_case(&rc->sugg, r->phrases[pi].to, rc->prose + off,
	                        r->case_sensitive ? 0 : len)))
		return error;
	if (len == rc->sugg.size && memcmp(rc->prose + off, rc->sugg.ptr, len) == 0)
		return 0;   /* already right (a case-insensitive form equal to its target) */
	memset(&x, 0, sizeof(x));
	x.whole = rc->prose + off;
	x.whole_len = len;
	x.suggestion = rc->sugg.ptr;
	if ((error = expand(&rc->msg, r->message, &x)))
		return error;
	return report(rc, r, off, len, rc->sugg.ptr);
}

static int word_ignored(const errata__rule *r, const char *w, size_t n)
{
	for (size_t i = 0; i < r->ignore_count; i++)
		if (strlen(r->ignore[i]) == n && errata__strncasecmp_ascii(r->ignore[i], w, n) == 0)
			return 1;
	return 0;
}

static int repeated_hit(run_ctx *rc, errata__rules *rs, size_t ps, size_t pe,
                        size_t ws, size_t we)
{
	int error = 0;

	for (size_t i = 0; i < rs->count && !error; i++) {
		const errata__rule *r = rs->rules[i];
		expand_ctx x;

		if (!r->head.enabled || r->head.type != ERRATA__RULE_REPEATED)
			continue;
		if (r->ignore_capitalized && rc->prose[ws] >= 'A' && rc->prose[ws] <= 'Z')
			continue;
		if (word_ignored(r, rc->prose + ws, we - ws))
			continue;
		memset(&x, 0, sizeof(x));
		x.whole = rc->prose + ps;
		x.whole_len = we - ps;
		x.word = rc->prose + ws;
		x.word_len = we - ws;
		errata_buf_clear(&rc->sugg);
		if ((error = errata_buf_put(&rc->sugg, rc->prose + ps, pe - ps)))
			break;
		if ((error = expand(&rc->msg, r->message, &x)))
			break;
		error = report(rc, r, ps, we - ps, rc->sugg.ptr);
	}
	return error;
}

/*
 * Whether the word at ps goes on a word before it past an apostrophe: a
 * suffix ("1992'de de", "İstanbul'da da", "2020’de de" say "in 1992
 * too"), never the first of a doubled word.
 */
static int after_apostrophe(const char *s, size_t ps)
{
	return (ps >= 1 && s[ps - 1] == '\'') || (ps >= 3 && memcmp(s + ps - 3, "\xe2\x80\x99", 3) == 0);
}

/* Separator between two words: white space with at most one line break. */
static int soft_gap(const char *s, size_t a, size_t b)
{
	int lines = 0;

	if (a == b)
		return 0;
	for (size_t i = a; i < b; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c == '\n') {
			if (++lines > 1)
				return 0;
		} else if (c != ' ' && c != '\t' && c != '\r') {
			return 0;
		}
	}
	return 1;
}

static int has_digit(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] >= '0' && s[i] <= '9')
			return 1;
	return 0;
}

/* Whether a rule's "followed_by" pattern matches right at `at`. */
static int followed(const run_ctx *rc, const errata__rule *r, size_t at)
{
	int m = pcre2_match(r->after, (PCRE2_SPTR)rc->prose, rc->len, at,
	                    rc->opts | PCRE2_ANCHORED, rc->rs->md, rc->rs->mctx);

	return m >= 0;
}

#if defined(__GNUC__)
#define NOINLINE __attribute__((noinline))
#else
#define NOINLINE
#endif

/*
 * The word pass at a word [ws, we) that passed the quick test: a form's
 * first word may start with its first byte and have its length, or the
 * word before, [ps, pe), may be the same word (same says so). Looks for
 * the literal forms that start here and for a repeat of the word before;
 * sets *repeat when it found one (the next word then does not repeat
 * this one).
 */
static NOINLINE int word_at(run_ctx *rc, errata__rules *rs, size_t ws, size_t we,
                            int same, size_t ps, size_t pe, int *repeat)
{
	const unsigned char *s = (const unsigned char *)rc->prose;
	size_t wl = we - ws;
	uint32_t slot = key_slot(word_key(s + ws, wl));
	uint32_t wslot;
	int error = 0;

	*repeat = 0;
	wslot = word_slot_at(s, rc->len, ws, wl);
	if (((rs->key_bits[slot >> 6] >> (slot & 63)) & 1) &&
	    ((rs->first_len[s[ws]] >> (wl & 63)) & 1) &&
	    ((rs->word_bits[wslot >> 6] >> (wslot & 63)) & 1)) {
		uint64_t h = errata__fold_hash(rc->prose + ws, wl);
		long e = rs->buckets[h & rs->bucket_mask];
		/* the longest matching form of each rule at this word */
		struct { size_t rule, phrase, len; } best[16];
		size_t nbest = 0;

		for (; e >= 0 && !error; e = rs->lex[e].next) {
			const errata__lex_entry *le = &rs->lex[e];
			const errata__rule *r = rs->rules[le->rule];
			size_t m, k;

			if (le->hash != h || le->first_len != wl)
				continue;
			m = phrase_at(rc, ws, &r->phrases[le->phrase], r->case_sensitive, 1);
			if (!m || (r->after && !followed(rc, r, ws + m)))
				continue;
			for (k = 0; k < nbest && best[k].rule != le->rule; k++)
				;
			if (k == nbest) {
				if (nbest == sizeof(best) / sizeof(best[0]))
					continue;
				nbest++;
				best[k].rule = le->rule;
				best[k].len = 0;
			}
			if (m > best[k].len) {
				best[k].len = m;
				best[k].phrase = le->phrase;
			}
		}
		for (size_t k = 0; k < nbest && !error; k++)
			error = literal_hit(rc, rs, best[k].rule, best[k].phrase, ws, best[k].len);
	}
	if (!error && same && rs->any_repeated && wl == pe - ps &&
	    /* the gap in the source, so masked code or markup between
	     * the two words ("and `--force` and") is no repeat */
	    soft_gap(rc->text, pe, ws) && !after_apostrophe(rc->prose, ps) &&
	    /* (in the scripts written without spaces a word is one character:
	     * "開場\n場所" repeats none) */
	    !errata__wide_script_at(rc->prose, rc->len, ws) &&
	    errata__strncasecmp_ascii(rc->prose + ps, rc->prose + ws, wl) == 0 &&
	    !has_digit(rc->prose + ws, wl)) {
		error = repeated_hit(rc, rs, ps, pe, ws, we);
		*repeat = 1;   /* "the the the" is one finding, then a fresh start */
	}
	return error;
}

/*
 * Whether a form's first word may be the word w[0, wl) that starts with
 * byte c: first_len (one shift) and, for the few that pass, the key.
 */
static inline int lex_maybe(const errata__rules *rs, unsigned c, const unsigned char *w,
                            size_t wl)
{
	uint32_t slot;

	if (!((rs->first_len[c] >> (wl & 63)) & 1))
		return 0;
	slot = key_slot(word_key(w, wl));
	return (int)((rs->key_bits[slot >> 6] >> (slot & 63)) & 1);
}

/*
 * The word pass: literal forms and repeated words, on the words the word
 * index's classification flagged (text/wordindex.h), not on every word:
 * those whose first two bytes and length may be a form's first word's
 * (the rules' word table, errata__rules_words()), which then get the
 * quick test from their first byte and length (first_len) and key, and
 * those as long as the word before and
 * with its first letter in either case (ERRATA__WORD_REPEAT), unless the
 * word before was itself found a repeat ("the the the" is one finding,
 * then a fresh start). word_at() takes the few that pass.
 */
static int word_pass(run_ctx *rc, errata__rules *rs)
{
	const errata__word_index *ix = rc->words;
	const unsigned char *s = (const unsigned char *)rc->prose;
	const uint32_t lex_class = ERRATA__WORD_LISTED;
	size_t repeated = SIZE_MAX;   /* the start of the word last found a repeat */
	int error = 0, repeat;

	for (const errata__word_hit *h = ix->hits, *end = h + ix->hit_count; h < end && !error; h++) {
		size_t ws, we, wl;
		int same;

		if (!(h->classes & (lex_class | ERRATA__WORD_REPEAT)))
			continue;   /* a word for another consumer */
		ws = h->start;
		we = h->end;
		wl = we - ws;
		same = (h->classes & ERRATA__WORD_REPEAT) && h->prev != repeated;
		if (!same && !((h->classes & lex_class) && lex_maybe(rs, s[ws], s + ws, wl)))
			continue;
		/* a repeat is as long as the word before */
		error = word_at(rc, rs, ws, we, same, h->prev, h->prev + wl, &repeat);
		if (repeat)
			repeated = ws;
	}
	return error;
}

static int compare_occ(const void *a, const void *b)
{
	const struct occ *x = a, *y = b;

	if (x->rule != y->rule)
		return x->rule < y->rule ? -1 : 1;
	return x->offset < y->offset ? -1 : x->offset > y->offset;
}

static int consistency_findings(run_ctx *rc, errata__rules *rs)
{
	int error = 0;
	size_t i = 0;

	if (rc->occ_count > 1)
		qsort(rc->occ, rc->occ_count, sizeof(*rc->occ), compare_occ);
	while (i < rc->occ_count && !error) {
		size_t j = i;
		const errata__rule *r = rs->rules[rc->occ[i].rule];
		size_t canon = r->preferred >= 0 ? (size_t)r->preferred : rc->occ[i].phrase;

		while (j < rc->occ_count && rc->occ[j].rule == rc->occ[i].rule)
			j++;
		for (size_t k = i; k < j && !error; k++) {
			const struct occ *o = &rc->occ[k];
			expand_ctx x;

			if (o->phrase == canon)
				continue;
			/* the same form written in another case or spacing is not a variant */
			if (phrase_at(rc, o->offset, &r->phrases[canon], r->case_sensitive, 0) == o->length)
				continue;
			memset(&x, 0, sizeof(x));
			x.whole = rc->prose + o->offset;
			x.whole_len = o->length;
			x.suggestion = r->phrases[canon].text;
			if (!(error = expand(&rc->msg, r->message, &x)))
				error = report(rc, r, o->offset, o->length, r->phrases[canon].text);
		}
		i = j;
	}
	return error;
}

/* The replacement a pattern substitution proposes, or NULL for none. */
static const char *pattern_suggestion(run_ctx *rc, const errata__rule *r,
                                      const expand_ctx *x, size_t off, size_t len)
{
	if (r->to)
		return expand(&rc->sugg, r->to, x) ? NULL : rc->sugg.ptr;
	for (size_t i = 0; i < r->phrase_count; i++) {
		const errata__phrase *p = &r->phrases[i];

		if (p->to && phrase_at(rc, off, p, r->case_sensitive, 0) == len)
			return shape_case(&rc->sugg, p->to, rc->prose + off,
			                  r->case_sensitive ? 0 : len) ? NULL : rc->sugg.ptr;
	}
	return NULL;
}

static int pcre_pass(run_ctx *rc, errata__rules *rs, size_t ri, uint32_t opts)
{
	const errata__rule *r = rs->rules[ri];
	size_t start = 0;
	int error = 0;

	while (start <= rc->len && !error) {
		int m = pcre2_match(r->code, (PCRE2_SPTR)rc->prose, rc->len, start, opts,
		                    rs->md, rs->mctx);
		const PCRE2_SIZE *ov;
		size_t off, len;
		expand_ctx x;

		if (m == PCRE2_ERROR_NOMATCH)
			break;
		if (m < 0) {
			PCRE2_UCHAR why[160];

			pcre2_get_error_message(m, why, sizeof(why));
			errata_buf_clear(&rc->msg);
			if ((error = errata_buf_printf(&rc->msg, "rule stopped for this document: %s",
			                               (const char *)why)))
				break;
			/* a warning: an article the rule could not read must not pass unseen */
			error = errata_findings_add(rc->out, rc->doc, r->id, ERRATA_SEVERITY_WARNING,
			                            start, 0, rc->msg.ptr, NULL, 0);
			break;
		}
		ov = pcre2_get_ovector_pointer(rs->md);
		off = ov[0];
		len = ov[1] > ov[0] ? ov[1] - ov[0] : 0;
		memset(&x, 0, sizeof(x));
		x.subject = rc->prose;
		x.ov = ov;
		x.pairs = (uint32_t)m;
		x.code = r->code;
		if (r->head.type == ERRATA__RULE_SUBSTITUTION) {
			const char *sugg = pattern_suggestion(rc, r, &x, off, len);

			if (sugg && !(len == strlen(sugg) && memcmp(sugg, rc->prose + off, len) == 0)) {
				x.suggestion = sugg;
				if (!(error = expand(&rc->msg, r->message, &x)))
					error = report(rc, r, off, len, sugg);
			}
		} else if (r->head.type == ERRATA__RULE_CONSISTENCY) {
			for (size_t i = 0; i < r->phrase_count; i++) {
				if (phrase_at(rc, off, &r->phrases[i], r->case_sensitive, 0) == len) {
					error = literal_hit(rc, rs, ri, i, off, len);
					break;
				}
			}
		} else if (len > 0) {
			/* a pattern rule flags text: an empty match (lookarounds only) is no finding */
			if (!(error = expand(&rc->msg, r->message, &x)))
				error = report(rc, r, off, len, NULL);
		}
		/* Continue after the match; after an empty one, one character on. */
		if (ov[1] > start && ov[1] >= ov[0]) {
			start = ov[1];
		} else {
			start++;
			while (start < rc->len && ((unsigned char)rc->prose[start] & 0xc0) == 0x80)
				start++;
		}
	}
	return error;
}

int errata__rules_run_indexed(errata__rules *rs, const errata_doc *doc,
                              const errata__word_index *words, errata_findings *out)
{
	run_ctx rc;
	uint32_t opts;
	int error = 0, valid = 0;

	if (!rs->prepared && (error = errata__rules_prepare(rs)))
		return error;
	memset(&rc, 0, sizeof(rc));
	rc.doc = doc;
	rc.out = out;
	rc.rs = rs;
	rc.prose = errata_doc_prose(doc, &rc.len);
	rc.text = errata_doc_text(doc, NULL);
	if (!rc.prose)
		return 0;
	/* the word index, and whether the prose is valid UTF-8, in one walk; its words for the rules */
	if (!words || !errata__word_index_classified(words, NULL, rs->listed)) {
		errata__word_classes_set(&rs->classes, NULL, rs->listed);
		if ((error = errata__word_index_build(&rs->words, rc.prose, rc.len)) ||
		    (error = errata__word_index_classify(&rs->words, rc.prose, rc.len, &rs->classes)))
			goto cleanup;
		words = &rs->words;
	}
	rc.words = words;
	valid = words->utf8;
	opts = valid ? PCRE2_NO_UTF_CHECK : 0;
	rc.opts = opts;
	if ((rs->lex_count || rs->any_repeated) && (error = word_pass(&rc, rs)))
		goto cleanup;
	for (size_t i = 0; i < rs->pattern_count && !error; i++)
		error = pcre_pass(&rc, rs, rs->pattern_rules[i], opts);
	if (!error)
		error = consistency_findings(&rc, rs);
cleanup:
	free(rc.occ);
	errata_buf_dispose(&rc.msg);
	errata_buf_dispose(&rc.sugg);
	return error;
}

int errata__rules_run(errata__rules *rs, const errata_doc *doc, errata_findings *out)
{
	return errata__rules_run_indexed(rs, doc, NULL, out);
}
