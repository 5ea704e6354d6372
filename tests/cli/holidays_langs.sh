#!/bin/sh
# date.holiday in the tables beyond the first six (nl pt pl ca gl sv da nb
# cs ro ru uk zh ko el sk ga hu fi tr): a wrong date for a named holiday is flagged, the
# right one is not, a weekday inside a holiday's name ("Goede Vrijdag",
# "Wielki Piątek", "Velký pátek") is never judged as the date's weekday,
# Orthodox Easter (ro, ru, uk, el) is computed as the Orthodox churches do,
# and a name after its date that goes on with a period word ("元旦假期",
# "개천절 연휴") names a period, not the day.
. "$(dirname "$0")/lib.sh"
CONF="$ERRATA_ROOT/scripts/conformance.py"
CASES="$FIX/dates/holidays-more.jsonl"
run python3 "$CONF" --strict --rules date.holiday,date.weekday --errata "$ERRATA_BIN" --verbose "$CASES"
if [ "$RC" -eq 0 ]; then ok "every case gets its verdict"; else not_ok "every case gets its verdict" "$OUT"; fi
for l in nl pt pl ca gl sv da nb cs ro ru uk zh ko el sk ga hu fi tr; do
	w=$(grep -c "\"lang\": \"$l\".*\"expect\": \"date.holiday\"" "$CASES")
	r=$(grep -c "\"lang\": \"$l\".*\"expect\": \"ok\"" "$CASES")
	if [ "$w" -ge 1 ] && [ "$r" -ge 2 ]; then ok "$l: wrong and right cases ($w, $r)"; else
		not_ok "$l: wrong and right cases" "$w wrong, $r right"; fi
done
# Orthodox Easter: the Western date is wrong in Russian, the Orthodox one right.
run sh -c "printf 'Пасха, 5 апреля 2026 года, пришлась на весну.\\n' | \"\$0\" check --lang ru -" "$ERRATA_BIN"
expect_contains "ru: Orthodox Easter 2026 is April 12, in Russian" "error: Пасха в 2026 году — 12 апреля, а не 5 апреля [date.holiday]"
run sh -c "printf 'Пасха, 5 апреля 2026 года, пришлась на весну.\\n' | \"\$0\" check --lang ru --messages en -" "$ERRATA_BIN"
expect_contains "ru: --messages en, in English" "April 12, not April 5 [date.holiday]"
run sh -c "printf 'Paștele, 20 aprilie 2025, a adunat credincioșii.\\n' | \"\$0\" check --lang ro -" "$ERRATA_BIN"
expect_rc "ro: Orthodox Easter 2025 is April 20" 0
# The message is in the article's language.
run sh -c "printf 'Koningsdag valt dit jaar op 28 april 2026.\\n' | \"\$0\" check --lang nl -" "$ERRATA_BIN"
expect_contains "nl: the longest link word ties the name to its date, message in Dutch" "Koningsdag 2026 valt op 27 april, niet op 28 april"
# A table entry with a bad Easter offset is refused with the file named.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/locales"
cp "$ERRATA_ROOT/rules/locales/en.json" "$tmp/locales/en.json"
python3 - "$tmp/locales/en.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
d["holidays"].append({"names": ["Test Feast"], "orthodox_easter": 500})
json.dump(d, open(sys.argv[1], "w"))
PY
run sh -c "printf 'x\\n' | ERRATA_DATA_DIR=\"$tmp\" \"\$0\" check --lang en -" "$ERRATA_BIN"
expect_rc "a bad orthodox_easter offset: exit 2" 2
expect_contains "a bad orthodox_easter offset: says which key" "'orthodox_easter' must be -100..100" stderr
# A year's listed day that does not exist, and a shift with no day count, are refused too.
for entry in '{"names": ["Test Feast"], "dates": {"2026": "02-30"}}|'"'dates' must be an object of year" \
             '{"names": ["Test Feast"], "date": "04-27", "shift": {"weekday": 7}}|'"'shift' needs 'days'"; do
	cp "$ERRATA_ROOT/rules/locales/en.json" "$tmp/locales/en.json"
	python3 - "$tmp/locales/en.json" "${entry%%|*}" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
d["holidays"].append(json.loads(sys.argv[2]))
json.dump(d, open(sys.argv[1], "w"))
PY
	run sh -c "printf 'x\\n' | ERRATA_DATA_DIR=\"$tmp\" \"\$0\" check --lang en -" "$ERRATA_BIN"
	expect_rc "a bad holiday entry (${entry#*|}): exit 2" 2
	expect_contains "a bad holiday entry: says which key" "${entry#*|}" stderr
done
done_testing
