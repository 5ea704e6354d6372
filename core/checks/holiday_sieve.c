/*
 * holiday_sieve.c: where a document may name a holiday
 * (holiday_sieve.h): the names' anchors, and the few places beside the
 * anchors' words where the word index cannot tell.
 */
#include "checks/holiday_sieve.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cJSON.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "checks/check.h"
#include "checks/holiday.h"
#include "common.h"
#include "dates/locale.h"
#include "dates/mention.h"
#include "text/prose.h"
#include "text/text.h"
#include "text/wordindex.h"
#ifdef ERRATA__AVX2
#include <immintrin.h>
#endif

/*
 * A name's anchor: the first four bytes of one of its words, ASCII folded
 * (the first lowest), those past the name's end masked, and where that
 * word starts in it.
 */
typedef struct {
	uint32_t key, mask;
	uint32_t offset;
	/* bit errata__word_length_class(n) for each length n the index may
	 * give the anchor's word where the name is written (length_bits()) */
	unsigned lengths;
} anchor;

#define ANCHOR_BUCKETS 256

struct errata__holiday_anchors {
	/* by the anchors' first bytes: bit k (class ERRATA__HOLIDAY_CLASS + k) for
	 * an anchor whose word may be of length class k (errata__word_length_class():
	 * the index flags a word of the class of its length only) */
	unsigned char lead[65536];
	/* the anchors by the bucket of their first three bytes (bucket()), each once */
	anchor *v;
	uint16_t first[ANCHOR_BUCKETS + 1]; /* bucket b: v[first[b], first[b + 1]) */
	uint64_t pairs[1024];      /* bit b0 | b1 << 8: a name begins with the bytes b0 b1, ASCII folded */
	size_t longest;            /* the longest name's bytes */
	int unbounded;             /* a name starts with a character of three bytes or more (it may need no word boundary: CJK) */
};

/* Up to four bytes from s[0, n), ASCII folded, the first lowest (0 past n). */
static inline uint32_t fold_upto4(const char *s, size_t n)
{
	uint32_t k = 0;

	for (size_t i = 0; i < 4 && i < n; i++)
		k |= (uint32_t)errata__lower_ascii[(unsigned char)s[i]] << (8 * i);
	return k;
}

/* The bucket of a key's first three bytes. */
static inline unsigned bucket(uint32_t key)
{
	return (unsigned)(((key & 0xffffffu) * 0x9e3779b1u) >> 24);
}

/* The keys (their first three bytes) of the words common in the table's language. */
typedef struct {
	uint32_t *v;
	size_t n, alloc;
} key_list;

/*
 * Add the keys of the words of item (a string, or arrays and objects of
 * them at any depth), split at spaces: words of three bytes or more. 0,
 * or ERRATA_ENOMEM.
 */
static int common_keys_add(key_list *l, const cJSON *item)
{
	const cJSON *x;

	if (cJSON_IsArray(item) || cJSON_IsObject(item)) {
		cJSON_ArrayForEach(x, item) {
			int error = common_keys_add(l, x);

			if (error)
				return error;
		}
		return 0;
	}
	if (!cJSON_IsString(item))
		return 0;
	for (const char *w = item->valuestring; *w;) {
		size_t n = strcspn(w, " ");

		if (n >= 3) {
			if (l->n == l->alloc) {
				size_t alloc = l->alloc ? l->alloc * 2 : 64;
				uint32_t *v = realloc(l->v, alloc * sizeof(*v));

				if (!v)
					return errata__oom();
				l->v = v;
				l->alloc = alloc;
			}
			l->v[l->n++] = fold_upto4(w, 3);
		}
		w += n;
		w += *w == ' ';
	}
	return 0;
}

static int key_listed(const key_list *l, uint32_t key)
{
	for (size_t i = 0; i < l->n; i++)
		if (l->v[i] == key)
			return 1;
	return 0;
}

/*
 * The lengths the word index may give the word of name v (len bytes) that
 * starts at o, as bits of their length classes (errata__word_length_class()):
 * its run of word characters, when something that ends it follows in the
 * name; that or longer, when the run ends the name and the text may go on
 * with it; any, when it holds a byte outside ASCII (where the index may
 * split a run).
 */
static unsigned length_bits(const char *v, size_t len, size_t o)
{
	size_t e = errata__word_end(v, len, o);
	unsigned n;

	for (size_t i = o; i < e; i++)
		if ((unsigned char)v[i] >= 0x80)
			return 0xff;
	n = errata__word_length_class(e - o);
	return e < len ? 1u << n : 0xffu << n & 0xffu;
}

/*
 * The anchor of name v (len bytes): a word with three bytes or more to
 * the name's end where the word index starts a word wherever the name is
 * written: one after a space in the name, whatever stands before the
 * name, or its first when an ASCII letter or digit starts it (the index
 * then starts a word there too, but after a date's last byte or inside a
 * run that a letter outside ASCII began: names_may_stand() looks there).
 * Of those, a word whose first three bytes no common word has, the
 * longest, the first. 0 when there is none.
 */
static int anchor_of(const char *v, size_t len, const key_list *common, anchor *out)
{
	size_t best = 0, n;
	int found = 0, best_common = 1;

	for (size_t o = 0; o + 3 <= len; o++) {
		size_t wl = strcspn(v + o, " ");
		int is_common;

		if (o ? v[o - 1] != ' ' || !errata__word_char_at((const unsigned char *)v, len, o, &n) :
		        !errata__ascii_word[(unsigned char)v[0]])
			continue;
		is_common = key_listed(common, fold_upto4(v + o, 3));
		if (found && (is_common > best_common || (is_common == best_common && wl <= best)))
			continue;
		out->key = fold_upto4(v + o, len - o);
		out->mask = len - o >= 4 ? 0xffffffffu : 0xffffffu;
		out->offset = (uint32_t)o;
		out->lengths = length_bits(v, len, o);
		best = wl;
		best_common = is_common;
		found = 1;
	}
	return found;
}

static int by_anchor(const void *a, const void *b)
{
	const anchor *x = a, *y = b;
	unsigned bx = bucket(x->key), by = bucket(y->key);

	if (bx != by)
		return bx < by ? -1 : 1;
	if (x->key != y->key)
		return x->key < y->key ? -1 : 1;
	if (x->mask != y->mask)
		return x->mask < y->mask ? -1 : 1;
	if (x->offset != y->offset)
		return x->offset < y->offset ? -1 : 1;
	return x->lengths < y->lengths ? -1 : x->lengths > y->lengths;
}

errata__holiday_anchors *errata__holiday_anchors_new(const errata_locale *loc)
{
	/* the words most text has, which make poor anchors */
	static const char *const common_lists[] = { "function_words", "weekdays", "months",
	                                            "this_year_words", "next_year_words",
	                                            "last_year_words", "holiday_words" };
	errata__holiday_anchors *a = NULL;
	key_list common = { NULL, 0, 0 };
	size_t names = 0, k = 0, n = 0;
	int ok = 0;

	if (!loc || !loc->holiday_count)
		return NULL;
	for (size_t i = 0; i < sizeof(common_lists) / sizeof(common_lists[0]) && loc->json; i++)
		if (common_keys_add(&common, cJSON_GetObjectItemCaseSensitive(loc->json, common_lists[i])))
			goto cleanup;
	for (size_t h = 0; h < loc->holiday_count; h++)
		names += loc->holidays[h].names.n;
	if (!names || names > 65535 || !(a = calloc(1, sizeof(*a))) ||
	    !(a->v = calloc(names, sizeof(*a->v))))
		goto cleanup;
	for (size_t h = 0; h < loc->holiday_count; h++)
		for (size_t i = 0; i < loc->holidays[h].names.n; i++) {
			const char *v = loc->holidays[h].names.v[i];
			size_t len = strlen(v);
			uint32_t pair;

			if (!anchor_of(v, len, &common, &a->v[k]))
				goto cleanup;
			for (unsigned bit = 0; bit < 8; bit++)
				if (a->v[k].lengths >> bit & 1)
					errata__word_lead_add(a->lead, bit, v + a->v[k].offset, len - a->v[k].offset, 0);
			/* (the letters that need no boundary, CJK, take three bytes or four) */
			a->unbounded |= (unsigned char)v[0] >= 0xe0;
			pair = fold_upto4(v, 2);
			a->pairs[pair >> 6] |= (uint64_t)1 << (pair & 63);
			a->longest = len > a->longest ? len : a->longest;
			k++;
		}
	qsort(a->v, k, sizeof(*a->v), by_anchor);
	for (size_t i = 0; i < k; i++)
		if (!n || by_anchor(&a->v[n - 1], &a->v[i]))
			a->v[n++] = a->v[i];
	for (size_t i = 0, b = 0; b <= ANCHOR_BUCKETS; b++) {
		while (i < n && bucket(a->v[i].key) < b)
			i++;
		a->first[b] = (uint16_t)i;
	}
	ok = 1;
cleanup:
	free(common.v);
	if (!ok) {
		errata__holiday_anchors_free(a);
		a = NULL;
	}
	return a;
}

void errata__holiday_anchors_free(errata__holiday_anchors *a)
{
	if (!a)
		return;
	free(a->v);
	free(a);
}

const unsigned char *errata__holiday_anchors_lead(const errata__holiday_anchors *a)
{
	return a->lead;
}

/*
 * Whether a name of loc begins at s[q], ASCII case and word boundaries
 * aside (errata__holiday_name_begins()), its first two bytes inline: most
 * places begin none.
 */
static inline int name_may_start(const errata__holiday_anchors *a, const errata_locale *loc,
                                 const char *s, size_t len, size_t q)
{
	unsigned pair;

	if (q + 1 >= len)
		return 0; /* (every name has three bytes or more: its anchor's) */
	pair = errata__lower_ascii[(unsigned char)s[q]] | (unsigned)errata__lower_ascii[(unsigned char)s[q + 1]] << 8;
	return ((a->pairs[pair >> 6] >> (pair & 63)) & 1) && errata__holiday_name_begins(loc, s, len, q);
}

/*
 * Whether a name whose anchor is the word at s[j] (of length class n, see
 * length_bits()) begins where its anchor says.
 */
static int anchored_at(const errata__holiday_anchors *a, const errata_locale *loc, const char *s,
                       size_t len, size_t j, unsigned n)
{
	uint32_t key;
	unsigned b;

	/* (an anchor has three bytes or more to its name's end) */
	if (j + 3 > len)
		return 0;
	key = (uint32_t)errata__lower_ascii[(unsigned char)s[j]] |
	      (uint32_t)errata__lower_ascii[(unsigned char)s[j + 1]] << 8 |
	      (uint32_t)errata__lower_ascii[(unsigned char)s[j + 2]] << 16 |
	      (j + 3 < len ? (uint32_t)errata__lower_ascii[(unsigned char)s[j + 3]] << 24 : 0);
	b = bucket(key);
	for (size_t i = a->first[b]; i < a->first[b + 1]; i++)
		if ((key & a->v[i].mask) == a->v[i].key && (a->v[i].lengths >> n & 1) && a->v[i].offset <= j &&
		    name_may_start(a, loc, s, len, j - a->v[i].offset))
			return 1;
	return 0;
}

/*
 * Whether a name may begin at a byte that the index reads inside a run:
 * an ASCII one right after a character outside ASCII that it reads as a
 * letter and the check may not (a Hangul syllable, a letter past U+2000),
 * where the check's word boundary lets a name begin.
 */
static int name_inside_run(const errata__holiday_anchors *a, const errata_locale *loc,
                           const errata__word_index *ix, const char *s, size_t len)
{
	const uint64_t *bits = ix->bits, *marks = ix->marks;
	size_t w = 0;

	for (;;) {
		uint64_t wide, at;

		/* (most of the prose: ASCII, four 64-bit words a step) */
		while (w + 4 <= ix->nw && !((bits[w] & marks[w]) | (bits[w + 1] & marks[w + 1]) |
		                            (bits[w + 2] & marks[w + 2]) | (bits[w + 3] & marks[w + 3])))
			w += 4;
		if (w >= ix->nw)
			return 0;
		wide = bits[w] & marks[w];
		at = bits[w] & ~marks[w] & wide << 1;
		for (; at; at &= at - 1)
			if (name_may_start(a, loc, s, len, w * 64 + errata__ctz64(at)))
				return 1;
		/* the first byte of the next 64-bit word, after the last of this one */
		if ((wide >> 63) && w + 1 < ix->nw && (bits[w + 1] & ~marks[w + 1] & 1) &&
		    name_may_start(a, loc, s, len, (w + 1) * 64))
			return 1;
		w++;
	}
}

/* Bit i for each of the bytes a[i] and b[i] (i below 64, and below n) that differ. */
static uint64_t differ64(const char *a, const char *b, size_t n)
{
	uint64_t d = 0;
	size_t i = 0;

#ifdef __SSE2__
	for (; i + 16 <= n && i < 64; i += 16)
		d |= (uint64_t)(uint16_t)~_mm_movemask_epi8(
		             _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(const void *)(a + i)),
		                            _mm_loadu_si128((const __m128i *)(const void *)(b + i))))
		     << i;
#endif
	for (; i < n && i < 64; i++)
		d |= (uint64_t)(a[i] != b[i]) << i;
	return d;
}

#ifdef ERRATA__AVX2
/*
 * next_differing() with AVX2, for a text of 64 bytes or more: 128 bytes a
 * step while a and b are the same, then 64, then the last 64 of the text.
 */
__attribute__((target("avx2"))) static size_t next_differing_avx2(const char *a, const char *b,
                                                                 size_t i, size_t n, uint64_t *d)
{
#define SAME32(k) _mm256_cmpeq_epi8(_mm256_loadu_si256((const __m256i *)(const void *)(a + i + (k))), \
                                   _mm256_loadu_si256((const __m256i *)(const void *)(b + i + (k))))
	const __m256i ones = _mm256_set1_epi8(-1);

	for (; i + 128 <= n; i += 128)
		if (!_mm256_testc_si256(_mm256_and_si256(_mm256_and_si256(SAME32(0), SAME32(32)),
		                                         _mm256_and_si256(SAME32(64), SAME32(96))),
		                        ones))
			break;
	for (; i + 64 <= n; i += 64) {
		uint64_t same = (uint64_t)(uint32_t)_mm256_movemask_epi8(SAME32(0)) |
		                (uint64_t)(uint32_t)_mm256_movemask_epi8(SAME32(32)) << 32;

		if ((*d = ~same))
			return i;
	}
	if (i < n && n >= 64) {
		/* the last bytes: the 64 that end the text, less those before i */
		size_t back = i - (n - 64);
		uint64_t same;

		i = n - 64;
		same = (uint64_t)(uint32_t)_mm256_movemask_epi8(SAME32(0)) |
		       (uint64_t)(uint32_t)_mm256_movemask_epi8(SAME32(32)) << 32;
		*d = ~same >> back;
		return *d ? n - 64 + back : n;
	}
#undef SAME32
	return i;
}
#endif

/*
 * The first block of 64 bytes from i (a multiple of 64) on where a and b
 * (n bytes) differ, its bits in *d (differ64()); n when none does.
 */
static size_t next_differing(const char *a, const char *b, size_t i, size_t n, int avx2,
                             uint64_t *d)
{
#ifdef ERRATA__AVX2
	if (avx2 && n >= 64)
		return next_differing_avx2(a, b, i, n, d);
#else
	(void)avx2;
#endif
	for (; i < n; i += 64)
		if ((*d = differ64(a + i, b + i, n - i)))
			return i;
	return n;
}

#ifdef __SSE2__
/* Bit k for each of the sixteen bytes s[k] that is no ASCII letter or digit. */
static inline unsigned nonword16(const char *s)
{
	__m128i x = _mm_loadu_si128((const __m128i *)(const void *)s);
	__m128i low = _mm_or_si128(x, _mm_set1_epi8(0x20));
	/* (bytes outside ASCII compare as negative: neither) */
	__m128i letter = _mm_and_si128(_mm_cmpgt_epi8(low, _mm_set1_epi8('a' - 1)),
	                               _mm_cmplt_epi8(low, _mm_set1_epi8('z' + 1)));
	__m128i digit = _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8('0' - 1)),
	                              _mm_cmplt_epi8(x, _mm_set1_epi8('9' + 1)));

	return ~(unsigned)_mm_movemask_epi8(_mm_or_si128(letter, digit)) & 0xffffu;
}
#endif

/*
 * Whether a name may begin at text[q] for q in [from, to) (name_may_start())
 * where the byte before it is no ASCII letter or digit (any, with
 * unbounded): sixteen places a step.
 */
static int name_in_window(const errata__holiday_anchors *a, const errata_locale *loc,
                          const char *text, size_t len, size_t from, size_t to, int unbounded)
{
	size_t q = from;

	if (q == 0 && q < to) {
		if (name_may_start(a, loc, text, len, 0))
			return 1;
		q = 1;
	}
#ifdef __SSE2__
	/* (the last step may read past to, not past the text) */
	for (; !unbounded && q < to && q + 15 <= len; q += 16) {
		unsigned at = nonword16(text + q - 1);

		if (to - q < 16)
			at &= (1u << (to - q)) - 1;
		for (; at; at &= at - 1)
			if (name_may_start(a, loc, text, len, q + errata__ctz64(at)))
				return 1;
	}
	if (q > to)
		q = to;
#endif
	for (; q < to; q++)
		if ((unbounded || !errata__ascii_word[(unsigned char)text[q - 1]]) &&
		    name_may_start(a, loc, text, len, q))
			return 1;
	return 0;
}

/*
 * Whether a name may begin near bytes where the raw text and its prose
 * differ (masked, or an entity decoded) from `from` on: the index read
 * the prose, so every place whose name, or the character before it, may
 * differ is tried on the raw text: the names that hold such a byte, and
 * those that start within four bytes after one. (An anchor's first bytes
 * are its name's, and the space before one after the first is too.) A
 * name the check reads begins after a byte that is no ASCII letter or
 * digit, unless it starts with a letter that needs no word boundary
 * (a->unbounded) or right after a date, which
 * errata__holiday_may_be_named() tries apart.
 */
static int name_near_masked(const errata__holiday_anchors *a, const errata_locale *loc,
                            const char *text, const char *prose, size_t len, size_t from)
{
	size_t done = from; /* the places below it were tried, or need not be */
#ifdef ERRATA__AVX2
	const int avx2 = errata__avx2();
#else
	const int avx2 = 0;
#endif

	const int unbounded = a->unbounded;
	uint64_t d;

	for (size_t base = next_differing(text, prose, from & ~(size_t)63, len, avx2, &d); base < len;
	     base = next_differing(text, prose, base + 64, len, avx2, &d)) {
		if (base < from)
			d &= ~(uint64_t)0 << (from - base); /* (the first 64 bytes: from - base < 64) */
		/* each run of bytes that differ (one that goes on into the next 64 is two) */
		for (uint64_t starts = d & ~(d << 1); starts; starts &= starts - 1) {
			unsigned k = errata__ctz64(starts);
			uint64_t after = ~d >> k; /* (k below 64: the run ends within the 64 or at their end) */
			size_t i = base + k, e = base + k + (after ? errata__ctz64(after) : 64 - k);
			size_t q = i >= a->longest ? i - a->longest + 1 : 0, hi = e + 5 < len ? e + 5 : len;

			if (name_in_window(a, loc, text, len, q > done ? q : done, hi, unbounded))
				return 1;
			done = hi > done ? hi : done;
		}
	}
	return 0;
}

int errata__holiday_may_be_named(const errata_check_ctx *ctx)
{
	const errata__holiday_anchors *a = ctx->holidays;
	const errata__word_index *ix = ctx->words;
	const errata_locale *loc = ctx->locale;
	const uint32_t anchors = 0xffu * ERRATA__WORD_LEAD_CLASS(ERRATA__HOLIDAY_CLASS);
	size_t len = ctx->prose_len, count;
	const char *text;
	const errata_mention *all;

	if (!ctx->holidays_named || *ctx->holidays_named >= 0)
		return !ctx->holidays_named || *ctx->holidays_named;
	*ctx->holidays_named = 1;
	text = errata_doc_text(ctx->doc, &count);
	if (!a || !ix || !ctx->prose || count != len || ix->nw != len / 64 + 2 ||
	    !errata__word_index_classified(ix, a->lead, NULL))
		return 1;
	/* in the prose: where an anchor begins a word, and inside runs */
	for (const errata__word_hit *h = ix->hits, *end = h + ix->hit_count; h < end; h++) {
		unsigned n;

		if (!(h->classes & anchors))
			continue; /* (most: other consumers' words) */
		/* the wide table's bit k: an anchor's word of length class k */
		n = errata__word_length_class(h->end - h->start);
		if ((h->classes & ERRATA__WORD_LEAD_CLASS(ERRATA__HOLIDAY_CLASS + n)) &&
		    anchored_at(a, loc, ctx->prose, len, h->start, n))
			return 1;
	}
	if (name_inside_run(a, loc, ix, ctx->prose, len))
		return 1;
	/* in the raw text: right after a date, where a letter or digit may end it
	 * ("Nov. 26Thanksgiving"), and where it is not the prose */
	all = ctx->mentions ? errata__mentions_all(ctx->mentions, &count) : NULL;
	for (size_t i = 0; all && i < count; i++)
		if (name_may_start(a, loc, text, len, all[i].offset + all[i].length))
			return 1;
	/*
	 * The front matter is left out: date.holiday reads a name only where
	 * separators, link words, a year or a comma tie it to a date of the
	 * prose (holiday.c), and none of them is the line of dashes or dots
	 * that closes front matter, so no name inside it is read.
	 */
	if (name_near_masked(a, loc, text, ctx->prose, len, errata__doc_front_end(ctx->doc)))
		return 1;
	*ctx->holidays_named = 0;
	return 0;
}
