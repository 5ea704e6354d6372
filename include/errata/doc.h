/*
 * errata/doc.h: a loaded article.
 *
 * A document keeps the original bytes untouched, so every offset, line and
 * column the library reports points into the file as it is on disk. Beside
 * them it keeps a "prose" view of exactly the same length in which every
 * byte that is not prose (Markdown code, URLs, link destinations, HTML
 * tags, comments, scripts, styles, front matter, a BOM) is replaced by a
 * space (newlines are kept), and an HTML entity is replaced by the UTF-8
 * of the character it stands for, padded with spaces to the entity's
 * length. Checks and rules read the prose view.
 */
#ifndef ERRATA_DOC_H
#define ERRATA_DOC_H

#include <stddef.h>
#include "errata/common.h"

typedef struct errata_doc errata_doc;

typedef enum {
	ERRATA_FORMAT_AUTO = 0,  /* from the path's extension; plain text otherwise */
	ERRATA_FORMAT_TEXT,
	ERRATA_FORMAT_MARKDOWN,
	ERRATA_FORMAT_HTML
} errata_format;

#define ERRATA_DOC_DEFAULT_MAX_SIZE ((size_t)16 * 1024 * 1024)

typedef struct {
	unsigned int version;
	errata_format format;
	size_t max_size;         /* 0: ERRATA_DOC_DEFAULT_MAX_SIZE */
} errata_doc_options;

#define ERRATA_DOC_OPTIONS_VERSION 1
#define ERRATA_DOC_OPTIONS_INIT { ERRATA_DOC_OPTIONS_VERSION, ERRATA_FORMAT_AUTO, 0 }

/*
 * Load a document from a file ("-" is standard input, named "<stdin>").
 * Fails with ERRATA_ENOTFOUND, ERRATA_EIO, ERRATA_ETOOBIG or ERRATA_EINVALID
 * (invalid UTF-8, a NUL byte, malformed front matter), with a message that
 * names the path and, where there is one, the line and column.
 * opts may be NULL. *out belongs to the caller: errata_doc_free().
 */
int errata_doc_load_file(errata_doc **out, const char *path,
                         const errata_doc_options *opts);

/*
 * Load a document from memory. name is used in messages and findings and
 * chooses the format when opts->format is AUTO. The bytes are copied.
 */
int errata_doc_load_buffer(errata_doc **out, const char *name,
                           const char *data, size_t len,
                           const errata_doc_options *opts);

void errata_doc_free(errata_doc *doc);

/* Borrowed views; valid until errata_doc_free(). Both are NUL-terminated. */
const char *errata_doc_path(const errata_doc *doc);
errata_format errata_doc_format(const errata_doc *doc);
const char *errata_doc_text(const errata_doc *doc, size_t *len);
const char *errata_doc_prose(const errata_doc *doc, size_t *len);

/*
 * 1-based line and column of a byte offset (offset == length is allowed:
 * the end of the text). Columns count Unicode code points; a CR before LF
 * ends the line; a BOM does not count as a column.
 */
void errata_doc_position(const errata_doc *doc, size_t offset,
                         unsigned int *line, unsigned int *column);

/* Number of lines and the byte offset where a 1-based line starts. */
unsigned int errata_doc_line_count(const errata_doc *doc);
size_t errata_doc_line_offset(const errata_doc *doc, unsigned int line);

/*
 * A front-matter value as a string ("date", "lang", "title", ...), or NULL
 * when absent. Borrowed.
 */
const char *errata_doc_meta(const errata_doc *doc, const char *key);

/*
 * Whether a suppression comment turns off `rule` at 1-based `line`:
 * <!-- errata-disable RULE -->, <!-- errata-enable RULE --> and
 * <!-- errata-disable-next-line RULE --> (no RULE: every rule).
 */
int errata_doc_suppressed(const errata_doc *doc, const char *rule,
                          unsigned int line);

#endif
