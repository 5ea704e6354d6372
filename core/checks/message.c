/*
 * message.c: messages in the article's language. A locale table may hold
 * "messages", templates by key with {placeholders}; the checker chooses
 * the table messages come from (ctx->msg_locale: --messages, the
 * configuration's "messages", the article's table when it has messages,
 * else English), and the checks format the dates, month and weekday
 * names inside a message with that same table, so that one message never
 * mixes two languages. The table's "message_contractions" then join the
 * words that the filled-in values bring together ("il 8 marzo" is
 * written "l'8 marzo" in Italian).
 */
#include <string.h>

#include "checks/check.h"
#include "common.h"
#include "dates/locale.h"

/* A letter or a digit: ASCII, or any byte of a multibyte UTF-8 character. */
static int word_byte(unsigned char c)
{
	return c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/*
 * Each contraction of loc whose "from" stands as whole words in out is
 * replaced by its "to", left to right.
 */
static int contract(const errata_locale *loc, errata_buf *out)
{
	errata_buf in = ERRATA_BUF_INIT;
	const char *from, *to;
	size_t i, at, flen;
	int error = 0;

	if (!errata__locale_contraction(loc, 0, &from, &to) || !out->size)
		return 0;
	if ((error = errata_buf_put(&in, out->ptr, out->size)) < 0)
		goto cleanup;
	errata_buf_clear(out);
	for (at = 0; at < in.size && !error;) {
		for (i = 0; errata__locale_contraction(loc, i, &from, &to); i++) {
			flen = strlen(from);
			if (flen <= in.size - at && !memcmp(in.ptr + at, from, flen) &&
			    (at == 0 || !word_byte((unsigned char)in.ptr[at - 1])) &&
			    (at + flen == in.size || !word_byte((unsigned char)in.ptr[at + flen])))
				break;
		}
		if (errata__locale_contraction(loc, i, &from, &to)) {
			error = errata_buf_puts(out, to);
			at += strlen(from);
		} else {
			error = errata_buf_putc(out, in.ptr[at++]);
		}
	}
cleanup:
	errata_buf_dispose(&in);
	return error;
}

/* errata_buf_put() without the call when the bytes fit, as they mostly do. */
static inline int put_fast(errata_buf *out, const char *s, size_t len)
{
	if (out->size + len < out->asize) {
		memcpy(out->ptr + out->size, s, len);
		out->size += len;
		out->ptr[out->size] = '\0';
		return 0;
	}
	return errata_buf_put(out, s, len);
}

/* The index in names[0, n) of the name t[0, k) (n: none). */
static size_t name_index(const char *const *names, size_t n, const char *t, size_t k)
{
	for (size_t i = 0; i < n; i++)
		if ((!k || names[i][0] == t[0]) && !strncmp(names[i], t, k) && names[i][k] == '\0')
			return i;
	return n;
}

int errata__check_message(const errata_check_ctx *ctx, const char *key, const char *dflt,
                          errata_buf *out, const char *const *names,
                          const char *const *values, size_t n)
{
	const char *t = errata__locale_message(ctx->msg_locale, key);
	int error;

	if (!t)
		t = dflt;
	errata_buf_clear(out);
	/* room for the template and a few values at once */
	if ((error = errata_buf_grow(out, 128)) < 0)
		return error;
	while (*t && !error) {
		const char *close = NULL, *run = t + 1;
		size_t i = n;

		if (*t == '{' && (close = strchr(t + 1, '}')) != NULL)
			i = name_index(names, n, t + 1, (size_t)(close - t - 1));
		if (i < n) {
			if (values[i])
				error = put_fast(out, values[i], strlen(values[i]));
			t = close + 1;
		} else {
			/* this character and the text up to the next brace, at once */
			if (!(run = strchr(run, '{')))
				run = t + 1 + strlen(t + 1);
			error = put_fast(out, t, (size_t)(run - t));
			t = run;
		}
	}
	if (!error)
		error = contract(ctx->msg_locale, out);
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
