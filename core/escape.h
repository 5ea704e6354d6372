/*
 * core/escape.h: escaping text for HTML and XML (the corrections page and
 * feed, the server's pages): & < > " and ' become entities.
 */
#ifndef ERRATA_CORE_ESCAPE_H
#define ERRATA_CORE_ESCAPE_H

#include <stddef.h>
#include "errata/common.h"

int errata__html_put(errata_buf *out, const char *s);   /* NULL: nothing */
int errata__html_putn(errata_buf *out, const char *s, size_t len);

#endif
