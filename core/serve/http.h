/*
 * core/serve/http.h: what the files of the HTTP service share: the
 * config, the server, one request as the handlers see it, and the small
 * parts (forms, HTML escaping, the rate limiter, editors and CSRF tokens,
 * the map from public addresses to articles).
 */
#ifndef ERRATA_CORE_SERVE_HTTP_H
#define ERRATA_CORE_SERVE_HTTP_H

#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "common.h"
#include "escape.h"
#include "errata/serve.h"
#include "errata/repo.h"
#include "errata/checker.h"

struct MHD_Connection;

/* One site map entry: a public address pattern and the article path, each with one '*'. */
typedef struct {
	char *url;
	char *path;
} errata__site_rule;

typedef struct {
	char *listen;
	unsigned int threads;
	size_t max_body;
	double rate;              /* tokens per second for POSTs from one address; 0: no limit */
	double burst;
	char *editors;            /* the editors file: NAME:HASH lines */
	char *site_name;
	char *base_url;           /* this server's public address, for links in the feed */
	errata__site_rule *sitemap;
	size_t nsitemap;
	long retention_days;      /* reader contacts kept this long; 0: for good */
	size_t memo_entries;      /* revisions, paths and quotes whose reading is kept; 0: none */
} errata__serve_config;

/* Load the config (path NULL: defaults). */
int errata__serve_config_load(errata__serve_config *cfg, const char *path);
void errata__serve_config_dispose(errata__serve_config *cfg);

/* A token bucket per client address. */
typedef struct errata__ratelimit errata__ratelimit;
int errata__ratelimit_new(errata__ratelimit **out, double rate, double burst);
void errata__ratelimit_free(errata__ratelimit *rl);
/* 1 when `addr` may go on (a token is taken), 0 when not; *retry_after in seconds. */
int errata__ratelimit_take(errata__ratelimit *rl, const char *addr, unsigned *retry_after);

/* An application/x-www-form-urlencoded body or query, decoded. */
typedef struct {
	char **keys, **vals;
	size_t count;
} errata__form;

/* Parse; ERRATA_EINVALID for a value that is not UTF-8 or holds a NUL. */
int errata__form_parse(errata__form *f, const char *data, size_t len);
/* The first value of `key`, or NULL. */
const char *errata__form_get(const errata__form *f, const char *key);
void errata__form_dispose(errata__form *f);


/* Group commit of new reports (group.c). */
typedef struct errata__group errata__group;
int errata__group_new(errata__group **out);
void errata__group_free(errata__group *g);
/* From now on, this thread's errata_report_add() stores through g (NULL: directly). */
void errata__group_attach(errata__group *g);
/*
 * Open the writer's own repository handle on gitdir and read the trees
 * new reports edit into its cache, before the first report arrives: 0 or
 * an error (then reports are still stored, the trees read as needed).
 */
int errata__group_warm(errata__group *g, const char *gitdir);
/* Call fn(payload) in each report's thread before it waits for its commit. */
void errata__group_on_wait(errata__group *g, void (*fn)(void *), void *payload);

/* The server. */
struct errata_server {
	struct MHD_Daemon *daemon;
	errata__serve_config cfg;
	char *repo_path;
	unsigned int port;
	char address[80];
	errata_server_log_fn log;
	void *log_payload;
	pthread_key_t tls;
	errata__ratelimit *rl;
	errata__group *group;
	struct errata__report_memo *memo;   /* what reports learnt of revisions (reports/memo.c) */
	unsigned char key[32];     /* signs CSRF tokens; fresh at every start */
	pthread_mutex_t lock;      /* the article index below */
	char head[41];
	char **index_url, **index_path;
	size_t index_count;
	time_t expired_at;         /* when contacts past the retention were last erased */
	pthread_mutex_t checkers_lock;   /* the idle checkers below */
	pthread_cond_t checkers_cond;
	errata_checker **idle;
	size_t nidle, idle_cap, checkers_made;
	size_t prep_max;           /* checkers at most: reports prepared at once (processors) */
	unsigned long prep_next, prep_turn;   /* tickets: checkers handed out in arrival order */
	int checker_failed;        /* making one failed: reports go without findings */
	pthread_mutex_t pool_lock;       /* the idle request states below */
	struct thread_state *states;     /* repository handles (and caches) of ended threads */
	size_t nstates;
	pthread_mutex_t gate_lock;       /* admission: at most cfg.threads requests at once */
	pthread_cond_t gate_cond;
	unsigned long gate_next, gate_admitted;
	unsigned int gate_active;
};

/* What a handler has: the request, and where its answer goes. */
typedef struct {
	errata_server *srv;
	struct MHD_Connection *conn;
	const char *method;
	const char *url;
	const char *body;
	size_t body_len;
	char addr[64];
	/* the answer */
	unsigned int status;
	const char *type;
	errata_buf out;
	char location[256];
	char allow[32];
	unsigned int retry_after;
	int www_authenticate;
} errata__req;

/* This thread's repository (opened on first use; NULL after an error). */
errata_repo *errata__serve_repo(errata_server *srv);
/*
 * A checker for this thread until errata__serve_checker_release() (which
 * the group commit calls before a report waits to be stored): an idle one,
 * or a new one while there are fewer than processors, or else the next
 * one given back (in the order the threads asked). NULL when none can be
 * made.
 */
errata_checker *errata__serve_checker(errata_server *srv);
void errata__serve_checker_release(errata_server *srv);

/* A query argument, or NULL. */
const char *errata__req_arg(errata__req *r, const char *key);
/* A request header, or NULL. */
const char *errata__req_header(errata__req *r, const char *key);

/* Answer with a JSON error {"error": message}. */
void errata__reply_json_error(errata__req *r, unsigned int status, const char *message);
/* Answer with an HTML page: title, then body HTML (already escaped). */
void errata__reply_page(errata__req *r, unsigned int status, const char *title, const char *body);

/* Handlers, one per file. */
void errata__api_reports_post(errata__req *r);
void errata__api_report_get(errata__req *r, const char *id);
void errata__form_get_page(errata__req *r);
void errata__form_post(errata__req *r);
void errata__corrections_page(errata__req *r, const char *kind);
void errata__queue_get(errata__req *r);
void errata__queue_post(errata__req *r, const char *id);

/* One report's replayed state (cJSON_Delete()), found by its full id without loading every report. */
struct cJSON;
int errata__serve_report_state(errata_repo *repo, const char *id, struct cJSON **out);

/* Rate limit a POST from r->addr: 1 to go on, 0 when answered with 429. */
int errata__serve_ratelimit(errata__req *r);

/* Whether the request's Content-Type is the media type (parameters after ';' allowed). */
int errata__req_is_type(errata__req *r, const char *media);

/*
 * The start of a POST that files a report: the body must be of the media
 * type (else 415 with refusal), the address within its rate, and this
 * thread's repository open (else 503). The repository, or NULL when the
 * request has been answered.
 */
errata_repo *errata__serve_post_start(errata__req *r, const char *media, const char *refusal);

/*
 * The article at a public address: the site map first, then the articles'
 * front matter (url: or permalink:) at HEAD. *path is malloc'd.
 * ERRATA_ENOTFOUND when no article has that address.
 */
int errata__site_lookup(errata_server *srv, errata_repo *repo, const char *url, char **path);

/* An article's title and public address at HEAD (either may be NULL; malloc'd). */
int errata__site_article(errata_server *srv, errata_repo *repo, const char *path,
                         char **title, char **url);

/*
 * The newest revision of `path` (among its last 500 changes, from HEAD)
 * whose text holds `quote`: 1 and its id in out, or 0.
 */
int errata__site_newest_with_quote(errata_repo *repo, const char *path, const char *quote,
                                   char out[41]);

/* Editors: the name of the editor the request authenticates, or NULL (answered 401). */
const char *errata__editor_auth(errata__req *r, char *name, size_t size);
/* The CSRF token for an editor (64 hex and a NUL). */
void errata__csrf_token(errata_server *srv, const char *editor, char out[65]);
/* 1 when the token is the editor's, 0 when not. */
int errata__csrf_check(errata_server *srv, const char *editor, const char *token);

#endif
