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
 * article date nothing is judged. A weekday named with "last" or
 * "next" and its date ("last Friday, November 14", "dimanche dernier,
 * le 6 décembre", "上周五（11月14日）") is read by tied_weekdays().
 */
#include <stdlib.h>
#include <string.h>

#include "checks/check.h"
#include "checks/holiday.h"
#include "checks/words.h"
#include "common.h"
#include "dates/mention.h"

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
		size_t l;

		/* the first byte before the rest: most words are no weekday */
		if (!name || at >= len ||
		    errata__lower_ascii[(unsigned char)name[0]] != errata__lower_ascii[(unsigned char)p[at]])
			continue;
		l = strlen(name);
		if (at + l > len || errata__strncasecmp_ascii(p + at, name, l) != 0)
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
 * Whether a weekday follows at `at` (after blanks, and a word of
 * relative_links: "Včera v úterý", "wczoraj we wtorek"), and not one
 * that opens a span or list of weekdays ("today Monday through
 * Saturday", "hoy lunes a viernes"): a short word or a dash, then
 * another weekday.
 */
static int weekday_alone_after(const errata_locale *loc, const errata__words *w, const char *p,
                               size_t len, size_t at)
{
	size_t n, q, k;

	at = errata__skip_space(p, len, at);
	if ((n = errata__words_match(&w->relative_links, p, len, at, NULL)) > 0 && at + n < len &&
	    p[at + n] == ' ' && weekday_at(loc, w, p, len, errata__skip_space(p, len, at + n), &q) >= 0)
		at = errata__skip_space(p, len, at + n);
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
 * The message for a relative word (at word, word_len bytes) whose date
 * (m) or weekday (stated_weekday) is not the day it means, want, into
 * msg. 0, or a negative error code.
 */
static int relative_message(const errata_check_ctx *ctx, size_t word, size_t word_len,
                            const errata_date *want, int stated_weekday, const errata_mention *m,
                            errata_buf *msg)
{
	static const char *const names[] = { "word", "weekday", "date", "right_weekday", "right",
	                                     "stated" };
	const errata_date *ad = &ctx->article_date;
	const char *mwd = errata__check_weekday_name(ctx, errata_date_weekday(want->year, want->month, want->day));
	const char *mad = errata__check_weekday_name(ctx, errata_date_weekday(ad->year, ad->month, ad->day));
	const char *said = m ? NULL : errata__check_weekday_name(ctx, stated_weekday);
	errata_buf word_b = ERRATA_BUF_INIT, d1 = ERRATA_BUF_INIT, d2 = ERRATA_BUF_INIT;
	errata_buf d3 = ERRATA_BUF_INIT;
	const char *values[6];
	int error;

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
		                              msg, names, values, 6);
	errata_buf_dispose(&word_b);
	errata_buf_dispose(&d1);
	errata_buf_dispose(&d2);
	errata_buf_dispose(&d3);
	return error;
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
	const char *wd = errata_locale_weekday_name(ctx->locale,
	                 errata_date_weekday(want->year, want->month, want->day));
	const char *suggestions[1];
	int error = relative_message(ctx, word, word_len, want, stated_weekday, m, &msg);

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

/*
 * The start of the longest entry of l that ends at e and starts a word
 * (in the scripts written without spaces, anywhere), any case of any
 * script; e when none. Its value in *value.
 */
static size_t entry_ending_at(const errata__wordlist *l, const char *p, size_t len, size_t e,
                              int *value)
{
	size_t best = e;

	/* the last byte first: most places end in none of the list's */
	if (!e || !errata__words_may_end(l, p, e))
		return e;
	for (size_t k = 0; k < l->count; k++) {
		const errata__word *x = &l->items[k];
		size_t s = e - x->len;

		if (!x->len || x->len > e || s >= best || !errata__same_folded(p + s, x->word, x->len) ||
		    (errata__word_before(p, len, s) && !errata__wide_script_at(p, len, s)))
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
		if (we == i || (a = entry_ending_at(&w->relative_units, p, len, we, unit)) == we)
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
 * A clause's end at `at`, past spaces ("le 8 octobre :"): the text's, a
 * line's, or a stop, comma, colon, semicolon or closing bracket, full
 * width too.
 */
static int clause_ends_at(const char *p, size_t len, size_t at)
{
	/* ，。、）；： */
	static const char *const wide[] = { "\xef\xbc\x8c", "\xe3\x80\x82", "\xe3\x80\x81",
		                            "\xef\xbc\x89", "\xef\xbc\x9b", "\xef\xbc\x9a" };

	while (at < len && p[at] == ' ')
		at++;
	if (at >= len || strchr(",.;:!?)\n", p[at]))
		return 1;
	for (size_t k = 0; k < sizeof(wide) / sizeof(wide[0]); k++)
		if (at + 2 < len && !memcmp(p + at, wide[k], 3))
			return 1;
	return 0;
}

/*
 * The date a day word is said to be, after a word of relative_copulas
 * ("Today is Saturday, February 14.", "今天是2月14日，", "오늘은 2월
 * 14일,"), when the date ends its clause: "今日は3月11日の震災から15年"
 * counts from another day. A space after the copula may be left out in
 * the scripts written without spaces.
 */
static const errata_mention *copula_mention_at(const errata_check_ctx *ctx,
                                               const errata__words *w, size_t at, size_t *mi)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, n;
	const errata_mention *m;

	if ((n = errata__words_match(&w->relative_copulas, p, len, at, NULL)) == 0 ||
	    (m = mention_at(ctx, w, errata__skip_space(p, len, at + n), mi)) == NULL ||
	    !clause_ends_at(p, len, m->offset + m->length))
		return NULL;
	return m;
}

/*
 * A day of the month alone after a relative word and its comma, past a
 * word of day_leads: "ontem, dia 18,", "ayer, día 18,", "hier, le 18,",
 * "yesterday, the 18th," (an ordinal suffix of the table may follow the
 * digits). Then a comma, a stop or a closing bracket, so that no month,
 * unit or other word goes on from the number ("le 18 mai" is a date the
 * date reader reads; "le 18 heures" is not a day). The day in *day, the
 * number's place in [*ds, *de), and the end returned; 0 when none.
 */
static size_t day_alone_after(const errata__words *w, const char *p, size_t len, size_t at, int *day,
                              size_t *ds, size_t *de)
{
	size_t i = errata__skip_space(p, len, at), n;
	int d = 0, digits = 0;

	if (!w->day_leads.count || !(n = errata__words_match(&w->day_leads, p, len, i, NULL)))
		return 0;
	i = errata__skip_space(p, len, i + n);
	*ds = i;
	while (i < len && p[i] >= '0' && p[i] <= '9' && digits < 3)
		d = d * 10 + (p[i++] - '0'), digits++;
	*de = i;
	if (!digits || digits > 2 || d < 1 || d > 31)
		return 0;
	if ((n = errata__words_match(&w->ordinal_suffixes, p, len, i, NULL)) > 0 && p[i] != '.')
		i += n;
	if (i < len && p[i] != ',' && p[i] != ')' && !(p[i] == '.' && (i + 1 >= len || p[i + 1] == ' ' ||
	                                                                   p[i + 1] == '\n')))
		return 0;
	*day = d;
	return i;
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

/*
 * Whether the day dd of want's month or of a month either side lies
 * within a week of want: its year and month, the nearest, into *said
 * ("today (the 31st)" on September 3 is August 31, three days off; "the
 * 20th" on the 3rd is no slip of a day).
 */
static int day_near(const errata_date *want, int dd, errata_mention *said)
{
	long at = errata_date_to_days(want->year, want->month, want->day), best = 8;

	for (int k = -1; k <= 1; k++) {
		int y = want->year, mo = want->month + k;
		long d;

		if (mo < 1)
			mo = 12, y--;
		else if (mo > 12)
			mo = 1, y++;
		if (!errata_date_valid(y, mo, dd))
			continue;
		d = labs(errata_date_to_days(y, mo, dd) - at);
		if (d < best) {
			best = d;
			said->year = y;
			said->month = mo;
		}
	}
	return best <= 7;
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

/*
 * The weekday reading: a weekday tied to the article's day by a word of
 * "relative_weekdays" before it ("last Friday", "Am vergangenen Montag",
 * "w zeszły piątek", "지난 금요일"; value -1 last, 1 next, 0 a phrase that
 * means something else: "the last Friday" of a month), of
 * "relative_weekdays_after" after it ("dimanche dernier", "sabato
 * prossimo"), a phrase of "relative_weekday_forms" that names it and
 * the last one ("i fredags": its value is the weekday), or a week of
 * "relative_weeks" written onto it ("上周五", "先週の金曜日", "지난주
 * 금요일": that calendar week's day).
 */
typedef struct {
	size_t start, end; /* the words and the weekday: "last Friday" */
	int weekday;       /* 0 Monday .. 6 Sunday */
	int dir;           /* -1 the last, 1 the next; weeks away for a week */
	int week;          /* a calendar week's day, not the nearest one */
} tied_weekday;

/* Back over blanks from e. */
static size_t blank_back(const char *p, size_t e)
{
	while (e > 0 && (p[e - 1] == ' ' || p[e - 1] == '\t'))
		e--;
	return e;
}

/*
 * A week of relative_weeks written onto the weekday at [ws, we): before
 * it, blanks or の between ("先週の金曜日", "지난주 금요일"), or run into
 * it ("上周五": the weekday is "周五"). Its start, or ws when none.
 */
static size_t week_onto(const errata__words *w, const char *p, size_t len, size_t ws, size_t we,
                        int *value)
{
	size_t e = blank_back(p, ws), s;

	if (e == ws && e >= 3 && !memcmp(p + e - 3, "\xe3\x81\xae", 3)) /* の */
		e -= 3;
	if ((s = entry_ending_at(&w->relative_weeks, p, len, e, value)) < e)
		return s;
	for (size_t in = ws + 1; in < we && errata__wide_script_at(p, len, ws); in++)
		if ((s = entry_ending_at(&w->relative_weeks, p, len, in, value)) < ws)
			return s;
	return ws;
}

/* The word or week before the weekday at [ws, we) that ties it (t filled); 0 when none. */
static int tie_before(const errata__words *w, const char *p, size_t len, size_t ws, size_t we,
                      tied_weekday *t)
{
	size_t e = blank_back(p, ws), s;
	int v = 0;

	if (e < ws && (s = entry_ending_at(&w->relative_weekdays, p, len, e, &v)) < e) {
		t->start = s;
		t->dir = v;
		return v != 0; /* "the last Friday": the final one */
	}
	if ((s = week_onto(w, p, len, ws, we, &v)) < ws) {
		t->start = s;
		t->dir = v;
		t->week = 1;
		return 1;
	}
	return 0;
}

/* The start of the weekday that ends at e ("Domenica" of "Domenica scorsa"), or e; its day in *wd. */
static size_t weekday_ending_at(const errata_check_ctx *ctx, const errata__words *w, size_t e,
                                int *wd)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, s = e, n = 0;

	/* (a weekday is a short word: not the whole of a run of Han) */
	while (s > 0 && e - s < 48 && errata__word_before(p, len, s)) {
		s--;
		while (s > 0 && ((unsigned char)p[s] & 0xc0) == 0x80)
			s--;
	}
	/* its first and last letters before the lookups: most words are no weekday */
	if (s == e || (!errata__locale_weekday_may_be(ctx->locale, p, s, e) &&
	               !(errata__words_may_start(&w->weekday_names, p, len, s) &&
	                 errata__words_may_end(&w->weekday_names, p, e))))
		return e;
	if ((*wd = weekday_at(ctx->locale, w, p, len, s, &n)) >= 0 && s + n == e)
		return s;
	return e;
}

/*
 * The weekday tied to mention m: the one it writes, or one before it,
 * set off by a comma, a bracket or a word of relative_links ("Domenica
 * scorsa, 30 novembre", "I fredags, den 28 november"). 0 when none.
 */
static int tie_of_mention(const errata_check_ctx *ctx, const errata__words *w,
                          const errata_mention *m, tied_weekday *t)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, e, s, a, n;
	int v = 0;

	memset(t, 0, sizeof(*t));
	if (m->weekday >= 0) {
		t->weekday = m->weekday;
		t->start = m->weekday_offset;
		t->end = m->weekday_offset + m->weekday_length;
		if (t->end < len && (p[t->end] == '\'' || !strncmp(p + t->end, "\xe2\x80\x99", 3)))
			return 0; /* "last Friday's game, on November 14": the game's day */
		a = errata__skip_space(p, len, t->end);
		if ((n = errata__words_match(&w->relative_weekdays_after, p, len, a, &v)) > 0 &&
		    a + n <= m->date_offset) {
			t->end = a + n;
			t->dir = v;
			return v != 0;
		}
		return tie_before(w, p, len, t->start, t->end, t);
	}
	e = blank_back(p, m->offset);
	if ((s = entry_ending_at(&w->relative_links, p, len, e, &v)) < e)
		e = blank_back(p, s);
	if (e > 0 && (p[e - 1] == ',' || p[e - 1] == '('))
		e = blank_back(p, e - 1);
	t->end = e;
	if ((s = entry_ending_at(&w->relative_weekday_forms, p, len, e, &v)) < e) {
		t->start = s;
		t->weekday = v;
		t->dir = -1;
		return v >= 0 && v <= 6;
	}
	if ((s = entry_ending_at(&w->relative_weekdays_after, p, len, e, &v)) < e && v) {
		t->dir = v;
		t->start = weekday_ending_at(ctx, w, blank_back(p, s), &t->weekday);
		return t->start < blank_back(p, s);
	}
	if ((s = weekday_ending_at(ctx, w, e, &t->weekday)) == e)
		return 0;
	return tie_before(w, p, len, s, e, t);
}

/*
 * The day tied weekday t means in an article dated on day `base`, a
 * weekday bw, in *want, and whether day d is one the words may mean: the
 * last one, or the one before it when the last is yesterday, which that
 * word would name ("last Saturday" on a Sunday may be eight days back;
 * on a Monday it is the day before yesterday); the next
 * one or the one after it ("next Friday" on a Thursday may be eight days
 * ahead), the next one alone for a word of value 2 ("this coming
 * Friday", "am kommenden Freitag"); that calendar week's day.
 */
static int tied_fits(const tied_weekday *t, long base, int bw, long d, long *want)
{
	int k;

	if (t->week) {
		*want = base - bw + 7L * t->dir + t->weekday;
		return d == *want;
	}
	if (t->dir < 0) {
		k = ((bw - t->weekday) % 7 + 7) % 7;
		*want = base - (k ? k : 7);
		return d == *want || (k == 1 && d == *want - 7);
	}
	k = ((t->weekday - bw) % 7 + 7) % 7;
	*want = base + (k ? k : 7);
	/* (2: a word that names the coming one alone, "this coming", "najbliższą") */
	return d == *want || (t->dir == 1 && d == *want + 7);
}

/*
 * Into out: the text [start, end) with mention m's date made `want`:
 * the day's digits alone when the month stays ("last Friday, November
 * 28", "지난 금요일(21일)"), else the date the table's way.
 */
static int suggest_tied(const errata_check_ctx *ctx, const errata_mention *m, size_t start,
                        size_t end, const errata_date *want, errata_buf *out)
{
	const char *p = ctx->prose;
	size_t ds = m->date_length ? m->date_offset : m->offset;
	size_t de = ds + (m->date_length ? m->date_length : m->length), run = ds, j = ds;
	int error, v, digits = 0;

	/* the run of digits that writes the day */
	for (size_t i = ds; want->month == m->month && want->year == m->year && i < de && !digits;
	     i = j + 1) {
		for (j = i, v = 0; j < de && p[j] >= '0' && p[j] <= '9'; j++)
			v = j - i < 3 ? v * 10 + (p[j] - '0') : v;
		if ((digits = j > i && j - i <= 2 && v == m->day))
			run = i;
	}
	if (digits)
		ds = run, de = j;
	error = errata_buf_put(out, p + start, ds - start);
	if (!error && digits)
		error = errata__buf_format(out, "%d", want->day);
	else if (!error)
		error = errata__format_date(out, ctx->locale, want->year, want->month, want->day,
		                            (m->flags & ERRATA_MENTION_YEAR_EXPLICIT) != 0);
	if (!error)
		error = errata_buf_put(out, p + de, end - de);
	return error;
}

/* Report tied weekday t, written with mention m up to `end`, that means day `want`. */
static int report_tied(const errata_check_ctx *ctx, const tied_weekday *t, const errata_mention *m,
                       size_t end, long want_days)
{
	static const char *const names[] = { "word", "weekday", "date", "right", "stated" };
	const errata_date *ad = &ctx->article_date;
	errata_date want = errata_date_from_days(want_days);
	const char *mad = errata__check_weekday_name(ctx, errata_date_weekday(ad->year, ad->month,
	                                                                       ad->day));
	errata_buf msg = ERRATA_BUF_INIT, word = ERRATA_BUF_INIT, d1 = ERRATA_BUF_INIT;
	errata_buf d2 = ERRATA_BUF_INIT, d3 = ERRATA_BUF_INIT, sugg = ERRATA_BUF_INIT;
	const char *values[5], *suggestions[1];
	int error;

	error = errata_buf_put(&word, ctx->prose + t->start, t->end - t->start);
	if (!error)
		error = errata__check_date(ctx, &d1, ad->year, ad->month, ad->day, 1);
	if (!error)
		error = errata__check_date(ctx, &d2, want.year, want.month, want.day, 0);
	if (!error)
		error = errata__check_date(ctx, &d3, m->year, m->month, m->day, 0);
	values[0] = word.ptr;
	values[1] = mad ? mad : "";
	values[2] = d1.ptr;
	values[3] = d2.ptr;
	values[4] = d3.ptr;
	if (!error)
		error = errata__check_message(ctx, "relative_weekday",
		                              "{word}, in an article dated {weekday}, {date}, is "
		                              "{right}, not {stated}",
		                              &msg, names, values, 5);
	if (!error)
		error = suggest_tied(ctx, m, t->start, end, &want, &sugg);
	suggestions[0] = sugg.ptr;
	if (!error)
		error = errata__check_report(ctx, t->start, end - t->start, msg.ptr, suggestions, 1);
	errata_buf_dispose(&msg);
	errata_buf_dispose(&word);
	errata_buf_dispose(&d1);
	errata_buf_dispose(&d2);
	errata_buf_dispose(&d3);
	errata_buf_dispose(&sugg);
	return error < 0 ? error : 0;
}

/*
 * Whether a date is written in t's sentence before it: the words may
 * count from that day ("Die Frist endet am 19. Dezember, am nächsten
 * Montag, dem 22. Dezember, …", a list of days each with its own).
 */
static int date_before_in_sentence(const errata_check_ctx *ctx, const errata__words *w,
                                   const tied_weekday *t)
{
	size_t s, e, k;

	errata__sentence(w, ctx->prose, ctx->prose_len, t->start, &s, &e);
	k = errata__mention_at(ctx->mentions, s);
	return ctx->mentions && k < errata_mentions_count(ctx->mentions) &&
	       errata_mentions_get(ctx->mentions, k)->offset < t->start;
}

/*
 * Judge tied weekday t against the date m it is written with, which ends
 * at `end`. A date whose weekday is not t's is date.weekday's to report;
 * one on the other side of the article's day than the word points (a
 * story's "the following Monday", "den letzten Freitag" of a term) or
 * more than four weeks from it (the text was written for another day)
 * is not judged, nor one after another date in its sentence.
 */
static int judge_tied(const errata_check_ctx *ctx, const errata__words *w, const tied_weekday *t,
                      const errata_mention *m, size_t end)
{
	const errata_date *ad = &ctx->article_date;
	long base = errata_date_to_days(ad->year, ad->month, ad->day), d, want;
	errata_date on;

	if (!errata__mention_days(m, &d) || date_before_in_sentence(ctx, w, t))
		return 0;
	on = errata_date_from_days(d);
	if (errata_date_weekday(on.year, on.month, on.day) != t->weekday || labs(d - base) > 28 ||
	    (t->dir < 0 && d >= base) || (t->dir > 0 && d <= base) ||
	    tied_fits(t, base, errata_date_weekday(ad->year, ad->month, ad->day), d, &want))
		return 0;
	return report_tied(ctx, t, m, end, want);
}

/*
 * In the scripts written without spaces, a tied weekday with the day of
 * the month alone in its bracket: "지난 금요일(14일)", "上周五（14日）".
 * The day is read in the month that puts it nearest the day meant. Each
 * tie is found from its first word (the longest: "上上周", not "上周").
 */
static int tied_wide_days(const errata_check_ctx *ctx, const errata__words *w)
{
	const errata__wordlist *lists[] = { &w->relative_weekdays, &w->relative_weeks };
	const errata_date *ad = &ctx->article_date;
	const char *p = ctx->prose, *q;
	size_t len = ctx->prose_len;
	long base = errata_date_to_days(ad->year, ad->month, ad->day);
	int bw = errata_date_weekday(ad->year, ad->month, ad->day), error = 0;

	for (size_t li = 0; li < 2; li++) {
		for (size_t k = 0; k < lists[li]->count && !error; k++) {
			const errata__word *x = &lists[li]->items[k];

			/* (a wide script's letters start at U+1100: lead bytes from 0xe1 on) */
			if ((unsigned char)x->word[0] < 0xe1 || !errata__wide_script_at(x->word, x->len, 0))
				continue;
			for (size_t from = 0; !error && (q = errata__memmem(p + from, len - from, x->word, x->len));
			     from = (size_t)(q - p) + x->len) {
				size_t s = (size_t)(q - p), a = errata__skip_space(p, len, s + x->len), b, n = 0;
				size_t ds, de, e;
				int wd = -1, dd;
				tied_weekday t;
				long want, best = 0;
				errata_mention said;

				if (a == s + x->len && a + 3 <= len && !memcmp(p + a, "\xe3\x81\xae", 3))
					a += 3; /* の */
				/* the weekday after the words, or run into them ("上周五") */
				for (b = s + 1; b <= a && (wd = weekday_at(ctx->locale, w, p, len, b, &n)) < 0; b++)
					;
				memset(&t, 0, sizeof(t));
				if (wd < 0 || b + n <= s + x->len || !tie_before(w, p, len, b, b + n, &t) ||
				    t.start != s || !(e = wide_day_after(p, len, b + n, &dd, &ds, &de)))
					continue;
				t.weekday = wd;
				t.end = b + n;
				tied_fits(&t, base, bw, 0, &want);
				memset(&said, 0, sizeof(said));
				for (int dm = -1; dm <= 1; dm++) {
					errata_date w0 = errata_date_from_days(want);
					int y = w0.year, mo = w0.month + dm;

					if (mo < 1)
						mo = 12, y--;
					else if (mo > 12)
						mo = 1, y++;
					if (errata_date_valid(y, mo, dd) &&
					    (!said.year || labs(errata_date_to_days(y, mo, dd) - want) < best)) {
						best = labs(errata_date_to_days(y, mo, dd) - want);
						said.year = y;
						said.month = mo;
					}
				}
				said.offset = ds;
				said.length = de - ds;
				said.day = dd;
				said.weekday = -1;
				if (said.year)
					error = judge_tied(ctx, w, &t, &said, e);
			}
		}
	}
	return error;
}

/* Every tied weekday of the text with its date. */
static int tied_weekdays(const errata_check_ctx *ctx, const errata__words *w)
{
	size_t count;
	const errata_mention *all = errata__mentions_all(ctx->mentions, &count);
	int error = 0;

	for (size_t i = 0; i < count && !error; i++) {
		const errata_mention *m = &all[i];
		tied_weekday t;

		if (tie_of_mention(ctx, w, m, &t))
			error = judge_tied(ctx, w, &t, m, m->offset + m->length);
	}
	return error ? error : tied_wide_days(ctx, w);
}

/*
 * The text [word, end) with its day word (word_len bytes) replaced by the
 * table's first day word for `offset` days from the article's date
 * (capitalised as the one written), into sugg; left empty when the table
 * has none. 0, or a negative error code.
 */
static int day_word_for(const errata_check_ctx *ctx, const errata__words *w, size_t word,
                        size_t word_len, size_t end, long offset, errata_buf *sugg)
{
	const char *p = ctx->prose;
	int error = 0;

	for (size_t k = 0; k < w->relative.count; k++) {
		const errata__word *x = &w->relative.items[k];

		if (x->value != offset)
			continue;
		error = errata_buf_put(sugg, x->word, x->len);
		if (!error && p[word] >= 'A' && p[word] <= 'Z' && sugg->ptr[0] >= 'a' && sugg->ptr[0] <= 'z')
			sugg->ptr[0] = (char)(sugg->ptr[0] - 32);
		if (!error)
			error = errata_buf_put(sugg, p + word + word_len, end - word - word_len);
		return error;
	}
	return error;
}

/*
 * A day word and a holiday's name after it, a word of relative_links at
 * most between ("yesterday, on Christmas Day", "eergisteren, op
 * Koningsdag") or one of relative_copulas with the name ending its clause
 * ("Tomorrow is Christmas Eve."): reported when the holiday falls on another day than the
 * word's (the day number `day`), a week at most away (else the text was
 * written for another day than the article's date). 0, 1 when a name
 * stands there (*end: its end), or a negative error code.
 */
static int holiday_after(const errata_check_ctx *ctx, const errata__words *w, size_t word,
                         size_t word_len, size_t at, long day, size_t *end)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, n, copula = 0;
	errata_date right, want = errata_date_from_days(day);
	errata_mention said;
	errata_buf msg = ERRATA_BUF_INIT, sugg = ERRATA_BUF_INIT;
	const char *suggestions[1];
	long rd;
	int fit, error;

	at = errata__skip_space(p, len, at);
	if ((n = errata__words_match(&w->relative_links, p, len, at, NULL)) > 0)
		at = errata__skip_space(p, len, at + n);
	else if ((copula = errata__words_match(&w->relative_copulas, p, len, at, NULL)) > 0)
		at = errata__skip_space(p, len, at + copula);
	if ((fit = errata__holiday_named_at(ctx->locale, p, len, at, want.year, want.month, want.day,
	                                    end, &right)) < 0)
		return 0;
	/* "Tomorrow is Christmas Eve.", not "… is the day after Christmas Eve" */
	if (copula && !clause_ends_at(p, len, *end))
		return 1;
	rd = errata_date_to_days(right.year, right.month, right.day);
	if (fit || labs(rd - day) > 7)
		return 1;
	memset(&said, 0, sizeof(said));
	said.year = right.year;
	said.month = right.month;
	said.day = right.day;
	said.weekday = -1;
	if (!(error = relative_message(ctx, word, word_len, &want, -1, &said, &msg)))
		error = day_word_for(ctx, w, word, word_len, *end,
		                     rd - errata_date_to_days(ctx->article_date.year, ctx->article_date.month,
		                                              ctx->article_date.day),
		                     &sugg);
	suggestions[0] = sugg.ptr;
	if (!error)
		error = errata__check_report(ctx, word, *end - word, msg.ptr, suggestions, sugg.ptr ? 1 : 0);
	errata_buf_dispose(&msg);
	errata_buf_dispose(&sugg);
	return error < 0 ? error : 1;
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
		size_t at, mi, wl = 0, name_len = 0, word, phrase_end, hend = 0;
		int wd, kind, unit;
		errata_date want;
		const errata_mention *m;

		if (!(at = phrase_at(w, p, len, i, &word, &kind, &offset, &unit)))
			continue;
		n = at - word;
		phrase_end = at;
		paren = 0;
		if (kind == REL_DAY && unit == 1) {
			size_t ds, de, e;
			int dd;

			if ((errata__wide_script_at(p, len, word) && (e = wide_day_after(p, len, at, &dd, &ds, &de))) ||
			    (at < len && p[at] == ',' && (e = day_alone_after(w, p, len, at + 1, &dd, &ds, &de)))) {
				errata_mention said;

				want = errata_date_from_days(base + offset);
				memset(&said, 0, sizeof(said));
				said.offset = ds;
				said.length = de - ds;
				said.day = dd;
				said.weekday = -1;
				/* (more than a week away is not a slip of a day: the
				 * article's date is not the one the text was written for) */
				if (dd != want.day && day_near(&want, dd, &said) &&
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
		else if (copula_mention_at(ctx, w, errata__skip_space(p, len, at), &mi))
			; /* "Today is March 3.", "今天是3月3日" */
		else if (!weekday_alone_after(ctx->locale, w, p, len, at)) {
			/* "yesterday on Christmas Day" */
			if (kind == REL_DAY && unit == 1 &&
			    (error = holiday_after(ctx, w, word, n, at, base + offset, &hend)) < 0)
				break;
			i = error > 0 ? hend : at;
			error = 0;
			continue;
		}
		/* (else the weekday right after: "hoy martes", "aujourd'hui
		 * mardi", "am gestrigen Mittwoch", "あす日曜日") */
		at = errata__skip_space(p, len, at);
		want = errata_date_from_days(base + (kind == REL_WEEK ? 0 : offset));
		if ((m = mention_at(ctx, w, at, &mi)) != NULL ||
		    (m = copula_mention_at(ctx, w, at, &mi)) != NULL) {
			long d, lo = base + offset, hi = lo, far = 7;
			size_t end = m->offset + m->length;

			/* a week's weekday: "next week Monday, March 9", tied_weekdays()'s */
			if (kind == REL_WEEK && m->weekday >= 0 &&
			    errata__skip_space(p, len, phrase_end) == m->weekday_offset) {
				i = at;
				continue;
			}

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
		} else if ((error = holiday_after(ctx, w, word, n, at, base + offset, &hend)) != 0) {
			if (error < 0)
				break; /* "yesterday, on Christmas Day" */
			error = 0;
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
	if (error >= 0)
		error = tied_weekdays(ctx, w);
	return error < 0 ? error : 0;
}

const errata_check errata__check_relative = {
	"date.relative", ERRATA_SEVERITY_ERROR,
	"\"yesterday\", \"today\" or \"tomorrow\" tied to a weekday or date the article's date contradicts",
	NULL, relative_run, 0
};
