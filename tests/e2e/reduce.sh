# A large network's picture reduced: render --backbone ALPHA keeps the links
# build --backbone keeps, --giant the largest connected part (networkx),
# --focus NAME --depth N the entities within N links (networkx's ego graph);
# the caption says how, and a cut by --max-nodes alone suggests them.
. "$(dirname "$0")/lib.sh"
cd "$SRC" || exit 1

run "$ERGRAPH" build data/corpus -o "$TMP/g.json"
run "$ERGRAPH" build data/corpus --backbone 0.3 -o "$TMP/bb.json"
expect_status 0
run "$ERGRAPH" render "$TMP/g.json" -o "$TMP/bb.svg" --backbone 0.3
expect_status 0
check "nothing cut, nothing suggested" sh -c "! grep -q warning '$TMP/err'"
run "$ERGRAPH" render "$TMP/g.json" -o "$TMP/bbg.svg" --backbone 0.3 --giant
expect_status 0
for d in 1 2; do
  run "$ERGRAPH" render "$TMP/g.json" -o "$TMP/f$d.svg" --focus kpk --depth $d
  expect_status 0
done

py "reductions drawn as networkx and build say" '
import json, sys, xml.etree.ElementTree as ET
import networkx as nx
d = sys.argv[1]
S = "{http://www.w3.org/2000/svg}"
g = json.load(open(d + "/g.json"))
def drawn(name):
    root = ET.parse("%s/%s.svg" % (d, name)).getroot()
    nodes = {e.find(S + "title").text for e in root.iter(S + "g") if e.get("class") == "node"}
    links = {int(e.get("id")[1:]) for e in root.iter(S + "g") if e.get("class") == "edge"}
    text = " ".join(t.text or "" for t in root.iter(S + "text"))
    return nodes, {frozenset((g["links"][i]["source"], g["links"][i]["target"])) for i in links}, text
bb = json.load(open(d + "/bb.json"))
want = {frozenset((l["source"], l["target"])) for l in bb["links"]}
nodes, links, text = drawn("bb")
assert links == want, (len(links), len(want))
assert "the backbone at alpha 0.3 (%d of %d links)" % (len(want), len(g["links"])) in text, text
B = nx.Graph()
B.add_nodes_from(n["id"] for n in g["nodes"])
B.add_edges_from(tuple(l) for l in want)
giant = max(nx.connected_components(B), key=len)
nodes, links, text = drawn("bbg")
assert nodes == giant, (len(nodes), len(giant))
assert "; the largest connected part" in text, text
G = nx.Graph((l["source"], l["target"]) for l in g["links"])
for depth in (1, 2):
    nodes, links, text = drawn("f%d" % depth)
    ego = nx.ego_graph(G, "Corruption Eradication Commission", radius=depth)
    assert nodes == set(ego.nodes), (depth, nodes ^ set(ego.nodes))
    assert links == {frozenset(e) for e in ego.edges}
    assert "Corruption Eradication Commission and the entities within %d link%s of it" % (
        depth, "" if depth == 1 else "s") in text, text
' "$TMP"

run "$ERGRAPH" render "$TMP/g.json" -o "$TMP/cut.svg" --max-nodes 10
expect_status 0
check "a cut suggests the reductions in one line" test "$(head -n 1 "$TMP/err")" = "ergraph: warning: drew the 10 strongest of 54 entities by pagerank; --backbone 0.05 --giant keeps the significant links, --focus NAME one entity and its neighbours"
run "$ERGRAPH" render "$TMP/g.json" -o "$TMP/x.svg" --focus Atlantis
expect_status 1
check "an unknown --focus names the network" test "$(head -n 1 "$TMP/err")" = "ergraph: $TMP/g.json: no entity named 'Atlantis'"
run "$ERGRAPH" render "$TMP/g.json" -o "$TMP/x.svg" --depth 2
expect_status 2
expect_err_has "ergraph render: --depth goes with --focus NAME"
run "$ERGRAPH" render "$TMP/g.json" -o "$TMP/x.svg" --backbone 2
expect_status 2
expect_err_has "ergraph render: --backbone needs a significance level in (0, 1], not '2'"
check "no output after errors" test ! -e "$TMP/x.svg"
run "$ERGRAPH" run data/corpus --outdir "$TMP/run" --focus Putin --depth 1
expect_status 0
check "run takes --focus" grep -q 'Vladimir Putin and the entities within 1 link of it' "$TMP/run/graph.svg"
finish
