# ergraph build: the network as node-link JSON, read by networkx as it is.
. "$(dirname "$0")/lib.sh"
cd "$SRC" || exit 1

run "$ERGRAPH" build tests/data/mini -o "$TMP/mini.json"
expect_status 0
check "mini graph differs from tests/expected/mini-graph.json" diff -u tests/expected/mini-graph.json "$TMP/mini.json"

for w in sentence paragraph document; do
  run "$ERGRAPH" build --window $w data/corpus -o "$TMP/$w.json"
  expect_status 0
done
run "$ERGRAPH" build --keep-bylines data/corpus -o "$TMP/bylines.json"
expect_status 0

py "sample network" '
import json, sys
import networkx as nx
from article_text import article_bytes
from networkx.readwrite import json_graph
d = json.load(open(sys.argv[1], encoding="utf-8"))
try:
    G = json_graph.node_link_graph(d, edges="links")
except TypeError:
    G = json_graph.node_link_graph(d)
meta = d["graph"]
assert meta["window"] == "sentence" and meta["articles"] == 11, meta
assert meta["inputs"] == ["corpus"] and meta["version"].startswith("ergraph ")
assert meta["nodes"] == G.number_of_nodes() and meta["links"] == G.number_of_edges()
for n in ("Kim Jong Un", "Vladimir Putin", "Xi Jinping", "North Korea", "Russia", "China"):
    assert n in G, n
aliases = G.nodes["Kim Jong Un"]["aliases"]
for form in ("Kim Jong-un", "Kim Jong Un", "Kim Jong-Un", "Kim"):
    assert form in aliases, aliases
assert "Korut" in G.nodes["North Korea"]["aliases"] and "Tiongkok" in G.nodes["China"]["aliases"]
for n in ("Kompas", "Reuters", "Kim", "Korut", "Presiden", "Sementara", "Penulis"):
    assert n not in G, n
for a, b, e in G.edges(data=True):
    assert e["weight"] == e["count"] >= 1
    assert 1 <= len(e["evidence"]) <= 3 and len(e["documents"]) >= 1
    for ev in e["evidence"]:
        assert article_bytes(ev["doc"], "data")[ev["start"]:ev["end"]].decode() == ev["text"], ev
        assert ev["doc"] in e["documents"]
top = max(G.edges(data=True), key=lambda e: e[2]["weight"])
assert {top[0], top[1]} in ({"North Korea", "Russia"}, {"Kim Jong Un", "Vladimir Putin"}), top[:2]
people = [e for e in G.edges(data=True) if G.nodes[e[0]]["type"] == G.nodes[e[1]]["type"] == "person"]
top = max(people, key=lambda e: e[2]["weight"])
assert {top[0], top[1]} == {"Kim Jong Un", "Vladimir Putin"}, top[:2]
' "$TMP/sentence.json"

py "windows nest: a pair linked in a sentence is linked in its paragraph and article" '
import json, sys
def load(p):
    d = json.load(open(p))
    return {(l["source"], l["target"]): l for l in d["links"]}, d["graph"]["window"]
(s, ws), (p, wp), (d, wd) = (load(x) for x in sys.argv[1:4])
assert (ws, wp, wd) == ("sentence", "paragraph", "document")
assert set(s) <= set(p) <= set(d) and len(s) < len(d)
# a document window counts each article once
assert all(l["count"] == len(l["documents"]) for l in d.values())
assert all(set(s[k]["documents"]) <= set(d[k]["documents"]) for k in s)
' "$TMP/sentence.json" "$TMP/paragraph.json" "$TMP/document.json"

py "--keep-bylines links the credited outlets" '
import json, sys
ids = {n["id"] for n in json.load(open(sys.argv[1]))["nodes"]}
assert {"Kompas", "Reuters"} <= ids, ids
assert json.load(open(sys.argv[1]))["graph"]["keep_bylines"] is True
' "$TMP/bylines.json"

# evidence count, and standard output
run "$ERGRAPH" build --evidence 1 tests/data/mini -o -
expect_status 0
py "--evidence 1" '
import json, sys
d = json.load(open(sys.argv[1]))
assert all(len(l["evidence"]) == 1 for l in d["links"]) and d["graph"]["evidence_per_link"] == 1
' "$TMP/out"

no_leftovers "$TMP"
# discovered names that differ only in accents or case are one node
mkdir "$TMP/variants"
printf 'Menteri José Ramirez mengatakan Korut dan Rusia bersatu.\n' > "$TMP/variants/a.txt"
printf 'Menteri Jose Ramirez mengatakan Rusia siap.\n' > "$TMP/variants/b.txt"
printf 'Menteri JOSE RAMIREZ mengatakan Rusia siap.\n' > "$TMP/variants/c.txt"
run "$ERGRAPH" build "$TMP/variants" -o "$TMP/variants.json"
expect_status 0
py "variants merged into one node, every spelling kept" '
import json, sys
g = json.load(open(sys.argv[1]))
people = [n for n in g["nodes"] if n["type"] == "person"]
assert len(people) == 1, people
assert people[0]["mentions"] == 3 and people[0]["documents"] == 3, people
assert people[0]["aliases"] == ["JOSE RAMIREZ", "Jose Ramirez", "José Ramirez"], people
' "$TMP/variants.json"

# recognition options reach build: --resolve-capitals links the states the
# capitals stand for, --lang is recorded, an unknown language is a usage error
printf 'Pyongyang dan Moskow akan selalu bersama.\n' > "$TMP/capitals.txt"
run "$ERGRAPH" build --resolve-capitals --lang id -o "$TMP/capitals.json" "$TMP/capitals.txt"
expect_status 0
py "build --resolve-capitals" '
import json, sys
g = json.load(open(sys.argv[1]))
assert g["graph"]["resolve_capitals"] is True and g["graph"]["lang"] == "id", g["graph"]
assert {n["id"] for n in g["nodes"]} == {"North Korea", "Russia"}, g["nodes"]
assert [(l["source"], l["target"]) for l in g["links"]] == [("North Korea", "Russia")], g["links"]
assert {"Pyongyang", "Moskow"} <= set(sum((n["aliases"] for n in g["nodes"]), [])), g["nodes"]
' "$TMP/capitals.json"
run "$ERGRAPH" build -o "$TMP/capitals.json" "$TMP/capitals.txt"
expect_status 0
py "build without --resolve-capitals" '
import json, sys
g = json.load(open(sys.argv[1]))
assert g["nodes"] == [] and g["graph"]["resolve_capitals"] is False, g
' "$TMP/capitals.json"
run "$ERGRAPH" build --lang fr -o "$TMP/x.json" "$TMP/capitals.txt"
expect_status 2
expect_err_has "unknown language 'fr' (use id, en or auto)"

# every article's date in the graph object (article_dates), for readers
# that date a link by its articles (the page's period filter): the JSON
# Lines dates and the first date each text article gives
run "$ERGRAPH" build data/corpus -o "$TMP/dated.json"
expect_status 0
py "article_dates: each article's date" '
import json, sys
g = json.load(open(sys.argv[1], encoding="utf-8"))["graph"]
want = {"corpus/%s.txt" % k: v for k, v in [
    ("01-kim-putin-beijing", "2025-09-03"), ("02-rodong-sinmun-edisi-beijing", "2025-09-04"),
    ("03-intelijen-korsel-gelombang-baru", "2025-09-04"), ("04-kim-kedutaan-rusia-9-mei", "2025-05-09"),
    ("05-lukashenko-undangan-pyongyang", "2025-09-03"), ("06-peskov-bantah-tudingan", "2025-09-04"),
    ("07-prabowo-buka-pertemuan-asean", "2025-09-15"), ("08-ekspor-jepang-tiongkok", "2025-09-01"),
    ("09-dpr-kpk-tni-alutsista", "2025-09-09")]}
for line in open("data/corpus/10-kawat.jsonl", encoding="utf-8"):
    a = json.loads(line)
    want["corpus/10-kawat.jsonl#" + a["id"]] = a["date"]
assert g["article_dates"] == want, g["article_dates"]
assert list(g)[-1] == "article_dates" and g["dates"]["dated"] == len(want)
' "$TMP/dated.json"

finish
