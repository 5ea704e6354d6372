#!/bin/sh
# errata check --format sarif: the log validates against the SARIF 2.1.0
# schema (tests/sarif_validate.py), and carries rules, levels, regions
# and fingerprints.
. "$(dirname "$0")/lib.sh"
F=$FIX/check
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$F" || exit 1

validate() {	# validate NAME FILE
	/usr/bin/python3 "$ERRATA_ROOT/tests/sarif_validate.py" "$2" >"$tmp/v.out" 2>&1
	case $? in
	0) ok "$1" ;;
	77) ok "# SKIP schema not found ($1)" ;;
	*) not_ok "$1" "$(head -20 "$tmp/v.out")" ;;
	esac
}

run "$ERRATA_BIN" check --format sarif weekdays.md page.html invalid.txt clean.md
expect_rc "sarif: errors exit 1" 1
printf '%s\n' "$OUT" >"$tmp/a.sarif"
validate "sarif log validates against the schema" "$tmp/a.sarif"
expect_contains "sarif: version" '"version":"2.1.0"'
expect_contains "sarif: column kind" '"columnKind":"unicodeCodePoints"'
expect_contains "sarif: tool name" '"name":"errata"'
expect_contains "sarif: weekday rule described" '{"id":"date.weekday","shortDescription":{"text":'
expect_contains "sarif: a result names its rule" '"ruleId":"date.weekday"'
expect_contains "sarif: error level" '"level":"error"'
expect_contains "sarif: uri is relative" '"artifactLocation":{"uri":"weekdays.md"}'
expect_contains "sarif: fingerprint" '"partialFingerprints":{"errata/v1":"'
expect_contains "sarif: run succeeded" '"executionSuccessful":true'
expect_not_contains "sarif: no charOffset" '"charOffset"'

# The same region as the text output.
line=$(printf '%s\n' "$OUT" | grep -m1 '"ruleId":"date.weekday"')
first=$("$ERRATA_BIN" check weekdays.md 2>/dev/null | head -1 | cut -d: -f2,3)
l=${first%%:*}; c=${first#*:}
case $line in
*"\"startLine\":$l,\"startColumn\":$c,"*) ok "sarif region matches the text output ($l:$c)" ;;
*) not_ok "sarif region matches the text output ($l:$c)" "$line" ;;
esac

# A failed input: still a valid log, marked as not successful, exit 2.
run "$ERRATA_BIN" check --format sarif missing.md weekdays.md
expect_rc "sarif with a missing file: exit 2" 2
printf '%s\n' "$OUT" >"$tmp/b.sarif"
validate "sarif log with a failure validates" "$tmp/b.sarif"
expect_contains "sarif: failure notified" '"executionSuccessful":false,"toolExecutionNotifications":[{"level":"error","message":{"text":"missing.md'

# Nothing found: an empty result list, still valid.
run "$ERRATA_BIN" check --format sarif clean.md
expect_rc "sarif clean: exit 0" 0
printf '%s\n' "$OUT" >"$tmp/c.sarif"
validate "empty sarif log validates" "$tmp/c.sarif"
expect_contains "sarif clean: no results" '"results":[]'

# Paths that need percent-encoding.
mkdir -p "$tmp/my news"
printf 'Talks begin on Tuesday, January 7, 2026.\n' >"$tmp/my news/a#1.md"
cd "$tmp" || exit 1
run "$ERRATA_BIN" check --format sarif "my news"
expect_contains "sarif: uri percent-encoded" '"uri":"my%20news/a%231.md"'
printf '%s\n' "$OUT" >"$tmp/d.sarif"
validate "sarif log with encoded uris validates" "$tmp/d.sarif"

# The validator itself rejects a broken log.
sed 's/"level":"error"/"level":"fatal"/' "$tmp/d.sarif" >"$tmp/e.sarif"
/usr/bin/python3 "$ERRATA_ROOT/tests/sarif_validate.py" "$tmp/e.sarif" >/dev/null 2>&1
case $? in
1) ok "the validator rejects an invalid level" ;;
77) ok "# SKIP schema not found (validator self-test)" ;;
*) not_ok "the validator rejects an invalid level" ;;
esac

done_testing
