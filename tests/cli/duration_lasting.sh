#!/bin/sh
# tests/cli/duration_lasting.sh: date.duration on a length stated with a
# verb of lasting (the table's lasting_verbs) in a relative clause set
# off by commas after the event's noun: "Le festival, qui dure trois
# jours, se tiendra du 10 au 14 juillet" reads like "un festival de trois
# jours", and so do "The fair, which lasts three days, runs ...", "Das
# Fest, das drei Tage dauert, findet ... statt" and "Het festival, dat
# drie dagen duurt, ...". The main-clause form ("The fair lasts three
# days, from July 10 to 14") is judged against the range written with it.
# Left alone: a right count (days inclusive, nights as nights, weeks of
# working days), a clause that goes on past the
# length ("which lasted three days in 2019,"), a rhythm ("three days a
# week"), hours, a range in another sentence or of another subject
# ("Les visiteurs du festival, qui dure ...").
. "$(dirname "$0")/lib.sh"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

# lang|flag (1: a finding wanted, 0: none)|sentence (articles dated 2026-04-20)
cat >"$T/cases" <<'CASES'
fr|1|Le festival, qui dure trois jours, se tiendra du 10 au 14 juillet.
it|1|La sagra, che dura tre giorni, si svolgerà dal 5 all'8 giugno.
pt|1|A feira, que dura cinco dias, decorre de 10 a 16 de julho.
en|1|The fair, which lasts three days, runs from July 10 to July 14.
es|1|La feria, que dura tres días, se celebra del 10 al 14 de julio.
de|1|Das Fest, das drei Tage dauert, findet vom 10. bis 14. Juli statt.
nl|1|Het festival, dat drie dagen duurt, vindt plaats van 10 tot en met 14 juli.
en|1|The summit, which will last two days, opens on June 3 and closes on June 6.
es|1|El congreso, que durará cuatro días, se celebrará del 2 al 8 de octubre.
it|1|Il festival, che durerà cinque giorni, si terrà dal 10 al 12 luglio.
de|1|Die Messe, die fünf Tage dauert, beginnt am 3. März und endet am 9. März.
nl|1|De beurs, die vier dagen duurt, loopt van 3 tot en met 9 maart.
pt|1|O festival, que vai durar três dias, realiza-se de 3 a 8 de agosto.
fr|1|Le salon, qui durera quatre jours, se déroulera du 2 au 9 octobre.
en|1|The festival, which lasted four days, ran from Aug. 1 to Aug. 7.
en|1|The annual fair, which lasts a week, runs from July 10 to July 20.
en|1|The strike, which lasts two weeks, runs from May 4 to May 29.
en|1|The cruise, which lasts seven nights, sails from June 1 to June 12.
fr|1|À Nice, le carnaval, qui dure trois jours, a lieu du 10 au 14 juillet.
en|1|The fair lasts three days, from July 10 to 14.
fr|1|La fête dure trois jours, du 10 au 14 juillet.
en|1|The fair lasts five days, from July 10 to July 12.
pt|1|A feira dura cinco dias, de 10 a 16 de julho.
de|1|Das Fest dauert drei Tage, vom 10. bis 14. Juli.
nl|1|Het festival duurt drie dagen, van 10 tot en met 14 juli.
it|1|La sagra dura tre giorni, dal 5 all'8 giugno.
es|1|La feria dura tres días, del 10 al 14 de julio.
fr|0|Le festival, qui dure trois jours, se tiendra du 10 au 12 juillet.
fr|0|Le festival, qui dure trois jours, du 10 au 12 juillet, attire des milliers de visiteurs.
en|0|The fair, which lasts three days, runs from July 10 to July 12.
es|0|La feria, que dura tres días, se celebra del 10 al 12 de julio.
de|0|Das Fest, das drei Tage dauert, findet vom 10. bis 12. Juli statt.
nl|0|Het festival, dat drie dagen duurt, vindt plaats van 10 tot en met 12 juli.
it|0|La sagra, che dura quattro giorni, si svolgerà dal 5 all'8 giugno.
pt|0|A feira, que dura sete dias, decorre de 10 a 16 de julho.
en|0|The festival, which lasts seven days, runs from July 10 to July 16.
en|1|The festival, which lasts seven days, runs from July 10 to July 17.
en|0|The course, which lasts two weeks, runs from Monday, March 2, to Friday, March 13.
en|0|The cruise, which lasts seven nights, sails from June 1 to June 8.
en|0|The trial, which lasted three days in 2019, is back in court from May 4 to May 20.
es|0|El juicio, que duró tres días en 2019, vuelve a los tribunales del 4 al 20 de mayo.
en|0|The strike lasts three days a week from May 1 to June 30.
en|0|The strike, which lasts three days a week, runs from May 1 to June 30.
fr|0|La grève, qui dure trois jours par semaine, se poursuit du 1er mai au 30 juin.
it|0|Lo sciopero, che dura tre giorni alla settimana, va dal 1° maggio al 30 giugno.
de|0|Der Streik, der drei Tage pro Woche dauert, läuft vom 1. Mai bis 30. Juni.
fr|0|Le spectacle, qui dure trois heures, a lieu du 10 au 14 juillet.
en|0|The show, which lasts three hours, runs from July 10 to July 14.
en|0|The fair, which lasts three days, opens July 10; the town's market runs from July 20 to July 30.
en|0|The fair, which lasts three days, is popular. Last year the market ran from July 10 to July 20.
en|0|The exhibition, which lasts three days each year, runs from May 5 to May 9.
fr|0|Les visiteurs du festival, qui dure trois jours, arrivent du 1er au 20 juillet.
en|0|The talks lasted three days, from May 4 to May 6.
en|0|The strike, which lasted three days, ended on May 6. Talks resume from May 10 to May 20.
en|0|The festival, which lasts three days, was announced on May 4.
en|0|The festival, which lasts three days, opens on July 10, two weeks after the fair ends on June 26.
en|0|The fair, which lasts three days, runs from July 10; tickets go on sale from June 1 to July 9.
de|1|Das Fest, das drei Tage lang dauert, findet vom 10. bis 14. Juli statt.
fr|1|Le festival, qui se déroule sur trois jours, aura lieu du 10 au 14 juillet.
en|1|The fair, which runs for three days, opens July 10 and closes July 14.
en|0|The fair, which runs for three days, opens July 10 and closes July 12.
es|1|En Sevilla, la feria, que dura tres días, se celebra del 10 al 14 de julio.
nl|0|De staking, die drie dagen per week duurt, loopt van 1 mei tot 30 juni.
CASES

expect_flags "$T/cases" date.duration

# lang|sentence|the words the message must hold
cat >"$T/messages" <<'CASES'
en|The fair, which lasts three days, runs from July 10 to July 14.|the fair which lasts three days from July 10 would end July 12, but the article dates it to July 14 (5 days)
fr|Le festival, qui dure trois jours, se tiendra du 10 au 14 juillet.|« festival qui dure trois jours » à partir du 10 juillet finirait le 12 juillet, mais l'article va jusqu'au 14 juillet (5 jours)
de|Das Fest, das drei Tage dauert, findet vom 10. bis 14. Juli statt.|„Fest das drei Tage dauert“ ab dem 10. Juli würde am 12. Juli enden
it|Il festival, che durerà cinque giorni, si terrà dal 10 al 12 luglio.|l'articolo la chiude il 12 luglio (3 giorni)
CASES

expect_messages "$T/messages" date.duration
done_testing
