#!/usr/bin/env python3
"""A small Language Server Protocol client that drives `errata lsp` and
checks its replies, printing TAP ("ok N - ...") for tests/run.sh.

    python3 tests/lsp_client.py build/errata

It covers initialize, diagnostics on didOpen and on incremental and full
didChange (with positions in UTF-16 code units past a character outside
the Basic Multilingual Plane), configuration found per workspace folder,
codeAction, hover, didClose, errors for bad messages, shutdown and exit.
"""
import json
import os
import queue
import shutil
import subprocess
import sys
import tempfile
import threading

ERRATA = sys.argv[1]
n = 0
failed = 0


def ok(cond, name, detail=""):
    global n, failed
    n += 1
    if cond:
        print("ok %d - %s" % (n, name))
    else:
        failed += 1
        print("not ok %d - %s" % (n, name))
        if detail:
            for line in str(detail).splitlines()[:20]:
                print("# " + line)
    sys.stdout.flush()


def uri(path):
    return "file://" + path.replace("%", "%25").replace(" ", "%20")


def u16(s):
    """Length of s in UTF-16 code units."""
    return len(s.encode("utf-16-le")) // 2


class Server:
    def __init__(self):
        self.p = subprocess.Popen([ERRATA, "lsp"], stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.q = queue.Queue()
        self.next_id = 1
        threading.Thread(target=self._reader, daemon=True).start()

    def _reader(self):
        out = self.p.stdout
        while True:
            length = None
            while True:
                line = out.readline()
                if not line:
                    self.q.put(None)
                    return
                line = line.strip()
                if not line:
                    break
                k, _, v = line.decode().partition(":")
                if k.lower() == "content-length":
                    length = int(v)
            body = out.read(length)
            self.q.put(json.loads(body))

    def send_raw(self, body):
        self.p.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.p.stdin.flush()

    def send(self, obj):
        obj = dict(obj, jsonrpc="2.0")
        self.send_raw(json.dumps(obj).encode())

    def notify(self, method, params):
        self.send({"method": method, "params": params})

    def request(self, method, params):
        rid = self.next_id
        self.next_id += 1
        self.send({"id": rid, "method": method, "params": params})
        return self.wait(lambda m: m.get("id") == rid and "method" not in m)

    def wait(self, pred, timeout=20):
        """The next message that fits pred (others are dropped)."""
        while True:
            try:
                m = self.q.get(timeout=timeout)
            except queue.Empty:
                return {"timeout": True}
            if m is None:
                return {"eof": True}
            if pred(m):
                return m

    def diagnostics(self, u):
        m = self.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                      and m["params"]["uri"] == u)
        return m.get("params", m)

    def finish(self):
        try:
            self.p.stdin.close()
        except BrokenPipeError:
            pass
        try:
            return self.p.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.p.kill()
            return "hang"


tmp = tempfile.mkdtemp()
try:
    ws1 = os.path.join(tmp, "desk one")     # a space, written %20 in the URI
    ws2 = os.path.join(tmp, "desk2")
    os.makedirs(os.path.join(ws1, "news"))
    os.makedirs(ws2)
    with open(os.path.join(ws1, ".errata.json"), "w") as f:
        json.dump({"severity": {"date.weekday": "warning"}}, f)
    with open(os.path.join(ws2, ".errata.json"), "w") as f:
        json.dump({"disable": ["date.weekday"]}, f)

    s = Server()
    r = s.request("textDocument/hover", {})
    ok(r.get("error", {}).get("code") == -32002, "a request before initialize: ServerNotInitialized", r)
    r = s.request("initialize", {"processId": None, "rootUri": None, "capabilities": {},
                                 "workspaceFolders": [{"uri": uri(ws1), "name": "one"},
                                                      {"uri": uri(ws2), "name": "two"}]})
    caps = r.get("result", {}).get("capabilities", {})
    ok(caps.get("textDocumentSync", {}).get("change") == 2, "initialize: incremental sync", r)
    ok(caps.get("textDocumentSync", {}).get("openClose") is True, "initialize: open and close", r)
    ok(caps.get("hoverProvider") is True, "initialize: hover", r)
    ok("quickfix" in caps.get("codeActionProvider", {}).get("codeActionKinds", []),
       "initialize: quick-fix code actions", r)
    ok(caps.get("positionEncoding") == "utf-16", "initialize: UTF-16 positions", r)
    ok(r.get("result", {}).get("serverInfo", {}).get("name") == "errata", "initialize: serverInfo", r)
    s.notify("initialized", {})

    line3 = "\u00c9moji \U0001F600 vote on Tuesday, January 7, 2026."
    text = "---\ndate: 2026-01-02\n---\n" + line3 + "\n"
    start = u16(line3[:line3.index("Tuesday")])
    span = "Tuesday, January 7, 2026"
    doc1 = uri(os.path.join(ws1, "news", "story.md"))
    s.notify("textDocument/didOpen", {"textDocument": {
        "uri": doc1, "languageId": "markdown", "version": 1, "text": text}})
    d = s.diagnostics(doc1)
    diags = d.get("diagnostics", [])
    ok(len(diags) == 1 and diags[0].get("code") == "date.weekday", "didOpen: the wrong weekday", d)
    want = {"start": {"line": 3, "character": start}, "end": {"line": 3, "character": start + u16(span)}}
    ok(diags and diags[0].get("range") == want,
       "didOpen: the range counts UTF-16 units (an emoji is two)", json.dumps(diags) + "\nwant " + json.dumps(want))
    ok(diags and diags[0].get("severity") == 2,
       "didOpen: severity from the folder's .errata.json (warning)", diags)
    ok(diags and diags[0].get("source") == "errata" and
       diags[0].get("message") == "January 7, 2026 is a Wednesday, not a Tuesday",
       "didOpen: source and message", diags)
    ok(d.get("version") == 1, "didOpen: the version", d)

    doc2 = uri(os.path.join(ws2, "story.md"))
    s.notify("textDocument/didOpen", {"textDocument": {
        "uri": doc2, "languageId": "markdown", "version": 1, "text": text}})
    d = s.diagnostics(doc2)
    ok(d.get("diagnostics") == [], "the other folder's .errata.json disables the rule there", d)

    r = s.request("textDocument/codeAction", {"textDocument": {"uri": doc1},
                  "range": want, "context": {"diagnostics": diags}})
    actions = r.get("result", [])
    quick = [a for a in actions if a.get("kind") == "quickfix"]
    ok(len(quick) == 2, "codeAction: one quick fix per suggestion", r)
    ok(quick and quick[0].get("title") == "Replace with \u201cWednesday, January 7, 2026\u201d"
       and quick[0].get("isPreferred") is True, "codeAction: the first suggestion preferred", quick)
    ok(quick and quick[0].get("edit", {}).get("changes", {}).get(doc1) ==
       [{"range": want, "newText": "Wednesday, January 7, 2026"}],
       "codeAction: the edit replaces the span", quick)
    ok(quick and quick[0].get("diagnostics", [{}])[0].get("code") == "date.weekday",
       "codeAction: names the diagnostic it fixes", quick)
    fixall = [a for a in actions if a.get("kind") == "source.fixAll.errata"]
    ok(len(fixall) == 1 and "Wednesday, January 7, 2026" in
       fixall[0]["edit"]["changes"][doc1][0]["newText"], "codeAction: fix all", actions)
    r = s.request("textDocument/codeAction", {"textDocument": {"uri": doc1},
                  "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 3}},
                  "context": {"diagnostics": []}})
    ok([a for a in r.get("result", []) if a.get("kind") == "quickfix"] == [],
       "codeAction: none away from a finding", r)

    r = s.request("textDocument/hover", {"textDocument": {"uri": doc1},
                  "position": {"line": 3, "character": start + 3}})
    value = r.get("result", {}).get("contents", {}).get("value", "")
    ok("date.weekday" in value and "a stated weekday that does not match its date" in value,
       "hover: the rule and its explanation", r)
    ok("`Wednesday, January 7, 2026`" in value, "hover: the suggestions", value)
    r = s.request("textDocument/hover", {"textDocument": {"uri": doc1},
                  "position": {"line": 1, "character": 0}})
    ok("result" in r and r["result"] is None, "hover: nothing away from a finding", r)

    # Incremental edits: the weekday corrected, then a wrong one typed in front.
    s.notify("textDocument/didChange", {"textDocument": {"uri": doc1, "version": 2},
             "contentChanges": [{"range": {"start": {"line": 3, "character": start},
                                           "end": {"line": 3, "character": start + len("Tuesday")}},
                                 "text": "Wednesday"}]})
    d = s.diagnostics(doc1)
    ok(d.get("diagnostics") == [] and d.get("version") == 2, "didChange (incremental): fixed, no diagnostics", d)
    s.notify("textDocument/didChange", {"textDocument": {"uri": doc1, "version": 3},
             "contentChanges": [{"range": {"start": {"line": 3, "character": 0},
                                           "end": {"line": 3, "character": 0}},
                                 "text": "Friday, January 9, 2026 and\n"},
                                {"range": {"start": {"line": 3, "character": 8},
                                           "end": {"line": 3, "character": 17}},
                                 "text": "Jan. 8"}]})
    d = s.diagnostics(doc1)
    diags = d.get("diagnostics", [])
    ok(len(diags) == 1 and diags[0].get("range") ==
       {"start": {"line": 3, "character": 0}, "end": {"line": 3, "character": len("Friday, Jan. 8, 2026")}}
       and "Thursday" in diags[0].get("message", ""),
       "didChange (incremental, two changes in order): the new finding's range", d)
    s.notify("textDocument/didChange", {"textDocument": {"uri": doc1, "version": 4},
             "contentChanges": [{"text": "On Monday, March 1, 2026, nothing.\n"}]})
    d = s.diagnostics(doc1)
    diags = d.get("diagnostics", [])
    ok(len(diags) == 1 and diags[0]["range"]["start"] == {"line": 0, "character": 3},
       "didChange (whole text): checked again", d)

    # A document that is not a file: the first workspace folder's configuration.
    s.notify("textDocument/didOpen", {"textDocument": {
        "uri": "untitled:Untitled-1", "languageId": "plaintext", "version": 1,
        "text": "It opened on Tuesday, January 7, 2026."}})
    d = s.diagnostics("untitled:Untitled-1")
    diags = d.get("diagnostics", [])
    ok(len(diags) == 1 and diags[0].get("severity") == 2,
       "an unsaved document: checked with the first folder's configuration", d)

    # A broken configuration is shown, not fatal.
    os.makedirs(os.path.join(tmp, "broken"))
    with open(os.path.join(tmp, "broken", ".errata.json"), "w") as f:
        f.write('{"disabel": []}')
    doc3 = uri(os.path.join(tmp, "broken", "a.md"))
    s.notify("textDocument/didOpen", {"textDocument": {
        "uri": doc3, "languageId": "markdown", "version": 1, "text": "Hello.\n"}})
    d = s.diagnostics(doc3)
    diags = d.get("diagnostics", [])
    ok(len(diags) == 1 and "disabel" in diags[0].get("message", ""),
       "a broken .errata.json: one diagnostic that names the problem", d)

    # A rule pack edited while the server runs: its new rules, once the file is saved.
    packs = os.path.join(tmp, "packs")
    os.makedirs(os.path.join(tmp, "desk3"))
    os.makedirs(packs)
    with open(os.path.join(tmp, "desk3", ".errata.json"), "w") as f:
        json.dump({"rules": ["../packs"]}, f)

    def write_pack(word):
        with open(os.path.join(packs, "house.json"), "w") as f:
            json.dump({"rules": [{"id": "house.word", "type": "pattern", "pattern": "\\b%s\\b" % word,
                                  "message": "not %s" % word}]}, f)

    write_pack("foo")
    doc4 = uri(os.path.join(tmp, "desk3", "a.md"))
    s.notify("textDocument/didOpen", {"textDocument": {
        "uri": doc4, "languageId": "markdown", "version": 1, "text": "A foo and a bar.\n"}})
    d = s.diagnostics(doc4)
    ok([x.get("message") for x in d.get("diagnostics", [])] == ["not foo"],
       "a folder's rule pack: its rule", d)
    write_pack("bar")
    s.notify("workspace/didChangeWatchedFiles", {"changes": [
        {"uri": uri(os.path.join(packs, "house.json")), "type": 2}]})
    d = s.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics" and
               m["params"].get("uri") == doc4 and
               [x.get("message") for x in m["params"].get("diagnostics", [])] == ["not bar"])
    ok(d is not None and "params" in d, "the pack edited and saved: its new rule, not the old one", d)

    r = s.request("textDocument/definition", {"textDocument": {"uri": doc1},
                  "position": {"line": 0, "character": 0}})
    ok(r.get("error", {}).get("code") == -32601, "an unknown request: MethodNotFound", r)
    s.send_raw(b"{this is not json")
    r = s.wait(lambda m: "error" in m and m.get("id") is None)
    ok(r.get("error", {}).get("code") == -32700, "a body that is not JSON: ParseError, and the server goes on", r)
    r = s.request("textDocument/hover", {"textDocument": {"uri": "file:///not/open.md"},
                  "position": {"line": 0, "character": 0}})
    ok(r.get("error", {}).get("code") == -32602, "hover on a document that is not open: InvalidParams", r)

    s.notify("textDocument/didClose", {"textDocument": {"uri": doc1}})
    d = s.diagnostics(doc1)
    ok(d.get("diagnostics") == [], "didClose: its diagnostics are cleared", d)

    r = s.request("shutdown", None)
    ok("result" in r and r["result"] is None and "error" not in r, "shutdown: null result", r)
    r = s.request("textDocument/hover", {})
    ok(r.get("error", {}).get("code") == -32600, "a request after shutdown: InvalidRequest", r)
    s.notify("exit", None)
    rc = s.finish()
    ok(rc == 0, "exit after shutdown: exit code 0", rc)

    s = Server()
    s.request("initialize", {"processId": None, "rootUri": uri(ws1), "capabilities": {}})
    s.notify("exit", None)
    rc = s.finish()
    ok(rc == 1, "exit without shutdown: exit code 1", rc)

    s = Server()
    s.p.stdin.write(b"Content-Length: 12\r\n\r\n{\"id\":")
    rc = s.finish()
    ok(rc == 1, "input that ends inside a message: exit code 1, no hang", rc)
finally:
    shutil.rmtree(tmp)

print("1..%d" % n)
sys.exit(1 if failed else 0)
