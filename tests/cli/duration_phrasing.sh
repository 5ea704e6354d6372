#!/bin/sh
# duration_phrasing.sh: date.duration on a length tied to a range written
# next to it in the same clause, phrased freely ("spend four days in
# Geneva, from June 2 to June 8", "Between July 6 and July 12, a two-day
# conference", "5月4日から9日までの3日間", the month and the day mark
# written once: "3日間（8月7～10日）", "사흘간(8월 7~10일)"), in English, French, Spanish,
# German, Italian, Portuguese, Dutch, Japanese, Chinese and Korean. Each
# wrong sentence has a right twin that must pass, and lengths that are
# not the range's ("two weeks after", "three days each year", "at
# least five days", "two days a week") must pass too, and so must weeks
# of work, Monday to Friday ("a one-week course from Monday, March 9, to
# Friday, March 13"), and a length that qualifies a unit ("a four-day
# week from June 1 to Dec. 31": a rhythm, not a span).
. "$(dirname "$0")/lib.sh"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

# lang|flag (1: a finding wanted, 0: none)|sentence
cat >"$T/cases" <<'CASES'
en|1|The delegation will spend four days in Geneva, from June 2 to June 8.
en|0|The delegation will spend four days in Geneva, from June 2 to June 5.
en|1|Talks continued for two weeks, between Feb. 3 and Feb. 24.
en|0|Talks continued for two weeks, between Feb. 3 and Feb. 16.
en|1|From July 6 to July 12, a two-day conference will take place downtown.
en|0|From July 6 to July 7, a two-day conference will take place downtown.
en|0|Between July 6 and July 12, a two-day conference will take place downtown.
en|1|The exhibition stays open for ten days (Sept. 4-20).
en|0|The exhibition stays open for ten days (Sept. 4-13).
en|1|Crews worked five nights, from Nov. 9 to Nov. 17, to repair the bridge.
en|0|Crews worked five nights, from Nov. 9 to Nov. 14, to repair the bridge.
en|1|It was a weeklong festival, May 20 to May 31.
en|0|It was a weeklong festival, May 20 to May 26.
en|1|The band played three nights at Wembley, from Aug. 1 to Aug. 7.
en|0|The band played three nights at Wembley, from Aug. 1 to Aug. 4.
en|0|Results came two weeks after the June 1 to June 5 vote.
en|0|The market opens for three days each year, from May 5 to May 9.
en|0|Delegates met for three days of talks in a month-long session from May 1 to May 31.
en|0|Visitors may stay up to three days, from June 1 to June 30.
en|0|The pool opens two days a week from June 1 to Aug. 31.
en|0|The office will close for at least five days, from Oct. 1 to Oct. 20.
en|0|She spent three days in July, from July 1 to July 31, writing.
en|0|Three days later, from May 5 to May 9, the team regrouped.
en|0|The first three days, from May 5 to May 9, were quiet.
fr|1|La ministre passera trois jours à Lyon, du 4 au 9 juin.
fr|0|La ministre passera trois jours à Lyon, du 4 au 6 juin.
fr|1|La grève a duré deux semaines, du 2 au 25 mars.
fr|0|La grève a duré deux semaines, du 2 au 15 mars.
fr|1|Du 10 au 16 octobre, un colloque de deux jours réunira des historiens.
fr|0|Du 10 au 11 octobre, un colloque de deux jours réunira des historiens.
fr|0|Le musée ouvrira au moins trois jours, du 1er au 30 juin.
fr|0|Les résultats arrivent deux semaines après le scrutin du 4 au 9 juin.
es|1|La delegación pasará tres días en Quito, del 5 al 10 de mayo.
es|0|La delegación pasará tres días en Quito, del 5 al 7 de mayo.
es|1|Durante dos semanas, del 1 al 28 de febrero, el puerto estuvo cerrado.
es|0|Durante dos semanas, del 1 al 14 de febrero, el puerto estuvo cerrado.
es|0|El museo abrirá al menos cuatro días, del 1 al 30 de junio.
es|0|El gobierno decidirá dos semanas después de la cumbre del 3 al 7 de mayo.
de|1|Der Kanzler bleibt drei Tage in Japan, vom 4. bis 9. Mai.
de|0|Der Kanzler bleibt drei Tage in Japan, vom 4. bis 6. Mai.
de|1|Die Ausstellung läuft zwei Wochen lang, vom 1. bis 30. Juni.
de|0|Die Ausstellung läuft zwei Wochen lang, vom 1. bis 14. Juni.
de|0|Zwei Wochen nach der Wahl vom 4. bis 8. Mai tagte das Parlament.
de|0|Das Museum öffnet mindestens drei Tage, vom 1. bis 30. Juni.
it|1|Il presidente trascorrerà quattro giorni a Tokyo, dal 2 all'8 luglio.
it|0|Il presidente trascorrerà quattro giorni a Tokyo, dal 2 al 5 luglio.
it|1|Per due settimane, dal 3 al 28 marzo, il museo resterà chiuso.
it|0|Per due settimane, dal 3 al 16 marzo, il museo resterà chiuso.
it|0|Il cantiere durerà almeno tre giorni, dal 4 al 9 maggio.
pt|1|O presidente passa três dias em Luanda, de 3 a 8 de outubro.
pt|0|O presidente passa três dias em Luanda, de 3 a 5 de outubro.
pt|1|A greve durou duas semanas, entre 2 e 27 de março.
pt|0|A greve durou duas semanas, entre 2 e 15 de março.
pt|0|A obra vai durar pelo menos três dias, de 3 a 8 de outubro.
nl|1|De koning verblijft vier dagen in Japan, van 3 tot en met 9 mei.
nl|0|De koning verblijft vier dagen in Japan, van 3 tot en met 6 mei.
nl|1|De staking duurde twee weken, van 1 tot en met 28 juni.
nl|0|De staking duurde twee weken, van 1 tot en met 14 juni.
nl|0|De werken duren minstens drie dagen, van 1 tot en met 9 mei.
ja|1|7月1日から10日までの5日間、東京で会議が開かれる。
ja|0|7月1日から5日までの5日間、東京で会議が開かれる。
ja|1|代表団は6月3日から9日まで4日間、ソウルに滞在する。
ja|0|代表団は6月3日から6日まで4日間、ソウルに滞在する。
ja|0|5月4日から9日までの会議の後、3日間休む。
zh|1|代表团将于6月3日至9日在北京进行为期四天的访问。
zh|0|代表团将于6月3日至6日在北京进行为期四天的访问。
zh|1|会议于7月1日至10日举行，为期五天。
zh|0|会议于7月1日至5日举行，为期五天。
zh|0|5月4日至9日的会议结束后三天，代表团回国。
ja|1|音楽祭は3日間（8月7～10日）、札幌で開かれる。
ja|0|音楽祭は4日間（8月7～10日）、札幌で開かれる。
ko|1|영화제는 사흘간(8월 7~10일) 부산에서 열린다.
ko|0|영화제는 나흘간(8월 7~10일) 부산에서 열린다.
ko|1|연수는 4박 5일(9월 1~4일) 일정으로 진행된다.
ko|0|연수는 3박 4일(9월 1~4일) 일정으로 진행된다.
ko|0|배송에는 보통 3~5일이 걸리며, 연휴에는 더 걸린다.
zh|1|博览会为期三天（8月7-10日），在广州举行。
zh|0|博览会为期四天（8月7-10日），在广州举行。
ko|1|대표단은 6월 3일부터 9일까지 나흘간 서울에 머문다.
ko|0|대표단은 6월 3일부터 6일까지 나흘간 서울에 머문다.
ko|1|회의는 7월 1일부터 10일까지 5일간 열린다.
ko|0|회의는 7월 1일부터 5일까지 5일간 열린다.
en|1|The trial is expected to last two weeks, from Jan. 5 to Jan. 30.
en|0|The trial is expected to last two weeks, from Jan. 5 to Jan. 18.
en|1|He served 30 days in jail, from June 1 to July 15.
en|0|He served 30 days in jail, from June 1 to June 30.
en|1|The country observed three days of mourning, from Jan. 2 to Jan. 6.
en|0|The country observed three days of mourning, from Jan. 2 to Jan. 4.
en|0|The program runs for eight weeks, between Sept. 7 and Oct. 30.
en|0|The pilgrims walked for three days in the summer, from June 21 to Sept. 22.
en|0|Over the next two weeks, from May 1 to May 31, crews will repave roads.
en|1|The festival runs from May 1 to May 9, lasting three days.
en|0|The festival runs from May 1 to May 3, lasting three days.
ja|1|祭りは8月1日から10日まで3日間にわたって開かれる。
ja|0|祭りは8月1日から3日まで3日間にわたって開かれる。
zh|1|代表团于6月3日至12日访问日本，为期四天。
zh|0|代表团于6月3日至6日访问日本，为期四天。
zh|0|5月4日至9日的会议结束后，为期三天的访问开始。
en|0|Rain fell on four days between June 1 and June 30.
en|0|Temperatures topped 35C for five days between July 1 and July 31.
en|0|Parliament sat for 14 days between Jan. 10 and March 31.
en|1|Voters had three days, between Nov. 2 and Nov. 7, to cast ballots.
en|0|Voters had three days, between Nov. 2 and Nov. 4, to cast ballots.
de|0|Es regnete an vier Tagen vom 1. bis 30. Juni.
nl|0|Het regende op vier dagen van 1 tot en met 30 juni.
en|1|Delegates met for three days of talks in a month-long session from May 1 to June 20.
en|0|The month-long strike, from Feb. 1 to Feb. 28, ended with a deal.
en|1|The month-long strike, from Feb. 1 to March 20, ended with a deal.
en|0|A monthlong exhibition runs from June 1 to June 30.
en|0|Employees get 20 days of leave from Jan. 1 to Dec. 31.
en|1|The Games run 17 days, Feb. 6-28.
en|0|The Games run 17 days, Feb. 6-22.
fr|1|Quatre jours durant, du 3 au 10 mai, la ville sera en fête.
es|1|Durante una semana, del 1 al 20 de marzo, el puerto estuvo cerrado.
es|0|Durante una semana, del 1 al 7 de marzo, el puerto estuvo cerrado.
de|1|Das Fest dauert vom 4. bis 9. Mai drei Tage.
de|0|Das Fest dauert vom 4. bis 6. Mai drei Tage.
it|1|Tre giorni di festa, dal 4 al 9 maggio, animeranno la città.
it|0|Tre giorni di festa, dal 4 al 6 maggio, animeranno la città.
nl|1|Een week lang, van 1 tot en met 20 maart, wordt er gestaakt.
nl|0|Een week lang, van 1 tot en met 7 maart, wordt er gestaakt.
ja|1|会期は3日間（5月4日〜9日）。
ko|1|행사는 5월 4일~9일 사흘간 열린다.
ko|0|행사는 5월 4일~6일 사흘간 열린다.
zh|1|展会为期三天（5月4日至9日）。
zh|0|展会为期三天（5月4日至6日）。
en|1|The strike lasted a week, from Sept. 1 to Sept. 20.
en|0|The strike lasted a week, from Sept. 1 to Sept. 7.
en|1|For a fortnight, from June 1 to June 30, the road was shut.
en|0|For a fortnight, from June 1 to June 14, the road was shut.
en|0|Pills are taken three times a day from May 1 to May 31.
en|0|Trains run twice a week, from May 1 to May 31.
en|0|The park is open 10 hours a day from May 1 to Sept. 30.
en|0|A week later, from May 5 to May 9, the team regrouped.
en|0|She took a day trip from May 5 to May 9.
en|1|The conference runs three days, 5-9 May, in London.
en|0|The conference runs three days, 5-7 May, in London.
en|0|Three days of talks from May 5 to May 9 ended without a deal.
en|1|Three days of talks, from May 5 to May 9, ended without a deal.
es|0|Hace tres días, del 4 al 9 de mayo, nada ocurrió.
es|1|Tres días, del 4 al 9 de mayo, duró la feria.
de|0|Nach drei Tagen, vom 4. bis 9. Mai, endete der Streik.
fr|0|Pendant les trois premiers jours, du 4 au 6 mai, le musée sera gratuit.
fr|1|Pendant trois jours, du lundi 4 au samedi 9 mai, le musée sera gratuit.
en|1|The fair, which runs from Aug. 12 to Aug. 19, lasts five days.
en|0|The fair, which runs from Aug. 12 to Aug. 16, lasts five days.
en|0|From May 1 to May 31, the strike lasted two weeks.
es|1|La feria, que se celebra del 3 al 9 de agosto, dura cuatro días.
es|0|La feria, que se celebra del 3 al 6 de agosto, dura cuatro días.
fr|1|Le festival, du 3 au 9 août, dure quatre jours.
fr|0|Le festival, du 3 au 6 août, dure quatre jours.
de|1|Die Messe, vom 10. bis 16. Oktober, dauert vier Tage.
de|0|Die Messe, vom 10. bis 13. Oktober, dauert vier Tage.
it|1|Il festival, dal 3 al 9 agosto, dura quattro giorni.
it|0|Il festival, dal 3 al 6 agosto, dura quattro giorni.
pt|1|O festival, de 3 a 9 de agosto, dura quatro dias.
pt|0|O festival, de 3 a 6 de agosto, dura quatro dias.
nl|1|Het festival, van 3 tot en met 9 augustus, duurt vier dagen.
nl|0|Het festival, van 3 tot en met 6 augustus, duurt vier dagen.
en|0|The talks, from May 1 to May 31, lasted two days each week.
es|0|La huelga del 1 al 31 de mayo duró dos días por semana.
ja|1|大会は5月4日から9日まで、3日間行われる。
ja|0|大会は5月4日から6日まで、3日間行われる。
ja|1|3日間の日程で、5月4日から9日まで開かれる。
ja|1|展示会は3日間（5月4日～9日）開かれる。
ja|0|展示会は3日間（5月4日～6日）開かれる。
zh|1|博物馆将于5月4日至9日举办为期三天的展览。
zh|0|博物馆将于5月4日至6日举办为期三天的展览。
zh|1|展览为期三天（5月4日至9日）。
zh|1|会议将于5月4日至9日在上海召开，为期三天。
zh|0|会议将于5月4日至6日在上海召开，为期三天。
ko|1|회의는 5월 4일부터 9일까지 3일 동안 열린다.
ko|0|회의는 5월 4일부터 6일까지 3일 동안 열린다.
ko|1|축제는 5월 4일부터 9일까지 3일간 진행된다.
ko|1|회의는 사흘 동안 5월 4일부터 9일까지 열린다.
ko|0|회의는 사흘 동안 5월 4일부터 6일까지 열린다.
ko|1|회의는 사흘간, 5월 4일부터 9일까지 열린다.
en|0|After talks from May 1 to May 3, a two-week tour begins.
fr|0|Après le sommet du 10 au 16 octobre, un colloque de deux jours réunira des historiens.
en|0|He attended for three days at the summit from May 5 to May 9.
en|1|She will spend three days in Paris from May 5 to May 9.
en|0|She will spend three days in Paris from May 5 to May 7.
en|0|The one-week course runs from Monday, March 9, to Friday, March 13.
en|0|A two-week strike from March 16 to March 27 shut the port.
en|0|The three-week tour runs from May 4 to May 22.
en|1|A two-week strike from March 16 to March 25 shut the port.
en|1|The one-week course runs from March 9 to March 12.
en|0|A four-day week trial runs from June 1 to Dec. 31.
en|0|Staff moved to a four-day week from June 1 to Dec. 31.
en|1|The three-day weekend runs from June 5 to June 9.
CASES

i=0
files=""
while IFS='|' read -r lang flag text; do
	i=$((i + 1))
	f=$(printf 'c%02d-%s.md' "$i" "$lang")
	printf -- '---\ndate: 2026-04-20\nlang: %s\n---\n\n%s\n' "$lang" "$text" >"$T/$f"
	files="$files $f"
done <"$T/cases"
(cd "$T" && "$ERRATA_BIN" check --format text $files >"$T/out" 2>"$T/err")
rc=$?
if [ "$rc" -le 1 ]; then ok "errata check ran on $i sentences"; else not_ok "errata check ran" "exit $rc: $(cat "$T/err")"; fi

i=0
while IFS='|' read -r lang flag text; do
	i=$((i + 1))
	f=$(printf 'c%02d-%s.md' "$i" "$lang")
	if grep -q "^$f:.*\[date\.duration\]" "$T/out"; then got=1; else got=0; fi
	if [ "$got" = "$flag" ]; then
		ok "$lang: $text"
	elif [ "$flag" = 1 ]; then
		not_ok "$lang: missed: $text"
	else
		not_ok "$lang: false alarm: $text" "$(grep "^$f:" "$T/out")"
	fi
done <"$T/cases"

# the message names the length as written and the range's span
expect_line() {
	if grep -qF "$2" "$T/out"; then ok "$1"; else not_ok "$1" "missing: $2"; fi
}
expect_line "en: the message" "c01-en.md:6:27: warning: four days from June 2 would end June 5, but the range written with it runs to June 8 (7 days) [date.duration]"
expect_line "de: the message" "„drei Tage“ ab dem 4. Mai würden am 6. Mai enden, doch der Zeitraum daneben reicht bis zum 9. Mai (6 Tage) [date.duration]"
expect_line "en: a length with its noun" "three days of mourning from January 2 would end January 4, but the range written with it runs to January 6 (5 days)"
expect_line "ja: the message" "7月1日からの「5日間」は7月5日に終わるはずですが、併記された期間は7月10日までです（10日間） [date.duration]"
done_testing
