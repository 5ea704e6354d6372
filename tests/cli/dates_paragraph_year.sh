#!/bin/sh
# tests/cli/dates_paragraph_year.sh: a year written earlier in the same
# paragraph is a reading of a year-less date's year when its weekday fits
# it and not the article's ("The blizzard of 2021 struck in February. On
# Sunday, Feb. 14, the power failed"), as a year in the date's own
# sentence or heading already was. A year beyond a blank line does not
# count, nor do words such as "last year" in an earlier sentence, and a
# weekday that fits neither year is still judged.
. "$(dirname "$0")/lib.sh"

# check TEXT: runs errata on TEXT (printf format) dated 2026-07-20
check() { check_text en 2026-07-20 "$(printf "$1")"; }

check 'The blizzard of 2021 struck in February. On Sunday, Feb. 14, the power failed across the county.'
expect_contains "a year named in the sentence before" '"findings":[]'
check 'The blizzard of 2021 struck in February. Crews worked for days.\nOn Sunday, Feb. 14, the power failed across the county.'
expect_contains "a year named on a line before, in the same paragraph" '"findings":[]'
check 'The blizzard of 2021 struck in February.\n\nOn Sunday, Feb. 14, the power failed across the county.'
expect_contains "a year beyond a blank line is not the date's" '"rule":"date.weekday"'
check 'The blizzard of 2021 struck in February. On Monday, Feb. 14, the power failed across the county.'
expect_contains "a weekday that fits no year is still wrong" '"rule":"date.weekday"'
check 'Last year'"'"'s blizzard struck in February. On Friday, Feb. 14, the power failed across the county.'
expect_contains "\"last year\" in an earlier sentence names no year here" '"rule":"date.weekday"'

done_testing
