#!/bin/sh
# Publishing corrections: `errata correct --path` for a correction nobody
# reported; `errata corrections --format html|atom|jsonld` for one article
# and for the site; and the same through errata serve: /corrections,
# /corrections?path=, /corrections.atom, /corrections.json. Every value is
# escaped; the feed is well-formed XML.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/serve/lib.sh"
tmp=$(mktemp -d)
trap 'kill "$SRV_PID" 2>/dev/null; rm -rf "$tmp"' EXIT
sh "$ERRATA_ROOT/examples/make-repo.sh" "$tmp/news" >/dev/null
repo=$tmp/news
E="env ERRATA_DATA_DIR=$ERRATA_ROOT/rules $ERRATA_BIN"
cd "$repo" || exit 1


run $E corrections --format html
expect_rc "corrections with no PATH and none published: exit 0" 0
expect_contains "... says there are none" "No corrections have been published."
run $E corrections --format xml
expect_rc "an unknown format is a usage error" 2
expect_contains "... naming the formats" "text, json, jsonld, html or atom" stderr

id=$($E report add --json "$ERRATA_ROOT/examples/report.json")
$E report scan >/dev/null
(cat >articles/ferry.md <<'ART'
---
title: Ferry <timetable> & fares
date: 2026-06-01
permalink: /2026/06/ferry/
---
The first ferry will leave at 6:40.
ART
git add articles/ferry.md && git commit -qm "Add the ferry story")
run $E correct "$id" --wrong "Monday, June 9" --right "Tuesday, June 9" \
	--notice "An earlier version of this article misstated the day of the opening. It is Tuesday, June 9." --approved-by "Ines Editor"
expect_rc "a reported error is corrected" 0
run $E correct --path articles/ferry.md --kind clarification \
	--note "An earlier version of this article did not say that the <6:40> ferry runs on weekdays & holidays."
expect_rc "correct --path publishes a correction nobody reported" 0
cid=$(printf '%s' "$OUT" | cut -d' ' -f1)
expect_contains "... printing its id" "$cid corrected"
run $E report show "$cid" --format json
if printf '%s' "$OUT" | python3 -c '
import json,sys
d=json.load(sys.stdin)
assert d["status"]=="corrected" and d["correction"]["kind"]=="clarification", d
assert d["path"]=="articles/ferry.md" and d["fixed_in"] and d["reporter"] is None, d
assert [e["type"] for e in d["events"]]==["open","fixed","notice"], d["events"]
'; then ok "... recorded like the others: open, fixed, notice"; else not_ok "... recorded like the others" "$OUT"; fi
n=$(git rev-list --count refs/errata/reports)
[ "$n" -eq 4 ] && ok "... in one commit" || not_ok "... in one commit" "$n commits"
run $E correct --path articles/ferry.md
expect_rc "correct --path without --note is a usage error" 2
expect_contains "... saying so" "needs --note TEXT" stderr
run $E correct --path articles/nope.md --note "x"
expect_rc "correct --path for an article that is not there: exit 2" 2
run $E correct --path articles/ferry.md --note "x" --kind erratum
expect_rc "an unknown kind: exit 2" 2
expect_contains "... naming the kinds" "is not one of correction" stderr
run $E correct "$id" --note x
expect_rc "--note without --path is a usage error" 2

run $E corrections articles/harbour-festival.md --format html
expect_rc "the correction note for one article" 0
expect_contains "... an aside to place under the article" '<aside class="errata-corrections"'
expect_contains "... with the notice and the date" "misstated the day of the opening. It is Tuesday, June 9.</p>"
expect_not_contains "... only that article's" "ferry"
run $E corrections --format html
expect_contains "the site-wide list names each article" "<h2><a href=\"/2026/06/ferry/\">Ferry &lt;timetable&gt; &amp; fares</a></h2>"
expect_contains "... escaping the notice" "the &lt;6:40&gt; ferry runs on weekdays &amp; holidays."
expect_not_contains "... never raw" "<6:40>"
run $E corrections --format atom --site-name "Harbour News" --base-url https://news.example.org
expect_rc "the Atom feed" 0
if printf '%s' "$OUT" | python3 -c '
import sys, xml.etree.ElementTree as ET
A="{http://www.w3.org/2005/Atom}"
f=ET.fromstring(sys.stdin.read())
assert f.tag==A+"feed" and f.find(A+"title").text=="Harbour News: corrections"
es=f.findall(A+"entry")
assert len(es)==2, len(es)
t=[e.find(A+"title").text for e in es]
assert "Clarification: Ferry <timetable> & fares" in t, t
links=[l.get("href") for e in es for l in e.findall(A+"link")]
assert "https://news.example.org/2026/06/ferry/" in links, links
for e in es: assert e.find(A+"id").text.startswith("urn:errata:correction:") and e.find(A+"updated").text
'; then ok "... is well-formed Atom with an entry per correction and article links"; else not_ok "... is well-formed Atom" "$OUT"; fi
run $E corrections articles/harbour-festival.md --format jsonld
if printf '%s' "$OUT" | python3 -c '
import json,sys
d=json.load(sys.stdin)
assert d["@context"]=="https://schema.org" and d["@type"]=="NewsArticle"
assert d["headline"]=="Harbour festival returns with a longer programme"
c=d["correction"]; assert len(c)==1 and c[0]["@type"]=="CorrectionComment" and "Tuesday" in c[0]["text"]
'; then ok "JSON-LD: a NewsArticle with its CorrectionComment list"; else not_ok "JSON-LD NewsArticle" "$OUT"; fi

printf '{"rate_limit": false, "site_name": "Harbour News", "base_url": "https://news.example.org"}\n' >"$tmp/site.json"
start_server "$repo" --config "$tmp/site.json" || { not_ok "the server starts"; done_testing; exit 1; }
http GET /corrections
expect_code "GET /corrections is an HTML page" 200 "<h1>Corrections</h1>"
case "$BODY" in *'href="https://news.example.org/2026/06/ferry/"'*) ok "... linking each article" ;; *) not_ok "... linking each article" "$BODY" ;; esac
case "$BODY" in *'href="/corrections.atom"'*) ok "... and the feed" ;; *) not_ok "... and the feed" "$BODY" ;; esac
case "$BODY" in *"<6:40>"*) not_ok "... escaped" "$BODY" ;; *) ok "... escaped" ;; esac
http GET "/corrections?path=articles/harbour-festival.md"
expect_code "GET /corrections?path= shows one article's" 200 "misstated the day of the opening"
case "$BODY" in *ferry*) not_ok "... only that article's" ;; *) ok "... only that article's" ;; esac
http GET "/corrections?path=articles/nope.md"
expect_code "... an article that is not there is 404" 404
http GET /corrections.atom
expect_code "GET /corrections.atom is the feed" 200 "<feed xmlns=\"http://www.w3.org/2005/Atom\">"
case "$HDRS" in *"Content-Type: application/atom+xml"*) ok "... as application/atom+xml" ;; *) not_ok "... as application/atom+xml" "$HDRS" ;; esac
http GET /corrections.json
if [ "$CODE" = 200 ] && printf '%s' "$BODY" | python3 -c '
import json,sys
d=json.load(sys.stdin); c=d["corrections"]
assert len(c)==2 and {x["path"] for x in c}=={"articles/ferry.md","articles/harbour-festival.md"}
'; then ok "GET /corrections.json lists both"; else not_ok "GET /corrections.json" "$CODE $BODY"; fi
http POST /corrections
expect_code "POST /corrections is 405" 405
stop_server
done_testing
