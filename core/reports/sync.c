/*
 * sync.c: exchanging reports between clones. The remote's
 * refs/errata/reports is fetched into a temporary ref; when the two
 * histories diverged they merge as the union of their trees (event paths
 * never collide, so nothing conflicts), committed with both tips as
 * parents; the local ref moves by compare-and-swap and the result is
 * pushed without force. A push that lost a race (someone else pushed in
 * between) means fetching and merging again, a few times; a push the
 * remote refuses (its hooks, its permissions) is reported as refused.
 *
 * A remote that is a local path or a file:// URL is pushed to by `git
 * push`: libgit2's local transport writes the remote's refs itself and
 * runs none of the remote's hooks, so a pre-receive hook that refuses
 * the reports ref would be bypassed. Other URLs go through libgit2's smart
 * transports, where the remote's receive-pack runs its hooks.
 */
#include "reports/reports.h"

#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

#define SYNC_ATTEMPTS 5

/*
 * Append what a remote said, keeping printable text and line breaks only
 * (a peer's bytes must not reach the terminal as control sequences), with
 * the padding git puts at the end of "remote:" lines dropped.
 */
static void add_remote_text(errata__push_status *ps, const char *s, size_t len)
{
	for (size_t i = 0; i < len && ps->text_len + 2 < sizeof(ps->text); i++) {
		unsigned char c = (unsigned char)s[i];

		if (c == '\r')
			c = '\n';
		if (c == '\n') {
			while (ps->text_len && ps->text[ps->text_len - 1] == ' ')
				ps->text_len--;
			if (ps->text_len && ps->text[ps->text_len - 1] == '\n')
				continue;
		} else if (c < 0x20 || c == 0x7f) {
			c = '?';
		}
		ps->text[ps->text_len++] = (char)c;
	}
	ps->text[ps->text_len] = '\0';
}

/*
 * A rejection that fetching and merging again can cure: the ref moved
 * (or was being moved) on the remote meanwhile. receive-pack says "failed
 * to update ref" for that too, and then "cannot lock ref" on its side band.
 */
int errata__push_retryable(const errata__push_status *ps)
{
	return strstr(ps->reason, "non-fast-forward") || strstr(ps->reason, "fetch first") ||
	       strstr(ps->reason, "stale info") || strstr(ps->reason, "lock") ||
	       strstr(ps->text, "cannot lock ref");
}

void errata__push_set_reason(errata__push_status *ps, const char *reason)
{
	ps->rejected = 1;
	snprintf(ps->reason, sizeof(ps->reason), "%s", reason);
	for (char *p = ps->reason; *p; p++)
		if ((unsigned char)*p < 0x20 || *p == 0x7f)
			*p = '?';
}

int errata__push_on_update(const char *refname, const char *status, void *payload)
{
	(void)refname;
	if (status)
		errata__push_set_reason(payload, status);
	return 0;
}

int errata__push_on_sideband(const char *str, int len, void *payload)
{
	errata__push_status *ps = payload;

	if (len > 0) {
		if (ps->text_len == 0 || ps->text[ps->text_len - 1] == '\n')
			add_remote_text(ps, "remote: ", 8);
		add_remote_text(ps, str, (size_t)len);
	}
	return 0;
}

/*
 * The remote's answer, for a one-line message: its reason, then what it
 * said ("remote: ..." lines, joined by "; ").
 */
int errata__push_refused(const char *name, const char *ref, const errata__push_status *ps)
{
	errata_buf said = ERRATA_BUF_INIT;
	int error;

	for (const char *p = ps->text; *p; ) {
		size_t len = strcspn(p, "\n");

		if (len && (said.size ? errata_buf_puts(&said, "; ") : 0) == 0)
			errata_buf_put(&said, p, len);
		p += len + (p[len] == '\n');
	}
	error = errata__error(ERRATA_ECONFLICT, "%s refused %s (%s)%s%s", name, ref,
	                      ps->reason, said.size ? "; " : "", said.size ? said.ptr : "");
	errata_buf_dispose(&said);
	return error;
}

/*
 * Whether a URL is served by libgit2's local transport: file://, or a
 * path (no scheme, and no "host:" before the first slash as in scp-style
 * "host:path").
 */
int errata__url_is_local(const char *url)
{
	const char *colon, *slash;

	if (!url)
		return 0;
	if (strncmp(url, "file://", 7) == 0)
		return 1;
	if (strstr(url, "://"))
		return 0;
	colon = strchr(url, ':');
	slash = strchr(url, '/');
	return !colon || (slash && slash < colon);
}

/* Read a whole (small) temporary file from its start into text. */
static void read_back(FILE *f, char *text, size_t size)
{
	size_t n;

	rewind(f);
	n = fread(text, 1, size - 1, f);
	text[n] = '\0';
}

/*
 * The environment for a git run on repo: this process's own, with
 * GIT_DIR naming the repository and no GIT_WORK_TREE. *envp and *gitdir_env
 * are the caller's to free (also on failure).
 */
int errata__git_env(errata_repo *repo, char ***envp, char **gitdir_env)
{
	size_t n = 0, k = 0;

	while (environ[n])
		n++;
	*gitdir_env = malloc(strlen(repo->gitdir) + sizeof("GIT_DIR="));
	if (!(*envp = calloc(n + 2, sizeof(**envp))) || !*gitdir_env)
		return errata__oom();
	sprintf(*gitdir_env, "GIT_DIR=%s", repo->gitdir);
	(*envp)[k++] = *gitdir_env;
	for (size_t i = 0; i < n; i++)
		if (strncmp(environ[i], "GIT_DIR=", 8) != 0 && strncmp(environ[i], "GIT_WORK_TREE=", 14) != 0)
			(*envp)[k++] = environ[i];
	return 0;
}

int errata__run_git(errata_repo *repo, char *const argv[])
{
	char **envp = NULL, *gitdir_env = NULL;
	posix_spawn_file_actions_t fa;
	pid_t pid;
	int status = 0, error, rc;

	if ((error = errata__git_env(repo, &envp, &gitdir_env)) == 0) {
		posix_spawn_file_actions_init(&fa);
		posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
		posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
		rc = posix_spawnp(&pid, "git", &fa, NULL, argv, envp);
		posix_spawn_file_actions_destroy(&fa);
		if (rc != 0) {
			error = errata__error(ERRATA_EIO, "cannot run git %s: %s", argv[1], errata__strerror(rc));
		} else {
			while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
				;
			if (!(WIFEXITED(status) && WEXITSTATUS(status) == 0))
				error = errata__error(ERRATA_EIO, "git %s failed", argv[1]);
		}
	}
	free(envp);
	free(gitdir_env);
	return error;
}

int errata__push_with_git(errata_repo *repo, const char *url, const char *spec, const char *lease,
                          errata__push_status *ps)
{
	char a_git[] = "git", a_push[] = "push", a_porcelain[] = "--porcelain", a_end[] = "--";
	char *a_spec = errata__strdup(spec), *a_url = errata__strdup(url), *a_lease = NULL;
	char *argv[8];
	char **envp = NULL, *gitdir_env = NULL, out[4096], err[4096];
	posix_spawn_file_actions_t fa;
	FILE *fo = tmpfile(), *fe = tmpfile();
	size_t k = 0;
	pid_t pid;
	int status = 0, error = 0, rc;

	if (lease && (a_lease = malloc(strlen(lease) + sizeof("--force-with-lease="))))
		sprintf(a_lease, "--force-with-lease=%s", lease);
	if (!a_url || !a_spec || (lease && !a_lease)) {
		error = errata__oom();
		goto cleanup;
	}
	argv[k++] = a_git;
	argv[k++] = a_push;
	argv[k++] = a_porcelain;
	if (a_lease)
		argv[k++] = a_lease;
	argv[k++] = a_end;
	argv[k++] = a_url;
	argv[k++] = a_spec;
	argv[k] = NULL;
	k = 0;
	if (!fo || !fe) {
		error = errata__error(ERRATA_EIO, "git push: a temporary file: %s", errata__strerror(errno));
		goto cleanup;
	}
	if ((error = errata__git_env(repo, &envp, &gitdir_env)) < 0)
		goto cleanup;
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
	posix_spawn_file_actions_adddup2(&fa, fileno(fo), 1);
	posix_spawn_file_actions_adddup2(&fa, fileno(fe), 2);
	rc = posix_spawnp(&pid, "git", &fa, NULL, argv, envp);
	posix_spawn_file_actions_destroy(&fa);
	if (rc != 0) {
		error = errata__error(ERRATA_EIO, "cannot run git to push to %s: %s", url, errata__strerror(rc));
		goto cleanup;
	}
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	read_back(fo, out, sizeof(out));
	read_back(fe, err, sizeof(err));
	/* "!<TAB>src:dst<TAB>[rejected] (reason)" for a ref that did not go. */
	for (char *line = out; line && *line; line = strchr(line, '\n') ? strchr(line, '\n') + 1 : NULL) {
		char *end = strchr(line, '\n'), *summary;

		if (line[0] != '!' || line[1] != '\t')
			continue;
		if (end)
			*end = '\0';
		/* "[remote rejected] (pre-receive hook declined)": the reason is in brackets. */
		summary = strchr(line + 2, '\t');
		summary = summary ? summary + 1 : line + 2;
		if (strchr(summary, '(') && strrchr(summary, ')') > strchr(summary, '(')) {
			*strrchr(summary, ')') = '\0';
			summary = strchr(summary, '(') + 1;
		}
		errata__push_set_reason(ps, summary);
		if (end)
			*end = '\n';
		break;
	}
	for (char *line = err; *line; ) {
		char *end = strchr(line, '\n');
		size_t len = end ? (size_t)(end - line) : strlen(line);

		if (strncmp(line, "remote: ", 8) == 0) {
			add_remote_text(ps, line, len);
			add_remote_text(ps, "\n", 1);
		}
		line += len + (end != NULL);
	}
	if (!ps->rejected && !(WIFEXITED(status) && WEXITSTATUS(status) == 0)) {
		char *last = err, *p;

		/* No verdict on the ref: git's own complaint (its last line) says why. */
		for (p = err; *p; p++)
			if (*p == '\n' && p[1])
				last = p + 1;
		last[strcspn(last, "\n")] = '\0';
		for (p = last; *p; p++)
			if ((unsigned char)*p < 0x20 || *p == 0x7f)
				*p = '?';
		error = errata__error(ERRATA_EIO, "git push to %s failed: %s", url,
		                      *last ? last : "no reason given");
	}
cleanup:
	if (fo)
		fclose(fo);
	if (fe)
		fclose(fe);
	free(envp);
	free(gitdir_env);
	free(a_url);
	free(a_spec);
	free(a_lease);
	return error;
}

/* The merge of local and remote tips: the union of their trees. */
static int merge_tips(errata_repo *repo, const git_oid *local, const git_oid *remote,
                      const char *actor, git_oid *out)
{
	git_commit *lc = NULL, *rc = NULL;
	git_tree *lt = NULL, *rt = NULL, *mt = NULL;
	git_diff *diff = NULL;
	git_tree_update *ups = NULL;
	git_signature *sig = NULL;
	git_oid tree_oid;
	size_t n = 0, nd;
	int error;

	if ((error = git_commit_lookup(&lc, repo->git, local)) < 0 ||
	    (error = git_commit_lookup(&rc, repo->git, remote)) < 0 ||
	    (error = git_commit_tree(&lt, lc)) < 0 ||
	    (error = git_commit_tree(&rt, rc)) < 0 ||
	    (error = git_diff_tree_to_tree(&diff, repo->git, lt, rt, NULL)) < 0) {
		error = errata__git_error(error, "merging reports");
		goto cleanup;
	}
	nd = git_diff_num_deltas(diff);
	if (!(ups = calloc(nd ? nd : 1, sizeof(*ups)))) {
		error = errata__oom();
		goto cleanup;
	}
	for (size_t i = 0; i < nd; i++) {
		const git_diff_delta *d = git_diff_get_delta(diff, i);

		/* Only what the remote has and we lack; an event never changes. */
		if (d->status != GIT_DELTA_ADDED)
			continue;
		ups[n].action = GIT_TREE_UPDATE_UPSERT;
		ups[n].filemode = GIT_FILEMODE_BLOB;
		ups[n].path = d->new_file.path;
		git_oid_cpy(&ups[n].id, &d->new_file.id);
		n++;
	}
	if ((error = git_tree_create_updated(&tree_oid, repo->git, lt, n, ups)) < 0 ||
	    (error = git_tree_lookup(&mt, repo->git, &tree_oid)) < 0) {
		error = errata__git_error(error, "merging reports");
		goto cleanup;
	}
	if (git_signature_now(&sig, "errata", "errata@localhost") < 0) {
		error = errata__git_error(-1, "signature");
		goto cleanup;
	}
	{
		const git_commit *parents[2];
		char msg[300];

		parents[0] = lc;
		parents[1] = rc;
		snprintf(msg, sizeof(msg), "reports: merge (%s)\n", actor ? actor : "errata");
		if ((error = git_commit_create(out, repo->git, NULL, sig, sig, NULL, msg, mt, 2, parents)) < 0)
			error = errata__git_error(error, "writing the merge");
	}
cleanup:
	git_signature_free(sig);
	free(ups);
	git_diff_free(diff);
	git_tree_free(mt);
	git_tree_free(lt);
	git_tree_free(rt);
	git_commit_free(lc);
	git_commit_free(rc);
	return error;
}

/*
 * Refuse a remote history that brings an event whose Lamport clock is
 * beyond the event count of its report folder (see
 * errata__reports_lamport): a damaged or forged peer, whose events are
 * not merged at all, so the local ref never holds them.
 */
static int check_clocks(errata_repo *repo, const git_oid *remote_tip, const char *name)
{
	git_commit *lc = NULL, *rc = NULL;
	git_tree *lt = NULL, *rt = NULL;
	git_diff *diff = NULL;
	git_oid local;
	char folder[256] = "";
	size_t count = 0, nd;
	int has, error;

	if ((has = errata__reports_tip(repo, &local)) < 0)
		return has;
	if ((has && ((error = git_commit_lookup(&lc, repo->git, &local)) < 0 ||
	             (error = git_commit_tree(&lt, lc)) < 0)) ||
	    (error = git_commit_lookup(&rc, repo->git, remote_tip)) < 0 ||
	    (error = git_commit_tree(&rt, rc)) < 0 ||
	    (error = git_diff_tree_to_tree(&diff, repo->git, lt, rt, NULL)) < 0) {
		error = errata__git_error(error, name);
		goto cleanup;
	}
	nd = git_diff_num_deltas(diff);
	for (size_t i = 0; i < nd && error == 0; i++) {
		const git_diff_delta *d = git_diff_get_delta(diff, i);
		const char *path = d->new_file.path, *slash = strrchr(path, '/');
		unsigned long l;

		if (d->status != GIT_DELTA_ADDED || strncmp(path, "r/", 2) != 0 || !slash ||
		    (size_t)(slash - path) >= sizeof(folder))
			continue;
		if (strlen(folder) != (size_t)(slash - path) || strncmp(folder, path, (size_t)(slash - path)) != 0) {
			git_tree_entry *te = NULL;
			git_tree *dir = NULL;

			snprintf(folder, sizeof(folder), "%.*s", (int)(slash - path), path);
			count = 0;
			if (git_tree_entry_bypath(&te, rt, folder) == 0 &&
			    git_tree_lookup(&dir, repo->git, git_tree_entry_id(te)) == 0)
				count = git_tree_entrycount(dir);
			git_tree_free(dir);
			git_tree_entry_free(te);
			git_error_clear();
		}
		if (!errata__reports_lamport(slash + 1, count, &l))
			error = errata__error(ERRATA_EINVALID,
			                      "%s: refused its reports: the event %s has a Lamport clock that is not "
			                      "between 1 and the %zu events of its report (a damaged or forged event); "
			                      "nothing was merged", name, path, count);
	}
cleanup:
	git_diff_free(diff);
	git_tree_free(lt);
	git_tree_free(rt);
	git_commit_free(lc);
	git_commit_free(rc);
	return error;
}

/*
 * Bring the local ref up to date with `remote_tip`: fast-forward, keep, or
 * merge. Retries the compare-and-swap when a local writer moved the ref.
 * *changed says whether the local ref moved.
 */
static int integrate(errata_repo *repo, const git_oid *remote_tip, const char *actor, int *changed)
{
	git_signature *sig = NULL;
	int error = 0, attempt;

	*changed = 0;
	if (git_signature_now(&sig, "errata", "errata@localhost") < 0)
		return errata__git_error(-1, "signature");
	for (attempt = 0; attempt < 50; attempt++) {
		git_oid local, target;
		int has = errata__reports_tip(repo, &local), gerr;

		if (has < 0) {
			error = has;
			break;
		}
		if (has && (git_oid_equal(&local, remote_tip) ||
		            git_graph_descendant_of(repo->git, &local, remote_tip) == 1))
			break;
		if (!has || git_graph_descendant_of(repo->git, remote_tip, &local) == 1)
			git_oid_cpy(&target, remote_tip);
		else if ((error = merge_tips(repo, &local, remote_tip, actor, &target)) < 0)
			break;
		gerr = errata__reports_move(repo, has ? &local : NULL, &target, sig, "errata: sync");
		if (gerr == 0) {
			*changed = 1;
			break;
		}
		if (gerr != ERRATA_ECONFLICT && gerr != ERRATA_ELOCKED) {
			error = gerr;
			break;
		}
		errata__error_clear();
		usleep(2000 + 1000 * (unsigned)attempt);
	}
	if (attempt == 50)
		error = errata__error(ERRATA_ECONFLICT, "%s kept moving during sync", ERRATA_REPORTS_REF);
	git_signature_free(sig);
	return error;
}

int errata_reports_sync(errata_repo *repo, const char *remote_name,
                        const errata_report_options *opts,
                        int *fetched, int *pushed)
{
	git_remote *remote = NULL;
	char tmpref[96], spec[160], pushspec[] = ERRATA_REPORTS_REF ":" ERRATA_REPORTS_REF;
	char *specp = spec, *pushp = pushspec;
	git_strarray fetch_specs = { &specp, 1 }, push_specs = { &pushp, 1 };
	const char *name = remote_name && *remote_name ? remote_name : "origin", *url;
	int error = 0, attempt, local;

	if (fetched)
		*fetched = 0;
	if (pushed)
		*pushed = 0;
	if (git_remote_lookup(&remote, repo->git, name) < 0) {
		git_error_clear();
		if (!strchr(name, '/') && !strchr(name, ':') && access(name, F_OK) != 0)
			return errata__error(ERRATA_ENOTFOUND, "'%s' is neither a remote nor a path or URL", name);
		if ((error = git_remote_create_anonymous(&remote, repo->git, name)) < 0)
			return errata__git_error(error, name);
	}
	url = git_remote_pushurl(remote) ? git_remote_pushurl(remote) : git_remote_url(remote);
	local = errata__url_is_local(url);
	snprintf(tmpref, sizeof(tmpref), "refs/errata-sync/%ld/reports", (long)getpid());
	snprintf(spec, sizeof(spec), "+%s:%s", ERRATA_REPORTS_REF, tmpref);
	for (attempt = 0; attempt < SYNC_ATTEMPTS; attempt++) {
		git_fetch_options fo;
		git_push_options po;
		errata__push_status ps;
		git_reference *tmp = NULL;
		git_oid rtip, ltip;
		int has_remote = 0, has_local, changed = 0;

		memset(&ps, 0, sizeof(ps));
		if (git_reference_lookup(&tmp, repo->git, tmpref) == 0) {
			git_reference_delete(tmp);
			git_reference_free(tmp);
			tmp = NULL;
		}
		git_fetch_options_init(&fo, GIT_FETCH_OPTIONS_VERSION);
		fo.download_tags = GIT_REMOTE_DOWNLOAD_TAGS_NONE;
		fo.update_fetchhead = 0;
		fo.prune = GIT_FETCH_NO_PRUNE;
		if ((error = git_remote_fetch(remote, &fetch_specs, &fo, NULL)) < 0) {
			error = errata__git_error(error, name);
			break;
		}
		if (git_reference_name_to_id(&rtip, repo->git, tmpref) == 0)
			has_remote = 1;
		git_error_clear();
		if (has_remote && (error = check_clocks(repo, &rtip, name)) < 0)
			break;
		if (has_remote) {
			error = integrate(repo, &rtip, opts ? opts->actor : NULL, &changed);
			if (error < 0)
				break;
			if (changed && fetched)
				*fetched = 1;
		}
		if ((has_local = errata__reports_tip(repo, &ltip)) < 0) {
			error = has_local;
			break;
		}
		if (!has_local || (has_remote && git_oid_equal(&ltip, &rtip)))
			break;   /* nothing to push */
		if (local) {
			if ((error = errata__push_with_git(repo, url, ERRATA_REPORTS_REF ":" ERRATA_REPORTS_REF, NULL, &ps)) < 0)
				break;
		} else {
			git_push_options_init(&po, GIT_PUSH_OPTIONS_VERSION);
			po.callbacks.push_update_reference = errata__push_on_update;
			po.callbacks.sideband_progress = errata__push_on_sideband;
			po.callbacks.payload = &ps;
			if ((error = git_remote_push(remote, &push_specs, &po)) < 0) {
				/* libgit2 finds a non-fast-forward itself, before sending. */
				if (error != GIT_ENONFASTFORWARD) {
					error = errata__git_error(error, name);
					break;
				}
				errata__push_set_reason(&ps, "non-fast-forward");
				error = 0;
			}
		}
		if (!ps.rejected) {
			if (pushed)
				*pushed = 1;
			break;
		}
		if (!errata__push_retryable(&ps)) {
			error = errata__push_refused(name, ERRATA_REPORTS_REF, &ps);
			break;
		}
		if (attempt + 1 == SYNC_ATTEMPTS) {
			error = errata__error(ERRATA_ECONFLICT, "%s: the push lost the race %d times (%s: someone pushed "
			                      "reports meanwhile each time); run sync again", name, SYNC_ATTEMPTS, ps.reason);
			break;
		}
		git_error_clear();
		error = 0;
		usleep(20000 * (unsigned)(attempt + 1));
	}
	{
		git_reference *tmp = NULL;

		if (git_reference_lookup(&tmp, repo->git, tmpref) == 0)
			git_reference_delete(tmp);
		git_reference_free(tmp);
		git_error_clear();
	}
	git_remote_free(remote);
	return error;
}
