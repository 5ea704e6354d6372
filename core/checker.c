/*
 * checker.c: the article checker's pipeline.
 *
 *   document -> language (options, front matter, config, "en"; "auto":
 *               chosen from the prose, see dates/detect.c)
 *            -> article date (front matter, options) -> date mentions
 *            -> built-in checks (core/checks/registry.c) + rule packs
 *            -> suppression comments -> minimum severity -> sorted, sealed
 *
 * A checker is built once (config, packs, compiled patterns, which rules
 * are on and at what severity) and then checks any number of documents.
 * Locale tables are loaded the first time a language is needed, and
 * shared with the process's other checkers (tables.c).
 */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cjson/cJSON.h>

#include "checks/check.h"
#include "checks/facts.h"
#include "checks/holiday_sieve.h"
#include "checks/names.h"
#include "checks/words.h"
#include "common.h"
#include "dates/dateline.h"
#include "dates/detect.h"
#include "dates/mention.h"
#include "errata/checker.h"
#include "rules/config.h"
#include "rules/rules.h"
#include "tables.h"

/* A language this checker met, and its table (borrowed from tables.c). */
typedef struct {
	char *lang;
	const errata_locale *loc;   /* NULL: no table for this language */
	const unsigned char *keys;  /* its date keys' lead table, or NULL (keys_for()) */
	int keys_known;             /* keys was asked for */
	const errata__holiday_anchors *holidays; /* its holiday names' anchors, or NULL (holidays_for()) */
	int holidays_known;         /* holidays was asked for */
} locale_slot;

struct errata_checker {
	char *data_dir;                /* locales/ and packs/ */
	errata__config *config;        /* or NULL */
	errata__rules *rules;
	size_t check_count;
	int *check_enabled;
	errata_severity *check_severity;
	errata_rule_info *infos;       /* checks first, then pack rules */
	size_t info_count;
	char *lang;                    /* from the options, or NULL */
	char *messages;                /* the language of messages (options, config), or NULL */
	errata_date date;              /* --date: wins over the article */
	errata_date revision_date;     /* the revision's: when the article has none */
	errata_date_order order;
	errata_severity min_severity;
	locale_slot *locales;
	size_t locale_count;
	const struct errata_facts *facts; /* fact sheets; NULL when there are none */
	struct errata_facts *own_facts;   /* facts, when loaded for this checker alone */
	char date_from[64];            /* where the last article date came from */
	const errata__detector *detector; /* for "auto": the process's (tables.c), asked for once */
	char *last_lang;               /* the last document's language */
	int last_detected;             /* ... chosen from its text */
	/* the words of the document being checked: one walk over its prose
	   for the checks' trigger scan and the rule packs' word pass */
	errata__word_index words;
	errata__word_classes *classes;   /* what its classification reads: the locale's and the packs' */
};

/* ---- enable, disable, severity ------------------------------------------ */

/*
 * How specifically a pattern names a rule id: 0 not at all, 1 for "*",
 * the prefix length + 1 for a prefix ending in '.', more for the id itself.
 */
static size_t specificity(const char *pattern, const char *id)
{
	size_t n = strlen(pattern);

	if (strcmp(pattern, "*") == 0)
		return 1;
	if (n && pattern[n - 1] == '.' && strncmp(id, pattern, n) == 0)
		return n + 1;
	if (strcmp(pattern, id) == 0)
		return n + 2;
	return 0;
}

static size_t best_match(char *const *list, size_t count, const char *id)
{
	size_t best = 0;

	for (size_t i = 0; i < count; i++) {
		size_t s = specificity(list[i], id);

		if (s > best)
			best = s;
	}
	return best;
}

/* Apply one source's enable and disable lists: the more specific wins. */
static void decide(const char *id, char *const *en, size_t ne,
                   char *const *dis, size_t nd, int *enabled)
{
	size_t e = best_match(en, ne, id), d = best_match(dis, nd, id);

	if (e || d)
		*enabled = e > d;
}

static const char *rule_id_at(const errata_checker *c, size_t i)
{
	return i < c->check_count ? errata__checks[i]->id
	                          : errata__rules_head_const(c->rules, i - c->check_count)->id;
}

/* Every pattern must name at least one rule, so that typos are caught. */
static int check_names(const errata_checker *c, char *const *list, size_t count,
                       const char *where, const char *what)
{
	for (size_t i = 0; i < count; i++) {
		int hit = 0;

		for (size_t r = 0; r < c->info_count && !hit; r++)
			hit = specificity(list[i], rule_id_at(c, r)) > 0;
		if (!hit) {
			if (where)
				return errata__error(ERRATA_EINVALID, "%s: unknown rule '%s' in \"%s\"",
				                     where, list[i], what);
			return errata__error(ERRATA_EINVALID, "unknown rule '%s' to %s", list[i], what);
		}
	}
	return 0;
}

static int resolve_rules(errata_checker *c, const errata_checker_options *o)
{
	errata__config *cfg = c->config;
	size_t nr = errata__rules_count(c->rules);
	int error;

	c->info_count = c->check_count + nr;
	if (!(c->infos = calloc(c->info_count + 1, sizeof(*c->infos))))
		return errata__oom();
	for (size_t i = 0; i < c->info_count; i++) {
		const char *id = rule_id_at(c, i);

		for (size_t j = 0; j < i; j++)
			if (strcmp(rule_id_at(c, j), id) == 0)
				return errata__error(ERRATA_EINVALID, "%s: rule '%s': duplicate id (a built-in check has it)",
				                     errata__rules_head_const(c->rules, i - c->check_count)->path, id);
	}
	if (cfg && ((error = check_names(c, cfg->enable, cfg->enable_count, cfg->path, "enable")) ||
	            (error = check_names(c, cfg->disable, cfg->disable_count, cfg->path, "disable")) ||
	            (error = check_names(c, cfg->severity_ids, cfg->severity_count, cfg->path, "severity"))))
		return error;
	if ((error = check_names(c, (char *const *)o->enable, o->enable_count, NULL, "enable")) ||
	    (error = check_names(c, (char *const *)o->disable, o->disable_count, NULL, "disable")))
		return error;

	for (size_t i = 0; i < c->info_count; i++) {
		errata_rule_info *info = &c->infos[i];
		int enabled;
		errata_severity sev;

		if (i < c->check_count) {
			const errata_check *chk = errata__checks[i];

			info->id = chk->id;
			info->summary = chk->summary;
			info->help_uri = chk->help_uri;
			enabled = 1;
			sev = chk->severity;
		} else {
			const errata__rule_head *h = errata__rules_head_const(c->rules, i - c->check_count);

			info->id = h->id;
			info->summary = h->summary;
			info->help_uri = h->link;
			enabled = h->default_enabled;
			sev = h->default_severity;
		}
		if (cfg) {
			size_t best = 0;

			decide(info->id, cfg->enable, cfg->enable_count, cfg->disable,
			       cfg->disable_count, &enabled);
			for (size_t k = 0; k < cfg->severity_count; k++) {
				size_t s = specificity(cfg->severity_ids[k], info->id);

				if (s > best) {
					best = s;
					sev = cfg->severity_values[k];
				}
			}
		}
		decide(info->id, (char *const *)o->enable, o->enable_count,
		       (char *const *)o->disable, o->disable_count, &enabled);
		info->enabled = enabled;
		info->severity = sev;
		if (i < c->check_count) {
			c->check_enabled[i] = enabled;
			c->check_severity[i] = sev;
		} else {
			errata__rule_head *h = errata__rules_head(c->rules, i - c->check_count);

			h->enabled = enabled;
			h->severity = sev;
		}
	}
	return errata__rules_prepare(c->rules);
}

/* ---- building ----------------------------------------------------------- */

/*
 * The text of a JSON document given from memory: its own, or its value
 * printed (*printed, for cJSON_free(), is then set).
 */
static int json_text(const errata_json *j, const char **text, size_t *len, char **printed)
{
	*printed = NULL;
	if (j->text) {
		*text = j->text;
		*len = j->len ? j->len : strlen(j->text);
		return 0;
	}
	if (!j->value)
		return errata__error(ERRATA_EUSAGE, "%s: a JSON document from memory needs text or a value",
		                     j->name ? j->name : "<memory>");
	if (!(*printed = cJSON_PrintUnformatted(j->value)))
		return errata__oom();
	*text = *printed;
	*len = strlen(*printed);
	return 0;
}

static const char *json_name(const errata_json *j)
{
	return j->name ? j->name : "<memory>";
}

static int load_packs(errata_checker *c, const errata_checker_options *o)
{
	int error = 0;

	if (!o->no_default_packs) {
		const char *data = c->data_dir;

		if (data) {
			size_t n = strlen(data) + sizeof("/packs");
			char *dir = malloc(n);

			if (!dir)
				return errata__oom();
			snprintf(dir, n, "%s/packs", data);
			error = errata__rules_load_dir(c->rules, dir, 1);
			free(dir);
			if (error)
				return error;
		}
	}
	for (size_t i = 0; c->config && i < c->config->rule_dir_count && !error; i++)
		error = errata__rules_load_dir(c->rules, c->config->rule_dirs[i], 0);
	for (size_t i = 0; i < o->rule_dir_count && !error; i++)
		error = errata__rules_load_dir(c->rules, o->rule_dirs[i], 0);
	for (size_t i = 0; i < o->pack_count && !error; i++) {
		const char *text;
		char *printed;
		size_t len;

		if ((error = json_text(&o->packs[i], &text, &len, &printed)) == 0)
			error = errata__rules_load_buffer(c->rules, json_name(&o->packs[i]), text, len);
		cJSON_free(printed);
	}
	return error;
}

/*
 * The fact sheets: opts->facts_paths, then those from memory, then the
 * config's "facts". Files alone are shared with the process's other
 * checkers (tables.c); with sheets from memory, or to name the first
 * fault of a sheet that does not load, they are loaded for this checker.
 */
static int load_facts(errata_checker *c, const errata_checker_options *opts)
{
	size_t nconf = c->config ? c->config->facts_count : 0, n = opts->facts_count + nconf;
	const char **paths;
	int error = 0;

	if (!n && !opts->fact_sheet_count)
		return 0;
	if (!opts->fact_sheet_count && (paths = malloc(n * sizeof(*paths)))) {
		for (size_t i = 0; i < n; i++)
			paths[i] = i < opts->facts_count ? opts->facts_paths[i]
			                                 : c->config->facts[i - opts->facts_count];
		error = errata__tables_facts(&c->facts, paths, n);
		free(paths);
		if (error == 0)
			return 0;
	}
	if ((error = errata__facts_new(&c->own_facts)))
		return error;
	c->facts = c->own_facts;
	for (size_t i = 0; i < opts->facts_count && !error; i++)
		error = errata__facts_load_file(c->own_facts, opts->facts_paths[i]);
	for (size_t i = 0; i < opts->fact_sheet_count && !error; i++) {
		const char *text;
		char *printed;
		size_t len;

		if ((error = json_text(&opts->fact_sheets[i], &text, &len, &printed)) == 0)
			error = errata__facts_load_buffer(c->own_facts, json_name(&opts->fact_sheets[i]),
			                                  text, len);
		cJSON_free(printed);
	}
	for (size_t i = 0; i < nconf && !error; i++)
		error = errata__facts_load_file(c->own_facts, c->config->facts[i]);
	return error;
}

static int locale_for(errata_checker *c, const char *lang, const errata_locale **out);
static const unsigned char *keys_for(errata_checker *c, const errata_locale *loc);
static const errata__holiday_anchors *holidays_for(errata_checker *c, const errata_locale *loc);

/* Fail with a message naming `where` if `lang` (may be NULL) has no locale table. */
static int require_locale(errata_checker *c, const char *lang, const char *where)
{
	const errata_locale *loc = NULL;
	int error;

	if (!lang || !strcmp(lang, "auto"))
		return 0;
	if ((error = locale_for(c, lang, &loc)) < 0)
		return error;
	if (!loc)
		return errata__error(ERRATA_EINVALID,
		                     "%s: no locale table for language '%s' (see %s/locales/)",
		                     where, lang, c->data_dir);
	return 0;
}

int errata_checker_new(errata_checker **out, const errata_checker_options *opts)
{
	return errata__checker_new_config(out, opts, NULL);
}

int errata__checker_new_config(errata_checker **out, const errata_checker_options *opts,
                               errata__config *config)
{
	errata_checker_options dflt = ERRATA_CHECKER_OPTIONS_INIT;
	errata_checker *c = NULL;
	int error = 0;

	*out = NULL;
	if (!opts)
		opts = &dflt;
	if (opts->version == 1) {
		/* A version 1 struct ends where data_dir starts. */
		memcpy(&dflt, opts, offsetof(errata_checker_options, data_dir));
		dflt.version = ERRATA_CHECKER_OPTIONS_VERSION;
		opts = &dflt;
	}
	if (opts->version != ERRATA_CHECKER_OPTIONS_VERSION)
	{
		errata__config_free(config);
		return errata__error(ERRATA_EUSAGE, "checker options version %u is not %u",
		                     opts->version, ERRATA_CHECKER_OPTIONS_VERSION);
	}
	if (!(c = calloc(1, sizeof(*c)))) {
		errata__config_free(config);
		error = errata__oom();
		goto cleanup;
	}
	c->config = config;
	if (!(c->data_dir = errata__strdup(opts->data_dir ? opts->data_dir : errata_data_dir()))) {
		error = errata__oom();
		goto cleanup;
	}
	while (errata__checks[c->check_count])
		c->check_count++;
	c->check_enabled = calloc(c->check_count + 1, sizeof(int));
	c->check_severity = calloc(c->check_count + 1, sizeof(errata_severity));
	if (!c->check_enabled || !c->check_severity ||
	    (opts->lang && !(c->lang = errata__strdup(opts->lang))) ||
	    (opts->messages && !(c->messages = errata__strdup(opts->messages)))) {
		error = errata__oom();
		goto cleanup;
	}
	c->date = opts->date;
	c->revision_date = opts->revision_date;
	c->min_severity = opts->min_severity;
	if (!c->config && opts->config_path && (error = errata__config_load(&c->config, opts->config_path)))
		goto cleanup;
	if (!c->config && opts->config) {
		const char *text;
		char *printed;
		size_t len;

		if ((error = json_text(opts->config, &text, &len, &printed)) == 0)
			error = errata__config_load_buffer(&c->config, json_name(opts->config), text, len);
		cJSON_free(printed);
		if (error)
			goto cleanup;
	}
	c->order = opts->order != ERRATA_ORDER_AUTO ? opts->order
	         : c->config ? c->config->order : ERRATA_ORDER_AUTO;
	if ((error = errata__rules_new(&c->rules)) || (error = load_packs(c, opts)))
		goto cleanup;

	if ((error = load_facts(c, opts)))
		goto cleanup;

	/* A language named on the command line or in the config must have a
	 * locale table; one named only in an article's front matter may not
	 * (its date checks are skipped, its pattern rules still run). */
	if (!c->messages && c->config && c->config->messages &&
	    !(c->messages = errata__strdup(c->config->messages))) {
		error = errata__oom();
		goto cleanup;
	}
	if ((error = require_locale(c, c->lang, "--lang")) ||
	    (error = require_locale(c, opts->messages, "--messages")) ||
	    (c->config && (error = require_locale(c, c->config->messages, c->config->path))) ||
	    (c->config && (error = require_locale(c, c->config->lang, c->config->path))))
		goto cleanup;
	if ((error = resolve_rules(c, opts)))
		goto cleanup;
	*out = c;
	c = NULL;
cleanup:
	errata_checker_free(c);
	return error;
}

void errata_checker_free(errata_checker *c)
{
	if (!c)
		return;
	free(c->data_dir);
	errata__config_free(c->config);
	errata__rules_free(c->rules);
	if (c->own_facts)
		errata__facts_free(c->own_facts);
	else
		errata__tables_facts_release(c->facts);
	free(c->check_enabled);
	free(c->check_severity);
	free(c->infos);
	free(c->lang);
	free(c->messages);
	free(c->last_lang);
	errata__word_index_dispose(&c->words);
	free(c->classes);
	for (size_t i = 0; i < c->locale_count; i++)
		free(c->locales[i].lang);
	free(c->locales);
	free(c);
}

size_t errata_checker_rule_count(const errata_checker *c)
{
	return c ? c->info_count : 0;
}

const errata_rule_info *errata_checker_rule(const errata_checker *c, size_t i)
{
	return c && i < c->info_count ? &c->infos[i] : NULL;
}

const char *errata_checker_lang(const errata_checker *c, int *detected)
{
	if (detected)
		*detected = c ? c->last_detected : 0;
	return c ? c->last_lang : NULL;
}

size_t errata_checker_max_size(const errata_checker *c)
{
	return c && c->config ? c->config->max_size : 0;
}

/* ---- checking ----------------------------------------------------------- */

/*
 * The locale table for a language, looked up once per checker
 * (errata__tables_locale(): "pt-BR" falls back to "pt"). *out is NULL
 * when the language has no table (date checks are then skipped); a table
 * that exists but is broken is an error.
 */
static int locale_for(errata_checker *c, const char *lang, const errata_locale **out)
{
	const errata_locale *loc = NULL;
	locale_slot *slots;
	int error;

	*out = NULL;
	for (size_t i = 0; i < c->locale_count; i++) {
		if (strcmp(c->locales[i].lang, lang) == 0) {
			*out = c->locales[i].loc;
			return 0;
		}
	}
	if ((error = errata__tables_locale(&loc, c->data_dir, lang)) < 0)
		return error;
	slots = realloc(c->locales, (c->locale_count + 1) * sizeof(*slots));
	if (!slots)
		return errata__oom();
	c->locales = slots;
	slots[c->locale_count].keys = NULL;
	slots[c->locale_count].keys_known = 0;
	slots[c->locale_count].holidays = NULL;
	slots[c->locale_count].holidays_known = 0;
	slots[c->locale_count].loc = loc;
	if (!(slots[c->locale_count].lang = errata__strdup(lang)))
		return errata__oom();
	c->locale_count++;
	*out = loc;
	return 0;
}

/* A metadata value that starts with a real day, YYYY-MM-DD. */
static int meta_day(const char *meta, errata_date *d)
{
	char iso[11];

	if (!meta || strlen(meta) < 10)
		return 0;
	memcpy(iso, meta, 10);
	iso[10] = '\0';
	return errata_date_parse_iso(iso, d) == 0;
}

/* The front matter keys that date an article, as Hugo, Jekyll and
 * Eleventy write them, in the order they are asked. */
static const char *const date_keys[] = { "date", "publishDate", "published", "pubDate", "created" };

/*
 * label = a b c, cut to lsize - 1 bytes as snprintf() would: the labels
 * of find_article_date() without formatting one for every article.
 */
static void set_label(char *label, size_t lsize, const char *a, const char *b, const char *c)
{
	const char *const parts[3] = { a, b, c };
	size_t used = 0;

	if (!lsize)
		return;
	for (size_t i = 0; i < 3; i++) {
		size_t n = strlen(parts[i]);

		if (n > lsize - 1 - used)
			n = lsize - 1 - used;
		memcpy(label + used, parts[i], n);
		used += n;
	}
	label[used] = '\0';
}

/*
 * The article's date and where it came from (see
 * errata_checker_article_date()); the label goes to buf.
 */
static int find_article_date(const errata_checker *c, const errata_doc *doc,
                             const errata_locale *loc, errata_date *d,
                             char *label, size_t lsize)
{
	const char *text, *prose;
	size_t tlen = 0, plen = 0, line = 0;
	int error;

	memset(d, 0, sizeof(*d));
	if (c->date.year) {
		*d = c->date;
		set_label(label, lsize, "--date", "", "");
		return 0;
	}
	if (errata_doc_format(doc) != ERRATA_FORMAT_HTML) {
		for (size_t i = 0; i < sizeof(date_keys) / sizeof(date_keys[0]); i++) {
			if (meta_day(errata_doc_meta(doc, date_keys[i]), d)) {
				set_label(label, lsize, "front matter '", date_keys[i], "'");
				return 0;
			}
		}
	} else if (meta_day(errata_doc_meta(doc, "date"), d)) {
		set_label(label, lsize, "html meta", "", "");
		return 0;
	}
	text = errata_doc_text(doc, &tlen);
	if (errata_doc_format(doc) != ERRATA_FORMAT_TEXT && errata__jsonld_date(text, tlen, d)) {
		set_label(label, lsize, "json-ld", "", "");
		return 0;
	}
	if (errata_doc_format(doc) == ERRATA_FORMAT_HTML && meta_day(errata_doc_meta(doc, "time"), d)) {
		set_label(label, lsize, "html <time>", "", "");
		return 0;
	}
	prose = errata_doc_prose(doc, &plen);
	if (loc && (error = errata__dateline_find(prose, plen, loc, d, &line)) != 0) {
		if (error < 0)
			return error;
		snprintf(label, lsize, "byline, line %zu", line);
		return 0;
	}
	if (c->revision_date.year) {
		*d = c->revision_date;
		set_label(label, lsize, "revision", "", "");
		return 0;
	}
	memset(d, 0, sizeof(*d));
	set_label(label, lsize, "none", "", "");
	return 0;
}

/*
 * Run the enabled built-in checks on doc. With a locale table, the date
 * mentions are extracted once for all of them; without one (loc NULL),
 * only the checks that say so run (date.language reports the skip).
 */
/*
 * The table messages come from: the one named by --messages or the
 * configuration, else the article's; English when that one has no
 * "messages" (and the article's own table when there is no English one).
 */
static int message_locale(errata_checker *c, const errata_locale *loc,
                          const errata_locale **out)
{
	const errata_locale *m = loc, *en = NULL;
	int error;

	if (c->messages && (error = locale_for(c, c->messages, &m)) < 0)
		return error;
	if (!errata__locale_has_messages(m)) {
		if ((error = locale_for(c, "en", &en)) < 0)
			return error;
		if (en)
			m = en;
	}
	*out = m ? m : loc;
	return 0;
}

static int run_checks(errata_checker *c, const errata_doc *doc, const char *lang,
                      const errata_locale *loc, const errata__words *words,
                      errata_findings *out)
{
	errata_mention_options mo = ERRATA_MENTION_OPTIONS_INIT;
	errata_mentions *mentions = NULL;
	errata__births births = { NULL, 0, 0 };
	errata_check_ctx ctx;
	int any = 0, error, holidays_named = -1;

	for (size_t i = 0; i < c->check_count; i++)
		any |= c->check_enabled[i] && errata__checks[i]->without_locale == !loc;
	if (!any)
		return 0;
	if ((error = find_article_date(c, doc, loc, &mo.anchor, c->date_from,
	                               sizeof(c->date_from))) < 0)
		return error;
	mo.order = c->order;
	/* the prose's words were indexed and classified for this document (index_words()) */
	if (loc && (error = errata__mentions_extract_doc(&mentions, doc, loc, &mo,
	                                                 errata_doc_prose(doc, NULL) ? &c->words : NULL,
	                                                 keys_for(c, loc))))
		return error;
	memset(&ctx, 0, sizeof(ctx));
	ctx.doc = doc;
	ctx.prose = errata_doc_prose(doc, &ctx.prose_len);
	ctx.locale = loc;
	ctx.lang = lang;
	if (loc && (error = message_locale(c, loc, &ctx.msg_locale)) < 0) {
		errata_mentions_free(mentions);
		return error;
	}
	ctx.mentions = mentions;
	ctx.words = ctx.prose ? &c->words : NULL;
	ctx.article_date = mo.anchor;
	ctx.facts = c->facts;
	/* once for every check; without them each check that needs them says why */
	ctx.cons_words = loc ? words : NULL;
	ctx.births = &births;
	ctx.holidays = holidays_for(c, loc);
	ctx.holidays_named = &holidays_named;
	ctx.out = out;
	ctx.order = c->order != ERRATA_ORDER_AUTO ? c->order
	          : loc ? (errata_date_order)errata_locale_numeric_order(loc) : ERRATA_ORDER_AUTO;
	error = 0;
	errata__starts_begin(ctx.prose, ctx.prose_len, ctx.words);
	errata__sentences_begin(ctx.prose, ctx.prose_len);
	for (size_t i = 0; i < c->check_count && !error; i++) {
		if (!c->check_enabled[i] || errata__checks[i]->without_locale != !loc)
			continue;
		ctx.rule = errata__checks[i]->id;
		ctx.severity = c->check_severity[i];
		error = errata__checks[i]->run(&ctx);
	}
	errata__starts_end();
	errata__sentences_end();
	errata__births_dispose(&births);
	errata_mentions_free(mentions);
	return error;
}

/*
 * The document's language: the options', its own, the config's, "en";
 * "auto" is the language its prose's words point to (English when none
 * does). Noted as the checker's last language.
 */
static int doc_lang(errata_checker *c, const errata_doc *doc, const char **out)
{
	const char *lang = c->lang;
	int detected, error;

	if (!lang)
		lang = errata_doc_meta(doc, "lang");
	if (!lang && c->config)
		lang = c->config->lang;
	if (!lang)
		lang = "en";
	detected = !strcmp(lang, "auto");
	if (detected) {
		size_t plen = 0;
		const char *prose = errata_doc_prose(doc, &plen);

		if (!c->detector && (error = errata__tables_detector(&c->detector, c->data_dir)))
			return error;
		lang = errata__detector_guess(c->detector, prose, plen);
		if (!lang)
			lang = "en";
	}
	if (!c->last_lang || strcmp(c->last_lang, lang)) {
		free(c->last_lang);
		if (!(c->last_lang = errata__strdup(lang)))
			return errata__oom();
	}
	c->last_detected = detected;
	*out = c->last_lang;
	return 0;
}

void errata__checker_set_revision_date(errata_checker *c, errata_date date)
{
	if (c)
		c->revision_date = date;
}

int errata_checker_article_date(errata_checker *c, const errata_doc *doc,
                                errata_date *out, const char **from)
{
	const errata_locale *loc = NULL;
	const char *lang = NULL;
	int error;

	if (!c || !doc || !out)
		return errata__error(ERRATA_EUSAGE, "no checker, document or output given");
	if ((error = doc_lang(c, doc, &lang)) < 0 || (error = locale_for(c, lang, &loc)) < 0)
		return error;
	if ((error = find_article_date(c, doc, loc, out, c->date_from, sizeof(c->date_from))) < 0)
		return error;
	if (from)
		*from = c->date_from;
	return 0;
}

/* The slot of loc among the languages the checker met; NULL when it has none. */
static locale_slot *slot_of(errata_checker *c, const errata_locale *loc)
{
	for (size_t i = 0; loc && i < c->locale_count; i++)
		if (c->locales[i].loc == loc)
			return &c->locales[i];
	return NULL;
}

/* The lead table of loc's date keys (errata__tables_keys()), asked for once per checker. */
static const unsigned char *keys_for(errata_checker *c, const errata_locale *loc)
{
	locale_slot *sl = slot_of(c, loc);

	if (sl && !sl->keys_known) {
		sl->keys = errata__tables_keys(loc);
		sl->keys_known = 1;
	}
	return sl ? sl->keys : NULL;
}

/* The anchors of loc's holiday names (errata__tables_holidays()), asked for once per checker. */
static const errata__holiday_anchors *holidays_for(errata_checker *c, const errata_locale *loc)
{
	locale_slot *sl = slot_of(c, loc);

	if (sl && !sl->holidays_known) {
		sl->holidays = errata__tables_holidays(loc);
		sl->holidays_known = 1;
	}
	return sl ? sl->holidays : NULL;
}

/*
 * The prose's words, once, for the checks and the rules: the word index
 * of prose[0, plen), classified for the trigger scan of the locale's word
 * lists (the first lead table: where the checks' words may begin), for
 * the date mentions (the keys' table: where the locale's date keys may
 * begin), for the titles of the fact sheets (where one may begin), for
 * the holiday names (the wide table: where a name's anchor may begin) and
 * for the rule packs' word pass (the word table: where their forms may
 * begin; and repeated words). w: the locale's words (NULL: they did not
 * load).
 */
static int index_words(errata_checker *c, const errata_locale *loc, const errata__words *w,
                       const char *prose, size_t plen)
{
	const errata__holiday_anchors *holidays = holidays_for(c, loc);
	const unsigned char *lead[] = { w ? errata__starts_lead(&w->any) : NULL, keys_for(c, loc),
	                                errata__facts_title_lead(c->facts),
	                                holidays ? errata__holiday_anchors_lead(holidays) : NULL };
	int error;

	if ((error = errata__word_index_build(&c->words, prose, plen)) ||
	    (error = errata__rules_prepare(c->rules)))
		return error;
	if (!c->classes) {
		/* not cleared: the first errata__word_classes_set_leads() writes every entry */
		if (!(c->classes = malloc(sizeof(*c->classes))))
			return errata__oom();
		c->classes->set = 0;
	}
	errata__word_classes_set_leads(c->classes, lead, sizeof(lead) / sizeof(lead[0]),
	                               errata__rules_words(c->rules));
	/* (the date keys' words and the titles' each in a list of their own:
	 * the scan for mentions and the title check read only those) */
	return errata__word_index_classify_apart(&c->words, prose, plen, c->classes,
	                                         ERRATA__WORD_LEAD_CLASS(ERRATA__MENTION_KEY_CLASS) |
	                                         ERRATA__WORD_LEAD_CLASS(ERRATA__FACTS_TITLE_CLASS));
}

/* Whether findings f and g cover some byte in common. */
static int overlap(const errata_finding *f, const errata_finding *g)
{
	return f->offset < g->offset + g->length && g->offset < f->offset + f->length;
}

/*
 * One finding for one count: a birthday's count is its person's age, so
 * number.age and date.anniversary may both judge "her 87th birthday",
 * "ihren 87. Geburtstag" or "er i dag 50 år" from the same birth. The
 * age's finding, which names the person, stays; the anniversary's on an
 * overlapping span (of the findings from `from` on) goes.
 */
static void one_finding_per_count(errata_findings *out, size_t from)
{
	size_t i = errata_findings_count(out);

	while (i-- > from) {
		const errata_finding *f = errata_findings_get(out, i);

		if (strcmp(f->rule, "date.anniversary"))
			continue;
		for (size_t j = from; j < errata_findings_count(out); j++) {
			const errata_finding *g = errata_findings_get(out, j);

			if (!strcmp(g->rule, "number.age") && overlap(f, g)) {
				errata_findings_remove(out, i);
				break;
			}
		}
	}
}

int errata_checker_check(errata_checker *c, const errata_doc *doc,
                         errata_findings *out)
{
	size_t from = errata_findings_count(out), i, plen = 0;
	const errata_locale *loc = NULL;
	const errata__words *words = NULL;
	const char *lang = NULL, *prose;
	int error;

	if ((error = doc_lang(c, doc, &lang)))
		goto cleanup;
	if ((error = locale_for(c, lang, &loc)))
		goto cleanup;
	/* the locale's words, once (a locale whose words do not load: the
	 * checks that need them say so) */
	if (errata__words_for(&words, loc) < 0)
		words = NULL;
	prose = errata_doc_prose(doc, &plen);
	if (prose && (error = index_words(c, loc, words, prose, plen)))
		goto cleanup;
	if ((error = run_checks(c, doc, lang, loc, words, out)))
		goto cleanup;
	one_finding_per_count(out, from);
	if ((error = errata__rules_run_indexed(c->rules, doc, prose ? &c->words : NULL, out)))
		goto cleanup;

	/* suppression comments, then the minimum severity */
	i = errata_findings_count(out);
	while (i-- > from) {
		const errata_finding *f = errata_findings_get(out, i);

		if (f->severity < c->min_severity || errata_doc_suppressed(doc, f->rule, f->line))
			errata_findings_remove(out, i);
	}
	errata_findings_seal(out, from);
cleanup:
	if (error) {
		/* all or nothing for this document */
		i = errata_findings_count(out);
		while (i-- > from)
			errata_findings_remove(out, i);
	}
	return error;
}
