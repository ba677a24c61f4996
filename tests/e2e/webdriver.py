"""webdriver.py GRAPH.json PAGE.html QUERY CLICK: drives ergraph's HTML page in
headless Chromium through chromedriver's W3C WebDriver protocol (stdlib only).

Checks, with the expected values computed here from GRAPH.json:
- the page's own two scripts are its only ones, no alert opened, and every
  entity drawn shows its name as text (the <title> of its SVG node);
- the caption has no double stop, the legend's runs of text on one line keep
  at least 2 px apart in this browser's fonts, and no "1 windows" is shown;
- typing QUERY in the search box marks exactly the entities whose name or an
  alias contains it (case and accents folded);
- clicking CLICK marks it selected, its neighbours and only them as
  neighbours, the rest faded, and lists one item per link with every
  evidence snippet of that link as text; Escape clears the selection.
Prints "ok: ..." and exits 0, or raises.
"""
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import unicodedata
import urllib.error
import urllib.request

ELEMENT = "element-6066-11e4-a52e-4f735466cecf"
# seconds to wait for chromedriver, and for any one command (the first
# starts Chromium), on a cold machine
READY_WAIT = 180


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


class Driver:
    def __init__(self, profile):
        self.port = free_port()
        self.proc = subprocess.Popen(["chromedriver", "--port=%d" % self.port],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.base = "http://127.0.0.1:%d" % self.port
        # wait on readiness, with a bound generous enough for a cold,
        # freshly installed machine; fail saying why
        deadline = time.monotonic() + READY_WAIT
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError("chromedriver exited with status %d before it was ready"
                                   % self.proc.returncode)
            try:
                if self.call("GET", "/status", timeout=5)["ready"]:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                self.proc.terminate()
                raise RuntimeError("chromedriver not ready after %d seconds" % READY_WAIT)
            time.sleep(0.1)
        args = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1400,900", "--user-data-dir=" + profile]
        caps = {"capabilities": {"alwaysMatch": {"browserName": "chrome",
                                                 "goog:chromeOptions": {"args": args}}}}
        self.sid = self.call("POST", "/session", caps)["sessionId"]

    def call(self, method, path, body=None, timeout=READY_WAIT):
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(self.base + path, data=data, method=method,
                                     headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=timeout) as r:
                return json.load(r)["value"]
        except urllib.error.HTTPError as e:
            value = json.load(e)["value"]
            raise RuntimeError("%s %s: %s" % (method, path, value.get("error"))) from None

    def s(self, method, path, body=None):
        return self.call(method, "/session/%s%s" % (self.sid, path), body)

    def js(self, script, *args):
        return self.s("POST", "/execute/sync", {"script": script, "args": list(args)})

    def find(self, css):
        return self.s("POST", "/element", {"using": "css selector", "value": css})[ELEMENT]

    def quit(self):
        try:
            self.call("DELETE", "/session/" + self.sid)
        finally:
            self.proc.terminate()
            self.proc.wait()


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s)
                   if not unicodedata.combining(c)).lower()


def names_with(driver, cls):
    return set(driver.js(
        "return Array.from(document.querySelectorAll('g.node.' + arguments[0]))"
        ".map(function (g) { return g.querySelector('title').textContent; });", cls))


def main():
    graph_path, page, query, click = sys.argv[1:5]
    g = json.load(open(graph_path, encoding="utf-8"))
    nodes = {n["id"]: n for n in g["nodes"]}
    with tempfile.TemporaryDirectory() as profile:
        d = Driver(profile)
        try:
            d.s("POST", "/url", {"url": "file://" + os.path.abspath(page)})
            assert d.js("return document.scripts.length") == 2, "a script too many"
            try:
                d.s("GET", "/alert/text")
                raise AssertionError("an alert opened")
            except RuntimeError as e:
                assert "no such alert" in str(e), e
            caption = d.js("return document.getElementById('caption').textContent")
            assert " entities and " in caption, caption  # the page's script ran
            assert ".." not in caption and " 1 articles" not in caption, caption
            # the legend's runs of text, as this browser's fonts draw them, keep apart
            runs = d.js("return Array.from(document.querySelectorAll('g.graph > text'))"
                        ".map(function (t) { var b = t.getBBox(); return [t.textContent,"
                        " t.getAttribute('y'), b.x, b.width]; });")
            lines = {}
            for text, y, x, w in runs:
                lines.setdefault(y, []).append((x, w, text))
            for y, line in lines.items():
                line.sort()
                for (x0, w0, t0), (x1, _, t1) in zip(line, line[1:]):
                    assert x1 - (x0 + w0) >= 2, ("legend runs touch", t0, t1, x1 - (x0 + w0))
            drawn = set(d.js(
                "return Array.from(document.querySelectorAll('g.node title'))"
                ".map(function (t) { return t.textContent; });"))
            assert drawn and drawn <= set(nodes), drawn - set(nodes)

            d.s("POST", "/element/%s/value" % d.find("#search"), {"text": query})
            want = {n for n in drawn
                    if fold(query) in fold("\n".join([n] + nodes[n].get("aliases", [])))}
            got = names_with(d, "match")
            assert want and got == want, (got, want)

            index = d.js("var name = arguments[0], m = Array.from(document.querySelectorAll("
                         "'g.node')).filter(function (g) { return g.querySelector('title')"
                         ".textContent === name; }); return m.length ? m[0].id : null;", click)
            assert index, "node %r not drawn" % click
            d.s("POST", "/element/%s/click" % d.find("#" + index), {})
            links = [l for l in g["links"] if click in (l["source"], l["target"])
                     and l["source"] in drawn and l["target"] in drawn]
            near = {l["target"] if l["source"] == click else l["source"] for l in links}
            assert names_with(d, "selected") == {click}
            assert names_with(d, "neighbour") == near, (names_with(d, "neighbour"), near)
            assert names_with(d, "faded") == drawn - near - {click}
            items = d.js("return Array.from(document.querySelectorAll('#evidence li.link'))"
                         ".map(function (li) { return [li.getAttribute('data-other'), "
                         "Array.from(li.querySelectorAll('q')).map(function (q) "
                         "{ return q.textContent; })]; });")
            assert {o for o, _ in items} == near and len(items) == len(links), items
            for other, quotes in items:
                link = next(l for l in links if other in (l["source"], l["target"]))
                assert quotes == [e["text"] for e in link["evidence"]], (other, quotes)
            name = d.js("return document.getElementById('sel-name').textContent")
            assert name == click or name.endswith(" (%s)" % click), (name, click)
            info = d.js("return document.getElementById('panel').textContent")
            for wrong in (" 1 windows", " 1 articles", " 1 mentions", " 1 links"):
                assert wrong not in info, (wrong, info)

            d.s("POST", "/element/%s/value" % d.find("#search"), {"text": "\ue00c"})
            assert not names_with(d, "selected") and not names_with(d, "faded")
            print("ok: %d drawn, %d matches for %r, %s: %d neighbours, %d evidence items"
                  % (len(drawn), len(got), query, click, len(near), len(items)))
        finally:
            d.quit()


if __name__ == "__main__":
    main()
