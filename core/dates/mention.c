/*
 * mention.c: the list of date mentions an extraction returns: pushing a
 * parsed date on it, lists of days that go on past a pair, and what the
 * checks may ask about a mention beyond the public struct. The scan is in
 * mention_scan.c, the shape parsers in mention_shape.c, mention_numeric.c
 * and mention_pair.c, year inference in mention_year.c.
 */
#include "mention_impl.h"

#include <stdlib.h>
#include <string.h>

#include "mention.h"
#include "common.h"

/*
 * The block of a list freed last (its mentions and extras), kept by the
 * thread for the next text's first, as a document's block is (see
 * text/doc.c): glibc's allocator splits and merges a free chunk of that
 * size for each text at a cost of hundreds of instructions. Only a block
 * of at most SPARE_MENTIONS mentions is kept.
 */
#define SPARE_MENTIONS 1024

static _Thread_local struct {
	errata_mention *v;      /* a freed block of cap mentions and cap extras, or NULL */
	size_t cap;
	int registered;         /* spare_free() runs when the thread ends */
} spare;

static void spare_free(void)
{
	free(spare.v);
	spare.v = NULL;
	spare.cap = 0;
}

/* A first block for a list: the spare one, or a new one of 64 mentions; NULL when out of memory. */
static errata_mention *first_block(size_t *cap)
{
	errata_mention *v = spare.v;

	if (v) {
		*cap = spare.cap;
		spare.v = NULL;
		spare.cap = 0;
		return v;
	}
	*cap = 64;
	return malloc(64 * (sizeof(*v) + sizeof(extra)));
}

/*
 * Keep the block v of cap mentions and extras as the thread's spare, in
 * place of a smaller one (which is freed): 1, or 0 when it is not kept.
 */
static int keep_spare(errata_mention *v, size_t cap)
{
	if (!v || cap > SPARE_MENTIONS || cap <= spare.cap)
		return 0;
	if (!spare.registered && errata__thread_cleanup(spare_free) == 0)
		spare.registered = 1;
	if (!spare.registered)
		return 0;
	free(spare.v);
	spare.v = v;
	spare.cap = cap;
	return 1;
}

int errata__mentions_push(errata_mentions *ms, const part *pt)
{
	errata_mention *m;
	size_t off, end;

	if (ms->n == ms->cap) {
		/* the mentions and what the extractor knows of them share one
		 * block (v, then x), moved whole when it grows */
		size_t ncap = ms->cap * 2;
		errata_mention *nv = ms->cap ? malloc(ncap * (sizeof(*nv) + sizeof(extra))) :
		                               first_block(&ncap);
		extra *nx = (extra *)(void *)(nv + ncap);

		if (!nv)
			return errata__oom();
		if (ms->n) {
			memcpy(nv, ms->v, ms->n * sizeof(*nv));
			memcpy(nx, ms->x, ms->n * sizeof(*nx));
		}
		free(ms->v);
		ms->v = nv;
		ms->x = nx;
		ms->cap = ncap;
	}
	off = pt->date_off;
	end = pt->end > pt->date_end ? pt->end : pt->date_end;
	if (pt->wd >= 0) {
		if (pt->wd_off < off)
			off = pt->wd_off;
		if (pt->wd_end > end)
			end = pt->wd_end;
	}
	m = &ms->v[ms->n];
	m->offset = off;
	m->length = end - off;
	m->date_offset = pt->date_off;
	m->date_length = pt->date_end - pt->date_off;
	m->weekday = pt->wd;
	m->weekday_offset = pt->wd >= 0 ? pt->wd_off : 0;
	m->weekday_length = pt->wd >= 0 ? pt->wd_end - pt->wd_off : 0;
	m->year = pt->y;
	m->month = pt->m;
	m->day = pt->d;
	m->flags = pt->flags;
	m->peer = -1;
	ms->x[ms->n].pair = -1;
	ms->x[ms->n].alt = 0;
	ms->x[ms->n].dir = 0;
	ms->x[ms->n].soft = pt->y && pt->soft;
	ms->x[ms->n].alt_first = 0;
	ms->x[ms->n].swap = pt->swap ? 1 : 0;
	ms->x[ms->n].swap_year = 0;
	ms->n++;
	return 0;
}

/*
 * A list of days that goes on past its second member ("June 30th, 31st
 * and July 1st 2016", "April 29th, 30th and 31st"): while the last member
 * is a day alone, the next one joins the list, and a year written at its
 * end goes back to every member before it. first is the list's first
 * mention; *last its last part.
 */
int errata__mentions_continue_list(const ctx *c, errata_mentions *ms, part *last, size_t first)
{
	int error;

	for (int k = 0; k < 16 && last->cont && !last->y; k++) {
		part next;
		int kind = errata__continue_pair(c, last, &next);
		size_t i = ms->n - 1;

		if (!kind || errata__crosses_paragraph(c, part_start(last), part_end(&next)))
			break;
		if ((error = errata__mentions_push(ms, &next)))
			return error;
		ms->x[i + 1].pair = (long)i;
		if (kind == PAIR_RANGE && ms->v[i].peer < 0) {
			ms->v[i].flags |= ERRATA_MENTION_RANGE_START;
			ms->v[i + 1].flags |= ERRATA_MENTION_RANGE_END;
			ms->v[i].peer = (long)i + 1;
			ms->v[i + 1].peer = (long)i;
		}
		*last = next;
	}
	/* a year written at the end goes back along the list */
	for (size_t i = ms->n - 1; i > first; i--) {
		errata_mention *a = &ms->v[i - 1], *b = &ms->v[i];

		if ((b->flags & ERRATA_MENTION_YEAR_EXPLICIT) && !(a->flags & ERRATA_MENTION_YEAR_EXPLICIT)) {
			a->year = b->year - (a->month > b->month && a->month <= 12 && b->month >= 1 ? 1 : 0);
			a->flags |= ERRATA_MENTION_YEAR_EXPLICIT;
		}
	}
	return 0;
}

int errata__mention_alt_year(const errata_mentions *m, size_t i)
{
	return (m && i < m->n) ? m->x[i].alt : 0;
}

int errata__mention_swapped(const errata_mentions *m, size_t i, int *month, int *day,
                            int *year)
{
	if (!m || i >= m->n || !m->x[i].swap || !m->x[i].swap_year)
		return 0;
	*month = m->v[i].day;
	*day = m->v[i].month;
	*year = m->x[i].swap_year;
	return 1;
}

int errata__mentions_headline_year(const errata_mentions *m)
{
	return m ? m->headline_year : 0;
}

int errata__mention_report_year(const errata_mentions *m, size_t i)
{
	if (!m || i >= m->n)
		return 0;
	return m->x[i].alt_first && m->x[i].alt ? m->x[i].alt : m->v[i].year;
}

void errata_mentions_free(errata_mentions *m)
{
	if (!m)
		return;
	if (!keep_spare(m->v, m->cap))
		free(m->v); /* (and m->x, in the same block) */
	free(m->days);
	free(m);
}

size_t errata_mentions_count(const errata_mentions *m)
{
	return m ? m->n : 0;
}

const errata_mention *errata_mentions_get(const errata_mentions *m, size_t i)
{
	return (m && i < m->n) ? &m->v[i] : NULL;
}

errata_mention *errata__mentions_at(errata_mentions *m, size_t i)
{
	return (m && i < m->n) ? &m->v[i] : NULL;
}
