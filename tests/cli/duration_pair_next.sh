#!/bin/sh
# tests/cli/duration_pair_next.sh: date.duration's fallback reading
# (core/checks/duration_pair.c) of a length that opens the sentence after
# the one of its dates, with a noun, after a referent, when its noun is a
# word of the dates' sentence or the head that ends one ("Loppisen hålls
# 8–9 maj. Den fyradagars loppisen …", "This four-day show", "Das
# Stadtfest … Dieses viertägige Fest"). Left alone: an article and
# another noun ("The four-day fair"), a phrase that a relative clause or
# a word of pair_asides goes on ("The four-day show that follows"), a
# demonstrative and another noun ("This three-week campaign", "Ta
# czterotygodniowa kampania"), a length with no noun ("2週間にわたり準備が
# 進められた": the preparations'), a right count.
. "$(dirname "$0")/lib.sh"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

# lang|flag (1: a finding wanted, 0: none)|sentence (articles dated 2026-04-20)
cat >"$T/cases" <<'CASES'
en|1|The county show runs from May 8 to May 9. This four-day show draws big crowds.
en|0|The county show runs from May 8 to May 11. This four-day show draws big crowds.
en|0|The county show runs from May 8 to May 9. The four-day fair that follows is sold out.
en|0|The county show runs from May 8 to May 9. The four-day show that follows is sold out.
en|0|The county show runs from May 8 to May 9. A four-day fair opens later.
en|0|Voting opens on May 8 and closes on May 9. This three-week campaign has been bitter.
en|0|The county show runs from May 8 to May 9. This three-week campaign has been bitter.
pl|0|Jarmark odbędzie się od 8 do 9 maja. Ta czterotygodniowa kampania plakatowa rusza w kwietniu.
sv|1|Loppisen hålls 8–9 maj. Den fyradagars loppisen lockar många.
sv|0|Loppisen hålls 8–9 maj. Den fyradagars marknaden lockar många.
de|1|Das Stadtfest findet vom 8. bis 9. Mai statt. Dieses viertägige Fest lockt viele Besucher.
ja|0|陶器市は5月8日から9日まで開催される。2週間にわたり準備が進められた。
en|0|The fair is held from June 1 to June 3. This two-week campaign of posters starts in May.
CASES

expect_flags "$T/cases" date.duration
done_testing
