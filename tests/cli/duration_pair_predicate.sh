#!/bin/sh
# tests/cli/duration_pair_predicate.sh: date.duration's fallback reading
# (core/checks/duration_pair.c) of a length whose noun phrase, after the
# range of its sentence, says what the range's subject is: in apposition
# after a comma or a dash ("…, a four-day regatta"), after a copula of
# copulas or pair_copulas ("and will be a four-day market", "wordt een
# vierdaagse markt"), or after a verb of being held when the range opens
# the sentence ("Vom 8. bis 10. Mai findet der viertägige Markt statt");
# a length alone in apposition ("…, two weeks in all."). A relative
# clause after the phrase may tell why the range differs ("…, a four-day
# run which the rain cut short").
# Left alone: a range led by a word of pair_asides ("After talks from …,
# a two-week tour begins"), a noun phrase that goes on as a subject or a
# possessive ("… is the five-day festival's finale"), a part ("the
# first of two weeks of events"), a noun that is
# another time ("a two-week notice", "a two-week extension", "a two-week
# delay", "un retard de deux semaines"), a length
# after such a word ("which followed two weeks of protests").
. "$(dirname "$0")/lib.sh"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

# lang|flag (1: a finding wanted, 0: none)|sentence (articles dated 2026-04-20)
cat >"$T/cases" <<'CASES'
en|1|The harbour regatta will be sailed from Friday, May 8 to Saturday, May 9, a four-day contest, the organisers said.
en|1|The museum will shut from 2 March until 30 April, a six-month refit of its galleries.
en|1|The orchard market opens on May 8 and closes on May 9 and will be a four-day event.
en|0|The orchard market opens on May 8 and closes on May 11 and will be a four-day event.
en|0|After talks from May 1 to May 3, a two-week tour of the region begins.
en|0|After talks from May 1 to May 3, a two-week tour begins.
en|0|The county fair opens May 8 and closes May 9, a four-day run which the rain cut short.
en|1|The plant will stand idle from June 1 to June 3, two weeks in all.
en|0|The museum closes from June 1 to June 3, two weeks before the festival.
en|0|The fair runs from June 1 to June 30, three days a week.
en|0|The fair runs from June 1 to June 30, three weeks longer than planned.
en|0|After talks from May 1 to May 3, two weeks pass before the vote.
en|0|The market runs from June 1 to June 3, the first of two weeks of events.
en|0|The market runs from June 1 to June 3, the last of three weeks of events.
es|1|Las obras empiezan el 1 de junio y terminan el 3 de junio, tres semanas.
es|0|Las obras empiezan el 1 de junio y terminan el 3 de junio, tres semanas antes de las fiestas.
en|0|The gala runs from June 1 to June 2 and is the five-day festival's finale.
en|0|Tickets are on sale from June 1 to June 3 for a five-day festival in the park.
en|0|The exhibition runs from June 1 to June 30, a two-week extension of its first run.
en|0|The vote was held from June 15 to June 17, a two-week delay.
fr|0|Le vote a eu lieu du 15 au 17 juin, un retard de deux semaines.
es|0|La votación se celebró del 15 al 17 de junio, un retraso de dos semanas.
de|0|Die Wahl fand vom 15. bis 17. Juni statt, eine Verzögerung von zwei Wochen.
en|0|The summit, which followed two weeks of protests, ran from June 1 to June 3.
en|0|Staff were given a two-week notice; the plant closes from June 1 to June 3.
en|0|Staff were given a two-week notice. The plant closes from June 1 to June 3.
de|1|Vom 8. bis 9. Mai findet der viertägige Bauernmarkt im Schlosshof statt.
de|0|Vom 8. bis 11. Mai findet der viertägige Bauernmarkt im Schlosshof statt.
nl|1|De braderie van 8 tot en met 9 mei wordt een vierdaags feest in het centrum.
nl|0|De braderie van 8 tot en met 11 mei wordt een vierdaags feest in het centrum.
da|1|Havnefesten løber fra 8. til 9. maj og bliver en firedages fest.
nb|1|Festivalen, som går fra 8. til 9. mai, blir en firedagers feiring.
nb|1|Festivalen, som går fra 8. til 9. mai neste år, blir en firedagers feiring.
ca|1|El mercat medieval, del 8 al 9 de maig, serà una festa de quatre dies.
ca|0|El mercat medieval, del 8 al 11 de maig, serà una festa de quatre dies.
cs|1|Jarmark se koná od 8. do 9. května a bude to čtyřdenní slavnost.
el|1|Το πανηγύρι, από 8 έως 9 Μαΐου, θα είναι μια τετραήμερη γιορτή.
CASES

expect_flags "$T/cases" date.duration
done_testing
