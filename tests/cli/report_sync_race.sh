#!/bin/sh
# Four clones file reports and sync through one remote at the same time,
# three rounds. Whichever way the pushes interleave (a push that finds the
# remote moved is rejected, and sync merges and pushes again), afterwards
# every clone has every report, once, and the remote passes fsck.
. "$(dirname "$0")/lib.sh"
. "$FIX/reports/make-repo.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp" GIT_CONFIG_NOSYSTEM=1
export LSAN_OPTIONS="print_suppressions=0:fast_unwind_on_malloc=0:suppressions=$FIX/reports/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
E=$ERRATA_BIN
mkrepo "$tmp/news" >/dev/null 2>&1 || { not_ok "build the repository"; done_testing; exit 1; }
git clone -q --bare "$tmp/news" "$tmp/origin.git"
for c in a b c d; do
	git clone -q "$tmp/origin.git" "$tmp/$c"
	git -C "$tmp/$c" config user.name "Clone $c"
	git -C "$tmp/$c" config user.email "$c@example.org"
done

# each round: every clone files a report, then all four sync at once
fail=0
for round in 1 2 3; do
	for c in a b c d; do
		(cd "$tmp/$c" && $E report add articles/vote.md --quote "public library" \
			-m "round $round from $c" >>"$tmp/ids" 2>>"$tmp/err") || fail=1
	done
	for c in a b c d; do
		(cd "$tmp/$c" && $E report sync >"$tmp/sync.$c.$round" 2>&1; echo $? >"$tmp/rc.$c.$round") &
	done
	wait
	for c in a b c d; do
		[ "$(cat "$tmp/rc.$c.$round")" = 0 ] || { fail=1; cat "$tmp/sync.$c.$round" >>"$tmp/err"; }
	done
done
[ $fail = 0 ] && ok "12 adds and 12 concurrent syncs succeed" || not_ok "concurrent syncs" "$(cat "$tmp/err")"
[ "$(wc -l <"$tmp/ids")" -eq 12 ] && ok "12 reports filed" || not_ok "12 reports filed" "$(cat "$tmp/ids")"

# two quiet rounds let every clone see what the others pushed last
for pass in 1 2; do
	for c in a b c d; do (cd "$tmp/$c" && $E report sync >/dev/null 2>&1) || fail=1; done
done
[ $fail = 0 ] && ok "the quiet rounds succeed" || not_ok "the quiet rounds"
for c in a b c d; do
	(cd "$tmp/$c" && $E report list --format json) >"$tmp/list.$c" 2>/dev/null
done
if python3 - "$tmp/ids" "$tmp/list.a" "$tmp/list.b" "$tmp/list.c" "$tmp/list.d" <<'PY'
import json, sys
want = sorted(l.strip() for l in open(sys.argv[1]) if l.strip())
lists = [json.load(open(p))["reports"] for p in sys.argv[2:]]
for rs in lists:
    ids = sorted(r["id"] for r in rs)
    assert ids == want, (ids, want)
    msgs = sorted(r["message"] for r in rs)
    assert len(msgs) == 12 and len(set(msgs)) == 12, msgs
PY
then ok "every clone has all 12 reports, once each"; else not_ok "every clone has all 12 reports"; fi
git -C "$tmp/origin.git" fsck --strict --no-progress >/dev/null 2>&1 && ok "the remote passes fsck --strict" ||
	not_ok "the remote passes fsck --strict"
done_testing
