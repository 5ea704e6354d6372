#!/bin/sh
# report sync honours the remote's hooks: a pre-receive hook that refuses
# refs/errata/* refuses the push over a local path, a file:// URL and
# git:// (a git daemon on a loopback port), and errata says the remote
# refused it, with the hook's words, instead of "run sync again".
. "$(dirname "$0")/lib.sh"
. "$FIX/reports/make-repo.sh"
tmp=$(mktemp -d)
daemon=
cleanup() {
	[ -n "$daemon" ] && kill "$daemon" 2>/dev/null && wait "$daemon" 2>/dev/null
	rm -rf "$tmp"
}
trap cleanup EXIT
export HOME="$tmp" GIT_CONFIG_NOSYSTEM=1
export LSAN_OPTIONS="print_suppressions=0:fast_unwind_on_malloc=0:suppressions=$FIX/reports/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
E=$ERRATA_BIN
mkrepo "$tmp/news" >/dev/null 2>&1 || { not_ok "build the repository"; done_testing; exit 1; }
git clone -q --bare "$tmp/news" "$tmp/origin.git"
cat >"$tmp/origin.git/hooks/pre-receive" <<'HOOK'
#!/bin/sh
while read old new ref; do
	case $ref in refs/errata/*)
		echo "reader reports are not accepted here" >&2
		exit 1 ;;
	esac
done
exit 0
HOOK
chmod +x "$tmp/origin.git/hooks/pre-receive"
git clone -q "$tmp/origin.git" "$tmp/a"
cd "$tmp/a" || exit 1
$E report add articles/vote.md --quote "public vote" -m "from a" >/dev/null

# refused URL NAME: sync to URL is refused by the hook, and says so.
refused() {
	run $E report sync "$1"
	expect_rc "$2: the refused push fails" 2
	expect_contains "$2: errata says the remote refused it" "refused refs/errata/reports (pre-receive hook declined)" stderr
	expect_contains "$2: with the hook's words" "remote: reader reports are not accepted here" stderr
	expect_not_contains "$2: no advice to run sync again" "run sync again" stderr
	if git -C "$tmp/origin.git" rev-parse -q --verify refs/errata/reports >/dev/null; then
		not_ok "$2: the remote's ref did not move"
	else
		ok "$2: the remote's ref did not move"
	fi
}
refused origin "the origin remote (a path)"
refused "$tmp/origin.git" "a local path"
refused "file://$tmp/origin.git" "a file:// URL"

# The same remote over git://, served by git daemon on a free loopback port.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
git daemon --reuseaddr --listen=127.0.0.1 --port="$port" --base-path="$tmp" --export-all \
	--enable=receive-pack "$tmp" >"$tmp/daemon.log" 2>&1 &
daemon=$!
i=0
until git ls-remote "git://127.0.0.1:$port/origin.git" >/dev/null 2>&1 || [ $i -ge 100 ]; do
	sleep 0.1
	i=$((i + 1))
done
if [ $i -ge 100 ]; then
	not_ok "git daemon serves the remote" "$(cat "$tmp/daemon.log")"
else
	refused "git://127.0.0.1:$port/origin.git" "git://"
fi

# Without the hook, the same paths push.
rm "$tmp/origin.git/hooks/pre-receive"
run $E report sync "file://$tmp/origin.git"
expect_rc "file:// without the hook pushes" 0
expect_contains "it says it pushed" "pushed"
[ "$(git -C "$tmp/origin.git" rev-parse refs/errata/reports)" = "$(git rev-parse refs/errata/reports)" ] &&
	ok "the remote has the ref" || not_ok "the remote has the ref"
$E report comment "$(git ls-tree --name-only -r refs/errata/reports | head -1 | cut -d/ -f3)" -m "more" >/dev/null
if [ $i -lt 100 ]; then
	run $E report sync "git://127.0.0.1:$port/origin.git"
	expect_rc "git:// without the hook pushes" 0
	[ "$(git -C "$tmp/origin.git" rev-parse refs/errata/reports)" = "$(git rev-parse refs/errata/reports)" ] &&
		ok "the remote has the new tip" || not_ok "the remote has the new tip"
fi
run $E report sync "$tmp/nowhere.git"
expect_rc "a path that is no repository: exit 2" 2
done_testing
