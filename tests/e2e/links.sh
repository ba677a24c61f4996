# ergraph build's link options, explain, --since/--until and --slice.
. "$(dirname "$0")/lib.sh"
cd "$SRC" || exit 1

run "$ERGRAPH" build data/corpus -o "$TMP/full.json"
expect_status 0

# every weighting, recomputed from the entities output: with document windows,
# f_i is the number of articles mentioning i, N the number of articles with a
# mention, c_ij the number mentioning both; a name inside a longer name
# ("Korea Selatan" in an agency's) counts for its node's mentions but in no
# window: the name holding it is no evidence of a link
for w in count jaccard dice pmi npmi association; do
  run "$ERGRAPH" build --window document --weight $w data/corpus -o "$TMP/$w.json"
  expect_status 0
done
run "$ERGRAPH" entities data/corpus -o "$TMP/entities.jsonl"
py "weights recomputed from the entities output" '
import json, math, sys, collections, itertools
tmp = sys.argv[1]
docs = collections.defaultdict(set)
free = collections.defaultdict(set)
kept = collections.defaultdict(list)
for line in open(tmp + "/entities.jsonl", encoding="utf-8"):
    m = json.loads(line)
    if m["role"] == "mention" and m["type"] != "place":
        docs[m["doc"]].add(m["entity"])
        kept[m["doc"]].append(m)
for d, ms in kept.items():
    for m in ms:
        if not any(o is not m and o["start"] <= m["start"] and m["end"] <= o["end"] and
                   (o["start"], o["end"]) != (m["start"], m["end"]) for o in ms):
            free[d].add(m["entity"])
assert any(free[d] != docs[d] for d in docs), "the sample corpus has a nested name"
N = len(docs)
f = collections.Counter(e for ents in free.values() for e in ents)
c = collections.Counter(p for ents in free.values() for p in itertools.combinations(sorted(ents), 2))
s = collections.Counter()
for (a, b), k in c.items():
    s[a] += k; s[b] += k
M = sum(c.values())
formula = {
    "count": lambda k, a, b: k,
    "jaccard": lambda k, a, b: k / (f[a] + f[b] - k),
    "dice": lambda k, a, b: 2 * k / (f[a] + f[b]),
    "pmi": lambda k, a, b: math.log(k * N / (f[a] * f[b])),
    "npmi": lambda k, a, b: 1.0 if k == N else math.log(k * N / (f[a] * f[b])) / -math.log(k / N),
    "association": lambda k, a, b: 2 * M * k / (s[a] * s[b]),
}
for name, fn in formula.items():
    d = json.load(open(tmp + "/" + name + ".json"))
    assert d["graph"]["weight"] == name and d["graph"]["windows"] == N, d["graph"]
    want = {p: fn(k, *p) for p, k in c.items()}
    kept = {p: w for p, w in want.items() if w > 0}
    got = {(l["source"], l["target"]): l for l in d["links"]}
    assert set(got) == set(kept), (name, set(got) ^ set(kept))
    assert d["graph"]["dropped_nonpositive"] == len(want) - len(kept)
    for p, l in got.items():
        assert l["count"] == c[p], (name, p)
        assert abs(l["weight"] - kept[p]) <= 1e-12 * max(1, abs(kept[p])), (name, p, l["weight"], kept[p])
    if name == "pmi":
        assert 0 < len(kept) < len(want), "pmi should drop some links here"
' "$TMP"

# the disparity filter against an independent recomputation
run "$ERGRAPH" build --backbone 0.3 data/corpus -o "$TMP/backbone.json"
expect_status 0
check "backbone recomputed in Python" "$PY" "$SRC/tests/ref/backbone_check.py" "$TMP/full.json" "$TMP/backbone.json" 0.3

# pruning options and their order, recorded in the metadata
run "$ERGRAPH" build --min-mentions 3 --min-count 2 --max-nodes 12 --top-links 3 --giant data/corpus -o "$TMP/pruned.json"
expect_status 0
py "pruning" '
import json, sys, collections
import networkx as nx
full, d = (json.load(open(p)) for p in sys.argv[1:3])
m = d["graph"]
assert [s["step"] for s in m["pruned"]] == ["min_mentions", "min_count", "max_nodes", "top_links", "giant"], m["pruned"]
assert (m["min_mentions"], m["min_count"], m["max_nodes"], m["top_links"], m["giant"]) == (3, 2, 12, 3, True)
assert all(n["mentions"] >= 3 for n in d["nodes"]) and all(l["count"] >= 2 for l in d["links"])
assert len(d["nodes"]) <= 12 and m["nodes"] == len(d["nodes"]) and m["links"] == len(d["links"])
G = nx.Graph([(l["source"], l["target"]) for l in d["links"]]); G.add_nodes_from(n["id"] for n in d["nodes"])
assert nx.is_connected(G)
# every kept link is a link of the full network with the same count and evidence
F = {(l["source"], l["target"]): l for l in full["links"]}
for l in d["links"]:
    assert F[(l["source"], l["target"])]["count"] == l["count"]
    assert F[(l["source"], l["target"])]["evidence"] == l["evidence"]
# top-links: each kept link is among the 3 heaviest of one end (giant, after it, only removes links)
inc = collections.defaultdict(list)
for l in d["links"]:
    for a, b in ((l["source"], l["target"]), (l["target"], l["source"])):
        inc[a].append((-l["weight"], -l["count"], b))
top = {a: {x[2] for x in sorted(v)[:3]} for a, v in inc.items()}
for l in d["links"]:
    assert l["target"] in top[l["source"]] or l["source"] in top[l["target"]], l["source"] + " - " + l["target"]
' "$TMP/full.json" "$TMP/pruned.json"

# windows and counting
run "$ERGRAPH" build --window tokens:15 --count documents --types person,state data/corpus -o "$TMP/tok.json"
expect_status 0
py "tokens:15, documents, types" '
import json, sys
d = json.load(open(sys.argv[1])); s = json.load(open(sys.argv[2]))
m = d["graph"]
assert m["window"] == "tokens:15" and m["count"] == "documents" and m["types"] == ["person", "state"]
assert {n["type"] for n in d["nodes"]} == {"person", "state"}
assert m["windows"] == m["articles"] == 11
assert all(l["count"] == len(l["documents"]) for l in d["links"])
for l in d["links"]:
    for ev in l["evidence"]:
        assert ev["doc"] in l["documents"] and ev["text"]
' "$TMP/tok.json" "$TMP/full.json"

# usage errors
run "$ERGRAPH" build --weight cosine data/corpus -o "$TMP/x.json"
expect_status 2
expect_err_has "ergraph build: unknown weight 'cosine' (use count, jaccard, dice, pmi, npmi or association)"
run "$ERGRAPH" build --types person,city data/corpus -o "$TMP/x.json"
expect_status 2
expect_err_has "ergraph build: unknown type 'city' in --types (use person, state, organization or place)"
run "$ERGRAPH" build --backbone 1.5 data/corpus -o "$TMP/x.json"
expect_status 2
expect_err_has "ergraph build: --backbone needs a significance level in (0, 1], not '1.5'"
run "$ERGRAPH" build --window tokens:1 data/corpus -o "$TMP/x.json"
expect_status 2
expect_err_has "ergraph build: unknown window 'tokens:1'"
run "$ERGRAPH" build --since 2025-13-01 data/corpus -o "$TMP/x.json"
expect_status 2
expect_err_has "ergraph build: --since needs a date such as 2025-09-03, not '2025-13-01'"
run "$ERGRAPH" build --since 2025-09-10 --until 2025-09-01 data/corpus -o "$TMP/x.json"
expect_status 2
expect_err_has "ergraph build: --since 2025-09-10 is after --until 2025-09-01"
run "$ERGRAPH" build --slice month data/corpus -o "$TMP/x.json"
expect_status 2
expect_err_has "ergraph build: --slice writes into a directory: give --outdir DIR, not -o"
run "$ERGRAPH" build --slice decade data/corpus --outdir "$TMP/s"
expect_status 2
expect_err_has "ergraph build: unknown slice 'decade' (use week, month or year)"
check "no output after usage errors" test ! -e "$TMP/x.json" -a ! -e "$TMP/s"

# explain: a link's count, weight, articles and sentences
run "$ERGRAPH" explain "$TMP/full.json" "kim jong un" PUTIN
expect_status 0
py "explain agrees with the graph file" '
import json, sys
d = json.load(open(sys.argv[1])); out = open(sys.argv[2], encoding="utf-8").read().splitlines()
l = next(l for l in d["links"] if (l["source"], l["target"]) == ("Kim Jong Un", "Vladimir Putin"))
assert out[0] == "Kim Jong Un - Vladimir Putin", out[0]
assert out[1] == "count: %d (windows, window sentence)" % l["count"], out[1]
assert out[2] == "weight: %d (count)" % l["weight"], out[2]
assert out[3] == "articles (%d):" % len(l["documents"]) and out[4:4 + len(l["documents"])] == ["  " + x for x in l["documents"]]
rest = out[4 + len(l["documents"]):]
assert rest[0] == "evidence (%d):" % len(l["evidence"])
for i, ev in enumerate(l["evidence"]):
    assert rest[1 + 2 * i] == "  %s [%d-%d]" % (ev["doc"], ev["start"], ev["end"])
    assert rest[2 + 2 * i] == "    " + ev["text"]
    assert "Kim" in ev["text"] and "Putin" in ev["text"]
' "$TMP/full.json" "$TMP/out"
run "$ERGRAPH" explain "$TMP/full.json" Korut Rusia
expect_status 0
expect_out_has "North Korea - Russia"
run "$ERGRAPH" explain "$TMP/full.json" "Kim Jong Un" Atlantis
expect_status 1
expect_err "ergraph: $TMP/full.json: no entity named 'Atlantis'"
# two entities not linked: a shortest path (networkx's length) and each hop's link
run "$ERGRAPH" explain "$TMP/full.json" "Kim Jong Un" "Prabowo Subianto"
expect_status 0
py "explain prints a shortest path" '
import json, sys
import networkx as nx
g = json.load(open(sys.argv[1]))
G = nx.Graph((l["source"], l["target"]) for l in g["links"])
out = open(sys.argv[2]).read().splitlines()
n = nx.shortest_path_length(G, "Kim Jong Un", "Prabowo Subianto")
assert out[0] == "\u0027Kim Jong Un\u0027 and \u0027Prabowo Subianto\u0027 are not linked; a shortest path joins them in %d links:" % n, out[0]
hops = out[1].split(" - ")
assert len(hops) == n + 1 and hops[0] == "Kim Jong Un" and hops[-1] == "Prabowo Subianto", hops
assert all(G.has_edge(a, b) for a, b in zip(hops, hops[1:])), hops
heads = [l for l in out if l.startswith("link ")]
assert len(heads) == n and all(" of %d: " % n in h for h in heads), heads
assert sum(l.startswith("evidence (") for l in out) == n
' "$TMP/full.json" "$TMP/out"
mkdir -p "$TMP/apart"
printf 'Korut dan Rusia bertemu di Moskow.\n' >"$TMP/apart/a.txt"
printf 'Jepang dan Tiongkok bertemu di Tokyo.\n' >"$TMP/apart/b.txt"
run "$ERGRAPH" build "$TMP/apart" -o "$TMP/apart.json"
run "$ERGRAPH" explain "$TMP/apart.json" Korut Jepang
expect_status 1
expect_err "ergraph: $TMP/apart.json: 'North Korea' and 'Japan' are not linked, nor joined by any path"
run "$ERGRAPH" explain "$TMP/full.json" Kim "kim jong-un"
expect_status 1
expect_err "ergraph: $TMP/full.json: 'Kim' and 'kim jong-un' both name 'Kim Jong Un'"
printf '{"nodes": [{"id": "Kim Jong Un", "type": "person", "aliases": ["Kim"]}, {"id": "Kim Yo Jong", "type": "person", "aliases": ["Kim"]}], "links": []}' > "$TMP/amb.json"
run "$ERGRAPH" explain "$TMP/amb.json" kim "Kim Yo Jong"
expect_status 1
expect_err "ergraph: $TMP/amb.json: 'kim' is ambiguous: it names 'Kim Jong Un', 'Kim Yo Jong'"
run "$ERGRAPH" explain "$TMP/full.json" Kim
expect_status 2
expect_err_has "ergraph explain: expected GRAPH.json and two names, got 2 arguments"

# --since / --until
run "$ERGRAPH" build --since 2025-09-04 --until 2025-09-10 data/corpus -o "$TMP/range.json"
expect_status 0
py "since/until" '
import json, sys
m = json.load(open(sys.argv[1]))["graph"]
assert (m["since"], m["until"]) == ("2025-09-04", "2025-09-10")
assert m["dates"]["first"] >= "2025-09-04" and m["dates"]["last"] <= "2025-09-10", m["dates"]
assert m["articles"] + m["left_out"]["out_of_range"] + m["left_out"]["undated"] == 11, m
assert m["articles"] == 6 and m["left_out"]["undated"] == 0, m
' "$TMP/range.json"
mkdir -p "$TMP/undated" && cp data/corpus/01-kim-putin-beijing.txt "$TMP/undated/" && printf 'Judul\n\nKorut dan Rusia bertemu.\n' > "$TMP/undated/x.txt"
run "$ERGRAPH" build --since 2025-01-01 "$TMP/undated" -o "$TMP/u.json"
expect_status 0
expect_err "ergraph: warning: 1 undated article left out by --since/--until"

# --slice month: files and table
run "$ERGRAPH" build --slice month data/corpus --outdir "$TMP/slices"
expect_status 0
check "slice files" test -s "$TMP/slices/graph-2025-05.json" -a -s "$TMP/slices/graph-2025-09.json" -a -s "$TMP/slices/slices.csv" -a -s "$TMP/slices/timeline.gexf"
check "only those" test "$(ls "$TMP/slices" | wc -l)" = 4
run "$ERGRAPH" stats --format json "$TMP/slices/graph-2025-05.json" -o "$TMP/may.json"
run "$ERGRAPH" stats --format json "$TMP/slices/graph-2025-09.json" -o "$TMP/sep.json"
py "slice table" '
import csv, json, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
may, sep = (json.load(open(p)) for p in sys.argv[2:4])
g5 = json.load(open(sys.argv[4]))
assert g5["graph"]["dates"]["first"] >= "2025-05-01" and g5["graph"]["dates"]["last"] <= "2025-05-31"
stat = {"2025-05": {n["id"]: n for n in may["nodes"]}, "2025-09": {n["id"]: n for n in sep["nodes"]}}
assert len(rows) == len(stat["2025-05"]) + len(stat["2025-09"])
for r in rows:
    s = stat[r["period"]][r["id"]]
    assert float(r["degree"]) == s["degree"] and abs(float(r["pagerank"]) - s["pagerank"]) < 1e-12, r
    if r["period"] == "2025-05":
        assert r["degree_change"] == r["pagerank_change"] == ""
    else:
        p = stat["2025-05"].get(r["id"], {"degree": 0, "pagerank": 0})
        assert float(r["degree_change"]) == s["degree"] - p["degree"], r
        assert abs(float(r["pagerank_change"]) - (s["pagerank"] - p["pagerank"])) < 1e-12, r
kim = [r for r in rows if r["id"] == "Kim Jong Un"]
assert [r["period"] for r in kim] == ["2025-05", "2025-09"]
' "$TMP/slices/slices.csv" "$TMP/may.json" "$TMP/sep.json" "$TMP/slices/graph-2025-05.json"

# run passes the build options on
run "$ERGRAPH" run --weight dice --min-count 2 data/corpus --outdir "$TMP/run"
expect_status 0
py "run with build options" '
import json, sys
d = json.load(open(sys.argv[1]))
assert d["graph"]["weight"] == "dice" and d["graph"]["min_count"] == 2
assert all(0 < l["weight"] <= 1 and l["count"] >= 2 for l in d["links"])
' "$TMP/run/graph.json"

no_leftovers "$TMP"
no_leftovers "$TMP/slices"
finish
