#!/bin/sh
# tests/cli/age_apposed.sh: a birth whose name is set off by commas
# before the verb ("The new conductor, Ilse Marten, was born …", "Ilse
# Marten, a conductor, was born …", "Der neue Dirigent, Jan Marten, wurde
# … geboren") gives the name's age, as "Ilse Marten was born …" does.
. "$(dirname "$0")/lib.sh"

check() { check_text "$1" "$2" "$3"; }

check en 2026-06-30 'The new conductor, Ilse Marten, was born in Hamburg on Jan. 9, 1983. Marten, 45, has led orchestras in Oslo.'
expect_contains "en: the name between commas before the verb" 'is 43 on June 30, 2026, not 45'
check en 2026-06-30 'The new conductor, Ilse Marten, was born in Hamburg on Jan. 9, 1983. Marten, 43, has led orchestras in Oslo.'
expect_contains "en: the right age" '"findings":[]'
check en 2026-06-30 'Ilse Marten, a conductor, was born in Hamburg on Jan. 9, 1983. Marten, 45, has led orchestras in Oslo.'
expect_contains "en: the name before a description between commas" 'is 43 on June 30, 2026, not 45'
check en 2026-06-30 'After the war, in Hamburg, a daughter was born on Jan. 9, 1983. Marten, 45, has led orchestras in Oslo.'
expect_contains "en: no name between the commas" '"findings":[]'
check de 2026-06-30 'Der neue Dirigent, Jan Marten, wurde am 9. Januar 1983 in Hamburg geboren. Marten, 45, leitete Orchester in Oslo.'
expect_contains "de: the name between commas before wurde … geboren" '43 Jahre alt, nicht 45'
done_testing
