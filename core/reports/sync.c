/*
 * sync.c: exchanging reports between clones. The remote's
 * refs/errata/reports is fetched into a temporary ref; when the two
 * histories diverged they merge as the union of their trees (event paths
 * never collide, so nothing conflicts), committed with both tips as
 * parents; the local ref moves by compare-and-swap and the result is
 * pushed without force. A push the remote rejects (someone else pushed in
 * between) means fetching and merging again, a few times.
 */
#include "reports/reports.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define SYNC_ATTEMPTS 5

typedef struct {
	int rejected;
	char message[256];
} push_status;

static int on_push_update(const char *refname, const char *status, void *payload)
{
	push_status *ps = payload;

	if (status) {
		ps->rejected = 1;
		snprintf(ps->message, sizeof(ps->message), "%s: %s", refname, status);
	}
	return 0;
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
	const char *name = remote_name && *remote_name ? remote_name : "origin";
	int error = 0, attempt;

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
	snprintf(tmpref, sizeof(tmpref), "refs/errata-sync/%ld/reports", (long)getpid());
	snprintf(spec, sizeof(spec), "+%s:%s", ERRATA_REPORTS_REF, tmpref);
	for (attempt = 0; attempt < SYNC_ATTEMPTS; attempt++) {
		git_fetch_options fo;
		git_push_options po;
		push_status ps = { 0, "" };
		git_reference *tmp = NULL;
		git_oid rtip, ltip;
		int has_remote = 0, has_local, changed = 0;

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
		git_push_options_init(&po, GIT_PUSH_OPTIONS_VERSION);
		po.callbacks.push_update_reference = on_push_update;
		po.callbacks.payload = &ps;
		error = git_remote_push(remote, &push_specs, &po);
		if (error == 0 && !ps.rejected) {
			if (pushed)
				*pushed = 1;
			break;
		}
		if (error < 0 && attempt + 1 == SYNC_ATTEMPTS) {
			error = errata__git_error(error, name);
			break;
		}
		if (attempt + 1 == SYNC_ATTEMPTS) {
			error = errata__error(ERRATA_ECONFLICT, "%s: push rejected %d times (%s); run sync again",
			                      name, SYNC_ATTEMPTS, ps.message);
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
