#!/bin/sh
# tests/cli/dates_names.sh: a weekday word that is part of a name is not a
# weekday. In a language that writes weekdays in lower case, a capitalised
# weekday right after a capitalised word is a place or a person ("Santo
# Domingo, 9 jul", "Anna Sobota, 14 lipca 2026"); in one that capitalises
# them, a short form the table calls ambiguous after an article or after a
# capitalised word inside the line is a title ("The Vancouver Sun, July 16,
# 2026"). A wire dateline in capitals whose place ends in a weekday word
# ("SANTO DOMINGO, 9 jul (EFE).-") is a place too. The same weekdays
# written as weekdays are still judged.
. "$(dirname "$0")/lib.sh"

# check LANG TEXT: runs errata on TEXT dated 2026-07-20
check() { check_text "$1" 2026-07-20 "$2"; }

check es 'Santo Domingo, 9 jul (EFE).- Las autoridades cerraron el puerto.'
expect_contains "es: a dateline from Santo Domingo is no Sunday" '"findings":[]'
check es 'SANTO DOMINGO, 9 jul (EFE).- Las autoridades cerraron el puerto.'
expect_contains "es: a dateline in capitals from Santo Domingo is no Sunday" '"findings":[]'
check es 'SANTO DOMINGO, 9 de julio de 2026 (EFE). Las autoridades cerraron el puerto.'
expect_contains "es: nor with its year" '"findings":[]'
check es 'HUELGA EL DOMINGO, 9 DE JULIO (CONVOCATORIA)'
expect_contains "es: a headline in capitals with an article before the weekday is read" '"rule":"date.weekday"'
check es 'DOMINGO, 9 DE JULIO (EFE)'
expect_contains "es: a weekday opening a line in capitals is read" '"rule":"date.weekday"'
check es 'El barítono Domingo, 21 de julio de 2026, abrió la temporada.'
expect_contains "es: a capitalised weekday after a word in lower case is still read" '"rule":"date.weekday"'
check es 'Domingo 9 de julio: jornada de puertas abiertas.'
expect_contains "es: a capitalised weekday opening a line is still read" '"rule":"date.weekday"'
check es 'La feria abre el domingo 9 de julio.'
expect_contains "es: a weekday in lower case is still read" '"rule":"date.weekday"'
check pl 'Anna Sobota, 14 lipca 2026 r., Poznań'
expect_contains "pl: a surname is no Saturday" '"findings":[]'
check pl 'W sobotę, 14 lipca 2026 r., odbędzie się festyn.'
expect_contains "pl: the weekday itself is still read" '"rule":"date.weekday"'

check en 'The Vancouver Sun, July 16, 2026, ran the photo on its front page.'
expect_contains "en: a masthead is no Sunday" '"findings":[]'
check en 'She told the Sun, July 16, that she would appeal.'
expect_contains "en: nor after an article" '"findings":[]'
check en 'Doors open Sun, July 16, at 10 a.m.'
expect_contains "en: a short weekday after a word in lower case is still read" '"rule":"date.weekday"'
check en 'Posted Sun, July 16, 2026'
expect_contains "en: a byline's short weekday opening a line is still read" '"rule":"date.weekday"'
check en 'Black Friday, July 16, is the sale that matters.'
expect_contains "en: a full weekday name after a capitalised word is still read" '"rule":"date.weekday"'

done_testing
