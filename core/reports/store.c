/*
 * store.c: the event store under refs/errata/reports. Every write reads
 * the tip, writes the new event blobs, derives the new tree from the old
 * one (treeedit.c: only the folders on the way to the new events are
 * written again), commits with the tip as parent and moves the ref with
 * git_reference_create_matching, a compare-and-swap; a lost race or a held
 * lock means a short random pause and a fresh attempt. Objects are written
 * before the ref moves, so a writer killed at any point leaves the ref at
 * its old or its new tip.
 */
#include "reports/reports.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <sys/file.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define WRITE_ATTEMPTS 100

int errata__batch_add(errata__event_batch *b, const char *path, const char *data, size_t len)
{
	errata__event_file *f;

	if (b->count == b->cap) {
		size_t ncap = b->cap ? b->cap * 2 : 4;
		errata__event_file *p = realloc(b->files, ncap * sizeof(*p));

		if (!p)
			return errata__oom();
		b->files = p;
		b->cap = ncap;
	}
	f = &b->files[b->count];
	f->path = errata__strdup(path);
	f->data = errata__strndup(data, len);
	f->len = len;
	if (!f->path || !f->data) {
		free(f->path);
		free(f->data);
		return errata__oom();
	}
	b->count++;
	return 0;
}

void errata__batch_clear(errata__event_batch *b)
{
	for (size_t i = 0; i < b->count; i++) {
		free(b->files[i].path);
		free(b->files[i].data);
	}
	b->count = 0;
	free(b->message);
	b->message = NULL;
}

int errata__reports_tip(errata_repo *repo, git_oid *out)
{
	int error = git_reference_name_to_id(out, repo->git, ERRATA_REPORTS_REF);

	if (error == GIT_ENOTFOUND)
		return 0;
	if (error < 0)
		return errata__git_error(error, ERRATA_REPORTS_REF);
	return 1;
}

/*
 * 64 random bits from the kernel (getrandom(), which never blocks once the
 * system has booted). Should it fail, the time, the process and a counter
 * of this thread's own stand in: ids stay distinct, only less secret.
 */
static uint64_t random_bits(void)
{
	static _Thread_local uint64_t counter;
	uint64_t r = 0;
	ssize_t n;
	struct timespec ts;

	do
		n = getrandom(&r, sizeof(r), 0);
	while (n < 0 && errno == EINTR);
	if (n == (ssize_t)sizeof(r))
		return r;
	clock_gettime(CLOCK_REALTIME, &ts);
	counter += 0x9e3779b97f4a7c15ULL;
	return counter ^ ((uint64_t)ts.tv_nsec << 20) ^ (uint64_t)ts.tv_sec ^
	       ((uint64_t)getpid() << 40) ^ (uint64_t)(uintptr_t)&counter;
}

void errata__reports_new_id(char out[ERRATA_REPORT_ID_SIZE], const char *data, size_t len)
{
	uint64_t r = random_bits(), h = errata__fnv1a(ERRATA__FNV_SEED, data, len);

	h = errata__fnv1a(h, &r, sizeof(r));
	snprintf(out, ERRATA_REPORT_ID_SIZE, "%016llx", (unsigned long long)h);
}

void errata__reports_now(char out[32])
{
	time_t t = time(NULL);
	struct tm tm;

	gmtime_r(&t, &tm);
	strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

int errata__reports_actor(errata_repo *repo, const char *given, char **out)
{
	git_config *cfg = NULL;
	git_buf name = GIT_BUF_INIT, email = GIT_BUF_INIT;
	const char *user;
	int error = 0;

	*out = NULL;
	if (given && *given) {
		if ((error = errata__reports_check_text("actor", given, 200)) < 0)
			return error;
		*out = errata__strdup(given);
		return *out ? 0 : errata__oom();
	}
	if (git_repository_config_snapshot(&cfg, repo->git) == 0 &&
	    git_config_get_string_buf(&name, cfg, "user.name") == 0 && name.size) {
		if (git_config_get_string_buf(&email, cfg, "user.email") == 0 && email.size) {
			*out = malloc(name.size + email.size + 4);
			if (*out)
				sprintf(*out, "%s <%s>", name.ptr, email.ptr);
		} else {
			*out = errata__strdup(name.ptr);
		}
		if (!*out)
			error = errata__oom();
		goto cleanup;
	}
	user = getenv("USER");
	*out = errata__strdup(user && *user ? user : "unknown");
	if (!*out)
		error = errata__oom();
cleanup:
	git_buf_dispose(&name);
	git_buf_dispose(&email);
	git_config_free(cfg);
	return error;
}

/* A commit signature from an actor "Name <email>" or a bare name. */
static int actor_signature(git_signature **out, const char *actor)
{
	const char *lt = strchr(actor, '<'), *gt = lt ? strchr(lt, '>') : NULL;
	char name[256], email[256];
	size_t nl;

	if (lt && gt) {
		nl = (size_t)(lt - actor);
		while (nl && actor[nl - 1] == ' ')
			nl--;
		snprintf(name, sizeof(name), "%.*s", (int)nl, actor);
		snprintf(email, sizeof(email), "%.*s", (int)(gt - lt - 1), lt + 1);
	} else {
		snprintf(name, sizeof(name), "%s", actor);
		snprintf(email, sizeof(email), "errata@localhost");
	}
	/* libgit2 refuses '<', '>' and newlines in a signature. */
	for (char *p = name; *p; p++)
		if (*p == '<' || *p == '>' || *p == '\n')
			*p = ' ';
	for (char *p = email; *p; p++)
		if (*p == '<' || *p == '>' || *p == '\n')
			*p = ' ';
	if (!name[0] || name[0] == ' ')
		snprintf(name, sizeof(name), "errata");
	if (git_signature_now(out, name, email) < 0)
		return git_signature_now(out, "errata", "errata@localhost") < 0
			? errata__git_error(-1, "signature") : 0;
	return 0;
}

void (*errata__reports_test_hook)(const char *point);

/* <gitdir>errata/<name> into out; 0, or -1 when it does not fit. */
static int errata_file(char *out, size_t size, errata_repo *repo, const char *name)
{
	int n = snprintf(out, size, "%serrata/%s", repo->gitdir, name);

	return n < 0 || (size_t)n >= size ? -1 : 0;
}

/*
 * The writers' lock: every errata process that moves the ref holds an
 * flock on <gitdir>/errata/reports.writer while it does, and the kernel
 * drops it when the process dies. 0 and *fd; ERRATA_ELOCKED when another
 * errata process holds it now; or an error.
 */
static int writers_lock(errata_repo *repo, int *fd)
{
	char path[4096];

	*fd = -1;
	if (errata_file(path, sizeof(path), repo, "reports.writer") < 0)
		return errata__error(ERRATA_EIO, "%s: path too long", repo->gitdir);
	snprintf(path, sizeof(path), "%serrata", repo->gitdir);
	if (mkdir(path, 0777) != 0 && errno != EEXIST)
		return errata__error(ERRATA_EIO, "%s: %s", path, errata__strerror(errno));
	errata_file(path, sizeof(path), repo, "reports.writer");
	if ((*fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0666)) < 0)
		return errata__error(ERRATA_EIO, "%s: %s", path, errata__strerror(errno));
	if (flock(*fd, LOCK_EX | LOCK_NB) != 0) {
		int busy = errno == EWOULDBLOCK || errno == EINTR;

		close(*fd);
		*fd = -1;
		return busy ? ERRATA_ELOCKED : errata__error(ERRATA_EIO, "%s: %s", path, errata__strerror(errno));
	}
	return 0;
}

/*
 * Under the writers' lock: a <gitdir>/errata/reports.moving file means
 * that the errata process that held the lock last died while moving the
 * ref (a live one removes it before letting go). The ref's lock file it
 * may have left (empty, or holding the commit id that the marker names)
 * is therefore stale, and removed; a lock file with other content belongs
 * to someone else (git) and is left alone.
 */
static void recover_stale(errata_repo *repo)
{
	char marker[4096], lock[4096], want[128] = "", have[128] = "";
	const char *hex;
	FILE *f;
	size_t n;

	if (errata_file(marker, sizeof(marker), repo, "reports.moving") < 0 ||
	    !(f = fopen(marker, "rb")))
		return;
	n = fread(want, 1, sizeof(want) - 1, f);
	want[n] = '\0';
	fclose(f);
	hex = strchr(want, ' ');
	snprintf(lock, sizeof(lock), "%s" ERRATA_REPORTS_REF ".lock", repo->gitdir);
	if (hex && (f = fopen(lock, "rb"))) {
		n = fread(have, 1, sizeof(have) - 1, f);
		have[n] = '\0';
		fclose(f);
		/* libgit2 writes "<id>\n" into the lock just before its rename. */
		if (strncmp(hex + 1, have, n) == 0)
			unlink(lock);
	}
	unlink(marker);
}

/* Write the marker recover_stale() reads: "<pid> <target>\n". */
static int write_marker(errata_repo *repo, const git_oid *target)
{
	char path[4096], line[128], hex[GIT_OID_HEXSZ + 1];
	int fd, n, ok;

	errata_file(path, sizeof(path), repo, "reports.moving");
	git_oid_tostr(hex, sizeof(hex), target);
	n = snprintf(line, sizeof(line), "%ld %s\n", (long)getpid(), hex);
	if ((fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666)) < 0)
		return errata__error(ERRATA_EIO, "%s: %s", path, errata__strerror(errno));
	ok = write(fd, line, (size_t)n) == n;
	ok = close(fd) == 0 && ok;
	if (!ok) {
		unlink(path);
		return errata__error(ERRATA_EIO, "%s: %s", path, errata__strerror(errno));
	}
	return 0;
}

/*
 * Move refs/errata/reports from `expected` (NULL: it must not exist yet)
 * to `target`, as a compare-and-swap done under the ref's own lock: a
 * libgit2 transaction takes <gitdir>/refs/errata/reports.lock, the ref is
 * read again under it, and only then written and the lock renamed over
 * it. (A plain create-if-absent checks before it locks, so two creators
 * could both pass.) Returns 0; ERRATA_ECONFLICT when the ref is not at
 * `expected`; ERRATA_ELOCKED when the lock is held (by a live errata
 * writer, or by another program: git); or an error.
 */
int errata__reports_move(errata_repo *repo, const git_oid *expected, const git_oid *target,
                         const git_signature *sig, const char *message)
{
	git_transaction *tx = NULL;
	git_oid now;
	char marker[4096];
	int fd, error, has, gerr;

	if ((error = writers_lock(repo, &fd)) < 0)
		return error;
	recover_stale(repo);
	errata_file(marker, sizeof(marker), repo, "reports.moving");
	if ((error = write_marker(repo, target)) < 0)
		goto unlock;
	if ((gerr = git_transaction_new(&tx, repo->git)) < 0 ||
	    (gerr = git_transaction_lock_ref(tx, ERRATA_REPORTS_REF)) < 0) {
		error = gerr == GIT_ELOCKED ? ERRATA_ELOCKED : errata__git_error(gerr, "locking " ERRATA_REPORTS_REF);
		if (gerr == GIT_ELOCKED)
			git_error_clear();
		goto cleanup;
	}
	if ((has = errata__reports_tip(repo, &now)) < 0) {
		error = has;
		goto cleanup;
	}
	if (expected ? !has || !git_oid_equal(&now, expected) : has) {
		error = ERRATA_ECONFLICT;
		goto cleanup;
	}
	if ((gerr = git_transaction_set_target(tx, ERRATA_REPORTS_REF, target, sig, message)) < 0) {
		error = errata__git_error(gerr, "moving " ERRATA_REPORTS_REF);
		goto cleanup;
	}
	if (errata__reports_test_hook)
		errata__reports_test_hook("locked");
	if ((gerr = git_transaction_commit(tx)) < 0)
		error = errata__git_error(gerr, "moving " ERRATA_REPORTS_REF);
cleanup:
	git_transaction_free(tx);
	unlink(marker);
unlock:
	close(fd);
	return error;
}

int errata__reports_create_ref(errata_repo *repo, const git_oid *oid, const char *message)
{
	git_signature *sig = NULL;
	int error;

	if (git_signature_now(&sig, "errata", "errata@localhost") < 0)
		return errata__git_error(-1, "signature");
	error = errata__reports_move(repo, NULL, oid, sig, message);
	git_signature_free(sig);
	return error == ERRATA_ELOCKED ? ERRATA_ECONFLICT : error;
}

static void backoff(int attempt)
{
	unsigned int ms = 1 + (unsigned int)(random_bits() % (unsigned int)(2 + (attempt < 10 ? attempt * 3 : 30)));
	struct timespec ts = { 0, (long)ms * 1000000L };

	while (nanosleep(&ts, &ts) < 0 && errno == EINTR)
		;
}

int errata__reports_signature(git_signature **out, const char *actor)
{
	return actor_signature(out, actor);
}

/*
 * One attempt's commit: read the tip, build the events, write their blobs,
 * derive the new tree from the old one and commit it with the tip as
 * parent. Nothing is published: the ref does not move.
 */
int errata__reports_prepare(errata_repo *repo, const errata__tree_writer *w,
                            const git_signature *sig, errata__build_fn build, void *payload,
                            errata__prepared *out)
{
	errata__event_batch batch = { NULL, 0, 0, NULL };
	errata__tree_writer own = { NULL, NULL, NULL, NULL };
	errata__tree_put *puts = NULL;
	git_commit *parent = NULL;
	git_tree *base = NULL, *tree = NULL;
	git_oid tree_oid;
	int error = 0, gerr;

	memset(out, 0, sizeof(*out));
	if (!w) {
		own.git = repo->git;
		w = &own;
	}
	if ((out->has_tip = errata__reports_tip(repo, &out->tip)) < 0)
		return out->has_tip;
	if (out->has_tip &&
	    ((gerr = git_commit_lookup(&parent, repo->git, &out->tip)) < 0 ||
	     (gerr = git_commit_tree(&base, parent)) < 0)) {
		error = errata__git_error(gerr, ERRATA_REPORTS_REF);
		goto cleanup;
	}
	if ((error = build(repo, base, payload, &batch)) < 0)
		goto cleanup;
	if (batch.count == 0) {
		error = 1;
		goto cleanup;
	}
	if (!(puts = calloc(batch.count, sizeof(*puts)))) {
		error = errata__oom();
		goto cleanup;
	}
	for (size_t i = 0; i < batch.count; i++) {
		puts[i].path = batch.files[i].path;
		if ((error = errata__tree_write_object(w, GIT_OBJECT_BLOB, batch.files[i].data,
		                                       batch.files[i].len, &puts[i].id)) < 0)
			goto cleanup;
	}
	/* Only the folders on the way to the new events are written again. */
	if ((error = errata__tree_upsert(w, base ? git_tree_id(base) : NULL, puts, batch.count,
	                                 &tree_oid)) < 0)
		goto cleanup;
	if ((gerr = git_tree_lookup(&tree, repo->git, &tree_oid)) < 0) {
		error = errata__git_error(gerr, "reading the reports tree");
		goto cleanup;
	}
	{
		const git_commit *parents[1];

		parents[0] = parent;
		snprintf(out->message, sizeof(out->message), "%s",
		         batch.message ? batch.message : "errata: report event\n");
		gerr = git_commit_create(&out->commit, repo->git, NULL, sig, sig, NULL,
		                         out->message, tree, out->has_tip ? 1 : 0, parents);
		if (gerr < 0)
			error = errata__git_error(gerr, "writing the reports commit");
	}
cleanup:
	errata__batch_clear(&batch);
	free(batch.files);
	free(puts);
	git_tree_free(tree);
	git_tree_free(base);
	git_commit_free(parent);
	return error;
}

int errata__reports_lost_race(int error, int attempt)
{
	if (error != ERRATA_ECONFLICT && error != ERRATA_ELOCKED)
		return 0;
	errata__error_clear();
	if (attempt + 1 >= WRITE_ATTEMPTS)
		return 0;
	backoff(attempt);
	return 1;
}

int errata__reports_gave_up(int error, errata_repo *repo)
{
	if (error == ERRATA_ELOCKED)
		return errata__error(ERRATA_ELOCKED, "%s is locked by another writer (a stale %s" ERRATA_REPORTS_REF ".lock may be removed when no errata or git process runs)", ERRATA_REPORTS_REF, repo->gitdir);
	if (error == ERRATA_ECONFLICT)
		return errata__error(ERRATA_ECONFLICT, "%s kept moving: gave up after %d attempts", ERRATA_REPORTS_REF, WRITE_ATTEMPTS);
	return error;
}

int errata__reports_write(errata_repo *repo, const char *actor,
                          errata__build_fn build, void *payload)
{
	git_signature *sig = NULL;
	errata__prepared prep;
	int error = 0, attempt;

	if ((error = actor_signature(&sig, actor)) < 0)
		return error;
	for (attempt = 0; attempt < WRITE_ATTEMPTS; attempt++) {
		if ((error = errata__reports_prepare(repo, NULL, sig, build, payload, &prep)) != 0)
			break;
		error = errata__reports_move(repo, prep.has_tip ? &prep.tip : NULL, &prep.commit, sig,
		                             prep.message);
		if (!errata__reports_lost_race(error, attempt))
			break;
	}
	git_signature_free(sig);
	return error > 0 ? 0 : errata__reports_gave_up(error, repo);
}

static int is_hex(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
			return 0;
	return 1;
}

int errata__reports_locate(errata_repo *repo, git_tree *tip, const char *prefix,
                           char id[ERRATA_REPORT_ID_SIZE], git_tree **dir)
{
	const git_tree_entry *r;
	git_tree *rtree = NULL, *shard = NULL;
	git_oid found_oid;
	size_t plen = strlen(prefix), nfound = 0;
	int error = 0;

	if (dir)
		*dir = NULL;
	if (plen == 0 || plen > 16 || !is_hex(prefix, plen))
		return errata__error(ERRATA_EINVALID, "'%s' is not a report id (hex digits)", prefix);
	if (!tip || !(r = git_tree_entry_byname(tip, "r")) ||
	    git_tree_lookup(&rtree, repo->git, git_tree_entry_id(r)) < 0)
		return errata__error(ERRATA_ENOTFOUND, "no report '%s'", prefix);
	for (size_t s = 0; s < git_tree_entrycount(rtree) && nfound < 2; s++) {
		const git_tree_entry *se = git_tree_entry_byindex(rtree, s);
		const char *sname = git_tree_entry_name(se);

		if (strncmp(sname, prefix, plen < 2 ? plen : 2) != 0)
			continue;
		if (git_tree_lookup(&shard, repo->git, git_tree_entry_id(se)) < 0)
			continue;
		for (size_t i = 0; i < git_tree_entrycount(shard); i++) {
			const git_tree_entry *e = git_tree_entry_byindex(shard, i);

			if (strncmp(git_tree_entry_name(e), prefix, plen) == 0) {
				if (++nfound == 1) {
					snprintf(id, ERRATA_REPORT_ID_SIZE, "%s", git_tree_entry_name(e));
					git_oid_cpy(&found_oid, git_tree_entry_id(e));
				} else {
					break;
				}
			}
		}
		git_tree_free(shard);
		shard = NULL;
	}
	git_tree_free(rtree);
	if (nfound == 0)
		return errata__error(ERRATA_ENOTFOUND, "no report '%s'", prefix);
	if (nfound > 1)
		return errata__error(ERRATA_EAMBIGUOUS, "report id '%s' is ambiguous: give more digits", prefix);
	if (dir && (error = git_tree_lookup(dir, repo->git, &found_oid)) < 0)
		error = errata__git_error(error, id);
	return error;
}

int errata__reports_lamport(const char *name, size_t events, unsigned long *out)
{
	unsigned long v = 0;
	const char *p = name;

	*out = 0;
	if (*p < '1' || *p > '9')
		return 0;
	for (; *p >= '0' && *p <= '9'; p++) {
		/* Beyond the event count long before it could wrap. */
		if (v > (ULONG_MAX - 9) / 10)
			return 0;
		v = v * 10 + (unsigned long)(*p - '0');
	}
	if (*p != '-' || v > events)
		return 0;
	*out = v;
	return 1;
}

unsigned long errata__reports_next_lamport(git_tree *dir)
{
	size_t n = dir ? git_tree_entrycount(dir) : 0;
	unsigned long max = 0;

	for (size_t i = 0; i < n; i++) {
		unsigned long l;

		if (errata__reports_lamport(git_tree_entry_name(git_tree_entry_byindex(dir, i)), n, &l) &&
		    l > max)
			max = l;
	}
	return max + 1;
}

void errata__reports_event_path(char out[128], const char *report, unsigned long lamport,
                                const char *event)
{
	snprintf(out, 128, "r/%.2s/%s/%lu-%s.json", report, report, lamport, event);
}

int errata__reports_check_text(const char *field, const char *s, size_t max)
{
	size_t len = strlen(s), i = 0;

	if (max && len > max)
		return errata__error(ERRATA_ETOOBIG, "%s: longer than the limit of %zu bytes", field, max);
	while (i < len) {
		uint32_t cp;
		size_t n = errata__utf8_decode((const unsigned char *)s + i, len - i, &cp);

		if (n == 0)
			return errata__error(ERRATA_EINVALID, "%s: not valid UTF-8 at byte %zu", field, i);
		i += n;
	}
	return 0;
}
