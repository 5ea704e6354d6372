/*
 * mention_doc.c: date mentions of a loaded document (its prose view).
 * Kept apart from mention.c so that code using only the text entry point
 * does not pull in the document module.
 */
#include "common.h"
#include "errata/dates.h"
#include "mention.h"

int errata_mentions_extract(errata_mentions **out, const errata_doc *doc,
                            const errata_locale *loc,
                            const errata_mention_options *opts)
{
	const char *prose, *raw;
	size_t len = 0, rlen = 0;

	if (!doc)
		return errata__error(ERRATA_EUSAGE, "no document given");
	prose = errata_doc_prose(doc, &len);
	raw = errata_doc_text(doc, &rlen);
	return errata__mentions_extract_raw(out, prose, rlen == len ? raw : prose, len, loc, opts);
}
