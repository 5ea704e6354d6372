#!/bin/sh
# Date words are compared in Unicode NFC: an article whose accents are
# decomposed (NFD, as some systems paste text) is checked like the same
# article in NFC, and every finding still points at the original bytes.
. "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1

# "31 fe\u0301vrier 2026": 'e' then U+0301 COMBINING ACUTE ACCENT
printf -- '---\nlang: fr\n---\nLe 31 fe\314\201vrier 2026, la ville a vote\314\201.\n' >nfd.md
printf -- '---\nlang: fr\n---\nLe 31 f\303\251vrier 2026, la ville a vot\303\251.\n' >nfc.md
run "$ERRATA_BIN" check --format json nfd.md
expect_rc "an impossible date written in NFD is an error" 1
expect_contains "its span is the original bytes (offset, length, columns)" \
	'"line":4,"column":4,"end_line":4,"end_column":20,"offset":20,"length":17,"text":"31 fe'"$(printf '\314\201')"'vrier 2026"'
run "$ERRATA_BIN" check --format json nfc.md
expect_contains "the same date in NFC: the same finding, NFC bytes" \
	'"line":4,"column":4,"end_line":4,"end_column":19,"offset":20,"length":16,"text":"31 f'"$(printf '\303\251')"'vrier 2026"'

# A weekday: the suggestion replaces the span and keeps its bytes.
printf -- '---\nlang: fr\ndate: 2026-01-10\n---\nMardi 7 fe\314\201vrier 2026.\n' >wd.md
run "$ERRATA_BIN" check --format json wd.md
expect_contains "a weekday mismatch in NFD is found, suggestions in the original bytes" \
	'"text":"Mardi 7 fe'"$(printf '\314\201')"'vrier 2026","suggestions":["samedi 7 fe'"$(printf '\314\201')"'vrier 2026"'

# HTML: a reference inside a word does not split it.
printf '<html lang="fr"><body><p>Le 31&nbsp;f&eacute;vrier 2026 et le 30 f&#233;vrier 2026.</p></body></html>\n' >ent.html
run "$ERRATA_BIN" check ent.html
expect_contains "an accent written as a reference inside a month name" \
	'ent.html:1:29: error: le 31 février 2026 n'\''existe pas'
expect_contains "the same, as a numeric reference" \
	'ent.html:1:63: error: le 30 février 2026 n'\''existe pas'
# Soft hyphens (hints where a word may break) do not split a date's words.
printf -- '---\ndate: 2026-01-10\n---\nOn Tues&shy;day, Feb\302\255ruary 31, 2026.\n' >shy.md
run "$ERRATA_BIN" check shy.md
expect_contains "a soft hyphen inside a month name" 'shy.md:4:18: error: February 31, 2026 does not exist'
done_testing
