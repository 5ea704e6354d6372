#!/bin/sh
# errata diff and errata ci keep at most --max-findings findings of each
# version of an article (default 10000), as check does per file, and say
# so: memory stays bounded whatever an edit adds.
. "$(dirname "$0")/lib.sh"
. "$FIX/diff/repo.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
r="$tmp/repo"
new_repo "$r"
cd "$r" || exit 1
mkdir pack
printf '{"version":1,"rules":[{"id":"t.word","type":"pattern","message":"m","pattern":"\\\\bword\\\\b"}]}\n' >pack/p.json
printf '{"rules":["pack"]}\n' >.errata.json
printf 'Nothing here.\n' >many.txt
commit_all "$r" "a quiet article"
python3 -c "print('word x ' * 12000)" >many.txt
commit_all "$r" "an article with 12000 matches"

count() { printf '%s\n' "$OUT" | grep -c '\[t.word\]'; }
run "$ERRATA_BIN" diff --max-findings 100
expect_rc "diff --max-findings 100: only warnings, exit 0" 0
[ "$(count)" -eq 100 ] && ok "diff --max-findings 100: 100 findings" || not_ok "diff --max-findings 100: 100 findings" "$(count)"
expect_contains "diff: the cap is said under introduced" "more than 100 findings in this file: the rest are not reported"
run "$ERRATA_BIN" diff
[ "$(count)" -eq 10000 ] && ok "diff: 10000 findings by default" || not_ok "diff: 10000 findings by default" "$(count)"
expect_contains "diff: the default cap is said" "more than 10000 findings"
run "$ERRATA_BIN" diff --max-findings 0
[ "$(count)" -eq 12000 ] && ok "diff --max-findings 0: no cap" || not_ok "diff --max-findings 0: no cap" "$(count)"
run "$ERRATA_BIN" diff --max-findings lots
expect_rc "diff --max-findings not a number: exit 2" 2
expect_contains "diff: the bad value is named" "--max-findings 'lots' is not a number of findings" stderr

# Both versions past the cap: the note is on both sides, never matched away.
python3 -c "print('word y ' * 12000)" >many.txt
commit_all "$r" "still too many"
run "$ERRATA_BIN" diff --max-findings 100
expect_contains "diff: the new version's cap note is introduced" "introduced:
many.txt:1:701: warning: more than 100 findings"
expect_contains "diff: the old version's cap note is listed as fixed" "fixed:
many.txt:1:701: warning: more than 100 findings"

# errata ci, the same.
run "$ERRATA_BIN" ci --base HEAD~2 --max-findings 50
[ "$(count)" -eq 50 ] && ok "ci --max-findings 50: 50 findings" || not_ok "ci --max-findings 50: 50 findings" "$(count)"
expect_contains "ci: the cap is said" "more than 50 findings in this file"
run "$ERRATA_BIN" ci --base HEAD~2 --max-findings -3
expect_rc "ci --max-findings negative: exit 2" 2
done_testing
