#!/bin/sh
# relative_weekdays.sh: a weekday named with "last" or "next" and its
# date (date.relative), told in the article's language; a weekday that
# does not fit its date is date.weekday's alone.
. "$(dirname "$0")/lib.sh"

# check LANG TEXT: runs errata on TEXT dated 2025-12-03 (a Wednesday)
check() { check_text "$1" 2025-12-03 "$2"; }

check en 'Police said the van was taken last Friday, Nov. 14, from a depot.'
expect_contains "en: last Friday two weeks back" '"message":"last Friday, in an article dated Wednesday, December 3, 2025, is November 28, not November 14"'
check en 'Police said the van was taken last Friday, Nov. 13, from a depot.'
expect_contains "en: a weekday off its date is date.weekday's" '"rule":"date.weekday"'
expect_not_contains "en: and not date.relative's too" '"rule":"date.relative"'
check fr 'Le suspect a été arrêté vendredi dernier, le 14 novembre, à Lille.'
expect_contains "fr: the message in French" '« vendredi dernier », dans un article daté du mercredi 3 décembre 2025, est le 28 novembre, pas le 14 novembre'
check de 'Am kommenden Montag, dem 22. Dezember, tagt der Rat.'
expect_contains "de: the message in German" '„kommenden Montag“ ist in einem Artikel vom Mittwoch, 3. Dezember 2025, der 8. Dezember, nicht der 22. Dezember'
check zh '上周五（11月14日），警方逮捕了一名男子。'
expect_contains "zh: the calendar week, in Chinese" '“上周五”是11月28日，不是11月14日'
check ko '지난 금요일(14일) 경찰이 남성을 체포했다.'
expect_contains "ko: the day alone, in Korean" "'지난 금요일'은(는) 11월 28일이며 11월 14일이(가) 아닙니다"
expect_contains "ko: the suggestion keeps the bracket" '"suggestions":["지난 금요일(28일)"]'

done_testing
