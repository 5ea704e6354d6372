#!/bin/sh
# Lamport clocks that no honest writer makes (2^64-1, which would wrap the
# next event to 0; one past 2^64; one beyond the report's event count):
# replay ignores them, the next event is ordered after every real one and
# so really changes the state, and sync refuses a peer that brings them.
. "$(dirname "$0")/lib.sh"
. "$FIX/reports/make-repo.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp" GIT_CONFIG_NOSYSTEM=1
export GIT_AUTHOR_NAME=Mallory GIT_AUTHOR_EMAIL=m@example.org GIT_COMMITTER_NAME=Mallory GIT_COMMITTER_EMAIL=m@example.org
export LSAN_OPTIONS="print_suppressions=0:fast_unwind_on_malloc=0:suppressions=$FIX/reports/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
E=$ERRATA_BIN
mkrepo "$tmp/news" >/dev/null 2>&1 || { not_ok "build the repository"; done_testing; exit 1; }

# forge CLOCK TYPE ID: commit an event named CLOCK-<event>.json into the
# report's folder with git plumbing, as a peer could.
forge() {
	_ev=$(printf '%016x' "$(od -An -N4 -tu4 /dev/urandom | tr -d ' ')")
	_blob=$(printf '{"version":1,"type":"%s","report":"%s","id":"%s","lamport":%s,"actor":"mallory","time":"2026-01-09T00:00:00Z"}' \
		"$2" "$3" "$_ev" "$1" | git hash-object -w --stdin)
	_idx="$tmp/forge.idx"
	rm -f "$_idx"
	GIT_INDEX_FILE=$_idx git read-tree refs/errata/reports
	GIT_INDEX_FILE=$_idx git update-index --add --cacheinfo "100644,$_blob,r/$(printf %.2s "$3")/$3/$1-$_ev.json"
	_tree=$(GIT_INDEX_FILE=$_idx git write-tree)
	_c=$(git commit-tree "$_tree" -p refs/errata/reports -m "forged")
	git update-ref refs/errata/reports "$_c"
}
status_of() {
	$E report show "$1" --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["status"])'
}

cd "$tmp/news" || exit 1
ID=$($E report add articles/vote.md --quote "public vote" -m "check the date")
forge 18446744073709551615 confirm "$ID"
forge 18446744073709551616 duplicate "$ID"
[ "$(status_of "$ID")" = open ] && ok "replay ignores clocks beyond the event count" || not_ok "replay ignores clocks beyond the event count" "$(status_of "$ID")"
run $E report reject "$ID" --why "the date is right"
expect_rc "reject after a clock at 2^64-1 succeeds" 0
[ "$(status_of "$ID")" = rejected ] && ok "the reject is really applied (no wrap to 0)" || not_ok "the reject is really applied (no wrap to 0)" "$(status_of "$ID")"
n=$(git ls-tree --name-only "refs/errata/reports:r/$(printf %.2s "$ID")/$ID" | grep -c '^2-')
[ "$n" = 1 ] && ok "the new event's clock is the next real one" || not_ok "the new event's clock is the next real one" "$(git ls-tree --name-only "refs/errata/reports:r/$(printf %.2s "$ID")/$ID")"
forge 99 confirm "$ID"
run $E report reopen "$ID"
expect_rc "reopen after a clock beyond the event count" 0
[ "$(status_of "$ID")" = open ] && ok "the reopen is applied" || not_ok "the reopen is applied" "$(status_of "$ID")"

# A peer that brings such a clock is refused and nothing of it merged.
mkrepo "$tmp/peer" >/dev/null 2>&1
git clone -q --bare "$tmp/peer" "$tmp/origin.git"
git clone -q "$tmp/origin.git" "$tmp/a"
git clone -q "$tmp/origin.git" "$tmp/m"
cd "$tmp/a" && A=$($E report add articles/vote.md --quote "public vote" -m "from a") && $E report sync >/dev/null
cd "$tmp/m" && $E report sync >/dev/null
forge 18446744073709551615 reject "$A"
git push -q origin refs/errata/reports:refs/errata/reports
cd "$tmp/a"
before=$(git rev-parse refs/errata/reports)
run $E report sync
expect_rc "sync refuses a peer with a forged clock" 2
expect_contains "the refusal names the clock" "Lamport clock" stderr
expect_not_contains "the refusal does not pretend to succeed" "fetched" 
[ "$(git rev-parse refs/errata/reports)" = "$before" ] && ok "nothing of the peer was merged" || not_ok "nothing of the peer was merged"
[ "$(status_of "$A")" = open ] && ok "the local report is unchanged" || not_ok "the local report is unchanged" "$(status_of "$A")"
done_testing
