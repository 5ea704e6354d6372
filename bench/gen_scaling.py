#!/usr/bin/env python3
"""Inputs for bench/bench_scaling.sh: hostile and unusual articles of a
chosen size, each of one shape (one huge line of dates, a sentence with no
full stop, deep Markdown, broken HTML, invalid UTF-8, ...), so that the
cost of `errata check` can be measured as the input grows.

usage: gen_scaling.py list
       gen_scaling.py SHAPE BYTES OUT

`list` prints one shape a line: name, file extension, and the runs the
bench makes of it (comma-separated: text, json, auto, md, fix, diff, ...).
The second form writes an input of the shape of about BYTES bytes to OUT
(for the shape `diff`, OUT is a folder that becomes a git repository with
two commits of one article). The same shape and size always give the same
bytes (each shape has its own fixed seed).
"""
import os
import random
import subprocess
import sys
import zlib

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
ABBR = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.",
        "Oct.", "Nov.", "Dec."]
WORDS = ("the council said on that a plan for new bridge would cost more than "
         "expected and residents were asked to comment before vote in spring "
         "officials agreed talks had begun between two sides over funding").split()
CJK_WEEK = ["月", "火", "水", "木", "金", "土", "日"]
ZH_WEEK = ["一", "二", "三", "四", "五", "六", "日"]
ZH_TEXT = "市政府表示新的大桥工程费用超过预期居民将在投票前提出意见双方已经开始谈判"
JA_TEXT = "市議会は新しい橋の建設費用が予想を上回ると発表し住民は投票前に意見を述べた"
AR_WEEK = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
AR_MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
             "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
AR_TEXT = "وقال المجلس إن خطة الجسر الجديد ستكلف أكثر من المتوقع".split()
HE_TEXT = "אמרה המועצה כי תוכנית הגשר החדש תעלה יותר מהצפוי ביום".split()


def rng_for(name):
    return random.Random(zlib.crc32(name.encode()) ^ 12)


def words(r, n):
    return " ".join(r.choice(WORDS) for _ in range(n))


def date_en(r):
    return "%s, %s %d, %d" % (r.choice(WEEKDAYS), r.choice(MONTHS), r.randint(1, 28),
                              r.randint(1990, 2030))


def fill(size, piece):
    """Join pieces (a function giving the next string) up to size bytes."""
    out, n = [], 0
    while n < size:
        s = piece()
        out.append(s)
        n += len(s.encode("utf-8"))
    return "".join(out)


def wrap(text, width=72):
    """Break text at spaces into lines of about width characters."""
    lines, cur = [], []
    n = 0
    for w in text.split(" "):
        if n + len(w) > width and cur:
            lines.append(" ".join(cur))
            cur, n = [], 0
        cur.append(w)
        n += len(w) + 1
    if cur:
        lines.append(" ".join(cur))
    return "\n".join(lines) + "\n"


# Each shape: function(r, size) -> str or bytes.

def dates_line(r, size):
    def piece():
        k = r.randint(0, 3)
        if k == 0:
            return date_en(r) + "; "
        if k == 1:
            return "%s %s %d, " % (r.choice(WEEKDAYS), r.choice(ABBR), r.randint(1, 28))
        if k == 2:
            return "%s %d/%d/%d and " % (r.choice(WEEKDAYS), r.randint(1, 12), r.randint(1, 28),
                                         r.randint(2000, 2030))
        return "%s, %d %s %d, " % (r.choice(WEEKDAYS), r.randint(1, 28), r.choice(MONTHS),
                                   r.randint(1990, 2030))
    return fill(size, piece) + "\n"


def no_stop(r, size):
    def piece():
        if r.random() < 0.2:
            return "%s on %s %s %d, " % (words(r, 3), r.choice(WEEKDAYS), r.choice(MONTHS),
                                         r.randint(1, 28))
        return words(r, r.randint(2, 8)) + ", "
    return wrap(fill(size, piece))


def numbers(r, size):
    seps = ["-", "/", "–", "—", " - ", " / ", "--", "//"]

    def piece():
        k = r.randint(1, 4)
        return r.choice(seps).join(str(r.randint(0, 3000)) for _ in range(k)) + " "
    return wrap(fill(size, piece))


def md_quote(r, size):
    depth = [0]

    def piece():
        depth[0] = (depth[0] + r.randint(-20, 40)) % 2000
        return ">" * depth[0] + " " + words(r, 6) + " on " + date_en(r) + ".\n"
    return fill(size, piece)


def md_list(r, size):
    depth = [0]

    def piece():
        depth[0] = max(0, depth[0] + r.randint(-3, 4)) % 400
        mark = r.choice(["- ", "* ", "1. ", "+ ", "10) "])
        return "  " * depth[0] + mark + words(r, 5) + " " + date_en(r) + "\n"
    return fill(size, piece)


def md_brackets(r, size):
    bits = ["[", "[[", "](", "(", ")", "]", "[x](http://e.org/", "![a](", "[^1",
            "[id]: ", "<http://", "{{<", "{%", "{#", "[link](<u v>"]

    def piece():
        if r.random() < 0.1:
            return "\n\n"
        return r.choice(bits) + words(r, 2) + " " + (date_en(r) + " " if r.random() < 0.2 else "")
    return fill(size, piece) + "\n"


def md_emphasis(r, size):
    marks = ["*", "**", "_", "__", "~~", "***", "*_", "_*"]

    def piece():
        if r.random() < 0.05:
            return "\n\n"
        s = r.choice(marks) + words(r, 2) + " "
        if r.random() < 0.2:
            s += r.choice(marks) + r.choice(WEEKDAYS) + r.choice(marks) + ", " + \
                r.choice(MONTHS) + " %d " % r.randint(1, 28)
        return s
    return fill(size, piece) + "\n"


def md_code(r, size):
    ticks = ["`", "``", "```", "`` ` ``", "\\`", "````"]

    def piece():
        if r.random() < 0.05:
            return "\n\n"
        if r.random() < 0.3:
            return "`%s` " % date_en(r)
        return r.choice(ticks) + words(r, 3) + " " + \
            (date_en(r) + " " if r.random() < 0.2 else "")
    return fill(size, piece) + "\n"


def md_table(r, size):
    head = "| day | date | place | note |\n| --- | :---: | ---: | --- |\n"

    def piece():
        return "| %s | %s %d | %s | %s%s |\n" % (
            r.choice(WEEKDAYS), r.choice(MONTHS), r.randint(1, 28), words(r, 2), words(r, 4),
            r.choice(["", " \\| pipe", " `code | span`", " | extra | cells"]))
    return head + fill(size - len(head), piece)


def md_blocks(r, size):
    """Block openers that may run far: reference definitions whose title
    never closes, fences and HTML blocks opened and left, setext
    underlines, indented code, link labels over many lines."""
    bits = ["[r%d]: http://e.org/x 'a title that goes on\n", "```\n", "~~~ lang\n",
            "<div>\n", "<!--\n", "<pre>\n", "===\n", "---\n", "    code %d\n",
            "[a label that\n", "]: http://e.org\n", "<script>\n", "\n", "| a | b |\n",
            "1. item %d\n", "> quote %d\n", "{{< x %d\n", "* * *\n"]

    def piece():
        b = r.choice(bits)
        if "%d" in b:
            b = b % r.randint(0, 999)
        return b + words(r, 4) + " " + date_en(r) + "\n"
    return fill(size, piece)


HTML_TAGS = ["div", "span", "b", "i", "p", "em", "a", "section", "strong", "li", "ul", "td"]


def html_nested(r, size):
    stack = []

    def piece():
        if len(stack) < 3000 and r.random() < 0.6:
            t = r.choice(HTML_TAGS)
            stack.append(t)
            return '<%s class="c%d">%s ' % (t, r.randint(0, 9), words(r, 2))
        if stack:
            return "%s</%s>" % (date_en(r), stack.pop())
        return words(r, 3)
    return "<!DOCTYPE html><html><body>" + fill(size, piece) + "</body></html>\n"


def html_unclosed(r, size):
    bits = ['<a href="x', "<div ", "<b", "</", "<", "<!", "<p class='", "<img src=",
            "<br/", "<?", "<!DOCTYPE", "<![CDATA[", "<x y=\"", "< p>"]

    def piece():
        return r.choice(bits) + words(r, 2) + " " + (date_en(r) + " " if r.random() < 0.3 else "")
    return "<html><body>" + fill(size, piece) + "\n"


def html_comments(r, size):
    bits = ["<!-- %s -->", "<!--%s", "<!- %s", "--> %s", "<!---->%s", "<!-- - %s --!>",
            "%s <!-- a <!-- b -->"]

    def piece():
        return r.choice(bits) % (words(r, 2) + " " + date_en(r)) + " "
    return "<html><body><p>" + fill(size, piece) + "</p></body></html>\n"


def html_entities(r, size):
    ents = ["&amp;", "&ndash;", "&#8211;", "&#x2013;", "&nbsp;", "&unknown;", "&&", "&#;",
            "&#x;", "&#99999999999;", "&NonBreakingSpace;", "&shy;", "&eacute;", "&", "&a",
            "&#12", "&amp"]

    def piece():
        s = "".join(r.choice(ents) for _ in range(r.randint(1, 6)))
        if r.random() < 0.2:
            s += " " + r.choice(WEEKDAYS) + "&nbsp;" + r.choice(MONTHS) + "&#160;%d " % r.randint(1, 28)
        return s
    return "<html><body><p>" + fill(size, piece) + "</p></body></html>\n"


def html_script(r, size):
    bits = ["<script>var d = '%s';</script>", "<style>p { content: '%s' }</style>",
            "<script>%s", "</script>%s", "<style>%s", "<pre>%s</pre>", "<code>%s",
            "<textarea>%s</textarea>", "<svg><text>%s</text></svg>", "<title>%s"]

    def piece():
        return r.choice(bits) % date_en(r) + " " + words(r, 3) + " " + date_en(r) + ". "
    return "<html><body>" + fill(size, piece) + "</body></html>\n"


def fm_huge(r, size):
    def piece():
        return "k%d: '%s'\n" % (r.randint(0, 10**9), words(r, 6))
    return "---\n" + fill(size, piece) + "date: 2026-01-02\n---\nTalks begin on Tuesday, January 7.\n"


def fm_deep(r, size):
    n = size // 2
    return "---\na: " + "[" * n + "]" * n + "\n---\nTalks begin on Tuesday, January 7.\n"


def fm_unclosed(r, size):
    def piece():
        return "%s: %s %s\n" % (r.choice(WORDS), words(r, 4), date_en(r))
    return "---\n" + fill(size, piece)


def short_lines(r, size):
    def piece():
        k = r.randint(0, 5)
        return ["a\n", "\n", "Jan. 7\n", "7\n", "- x\n", "Tuesday\n"][k]
    return fill(size, piece)


def prose_lines(r, size):
    def piece():
        return "%s on %s.\n" % (words(r, 8), date_en(r))
    return fill(size, piece)


def bad_utf8_end(r, size):
    return prose_lines(r, size).encode() + b"\xc3\x28 end\n"


def nul_end(r, size):
    return prose_lines(r, size).encode() + b"\x00\n"


def binary(r, size):
    return bytes(r.getrandbits(8) for _ in range(size))


def run_of(ch):
    def gen(r, size):
        return ch * (size // len(ch)) + "\n"
    return gen


def combining(r, size):
    """Words whose letters carry long runs of combining marks of two
    classes in turn (NFC reorders them), then a date."""
    def piece():
        return "Janu" + "\u0301\u0316" * r.randint(1, 5000) + "ary %d, 2026. " % r.randint(1, 28)
    return fill(size, piece) + "\n"


def soft_hyphens(r, size):
    def piece():
        return "Feb\u00adru" + "\u00ad" * r.randint(1, 5000) + "ary %d, 2026 was a %s. " % (
            r.randint(1, 28), r.choice(WEEKDAYS))
    return fill(size, piece) + "\n"


def cjk_zh(r, size):
    def piece():
        if r.random() < 0.02:
            return "\n\n"
        return "%s%d年%d月%d日星期%s%s" % (ZH_TEXT[:r.randint(5, 30)], r.randint(1990, 2030),
                                       r.randint(1, 12), r.randint(1, 28), r.choice(ZH_WEEK),
                                       ZH_TEXT[r.randint(0, 30):])
    return fill(size, piece) + "\n"


def cjk_ja(r, size):
    def piece():
        if r.random() < 0.02:
            return "\n\n"
        return "%s%d月%d日(%s)%s令和%d年" % (JA_TEXT[:r.randint(5, 30)], r.randint(1, 12),
                                        r.randint(1, 28), r.choice(CJK_WEEK),
                                        JA_TEXT[r.randint(0, 30):], r.randint(1, 9))
    return fill(size, piece) + "\n"


def rtl(r, size):
    def piece():
        if r.random() < 0.5:
            return "%s يوم %s %d %s %d.\n" % (" ".join(r.sample(AR_TEXT, 5)), r.choice(AR_WEEK),
                                               r.randint(1, 28), r.choice(AR_MONTHS),
                                               r.randint(1990, 2030))
        return "%s %d.%d.%d\u200f.\n" % (" ".join(r.sample(HE_TEXT, 6)), r.randint(1, 28),
                                         r.randint(1, 12), r.randint(1990, 2030))
    return fill(size, piece)


def pack_line(r, size):
    def piece():
        k = r.randint(0, 3)
        if k == 0:
            return "up %d%% and %d.%d %% " % (r.randint(1, 99), r.randint(1, 99), r.randint(0, 9))
        if k == 1:
            return "towards the the %s " % words(r, 2)
        return words(r, 4) + " "
    return fill(size, piece) + "\n"


def findings(r, size):
    def piece():
        # a weekday one day off: a date.weekday error on every line
        return "Talks %d begin on %s, January %d, 2026 towards %s.\n" % (
            r.randint(0, 10**6), WEEKDAYS[(r.randint(0, 6))], 5, words(r, 2))
    return fill(size, piece)


def consistency_text(r, size, out, join):
    """The constructions of the consistency checks (lengths, ranges,
    relative days, anniversaries, ages, titles), half of them wrong, as
    bench/gen_consistency.py writes them, joined by join into one
    paragraph; the fact sheet they are checked against goes beside out
    as facts.json."""
    import datetime
    import json
    import gen_consistency as gc
    people, orgs = gc.make_facts(r)
    with open(os.path.join(os.path.dirname(out) or ".", "facts.json"), "w") as f:
        json.dump({"version": 1, "entities": people + orgs}, f)
    date = datetime.date(2026, 3, 12)
    a = gc.Article(r, date)
    makers = [lambda w: gc.duration(a, w), lambda w: gc.date_range(a, w),
              lambda w: gc.relative(a, w), lambda w: gc.anniversary(a, w, orgs),
              lambda w: gc.age(a, w, people), lambda w: gc.title(a, w, people),
              lambda w: gc.born_in_article(a, w), lambda w: gc.decoy(a, people, orgs)]
    n = 0
    out_parts = []
    while n < size:
        a.paras = []
        r.choice(makers)(r.random() < 0.5)
        for text, _, _ in a.paras:
            out_parts.append(text)
            n += len(text) + 1
    return "---\ndate: %s\n---\n" % date.isoformat() + join(out_parts)


def consistency_para(r, size, out):
    return wrap(" ".join(consistency_text(r, size, out, lambda ps: " ".join(ps)).split(" ")))


def consistency_nostop(r, size, out):
    text = consistency_text(r, size, out, lambda ps: " ".join(ps))
    _, front, body = text.split("---\n", 2)
    return "---\n" + front + "---\n" + wrap(body.replace(". ", ", ").replace(".", ""))


def quoted_titles(r, size, out):
    """One paragraph of titles the fact sheet says were no longer held,
    each in a quotation left open, then one after it."""
    import json
    with open(os.path.join(os.path.dirname(out) or ".", "facts.json"), "w") as f:
        json.dump({"version": 1, "entities": [
            {"name": "Jonas Duarte", "aliases": ["Duarte"],
             "titles": [{"title": "Mayor", "from": "2009-09-01", "to": "2012-02-10"}]}]}, f)

    def piece():
        return "\u201cMayor Jonas Duarte %s, he said. " % words(r, r.randint(1, 4))
    return "---\ndate: 2026-01-02\n---\n" + fill(size, piece) + "\n\nMayor Jonas Duarte left.\n"


def births(r, size):
    """Births stated by the thousand, each followed by an age."""
    n = [0]

    def piece():
        n[0] += 1
        return "%s%d %s%d, born in %d. %s%d, %d, said.\n\n" % (
            r.choice(WORDS).title(), n[0], r.choice(WORDS).title(), n[0], r.randint(1940, 2000),
            r.choice(WORDS).title(), n[0], r.randint(20, 80))
    return "---\ndate: 2026-03-12\n---\n" + fill(size, piece)


def founding_counts(r, size):
    """An article's one founding, then counts that each stand for it
    ("It marks its 40th anniversary"), a tenth of them wrong."""
    def piece():
        return "It %s its %s anniversary %s. " % (
            r.choice(["marks", "celebrates"]), "41st" if r.random() < 0.1 else "40th", words(r, 3))
    return "---\ndate: 2026-03-12\n---\nThe club was founded in 1986. " + fill(size, piece)


def suppressions(r, size):
    bits = ["<!-- errata-disable date.weekday -->\n", "<!-- errata-enable -->\n",
            "<!-- errata-disable-next-line -->\n", "Talks on Tuesday, January 7.\n\n",
            "Talks on Monday, January 7. <!-- errata-disable-line date.* -->\n",
            "<!-- errata-disable style. date.%d -->\n", "<!-- errata-enable date.weekday -->\n"]

    def piece():
        b = r.choice(bits)
        return b % r.randint(0, 99) if "%d" in b else b
    return "---\ndate: 2026-01-02\n---\n" + fill(size, piece)


def diff_article(r, size):
    def piece():
        return "%s %s. " % (words(r, 10), date_en(r))
    return fill(size, piece)


SHAPES = [
    # name, extension, runs, generator
    ("dates-line", "md", "text,json,auto,date", dates_line),
    ("no-stop", "md", "text,json,auto,date", no_stop),
    ("numbers", "md", "text,json,auto,date", numbers),
    ("md-quote", "md", "text,json,auto,date", md_quote),
    ("md-list", "md", "text,json,auto,date", md_list),
    ("md-brackets", "md", "text,json,auto,date", md_brackets),
    ("md-emphasis", "md", "text,json,auto,date", md_emphasis),
    ("md-code", "md", "text,json,auto,date", md_code),
    ("md-table", "md", "text,json,auto,date", md_table),
    ("md-blocks", "md", "text,json,auto,date", md_blocks),
    ("html-nested", "html", "text,json,auto,md,date", html_nested),
    ("html-unclosed", "html", "text,json,auto,md,date", html_unclosed),
    ("html-comments", "html", "text,json,auto,md,date", html_comments),
    ("html-entities", "html", "text,json,auto,md,date", html_entities),
    ("html-script", "html", "text,json,auto,md,date", html_script),
    ("fm-huge", "md", "text,json", fm_huge),
    ("fm-deep", "md", "text,json", fm_deep),
    ("fm-unclosed", "md", "text,json,auto", fm_unclosed),
    ("short-lines", "md", "text,json,auto,date", short_lines),
    ("prose-lines", "md", "text,json,auto,date", prose_lines),
    ("bad-utf8-end", "md", "text,json", bad_utf8_end),
    ("nul-end", "md", "text,json", nul_end),
    ("binary", "md", "text,json", binary),
    ("run-a", "md", "text,json,auto", run_of("a")),
    ("run-digit", "md", "text,json,auto", run_of("7")),
    ("run-space", "md", "text,json,auto", run_of(" ")),
    ("run-newline", "md", "text,json,auto", run_of("\n")),
    ("run-dash", "md", "text,json,auto", run_of("-")),
    ("run-star", "md", "text,json,auto", run_of("*")),
    ("run-backtick", "md", "text,json,auto", run_of("`")),
    ("run-lt", "html", "text,json,auto,md", run_of("<")),
    ("run-hash", "md", "text,json,auto", run_of("#")),
    ("run-bracket", "md", "text,json,auto", run_of("[")),
    ("run-amp", "html", "text,json,auto,md", run_of("&")),
    ("run-gt", "md", "text,json,auto", run_of(">")),
    ("run-pipe", "md", "text,json,auto", run_of("|")),
    ("run-cr", "txt", "text,json,auto", run_of("\r")),
    ("run-word", "md", "text,json,auto,date", run_of("Tuesday ")),
    ("combining", "md", "text,json,auto,date", combining),
    ("soft-hyphens", "md", "text,json,auto,date", soft_hyphens),
    ("cjk-zh", "md", "text,json,auto,date", cjk_zh),
    ("cjk-ja", "md", "text,json,auto,date", cjk_ja),
    ("rtl", "md", "text,json,auto,date", rtl),
    ("pack-line", "md", "pack,json", pack_line),
    ("findings", "md", "text,json,all,date", findings),
    ("fix", "md", "fix", findings),
    ("consistency-para", "md", "text,json", consistency_para),
    ("consistency-nostop", "md", "text,json", consistency_nostop),
    ("quoted-titles", "md", "text,json", quoted_titles),
    ("suppressions", "md", "text,json", suppressions),
    ("births", "md", "text,json", births),
    ("founding-counts", "md", "text,json", founding_counts),
    ("diff", "md", "diff,diffjson", diff_article),
    ("diff-rewrite", "md", "diff,diffjson", diff_article),
]


def generate(name, size, out):
    for shape, ext, _, gen in SHAPES:
        if shape == name:
            break
    else:
        raise SystemExit("gen_scaling.py: no shape %r" % name)
    r = rng_for(name)
    if name.startswith("diff"):
        return make_diff_repo(r, size, out, name == "diff-rewrite")
    needs_out = name.startswith("consistency") or name == "quoted-titles"
    data = gen(r, size, out) if needs_out else gen(r, size)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(out, "wb") as f:
        f.write(data)


def make_diff_repo(r, size, folder, rewrite):
    """A repository whose last commit edits one word in every fifty of a
    one-line article (or, rewrite, writes another article of the same
    words in its place)."""
    old = diff_article(r, size).split(" ")
    new = diff_article(r, size).split(" ") if rewrite else list(old)
    for i in range(0, len(new), 50):
        if not rewrite:
            new[i] = new[i] + "x" if r.random() < 0.5 else r.choice(WORDS)
    os.makedirs(folder, exist_ok=True)
    env = dict(os.environ, GIT_AUTHOR_NAME="a", GIT_AUTHOR_EMAIL="a@example.org",
               GIT_COMMITTER_NAME="a", GIT_COMMITTER_EMAIL="a@example.org",
               GIT_AUTHOR_DATE="2026-01-02T10:00:00Z", GIT_COMMITTER_DATE="2026-01-02T10:00:00Z")

    def git(*args):
        subprocess.run(["git", "-C", folder] + list(args), check=True, env=env,
                       stdout=subprocess.DEVNULL)
    git("init", "-q")
    for text in (old, new):
        with open(os.path.join(folder, "story.md"), "w") as f:
            f.write(" ".join(text) + "\n")
        git("add", "story.md")
        git("commit", "-q", "-m", "edit")


def main(argv):
    if len(argv) == 2 and argv[1] == "list":
        for name, ext, runs, _ in SHAPES:
            print(name, ext, runs)
        return 0
    if len(argv) != 4:
        sys.stderr.write(__doc__)
        return 2
    generate(argv[1], int(argv[2]), argv[3])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
