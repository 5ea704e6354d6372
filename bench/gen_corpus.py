#!/usr/bin/env python3
"""Generate errata's benchmark corpus: news articles with dated events.

usage: gen_corpus.py OUTDIR [COUNT] [SEED]

Writes COUNT (default 10000) Markdown articles of 3 to 8 KB into OUTDIR
(spread over 100 folders), each with front matter, a dateline that states
a full date, and paragraphs of plain news prose mentioning events by
weekday and date in the shapes English newsrooms use. About one article in
four carries one or two injected errors: a weekday that does not match its
date (on a full date or on a year-less date whose year comes from the
dateline) or a date that does not exist.

Every article also carries one to three of the constructions the
consistency checks read (stated lengths, ranges, relative days,
anniversaries, ages, titles; see bench/gen_consistency.py, whose builders
are reused here), a third of them contradicted by the article's dates or
by the fact sheet OUTDIR/facts.json, the rest right, some of them decoys.

OUTDIR/errors.tsv lists every injected error (path, line, column, end
line, end column, kind, text; kind is "weekday", "invalid" or the rule id
of a consistency check); everything else in the corpus is meant to be
correct, so a finding elsewhere is a false positive. The same COUNT and
SEED always give the same bytes.
"""
import datetime
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_consistency as consistency  # noqa: E402

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
MONTH_ABBR = ["Jan.", "Feb.", "March", "April", "May", "June", "July",
              "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]

CITIES = ["Lisbon", "Nairobi", "Osaka", "Valparaiso", "Gdansk", "Winnipeg", "Hobart",
          "Tbilisi", "Accra", "Bergen", "Cebu", "Leipzig", "Porto Alegre", "Tampere"]
# Not in the fact sheet (gen_consistency.py draws its people from other
# names), so no title or age of theirs can be judged.
PEOPLE = ["Mayor Elena Whitcombe", "Minister Kofi Asante", "Governor Rita Adeyemi",
          "Senator Paul Lindgren", "Chief Executive Ines Carvalho", "Commissioner Yuki Mori",
          "Council Leader Omar Nasser", "Director Lena Wojcik"]
BODIES = ["the city council", "the port authority", "the health ministry", "the rail operator",
          "the teachers' union", "the regional parliament", "the water board",
          "the central bank", "the election commission", "the housing agency"]
TOPICS = ["a new tram line", "the harbour expansion", "hospital waiting lists",
          "school building repairs", "a flood defence plan", "bus fares",
          "the renewable energy tender", "rent controls", "the airport runway",
          "a reform of the pension system"]
EVENTS = ["a public hearing", "the final vote", "a press conference", "the first reading",
          "a site visit", "talks with the unions", "the budget debate", "a town hall meeting"]

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
    "Several councillors said they had not yet made up their minds.",
    "Funding would come partly from national grants and partly from local taxes.",
    "An earlier version of the proposal was rejected after a long debate.",
    "Union representatives said members would be consulted before any agreement.",
    "The government has promised to respond to the recommendations in detail.",
    "Observers expect the issue to feature heavily in next year's campaign.",
    "The committee heard evidence from transport experts and environmental groups.",
    "Figures released by the statistics office show a steady rise in demand.",
]


def weekday(d):
    return WEEKDAYS[d.weekday()]


def fmt_date(rng, d, wd, with_year):
    """A weekday-and-date expression in one of several newsroom shapes."""
    shape = rng.randrange(6)
    y = ", %d" % d.year if with_year else ""
    if shape == 0:
        return "%s, %s %d%s" % (wd, MONTHS[d.month - 1], d.day, y)
    if shape == 1:
        return "%s, %s %d%s" % (wd, MONTH_ABBR[d.month - 1], d.day, y)
    if shape == 2:
        return "%s, %d %s%s" % (wd, d.day, MONTHS[d.month - 1], " %d" % d.year if with_year else "")
    if shape == 3:
        return "%s (%s %d)" % (wd, MONTH_ABBR[d.month - 1], d.day) if not with_year else \
            "%s, %s %d, %d" % (wd, MONTHS[d.month - 1], d.day, d.year)
    if shape == 4:
        return "%s %d%s" % (MONTHS[d.month - 1], d.day, " (%s)" % wd) if not with_year else \
            "%s, %s %d, %d" % (wd, MONTHS[d.month - 1], d.day, d.year)
    return "%s, %s %d%s" % (wd, MONTHS[d.month - 1], d.day, y)


def wrap(text, width=76):
    """Break lines at spaces; never before "1)" or "1.", which would open a
    Markdown list in the middle of the paragraph."""
    out, line = [], ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > width and not re.match(r"\d+[.)]", word):
            out.append(line)
            line = word
        else:
            line = word if not line else line + " " + word
    if line:
        out.append(line)
    return "\n".join(out)


class Article:
    """Builds the text and remembers where injected errors land."""

    def __init__(self):
        self.parts = []
        self.marks = []  # (start offset, end offset, kind, text)
        self.size = 0

    def add(self, s, mark=None):
        if mark:
            self.marks.append((self.size, self.size + len(s), mark, s))
        self.parts.append(s)
        self.size += len(s)

    def paragraph(self, pieces):
        """pieces: list of (text, mark or None); joined with spaces, wrapped."""
        text = " ".join(p for p, _ in pieces)
        wrapped = wrap(text)
        # Map marks through the wrapping: wrapping only turns spaces into
        # newlines, so offsets stay the same.
        pos = 0
        for p, m in pieces:
            start = text.index(p, pos)
            if m:
                n = len(p.rstrip(","))
                self.marks.append((self.size + start, self.size + start + n, m,
                                   wrapped[start:start + n]))
            pos = start + len(p)
        self.parts.append(wrapped + "\n\n")
        self.size += len(wrapped) + 2

    def paragraph_marked(self, text, rule, span):
        """One paragraph; when rule is set, the error is the span in it."""
        wrapped = wrap(text)
        if rule:
            start = text.index(span)
            kinds = [rule]
            # a range whose weekdays disagree with its dates has a wrong weekday too
            if rule == "date.range" and any(w in span for w in WEEKDAYS):
                kinds.append("weekday")
            for kind in kinds:
                self.marks.append((self.size + start, self.size + start + len(span), kind,
                                   wrapped[start:start + len(span)]))
        self.parts.append(wrapped + "\n\n")
        self.size += len(wrapped) + 2

    def text(self):
        return "".join(self.parts)


class Constructions:
    """The face gen_consistency's builders expect (rng, date, add,
    filler), collecting paragraphs to place in an article."""

    def __init__(self, rng, date):
        self.rng = rng
        self.date = date
        self.paras = []   # (text, rule or None, span or None)

    def add(self, text, rule=None, span=None):
        self.paras.append((text, rule, span))

    def filler(self, n=None):
        for _ in range(n if n is not None else self.rng.randint(1, 2)):
            self.paras.append((" ".join(self.rng.sample(FILLER, 3)), None, None))


CONSTRUCTIONS = ["duration", "decoy", "range", "relative", "anniversary", "age", "title",
                 "near", "born"]


def constructions(rng, date, facts):
    """One to three consistency constructions, a third of them wrong."""
    people, orgs = facts
    c = Constructions(rng, date)
    for kind in rng.sample(CONSTRUCTIONS, rng.randint(1, 3)):
        wrong = rng.random() < 1 / 3
        if kind == "duration":
            consistency.duration(c, wrong)
        elif kind == "decoy":
            consistency.duration_decoy(c)
        elif kind == "range":
            consistency.date_range(c, wrong)
        elif kind == "relative":
            consistency.relative(c, wrong)
        elif kind == "anniversary":
            consistency.anniversary(c, wrong, orgs)
        elif kind == "born":
            consistency.born_in_article(c, wrong)
        elif kind == "near":
            consistency.decoy(c, people, orgs)
        elif kind == "age":
            consistency.age(c, wrong, people)
        else:
            consistency.title(c, wrong, people)
    return c.paras


def event_sentence(rng, anchor, inject, full_year):
    """A sentence about an event near the anchor date; returns (pieces)."""
    d = anchor + datetime.timedelta(days=rng.randint(-40, 40))
    wd = weekday(d)
    mark = None
    expr = None
    if inject == "weekday":
        wd = WEEKDAYS[(d.weekday() + rng.randint(1, 6)) % 7]
        mark = "weekday"
    elif inject == "invalid":
        bad = rng.choice([(2, 30), (2, 31), (4, 31), (6, 31), (9, 31), (11, 31)])
        if rng.random() < 0.3 and anchor.year % 4 != 0:
            bad = (2, 29)
        expr = "%s %d, %d" % (MONTHS[bad[0] - 1], bad[1], anchor.year)
        mark = "invalid"
    if expr is None:
        expr = fmt_date(rng, d, wd, full_year)
    lead = rng.choice([
        "%s will hold %s on" % (rng.choice(BODIES).capitalize(), rng.choice(EVENTS)),
        "%s is expected to announce a decision on %s on" % (rng.choice(PEOPLE), rng.choice(TOPICS)),
        "According to the published schedule, %s on %s takes place on" % (
            rng.choice(EVENTS), rng.choice(TOPICS)),
        "%s said %s would meet again on" % (rng.choice(PEOPLE), rng.choice(BODIES)),
    ])
    tail = rng.choice([
        "in %s." % rng.choice(CITIES),
        "after weeks of negotiation.",
        ", officials confirmed.",
        "at the earliest.",
    ])
    if tail.startswith(","):
        return [(lead, None), (expr + ",", mark), (tail[2:], None)]
    return [(lead, None), (expr, mark), (tail, None)]


def make_article(rng, index, facts):
    anchor = datetime.date(2024, 1, 1) + datetime.timedelta(days=rng.randint(0, 3 * 365))
    target = rng.randint(3 * 1024, 8 * 1024 - 400)
    city = rng.choice(CITIES)
    topic = rng.choice(TOPICS)
    a = Article()
    a.add("---\ntitle: \"%s weighs %s\"\ndate: %s\nlang: en\n---\n\n" % (city, topic, anchor.isoformat()))
    a.add("# %s weighs %s\n\n" % (city, topic))
    # The dateline: a correct full date that anchors the year-less ones.
    a.paragraph([("%s, %s --" % (city.upper(), fmt_date(rng, anchor, weekday(anchor), True)), None),
                 ("%s set out the next steps on %s on Thursday." % (rng.choice(PEOPLE), topic), None)])
    errors = 0
    wanted = 0 if rng.random() < 0.75 else rng.randint(1, 2)
    extra = constructions(rng, anchor, facts)
    # where they go: after the dateline, spread over the article's length
    place = sorted(rng.randint(0, max(1, target - 1500)) for _ in extra)
    while a.size < target or extra:
        while extra and place[0] <= a.size:
            text, rule, span = extra.pop(0)
            place.pop(0)
            a.paragraph_marked(text, rule, span)
        if a.size >= target:
            continue
        pieces = [(f, None) for f in rng.sample(FILLER, rng.randint(2, 4))]
        if rng.random() < 0.8:
            inject = None
            if errors < wanted and rng.random() < 0.5:
                inject = "invalid" if rng.random() < 0.2 else "weekday"
                errors += 1
            ev = event_sentence(rng, anchor, inject, rng.random() < 0.35)
            at = rng.randint(0, len(pieces))
            pieces[at:at] = ev
        a.paragraph(pieces)
    return a


def position(text, offset):
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


def main(argv):
    if len(argv) >= 2 and argv[1] in ("-h", "--help"):
        print(__doc__)
        return 0
    if len(argv) < 2 or argv[1].startswith("-"):
        print(__doc__, file=sys.stderr)
        return 2
    out = argv[1]
    count = int(argv[2]) if len(argv) > 2 else 10000
    seed = int(argv[3]) if len(argv) > 3 else 20260107
    rng = random.Random(seed)
    os.makedirs(out, exist_ok=True)
    facts = consistency.make_facts(random.Random(seed + 1))
    with open(os.path.join(out, "facts.json"), "w", encoding="utf-8") as f:
        json.dump({"version": 1, "entities": facts[0] + facts[1]}, f, indent=1)
    total = 0
    with open(os.path.join(out, "errors.tsv"), "w", encoding="utf-8") as side:
        side.write("path\tline\tcolumn\tend_line\tend_column\tkind\ttext\n")
        for i in range(count):
            a = make_article(rng, i, facts)
            rel = "%02d/article-%05d.md" % (i % 100, i)
            path = os.path.join(out, rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            text = a.text()
            data = text.encode("utf-8")
            with open(path, "wb") as f:
                f.write(data)
            total += len(data)
            for start, end, kind, s in a.marks:
                l1, c1 = position(text, start)
                l2, c2 = position(text, end)
                side.write("%s\t%d\t%d\t%d\t%d\t%s\t%s\n" % (rel, l1, c1, l2, c2, kind,
                                                          s.replace("\n", " ")))
    print("%d articles, %d bytes in %s" % (count, total, out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
