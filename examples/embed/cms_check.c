/*
 * cms_check.c: liberrata embedded in a content management system.
 *
 * A CMS hands over the body of an article as it sits in an editing field
 * (here: standard input) and wants the findings back as JSON, to show
 * beside the field before the story is published. This program does that
 * with the installed library and nothing else:
 *
 *   cc -o cms_check cms_check.c $(pkg-config --cflags --libs liberrata)
 *   printf 'The vote is on Tuesday, January 7, 2026.\n' | ./cms_check --date 2026-01-02
 *
 * Options: --date YYYY-MM-DD (the story's date, for dates written without
 * a year), --format markdown|html|text (how the field is written; default
 * markdown), --config-json TEXT (the newsroom's configuration as the CMS
 * stores it: JSON text, as in .errata.json), --data-dir DIR (where the
 * locale tables and default packs are; default: the installed ones).
 * Exit status: 0 clean, 1 a finding at error severity, 2 the text or the
 * options could not be used. A line per finding also goes to stderr, read
 * through the accessor functions that stay valid as errata_finding grows.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <errata.h>

/* Read all of standard input into a malloc'd buffer. */
static char *read_field(size_t *len)
{
	size_t cap = 4096, n = 0, got;
	char *buf = malloc(cap), *bigger;

	if (!buf)
		return NULL;
	while ((got = fread(buf + n, 1, cap - n, stdin)) > 0) {
		n += got;
		if (n == cap) {
			if (!(bigger = realloc(buf, cap * 2))) {
				free(buf);
				return NULL;
			}
			buf = bigger;
			cap *= 2;
		}
	}
	if (ferror(stdin)) {
		free(buf);
		return NULL;
	}
	*len = n;
	return buf;
}

int main(int argc, char **argv)
{
	errata_checker_options copts = ERRATA_CHECKER_OPTIONS_INIT;
	errata_json config = { "cms-config", NULL, 0, NULL };
	errata_doc_options dopts = ERRATA_DOC_OPTIONS_INIT;
	errata_output_options oopts = ERRATA_OUTPUT_OPTIONS_INIT;
	errata_checker *checker = NULL;
	errata_doc *doc = NULL;
	errata_findings *findings = NULL;
	errata_buf json = ERRATA_BUF_INIT;
	size_t len = 0, errors = 0;
	char *text = NULL;
	int rc = 2;

	dopts.format = ERRATA_FORMAT_MARKDOWN;
	for (int i = 1; i < argc; i++) {
		const char *val = i + 1 < argc ? argv[i + 1] : NULL;

		if (strcmp(argv[i], "--date") == 0 && val) {
			if (errata_date_parse_iso(val, &copts.date) < 0)
				goto fail;
		} else if (strcmp(argv[i], "--config-json") == 0 && val) {
			config.text = val;
			copts.config = &config;
		} else if (strcmp(argv[i], "--data-dir") == 0 && val) {
			copts.data_dir = val;
		} else if (strcmp(argv[i], "--format") == 0 && val) {
			if (strcmp(val, "html") == 0)
				dopts.format = ERRATA_FORMAT_HTML;
			else if (strcmp(val, "text") == 0)
				dopts.format = ERRATA_FORMAT_TEXT;
			else if (strcmp(val, "markdown") != 0) {
				fprintf(stderr, "cms_check: --format %s: use markdown, html or text\n", val);
				goto cleanup;
			}
		} else {
			fprintf(stderr, "usage: cms_check [--date YYYY-MM-DD] [--format markdown|html|text]\n"
			                "                 [--config-json TEXT] [--data-dir DIR] < field\n");
			goto cleanup;
		}
		i++;
	}
	if (!(text = read_field(&len))) {
		fprintf(stderr, "cms_check: cannot read standard input\n");
		goto cleanup;
	}
	if (errata_checker_new(&checker, &copts) < 0 ||
	    errata_doc_load_buffer(&doc, "body", text, len, &dopts) < 0 ||
	    errata_findings_new(&findings) < 0 ||
	    errata_checker_check(checker, doc, findings) < 0)
		goto fail;
	oopts.checker = checker;
	oopts.files_checked = 1;
	if (errata_output_findings(&json, ERRATA_OUTPUT_JSON, findings, &oopts) < 0)
		goto fail;
	if (fwrite(json.ptr, 1, json.size, stdout) != json.size || fflush(stdout) != 0) {
		fprintf(stderr, "cms_check: cannot write the findings\n");
		goto cleanup;
	}
	for (size_t i = 0; i < errata_findings_count(findings); i++) {
		const errata_finding *f = errata_findings_get(findings, i);

		if (errata_finding_severity(f) == ERRATA_SEVERITY_ERROR)
			errors++;
		fprintf(stderr, "%u:%u: %s: %s [%s]\n", errata_finding_line(f), errata_finding_column(f),
		        errata_severity_name(errata_finding_severity(f)), errata_finding_message(f),
		        errata_finding_rule(f));
	}
	rc = errors ? 1 : 0;
	goto cleanup;
fail:
	fprintf(stderr, "cms_check: %s\n", errata_error_last());
cleanup:
	errata_buf_dispose(&json);
	errata_findings_free(findings);
	errata_doc_free(doc);
	errata_checker_free(checker);
	free(text);
	return rc;
}
