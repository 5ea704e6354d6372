#!/bin/sh
# tests/cli/holiday_no_year.sh: a holiday's date written without a year is
# read in the article's year, but the message names no year the writer did
# not write ("Christmas Day is on December 25"); a date written with its
# year keeps it ("Christmas Day 2025 is on December 25"). English and
# French, and French told in English with --messages en.
. "$(dirname "$0")/lib.sh"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

printf 'Christmas Day, December 26, is quiet.\nChristmas Day, December 26, 2025, is quiet.\n' > "$tmp/en.md"
run "$ERRATA_BIN" check --lang en --date 2025-12-01 "$tmp/en.md"
expect_rc "en: a wrong holiday date is an error" 1
expect_contains "en: no year written, none in the message" \
	"en.md:1:1: error: Christmas Day is on December 25, not December 26 [date.holiday]"
expect_contains "en: the year written is kept" \
	"en.md:2:1: error: Christmas Day 2025 is on December 25, not December 26 [date.holiday]"
expect_contains "en: the suggestion adds no year" "suggestion: Christmas Day, December 25"

printf 'Noël, le 26 décembre, la ville dort.\nNoël, le 26 décembre 2025, la ville dort.\n' > "$tmp/fr.md"
run "$ERRATA_BIN" check --lang fr --date 2025-12-01 "$tmp/fr.md"
expect_rc "fr: a wrong holiday date is an error" 1
expect_contains "fr: no year written, none in the message" \
	"fr.md:1:1: error: Noël tombe le 25 décembre, pas le 26 décembre [date.holiday]"
expect_contains "fr: the year written is kept" \
	"fr.md:2:1: error: Noël 2025 tombe le 25 décembre, pas le 26 décembre [date.holiday]"
run "$ERRATA_BIN" check --lang fr --messages en --date 2025-12-01 "$tmp/fr.md"
expect_contains "fr with --messages en: no year either" \
	"fr.md:1:1: error: Noël is on December 25, not December 26 [date.holiday]"

# The suggestion writes the day as the text does: one digit for
# "April 12", two where the date is in digits or the day padded.
printf 'Easter Sunday is April 12 this year.\n' > "$tmp/easter.md"
run "$ERRATA_BIN" check --lang en --date 2026-03-05 "$tmp/easter.md"
expect_contains "en: a day written in words is not padded" "suggestion: Easter Sunday is April 5"
printf 'Ostersonntag ist am 12.04.2026.\n' > "$tmp/ostern.md"
run "$ERRATA_BIN" check --lang de --date 2026-03-05 "$tmp/ostern.md"
expect_contains "de: a date in digits keeps two" "suggestion: Ostersonntag ist am 05.04.2026"

# every table that words the holiday message also words it without a year
for t in "$ERRATA_ROOT"/rules/locales/*.json; do
	if grep -q '"holiday": ' "$t"; then
		if grep -q '"holiday_no_year": ' "$t" && ! grep '"holiday_no_year": ' "$t" | grep -q '{year}'; then
			ok "$(basename "$t"): holiday_no_year"
		else
			not_ok "$(basename "$t"): holiday_no_year" "missing, or it names {year}"
		fi
	fi
done

done_testing
