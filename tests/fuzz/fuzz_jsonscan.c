/*
 * fuzz_jsonscan.c: libFuzzer target for errata__json_member() (jsonscan.h),
 * which steps over a JSON object's members to the one it is asked for
 * without parsing them. The first byte picks a key, the rest is the text.
 * Against cJSON on the same text: where cJSON parses the whole text as an
 * object, the scan must not say a member is missing that cJSON finds
 * (0), and a member it finds (1) must be cJSON's, the same value parsed
 * from where the scan points. On any text, a value it points at lies
 * inside the text.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cjson/cJSON.h>

#include "jsonscan.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const keys[] = { "detect", "lang", "months", "weekdays", "cjk", "a", "" };

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *key, *value = NULL, *text;
	cJSON *root, *want, *got;
	size_t len;
	int found;

	if (size < 1)
		return 0;
	key = keys[data[0] % (sizeof(keys) / sizeof(keys[0]))];
	text = (const char *)data + 1;
	len = size - 1;
	found = errata__json_member(text, len, key, &value);
	if (found < -1 || found > 1 || (found == 1) != (value != NULL))
		abort();
	if (found == 1 && (value < text || value > text + len))
		abort();
	root = cJSON_ParseWithLength(text, len);
	if (!cJSON_IsObject(root)) {
		cJSON_Delete(root);
		return 0;
	}
	want = cJSON_GetObjectItemCaseSensitive(root, key);
	if (found == 0 && want)
		abort();
	if (found == 1) {
		const char *end = NULL;

		if (!want)
			abort();
		got = cJSON_ParseWithLengthOpts(value, len - (size_t)(value - text), &end, 0);
		if (!got || !cJSON_Compare(got, want, 1))
			abort();
		cJSON_Delete(got);
	}
	cJSON_Delete(root);
	return 0;
}
