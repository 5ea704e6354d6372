/*
 * text/wordstarts.h: finding where the words of a few word lists may
 * start in prose, fast: sets of word beginnings, and one scan per
 * document that serves every set of a union.
 */
#ifndef ERRATA_TEXT_WORDSTARTS_H
#define ERRATA_TEXT_WORDSTARTS_H

#include <stddef.h>

#include "text/wordindex.h"
#include "text/wordlist.h"

/*
 * A set of two-byte word beginnings (lower case): a scan tests two bytes
 * per position against it and calls the word lists only where a word of
 * the set could start.
 */
typedef struct errata__starts {
	unsigned char bits[8192];
	/* a hash of the first three bytes, in every case (hash3()), to thin them out */
	unsigned char bits3[8192];
	unsigned char bits3_only[8192]; /* the same, of the words of three bytes only */
	unsigned char bits4[8192];      /* of the first four bytes of longer words (hash4()) */
	/* bits as the text has them: bit (b0 | b1 << 8) for any case of the two bytes */
	unsigned char raw[8192];
	int has_short;              /* a word of two bytes: bits3 cannot be used */
	/*
	 * Bit k (k < 3): a word whose first k bytes only, from its first
	 * letter, are word bytes as the word index marks them ("d'an": 1).
	 * Without bits 0 and 1, a scan of the index passes over the runs of
	 * one byte; without bit 2 either, those of two ("a", "to", "7").
	 */
	unsigned char lead_short;
	/*
	 * The union of every set of the locale: one scan per document with it
	 * serves all the checks (see errata__starts_next()). NULL in the union.
	 */
	const struct errata__starts *all;
	/* In the union: the sets it joins (their positions are kept apart). */
	const struct errata__starts *members[8];
	int member_count;
	int index;                  /* in a member: its place in the union's members */
	/* per two bytes as the text has them (t[i] | t[i + 1] << 8, any case): bit k for members[k] */
	const unsigned char *member_mask;
	/*
	 * per hash of three bytes (bits3_only) and of four (bits4): bit k for
	 * members[k] that have a word of three bytes, or of four or more, with
	 * that hash, or any word of two bytes
	 */
	const unsigned char *member_mask3;
	const unsigned char *member_mask4;
	/* the word index's lead table of the members (errata__starts_lead()) */
	const unsigned char *member_lead;
	unsigned char member_short;     /* bit k for members[k] with a word of two bytes */
} errata__starts;

/* A union of sets (at most 8) with the tables its one scan reads. */
typedef struct errata__starts_union {
	errata__starts all;
	unsigned char mask[65536];    /* all.member_mask */
	unsigned char mask3[65536];   /* all.member_mask3 */
	unsigned char mask4[65536];   /* all.member_mask4 */
	unsigned char lead[65536];    /* all.member_lead */
} errata__starts_union;

/* Make the (zeroed) set a member of the (zeroed) union u, before any word is added. */
void errata__starts_join(errata__starts_union *u, errata__starts *set);

/* Add the words of l to the member set `set` of u (and to u's tables). */
void errata__starts_add(errata__starts_union *u, errata__starts *set,
                        const errata__wordlist *l);

/* Once every word is added: a member with a word of two bytes is in every hash entry. */
void errata__starts_seal(errata__starts_union *u);

/*
 * The first word start at or after `from` whose first two bytes, in lower
 * case, begin a word of the set (and, unless the set has a word of two
 * bytes, whose first three, or four, have the hash of one); len if there
 * is none.
 * The positions of the union set are found once per document and thread
 * and kept: a call with from 0 checks (by a 64-bit hash of the text) that
 * they still belong to this text, later calls trust the text's address
 * and length.
 * Every position returned is tested against the text itself, so the cache
 * can only ever make a scan miss, never invent a match.
 */
size_t errata__starts_next(const errata__starts *set, const char *text, size_t len,
                           size_t from);

/*
 * What errata__starts_next(set, text, len, from) returns for a text that
 * is not the document being checked (errata__starts_begin()), such as the
 * document's prose cut at the end of a sentence, read from the bytes at
 * and after from (and the one before) alone: neither the text before
 * from is scanned nor the positions kept for the document dropped. For
 * the document itself it is errata__starts_next().
 */
size_t errata__starts_next_near(const errata__starts *set, const char *text, size_t len,
                               size_t from);

/*
 * A walk over the positions errata__starts_next() gives for `set` in
 * text[0, len), without a call a position:
 *
 *   errata__starts_walk it;
 *   errata__starts_walk_begin(&it, set, text, len);
 *   for (size_t i = errata__starts_walk_next(&it, 0); i < len;
 *        i = errata__starts_walk_next(&it, i + 1)) ...
 *
 * errata__starts_walk_next(it, from) is errata__starts_next(set, text,
 * len, from). The walk reads the positions kept for the text; when they
 * could not be kept (out of memory), or were found again for another
 * text meanwhile, it asks errata__starts_next().
 */
typedef struct {
	const errata__starts *set;
	const char *text;
	size_t len;
	const size_t *pos;         /* the positions kept for set (kept) */
	size_t count, i;           /* how many; the next to give */
	int kept;
	unsigned long generation;  /* errata__starts_generation when they were read */
} errata__starts_walk;

/* Changed whenever this thread's kept positions are dropped or found again. */
extern _Thread_local unsigned long errata__starts_generation;

void errata__starts_walk_begin(errata__starts_walk *it, const errata__starts *set,
                               const char *text, size_t len);
size_t errata__starts_walk_again(errata__starts_walk *it, size_t from);

static inline size_t errata__starts_walk_next(errata__starts_walk *it, size_t from)
{
	if (!it->kept || it->generation != errata__starts_generation)
		return errata__starts_walk_again(it, from);
	if (it->i > 0 && it->pos[it->i - 1] >= from)
		it->i = 0; /* back before the last one given */
	while (it->i < it->count && it->pos[it->i] < from)
		it->i++;
	return it->i < it->count ? it->pos[it->i++] : it->len;
}

/*
 * The union's lead table (text/wordindex.h): bit k of an entry for
 * members[k], by the first three bytes of their words in every ASCII
 * case. A word index classified with it tells the union's scan where its
 * words may begin.
 */
static inline const unsigned char *errata__starts_lead(const errata__starts_union *u)
{
	return u->lead;
}

/*
 * The checker brackets the checks of one document with these: between
 * them, the positions kept for `text` (the document's prose, which does not
 * change meanwhile) are trusted without hashing the text again at each
 * scan from 0, and found from `words`, the word index of exactly that
 * text (borrowed until errata__starts_end()), classified with the union's
 * errata__starts_lead() as its lead table: only its flagged words are
 * read. NULL, or an index classified otherwise: found from the text's
 * bytes, where a word inside a run of a script written without spaces is
 * not seen. Both drop what was kept.
 */
void errata__starts_begin(const char *text, size_t len, const errata__word_index *words);
void errata__starts_end(void);

#endif
