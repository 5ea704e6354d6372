#!/bin/sh
# age_obituaries.sh: number.age in obituaries, where the age is the one
# at the death, not on the article's date: the death told with its date
# ("died Friday, Oct. 10", "starb am Samstag, 16. Mai", "murió el sábado
# 7 de febrero"), the birth in another sentence, with a name or without
# ("She was born ...", "Había nacido ...", "Né le ..."), and the age in
# yet another, tied by the surname ("Fenwick was 86.", "Velasco, de 94
# años,") or said of the one who died ("Sie wurde 77 Jahre alt.", "Aveva
# 77 anni.", "ela tinha 90 anos"), or in the death's own clause whether
# it closes the sentence or not ("est morte samedi …, à l'âge de 92 ans, a
# annoncé sa famille"), a weekday dating the death ("died on Sunday"),
# the name that opens an undated death's sentence when the dated one
# names nobody ("Tom Barrow, who has died aged 90, … He died on Monday"),
# an age that opens the sentence before its verb of death ("W wieku 80
# lat zmarł …", "Im Alter von 80 Jahren starb …").
# The traps are quiet: an age at
# another time ("was 78 when she retired in 2017", "in her 80s"), a
# relative's age, a second person with the same surname, a quotation
# about a past year, a birthday the day after the death or a birth year
# alone (both ages pass), an age in a clause about another time ("où
# elle s'était installée à 20 ans"). Every case with an age and its dates is
# checked with Python's own arithmetic first.
. "$(dirname "$0")/lib.sh"
CASES="$FIX/consistency/obituaries.jsonl"

run python3 - "$CASES" <<'PY'
import datetime, json, sys
bad = 0
for line in open(sys.argv[1], encoding="utf-8"):
    c = json.loads(line)
    if "age" not in c:
        continue
    died = datetime.date.fromisoformat(c["died"])
    if len(c["born"]) == 4:
        ages = {died.year - int(c["born"]) - 1, died.year - int(c["born"])}
    else:
        b = datetime.date.fromisoformat(c["born"])
        ages = {died.year - b.year - ((died.month, died.day) < (b.month, b.day))}
    want = "ok" if c["age"] in ages else "number.age"
    if want != c["expect"]:
        bad += 1
        print("%s: expect %s, the dates give %s" % (c["id"], c["expect"], want))
sys.exit(1 if bad else 0)
PY
expect_rc "each case's verdict follows from its dates" 0

run python3 "$ERRATA_ROOT/scripts/conformance.py" --strict --rules number.age \
	--errata "$ERRATA_BIN" "$CASES"
expect_rc "every obituary case passes" 0
[ "$RC" = 0 ] || printf '%s\n' "$OUT" | sed 's/^/# /'

# The message says what it compared, in the article's language.
check_text en 2025-09-26 "Ruth Okafor died Tuesday, Sept. 23, at home. Okafor was born August 5, 1948, in Dayton.

Okafor was 78."
expect_contains "the message names the birth, the death, the age then and the stated one" \
	"Okafor, born August 5, 1948, died on September 23, 2025 at 77, not 78"
check_text de 2026-05-20 "Gisela Nowak ist tot. Sie starb am Samstag, 16. Mai. Nowak wurde am 18. Mai 1948 in Bremen geboren.

Sie wurde 78 Jahre alt."
expect_contains "a German obituary gets a German message" \
	"starb am 16. Mai 2026 mit 77 Jahren, nicht 78"
check_text sv 2026-05-20 "Författaren Gunnel Ek har avlidit. Hon dog i lördags, den 16 maj. Ek föddes den 18 maj 1948 i Lund.

Hon blev 78 år."
expect_contains "a Swedish obituary gets a Swedish message" \
	"dog den 16 maj 2026, 77 år gammal, inte 78"
done_testing
