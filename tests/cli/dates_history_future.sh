#!/bin/sh
# tests/cli/dates_history_future.sh: a year-less date after a future verb
# in its sentence ("will", "is expected", "è atteso", "wird") is not read
# near a written date of history earlier in the paragraph: "The last
# flood of this size came on Sunday, June 1, 1986. The crest is expected
# Sunday, Dec. 29" is December 29 of the article's year (a Tuesday in
# 2026), not of 1985. A past tense keeps the reading near the history.
. "$(dirname "$0")/lib.sh"

check() { check_text "$1" "$2" "$3"; }

check en 2026-12-20 'The last flood of this size came on Sunday, June 1, 1986. The crest is expected Sunday, Dec. 29.'
expect_contains "en: is expected, the article's year" '"rule":"date.weekday"'
check en 2026-12-20 'The last flood of this size came on Sunday, June 1, 1986. The crest will come Sunday, Dec. 29.'
expect_contains "en: will, the article's year" '"rule":"date.weekday"'
check en 2026-12-20 'The last flood of this size came on Sunday, June 1, 1986. The crest is expected Tuesday, Dec. 29.'
expect_contains "en: the right weekday" '"findings":[]'
check en 2026-12-20 'The last flood of this size came on Sunday, June 1, 1986. The first warning had come on Sunday, Dec. 29.'
expect_contains "en: a past tense may read it near 1986" '"findings":[]'
check it 2026-12-20 "L'ultima piena di questa portata risale a domenica 1 giugno 1986. Il colmo è atteso domenica 29 dicembre."
expect_contains "it: è atteso, the article's year" '"rule":"date.weekday"'
check de 2026-12-20 'Das letzte Hochwasser dieser Art gab es am Sonntag, 1. Juni 1986. Der Scheitel wird am Sonntag, 29. Dezember, erwartet.'
expect_contains "de: wird, the article's year" '"rule":"date.weekday"'

done_testing
