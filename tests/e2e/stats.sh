# ergraph stats: every measure against networkx, the three formats, sorting.
. "$(dirname "$0")/lib.sh"
cd "$SRC" || exit 1

run "$ERGRAPH" build data/corpus -o "$TMP/g.json"
expect_status 0
run "$ERGRAPH" stats --format json "$TMP/g.json" -o "$TMP/s.json"
expect_status 0
check "stats agree with networkx" "$PY" tests/ref/nx_check.py "$TMP/g.json" "$TMP/s.json" --rtol 1e-9 --atol 1e-12
# a connected one, so that eigenvector centrality is compared too
run "$ERGRAPH" build --window document tests/data/mini -o "$TMP/mini.json"
run "$ERGRAPH" stats --format json "$TMP/mini.json" -o "$TMP/mini-s.json"
expect_status 0
check "mini stats agree with networkx" "$PY" tests/ref/nx_check.py "$TMP/mini.json" "$TMP/mini-s.json" --rtol 1e-9 --atol 1e-12
if grep -q "skipped eigenvector" "$TMP/check.out"; then bad "mini graph should be connected"; else ok; fi

run "$ERGRAPH" stats --format csv "$TMP/g.json"
expect_status 0
py "csv" '
import csv, json, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
nodes = json.load(open(sys.argv[2]))["nodes"]
assert len(rows) == len(nodes)
assert list(rows[0]) == ["id", "type", "degree", "strength", "betweenness", "betweenness_unweighted",
    "closeness", "closeness_unweighted", "harmonic", "harmonic_unweighted", "eigenvector", "pagerank",
    "coreness", "clustering", "community", "component"], list(rows[0])
pr = [float(r["pagerank"]) for r in rows]
assert pr == sorted(pr, reverse=True)
assert abs(sum(pr) - 1) < 1e-9
' "$TMP/out" "$TMP/g.json"

run "$ERGRAPH" stats --sort degree --top 5 "$TMP/g.json"
expect_status 0
py "table, top 5 by degree" '
import sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
assert lines[0].startswith("55 nodes, ") or "nodes," in lines[0], lines[0]
head = lines.index("") + 1
assert lines[head].split() == ["entity", "type", "degree", "strength", "betweenness", "closeness", "pagerank", "community"], lines[head]
rows = lines[head + 1:]
assert len(rows) == 5, rows
end = lines[head].index("degree") + len("degree")
deg = [int(r[end - 6:end]) for r in rows]
assert deg == sorted(deg, reverse=True), deg
assert rows[0].startswith("North Korea "), rows[0]
' "$TMP/out"

# the default table fits 100 columns (names cut with an ellipsis), the wide
# one has every measure
"$PY" -c '
import json, sys
g = json.load(open(sys.argv[1], encoding="utf-8"))
g["nodes"][0]["id"] = "Organisasi Kerja Sama Ekonomi Asia Pasifik dan Kawasan"
for l in g["links"]:
    for end in ("source", "target"):
        if l[end] == json.load(open(sys.argv[1], encoding="utf-8"))["nodes"][0]["id"]:
            l[end] = g["nodes"][0]["id"]
json.dump(g, open(sys.argv[2], "w", encoding="utf-8"))
' "$TMP/g.json" "$TMP/long.json"
run "$ERGRAPH" stats "$TMP/long.json"
expect_status 0
py "default table within 100 columns" '
import sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
assert max(len(l) for l in lines) <= 100, max(lines, key=len)
assert any(l.startswith("Organisasi Kerja Sama Ekon\u2026 ") for l in lines), [l[:30] for l in lines]
' "$TMP/out"
run "$ERGRAPH" stats --wide --top 1 "$TMP/g.json"
expect_status 0
expect_out_has "betweenness_unweighted closeness closeness_unweighted"

# hand-checked numbers on a path a - b - c (weights 1, 3)
cat > "$TMP/path.json" <<'JSON'
{"directed": false, "multigraph": false, "graph": {},
 "nodes": [{"id": "a", "type": "person"}, {"id": "b", "type": "state"}, {"id": "c", "type": "organization"}],
 "links": [{"source": "a", "target": "b", "weight": 1}, {"source": "b", "target": "c", "weight": 3}]}
JSON
run "$ERGRAPH" stats --format csv --sort strength "$TMP/path.json"
expect_status 0
py "path numbers" '
import csv, sys
r = {row["id"]: row for row in csv.DictReader(open(sys.argv[1]))}
assert r["b"]["degree"] == "2" and r["b"]["strength"] == "4" and r["b"]["betweenness"] == "1"
# from a: lengths 1 and 1 + 1/3; closeness = 2 / (7/3)
assert abs(float(r["a"]["closeness"]) - 6 / 7) < 1e-12, r["a"]
' "$TMP/out"

finish
