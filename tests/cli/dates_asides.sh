#!/bin/sh
# tests/cli/dates_asides.sh: weekdays and dates with words between them,
# right and wrong sentences in tests/fixtures/dates/shapes-asides.jsonl,
# checked against the calendar first: two weekdays each led by its article
# or preposition before two days ("no domingo e na segunda-feira, 15 e 16
# de fevereiro", "am Sonntag und am Montag, 15. und 16. Februar") pair in
# order.
. "$(dirname "$0")/lib.sh"

CONF="$ERRATA_ROOT/scripts/conformance.py"
CASES="$FIX/dates/shapes-asides.jsonl"

run python3 "$CONF" --verify "$CASES"
expect_rc "asides: every expected verdict agrees with the calendar" 0
run python3 "$CONF" --strict --rules date.weekday,date.invalid --errata "$ERRATA_BIN" --verbose "$CASES"
if [ "$RC" -eq 0 ]; then ok "asides: every case gets its verdict"; else
	not_ok "asides: every case gets its verdict" "$OUT"; fi
done_testing
