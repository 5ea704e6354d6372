#!/bin/sh
# tests/cli/detect_words.sh: --lang auto on short news sentences whose
# only signs were words that other tables share: a German "Uhr" or "am"
# (and "Februar", which Danish and Norwegian write the same), a Polish
# "się" and "to" (English has "to" too), a Portuguese "nesta" and "que"
# (Galician has "o" and "que"). Each table's "detect" words carry the
# language's frequent short words, so the article's own language wins.
. "$(dirname "$0")/lib.sh"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# lang_of WANT TEXT: the language --lang auto picks for TEXT must be WANT
lang_of() {
	printf '%s\n' "$2" >"$tmp/a.md"
	run "$ERRATA_BIN" check --lang auto --format json "$tmp/a.md"
	expect_contains "$1: $2" "\"lang\":\"$1\""
}

lang_of de 'Sprechstunde: Fr., 17.07., 9.30 Uhr, Rathaus.'
lang_of de 'Wer am 12. Februar Geburtstag hat, bekommt ein Geschenk.'
lang_of pt 'O governador disse nesta terça-feira (14) que vai recorrer.'
lang_of pl 'Stało się to 11.07.2026.'
lang_of en 'The council said it would vote on the plan on Tuesday, July 14.'
lang_of es 'El ayuntamiento votará el plan el martes 14 de julio, según fuentes municipales.'
lang_of gl 'O concello aprobou onte unha ordenanza que non entra en vigor ata xullo.'

# The language decides the dates: a wrong German weekday is found.
printf 'Sprechstunde: Sa., 17.07.2026, 9.30 Uhr, Rathaus.\n' >"$tmp/b.md"
run "$ERRATA_BIN" check --lang auto --format json "$tmp/b.md"
expect_contains "de: a wrong weekday in a German notice" '"rule":"date.weekday"'

done_testing
