#!/bin/sh
# tests/cli/dates_cjk_weekday_first.sh: Chinese, Japanese and Korean news
# give the date of a weekday in brackets right after it: 周四（7月16日）,
# 本周四（7月16日）, 木曜日（7月16日）, 목요일(7월 16일). The weekday is
# judged against that date. Only a form of two letters or more counts
# there: the one-letter forms (日, 月, 一) end other words (今日（7月13日）,
# 先月（6月30日）, 第一（7月16日）).
. "$(dirname "$0")/lib.sh"

# check LANG TEXT: runs errata on TEXT dated 2026-07-13 (a Monday)
check() { check_text "$1" 2026-07-13 "$2"; }

check zh '周五（7月16日）召开常务会议。'
expect_contains "zh: a wrong weekday before its date" '"text":"周五（7月16日）"'
check zh '本周五（7月16日）召开常务会议。'
expect_contains "zh: after a word that is no part of it" '"text":"周五（7月16日）"'
check zh '星期四（7月16日）召开常务会议。'
expect_contains "zh: a right one" '"findings":[]'
check ja '金曜日（7月16日）に臨時会を開く。'
expect_contains "ja: a wrong weekday before its date" '"rule":"date.weekday"'
check ja '木曜日（7月16日）に臨時会を開く。'
expect_contains "ja: a right one" '"findings":[]'
check ko '금요일(7월 16일) 임시회를 연다.'
expect_contains "ko: a wrong weekday before its date" '"rule":"date.weekday"'
check ko '목요일(7월 16일) 임시회를 연다.'
expect_contains "ko: a right one" '"findings":[]'
check ja '今日（7月13日）、会見が開かれた。先月（6月30日）に発表された案を説明した。'
expect_contains "ja: the last letter of another word is no weekday" '"findings":[]'
check zh '第一（7月16日）场比赛在北京举行。'
expect_contains "zh: nor here" '"findings":[]'
check zh '截至周五（7月16日前）提交。'
expect_contains "zh: a date that does not close its bracket is not the weekday's" '"findings":[]'

done_testing
