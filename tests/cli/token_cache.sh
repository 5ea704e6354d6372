#!/bin/sh
# The date parser keeps the last tokens it read in a small cache by
# position; a token read through it holds only until its slot is read for
# another position. Code that keeps such a token by pointer across
# another read works by luck, depending on the lengths of the words
# around it. $BUILD/tokcache1/errata is built with a cache of one slot,
# where every such slip changes a finding: on generated articles, on
# every sentence of the date and consistency fixtures (as an article with
# its language and date) and on every article of the fixtures and
# examples, both binaries must give the same findings, byte for byte.
. "$(dirname "$0")/lib.sh"
TC1=${BUILD:-build}/tokcache1/errata
case $TC1 in /*) ;; *) TC1=$ERRATA_ROOT/$TC1 ;; esac
if [ ! -x "$TC1" ]; then
	not_ok "the one-slot build exists ($TC1; make all-tests builds it)"
	done_testing
	exit 1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
c=$tmp/corpus
python3 "$ERRATA_ROOT/bench/gen_corpus.py" "$c/gen" 150 5 >/dev/null || { not_ok "generate the corpus"; done_testing; exit 1; }
python3 "$ERRATA_ROOT/bench/gen_consistency.py" "$c/dense" 60 >/dev/null || { not_ok "generate the dense corpus"; done_testing; exit 1; }
mkdir -p "$c/articles"
find "$ERRATA_ROOT/tests/fixtures" "$ERRATA_ROOT/examples" -name '*.md' | LC_ALL=C sort | {
	i=0
	while read -r f; do i=$((i + 1)); cp "$f" "$c/articles/$i.md"; done
}
# every fixture sentence with a language, as an article of its own
python3 - "$c/cases" "$ERRATA_ROOT/tests/fixtures" <<'PY'
import json, os, sys
out, root = sys.argv[1], sys.argv[2]
os.makedirs(out)
n = 0
for d, _, names in sorted(os.walk(root)):
    for name in sorted(names):
        if not name.endswith(".jsonl"):
            continue
        for line in open(os.path.join(d, name), encoding="utf-8"):
            try:
                case = json.loads(line)
            except ValueError:
                continue
            if not isinstance(case, dict) or not isinstance(case.get("text"), str) or not case.get("lang"):
                continue
            ctx = case.get("year_context")
            date = ctx if isinstance(ctx, str) and len(ctx) == 10 else "%s-07-01" % ctx if ctx else None
            head = "---\nlang: %s\n%s---\n" % (case["lang"], "date: %s\n" % date if date else "")
            n += 1
            with open("%s/%05d.md" % (out, n), "w", encoding="utf-8") as f:
                f.write(head + case["text"] + "\n")
print(n, file=sys.stderr) if not n else None
PY
cd "$c" || exit 1
files=$(find . -name '*.md' | LC_ALL=C sort)
n=$(echo "$files" | wc -l)
"$ERRATA_BIN" check -j 2 --format json $files >"$tmp/eight.json" 2>"$tmp/eight.err"
rc1=$?
"$TC1" check -j 2 --format json $files >"$tmp/one.json" 2>"$tmp/one.err"
rc2=$?
if [ "$rc1" -le 1 ] && [ "$rc1" = "$rc2" ] && [ -s "$tmp/eight.json" ]; then
	ok "both builds read all $n articles (exit $rc1)"
else
	not_ok "both builds read all $n articles" "exit $rc1 and $rc2: $(head -c 400 "$tmp/eight.err") $(head -c 400 "$tmp/one.err")"
fi
if cmp -s "$tmp/eight.json" "$tmp/one.json"; then
	ok "a cache of one slot gives the same findings on $n articles"
else
	not_ok "a cache of one slot gives the same findings on $n articles" \
		"$(diff "$tmp/eight.json" "$tmp/one.json" | head -20)"
fi
grep -q '"rule":"date.weekday"' "$tmp/eight.json" && ok "the articles hold findings to compare" ||
	not_ok "the articles hold findings to compare"
done_testing
