#!/bin/sh
# check --fix names the file it fixed on stderr: a file name is not
# trusted, so it is escaped there as in every other message (no raw ESC or
# BEL, no line that a CI runner reads as a workflow command).
. "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
esc=$(printf '\033')
bel=$(printf '\007')
name=$(printf 'n\033]0;t\007.md')
printf 'The vote is on Thursday, January 9, 2026.\n' >"$name"
run "$ERRATA_BIN" check --fix "$name"
expect_contains "--fix says what it fixed, the name escaped" 'n\x1b]0;t\x07.md: fixed 1 finding' stderr
expect_not_contains "--fix: no raw ESC on stderr" "$esc" stderr
expect_not_contains "--fix: no raw BEL on stderr" "$bel" stderr
grep -q 'Friday, January 9, 2026' "$name" && ok "--fix fixed the file" || not_ok "--fix fixed the file" "$(cat "$name")"
nl=$(printf 'x\n::error file=a::b.md')
printf 'The vote is on Thursday, January 9, 2026.\n' >"$nl"
run "$ERRATA_BIN" check --fix "$nl"
if printf '%s\n' "$ERR" | grep -q '^::'; then
	not_ok "--fix: a name cannot open a workflow command line" "$ERR"
else
	ok "--fix: a name cannot open a workflow command line"
fi
expect_contains "--fix: the line end in the name reads \\\\n" 'x\n::error file=a::b.md: fixed 1 finding' stderr
done_testing
