#!/bin/sh
# errata serve stops gracefully: on SIGTERM it takes no new connection
# but the request in flight (here a report still being uploaded, slowly)
# is finished, answered 201 and stored, and the server exits 0.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/serve/lib.sh"
tmp=$(mktemp -d)
trap 'kill "$SRV_PID" 2>/dev/null; rm -rf "$tmp"' EXIT
sh "$ERRATA_ROOT/examples/make-repo.sh" "$tmp/news" >/dev/null
printf '{"rate_limit": false}\n' >"$tmp/serve.json"
start_server "$tmp/news" --config "$tmp/serve.json" || { not_ok "the server starts"; done_testing; exit 1; }
{
	printf '{"path": "articles/harbour-festival.md", "rev": "HEAD~1",'
	head -c 30000 /dev/zero | tr '\0' ' '
	printf '"quote": "The festival opens on Monday, June 9, 2026"}'
} >"$tmp/slow.json"
curl -s -o "$tmp/out" -w '%{http_code}' --limit-rate 10k -H 'Content-Type: application/json' \
	--data-binary @"$tmp/slow.json" "$BASE/api/v1/reports" >"$tmp/code" &
curl_pid=$!
sleep 1
kill -TERM "$SRV_PID"
sleep 0.3
code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/healthz")
[ "$code" = 000 ] && ok "after SIGTERM no new connection is taken" || not_ok "after SIGTERM no new connection is taken" "got $code"
wait "$curl_pid"
[ "$(cat "$tmp/code")" = 201 ] && ok "the upload in flight is finished and answered 201" ||
	not_ok "the upload in flight is finished and answered 201" "$(cat "$tmp/code") $(cat "$tmp/out")"
wait "$SRV_PID"
rc=$?
[ "$rc" -eq 0 ] && ok "the server exits 0" || not_ok "the server exits 0" "exit $rc"
[ "$(report_count "$tmp/news")" = 1 ] && ok "the report is stored" || not_ok "the report is stored"
grep -q '"POST /api/v1/reports" 201 ' "$SRV_LOG" && ok "... and logged" || not_ok "... and logged" "$(cat "$SRV_LOG")"
done_testing
