/*
 * pool.c: the ordered worker pool of errata/pool.h. Jobs sit in a ring of
 * `window` slots numbered by submission; workers take them in that order,
 * and the caller's thread hands them back from the oldest on, each as soon
 * as it and every job before it are done. One mutex guards the counters;
 * workers wait on one condition for work, the caller on another. A caller
 * whose ring is full waits until the job half a ring ahead of the oldest
 * is done, not the oldest alone: it then hands back a run of jobs and
 * fills half the ring at once, while the workers still have the other
 * half, so that neither side is woken for every job.
 */
#define _GNU_SOURCE   /* sched_getaffinity(), CPU_COUNT() */
#include <pthread.h>
#include <sched.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "common.h"
#include "errata/pool.h"

#define MAX_WORKERS 256

typedef struct {
	void *job;
	int done;
} slot;

typedef struct {
	errata_pool *pool;
	unsigned int index;
} worker_arg;

struct errata_pool {
	errata_pool_options o;
	unsigned int workers;     /* threads started; 0: jobs run in the caller's thread */
	pthread_t *threads;
	worker_arg *args;
	void **states;            /* one per worker (one for the caller's thread) */
	slot *ring;
	size_t window;
	size_t submitted, taken, delivered;  /* job numbers, never wrapped */
	size_t wait_for;          /* the job the caller waits for (and the oldest); SIZE_MAX: none */
	int stop;                 /* the deliver() result that stopped the pool */
	int quit;                 /* workers leave once the ring is empty */
	int sync_ready;
	pthread_mutex_t lock;
	pthread_cond_t work_cv;   /* a job was queued, or quit */
	pthread_cond_t done_cv;   /* the oldest job in flight is done */
};

unsigned int errata_pool_cores(void)
{
	cpu_set_t set;
	long n;

	CPU_ZERO(&set);
	if (sched_getaffinity(0, sizeof(set), &set) == 0 && CPU_COUNT(&set) > 0)
		return (unsigned int)CPU_COUNT(&set);
	n = sysconf(_SC_NPROCESSORS_ONLN);
	return n > 0 ? (unsigned int)n : 1;
}

static void *worker_main(void *arg)
{
	worker_arg *a = arg;
	errata_pool *p = a->pool;

	pthread_mutex_lock(&p->lock);
	for (;;) {
		size_t n;
		void *job;

		while (!p->quit && p->taken == p->submitted)
			pthread_cond_wait(&p->work_cv, &p->lock);
		if (p->taken == p->submitted)
			break;
		n = p->taken++;
		job = p->ring[n % p->window].job;
		pthread_mutex_unlock(&p->lock);
		p->o.work(job, &p->states[a->index], p->o.ud);
		pthread_mutex_lock(&p->lock);
		p->ring[n % p->window].done = 1;
		if (p->wait_for != SIZE_MAX && (n == p->wait_for || n == p->delivered))
			pthread_cond_signal(&p->done_cv);
	}
	pthread_mutex_unlock(&p->lock);
	return NULL;
}

/* Hand a job back (lock not held); the first nonzero result stops the pool. */
static void hand_back(errata_pool *p, void *job)
{
	int r = p->o.deliver(job, p->o.ud);

	if (r && !p->stop)
		p->stop = r;
}

/*
 * With the lock held: deliver the oldest jobs that are done; with `wait`
 * (there must be a job in flight), first wait until the job `ahead` jobs
 * after the oldest one (or the newest, if fewer are in flight) is done.
 */
static void deliver_ready(errata_pool *p, int wait, size_t ahead)
{
	if (wait) {
		size_t last = p->submitted - 1, n = p->delivered + ahead < last ? p->delivered + ahead : last;

		/* (the oldest too: jobs finish out of order) */
		p->wait_for = n;
		while (!p->ring[n % p->window].done || !p->ring[p->delivered % p->window].done)
			pthread_cond_wait(&p->done_cv, &p->lock);
		p->wait_for = SIZE_MAX;
	}
	for (;;) {
		slot *s;
		void *job;

		if (p->delivered == p->submitted)
			return;
		s = &p->ring[p->delivered % p->window];
		if (!s->done)
			return;
		job = s->job;
		s->job = NULL;
		s->done = 0;
		p->delivered++;
		pthread_mutex_unlock(&p->lock);
		hand_back(p, job);
		pthread_mutex_lock(&p->lock);
	}
}

int errata_pool_new(errata_pool **out, const errata_pool_options *opts)
{
	errata_pool *p;
	unsigned int want;
	int error = 0;

	*out = NULL;
	if (!opts || opts->version != ERRATA_POOL_OPTIONS_VERSION || !opts->work || !opts->deliver)
		return errata__error(ERRATA_EUSAGE, "pool options: work and deliver are required");
	if (!(p = calloc(1, sizeof(*p))))
		return errata__oom();
	p->o = *opts;
	want = opts->workers ? opts->workers : errata_pool_cores();
	if (want > MAX_WORKERS)
		want = MAX_WORKERS;
	p->wait_for = SIZE_MAX;
	p->window = opts->window ? opts->window : (size_t)want * ERRATA_POOL_WINDOW_PER_WORKER;
	if (p->window < want)
		p->window = want;
	if (!(p->states = calloc(want, sizeof(*p->states)))) {
		error = errata__oom();
		goto cleanup;
	}
	if (want == 1)
		goto done;
	if (!(p->ring = calloc(p->window, sizeof(*p->ring))) ||
	    !(p->threads = calloc(want, sizeof(*p->threads))) ||
	    !(p->args = calloc(want, sizeof(*p->args)))) {
		error = errata__oom();
		goto cleanup;
	}
	if (pthread_mutex_init(&p->lock, NULL) != 0)
		goto done;
	if (pthread_cond_init(&p->work_cv, NULL) != 0) {
		pthread_mutex_destroy(&p->lock);
		goto done;
	}
	if (pthread_cond_init(&p->done_cv, NULL) != 0) {
		pthread_cond_destroy(&p->work_cv);
		pthread_mutex_destroy(&p->lock);
		goto done;
	}
	p->sync_ready = 1;
	/* Fewer threads than asked when the system refuses more; none runs inline. */
	for (unsigned int i = 0; i < want; i++) {
		p->args[i].pool = p;
		p->args[i].index = i;
		if (pthread_create(&p->threads[i], NULL, worker_main, &p->args[i]) != 0)
			break;
		p->workers++;
	}
done:
	*out = p;
	p = NULL;
cleanup:
	if (p) {
		free(p->states);
		free(p->ring);
		free(p->threads);
		free(p->args);
		free(p);
	}
	return error;
}

int errata_pool_submit(errata_pool *p, void *job)
{
	if (p->stop)
		return p->stop;
	if (!p->workers) {
		p->o.work(job, &p->states[0], p->o.ud);
		hand_back(p, job);
		return 0;
	}
	pthread_mutex_lock(&p->lock);
	while (p->submitted - p->delivered >= p->window && !p->stop)
		deliver_ready(p, 1, p->window / 2);
	if (p->stop) {
		pthread_mutex_unlock(&p->lock);
		return p->stop;
	}
	p->ring[p->submitted % p->window].job = job;
	p->ring[p->submitted % p->window].done = 0;
	p->submitted++;
	pthread_cond_signal(&p->work_cv);
	deliver_ready(p, 0, 0);
	pthread_mutex_unlock(&p->lock);
	return 0;
}

int errata_pool_finish(errata_pool *p)
{
	if (!p->workers)
		return p->stop;
	pthread_mutex_lock(&p->lock);
	while (p->delivered < p->submitted)
		deliver_ready(p, 1, 0);
	pthread_mutex_unlock(&p->lock);
	return p->stop;
}

int errata_pool_stopped(const errata_pool *p)
{
	return p->stop != 0;
}

unsigned int errata_pool_workers(const errata_pool *p)
{
	return p->workers ? p->workers : 1;
}

void errata_pool_free(errata_pool *p)
{
	unsigned int nstates;

	if (!p)
		return;
	errata_pool_finish(p);
	nstates = p->workers ? p->workers : 1;
	if (p->workers) {
		pthread_mutex_lock(&p->lock);
		p->quit = 1;
		pthread_cond_broadcast(&p->work_cv);
		pthread_mutex_unlock(&p->lock);
		for (unsigned int i = 0; i < p->workers; i++)
			pthread_join(p->threads[i], NULL);
	}
	if (p->sync_ready) {
		pthread_cond_destroy(&p->done_cv);
		pthread_cond_destroy(&p->work_cv);
		pthread_mutex_destroy(&p->lock);
	}
	for (unsigned int i = 0; i < nstates; i++)
		if (p->o.worker_free)
			p->o.worker_free(p->states[i], p->o.ud);
	free(p->states);
	free(p->ring);
	free(p->threads);
	free(p->args);
	free(p);
}
