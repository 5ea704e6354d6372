#!/bin/sh
# holiday_weekday.sh: date.weekday on a holiday stated with a weekday alone
# ("Christmas falls on a Thursday this year", "Noël tombe un mardi",
# "el día de Navidad cae en jueves"): the table's weekday_names right
# after a word of its holiday_weekday_links, the holiday's name right
# before that, or set off before a relative pronoun ("Valentine's Day,
# which falls on a Monday", the table's relative_pronouns). The year is
# one the sentence writes ("Christmas Day 2027",
# "In 2027,"); else the article's (2026 here, dated April 20), or by the
# link's tense its next one (present: "New Year's Day is on a Friday" is
# 2027's) or its last one (past: "Christmas fell on a Thursday" is
# 2025's). A sentence that moves the year ("next year") without writing
# it is not judged, nor is a name after a skip word ("the day after
# Christmas").
. "$(dirname "$0")/lib.sh"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

# lang|flag (1: a finding wanted, 0: none)|sentence
cat >"$T/cases" <<'CASES'
en|1|Christmas falls on a Thursday this year.
en|0|Christmas falls on a Friday this year.
en|1|Christmas falls on Thursday this year.
en|1|New Year's Day is on a Sunday.
en|0|New Year's Day is on a Friday.
en|0|New Year's Day was a Thursday.
en|0|Christmas fell on a Thursday.
en|1|Christmas Day 2027 falls on a Friday.
en|0|Christmas Day 2027 falls on a Saturday.
en|1|In 2027, Christmas falls on a Friday.
en|0|Next year, Christmas falls on a Saturday.
en|1|Thanksgiving falls on a Wednesday this year.
en|0|Thanksgiving falls on a Thursday this year.
en|1|Good Friday falls on a Thursday this year.
en|0|The day after Christmas falls on a Monday.
en|0|The party falls on a Thursday.
es|1|El día de Navidad cae en jueves.
es|0|El día de Navidad cae en viernes.
es|1|El día de Navidad cae en miércoles.
fr|1|Noël tombe un mardi.
fr|0|Noël tombe un vendredi.
de|1|Der 1. Weihnachtsfeiertag fällt auf einen Donnerstag.
de|0|Neujahr fällt auf einen Freitag.
it|1|Natale cade di martedì.
it|0|Natale cade di venerdì.
pt|1|O Natal cai numa terça-feira.
pt|0|O Natal cai numa sexta-feira.
nl|1|Eerste Kerstdag valt op een maandag.
nl|0|Eerste Kerstdag valt op een vrijdag.
en|1|Valentine's Day, which falls on a Monday this year, is expected to bring record flower sales.
en|0|Valentine's Day, which falls on a Saturday this year, is expected to bring record flower sales.
en|0|The party, which falls on a Thursday, is on Christmas Day.
es|1|La Navidad, que cae en jueves este año, llenará los comercios.
es|0|La Navidad, que cae en viernes este año, llenará los comercios.
CASES

expect_flags "$T/cases" date.weekday

# the message names the holiday, its year and both weekdays; the
# suggestion is the right weekday, written as the wrong one was
cat >"$T/messages" <<'CASES'
en|Christmas falls on a Thursday this year.|Christmas Day 2026 falls on a Friday, not a Thursday
fr|Noël tombe un mardi.|Noël 2026 tombe un vendredi, pas un mardi
es|El día de Navidad cae en jueves.|Navidad de 2026 cae en viernes, no en jueves
CASES
expect_messages "$T/messages" date.weekday
check_text it 2026-04-20 'Natale cade di martedì.'
expect_contains "it: the suggestion is the full name" '"suggestions":["venerdì"]'
done_testing
