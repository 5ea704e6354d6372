#!/bin/sh
# Inputs whose cost once grew with the square of their size. Each runs
# under `timeout 60`, a bound far above what the input costs when the
# cost grows with it (sanitizer builds are slow), so that the old walks
# fail here as a hang; no speed is claimed (bench/bench_scaling.sh
# measures). Each also says what it found, so a run that gives up early
# fails too.
. "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
E=$ERRATA_BIN

# finishes NAME: the last run ended within the bound
finishes() {
	if [ "$RC" -eq 124 ]; then not_ok "$1: ends" "still running after 60 s"; else ok "$1: ends"; fi
}

# A table from the first line on, 4 MB of rows with a date each: to find
# the line that leads the list in (and names its year), each date walked
# back over every row above it.
python3 -c "
import sys
sys.stdout.write('| Wednesday, Jan. 7 |\n' * 190000 + '| Tuesday, Jan. 7 |\n')" >table.md
run timeout 60 "$E" check -j 1 --date 2026-01-02 table.md
finishes "a 4 MB table of dates"
expect_rc "a 4 MB table of dates: the wrong weekday in its last row" 1
expect_contains "a 4 MB table of dates: found in the last row" "table.md:190001:3: error: January 7, 2026 is a Wednesday, not a Tuesday"

# One line of 15 MB of weekday names with no digit: at each name the scan
# looked for the next digit or mark anew, to the end of the line.
python3 -c "
import sys
sys.stdout.write('Tue ' * 3750000 + '\nTalks begin on Tuesday, January 7, 2026.\n')" >weekdays.md
run timeout 60 "$E" check -j 1 weekdays.md
finishes "a 15 MB line of weekday names"
expect_contains "a 15 MB line of weekday names: the date after it is read" "weekdays.md:2:16: error: January 7, 2026 is a Wednesday, not a Tuesday"

# A 4 MB paragraph of titles the fact sheet says were no longer held,
# each in a quotation left open: for each, the quotes were counted again
# from the paragraph's start. The title after the paragraph is flagged
# (a quotation does not run on into the next paragraph).
cat >facts.json <<'EOF'
{"version": 1, "entities": [{"name": "Jonas Duarte", "aliases": ["Duarte"],
 "titles": [{"title": "Mayor", "from": "2009-09-01", "to": "2012-02-10"}]}]}
EOF
python3 -c "
import sys
sys.stdout.write('---\ndate: 2026-01-02\n---\n' + '\u201cMayor Jonas Duarte is back, he said. ' * 100000 +
                 '\n\nMayor Jonas Duarte left.\n')" >titles.md
run timeout 60 "$E" check -j 1 --facts facts.json titles.md
finishes "a 4 MB paragraph of quoted titles"
expect_contains "a 4 MB paragraph of quoted titles: the quoted ones are left alone" "1 file checked: 0 errors, 1 warning" stderr
expect_contains "a 4 MB paragraph of quoted titles: the one after it is flagged" "titles.md:6:1: warning: Jonas Duarte was Mayor"

# 3 MB of counts that each stand for the article's one founding ("It
# celebrates its 40th anniversary"): for each, the article was read
# again from its start for the founding.
python3 -c "
import sys
sys.stdout.write('---\ndate: 2026-03-05\n---\nThe club was founded in 1986. ' +
                 'It celebrates its 40th anniversary. ' * 85000 + 'It marks its 41st anniversary.\n')" >counts.md
run timeout 60 "$E" check -j 1 counts.md
finishes "3 MB of anniversary counts"
expect_contains "3 MB of anniversary counts: the wrong last one is flagged" "counts.md:4:3060044: warning: \"41st anniversary\" in 2026, but the event is dated 1986"
expect_contains "3 MB of anniversary counts: only that one" "1 file checked: 0 errors, 1 warning" stderr

# 2 MB of obituary-like sentences, each a name with an age and a death
# ("Dennis Halloran, 84, retired pipefitter, died June 16, 2025"): for
# each age, the text was searched again for the surname's other bearers.
python3 -c "
import sys
sys.stdout.write('---\ndate: 2026-03-05\n---\n' + 'Dennis Halloran, 84, retired pipefitter, died June 16, 2025. Born Sept. 24, 1941. ' * 24000 + '\n')" >obits.md
run timeout 60 "$E" check -j 1 --max-findings 100000 obits.md
finishes "2 MB of ages in death sentences"
expect_contains "2 MB of ages in death sentences: each wrong age is flagged" "24000 warnings" stderr

# Suppression comments: each enable looked at every disable before it, and
# each finding at every disable that might cover it; thousands of them
# cost their number squared (4 MB of them took minutes). A document may
# hold 1,000; one more is refused at its place.
python3 -c "
print('<!-- errata-disable style.x -->')
for i in range(999):
    print('Talks on Tuesday, January 7, 2026. <!-- errata-disable-line date.weekday -->')
" >suppress.md
run timeout 60 "$E" check -j 1 suppress.md
expect_rc "1,000 suppressions: read, and they suppress" 0
printf 'Talks on Tuesday, January 7, 2026. <!-- errata-enable -->\n' >>suppress.md
run timeout 60 "$E" check -j 1 suppress.md
expect_rc "1,001 suppressions: refused" 2
expect_contains "1,001 suppressions: said, at the comment past the bound" "suppress.md:1001:36: more than 1000 suppressions" stderr
python3 -c "
import random, sys
r = random.Random(3)
out = ['---\ndate: 2026-01-02\n---\n']
for i in range(100000):
    out.append(r.choice(['<!-- errata-disable date.weekday -->\n', '<!-- errata-enable -->\n',
                         '<!-- errata-disable-next-line -->\n', 'Talks on Tuesday, January 7.\n\n',
                         'Talks on Monday, January 7. <!-- errata-disable-line date.* -->\n']))
sys.stdout.write(''.join(out))" >suppress4.md
run timeout 60 "$E" check -j 1 suppress4.md
finishes "3 MB of suppression comments"
expect_rc "3 MB of suppression comments: refused" 2

# 200,000 births stated in one article, each followed by an age: each age
# looked its name up among every birth of the article. The article keeps
# the first 256; an age at the end still finds the first of them.
python3 -c "
import sys
out = ['---\ndate: 2026-03-12\n---\nElena Brandt, born in 1950, spoke first.\n\n']
for i in range(200000):
    out.append('A%d B%d, born 1980. B%d, 46, said.\n\n' % (i, i, i))
out.append('Brandt, 60, said it was over.\n')
sys.stdout.write(''.join(out))" >births.md
run timeout 60 "$E" check -j 1 births.md
finishes "200,000 births and ages"
expect_contains "200,000 births and ages: the wrong age at the end is found" "births.md:400006:1: warning: Elena Brandt, born in 1950, is 75 or 76 on March 12, 2026, not 60"

done_testing
