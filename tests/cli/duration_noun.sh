#!/bin/sh
# tests/cli/duration_noun.sh: the noun that date.duration's message names
# after a length ("a three-day fair"): the second word after the length
# is the head of a compound ("a three-day state visit") unless it is a
# verb that the first word is the subject of: a phrase end word, a word
# with one of the table's verb_endings, or, where nouns are capitalised,
# a lower-case word after a capitalised one. English names it with "the",
# which fits a plural and a length that starts with a vowel sound.
. "$(dirname "$0")/lib.sh"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

# lang|sentence|the phrase the message must name
cat >"$T/cases" <<'CASES'
en|A three-day fair drew crowds from May 4 to May 9.|the three-day fair from May 4
en|A three-day fair attracted crowds from May 4 to May 9.|the three-day fair from May 4
en|A two-week strike crippled ports from May 4 to May 29.|the two-week strike from May 4
en|The five-day trial heard evidence from May 4 to May 19.|the five-day trial from May 4
en|A three-day state visit to Japan ran from May 4 to May 9.|the three-day visit from May 4
en|The three-day music festival drew crowds from May 4 to May 9.|the three-day festival from May 4
de|Die dreitägige Messe zog vom 4. bis 9. Mai Besucher an.|„dreitägige Messe“ ab dem 4. Mai
de|Die dreitägige internationale Messe lockte vom 4. bis 9. Mai Besucher an.|„dreitägige Messe“ ab dem 4. Mai
nl|De driedaagse beurs lokte van 4 tot 9 mei veel bezoekers.|'driedaagse beurs' vanaf 4 mei
nl|Een driedaagse beurs trok publiek van 4 tot 9 mei.|'driedaagse beurs' vanaf 4 mei
en|An eight-day trip from May 4 to May 19 took the team to Asia.|the eight-day trip from May 4
en|An 11-day tour from May 4 to May 19 took the team to Asia.|the 11-day tour from May 4
en|The three-day peace talks ran from May 4 to May 9.|the three-day talks from May 4
CASES

expect_messages "$T/cases" date.duration

# The noun found is the one a later sentence must name to end the event:
# "the fair" ties the later date, the verb does not.
printf -- '---\ndate: 2026-04-20\nlang: en\n---\n\nA three-day fair drew crowds on May 4.\n\nThe fair closes on May 9.\n' >"$T/tie.md"
run "$ERRATA_BIN" check "$T/tie.md"
expect_contains "en: the noun ties a later sentence" "the three-day fair from May 4 would end May 6"
done_testing
