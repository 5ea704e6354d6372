#!/bin/sh
# A data folder without locale tables (a wrong ERRATA_DATA_DIR, a moved
# install) must stop the commands that run the checker with exit 2, not
# let a wrong article pass with every date check skipped.
. "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
printf 'Talks begin on Tuesday, January 7, 2026.\n' >story.md
mkdir empty

run env ERRATA_DATA_DIR="$tmp/nowhere" "$ERRATA_BIN" check story.md
expect_rc "missing data folder: exit 2" 2
expect_contains "the folder is named" "errata: data folder '$tmp/nowhere' has no locales/ folder" stderr
expect_not_contains "nothing is reported as checked" "files checked" stderr

run env ERRATA_DATA_DIR="$tmp/empty" "$ERRATA_BIN" check story.md
expect_rc "data folder without locales/: exit 2" 2
expect_contains "ERRATA_DATA_DIR is the way out" "set ERRATA_DATA_DIR" stderr

run env ERRATA_DATA_DIR="$tmp/nowhere" "$ERRATA_BIN" ci --base HEAD
expect_rc "ci too: exit 2" 2
expect_contains "ci names the folder" "has no locales/ folder" stderr

run env ERRATA_DATA_DIR="$tmp/nowhere" "$ERRATA_BIN" check --help
expect_rc "--help needs no data" 0
expect_contains "--help prints the usage" "usage: errata check"

run env ERRATA_DATA_DIR="$tmp/nowhere" "$ERRATA_BIN" corrections --help
expect_rc "a command without the checker is let through" 0

run env ERRATA_DATA_DIR="$ERRATA_ROOT/rules" "$ERRATA_BIN" check story.md
expect_rc "the source tree's rules/ works" 1
expect_contains "and the weekday is checked" "story.md:1:16: error:"

done_testing
