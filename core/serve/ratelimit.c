/*
 * ratelimit.c: a token bucket per client address. Each address starts
 * with `burst` tokens, gains `rate` tokens a second up to `burst`, and
 * spends one per request. The table is a fixed array of buckets probed by
 * the address's hash; when it is full, the bucket idle longest is reused
 * (a full bucket is what a forgotten address would have anyway).
 */
#include "serve/http.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define BUCKETS 4096
#define PROBE 16

typedef struct {
	char addr[64];
	double tokens;
	double last;     /* seconds, monotonic */
} bucket;

struct errata__ratelimit {
	pthread_mutex_t lock;
	double rate, burst;
	bucket *b;
};

int errata__ratelimit_new(errata__ratelimit **out, double rate, double burst)
{
	errata__ratelimit *rl = calloc(1, sizeof(*rl));

	*out = NULL;
	if (!rl || !(rl->b = calloc(BUCKETS, sizeof(bucket)))) {
		free(rl);
		return errata__oom();
	}
	pthread_mutex_init(&rl->lock, NULL);
	rl->rate = rate;
	rl->burst = burst < 1 ? 1 : burst;
	*out = rl;
	return 0;
}

void errata__ratelimit_free(errata__ratelimit *rl)
{
	if (!rl)
		return;
	pthread_mutex_destroy(&rl->lock);
	free(rl->b);
	free(rl);
}

static double now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int errata__ratelimit_take(errata__ratelimit *rl, const char *addr, unsigned *retry_after)
{
	uint64_t h = errata__fnv1a(ERRATA__FNV_SEED, addr, strlen(addr));
	double now = now_s();
	bucket *b = NULL, *oldest = NULL;
	int ok;

	*retry_after = 0;
	pthread_mutex_lock(&rl->lock);
	for (size_t i = 0; i < PROBE; i++) {
		bucket *x = &rl->b[(h + i) % BUCKETS];

		if (strcmp(x->addr, addr) == 0) {
			b = x;
			break;
		}
		if (!oldest || x->last < oldest->last)
			oldest = x;
	}
	if (!b) {
		b = oldest;
		snprintf(b->addr, sizeof(b->addr), "%s", addr);
		b->tokens = rl->burst;
		b->last = now;
	}
	b->tokens += (now - b->last) * rl->rate;
	if (b->tokens > rl->burst)
		b->tokens = rl->burst;
	b->last = now;
	ok = b->tokens >= 1;
	if (ok)
		b->tokens -= 1;
	else
		*retry_after = (unsigned)((1 - b->tokens) / rl->rate) + 1;
	pthread_mutex_unlock(&rl->lock);
	return ok;
}
