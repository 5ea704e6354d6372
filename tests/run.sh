#!/bin/sh
# Run every unit test binary (cmocka, TAP output) and every command-line
# test script, count the cases, and end with "N passed, N failed".
set -u
BUILD=${BUILD:-build}
export LC_ALL=C
export ERRATA_BIN="$(cd "$BUILD" && pwd)/errata"
export ERRATA_ROOT="$(pwd)"
export CMOCKA_MESSAGE_OUTPUT=TAP
log=$(mktemp)
trap 'rm -f "$log"' EXIT
pass=0
fail=0

count() {	# count TAP lines in $log, print failures
	p=$(grep -c '^ok ' "$log")
	f=$(grep -c '^not ok ' "$log")
	grep -A4 '^not ok ' "$log" | sed 's/^/    /'
	pass=$((pass + p))
	fail=$((fail + f))
	echo "$1: $p passed, $f failed"
}

for t in "$BUILD"/tests/test_*; do
	[ -x "$t" ] || continue
	case "$t" in *.o|*.d) continue ;; esac
	"$t" >"$log" 2>&1
	rc=$?
	if [ $rc -ne 0 ] && ! grep -q '^not ok ' "$log"; then
		echo "not ok - $(basename "$t") exited $rc" >>"$log"
		tail -20 "$log"
	fi
	count "$(basename "$t")"
done

for t in tests/cli/*.sh; do
	case "$t" in */lib.sh) continue ;; esac
	[ -f "$t" ] || continue
	sh "$t" >"$log" 2>&1
	rc=$?
	if [ $rc -ne 0 ] && ! grep -q '^not ok ' "$log"; then
		echo "not ok - $(basename "$t") exited $rc" >>"$log"
		tail -20 "$log"
	fi
	count "$(basename "$t")"
done

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
