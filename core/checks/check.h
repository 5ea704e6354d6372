/*
 * core/checks/check.h: the one interface every built-in check implements.
 *
 * A check is a struct with its rule id, default severity, a one-line
 * summary and a run function. The pipeline (core/checker.c) builds a
 * context per document and calls run() for each enabled check; run()
 * reports through errata__check_report(). Adding a check is adding one
 * file here and one line in registry.c.
 */
#ifndef ERRATA_CORE_CHECK_H
#define ERRATA_CORE_CHECK_H

#include "errata/checker.h"
#include "errata/dates.h"
#include "errata/doc.h"
#include "errata/findings.h"
#include "text/wordindex.h"

struct errata_facts; /* core/checks/facts.h: the newsroom fact sheet */
struct errata__words; /* dates/consistency.h: a language's words for the checks */
struct errata__births; /* checks/names.h: the births an article states */
struct errata__holiday_anchors; /* checks/holiday_sieve.h: where a document may name a holiday */

typedef struct errata_check_ctx {
	const errata_doc *doc;
	const char *prose;            /* errata_doc_prose() */
	size_t prose_len;
	const errata_locale *locale;  /* the document's language; NULL when it has no table */
	const char *lang;             /* that language's code ("en", "pt-BR") */
	const errata_locale *msg_locale; /* the language of messages: names and
	                                    templates come from it (see message.c) */
	const errata_mentions *mentions; /* NULL when there is no locale */
	const errata__word_index *words; /* the prose's words (text/wordindex.h); may be NULL */
	errata_date article_date;     /* year 0: unknown */
	const struct errata_facts *facts; /* may be NULL */
	const struct errata__words *cons_words; /* errata__words_for(locale), resolved
	                                          once a document; NULL: not loaded */
	/* the births the article states, read once for all the checks of the
	 * document that ask (errata__births_read()); NULL: each reads its own */
	struct errata__births *births;
	/* the holiday names' anchors (checks/holiday_sieve.h) the prose's words were
	 * classified with; NULL: none */
	const struct errata__holiday_anchors *holidays;
	/* whether a holiday's name may stand in the document
	 * (errata__holiday_may_be_named()), worked out once for the checks that
	 * ask: -1 not yet; NULL: not worked out, a name may stand */
	int *holidays_named;
	errata_findings *out;
	/* Set by the pipeline before each run(): */
	const char *rule;
	errata_severity severity;
	errata_date_order order;      /* the numeric date order in effect */
} errata_check_ctx;

typedef struct errata_check {
	const char *id;
	errata_severity severity;
	const char *summary;
	const char *help_uri;          /* or NULL */
	int (*run)(const errata_check_ctx *ctx);
	/*
	 * 0: run for documents whose language has a locale table. 1: run only
	 * for those without one (ctx->locale and ctx->mentions are NULL).
	 */
	int without_locale;
} errata_check;

/* The registry: a NULL-terminated array of every built-in check. */
extern const errata_check *const errata__checks[];

/*
 * Write the message `key` into out (cleared first): the template of
 * ctx->msg_locale's "messages", else `dflt` (English), with each {name}
 * replaced by its value (n pairs in names and values).
 */
int errata__check_message(const errata_check_ctx *ctx, const char *key, const char *dflt,
                          errata_buf *out, const char *const *names,
                          const char *const *values, size_t n);

/*
 * A date for a message, the way the language of messages writes it
 * (ctx->msg_locale, else the article's; ISO without either), with or
 * without its year, into out (cleared first).
 */
int errata__check_date(const errata_check_ctx *ctx, errata_buf *out, int year, int month,
                       int day, int with_year);

/* A weekday's name (0..6) in the language of messages; NULL if none. */
const char *errata__check_weekday_name(const errata_check_ctx *ctx, int weekday);

/* A month's name without its day: "months_standalone", else its name (dates/locale.c). */
const char *errata__locale_month_standalone(const errata_locale *loc, int month);
/*
 * The weekday (0..6) that a word of the locale table writes at text[at], a
 * word of its own, in any of the table's forms ("周六", "torstaina"; a form
 * the table calls ambiguous only with a capital); its length in *n. -1
 * when none (dates/locale.c).
 */
int errata__locale_weekday_at(const errata_locale *loc, const char *text, size_t len, size_t at,
                              size_t *n);
/*
 * Whether text[s..e) (s < e) may be a weekday form of the table (a name
 * as written or folded), by its first and last bytes: 0 only when both
 * are ASCII letters that start and end none (dates/locale.c).
 */
int errata__locale_weekday_may_be(const errata_locale *loc, const char *text, size_t s, size_t e);
/* The end of a word of the table's year_after_words at text[at] ("2025 r."); at when none (dates/locale.h). */
size_t errata__locale_year_after_end(const errata_locale *loc, const char *text, size_t len,
                                     size_t at);
/* Whether a locale table has "messages" (dates/locale.c). */
int errata__locale_has_messages(const errata_locale *loc);

/*
 * The locale's words (errata__words_for(ctx->locale)): those the pipeline
 * resolved for the document, else looked up (and their error returned).
 */
int errata__words_for(const struct errata__words **out, const errata_locale *loc);
static inline int errata__check_words(const errata_check_ctx *ctx,
                                      const struct errata__words **out)
{
	if (ctx->cons_words) {
		*out = ctx->cons_words;
		return 0;
	}
	return errata__words_for(out, ctx->locale);
}

/* Report a finding for the running check (ctx->rule, ctx->severity). */
int errata__check_report(const errata_check_ctx *ctx, size_t offset,
                         size_t length, const char *message,
                         const char *const *suggestions,
                         size_t suggestion_count);

#endif
