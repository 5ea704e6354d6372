/*
 * cpu.c: whether loading's AVX2 bodies run (text/text.h).
 */
#include "text/text.h"

#ifdef ERRATA__AVX2
#include <pthread.h>
#include <stdlib.h>

static pthread_once_t avx2_once = PTHREAD_ONCE_INIT;
static int avx2_on;

static void avx2_decide(void)
{
	const char *off = getenv("ERRATA_NO_AVX2");

	avx2_on = __builtin_cpu_supports("avx2") && !(off && *off);
}

int errata__avx2(void)
{
	pthread_once(&avx2_once, avx2_decide);
	return avx2_on;
}
#endif
