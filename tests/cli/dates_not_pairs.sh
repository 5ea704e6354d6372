#!/bin/sh
# tests/cli/dates_not_pairs.sh: a weekday and a date that sit side by
# side but name two days. "Tuesday, the June 3 deadline": an article
# between the weekday and a date that starts with its month makes the
# date qualify a noun; the weekday is the day something else happened.
# A weekday after its date's comma that opens a list of weekdays ("od 8
# czerwca, wtorek i czwartek") names days from that date on. The
# weekday's own date ("Tuesday, June 3", "Tuesday the 3rd of June",
# "8 czerwca, wtorek:") is still judged.
. "$(dirname "$0")/lib.sh"

# check LANG DATE TEXT: runs errata on TEXT dated DATE
check() { check_text "$1" "$2" "$3"; }

check en 2026-07-20 'Friday, the July 14 filing deadline came and went without a word.'
expect_contains "en: the deadline's date is not the Friday" '"findings":[]'
check en 2026-07-20 'On Monday, the July 14 vote was put off for a second time.'
expect_contains "en: nor the vote's" '"findings":[]'
check en 2026-07-20 'Friday, July 14, the filing deadline came and went.'
expect_contains "en: the weekday's own date is judged" '"rule":"date.weekday"'
check en 2026-07-20 'Friday the 14th of July is the filing deadline.'
expect_contains "en: the day first after the article is judged" '"rule":"date.weekday"'

check pl 2026-06-01 'Od 15 czerwca, środa i piątek, biblioteka czynna do 20.'
expect_contains "pl: a list of weekdays after a date" '"findings":[]'
check ru 2026-06-01 'С 15 июня, среда и пятница, библиотека работает до 20 часов.'
expect_contains "ru: a list of weekdays after a date" '"findings":[]'
check pl 2026-06-01 '15 czerwca, środa: sesja rady miasta.'
expect_contains "pl: the date's own weekday after its comma is judged" '"rule":"date.weekday"'
check ru 2026-06-01 '15 июня, среда — заседание совета.'
expect_contains "ru: the date's own weekday after its comma is judged" '"rule":"date.weekday"'

done_testing
