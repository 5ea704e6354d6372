#!/bin/sh
# tests/cli/duration_next_subject.sh: date.duration reads the first date
# of the sentence after a length as the event's only when that sentence
# speaks of the event: it names it, a pronoun stands for it, or a verb of
# its time opens it with no subject of its own. An end word further in
# ("until", "jusqu'au", "hasta el", "fino al", "até", "tot en met") is the
# time of the sentence's own subject: "Membership cards remain valid
# until Friday, June 12" dates the cards, not the refurbishment the
# sentence before spoke of, and a trip in a later paragraph is not its end.
. "$(dirname "$0")/lib.sh"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

# lang|flag (1: a finding wanted, 0: none)|sentence (articles dated 2026-04-20)
cat >"$T/cases" <<'CASES'
en|1|The festival opens on Friday, June 5, for a three-day run. It ends on Sunday, June 14.
en|0|The festival opens on Friday, June 5, for a three-day run. It ends on Sunday, June 7.
en|1|A two-week exhibition opens on Monday, June 1. The exhibition closes on Friday, June 26.
fr|1|Le festival de trois jours s'ouvre le vendredi 5 juin. Il se termine le dimanche 14 juin.
en|0|The library reopened on Monday after a six-week refurbishment. Membership cards remain valid until Friday, June 12, when fees rise. The director travels to Berlin on Tuesday, Aug. 4.
en|0|The pool reopened this week after a four-week repair. Registration stays open until Sunday, May 31. Swimmers travel to Leeds on Saturday, July 4.
en|0|The hall reopened on Monday after a three-week repaint. Ms Okafor keeps the keys through Thursday, May 28. The choir travels to York on Sunday, July 12.
fr|0|La piscine a rouvert lundi après des travaux de six semaines. Inscriptions ouvertes jusqu'au vendredi 12 juin. Les nageurs se rendent à Lyon le samedi 4 juillet.
es|0|El museo reabrió el lunes tras una reforma de seis semanas. Sofía Ruiz seguirá en el cargo hasta el viernes 12 de junio. La directora viaja a Lima el martes 4 de agosto.
de|0|Das Museum hat am Montag nach einer sechswöchigen Renovierung wieder geöffnet. Karten sind noch bis zum Freitag, 12. Juni, erhältlich. Die Direktorin reist am Dienstag, 4. August, nach Wien.
it|0|Il museo ha riaperto lunedì dopo un restauro di sei settimane. Biglietti in vendita fino al venerdì 12 giugno. La direttrice parte per Vienna martedì 4 agosto.
pt|0|O museu reabriu na segunda-feira após uma reforma de seis semanas. Bilhetes à venda até sexta-feira, 12 de junho. A diretora viaja para Lisboa na terça-feira, 4 de agosto.
nl|0|Het museum is maandag heropend na een verbouwing van zes weken. Kaarten zijn te koop tot en met vrijdag 12 juni. De directeur reist op dinsdag 4 augustus naar Wenen.
CASES

expect_flags "$T/cases" date.duration
done_testing
