/*
 * html.c: reading HTML markup, and the masking pass for HTML articles.
 *
 * The tag reader is shared with markdown.c (raw HTML inside Markdown). It
 * knows elements with their attributes (a quoted value may hold '>'),
 * comments, CDATA sections, declarations such as <!DOCTYPE> and
 * processing instructions. It is not a full HTML5 tokenizer: it only has
 * to tell markup from prose and find where the markup ends.
 *
 * The HTML pass masks every tag, comment and declaration, and the content
 * of elements whose content is not article prose (script, style, title,
 * textarea, svg, pre, code). On the way it reads the article's language
 * (<html lang>), its date (meta "date": the best-ranked <meta> whose name,
 * property or itemprop is one of date_names below; meta "time": the first
 * <time datetime>) and its <title> into the document's meta values. Entities are decoded later, by entities.c.
 */
#include "common.h"
#include "text/text.h"

#include <stdlib.h>
#include <string.h>

static int is_name_char(unsigned char c)
{
	return errata__is_alnum(c) || c == '-' || c == ':' || c == '_' || c == '.';
}

/* Offset of the first occurrence of needle in p[i, n), or n. */
static size_t find(const char *p, size_t i, size_t n, const char *needle)
{
	size_t k = strlen(needle);
	const char *hit;

	if (i >= n || n - i < k)
		return n;
	hit = errata__memmem(p + i, n - i, needle, k);
	return hit ? (size_t)(hit - p) : n;
}

size_t errata__html_tag(const char *p, size_t i, size_t n, int quotes,
                        errata__tag *tag)
{
	size_t j = i + 1, e;

	memset(tag, 0, sizeof(*tag));
	if (i + 1 >= n || p[i] != '<')
		return 0;
	if (p[j] == '!') {
		if (n - i >= 4 && !memcmp(p + i, "<!--", 4)) {
			tag->kind = ERRATA__TAG_COMMENT;
			e = find(p, i + 4, n, "-->");
			return e < n ? e + 3 : 0;
		}
		if (n - i >= 9 && !memcmp(p + i, "<![CDATA[", 9)) {
			tag->kind = ERRATA__TAG_CDATA;
			e = find(p, i + 9, n, "]]>");
			return e < n ? e + 3 : 0;
		}
		if (j + 1 >= n || !errata__is_alpha((unsigned char)p[j + 1]))
			return 0;
		tag->kind = ERRATA__TAG_DECL;
		e = find(p, j, n, ">");
		return e < n ? e + 1 : 0;
	}
	if (p[j] == '?') {
		tag->kind = ERRATA__TAG_PI;
		e = find(p, j, n, ">");
		return e < n ? e + 1 : 0;
	}
	if (p[j] == '/') {
		tag->end_tag = 1;
		j++;
	}
	if (j >= n || !errata__is_alpha((unsigned char)p[j]))
		return 0;
	tag->kind = ERRATA__TAG_ELEMENT;
	tag->name = j;
	while (j < n && is_name_char((unsigned char)p[j]))
		j++;
	tag->name_len = j - tag->name;
	if (j >= n || !(errata__is_space((unsigned char)p[j]) || p[j] == '>' || p[j] == '/'))
		return 0;
	tag->attrs = j;
	if (!quotes) {
		e = find(p, j, n, ">");
		if (e >= n)
			return 0;
		tag->attrs_end = e;
		return e + 1;
	}
	while (j < n && p[j] != '>') {
		if (p[j] == '=') {
			j++;
			while (j < n && errata__is_space((unsigned char)p[j]))
				j++;
			if (j < n && (p[j] == '"' || p[j] == '\'')) {
				const char *q = memchr(p + j + 1, p[j], n - j - 1);

				if (!q)
					return 0;
				j = (size_t)(q - p) + 1;
				continue;
			}
		}
		j++;
	}
	if (j >= n)
		return 0;
	tag->attrs_end = j;
	return j + 1;
}

int errata__html_attrs(const char *p, const errata__tag *tag,
                       int (*fn)(void *ctx, const char *name, size_t nlen,
                                 const char *value, size_t vlen),
                       void *ctx)
{
	size_t j = tag->attrs, n = tag->attrs_end;
	int rc = 0;

	while (j < n && !rc) {
		size_t ns, nl, vs = 0, vl = 0;
		int has_value = 0;

		while (j < n && (errata__is_space((unsigned char)p[j]) || p[j] == '/'))
			j++;
		if (j >= n)
			break;
		ns = j;
		while (j < n && !errata__is_space((unsigned char)p[j]) && p[j] != '=' &&
		       p[j] != '/')
			j++;
		nl = j - ns;
		while (j < n && errata__is_space((unsigned char)p[j]))
			j++;
		if (j < n && p[j] == '=') {
			j++;
			while (j < n && errata__is_space((unsigned char)p[j]))
				j++;
			has_value = 1;
			if (j < n && (p[j] == '"' || p[j] == '\'')) {
				char q = p[j++];

				vs = j;
				while (j < n && p[j] != q)
					j++;
				vl = j - vs;
				if (j < n)
					j++;
			} else {
				vs = j;
				while (j < n && !errata__is_space((unsigned char)p[j]))
					j++;
				vl = j - vs;
			}
		}
		if (nl == 0) {
			j++;
			continue;
		}
		rc = fn(ctx, p + ns, nl, has_value ? p + vs : NULL, vl);
	}
	return rc;
}

/* The pass over an HTML article. */
typedef struct {
	errata_doc *doc;
	const char *lang;
	size_t lang_len;
	const char *date;          /* from a meta element ... */
	size_t date_rank;          /* ... whose name has this place in date_names */
	const char *time_date;     /* from the first <time datetime> */
	/* attributes of the element being read */
	const char *a_name, *a_content, *a_datetime, *a_lang;
	size_t a_name_len, a_content_len, a_datetime_len, a_lang_len;
} html_pass;

static int name_is(const char *s, size_t len, const char *want)
{
	return strlen(want) == len && !errata__strncasecmp_ascii(s, want, len);
}

/*
 * <meta> names that give an article's publication date (any case), the
 * most trusted first: where a page has several, the earliest in this list
 * wins, wherever it stands in the page.
 */
static const char *const date_names[] = {
	"article:published_time", "date", "datePublished", "dcterms.date",
	"dcterms.created", "DC.date", "DC.date.issued", "pubdate", "publish-date",
	"publication_date", "parsely-pub-date",
};
#define NO_DATE_RANK (sizeof(date_names) / sizeof(date_names[0]))

/* The name's place in date_names, or NO_DATE_RANK for another name. */
static size_t date_rank(const char *s, size_t len)
{
	for (size_t i = 0; i < NO_DATE_RANK; i++)
		if (name_is(s, len, date_names[i]))
			return i;
	return NO_DATE_RANK;
}

static int is_date_name(const char *s, size_t len)
{
	return date_rank(s, len) < NO_DATE_RANK;
}

static int collect_attr(void *ctx, const char *name, size_t nlen,
                        const char *value, size_t vlen)
{
	html_pass *hp = ctx;

	if (!value)
		return 0;
	if (name_is(name, nlen, "name") || name_is(name, nlen, "property") ||
	    name_is(name, nlen, "itemprop")) {
		/* any of the three may name the date; remember a date-like one */
		if (!hp->a_name || is_date_name(value, vlen)) {
			hp->a_name = value;
			hp->a_name_len = vlen;
		}
	} else if (name_is(name, nlen, "content")) {
		hp->a_content = value;
		hp->a_content_len = vlen;
	} else if (name_is(name, nlen, "datetime")) {
		hp->a_datetime = value;
		hp->a_datetime_len = vlen;
	} else if (name_is(name, nlen, "lang")) {
		hp->a_lang = value;
		hp->a_lang_len = vlen;
	}
	return 0;
}

static int iso_day(const char *v, size_t len)
{
	if (len < 10)
		return 0;
	for (size_t i = 0; i < 10; i++) {
		int digit = v[i] >= '0' && v[i] <= '9';

		if ((i == 4 || i == 7) ? v[i] != '-' : !digit)
			return 0;
	}
	return 1;
}

/* Read what the element tells about the article. */
static void read_element(html_pass *hp, const char *t, const errata__tag *tag,
                         const char *name)
{
	hp->a_name = hp->a_content = hp->a_datetime = hp->a_lang = NULL;
	errata__html_attrs(t, tag, collect_attr, hp);
	if (!strcmp(name, "html") && hp->a_lang && hp->a_lang_len && !hp->lang) {
		hp->lang = hp->a_lang;
		hp->lang_len = hp->a_lang_len;
	} else if (!strcmp(name, "meta") && hp->a_name && hp->a_content &&
	           date_rank(hp->a_name, hp->a_name_len) < hp->date_rank &&
	           iso_day(hp->a_content, hp->a_content_len)) {
		hp->date = hp->a_content;
		hp->date_rank = date_rank(hp->a_name, hp->a_name_len);
	} else if (!strcmp(name, "time") && hp->a_datetime && !hp->time_date &&
	           iso_day(hp->a_datetime, hp->a_datetime_len)) {
		hp->time_date = hp->a_datetime;
	}
}

/* Store t[a, b) as meta key: entities decoded, white space folded. */
static int set_meta_text(errata_doc *doc, const char *key, const char *t,
                         size_t a, size_t b)
{
	char *s = errata__strndup(t + a, b - a);
	size_t o = 0;
	int error, space = 0;

	if (!s)
		return errata__oom();
	errata__entities_decode(s, b - a, NULL);
	for (size_t i = 0; i < b - a; i++) {
		if (errata__is_space((unsigned char)s[i])) {
			space = o > 0;
		} else {
			if (space)
				s[o++] = ' ';
			space = 0;
			s[o++] = s[i];
		}
	}
	error = errata__doc_meta_set(doc, key, strlen(key), s, o);
	free(s);
	return error;
}

size_t errata__html_find_end_tag(const char *t, size_t i, size_t n, const char *name)
{
	size_t k = strlen(name);

	while (i < n) {
		const char *lt = memchr(t + i, '<', n - i);

		if (!lt)
			return n;
		i = (size_t)(lt - t);
		if (n - i >= k + 2 && t[i + 1] == '/' &&
		    !errata__strncasecmp_ascii(t + i + 2, name, k) &&
		    (i + 2 + k == n || !is_name_char((unsigned char)t[i + 2 + k])))
			return i;
		i++;
	}
	return n;
}

static int tag_start(const char *t, size_t i, size_t n, const char *s)
{
	size_t k = strlen(s);

	return n - i >= k && !memcmp(t + i, s, k);
}

/* Elements whose content is not prose; unclosed ones run to the end if raw. */
static const struct {
	const char *name;
	int to_end;
} opaque[] = {
	{ "script", 1 }, { "style", 1 }, { "title", 1 }, { "textarea", 1 },
	{ "svg", 0 }, { "pre", 0 }, { "code", 0 }, { "math", 0 }
};

int errata__html_mask(errata_doc *doc)
{
	const char *t = doc->text;
	char *prose = doc->prose;
	size_t n = doc->len, i = doc->bom, last_gt = n;
	int quotes = 1, error = 0;
	unsigned char noclose[sizeof(opaque) / sizeof(opaque[0])] = { 0 };
	html_pass hp;

	memset(&hp, 0, sizeof(hp));
	hp.date_rank = NO_DATE_RANK;
	hp.doc = doc;
	/* No markup can start after the last '>': stop there. */
	while (last_gt > 0 && t[last_gt - 1] != '>')
		last_gt--;
	while (i < n) {
		const char *lt = memchr(t + i, '<', n - i);
		errata__tag tag;
		size_t end;
		char name[16];

		if (!lt || (size_t)(lt - t) >= last_gt) {
			/* an unclosed comment or CDATA still hides the rest */
			if (lt && (tag_start(t, (size_t)(lt - t), n, "<!--") ||
			           tag_start(t, (size_t)(lt - t), n, "<![CDATA[")))
				errata__mask(prose, (size_t)(lt - t), n);
			break;
		}
		i = (size_t)(lt - t);
		end = errata__html_tag(t, i, n, quotes, &tag);
		if (!end && quotes && tag.kind == ERRATA__TAG_ELEMENT && tag.name_len) {
			/* an unclosed quote ran to the end: read the rest without quotes */
			end = errata__html_tag(t, i, n, 0, &tag);
			if (end)
				quotes = 0;
		}
		if (!end) {
			if (tag.kind == ERRATA__TAG_COMMENT || tag.kind == ERRATA__TAG_CDATA) {
				errata__mask(prose, i, n);
				break;
			}
			i++;
			continue;
		}
		errata__mask(prose, i, end);
		if (tag.kind == ERRATA__TAG_COMMENT) {
			if ((error = errata__suppress_comment(doc, i, end)) < 0)
				goto cleanup;
		}
		i = end;
		if (tag.kind != ERRATA__TAG_ELEMENT || tag.end_tag || tag.name_len >= sizeof(name))
			continue;
		for (size_t k = 0; k < tag.name_len; k++) {
			char c = t[tag.name + k];

			name[k] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
		}
		name[tag.name_len] = '\0';
		read_element(&hp, t, &tag, name);
		if (t[end - 2] == '/')
			continue; /* self-closing */
		for (size_t k = 0; k < sizeof(opaque) / sizeof(opaque[0]); k++) {
			size_t close;

			if (strcmp(name, opaque[k].name))
				continue;
			close = noclose[k] ? n : errata__html_find_end_tag(t, end, n, name);
			noclose[k] = close == n;
			if (close == n && !opaque[k].to_end)
				break;
			if (!strcmp(name, "title") && !errata_doc_meta(doc, "title") &&
			    (error = set_meta_text(doc, "title", t, end, close)) < 0)
				goto cleanup;
			errata__mask(prose, end, close);
			i = close;
			break;
		}
	}
	if (hp.lang && (error = errata__doc_meta_set(doc, "lang", 4, hp.lang, hp.lang_len)) < 0)
		goto cleanup;
	/*
	 * The <time> goes under its own key: JSON-LD's datePublished (read
	 * from the text by the checker) comes between a <meta> and a <time>.
	 */
	if (hp.date && (error = errata__doc_meta_set(doc, "date", 4, hp.date, 10)) < 0)
		goto cleanup;
	if (hp.time_date)
		error = errata__doc_meta_set(doc, "time", 4, hp.time_date, 10);
cleanup:
	return error;
}
