/*
 * jsonscan.c: finding a member of a JSON object in its text without
 * parsing the members before it. Parsing a whole locale table with cJSON
 * costs about a hundred instructions a byte, most of them allocating a
 * node for every value; stepping over a value costs a few. A reader that
 * needs a few members of a large table parses those alone, and the whole
 * text only when this scan cannot tell (see jsonscan.h).
 */
#include "jsonscan.h"

#include <string.h>

static size_t json_space(const char *s, size_t len, size_t i)
{
	while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
		i++;
	return i;
}

/* The bytes a scan stops at: 1 in a string ('"', '\\'), 2 in an object or array. */
static const unsigned char stop[256] = {
	['"'] = 3, ['\\'] = 1, ['{'] = 2, ['}'] = 2, ['['] = 2, [']'] = 2,
};

/* The end of the JSON string that opens at s[i], past its closing quote; 0 if it does not close. */
static size_t json_string_end(const char *s, size_t len, size_t i)
{
	for (i++; i < len; i++) {
		if (!(stop[(unsigned char)s[i]] & 1))
			continue;
		if (s[i] == '\\')
			i++;
		else
			return i + 1;
	}
	return 0;
}

/*
 * The end of the JSON value at s[i]: a string, an object or an array with
 * all it holds, a number or a literal. 0 if it cannot be told.
 */
static size_t json_value_end(const char *s, size_t len, size_t i)
{
	int depth = 0;

	if (i >= len)
		return 0;
	if (s[i] == '"')
		return json_string_end(s, len, i);
	if (s[i] != '{' && s[i] != '[') {
		while (i < len && s[i] != ',' && s[i] != '}' && s[i] != ']' && s[i] != ' ' &&
		       s[i] != '\t' && s[i] != '\n' && s[i] != '\r')
			i++;
		return i;
	}
	for (; i < len; i++) {
		if (!(stop[(unsigned char)s[i]] & 2))
			continue;
		if (s[i] == '"') {
			size_t e = json_string_end(s, len, i);

			if (!e)
				return 0;
			i = e - 1;
		} else if (s[i] == '{' || s[i] == '[') {
			depth++;
		} else if (--depth == 0) {
			return i + 1;
		}
	}
	return 0;
}

/*
 * Whether a member's name, as written between its quotes, is its name:
 * no escape, and no control byte (which JSON forbids there, and which
 * cJSON keeps, ending the name it compares at a NUL).
 */
static int plain_key(const char *k, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (k[i] == '\\' || (unsigned char)k[i] < 0x20)
			return 0;
	return 1;
}

int errata__json_member(const char *s, size_t len, const char *key, const char **value)
{
	size_t i = json_space(s, len, 0), klen = strlen(key);

	*value = NULL;
	if (i >= len || s[i] != '{')
		return -1;
	for (i = json_space(s, len, i + 1); i < len && s[i] == '"'; ) {
		size_t ke = json_string_end(s, len, i), v;

		if (!ke || !plain_key(s + i + 1, ke - i - 2))
			return -1;
		v = json_space(s, len, ke);
		if (v >= len || s[v] != ':')
			return -1;
		v = json_space(s, len, v + 1);
		if (ke - i - 2 == klen && memcmp(s + i + 1, key, klen) == 0) {
			*value = s + v;
			return 1;
		}
		if (!(i = json_value_end(s, len, v)))
			return -1;
		i = json_space(s, len, i);
		if (i < len && s[i] == '}')
			return 0;
		if (i >= len || s[i] != ',')
			return -1;
		i = json_space(s, len, i + 1);
	}
	return i < len && s[i] == '}' ? 0 : -1;
}
