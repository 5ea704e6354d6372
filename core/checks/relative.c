/*
 * core/checks/relative.c: date.relative, a relative day word tied to an
 * explicit weekday or date that contradicts the article's date:
 * "yesterday (Monday)" in an article dated on a Monday, "tomorrow,
 * Jan. 6" in an article dated January 4.
 *
 * The words and their day offsets are the locale's "relative" list
 * (yesterday -1, today 0, tomorrow +1). The weekday or date must follow
 * the word directly, after a comma or an opening parenthesis. A date more
 * than a week from the day meant is left alone: the text was written for
 * another day than the article's date says. Without an article date
 * nothing is judged.
 */
#include <string.h>

#include "checks/check.h"
#include "checks/words.h"
#include "common.h"

/*
 * Whether a date mention starts right at `at`, after a relative word
 * written without a space before it ("昨日3月2日", "昨天3月2日"): the
 * scripts that write no spaces join the two so.
 */
static int wide_date_at(const errata_mentions *m, size_t at)
{
	size_t mi = errata__mention_at(m, at);

	return m && mi < errata_mentions_count(m) && errata_mentions_get(m, mi)->offset == at;
}

static int weekday_at(const errata_locale *loc, const char *p, size_t len,
                      size_t at, size_t *n)
{
	for (int k = 0; k < 7; k++) {
		const char *name = errata_locale_weekday_name(loc, k);
		size_t l = name ? strlen(name) : 0;

		if (!l || at + l > len || errata__strncasecmp_ascii(p + at, name, l) != 0)
			continue;
		if (errata__is_word_byte(p, len, at + l))
			continue;
		if (at + l < len && p[at + l] == '\'')
			return -1; /* "Monday's": about something else */
		*n = l;
		return k;
	}
	return -1;
}

static int report(const errata_check_ctx *ctx, size_t word, size_t word_len,
                  size_t end, const errata_date *want, int stated_weekday,
                  const errata_mention *m)
{
	errata_buf msg = ERRATA_BUF_INIT, sugg = ERRATA_BUF_INIT;
	const errata_date *ad = &ctx->article_date;
	const char *wd = errata_locale_weekday_name(ctx->locale,
	                 errata_date_weekday(want->year, want->month, want->day));
	const char *suggestions[1];
	int error;

	{
		static const char *const names[] = { "word", "weekday", "date", "right_weekday",
		                                     "right", "stated" };
		const char *mwd = errata__check_weekday_name(ctx,
		                  errata_date_weekday(want->year, want->month, want->day));
		const char *mad = errata__check_weekday_name(ctx,
		                  errata_date_weekday(ad->year, ad->month, ad->day));
		const char *said = m ? NULL : errata__check_weekday_name(ctx, stated_weekday);
		errata_buf word_b = ERRATA_BUF_INIT, d1 = ERRATA_BUF_INIT, d2 = ERRATA_BUF_INIT;
		errata_buf d3 = ERRATA_BUF_INIT;
		const char *values[6];

		error = errata_buf_put(&word_b, ctx->prose + word, word_len);
		if (!error)
			error = errata__check_date(ctx, &d1, ad->year, ad->month, ad->day, 1);
		if (!error)
			error = errata__check_date(ctx, &d2, want->year, want->month, want->day, 0);
		if (!error && m)
			error = errata__check_date(ctx, &d3, m->year, m->month, m->day, 0);
		values[0] = word_b.ptr;
		values[1] = mad ? mad : "";
		values[2] = d1.ptr;
		values[3] = mwd ? mwd : "";
		values[4] = d2.ptr;
		values[5] = m ? d3.ptr : said ? said : "(null)";
		if (!error)
			error = errata__check_message(ctx, "relative",
			                              "{word}, in an article dated {weekday}, {date}, is "
			                              "{right_weekday}, {right}, not {stated}",
			                              &msg, names, values, 6);
		errata_buf_dispose(&word_b);
		errata_buf_dispose(&d1);
		errata_buf_dispose(&d2);
		errata_buf_dispose(&d3);
	}
	/* suggestion: the relative word with the right weekday or date */
	if (!error)
		error = errata_buf_put(&sugg, ctx->prose + word, end - word);
	if (!error && m) {
		errata_buf fixed = ERRATA_BUF_INIT;

		/* keep the text up to the mention, then the right date */
		error = errata_buf_put(&fixed, ctx->prose + word, m->offset - word);
		if (!error && m->weekday >= 0 && wd)
			error = errata__buf_format(&fixed, "%s, ", wd);
		if (!error)
			error = errata__format_date(&fixed, ctx->locale, want->year, want->month,
			                            want->day, (m->flags & ERRATA_MENTION_YEAR_EXPLICIT) != 0);
		if (!error)
			error = errata_buf_put(&fixed, ctx->prose + m->offset + m->length,
			                       end - (m->offset + m->length));
		errata_buf_dispose(&sugg);
		sugg = fixed;
	} else if (!error && wd) {
		errata_buf fixed = ERRATA_BUF_INIT;
		size_t wl = strlen(errata_locale_weekday_name(ctx->locale, stated_weekday));
		size_t close = ctx->prose[end - 1] == ')';

		error = errata_buf_put(&fixed, ctx->prose + word, end - close - wl - word);
		if (!error)
			error = errata_buf_puts(&fixed, wd);
		if (!error && close)
			error = errata_buf_putc(&fixed, ')');
		errata_buf_dispose(&sugg);
		sugg = fixed;
	}
	suggestions[0] = sugg.ptr;
	if (!error)
		error = errata__check_report(ctx, word, end - word, msg.ptr, suggestions,
		                             sugg.ptr ? 1 : 0);
	else
		error = errata__oom();
	errata_buf_dispose(&msg);
	errata_buf_dispose(&sugg);
	return error;
}

static int relative_run(const errata_check_ctx *ctx)
{
	const errata__words *w = NULL;
	const char *p = ctx->prose;
	size_t len = ctx->prose_len;
	const errata_date *ad = &ctx->article_date;
	size_t n = 0;
	long base;
	int error, offset = 0, paren;

	if (ad->year <= 0 || !errata_date_valid(ad->year, ad->month, ad->day))
		return 0;
	if ((error = errata__words_for(&w, ctx->locale)) < 0)
		return error;
	if (!w->relative.count)
		return 0;
	base = errata_date_to_days(ad->year, ad->month, ad->day);
	error = 0;
	for (size_t i, from = 0; (i = errata__starts_next(&w->relative_starts, p, len, from)) < len;
	     from = i + 1) {
		size_t at, mi, wl = 0;
		int wd;
		errata_date want;

		if (!(n = errata__words_match(&w->relative, p, len, i, &offset)))
			continue;
		at = i + n;
		paren = 0;
		if (at < len && p[at] == ',')
			at++;
		else if (at + 2 < len && (unsigned char)p[at] == 0xef && (unsigned char)p[at + 1] == 0xbc &&
		         (unsigned char)p[at + 2] == 0x8c)
			at += 3; /* the full-width comma: "昨天，3月2日" */
		else if (at + 2 < len && (unsigned char)p[at] == 0xe3 && (unsigned char)p[at + 1] == 0x80 &&
		         (unsigned char)p[at + 2] == 0x81)
			at += 3; /* the ideographic comma: "昨日、3月2日" */
		else if (at + 2 < len && (unsigned char)p[at] == 0xef && (unsigned char)p[at + 1] == 0xbc &&
		         (unsigned char)p[at + 2] == 0x88)
			at += 3, paren = 3; /* the full-width parenthesis: "昨日（3月2日）" */
		else if (wide_date_at(ctx->mentions, at))
			; /* a date written on directly: "昨日3月2日", "어제 3월 2일" below */
		else if ((at = errata__skip_space(p, len, at)) < len && p[at] == '(')
			at++, paren = 1;
		else {
			i = at;
			continue; /* "tomorrow Monday" is not a construction we judge */
		}
		at = errata__skip_space(p, len, at);
		want = errata_date_from_days(base + offset);
		mi = errata__mention_at(ctx->mentions, at);
		if (ctx->mentions && mi < errata_mentions_count(ctx->mentions) &&
		    errata_mentions_get(ctx->mentions, mi)->offset == at) {
			const errata_mention *m = errata_mentions_get(ctx->mentions, mi);
			long d;

			size_t end = m->offset + m->length;

			if (paren == 1 && end < len && p[end] == ')')
				end++; /* "(Monday, January 5)" */
			else if (paren == 3 && end + 2 < len && (unsigned char)p[end] == 0xef &&
			         (unsigned char)p[end + 1] == 0xbc && (unsigned char)p[end + 2] == 0x89)
				end += 3; /* "（3月2日）" */
			/*
			 * a date more than a week away is not a slip of a day: the
			 * article's date is not the one the text was written for
			 * (a notice kept online, a date known only by its year)
			 */
			if (errata__mention_days(m, &d) && d != base + offset &&
			    d - (base + offset) <= 7 && (base + offset) - d <= 7 &&
			    (error = report(ctx, i, n, end, &want, -1, m)) < 0)
				break;
		} else if ((wd = weekday_at(ctx->locale, p, len, at, &wl)) >= 0) {
			size_t after = errata__skip_space(p, len, at + wl);

			/* the weekday stands alone: "(Monday)" or "Monday," not "Monday, Jan. 5" */
			if (ctx->mentions && mi < errata_mentions_count(ctx->mentions) &&
			    errata_mentions_get(ctx->mentions, mi)->offset < after + 3) {
				i = at;
				continue;
			}
			if (wd != errata_date_weekday(want.year, want.month, want.day) &&
			    (error = report(ctx, i, n, at + wl + (paren && at + wl < len && p[at + wl] == ')'),
			                    &want, wd, NULL)) < 0)
				break;
		}
		i = at;
	}
	return error < 0 ? error : 0;
}

const errata_check errata__check_relative = {
	"date.relative", ERRATA_SEVERITY_ERROR,
	"\"yesterday\", \"today\" or \"tomorrow\" tied to a weekday or date the article's date contradicts",
	NULL, relative_run, 0
};
