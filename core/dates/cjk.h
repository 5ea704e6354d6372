/*
 * core/dates/cjk.h: dates written the Chinese, Japanese and Korean way,
 * with a mark after each number and no spaces between words:
 * 2026年1月7日(水), 1月7日（水曜日）, 令和8年1月7日, 2026년 1월 7일 (수),
 * 2026.08.13(목)-16(일). The marks, eras and weekday forms come from the
 * locale table ("cjk" and "weekdays"); mention_shape.c calls this parser at
 * each place a date may start when the table has "cjk".
 */
#ifndef ERRATA_DATES_CJK_H
#define ERRATA_DATES_CJK_H

#include <stddef.h>
#include "locale.h"

typedef struct {
	int y, m, d;            /* y is 0 when no year is written */
	int wd;                 /* 0..6, or -1 when no weekday is written */
	int numeric;            /* written with separators (2026.08.13) */
	size_t off, date_end;   /* the date */
	size_t wd_off, wd_end;  /* the weekday's own word */
	size_t end;             /* after the weekday and its brackets */
	int month_shift;        /* a day alone: 1 after "本月", 2 after "下月", else 0 */
} errata__cjk_date;

/*
 * Parse the date (and a range to a second date) that starts at pos:
 * returns 0 when none does, else the number of dates read (1 or 2) into
 * out; 2 means a range.
 */
int errata__cjk_parse(const errata_locale *loc, const char *s, size_t len, size_t pos,
                      errata__cjk_date out[2]);

/*
 * A day written with its mark and its weekday in brackets, and no month
 * (13日（日）, 9일(목), 17号（周四）), or in brackets after a weekday of two
 * letters or more (周三（15日）): 1 with the day in d->d (d->m and d->y
 * 0) and the weekday, else 0.
 */
int errata__cjk_day(const errata_locale *loc, const char *s, size_t len, size_t pos,
                    errata__cjk_date *d);

/*
 * The first place in s[from..to) where a date may start that the scan
 * would not stop at by itself (an era name, a full-width digit), or to.
 */
size_t errata__cjk_next_start(const errata_locale *loc, const char *s, size_t from, size_t to);

#endif
