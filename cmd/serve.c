/*
 * serve.c: `errata serve`: run the HTTP service (reader form and API,
 * corrections page and feed, editors' queue) on the repository until
 * SIGTERM or SIGINT, then let the requests in flight finish. Access log
 * lines go to stderr. `--hash-password` turns a password read from
 * standard input into a line for the editors file.
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <pthread.h>

#include "errata.h"
#include "errata/serve.h"
#include "cmd.h"

static pthread_mutex_t log_lock = PTHREAD_MUTEX_INITIALIZER;

static void log_line(void *payload, const char *line)
{
	(void)payload;
	pthread_mutex_lock(&log_lock);
	fprintf(stderr, "%s\n", line);
	fflush(stderr);
	pthread_mutex_unlock(&log_lock);
}

static int hash_password(const char *name)
{
	char line[1024], *hash = NULL;
	size_t n;

	if (!name || !*name || strchr(name, ':') || strchr(name, '\n')) {
		cmd_error("--hash-password needs an editor NAME without ':'");
		return EXIT_USAGE;
	}
	if (!fgets(line, sizeof(line), stdin)) {
		cmd_error("--hash-password reads the password from standard input");
		return EXIT_USAGE;
	}
	n = strcspn(line, "\r\n");
	line[n] = '\0';
	if (n == 0) {
		cmd_error("the password is empty");
		return EXIT_USAGE;
	}
	if (errata_server_hash_secret(line, &hash) < 0)
		return cmd_fail();
	printf("%s:%s\n", name, hash);
	free(hash);
	return fflush(stdout) == 0 ? EXIT_CLEAN : EXIT_USAGE;
}

int cmd_serve(int argc, char **argv)
{
	const char *repo = NULL, *listen = NULL, *config = NULL, *hash_for = NULL;
	const struct opt opts[] = {
		{ "repo", 'C', OPT_STRING, &repo, "DIR", "the article repository (default: the current folder)" },
		{ "listen", 'l', OPT_STRING, &listen, "ADDR:PORT", "where to listen (default 127.0.0.1:8080; port 0: any free port)" },
		{ "config", 'c', OPT_STRING, &config, "FILE", "the server's JSON config (see README)" },
		{ "hash-password", 0, OPT_STRING, &hash_for, "NAME", "read a password on stdin, print NAME:HASH for the editors file" },
		{ NULL, 0, OPT_END, NULL, NULL, NULL }
	};
	const struct opt_command cmd = {
		"errata serve [--repo DIR] [--listen ADDR:PORT] [--config FILE]",
		"Serve the reader's error report form and API, the published corrections\n"
		"(page, Atom feed, JSON) and the editors' queue over HTTP. Stops on SIGTERM\n"
		"or SIGINT once the requests in flight are done. One access log line per\n"
		"request goes to standard error.", opts, NULL
	};
	errata_server_options so = ERRATA_SERVER_OPTIONS_INIT;
	errata_server *srv = NULL;
	sigset_t set;
	char **rest;
	int nrest, r, sig = 0;

	if ((r = opt_parse(&cmd, argc, argv, &rest, &nrest)) != OPT_OK)
		return r == OPT_HELP ? EXIT_CLEAN : EXIT_USAGE;
	if (nrest != 0)
		return fprintf(stderr, "errata: serve takes no arguments\nusage: %s\n", cmd.usage), EXIT_USAGE;
	if (hash_for)
		return hash_password(hash_for);
	/* Block the stop signals in every thread; this one waits for them. */
	sigemptyset(&set);
	sigaddset(&set, SIGTERM);
	sigaddset(&set, SIGINT);
	pthread_sigmask(SIG_BLOCK, &set, NULL);
	signal(SIGPIPE, SIG_IGN);
	so.repo = repo;
	so.listen = listen;
	so.config = config;
	so.log = log_line;
	if (errata_server_start(&srv, &so) < 0)
		return cmd_fail();
	cmd_error("serving %s on http://%s/ (stop with Ctrl-C)", repo ? repo : ".",
	          errata_server_address(srv));
	fflush(stderr);
	sigwait(&set, &sig);
	fprintf(stderr, "errata: %s: finishing the requests in flight\n", sig == SIGINT ? "interrupted" : "terminated");
	errata_server_stop(srv, 10000);
	fprintf(stderr, "errata: stopped\n");
	return EXIT_CLEAN;
}
