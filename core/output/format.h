/*
 * core/output/format.h: what the formatters share inside liberrata: the
 * stream state behind errata_output, and one writer per format. Each
 * writer appends to an errata_buf and returns 0 or a negative ERRATA_E*
 * code (only ERRATA_ENOMEM in practice).
 */
#ifndef ERRATA_CORE_OUTPUT_FORMAT_H
#define ERRATA_CORE_OUTPUT_FORMAT_H

#include <stddef.h>
#include "errata/output.h"

/* A rule as SARIF lists it in tool.driver.rules; strings are owned. */
typedef struct {
	char *id;
	char *summary;      /* or NULL */
	char *help_uri;     /* or NULL */
	errata_severity severity;
	int enabled;
	int described;      /* from a checker, not only seen in a finding */
} errata__output_rule;

struct errata_output {
	errata_output_format fmt;
	size_t written;         /* findings written so far */
	size_t errors, warnings, infos;
	size_t failed;          /* opts->files_failed + errata_output_failure() */
	int opened;             /* JSON/SARIF: the opening has been written */
	errata__output_rule *rules;
	size_t rule_count, rule_alloc;
	char **notes;           /* SARIF: messages of inputs that failed */
	size_t note_count, note_alloc;
	char **langs;           /* JSON: path, language, path, ... (--lang auto) */
	size_t lang_count, lang_alloc;
	struct cJSON **files;   /* JSON: each checked file's date, to print at the close */
	size_t file_count, file_alloc;
};

/* Index of a rule in o->rules, adding it (id only) if it is new; -1 on OOM. */
long errata__output_rule_index(errata_output *o, const char *id);

/* text.c: "path:line:col: severity: message [rule]" and suggestion lines. */
int errata__output_text_finding(errata_buf *out, const errata_finding *f);

/* github.c: one workflow command per finding. */
int errata__output_github_finding(errata_buf *out, const errata_finding *f);
/* The two escapes GitHub requires: data (message) and property values. */
int errata__output_github_escape_data(errata_buf *out, const char *s);
int errata__output_github_escape_property(errata_buf *out, const char *s);

/* json.c: the errata JSON document, streamed. */
int errata__output_json_open(errata_output *o, errata_buf *out);
int errata__output_json_finding(errata_output *o, errata_buf *out, const errata_finding *f);
int errata__output_json_close(errata_output *o, errata_buf *out, size_t files);

/* sarif.c: the SARIF 2.1.0 log, streamed (results first, then the tool). */
int errata__output_sarif_open(errata_output *o, errata_buf *out);
int errata__output_sarif_finding(errata_output *o, errata_buf *out, const errata_finding *f);
int errata__output_sarif_close(errata_output *o, errata_buf *out);
/* A path as a URI reference: '/' kept, unreserved kept, the rest %XX. */
int errata__output_sarif_uri(errata_buf *out, const char *path);
/* Append path with every byte but A-Z a-z 0-9 - . _ ~ / as %XX. */
int errata__output_percent(errata_buf *out, const char *path);
struct cJSON;
/*
 * Add "<key>_bytes" to obj (the key is "path" or "old_path") when path is
 * not valid UTF-8 (errata_output_path_bytes()). Nonzero on success.
 */
int errata__output_json_path_bytes(struct cJSON *obj, const char *key, const char *path);

/* Print a cJSON item unformatted onto out and delete it; NULL item: OOM. */
struct cJSON;
int errata__output_put_json(errata_buf *out, struct cJSON *item);

/*
 * Add a count (a line, a column, an offset) to a cJSON object as a plain
 * decimal integer. cJSON keeps every number as a double and prints it by a
 * round trip through printf and scanf; a count needs neither. The key is
 * borrowed (a string literal). Returns nonzero on success, 0 when memory
 * ran out, like cJSON's own adders.
 */
int errata__output_json_count(struct cJSON *obj, const char *key, size_t n);

#endif
