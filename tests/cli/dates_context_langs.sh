#!/bin/sh
# Every locale table's byline_words and weekday_copula_words, in the
# article's own language: a byline dated 2 October 2025 puts the year-less
# "Wednesday 7 October" below it in 2025 (a Tuesday then; with --date in
# 2026 it is right), and a sentence that states the weekday after its date
# ("3 October 2026 is a Sunday": it is a Saturday) is flagged when wrong
# and left alone when right. Fixtures: tests/fixtures/dates/context/.
. "$(dirname "$0")/lib.sh"
cd "$FIX/dates/context" || exit 1
E=$ERRATA_BIN
langs=$(ls *-byline.md | sed 's/-byline\.md$//')
[ "$(echo $langs | wc -w)" -ge 21 ] && ok "fixtures for every table" || not_ok "fixtures for every table" "$langs"
for l in $langs; do
	run $E check --lang "$l" --format json "$l-byline.md"
	got=$(printf '%s\n' "$OUT" | python3 -c '
import json, sys
d = json.load(sys.stdin)
f = d["files"][0]
print(f["date"], f["date_from"], len(d["findings"]), all("2025" in x["message"] for x in d["findings"]))')
	if [ "$got" = "2025-10-02 byline, line 1 1 True" ]; then ok "$l: the byline dates the article and its year-less date"; else
		not_ok "$l: the byline dates the article and its year-less date" "got: $got"; fi
	run $E check --lang "$l" --date 2026-10-01 "$l-byline.md"
	expect_rc "$l: the same weekday is right in 2026" 0
	run $E check --lang "$l" --format json "$l-copula-wrong.txt"
	expect_rc "$l: a wrong weekday stated after its date is flagged" 1
	expect_contains "$l: ... by date.weekday" '"rule":"date.weekday"'
	run $E check --lang "$l" "$l-copula-right.txt"
	expect_rc "$l: a right weekday stated after its date is left alone" 0
done
done_testing
