/*
 * core/checks/duration_pair.h: the fallback reading of date.duration
 * (duration_pair.c). The lengths duration.c reads are noted as it finds
 * them; once it has judged them all, those it left without a finding are
 * paired with a range by proximity and judged again.
 */
#ifndef ERRATA_CHECKS_DURATION_PAIR_H
#define ERRATA_CHECKS_DURATION_PAIR_H

#include <stddef.h>

#include "checks/check.h"

/* The lengths of one document kept for the fallback; more are not judged. */
#define ERRATA__PAIR_MAX 256

typedef struct {
	size_t start, end;     /* the length as written: "three-day", "four weeks" */
	size_t noun, noun_len; /* its noun ("festival"); noun_len 0: none */
	int count;             /* 3 */
	int unit;              /* days per unit: 1, 7, 14, 30 (a calendar month), 365 (a year) */
	int nights;            /* counted in nights */
	int part;              /* "six days of talks": the noun fills the days, it is no event */
	int runs_out;          /* a time that runs out ("a 14-day quarantine"): may end a day past */
} errata__pair_length;

typedef struct {
	size_t count;
	int full; /* lengths were left out: those after the last noted are unknown */
	errata__pair_length items[ERRATA__PAIR_MAX];
} errata__pair_lengths;

/* Note a length that duration.c read (in text order or not). */
static inline void errata__pair_note(errata__pair_lengths *l, errata__pair_length x)
{
	if (l->count < ERRATA__PAIR_MAX)
		l->items[l->count++] = x;
	else
		l->full = 1;
}

/*
 * Judge the noted lengths, and the lengths in years the locale's
 * year_units name, that no date.duration finding covers yet: each against
 * the one range of its sentence, or of its paragraph. Returns 0 or a
 * negative error code.
 */
int errata__pair_judge(const errata_check_ctx *ctx, const struct errata__words *w,
                       errata__pair_lengths *l);

/*
 * Report the length written at text[at, at + n) (duration.c): it runs from
 * the day `start` to `want_end`, but the article ends it at `got_end`
 * (days since the epoch of errata_date_to_days()). phrase, length and
 * noun as the message names them; bare: the length stands beside its
 * range ("{length} from {start} would end {end}, but the range written
 * with it runs to {got}"), else "the {phrase} from {start} …". Returns 0
 * or a negative error code.
 */
int errata__duration_report(const errata_check_ctx *ctx, size_t at, size_t n, const char *phrase,
                            const char *length, const char *noun, int nights, int bare, long start,
                            long want_end, long got_end);

#endif
