/*
 * cmd/cmd.h: what the errata program's commands share: their entry points
 * (each in its own file, main-like) and the exit codes.
 */
#ifndef ERRATA_CMD_H
#define ERRATA_CMD_H

#include "opt.h"

/* Exit codes, documented in README.md. */
enum {
	EXIT_CLEAN = 0,     /* nothing at error severity */
	EXIT_FINDINGS = 1,  /* findings at error severity (new ones, in ci) */
	EXIT_USAGE = 2      /* usage, input or repository error */
};

/* Each command: argv[0] is the command's name. Returns the exit code. */
int cmd_check(int argc, char **argv);
int cmd_log(int argc, char **argv);
int cmd_blame(int argc, char **argv);
int cmd_report(int argc, char **argv);
int cmd_correct(int argc, char **argv);
int cmd_corrections(int argc, char **argv);
int cmd_diff(int argc, char **argv);
int cmd_ci(int argc, char **argv);
int cmd_hook(int argc, char **argv);
int cmd_lsp(int argc, char **argv);
int cmd_rules(int argc, char **argv);
int cmd_serve(int argc, char **argv);

/*
 * Print "errata: MESSAGE" on one line of stderr. The formatted message is
 * written through errata_buf_put_safe(): a file name, a front-matter value
 * or a key from a config or a report cannot start a second line or read as
 * a CI command. Every message that can hold such text goes through here.
 */
#if defined(__GNUC__)
void cmd_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
#else
void cmd_error(const char *fmt, ...);
#endif

/*
 * Print "errata: <errata_error_last()>" to stderr (as cmd_error() does).
 * Returns EXIT_USAGE.
 */
int cmd_fail(void);

/*
 * The value of -j/--jobs: a number of workers from 1 to 1024 into *out;
 * -1 after saying on stderr what is wrong with it.
 */
int cmd_parse_jobs(const char *s, unsigned int *out);

/*
 * The value of --max-findings: a number of findings per file (0: no limit)
 * into *out; -1 after saying on stderr what is wrong with it.
 */
int cmd_parse_max_findings(const char *s, size_t *out);

/* strerror(err) in lower case, as errata's messages are written. */
const char *cmd_strerror(int err);

/*
 * Write a buffer to stdout and flush; returns 0, or prints an error and
 * returns -1 if writing failed (a full disk, a closed pipe).
 */
int cmd_write_stdout(const char *data, size_t len);

#endif
