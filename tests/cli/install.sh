#!/bin/sh
# make install into a staging folder (DESTDIR): the program, both
# libraries with a versioned soname, the pkg-config file, the headers and
# the data; liberrata.so exports exactly what include/ declares; the
# embedding example (examples/embed/) builds against the installed library
# with `pkg-config --cflags --libs liberrata` and checks a CMS field.
. "$(dirname "$0")/lib.sh"
cd "$ERRATA_ROOT" || exit 1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
build=$(dirname "$ERRATA_BIN")
dest="$tmp/dest"
prefix=/usr/local
unset MAKEFLAGS MFLAGS MAKELEVEL

run make -s BUILD="$build" SANITIZE="${SANITIZE:-}" DESTDIR="$dest" install
expect_rc "make install DESTDIR=... succeeds" 0
lib="$dest$prefix/lib"
for f in bin/errata lib/liberrata.a lib/liberrata.so.0.1.0 lib/pkgconfig/liberrata.pc \
         include/errata.h include/errata/checker.h share/errata/locales/en.json \
         share/man/man1/errata.1 share/man/man1/errata-check.1 share/man/man1/errata-lsp.1 \
         share/man/man5/errata-config.5 share/bash-completion/completions/errata \
         share/zsh/site-functions/_errata; do
	if [ -f "$dest$prefix/$f" ]; then ok "installed $f"; else not_ok "installed $f"; fi
done
if [ "$(readlink "$lib/liberrata.so.0")" = liberrata.so.0.1.0 ] &&
   [ "$(readlink "$lib/liberrata.so")" = liberrata.so.0 ]; then
	ok "liberrata.so -> liberrata.so.0 -> liberrata.so.0.1.0"
else
	not_ok "liberrata.so symlinks" "$(ls -l "$lib")"
fi
run env MANPATH="$dest$prefix/share/man" man -w errata-check
expect_contains "man finds the installed errata-check(1)" "$dest$prefix/share/man/man1/errata-check.1"
run readelf -d "$lib/liberrata.so.0.1.0"
expect_contains "the shared library's soname is liberrata.so.0" "Library soname: [liberrata.so.0]"

# Exported = declared with ERRATA_API under include/, nothing more or less.
grep -ho '^ERRATA_API[^(]*(' include/errata/*.h | sed 's/.*[ *]\([a-z_0-9]*\)($/\1/' | sort -u >"$tmp/declared"
nm -D --defined-only "$lib/liberrata.so.0.1.0" | awk '$2 ~ /^[TDBRVW]$/ { print $3 }' |
	grep -v '^_' | sort -u >"$tmp/exported"
if [ -s "$tmp/declared" ] && cmp -s "$tmp/declared" "$tmp/exported"; then
	ok "liberrata.so exports exactly the $(wc -l <"$tmp/declared") functions include/ declares"
else
	not_ok "liberrata.so exports exactly what include/ declares (mark public declarations ERRATA_API)" \
		"$(diff "$tmp/declared" "$tmp/exported" | head -20)"
fi

export PKG_CONFIG_PATH="$lib/pkgconfig" PKG_CONFIG_SYSROOT_DIR="$dest"
run pkg-config --cflags --libs liberrata
expect_rc "pkg-config finds liberrata" 0
expect_contains "pkg-config --libs names -lerrata" "-lerrata"
flags=$OUT
san=""
[ -n "${SANITIZE:-}" ] && san="-fsanitize=$SANITIZE"
# shellcheck disable=SC2086
run ${CC:-cc} -std=c11 -Wall -Wextra -pedantic -Werror $san -o "$tmp/cms_check" \
	examples/embed/cms_check.c $flags
expect_rc "examples/embed builds with pkg-config --cflags --libs liberrata" 0
run readelf -d "$tmp/cms_check"
expect_contains "the example links the shared library" "Shared library: [liberrata.so.0]"

export LD_LIBRARY_PATH="$lib"
data="$dest$prefix/share/errata"
printf 'The council votes on Tuesday, January 7, 2026.\n' >"$tmp/field"
run sh -c '"$1" --date 2026-01-02 --data-dir "$3" <"$2"' sh "$tmp/cms_check" "$tmp/field" "$data"
expect_rc "a wrong weekday in the field: exit 1" 1
expect_contains "a line per finding on stderr, through the accessors" "1:22: error: January 7, 2026 is a Wednesday, not a Tuesday [date.weekday]" stderr
expect_contains "the finding as JSON" '"rule":"date.weekday","severity":"error","message":"January 7, 2026 is a Wednesday, not a Tuesday"'
expect_contains "with its suggestions" '"suggestions":["Wednesday, January 7, 2026","Tuesday, January 6, 2026"]'
printf 'The council votes on Wednesday, January 7, 2026.\n' >"$tmp/field"
run sh -c '"$1" --date 2026-01-02 --data-dir "$3" <"$2"' sh "$tmp/cms_check" "$tmp/field" "$data"
expect_rc "a clean field: exit 0" 0
expect_contains "no findings" '"findings":[]'
printf 'The council votes on Tuesday, January 7, 2026.\n' >"$tmp/field"
run sh -c '"$1" --date 2026-01-02 --data-dir "$3" --config-json "$4" <"$2"' sh "$tmp/cms_check" "$tmp/field" "$data" \
	'{"severity": {"date.weekday": "warning"}}'
expect_rc "a configuration from the CMS (JSON text) makes it a warning: exit 0" 0
expect_contains "the finding at the configured severity" '"rule":"date.weekday","severity":"warning"'
run sh -c '"$1" --data-dir /nonexistent/data --config-json "{}" <"$2"' sh "$tmp/cms_check" "$tmp/field"
expect_rc "--data-dir without locales/: no error finding" 0
expect_contains "--data-dir is honoured: English has no table there, its dates go unchecked" '"rule":"date.language"'

run make -s BUILD="$build" SANITIZE="${SANITIZE:-}" DESTDIR="$dest" uninstall
left=$(find "$dest" -type f -o -type l)
if [ "$RC" -eq 0 ] && [ -z "$left" ]; then ok "make uninstall removes every installed file"; else
	not_ok "make uninstall removes every installed file" "$left"; fi
done_testing
