/*
 * hook.c: `errata hook install|uninstall`, the git pre-commit hook that
 * checks the staged version of every changed article (`errata ci
 * --cached`) and refuses a commit that adds an error. `git commit
 * --no-verify` skips it, as it skips every pre-commit hook.
 *
 * errata's part of the hook is a block between two marker lines, so that
 * it can share the file with the user's own lines: install replaces only
 * the block (or adds it after the #! line), uninstall removes only the
 * block, and the file goes only when nothing but the #! line is left.
 * Hooks written before the block existed (one marker line, then a fixed
 * script ending in `exec`) are recognised line by line.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "errata.h"
#include "cmd.h"

#define SHEBANG "#!/bin/sh\n"
#define BEGIN_MARK "# >>> errata pre-commit hook >>>"
#define END_MARK "# <<< errata pre-commit hook <<<"
/* The one marker line of the hooks written before the block. */
#define OLD_MARK "# errata pre-commit hook"

/* The running program's absolute path, or NULL (then PATH finds errata). */
static char *self_path(void)
{
	char buf[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", buf, sizeof(buf) - 1);

	if (n <= 0 || buf[0] != '/')
		return NULL;
	buf[n] = '\0';
	return strdup(buf);
}

/* errata's block of the hook; exe may be NULL. Returns 0 or -1 (out of memory). */
static int hook_block(errata_buf *out, const char *exe)
{
	int error = errata_buf_puts(out,
		BEGIN_MARK "\n"
		"# Written by 'errata hook install'; 'errata hook uninstall' removes the\n"
		"# lines up to the closing mark and keeps the rest of this file.\n"
		"# Refuses a commit whose staged articles add an error that the last\n"
		"# commit did not have; 'git commit --no-verify' skips it.\n"
		"errata=");

	/* Single-quote the path: a ' inside becomes '\''. */
	if (!error && exe) {
		error = errata_buf_putc(out, '\'');
		for (const char *p = exe; !error && *p; p++)
			error = *p == '\'' ? errata_buf_puts(out, "'\\''") : errata_buf_putc(out, *p);
		if (!error)
			error = errata_buf_puts(out, "'\n"
			                        "[ -x \"$errata\" ] || errata=errata\n");
	} else if (!error) {
		error = errata_buf_puts(out, "errata\n");
	}
	if (!error)
		error = errata_buf_puts(out, "\"$errata\" ci --cached || exit $?\n" END_MARK "\n");
	return error < 0 ? -1 : 0;
}

/* Read a small file whole; NULL when it does not exist or cannot be read. */
static char *slurp(const char *path, int *exists)
{
	FILE *fp = fopen(path, "rb");
	errata_buf b = ERRATA_BUF_INIT;
	char chunk[4096];
	size_t n;

	*exists = fp != NULL || errno != ENOENT;
	if (!fp)
		return NULL;
	while ((n = fread(chunk, 1, sizeof(chunk), fp)) > 0)
		if (errata_buf_put(&b, chunk, n) < 0)
			break;
	fclose(fp);
	if (!b.ptr)
		errata_buf_puts(&b, "");
	return errata_buf_detach(&b);
}

static int line_is(const char *line, size_t len, const char *want)
{
	return len == strlen(want) && memcmp(line, want, len) == 0;
}

static int line_starts(const char *line, size_t len, const char *prefix)
{
	return len >= strlen(prefix) && memcmp(line, prefix, strlen(prefix)) == 0;
}

/* A line of the hook written before the block (after its marker line). */
static int old_script_line(const char *line, size_t len)
{
	return line_starts(line, len, OLD_MARK) ||
	       line_is(line, len, "# Refuses a commit whose staged articles add an error that the last") ||
	       line_is(line, len, "# commit did not have; 'git commit --no-verify' skips it.") ||
	       line_starts(line, len, "errata=") ||
	       line_is(line, len, "[ -x \"$errata\" ] || errata=errata") ||
	       line_is(line, len, "exec \"$errata\" ci --cached");
}

enum hook_kind { HOOK_FOREIGN, HOOK_ERRATA, HOOK_DAMAGED };

/*
 * Split a hook into the user's lines (*rest) and errata's: *at is where in
 * *rest errata's lines were (-1 when there were none). HOOK_DAMAGED: an
 * opening mark without its closing one (nothing is touched then).
 */
static enum hook_kind split_hook(const char *text, errata_buf *rest, long *at)
{
	enum hook_kind kind = HOOK_FOREIGN;
	int in_block = 0, old = strstr(text, OLD_MARK "\n") || strstr(text, OLD_MARK " ");
	const char *p = text;

	*at = -1;
	while (*p) {
		const char *nl = strchr(p, '\n');
		size_t len = nl ? (size_t)(nl - p) : strlen(p), full = nl ? len + 1 : len;
		int mine = 0;

		if (in_block) {
			mine = 1;
			if (line_is(p, len, END_MARK))
				in_block = 0;
		} else if (line_is(p, len, BEGIN_MARK)) {
			mine = in_block = 1;
		} else if (old && kind != HOOK_ERRATA && line_starts(p, len, OLD_MARK)) {
			/* The old hook: its marker and the fixed lines after it. */
			mine = 1;
		} else if (old && *at >= 0 && old_script_line(p, len)) {
			mine = 1;
		}
		if (mine) {
			if (*at < 0)
				*at = (long)rest->size;
			kind = HOOK_ERRATA;
		} else {
			errata_buf_put(rest, p, full);
		}
		p += full;
	}
	if (in_block)
		return HOOK_DAMAGED;
	if (!rest->ptr)
		errata_buf_puts(rest, "");
	return kind;
}

/* Whether a hook's remaining lines are only a #! line and blank lines. */
static int only_shebang(const char *s)
{
	if (strncmp(s, "#!", 2) == 0)
		s += strcspn(s, "\n");
	return s[strspn(s, " \t\n")] == '\0';
}

/* Write data to path through a temporary file and a rename; mode 0755. */
static int write_hook(const char *path, const errata_buf *data)
{
	char *tmp = malloc(strlen(path) + 16);
	int fd, ok;

	if (!tmp)
		return -1;
	sprintf(tmp, "%s.errata-new", path);
	fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0755);
	if (fd < 0) {
		fprintf(stderr, "errata: %s: %s\n", tmp, cmd_strerror(errno));
		free(tmp);
		return -1;
	}
	ok = write(fd, data->ptr, data->size) == (ssize_t)data->size;
	ok = fchmod(fd, 0755) == 0 && ok;
	ok = close(fd) == 0 && ok;
	ok = ok && rename(tmp, path) == 0;
	if (!ok) {
		fprintf(stderr, "errata: %s: %s\n", path, cmd_strerror(errno));
		unlink(tmp);
	}
	free(tmp);
	return ok ? 0 : -1;
}

/*
 * The new hook: the user's lines with errata's block where errata's lines
 * were, else after the #! line (a hook that is only errata's gets one).
 */
static int compose(errata_buf *out, const char *rest, long at, const errata_buf *block)
{
	size_t pos;
	int error = 0;

	if (at >= 0) {
		pos = (size_t)at;
	} else if (strncmp(rest, "#!", 2) == 0) {
		pos = strcspn(rest, "\n");
		pos += rest[pos] == '\n';
	} else {
		pos = 0;
	}
	if (!*rest || (pos == 0 && strncmp(rest, "#!", 2) != 0))
		error = errata_buf_puts(out, SHEBANG);
	if (!error && pos)
		error = errata_buf_put(out, rest, pos);
	if (!error && pos && rest[pos - 1] != '\n')
		error = errata_buf_putc(out, '\n');
	if (!error)
		error = errata_buf_put(out, block->ptr, block->size);
	if (!error)
		error = errata_buf_puts(out, rest + pos);
	return error < 0 ? -1 : 0;
}

int cmd_hook(int argc, char **argv)
{
	int force = 0, r, nrest, exists = 0, rc = EXIT_USAGE;
	const struct opt opts[] = {
		{ "force", 0, OPT_FLAG, &force, NULL, "install: replace a pre-commit hook that errata did not write" },
		{ NULL, 0, OPT_END, NULL, NULL, NULL }
	};
	const struct opt_command cmd = {
		"errata hook install [--force] | errata hook uninstall",
		"install: write a git pre-commit hook that runs 'errata ci --cached': it\n"
		"checks the staged version of every changed article and refuses the\n"
		"commit when the change adds an error ('git commit --no-verify' skips it).\n"
		"The hook calls this errata program by its absolute path, or errata on\n"
		"PATH. errata's lines sit between two marker lines: installing again\n"
		"replaces only them and keeps lines you added to the hook. uninstall:\n"
		"remove errata's lines, and the hook itself when nothing else is left.",
		opts,
		NULL
	};
	errata_repo *repo = NULL;
	errata_buf block = ERRATA_BUF_INIT, rest = ERRATA_BUF_INIT, script = ERRATA_BUF_INIT;
	char **rest_args, *dir = NULL, *path = NULL, *exe = NULL, *current = NULL;
	enum hook_kind kind = HOOK_FOREIGN;
	long at = -1;

	r = opt_parse(&cmd, argc, argv, &rest_args, &nrest);
	if (r != OPT_OK)
		return r == OPT_HELP ? EXIT_CLEAN : EXIT_USAGE;
	if (nrest != 1 || (strcmp(rest_args[0], "install") != 0 && strcmp(rest_args[0], "uninstall") != 0)) {
		fprintf(stderr, "errata: hook needs 'install' or 'uninstall'\nusage: %s\n", cmd.usage);
		return EXIT_USAGE;
	}
	if (errata_repo_open(&repo, ".") < 0 || errata_repo_hooks_dir(repo, &dir) < 0) {
		rc = cmd_fail();
		goto cleanup;
	}
	path = malloc(strlen(dir) + sizeof("/pre-commit"));
	exe = self_path();
	if (!path || hook_block(&block, exe) < 0) {
		fprintf(stderr, "errata: out of memory\n");
		goto cleanup;
	}
	sprintf(path, "%s/pre-commit", dir);
	current = slurp(path, &exists);
	if (exists && !current) {
		fprintf(stderr, "errata: %s: %s\n", path, cmd_strerror(errno));
		goto cleanup;
	}
	if (current && (kind = split_hook(current, &rest, &at)) == HOOK_DAMAGED) {
		fprintf(stderr, "errata: %s: the line '%s' has no closing '%s'; "
		        "fix the hook by hand\n", path, BEGIN_MARK, END_MARK);
		goto cleanup;
	}
	if (strcmp(rest_args[0], "uninstall") == 0) {
		if (!exists) {
			printf("no pre-commit hook at %s\n", path);
			rc = EXIT_CLEAN;
		} else if (kind != HOOK_ERRATA) {
			fprintf(stderr, "errata: %s was not written by errata; leaving it\n", path);
		} else if (only_shebang(rest.ptr)) {
			if (unlink(path) != 0) {
				fprintf(stderr, "errata: %s: %s\n", path, cmd_strerror(errno));
			} else {
				printf("removed %s\n", path);
				rc = EXIT_CLEAN;
			}
		} else if (write_hook(path, &rest) == 0) {
			printf("removed errata's lines from %s; the other lines are kept\n", path);
			rc = EXIT_CLEAN;
		}
		goto cleanup;
	}
	if (exists && kind == HOOK_FOREIGN && !force) {
		fprintf(stderr, "errata: %s already exists and is not errata's; "
		        "add errata's lines yourself or use --force to replace it\n", path);
		goto cleanup;
	}
	if (kind == HOOK_FOREIGN) {
		/* No hook, or --force over someone else's: errata's alone. */
		errata_buf_clear(&rest);
		at = -1;
	}
	if (compose(&script, rest.ptr ? rest.ptr : "", at, &block) < 0) {
		fprintf(stderr, "errata: out of memory\n");
		goto cleanup;
	}
	if (current && strcmp(current, script.ptr) == 0) {
		printf("the errata pre-commit hook is already installed at %s\n", path);
		rc = EXIT_CLEAN;
		goto cleanup;
	}
	if (mkdir(dir, 0755) != 0 && errno != EEXIST) {
		fprintf(stderr, "errata: %s: %s\n", dir, cmd_strerror(errno));
		goto cleanup;
	}
	if (write_hook(path, &script) < 0)
		goto cleanup;
	printf("installed the errata pre-commit hook at %s%s\n", path,
	       kind == HOOK_ERRATA && !only_shebang(rest.ptr) ? " (its other lines are kept)" : "");
	rc = fflush(stdout) == 0 ? EXIT_CLEAN : EXIT_USAGE;
cleanup:
	free(current);
	free(exe);
	free(path);
	free(dir);
	errata_buf_dispose(&block);
	errata_buf_dispose(&rest);
	errata_buf_dispose(&script);
	errata_repo_free(repo);
	return rc;
}
