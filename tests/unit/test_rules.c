/*
 * test_rules.c: rule packs: loading (and every way a pack can be broken),
 * the four rule types on text they must flag and text they must leave
 * alone, message templates, and the match limit that keeps a runaway
 * pattern from hanging the checker.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <cmocka.h>

#include "common.h"
#include "errata/doc.h"
#include "errata/findings.h"
#include "rules/rules.h"

/* Load a pack from text; 0 or the error code. */
static int load(errata__rules **rs, const char *json)
{
	int error;

	assert_int_equal(errata__rules_new(rs), 0);
	error = errata__rules_load_buffer(*rs, "pack.json", json, strlen(json));
	if (!error)
		assert_int_equal(errata__rules_prepare(*rs), 0);
	return error;
}

/* Run a one-rule pack on text; returns the findings (caller frees). */
static errata_findings *run_on(const char *json, const char *text, const char *name)
{
	errata__rules *rs = NULL;
	errata_doc *doc = NULL;
	errata_findings *out = NULL;

	assert_int_equal(load(&rs, json), 0);
	assert_int_equal(errata_doc_load_buffer(&doc, name ? name : "a.txt", text, strlen(text), NULL), 0);
	assert_int_equal(errata_findings_new(&out), 0);
	assert_int_equal(errata__rules_run(rs, doc, out), 0);
	errata_findings_seal(out, 0);
	errata_doc_free(doc);
	errata__rules_free(rs);
	return out;
}

static void expect_error(const char *json, const char *message)
{
	errata__rules *rs = NULL;

	assert_int_equal(load(&rs, json), ERRATA_EINVALID);
	assert_string_equal(errata_error_last(), message);
	assert_int_equal(errata__rules_count(rs), 0);
	errata__rules_free(rs);
}

#define PACK(rules) "{\"pack\":\"t\",\"version\":1,\"rules\":[" rules "]}"

static void test_rules_pattern_flags_and_leaves_alone(void **state)
{
	errata_findings *f;
	const errata_finding *x;

	(void)state;
	f = run_on(PACK("{\"id\":\"t.teh\",\"type\":\"pattern\",\"severity\":\"error\","
	                "\"message\":\"write 'the', not '$0'\",\"pattern\":\"\\\\bteh\\\\b\",\"flags\":\"i\","
	                "\"link\":\"https://example.org/teh\"}"),
	           "Teh cat.\nIn Tehran, teh dog.", NULL);
	assert_int_equal(errata_findings_count(f), 2);
	x = errata_findings_get(f, 0);
	assert_string_equal(x->rule, "t.teh");
	assert_int_equal(x->severity, ERRATA_SEVERITY_ERROR);
	assert_string_equal(x->message, "write 'the', not 'Teh'");
	assert_string_equal(x->text, "Teh");
	x = errata_findings_get(f, 1);
	assert_int_equal(x->line, 2);
	assert_int_equal(x->column, 12);
	assert_string_equal(x->text, "teh");
	assert_int_equal(x->suggestion_count, 0);
	errata_findings_free(f);
}

static void test_rules_pattern_named_groups(void **state)
{
	errata_findings *f;

	(void)state;
	f = run_on(PACK("{\"id\":\"t.pct\",\"type\":\"pattern\",\"message\":\"write ${n} percent, not $1$2 ($$)\","
	                "\"pattern\":\"(?<n>\\\\d+)(\\\\s?%)\"}"),
	           "Up 5% on the day, 12 % on the year.", NULL);
	assert_int_equal(errata_findings_count(f), 2);
	assert_string_equal(errata_findings_get(f, 0)->message, "write 5 percent, not 5% ($)");
	assert_string_equal(errata_findings_get(f, 1)->message, "write 12 percent, not 12 % ($)");
	assert_int_equal(errata_findings_get(f, 0)->severity, ERRATA_SEVERITY_WARNING);
	errata_findings_free(f);
}

static void test_rules_substitution_list(void **state)
{
	errata_findings *f;
	const errata_finding *x;

	(void)state;
	f = run_on(PACK("{\"id\":\"t.towards\",\"type\":\"substitution\",\"from\":[\"towards\",\"afterwards\"],"
	                "\"to\":\"toward\"}"),
	           "She walked towards the door; towardsness is not a word. Towards noon.", NULL);
	/* case-sensitive by default: "Towards" is not "towards" */
	assert_int_equal(errata_findings_count(f), 1);
	x = errata_findings_get(f, 0);
	assert_string_equal(x->text, "towards");
	assert_int_equal(x->suggestion_count, 1);
	assert_string_equal(x->suggestions[0], "toward");
	assert_string_equal(x->message, "use \"toward\", not \"towards\"");
	errata_findings_free(f);
}

/*
 * In scripts written without spaces each character is a word (the word
 * index): a form is found inside a run of Han and kana, and still only
 * where a word starts and ends; Latin words keep their whole-word rule.
 */
static void test_rules_substitution_unspaced_script(void **state)
{
	errata_findings *f;
	const errata_finding *x;

	(void)state;
	f = run_on(PACK("{\"id\":\"t.kayo\",\"type\":\"substitution\",\"from\":[\"火よう日\",\"Tues\"],"
	                "\"to\":\"火曜日\"}"),
	           "会議は3月3日火よう日に東京で。Tuesday.", NULL);
	assert_int_equal(errata_findings_count(f), 1);
	x = errata_findings_get(f, 0);
	assert_string_equal(x->text, "火よう日");
	assert_string_equal(x->suggestions[0], "火曜日");
	errata_findings_free(f);
}

static void test_rules_substitution_replace_keeps_case(void **state)
{
	errata_findings *f;

	(void)state;
	f = run_on(PACK("{\"id\":\"t.spell\",\"type\":\"substitution\",\"case_sensitive\":false,"
	                "\"replace\":{\"Febuary\":\"February\",\"wensday\":\"Wednesday\"}}"),
	           "FEBUARY 3, febuary 4, Febuary 5, Wensday; February is fine.", NULL);
	assert_int_equal(errata_findings_count(f), 4);
	assert_string_equal(errata_findings_get(f, 0)->suggestions[0], "FEBRUARY");
	assert_string_equal(errata_findings_get(f, 1)->suggestions[0], "February");
	assert_string_equal(errata_findings_get(f, 2)->suggestions[0], "February");
	assert_string_equal(errata_findings_get(f, 3)->suggestions[0], "Wednesday");
	errata_findings_free(f);
}

static void test_rules_substitution_multiword_and_punctuation(void **state)
{
	errata_findings *f;

	(void)state;
	/* a phrase across a line break, and a form that starts with punctuation */
	f = run_on(PACK("{\"id\":\"t.phrase\",\"type\":\"substitution\",\"from\":[\"in order to\"],\"to\":\"to\"},"
	                "{\"id\":\"t.dots\",\"type\":\"substitution\",\"from\":[\"...\"],\"to\":\"\\u2026\"}"),
	           "We met in order\n  to talk... and in orderly fashion.", NULL);
	assert_int_equal(errata_findings_count(f), 2);
	assert_string_equal(errata_findings_get(f, 0)->rule, "t.phrase");
	assert_string_equal(errata_findings_get(f, 0)->text, "in order\n  to");
	assert_string_equal(errata_findings_get(f, 1)->rule, "t.dots");
	assert_string_equal(errata_findings_get(f, 1)->suggestions[0], "\xe2\x80\xa6");
	errata_findings_free(f);
}

static void test_rules_substitution_pattern(void **state)
{
	errata_findings *f;

	(void)state;
	/* "to" as a template */
	f = run_on(PACK("{\"id\":\"t.ampm\",\"type\":\"substitution\",\"from\":\"\\\\b(\\\\d{1,2})\\\\s?(?:AM|am)\\\\b\","
	                "\"to\":\"$1 a.m.\",\"message\":\"AP style: ${suggestion}\"}"),
	           "At 9am and 10 AM, not at 9 a.m.", NULL);
	assert_int_equal(errata_findings_count(f), 2);
	assert_string_equal(errata_findings_get(f, 0)->suggestions[0], "9 a.m.");
	assert_string_equal(errata_findings_get(f, 0)->message, "AP style: 9 a.m.");
	assert_string_equal(errata_findings_get(f, 1)->text, "10 AM");
	errata_findings_free(f);

	/* "to" as a map: a matched text that is not in the map is left alone */
	f = run_on(PACK("{\"id\":\"t.mon\",\"type\":\"substitution\",\"from\":\"\\\\b(?:Sept?|Jan)\\\\.?(?= \\\\d)\","
	                "\"to\":{\"Sep\":\"Sept.\",\"Sept\":\"Sept.\",\"Jan\":\"Jan.\"}}"),
	           "On Sept 3, Sep. 4, Sept. 5 and Jan 6.", NULL);
	assert_int_equal(errata_findings_count(f), 2);
	assert_string_equal(errata_findings_get(f, 0)->text, "Sept");
	assert_string_equal(errata_findings_get(f, 1)->text, "Jan");
	assert_string_equal(errata_findings_get(f, 1)->suggestions[0], "Jan.");
	errata_findings_free(f);
}

static void test_rules_options(void **state)
{
	errata_findings *f;

	(void)state;
	/* whole_word false: a form inside a word */
	f = run_on(PACK("{\"id\":\"t.part\",\"type\":\"substitution\",\"from\":[\"colour\"],\"to\":\"color\",\"whole_word\":false}"),
	           "colours and colour", NULL);
	assert_int_equal(errata_findings_count(f), 2);
	assert_string_equal(errata_findings_get(f, 0)->text, "colour");
	assert_int_equal(errata_findings_get(f, 0)->offset, 0);
	errata_findings_free(f);
	/* followed_by: only where the pattern matches right after the form */
	f = run_on(PACK("{\"id\":\"t.jan\",\"type\":\"substitution\",\"from\":[\"Jan\"],\"to\":\"Jan.\",\"followed_by\":\" \\\\d\"}"),
	           "Jan 5, Jan Smith, Jan. 6", NULL);
	assert_int_equal(errata_findings_count(f), 1);
	assert_int_equal(errata_findings_get(f, 0)->offset, 0);
	errata_findings_free(f);
	/* "u": Unicode word classes; without it \\w is ASCII */
	f = run_on(PACK("{\"id\":\"t.u\",\"type\":\"pattern\",\"message\":\"$0\",\"pattern\":\"\\\\w+\",\"flags\":\"u\"}"),
	           "caf\xc3\xa9", NULL);
	assert_int_equal(errata_findings_count(f), 1);
	assert_string_equal(errata_findings_get(f, 0)->message, "caf\xc3\xa9");
	errata_findings_free(f);
	/* "s" and "m" */
	f = run_on(PACK("{\"id\":\"t.sm\",\"type\":\"pattern\",\"message\":\"m\",\"pattern\":\"^b.c$\",\"flags\":\"sm\"}"),
	           "a\nb\nc\nd", NULL);
	assert_int_equal(errata_findings_count(f), 1);
	assert_string_equal(errata_findings_get(f, 0)->text, "b\nc");
	errata_findings_free(f);
	/* consistency forms that start with punctuation go through pcre2 */
	f = run_on(PACK("{\"id\":\"t.net\",\"type\":\"consistency\",\"variants\":[\".NET\",\"dotnet\"]}"),
	           "We use dotnet; .NET is fine; dotnet again.", NULL);
	assert_int_equal(errata_findings_count(f), 1);
	assert_string_equal(errata_findings_get(f, 0)->text, ".NET");
	assert_string_equal(errata_findings_get(f, 0)->suggestions[0], "dotnet");
	errata_findings_free(f);
}

static void test_rules_consistency_first_used(void **state)
{
	errata_findings *f;
	const errata_finding *x;

	(void)state;
	f = run_on(PACK("{\"id\":\"t.lee\",\"type\":\"consistency\",\"variants\":[\"Lee Jae-myung\",\"Lee Jae-myeong\"]}"),
	           "Lee Jae-myeong arrived. Later Lee Jae-myung spoke, and Lee\nJae-myeong left.", NULL);
	/* the first used form ("-myeong") sets the article's spelling */
	assert_int_equal(errata_findings_count(f), 1);
	x = errata_findings_get(f, 0);
	assert_string_equal(x->text, "Lee Jae-myung");
	assert_string_equal(x->suggestions[0], "Lee Jae-myeong");
	assert_string_equal(x->message, "\"Lee Jae-myung\" is written \"Lee Jae-myeong\" earlier in this article");
	errata_findings_free(f);

	/* one form only: nothing to say */
	f = run_on(PACK("{\"id\":\"t.lee\",\"type\":\"consistency\",\"variants\":[\"Lee Jae-myung\",\"Lee Jae-myeong\"]}"),
	           "Lee Jae-myung arrived; Lee Jae-myung left. Lee Jae-myungs is not a form.", NULL);
	assert_int_equal(errata_findings_count(f), 0);
	errata_findings_free(f);
}

static void test_rules_consistency_preferred(void **state)
{
	errata_findings *f;

	(void)state;
	f = run_on(PACK("{\"id\":\"t.kyiv\",\"type\":\"consistency\",\"severity\":\"error\","
	                "\"variants\":[\"Kiev\",\"Kyiv\"],\"preferred\":\"Kyiv\"}"),
	           "Kiev and Kiev again, then Kyiv.", NULL);
	assert_int_equal(errata_findings_count(f), 2);
	assert_string_equal(errata_findings_get(f, 0)->suggestions[0], "Kyiv");
	assert_string_equal(errata_findings_get(f, 1)->text, "Kiev");
	assert_string_equal(errata_findings_get(f, 0)->message,
	                    "write \"Kyiv\", the preferred form, not \"Kiev\"");
	errata_findings_free(f);
}

static const char *const doubled_pack =
	PACK("{\"id\":\"t.doubled\",\"type\":\"repeated-word\",\"ignore\":[\"had\",\"that\"],"
	     "\"ignore_capitalized\":true}");

static void test_rules_repeated_word(void **state)
{
	errata_findings *f;
	const errata_finding *x;

	(void)state;
	f = run_on(doubled_pack, "The the dog ran to to\nthe park.", NULL);
	assert_int_equal(errata_findings_count(f), 2);
	x = errata_findings_get(f, 0);
	assert_string_equal(x->text, "The the");
	assert_string_equal(x->message, "repeated word \"the\"");
	assert_string_equal(x->suggestions[0], "The");
	x = errata_findings_get(f, 1);
	assert_string_equal(x->text, "to to");
	errata_findings_free(f);
}

static void test_rules_repeated_word_leaves_alone(void **state)
{
	static const char *const clean[] = {
		"He had had enough of it.",
		"She said that that was the plan.",
		"They flew to Walla Walla and Bora Bora.",
		"The vote was 10 10 on the first count.",
		"It ended in Paris. Paris is calm.",
		"# Budget\n\nbudget talks resumed.",
		"the theory, then the thesis",
		"caf\xc3\xa9 caf\xc3\xa9s",
		NULL
	};

	(void)state;
	for (size_t i = 0; clean[i]; i++) {
		errata_findings *f = run_on(doubled_pack, clean[i], NULL);

		if (errata_findings_count(f))
			fail_msg("flagged: %s", clean[i]);
		errata_findings_free(f);
	}
	/* masked code between two equal words is not a repeat in the prose */
	{
		errata_findings *f = run_on(doubled_pack, "Use the flag and `--force` and then retry.\n", "a.md");

		assert_int_equal(errata_findings_count(f), 0);
		errata_findings_free(f);
		f = run_on(doubled_pack, "Use the flag and `--force` and and then retry.\n", "a.md");
		assert_int_equal(errata_findings_count(f), 1);
		errata_findings_free(f);
	}
}

/*
 * The word pass reads the words off the word index 64 bytes at a time:
 * a repeat and a form are found wherever they fall against those steps
 * (a word across a step, a gap across one, a word that fills one, the
 * last bytes of the text), and a word of more than 255 bytes, whose
 * length the quick test keeps only modulo 256, is compared whole.
 */
static void test_rules_words_across_blocks(void **state)
{
	static const char *const both =
		PACK("{\"id\":\"t.doubled\",\"type\":\"repeated-word\"},"
		     "{\"id\":\"t.towards\",\"type\":\"substitution\",\"from\":[\"towards\"],"
		     "\"to\":\"toward\"}");
	char text[1200], word[300];
	errata_findings *f;

	(void)state;
	for (size_t pad = 0; pad < 140; pad++) {
		memset(text, 'x', pad);
		text[pad] = '\0';
		if (pad)
			text[pad - 1] = ' ';
		strcat(text, "went to \t to towards it");
		f = run_on(both, text, NULL);
		if (errata_findings_count(f) != 2)
			fail_msg("pad %zu: %zu findings", pad, errata_findings_count(f));
		assert_string_equal(errata_findings_get(f, 0)->text, "to \t to");
		assert_string_equal(errata_findings_get(f, 1)->text, "towards");
		errata_findings_free(f);
		/* the form is the text's last word, the repeat its last two */
		text[pad] = '\0';
		strcat(text, "towards towards");
		f = run_on(both, text, NULL);
		assert_int_equal(errata_findings_count(f), 3);
		errata_findings_free(f);
	}
	/*
	 * a form whose first word is longer than 63 bytes, in either case when
	 * the rule says so; a word 64 bytes longer than a form is not it
	 */
	memset(word, 'q', 70);
	word[70] = '\0';
	snprintf(text, sizeof(text),
	         PACK("{\"id\":\"t.long\",\"type\":\"substitution\",\"case_sensitive\":false,"
	              "\"from\":[\"%s\",\"abc\"],\"to\":\"x\"}"), word);
	{
		char prose[1200];

		snprintf(prose, sizeof(prose), "a %s b Q%s c abc%.64s ABC.", word, word + 1, word);
		f = run_on(text, prose, NULL);
		assert_int_equal(errata_findings_count(f), 3);
		assert_int_equal(errata_findings_get(f, 0)->length, 70);
		assert_int_equal(errata_findings_get(f, 1)->length, 70);
		assert_string_equal(errata_findings_get(f, 2)->text, "ABC");
		errata_findings_free(f);
	}
	/* long words: equal ones repeat, unequal ones of lengths 256 apart do not */
	memset(word, 'a', 299);
	word[299] = '\0';
	snprintf(text, sizeof(text), "%s %s and a%.42sa a%s.", word, word, word, word);
	f = run_on(both, text, NULL);
	assert_int_equal(errata_findings_count(f), 1);
	assert_int_equal(errata_findings_get(f, 0)->length, 599);
	errata_findings_free(f);
}

static void test_rules_match_limit(void **state)
{
	errata_findings *f;
	size_t n = 20000;
	char *text = malloc(n + 2);
	clock_t t0 = clock();
	const errata_finding *x;

	(void)state;
	memset(text, 'a', n);
	text[n] = '!';
	text[n + 1] = '\0';
	f = run_on(PACK("{\"id\":\"t.slow\",\"type\":\"pattern\",\"message\":\"m\",\"pattern\":\"(a+)+$\"},"
	                "{\"id\":\"t.fine\",\"type\":\"pattern\",\"message\":\"bang\",\"pattern\":\"!\"}"),
	           text, NULL);
	/* the runaway rule stops with a warning (seen under --min-severity warning); the other rule still runs */
	assert_true(clock() - t0 < 10 * CLOCKS_PER_SEC);
	assert_int_equal(errata_findings_count(f), 2);
	x = errata_findings_get(f, 0);
	assert_string_equal(x->rule, "t.slow");
	assert_int_equal(x->severity, ERRATA_SEVERITY_WARNING);
	assert_non_null(strstr(x->message, "rule stopped for this document"));
	assert_string_equal(errata_findings_get(f, 1)->rule, "t.fine");
	errata_findings_free(f);
	free(text);
}

static void test_rules_empty_match_refused(void **state)
{
	errata_findings *f;
	static const char *const empty[] = { "x*", "\\\\b", "a|", "(?:abc)?", "^" };

	(void)state;
	/* a pattern that can match nothing would give zero-length findings */
	for (size_t i = 0; i < sizeof(empty) / sizeof(empty[0]); i++) {
		char json[256];

		snprintf(json, sizeof(json), PACK("{\"id\":\"t.empty\",\"type\":\"pattern\","
		                                  "\"message\":\"m\",\"pattern\":\"%s\"}"), empty[i]);
		expect_error(json, "pack.json: rule 't.empty': the pattern can match the empty string");
	}
	f = run_on(PACK("{\"id\":\"t.x\",\"type\":\"pattern\",\"message\":\"m\",\"pattern\":\"x+\"}"),
	           "\xc3\xa9\xc3\xa9x", NULL);
	assert_int_equal(errata_findings_count(f), 1);
	assert_int_equal(errata_findings_get(f, 0)->offset, 4);
	assert_int_equal(errata_findings_get(f, 0)->length, 1);
	errata_findings_free(f);
	/* only lookarounds: loads, but an empty match is never a finding */
	f = run_on(PACK("{\"id\":\"t.look\",\"type\":\"pattern\",\"message\":\"m\",\"pattern\":\"(?=x)\"}"),
	           "axbx", NULL);
	assert_int_equal(errata_findings_count(f), 0);
	errata_findings_free(f);
}

static void test_rules_disabled_rule_does_not_run(void **state)
{
	errata__rules *rs = NULL;
	errata_doc *doc = NULL;
	errata_findings *out = NULL;
	const char *json = PACK("{\"id\":\"t.a\",\"type\":\"pattern\",\"message\":\"m\",\"pattern\":\"a\",\"enabled\":false},"
	                        "{\"id\":\"t.b\",\"type\":\"substitution\",\"from\":[\"b\"],\"to\":\"c\"}");

	(void)state;
	assert_int_equal(errata__rules_new(&rs), 0);
	assert_int_equal(errata__rules_load_buffer(rs, "p.json", json, strlen(json)), 0);
	assert_int_equal(errata__rules_count(rs), 2);
	assert_int_equal(errata__rules_head(rs, 0)->enabled, 0);
	errata__rules_head(rs, 1)->enabled = 0;
	assert_int_equal(errata__rules_prepare(rs), 0);
	assert_int_equal(errata_doc_load_buffer(&doc, "a.txt", "a b", 3, NULL), 0);
	assert_int_equal(errata_findings_new(&out), 0);
	assert_int_equal(errata__rules_run(rs, doc, out), 0);
	assert_int_equal(errata_findings_count(out), 0);
	errata_findings_free(out);
	errata_doc_free(doc);
	errata__rules_free(rs);
}

static void test_rules_bad_packs(void **state)
{
	(void)state;
	expect_error("{\"rules\": [\n  {\"id\": \"x\",}\n]}", "pack.json:2:15: invalid JSON");
	expect_error("{\"rules\": []} extra", "pack.json:1:15: invalid JSON: text after the end of the value");
	expect_error(PACK("{\"id\":\"x.y\",\"type\":\"pattern\",\"pattern\":\"a\\u0000b\"}"),
	             "pack.json:1:75: invalid JSON: \\u0000 in a string");
	expect_error(PACK("{\"id\":\"x.y\",\"type\":\"pattern\",\"pattern\":\"a\",\"pattern\":\"b\"}"),
	             "pack.json:1:77: duplicate key \"pattern\"");
	expect_error("", "pack.json:1:1: invalid JSON");
	expect_error("[]", "pack.json: a rule pack is a JSON object with \"rules\"");
	expect_error("{\"pack\":\"p\"}", "pack.json: missing \"rules\" (an array)");
	expect_error("{\"rules\":[], \"colour\":1}", "pack.json: unknown key 'colour'");
	expect_error("{\"version\":2, \"rules\":[]}", "pack.json: unsupported pack version (this errata reads version 1)");
	expect_error(PACK("{\"type\":\"pattern\"}"), "pack.json: rule #1: missing field 'id'");
	expect_error(PACK("{\"id\":\"a b\",\"type\":\"pattern\"}"),
	             "pack.json: rule 'a b': an id is letters, digits, '.', '-' and '_', not ending in '.'");
	expect_error(PACK("{\"id\":\"x.y\",\"type\":\"regex\"}"),
	             "pack.json: rule 'x.y': unknown type 'regex' (use pattern, substitution, consistency or repeated-word)");
	expect_error(PACK("{\"id\":\"x.y\"}"), "pack.json: rule 'x.y': missing field 'type'");
	expect_error(PACK("{\"id\":\"x.y\",\"type\":\"pattern\",\"message\":\"m\"}"),
	             "pack.json: rule 'x.y': missing field 'pattern'");
	expect_error(PACK("{\"id\":\"x.y\",\"type\":\"pattern\",\"pattern\":\"a\"}"),
	             "pack.json: rule 'x.y': missing field 'message'");
	expect_error(PACK("{\"id\":\"x.y\",\"type\":\"pattern\",\"message\":\"m\",\"pattern\":\"a(b\"}"),
	             "pack.json: rule 'x.y': pattern error at offset 3: missing closing parenthesis");
	expect_error(PACK("{\"id\":\"x.y\",\"type\":\"pattern\",\"message\":\"m\",\"patern\":\"a\"}"),
	             "pack.json: rule 'x.y': unknown field 'patern'");
	expect_error(PACK("{\"id\":\"x.y\",\"type\":\"pattern\",\"message\":\"m\",\"pattern\":\"a\",\"variants\":[]}"),
	             "pack.json: rule 'x.y': field 'variants' does not apply to this type");
	expect_error(PACK("{\"id\":\"x.y\",\"type\":\"pattern\",\"message\":\"m\",\"pattern\":\"a\",\"severity\":\"fatal\"}"),
	             "pack.json: rule 'x.y': unknown severity 'fatal' (use error, warning or info)");
	expect_error(PACK("{\"id\":\"x.y\",\"type\":\"pattern\",\"message\":\"m\",\"pattern\":\"a\",\"flags\":\"g\"}"),
	             "pack.json: rule 'x.y': unknown flag 'g' (use i, m, s, x, u)");
	expect_error(PACK("{\"id\":\"x.y\",\"type\":\"pattern\",\"message\":\"$2\",\"pattern\":\"(a)\"}"),
	             "pack.json: rule 'x.y': the message refers to group 2, the pattern has 1");
	expect_error(PACK("{\"id\":\"x.y\",\"type\":\"pattern\",\"message\":\"${who}\",\"pattern\":\"(a)\"}"),
	             "pack.json: rule 'x.y': the message refers to an unknown group 'who'");
	expect_error(PACK("{\"id\":\"x.y\",\"type\":\"pattern\",\"message\":\"m\",\"pattern\":\"a\"},"
	                  "{\"id\":\"x.y\",\"type\":\"pattern\",\"message\":\"m\",\"pattern\":\"b\"}"),
	             "pack.json: rule 'x.y': duplicate id (first defined in pack.json)");
	expect_error(PACK("{\"id\":\"x.y\",\"type\":\"substitution\",\"from\":[\"a\"]}"),
	             "pack.json: rule 'x.y': missing field 'to'");
	expect_error(PACK("{\"id\":\"x.y\",\"type\":\"substitution\",\"from\":[\"a\"],\"to\":{\"a\":\"b\"}}"),
	             "pack.json: rule 'x.y': with a list 'from', 'to' must be a string");
	expect_error(PACK("{\"id\":\"x.y\",\"type\":\"substitution\",\"from\":\"(\",\"to\":\"b\"}"),
	             "pack.json: rule 'x.y': pattern error at offset 1: missing closing parenthesis");
	expect_error(PACK("{\"id\":\"x.y\",\"type\":\"consistency\",\"variants\":[\"a\"]}"),
	             "pack.json: rule 'x.y': 'variants' needs at least two forms");
	expect_error(PACK("{\"id\":\"x.y\",\"type\":\"consistency\",\"variants\":[\"a\",\"b\"],\"preferred\":\"c\"}"),
	             "pack.json: rule 'x.y': preferred form 'c' is not one of the variants");
	expect_error(PACK("{\"id\":\"x.y\",\"type\":\"consistency\",\"variants\":[\"a\",7]}"),
	             "pack.json: rule 'x.y': field 'variants' must be a non-empty array of strings");
	expect_error(PACK("{\"id\":\"x.y\",\"type\":\"pattern\",\"message\":1,\"pattern\":\"a\"}"),
	             "pack.json: rule 'x.y': field 'message' must be a string");
	expect_error(PACK("\"x\""), "pack.json: rule #1: must be an object");
	expect_error(PACK("{\"id\":\"x.y\",\"type\":\"pattern\",\"message\":\"m\",\"pattern\":\"a\",\"pattern\":\"b\"}"),
	             "pack.json:1:91: duplicate key \"pattern\"");
	expect_error(PACK("{\"id\":\"x.y\",\"type\":\"substitution\",\"from\":[\"a\"],\"to\":\"b\",\"followed_by\":\"(\"}"),
	             "pack.json: rule 'x.y': 'followed_by' pattern error at offset 1: missing closing parenthesis");
	expect_error(PACK("{\"id\":\"x.y\",\"type\":\"substitution\",\"from\":\"a\",\"to\":\"b\",\"followed_by\":\"c\"}"),
	             "pack.json: rule 'x.y': 'followed_by' applies to a list of forms; end the 'from' pattern with a lookahead");
}

static void test_rules_bad_pack_keeps_earlier_rules(void **state)
{
	errata__rules *rs = NULL;
	const char *good = PACK("{\"id\":\"a.b\",\"type\":\"pattern\",\"message\":\"m\",\"pattern\":\"a\"}");
	const char *bad = PACK("{\"id\":\"c.d\",\"type\":\"pattern\",\"message\":\"m\",\"pattern\":\"a\"},{\"id\":\"e\"}");

	(void)state;
	assert_int_equal(errata__rules_new(&rs), 0);
	assert_int_equal(errata__rules_load_buffer(rs, "good.json", good, strlen(good)), 0);
	assert_int_equal(errata__rules_load_buffer(rs, "bad.json", bad, strlen(bad)), ERRATA_EINVALID);
	assert_int_equal(errata__rules_count(rs), 1);
	assert_string_equal(errata__rules_head(rs, 0)->id, "a.b");
	assert_string_equal(errata__rules_head(rs, 0)->path, "good.json");
	errata__rules_free(rs);
}

static void test_rules_missing_folder(void **state)
{
	errata__rules *rs = NULL;

	(void)state;
	assert_int_equal(errata__rules_new(&rs), 0);
	assert_int_equal(errata__rules_load_dir(rs, "/nonexistent/errata-rules", 0), ERRATA_ENOTFOUND);
	assert_non_null(strstr(errata_error_last(), "/nonexistent/errata-rules: cannot open rule folder"));
	assert_int_equal(errata__rules_load_dir(rs, "/nonexistent/errata-rules", 1), 0);
	assert_int_equal(errata__rules_load_file(rs, "/nonexistent/p.json"), ERRATA_ENOTFOUND);
	errata__rules_free(rs);
}

/* ---- the default pack on its fixtures ---------------------------------- */

static char *root_path(const char *rel)
{
	const char *root = getenv("ERRATA_ROOT");
	char *p = malloc(1024);

	snprintf(p, 1024, "%s/%s", root ? root : ".", rel);
	return p;
}

/* Run the default pack on one sentence ("\n" in it is a line break). */
static errata_findings *run_default(errata__rules *rs, const char *line)
{
	char text[1024];
	size_t n = 0;
	errata_doc *doc = NULL;
	errata_findings *out = NULL;

	for (const char *p = line; *p && n + 1 < sizeof(text); p++) {
		if (p[0] == '\\' && p[1] == 'n') {
			text[n++] = '\n';
			p++;
		} else {
			text[n++] = *p;
		}
	}
	text[n] = '\0';
	assert_int_equal(errata_doc_load_buffer(&doc, "line.txt", text, n, NULL), 0);
	assert_int_equal(errata_findings_new(&out), 0);
	assert_int_equal(errata__rules_run(rs, doc, out), 0);
	errata_doc_free(doc);
	return out;
}

static void test_rules_default_pack_fixtures(void **state)
{
	errata__rules *rs = NULL;
	char *pack = root_path("rules/packs/newsroom.json");
	char *flag = root_path("tests/fixtures/checker/newsroom-flag.txt");
	char *clean = root_path("tests/fixtures/checker/newsroom-clean.txt");
	char line[1024];
	FILE *fp;
	int flagged = 0, left = 0;

	(void)state;
	assert_int_equal(errata__rules_new(&rs), 0);
	assert_int_equal(errata__rules_load_file(rs, pack), 0);
	assert_true(errata__rules_count(rs) >= 4 && errata__rules_count(rs) <= 8);
	assert_int_equal(errata__rules_prepare(rs), 0);

	assert_non_null(fp = fopen(flag, "r"));
	while (fgets(line, sizeof(line), fp)) {
		char *tab = strchr(line, '\t');
		errata_findings *f;
		int hit = 0;

		line[strcspn(line, "\n")] = '\0';
		if (line[0] == '#' || !tab)
			continue;
		*tab = '\0';
		f = run_default(rs, tab + 1);
		for (size_t i = 0; i < errata_findings_count(f); i++) {
			const errata_finding *x = errata_findings_get(f, i);

			hit |= strcmp(x->rule, line) == 0 && x->suggestion_count == 1;
		}
		if (!hit)
			fail_msg("%s did not flag: %s", line, tab + 1);
		errata_findings_free(f);
		flagged++;
	}
	fclose(fp);

	assert_non_null(fp = fopen(clean, "r"));
	while (fgets(line, sizeof(line), fp)) {
		errata_findings *f;

		line[strcspn(line, "\n")] = '\0';
		if (line[0] == '#' || !line[0])
			continue;
		f = run_default(rs, line);
		if (errata_findings_count(f))
			fail_msg("%s flagged: %s", errata_findings_get(f, 0)->rule, line);
		errata_findings_free(f);
		left++;
	}
	fclose(fp);
	assert_true(flagged >= 15);
	assert_true(left >= 15);
	errata__rules_free(rs);
	free(pack);
	free(flag);
	free(clean);
}

static void test_rules_default_pack_suggestions(void **state)
{
	errata__rules *rs = NULL;
	char *pack = root_path("rules/packs/newsroom.json");
	errata_findings *f;

	(void)state;
	assert_int_equal(errata__rules_new(&rs), 0);
	assert_int_equal(errata__rules_load_file(rs, pack), 0);
	assert_int_equal(errata__rules_prepare(rs), 0);
	f = run_default(rs, "On Sep 15 and Mar. 3 and Thurs., Feb. 5 and Febuary 2 the the end.");
	errata_findings_seal(f, 0);
	assert_int_equal(errata_findings_count(f), 5);
	assert_string_equal(errata_findings_get(f, 0)->suggestions[0], "Sept.");
	assert_string_equal(errata_findings_get(f, 0)->message, "AP style writes \"Sept.\" before a day, not \"Sep\"");
	assert_string_equal(errata_findings_get(f, 1)->suggestions[0], "March");
	assert_string_equal(errata_findings_get(f, 2)->suggestions[0], "Thursday");
	assert_string_equal(errata_findings_get(f, 3)->suggestions[0], "February");
	assert_string_equal(errata_findings_get(f, 3)->message, "\"Febuary\" is misspelt: \"February\"");
	assert_string_equal(errata_findings_get(f, 4)->text, "the the");
	assert_string_equal(errata_findings_get(f, 4)->suggestions[0], "the");
	assert_string_equal(errata_findings_get(f, 4)->message, "doubled word \"the\"");
	errata_findings_free(f);
	/* a suffix after an apostrophe is no first word of a pair: "in 1992 too", "in İzmir too" */
	f = run_default(rs, "Fidan 1992'de de dikilmişti; İzmir’de de yağmur var.");
	assert_int_equal(errata_findings_count(f), 0);
	errata_findings_free(f);
	/* nor a character of a script written without spaces, nor a Turkish reduplication */
	f = run_default(rs, "18時開場\n場所：公園. Sık sık yağmur yağıyor, ama sık sık değil.");
	assert_int_equal(errata_findings_count(f), 0);
	errata_findings_free(f);
	errata__rules_free(rs);
	free(pack);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rules_pattern_flags_and_leaves_alone),
		cmocka_unit_test(test_rules_pattern_named_groups),
		cmocka_unit_test(test_rules_substitution_list),
		cmocka_unit_test(test_rules_substitution_unspaced_script),
		cmocka_unit_test(test_rules_substitution_replace_keeps_case),
		cmocka_unit_test(test_rules_substitution_multiword_and_punctuation),
		cmocka_unit_test(test_rules_substitution_pattern),
		cmocka_unit_test(test_rules_options),
		cmocka_unit_test(test_rules_consistency_first_used),
		cmocka_unit_test(test_rules_consistency_preferred),
		cmocka_unit_test(test_rules_repeated_word),
		cmocka_unit_test(test_rules_repeated_word_leaves_alone),
		cmocka_unit_test(test_rules_words_across_blocks),
		cmocka_unit_test(test_rules_match_limit),
		cmocka_unit_test(test_rules_empty_match_refused),
		cmocka_unit_test(test_rules_disabled_rule_does_not_run),
		cmocka_unit_test(test_rules_bad_packs),
		cmocka_unit_test(test_rules_bad_pack_keeps_earlier_rules),
		cmocka_unit_test(test_rules_missing_folder),
		cmocka_unit_test(test_rules_default_pack_fixtures),
		cmocka_unit_test(test_rules_default_pack_suggestions),
	};

	return cmocka_run_group_tests_name("rules", tests, NULL, NULL);
}
