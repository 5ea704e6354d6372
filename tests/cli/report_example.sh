#!/bin/sh
# The README walkthrough: the example repository, the example payload filed
# against an old revision, the introducing revision and author, the
# checker's finding attached, the fix found by scan, the correction
# published and the log printed as text and JSON-LD.
. "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp" GIT_CONFIG_NOSYSTEM=1
E=$ERRATA_BIN
run sh "$ERRATA_ROOT/examples/make-repo.sh" "$tmp/news"
expect_rc "make-repo.sh builds the example repository" 0
run sh "$ERRATA_ROOT/examples/make-repo.sh" "$tmp/news"
expect_rc "make-repo.sh refuses an existing folder" 2
cd "$tmp/news" || exit 1
[ "$(git rev-list --count HEAD)" -eq 4 ] && ok "four revisions" || not_ok "four revisions"

run sh -c "$E report add --json '$ERRATA_ROOT/examples/report.json'"
expect_rc "the example payload is accepted" 0
ID=$OUT
run $E report show "$ID"
expect_contains "introduced by the reporter's revision" "by Theo Stringer on 2026-05-20: Add the opening day"
expect_contains "the checker confirms it" "finding:    confirmed by date.weekday:"
run $E report show "$ID" --format json
expect_contains "finding rule in JSON" '"rule":"date.weekday"'
run $E blame articles/harbour-festival.md --rev HEAD~1 --quote "Monday, June 9, 2026"
expect_contains "blame names the author" "introduced in $(git rev-parse HEAD~2 | cut -c1-12) by Theo Stringer <theo@example.org>"
expect_contains "blame names the fix" "removed in $(git rev-parse HEAD | cut -c1-12) by Ines Editor"
run $E report scan
expect_contains "scan finds the fix" "$ID fixed"
run $E correct "$ID" --kind correction --wrong "Monday, June 9" --right "Tuesday, June 9" \
	--notice "An earlier version of this article gave the wrong day for the opening of the festival. It opens on Tuesday, June 9." \
	--approved-by "Ines Editor"
expect_rc "correct" 0
run $E corrections articles/harbour-festival.md
expect_contains "log text" "wrong:  Monday, June 9"
run $E corrections articles/harbour-festival.md --format jsonld
expect_contains "log JSON-LD" '"@type":	"CorrectionComment"'
run $E log articles/harbour-festival.md --format json
if printf '%s' "$OUT" | python3 -c '
import json,sys
r=json.load(sys.stdin)["revisions"]
assert [x["errors"] for x in r]==[0,1,1,0], [x["errors"] for x in r]
'; then ok "log counts the wrong weekday in the two revisions that had it"; else not_ok "log error counts" "$OUT"; fi
done_testing
