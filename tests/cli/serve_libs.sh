#!/bin/sh
# libmicrohttpd is opened by `errata serve` alone (core/serve/mhd.c): the
# program links neither it nor GnuTLS, so no other command loads them; a
# missing library is a clear error naming the package; and the server
# still answers once it is loaded.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/serve/lib.sh"
tmp=$(mktemp -d)
trap 'kill "$SRV_PID" 2>/dev/null; rm -rf "$tmp"' EXIT
E=$ERRATA_BIN
sh "$ERRATA_ROOT/examples/make-repo.sh" "$tmp/news" >/dev/null

libs=$(ldd "$E" 2>/dev/null)
case "$libs" in
*libmicrohttpd*|*libgnutls*) not_ok "the program links neither libmicrohttpd nor GnuTLS" "$libs" ;;
*) ok "the program links neither libmicrohttpd nor GnuTLS" ;;
esac

ERRATA_LIBMICROHTTPD=$tmp/missing/libmicrohttpd.so.12 run timeout 20 $E serve --repo "$tmp/news" --listen 127.0.0.1:0
expect_rc "serve without the library exits 2" 2
expect_contains "... naming the file" "cannot load $tmp/missing/libmicrohttpd.so.12" stderr
expect_contains "... and the package to install" "install the Debian package libmicrohttpd12" stderr

# A library that lacks the functions: refused by name, not a crash.
ERRATA_LIBMICROHTTPD=libz.so.1 run timeout 20 $E serve --repo "$tmp/news" --listen 127.0.0.1:0
expect_rc "serve with a library that is not libmicrohttpd exits 2" 2
expect_contains "... naming what it lacks" "libz.so.1 has no MHD_start_daemon" stderr

start_server "$tmp/news" || { not_ok "the server starts with Debian's library"; done_testing; exit 1; }
code=$(curl -s -o "$tmp/out" -w '%{http_code}' "$BASE/healthz")
[ "$code" = 200 ] && ok "it answers" || not_ok "it answers" "got $code"
done_testing
