#!/bin/sh
# bench_findings_cap.sh: time and peak memory of `errata check` on the
# largest article it reads (just under the 16 MiB default --max-size) when
# a rule pack matches every ten bytes of it (about 1.7 million matches),
# in each output format, under the default --max-findings cap (10,000 per
# file) and, for comparison, with no cap (--max-findings 0); then errata
# diff and errata ci on a commit that brings that text in (default cap).
#
#   sh bench/bench_findings_cap.sh [ERRATA_BIN]
#
# Each run goes through /usr/bin/time -v; the table gives the wall and
# user time, the peak resident memory, the findings written (lines of
# text or GitHub output, objects in JSON and SARIF) and whether the output
# says the cap was hit (the errata.max-findings warning). Set
# ERRATA_BENCH_NOCAP=0 to skip the uncapped runs (they take longer and
# several hundred MB). Fails if errata exits 2 or the cap is not reported.
set -u
ROOT=${ERRATA_ROOT:-$(pwd)}
BIN=${1:-${ERRATA_BIN:-$ROOT/build/errata}}
case $BIN in /*) ;; *) BIN=$(pwd)/$BIN ;; esac
DIR=${ERRATA_BENCH_DIR:-$ROOT/build/bench}/findings-cap
NOCAP=${ERRATA_BENCH_NOCAP:-1}
mkdir -p "$DIR/pack"
printf '%s\n' '{"version":1,"rules":[{"id":"bench.word","type":"pattern","severity":"warning","message":"the word $0","pattern":"\\bword\\b"}]}' >"$DIR/pack/p.json"
# "word xxxx " ten bytes a match, as many as fit under 16 MiB.
python3 - "$DIR/big.txt" <<'EOF'
import sys
limit = 16 * 1024 * 1024 - 1
n = limit // 10
with open(sys.argv[1], "w") as f:
    f.write("word xxxx " * n)
EOF
size=$(wc -c <"$DIR/big.txt")
echo "input: $size bytes, $((size / 10)) matches of the pattern"
printf '%-7s %-6s %9s %9s %9s %10s %s\n' format cap wall_s user_s peak_MB findings "cap said"
status=0
for cap in 10000 0; do
	[ "$cap" = 0 ] && [ "$NOCAP" = 0 ] && continue
	for fmt in text json sarif github; do
		/usr/bin/time -v -o "$DIR/time.txt" "$BIN" check --rules "$DIR/pack" --max-findings "$cap" \
			--format "$fmt" "$DIR/big.txt" >"$DIR/out.$fmt" 2>"$DIR/err.$fmt"
		rc=$?
		wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$DIR/time.txt")
		user=$(awk -F': ' '/User time/ { print $2 }' "$DIR/time.txt")
		peak=$(awk -F': ' '/Maximum resident/ { printf "%.1f", $2 / 1024 }' "$DIR/time.txt")
		case $fmt in
		text | github) found=$(grep -c 'bench.word' "$DIR/out.$fmt") ;;
		json) found=$(grep -c '"rule":"bench.word"' "$DIR/out.$fmt") ;;
		sarif) found=$(grep -o '"ruleId":"bench.word"' "$DIR/out.$fmt" | wc -l) ;;
		esac
		said=no
		grep -q 'errata.max-findings' "$DIR/out.$fmt" && said=yes
		printf '%-7s %-6s %9s %9s %9s %10s %s\n' "$fmt" "$cap" "$wall" "$user" "$peak" "$found" "$said"
		if [ "$rc" -ge 2 ]; then
			echo "bench: errata exited $rc: $(head -3 "$DIR/err.$fmt")" >&2
			status=1
		fi
		if [ "$cap" != 0 ] && [ "$said" = no ]; then
			echo "bench: the $fmt output does not say the cap was hit" >&2
			status=1
		fi
	done
done
# errata diff and errata ci on a commit that brings the same text in.
repo=$DIR/repo
rm -rf "$repo"
mkdir -p "$repo"
(
	cd "$repo" || exit 1
	export GIT_CONFIG_NOSYSTEM=1 HOME="$DIR"
	git init -q && git config user.name bench && git config user.email bench@example.org &&
	cp -r "$DIR/pack" pack && printf '{"rules":["pack"]}\n' >.errata.json &&
	printf 'quiet\n' >big.txt && git add -A && git commit -qm one &&
	cp "$DIR/big.txt" big.txt && git commit -qam two
) || { echo "bench: cannot build the repository" >&2; exit 1; }
for cmd in diff ci; do
	set -- diff
	[ "$cmd" = ci ] && set -- ci --base HEAD~1
	(cd "$repo" && /usr/bin/time -v -o "$DIR/time.txt" "$BIN" "$@" >"$DIR/out.$cmd" 2>"$DIR/err.$cmd")
	rc=$?
	wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$DIR/time.txt")
	user=$(awk -F': ' '/User time/ { print $2 }' "$DIR/time.txt")
	peak=$(awk -F': ' '/Maximum resident/ { printf "%.1f", $2 / 1024 }' "$DIR/time.txt")
	found=$(grep -c 'bench.word' "$DIR/out.$cmd")
	said=no
	grep -q 'errata.max-findings' "$DIR/out.$cmd" && said=yes
	printf '%-7s %-6s %9s %9s %9s %10s %s\n' "$cmd" 10000 "$wall" "$user" "$peak" "$found" "$said"
	if [ "$rc" -ge 2 ] || [ "$said" = no ]; then
		echo "bench: errata $cmd exited $rc or did not say the cap was hit" >&2
		status=1
	fi
done
rm -rf "$repo"
rm -f "$DIR"/out.* "$DIR"/err.*
exit $status
