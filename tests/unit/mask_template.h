/*
 * mask_template.h: the template notation the masking tests share. In a
 * template, text between ⟦ and ⟧ is what the loader must mask: expand()
 * turns the template into the expected prose view (masked bytes become
 * spaces, line breaks stay), so a test states the source and its prose in
 * one string. Include after <cmocka.h>.
 */
#ifndef ERRATA_TEST_MASK_TEMPLATE_H
#define ERRATA_TEST_MASK_TEMPLATE_H

#include <stdlib.h>
#include <string.h>

#define OPEN "\xe2\x9f\xa6"   /* ⟦ */
#define CLOSE "\xe2\x9f\xa7"  /* ⟧ */

/* Expand a ⟦masked⟧ template into the prose it stands for (free() it). */
static char *expand(const char *tpl)
{
	char *out = malloc(strlen(tpl) + 1), *o = out;
	int masked = 0;

	assert_non_null(out);
	while (*tpl) {
		if (!strncmp(tpl, OPEN, 3) || !strncmp(tpl, CLOSE, 3)) {
			masked = !strncmp(tpl, OPEN, 3);
			tpl += 3;
			continue;
		}
		*o++ = masked && *tpl != '\n' && *tpl != '\r' ? ' ' : *tpl;
		tpl++;
	}
	*o = '\0';
	return out;
}

#endif
