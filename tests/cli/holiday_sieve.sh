#!/bin/sh
# holiday_sieve.sh: date.holiday and the holiday weekdays of date.weekday
# return early on a document whose prose shows no holiday's name
# (holiday.h: the names' anchors in the word index); a name the index
# does not show must still be found where the check looks on the raw
# text: inside a masked link target or address, right after a letter
# outside ASCII that the index reads as part of the word (a Hangul
# syllable), glued to a date's last digit, and a name whose anchor is
# not its first word ("the first Sunday of Advent").
. "$(dirname "$0")/lib.sh"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

# lang|flag (1: a finding wanted, 0: none)|sentence
cat >"$T/holiday" <<'CASES'
en|1|See [the plan](https://example.com/Thanksgiving) Thursday, Nov. 20, 2026 for details.
en|0|See [the plan](https://example.com/Thanksgiving) Thursday, Nov. 26, 2026 for details.
en|1|See https://example.com/Thanksgiving Nov. 20, 2026 for details.
en|0|See https://example.com/Thanksgiving Nov. 26, 2026 for details.
en|1|Shops close on 한Thanksgiving, Thursday, Nov. 20, 2026.
en|1|The parade is Nov. 20Thanksgiving 2026.
en|1|Join us for the first Sunday of Advent, Nov. 30, 2026.
en|0|Join us for the first Sunday of Advent, Nov. 29, 2026.
en|1|Thanksgiving Day, Nov. 20, 2026, is a day off.
en|0|Valentine&rsquo;s Day, Feb. 15, 2026, came early.
CASES
expect_flags "$T/holiday" date.holiday

cat >"$T/weekday" <<'CASES'
en|1|Thanksgiving falls on a Wednesday this year.
en|0|Thanksgiving falls on a Thursday this year.
en|1|The first Sunday of Advent falls on a Monday this year.
CASES
expect_flags "$T/weekday" date.weekday

done_testing
