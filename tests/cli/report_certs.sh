#!/bin/sh
# The system's CA bundle is read only for a TLS connection (cmd/certs.c):
# a local command such as `report add` never opens it, and `report sync`
# to an https remote still reads it before it connects.
. "$(dirname "$0")/lib.sh"
. "$FIX/reports/make-repo.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp" GIT_CONFIG_NOSYSTEM=1
export LSAN_OPTIONS="print_suppressions=0:fast_unwind_on_malloc=0:suppressions=$FIX/reports/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
E=$ERRATA_BIN
bundle=/etc/ssl/certs/ca-certificates.crt

mkrepo "$tmp/news" >/dev/null 2>&1 || { not_ok "build the repository"; done_testing; exit 1; }
cd "$tmp/news"
# Only Debian's libgit2 on mbedTLS parses the bundle when it starts (the
# program opens libgit2 when a command needs it: ask the dynamic linker).
if ! command -v strace >/dev/null 2>&1 || [ ! -f "$bundle" ] ||
   ! LD_DEBUG=files $E report list 2>&1 >/dev/null | grep -q 'file=libmbedtls'; then
	ok "# skip no strace, no CA bundle, or libgit2 not on mbedTLS"
	done_testing
	exit 0
fi

# opened CMD...: run CMD under strace; $RC its status, $OPENED the files it
# opened. (LeakSanitizer cannot run under ptrace: a sanitizer build's leak
# check is left to the other tests.)
opened() {
	ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" \
		strace -f -qq -e trace=openat -e signal=none -o "$tmp/trace" "$@" >"$tmp/out" 2>"$tmp/err"
	RC=$?
	ERR=$(cat "$tmp/err")
	OPENED=$(grep -o '"[^"]*"' "$tmp/trace" | tr -d '"')
}

opened $E report add articles/vote.md --quote "public library" -m "a local write"
expect_rc "report add works" 0
case "$OPENED" in
*"$bundle"*) not_ok "report add does not read the CA bundle" "it opened $bundle" ;;
*) ok "report add does not read the CA bundle" ;;
esac
opened $E report list
expect_rc "report list works" 0
case "$OPENED" in
*"$bundle"*) not_ok "report list does not read the CA bundle" "it opened $bundle" ;;
*) ok "report list does not read the CA bundle" ;;
esac

# Nothing listens on port 1: libgit2 sets up its TLS stream, then fails
# to connect. The bundle must have been read for that stream.
opened $E report sync https://127.0.0.1:1/news.git
expect_rc "sync to a closed https port fails" 2
case "$OPENED" in
*"$bundle"*) ok "sync over https reads the CA bundle first" ;;
*) not_ok "sync over https reads the CA bundle first" "files opened: $OPENED" ;;
esac
expect_contains "the TLS stream was set up and the connection tried" "failed to connect" stderr
done_testing
