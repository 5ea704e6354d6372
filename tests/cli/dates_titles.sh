#!/bin/sh
# dates_titles.sh: a weekday word that is part of a title is not the date's
# weekday: a name of the table's weekday_titles ("The Mail on Sunday",
# "Welt am Sonntag"), and, in a language that writes weekdays in lower
# case, a capitalised weekday after a name particle after a capitalised
# word ("Le Journal du Dimanche", "El Diario del Domingo"). A day named
# for its weekday ("Black Friday") is still that weekday, and the same
# weekday as a time ("told the Observer on Sunday", "dimanche 13 avril")
# is still judged. A weekday after a word of the table's weekday_of, with
# an article before its date, names a kind of day ("les horaires du
# dimanche le 14 juillet": the Sunday timetable, on a Tuesday).
. "$(dirname "$0")/lib.sh"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

# lang|flag (1: a finding wanted, 0: none)|sentence
cat >"$T/cases" <<'CASES'
en|0|(The Mail on Sunday, 3 June 2026)
en|0|He told the Mail on Sunday, June 3, 2026, that he would resign.
en|0|The Independent on Sunday, June 3, 2026, ran the story.
en|1|Black Friday, Nov. 26, 2026, is expected to set records.
en|1|He told the Observer on Sunday, June 3, 2026, that he would resign.
en|1|He spoke on Sunday, June 3, 2026, to reporters.
en|1|Sales peaked on Friday, Nov. 26, 2026.
fr|0|Selon Le Journal du Dimanche, 13 avril 2026, le ministre a menti.
fr|1|Le ministre a parlé dimanche 13 avril 2026.
fr|1|Le ministre a parlé le dimanche 13 avril 2026.
fr|0|Les trams rouleront selon les horaires du dimanche le 14 juillet 2026, jour férié.
fr|0|La piscine ouvrira aux heures des samedis le 14 juillet 2026.
fr|1|La séance du dimanche 14 juillet 2026 est annulée.
fr|1|Le vide-grenier aura lieu dimanche le 14 juillet 2026.
it|0|I treni seguiranno l'orario della domenica il 14 luglio 2026, giorno festivo.
it|1|Il concerto della domenica 14 luglio 2026 è annullato.
de|0|Welt am Sonntag, 5. Mai 2026
de|0|Das sagte er der Bild am Sonntag vom 5. Mai 2026.
de|1|Das sagte Merz am Sonntag, 5. Mai 2026.
es|0|Según El Diario del Domingo, 13 de abril de 2026, el ministro mintió.
es|1|El ministro habló el domingo 13 de abril de 2026.
CASES

expect_flags "$T/cases" date.weekday
done_testing
