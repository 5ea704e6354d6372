/*
 * memo.c: what filing a report learns from the revision the reader saw,
 * kept for the next report on the same quote. Where a quote sits in a
 * revision, the revision that introduced it (its blame) and the
 * checker's findings within it depend only on the revision's commit, the
 * article's path and the quote (and, for the findings, on the
 * configuration that applies): a server that receives many reports on
 * one sentence of one article found them again for each, reading the
 * article and walking its history every time. The memo is keyed by the
 * commit's id, the path and the quote as sent; findings are kept only
 * when no configuration applies or it comes from a blob of the tree (a
 * key that names its content), and are used again only under the same
 * configuration. A fixed number of entries, the oldest replaced first;
 * safe from any thread.
 */
#include "reports/reports.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
	char *key;                 /* "<rev>\n<path>\n<quote>"; NULL: an empty slot */
	errata__report_facts facts;
} memo_entry;

struct errata__report_memo {
	pthread_mutex_t lock;
	memo_entry *v;
	size_t cap, next;
};

int errata__report_memo_new(errata__report_memo **out, size_t entries)
{
	errata__report_memo *m = calloc(1, sizeof(*m));

	*out = NULL;
	if (!m || !(m->v = calloc(entries ? entries : 1, sizeof(*m->v)))) {
		free(m);
		return errata__oom();
	}
	m->cap = entries ? entries : 1;
	pthread_mutex_init(&m->lock, NULL);
	*out = m;
	return 0;
}

void errata__report_facts_dispose(errata__report_facts *f)
{
	if (!f)
		return;
	errata_commit_info_dispose(&f->introduced);
	free(f->config);
	cJSON_Delete(f->findings);
	memset(f, 0, sizeof(*f));
}

void errata__report_memo_free(errata__report_memo *m)
{
	if (!m)
		return;
	for (size_t i = 0; i < m->cap; i++) {
		free(m->v[i].key);
		errata__report_facts_dispose(&m->v[i].facts);
	}
	free(m->v);
	pthread_mutex_destroy(&m->lock);
	free(m);
}

static char *key_of(const char *rev, const char *path, const char *quote)
{
	size_t a = strlen(rev), b = strlen(path), c = strlen(quote);
	char *k = malloc(a + b + c + 3);

	if (k) {
		memcpy(k, rev, a);
		k[a] = '\n';
		memcpy(k + a + 1, path, b);
		k[a + 1 + b] = '\n';
		memcpy(k + a + b + 2, quote, c + 1);
	}
	return k;
}

static char *dup_or_null(const char *s)
{
	return s ? errata__strdup(s) : NULL;
}

/* A deep copy of `from` into `to`: 0, or ERRATA_ENOMEM (to disposed). */
static int copy_facts(errata__report_facts *to, const errata__report_facts *from)
{
	memset(to, 0, sizeof(*to));
	to->anchored = from->anchored;
	to->offset = from->offset;
	to->length = from->length;
	to->line = from->line;
	to->column = from->column;
	to->shallow = from->shallow;
	to->introduced.id = from->introduced.id;
	to->introduced.time = from->introduced.time;
	to->introduced.offset_minutes = from->introduced.offset_minutes;
	if ((from->introduced.author && !(to->introduced.author = errata__strdup(from->introduced.author))) ||
	    (from->introduced.email && !(to->introduced.email = errata__strdup(from->introduced.email))) ||
	    (from->introduced.subject && !(to->introduced.subject = errata__strdup(from->introduced.subject))) ||
	    (from->config && !(to->config = dup_or_null(from->config))) ||
	    (from->findings && !(to->findings = cJSON_Duplicate(from->findings, 1)))) {
		errata__report_facts_dispose(to);
		return errata__oom();
	}
	return 0;
}

int errata__report_memo_get(errata__report_memo *m, const char *rev, const char *path, const char *quote,
                            errata__report_facts *out)
{
	char *key = key_of(rev, path, quote);
	int found = 0;

	memset(out, 0, sizeof(*out));
	if (!key)
		return 0;
	pthread_mutex_lock(&m->lock);
	for (size_t i = 0; i < m->cap && !found; i++)
		if (m->v[i].key && strcmp(m->v[i].key, key) == 0)
			found = copy_facts(out, &m->v[i].facts) == 0;
	pthread_mutex_unlock(&m->lock);
	free(key);
	errata__error_clear();
	return found;
}

void errata__report_memo_put(errata__report_memo *m, const char *rev, const char *path, const char *quote,
                             const errata__report_facts *facts)
{
	char *key = key_of(rev, path, quote);
	errata__report_facts copy;
	memo_entry old;
	size_t slot;

	if (!key || copy_facts(&copy, facts) < 0) {
		free(key);
		errata__error_clear();
		return;
	}
	pthread_mutex_lock(&m->lock);
	for (slot = 0; slot < m->cap; slot++)
		if (m->v[slot].key && strcmp(m->v[slot].key, key) == 0)
			break;
	if (slot == m->cap) {
		slot = m->next;
		m->next = (m->next + 1) % m->cap;
	}
	old = m->v[slot];
	m->v[slot].key = key;
	m->v[slot].facts = copy;
	pthread_mutex_unlock(&m->lock);
	free(old.key);
	errata__report_facts_dispose(&old.facts);
}

static _Thread_local errata__report_memo *thread_memo;

void errata__report_set_memo(errata__report_memo *m)
{
	thread_memo = m;
}

errata__report_memo *errata__report_memo_of_thread(void)
{
	return thread_memo;
}
