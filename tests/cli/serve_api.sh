#!/bin/sh
# errata serve: the JSON API on a free loopback port: /healthz, filing a
# report (201 only once stored), its public status without the reader's
# contact, every bad request with its 4xx and nothing stored, the body
# limit, the rate limit, the access log and the stop on SIGTERM.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/serve/lib.sh"
command -v curl >/dev/null 2>&1 || { echo "not ok 1 - curl is not installed (scripts/deps.sh installs it)"; exit 1; }
tmp=$(mktemp -d)
trap 'kill "$SRV_PID" 2>/dev/null; rm -rf "$tmp"' EXIT
sh "$ERRATA_ROOT/examples/make-repo.sh" "$tmp/news" >/dev/null
repo=$tmp/news
J='Content-Type: application/json'

run "$ERRATA_BIN" serve --help
expect_rc "serve --help exits 0" 0
expect_contains "serve --help names --listen" "--listen ADDR:PORT"
run "$ERRATA_BIN" serve --repo "$repo" --listen nowhere
expect_rc "a listen address without a port is refused" 2
expect_contains "... saying what to write" "want ADDR:PORT" stderr
run "$ERRATA_BIN" serve --repo "$tmp/none" --listen 127.0.0.1:0
expect_rc "a missing repository is refused" 2
printf '{"listen": "127.0.0.1:0", "rate_limt": 3}\n' >"$tmp/bad.json"
run "$ERRATA_BIN" serve --repo "$repo" --config "$tmp/bad.json"
expect_rc "a config with an unknown setting is refused" 2
expect_contains "... naming the file and the setting" "bad.json: unknown setting 'rate_limt'" stderr

printf '{"rate_limit": false}\n' >"$tmp/open.json"
start_server "$repo" --config "$tmp/open.json" || { not_ok "the server starts"; done_testing; exit 1; }
ok "the server starts on a free port ($PORT)"

http GET /healthz
expect_code "GET /healthz is 200" 200 '"status":"ok"'
case "$HDRS" in *"Content-Security-Policy: default-src 'none'"*) ok "answers carry a strict Content-Security-Policy" ;;
	*) not_ok "answers carry a strict Content-Security-Policy" "$HDRS" ;; esac

http POST /api/v1/reports -H "$J" --data-binary @"$ERRATA_ROOT/examples/report.json"
expect_code "POST /api/v1/reports files the example report: 201" 201 '"status_url":"/api/v1/reports/'
id=$(printf '%s' "$BODY" | sed -n 's/.*"id":"\([0-9a-f]\{16\}\)".*/\1/p')
case "$HDRS" in *"Location: /api/v1/reports/$id"*) ok "... with a Location" ;; *) not_ok "... with a Location" "$HDRS" ;; esac
[ "$(report_count "$repo")" = 1 ] && ok "... and the report is in the repository" || not_ok "... and the report is in the repository"
(cd "$repo" && git cat-file -e "refs/errata/reports") && ok "... under refs/errata/reports" || not_ok "... under refs/errata/reports"
if (cd "$repo" && git log -p refs/errata/reports | grep -q sam@example.net); then not_ok "... its events without the reader's contact"
else ok "... its events without the reader's contact"; fi
(cd "$repo" && git log -p refs/errata/contacts | grep -q sam@example.net) && ok "... which is under refs/errata/contacts" ||
	not_ok "... which is under refs/errata/contacts"
# The contact is its own loose object, not in the batch's pack: redacting
# it leaves no copy in the repository.
blob=$(cd "$repo" && git ls-tree -r refs/errata/contacts | awk -v id="$id" '$4 ~ id { print $3 }')
if [ -n "$blob" ] && [ -f "$repo/.git/objects/$(printf %s "$blob" | cut -c1-2)/$(printf %s "$blob" | cut -c3-)" ]; then
	ok "... in a loose object file of its own"; else not_ok "... in a loose object file of its own" "blob '$blob'"; fi

http GET "/api/v1/reports/$id"
expect_code "GET /api/v1/reports/ID is 200" 200 '"status":"open"'
case "$BODY" in *"\"rev\":\"$(cd "$repo" && git rev-parse HEAD~1)\""*"\"anchored\":true"*) ok "... at the revision the reader saw" ;;
	*) not_ok "... at the revision the reader saw" "$BODY" ;; esac
expect_contains_body() { case "$BODY" in *"$2"*) not_ok "$1" "$BODY" ;; *) ok "$1" ;; esac; }
expect_contains_body "the public status has no contact" "sam@example.net"
expect_contains_body "the public status has no reader name" "Sam Reader"
expect_contains_body "the public status has no reader message" "Which day does it open"
http GET /api/v1/reports/0123456789abcdef
expect_code "an unknown report is 404" 404 "no such report"
http GET /api/v1/reports/c71a
expect_code "a report id prefix is 404 (no guessing by prefix)" 404 "16 hex digits"

# Every bad request: a 4xx that says what to fix, and nothing stored.
http POST /api/v1/reports -H 'Content-Type: text/plain' --data-binary @"$ERRATA_ROOT/examples/report.json"
expect_code "a report that is not JSON by type is 415" 415 "application/json"
http POST /api/v1/reports -H "$J" --data-binary '{"path": "articles/harbour-festival.md",
 "quote": oops}'
expect_code "malformed JSON is 400 with its line and column" 400 "body:2:"
http POST /api/v1/reports -H "$J" --data-binary '[1]'
expect_code "a JSON array is 400" 400 "must be a JSON object"
http POST /api/v1/reports -H "$J" --data-binary '{"path":"articles/harbour-festival.md","quote":"x","colour":"red"}'
expect_code "an unknown field is 400 naming it" 400 "unknown field 'colour'"
http POST /api/v1/reports -H "$J" --data-binary '{"path":"articles/harbour-festival.md"}'
expect_code "a missing quote is 400" 400 "field 'quote': missing"
http POST /api/v1/reports -H "$J" --data-binary '{"quote":"The festival"}'
expect_code "a missing path is 400" 400 "field 'path': missing"
http POST /api/v1/reports -H "$J" --data-binary '{"path":"articles/harbour-festival.md","quote":"   "}'
expect_code "an empty quote is 400" 400 "quote: empty"
http POST /api/v1/reports -H "$J" --data-binary '{"path":"articles/harbour-festival.md","quote":42}'
expect_code "a quote that is not a string is 400" 400 "must be a string"
http POST /api/v1/reports -H "$J" --data-binary '{"path":"articles/nope.md","quote":"The festival"}'
expect_code "an article that is not there is 422" 422 "nope.md"
http POST /api/v1/reports -H "$J" --data-binary '{"path":"articles/harbour-festival.md","rev":"v9","quote":"The festival"}'
expect_code "an unknown revision is 422" 422 "v9"
long=$(head -c 2001 /dev/zero | tr '\0' 'a')
http POST /api/v1/reports -H "$J" --data-binary "{\"path\":\"articles/harbour-festival.md\",\"quote\":\"$long\"}"
expect_code "a quote over 2,000 bytes is 400" 400 "quote"
long=$(head -c 8001 /dev/zero | tr '\0' 'a')
http POST /api/v1/reports -H "$J" --data-binary "{\"path\":\"articles/harbour-festival.md\",\"quote\":\"x\",\"message\":\"$long\"}"
expect_code "a message over 8,000 bytes is 400" 400 "message"
printf '{"path":"articles/harbour-festival.md","quote":"\377"}' >"$tmp/latin1.json"
http POST /api/v1/reports -H "$J" --data-binary @"$tmp/latin1.json"
expect_code "a body that is not UTF-8 is 400" 400 "UTF-8"
head -c 70000 /dev/zero | tr '\0' ' ' >"$tmp/big.json"
http POST /api/v1/reports -H "$J" --data-binary @"$tmp/big.json"
expect_code "a body over 64 KiB is 413" 413 "65536 bytes"
http POST /api/v1/reports -H "$J" -H 'Transfer-Encoding: chunked' --data-binary @"$tmp/big.json"
expect_code "a chunked body over 64 KiB is 413 too" 413 "65536 bytes"
http GET /api/v1/reports
expect_code "GET on the report collection is 405" 405
case "$HDRS" in *"Allow: POST"*) ok "... with Allow: POST" ;; *) not_ok "... with Allow: POST" "$HDRS" ;; esac
http DELETE "/api/v1/reports/$id"
expect_code "DELETE on a report is 405" 405
http GET /nowhere
expect_code "an unknown page is 404" 404
[ "$(report_count "$repo")" = 1 ] && ok "no bad request stored anything" || not_ok "no bad request stored anything" "$(report_count "$repo") reports"

grep -q '"GET /healthz" 200 ' "$SRV_LOG" && ok "the access log has a line per request" || not_ok "the access log has a line per request" "$(cat "$SRV_LOG")"
n=$(grep -c '"POST /api/v1/reports" ' "$SRV_LOG")
[ "$n" -eq 16 ] && ok "... one for each of the 16 POSTs" || not_ok "... one for each of the 16 POSTs" "$n lines"
http POST /api/v1/reports -H "$J" --data-binary '{"path":"articles/harbour-festival.md","quote":"The festival opens on Monday, June 9, 2026"}'
expect_code "a report without rev is filed" 201
nid=$(printf '%s' "$BODY" | sed -n 's/.*"id":"\([0-9a-f]\{16\}\)".*/\1/p')
http GET "/api/v1/reports/$nid"
case "$BODY" in *"\"rev\":\"$(cd "$repo" && git rev-parse HEAD~1)\""*"\"anchored\":true"*) ok "... at the newest revision that holds its quote" ;;
	*) not_ok "... at the newest revision that holds its quote" "$BODY" ;; esac
stop_server
[ "$SRV_RC" -eq 0 ] && ok "SIGTERM stops the server with exit 0" || not_ok "SIGTERM stops the server with exit 0" "exit $SRV_RC"
grep -q '^errata: stopped' "$SRV_LOG" && ok "... after finishing the requests in flight" || not_ok "... after finishing" "$(tail -3 "$SRV_LOG")"

# The rate limit: a token bucket per address.
printf '{"rate_limit": {"per_minute": 1, "burst": 2}}\n' >"$tmp/slow.json"
start_server "$repo" --config "$tmp/slow.json" || { not_ok "the server starts with a config"; done_testing; exit 1; }
body='{"path":"articles/harbour-festival.md","quote":"three extra days"}'
http POST /api/v1/reports -H "$J" --data-binary "$body"
expect_code "first report within the burst: 201" 201
http POST /api/v1/reports -H "$J" --data-binary "$body"
expect_code "second report within the burst: 201" 201
http POST /api/v1/reports -H "$J" --data-binary "$body"
expect_code "third report over the rate: 429" 429 "too many reports"
case "$HDRS" in *"Retry-After: "*) ok "... with Retry-After" ;; *) not_ok "... with Retry-After" "$HDRS" ;; esac
http GET /healthz
expect_code "GETs are not rate limited" 200
stop_server
[ "$(report_count "$repo")" = 4 ] && ok "the limited report was not stored" || not_ok "the limited report was not stored" "$(report_count "$repo")"

# Redacting the contact filed through the server erases it from the store,
# even after a roll-up of the packs (or git's own gc) has packed it.
(cd "$repo" && git repack -a -d -q)
[ -f "$repo/.git/objects/$(printf %s "$blob" | cut -c1-2)/$(printf %s "$blob" | cut -c3-)" ] &&
	not_ok "git repack packed the contact" || ok "git repack packed the contact"
run sh -c "cd '$repo' && '$ERRATA_BIN' report redact '$id'"
expect_rc "report redact of a contact filed through the server" 0
if (cd "$repo" && git cat-file -e "$blob" 2>/dev/null); then not_ok "... leaves no copy of it in the repository" "$blob"
else ok "... leaves no copy of it in the repository"; fi
done_testing
