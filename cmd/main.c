/*
 * main.c: the errata program's entry point: a table of commands, each a
 * main-like function in its own file, and the top-level --help/--version.
 * Commands that run the checker first make sure the data folder (locale
 * tables and default rule packs) is there: without it every date check
 * would be skipped and a wrong article would pass in silence.
 */
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "errata.h"
#include "cmd.h"

struct command {
	const char *name;
	int (*fn)(int argc, char **argv);
	const char *help;
	int needs_data;
};

static const struct command commands[] = {
	{ "check", cmd_check, "check articles for wrong dates and newsroom rules", 1 },
	{ "log", cmd_log, "list the revisions of an article with their findings", 1 },
	{ "blame", cmd_blame, "find the revision that introduced a quoted text", 0 },
	{ "report", cmd_report, "file and manage reader error reports", 1 },
	{ "correct", cmd_correct, "publish the correction for a fixed report", 0 },
	{ "corrections", cmd_corrections, "print an article's correction log", 0 },
	{ "diff", cmd_diff, "show an edit's word changes and the findings it introduced or fixed", 1 },
	{ "ci", cmd_ci, "check the articles a change touched; fail on new errors", 1 },
	{ "serve", cmd_serve, "serve the report form, the corrections and the editors' queue over HTTP", 1 },
	{ "hook", cmd_hook, "install a pre-commit hook that refuses new errors", 0 },
	{ "rules", cmd_rules, "list the rules a check runs, with their severity and state", 1 },
	{ "lsp", cmd_lsp, "serve diagnostics and fixes to editors (Language Server Protocol)", 1 },
	{ NULL, NULL, NULL, 0 }
};

static void usage(FILE *to)
{
	const struct command *c;

	fprintf(to, "usage: errata [--version] [--help] COMMAND [ARGS]\n\n"
	            "errata checks news articles for factual slips (a weekday that does not\n"
	            "match its date, an impossible date, newsroom rules) and tracks reader\n"
	            "corrections in the article's git repository.\n\ncommands:\n");
	for (c = commands; c->name; c++)
		fprintf(to, "  %-14s %s\n", c->name, c->help);
	fprintf(to, "\n'errata COMMAND --help' shows a command's options.\n"
	            "exit codes: 0 clean, 1 findings at error severity, 2 usage or input error\n");
}

void cmd_error(const char *fmt, ...)
{
	errata_buf b = ERRATA_BUF_INIT;
	char small[512], *msg = small;
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(small, sizeof(small), fmt, ap);
	va_end(ap);
	if (n >= (int)sizeof(small) && (msg = malloc((size_t)n + 1)) != NULL) {
		va_start(ap, fmt);
		vsnprintf(msg, (size_t)n + 1, fmt, ap);
		va_end(ap);
	}
	if (n < 0 || !msg)
		msg = small;
	if (errata_buf_puts(&b, "errata: ") < 0 || errata_buf_put_safe(&b, msg) < 0 ||
	    errata_buf_putc(&b, '\n') < 0)
		fputs("errata: out of memory\n", stderr);
	else
		fputs(b.ptr, stderr);
	if (msg != small)
		free(msg);
	errata_buf_dispose(&b);
}

int cmd_fail(void)
{
	cmd_error("%s", errata_error_last());
	return EXIT_USAGE;
}

const char *cmd_strerror(int err)
{
	static char reason[128];

	snprintf(reason, sizeof(reason), "%s", strerror(err));
	if (reason[0] >= 'A' && reason[0] <= 'Z')
		reason[0] = (char)(reason[0] - 'A' + 'a');
	return reason;
}

int cmd_parse_jobs(const char *s, unsigned int *out)
{
	char *end;
	unsigned long v;

	errno = 0;
	v = s && *s >= '0' && *s <= '9' ? strtoul(s, &end, 10) : 0;
	if (!v || errno || *end || v > 1024) {
		cmd_error("--jobs '%s' is not a number of workers (1 to 1024)", s ? s : "");
		return -1;
	}
	*out = (unsigned int)v;
	return 0;
}

int cmd_parse_max_findings(const char *s, size_t *out)
{
	char *end;
	unsigned long long v;

	errno = 0;
	v = s && *s >= '0' && *s <= '9' ? strtoull(s, &end, 10) : ULLONG_MAX;
	if (v == ULLONG_MAX || errno || *end || v > SIZE_MAX / 2) {
		cmd_error("--max-findings '%s' is not a number of findings", s ? s : "");
		return -1;
	}
	*out = (size_t)v;
	return 0;
}

int cmd_write_stdout(const char *data, size_t len)
{
	if ((len && fwrite(data, 1, len, stdout) != len) || fflush(stdout) != 0) {
		fprintf(stderr, "errata: cannot write to standard output\n");
		return -1;
	}
	return 0;
}

/*
 * 0 when the data folder holds locales/, else print why not and return
 * EXIT_USAGE. A command's --help needs no data, so it is let through.
 */
static int check_data_dir(int argc, char **argv)
{
	const char *dir = errata_data_dir();
	char path[4096];
	struct stat st;

	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--") == 0)
			break;
		if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0)
			return 0;
	}
	if (snprintf(path, sizeof(path), "%s/locales", dir) < (int)sizeof(path) &&
	    stat(path, &st) == 0 && S_ISDIR(st.st_mode))
		return 0;
	cmd_error("data folder '%s' has no locales/ folder; "
	          "set ERRATA_DATA_DIR to the folder that holds locales/ and packs/ "
	          "(the source tree's rules/, or the installed share/errata)", dir);
	return EXIT_USAGE;
}

int main(int argc, char **argv)
{
	const struct command *c;

	if (argc < 2) {
		usage(stderr);
		return EXIT_USAGE;
	}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 ||
	    strcmp(argv[1], "help") == 0) {
		usage(stdout);
		return fflush(stdout) == 0 ? EXIT_CLEAN : EXIT_USAGE;
	}
	if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "version") == 0) {
		printf("errata %s\n", errata_version());
		return fflush(stdout) == 0 ? EXIT_CLEAN : EXIT_USAGE;
	}
	for (c = commands; c->name; c++)
		if (strcmp(c->name, argv[1]) == 0) {
			if (c->needs_data && check_data_dir(argc - 1, argv + 1) != 0)
				return EXIT_USAGE;
			return c->fn(argc - 1, argv + 1);
		}
	cmd_error("'%s' is not a command; see 'errata --help'", argv[1]);
	return EXIT_USAGE;
}
