/*
 * serve_client.c: the load for bench/serve_load.py, in C, so that the
 * client is not what is measured (a Python client under its interpreter
 * lock took a quarter of the machine and added its own waits).
 *
 *   serve_client PORT CLIENTS REPORTS REV [--retry]
 *
 * CLIENTS clients at once, each filing REPORTS reports one after the
 * other, no pause between them, through POST /api/v1/reports on
 * 127.0.0.1:PORT, one connection per request, with the same request
 * (headers and body) as serve_load.py's Python client. One thread and
 * epoll: a client is a connection slot, not a thread. A request is timed
 * from before its connect() until its whole response has been read.
 *
 * Output, one line per report once it is settled, as it happens:
 *   ok MARKER MICROSECONDS ID       answered 201
 *   fail MARKER STATUS MESSAGE      anything else (STATUS 0: no answer)
 * and last "done SECONDS CPU_SECONDS" (wall time of the load, this
 * program's own CPU time). With --retry (the run whose server is killed),
 * a request that gets no answer or a 503 is tried again 50 ms later, up
 * to 200 times, as the Python client does. Every wait is bounded: a
 * request with no answer after 30 seconds has failed.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define MAX_RESPONSE 65536
#define ATTEMPTS 200
#define RETRY_NS 50000000LL
#define TIMEOUT_NS 30000000000LL

enum { IDLE, CONNECTING, WRITING, READING, WAITING, FINISHED };

typedef struct {
	int client, report, attempt, state, fd;
	long long t0, due;    /* start of this attempt; its deadline or the retry time */
	char *req;
	size_t req_len, sent;
	char resp[MAX_RESPONSE + 1];
	size_t got;
} slot;

static int port, clients, reports, retry;
static const char *rev;
static int epfd;

static long long now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

/* The request serve_load.py's Python client sends (http.client's headers). */
static void build_request(slot *s)
{
	char body[512];
	int blen = snprintf(body, sizeof(body),
	                    "{\"path\": \"articles/harbour-festival.md\", \"rev\": \"%s\", "
	                    "\"quote\": \"The festival opens on Monday, June 9, 2026\", "
	                    "\"message\": \"June 9 is a Tuesday (load-%d-%d)\"}",
	                    rev, s->client, s->report);
	size_t cap = (size_t)blen + 256;

	free(s->req);
	if (!(s->req = malloc(cap))) {
		perror("serve_client");
		exit(2);
	}
	s->req_len = (size_t)snprintf(s->req, cap,
	                              "POST /api/v1/reports HTTP/1.1\r\nHost: 127.0.0.1:%d\r\n"
	                              "Accept-Encoding: identity\r\nContent-Length: %d\r\n"
	                              "Content-Type: application/json\r\n\r\n%s",
	                              port, blen, body);
}

static void watch(slot *s, unsigned events, int op)
{
	struct epoll_event ev;

	memset(&ev, 0, sizeof(ev));
	ev.events = events;
	ev.data.ptr = s;
	if (epoll_ctl(epfd, op, s->fd, &ev) != 0) {
		perror("serve_client: epoll_ctl");
		exit(2);
	}
}

static void drop(slot *s)
{
	if (s->fd >= 0)
		close(s->fd);   /* closing also takes it out of the epoll set */
	s->fd = -1;
}

static void start(slot *s);

/* The report is settled: on to the client's next one, or the client is done. */
static void next_report(slot *s)
{
	s->report++;
	s->attempt = 0;
	if (s->report >= reports) {
		s->state = FINISHED;
		return;
	}
	build_request(s);
	start(s);
}

/* No usable answer (or a 503 in the run with a kill): again later, or failed. */
static void failed(slot *s, int status, const char *why)
{
	drop(s);
	if (retry && ++s->attempt < ATTEMPTS) {
		s->state = WAITING;
		s->due = now_ns() + RETRY_NS;
		return;
	}
	printf("fail load-%d-%d %d %s\n", s->client, s->report, status, why);
	next_report(s);
}

static void start(slot *s)
{
	struct sockaddr_in sa;

	memset(&sa, 0, sizeof(sa));
	sa.sin_family = AF_INET;
	sa.sin_port = htons((unsigned short)port);
	sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	s->t0 = now_ns();
	s->due = s->t0 + TIMEOUT_NS;
	s->sent = 0;
	s->got = 0;
	if ((s->fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0)) < 0) {
		perror("serve_client: socket");
		exit(2);
	}
	if (connect(s->fd, (struct sockaddr *)&sa, sizeof(sa)) != 0 && errno != EINPROGRESS) {
		failed(s, 0, "connection failed");
		return;
	}
	s->state = CONNECTING;
	watch(s, EPOLLOUT, EPOLL_CTL_ADD);
}

/* The response so far: 1 when whole (status and body found), 0 when not yet. */
static int complete(slot *s, int *status, const char **body, size_t *body_len)
{
	const char *end = memmem(s->resp, s->got, "\r\n\r\n", 4), *cl;
	size_t head;

	if (!end || sscanf(s->resp, "HTTP/1.%*c %d", status) != 1)
		return 0;
	head = (size_t)(end - s->resp) + 4;
	*body = s->resp + head;
	*body_len = s->got - head;
	cl = memmem(s->resp, head, "Content-Length:", 15);
	if (!cl)
		cl = memmem(s->resp, head, "content-length:", 15);
	return cl && *body_len >= strtoul(cl + 15, NULL, 10);
}

static void on_event(slot *s)
{
	if (s->state == CONNECTING) {
		int err = 0;
		socklen_t len = sizeof(err);

		if (getsockopt(s->fd, SOL_SOCKET, SO_ERROR, &err, &len) != 0 || err) {
			failed(s, 0, "connection failed");
			return;
		}
		s->state = WRITING;
	}
	if (s->state == WRITING) {
		while (s->sent < s->req_len) {
			ssize_t n = send(s->fd, s->req + s->sent, s->req_len - s->sent, MSG_NOSIGNAL);

			if (n < 0 && errno == EAGAIN)
				return;
			if (n <= 0) {
				failed(s, 0, "connection failed");
				return;
			}
			s->sent += (size_t)n;
		}
		s->state = READING;
		watch(s, EPOLLIN, EPOLL_CTL_MOD);
		return;
	}
	if (s->state == READING) {
		const char *body;
		size_t body_len;
		int status = 0;

		for (;;) {
			ssize_t n = recv(s->fd, s->resp + s->got, MAX_RESPONSE - s->got, 0);

			if (n < 0 && errno == EAGAIN)
				return;
			if (n < 0 || (n == 0 && !complete(s, &status, &body, &body_len))) {
				failed(s, 0, "connection failed");
				return;
			}
			s->got += (size_t)n;
			s->resp[s->got] = '\0';
			if (complete(s, &status, &body, &body_len) || s->got == MAX_RESPONSE)
				break;
		}
		if (!complete(s, &status, &body, &body_len)) {
			failed(s, 0, "response larger than the client reads");
			return;
		}
		{
			long long us = (now_ns() - s->t0) / 1000;
			const char *id = strstr(body, "\"id\":\"");

			drop(s);
			if (status == 201 && id && strlen(id) >= 6 + 16) {
				printf("ok load-%d-%d %lld %.16s\n", s->client, s->report, us, id + 6);
				next_report(s);
			} else if (status == 503 && retry) {
				failed(s, status, "503");
			} else {
				char msg[201];
				size_t k;

				snprintf(msg, sizeof(msg), "%.*s", (int)body_len, body);
				for (k = 0; msg[k]; k++)
					if (msg[k] == '\n' || msg[k] == '\r')
						msg[k] = ' ';
				printf("fail load-%d-%d %d %s\n", s->client, s->report, status, msg);
				next_report(s);
			}
		}
	}
}

int main(int argc, char **argv)
{
	struct epoll_event evs[256];
	struct rusage ru;
	slot *slots;
	long long t0;
	int open_slots;

	if (argc < 5 || (argc == 6 && strcmp(argv[5], "--retry") != 0) || argc > 6) {
		fprintf(stderr, "usage: serve_client PORT CLIENTS REPORTS REV [--retry]\n");
		return 2;
	}
	port = atoi(argv[1]);
	clients = atoi(argv[2]);
	reports = atoi(argv[3]);
	rev = argv[4];
	retry = argc == 6;
	if (port <= 0 || port > 65535 || clients <= 0 || reports <= 0 || strlen(rev) > 100) {
		fprintf(stderr, "serve_client: bad arguments\n");
		return 2;
	}
	setvbuf(stdout, NULL, _IOLBF, 0);
	if ((epfd = epoll_create1(EPOLL_CLOEXEC)) < 0 || !(slots = calloc((size_t)clients, sizeof(*slots)))) {
		perror("serve_client");
		return 2;
	}
	t0 = now_ns();
	for (int c = 0; c < clients; c++) {
		slots[c].client = c;
		slots[c].fd = -1;
		build_request(&slots[c]);
		start(&slots[c]);
	}
	for (;;) {
		long long now = now_ns(), next = now + 100000000LL;
		int n, timeout;

		open_slots = 0;
		for (int c = 0; c < clients; c++) {
			slot *s = &slots[c];

			if (s->state == FINISHED)
				continue;
			open_slots++;
			if (s->due <= now) {
				if (s->state == WAITING)
					start(s);
				else
					failed(s, 0, "no answer in 30 s");
				now = now_ns();
			}
			if (s->state != FINISHED && s->due < next)
				next = s->due;
		}
		if (!open_slots)
			break;
		timeout = next > now ? (int)((next - now + 999999) / 1000000) : 0;
		n = epoll_wait(epfd, evs, (int)(sizeof(evs) / sizeof(evs[0])), timeout);
		if (n < 0 && errno != EINTR) {
			perror("serve_client: epoll_wait");
			return 2;
		}
		for (int i = 0; i < n; i++)
			on_event(evs[i].data.ptr);
	}
	getrusage(RUSAGE_SELF, &ru);
	printf("done %.6f %.6f\n", (double)(now_ns() - t0) / 1e9,
	       (double)ru.ru_utime.tv_sec + (double)ru.ru_stime.tv_sec +
	       ((double)ru.ru_utime.tv_usec + (double)ru.ru_stime.tv_usec) / 1e6);
	for (int c = 0; c < clients; c++)
		free(slots[c].req);
	free(slots);
	close(epfd);
	return 0;
}
