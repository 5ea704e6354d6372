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

done_testing
