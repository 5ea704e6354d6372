/* corrections.c: the correction log. */
#include "reports/reports.h"

int errata_corrections_write(errata_buf *out, errata_repo *repo, const char *path,
                             errata_corrections_format fmt)
{
	(void)out; (void)repo; (void)path; (void)fmt;
	return errata__error(ERRATA_ERROR, "not yet");
}
