#!/bin/sh
# Every public header compiles on its own with -pedantic -Werror.
. "$(dirname "$0")/lib.sh"
cd "$ERRATA_ROOT" || exit 1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for h in include/errata.h include/errata/*.h; do
	printf '#include "%s"\nint main(void) { return 0; }\n' "${h#include/}" >"$tmp/one.c"
	if ${CC:-cc} -std=c11 -Wall -Wextra -pedantic -Werror -Iinclude -c "$tmp/one.c" -o "$tmp/one.o" 2>"$tmp/err"; then
		ok "header $h compiles alone"
	else
		not_ok "header $h compiles alone" "$(cat "$tmp/err")"
	fi
done
done_testing
