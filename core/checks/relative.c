/*
 * core/checks/relative.c: date.relative, a relative day word tied to an
 * explicit weekday or date that contradicts the article's date:
 * "yesterday (Monday)" in an article dated on a Monday, "tomorrow,
 * Jan. 6" in an article dated January 4.
 *
 * The words and their day offsets are the locale's "relative" list
 * (yesterday -1, today 0, tomorrow +1). A count of days or weeks before
 * a unit of "relative_units" and after it a word of "relative_ago"
 * ("two days ago", "tre giorni fa") or before it a phrase of
 * "relative_ago_before" ("il y a deux jours", "hace dos días") counts
 * back; a week of "relative_weeks" ("last week", "la semaine dernière")
 * is a calendar week, Monday to Sunday, give or take three days. The
 * weekday or date must follow the phrase directly, after a comma or an
 * opening parenthesis and at most a word of "relative_links" ("on",
 * "le", "am"), or a weekday right after it ("hoy martes"). A date more than a week from the day meant (two weeks
 * for weeks, three from a calendar week) is left alone: the text was
 * written for another day than the article's date says. Without an
 * article date nothing is judged.
 */
#include <stdlib.h>
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

/*
 * The weekday written at `at`: as the locale spells it first, else in a
 * form of the table's weekday_names ("w środę", "во вторник": the
 * languages that decline it). Returns 0..6 and its length in *n, or -1.
 */
static int weekday_at(const errata_locale *loc, const errata__words *w, const char *p,
                      size_t len, size_t at, size_t *n)
{
	int v = -1;
	size_t wl;

	for (int k = 0; k < 7; k++) {
		const char *name = errata_locale_weekday_name(loc, k);
		size_t l = name ? strlen(name) : 0;

		if (!l || at + l > len || errata__strncasecmp_ascii(p + at, name, l) != 0)
			continue;
		/* (in the scripts written without spaces a particle runs on: "金曜日は", "토요일에는") */
		if (errata__is_word_byte(p, len, at + l) &&
		    !(errata__wide_script_at(p, len, at) && errata__wide_script_at(p, len, at + l)))
			continue;
		if (at + l < len && p[at + l] == '\'')
			return -1; /* "Monday's": about something else */
		*n = l;
		return k;
	}
	if ((wl = errata__words_match(&w->weekday_names, p, len, at, &v)) > 0 && v >= 0 && v <= 6) {
		if (at + wl < len && p[at + wl] == '\'')
			return -1;
		*n = wl;
		return v;
	}
	return loc ? errata__locale_weekday_at(loc, p, len, at, n) : -1;
}

/*
 * Whether a weekday follows at `at` (after blanks), and not one that
 * opens a span or list of weekdays ("today Monday through Saturday",
 * "hoy lunes a viernes"): a short word or a dash, then another weekday.
 */
static int weekday_alone_after(const errata_locale *loc, const errata__words *w, const char *p,
                               size_t len, size_t at)
{
	size_t n, q, k;

	at = errata__skip_space(p, len, at);
	if (weekday_at(loc, w, p, len, at, &n) < 0)
		return 0;
	q = errata__skip_space(p, len, at + n);
	for (k = q; k < len && k - q <= 8 && p[k] != ' ' && p[k] != '\n'; k++)
		;
	return !(k > q && k < len && p[k] == ' ' && weekday_at(loc, w, p, len, errata__skip_space(p, len, k), &n) >= 0);
}

/*
 * weekday_at(), or after a word of relative_links and a space ("(on
 * Monday)", "(w poniedziałek)"); *n then counts the link too.
 */
static int linked_weekday_at(const errata_locale *loc, const errata__words *w, const char *p,
                             size_t len, size_t at, size_t *n, size_t *name_len)
{
	size_t k, b;
	int wd;

	if ((wd = weekday_at(loc, w, p, len, at, n)) >= 0) {
		*name_len = *n;
		return wd;
	}
	if ((k = errata__words_match(&w->relative_links, p, len, at, NULL)) == 0 ||
	    at + k >= len || p[at + k] != ' ' || (b = errata__skip_space(p, len, at + k)) >= len ||
	    (wd = weekday_at(loc, w, p, len, b, n)) < 0)
		return -1;
	*name_len = *n;
	*n += b - at;
	return wd;
}

/*
 * The form of weekday `right` that the table's weekday_names list in the
 * place where they list `written` (len bytes) among the forms of weekday
 * `stated`: the n-th form of one for the n-th of the other ("w
 * poniedziałek" -> "w niedzielę"). NULL when the written form is not
 * listed or `right` has no n-th form; else its length in *n.
 */
static const char *same_form(const errata_check_ctx *ctx, const char *written, size_t len,
                             int stated, int right, size_t *n)
{
	const errata__words *w = NULL;
	size_t rank = 0, k;

	if (errata__check_words(ctx, &w) < 0 || !w)
		return NULL;
	for (k = 0; k < w->weekday_names.count; k++) {
		const errata__word *x = &w->weekday_names.items[k];

		if (x->value != stated)
			continue;
		if (x->len == len && errata__strncasecmp_ascii(x->word, written, len) == 0)
			break;
		rank++;
	}
	if (k == w->weekday_names.count)
		return NULL;
	for (k = 0; k < w->weekday_names.count; k++) {
		const errata__word *x = &w->weekday_names.items[k];

		if (x->value == right && rank-- == 0) {
			*n = x->len;
			return x->word;
		}
	}
	return NULL;
}

/*
 * Report a relative word whose date (m) or weekday (stated_weekday,
 * written in stated_len bytes before `end` and its closing bracket)
 * is not the day it means.
 */
static int report(const errata_check_ctx *ctx, size_t word, size_t word_len,
                  size_t end, const errata_date *want, int stated_weekday,
                  size_t stated_len, const errata_mention *m)
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

		/* keep the text up to the mention, then the right date; a day by
		 * its mark alone ("あす27日", wide_day_after()) gets the right
		 * day's number only */
		error = errata_buf_put(&fixed, ctx->prose + word, m->offset - word);
		if (!error && !m->date_length)
			error = errata__buf_format(&fixed, "%d", want->day);
		else if (!error && m->weekday >= 0 && wd)
			error = errata__buf_format(&fixed, "%s, ", wd);
		if (!error && m->date_length)
			error = errata__format_date(&fixed, ctx->locale, want->year, want->month,
			                            want->day, (m->flags & ERRATA_MENTION_YEAR_EXPLICIT) != 0);
		if (!error)
			error = errata_buf_put(&fixed, ctx->prose + m->offset + m->length,
			                       end - (m->offset + m->length));
		errata_buf_dispose(&sugg);
		sugg = fixed;
	} else if (!error && wd) {
		errata_buf fixed = ERRATA_BUF_INIT;
		/* the closing bracket after the weekday: ")" or "）" */
		size_t close = ctx->prose[end - 1] == ')' ? 1 :
		               end >= 3 && !memcmp(ctx->prose + end - 3, "\xef\xbc\x89", 3) ? 3 : 0;
		size_t wl = stated_len, fl = strlen(wd);
		const char *form = same_form(ctx, ctx->prose + end - close - wl, wl, stated_weekday,
		                             errata_date_weekday(want->year, want->month, want->day), &fl);

		error = errata_buf_put(&fixed, ctx->prose + word, end - close - wl - word);
		if (!error)
			error = errata_buf_put(&fixed, form ? form : wd, fl);
		if (!error && close)
			error = errata_buf_put(&fixed, ctx->prose + end - close, close);
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

/* What a relative phrase names: a day, a calendar week, a count of days or weeks back. */
enum { REL_DAY, REL_WEEK, REL_COUNT };

/* The start of the entry of l that ends at e and starts a word (longest), or e; *value its value. */
static size_t ends_at(const errata__wordlist *l, const char *p, size_t len, size_t e, int *value)
{
	size_t best = e;

	for (size_t k = 0; k < l->count; k++) {
		const errata__word *x = &l->items[k];
		size_t s = e - x->len;

		if (!x->len || x->len > e || s >= best || errata__strncasecmp_ascii(p + s, x->low, x->len) != 0 ||
		    (s > 0 && errata__is_word_byte(p, len, s - 1)))
			continue;
		best = s;
		*value = x->value;
	}
	return best;
}

/* A count at `at`: digits or a number word, or an article for one ("a week ago", "vor einer Woche"). */
static size_t count_at(const errata__words *w, const char *p, size_t len, size_t at, int *count)
{
	size_t n = errata__read_count(w, p, len, at, count);

	if (!n && (n = errata__words_match(&w->articles, p, len, at, NULL)) > 0)
		*count = 1;
	return n;
}

/*
 * The relative phrase at i: a word of "relative" (REL_DAY, *offset in
 * days), of "relative_weeks" (REL_WEEK, *offset in weeks), a phrase of
 * "relative_ago_before" followed by a count and a unit of
 * "relative_units", or a word of "relative_ago" after such a count and
 * unit (REL_COUNT, *offset in days, *unit the unit's days). Returns its
 * end (0: none) and stores its start.
 */
static size_t phrase_at(const errata__words *w, const char *p, size_t len, size_t i,
                        size_t *start, int *kind, int *offset, int *unit)
{
	size_t n, k, e, ws, we, a;
	int count = 0, sign = 0;

	*start = i;
	*unit = 1;
	if ((n = errata__words_match(&w->relative, p, len, i, offset)) > 0) {
		*kind = REL_DAY;
		return i + n;
	}
	if ((n = errata__words_match(&w->relative_weeks, p, len, i, offset)) > 0) {
		*kind = REL_WEEK;
		return i + n;
	}
	if ((n = errata__words_match(&w->relative_week_nouns, p, len, i, NULL)) > 0) {
		/* found by its noun ("week" in "last week", "semaine" in "la semaine dernière") */
		for (size_t x = 0; x < w->relative_weeks.count; x++) {
			const errata__word *ph = &w->relative_weeks.items[x];

			for (size_t off = 0; off + n <= ph->len && off <= i; off++) {
				size_t s;

				if ((off > 0 && ph->low[off - 1] != ' ') ||
				    errata__strncasecmp_ascii(ph->low + off, p + i, n) != 0)
					continue;
				s = i - off;
				if ((s > 0 && errata__is_word_byte(p, len, s - 1)) || s + ph->len > len ||
				    errata__strncasecmp_ascii(p + s, ph->low, ph->len) != 0 ||
				    errata__is_word_byte(p, len, s + ph->len))
					continue;
				*start = s;
				*offset = ph->value;
				*kind = REL_WEEK;
				return s + ph->len;
			}
		}
		return 0;
	}
	if ((n = errata__words_match(&w->relative_ago_before, p, len, i, &sign)) > 0) {
		/* "il y a trois jours", "hace tres días": the count and the unit after */
		ws = errata__skip_space(p, len, i + n);
		if (ws == i + n || !(k = count_at(w, p, len, ws, &count)))
			return 0;
		a = errata__skip_space(p, len, ws + k);
		if (a == ws + k || !(k = errata__words_match(&w->relative_units, p, len, a, unit)))
			return 0;
		ws = i;
		e = a + k;
	} else if ((n = errata__words_match(&w->relative_ago, p, len, i, &sign)) > 0) {
		/* "three days ago", "tre giorni fa": the unit and the count before */
		e = i + n;
		we = i;
		while (we > 0 && p[we - 1] == ' ')
			we--;
		if (we == i || (a = ends_at(&w->relative_units, p, len, we, unit)) == we)
			return 0;
		we = a;
		while (we > 0 && p[we - 1] == ' ')
			we--;
		ws = we;
		while (ws > 0 && errata__is_word_byte(p, len, ws - 1))
			ws--;
		if (ws == we && (k = errata__words_match(&w->day_units, p, len, a, NULL)) > 0 &&
		    errata__skip_space(p, len, a + k) == i) {
			/* a unit in the singular opens the phrase: "Tydzień temu", "Неделю назад" */
			count = 1;
			ws = a;
		} else if (we == a || ws == we || count_at(w, p, len, ws, &count) != we - ws) {
			return 0;
		}
	} else {
		return 0;
	}
	if (!sign || count <= 0 || *unit <= 0 || count * *unit > 366)
		return 0;
	*start = ws;
	*kind = REL_COUNT;
	*offset = (sign < 0 ? -1 : 1) * count * *unit;
	return e;
}

/*
 * "last week, on February 12": the date lies outside the calendar week
 * meant, [from, to] (Monday to Sunday).
 */
static int report_week(const errata_check_ctx *ctx, size_t word, size_t word_end, size_t end,
                       long from, long to, const errata_mention *m)
{
	static const char *const names[] = { "word", "weekday", "date", "from", "to", "stated" };
	const errata_date *ad = &ctx->article_date;
	const char *mad = errata__check_weekday_name(ctx, errata_date_weekday(ad->year, ad->month,
	                                                                       ad->day));
	errata_date f = errata_date_from_days(from), t = errata_date_from_days(to);
	errata_buf msg = ERRATA_BUF_INIT, word_b = ERRATA_BUF_INIT, d1 = ERRATA_BUF_INIT;
	errata_buf d2 = ERRATA_BUF_INIT, d3 = ERRATA_BUF_INIT, d4 = ERRATA_BUF_INIT;
	const char *values[6];
	int error;

	error = errata_buf_put(&word_b, ctx->prose + word, word_end - word);
	if (!error)
		error = errata__check_date(ctx, &d1, ad->year, ad->month, ad->day, 1);
	if (!error)
		error = errata__check_date(ctx, &d2, f.year, f.month, f.day, 0);
	if (!error)
		error = errata__check_date(ctx, &d3, t.year, t.month, t.day, 0);
	if (!error)
		error = errata__check_date(ctx, &d4, m->year, m->month, m->day, 0);
	values[0] = word_b.ptr;
	values[1] = mad ? mad : "";
	values[2] = d1.ptr;
	values[3] = d2.ptr;
	values[4] = d3.ptr;
	values[5] = d4.ptr;
	if (!error)
		error = errata__check_message(ctx, "relative_week",
		                              "{word}, in an article dated {weekday}, {date}, is the "
		                              "week of {from} to {to}, not {stated}",
		                              &msg, names, values, 6);
	if (!error)
		error = errata__check_report(ctx, word, end - word, msg.ptr, NULL, 0);
	else
		error = errata__oom();
	errata_buf_dispose(&msg);
	errata_buf_dispose(&word_b);
	errata_buf_dispose(&d1);
	errata_buf_dispose(&d2);
	errata_buf_dispose(&d3);
	errata_buf_dispose(&d4);
	return error;
}

/* The first date mention at `at`, or after a word of relative_links there ("on March 1"). */
static const errata_mention *mention_at(const errata_check_ctx *ctx, const errata__words *w,
                                        size_t at, size_t *mi)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, count = ctx->mentions ? errata_mentions_count(ctx->mentions) : 0, n;

	*mi = errata__mention_at(ctx->mentions, at);
	if (*mi < count && errata_mentions_get(ctx->mentions, *mi)->offset == at)
		return errata_mentions_get(ctx->mentions, *mi);
	/* a link ends at a space, or is elided onto the date: "l'11 febbraio" */
	if ((n = errata__words_match(&w->relative_links, p, len, at, NULL)) > 0 && at + n < len &&
	    (p[at + n] == ' ' || p[at + n - 1] == '\'' ||
	     (n >= 3 && (unsigned char)p[at + n - 1] == 0x99 && (unsigned char)p[at + n - 2] == 0x80))) {
		size_t b = errata__skip_space(p, len, at + n);
		size_t k = errata__mention_at(ctx->mentions, b);

		if (k < count && errata_mentions_get(ctx->mentions, k)->offset == b) {
			*mi = k;
			return errata_mentions_get(ctx->mentions, k);
		}
	}
	return NULL;
}

/*
 * A day of the month written by its number and the day mark right after a
 * relative word, or in its bracket: "あす27日", "きょう5日", "어제(5일)",
 * "昨天（5日）" (not a count of days, "3日間", "3일간", nor the nth day,
 * "2日目"). The day in *day, the number's place in [*ds, *de) and the end
 * of the phrase (its closing bracket too) returned; 0 when none.
 */
static size_t wide_day_after(const char *p, size_t len, size_t at, int *day, size_t *ds, size_t *de)
{
	static const char *const after_not[] = { "\xe9\x96\x93" /* 間 */, "\xea\xb0\x84" /* 간 */,
	                                         "\xe7\x9b\xae" /* 目 */, "\xec\xa7\xb8" /* 째 */ };
	size_t i = at, close = 0;
	int d = 0, digits = 0;

	if (i < len && p[i] == '(')
		i++, close = 1;
	else if (i + 2 < len && !memcmp(p + i, "\xef\xbc\x88", 3))
		i += 3, close = 3; /* （ */
	*ds = i;
	while (i < len && p[i] >= '0' && p[i] <= '9' && digits < 3)
		d = d * 10 + (p[i++] - '0'), digits++;
	*de = i;
	if (!digits || digits > 2 || d < 1 || d > 31 || i + 2 >= len ||
	    (memcmp(p + i, "\xe6\x97\xa5", 3) && memcmp(p + i, "\xec\x9d\xbc", 3))) /* 日 일 */
		return 0;
	i += 3;
	for (size_t k = 0; k < sizeof(after_not) / sizeof(after_not[0]); k++)
		if (i + 2 < len && !memcmp(p + i, after_not[k], 3))
			return 0;
	if (close == 1 && i < len && p[i] == ')')
		i++;
	else if (close == 3 && i + 2 < len && !memcmp(p + i, "\xef\xbc\x89", 3))
		i += 3;
	else if (close)
		return 0; /* "(5일 오후 ...": more than the day in the bracket */
	*day = d;
	return i;
}

/* The bytes of the bracket that closes the one opened (paren: 1 "(", 3 "（") at `at`; 0 if none. */
static size_t closing_after(const char *p, size_t len, size_t at, int paren)
{
	if (paren == 1 && at < len && p[at] == ')')
		return 1;
	if (paren == 3 && at + 2 < len && !memcmp(p + at, "\xef\xbc\x89", 3))
		return 3;
	return 0;
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
	errata__starts_walk walk;

	if (ad->year <= 0 || !errata_date_valid(ad->year, ad->month, ad->day))
		return 0;
	if ((error = errata__check_words(ctx, &w)) < 0)
		return error;
	if (!w->relative.count)
		return 0;
	base = errata_date_to_days(ad->year, ad->month, ad->day);
	error = 0;
	errata__starts_walk_begin(&walk, &w->relative_starts, p, len);
	for (size_t i, from = 0; (i = errata__starts_walk_next(&walk, from)) < len;
	     from = i + 1) {
		size_t at, mi, wl = 0, name_len = 0, word;
		int wd, kind, unit;
		errata_date want;
		const errata_mention *m;

		if (!(at = phrase_at(w, p, len, i, &word, &kind, &offset, &unit)))
			continue;
		n = at - word;
		paren = 0;
		if (kind == REL_DAY && unit == 1) {
			size_t ds, de, e;
			int dd;

			if (errata__wide_script_at(p, len, word) && (e = wide_day_after(p, len, at, &dd, &ds, &de))) {
				errata_mention said;

				want = errata_date_from_days(base + offset);
				memset(&said, 0, sizeof(said));
				said.offset = ds;
				said.length = de - ds;
				said.year = want.year;
				said.month = want.month;
				said.day = dd;
				said.weekday = -1;
				/* (more than a week away is not a slip of a day: the
				 * article's date is not the one the text was written for) */
				if (dd != want.day && abs(dd - want.day) <= 7 &&
				    errata_date_valid(want.year, want.month, dd) &&
				    (error = report(ctx, word, n, e, &want, -1, 0, &said)) < 0)
					break;
				i = e;
				continue;
			}
		}
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
		else if (at < len && errata__words_match(&w->relative_links, p, len, at, NULL) &&
		         mention_at(ctx, w, at, &mi))
			; /* a link and a date: "i går den 3. marts", "yesterday on March 3" */
		else if (!weekday_alone_after(ctx->locale, w, p, len, at)) {
			i = at;
			continue;
		}
		/* (else the weekday right after: "hoy martes", "aujourd'hui
		 * mardi", "am gestrigen Mittwoch", "あす日曜日") */
		at = errata__skip_space(p, len, at);
		want = errata_date_from_days(base + (kind == REL_WEEK ? 0 : offset));
		if ((m = mention_at(ctx, w, at, &mi)) != NULL) {
			long d, lo = base + offset, hi = lo, far = 7;
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
			if (kind == REL_WEEK) {
				/* the calendar week, give or take three days, and not today for another week */
				long monday = base - errata_date_weekday(ad->year, ad->month, ad->day) +
				              7L * offset;

				lo = monday - 3;
				hi = monday + 9;
				if (offset < 0 && hi > base - 1)
					hi = base - 1;
				if (offset > 0 && lo < base + 1)
					lo = base + 1;
				far = 21;
			} else if (unit >= 7) {
				lo -= 3; /* "three weeks ago": about that day */
				hi += 3;
				far = 14;
			}
			if (!errata__mention_days(m, &d) || (d >= lo && d <= hi) || d < lo - far ||
			    d > hi + far)
				;
			else if (kind == REL_WEEK) {
				long monday = base - errata_date_weekday(ad->year, ad->month, ad->day) +
				              7L * offset;

				if ((error = report_week(ctx, word, word + n, end, monday, monday + 6, m)) < 0)
					break;
			} else if ((error = report(ctx, word, n, end, &want, -1, 0, m)) < 0) {
				break;
			}
		} else if (kind == REL_WEEK || unit != 1) {
			; /* a weekday alone says nothing of a week */
		} else if ((wd = linked_weekday_at(ctx->locale, w, p, len, at, &wl, &name_len)) >= 0) {
			size_t after = errata__skip_space(p, len, at + wl);

			/* the weekday stands alone: "(Monday)" or "Monday," not "Monday, Jan. 5" */
			if (ctx->mentions && mi < errata_mentions_count(ctx->mentions) &&
			    errata_mentions_get(ctx->mentions, mi)->offset < after + 3) {
				i = at;
				continue;
			}
			if (wd != errata_date_weekday(want.year, want.month, want.day) &&
			    (error = report(ctx, word, n, at + wl + closing_after(p, len, at + wl, paren),
			                    &want, wd, name_len, NULL)) < 0)
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
