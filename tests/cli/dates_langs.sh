#!/bin/sh
# tests/cli/dates_langs.sh: the weekday check in every language with a
# locale table and fixtures (tests/fixtures/dates/weekday-<lang>.jsonl).
# Each file holds sentences written in that language, wrong and right;
# their verdicts are checked against the calendar first, then every case
# must get its verdict from `errata check --lang <lang>`.
. "$(dirname "$0")/lib.sh"

CONF="$ERRATA_ROOT/scripts/conformance.py"
RULES=date.weekday,date.invalid

for cases in "$FIX"/dates/weekday-*.jsonl; do
	lang=${cases##*/weekday-}
	lang=${lang%.jsonl}
	run python3 "$CONF" --verify "$cases"
	expect_rc "$lang: every expected verdict agrees with the calendar" 0
	wrong=$(grep -c '"expect": "mismatch"' "$cases")
	right=$(grep -c '"expect": "ok"' "$cases")
	if [ "$wrong" -ge 10 ] && [ "$right" -ge 10 ]; then
		ok "$lang: at least 10 wrong and 10 right sentences ($wrong, $right)"
	else
		not_ok "$lang: at least 10 wrong and 10 right sentences" "$wrong wrong, $right right"
	fi
	run python3 "$CONF" --strict --rules "$RULES" --errata "$ERRATA_BIN" --verbose "$cases"
	if [ "$RC" -eq 0 ]; then ok "$lang: every case gets its verdict"; else
		not_ok "$lang: every case gets its verdict" "$OUT"; fi
done

# The example articles in Spanish, Japanese and German: their errors are
# found at their places, and nothing else is.
EX="$ERRATA_ROOT/examples/articles"
run "$ERRATA_BIN" check "$EX/metro-madrid-huelga.md"
expect_rc "Spanish example: errors found" 1
expect_contains "Spanish example: the Friday that is a Saturday" "metro-madrid-huelga.md:15:34: error: "
expect_contains "Spanish example: February 30" "metro-madrid-huelga.md:19:11: error: "
n=$(printf '%s\n' "$OUT" | grep -c ': error: ')
if [ "$n" -eq 2 ]; then ok "Spanish example: two errors"; else not_ok "Spanish example: two errors" "$OUT"; fi
run "$ERRATA_BIN" check "$EX/gion-matsuri.md"
expect_contains "Japanese example: the weekday in brackets" "gion-matsuri.md:10:14: error: "
expect_contains "Japanese example: the suggestion keeps the brackets" "suggestion: 2026年7月17日(金)"
expect_contains "Japanese example: June 31" "gion-matsuri.md:14:17: error: "
n=$(printf '%s\n' "$OUT" | grep -c ': error: ')
if [ "$n" -eq 2 ]; then ok "Japanese example: two errors"; else not_ok "Japanese example: two errors" "$OUT"; fi
run "$ERRATA_BIN" check "$EX/bahnstreik-pfingsten.md"
expect_contains "German example: the Thursday that is a Friday" "bahnstreik-pfingsten.md:13:57: error: "
expect_not_contains "German example: Pfingstmontag is not read as Montag" "Montag, not"

done_testing
