#!/usr/bin/env python3
"""Generate news articles in eight languages for the per-language cost.

usage: gen_langs.py OUTDIR [COUNT] [SEED]

Writes COUNT (default 3) Markdown articles of about 80 KB for each of
English, French, German, Spanish, Russian, Japanese, Chinese and Korean
into OUTDIR/<lang>/, plus OUTDIR/<lang>/tiny.md, a one-line article of the
same language (bench/instructions_langs.sh subtracts its run to leave
start-up out). Each article has front matter with `date:` and `lang:` and
paragraphs of plain news prose about councils, strikes and visits, with
dates written the way that language's newsrooms write them (with and
without weekday, with and without year), durations and ages. The weekdays
agree with their dates: the articles measure cost, not findings. The same
COUNT and SEED always give the same bytes.
"""
import datetime
import os
import random
import sys

SIZE = 80 * 1024


def d_en(d, wd, year):
    s = "%s %d" % (EN_M[d.month - 1], d.day) + (", %d" % d.year if year else "")
    return ("%s, %s" % (EN_W[d.weekday()], s)) if wd else s


EN_W = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_M = ["January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"]
FR_W = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_M = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"]
DE_W = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_M = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
        "September", "Oktober", "November", "Dezember"]
ES_W = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_M = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
        "septiembre", "octubre", "noviembre", "diciembre"]
RU_W = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
RU_M = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
        "сентября", "октября", "ноября", "декабря"]
JA_W = "月火水木金土日"
ZH_W = "一二三四五六日"
KO_W = "월화수목금토일"


def d_fr(d, wd, year):
    s = "%d %s" % (d.day, FR_M[d.month - 1]) + (" %d" % d.year if year else "")
    return ("%s %s" % (FR_W[d.weekday()], s)) if wd else s


def d_de(d, wd, year):
    s = "%d. %s" % (d.day, DE_M[d.month - 1]) + (" %d" % d.year if year else "")
    return ("%s, %s" % (DE_W[d.weekday()], s)) if wd else s


def d_es(d, wd, year):
    s = "%d de %s" % (d.day, ES_M[d.month - 1]) + (" de %d" % d.year if year else "")
    return ("%s %s" % (ES_W[d.weekday()], s)) if wd else s


def d_ru(d, wd, year):
    s = "%d %s" % (d.day, RU_M[d.month - 1]) + (" %d года" % d.year if year else "")
    return ("%s (%s)" % (s, RU_W[d.weekday()])) if wd else s


def d_ja(d, wd, year):
    s = ("%d年" % d.year if year else "") + "%d月%d日" % (d.month, d.day)
    return s + ("(%s)" % JA_W[d.weekday()] if wd else "")


def d_zh(d, wd, year):
    s = ("%d年" % d.year if year else "") + "%d月%d日" % (d.month, d.day)
    return s + ("（星期%s）" % ZH_W[d.weekday()] if wd else "")


def d_ko(d, wd, year):
    s = ("%d년 " % d.year if year else "") + "%d월 %d일" % (d.month, d.day)
    return s + ("(%s)" % KO_W[d.weekday()] if wd else "")


# Per language: date formatter, cities, bodies, sentence templates (with
# {date}, {city}, {body}, {n} for a count of days, {age}), joiner between
# sentences.
LANGS = {
    "en": (d_en, ["Lisbon", "Nairobi", "Bergen", "Leipzig", "Tampere", "Accra"],
           ["the city council", "the rail union", "the health ministry", "the port authority"],
           ["{body} will meet in {city} on {date} to vote on the new tram line.",
            "The strike called by {body} is to last {n} days and begins on {date}.",
            "The minister, aged {age}, visited {city} on {date} and met local officials.",
            "Talks resumed on {date} after a pause of {n} days, officials in {city} said.",
            "Residents of {city} queued for hours outside the town hall on {date}.",
            "Officials said the plan had been discussed for several years without a decision.",
            "A spokesman for {body} declined to comment on the figures.",
            "The mayor, {age}, said the budget would be published on {date}."], " "),
    "fr": (d_fr, ["Lyon", "Nantes", "Lille", "Rennes", "Dijon", "Grenoble"],
           ["le conseil municipal", "le syndicat des cheminots", "la préfecture", "la région"],
           ["{body} se réunira à {city} le {date} pour voter le nouveau tramway.",
            "La grève annoncée par {body} durera {n} jours à partir du {date}.",
            "La ministre, âgée de {age} ans, s'est rendue à {city} le {date}.",
            "Les négociations ont repris le {date} après une pause de {n} jours.",
            "Des habitants de {city} ont manifesté devant la mairie le {date}.",
            "Selon les élus, le projet était discuté depuis plusieurs années sans décision.",
            "Un porte-parole de {body} n'a pas souhaité commenter ces chiffres.",
            "Le maire, {age} ans, a promis que le budget serait publié le {date}."], " "),
    "de": (d_de, ["Leipzig", "Köln", "Münster", "Freiburg", "Kassel", "Erfurt"],
           ["der Stadtrat", "die Lokführergewerkschaft", "das Gesundheitsministerium", "der Landtag"],
           ["In {city} kommt {body} am {date} zusammen, um über die neue Straßenbahn abzustimmen.",
            "Der Streik soll {n} Tage dauern und beginnt am {date}.",
            "Die {age}-jährige Ministerin besuchte {city} am {date} und traf Vertreter der Stadt.",
            "Die Gespräche wurden am {date} nach einer Pause von {n} Tagen wieder aufgenommen.",
            "Anwohner in {city} protestierten am {date} vor dem Rathaus.",
            "Nach Angaben der Verwaltung wird der Plan seit Jahren ohne Ergebnis beraten.",
            "Eine Sprecherin wollte sich zu den Zahlen nicht äußern.",
            "Der Bürgermeister ({age}) kündigte an, den Haushalt am {date} vorzulegen."], " "),
    "es": (d_es, ["Sevilla", "Bilbao", "Valencia", "Zaragoza", "Málaga", "Vigo"],
           ["el pleno municipal", "el sindicato de maquinistas", "la consejería de sanidad", "el cabildo"],
           ["{body} se reunirá en {city} el {date} para votar el nuevo tranvía.",
            "La huelga convocada durará {n} días y comenzará el {date}.",
            "La ministra, de {age} años, visitó {city} el {date} y se reunió con los vecinos.",
            "Las negociaciones se reanudaron el {date} tras una pausa de {n} días.",
            "Los vecinos de {city} se concentraron ante el ayuntamiento el {date}.",
            "Según fuentes municipales, el plan se discute desde hace años sin acuerdo.",
            "Un portavoz de {body} declinó comentar las cifras.",
            "El alcalde, de {age} años, aseguró que el presupuesto se publicará el {date}."], " "),
    "ru": (d_ru, ["Казани", "Самаре", "Перми", "Томске", "Омске", "Твери"],
           ["городская дума", "профсоюз железнодорожников", "министерство здравоохранения",
            "областной совет"],
           ["{body} соберётся в {city} {date}, чтобы проголосовать за новую трамвайную линию.",
            "Забастовка продлится {n} дней и начнётся {date}.",
            "Министр, которому {age} года, посетил встречу в {city} {date}.",
            "Переговоры возобновились {date} после перерыва в {n} дней.",
            "Жители собрались у здания мэрии в {city} {date}.",
            "По словам чиновников, план обсуждался несколько лет без решения.",
            "Представитель совета отказался комментировать эти цифры.",
            "Мэр, которому {age} года, пообещал опубликовать бюджет {date}."], " "),
    "ja": (d_ja, ["京都", "札幌", "仙台", "広島", "福岡", "金沢"],
           ["市議会", "鉄道労組", "厚生労働省", "県議会"],
           ["{city}の{body}は{date}に新しい路面電車の計画を採決する。",
            "労組のストライキは{n}日間続き、{date}に始まる予定だ。",
            "{age}歳の大臣は{date}に{city}を訪れ、地元の関係者と会談した。",
            "交渉は{n}日間の中断を経て{date}に再開された。",
            "{city}の住民は{date}、市役所の前に集まった。",
            "関係者によると、計画は数年にわたり結論が出ないまま議論されてきた。",
            "{body}の広報担当者は数字についてのコメントを控えた。",
            "市長({age})は予算を{date}に公表すると述べた。"], ""),
    "zh": (d_zh, ["杭州", "成都", "武汉", "青岛", "厦门", "昆明"],
           ["市议会", "铁路工会", "卫生部", "省人大"],
           ["{city}{body}将于{date}召开会议，表决新的有轨电车线路。",
            "工会宣布的罢工将持续{n}天，于{date}开始。",
            "现年{age}岁的部长于{date}访问{city}，并会见了当地官员。",
            "谈判在中断{n}天后于{date}恢复。",
            "{city}居民于{date}聚集在市政厅前。",
            "官员表示，该计划已讨论多年，仍未作出决定。",
            "{body}发言人拒绝就相关数字发表评论。",
            "{age}岁的市长表示，预算将于{date}公布。"], ""),
    "ko": (d_ko, ["부산", "대구", "광주", "대전", "울산", "전주"],
           ["시의회", "철도노조", "보건복지부", "도의회"],
           ["{city} {body}는 {date} 새 노면전차 노선을 표결한다.",
            "노조의 파업은 {n}일간 이어지며 {date}에 시작된다.",
            "{age}세인 장관은 {date} {city}을 방문해 지역 관계자들과 만났다.",
            "협상은 {n}일간의 중단 끝에 {date} 재개됐다.",
            "{city} 주민들은 {date} 시청 앞에 모였다.",
            "관계자들에 따르면 이 계획은 수년간 결론 없이 논의돼 왔다.",
            "{body} 대변인은 수치에 대한 언급을 거부했다.",
            "시장({age})은 예산을 {date}에 공개하겠다고 밝혔다."], " "),
}


def sentence(rng, lang, anchor):
    fmt, cities, bodies, templates, _ = LANGS[lang]
    d = anchor + datetime.timedelta(days=rng.randint(-40, 60))
    return rng.choice(templates).format(
        date=fmt(d, rng.random() < 0.6, rng.random() < 0.5), city=rng.choice(cities),
        body=rng.choice(bodies), n=rng.randint(2, 9), age=rng.randint(31, 78))


def article(rng, lang, index):
    joiner = LANGS[lang][4]
    anchor = datetime.date(2026, 1, 1) + datetime.timedelta(days=rng.randint(0, 700))
    head = "---\ntitle: \"%s %d\"\ndate: %s\nlang: %s\n---\n\n" % (lang, index + 1,
                                                                anchor.isoformat(), lang)
    parts = [head]
    size = len(head.encode())
    while size < SIZE:
        para = joiner.join(sentence(rng, lang, anchor) for _ in range(rng.randint(3, 6))) + "\n\n"
        parts.append(para)
        size += len(para.encode())
    return "".join(parts), anchor


def main(argv):
    if len(argv) >= 2 and argv[1] in ("-h", "--help"):
        print(__doc__)
        return 0
    if len(argv) < 2 or argv[1].startswith("-"):
        sys.stderr.write("usage: gen_langs.py OUTDIR [COUNT] [SEED]\n")
        return 2
    out = argv[1]
    count = int(argv[2]) if len(argv) > 2 else 3
    seed = int(argv[3]) if len(argv) > 3 else 12
    for lang in LANGS:
        rng = random.Random("%d-%s" % (seed, lang))
        os.makedirs(os.path.join(out, lang), exist_ok=True)
        anchor = None
        for i in range(count):
            text, anchor = article(rng, lang, i)
            with open(os.path.join(out, lang, "article-%02d.md" % (i + 1)), "wb") as f:
                f.write(text.encode())
        with open(os.path.join(out, lang, "tiny.md"), "wb") as f:
            f.write(("---\ndate: %s\nlang: %s\n---\n\n%s\n" % (
                anchor.isoformat(), lang, sentence(rng, lang, anchor))).encode())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
