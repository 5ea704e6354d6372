#!/bin/sh
# tests/cli/dates_leap_day.sh: February 29 written without a year, in a
# sentence about the leap day itself (the table's consistency
# "leap_words": a leap year, a leap day, a birthday), is the day of leap
# years, not a day of the article's common year: date.invalid leaves it
# alone; so does a birth on it (a word of "born"). Elsewhere, and with a written year, it is still judged; without
# a year, it is a leap year's only within half a year of the article.
. "$(dirname "$0")/lib.sh"

# check LANG TEXT: runs errata on TEXT dated 2026-05-04 (a common year)
check() { check_text "$1" 2026-05-04 "$2"; }

check en 'Children born on Feb. 29 have a real birthday only once every four years.'
expect_contains "en: a birthday on February 29" '"findings":[]'
check en 'Couples who wed on a leap day, Feb. 29, mark it on March 1 this year.'
expect_contains "en: the leap day" '"findings":[]'
check en 'The filing deadline is Feb. 29, the county clerk said.'
expect_contains "en: a deadline on February 29 of a common year is still wrong" '"rule":"date.invalid"'
check en 'The leap-year filing deadline is Feb. 29, 2026.'
expect_contains "en: a written common year is still wrong" '"rule":"date.invalid"'
check es 'En los años no bisiestos, quienes nacieron un 29 de febrero lo celebran el 1 de marzo.'
expect_contains "es: años bisiestos" '"findings":[]'
check es 'La votación será el 29 de febrero.'
expect_contains "es: a vote on February 29 of a common year is still wrong" '"rule":"date.invalid"'
check de 'Wer am 29. Februar Geburtstag hat, feiert in diesem Jahr am 28.'
expect_contains "de: Geburtstag" '"findings":[]'
check fr 'Les enfants nés un 29 février ne fêtent leur anniversaire que les années bissextiles.'
expect_contains "fr: années bissextiles" '"findings":[]'
# a birth on the leap day, its year not written: a birthday of leap years
check fr "La gardienne, née un 29 février, a prolongé son contrat jusqu'en 2029."
expect_contains "fr: née un 29 février" '"findings":[]'
check en 'The winger, born on Feb. 29, scored twice on Saturday.'
expect_contains "en: born on Feb. 29" '"findings":[]'
check en 'The winger was born on Feb. 29, 2003, the club said.'
expect_contains "en: a birth in a written common year is still wrong" '"rule":"date.invalid"'
check ja '今年はうるう年ではないので、2月29日生まれの人は誕生日を3月1日に祝う。'
expect_contains "ja: うるう年" '"findings":[]'
check ja '締め切りは2月29日です。'
expect_contains "ja: a deadline on February 29 of a common year is still wrong" '"rule":"date.invalid"'

# A February 29 more than half a year away in a leap year is not the one
# meant: written in early February of a common year, it is that month's;
# written in the autumn before a leap year, it is the leap year's.
check_text en 2027-02-03 'Ballots must be postmarked by February 29 to count.'
expect_contains "en: February 29 three weeks ahead in a common year" '"rule":"date.invalid"'
check_text fr 2025-02-12 "Les inscriptions sont ouvertes jusqu'au 29 février inclus."
expect_contains "fr: February 29 two weeks ahead in a common year" '"rule":"date.invalid"'
check_text en 2027-10-15 'The vote is on Tuesday, Feb. 29.'
expect_contains "en: February 29 four months ahead is the leap year's" '"findings":[]'

done_testing
