#!/bin/sh
# tests/cli/duration_named.sh: date.duration on a length that names, after
# them, the event whose dates a clause gives: "The walkout, which began on
# March 3 and ended on March 5, was called «a two-week stoppage»", "…
# varte fra 3. til 5. mars. Forbundet omtaler det som en ti dager lang
# aksjon". The dates are one event's whole span (a verb of lasting or of
# being held before or after them, a start and an end, commas around
# them); the length follows in the same sentence or the next, with no
# other length between and no date after it, right after a word of the
# table's naming_words or a copula whose subject the event still is, or
# opening a quotation with such a word before or after it; in the next
# sentence a pronoun names the event too. A length with a referent and a
# noun of the kind of event the dates' sentence names (event_kinds: "the
# two-week stoppage" after "the walkout"), the subject of a verb, names
# it too; so does one that a verb of being held joins to the range before
# it ("3-5 Mart tarihleri arasındaki yedi günlük program"), past a word
# of span_links or another such verb ("14-17 Mayıs tarihlerinde
# düzenlenecek üç günlük kitap fuarı"). A length with
# no noun after a verb of lasting between a start and an end in one
# sentence ("opens on Monday, June 1, and runs for eight weeks, closing on
# Friday, June 19"), or before them after a colon ("vão durar 12 dias:
# começam a 5 de maio e terminam a 8 de maio"), is judged against them.
# Left alone: a right count (days inclusive, nights as nights), a length of
# something else ("followed two weeks of talks", "after a three-week
# strike", "a two-week notice", "tickets for the three-day festival"), a
# length with no noun ("two weeks ago"), another subject ("the result
# was a two-week backlog"), a next sentence without a pronoun, and dates
# two sentences back.
. "$(dirname "$0")/lib.sh"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

# lang|flag (1: a finding wanted, 0: none)|sentence (articles dated 2026-04-20)
cat >"$T/cases" <<'CASES'
en|1|The walkout, which began on March 3 and ended on March 5, was called "a two-week stoppage" by the union.
en|1|The fair, which ran from July 10 to July 12, was billed as a week-long celebration of the harvest.
en|1|The sit-in ran from May 4 to May 6. Organisers called it "a ten-day protest".
en|1|The strike, which lasted from May 4 to May 6, was a two-week protest over pay.
en|1|The cruise, which ran from June 1 to June 8, was billed as a ten-night voyage.
ru|1|Стачка водителей длилась с 3 по 5 марта — по словам профсоюза, это была «двухнедельная акция».
uk|1|Протест, що тривав з 3 по 5 березня, організатори назвали «десятиденною акцією».
pl|1|Protest kierowców, trwający od 3 do 5 marca, był — według związku — dziesięciodniową akcją.
sv|1|Blockaden, som varade från den 3 till den 5 mars, beskrivs av förbundet som en tre veckor lång kamp.
nb|1|Aksjonen varte fra 3. til 5. mars. Forbundet omtaler det som en ti dager lang aksjon.
ca|1|La vaga, que va durar del 3 al 5 de març, ha estat qualificada com «tres setmanes de lluita».
ja|1|ストライキは3月3日から5日まで続き、組合はこれを「10日間の闘い」と呼んだ。
ko|1|파업은 3월 3일부터 5일까지 이어졌다. 노조는 이를 “10일간의 투쟁”이라고 불렀다.
tr|1|Liman işçilerinin 3-5 Mart tarihleri arasındaki grevi, sendika tarafından "on günlük direniş" olarak nitelendirildi.
hu|1|A sztrájk március 3-tól 5-ig tartott; a szakszervezet szerint „kéthetes küzdelem” volt.
it|1|La rassegna andrà in scena dal 3 al 5 marzo: sette serate al Teatro Verdi.
sv|1|Strejken, som varade från den 3 till den 5 mars, beskrivs av facket som en månadslång kamp.
nb|1|Aksjonen varte fra 3. til 5. mars. Forbundet omtaler det som en månedslang kamp.
ro|1|Greva, care a avut loc în perioada 3–5 martie, a fost descrisă de sindicat drept „o lună de proteste”.
zh|1|罢工从3月3日持续到3月5日，工会称这是一场“长达一个月的抗争”。
fi|1|Lakko kesti 3.–5. maaliskuuta. Liitto kuvasi sitä ”viikon mittaiseksi kamppailuksi”.
el|1|Η απεργία, από 3 έως 5 Μαρτίου, χαρακτηρίστηκε από το σωματείο «δεκαπενθήμερος αγώνας».
it|0|La rassegna andrà in scena dal 3 al 9 marzo: sette serate al Teatro Verdi.
sv|0|Strejken, som varade från den 3 till den 9 mars, beskrivs av facket som en veckolång kamp.
zh|0|罢工从3月3日持续到4月1日，工会称这是一场“长达一个月的抗争”。
fi|0|Lakko kesti 3.–9. maaliskuuta. Liitto kuvasi sitä ”viikon mittaiseksi kamppailuksi”.
el|0|Η απεργία, από 3 έως 16 Μαρτίου, χαρακτηρίστηκε από το σωματείο «δεκαπενθήμερος αγώνας».
tr|1|Festivalin 3-5 Mart tarihleri arasındaki yedi günlük programı açıklandı.
en|1|The walkout at the depot ran from May 4 to May 6. Managers said the two-week stoppage had cost millions.
tr|0|Festivalin 3-9 Mart tarihleri arasındaki yedi günlük programı açıklandı.
tr|1|14-17 Mayıs tarihlerinde düzenlenecek üç günlük kitap fuarına 200 yayınevi katılacak.
tr|0|14-17 Mayıs tarihlerinde düzenlenecek dört günlük kitap fuarına 200 yayınevi katılacak.
tr|1|14-17 Mayıs tarihleri arasında yapılacak üç günlük kitap fuarına 200 yayınevi katılacak.
tr|0|14-17 Mayıs tarihleri arasında yapılacak dört günlük kitap fuarına 200 yayınevi katılacak.
tr|0|14-17 Mayıs tarihlerinde düzenlenecek fuarda üç günlük bir çocuk programı da yer alacak.
en|0|The walkout ran from May 4 to May 6. Managers said the three-day stoppage had cost millions.
en|0|The strike ran from May 4 to May 6, following the two-week stoppage.
en|0|The strike ran from May 4 to May 6. Managers recalled the two-week stoppage of 2019.
en|0|The strike ran from May 4 to May 6. It was shorter than the two-week stoppage last year.
en|0|The strike ran from May 4 to May 6. Managers said the two-week strike had cost more.
en|0|The strike ran from May 4 to May 6. Managers said the two-week festival had drawn crowds.
en|1|The public survey opens on Monday, June 1, and runs for eight weeks, closing on Friday, June 19.
pt|1|As obras vão durar 12 dias: começam a 5 de maio e terminam a 8 de maio.
fi|1|Korjaukset kestävät 8 päivää: ne alkavat 5. toukokuuta ja päättyvät 7. toukokuuta.
da|1|Turen varer 9 nætter: afrejse den 5. maj og hjemkomst den 8. maj.
en|0|The public survey opens on Monday, June 1, and runs for three weeks, closing on Friday, June 19.
en|0|The show opens on June 1 and runs for two weeks, with a gala on June 30.
en|0|The show opens on June 1 and runs for two weeks; the next one closes on June 30.
en|0|The exhibition opens on June 1 and runs for six weeks, with the shop closing on June 19.
en|0|The talks lasted two days: they began on May 5, and a deal followed on May 30.
pt|0|As obras vão durar 4 dias: começam a 5 de maio e terminam a 8 de maio.
fi|0|Korjaukset kestävät 3 päivää: ne alkavat 5. toukokuuta ja päättyvät 7. toukokuuta.
da|0|Turen varer 3 nætter: afrejse den 5. maj og hjemkomst den 8. maj.
de|1|Der Streik, der vom 4. bis 6. Mai dauerte, wurde als zweiwöchiger Arbeitskampf bezeichnet.
es|1|La huelga, que duró del 4 al 6 de mayo, fue calificada como «dos semanas de lucha».
fr|1|La grève, qui a duré du 4 au 6 mai, a été qualifiée de « mouvement de deux semaines » par les syndicats.
nl|1|De staking, die duurde van 4 tot en met 6 mei, werd door de bond omschreven als een actie van twee weken.
en|0|The strike ran from May 4 to May 6, and the union called "a two-week stoppage" for June.
en|0|The strike, which ran from May 4 to May 6, was described as "the first of two weeks of action".
en|0|The strike ran from May 4 to May 6. Unions called it a prelude to "a two-week stoppage".
de|0|Der Streik dauerte vom 4. bis 6. Mai, danach folgte als zweiwöchiger Urlaub die Sommerpause.
es|1|La huelga duró del 4 al 6 de mayo. La patronal dijo que el paro de dos semanas fue caro.
pt|1|A greve durou de 4 a 6 de maio. A empresa disse que a paralisação de duas semanas foi cara.
de|1|Der Streik dauerte vom 4. bis 6. Mai. Die Firma sagte, der zweiwöchige Ausstand habe Millionen gekostet.
en|1|The strike ran from May 4 to May 6. Managers said that the two-week stoppage had cost millions.
es|0|La huelga duró del 4 al 6 de mayo. La patronal dijo que el paro de tres días fue caro.
es|0|La huelga duró del 4 al 6 de mayo, después de que el paro de dos semanas fue desconvocado.
en|0|The strike ran from May 4 to May 6, after the two-week stoppage had ended.
en|0|The exhibition, which runs from May 4 to May 6, is called "Forty Days in the Desert".
pt|1|A greve dos estivadores decorreu de 4 a 6 de maio. Os sindicatos falam numa paralisação de duas semanas.
pt|0|A greve dos estivadores decorreu de 4 a 6 de maio. Os sindicatos falam numa viagem de duas semanas.
en|0|The walkout ran from May 4 to May 6. The union has now called a two-week stoppage.
en|0|The walkout ran from May 4 to May 6, and the union has called a two-week strike.
pt|1|A greve dos estivadores, que se prolongou de 4 a 6 de maio, parou o porto. Os sindicatos falam numa paralisação de duas semanas.
pt|0|A greve dos estivadores, que se prolongou de 4 a 6 de maio, parou o porto. Os sindicatos falam numa viagem de duas semanas.
en|0|The strike, which ran from May 4 to May 6, closed the port. The union called it "a two-week fight".
ja|0|ストライキは3月3日から5日まで続き、組合はこれを「2週間の闘いの始まり」と呼んだ。
en|0|The walkout, which began on March 3 and ended on March 5, was called "a three-day stoppage" by the union.
en|0|The cruise, which ran from June 1 to June 8, was billed as a seven-night voyage.
en|0|The strike ran from May 4 to May 6 and followed two weeks of talks.
en|0|The strike, which ran from May 4 to May 6, came after a three-week strike in April.
en|0|The strike ran from May 4 to May 6. It was called after a two-week notice.
en|0|The strike ran from May 4 to May 6. Tickets for the three-day festival went on sale.
en|0|The strike, which ran from May 4 to May 6, was called two weeks ago.
en|0|The strike ran from May 4 to May 6, and the result was a two-week backlog.
en|0|The strike ran from May 4 to May 6. Unions called "a two-week stoppage" for June.
en|0|The strike ran from May 4 to May 6. It was a three-day walkout. The union called it "a two-week fight".
en|0|The strike ran from May 4 to May 6. The lockout, which ran from May 10 to May 23, was called "a two-week shutdown".
en|0|The strike ran from May 4 to May 6, and the union called "a two-week stoppage" from June 1.
en|0|The strike, which ran from May 4 to May 6, was called "the final two days" of action.
ru|0|Стачка водителей длилась с 3 по 5 марта — по словам профсоюза, это была «трёхдневная акция».
sv|0|Blockaden, som varade från den 3 till den 5 mars, beskrivs av förbundet som en tre dagar lång kamp.
nb|0|Aksjonen varte fra 3. til 5. mars. Forbundet omtaler den nye streiken som en ti dager lang aksjon.
ja|0|ストライキは3月3日から5日まで続き、組合はこれを「3日間の闘い」と呼んだ。
tr|0|Liman işçilerinin 3-5 Mart tarihleri arasındaki grevi, sendika tarafından "üç günlük direniş" olarak nitelendirildi.
hu|0|A sztrájk március 3-tól 5-ig tartott; a szakszervezet szerint „háromnapos küzdelem” volt.
pl|0|Strajk trwał od 3 do 5 marca, a związek zapowiada dwutygodniowy protest od 1 czerwca.
CASES

expect_flags "$T/cases" date.duration
done_testing
