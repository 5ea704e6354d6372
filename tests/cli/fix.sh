#!/bin/sh
# errata check --fix and --fix-dry-run on the command line: the diff, the
# file rewritten with its mode kept, the exit code and output that say what
# is left, standard input, and the options that exclude each other.
. "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
art="$ERRATA_ROOT/examples/articles/finland-japan-state-visit.md"
cp "$art" story.md
chmod 604 story.md

run "$ERRATA_BIN" check --fix-dry-run story.md
expect_rc "dry run: exit 0 when only a warning would be left" 0
cat >"$tmp/want.diff" <<'DIFF'
--- a/story.md
+++ b/story.md
@@ -23,7 +23,7 @@ shipping lines increasingly share.
 ## Business delegation heads to Osaka
 
 A delegation of more than sixty Finnish companies will travel with the
-president to Osaka from Tuesday, January 7, to Wednesday, January 8, where
+president to Osaka from Wednesday, January 7, to Thursday, January 8, where
 the programme centres on fuel-cell ferries, forestry-based packaging and a
 joint fund for start-ups working on recycled battery metals. Trade between
 the two countries reached about 5.9 billion euros last year, according to
DIFF
expect_out "dry run: the unified diff of both weekday fixes" "$tmp/want.diff"
expect_contains "dry run: the summary counts what would be left" "1 file checked: 0 errors, 1 warning" stderr
if cmp -s "$art" story.md; then ok "dry run: the file is untouched"; else not_ok "dry run: the file is untouched"; fi
if patch -s -o patched.md story.md <"$tmp/want.diff" 2>/dev/null && "$ERRATA_BIN" check --fix-dry-run story.md 2>/dev/null | patch -s -o viapatch.md story.md && cmp -s patched.md viapatch.md; then
	ok "dry run: patch(1) applies the diff"
else
	not_ok "dry run: patch(1) applies the diff"
fi

run "$ERRATA_BIN" check --fix story.md
expect_rc "--fix: exit 0, the errors are fixed" 0
expect_contains "--fix: what is left is printed" "story.md:11:65: warning: the three-day visit"
expect_not_contains "--fix: the fixed findings are not" "date.weekday"
expect_contains "--fix: says what it fixed" "story.md: fixed 2 findings" stderr
if cmp -s patched.md story.md; then ok "--fix: the file holds the fixes"; else
	not_ok "--fix: the file holds the fixes" "$(diff patched.md story.md)"; fi
if [ "$(stat -c %a story.md)" = 604 ]; then ok "--fix: the file keeps its mode"; else
	not_ok "--fix: the file keeps its mode" "$(stat -c %a story.md)"; fi
if [ -z "$(find . -name '.*errata-fix*')" ]; then ok "--fix: no temporary file left"; else
	not_ok "--fix: no temporary file left"; fi
run "$ERRATA_BIN" check --fix story.md
expect_rc "--fix again: nothing to do, same exit" 0
if cmp -s patched.md story.md; then ok "--fix again: the file is unchanged"; else not_ok "--fix again: the file is unchanged"; fi

# Errors with no suggestion stay, and so does the exit code.
printf -- '---\ndate: 2026-01-02\n---\nThe vote is on February 30, 2026, a Tuesday, January 7, 2026 later.\n' >bad.md
run "$ERRATA_BIN" check --fix --format json bad.md
expect_rc "--fix: an error without a suggestion leaves exit 1" 1
expect_contains "--fix --format json: the error left" '"rule":"date.invalid"'
expect_not_contains "--fix --format json: not the fixed one" '"rule":"date.weekday"'
case "$(cat bad.md)" in *"Wednesday, January 7, 2026"*) ok "--fix: bad.md fixed in place" ;; *) not_ok "--fix: bad.md fixed in place" "$(cat bad.md)" ;; esac

# Standard input: a diff, never written.
run sh -c 'printf "Tuesday, January 7, 2026.\n" | "$1" check --fix-dry-run -' sh "$ERRATA_BIN"
expect_rc "stdin dry run: exit 0" 0
expect_contains "stdin dry run: diff names <stdin>" "+++ b/<stdin>"
expect_contains "stdin dry run: the fix" "+Wednesday, January 7, 2026."
run sh -c 'printf "Tuesday, January 7, 2026.\n" | "$1" check --fix -' sh "$ERRATA_BIN"
expect_rc "stdin --fix: exit 2" 2
expect_contains "stdin --fix: says why" "errata: <stdin>: standard input cannot be fixed in place (use --fix-dry-run)" stderr

run "$ERRATA_BIN" check --fix --fix-dry-run story.md
expect_rc "--fix with --fix-dry-run: usage error" 2
expect_contains "--fix with --fix-dry-run: says so" "exclude each other" stderr
run "$ERRATA_BIN" check --fix-dry-run --format json story.md
expect_rc "--fix-dry-run with --format json: usage error" 2

# With -j, fixing still goes one file at a time, in the walk's order.
mkdir many
for i in 01 02 03 04 05 06 07 08 09 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24; do
	printf -- '---\ndate: 2026-01-02\n---\nThe vote is on Tuesday, January 7, 2026.\n' >"many/s$i.md"
done
run "$ERRATA_BIN" check --fix -j 4 many
notes=$(printf '%s\n' "$ERR" | grep ': fixed 1 finding$')
if [ "$RC" -eq 0 ] && [ "$(printf '%s\n' "$notes" | wc -l)" -eq 24 ] &&
   [ "$notes" = "$(printf '%s\n' "$notes" | sort)" ] && ! grep -l Tuesday many/*.md >/dev/null; then
	ok "--fix -j 4: every file fixed, one at a time in order"
else
	not_ok "--fix -j 4: every file fixed, one at a time in order" "$ERR"
fi

# A read-only folder: the temporary file cannot be made; the file stays.
if [ "$(id -u)" != 0 ]; then
	mkdir ro && cp "$art" ro/story.md && chmod 555 ro
	run "$ERRATA_BIN" check --fix ro/story.md
	expect_rc "read-only folder: exit 2" 2
	expect_contains "read-only folder: names the file" "errata: ro/story.md: cannot fix" stderr
	chmod 755 ro
else
	ok "# skip read-only folder: running as root"
fi
done_testing
