#!/bin/sh
# tests/cli/dates_langs.sh: the weekday check in every language with a
# locale table and fixtures (tests/fixtures/dates/weekday-<lang>.jsonl).
# Each file holds sentences written in that language, wrong and right;
# their verdicts are checked against the calendar first, then every case
# must get its verdict from `errata check --lang <lang>`.
. "$(dirname "$0")/lib.sh"

CONF="$ERRATA_ROOT/scripts/conformance.py"
RULES=date.weekday,date.invalid
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

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

# date.holiday: holidays as data, in six languages; a weekday inside a
# holiday's name is the holiday's, not the date's.
run python3 "$CONF" --strict --rules date.holiday,date.weekday --errata "$ERRATA_BIN" --verbose \
	"$FIX/dates/holidays.jsonl"
if [ "$RC" -eq 0 ]; then ok "holidays: every case gets its verdict"; else
	not_ok "holidays: every case gets its verdict" "$OUT"; fi
run sh -c "printf 'Easter Monday, April 7, 2026, is a bank holiday.\\n' | \"\$0\" check --lang en -" "$ERRATA_BIN"
expect_contains "holidays: Easter Monday's date is wrong" "Easter Monday 2026 is on April 6, not April 7 [date.holiday]"
expect_contains "holidays: the suggestion" "suggestion: Easter Monday, April 6, 2026"
expect_not_contains "holidays: Monday in Easter Monday is not judged as a weekday" "date.weekday"
run sh -c "printf 'El Viernes Santo de 2025 cae el 11 de abril.\\n' | \"\$0\" check --lang es --date 2024-12-11 -" "$ERRATA_BIN"
expect_contains "holidays: the year after a year word is the date's, named in the message" "Viernes Santo es el 18 de abril, no el 11 de abril [date.holiday]"

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
expect_contains "German example: Whit Monday is May 25" "bahnstreik-pfingsten.md:11:18: error: Pfingstmontag ist am 25. Mai, nicht am 26. Mai [date.holiday]"

# Messages in the article's language; --messages and the configuration's
# "messages" choose one for the whole run, names and dates included.
run "$ERRATA_BIN" check "$EX/gion-matsuri.md"
expect_contains "messages: Japanese" "error: 2026年7月17日は金曜日で、木曜日ではありません [date.weekday]"
expect_contains "messages: Japanese impossible date" "error: 6月31日は存在しません(6月は30日までです) [date.invalid]"
run "$ERRATA_BIN" check "$EX/metro-madrid-huelga.md"
expect_contains "messages: Spanish" "error: el 14 de marzo de 2026 es sábado, no viernes [date.weekday]"
run "$ERRATA_BIN" check "$EX/bahnstreik-pfingsten.md"
expect_contains "messages: German" "error: der 22. Mai 2026 ist ein Freitag, kein Donnerstag [date.weekday]"
run "$ERRATA_BIN" check --messages en "$EX/gion-matsuri.md"
expect_contains "--messages en: English names and dates" "error: July 17, 2026 is a Friday, not a Thursday [date.weekday]"
expect_contains "--messages en: the suggestion stays Japanese" "suggestion: 2026年7月17日(金)"
run "$ERRATA_BIN" check --messages fr --format sarif "$EX/metro-madrid-huelga.md"
expect_contains "--messages fr in SARIF" "le 14 mars 2026 est un samedi, pas un vendredi"
run "$ERRATA_BIN" check --messages xx "$EX/gion-matsuri.md"
expect_rc "--messages without a table is an error" 2
expect_contains "--messages names the language" "--messages: no locale table for language 'xx'" stderr
printf '{"messages": "de"}\n' > "$tmp/de.json"
run "$ERRATA_BIN" check -c "$tmp/de.json" "$EX/metro-madrid-huelga.md"
expect_contains "config messages: German for a Spanish article" "error: der 14. März 2026 ist ein Samstag, kein Freitag [date.weekday]"
# Swedish: a Swedish message, Swedish names; --messages en: English
# throughout, not English words around Swedish names
printf 'Mötet hålls torsdagen den 1:a juli 2026.\n' > "$tmp/sv.md"
run "$ERRATA_BIN" check --lang sv "$tmp/sv.md"
expect_contains "messages: Swedish" "error: 1 juli 2026 är en onsdag, inte en torsdag [date.weekday]"
run "$ERRATA_BIN" check --lang sv --messages en "$tmp/sv.md"
expect_contains "--messages en: English throughout" "error: July 1, 2026 is a Wednesday, not a Thursday [date.weekday]"

# --lang auto: a folder of articles in several languages, none of which
# names its language; each is read in the language of its words, and the
# JSON summary says which.
mkdir "$tmp/mixed"
printf 'El ministro comparecerá el miércoles 5 de marzo de 2026 ante la comisión.\n' > "$tmp/mixed/es.md"
printf '市議会は2026年3月5日(水)に臨時会を開く。\n' > "$tmp/mixed/ja.md"
printf 'Die Bahn kündigte einen Notfahrplan an, der ab Mittwoch, 5. März 2026, gilt.\n' > "$tmp/mixed/de.md"
printf 'The council meets on Wednesday, March 5, 2026, and the vote is on the next day.\n' > "$tmp/mixed/en.md"
printf '2026\n' > "$tmp/mixed/none.md"
run "$ERRATA_BIN" check --lang auto --format json "$tmp/mixed"
expect_rc "auto: the wrong weekdays are errors" 1
for l in es ja de en; do
	expect_contains "auto: $l.md is read as $l" "{\"path\":\"$tmp/mixed/$l.md\",\"lang\":\"$l\"}"
done
expect_contains "auto: a text without words falls back to English" "{\"path\":\"$tmp/mixed/none.md\",\"lang\":\"en\"}"
n=$(printf '%s\n' "$OUT" | grep -c '"rule":"date.weekday"')
if [ "$n" -eq 4 ]; then ok "auto: one wrong weekday in each language"; else
	not_ok "auto: one wrong weekday in each language" "$OUT"; fi
# Without auto the summary has no languages, and English reads the Spanish
# article without a finding.
run "$ERRATA_BIN" check --format json "$tmp/mixed/es.md"
expect_not_contains "named: no languages in the summary" '"languages"'
expect_not_contains "named: English does not read Spanish dates" 'date.weekday'
# "auto" in front matter and in a configuration
printf -- '---\nlang: auto\n---\nEl ministro comparecerá el miércoles 5 de marzo de 2026.\n' > "$tmp/fm.md"
run "$ERRATA_BIN" check --format json "$tmp/fm.md"
expect_contains "auto in front matter" '"lang":"es"'
printf '{"lang": "auto"}\n' > "$tmp/auto.json"
run "$ERRATA_BIN" check -c "$tmp/auto.json" --format json "$tmp/mixed/ja.md"
expect_contains "auto in a configuration" '"lang":"ja"'

# A tie between tables that share the text's words takes the first of
# them by name: a short Danish or Norwegian line is read in Danish, whose
# weekday and month words it has, not in English.
mkdir -p "$tmp/tie"
printf 'Byrådet mødes mandag den 20. januar 2026.\n' > "$tmp/tie/no.md"
printf 'The board meets on Monday, January 20, 2026.\n' > "$tmp/tie/en.md"
run "$ERRATA_BIN" check --lang auto --format json "$tmp/tie/no.md" "$tmp/tie/en.md"
expect_rc "auto tie: the wrong weekdays are errors" 1
expect_contains "auto tie: a Danish-Norwegian tie is read in Danish" "{\"path\":\"$tmp/tie/no.md\",\"lang\":\"da\"}"
expect_contains "auto tie: its weekday is checked" "20. januar 2026 er en tirsdag"
expect_contains "auto tie: English stays English" "{\"path\":\"$tmp/tie/en.md\",\"lang\":\"en\"}"

done_testing
