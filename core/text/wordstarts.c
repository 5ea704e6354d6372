/*
 * text/wordstarts.c: the word-start sets of text/wordstarts.h and their
 * scans: a set's own byte scan, and the union's scan that keeps, once per
 * document and thread, the positions of every member.
 */
#include "text/wordstarts.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "common.h"

/* ASCII lower case of a byte value (0..255), by the table. */
static inline int lower(int c)
{
	return errata__lower_ascii[(unsigned char)c];
}

/* A 16-bit hash of three bytes as the text has them: v is b0 | b1 << 8 | b2 << 16 (| b3 << 24). */
static inline unsigned int hash3(uint32_t v)
{
	return (unsigned int)(((v << 8) * 2654435761u) >> 16);
}

/* A 16-bit hash of four bytes as the text has them: v is b0 | b1 << 8 | b2 << 16 | b3 << 24. */
static inline unsigned int hash4(uint32_t v)
{
	return (unsigned int)((v * 2246822519u) >> 16);
}

/* Set bit k of bits. */
static void bit_on(unsigned char *bits, unsigned int k)
{
	bits[k >> 3] |= (unsigned char)(1u << (k & 7));
}

/*
 * Add the words of l to the member set `set` of the union u->all
 * (set->index is its place there): the two-byte starts (bits, and raw and
 * the union's member_mask in every case the text may give them), the hash
 * of the first three bytes (bits3; bits3_only for words of three bytes),
 * of the first four (bits4), and the same in the union's tables.
 */
void errata__starts_add(errata__starts_union *u, errata__starts *set,
                        const errata__wordlist *l)
{
	errata__starts *all = &u->all;
	unsigned char flag = (unsigned char)(1u << set->index);

	for (size_t i = 0; i < l->count; i++) {
		const char *wd = l->items[i].word;
		size_t n = l->items[i].len;
		unsigned int k;

		/* from the first letter: "-year-old" is found at "year" */
		while (n > 0 && !errata__is_word_byte(wd, n, 0)) {
			wd++;
			n--;
		}
		if (n < 2)
			continue; /* never found by a scan */
		{
			/* the word bytes it starts with, up to 3, as the word index reads them */
			size_t lead = 0, at = 0, cl;

			while (lead < 3 && at < n &&
			       errata__word_char_at((const unsigned char *)wd, n, at, &cl)) {
				lead += cl;
				at += cl;
			}
			if (lead < 3) {
				set->lead_short |= (unsigned char)(1u << lead);
				all->lead_short |= (unsigned char)(1u << lead);
			}
		}
		k = ((unsigned int)lower((unsigned char)wd[0]) << 8) | (unsigned int)lower((unsigned char)wd[1]);
		bit_on(set->bits, k);
		bit_on(all->bits, k);
		/* the first two, three and four bytes in every case the text may give them */
		for (unsigned int v = 0; v < 16; v++) {
			uint32_t bytes = 0;

			for (unsigned int nb = 0; nb < 4 && nb < n; nb++) {
				unsigned int c = lower((unsigned char)wd[nb]);

				if (((v >> nb) & 1) && c >= 'a' && c <= 'z')
					c -= 32;
				bytes |= (uint32_t)c << (8 * nb);
			}
			bit_on(set->raw, bytes & 0xffff);
			bit_on(all->raw, bytes & 0xffff);
			u->mask[bytes & 0xffff] |= flag;
			if (n == 2)
				continue;
			bit_on(set->bits3, hash3(bytes));
			bit_on(all->bits3, hash3(bytes));
			if (n == 3) {
				bit_on(set->bits3_only, hash3(bytes));
				u->mask3[hash3(bytes)] |= flag;
			} else {
				bit_on(set->bits4, hash4(bytes));
				u->mask4[hash4(bytes)] |= flag;
			}
		}
		if (n == 2) {
			set->has_short = all->has_short = 1;
			all->member_short |= flag;
		}
		errata__word_lead_add(u->lead, (unsigned)set->index, wd, n, 0);
	}
}

void errata__starts_join(errata__starts_union *u, errata__starts *set)
{
	set->all = &u->all;
	set->index = u->all.member_count;
	u->all.members[u->all.member_count++] = set;
	u->all.member_mask = u->mask;
	u->all.member_mask3 = u->mask3;
	u->all.member_mask4 = u->mask4;
	u->all.member_lead = u->lead;
}

void errata__starts_seal(errata__starts_union *u)
{
	/* a member with a word of two bytes is spared the three- and four-byte tests */
	if (u->all.member_short)
		for (unsigned int h = 0; h < 65536; h++) {
			u->mask3[h] |= u->all.member_short;
			u->mask4[h] |= u->all.member_short;
		}
}

/* Byte classes for the word walk: 0 not a word, 1 ASCII letter or digit, 2 non-ASCII. */
static inline unsigned char byte_class(unsigned char c)
{
	if (c >= 0x80)
		return 2;
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}


/* Whether the two bytes at i begin a word of the set (i + 1 < len). */
static inline int in_set(const errata__starts *set, const unsigned char *t, size_t i)
{
	unsigned int r = (unsigned int)t[i] | ((unsigned int)t[i + 1] << 8);

	return (set->raw[r >> 3] >> (r & 7)) & 1;
}

/* Whether a non-word stands before i (0 < i): a word may start there. */
static inline int after_nonword(const char *text, size_t len, size_t i)
{
	unsigned char c = (unsigned char)text[i - 1];

	return c < 0x80 ? byte_class(c) != 1 : errata__word_start(text, len, i);
}

/*
 * Whether a word of the set may start at i (0 < i, i + 1 < len), its
 * first two bytes being known to be in the set: the third byte agrees,
 * and a non-word stands before.
 */
static inline int starts_after_pair(const errata__starts *set, const char *text, size_t len,
                                    size_t i)
{
	const unsigned char *t = (const unsigned char *)text;
	unsigned int k3;

	if (!set->has_short) {
		if (i + 2 >= len)
			return 0;
		k3 = hash3((uint32_t)t[i] | (uint32_t)t[i + 1] << 8 | (uint32_t)t[i + 2] << 16);
		if (!((set->bits3[k3 >> 3] >> (k3 & 7)) & 1))
			return 0;
	}
	return after_nonword(text, len, i);
}

/* Whether a word of the set may start at i (0 < i): in the set, after a non-word. */
static inline int starts_at(const errata__starts *set, const char *text, size_t len, size_t i)
{
	if (i + 1 >= len || !in_set(set, (const unsigned char *)text, i))
		return 0;
	return starts_after_pair(set, text, len, i);
}

/*
 * Words start after a separator: an ASCII byte below '0' (space, newline,
 * punctuation) or a non-ASCII byte (curly quotes, dashes; letters are
 * checked properly). Eight bytes are tested at a time for separators.
 * A word right after another ASCII symbol (":", ";", "?") is not seen.
 */
static size_t scan_next(const errata__starts *set, const char *text, size_t len, size_t from)
{
	const unsigned char *t = (const unsigned char *)text;
	size_t i = from;

	if (from == 0 && len > 1 && errata__is_word_byte(text, len, 0) && in_set(set, t, 0))
		return 0;
	if (from > 0 && from < len && starts_at(set, text, len, from))
		return from;
#if defined(__SSE2__) && defined(__GNUC__)
	/* bytes below '0' and non-ASCII bytes are the negative ones below '0' as signed */
	/* 18 bytes left: every j + 1 below (at most i + 17) is inside the text */
	while (i + 18 <= len) {
		__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(t + i));
		unsigned int m = (unsigned int)_mm_movemask_epi8(_mm_cmplt_epi8(x, _mm_set1_epi8('0')));
		unsigned int hits = 0;

		/* the two-byte test without a branch per position, then the rest on hits */
		while (m) {
			unsigned int b = (unsigned int)__builtin_ctz(m);
			size_t j = i + b + 1;

			hits |= (unsigned int)in_set(set, t, j) << b;
			m &= m - 1;
		}
		while (hits) {
			size_t j = i + (size_t)__builtin_ctz(hits) + 1;

			if (starts_at(set, text, len, j))
				return j;
			hits &= hits - 1;
		}
		i += 16;
	}
#endif
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	while (i + 8 <= len) {
		const uint64_t high = 0x8080808080808080ULL, zeros = 0x3030303030303030ULL;
		uint64_t x, m;

		memcpy(&x, t + i, 8);
		/* bytes below '0' (ASCII only: (b | 0x80) - 0x30 never borrows), and non-ASCII bytes */
		m = (~((x | high) - zeros) & high & ~x) | (x & high);
		while (m) {
			size_t j = i + ((size_t)__builtin_ctzll(m) >> 3) + 1;

			if (starts_at(set, text, len, j))
				return j;
			m &= m - 1;
		}
		i += 8;
	}
#endif
	for (; i < len; i++)
		if ((t[i] < 0x30 || t[i] >= 0x80) && starts_at(set, text, len, i + 1))
			return i + 1;
	return len;
}

/* One document's word starts, per member set of the union, per thread. */
static _Thread_local struct {
	const errata__starts *all;
	const char *text;
	size_t len;
	uint64_t hash;
	size_t *pos[8];
	size_t count[8], alloc[8];
	size_t next[8];   /* the index after the one last returned: scans go forward */
	int valid;
	/* the document the checker is running the checks on (errata__starts_begin()) */
	const char *doc_text;
	size_t doc_len;
	const errata__word_index *doc_words;   /* its words, or NULL */
} cands;

_Thread_local unsigned long errata__starts_generation;

void errata__starts_begin(const char *text, size_t len, const errata__word_index *words)
{
	cands.valid = 0;
	errata__starts_generation++;
	cands.doc_text = text;
	cands.doc_len = len;
	cands.doc_words = words;
}

void errata__starts_end(void)
{
	cands.valid = 0;
	errata__starts_generation++;
	cands.doc_text = NULL;
	cands.doc_len = 0;
	cands.doc_words = NULL;
}

static uint64_t text_hash(const char *text, size_t len)
{
	uint64_t h = 0x9e3779b97f4a7c15ULL ^ len;
	size_t i = 0;

	for (; i + 8 <= len; i += 8) {
		uint64_t x;

		memcpy(&x, text + i, 8);
		h = (h ^ x) * 0xff51afd7ed558ccdULL;
		h ^= h >> 32;
	}
	for (; i < len; i++)
		h = (h ^ (unsigned char)text[i]) * 0x100000001b3ULL;
	return h;
}

/* Free this thread's positions (at the thread's exit). */
static void cands_free(void)
{
	for (int k = 0; k < 8; k++) {
		free(cands.pos[k]);
		cands.pos[k] = NULL;
		cands.count[k] = cands.alloc[k] = cands.next[k] = 0;
	}
	cands.valid = 0;
	errata__starts_generation++;
}

/* Keep position i for each member set of the union in mask; 0, or -1 when out of memory. */
static int cands_add(unsigned int mask, size_t i)
{
	for (int k = 0; mask; k++, mask >>= 1) {
		if (!(mask & 1))
			continue;
		if (cands.count[k] == cands.alloc[k]) {
			size_t na = cands.alloc[k] ? cands.alloc[k] * 2 : 64;
			size_t *grown;

			if (!cands.alloc[k] && errata__thread_cleanup(cands_free) < 0)
				return -1;
			if (!(grown = realloc(cands.pos[k], na * sizeof(*grown))))
				return -1;
			cands.pos[k] = grown;
			cands.alloc[k] = na;
		}
		cands.pos[k][cands.count[k]++] = i;
	}
	return 0;
}

/*
 * The members of the union `all` whose words may begin at j (a word start,
 * j + 1 < len): the two bytes at j index member_mask, the hashes of the
 * next three and four member_mask3 and member_mask4 (as far as the text
 * goes), as in cands_build().
 */
static inline unsigned int members_at(const errata__starts *all, const unsigned char *t,
                                      size_t len, size_t j)
{
	uint32_t v = (uint32_t)t[j] | (uint32_t)t[j + 1] << 8;
	unsigned int mask = all->member_mask[v];

	if (!mask)
		return 0;
	if (j + 3 < len) {
		v |= (uint32_t)t[j + 2] << 16 | (uint32_t)t[j + 3] << 24;
		return mask & (all->member_mask3[hash3(v)] | all->member_mask4[hash4(v)]);
	}
	if (j + 2 < len)
		return mask & all->member_mask3[hash3(v | (uint32_t)t[j + 2] << 16)];
	return mask & all->member_short;
}

/*
 * The members of the union `all` whose words cands_build() keeps at j
 * (0 < j, j + 1 < len): after a separator, members_at(), and the byte
 * before not part of a word.
 */
static inline unsigned int cands_at(const errata__starts *all, const char *text, size_t len,
                                    size_t j)
{
	const unsigned char *t = (const unsigned char *)text;
	unsigned int mask;

	if ((t[j - 1] >= 0x30 && t[j - 1] < 0x80) || !(mask = members_at(all, t, len, j)))
		return 0;
	return after_nonword(text, len, j) ? mask : 0;
}

/*
 * Find the word starts of the union set `all` in text, in one pass, and
 * keep each under the members whose words may begin there: of the
 * positions scan_next(all) would return one by one, those the member's
 * own scan would return too. After each separator (an ASCII byte below
 * '0' or a non-ASCII byte), the next two bytes index member_mask, the
 * hashes of the next three and four member_mask3 and member_mask4 (a
 * member with a two-byte word is in every entry), and where some member
 * is in both, the byte before must not be part of a word. Returns 0, or
 * -1 when out of memory.
 */
static int cands_build(const errata__starts *all, const char *text, size_t len)
{
	const unsigned char *t = (const unsigned char *)text;
	const unsigned char *members = all->member_mask, *members3 = all->member_mask3;
	const unsigned char *members4 = all->member_mask4;
	size_t i = 0;

	cands.valid = 0;
	errata__starts_generation++;
	for (int k = 0; k < all->member_count; k++)
		cands.count[k] = cands.next[k] = 0;
	/* the text's first word needs no separator before it */
	if (len > 1 && errata__is_word_byte(text, len, 0) && in_set(all, t, 0) &&
	    cands_add(members[t[0] | ((unsigned int)t[1] << 8)], 0) < 0)
		return -1;
#if defined(__SSE2__) && defined(__GNUC__)
	/* 20 bytes left: the four bytes read at each j below (j <= i + 16) are inside the text */
	for (; i + 20 <= len; i += 16) {
		__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(t + i));
		const unsigned char *after = t + i + 1;

		/* bytes below '0' and non-ASCII bytes are the negative ones below '0' as signed */
		for (uint64_t m = (unsigned int)_mm_movemask_epi8(_mm_cmplt_epi8(x, _mm_set1_epi8('0')));
		     m; m &= m - 1) {
			size_t b = (size_t)__builtin_ctzll(m);
			uint16_t pair;
			uint32_t quad;
			unsigned int mask;

			/* x86 is little-endian: pair is t[j] | t[j + 1] << 8, quad goes on to t[j + 3] */
			memcpy(&pair, after + b, 2);
			if (!(mask = members[pair]))
				continue;
			memcpy(&quad, after + b, 4);
			if (!(mask &= members3[hash3(quad)] | members4[hash4(quad)]))
				continue;
			if (after_nonword(text, len, i + 1 + b) && cands_add(mask, i + 1 + b) < 0)
				return -1;
		}
	}
#endif
	for (; i + 2 < len; i++) {
		unsigned int mask = cands_at(all, text, len, i + 1);

		if (mask && cands_add(mask, i + 1) < 0)
			return -1;
	}
	cands.all = all;
	cands.text = text;
	cands.len = len;
	cands.valid = 1;
	return 0;
}

/* members_at() where the members of the two bytes at j are known (mask). */
static inline unsigned int members_after_pair(const errata__starts *all, const unsigned char *t,
                                              size_t len, size_t j, unsigned int mask)
{
	uint32_t v;

	if (j + 3 >= len)
		return members_at(all, t, len, j);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	memcpy(&v, t + j, 4);
#else
	v = (uint32_t)t[j] | (uint32_t)t[j + 1] << 8 | (uint32_t)t[j + 2] << 16 |
	    (uint32_t)t[j + 3] << 24;
#endif
	return mask & (all->member_mask3[hash3(v)] | all->member_mask4[hash4(v)]);
}

/* Bit i of the bitmap b. */
static inline int bit_at(const uint64_t *b, size_t i)
{
	return (int)((b[i >> 6] >> (i & 63)) & 1);
}

/*
 * cands_build() from the word index of the text, classified with the
 * union's lead table, instead of from its bytes: the words the
 * classification flagged for some member (by their first three bytes),
 * the members whose words begin with their first two, where the byte
 * before is not an ASCII symbol at or above '0' (":", "_": the byte scan
 * never looks after those). On text without splits the positions are
 * those of cands_build() where the first three bytes may begin a word of
 * the member (every place one of its words is written among them); in
 * the scripts written without spaces, every
 * character starts a word, and so does a Hangul counter after a digit, so
 * a word of the lists is found inside a run ("三日間", "为期三天", "3일간").
 */
static int cands_build_indexed(const errata__starts *all, const errata__word_index *ix,
                               const char *text, size_t len)
{
	const unsigned char *t = (const unsigned char *)text;
	/* no word of the union is this short: the runs of one (two) bytes go */
	int need = all->lead_short & 3 ? 1 : all->lead_short & 4 ? 2 : 3;
	/* the members' classes: the others are other consumers' (the date keys') */
	const unsigned int members = (1u << all->member_count) - 1;

	cands.valid = 0;
	errata__starts_generation++;
	for (int k = 0; k < all->member_count; k++)
		cands.count[k] = cands.next[k] = 0;
	for (const errata__word_hit *hit = ix->hits, *end = hit + ix->hit_count; hit < end; hit++) {
		unsigned int mask = hit->classes & members;
		size_t j;

		if (!mask)
			continue;   /* a word for another consumer */
		j = hit->start;
		/* a start needs a byte after it; its first two bytes, those of a member's word */
		if (j + 1 >= len || !(mask &= all->member_mask[t[j] | (unsigned int)t[j + 1] << 8]))
			continue;
		/* the text's first word needs no separator before it, nor the hashes */
		if (j > 0) {
			/* a run of fewer bytes than the union's words begin with: the word's, without splits */
			if (ix->has_splits ?
			    (need >= 2 && !bit_at(ix->bits, j + 1)) || (need >= 3 && !bit_at(ix->bits, j + 2)) :
			    hit->end - j < (size_t)need)
				continue;
			if (t[j - 1] >= 0x30 && t[j - 1] < 0x80 && !errata__ascii_word[t[j - 1]])
				continue;   /* after ":" or "_": not where the byte scan looks */
			mask = members_after_pair(all, t, len, j, mask);
		}
		if (mask && cands_add(mask, j) < 0)
			return -1;
	}
	cands.all = all;
	cands.text = text;
	cands.len = len;
	cands.valid = 1;
	return 0;
}

/*
 * Make the positions kept those of the union `all` in text, finding them
 * again unless they are (see errata__starts_next()): 0, or -1 when out
 * of memory.
 */
static int cands_for(const errata__starts *all, const char *text, size_t len, size_t from)
{
	if (!cands.valid || cands.text != text || cands.len != len || cands.all != all ||
	    (from == 0 && (text != cands.doc_text || len != cands.doc_len))) {
		/* the document being checked needs no hash: its positions were dropped at its start */
		int trusted = text == cands.doc_text && len == cands.doc_len;
		uint64_t h = trusted ? 0 : text_hash(text, len);

		if (!cands.valid || cands.text != text || cands.len != len ||
		    cands.all != all || cands.hash != h) {
			int built = trusted && cands.doc_words &&
			            errata__word_index_classified(cands.doc_words, all->member_lead, NULL) ?
			            cands_build_indexed(all, cands.doc_words, text, len) :
			            cands_build(all, text, len);

			if (built < 0)
				return -1;
			cands.hash = h;
		}
	}
	return 0;
}

size_t errata__starts_next(const errata__starts *set, const char *text, size_t len,
                           size_t from)
{
	const errata__starts *all = set->all;
	size_t lo, hi;
	int k;

	if (!all || cands_for(all, text, len, from) < 0)
		return scan_next(set, text, len, from); /* no union, or out of memory: scan */
	k = set->index;
	hi = cands.count[k];
	lo = cands.next[k];
	/* the first position at or after from: where the last call left off, else a binary search */
	if (!(lo <= hi && (lo == 0 || cands.pos[k][lo - 1] < from) &&
	      (lo == hi || cands.pos[k][lo] >= from))) {
		lo = 0;
		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;

			if (cands.pos[k][mid] < from)
				lo = mid + 1;
			else
				hi = mid;
		}
	}
	if (lo >= cands.count[k])
		return len;
	cands.next[k] = lo + 1;
	return cands.pos[k][lo];
}

size_t errata__starts_next_near(const errata__starts *set, const char *text, size_t len,
                               size_t from)
{
	const errata__starts *all = set->all;
	const unsigned char *t = (const unsigned char *)text;
	unsigned int bit;

	/* the document itself, or no union: what errata__starts_next() reads */
	if (!all || (text == cands.doc_text && len == cands.doc_len))
		return errata__starts_next(set, text, len, from);
	bit = 1u << set->index;
	if (from == 0) {
		if (len > 1 && errata__is_word_byte(text, len, 0) && in_set(all, t, 0) &&
		    (all->member_mask[t[0] | ((unsigned int)t[1] << 8)] & bit))
			return 0;
		from = 1;
	}
	for (size_t j = from; j + 1 < len; j++)
		if (cands_at(all, text, len, j) & bit)
			return j;
	return len;
}

void errata__starts_walk_begin(errata__starts_walk *it, const errata__starts *set,
                               const char *text, size_t len)
{
	it->set = set;
	it->text = text;
	it->len = len;
	it->i = 0;
	it->kept = set->all && cands_for(set->all, text, len, 0) == 0;
	it->pos = it->kept ? cands.pos[set->index] : NULL;
	it->count = it->kept ? cands.count[set->index] : 0;
	it->generation = errata__starts_generation;
}

size_t errata__starts_walk_again(errata__starts_walk *it, size_t from)
{
	return errata__starts_next(it->set, it->text, it->len, from);
}
