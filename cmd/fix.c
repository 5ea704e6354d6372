/*
 * fix.c: writing fixes back. The fixed text comes from the library
 * (errata_fix_apply); this file makes writing it safe: the file is read
 * again just before and left alone if it is not byte for byte what was
 * checked (an editor saved it meanwhile), and the new text goes to a
 * temporary file in the same folder, with the old file's mode, which is
 * then renamed over the old one, so a reader sees the old file or the new
 * one and never half of each. A symbolic link is followed: its target is
 * rewritten and the link kept.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cmd.h"
#include "fix.h"

/* Write a file name to stderr escaped: it is not trusted (errata_buf_put_safe). */
static void put_name(const char *name)
{
	errata_buf b = ERRATA_BUF_INIT;

	if (errata_buf_put_safe(&b, name) == 0 && b.ptr)
		fputs(b.ptr, stderr);
	errata_buf_dispose(&b);
}

/* Whether the file at `path` holds exactly text[0..len). */
static int unchanged(const char *path, const char *text, size_t len)
{
	char chunk[65536];
	size_t pos = 0;
	ssize_t got;
	int fd = open(path, O_RDONLY), same = 1;

	if (fd < 0)
		return 0;
	while (same && (got = read(fd, chunk, sizeof(chunk))) != 0) {
		if (got < 0) {
			if (errno == EINTR)
				continue;
			same = 0;
			break;
		}
		if ((size_t)got > len - pos || memcmp(text + pos, chunk, (size_t)got) != 0)
			same = 0;
		pos += (size_t)got;
	}
	close(fd);
	return same && pos == len;
}

static int write_all(int fd, const char *data, size_t len)
{
	while (len) {
		ssize_t n = write(fd, data, len);

		if (n < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		data += n;
		len -= (size_t)n;
	}
	return 0;
}

/*
 * Replace the file at `target` with data through a temporary file and a
 * rename. 0, or -1 with msg set; the old file is untouched on failure.
 */
static int replace_file(const char *target, const char *data, size_t len,
                        char *msg, size_t msgsize)
{
	const char *slash = strrchr(target, '/');
	struct stat st;
	char *tmp = NULL;
	size_t dirlen = slash ? (size_t)(slash - target) + 1 : 0;
	int fd = -1, rc = -1;

	if (stat(target, &st) < 0) {
		snprintf(msg, msgsize, "cannot fix: %s", cmd_strerror(errno));
		return -1;
	}
	if (!(tmp = malloc(dirlen + strlen(target + dirlen) + sizeof(".errata-fix-XXXXXX") + 1))) {
		snprintf(msg, msgsize, "out of memory");
		return -1;
	}
	memcpy(tmp, target, dirlen);
	sprintf(tmp + dirlen, ".%s.errata-fix-XXXXXX", target + dirlen);
	if ((fd = mkstemp(tmp)) < 0) {
		snprintf(msg, msgsize, "cannot fix: cannot create a temporary file beside it: %s",
		         cmd_strerror(errno));
		free(tmp);
		return -1;
	}
	if (write_all(fd, data, len) < 0 || fchmod(fd, st.st_mode & 07777) < 0 ||
	    fsync(fd) < 0) {
		snprintf(msg, msgsize, "cannot fix: writing %s: %s", tmp, cmd_strerror(errno));
		goto cleanup;
	}
	/* Keep the owner where we may (root fixing someone's file); else it is ours. */
	if (st.st_uid != geteuid() || st.st_gid != getegid())
		(void)!fchown(fd, st.st_uid, st.st_gid);
	if (close(fd) < 0) {
		fd = -1;
		snprintf(msg, msgsize, "cannot fix: writing %s: %s", tmp, cmd_strerror(errno));
		goto cleanup;
	}
	fd = -1;
	if (rename(tmp, target) < 0) {
		snprintf(msg, msgsize, "cannot fix: renaming %s over it: %s", tmp, cmd_strerror(errno));
		goto cleanup;
	}
	rc = 0;
cleanup:
	if (fd >= 0)
		close(fd);
	if (rc < 0)
		unlink(tmp);
	free(tmp);
	return rc;
}

int fix_file(enum fix_mode mode, const char *path, errata_checker *checker,
             const errata_doc_options *dopts, errata_doc **doc,
             errata_findings **findings, errata_buf *diff,
             char *msg, size_t msgsize)
{
	errata_doc_options reload = ERRATA_DOC_OPTIONS_INIT;
	errata_buf fixed = ERRATA_BUF_INIT;
	errata_fix_stats stats;
	errata_doc *newdoc = NULL;
	errata_findings *left = NULL;
	const char *text, *name = errata_doc_path(*doc);
	char *target = NULL;
	size_t len;
	int rc = -1;

	if (dopts)
		reload = *dopts;
	text = errata_doc_text(*doc, &len);
	if (errata_fix_apply(&fixed, *doc, *findings, 0, &stats) < 0) {
		snprintf(msg, msgsize, "%s", errata_error_last());
		goto cleanup;
	}
	if (stats.skipped) {
		put_name(name);
		fprintf(stderr, ": %zu finding%s not fixed: %s span overlaps another's\n",
		        stats.skipped, stats.skipped == 1 ? "" : "s", stats.skipped == 1 ? "its" : "their");
	}
	if (!stats.applied || (fixed.size == len && memcmp(fixed.ptr, text, len) == 0)) {
		rc = 0;
		goto cleanup;
	}
	if (mode == FIX_DRY_RUN) {
		if (errata_fix_diff(diff, name, text, len, fixed.ptr, fixed.size) < 0) {
			snprintf(msg, msgsize, "%s", errata_error_last());
			goto cleanup;
		}
	} else {
		if (strcmp(path, "-") == 0) {
			snprintf(msg, msgsize, "standard input cannot be fixed in place (use --fix-dry-run)");
			goto cleanup;
		}
		if (!(target = realpath(path, NULL))) {
			snprintf(msg, msgsize, "cannot fix: %s", cmd_strerror(errno));
			goto cleanup;
		}
		if (!unchanged(target, text, len)) {
			fputs("errata: ", stderr);
			put_name(name);
			fputs(": changed since it was read; left alone\n", stderr);
			rc = 0;
			goto cleanup;
		}
		if (replace_file(target, fixed.ptr, fixed.size, msg, msgsize) < 0)
			goto cleanup;
		put_name(name);
		fprintf(stderr, ": fixed %zu finding%s\n", stats.applied, stats.applied == 1 ? "" : "s");
	}
	/* What is left: the fixed text checked again, read as the original was. */
	reload.format = errata_doc_format(*doc);
	if (errata_doc_load_buffer(&newdoc, name, fixed.ptr, fixed.size, &reload) < 0 ||
	    errata_findings_new(&left) < 0 || errata_checker_check(checker, newdoc, left) < 0) {
		snprintf(msg, msgsize, "after fixing: %s", errata_error_last());
		goto cleanup;
	}
	errata_doc_free(*doc);
	*doc = newdoc;
	newdoc = NULL;
	errata_findings_free(*findings);
	*findings = left;
	left = NULL;
	rc = 0;
cleanup:
	errata_findings_free(left);
	errata_doc_free(newdoc);
	errata_buf_dispose(&fixed);
	free(target);
	return rc;
}
