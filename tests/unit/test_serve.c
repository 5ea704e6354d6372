/*
 * test_serve.c: the parts of the HTTP service that take no network: form
 * decoding, HTML escaping, the token bucket and the config file; and, on
 * a loopback port, the checkers the server shares out between threads
 * (no more than the processors, however many reports come at once).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <pthread.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <cmocka.h>

#include "errata.h"
#include "serve/http.h"

static void test_serve_form_decoding(void **state)
{
	errata__form f;
	const char body[] = "quote=The+festival+opens%2C+Monday&empty=&bare&&message=caf%C3%A9+%26+more&quote=second";

	(void)state;
	assert_int_equal(errata__form_parse(&f, body, strlen(body)), 0);
	assert_string_equal(errata__form_get(&f, "quote"), "The festival opens, Monday");
	assert_string_equal(errata__form_get(&f, "empty"), "");
	assert_string_equal(errata__form_get(&f, "bare"), "");
	assert_string_equal(errata__form_get(&f, "message"), "caf\xc3\xa9 & more");
	assert_null(errata__form_get(&f, "missing"));
	assert_int_equal(f.count, 5);
	errata__form_dispose(&f);
	assert_int_equal(errata__form_parse(&f, "a=b%00c", 7), ERRATA_EINVALID);
	assert_int_equal(errata__form_parse(&f, "", 0), 0);
	assert_int_equal(f.count, 0);
	errata__form_dispose(&f);
}

static void test_serve_html_escape(void **state)
{
	errata_buf b = ERRATA_BUF_INIT;

	(void)state;
	assert_int_equal(errata__html_put(&b, "<a href=\"x\">Tom's & Jerry's</a>"), 0);
	assert_string_equal(b.ptr, "&lt;a href=&quot;x&quot;&gt;Tom&#39;s &amp; Jerry&#39;s&lt;/a&gt;");
	errata_buf_clear(&b);
	assert_int_equal(errata__html_put(&b, NULL), 0);
	assert_int_equal(b.size, 0);
	errata_buf_dispose(&b);
}

static void test_serve_token_bucket(void **state)
{
	errata__ratelimit *rl = NULL;
	unsigned retry = 0;

	(void)state;
	/* 50 tokens a second, a burst of 2. */
	assert_int_equal(errata__ratelimit_new(&rl, 50, 2), 0);
	assert_int_equal(errata__ratelimit_take(rl, "127.0.0.1", &retry), 1);
	assert_int_equal(errata__ratelimit_take(rl, "127.0.0.1", &retry), 1);
	assert_int_equal(errata__ratelimit_take(rl, "127.0.0.1", &retry), 0);
	assert_true(retry >= 1);
	/* Another address has its own bucket. */
	assert_int_equal(errata__ratelimit_take(rl, "127.0.0.2", &retry), 1);
	/* 60 ms refill more than one token. */
	usleep(60000);
	assert_int_equal(errata__ratelimit_take(rl, "127.0.0.1", &retry), 1);
	errata__ratelimit_free(rl);
	/* Thousands of addresses: the table reuses idle buckets, never fails. */
	assert_int_equal(errata__ratelimit_new(&rl, 1, 1), 0);
	for (int i = 0; i < 10000; i++) {
		char addr[32];

		snprintf(addr, sizeof(addr), "10.%d.%d.%d", i >> 16, (i >> 8) & 255, i & 255);
		assert_int_equal(errata__ratelimit_take(rl, addr, &retry), 1);
	}
	errata__ratelimit_free(rl);
}

static void write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");

	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

static void test_serve_config(void **state)
{
	errata__serve_config cfg;
	char dir[] = "/tmp/errata-serve-config-XXXXXX", path[300];

	(void)state;
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/serve.json", dir);
	assert_int_equal(errata__serve_config_load(&cfg, NULL), 0);
	assert_int_equal(cfg.max_body, 65536);
	assert_true(cfg.rate > 0);
	errata__serve_config_dispose(&cfg);
	write_file(path, "{\"listen\": \"127.0.0.1:9000\", \"threads\": 2, \"rate_limit\": false,"
	           " \"editors\": \"eds.txt\", \"base_url\": \"https://news.example.org/\","
	           " \"sitemap\": [{\"url\": \"https://n.example/*\", \"path\": \"a/*.md\"}]}");
	assert_int_equal(errata__serve_config_load(&cfg, path), 0);
	assert_string_equal(cfg.listen, "127.0.0.1:9000");
	assert_int_equal(cfg.threads, 2);
	assert_true(cfg.rate == 0);
	assert_non_null(strstr(cfg.editors, "/eds.txt"));
	assert_string_equal(cfg.base_url, "https://news.example.org");
	assert_int_equal(cfg.nsitemap, 1);
	errata__serve_config_dispose(&cfg);
	write_file(path, "{\"threads\": 0}");
	assert_int_equal(errata__serve_config_load(&cfg, path), ERRATA_EINVALID);
	assert_non_null(strstr(errata_error_last(), "'threads' must be a number from 1 to 256"));
	write_file(path, "{\"sitemap\": [{\"url\": \"https://n.example/\", \"path\": \"a/*.md\"}]}");
	assert_int_equal(errata__serve_config_load(&cfg, path), ERRATA_EINVALID);
	write_file(path, "{\"rate_limit\": {\"per_minute\": 6, \"brust\": 2}}");
	assert_int_equal(errata__serve_config_load(&cfg, path), ERRATA_EINVALID);
	write_file(path, "[1]");
	assert_int_equal(errata__serve_config_load(&cfg, path), ERRATA_EINVALID);
	unlink(path);
	rmdir(dir);
}

/* POST body to /api/v1/reports on 127.0.0.1:port; the status code, or -1. */
/*
 * A server on a free loopback port over the example repository, made in
 * a new folder from the template dir, with `threads` requests at once and
 * no rate limit; stop_example() stops it and removes the folder.
 */
static errata_server *start_example(char *dir, int threads)
{
	char cmd[600], cfg[300], repo[300], json[80];
	const char *root = getenv("ERRATA_ROOT");
	errata_server_options so = ERRATA_SERVER_OPTIONS_INIT;
	errata_server *srv = NULL;

	assert_non_null(mkdtemp(dir));
	snprintf(repo, sizeof(repo), "%s/news", dir);
	snprintf(cmd, sizeof(cmd), "sh '%s/examples/make-repo.sh' '%s' >/dev/null 2>&1", root ? root : ".", repo);
	assert_int_equal(system(cmd), 0);
	snprintf(cfg, sizeof(cfg), "%s/serve.json", dir);
	snprintf(json, sizeof(json), "{\"rate_limit\": false, \"threads\": %d}", threads);
	write_file(cfg, json);
	so.repo = repo;
	so.listen = "127.0.0.1:0";
	so.config = cfg;
	assert_int_equal(errata_server_start(&srv, &so), 0);
	return srv;
}

static void stop_example(errata_server *srv, const char *dir)
{
	char cmd[600];

	errata_server_stop(srv, 1000);
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	assert_int_equal(system(cmd), 0);
}

static int post_report(unsigned port, const char *body)
{
	struct sockaddr_in sa;
	char req[1024], resp[4096];
	size_t got = 0;
	int fd = socket(AF_INET, SOCK_STREAM, 0), n, status = -1;

	if (fd < 0)
		return -1;
	memset(&sa, 0, sizeof(sa));
	sa.sin_family = AF_INET;
	sa.sin_port = htons((uint16_t)port);
	sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	n = snprintf(req, sizeof(req), "POST /api/v1/reports HTTP/1.1\r\nHost: 127.0.0.1\r\n"
	             "Content-Type: application/json\r\nContent-Length: %zu\r\nConnection: close\r\n\r\n%s",
	             strlen(body), body);
	if (connect(fd, (struct sockaddr *)&sa, sizeof(sa)) == 0 && write(fd, req, (size_t)n) == n) {
		ssize_t r;

		while (got < sizeof(resp) - 1 && (r = read(fd, resp + got, sizeof(resp) - 1 - got)) > 0)
			got += (size_t)r;
		resp[got] = '\0';
		if (sscanf(resp, "HTTP/1.%*d %d", &status) != 1)
			status = -1;
	}
	close(fd);
	return status;
}

/*
 * Reports filed one after another take the same checker in turn, whatever
 * thread serves them: a checker goes back to the server before a report
 * waits to be stored, so no more are made than run at once.
 */
static void test_serve_checkers_shared(void **state)
{
	char dir[] = "/tmp/errata-serve-checkers-XXXXXX";
	errata_server *srv = start_example(dir, 4);

	(void)state;
	for (int i = 0; i < 6; i++)
		assert_int_equal(post_report(errata_server_port(srv),
		                             "{\"path\": \"articles/harbour-festival.md\", \"rev\": \"HEAD~1\","
		                             " \"quote\": \"The festival opens on Monday, June 9, 2026\"}"), 201);
	pthread_mutex_lock(&srv->checkers_lock);
	assert_int_equal(srv->checkers_made, 1);
	assert_int_equal(srv->nidle, 1);
	pthread_mutex_unlock(&srv->checkers_lock);
	stop_example(srv, dir);
}

static unsigned concurrent_port;
static const char concurrent_body[] =
	"{\"path\": \"articles/harbour-festival.md\", \"rev\": \"HEAD~1\","
	" \"quote\": \"The festival opens on Monday, June 9, 2026\"}";

static void *post_three(void *arg)
{
	int *ok = arg;

	for (int i = 0; i < 3; i++)
		*ok += post_report(concurrent_port, concurrent_body) == 201;
	return NULL;
}

/*
 * Sixteen clients at once, with room for all of them (threads 16): every
 * report is answered 201, and no more checkers are made than the machine
 * has processors (a checker is a report's turn to be prepared; the others
 * wait for one).
 */
static void test_serve_checkers_bounded(void **state)
{
	enum { CLIENTS = 16 };
	char dir[] = "/tmp/errata-serve-bounded-XXXXXX";
	errata_server *srv;
	pthread_t th[CLIENTS];
	int ok[CLIENTS], total = 0;
	long ncpu = sysconf(_SC_NPROCESSORS_ONLN);

	(void)state;
	srv = start_example(dir, CLIENTS);
	concurrent_port = errata_server_port(srv);
	for (int i = 0; i < CLIENTS; i++) {
		ok[i] = 0;
		assert_int_equal(pthread_create(&th[i], NULL, post_three, &ok[i]), 0);
	}
	for (int i = 0; i < CLIENTS; i++) {
		pthread_join(th[i], NULL);
		total += ok[i];
	}
	assert_int_equal(total, CLIENTS * 3);
	pthread_mutex_lock(&srv->checkers_lock);
	assert_true(srv->checkers_made >= 1);
	assert_true(srv->checkers_made <= (size_t)(ncpu < 1 ? 1 : ncpu));
	assert_int_equal(srv->nidle, srv->checkers_made);
	pthread_mutex_unlock(&srv->checkers_lock);
	stop_example(srv, dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_serve_form_decoding),
		cmocka_unit_test(test_serve_html_escape),
		cmocka_unit_test(test_serve_token_bucket),
		cmocka_unit_test(test_serve_config),
		cmocka_unit_test(test_serve_checkers_shared),
		cmocka_unit_test(test_serve_checkers_bounded),
	};

	return cmocka_run_group_tests_name("serve", tests, NULL, NULL);
}
