#!/bin/sh
# bench/instructions.sh: instructions per byte of `errata check`, counted
# by valgrind's callgrind, on a fixed sample of the general corpus
# (bench/gen_corpus.py, $ERRATA_INSN_COUNT articles, 300 by default, seed
# fixed), with every default check and pack and the corpus's fact sheet,
# -j 1: the whole run, and the run less one on the smallest article (so
# that start-up, loading the tables and packs and linking, is not
# counted). The same method as bench/bench_speed.sh, on a sample small
# enough to measure one change at a time; instruction counts do not swing
# with the machine's load as times do.
#
#   sh bench/instructions.sh [ERRATA_BIN]
set -u
ROOT=${ERRATA_ROOT:-$(pwd)}
BIN=${1:-${ERRATA_BIN:-$ROOT/build/errata}}
case $BIN in /*) ;; *) BIN=$(pwd)/$BIN ;; esac
COUNT=${ERRATA_INSN_COUNT:-300}
DIR=${ERRATA_BENCH_DIR:-$ROOT/build/bench}/insn-$COUNT
command -v valgrind >/dev/null 2>&1 || { echo "instructions: valgrind is not installed"; exit 0; }
stamp=$(cksum <"$ROOT/bench/gen_corpus.py" | cut -d' ' -f1)
if [ ! -f "$DIR/.stamp" ] || [ "$(cat "$DIR/.stamp")" != "$stamp" ]; then
	rm -rf "$DIR"
	python3 "$ROOT/bench/gen_corpus.py" "$DIR" "$COUNT" >/dev/null ||
		{ echo "instructions: corpus generation failed" >&2; exit 1; }
	echo "$stamp" >"$DIR/.stamp"
fi
cd "$DIR" || exit 1
files=$(find . -name '*.md' | LC_ALL=C sort)
tiny=$(ls -S $files | tail -n 1)
bytes=$(cat $files | wc -c)
count() {
	valgrind --tool=callgrind --callgrind-out-file=/dev/null "$BIN" check -j 1 --facts facts.json "$@" \
		2>&1 >/dev/null | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
all=$(count $files)
one=$(count "$tiny")
[ -n "$all" ] && [ -n "$one" ] || { echo "instructions: callgrind gave no count" >&2; exit 1; }
awk -v a="$all" -v o="$one" -v b="$bytes" -v n="$COUNT" 'BEGIN {
	printf "instructions: %d articles, %d bytes: %.1f per byte, %.1f with start-up (%.1f M at start-up)\n",
	       n, b, (a - o) / b, a / b, o / 1e6 }'
