/*
 * core/rules/rules.h: rule packs, inside liberrata.
 *
 * A rule set holds every rule loaded from the pack files (JSON). Rules
 * come in four types: "pattern" (a pcre2 regular expression),
 * "substitution" (a wrong form and its right form, giving a suggestion),
 * "consistency" (variant spellings of one name; an article should use
 * one) and "repeated-word" (the same word twice in a row). Literal word
 * lists (substitution lists, consistency variants) and repeated words are
 * all found in one pass over the prose; each pcre2 rule makes its own
 * JIT-compiled pass with a match limit.
 *
 * The checker owns the rule set: it loads the packs, then sets each
 * rule's `enabled` and `severity` from options and configuration, then
 * calls errata__rules_prepare() once and errata__rules_run() per document.
 */
#ifndef ERRATA_CORE_RULES_H
#define ERRATA_CORE_RULES_H

#include <stddef.h>
#include "errata/doc.h"
#include "errata/findings.h"
#include "text/wordindex.h"

typedef enum {
	ERRATA__RULE_PATTERN = 0,
	ERRATA__RULE_SUBSTITUTION,
	ERRATA__RULE_CONSISTENCY,
	ERRATA__RULE_REPEATED
} errata__rule_type;

typedef struct errata__rule errata__rule;

/* The public face of a rule; the rest lives in rules.c. */
typedef struct {
	const char *id;
	const char *summary;
	const char *link;         /* or NULL */
	const char *path;         /* the pack file it came from */
	errata__rule_type type;
	errata_severity default_severity;
	int default_enabled;
	/* Set by the checker before errata__rules_prepare(): */
	errata_severity severity;
	int enabled;
} errata__rule_head;

typedef struct errata__rules errata__rules;

int errata__rules_new(errata__rules **out);
void errata__rules_free(errata__rules *rs);

/*
 * Load one pack file and append its rules. Errors (ERRATA_EINVALID) name
 * the file and, for bad JSON, the line and column; for a bad rule, its id
 * and the problem ("FILE: rule 'ID': pattern error at offset N: ...").
 * A rule id that is already loaded is an error.
 */
int errata__rules_load_file(errata__rules *rs, const char *path);
/* Load the same from a buffer; path is used in messages only. */
int errata__rules_load_buffer(errata__rules *rs, const char *path,
                              const char *data, size_t len);
/*
 * Load every *.json file of a folder, in sorted order. A folder that does
 * not exist fails with ERRATA_ENOTFOUND unless missing_ok.
 */
int errata__rules_load_dir(errata__rules *rs, const char *dir, int missing_ok);

size_t errata__rules_count(const errata__rules *rs);
/* Borrowed; the checker may write `enabled` and `severity`. */
errata__rule_head *errata__rules_head(errata__rules *rs, size_t i);
const errata__rule_head *errata__rules_head_const(const errata__rules *rs, size_t i);

/* Build the shared word lexicon from the enabled rules. Call once. */
int errata__rules_prepare(errata__rules *rs);

/*
 * The word table (text/wordindex.h) of the first words of the prepared
 * rule set's literal forms.
 */
const unsigned char *errata__rules_words(const errata__rules *rs);

/*
 * Run every enabled rule on doc's prose view and append findings to out
 * (unsorted, unfiltered). A pattern that hits the match limit stops that
 * rule for this document and leaves an info finding saying so.
 */
int errata__rules_run(errata__rules *rs, const errata_doc *doc,
                      errata_findings *out);

/*
 * The same with the word index of doc's prose already built by the
 * caller (text/wordindex.h; borrowed, must index exactly that prose), so
 * that one walk over the prose serves the checks and the rules: the rules
 * read only the words its classification flagged, when it was classified
 * with errata__rules_words() as its word table. NULL, or an index
 * classified otherwise: the rules build and classify their own.
 */
int errata__rules_run_indexed(errata__rules *rs, const errata_doc *doc,
                              const errata__word_index *words, errata_findings *out);


#endif
