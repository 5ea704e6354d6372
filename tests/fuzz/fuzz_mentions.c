/*
 * fuzz_mentions.c: libFuzzer target for date extraction. The input is
 * loaded as a plain-text document and its prose is scanned with the
 * English table; the mentions found must lie inside the text and be in
 * text order, and so must the weekdays written with a day and no month,
 * whose readings must be real dates with that day.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "errata/dates.h"
#include "errata/doc.h"
#include "dates/mention.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static errata_locale *en;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	errata_doc_options dopts = ERRATA_DOC_OPTIONS_INIT;
	errata_mention_options mopts = ERRATA_MENTION_OPTIONS_INIT;
	errata_doc *doc = NULL;
	errata_mentions *ms = NULL;
	size_t len = 0, last = 0;

	if (!en && errata_locale_load_lang(&en, "en"))
		abort();
	dopts.format = ERRATA_FORMAT_TEXT;
	if (errata_doc_load_buffer(&doc, "fuzz.txt", (const char *)data, size, &dopts))
		return 0;
	errata_doc_prose(doc, &len);
	mopts.anchor.year = 2026;
	mopts.anchor.month = 1;
	mopts.anchor.day = 15;
	if (size && (data[0] & 1))
		mopts.order = (data[0] & 2) ? ERRATA_ORDER_MDY : ERRATA_ORDER_DMY;
	if (errata_mentions_extract(&ms, doc, en, &mopts) == 0) {
		for (size_t i = 0; i < errata_mentions_count(ms); i++) {
			const errata_mention *m = errata_mentions_get(ms, i);

			if (m->offset + m->length > len || m->offset < last ||
			    m->date_offset < m->offset ||
			    m->date_offset + m->date_length > m->offset + m->length ||
			    (m->peer >= 0 && (size_t)m->peer >= errata_mentions_count(ms)))
				abort();
			last = m->offset;
		}
		last = 0;
		for (size_t i = 0; i < errata__mentions_day_count(ms); i++) {
			const errata__day_mention *d = errata__mentions_day_get(ms, i);

			if (d->offset + d->length > len || d->offset < last ||
			    d->weekday_offset < d->offset || d->day_offset < d->offset ||
			    d->weekday_offset + d->weekday_length > d->offset + d->length ||
			    d->day_offset + d->day_length > d->offset + d->length ||
			    d->weekday < 0 || d->weekday > 6 || d->n < 0 || d->n > 6)
				abort();
			for (int k = 0; k < d->n; k++)
				if (d->reading[k].day != d->day ||
				    !errata_date_valid(d->reading[k].year, d->reading[k].month, d->day))
					abort();
			last = d->offset;
		}
	}
	errata_mentions_free(ms);
	errata_doc_free(doc);
	return 0;
}
