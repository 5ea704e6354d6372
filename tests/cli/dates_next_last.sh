#!/bin/sh
# tests/cli/dates_next_last.sh: French, Italian, Spanish, Portuguese and
# Catalan write "next" and "last" after the weekday, before its date:
# "jeudi prochain, le 16 juillet", "venerdì scorso, 10 luglio", "el
# jueves pasado, 9 de julio". The tables' weekday_date_words carry them,
# so the weekday is judged against its date.
. "$(dirname "$0")/lib.sh"

# check LANG TEXT: runs errata on TEXT dated 2026-07-13 (a Monday)
check() { check_text "$1" 2026-07-13 "$2"; }

check fr 'Mercredi prochain, le 16 juillet, le tribunal rendra sa décision.'
expect_contains "fr: prochain, a wrong weekday" '"rule":"date.weekday"'
check fr 'Jeudi prochain, le 16 juillet, le tribunal rendra sa décision.'
expect_contains "fr: prochain, the right one" '"findings":[]'
check fr 'Jeudi dernier, 10 juillet, les pompiers sont intervenus.'
expect_contains "fr: dernier, a wrong weekday" '"rule":"date.weekday"'
check it 'Giovedì scorso, 10 luglio, i vigili sono intervenuti.'
expect_contains "it: scorso, a wrong weekday" '"rule":"date.weekday"'
check it 'Venerdì scorso, 10 luglio, i vigili sono intervenuti.'
expect_contains "it: scorso, the right one" '"findings":[]'
check es 'El jueves pasado, 10 de julio, los bomberos intervinieron.'
expect_contains "es: pasado, a wrong weekday" '"rule":"date.weekday"'
check pt 'Na quinta-feira passada, 10 de julho, os bombeiros foram chamados.'
expect_contains "pt: passada, a wrong weekday" '"rule":"date.weekday"'
check pt 'Na sexta-feira passada, 10 de julho, os bombeiros foram chamados.'
expect_contains "pt: passada, the right one" '"findings":[]'
check ca 'Dijous passat, 10 de juliol, els bombers van intervenir.'
expect_contains "ca: passat, a wrong weekday" '"rule":"date.weekday"'

done_testing
