#!/bin/sh
# anniversary_wedding.sh: date.anniversary on a wedding anniversary. A word
# of the table's anniversary_kinds between the count and the anniversary
# ("their 25th wedding anniversary") or alone after "of" ("the 25th
# anniversary of their marriage", "25e anniversaire de mariage", "25
# aniversario de boda") leaves the count owned, marking the act the
# sentence dates (made_events: "married in 1996", before the count or in
# a clause set off by a comma right after it). In 2026 a marriage of
# 1996 is 30 years old.
. "$(dirname "$0")/lib.sh"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

# lang|flag (1: a finding wanted, 0: none)|sentence
cat >"$T/cases" <<'CASES'
en|1|The couple celebrated their 25th wedding anniversary, married in 1996.
en|0|The couple celebrated their 30th wedding anniversary, married in 1996.
en|1|The couple, married in 1996, celebrated their 25th wedding anniversary.
en|0|The couple, married in 1996, celebrated their 30th wedding anniversary.
en|1|The Smiths, who married in 1996, celebrate their 25th wedding anniversary this week.
en|0|The Smiths, who married in 1996, celebrate their 30th wedding anniversary this week.
en|1|The couple celebrated the 25th anniversary of their marriage, married in 1996.
en|0|The couple celebrated the 30th anniversary of their marriage, married in 1996.
en|1|Married in 1996, the couple celebrated the 25th anniversary of their wedding.
en|0|The couple celebrated their 25th wedding anniversary in 2021, married in 1996.
fr|1|Le couple, marié en 1996, fête son 25e anniversaire de mariage.
fr|0|Le couple, marié en 1996, fête son 30e anniversaire de mariage.
es|1|La pareja, casada en 1996, celebra su 25 aniversario de boda.
es|0|La pareja, casada en 1996, celebra su 30 aniversario de boda.
de|1|Das Paar, seit 1996 verheiratet, feiert seinen 25. Hochzeitstag.
de|0|Das Paar, seit 1996 verheiratet, feiert seinen 30. Hochzeitstag.
CASES

expect_flags "$T/cases" date.anniversary
done_testing
