#!/bin/sh
# A real browser: Debian's chromium, headless, JavaScript off, driven over
# the DevTools protocol (tests/browser/cdp.py) opens the report form for
# the example article, types into it, ticks the consent box, presses Send;
# the report then shows in `errata report list`. Screenshots of the form,
# the thank-you page and the corrections page go to build/screenshots/.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/serve/lib.sh"
if ! command -v chromium >/dev/null 2>&1; then
	not_ok "chromium is installed (scripts/deps.sh installs it)"
	done_testing
	exit 1
fi
tmp=$(mktemp -d)
trap 'kill "$SRV_PID" 2>/dev/null; rm -rf "$tmp"' EXIT
shots="$ERRATA_ROOT/build/screenshots"
mkdir -p "$shots"
rm -f "$shots"/*.png
sh "$ERRATA_ROOT/examples/make-repo.sh" "$tmp/news" >/dev/null
repo=$tmp/news
E="env ERRATA_DATA_DIR=$ERRATA_ROOT/rules $ERRATA_BIN"
printf '{"rate_limit": false, "site_name": "Harbour News"}\n' >"$tmp/serve.json"
start_server "$repo" --config "$tmp/serve.json" || { not_ok "the server starts"; done_testing; exit 1; }
seen=$(cd "$repo" && git rev-parse HEAD~1)

run python3 "$ERRATA_ROOT/tests/browser/report_form.py" form "$BASE" "$seen" "$shots"
expect_rc "chromium fills in and sends the form, JavaScript off" 0
id=$OUT
case "$id" in [0-9a-f][0-9a-f][0-9a-f][0-9a-f]*) ok "... and the thank-you page names the report ($id)" ;;
	*) not_ok "... and the thank-you page names the report" "$OUT $ERR" ;; esac
run sh -c "cd '$repo' && $E report list"
expect_contains "the report shows in errata report list" "$(printf %s "$id" | cut -c1-12)  open       articles/harbour-festival.md  \"The festival opens on Monday, June 9, 2026\""
run sh -c "cd '$repo' && $E report show $id"
expect_contains "... at the revision the page was built from" "revision:   $seen (line 9"
expect_contains "... with what the reader typed" "Source: https://www.timeanddate.com/calendar/?year=2026"
expect_contains "... and the reader's contact, given with consent" "reporter:   Sam Reader <sam@example.net>"
grep -q '"POST /report" 201 ' "$SRV_LOG" && ok "the access log has the browser's POST" || not_ok "access log" "$(cat "$SRV_LOG")"

(cd "$repo" && $E report scan >/dev/null && $E correct "$id" --wrong "Monday, June 9" --right "Tuesday, June 9" \
	--notice "An earlier version of this article gave the wrong day for the opening of the festival. It opens on Tuesday, June 9." >/dev/null)
run python3 "$ERRATA_ROOT/tests/browser/report_form.py" shot "$BASE/corrections" "$shots/corrections.png"
expect_rc "chromium opens the corrections page" 0
for f in report-form report-form-filled report-sent corrections; do
	if [ -s "$shots/$f.png" ] && [ "$(head -c 8 "$shots/$f.png" | od -An -c | tr -d ' ')" = '211PNG\r\n032\n' ]; then
		ok "screenshot build/screenshots/$f.png"
	else
		not_ok "screenshot build/screenshots/$f.png"
	fi
done
stop_server
done_testing
