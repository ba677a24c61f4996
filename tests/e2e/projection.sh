# ergraph build --bipartite --project articles|entities: the one-mode
# projections of the document-entity network, every link, weight and
# mention_pairs compared with networkx's bipartite projections of the
# --bipartite JSON of the same build, the nodes and their escaping with the
# --bipartite files, and a few weights worked out by hand from articles
# written for this test.
. "$(dirname "$0")/lib.sh"
cd "$SRC" || exit 1

# check.py BP.json BP.nodes.csv P.json P.nodes.csv P.links.csv ONTO: P is the
# projection of BP onto its articles or entities; exits 1 naming the first
# difference.
cat >"$TMP/check.py" <<'EOF'
import csv, json, sys, networkx as nx
from networkx.algorithms import bipartite
bp_json, bp_nodes, p_json, p_nodes, p_links, onto = sys.argv[1:7]
side = {"articles": 0, "entities": 1}[onto]
d = json.load(open(bp_json, encoding="utf-8"))
p = json.load(open(p_json, encoding="utf-8"))
B = nx.node_link_graph(d, edges="links") if nx.__version__ >= "3.4" else nx.node_link_graph(d)
# the nodes: that set's nodes of the network, with the same attributes, in its order
nodes = [n for n in d["nodes"] if n["bipartite"] == side]
assert p["nodes"] == nodes, (p["nodes"][:3], nodes[:3])
assert p["directed"] is False and p["multigraph"] is False
meta = {k: v for k, v in d["graph"].items() if k not in ("bipartite", "entities", "nodes", "links")}
meta.update(projection=onto, nodes=len(nodes), links=len(p["links"]))
assert p["graph"] == meta, [k for k in set(p["graph"]) | set(meta) if p["graph"].get(k) != meta.get(k)]
# the links: each pair once, source before target in the nodes' order, by source then target
pos = {n["id"]: i for i, n in enumerate(nodes)}
assert all(set(l) == {"source", "target", "weight", "mention_pairs"} for l in p["links"])
order = [(pos[l["source"]], pos[l["target"]]) for l in p["links"]]
assert all(s < t for s, t in order) and order == sorted(set(order)), order[:10]
got = {(l["source"], l["target"]): (l["weight"], l["mention_pairs"]) for l in p["links"]}
# the reference: networkx's weighted projection (the neighbours shared) and a
# generic one summing the products of the two links' weights (mentions)
ids = [n["id"] for n in nodes]
def pairs(G, u, v):
    return sum(G[u][k]["weight"] * G[v][k]["weight"] for k in set(G[u]) & set(G[v]))
if len(ids) < len(B):
    W = bipartite.weighted_projected_graph(B, ids)
    M = bipartite.generic_weighted_projected_graph(B, ids, weight_function=pairs)
else:  # the other set is empty, which networkx refuses: no links
    W = M = nx.empty_graph(ids)
assert set(W.nodes) == set(ids) and set(W.edges) == set(M.edges)
want = {}
for u, v, w in W.edges(data="weight"):
    u, v = sorted((u, v), key=pos.get)
    want[u, v] = (w, M[u][v]["weight"])
assert got == want, sorted(set(got.items()) ^ set(want.items()))[:10]
# the CSV says the same: the nodes as the network's CSV has them, the links as the JSON
def unguard(s):  # the apostrophe export puts before a text a spreadsheet would run
    return s[1:] if s[:1] == "'" and s[1:2] in ("=", "+", "-", "@", "\t", "\r") else s
rows = list(csv.DictReader(open(bp_nodes, encoding="utf-8", newline="")))
mine = list(csv.DictReader(open(p_nodes, encoding="utf-8", newline="")))
assert mine == [r for r in rows if r["bipartite"] == str(side)], mine[:3]
raw = open(p_links, encoding="utf-8", newline="").read()
assert raw.startswith("source,target,weight,mention_pairs\r\n"), raw[:80]
links = list(csv.reader(open(p_links, encoding="utf-8", newline="")))[1:]
assert [(unguard(s), unguard(t), int(w), int(m)) for s, t, w, m in links] == \
       [(l["source"], l["target"], l["weight"], l["mention_pairs"]) for l in p["links"]]
EOF

# project DESCRIPTION NAME BUILD-ARGS...: builds the network and both
# projections, as JSON and as CSV, into $TMP/NAME*, and checks them.
project() {
  local what=$1 name=$2 onto
  shift 2
  run "$ERGRAPH" build --bipartite "$@" -o "$TMP/$name.json"
  expect_status 0
  run "$ERGRAPH" build --bipartite "$@" -o "$TMP/$name.csv"
  expect_status 0
  for onto in articles entities; do
    run "$ERGRAPH" build --bipartite --project $onto "$@" -o "$TMP/$name-$onto.json"
    expect_status 0
    run "$ERGRAPH" build --bipartite --project $onto "$@" -o "$TMP/$name-$onto.csv"
    expect_status 0
    check "$what: the $onto projection as networkx has it" "$PY" "$TMP/check.py" \
      "$TMP/$name.json" "$TMP/$name.nodes.csv" "$TMP/$name-$onto.json" \
      "$TMP/$name-$onto.nodes.csv" "$TMP/$name-$onto.links.csv" $onto
  done
  # the two projections' nodes are the network's, byte for byte
  check "$what: the nodes' CSV is the network's" \
    cmp "$TMP/$name.nodes.csv" <(cat "$TMP/$name-articles.nodes.csv"; tail -n +2 "$TMP/$name-entities.nodes.csv")
}

# Articles written for this test: ids and titles that CSV must quote or
# guard (a comma, a quote, a formula; the file's name begins with '='), an
# article that shares nothing, entities mentioned more than once.
mkdir "$TMP/c"
cat >"$TMP/c/=berita.jsonl" <<'EOF'
{"id": "satu", "title": "Rapat, \"darurat\" di Jakarta", "date": "2026-03-02", "text": "Presiden Indonesia bertemu Perdana Menteri Malaysia di Jakarta. Menteri Sulastri Wibowo mengatakan Indonesia dan Malaysia sepakat memperkuat kerja sama. Sulastri Wibowo juga menyebut peran ASEAN."}
{"id": "dua,tiga", "title": "=HYPERLINK(\"x\")", "date": "2026-03-03", "text": "Sulastri Wibowo terbang ke Tokyo untuk bertemu pejabat Jepang. Menurut Sulastri Wibowo, Jepang dan Indonesia akan menandatangani perjanjian dagang."}
{"id": "empat", "title": "Kunjungan ke Kuala Lumpur", "date": "2026-03-04", "text": "Menteri Pertahanan Malaysia menerima Gubernur Darmawan Saputra di Kuala Lumpur. Menurut Darmawan Saputra, pertemuan itu membahas ASEAN dan hubungan Malaysia dengan Singapura."}
{"id": "lima", "title": "Cuaca cerah", "date": "2026-03-05", "text": "Hujan turun di sore hari dan warga pulang lebih awal."}
{"id": "enam", "title": "Dagang Asia — ekspor", "date": "2026-03-06", "text": "Ekspor Jepang ke Singapura naik pada bulan lalu."}
EOF
project "articles written for the test" c "$TMP/c/=berita.jsonl"

# By hand: satu mentions Indonesia 2, Malaysia 2, Sulastri Wibowo 2, ASEAN 1;
# dua,tiga Sulastri Wibowo 2, Japan 2, Indonesia 1; empat Malaysia 2, ASEAN 1,
# Singapore 1; enam Japan 1, Singapore 1; lima nothing.
py "the projections of the test's articles, by hand" '
import csv, json, sys
a = json.load(open(sys.argv[1] + "-articles.json", encoding="utf-8"))
f = "=berita.jsonl#"
assert [n["id"] for n in a["nodes"]] == [f + x for x in ("satu", "dua,tiga", "empat", "lima", "enam")]
got = {(l["source"][len(f):], l["target"][len(f):]): (l["weight"], l["mention_pairs"]) for l in a["links"]}
assert got == {("satu", "dua,tiga"): (2, 2 * 1 + 2 * 2),   # Indonesia, Sulastri Wibowo
               ("satu", "empat"): (2, 2 * 2 + 1 * 1),      # Malaysia, ASEAN
               ("dua,tiga", "enam"): (1, 2 * 1),           # Japan
               ("empat", "enam"): (1, 1 * 1)}, got         # Singapore
e = json.load(open(sys.argv[1] + "-entities.json", encoding="utf-8"))
got = {frozenset((l["source"], l["target"])): (l["weight"], l["mention_pairs"]) for l in e["links"]}
assert got[frozenset(("Indonesia", "Sulastri Wibowo"))] == (2, 2 * 2 + 1 * 2), got
assert got[frozenset(("Indonesia", "Malaysia"))] == (1, 2 * 2), got
assert got[frozenset(("Japan", "Singapore"))] == (1, 1), got
assert frozenset(("Japan", "Malaysia")) not in got
assert e["graph"]["projection"] == "entities" and "bipartite" not in e["graph"]
# the escaping: the formula guarded, the comma and the quotes quoted
raw = open(sys.argv[1] + "-articles.links.csv", encoding="utf-8", newline="").read()
assert "\"'"'"'=berita.jsonl#satu\",\"'"'"'=berita.jsonl#dua,tiga\",2,6\r\n" in raw, raw
raw = open(sys.argv[1] + "-articles.nodes.csv", encoding="utf-8", newline="").read()
assert "\"'"'"'=HYPERLINK(\"\"x\"\")\"" in raw and "\"Rapat, \"\"darurat\"\" di Jakarta\"" in raw, raw
' "$TMP/c"

# check.py sees a wrong weight, a wrong mention_pairs, a missing link and a
# wrong weight in the CSV
py "altered copies" '
import json, sys
p = json.load(open(sys.argv[1], encoding="utf-8"))
for i, (key, delta) in enumerate((("weight", 1), ("mention_pairs", -1), (None, 0))):
    q = json.loads(json.dumps(p))
    if key:
        q["links"][1][key] += delta
    else:
        del q["links"][2]
        q["graph"]["links"] -= 1
    json.dump(q, open(sys.argv[2] + str(i) + ".json", "w", encoding="utf-8"))
csv = open(sys.argv[3], encoding="utf-8", newline="").read()
assert ",2,6\r\n" in csv
open(sys.argv[2] + "csv.links.csv", "w", encoding="utf-8", newline="").write(csv.replace(",2,6\r\n", ",3,6\r\n", 1))
' "$TMP/c-articles.json" "$TMP/bad" "$TMP/c-articles.links.csv"
for i in 0 1 2; do
  if "$PY" "$TMP/check.py" "$TMP/c.json" "$TMP/c.nodes.csv" "$TMP/bad$i.json" \
       "$TMP/c-articles.nodes.csv" "$TMP/c-articles.links.csv" articles 2>/dev/null; then
    bad "check.py passes an altered projection ($i)"
  else ok; fi
done
if "$PY" "$TMP/check.py" "$TMP/c.json" "$TMP/c.nodes.csv" "$TMP/c-articles.json" \
     "$TMP/c-articles.nodes.csv" "$TMP/badcsv.links.csv" articles 2>/dev/null; then
  bad "check.py passes an altered links.csv"
else ok; fi

# the sample corpus, whole and with the build options that choose the
# articles (--since) and the entities (--types, pruning)
project "the sample corpus" corpus data/corpus
project "the sample corpus, persons since September, 8 nodes" p \
  --types person --since 2025-09-01 --max-nodes 8 data/corpus
py "the options apply" '
import json, sys
p = json.load(open(sys.argv[1], encoding="utf-8"))
assert len(p["nodes"]) == 8 and all(n["type"] == "person" for n in p["nodes"]), p["nodes"]
a = json.load(open(sys.argv[2], encoding="utf-8"))
assert all(n["date"] >= "2025-09-01" for n in a["nodes"]) and 0 < len(a["nodes"]) < 11
c = json.load(open(sys.argv[3], encoding="utf-8"))
assert len(c["links"]) > 100 and max(l["weight"] for l in c["links"]) > 3
' "$TMP/p-entities.json" "$TMP/p-articles.json" "$TMP/corpus-entities.json"

# standard output
run "$ERGRAPH" build --bipartite --project entities "$TMP/c/=berita.jsonl" -o -
expect_status 0
check "-o - writes the JSON" cmp "$TMP/out" "$TMP/c-entities.json"

# an article without entities: one node, no link; no entity at all
printf 'Cuaca\n\nHujan turun sore ini.\n' >"$TMP/none.txt"
project "an article without entities" none "$TMP/none.txt"
py "no entities" '
import json, sys
a = json.load(open(sys.argv[1] + "-articles.json")); e = json.load(open(sys.argv[1] + "-entities.json"))
assert [n["id"] for n in a["nodes"]] == ["none.txt"] and a["links"] == [] and a["graph"]["nodes"] == 1
assert e["nodes"] == [] and e["links"] == [] and e["graph"]["links"] == 0
' "$TMP/none"

# usage errors: one message, exit 2, nothing written
run "$ERGRAPH" build --project articles data/corpus -o "$TMP/u.json"
expect_status 2
expect_err_has "ergraph build: --project projects the document-entity network: it needs --bipartite"
run "$ERGRAPH" build --bipartite --project documents data/corpus -o "$TMP/u.json"
expect_status 2
expect_err_has "ergraph build: unknown projection 'documents' (use articles or entities)"
run "$ERGRAPH" build --bipartite data/corpus -o "$TMP/u.json" --project
expect_status 2
expect_err_has "ergraph build: option '--project' needs a value"
run "$ERGRAPH" build --bipartite --project entities data/corpus -o "$TMP/u.graphml"
expect_status 2
expect_err_has "--bipartite writes OUT.json or OUT.csv, not"
check "nothing written" test -z "$(ls "$TMP" | grep '^u\.')"

finish
