#!/bin/sh
# bench/instructions_langs.sh: instructions per byte of `errata check` in
# each language, counted by valgrind's callgrind, on the articles of
# bench/gen_langs.py (a few of about 80 KB a language, seed fixed). The
# same method as bench/instructions.sh: every default check and pack,
# -j 1, the run on a language's articles less the run on a one-line
# article of the same language (start-up, loading the tables and packs and
# linking, is not counted). Shows where a script costs more than English.
#
#   sh bench/instructions_langs.sh [ERRATA_BIN]
set -u
ROOT=${ERRATA_ROOT:-$(pwd)}
BIN=${1:-${ERRATA_BIN:-$ROOT/build/errata}}
case $BIN in /*) ;; *) BIN=$(pwd)/$BIN ;; esac
COUNT=${ERRATA_INSN_LANGS_COUNT:-3}
DIR=${ERRATA_BENCH_DIR:-$ROOT/build/bench}/langs-$COUNT
command -v valgrind >/dev/null 2>&1 || { echo "instructions_langs: valgrind is not installed"; exit 0; }
stamp=$(cksum <"$ROOT/bench/gen_langs.py" | cut -d' ' -f1)
if [ ! -f "$DIR/.stamp" ] || [ "$(cat "$DIR/.stamp")" != "$stamp" ]; then
	rm -rf "$DIR"
	python3 "$ROOT/bench/gen_langs.py" "$DIR" "$COUNT" >/dev/null ||
		{ echo "instructions_langs: article generation failed" >&2; exit 1; }
	echo "$stamp" >"$DIR/.stamp"
fi
count() {
	valgrind --tool=callgrind --callgrind-out-file=/dev/null "$BIN" check -j 1 "$@" \
		2>&1 >/dev/null | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
status=0
for d in "$DIR"/*/; do
	lang=$(basename "$d")
	files=$(find "$d" -name 'article-*.md' | LC_ALL=C sort)
	bytes=$(cat $files | wc -c)
	all=$(count $files)
	one=$(count "$d/tiny.md")
	if [ -z "$all" ] || [ -z "$one" ]; then
		echo "instructions_langs: $lang: callgrind gave no count" >&2
		status=1
		continue
	fi
	awk -v l="$lang" -v a="$all" -v o="$one" -v b="$bytes" 'BEGIN {
		printf "instructions %s: %d bytes: %.1f per byte\n", l, b, (a - o) / b }'
done
exit $status
