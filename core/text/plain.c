/*
 * plain.c: the masking pass for plain-text articles.
 *
 * Plain text has no markup, so only two things are taken out of the
 * prose: a YAML front-matter block, when the file starts with one that
 * parses as a mapping, and suppression comments (<!-- errata-... -->),
 * accepted here as in Markdown so that an article keeps its comments when
 * it moves between formats. Other comments are left as written.
 */
#include "common.h"
#include "text/text.h"

#include <string.h>

int errata__text_mask(errata_doc *doc)
{
	const char *t = doc->text;
	size_t n = doc->len, i = 0;
	int error;

	if ((error = errata__frontmatter(doc, 0, &i)) < 0)
		goto cleanup;
	while (i + 4 <= n) {
		const char *open = errata__memmem(t + i, n - i, "<!--", 4), *close;
		size_t s, e;

		if (!open)
			break;
		s = (size_t)(open - t);
		close = errata__memmem(t + s + 4, n - s - 4, "-->", 3);
		if (!close)
			break;
		e = (size_t)(close - t) + 3;
		if ((error = errata__suppress_comment(doc, s, e)) < 0)
			goto cleanup;
		if (error == 1)
			errata__mask(doc->prose, s, e);
		i = e;
	}
	error = 0;
cleanup:
	return error;
}
