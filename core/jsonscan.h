/*
 * core/jsonscan.h: where a member of a JSON object starts in its text,
 * found by stepping over the members before it without parsing them
 * (jsonscan.c), for the readers of large tables that need a few members.
 */
#ifndef ERRATA_CORE_JSONSCAN_H
#define ERRATA_CORE_JSONSCAN_H

#include <stddef.h>

/*
 * The member `key` of the object that the JSON text s (len bytes) is:
 * 1 with *value at the start of its value (the first member of that name,
 * as cJSON's look-ups see it); 0 when the object plainly has no such
 * member; -1 when the text does not show it plainly (not an object, a
 * key written with an escape or a control byte before it, anything
 * unexpected): then parse the whole text. The values stepped over are
 * not checked as JSON.
 */
int errata__json_member(const char *s, size_t len, const char *key, const char **value);

#endif
