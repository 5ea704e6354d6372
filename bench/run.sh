#!/bin/sh
# make bench: run every bench/bench_*.sh with the built program.
set -u
BIN=${1:-build/errata}
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
export ERRATA_BIN="$BIN" ERRATA_ROOT="$(pwd)" LC_ALL=C
status=0
for b in bench/bench_*.sh; do
	[ -f "$b" ] || continue
	echo "== $(basename "$b" .sh)"
	sh "$b" || status=1
done
exit $status
