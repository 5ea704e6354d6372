/*
 * server.c: the HTTP server on libmicrohttpd: a thread for each
 * connection, at most `threads` requests handled at once (admitted in the
 * order they came), repository handles and checkers shared out as needed;
 * request bodies collected up to the limit; routing to the handlers; the
 * security headers every answer carries; one access log line per request;
 * and a stop that lets the requests in flight finish.
 */
#include "serve/http.h"
#include "serve/mhd.h"

#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "repo/libgit2.h"
#include "libcrypto.h"
#include <cjson/cJSON.h>

#include "errata/reports.h"
#include "reports/reports.h"

/* Every page's style: served from here, so the policy can forbid the rest. */
static const char stylesheet[] =
	"body{font:16px/1.5 system-ui,sans-serif;max-width:42em;margin:1em auto;padding:0 1em;color:#1a1a1a}\n"
	"label{display:block;font-weight:600;margin-top:1em}\n"
	"input[type=text],input[type=email],input[type=url],input[type=password],textarea{width:100%;box-sizing:border-box;font:inherit;padding:.4em;border:1px solid #767676;border-radius:3px}\n"
	"textarea{min-height:5em}\n"
	".hint{font-weight:400;color:#555;font-size:.9em}\n"
	".hp{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}\n"
	"button{font:inherit;margin-top:1em;padding:.5em 1.2em;border:0;border-radius:3px;background:#0b57d0;color:#fff;cursor:pointer}\n"
	"button.secondary{background:#555}\n"
	".consent{font-weight:400}\n"
	".error{border-left:4px solid #b00020;padding:.5em 1em;background:#fdecee}\n"
	".ok{border-left:4px solid #137333;padding:.5em 1em;background:#e6f4ea}\n"
	"blockquote{margin:.5em 0;padding:.3em 1em;border-left:4px solid #ccc;background:#f6f6f6}\n"
	"mark{background:#ffe08a}\n"
	"article.report,article.correction{border-top:1px solid #ddd;padding:.5em 0}\n"
	".actions form{display:inline-block;margin-right:1em;vertical-align:top}\n"
	".meta{color:#555;font-size:.9em}\n";

/* libmicrohttpd, loaded by the first errata_server_start(). */
static const errata__mhd_api *mhd;

static const char csp[] =
	"default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
	"frame-ancestors 'none'; base-uri 'none'";

/*
 * A request thread's repository handle and checker. Connection threads
 * come and go; their handles stay: a thread that ends gives its state
 * back to the server (its checker to the idle ones), and the next
 * connection's thread takes it, with its caches warm.
 */
typedef struct thread_state {
	errata_server *srv;
	errata_repo *repo;
	errata_checker *checker;   /* taken from the server's idle ones, or NULL */
	struct thread_state *next; /* in the server's idle list */
} thread_state;

static void give_checker(errata_server *srv, errata_checker *c);

static void thread_state_free(thread_state *t)
{
	if (!t)
		return;
	errata_checker_free(t->checker);
	errata_repo_free(t->repo);
	free(t);
}

/* The key's destructor, as a connection's thread ends: the state goes back. */
static void thread_state_release(void *p)
{
	thread_state *t = p;
	errata_server *srv;

	if (!t)
		return;
	srv = t->srv;
	if (t->checker) {
		give_checker(srv, t->checker);
		t->checker = NULL;
	}
	pthread_mutex_lock(&srv->pool_lock);
	if (t->repo && srv->nstates < srv->cfg.threads) {
		t->next = srv->states;
		srv->states = t;
		srv->nstates++;
		t = NULL;
	}
	pthread_mutex_unlock(&srv->pool_lock);
	thread_state_free(t);
}

static thread_state *state_of(errata_server *srv)
{
	thread_state *t = pthread_getspecific(srv->tls);

	if (!t) {
		pthread_mutex_lock(&srv->pool_lock);
		if ((t = srv->states)) {
			srv->states = t->next;
			srv->nstates--;
			t->next = NULL;
		}
		pthread_mutex_unlock(&srv->pool_lock);
		if (!t && !(t = calloc(1, sizeof(*t))))
			return NULL;
		t->srv = srv;
		if (pthread_setspecific(srv->tls, t) != 0) {
			thread_state_free(t);
			return NULL;
		}
	}
	return t;
}

errata_repo *errata__serve_repo(errata_server *srv)
{
	thread_state *t = state_of(srv);

	if (!t) {
		errata__oom();
		return NULL;
	}
	if (!t->repo && errata_repo_open(&t->repo, srv->repo_path) < 0)
		t->repo = NULL;
	if (t->repo) {
		errata__group_attach(srv->group);
		errata__report_set_memo(srv->memo);
	}
	return t->repo;
}

/*
 * Checkers are made once and shared out, and a checker is a report's
 * turn to be prepared (located, blamed, checked): a thread takes an idle
 * one, or makes one while fewer than there are processors exist, or else
 * waits for one, in the order the reports came; it gives it back before
 * its report waits to be stored. Making a checker loads every locale
 * table; and with every thread preparing at once, the one thread that
 * stores the reports (which all the others wait for) got a fiftieth of
 * the processors.
 */
errata_checker *errata__serve_checker(errata_server *srv)
{
	thread_state *t = state_of(srv);
	unsigned long ticket;
	int make = 0;

	if (!t)
		return NULL;
	if (t->checker)
		return t->checker;
	pthread_mutex_lock(&srv->checkers_lock);
	ticket = srv->prep_next++;
	while (ticket != srv->prep_turn ||
	       (!srv->nidle && !srv->checker_failed && srv->checkers_made >= srv->prep_max))
		pthread_cond_wait(&srv->checkers_cond, &srv->checkers_lock);
	srv->prep_turn++;
	if (srv->nidle) {
		t->checker = srv->idle[--srv->nidle];
	} else if (!srv->checker_failed) {
		srv->checkers_made++;   /* its place is taken while it is made */
		make = 1;
	}
	pthread_cond_broadcast(&srv->checkers_cond);
	pthread_mutex_unlock(&srv->checkers_lock);
	if (make && errata_checker_new(&t->checker, NULL) < 0) {
		/* Reports are still stored, without findings; not tried again. */
		t->checker = NULL;
		pthread_mutex_lock(&srv->checkers_lock);
		srv->checkers_made--;
		srv->checker_failed = 1;
		pthread_cond_broadcast(&srv->checkers_cond);
		pthread_mutex_unlock(&srv->checkers_lock);
	}
	return t->checker;
}

/* A checker back among the idle ones (freed when they cannot grow). */
static void give_checker(errata_server *srv, errata_checker *c)
{
	pthread_mutex_lock(&srv->checkers_lock);
	if (srv->nidle == srv->idle_cap) {
		size_t ncap = srv->idle_cap ? srv->idle_cap * 2 : 8;
		errata_checker **p = realloc(srv->idle, ncap * sizeof(*p));

		if (p) {
			srv->idle = p;
			srv->idle_cap = ncap;
		}
	}
	if (srv->nidle < srv->idle_cap) {
		srv->idle[srv->nidle++] = c;
		c = NULL;
	} else {
		srv->checkers_made--;
	}
	pthread_cond_broadcast(&srv->checkers_cond);
	pthread_mutex_unlock(&srv->checkers_lock);
	errata_checker_free(c);
}

void errata__serve_checker_release(errata_server *srv)
{
	thread_state *t = pthread_getspecific(srv->tls);
	errata_checker *c = t ? t->checker : NULL;

	if (!c)
		return;
	t->checker = NULL;
	give_checker(srv, c);
}

/*
 * Admission: at most `threads` requests are handled at once, the others
 * wait their turn in the order they arrived (a ticket each). Without it,
 * every connection's thread would run at once.
 */
static void admit(errata_server *srv)
{
	unsigned long ticket;

	pthread_mutex_lock(&srv->gate_lock);
	ticket = srv->gate_next++;
	while (ticket != srv->gate_admitted || srv->gate_active >= srv->cfg.threads)
		pthread_cond_wait(&srv->gate_cond, &srv->gate_lock);
	srv->gate_admitted++;
	srv->gate_active++;
	/* The next in line may be admitted too. */
	pthread_cond_broadcast(&srv->gate_cond);
	pthread_mutex_unlock(&srv->gate_lock);
}

static void leave(errata_server *srv)
{
	pthread_mutex_lock(&srv->gate_lock);
	srv->gate_active--;
	pthread_cond_broadcast(&srv->gate_cond);
	pthread_mutex_unlock(&srv->gate_lock);
}

/* The group commit's call before a thread waits: its checker goes back. */
static void release_before_wait(void *payload)
{
	errata__serve_checker_release(payload);
}

const char *errata__req_arg(errata__req *r, const char *key)
{
	return mhd->lookup_connection_value(r->conn, MHD_GET_ARGUMENT_KIND, key);
}

const char *errata__req_header(errata__req *r, const char *key)
{
	return mhd->lookup_connection_value(r->conn, MHD_HEADER_KIND, key);
}

void errata__reply_json_error(errata__req *r, unsigned int status, const char *message)
{
	cJSON *o = cJSON_CreateObject();
	char *s;

	r->status = status;
	r->type = "application/json";
	errata_buf_clear(&r->out);
	if (o && cJSON_AddStringToObject(o, "error", message) && (s = cJSON_PrintUnformatted(o))) {
		errata_buf_puts(&r->out, s);
		errata_buf_putc(&r->out, '\n');
		cJSON_free(s);
	}
	cJSON_Delete(o);
}

void errata__reply_page(errata__req *r, unsigned int status, const char *title, const char *body)
{
	const char *site = r->srv->cfg.site_name ? r->srv->cfg.site_name : "errata";

	r->status = status;
	r->type = "text/html; charset=utf-8";
	errata_buf_clear(&r->out);
	errata_buf_puts(&r->out, "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
	                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
	errata__html_put(&r->out, title);
	errata_buf_puts(&r->out, " · ");
	errata__html_put(&r->out, site);
	errata_buf_puts(&r->out, "</title>\n<link rel=\"stylesheet\" href=\"/static/errata.css\">\n"
	                "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Corrections\" href=\"/corrections.atom\">\n"
	                "</head>\n<body>\n<main>\n");
	errata_buf_puts(&r->out, body);
	errata_buf_puts(&r->out, "</main>\n</body>\n</html>\n");
}

int errata__serve_ratelimit(errata__req *r)
{
	unsigned retry = 0;

	if (!r->srv->rl || errata__ratelimit_take(r->srv->rl, r->addr, &retry))
		return 1;
	r->retry_after = retry ? retry : 1;
	errata__reply_json_error(r, 429, "too many reports from this address: try again later");
	return 0;
}

int errata__req_is_type(errata__req *r, const char *media)
{
	const char *type = errata__req_header(r, "Content-Type");
	size_t n = strlen(media);

	return type && strncasecmp(type, media, n) == 0 &&
	       (type[n] == '\0' || type[n] == ';' || type[n] == ' ');
}

errata_repo *errata__serve_post_start(errata__req *r, const char *media, const char *refusal)
{
	errata_repo *repo;

	if (!errata__req_is_type(r, media)) {
		errata__reply_json_error(r, 415, refusal);
		return NULL;
	}
	if (!errata__serve_ratelimit(r))
		return NULL;
	if (!(repo = errata__serve_repo(r->srv)))
		errata__reply_json_error(r, 503, errata_error_last());
	return repo;
}

/* Per connection: the body so far and what the log line needs. */
typedef struct {
	errata_buf body;
	int too_big;
	int answered;
	struct timespec start;
	unsigned int status;
	size_t bytes;
	char method[12];
	char addr[64];
	char *url;
} conn_state;

static double elapsed_ms(const struct timespec *from)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (double)(now.tv_sec - from->tv_sec) * 1e3 + (double)(now.tv_nsec - from->tv_nsec) / 1e6;
}

static void client_addr(struct MHD_Connection *c, char *out, size_t size)
{
	const union MHD_ConnectionInfo *ci = mhd->get_connection_info(c, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
	const struct sockaddr *sa = ci ? ci->client_addr : NULL;

	snprintf(out, size, "-");
	if (sa && sa->sa_family == AF_INET)
		inet_ntop(AF_INET, &((const struct sockaddr_in *)(const void *)sa)->sin_addr, out, (socklen_t)size);
	else if (sa && sa->sa_family == AF_INET6)
		inet_ntop(AF_INET6, &((const struct sockaddr_in6 *)(const void *)sa)->sin6_addr, out, (socklen_t)size);
}

static const char *reason(unsigned status)
{
	switch (status) {
	case 200: return "OK";
	case 201: return "Created";
	case 303: return "See Other";
	case 400: return "Bad Request";
	case 401: return "Unauthorized";
	case 403: return "Forbidden";
	case 404: return "Not Found";
	case 405: return "Method Not Allowed";
	case 413: return "Payload Too Large";
	case 415: return "Unsupported Media Type";
	case 422: return "Unprocessable Content";
	case 429: return "Too Many Requests";
	case 503: return "Service Unavailable";
	default: return "Error";
	}
}

static enum MHD_Result send_reply(errata__req *r, conn_state *cs)
{
	struct MHD_Response *resp;
	enum MHD_Result ret;
	char num[32];

	if (!r->type) {
		char msg[64];

		snprintf(msg, sizeof(msg), "%s", reason(r->status));
		errata__reply_json_error(r, r->status, msg);
	}
	resp = mhd->create_response_from_buffer(r->out.size, r->out.ptr ? r->out.ptr : (void *)"",
	                                       MHD_RESPMEM_MUST_COPY);
	if (!resp)
		return MHD_NO;
	mhd->add_response_header(resp, "Content-Type", r->type);
	mhd->add_response_header(resp, "Content-Security-Policy", csp);
	mhd->add_response_header(resp, "X-Content-Type-Options", "nosniff");
	mhd->add_response_header(resp, "X-Frame-Options", "DENY");
	mhd->add_response_header(resp, "Referrer-Policy", "no-referrer");
	mhd->add_response_header(resp, "Cache-Control", "no-store");
	if (r->location[0])
		mhd->add_response_header(resp, "Location", r->location);
	if (r->allow[0])
		mhd->add_response_header(resp, "Allow", r->allow);
	if (r->retry_after) {
		snprintf(num, sizeof(num), "%u", r->retry_after);
		mhd->add_response_header(resp, "Retry-After", num);
	}
	if (r->www_authenticate)
		mhd->add_response_header(resp, "WWW-Authenticate", "Basic realm=\"errata editors\", charset=\"UTF-8\"");
	cs->status = r->status;
	cs->bytes = r->out.size;
	cs->answered = 1;
	ret = mhd->queue_response(r->conn, r->status, resp);
	mhd->destroy_response(resp);
	return ret;
}

static int method_is(const char *m, const char *want)
{
	return strcmp(m, want) == 0;
}

/* Only the methods a path takes; anything else is 405 with Allow. */
static int allow(errata__req *r, const char *methods)
{
	const char *m = r->method;

	if ((strstr(methods, "GET") && (method_is(m, "GET") || method_is(m, "HEAD"))) ||
	    (strstr(methods, "POST") && method_is(m, "POST")))
		return 1;
	snprintf(r->allow, sizeof(r->allow), "%s", methods);
	errata__reply_json_error(r, 405, "method not allowed here");
	return 0;
}

static int is_report_id(const char *s)
{
	size_t n = 0;

	for (; s[n]; n++)
		if (!((s[n] >= '0' && s[n] <= '9') || (s[n] >= 'a' && s[n] <= 'f')))
			return 0;
	return n == ERRATA_REPORT_ID_SIZE - 1;
}

/* Erase the contacts past the retention period, at most once an hour. */
static void expire_contacts(errata_server *srv)
{
	time_t now = time(NULL);
	errata_repo *repo;
	int due;

	if (srv->cfg.retention_days <= 0)
		return;
	pthread_mutex_lock(&srv->lock);
	due = now - srv->expired_at >= 3600;
	if (due)
		srv->expired_at = now;
	pthread_mutex_unlock(&srv->lock);
	if (due && (repo = errata__serve_repo(srv))) {
		size_t n = 0;

		if (errata_contacts_expire(repo, srv->cfg.retention_days, &n) < 0 && srv->log) {
			char line[600];

			snprintf(line, sizeof(line), "errata: cannot erase old contacts: %s", errata_error_last());
			srv->log(srv->log_payload, line);
		}
		errata__error_clear();
	}
}

static void route(errata__req *r)
{
	const char *u = r->url;

	expire_contacts(r->srv);
	if (strcmp(u, "/healthz") == 0) {
		if (!allow(r, "GET"))
			return;
		if (!errata__serve_repo(r->srv)) {
			errata__reply_json_error(r, 503, errata_error_last());
			return;
		}
		r->status = 200;
		r->type = "application/json";
		errata_buf_puts(&r->out, "{\"status\":\"ok\"}\n");
	} else if (strcmp(u, "/static/errata.css") == 0) {
		if (!allow(r, "GET"))
			return;
		r->status = 200;
		r->type = "text/css; charset=utf-8";
		errata_buf_puts(&r->out, stylesheet);
	} else if (strcmp(u, "/api/v1/reports") == 0) {
		if (allow(r, "POST"))
			errata__api_reports_post(r);
	} else if (strncmp(u, "/api/v1/reports/", 16) == 0) {
		if (!allow(r, "GET"))
			return;
		if (!is_report_id(u + 16)) {
			errata__reply_json_error(r, 404, "no such report: a report id is 16 hex digits");
			return;
		}
		errata__api_report_get(r, u + 16);
	} else if (strcmp(u, "/report") == 0) {
		if (!allow(r, "GET, POST"))
			return;
		if (method_is(r->method, "POST"))
			errata__form_post(r);
		else
			errata__form_get_page(r);
	} else if (strcmp(u, "/corrections") == 0 || strcmp(u, "/corrections.atom") == 0 ||
	           strcmp(u, "/corrections.json") == 0) {
		if (allow(r, "GET"))
			errata__corrections_page(r, u + 12);
	} else if (strcmp(u, "/queue") == 0) {
		if (allow(r, "GET"))
			errata__queue_get(r);
	} else if (strncmp(u, "/queue/", 7) == 0 && is_report_id(u + 7)) {
		if (allow(r, "POST"))
			errata__queue_post(r, u + 7);
	} else if (strcmp(u, "/") == 0) {
		if (!allow(r, "GET"))
			return;
		errata__reply_page(r, 200, "Corrections and error reports",
		                   "<h1>Corrections and error reports</h1>\n<ul>\n"
		                   "<li><a href=\"/corrections\">Corrections</a> (<a href=\"/corrections.atom\">feed</a>)</li>\n"
		                   "<li><a href=\"/queue\">Report queue</a> (editors)</li>\n</ul>\n");
	} else {
		errata__reply_json_error(r, 404, "not found");
	}
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *conn, const char *url,
                                  const char *method, const char *version,
                                  const char *upload, size_t *upload_size, void **con_cls)
{
	errata_server *srv = cls;
	conn_state *cs = *con_cls;
	errata__req r;
	enum MHD_Result ret;

	(void)version;
	if (!cs) {
		const char *len;

		if (!(cs = calloc(1, sizeof(*cs))))
			return MHD_NO;
		clock_gettime(CLOCK_MONOTONIC, &cs->start);
		snprintf(cs->method, sizeof(cs->method), "%s", method);
		cs->url = errata__strdup(url);
		client_addr(conn, cs->addr, sizeof(cs->addr));
		*con_cls = cs;
		len = mhd->lookup_connection_value(conn, MHD_HEADER_KIND, "Content-Length");
		if (len && strtoull(len, NULL, 10) > srv->cfg.max_body)
			cs->too_big = 1;
		else
			return MHD_YES;
	}
	if (*upload_size) {
		if (!cs->too_big && cs->body.size + *upload_size > srv->cfg.max_body)
			cs->too_big = 1;
		if (!cs->too_big && errata_buf_put(&cs->body, upload, *upload_size) < 0)
			return MHD_NO;
		*upload_size = 0;
		return MHD_YES;
	}
	if (cs->answered)
		return MHD_YES;
	memset(&r, 0, sizeof(r));
	r.srv = srv;
	r.conn = conn;
	r.method = method;
	r.url = url;
	r.body = cs->body.ptr ? cs->body.ptr : "";
	r.body_len = cs->body.size;
	snprintf(r.addr, sizeof(r.addr), "%s", cs->addr);
	errata__error_clear();
	if (cs->too_big) {
		char msg[128];

		snprintf(msg, sizeof(msg), "request body larger than the limit of %zu bytes", srv->cfg.max_body);
		errata__reply_json_error(&r, 413, msg);
	} else {
		admit(srv);
		route(&r);
		leave(srv);
	}
	ret = send_reply(&r, cs);
	errata_buf_dispose(&r.out);
	return ret;
}

static void on_completed(void *cls, struct MHD_Connection *conn, void **con_cls,
                         enum MHD_RequestTerminationCode toe)
{
	errata_server *srv = cls;
	conn_state *cs = *con_cls;

	(void)conn;
	if (!cs)
		return;
	if (srv->log) {
		char line[1200], when[32];
		time_t t = time(NULL);
		struct tm tm;

		gmtime_r(&t, &tm);
		strftime(when, sizeof(when), "%Y-%m-%dT%H:%M:%SZ", &tm);
		snprintf(line, sizeof(line), "%s %s \"%s %.900s\" %u %zu %.1fms%s", when, cs->addr,
		         cs->method, cs->url ? cs->url : "", cs->answered ? cs->status : 0, cs->bytes,
		         elapsed_ms(&cs->start),
		         toe == MHD_REQUEST_TERMINATED_COMPLETED_OK ? "" : " (connection closed early)");
		/* A decoded path may hold control characters: never a second log line. */
		for (char *p = line; *p; p++)
			if ((unsigned char)*p < 0x20 || *p == 0x7f)
				*p = '?';
		srv->log(srv->log_payload, line);
	}
	errata_buf_dispose(&cs->body);
	free(cs->url);
	free(cs);
	*con_cls = NULL;
}

/* "ADDR:PORT" as an IPv4 socket address. */
static int parse_listen(const char *s, struct sockaddr_in *sa)
{
	const char *colon = strrchr(s, ':');
	char host[64];
	char *end;
	unsigned long port;

	memset(sa, 0, sizeof(*sa));
	if (!colon || (size_t)(colon - s) >= sizeof(host) || colon == s)
		return errata__error(ERRATA_EINVALID, "listen address '%s': want ADDR:PORT, e.g. 127.0.0.1:8080", s);
	memcpy(host, s, (size_t)(colon - s));
	host[colon - s] = '\0';
	errno = 0;
	port = strtoul(colon + 1, &end, 10);
	if (!colon[1] || *end || errno || port > 65535)
		return errata__error(ERRATA_EINVALID, "listen address '%s': the port must be a number from 0 to 65535", s);
	sa->sin_family = AF_INET;
	sa->sin_port = htons((uint16_t)port);
	if (strcmp(host, "localhost") == 0)
		snprintf(host, sizeof(host), "127.0.0.1");
	if (inet_pton(AF_INET, host, &sa->sin_addr) != 1)
		return errata__error(ERRATA_EINVALID, "listen address '%s': '%s' is not an IPv4 address", s, host);
	return 0;
}

static void mhd_log(void *cls, const char *fmt, va_list ap)
{
	errata_server *srv = cls;
	char line[512];

	if (!srv->log)
		return;
	vsnprintf(line, sizeof(line), fmt, ap);
	line[strcspn(line, "\n")] = '\0';
	srv->log(srv->log_payload, line);
}

int errata_server_start(errata_server **out, const errata_server_options *opts)
{
	errata_server *srv;
	struct sockaddr_in sa;
	const union MHD_DaemonInfo *info;
	errata_repo *probe = NULL;
	int error;

	*out = NULL;
	if (!(srv = calloc(1, sizeof(*srv))))
		return errata__oom();
	if (pthread_key_create(&srv->tls, thread_state_release) != 0) {
		free(srv);
		return errata__error(ERRATA_ERROR, "cannot create thread-local storage");
	}
	pthread_mutex_init(&srv->lock, NULL);
	pthread_mutex_init(&srv->checkers_lock, NULL);
	pthread_cond_init(&srv->checkers_cond, NULL);
	pthread_mutex_init(&srv->pool_lock, NULL);
	pthread_mutex_init(&srv->gate_lock, NULL);
	pthread_cond_init(&srv->gate_cond, NULL);
	srv->log = opts ? opts->log : NULL;
	srv->log_payload = opts ? opts->log_payload : NULL;
	if (!(mhd = errata__mhd())) {
		error = ERRATA_ENOTFOUND;
		goto fail;
	}
	/* The editors' sign-in and forms (auth.c) need libcrypto. */
	if ((error = errata__crypto_init()) < 0)
		goto fail;
	if ((error = errata__serve_config_load(&srv->cfg, opts ? opts->config : NULL)) < 0)
		goto fail;
	{
		long ncpu = sysconf(_SC_NPROCESSORS_ONLN);

		srv->prep_max = ncpu < 1 ? 1 : (size_t)ncpu;
		if (srv->prep_max > srv->cfg.threads)
			srv->prep_max = srv->cfg.threads;
	}
	srv->repo_path = errata__strdup(opts && opts->repo ? opts->repo : ".");
	if (!srv->repo_path) {
		error = errata__oom();
		goto fail;
	}
	if ((error = errata_repo_open(&probe, srv->repo_path)) < 0)
		goto fail;
	/* Reports are stored as packs: every thread's handle must look for them. */
	error = errata__objbatch_pack_dir(probe);
	if (error == 0 && (error = errata__group_new(&srv->group)) == 0 &&
	    errata__group_warm(srv->group, probe->gitdir) < 0 && srv->log) {
		char line[600];

		snprintf(line, sizeof(line), "errata: reading the reports' trees ahead: %s", errata_error_last());
		srv->log(srv->log_payload, line);
	}
	errata__error_clear();
	errata_repo_free(probe);
	if (error < 0)
		goto fail;
	if ((error = parse_listen(opts && opts->listen ? opts->listen :
	                          srv->cfg.listen ? srv->cfg.listen : "127.0.0.1:8080", &sa)) < 0)
		goto fail;
	if (srv->cfg.rate > 0 &&
	    (error = errata__ratelimit_new(&srv->rl, srv->cfg.rate, srv->cfg.burst)) < 0)
		goto fail;
	errata__group_on_wait(srv->group, release_before_wait, srv);
	/* Reports on the same quote of the same revision: found, blamed and checked once. */
	if (srv->cfg.memo_entries && (error = errata__report_memo_new(&srv->memo, srv->cfg.memo_entries)) < 0)
		goto fail;
	if (getrandom(srv->key, sizeof(srv->key), 0) != (ssize_t)sizeof(srv->key)) {
		error = errata__error(ERRATA_EIO, "cannot read random bytes for the CSRF key");
		goto fail;
	}
	/* A 201 means the report is on disk: objects and refs are synced. */
	git_libgit2_opts(GIT_OPT_ENABLE_FSYNC_GITDIR, 1);
	/*
	 * Objects read are not hashed again to check their ids, as git does
	 * not (`git fsck` does): libgit2's check hashed every shard tree read.
	 */
	git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 0);
	srv->daemon = mhd->start_daemon(
		MHD_USE_THREAD_PER_CONNECTION | MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_ITC |
		MHD_USE_ERROR_LOG | MHD_USE_AUTO,
		0, NULL, NULL, on_request, srv,
		MHD_OPTION_EXTERNAL_LOGGER, mhd_log, srv,
		MHD_OPTION_SOCK_ADDR, (const struct sockaddr *)&sa,
		MHD_OPTION_CONNECTION_TIMEOUT, (unsigned int)30,
		MHD_OPTION_CONNECTION_LIMIT, (unsigned int)1000,
		MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)(128 * 1024),
		MHD_OPTION_NOTIFY_COMPLETED, on_completed, srv,
		MHD_OPTION_LISTENING_ADDRESS_REUSE, (unsigned int)1,
		MHD_OPTION_END);
	if (!srv->daemon) {
		char a[64];

		inet_ntop(AF_INET, &sa.sin_addr, a, sizeof(a));
		error = errata__error(ERRATA_EIO, "cannot listen on %s:%u (is the address taken?)", a,
		                      (unsigned)ntohs(sa.sin_port));
		goto fail;
	}
	info = mhd->get_daemon_info(srv->daemon, MHD_DAEMON_INFO_BIND_PORT);
	srv->port = info ? info->port : ntohs(sa.sin_port);
	{
		char a[64];

		inet_ntop(AF_INET, &sa.sin_addr, a, sizeof(a));
		snprintf(srv->address, sizeof(srv->address), "%s:%u", a, srv->port);
	}
	*out = srv;
	return 0;
fail:
	errata_server_stop(srv, 0);
	return error;
}

unsigned int errata_server_port(const errata_server *srv)
{
	return srv ? srv->port : 0;
}

const char *errata_server_address(const errata_server *srv)
{
	return srv ? srv->address : "";
}

void errata_server_stop(errata_server *srv, unsigned int grace_ms)
{
	if (!srv)
		return;
	if (srv->daemon) {
		struct timespec start;

		mhd->quiesce_daemon(srv->daemon);
		clock_gettime(CLOCK_MONOTONIC, &start);
		for (;;) {
			const union MHD_DaemonInfo *info =
				mhd->get_daemon_info(srv->daemon, MHD_DAEMON_INFO_CURRENT_CONNECTIONS);

			if (!info || info->num_connections == 0 || elapsed_ms(&start) >= grace_ms)
				break;
			usleep(10000);
		}
		mhd->stop_daemon(srv->daemon);
	}
	errata__ratelimit_free(srv->rl);
	errata__group_free(srv->group);
	errata__report_memo_free(srv->memo);
	errata__serve_config_dispose(&srv->cfg);
	for (size_t i = 0; i < srv->index_count; i++) {
		free(srv->index_url[i]);
		free(srv->index_path[i]);
	}
	free(srv->index_url);
	free(srv->index_path);
	thread_state_release(pthread_getspecific(srv->tls));
	pthread_setspecific(srv->tls, NULL);
	pthread_key_delete(srv->tls);
	while (srv->states) {
		thread_state *t = srv->states;

		srv->states = t->next;
		thread_state_free(t);
	}
	for (size_t i = 0; i < srv->nidle; i++)
		errata_checker_free(srv->idle[i]);
	free(srv->idle);
	pthread_mutex_destroy(&srv->checkers_lock);
	pthread_cond_destroy(&srv->checkers_cond);
	pthread_mutex_destroy(&srv->pool_lock);
	pthread_mutex_destroy(&srv->gate_lock);
	pthread_cond_destroy(&srv->gate_cond);
	pthread_mutex_destroy(&srv->lock);
	free(srv->repo_path);
	free(srv);
}
