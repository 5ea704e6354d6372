#!/usr/bin/python3
"""Validate a SARIF log against the OASIS SARIF 2.1.0 JSON schema.

usage: sarif_validate.py FILE

The schema is looked up as shared/schemas/sarif-schema-2.1.0.json beside
the repository top (../shared/schemas/ from the top), then beside each
folder above it; $ERRATA_SARIF_SCHEMA names it directly. Exit status:
0 valid, 1 invalid (each problem printed), 77 the schema or the jsonschema
module is not available (the caller reports a skip).

The schema is used as published: check_schema() is not called, because
the upstream file has two known defects (a misplaced anyOf under region,
and a "(?i)" pattern that Python's re rejects, on "language", which
errata never writes).
"""
import json
import os
import sys

SKIP = 77


def find_schema():
    env = os.environ.get("ERRATA_SARIF_SCHEMA")
    if env:
        return env if os.path.isfile(env) else None
    top = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    folder = os.path.dirname(top)
    while True:
        path = os.path.join(folder, "shared", "schemas", "sarif-schema-2.1.0.json")
        if os.path.isfile(path):
            return path
        parent = os.path.dirname(folder)
        if parent == folder:
            return None
        folder = parent


def semantic_problems(log):
    """What the schema cannot say: ruleIndex must point at ruleId."""
    problems = []
    for r, run in enumerate(log.get("runs", [])):
        rules = run.get("tool", {}).get("driver", {}).get("rules", [])
        for i, res in enumerate(run.get("results", [])):
            idx = res.get("ruleIndex")
            if idx is None:
                continue
            if idx >= len(rules) or rules[idx].get("id") != res.get("ruleId"):
                problems.append("runs[%d].results[%d]: ruleIndex %d does not name rule %r"
                                % (r, i, idx, res.get("ruleId")))
    return problems


def main(argv):
    if len(argv) != 2:
        print("usage: sarif_validate.py FILE", file=sys.stderr)
        return 2
    schema_path = find_schema()
    if not schema_path:
        print("skip: SARIF 2.1.0 schema not found", file=sys.stderr)
        return SKIP
    try:
        import jsonschema
    except ImportError:
        print("skip: python3 jsonschema is not installed", file=sys.stderr)
        return SKIP
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    try:
        with open(argv[1], encoding="utf-8") as f:
            log = json.load(f)
    except (OSError, ValueError) as e:
        print("%s: not JSON: %s" % (argv[1], e))
        return 1
    validator = jsonschema.validators.validator_for(schema)(schema)
    problems = []
    for err in sorted(validator.iter_errors(log), key=lambda e: list(e.path)):
        where = "/".join(str(p) for p in err.absolute_path) or "(top)"
        problems.append("%s: %s" % (where, err.message))
    problems += semantic_problems(log)
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
