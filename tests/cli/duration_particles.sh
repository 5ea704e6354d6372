#!/bin/sh
# tests/cli/duration_particles.sh: a trip that starts on a date before
# its length phrase and whose end the same clause states, where the
# phrase names its destination ("a four-day trip to Ghana and returns")
# or the verbs are separable, with their particle after the date
# (German "bricht ... auf und kehrt am 31. Mai zurück", Dutch "keert op
# 31 mei terug"). The right count stays quiet.
. "$(dirname "$0")/lib.sh"

check() { check_text "$1" "$2" "$3"; }

check en 2027-03-01 'The envoy leaves on April 12 for a five-day trip to Kenya and returns on April 14.'
expect_contains "en: a destination before the return" '"rule":"date.duration"'
check en 2027-03-01 'The envoy leaves on April 12 for a three-day trip to Kenya and returns on April 14.'
expect_contains "en: the right count" '"findings":[]'
check de 2027-03-01 'Der Gesandte bricht am 12. April zu einer fünftägigen Reise nach Kenia auf und kehrt am 14. April zurück.'
expect_contains "de: bricht auf, kehrt zurück" '"rule":"date.duration"'
check de 2027-03-01 'Der Gesandte reist am Montag, 12. April, zu einer fünftägigen Reise ab und kehrt am Mittwoch, 14. April, zurück.'
expect_contains "de: reist ab, kehrt zurück" '"rule":"date.duration"'
check de 2027-03-01 'Der Gesandte bricht am 12. April zu einer dreitägigen Reise nach Kenia auf und kehrt am 14. April zurück.'
expect_contains "de: the right count" '"findings":[]'
check nl 2027-03-01 'De gezant vertrekt op 12 april voor een vijfdaagse reis naar Kenia en keert op 14 april terug.'
expect_contains "nl: keert terug" '"rule":"date.duration"'

done_testing
