/*
 * test_pool.c: the ordered worker pool: jobs come back in submission
 * order whatever order they finish in, no more than the window is ever in
 * flight, each worker keeps its own state, a deliver() that fails stops
 * the pool, one worker runs in the caller's thread; and checkers, one per
 * worker, check the same articles in parallel with the same findings as
 * one checker alone (run it under `make SANITIZE=thread test` too).
 */
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <cmocka.h>

#include "errata.h"

#define JOBS 600

struct job {
	size_t n;
	void *state;           /* the worker state it ran with */
	pthread_t thread;
	int stopped;           /* errata_pool_stopped() when it came back */
};

struct counts {
	errata_pool *pool;
	pthread_mutex_t lock;
	size_t running, max_running;
	size_t delivered, max_in_flight, submitted, started;
	size_t order_errors;
	size_t stop_at;        /* deliver() fails at this job number (0: never) */
	size_t states_made, states_freed;
	size_t stopped_seen;
};

static void pause_a_little(size_t n)
{
	/* uneven work: later jobs often finish before earlier ones */
	struct timespec ts = { 0, (long)((n * 7919) % 13) * 20000 };

	nanosleep(&ts, NULL);
}

static void work(void *vjob, void **state, void *ud)
{
	struct job *job = vjob;
	struct counts *c = ud;

	pthread_mutex_lock(&c->lock);
	if (!*state) {
		*state = malloc(1);
		c->states_made++;
	}
	c->started++;
	if (++c->running > c->max_running)
		c->max_running = c->running;
	pthread_mutex_unlock(&c->lock);
	job->state = *state;
	job->thread = pthread_self();
	pause_a_little(job->n);
	pthread_mutex_lock(&c->lock);
	c->running--;
	pthread_mutex_unlock(&c->lock);
}

static int deliver(void *vjob, void *ud)
{
	struct job *job = vjob;
	struct counts *c = ud;
	size_t in_flight;

	/* jobs a worker has taken and the caller has not had back */
	pthread_mutex_lock(&c->lock);
	in_flight = c->started - c->delivered;
	pthread_mutex_unlock(&c->lock);
	if (in_flight > c->max_in_flight)
		c->max_in_flight = in_flight;
	if (job->n != c->delivered)
		c->order_errors++;
	c->delivered++;
	if (c->pool && errata_pool_stopped(c->pool))
		c->stopped_seen++;
	free(job);
	return c->stop_at && c->delivered == c->stop_at ? 7 : 0;
}

static void state_free(void *state, void *ud)
{
	struct counts *c = ud;

	if (state)
		c->states_freed++;
	free(state);
}

static void run_pool(unsigned int workers, size_t window, struct counts *c, size_t *accepted)
{
	errata_pool_options o = ERRATA_POOL_OPTIONS_INIT;
	errata_pool *p = NULL;
	size_t i;

	o.workers = workers;
	o.window = window;
	o.work = work;
	o.deliver = deliver;
	o.worker_free = state_free;
	o.ud = c;
	assert_int_equal(errata_pool_new(&p, &o), 0);
	c->pool = p;
	for (i = 0; i < JOBS; i++) {
		struct job *job = calloc(1, sizeof(*job));
		int r;

		assert_non_null(job);
		job->n = i;
		c->submitted++;
		r = errata_pool_submit(p, job);
		if (r) {
			assert_int_equal(r, 7);
			c->submitted--;
			free(job);
			break;
		}
	}
	*accepted = i;
	assert_int_equal(errata_pool_finish(p), c->stop_at ? 7 : 0);
	assert_int_equal(errata_pool_workers(p), workers);
	errata_pool_free(p);
	c->pool = NULL;
}

static void test_pool_order_and_window(void **state)
{
	struct counts c;
	size_t accepted;

	(void)state;
	memset(&c, 0, sizeof(c));
	pthread_mutex_init(&c.lock, NULL);
	run_pool(4, 6, &c, &accepted);
	assert_int_equal(accepted, JOBS);
	assert_int_equal(c.delivered, JOBS);
	assert_int_equal(c.order_errors, 0);
	assert_true(c.max_in_flight <= 6);
	assert_true(c.max_running <= 4);
	assert_true(c.max_running >= 2);   /* it did run in parallel */
	assert_true(c.states_made >= 1 && c.states_made <= 4);
	assert_int_equal(c.states_freed, c.states_made);
	pthread_mutex_destroy(&c.lock);
}

static void test_pool_stop(void **state)
{
	struct counts c;
	size_t accepted;

	(void)state;
	memset(&c, 0, sizeof(c));
	pthread_mutex_init(&c.lock, NULL);
	c.stop_at = 50;
	run_pool(3, 0, &c, &accepted);
	/* every job taken came back, in order, and the pool stopped soon after */
	assert_int_equal(c.delivered, accepted);
	assert_int_equal(c.order_errors, 0);
	assert_true(accepted >= 50 && accepted <= 50 + 3 * ERRATA_POOL_WINDOW_PER_WORKER);   /* a default window */
	assert_int_equal(c.stopped_seen, accepted - 50);
	pthread_mutex_destroy(&c.lock);
}

static pthread_t caller;

static void work_inline(void *vjob, void **state, void *ud)
{
	struct job *job = vjob;

	(void)ud;
	if (!*state)
		*state = malloc(1);
	job->state = *state;
	job->thread = pthread_self();
}

static int deliver_inline(void *vjob, void *ud)
{
	struct job *job = vjob;
	size_t *n = ud;

	if (!pthread_equal(job->thread, caller))
		return 1;
	(*n)++;
	return 0;
}

static void free_state(void *state, void *ud)
{
	(void)ud;
	free(state);
}

static void test_pool_one_worker_runs_inline(void **state)
{
	errata_pool_options o = ERRATA_POOL_OPTIONS_INIT;
	errata_pool *p = NULL;
	struct job jobs[10];
	size_t n = 0;

	(void)state;
	caller = pthread_self();
	o.workers = 1;
	o.work = work_inline;
	o.deliver = deliver_inline;
	o.worker_free = free_state;
	o.ud = &n;
	assert_int_equal(errata_pool_new(&p, &o), 0);
	for (size_t i = 0; i < 10; i++) {
		memset(&jobs[i], 0, sizeof(jobs[i]));
		assert_int_equal(errata_pool_submit(p, &jobs[i]), 0);
		assert_int_equal(n, i + 1);   /* delivered at once */
	}
	assert_int_equal(errata_pool_finish(p), 0);
	assert_ptr_equal(jobs[0].state, jobs[9].state);
	errata_pool_free(p);
	assert_true(errata_pool_cores() >= 1);
}

static void test_pool_bad_options(void **state)
{
	errata_pool_options o = ERRATA_POOL_OPTIONS_INIT;
	errata_pool *p = (errata_pool *)&o;

	(void)state;
	assert_int_equal(errata_pool_new(&p, &o), ERRATA_EUSAGE);
	assert_null(p);
	errata_pool_free(NULL);
}

/* ---- checkers in parallel ------------------------------------------------ */

#define ARTICLES 64

struct check_job {
	size_t n;
	errata_findings *findings;
	int error;
};

struct check_ctx {
	char *text[ARTICLES];
	errata_buf out[2];   /* one worker, four */
	int which;
	size_t next;
	int errors;
};

static void check_work(void *vjob, void **state, void *ud)
{
	struct check_job *job = vjob;
	struct check_ctx *ctx = ud;
	errata_checker_options co = ERRATA_CHECKER_OPTIONS_INIT;
	errata_doc *doc = NULL;
	char name[32];

	co.date.year = 2026;
	co.date.month = 3;
	co.date.day = 1;
	if (!*state && errata_checker_new((errata_checker **)state, &co) < 0) {
		job->error = 1;
		return;
	}
	snprintf(name, sizeof(name), "a%zu.md", job->n);
	if (errata_doc_load_buffer(&doc, name, ctx->text[job->n], strlen(ctx->text[job->n]), NULL) < 0 ||
	    errata_findings_new(&job->findings) < 0 ||
	    errata_checker_check(*state, doc, job->findings) < 0)
		job->error = 1;
	errata_doc_free(doc);
}

static int check_deliver(void *vjob, void *ud)
{
	struct check_job *job = vjob;
	struct check_ctx *ctx = ud;

	if (job->error || job->n != ctx->next++ ||
	    errata_output_findings(&ctx->out[ctx->which], ERRATA_OUTPUT_TEXT, job->findings, NULL) < 0)
		ctx->errors++;
	errata_findings_free(job->findings);
	free(job);
	return 0;
}

static void checker_free(void *state, void *ud)
{
	(void)ud;
	errata_checker_free(state);
}

static void test_pool_checkers_in_parallel(void **state)
{
	static const char *const langs[] = { "en", "fr", "de", "es" };
	struct check_ctx ctx;

	(void)state;
	memset(&ctx, 0, sizeof(ctx));
	for (size_t i = 0; i < ARTICLES; i++) {
		char *t = malloc(1024);

		assert_non_null(t);
		/* several languages: locale tables and word lists load lazily in each worker */
		snprintf(t, 1024,
		         "---\nlang: %s\ndate: 2026-03-01\n---\n"
		         "The meeting on Tuesday, March %zu, 2026 was moved. A three-day visit "
		         "from March 4 to March 9 followed; February 30, 2026 never came. "
		         "Mardi 3 mars 2026, Dienstag, 3. März 2026, martes 3 de marzo de 2026.\n",
		         langs[i % 4], i % 28 + 1);
		ctx.text[i] = t;
	}
	for (ctx.which = 0; ctx.which < 2; ctx.which++) {
		errata_pool_options o = ERRATA_POOL_OPTIONS_INIT;
		errata_pool *p = NULL;

		o.workers = ctx.which ? 4 : 1;
		o.window = 5;
		o.work = check_work;
		o.deliver = check_deliver;
		o.worker_free = checker_free;
		o.ud = &ctx;
		ctx.next = 0;
		assert_int_equal(errata_pool_new(&p, &o), 0);
		for (size_t i = 0; i < ARTICLES; i++) {
			struct check_job *job = calloc(1, sizeof(*job));

			assert_non_null(job);
			job->n = i;
			assert_int_equal(errata_pool_submit(p, job), 0);
		}
		assert_int_equal(errata_pool_finish(p), 0);
		errata_pool_free(p);
	}
	assert_int_equal(ctx.errors, 0);
	assert_true(ctx.out[0].size > 0);
	assert_non_null(strstr(ctx.out[0].ptr, "date.weekday"));
	assert_int_equal(ctx.out[0].size, ctx.out[1].size);
	assert_memory_equal(ctx.out[0].ptr, ctx.out[1].ptr, ctx.out[0].size);
	for (size_t i = 0; i < ARTICLES; i++)
		free(ctx.text[i]);
	errata_buf_dispose(&ctx.out[0]);
	errata_buf_dispose(&ctx.out[1]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pool_order_and_window),
		cmocka_unit_test(test_pool_stop),
		cmocka_unit_test(test_pool_one_worker_runs_inline),
		cmocka_unit_test(test_pool_bad_options),
		cmocka_unit_test(test_pool_checkers_in_parallel),
	};
	return cmocka_run_group_tests_name("pool", tests, NULL, NULL);
}
