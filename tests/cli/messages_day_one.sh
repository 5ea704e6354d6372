#!/bin/sh
# tests/cli/messages_day_one.sh: French writes the first day of a month as
# an ordinal ("1er mars") and every other day as its number ("2 mars"):
# the table's "date_format_days" gives messages and the suggestions that
# change the day that form, while a suggestion that only changes the
# weekday keeps the day as the article wrote it.
. "$(dirname "$0")/lib.sh"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# March 1, 2026 is a Sunday, March 2 a Monday
printf 'Le lundi 1 mars 2026, la ville a voté.\nLe dimanche 2 mars 2026, la ville a voté.\nLe lundi 1er mars 2026, la ville a voté.\n' > "$tmp/a.md"
run "$ERRATA_BIN" check --lang fr "$tmp/a.md"
expect_rc "a wrong weekday is an error" 1
expect_contains "the first of the month is 1er in the message" \
	"a.md:1:4: error: le 1er mars 2026 est un dimanche, pas un lundi [date.weekday]"
expect_contains "the weekday's suggestion keeps the article's day" "suggestion: dimanche 1 mars 2026"
expect_contains "the day's suggestion writes 2 as a number" "suggestion: lundi 2 mars 2026"
expect_contains "other days are cardinal in the message" \
	"a.md:2:4: error: le 2 mars 2026 est un lundi, pas un dimanche [date.weekday]"
expect_contains "a suggestion that lands on the 1st writes 1er" "suggestion: dimanche 1er mars 2026"
expect_contains "1er written by the article is kept" "suggestion: dimanche 1er mars 2026"
expect_not_contains "no 2er" "2er"
run "$ERRATA_BIN" check --lang fr --messages en "$tmp/a.md"
expect_contains "English messages keep 1" "error: March 1, 2026 is a Sunday, not a Monday [date.weekday]"

# a table whose day form is not a day is refused, naming the key
cp -R "$ERRATA_ROOT/rules/." "$tmp/data"
sed 's/"date_format_days": {"1": "1er"}/"date_format_days": {"32": "x"}/' \
	"$ERRATA_ROOT/rules/locales/fr.json" > "$tmp/data/locales/fr.json"
run env ERRATA_DATA_DIR="$tmp/data" "$ERRATA_BIN" check --lang fr "$tmp/a.md"
expect_rc "a bad day form is a usage error" 2
expect_contains "the error names the key" "date_format_days.32" stderr

done_testing
