#!/bin/sh
# holiday_sieve.sh: date.holiday and the holiday weekdays of date.weekday
# return early on a document whose prose shows no holiday's name
# (holiday.h: the names' anchors in the word index); a name the index
# does not show must still be found where the check looks on the raw
# text: inside a masked link target or address, right after a letter
# outside ASCII that the index reads as part of the word (a Hangul
# syllable), glued to a date's last digit, and a name whose anchor is
# not its first word ("the first Sunday of Advent"), and words of every
# length the index may give an anchor ("Patrick" of "Patrick's", "Day").
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
en|1|Valentine’s Day, Feb. 15, 2026, came early.
en|1|The parade on St. Patrick's Day, March 18, 2026, was long.
en|1|The Memorial Day, May 26, 2026, parade was long.
en|1|Members of the council met on Memorial Day, May 26, 2026.
en|0|Members of the council met on Memorial Day, May 25, 2026.
en|1|The assessing officers marched on Independence Day, July 5, 2026.
en|0|The assessing officers marched on Independence Day, July 4, 2026.
CASES
expect_flags "$T/holiday" date.holiday

cat >"$T/weekday" <<'CASES'
en|1|Thanksgiving falls on a Wednesday this year.
en|0|Thanksgiving falls on a Thursday this year.
en|1|The first Sunday of Advent falls on a Monday this year.
CASES
expect_flags "$T/weekday" date.weekday

# A name inside a masked address at every offset of a 64-byte block, and
# at the text's end, with and without the AVX2 bodies: each is found.
mkdir -p "$T/shifted"
i=0
while [ $i -lt 70 ]; do
	pad=$(printf '%*s' $i '' | tr ' ' 'a')
	printf -- '---\ndate: 2026-04-20\nlang: en\n---\n\n%s See https://example.com/Thanksgiving Nov. 20, 2026\n' "$pad" >"$T/shifted/s$i.md"
	i=$((i + 1))
done
for avx in "" 1; do
	run env ERRATA_NO_AVX2=$avx "$ERRATA_BIN" check "$T/shifted"
	n=$(printf '%s\n' "$OUT" | grep -c 'date.holiday')
	if [ "$n" = 70 ]; then ok "every offset of a masked name${avx:+ without AVX2}"; else
		not_ok "every offset of a masked name${avx:+ without AVX2}" "$n of 70"; fi
done

done_testing
