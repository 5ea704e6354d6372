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

# run NAME COMMAND...: run one test program into $log and count its cases
# (a program that fails without saying which case failed counts as one).
run() {
	name=$1
	shift
	"$@" >"$log" 2>&1
	rc=$?
	if [ $rc -ne 0 ] && ! grep -q '^not ok ' "$log"; then
		echo "not ok - $name exited $rc" >>"$log"
		tail -20 "$log"
	fi
	count "$name"
}

for t in "$BUILD"/tests/test_*; do
	[ -x "$t" ] || continue
	case "$t" in *.o|*.d) continue ;; esac
	run "$(basename "$t")" "$t"
done
# Loading's byte searches have AVX2 bodies and bodies for processors
# without AVX2: their unit tests run again on the latter.
for t in test_doc test_markdown test_wordindex; do
	[ -x "$BUILD/tests/$t" ] && run "$t (ERRATA_NO_AVX2)" env ERRATA_NO_AVX2=1 "$BUILD/tests/$t"
done

# Every fuzz target on its seeds and on the inputs that once crashed it.
for t in "$BUILD"/replay/*; do
	name=${t##*/}
	[ -x "$t" ] && [ -d "tests/fuzz/corpus/$name" ] || continue
	case "$t" in *.d) continue ;; esac
	run "fuzz seeds: $name" "$t" tests/fuzz/corpus/"$name"/*
done

for t in tests/cli/*.sh; do
	case "$t" in */lib.sh) continue ;; esac
	[ -f "$t" ] || continue
	run "$(basename "$t")" sh "$t"
done

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
