#!/bin/sh
# bench_accuracy.sh: precision and recall of the date checks on text the
# project did not write, first, then on a generated corpus shaped unlike
# the checks (bench/gen_context.py).
#
#   sh bench/bench_accuracy.sh [ERRATA_BIN]      (make bench runs it)
#
# 1. Real published sentences (../shared/real/sentences.jsonl) and other
#    checkers' test sentences (../shared/conformance/date-cases.jsonl),
#    through scripts/conformance.py's runner: per rule, a case that wants
#    the rule and gets it on its span is a true positive, one that wants
#    it and does not get it a miss, and a finding of the rule on a case
#    that does not want it a false alarm. Languages without a locale
#    table are counted apart. $ERRATA_SHARED names the shared folder
#    (default ../shared); a set that is not there is skipped.
# 2. The context corpus: 1,000 Markdown articles (ERRATA_CONTEXT_COUNT)
#    with bylines and datelines instead of front matter, dates in
#    history, key-date lists under "next"/"coming" headings, all-caps
#    listings, tables, numeric dates, ranges whose weekdays name the end
#    and day lists, with the planted errors in errors.tsv; a finding is
#    right when its rule is the error's and it starts inside the error's
#    span. Cached in $ERRATA_BENCH_DIR (default build/bench), rebuilt when
#    the generator changes. Also its speed, one process on one core.
# Fails only if errata crashes or exits 2.
set -u
ROOT=${ERRATA_ROOT:-$(pwd)}
BIN=${1:-${ERRATA_BIN:-$ROOT/build/errata}}
case $BIN in /*) ;; *) BIN=$(pwd)/$BIN ;; esac
DIR=${ERRATA_BENCH_DIR:-$ROOT/build/bench}
COUNT=${ERRATA_CONTEXT_COUNT:-1000}
CORPUS=$DIR/context-$COUNT
GEN=$ROOT/bench/gen_context.py
SHARED=${ERRATA_SHARED:-$ROOT/../shared}

stamp=$(cksum <"$GEN" | cut -d' ' -f1)
if [ ! -f "$CORPUS/.stamp" ] || [ "$(cat "$CORPUS/.stamp")" != "$stamp" ]; then
	rm -rf "$CORPUS"
	python3 "$GEN" "$CORPUS" "$COUNT" >/dev/null || { echo "bench: context corpus generation failed" >&2; exit 1; }
	echo "$stamp" >"$CORPUS/.stamp"
fi

exec python3 - "$BIN" "$CORPUS" "$SHARED" "$ROOT" <<'PYEOF'
import json, os, re, subprocess, sys, time

BIN, CORPUS, SHARED, ROOT = sys.argv[1:5]
sys.path.insert(0, os.path.join(ROOT, "scripts"))
import conformance  # noqa: E402  (the runner of scripts/conformance.py)

RULES = ["date.weekday", "date.invalid", "date.duration"]


def pr(tp, fp, fn):
    p = 100.0 * tp / (tp + fp) if tp + fp else 100.0
    r = 100.0 * tp / (tp + fn) if tp + fn else 100.0
    return p, r


def score_set(path, label):
    if not os.path.isfile(path):
        print("%s: skipped (%s is not there)" % (label, path))
        return
    with open(path, encoding="utf-8") as f:
        cases = [json.loads(line) for line in f if line.strip()]
    counted = lambda r: r.startswith("date.")
    stats = {r: [0, 0, 0] for r in RULES}       # tp, fp, fn
    no_table, ok_alarms, failed = {}, 0, 0
    for case in cases:
        findings, err = conformance.run_case(BIN, case, counted)
        if findings is None:
            if conformance.NO_TABLE in err:
                no_table[case["lang"]] = no_table.get(case["lang"], 0) + 1
                continue
            sys.stderr.write("bench: %s: %s\n" % (case["id"], err))
            sys.exit(1)
        want = conformance.WANT_RULE.get(case["expect"], case["expect"])
        if not conformance.verdict_ok(case, findings):
            failed += 1
        for r in RULES:
            got = [f for f in findings if f.get("rule") == r]
            if want == r:
                if any(conformance.overlaps(case, f) for f in got):
                    stats[r][0] += 1
                else:
                    stats[r][2] += 1
            elif got:
                stats[r][1] += 1
        if case["expect"] == "ok" and findings:
            ok_alarms += 1
    judged = len(cases) - sum(no_table.values())
    print("%s: %d cases, %d judged (%d right), %d without a locale table%s"
          % (label, len(cases), judged, judged - failed, sum(no_table.values()),
             " (" + ", ".join("%s %d" % kv for kv in sorted(no_table.items())) + ")"
             if no_table else ""))
    for r in RULES:
        tp, fp, fn = stats[r]
        if tp + fp + fn == 0:
            continue
        p, rc = pr(tp, fp, fn)
        print("  %-13s wanted %3d  found %3d  false alarms %2d  precision %5.1f%%  recall %5.1f%%"
              % (r, tp + fn, tp, fp, p, rc))
    print("  false alarms on correct sentences: %d" % ok_alarms)


score_set(os.path.join(SHARED, "real", "sentences.jsonl"), "real sentences")
score_set(os.path.join(SHARED, "conformance", "date-cases.jsonl"), "conformance cases")

# the context corpus
injected = []
with open(os.path.join(CORPUS, "errors.tsv"), encoding="utf-8") as f:
    next(f)
    for line in f:
        path, l1, c1, l2, c2, kind, text = line.rstrip("\n").split("\t")
        injected.append((path, int(l1), int(c1), int(c2), kind))
sizes = []
for folder, _, files in os.walk(CORPUS):
    for name in files:
        if name.endswith(".md"):
            sizes.append(os.path.getsize(os.path.join(folder, name)))
out = os.path.join(CORPUS, "..", "context-output.txt")
os.chdir(CORPUS)
best = None
for _ in range(3):
    with open(out, "wb") as o:
        t0 = time.perf_counter()
        p = subprocess.run([BIN, "check", "."], stdout=o, stderr=subprocess.PIPE)
        wall = time.perf_counter() - t0
    if p.returncode not in (0, 1):
        sys.stderr.write("bench: errata exited %d: %s\n" % (p.returncode, p.stderr.decode()[-400:]))
        sys.exit(1)
    best = wall if best is None else min(best, wall)
KIND_RULE = {"weekday": "date.weekday", "invalid": "date.invalid"}
finding_re = re.compile(r"^(.*?):(\d+):(\d+): (error|warning|info): (.*) \[([^\]]+)\]$")
by_path = {}
for i, (path, line, c1, c2, kind) in enumerate(injected):
    by_path.setdefault(path, []).append((line, c1, c2, KIND_RULE[kind], i))
hit, stats, fps = set(), {r: [0, 0] for r in KIND_RULE.values()}, []
with open(out, encoding="utf-8", errors="replace") as f:
    for line in f:
        m = finding_re.match(line.rstrip("\n"))
        if not m or m.group(6) not in stats:
            continue
        path = m.group(1)[2:] if m.group(1).startswith("./") else m.group(1)
        ln, col, rule = int(m.group(2)), int(m.group(3)), m.group(6)
        match = [i for l, c1, c2, r, i in by_path.get(path, [])
                 if r == rule and l == ln and c1 <= col <= c2]
        if match:
            stats[rule][0] += 1
            hit.update(match)
        else:
            stats[rule][1] += 1
            fps.append(line.rstrip("\n"))
mb = sum(sizes) / 1e6
print("context corpus: %d articles, %.1f MB, %d planted errors; %.1f MB/s (best wall time of 3)"
      % (len(sizes), mb, len(injected), mb / best if best else 0.0))
for kind, rule in KIND_RULE.items():
    ids = [i for i, x in enumerate(injected) if x[4] == kind]
    found = len([i for i in ids if i in hit])
    tp, fp = stats[rule]
    p, r = pr(tp, fp, len(ids) - found)
    print("  %-13s planted %4d  found %4d  false alarms %3d  precision %5.1f%%  recall %5.1f%%"
          % (rule, len(ids), found, fp, p, r))
for line in fps[:5]:
    print("  false alarm: " + line)
missed = [injected[i] for i in range(len(injected)) if i not in hit]
for path, line, c1, c2, kind in missed[:5]:
    print("  missed: %s:%d:%d %s" % (path, line, c1, kind))
PYEOF
