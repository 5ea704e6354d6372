#!/bin/sh
# bench_speed.sh: how fast `errata check` is, on the general corpus
# (bench/gen_corpus.py, 10,000 articles) and on the construction-dense one
# (bench/gen_consistency.py, 2,000 articles where nearly every sentence
# holds a length, an anniversary, an age or a title), with every default
# check and pack and the corpus's fact sheet, text output. Per corpus:
#
#   - MB/s per core by CPU time (user + system) of `-j 1`, best and median
#     of $ERRATA_BENCH_RUNS runs (at least 5): the steady figure on a
#     shared machine;
#   - wall-clock MB/s with -j 1 and with -j 2, runs alternated in the same
#     loop, and the speedup (best against best);
#   - peak resident memory with -j 1 and -j 2 (bench/peak.c);
#   - instructions per byte: valgrind's callgrind on a fixed sample (the
#     first 300 articles of the walk), less a run on one small article so
#     that start-up (loading the packs and tables) is not counted.
#
# Then a peer in the same run: textlint with textlint-rule-date-weekday-
# mismatch, installed from npm into bench/node_modules by this script
# (pinned versions; not part of `make deps`), on the first
# $ERRATA_BENCH_PEER_FILES (200) articles of the general corpus, against
# errata on the same files; it prints both and the ratio of wall times.
# When npm cannot fetch it, it says so and goes on.
#
#   sh bench/bench_speed.sh [ERRATA_BIN]      (make bench runs it)
#
# The machine is named in the output (CPU model, cores available, load).
set -u
ROOT=${ERRATA_ROOT:-$(pwd)}
BIN=${1:-${ERRATA_BIN:-$ROOT/build/errata}}
case $BIN in /*) ;; *) BIN=$(pwd)/$BIN ;; esac
DIR=${ERRATA_BENCH_DIR:-$ROOT/build/bench}
COUNT=${ERRATA_BENCH_COUNT:-10000}
DENSE_COUNT=${ERRATA_CONSISTENCY_COUNT:-2000}

# corpus GENERATOR FOLDER COUNT: generate (or reuse) a corpus, as bench_check.sh does.
corpus() {
	stamp=$(cksum <"$1" | cut -d' ' -f1)
	if [ ! -f "$2/.stamp" ] || [ "$(cat "$2/.stamp")" != "$stamp" ]; then
		rm -rf "$2"
		python3 "$1" "$2" "$3" >/dev/null || { echo "bench: corpus generation failed ($1)" >&2; exit 1; }
		echo "$stamp" >"$2/.stamp"
	fi
}
corpus "$ROOT/bench/gen_corpus.py" "$DIR/corpus-$COUNT" "$COUNT"
corpus "$ROOT/bench/gen_consistency.py" "$DIR/consistency-$DENSE_COUNT" "$DENSE_COUNT"

PEAK=$DIR/peak
if [ ! -x "$PEAK" ] || [ "$ROOT/bench/peak.c" -nt "$PEAK" ]; then
	mkdir -p "$DIR"
	${CC:-cc} -O2 -o "$PEAK" "$ROOT/bench/peak.c" || { echo "bench: cannot build $PEAK" >&2; exit 1; }
fi

# The peer, from npm, into bench/node_modules (pinned; installed once).
TEXTLINT=$ROOT/bench/node_modules/.bin/textlint
PEER_NOTE=
if [ ! -x "$TEXTLINT" ] || [ ! -d "$ROOT/bench/node_modules/textlint-rule-date-weekday-mismatch" ]; then
	if ! command -v npm >/dev/null 2>&1; then
		PEER_NOTE="npm is not installed"
	elif ! npm install --no-save --no-audit --no-fund --loglevel=error --prefix "$ROOT/bench" \
	        textlint@15.8.0 textlint-rule-date-weekday-mismatch@1.1.1 >"$DIR/npm.log" 2>&1; then
		PEER_NOTE="npm could not install textlint (see $DIR/npm.log)"
	fi
fi
[ -x "$TEXTLINT" ] || PEER_NOTE=${PEER_NOTE:-"textlint is missing after npm install"}

exec python3 - "$BIN" "$DIR/corpus-$COUNT" "$DIR/consistency-$DENSE_COUNT" "$PEAK" "$TEXTLINT" "$PEER_NOTE" "$ROOT" <<'PYEOF'
import os, re, resource, shutil, subprocess, sys, tempfile, time

BIN, GENERAL, DENSE, PEAK, TEXTLINT, PEER_NOTE, ROOT = sys.argv[1:8]
sys.path.insert(0, os.path.join(ROOT, "bench"))
from machine import describe as machine
RUNS = max(5, int(os.environ.get("ERRATA_BENCH_RUNS", "5")))
PEER_FILES = max(1, int(os.environ.get("ERRATA_BENCH_PEER_FILES", "200")))
SAMPLE = 300

def articles(root):
    """The articles in walk order (sorted paths, as errata visits them)."""
    out = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for f in sorted(files):
            if f.endswith(".md"):
                out.append(os.path.relpath(os.path.join(folder, f), root))
    out.sort()
    return out

def run(args, cwd, out=os.devnull):
    """One run through the peak wrapper: wall, CPU (user + system), peak KB."""
    rss = os.path.join(os.path.dirname(PEAK), "peak.out")
    with open(out, "wb") as o:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        p = subprocess.run([PEAK, rss] + args, stdout=o, stderr=subprocess.PIPE, cwd=cwd)
        wall = time.perf_counter() - t0
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if p.returncode not in (0, 1):
        sys.exit("bench: %s exited %d: %s" % (args[0], p.returncode,
                                               p.stderr.decode("utf-8", "replace")[-400:]))
    with open(rss) as f:
        kb = int(f.read())
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, kb

def median(xs):
    xs = sorted(xs)
    n = len(xs)
    return xs[n // 2] if n % 2 else (xs[n // 2 - 1] + xs[n // 2]) / 2

def instructions(args, cwd):
    """Instructions executed (callgrind's total), or None without valgrind."""
    if not shutil.which("valgrind"):
        return None
    p = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", BIN] + args,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=cwd)
    m = re.search(rb"Collected : (\d+)", p.stderr)
    return int(m.group(1)) if m else None

def measure(name, root, files):
    sizes = [os.path.getsize(os.path.join(root, f)) for f in files]
    mb = sum(sizes) / 1e6
    base = ["check", "--facts", "facts.json"]
    j1, j2 = [], []
    for _ in range(RUNS):
        j1.append(run([BIN] + base + ["-j", "1", "."], root))
        j2.append(run([BIN] + base + ["-j", "2", "."], root))
    # the output must not depend on the number of workers
    o1 = os.path.join(os.path.dirname(PEAK), "speed-j1.out")
    o2 = os.path.join(os.path.dirname(PEAK), "speed-j2.out")
    run([BIN] + base + ["-j", "1", "."], root, o1)
    run([BIN] + base + ["-j", "2", "."], root, o2)
    same = open(o1, "rb").read() == open(o2, "rb").read()
    cpus = [c for _, c, _ in j1]
    best1 = min(w for w, _, _ in j1)
    best2 = min(w for w, _, _ in j2)
    print("%s: %d articles, %.1f MB" % (name, len(files), mb))
    print("  per core, CPU time of -j 1 over %d runs: best %.1f MB/s, median %.1f MB/s"
          % (RUNS, mb / min(cpus), mb / median(cpus)))
    print("  wall: -j 1 %.1f MB/s (best %.3f s), -j 2 %.1f MB/s (best %.3f s): %.2fx; "
          "output of -j 2 %s -j 1"
          % (mb / best1, best1, mb / best2, best2, best1 / best2,
             "identical to" if same else "DIFFERS from"))
    print("  peak memory: -j 1 %.1f MB, -j 2 %.1f MB"
          % (max(k for _, _, k in j1) / 1024, max(k for _, _, k in j2) / 1024))
    sample = files[:SAMPLE]
    sbytes = sum(sizes[:SAMPLE])
    tiny = min(range(len(files)), key=lambda i: sizes[i])
    ir = instructions(base + ["-j", "1"] + sample, root)
    ir0 = instructions(base + ["-j", "1", files[tiny]], root)
    if ir is None or ir0 is None:
        print("  instructions per byte: valgrind not available")
    else:
        print("  instructions per byte (callgrind, first %d articles, %.2f MB, start-up "
              "taken out): %.1f" % (len(sample), sbytes / 1e6, (ir - ir0) / sbytes))
    return mb

print("machine: " + machine())
measure("general corpus", GENERAL, articles(GENERAL))
measure("construction-dense corpus", DENSE, articles(DENSE))

# The peer on the same files as errata.
files = articles(GENERAL)[:PEER_FILES]
pmb = sum(os.path.getsize(os.path.join(GENERAL, f)) for f in files) / 1e6
if PEER_NOTE:
    print("peer: textlint not run: %s" % PEER_NOTE)
else:
    tl_wall, tl_cpu, _ = run([TEXTLINT, "--no-color", "--rule", "date-weekday-mismatch"] + files, GENERAL)
    one = [run([BIN, "check", "-j", "1", "--facts", "facts.json"] + files, GENERAL) for _ in range(RUNS)]
    every = [run([BIN, "check", "--facts", "facts.json"] + files, GENERAL) for _ in range(RUNS)]
    wall1, cpu1 = min(w for w, _, _ in one), min(c for _, c, _ in one)
    wall2 = min(w for w, _, _ in every)
    print("peer: textlint 15.8.0 + textlint-rule-date-weekday-mismatch 1.1.1 on the first %d "
          "articles (%.2f MB): %.2f s wall, %.2f s CPU, %.3f MB/s" % (len(files), pmb, tl_wall,
                                                                   tl_cpu, pmb / tl_wall))
    print("  errata on the same files (best of %d): -j 1 %.3f s wall, %.3f s CPU; every core %.3f s wall"
          % (RUNS, wall1, cpu1, wall2))
    print("  ratio: wall %.0fx with -j 1, %.0fx with every core; CPU time %.0fx"
          % (tl_wall / wall1, tl_wall / wall2, tl_cpu / cpu1 if cpu1 else 0.0))
PYEOF
