#!/usr/bin/env python3
"""Write a git fast-import stream for the reports benchmark.

Usage: gen_reports_repo.py articles|reports ARGS...

  articles N REVS LIVE   N articles (articles/gNN/dNNNN.md, 20 to a folder, as
                         a newsroom shards by section or date) with REVS
                         revisions each (one commit per revision, in rounds),
                         then one article (articles/live/storm.md) with LIVE
                         revisions.
  articles N REVS LIVE flat
                         the same with the N articles in one folder
                         (articles/dNNNN.md), as some sites keep them.
  reports COUNT HEAD     COUNT reader reports as `open` events under
                         refs/errata/reports, 1,000 per commit; HEAD is the
                         commit id the reports name as the revision seen.
"""
import hashlib
import sys

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def paragraph(i, rev):
    day = 1 + (i * 7 + rev) % 28
    wd = WEEKDAYS[(i + rev) % 7]
    return ("The committee for district %d met on %s, March %d, 2026, and heard "
            "from residents about the plan for the river path. Revision %d added a "
            "note on the budget, which the treasurer put at %d thousand.\n\n"
            % (i, wd, day, rev, 100 + rev))


def article(i, rev):
    head = ("---\ntitle: District %d weekly report\ndate: 2026-03-01\n---\n"
            "The district %d office opened its doors on Monday, March 2, 2026.\n\n" % (i, i))
    body = "".join(paragraph(i, r) for r in range(1, min(rev, 12) + 1))
    return head + body


def data(out, text):
    b = text.encode()
    out.write(b"data %d\n" % len(b))
    out.write(b)
    out.write(b"\n")


def articles(n, revs, live, flat=False):
    out = sys.stdout.buffer
    t = 1767225600
    mark = 0
    for rev in range(1, revs + 1):
        for i in range(n):
            mark += 1
            t += 60
            out.write(b"commit refs/heads/main\n")
            out.write(b"mark :%d\n" % mark)
            out.write(b"author Writer %d <w%d@example.org> %d +0000\n" % (i % 17, i % 17, t))
            out.write(b"committer Desk <desk@example.org> %d +0000\n" % t)
            data(out, "Update district %d (revision %d)" % (i, rev))
            if mark > 1:
                out.write(b"from :%d\n" % (mark - 1))
            if flat:
                out.write(b"M 100644 inline articles/d%04d.md\n" % i)
            else:
                out.write(b"M 100644 inline articles/g%02d/d%04d.md\n" % (i // 20, i))
            data(out, article(i, rev))
    lines = ["---\ntitle: Live coverage of the storm\ndate: 2026-03-01\n---\n",
             "The storm reached the coast on Tuesday, March 3, 2026, in the early morning.\n\n"]
    for rev in range(1, live + 1):
        mark += 1
        t += 60
        lines.append("Update %d: crews reported %d homes without power at %02d:%02d.\n\n"
                     % (rev, 1000 + rev * 7, (rev // 60) % 24, rev % 60))
        if len(lines) > 40:
            del lines[2]
        out.write(b"commit refs/heads/main\nmark :%d\n" % mark)
        out.write(b"author Live Desk <live@example.org> %d +0000\n" % t)
        out.write(b"committer Desk <desk@example.org> %d +0000\n" % t)
        data(out, "Live update %d" % rev)
        out.write(b"from :%d\n" % (mark - 1))
        out.write(b"M 100644 inline articles/live/storm.md\n")
        data(out, "".join(lines))


def reports(count, head):
    out = sys.stdout.buffer
    t = 1772323200
    per = 1000
    n = 0
    first = True
    while n < count:
        t += 60
        out.write(b"commit refs/errata/reports\n")
        out.write(b"author errata <errata@localhost> %d +0000\n" % t)
        out.write(b"committer errata <errata@localhost> %d +0000\n" % t)
        data(out, "reports: benchmark batch")
        if first:
            first = False
        for _ in range(min(per, count - n)):
            rid = hashlib.sha1(b"report %d" % n).hexdigest()[:16]
            art = n % 1000
            ev = ('{"version":1,"type":"open","report":"%s","id":"%s","lamport":1,'
                  '"actor":"reader%d","time":"2026-03-01T10:00:00Z","path":"articles/g%02d/d%04d.md",'
                  '"rev":"%s","quote":"opened its doors on Monday","message":"report %d",'
                  '"suggest":null,"reporter":"Reader %d","contact":null,"anchored":true,'
                  '"location":{"line":6,"column":22,"offset":100,"length":26},'
                  '"introduced_in":"%s","introduced_by":null,"findings":[]}'
                  % (rid, rid, n % 97, art // 20, art, head, n, n % 97, head))
            out.write(b"M 100644 inline r/%s/%s/1-%s.json\n" % (rid[:2].encode(), rid.encode(), rid.encode()))
            data(out, ev)
            n += 1
        out.write(b"\n")


if __name__ == "__main__":
    if sys.argv[1] == "articles":
        articles(int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5:] == ["flat"])
    else:
        reports(int(sys.argv[2]), sys.argv[3])
