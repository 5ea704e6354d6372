/*
 * report.c: how a built-in check reports a finding. The pipeline sets the
 * running check's rule id and effective severity in the context; the
 * check only says where, what and what to write instead.
 */
#include "checks/check.h"

int errata__check_report(const errata_check_ctx *ctx, size_t offset,
                         size_t length, const char *message,
                         const char *const *suggestions,
                         size_t suggestion_count)
{
	return errata_findings_add(ctx->out, ctx->doc, ctx->rule, ctx->severity,
	                           offset, length, message, suggestions,
	                           suggestion_count);
}
