#!/bin/sh
# errata diff: word-level hunks, findings introduced and fixed, JSON shape,
# --cached, --worktree, paths, colour, and bad input.
. "$(dirname "$0")/lib.sh"
. "$FIX/diff/repo.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
r="$tmp/repo"

new_repo "$r"
put "$r" news/bridge.md bridge-wrong.md
put "$r" news/library.md other.md
commit_all "$r" "bridge story with a wrong weekday"
put "$r" news/bridge.md bridge-fixed.md
commit_all "$r" "fix the weekday"
cd "$r" || exit 1

# A fix shows as a word change and under "fixed".
run "$ERRATA_BIN" diff
expect_rc "a fix introduces nothing: exit 0" 0
expect_out "diff text of a fix" "$DIFFIX/expect-fix.txt"
run "$ERRATA_BIN" diff HEAD~1 HEAD
expect_out "explicit revisions give the same" "$DIFFIX/expect-fix.txt"

# The reverse introduces it: exit 1, the finding under "introduced".
run "$ERRATA_BIN" diff HEAD HEAD~1
expect_rc "the reverse edit introduces an error: exit 1" 1
expect_contains "the reverse hunk" "the repaired deck on [-Wednesday-]{+Tuesday+}, January 7."
expect_contains "introduced, with its place" "introduced:
news/bridge.md:15:22: error:"
expect_not_contains "nothing fixed in the reverse" "fixed:"

# JSON: the documented schema.
run "$ERRATA_BIN" diff --format json
expect_rc "json: exit 0" 0
if printf '%s\n' "$OUT" | python3 -c '
import json, sys
d = json.load(sys.stdin)
assert d["version"] == 1
assert len(d["files"]) == 1, d["files"]
f = d["files"][0]
assert f["path"] == "news/bridge.md" and f["old_path"] == "news/bridge.md"
assert f["status"] == "modified"
h = f["hunks"]
assert h == [{"old_text": "Tuesday", "new_text": "Wednesday", "old_offset": 418,
              "old_length": 7, "new_offset": 418, "new_length": 9,
              "old_line": 15, "new_line": 15}], h
assert f["introduced"] == [], f["introduced"]
assert len(f["fixed"]) == 1 and f["fixed"][0]["rule"] == "date.weekday"
assert f["fixed"][0]["line"] == 15 and f["fixed"][0]["column"] == 22
assert len(f["fixed"][0]["fingerprint"]) == 16
assert f["resolved_reports"] == []
'; then ok "diff json has the documented shape"; else not_ok "diff json has the documented shape" "$OUT"; fi

# Colour only when asked (stdout is not a terminal here).
run "$ERRATA_BIN" diff --color always
expect_contains "--color always paints deletions red" "$(printf '\033[31m[-Tuesday-]')"
run "$ERRATA_BIN" diff --color auto
expect_not_contains "--color auto on a pipe: no colour" "$(printf '\033')"
run "$ERRATA_BIN" diff --color sometimes
expect_rc "a bad --color exits 2" 2

# A moved paragraph with an old error: neither introduced nor fixed.
put "$r" news/bridge.md bridge-wrong.md
commit_all "$r" "restore the error"
put "$r" news/bridge.md bridge-wrong-moved.md
commit_all "$r" "move the paragraph"
run "$ERRATA_BIN" diff
expect_rc "moving a paragraph: exit 0" 0
expect_not_contains "a moved error is not introduced" "introduced:"
expect_not_contains "a moved error is not fixed" "fixed:"

# Staged and working-tree changes.
put "$r" news/library.md bridge-wrong.md
run "$ERRATA_BIN" diff --worktree
expect_rc "--worktree sees the unstaged error" 1
expect_contains "--worktree names the article" "modified news/library.md"
run "$ERRATA_BIN" diff --cached
expect_rc "--cached: nothing staged yet" 0
expect_out "--cached: empty output" /dev/null
git add news/library.md
run "$ERRATA_BIN" diff --cached
expect_rc "--cached sees the staged error" 1
expect_contains "--cached lists it as introduced" "news/library.md:15:22: error:"
run "$ERRATA_BIN" diff --cached -- news/bridge.md
expect_rc "a path limit excludes the staged article" 0
git reset -q --hard

# Renamed, added and deleted articles.
git mv news/library.md news/library-hours.md
put "$r" news/new.md other.md
git rm -q news/bridge.md
commit_all "$r" "rename, add, delete"
run "$ERRATA_BIN" diff
expect_contains "a rename is shown" "renamed news/library.md -> news/library-hours.md"
expect_contains "an addition is shown" "added news/new.md"
expect_contains "a deletion is shown" "deleted news/bridge.md"
expect_contains "the deleted article's error counts as fixed" "fixed:
news/bridge.md:12:22: error:"
run "$ERRATA_BIN" diff --format json
if printf '%s\n' "$OUT" | python3 -c '
import json, sys
d = json.load(sys.stdin)
by = {f["path"]: f for f in d["files"]}
assert by["news/library-hours.md"]["status"] == "renamed"
assert by["news/library-hours.md"]["old_path"] == "news/library.md"
assert by["news/library-hours.md"]["hunks"] == []
assert by["news/new.md"]["status"] == "added" and by["news/new.md"]["old_path"] is None
assert by["news/bridge.md"]["status"] == "deleted"
'; then ok "json statuses for rename, add and delete"; else not_ok "json statuses for rename, add and delete" "$OUT"; fi

# An old version that is not valid UTF-8, and a BOM: the JSON stays valid
# UTF-8, the BOM is not a word.
cd "$tmp" || exit 1
new_repo "$tmp/enc"
cd "$tmp/enc" || exit 1
printf 'bad \377 byte\n' >c.md
printf '\357\273\277BOM text\n' >b.md
commit_all "$tmp/enc" "latin-1 and a BOM"
printf 'good byte\n' >c.md
printf '\357\273\277BOM texts\n' >b.md
commit_all "$tmp/enc" "fixed"
run "$ERRATA_BIN" diff
expect_rc "an unreadable old version counts as clean" 0
expect_contains "the BOM is left out of the context" "@@ -1 +1 @@
BOM [-text-]{+texts+}"
"$ERRATA_BIN" diff --format json >"$tmp/enc.json"
if python3 -c '
import json, sys
d = json.loads(open(sys.argv[1], "rb").read().decode("utf-8"))
h = [f for f in d["files"] if f["path"] == "c.md"][0]["hunks"]
assert h[0]["old_text"] == "bad \ufffd", h
' "$tmp/enc.json"; then ok "invalid bytes become U+FFFD in JSON"; else not_ok "invalid bytes become U+FFFD in JSON" "$(cat "$tmp/enc.json")"; fi
cd "$r" || exit 1

# Bad input.
run "$ERRATA_BIN" diff no-such-rev
expect_rc "an unknown revision exits 2" 2
expect_contains "the message names it" "no-such-rev" stderr
run "$ERRATA_BIN" diff --cached --worktree
expect_rc "--cached with --worktree exits 2" 2
run "$ERRATA_BIN" diff HEAD~1 HEAD HEAD
expect_rc "three revisions exit 2" 2
run "$ERRATA_BIN" diff --format sarif
expect_rc "diff has no sarif format" 2
run "$ERRATA_BIN" diff --context lots
expect_rc "a bad --context exits 2" 2
new_repo "$tmp/one"
cd "$tmp/one" || exit 1
put "$tmp/one" a.md bridge-wrong.md
commit_all "$tmp/one" "first"
run "$ERRATA_BIN" diff
expect_rc "a root commit is compared with nothing: its error is new" 1
expect_contains "the root commit's article is added" "added a.md"
expect_contains "its error is introduced" "introduced:
a.md:15:22: error:"
# A path in the tree is whoever committed it: shown escaped, never as raw
# control characters or a workflow command.
esc=$(printf '\033')
bad="news/x${esc}[2J.md"
mkdir -p news && printf 'The vote is on Friday, January 9, 2026.\n' >"$bad"
git add -A && git commit -qm "a hostile file name"
run "$ERRATA_BIN" diff HEAD~1 HEAD
expect_not_contains "diff: no raw ESC from a path" "$esc"
expect_contains "diff: the path is shown escaped" 'added news/x\x1b[2J.md'
done_testing
