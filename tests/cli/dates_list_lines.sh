#!/bin/sh
# tests/cli/dates_list_lines.sh: a dash that opens a line is a list
# marker, not a range mark. In a plain-text agenda whose lines end in a
# time or a room number ("20 h 30", "salle 30") the number before the line
# break and the next line's "- Samedi 6 mars" are no range from the 30th
# to the 6th. A dash inside a line still joins a range.
. "$(dirname "$0")/lib.sh"

# check LANG DATE TEXT: runs errata on TEXT, a plain-text article dated DATE
check() {
	_d=$(mktemp -d)
	printf '%s\n' "$3" >"$_d/a.txt"
	run "$ERRATA_BIN" check --lang "$1" --date "$2" --format json "$_d/a.txt"
	rm -rf "$_d"
}

check fr 2027-02-10 '- Mardi 2 mars : Lecture, 16 h
- Jeudi 4 mars : Bal, 21 h 45
- Samedi 6 mars : Brocante, 8 h'
expect_contains "fr: an hour's minutes before the next item" '"findings":[]'
check fr 2027-02-10 '- Jeudi 4 mars : Bal, salle 12
– Samedi 6 mars : Brocante'
expect_contains "fr: a room number before an en dash item" '"findings":[]'
check es 2027-02-10 '- Jueves 4 de marzo: baile, sala 28
- Sábado 6 de marzo: mercadillo'
expect_contains "es: a room number before the next item" '"findings":[]'
check en 2027-02-10 '- Thursday 4 March: dance, hall 28
- Saturday 6 March: fair'
expect_contains "en: a hall number before the next item" '"findings":[]'
check de 2027-02-10 '- Do., 4. März: Tanz, Saal 28
- Sa., 6. März: Flohmarkt'
expect_contains "de: a room number before the next item" '"findings":[]'
check fr 2027-02-10 'Le festival aura lieu du 28 - 6 mars.'
expect_contains "fr: a dash inside a line still joins a range" '"rule":"date.range"'

done_testing
