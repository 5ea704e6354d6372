/*
 * test_checker.c: the checker pipeline and its configuration:
 * .errata.json (every key, discovery, errors), rule folders, enable and
 * disable by id and prefix, severity overrides, the rule listing,
 * suppression comments, the minimum severity, and the choice of language
 * and article date.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "checks/check.h"
#include "common.h"
#include "errata/checker.h"
#include "rules/config.h"

static char tmp[256];

static int setup(void **state)
{
	(void)state;
	snprintf(tmp, sizeof(tmp), "/tmp/errata-checker-XXXXXX");
	if (!mkdtemp(tmp))
		return -1;
	return 0;
}

static int teardown(void **state)
{
	char cmd[300];

	(void)state;
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", tmp);
	return system(cmd) == 0 ? 0 : -1;
}

/* Write tmp/rel (making folders) and return its full path (static buffer). */
static const char *put(const char *rel, const char *content)
{
	static char path[512];
	char *slash;
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s", tmp, rel);
	for (slash = strchr(path + strlen(tmp) + 1, '/'); slash; slash = strchr(slash + 1, '/')) {
		*slash = '\0';
		mkdir(path, 0755);
		*slash = '/';
	}
	f = fopen(path, "wb");
	assert_non_null(f);
	fputs(content, f);
	fclose(f);
	return path;
}

static const char *at(const char *rel)
{
	static char path[512];

	snprintf(path, sizeof(path), "%s/%s", tmp, rel);
	return path;
}

#define PACK_TWO "{\"pack\":\"house\",\"version\":1,\"rules\":[" \
	"{\"id\":\"house.teh\",\"type\":\"pattern\",\"severity\":\"error\",\"message\":\"typo\",\"pattern\":\"\\\\bteh\\\\b\",\"link\":\"https://example.org/teh\",\"summary\":\"the typo teh\"}," \
	"{\"id\":\"house.utilize\",\"type\":\"substitution\",\"severity\":\"info\",\"from\":[\"utilize\"],\"to\":\"use\"}," \
	"{\"id\":\"other.off\",\"type\":\"pattern\",\"message\":\"off\",\"pattern\":\"zzz\",\"enabled\":false}]}"

static errata_findings *check_text(errata_checker *c, const char *name, const char *text)
{
	errata_doc *doc = NULL;
	errata_findings *out = NULL;

	assert_int_equal(errata_doc_load_buffer(&doc, name, text, strlen(text), NULL), 0);
	assert_int_equal(errata_findings_new(&out), 0);
	assert_int_equal(errata_checker_check(c, doc, out), 0);
	errata_doc_free(doc);
	return out;
}

static const errata_rule_info *rule_named(const errata_checker *c, const char *id)
{
	for (size_t i = 0; i < errata_checker_rule_count(c); i++)
		if (strcmp(errata_checker_rule(c, i)->id, id) == 0)
			return errata_checker_rule(c, i);
	return NULL;
}

static void test_checker_config_every_key(void **state)
{
	errata__config *cfg = NULL;
	const char *json =
		"{\"lang\":\"fr\",\"date_order\":\"dmy\",\"rules\":[\"house\",\"/abs/rules\"],"
		"\"enable\":[\"other.off\"],\"disable\":[\"date.\"],"
		"\"severity\":{\"house.teh\":\"warning\",\"date.\":\"info\"},"
		"\"facts\":[\"facts/people.json\"],\"max_size\":1048576}";

	(void)state;
	assert_int_equal(errata__config_load_buffer(&cfg, "/news/site/.errata.json", json, strlen(json)), 0);
	assert_string_equal(cfg->lang, "fr");
	assert_int_equal(cfg->order, ERRATA_ORDER_DMY);
	assert_int_equal(cfg->rule_dir_count, 2);
	assert_string_equal(cfg->rule_dirs[0], "/news/site/house");
	assert_string_equal(cfg->rule_dirs[1], "/abs/rules");
	assert_int_equal(cfg->enable_count, 1);
	assert_string_equal(cfg->enable[0], "other.off");
	assert_int_equal(cfg->disable_count, 1);
	assert_string_equal(cfg->disable[0], "date.");
	assert_int_equal(cfg->severity_count, 2);
	assert_string_equal(cfg->severity_ids[1], "date.");
	assert_int_equal(cfg->severity_values[0], ERRATA_SEVERITY_WARNING);
	assert_int_equal(cfg->severity_values[1], ERRATA_SEVERITY_INFO);
	assert_int_equal(cfg->facts_count, 1);
	assert_string_equal(cfg->facts[0], "/news/site/facts/people.json");
	assert_int_equal(cfg->max_size, 1048576);
	errata__config_free(cfg);

	/* date_order mdy and auto; an empty object is fine */
	assert_int_equal(errata__config_load_buffer(&cfg, "c.json", "{\"date_order\":\"mdy\"}", 20), 0);
	assert_int_equal(cfg->order, ERRATA_ORDER_MDY);
	errata__config_free(cfg);
	assert_int_equal(errata__config_load_buffer(&cfg, "c.json", "{}", 2), 0);
	assert_null(cfg->lang);
	assert_int_equal(cfg->order, ERRATA_ORDER_AUTO);
	assert_string_equal(cfg->path, "c.json");
	errata__config_free(cfg);
}

static void expect_config_error(const char *json, const char *message)
{
	errata__config *cfg = NULL;

	assert_int_equal(errata__config_load_buffer(&cfg, "site/.errata.json", json, strlen(json)),
	                 ERRATA_EINVALID);
	assert_null(cfg);
	assert_string_equal(errata_error_last(), message);
}

static void test_checker_config_errors(void **state)
{
	(void)state;
	expect_config_error("{\"lang\": \"en\",\n \"disabel\": [\"x\"]}",
	                    "site/.errata.json: unknown key 'disabel' (known: lang, messages, date_order, rules, enable, disable, severity, facts, max_size)");
	expect_config_error("{\"lang\": \"en\"\n \"rules\": []}", "site/.errata.json:2:2: invalid JSON");
	expect_config_error("[1]", "site/.errata.json: a config is a JSON object");
	expect_config_error("{\"date_order\":\"ydm\"}",
	                    "site/.errata.json: \"date_order\" must be \"mdy\", \"dmy\", \"ymd\" or \"auto\"");
	expect_config_error("{\"lang\":3}", "site/.errata.json: \"lang\" must be a language code such as \"en\"");
	expect_config_error("{\"rules\":\"house\"}", "site/.errata.json: \"rules\" must be an array of strings");
	expect_config_error("{\"disable\":[1]}", "site/.errata.json: \"disable\" must be an array of non-empty strings");
	expect_config_error("{\"severity\":{\"a.b\":\"fatal\"}}",
	                    "site/.errata.json: \"severity\": 'a.b' must be \"error\", \"warning\" or \"info\"");
	expect_config_error("{\"severity\":[]}",
	                    "site/.errata.json: \"severity\" must be an object of rule ids and severities");
	expect_config_error("{\"max_size\":-5}", "site/.errata.json: \"max_size\" must be a positive number of bytes");
	expect_config_error("{\"disable\":[\"a\"],\"disable\":[\"b\"]}", "site/.errata.json:1:18: duplicate key \"disable\"");
	expect_config_error("{\"max_size\":1.5}", "site/.errata.json: \"max_size\" must be a positive number of bytes");
}

static void test_checker_config_find(void **state)
{
	char *found = NULL;
	char want[512];

	(void)state;
	put("site/.errata.json", "{}");
	put("site/news/2026/a.md", "text");
	assert_int_equal(errata_config_find(&found, at("site/news/2026")), 0);
	assert_non_null(found);
	assert_non_null(realpath(at("site/.errata.json"), want));
	assert_string_equal(found, want);
	free(found);
	/* the nearest one wins */
	put("site/news/.errata.json", "{}");
	assert_int_equal(errata_config_find(&found, at("site/news/2026")), 0);
	assert_non_null(strstr(found, "/site/news/.errata.json"));
	free(found);
	/* a folder named .errata.json is not a config: said, not skipped */
	mkdir(at("lonely"), 0755);
	mkdir(at("lonely/.errata.json"), 0755);
	assert_int_equal(errata_config_find(&found, at("lonely")), ERRATA_EINVALID);
	assert_null(found);
	assert_non_null(strstr(errata_error_last(), "lonely/.errata.json: is a folder, not a configuration file"));
	/* a folder that does not exist holds no config (loading the article
	 * there fails with the message that matters) */
	assert_int_equal(errata_config_find(&found, at("missing/folder")), 0);
	assert_null(found);
	/* a link to a config is one, named as the link; a link to nothing is said */
	put("linked/real.json", "{}");
	mkdir(at("linked/deep"), 0755);
	assert_int_equal(symlink("real.json", at("linked/.errata.json")), 0);
	assert_int_equal(errata_config_find(&found, at("linked/deep")), 0);
	assert_non_null(found);
	assert_non_null(strstr(found, "/linked/.errata.json"));
	free(found);
	mkdir(at("dangling"), 0755);
	assert_int_equal(symlink("gone.json", at("dangling/.errata.json")), 0);
	assert_int_equal(errata_config_find(&found, at("dangling")), ERRATA_EINVALID);
	assert_null(found);
	assert_non_null(strstr(errata_error_last(),
	                       "dangling/.errata.json: a symbolic link to a file that does not exist"));
}

static void test_checker_rules_and_listing(void **state)
{
	errata_checker_options o = ERRATA_CHECKER_OPTIONS_INIT;
	errata_checker *c = NULL;
	const errata_rule_info *r;
	const char *dirs[1];
	size_t builtin = 0;

	(void)state;
	put("packs1/house.json", PACK_TWO);
	dirs[0] = at("packs1");
	o.rule_dirs = dirs;
	o.rule_dir_count = 1;
	o.no_default_packs = 1;
	assert_int_equal(errata_checker_new(&c, &o), 0);
	while (errata__checks[builtin])
		builtin++;
	assert_int_equal(errata_checker_rule_count(c), builtin + 3);
	assert_string_equal(errata_checker_rule(c, 0)->id, "date.weekday");
	assert_string_equal(errata_checker_rule(c, 1)->id, "date.weekday_day");
	assert_string_equal(errata_checker_rule(c, 2)->id, "date.invalid");
	r = rule_named(c, "house.teh");
	assert_non_null(r);
	assert_int_equal(r->severity, ERRATA_SEVERITY_ERROR);
	assert_string_equal(r->summary, "the typo teh");
	assert_string_equal(r->help_uri, "https://example.org/teh");
	assert_true(r->enabled);
	r = rule_named(c, "house.utilize");
	assert_string_equal(r->summary, "use \"${suggestion}\", not \"$0\"");
	assert_null(r->help_uri);
	assert_false(rule_named(c, "other.off")->enabled);
	assert_true(rule_named(c, "date.weekday")->enabled);
	assert_int_equal(rule_named(c, "date.weekday")->severity, ERRATA_SEVERITY_ERROR);
	assert_null(errata_checker_rule(c, builtin + 3));
	assert_int_equal(errata_checker_max_size(c), 0);
	errata_checker_free(c);
}

static void test_checker_default_packs(void **state)
{
	errata_checker *c = NULL;
	const errata_rule_info *r;

	(void)state;
	/* NULL options: the data folder's packs/ (here the source tree's rules/) */
	assert_int_equal(errata_checker_new(&c, NULL), 0);
	r = rule_named(c, "style.doubled-word");
	assert_non_null(r);
	assert_true(r->enabled);
	assert_int_equal(r->severity, ERRATA_SEVERITY_WARNING);
	assert_string_equal(r->summary, "the same word twice in a row");
	assert_non_null(rule_named(c, "spelling.month-weekday"));
	errata_checker_free(c);
}

static void test_checker_enable_disable_severity(void **state)
{
	errata_checker_options o = ERRATA_CHECKER_OPTIONS_INIT;
	errata_checker *c = NULL;
	const char *en[] = { "house.utilize" };
	const char *dis[] = { "house." };
	char cfgpath[512];

	(void)state;
	put("site/rules/house.json", PACK_TWO);
	snprintf(cfgpath, sizeof(cfgpath), "%s",
	         put("site/.errata.json",
	             "{\"rules\":[\"rules\"],\"disable\":[\"date.\",\"house.teh\"],\"enable\":[\"other.off\",\"date.invalid\"],"
	             "\"severity\":{\"house.\":\"warning\",\"house.utilize\":\"error\"},\"max_size\":4096}"));
	o.config_path = cfgpath;
	o.no_default_packs = 1;
	assert_int_equal(errata_checker_new(&c, &o), 0);
	/* the more specific entry wins: date.invalid on, date.weekday off */
	assert_false(rule_named(c, "date.weekday")->enabled);
	assert_true(rule_named(c, "date.invalid")->enabled);
	assert_false(rule_named(c, "house.teh")->enabled);
	assert_true(rule_named(c, "other.off")->enabled);
	assert_int_equal(rule_named(c, "house.teh")->severity, ERRATA_SEVERITY_WARNING);
	assert_int_equal(rule_named(c, "house.utilize")->severity, ERRATA_SEVERITY_ERROR);
	assert_int_equal(errata_checker_max_size(c), 4096);
	errata_checker_free(c);

	/* the options override the config */
	o.enable = en;
	o.enable_count = 1;
	o.disable = dis;
	o.disable_count = 1;
	assert_int_equal(errata_checker_new(&c, &o), 0);
	assert_false(rule_named(c, "house.teh")->enabled);
	assert_true(rule_named(c, "house.utilize")->enabled);
	errata_checker_free(c);

	/* "*" turns everything off; an id turns one back on */
	{
		const char *all[] = { "*" };
		const char *one[] = { "house.teh" };

		o.disable = all;
		o.enable = one;
		assert_int_equal(errata_checker_new(&c, &o), 0);
		assert_false(rule_named(c, "date.invalid")->enabled);
		assert_false(rule_named(c, "other.off")->enabled);
		assert_true(rule_named(c, "house.teh")->enabled);
		errata_checker_free(c);
	}
}

static void test_checker_unknown_rule_names(void **state)
{
	errata_checker_options o = ERRATA_CHECKER_OPTIONS_INIT;
	errata_checker *c = NULL;
	const char *dis[] = { "date.weekdya" };
	const char *pre[] = { "nosuch." };
	char cfgpath[512];

	(void)state;
	o.no_default_packs = 1;
	o.disable = dis;
	o.disable_count = 1;
	assert_int_equal(errata_checker_new(&c, &o), ERRATA_EINVALID);
	assert_null(c);
	assert_string_equal(errata_error_last(), "unknown rule 'date.weekdya' to disable");
	o.disable = NULL;
	o.disable_count = 0;
	o.enable = pre;
	o.enable_count = 1;
	assert_int_equal(errata_checker_new(&c, &o), ERRATA_EINVALID);
	assert_string_equal(errata_error_last(), "unknown rule 'nosuch.' to enable");
	o.enable = NULL;
	o.enable_count = 0;
	snprintf(cfgpath, sizeof(cfgpath), "%s", put("u/.errata.json", "{\"severity\":{\"date.weekday.x\":\"info\"}}"));
	o.config_path = cfgpath;
	assert_int_equal(errata_checker_new(&c, &o), ERRATA_EINVALID);
	assert_non_null(strstr(errata_error_last(), "u/.errata.json: unknown rule 'date.weekday.x' in \"severity\""));
}

static void test_checker_bad_inputs(void **state)
{
	errata_checker_options o = ERRATA_CHECKER_OPTIONS_INIT;
	errata_checker *c = NULL;
	const char *dirs[1];
	char cfgpath[512];

	(void)state;
	o.no_default_packs = 1;
	/* a rule folder that does not exist */
	dirs[0] = at("nowhere");
	o.rule_dirs = dirs;
	o.rule_dir_count = 1;
	assert_int_equal(errata_checker_new(&c, &o), ERRATA_ENOTFOUND);
	/* a broken pack names its file */
	put("broken/p.json", "{\"rules\":[{\"id\":\"a.b\",\"type\":\"pattern\",\"message\":\"m\",\"pattern\":\"[\"}]}");
	dirs[0] = at("broken");
	assert_int_equal(errata_checker_new(&c, &o), ERRATA_EINVALID);
	assert_non_null(strstr(errata_error_last(), "broken/p.json: rule 'a.b': pattern error at offset 1: "));
	/* a pack rule may not take a built-in check's id */
	put("clash/p.json", "{\"rules\":[{\"id\":\"date.weekday\",\"type\":\"pattern\",\"message\":\"m\",\"pattern\":\"x\"}]}");
	dirs[0] = at("clash");
	assert_int_equal(errata_checker_new(&c, &o), ERRATA_EINVALID);
	assert_non_null(strstr(errata_error_last(), "rule 'date.weekday': duplicate id"));
	/* a missing or broken config */
	o.rule_dir_count = 0;
	o.config_path = at("none/.errata.json");
	assert_int_equal(errata_checker_new(&c, &o), ERRATA_ENOTFOUND);
	snprintf(cfgpath, sizeof(cfgpath), "%s", put("bad/.errata.json", "{\"lang\":\"en\",}"));
	o.config_path = cfgpath;
	assert_int_equal(errata_checker_new(&c, &o), ERRATA_EINVALID);
	assert_non_null(strstr(errata_error_last(), "bad/.errata.json:1:14: invalid JSON"));
	/* a config rule folder that does not exist */
	snprintf(cfgpath, sizeof(cfgpath), "%s", put("bad2/.errata.json", "{\"rules\":[\"gone\"]}"));
	assert_int_equal(errata_checker_new(&c, &o), ERRATA_ENOTFOUND);
	assert_non_null(strstr(errata_error_last(), "bad2/gone: cannot open rule folder"));
	/* options of another version */
	o.version = 99;
	assert_int_equal(errata_checker_new(&c, &o), ERRATA_EUSAGE);
	assert_null(c);
}

static void test_checker_min_severity_and_sorting(void **state)
{
	errata_checker_options o = ERRATA_CHECKER_OPTIONS_INIT;
	errata_checker *c = NULL;
	errata_findings *f;
	const char *dirs[1];

	(void)state;
	put("packs2/house.json", PACK_TWO);
	dirs[0] = at("packs2");
	o.rule_dirs = dirs;
	o.rule_dir_count = 1;
	o.no_default_packs = 1;
	assert_int_equal(errata_checker_new(&c, &o), 0);
	f = check_text(c, "a.txt", "We utilize teh tools.");
	assert_int_equal(errata_findings_count(f), 2);
	assert_string_equal(errata_findings_get(f, 0)->rule, "house.utilize");
	assert_string_equal(errata_findings_get(f, 1)->rule, "house.teh");
	assert_int_equal(strlen(errata_findings_get(f, 1)->fingerprint), 16);
	errata_findings_free(f);
	errata_checker_free(c);

	o.min_severity = ERRATA_SEVERITY_WARNING;
	assert_int_equal(errata_checker_new(&c, &o), 0);
	f = check_text(c, "a.txt", "We utilize teh tools.");
	assert_int_equal(errata_findings_count(f), 1);
	assert_string_equal(errata_findings_get(f, 0)->rule, "house.teh");
	errata_findings_free(f);
	errata_checker_free(c);
}

static void test_checker_suppression_comments(void **state)
{
	errata_checker_options o = ERRATA_CHECKER_OPTIONS_INIT;
	errata_checker *c = NULL;
	errata_findings *f;
	const char *dirs[1];
	const char *md =
		"teh one\n"
		"<!-- errata-disable-next-line house.teh -->\n"
		"teh two\n"
		"<!-- errata-disable -->\n"
		"teh three, we utilize\n"
		"<!-- errata-enable -->\n"
		"teh four\n";

	(void)state;
	put("packs3/house.json", PACK_TWO);
	dirs[0] = at("packs3");
	o.rule_dirs = dirs;
	o.rule_dir_count = 1;
	o.no_default_packs = 1;
	assert_int_equal(errata_checker_new(&c, &o), 0);
	f = check_text(c, "a.md", md);
	assert_int_equal(errata_findings_count(f), 2);
	assert_int_equal(errata_findings_get(f, 0)->line, 1);
	assert_int_equal(errata_findings_get(f, 1)->line, 7);
	errata_findings_free(f);
	errata_checker_free(c);
}

static void test_checker_prose_only(void **state)
{
	errata_checker_options o = ERRATA_CHECKER_OPTIONS_INIT;
	errata_checker *c = NULL;
	errata_findings *f;
	const char *dirs[1];

	(void)state;
	put("packs4/house.json", PACK_TWO);
	dirs[0] = at("packs4");
	o.rule_dirs = dirs;
	o.rule_dir_count = 1;
	o.no_default_packs = 1;
	assert_int_equal(errata_checker_new(&c, &o), 0);
	f = check_text(c, "a.md", "Code `teh` and\n\n```\nteh\n```\n\n[link](https://teh.example/teh) but teh here.\n");
	assert_int_equal(errata_findings_count(f), 1);
	assert_int_equal(errata_findings_get(f, 0)->line, 7);
	errata_findings_free(f);
	errata_checker_free(c);
}

/* A wrong weekday, judged only when the year can be known. */
static void test_checker_language_and_anchor(void **state)
{
	errata_checker_options o = ERRATA_CHECKER_OPTIONS_INIT;
	errata_checker *c = NULL;
	errata_findings *f;

	(void)state;
	o.no_default_packs = 1;
	assert_int_equal(errata_checker_new(&c, &o), 0);
	/* no anchor: the year-less date is not judged */
	f = check_text(c, "a.md", "The talks are on Thursday, Jan. 7.\n");
	assert_int_equal(errata_findings_count(f), 0);
	errata_findings_free(f);
	/* the front matter's date is the anchor: January 7, 2027 is a Thursday */
	f = check_text(c, "a.md", "---\ndate: 2026-11-27\n---\nThe talks are on Thursday, Jan. 7.\n");
	assert_int_equal(errata_findings_count(f), 0);
	errata_findings_free(f);
	f = check_text(c, "a.md", "---\ndate: 2026-01-02T10:00:00Z\n---\nThe talks are on Thursday, Jan. 7.\n");
	assert_int_equal(errata_findings_count(f), 1);
	assert_string_equal(errata_findings_get(f, 0)->rule, "date.weekday");
	assert_string_equal(errata_findings_get(f, 0)->message,
	                    "January 7, 2026 is a Wednesday, not a Thursday");
	errata_findings_free(f);
	/* a language without a table: date checks are skipped, and one info finding says so */
	f = check_text(c, "a.md", "---\nlang: xx\ndate: 2026-01-02\n---\nThe talks are on Thursday, Jan. 7.\n");
	assert_int_equal(errata_findings_count(f), 1);
	assert_string_equal(errata_findings_get(f, 0)->rule, "date.language");
	assert_int_equal(errata_findings_get(f, 0)->severity, ERRATA_SEVERITY_INFO);
	assert_int_equal(errata_findings_get(f, 0)->line, 2);
	assert_int_equal(errata_findings_get(f, 0)->column, 7);
	assert_string_equal(errata_findings_get(f, 0)->text, "xx");
	assert_non_null(strstr(errata_findings_get(f, 0)->message, "language 'xx'"));
	errata_findings_free(f);
	/* in HTML, at the lang attribute */
	f = check_text(c, "a.html", "<html lang=\"xx\"><body><p>On Thursday, Jan. 7.</p></body></html>\n");
	assert_int_equal(errata_findings_count(f), 1);
	assert_string_equal(errata_findings_get(f, 0)->text, "xx");
	assert_int_equal(errata_findings_get(f, 0)->column, 13);
	errata_findings_free(f);
	/* a regional code falls back to its language */
	f = check_text(c, "a.md", "---\nlang: en-GB\ndate: 2026-01-02\n---\nThe talks are on Thursday, Jan. 7.\n");
	assert_int_equal(errata_findings_count(f), 1);
	errata_findings_free(f);
	errata_checker_free(c);

	/* date.language is turned off like any rule */
	{
		const char *off[] = { "date.language" };

		o.disable = off;
		o.disable_count = 1;
		assert_int_equal(errata_checker_new(&c, &o), 0);
		f = check_text(c, "a.md", "---\nlang: xx\n---\nOn Thursday, Jan. 7.\n");
		assert_int_equal(errata_findings_count(f), 0);
		errata_findings_free(f);
		errata_checker_free(c);
		o.disable = NULL;
		o.disable_count = 0;
	}

	/* the options' date is used when the front matter has none */
	o.date.year = 2026;
	o.date.month = 1;
	o.date.day = 2;
	assert_int_equal(errata_checker_new(&c, &o), 0);
	f = check_text(c, "a.txt", "The talks are on Thursday, Jan. 7.\n");
	assert_int_equal(errata_findings_count(f), 1);
	errata_findings_free(f);
	errata_checker_free(c);

	/* a language with no locale table is refused up front */
	o.lang = "xx";
	assert_int_equal(errata_checker_new(&c, &o), ERRATA_EINVALID);
	assert_non_null(strstr(errata_error_last(), "--lang: no locale table for language 'xx'"));

	/* options' language beats the front matter: French tables do not
	 * read the English date */
	o.lang = "fr";
	assert_int_equal(errata_checker_new(&c, &o), 0);
	f = check_text(c, "a.md", "---\nlang: en\n---\nThe talks are on Thursday, Jan. 7.\n");
	assert_int_equal(errata_findings_count(f), 0);
	errata_findings_free(f);
	errata_checker_free(c);
}

static void test_checker_config_language(void **state)
{
	errata_checker_options o = ERRATA_CHECKER_OPTIONS_INIT;
	errata_checker *c = NULL;
	errata_findings *f;
	char cfgpath[512];

	(void)state;
	snprintf(cfgpath, sizeof(cfgpath), "%s", put("lang/.errata.json", "{\"lang\":\"xx\"}"));
	o.config_path = cfgpath;
	o.no_default_packs = 1;
	/* a config naming a language with no table is refused, naming the file */
	assert_int_equal(errata_checker_new(&c, &o), ERRATA_EINVALID);
	assert_non_null(strstr(errata_error_last(), ".errata.json: no locale table"));
	snprintf(cfgpath, sizeof(cfgpath), "%s", put("lang/.errata.json", "{\"lang\":\"fr\"}"));
	o.config_path = cfgpath;
	o.no_default_packs = 1;
	o.date.year = 2026;
	o.date.month = 1;
	o.date.day = 2;
	assert_int_equal(errata_checker_new(&c, &o), 0);
	/* the config's language (French) does not read the English date */
	f = check_text(c, "a.txt", "The talks are on Thursday, Jan. 7.\n");
	assert_int_equal(errata_findings_count(f), 0);
	errata_findings_free(f);
	/* the front matter beats the config */
	f = check_text(c, "a.md", "---\nlang: en\n---\nThe talks are on Thursday, Jan. 7.\n");
	assert_int_equal(errata_findings_count(f), 1);
	errata_findings_free(f);
	errata_checker_free(c);
}

static void test_checker_config_date_order(void **state)
{
	errata_checker_options o = ERRATA_CHECKER_OPTIONS_INIT;
	errata_checker *c = NULL;
	errata_findings *f;
	const errata_finding *x;
	char cfgpath[512];

	(void)state;
	snprintf(cfgpath, sizeof(cfgpath), "%s", put("order/.errata.json", "{\"date_order\":\"dmy\"}"));
	o.config_path = cfgpath;
	o.no_default_packs = 1;
	assert_int_equal(errata_checker_new(&c, &o), 0);
	/* day first: 7/1/2026 is 7 January 2026, a Wednesday */
	f = check_text(c, "a.txt", "We met on Wednesday, 7/1/2026.");
	assert_int_equal(errata_findings_count(f), 0);
	errata_findings_free(f);
	f = check_text(c, "a.txt", "We met on Tuesday, 7/1/2026.");
	assert_int_equal(errata_findings_count(f), 1);
	x = errata_findings_get(f, 0);
	assert_string_equal(x->message, "January 7, 2026 is a Wednesday, not a Tuesday");
	assert_string_equal(x->suggestions[0], "Wednesday, 7/1/2026");
	assert_string_equal(x->suggestions[1], "Tuesday, 6/1/2026");
	errata_findings_free(f);
	errata_checker_free(c);

	/* the options' order beats the config's */
	o.order = ERRATA_ORDER_MDY;
	assert_int_equal(errata_checker_new(&c, &o), 0);
	f = check_text(c, "a.txt", "We met on Tuesday, 7/1/2026.");
	assert_int_equal(errata_findings_count(f), 1);
	assert_string_equal(errata_findings_get(f, 0)->message, "July 1, 2026 is a Wednesday, not a Tuesday");
	errata_findings_free(f);
	errata_checker_free(c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_checker_config_every_key),
		cmocka_unit_test(test_checker_config_errors),
		cmocka_unit_test(test_checker_config_find),
		cmocka_unit_test(test_checker_rules_and_listing),
		cmocka_unit_test(test_checker_default_packs),
		cmocka_unit_test(test_checker_enable_disable_severity),
		cmocka_unit_test(test_checker_unknown_rule_names),
		cmocka_unit_test(test_checker_bad_inputs),
		cmocka_unit_test(test_checker_min_severity_and_sorting),
		cmocka_unit_test(test_checker_suppression_comments),
		cmocka_unit_test(test_checker_prose_only),
		cmocka_unit_test(test_checker_language_and_anchor),
		cmocka_unit_test(test_checker_config_language),
		cmocka_unit_test(test_checker_config_date_order),
	};

	return cmocka_run_group_tests_name("checker", tests, setup, teardown);
}
