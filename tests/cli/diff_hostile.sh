#!/bin/sh
# errata diff on hostile article text: the word-diff hunks are escaped as
# every other human-facing output is, so an edit cannot put control
# characters on an editor's terminal or a workflow command in a CI log, and
# the hunks stay readable.
. "$(dirname "$0")/lib.sh"
. "$FIX/diff/repo.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
r="$tmp/repo"
esc=$(printf '\033')
bel=$(printf '\007')
cr=$(printf '\r')

new_repo "$r"
cd "$r" || exit 1
printf 'The council met on Friday.\n\nIts vote was close.\n\nThe motion carried.\n\nSee ##notes for the count.\n\n::warning::kept on Monday.\n' >a.md
commit_all "$r" "a plain article"
# An edit that inserts a terminal title change, a screen wipe, a forged
# annotation and a log group (in a new paragraph), a bare CR, and changes
# words next to an unchanged "##" and after an unchanged "::" line start.
printf 'The council \033]0;pwned\007met on \033[2JFriday.\n\nIts vote was tight.\n\n::error file=README.md::forged\n\nA bare\rreturn ##[group]x and ok.\n\nThe motion carried by\rtwo.\n\nSee ##tallies for the count.\n\n::warning::kept on Tuesday.\n' >a.md
commit_all "$r" "a hostile edit"

run "$ERRATA_BIN" diff
expect_rc "a hostile edit with no date error: exit 0" 0
expect_not_contains "no raw ESC in the hunks" "$esc"
expect_not_contains "no raw BEL in the hunks" "$bel"
expect_not_contains "no raw CR in the hunks" "$cr"
if printf '%s\n' "$OUT" | grep -q '^[[:space:]]*::'; then
	not_ok "no line of the hunks opens with a workflow command" "$OUT"
else
	ok "no line of the hunks opens with a workflow command"
fi
expect_not_contains "no log command (##[) in the hunks" "##["
# Readable: the escapes stand where the characters were, the markers are intact.
expect_contains "an inserted terminal title reads as escapes" \
	'The council {+\x1b]0;pwned\x07+}met on [-Friday-]{+\x1b[2JFriday+}.'
expect_contains "a forged annotation after a paragraph break is broken" 'Its vote was [-close-]{+tight.

\x3a:error file=README.md::forged'
expect_contains "a bare CR in changed text reads as an escape" 'A bare\rreturn ##\x5bgroup]x and ok'
expect_contains "an unchanged '##' before a deletion does not make '##['" \
	'See #\x23[-notes-]{+tallies+} for the count.'
expect_contains "an unchanged '::' line start in context is broken" \
	'\x3a:warning::kept on [-Monday-]{+Tuesday+}.'

# With colour the markers keep their colours, the text is still escaped.
run "$ERRATA_BIN" diff --color always
expect_contains "colour: the inserted ESC is escaped inside green" \
	"$(printf '\033[32m{+')"'\x1b]0;pwned\x07+}'
expect_not_contains "colour: no raw BEL" "$bel"

# JSON keeps the text exactly (cJSON escapes control characters).
run "$ERRATA_BIN" diff --format json
if printf '%s\n' "$OUT" | python3 -c '
import json, sys
d = json.load(sys.stdin)
texts = [h["new_text"] for h in d["files"][0]["hunks"]]
assert any("\x1b]0;pwned\x07" in t for t in texts), texts
assert any("\r" in t for t in texts), texts
'; then ok "json hunks keep the exact text"; else not_ok "json hunks keep the exact text" "$OUT"; fi
done_testing
