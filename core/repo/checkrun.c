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
#include "rules/config.h"

/*
 * Load and check; *out is a new findings list, or NULL when the text was
 * refused. With anchor, the article date the check read year-less dates
 * against, and with from where it came from, are set too.
 */
static int run_dated(errata_checker *checker, const char *path, const char *data, size_t len,
                     errata_findings **out, errata_date *anchor, char *from, size_t from_size)
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
	if (anchor) {
		const char *label = NULL;

		if ((error = errata_checker_article_date(checker, doc, anchor, &label)) < 0)
			goto cleanup;
		if (from && from_size)
			snprintf(from, from_size, "%s", label ? label : "none");
	}
	*out = f;
	f = NULL;
cleanup:
	errata_findings_free(f);
	errata_doc_free(doc);
	return error;
}

static int run(errata_checker *checker, const char *path, const char *data, size_t len,
               errata_findings **out)
{
	return run_dated(checker, path, data, len, out, NULL, NULL, 0);
}

int errata__check_revision(errata_checker *checker, const char *path, const char *data,
                           size_t len, errata_date revision, errata_findings **out,
                           errata_date *anchor, char *from, size_t from_size)
{
	int error;

	memset(anchor, 0, sizeof(*anchor));
	if (from_size)
		snprintf(from, from_size, "none");
	errata__checker_set_revision_date(checker, revision);
	if ((error = run_dated(checker, path, data, len, out, anchor, from, from_size)) < 0)
		return error;
	return *out ? 1 : 0;
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
