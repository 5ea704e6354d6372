#!/bin/sh
# errata diff: the reader reports whose quoted text an edit removed.
. "$(dirname "$0")/lib.sh"
. "$FIX/diff/repo.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
r="$tmp/repo"

new_repo "$r"
cd "$r" || exit 1
put "$r" news/bridge.md bridge-wrong.md
put "$r" news/library.md other.md
commit_all "$r" "bridge story"
run "$ERRATA_BIN" report add news/bridge.md --quote "the repaired deck on Tuesday, January 7"
expect_rc "a reader reports the weekday" 0
id=$(printf '%s' "$OUT" | grep -o '[0-9a-f]\{16\}' | head -1)
run "$ERRATA_BIN" report add news/bridge.md --quote "three months of repairs"
expect_rc "a second report, on text the fix keeps" 0
run "$ERRATA_BIN" report add news/library.md --quote "from ten until four"
expect_rc "a report on another article" 0

put "$r" news/bridge.md bridge-fixed.md
commit_all "$r" "fix the weekday"
run "$ERRATA_BIN" diff
expect_rc "the fix: exit 0" 0
expect_contains "the fix lists the report whose quote went" "resolved reports (the quoted text is gone):
$(printf '%.12s' "$id") \"the repaired deck on Tuesday, January 7\""
expect_not_contains "a report on kept text is not listed" "three months"
expect_not_contains "another article's report is not listed" "from ten"
run "$ERRATA_BIN" diff --format json
if printf '%s\n' "$OUT" | python3 -c '
import json, sys
f = json.load(sys.stdin)["files"][0]
assert f["resolved_reports"] == [{"id": sys.argv[1], "quote": "the repaired deck on Tuesday, January 7"}], f["resolved_reports"]
' "$id"; then ok "json lists the resolved report with id and quote"; else not_ok "json lists the resolved report with id and quote" "$OUT"; fi

# The reverse edit brings the text back: nothing resolved.
run "$ERRATA_BIN" diff HEAD HEAD~1
expect_not_contains "restoring the text resolves nothing" "resolved reports"

# A rejected report is not a candidate any more.
run "$ERRATA_BIN" report reject "$id" --why "not an error"
expect_rc "the report is rejected" 0
run "$ERRATA_BIN" diff
expect_not_contains "a rejected report is not listed" "resolved reports"

# Deleting the article removes every quote in it.
git rm -q news/library.md
commit_all "$r" "drop the library note"
run "$ERRATA_BIN" diff --format json
if printf '%s\n' "$OUT" | python3 -c '
import json, sys
f = json.load(sys.stdin)["files"][0]
assert f["status"] == "deleted"
assert [r["quote"] for r in f["resolved_reports"]] == ["from ten until four"], f
'; then ok "a deleted article resolves its reports"; else not_ok "a deleted article resolves its reports" "$OUT"; fi
done_testing
