#!/bin/sh
# errata serve: the editors' queue behind a hashed password or bearer
# token, CSRF tokens on its forms, and the walk from a reader's report to
# a published correction: confirm, fix, correct, then the corrections page
# and the feed show it.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/serve/lib.sh"
tmp=$(mktemp -d)
trap 'kill "$SRV_PID" 2>/dev/null; rm -rf "$tmp"' EXIT
sh "$ERRATA_ROOT/examples/make-repo.sh" "$tmp/news" >/dev/null
repo=$tmp/news
F='Content-Type: application/x-www-form-urlencoded'

run sh -c "printf 'correct horse\n' | '$ERRATA_BIN' serve --hash-password ines"
expect_rc "serve --hash-password prints an editors line" 0
case "$OUT" in ines:\$*) ok "... NAME:HASH, crypt(3) style" ;; *) not_ok "... NAME:HASH" "$OUT" ;; esac
expect_not_contains "... never the password itself" "correct horse"
printf '%s\n' "$OUT" >"$tmp/editors.txt"
printf 's3cr3t-token\n' | "$ERRATA_BIN" serve --hash-password desk-bot >>"$tmp/editors.txt"
run sh -c "printf '\n' | '$ERRATA_BIN' serve --hash-password ines"
expect_rc "an empty password is refused" 2
printf '{"rate_limit": false, "editors": "editors.txt"}\n' >"$tmp/serve.json"

start_server "$repo" || { not_ok "the server starts"; done_testing; exit 1; }
http GET /queue -u ines:'correct horse'
expect_code "without an editors file the queue is closed: 403" 403 "no editors file"
stop_server
start_server "$repo" --config "$tmp/serve.json" || { not_ok "the server starts"; done_testing; exit 1; }

# A reader files a report through the form, at the revision the page showed.
seen=$(cd "$repo" && git rev-parse HEAD~1)
http POST /report -H "$F" --data-urlencode path=articles/harbour-festival.md --data-urlencode "rev=$seen" \
	--data-urlencode "quote=The festival opens on Monday, June 9, 2026" \
	--data-urlencode "message=June 9, 2026 is a Tuesday" --data-urlencode "suggest=Tuesday, June 9"
expect_code "a reader files a report" 201
id=$(printf '%s' "$BODY" | sed -n 's|.*<code>\([0-9a-f]\{16\}\)</code>.*|\1|p')

http GET /queue
expect_code "the queue without credentials is 401" 401
case "$HDRS" in *"WWW-Authenticate: Basic"*) ok "... asking the browser for a password" ;; *) not_ok "... asking for a password" "$HDRS" ;; esac
http GET /queue -u ines:wrong
expect_code "a wrong password is 401" 401
http GET /queue -H "Authorization: Bearer nope"
expect_code "a wrong token is 401" 401
http GET /queue -u ines:'correct horse'
expect_code "the editor's queue lists the report" 200 "Report <code>$(printf %s "$id" | cut -c1-12)</code> · open"
case "$BODY" in *"Signed in as ines"*) ok "... signed in by password" ;; *) not_ok "... signed in" "$BODY" ;; esac
case "$BODY" in *"The quoted text is not in the current version"*) ok "... saying the quote is gone from the current text" ;; *) not_ok "... quote gone" "$BODY" ;; esac
csrf=$(printf '%s' "$BODY" | sed -n 's/.*name="csrf" value="\([0-9a-f]*\)".*/\1/p' | head -1)
[ ${#csrf} -eq 64 ] && ok "... every form carries a CSRF token" || not_ok "... CSRF token" "$csrf"

http POST "/queue/$id" -u ines:'correct horse' -H "$F" --data action=confirm
expect_code "an action without the CSRF token is 403" 403 "security token"
http POST "/queue/$id" -u ines:'correct horse' -H "$F" --data "action=confirm&csrf=$(printf %064d 0)"
expect_code "... with a wrong one too" 403
http POST "/queue/$id" -u ines:'correct horse' -H "$F" -H "Origin: https://evil.example" --data "action=confirm&csrf=$csrf"
expect_code "an action sent from another site is 403" 403 "another site"
http POST "/queue/$id" -u ines:'correct horse' -H "$F" -H "Sec-Fetch-Site: cross-site" --data "action=confirm&csrf=$csrf"
expect_code "... as Sec-Fetch-Site says" 403
run sh -c "cd '$repo' && '$ERRATA_BIN' report list --status open"
expect_contains "none of them changed the report" "$(printf %s "$id" | cut -c1-12)  open"

http POST "/queue/$id" -u ines:'correct horse' -H "$F" -H "Origin: $BASE" --data "action=confirm&csrf=$csrf"
expect_code "the editor confirms: 303 back to the queue" 303
case "$HDRS" in *"Location: /queue?done=$id+confirm"*) ok "... saying what was done" ;; *) not_ok "... Location" "$HDRS" ;; esac
run sh -c "cd '$repo' && ERRATA_DATA_DIR='$ERRATA_ROOT/rules' '$ERRATA_BIN' report show $id"
expect_contains "the report is confirmed" "status:     confirmed"
expect_contains "... by the editor" "confirm    ines"
http POST "/queue/$id" -H "Authorization: Bearer s3cr3t-token" -H "$F" --data-urlencode "action=comment" --data-urlencode "message=Checked the programme: <it> opens Tuesday"
expect_code "a bearer token needs no CSRF token (no browser sends it by itself)" 303
http POST "/queue/$id" -H "Authorization: Bearer s3cr3t-token" -H "$F" --data "action=reject"
expect_code "reject without why is 400" 400 "why: missing"
http POST "/queue/$id" -H "Authorization: Bearer s3cr3t-token" -H "$F" --data "action=duplicate&of=ffffffffffffffff"
expect_code "duplicate of an unknown report is 404" 404
http POST "/queue/$id" -H "Authorization: Bearer s3cr3t-token" -H "$F" --data "action=fixed&in=v99"
expect_code "fixed in an unknown revision is 404" 404
http POST "/queue/$id" -H "Authorization: Bearer s3cr3t-token" -H "$F" --data "action=open"
expect_code "an unknown action is 400" 400 "one of confirm"
http POST /queue/ffffffffffffffff -H "Authorization: Bearer s3cr3t-token" -H "$F" --data "action=confirm"
expect_code "an unknown report is 404" 404
http POST "/queue/$id" -H "Authorization: Bearer s3cr3t-token" -H 'Content-Type: application/json' --data '{}'
expect_code "an action that is not a form is 415" 415

http GET /queue -H "Authorization: Bearer s3cr3t-token"
case "$BODY" in *"Checked the programme"*) not_ok "comments are not shown raw" ;; *) ok "the queue shows reports, not raw comments" ;; esac
http POST "/queue/$id" -u ines:'correct horse' -H "$F" --data-urlencode "action=correct" --data-urlencode "csrf=$csrf" \
	--data-urlencode "kind=correction" --data-urlencode "wrong=Monday, June 9" --data-urlencode "right=Tuesday, June 9" \
	--data-urlencode "in=HEAD" \
	--data-urlencode "notice=An earlier version of this article gave the wrong day for the opening of the festival. It opens on Tuesday, June 9."
expect_code "the editor records the fix and publishes the correction" 303
run sh -c "cd '$repo' && ERRATA_DATA_DIR='$ERRATA_ROOT/rules' '$ERRATA_BIN' report show $id --format json"
if printf '%s' "$OUT" | python3 -c '
import json,sys
d=json.load(sys.stdin)
assert d["status"]=="corrected" and d["correction"]["approved_by"]=="ines", d
assert [e["type"] for e in d["events"]]==["open","confirm","comment","fixed","notice"], [e["type"] for e in d["events"]]
'; then ok "... the report is corrected, its events in order"; else not_ok "... corrected" "$OUT"; fi
http GET /queue -u ines:'correct horse'
case "$BODY" in *"0 reports open"*) ok "the queue is empty again" ;; *) not_ok "the queue is empty again" "$BODY" ;; esac
http GET /corrections
expect_code "the corrections page shows it" 200 "It opens on Tuesday, June 9."
http GET /corrections.atom
expect_code "... and the feed" 200 "<content type=\"text\">An earlier version of this article gave the wrong day"
stop_server
done_testing
