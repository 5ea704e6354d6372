/*
 * test_cpu.c: ERRATA_NO_AVX2 turns loading's AVX2 bodies off, so that a
 * machine that has AVX2 can run (and the tests can cover) the bodies of
 * one without it; tests/cli/simd_paths.sh compares what both give.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <cmocka.h>

#include "text/text.h"

#ifdef ERRATA__AVX2
static void test_cpu_no_avx2(void **state)
{
	(void)state;
	assert_int_equal(errata__avx2(), 0);
	/* read once: a later change of the environment does not switch bodies mid-run */
	unsetenv("ERRATA_NO_AVX2");
	assert_int_equal(errata__avx2(), 0);
}
#endif

int main(void)
{
	const struct CMUnitTest tests[] = {
#ifdef ERRATA__AVX2
		cmocka_unit_test(test_cpu_no_avx2),
#endif
	};

	/* before the first question: the answer is read once */
	setenv("ERRATA_NO_AVX2", "1", 1);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
