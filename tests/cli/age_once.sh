#!/bin/sh
# age_once.sh: a count that is both a person's age and the anniversary of
# a birth ("ihren 87. Geburtstag", "er i dag 50 år") is judged by
# number.age and date.anniversary from the same birth; the article gets
# one finding for it, number.age's, which names the person. A thing's
# anniversary keeps its own finding.
. "$(dirname "$0")/lib.sh"

check_text de 2026-10-26 "Ilse Brandt, geboren am 24. Oktober 1936, feierte am Samstag ihren 87. Geburtstag."
expect_contains "a birthday's wrong count: the age's finding" "ist am 26. Oktober 2026 90 Jahre alt, nicht 87"
expect_not_contains "and not the anniversary's as well, in German" "date.anniversary"
check_text nb 2027-10-04 "Terje Aas, født 1980, er i dag 50 år."
expect_contains "an age told as years today: the age's finding" "ikke 50"
expect_not_contains "and not the anniversary's as well, in Norwegian" "date.anniversary"
check_text da 2027-10-04 "Mette Holm, født 1980, er i dag 50 år."
expect_not_contains "nor in Danish" "date.anniversary"
check_text nb 2027-10-04 "Skiklubben, stiftet 1980, er i dag 50 år."
expect_contains "a club's anniversary keeps its finding" "date.anniversary"
expect_not_contains "with no age beside it" "number.age"
done_testing
