#!/bin/sh
# consistency.sh: the consistency checks and the fact sheet through
# `errata check`: every check flags its error in a fixture article, a
# check can be turned off, and a malformed fact sheet stops the run.
. "$(dirname "$0")/lib.sh"
F="$FIX/consistency"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

run "$ERRATA_BIN" check --facts "$F/facts.json" "$F/article.md"
expect_rc "errors in the article exit 1" 1
expect_contains "duration" "the three-day festival from January 9 would end January 11, but the article dates it to January 13 (5 days) [date.duration]"
expect_contains "relative" "yesterday, in an article dated Monday, January 5, 2026, is Sunday, January 4, not Monday [date.relative]"
expect_contains "range" "the range ends on January 12, before it starts on January 20 [date.range]"
expect_contains "anniversary" "\"90th anniversary\" in 2026, but Harbour Museum was founded in 1926 (fact sheet): that is 100 years [date.anniversary]"
expect_contains "age" "Ana Ortiz, born March 1970 (fact sheet), is 55 on January 5, 2026, not 58 [number.age]"
expect_contains "title from the sheet" "Moon Jae-in was President from May 10, 2017 to May 9, 2022 (fact sheet), not on January 5, 2026 [facts.title]"
expect_contains "title suggestion" "suggestion: former President Moon"
expect_contains "mayor no longer, across a line break" "Ana Ortiz was Mayor from 2019 to June 2025 (fact sheet), not on January 5, 2026 [facts.title]"
expect_contains "relative suggestion" "suggestion: yesterday (Sunday)"
expect_not_contains "years since 2006 is right" "20 years since"

run "$ERRATA_BIN" check "$F/article.md"
expect_not_contains "no sheet: no title finding" "[facts.title]"
expect_not_contains "no sheet: no age finding" "[number.age]"
expect_contains "no sheet: the article's own dates still count" "[date.duration]"

run "$ERRATA_BIN" check --facts "$F/facts.json" --disable date.duration --disable facts. "$F/article.md"
expect_not_contains "--disable date.duration" "[date.duration]"
expect_not_contains "--disable facts." "[facts.title]"
expect_contains "the rest still run" "[date.range]"

run "$ERRATA_BIN" check --facts "$F/facts.json" --format json "$F/article.md"
expect_contains "json names the rule" "\"rule\":\"date.duration\""
expect_contains "json span" "\"text\":\"three-day\""

printf '{"version": 1,\n "entities": [\n  {"name": "A", "born": }\n]}\n' >"$T/bad.json"
run "$ERRATA_BIN" check --facts "$T/bad.json" "$F/article.md"
expect_rc "malformed sheet exits 2" 2
expect_contains "syntax error names the place" "bad.json:3:25: invalid JSON" stderr

printf '{"version": 1, "entities": [{"name": "A"}, {"name": "B", "born": "1990-02-30"}]}\n' >"$T/bad2.json"
run "$ERRATA_BIN" check --facts "$T/bad2.json" "$F/article.md"
expect_rc "bad date exits 2" 2
expect_contains "bad value names the entity" "bad2.json: entities[1].born: not a date" stderr

run "$ERRATA_BIN" check --facts "$T/missing.json" "$F/article.md"
expect_rc "missing sheet exits 2" 2
expect_contains "missing sheet named" "missing.json" stderr

printf '{"facts": ["sheet.json"]}\n' >"$T/.errata.json"
cp "$F/facts.json" "$T/sheet.json"
cp "$F/article.md" "$T/article.md"
run sh -c "cd '$T' && '$ERRATA_BIN' check article.md"
expect_contains "config \"facts\" loads the sheet" "[facts.title]"

run "$ERRATA_BIN" check "$ERRATA_ROOT/examples/articles/finland-japan-state-visit.md"
expect_contains "example: the three-day visit" "the three-day visit from January 4 would end January 6, but the article dates it to January 8 (5 days) [date.duration]"
expect_contains "example: the weekdays" "[date.weekday]"

# The French example: its five-day festival runs seven days, and a weekday is wrong;
# "hier (lundi)" in an article dated Tuesday, June 30 is right.
run "$ERRATA_BIN" check "$ERRATA_ROOT/examples/articles/festival-lyon.md"
expect_rc "French example: exit 1" 1
expect_contains "French example: the five-day festival, in French" "festival-lyon.md:9:43: warning: « festival de cinq jours » à partir du 10 juillet finirait le 14 juillet, mais l'article va jusqu'au 16 juillet (7 jours) [date.duration]"
expect_contains "French example: the weekday" "festival-lyon.md:15:12: error: le 14 juillet 2026 est un mardi, pas un lundi [date.weekday]"
expect_not_contains "French example: yesterday is right" "[date.relative]"

# Short news articles written for these checks: the clean ones hold lengths,
# ranges, relative days, anniversaries, ages and titles that are all right.
run "$ERRATA_BIN" check --facts "$F/facts.json" "$F"/news/clean-*.md
expect_rc "clean news articles: exit 0" 0
for rule in date.duration date.range date.relative date.anniversary number.age facts.title; do
	expect_not_contains "clean news articles: no $rule" "[$rule]"
done

run "$ERRATA_BIN" check --facts "$F/facts.json" "$F"/news/wrong-*.md
expect_rc "news articles with errors: exit 1" 1
expect_contains "news: yesterday" "wrong-b1.md:7:36: error: yesterday, in an article dated Monday, February 16, 2026, is Sunday, February 15, not Saturday [date.relative]"
expect_contains "news: age from a birth on the next line" "wrong-b1.md:13:14: warning: Nowak, born in 1971, is 54 or 55 on February 16, 2026, not 57 [number.age]"
expect_contains "news: a range longer than two weeks" "wrong-b1.md:17:18: warning: the two-week change from February 23 would end March 8, but the article dates it to March 15 (21 days) [date.duration]"
expect_contains "news: age from the sheet" "wrong-b3.md:6:1: warning: Lee Jae-myung, born December 22, 1963 (fact sheet), is 62 on January 4, 2026, not 61 [number.age]"
expect_contains "news: the visit's return leg" "wrong-b3.md:7:1: warning: the three-day visit from January 5 would end January 7, but the article dates it to January 8 (4 days) [date.duration]"
expect_contains "news: anniversary" "wrong-b3.md:15:30: warning: \"151st anniversary\" in 2026, but Kim Koo was born in 1876 (fact sheet): that is 150 years [date.anniversary]"
expect_contains "news: title" "wrong-b5.md:7:31: warning: Ana Ortiz was Mayor from 2019 to June 2025 (fact sheet), not on May 11, 2026 [facts.title]"
expect_contains "news: reversed range" "wrong-b5.md:14:44: error: the range ends on May 19, before it starts on May 28 [date.range]"

done_testing
