#!/bin/sh
# errata check on bad input and bad usage: exit 2 with a message that
# names the file, while the other files are still checked.
. "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
printf 'Talks begin on Tuesday, January 7, 2026.\n' >good.md
printf 'Caf\351 talks on Monday, January 5, 2026.\n' >latin1.txt
printf 'A NUL \000 byte on Monday, January 5, 2026.\n' >nul.txt
printf 'clean text\n' >clean.txt
head -c 5000 /dev/zero | tr '\0' 'a' >big.txt

run "$ERRATA_BIN" check missing.md good.md
expect_rc "missing file: exit 2" 2
expect_contains "missing file is named" "errata: missing.md" stderr
expect_contains "the good file is still checked" "good.md:1:16: error:"

run "$ERRATA_BIN" check good.md latin1.txt
expect_rc "invalid UTF-8: exit 2" 2
expect_contains "invalid UTF-8 names the file" "errata: latin1.txt:" stderr
expect_contains "invalid UTF-8: the good file is still checked" "good.md:1:16: error:"

run sh -c "\"$ERRATA_BIN\" check - < latin1.txt"
expect_rc "invalid UTF-8 on stdin: exit 2" 2
expect_contains "invalid UTF-8 on stdin names <stdin> once" "errata: <stdin>:1:" stderr

run "$ERRATA_BIN" check nul.txt clean.txt
expect_rc "NUL byte: exit 2" 2
expect_contains "NUL byte names the file" "errata: nul.txt" stderr

run "$ERRATA_BIN" check --max-size 1000 big.txt clean.txt
expect_rc "file over --max-size: exit 2" 2
expect_contains "file over --max-size is named" "errata: big.txt" stderr
run "$ERRATA_BIN" check --max-size 8K big.txt clean.txt
expect_rc "--max-size with a suffix lets it through" 0

run "$ERRATA_BIN" check --format json missing.md good.md
expect_rc "json with a failed input: exit 2" 2
expect_contains "json summary counts the failure" '"summary":{"files":1,"errors":1,"warnings":0,"infos":0,"failed":1}'

for bad in "--max-size 0" "--max-size 12Q" "--max-size -5" "--date 2026-02-30" "--date tomorrow" \
           "--format xml" "--min-severity fatal" "--no-such-option"; do
	# shellcheck disable=SC2086
	run "$ERRATA_BIN" check $bad good.md
	expect_rc "bad usage '$bad': exit 2" 2
	if [ -z "$OUT" ]; then ok "bad usage '$bad': nothing on stdout"; else not_ok "bad usage '$bad': nothing on stdout" "$OUT"; fi
done
run "$ERRATA_BIN" check --date 2026-02-30 good.md
expect_contains "bad --date is named" "--date '2026-02-30'" stderr

run "$ERRATA_BIN" check
expect_rc "no path: exit 2" 2
expect_contains "no path: says what to do" "'-' for standard input" stderr

printf '{ "rules": [ broken\n' >broken.json
run "$ERRATA_BIN" check --config broken.json good.md
expect_rc "broken --config: exit 2" 2
expect_contains "broken --config is named" "broken.json" stderr

mkdir -p site/news
printf '{ not json\n' >site/.errata.json
printf 'Talks begin on Tuesday, January 7, 2026.\n' >site/news/a.md
printf 'Talks begin on Tuesday, January 7, 2026.\n' >site/news/b.md
run "$ERRATA_BIN" check site good.md
expect_rc "broken .errata.json: exit 2" 2
expect_contains "broken .errata.json is named" ".errata.json" stderr
expect_contains "files outside it are still checked" "good.md:1:16: error:"

# A language with no locale table is an error where it is named (the
# command line or a config), not a silent skip of every date check.
run "$ERRATA_BIN" check --lang xx good.md
expect_rc "unknown --lang: exit 2" 2
expect_contains "unknown --lang is named" "--lang: no locale table for language 'xx'" stderr
mkdir -p xxsite
printf '{"lang": "xx"}\n' >xxsite/.errata.json
printf 'Talks begin on Tuesday, January 7, 2026.\n' >xxsite/a.md
run "$ERRATA_BIN" check xxsite
expect_rc "unknown config lang: exit 2" 2
expect_contains "unknown config lang names the config" ".errata.json: no locale table for language 'xx'" stderr
run "$ERRATA_BIN" check --lang en-GB good.md
expect_rc "a regional code falls back to its language" 1

if [ -w /dev/full ]; then
	run sh -c "\"$ERRATA_BIN\" check good.md >/dev/full"
	expect_rc "stdout write failure: exit 2" 2
	expect_contains "stdout write failure is reported" "cannot write" stderr
fi

done_testing
