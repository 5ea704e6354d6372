/*
 * fuzz_doc.c: libFuzzer target for the document loader.
 *
 * Loads the input as plain text, Markdown and HTML, and checks the
 * invariants every caller relies on: the prose view has the text's length
 * and is NUL-terminated, line breaks sit where they are in the text,
 * positions are monotonic and within the line count, and the line index
 * agrees with positions, and the prose is still valid UTF-8 (masking never
 * cuts a character). The normalised view is NUL-terminated valid UTF-8
 * and maps its offsets into the text in order. Also asks about
 * suppression on every line.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "errata/doc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Whether s[0, n) is valid UTF-8 (enough for this check: lead and length). */
static int utf8_ok(const unsigned char *s, size_t n)
{
	for (size_t i = 0; i < n;) {
		size_t k = s[i] < 0x80 ? 1 : s[i] >= 0xf0 ? 4 : s[i] >= 0xe0 ? 3 : s[i] >= 0xc2 ? 2 : 0;

		if (k == 0 || i + k > n)
			return 0;
		for (size_t j = 1; j < k; j++)
			if ((s[i + j] & 0xc0) != 0x80)
				return 0;
		i += k;
	}
	return 1;
}

static void check(const errata_doc *doc)
{
	size_t tlen, plen;
	const char *text = errata_doc_text(doc, &tlen);
	const char *prose = errata_doc_prose(doc, &plen);
	unsigned int lines = errata_doc_line_count(doc), pl = 1, pc = 0;

	if (plen != tlen || prose[plen] != '\0' || text[tlen] != '\0')
		abort();
	if (!utf8_ok((const unsigned char *)prose, plen))
		abort();
	for (size_t i = 0; i <= tlen; i++) {
		unsigned int l, c;

		if (i < tlen && ((text[i] == '\n') != (prose[i] == '\n') ||
		                 (text[i] == '\r') != (prose[i] == '\r')))
			abort();
		errata_doc_position(doc, i, &l, &c);
		if (l < 1 || l > lines || c < 1 || l < pl || (l == pl && c < pc))
			abort();
		if (l > 1 && errata_doc_line_offset(doc, l) > i)
			abort();
		pl = l;
		pc = c;
	}
	{
		size_t nlen, prev = 0;
		const char *norm = errata_doc_normalized(doc, &nlen);

		if (norm[nlen] != '\0' || !utf8_ok((const unsigned char *)norm, nlen))
			abort();
		for (size_t i = 0; i <= nlen + 1; i++) {
			size_t o = errata_doc_normalized_offset(doc, i);

			if (o < prev || o > tlen)
				abort();
			prev = o;
		}
		if (errata_doc_normalized_offset(doc, nlen) != tlen)
			abort();
	}
	for (unsigned int l = 0; l <= lines + 1; l++) {
		(void)errata_doc_suppressed(doc, "date.weekday", l);
		(void)errata_doc_suppressed(doc, NULL, l);
	}
	(void)errata_doc_meta(doc, "date");
	(void)errata_doc_meta(doc, "title");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const errata_format formats[] = {
		ERRATA_FORMAT_TEXT, ERRATA_FORMAT_MARKDOWN, ERRATA_FORMAT_HTML
	};
	errata_doc_options opts = ERRATA_DOC_OPTIONS_INIT;

	for (size_t f = 0; f < sizeof(formats) / sizeof(formats[0]); f++) {
		errata_doc *doc = NULL;

		opts.format = formats[f];
		if (errata_doc_load_buffer(&doc, "fuzz", (const char *)data, size, &opts) == 0) {
			check(doc);
			errata_doc_free(doc);
		}
	}
	return 0;
}
