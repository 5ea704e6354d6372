#!/bin/sh
# report sync --with-contacts never drops a contact written on the remote
# since it was read. The contacts ref is one commit without history, so
# a push has to replace the remote's ref: sync reads the remote's
# contacts from where it pushes, merges them with its own (the union of
# the two trees: contacts are keyed by report id) and pushes only if the
# remote's ref is still the one it read (a compare-and-swap; a lost race
# means reading and merging again).
. "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp" GIT_CONFIG_NOSYSTEM=1
# sync looks up a named remote: libgit2 1.5's own leak there is suppressed (see the file)
export LSAN_OPTIONS="print_suppressions=0:fast_unwind_on_malloc=0:suppressions=$FIX/reports/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
E="env ERRATA_DATA_DIR=$ERRATA_ROOT/rules $ERRATA_BIN"
sh "$ERRATA_ROOT/examples/make-repo.sh" "$tmp/news" >/dev/null

# file REPO NAME: a report with the reader NAME's e-mail; prints its id
file() {
	printf '{"path":"articles/harbour-festival.md","rev":"HEAD~1","quote":"The festival opens on Monday, June 9, 2026","message":"from %s","reporter":"Reader %s","contact":"%s@example.net"}\n' "$2" "$2" "$2" >"$tmp/$2.json"
	(cd "$1" && $E report add --json "$tmp/$2.json")
}
# contacts_on GITDIR: the e-mail addresses under refs/errata/contacts there
contacts_on() {
	git --git-dir="$1" ls-tree -r --name-only refs/errata/contacts 2>/dev/null | while read -r f; do
		git --git-dir="$1" cat-file -p "refs/errata/contacts:$f"
		echo
	done | sed -n 's/.*"contact":"\([^"]*\)".*/\1/p' | sort | tr '\n' ' '
}

# 1. The remote's contacts moved since they were last read: here a clone
# reads from a mirror that lags behind the remote it pushes to (the
# contact "b" reached the remote after the mirror was made).
git clone -q --bare "$tmp/news" "$tmp/origin.git"
git clone -q --mirror "$tmp/origin.git" "$tmp/mirror.git"
git clone -q "$tmp/origin.git" "$tmp/b"
git clone -q "$tmp/origin.git" "$tmp/a"
for c in a b; do git -C "$tmp/$c" config user.name "Desk $c"; git -C "$tmp/$c" config user.email "$c@example.org"; done
idb=$(file "$tmp/b" b)
git -C "$tmp/b" push -q origin refs/errata/contacts:refs/errata/contacts
[ "$(contacts_on "$tmp/origin.git")" = "b@example.net " ] && ok "the remote holds b's contact" ||
	not_ok "the remote holds b's contact" "$(contacts_on "$tmp/origin.git")"
ida=$(file "$tmp/a" a)
git -C "$tmp/a" remote set-url origin "$tmp/mirror.git"
git -C "$tmp/a" remote set-url --push origin "$tmp/origin.git"
run sh -c "cd '$tmp/a' && $E report sync --with-contacts"
expect_rc "report sync --with-contacts" 0
[ "$(contacts_on "$tmp/origin.git")" = "a@example.net b@example.net " ] &&
	ok "the remote keeps b's contact and gains a's" ||
	not_ok "the remote keeps b's contact and gains a's" "the remote has: $(contacts_on "$tmp/origin.git")"
[ "$(contacts_on "$tmp/a/.git")" = "a@example.net b@example.net " ] && ok "... and the clone has both" ||
	not_ok "... and the clone has both" "$(contacts_on "$tmp/a/.git")"
[ -n "$ida" ] && [ -n "$idb" ] && git --git-dir="$tmp/origin.git" cat-file -e "refs/errata/contacts:c/$(printf %s "$idb" | cut -c1-2)/$idb.json" &&
	ok "b's contact is under its report's id" || not_ok "b's contact is under its report's id"

# 1b. The remote moves between sync's read and its push: a `git` first on
# PATH moves the remote's ref to d's contacts just before the push goes
# (another desk syncing at that moment). The push must be refused as
# stale, never forced over d's contact, and the retry must keep both.
git clone -q --bare "$tmp/news" "$tmp/moving.git"
for c in d e; do
	git clone -q "$tmp/moving.git" "$tmp/$c"
	git -C "$tmp/$c" config user.name "Desk $c"; git -C "$tmp/$c" config user.email "$c@example.org"
done
file "$tmp/d" d >/dev/null
file "$tmp/e" e >/dev/null
git -C "$tmp/e" push -q origin refs/errata/contacts:refs/errata/contacts
git -C "$tmp/d" push -q origin refs/errata/contacts:refs/side/contacts
realgit=$(command -v git)
mkdir -p "$tmp/shim"
{
	echo '#!/bin/sh'
	echo "case \"\$*\" in push*refs/errata/contacts*) [ -e '$tmp/shim/moved' ] || {"
	echo "	: >'$tmp/shim/moved'"
	echo "	'$realgit' --git-dir='$tmp/moving.git' update-ref refs/errata/contacts refs/side/contacts"
	echo '}; esac'
	echo "exec '$realgit' \"\$@\""
} >"$tmp/shim/git"
chmod +x "$tmp/shim/git"
file "$tmp/e" e2 >/dev/null
run sh -c "cd '$tmp/e' && PATH='$tmp/shim:$PATH' $E report sync --with-contacts"
expect_rc "sync while the remote moves under it" 0
[ -e "$tmp/shim/moved" ] && ok "... (the remote did move before the push)" || not_ok "... (the remote did move before the push)"
case "$(contacts_on "$tmp/moving.git")" in
*d@example.net*e2@example.net*) ok "... keeps the contact that arrived meanwhile and adds its own" ;;
*) not_ok "... keeps the contact that arrived meanwhile and adds its own" "the remote has: $(contacts_on "$tmp/moving.git")" ;;
esac

# 2. Four clones file a report each and sync their contacts at once, three
# rounds: every sync that says it succeeded has left its contact on the
# remote (a sync that lost every race may fail, but never pushes over
# another), and after quiet rounds every clone and the remote hold all.
git clone -q --bare "$tmp/news" "$tmp/race.git"
for c in c1 c2 c3 c4; do
	git clone -q "$tmp/race.git" "$tmp/$c"
	git -C "$tmp/$c" config user.name "Desk $c"
	git -C "$tmp/$c" config user.email "$c@example.org"
done
lost=""
want=""
for round in 1 2 3; do
	for c in c1 c2 c3 c4; do
		file "$tmp/$c" "$c-$round" >/dev/null || not_ok "file a report in $c"
		want="$want $c-$round@example.net"
	done
	for c in c1 c2 c3 c4; do
		(cd "$tmp/$c" && $E report sync --with-contacts >"$tmp/sync.$c" 2>&1; echo $? >"$tmp/rc.$c") &
	done
	wait
	have=$(contacts_on "$tmp/race.git")
	for c in c1 c2 c3 c4; do
		[ "$(cat "$tmp/rc.$c")" = 0 ] || continue
		case " $have" in *" $c-$round@example.net "*) ;; *) lost="$lost $c-$round" ;; esac
	done
done
[ -z "$lost" ] && ok "every contact a concurrent sync pushed is still on the remote" ||
	not_ok "every contact a concurrent sync pushed is still on the remote" "lost:$lost"
for pass in 1 2; do
	for c in c1 c2 c3 c4; do (cd "$tmp/$c" && $E report sync --with-contacts >/dev/null 2>&1) || echo "$c" >>"$tmp/quiet"; done
done
[ ! -s "$tmp/quiet" ] && ok "the quiet rounds succeed" || not_ok "the quiet rounds succeed" "$(cat "$tmp/quiet")"
want=$(printf '%s\n' $want | sort | tr '\n' ' ')
[ "$(contacts_on "$tmp/race.git")" = "$want" ] && ok "the remote holds all 12 contacts" ||
	not_ok "the remote holds all 12 contacts" "$(contacts_on "$tmp/race.git")"
for c in c1 c2 c3 c4; do
	[ "$(contacts_on "$tmp/$c/.git")" = "$want" ] || echo "$c: $(contacts_on "$tmp/$c/.git")" >>"$tmp/short"
done
[ ! -s "$tmp/short" ] && ok "every clone holds all 12" || not_ok "every clone holds all 12" "$(cat "$tmp/short")"
git --git-dir="$tmp/race.git" fsck --strict --no-progress >/dev/null 2>&1 && ok "the remote passes fsck --strict" ||
	not_ok "the remote passes fsck --strict"
done_testing
