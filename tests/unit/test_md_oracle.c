/*
 * test_md_oracle.c: the Markdown masking checked against a CommonMark
 * implementation. md4c (Debian's libmd4c) parses each example and says,
 * byte by byte, what a reader sees as text; errata's prose view must
 * agree:
 *
 *   md4c reports                         errata's prose view
 *   text (MD_TEXT_NORMAL)                keeps it, where it is a letter or
 *                                        digit (emphasis delimiters that
 *                                        md4c reads as literal are not
 *                                        compared)
 *   code (spans and blocks)              masks it
 *   raw HTML: a tag or comment           masks it (text between the tags
 *                                        of an HTML block is not compared:
 *                                        a reader sees it)
 *   an autolink's text                   masks it (URLs are not prose)
 *   nothing (markers, destinations,      masks it, where it is a letter or
 *   reference definitions, fences)       digit (punctuation is not compared)
 *   an entity                            not compared (decoded in place)
 *
 * The examples follow the sections of the CommonMark specification
 * (written here, not copied: the spec's own file is not packaged), with
 * GitHub's strike-through and task lists, which errata also reads.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <md4c.h>

#include "errata/doc.h"

enum { NONE = 0, TEXT, CODE, HTML, ENTITY, AUTOLINK };

typedef struct {
	const char *doc;
	size_t len;
	unsigned char *cls;
	const char *href;  /* the destination of the link being read, or NULL */
	int in_link;
} oracle;

static void mark(oracle *o, const char *p, size_t n, unsigned char c)
{
	if (p < o->doc || p + n > o->doc + o->len)
		return; /* not in the document (md4c's own padding) */
	memset(o->cls + (p - o->doc), c, n);
}

static int text_cb(MD_TEXTTYPE type, const MD_CHAR *p, MD_SIZE n, void *ud)
{
	oracle *o = ud;

	switch (type) {
	case MD_TEXT_NORMAL:
		/*
		 * an autolink's text is its destination, the same bytes (an
		 * e-mail address gets "mailto:" in front: then its text is all
		 * there is between the '<' and the '>')
		 */
		mark(o, p, n, o->in_link && (o->href == p ||
		              (p > o->doc && p[-1] == '<' && p + n < o->doc + o->len && p[n] == '>'))
		              ? AUTOLINK : TEXT);
		break;
	case MD_TEXT_CODE:
		mark(o, p, n, CODE);
		break;
	case MD_TEXT_HTML:
		mark(o, p, n, HTML);
		break;
	case MD_TEXT_ENTITY:
		mark(o, p, n, ENTITY);
		break;
	default:
		break;
	}
	return 0;
}

static int enter_span(MD_SPANTYPE type, void *detail, void *ud)
{
	oracle *o = ud;

	if (type == MD_SPAN_A) {
		o->href = ((const MD_SPAN_A_DETAIL *)detail)->href.text;
		o->in_link = 1;
	}
	return 0;
}

static int leave_span(MD_SPANTYPE type, void *detail, void *ud)
{
	(void)detail;
	if (type == MD_SPAN_A)
		((oracle *)ud)->in_link = 0;
	return 0;
}

static int block_cb(MD_BLOCKTYPE type, void *detail, void *ud)
{
	(void)type;
	(void)detail;
	(void)ud;
	return 0;
}

static int is_alnum(unsigned char c)
{
	return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c >= 0x80;
}

/*
 * Compare errata's prose view of src with md4c's reading; describe each
 * disagreement in report (one line per stretch). Returns their count.
 */
static int compare(const char *src, char *report, size_t cap)
{
	size_t n = strlen(src), used = 0;
	unsigned char *cls = calloc(n + 1, 1), *must = calloc(n + 1, 1);
	oracle o = { src, n, cls, NULL, 0 };
	MD_PARSER parser;
	errata_doc *doc = NULL;
	const char *prose;
	int bad = 0, in_tag = 0;

	assert_non_null(cls);
	assert_non_null(must);
	memset(&parser, 0, sizeof(parser));
	parser.flags = MD_FLAG_STRIKETHROUGH | MD_FLAG_TASKLISTS;
	parser.enter_block = block_cb;
	parser.leave_block = block_cb;
	parser.enter_span = enter_span;
	parser.leave_span = leave_span;
	parser.text = text_cb;
	assert_int_equal(md_parse(src, (MD_SIZE)n, &parser, &o), 0);
	assert_int_equal(errata_doc_load_buffer(&doc, "a.md", src, n, NULL), 0);
	prose = errata_doc_prose(doc, NULL);

	/* what errata must do with each byte: 1 keep, 2 mask, 0 either */
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)src[i];

		if (cls[i] == HTML) {
			if (c == '<')
				in_tag = 1;
			must[i] = in_tag && c != ' ' && c != '\t' && c != '\n' ? 2 : 0;
			if (c == '>')
				in_tag = 0;
			continue;
		}
		in_tag = 0;
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
			continue;
		switch (cls[i]) {
		case TEXT:
			must[i] = is_alnum(c) ? 1 : 0;
			break;
		case CODE:
		case AUTOLINK:
			must[i] = 2;
			break;
		case NONE:
			must[i] = is_alnum(c) ? 2 : 0;
			break;
		default:
			break;
		}
	}
	for (size_t i = 0; i < n;) {
		int masked = prose[i] != src[i];
		size_t j = i;

		if (!must[i] || (must[i] == 2) == masked) {
			i++;
			continue;
		}
		/* one report per stretch of the same disagreement */
		while (j < n && must[j] == must[i] && (prose[j] != src[j]) == masked)
			j++;
		bad++;
		if (used < cap) {
			int w = snprintf(report + used, cap - used, "  %s \"%.*s\" at %zu\n",
			                 must[i] == 2 ? "left as prose:" : "masked text:",
			                 (int)(j - i), src + i, i);

			used += w > 0 ? (size_t)w : 0;
		}
		i = j;
	}
	errata_doc_free(doc);
	free(cls);
	free(must);
	return bad;
}

/* The examples, by section of the specification. */
static const char *const examples[] = {
	/* tabs */
	"\tcode after a tab\n",
	"  \tcode after blanks and a tab\n",
	"- item\n\n\tnot code: a tab is the item's indent\n",
	/* thematic breaks */
	"Text\n\n***\n\nMore text\n",
	"Text\n\n _ _ _\n\nMore\n",
	/* ATX headings */
	"# Title 2026\n\nText\n",
	"### Heading with closing ###\n",
	"#5 is not a heading\n",
	"    # indented code, not a heading\n",
	/* setext headings */
	"Title\n=====\n\nText\n",
	"Title\n-----\n\nText\n",
	/* indented code */
	"Text\n\n    code line\n    more code\n\nText\n",
	"Text\n    lazy continuation, not code\n",
	"    code\n\n    still code after a blank\n",
	/* fenced code */
	"```\ncode 2026\n```\n\nText\n",
	"~~~ python\nprint(1)\n~~~\n",
	"````\n```\ninner\n````\n",
	"```\nunclosed fence runs to the end\n",
	"  ```\n  indented fence\n  ```\nText\n",
	/* HTML blocks */
	"<div>\nText in a block\n</div>\n",
	"<!-- a comment\nover lines -->\nText\n",
	"<script>\nvar x = 2026;\n</script>\nText\n",
	"<pre>\nfixed 2026\n</pre>\n",
	"<style>p { x: 1 }</style>\n\nText\n",
	/* link reference definitions */
	"[foo]: /url \"title\"\n\n[foo]\n",
	"[Foo bar]:\n<my url>\n'title'\n\n[Foo bar]\n",
	"Text\n[not]: a definition after a paragraph line\n",
	/* paragraphs and block quotes */
	"aaa\nbbb\n\nccc\n",
	"> quoted text\n> more\n",
	"> # heading in a quote\n> text\n",
	">     code in a quote\n",
	"> ```\n> fenced in a quote\n> ```\n",
	"> - item in a quote\n>\n>       code in that item\n",
	/* list items */
	"- one\n- two\n",
	"1. one\n2. two\n",
	"- item\n\n      code in the item\n",
	"1.  item\n\n         code in an ordered item\n",
	"- item\n\n  paragraph in the item\n",
	"- item\n\n    paragraph, not code (indent 4 < 2 + 4)\n",
	"10. item\n\n        code in a wide item\n",
	"- a\n  - b\n\n        code in the nested item\n",
	"- a\n  - b\n\n      paragraph in b\n",
	"- item\n\n  ```\n  fenced in the item\n  ```\n",
	"-   wide marker\n\n        code in it\n",
	"- item\n\n\n    after two blanks\n",
	"1) paren marker\n2) second\n",
	"- [ ] task\n- [x] done task\n",
	"*  star item\n\n       code after star\n",
	"- item\n\nText after the list\n\n    code after the list\n",
	/* backslash escapes */
	"\\*not emphasis\\*\n",
	"a\\\\b\n",
	/* entities */
	"&copy; 2026 &amp; &#35;\n",
	/* code spans */
	"Use `code 2026` here\n",
	"Use ``code with ` inside`` here\n",
	"`unclosed code span\n",
	/* emphasis */
	"*emphasis* and **strong** and _under_ and __double__\n",
	"snake_case_word and 2 * 3\n",
	"~~struck~~ text\n",
	/* links and images */
	"[link text](http://example.com/x \"title\")\n",
	"![alt text](img.png)\n",
	"[ref link][foo]\n\n[foo]: /url\n",
	"[text](<dest with spaces>)\n",
	/* autolinks */
	"<https://example.com/a>\n",
	"<editor@example.com>\n",
	/* raw HTML */
	"Text <span class=\"x\">inside</span> text\n",
	"Text <!-- inline comment --> text\n",
	/* hard line breaks */
	"line one  \nline two\\\nline three\n",

	/* more of each section */
	"-\tfoo\n\n\tbar\n",
	">\t\tcode in a quote after tabs\n",
	"- foo\n***\n- bar\n",
	"# foo *bar* \\*baz\\*\n",
	"   # three blanks are fine\n",
	"\\## escaped\n",
	"Foo *bar*\n=========\n",
	"  - foo\n\n    bar in the item\n",
	"1.  A paragraph\n    with two lines.\n\n        indented code\n\n    > A block quote.\n",
	"    foo\nbar after code\n",
	"# Heading\n    foo\nHeading\n------\n    foo\n",
	"``` ```\naaa\n",
	"```\naaa\n  ```\nafter\n",
	"   ```\n   aaa\n  aaa\naaa\n   ```\nafter\n",
	"~~~~\naaa\n~~~\n~~~~\nafter\n",
	"```ruby startline=3\ndef foo(x)\n```\n",
	"<DIV CLASS=\"foo\">\n\n*Markdown*\n\n</DIV>\n",
	"<textarea>\n*foo*\n</textarea>\nafter\n",
	"<?php echo 1; ?>\ntext\n",
	"<!DOCTYPE html>\n",
	"[foo]:\n/url\n\n[foo]\n",
	"[foo]: /url\n'the title'\n\n[foo]\n",
	"   [foo]: \n      /url  \n           'the title'   \n\n[foo]\n",
	"[foo]: /url \"title\" trailing\n\n[foo]\n",
	"> foo\nbar lazily quoted\n",
	"> - foo\n- bar\n",
	" -    one\n\n     two is code\n",
	" -    one\n\n      two in the item\n",
	"1. a\n\n   b\n\n      c is a paragraph\n",
	"- a\n - b\n  - c\n   - d\n",
	"- foo\n  - bar\n    - baz\n\n\n      bim\n",
	"* a\n*\n\n* c\n",
	"-\n  foo\n",
	"- a\n- b\n\n- c\n",
	"1. foo\n\n   ```\n   bar\n   ```\n\n   baz\n\n   > bam\n",
	"- item\n\n        code 2026 in the item\n  text again\n",
	"2. two\n\n       code in an item numbered 2\n",
	"-     code right after the marker\n",
	"\\`not code`\n",
	"`foo\n",
	"``foo`bar``\n",
	"*foo bar*\n",
	"a * foo bar*\n",
	"foo*bar*\n",
	"_foo_bar\n",
	"**foo**bar\n",
	"[link](/uri \"title\")\n",
	"[link]()\n",
	"[link](foo(and(bar)))\n",
	"[a](b) and [c][d]\n\n[d]: /e\n",
	"[foo][]\n\n[foo]: /url\n",
	"[foo] bar\n\n[foo]: /url\n",
	"[foo]\n\n[bar]: /url\n",
	"<http://foo.bar.baz/test?q=hello&id=22&boolean>\n",
	"<a><bab><c2c>\n",
	"foo <!-- this is a\ncomment - with hyphen -->\n",
	"foo <?php echo $a; ?>\n",
	"</a></foo >\n",
	"<33> <__>\n",
	"foo\\\nbar\n",
	"<div>\n*Markdown* inside a block\n</div>\n",
	"- a\n\n  > quote in the item\n\n      code in the item\n",
	"- a\n\n  > quote in the item\n\n  text in the item\n",
	"- a\n\n  > quote in the item\n\n    text in the item\n",
	"> 1. a\n>\n>        code\n>\n>    text\n",
	"- a\n  > b\n  c lazily\n",
	"- item\r\n\r\n      code with CRLF\r\n",
	"- # Heading in an item\n- Bar\n  ---\n  baz\n",
	"- a\n\n  <!-- comment in an item -->\n\n  text\n",
	"-\tone\n\n\t\tcode after tabs\n",
	"1. a\n   1. b\n      1. c\n\n             code in c\n",
	"* a\n\n  * * *\n\n  b\n",
	"> > nested quote\n> >\n> >     code\n",
	"Text\n\n- [link](http://example.com/x) in an item\n",
	"- item `code span` text\n",
	"3. three\n\n       code in an item numbered 3\n",
};

/*
 * Where errata differs from CommonMark on purpose: each example with the
 * number of disagreements (words) it must give, and why.
 */
static const struct {
	const char *md;
	int count;
	const char *why;
} divergences[] = {
	{ "< http://foo.bar >\n", 3, "a bare URL is never prose" },
	{ "See www.example.com/a today\n", 4, "a bare URL is never prose" },
	{ "<o:p>Text</o:p>\n", 2, "a namespaced tag (Word's HTML) is masked as a tag" },
	{ "Mail editor@example.com today\n", 3, "an e-mail address is never prose" },
	{ "[^1] and {{< figure src=x >}} {#anchor}\n", 5,
	  "footnote markers, site-generator tags and attribute lists are markup" },
};

static void test_md_oracle_examples(void **state)
{
	char report[1024];
	int total = 0;

	(void)state;
	for (size_t k = 0; k < sizeof(examples) / sizeof(examples[0]); k++) {
		int bad;

		report[0] = '\0';
		bad = compare(examples[k], report, sizeof(report));
		if (bad)
			print_message("example %zu: %s%s", k, examples[k], report);
		total += bad;
	}
	assert_int_equal(total, 0);
}

static void test_md_oracle_divergences(void **state)
{
	char report[1024];

	(void)state;
	for (size_t k = 0; k < sizeof(divergences) / sizeof(divergences[0]); k++) {
		int bad;

		report[0] = '\0';
		bad = compare(divergences[k].md, report, sizeof(report));
		if (bad != divergences[k].count)
			print_message("divergence %zu (%s): %s%s", k, divergences[k].why,
			              divergences[k].md, report);
		assert_int_equal(bad, divergences[k].count);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_md_oracle_examples),
		cmocka_unit_test(test_md_oracle_divergences),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
