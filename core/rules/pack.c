/*
 * pack.c: loading rule packs. A pack is a JSON file
 *   {"pack": "name", "version": 1, "rules": [ {rule}, ... ]}
 * read with cJSON; every rule is checked field by field (unknown fields are
 * errors, so typos surface) and its pattern is compiled with pcre2 (UTF
 * mode, JIT where available). Errors name the file, the rule and the
 * place.
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cjson/cJSON.h>

#include "common.h"
#include "rules/rule_impl.h"
#include "tables.h"

int errata__rules_new(errata__rules **out)
{
	*out = calloc(1, sizeof(**out));
	return *out ? 0 : errata__oom();
}

static void rule_free(errata__rule *r)
{
	if (!r || r->borrowed) {
		free(r);
		return;
	}
	free(r->id);
	free(r->summary);
	free(r->link);
	free(r->path);
	free(r->message);
	free(r->to);
	if (r->code)
		pcre2_code_free(r->code);
	if (r->after)
		pcre2_code_free(r->after);
	for (size_t i = 0; i < r->phrase_count; i++) {
		free(r->phrases[i].text);
		free(r->phrases[i].to);
	}
	free(r->phrases);
	for (size_t i = 0; i < r->ignore_count; i++)
		free(r->ignore[i]);
	free(r->ignore);
	free(r);
}

void errata__rules_free(errata__rules *rs)
{
	if (!rs)
		return;
	for (size_t i = 0; i < rs->count; i++)
		rule_free(rs->rules[i]);
	free(rs->rules);
	for (size_t i = 0; i < rs->pack_count; i++)
		errata__tables_pack_release(rs->packs[i]);
	free(rs->packs);
	free(rs->lex);
	free(rs->buckets);
	errata__word_index_dispose(&rs->words);
	free(rs->pattern_rules);
	if (rs->md)
		pcre2_match_data_free(rs->md);
	if (rs->mctx)
		pcre2_match_context_free(rs->mctx);
	if (rs->jit_stack)
		pcre2_jit_stack_free(rs->jit_stack);
	free(rs);
}

size_t errata__rules_count(const errata__rules *rs)
{
	return rs ? rs->count : 0;
}

errata__rule_head *errata__rules_head(errata__rules *rs, size_t i)
{
	return i < rs->count ? &rs->rules[i]->head : NULL;
}

const errata__rule_head *errata__rules_head_const(const errata__rules *rs, size_t i)
{
	return i < rs->count ? &rs->rules[i]->head : NULL;
}

static int valid_id(const char *id)
{
	size_t n = strlen(id);

	if (n == 0 || n > 128 || id[n - 1] == '.' || id[0] == '.')
		return 0;
	for (size_t i = 0; i < n; i++) {
		char c = id[i];

		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		      (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_'))
			return 0;
	}
	return 1;
}

static const char *const rule_fields[] = {
	"id", "type", "severity", "message", "link", "summary", "enabled",
	"pattern", "flags", "from", "to", "replace", "case_sensitive",
	"whole_word", "followed_by", "variants", "preferred", "ignore", "ignore_capitalized",
	NULL
};

/* Which fields each type accepts beyond the common ones. */
static int field_allowed(errata__rule_type type, const char *key)
{
	static const char *const common[] = { "id", "type", "severity", "message",
		"link", "summary", "enabled", NULL };
	const char *const *list = NULL;
	static const char *const pattern[] = { "pattern", "flags", NULL };
	static const char *const subst[] = { "from", "to", "replace", "flags",
		"case_sensitive", "whole_word", "followed_by", NULL };
	static const char *const consist[] = { "variants", "preferred",
		"case_sensitive", NULL };
	static const char *const repeated[] = { "ignore", "ignore_capitalized", NULL };

	for (size_t i = 0; common[i]; i++)
		if (strcmp(common[i], key) == 0)
			return 1;
	switch (type) {
	case ERRATA__RULE_PATTERN: list = pattern; break;
	case ERRATA__RULE_SUBSTITUTION: list = subst; break;
	case ERRATA__RULE_CONSISTENCY: list = consist; break;
	case ERRATA__RULE_REPEATED: list = repeated; break;
	}
	for (size_t i = 0; list && list[i]; i++)
		if (strcmp(list[i], key) == 0)
			return 1;
	return 0;
}

typedef struct {
	const char *path;
	const char *id;   /* for messages; "#N" until the id is known */
} load_ctx;

static int rule_error(const load_ctx *lc, const char *fmt, const char *a)
{
	char msg[512];

	snprintf(msg, sizeof(msg), fmt, a);
	if (lc->id[0] == '#')
		return errata__error(ERRATA_EINVALID, "%s: rule %s: %s", lc->path, lc->id, msg);
	return errata__error(ERRATA_EINVALID, "%s: rule '%s': %s", lc->path, lc->id, msg);
}

static int get_string(const load_ctx *lc, const cJSON *obj, const char *key,
                      int required, char **out)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);

	*out = NULL;
	if (!v) {
		if (required)
			return rule_error(lc, "missing field '%s'", key);
		return 0;
	}
	if (!cJSON_IsString(v) || !v->valuestring)
		return rule_error(lc, "field '%s' must be a string", key);
	*out = errata__strdup(v->valuestring);
	return *out ? 0 : errata__oom();
}

static int get_bool(const load_ctx *lc, const cJSON *obj, const char *key,
                    int dflt, int *out)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);

	*out = dflt;
	if (!v)
		return 0;
	if (!cJSON_IsBool(v))
		return rule_error(lc, "field '%s' must be true or false", key);
	*out = cJSON_IsTrue(v);
	return 0;
}

static int add_phrase(errata__rule *r, const char *text, const char *to)
{
	errata__phrase *p = realloc(r->phrases, (r->phrase_count + 1) * sizeof(*p));

	if (!p)
		return errata__oom();
	r->phrases = p;
	p += r->phrase_count;
	p->text = errata__strdup(text);
	p->len = strlen(text);
	p->to = to ? errata__strdup(to) : NULL;
	if (!p->text || (to && !p->to)) {
		free(p->text);
		free(p->to);
		return errata__oom();
	}
	r->phrase_count++;
	return 0;
}

/* Append the pcre2 escape of a literal; white space runs match \s+. */
static int put_escaped(errata_buf *b, const char *s, size_t n)
{
	int error = 0;

	for (size_t i = 0; i < n && !error; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
			while (i + 1 < n && (s[i + 1] == ' ' || s[i + 1] == '\t' ||
			                     s[i + 1] == '\n' || s[i + 1] == '\r'))
				i++;
			error = errata_buf_puts(b, "\\s+");
		} else if (c < 0x80 && !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		                         (c >= '0' && c <= '9'))) {
			char esc[3] = { '\\', (char)c, 0 };

			error = errata_buf_puts(b, esc);
		} else {
			error = errata_buf_putc(b, (char)c);
		}
	}
	return error;
}

static int is_word_start(const char *s, size_t n)
{
	size_t k;

	return n > 0 && errata__word_char_at((const unsigned char *)s, n, 0, &k);
}

static int compile(const load_ctx *lc, errata__rule *r, const char *pattern,
                   uint32_t options)
{
	int errcode = 0;
	PCRE2_SIZE erroff = 0;

	r->code = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED,
	                        options | PCRE2_UTF, &errcode, &erroff, NULL);
	if (!r->code) {
		PCRE2_UCHAR msg[256];
		char full[400];

		pcre2_get_error_message(errcode, msg, sizeof(msg));
		snprintf(full, sizeof(full), "pattern error at offset %zu: %s",
		         (size_t)erroff, (const char *)msg);
		return rule_error(lc, "%s", full);
	}
	/* No JIT on this platform: the interpreter runs, with the same limits. */
	(void)pcre2_jit_compile(r->code, PCRE2_JIT_COMPLETE);
	pcre2_pattern_info(r->code, PCRE2_INFO_CAPTURECOUNT, &r->capture_count);
	return 0;
}

/* Whether a form ends with a word character (then a match must end a word). */
static int ends_with_word(const char *s, size_t n)
{
	size_t j = n, k;

	while (j > 0 && ((unsigned char)s[j - 1] & 0xc0) == 0x80)
		j--;
	return j > 0 && errata__word_char_at((const unsigned char *)s, n, j - 1, &k);
}

/*
 * Literal forms are found by the shared word pass when every form starts
 * with a word character and whole words are wanted. Other rules compile
 * their forms into one pcre2 alternation (with the "followed_by" pattern
 * as a lookahead).
 */
static int compile_phrases(const load_ctx *lc, errata__rule *r, const char *followed_by)
{
	errata_buf b = ERRATA_BUF_INIT;
	uint32_t options = r->case_sensitive ? 0 : PCRE2_CASELESS;
	int error = 0;

	r->literal = r->whole_word;
	for (size_t i = 0; i < r->phrase_count; i++) {
		errata__phrase *p = &r->phrases[i];

		if (p->len == 0) {
			error = rule_error(lc, "%s", "an empty form");
			goto cleanup;
		}
		p->ends_word = ends_with_word(p->text, p->len);
		if (!is_word_start(p->text, p->len))
			r->literal = 0;
	}
	if (followed_by) {
		int errcode = 0;
		PCRE2_SIZE erroff = 0;

		r->after = pcre2_compile((PCRE2_SPTR)followed_by, PCRE2_ZERO_TERMINATED,
		                         options | PCRE2_UTF, &errcode, &erroff, NULL);
		if (!r->after) {
			PCRE2_UCHAR msg[256];
			char full[400];

			pcre2_get_error_message(errcode, msg, sizeof(msg));
			snprintf(full, sizeof(full), "'followed_by' pattern error at offset %zu: %s",
			         (size_t)erroff, (const char *)msg);
			error = rule_error(lc, "%s", full);
			goto cleanup;
		}
		/* not JIT-compiled: matched with PCRE2_ANCHORED (match.c), which the JIT does not take */
	}
	if (r->literal)
		goto cleanup;
	error = errata_buf_puts(&b, "(?:");
	for (size_t i = 0; i < r->phrase_count && !error; i++) {
		const errata__phrase *p = &r->phrases[i];

		if (i)
			error = errata_buf_putc(&b, '|');
		/* word boundaries only where the form starts or ends with a word */
		if (!error && r->whole_word && is_word_start(p->text, p->len))
			error = errata_buf_puts(&b, "(?<![\\w\\x{80}-\\x{10ffff}])");
		if (!error)
			error = put_escaped(&b, p->text, p->len);
		if (!error && r->whole_word && p->ends_word)
			error = errata_buf_puts(&b, "(?![\\w\\x{80}-\\x{10ffff}])");
	}
	if (!error)
		error = errata_buf_putc(&b, ')');
	if (!error && followed_by)
		error = errata_buf_printf(&b, "(?=(?:%s))", followed_by);
	if (!error)
		error = compile(lc, r, b.ptr, options);
cleanup:
	errata_buf_dispose(&b);
	return error;
}

static int parse_flags(const load_ctx *lc, const char *flags, uint32_t *out)
{
	*out = 0;
	for (const char *f = flags; f && *f; f++) {
		char one[2] = { *f, 0 };

		switch (*f) {
		case 'i': *out |= PCRE2_CASELESS; break;
		case 'm': *out |= PCRE2_MULTILINE; break;
		case 's': *out |= PCRE2_DOTALL; break;
		case 'x': *out |= PCRE2_EXTENDED; break;
		case 'u': *out |= PCRE2_UCP; break;
		default:
			return rule_error(lc, "unknown flag '%s' (use i, m, s, x, u)", one);
		}
	}
	return 0;
}

/* Check that a template names only groups the pattern has. */
static int check_template(const load_ctx *lc, const errata__rule *r,
                          const char *tpl, const char *field)
{
	char msg[300];

	for (const char *p = tpl; p && *p; p++) {
		if (*p != '$')
			continue;
		if (p[1] == '$') {
			p++;
		} else if (p[1] >= '0' && p[1] <= '9') {
			unsigned n = (unsigned)(p[1] - '0');

			if (p[2] >= '0' && p[2] <= '9') {
				n = n * 10 + (unsigned)(p[2] - '0');
				p++;
			}
			p++;
			if (n > r->capture_count) {
				snprintf(msg, sizeof(msg), "%s refers to group %u, the pattern has %u",
				         field, n, (unsigned)r->capture_count);
				return rule_error(lc, "%s", msg);
			}
		} else if (p[1] == '{') {
			const char *end = strchr(p + 2, '}');
			char name[64];
			size_t n;

			if (!end || (n = (size_t)(end - p - 2)) == 0 || n >= sizeof(name)) {
				snprintf(msg, sizeof(msg), "%s has a '${' without a name and '}'", field);
				return rule_error(lc, "%s", msg);
			}
			memcpy(name, p + 2, n);
			name[n] = '\0';
			if (strcmp(name, "suggestion") != 0 &&
			    (!r->code || pcre2_substring_number_from_name(r->code, (PCRE2_SPTR)name) < 0)) {
				snprintf(msg, sizeof(msg), "%s refers to an unknown group '%s'", field, name);
				return rule_error(lc, "%s", msg);
			}
			p = end;
		}
	}
	return 0;
}

static int load_strings(const load_ctx *lc, const cJSON *arr, const char *key,
                        errata__rule *r, int as_phrases)
{
	const cJSON *it;

	if (!cJSON_IsArray(arr) || cJSON_GetArraySize(arr) == 0)
		return rule_error(lc, "field '%s' must be a non-empty array of strings", key);
	cJSON_ArrayForEach(it, arr) {
		if (!cJSON_IsString(it) || !it->valuestring || !it->valuestring[0])
			return rule_error(lc, "field '%s' must be a non-empty array of strings", key);
		if (as_phrases) {
			int error = add_phrase(r, it->valuestring, NULL);

			if (error)
				return error;
		} else {
			char **p = realloc(r->ignore, (r->ignore_count + 1) * sizeof(*p));

			if (!p)
				return errata__oom();
			r->ignore = p;
			if (!(p[r->ignore_count] = errata__strdup(it->valuestring)))
				return errata__oom();
			r->ignore_count++;
		}
	}
	return 0;
}

static int load_map(const load_ctx *lc, const cJSON *obj, const char *key,
                    errata__rule *r)
{
	const cJSON *it;

	if (!cJSON_IsObject(obj) || !obj->child)
		return rule_error(lc, "field '%s' must be a non-empty object of strings", key);
	cJSON_ArrayForEach(it, obj) {
		int error;

		if (!cJSON_IsString(it) || !it->valuestring || !it->string[0])
			return rule_error(lc, "field '%s' must be a non-empty object of strings", key);
		if ((error = add_phrase(r, it->string, it->valuestring)))
			return error;
	}
	return 0;
}

static int load_substitution(const load_ctx *lc, const cJSON *obj, errata__rule *r)
{
	const cJSON *from = cJSON_GetObjectItemCaseSensitive(obj, "from");
	const cJSON *to = cJSON_GetObjectItemCaseSensitive(obj, "to");
	const cJSON *replace = cJSON_GetObjectItemCaseSensitive(obj, "replace");
	char *flags = NULL, *after = NULL;
	uint32_t options = 0;
	int error = 0;

	if ((error = get_bool(lc, obj, "case_sensitive", 1, &r->case_sensitive)) ||
	    (error = get_bool(lc, obj, "whole_word", 1, &r->whole_word)))
		goto cleanup;
	if (replace) {
		if (from || to) {
			error = rule_error(lc, "%s", "use either 'replace' or 'from' and 'to'");
			goto cleanup;
		}
		if (cJSON_GetObjectItemCaseSensitive(obj, "flags")) {
			error = rule_error(lc, "%s", "'flags' applies to a 'from' pattern only");
			goto cleanup;
		}
		if ((error = load_map(lc, replace, "replace", r)) ||
		    (error = get_string(lc, obj, "followed_by", 0, &after)))
			goto cleanup;
		error = compile_phrases(lc, r, after);
		goto cleanup;
	}
	if (!from) {
		error = rule_error(lc, "missing field '%s'", "from");
		goto cleanup;
	}
	if (!to) {
		error = rule_error(lc, "missing field '%s'", "to");
		goto cleanup;
	}
	if (cJSON_IsArray(from)) {
		if (!cJSON_IsString(to) || !to->valuestring) {
			error = rule_error(lc, "%s", "with a list 'from', 'to' must be a string");
			goto cleanup;
		}
		if (cJSON_GetObjectItemCaseSensitive(obj, "flags")) {
			error = rule_error(lc, "%s", "'flags' applies to a 'from' pattern only");
			goto cleanup;
		}
		if ((error = load_strings(lc, from, "from", r, 1)))
			goto cleanup;
		for (size_t i = 0; i < r->phrase_count; i++) {
			if (!(r->phrases[i].to = errata__strdup(to->valuestring))) {
				error = errata__oom();
				goto cleanup;
			}
		}
		if ((error = get_string(lc, obj, "followed_by", 0, &after)))
			goto cleanup;
		error = compile_phrases(lc, r, after);
		goto cleanup;
	}
	if (cJSON_GetObjectItemCaseSensitive(obj, "followed_by")) {
		error = rule_error(lc, "%s", "'followed_by' applies to a list of forms; end the 'from' pattern with a lookahead");
		goto cleanup;
	}
	if (!cJSON_IsString(from) || !from->valuestring || !from->valuestring[0]) {
		error = rule_error(lc, "%s", "field 'from' must be a pattern or a list of strings");
		goto cleanup;
	}
	if ((error = get_string(lc, obj, "flags", 0, &flags)) ||
	    (error = parse_flags(lc, flags, &options)))
		goto cleanup;
	if (!r->case_sensitive)
		options |= PCRE2_CASELESS;
	if ((error = compile(lc, r, from->valuestring, options)))
		goto cleanup;
	if (cJSON_IsString(to) && to->valuestring) {
		if (!(r->to = errata__strdup(to->valuestring))) {
			error = errata__oom();
			goto cleanup;
		}
		error = check_template(lc, r, r->to, "'to'");
	} else if (cJSON_IsObject(to)) {
		error = load_map(lc, to, "to", r);
	} else {
		error = rule_error(lc, "%s", "field 'to' must be a string or an object");
	}
cleanup:
	free(flags);
	free(after);
	return error;
}

/* Make room for n more rules in rs. */
static int reserve(errata__rules *rs, size_t n)
{
	size_t na = rs->alloc ? rs->alloc : 16;
	errata__rule **p;

	while (na < rs->count + n)
		na *= 2;
	if (na == rs->alloc)
		return 0;
	if (!(p = realloc(rs->rules, na * sizeof(*p))))
		return errata__oom();
	rs->rules = p;
	rs->alloc = na;
	return 0;
}

static int load_rule(errata__rules *rs, const char *path, const cJSON *obj, size_t index)
{
	char num[32];
	load_ctx lc = { path, num };
	errata__rule *r = NULL;
	char *type = NULL, *sev = NULL, *flags = NULL, *pattern = NULL;
	const cJSON *it;
	int error = 0;

	snprintf(num, sizeof(num), "#%zu", index + 1);
	if (!cJSON_IsObject(obj))
		return rule_error(&lc, "%s", "must be an object");
	if (!(r = calloc(1, sizeof(*r))))
		return errata__oom();
	r->preferred = -1;
	if ((error = get_string(&lc, obj, "id", 1, &r->id)))
		goto cleanup;
	lc.id = r->id;
	if (!valid_id(r->id)) {
		error = rule_error(&lc, "%s", "an id is letters, digits, '.', '-' and '_', not ending in '.'");
		goto cleanup;
	}
	for (size_t i = 0; i < rs->count; i++) {
		if (strcmp(rs->rules[i]->id, r->id) == 0) {
			error = rule_error(&lc, "duplicate id (first defined in %s)", rs->rules[i]->path);
			goto cleanup;
		}
	}
	if ((error = get_string(&lc, obj, "type", 1, &type)))
		goto cleanup;
	if (strcmp(type, "pattern") == 0)
		r->head.type = ERRATA__RULE_PATTERN;
	else if (strcmp(type, "substitution") == 0)
		r->head.type = ERRATA__RULE_SUBSTITUTION;
	else if (strcmp(type, "consistency") == 0)
		r->head.type = ERRATA__RULE_CONSISTENCY;
	else if (strcmp(type, "repeated-word") == 0)
		r->head.type = ERRATA__RULE_REPEATED;
	else {
		error = rule_error(&lc, "unknown type '%s' (use pattern, substitution, consistency or repeated-word)", type);
		goto cleanup;
	}
	cJSON_ArrayForEach(it, obj) {
		for (const cJSON *prev = obj->child; prev != it; prev = prev->next) {
			if (strcmp(prev->string, it->string) == 0) {
				error = rule_error(&lc, "field '%s' appears twice", it->string);
				goto cleanup;
			}
		}
		if (!field_allowed(r->head.type, it->string)) {
			int known = 0;

			for (size_t i = 0; rule_fields[i]; i++)
				known |= strcmp(rule_fields[i], it->string) == 0;
			error = rule_error(&lc, known ? "field '%s' does not apply to this type"
			                              : "unknown field '%s'", it->string);
			goto cleanup;
		}
	}
	r->head.default_severity = ERRATA_SEVERITY_WARNING;
	if ((error = get_string(&lc, obj, "severity", 0, &sev)))
		goto cleanup;
	if (sev && errata_severity_parse(sev, &r->head.default_severity) < 0) {
		error = rule_error(&lc, "unknown severity '%s' (use error, warning or info)", sev);
		goto cleanup;
	}
	if ((error = get_string(&lc, obj, "message", r->head.type == ERRATA__RULE_PATTERN, &r->message)) ||
	    (error = get_string(&lc, obj, "link", 0, &r->link)) ||
	    (error = get_string(&lc, obj, "summary", 0, &r->summary)) ||
	    (error = get_bool(&lc, obj, "enabled", 1, &r->head.default_enabled)))
		goto cleanup;

	switch (r->head.type) {
	case ERRATA__RULE_PATTERN: {
		uint32_t options = 0;

		if ((error = get_string(&lc, obj, "pattern", 1, &pattern)) ||
		    (error = get_string(&lc, obj, "flags", 0, &flags)) ||
		    (error = parse_flags(&lc, flags, &options)))
			goto cleanup;
		if (!pattern[0]) {
			error = rule_error(&lc, "%s", "an empty pattern");
			goto cleanup;
		}
		if ((error = compile(&lc, r, pattern, options)))
			break;
		/*
		 * A finding is a span of text: a pattern that can match the empty
		 * string would give zero-length findings wherever it fits ("x*",
		 * "\\b", "a|"). pcre2's shortest possible match says so before any
		 * article is read; a match that is empty all the same (a pattern
		 * of lookarounds) is passed over when the rule runs.
		 */
		{
			uint32_t min = 1;

			if (pcre2_pattern_info(r->code, PCRE2_INFO_MINLENGTH, &min) == 0 && min == 0)
				error = rule_error(&lc, "%s", "the pattern can match the empty string");
		}
		break;
	}
	case ERRATA__RULE_SUBSTITUTION:
		error = load_substitution(&lc, obj, r);
		break;
	case ERRATA__RULE_CONSISTENCY: {
		const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, "variants");
		char *pref = NULL;

		r->whole_word = 1;
		if (!v) {
			error = rule_error(&lc, "missing field '%s'", "variants");
			goto cleanup;
		}
		if ((error = get_bool(&lc, obj, "case_sensitive", 1, &r->case_sensitive)) ||
		    (error = load_strings(&lc, v, "variants", r, 1)))
			goto cleanup;
		if (r->phrase_count < 2) {
			error = rule_error(&lc, "%s", "'variants' needs at least two forms");
			goto cleanup;
		}
		if ((error = get_string(&lc, obj, "preferred", 0, &pref)))
			goto cleanup;
		if (pref) {
			for (size_t i = 0; i < r->phrase_count; i++)
				if (strcmp(r->phrases[i].text, pref) == 0)
					r->preferred = (long)i;
			if (r->preferred < 0)
				error = rule_error(&lc, "preferred form '%s' is not one of the variants", pref);
			free(pref);
			if (error)
				goto cleanup;
		}
		error = compile_phrases(&lc, r, NULL);
		break;
	}
	case ERRATA__RULE_REPEATED: {
		const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, "ignore");

		if ((error = get_bool(&lc, obj, "ignore_capitalized", 0, &r->ignore_capitalized)))
			goto cleanup;
		if (v)
			error = load_strings(&lc, v, "ignore", r, 0);
		r->capture_count = 1;
		break;
	}
	}
	if (error)
		goto cleanup;
	if (r->message && (error = check_template(&lc, r, r->message, "the message")))
		goto cleanup;
	if (!r->message) {
		const char *dflt =
			r->head.type == ERRATA__RULE_SUBSTITUTION ? "use \"${suggestion}\", not \"$0\"" :
			r->head.type == ERRATA__RULE_CONSISTENCY ?
				(r->preferred >= 0 ? "write \"${suggestion}\", the preferred form, not \"$0\""
				                   : "\"$0\" is written \"${suggestion}\" earlier in this article") :
			"repeated word \"$1\"";

		if (!(r->message = errata__strdup(dflt))) {
			error = errata__oom();
			goto cleanup;
		}
	}
	if (!r->summary && !(r->summary = errata__strdup(r->message))) {
		error = errata__oom();
		goto cleanup;
	}
	if (!(r->path = errata__strdup(path))) {
		error = errata__oom();
		goto cleanup;
	}
	if ((error = reserve(rs, 1)))
		goto cleanup;
	r->head.id = r->id;
	r->head.summary = r->summary;
	r->head.link = r->link;
	r->head.path = r->path;
	r->head.severity = r->head.default_severity;
	r->head.enabled = r->head.default_enabled;
	rs->rules[rs->count++] = r;
	r = NULL;
cleanup:
	rule_free(r);
	free(type);
	free(sev);
	free(flags);
	free(pattern);
	return error;
}

int errata__rules_load_buffer(errata__rules *rs, const char *path,
                              const char *data, size_t len)
{
	cJSON *root = NULL;
	const cJSON *it, *rules;
	size_t first = rs->count, index = 0;
	int error;

	if (rs->prepared)
		return errata__error(ERRATA_EUSAGE, "rules already prepared");
	if ((error = errata__json_parse(&root, path, data, len)))
		return error;
	if (!cJSON_IsObject(root)) {
		error = errata__error(ERRATA_EINVALID, "%s: a rule pack is a JSON object with \"rules\"", path);
		goto cleanup;
	}
	cJSON_ArrayForEach(it, root) {
		if (strcmp(it->string, "pack") && strcmp(it->string, "version") &&
		    strcmp(it->string, "rules") && strcmp(it->string, "description")) {
			error = errata__error(ERRATA_EINVALID, "%s: unknown key '%s'", path, it->string);
			goto cleanup;
		}
	}
	it = cJSON_GetObjectItemCaseSensitive(root, "pack");
	if (it && !cJSON_IsString(it)) {
		error = errata__error(ERRATA_EINVALID, "%s: \"pack\" must be a string", path);
		goto cleanup;
	}
	it = cJSON_GetObjectItemCaseSensitive(root, "version");
	if (it && (!cJSON_IsNumber(it) || it->valuedouble != 1)) {
		error = errata__error(ERRATA_EINVALID, "%s: unsupported pack version (this errata reads version 1)", path);
		goto cleanup;
	}
	rules = cJSON_GetObjectItemCaseSensitive(root, "rules");
	if (!cJSON_IsArray(rules)) {
		error = errata__error(ERRATA_EINVALID, "%s: missing \"rules\" (an array)", path);
		goto cleanup;
	}
	cJSON_ArrayForEach(it, rules) {
		if ((error = load_rule(rs, path, it, index++)))
			goto cleanup;
	}
cleanup:
	if (error) {
		/* All or nothing: drop what this file added. */
		while (rs->count > first)
			rule_free(rs->rules[--rs->count]);
	}
	cJSON_Delete(root);
	return error;
}

/*
 * Append to rs a copy of each rule of a shared pack (its reference,
 * which rs keeps, or releases on failure): the rules its file gives when
 * read in place, and the same error for an id rs already has.
 */
static int adopt(errata__rules *rs, const errata__rules *pack)
{
	const errata__rules **packs = NULL;
	size_t first = rs->count;
	int error = 0;

	for (size_t i = 0; i < pack->count && !error; i++)
		for (size_t j = 0; j < first && !error; j++)
			if (strcmp(rs->rules[j]->id, pack->rules[i]->id) == 0)
				error = errata__error(ERRATA_EINVALID,
				                      "%s: rule '%s': duplicate id (first defined in %s)",
				                      pack->rules[i]->path, pack->rules[i]->id,
				                      rs->rules[j]->path);
	if (!error && (error = reserve(rs, pack->count)) == 0 &&
	    !(packs = realloc(rs->packs, (rs->pack_count + 1) * sizeof(*packs))))
		error = errata__oom();
	if (packs)
		rs->packs = packs;
	for (size_t i = 0; i < pack->count && !error; i++) {
		errata__rule *r = malloc(sizeof(*r));

		if (!r) {
			error = errata__oom();
			break;
		}
		*r = *pack->rules[i];
		r->borrowed = 1;
		rs->rules[rs->count++] = r;
	}
	if (error) {
		while (rs->count > first)
			rule_free(rs->rules[--rs->count]);
		errata__tables_pack_release(pack);
		return error;
	}
	rs->packs[rs->pack_count++] = pack;
	return 0;
}

int errata__rules_load_file(errata__rules *rs, const char *path)
{
	const errata__rules *pack;
	char *data = NULL;
	size_t len = 0;
	int error;

	if ((error = errata__read_regular_file(path, (size_t)64 << 20, &data, &len)))
		return error;
	/* the file's rules as the process read them before, else read in
	 * place: a broken pack's error names its first fault as it always did */
	if (!rs->prepared && errata__tables_pack(&pack, path, data, len) == 0)
		error = adopt(rs, pack);
	else
		error = errata__rules_load_buffer(rs, path, data, len);
	free(data);
	return error;
}

static int compare_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int errata__rules_load_dir(errata__rules *rs, const char *dir, int missing_ok)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char **names = NULL;
	size_t count = 0, alloc = 0;
	int error = 0;

	if (!d) {
		if (errno == ENOENT && missing_ok)
			return 0;
		return errata__error(errno == ENOENT ? ERRATA_ENOTFOUND : ERRATA_EIO,
		                     "%s: cannot open rule folder: %s", dir, errata__strerror(errno));
	}
	while ((e = readdir(d))) {
		size_t n = strlen(e->d_name);

		if (n < 6 || e->d_name[0] == '.' || strcmp(e->d_name + n - 5, ".json") != 0)
			continue;
		if (count == alloc) {
			size_t na = alloc ? alloc * 2 : 8;
			char **p = realloc(names, na * sizeof(*p));

			if (!p) {
				error = errata__oom();
				goto cleanup;
			}
			names = p;
			alloc = na;
		}
		if (!(names[count] = malloc(strlen(dir) + n + 2))) {
			error = errata__oom();
			goto cleanup;
		}
		sprintf(names[count++], "%s/%s", dir, e->d_name);
	}
	if (count)
		qsort(names, count, sizeof(*names), compare_names);
	for (size_t i = 0; i < count && !error; i++)
		error = errata__rules_load_file(rs, names[i]);
cleanup:
	for (size_t i = 0; i < count; i++)
		free(names[i]);
	free(names);
	closedir(d);
	return error;
}
