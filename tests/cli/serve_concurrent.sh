#!/bin/sh
# errata serve with reports arriving together (committed together by the
# group commit): 24 reports from 12 concurrent clients are each answered
# 201 with the id that is stored, each stored exactly once, and the
# repository stays sound (git fsck --strict). Each commit's objects are
# written as one pack, not as loose files, and the small packs are rolled
# up once 64 have been written and the server is idle; a repository that lacks objects/pack gets
# one. With room for one request at a time ("threads": 1), clients at once
# each wait their turn and are all answered.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/serve/lib.sh"
tmp=$(mktemp -d)
trap 'kill "$SRV_PID" 2>/dev/null; rm -rf "$tmp"' EXIT
sh "$ERRATA_ROOT/examples/make-repo.sh" "$tmp/news" >/dev/null
repo=$tmp/news
printf '{"rate_limit": false, "threads": 8}\n' >"$tmp/serve.json"
loose0=$(git -C "$repo" count-objects -v | sed -n 's/^count: //p')
start_server "$repo" --config "$tmp/serve.json" || { not_ok "the server starts"; done_testing; exit 1; }
seen=$(cd "$repo" && git rev-parse HEAD~1)
i=0
while [ $i -lt 24 ]; do
	printf '{"path":"articles/harbour-festival.md","rev":"%s","quote":"The festival opens on Monday, June 9, 2026","message":"load %d"}\n' "$seen" "$i" >"$tmp/r$i.json"
	i=$((i + 1))
done
ls "$tmp"/r*.json | xargs -P 12 -I{} sh -c "curl -s -o {}.out -w '%{http_code}\n' -H 'Content-Type: application/json' --data-binary @{} '$BASE/api/v1/reports' >>'$tmp/codes'"
n201=$(grep -c '^201$' "$tmp/codes")
[ "$n201" -eq 24 ] && ok "24 concurrent reports are answered 201" || not_ok "24 concurrent reports are answered 201" "$(sort "$tmp/codes" | uniq -c)"
[ "$(report_count "$repo")" = 24 ] && ok "... and 24 are stored" || not_ok "... and 24 are stored" "$(report_count "$repo")"
(cd "$repo" && ERRATA_DATA_DIR="$ERRATA_ROOT/rules" "$ERRATA_BIN" report list --format json) |
	grep -o '"message":"load [0-9]*"' | sort | uniq -c | awk '$1 != 1' >"$tmp/dups"
[ ! -s "$tmp/dups" ] && ok "... each exactly once" || not_ok "... each exactly once" "$(cat "$tmp/dups")"
for f in "$tmp"/r*.json.out; do
	id=$(sed -n 's/.*"id":"\([0-9a-f]\{16\}\)".*/\1/p' "$f")
	(cd "$repo" && git cat-file -e "refs/errata/reports:r/$(printf %s "$id" | cut -c1-2)/$id/1-$id.json") 2>/dev/null || echo "$id" >>"$tmp/missing"
done
[ ! -s "$tmp/missing" ] && ok "every id answered is the one stored" || not_ok "every id answered is the one stored" "$(cat "$tmp/missing")"
run git -C "$repo" fsck --strict
expect_rc "git fsck --strict is clean" 0
loose1=$(git -C "$repo" count-objects -v | sed -n 's/^count: //p')
[ "$loose1" = "$loose0" ] && ok "the server wrote no loose object" || not_ok "the server wrote no loose object" "$loose0 before, $loose1 after"
packs=$(ls "$repo"/.git/objects/pack/*.idx 2>/dev/null | wc -l)
[ "$packs" -ge 1 ] && ok "... but packs ($packs)" || not_ok "... but packs"
for idx in "$repo"/.git/objects/pack/*.idx; do
	git -C "$repo" verify-pack "$idx" >/dev/null 2>&1 || echo "$idx" >>"$tmp/badpacks"
done
[ ! -s "$tmp/badpacks" ] && ok "every pack and index passes git verify-pack" || not_ok "every pack passes git verify-pack" "$(cat "$tmp/badpacks")"

# one report at a time: one pack each, until 64 are rolled up into one once idle
i=0
while [ $i -lt 70 ]; do
	curl -s -o /dev/null -w '%{http_code}\n' -H 'Content-Type: application/json' \
		--data-binary "{\"path\":\"articles/harbour-festival.md\",\"rev\":\"$seen\",\"quote\":\"The festival opens on Monday, June 9, 2026\",\"message\":\"one by one $i\"}" \
		"$BASE/api/v1/reports" >>"$tmp/codes2"
	i=$((i + 1))
done
[ "$(grep -c '^201$' "$tmp/codes2")" = 70 ] && ok "70 reports one after another are answered 201" ||
	not_ok "70 reports one after another" "$(sort "$tmp/codes2" | uniq -c)"
# the roll-up waits for the server to be idle (no report for a quarter of a second)
i=0
while [ $i -lt 150 ] && [ "$(ls "$repo"/.git/objects/pack/*.idx | wc -l)" -ge 40 ]; do
	sleep 0.2
	i=$((i + 1))
done
stop_server
[ "$SRV_RC" = 0 ] && ok "the server stops cleanly (after the roll-up it started)" || not_ok "the server stops cleanly" "exit $SRV_RC"
packs=$(ls "$repo"/.git/objects/pack/*.idx | wc -l)
[ "$packs" -lt 40 ] && ok "the small packs were rolled up ($packs left)" || not_ok "the small packs were rolled up" "$packs packs"
[ "$(report_count "$repo")" = 94 ] && ok "all 94 reports are stored" || not_ok "all 94 reports are stored" "$(report_count "$repo")"
run git -C "$repo" fsck --strict
expect_rc "git fsck --strict is clean after the roll-up" 0

# a repository without objects/pack (git makes it, a copy may drop empty folders)
sh "$ERRATA_ROOT/examples/make-repo.sh" "$tmp/bare-copy" >/dev/null
rmdir "$tmp/bare-copy/.git/objects/pack"
start_server "$tmp/bare-copy" --config "$tmp/serve.json" || { not_ok "the server starts"; done_testing; exit 1; }
for i in 1 2 3; do
	curl -s -o /dev/null -w '%{http_code}\n' -H 'Content-Type: application/json' \
		--data-binary "{\"path\":\"articles/harbour-festival.md\",\"rev\":\"$seen\",\"quote\":\"The festival opens on Monday, June 9, 2026\",\"message\":\"no pack folder $i\"}" \
		"$BASE/api/v1/reports" >>"$tmp/codes3"
done
stop_server
[ "$(grep -c '^201$' "$tmp/codes3")" = 3 ] && ok "without objects/pack: three reports one after another are answered 201" ||
	not_ok "without objects/pack: three reports one after another" "$(sort "$tmp/codes3" | uniq -c)"
[ "$(report_count "$tmp/bare-copy")" = 3 ] && ok "... and stored" || not_ok "... and stored" "$(report_count "$tmp/bare-copy")"

# one request handled at a time: the others wait their turn (the one storing never waits for them)
sh "$ERRATA_ROOT/examples/make-repo.sh" "$tmp/one" >/dev/null
printf '{"rate_limit": false, "threads": 1}\n' >"$tmp/one.json"
start_server "$tmp/one" --config "$tmp/one.json" || { not_ok "the server starts"; done_testing; exit 1; }
ls "$tmp"/r?.json | xargs -P 8 -I{} sh -c "curl -s -m 60 -o /dev/null -w '%{http_code}\n' -H 'Content-Type: application/json' --data-binary @{} '$BASE/api/v1/reports' >>'$tmp/codes4'"
curl -s -m 60 -o /dev/null -w '%{http_code}\n' "$BASE/healthz" >>"$tmp/codes4"
stop_server
[ "$(grep -c '^201$' "$tmp/codes4")" = 10 ] && [ "$(grep -c '^200$' "$tmp/codes4")" = 1 ] &&
	ok "threads 1: ten reports at once are all answered 201, and the health check 200" ||
	not_ok "threads 1: ten reports at once" "$(sort "$tmp/codes4" | uniq -c)"
[ "$(report_count "$tmp/one")" = 10 ] && ok "... and stored" || not_ok "... and stored" "$(report_count "$tmp/one")"
done_testing
