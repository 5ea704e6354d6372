#!/usr/bin/env python3
"""Evaluate errata's date checks on a file of conformance cases.

Each line of the cases file is a JSON object with at least `id`, `lang`,
`text`, `year_context` (a year or null) and `expect` (`mismatch`,
`invalid-date` or `ok`). For every case this runs

    build/errata check --format json --lang LANG [--date YEAR-07-01] -

with the text on standard input and compares the findings with `expect`:
`mismatch` needs a `date.weekday` finding, `invalid-date` a `date.invalid`
finding, and `ok` no `date.*` finding at all. It prints the counts per
language and in total, and the ids of the failing cases. It is an
evaluation, not a test: it exits 0 whatever the score (2 when it cannot
run at all).

usage: scripts/conformance.py [CASES.jsonl] [--errata PATH] [--verbose]
"""
import argparse
import collections
import json
import os
import subprocess
import sys

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WANT_RULE = {"mismatch": "date.weekday", "invalid-date": "date.invalid"}


def run_case(errata, case):
    cmd = [errata, "check", "--format", "json", "--lang", case["lang"]]
    if case.get("year_context"):
        cmd += ["--date", "%04d-07-01" % int(case["year_context"])]
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
    rules = [f.get("rule", "") for f in doc.get("findings", [])]
    return [r for r in rules if r.startswith("date.")], ""


def verdict_ok(expect, rules):
    if expect == "ok":
        return not rules
    return WANT_RULE[expect] in rules


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("cases", nargs="?",
                    default=os.path.join(TOP, "..", "shared", "conformance",
                                         "date-cases.jsonl"))
    ap.add_argument("--errata", default=os.path.join(TOP, "build", "errata"))
    ap.add_argument("--verbose", action="store_true",
                    help="print the findings of every failing case")
    args = ap.parse_args()

    try:
        with open(args.cases, encoding="utf-8") as f:
            cases = [json.loads(line) for line in f if line.strip()]
    except (OSError, ValueError) as exc:
        print("conformance: cannot read %s: %s" % (args.cases, exc), file=sys.stderr)
        return 2
    if not os.access(args.errata, os.X_OK):
        print("conformance: %s is not built (run make)" % args.errata, file=sys.stderr)
        return 2

    passed = collections.Counter()
    total = collections.Counter()
    failing = []
    for case in cases:
        lang = case["lang"]
        total[lang] += 1
        rules, err = run_case(args.errata, case)
        if rules is not None and verdict_ok(case["expect"], rules):
            passed[lang] += 1
            continue
        got = err if rules is None else (",".join(rules) or "no date finding")
        failing.append((case["id"], case["expect"], got, case["text"]))

    for lang in sorted(total):
        print("%-4s %3d/%-3d" % (lang, passed[lang], total[lang]))
    print("all  %3d/%-3d" % (sum(passed.values()), sum(total.values())))
    if failing:
        print("failing:")
        for cid, expect, got, text in failing:
            if args.verbose:
                print("  %s: expected %s, got %s: %s" % (cid, expect, got, text))
            else:
                print("  %s (expected %s, got %s)" % (cid, expect, got))
    return 0


if __name__ == "__main__":
    sys.exit(main())
