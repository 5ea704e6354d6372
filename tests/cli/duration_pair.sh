#!/bin/sh
# tests/cli/duration_pair.sh: date.duration's fallback reading
# (core/checks/duration_pair.c). A length no narrower reading judged is
# paired with the one range of its sentence, or of its paragraph in the
# next sentence, by proximity: a range the length restates ("three years,
# from March 2, 2025, to April 10, 2026"), one a word of span_equals or
# pair_links ties it to ("soit", "therefore"), one its colon explains
# ("12 days: they begin on June 1 and end on June 5"), a stay's arrival
# and departure (stay_words), or a range that cannot hold the length
# with no clause between. Years come from year_units. Left alone: a right
# count (days with one end or both, nights as nights, weeks within three
# days, years within half a year), a range that may hold the length ("on
# three days between June 1 and June 30"), a part ("the final three
# days"), a length before or after ("two weeks ago", "two weeks before",
# "after the strike"), a rate ("two days a week", "par semaine"), a
# qualifier ("more than"), a ticket ("a three-day pass"), another time
# ("last year"), another event's noun after the range, two ranges.
. "$(dirname "$0")/lib.sh"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

# lang|flag (1: a finding wanted, 0: none)|sentence (articles dated 2026-04-20)
cat >"$T/cases" <<'CASES'
en|1|The river crossing will be shut for three weeks between June 1 and June 5 while engineers replace the deck.
en|1|Entries are accepted from June 1 to June 5 only. Schools therefore have four weeks to send in their projects.
en|1|The package covers six nights in Porto, arriving on Thursday, June 4, and flying home on Sunday, June 7.
en|1|The library refit lasted three years, from March 2, 2025, to April 10, 2026.
en|1|The bridge repairs will take 12 days: they begin on June 1 and end on June 5.
en|1|The long drought, which began on May 1 and ended on May 20, lasted seven weeks.
en|0|The river crossing will be shut for three weeks between June 1 and June 21 while engineers replace the deck.
en|0|The package covers three nights in Porto, arriving on Thursday, June 4, and flying home on Sunday, June 7.
en|0|The library refit lasted a year, from March 2, 2025, to March 10, 2026.
en|0|The library refit lasted two years, from March 2, 2024, to April 10, 2026.
en|0|Rain fell on three days between June 1 and June 30.
en|0|The final three days, from June 1 to June 20, drew the biggest crowds.
en|0|Two weeks ago the fair ran from June 1 to June 3.
en|0|The strike ran from June 1 to June 3, after a three-week strike in April.
en|0|Workers were told two weeks before the plant shut from June 1 to June 3.
en|0|The plant shut from June 1 to June 3, two weeks after the strike.
en|0|Entries are accepted from June 1 to June 5 only. Schools had four weeks last year.
en|0|The plant closes from June 1 to June 3 and staff get a two-week notice.
en|0|Volunteers work two days a week from June 1 to August 30.
en|0|The walkout lasted more than three weeks, from June 1 to June 5.
en|0|A three-day pass covers the fair, which runs from June 1 to June 20.
en|0|The fair runs from June 1 to June 3 and the show from June 10 to June 12; both last three weeks.
en|0|The fair runs from June 1 to June 3. The two-week show that follows is sold out.
de|1|Die Brücke bleibt vom 1. bis 5. Juni gesperrt, also drei Wochen lang.
de|1|Die Sanierung dauerte zwei Jahre, vom 1. März 2025 bis 30. April 2026.
de|0|Die Sanierung dauerte ein Jahr, vom 1. März 2025 bis 30. April 2026.
de|0|Vor drei Wochen lief die Messe vom 1. bis 3. Juni.
de|0|Die Messe läuft vom 1. bis 30. Juni, mindestens drei Wochen davon mit Konzerten.
fr|1|Le pont sera fermé du 1er au 5 juin, soit trois semaines de travaux.
fr|1|Le séjour comprend six nuits à Nice, arrivée le 4 juin et départ le 7 juin.
fr|1|Les travaux de la médiathèque ont duré trois ans, du 2 mars 2025 au 10 avril 2026.
fr|0|Le séjour comprend trois nuits à Nice, arrivée le 4 juin et départ le 7 juin.
fr|0|Il y a trois semaines, le salon se tenait du 1er au 3 juin.
fr|0|Le salon, du 1er au 30 juin, propose deux jours par semaine de conférences.
es|1|El puente estará cerrado del 1 al 5 de junio, es decir, tres semanas.
es|1|El viaje incluye seis noches en Cádiz, con llegada el 4 de junio y salida el 7 de junio.
es|1|Las obras del mercado duraron tres años, del 2 de marzo de 2025 al 10 de abril de 2026.
es|0|El viaje incluye tres noches en Cádiz, con llegada el 4 de junio y salida el 7 de junio.
es|0|Hace tres semanas la feria se celebró del 1 al 3 de junio.
it|1|Il ponte resterà chiuso dal 1° al 5 giugno, cioè tre settimane.
it|1|Il pacchetto comprende sei notti a Bari, arrivo il 4 giugno e partenza il 7 giugno.
it|0|Il pacchetto comprende tre notti a Bari, arrivo il 4 giugno e partenza il 7 giugno.
pt|1|A ponte vai estar fechada de 1 a 5 de junho, ou seja, três semanas.
pt|1|A estadia inclui seis noites no Porto, com chegada a 4 de junho e partida a 7 de junho.
pt|0|A estadia inclui três noites no Porto, com chegada a 4 de junho e partida a 7 de junho.
nl|1|De brug is van 1 tot 5 juni dicht, dus drie weken lang.
nl|1|De reis omvat zes nachten in Gent, aankomst op 4 juni en vertrek op 7 juni.
nl|0|De reis omvat drie nachten in Gent, aankomst op 4 juni en vertrek op 7 juni.
pl|1|Most będzie zamknięty od 1 do 5 czerwca, czyli trzy tygodnie.
pl|0|Most będzie zamknięty od 1 do 21 czerwca, czyli trzy tygodnie.
uk|1|Міст буде закрито з 1 по 5 червня, тобто три тижні.
uk|0|Міст буде закрито з 1 по 21 червня, тобто три тижні.
sv|1|Resan omfattar sex nätter i Visby, avresa 4 juni och hemresa 7 juni.
sv|0|Resan omfattar tre nätter i Visby, avresa 4 juni och hemresa 7 juni.
da|1|Turen varer seks nætter: afrejse 4. juni og hjemkomst 7. juni.
da|0|Turen varer tre nætter: afrejse 4. juni og hjemkomst 7. juni.
fi|1|Remontti kestää kolme viikkoa: työt alkavat 1. kesäkuuta ja päättyvät 5. kesäkuuta.
fi|0|Remontti kestää kolme viikkoa: työt alkavat 1. kesäkuuta ja päättyvät 21. kesäkuuta.
el|1|Η ανακαίνιση κράτησε τρία χρόνια, από τις 2 Μαρτίου 2025 έως τις 10 Απριλίου 2026.
el|0|Η ανακαίνιση κράτησε ένα χρόνο, από τις 2 Μαρτίου 2025 έως τις 10 Μαρτίου 2026.
CASES

expect_flags "$T/cases" date.duration
done_testing
