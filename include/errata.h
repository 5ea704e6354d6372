/*
 * errata.h: the public API of liberrata, the fact-checking and
 * correction-tracking engine behind the errata program. Include this one
 * header; each module's functions are documented in its own header under
 * errata/.
 */
#ifndef ERRATA_H
#define ERRATA_H

#include "errata/common.h"
#include "errata/doc.h"
#include "errata/dates.h"
#include "errata/findings.h"
#include "errata/checker.h"
#include "errata/output.h"
#include "errata/repo.h"
#include "errata/history.h"
#include "errata/reports.h"
#include "errata/diff.h"
#include "errata/fix.h"
#include "errata/serve.h"
#include "errata/pool.h"

#endif
