#!/bin/sh
# tests/cli/duration_pair_ends.sh: date.duration's fallback reading
# (core/checks/duration_pair.c) of a start and an end: the end may stand
# after a mark when it keeps the start's subject (its end word right
# after the mark, or in Han its date, the end word after it: "5月8日开幕，
# 5月9日闭幕"); an end word after its date belongs to the span, so that a
# span link after a mark restates it ("，为期四天。", ", lasting four
# days."); and a length set off before them, with only a start word
# between, is the subject's ("La braderie, une fête de quatre jours,
# ouvrira le 8 mai et fermera le 9 mai"), unless the sentence goes on
# after the end ("… after a storm": cut short) nor when its aside says
# more than its length ("que antes duraba": another time's). A closing and a reopening
# are a start and an end too (pair_starts, pair_ends: "will close on May
# 4 and reopen on May 8", "перекроют 4 мая и откроют 8 мая"). Left alone: an end with
# a subject of its own after the mark, right counts.
. "$(dirname "$0")/lib.sh"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

# lang|flag (1: a finding wanted, 0: none)|sentence (articles dated 2026-04-20)
cat >"$T/cases" <<'CASES'
en|1|The flower show opens on May 8, closes on May 9, lasting four days.
en|0|The flower show opens on May 8, and the market closes on May 9, lasting four days.
en|0|The flower show opens on May 8, closes on May 11, lasting four days.
en|0|The festival, which lasts ten days, opened on Aug. 1 and closed on Aug. 4 after a storm.
de|1|Die Zählung, eine Aktion von drei Wochen, beginnt am 4. Mai, endet am 6. Mai.
fr|1|La braderie, une fête de quatre jours, ouvrira le 8 mai et fermera le 9 mai.
fr|0|La braderie, une fête de quatre jours, ouvrira le 8 mai et fermera le 11 mai.
ru|1|Выставка керамики, которая продлится четыре дня, откроется 8 мая и закроется 9 мая.
ru|0|Выставка керамики, которая продлится четыре дня, откроется 8 мая и закроется 11 мая.
ru|0|Выставка керамики, которая раньше длилась две недели, откроется 8 мая и закроется 9 мая.
es|0|La feria, que antes duraba dos semanas, arranca el 8 de mayo y termina el 9 de mayo.
zh|1|展会为期四周，5月8日开幕，5月14日闭幕。
zh|1|展会5月8日开幕，5月9日闭幕，为期四天。
zh|0|展会5月8日开幕，5月28日闭幕，为期三周。
zh|0|展会5月8日开幕，5月9日闭幕，两周后再举办一次。
en|0|The flower show opens on May 8, closes on May 9, a 20-year tradition in the town.
en|1|The bridge repairs will take three weeks: the bridge will close on May 4 and reopen on May 8.
en|0|The bridge repairs will take three weeks: the bridge will close on May 4 and reopen on May 25.
en|0|The museum will close on May 4 and reopen on May 8 after a two-week refit of its roof.
ru|1|Ремонт дороги займёт три недели: проезд перекроют 4 мая и откроют 8 мая.
ru|0|Ремонт дороги займёт три недели: проезд перекроют 4 мая и откроют 25 мая.
CASES

expect_flags "$T/cases" date.duration
done_testing
