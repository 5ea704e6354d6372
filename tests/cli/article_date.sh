#!/bin/sh
# tests/cli/article_date.sh: where an article's date comes from (it
# anchors the dates written without a year) and the "files" list of the
# JSON output that says so: --date, front matter keys as site generators
# write them, JSON-LD, a byline or dateline in the first lines; a title
# that names a date in history is no dateline.
. "$(dirname "$0")/lib.sh"

D="$FIX/dates/article-date"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$D"/* "$tmp"/
cd "$tmp" || exit 1

# A byline under the title dates the article; the 1989 treaty re-dates
# nothing in the key dates below it, and the one wrong weekday is flagged.
run "$ERRATA_BIN" check --format json byline.md
expect_rc "byline: one error" 1
expect_contains "byline: the date and its line" '{"path":"byline.md","date":"2026-05-12","date_from":"byline, line 3"}'
expect_contains "byline: the wrong weekday, in the article's year" '"message":"May 15, 2026 is a Friday, not a Saturday"'
expect_not_contains "byline: no 1989 reading" '1989 is a'
expect_not_contains "byline: the right weekdays are left alone" '"text":"Thu 14 May"'

run "$ERRATA_BIN" check --format json dateline.txt
expect_contains "dateline: an all-caps place and a date" '{"path":"dateline.txt","date":"2026-03-05","date_from":"byline, line 1"}'
expect_contains "dateline: the wrong weekday is flagged" '"message":"March 12, 2026 is a Thursday, not a Friday"'
expect_not_contains "dateline: the history re-dates nothing" 'Tuesday, March 10"'

run "$ERRATA_BIN" check --format json published.md
expect_contains "published: a byline word" '"date":"2026-11-27","date_from":"byline, line 3"'
expect_contains "published: January is next year's" '"message":"January 12, 2027 is a Tuesday, not a Monday"'

run "$ERRATA_BIN" check --format json pubdate.md
expect_contains "front matter pubDate" '"date":"2026-03-01","date_from":"front matter '"'"'pubDate'"'"'"'
expect_contains "front matter pubDate: judged in 2026" '"message":"March 7, 2026 is a Saturday, not a Sunday"'
run "$ERRATA_BIN" check --format json --date 2025-03-01 pubdate.md
expect_contains "--date wins over the front matter" '"date":"2025-03-01","date_from":"--date"'

run "$ERRATA_BIN" check --format json jsonld.html
expect_contains "JSON-LD datePublished" '"date":"2026-03-01","date_from":"json-ld"'
expect_contains "HTML table cells: weekday and date" '"message":"March 6, 2026 is a Friday, not a Thursday"'

# In HTML: article:published_time, then name="date", then JSON-LD, then <time>.
run "$ERRATA_BIN" check --format json jsonld-time.html
expect_rc "JSON-LD outranks <time>: nothing flagged" 0
expect_contains "JSON-LD outranks <time>" '"date":"2026-02-25","date_from":"json-ld"'
run "$ERRATA_BIN" check --format json meta-order.html
expect_rc "article:published_time outranks an earlier name=date: nothing flagged" 0
expect_contains "article:published_time outranks an earlier name=date" '"date":"2026-02-25","date_from":"html meta"'
run "$ERRATA_BIN" check --format json time-only.html
expect_contains "<time> alone dates the article" '"date":"2026-02-25","date_from":"html <time>"'
expect_contains "<time> alone: the wrong weekday is flagged" '"message":"March 2, 2026 is a Monday, not a Tuesday"'

run "$ERRATA_BIN" check --format json title-history.md
expect_rc "a date in a title is no dateline: nothing flagged" 0
expect_contains "a date in a title is no dateline" '{"path":"title-history.md","date":null,"date_from":"none"}'

# A sentence in the first lines is no dateline because its script has no
# lower case (Cyrillic lower case counts; CJK text is never all-caps).
run "$ERRATA_BIN" check --lang ru --format json ru-history.md
expect_rc "ru: a date in history in the first lines dates nothing" 0
expect_contains "ru: no article date" '{"path":"ru-history.md","date":null,"date_from":"none"}'
run "$ERRATA_BIN" check --lang zh --format json zh-history.md
expect_rc "zh: a date in history in the first lines dates nothing" 0
expect_contains "zh: no article date" '{"path":"zh-history.md","date":null,"date_from":"none"}'
run "$ERRATA_BIN" check --lang zh --format json zh-history-short.md
expect_contains "zh: a short sentence after the date is no dateline either" '{"path":"zh-history-short.md","date":null,"date_from":"none"}'
run "$ERRATA_BIN" check --lang ja --format json ja-dateline-time.md
expect_contains "ja: a date and its time alone on a line is a dateline" '"date":"2026-03-05","date_from":"byline, line 1"'
expect_contains "ja: ... and dates the wrong weekday below" '"rule":"date.weekday"'
run "$ERRATA_BIN" check --lang ru --format json ru-dateline.md
expect_contains "ru: a place, a comma, the date and its year word is a dateline" '"date":"2026-03-05","date_from":"byline, line 1"'
expect_contains "ru: ... and dates the wrong weekday below" '"message":"12 марта 2026 года — четверг, а не пятница"'

# The text output does not list the dates.
run "$ERRATA_BIN" check byline.md
expect_not_contains "text output: no date list" 'date_from'

done_testing
