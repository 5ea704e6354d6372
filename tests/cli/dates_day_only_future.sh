#!/bin/sh
# tests/cli/dates_day_only_future.sh: a weekday with a day and no month
# may be a day after the reference in the next month, even when the day in
# the reference's own month, a few days before it, is nearer ("will",
# "is set for", or a plain present: a day just past may be next month's).
# After "last", or when no reading fits, the day is still judged.
. "$(dirname "$0")/lib.sh"

check() { check_text "$1" "$2" "$3"; }

check en 2026-05-20 'The council met on Friday, May 15. It will vote Wednesday the 10th.'
expect_contains "en: will, a day in the next month" '"findings":[]'
check en 2026-05-20 'The council met on Friday, May 15. The vote is set for Wednesday the 10th.'
expect_contains "en: is set for, a day in the next month" '"findings":[]'
check en 2026-05-20 'The council met on Friday, May 15. It will vote Thursday the 10th.'
expect_contains "en: will, but no reading fits" '"rule":"date.weekday_day"'
check en 2026-05-20 'The council met on Friday, May 15. It voted last Wednesday, the 10th.'
expect_contains "en: last keeps the readings before the reference" '"rule":"date.weekday_day"'
check en 2026-01-20 'Tickets for the reopening go on sale Saturday the 14th.'
expect_contains "en: a day a week past, and next month's fits" '"findings":[]'
check en 2026-01-20 'Tickets for the reopening go on sale Sunday the 14th.'
expect_contains "en: a day a week past, and no month fits" '"rule":"date.weekday_day"'
check es 2026-01-20 'Las entradas saldrán a la venta el sábado 14.'
expect_contains "es: el sábado 14, next month's" '"findings":[]'
check fr 2026-05-20 'Le conseil s'"'"'est réuni le vendredi 15 mai. Il doit voter le mercredi 10.'
expect_contains "fr: doit, a day in the next month" '"findings":[]'
check de 2026-05-20 'Der Rat tagte am Freitag, 15. Mai. Er wird am Mittwoch, dem 10., abstimmen.'
expect_contains "de: wird, a day in the next month" '"findings":[]'
check es 2026-05-20 'El consejo se reunió el viernes 15 de mayo. Va a votar el miércoles 10.'
expect_contains "es: va a, a day in the next month" '"findings":[]'

done_testing
