#!/bin/sh
# Reports and history at newsroom scale: a repository of 1,000 articles
# with 20 revisions each plus one live article with 1,000 revisions
# (21,000 commits), and 100,000 reader reports under refs/errata/reports.
# Generation (git fast-import, then a repack as `git gc` would do) is not
# timed. Timed: `report add`, `report list` of all reports (the list cache
# built; warm: the cache matches the ref; cold: the kernel's page cache
# dropped first, when run as root), `report list --path` of one article,
# and `blame` on the article
# with 1,000 revisions, with and without the history index. Each figure is the best of 5 runs (wall clock) and
# the median, and the least CPU time of the runs. BENCH_REPO=DIR keeps the
# generated repository in DIR and reuses it on the next run (the timed
# commands add reports to it, so figures drift a little between runs).
set -eu
: "${ERRATA_BIN:?run through make bench}"
: "${ERRATA_ROOT:?run through make bench}"
E=$ERRATA_BIN
GEN=$ERRATA_ROOT/bench/gen_reports_repo.py
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp" GIT_CONFIG_NOSYSTEM=1

repo=${BENCH_REPO:-$tmp/news}
if [ ! -d "$repo/.git" ]; then
	git init -q "$repo"
	cd "$repo"
	git config user.name "Bench Desk"
	git config user.email bench@example.org
	echo "generating 1,000 articles x 20 revisions + 1 article x 1,000 revisions..."
	python3 "$GEN" articles 1000 20 1000 | git fast-import --quiet
	git symbolic-ref HEAD refs/heads/main
	head=$(git rev-parse HEAD)
	echo "generating 100,000 reports..."
	python3 "$GEN" reports 100000 "$head" | git fast-import --quiet
	git repack -a -d -f -q --window=10 --depth=50
fi
cd "$repo"
echo "commits: $(git rev-list --count HEAD), reports: $(git ls-tree -r --name-only refs/errata/reports | wc -l)"

# timeit LABEL RUNS CMD...: best and median wall-clock milliseconds, and
# the best CPU time (user + system), which a busy machine disturbs less.
# With $BEFORE set, that shell command runs (untimed) before each run.
# Each line also goes to $tmp/figures for the summary at the end.
timeit() {
	FIGURES="$tmp/figures" python3 - "$@" <<'PY'
import os, resource, subprocess, sys, time
label, runs, cmd = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
ts, cpu = [], []
for _ in range(runs):
    if os.environ.get("BEFORE"):
        subprocess.run(os.environ["BEFORE"], shell=True, check=True)
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    r = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    ts.append((time.perf_counter() - t) * 1000)
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu.append((r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime) * 1000)
    if r.returncode != 0:
        sys.exit("%s failed: %s" % (label, r.stderr.decode()))
ts.sort()
line = "%-56s best %8.1f ms  median %8.1f ms  cpu %8.1f ms" % (label, ts[0], ts[len(ts) // 2], min(cpu))
print(line)
open(os.environ["FIGURES"], "a").write(line + "\n")
PY
}

# The kernel's page cache can be dropped only by root: "cold" then means
# every file read from disk. Without it, the cold figure is the list
# cache being rebuilt, which is said.
dropcaches() { sync && echo 3 >/proc/sys/vm/drop_caches; }
if (dropcaches) 2>/dev/null; then
	cold_label="report list, 100,000 reports (cold: page cache dropped)"
	cold_before="sync && echo 3 >/proc/sys/vm/drop_caches"
else
	echo "(cannot drop the page cache, not root: the cold figure is the list cache rebuilt)"
	cold_label="report list, 100,000 reports (cold: list cache rebuilt)"
	cold_before="rm -rf .git/errata/reports"
fi

rm -rf .git/errata
timeit "report list, 100,000 reports (list cache rebuilt)" 1 "$E" report list
# The history index (.git/errata/history) is built by the first walk of
# a path and extended afterwards: time one walk without it first.
rm -rf .git/errata/history
timeit "blame over 21,000 commits (no history index yet)" 1 "$E" blame articles/g00/d0005.md \
	--quote "opened its doors on Monday, March 2, 2026"
timeit "blame, article in another folder (index built)" 1 "$E" blame articles/g49/d0999.md \
	--quote "opened its doors on Monday, March 2, 2026"
timeit "report list, 100,000 reports (text)" 5 "$E" report list
BEFORE=$cold_before timeit "$cold_label" 3 "$E" report list
timeit "report list, 100,000 reports (--format json)" 5 "$E" report list --format json
timeit "report list --status open --path (one article)" 5 "$E" report list --status open --path articles/g00/d0005.md
timeit "report add (live article, 1,000 revisions)" 5 "$E" report add articles/live/storm.md \
	--quote "The storm reached the coast on Tuesday, March 3, 2026" --message "bench"
timeit "report add (article edited 20 times)" 5 "$E" report add articles/g49/d0999.md \
	--quote "Revision 20 added a note on the budget" --message "bench"
timeit "report add (text from the first of 21,000 commits)" 3 "$E" report add articles/g00/d0005.md \
	--quote "opened its doors on Monday, March 2, 2026" --message "bench"
timeit "report list after adds (cache refresh)" 1 "$E" report list
timeit "blame (live article, 1,000 revisions)" 5 "$E" blame articles/live/storm.md \
	--quote "The storm reached the coast on Tuesday, March 3, 2026"
timeit "blame (walk back over 21,000 commits)" 3 "$E" blame articles/g00/d0005.md \
	--quote "opened its doors on Monday, March 2, 2026"
timeit "log (live article, 1,000 revisions)" 3 "$E" log articles/live/storm.md --no-check

# The four figures issue 12 aims at, with the load they were taken under.
echo
echo "at 100,000 reports (aims: add < 20 ms, list --path < 20 ms, list < 300 ms warm, < 1 s cold):"
grep -E "^report add \(article edited|^report list --status open --path|^report list, 100,000 reports \(text\)|^report list, 100,000 reports \(cold" "$tmp/figures"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
