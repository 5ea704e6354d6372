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
done_testing
