#!/bin/sh
# errata check end to end: fixture articles in, exact text/JSON/GitHub
# output and exit code out; folder walking order; standard input; --date,
# --min-severity, --disable; the top-level --help and --version.
. "$(dirname "$0")/lib.sh"
F=$FIX/check
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$F" || exit 1

run "$ERRATA_BIN" --help
expect_rc "errata --help exits 0" 0
expect_contains "errata --help lists check" "  check "
run "$ERRATA_BIN" --version
expect_rc "errata --version exits 0" 0
if [ "$OUT" = "errata 0.1.0" ]; then ok "errata --version prints the version"; else
	not_ok "errata --version prints the version" "$OUT"; fi
run "$ERRATA_BIN" check --help
expect_rc "check --help exits 0" 0
for o in --format --date --lang --config --rules --enable --disable --min-severity --facts --max-size; do
	expect_contains "check --help documents $o" "$o"
done

# Wrong weekdays in several shapes, right ones in others: text and JSON.
run "$ERRATA_BIN" check weekdays.md
expect_rc "wrong weekdays exit 1" 1
expect_out "weekdays.md text output" weekdays.text.expected
expect_contains "summary goes to stderr" "1 file checked" stderr
run "$ERRATA_BIN" check --format json weekdays.md
expect_rc "json: wrong weekdays exit 1" 1
expect_out "weekdays.md JSON output" weekdays.json.expected
run "$ERRATA_BIN" check --format=github weekdays.md
expect_rc "github: wrong weekdays exit 1" 1
expect_out "weekdays.md GitHub output" weekdays.github.expected
if [ -z "$ERR" ]; then not_ok "github: summary on stderr"; else ok "github: summary on stderr"; fi

# HTML: tags, script and comments are not prose; &nbsp; is a space.
run "$ERRATA_BIN" check page.html
expect_rc "html: wrong weekday exits 1" 1
expect_out "page.html text output" page.text.expected

# Year-less dates late in the year read into the next one (the anchor is
# the front matter date, 2026-11-27): Jan. 7 is January 7, 2027, a Thursday.
run "$ERRATA_BIN" check rollover.md
expect_rc "year rollover: exit 1" 1
expect_out "rollover.md text output" rollover.text.expected

# Dates that do not exist.
run "$ERRATA_BIN" check invalid.txt
expect_rc "invalid dates exit 1" 1
expect_out "invalid.txt text output" invalid.text.expected

# A clean article: nothing on stdout, exit 0.
run "$ERRATA_BIN" check clean.md
expect_rc "clean article exits 0" 0
if [ -z "$OUT" ]; then ok "clean article prints no finding"; else not_ok "clean article prints no finding" "$OUT"; fi
run "$ERRATA_BIN" check --format json clean.md
expect_rc "clean article, json, exits 0" 0
expect_contains "clean article, json summary" '],"summary":{"files":1,"errors":0,"warnings":0,"infos":0,"failed":0}}'

# Year-less dates with no anchor are not judged; --date gives the anchor.
run "$ERRATA_BIN" check nodate.txt
expect_rc "year-less dates without an anchor: exit 0" 0
if [ -z "$OUT" ]; then ok "year-less dates without an anchor: silent"; else not_ok "year-less dates without an anchor: silent" "$OUT"; fi
run "$ERRATA_BIN" check --date 2026-01-02 nodate.txt
expect_rc "--date anchors year-less dates" 1
expect_out "nodate.txt with --date" nodate.text.expected

# Standard input is read as plain text and named <stdin>.
run sh -c "\"$ERRATA_BIN\" check - < nodate.txt"
expect_rc "stdin without --date: exit 0" 0
run sh -c "\"$ERRATA_BIN\" check --date 2026-01-02 - < nodate.txt"
expect_rc "stdin with --date: exit 1" 1
expect_out "stdin output names <stdin>" stdin.text.expected

# Filtering.
run "$ERRATA_BIN" check --disable date.weekday weekdays.md
expect_rc "--disable date.weekday: exit 0" 0
expect_not_contains "--disable date.weekday: no weekday finding" "[date.weekday]"
run "$ERRATA_BIN" check --disable date. weekdays.md invalid.txt
expect_rc "--disable date. (a prefix): exit 0" 0
run "$ERRATA_BIN" check --min-severity error clean.md weekdays.md
expect_rc "--min-severity error keeps errors" 1
expect_not_contains "--min-severity error drops warnings" ": warning: "
expect_not_contains "--min-severity error drops infos" ": info: "

# Folder walking: sorted, recursive, hidden folders skipped, only articles.
mkdir -p "$tmp/tree/b" "$tmp/tree/a" "$tmp/tree/.git" "$tmp/tree/.drafts"
line='Talks begin on Tuesday, January 7, 2026.'
for f in tree/Z.txt tree/b.md tree/b/c.markdown tree/a/d.htm tree/a/e.html \
         tree/.git/x.md tree/.drafts/y.md tree/notes.json tree/a-b.md; do
	printf '%s\n' "$line" >"$tmp/$f"
done
cd "$tmp" || exit 1
run "$ERRATA_BIN" check tree
expect_rc "folder: exit 1" 1
paths=$(printf '%s\n' "$OUT" | grep -v '^    ' | cut -d: -f1 | tr '\n' ' ')
want="tree/Z.txt tree/a/d.htm tree/a/e.html tree/a-b.md tree/b/c.markdown tree/b.md "
if [ "$paths" = "$want" ]; then ok "folder walked in sorted order, hidden skipped"; else
	not_ok "folder walked in sorted order, hidden skipped" "got: $paths"; fi
run "$ERRATA_BIN" check tree/
paths=$(printf '%s\n' "$OUT" | grep -v '^    ' | cut -d: -f1 | head -1)
if [ "$paths" = "tree/Z.txt" ]; then ok "a trailing slash adds no second slash"; else
	not_ok "a trailing slash adds no second slash" "got: $paths"; fi
(cd tree && "$ERRATA_BIN" check . >"$tmp/dot.out" 2>/dev/null)
if [ "$(grep -v '^    ' "$tmp/dot.out" | cut -d: -f1 | head -1)" = "Z.txt" ]; then
	ok "'.' gives paths without ./"; else not_ok "'.' gives paths without ./" "$(cat "$tmp/dot.out")"; fi
run "$ERRATA_BIN" check tree/notes.json
expect_rc "a file named explicitly is checked whatever its extension" 1
run "$ERRATA_BIN" check --format json tree
expect_contains "json summary counts walked files" '"summary":{"files":6,"errors":6,'

# Links: a linked article is checked, a linked folder is not followed.
ln -s b.md tree/l.md && ln -s b tree/link && ln -s nowhere.md tree/m.md
run "$ERRATA_BIN" check tree
expect_rc "links: a dangling link makes exit 2" 2
paths=$(printf '%s\n' "$OUT" | grep -v '^    ' | cut -d: -f1 | tr '\n' ' ')
want="tree/Z.txt tree/a/d.htm tree/a/e.html tree/a-b.md tree/b/c.markdown tree/b.md tree/l.md "
if [ "$paths" = "$want" ]; then ok "links: linked file checked, linked folder skipped"; else
	not_ok "links: linked file checked, linked folder skipped" "got: $paths"; fi
expect_contains "links: the dangling link is named" "errata: tree/m.md" stderr

# an article in a language without a locale table: told, not failed
printf -- '---\nlang: lt\ndate: 2026-01-05\n---\n\nPosėdis vyks antradienį, sausio 7 d.\n' >lt.md
run "$ERRATA_BIN" check lt.md
expect_rc "a language without a table is not a failure" 0
expect_contains "date.language names the language and its place" \
	"lt.md:2:7: info: no locale table for language 'lt'"
run "$ERRATA_BIN" check --disable date.language lt.md
if [ -z "$OUT" ]; then ok "date.language can be disabled"; else
	not_ok "date.language can be disabled" "got: $OUT"; fi

done_testing
