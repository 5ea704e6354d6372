#!/bin/sh
# One resolution of configuration for check, diff, ci, the pre-commit
# hook, log and report add: an article's .errata.json is the one nearest its folder, in the
# tree the article is read from (the revision, or the staged index). A
# folder's config that disables a rule is honoured by all of them alike.
. "$(dirname "$0")/lib.sh"
. "$FIX/diff/repo.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
r="$tmp/repo"
new_repo "$r"
put "$r" news/bridge.md bridge.md
commit_all "$r" "bridge story"
cd "$r" || exit 1

# A folder whose config turns the weekday check off, and an error in it.
mkdir -p desk
printf '{"disable": ["date.weekday"]}\n' >desk/.errata.json
put "$r" desk/note.md bridge-wrong.md
put "$r" news/wrong.md bridge-wrong.md
commit_all "$r" "a desk note and a news story, both with a wrong weekday"

run "$ERRATA_BIN" check desk/note.md
expect_rc "check honours the folder's config" 0
run "$ERRATA_BIN" check news/wrong.md
expect_rc "check flags the article outside that folder" 1
run "$ERRATA_BIN" ci --base HEAD~1 --format json
expect_rc "ci flags the article outside the folder" 1
expect_contains "ci names the article outside the folder" '"news/wrong.md"'
expect_not_contains "ci honours the folder's config, as check does" '"path":"desk/note.md","rule"'
run "$ERRATA_BIN" ci --base HEAD~1 -- desk
expect_rc "ci on the folder alone passes, as check does" 0
run "$ERRATA_BIN" diff HEAD~1 HEAD -- desk/note.md
expect_not_contains "diff honours the folder's config" "date.weekday"

# log's error counts and the findings a reader's report carries, too.
run "$ERRATA_BIN" log desk/note.md --format json
if printf '%s' "$OUT" | python3 -c 'import json,sys; r=json.load(sys.stdin)["revisions"]; assert r[0]["errors"]==0, r'; then
	ok "log counts with the folder's config"; else not_ok "log counts with the folder's config" "$OUT"; fi
run "$ERRATA_BIN" log news/wrong.md --format json
if printf '%s' "$OUT" | python3 -c 'import json,sys; r=json.load(sys.stdin)["revisions"]; assert r[0]["errors"]==1, r'; then
	ok "log counts the error outside the folder"; else not_ok "log counts the error outside the folder" "$OUT"; fi
ID=$("$ERRATA_BIN" report add desk/note.md --quote "Tuesday, January 7" --actor desk)
run "$ERRATA_BIN" report show "$ID" --format json
if printf '%s' "$OUT" | python3 -c 'import json,sys; s=json.load(sys.stdin); assert s["findings"]==[], s["findings"]'; then
	ok "a report in the folder carries no finding of a disabled rule"; else not_ok "a report in the folder carries no finding of a disabled rule" "$OUT"; fi
ID=$("$ERRATA_BIN" report add news/wrong.md --quote "Tuesday, January 7" --actor desk)
run "$ERRATA_BIN" report show "$ID" --format json
expect_contains "a report outside the folder carries the finding" '"date.weekday"'

# The pre-commit hook (ci --cached) reads the staged config with the staged article.
"$ERRATA_BIN" hook install >/dev/null
put "$r" desk/second.md bridge-wrong.md
git add desk/second.md
run git commit -q -m "another desk note"
expect_rc "the hook accepts what check accepts in that folder" 0
mkdir -p wire
put "$r" wire/story.md bridge-wrong.md
printf '{"disable": ["date.weekday"]}\n' >wire/.errata.json
git add wire/story.md
run git commit -q -m "a wire story, its folder's config not staged"
if [ "$RC" -ne 0 ]; then ok "a config that is not staged does not count for the staged article"; else not_ok "a config that is not staged does not count for the staged article"; fi
git add wire/.errata.json
run git commit -q -m "a wire story with its folder's config"
expect_rc "the staged config counts for the staged article" 0

# The old side is read with the old tree's config: dropping the config
# makes the old error new to ci.
git rm -q desk/.errata.json
printf '\nUpdated with the council'"'"'s reply.\n' >>desk/note.md
git commit -q -a --no-verify -m "desk: no more exceptions; a reply added"
run "$ERRATA_BIN" ci --base HEAD~1 --format json
expect_rc "without the config the old error is new in the edited article" 1
expect_contains "and are named" '"desk/note.md"'
# --config still overrides for every article.
printf '{"disable": ["date.weekday"]}\n' >"$tmp/all.json"
run "$ERRATA_BIN" ci --base HEAD~1 --config "$tmp/all.json"
expect_rc "--config applies to every article" 0
# A broken config in the tree is an error that names it.
printf '{"disable": [' >news/.errata.json
put "$r" news/extra.md bridge.md
git add news/.errata.json news/extra.md
run "$ERRATA_BIN" ci --cached
expect_rc "a broken staged config: exit 2" 2
expect_contains "the message names the config" "news/.errata.json" stderr
git rm -q --cached news/.errata.json news/extra.md
rm news/.errata.json news/extra.md
done_testing
