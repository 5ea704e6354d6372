/* corrections.c: placeholder until the command lands. */
#include <stdio.h>
#include "cmd.h"

int cmd_corrections(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	fprintf(stderr, "errata: corrections is not available yet\n");
	return EXIT_USAGE;
}
