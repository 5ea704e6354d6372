/*
 * core/rules/config.h: a newsroom's .errata.json, parsed.
 *
 *   {"lang": "en", "date_order": "mdy|dmy|auto", "rules": ["folder", ...],
 *    "enable": [...], "disable": [...], "severity": {"rule.id": "warning"},
 *    "facts": ["file.json"], "max_size": bytes}
 *
 * Folders and files are resolved against the config file's own folder.
 * Unknown keys are errors that name the key.
 */
#ifndef ERRATA_CORE_CONFIG_H
#define ERRATA_CORE_CONFIG_H

#include <stddef.h>
#include "errata/dates.h"
#include "errata/findings.h"
#include "errata/checker.h"

typedef struct {
	char *path;
	char *lang;                  /* or NULL */
	char *messages;              /* the language of messages, or NULL */
	errata_date_order order;     /* AUTO when absent */
	char **rule_dirs;  size_t rule_dir_count;
	char **enable;     size_t enable_count;
	char **disable;    size_t disable_count;
	char **severity_ids;         /* rule ids or prefixes ending in '.' */
	errata_severity *severity_values;
	size_t severity_count;
	char **facts;      size_t facts_count;
	size_t max_size;             /* 0: not set */
} errata__config;

/* Load and check a config file. *out: errata__config_free(). */
int errata__config_load(errata__config **out, const char *path);
int errata__config_load_buffer(errata__config **out, const char *path,
                               const char *data, size_t len);
void errata__config_free(errata__config *cfg);

/*
 * errata_checker_new() with the configuration already read (taken over,
 * freed on failure too); NULL: opts->config_path, as errata_checker_new().
 */
int errata__checker_new_config(errata_checker **out, const errata_checker_options *opts,
                               errata__config *config);

/*
 * Set the date of the revision the next documents come from (year 0: none):
 * the anchor for an article that names no date of its own, as
 * options.revision_date is, for walks that check many revisions with one
 * checker.
 */
void errata__checker_set_revision_date(errata_checker *checker, errata_date date);

#endif
