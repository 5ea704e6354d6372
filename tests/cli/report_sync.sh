#!/bin/sh
# Two clones file reports and sync both ways through a shared remote (a
# local path): nothing lost, no duplicates, diverged histories merged.
. "$(dirname "$0")/lib.sh"
. "$FIX/reports/make-repo.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp" GIT_CONFIG_NOSYSTEM=1
export LSAN_OPTIONS="print_suppressions=0:fast_unwind_on_malloc=0:suppressions=$FIX/reports/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
E=$ERRATA_BIN
mkrepo "$tmp/news" >/dev/null 2>&1 || { not_ok "build the repository"; done_testing; exit 1; }
git clone -q --bare "$tmp/news" "$tmp/origin.git"
git clone -q "$tmp/origin.git" "$tmp/a"
git clone -q "$tmp/origin.git" "$tmp/b"

cd "$tmp/a" && git config user.name "Alice" && git config user.email a@example.org
A1=$($E report add articles/vote.md --rev HEAD~1 --quote "Tuesday, January 7, 2026" -m "from a")
A2=$($E report add articles/vote.md --quote "public library" -m "from a, second")
cd "$tmp/b" && git config user.name "Bob" && git config user.email b@example.org
B1=$($E report add articles/vote.md --quote "comment online" -m "from b")

cd "$tmp/a"
run $E report sync
expect_rc "a syncs first (push to an empty remote)" 0
expect_contains "a pushed" "pushed"
cd "$tmp/b"
run $E report sync
expect_rc "b syncs (diverged: merge, push)" 0
expect_contains "b fetched and pushed" "fetched new reports, pushed"
cd "$tmp/a" && $E report sync >/dev/null
# Both sides change the same report before the next sync.
cd "$tmp/b"
$E report confirm "$A1" --actor "Bob" >/dev/null
cd "$tmp/a"
$E report comment "$A1" -m "seen by alice" >/dev/null
$E report comment "$B1" -m "alice on bob's report" >/dev/null
run $E report sync
expect_rc "a syncs again" 0
cd "$tmp/b"
run $E report sync
expect_rc "b syncs again" 0
cd "$tmp/a"
run $E report sync
expect_rc "a syncs a third time" 0
expect_contains "nothing left to exchange" "nothing to push"

cd "$tmp/a" && run $E report list --format json && LA=$OUT
cd "$tmp/b" && run $E report list --format json && LB=$OUT
[ "$LA" = "$LB" ] && ok "both clones have the same reports" || not_ok "both clones have the same reports" "$LA
$LB"
if printf '%s' "$LA" | python3 -c '
import json,sys
rs=json.load(sys.stdin)["reports"]
ids=[r["id"] for r in rs]
assert sorted(ids)==sorted(sys.argv[1:]), ids
assert len(set(ids))==len(ids)
a1=[r for r in rs if r["id"]==sys.argv[1]][0]
types=sorted(e["type"] for e in a1["events"])
assert types==["comment","confirm","open"], types
assert a1["status"]=="confirmed"
evs=[e["id"] for r in rs for e in r["events"]]
assert len(evs)==len(set(evs))==6, evs
' "$A1" "$A2" "$B1"; then ok "nothing lost, no duplicates, events from both sides"; else not_ok "nothing lost, no duplicates" "$LA"; fi
git -C "$tmp/origin.git" fsck --no-progress >/dev/null 2>&1 && ok "remote passes fsck" || not_ok "remote passes fsck"
m=$(git -C "$tmp/a" rev-list --merges --count refs/errata/reports)
[ "$m" -ge 1 ] && ok "diverged histories joined by a merge commit" || not_ok "merge commit" "$m"

# A remote given as a plain path, not configured.
git init -q --bare "$tmp/mirror.git"
cd "$tmp/a"
run $E report sync "$tmp/mirror.git"
expect_rc "sync with a local path" 0
[ "$(git -C "$tmp/mirror.git" rev-parse refs/errata/reports)" = "$(git rev-parse refs/errata/reports)" ] && ok "the path remote has the ref" || not_ok "the path remote has the ref"
run $E report sync nosuchremote
expect_rc "unknown remote: exit 2" 2
expect_contains "unknown remote: named" "nosuchremote" stderr
done_testing
