#!/bin/sh
# tests/cli/dates_asides.sh: weekdays and dates with words between them,
# right and wrong sentences in tests/fixtures/dates/shapes-asides.jsonl,
# checked against the calendar first: two weekdays each led by its article
# or preposition before two days ("no domingo e na segunda-feira, 15 e 16
# de fevereiro", "am Sonntag und am Montag, 15. und 16. Februar") pair in
# order, and a weekday after a list word of two words ("el sábado y el
# domingo, 10 de enero") ends a list and names no date alone; a noun
# between a date and its weekday alone in brackets ("the
# Oct. 9 reunion (Saturday)", not "(Saturday's game was moved)"); a
# weekday in the possessive and a date in apposition to its noun
# ("Monday's meeting, set for Nov. 10,", not "Monday's meeting moved the
# vote to Nov. 10"); a weekday between dashes after its date ("Sept. 15 —
# a Wednesday —"); the part of the day between a weekday and its date
# ("el miércoles por la noche, 10 de noviembre"); and a year in a name
# ("Fiscal year 2027", "FY2027", "the Class of 2027") that does not date a
# year-less date near the article's date.
. "$(dirname "$0")/lib.sh"

CASES="$FIX/dates/shapes-asides.jsonl"

expect_conformance "asides" "$CASES"
done_testing
