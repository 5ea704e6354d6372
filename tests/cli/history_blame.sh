#!/bin/sh
# Quote blame across renames of nearby text, line re-wrapping and
# typographic quotes and dashes; scan picking the final removal when the
# quoted text was removed, put back and removed again; errata log.
. "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp" GIT_CONFIG_NOSYSTEM=1
E=$ERRATA_BIN
mkdir -p "$tmp/r/news" && cd "$tmp/r" || exit 1
git init -q . && git config user.name "Desk" && git config user.email desk@example.org
n=0
commit() {	# commit AUTHOR MESSAGE (article text on stdin)
	n=$((n + 1))
	cat >news/bridge.md
	git add -A
	GIT_AUTHOR_NAME="$1" GIT_AUTHOR_EMAIL="x@example.org" GIT_AUTHOR_DATE="2026-01-0${n}T10:00:00Z" \
		GIT_COMMITTER_DATE="2026-01-0${n}T10:00:00Z" git commit -qm "$2"
	eval "V$n=\$(git rev-parse HEAD)"
}
commit "Ann Author" "First version" <<'T'
Mayor Ann Smith said the bridge will open on Tuesday, January 7, 2026, after a two-year delay.
T
commit "Ben Builder" "Rename the mayor" <<'T'
Mayor Ann Smith-Jones told reporters the bridge will open on Tuesday, January 7, 2026, after a two-year delay.
T
commit "Cat Copy" "Re-wrap" <<'T'
Mayor Ann Smith-Jones told reporters the bridge will
open on Tuesday,   January 7,
2026, after a two-year delay.
T
commit "Dan Desk" "Typographic quotes" <<'T'
Mayor Ann Smith-Jones told reporters “the bridge will open on Tuesday, January 7, 2026,” after a two–year delay.
T

run $E blame news/bridge.md --quote 'the bridge will open on Tuesday, January 7, 2026'
expect_rc "blame across rename and re-wrap: exit 0" 0
expect_contains "introduced in the first version" "introduced in $(echo "$V1" | cut -c1-12) by Ann Author"
expect_contains "still present" "still present at HEAD"
run $E blame news/bridge.md --quote '"the bridge will open on Tuesday, January 7, 2026," after a two-year delay' --format json
expect_rc "straight quotes and hyphen match curly quotes and an en dash" 0
expect_contains "typographic: introduced at V4" "\"commit\":	\"$V4\""
run $E blame news/bridge.md --rev "$V3" --quote 'after a two‐year delay' --format json
expect_contains "a typographic hyphen in the quote matches plain text" "\"commit\":	\"$V1\""
expect_contains "an en dash at HEAD still matches: not removed" '"removed_in":	null'
run $E blame news/bridge.md --rev "$V3" --quote 'January 7, 2026, after' --format json
expect_contains "a curly quote inserted inside the quote removes it" "\"commit\":	\"$V4\""
run $E blame news/bridge.md --rev "$V3" --quote 'Mayor Ann Smith-Jones told reporters'
expect_contains "a renamed phrase is introduced where it was renamed" "introduced in $(echo "$V2" | cut -c1-12) by Ben Builder"
run $E blame news/bridge.md --quote 'Mayor Ann Smith said'
expect_rc "quote not at HEAD: exit 2" 2
expect_contains "quote not at HEAD: says so" "the quote is not in revision" stderr
run $E blame news/bridge.md --rev "$V1" --quote 'Mayor Ann Smith said' --format json
expect_contains "removed by the rename" "\"commit\":	\"$V2\""
run $E blame news/nope.md --quote 'x'
expect_rc "unknown path: exit 2" 2
run $E blame news/bridge.md --rev nosuch --quote 'x'
expect_rc "unknown revision: exit 2" 2
run $E blame news/bridge.md --quote ''
expect_rc "empty quote: exit 2" 2

# The report is filed at V4; the text is fixed, wrongly put back, fixed again.
run $E report add news/bridge.md --rev "$V4" --quote 'open on Tuesday, January 7, 2026'
ID=$OUT
commit "Eve Editor" "Fix the weekday" <<'T'
Mayor Ann Smith-Jones told reporters “the bridge will open on Wednesday, January 7, 2026,” after a two–year delay.
T
commit "Fay Late" "Restore an older paragraph" <<'T'
Mayor Ann Smith-Jones told reporters “the bridge will open on Tuesday, January 7, 2026,” after a two–year delay.
T
commit "Gil Final" "Fix the weekday again" <<'T'
Mayor Ann Smith-Jones told reporters that the bridge will open on Wednesday, January 7, 2026, after a two-year delay.
T
run $E report scan
expect_contains "scan fixes the report" "$ID fixed"
run $E report show "$ID" --format json
expect_contains "scan names the final removal, not the first" "\"fixed_in\":\"$V7\""
run $E blame news/bridge.md --rev "$V6" --quote 'open on Tuesday, January 7, 2026' --format json
expect_contains "blame at the restoring revision: introduced there" "\"commit\":	\"$V6\""
# A quote edited in two steps: the first edit already removed it.
run $E report add news/bridge.md --quote 'after a two-year delay'
ID2=$OUT
commit "Hal Hack" "Reword the delay" <<'T'
Mayor Ann Smith-Jones told reporters that the bridge will open on Wednesday, January 7, 2026, after a two-year wait.
T
commit "Ida Ink" "Reword the delay again" <<'T'
Mayor Ann Smith-Jones told reporters that the bridge will open on Wednesday, January 7, 2026, after two years of delays.
T
run $E report scan
expect_contains "scan: the twice-edited quote is fixed" "$ID2 fixed"
run $E report show "$ID2" --format json
expect_contains "scan names the first edit that removed it" "\"fixed_in\":\"$V8\""
run $E log news/bridge.md
expect_rc "log: exit 0" 0
lines=$(printf '%s\n' "$OUT" | wc -l)
[ "$lines" -eq 9 ] && ok "log lists every revision" || not_ok "log lists every revision" "$OUT"
expect_contains "log: re-wrap changes no words" "Cat Copy: Re-wrap (+0 -0 words"
run $E log news/bridge.md --max-count 2 --format json
if printf '%s' "$OUT" | python3 -c 'import json,sys; d=json.load(sys.stdin); assert len(d["revisions"])==2 and d["revisions"][0]["author"]=="Ida Ink"'; then ok "log --max-count"; else not_ok "log --max-count" "$OUT"; fi
run $E log news/none.md
expect_rc "log of an unknown path: exit 2" 2

# A commit's author and subject come from whoever wrote the commit: they
# reach the terminal escaped, never as raw control characters.
esc=$(printf '\033')
printf 'The ferry sails on Friday, January 9, 2026 from the new pier.\n' >news/ferry.md
git add -A
GIT_AUTHOR_NAME="Eve${esc}]0;owned" GIT_AUTHOR_EMAIL="eve@example.org" \
	git commit -qm "Add ferry${esc}[2J::error file=README.md::forged"
run $E log news/ferry.md
expect_rc "log with control characters in the commit: exit 0" 0
expect_not_contains "log: no raw ESC from the commit" "$esc"
expect_contains "log: the ESC is shown escaped" 'Add ferry\x1b[2J::error'
run $E blame news/ferry.md --quote 'sails on Friday'
expect_rc "blame with control characters in the commit: exit 0" 0
expect_not_contains "blame: no raw ESC from the commit" "$esc"
expect_contains "blame: the author is shown escaped" 'by Eve\x1b]0;owned <eve@example.org>'
done_testing
