#!/bin/sh
# bench/bench_scaling.sh: whether the cost of errata grows with the input
# and no faster, on hostile and unusual articles. For each shape of
# bench/gen_scaling.py (one huge line of dates, a sentence with no full
# stop, deep Markdown, broken HTML, huge front matter, invalid UTF-8, runs
# of one character, CJK and Arabic text, a pack pattern over one long
# line, many findings, --fix, errata diff of a one-line article, ...) it
# makes the input at 0.5, 1, 2 and 4 MB (10^6 bytes) and times each run of
# the shape (`check -j 1` as text, as JSON, with --lang auto, with --date,
# .html input also read as .md, --fix, `diff` as text and JSON).
#
# Times are CPU seconds (user + system: steadier than wall time on a
# shared machine), the best of $ERRATA_SCALING_RUNS runs (default 3; one
# once a run takes over a second), less start-up (a run on a one-line
# article). Printed per shape and run: seconds per MB at each size and the
# growth of that figure from 1 to 4 MB (from the second size to the last). A growth above 1.5 is flagged
# (FLAG) when the figure also grows by more than 1.2 from 2 to 4 MB: the
# cost grows faster than the input (a jump at one size alone is the
# machine's noise, as are ratios of runs under 0.25 s at 4 MB, not flagged). A run that takes over
# $ERRATA_SCALING_TIMEOUT seconds (default 60) is stopped, shown as
# ">N", flagged, and the larger sizes are skipped. A run that crashes
# (a signal, an exit code other than 0, 1 or 2, a sanitizer report) is
# flagged CRASH, so the script also serves a sanitizer build:
#
#   sh bench/bench_scaling.sh [ERRATA_BIN]
#   ERRATA_SCALING_SIZES=0.25 ERRATA_SCALING_RUNS=1 sh bench/bench_scaling.sh \
#       build/sanitize-address-undefined/errata
#   ERRATA_SCALING_SHAPES='dates-line md-quote' sh bench/bench_scaling.sh
#
# The exit code is 1 when any run is flagged. The machine is named in the
# output (CPU model, cores available, load).
set -u
ROOT=${ERRATA_ROOT:-$(pwd)}
BIN=${1:-${ERRATA_BIN:-$ROOT/build/errata}}
case $BIN in /*) ;; *) BIN=$(pwd)/$BIN ;; esac
command -v git >/dev/null 2>&1 || { echo "scaling: git is not installed"; exit 0; }
exec python3 - "$BIN" "$ROOT" <<'PYEOF'
import os, resource, shutil, subprocess, sys, tempfile, time

BIN, ROOT = sys.argv[1:3]
sys.path.insert(0, os.path.join(ROOT, "bench"))
import gen_scaling
from machine import describe as machine

RUNS = max(1, int(os.environ.get("ERRATA_SCALING_RUNS", "3")))
TIMEOUT = float(os.environ.get("ERRATA_SCALING_TIMEOUT", "60"))
SIZES = [float(s) for s in os.environ.get("ERRATA_SCALING_SIZES", "0.5 1 2 4").split()]
ONLY = os.environ.get("ERRATA_SCALING_SHAPES", "").split()
MB = 1000000
GROWTH = 1.5
STEP = 1.2      # and from 2 to 4 MB by this much: a jump of one size alone is noise
# growth is measured from the second size to the last (1 to 4 MB)
lo, hi = (SIZES[1] if len(SIZES) > 2 else SIZES[0]), SIZES[-1]
NOISE = 0.25

def once(args, cwd):
    """One run: (CPU seconds or None on timeout, crash message or None)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    p = subprocess.Popen([BIN] + args, cwd=cwd, stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE)
    try:
        _, err = p.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        p.kill()
        p.communicate()
        return None, None
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    text = err.decode("utf-8", "replace")
    if p.returncode not in (0, 1, 2) or "Sanitizer" in text or "runtime error:" in text:
        tail = [l for l in text.splitlines() if "ERROR" in l or "runtime error" in l]
        return cpu, "exit %d %s" % (p.returncode, (tail[0] if tail else text[-200:]).strip())
    return cpu, None

def best(args, cwd, prepare=None):
    """Best CPU time of up to RUNS runs; None on timeout."""
    times = []
    for i in range(RUNS):
        if prepare:
            prepare()
        t, crash = once(args, cwd)
        if crash:
            return t, crash
        if t is None:
            return None, None
        times.append(t)
        if t > 1.0:
            break
    return min(times), None

def args_for(run, path, packdir):
    base = ["check", "-j", "1"]
    return {
        "text": base + [path],
        "json": base + ["--format", "json", path],
        "auto": base + ["--lang", "auto", path],
        "date": base + ["--date", "2026-01-05", path],
        "md": base + [path],
        "pack": base + ["--rules", packdir, path],
        "all": base + ["--max-findings", "0", path],
        "fix": base + ["--fix", path],
        "diff": ["diff", "HEAD~1", "HEAD"],
        "diffjson": ["diff", "--format", "json", "HEAD~1", "HEAD"],
    }[run]

tmp = tempfile.mkdtemp(prefix="errata-scaling-")
try:
    packdir = os.path.join(tmp, "packs")
    os.makedirs(packdir)
    with open(os.path.join(packdir, "house.json"), "w") as f:
        f.write('{"pack":"house","version":1,"rules":['
                '{"id":"house.percent","type":"pattern","message":"write ${n} percent",'
                '"pattern":"(?<n>\\\\d+(?:\\\\.\\\\d+)?)\\\\s?%"},'
                '{"id":"house.toward","type":"substitution","from":["towards"],"to":"toward"},'
                '{"id":"house.words","type":"pattern","message":"long run","flags":"i",'
                '"pattern":"\\\\b(?:\\\\w+\\\\s+){6}(?:the|and)\\\\b"}]}\n')
    tiny = os.path.join(tmp, "tiny.md")
    with open(tiny, "w") as f:
        f.write("Talks begin on Tuesday, January 7.\n")
    start, crash = best(["check", "-j", "1", tiny], tmp)
    if crash or start is None:
        sys.exit("scaling: %s fails on a one-line article: %s" % (BIN, crash))

    print("machine: " + machine())
    print("binary: %s; CPU seconds per MB (less %.3f s start-up), best of %d; "
          "growth = (s/MB at %g MB) / (s/MB at %g MB), flagged above %.1f"
          % (BIN, start, RUNS, hi, lo, GROWTH))
    head = "%-18s %-8s" % ("shape", "run") + "".join("%9s" % ("%g MB" % s) for s in SIZES)
    print(head + "   growth")
    flagged = []
    for name, ext, runs, _ in gen_scaling.SHAPES:
        if ONLY and name not in ONLY:
            continue
        for run in runs.split(","):
            cells, per = [], {}
            note = ""
            for size in SIZES:
                nbytes = int(size * MB)
                work = os.path.join(tmp, "w")
                shutil.rmtree(work, ignore_errors=True)
                os.makedirs(work)
                cwd = work
                prepare = None
                if name.startswith("diff"):
                    repo = os.path.join(work, "repo")
                    gen_scaling.generate(name, nbytes, repo)
                    cwd = repo
                    path = "story.md"
                else:
                    src = os.path.join(work, "input." + ext)
                    gen_scaling.generate(name, nbytes, src)
                    path = src
                    if run == "md":
                        path = os.path.join(work, "input.md")
                        os.rename(src, path)
                    if run == "fix":
                        path = os.path.join(work, "fixed." + ext)
                        prepare = lambda s=src, d=path: shutil.copyfile(s, d)
                args = args_for(run, path, packdir)
                facts = os.path.join(work, "facts.json")
                if os.path.exists(facts):
                    args[1:1] = ["--facts", facts]   # the shape's fact sheet
                t, crash = best(args, cwd, prepare)
                if crash:
                    cells.append("%9s" % "CRASH")
                    note = "CRASH at %g MB: %s" % (size, crash)
                    break
                if t is None:
                    cells.append("%9s" % (">%gs" % TIMEOUT))
                    note = "over %g s at %g MB" % (TIMEOUT, size)
                    break
                per[size] = max(t - start, 0.0) / size
                cells.append("%9.3f" % per[size])
            cells += ["%9s" % "-"] * (len(SIZES) - len(cells))
            growth = ""
            if not note and lo in per and hi in per:
                g = per[hi] / per[lo] if per[lo] > 0 else float("inf")
                growth = "%8.2f" % g
                mid = SIZES[-2] if len(SIZES) > 2 else lo
                if (g > GROWTH and per[hi] * hi >= NOISE and
                        (mid == lo or per[hi] > per[mid] * STEP)):
                    note = "grows %.2fx per MB from %g to %g MB" % (g, lo, hi)
            line = "%-18s %-8s" % (name, run) + "".join(cells) + " " + growth
            if note:
                line += "  FLAG " + note
                flagged.append("%s/%s" % (name, run))
            print(line, flush=True)
    print("flagged: " + (" ".join(flagged) if flagged else "none"))
    sys.exit(1 if flagged else 0)
finally:
    shutil.rmtree(tmp, ignore_errors=True)
PYEOF
