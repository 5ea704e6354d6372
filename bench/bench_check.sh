#!/bin/sh
# bench_check.sh: speed, peak memory and accuracy of `errata check` with
# the default rules on a generated corpus (bench/gen_corpus.py: 10,000
# news articles of 3-8 KB, a quarter of them with injected date errors,
# each with one to three constructions for the consistency checks, a third
# of those wrong, checked against the corpus's fact sheet).
#
#   sh bench/bench_check.sh [ERRATA_BIN]      (make bench runs it)
#
# Reports MB/s (10^6 bytes) and articles/s for one process on one core
# (errata is single-threaded; best wall time of 3 runs, or of
# $ERRATA_BENCH_RUNS, with the best and median by CPU time), peak resident
# memory (read by the tiny wrapper bench/peak.c) for the whole corpus and
# for a tenth of it (they should match: memory follows the largest
# article, not the corpus), and per check the recall and precision on the
# injected errors (a finding is right when its rule is the error's and it
# starts inside the error's span). The corpus is
# cached in $ERRATA_BENCH_DIR (default build/bench) and rebuilt when the
# generator changes. Fails only if errata crashes or exits 2.
set -u
ROOT=${ERRATA_ROOT:-$(pwd)}
BIN=${1:-${ERRATA_BIN:-$ROOT/build/errata}}
case $BIN in /*) ;; *) BIN=$(pwd)/$BIN ;; esac
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

# The peak-memory wrapper (bench/peak.c), built here with the C compiler.
PEAK=$DIR/peak
if [ ! -x "$PEAK" ] || [ "$ROOT/bench/peak.c" -nt "$PEAK" ]; then
	mkdir -p "$DIR"
	${CC:-cc} -O2 -o "$PEAK" "$ROOT/bench/peak.c" || { echo "bench: cannot build $PEAK" >&2; exit 1; }
fi

exec python3 - "$BIN" "$CORPUS" "$PEAK" <<'PYEOF'
import os, re, resource, subprocess, sys, time

BIN, CORPUS, PEAK = sys.argv[1], sys.argv[2], sys.argv[3]

# Each run goes through the small wrapper bench/peak.c, which reads the
# command's own peak memory with wait4(); Python's RUSAGE_CHILDREN would
# report the Python process's size instead, since a peak survives exec().
def measure(args, outfile):
    rss = os.path.join(os.path.dirname(CORPUS), "peak.out")
    with open(outfile, "wb") as out:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        p = subprocess.run([PEAK, rss, BIN] + args, stdout=out, stderr=subprocess.PIPE)
        wall = time.perf_counter() - t0
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if p.returncode not in (0, 1):
        sys.stderr.write("bench: errata exited %d: %s\n"
                         % (p.returncode, p.stderr.decode("utf-8", "replace")[-400:]))
        sys.exit(1)
    with open(rss) as f:
        maxrss = int(f.read())
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"wall": wall, "cpu": cpu, "maxrss_kb": maxrss}

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
FACTS = ["--facts", "facts.json"]
RUNS = max(1, int(os.environ.get("ERRATA_BENCH_RUNS", "3")))
runs = [measure(["check"] + FACTS + ["."], out) for _ in range(RUNS)]
best = min(runs, key=lambda m: m["wall"])
cpu_sorted = sorted(m["cpu"] for m in runs)
cpu_median = cpu_sorted[len(cpu_sorted) // 2] if len(cpu_sorted) % 2 else \
    (cpu_sorted[len(cpu_sorted) // 2 - 1] + cpu_sorted[len(cpu_sorted) // 2]) / 2
# the effect of the consistency checks: the same runs with the six disabled
CONSISTENCY = ["date.duration", "date.range", "date.relative", "date.anniversary",
               "number.age", "facts.title"]
off_args = [a for r in CONSISTENCY for a in ("--disable", r)]
runs_off = [measure(["check"] + FACTS + off_args + ["."], os.devnull) for _ in range(RUNS)]
cpu_off = min(m["cpu"] for m in runs_off)
tenth = sorted(d for d in os.listdir(".") if os.path.isdir(d))[:max(1, len([d for d in os.listdir(".") if os.path.isdir(d)]) // 10)]
small = measure(["check"] + FACTS + tenth, os.devnull)
small_count = sum(1 for d in tenth for f in os.listdir(d) if f.endswith(".md"))

finding_re = re.compile(r"^(.*?):(\d+):(\d+): (error|warning|info): (.*) \[([^\]]+)\]$")
KIND_RULE = {"weekday": "date.weekday", "invalid": "date.invalid"}
RULES = ["date.weekday", "date.invalid", "date.duration", "date.range", "date.relative",
         "date.anniversary", "number.age", "facts.title"]
by_path = {}
for i, (path, start, end, kind) in enumerate(injected):
    by_path.setdefault(path, []).append((start, end, KIND_RULE.get(kind, kind), i))
hit = set()
stats = {r: [0, 0] for r in RULES}   # true and false positives
other = {}
fps = []
with open(out, encoding="utf-8", errors="replace") as f:
    for line in f:
        m = finding_re.match(line.rstrip("\n"))
        if not m:
            continue
        path, rule = m.group(1), m.group(6)
        if rule not in stats:
            other[rule] = other.get(rule, 0) + 1
            continue
        pos = (int(m.group(2)), int(m.group(3)))
        match = [i for s, e, r, i in by_path.get(path, []) if r == rule and s <= pos <= e]
        if match:
            stats[rule][0] += 1
            hit.update(match)
        else:
            stats[rule][1] += 1
            fps.append(line.rstrip("\n"))

mb = total / 1e6
print("corpus: %d articles, %.1f MB (%.1f to %.1f KB each), %d injected errors"
      % (len(sizes), mb, min(sizes) / 1024, max(sizes) / 1024, len(injected)))
print("speed: %.3f s wall (best of %d): %.1f MB/s, %.0f articles/s; by cpu time (%.3f s): %.1f MB/s"
      % (best["wall"], len(runs), mb / best["wall"], len(sizes) / best["wall"], best["cpu"],
         mb / best["cpu"] if best["cpu"] else 0.0))
print("speed by cpu time over the %d runs: best %.1f MB/s, median %.1f MB/s"
      % (len(runs), mb / cpu_sorted[0] if cpu_sorted[0] else 0.0,
         mb / cpu_median if cpu_median else 0.0))
print("without the six consistency checks: best %.1f MB/s by cpu time (they take %.0f%% of the time)"
      % (mb / cpu_off if cpu_off else 0.0,
         100.0 * (cpu_sorted[0] - cpu_off) / cpu_sorted[0] if cpu_sorted[0] else 0.0))
print("peak memory: %.1f MB for %d articles, %.1f MB for %d articles"
      % (best["maxrss_kb"] / 1024, len(sizes), small["maxrss_kb"] / 1024, small_count))
print("%-17s %9s %9s %6s %5s %10s %7s" % ("check", "injected", "findings", "tp", "fp",
                                          "precision", "recall"))
for r in RULES:
    tp, fp = stats[r]
    ids = [i for i, x in enumerate(injected) if KIND_RULE.get(x[3], x[3]) == r]
    found = len([i for i in ids if i in hit])
    print("%-17s %9d %9d %6d %5d %9.1f%% %6.1f%%"
          % (r, len(ids), tp + fp, tp, fp, 100.0 * tp / (tp + fp) if tp + fp else 100.0,
             100.0 * found / len(ids) if ids else 100.0))
tp = sum(v[0] for v in stats.values())
fp = sum(v[1] for v in stats.values())
print("all checks: recall %.1f%% (%d of %d injected errors found), precision %.1f%% (%d of %d findings)"
      % (100.0 * len(hit) / len(injected) if injected else 100.0, len(hit), len(injected),
         100.0 * tp / (tp + fp) if tp + fp else 100.0, tp, tp + fp))
for line in fps[:5]:
    print("  false positive: " + line)
if other:
    print("other findings: " + ", ".join("%s %d" % kv for kv in sorted(other.items())))
missed = [injected[i] for i in range(len(injected)) if i not in hit]
for path, start, end, kind in missed[:5]:
    print("  missed: %s:%d:%d %s" % (path, start[0], start[1], kind))
PYEOF
