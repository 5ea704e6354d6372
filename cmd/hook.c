/*
 * hook.c: `errata hook install|uninstall`, the git pre-commit hook that
 * checks the staged version of every changed article (`errata ci
 * --cached`) and refuses a commit that adds an error. `git commit
 * --no-verify` skips it, as it skips every pre-commit hook.
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

#define MARK "# errata pre-commit hook"

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

/* The hook script; exe may be NULL. Returns 0 or -1 (out of memory). */
static int hook_script(errata_buf *out, const char *exe)
{
	int error = errata_buf_puts(out,
		"#!/bin/sh\n"
		MARK " (written by 'errata hook install').\n"
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
		error = errata_buf_puts(out, "exec \"$errata\" ci --cached\n");
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

int cmd_hook(int argc, char **argv)
{
	int force = 0, r, nrest, exists = 0, rc = EXIT_USAGE;
	const struct opt opts[] = {
		{ "force", 0, OPT_FLAG, &force, NULL, "install: replace a different pre-commit hook" },
		{ NULL, 0, OPT_END, NULL, NULL, NULL }
	};
	const struct opt_command cmd = {
		"errata hook install [--force] | errata hook uninstall",
		"install: write a git pre-commit hook that runs 'errata ci --cached': it\n"
		"checks the staged version of every changed article and refuses the\n"
		"commit when the change adds an error ('git commit --no-verify' skips it).\n"
		"The hook calls this errata program by its absolute path, or errata on\n"
		"PATH. uninstall: remove the hook if errata wrote it.",
		opts,
		NULL
	};
	errata_repo *repo = NULL;
	errata_buf script = ERRATA_BUF_INIT;
	char **rest, *dir = NULL, *path = NULL, *exe = NULL, *current = NULL;

	r = opt_parse(&cmd, argc, argv, &rest, &nrest);
	if (r != OPT_OK)
		return r == OPT_HELP ? EXIT_CLEAN : EXIT_USAGE;
	if (nrest != 1 || (strcmp(rest[0], "install") != 0 && strcmp(rest[0], "uninstall") != 0)) {
		fprintf(stderr, "errata: hook needs 'install' or 'uninstall'\nusage: %s\n", cmd.usage);
		return EXIT_USAGE;
	}
	if (errata_repo_open(&repo, ".") < 0 || errata_repo_hooks_dir(repo, &dir) < 0) {
		rc = cmd_fail();
		goto cleanup;
	}
	path = malloc(strlen(dir) + sizeof("/pre-commit"));
	exe = self_path();
	if (!path || hook_script(&script, exe) < 0) {
		fprintf(stderr, "errata: out of memory\n");
		goto cleanup;
	}
	sprintf(path, "%s/pre-commit", dir);
	current = slurp(path, &exists);
	if (strcmp(rest[0], "uninstall") == 0) {
		if (!exists) {
			printf("no pre-commit hook at %s\n", path);
			rc = EXIT_CLEAN;
		} else if (!current || !strstr(current, MARK)) {
			fprintf(stderr, "errata: %s was not written by errata; leaving it\n", path);
		} else if (unlink(path) != 0) {
			fprintf(stderr, "errata: %s: %s\n", path, cmd_strerror(errno));
		} else {
			printf("removed %s\n", path);
			rc = EXIT_CLEAN;
		}
		goto cleanup;
	}
	if (current && strcmp(current, script.ptr) == 0) {
		printf("the errata pre-commit hook is already installed at %s\n", path);
		rc = EXIT_CLEAN;
		goto cleanup;
	}
	/* An older errata hook (another program path) is ours to replace. */
	if (exists && !force && !(current && strstr(current, MARK))) {
		fprintf(stderr, "errata: %s already exists and is not errata's; "
		        "use --force to replace it\n", path);
		goto cleanup;
	}
	if (mkdir(dir, 0755) != 0 && errno != EEXIST) {
		fprintf(stderr, "errata: %s: %s\n", dir, cmd_strerror(errno));
		goto cleanup;
	}
	if (write_hook(path, &script) < 0)
		goto cleanup;
	printf("installed the errata pre-commit hook at %s\n", path);
	rc = fflush(stdout) == 0 ? EXIT_CLEAN : EXIT_USAGE;
cleanup:
	free(current);
	free(exe);
	free(path);
	free(dir);
	errata_buf_dispose(&script);
	errata_repo_free(repo);
	return rc;
}
