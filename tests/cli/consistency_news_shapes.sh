#!/bin/sh
# consistency_news_shapes.sh: the consistency checks on sentences shaped
# as news writes them rather than as their own fixtures: an obituary's
# age at the death ("Kline, 83, died on Tuesday", the birthday that the
# article's date has passed came after the death), an anniversary in
# another year than the article's ("Last year, on the 75th anniversary
# of the 1950 armistice"), a holiday's year-less date that the article
# may mean a year before or after its own date ("Thanksgiving, Nov. 26"
# in March), a title in a speaker's quoted words ("Governor Herrera
# never listened to us," said a farmer), an event's end told in the past
# tense ("opened on July 10 and closed on July 13", "begann … endete"),
# a count of years that is rounded ("more than 20 years since the 2004
# tsunami"), "the day before yesterday", and Mother's Day as kept in
# Britain and Ireland, a title after a day word that opens the sentence
# ("Yesterday Governor Herrera"), an age after a clause that gives the
# birthplace ("Okonkwo, who was born in Lagos in 1958, is 70"), an age
# reached in a month ("who turned 48 in November", "que cumplió 44 años
# en enero"), the anniversary of the sentence's subject ("Riverside
# Hospital celebrates its 90th anniversary", founded 1926), an age
# beside a birth in a relative clause or set off by commas ("Garcia,
# 59, who was born in Madrid in 1964", "Garcia (59), born in 1964",
# "The 47-year-old minister, born on March 10, 1980"), the anniversary
# of the act that made the subject ("The treaty, signed in 1951, marks
# its 75th anniversary"). Each
# quiet case has a wrong
# twin that is still flagged.
. "$(dirname "$0")/lib.sh"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

# lang|rule wanted (- for none)|sentence; the article is dated Thursday, March 5, 2026
cat >"$T/cases" <<'CASES'
en|-|Robert Kline was born on March 4, 1942, in Toledo. Kline, 83, died on Tuesday at his home.
en|number.age|Robert Kline was born on March 4, 1942, in Toledo. Kline, 81, died on Tuesday at his home.
en|number.age|Robert Kline was born on March 4, 1942, in Toledo. Kline, 83, still runs the shop.
fr|-|Robert Lemaire, né le 4 mars 1942, est mort mardi. Lemaire, 83 ans, avait fondé le journal.
fr|number.age|Robert Lemaire, né le 4 mars 1942, est mort mardi. Lemaire, 80 ans, avait fondé le journal.
de|-|Robert Lenz, geboren am 4. März 1942, ist am Dienstag gestorben. Lenz, 83, hatte die Zeitung gegründet.
de|number.age|Robert Lenz, geboren am 4. März 1942, ist am Dienstag gestorben. Lenz, 85, hatte die Zeitung gegründet.
en|-|Last year, on the 75th anniversary of the 1950 armistice, the two leaders met at the border.
en|-|Next year will mark the 50th anniversary of the 1977 blackout.
en|date.anniversary|This year marks the 30th anniversary of the 1986 disaster, which forced 350,000 people from their homes.
fr|-|L'an dernier, pour le 75e anniversaire de l'armistice de 1950, les deux dirigeants se sont rencontrés.
fr|date.anniversary|Des milliers de personnes ont marqué le 20e anniversaire du séisme de 2001.
es|-|El año pasado, en el 75.º aniversario del armisticio de 1950, los dos líderes se reunieron.
de|-|Im vergangenen Jahr, zum 75. Jahrestag des Waffenstillstands von 1950, trafen sich beide.
it|-|L'anno scorso, per il 75º anniversario dell'armistizio del 1950, i due leader si sono incontrati.
en|-|Flights are expected to be full on Thanksgiving, Nov. 26, and the Sunday after.
en|date.holiday|Flights are expected to be full on Thanksgiving, Nov. 24, and the Sunday after.
en|date.holiday|The shops will be closed on Easter Monday, April 7, but open on the Saturday before.
en|-|"Governor Herrera never listened to us," said a farmer, recalling his term.
en|-|“Governor Herrera never listened to us,” said a farmer, recalling his term.
en|facts.title|“He never listened to us,” said a farmer of Governor Herrera.
fr|-|« La maire Claire Dubois ne nous écoutait pas », se souvient un agriculteur.
fr|facts.title|« Elle ne nous écoutait pas », dit un agriculteur de la maire Claire Dubois.
de|-|„Bürgermeisterin Ingrid Vogel hat nie zugehört“, sagt ein Landwirt.
de|facts.title|„Sie hat nie zugehört“, sagt ein Landwirt über Bürgermeisterin Ingrid Vogel.
en|date.duration|The three-day festival opened on July 10 and closed on July 13.
en|-|The three-day festival opened on July 10 and closed on July 12.
fr|date.duration|Le festival de trois jours s'est ouvert le 10 juillet et s'est achevé le 13 juillet.
fr|-|Le festival de trois jours s'est ouvert le 10 juillet et s'est achevé le 12 juillet.
es|date.duration|El festival de tres días comenzó el 10 de julio y terminó el 13 de julio.
es|-|El festival de tres días comenzó el 10 de julio y terminó el 12 de julio.
de|date.duration|Das dreitägige Festival begann am 10. Juli und endete am 13. Juli.
de|-|Das dreitägige Festival begann am 10. Juli und endete am 12. Juli.
it|date.duration|Il festival di tre giorni è iniziato il 10 luglio e si è concluso il 13 luglio.
it|-|Il festival di tre giorni è iniziato il 10 luglio e si è concluso il 12 luglio.
nl|date.duration|Het driedaagse festival begon op 10 juli en eindigde op 13 juli.
nl|-|Het driedaagse festival begon op 10 juli en eindigde op 12 juli.
pt|date.duration|O festival de três dias começou a 10 de julho e terminou a 13 de julho.
pt|-|O festival de três dias começou a 10 de julho e terminou a 12 de julho.
en|-|It has been more than 20 years since the 2004 tsunami, but the town has not forgotten.
en|-|It is almost 25 years since the 2002 flood, and the levee has never been raised.
en|date.anniversary|It has been 20 years since the 2004 tsunami, but the town has not forgotten.
en|-|The day before yesterday (Tuesday), the board met in private.
en|date.relative|The day before yesterday (Monday), the board met in private.
en|-|In Britain, Mother's Day, March 15, is the busiest day of the year for florists.
en|date.holiday|In Britain, Mothering Sunday, March 22, is the busiest day of the year for florists.
en|date.holiday|Mother's Day, May 17, is the busiest day of the year for florists.
en|facts.title|Yesterday Governor Herrera told reporters he would back the bill.
en|facts.title|Today Governor Tomás Herrera opens the fair.
en|-|Lieutenant Governor Herrera told reporters he would back the bill.
en|number.age|Okonkwo, who was born in Lagos in 1958, is 70.
en|-|Okonkwo, who was born in Lagos in 1958, is 67.
en|number.age|Okonkwo, who was born in New York in 1958, is 70.
en|-|Okonkwo, who met Herrera in 1958, is 70.
fr|number.age|Marie Lenoir, qui est née à Lyon en 1962, a 70 ans.
fr|-|Marie Lenoir, qui est née à Lyon en 1962, a 63 ans.
es|number.age|Marta Ruiz, que nació en Sevilla en 1962, tiene 70 años.
it|number.age|Marta Rossi, che è nata a Torino nel 1962, ha 70 anni.
en|number.age|Herrera, who turned 48 in November, says he feels young.
en|-|Herrera, who turned 50 in November, says he feels young.
es|number.age|Lucía Romero, que cumplió 44 años en enero, no piensa retirarse.
es|-|Lucía Romero, que cumplió 46 años en enero, no piensa retirarse.
it|number.age|Giulia Ferri, che ha compiuto 60 anni a luglio, non pensa di ritirarsi.
it|-|Giulia Ferri, che ha compiuto 66 anni a luglio, non pensa di ritirarsi.
en|date.anniversary|Riverside Hospital celebrates its 90th anniversary with an open day on May 2.
en|-|Riverside Hospital celebrates its 100th anniversary with an open day on May 2.
en|-|Riverside Hospital, which Herrera ran, celebrates its 90th anniversary.
en|-|Herrera celebrates its 90th anniversary.
en|number.age|Garcia, 59, who was born in 1964, chairs the board.
en|-|Garcia, 61, who was born in 1964, chairs the board.
en|number.age|Garcia, 59, who was born in Madrid in 1964, chairs the board.
en|-|Garcia, 62, who was born in Madrid in 1964, chairs the board.
en|number.age|Garcia, 59, who was born in May 1964, chairs the board.
en|-|Garcia, 61, who was born in May 1964, chairs the board.
en|number.age|Garcia (59), born in 1964, chairs the board.
en|-|Garcia (61), born in 1964, chairs the board.
en|number.age|The 47-year-old minister, born on March 10, 1980, is the youngest member.
en|-|The 45-year-old minister, born on March 10, 1980, is the youngest member.
en|-|The 47-year-old minister's daughter, born in 2001, spoke.
fr|number.age|Paul Garnier, 59 ans, qui est né en 1964, préside le conseil.
fr|-|Paul Garnier, 62 ans, qui est né en 1964, préside le conseil.
es|number.age|Pablo Gil, de 59 años, que nació en 1964, preside el consejo.
es|-|Pablo Gil, de 61 años, que nació en 1964, preside el consejo.
en|date.anniversary|The treaty, signed in 1951, marks its 70th anniversary this year.
en|-|The treaty, signed in 1951, marks its 75th anniversary this year.
en|date.anniversary|The album was released in 1986 and celebrates its 30th anniversary.
en|-|The album was released in 1986 and celebrates its 40th anniversary.
en|-|The club, which signed Smith in 2016, marks its 100th anniversary.
fr|date.anniversary|Le pont, inauguré en 1926, fête son 90e anniversaire.
fr|-|Le pont, inauguré en 1926, fête son centenaire.
de|date.anniversary|Der Vertrag, 1951 unterzeichnet, feiert sein 70. Jubiläum.
de|-|Der Vertrag, 1951 unterzeichnet, feiert sein 75. Jubiläum.
CASES
cat >"$T/facts.json" <<'FACTS'
{"version": 1, "entities": [
 {"name": "Tomás Herrera", "aliases": ["Herrera"], "born": "1975-11-02",
  "titles": [{"title": "Governor", "from": "2019-01-01", "to": "2023-12-31"}]},
 {"name": "Lucía Romero", "born": "1980-01-30"},
 {"name": "Riverside Hospital", "founded": "1926"},
 {"name": "Giulia Ferri", "born": "1959-07-07"},
 {"name": "Claire Dubois", "born": "1962-09-09",
  "titles": [{"title": "maire", "from": "2014-03-30", "to": "2020-07-03"}]},
 {"name": "Ingrid Vogel", "born": "1968-04-20",
  "titles": [{"title": "Bürgermeisterin", "from": "2014-05-01", "to": "2022-04-30"}]}
]}
FACTS

i=0
files=""
while IFS='|' read -r lang rule text; do
	i=$((i + 1))
	f=$(printf 'c%02d-%s.md' "$i" "$lang")
	printf -- '---\ndate: 2026-03-05\nlang: %s\n---\n\n%s\n' "$lang" "$text" >"$T/$f"
	files="$files $f"
done <"$T/cases"
(cd "$T" && "$ERRATA_BIN" check --facts facts.json --format text $files >"$T/out" 2>"$T/err")
i=0
while IFS='|' read -r lang rule text; do
	i=$((i + 1))
	f=$(printf 'c%02d-%s.md' "$i" "$lang")
	got=$(grep "^$f:" "$T/out" | grep -o '\[[a-z.]*\]$' | tr -d '[]' | sort -u | tr '\n' ' ' | sed 's/ $//')
	[ -z "$got" ] && got=-
	if [ "$got" = "$rule" ]; then ok "$f: $rule"; else
		not_ok "$f: wanted $rule, got $got" "$text
$(grep "^$f:" "$T/out")"; fi
done <"$T/cases"
done_testing
