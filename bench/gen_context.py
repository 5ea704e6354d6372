#!/usr/bin/env python3
"""Write a second benchmark corpus, shaped unlike errata's own checks.

    python3 bench/gen_context.py OUTDIR [COUNT] [SEED]

bench/gen_corpus.py writes articles the way the checks read them: front
matter with the date, full dates in plain sentences. This one writes what
news sites publish and what misled errata before: no front matter (the
article's date is in a byline or a dateline under the title), dates in
history in the body, "Key dates" lists under headings that say "next" or
"coming" (crossing into the next year), all-caps event listings, tables
with the weekday and the date in separate cells, numeric dates, ranges
whose weekdays name the end, day lists. About one article in two carries
one or two wrong weekdays or a date that does not exist, listed in
OUTDIR/errors.tsv (path, line, first and last column in code points,
kind, text); every other date in the corpus is right, so every other
finding is a false alarm.

The same COUNT and SEED give the same bytes.
"""
import datetime
import os
import random
import sys

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
MON3 = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.",
        "Sept.", "Oct.", "Nov.", "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday"]
WD3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
NAMES = ["Ana Ruiz", "Tom Becker", "Leila Haddad", "Jonas Berg", "Priya Nair",
         "Sam O'Neill", "Marta Kowalska", "Kenji Mori"]
CITIES = ["WASHINGTON", "BRUSSELS", "NAIROBI", "OSLO", "LIMA", "MANILA"]
AGENCIES = ["AP", "Reuters", "AFP"]
TOPICS = [("council", "budget vote"), ("festival", "opening night"),
          ("court", "hearing"), ("union", "strike ballot"),
          ("museum", "reopening"), ("port", "bridge closure")]
HISTORY = [("a treaty", "signed", (1989, 6, 4)), ("the old bridge", "opened", (1987, 10, 19)),
           ("the club", "founded", (1961, 5, 2)), ("the first strike", "called", (1978, 1, 9)),
           ("the charter", "adopted", (1945, 6, 26)), ("the dam", "completed", (1936, 3, 1))]
HEADINGS = ["## What comes next", "## Coming up", "**The road ahead: next steps**",
            "### Key dates", "## The next few weeks", "**Coming dates**"]
FILLER = ["Officials said the plan had broad support.",
          "Residents were invited to comment before the deadline.",
          "The agency did not say how many people would be affected.",
          "Critics called the timetable too tight.",
          "A spokesperson declined to comment further."]


def wd(d):
    return d.weekday()


class Article:
    """Lines of an article, and the errors planted in them."""

    def __init__(self):
        self.lines = []
        self.errors = []          # (line, col1, col2, kind, text)

    def add(self, text):
        self.lines.append(text)

    def plant(self, line_text, span, kind):
        """Record span (a substring of line_text, the next line to add)."""
        col = line_text.index(span) + 1
        self.errors.append((len(self.lines) + 1, col, col + len(span) - 1, kind, span))
        self.add(line_text)


def wrong_weekday(rng, d):
    return (wd(d) + rng.choice([1, 2, 3, 4, 5, 6])) % 7


def byline(rng, pub):
    name = rng.choice(NAMES)
    shape = rng.randrange(5)
    if shape == 0:
        return "By %s · %d %s %d" % (name, pub.day, MONTHS[pub.month - 1], pub.year)
    if shape == 1:
        return "By %s, %s %d, %d" % (name, MONTHS[pub.month - 1], pub.day, pub.year)
    if shape == 2:
        return "Published %s, %s %d, %d" % (WEEKDAYS[wd(pub)], MONTHS[pub.month - 1],
                                           pub.day, pub.year)
    if shape == 3:
        return "Updated %s %d, %d at %d:%02d a.m." % (MON3[pub.month - 1], pub.day, pub.year,
                                                     rng.randrange(1, 12), rng.randrange(60))
    return "%s (%s) — %s %d, %d" % (rng.choice(CITIES), rng.choice(AGENCIES),
                                    MONTHS[pub.month - 1], pub.day, pub.year)


def fmt_item(rng, d, weekday, style):
    """A list item's date: 'Thu 14 May', 'Friday (May 15)', 'Mon., Aug. 3'."""
    if style == 0:
        return "%s %d %s" % (WD3[weekday], d.day, MONTHS[d.month - 1][:3])
    if style == 1:
        return "%s (%s %d)" % (WEEKDAYS[weekday], MONTHS[d.month - 1], d.day)
    return "%s, %s %d" % (WEEKDAYS[weekday], MON3[d.month - 1], d.day)


def key_dates(rng, art, pub, wrong):
    art.add(rng.choice(HEADINGS))
    art.add("")
    d = pub + datetime.timedelta(days=rng.randrange(3, 40))
    # lists of autumn articles run over the new year
    if pub.month >= 10 and rng.random() < 0.6:
        d = max(d, datetime.date(pub.year, 12, rng.randrange(15, 28)))
    style = rng.randrange(3)
    for k in range(rng.randrange(3, 6)):
        what = rng.choice(["the vote", "the hearing", "results", "a public meeting",
                           "the deadline for comments", "the final session"])
        w = wd(d)
        bad = k == wrong
        if bad:
            w = wrong_weekday(rng, d)
        text = fmt_item(rng, d, w, style)
        line = "- %s: %s" % (text, what)
        if bad:
            art.plant(line, text, "weekday")
        else:
            art.add(line)
        d += datetime.timedelta(days=rng.randrange(2, 16))
    art.add("")


def listing(rng, art, pub, wrong):
    """All-caps event listings; a range whose weekday names its end."""
    start = pub + datetime.timedelta(days=rng.randrange(2, 30))
    end = start + datetime.timedelta(days=rng.randrange(1, 3))
    if end.month != start.month:
        end = start
    m = MONTHS[start.month - 1].upper()
    if end != start:
        w = wd(end)
        if wrong:
            w = wrong_weekday(rng, end)
            while w == wd(start):
                w = wrong_weekday(rng, end)
        text = "%s, %s %d-%d" % (WEEKDAYS[w].upper(), m, start.day, end.day)
        line = "NOW THROUGH %s — TICKETS AT THE DOOR" % text
    else:
        w = wd(start) if not wrong else wrong_weekday(rng, start)
        text = "%s, %s %d" % (WEEKDAYS[w].upper(), m, start.day)
        line = "%s — DOORS OPEN 7PM" % text
    if wrong:
        art.plant(line, text, "weekday")
    else:
        art.add(line)
    art.add("")


def table(rng, art, pub, wrong):
    art.add("| Day | Date | Event |")
    art.add("| --- | --- | --- |")
    d = pub + datetime.timedelta(days=rng.randrange(1, 20))
    for k in range(rng.randrange(2, 5)):
        w = wd(d) if k != wrong else wrong_weekday(rng, d)
        cell = "%s | %s %d" % (WEEKDAYS[w], MONTHS[d.month - 1], d.day)
        line = "| %s | %s |" % (cell, rng.choice(["Hearing", "Vote", "Concert", "Market"]))
        if k == wrong:
            art.plant(line, cell, "weekday")
        else:
            art.add(line)
        d += datetime.timedelta(days=rng.randrange(1, 9))
    art.add("")


def numeric(rng, art, pub, wrong):
    d = pub + datetime.timedelta(days=rng.randrange(1, 60))
    w = wd(d) if not wrong else wrong_weekday(rng, d)
    shape = rng.randrange(3)
    if shape == 0:
        text = "%d-%02d-%02d (%s)" % (d.year, d.month, d.day, WD3[w])
    elif shape == 1:
        text = "%s, %d/%d/%d" % (WEEKDAYS[w], d.month, d.day, d.year)
    else:
        text = "%s %d-%02d-%02d" % (WD3[w], d.year, d.month, d.day)
    line = "Registration closes %s at noon." % text
    if wrong:
        art.plant(line, text, "weekday")
    else:
        art.add(line)
    art.add("")


def range_paren(rng, art, pub, wrong):
    s = pub + datetime.timedelta(days=rng.randrange(10, 90))
    e = s + datetime.timedelta(days=3)
    if e.month != s.month:
        s = s - datetime.timedelta(days=5)
        e = s + datetime.timedelta(days=3)
    suf = lambda n: "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    w1 = wd(s) if not wrong else wrong_weekday(rng, s)
    text = "%s %d%s-%d%s, %d (%s-%s)" % (MONTHS[s.month - 1], s.day, suf(s.day), e.day,
                                         suf(e.day), s.year, WEEKDAYS[w1], WEEKDAYS[wd(e)])
    line = "The conference runs %s in the main hall." % text
    if wrong:
        art.plant(line, text, "weekday")
    else:
        art.add(line)
    art.add("")


def day_list(rng, art, pub, wrong):
    m = rng.choice([4, 6, 9, 11])   # months of 30 days
    y = pub.year if m >= pub.month else pub.year + 1
    if wrong:
        text = "%s 29th, 30th and 31st" % MONTHS[m - 1]
        line = "Performances are on %s." % text
        art.errors.append((len(art.lines) + 1, line.index("31st") + 1,
                           line.index("31st") + 4, "invalid", "31st"))
        art.add(line)
    else:
        art.add("Performances are on %s 28th, 29th and 30th, %d." % (MONTHS[m - 1], y))
    art.add("")


def history(rng, art, pub):
    what, verb, (y, m, d) = rng.choice(HISTORY)
    date = datetime.date(y, m, d)
    if rng.random() < 0.5:
        art.add("%s was %s on %s %d, %d, a %s." % (what.capitalize(), verb, MONTHS[m - 1], d, y,
                                                WEEKDAYS[wd(date)]))
    else:
        art.add("%s was %s on %s, %s %d, %d. %s" % (what.capitalize(), verb, WEEKDAYS[wd(date)],
                                                  MONTHS[m - 1], d, y, rng.choice(FILLER)))
    art.add("")


def body_sentence(rng, art, pub, wrong):
    """A year-less date in a plain paragraph, read against the byline."""
    d = pub + datetime.timedelta(days=rng.randrange(-20, 45))
    w = wd(d) if not wrong else wrong_weekday(rng, d)
    text = "%s, %s %d" % (WEEKDAYS[w], MON3[d.month - 1], d.day)
    line = "The %s is set for %s, %s" % (rng.choice(["vote", "meeting", "hearing"]), text,
                                        rng.choice(FILLER).lower())
    if wrong:
        art.plant(line, text, "weekday")
    else:
        art.add(line)
    art.add("")


def article(rng, i):
    pub = datetime.date(2026, 1, 1) + datetime.timedelta(days=rng.randrange(0, 365))
    topic, event = rng.choice(TOPICS)
    art = Article()
    art.add("# The %s prepares for the %s" % (topic, event))
    art.add("")
    art.add(byline(rng, pub))
    art.add("")
    art.add("The %s said on %s that the %s would go ahead. %s" % (
        topic, WEEKDAYS[wd(pub)], event, rng.choice(FILLER)))
    art.add("")
    history(rng, art, pub)
    sections = [key_dates, listing, table, numeric, range_paren, day_list, body_sentence]
    rng.shuffle(sections)
    chosen = sections[:rng.randrange(3, 6)]
    # about one article in two carries one or two errors
    bad = set()
    if rng.random() < 0.5:
        bad = set(rng.sample(range(len(chosen)), rng.choice([1, 1, 2])))
    for k, section in enumerate(chosen):
        if rng.random() < 0.4:
            history(rng, art, pub)
        if section in (key_dates, table):
            section(rng, art, pub, rng.randrange(2) if k in bad else -1)
        else:
            section(rng, art, pub, k in bad)
        art.add(rng.choice(FILLER))
        art.add("")
    return art


def main():
    if len(sys.argv) < 2 or sys.argv[1].startswith("-"):
        print(__doc__, file=sys.stdout if sys.argv[1:2] in (["-h"], ["--help"]) else sys.stderr)
        sys.exit(0 if sys.argv[1:2] in (["-h"], ["--help"]) else 2)
    out = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 20261206
    rng = random.Random(seed)
    os.makedirs(out, exist_ok=True)
    rows = []
    for i in range(count):
        art = article(rng, i)
        folder = "d%02d" % (i % 20)
        os.makedirs(os.path.join(out, folder), exist_ok=True)
        path = "%s/article-%05d.md" % (folder, i)
        with open(os.path.join(out, path), "w", encoding="utf-8") as f:
            f.write("\n".join(art.lines) + "\n")
        for line, c1, c2, kind, text in art.errors:
            rows.append("%s\t%d\t%d\t%d\t%d\t%s\t%s" % (path, line, c1, line, c2, kind, text))
    with open(os.path.join(out, "errors.tsv"), "w", encoding="utf-8") as f:
        f.write("path\tline\tcol\tend_line\tend_col\tkind\ttext\n")
        f.write("\n".join(rows) + ("\n" if rows else ""))
    print("%d articles, %d planted errors" % (count, len(rows)))


if __name__ == "__main__":
    main()
