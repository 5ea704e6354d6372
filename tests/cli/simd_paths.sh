#!/bin/sh
# Loading's byte searches (the line index, Markdown's inline search, the
# `www.` search, the word index) have AVX2 bodies and bodies for
# processors without AVX2. ERRATA_NO_AVX2 makes this machine run the
# latter: on generated articles, the project's fixtures in every language
# and texts whose special bytes fall at every offset of a 64-byte block,
# both must give the same findings, byte for byte.
. "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
c=$tmp/corpus
python3 "$ERRATA_ROOT/bench/gen_corpus.py" "$c/gen" 150 5 >/dev/null || { not_ok "generate the corpus"; done_testing; exit 1; }
python3 "$ERRATA_ROOT/bench/gen_consistency.py" "$c/dense" 60 >/dev/null || { not_ok "generate the dense corpus"; done_testing; exit 1; }
mkdir -p "$c/fixtures" "$c/shifted"
find "$ERRATA_ROOT/tests/fixtures" "$ERRATA_ROOT/examples" -name '*.md' | LC_ALL=C sort | {
	i=0
	while read -r f; do i=$((i + 1)); cp "$f" "$c/fixtures/$i.md"; done
}
# Each special byte at offsets 0..69 of a line: a line feed, a carriage
# return, accented and CJK letters, Markdown's emphasis, code and links,
# a bare www. address, apostrophes and hyphens in words.
python3 - "$c/shifted" <<'PY'
import sys
out = sys.argv[1]
pieces = ["\r\n", "é", "日本", "*Tuesday*", "`code`", "[March 4](http://x.example)",
          "www.example.org", "o'clock", "well-known", "\u2014", "Wednesday, Jan. 7, 2026"]
for k, piece in enumerate(pieces):
    lines = []
    for off in range(70):
        lines.append("a" * off + " " + piece + " on Monday, March 2, 2026, and Friday, March 4, 2026 ends.")
    with open("%s/p%02d.md" % (out, k), "w", encoding="utf-8", newline="") as f:
        f.write("\n\n".join(lines) + "\n")
PY
cd "$c" || exit 1
files=$(find . -name '*.md' | LC_ALL=C sort)
n=$(echo "$files" | wc -l)
for fmt in json text; do
	"$ERRATA_BIN" check -j 1 --format "$fmt" $files >"$tmp/avx2.out" 2>"$tmp/avx2.err"
	rc1=$?
	ERRATA_NO_AVX2=1 "$ERRATA_BIN" check -j 1 --format "$fmt" $files >"$tmp/plain.out" 2>"$tmp/plain.err"
	rc2=$?
	if [ -s "$tmp/avx2.out" ] && cmp -s "$tmp/avx2.out" "$tmp/plain.out"; then
		ok "$fmt: $n files, the same findings with and without the AVX2 bodies"; else
		not_ok "$fmt: $n files, the same findings with and without the AVX2 bodies" \
			"$(diff "$tmp/avx2.out" "$tmp/plain.out" | head -10)"; fi
	if cmp -s "$tmp/avx2.err" "$tmp/plain.err" && [ "$rc1" -eq "$rc2" ]; then
		ok "$fmt: the same errors and exit code"; else
		not_ok "$fmt: the same errors and exit code" "exit $rc1 and $rc2; $(diff "$tmp/avx2.err" "$tmp/plain.err" | head -5)"; fi
done
# the shifted texts hold findings: the comparison is not of two empty outputs
if grep -q 'p03.md' "$tmp/avx2.out"; then ok "the shifted texts are checked"; else
	not_ok "the shifted texts are checked" "$(head -5 "$tmp/avx2.out")"; fi
done_testing
