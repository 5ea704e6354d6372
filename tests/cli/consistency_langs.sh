#!/bin/sh
# consistency_langs.sh: the consistency checks in Japanese, Chinese and
# Korean through `errata check` (the checker's word index finds their
# lengths inside runs of Han, kana and Hangul), and the consistency
# messages in the article's language, or the one --messages names.
. "$(dirname "$0")/lib.sh"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

printf -- '---\ndate: 2026-03-02\n---\n\n3日間の訪問は3月10日に始まり、3月14日に終わる。\n\n昨日（3月2日）、臨時国会が召集された。\n\n首相は3月10日から3日間の日程で欧州を訪問する。\n' >"$T/ja.md"
run "$ERRATA_BIN" check --lang ja "$T/ja.md"
expect_contains "ja: a three-day visit over five days, in Japanese" "ja.md:5:1: warning: 3月10日からの「3日間の訪問」は3月12日に終わるはずですが、記事では3月14日までです（5日間） [date.duration]"
expect_contains "ja: yesterday, in Japanese" "ja.md:7:1: error: 2026年3月2日（月曜日）付の記事で「昨日」は3月1日（日曜日）で、3月2日ではありません [date.relative]"
expect_contains "ja: the suggestion keeps the brackets" "suggestion: 昨日（3月1日）"
expect_not_contains "ja: a length after a date is no range" "[date.range]"

printf -- '---\ndate: 2026-03-01\n---\n\n为期三天的访问将于3月10日开始，3月14日结束。\n\n展览将于3月15日至3月10日在市美术馆举行。\n' >"$T/zh.md"
run "$ERRATA_BIN" check --lang zh "$T/zh.md"
expect_contains "zh: a three-day visit, in Chinese" "zh.md:5:3: warning: 自3月10日起的“三天的访问”应于3月12日结束，但文章写到3月14日（5天） [date.duration]"
expect_contains "zh: a reversed range, in Chinese" "zh.md:7:5: error: 时间段的结束日期（3月10日）早于开始日期（3月15日） [date.range]"

printf -- '---\ndate: 2026-03-01\n---\n\n為期三天的訪問將於3月10日開始，3月14日結束。\n' >"$T/zh-hant.md"
run "$ERRATA_BIN" check --lang zh "$T/zh-hant.md"
expect_contains "zh (traditional): a three-day visit" "zh-hant.md:5:3: warning: 自3月10日起的“三天的訪問”应于3月12日结束"

# Traditional Chinese: the zh table read with the messages of zh-Hant.json
# (zh-TW, zh-HK and zh-MO name zh-Hant for their base)
printf -- '---\ndate: 2026-03-05\nlang: zh-TW\n---\n\n張偉（40歲）1981年6月2日出生。\n\n前天（3月2日），河水氾濫。\n' >"$T/zh-tw.md"
run "$ERRATA_BIN" check "$T/zh-tw.md"
expect_contains "zh-TW: the age in traditional characters" "zh-tw.md:6:1: warning: 張偉（1981年6月2日出生）在2026年3月5日是44歲，不是40歲 [number.age]"
expect_contains "zh-TW: the relative day in traditional characters" "「前天」是3月3日（星期二），不是3月2日 [date.relative]"
run "$ERRATA_BIN" check --lang zh-Hant "$T/zh-tw.md"
expect_contains "zh-Hant: traditional" "是44歲，不是40歲 [number.age]"
run "$ERRATA_BIN" check --lang zh "$T/zh-tw.md"
expect_contains "zh: simplified" "是44岁，不是40岁 [number.age]"
mkdir -p "$T/data/locales"
cp "$ERRATA_ROOT/rules/locales/zh.json" "$T/data/locales/zh.json"
printf '{"lang": "zh-XX", "base": 7}\n' >"$T/data/locales/zh-XX.json"
run env ERRATA_DATA_DIR="$T/data" "$ERRATA_BIN" check --lang zh-XX "$T/zh-tw.md"
expect_rc "a variant with a bad base: exit 2" 2
expect_contains "the bad variant is named" "zh-XX.json: 'base' must name another language's table" stderr
printf '{"lang": "zh-XX", "base": "zh-XX"}\n' >"$T/data/locales/zh-XX.json"
run env ERRATA_DATA_DIR="$T/data" "$ERRATA_BIN" check --lang zh-XX "$T/zh-tw.md"
expect_rc "a variant that is its own base: exit 2, no loop" 2

printf -- '---\ndate: 2026-03-01\n---\n\n사흘간의 방문은 3월 10일 시작돼 3월 14일 끝난다.\n\n총리는 3월 10일부터 3일간 유럽을 방문한다.\n' >"$T/ko.md"
run "$ERRATA_BIN" check --lang ko "$T/ko.md"
expect_contains "ko: three days (사흘), in Korean" "ko.md:5:1: warning: 3월 10일부터의 '사흘 방문'은(는) 3월 12일에 끝나야 하지만 기사에서는 3월 14일까지입니다(5일) [date.duration]"
expect_not_contains "ko: 3월 10일부터 3일간 is no range" "[date.range]"

# --messages forces one language for the whole run
run "$ERRATA_BIN" check --lang ja --messages en "$T/ja.md"
expect_contains "--messages en: English, with English dates" "ja.md:5:1: warning: the 3日間 訪問 from March 10 would end March 12, but the article dates it to March 14 (5 days) [date.duration]"

printf -- '---\ndate: 2026-01-05\n---\n\nLa visite de trois jours commence le 4 janvier et se termine le 8 janvier.\n\nHier (lundi), le conseil a voté.\n' >"$T/fr.md"
run "$ERRATA_BIN" check --lang fr "$T/fr.md"
expect_contains "fr: the duration in French" "« visite de trois jours » à partir du 4 janvier finirait le 6 janvier, mais l'article va jusqu'au 8 janvier (5 jours) [date.duration]"
expect_contains "fr: the relative day in French" "« Hier », dans un article daté du lundi 5 janvier 2026, est le dimanche 4 janvier, pas le lundi [date.relative]"

printf -- '---\ndate: 2026-01-05\n---\n\nDie dreitägige Messe beginnt am 10. März und endet am 14. März.\n' >"$T/de.md"
run "$ERRATA_BIN" check --lang de "$T/de.md"
expect_contains "de: the duration in German" "„dreitägige Messe“ ab dem 10. März würde am 12. März enden, doch der Artikel reicht bis zum 14. März (5 Tage) [date.duration]"

# Catalan elides "de" before a vowel: d'abril, d'agost, d'octubre
printf 'Dilluns 14 d%soctubre de 2026 hi ha la reunió.\n' "'" >"$T/ca.txt"
run "$ERRATA_BIN" check --lang ca "$T/ca.txt"
expect_contains "ca: d'octubre in the message" "el 14 d'octubre de 2026 és dimecres, no dilluns"
printf 'Dilluns 14 de gener de 2026 i dilluns 15 d%sabril de 2026.\n' "'" >"$T/ca2.txt"
run "$ERRATA_BIN" check --lang ca "$T/ca2.txt"
expect_contains "ca: de gener stays" "el 14 de gener de 2026 és dimecres, no dilluns"
expect_contains "ca: d'abril" "el 15 d'abril de 2026 és dimecres, no dilluns"

# Slovak, Finnish, Greek, Hungarian and Turkish tell the checks in their
# own words: in an article dated Monday, January 5, 2026, a wrong
# "yesterday" (first line) and a three-day event over more days (second)
told() {
	printf -- '---\ndate: 2026-01-05\n---\n\n%s\n\n%s\n' "$2" "$3" >"$T/$1.md"
	run "$ERRATA_BIN" check --lang "$1" "$T/$1.md"
	expect_contains "$1: the relative day in its language" "$4 [date.relative]"
	expect_contains "$1: the duration in its language" "$5 [date.duration]"
}
told sk 'Minister odstúpil včera (v pondelok).' 'Trojdňový festival sa uskutoční od 1. do 8. júla.' \
	'„včera“ v článku zo dňa 5. januára 2026 (pondelok) je 4. januára (nedeľa), nie pondelok' \
	'„Trojdňový festival“ od 1. júla: koniec 3. júla, ale článok siaha do 8. júla (počet dní: 8)'
told fi 'Ministeri erosi eilen maanantaina.' 'Kolmipäiväinen festivaali järjestetään 1.–6. kesäkuuta.' \
	'”eilen” on artikkelissa, jonka päiväys on maanantai 5. tammikuuta 2026, sunnuntai 4. tammikuuta, ei maanantai' \
	'”Kolmipäiväinen festivaali” 1. kesäkuuta alkaen päättyisi 3. kesäkuuta, mutta artikkelin mukaan se jatkuu 6. kesäkuuta asti (6 päivää)'
told el 'Ο υπουργός παραιτήθηκε χθες (Δευτέρα).' 'Το τριήμερο φεστιβάλ θα πραγματοποιηθεί από 1 έως 6 Ιουνίου.' \
	'«χθες» σε άρθρο με ημερομηνία Δευτέρα, 5 Ιανουαρίου 2026, σημαίνει Κυριακή, 4 Ιανουαρίου, όχι Δευτέρα' \
	'«τριήμερο φεστιβάλ» από 1 Ιουνίου: θα τελείωνε 3 Ιουνίου, αλλά το άρθρο το φέρνει έως 6 Ιουνίου (6 ημέρες)'
told hu 'A miniszter tegnap (hétfőn) lemondott.' 'A háromnapos fesztivált június 1–6. között rendezik meg.' \
	'„tegnap” egy 2026. január 5. (hétfő) keltezésű cikkben: január 4. (vasárnap), nem hétfő' \
	'„háromnapos fesztivált”: kezdete június 1., így vége június 3. lenne, de a cikk szerint eddig tart: június 6. (6 nap)'
told tr 'Bakan dün (pazartesi) istifa etti.' 'Üç günlük festival 1-6 Haziran tarihleri arasında düzenlenecek.' \
	'“dün”, 5 Ocak 2026 Pazartesi tarihli bir makalede 4 Ocak Pazar demektir, Pazartesi değil' \
	'“Üç günlük festival” 1 Haziran başlangıçla 3 Haziran tarihinde bitmeli, ancak makaleye göre 6 Haziran tarihine kadar sürüyor (6 gün)'
done_testing
