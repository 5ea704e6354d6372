#!/bin/sh
# tests/cli/dates_news.sh: errata's date checks on the English news
# evaluation set (tests/fixtures/dates/news-en.jsonl). Every case is run
# through `errata check` and must get its expected verdict: a date.weekday
# finding for "mismatch", a date.invalid finding for "invalid-date" (on
# the expected span), and neither for "ok". Cases marked "known" are
# reported as TODO and do not fail the test.
. "$(dirname "$0")/lib.sh"

CASES="$FIX/dates/news-en.jsonl"
CONF="$ERRATA_ROOT/scripts/conformance.py"
RULES=date.weekday,date.invalid
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1

# The expected verdicts themselves agree with the calendar.
run python3 "$CONF" --verify "$CASES"
expect_rc "every expected verdict agrees with the calendar" 0

# One TAP line per case.
run python3 "$CONF" --tap --strict --rules "$RULES" --errata "$ERRATA_BIN" "$CASES"
expect_rc "the evaluation runs and no case fails" 0
printf '%s\n' "$OUT" > results.tap
cases=0
while IFS= read -r line; do
	case "$line" in
	"ok "*"# TODO"*) cases=$((cases + 1)); ok "${line#ok * - } (passes now)" ;;
	"ok "*) cases=$((cases + 1)); ok "${line#ok * - }" ;;
	"not ok "*"# TODO"*) cases=$((cases + 1)); ok "${line#not ok * - }" ;;
	"not ok "*) cases=$((cases + 1)); why=$(grep -F -A1 -x "$line" results.tap | sed -n 2p)
		not_ok "${line#not ok * - }" "$why" ;;
	esac
done < results.tap
if [ "$cases" -ge 150 ]; then ok "at least 150 cases ran ($cases)"; else
	not_ok "at least 150 cases ran" "only $cases"; fi

# Year inference on a whole article dated 2026-11-27: "Jan. 7" is in
# 2027, "last Dec. 3" in 2025, and the 1961 date of the second paragraph
# does not make the later year-less dates wrong; the one wrong weekday is
# named in the article's year.
cp "$FIX/dates/bridge.md" .
run "$ERRATA_BIN" check bridge.md
expect_rc "the article has one error" 1
expect_out "the article's findings" "$FIX/dates/bridge.text.expected"
# Without its front matter date, the 1961 date anchors only its own
# paragraph: the year-less dates of the next one are not judged (no year
# is guessed), so nothing is flagged.
sed '/^date:/d' bridge.md > undated.md
run "$ERRATA_BIN" check --format json undated.md
expect_contains "undated: the 1961 date re-dates nothing" '"findings":[]'
expect_rc "undated: no error" 0

# A wrong expectation is caught: a clean sentence said to be a mismatch.
printf '%s\n' '{"id":"x1","lang":"en","text":"The vote is on Tuesday, Jan. 6.","year_context":2026,"expect":"mismatch","span":"Tuesday, Jan. 6"}' > wrong.jsonl
run python3 "$CONF" --strict --rules "$RULES" --errata "$ERRATA_BIN" wrong.jsonl
expect_rc "a wrong verdict fails the strict run" 1
expect_contains "the failing case is named" "x1 (expected mismatch, got no date finding)"

# A finding on another date than the expected span does not count.
printf '%s\n' '{"id":"x2","lang":"en","text":"On Jan. 5, 2026, it was said that Tuesday, Jan. 7, 2026 was set.","year_context":null,"expect":"mismatch","span":"Jan. 5, 2026"}' > span.jsonl
run python3 "$CONF" --strict --rules "$RULES" --errata "$ERRATA_BIN" span.jsonl
expect_rc "a finding on another span fails" 1

# Claims that disagree with the calendar are reported.
printf '%s\n' '{"id":"x3","lang":"en","text":"Friday, Jan. 6, 2026.","year_context":null,"expect":"ok","span":null,"claims":["Fri 2026-01-06"]}' > claims.jsonl
run python3 "$CONF" --verify claims.jsonl
expect_rc "a verdict the calendar contradicts fails --verify" 1
expect_contains "the calendar's verdict is named" "x3: expect ok but the calendar says mismatch"

# Bad input: a malformed cases file and a bad article date.
printf '{"id": \n' > bad.jsonl
run python3 "$CONF" --errata "$ERRATA_BIN" bad.jsonl
expect_rc "a malformed cases file is an input error" 2
printf '%s\n' '{"id":"x4","lang":"en","text":"x","year_context":"2026-02-30","expect":"ok"}' > baddate.jsonl
run python3 "$CONF" --errata "$ERRATA_BIN" baddate.jsonl
expect_rc "an impossible article date is an input error" 2

done_testing
