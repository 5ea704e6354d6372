#!/bin/sh
# Run one libFuzzer target for a given time and say how long it ran and how
# many inputs it tried.
#
#   scripts/fuzz.sh TARGET SECONDS
#
# TARGET is a tests/fuzz/fuzz_TARGET.c name with or without its "fuzz_"
# prefix (payload, fuzz_lsp, ...). The binaries come from 'make fuzz', run
# here first every time: a binary older than the library or the tables'
# loader it was built from would fuzz code that is gone. The run is one process (-jobs=1 -workers=1: the
# machine is shared, fuzz one target at a time). It grows a working corpus in
# build/fuzz/corpus-TARGET seeded from tests/fuzz/corpus/TARGET, and leaves
# libFuzzer's log and any crashing input in build/fuzz/run-TARGET/. The last
# lines printed are libFuzzer's own count and the wall time; the exit status
# is libFuzzer's (non-zero after a crash, a leak or a timeout).
set -eu
if [ $# -ne 2 ]; then
	echo "usage: scripts/fuzz.sh TARGET SECONDS" >&2
	exit 2
fi
name=${1#fuzz_}
seconds=$2
case $seconds in
'' | *[!0-9]*) echo "fuzz.sh: SECONDS must be a whole number: $seconds" >&2; exit 2 ;;
esac
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
if [ ! -f "tests/fuzz/fuzz_$name.c" ]; then
	echo "fuzz.sh: no target tests/fuzz/fuzz_$name.c" >&2
	exit 2
fi
bin=$root/build/fuzz/fuzz_$name
make --no-print-directory fuzz >/dev/null || exit 2
corpus=$root/build/fuzz/corpus-$name
run=$root/build/fuzz/run-$name
mkdir -p "$corpus" "$run"
set -- "$corpus"
[ -d "tests/fuzz/corpus/$name" ] && set -- "$@" "$root/tests/fuzz/corpus/$name"
start=$(date +%s)
status=0
# With -jobs, libFuzzer runs the work in a child that writes fuzz-0.log in
# the current folder; crashes land there too.
(cd "$run" && rm -f fuzz-0.log &&
	"$bin" -jobs=1 -workers=1 -max_total_time="$seconds" -print_final_stats=1 \
		-artifact_prefix="$run/" "$@" >/dev/null 2>&1) || status=$?
end=$(date +%s)
log=$run/fuzz-0.log
if [ ! -f "$log" ]; then
	echo "fuzz.sh: fuzz_$name left no log in $run" >&2
	exit 2
fi
grep -E '^(==[0-9]+==ERROR|SUMMARY|artifact_prefix|Test unit written|Done [0-9]+ runs|stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss_mb|INFO: -max_total_time)' "$log" || true
echo "fuzz_$name: $((end - start)) s wall, status $status, log $log"
exit "$status"
