/*
 * test_html.c: the HTML pass: tags, comments, script/style and other
 * non-prose elements, entity decoding in place, and the article's
 * language, date and title read from the markup.
 *
 * Expected prose is written as the source with every masked stretch
 * between ⟦ and ⟧ (see test_markdown.c).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "errata/doc.h"

#include "mask_template.h"

static errata_doc *load(const char *text)
{
	errata_doc *doc = NULL;

	assert_int_equal(errata_doc_load_buffer(&doc, "a.html", text, strlen(text), NULL), 0);
	return doc;
}

static void html(const char *text, const char *tpl)
{
	errata_doc *doc = load(text);
	char *want = expand(tpl);
	size_t len;
	const char *prose = errata_doc_prose(doc, &len);

	assert_int_equal(len, strlen(text));
	assert_string_equal(prose, want);
	free(want);
	errata_doc_free(doc);
}

static void test_html_tags(void **state)
{
	(void)state;
	html("<p>The <b>Tuesday</b>, January 7</p>",
	     "⟦<p>⟧The ⟦<b>⟧Tuesday⟦</b>⟧, January 7⟦</p>⟧");
	/* '>' inside quoted attribute values, both quote kinds, and unquoted */
	html("<a href=\"x?a>b\" title='c>d' data-n=5>link</a>",
	     "⟦<a href=\"x?a>b\" title='c>d' data-n=5>⟧link⟦</a>⟧");
	/* a tag over several lines keeps its line breaks */
	html("<img\n  src=\"a.png\"\n  alt=\"x\">after", "⟦<img⟧\n⟦  src=\"a.png\"⟧\n⟦  alt=\"x\">⟧after");
	html("<br/><hr /><x-widget a:b=1>t</x-widget>", "⟦<br/><hr /><x-widget a:b=1>⟧t⟦</x-widget>⟧");
	/* not tags */
	html("a < b and 3<4 and <-- and a <= b", "a < b and 3<4 and <-- and a <= b");
}

static void test_html_comments_and_declarations(void **state)
{
	(void)state;
	html("<!DOCTYPE html>\n<!-- a\ncomment -->Text<?xml version=\"1.0\"?>",
	     "⟦<!DOCTYPE html>⟧\n⟦<!-- a⟧\n⟦comment -->⟧Text⟦<?xml version=\"1.0\"?>⟧");
	html("a<![CDATA[ x < y ]]>b", "a⟦<![CDATA[ x < y ]]>⟧b");
	/* an unclosed comment hides the rest, as in a browser */
	html("a <!-- b\nc", "a ⟦<!-- b⟧\n⟦c⟧");
}

static void test_html_raw_elements(void **state)
{
	(void)state;
	html("<script type=\"x\">if (a < b) { s = \"</p>\"; }</script>After",
	     "⟦<script type=\"x\">if (a < b) { s = \"</p>\"; }</script>⟧After");
	html("<STYLE>p > a { }</STYLE>x", "⟦<STYLE>p > a { }</STYLE>⟧x");
	html("<pre>Monday, May 4</pre> <code>x</code> <textarea>t</textarea>ok",
	     "⟦<pre>Monday, May 4</pre>⟧ ⟦<code>x</code>⟧ ⟦<textarea>t</textarea>⟧ok");
	/* an unclosed script runs to the end; an unclosed code does not */
	html("a<code>b<script>c", "a⟦<code>⟧b⟦<script>c⟧");
	/* </scriptx> does not close a script */
	html("<script>a</scriptx>b</script>c", "⟦<script>a</scriptx>b</script>⟧c");
}

static void test_html_entities(void **state)
{
	(void)state;
	html("Jan.&nbsp;7 &ndash; 9, caf&eacute;, &lt;b&gt;, &#8211;&#x2013;&#X2013;",
	     "Jan. ⟦nbsp;⟧7 –⟦dash⟧ 9, café⟦acute;⟧, <⟦lt;⟧b>⟦gt;⟧, –⟦8211⟧–⟦x2013⟧–⟦X2013⟧");
	html("&ldquo;Hi&rdquo; &hellip; &amp;amp; &#160;&#65;",
	     "“⟦quo;⟧Hi”⟦quo;⟧ …⟦llip;⟧ &⟦amp;⟧amp; ⟦&#160;⟧A⟦#65;⟧");
	/* unknown, malformed and out-of-range references stay as written */
	html("&bogus; &amp &#; &#xZZ; &#0; &#1114112; &#xD800; &#9; &; &",
	     "&bogus; &amp &#; &#xZZ; &#0; &#1114112; &#xD800; &#9; &; &");
	/* an entity inside a tag is masked with the tag */
	html("<a title=\"&amp;\">x</a>", "⟦<a title=\"&amp;\">⟧x⟦</a>⟧");
}

/* Every name of the HTML standard's table, not only the common ones. */
static void test_html_entities_html5(void **state)
{
	(void)state;
	/* the first and last names, the longest, and names news CMSs write */
	html("&AElig;&zwnj;x &CounterClockwiseContourIntegral; a&comma; b",
	     "Æ⟦Elig;⟧\u200c⟦nj;⟧x ∳⟦unterClockwiseContourIntegral;⟧ a,⟦comma;⟧ b");
	/* a no-break space, a line feed and a tab read as spaces */
	html("7&NonBreakingSpace;January&NewLine;2026&Tab;x",
	     "7 ⟦NonBreakingSpace;⟧January ⟦NewLine;⟧2026 ⟦Tab;⟧x");
	/* two code points: U+2242 U+0338 */
	html("&NotEqualTilde;.", "\u2242\u0338⟦qualTilde;⟧.");
	/* names are case-sensitive; &nGt; is longer decoded than written */
	html("&AMP; &aMp; &nGt; &CounterClockwiseContourIntegralx;",
	     "&⟦AMP;⟧ &aMp; &nGt; &CounterClockwiseContourIntegralx;");
}

static void test_html_urls(void **state)
{
	(void)state;
	html("<p>See https://example.com/?a=1&amp;b=2.</p>",
	     "⟦<p>⟧See ⟦https://example.com/?a=1&amp;b=2⟧.⟦</p>⟧");
}

static void test_html_meta(void **state)
{
	errata_doc *doc;

	(void)state;
	doc = load("<!doctype html><html lang=\"en-US\"><head>"
	           "<title>City &amp; council\n  vote</title>"
	           "<meta charset=utf-8>"
	           "<meta property=\"article:published_time\" content=\"2026-01-07T09:00:00Z\">"
	           "</head><body><time datetime=\"2025-12-31\">x</time></body></html>");
	assert_string_equal(errata_doc_meta(doc, "lang"), "en-US");
	assert_string_equal(errata_doc_meta(doc, "date"), "2026-01-07");
	assert_string_equal(errata_doc_meta(doc, "title"), "City & council vote");
	errata_doc_free(doc);

	doc = load("<meta name=\"DATE\" content=\"2024-02-29\"><p>x</p>");
	assert_string_equal(errata_doc_meta(doc, "date"), "2024-02-29");
	assert_null(errata_doc_meta(doc, "lang"));
	assert_null(errata_doc_meta(doc, "title"));
	errata_doc_free(doc);

	doc = load("<meta itemprop=\"datePublished\" content=\"2023-05-06\">");
	assert_string_equal(errata_doc_meta(doc, "date"), "2023-05-06");
	errata_doc_free(doc);
	doc = load("<meta content=\"2022-10-11\" name=\"dcterms.date\">");
	assert_string_equal(errata_doc_meta(doc, "date"), "2022-10-11");
	errata_doc_free(doc);
	/* name="date" outranks the other names wherever it stands; other metas do not count */
	doc = load("<meta name=\"description\" content=\"2020-01-01\">"
	           "<meta name=\"pubdate\" content=\"2021-02-03\">"
	           "<meta name=\"date\" content=\"2021-09-09\">");
	assert_string_equal(errata_doc_meta(doc, "date"), "2021-09-09");
	errata_doc_free(doc);
	/* article:published_time outranks name="date", even after it */
	doc = load("<meta name=\"date\" content=\"2021-09-09\">"
	           "<meta property=\"article:published_time\" content=\"2021-09-10T08:00:00Z\">"
	           "<meta name=\"pubdate\" content=\"2021-02-03\">");
	assert_string_equal(errata_doc_meta(doc, "date"), "2021-09-10");
	errata_doc_free(doc);

	/* the first <time datetime> goes under its own key, not the meta date's */
	doc = load("<p>On <time datetime='2026-03-02T10:00'>Monday</time> and "
	           "<time datetime=\"2026-03-09\">later</time></p>");
	assert_null(errata_doc_meta(doc, "date"));
	assert_string_equal(errata_doc_meta(doc, "time"), "2026-03-02");
	errata_doc_free(doc);

	/* values that are not dates are ignored */
	doc = load("<meta name=\"date\" content=\"yesterday\"><time datetime=\"soon\">x</time>");
	assert_null(errata_doc_meta(doc, "date"));
	assert_null(errata_doc_meta(doc, "time"));
	errata_doc_free(doc);
}

static void test_html_quote_fallback(void **state)
{
	(void)state;
	/* an attribute quote that never closes does not swallow the article */
	html("<a href=\"x>one</a> two <b>three</b>",
	     "⟦<a href=\"x>⟧one⟦</a>⟧ two ⟦<b>⟧three⟦</b>⟧");
}

static void test_html_pathological(void **state)
{
	size_t n = 300000;
	char *text = malloc(n + 1);
	const char *units[] = { "<a ", "<a x=\"", "<code>", "<!--", "&#", "<!x", "</" };
	errata_doc *doc;

	(void)state;
	assert_non_null(text);
	for (size_t u = 0; u < sizeof(units) / sizeof(units[0]); u++) {
		size_t k = strlen(units[u]), i;

		for (i = 0; i + k <= n; i += k)
			memcpy(text + i, units[u], k);
		text[i] = '\0';
		assert_int_equal(errata_doc_load_buffer(&doc, "p.html", text, i, NULL), 0);
		errata_doc_free(doc);
	}
	free(text);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_html_tags),
		cmocka_unit_test(test_html_comments_and_declarations),
		cmocka_unit_test(test_html_raw_elements),
		cmocka_unit_test(test_html_entities),
		cmocka_unit_test(test_html_entities_html5),
		cmocka_unit_test(test_html_urls),
		cmocka_unit_test(test_html_meta),
		cmocka_unit_test(test_html_quote_fallback),
		cmocka_unit_test(test_html_pathological),
	};

	return cmocka_run_group_tests_name("html", tests, NULL, NULL);
}
