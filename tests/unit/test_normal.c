/*
 * test_normal.c: the normalised view (core/text/normal.c): NFC of the
 * prose where the text is not already in NFC, the padding of a character
 * reference inside a word left out, and offsets mapped back to the text.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "errata/doc.h"
#include "text/text.h"

static errata_doc *load(const char *name, const char *text)
{
	errata_doc *doc = NULL;

	assert_int_equal(errata_doc_load_buffer(&doc, name, text, strlen(text), NULL), 0);
	assert_non_null(doc);
	return doc;
}

/* The normalised view of text is want; the prose view keeps its length. */
static errata_doc *assert_normal(const char *name, const char *text, const char *want)
{
	errata_doc *doc = load(name, text);
	size_t len = 0, plen = 0;
	const char *v = errata_doc_normalized(doc, &len);

	errata_doc_prose(doc, &plen);
	assert_int_equal(plen, strlen(text));
	assert_int_equal(len, strlen(want));
	assert_string_equal(v, want);
	return doc;
}

/* Text already in NFC takes no copy: the view is the prose view itself. */
static void test_normal_nfc_is_prose(void **state)
{
	const char *texts[] = {
		"Le 31 f\xc3\xa9vrier 2026, \xc3\xa0 Paris.",            /* French */
		"31 \xd1\x84\xd0\xb5\xd0\xb2\xd1\x80\xd0\xb0\xd0\xbb\xd1\x8f, \xd0\xb9", /* Russian, with й */
		"\xe0\xa4\xb9\xe0\xa4\xbf\xe0\xa4\xa8\xe0\xa5\x8d\xe0\xa4\xa6\xe0\xa5\x80", /* Hindi, a virama */
		"Vi\xe1\xbb\x87t Nam, \xea\xb0\x80, \xce\xac",           /* Vietnamese, Hangul, Greek */
		"plain ASCII",
	};

	(void)state;
	for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		errata_doc *doc = load("a.md", texts[i]);
		size_t len = 0;

		assert_ptr_equal(errata_doc_normalized(doc, &len), errata_doc_prose(doc, NULL));
		assert_int_equal(len, strlen(texts[i]));
		assert_int_equal(errata_doc_normalized_offset(doc, 5), 5);
		errata_doc_free(doc);
	}
}

/* Decomposed accents are composed; offsets map back to the original bytes. */
static void test_normal_nfd(void **state)
{
	/* "Le 31 fe\u0301vrier": 'e' at 7, U+0301 at 8-9, 'v' at 10 */
	const char *text = "Le 31 fe\xcc\x81vrier 2026.";
	errata_doc *doc;

	(void)state;
	doc = assert_normal("a.md", text, "Le 31 f\xc3\xa9vrier 2026.");
	assert_int_equal(errata_doc_normalized_offset(doc, 0), 0);
	assert_int_equal(errata_doc_normalized_offset(doc, 7), 7);   /* é: from the 'e' */
	assert_int_equal(errata_doc_normalized_offset(doc, 9), 10);  /* 'v' */
	assert_int_equal(errata_doc_normalized_offset(doc, 19), 20); /* '.' */
	assert_int_equal(errata_doc_normalized_offset(doc, 20), 21); /* the end */
	assert_int_equal(errata_doc_normalized_offset(doc, 999), 21);
	errata_doc_free(doc);

	/* plain text too, and a capital */
	doc = assert_normal("a.txt", "E\xcc\x81te\xcc\x81", "\xc3\x89t\xc3\xa9");
	assert_int_equal(errata_doc_normalized_offset(doc, 2), 3);
	assert_int_equal(errata_doc_normalized_offset(doc, 5), 7);
	errata_doc_free(doc);
}

/* Marks out of canonical order, Hangul jamo, singletons, exclusions. */
static void test_normal_nfc_cases(void **state)
{
	(void)state;
	/* a + acute (230) + dot below (220): reordered, then composed */
	errata_doc_free(assert_normal("a.md", "xa\xcc\x81\xcc\xa3y", "x\xe1\xba\xa1\xcc\x81y"));
	/* conjoining jamo to a syllable */
	errata_doc_free(assert_normal("a.md", "\xe1\x84\x80\xe1\x85\xa1!", "\xea\xb0\x80!"));
	/* the Angstrom and Kelvin signs are singletons */
	errata_doc_free(assert_normal("a.md", "5 \xe2\x84\xab, 3 \xe2\x84\xaa", "5 \xc3\x85, 3 K"));
	/* U+0958 is excluded from composition: NFC writes it decomposed */
	errata_doc_free(assert_normal("a.md", "\xe0\xa5\x98", "\xe0\xa4\x95\xe0\xa4\xbc"));
	/* NFD in masked code stays out of the prose and of the view */
	errata_doc_free(assert_normal("a.md", "`fe\xcc\x81` x", "       x"));
}

/* A sequence of more marks than stream-safe text allows is left as written. */
static void test_normal_long_sequence(void **state)
{
	char text[2 + 100 * 2 + 1], *p = text;
	errata_doc *doc;
	size_t len = 0;

	(void)state;
	*p++ = 'e';
	for (int i = 0; i < 100; i++) {
		*p++ = '\xcc';
		*p++ = '\x81';
	}
	*p++ = 'x';
	*p = '\0';
	doc = load("a.md", text);
	assert_string_equal(errata_doc_normalized(doc, &len), text);
	assert_int_equal(len, strlen(text));
	errata_doc_free(doc);
}

/* A reference inside a word: the view reads the word whole. */
static void test_normal_entity_in_word(void **state)
{
	errata_doc *doc;

	(void)state;
	/* "city&#8217;s": ’ (3 bytes) at 11, padding 14-17, 's' at 18 */
	doc = assert_normal("a.html", "<p>The city&#8217;s budget</p>",
	                    "   The city\xe2\x80\x99s budget    ");
	assert_int_equal(errata_doc_normalized_offset(doc, 11), 11); /* ’ */
	assert_int_equal(errata_doc_normalized_offset(doc, 14), 18); /* 's' */
	assert_int_equal(errata_doc_normalized_offset(doc, 15), 19); /* after it */
	errata_doc_free(doc);
	errata_doc_free(assert_normal("a.md", "AT&amp;T 2026", "AT&T 2026"));
	/* before a space the padding stays: nothing to copy */
	doc = load("a.md", "caf&eacute; and AT &amp; T");
	assert_ptr_equal(errata_doc_normalized(doc, NULL), errata_doc_prose(doc, NULL));
	errata_doc_free(doc);
	/* a mark written as a reference composes with the letter before it */
	errata_doc_free(assert_normal("a.md", "e&#769;t&#233;", "\xc3\xa9t\xc3\xa9    "));
}

/* Soft hyphens, written or as &shy;, are left out of the view. */
static void test_normal_soft_hyphen(void **state)
{
	errata_doc *doc;

	(void)state;
	/* "Feb\u00adruary 7": 'r' after the soft hyphen at 5 */
	doc = assert_normal("a.txt", "Feb\xc2\xadruary 7", "February 7");
	assert_int_equal(errata_doc_normalized_offset(doc, 3), 5);
	assert_int_equal(errata_doc_normalized_offset(doc, 10), 12);
	errata_doc_free(doc);
	errata_doc_free(assert_normal("a.md", "Tues&shy;day", "Tuesday"));
	errata_doc_free(assert_normal("a.md", "fe\xcc\x81\xc2\xadvrier", "f\xc3\xa9vrier"));
}

/* The loader's table says "inert" exactly where errata__nfc_maybe() says no with class 0. */
static void test_normal_inert_table(void **state)
{
	(void)state;
	for (uint32_t cp = 0x300; cp < 0x10000; cp++) {
		unsigned int ccc = 0;
		int want;

		if (cp >= 0xd800 && cp <= 0xdfff)
			continue;
		want = !errata__nfc_maybe(cp, &ccc) && ccc == 0;
		if (errata__nfc_inert(cp) != want)
			fail_msg("U+%04X: the table says %d", (unsigned int)cp, !want);
	}
	assert_int_equal(errata__nfc_inert(0x436), 1);   /* Cyrillic zhe */
	assert_int_equal(errata__nfc_inert(0x306), 0);   /* combining breve */
	assert_int_equal(errata__nfc_inert(0x212a), 0);  /* the Kelvin sign */
	assert_int_equal(errata__nfc_inert(0x1f600), 0); /* beyond the table */
}

/*
 * Text in other scripts, read a code point at a time: what NFC changes
 * is still found after long runs of letters, and at the very end.
 */
static void test_normal_other_scripts(void **state)
{
	char text[600], want[600];
	const char *ru = "\xd0\xbf\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82 "; /* "привет " */
	size_t k = 0;

	(void)state;
	/* "май" with и + U+0306 after forty Russian words */
	text[0] = '\0';
	for (int i = 0; i < 40; i++)
		strcat(text, ru);
	strcpy(want, text);
	strcat(text, "\xd0\xbc\xd0\xb0\xd0\xb8\xcc\x86");
	strcat(want, "\xd0\xbc\xd0\xb0\xd0\xb9");
	errata_doc_free(assert_normal("a.md", text, want));
	/* a Hangul syllable and a trailing jamo after Korean text, then more text */
	strcpy(text, "\xed\x95\x9c\xea\xb5\xad\xec\x96\xb4 \xed\x95\x9c\xea\xb5\xad\xec\x96\xb4 \xea\xb0\x80\xe1\x86\xa8 \xed\x95\x9c");
	strcpy(want, "\xed\x95\x9c\xea\xb5\xad\xec\x96\xb4 \xed\x95\x9c\xea\xb5\xad\xec\x96\xb4 \xea\xb0\x81 \xed\x95\x9c");
	errata_doc_free(assert_normal("a.md", text, want));
	/* marks out of order (230 before 220) after Greek letters */
	k = 0;
	for (int i = 0; i < 20; i++)
		k += (size_t)sprintf(text + k, "\xce\xb1\xce\xb2 ");
	strcpy(want, text);
	strcat(text, "a\xcc\x81\xcc\xa3");
	strcat(want, "\xe1\xba\xa1\xcc\x81");
	errata_doc_free(assert_normal("a.md", text, want));
	/* the same text in NFC takes no copy */
	{
		errata_doc *doc = load("a.md", want);

		assert_ptr_equal(errata_doc_normalized(doc, NULL), errata_doc_prose(doc, NULL));
		errata_doc_free(doc);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_normal_nfc_is_prose),
		cmocka_unit_test(test_normal_nfd),
		cmocka_unit_test(test_normal_nfc_cases),
		cmocka_unit_test(test_normal_long_sequence),
		cmocka_unit_test(test_normal_entity_in_word),
		cmocka_unit_test(test_normal_soft_hyphen),
		cmocka_unit_test(test_normal_inert_table),
		cmocka_unit_test(test_normal_other_scripts),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
