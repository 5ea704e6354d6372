#!/bin/sh
# Many writers at once: 10 processes filing reports at the same time and 8
# commenting on one report lose nothing (compare-and-swap with retry);
# writers killed with SIGKILL at random points leave the ref at a valid tip
# and the repository passes git fsck.
. "$(dirname "$0")/lib.sh"
. "$FIX/reports/make-repo.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp" GIT_CONFIG_NOSYSTEM=1
E=$ERRATA_BIN
mkrepo "$tmp/news" >/dev/null 2>&1 || { not_ok "build the repository"; done_testing; exit 1; }

W=10 PER=5
i=0
while [ $i -lt $W ]; do
	(
		j=0
		while [ $j -lt $PER ]; do
			$E report add articles/vote.md --quote "public vote" --message "writer $i report $j" \
				--actor "writer$i" >>"$tmp/ids.$i" 2>>"$tmp/err.$i" || echo fail >>"$tmp/fail"
			j=$((j + 1))
		done
	) &
	i=$((i + 1))
done
wait
[ -f "$tmp/fail" ] && not_ok "every concurrent add succeeded" "$(cat "$tmp"/err.*)" || ok "every concurrent add succeeded"
want=$((W * PER))
run $E report list
got=$(printf '%s\n' "$OUT" | grep -c 'public vote')
[ "$got" -eq "$want" ] && ok "$want reports listed after $W concurrent writers" || not_ok "$want reports listed" "got $got"
ids=$(cat "$tmp"/ids.* | sort -u | wc -l)
[ "$ids" -eq "$want" ] && ok "every id distinct" || not_ok "every id distinct" "$ids"
[ "$(git rev-list --count refs/errata/reports)" -eq "$want" ] && ok "one commit per report, linear history" || not_ok "one commit per report"

# Eight processes comment on the same report at once.
ID=$(head -1 "$tmp/ids.0")
i=0
while [ $i -lt 8 ]; do
	$E report comment "$ID" --message "comment $i" --actor "c$i" >/dev/null 2>>"$tmp/cerr" &
	i=$((i + 1))
done
wait
run $E report show "$ID" --format json
n=$(printf '%s' "$OUT" | python3 -c 'import json,sys; print(sum(1 for e in json.load(sys.stdin)["events"] if e["type"]=="comment"))')
[ "$n" -eq 8 ] && ok "8 concurrent comments on one report all kept" || not_ok "8 concurrent comments" "$n; $(cat "$tmp/cerr")"
git fsck --no-progress >/dev/null 2>&1 && ok "fsck after concurrent writers" || not_ok "fsck after concurrent writers"

# Crash safety: writers killed with SIGKILL at random points.
tips_ok=1
k=0
while [ $k -lt 25 ]; do
	$E report add articles/vote.md --quote "footbridge" --message "crash $k" >/dev/null 2>&1 &
	pid=$!
	d=$(od -An -N1 -tu1 /dev/urandom | tr -d ' ')
	sleep "0.00$((d % 10))"
	kill -9 $pid 2>/dev/null
	wait $pid 2>/dev/null
	git rev-parse -q --verify 'refs/errata/reports^{tree}' >/dev/null || tips_ok=0
	k=$((k + 1))
done
[ $tips_ok -eq 1 ] && ok "the ref always points at a valid commit" || not_ok "the ref always points at a valid commit"
git fsck --no-progress --strict >"$tmp/fsck" 2>&1 && ok "git fsck passes after killed writers" || not_ok "git fsck passes after killed writers" "$(cat "$tmp/fsck")"
# A writer killed while holding the ref's lock left it behind: the next
# writer sees that its owner is gone and removes it.
run $E report list
expect_rc "list after the crashes" 0
before=$(printf '%s\n' "$OUT" | wc -l)
run $E report add articles/vote.md --quote "footbridge" --message "after"
expect_rc "add after the crashes" 0
run $E report list
after=$(printf '%s\n' "$OUT" | wc -l)
[ "$after" -eq $((before + 1)) ] && ok "the store still works" || not_ok "the store still works" "$before -> $after"

# Racing to create the ref: ten first writers in a fresh repository, five times.
lost=0
r=0
while [ $r -lt 5 ]; do
	mkdir "$tmp/fresh$r" && (cd "$tmp/fresh$r" && git init -q . && echo "first words" >a.md &&
		git add a.md && git -c user.name=x -c user.email=x@example.org commit -qm one) || break
	i=0
	while [ $i -lt 10 ]; do
		(cd "$tmp/fresh$r" && $E report add a.md --quote "first" --actor "w$i" >/dev/null 2>&1) &
		i=$((i + 1))
	done
	wait
	n=$(git -C "$tmp/fresh$r" ls-tree -r --name-only refs/errata/reports | wc -l)
	[ "$n" -eq 10 ] || lost=$((lost + 10 - n))
	r=$((r + 1))
done
[ $lost -eq 0 ] && ok "no report lost while racing to create the ref" || not_ok "no report lost while racing to create the ref" "$lost lost"

# A held lock: the writer retries, then says so.
touch .git/refs/errata/reports.lock
run $E report add articles/vote.md --quote "footbridge"
expect_rc "held lock: exit 2" 2
expect_contains "held lock: says so" "locked" stderr
rm -f .git/refs/errata/reports.lock
done_testing
