#!/bin/sh
# tests/cli/duration_pair_next.sh: date.duration's fallback reading
# (core/checks/duration_pair.c) of a length that opens the sentence after
# the one of its dates: with a noun, after a referent when its noun is a
# word of the dates' sentence ("Loppisen hålls 8–9 maj. Den fyradagars
# loppisen …", "This four-day show"), or after a demonstrative when that
# sentence holds a verb of being held ("Jarmark odbędzie się …. Ten
# czterodniowy festyn", "Dieses viertägige Fest"); with no
# noun, before a word of span_links ("4日間にわたり、"). Left alone: an
# article and another noun ("The four-day fair"), a phrase that a
# relative clause or a word of pair_asides goes on ("The four-day show
# that follows"), a
# demonstrative after dates with no verb of being held ("This three-week
# campaign"), a right count.
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
pl|1|Jarmark odbędzie się od 8 do 9 maja. Ten czterodniowy festyn przyciągnie tłumy.
sv|1|Loppisen hålls 8–9 maj. Den fyradagars loppisen lockar många.
sv|0|Loppisen hålls 8–9 maj. Den fyradagars marknaden lockar många.
de|1|Das Stadtfest findet vom 8. bis 9. Mai statt. Dieses viertägige Fest lockt viele Besucher.
ja|1|陶器市は5月8日から9日まで開催される。4日間にわたり、多くの店が並ぶ。
ja|0|陶器市は5月8日から11日まで開催される。4日間にわたり、多くの店が並ぶ。
CASES

expect_flags "$T/cases" date.duration
done_testing
