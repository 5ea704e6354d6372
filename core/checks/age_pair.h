/*
 * checks/age_pair.h: number.age's last reading (age_pair.c), an age
 * paired with a birth by where both stand rather than by the shape of
 * the sentence, and what it borrows from age.c to report the way the
 * other readings do.
 */
#ifndef ERRATA_CHECKS_AGE_PAIR_H
#define ERRATA_CHECKS_AGE_PAIR_H

#include <stddef.h>

#include "checks/check.h"
#include "checks/names.h"

/*
 * Report the age `age` over [at, at + n) of who, who is lo (or lo to hi)
 * on ad (the day who died, with death); a person without a name
 * (who->name_len 0) is told by the birth alone (age.c, report()).
 */
int errata__age_report(const errata_check_ctx *ctx, size_t at, size_t n,
                       const errata__person *who, int age, int lo, int hi,
                       const errata_date *ad, int death);

/*
 * The phrase of age_at that holds the digits [i, i + n) of the age `age`
 * ("at 57,", "con 24 años"): its end, or 0; its start in *s, the
 * phrase's value in *value (age.c, age_at_phrase()).
 */
size_t errata__age_at_phrase(const errata__words *w, const char *p, size_t len, size_t i,
                             size_t n, int age, size_t *s, int *value);

/*
 * Whether a birth that ends at e qualifies the word right after it, as
 * one written before its word of `born` does ("1990 doğumlu kızıyla",
 * "die 1985 geborene Tochter"): a word that opens with a word of `kin`,
 * or a name. The age before such a birth is not the one born.
 */
int errata__birth_qualifies_next(const errata__words *w, const char *p, size_t len, size_t e);

/*
 * Whether the count whose digits start at i and whose unit ends at e
 * tells a time ago or ahead, not an age: a word of relative_ago_before
 * right before it that is no verb of age ("il y a 40 ans", "vor 40
 * Jahren", "hace 40 años"; not "are acum 40 de ani"), or a word of
 * relative_ago after it ("40 years ago", "40 lat temu").
 */
int errata__age_ago(const errata__words *w, const char *p, size_t len, size_t i, size_t e);

/*
 * Past a place at from: a word of preps and up to three capitalised
 * words ("en Cuenca", "a Torino"); from when there is none (age.c,
 * past_place()).
 */
size_t errata__age_past_place(const errata_check_ctx *ctx, const errata__wordlist *preps, size_t from);

/*
 * The end of the year's digits in the word that ends at y, past a case
 * ending joined by an apostrophe or a hyphen ("2007'de", "2007’de",
 * "1942-ben"): the mark's start, or y when no such ending is there
 * (age.c).
 */
size_t errata__age_case_ending(const char *p, size_t y);

/* Whether number.age already reported a span that overlaps [s, e) (age.c). */
int errata__age_reported(const errata_check_ctx *ctx, size_t s, size_t e);

/*
 * Judge every age that no other reading of number.age reported against
 * the one birth it can be paired with: in its sentence, or in its
 * paragraph when that holds one age and one birth. 0, or a negative code.
 */
int errata__age_pairs(const errata_check_ctx *ctx, const errata__words *w);

#endif
