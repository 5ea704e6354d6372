#!/bin/sh
# duration_windows.sh: date.duration on lengths whose dates say something
# else, and on trips that end with a return.
# - A length of a measure (the table's measure_nouns: "the 10-day
#   forecast", "a 7-day outlook", "the 30-day average") is a window that
#   other things are looked at over: "calls for rain June 9-11" is the
#   rain's dates. Not judged; an event beside it still is.
# - A length whose sentence leaves days out of its count (exclusion_words:
#   "40 days, not counting Sundays") may run over a longer range, never a
#   shorter one, also with the exclusion set off between the length and
#   its range.
# - A start word or a leg of a journey right before a date ties it to the
#   length after it ("leaves Monday, June 1, for a three-day trip"), and a
#   return ends the trip ("and returns Saturday, June 6", "comes back"),
#   also short of the length when it closes the same clause ("for a
#   five-day trip and returns Wednesday, June 3").
. "$(dirname "$0")/lib.sh"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

# lang|flag (1: a finding wanted, 0: none)|sentence
cat >"$T/cases" <<'CASES'
en|0|The 10-day forecast calls for rain June 9-11.
en|0|A 7-day outlook shows snow Jan. 3-4.
en|0|The 30-day average rose from May 1 to May 9.
en|0|The five-day forecast predicts frost from Nov. 3 to Nov. 5.
en|0|The 52-week high came on June 3, after a rally from May 1 to May 4.
en|1|The 10-day festival runs from June 9 to June 11.
en|1|A three-day visit from June 1 to June 9 ended the tour.
fr|0|Les prévisions à dix jours annoncent de la pluie du 9 au 11 juin.
fr|0|La moyenne sur 30 jours a progressé du 1er au 9 mai.
es|0|El pronóstico de diez días anuncia lluvia del 9 al 11 de junio.
de|0|Die zehntägige Vorhersage meldet Regen vom 9. bis 11. Juni.
en|0|The Lenten season runs 40 days, from Feb. 18 to April 4, not counting Sundays.
en|0|Not counting Sundays, the fast lasts 40 days, from Feb. 18 to April 4.
en|0|The job takes 10 days, excluding weekends, from June 1 to June 12.
en|1|The fast lasts 40 days, from Feb. 18 to April 4.
en|1|Excluding weekends, the job takes 10 days, from June 1 to June 5.
en|1|The fast lasts 40 days, not counting Sundays, from Feb. 18 to March 4.
en|0|The fast lasts 40 days, not counting Sundays, from Feb. 18 to April 4.
fr|1|Le carême dure 40 jours, sans compter les dimanches, du 18 février au 4 mars.
fr|0|Le carême dure 40 jours, du 18 février au 4 avril, sans compter les dimanches.
es|0|La Cuaresma dura 40 días, del 18 de febrero al 4 de abril, sin contar los domingos.
it|0|La Quaresima dura 40 giorni, dal 18 febbraio al 4 aprile, escluse le domeniche.
pt|0|A Quaresma dura 40 dias, de 18 de fevereiro a 4 de abril, sem contar os domingos.
de|1|Die Fastenzeit dauert 40 Tage, vom 18. Februar bis 4. April.
en|1|The president leaves Monday, June 1 for a three-day trip and returns Saturday, June 6.
en|0|The president leaves Monday, June 1, for a three-day trip and returns Wednesday, June 3.
en|1|The president leaves on June 1 for a three-day trip and comes back on June 6.
en|0|The president leaves on June 1 for a three-day trip and comes back on June 3.
en|1|The minister departs May 4 on a two-day tour and flies home May 9.
en|0|The minister departs May 4 on a two-day tour and flies home May 5.
en|1|On Monday, June 1, Lee begins a three-day visit and returns to Seoul on June 5.
en|0|On Monday, June 1, Lee begins a three-day visit and returns to Seoul on June 3.
en|0|On June 1, officials announced a three-day visit, and Lee returns on June 9.
fr|1|Le président part le 1er juin pour une visite de trois jours et revient le 6 juin.
fr|0|Le président part le 1er juin pour une visite de trois jours et revient le 3 juin.
es|1|El presidente viaja el 1 de junio para una visita de tres días y regresa el 6 de junio.
es|0|El presidente viaja el 1 de junio para una visita de tres días y regresa el 3 de junio.
de|1|Der Präsident reist am 1. Juni zu einem dreitägigen Besuch und kehrt am 6. Juni zurück.
de|0|Der Präsident reist am 1. Juni zu einem dreitägigen Besuch und kehrt am 3. Juni zurück.
it|1|Il presidente parte il 1° giugno per una visita di tre giorni e rientra il 6 giugno.
pt|1|O presidente parte em 1 de junho para uma visita de três dias e regressa em 6 de junho.
nl|1|De president vertrekt op 1 juni voor een driedaags bezoek en keert op 6 juni terug.
en|1|The president leaves Monday, June 1, for a five-day trip and returns Wednesday, June 3.
en|1|The president leaves on June 1 for a five-day trip and comes back on June 3.
en|0|The president leaves on June 1 for a five-day trip, and his wife returns on June 3.
en|1|On June 1, Lee begins a five-day visit and returns June 3.
en|0|On June 1, officials announced a five-day visit and the minister returns June 3.
fr|1|Le président part le 1er juin pour une visite de cinq jours et revient le 3 juin.
CASES

expect_flags "$T/cases" date.duration
done_testing
