/*
 * weekday.c: date.weekday, a stated weekday that does not match its date.
 *
 * Only a mention with a weekday, a judged year (written or inferred) and
 * a date that exists is judged; impossible dates belong to date.invalid.
 * The finding offers both readings of the mistake: the right weekday for
 * the date as written, and the nearest date that falls on the weekday as
 * written (the day number may be the typo).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "checks/check.h"
#include "common.h"

/*
 * The right weekday, written in the style of the wrong one: the full name
 * when the full name was written, else the written form's length of the
 * full name plus its trailing period ("Tues." -> "Wed." would need a
 * table; the full name is the safe choice). A lower-case first letter is
 * kept lower case.
 */
static int weekday_text(errata_buf *b, const errata_check_ctx *ctx,
                        const char *written, size_t n, int right)
{
	const char *name = errata_locale_weekday_name(ctx->locale, right);
	int error;

	errata_buf_clear(b);
	if (!name)
		return ERRATA_EINVALID;
	if ((error = errata_buf_puts(b, name)))
		return error;
	if (n && written[0] >= 'a' && written[0] <= 'z' && b->ptr[0] >= 'A' && b->ptr[0] <= 'Z')
		b->ptr[0] = (char)(b->ptr[0] + 32);
	if (n && written[0] >= 'A' && written[0] <= 'Z' && b->ptr[0] >= 'a' && b->ptr[0] <= 'z')
		b->ptr[0] = (char)(b->ptr[0] - 32);
	return 0;
}

/*
 * Where the day number is written inside the date part: the digit run
 * (at most two digits) whose value is the day. When month and day are
 * the same number, the day is the first run in day-first order and the
 * last one otherwise (ISO and month-first).
 */
static int find_day(const char *text, size_t from, size_t to, int day,
                    errata_date_order order, size_t *at, size_t *len)
{
	size_t i = from, found = 0;
	int first_is_year = -1;

	while (i < to) {
		size_t s;
		int v = 0;

		if (text[i] < '0' || text[i] > '9') {
			i++;
			continue;
		}
		s = i;
		while (i < to && text[i] >= '0' && text[i] <= '9') {
			if (i - s < 6)
				v = v * 10 + (text[i] - '0');
			i++;
		}
		if (first_is_year < 0)
			first_is_year = i - s == 4;
		if (i - s <= 2 && v == day) {
			if (found && order == ERRATA_ORDER_DMY && !first_is_year)
				continue;
			*at = s;
			*len = i - s;
			found++;
		}
	}
	return found > 0;
}

static int run(const errata_check_ctx *ctx)
{
	errata_buf msg = ERRATA_BUF_INIT, wd = ERRATA_BUF_INIT;
	errata_buf s1 = ERRATA_BUF_INIT, s2 = ERRATA_BUF_INIT;
	size_t count = errata_mentions_count(ctx->mentions), tlen;
	const char *text = errata_doc_text(ctx->doc, &tlen);
	int error = 0;

	for (size_t i = 0; i < count && !error; i++) {
		const errata_mention *m = errata_mentions_get(ctx->mentions, i);
		const char *sugg[2];
		size_t nsugg = 0, at = 0, dlen = 0;
		int real, delta, newday;
		const char *month, *real_name, *said_name;

		if (m->weekday < 0 || m->weekday > 6 || m->year == 0 ||
		    !errata_date_valid(m->year, m->month, m->day))
			continue;
		real = errata_date_weekday(m->year, m->month, m->day);
		if (real == m->weekday)
			continue;
		month = errata_locale_month_name(ctx->locale, m->month);
		real_name = errata_locale_weekday_name(ctx->locale, real);
		said_name = errata_locale_weekday_name(ctx->locale, m->weekday);
		if (!month || !real_name || !said_name)
			continue;
		errata_buf_clear(&msg);
		if ((error = errata_buf_printf(&msg, "%s %d, %d is a %s, not a %s", month,
		                               m->day, m->year, real_name, said_name)))
			break;

		/* (1) the right weekday in place of the written one */
		if (m->weekday_offset >= m->offset && m->weekday_length &&
		    m->weekday_offset + m->weekday_length <= m->offset + m->length &&
		    m->offset + m->length <= tlen) {
			const char *w = text + m->weekday_offset;

			if ((error = weekday_text(&wd, ctx, w, m->weekday_length, real)) < 0 &&
			    error != ERRATA_EINVALID)
				break;
			if (!error) {
				errata_buf_clear(&s1);
				if ((error = errata_buf_put(&s1, text + m->offset, m->weekday_offset - m->offset)) ||
				    (error = errata_buf_put(&s1, wd.ptr, wd.size)) ||
				    (error = errata_buf_put(&s1, w + m->weekday_length,
				                            m->offset + m->length - m->weekday_offset - m->weekday_length)))
					break;
				sugg[nsugg++] = s1.ptr;
			}
			error = 0;
		}

		/*
		 * (2) the nearest day of the same month that falls on the written
		 * weekday (the earlier one on a tie); the other candidate is a
		 * week away, so one of the two is always in the month.
		 */
		delta = (m->weekday - real + 7) % 7;      /* 1..6 days later */
		newday = m->day + delta;
		if (delta > 3 || newday > errata_date_days_in_month(m->year, m->month))
			newday = m->day + delta - 7;
		if (newday < 1)
			newday = m->day + delta;
		if (newday >= 1 && newday <= errata_date_days_in_month(m->year, m->month) &&
		    m->date_offset + m->date_length <= tlen &&
		    m->date_offset >= m->offset &&
		    m->date_offset + m->date_length <= m->offset + m->length &&
		    find_day(text, m->date_offset, m->date_offset + m->date_length, m->day,
		             ctx->order, &at, &dlen)) {
			char num[8];

			snprintf(num, sizeof(num), dlen == 2 ? "%02d" : "%d", newday);
			errata_buf_clear(&s2);
			if ((error = errata_buf_put(&s2, text + m->offset, at - m->offset)) ||
			    (error = errata_buf_puts(&s2, num)) ||
			    (error = errata_buf_put(&s2, text + at + dlen, m->offset + m->length - at - dlen)))
				break;
			sugg[nsugg++] = s2.ptr;
		}
		error = errata__check_report(ctx, m->offset, m->length, msg.ptr, sugg, nsugg);
	}
	errata_buf_dispose(&msg);
	errata_buf_dispose(&wd);
	errata_buf_dispose(&s1);
	errata_buf_dispose(&s2);
	return error;
}

const errata_check errata__check_weekday = {
	"date.weekday", ERRATA_SEVERITY_ERROR,
	"a stated weekday that does not match its date",
	NULL,
	run
};
