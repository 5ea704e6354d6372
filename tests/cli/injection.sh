#!/bin/sh
# What an author, a file name or a reader controls must never become a
# command: no forged GitHub Actions workflow command on stdout or stderr
# (a line starting "::" or holding "##["), no raw terminal control bytes
# in reports, no way out of the JSON-LD <script>, and valid JSON and
# SARIF for file names that are not UTF-8.
. "$(dirname "$0")/lib.sh"
. "$FIX/reports/make-repo.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp" GIT_CONFIG_NOSYSTEM=1
E=$ERRATA_BIN
NL='
'
ESC=$(printf '\033')
BEL=$(printf '\007')

# no_command NAME TEXT: no line of TEXT reads as a workflow command.
no_command() {
	if printf '%s\n' "$2" | grep -q -e '^[[:space:]]*::' -e '##\['; then
		not_ok "$1" "$(printf '%s\n' "$2" | grep -e '^[[:space:]]*::' -e '##\[' | head -5)"
	else ok "$1"; fi
}
# no_forged NAME TEXT: GitHub output: every line is one of errata's own
# annotations (on a path given as ./NAME), which the runner reads first as
# a "::" command, so nothing else in the line counts; no other line reads
# as a command.
no_forged() {
	_bad=$(printf '%s\n' "$2" | grep -v -e '^::\(error\|warning\|notice\) file=\./' |
		grep -e '^[[:space:]]*::' -e '##\[')
	if [ -z "$_bad" ] && printf '%s\n' "$2" | grep -q '^::error file=\./'; then ok "$1"
	else not_ok "$1" "$(printf '%s\n' "$2" | head -5)"; fi
}
# no_control NAME TEXT: TEXT holds no ESC or BEL byte.
no_control() {
	case "$2" in *"$ESC"*|*"$BEL"*) not_ok "$1" "raw control byte in: $2" ;; *) ok "$1" ;; esac
}

mkdir "$tmp/w" && cd "$tmp/w" || exit 1
bad="x${NL}::error file=README.md::forged.md"
printf 'Talks begin on Tuesday, January 7, 2026.\n' >"$bad"
printf 'Talks begin on Tuesday, January 7, 2026.\n' >'::error file=README.md::forged.md'
printf 'Talks begin on Tuesday, January 7, 2026.\n' >'a ##[error]forged.md'

run "$E" check "$bad"
expect_rc "newline in a file name: the finding is still reported" 1
no_command "newline in a file name: no command on stdout" "$OUT"
run "$E" check --format github "./$bad"
no_forged "newline in a file name: github format forges nothing" "$OUT"
run "$E" check --format github ./*.md
no_forged "hostile file names: github format forges nothing" "$OUT"
no_command "hostile file names: stderr" "$ERR"
run "$E" check ./*.md
no_command "hostile file names: text format on stdout" "$OUT"
run "$E" check '::error file=README.md::forged.md'
no_command "a file name that starts with '::'" "$OUT"
run "$E" check --format json ./*.md
no_command "hostile file names: json" "$OUT"
run "$E" check --format sarif ./*.md
no_command "hostile file names: sarif" "$OUT"

# A file name that is not UTF-8: valid JSON and SARIF, the bytes recoverable
# from SARIF's percent-encoded URI.
mkdir latin && printf 'Talks begin on Tuesday, January 7, 2026.\n' >"latin/caf$(printf '\351').md"
run "$E" check --format json latin
if printf '%s' "$OUT" | python3 -c 'import json,sys; d=json.load(sys.stdin); assert d["findings"][0]["path"] == "latin/caf\ufffd.md"'; then
	ok "non-UTF-8 file name: valid JSON, U+FFFD for the bad byte"
else not_ok "non-UTF-8 file name: valid JSON" "$OUT"; fi
run "$E" check --format sarif latin
if printf '%s' "$OUT" | python3 -c '
import json, sys, urllib.parse
d = json.load(sys.stdin)
uri = d["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
assert urllib.parse.unquote_to_bytes(uri) == b"latin/caf\xe9.md", uri'; then
	ok "non-UTF-8 file name: valid SARIF, the URI gives back the bytes"
else not_ok "non-UTF-8 file name: valid SARIF" "$OUT"; fi
run "$E" check latin
no_control "non-UTF-8 file name: text output escaped" "$OUT"
expect_contains "non-UTF-8 file name: shown as \\xe9" 'latin/caf\xe9.md:1:16: error:'

# The same names in error messages (stderr), read as commands too.
printf 'x\377y\n' >"$bad.txt"
run "$E" check "$bad.txt"
expect_rc "unreadable hostile file: exit 2" 2
no_command "unreadable hostile file: stderr" "$ERR"
run "$E" check "missing${NL}::error file=README.md::gone.md"
no_command "missing hostile file: stderr" "$ERR"
run "$E" check --max-size 1 "a ##[error]forged.md"
no_command "'##[' in a file name on stderr" "$ERR"

# A front-matter value that is not a date, with a command in it.
mkdir fm && printf -- '---\ndate: "1\\n::error file=README.md::forged"\n---\nText.\n' >fm/a.md
run "$E" check fm/a.md
expect_rc "front-matter date with a newline: exit 2" 2
expect_contains "front-matter date: the error names the place" "fm/a.md:2:" stderr
no_command "front-matter date with a newline: stderr" "$ERR"
printf -- '---\ndate: "##[error]forged"\n---\nText.\n' >fm/b.md
run "$E" check fm/b.md
no_command "front-matter date with '##[': stderr" "$ERR"

# A config key with a command in it.
mkdir cfg && printf '{"x\\n::error file=README.md::forged": 1}\n' >cfg/.errata.json
printf 'Text.\n' >cfg/a.md
run "$E" check cfg/a.md
expect_rc "hostile config key: exit 2" 2
expect_contains "hostile config key: named, escaped" "unknown key 'x\\n" stderr
no_command "hostile config key: stderr" "$ERR"
# ...and a rule pack's.
mkdir packs && printf '{"version":1,"rules":[{"id":"x\\n::error file=README.md::f","pattern":"a"}]}\n' >packs/p.json
run "$E" check --rules packs cfg/../fm/b.md
no_command "hostile pack rule id: stderr" "$ERR"

# A command name itself.
run "$E" "x${NL}::error file=README.md::forged"
no_command "hostile command name: stderr" "$ERR"

# Reader reports reach the editor's terminal escaped.
mkrepo "$tmp/news" >/dev/null 2>&1 || { not_ok "build the repository"; done_testing; exit 1; }
run "$E" report add articles/vote.md --rev "$R3" --quote "Tuesday, January 7, 2026" \
	--message "${ESC}]0;pwned${BEL}${ESC}[2J${NL}status:     fixed" \
	--reporter "R${ESC}[31m" --actor "A${ESC}]0;t${BEL}"
expect_rc "report with control characters is stored" 0
ID=$OUT
run "$E" report show "$ID"
expect_rc "show" 0
no_control "report show: no raw ESC or BEL" "$OUT"
expect_not_contains "report show: no forged status line" "${NL}status:     fixed" 
expect_contains "report show: the message is escaped" 'message:    \x1b]0;pwned\x07\x1b[2J\nstatus:     fixed'
expect_contains "report show: the actor is escaped" 'A\x1b]0;t\x07'
run "$E" report list
no_control "report list: no raw ESC or BEL" "$OUT"
run "$E" report add "articles/vote.md" --rev "$R3" --quote "Tuesday, January 7,${NL}2026${ESC}[2J"
expect_rc "a quote with control characters is stored" 0
ID2=$OUT
run "$E" report list
no_control "report list: quotes escaped" "$OUT"
run "$E" report confirm "$ID2" --actor "C${ESC}[2J"
run "$E" report show "$ID2"
no_control "--actor escaped in show" "$OUT"
run "$E" report reject "$ID" --why "no${ESC}[2J${NL}::error file=README.md::x"
run "$E" report show "$ID"
no_control "reject --why escaped in show" "$OUT"
no_command "reject --why: no command" "$OUT"
run "$E" report show "nope${ESC}[2J"
no_control "unknown id: stderr escaped" "$ERR"

# JSON-LD stays inside its <script> element.
run "$E" report fixed "$ID2" --in "$R4"
run "$E" correct "$ID2" --wrong "a</script><script>alert(1)</script>" --right "b & c" \
	--notice "</script><script>alert(1)</script><!-- & -->"
expect_rc "correct with markup in the notice" 0
run "$E" corrections articles/vote.md --format jsonld
expect_rc "corrections jsonld" 0
expect_not_contains "jsonld: no '<'" "<"
expect_not_contains "jsonld: no '>'" ">"
expect_not_contains "jsonld: no '&'" "&"
expect_contains "jsonld: escaped as \\u003c" '\u003c/script\u003e\u003cscript\u003ealert(1)'
if printf '%s' "$OUT" | python3 -c '
import json, sys
def walk(v):
    if isinstance(v, dict): return any(walk(x) for x in v.values())
    if isinstance(v, list): return any(walk(x) for x in v)
    return v == "</script><script>alert(1)</script><!-- & -->"
sys.exit(0 if walk(json.load(sys.stdin)) else 1)'; then
	ok "jsonld: the notice reads back unchanged"
else not_ok "jsonld: the notice reads back unchanged" "$OUT"; fi
run "$E" corrections articles/vote.md
no_control "corrections text: no raw control bytes" "$OUT"

done_testing
