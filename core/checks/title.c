/*
 * core/checks/title.c: facts.title, a title written before a name that
 * the fact sheet says the person does not hold, or no longer held, at the
 * article's date: "President Moon" in a 2026 article, when the sheet has
 * Moon Jae-in as President from 2017 to 2022.
 *
 * Only titles the sheet knows are looked for, written exactly as the sheet
 * spells them and followed by a name or alias of an entity. A title with a
 * qualifier before it ("former", "then-", "the late": the locale's
 * "title_qualifiers") is left alone, as is one inside a longer capitalised
 * title ("Vice President"), as is a sentence that gives another
 * year ("In 2019, President Moon ..."), and a name that any entity holding
 * the title at the date answers to. A title the person never held is
 * only flagged before their full name ("Mayor Moon" may be another Moon).
 * No article date: nothing is judged.
 *
 * Japanese, Chinese and Korean write no capitals and run words together,
 * and put a title after the name as often as before it: "岸田文雄首相",
 * "王毅外长", "이재명 대통령", "外交部长王毅", "首相の岸田文雄氏". A title
 * in those scripts is looked for wherever it is written; the name is the
 * longest tail of the run of letters before it (the word before it, after
 * a space) that the sheet knows, else the longest head of the run after
 * it (after a linking word of the locale's "name_links", "の"). A name of
 * one character counts only as a whole run ("王外长", not "学习主席").
 * A qualifier may stand before the name, before the title or in brackets
 * after it ("当時の岸田首相", "前总统文在寅", "岸田首相（当時）", "당시
 * 문재인 대통령"); a title written on to a prefix ("副总理": the locale's
 * "title_prefixes"), followed by a word of "title_suffixes" ("首相補佐官",
 * "대통령 비서실장") or inside a longer title the sheet lists ("外務大臣"
 * for "大臣") is another title.
 *
 * The search visits the words of the word index where a title of the
 * sheet may begin (its class ERRATA__FACTS_TITLE_CLASS), else makes one
 * memchr pass per distinct first byte of the titles; at each word start
 * it finds, the titles beginning with the byte there are compared, and
 * names are looked up in the sheet's hash table.
 */
#include <stdlib.h>
#include <string.h>

#include "checks/check.h"
#include "checks/facts.h"
#include "checks/names.h"
#include "checks/words.h"
#include "common.h"
#include "text/text.h"

static int held_at(const errata__fact_entity *e, const char *title, const errata_date *d,
                   const errata__fact_title **last)
{
	*last = NULL;
	for (size_t i = 0; i < e->title_count; i++) {
		const errata__fact_title *t = &e->titles[i];

		if (strcmp(t->title, title) != 0)
			continue;
		if ((!t->from.year || errata__fact_date_cmp(&t->from, d->year, d->month, d->day) <= 0) &&
		    (!t->to.year || errata__fact_date_cmp(&t->to, d->year, d->month, d->day) >= 0))
			return 1;
		if (!*last || (t->from.year > (*last)->from.year))
			*last = t;
	}
	return 0;
}

static int qualified(const errata__words *w, const char *p, size_t len, size_t at)
{
	size_t e = at, ws;

	for (size_t k = 0; k < w->title_qualifiers.count; k++) {
		const errata__word *q = &w->title_qualifiers.items[k];

		/* "ex-President", "then-President" */
		if (q->word[q->len - 1] == '-' && at >= q->len &&
		    errata__strncasecmp_ascii(p + at - q->len, q->word, q->len) == 0)
			return 1;
	}
	while (e > 0 && p[e - 1] == ' ')
		e--;
	/* "före detta statsminister", "fhv. statsminister": of two words, or abbreviated */
	for (size_t k = 0; k < w->title_qualifiers.count; k++) {
		const errata__word *q = &w->title_qualifiers.items[k];

		if ((memchr(q->word, ' ', q->len) || q->word[q->len - 1] == '.') && q->len <= e &&
		    (q->len == e || !errata__is_word_byte(p, len, e - q->len - 1)) &&
		    errata__strncasecmp_ascii(p + e - q->len, q->word, q->len) == 0)
			return 1;
	}
	ws = e;
	while (ws > 0 && errata__is_word_byte(p, len, ws - 1))
		ws--;
	return ws < e && errata__words_match(&w->title_qualifiers, p, len, ws, NULL) == e - ws;
}

/* Append v (>= 0) in decimal. */
static int append_number(errata_buf *b, int v)
{
	char digits[16];
	size_t k = sizeof(digits);
	unsigned int u = v > 0 ? (unsigned int)v : 0;

	do {
		digits[--k] = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	return errata_buf_put(b, digits + k, sizeof(digits) - k);
}

static int append_fact_date(errata_buf *b, const errata_locale *loc, const errata__fact_date *d)
{
	int error = 0;

	if (d->day)
		return errata__format_date(b, loc, d->year, d->month, d->day, 1);
	/* a month without its day, in the nominative where the name is genitive */
	if (d->month && errata__locale_month_standalone(loc, d->month)) {
		error = errata_buf_puts(b, errata__locale_month_standalone(loc, d->month));
		if (!error)
			error = errata_buf_putc(b, ' ');
	}
	if (!error)
		error = append_number(b, d->year);
	return error;
}

/*
 * Report the span [at, at+n) (the title and the name, in either order)
 * for entity e. The suggestion puts the locale's first qualifier before
 * the title, which starts at title_at: with a space after it when
 * `spaced` ("former President Moon", "문재인 전 대통령"), joined when not
 * ("岸田文雄元首相") or when it ends in "-" ("ex-président").
 */
static int report(const errata_check_ctx *ctx, const errata__words *w, size_t at,
                  size_t n, size_t title_at, int spaced, const errata__fact_entity *e,
                  const char *title, const errata__fact_title *last)
{
	errata_buf msg = ERRATA_BUF_INIT, sugg = ERRATA_BUF_INIT;
	const errata_date *ad = &ctx->article_date;
	const char *suggestions[1];
	int error;

	{
		static const char *const names[] = { "name", "title", "from", "to", "date" };
		const errata_locale *ml = ctx->msg_locale ? ctx->msg_locale : ctx->locale;
		errata_buf from = ERRATA_BUF_INIT, to = ERRATA_BUF_INIT, date = ERRATA_BUF_INIT;
		const char *values[5];

		error = last && last->from.year ? append_fact_date(&from, ml, &last->from) : 0;
		if (!error && last && last->to.year)
			error = append_fact_date(&to, ml, &last->to);
		if (!error)
			error = errata__check_date(ctx, &date, ad->year, ad->month, ad->day, 1);
		values[0] = e->name;
		values[1] = title;
		values[2] = from.ptr ? from.ptr : "";
		values[3] = to.ptr ? to.ptr : "";
		values[4] = date.ptr;
		if (!error && !last)
			error = errata__check_message(ctx, "title_never", "the fact sheet does not list "
			                              "{name} as {title} on {date}", &msg, names, values, 5);
		else if (!error && last->from.year && last->to.year)
			error = errata__check_message(ctx, "title_from_to", "{name} was {title} from {from} "
			                              "to {to} (fact sheet), not on {date}",
			                              &msg, names, values, 5);
		else if (!error && last->from.year)
			error = errata__check_message(ctx, "title_from", "{name} was {title} from {from} "
			                              "(fact sheet), not on {date}", &msg, names, values, 5);
		else if (!error && last->to.year)
			error = errata__check_message(ctx, "title_until", "{name} was {title} until {to} "
			                              "(fact sheet), not on {date}", &msg, names, values, 5);
		else if (!error)
			error = errata__check_message(ctx, "title_held", "{name} was {title} (fact sheet), "
			                              "not on {date}", &msg, names, values, 5);
		errata_buf_dispose(&from);
		errata_buf_dispose(&to);
		errata_buf_dispose(&date);
	}
	/*
	 * suggestion: the qualifier the locale lists first ("former President
	 * Moon"; a prefix such as "ex-" is joined to the title)
	 */
	if (!error && last && w->title_qualifiers.count) {
		const errata__word *q = &w->title_qualifiers.items[0];

		error = errata_buf_put(&sugg, ctx->prose + at, title_at - at);
		if (!error)
			error = errata_buf_puts(&sugg, q->word);
		if (!error && spaced && q->len && q->word[q->len - 1] != '-')
			error = errata_buf_putc(&sugg, ' ');
		if (!error)
			error = errata_buf_put(&sugg, ctx->prose + title_at, at + n - title_at);
	}
	if (error < 0) {
		error = errata__oom();
		goto cleanup;
	}
	suggestions[0] = sugg.ptr;
	error = errata__check_report(ctx, at, n, msg.ptr, suggestions, sugg.size ? 1 : 0);

cleanup:
	errata_buf_dispose(&msg);
	errata_buf_dispose(&sugg);
	return error;
}

/*
 * What quoted_at() read last: the quotes open at `at` in the prose p.
 * The titles of a paragraph are asked about in order, so each question
 * reads on from the last one, not again from the paragraph's start (a
 * long paragraph of titles was read once per title).
 */
typedef struct {
	const char *p;   /* NULL: nothing read yet */
	size_t at;
	int open, low;
	int rev;         /* opened by », closed by « (Danish, Swedish) */
} quote_state;

/*
 * Whether `at` stands inside a quotation opened earlier in its paragraph:
 * straight double quotes open and close in turn, and so do the curly
 * ones, guillemets, „ … “ and 「 … 」; so do » … « and ” … ”, a » or ”
 * that opens a word with nothing open (Danish and Swedish »Citat«,
 * ”Citat”). q carries what was read before.
 */
static int quoted_at(quote_state *q, const char *p, size_t at)
{
	size_t i = q->at;

	if (q->p != p || at < q->at) {
		/* from the start of the paragraph */
		for (i = at; i > 0 && !(p[i - 1] == '\n' && i >= 2 && p[i - 2] == '\n'); i--)
			;
		q->p = p;
		q->open = q->low = q->rev = 0;
	}
	for (; i < at; i++) {
		const unsigned char *u = (const unsigned char *)p + i;
		int open = q->open, low = q->low, rev = q->rev;

		if (i >= 2 && p[i - 1] == '\n' && p[i - 2] == '\n')
			open = low = rev = 0; /* a new paragraph */
		if (u[0] == '"') {
			open = !open;
		} else if (u[0] == 0xe2 && u[1] == 0x80 && i + 2 < at) {
			if (u[2] == 0x9e) /* „ */
				open = low = 1;
			else if (u[2] == 0x9c) /* “: opens, or closes a „ */
				open = low ? 0 : 1, low = 0;
			else if (u[2] == 0x9d) /* ”: closes, or opens a word after a space */
				open = !open && (i == 0 || p[i - 1] == ' ' || p[i - 1] == '\n') &&
				       u[3] != ' ' && u[3] != '\n',
				low = 0;
		} else if (u[0] == 0xc2 && i + 1 < at && (u[1] == 0xab || u[1] == 0xbb)) {
			if (u[1] == 0xab) /* « opens, or closes a » */
				open = !(open && rev), rev = 0;
			else /* » closes, or opens a word with nothing open */
				open = rev = !open && u[2] != ' ' && u[2] != '\n';
		} else if (u[0] == 0xe3 && u[1] == 0x80 && i + 2 < at && (u[2] == 0x8c || u[2] == 0x8d)) {
			open = u[2] == 0x8c; /* 「 opens, 」 closes */
		}
		q->open = open;
		q->low = low;
		q->rev = rev;
	}
	if (at >= 2 && p[at - 1] == '\n' && p[at - 2] == '\n')
		q->open = q->low = q->rev = 0; /* at starts a paragraph */
	q->at = at;
	return q->open;
}

/* Whether a closing quote stands at i: ", ”, “, », «, 」. */
static int closes_at(const char *p, size_t len, size_t i)
{
	const unsigned char *u = (const unsigned char *)p + i;

	if (i >= len)
		return 0;
	if (u[0] == '"')
		return 1;
	if (i + 1 < len && u[0] == 0xc2 && (u[1] == 0xbb || u[1] == 0xab))
		return 1;
	return i + 2 < len && ((u[0] == 0xe2 && u[1] == 0x80 && (u[2] == 0x9d || u[2] == 0x9c)) ||
	                       (u[0] == 0xe3 && u[1] == 0x80 && u[2] == 0x8d));
}

/*
 * The verdict on a title written before or after a name [name, name+nl)
 * that the entities matched[0, nmatched) answer to; the span [at, at+n)
 * holds both, the title starting at title_at (see report()).
 */
static int verdict(const errata_check_ctx *ctx, const errata__words *w, quote_state *q,
                   const errata__fact_entity *const *matched, size_t nmatched,
                   const char *title, size_t name, size_t nl, size_t at, size_t n,
                   size_t title_at, int spaced)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, ss, se;
	const errata__fact_title *last;

	for (size_t j = 0; j < nmatched; j++) {
		if (held_at(matched[j], title, &ctx->article_date, &last))
			return 0;
	}
	if (nmatched > 1)
		return 0; /* several people, none holding it: too unsure to say who */
	held_at(matched[0], title, &ctx->article_date, &last);
	/*
	 * A title the person never held says little when only an alias
	 * matched: "Mayor Moon" may be another Moon. Their full name, or a
	 * title they did hold, ties the name to them.
	 */
	if (!last && (matched[0]->name_len != nl || memcmp(matched[0]->name, p + name, nl) != 0))
		return 0;
	/*
	 * a speaker's own words are quoted as said: "Governor Moon never
	 * listened," (a quotation of the title and name alone is no speech)
	 */
	if (quoted_at(q, p, at) && !closes_at(p, len, at + n))
		return 0;
	/* a sentence that names another year may be about that time */
	errata__sentence(w, p, len, at, &ss, &se);
	if (errata__other_year_in(ctx->mentions, ctx->prose, ctx->prose_len, ss, se, ctx->article_date.year))
		return 0;
	return report(ctx, w, at, n, title_at, spaced, matched[0], title, last);
}

/* Judge one title written at `at` (length tl). */
static int judge(const errata_check_ctx *ctx, const errata__words *w, quote_state *q,
                 const char *title, size_t at, size_t tl)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, name, nl, ends[8], tokens = 0;
	const errata__fact_entity *matched[8];
	size_t nmatched = 0;

	if (at + tl >= len || (p[at + tl] != ' ' && p[at + tl] != '\n'))
		return 0;
	/*
	 * part of a longer title: "Vice President", "Prime Minister" (not "The",
	 * "La"); a title in lower case is part of no capitalised one ("Volgens
	 * gedeputeerde Smit")
	 */
	if (at >= 2 && !(p[at] >= 'a' && p[at] <= 'z') && p[at - 1] == ' ' &&
	    errata__is_word_byte(p, len, at - 2)) {
		size_t ws = at - 1;

		while (ws > 0 && errata__is_word_byte(p, len, ws - 1))
			ws--;
		/* "Yesterday Governor Herrera", "Today Mayor Ortiz": a day word, not a title */
		if (p[ws] >= 'A' && p[ws] <= 'Z' &&
		    errata__words_match(&w->articles, p, len, ws, NULL) != at - 1 - ws &&
		    errata__words_match(&w->relative, p, len, ws, NULL) != at - 1 - ws)
			return 0;
	}
	name = errata__name_after(w, p, len, at + tl + 1, &nl);
	if (!nl || name != at + tl + 1)
		return 0;
	for (size_t i = name; i <= name + nl && tokens < 8; i++)
		if (i == name + nl || p[i] == ' ')
			ends[tokens++] = i;
	/* the longest run of words from the name on that names someone */
	for (size_t k = tokens; k > 0 && !nmatched; k--) {
		size_t found = errata__facts_named(ctx->facts, p + name, ends[k - 1] - name, matched, 8);

		if (found) {
			nmatched = found < 8 ? found : 8;
			nl = ends[k - 1] - name;
		}
	}
	if (!nmatched || qualified(w, p, len, at))
		return 0;
	return verdict(ctx, w, q, matched, nmatched, title, name, nl, at, name + nl - at, at, 1);
}

/* ---- titles in Han, kana and Hangul ------------------------------------ */

/*
 * Whether a word of l ends at e: anywhere in a run of letters, or with
 * `whole` as a word of its own (after a space, punctuation or the start).
 */
static int word_ends_at(const errata__wordlist *l, const char *p, size_t len, size_t e, int whole)
{
	for (size_t k = 0; k < l->count; k++) {
		const errata__word *x = &l->items[k];

		if (x->len <= e && memcmp(p + e - x->len, x->word, x->len) == 0 &&
		    (!whole || e == x->len || !errata__is_word_byte(p, len, errata__utf8_char_before(p, e - x->len))))
			return 1;
	}
	return 0;
}

/* A qualifier just before `at`, written on to it or as the word before a space. */
static int qualifier_before(const errata__words *w, const char *p, size_t len, size_t at)
{
	if (at > 0 && p[at - 1] == ' ')
		return word_ends_at(&w->title_qualifiers, p, len, at - 1, 1);
	return word_ends_at(&w->title_qualifiers, p, len, at, 0);
}

/* A qualifier after a title or a name ending at te, in brackets or after a space: "首相（当時）". */
static int qualifier_after(const errata__words *w, const char *p, size_t len, size_t te)
{
	size_t k = te;

	if (k < len && (p[k] == '(' || p[k] == ' '))
		k++;
	else if (k + 2 < len && (unsigned char)p[k] == 0xef && (unsigned char)p[k + 1] == 0xbc &&
	         (unsigned char)p[k + 2] == 0x88)
		k += 3; /* "（" */
	else
		return 0;
	for (size_t q = 0; q < w->title_qualifiers.count; q++) {
		const errata__word *x = &w->title_qualifiers.items[q];

		if (x->len <= len - k && memcmp(p + k, x->word, x->len) == 0)
			return 1;
	}
	return 0;
}

/* Whether a longer title of the sheet is written over [at, at+tl): "外務大臣" for "大臣". */
static int inside_longer_title(const char *p, size_t len, const char *const *titles, size_t ntitles,
                               const char *title, size_t at, size_t tl)
{
	for (size_t t = 0; t < ntitles && t < 64; t++) {
		size_t ol = strlen(titles[t]);

		if (ol <= tl)
			continue;
		for (size_t k = 0; k + tl <= ol; k++)
			if (k <= at && ol <= len - (at - k) && memcmp(titles[t] + k, title, tl) == 0 &&
			    memcmp(p + at - k, titles[t], ol) == 0)
				return 1;
	}
	return 0;
}

/*
 * Judge a title in Han, kana or Hangul written at `at` (length tl): the
 * name before it, else the name after it (see the top of this file).
 */
static int judge_wide(const errata_check_ctx *ctx, const errata__words *w, quote_state *q,
                      const char *const *titles, size_t ntitles, const char *title,
                      size_t at, size_t tl)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len, te = at + tl, e = at, s0, name = 0, nl = 0, nmatched = 0;
	const errata__fact_entity *matched[8];
	int spaced = 0;

	if (word_ends_at(&w->title_prefixes, p, len, at, 0) ||
	    inside_longer_title(p, len, titles, ntitles, title, at, tl))
		return 0;
	/* "首相補佐官", "外长助理", "대통령 비서실장": another title or noun */
	e = te < len && p[te] == ' ' ? te + 1 : te;
	for (size_t k = 0; k < w->title_suffixes.count; k++) {
		const errata__word *x = &w->title_suffixes.items[k];

		if (x->len <= len - e && memcmp(p + e, x->word, x->len) == 0)
			return 0;
	}
	e = at;
	/* the name before: "岸田文雄首相", "이재명 대통령" (the whole word before the space) */
	if (e > 0 && p[e - 1] == ' ') {
		e--;
		spaced = 1;
	}
	s0 = errata__wide_run_start(p, len, e);
	for (size_t s = s0; s < e && !nmatched; s = errata__utf8_char_end(p, len, s)) {
		size_t found;

		if ((spaced && s != s0) || (s != s0 && errata__utf8_char_end(p, len, s) == e))
			break; /* a part of a spaced word; one character inside a run */
		if ((found = errata__facts_named(ctx->facts, p + s, e - s, matched, 8)) > 0) {
			nmatched = found < 8 ? found : 8;
			name = s;
			nl = e - s;
		}
	}
	if (nmatched) {
		/* "전 대통령" is a former president, not one whose name is 전 */
		if (qualifier_before(w, p, len, name) || qualifier_after(w, p, len, te) ||
		    word_ends_at(&w->title_qualifiers, p + name, nl, nl, 1))
			return 0;
		return verdict(ctx, w, q, matched, nmatched, title, name, nl, name, te - name, at, spaced);
	}
	/* the name after: "外交部长王毅", "首相の岸田文雄氏", "대통령 이재명은" */
	e = te + errata__words_match(&w->name_links, p, len, te, NULL);
	spaced = 0;
	if (e < len && p[e] == ' ') {
		e = errata__skip_space(p, len, e);
		spaced = 1;
	}
	name = e;
	{
		size_t run = name, chars = 0;

		while (run < len && chars < 12 && errata__wide_script_at(p, len, run)) {
			run = errata__utf8_char_end(p, len, run);
			chars++;
		}
		for (size_t end = run; end > name && !nmatched; end = errata__utf8_char_before(p, end)) {
			size_t found;

			if (end != run && errata__utf8_char_before(p, end) == name)
				break; /* one character: only as the whole run */
			if ((found = errata__facts_named(ctx->facts, p + name, end - name, matched, 8)) > 0) {
				nmatched = found < 8 ? found : 8;
				nl = end - name;
			}
		}
	}
	if (!nmatched || qualifier_before(w, p, len, at) || qualifier_after(w, p, len, name + nl))
		return 0; /* "前外长王建国", "外长王建国（时任）" */
	return verdict(ctx, w, q, matched, nmatched, title, name, nl, at, name + nl - at, at, spaced);
}

/*
 * Judge every title of forms[0, n) that stands as a word at `at`: those
 * whose first byte is there, in the order of forms.
 */
static int judge_forms_at(const errata_check_ctx *ctx, const errata__words *w, quote_state *q,
                          const char *const *titles, const errata__title_form *forms,
                          size_t n, size_t at)
{
	const char *p = ctx->prose;
	size_t len = ctx->prose_len;
	int error;

	if (!errata__word_start(p, len, at))
		return 0;
	for (size_t f = 0; f < n; f++) {
		const char *t = titles[forms[f].title];
		size_t tl = forms[f].len;

		if (forms[f].first != (unsigned char)p[at] || at + tl > len)
			continue;
		if (forms[f].cap_len == 1 && forms[f].src_len == 1 ?
		    (tl > 1 && p[at + 1] != t[1]) || memcmp(p + at + 1, t + 1, tl - 1) != 0 :
		    memcmp(p + at, forms[f].cap, forms[f].cap_len) != 0 ||
		    memcmp(p + at + forms[f].cap_len, t + forms[f].src_len, tl - forms[f].cap_len) != 0)
			continue;
		if (errata__is_word_byte(p, len, at + tl))
			continue;
		if ((error = judge(ctx, w, q, t, at, tl)) < 0)
			return error;
	}
	return 0;
}

/*
 * Judge every title of forms[0, n) (all beginning with the byte
 * forms[0].first) where it stands as a word: one memchr pass over the
 * prose for that byte.
 */
static int find_titles(const errata_check_ctx *ctx, const errata__words *w, quote_state *q,
                       const char *const *titles, const errata__title_form *forms, size_t n)
{
	const char *p = ctx->prose, *hit;
	size_t len = ctx->prose_len;
	int error;

	for (size_t i = 0; i < len && (hit = memchr(p + i, forms[0].first, len - i));
	     i = (size_t)(hit - p) + 1)
		if ((error = judge_forms_at(ctx, w, q, titles, forms, n, (size_t)(hit - p))) < 0)
			return error;
	return 0;
}

/*
 * Judge every title of fs where it stands as a word, at the words[0, n)
 * of the word index that its classification listed in the titles' class
 * (ERRATA__FACTS_TITLE_CLASS): every word where a title of the sheet
 * may begin.
 */
static int find_titles_indexed(const errata_check_ctx *ctx, const errata__words *w,
                               quote_state *q, const char *const *titles,
                               const errata__title_forms *fs, const errata__word_span *words,
                               size_t n)
{
	int error;

	for (const errata__word_span *k = words, *end = words + n; k < end; k++)
		if ((error = judge_forms_at(ctx, w, q, titles, fs->items, fs->count, k->start)) < 0)
			return error;
	return 0;
}

/* Judge every title in Han, kana or Hangul, title t of tl bytes, wherever it is written. */
static int find_wide_title(const errata_check_ctx *ctx, const errata__words *w, quote_state *q,
                           const char *const *titles, size_t ntitles, size_t t, size_t tl)
{
	const char *p = ctx->prose, *hit;
	size_t len = ctx->prose_len;
	int error;

	for (size_t i = 0; i < len && (hit = errata__memmem(p + i, len - i, titles[t], tl));
	     i = (size_t)(hit - p) + tl)
		if ((error = judge_wide(ctx, w, q, titles, ntitles, titles[t], (size_t)(hit - p), tl)) < 0)
			return error;
	return 0;
}

static int title_run(const errata_check_ctx *ctx)
{
	const errata__words *w = NULL;
	size_t ntitles = 0;
	const errata_date *ad = &ctx->article_date;
	const char *const *titles = errata__facts_titles(ctx->facts, &ntitles);
	/* the titles' forms, made when the sheet was loaded */
	const errata__title_search *ts = errata__facts_title_search(ctx->facts);
	const errata__title_forms *by_byte = ts ? &ts->all_by_byte : NULL;
	quote_state q = { NULL, 0, 0, 0, 0 };
	const errata__word_span *words = NULL;
	size_t nwords = 0;
	int error = 0;

	if (!ntitles || !ts || ad->year <= 0 || !errata_date_valid(ad->year, ad->month, ad->day))
		return 0;
	if ((error = errata__check_words(ctx, &w)) < 0)
		return error;
	for (size_t i = 0; i < ts->wide_count && !error; i++)
		error = find_wide_title(ctx, w, &q, titles, ntitles, ts->wide[i],
		                        strlen(titles[ts->wide[i]]));
	/* at the words of the index that its classification found, when it looked for titles */
	if (ctx->words && errata__facts_title_lead(ctx->facts) &&
	    errata__word_index_classified(ctx->words, errata__facts_title_lead(ctx->facts), NULL))
		words = errata__word_index_apart(ctx->words, ERRATA__FACTS_TITLE_CLASS, &nwords);
	if (words) {
		if (!error && ts->by_word.count)
			error = find_titles_indexed(ctx, w, &q, titles, &ts->by_word, words, nwords);
		by_byte = &ts->by_byte;
	}
	for (size_t g = 0, e; g < by_byte->count && !error; g = e) {
		for (e = g + 1; e < by_byte->count && by_byte->items[e].first == by_byte->items[g].first; e++)
			;
		error = find_titles(ctx, w, &q, titles, by_byte->items + g, e - g);
	}
	return error;
}

const errata_check errata__check_title = {
	"facts.title", ERRATA_SEVERITY_WARNING,
	"a title the fact sheet says the person does not hold, or no longer held, at the article's date",
	NULL, title_run, 0
};
