#!/bin/sh
# tests/cli/dates_shapes.sh: date shapes that need a table key or phrase:
# Czech numeric dates with a space after each period ("5. 3. 2026",
# "čtvrtek 5. 3.", "út 10. 3."), Czech day/month after a weekday
# ("středu 18/3"), and German ranges joined by "bis zum" / "bis
# einschließlich" ("vom 4. bis zum 8. Januar"), and weekday abbreviations
# that need a capital elsewhere read alone in brackets after a date
# ("5. 3. (st)", "5.3. (mi)"); right and wrong sentences
# in tests/fixtures/dates/shapes-cs-de.jsonl, checked against the calendar
# first.
. "$(dirname "$0")/lib.sh"

CASES="$FIX/dates/shapes-cs-de.jsonl"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

expect_conformance "shapes" "$CASES"

# The finding covers the weekday and the whole spaced date.
printf 'Schůze se koná ve středu 5. 3. 2026 od 18 hodin.\n' >"$tmp/cs.md"
run "$ERRATA_BIN" check --lang cs --format json "$tmp/cs.md"
expect_rc "cs: a wrong weekday before a spaced date" 1
expect_contains "cs: the span is the weekday and the date" '"text":"středu 5. 3. 2026"'

# "bis zum" makes a range: the weekdays in brackets name both ends.
printf 'Die Messe ist vom 4. bis zum 8. Januar 2026 (Montag-Donnerstag) geöffnet.\n' >"$tmp/de.md"
run "$ERRATA_BIN" check --lang de "$tmp/de.md"
expect_rc "de: a range with bis zum" 1
expect_contains "de: the start's weekday is wrong" "der 4. Januar 2026 ist ein Sonntag, kein Montag [date.weekday]"
expect_not_contains "de: the end's weekday is right" "8. Januar 2026 ist ein"

# Weekday forms a table calls ambiguous ("jeu.", "mer.", "do", "zo") in
# lower case, as agendas write them: read before a day and a month when
# written with their period, or bare after a list marker or punctuation;
# never after a word ("het is zo 4 maart", "le jeu 4 mars"); an ambiguous
# month form between a day and a year ("6 mai 2026"); Portuguese "dia"
# between a weekday and its day ("sexta-feira, dia 6 de fevereiro"); a
# weekday in apposition after its date ("April 12, 2026, a Thursday,",
# "(einem Sonntag)").
ABBREV="$FIX/dates/shapes-abbrev.jsonl"
expect_conformance "abbreviations" "$ABBREV"

# Weekdays after their date: after a word that follows the year ("15
# января 2027 года (вторник)", "6 marca 2026 r. (sobota)"); after the
# date's comma when the weekday ends the clause, in every table ("el 10 de
# noviembre, miércoles.") but not when the sentence goes on ("Friday's
# papers", "miércoles y jueves"); weekday compounds with the part of the
# day ("Sonntagabend", "zondagavond").
AFTER="$FIX/dates/shapes-after.jsonl"
expect_conformance "weekday after the date" "$AFTER"

# A Markdown list marker is masked in the prose: the ambiguous form after
# it is read from the marker in the text as written; without a marker, at
# a line's start, it is not.
printf -- '---\ndate: 2026-08-20\nlang: nl\n---\n\nAgenda:\n\n- zo 1 sep.: open dag\n* di 8 sep.: informatieavond\n\nzo 15 september komen we samen.\n' >"$tmp/nl-list.md"
run "$ERRATA_BIN" check "$tmp/nl-list.md"
expect_rc "nl: a wrong weekday after a Markdown list marker" 1
expect_contains "nl: the list item's weekday is read" "1 september 2026 is een dinsdag, geen zondag [date.weekday]"
expect_not_contains "nl: the right one is not flagged" "8 september 2026 is een"
expect_not_contains "nl: a form at a line's start without a marker is not read" "15 september 2026 is een"

# A lone day after a date's comma goes on with its month only when it
# comes later ("April 29th, 30th and 31st"); hours after a date ("Dec.
# 24, 9-2") are no range of days.
printf -- '---\ndate: 2026-12-01\nlang: en\n---\n\nHoliday hours: Thu., Dec. 24, 9-2; Fri., Dec. 25, closed; Sat., Dec. 26, 10-4.\n\nThe fair runs April 29th, 30th and 31st.\n' >"$tmp/hours.md"
run "$ERRATA_BIN" check "$tmp/hours.md"
expect_not_contains "en: opening hours after a date are no range" "date.range"
expect_contains "en: a later day after the comma still goes on with the month" "April 31 does not exist"

# A range of day and month alone, every number in two digits and a word
# between them, is read; fractions, and day and month joined by a dash,
# are not.
printf -- '---\ndate: 2026-10-07\nlang: it\n---\n\nLa rassegna si terrà dal 16/11 al 04/11 al cinema Lux.\n\nLa mostra resta aperta dal 04/11 al 16/11.\n' >"$tmp/it-range.md"
run "$ERRATA_BIN" check "$tmp/it-range.md"
expect_contains "it: a range of day and month alone that runs backwards" "il periodo finisce il 4 novembre, prima di cominciare il 16 novembre [date.range]"
expect_not_contains "it: the range in order is left alone" "16 novembre, prima"
printf -- '---\ndate: 2026-10-07\nlang: en\n---\n\nSupport fell from 3/4 to 2/3 of members.\n\nSessions: 11/10-10/05 and 10/05-10/20.\n' >"$tmp/en-fractions.md"
run "$ERRATA_BIN" check "$tmp/en-fractions.md"
expect_not_contains "en: fractions and dashed pairs are no range" "date.range"

# Two weekdays with their days sharing one month, the second led by an
# article or preposition ("le samedi 7 et le lundi 9 mars", "am Samstag,
# dem 7., und am Dienstag, dem 10. März"), or with a comma before the
# joiner ("de quinta-feira, 5, a segunda-feira, 9 de março").
PAIRS="$FIX/dates/shapes-pairs.jsonl"
expect_conformance "pairs" "$PAIRS"
# Shapes read since they were missed or misread: an ambiguous weekday at
# a line's start whose date closes a listing's entry ("ons 19 maj:
# årsmöte"), an ordinal day after "the" ("March the 4th"), a number after
# a month that counts the next word ("By June 31 teams"), and day and
# month in digits that no month has after a date's preposition ("On
# 2/30"), with fractions and scores left alone; times after a weekday
# ("Fri 9.15"); ambiguous weekdays at both ends of a range; a year the
# sentence names ("Last year's final, on Saturday, May 31") or the heading
# above ("# 2026: the year in review").
READ="$FIX/dates/shapes-read.jsonl"
expect_conformance "read" "$READ"
done_testing
