#!/bin/sh
# Inputs that used to be read wrong in silence, block, or blow up: each
# is either read right or refused with a message that names it.
. "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
E=$ERRATA_BIN
printf 'Talks begin on Tuesday, January 7, 2026.\n' >wrong.md

# --max-size at the top of the range must not wrap into "empty file".
for big in 18446744073709551615 18446744073709551614 18446744073709551613 16777216G; do
	run "$E" check --max-size "$big" wrong.md
	if [ "$RC" -eq 1 ] && printf '%s' "$OUT" | grep -q 'wrong.md:1:16: error:'; then
		ok "--max-size $big: the file is still checked"
	elif [ "$RC" -eq 2 ] && printf '%s' "$ERR" | grep -q -- '--max-size'; then
		ok "--max-size $big: refused as a usage error"
	else
		not_ok "--max-size $big: checked or refused" "rc $RC; $OUT $ERR"
	fi
done

# .errata.json that is a folder, or a link to nothing: said, not skipped.
mkdir -p dirconf/.errata.json linkconf
printf 'Talks begin on Tuesday, January 7, 2026.\n' >dirconf/a.md
cp dirconf/a.md linkconf/a.md
ln -s nowhere.json linkconf/.errata.json
run "$E" check dirconf/a.md
expect_rc ".errata.json is a folder: exit 2" 2
expect_contains ".errata.json is a folder: said so" "dirconf/.errata.json: is a folder, not a configuration file" stderr
run "$E" check linkconf/a.md
expect_rc ".errata.json is a dangling link: exit 2" 2
expect_contains ".errata.json is a dangling link: said so" "linkconf/.errata.json: a symbolic link to a file that does not exist" stderr

# A FIFO named as a rule pack, fact sheet or config is refused, not waited on.
mkfifo pipe.json packs.fifo && mkdir packdir && mkfifo packdir/p.json
for args in "--config pipe.json" "--facts pipe.json" "--rules packdir"; do
	# shellcheck disable=SC2086
	run timeout 10 "$E" check $args wrong.md
	if [ "$RC" -eq 124 ]; then not_ok "FIFO as $args: blocks"; else
		expect_rc "FIFO as $args: exit 2" 2
		expect_contains "FIFO as $args: refused by name" "not a regular file" stderr
	fi
done

# A pattern that can match nothing is refused when the pack loads; a rule
# stopped by its match limit is a warning, seen under --min-severity warning.
mkdir emptypack slowpack
printf '{"version":1,"rules":[{"id":"t.empty","type":"pattern","message":"m","pattern":"x*"}]}\n' >emptypack/p.json
run "$E" check --rules emptypack wrong.md
expect_rc "empty-matching pattern: exit 2" 2
expect_contains "empty-matching pattern: named" "rule 't.empty': the pattern can match the empty string" stderr
printf '{"version":1,"rules":[{"id":"t.slow","type":"pattern","message":"m","pattern":"(a+)+$"}]}\n' >slowpack/p.json
{ head -c 30000 /dev/zero | tr '\0' a; printf '!\n'; } >slow.txt
run "$E" check --rules slowpack --min-severity warning slow.txt
expect_contains "rule stopped: a warning under --min-severity warning" "warning: rule stopped for this document"

done_testing
