/*
 * errata/pool.h: a pool of worker threads for work done item by item (an
 * article, a changed file) whose results must come out in the order the
 * items went in. The caller submits jobs; workers run them in parallel,
 * each with a state of its own (a checker, say); the caller's thread gets
 * each finished job back in submission order, once every job before it is
 * back, so output streams: at each submission, and, while the window is
 * full, in runs (the caller then waits for the job half a window ahead of
 * the oldest, so that it is not woken for every job). At most `window`
 * jobs are in flight, so memory follows the number of workers, not the
 * number of jobs.
 *
 *   errata_pool *p;
 *   errata_pool_options o = ERRATA_POOL_OPTIONS_INIT;
 *   o.work = run_one; o.deliver = print_one; o.worker_free = drop; o.ud = &ctx;
 *   errata_pool_new(&p, &o);
 *   for each item: errata_pool_submit(p, job)  (stop when it returns nonzero)
 *   errata_pool_finish(p);  errata_pool_free(p);
 *
 * With one worker, no thread is started: each job runs in the caller's
 * thread inside errata_pool_submit() and is delivered at once.
 */
#ifndef ERRATA_POOL_H
#define ERRATA_POOL_H

#include <stddef.h>
#include "errata/common.h"

/* The number of cores this process may run on (its CPU affinity), at least 1. */
ERRATA_API unsigned int errata_pool_cores(void);

/*
 * The default window, per worker: wide enough that the caller, waiting
 * for the job half a window ahead, is woken once every 32 jobs a worker
 * does, and the workers seldom find the ring empty (at 16 a worker, the
 * wake-ups cost two cores a tenth more CPU time than one on the
 * benchmark's corpus); each job in flight holds only a file's findings.
 */
#define ERRATA_POOL_WINDOW_PER_WORKER 64

typedef struct {
	unsigned int version;
	unsigned int workers;  /* 0: errata_pool_cores() */
	size_t window;         /* jobs in flight at most; 0: ERRATA_POOL_WINDOW_PER_WORKER per worker */
	/*
	 * Run one job, in a worker's thread. *state is that worker's own
	 * pointer, NULL at first: work may set it (built lazily) and finds it
	 * again on the worker's next job. Results go into the job.
	 */
	void (*work)(void *job, void **state, void *ud);
	/*
	 * Hand a finished job back, in the caller's thread, in submission
	 * order; it owns the job from then on. A nonzero return stops the
	 * pool: later submits return it, and the jobs still in flight are
	 * delivered with errata_pool_stopped() true so they can be dropped.
	 */
	int (*deliver)(void *job, void *ud);
	/* Free a worker's state (may be NULL), when the pool is freed. */
	void (*worker_free)(void *state, void *ud);
	void *ud;
} errata_pool_options;

#define ERRATA_POOL_OPTIONS_VERSION 1
#define ERRATA_POOL_OPTIONS_INIT { ERRATA_POOL_OPTIONS_VERSION, 0, 0, NULL, NULL, NULL, NULL }

typedef struct errata_pool errata_pool;

/*
 * Start the workers (fewer when threads cannot be had; none for one
 * worker). opts->work and opts->deliver are required.
 */
ERRATA_API int errata_pool_new(errata_pool **out, const errata_pool_options *opts);
/*
 * Queue a job, waiting while the window is full, and deliver every job
 * whose turn has come. Returns 0, or the nonzero deliver() result that
 * stopped the pool (the job is then not taken: it still belongs to the
 * caller).
 */
ERRATA_API int errata_pool_submit(errata_pool *p, void *job);
/* Wait for every job and deliver the rest. Returns 0 or the stopping result. */
ERRATA_API int errata_pool_finish(errata_pool *p);
/* Whether a deliver() has stopped the pool. */
ERRATA_API int errata_pool_stopped(const errata_pool *p);
/* How many workers run (1 when jobs run in the caller's thread). */
ERRATA_API unsigned int errata_pool_workers(const errata_pool *p);
/* Finish, stop the threads, free each worker's state and the pool. NULL is fine. */
ERRATA_API void errata_pool_free(errata_pool *p);

#endif
