#!/bin/sh
# tests/cli/dates_not_pairs.sh: a weekday and a date that sit side by
# side but name two days. "Tuesday, the June 3 deadline": an article
# between the weekday and a date that starts with its month makes the
# date qualify a noun; the weekday is the day something else happened.
# The weekday's own date ("Tuesday, June 3", "Tuesday the 3rd of June")
# is still judged.
. "$(dirname "$0")/lib.sh"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# check LANG DATE TEXT: runs errata on TEXT dated DATE
check() {
	printf '%s\n' "$3" >"$tmp/a.md"
	run "$ERRATA_BIN" check --lang "$1" --date "$2" --format json "$tmp/a.md"
}

check en 2026-07-20 'Friday, the July 14 filing deadline came and went without a word.'
expect_contains "en: the deadline's date is not the Friday" '"findings":[]'
check en 2026-07-20 'On Monday, the July 14 vote was put off for a second time.'
expect_contains "en: nor the vote's" '"findings":[]'
check en 2026-07-20 'Friday, July 14, the filing deadline came and went.'
expect_contains "en: the weekday's own date is judged" '"rule":"date.weekday"'
check en 2026-07-20 'Friday the 14th of July is the filing deadline.'
expect_contains "en: the day first after the article is judged" '"rule":"date.weekday"'

done_testing
