#!/usr/bin/env python3
"""Generate the consistency-check corpus: news articles that state
lengths, ranges, relative days, anniversaries, ages and titles, some of
them contradicted by the article's own dates or by the fact sheet.

usage: gen_consistency.py OUTDIR [COUNT] [SEED]

Writes COUNT (default 2000) Markdown articles into OUTDIR (spread over 20
folders), each with a `date:` in its front matter, plain news filler, and
three to six constructions for the consistency checks. About half the
constructions are wrong. OUTDIR/facts.json is the fact sheet the
articles are checked against; OUTDIR/errors.tsv lists every injected
error (path, line, rule, text). Everything else is meant to be right,
including decoys: lengths that refer to something else, dates of other
events near an event, anniversaries and ages that agree. The same COUNT
and SEED always give the same bytes.
"""
import datetime
import json
import os
import random
import sys

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
                "nine", "ten", "eleven", "twelve"]
CITIES = ["Lisbon", "Nairobi", "Osaka", "Valparaiso", "Gdansk", "Winnipeg", "Hobart",
          "Tbilisi", "Accra", "Bergen", "Cebu", "Leipzig", "Tampere", "Quito"]
EVENTS = ["visit", "tour", "festival", "summit", "trade fair", "conference", "strike",
          "retreat", "book fair", "state visit"]
FILLER = [
    "Officials said the plan had been discussed for several years without a decision.",
    "Critics argue that the cost estimates are too optimistic and may rise again.",
    "Supporters say the project will create hundreds of jobs in the region.",
    "The opposition has asked for an independent review of the figures.",
    "Residents who spoke at earlier meetings were divided on the proposal.",
    "A spokesperson declined to comment on the timetable before the vote.",
    "The latest survey suggests that a narrow majority backs the measure.",
    "Local businesses have warned that construction work could disrupt trade.",
    "Engineers are still assessing the condition of the older buildings.",
    "The agency said it would publish the full report on its website.",
    "Funding would come partly from national grants and partly from local taxes.",
    "Union representatives said members would be consulted before any agreement.",
    "Observers expect the issue to feature heavily in next year's campaign.",
    "The committee heard evidence from transport experts and environmental groups.",
]
SURNAMES = ["Brandt", "Mensah", "Okafor", "Hartmann", "Duarte", "Sato", "Haddad",
            "Kowalski", "Lindqvist", "Moreau", "Tanaka", "Achebe", "Novak", "Reyes",
            "Varga", "Quinn", "Falk", "Ibarra", "Sorensen", "Petrov"]
GIVEN = ["Elena", "Kofi", "Rita", "Paul", "Ines", "Yuki", "Omar", "Lena", "Tomas",
         "Amara", "Jonas", "Mei", "Carlos", "Noor", "Anton", "Sofia"]
ORGS = ["Harbour Museum", "City Orchestra", "Northern Railway", "Botanic Garden",
        "Civic Theatre", "Maritime Academy", "Central Library", "Old Mill Bakery",
        "River Ferry Company", "Free Press Club"]
TITLES = ["Mayor", "Governor", "Minister", "Chancellor"]


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def md(d):
    return "%s %d" % (MONTHS[d.month - 1], d.day)


def wmd(d):
    return "%s, %s" % (WEEKDAYS[d.weekday()], md(d))


def count_word(rng, n):
    return NUMBER_WORDS[n] if n < len(NUMBER_WORDS) and rng.random() < 0.7 else str(n)


def make_facts(rng):
    people, orgs = [], []
    used = set()
    for i in range(40):
        while True:
            g, s = rng.choice(GIVEN), rng.choice(SURNAMES)
            if s not in used:
                used.add(s)
                break
        born = datetime.date(rng.randint(1940, 1995), rng.randint(1, 12), rng.randint(1, 28))
        title = TITLES[i % len(TITLES)]
        start = datetime.date(rng.randint(2008, 2020), rng.randint(1, 12), 1)
        end = start + datetime.timedelta(days=rng.randint(700, 1800))
        people.append({"name": "%s %s" % (g, s), "aliases": [s], "born": born.isoformat(),
                       "titles": [{"title": title, "from": start.isoformat(),
                                   "to": end.isoformat() if end.year < 2024 else None}]})
        if len(used) >= len(SURNAMES):
            break
    for o in ORGS:
        orgs.append({"name": o, "founded": str(rng.randint(1850, 1990))})
    return people, orgs


class Article:
    def __init__(self, rng, date):
        self.rng = rng
        self.date = date
        self.paras = []     # list of (text, rule or None, span or None)

    def filler(self, n=None):
        for _ in range(n if n is not None else self.rng.randint(1, 3)):
            self.paras.append((" ".join(self.rng.sample(FILLER, 3)), None, None))

    def add(self, text, rule=None, span=None):
        self.paras.append((text, rule, span))


def duration(a, wrong):
    rng = a.rng
    n = rng.randint(2, 6)
    ev = rng.choice(EVENTS)
    start = a.date + datetime.timedelta(days=rng.randint(1, 40))
    end = start + datetime.timedelta(days=n - 1)
    if wrong:
        end += datetime.timedelta(days=rng.randint(1, 3))
    word = count_word(rng, n)
    city, city2 = rng.sample(CITIES, 2)
    shape = rng.randint(0, 4)
    span = "%s-day" % word
    if shape == 0:
        a.add("The delegation begins a %s %s to %s on %s." % (span, ev, city, wmd(start)),
              "date.duration" if wrong else None, span)
        a.filler(1)
        a.add("The %s then continues to %s, where the last meetings are held on %s."
              % (ev.split()[-1], city2, md(end)))
    elif shape == 1:
        a.add("The %s %s runs from %s to %s in %s." % (span, ev, md(start), md(end), city),
              "date.duration" if wrong else None, span)
    elif shape == 2:
        a.add("Organisers say the %s %s opens on %s. It closes on %s with a concert in %s."
              % (span, ev, md(start), md(end), city), "date.duration" if wrong else None, span)
    elif shape == 3:
        span = "%s days" % word
        a.add("The %s of %s begins in %s on %s." % (ev.split()[-1], span, city, md(start)),
              "date.duration" if wrong else None, span)
        a.add("Talks with local officials end on %s." % md(start + datetime.timedelta(days=n + 2)))
        a.filler(1)
        a.add("The %s ends in %s on %s." % (ev.split()[-1], city2, md(end)))
    else:
        nights = n
        span = "%s-night" % word
        end = start + datetime.timedelta(days=nights)
        if wrong:
            end += datetime.timedelta(days=rng.randint(1, 2))
        a.add("Passengers on the %s cruise board in %s on %s and leave the ship when it ends in %s on %s."
              % (span, city, md(start), city2, md(end)), "date.duration" if wrong else None, span)


def duration_decoy(a):
    rng = a.rng
    start = a.date + datetime.timedelta(days=rng.randint(5, 40))
    choice = rng.randint(0, 2)
    if choice == 0:
        a.add("The %s-day %s opens on %s. Tickets went on sale on %s."
              % (count_word(rng, 3), rng.choice(EVENTS), md(start), md(start - datetime.timedelta(days=rng.randint(5, 20)))))
    elif choice == 1:
        a.add("The 10-day forecast promises dry weather. The market reopens on %s, and the council votes on %s."
              % (md(start), md(start + datetime.timedelta(days=4))))
    else:
        a.add("The minister opens a two-day visit to %s on %s. Parliament debates the budget on %s."
              % (rng.choice(CITIES), md(start), md(start + datetime.timedelta(days=5))))


def date_range(a, wrong):
    rng = a.rng
    start = a.date + datetime.timedelta(days=rng.randint(3, 50))
    k = rng.randint(2, 5)
    if start.day <= 8 or start.day + k > 28:
        start = start.replace(day=10)
    if rng.random() < 0.5:
        end = start - datetime.timedelta(days=k) if wrong else start + datetime.timedelta(days=k)
        text = "from %s to %s" % (md(start), md(end))
        a.add("The exhibition runs %s at the city gallery." % text,
              "date.range" if wrong else None, text)
    else:
        end = start + datetime.timedelta(days=k)
        wend = end.weekday() if not wrong else (end.weekday() + rng.choice([1, 6])) % 7
        text = "%s–%s, %s %d–%d" % (WEEKDAYS[start.weekday()], WEEKDAYS[wend],
                                   MONTHS[start.month - 1], start.day, end.day)
        a.add("Hearings are scheduled for %s, in the main chamber." % text,
              "date.range" if wrong else None, text)


def relative(a, wrong):
    rng = a.rng
    off = rng.choice([-1, 1])
    word = "yesterday" if off < 0 else "tomorrow"
    d = a.date + datetime.timedelta(days=off)
    if wrong:
        d += datetime.timedelta(days=rng.choice([-1, 1]) * (1 if off > 0 else 1))
        if d == a.date:
            d += datetime.timedelta(days=off * 2)
    if rng.random() < 0.5:
        text = "%s (%s)" % (word, WEEKDAYS[d.weekday()])
        a.add("The committee said %s that it would publish its findings." % text,
              "date.relative" if wrong else None, text)
    else:
        text = "%s, %s" % (word, md(d))
        a.add("Voting in the regional assembly takes place %s, officials said." % text,
              "date.relative" if wrong else None, text)


def anniversary(a, wrong, orgs):
    rng = a.rng
    if rng.random() < 0.5:
        org = rng.choice(orgs)
        n = a.date.year - int(org["founded"])
        if wrong:
            n += rng.choice([-2, -1, 1, 2])
        text = "%s anniversary" % ordinal(n)
        a.add("This year the %s celebrates the %s of the %s with free entry."
              % ("city", text, org["name"]), "date.anniversary" if wrong else None, text)
    else:
        n = rng.choice([10, 20, 25, 30, 40, 50])
        year = a.date.year - n
        if wrong:
            year += rng.choice([-3, -2, 2, 3])
        text = "%s anniversary" % ordinal(n)
        a.add("Crowds gathered for the %s of the %d flood that reshaped the valley." % (text, year),
              "date.anniversary" if wrong else None, text)


def born_in_article(a, wrong):
    """A person the fact sheet does not know, born in the article, then aged or remembered."""
    rng = a.rng
    g, s = rng.choice(GIVEN), rng.choice(SURNAMES) + "-" + rng.choice(["Lopes", "Berg", "Iwu", "Kim"])
    year = a.date.year - rng.randint(25, 80)
    a.add("%s %s, born in %d, grew up near the harbour." % (g, s, year))
    a.filler(1)
    if rng.random() < 0.5:
        age = a.date.year - year - rng.choice([0, 1])
        if wrong:
            age += rng.choice([-4, -3, 3, 4])
        text = "%s, %d" % (s, age)
        a.add("%s, said the plan came too late." % text, "number.age" if wrong else None, text)
    else:
        n = a.date.year - year
        if wrong:
            n += rng.choice([-2, -1, 1, 2])
        text = "%s anniversary" % ordinal(n)
        a.add("Friends marked the %s of %s %s's birth with a concert." % (text, g, s),
              "date.anniversary" if wrong else None, text)


def age(a, wrong, people):
    rng = a.rng
    p = rng.choice(people)
    born = datetime.date.fromisoformat(p["born"])
    years = a.date.year - born.year - ((a.date.month, a.date.day) < (born.month, born.day))
    if wrong:
        years += rng.choice([-3, -2, 2, 3])
    text = "%s, %d" % (p["name"], years)
    a.add("%s, said the proposal deserved a fair hearing." % text,
          "number.age" if wrong else None, text)


def title(a, wrong, people):
    rng = a.rng
    p = rng.choice(people)
    t = p["titles"][0]
    holds = t["to"] is None
    surname = p["aliases"][0]
    if wrong and not holds:
        text = "%s %s" % (t["title"], surname)
        a.add("The plan was backed by %s at a meeting with business leaders." % text,
              "facts.title", text)
    elif not holds:
        a.add("The plan was backed by former %s %s at a meeting with business leaders."
              % (t["title"], surname))
    else:
        a.add("The plan was backed by %s %s at a meeting with business leaders."
              % (t["title"], surname))


def decoy(a, people, orgs):
    """Right constructions close to the wrong ones: none of these is an error."""
    rng = a.rng
    k = rng.randint(0, 9)
    d = a.date + datetime.timedelta(days=rng.randint(2, 30))
    if k == 0:
        g, s = rng.choice(GIVEN), rng.choice(SURNAMES)
        a.add("%s %s-Ruiz, %d, a shop owner, said trade had picked up." % (g, s, rng.randint(25, 70)))
    elif k == 1:
        p = rng.choice(people)
        t = p["titles"][0]
        year = int(t["from"][:4]) + 1
        a.add("In %d, %s %s signed the first agreement." % (year, t["title"], p["aliases"][0]))
    elif k == 2:
        org = rng.choice(orgs)
        a.add("The %s was founded in %s. Its anniversary dinner is on %s." % (org["name"], org["founded"], md(d)))
    elif k == 3:
        a.add("The minister said yesterday that the talks would resume on %s." % md(d))
    elif k == 4:
        n = rng.randint(3, 6)
        a.add("A %s-night cruise leaves on %s and docks on %s." % (count_word(rng, n), md(d), md(d + datetime.timedelta(days=n))))
    elif k == 5:
        dec = datetime.date(a.date.year, 12, 28)
        a.add("The winter market runs from %s to %s." % (md(dec), md(dec + datetime.timedelta(days=rng.randint(3, 8)))))
    elif k == 6:
        n = rng.choice([10, 15, 20])
        a.add("It is %d years since the %d election, and %d since the one before." % (n - 1, a.date.year - n, n + 4))
    elif k == 7:
        end = d + datetime.timedelta(days=2)
        a.add("Delegates meet from %s to %s." % (wmd(d), wmd(end)))
    elif k == 8:
        p = rng.choice(people)
        born = datetime.date.fromisoformat(p["born"])
        a.add("In %d, %s, then %d, joined the board." % (born.year + 30, p["aliases"][0], 30))
    else:
        n = rng.randint(2, 4)
        a.add("The %s-day %s opens on %s. A separate concert is planned for %s."
              % (count_word(rng, n), rng.choice(EVENTS), md(d), md(d + datetime.timedelta(days=n + 1))))


def main():
    if len(sys.argv) < 2 or sys.argv[1].startswith("-"):
        print(__doc__, file=sys.stdout if sys.argv[1:2] in (["-h"], ["--help"]) else sys.stderr)
        sys.exit(0 if sys.argv[1:2] in (["-h"], ["--help"]) else 2)
    out = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 7
    rng = random.Random(seed)
    people, orgs = make_facts(rng)
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "facts.json"), "w") as f:
        json.dump({"version": 1, "entities": people + orgs}, f, indent=1)
    errors = ["path\tline\trule\ttext"]
    kinds = ["duration", "decoy", "range", "relative", "anniversary", "age", "title", "near",
             "near2", "born"]
    for i in range(count):
        folder = "d%02d" % (i % 20)
        os.makedirs(os.path.join(out, folder), exist_ok=True)
        path = "%s/a%05d.md" % (folder, i)
        date = datetime.date(2025, 1, 1) + datetime.timedelta(days=rng.randint(0, 700))
        a = Article(rng, date)
        a.filler(2)
        for kind in rng.sample(kinds, rng.randint(3, 6)):
            wrong = rng.random() < 0.5
            if kind == "duration":
                duration(a, wrong)
            elif kind == "decoy":
                duration_decoy(a)
            elif kind == "range":
                date_range(a, wrong)
            elif kind == "relative":
                relative(a, wrong)
            elif kind == "anniversary":
                anniversary(a, wrong, orgs)
            elif kind == "born":
                born_in_article(a, wrong)
            elif kind in ("near", "near2"):
                decoy(a, people, orgs)
            elif kind == "age":
                age(a, wrong, people)
            else:
                title(a, wrong, people)
            a.filler()
        lines = ["---", "title: Article %d" % i, "date: %s" % date.isoformat(), "---", ""]
        for text, rule, span in a.paras:
            if rule:
                errors.append("%s\t%d\t%s\t%s" % (path, len(lines) + 1, rule, span))
            lines.append(text)
            lines.append("")
        with open(os.path.join(out, path), "w") as f:
            f.write("\n".join(lines))
    with open(os.path.join(out, "errors.tsv"), "w") as f:
        f.write("\n".join(errors) + "\n")


if __name__ == "__main__":
    main()
