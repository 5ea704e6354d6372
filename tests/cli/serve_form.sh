#!/bin/sh
# errata serve: the reader's report form. GET /report by the article's
# path, by its public address (front matter url:/permalink:, or the
# config's site map), with the revision the page was built from; POST
# /report stores the report; every mistake comes back as a 4xx with the
# form, the reader's text kept and escaped, and nothing stored.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/serve/lib.sh"
tmp=$(mktemp -d)
trap 'kill "$SRV_PID" 2>/dev/null; rm -rf "$tmp"' EXIT
sh "$ERRATA_ROOT/examples/make-repo.sh" "$tmp/news" >/dev/null
repo=$tmp/news
(cd "$repo" && cat >articles/ferry.md <<'ART'
---
title: Ferry timetable changes
date: 2026-06-01
permalink: /2026/06/ferry-timetable/
---
The first ferry will leave at 6:40 from Monday, June 8, 2026.
ART
git add articles/ferry.md && git commit -qm "Add the ferry story")
F='Content-Type: application/x-www-form-urlencoded'
cat >"$tmp/site.json" <<'EOF2'
{"rate_limit": false,
 "sitemap": [{"url": "https://news.example.org/festival/*", "path": "articles/*.md"}]}
EOF2
start_server "$repo" --config "$tmp/site.json" || { not_ok "the server starts"; done_testing; exit 1; }

http GET "/report?path=articles/harbour-festival.md&rev=HEAD~1"
expect_code "GET /report?path= shows the form" 200 '<form method="post" action="/report"'
expect_contains_b() { case "$BODY" in *"$2"*) ok "$1" ;; *) not_ok "$1" "missing: $2" ;; esac; }
expect_lacks_b() { case "$BODY" in *"$2"*) not_ok "$1" "unexpected: $2" ;; *) ok "$1" ;; esac; }
expect_contains_b "... naming the article by its title" "<cite>Harbour festival returns with a longer programme</cite>"
expect_contains_b "... with the revision in a hidden field" '<input type="hidden" name="rev" value="HEAD~1">'
expect_contains_b "... every field with a label" '<label for="contact">'
expect_contains_b "... a consent box" 'name="consent"'
expect_contains_b "... a honeypot field" 'name="website" tabindex="-1"'
expect_lacks_b "... and no script" "<script"
expect_lacks_b "... and nothing from elsewhere" "https://cdn"
http GET "/report?url=https://news.example.org/2026/06/ferry-timetable/?utm_source=x"
expect_code "GET /report?url= finds the article by its front matter permalink" 200 "<cite>Ferry timetable changes</cite>"
http GET "/report?url=https://news.example.org/festival/harbour-festival"
expect_code "... and by the config's site map" 200 "<cite>Harbour festival returns"
http GET "/report?url=https://news.example.org/nothing-here"
expect_code "an address no article has is 404" 404 "No article"
http GET "/report?path=articles/nope.md"
expect_code "a path that is not an article is 404" 404
http GET "/report"
expect_code "no article at all is 400" 400 "?url="
http GET "/report?path=articles/harbour-festival.md&quote=%3Cscript%3Ealert(1)%3C/script%3E"
expect_code "a quote in the link fills the form" 200 "&lt;script&gt;alert(1)&lt;/script&gt;"
expect_lacks_b "... escaped" "<script>alert"

post() { http POST /report -H "$F" "$@"; }
seen=$(cd "$repo" && git rev-parse HEAD~2)
post --data-urlencode path=articles/harbour-festival.md --data-urlencode "rev=$seen" \
	--data-urlencode "quote=The festival opens on Monday, June 9, 2026" \
	--data-urlencode "message=June 9 is a Tuesday" --data-urlencode "suggest=Tuesday, June 9" \
	--data-urlencode "source=https://www.timeanddate.com/calendar/?year=2026" \
	--data-urlencode "reporter=Sam Reader" --data-urlencode "contact=sam@example.net" \
	--data-urlencode consent=yes --data-urlencode website=
expect_code "POST /report stores the report: 201" 201 "Thank you"
id=$(printf '%s' "$BODY" | sed -n 's|.*<code>\([0-9a-f]\{16\}\)</code>.*|\1|p')
[ -n "$id" ] && ok "... and names the report" || not_ok "... and names the report" "$BODY"
run sh -c "cd '$repo' && ERRATA_DATA_DIR='$ERRATA_ROOT/rules' '$ERRATA_BIN' report show $id"
expect_contains "the report is in the repository at the revision the reader saw" "revision:   $seen (line 9"
expect_contains "... with the source in the message" "Source: https://www.timeanddate.com/calendar/?year=2026"
expect_contains "... and the checker's finding" "date.weekday"
post --data-urlencode "url=https://news.example.org/2026/06/ferry-timetable/" \
	--data-urlencode "quote=The first ferry will leave at 6:40"
expect_code "a form that names the article by its address is stored" 201
post --data-urlencode path=articles/harbour-festival.md \
	--data-urlencode "quote=The festival opens on Monday, June 9, 2026"
expect_code "a form without the revision is stored" 201
id2=$(printf '%s' "$BODY" | sed -n 's|.*<code>\([0-9a-f]\{16\}\)</code>.*|\1|p')
run sh -c "cd '$repo' && ERRATA_DATA_DIR='$ERRATA_ROOT/rules' '$ERRATA_BIN' report show $id2"
expect_contains "... anchored to the newest revision that holds the quote" "revision:   $seen (line 9"
n=$(report_count "$repo")

post --data-urlencode path=articles/harbour-festival.md --data-urlencode "quote=The festival" \
	--data-urlencode website=http://spam.example
expect_code "a filled honeypot is 400" 400 "program"
post --data-urlencode path=articles/harbour-festival.md --data-urlencode "quote=The festival" \
	--data-urlencode "message=<b>bold</b> & \"quoted\"" --data-urlencode "contact=sam@example.net"
expect_code "an e-mail without consent is 400" 400 "Tick the box"
expect_contains_b "... the form comes back with the reader's text escaped" "&lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot;"
expect_lacks_b "... never raw" "<b>bold</b>"
post --data-urlencode path=articles/harbour-festival.md --data-urlencode "quote="
expect_code "an empty quote is 400" 400 "Copy the text"
post --data-urlencode path=articles/harbour-festival.md --data-urlencode "quote=x" \
	--data-urlencode "reporter=$(head -c 201 /dev/zero | tr '\0' n)"
expect_code "a name over 200 bytes is 400" 400 "Your name is too long"
post --data-urlencode path=articles/harbour-festival.md --data-urlencode "quote=$(head -c 2001 /dev/zero | tr '\0' q)"
expect_code "a quote over 2,000 bytes is 400" 400 "too long"
post --data-urlencode path=articles/harbour-festival.md --data-urlencode "quote=x" --data-urlencode "source=javascript:alert(1)"
expect_code "a source that is not a web link is 400" 400 "http://"
post --data-urlencode path=articles/harbour-festival.md --data-urlencode "quote=x" --data-urlencode "colour=red"
expect_code "an unknown field is 400" 400 "colour"
post --data "path=articles/harbour-festival.md&quote=a%00b"
expect_code "a NUL byte is 400" 400
post --data-urlencode path=articles/harbour-festival.md --data-urlencode "quote=$(printf 'caf\351')"
expect_code "text that is not UTF-8 is 400" 400 "UTF-8"
post --data-urlencode path=articles/nope.md --data-urlencode "quote=x"
expect_code "an article that is not there is 404" 404
post --data-urlencode "quote=x"
expect_code "no article is 400" 400
http POST /report -H 'Content-Type: text/plain' --data "quote=x"
expect_code "a body that is not a form is 415" 415
head -c 70000 /dev/zero | tr '\0' a >"$tmp/big"
http POST /report -H "$F" --data-binary @"$tmp/big"
expect_code "a body over 64 KiB is 413" 413
[ "$(report_count "$repo")" = "$n" ] && ok "no bad form stored anything" || not_ok "no bad form stored anything" "$(report_count "$repo") reports, wanted $n"
stop_server
done_testing
