/*
 * core/rules/rule_impl.h: the inside of a rule and a rule set, shared by
 * the pack loader (pack.c) and the matcher (match.c) only.
 */
#ifndef ERRATA_CORE_RULE_IMPL_H
#define ERRATA_CORE_RULE_IMPL_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdint.h>

#include "rules/rules.h"
#include "text/wordindex.h"

/* Limits that keep any pattern from running away (per start position). */
#define ERRATA__MATCH_LIMIT 1000000u
#define ERRATA__DEPTH_LIMIT 10000u
#define ERRATA__HEAP_LIMIT_KIB 20480u

/* One literal form: text as written in the pack, and what replaces it. */
typedef struct {
	char *text;
	size_t len;
	char *to;          /* replacement (substitution), or NULL */
	int ends_word;     /* the form ends with a word character */
} errata__phrase;

struct errata__rule {
	errata__rule_head head;
	char *id, *summary, *link, *path, *message;
	pcre2_code *code;           /* pattern rules, pattern substitutions */
	pcre2_code *after;          /* substitution lists: "followed_by", anchored */
	uint32_t capture_count;
	char *to;                   /* substitution template, or NULL */
	errata__phrase *phrases;    /* literal forms, variants, or the "to" map */
	size_t phrase_count;
	int case_sensitive;
	int whole_word;
	int literal;                /* phrases are found by the word pass */
	long preferred;             /* consistency: index of the preferred variant, or -1 */
	char **ignore;              /* repeated-word: words never flagged */
	size_t ignore_count;
	int ignore_capitalized;     /* repeated-word: skip when the second starts upper case */
	int borrowed;               /* a copy of a shared pack's rule (tables.c): only the
	                               struct is the set's, the rest is the pack's */
};

/* An entry of the word lexicon: a phrase whose first word is key. */
typedef struct {
	uint64_t hash;              /* of the first word, ASCII-folded */
	size_t first_len;           /* bytes of the first word */
	size_t rule;                /* index into rules */
	size_t phrase;
	long next;                  /* next entry in the same bucket, or -1 */
} errata__lex_entry;

struct errata__rules {
	errata__rule **rules;
	size_t count, alloc;
	/* the shared packs (tables.c) whose rules are borrowed: a reference to each */
	const errata__rules **packs;
	size_t pack_count;
	/* built by errata__rules_prepare() */
	int prepared;
	errata__lex_entry *lex;
	size_t lex_count;
	long *buckets;
	size_t bucket_mask;
	int any_repeated;
	uint64_t word_bits[1024];   /* 65536-bit filter over the first words' first and last bytes (match.c) */
	/*
	 * first byte, as the prose may write it -> bit per first-word length
	 * modulo 64 (every bit for a length from 64 on): a case-sensitive
	 * form's own first byte, both ASCII cases of another's (match.c)
	 */
	uint64_t first_len[256];
	uint64_t key_bits[1024];    /* 65536-bit filter over the first words' keys (match.c) */
	/* the word index's word table of the forms' first words (match.c) */
	unsigned char listed[65536];
	pcre2_match_context *mctx;
	pcre2_jit_stack *jit_stack;
	pcre2_match_data *md;
	/* the prose's words, reused from document to document (match.c) */
	errata__word_index words;
	errata__word_classes classes;   /* for those words: the word table alone */
	size_t *pattern_rules;      /* indexes of the enabled pcre2 rules, in order */
	size_t pattern_count;
};

/* A helper both files use. */
uint64_t errata__fold_hash(const char *s, size_t len);

#endif
