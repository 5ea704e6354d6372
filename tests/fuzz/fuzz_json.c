/*
 * fuzz_json.c: libFuzzer target for JSON as errata reads it from others
 * (strict: no text after the value, no duplicate key, no \u0000) and as
 * it writes it for others. A value that parses is printed again, hardened
 * for CI logs and for HTML <script>: the result must be valid UTF-8 and
 * hold no "##[" (and, for HTML, no '<', '>' or '&'), and it must still
 * parse. The raw input, written with errata_buf_put_safe(), must hold no
 * control byte, no "##[" and no leading "::".
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cjson/cJSON.h>

#include "common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int utf8_ok(const char *s, size_t n)
{
	for (size_t i = 0; i < n;) {
		uint32_t cp;
		size_t k = errata__utf8_decode((const unsigned char *)s + i, n - i, &cp);

		if (!k)
			return 0;
		i += k;
	}
	return 1;
}

static void harden_check(const cJSON *root, int html)
{
	errata_buf b = ERRATA_BUF_INIT;
	char *printed = cJSON_PrintUnformatted(root);
	cJSON *again;

	if (!printed)
		return;
	errata_buf_puts(&b, "x");
	errata_buf_puts(&b, printed);
	cJSON_free(printed);
	if (errata__json_harden(&b, 1, html) < 0)
		goto done;
	if (!utf8_ok(b.ptr, b.size) || strstr(b.ptr, "##["))
		abort();
	if (html && strpbrk(b.ptr, "<>&"))
		abort();
	if (!(again = cJSON_ParseWithLength(b.ptr + 1, b.size - 1)))
		abort();
	cJSON_Delete(again);
done:
	errata_buf_dispose(&b);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	cJSON *root = NULL;
	errata_buf b = ERRATA_BUF_INIT;

	if (errata__json_parse(&root, "fuzz.json", (const char *)data, size) == 0) {
		harden_check(root, 0);
		harden_check(root, 1);
		cJSON_Delete(root);
	} else if (!errata_error_last()[0]) {
		abort();
	}
	if (errata_buf_put_safe_len(&b, (const char *)data, size) == 0 && b.ptr) {
		size_t lead = 0;

		for (size_t i = 0; i < b.size; i++)
			if ((unsigned char)b.ptr[i] < 0x20 || b.ptr[i] == 0x7f)
				abort();
		if (strstr(b.ptr, "##[") || !utf8_ok(b.ptr, b.size))
			abort();
		while (lead < b.size && b.ptr[lead] == ' ')
			lead++;
		if (b.size - lead >= 2 && b.ptr[lead] == ':' && b.ptr[lead + 1] == ':')
			abort();
	}
	errata_buf_dispose(&b);
	return 0;
}
