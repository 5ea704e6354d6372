#!/bin/sh
# tests/cli/dates_lead_in.sh: a year written in the line that leads a list
# in (a heading, a line in bold, a line ending with a colon, a title) governs the
# year-less dates of the list under it, in every language; numeric day and
# month after a weekday read in the table's order ("Zaterdag 24/02").
. "$(dirname "$0")/lib.sh"

CASES="$FIX/dates/lead-in-year.jsonl"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

expect_conformance "lead-in years" "$CASES"

# The list is read in the heading's year, not the article's: each weekday
# that fits 2018 is wrong in 2017, and the message names 2017.
printf 'Sluitingsdagen 2017 op een rijtje:\n- Zaterdag 24/02 = Batibouw\n- Maandag 02/04 = Paasmaandag\n' >"$tmp/nl.md"
run "$ERRATA_BIN" check --lang nl --date 2018-03-01 "$tmp/nl.md"
expect_rc "nl list under a 2017 lead-in: errors" 1
expect_contains "nl: February 24, 2017 is a Friday" "nl.md:2:3: error: 24 februari 2017 is een vrijdag, geen zaterdag [date.weekday]"
expect_contains "nl: April 2, 2017 is a Sunday" "nl.md:3:3: error: 2 april 2017 is een zondag, geen maandag [date.weekday]"

# The same list led in by a plain sentence: the article's year reads it.
printf 'Wij zijn in 2017 verhuisd en sluiten op deze dagen\n- Zaterdag 24/02 = Batibouw\n- Maandag 02/04 = Paasmaandag\n' >"$tmp/plain.md"
run "$ERRATA_BIN" check --lang nl --date 2018-03-01 "$tmp/plain.md"
expect_rc "nl list under a plain line: no error" 0
done_testing
