#!/bin/sh
# errata log and errata blame judge each revision with that revision's
# commit date as the article's date when the article names none: the same
# year-less "Tuesday, January 6" is wrong in a revision committed in 2025
# (a Monday then) and right in one committed in 2026; a date the article
# writes itself (a byline) still wins over the commit's.
. "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp" GIT_CONFIG_NOSYSTEM=1
E=$ERRATA_BIN
mkdir -p "$tmp/r" && cd "$tmp/r" || exit 1
git init -q . && git config user.name "Desk" && git config user.email desk@example.org
n=0
commit() {	# commit DATE MESSAGE (article text on stdin)
	n=$((n + 1))
	cat >ferry.md
	git add -A
	GIT_AUTHOR_DATE="${1}T09:00:00Z" GIT_COMMITTER_DATE="${1}T09:00:00Z" git commit -qm "$2"
	eval "V$n=\$(git rev-parse HEAD)"
}
commit 2025-01-02 "First version" <<'T'
The winter ferry timetable starts on Tuesday, January 6, the harbour office said.
T
commit 2026-01-02 "Add the fares" <<'T'
The winter ferry timetable starts on Tuesday, January 6, the harbour office said.

Fares stay the same as last winter.
T
commit 2026-01-03 "Add a byline" <<'T'
Published January 2, 2025

The winter ferry timetable starts on Tuesday, January 6, the harbour office said.

Fares stay the same as last winter.
T

run $E log ferry.md --format json
expect_rc "log: exit 0" 0
# Newest first: V3 (byline 2025: wrong), V2 (committed 2026: right), V1 (committed 2025: wrong).
rev_json() { printf '%s\n' "$OUT" | python3 -c '
import json, sys
for r in json.load(sys.stdin)["revisions"]:
    print(r["commit"][:7], r["errors"], r["article_date"], r["article_date_from"])'; }
got=$(rev_json)
want="$(echo "$V3" | cut -c1-7) 1 2025-01-02 byline, line 1
$(echo "$V2" | cut -c1-7) 0 2026-01-02 revision
$(echo "$V1" | cut -c1-7) 1 2025-01-02 revision"
if [ "$got" = "$want" ]; then ok "log: each revision judged in its own commit's year, a byline first"; else
	not_ok "log: each revision judged in its own commit's year, a byline first" "got: $got
want: $want"; fi
run $E log ferry.md
expect_contains "log text: the 2025 revision has the error" "$(echo "$V1" | cut -c1-7) 2025-01-02 Desk: First version (+13 -0 words; 1 error, 0 warnings)"
expect_contains "log text: the 2026 revision has none" "$(echo "$V2" | cut -c1-7) 2026-01-02 Desk: Add the fares (+7 -0 words; 0 errors, 0 warnings)"
run $E log ferry.md --no-check --format json
expect_contains "log --no-check: no counts" '"errors":	null'
expect_not_contains "log --no-check: no article date field" 'article_date'

run $E blame ferry.md --rev "$V2" --quote 'Tuesday, January 6' --format json
expect_rc "blame: exit 0" 0
got=$(printf '%s\n' "$OUT" | python3 -c '
import json, sys
c = json.load(sys.stdin)["checks"]
for k in ("introduced_in", "rev"):
    x = c[k]
    print(k, x["article_date"], x["article_date_from"], [f["rule"] for f in x["findings"]])')
want="introduced_in 2025-01-02 revision ['date.weekday']
rev 2026-01-02 revision []"
if [ "$got" = "$want" ]; then ok "blame: the quote judged in each revision's commit year"; else
	not_ok "blame: the quote judged in each revision's commit year" "got: $got
want: $want"; fi
run $E blame ferry.md --rev "$V2" --quote 'Tuesday, January 6'
expect_contains "blame text: the finding at introduction names its date and where it came from" \
	"(in $(echo "$V1" | cut -c1-12), article date 2025-01-02 from revision)"
expect_contains "blame text: the finding is the weekday's" "[date.weekday]"
run $E blame ferry.md --quote 'Tuesday, January 6'
expect_contains "blame text at HEAD: the byline dates it" "(in $(echo "$V3" | cut -c1-12), article date 2025-01-02 from byline, line 1)"
run $E blame ferry.md --rev "$V2" --quote 'Tuesday, January 6' --no-check --format json
expect_not_contains "blame --no-check: no checks" '"checks"'
# diff and ci say in JSON which date anchored each article and where from.
run $E diff "$V1" "$V2" --format json
got=$(printf '%s\n' "$OUT" | python3 -c '
import json, sys
for f in json.load(sys.stdin)["files"]:
    print(f["path"], f["date"], f["date_from"], [x["rule"] for x in f["fixed"]])')
want="ferry.md 2026-01-02 revision ['date.weekday']"
if [ "$got" = "$want" ]; then ok "diff json: the file's date and where it came from"; else
	not_ok "diff json: the file's date and where it came from" "got: $got"; fi
run $E ci --base "$V1" --head "$V3" --format json
expect_contains "ci json: the byline dates the head version" '{"path":"ferry.md","date":"2025-01-02","date_from":"byline, line 1"}'
run $E ci --base "$V1" --head "$V2" --format json
expect_contains "ci json: the head commit's date anchors an undated article" '{"path":"ferry.md","date":"2026-01-02","date_from":"revision"}'
done_testing
