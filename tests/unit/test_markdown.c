/*
 * test_markdown.c: what the Markdown pass masks and what it leaves as
 * prose, byte for byte.
 *
 * Expected prose is written as the source with every masked stretch
 * between ⟦ and ⟧: the helper turns that stretch into spaces (keeping
 * line breaks), so offsets are checked without counting spaces by hand.
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

static void check(const char *name, const char *text, const char *tpl)
{
	errata_doc *doc = NULL;
	char *want = expand(tpl);
	size_t len;
	const char *prose;

	assert_int_equal(errata_doc_load_buffer(&doc, name, text, strlen(text), NULL), 0);
	prose = errata_doc_prose(doc, &len);
	assert_int_equal(len, strlen(text));
	assert_string_equal(prose, want);
	free(want);
	errata_doc_free(doc);
}

#define md(text, tpl) check("a.md", text, tpl)

static void test_markdown_plain_prose(void **state)
{
	(void)state;
	md("The council met on Tuesday, January 7, 2026.\n\nA second paragraph.\n",
	   "The council met on Tuesday, January 7, 2026.\n\nA second paragraph.\n");
	md("3 < 4 and 5 > 2, a & b, 50% - done.", "3 < 4 and 5 > 2, a & b, 50% - done.");
}

static void test_markdown_fenced_code(void **state)
{
	(void)state;
	md("Before\n```c\nint x = 1;\n```\nAfter\n",
	   "Before\n⟦```c⟧\n⟦int x = 1;⟧\n⟦```⟧\nAfter\n");
	md("~~~~ {.python title=\"x\"}\nprint(1)\n~~~\nstill code\n~~~~\nout",
	   "⟦~~~~ {.python title=\"x\"}⟧\n⟦print(1)⟧\n⟦~~~⟧\n⟦still code⟧\n⟦~~~~⟧\nout");
	/* an unclosed fence runs to the end */
	md("a\n\n```\ncode\n\nmore", "a\n\n⟦```⟧\n⟦code⟧\n\n⟦more⟧");
	/* ```x``` on one line is a code span, not a fence */
	md("```x``` y", "⟦```x```⟧ y");
	/* CRLF and lone CR line ends */
	md("```\r\ncode\r\n```\r\nok", "⟦```⟧\r\n⟦code⟧\r\n⟦```⟧\r\nok");
	md("# T\r```\rcode\r```\r*ok*", "⟦#⟧ T\r⟦```⟧\r⟦code⟧\r⟦```⟧\r⟦*⟧ok⟦*⟧");
}

static void test_markdown_indented_code(void **state)
{
	(void)state;
	md("Text\n\n    code line\n\tcode tab\n\n    more code\nBack",
	   "Text\n\n⟦    code line⟧\n⟦\tcode tab⟧\n\n⟦    more code⟧\nBack");
	/* at the start of the document */
	md("    code\n\nText", "⟦    code⟧\n\nText");
	/* a paragraph's continuation line is not code */
	md("Text\n    continued", "Text\n    continued");
	/* nor a list item's continuation paragraph */
	md("- item\n\n    more about the item\n", "⟦-⟧ item\n\n    more about the item\n");
	md("1. item\n\n    more\n\nText\n\n    code\n",
	   "⟦1.⟧ item\n\n    more\n\nText\n\n⟦    code⟧\n");
}

static void test_markdown_code_spans(void **state)
{
	(void)state;
	md("Run `make test` now.", "Run ⟦`make test`⟧ now.");
	md("A ``code with ` inside`` here.", "A ⟦``code with ` inside``⟧ here.");
	/* runs must match in length; an unmatched run stays */
	md("a `` b ` c", "a `` b ` c");
	md("It`s `x` fine", "It⟦`s `⟧x` fine");
	/* a span may cross a line break but not a blank line */
	md("a `b\nc` d\n\n`e\n\nf`", "a ⟦`b⟧\n⟦c`⟧ d\n\n`e\n\nf`");
}

static void test_markdown_links(void **state)
{
	(void)state;
	md("See [the report](https://example.com/r \"Title\") today.",
	   "See ⟦[⟧the report⟦](https://example.com/r \"Title\")⟧ today.");
	md("An ![a chart](img/c.png) here.", "An ⟦![⟧a chart⟦](img/c.png)⟧ here.");
	md("[text](<a b.html>) and [t](x.html 'single') and [u](y (paren))",
	   "⟦[⟧text⟦](<a b.html>)⟧ and ⟦[⟧t⟦](x.html 'single')⟧ and ⟦[⟧u⟦](y (paren))⟧");
	md("[a [nested] text](u) [empty]()", "⟦[⟧a [nested] text⟦](u)⟧ ⟦[⟧empty⟦]()⟧");
	md("Reference [link][id], collapsed [this][] and [shortcut].",
	   "Reference ⟦[⟧link⟦][id]⟧, collapsed ⟦[⟧this⟦][]⟧ and [shortcut].");
	md("Note[^1] and [^ not a note]", "Note⟦[^1]⟧ and [^ not a note]");
	/* not links */
	md("[sic] (a) [b] (c) [d]( e", "[sic] (a) [b] (c) [d]( e");
	/* link text holding markup */
	md("[**bold** `code`](u)", "⟦[**⟧bold⟦**⟧ ⟦`code`](u)⟧");
}

static void test_markdown_reference_definitions(void **state)
{
	(void)state;
	md("Text.\n\n[id]: https://example.com/x \"A title\"\n  [Other Id]: <y>\n",
	   "Text.\n\n⟦[id]: https://example.com/x \"A title\"⟧\n  ⟦[Other Id]: <y>⟧\n");
	/* a footnote definition keeps its text */
	md("[^1]: The source said so.\n", "⟦[^1]⟧: The source said so.\n");
}

static void test_markdown_autolinks_and_urls(void **state)
{
	(void)state;
	md("Go to <https://example.com/a_b_c> or <desk@paper.example>.",
	   "Go to ⟦<https://example.com/a_b_c>⟧ or ⟦<desk@paper.example>⟧.");
	/* a bare URL keeps its underscores out of emphasis */
	md("At https://example.com/a_(b)_c, then _this_.",
	   "At ⟦https://example.com/a_(b)_c⟧, then ⟦_⟧this⟦_⟧.");
	md("Visit www.example.com/x_y.", "Visit ⟦www.example.com/x_y⟧.");
	md("Mail ed@example.com now", "Mail ⟦ed@example.com⟧ now");
}

static void test_markdown_html(void **state)
{
	(void)state;
	md("A <span class=\"x\">word</span> and <br/> and <!-- note --> end.",
	   "A ⟦<span class=\"x\">⟧word⟦</span>⟧ and ⟦<br/>⟧ and ⟦<!-- note -->⟧ end.");
	md("<div>\nText\n</div>", "⟦<div>⟧\nText\n⟦</div>⟧");
	/* a comment block over several lines and blank lines */
	md("a\n\n<!--\nhidden\n\nstill\n-->\nb", "a\n\n⟦<!--⟧\n⟦hidden⟧\n\n⟦still⟧\n⟦-->⟧\nb");
	/* an unclosed comment block hides the rest */
	md("a\n\n<!-- open\nb", "a\n\n⟦<!-- open⟧\n⟦b⟧");
	/* script, style and pre blocks */
	md("<script>\nvar a = \"Monday, May 4\";\n</script>\nText",
	   "⟦<script>⟧\n⟦var a = \"Monday, May 4\";⟧\n⟦</script>⟧\nText");
	md("<pre>\nx\n</pre>\n<style>p{}</style>\nok", "⟦<pre>⟧\n⟦x⟧\n⟦</pre>⟧\n⟦<style>p{}</style>⟧\nok");
	/* not markup */
	md("a < b, c<d, <3, <-", "a < b, c<d, <3, <-");
}

static void test_markdown_emphasis(void **state)
{
	(void)state;
	md("**Tuesday**, January 7", "⟦**⟧Tuesday⟦**⟧, January 7");
	md("*one* __two__ ***three*** ~~four~~", "⟦*⟧one⟦*⟧ ⟦__⟧two⟦__⟧ ⟦***⟧three⟦***⟧ ⟦~~⟧four⟦~~⟧");
	/* intraword underscores stay; lone stars and tildes stay */
	md("snake_case_name, 2 * 3, ~5 km, a_b", "snake_case_name, 2 * 3, ~5 km, a_b");
	md("(_aside_) and __init__", "(⟦_⟧aside⟦_⟧) and ⟦__⟧init⟦__⟧");
	md("caf\xc3\xa9_bar", "caf\xc3\xa9_bar");
}

static void test_markdown_escapes(void **state)
{
	(void)state;
	md("Not \\*emphasis\\* and a \\\\ slash, C:\\dir",
	   "Not ⟦\\⟧*emphasis⟦\\⟧* and a ⟦\\⟧\\ slash, C:\\dir");
	md("line\\\nbreak", "line⟦\\⟧\nbreak");
}

static void test_markdown_blocks(void **state)
{
	(void)state;
	md("# Title\n## Sub ##\n####### seven\n#hashtag",
	   "⟦#⟧ Title\n⟦##⟧ Sub ⟦##⟧\n####### seven\n#hashtag");
	md("> Quoted **text**\n> > nested\n>\n> more", "⟦>⟧ Quoted ⟦**⟧text⟦**⟧\n⟦>⟧ ⟦>⟧ nested\n⟦>⟧\n⟦>⟧ more");
	md("- a\n* b\n+ c\n10) d\n2. e\n- [ ] todo\n- [x] done",
	   "⟦-⟧ a\n⟦*⟧ b\n⟦+⟧ c\n⟦10)⟧ d\n⟦2.⟧ e\n⟦- [ ]⟧ todo\n⟦- [x]⟧ done");
	md("Para\n---\n\n***\n- - -\n\nTitle\n=====",
	   "Para\n⟦---⟧\n\n⟦***⟧\n⟦- - -⟧\n\nTitle\n⟦=====⟧");
	/* not markers */
	md("-5 degrees\n2026 was\n1.5 million", "-5 degrees\n2026 was\n1.5 million");
	/* a wrapped line that starts with a number and a period stays text */
	md("It opened on Tuesday, January 6,\n2026. Then it closed.",
	   "It opened on Tuesday, January 6,\n2026. Then it closed.");
	md("Text\n1. first\n2. second", "Text\n⟦1.⟧ first\n⟦2.⟧ second");
	md("Text\n-\nmore", "Text\n⟦-⟧\nmore");
	md("Text\n- - -\nText\n=\nx = y\n= =", "Text\n⟦- - -⟧\nText\n⟦=⟧\nx = y\n= =");
	/* a quoted fence */
	md("> ```\n> code\n> ```\nok", "⟦> ```⟧\n⟦> code⟧\n⟦> ```⟧\nok");
}

static void test_markdown_templates(void **state)
{
	(void)state;
	md("A {{< figure src=\"a.jpg\" caption=\"Monday, May 4\" >}} b",
	   "A ⟦{{< figure src=\"a.jpg\" caption=\"Monday, May 4\" >}}⟧ b");
	md("By {{ page.author }}, {% include note.html %}.",
	   "By ⟦{{ page.author }}⟧, ⟦{% include note.html %}⟧.");
	md("## Results {#results}\n\nText{: .note}", "⟦##⟧ Results ⟦{#results}⟧\n\nText⟦{: .note}⟧");
	/* braces in prose stay */
	md("a {b} c { d } {{ open", "a {b} c { d } {{ open");
}

static void test_markdown_entities(void **state)
{
	(void)state;
	md("Tom &amp; Jerry&nbsp;7 &ndash; &#8212;&#x2014; &bogus; &amp",
	   "Tom &⟦amp;⟧ Jerry ⟦nbsp;⟧7 –⟦dash⟧ —⟦8212⟧—⟦x2014⟧ &bogus; &amp");
	/* entities in code stay masked */
	md("`&amp;`", "⟦`&amp;`⟧");
}

static void test_markdown_front_matter_masked(void **state)
{
	(void)state;
	md("---\ntitle: A\n---\n# Head\n", "⟦---⟧\n⟦title: A⟧\n⟦---⟧\n⟦#⟧ Head\n");
	/* a thematic break first, without a closing line, is not front matter */
	md("---\nText", "⟦---⟧\nText");
}

static void test_markdown_pathological(void **state)
{
	/* crafted input stays linear and never breaks the length invariant */
	size_t n = 300000;
	char *text = malloc(n + 1);
	const char *units[] = { "[", "`", "<a ", "](", "[x](", "<!--", "*_", "\\", "a\r", "> ", "{{", "{#" };
	errata_doc *doc;

	(void)state;
	assert_non_null(text);
	for (size_t u = 0; u < sizeof(units) / sizeof(units[0]); u++) {
		size_t k = strlen(units[u]), i;

		for (i = 0; i + k <= n; i += k)
			memcpy(text + i, units[u], k);
		text[i] = '\0';
		assert_int_equal(errata_doc_load_buffer(&doc, "p.md", text, i, NULL), 0);
		errata_doc_free(doc);
	}
	free(text);
}

/* Inline markup at every place relative to the 16- and 32-byte steps of the scan. */
static void test_markdown_inline_scan_offsets(void **state)
{
	char text[260], tpl[300];

	(void)state;
	/* the scan takes 64 bytes a step, then 16, then the last 16 */
	for (size_t pad = 0; pad < 200; pad++) {
		/* a code span, then emphasis ending the paragraph */
		memset(text, 'x', pad);
		strcpy(text + pad, " `c` a *b*");
		memset(tpl, 'x', pad);
		strcpy(tpl + pad, " " OPEN "`c`" CLOSE " a " OPEN "*" CLOSE "b" OPEN "*" CLOSE);
		md(text, tpl);
		/* the marker as the paragraph's very last byte, with more text after */
		memset(text, 'y', pad);
		strcpy(text + pad, " _z_\n\nnext");
		memset(tpl, 'y', pad);
		strcpy(tpl + pad, " " OPEN "_" CLOSE "z" OPEN "_" CLOSE "\n\nnext");
		md(text, tpl);
		/* no markup at all: nothing changes */
		memset(text, 'w', pad);
		strcpy(text + pad, " plain words here.");
		md(text, text);
	}
}

static void test_markdown_inline_near_misses(void **state)
{
	(void)state;
	/* punctuation the scan's first test lets through but is not markup */
	md("a ] b ^ c | d } e ; f \x7f g ) h, and some more words to pass 32 bytes",
	   "a ] b ^ c | d } e ; f \x7f g ) h, and some more words to pass 32 bytes");
	md("Ratio 3:1; ] [ not a link; {not braces} and <3 and a! b",
	   "Ratio 3:1; ] [ not a link; {not braces} and <3 and a! b");
	/* the real ones right after near misses */
	md("]^|}x *y* and `z` over a long enough line of text, then [t](u)",
	   "]^|}x " OPEN "*" CLOSE "y" OPEN "*" CLOSE " and " OPEN "`z`" CLOSE
	   " over a long enough line of text, then " OPEN "[" CLOSE "t" OPEN "](u)" CLOSE);
}

/* Lines that start with a letter are paragraph text whatever came before. */
static void test_markdown_plain_lines(void **state)
{
	(void)state;
	/* a list ends at a blank line and unindented text; indented lines after are code again */
	md("- item\ntext\n\nText after\n\n    code\n",
	   OPEN "-" CLOSE " item\ntext\n\nText after\n\n" OPEN "    code" CLOSE "\n");
	/* text continues a list item without a blank line */
	md("1. one\nstill one\n    deeper\n", OPEN "1." CLOSE " one\nstill one\n    deeper\n");
	/* plain lines close indented code */
	md("    code\nText\n    not code\n", OPEN "    code" CLOSE "\nText\n    not code\n");
	/* letters, UTF-8 and punctuation that opens nothing */
	md("\xc3\x89t\xc3\xa9\n(note)\n\"quoted\"\n", "\xc3\x89t\xc3\xa9\n(note)\n\"quoted\"\n");
	/* inside a fence a plain line is code */
	md("```\nText\n```\nText", OPEN "```" CLOSE "\n" OPEN "Text" CLOSE "\n" OPEN "```" CLOSE "\nText");
	/* after front matter */
	md("---\ndate: 2026-01-02\n---\nText *a*\n",
	   OPEN "---" CLOSE "\n" OPEN "date: 2026-01-02" CLOSE "\n" OPEN "---" CLOSE "\nText " OPEN "*" CLOSE "a" OPEN "*" CLOSE "\n");
	/* a run of plain lines ends at the first line that is not plain, whatever it is */
	md("One\ntwo\nthree\n# Head\n", "One\ntwo\nthree\n" OPEN "#" CLOSE " Head\n");
	md("One\ntwo\n```\nx\n```\n", "One\ntwo\n" OPEN "```" CLOSE "\n" OPEN "x" CLOSE "\n" OPEN "```" CLOSE "\n");
	md("One\ntwo\n- item\n", "One\ntwo\n" OPEN "-" CLOSE " item\n");
	md("One\ntwo\n---\nthree\n", "One\ntwo\n" OPEN "---" CLOSE "\nthree\n");
	md("One\r\ntwo\r\n\r\n    code\r\n", "One\r\ntwo\r\n\r\n" OPEN "    code" CLOSE "\r\n");
	md("One\rtwo\r\r    code\r", "One\rtwo\r\r" OPEN "    code" CLOSE "\r");
	md("One *a\ntwo\nthree* x", "One " OPEN "*" CLOSE "a\ntwo\nthree" OPEN "*" CLOSE " x");
	md("One\ntwo\n\n    code", "One\ntwo\n\n" OPEN "    code" CLOSE);
}

/* Indented code inside list items: four columns past the item's content. */
static void test_markdown_list_item_code(void **state)
{
	(void)state;
	md("- item\n\n      Tuesday, March 3\n", "⟦-⟧ item\n\n⟦      Tuesday, March 3⟧\n");
	md("1.  item\n\n         x = 2026\n", "⟦1.⟧  item\n\n⟦         x = 2026⟧\n");
	md("- a\n  - b\n\n        code\n", "⟦-⟧ a\n  ⟦-⟧ b\n\n⟦        code⟧\n");
	md("> - a\n>\n>       code\n", "⟦>⟧ ⟦-⟧ a\n⟦>⟧\n⟦>       code⟧\n");
	md("-     code\n", "⟦-     code⟧\n");
	/* less indented: a paragraph of the item, or code after the list */
	md("- item\n\n    more text\n", "⟦-⟧ item\n\n    more text\n");
	md(" -    one\n\n     two\n", " ⟦-⟧    one\n\n⟦     two⟧\n");
	/* a lazy line continues the item's paragraph; a marker starts an item */
	md("- item\ngoes on\n2. next\n", "⟦-⟧ item\ngoes on\n⟦2.⟧ next\n");
}

/* Reference definitions over several lines, and what is not one. */
static void test_markdown_reference_definitions_multiline(void **state)
{
	(void)state;
	md("[a]:\n/url\n'title'\n\nText\n", "⟦[a]:⟧\n⟦/url⟧\n⟦'title'⟧\n\nText\n");
	md("[a]: /url\n\"title\"\n", "⟦[a]: /url⟧\n⟦\"title\"⟧\n");
	/* a quoted line that is not a whole title is prose */
	md("[a]: /url\n\"Yes,\" he said \"no\"\n", "⟦[a]: /url⟧\n\"Yes,\" he said \"no\"\n");
	/* text after the title: not a definition */
	md("[a]: /url \"t\" and more\n", "[a]: /url \"t\" and more\n");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_markdown_inline_scan_offsets),
		cmocka_unit_test(test_markdown_inline_near_misses),
		cmocka_unit_test(test_markdown_plain_lines),
		cmocka_unit_test(test_markdown_plain_prose),
		cmocka_unit_test(test_markdown_fenced_code),
		cmocka_unit_test(test_markdown_indented_code),
		cmocka_unit_test(test_markdown_code_spans),
		cmocka_unit_test(test_markdown_links),
		cmocka_unit_test(test_markdown_reference_definitions),
		cmocka_unit_test(test_markdown_autolinks_and_urls),
		cmocka_unit_test(test_markdown_html),
		cmocka_unit_test(test_markdown_emphasis),
		cmocka_unit_test(test_markdown_escapes),
		cmocka_unit_test(test_markdown_blocks),
		cmocka_unit_test(test_markdown_templates),
		cmocka_unit_test(test_markdown_entities),
		cmocka_unit_test(test_markdown_front_matter_masked),
		cmocka_unit_test(test_markdown_pathological),
		cmocka_unit_test(test_markdown_list_item_code),
		cmocka_unit_test(test_markdown_reference_definitions_multiline),
	};

	return cmocka_run_group_tests_name("markdown", tests, NULL, NULL);
}
