#!/bin/sh
# Bad input to the report commands: a clear message naming the field or
# file, exit 2, and nothing written. Also: an unanchored report is stored,
# and ids resolve by unique prefix only.
. "$(dirname "$0")/lib.sh"
. "$FIX/reports/make-repo.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp" GIT_CONFIG_NOSYSTEM=1
E=$ERRATA_BIN
P=$FIX/reports
mkrepo "$tmp/news" >/dev/null 2>&1 || { not_ok "build the repository"; done_testing; exit 1; }

nothing_written() {
	if git rev-parse -q --verify refs/errata/reports >/dev/null; then not_ok "$1: nothing written"; else ok "$1: nothing written"; fi
}
bad() {	# bad NAME WANT-IN-STDERR CMD...
	_name=$1 _want=$2; shift 2
	run "$@"
	expect_rc "$_name: exit 2" 2
	expect_contains "$_name: message" "$_want" stderr
	nothing_written "$_name"
}

bad "unknown path" "articles/nope.md: not in revision" $E report add articles/nope.md --quote "x"
bad "unknown revision" "unknown revision 'nosuchrev'" $E report add articles/vote.md --rev nosuchrev --quote "Friday"
bad "empty quote" "quote: empty" $E report add articles/vote.md --quote ""
bad "blank quote" "quote: empty" $E report add articles/vote.md --quote "  
  "
long=$(python3 -c 'print("x" * 2001)')
bad "quote too long" "quote: longer than the limit of 2000 bytes" $E report add articles/vote.md --quote "$long"
bad "quote not UTF-8" "quote: not valid UTF-8" $E report add articles/vote.md --quote "$(printf 'caf\351')"
bad "message not UTF-8" "message: not valid UTF-8" $E report add articles/vote.md --quote "Friday" --message "$(printf '\377')"
bad "malformed JSON" "payload-malformed.json:3:13: malformed JSON payload" $E report add --json "$P/payload-malformed.json"
bad "JSON not UTF-8" "payload-latin1.json: not valid UTF-8" $E report add --json "$P/payload-latin1.json"
bad "JSON unknown field" "unknown field 'colour'" $E report add --json "$P/payload-unknown-field.json"
bad "JSON not a string" "field 'quote': must be a string" $E report add --json "$P/payload-not-string.json"
bad "JSON without quote" "field 'quote': missing" $E report add --json "$P/payload-no-quote.json"
python3 -c 'import json; print(json.dumps({"path": "articles/vote.md", "quote": "Friday", "message": "y" * 70000}))' >"$tmp/big.json"
bad "payload too big" "larger than the limit of 65536 bytes" $E report add --json "$tmp/big.json"
bad "JSON missing file" "nofile.json" $E report add --json "$tmp/nofile.json"
bad "JSON unknown path" "articles/gone.md: not in revision" sh -c "printf '{\"path\":\"articles/gone.md\",\"quote\":\"x\"}' | $E report add --json -"
bad "no quote option" "needs --quote" $E report add articles/vote.md
bad "status of a missing report" "no report 'abcdef'" $E report confirm abcdef
bad "not hex" "is not a report id" $E report show xyz

run $E report list
expect_rc "list with no reports" 0
[ -z "$OUT" ] && ok "list with no reports is empty" || not_ok "list with no reports is empty" "$OUT"
expect_contains "list with no reports says so on stderr" "errata: no reports" stderr
run $E report list --status open --path articles/vote.md
expect_contains "an empty filtered list names the filter" "errata: no open reports on this article" stderr
run $E report list --status bogus
expect_rc "list --status bogus: exit 2" 2
run $E report list --format xml
expect_rc "list --format xml: exit 2" 2

# The payload a web form sends.
run $E report add --json "$P/payload-ok.json"
expect_rc "add from JSON" 0
JID=$OUT
run $E report show "$JID" --format json
expect_contains "JSON payload: reporter" '"reporter":"Sam Reader"'
expect_contains "JSON payload: suggest" '"suggest":"Wednesday, January 7, 2026"'
expect_contains "JSON payload: head revision" "\"rev\":\"$R4\""
expect_contains "JSON payload at HEAD is unanchored (the text was fixed)" '"anchored":false'

# Unanchored: a quote that is not in the revision is stored, never refused.
run $E report add articles/vote.md --quote "Thursday, January 8" --message "wrong day?"
expect_rc "unanchored add: exit 0" 0
UID_=$OUT
run $E report show "$UID_" --format json
expect_contains "unanchored: flagged" '"anchored":false'
expect_contains "unanchored: no location" '"location":null'
expect_contains "unanchored: no introducing revision" '"introduced_in":null'
run $E report list
expect_contains "list marks it unanchored" "(unanchored)"
run $E report scan
expect_not_contains "scan leaves unanchored reports alone" "$UID_ fixed"
expect_contains "scan: nothing else to fix" "0 reports fixed"

# Bad status changes.
run $E report fixed "$UID_" --in nosuchrev
expect_rc "fixed --in unknown revision: exit 2" 2
run $E report duplicate "$UID_" --of "$UID_"
expect_rc "duplicate of itself: exit 2" 2
run $E report reject "$UID_"
expect_rc "reject without --why: exit 2" 2
run $E correct "$UID_" --kind apology --wrong a --right b
expect_rc "correct with an unknown kind: exit 2" 2
expect_contains "unknown kind named" "kind: 'apology'" stderr
before=$(git rev-parse refs/errata/reports)
run $E report comment "$UID_" --message "$(printf 'bad \377 byte')"
expect_rc "comment not UTF-8: exit 2" 2
[ "$(git rev-parse refs/errata/reports)" = "$before" ] && ok "failed status change writes nothing" || not_ok "failed status change writes nothing"

# Unique prefixes: file reports until two share a first digit.
i=0
while [ $i -lt 17 ]; do
	$E report add articles/vote.md --quote "Friday" --message "n$i" >/dev/null || break
	i=$((i + 1))
done
dup=$(git ls-tree --name-only refs/errata/reports r/ | cut -c3 | sort | uniq -d | head -1)
run $E report show "$dup"
expect_rc "ambiguous prefix: exit 2" 2
expect_contains "ambiguous prefix: says so" "ambiguous" stderr

# Outside a repository: a clear error, never a crash.
mkdir "$tmp/plain"
for c in "report add a.md --quote x" "report add --json $P/payload-ok.json" "report list" \
	"report show ab" "report confirm ab" "report scan" "report sync" "log a.md" \
	"blame a.md --quote x" "correct ab --wrong a --right b" "corrections a.md"; do
	run sh -c "cd '$tmp/plain' && $E $c"
	[ "$RC" -eq 2 ] && case "$ERR" in *"not in a git repository"*) true ;; *) false ;; esac &&
		ok "$c outside a repository: exit 2" || not_ok "$c outside a repository: exit 2" "rc $RC: $ERR"
done

# Every command has --help.
for c in "log" "blame" "report" "report add" "report list" "report show" "report confirm" \
	"report reject" "report duplicate" "report comment" "report fixed" "report reopen" \
	"report scan" "report sync" "correct" "corrections"; do
	run $E $c --help
	[ "$RC" -eq 0 ] && case "$OUT" in *usage:*) true ;; *) false ;; esac && ok "$c --help" || not_ok "$c --help" "$OUT $ERR"
done
done_testing
