/*
 * errata/output.h: formatters for findings (text, JSON, SARIF 2.1.0,
 * GitHub Actions workflow commands). They write into a buffer; the caller
 * decides where it goes.
 */
#ifndef ERRATA_OUTPUT_H
#define ERRATA_OUTPUT_H

#include <stddef.h>
#include "errata/common.h"
#include "errata/findings.h"
#include "errata/checker.h"

typedef enum {
	ERRATA_OUTPUT_TEXT = 0,
	ERRATA_OUTPUT_JSON,
	ERRATA_OUTPUT_SARIF,
	ERRATA_OUTPUT_GITHUB
} errata_output_format;

/* "text", "json", "sarif", "github"; ERRATA_EINVALID for anything else. */
int errata_output_format_parse(const char *name, errata_output_format *out);

typedef struct {
	unsigned int version;
	const errata_checker *checker; /* rule metadata for SARIF; may be NULL */
	size_t files_checked;
	size_t files_failed;           /* inputs that could not be read */
} errata_output_options;

#define ERRATA_OUTPUT_OPTIONS_VERSION 1
#define ERRATA_OUTPUT_OPTIONS_INIT { ERRATA_OUTPUT_OPTIONS_VERSION, NULL, 0, 0 }

/* Append the findings in the chosen format to out. */
int errata_output_findings(errata_buf *out, errata_output_format fmt,
                           const errata_findings *findings,
                           const errata_output_options *opts);

#endif
