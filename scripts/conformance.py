#!/usr/bin/env python3
"""Evaluate errata's date checks on a file of conformance cases.

Each line of the cases file is a JSON object with at least `id`, `lang`,
`text`, `year_context` and `expect` (`mismatch`, `invalid-date` or `ok`).
`year_context` is null, a year (the article is taken to be dated July 1
of that year, and date.relative findings, which compare with the
article's own day, are not counted) or an article date "YYYY-MM-DD". For every case this runs

    build/errata check --format json --lang LANG [--date DATE] -

with the text on standard input and compares the findings with `expect`:
`mismatch` needs a `date.weekday` finding (or `date.weekday_day`, for a
weekday written with a day and no month), `invalid-date` a `date.invalid`
finding, and `ok` no finding of the rules that count (every `date.*`
rule unless --rules names some). When a case gives `span`, the wanted
finding must also overlap the first place that text occurs in `text`.

A case whose language has no locale table yet is reported under "no
table" and never fails --strict. `--known FILE` names the cases known to
fail, one per line: the case id, white space, and the reason (`#` starts
a comment line); they count as failing but do not fail --strict, and one that
passes is reported so that the list can shrink.

Optional fields: `category` (the counts are also printed per category),
`known` (why a case is known to fail: it is counted, but --strict lets
it pass, and --tap marks it TODO) and `claims`, the calendar facts the sentence states, each
"Wkd YYYY-MM-DD" or "- YYYY-MM-DD" ("????" for a year not judged), or
for a weekday with a day and no month "Wkd DAY near|before|after|will|this|next|ahead|back|within ANCHOR..."
(an ANCHOR "YYYY-MM" is a month named before the day, which is read in it)
(the readings of README's rule, wrong when the weekday fits none of them;
a side word between anchors holds for the anchors after it);
--verify recomputes `expect` from them with Python's calendar and reports
any case whose `expect` disagrees, without running errata.

It is an evaluation: it exits 0 whatever the score (2 when it cannot run
at all), unless --strict is given, when any failing case exits 1. --tap
prints one TAP line per case instead of the summary.

--lang auto runs every case with errata's own choice of language instead
of the case's `lang`, to measure that choice.

usage: scripts/conformance.py [CASES.jsonl] [--errata PATH] [--rules LIST] [--lang L]
                              [--known FILE] [--verify] [--strict] [--tap]
                              [--verbose]
"""
import argparse
import collections
import datetime
import json
import os
import subprocess
import sys

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WANT_RULE = {"mismatch": "date.weekday", "invalid-date": "date.invalid"}
WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


# Checks that need the article's exact day, not only its year (a weekday
# with a day and no month is read near the article's day).
DAY_RULES = {"date.relative", "date.weekday_day"}


def is_bare_year(ctx):
    return isinstance(ctx, int) or (isinstance(ctx, str) and ctx.isdigit())


def date_option(ctx):
    """The --date value for a year_context, or None."""
    if ctx is None or ctx == "":
        return None
    if isinstance(ctx, int) or (isinstance(ctx, str) and ctx.isdigit()):
        return "%04d-07-01" % int(ctx)
    datetime.date.fromisoformat(ctx)      # raises ValueError when malformed
    return ctx


NO_TABLE = "no locale table for language"


def read_known(path):
    """The known failures of a --known file: {case id: reason}."""
    known = {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            parts = line.split(None, 1)
            if len(parts) < 2:
                raise ValueError("%s:%d: a known failure needs a reason" % (path, n))
            known[parts[0]] = parts[1]
    return known


def run_case(errata, case, counted, lang=None):
    cmd = [errata, "check", "--format", "json", "--lang", lang or case["lang"]]
    date = date_option(case.get("year_context"))
    if date:
        cmd += ["--date", date]
    cmd.append("-")
    proc = subprocess.run(cmd, input=case["text"].encode("utf-8"),
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          timeout=30, check=False)
    if proc.returncode not in (0, 1):
        return None, proc.stderr.decode("utf-8", "replace").strip()
    try:
        doc = json.loads(proc.stdout.decode("utf-8"))
    except ValueError as exc:
        return None, "unreadable JSON output: %s" % exc
    # A bare year gives the article a year, not a day: July 1 stands in for
    # the day, so a check that compares with the article's own day
    # ("today, Wednesday, November 12") has nothing true to compare with.
    day_unknown = is_bare_year(case.get("year_context"))
    return [f for f in doc.get("findings", []) if counted(f.get("rule", ""))
            and not (day_unknown and f.get("rule") in DAY_RULES)], ""


def overlaps(case, finding):
    """Whether a finding overlaps the case's expected span (in bytes)."""
    span = case.get("span")
    if not span:
        return True
    text = case["text"]
    at = text.find(span)
    if at < 0:
        return False
    start = len(text[:at].encode("utf-8"))
    end = start + len(span.encode("utf-8"))
    off = finding.get("offset", -1)
    return off < end and off + finding.get("length", 0) > start


def verdict_ok(case, findings):
    expect = case["expect"]
    if expect == "ok":
        return not findings
    rule = WANT_RULE.get(expect, expect)
    # a weekday written with a day and no month has its own rule
    rules = (rule, "date.weekday_day") if rule == "date.weekday" else (rule,)
    return any(f.get("rule") in rules and overlaps(case, f) for f in findings)


def month_add(year, month, k):
    """The year and month k months after year-month."""
    n = year * 12 + month - 1 + k
    return n // 12, n % 12 + 1


def day_readings(day, anchor, side):
    """The dates a day number written without its month may be read as,
    near the reference date anchor (README, "A weekday with a day and no
    month"): the day in the anchor's month and the months either side
    (side "before": on or before the anchor only, "after": on or after),
    the nearest first; that one alone when it lies in the week after the
    anchor; when it lies in the week before, those on or after the anchor
    stay too (side "will", a future verb earlier in the sentence, reads
    the same now). Side "this" or "next" ("this month", "next month"
    after the day) is the anchor's month or the one after, alone; side
    "ahead" (the article's date, for a day in a later sentence than its
    reference) the first such day on or after the anchor, alone; side
    "back" (the article's date, for a day in a later sentence than a
    reference still to come) the last such day on or before it; side
    "within" (the day before it in its paragraph) those of "near" that
    lie within 31 days of the anchor. An
    anchor "YYYY-MM" is a month named before the day ("in October, on
    Tuesday the 12th"): the day in that month."""
    if len(anchor) == 7:
        try:
            return [datetime.date(int(anchor[:4]), int(anchor[5:]), day)]
        except ValueError:
            return []
    a = datetime.date.fromisoformat(anchor)
    if side == "back":
        for k in range(3):
            y, m = month_add(a.year, a.month, -k - (day > a.day))
            try:
                return [datetime.date(y, m, day)]
            except ValueError:
                continue
        return []
    if side == "ahead":
        for k in range(3):
            y, m = month_add(a.year, a.month, k + (day < a.day))
            try:
                return [datetime.date(y, m, day)]
            except ValueError:
                continue
        return []
    if side in ("this", "next"):
        y, m = month_add(a.year, a.month, 1 if side == "next" else 0)
        try:
            return [datetime.date(y, m, day)]
        except ValueError:
            return []
    found = []
    for k in (-1, 0, 1):
        y, m = month_add(a.year, a.month, k)
        try:
            d = datetime.date(y, m, day)
        except ValueError:
            continue
        if (side == "before" and d > a) or (side == "after" and d < a):
            continue
        if side == "within" and abs((d - a).days) > 31:
            continue
        found.append(d)
    found.sort(key=lambda d: (abs((d - a).days), d))
    if found and abs((found[0] - a).days) <= 7:
        if found[0] < a:
            return found[:1] + [d for d in found[1:] if d >= a]
        return found[:1]
    return found


def calendar_verdict(claims):
    """The verdict the stated calendar facts call for."""
    invalid = mismatch = False
    for claim in claims:
        if len(claim.split()) >= 4:
            # "Tue 14 near 2026-12-10 [more anchors]": a weekday and a day
            # without month, wrong only when it fits none of the readings
            # a side word between anchors holds for those after it
            wd, day, side, *anchors = claim.split()
            dates = []
            for a in anchors:
                if a[0].isdigit():
                    dates += day_readings(int(day), a, side)
                else:
                    side = a
            if dates and all(WEEKDAYS[d.weekday()] != wd for d in dates):
                mismatch = True
            continue
        wd, iso = claim.split()
        y, m, d = iso.split("-")
        try:
            # a year not judged: wrong only if wrong in every year (2000 is leap)
            date = datetime.date(2000 if y == "????" else int(y), int(m), int(d))
        except ValueError:
            invalid = True
            continue
        if y != "????" and wd != "-" and WEEKDAYS[date.weekday()] != wd:
            mismatch = True
    return "invalid-date" if invalid else "mismatch" if mismatch else "ok"


def verify(cases):
    bad = 0
    for case in cases:
        if "claims" not in case:
            continue
        got = calendar_verdict(case["claims"])
        if got != case["expect"]:
            print("%s: expect %s but the calendar says %s" % (case["id"], case["expect"], got))
            bad += 1
        span = case.get("span")
        if case["expect"] != "ok" and (not span or span not in case["text"]):
            print("%s: the span is missing or not in the text" % case["id"])
            bad += 1
    print("verified %d cases, %d wrong" % (len(cases), bad))
    return 1 if bad else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("cases", nargs="?",
                    default=os.path.join(TOP, "..", "shared", "conformance",
                                         "date-cases.jsonl"))
    ap.add_argument("--errata", default=os.path.join(TOP, "build", "errata"))
    ap.add_argument("--rules", default="",
                    help="comma-separated rules that count (default: every date.* rule)")
    ap.add_argument("--known", default="",
                    help="a file of case ids known to fail, each with its reason")
    ap.add_argument("--verify", action="store_true",
                    help="check each case's expect against its claims and exit")
    ap.add_argument("--strict", action="store_true", help="exit 1 when a case fails")
    ap.add_argument("--tap", action="store_true", help="print one TAP line per case")
    ap.add_argument("--lang", default=None,
                    help="run every case with this --lang (e.g. auto) instead of its own")
    ap.add_argument("--verbose", action="store_true",
                    help="print the findings of every failing case")
    args = ap.parse_args()
    sys.stdout.reconfigure(encoding="utf-8", errors="backslashreplace")

    try:
        with open(args.cases, encoding="utf-8") as f:
            cases = [json.loads(line) for line in f if line.strip()]
        for case in cases:
            date_option(case.get("year_context"))
    except (OSError, ValueError) as exc:
        print("conformance: cannot read %s: %s" % (args.cases, exc), file=sys.stderr)
        return 2
    try:
        known = read_known(args.known) if args.known else {}
    except (OSError, ValueError) as exc:
        print("conformance: cannot read %s: %s" % (args.known, exc), file=sys.stderr)
        return 2
    for case in cases:
        if case["id"] in known and not case.get("known"):
            case["known"] = known[case["id"]]
    if args.verify:
        return verify(cases)
    if not os.access(args.errata, os.X_OK):
        print("conformance: %s is not built (run make)" % args.errata, file=sys.stderr)
        return 2
    wanted = [r for r in args.rules.split(",") if r]
    counted = (lambda r: r in wanted) if wanted else (lambda r: r.startswith("date."))

    groups = {"lang": (collections.Counter(), collections.Counter()),
              "category": (collections.Counter(), collections.Counter())}
    failing = []
    no_table = collections.Counter()
    fixed = []
    for n, case in enumerate(cases, 1):
        findings, err = run_case(args.errata, case, counted, args.lang)
        good = findings is not None and verdict_ok(case, findings)
        if findings is None and NO_TABLE in err:
            # a language errata has no table for yet: reported, not failed
            no_table[case["lang"]] += 1
            case["known"] = case.get("known") or "no locale table for '%s'" % case["lang"]
        if good and case.get("known") and case["id"] in known:
            fixed.append(case["id"])
        for key, (passed, total) in groups.items():
            if key in case:
                total[case[key]] += 1
                passed[case[key]] += good
        if args.tap:
            todo = " # TODO %s" % case["known"] if case.get("known") else ""
            print("%s %d - %s (%s)%s" % ("ok" if good else "not ok", n, case["id"],
                                          case["expect"], todo))
        if good:
            continue
        if findings is None:
            got = err
        else:
            got = ", ".join("%s at %r" % (f.get("rule"), f.get("text")) for f in findings) \
                or "no date finding"
        failing.append((case["id"], case["expect"], got, case["text"], case.get("known")))
        if args.tap:
            print("# expected %s, got %s: %s" % (case["expect"], got, case["text"]))

    if args.tap:
        print("1..%d" % len(cases))
    else:
        for key in ("lang", "category"):
            passed, total = groups[key]
            if key == "category" and not total:
                continue
            for name in sorted(total):
                print("%-10s %3d/%-3d" % (name, passed[name], total[name]))
        print("%-10s %3d/%-3d" % ("all", sum(groups["lang"][0].values()), len(cases)))
        if no_table:
            print("no table:  %d cases (%s)" % (sum(no_table.values()), ", ".join(
                "%s %d" % kv for kv in sorted(no_table.items()))))
        with_table = [c for c in cases if c["lang"] not in no_table]
        print("%-10s %3d/%-3d" % ("tabled", sum(groups["lang"][0][c] for c in
                                               set(x["lang"] for x in with_table)),
                                  len(with_table)))
        unknown = [f for f in failing if not f[4]]
        print("failing and not known: %d" % len(unknown))
        for cid in fixed:
            print("passes now (remove it from the known list): %s" % cid)
        if failing:
            print("failing:")
            for cid, expect, got, text, known in failing:
                if known:
                    got += " (known: %s)" % known
                if args.verbose:
                    print("  %s: expected %s, got %s: %s" % (cid, expect, got, text))
                else:
                    print("  %s (expected %s, got %s)" % (cid, expect, got))
    return 1 if args.strict and any(not f[4] for f in failing) else 0


if __name__ == "__main__":
    sys.exit(main())
