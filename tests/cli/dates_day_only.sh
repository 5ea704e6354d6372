#!/bin/sh
# tests/cli/dates_day_only.sh: date.weekday_day, a weekday written with a
# day number and no month ("Tuesday the 14th", "le mardi 14", "am
# Dienstag, dem 15.", "nesta quinta-feira (17)", "13日（日）", "9일(목)").
# tests/fixtures/dates/day-only.jsonl holds right and wrong sentences in
# eleven languages and the shapes that must stay quiet (amendments,
# centuries, counts, floors, places, scores, hours, "Friday the 13th", a
# month named in the paragraph); their verdicts are recomputed from their
# claims with Python's calendar first (the readings of README's rule),
# then every case must get its verdict.
. "$(dirname "$0")/lib.sh"

CONF="$ERRATA_ROOT/scripts/conformance.py"
CASES="$FIX/dates/day-only.jsonl"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

run python3 "$CONF" --verify "$CASES"
expect_rc "every expected verdict agrees with the calendar" 0
wrong=$(grep -c '"expect": "mismatch"' "$CASES")
right=$(grep -c '"expect": "ok"' "$CASES")
if [ "$wrong" -ge 30 ] && [ "$right" -ge 30 ]; then
	ok "at least 30 wrong and 30 right sentences ($wrong, $right)"
else
	not_ok "at least 30 wrong and 30 right sentences" "$wrong wrong, $right right"
fi
run python3 "$CONF" --strict --errata "$ERRATA_BIN" --verbose "$CASES"
if [ "$RC" -eq 0 ]; then ok "every case gets its verdict"; else
	not_ok "every case gets its verdict" "$OUT"; fi
# and with each case's language chosen by errata: the idioms are in every
# table that shares the words ("martes 13" is Spanish, Asturian, Galician)
run python3 "$CONF" --strict --lang auto --errata "$ERRATA_BIN" --verbose "$CASES"
if [ "$RC" -eq 0 ]; then ok "--lang auto: every case gets its verdict"; else
	not_ok "--lang auto: every case gets its verdict" "$OUT"; fi

# The message names the date read; the suggestions change only what the
# author wrote (the weekday, or the day), never adding a month.
printf 'The council will vote on Tuesday the 14th.\n' >"$tmp/en.md"
run "$ERRATA_BIN" check --date 2026-12-10 "$tmp/en.md"
expect_rc "a wrong weekday is an error" 1
expect_contains "the message names the date read" \
	"en.md:1:26: error: Tuesday the 14th: December 14, 2026 is a Monday [date.weekday_day]"
expect_contains "first suggestion: the right weekday" "suggestion: Monday the 14th"
expect_contains "second suggestion: the day on that weekday" "suggestion: Tuesday the 15th"
run "$ERRATA_BIN" check --date 2026-12-10 --fix-dry-run "$tmp/en.md"
expect_contains "--fix writes the weekday, no month" "+The council will vote on Monday the 14th."

# Far from the reference date, the months either side are readings too:
# a Monday the 28th fits December 28, 2026; a Friday fits no month, and
# the nearest, November 28, is named.
printf 'The market reopens on Monday the 28th.\n' >"$tmp/far.md"
run "$ERRATA_BIN" check --date 2026-12-10 "$tmp/far.md"
expect_rc "far: a weekday that fits the month after is right" 0
printf 'The market reopens on Friday the 28th.\n' >"$tmp/far.md"
run "$ERRATA_BIN" check --date 2026-12-10 "$tmp/far.md"
expect_contains "far: one that fits no month names the nearest" \
	"Friday the 28th: November 28, 2026 is a Saturday [date.weekday_day]"

# The date before it in its paragraph is the reference; not across paragraphs.
printf 'The strike began on March 3, 2026.\n\nIt ended on Wednesday the 7th.\n' >"$tmp/para.md"
run "$ERRATA_BIN" check --date 2026-06-20 "$tmp/para.md"
expect_contains "another paragraph: the article's date" "June 7, 2026 is a Sunday"
printf 'The strike began on March 3, 2026. It ended on Wednesday the 7th.\n' >"$tmp/para.md"
run "$ERRATA_BIN" check --date 2026-06-20 "$tmp/para.md"
expect_contains "the same paragraph: the date before it" "March 7, 2026 is a Saturday"

# No reference date: not judged. The rule can be turned off.
run "$ERRATA_BIN" check "$tmp/en.md"
expect_rc "no article date: not judged" 0
printf '{"disable": ["date.weekday_day"]}\n' >"$tmp/off.json"
run "$ERRATA_BIN" check -c "$tmp/off.json" --date 2026-12-10 "$tmp/en.md"
expect_rc "date.weekday_day off" 0

# In the article's language, and the dates and months around it are read
# as before: a full date is still date.weekday's.
printf 'Le conseil se réunira le mardi 14, a annoncé le maire.\n' >"$tmp/fr.md"
run "$ERRATA_BIN" check --lang fr --date 2026-12-10 "$tmp/fr.md"
expect_contains "French message" "mardi 14 : le 14 décembre 2026 est un lundi [date.weekday_day]"
printf '説明会は13日（土）に開かれる。\n' >"$tmp/ja.md"
run "$ERRATA_BIN" check --lang ja --date 2026-12-10 "$tmp/ja.md"
expect_contains "Japanese message" "13日（土）：2026年12月13日は日曜日です [date.weekday_day]"
expect_contains "Japanese suggestion keeps the brackets" "suggestion: 13日（日）"
printf 'The vote is on Tuesday, December 14.\n' >"$tmp/full.md"
run "$ERRATA_BIN" check --date 2026-12-10 "$tmp/full.md"
expect_contains "a full date stays date.weekday's" "[date.weekday]"
expect_not_contains "and is not read again" "date.weekday_day"

done_testing
