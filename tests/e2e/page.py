"""page.py GRAPH.json STATS.json PAGE.html: drives the page's tools in
headless Chromium (the Driver of webdriver.py) and checks each against what
this script computes from GRAPH.json with networkx: the type, link weight,
degree and community filters and their counts; a click on a link (its
weight, windows and evidence); focus at depth 1 and 2 (ego graphs); a path
between two entities (shortest length, one item per hop); the CSV, SVG and
PNG exports of what is shown; search over undrawn entities, one brought
into view beside its drawn neighbours; the keyboard;
and the panel under the drawing at phone width; the period sliders (the links
with an article dated in the period, their evidence from it). Prints "ok: ..." or raises.
"""
import base64
import csv
import io
import json
import os
import sys
import tempfile

import networkx as nx

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from webdriver import Driver  # noqa: E402


def main():
    graph_path, stats_path, page = sys.argv[1:4]
    g = json.load(open(graph_path, encoding="utf-8"))
    comm = {n["id"]: n["community"] for n in json.load(open(stats_path))["nodes"]}
    types = {n["id"]: n["type"] for n in g["nodes"]}
    with tempfile.TemporaryDirectory() as profile:
        d = Driver(profile)
        try:
            d.s("POST", "/url", {"url": "file://" + os.path.abspath(page)})
            data = d.js("return JSON.parse(document.getElementById('ergraph-data').textContent)")
            drawn = {n["name"] for n in data["nodes"]}
            D = nx.Graph()
            D.add_nodes_from(drawn)
            weight = {}
            for l in g["links"]:
                if l["source"] in drawn and l["target"] in drawn:
                    D.add_edge(l["source"], l["target"])
                    weight[frozenset((l["source"], l["target"]))] = l
            shown = lambda: set(d.js(
                "return Array.from(document.querySelectorAll('g.node:not(.hidden) title'))"
                ".map(function (t) { return t.textContent; });"))
            shown_links = lambda: d.js(
                "return document.querySelectorAll('g.edge:not(.hidden)').length")
            counts = lambda: d.js("return document.getElementById('counts').textContent")
            def set_value(css, value, event):
                d.js("var e = document.querySelector(arguments[0]); e.value = arguments[1];"
                     "e.dispatchEvent(new Event(arguments[2]));", css, value, event)
            n, m = len(drawn), D.number_of_edges()
            assert shown() == drawn and counts() == "%d of %d entities, %d of %d links shown" % (n, n, m, m), counts()

            # filters: type, weight, degree, community
            d.js("var b = document.querySelector('#types input[value=person]'); b.click();")
            keep = {x for x in drawn if types[x] != "person"}
            sub = D.subgraph(keep)
            assert shown() == keep and shown_links() == sub.number_of_edges(), (len(shown()), len(keep))
            assert counts() == "%d of %d entities, %d of %d links shown" % (len(keep), n, sub.number_of_edges(), m)
            d.js("document.querySelector('#types input[value=person]').click();")
            set_value("#min-weight", "3", "input")
            heavy = [e for e in D.edges if weight[frozenset(e)]["weight"] >= 3]
            assert shown_links() == len(heavy), (shown_links(), len(heavy))
            set_value("#min-weight", "0", "input")
            set_value("#min-degree", "5", "input")
            hubs = {x for x in drawn if D.degree(x) >= 5}
            assert shown() == hubs, shown() ^ hubs
            set_value("#min-degree", "0", "input")
            c0 = d.js("return document.querySelector('#community option:nth-child(2)').value")
            set_value("#community", c0, "change")
            members = {x for x in drawn if str(comm[x]) == c0 or "%g" % comm[x] == c0}
            assert shown() == members, shown() ^ members
            set_value("#community", "", "change")
            assert shown() == drawn

            # time: the period sliders show the links with an article dated in
            # the period (graph.json's article_dates and each link's documents),
            # the entities they join, and only those articles' evidence
            dates = sorted(set(g["graph"]["article_dates"].values()))
            assert data["dates"] == dates, data["dates"]
            lo, hi = dates.index("2025-09-04"), dates.index("2025-09-08")
            set_value("#time-to", str(hi), "input")
            set_value("#time-from", str(lo), "input")
            in_period = lambda doc: "2025-09-04" <= g["graph"]["article_dates"].get(doc, "") <= "2025-09-08"
            P = nx.Graph()
            for e in D.edges:
                k = sum(map(in_period, weight[frozenset(e)]["documents"]))
                if k:
                    P.add_edge(*e, k=k)
            assert 0 < P.number_of_edges() < m and shown() == set(P.nodes), shown() ^ set(P.nodes)
            assert shown_links() == P.number_of_edges(), (shown_links(), P.number_of_edges())
            assert counts() == "%d of %d entities, %d of %d links shown, 2025-09-04 to 2025-09-08" % (
                P.number_of_nodes(), n, P.number_of_edges(), m), counts()
            # a link of the period partly outside it: its count in the period, its evidence from it
            part = next(l for l in sorted(weight.values(), key=lambda l: -l["weight"])
                        if P.has_edge(l["source"], l["target"]) and
                        P.edges[l["source"], l["target"]]["k"] < len(l["documents"]) and
                        any(in_period(e["doc"]) for e in l["evidence"]))
            d.js("document.querySelector('#' + arguments[0] + ' path').dispatchEvent("
                 "new MouseEvent('click', {bubbles: true}));", "e%d" % g["links"].index(part))
            info = d.js("return document.getElementById('sel-info').textContent")
            assert info.endswith(", %d of them in the period" % P.edges[part["source"], part["target"]]["k"]), info
            quotes = d.js("return Array.from(document.querySelectorAll('#evidence q'))"
                          ".map(function (q) { return q.textContent; });")
            assert quotes == [e["text"] for e in part["evidence"] if in_period(e["doc"])], quotes
            d.js("document.dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape'}));")
            set_value("#time-from", "0", "input")
            set_value("#time-to", str(len(dates) - 1), "input")
            assert shown() == drawn and shown_links() == m

            # a click on a link: weight, windows and every evidence sentence
            top = max(weight.values(), key=lambda l: l["weight"])
            link_id = "e%d" % g["links"].index(top)
            d.js("document.querySelector('#' + arguments[0] + ' path').dispatchEvent("
                 "new MouseEvent('click', {bubbles: true}));", link_id)
            info = d.js("return document.getElementById('sel-info').textContent")
            assert info.startswith("weight %g, together in %d windows" % (top["weight"], top["count"])), info
            quotes = d.js("return Array.from(document.querySelectorAll('#evidence q'))"
                          ".map(function (q) { return q.textContent; });")
            assert quotes == [e["text"] for e in top["evidence"]], quotes

            # focus on North Korea, depth 1 then 2
            d.js("document.querySelector('#' + arguments[0]).dispatchEvent(new MouseEvent('click',"
                 " {bubbles: true}));", next("n%d" % x["i"] for x in data["nodes"] if x["name"] == "North Korea"))
            d.s("POST", "/element/%s/click" % d.find("#focus"), {})
            assert shown() == set(nx.ego_graph(D, "North Korea", radius=1).nodes)
            set_value("#depth", "2", "change")
            assert shown() == set(nx.ego_graph(D, "North Korea", radius=2).nodes)
            d.s("POST", "/element/%s/click" % d.find("#show-all"), {})
            assert shown() == drawn

            # a path between two entities: shortest, one item per hop
            set_value("#path-from", "Kim Jong Un", "input")
            set_value("#path-to", "Prabowo Subianto", "input")
            d.s("POST", "/element/%s/click" % d.find("#path-go"), {})
            hops = d.js("return document.querySelectorAll('#evidence li.hop').length")
            want = nx.shortest_path_length(D, "Kim Jong Un", "Prabowo Subianto")
            assert hops == want, (hops, want)
            assert d.js("return document.querySelectorAll('g.node.onpath').length") == want + 1

            # exports of what is shown
            d.js("document.querySelector('#types input[value=person]').click();")
            rows = list(csv.reader(io.StringIO(d.js("return window.ergraph.csv()"))))
            ents = {r[1] for r in rows[1:] if r[0] == "entity"}
            assert ents == keep and sum(r[0] == "link" for r in rows) == sub.number_of_edges()
            svg = d.js("return window.ergraph.svg()")
            assert svg.startswith("<svg") and "North Korea" in svg
            url = d.s("POST", "/execute/async", {"script": "var done = arguments[0];"
                                                 "window.ergraph.png(done);", "args": []})
            raw = base64.b64decode(url.split(",", 1)[1])
            assert url.startswith("data:image/png;base64,") and raw[:8] == b"\x89PNG\r\n\x1a\n"
            d.js("document.querySelector('#types input[value=person]').click();")

            # search finds the entities not drawn too, and brings one into view:
            # a circle beside its drawn neighbours, a line to each (its 8
            # strongest links to drawn entities), selected with their evidence
            G = nx.Graph()
            for l in g["links"]:
                G.add_edge(l["source"], l["target"], **l)
            others = sorted((x["name"] for x in data["others"]),
                            key=lambda x: -sum(y in drawn for y in G[x]) if x in G else 0)
            if others:
                other = others[0]
                near = sorted((y for y in G[other] if y in drawn), key=lambda y: -G[other][y]["weight"])[:8]
                assert near, other
                d.s("POST", "/element/%s/value" % d.find("#search"), {"text": other})
                assert "not drawn" in d.js("return document.getElementById('matches').textContent")
                d.js("document.querySelector('#matches button.other').click();")
                assert "Not among the %d drawn" % n in d.js(
                    "return document.getElementById('sel-info').textContent")
                assert d.js("return Array.from(document.querySelectorAll('g.node.added title'))"
                            ".map(function (t) { return t.textContent; })") == [other]
                assert d.js("return document.querySelectorAll('g.edge.added').length") == len(near)
                assert d.js("return document.querySelector('g.node.added').classList.contains('selected')")
                items = d.js("return Array.from(document.querySelectorAll('#evidence li.link'))"
                             ".map(function (li) { return li.getAttribute('data-other'); })")
                assert sorted(items) == sorted(near), (items, near)
                xy = d.js("var c = document.querySelector('g.node.added ellipse');"
                          "return [+c.getAttribute('cx'), +c.getAttribute('cy')];")
                ps = d.js("return arguments[0].map(function (i) { var c = document.querySelector("
                          "'#n' + i + ' ellipse'); return [+c.getAttribute('cx'), +c.getAttribute('cy')]; });",
                          [x["i"] for x in data["nodes"] if x["name"] in near])
                mid = [sum(p[k] for p in ps) / len(ps) for k in (0, 1)]
                assert ((xy[0] - mid[0]) ** 2 + (xy[1] - mid[1]) ** 2) ** 0.5 < 330, (xy, mid)
                circles = d.js("return Array.from(document.querySelectorAll('g.node:not(.added) ellipse'))"
                               ".map(function (c) { return [+c.getAttribute('cx'), +c.getAttribute('cy'),"
                               " +c.getAttribute('rx')]; });")
                assert all(((xy[0] - x) ** 2 + (xy[1] - y) ** 2) ** 0.5 > r + 9 for x, y, r in circles), xy
                assert other in shown() and counts().startswith("%d of %d entities" % (n + 1, n + 1)), counts()
                d.js("document.querySelector('#types input[value=' + arguments[0] + ']').click();", types[other])
                assert other not in shown()
                d.js("document.querySelector('#types input[value=' + arguments[0] + ']').click();", types[other])

            # the keyboard: Tab to an entity, Enter selects it
            d.js("document.querySelector('g.node').focus();")
            d.s("POST", "/actions", {"actions": [{"type": "key", "id": "k", "actions": [
                {"type": "keyDown", "value": "\ue007"}, {"type": "keyUp", "value": "\ue007"}]}]})
            assert d.js("return document.querySelectorAll('g.node.selected').length") == 1

            # phone width: the panel under the drawing
            d.s("POST", "/window/rect", {"width": 420, "height": 860})
            c, p = d.js("return [document.getElementById('canvas').getBoundingClientRect().bottom,"
                        " document.getElementById('panel').getBoundingClientRect().top]")
            assert p >= c - 1, (c, p)
            print("ok: %d drawn, filters, period, link, focus, path of %d, exports, search, keys, phone" % (n, want))
        finally:
            d.quit()


if __name__ == "__main__":
    main()
