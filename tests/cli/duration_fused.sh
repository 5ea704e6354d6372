#!/bin/sh
# tests/cli/duration_fused.sh: lengths written as one word with their
# unit ("dreitägige", "driedaagse", "三日間"), found wherever the word
# index has a word start, capitalized or not, the longest number word
# first ("dreizehntägige" is thirteen days); a word start whose two first
# bytes begin no number word is passed over.
. "$(dirname "$0")/lib.sh"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

# lang|sentence|what the message must say
cat >"$T/cases" <<'CASES'
de|Dreitägige Gespräche fanden vom 4. bis 9. Mai statt.|„Dreitägige Gespräche“ ab dem 4. Mai würde am 6. Mai enden
de|Die dreizehntägige Reise dauerte vom 4. bis 9. Mai.|„dreizehntägige Reise“ ab dem 4. Mai würde am 16. Mai enden
nl|De Driedaagse beurs liep van 4 tot 9 mei.|'Driedaagse beurs' vanaf 4 mei zou op 6 mei eindigen
ja|三日間の訪問は5月10日に始まり、5月14日に終わる。|5月10日からの「三日間の訪問」は5月12日に終わるはずですが
ja|会議の後、三日間の訪問は5月10日に始まり、5月14日に終わる。|5月10日からの「三日間の訪問」は5月12日に終わるはずですが
zh|为期三天的访问将于5月10日开始，5月14日结束。|自5月10日起的“三天的访问”应于5月12日结束
zh|上下为期三天的访问将于5月10日开始，5月14日结束。|自5月10日起的“三天的访问”应于5月12日结束
ko|사흘간의 방문은 5월 10일 시작돼 5월 14일 끝난다.|5월 10일부터의 '사흘 방문'은(는) 5월 12일에 끝나야 하지만
CASES

expect_messages "$T/cases" date.duration

# a number word as the last bytes of the text, and a lone byte: no length, no crash
printf -- '---\ndate: 2026-04-20\nlang: de\n---\n\nAm 4. Mai kamen drei' >"$T/end.md"
run "$ERRATA_BIN" check "$T/end.md"
expect_rc "de: a number word ending the text" 0
printf -- '---\ndate: 2026-04-20\nlang: ja\n---\n\n5月4日に三' >"$T/end-ja.md"
run "$ERRATA_BIN" check "$T/end-ja.md"
expect_rc "ja: a number word ending the text" 0
done_testing
