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
ERRATA_API int errata_output_format_parse(const char *name, errata_output_format *out);

typedef struct {
	unsigned int version;
	const errata_checker *checker; /* rule metadata for SARIF; may be NULL */
	size_t files_checked;
	size_t files_failed;           /* inputs that could not be read */
} errata_output_options;

#define ERRATA_OUTPUT_OPTIONS_VERSION 1
#define ERRATA_OUTPUT_OPTIONS_INIT { ERRATA_OUTPUT_OPTIONS_VERSION, NULL, 0, 0 }

/*
 * Append the findings in the chosen format to out, as one complete
 * document (JSON and SARIF) or one line per finding (text, GitHub).
 * The summary counts come from opts->files_checked and opts->files_failed.
 * opts may be NULL.
 */
ERRATA_API int errata_output_findings(errata_buf *out, errata_output_format fmt,
                                      const errata_findings *findings,
                                      const errata_output_options *opts);

/*
 * A stream of findings, for runs over many files that must not keep every
 * document or finding in memory: write each file's findings as they come,
 * then finish. Text and GitHub output is complete per call; JSON and SARIF
 * open their document on the first call and close it in
 * errata_output_finish(), so the caller may send each piece out at once.
 *
 *   errata_output *o;
 *   errata_output_new(&o, ERRATA_OUTPUT_JSON, NULL);
 *   for each file: check it, errata_output_write(o, &buf, findings, 0),
 *                  send buf, errata_buf_clear(&buf)
 *   errata_output_finish(o, &buf, files_checked); send buf
 *   errata_output_free(o);
 */
typedef struct errata_output errata_output;

/* opts may be NULL; opts->checker's rules are registered for SARIF. */
ERRATA_API int errata_output_new(errata_output **out, errata_output_format fmt,
                                 const errata_output_options *opts);
ERRATA_API void errata_output_free(errata_output *o);

/*
 * Register a checker's rules for SARIF's tool.driver.rules (a rule id seen
 * before keeps its first description). Rules of findings that no
 * registered checker describes are listed by id alone.
 */
ERRATA_API int errata_output_add_rules(errata_output *o, const errata_checker *checker);

/* Append the findings from index `from` on. */
ERRATA_API int errata_output_write(errata_output *o, errata_buf *out,
                                   const errata_findings *findings, size_t from);

/*
 * Record which date anchored a checked file's year-less dates and where
 * it came from (errata_checker_article_date()); the JSON document lists
 * them under "files" ({"path", "date" or null, "date_from"}), the other
 * formats ignore them. date may be NULL or have year 0 (no date).
 */
ERRATA_API int errata_output_file_date(errata_output *o, const char *path,
                                       const errata_date *date, const char *from);

/*
 * Count one input that could not be checked; SARIF lists its message as
 * a tool execution notification. message may be NULL.
 */
ERRATA_API int errata_output_failure(errata_output *o, const char *message);

/*
 * Note the language a file was read in when it was chosen from its text
 * (--lang auto): the JSON summary lists them as "languages", one
 * {"path", "lang"} object per file; other formats ignore the note.
 */
ERRATA_API int errata_output_language(errata_output *o, const char *path, const char *lang);

/*
 * Close the document (JSON summary, SARIF tool and invocation).
 * files_checked is the number of files read and checked; the failed count
 * is opts->files_failed plus the errata_output_failure() calls.
 */
ERRATA_API int errata_output_finish(errata_output *o, errata_buf *out, size_t files_checked);

/*
 * A file name that is not valid UTF-8 can be shown in JSON only with its
 * bad bytes as U+FFFD; the JSON documents then add a "path_bytes" member
 * that carries the name's exact bytes, percent-encoded (every byte but
 * ASCII letters, digits, '-', '.', '_', '~' and '/' as %XX, as SARIF's
 * URIs are). If path is not valid UTF-8, append that encoding to out and
 * return 1; return 0 (out untouched) for a valid name; negative when
 * memory ran out.
 */
ERRATA_API int errata_output_path_bytes(errata_buf *out, const char *path);

/*
 * Rewrite the JSON text that out holds from byte `from` on (as cJSON
 * printed it) the way errata's own JSON output is written: bytes that are
 * not UTF-8 as U+FFFD, so the document stays valid, and "##[" inside a
 * string as "##\u005b", so a CI log never runs it as a command. The
 * values a JSON reader gets back are unchanged otherwise.
 */
ERRATA_API int errata_output_json_harden(errata_buf *out, size_t from);

/* Error, warning and info findings written so far. */
ERRATA_API void errata_output_tally(const errata_output *o, size_t *errors,
                                    size_t *warnings, size_t *infos);

#endif
