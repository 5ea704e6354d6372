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

int errata__mentions_push(errata_mentions *ms, const part *pt)
{
	errata_mention *m;
	size_t off, end;

	if (ms->n == ms->cap) {
		/* the mentions and what the extractor knows of them share one
		 * block (v, then x), moved whole when it grows */
		size_t ncap = ms->cap ? ms->cap * 2 : 64;
		errata_mention *nv = malloc(ncap * (sizeof(*nv) + sizeof(extra)));
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
