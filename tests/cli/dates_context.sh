#!/bin/sh
# tests/cli/dates_context.sh: the date checks on the shapes that misled
# them on text written elsewhere (tests/fixtures/dates/context-en.jsonl,
# English and German): a date in history that must not re-date the
# present, direction words, weekdays naming a range's end, lists across a
# year, short weekdays, numeric dates, table cells, day lists, a weekday
# stated after a copula, and numbers inside identifiers. Each case lists
# its calendar facts (claims); a case fails the test unless
# tests/fixtures/dates/known-failures.txt names it.
. "$(dirname "$0")/lib.sh"

CASES="$FIX/dates/context-en.jsonl"
CONF="$ERRATA_ROOT/scripts/conformance.py"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1

run python3 "$CONF" --verify "$CASES"
expect_rc "every expected verdict agrees with the calendar" 0

run python3 "$CONF" --tap --strict --known "$FIX/dates/known-failures.txt" --errata "$ERRATA_BIN" "$CASES"
expect_rc "no case fails that is not known" 0
printf '%s\n' "$OUT" > results.tap
while IFS= read -r line; do
	case "$line" in
	"ok "*"# TODO"*) ok "${line#ok * - } (passes now)" ;;
	"ok "*) ok "${line#ok * - }" ;;
	"not ok "*"# TODO"*) ok "${line#not ok * - }" ;;
	"not ok "*) why=$(grep -F -A1 -x "$line" results.tap | sed -n 2p)
		not_ok "${line#not ok * - }" "$why" ;;
	esac
done < results.tap

# --date-order picks one reading of a numeric date; a bad order is a usage error.
printf 'Monday, 11/03/2026.\n' > order.txt
run "$ERRATA_BIN" check order.txt
expect_contains "order unknown: both readings named" "November 3, 2026 is a Tuesday and March 11, 2026 is a Wednesday, not a Monday"
run "$ERRATA_BIN" check --date-order dmy order.txt
expect_contains "--date-order dmy" "March 11, 2026 is a Wednesday, not a Monday"
printf 'Friday, 26/03/13.\n' > ymd.txt
run "$ERRATA_BIN" check --date-order ymd ymd.txt
expect_rc "--date-order ymd: 26/03/13 is March 13, 2026, a Friday" 0
run "$ERRATA_BIN" check --date-order xyz order.txt
expect_rc "--date-order xyz is a usage error" 2

done_testing
