/*
 * entities.c: HTML character references.
 *
 * Numeric references (&#8211; and &#x2013;) and a table of the named ones
 * that news text actually uses. A reference is decoded in place: the
 * character's UTF-8 goes where the '&' was and the rest of the reference
 * becomes spaces, so offsets do not move. A no-break space reads as a plain
 * space. Anything not recognised (an unknown name, a missing ';', a code
 * point that is not a character) is left exactly as written.
 */
#include "common.h"
#include "text/text.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
	const char *name;
	uint32_t cp;
} entity;

/* Sorted by name (byte order) for bsearch. */
static const entity named[] = {
	{ "Aacute", 0xc1 }, { "Acirc", 0xc2 }, { "Agrave", 0xc0 },
	{ "Aring", 0xc5 }, { "Auml", 0xc4 }, { "Ccedil", 0xc7 },
	{ "Dagger", 0x2021 }, { "Eacute", 0xc9 }, { "Ecirc", 0xca },
	{ "Egrave", 0xc8 }, { "Iacute", 0xcd }, { "Ntilde", 0xd1 },
	{ "OElig", 0x152 }, { "Oacute", 0xd3 }, { "Oslash", 0xd8 },
	{ "Ouml", 0xd6 }, { "Prime", 0x2033 }, { "Scaron", 0x160 },
	{ "Uacute", 0xda }, { "Uuml", 0xdc }, { "Zcaron", 0x17d },
	{ "aacute", 0xe1 }, { "acirc", 0xe2 }, { "acute", 0xb4 }, { "aelig", 0xe6 },
	{ "agrave", 0xe0 }, { "amp", 0x26 }, { "apos", 0x27 }, { "aring", 0xe5 },
	{ "atilde", 0xe3 }, { "auml", 0xe4 }, { "bdquo", 0x201e },
	{ "bull", 0x2022 }, { "ccedil", 0xe7 }, { "cedil", 0xb8 }, { "cent", 0xa2 },
	{ "copy", 0xa9 }, { "dagger", 0x2020 }, { "darr", 0x2193 }, { "deg", 0xb0 },
	{ "divide", 0xf7 }, { "eacute", 0xe9 }, { "ecirc", 0xea },
	{ "egrave", 0xe8 }, { "emsp", 0x2003 }, { "ensp", 0x2002 },
	{ "euml", 0xeb }, { "euro", 0x20ac }, { "frac12", 0xbd },
	{ "frac14", 0xbc }, { "frac34", 0xbe }, { "gt", 0x3e }, { "harr", 0x2194 },
	{ "hellip", 0x2026 }, { "iacute", 0xed }, { "icirc", 0xee },
	{ "iexcl", 0xa1 }, { "igrave", 0xec }, { "iquest", 0xbf }, { "iuml", 0xef },
	{ "laquo", 0xab }, { "larr", 0x2190 }, { "ldquo", 0x201c },
	{ "lsaquo", 0x2039 }, { "lsquo", 0x2018 }, { "lt", 0x3c }, { "macr", 0xaf },
	{ "mdash", 0x2014 }, { "micro", 0xb5 }, { "middot", 0xb7 },
	{ "minus", 0x2212 }, { "nbsp", 0x20 }, { "ndash", 0x2013 }, { "not", 0xac },
	{ "ntilde", 0xf1 }, { "oacute", 0xf3 }, { "ocirc", 0xf4 },
	{ "oelig", 0x153 }, { "ograve", 0xf2 }, { "ordf", 0xaa }, { "ordm", 0xba },
	{ "oslash", 0xf8 }, { "otilde", 0xf5 }, { "ouml", 0xf6 }, { "para", 0xb6 },
	{ "permil", 0x2030 }, { "plusmn", 0xb1 }, { "pound", 0xa3 },
	{ "prime", 0x2032 }, { "quot", 0x22 }, { "raquo", 0xbb },
	{ "rarr", 0x2192 }, { "rdquo", 0x201d }, { "reg", 0xae },
	{ "rsaquo", 0x203a }, { "rsquo", 0x2019 }, { "sbquo", 0x201a },
	{ "scaron", 0x161 }, { "sect", 0xa7 }, { "shy", 0xad }, { "sup1", 0xb9 },
	{ "sup2", 0xb2 }, { "sup3", 0xb3 }, { "szlig", 0xdf }, { "thinsp", 0x2009 },
	{ "times", 0xd7 }, { "trade", 0x2122 }, { "uacute", 0xfa },
	{ "uarr", 0x2191 }, { "ucirc", 0xfb }, { "ugrave", 0xf9 }, { "uml", 0xa8 },
	{ "uuml", 0xfc }, { "yacute", 0xfd }, { "yen", 0xa5 }, { "yuml", 0xff },
	{ "zcaron", 0x17e }, { "zwj", 0x200d }, { "zwnj", 0x200c },
};

#define NAME_MAX_LEN 8

static int entity_cmp(const void *key, const void *elem)
{
	return strcmp(key, ((const entity *)elem)->name);
}

static int hex_value(unsigned char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c |= 0x20;
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

size_t errata__entity_decode(const char *p, size_t i, size_t n,
                             char out[4], size_t *outlen)
{
	size_t j = i + 1, len = 0;
	uint32_t cp = 0;

	if (j >= n)
		return 0;
	if (p[j] == '#') {
		int hex = 0, digits = 0;

		j++;
		if (j < n && (p[j] == 'x' || p[j] == 'X')) {
			hex = 1;
			j++;
		}
		while (j < n && digits < 8) {
			int d = hex ? hex_value((unsigned char)p[j])
			            : (p[j] >= '0' && p[j] <= '9' ? p[j] - '0' : -1);

			if (d < 0)
				break;
			cp = cp * (hex ? 16 : 10) + (uint32_t)d;
			digits++;
			j++;
		}
		if (!digits || j >= n || p[j] != ';')
			return 0;
		if (cp == 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ||
		    cp < 0x20 || (cp >= 0x7f && cp < 0xa0))
			return 0;
	} else {
		char name[NAME_MAX_LEN + 1];
		const entity *e;

		while (j < n && errata__is_alnum((unsigned char)p[j]) && j - i - 1 < NAME_MAX_LEN)
			j++;
		if (j == i + 1 || j >= n || p[j] != ';')
			return 0;
		memcpy(name, p + i + 1, j - i - 1);
		name[j - i - 1] = '\0';
		e = bsearch(name, named, sizeof(named) / sizeof(named[0]), sizeof(named[0]),
		            entity_cmp);
		if (!e)
			return 0;
		cp = e->cp;
	}
	if (cp == 0xa0)
		cp = ' ';
	len = j + 1 - i;
	*outlen = errata__utf8_encode(cp, out);
	if (*outlen > len)
		return 0;
	return len;
}

void errata__entities_decode(char *prose, size_t n)
{
	char *p = prose, *end = prose + n;

	while (p < end && (p = memchr(p, '&', (size_t)(end - p))) != NULL) {
		size_t at = (size_t)(p - prose), olen = 0, len;
		char out[4];

		len = errata__entity_decode(prose, at, n, out, &olen);
		if (len) {
			memcpy(prose + at, out, olen);
			memset(prose + at + olen, ' ', len - olen);
			p = prose + at + len;
		} else {
			p++;
		}
	}
}
