"""Drive the report form in a real browser, with JavaScript turned off:

  report_form.py form BASE_URL REV SHOT_DIR   fill in and send the form for the
                                              example article; print the report id
  report_form.py shot URL FILE                screenshot a page (PNG)

Fields are typed with Input.insertText and the buttons pressed with mouse
events, as a person would; nothing runs in the page."""
import base64
import os
import sys
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cdp import Browser  # noqa: E402


def load(b, url):
    b.call("Page.navigate", url=url)
    b.wait_event("Page.loadEventFired")


def html(b):
    root = b.call("DOM.getDocument", depth=-1)["root"]["nodeId"]
    return b.call("DOM.getOuterHTML", nodeId=root)["outerHTML"]


def node(b, selector):
    root = b.call("DOM.getDocument", depth=-1)["root"]["nodeId"]
    found = b.call("DOM.querySelector", nodeId=root, selector=selector)["nodeId"]
    if not found:
        raise SystemExit("no element %s on the page" % selector)
    return found


def type_into(b, selector, text):
    b.call("DOM.focus", nodeId=node(b, selector))
    b.call("Input.insertText", text=text)


def click(b, selector):
    n = node(b, selector)
    b.call("DOM.scrollIntoViewIfNeeded", nodeId=n)
    q = b.call("DOM.getContentQuads", nodeId=n)["quads"][0]
    x = sum(q[0::2]) / 4
    y = sum(q[1::2]) / 4
    for kind in ("mousePressed", "mouseReleased"):
        b.call("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left", clickCount=1)


def shot(b, path):
    data = b.call("Page.captureScreenshot", format="png", captureBeyondViewport=True)["data"]
    with open(path, "wb") as f:
        f.write(base64.b64decode(data))


def main():
    b = Browser()
    try:
        b.call("Page.enable")
        b.call("DOM.enable")
        b.call("Emulation.setScriptExecutionDisabled", value=True)
        if sys.argv[1] == "shot":
            load(b, sys.argv[2])
            shot(b, sys.argv[3])
            return
        base, rev, shots = sys.argv[2], sys.argv[3], sys.argv[4]
        load(b, base + "/report?" + urllib.parse.urlencode(
            {"path": "articles/harbour-festival.md", "rev": rev}))
        page = html(b)
        if "<script" in page or "Report an error" not in page:
            raise SystemExit("the form page is not what a reader should see:\n" + page[:2000])
        shot(b, os.path.join(shots, "report-form.png"))
        type_into(b, "#quote", "The festival opens on Monday, June 9, 2026")
        type_into(b, "#message", "June 9, 2026 is a Tuesday, not a Monday. Which day does it open?")
        type_into(b, "#suggest", "The festival opens on Tuesday, June 9, 2026")
        type_into(b, "#source", "https://www.timeanddate.com/calendar/?year=2026")
        type_into(b, "#reporter", "Sam Reader")
        type_into(b, "#contact", "sam@example.net")
        click(b, "input[name=consent]")
        shot(b, os.path.join(shots, "report-form-filled.png"))
        click(b, "button[type=submit]")
        b.wait_event("Page.loadEventFired")
        page = html(b)
        if "Thank you" not in page:
            raise SystemExit("the form was not accepted:\n" + page[:3000])
        shot(b, os.path.join(shots, "report-sent.png"))
        start = page.index("<code>") + 6
        print(page[start:page.index("</code>", start)])
    finally:
        b.close()


if __name__ == "__main__":
    main()
