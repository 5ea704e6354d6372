#!/bin/sh
# File names that are not valid UTF-8 in JSON output: the document stays
# valid (the name's bad bytes read U+FFFD in "path") and "path_bytes"
# carries the exact bytes, percent-encoded, only for such names; errata
# diff's JSON does the same, and writes "##[" from an article as check does.
. "$(dirname "$0")/lib.sh"
. "$FIX/diff/repo.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
mkdir arts
bad=$(printf 'arts/caf\351 50%%.md')      # Latin-1 e-acute, a space, a percent sign
printf 'The vote is on Thursday, January 9, 2026.\n' >"$bad"
printf 'The vote is on Thursday, January 9, 2026.\n' >arts/good.md

"$ERRATA_BIN" check --format json --lang auto arts >"$tmp/out.json"
if python3 - "$tmp/out.json" <<'PY'
import json, sys, urllib.parse
d = json.loads(open(sys.argv[1], "rb").read().decode("utf-8"))
want = b"arts/caf\xe9 50%.md"
by = {f["path"]: f for f in d["findings"]}
bad = by["arts/caf\ufffd 50%.md"]
assert bad["path_bytes"] == "arts/caf%E9%2050%25.md", bad
assert urllib.parse.unquote_to_bytes(bad["path_bytes"]) == want
assert "path_bytes" not in by["arts/good.md"], by["arts/good.md"]
files = {f["path"]: f for f in d["files"]}
assert urllib.parse.unquote_to_bytes(files["arts/caf\ufffd 50%.md"]["path_bytes"]) == want
assert "path_bytes" not in files["arts/good.md"]
langs = {f["path"]: f for f in d["summary"]["languages"]}
assert urllib.parse.unquote_to_bytes(langs["arts/caf\ufffd 50%.md"]["path_bytes"]) == want
PY
then ok "check json: path_bytes gives back a name that is not UTF-8"; else not_ok "check json: path_bytes gives back a name that is not UTF-8" "$(cat "$tmp/out.json")"; fi

# SARIF keeps its percent-encoded URI (the same encoding).
"$ERRATA_BIN" check --format sarif arts >"$tmp/out.sarif"
if grep -q '"uri":"arts/caf%E9%2050%25.md"' "$tmp/out.sarif"; then ok "sarif uri percent-encodes the name"; else not_ok "sarif uri percent-encodes the name" "$(cat "$tmp/out.sarif")"; fi

# errata diff --format json: valid JSON, path_bytes and old_path_bytes.
new_repo "$tmp/r"
cd "$tmp/r" || exit 1
printf 'One vote.\n' >"$(printf 'a\377.md')"
printf 'Plain text.\n' >b.md
commit_all "$tmp/r" "one"
printf 'The vote is on Thursday, January 9, 2026.\n' >"$(printf 'a\377.md')"
printf 'Plain text ##[group]with a log command.\n' >b.md
commit_all "$tmp/r" "two"
"$ERRATA_BIN" diff --format json >"$tmp/diff.json"
if python3 - "$tmp/diff.json" <<'PY'
import json, sys, urllib.parse
raw = open(sys.argv[1], "rb").read()
assert b"##[" not in raw, raw
d = json.loads(raw.decode("utf-8"))
by = {f["path"]: f for f in d["files"]}
a = by["a\ufffd.md"]
assert urllib.parse.unquote_to_bytes(a["path_bytes"]) == b"a\xff.md", a
assert urllib.parse.unquote_to_bytes(a["old_path_bytes"]) == b"a\xff.md", a
assert urllib.parse.unquote_to_bytes(a["introduced"][0]["path_bytes"]) == b"a\xff.md", a
b = by["b.md"]
assert "path_bytes" not in b and "old_path_bytes" not in b, b
assert any("##[group]" in h["new_text"] for h in b["hunks"]), b["hunks"]
PY
then ok "diff json: valid, path_bytes, ##[ written as in check"; else not_ok "diff json: valid, path_bytes, ##[ written as in check" "$(cat "$tmp/diff.json")"; fi
# errata log and errata blame --format json: valid JSON and path_bytes.
for cmd in log blame; do
	if [ "$cmd" = blame ]; then
		"$ERRATA_BIN" blame --format json --quote Thursday "$(printf 'a\377.md')" >"$tmp/$cmd.json"
	else
		"$ERRATA_BIN" log --format json "$(printf 'a\377.md')" >"$tmp/$cmd.json"
	fi
	if python3 - "$tmp/$cmd.json" <<'PY'
import json, sys, urllib.parse
d = json.loads(open(sys.argv[1], "rb").read().decode("utf-8"))
assert d["path"] == "a\ufffd.md", d
assert urllib.parse.unquote_to_bytes(d["path_bytes"]) == b"a\xff.md", d
PY
	then ok "$cmd json: valid, path_bytes"; else not_ok "$cmd json: valid, path_bytes" "$(cat "$tmp/$cmd.json")"; fi
done
"$ERRATA_BIN" log --format json b.md >"$tmp/log-b.json"
if python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert "path_bytes" not in d, d' "$tmp/log-b.json"; then
	ok "log json: no path_bytes for a UTF-8 name"; else not_ok "log json: no path_bytes for a UTF-8 name" "$(cat "$tmp/log-b.json")"; fi
done_testing
