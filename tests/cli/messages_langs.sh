#!/bin/sh
# tests/cli/messages_langs.sh: messages in the article's language for the
# tables that gained "messages" (sv da nb cs pl ru uk ro gl ast eo br el sk ga hu fi tr):
# a wrong weekday and an impossible date are told wholly in the article's
# language, dates written as that language writes them (the genitive
# month in Polish, Russian, Ukrainian and Czech, "года"/"року" after the
# year, Asturian d'abril), and --messages en still gives English. Italian
# joins the article to a day that starts with a vowel sound: l'11, l'8.
. "$(dirname "$0")/lib.sh"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# lang|wrong weekday (March 5, 2026 is a Thursday)|impossible date|
# the weekday message|the impossible date's message
while IFS='|' read -r l wrong bad msg1 msg2; do
	printf '%s\n%s\n' "$wrong" "$bad" > "$tmp/$l.md"
	run "$ERRATA_BIN" check --lang "$l" "$tmp/$l.md"
	expect_rc "$l: findings are errors" 1
	expect_contains "$l: the weekday message" "$l.md:1:$msg1 [date.weekday]"
	expect_contains "$l: the impossible date's message" "$l.md:2:$msg2 [date.invalid]"
	run "$ERRATA_BIN" check --lang "$l" --messages en "$tmp/$l.md"
	expect_contains "$l: --messages en gives English" \
		"$l.md:1:${msg1%%:*}: error: March 5, 2026 is a Thursday, not a Friday [date.weekday]"
	expect_contains "$l: --messages en, the impossible date in English" \
		"error: April 31, 2026 does not exist: April has 30 days [date.invalid]"
done <<'CASES'
sv|Mötet hålls fredagen den 5 mars 2026.|Beslutet fattas den 31 april 2026.|13: error: 5 mars 2026 är en torsdag, inte en fredag|21: error: 31 april 2026 finns inte: april har 30 dagar
da|Mødet holdes fredag den 5. marts 2026.|Beslutningen træffes den 31. april 2026.|14: error: 5. marts 2026 er en torsdag, ikke en fredag|26: error: 31. april 2026 findes ikke: april har 30 dage
nb|Møtet holdes fredag 5. mars 2026.|Vedtaket fattes 31. april 2026.|14: error: 5. mars 2026 er en torsdag, ikke en fredag|17: error: 31. april 2026 finnes ikke: april har 30 dager
cs|Schůze se koná v pátek 5. března 2026.|Jednání je 31. dubna 2026.|18: error: 5. března 2026 je čtvrtek, ne pátek|12: error: 31. dubna 2026 neexistuje: poslední den dubna je 30.
pl|Posiedzenie odbędzie się w piątek 5 marca 2026 r.|Spotkanie zaplanowano na 31 kwietnia 2026 r.|28: error: 5 marca 2026 to czwartek, nie piątek|26: error: 31 kwietnia 2026 nie istnieje: ostatni dzień kwietnia to 30
ru|Заседание пройдёт в пятницу, 5 марта 2026 года.|Встреча назначена на 31 апреля 2026 года.|21: error: 5 марта 2026 года — четверг, а не пятница|22: error: 31 апреля 2026 года не существует: последнее число апреля — 30
uk|Засідання відбудеться у п'ятницю, 5 березня 2026 року.|Зустріч призначено на 31 квітня 2026 року.|25: error: 5 березня 2026 року — четвер, а не п'ятниця|23: error: 31 квітня 2026 року не існує: останнє число квітня — 30
ro|Ședința are loc vineri, 5 martie 2026.|Votul este programat pe 31 aprilie 2026.|17: error: 5 martie 2026 este joi, nu vineri|25: error: 31 aprilie 2026 nu există: aprilie are 30 de zile
gl|A xuntanza será o venres 5 de marzo de 2026.|A votación será o 31 de abril de 2026.|19: error: o 5 de marzo de 2026 é xoves, non venres|19: error: o 31 de abril de 2026 non existe: abril ten 30 días
ast|La xunta ye'l vienres 5 de marzu de 2026.|La votación ye'l 31 d'abril de 2026.|15: error: el 5 de marzu de 2026 ye xueves, non vienres|18: error: el 31 d'abril de 2026 nun esiste: abril tien 30 díes
eo|La kunveno okazos vendredon, la 5-an de marto 2026.|La voĉdono okazos la 31-an de aprilo 2026.|19: error: la 5-a de marto 2026 estas ĵaŭdo, ne vendredo|22: error: la 31-a de aprilo 2026 ne ekzistas: aprilo havas 30 tagojn
br|An emvod a vo d'ar Gwener 5 a viz Meurzh 2026.|Ar votadeg a vo d'an 31 a viz Ebrel 2026.|20: error: 5 a viz Meurzh 2026: Diriaou eo, n'eo ket Digwener|22: error: n'eus ket eus 31 a viz Ebrel 2026: 30 deiz a zo e miz Ebrel
el|Η συνεδρίαση γίνεται την Παρασκευή 5 Μαρτίου 2026.|Η ψηφοφορία είναι στις 31 Απριλίου 2026.|26: error: η 5 Μαρτίου 2026 είναι Πέμπτη, όχι Παρασκευή|24: error: η 31 Απριλίου 2026 δεν υπάρχει: η τελευταία ημέρα του Απριλίου είναι η 30η
sk|Schôdza sa uskutoční v piatok 5. marca 2026.|Hlasovanie je naplánované na 31. apríla 2026.|24: error: 5. marca 2026 je štvrtok, nie piatok|30: error: 31. apríla 2026 neexistuje: posledný deň apríla je 30.
ga|Beidh an cruinniú ar siúl Dé hAoine, 5 Márta 2026.|Beidh an vóta ar siúl ar an 31 Aibreán 2026.|30: error: 5 Márta 2026: Déardaoin atá ann, ní Dé hAoine|29: error: níl 31 Aibreán 2026 ann: níl ach 30 lá sa mhí sin
hu|Az ülést 2026. március 5-én, pénteken tartják.|A szavazás 2026. április 31-én lesz.|16: error: 2026. március 5. csütörtök, nem péntek|18: error: 2026. április 31. nem létezik: április 30 napos
fi|Kokous pidetään perjantaina 5. maaliskuuta 2026.|Äänestys järjestetään 31. huhtikuuta 2026.|17: error: 5. maaliskuuta 2026 on torstai, ei perjantai|23: error: 31. huhtikuuta 2026 ei ole olemassa: kuukauden viimeinen päivä on 30.
tr|Toplantı 5 Mart 2026 Cuma günü yapılacak.|Referandum 31 Nisan 2026 tarihinde yapılacak.|10: error: 5 Mart 2026 Perşembe günü, Cuma değil|12: error: 31 Nisan 2026 yok: Nisan ayı 30 gün çeker
CASES

# A suggestion writes the right weekday as the wrong one was written,
# beyond ASCII too: Greek capitals without their accent, an abbreviation
# of a name that starts with a capital (and Cyrillic capitals below);
# Irish writes a small h before a capital: "hAOINE" is in capitals,
# "hAoine" a name.
printf 'ΠΑΡΑΣΚΕΥΗ 14 ΜΑΡΤΙΟΥ 2026: ΑΠΕΡΓΙΑ\nΣαβ. 15 Μαρτίου 2026: συνέλευση\n' > "$tmp/el-style.md"
printf 'DÉ hAOINE 14 MÁRTA 2026\nDé hAoine, 14 Márta 2026\n' > "$tmp/ga-style.md"
run "$ERRATA_BIN" check --lang el "$tmp/el-style.md"
expect_contains "el: capitals without accents" "suggestion: ΣΑΒΒΑΤΟ 14 ΜΑΡΤΙΟΥ 2026"
expect_contains "el: the abbreviation of a capitalised name" "suggestion: Κυρ. 15 Μαρτίου 2026"
run "$ERRATA_BIN" check --lang ga "$tmp/ga-style.md"
expect_contains "ga: capitals after a small h" "suggestion: SATHAIRN 14 MÁRTA 2026"
expect_contains "ga: a name after a small h" "suggestion: Sathairn, 14 Márta 2026"
# An inflected weekday ("pénteken", "středu") is no abbreviation: the
# right one is written whole, not "csüt", "čt"; in the same inflection
# where the table knows that form ("perjantaina" gives "torstaina",
# Swedish "onsdagen" "lördagen").
printf 'A boltok 2026. március 5-én, pénteken zárva lesznek.\n' > "$tmp/hu-form.md"
printf 'Kokous pidetään perjantaina 5. maaliskuuta 2026.\nMötet hålls onsdagen den 14 mars 2026.\n' > "$tmp/fi-form.md"
run "$ERRATA_BIN" check --lang hu "$tmp/hu-form.md"
expect_contains "hu: an inflected weekday gets the whole name" "suggestion: március 5-én, csütörtök"
run "$ERRATA_BIN" check --lang fi "$tmp/fi-form.md"
expect_contains "fi: the same inflection" "suggestion: torstaina 5. maaliskuuta 2026"
run "$ERRATA_BIN" check --lang sv "$tmp/fi-form.md"
expect_contains "sv: the same inflection" "suggestion: lördagen den 14 mars 2026"
# February 29 in a common year, and a date without a year: "года" goes
# with the year it follows; a weekday in capitals gets its right one so.
printf 'Сессия откроется 29 февраля 2026 года.\nСобрание перенесли на 30 февраля.\nПЯТНИЦА, 14 МАРТА 2026 ГОДА\n' > "$tmp/ru-feb.md"
run "$ERRATA_BIN" check --lang ru "$tmp/ru-feb.md"
expect_contains "ru: Cyrillic capitals" "suggestion: СУББОТА, 14 МАРТА 2026"
expect_contains "ru: not a leap year" "error: 29 февраля 2026 года не существует: 2026 год не високосный [date.invalid]"
expect_contains "ru: a date without its year has no года" "error: 30 февраля не существует: последнее число февраля — не больше 29 [date.invalid]"

# Italian: l'11, l'8; il 18 stays as it is.
printf 'La riunione è giovedì 11 marzo 2026.\nIl vertice si apre lunedì 8 marzo 2026.\nIl voto è giovedì 18 marzo 2026.\n' > "$tmp/it.md"
run "$ERRATA_BIN" check --lang it "$tmp/it.md"
expect_contains "it: l'11" "it.md:1:15: error: l'11 marzo 2026 è mercoledì, non giovedì [date.weekday]"
expect_contains "it: l'8" "it.md:2:20: error: l'8 marzo 2026 è domenica, non lunedì [date.weekday]"
expect_contains "it: il 18" "it.md:3:11: error: il 18 marzo 2026 è mercoledì, non giovedì [date.weekday]"
expect_not_contains "it: no il before 8 or 11" "error: il 8"
expect_not_contains "it: no il before 11" "error: il 11"
run "$ERRATA_BIN" check --lang it --messages en "$tmp/it.md"
expect_contains "it: --messages en is untouched" "error: March 11, 2026 is a Wednesday, not a Thursday [date.weekday]"

# Catalan: l'11 de setembre, l'1 de gener; el 18 stays.
printf 'La Diada és el dijous 11 de setembre de 2026.\nEl ple és el dijous 1 de gener de 2027.\nLa fira és el dijous 18 de setembre de 2026.\n' > "$tmp/ca.md"
run "$ERRATA_BIN" check --lang ca "$tmp/ca.md"
expect_contains "ca: l'11" "ca.md:1:16: error: l'11 de setembre de 2026 és divendres, no dijous [date.weekday]"
expect_contains "ca: l'1" "ca.md:2:14: error: l'1 de gener de 2027 és divendres, no dijous [date.weekday]"
expect_contains "ca: el 18" "ca.md:3:15: error: el 18 de setembre de 2026 és divendres, no dijous [date.weekday]"

# The consistency checks in these languages (--messages on the English
# fixture article): a month without its day is named in the nominative
# (months_standalone), a birth month is given as its year, counts need
# no plural agreement.
F="$FIX/consistency"
run "$ERRATA_BIN" check --messages ru --facts "$F/facts.json" "$F/article.md"
expect_contains "ru: title, a month alone in the nominative" "warning: Ana Ortiz: Mayor (2019 – июнь 2025, справка), а не 5 января 2026 года [facts.title]"
expect_contains "ru: title, dates with года" "warning: Moon Jae-in: President (10 мая 2017 года – 9 мая 2022 года, справка), а не 5 января 2026 года [facts.title]"
expect_contains "ru: age" "warning: Ana Ortiz (род. в 1970 году, справка): возраст на 5 января 2026 года — 55, а не 58 [number.age]"
expect_contains "ru: anniversary" "warning: «90th anniversary» в 2026 году, но Harbour Museum: год основания — 1926, справка: это 100-летие [date.anniversary]"
expect_contains "ru: duration" "warning: «three-day festival» с 9 января: конец 11 января, но в статье — до 13 января (число дней: 5) [date.duration]"
expect_contains "ru: range" "error: конец периода (12 января) раньше его начала (20 января) [date.range]"
run "$ERRATA_BIN" check --messages pl --facts "$F/facts.json" "$F/article.md"
expect_contains "pl: title, a month alone in the nominative" "warning: Ana Ortiz: Mayor (2019 – czerwiec 2025, zestawienie faktów), nie 5 stycznia 2026 [facts.title]"
expect_contains "pl: relative" "error: „yesterday” w artykule z 5 stycznia 2026 (poniedziałek) to 4 stycznia (niedziela), nie poniedziałek [date.relative]"
run "$ERRATA_BIN" check --messages cs --facts "$F/facts.json" "$F/article.md"
expect_contains "cs: title, a month alone in the nominative" "warning: Ana Ortiz: Mayor (2019 – červen 2025, přehled faktů), ne 5. ledna 2026 [facts.title]"
expect_contains "cs: anniversary" "warning: „90th anniversary“ v roce 2026, ale Harbour Museum: založení v roce 1926, přehled faktů: to je 100. výročí [date.anniversary]"
run "$ERRATA_BIN" check --messages hu --facts "$F/facts.json" "$F/article.md"
expect_contains "hu: anniversary" "warning: „90th anniversary” (2026), de Harbour Museum alapításának éve 1926, adatlap: ez 100 év [date.anniversary]"
run "$ERRATA_BIN" check --messages tr --facts "$F/facts.json" "$F/article.md"
expect_contains "tr: anniversary" "warning: “90th anniversary” 2026 yılında, ancak Harbour Museum 1926 yılında kuruldu, bilgi notu: aradan 100 yıl geçmiş [date.anniversary]"
# lang|an anniversary whose event has no name|its message
while IFS='|' read -r l text msg; do
	printf '%s\n' "$text" > "$tmp/$l-a.md"
	run "$ERRATA_BIN" check --lang "$l" --date 2026-06-10 "$tmp/$l-a.md"
	expect_contains "$l: anniversary, an event without a name" "warning: $msg [date.anniversary]"
done <<'CASES'
hu|Az 1926-ban alapított könyvtár idén ünnepli fennállásának 90. évfordulóját.|„90. évfordulóját” (2026), de az esemény éve 1926: ez 100 év
tr|1950 yılında açılan sinema, bu yıl açılışının 70. yılını kutluyor.|“70. yılını” 2026 yılında, ancak olay 1950 yılına ait: aradan 76 yıl geçmiş
CASES
run "$ERRATA_BIN" check --messages sv --facts "$F/facts.json" "$F/article.md"
expect_contains "sv: age" "warning: Ana Ortiz (född mars 1970, faktablad) är 55 år den 5 januari 2026, inte 58 [number.age]"
run "$ERRATA_BIN" check --messages it --facts "$F/facts.json" "$F/article.md"
expect_contains "it: duration, l'11" "warning: «three-day festival» dal 9 gennaio finirebbe l'11 gennaio, ma l'articolo indica come fine il 13 gennaio (5 giorni) [date.duration]"

# A contraction table that is not an object is an error naming the key.
mkdir "$tmp/data" "$tmp/data/locales"
sed 's/"message_contractions": {/"message_contractions": ["x"], "old_contractions": {/' \
	"$ERRATA_ROOT/rules/locales/it.json" > "$tmp/data/locales/it.json"
run sh -c "printf 'x\\n' | ERRATA_DATA_DIR=\"$tmp/data\" \"\$0\" check --lang it -" "$ERRATA_BIN"
expect_rc "a bad message_contractions: usage error" 2
expect_contains "a bad message_contractions: says which key" "'message_contractions' must be an object" stderr
sed 's/"months_standalone": \[/"months_standalone": ["x"], "old_months": [/' \
	"$ERRATA_ROOT/rules/locales/pl.json" > "$tmp/data/locales/pl.json"
run sh -c "printf 'x\\n' | ERRATA_DATA_DIR=\"$tmp/data\" \"\$0\" check --lang pl -" "$ERRATA_BIN"
expect_rc "a short months_standalone: usage error" 2
expect_contains "a short months_standalone: says which key" "pl.json: 'months_standalone' must be 12 names" stderr

done_testing
