/*
 * test_reports.c: the report store: filing, status events and their rules,
 * replay order (Lamport clock, then event id), id prefixes, the list cache
 * (rebuilt when the ref moves, ignored when damaged), payload validation;
 * a writer's batch of objects, stored as one pack and still readable from
 * memory until the next batch is stored; its packs rolled up once idle;
 * the memo of what reports learnt of revisions.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cmocka.h>
#include <git2.h>

#include "errata.h"
#include "reports/reports.h"
#include "git_fixture.h"

static char dir[256];
static char head[41];

static int setup(void **state)
{
	git_repository *repo = NULL;

	(void)state;
	/* reports.h routes libgit2's names through errata's table: load it. */
	if (errata__git_init() < 0)
		return -1;
	snprintf(dir, sizeof(dir), "/tmp/errata-reports-XXXXXX");
	if (!mkdtemp(dir) || git_repository_init(&repo, dir, 0) < 0)
		return -1;
	commit_file(repo, "a.md", "The fair opens on Tuesday, January 7, 2026.\n", "Ann", 1767258000,
	            "First", head);
	git_repository_free(repo);
	return 0;
}

static int teardown(void **state)
{
	char cmd[300];

	(void)state;
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	return system(cmd) == 0 ? 0 : -1;
}

static const errata_report *find(errata_repo *repo, errata_reports **set, const char *id)
{
	const errata_report *r = NULL;

	assert_int_equal(errata_reports_load(set, repo), 0);
	assert_int_equal(errata_reports_find(*set, id, &r), 0);
	return r;
}

static void test_reports_add_and_events(void **state)
{
	errata_repo *repo = NULL;
	errata_reports *set = NULL;
	errata_report_input in = ERRATA_REPORT_INPUT_INIT;
	errata_report_options ro = ERRATA_REPORT_OPTIONS_INIT;
	errata_event_input ev = ERRATA_EVENT_INPUT_INIT;
	const errata_report *r;
	char id[ERRATA_REPORT_ID_SIZE], full[ERRATA_REPORT_ID_SIZE];

	(void)state;
	assert_int_equal(errata_repo_open(&repo, dir), 0);
	in.path = "a.md";
	in.quote = "Tuesday,\n January 7";
	in.message = "wrong weekday";
	ro.actor = "Tester <t@example.org>";
	assert_int_equal(errata_report_add(repo, &in, &ro, id), 0);
	assert_int_equal(strlen(id), 16);
	r = find(repo, &set, id);
	assert_string_equal(r->status, "open");
	assert_string_equal(r->rev, head);
	assert_string_equal(r->introduced_in, head);
	assert_int_equal(r->anchored, 1);
	assert_null(r->fixed_in);
	assert_non_null(strstr(r->json, "\"actor\":\"Tester <t@example.org>\""));
	errata_reports_free(set);

	/* Rules: a notice needs a fixed report; fixed needs a real revision. */
	ev.type = ERRATA_EVENT_NOTICE;
	ev.kind = "correction";
	ev.wrong = "Tuesday";
	ev.right = "Wednesday";
	assert_int_equal(errata_report_event(repo, id, &ev, &ro, NULL), ERRATA_EINVALID);
	ev.type = ERRATA_EVENT_FIXED;
	ev.rev = "nope";
	assert_int_equal(errata_report_event(repo, id, &ev, &ro, NULL), ERRATA_ENOTFOUND);
	ev.rev = "HEAD";
	assert_int_equal(errata_report_event(repo, id, &ev, &ro, full), 0);
	assert_string_equal(full, id);
	ev.type = ERRATA_EVENT_NOTICE;
	ev.kind = "apology";
	assert_int_equal(errata_report_event(repo, id, &ev, &ro, NULL), ERRATA_EINVALID);
	ev.kind = "correction";
	assert_int_equal(errata_report_event(repo, id, &ev, &ro, NULL), 0);
	r = find(repo, &set, id);
	assert_string_equal(r->status, "corrected");
	assert_string_equal(r->fixed_in, head);
	assert_non_null(strstr(r->json, "It should have said \\\"Wednesday\\\"."));
	errata_reports_free(set);
	ev.type = ERRATA_EVENT_OPEN;
	assert_int_equal(errata_report_event(repo, id, &ev, &ro, NULL), ERRATA_EUSAGE);
	ev.type = ERRATA_EVENT_COMMENT;
	ev.message = NULL;
	assert_int_equal(errata_report_event(repo, id, &ev, &ro, NULL), ERRATA_EINVALID);
	assert_int_equal(errata_report_event(repo, "zz", &ev, &ro, NULL), ERRATA_EINVALID);
	errata_repo_free(repo);
}

typedef struct {
	const char *id;
} craft;

/* Events written out of order, with equal and multi-digit Lamport clocks. */
static int build_crafted(errata_repo *repo, git_tree *tip, void *payload, errata__event_batch *b)
{
	const char *id = ((craft *)payload)->id;
	static const char *const evs[][3] = {
		{ "1", "1111111111111111", "open" },
		{ "9", "ffffffffffffffff", "confirm" },
		{ "10", "0000000000000001", "reject" },
		{ "10", "0000000000000000", "reopen" },
		{ "2", "aaaaaaaaaaaaaaaa", "comment" },
		/* A clock is valid up to the folder's event count: fill up to 11. */
		{ "3", "3333333333333333", "comment" },
		{ "4", "4444444444444444", "comment" },
		{ "5", "5555555555555555", "comment" },
		{ "6", "6666666666666666", "comment" },
		{ "7", "7777777777777777", "comment" },
		{ "8", "8888888888888888", "comment" },
	};
	char path[128], json[512];

	(void)repo;
	(void)tip;
	for (size_t i = 0; i < sizeof(evs) / sizeof(evs[0]); i++) {
		int n = snprintf(json, sizeof(json),
		                 "{\"version\":1,\"type\":\"%s\",\"report\":\"%s\",\"id\":\"%s\",\"lamport\":%s,"
		                 "\"actor\":\"x\",\"time\":\"2026-01-01T00:00:00Z\",\"path\":\"a.md\","
		                 "\"quote\":\"q\",\"why\":\"no\",\"message\":\"m\"}",
		                 evs[i][2], id, evs[i][1], evs[i][0]);

		errata__reports_event_path(path, id, strtoul(evs[i][0], NULL, 10), evs[i][1]);
		if (errata__batch_add(b, path, json, (size_t)n) < 0)
			return -1;
	}
	errata__reports_event_path(path, id, 11, "2222222222222222");
	return errata__batch_add(b, path, "not json", 8);
}

static void test_reports_replay_order(void **state)
{
	errata_repo *repo = NULL;
	errata_reports *set = NULL;
	craft c = { "abcdef0123456789" };
	const errata_report *r;

	(void)state;
	assert_int_equal(errata_repo_open(&repo, dir), 0);
	assert_int_equal(errata__reports_write(repo, "x", build_crafted, &c), 0);
	r = find(repo, &set, "abcdef");
	/* 1 open, 2 comment, 9 confirm, 10-..00 reopen, 10-..01 reject; damaged event skipped. */
	assert_string_equal(r->status, "rejected");
	assert_non_null(strstr(r->json, "\"events\":[{\"type\":\"open\""));
	assert_non_null(strstr(r->json, "{\"type\":\"comment\",\"id\":\"aaaaaaaaaaaaaaaa\""));
	assert_true(strstr(r->json, "\"type\":\"reopen\"") < strstr(r->json, "\"type\":\"reject\""));
	errata_reports_free(set);
	errata_repo_free(repo);
}

static void die_at(const char *point)
{
	if (strcmp(point, "locked") == 0)
		raise(SIGKILL);
}

static void hold_at(const char *point)
{
	char path[300];
	FILE *f;

	if (strcmp(point, "locked") != 0)
		return;
	snprintf(path, sizeof(path), "%s/holding", dir);
	if ((f = fopen(path, "w")))
		fclose(f);
	sleep(60);
}

/* In a child: comment on report `id` with the test hook set; never returns. */
static pid_t writer_child(const char *id, void (*hook)(const char *))
{
	pid_t pid = fork();

	if (pid == 0) {
		errata_repo *repo = NULL;
		errata_event_input ev = ERRATA_EVENT_INPUT_INIT;

		errata__reports_test_hook = hook;
		ev.type = ERRATA_EVENT_COMMENT;
		ev.message = "from the child";
		_exit(errata_repo_open(&repo, dir) == 0 &&
		      errata_report_event(repo, id, &ev, NULL, NULL) == 0 ? 0 : 3);
	}
	return pid;
}

/*
 * A writer killed while it holds refs/errata/reports.lock, just before the
 * rename: the next writer finds the lock stale (its owner is gone) and
 * removes it; a lock held by a live writer is never taken away.
 */
static void test_reports_stale_lock(void **state)
{
	errata_repo *repo = NULL;
	errata_reports *set = NULL;
	errata_report_input in = ERRATA_REPORT_INPUT_INIT;
	errata_event_input ev = ERRATA_EVENT_INPUT_INIT;
	const errata_report *r;
	char id[ERRATA_REPORT_ID_SIZE], lock[512], holding[300];
	int status = 0, waited = 0;
	pid_t pid;

	(void)state;
	assert_int_equal(errata_repo_open(&repo, dir), 0);
	in.path = "a.md";
	in.quote = "The fair opens";
	assert_int_equal(errata_report_add(repo, &in, NULL, id), 0);
	snprintf(lock, sizeof(lock), "%srefs/errata/reports.lock", errata_repo_gitdir(repo));

	pid = writer_child(id, die_at);
	assert_true(pid > 0);
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
	assert_int_equal(access(lock, F_OK), 0);   /* the killed writer's lock is there */
	ev.type = ERRATA_EVENT_COMMENT;
	ev.message = "after the crash";
	assert_int_equal(errata_report_event(repo, id, &ev, NULL, NULL), 0);
	assert_int_not_equal(access(lock, F_OK), 0);
	r = find(repo, &set, id);
	assert_non_null(strstr(r->json, "\"message\":\"after the crash\""));
	assert_null(strstr(r->json, "from the child"));
	errata_reports_free(set);

	/* A live writer holding the lock: others wait, then say it is locked. */
	snprintf(holding, sizeof(holding), "%s/holding", dir);
	pid = writer_child(id, hold_at);
	assert_true(pid > 0);
	while (access(holding, F_OK) != 0 && waited++ < 1000)
		usleep(10000);
	assert_int_equal(access(holding, F_OK), 0);
	assert_int_equal(errata_report_event(repo, id, &ev, NULL, NULL), ERRATA_ELOCKED);
	assert_int_equal(access(lock, F_OK), 0);
	kill(pid, SIGKILL);
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_int_equal(errata_report_event(repo, id, &ev, NULL, NULL), 0);
	unlink(holding);
	errata_repo_free(repo);
}

/* Clocks: 1 up to the folder's event count; anything else is not an event's. */
static void test_reports_lamport_bound(void **state)
{
	unsigned long l = 7;

	(void)state;
	assert_int_equal(errata__reports_lamport("1-aaaaaaaaaaaaaaaa.json", 1, &l), 1);
	assert_int_equal(l, 1);
	assert_int_equal(errata__reports_lamport("12-aaaaaaaaaaaaaaaa.json", 12, &l), 1);
	assert_int_equal(l, 12);
	assert_int_equal(errata__reports_lamport("13-aaaaaaaaaaaaaaaa.json", 12, &l), 0);
	assert_int_equal(errata__reports_lamport("18446744073709551615-a.json", 1000, &l), 0);
	assert_int_equal(errata__reports_lamport("18446744073709551616-a.json", (size_t)-1, &l), 0);
	assert_int_equal(errata__reports_lamport("999999999999999999999999-a.json", (size_t)-1, &l), 0);
	assert_int_equal(errata__reports_lamport("0-a.json", 3, &l), 0);
	assert_int_equal(errata__reports_lamport("01-a.json", 3, &l), 0);
	assert_int_equal(errata__reports_lamport("-1-a.json", 3, &l), 0);
	assert_int_equal(errata__reports_lamport("2.json", 3, &l), 0);
	assert_int_equal(l, 0);
}

static void test_reports_prefix_and_cache(void **state)
{
	errata_repo *repo = NULL;
	errata_reports *set = NULL;
	errata_report_input in = ERRATA_REPORT_INPUT_INIT;
	errata_event_input ev = ERRATA_EVENT_INPUT_INIT;
	const errata_report *r = NULL;
	char id[ERRATA_REPORT_ID_SIZE], path[512];
	size_t before;
	FILE *f;

	(void)state;
	assert_int_equal(errata_repo_open(&repo, dir), 0);
	assert_int_equal(errata_reports_load(&set, repo), 0);
	before = errata_reports_count(set);
	assert_int_equal(errata_reports_find(set, "", &r), ERRATA_EINVALID);
	assert_int_equal(errata_reports_find(set, "0123456789abcdef0", &r), ERRATA_EINVALID);
	assert_int_equal(errata_reports_find(set, "ffffffffffffffff", &r), ERRATA_ENOTFOUND);
	errata_reports_free(set);

	/* A new report after the cache was written: the cache follows the ref. */
	in.path = "a.md";
	in.quote = "not in the text";
	assert_int_equal(errata_report_add(repo, &in, NULL, id), 0);
	r = find(repo, &set, id);
	assert_int_equal(r->anchored, 0);
	assert_null(r->introduced_in);
	assert_int_equal(errata_reports_count(set), before + 1);
	errata_reports_free(set);
	ev.type = ERRATA_EVENT_REJECT;
	ev.message = "not in the article";
	assert_int_equal(errata_report_event(repo, id, &ev, NULL, NULL), 0);
	r = find(repo, &set, id);
	assert_string_equal(r->status, "rejected");
	errata_reports_free(set);

	/* A damaged cache is ignored and rewritten. */
	snprintf(path, sizeof(path), "%serrata/reports/%.2s", errata_repo_gitdir(repo), id);
	f = fopen(path, "wb");
	assert_non_null(f);
	fputs("errata-reports-shard 1 0000000000000000000000000000000000000000\ngarbage\n", f);
	fclose(f);
	r = find(repo, &set, id);
	assert_string_equal(r->status, "rejected");
	assert_int_equal(errata_reports_count(set), before + 1);
	errata_reports_free(set);

	/*
	 * A cache file cut after its header (or after any line), or with a
	 * line changed, still names the shard's tree: its counts and checksum
	 * show it is not whole, and it is rebuilt.
	 */
	for (int cut = 0; cut < 3; cut++) {
		char *data = NULL, *nl;
		size_t len = 0;

		f = fopen(path, "rb");
		assert_non_null(f);
		data = calloc(1, 1 << 20);
		len = fread(data, 1, (1 << 20) - 1, f);
		fclose(f);
		nl = strchr(data, '\n');
		assert_non_null(nl);
		assert_true(len > (size_t)(nl + 1 - data));
		f = fopen(path, "wb");
		if (cut == 0)
			fwrite(data, 1, (size_t)(nl + 1 - data), f);       /* the header alone */
		else if (cut == 1)
			fwrite(data, 1, len - 1, f);                       /* the last newline lost */
		else {
			char *st = strstr(nl, "\trejected\t");

			assert_non_null(st);
			memcpy(st + 1, "accepted", 8);                    /* a line changed */
			fwrite(data, 1, len, f);
		}
		fclose(f);
		free(data);
		r = find(repo, &set, id);
		assert_string_equal(r->status, "rejected");
		assert_int_equal(errata_reports_count(set), before + 1);
		errata_reports_free(set);
	}
	errata_repo_free(repo);
}

static void test_reports_payload(void **state)
{
	errata_repo *repo = NULL;
	char id[ERRATA_REPORT_ID_SIZE], *big;
	const char *ok = "{\"path\":\"a.md\",\"quote\":\"Tuesday\",\"reporter\":null}";

	(void)state;
	assert_int_equal(errata_repo_open(&repo, dir), 0);
	assert_int_equal(errata_report_add_json(repo, "p", ok, strlen(ok), NULL, id), 0);
	assert_int_equal(errata_report_add_json(repo, "p", "{\"path\":", 8, NULL, id), ERRATA_EINVALID);
	assert_non_null(strstr(errata_error_last(), "p:1:"));
	assert_non_null(strstr(errata_error_last(), ": malformed JSON payload"));
	assert_string_equal(id, "");
	assert_int_equal(errata_report_add_json(repo, "p", "[1]", 3, NULL, id), ERRATA_EINVALID);
	/* a NUL escape would cut the quote short; a second key, trailing text: refused */
	assert_int_equal(errata_report_add_json(repo, "p", "{\"path\":\"a.md\",\"quote\":\"Tues\\u0000day\"}",
	                                        39, NULL, id), ERRATA_EINVALID);
	assert_string_equal(errata_error_last(), "p:1:29: malformed JSON payload: \\u0000 in a string");
	assert_int_equal(errata_report_add_json(repo, "p", "{\"path\":\"a.md\",\"quote\":\"x\",\"quote\":\"y\"}",
	                                        39, NULL, id), ERRATA_EINVALID);
	assert_string_equal(errata_error_last(), "p:1:28: duplicate key \"quote\"");
	assert_int_equal(errata_report_add_json(repo, "p", "{\"path\":\"a.md\",\"quote\":\"x\"} {}",
	                                        30, NULL, id), ERRATA_EINVALID);
	assert_string_equal(errata_error_last(), "p:1:29: malformed JSON payload: text after the end of the value");
	assert_string_equal(id, "");
	assert_int_equal(errata_report_add_json(repo, "p", "{\"path\":\"a.md\",\"quote\":\"x\",\"version\":2}",
	                                        39, NULL, id), ERRATA_EINVALID);
	assert_int_equal(errata_report_add_json(repo, "p", "{\"path\":\"a.md\",\"quote\":\"\\u00ff\xff\"}",
	                                        32, NULL, id), ERRATA_EINVALID);
	assert_int_equal(errata_report_add_json(repo, "p", "{\"path\":\"a.md\",\"quote\":\"x\"}\0", 29, NULL, id),
	                 ERRATA_EINVALID);
	big = malloc(ERRATA_REPORT_MAX_PAYLOAD + 2);
	memset(big, ' ', ERRATA_REPORT_MAX_PAYLOAD + 1);
	big[ERRATA_REPORT_MAX_PAYLOAD + 1] = '\0';
	assert_int_equal(errata_report_add_json(repo, "p", big, ERRATA_REPORT_MAX_PAYLOAD + 1, NULL, id),
	                 ERRATA_ETOOBIG);
	free(big);
	assert_int_equal(errata_report_add_json(repo, "p", "{\"path\":\"a.md\",\"quote\":\"x\"}", 27, NULL, id), 0);
	ok = "{\"path\":\"a.md\",\"quote\":\"x\",\"rev\":\"zz\"}";
	assert_int_equal(errata_report_add_json(repo, "p", ok, strlen(ok), NULL, id),
	                 ERRATA_ENOTFOUND);
	assert_non_null(strstr(errata_error_last(), "p: unknown revision 'zz'"));
	errata_repo_free(repo);
}

static void test_reports_event_names(void **state)
{
	errata_event_type t;

	(void)state;
	assert_int_equal(errata_event_type_parse("duplicate", &t), 0);
	assert_int_equal(t, ERRATA_EVENT_DUPLICATE);
	assert_string_equal(errata_event_type_name(ERRATA_EVENT_NOTICE), "notice");
	assert_int_equal(errata_event_type_parse("delete", &t), ERRATA_EINVALID);
}

/* The cold cache's direct rendering of a lone open event equals the replay's. */
static void test_reports_open_json_matches_replay(void **state)
{
	static const char *const events[] = {
		"{\"type\":\"open\",\"id\":\"e1\",\"lamport\":1,\"actor\":\"A <a@x>\",\"time\":\"2026-01-01T00:00:00Z\","
		"\"path\":\"a.md\",\"rev\":\"r\",\"quote\":\"say \\\"hi\\\"\\n\\u0001 caf\u00e9\",\"anchored\":true,"
		"\"location\":{\"line\":2,\"column\":3,\"offset\":40,\"length\":5},\"introduced_by\":{\"author\":\"B\"},"
		"\"findings\":[{\"rule\":\"date.weekday\",\"line\":2}],\"fixed_in\":\"ignored\"}",
		"{\"type\":\"open\"}",
		"{\"type\":\"open\",\"lamport\":2.5,\"time\":7,\"path\":12,\"message\":null,\"anchored\":\"yes\","
		"\"findings\":null,\"suggest\":[1,\"x\",{}],\"actor\":false,\"id\":[]}",
		"{\"type\":\"open\",\"path\":\"first\",\"path\":\"second\",\"contact\":\"\\t\"}",
		NULL
	};

	(void)state;
	for (size_t i = 0; events[i]; i++) {
		cJSON *st = errata__report_state_new("0123456789abcdef"), *ev = cJSON_Parse(events[i]);
		errata_buf fast = ERRATA_BUF_INIT;
		char *slow;

		assert_non_null(st);
		assert_non_null(ev);
		assert_int_equal(errata__report_apply(st, events[i], strlen(events[i])), 0);
		slow = cJSON_PrintUnformatted(st);
		assert_int_equal(errata__report_open_json(ev, "0123456789abcdef", &fast), 0);
		assert_string_equal(fast.ptr, slow);
		cJSON_free(slow);
		errata_buf_dispose(&fast);
		cJSON_Delete(ev);
		cJSON_Delete(st);
	}
}

/* Whether the reports on `path` from the index are those of the full list. */
static void expect_path_matches(errata_repo *repo, const char *path, size_t want)
{
	errata_reports *all = NULL, *one = NULL;
	size_t k = 0;

	assert_int_equal(errata_reports_load_path(&one, repo, path), 0);
	assert_int_equal(errata_reports_load(&all, repo), 0);
	for (size_t i = 0; i < errata_reports_count(all); i++) {
		const errata_report *a = errata_reports_get(all, i), *b;

		if (strcmp(a->path, path) != 0)
			continue;
		b = errata_reports_get(one, k++);
		assert_non_null(b);
		assert_string_equal(a->id, b->id);
		assert_string_equal(a->status, b->status);
		assert_string_equal(a->quote, b->quote);
		assert_string_equal(a->json, b->json);
	}
	assert_int_equal(k, errata_reports_count(one));
	assert_int_equal(k, want);
	errata_reports_free(all);
	errata_reports_free(one);
}

static void put_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "wb");

	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

static void test_reports_path_index(void **state)
{
	git_repository *git = NULL;
	errata_repo *repo = NULL;
	errata_reports *set = NULL;
	errata_report_input in = ERRATA_REPORT_INPUT_INIT;
	errata_event_input ev = ERRATA_EVENT_INPUT_INIT;
	char id[ERRATA_REPORT_ID_SIZE], ipath[512], hex[41], quote[64];
	size_t on_a;

	(void)state;
	assert_int_equal(git_repository_open(&git, dir), 0);
	commit_file(git, "b\tc.md", "Wednesday, January 8, 2026. More text here.\n", "Ann", 1767268000,
	            "Second", hex);
	git_repository_free(git);
	assert_int_equal(errata_repo_open(&repo, dir), 0);
	assert_int_equal(errata_reports_load_path(&set, repo, "a.md"), 0);
	on_a = errata_reports_count(set);
	assert_true(on_a > 0);
	errata_reports_free(set);
	for (int i = 0; i < 12; i++) {
		snprintf(quote, sizeof(quote), "%s", i % 2 ? "Wednesday, January 8" : "More text");
		in.path = "b\tc.md";
		in.quote = quote;
		assert_int_equal(errata_report_add(repo, &in, NULL, id), 0);
	}
	/* no index yet, then the one the full load wrote */
	snprintf(ipath, sizeof(ipath), "%serrata/reports/paths", errata_repo_gitdir(repo));
	unlink(ipath);
	expect_path_matches(repo, "b\tc.md", 12);
	assert_int_equal(access(ipath, F_OK), 0);
	expect_path_matches(repo, "a.md", on_a);
	expect_path_matches(repo, "b", 0);
	expect_path_matches(repo, "b\tc.mdx", 0);

	/* changed since the index: a new report, and an event on an old one */
	in.path = "a.md";
	in.rev = head;
	in.quote = "not in the text either";
	assert_int_equal(errata_report_add(repo, &in, NULL, id), 0);
	ev.type = ERRATA_EVENT_REJECT;
	ev.message = "no";
	assert_int_equal(errata_report_event(repo, id, &ev, NULL, NULL), 0);
	assert_int_equal(errata_reports_load_path(&set, repo, "a.md"), 0);
	assert_int_equal(errata_reports_count(set), on_a + 1);
	errata_reports_free(set);
	expect_path_matches(repo, "a.md", on_a + 1);

	/* a damaged index, or shard files that changed under it, are not trusted */
	put_file(ipath, "errata-reports-paths 1 garbage\n");
	expect_path_matches(repo, "b\tc.md", 12);
	put_file(ipath, "");
	expect_path_matches(repo, "a.md", on_a + 1);
	{
		char spath[512];

		snprintf(spath, sizeof(spath), "%serrata/reports/%.2s", errata_repo_gitdir(repo), id);
		unlink(spath);
		expect_path_matches(repo, "a.md", on_a + 1);
	}
	errata_repo_free(repo);
}

/*
 * The batch stored last stays readable through the writer's handle from
 * memory (the next batch's parent commit is read from there, not from a
 * pack the handle would first have to find by rescanning the folder);
 * the one before it goes once the next is stored.
 */
static void test_reports_objbatch_keeps_last(void **state)
{
	errata__objbatch *ob = NULL;
	errata_repo *repo = NULL;
	git_odb *odb = NULL;
	git_oid first, second;
	char cmd[600];

	(void)state;
	assert_int_equal(errata_repo_open(&repo, dir), 0);
	assert_int_equal(errata__objbatch_new(&ob, errata_repo_gitdir(repo)), 0);
	assert_int_equal(errata__tree_write_object(errata__objbatch_writer(ob), GIT_OBJECT_BLOB,
	                                           "first batch", 11, &first), 0);
	assert_int_equal(errata__objbatch_store(ob), 0);
	errata__objbatch_discard(ob);   /* as a writer does after each batch */
	/* Its pack gone from disk, the batch is still read from memory. */
	snprintf(cmd, sizeof(cmd), "rm -f '%s'objects/pack/pack-*", errata_repo_gitdir(repo));
	assert_int_equal(system(cmd), 0);
	assert_int_equal(git_repository_odb(&odb, errata__objbatch_repo(ob)->git), 0);
	assert_true(git_odb_exists(odb, &first));
	/* A discarded attempt drops only what it wrote. */
	assert_int_equal(errata__tree_write_object(errata__objbatch_writer(ob), GIT_OBJECT_BLOB,
	                                           "dropped", 7, &second), 0);
	assert_true(git_odb_exists(odb, &second));
	errata__objbatch_discard(ob);
	assert_false(git_odb_exists(odb, &second));
	assert_true(git_odb_exists(odb, &first));
	/* The next batch stored, the first is let go. */
	assert_int_equal(errata__tree_write_object(errata__objbatch_writer(ob), GIT_OBJECT_BLOB,
	                                           "second batch", 12, &second), 0);
	assert_int_equal(errata__objbatch_store(ob), 0);
	assert_true(git_odb_exists(odb, &second));
	assert_false(git_odb_exists(odb, &first));
	git_odb_free(odb);
	errata__objbatch_free(ob);
	errata_repo_free(repo);
}

static size_t count_packs(const char *gitdir)
{
	char cmd[600];
	FILE *p;
	size_t n = 0;

	snprintf(cmd, sizeof(cmd), "ls '%sobjects/pack' | grep -c '\\.idx$'", gitdir);
	p = popen(cmd, "r");
	assert_non_null(p);
	assert_int_equal(fscanf(p, "%zu", &n), 1);
	pclose(p);
	return n;
}

/*
 * The small packs of a busy writer are not rolled up while its batches
 * keep coming (not before 256), only once it is idle: 64 batches leave 64
 * packs and a roll-up due; errata__objbatch_idle() starts it.
 */
static void test_reports_objbatch_roll_up_when_idle(void **state)
{
	errata__objbatch *ob = NULL;
	errata_repo *repo = NULL;
	size_t before;

	(void)state;
	assert_int_equal(errata_repo_open(&repo, dir), 0);
	assert_int_equal(errata__objbatch_pack_dir(repo), 0);
	before = count_packs(errata_repo_gitdir(repo));
	assert_int_equal(errata__objbatch_new(&ob, errata_repo_gitdir(repo)), 0);
	for (int i = 0; i < 64; i++) {
		char text[32];
		git_oid id;

		snprintf(text, sizeof(text), "batch %d", i);
		assert_int_equal(errata__tree_write_object(errata__objbatch_writer(ob), GIT_OBJECT_BLOB,
		                                           text, strlen(text), &id), 0);
		assert_int_equal(errata__objbatch_store(ob), 0);
		assert_int_equal(errata__objbatch_roll_up_due(ob), i == 63);
	}
	assert_int_equal(count_packs(errata_repo_gitdir(repo)), before + 64);
	assert_int_equal(errata__objbatch_idle(ob), 0);
	assert_int_equal(errata__objbatch_roll_up_due(ob), 0);
	errata__objbatch_free(ob);   /* waits for the roll-up */
	assert_true(count_packs(errata_repo_gitdir(repo)) < before + 64);
	errata_repo_free(repo);
}

/*
 * The memo of what reports learnt of revisions: a copy in, a copy out
 * (the caller's facts are its own), the same key replaced, the oldest
 * entry let go first once full.
 */
static void test_reports_memo(void **state)
{
	errata__report_memo *m = NULL;
	errata__report_facts f, got;
	char rev[41];

	(void)state;
	assert_int_equal(errata__report_memo_new(&m, 2), 0);
	assert_int_equal(errata__report_memo_get(m, "a", "p.md", "q", &got), 0);
	memset(&f, 0, sizeof(f));
	f.anchored = 1;
	f.offset = 10;
	f.length = 5;
	f.line = 3;
	f.column = 7;
	f.introduced.author = (char *)"Ann";
	f.introduced.subject = (char *)"First";
	f.introduced.time = 1767258000;
	f.findings = cJSON_CreateArray();
	cJSON_AddItemToArray(f.findings, cJSON_CreateString("a finding"));
	errata__report_memo_put(m, "a", "p.md", "q", &f);
	cJSON_Delete(f.findings);
	f.findings = NULL;
	assert_int_equal(errata__report_memo_get(m, "a", "p.md", "q", &got), 1);
	assert_int_equal(got.anchored, 1);
	assert_int_equal(got.offset, 10);
	assert_int_equal(got.line, 3);
	assert_string_equal(got.introduced.author, "Ann");
	assert_null(got.introduced.email);
	assert_null(got.config);
	assert_int_equal(cJSON_GetArraySize(got.findings), 1);
	errata__report_facts_dispose(&got);
	/* Another path, quote or revision is another key. */
	assert_int_equal(errata__report_memo_get(m, "a", "p.md", "q2", &got), 0);
	assert_int_equal(errata__report_memo_get(m, "a", "p2.md", "q", &got), 0);
	assert_int_equal(errata__report_memo_get(m, "b", "p.md", "q", &got), 0);
	/* The same key again: replaced. */
	f.config = (char *)"blob:0123";
	errata__report_memo_put(m, "a", "p.md", "q", &f);
	assert_int_equal(errata__report_memo_get(m, "a", "p.md", "q", &got), 1);
	assert_string_equal(got.config, "blob:0123");
	assert_null(got.findings);
	errata__report_facts_dispose(&got);
	/* Two more keys in a memo of two: the first is let go. */
	f.config = NULL;
	errata__report_memo_put(m, "b", "p.md", "q", &f);
	for (int i = 0; i < 2; i++) {
		snprintf(rev, sizeof(rev), "c%d", i);
		errata__report_memo_put(m, rev, "p.md", "q", &f);
	}
	assert_int_equal(errata__report_memo_get(m, "a", "p.md", "q", &got), 0);
	assert_int_equal(errata__report_memo_get(m, "b", "p.md", "q", &got), 0);
	assert_int_equal(errata__report_memo_get(m, "c1", "p.md", "q", &got), 1);
	errata__report_facts_dispose(&got);
	errata__report_memo_free(m);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_reports_add_and_events),
		cmocka_unit_test(test_reports_replay_order),
		cmocka_unit_test(test_reports_lamport_bound),
		cmocka_unit_test(test_reports_stale_lock),
		cmocka_unit_test(test_reports_prefix_and_cache),
		cmocka_unit_test(test_reports_payload),
		cmocka_unit_test(test_reports_event_names),
		cmocka_unit_test(test_reports_open_json_matches_replay),
		cmocka_unit_test(test_reports_path_index),
		cmocka_unit_test(test_reports_objbatch_keeps_last),
		cmocka_unit_test(test_reports_objbatch_roll_up_when_idle),
		cmocka_unit_test(test_reports_memo),
	};

	return cmocka_run_group_tests_name("reports", tests, setup, teardown);
}
