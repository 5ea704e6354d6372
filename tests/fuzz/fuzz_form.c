/*
 * fuzz_form.c: libFuzzer target for the server's form decoding. Any input
 * either decodes into fields that are NUL-terminated and no longer than
 * the input, or is refused as invalid (a %00); HTML-escaping each value
 * leaves no markup character.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "serve/http.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	errata__form f;
	errata_buf b = ERRATA_BUF_INIT;
	int error = errata__form_parse(&f, (const char *)data, size);

	if (error == ERRATA_EINVALID)
		return 0;
	if (error < 0)
		abort();
	for (size_t i = 0; i < f.count; i++) {
		if (strlen(f.keys[i]) > size || strlen(f.vals[i]) > size)
			abort();
		errata_buf_clear(&b);
		if (errata__html_put(&b, f.vals[i]) < 0)
			abort();
		if (b.ptr && strpbrk(b.ptr, "<>\"'"))
			abort();
	}
	errata_buf_dispose(&b);
	errata__form_dispose(&f);
	return 0;
}
