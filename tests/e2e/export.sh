# ergraph export: GraphML, GEXF, GML, CSV and JSON, read back by networkx and
# igraph with every attribute, names escaped.
. "$(dirname "$0")/lib.sh"
cd "$SRC" || exit 1

# networks in src/, exports beside them in $TMP as g.graphml, g.json...
mkdir "$TMP/src"
run "$ERGRAPH" build tests/data/mini -o "$TMP/src/g.json"
run "$ERGRAPH" stats "$TMP/src/g.json" --format json -o "$TMP/stats.json"
run "$ERGRAPH" build --gazetteer tests/data/hostile-gazetteer.json --window document tests/data/hostile.txt -o "$TMP/src/h.json"
for n in g h; do
  for f in graphml gexf gml json; do
    run "$ERGRAPH" export "$TMP/src/$n.json" -o "$TMP/$n.$f"
    expect_status 0
  done
  run "$ERGRAPH" export "$TMP/src/$n.json" --format gexf12 -o "$TMP/$n-12.gexf"
  expect_status 0
  run "$ERGRAPH" export "$TMP/src/$n.json" --format csv -o "$TMP/$n-csv"
  expect_status 0
  py "$n: every format read back with every attribute" '
import csv, json, sys, networkx as nx
src, base, stats = sys.argv[1], sys.argv[2], sys.argv[3]
g = json.load(open(src, encoding="utf-8"))
st = {r["id"]: r for r in json.load(open(stats))["nodes"]} if stats != "-" else None
measures = ["degree", "strength", "betweenness", "closeness", "eigenvector", "pagerank"]
def same_nodes(nodes, how):
    assert set(nodes) == {n["id"] for n in g["nodes"]}, (how, set(nodes))
    for n in g["nodes"]:
        a = nodes[n["id"]]
        assert a["type"] == n["type"] and int(a["mentions"]) == n["mentions"], (how, a, n)
        assert int(a["documents"]) == n["documents"], how
        aliases = a["aliases"] if isinstance(a["aliases"], list) else (a["aliases"].split("; ") if a["aliases"] else [])
        assert aliases == n["aliases"], (how, a["aliases"], n["aliases"])
        for m in measures + ["component"]:
            assert m in a, (how, m)
            if st:
                assert abs(float(a[m]) - st[n["id"]][m]) < 1e-9, (how, m, a[m], st[n["id"]][m])
def same_links(links, how):
    want = {frozenset((l["source"], l["target"])): l for l in g["links"]}
    assert len(links) == len(want), how
    for (s, t, a) in links:
        l = want[frozenset((s, t))]
        assert float(a["weight"]) == l["weight"] and int(a["count"]) == l["count"], (how, a)
        docs = a["documents"]
        assert (docs == l["documents"]) if isinstance(docs, list) else int(docs) == len(l["documents"]), how
        ev = a["evidence"]
        assert (ev == l["evidence"]) if isinstance(ev, list) else ev == (l["evidence"][0]["text"] if l["evidence"] else ""), (how, ev)
def by_name(G, field):
    """GraphML and GEXF ids are n0, n1...: the nodes by their name instead."""
    assert all(n == "n%d" % i for i, n in enumerate(G)), list(G)[:3]
    return nx.relabel_nodes(G, {n: a[field] for n, a in G.nodes(data=True)})
for how, G in (("graphml", by_name(nx.read_graphml(base + ".graphml"), "name")),
               ("gexf", by_name(nx.read_gexf(base + "-12.gexf"), "label")),
               ("gml", nx.read_gml(base + ".gml")), ("json", nx.node_link_graph(json.load(open(base + ".json", encoding="utf-8"))))):
    assert not G.is_directed(), how
    same_nodes(dict(G.nodes(data=True)), how)
    same_links([(s, t, a) for s, t, a in G.edges(data=True)], how)
    if how in ("gexf", "graphml"):
            assert all(G.nodes[n]["label"] == n for n in G), how
with open(base + "-csv/nodes.csv", newline="", encoding="utf-8") as f:
    same_nodes({r["id"]: r for r in csv.DictReader(f)}, "nodes.csv")
with open(base + "-csv/links.csv", newline="", encoding="utf-8") as f:
    same_links([(r["source"], r["target"], r) for r in csv.DictReader(f)], "links.csv")
' "$TMP/src/$n.json" "$TMP/$n" "$([ $n = g ] && echo "$TMP/stats.json" || echo -)"
done

py "GraphML and GML read by igraph" '
import json, sys, igraph, xml.etree.ElementTree as ET
for src, path in ((sys.argv[1], sys.argv[2]), (sys.argv[4], sys.argv[5])):
    g = json.load(open(src, encoding="utf-8"))
    G = igraph.Graph.Read_GraphML(path)
    assert not G.is_directed() and G.vcount() == len(g["nodes"]) and G.ecount() == len(g["links"])
    assert G.vs["name"] == [n["id"] for n in g["nodes"]], G.vs["name"]
    assert G.vs["label"] == G.vs["name"]
    assert G.vs.find(name=g["links"][0]["source"]).index == G.es[0].source
    # integer attributes are typed as integers (python-igraph 0.10 keeps
    # every GraphML number as a float: its core has one numeric type)
    K = "{http://graphml.graphdrawing.org/xmlns}"
    types = {k.get("id"): k.get("attr.type") for k in ET.parse(path).getroot().iter(K + "key")}
    for key in ("v_mentions", "v_documents", "v_degree", "v_component", "e_count", "e_documents"):
        assert types[key] == "long", (key, types[key])
    assert types["v_pagerank"] == "double" and types["e_weight"] == "double"
    for attr in ("mentions", "documents", "degree", "component"):
        assert all(v == int(v) for v in G.vs[attr]), attr
    assert G.vs["mentions"] == [n["mentions"] for n in g["nodes"]]
    for attr in ("type", "mentions", "documents", "aliases", "pagerank", "component"):
        assert attr in G.vs.attributes(), attr
    for attr in ("weight", "count", "documents", "evidence"):
        assert attr in G.es.attributes(), attr
    assert sum(G.es["weight"]) == sum(l["weight"] for l in g["links"])
g = json.load(open(sys.argv[1], encoding="utf-8"))
G = igraph.Graph.Read_GML(sys.argv[3])
assert G.vcount() == len(g["nodes"]) and G.ecount() == len(g["links"])
assert set(G.vs["label"]) == {n["id"] for n in g["nodes"]}
' "$TMP/src/g.json" "$TMP/g.graphml" "$TMP/g.gml" "$TMP/src/h.json" "$TMP/h.graphml"

run "$ERGRAPH" render "$TMP/src/g.json" -o "$TMP/g.svg"
expect_status 0
py "GEXF structure (1.3 and 1.2draft): attributes, colours of the pictures, sizes" '
import sys, xml.etree.ElementTree as ET
S = "{http://www.w3.org/2000/svg}"
# the pictures colour by type: the fill of each node, by its SVG id n<index>
fill = {}
for g in ET.parse(sys.argv[3]).getroot().iter(S + "g"):
    if g.get("class") == "node":
        fill[g.get("id")] = next(g.iter(S + "ellipse")).get("fill").upper()
for path, X, V, version in ((sys.argv[1], "{http://gexf.net/1.3}", "{http://gexf.net/1.3}", "1.3"),
                            (sys.argv[2], "{http://www.gexf.net/1.2draft}", "{http://www.gexf.net/1.2draft/viz}", "1.2")):
    root = ET.parse(path).getroot()
    assert root.tag == X + "gexf" and root.get("version") == version
    graph = root.find(X + "graph")
    assert graph.get("defaultedgetype") == "undirected" and graph.get("mode") == "static"
    decl = {c.get("class"): {a.get("id"): (a.get("title"), a.get("type")) for a in c} for c in graph.findall(X + "attributes")}
    assert decl["node"]["1"] == ("type", "string") and ("pagerank", "double") in decl["node"].values()
    assert ("count", "long") in decl["edge"].values()
    for el, cls in ((graph.find(X + "nodes"), "node"), (graph.find(X + "edges"), "edge")):
        for item in el:
            vals = item.find(X + "attvalues")
            assert {v.get("for") for v in vals} == set(decl[cls]), item.attrib
            for v in vals:
                t = decl[cls][v.get("for")][1]
                if t in ("long", "double"):
                    float(v.get("value"))
    nodes = list(graph.find(X + "nodes"))
    assert [n.get("id") for n in nodes] == ["n%d" % i for i in range(len(nodes))]
    pr = {}
    for n in nodes:
        c = n.find(V + "color")
        assert "#%02X%02X%02X" % (int(c.get("r")), int(c.get("g")), int(c.get("b"))) == fill[n.get("id")], (n.get("label"), c.attrib)
        pagerank = [v.get("value") for v in n.find(X + "attvalues") if decl["node"][v.get("for")][0] == "pagerank"][0]
        pr[n.get("id")] = (float(pagerank), float(n.find(V + "size").get("value")))
    # sizes grow with PageRank, the largest 50, as the pictures scale them
    by = sorted(pr.values())
    assert all(a[1] <= b[1] for a, b in zip(by, by[1:])) and by[-1][1] == 50, by
    ids = {n.get("id") for n in nodes}
    for e in graph.find(X + "edges"):
        assert e.get("source") in ids and e.get("target") in ids and float(e.get("weight")) > 0
        assert float(e.find(V + "thickness").get("value")) > 0
' "$TMP/g.gexf" "$TMP/g-12.gexf" "$TMP/g.svg"

# VOSviewer JSON, checked against the structure its documentation gives
for n in g h; do
  run "$ERGRAPH" export "$TMP/src/$n.json" --format vosviewer -o "$TMP/$n.vos.json"
  expect_status 0
done
py "VOSviewer JSON: items, links, clusters, weights and scores as documented" '
import json, sys
for src, path, stats in ((sys.argv[1], sys.argv[2], sys.argv[5]), (sys.argv[3], sys.argv[4], None)):
    g = json.load(open(src, encoding="utf-8"))
    v = json.load(open(path, encoding="utf-8"))
    assert set(v) <= {"network", "config", "info"} and set(v["network"]) <= {"items", "links", "clusters"}
    items, links = v["network"]["items"], v["network"]["links"]
    assert [i["id"] for i in items] == list(range(1, len(g["nodes"]) + 1))
    assert [i["label"] for i in items] == [n["id"] for n in g["nodes"]]
    for it, n in zip(items, g["nodes"]):
        assert set(it) <= {"id", "label", "description", "url", "x", "y", "cluster", "weights", "scores"}, it
        assert isinstance(it["cluster"], int) and 1 <= it["cluster"] <= 1000
        assert all(isinstance(w, (int, float)) and w >= 0 for w in it["weights"].values()), it["weights"]
        assert it["weights"]["Mentions"] == n["mentions"] and it["weights"]["Documents"] == n["documents"]
        assert all(isinstance(s, (int, float)) for s in it["scores"].values())
        assert "<script" not in it["description"]
    by_id = {i["id"]: i["label"] for i in items}
    want = {frozenset((l["source"], l["target"])): l["weight"] for l in g["links"]}
    got = {frozenset((by_id[l["source_id"]], by_id[l["target_id"]])): l["strength"] for l in links}
    assert got == want, (got, want)
    for it in items:
        mine = [l["strength"] for l in links if it["id"] in (l["source_id"], l["target_id"])]
        assert it["weights"]["Links"] == len(mine) and abs(it["weights"]["Total link strength"] - sum(mine)) < 1e-9
    if stats:
        st = {r["id"]: r for r in json.load(open(stats))["nodes"]}
        for it in items:
            assert abs(it["scores"]["PageRank"] - st[it["label"]]["pagerank"]) < 1e-9
            assert it["cluster"] == st[it["label"]]["community"] + 1
    t = v["config"]["terminology"]
    assert t["item"] == "Entity" and t["items"] == "Entities"
' "$TMP/src/g.json" "$TMP/g.vos.json" "$TMP/src/h.json" "$TMP/h.vos.json" "$TMP/stats.json"

# time: build --slice writes timeline.gexf, the periods as one dynamic GEXF
# (spells and per-period values from the articles' dates) for Gephi
printf '%s\n' \
  '{"id": "a1", "date": "2025-01-10", "text": "Presiden Joko Widodo bertemu Presiden Xi Jinping di Beijing pada Jumat."}' \
  '{"id": "a2", "date": "2025-02-11", "text": "Presiden Xi Jinping menelepon Presiden Vladimir Putin pada Selasa."}' \
  '{"id": "a3", "date": "2025-02-20", "text": "Vladimir Putin dan Xi Jinping berbicara lagi tentang perdagangan."}' \
  >"$TMP/src/dated.jsonl"
run "$ERGRAPH" build --slice month "$TMP/src/dated.jsonl" --outdir "$TMP/slices"
expect_status 0
py "timeline.gexf: spells and per-period values as the period networks have them" '
import json, sys, glob, xml.etree.ElementTree as ET
d = sys.argv[1]
X = "{http://gexf.net/1.3}"
periods = []
for path in sorted(glob.glob(d + "/graph-*.json")):
    g = json.load(open(path, encoding="utf-8"))
    periods.append(((g["graph"]["dates"]["first"], g["graph"]["dates"]["last"]), g))
assert [p for p, _ in periods] == [("2025-01-10", "2025-01-10"), ("2025-02-11", "2025-02-20")], periods
graph = ET.parse(d + "/timeline.gexf").getroot().find(X + "graph")
assert graph.get("mode") == "dynamic" and graph.get("timeformat") == "date"
label = {}
for n in graph.find(X + "nodes"):
    label[n.get("id")] = n.get("label")
    spells = [(s.get("start"), s.get("end")) for s in n.find(X + "spells")]
    want = [p for p, g in periods if any(x["id"] == n.get("label") for x in g["nodes"])]
    assert spells == want, (n.get("label"), spells, want)
    mentions = [(v.get("start"), int(v.get("value"))) for v in n.find(X + "attvalues") if v.get("for") == "mentions"]
    assert mentions == [(p[0], x["mentions"]) for p, g in periods for x in g["nodes"] if x["id"] == n.get("label")], mentions
assert set(label.values()) == {"Joko Widodo", "Xi Jinping", "Vladimir Putin"}
links = {}
for p, g in periods:
    for l in g["links"]:
        links.setdefault(frozenset((l["source"], l["target"])), []).append((p, l["count"], l["weight"]))
edges = list(graph.find(X + "edges"))
assert len(edges) == len(links)
for e in edges:
    want = links[frozenset((label[e.get("source")], label[e.get("target")]))]
    assert [(s.get("start"), s.get("end")) for s in e.find(X + "spells")] == [p for p, _, _ in want]
    assert [int(v.get("value")) for v in e.find(X + "attvalues")] == [c for _, c, _ in want]
    assert float(e.get("weight")) == sum(w for _, _, w in want)
' "$TMP/slices"

# CSV for spreadsheets: cells a spreadsheet would run as formulas are
# neutralised (OWASP: an apostrophe before them) unless --raw-csv; a UTF-8
# byte-order mark with --bom or --excel; -o graph.csv writes two files.
cat >"$TMP/src/inj.json" <<'EOF'
{"directed": false, "multigraph": false, "graph": {},
 "nodes": [{"id": "=HYPERLINK(\"http://x\",\"y\")", "type": "person", "mentions": 2, "documents": 1, "aliases": ["@SUM(1)"]},
           {"id": "+1", "type": "organization", "mentions": 1, "documents": 1, "aliases": []},
           {"id": "-2+3", "type": "state", "mentions": 1, "documents": 1, "aliases": []},
           {"id": "\tTab", "type": "person", "mentions": 1, "documents": 1, "aliases": []},
           {"id": "\rCR", "type": "person", "mentions": 1, "documents": 1, "aliases": []},
           {"id": "St\u00e9phane", "type": "person", "mentions": 1, "documents": 1, "aliases": ["-"]}],
 "links": [{"source": "+1", "target": "-2+3", "weight": 1, "count": 1, "documents": ["a"],
            "evidence": [{"doc": "a", "start": 0, "end": 4, "text": "=1+2"}]},
           {"source": "St\u00e9phane", "target": "\tTab", "weight": 2, "count": 2, "documents": ["a"], "evidence": []}]}
EOF
run "$ERGRAPH" export "$TMP/src/inj.json" -o "$TMP/inj.csv"
expect_status 0
check "-o inj.csv writes inj.nodes.csv and inj.links.csv" test -f "$TMP/inj.nodes.csv" -a -f "$TMP/inj.links.csv" -a ! -e "$TMP/inj.csv"
run "$ERGRAPH" export "$TMP/src/inj.json" --raw-csv -o "$TMP/raw.CSV"
expect_status 0
run "$ERGRAPH" export "$TMP/src/inj.json" --bom -o "$TMP/bom.csv"
expect_status 0
run "$ERGRAPH" export "$TMP/src/inj.json" --excel --format csv -o "$TMP/excel"
expect_status 0
run "$ERGRAPH" stats "$TMP/src/inj.json" --format csv -o "$TMP/inj-stats.csv"
expect_status 0
py "CSV: formulas neutralised, --raw-csv raw, byte-order mark on request" '
import csv, json, sys
t = sys.argv[1]
g = json.load(open(t + "/src/inj.json", encoding="utf-8"))
ids = [n["id"] for n in g["nodes"]]
def rows(path, enc="utf-8"):
    with open(path, newline="", encoding=enc) as f:
        return list(csv.DictReader(f))
def guarded(s):
    return "\x27" + s if s and s[0] in "=+-@\t\r" else s
for stem, f in (("inj", guarded), ("raw", lambda s: s)):
    nodes, links = rows(t + "/" + stem + ".nodes.csv"), rows(t + "/" + stem + ".links.csv")
    assert [r["id"] for r in nodes] == [f(i) for i in ids], [r["id"] for r in nodes]
    assert nodes[0]["aliases"] == f("@SUM(1)") and nodes[5]["aliases"] == f("-")
    assert {frozenset((r["source"], r["target"])) for r in links} == {frozenset((f("+1"), f("-2+3"))), frozenset((f("St\u00e9phane"), f("\tTab")))}
    assert links[0]["evidence"] == f("=1+2")
    assert [r["mentions"] for r in nodes] == ["2", "1", "1", "1", "1", "1"]  # numbers as they are
assert open(t + "/inj.nodes.csv", "rb").read(3) == b"id,"
for path in (t + "/bom.nodes.csv", t + "/bom.links.csv", t + "/excel/nodes.csv", t + "/excel/links.csv"):
    assert open(path, "rb").read(3) == b"\xef\xbb\xbf", path
assert [r["id"] for r in rows(t + "/excel/nodes.csv", "utf-8-sig")] == [guarded(i) for i in ids]
assert sorted(r["id"] for r in rows(t + "/inj-stats.csv")) == sorted(guarded(i) for i in ids)
' "$TMP"

# Text XML cannot carry (C0 controls, noncharacters) is U+FFFD in every XML
# output, GraphML and GEXF ids stay n0, n1...; DOT names ending in a
# backslash or holding one before a quote stay readable; long names are
# capped in pictures, so that dot and Pango read every string.
"$PY" -c '
import json, sys
names = ["back\\", "a\\\"b", "ctl\x01\uffff x", "ctl\x02\ufdd0 x", "B" * 20000]
g = {"directed": False, "multigraph": False, "graph": {"inputs": ["hand-made"]},
     "nodes": [{"id": n, "type": "person", "mentions": 2, "documents": 1, "aliases": [n[:30]]} for n in names],
     "links": [{"source": names[i], "target": names[i + 1], "weight": 1, "count": 1, "documents": ["a"],
                "evidence": [{"doc": "a", "start": 0, "end": 4, "text": "ev\x02\ufffe " + names[i]}]} for i in range(4)]}
json.dump(g, open(sys.argv[1], "w"))
' "$TMP/src/ctl.json"
for f in graphml gexf gexf12; do
  run "$ERGRAPH" export "$TMP/src/ctl.json" --format $f -o "$TMP/ctl.$f"
  expect_status 0
  check "ctl.$f is well-formed XML" xmllint --noout "$TMP/ctl.$f"
done
for f in dot svg png; do
  run "$ERGRAPH" render "$TMP/src/ctl.json" -o "$TMP/ctl.$f"
  expect_status 0
  # (a sanitizer build adds its summary of suppressed leaks)
  check "render ctl.$f: no error, no Pango critical" sh -c "! grep -qiE 'critical|warning|error' '$TMP/err'"
done
check "ctl.svg is well-formed XML" xmllint --noout "$TMP/ctl.svg"
check "ctl.dot is read back by Graphviz" sh -c "dot -Tjson '$TMP/ctl.dot' > '$TMP/ctl-dot.json'"
py "forbidden characters replaced the same way everywhere, names capped in pictures" '
import json, sys, networkx as nx, xml.etree.ElementTree as ET
t = sys.argv[1]
names = [n["id"] for n in json.load(open(t + "/src/ctl.json"))["nodes"]]
R = "\ufffd"
safe = [n.replace("\x01", R).replace("\x02", R).replace("\uffff", R).replace("\ufdd0", R) for n in names]
G = nx.read_graphml(t + "/ctl.graphml")
assert list(G) == ["n%d" % i for i in range(len(names))], list(G)
assert [G.nodes[n]["name"] for n in G] == safe
E = nx.read_gexf(t + "/ctl.gexf12")
assert list(E) == ["n%d" % i for i in range(len(names))], list(E)
assert [E.nodes[n]["label"] for n in E] == safe
ev = [a["evidence"] for _, _, a in G.edges(data=True)]
assert all(e.startswith("ev" + R + R + " ") for e in ev), ev
d = json.load(open(t + "/ctl-dot.json"))
dot = [o["name"] for o in d["objects"]]
assert "back\\\\" in dot and "a\\\\\"b" in dot, dot[:2]
# the two control names are the same once replaced: one is named by its index
assert safe[2] in dot and len({"n2", "n3"} & set(dot)) == 1, dot
long = [x for x in dot if x.startswith("BBB")]
assert len(long) == 1 and len(long[0].encode()) <= 1003 and long[0].endswith("\u2026"), len(long[0])
assert len(d["edges"]) == 4
svg = ET.parse(t + "/ctl.svg").getroot()
texts = [x.text for x in svg.iter("{http://www.w3.org/2000/svg}text")]
assert safe[2] in texts and "back\\" in texts, texts
long = [x for x in texts if x and x.startswith("BBB")]
assert long == ["B" * 120 + "\u2026"], [len(x) for x in long]
' "$TMP"

# the published schemas, where the checkout sits beside them (in ../shared)
SCHEMAS="$SRC/../shared/schemas"
if [ -d "$SCHEMAS" ] && command -v xmllint >/dev/null; then
  for n in g h ctl; do
    check "$n.graphml valid against GraphML 1.0" xmllint --noout --nonet --schema "$SCHEMAS/graphml-1.0/graphml.xsd" "$TMP/$n.graphml"
  done
  for n in g h; do
    check "$n.gexf valid against GEXF 1.3" xmllint --noout --nonet --schema "$SCHEMAS/gexf-1.3/gexf.xsd" "$TMP/$n.gexf"
    [ $n = g ] && check "timeline.gexf valid against GEXF 1.3" xmllint --noout --nonet --schema "$SCHEMAS/gexf-1.3/gexf.xsd" "$TMP/slices/timeline.gexf"
    # the published 1.2draft schema declares the viz elements in the GEXF
    # namespace, where no reader looks for them (Gephi and networkx write
    # and read viz:color): checked without them
    "$PY" -c '
import sys, xml.etree.ElementTree as ET
V = "{http://www.gexf.net/1.2draft/viz}"
t = ET.parse(sys.argv[1])
for parent in t.getroot().iter():
    for child in [c for c in parent if c.tag.startswith(V)]:
        parent.remove(child)
t.write(sys.argv[2], encoding="UTF-8", xml_declaration=True)
' "$TMP/$n-12.gexf" "$TMP/$n-12-noviz.gexf"
    check "$n-12.gexf valid against GEXF 1.2draft" xmllint --noout --nonet --schema "$SCHEMAS/gexf-1.2draft/gexf.xsd" "$TMP/$n-12-noviz.gexf"
  done
else
  echo "export.sh: skipped the schema checks: no ../shared/schemas beside the source, or no xmllint (libxml2-utils)"
fi

# GEXF positions: each entity where render puts it with its defaults (the
# DOT file's pos, which the pictures share: e2e_samelayout), so that Gephi
# opens ergraph's drawing; in both GEXF versions, and valid against 1.3
run "$ERGRAPH" build data/corpus -o "$TMP/pos.json"
run "$ERGRAPH" export "$TMP/pos.json" -o "$TMP/pos.gexf"
expect_status 0
run "$ERGRAPH" export "$TMP/pos.json" --format gexf12 -o "$TMP/pos-12.gexf"
expect_status 0
run "$ERGRAPH" render "$TMP/pos.json" -o "$TMP/pos.dot"
expect_status 0
py "GEXF positions are those of the drawing" '
import re, sys, networkx as nx, xml.etree.ElementTree as ET
dot = open(sys.argv[1], encoding="utf-8").read()
pos = {}
for m in re.finditer(r"\n\t(\"(?:[^\"\\\\]|\\\\.)*\"|\w+)\s*\[([^\]]*)\]", dot):
    p, i = re.search(r"\bpos=\"([-\d.]+),([-\d.]+)\"", m.group(2)), re.search(r"\bid=(n\d+)", m.group(2))
    if p and i:
        pos[i.group(1)] = (float(p.group(1)), float(p.group(2)))
G = nx.read_gexf(sys.argv[2])
assert len(pos) == len(G) == 54, (len(pos), len(G))
for n, d in G.nodes(data=True):
    v = d["viz"]["position"]
    assert abs(v["x"] - pos[n][0]) < 0.1 and abs(v["y"] - pos[n][1]) < 0.1, (n, v, pos[n])
N = "{http://gexf.net/1.3}"
ps = {e.get("id"): e.find(N + "position") for e in ET.parse(sys.argv[3]).getroot().iter(N + "node")}
assert all(ps[n] is not None and abs(float(ps[n].get("x")) - pos[n][0]) < 0.1 and
           abs(float(ps[n].get("y")) - pos[n][1]) < 0.1 for n in pos)
' "$TMP/pos.dot" "$TMP/pos-12.gexf" "$TMP/pos.gexf"
if [ -d "$SCHEMAS" ] && command -v xmllint >/dev/null; then
  check "pos.gexf valid against GEXF 1.3" xmllint --noout --nonet --schema "$SCHEMAS/gexf-1.3/gexf.xsd" "$TMP/pos.gexf"
fi

check "GML is ASCII" sh -c "! LC_ALL=C grep -q '[^ -~]' '$TMP/h.gml'"
check "export JSON is read back by ergraph" "$ERGRAPH" render "$TMP/h.json" -o "$TMP/back.dot"

# errors
run "$ERGRAPH" export "$TMP/src/g.json" -o "$TMP/x.xlsx"
expect_status 2
expect_err_has "ergraph export: cannot tell the format of '$TMP/x.xlsx': use --format"
run "$ERGRAPH" export "$TMP/src/g.json" -o "$TMP/x" --format xlsx
expect_status 2
expect_err_has "ergraph export: unknown format 'xlsx' (use graphml, gexf, gexf12, gml, csv, json or vosviewer)"
run "$ERGRAPH" export "$TMP/nope.json" -o "$TMP/x.gml"
expect_status 1
expect_err "ergraph: cannot open '$TMP/nope.json': No such file or directory"
run "$ERGRAPH" export "$TMP/src/g.json" -o "$TMP/no/such/dir/x.graphml"
expect_status 1
check "no output after errors" test ! -e "$TMP/x.gml"
no_leftovers "$TMP"
finish
