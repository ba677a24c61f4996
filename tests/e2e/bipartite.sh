# ergraph build --bipartite: the document-entity network (articles and
# entities as two node sets, weights the mentions of each entity in each
# article), checked against the mentions `ergraph entities` prints, counted
# here in Python, and against the co-occurrence network of the same build.
. "$(dirname "$0")/lib.sh"
cd "$SRC" || exit 1

run "$ERGRAPH" build --bipartite data/corpus -o "$TMP/bp.json"
expect_status 0
run "$ERGRAPH" build --bipartite data/corpus -o "$TMP/bp.csv"
expect_status 0
run "$ERGRAPH" build data/corpus -o "$TMP/g.json"
run "$ERGRAPH" entities --format jsonl data/corpus -o "$TMP/ents.jsonl"
expect_status 0

# The reference: every mention `entities` prints that a network counts
# (role mention, a linked type), per article and entity.
check_against() { # DESCRIPTION BP.json BP.nodes.csv BP.links.csv G.json ENTS.jsonl TYPES [SINCE]
  py "$1" '
import csv, json, sys, collections, networkx as nx
from networkx.algorithms import bipartite
bp_json, nodes_csv, links_csv, g_json, ents, types = sys.argv[1:7]
since = sys.argv[7] if len(sys.argv) > 7 else ""
types = set(types.split(","))
g = json.load(open(g_json, encoding="utf-8"))
want = collections.Counter()
docs = []
for line in open(ents, encoding="utf-8"):
    m = json.loads(line)
    if m["doc"] not in docs:
        docs.append(m["doc"])
    if m["role"] == "mention" and m["type"] in types:
        want[m["doc"], m["entity"]] += 1
d = json.load(open(bp_json, encoding="utf-8"))
assert d["graph"]["bipartite"] is True and d["directed"] is False
arts = [n for n in d["nodes"] if n["bipartite"] == 0]
ents_ = [n for n in d["nodes"] if n["bipartite"] == 1]
assert len(arts) + len(ents_) == len(d["nodes"]) == d["graph"]["nodes"]
# the articles: every article counted, in input order, with its date
assert [a["id"] for a in arts] == [x for x in docs if not since or x in set(a["id"] for a in arts)], [a["id"] for a in arts]
assert len(arts) == g["graph"]["articles"], (len(arts), g["graph"]["articles"])
assert all(a["kind"] == "article" and "type" not in a for a in arts)
if since:
    assert all(a["date"] >= since for a in arts) and len(arts) < len(docs)
# the entities: the network`s nodes, with their types and mentions
gn = {n["id"]: n for n in g["nodes"]}
assert {e["id"]: e["type"] for e in ents_} == {k: v["type"] for k, v in gn.items()}
for e in ents_:
    assert e["mentions"] == gn[e["id"]]["mentions"], (e, gn[e["id"]])
    assert e["degree"] == gn[e["id"]]["documents"], (e, gn[e["id"]])
# the links: the mentions of each entity in each article
got = {(l["source"], l["target"]): l["weight"] for l in d["links"]}
exp = {k: v for k, v in want.items() if k[0] in {a["id"] for a in arts}}
assert got == exp, (sorted(set(got.items()) ^ set(exp.items()))[:10])
G = nx.node_link_graph(d, edges="links") if nx.__version__ >= "3.4" else nx.node_link_graph(d)
assert bipartite.is_bipartite_node_set(G, [a["id"] for a in arts])
# the CSV says the same
rows = list(csv.DictReader(open(nodes_csv, encoding="utf-8", newline="")))
assert [(r["id"], int(r["bipartite"]), r["kind"], int(r["mentions"]), int(r["degree"])) for r in rows] == \
       [(n["id"], n["bipartite"], n["kind"], n["mentions"], n["degree"]) for n in d["nodes"]]
assert [r["date"] for r in rows if r["kind"] == "article"] == [a["date"] for a in arts]
assert [r["title"] for r in rows if r["kind"] == "article"] == [a["title"] for a in arts]
links = list(csv.DictReader(open(links_csv, encoding="utf-8", newline="")))
assert {(r["source"], r["target"]): int(r["weight"]) for r in links} == got
' "$2" "$3" "$4" "$5" "$6" "$7" "${8:-}"
}
check_against "the sample corpus: articles, entities and mentions as entities counts them" \
  "$TMP/bp.json" "$TMP/bp.nodes.csv" "$TMP/bp.links.csv" "$TMP/g.json" "$TMP/ents.jsonl" person,state,organization

py "titles and dates as the articles give them" '
import json, sys, os
d = json.load(open(sys.argv[1], encoding="utf-8"))
arts = {n["id"]: n for n in d["nodes"] if n["bipartite"] == 0}
for line in open("data/corpus/10-kawat.jsonl", encoding="utf-8"):
    a = json.loads(line)
    n = arts["corpus/10-kawat.jsonl#" + a["id"]]
    assert n["title"] == a["title"] and n["date"] == a["date"], (n, a)
for f in sorted(os.listdir("data/corpus")):
    if f.endswith(".txt"):
        first = next(l.strip() for l in open("data/corpus/" + f, encoding="utf-8") if l.strip())
        assert arts["corpus/" + f]["title"] == first, (f, arts["corpus/" + f]["title"], first)
assert len(arts) == 11
' "$TMP/bp.json"

# the build options apply: types, --since, and pruning (the entities are the
# nodes the network keeps)
run "$ERGRAPH" build --bipartite --types person --since 2025-09-01 --max-nodes 8 data/corpus -o "$TMP/p.json"
expect_status 0
run "$ERGRAPH" build --bipartite --types person --since 2025-09-01 --max-nodes 8 data/corpus -o "$TMP/p.csv"
run "$ERGRAPH" build --types person --since 2025-09-01 --max-nodes 8 data/corpus -o "$TMP/pg.json"
py "types, --since and --max-nodes as the network has them" '
import json, sys, collections
d, g = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
ents = {n["id"] for n in d["nodes"] if n["bipartite"] == 1}
assert ents == {n["id"] for n in g["nodes"]} and len(ents) == 8, ents
assert all(n["type"] == "person" for n in d["nodes"] if n["bipartite"] == 1)
arts = {n["id"]: n["date"] for n in d["nodes"] if n["bipartite"] == 0}
assert all(v >= "2025-09-01" for v in arts.values()) and len(arts) == g["graph"]["articles"] < 11
want = collections.Counter()
for line in open(sys.argv[3], encoding="utf-8"):
    m = json.loads(line)
    if m["role"] == "mention" and m["entity"] in ents and m["doc"] in arts:
        want[m["doc"], m["entity"]] += 1
assert {(l["source"], l["target"]): l["weight"] for l in d["links"]} == dict(want)
' "$TMP/p.json" "$TMP/pg.json" "$TMP/ents.jsonl"

# a short name joined into the full name counts for the full name; bylines
# count for nothing
mkdir "$TMP/c"
printf 'Rapat\n\nMenteri Keuangan Wiryawan Hartanto bertemu Gubernur Lestiana Sumarni di Bandung.\n\nWiryawan Hartanto mengatakan anggaran aman.\n\nPenulis: Dewi Lestari Anggraini\n' > "$TMP/c/a.txt"
printf 'Kunjungan\n\nKemarin Hartanto bertemu Lestiana Sumarni di Bogor. Menurut Hartanto, rapat berjalan baik.\n' > "$TMP/c/b.txt"
run "$ERGRAPH" build --bipartite "$TMP/c" -o "$TMP/c.json"
expect_status 0
run "$ERGRAPH" build "$TMP/c" -o "$TMP/cg.json"
run "$ERGRAPH" entities --format jsonl "$TMP/c" -o "$TMP/c.jsonl"
py "joined short names and bylines" '
import json, sys, collections
d, g = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
gn = {n["id"]: n for n in g["nodes"]}
assert g["graph"]["short_names_joined"] == 1, g["graph"]
ents = [json.loads(l) for l in open(sys.argv[3], encoding="utf-8")]
# every kept mention is counted once, for its node (an alias of a joined node counts for it)
alias = {a.casefold(): n["id"] for n in g["nodes"] for a in n["aliases"] + [n["id"]]}
want = collections.Counter()
for m in ents:
    if m["role"] == "mention" and m["type"] in ("person", "state", "organization"):
        want[m["doc"], gn.get(m["entity"], {"id": alias.get(m["entity"].casefold())})["id"]] += 1
got = {(l["source"], l["target"]): l["weight"] for l in d["links"]}
assert got == dict(want), (got, dict(want))
assert got[sys.argv[4] + "/b.txt", "Wiryawan Hartanto"] == 2, got
assert not any(m["role"] == "byline" and any(t == m["entity"] for _, t in got) for m in ents)
for n in d["nodes"]:
    if n["bipartite"] == 1:
        assert n["mentions"] == gn[n["id"]]["mentions"], (n, gn[n["id"]])
' "$TMP/c.json" "$TMP/cg.json" "$TMP/c.jsonl" c

# usage errors
run "$ERGRAPH" build --bipartite --slice month data/corpus --outdir "$TMP/s"
expect_status 2
expect_err_has "--bipartite writes one network: it does not go with --slice"
run "$ERGRAPH" build --bipartite data/corpus -o "$TMP/bp.graphml"
expect_status 2
expect_err_has "--bipartite writes OUT.json or OUT.csv, not"
[ ! -e "$TMP/bp.graphml" ] && ok || bad "bp.graphml written"

finish
