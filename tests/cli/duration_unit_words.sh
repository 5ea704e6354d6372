#!/bin/sh
# tests/cli/duration_unit_words.sh: units of date.duration that the
# locale tables name: months in Danish ("måneder"), overnight stays in
# Polish ("noclegów", nights), nights in a Hungarian adjective
# ("éjszakás"); the Greek articles of dates ("από τις 3 Μαΐου"), a
# Catalan verb of lasting in the plural ("han durat"); a Turkish length
# before "boyunca" (for) has no noun ("dört gün boyunca ziyaretçileri" is
# no event of visitors). Left alone: right
# counts, "… siden" (ago).
. "$(dirname "$0")/lib.sh"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

# lang|flag (1: a finding wanted, 0: none)|sentence (articles dated 2026-04-20)
cat >"$T/cases" <<'CASES'
da|1|Vejen er spærret i fire måneder, fra 5. maj til 27. juni.
da|0|Vejen er spærret i fire måneder, fra 5. maj til 1. september.
da|0|For fire måneder siden var vejen spærret fra 5. maj til 7. maj.
pl|1|Turnus nad morzem trwa od 5 do 12 lipca, 9 noclegów.
pl|0|Turnus nad morzem trwa od 5 do 12 lipca, 7 noclegów.
hu|1|A hét éjszakás horgásztábor július 6-tól 10-ig tart.
hu|0|A négy éjszakás horgásztábor július 6-tól 10-ig tart.
el|1|Η επισκευή της γέφυρας κράτησε τέσσερις μήνες, από τις 3 Μαΐου 2025 έως τις 20 Δεκεμβρίου 2026.
el|0|Η επισκευή της γέφυρας κράτησε δεκαοκτώ μήνες, από τις 3 Μαΐου 2025 έως τις 20 Οκτωβρίου 2026.
ca|1|Les obres de la plaça, iniciades el 3 de maig de 2024 i acabades el 20 de desembre de 2025, han durat un any.
ca|0|Les obres de la plaça, iniciades el 3 de maig de 2024 i acabades el 20 d'abril de 2025, han durat un any.
tr|1|8-9 Mayıs'ta düzenlenecek çiçek fuarı dört gün boyunca ziyaretçileri ağırlayacak.
tr|0|8-11 Mayıs'ta düzenlenecek çiçek fuarı dört gün boyunca ziyaretçileri ağırlayacak.
tr|0|8-9 Mayıs'ta düzenlenen fuardan önce iki hafta boyunca hazırlık yapıldı.
CASES

expect_flags "$T/cases" date.duration
done_testing
