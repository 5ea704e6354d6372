#!/bin/sh
# dates_street_names.sh: a date that names a street or a square, a word of
# the table's name_nouns right after it ("November 31st Street") or right
# before it, name particles or an article between ("calle 31 de febrero",
# "rue du 31 février", "Straße des 31. Februar"), is not a day, and
# date.invalid leaves it alone; the same impossible dates elsewhere in
# the sentence are still flagged.
. "$(dirname "$0")/lib.sh"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

# lang|flag (1: a finding wanted, 0: none)|sentence
cat >"$T/cases" <<'CASES'
en|0|November 31st Street was renamed in 1998.
en|0|The shop on November 31st Street closed.
en|0|Crowds filled February 30 Square on Sunday.
en|1|The deadline is November 31.
en|1|On November 31st, the street closed.
en|1|The shop on November 31st Street closes on April 31.
es|0|La calle 31 de febrero fue renombrada.
es|0|Vive en la avenida 30 de febrero.
es|1|La tienda de la calle 31 de febrero cerró el 30 de febrero.
es|1|La tienda cerró el 31 de abril.
fr|0|Il habite rue du 31 février.
fr|0|La place du 30 février est fermée.
fr|1|Il habite au 31 février.
de|0|Die Straße des 31. Februar wird gesperrt.
de|1|Die Straße wird am 31. Februar gesperrt.
it|0|Abita in via 31 febbraio.
it|1|Il negozio chiude il 31 aprile.
pt|0|Mora na rua 31 de fevereiro.
pl|0|Mieszka przy ul. 31 lutego.
pl|1|Sklep zamknięto 31 lutego.
CASES

expect_flags "$T/cases" date.invalid
done_testing
