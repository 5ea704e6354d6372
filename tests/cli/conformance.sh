#!/bin/sh
# tests/cli/conformance.sh: errata's date checks on text the project did
# not write: the real published sentences (../shared/real/sentences.jsonl)
# and other checkers' test sentences (../shared/conformance/date-cases.jsonl),
# through scripts/conformance.py. A case that fails fails the test unless
# tests/fixtures/dates/known-failures.txt lists it with its reason; cases in
# a language without a locale table are reported, not failed.
# $ERRATA_SHARED names the shared folder (default: the source tree's ../shared).
. "$(dirname "$0")/lib.sh"

SHARED=${ERRATA_SHARED:-$ERRATA_ROOT/../shared}
CONF="$ERRATA_ROOT/scripts/conformance.py"
KNOWN="$FIX/dates/known-failures.txt"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1

for set in real/sentences.jsonl conformance/date-cases.jsonl; do
	if [ ! -f "$SHARED/$set" ]; then
		ok "# SKIP $set: not in $SHARED"
		continue
	fi
	run python3 "$CONF" --strict --known "$KNOWN" --errata "$ERRATA_BIN" "$SHARED/$set"
	expect_rc "$set: no case fails that is not known" 0
	expect_contains "$set: the summary counts the cases with a table" "tabled "
	printf '%s\n' "$OUT" | sed -n '/^all /p;/^tabled /p;/^no table/p;/passes now/p' | sed "s|^|# $set: |"
done

# The review sets: sentences written apart from the checks, in 16
# languages and in context; every case must pass.
for set in languages context; do
	run python3 "$CONF" --strict --errata "$ERRATA_BIN" "$FIX/dates/review/$set.jsonl"
	expect_rc "review/$set.jsonl: every case passes" 0
	printf '%s\n' "$OUT" | sed -n '/^all /p' | sed "s|^|# review/$set: |"
done

# The threshold can fail: a wrong case not on the list fails the run, the
# same case on the list does not, and a language without a table is
# reported without failing.
printf '%s\n' '{"id":"x1","lang":"en","text":"The vote is on Tuesday, Jan. 6.","year_context":2026,"expect":"mismatch","span":"Tuesday, Jan. 6"}' > wrong.jsonl
printf '%s\n' '{"id":"x2","lang":"zz","text":"Lundi 6 janvier.","year_context":2026,"expect":"mismatch","span":"Lundi 6 janvier"}' >> wrong.jsonl
: > none.txt
run python3 "$CONF" --strict --known none.txt --errata "$ERRATA_BIN" wrong.jsonl
expect_rc "a failing case that is not known fails the run" 1
expect_contains "the language without a table is reported" "no table:  1 cases (zz 1)"
printf 'x1 a test of the list\n' > known.txt
run python3 "$CONF" --strict --known known.txt --errata "$ERRATA_BIN" wrong.jsonl
expect_rc "a known failure does not fail the run" 0
printf 'x1\n' > noreason.txt
run python3 "$CONF" --strict --known noreason.txt --errata "$ERRATA_BIN" wrong.jsonl
expect_rc "a known failure without a reason is an input error" 2

done_testing
