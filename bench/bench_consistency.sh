#!/bin/sh
# bench_consistency.sh: accuracy and cost of the consistency checks
# (date.duration, date.range, date.relative, date.anniversary, number.age,
# facts.title) on a generated corpus (bench/gen_consistency.py: articles
# with these constructions injected, about half of them wrong, decoys
# around them, a fact sheet, and a sidecar errors.tsv of the wrong ones).
#
#   sh bench/bench_consistency.sh [ERRATA_BIN]      (make bench runs it)
#
# Prints, per check, the findings, true and false positives, precision and
# recall (a finding is right when its rule, file and line match an
# injected error), then the throughput of `errata check` with every check
# and with the six consistency checks disabled (text output, best wall
# time of 5 runs, one process), and with every check and JSON output. The corpus is cached in $ERRATA_BENCH_DIR (default
# build/bench) and rebuilt when the generator changes. Fails only if
# errata crashes or exits 2.
set -u
ROOT=${ERRATA_ROOT:-$(pwd)}
BIN=${1:-${ERRATA_BIN:-$ROOT/build/errata}}
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
DIR=${ERRATA_BENCH_DIR:-$ROOT/build/bench}
COUNT=${ERRATA_CONSISTENCY_COUNT:-2000}
CORPUS=$DIR/consistency-$COUNT
GEN=$ROOT/bench/gen_consistency.py

stamp=$(cksum <"$GEN" | cut -d' ' -f1)
if [ ! -f "$CORPUS/.stamp" ] || [ "$(cat "$CORPUS/.stamp")" != "$stamp" ]; then
	rm -rf "$CORPUS"
	python3 "$GEN" "$CORPUS" "$COUNT" || { echo "bench: corpus generation failed" >&2; exit 1; }
	echo "$stamp" >"$CORPUS/.stamp"
fi

exec python3 - "$BIN" "$CORPUS" <<'PYEOF'
import json, os, subprocess, sys, time

BIN, CORPUS = sys.argv[1], sys.argv[2]
RULES = ["date.duration", "date.range", "date.relative", "date.anniversary",
         "number.age", "facts.title"]

os.chdir(CORPUS)
folders = sorted(d for d in os.listdir(".") if os.path.isdir(d))
total = 0
for d in folders:
    for f in os.listdir(d):
        if f.endswith(".md"):
            total += os.path.getsize(os.path.join(d, f))

def run(extra, fmt="json"):
    t0 = time.perf_counter()
    p = subprocess.run([BIN, "check", "--format", fmt, "--facts", "facts.json"] + extra + folders,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    wall = time.perf_counter() - t0
    if p.returncode not in (0, 1):
        sys.stderr.write("bench: errata exited %d: %s\n" % (p.returncode, p.stderr.decode()[-400:]))
        sys.exit(1)
    return wall, p.stdout

def findings(node, out):
    """Every object with a rule and a path and a line, wherever the JSON keeps them."""
    if isinstance(node, dict):
        if "rule" in node and "path" in node and "line" in node:
            out.append(node)
        for v in node.values():
            findings(v, out)
    elif isinstance(node, list):
        for v in node:
            findings(v, out)
    return out

injected = {}
with open("errors.tsv") as f:
    next(f)
    for line in f:
        path, l, rule, text = line.rstrip("\n").split("\t")
        injected[(os.path.normpath(path), int(l), rule)] = text

wall_on, out = run([])
try:
    doc = json.loads(out)
except ValueError:
    # one JSON document per line
    doc = [json.loads(l) for l in out.decode().splitlines() if l.strip()]
found = findings(doc, [])
stats = {r: [0, 0] for r in RULES}   # tp, fp
hit = set()
fps = []
for f in found:
    r = f["rule"]
    if r not in stats:
        continue
    key = (os.path.normpath(f["path"]), int(f["line"]), r)
    if key in injected:
        stats[r][0] += 1
        hit.add(key)
    else:
        stats[r][1] += 1
        fps.append("%s:%s: %s [%s]" % (key[0], key[1], f.get("message", ""), r))

print("corpus: %d articles, %.1f MB, %d injected errors" % (
    sum(len([x for x in os.listdir(d) if x.endswith(".md")]) for d in folders), total / 1e6, len(injected)))
print("%-17s %9s %9s %5s %5s %10s %7s" % ("check", "injected", "findings", "tp", "fp", "precision", "recall"))
for r in RULES:
    tp, fp = stats[r]
    inj = sum(1 for k in injected if k[2] == r)
    prec = 100.0 * tp / (tp + fp) if tp + fp else 100.0
    rec = 100.0 * len([k for k in hit if k[2] == r]) / inj if inj else 100.0
    print("%-17s %9d %9d %5d %5d %9.1f%% %6.1f%%" % (r, inj, tp + fp, tp, fp, prec, rec))
for line in fps[:5]:
    print("  false positive: " + line)
for k in sorted(set(injected) - hit)[:5]:
    print("  missed: %s:%d %s \"%s\"" % (k[0], k[1], k[2], injected[k]))

off = []
for r in RULES:
    off += ["--disable", r]
best_on = min(run([], "text")[0] for _ in range(5))
best_off = min(run(off, "text")[0] for _ in range(5))
best_json = min([wall_on] + [run([])[0] for _ in range(4)])
print("throughput (text output, the default): %.1f MB/s with every check, %.1f MB/s without the"
      " consistency checks (%.0f%% of the time)"
      % (total / 1e6 / best_on, total / 1e6 / best_off, 100.0 * (best_on - best_off) / best_on if best_on else 0))
print("throughput with --format json: %.1f MB/s with every check" % (total / 1e6 / best_json))
PYEOF
