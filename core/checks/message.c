/*
 * message.c: messages in the article's language. A locale table may hold
 * "messages", templates by key with {placeholders}; the checker chooses
 * the table messages come from (ctx->msg_locale: --messages, the
 * configuration's "messages", the article's table when it has messages,
 * else English), and the checks format the dates, month and weekday
 * names inside a message with that same table, so that one message never
 * mixes two languages.
 */
#include <string.h>

#include "checks/check.h"
#include "common.h"
#include "dates/locale.h"

int errata__check_message(const errata_check_ctx *ctx, const char *key, const char *dflt,
                          errata_buf *out, const char *const *names,
                          const char *const *values, size_t n)
{
	const char *t = errata__locale_message(ctx->msg_locale, key);
	int error = 0;

	if (!t)
		t = dflt;
	errata_buf_clear(out);
	while (*t && !error) {
		const char *close;
		size_t i = n;

		if (*t == '{' && (close = strchr(t + 1, '}'))) {
			for (i = 0; i < n; i++)
				if (strlen(names[i]) == (size_t)(close - t - 1) &&
				    !memcmp(names[i], t + 1, (size_t)(close - t - 1)))
					break;
		}
		if (i < n) {
			error = errata_buf_puts(out, values[i] ? values[i] : "");
			t = close + 1;
		} else {
			error = errata_buf_putc(out, *t++);
		}
	}
	return error;
}

int errata__check_date(const errata_check_ctx *ctx, errata_buf *out, int year, int month,
                       int day, int with_year)
{
	const errata_locale *ml = ctx->msg_locale ? ctx->msg_locale : ctx->locale;

	errata_buf_clear(out);
	if (ml && errata_locale_month_name(ml, month))
		return errata_locale_format_day(ml, year, month, day, with_year, out);
	return errata_buf_printf(out, "%04d-%02d-%02d", year, month, day);
}

const char *errata__check_weekday_name(const errata_check_ctx *ctx, int weekday)
{
	return errata_locale_weekday_name(ctx->msg_locale ? ctx->msg_locale : ctx->locale, weekday);
}
