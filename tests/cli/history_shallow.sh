#!/bin/sh
# Shallow clones: log, blame and report add stop at the clone's oldest
# revision and say so (instead of failing with "object not found"); diff
# names the boundary when the parent it needs is missing; after
# `git fetch --unshallow` the whole history is read again.
. "$(dirname "$0")/lib.sh"
. "$FIX/reports/make-repo.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp" GIT_CONFIG_NOSYSTEM=1
E=$ERRATA_BIN
mkrepo "$tmp/news" >/dev/null 2>&1 || { not_ok "build the repository"; done_testing; exit 1; }
git clone -q --depth 2 "file://$tmp/news" "$tmp/s2"
cd "$tmp/s2" || exit 1
B=$(git rev-parse --short=7 HEAD~1)

run $E log articles/vote.md
expect_rc "log in a shallow clone" 0
[ "$(printf '%s\n' "$OUT" | grep -c ' words')" = 2 ] && ok "log lists the two revisions the clone holds" || not_ok "log lists the two revisions the clone holds" "$OUT"
expect_contains "log says where the clone's history stops" "$B is the oldest revision in this shallow clone"
run $E log articles/vote.md --format json
expect_contains "log --format json marks the boundary" '"shallow_boundary":	true'

run $E blame articles/vote.md --quote "public vote"
expect_rc "blame in a shallow clone" 0
expect_contains "blame names the boundary revision" "introduced in $B"
expect_contains "blame says the quote may be older" "or earlier"
run $E blame articles/vote.md --quote "Wednesday, January 7"
expect_rc "blame of a text newer than the boundary" 0
expect_not_contains "no boundary note for a text introduced inside the clone" "or earlier"

run $E report add articles/vote.md --quote "public vote" -m "shallow"
expect_rc "report add in a shallow clone" 0
ID=$OUT
run $E report show "$ID" --format json
if printf '%s' "$OUT" | python3 -c '
import json,sys
s=json.load(sys.stdin)
assert s["introduced_in"].startswith(sys.argv[1]), s["introduced_in"]
assert s["introduced_by"]["shallow_boundary"] is True, s["introduced_by"]
' "$B"; then ok "the report records that the text may be older than the clone"; else not_ok "the report records that the text may be older than the clone" "$OUT"; fi

git clone -q --depth 1 "file://$tmp/news" "$tmp/s1"
cd "$tmp/s1" || exit 1
run $E diff
expect_rc "diff of the boundary revision against its missing parent: exit 2" 2
expect_contains "diff says the parent is beyond the shallow boundary" "oldest revision in this shallow clone" stderr
expect_not_contains "no raw object-not-found" "object not found" stderr
run $E diff HEAD~1
expect_rc "a revision beyond the boundary: exit 2" 2
expect_contains "it says the clone is shallow" "this clone is shallow" stderr
run $E log articles/vote.md
expect_rc "log in a depth-1 clone" 0

# Deepened: the whole history again, no boundary.
cd "$tmp/s2" && git fetch -q --unshallow
run $E log articles/vote.md
expect_rc "log after --unshallow" 0
[ "$(printf '%s\n' "$OUT" | grep -c ' words')" = 4 ] && ok "log lists all four revisions after --unshallow" || not_ok "log lists all four revisions after --unshallow" "$OUT"
expect_not_contains "no boundary note after --unshallow" "shallow"
run $E blame articles/vote.md --quote "public vote"
expect_not_contains "blame reaches the first revision after --unshallow" "or earlier"
done_testing
