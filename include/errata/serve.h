/*
 * errata/serve.h: the HTTP service behind `errata serve`: readers file
 * error reports from a web form or a JSON API, editors work through the
 * queue, and the published corrections are served as a page, an Atom feed
 * and JSON. It runs on libmicrohttpd with a thread pool; every report is
 * stored in the repository (refs/errata/reports) before the server answers
 * 201.
 */
#ifndef ERRATA_SERVE_H
#define ERRATA_SERVE_H

#include <stddef.h>
#include "errata/common.h"

typedef struct errata_server errata_server;

/* Called with one access log line (no newline) per request, from any thread. */
typedef void (*errata_server_log_fn)(void *payload, const char *line);

typedef struct {
	unsigned int version;
	const char *repo;          /* the article repository (a folder inside it); NULL: "." */
	const char *listen;        /* "ADDR:PORT" (port 0: any free port); NULL: the config's, else 127.0.0.1:8080 */
	const char *config;        /* a JSON config file (see README); NULL: none */
	errata_server_log_fn log;  /* NULL: no access log */
	void *log_payload;
} errata_server_options;

#define ERRATA_SERVER_OPTIONS_VERSION 1
#define ERRATA_SERVER_OPTIONS_INIT { ERRATA_SERVER_OPTIONS_VERSION, NULL, NULL, NULL, NULL, NULL }

/*
 * Read the config, open the repository and start listening. A config that
 * does not parse, an address that is taken or not an IPv4 ADDR:PORT, or a
 * repository that is missing fail with a message naming it. *out belongs
 * to the caller: errata_server_stop().
 */
ERRATA_API int errata_server_start(errata_server **out, const errata_server_options *opts);

/* The port the server listens on (useful after asking for port 0). */
ERRATA_API unsigned int errata_server_port(const errata_server *srv);

/* "ADDR:PORT" as bound, e.g. "127.0.0.1:8080"; borrowed. */
ERRATA_API const char *errata_server_address(const errata_server *srv);

/*
 * Stop accepting connections, let the requests in flight finish (waiting up
 * to `grace_ms` milliseconds), then stop and free. NULL-safe.
 */
ERRATA_API void errata_server_stop(errata_server *srv, unsigned int grace_ms);

/*
 * Hash a password or a bearer token for the editors file (crypt(3), the
 * system's preferred method, with a fresh salt). *out is malloc'd.
 */
ERRATA_API int errata_server_hash_secret(const char *secret, char **out);

#endif
