#!/bin/sh
# errata ci: only findings new relative to the base fail a change; renamed,
# moved, deleted and re-dated articles; usage and repository errors.
. "$(dirname "$0")/lib.sh"
. "$FIX/diff/repo.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
r="$tmp/repo"

# A change that adds a wrong weekday fails.
new_repo "$r"
put "$r" news/bridge.md bridge.md
put "$r" news/library.md other.md
commit_all "$r" "bridge story"
put "$r" news/bridge.md bridge-wrong.md
commit_all "$r" "add the mayor's visit"
cd "$r" || exit 1
run "$ERRATA_BIN" ci --base HEAD~1
expect_rc "a new wrong weekday fails ci" 1
expect_contains "the finding names the article, line and column" "news/bridge.md:15:22: error:"
expect_contains "the finding names its rule" "[date.weekday]"
expect_not_contains "an unchanged article is not checked" "library.md"
expect_contains "a summary goes to stderr" "errata: the change adds 1 error" stderr
run "$ERRATA_BIN" ci --base HEAD~1 --head HEAD~1
expect_rc "base against itself: nothing changed" 0
run "$ERRATA_BIN" ci --base HEAD~1 -- news/library.md
expect_rc "a path limit leaves the changed article out" 0

# The same change in each machine format.
run "$ERRATA_BIN" ci --base HEAD~1 --format github
expect_rc "github format: still exit 1" 1
expect_contains "github annotation on the right line and column" \
	"::error file=news/bridge.md,line=15,col=22,endLine=15,endColumn=40,title=date.weekday::"
run "$ERRATA_BIN" ci --base HEAD~1 --format json
expect_rc "json format: exit 1" 1
if printf '%s\n' "$OUT" | python3 -c '
import json, sys
d = json.load(sys.stdin)
f = d["findings"]
assert len(f) == 1, f
assert f[0]["path"] == "news/bridge.md" and f[0]["rule"] == "date.weekday", f[0]
assert f[0]["line"] == 15 and f[0]["column"] == 22, f[0]
'; then ok "json lists the one new finding"; else not_ok "json lists the one new finding" "$OUT"; fi
"$ERRATA_BIN" ci --base HEAD~1 --format sarif >"$tmp/out.sarif" 2>"$tmp/err"
rc=$?
if [ $rc -ne 1 ]; then not_ok "sarif format: exit 1" "exit $rc"; else ok "sarif format: exit 1"; fi
python3 "$ERRATA_ROOT/tests/sarif_validate.py" "$tmp/out.sarif" >"$tmp/v" 2>&1
case $? in
0) ok "ci sarif validates against the SARIF 2.1.0 schema" ;;
77) ok "ci sarif validation # SKIP schema or jsonschema not available" ;;
*) not_ok "ci sarif validates against the SARIF 2.1.0 schema" "$(cat "$tmp/v")" ;;
esac
if python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
res = d["runs"][0]["results"]
assert len(res) == 1 and res[0]["ruleId"] == "date.weekday", res
reg = res[0]["locations"][0]["physicalLocation"]["region"]
assert reg["startLine"] == 15 and reg["startColumn"] == 22, reg
assert res[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "news/bridge.md"
' "$tmp/out.sarif"; then ok "sarif result points at the new finding"; else not_ok "sarif result points at the new finding"; fi

# The .errata.json of the revision checked applies (not one that is only
# in the working tree); --config names another.
printf '{"disable": ["date.weekday"]}\n' >.errata.json
run "$ERRATA_BIN" ci --base HEAD~1
expect_rc "a config only in the working tree does not apply to a revision" 1
git add .errata.json && git commit -q --no-verify -m "config"
run "$ERRATA_BIN" ci --base HEAD~2
expect_rc "the revision's config disables the rule" 0
git reset -q --hard HEAD~1
printf '{"disable": ["date."]}\n' >"$tmp/quiet.json"
run "$ERRATA_BIN" ci --base HEAD~1 --config "$tmp/quiet.json"
expect_rc "--config names a config" 0
printf '{"disabel": []}\n' >"$tmp/bad.json"
run "$ERRATA_BIN" ci --base HEAD~1 --config "$tmp/bad.json"
expect_rc "a broken config exits 2" 2
expect_contains "the message names the config" "bad.json" stderr

# An article that already had the error, edited elsewhere: passes.
put "$r" news/bridge.md bridge-wrong-edited.md
commit_all "$r" "budget wording"
run "$ERRATA_BIN" ci --base HEAD~1
expect_rc "an untouched old error does not fail ci" 0
expect_not_contains "the old error is not reported" "date.weekday"
run "$ERRATA_BIN" ci --base HEAD~1 --all
expect_rc "--all reports old errors but exits 0" 0
expect_contains "--all lists the old error" "news/bridge.md:15:22: error:"

# Moving the paragraph that holds the old error: passes.
put "$r" news/bridge.md bridge-wrong-moved.md
commit_all "$r" "move the buses paragraph"
run "$ERRATA_BIN" ci --base HEAD~1
expect_rc "a moved paragraph with an old error passes" 0
expect_not_contains "the moved error is not new" "date.weekday"

# A renamed article keeps its old findings as old.
git mv news/bridge.md news/harbour-bridge.md
commit_all "$r" "rename"
run "$ERRATA_BIN" ci --base HEAD~1
expect_rc "a renamed article with an old error passes" 0
run "$ERRATA_BIN" ci --base HEAD~1 --all
expect_contains "--all reports it under its new path" "news/harbour-bridge.md:12:"

# A deleted article is not checked.
git rm -q news/harbour-bridge.md
commit_all "$r" "delete"
run "$ERRATA_BIN" ci --base HEAD~1 --all
expect_rc "a deleted article is not checked" 0
expect_not_contains "nothing reported for the deleted article" "harbour-bridge"

# An added article: all its findings are new.
put "$r" news/bridge2.md bridge-wrong.md
commit_all "$r" "add"
run "$ERRATA_BIN" ci --base HEAD~1
expect_rc "an added article with an error fails" 1
expect_contains "its error is reported" "news/bridge2.md:15:22: error:"

# The front matter date changed, so year inference changes: the same
# sentence is right in the 2025 reading and wrong in the 2026 one.
cd "$tmp" || exit 1
new_repo "$r"
cd "$r" || exit 1
put "$r" festival.md festival.md
commit_all "$r" "festival"
run "$ERRATA_BIN" ci --base HEAD --head HEAD --all
expect_rc "the 2025 reading is right" 0
put "$r" festival.md festival-redated.md
commit_all "$r" "redate"
run "$ERRATA_BIN" ci --base HEAD~1
expect_rc "a new article date makes the weekday wrong" 1
expect_contains "the weekday is reported" "festival.md:6:"

# Usage and repository errors exit 2.
run "$ERRATA_BIN" ci
expect_rc "no --base: usage error" 2
expect_contains "it says what is missing" "--base" stderr
cd "$r" || exit 1
run "$ERRATA_BIN" ci --base no-such-rev
expect_rc "an unknown revision exits 2" 2
expect_contains "it names the revision" "no-such-rev" stderr
run "$ERRATA_BIN" ci --base HEAD --format yaml
expect_rc "an unknown format exits 2" 2
run "$ERRATA_BIN" ci --base HEAD --cached --head HEAD
expect_rc "--cached with --head exits 2" 2
cd "$tmp" || exit 1
mkdir plain
cd plain || exit 1
run "$ERRATA_BIN" ci --base HEAD
expect_rc "outside a repository exits 2" 2

# A changed article that is not valid UTF-8 cannot be checked: exit 2.
cd "$tmp" || exit 1
new_repo "$r"
cd "$r" || exit 1
put "$r" a.md other.md
commit_all "$r" "one"
printf 'caf\351 on Monday\n' >a.md
commit_all "$r" "latin-1"
run "$ERRATA_BIN" ci --base HEAD~1
expect_rc "an unreadable changed article exits 2" 2
expect_contains "the message names it" "a.md" stderr
# Many changed articles, checked with 1, 2 and 4 workers: the same output,
# messages and exit code, in the diff's order (an unreadable article among
# them, a re-dated one, a deleted one).
cd "$tmp" || exit 1
new_repo "$r"
cd "$r" || exit 1
python3 "$ERRATA_ROOT/bench/gen_corpus.py" "$tmp/gen" 60 5 >/dev/null
mkdir -p news
for f in $(find "$tmp/gen" -name '*.md' | sort); do cp "$f" "news/$(basename "$f")"; done
commit_all "$r" "sixty articles"
i=0
for f in news/*.md; do
	i=$((i + 1))
	case $((i % 4)) in
	0) sed -i 's/Monday/Tuesday/g; s/March/April/g' "$f" ;;
	1) printf '\nThe fair closed on Friday, March 5, 2026.\n' >>"$f" ;;
	2) sed -i 's/^date: [0-9]*/date: 2019/' "$f" ;;
	3) [ "$i" -eq 7 ] && git rm -q "$f" ;;
	esac
done
printf 'caf\351 on Monday\n' >news/zz-latin1.md
commit_all "$r" "edits"
for fmt in text json sarif github; do
	for all in "" --all; do
		"$ERRATA_BIN" ci --base HEAD~1 $all --format "$fmt" -j 1 >"$tmp/one.out" 2>"$tmp/one.err"
		rc1=$?
		for j in 2 4; do
			"$ERRATA_BIN" ci --base HEAD~1 $all --format "$fmt" -j "$j" >"$tmp/many.out" 2>"$tmp/many.err"
			rc=$?
			if [ "$rc" -eq "$rc1" ] && cmp -s "$tmp/one.out" "$tmp/many.out" &&
			   cmp -s "$tmp/one.err" "$tmp/many.err"; then
				ok "ci $all --format $fmt -j $j: the same as -j 1"; else
				not_ok "ci $all --format $fmt -j $j: the same as -j 1" \
					"exit $rc and $rc1; $(diff "$tmp/one.out" "$tmp/many.out" | head -5)"; fi
		done
	done
done
"$ERRATA_BIN" ci --base HEAD~1 --all -j 1 >"$tmp/one.out" 2>"$tmp/one.err"
if [ "$?" -eq 2 ] && [ "$(grep -c '^news/' "$tmp/one.out")" -gt 40 ] &&
   grep -q 'zz-latin1.md' "$tmp/one.err"; then
	ok "ci --all: the findings of the changed articles and the unreadable one named"; else
	not_ok "ci --all: the findings of the changed articles and the unreadable one named" \
		"$(tail -3 "$tmp/one.err")"; fi
run "$ERRATA_BIN" ci --base HEAD~1 -j 0
expect_rc "ci -j 0 is a usage error" 2
expect_contains "ci -j 0 is explained" "is not a number of workers" stderr
done_testing
