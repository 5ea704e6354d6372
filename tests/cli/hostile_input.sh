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

# Front matter: an alias for the date is read, an alias to a list is an
# error with its place, and null means no date.
mkdir fm
printf -- '---\npublished: &p 2026-01-02\ndate: *p\n---\nTalks begin on Tuesday, January 7.\n' >fm/alias.md
run "$E" check fm/alias.md
expect_rc "date: *alias is read" 1
expect_contains "date: *alias anchors the year-less date" "fm/alias.md:5:16: error:"
printf -- '---\ndays: &d [2026-01-02, 2026-01-03]\ndate: *d\n---\nText.\n' >fm/list.md
run "$E" check fm/list.md
expect_rc "date: alias to a list: exit 2" 2
expect_contains "date: alias to a list: said with the place" "fm/list.md:3:7: front matter: date is an alias to a list or a mapping" stderr
printf -- '---\ndate: *nowhere\n---\nText.\n' >fm/undefined.md
run "$E" check fm/undefined.md
expect_rc "date: alias to nothing: exit 2" 2
expect_contains "date: alias to nothing: said" "fm/undefined.md:2:7: front matter: an alias to an anchor" stderr
for v in null '~' Null; do
	printf -- '---\ndate: %s\n---\nTalks begin on Tuesday, January 7.\n' "$v" >fm/null.md
	run "$E" check fm/null.md
	expect_rc "date: $v means no date" 0
	expect_not_contains "date: $v is no error" "not a date" stderr
done

# Front matter that is too large or too deep is refused at once, by name.
python3 -c "
print('---')
for i in range(200000): print('k%d: v' % i)
print('---'); print('Text.')" >fm/huge.md
run timeout 60 "$E" check fm/huge.md
expect_rc "200,000 keys: exit 2" 2
expect_contains "200,000 keys: larger than the bound" "fm/huge.md:2:1: front matter: larger than 256 KiB" stderr
python3 -c "
print('---'); print('a: ' + '[' * 100000 + ']' * 100000); print('---'); print('Text.')" >fm/deep.md
run timeout 60 "$E" check fm/deep.md
expect_rc "flow nesting 100,000 deep: exit 2" 2
expect_contains "flow nesting 100,000 deep: said" "fm/deep.md:2:" stderr
expect_contains "flow nesting 100,000 deep: why" "nested deeper than 64 levels" stderr
python3 -c "
print('---')
for i in range(20000): print('k%d: \'v\'' % i)
print('date: 2026-01-02'); print('---'); print('Talks begin on Tuesday, January 7.')" >fm/many.md
run timeout 60 "$E" check fm/many.md
expect_rc "20,000 keys: read, the last one too" 1
expect_contains "20,000 keys: the date after them anchors" "fm/many.md:20004:16: error:"

# --stdin-filename: format, configuration and reported path from the name.
mkdir -p site/news
printf '{"disable": ["date.weekday"]}\n' >site/.errata.json
printf -- '---\ndate: 2026-01-02\n---\nTalks begin on Tuesday, January 7.\n`Monday, January 7, 2026`\n' >md.txt
run sh -c "\"$E\" check --stdin-filename story.md - <md.txt"
expect_rc "--stdin-filename: read as Markdown (front matter, code span)" 1
expect_contains "--stdin-filename: the reported path is the name" "story.md:4:16: error:"
expect_not_contains "--stdin-filename: code spans masked as in Markdown" "story.md:5:"
run sh -c "\"$E\" check - <md.txt"
expect_not_contains "without it: plain text, <stdin>" "story.md"
# standard input that reads as HTML is read as HTML: its markup is masked
printf '<p>Talks run from <b>Monday, June 8, 2026</b> to <b>Friday, June 12, 2026</b> \342\200\224 eight days of talks.</p>\n<ul><li>Opening</li></ul>\n' >page.txt
run sh -c "\"$E\" check - <page.txt"
expect_contains "standard input that opens with tags: read as HTML" "<stdin>:1:81: warning:"
run sh -c "\"$E\" check --stdin-filename site/news/story.md - <md.txt"
expect_rc "--stdin-filename: the folder's configuration applies" 0
run sh -c "\"$E\" check --format json --stdin-filename site/news/story.md - <md.txt"
expect_contains "--stdin-filename: json path" '"path":"site/news/story.md"'
run "$E" check --stdin-filename story.md wrong.md
expect_rc "--stdin-filename without '-': usage error" 2
expect_contains "--stdin-filename without '-': said" "give '-' once" stderr

# A per-file cap on findings keeps memory bounded, and says when it is hit.
mkdir manypack
printf '{"version":1,"rules":[{"id":"t.word","type":"pattern","message":"m","pattern":"\\\\bword\\\\b"}]}\n' >manypack/p.json
python3 -c "print('word x ' * 30000)" >many.txt
run "$E" check --rules manypack --max-findings 100 many.txt
expect_contains "--max-findings: said when hit" "more than 100 findings in this file: the rest are not reported" 
n=$(printf '%s\n' "$OUT" | grep -c '\[t.word\]')
[ "$n" -eq 100 ] && ok "--max-findings 100: 100 findings kept" || not_ok "--max-findings 100: 100 findings kept" "$n"
run "$E" check --rules manypack many.txt
n=$(printf '%s\n' "$OUT" | grep -c '\[t.word\]')
[ "$n" -eq 10000 ] && ok "default cap: 10000 findings a file" || not_ok "default cap: 10000 findings a file" "$n"
expect_contains "default cap: said" "more than 10000 findings"
run "$E" check --rules manypack --max-findings 0 many.txt
n=$(printf '%s\n' "$OUT" | grep -c '\[t.word\]')
[ "$n" -eq 30000 ] && ok "--max-findings 0: no cap" || not_ok "--max-findings 0: no cap" "$n"
run "$E" check --max-findings lots wrong.md
expect_rc "--max-findings not a number: exit 2" 2

# An article of one long line (a paragraph without a line break), up to
# the size errata reads, is read in time that grows with it: neither the
# dateline's search in the first lines nor year inference reads the line
# again for each date in it. Each took minutes before; the bound here only
# tells a hang from an answer.
python3 -c "
import random
random.seed(7)
words = ['Monday, January 5, 2026', 'the', 'council', 'met on', 'Tuesday', 'and', 'from March 3 to March 9',
         'aged 45', 'born in 1980', 'Jan. 7', 'June', '5', 'Monday,', 'report']
out, n = [], 0
while n < 4 << 20:
    w = random.choice(words); out.append(w); n += len(w) + 1
print(' '.join(out))" >oneline.md
run timeout 60 "$E" check oneline.md
expect_rc "a 4 MiB line of dates: checked, not hung" 1
python3 -c "
import random
random.seed(8)
words = ['word', 'another', 'Tuesday', 'June', '5', 'the', 'Jan.', '7', 'March', 'Monday,']
out, n = [], 0
while n < 15 << 20:
    w = random.choice(words); out.append(w); n += len(w) + 1
print(' '.join(out))" >oneline-big.md
run timeout 60 "$E" check oneline-big.md
expect_rc "a 15 MiB line of year-less dates: checked, not hung" 0
rm -f oneline.md oneline-big.md

done_testing
