/*
 * errata/doc.h: a loaded article.
 *
 * A document keeps the original bytes untouched, so every offset, line and
 * column the library reports points into the file as it is on disk. Beside
 * them it keeps a "prose" view of exactly the same length in which every
 * byte that is not prose (Markdown code, URLs, e-mail addresses, link
 * destinations, emphasis and heading markers, HTML tags, comments, scripts,
 * styles, front matter, a BOM) is replaced by a space (line breaks, '\n'
 * and '\r', are kept), and an HTML entity is replaced by the UTF-8 of the
 * character it stands for, padded with spaces to the entity's length (a
 * no-break space reads as a plain space). The prose view is valid UTF-8.
 * Checks and rules read the prose view.
 *
 * A loaded document never changes: any number of threads may read it.
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
 * Load a document from a file ("-" is standard input, named "<stdin>" and
 * read as plain text unless opts->format says otherwise).
 * Fails with ERRATA_ENOTFOUND, ERRATA_EIO, ERRATA_ETOOBIG or ERRATA_EINVALID
 * (invalid UTF-8, a NUL byte, malformed front matter, a directory), with a
 * message that names the path and, where there is one, the line and column:
 * "PATH:LINE:COL: invalid UTF-8", "PATH:LINE:COL: binary file (NUL byte)",
 * "PATH:LINE:COL: front matter: <what libyaml found>".
 * opts may be NULL. *out belongs to the caller: errata_doc_free(); it is
 * NULL after a failure.
 */
ERRATA_API int errata_doc_load_file(errata_doc **out, const char *path,
                                    const errata_doc_options *opts);

/*
 * Load a document from memory. name is used in messages and findings and
 * chooses the format when opts->format is AUTO (.md/.markdown Markdown,
 * .html/.htm HTML, anything else plain text). The bytes are copied; data
 * may be NULL when len is 0. Fails like errata_doc_load_file().
 */
ERRATA_API int errata_doc_load_buffer(errata_doc **out, const char *name,
                                      const char *data, size_t len,
                                      const errata_doc_options *opts);

ERRATA_API void errata_doc_free(errata_doc *doc);

/* Borrowed views; valid until errata_doc_free(). Both are NUL-terminated. */
/* NULL-safe. */
ERRATA_API const char *errata_doc_path(const errata_doc *doc);
ERRATA_API errata_format errata_doc_format(const errata_doc *doc);
ERRATA_API const char *errata_doc_text(const errata_doc *doc, size_t *len);
ERRATA_API const char *errata_doc_prose(const errata_doc *doc, size_t *len);

/*
 * The prose view as words are compared: in Unicode NFC ("fe\u0301vrier"
 * reads "février"), without soft hyphens (U+00AD, &shy;), and without
 * the padding of a character reference written inside a word
 * ("city&#8217;s" reads "city’s"). Date extraction
 * reads it. Unlike the prose view it may be shorter or longer than the
 * text; errata_doc_normalized_offset() maps its offsets back. When there
 * is nothing to change (most documents) it is the prose view itself, the
 * same pointer. Borrowed, NUL-terminated, valid UTF-8.
 */
ERRATA_API const char *errata_doc_normalized(const errata_doc *doc, size_t *len);

/*
 * The text offset that byte offset off of the normalised view stands for
 * (off == its length: the end of the text). An offset at the start of a
 * character that normalisation composed or moved maps to the start of the
 * bytes it was made from; an offset after it, to their end. Identity when
 * the normalised view is the prose view.
 */
ERRATA_API size_t errata_doc_normalized_offset(const errata_doc *doc, size_t off);

/*
 * 1-based line and column of a byte offset (offset == length is allowed:
 * the end of the text; larger offsets are taken as the end). Columns count
 * Unicode code points; LF, CRLF and a lone CR each end a line; a BOM does
 * not count as a column (the character after it is column 1). line or
 * column may be NULL.
 */
ERRATA_API void errata_doc_position(const errata_doc *doc, size_t offset,
                                    unsigned int *line, unsigned int *column);

/*
 * Number of lines and the byte offset where a 1-based line starts. Every
 * line break starts a new line, so a text ending in a line break ends with
 * an empty line (as in an editor) and an empty text has one line. Line 1
 * starts after a BOM; line 0 is taken as 1 and lines past the last one
 * start at the end of the text.
 */
ERRATA_API unsigned int errata_doc_line_count(const errata_doc *doc);
ERRATA_API size_t errata_doc_line_offset(const errata_doc *doc, unsigned int line);

/*
 * A meta value as a string, or NULL when absent; borrowed. Markdown (and
 * plain text that starts with a YAML mapping between "---" lines): every
 * top-level key with a scalar value, as written, except that a "date" that
 * starts with YYYY-MM-DD keeps only that part. HTML: "lang" from <html
 * lang>, "date" (YYYY-MM-DD) from <meta name="date">, <meta
 * property="article:published_time">, <meta itemprop="datePublished"> (or
 * a few other usual names such as dcterms.date and pubdate), else the first
 * <time datetime>, and "title" from <title>. Keys are
 * case-sensitive.
 */
ERRATA_API const char *errata_doc_meta(const errata_doc *doc, const char *key);

/*
 * Whether a suppression comment turns off `rule` at 1-based `line` (the
 * line of the finding's start):
 *   <!-- errata-disable RULE -->            from the comment's line through
 *                                           the line of the matching enable
 *                                           (or the end of the document)
 *   <!-- errata-enable RULE -->             ends a disable of the same RULE;
 *                                           without RULE, ends every disable
 *   <!-- errata-disable-line RULE -->       the comment's own line(s)
 *   <!-- errata-disable-next-line RULE -->  the line after the comment ends
 * No RULE means every rule; several may be given, separated by commas or
 * spaces; "date." or "date.*" covers every rule id starting with "date.";
 * "--" ends the list (a reason may follow). Comments count only where they
 * are HTML comments (not inside code); plain text accepts them too.
 * rule NULL matches only comments that name no rule.
 */
ERRATA_API int errata_doc_suppressed(const errata_doc *doc, const char *rule,
                                     unsigned int line);

#endif
