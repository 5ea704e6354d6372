/* check.c: placeholder until the checker lands. */
#include <stdio.h>
#include "cmd.h"

int cmd_check(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	fprintf(stderr, "errata: check is not available yet\n");
	return EXIT_USAGE;
}
