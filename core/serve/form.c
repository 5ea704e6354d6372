/*
 * form.c: the decoding of application/x-www-form-urlencoded bodies
 * (with libmicrohttpd's unescaping).
 */
#include "serve/http.h"
#include "serve/mhd.h"

#include <stdlib.h>
#include <string.h>

/* Decode one key or value: '+' is a space, then %XX; *nul is set for a %00. */
static char *decode(const errata__mhd_api *mhd, const char *s, size_t len, int *nul)
{
	char *d = malloc(len + 1);
	size_t n;

	if (!d)
		return NULL;
	for (size_t i = 0; i < len; i++)
		d[i] = s[i] == '+' ? ' ' : s[i];
	d[len] = '\0';
	n = mhd->http_unescape(d);
	d[n] = '\0';
	if (strlen(d) != n)
		*nul = 1;
	return d;
}

int errata__form_parse(errata__form *f, const char *data, size_t len)
{
	const errata__mhd_api *mhd = errata__mhd();
	size_t i = 0, n = 1;
	int nul = 0;

	memset(f, 0, sizeof(*f));
	if (!mhd)
		return ERRATA_ENOTFOUND;
	for (size_t k = 0; k < len; k++)
		n += data[k] == '&';
	if (!(f->keys = calloc(n, sizeof(char *))) || !(f->vals = calloc(n, sizeof(char *)))) {
		errata__form_dispose(f);
		return errata__oom();
	}
	while (i < len) {
		size_t end = i, eq;
		char *k, *v;

		while (end < len && data[end] != '&')
			end++;
		for (eq = i; eq < end && data[eq] != '='; eq++)
			;
		if (end > i) {
			k = decode(mhd, data + i, eq - i, &nul);
			v = decode(mhd, eq < end ? data + eq + 1 : "", eq < end ? end - eq - 1 : 0, &nul);
			if (!k || !v) {
				free(k);
				free(v);
				errata__form_dispose(f);
				return errata__oom();
			}
			f->keys[f->count] = k;
			f->vals[f->count] = v;
			f->count++;
		}
		i = end + 1;
	}
	if (nul) {
		errata__form_dispose(f);
		return errata__error(ERRATA_EINVALID, "a form field holds a NUL byte (%%00)");
	}
	return 0;
}

const char *errata__form_get(const errata__form *f, const char *key)
{
	for (size_t i = 0; i < f->count; i++)
		if (strcmp(f->keys[i], key) == 0)
			return f->vals[i];
	return NULL;
}

void errata__form_dispose(errata__form *f)
{
	for (size_t i = 0; i < f->count; i++) {
		free(f->keys[i]);
		free(f->vals[i]);
	}
	free(f->keys);
	free(f->vals);
	memset(f, 0, sizeof(*f));
}
