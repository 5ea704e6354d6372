#!/bin/sh
# errata serve keeps what a report learns of the revision the reader saw
# (where the quote sits, its blame, the findings within it) for the next
# report on the same quote: the open events it stores for a second and a
# third report are the same as for the first, and as `errata report add`
# (which keeps nothing) writes, apart from the id, the time and the actor;
# also for a quote the revision does not hold, and under a configuration
# committed in the tree; a configuration file that appears above the
# working tree meanwhile applies to the next report.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/serve/lib.sh"
command -v curl >/dev/null 2>&1 || { echo "not ok 1 - curl is not installed (scripts/deps.sh installs it)"; exit 1; }
tmp=$(mktemp -d); [ -n "${KEEP:-}" ] && echo "# $tmp"
trap 'kill "$SRV_PID" 2>/dev/null; [ -n "${KEEP:-}" ] || rm -rf "$tmp"' EXIT
sh "$ERRATA_ROOT/examples/make-repo.sh" "$tmp/news" >/dev/null
repo=$tmp/news
seen=$(git -C "$repo" rev-parse HEAD~1)
J='Content-Type: application/json'

# a configuration in the tree, in a revision of its own on top
(cd "$repo" && git checkout -q -b configured "$seen" &&
	printf '{"severity": {"date.weekday": "warning"}}\n' >.errata.json &&
	git add .errata.json && git -c user.name=Desk -c user.email=desk@example.org commit -q -m config &&
	git checkout -q master)
configured=$(git -C "$repo" rev-parse configured)

payload() {	# payload REV QUOTE
	printf '{"path": "articles/harbour-festival.md", "rev": "%s", "quote": "%s", "message": "same"}' "$1" "$2"
}
payload "$seen" "The festival opens on Monday, June 9, 2026" >"$tmp/found.json"
payload "$seen" "The festival opens on a Friday" >"$tmp/missing.json"
payload "$configured" "The festival opens on Monday, June 9, 2026" >"$tmp/config.json"

event() {	# event ID: the open event, without what differs between reports
	git -C "$repo" cat-file -p "refs/errata/reports:r/$(printf %s "$1" | cut -c1-2)/$1/1-$1.json" |
		python3 -c 'import json, sys
e = json.load(sys.stdin)
for k in ("id", "report", "time", "actor"):
    e.pop(k, None)
print(json.dumps(e, sort_keys=True))'
}

for kind in found missing config; do
	(cd "$repo" && ERRATA_DATA_DIR="$ERRATA_ROOT/rules" "$ERRATA_BIN" report add --json "$tmp/$kind.json") >"$tmp/$kind.cli" 2>&1 ||
		not_ok "report add files the $kind report" "$(cat "$tmp/$kind.cli")"
done

printf '{"rate_limit": false}\n' >"$tmp/serve.json"
start_server "$repo" --config "$tmp/serve.json" || { not_ok "the server starts"; done_testing; exit 1; }
for kind in found missing config; do
	for n in 1 2 3; do
		http POST /api/v1/reports -H "$J" --data-binary @"$tmp/$kind.json"
		expect_code "$kind, report $n: 201" 201
		printf '%s\n' "$BODY" | sed -n 's/.*"id":"\([0-9a-f]\{16\}\)".*/\1/p' >>"$tmp/$kind.ids"
	done
done
# a configuration file above the working tree, written while the server
# runs: the next report's findings follow it (findings made without one
# are not used again under it)
printf '{"severity": {"date.weekday": "info"}}\n' >"$tmp/.errata.json"
http POST /api/v1/reports -H "$J" --data-binary @"$tmp/found.json"
expect_code "after a configuration file appeared: 201" 201
late=$(printf '%s\n' "$BODY" | sed -n 's/.*"id":"\([0-9a-f]\{16\}\)".*/\1/p')
rm "$tmp/.errata.json"
stop_server
event "$late" | grep -q '"severity": "info"' && ok "... and its finding follows the file" ||
	not_ok "... and its finding follows the file" "$(event "$late")"

for kind in found missing config; do
	cli=$(sed -n 's/.*\([0-9a-f]\{16\}\).*/\1/p' "$tmp/$kind.cli" | head -n 1)
	event "$cli" >"$tmp/$kind.want"
	n=0
	while read -r id; do
		n=$((n + 1))
		event "$id" >"$tmp/$kind.got$n"
		if cmp -s "$tmp/$kind.want" "$tmp/$kind.got$n"; then
			ok "$kind, report $n: the same open event as report add's"
		else
			not_ok "$kind, report $n: the same open event as report add's" "$(diff "$tmp/$kind.want" "$tmp/$kind.got$n")"
		fi
	done <"$tmp/$kind.ids"
done
grep -q '"anchored": true' "$tmp/found.want" && grep -q '"introduced_in": "' "$tmp/found.want" &&
	grep -q '"rule": "date.weekday"' "$tmp/found.want" &&
	ok "the found quote is anchored, blamed and checked" || not_ok "the found quote is anchored, blamed and checked" "$(cat "$tmp/found.want")"
grep -q '"anchored": false' "$tmp/missing.want" && ok "the missing quote is not anchored" ||
	not_ok "the missing quote is not anchored" "$(cat "$tmp/missing.want")"
grep -q '"severity": "warning"' "$tmp/config.want" && ok "under the committed configuration, the finding is a warning" ||
	not_ok "under the committed configuration, the finding is a warning" "$(cat "$tmp/config.want")"

# "report_memo": 0 keeps nothing: each report is read afresh, with the same events
printf '{"rate_limit": false, "report_memo": 0}\n' >"$tmp/nomemo.json"
start_server "$repo" --config "$tmp/nomemo.json" || { not_ok "the server starts without a memo"; done_testing; exit 1; }
for n in 1 2; do
	http POST /api/v1/reports -H "$J" --data-binary @"$tmp/found.json"
	expect_code "without a memo, report $n: 201" 201
	printf '%s\n' "$BODY" | sed -n 's/.*"id":"\([0-9a-f]\{16\}\)".*/\1/p' >>"$tmp/nomemo.ids"
done
stop_server
n=0
while read -r id; do
	n=$((n + 1))
	event "$id" >"$tmp/nomemo.got$n"
	cmp -s "$tmp/found.want" "$tmp/nomemo.got$n" && ok "without a memo, report $n: the same open event as report add's" ||
		not_ok "without a memo, report $n: the same open event as report add's" "$(diff "$tmp/found.want" "$tmp/nomemo.got$n")"
done <"$tmp/nomemo.ids"
printf '{"report_memo": -1}\n' >"$tmp/badmemo.json"
run "$ERRATA_BIN" serve --repo "$repo" --listen 127.0.0.1:0 --config "$tmp/badmemo.json"
expect_rc "a negative report_memo is refused" 2
expect_contains "... naming the setting" "report_memo" stderr
done_testing
