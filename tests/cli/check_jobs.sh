#!/bin/sh
# errata check -j N: a folder of a few hundred generated articles (the
# benchmark's generator, with its fact sheet), plus folders whose
# configuration disables a rule or is broken, a binary file and a dangling
# link, checked with 1, 2, 3 and 8 workers: stdout, stderr and the exit
# code must be the same byte for byte in every format. Bad -j values are
# usage errors; a reader that goes away stops the run.
. "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
c=$tmp/corpus
python3 "$ERRATA_ROOT/bench/gen_corpus.py" "$c" 400 3 >/dev/null || { not_ok "generate the corpus"; done_testing; exit 1; }
mkdir -p "$c/zz-quiet" "$c/zz-broken/deep" "$c/zz-broken2"
for d in 00 01; do
	cp "$c/$d"/*.md "$c/zz-quiet/" 2>/dev/null
done
printf '{ "disable": ["date.weekday"] }\n' >"$c/zz-quiet/.errata.json"
printf '{ "disable": [' >"$c/zz-broken/.errata.json"
printf '{ "enable": ["no.such.rule"] }\n' >"$c/zz-broken2/.errata.json"
for i in 1 2 3; do
	printf 'Tuesday, March %d, 2026 was sunny.\n' "$i" >"$c/zz-broken/a$i.md"
	printf 'Friday, March %d, 2026.\n' "$i" >"$c/zz-broken/deep/b$i.md"
	printf 'Monday, March %d, 2026.\n' "$i" >"$c/zz-broken2/c$i.txt"
done
printf 'Wednesday, March 4, 2026\000binary\n' >"$c/05/zz-binary.md"
ln -s "$c/nowhere.md" "$c/06/zz-dangling.md"
cd "$c" || exit 1
n=$(find . -name '*.md' | wc -l)
if [ "$n" -gt 400 ]; then ok "corpus of $n articles"; else not_ok "corpus of $n articles"; fi

for fmt in text json sarif github; do
	"$ERRATA_BIN" check -j 1 --format "$fmt" --facts facts.json . >"$tmp/one.out" 2>"$tmp/one.err"
	rc1=$?
	if [ "$rc1" -eq 2 ] && [ -s "$tmp/one.out" ]; then ok "$fmt: one worker checks and fails the bad inputs"; else
		not_ok "$fmt: one worker checks and fails the bad inputs" "exit $rc1; $(tail -3 "$tmp/one.err")"; fi
	for j in 2 3 8; do
		"$ERRATA_BIN" check -j "$j" --format "$fmt" --facts facts.json . >"$tmp/many.out" 2>"$tmp/many.err"
		rc=$?
		if cmp -s "$tmp/one.out" "$tmp/many.out"; then ok "$fmt: -j $j stdout equals -j 1"; else
			not_ok "$fmt: -j $j stdout equals -j 1" "$(diff "$tmp/one.out" "$tmp/many.out" | head -10)"; fi
		if cmp -s "$tmp/one.err" "$tmp/many.err"; then ok "$fmt: -j $j stderr equals -j 1"; else
			not_ok "$fmt: -j $j stderr equals -j 1" "$(diff "$tmp/one.err" "$tmp/many.err" | head -10)"; fi
		if [ "$rc" -eq "$rc1" ]; then ok "$fmt: -j $j exit code equals -j 1"; else
			not_ok "$fmt: -j $j exit code equals -j 1" "exit $rc, wanted $rc1"; fi
	done
done

# What -j 1 says about the odd inputs, in walk order (and so with any -j).
"$ERRATA_BIN" check -j 1 --facts facts.json . >/dev/null 2>"$tmp/one.err"
grep '^errata:' "$tmp/one.err" | sed "s|$c/||" >"$tmp/errors"
cat >"$tmp/want" <<'EOF'
errata: 05/zz-binary.md:1:25: binary file (NUL byte)
errata: 06/zz-dangling.md: no such file or directory
EOF
if head -2 "$tmp/errors" | cmp -s - "$tmp/want"; then ok "unreadable files are reported in walk order"; else
	not_ok "unreadable files are reported in walk order" "$(cat "$tmp/errors")"; fi
if [ "$(grep -c 'zz-broken/.errata.json' "$tmp/errors")" -eq 1 ] &&
   [ "$(grep -c 'no.such.rule' "$tmp/errors")" -eq 1 ]; then
	ok "a broken configuration is reported once"; else
	not_ok "a broken configuration is reported once" "$(cat "$tmp/errors")"; fi
if grep -q '; 11 inputs failed$' "$tmp/one.err"; then ok "every file under a broken configuration counts as failed"; else
	not_ok "every file under a broken configuration counts as failed" "$(tail -1 "$tmp/one.err")"; fi
"$ERRATA_BIN" check -j 4 --facts facts.json zz-quiet >"$tmp/quiet.out" 2>/dev/null
if grep -q 'date.weekday' "$tmp/quiet.out"; then not_ok "a folder's configuration holds in every worker"; else
	ok "a folder's configuration holds in every worker"; fi

# The default is the cores available: the same output as -j 1.
"$ERRATA_BIN" check --facts facts.json . >"$tmp/dflt.out" 2>"$tmp/dflt.err"
"$ERRATA_BIN" check -j 1 --facts facts.json . >"$tmp/one.out" 2>"$tmp/one.err"
if cmp -s "$tmp/one.out" "$tmp/dflt.out" && cmp -s "$tmp/one.err" "$tmp/dflt.err"; then
	ok "no -j: the same output as -j 1"; else not_ok "no -j: the same output as -j 1"; fi

for bad in 0 -1 x 2x 1025 ""; do
	run "$ERRATA_BIN" check -j "$bad" .
	expect_rc "-j '$bad' is a usage error" 2
	expect_contains "-j '$bad' is explained" "is not a number of workers" stderr
done
run "$ERRATA_BIN" check --jobs=2 --format json ../corpus/00
expect_rc "--jobs=2 works" 1
run "$ERRATA_BIN" check --help
expect_contains "check --help documents --jobs" "--jobs"

# A reader that stops reading: the run ends (no hang), with an error exit.
timeout 60 sh -c "'$ERRATA_BIN' check -j 4 --facts facts.json . 2>/dev/null | head -1 >/dev/null"
rc=$?
if [ "$rc" -ne 124 ]; then ok "a closed pipe ends a -j 4 run"; else not_ok "a closed pipe ends a -j 4 run"; fi
done_testing
