#!/bin/sh
# tests/cli/dates_day_only_future.sh: a weekday with a day and no month
# after "will" (the table's future_verb_words) earlier in its sentence may
# be a day after the reference in the next month, even when the day in
# the reference's own month, a few days before it, is nearer. Without
# the future word, or when no reading fits, the day is still judged.
. "$(dirname "$0")/lib.sh"

check() { check_text "$1" "$2" "$3"; }

check en 2026-05-20 'The council met on Friday, May 15. It will vote Wednesday the 10th.'
expect_contains "en: will, a day in the next month" '"findings":[]'
check en 2026-05-20 'The council met on Friday, May 15. The vote is set for Wednesday the 10th.'
expect_contains "en: is set to is not is set for" '"rule":"date.weekday_day"'
check en 2026-05-20 'The council met on Friday, May 15. It will vote Thursday the 10th.'
expect_contains "en: will, but no reading fits" '"rule":"date.weekday_day"'
check en 2026-05-20 'The council met on Friday, May 15. It voted Wednesday the 10th.'
expect_contains "en: a past verb keeps the nearest reading" '"rule":"date.weekday_day"'
check fr 2026-05-20 'Le conseil s'"'"'est réuni le vendredi 15 mai. Il doit voter le mercredi 10.'
expect_contains "fr: doit, a day in the next month" '"findings":[]'
check de 2026-05-20 'Der Rat tagte am Freitag, 15. Mai. Er wird am Mittwoch, dem 10., abstimmen.'
expect_contains "de: wird, a day in the next month" '"findings":[]'
check es 2026-05-20 'El consejo se reunió el viernes 15 de mayo. Va a votar el miércoles 10.'
expect_contains "es: va a, a day in the next month" '"findings":[]'

done_testing
