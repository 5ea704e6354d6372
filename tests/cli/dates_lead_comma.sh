#!/bin/sh
# tests/cli/dates_lead_comma.sh: two shapes of short news text. A day and
# month in digits that no month has, after "até" (Portuguese) or "bis"
# (German), is an impossible date ("até 31/09", "bis 31.06."), as after
# the tables' other numeric_lead_words. A Chinese weekday set off by
# commas after its date ("11月13日，星期日，") is the date's weekday; one
# that runs on into the next word ("星期日上午") is not read there.
. "$(dirname "$0")/lib.sh"

# check LANG TEXT: runs errata on TEXT dated 2026-06-01
check() { check_text "$1" 2026-06-01 "$2"; }

check pt 'As inscrições para o concurso vão até 31/09, informou a prefeitura.'
expect_contains "pt: até 31/09" '"rule":"date.invalid"'
check pt 'As inscrições para o concurso vão até 30/09, informou a prefeitura.'
expect_contains "pt: até 30/09 is a date that exists" '"findings":[]'
check de 'Anmeldung bis 31.06. im Bürgerbüro.'
expect_contains "de: bis 31.06." '"rule":"date.invalid"'
check de 'Anmeldung bis 30.06. im Bürgerbüro.'
expect_contains "de: bis 30.06. is a date that exists" '"findings":[]'
check zh '11月13日，星期日，多地迎来大风降温天气。'
expect_contains "zh: a wrong weekday between commas" '"rule":"date.weekday"'
check zh '11月15日，星期日，多地迎来大风降温天气。'
expect_contains "zh: a right one" '"findings":[]'
check zh '11月13日，星期日上午，多地迎来大风降温天气。'
expect_contains "zh: a weekday that runs on is not read after a comma" '"findings":[]'

done_testing
