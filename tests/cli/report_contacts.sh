#!/bin/sh
# Reader privacy: names and contacts stay out of the shared report events,
# under refs/errata/contacts, which sync leaves alone unless asked; redact
# erases one for good, --older-than the old ones; migrate-contacts moves
# them out of the events of a store written before.
. "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# sync looks up a named remote: libgit2 1.5's own leak there is suppressed (see the file)
export LSAN_OPTIONS="print_suppressions=0:fast_unwind_on_malloc=0:suppressions=$FIX/reports/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
sh "$ERRATA_ROOT/examples/make-repo.sh" "$tmp/news" >/dev/null
git init -q --bare "$tmp/central.git"
cd "$tmp/news" || exit 1
git remote add origin "$tmp/central.git"
E="env ERRATA_DATA_DIR=$ERRATA_ROOT/rules $ERRATA_BIN"

id=$($E report add --json "$ERRATA_ROOT/examples/report.json")
[ -n "$id" ] && ok "a report with the reader's name and e-mail is filed" || not_ok "report filed"
if git log -p refs/errata/reports | grep -q 'sam@example.net\|Sam Reader'; then
	not_ok "the shared events hold no name or e-mail" "$(git log -p refs/errata/reports | grep sam)"
else ok "the shared events hold no name or e-mail"; fi
run git ls-tree -r --name-only refs/errata/contacts
expect_contains "the contact is under refs/errata/contacts" "c/$(printf %s "$id" | cut -c1-2)/$id.json"
run $E report show "$id"
expect_contains "report show still shows it to the newsroom" "reporter:   Sam Reader <sam@example.net>"
run $E report show "$id" --format json
expect_contains "... in JSON too" '"contact":"sam@example.net"'

run $E report sync
expect_rc "report sync" 0
run git -C "$tmp/central.git" for-each-ref --format='%(refname)' refs/errata/
expect_contains "sync pushes the reports" "refs/errata/reports"
expect_not_contains "... but not the contacts" "refs/errata/contacts"
run $E report sync --with-contacts
expect_rc "report sync --with-contacts" 0
run git -C "$tmp/central.git" ls-tree -r --name-only refs/errata/contacts
expect_contains "... pushes them when asked" "$id.json"

blob=$(git rev-parse "refs/errata/contacts:c/$(printf %s "$id" | cut -c1-2)/$id.json")
run $E report redact "$(printf %s "$id" | cut -c1-6)"
expect_rc "report redact ID" 0
expect_contains "... says so" "$id contact erased"
run $E report show "$id"
expect_not_contains "the contact is gone from report show" "sam@example.net"
expect_contains "... the report stays" "status:     open"
if git log -p refs/errata/contacts | grep -q sam@example.net; then not_ok "no copy is left in the contacts ref's history"; else ok "no copy is left in the contacts ref's history"; fi
[ "$(git rev-list --count refs/errata/contacts)" = 1 ] && ok "... which is one commit, rewritten" || not_ok "... one commit"
git cat-file -e "$blob" 2>/dev/null && not_ok "the erased blob's file is deleted" || ok "the erased blob's file is deleted"
run $E report sync --with-contacts
if git -C "$tmp/central.git" log -p refs/errata/contacts | grep -q sam@example.net; then
	not_ok "sync --with-contacts erases it on the other side too"; else ok "sync --with-contacts erases it on the other side too"; fi
run git -C "$tmp/central.git" ls-tree -r --name-only refs/errata/contacts
expect_contains "... and keeps the erasure" "x/$id"
run $E report redact
expect_rc "redact without an ID is a usage error" 2
run $E report redact ffffffffffff
expect_rc "redact of an unknown report: exit 2" 2
run $E report redact --older-than 0
expect_rc "--older-than 0 is a usage error" 2

# A store written before: the contact is inside the open event.
git init -q "$tmp/old"
cd "$tmp/old" || exit 1
git commit -q --allow-empty -m init
old=0123456789abcdef
printf '{"version":1,"type":"open","report":"%s","id":"%s","lamport":1,"actor":"Desk","time":"2026-05-22T09:12:40Z","path":"a.md","rev":"%s","quote":"x","message":null,"suggest":null,"reporter":"Old Reader","contact":"old@example.net","anchored":false,"location":null,"introduced_in":null,"introduced_by":null,"findings":[]}' \
	"$old" "$old" "$(git rev-parse HEAD)" >"$tmp/ev.json"
b=$(git hash-object -w "$tmp/ev.json")
t=$(printf '100644 blob %s\t1-%s.json\n' "$b" "$old" | git mktree)
t=$(printf '040000 tree %s\t%s\n' "$t" "$old" | git mktree)
t=$(printf '040000 tree %s\t01\n' "$t" | git mktree)
t=$(printf '040000 tree %s\tr\n' "$t" | git mktree)
c=$(git commit-tree -m "report $old: open" "$t")
printf '{"version":1,"type":"comment","report":"%s","id":"1111111111111111","lamport":2,"actor":"Desk","time":"2026-05-23T09:00:00Z","message":"seen"}' "$old" >"$tmp/ev2.json"
b2=$(git hash-object -w "$tmp/ev2.json")
t2=$(printf '100644 blob %s\t1-%s.json\n100644 blob %s\t2-1111111111111111.json\n' "$b" "$old" "$b2" | git mktree)
t2=$(printf '040000 tree %s\t%s\n' "$t2" "$old" | git mktree)
t2=$(printf '040000 tree %s\t01\n' "$t2" | git mktree)
t2=$(printf '040000 tree %s\tr\n' "$t2" | git mktree)
c2=$(git commit-tree -p "$c" -m "report $old: comment" "$t2")
git update-ref refs/errata/reports "$c2"
run $E report redact "$old"
expect_rc "redact refuses a report whose events hold the contact" 2
expect_contains "... and says to migrate" "errata report migrate-contacts" stderr
run $E report migrate-contacts
expect_rc "report migrate-contacts" 0
expect_contains "... moves the contact" "1 contact moved to refs/errata/contacts"
if git log -p refs/errata/reports | grep -q old@example.net; then not_ok "the rewritten history holds no contact"; else ok "the rewritten history holds no contact"; fi
[ "$(git rev-list --count refs/errata/reports)" = 2 ] && ok "... and keeps its two commits" || not_ok "... two commits"
[ "$(git log -1 --format=%s refs/errata/reports)" = "report $old: comment" ] && ok "... with their messages" || not_ok "... messages"
run $E report show "$old"
expect_contains "the report still shows its reader" "reporter:   Old Reader <old@example.net>"
expect_contains "... and its comment" "seen"
run $E report migrate-contacts
expect_contains "a second run has nothing to do" "nothing to do"
run $E report redact --older-than 30
expect_contains "--older-than erases contacts past the retention" "1 contact erased"
run $E report show "$old"
expect_not_contains "... for good" "old@example.net"
run git fsck --strict
expect_rc "git fsck --strict is clean" 0
done_testing
