#!/bin/sh
# bench_check.sh: speed, peak memory and accuracy of `errata check` with
# the default rules on a generated corpus (bench/gen_corpus.py: 10,000
# news articles of 3-8 KB, a quarter of them with injected date errors).
#
#   sh bench/bench_check.sh [ERRATA_BIN]      (make bench runs it)
#
# Reports MB/s (10^6 bytes) and articles/s for one process on one core
# (errata is single-threaded; best wall time of 3 runs), peak resident
# memory for the whole corpus and for a tenth of it (they should match:
# memory follows the largest article, not the corpus), and the recall and
# precision of the date checks on the injected errors. The corpus is
# cached in $ERRATA_BENCH_DIR (default build/bench) and rebuilt when the
# generator changes. Fails only if errata crashes or exits 2.
set -u
ROOT=${ERRATA_ROOT:-$(pwd)}
BIN=${1:-${ERRATA_BIN:-$ROOT/build/errata}}
DIR=${ERRATA_BENCH_DIR:-$ROOT/build/bench}
COUNT=${ERRATA_BENCH_COUNT:-10000}
CORPUS=$DIR/corpus-$COUNT
GEN=$ROOT/bench/gen_corpus.py

stamp=$(cksum <"$GEN" | cut -d' ' -f1)
if [ ! -f "$CORPUS/.stamp" ] || [ "$(cat "$CORPUS/.stamp")" != "$stamp" ]; then
	rm -rf "$CORPUS"
	python3 "$GEN" "$CORPUS" "$COUNT" >/dev/null || { echo "bench: corpus generation failed" >&2; exit 1; }
	echo "$stamp" >"$CORPUS/.stamp"
fi

exec python3 - "$BIN" "$CORPUS" <<'PYEOF'
import os, re, subprocess, sys, json

BIN, CORPUS = sys.argv[1], sys.argv[2]

# Each measurement runs in a fresh Python process, so that its
# RUSAGE_CHILDREN peak belongs to that one errata run alone.
CHILD = r'''
import resource, subprocess, sys, time, json
out = open(sys.argv[1], "wb")
t0 = time.perf_counter()
p = subprocess.run(sys.argv[2:], stdout=out, stderr=subprocess.PIPE)
wall = time.perf_counter() - t0
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"rc": p.returncode, "wall": wall, "cpu": ru.ru_utime + ru.ru_stime,
                  "maxrss_kb": ru.ru_maxrss, "stderr": p.stderr.decode("utf-8", "replace")[-400:]}))
'''

def measure(args, outfile):
    r = subprocess.run([sys.executable, "-c", CHILD, outfile, BIN] + args,
                       stdout=subprocess.PIPE, check=True)
    m = json.loads(r.stdout)
    if m["rc"] not in (0, 1):
        sys.stderr.write("bench: errata exited %d: %s\n" % (m["rc"], m["stderr"]))
        sys.exit(1)
    return m

sizes, count = [], 0
for folder, _, files in os.walk(CORPUS):
    for f in files:
        if f.endswith(".md"):
            sizes.append(os.path.getsize(os.path.join(folder, f)))
total = sum(sizes)
injected = []
with open(os.path.join(CORPUS, "errors.tsv")) as f:
    next(f)
    for line in f:
        path, l1, c1, l2, c2, kind, text = line.rstrip("\n").split("\t")
        injected.append((path, (int(l1), int(c1)), (int(l2), int(c2)), kind))

out = os.path.join(CORPUS, "..", "check-output.txt")
os.chdir(CORPUS)
runs = [measure(["check", "."], out) for _ in range(3)]
best = min(runs, key=lambda m: m["wall"])
tenth = sorted(d for d in os.listdir(".") if os.path.isdir(d))[:max(1, len([d for d in os.listdir(".") if os.path.isdir(d)]) // 10)]
small = measure(["check"] + tenth, os.devnull)
small_count = sum(1 for d in tenth for f in os.listdir(d) if f.endswith(".md"))

finding_re = re.compile(r"^(.*?):(\d+):(\d+): (error|warning|info): (.*) \[([^\]]+)\]$")
by_path = {}
for i, (path, start, end, kind) in enumerate(injected):
    by_path.setdefault(path, []).append((start, end, i))
hit = set()
tp = fp = 0
other = {}
with open(out, encoding="utf-8", errors="replace") as f:
    for line in f:
        m = finding_re.match(line.rstrip("\n"))
        if not m:
            continue
        path, rule = m.group(1), m.group(6)
        if not rule.startswith("date."):
            other[rule] = other.get(rule, 0) + 1
            continue
        pos = (int(m.group(2)), int(m.group(3)))
        match = [i for s, e, i in by_path.get(path, []) if s <= pos <= e]
        if match:
            tp += 1
            hit.update(match)
        else:
            fp += 1

mb = total / 1e6
print("corpus: %d articles, %.1f MB (%.1f to %.1f KB each), %d injected errors"
      % (len(sizes), mb, min(sizes) / 1024, max(sizes) / 1024, len(injected)))
print("speed: %.3f s wall (best of %d), %.3f s cpu: %.1f MB/s, %.0f articles/s"
      % (best["wall"], len(runs), best["cpu"], mb / best["wall"], len(sizes) / best["wall"]))
print("peak memory: %.1f MB for %d articles, %.1f MB for %d articles"
      % (best["maxrss_kb"] / 1024, len(sizes), small["maxrss_kb"] / 1024, small_count))
recall = len(hit) / len(injected) if injected else 1.0
precision = tp / (tp + fp) if tp + fp else 1.0
print("date checks: recall %.1f%% (%d of %d injected errors found), precision %.1f%% (%d of %d findings)"
      % (100 * recall, len(hit), len(injected), 100 * precision, tp, tp + fp))
if other:
    print("other findings: " + ", ".join("%s %d" % kv for kv in sorted(other.items())))
missed = [injected[i] for i in range(len(injected)) if i not in hit]
for path, start, end, kind in missed[:5]:
    print("  missed: %s:%d:%d %s" % (path, start[0], start[1], kind))
PYEOF
