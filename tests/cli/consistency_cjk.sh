#!/bin/sh
# consistency_cjk.sh: facts.title and number.age in Japanese, Chinese
# (simplified and traditional) and Korean through `errata check`: a title
# written after the name or before it with no space ("山川一郎首相",
# "外长王建国", "박정수 대통령"), and births the article states
# ("1970年5月10日生まれ", "1960年3月4日出生", "1970년 5월 10일생") feeding
# the ages in brackets. Each language has an article of wrong sentences
# (every one flagged, in the article's language, with the qualifier
# suggested where a title is no longer held) and one of correct
# sentences (qualified titles, titles held, other years, other people's
# births), which must stay silent.
. "$(dirname "$0")/lib.sh"
D="$FIX/consistency/cjk"
cd "$D" || exit 1

for l in ja zh zh-hant ko; do
	lang=$l
	[ "$l" = zh-hant ] && lang=zh
	run "$ERRATA_BIN" check --lang "$lang" --facts "../$l/titles.json" "$l-wrong.md"
	expect_rc "$l: the wrong article has warnings only" 0
	expect_out "$l: every wrong title and age, in the article's language" "$l-wrong.out"
	titles=$(printf '%s\n' "$OUT" | grep -c '\[facts.title\]')
	ages=$(printf '%s\n' "$OUT" | grep -c '\[number.age\]')
	if [ "$titles" -ge 5 ] && [ "$ages" -ge 5 ]; then ok "$l: five titles and five ages or more"
	else not_ok "$l: five titles and five ages or more" "titles $titles, ages $ages"; fi
	run "$ERRATA_BIN" check --lang "$lang" --facts "../$l/titles.json" "$l-clean.md"
	expect_rc "$l: the correct article" 0
	if [ -z "$OUT" ]; then ok "$l: no finding on the correct sentences"
	else not_ok "$l: no finding on the correct sentences" "$OUT"; fi
done

# without the sheet no title is judged, and the births still are
run "$ERRATA_BIN" check --lang ja ja-wrong.md
expect_not_contains "ja: no sheet, no title" "[facts.title]"
expect_contains "ja: no sheet, the article's births" "森田健一（1970年5月10日生まれ）は2026年3月2日に55歳で、50歳ではありません [number.age]"

# English messages on request, the suggestion in the article's words
run "$ERRATA_BIN" check --lang ko --messages en --facts ../ko/titles.json ko-wrong.md
expect_contains "ko --messages en" "박정수 was 대통령 from May 10, 2017 to May 9, 2022 (fact sheet), not on March 2, 2026 [facts.title]"
expect_contains "ko: the suggestion keeps the spaces" "suggestion: 박정수 전 대통령"
done_testing
