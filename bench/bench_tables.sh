#!/bin/sh
# bench/bench_tables.sh: what the tables of other languages and the packs
# cost an English article. Instructions (valgrind's callgrind, steady
# where times are not) of `errata check -j 1` on the sample of
# bench/instructions.sh (the first 300 articles of the general corpus,
# all in English), per byte with start-up left out, and at start-up (a
# run on the smallest article), with three data folders:
#
#   - English alone: locales/en.json and no pack;
#   - English and the packs: locales/en.json and every pack of rules/packs;
#   - everything: every table of rules/locales and every pack, as installed.
#
# With the language given (front matter `lang: en`, or --lang, or the
# default), the aim is that everything costs an English article at most
# 5% more than English and the packs. Then the same sample without its
# `lang:` lines under --lang auto, where every table is read to choose
# each article's language, against English and the packs under --lang en.
#
#   sh bench/bench_tables.sh [ERRATA_BIN]
set -u
ROOT=${ERRATA_ROOT:-$(pwd)}
BIN=${1:-${ERRATA_BIN:-$ROOT/build/errata}}
case $BIN in /*) ;; *) BIN=$(pwd)/$BIN ;; esac
COUNT=${ERRATA_INSN_COUNT:-300}
DIR=${ERRATA_BENCH_DIR:-$ROOT/build/bench}
SAMPLE=$DIR/insn-$COUNT
command -v valgrind >/dev/null 2>&1 || { echo "tables: valgrind is not installed"; exit 0; }
# the sample, made as bench/instructions.sh makes it
ERRATA_BENCH_DIR=$DIR sh "$ROOT/bench/instructions.sh" "$BIN" >/dev/null || exit 1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/en/locales" "$tmp/en/packs" "$tmp/en+packs/locales" "$tmp/en+packs/packs"
cp "$ROOT/rules/locales/en.json" "$tmp/en/locales/"
cp "$ROOT/rules/locales/en.json" "$tmp/en+packs/locales/"
cp "$ROOT/rules/packs/"*.json "$tmp/en+packs/packs/"
cp -r "$SAMPLE" "$tmp/auto"
find "$tmp/auto" -name '*.md' -exec sed -i '/^lang: /d' {} +

# count DATA_DIR SAMPLE_DIR ARGS...: "per-byte start-up" instructions
count() {
	data=$1 dir=$2
	shift 2
	(
		cd "$dir" || exit 1
		files=$(find . -name '*.md' | LC_ALL=C sort)
		tiny=$(ls -S $files | tail -n 1)
		bytes=$(cat $files | wc -c)
		one() {
			ERRATA_DATA_DIR=$data valgrind --tool=callgrind --callgrind-out-file=/dev/null \
				"$BIN" check -j 1 --facts facts.json "$@" 2>&1 >/dev/null |
				sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
		}
		all=$(one "$@" $files)
		small=$(one "$@" "$tiny")
		[ -n "$all" ] && [ -n "$small" ] || { echo "tables: callgrind gave no count" >&2; exit 1; }
		awk -v a="$all" -v o="$small" -v b="$bytes" 'BEGIN { printf "%.2f %.1f\n", (a - o) / b, o / 1e6 }'
	)
}

show() {	# show LABEL "PER-BYTE START-UP" ["BASE-PER-BYTE BASE-START-UP"]
	set -- "$1" $2 ${3:-}
	if [ $# -ge 5 ]; then
		awk -v l="$1" -v p="$2" -v s="$3" -v bp="$4" -v bs="$5" 'BEGIN {
			printf "  %-34s %6.2f per byte (%+.1f%%), %5.1f M at start-up (%+.1f M)\n",
			       l, p, (p / bp - 1) * 100, s, s - bs }'
	else
		printf "  %-34s %6.2f per byte, %5.1f M at start-up\n" "$1" "$2" "$3"
	fi
}

en=$(count "$tmp/en" "$SAMPLE") || exit 1
packs=$(count "$tmp/en+packs" "$SAMPLE") || exit 1
every=$(count "$ROOT/rules" "$SAMPLE") || exit 1
auto=$(count "$ROOT/rules" "$tmp/auto" --lang auto) || exit 1
given=$(count "$tmp/en+packs" "$tmp/auto" --lang en) || exit 1
echo "tables: $COUNT English articles, instructions (callgrind) with start-up left out, and at start-up"
show "English alone" "$en"
show "English and the packs" "$packs" "$en"
show "every table and pack (lang: en)" "$every" "$packs"
echo "  --lang auto, on the sample without its lang: lines:"
show "English and the packs, --lang en" "$given"
show "every table and pack, --lang auto" "$auto" "$given"
echo "$packs $every" | awk '{ d = ($3 / $1 - 1) * 100;
	printf "aim: every table and pack cost an English article at most 5%% more per byte: %+.1f%%, %s\n",
	       d, d <= 5 ? "met" : "NOT met" }'
