#!/bin/sh
# age_events.sh: number.age on an age at an event ("sworn in at 41 on
# Jan. 7, 2019", "devient à 36 ans", "mit 55 Jahren am Montag") in a
# sentence that states the birth: judged on the event's date, with the
# message in the article's language. The fixtures under
# tests/fixtures/consistency hold the cases that must stay quiet.
. "$(dirname "$0")/lib.sh"

check_text en 2026-03-06 "Samuel Okoro, who was born on March 9, 1979, was sworn in at 41 on Jan. 7, 2019."
expect_contains "an age at a dated event is judged on that date" \
	"Samuel Okoro, born March 9, 1979, is 39 on January 7, 2019, not 41"
check_text fr 2026-03-06 "Paul Girard, né le 12 juin 1975, a été élu mardi à 49 ans à la tête du syndicat."
expect_contains "a weekday dates the event, in French" \
	"Paul Girard (naissance : 12 juin 1975) a 50 ans le 3 mars 2026, pas 49"
check_text de 2026-03-06 "Maria Holm, geboren am 14. Juli 1984, ist mit 43 Jahren die jüngste Ministerin des Landes."
expect_contains "a verb of the present dates it on the article's day, in German" \
	"ist am 6. März 2026 41 Jahre alt, nicht 43"
check_text en 2026-03-06 "Greta Lindqvist, born Nov. 30, 1968, moved to Stockholm at 17 and was named chief executive on Wednesday."
expect_not_contains "an age at a time the sentence does not tell stays quiet" "number.age"
check_text zh 2026-03-16 "著名作家王建国于2026年3月13日在北京逝世，享年86岁。王建国1940年5月2日出生于上海。"
expect_contains "an age at a death in Chinese is judged on the day of the death, in Chinese" \
	"王建国（1940年5月2日出生）于2026年3月13日去世，享年85岁，不是86岁"
check_text ko 2026-03-16 "소설가 박민수 씨가 13일 별세했다. 향년 86세. 박민수 씨는 1940년 5월 2일 서울에서 태어났다."
expect_contains "a Korean obituary dates the death by its day alone" \
	"2026년 3월 13일에 향년 85세로 별세했으며 86세가 아닙니다"
done_testing
