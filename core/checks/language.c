/*
 * language.c: date.language, an article whose language has no locale
 * table. Its dates cannot be read, so every date check is skipped for it
 * (the rule packs still run); this info finding says so instead of
 * staying silent. It is the one check that runs only without a locale
 * (see without_locale in check.h). The language can only come from the
 * article itself (front matter `lang:`, `<html lang>`): a language named
 * by --lang or .errata.json must have a table, or errata refuses to start.
 */
#include <string.h>

#include "checks/check.h"
#include "common.h"

/*
 * Where the article names its language: the first `lang` key (`lang: es`,
 * `lang="es"`) followed by the code. Returns the code's offset and sets
 * *n to its length; *n is 0 when the text does not show it.
 */
static size_t code_at(const char *text, size_t len, const char *code, size_t *n)
{
	size_t cl = strlen(code);

	*n = 0;
	for (const char *p = text; cl && (p = memchr(p, 'l', (size_t)(text + len - p))) != NULL; p++) {
		size_t i = (size_t)(p - text) + 4;

		if ((size_t)(p - text) + 4 > len || memcmp(p, "lang", 4) != 0)
			continue;
		while (i < len && (text[i] == ' ' || text[i] == '\t'))
			i++;
		if (i >= len || (text[i] != ':' && text[i] != '='))
			continue;
		i++;
		while (i < len && (text[i] == ' ' || text[i] == '\t' || text[i] == '"' || text[i] == '\''))
			i++;
		if (i + cl <= len && memcmp(text + i, code, cl) == 0) {
			*n = cl;
			return i;
		}
	}
	return 0;
}

static int language_run(const errata_check_ctx *ctx)
{
	errata_buf msg = ERRATA_BUF_INIT;
	const char *lang = ctx->lang ? ctx->lang : "";
	size_t len = 0, n, at;
	const char *text = errata_doc_text(ctx->doc, &len);
	int error;

	at = text ? code_at(text, len, lang, &n) : 0;
	if (!text)
		n = 0;
	error = errata_buf_printf(&msg, "no locale table for language '%s': the dates of this "
	                          "article are not checked (rules/locales/ has the tables)", lang);
	if (!error)
		error = errata__check_report(ctx, at, n, msg.ptr, NULL, 0);
	errata_buf_dispose(&msg);
	return error;
}

const errata_check errata__check_language = {
	"date.language", ERRATA_SEVERITY_INFO,
	"an article in a language without a locale table, whose dates are not checked",
	NULL, language_run, 1
};
