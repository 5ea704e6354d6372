#!/bin/sh
# tests/cli/dates_scores.sh: a score or a tally that a list joins to the
# date before it ("won 6-2 on May 12 and 11-4 on May 13") is two numbers,
# not a range of days: date.range does not call it a range that ends before
# it starts, nor date.invalid its numbers impossible days ("31-30" after
# "Feb. 12 and"). A range or a list of days written as such is still judged.
. "$(dirname "$0")/lib.sh"

# check LANG TEXT: runs errata on TEXT dated 2026-06-08
check() { check_text "$1" 2026-06-08 "$2"; }

check en 'The Cubs won 6-2 on May 12 and 11-4 on May 13 to take the series.'
expect_contains "en: scores after a list word are not a range" '"findings":[]'
check en 'The council approved the plan 7-0 on May 5 and the budget 12-3 on May 19.'
expect_contains "en: nor a tally" '"findings":[]'
check en 'The Hawks won 80-78 on Feb. 12 and 31-30 on Feb. 14.'
expect_contains "en: nor impossible days in February" '"findings":[]'
check en 'The trial runs from May 12 to 5.'
expect_contains "en: a range from a written date still ends before it starts" '"rule":"date.range"'
check en 'Hearings were held on Feb. 12 and 30.'
expect_contains "en: a list of days still holds an impossible one" '"rule":"date.invalid"'
check en 'Hearings are set for May 12, 14 and 19-21.'
expect_contains "en: a list that ends in a range is read" '"findings":[]'

done_testing
