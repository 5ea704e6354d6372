/*
 * group.c: group commit for the server. Reports filed at the same time are
 * stored together: each request thread prepares its report (validation,
 * locating the quote, blame, findings) on its own, then hands the open
 * event over here. The first thread to arrive while nobody writes becomes
 * the writer: it takes every event waiting, stores the readers' contacts
 * in one write and the events in one commit (one round of fsync for all),
 * and wakes the others, each of which answers only once its own event is
 * committed. A failed write fails every report in it, with its message.
 * A thread of its own rolls the small packs up once no report has been
 * written for a moment (IDLE_MS), not while readers wait.
 */
#include "serve/http.h"
#include "reports/reports.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* The writer is idle once no batch has been written for this long. */
#define IDLE_MS 250

typedef struct pending {
	const char *id, *json, *reporter, *contact, *time;
	size_t len;
	int done, error;
	char message[512];
	struct pending *next;
} pending;

struct errata__group {
	pthread_mutex_t lock;
	pthread_cond_t cond;
	pending *head, **tail;
	int writing;
	errata__objbatch *batch;   /* the writer's repository handle and pack writer */
	void (*on_wait)(void *);   /* before a report's thread waits (the server's checker goes back) */
	void *on_wait_payload;
	/* the roll-up of small packs, once idle */
	pthread_t upkeep;
	pthread_cond_t upkeep_cond;   /* a batch written, or the stop */
	int has_upkeep, stopping, due;
	struct timespec last_write;   /* CLOCK_MONOTONIC */
};

static long long ms_since(const struct timespec *t)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (long long)(now.tv_sec - t->tv_sec) * 1000 + (now.tv_nsec - t->tv_nsec) / 1000000;
}

/*
 * The upkeep thread: when a roll-up is due, wait until no batch has been
 * written for IDLE_MS, then start it as the writer (nobody writes at the
 * same time). Sleeps when nothing is due.
 */
static void *upkeep(void *payload)
{
	errata__group *g = payload;

	pthread_mutex_lock(&g->lock);
	while (!g->stopping) {
		long long idle;

		if (!g->due) {
			pthread_cond_wait(&g->upkeep_cond, &g->lock);
			continue;
		}
		idle = ms_since(&g->last_write);
		if (idle < IDLE_MS || g->writing) {
			struct timespec until;

			clock_gettime(CLOCK_REALTIME, &until);
			until.tv_nsec += (long)(IDLE_MS - (idle < IDLE_MS ? idle : 0)) * 1000000L;
			until.tv_sec += until.tv_nsec / 1000000000L;
			until.tv_nsec %= 1000000000L;
			pthread_cond_timedwait(&g->upkeep_cond, &g->lock, &until);
			continue;
		}
		g->writing = 1;
		pthread_mutex_unlock(&g->lock);
		g->due = errata__objbatch_idle(g->batch);
		pthread_mutex_lock(&g->lock);
		g->writing = 0;
		/* Reports that came meanwhile wait for the writer's place. */
		pthread_cond_broadcast(&g->cond);
	}
	pthread_mutex_unlock(&g->lock);
	return NULL;
}

void errata__group_on_wait(errata__group *g, void (*fn)(void *), void *payload)
{
	g->on_wait = fn;
	g->on_wait_payload = payload;
}

int errata__group_new(errata__group **out)
{
	errata__group *g = calloc(1, sizeof(*g));

	*out = NULL;
	if (!g)
		return errata__oom();
	pthread_mutex_init(&g->lock, NULL);
	pthread_cond_init(&g->cond, NULL);
	pthread_cond_init(&g->upkeep_cond, NULL);
	g->tail = &g->head;
	clock_gettime(CLOCK_MONOTONIC, &g->last_write);
	/* Without the thread, the packs are still rolled up while busy, past 256. */
	g->has_upkeep = pthread_create(&g->upkeep, NULL, upkeep, g) == 0;
	*out = g;
	return 0;
}

void errata__group_free(errata__group *g)
{
	if (!g)
		return;
	if (g->has_upkeep) {
		pthread_mutex_lock(&g->lock);
		g->stopping = 1;
		pthread_cond_signal(&g->upkeep_cond);
		pthread_mutex_unlock(&g->lock);
		pthread_join(g->upkeep, NULL);
	}
	errata__objbatch_free(g->batch);
	pthread_cond_destroy(&g->upkeep_cond);
	pthread_cond_destroy(&g->cond);
	pthread_mutex_destroy(&g->lock);
	free(g);
}

int errata__group_warm(errata__group *g, const char *gitdir)
{
	int error;

	if (!g->batch && (error = errata__objbatch_new(&g->batch, gitdir)) < 0)
		return error;
	return errata__objbatch_warm(g->batch);
}

static int build_group(errata_repo *repo, git_tree *tip, void *payload, errata__event_batch *b)
{
	pending *list = payload;
	size_t n = 0;
	int error = 0;

	(void)repo;
	(void)tip;
	for (pending *p = list; p && error == 0; p = p->next) {
		char path[128];

		errata__reports_event_path(path, p->id, 1, p->id);
		error = errata__batch_add(b, path, p->json, p->len);
		n++;
	}
	if (error == 0 && !(b->message = malloc(80)))
		error = errata__oom();
	if (error == 0 && n == 1)
		snprintf(b->message, 80, "report %s: open\n", list->id);
	else if (error == 0)
		snprintf(b->message, 80, "reports: %zu opened\n", n);
	return error;
}

/*
 * Store a list of events: the readers' contacts in one commit, the events
 * in another, the objects of both in one pack synced to disk, and only
 * then the two refs moved (the contacts first: a contact without its
 * report is harmless, the reverse would publish a report whose reader's
 * details were lost). A ref that moved meanwhile (an editor's action, a
 * command-line writer) means building both again on the new tips.
 */
static int write_group(errata__group *g, errata_repo *caller, pending *list)
{
	size_t n = 0, i = 0;
	const char **ids, **who, **mail, **when;
	git_signature *sig = NULL;
	errata_repo *repo;
	int error = 0, attempt;

	if (!g->batch && (error = errata__objbatch_new(&g->batch, caller->gitdir)) < 0)
		return error;
	repo = errata__objbatch_repo(g->batch);
	for (pending *p = list; p; p = p->next)
		n++;
	ids = calloc(n, sizeof(char *));
	who = calloc(n, sizeof(char *));
	mail = calloc(n, sizeof(char *));
	when = calloc(n, sizeof(char *));
	if (!ids || !who || !mail || !when) {
		error = errata__oom();
		goto cleanup;
	}
	for (pending *p = list; p; p = p->next, i++) {
		ids[i] = p->id;
		who[i] = p->reporter;
		mail[i] = p->contact;
		when[i] = p->time;
	}
	if ((error = errata__reports_signature(&sig, "errata serve")) < 0)
		goto cleanup;
	for (attempt = 0;; attempt++) {
		errata__prepared contacts, reports;
		int has_contacts;

		errata__objbatch_discard(g->batch);
		if ((has_contacts = errata__contacts_prepare_many(repo, n, ids, who, mail, when, &contacts)) < 0) {
			error = has_contacts;
			break;
		}
		has_contacts = has_contacts == 0;
		if ((error = errata__reports_prepare(repo, errata__objbatch_writer(g->batch), sig, build_group,
		                                      list, &reports)) != 0 ||
		    (error = errata__objbatch_store(g->batch)) < 0)
			break;
		if (has_contacts && (error = errata__contacts_move(repo, &contacts)) == 0)
			has_contacts = 0;
		if (error == 0)
			error = errata__reports_move(repo, reports.has_tip ? &reports.tip : NULL, &reports.commit,
			                             sig, reports.message);
		if (!errata__reports_lost_race(error, attempt))
			break;
	}
	error = errata__reports_gave_up(error, repo);
cleanup:
	if (g->batch)
		errata__objbatch_discard(g->batch);
	git_signature_free(sig);
	free(ids);
	free(who);
	free(mail);
	free(when);
	return error > 0 ? 0 : error;
}

static int group_sink(errata_repo *repo, const char *id, const char *json, size_t len,
                      const char *reporter, const char *contact, const char *time, void *payload)
{
	errata__group *g = payload;
	pending me;

	if (g->on_wait)
		g->on_wait(g->on_wait_payload);
	memset(&me, 0, sizeof(me));
	me.id = id;
	me.json = json;
	me.len = len;
	me.reporter = reporter;
	me.contact = contact;
	me.time = time;
	pthread_mutex_lock(&g->lock);
	*g->tail = &me;
	g->tail = &me.next;
	while (!me.done) {
		if (!g->writing) {
			pending *list = g->head, *p, *next;
			int error;

			g->writing = 1;
			g->head = NULL;
			g->tail = &g->head;
			pthread_mutex_unlock(&g->lock);
			error = write_group(g, repo, list);
			pthread_mutex_lock(&g->lock);
			clock_gettime(CLOCK_MONOTONIC, &g->last_write);
			if (g->batch && errata__objbatch_roll_up_due(g->batch)) {
				g->due = 1;
				pthread_cond_signal(&g->upkeep_cond);
			}
			for (p = list; p; p = next) {
				next = p->next;
				p->error = error;
				if (error < 0)
					snprintf(p->message, sizeof(p->message), "%s", errata_error_last());
				p->done = 1;
			}
			g->writing = 0;
			pthread_cond_broadcast(&g->cond);
		} else {
			pthread_cond_wait(&g->cond, &g->lock);
		}
	}
	pthread_mutex_unlock(&g->lock);
	if (me.error < 0)
		return errata__error(me.error, "%s", me.message);
	return 0;
}

void errata__group_attach(errata__group *g)
{
	errata__report_set_sink(g ? group_sink : NULL, g);
}
