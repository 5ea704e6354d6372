/*
 * auth.c: editors and CSRF. The editors file holds one `NAME:HASH` line
 * per editor (blank lines and lines starting with '#' are skipped), HASH
 * being crypt(3) output of the editor's password or bearer token
 * (`errata serve --hash-password NAME` prints such a line). A request
 * authenticates with `Authorization: Basic` (name and password, as a
 * browser asks for them) or `Authorization: Bearer SECRET`. The file is
 * read at each request, so an editor added or removed counts at once.
 * Every editor form carries a CSRF token: an HMAC-SHA256 of the editor's
 * name under a key drawn at start. HMAC, SHA-256 and base64 come from
 * libcrypto, which errata_server_start() loads before the server answers
 * anything (libcrypto.h).
 */
#include "serve/http.h"
#include "libcrypto.h"

#include <crypt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int errata_server_hash_secret(const char *secret, char **out)
{
	struct crypt_data *cd = calloc(1, sizeof(*cd));
	char *salt = NULL;
	const char *h;
	int error = 0;

	*out = NULL;
	if (!cd)
		return errata__oom();
	if (!(salt = crypt_gensalt_ra(NULL, 0, NULL, 0))) {
		error = errata__error(ERRATA_ERROR, "crypt: cannot make a salt");
		goto cleanup;
	}
	h = crypt_r(secret, salt, cd);
	if (!h || h[0] == '*') {
		error = errata__error(ERRATA_ERROR, "crypt: cannot hash the password");
		goto cleanup;
	}
	if (!(*out = errata__strdup(h)))
		error = errata__oom();
cleanup:
	free(salt);
	free(cd);
	return error;
}

/* Constant-time equality of two NUL-terminated strings. */
static int same(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	unsigned char d = la != lb;

	for (size_t i = 0; i < la && i < lb; i++)
		d |= (unsigned char)(a[i] ^ b[i]);
	return d == 0;
}

static int secret_matches(const char *secret, const char *hash)
{
	struct crypt_data *cd = calloc(1, sizeof(*cd));
	const char *h;
	int ok = 0;

	if (!cd)
		return 0;
	h = crypt_r(secret, hash, cd);
	ok = h && h[0] != '*' && same(h, hash);
	free(cd);
	return ok;
}

/*
 * Look for the editor: by name and password (name != NULL) or by token
 * alone. 1 and the name in `found` when one matches.
 */
static int check_file(const char *file, const char *name, const char *secret,
                      char *found, size_t size)
{
	FILE *f = fopen(file, "r");
	char line[1024];
	int ok = 0;

	if (!f)
		return -1;
	while (!ok && fgets(line, sizeof(line), f)) {
		char *colon;

		line[strcspn(line, "\r\n")] = '\0';
		if (!line[0] || line[0] == '#' || !(colon = strchr(line, ':')))
			continue;
		*colon = '\0';
		if (name && strcmp(name, line) != 0)
			continue;
		if (secret_matches(secret, colon + 1)) {
			snprintf(found, size, "%s", line);
			ok = 1;
		}
	}
	fclose(f);
	return ok;
}

static void unauthorized(errata__req *r, const char *message)
{
	r->www_authenticate = 1;
	errata__reply_page(r, 401, "Editors only", message);
}

const char *errata__editor_auth(errata__req *r, char *name, size_t size)
{
	const char *h = errata__req_header(r, "Authorization");
	int ok = 0;

	if (!r->srv->cfg.editors) {
		errata__reply_page(r, 403, "Editors only",
		                   "<h1>Editors only</h1>\n<p>This server has no editors file: set "
		                   "<code>\"editors\"</code> in its config.</p>\n");
		return NULL;
	}
	if (h && strncasecmp(h, "Bearer ", 7) == 0 && h[7]) {
		ok = check_file(r->srv->cfg.editors, NULL, h + 7, name, size);
	} else if (h && strncasecmp(h, "Basic ", 6) == 0) {
		EVP_ENCODE_CTX *b64 = EVP_ENCODE_CTX_new();
		size_t inlen = strlen(h + 6);
		char *cred = inlen < 4096 ? calloc(1, inlen + 1) : NULL, *colon;
		int n = 0, m = 0;

		if (b64)
			EVP_DecodeInit(b64);
		if (cred && b64 &&
		    EVP_DecodeUpdate(b64, (unsigned char *)cred, &n, (const unsigned char *)h + 6, (int)inlen) >= 0 &&
		    EVP_DecodeFinal(b64, (unsigned char *)cred + n, &m) == 1) {
			size_t outlen = (size_t)n + (size_t)m;

			cred[outlen] = '\0';
			if ((colon = strchr(cred, ':')) && strlen(cred) == outlen) {
				*colon = '\0';
				ok = check_file(r->srv->cfg.editors, cred, colon + 1, name, size);
			}
		}
		free(cred);
		EVP_ENCODE_CTX_free(b64);
	}
	if (ok < 0) {
		errata__reply_page(r, 503, "Editors only",
		                   "<h1>Editors only</h1>\n<p>The editors file cannot be read.</p>\n");
		return NULL;
	}
	if (!ok) {
		unauthorized(r, "<h1>Editors only</h1>\n<p>Sign in with your editor name and password, "
		             "or send <code>Authorization: Bearer TOKEN</code>.</p>\n");
		return NULL;
	}
	return name;
}

void errata__csrf_token(errata_server *srv, const char *editor, char out[65])
{
	unsigned char mac[32];
	unsigned int n = 0;

	memset(mac, 0, sizeof(mac));
	HMAC(EVP_sha256(), srv->key, (int)sizeof(srv->key), (const unsigned char *)editor, strlen(editor),
	     mac, &n);
	for (size_t i = 0; i < sizeof(mac); i++)
		snprintf(out + 2 * i, 3, "%02x", mac[i]);
}

int errata__csrf_check(errata_server *srv, const char *editor, const char *token)
{
	char want[65];

	if (!token)
		return 0;
	errata__csrf_token(srv, editor, want);
	return same(want, token);
}
