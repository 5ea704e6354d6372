/*
 * test_title.c: facts.title, where it looks for the sheet's titles: at
 * the text's ends, after punctuation and letters, among titles that share
 * a first byte, titles in UTF-8, spelling and case, and names that several
 * entities answer to.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "common.h"
#include "checks/check.h"
#include "checks/facts.h"

extern const errata_check errata__check_title;

static const char sheet[] =
	"{\"version\": 1, \"entities\": [\n"
	" {\"name\": \"Ana Ortiz\", \"aliases\": [\"Ortiz\"],\n"
	"  \"titles\": [{\"title\": \"Mayor\", \"from\": \"2019\", \"to\": \"2023-06-30\"}]},\n"
	" {\"name\": \"Lee Min\", \"aliases\": [\"Lee\"],\n"
	"  \"titles\": [{\"title\": \"Minister\", \"from\": \"2010-03\", \"to\": \"2015\"},\n"
	"              {\"title\": \"Mayor\", \"from\": \"2000\", \"to\": \"2004\"}]},\n"
	" {\"name\": \"\xc3\x89lodie Brun\", \"aliases\": [\"Brun\"],\n"
	"  \"titles\": [{\"title\": \"Pr\xc3\xa9" "fet\", \"from\": \"2001\", \"to\": \"2005\"}]},\n"
	" {\"name\": \"Kim Soo\", \"aliases\": [\"Kim\"],\n"
	"  \"titles\": [{\"title\": \"Governor\", \"from\": \"1990\", \"to\": \"1994\"}]},\n"
	" {\"name\": \"Kim Dae\", \"aliases\": [\"Kim\"],\n"
	"  \"titles\": [{\"title\": \"Governor\", \"from\": \"1995\", \"to\": \"1999\"}]}\n"
	"]}\n";

typedef struct {
	errata_facts *facts;
	errata_locale *loc;
} fixture;

static int setup(void **state)
{
	fixture *f = calloc(1, sizeof(*f));

	assert_non_null(f);
	assert_int_equal(errata__facts_new(&f->facts), 0);
	assert_int_equal(errata__facts_load_buffer(f->facts, "sheet.json", sheet, strlen(sheet)), 0);
	assert_int_equal(errata_locale_load_lang(&f->loc, "en"), 0);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	fixture *f = *state;

	errata__facts_free(f->facts);
	errata_locale_free(f->loc);
	free(f);
	return 0;
}

/*
 * The findings of facts.title on text, dated January 4, 2026; sealed (in
 * order). With indexed, the prose's word index is classified with the
 * sheet's titles, as the pipeline does, and the check finds them at its
 * words; without, by their bytes.
 */
static errata_findings *run_one(const fixture *f, const errata_facts *facts, const char *text,
                                int indexed)
{
	static errata__word_classes wc;
	errata__word_index ix = ERRATA__WORD_INDEX_INIT;
	const unsigned char *lead = errata__facts_title_lead(facts);
	errata_doc *doc = NULL;
	errata_mentions *mentions = NULL;
	errata_findings *out = NULL;
	errata_mention_options mopts = ERRATA_MENTION_OPTIONS_INIT;
	errata_check_ctx ctx;
	size_t plen = 0;

	assert_int_equal(errata_doc_load_buffer(&doc, "case.txt", text, strlen(text), NULL), 0);
	mopts.anchor.year = 2026;
	mopts.anchor.month = 1;
	mopts.anchor.day = 4;
	assert_int_equal(errata_mentions_extract(&mentions, doc, f->loc, &mopts), 0);
	assert_int_equal(errata_findings_new(&out), 0);
	memset(&ctx, 0, sizeof(ctx));
	ctx.doc = doc;
	ctx.prose = errata_doc_prose(doc, &plen);
	ctx.prose_len = plen;
	ctx.locale = f->loc;
	ctx.mentions = mentions;
	ctx.article_date = mopts.anchor;
	ctx.facts = facts;
	ctx.out = out;
	ctx.rule = errata__check_title.id;
	ctx.severity = errata__check_title.severity;
	if (indexed) {
		errata__word_classes_set_leads(&wc, &lead, 1, NULL);
		assert_int_equal(errata__word_index_build(&ix, ctx.prose, plen), 0);
		assert_int_equal(errata__word_index_classify_apart(&ix, ctx.prose, plen, &wc,
		                                                   ERRATA__WORD_LEAD_CLASS(ERRATA__FACTS_TITLE_CLASS)),
		                 0);
		ctx.words = &ix;
	}
	assert_int_equal(errata__check_title.run(&ctx), 0);
	errata_findings_seal(out, 0);
	errata__word_index_dispose(&ix);
	errata_mentions_free(mentions);
	errata_doc_free(doc);
	return out;
}

/* run_one() both ways, which must give the same findings: those found at the index's words. */
static errata_findings *run(const fixture *f, const errata_facts *facts, const char *text)
{
	errata_findings *by_byte = run_one(f, facts, text, 0), *by_word = run_one(f, facts, text, 1);

	assert_int_equal(errata_findings_count(by_word), errata_findings_count(by_byte));
	for (size_t i = 0; i < errata_findings_count(by_word); i++) {
		const errata_finding *a = errata_findings_get(by_word, i), *b = errata_findings_get(by_byte, i);

		assert_int_equal(a->offset, b->offset);
		assert_int_equal(a->length, b->length);
		assert_string_equal(a->message, b->message);
	}
	errata_findings_free(by_byte);
	return by_word;
}

/* How many findings text gives. */
static size_t count(const fixture *f, const char *text)
{
	errata_findings *out = run(f, f->facts, text);
	size_t n = errata_findings_count(out);

	errata_findings_free(out);
	return n;
}

/* Exactly one finding, on `span` (its first occurrence in text). */
static void expect_one(const fixture *f, const char *text, const char *span)
{
	errata_findings *out = run(f, f->facts, text);
	const errata_finding *x;

	assert_int_equal(errata_findings_count(out), 1);
	x = errata_findings_get(out, 0);
	assert_int_equal(x->offset, (size_t)(strstr(text, span) - text));
	assert_int_equal(x->length, strlen(span));
	errata_findings_free(out);
}

static void test_title_at_text_ends(void **state)
{
	const fixture *f = *state;

	expect_one(f, "Mayor Ortiz opened the fair.", "Mayor Ortiz");
	/* the name is the last thing in the text */
	expect_one(f, "The fair was opened by Mayor Ortiz", "Mayor Ortiz");
	/* a title with nothing after it, or only a space */
	assert_int_equal(count(f, "The post of Mayor"), 0);
	assert_int_equal(count(f, "The post of Mayor "), 0);
	assert_int_equal(count(f, "Mayor"), 0);
	assert_int_equal(count(f, ""), 0);
}

static void test_title_word_edges(void **state)
{
	const fixture *f = *state;

	/* after punctuation, a line break, or a quote mark */
	expect_one(f, "(Mayor Ortiz) opened the fair.", "Mayor Ortiz");
	expect_one(f, "It rained.\nMayor Ortiz opened the fair.", "Mayor Ortiz");
	expect_one(f, "\xe2\x80\x9cMayor Ortiz\xe2\x80\x9d opened the fair.", "Mayor Ortiz");
	/* inside a longer word, before or after */
	assert_int_equal(count(f, "The Supermayor Ortiz show."), 0);
	assert_int_equal(count(f, "The XMayor Ortiz show."), 0);
	assert_int_equal(count(f, "The Mayors Ortiz show."), 0);
	/* after a non-ASCII letter: still inside a word */
	assert_int_equal(count(f, "The \xc3\xa9Mayor Ortiz show."), 0);
	/* a hyphen after the title: no name follows it */
	assert_int_equal(count(f, "Mayor-elect Ortiz spoke."), 0);
}

static void test_title_spelling_and_case(void **state)
{
	const fixture *f = *state;

	/* only as the sheet spells it */
	assert_int_equal(count(f, "The mayor Ortiz spoke."), 0);
	assert_int_equal(count(f, "MAYOR Ortiz spoke."), 0);
	assert_int_equal(count(f, "Mayo Ortiz spoke."), 0);
	/* a title in UTF-8, from its first byte */
	expect_one(f, "Hier, Pr\xc3\xa9" "fet Brun a parl\xc3\xa9.", "Pr\xc3\xa9" "fet Brun");
	assert_int_equal(count(f, "Hier, pr\xc3\xa9" "fet Brun a parl\xc3\xa9."), 0);
	/* after a capitalised word it reads as part of a longer title */
	assert_int_equal(count(f, "Le Pr\xc3\xa9" "fet Brun a parl\xc3\xa9."), 0);
}

static void test_title_shared_first_byte(void **state)
{
	const fixture *f = *state;
	errata_findings *out;

	/* Mayor and Minister start alike: both are found, in text order */
	out = run(f, f->facts, "Minister Lee met Mayor Ortiz and Mayor Lee Min.");
	assert_int_equal(errata_findings_count(out), 3);
	assert_int_equal(errata_findings_get(out, 0)->offset, 0);
	assert_non_null(strstr(errata_findings_get(out, 0)->message,
	                       "Lee Min was Minister from March 2010 to 2015 (fact sheet), not on January 4, 2026"));
	assert_int_equal(errata_findings_get(out, 1)->offset, 17);
	assert_int_equal(errata_findings_get(out, 2)->offset, 33);
	assert_int_equal(errata_findings_get(out, 2)->length, strlen("Mayor Lee Min"));
	assert_non_null(strstr(errata_findings_get(out, 2)->message, "Lee Min was Mayor from 2000 to 2004"));
	errata_findings_free(out);
	/* the same title twice */
	out = run(f, f->facts, "Mayor Ortiz thanked Mayor Ortiz.");
	assert_int_equal(errata_findings_count(out), 2);
	assert_int_equal(errata_findings_get(out, 1)->offset, 20);
	assert_string_equal(errata_findings_get(out, 1)->suggestions[0], "former Mayor Ortiz");
	errata_findings_free(out);
}

static void test_title_names_several_answer_to(void **state)
{
	const fixture *f = *state;

	/* two Kims were Governor, neither now: too unsure to say who */
	assert_int_equal(count(f, "Governor Kim spoke."), 0);
	/* the full name settles it */
	expect_one(f, "Governor Kim Soo spoke.", "Governor Kim Soo");
	expect_one(f, "Governor Kim Dae spoke.", "Governor Kim Dae");
	/* a name nobody on the sheet has */
	assert_int_equal(count(f, "Governor Park spoke."), 0);
}

static void test_title_sheet_without_titles(void **state)
{
	const fixture *f = *state;
	const char *bare = "{\"version\": 1, \"entities\": [{\"name\": \"Ana Ortiz\"}]}";
	errata_facts *facts = NULL;
	errata_findings *out;

	assert_int_equal(errata__facts_new(&facts), 0);
	out = run(f, facts, "Mayor Ortiz opened the fair.");
	assert_int_equal(errata_findings_count(out), 0);
	errata_findings_free(out);
	assert_int_equal(errata__facts_load_buffer(facts, "bare.json", bare, strlen(bare)), 0);
	out = run(f, facts, "Mayor Ortiz opened the fair.");
	assert_int_equal(errata_findings_count(out), 0);
	errata_findings_free(out);
	errata__facts_free(facts);
}

/* Where the word index flags a word for the titles: their first bytes, as spelt or capitalised. */
static void test_title_lead_table(void **state)
{
	const fixture *f = *state;
	const char *lower = "{\"version\": 1, \"entities\": [{\"name\": \"Bakker\", \"titles\": "
	                    "[{\"title\": \"voorzitter\"}]}]}";
	const char *wide = "{\"version\": 1, \"entities\": [{\"name\": \"\xe5\xb2\xb8\xe7\x94\xb0\", \"titles\": "
	                   "[{\"title\": \"\xe9\xa6\x96\xe7\x9b\xb8\"}]}]}";
	const unsigned char *lead = errata__facts_title_lead(f->facts);
	const unsigned bit = 1u << ERRATA__FACTS_TITLE_CLASS;
	errata_facts *facts = NULL;

	assert_non_null(lead);
	assert_true(lead[errata__word_key('M' | 'a' << 8 | 'y' << 16)] & bit);
	assert_true(lead[errata__word_key('M' | 'i' << 8 | 'n' << 16)] & bit);
	assert_true(lead[errata__word_key('P' | 'r' << 8 | 0xc3u << 16)] & bit);
	/* as the sheet spells it: "mayor" is no title of this sheet */
	assert_false(lead[errata__word_key('m' | 'a' << 8 | 'y' << 16)] & bit);
	/* one spelt in lower case, also capitalised */
	assert_int_equal(errata__facts_new(&facts), 0);
	assert_int_equal(errata__facts_load_buffer(facts, "lower.json", lower, strlen(lower)), 0);
	lead = errata__facts_title_lead(facts);
	assert_non_null(lead);
	assert_true(lead[errata__word_key('v' | 'o' << 8 | 'o' << 16)] & bit);
	assert_true(lead[errata__word_key('V' | 'o' << 8 | 'o' << 16)] & bit);
	errata__facts_free(facts);
	/* a title in Han is looked for wherever it is written, not at the words */
	assert_int_equal(errata__facts_new(&facts), 0);
	assert_int_equal(errata__facts_load_buffer(facts, "wide.json", wide, strlen(wide)), 0);
	assert_null(errata__facts_title_lead(facts));
	assert_false(errata__facts_title_indexed("\xe9\xa6\x96\xe7\x9b\xb8", 6));
	assert_true(errata__facts_title_indexed("Mayor", 5));
	assert_false(errata__facts_title_indexed("(acting) Mayor", 14));
	errata__facts_free(facts);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_title_at_text_ends),
		cmocka_unit_test(test_title_word_edges),
		cmocka_unit_test(test_title_spelling_and_case),
		cmocka_unit_test(test_title_shared_first_byte),
		cmocka_unit_test(test_title_names_several_answer_to),
		cmocka_unit_test(test_title_sheet_without_titles),
		cmocka_unit_test(test_title_lead_table),
	};
	return cmocka_run_group_tests_name("title", tests, setup, teardown);
}
