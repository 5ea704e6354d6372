/*
 * mention_doc.c: date mentions of a loaded document. They are read on its
 * normalised view (the prose in NFC, see errata/doc.h), and their offsets
 * mapped back to the text. Kept apart from mention.c so that code using
 * only the text entry point does not pull in the document module.
 */
#include "common.h"
#include "errata/dates.h"
#include "mention.h"

/* Map the span [*off, *off + *len) of the normalised view to the text. */
static void map_span(const errata_doc *doc, size_t *off, size_t *len)
{
	size_t a = errata_doc_normalized_offset(doc, *off);
	size_t b = errata_doc_normalized_offset(doc, *off + *len);

	*off = a;
	*len = b > a ? b - a : 0;
}

int errata_mentions_extract(errata_mentions **out, const errata_doc *doc,
                            const errata_locale *loc,
                            const errata_mention_options *opts)
{
	return errata__mentions_extract_doc(out, doc, loc, opts, NULL, NULL);
}

int errata__mentions_extract_doc(errata_mentions **out, const errata_doc *doc,
                                 const errata_locale *loc, const errata_mention_options *opts,
                                 const errata__word_index *words, const unsigned char *keys)
{
	const char *view, *raw;
	size_t len = 0, rlen = 0;
	int error;

	if (!doc)
		return errata__error(ERRATA_EUSAGE, "no document given");
	view = errata_doc_normalized(doc, &len);
	/* the text as written shows the layout (list items, table rows) where
	 * its offsets are the view's; else the view stands in for it */
	raw = errata_doc_text(doc, &rlen);
	if (view != errata_doc_prose(doc, NULL) || rlen != len)
		raw = view;
	/* the index is the prose's: of use only where the view is the prose */
	if (view != errata_doc_prose(doc, NULL))
		words = NULL;
	if ((error = errata__mentions_extract_indexed(out, view, raw, len, loc, opts,
	                                              words, keys)) < 0 ||
	    view == errata_doc_prose(doc, NULL))
		return error;
	for (size_t i = 0; i < errata_mentions_count(*out); i++) {
		errata_mention *m = errata__mentions_at(*out, i);

		map_span(doc, &m->offset, &m->length);
		map_span(doc, &m->date_offset, &m->date_length);
		if (m->weekday_length)
			map_span(doc, &m->weekday_offset, &m->weekday_length);
	}
	for (size_t i = 0; i < errata__mentions_day_count(*out); i++) {
		errata__day_mention *m = errata__mentions_day_at(*out, i);

		map_span(doc, &m->offset, &m->length);
		map_span(doc, &m->weekday_offset, &m->weekday_length);
		map_span(doc, &m->day_offset, &m->day_length);
	}
	return error;
}
