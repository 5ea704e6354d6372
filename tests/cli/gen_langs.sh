#!/bin/sh
# tests/cli/gen_langs.sh: bench/gen_langs.py, the articles of
# bench/instructions_langs.sh: the same bytes for the same seed, every
# language present with its front matter, and every weekday written agrees
# with its date (no date.weekday or date.invalid finding in any language).
. "$(dirname "$0")/lib.sh"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
GEN="$ERRATA_ROOT/bench/gen_langs.py"
python3 "$GEN" "$tmp/a" 1 >/dev/null && python3 "$GEN" "$tmp/b" 1 >/dev/null
expect_rc_is() { if [ "$2" -eq "$3" ]; then ok "$1"; else not_ok "$1" "exit $2"; fi; }
diff -r "$tmp/a" "$tmp/b" >/dev/null
expect_rc_is "the same seed gives the same bytes" $? 0
for lang in en fr de es ru ja zh ko; do
	f="$tmp/a/$lang/article-01.md"
	if [ -f "$f" ] && [ -f "$tmp/a/$lang/tiny.md" ] && grep -q "^lang: $lang\$" "$f" &&
	   [ "$(wc -c <"$f")" -ge 80000 ]; then
		ok "$lang: an article of 80 KB or more and a one-line one"
	else
		not_ok "$lang: an article of 80 KB or more and a one-line one"
	fi
	run "$ERRATA_BIN" check --format json "$f" "$tmp/a/$lang/tiny.md"
	expect_not_contains "$lang: every weekday agrees with its date" '"date.weekday"'
	expect_not_contains "$lang: every date exists" '"date.invalid"'
	expect_contains "$lang: both articles checked" '"summary":{"files":2,'
done
python3 "$GEN" "$tmp/c" 1 5 >/dev/null
if diff -r "$tmp/a" "$tmp/c" >/dev/null; then not_ok "another seed gives other articles"; else
	ok "another seed gives other articles"; fi
done_testing
