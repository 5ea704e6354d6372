/*
 * errata/checker.h: the article checker. It runs the pipeline
 *   document -> date mentions -> built-in checks + pattern rules
 *   -> suppression and configuration filter -> findings
 * the same way on a file, standard input or a blob read from git.
 */
#ifndef ERRATA_CHECKER_H
#define ERRATA_CHECKER_H

#include <stddef.h>
#include "errata/common.h"
#include "errata/doc.h"
#include "errata/dates.h"
#include "errata/findings.h"

typedef struct errata_checker errata_checker;

/*
 * A JSON document given from memory rather than as a file: its text, or a
 * value the caller has already parsed with cJSON (Debian's libcjson, the
 * library liberrata links; the caller keeps it). `name` stands for the
 * document in messages ("house.json:3:7: invalid JSON"); for a
 * configuration, relative "rules" and "facts" paths start from its folder
 * (NULL: "<memory>", from the current folder).
 */
struct cJSON;
typedef struct {
	const char *name;
	const char *text;            /* JSON text, or NULL to use value */
	size_t len;                  /* text's length; 0: strlen(text) */
	const struct cJSON *value;   /* a parsed document, when text is NULL */
} errata_json;

typedef struct {
	unsigned int version;
	const char *lang;            /* NULL: front matter, config, then "en";
	                                "auto": chosen from each document's text */
	errata_date date;            /* the article's date (--date): wins over what the article says */
	errata_date_order order;     /* numeric date order; AUTO: from config */
	const char *config_path;     /* a .errata.json to use; NULL: none */
	const char *const *rule_dirs;   /* extra rule-pack folders */
	size_t rule_dir_count;
	const char *const *enable;   /* rule ids (or prefixes ending in '.') to enable */
	size_t enable_count;
	const char *const *disable;  /* rule ids (or prefixes ending in '.') to disable */
	size_t disable_count;
	const char *const *facts_paths; /* fact sheets (JSON) */
	size_t facts_count;
	errata_severity min_severity;
	int no_default_packs;        /* skip the data directory's packs/ */
	errata_date revision_date;   /* the date of the revision being checked: the
	                                anchor when the article states no date */
	const char *messages;        /* the language of messages; NULL: the config's,
	                                else each article's (English where its
	                                table has no messages) */
	/* Version 2. */
	const char *data_dir;        /* locales/ and packs/; NULL: errata_data_dir() */
	const errata_json *config;   /* a configuration from memory (instead of config_path) */
	const errata_json *packs;    /* rule packs from memory, after the folders' */
	size_t pack_count;
	const errata_json *fact_sheets; /* fact sheets from memory, after facts_paths */
	size_t fact_sheet_count;
} errata_checker_options;

/*
 * 2 added data_dir, config, packs and fact_sheets; errata_checker_new()
 * still takes a version 1 struct (those fields then count as unset).
 */
#define ERRATA_CHECKER_OPTIONS_VERSION 2
#define ERRATA_CHECKER_OPTIONS_INIT { ERRATA_CHECKER_OPTIONS_VERSION, NULL, { 0, 0, 0 }, \
	ERRATA_ORDER_AUTO, NULL, NULL, 0, NULL, 0, NULL, 0, NULL, 0, ERRATA_SEVERITY_INFO, 0, \
	{ 0, 0, 0 }, NULL, NULL, NULL, NULL, 0, NULL, 0 }

/*
 * Build a checker: load the configuration, the rule packs (compiling their
 * patterns) and the fact sheets. A broken pack, config or sheet fails with
 * ERRATA_EINVALID and a message naming the file, the rule and the place.
 * opts may be NULL. Free with errata_checker_free().
 */
ERRATA_API int errata_checker_new(errata_checker **out, const errata_checker_options *opts);
ERRATA_API void errata_checker_free(errata_checker *checker);

/*
 * Check one document and append its findings to `out` (sorted, sealed).
 * A checker may be used for many documents, one thread at a time.
 */
ERRATA_API int errata_checker_check(errata_checker *checker, const errata_doc *doc,
                                    errata_findings *out);

/*
 * The language the last errata_checker_check() read its document in (a
 * code such as "es"), or NULL before any; *detected (may be NULL) is set
 * when it was chosen from the text ("auto"). Borrowed until the next check.
 */
ERRATA_API const char *errata_checker_lang(const errata_checker *checker, int *detected);

/*
 * The article's date, which anchors the dates it writes without a year,
 * and where it came from, in this order: the options' date (--date); the
 * front matter's date, publishDate, published, pubDate or created; the
 * HTML <meta> date (article:published_time, then name="date", then the
 * others, wherever each stands in the page); JSON-LD "datePublished"; the
 * first <time datetime>; a byline or dateline date
 * in the article's first lines ("By Ana Ruiz, March 5, 2026",
 * "Published March 5, 2026", "WASHINGTON, March 5, 2026 --"); the
 * revision's date (options.revision_date). *from is a short label
 * ("--date", "front matter 'pubDate'", "html meta", "json-ld", "html <time>",
 * "byline, line 3", "revision"), or "none" with out->year 0. Borrowed
 * until the next call.
 */
ERRATA_API int errata_checker_article_date(errata_checker *checker, const errata_doc *doc,
                                           errata_date *out, const char **from);

/* What a rule is, for listings and SARIF's tool.driver.rules. */
typedef struct {
	const char *id;
	errata_severity severity;   /* after configuration */
	const char *summary;        /* one line */
	const char *help_uri;       /* or NULL */
	int enabled;
} errata_rule_info;

ERRATA_API size_t errata_checker_rule_count(const errata_checker *checker);
ERRATA_API const errata_rule_info *errata_checker_rule(const errata_checker *checker, size_t i);

/*
 * The configuration's "max_size" (bytes) for loading documents, or 0 when
 * the configuration does not set one (use the loader's default).
 */
ERRATA_API size_t errata_checker_max_size(const errata_checker *checker);

/*
 * Find the .errata.json that applies to a file in `dir`: the first one in
 * dir or its parents. *out is a malloc'd path (free()), or NULL if none
 * (also when dir does not exist: reading a file there fails on its own).
 */
ERRATA_API int errata_config_find(char **out, const char *dir);

#endif
