#!/bin/sh
# The whole life of a reader report: filed against an old revision, traced
# to the revision and author that introduced the text, status events, scan
# finding the fix, the correction published, the correction log printed.
. "$(dirname "$0")/lib.sh"
. "$FIX/reports/make-repo.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp" GIT_CONFIG_NOSYSTEM=1
E=$ERRATA_BIN
mkrepo "$tmp/news" >/dev/null 2>&1 || { not_ok "build the repository"; done_testing; exit 1; }

# An editor has uncommitted work: reports must not touch it.
echo "draft line" >>articles/vote.md
git add articles/vote.md
echo "more draft" >>articles/vote.md
index_before=$(git ls-files -s | git hash-object --stdin)
wt_before=$(git hash-object articles/vote.md)

run $E report add articles/vote.md --rev "$R3" --quote "Tuesday, January 7, 2026" \
	--message "January 7, 2026 is a Wednesday" --reporter "A. Reader" --contact reader@example.org
expect_rc "add exits 0" 0
ID=$OUT
case "$ID" in [0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]) ok "add prints a 16-hex id" ;; *) not_ok "add prints a 16-hex id" "$ID" ;; esac
[ "$(git ls-files -s | git hash-object --stdin)" = "$index_before" ] && ok "index untouched" || not_ok "index untouched"
[ "$(git hash-object articles/vote.md)" = "$wt_before" ] && ok "working tree untouched" || not_ok "working tree untouched"

short=$(printf %s "$ID" | cut -c1-6)
run $E report show "$short" --format json
expect_rc "show by prefix" 0
expect_contains "show: rev is the full id" "\"rev\":\"$R3\""
expect_contains "show: introduced in R2" "\"introduced_in\":\"$R2\""
expect_contains "show: introducing author" '"author":"Rita Reporter"'
expect_contains "show: anchored" '"anchored":true'
expect_contains "show: status open" '"status":"open"'
expect_contains "show: location" '"location":{"line":6,"column":45'
expect_contains "show: fixed_in null" '"fixed_in":null'
expect_contains "show: open event with actor" '"type":"open","id":"'"$ID"'","lamport":1,"actor":"Desk Editor <desk@example.org>"'
run $E report show "$short"
expect_contains "show text: introduced line" "introduced: $(printf %s "$R2" | cut -c1-12) by Rita Reporter on 2026-01-02: Add the vote date"

run $E blame articles/vote.md --rev "$R3" --quote "Tuesday,
   January 7, 2026" --format json
expect_rc "blame exits 0" 0
expect_contains "blame introduced" "\"commit\":	\"$R2\""
expect_contains "blame removed in R4" "\"commit\":	\"$R4\""

run $E report confirm "$ID" --actor "Copy Chief"
expect_rc "confirm" 0
run $E report comment "$ID" --message "Checked with the council calendar" --actor "Copy Chief"
expect_rc "comment" 0
run $E report list --status confirmed
expect_contains "list --status confirmed" "$(printf %s "$ID" | cut -c1-12)  confirmed"
run $E report list --status open
expect_not_contains "list --status open leaves it out" "$(printf %s "$ID" | cut -c1-12)"

run $E correct "$ID" --kind correction --wrong "Tuesday, January 7" --right "Wednesday, January 7"
expect_rc "correct before fixed: exit 2" 2
expect_contains "correct before fixed: says why" "record the fix first" stderr

run $E report scan --actor "errata-bot"
expect_rc "scan" 0
expect_contains "scan fixes the report" "$ID fixed"
run $E report show "$ID" --format json
expect_contains "scan: fixed in R4" "\"fixed_in\":\"$R4\""
expect_contains "scan: marked detected" '"fixed_detected":true'
expect_contains "scan: status fixed" '"status":"fixed"'
run $E report scan
expect_contains "scan again: nothing" "0 reports fixed"

run $E correct "$ID" --kind correction --wrong "Tuesday, January 7" --right "Wednesday, January 7" \
	--notice "An earlier version of this article gave the wrong weekday for the vote." --approved-by "Managing Editor"
expect_rc "correct" 0
run $E report show "$ID" --format json
expect_contains "corrected" '"status":"corrected"'
expect_contains "events carry actor and time" '"type":"confirm","id":"'
run $E corrections articles/vote.md
expect_rc "corrections text" 0
expect_contains "corrections: kind" "Correction  articles/vote.md"
expect_contains "corrections: wrong" "wrong:  Tuesday, January 7"
expect_contains "corrections: right" "right:  Wednesday, January 7"
expect_contains "corrections: revisions" "introduced in $(printf %s "$R2" | cut -c1-12), corrected in $(printf %s "$R4" | cut -c1-12)"
expect_contains "corrections: report" "answers report $ID"
run $E corrections articles/vote.md --format jsonld
expect_contains "jsonld type" '"@type":	"NewsArticle"'
expect_contains "jsonld correction type" '"@type":	"CorrectionComment"'
expect_contains "jsonld context" '"@context":	"https://schema.org"'
expect_contains "jsonld text" 'gave the wrong weekday for the vote.'
if printf '%s' "$OUT" | python3 -c 'import json,sys; d=json.load(sys.stdin); c=d["correction"][0]; assert d["@type"]=="NewsArticle" and c["@type"]=="CorrectionComment" and c["datePublished"]' 2>/dev/null; then ok "jsonld parses"; else not_ok "jsonld parses" "$OUT"; fi
run $E corrections articles/vote.md --format json
if printf '%s' "$OUT" | python3 -c '
import json,sys
d=json.load(sys.stdin); c=d["corrections"][0]
assert d["version"]==1 and c["kind"]=="correction" and c["approved_by"]=="Managing Editor"
assert len(c["introduced_in"])==40 and len(c["corrected_in"])==40
' 2>/dev/null; then ok "corrections json fields"; else not_ok "corrections json fields" "$OUT"; fi
run $E correct "$ID" --wrong a --right b
expect_rc "correct twice: exit 2" 2

# A second report: rejected, reopened, marked duplicate.
run $E report add articles/vote.md --quote "main hall of the public library" --message "It is the annex"
ID2=$OUT
run $E report reject "$ID2" --why "The council confirmed the main hall"
expect_rc "reject" 0
run $E report confirm "$ID2"
expect_rc "confirm a rejected report: exit 2" 2
run $E report reopen "$ID2"
expect_rc "reopen" 0
run $E report duplicate "$ID2" --of "$ID"
expect_rc "duplicate" 0
run $E correct "$ID2" --kind correction --wrong a --right b
expect_rc "correct a duplicate: exit 2" 2
expect_contains "correct a duplicate: points at the report it duplicates" "is a duplicate: correct the report it duplicates" stderr
run $E report list --format json
if printf '%s' "$OUT" | python3 -c '
import json,sys
d=json.load(sys.stdin); assert d["version"]==1
rs={r["id"]:r for r in d["reports"]}
r=rs[sys.argv[1]]
for k in ("id","path","status","rev","quote","message","anchored","introduced_in","fixed_in","findings","events"):
    assert k in r, k
assert r["status"]=="duplicate" and r["duplicate_of"]==sys.argv[2]
assert [e["type"] for e in r["events"]]==["open","reject","reopen","duplicate"]
assert all(e["actor"] and e["time"].endswith("Z") for e in r["events"])
' "$ID2" "$ID"; then ok "list json: fields and event history"; else not_ok "list json: fields and event history" "$OUT"; fi
run $E corrections articles/vote.md --format json
expect_contains "duplicate answered by the correction" "\"$ID2\""

# The log of the article.
run $E log articles/vote.md
expect_rc "log" 0
expect_contains "log newest first" "$(printf %s "$R4" | cut -c1-7) 2026-01-03 Desk Editor: Correct the weekday of the vote (+1 -1 words"
expect_contains "log lists R2's author" "Rita Reporter: Add the vote date (+17 -0 words"
run $E log articles/vote.md --format json
if printf '%s' "$OUT" | python3 -c '
import json,sys
d=json.load(sys.stdin); r=d["revisions"]
assert len(r)==4 and r[0]["commit"]==sys.argv[1] and r[3]["commit"]==sys.argv[2]
assert r[1]["words_added"]==2 and r[1]["words_removed"]==0
' "$R4" "$R1"; then ok "log json"; else not_ok "log json" "$OUT"; fi

# The history of the ref is the audit trail: one commit per event, never rewritten.
n=$(git rev-list --count refs/errata/reports)
[ "$n" -eq 9 ] && ok "one commit per event" || not_ok "one commit per event" "$n commits"
git fsck --no-progress >/dev/null 2>&1 && ok "fsck passes" || not_ok "fsck passes"
done_testing
