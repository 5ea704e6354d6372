/*
 * cmd/opt.h: declarative option parsing for errata's commands.
 *
 * A command declares a table of options (long name, optional short letter,
 * kind, where to store, help text) and calls opt_parse(); it gets the
 * remaining arguments back and a usage message printed for --help or bad
 * input. Options may be written "--name value" or "--name=value"; "--"
 * ends the options.
 */
#ifndef ERRATA_CMD_OPT_H
#define ERRATA_CMD_OPT_H

#include <stddef.h>
#include <stdio.h>

typedef enum {
	OPT_END = 0,
	OPT_FLAG,     /* int *: set to 1 */
	OPT_STRING,   /* const char **: the last value wins */
	OPT_LIST      /* struct opt_list *: every value, in order */
} opt_kind;

struct opt_list {
	const char **items;
	size_t count;
};

struct opt {
	const char *name;   /* long name without "--" */
	char short_name;    /* 0: none */
	opt_kind kind;
	void *value;
	const char *arg;    /* placeholder in help, e.g. "FILE" */
	const char *help;
};

struct opt_command {
	const char *usage;        /* "errata check [OPTIONS] [PATH...|-]" */
	const char *description;  /* a paragraph printed under the usage */
	const struct opt *opts;   /* ends with { NULL } */
	const char *epilog;       /* printed after the options, or NULL */
};

/* What opt_parse() returns besides a negative error. */
enum { OPT_OK = 0, OPT_HELP = 1 };

/*
 * Parse argv[1..argc) (argv[0] is the command name). On success stores the
 * positional arguments in *rest and *nrest (pointers into argv) and returns
 * OPT_OK; for --help prints help to stdout and returns OPT_HELP; for a bad
 * option prints "errata: ..." and a hint to stderr and returns -1.
 * Callers return 0 for OPT_HELP and 2 for -1 (see cmd_exit_for()).
 */
int opt_parse(const struct opt_command *cmd, int argc, char **argv,
              char ***rest, int *nrest);

void opt_print_help(const struct opt_command *cmd, FILE *to);
void opt_list_free(struct opt_list *l);

#endif
