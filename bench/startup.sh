#!/bin/sh
# bench/startup.sh: what starting errata costs, for a command that opens
# no repository (`check` of a one-line article, `--version`) and for one
# that does (`log` on the example repository): the dynamic linker's
# relocations (LD_DEBUG=statistics), the instructions of the whole run
# (valgrind's callgrind, steady whatever the machine's load), and the best
# wall time of $ERRATA_STARTUP_RUNS runs (40 by default). Not a test and
# not part of `make bench`: run it by hand, on as quiet a machine as can be.
#
#   sh bench/startup.sh [ERRATA_BIN]
set -u
ROOT=${ERRATA_ROOT:-$(pwd)}
BIN=${1:-${ERRATA_BIN:-$ROOT/build/errata}}
case $BIN in /*) ;; *) BIN=$(pwd)/$BIN ;; esac
RUNS=${ERRATA_STARTUP_RUNS:-40}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf 'The meeting is on Tuesday, January 6, 2026.\n' >"$tmp/one.md"
HOME=$tmp GIT_CONFIG_NOSYSTEM=1 sh "$ROOT/examples/make-repo.sh" "$tmp/news" >/dev/null 2>&1 ||
	{ echo "startup: cannot build the example repository" >&2; exit 1; }
cd "$tmp/news" || exit 1
article=$(git ls-files '*.md' | head -n 1)

relocations() {
	LD_DEBUG=statistics "$BIN" "$@" 2>&1 >/dev/null |
		sed -n 's/.*final number of relocations: *\([0-9]*\).*/\1/p' | head -n 1
}
instructions() {
	command -v valgrind >/dev/null 2>&1 || { echo "-"; return; }
	valgrind --tool=callgrind --callgrind-out-file=/dev/null "$BIN" "$@" 2>&1 >/dev/null |
		sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
wall() {
	python3 - "$RUNS" "$BIN" "$@" <<'PY'
import subprocess, sys, time
runs, cmd = int(sys.argv[1]), sys.argv[2:]
best = min(_t for _t in (
    (lambda t0: (subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL),
                 time.perf_counter() - t0)[1])(time.perf_counter()) for _ in range(runs)))
print("%.2f" % (best * 1000))
PY
}

printf '%-28s %12s %14s %10s\n' "command" "relocations" "instructions" "wall, ms"
for cmd in "--version" "check $tmp/one.md" "log $article"; do
	# shellcheck disable=SC2086
	printf '%-28s %12s %14s %10s\n' "$(echo "$cmd" | sed "s|$tmp/||")" \
		"$(relocations $cmd)" "$(instructions $cmd)" "$(wall $cmd)"
done
echo "(best wall time of $RUNS runs; load average $(cut -d' ' -f1-3 /proc/loadavg))"
