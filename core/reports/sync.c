/* sync.c: exchanging reports between clones. */
#include "reports/reports.h"

int errata_reports_sync(errata_repo *repo, const char *remote,
                        const errata_report_options *opts,
                        int *fetched, int *pushed)
{
	(void)repo; (void)remote; (void)opts; (void)fetched; (void)pushed;
	return errata__error(ERRATA_ERROR, "sync: not available yet");
}
