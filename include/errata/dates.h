/*
 * errata/dates.h: proleptic Gregorian calendar arithmetic (years 1 to
 * 9999), locale tables, and date-mention extraction with year inference.
 */
#ifndef ERRATA_DATES_H
#define ERRATA_DATES_H

#include <stddef.h>
#include "errata/common.h"
#include "errata/doc.h"

/* Weekdays are numbered ISO-style: 0 Monday ... 6 Sunday. */
typedef struct {
	int year;   /* 0: unknown */
	int month;  /* 1..12 */
	int day;    /* 1..31 */
} errata_date;

ERRATA_API int errata_date_is_leap(int year);
/* Days in a month; 0 for a month outside 1..12. */
ERRATA_API int errata_date_days_in_month(int year, int month);
/* Whether year (1..9999), month and day name a real date. */
ERRATA_API int errata_date_valid(int year, int month, int day);
/* Days since 0001-01-01 (day 0) of a valid date. */
ERRATA_API long errata_date_to_days(int year, int month, int day);
/* The date of a day number from errata_date_to_days(). */
ERRATA_API errata_date errata_date_from_days(long days);
/* Weekday of a valid date, 0 Monday ... 6 Sunday. */
ERRATA_API int errata_date_weekday(int year, int month, int day);
/* Easter Sunday of a Gregorian year (1583..9999), by the computus; 0 or
 * ERRATA_EINVALID for a year outside that range. */
ERRATA_API int errata_date_easter(int year, errata_date *out);
/* Parse "YYYY-MM-DD" (a valid date); 0 or ERRATA_EINVALID. */
ERRATA_API int errata_date_parse_iso(const char *s, errata_date *out);

/* ---- locale tables ---------------------------------------------------- */

typedef struct errata_locale errata_locale;

/* Load a locale table (rules/locales/<lang>.json). Errors name the file. */
ERRATA_API int errata_locale_load(errata_locale **out, const char *path);
/*
 * Load the table for a language code ("en", "fr", ...) from the data
 * directory (see errata_data_dir()). ERRATA_ENOTFOUND if there is none.
 */
ERRATA_API int errata_locale_load_lang(errata_locale **out, const char *lang);
/* The same from the data folder `data_dir` (NULL: errata_data_dir()). */
ERRATA_API int errata_locale_load_lang_in(errata_locale **out, const char *data_dir,
                                          const char *lang);
ERRATA_API void errata_locale_free(errata_locale *loc);
ERRATA_API const char *errata_locale_lang(const errata_locale *loc);
/* The name of a month (1..12) or weekday (0..6) as the table spells it first. */
ERRATA_API const char *errata_locale_month_name(const errata_locale *loc, int month);
ERRATA_API const char *errata_locale_weekday_name(const errata_locale *loc, int weekday);

/*
 * The table's default numeric order ("numeric_order"): the order used when
 * errata_mention_options.order is ERRATA_ORDER_AUTO.
 */
ERRATA_API int errata_locale_numeric_order(const errata_locale *loc);

/*
 * Append a date written the table's way ("date_format", e.g.
 * "{month} {day}, {year}"; {weekday} is also known) to out.
 */
ERRATA_API int errata_locale_format_date(const errata_locale *loc, int year, int month,
                                         int day, errata_buf *out);
/*
 * The same, leaving out the year and the text that ties it to the date
 * when with_year is 0: "January 4", "4 janvier", "4. Januar".
 */
ERRATA_API int errata_locale_format_day(const errata_locale *loc, int year, int month, int day,
                                        int with_year, errata_buf *out);

/*
 * The directory holding locales/ and packs/: $ERRATA_DATA_DIR, else the
 * installed share/errata, else the source tree's rules/. Borrowed.
 */
ERRATA_API const char *errata_data_dir(void);

/* ---- date mentions ---------------------------------------------------- */

typedef enum {
	ERRATA_ORDER_AUTO = 0,  /* the locale's default; if that is auto too:
	                           numeric dates only where unambiguous */
	ERRATA_ORDER_MDY,       /* 1/7/2026 is January 7 */
	ERRATA_ORDER_DMY,       /* 1/7/2026 is 1 July */
	ERRATA_ORDER_YMD        /* 26/01/07 is 2026-01-07; day and month alone: month first */
} errata_date_order;

enum {
	ERRATA_MENTION_YEAR_EXPLICIT = 1 << 0, /* the year is written */
	ERRATA_MENTION_YEAR_INFERRED = 1 << 1, /* the year came from an anchor */
	ERRATA_MENTION_NUMERIC       = 1 << 2, /* written with digits only */
	ERRATA_MENTION_RANGE_START   = 1 << 3,
	ERRATA_MENTION_RANGE_END     = 1 << 4
};

/*
 * One date mention. Offsets are bytes into the document's text. The whole
 * span runs from the first to the last byte of the weekday and the date,
 * so in a pair such as "Monday-Wednesday, March 2-4, 2026" the first
 * mention spans "Monday-Wednesday, March 2" and the second
 * "Wednesday, March 2-4, 2026" (date span "4, 2026"). Both halves of a
 * range or list share a year written at its end (YEAR_EXPLICIT on both).
 */
typedef struct {
	size_t offset, length;                 /* the whole expression, in bytes */
	size_t date_offset, date_length;       /* the date part alone */
	int weekday;                           /* stated weekday 0..6, or -1 */
	size_t weekday_offset, weekday_length; /* where the weekday is written */
	int year;       /* the year to judge by: explicit or inferred; 0: not judged */
	int month;      /* as written (may be out of range, e.g. 13) */
	int day;        /* as written (may be out of range, e.g. 31 in April) */
	unsigned int flags;
	long peer;      /* for a range end, the index of its start (and back); -1 */
} errata_mention;

typedef struct {
	unsigned int version;
	errata_date anchor;      /* the article's date; year 0 when unknown */
	errata_date_order order;
} errata_mention_options;

#define ERRATA_MENTION_OPTIONS_VERSION 1
#define ERRATA_MENTION_OPTIONS_INIT { ERRATA_MENTION_OPTIONS_VERSION, { 0, 0, 0 }, ERRATA_ORDER_AUTO }

typedef struct errata_mentions errata_mentions;

/*
 * Find every date mention in the document's prose, in text order, and
 * infer missing years: a written date before it in the same block
 * (paragraph, list item, table row), else the last written date in the
 * article's year, else opts->anchor, choosing the year that puts the
 * date closest to the anchor. With no anchor the year stays 0 (the date
 * is not judged).
 */
ERRATA_API int errata_mentions_extract(errata_mentions **out, const errata_doc *doc,
                                       const errata_locale *loc,
                                       const errata_mention_options *opts);
/*
 * The same on a prose buffer of len bytes (the text need not be
 * NUL-terminated); offsets are relative to text.
 */
ERRATA_API int errata_mentions_extract_text(errata_mentions **out, const char *text,
                                            size_t len, const errata_locale *loc,
                                            const errata_mention_options *opts);
ERRATA_API void errata_mentions_free(errata_mentions *m);
ERRATA_API size_t errata_mentions_count(const errata_mentions *m);
ERRATA_API const errata_mention *errata_mentions_get(const errata_mentions *m, size_t i);

#endif
