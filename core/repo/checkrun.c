/*
 * checkrun.c: the checker over a text read from git (see checkrun.h): the
 * text is loaded as a document from memory, checked, and the findings are
 * counted or filtered to a span.
 */
#include "repo/checkrun.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "errata/doc.h"
#include "errata/findings.h"

/* Load and check; *out is a new findings list, or NULL when the text was refused. */
static int run(errata_checker *checker, const char *path, const char *data, size_t len,
               errata_findings **out)
{
	errata_doc *doc = NULL;
	errata_findings *f = NULL;
	int error;

	*out = NULL;
	if (errata_doc_load_buffer(&doc, path, data, len, NULL) < 0) {
		/* Binary, not UTF-8, malformed front matter: nothing to count. */
		errata__error_clear();
		return 0;
	}
	if ((error = errata_findings_new(&f)) < 0)
		goto cleanup;
	if ((error = errata_checker_check(checker, doc, f)) < 0)
		goto cleanup;
	*out = f;
	f = NULL;
cleanup:
	errata_findings_free(f);
	errata_doc_free(doc);
	return error;
}

int errata__check_counts(errata_checker *checker, const char *path,
                         const char *data, size_t len,
                         size_t *errors, size_t *warnings)
{
	errata_findings *f = NULL;
	size_t infos;
	int error;

	*errors = *warnings = 0;
	if ((error = run(checker, path, data, len, &f)) < 0 || !f)
		return error;
	errata_findings_tally(f, errors, warnings, &infos);
	errata_findings_free(f);
	return 1;
}

int errata__check_span(errata_checker *checker, const char *path,
                       const char *data, size_t len, size_t offset, size_t length,
                       cJSON *arr)
{
	errata_findings *f = NULL;
	int error;

	if ((error = run(checker, path, data, len, &f)) < 0 || !f)
		return error;
	for (size_t i = 0; i < errata_findings_count(f); i++) {
		const errata_finding *x = errata_findings_get(f, i);
		cJSON *o;
		char *summary;

		/* Findings that overlap the quoted bytes (an empty span touches its point). */
		if (x->offset + (x->length ? x->length : 1) <= offset || x->offset >= offset + length)
			continue;
		if (!(o = cJSON_CreateObject())) {
			error = errata__oom();
			break;
		}
		cJSON_AddItemToArray(arr, o);
		cJSON_AddStringToObject(o, "rule", x->rule);
		cJSON_AddStringToObject(o, "severity", errata_severity_name(x->severity));
		cJSON_AddStringToObject(o, "message", x->message);
		cJSON_AddNumberToObject(o, "line", x->line);
		cJSON_AddNumberToObject(o, "column", x->column);
		cJSON_AddStringToObject(o, "text", x->text);
		if (x->suggestion_count) {
			cJSON *sg = cJSON_AddArrayToObject(o, "suggestions");

			for (size_t k = 0; sg && k < x->suggestion_count; k++)
				cJSON_AddItemToArray(sg, cJSON_CreateString(x->suggestions[k]));
		}
		if (!(summary = malloc(strlen(x->rule) + strlen(x->message) + 32))) {
			error = errata__oom();
			break;
		}
		sprintf(summary, "confirmed by %s: %s", x->rule, x->message);
		cJSON_AddStringToObject(o, "summary", summary);
		free(summary);
	}
	errata_findings_free(f);
	return error;
}
