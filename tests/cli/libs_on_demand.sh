#!/bin/sh
# libgit2 and libcrypto are opened by the commands that need them
# (core/dynlib.h), not linked: `errata check` loads neither, a git command
# still works, and a library that cannot be loaded is a clear error
# naming it and the package to install (exit 2), never a crash.
. "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
E=$ERRATA_BIN
export HOME="$tmp" GIT_CONFIG_NOSYSTEM=1
sh "$ERRATA_ROOT/examples/make-repo.sh" "$tmp/news" >/dev/null 2>&1 ||
	{ not_ok "build the example repository"; done_testing; exit 1; }
printf 'The meeting is on Monday, January 6, 2026.\n' >"$tmp/one.md"

# loaded CMD...: run CMD with the dynamic linker naming each file it
# loads; $RC its status, $LOADED the names of the files loaded.
loaded() {
	LD_DEBUG=files LD_DEBUG_OUTPUT="$tmp/ld" "$@" >"$tmp/out" 2>"$tmp/err"
	RC=$?
	ERR=$(cat "$tmp/err")
	LOADED=$(cat "$tmp"/ld.* 2>/dev/null | sed -n 's/.*file=\([^ ]*\) .*/\1/p' | sort -u)
	rm -f "$tmp"/ld.*
}

if command -v readelf >/dev/null 2>&1; then
	needed=$(readelf -d "$E" | grep NEEDED)
	case "$needed" in
	*libgit2*|*libcrypto*) not_ok "the program links neither libgit2 nor libcrypto" "$needed" ;;
	*) ok "the program links neither libgit2 nor libcrypto" ;;
	esac
fi

cd "$tmp" || exit 1
for cmd in "check one.md" "check --format json one.md" "rules" "--version"; do
	# shellcheck disable=SC2086
	loaded $E $cmd
	[ "$RC" -le 1 ] && ok "errata $cmd runs" || not_ok "errata $cmd runs" "exit $RC: $ERR"
	case "$LOADED" in
	*libgit2*|*libcrypto*|*libmbed*) not_ok "errata $cmd loads neither libgit2 nor libcrypto" "$LOADED" ;;
	*libcjson*) ok "errata $cmd loads neither libgit2 nor libcrypto" ;;
	*) not_ok "errata $cmd loads neither libgit2 nor libcrypto" "LD_DEBUG named no library: $LOADED" ;;
	esac
done

# A git command opens libgit2 and works.
cd "$tmp/news" || exit 1
loaded $E log articles/harbour-festival.md
expect_rc "errata log works" 0
case "$LOADED" in
*libgit2*) ok "errata log loads libgit2" ;;
*) not_ok "errata log loads libgit2" "$LOADED" ;;
esac
[ -n "$(cat "$tmp/out")" ] && ok "errata log prints the article's history" ||
	not_ok "errata log prints the article's history" "no output"
run $E report add articles/harbour-festival.md --quote "festival" -m "a test report"
expect_rc "errata report add works" 0

# A missing libgit2: named, with its package, exit 2.
ERRATA_LIBGIT2=$tmp/missing/libgit2.so run $E log articles/harbour-festival.md
expect_rc "log without libgit2 exits 2" 2
expect_contains "... naming the file" "cannot load $tmp/missing/libgit2.so, which errata needs for git repositories" stderr
expect_contains "... and the package to install" "install the Debian package libgit2" stderr
ERRATA_LIBGIT2=/nonexistent run $E report list
expect_rc "report list without libgit2 exits 2" 2
expect_contains "... naming the file" "cannot load /nonexistent" stderr
ERRATA_LIBGIT2=/nonexistent run $E diff HEAD~1 HEAD
expect_rc "diff without libgit2 exits 2" 2
expect_contains "... naming the file" "cannot load /nonexistent" stderr
# check needs libgit2 only to print a fix as a diff.
ERRATA_LIBGIT2=/nonexistent run $E check ../one.md
expect_rc "check without libgit2 works" 1
ERRATA_LIBGIT2=/nonexistent run $E check --fix-dry-run ../one.md
expect_rc "check --fix-dry-run without libgit2 exits 2" 2
expect_contains "... naming the file" "cannot load /nonexistent" stderr

# A library that is not libgit2: refused by the function it lacks.
ERRATA_LIBGIT2=libz.so.1 run $E log articles/harbour-festival.md
expect_rc "log with a library that is not libgit2 exits 2" 2
expect_contains "... naming what it lacks" "libz.so.1 has no git_" stderr

# The server needs libcrypto (the editors' sign-in, the report writer).
ERRATA_LIBCRYPTO=/nonexistent run timeout 20 $E serve --repo "$tmp/news" --listen 127.0.0.1:0
expect_rc "serve without libcrypto exits 2" 2
expect_contains "... naming the file" "cannot load /nonexistent, which errata needs for SHA-1 and HMAC" stderr
expect_contains "... and the package to install" "install the Debian package" stderr
done_testing
