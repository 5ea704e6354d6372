#!/bin/sh
# tests/cli/anniversary_article.sh: a count owned by the subject ("its",
# "son", "su", "ihr", German "Das 76-jährige Bestehen") with no event of
# its own, in a sentence that states no founding, marks the one founding
# the article states before it, sentences or paragraphs earlier. Not
# when the article also states a birth or death, or a founding or making
# in another year, nor after "his", which is a person's; "son", "su",
# "sein" may be a person's too, so only in a sentence that names what was
# founded or says "it"/"es", and never a birthday's count.
. "$(dirname "$0")/lib.sh"

check() { check_text "$1" "$2" "$3"; }

check en 2026-03-01 'The Harbour Museum was founded in 1931 by a group of sailors.

This spring it celebrates its 96th anniversary with a new gallery.'
expect_contains "en: a founding two paragraphs up" '"rule":"date.anniversary"'
check en 2026-03-01 'The Harbour Museum was founded in 1931 by a group of sailors.

This spring it celebrates its 95th anniversary with a new gallery.'
expect_contains "en: the right count" '"findings":[]'
check en 2026-03-01 'The Harbour Museum was founded in 1931. Its curator, born in 1970, joined it in 2001.

This spring it celebrates its 96th anniversary.'
expect_contains "en: a birth is another event" '"findings":[]'
check en 2026-03-01 'The Harbour Museum was founded in 1931 and its new wing was built in 1990.

This spring it celebrates its 96th anniversary.'
expect_contains "en: a making in another year is another event" '"findings":[]'
check en 2026-03-01 'The Harbour Museum was founded in 1931.

This spring the curator marks his 96th anniversary.'
expect_contains "en: his is a person's" '"findings":[]'
check fr 2026-03-01 'Le musée a été fondé en 1931 par des marins.

Ce printemps, le musée fête son 96e anniversaire.'
expect_contains "fr: son, a founding a paragraph up" '"rule":"date.anniversary"'
check fr 2026-03-01 'Le musée a été fondé en 1931 par des marins.

Ce printemps, il fête son 96e anniversaire.'
expect_contains "fr: son after il, who may be a person" '"findings":[]'
check fr 2026-03-01 'Le club de rugby a été fondé en 1950 par des cheminots.

Son président, Paul Marchand, fête son 60e anniversaire samedi.'
expect_contains "fr: a person's birthday after a founding" '"findings":[]'
check es 2026-03-01 'El museo fue fundado en 1931 por un grupo de marineros.

Esta primavera el museo celebra su 96 aniversario.'
expect_contains "es: su, a founding a paragraph up" '"rule":"date.anniversary"'
check es 2026-03-01 'El museo fue fundado en 1931 por un grupo de marineros.

Esta primavera el museo celebra su 95 aniversario.'
expect_contains "es: the right count" '"findings":[]'
check es 2026-03-01 'La cooperativa fue fundada en 1950.

Su presidenta, Ana Gil, celebra su 60 aniversario el sábado.'
expect_contains "es: su of a person named in the sentence" '"findings":[]'
check de 2026-03-01 'Der Verein wurde 1950 gegründet.

Sein Vorsitzender feiert seinen 60. Geburtstag am Samstag.'
expect_contains "de: a birthday is a person's" '"findings":[]'
check en 2026-03-01 'The bakery was founded in 1971 by two brothers.

It opened a second shop, on Mill Road, in 2011.

The Mill Road shop celebrates its 15th anniversary this spring.'
expect_contains "en: another year after the founding, another event" '"findings":[]'
check de 2026-03-01 'Seeleute haben das Museum 1931 gegründet.

In diesem Frühjahr feiert es sein 96. Jubiläum.'
expect_contains "de: sein, a founding a paragraph up" '"rule":"date.anniversary"'
check de 2026-03-01 'Das Museum wurde 1931 gegründet. Das 96-jährige Bestehen feiert es im Mai.'
expect_contains "de: Das N-jährige Bestehen after the founding" '"rule":"date.anniversary"'
check de 2026-03-01 'Das Museum wurde 1931 gegründet. Das 95-jährige Bestehen feiert es im Mai.'
expect_contains "de: the right count" '"findings":[]'
check de 2026-03-01 'Das Museum wurde 1931 gegründet. Das 96-jährige Jubiläum des Hafens steht an.'
expect_contains "de: an event of its own" '"findings":[]'

done_testing
