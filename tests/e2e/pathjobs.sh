# --jobs N for the path measures (stats, render, export, run): split over N
# processes, every measure equals --jobs 1 to a relative 1e-12 (only the order
# of the workers' additions differs) and every other column byte for byte;
# exact, sampled and cut off; against networkx with workers; usage errors.
. "$(dirname "$0")/lib.sh"
cd "$SRC" || exit 1

# 500 nodes in ten planted groups, a three-node path and two isolated nodes;
# fractional weights, so shortest paths are weighted ones
"$PY" tests/ref/make_networks.py random "$TMP/r.json" --real-weights
"$PY" tests/ref/make_networks.py karate "$TMP/k.json"
"$ERGRAPH" build data/corpus -o "$TMP/c.json" 2>/dev/null

# same_values A.csv B.csv: the path columns of two `stats --format csv` within a
# relative 1e-12, the others identical, the rows the same. PageRank too is
# compared to 1e-12: on larger networks igraph's PRPACK adds on OpenMP threads,
# in an order that changes from run to run even on one process.
same_values() {
  "$PY" -c '
import csv, sys
paths = {"betweenness", "betweenness_unweighted", "closeness", "closeness_unweighted",
         "harmonic", "harmonic_unweighted", "pagerank"}
a, b = ({r["id"]: r for r in csv.DictReader(open(p))} for p in sys.argv[1:3])
assert a.keys() == b.keys(), "other nodes"
cols = list(next(iter(a.values())))
assert paths & set(cols), cols
for u in a:
    for c in cols:
        x, y = a[u][c], b[u][c]
        if c in paths:
            x, y = float(x), float(y)
            assert abs(x - y) <= 1e-12 * max(abs(x), abs(y)), (u, c, x, y)
        else:
            assert x == y, (u, c, x, y)
' "$1" "$2"
}

# for_jobs NAME NETWORK ARGS...: stats with --jobs 1, 2 and 3 give the same values
for_jobs() {
  local name=$1 net=$2
  shift 2
  for j in 1 2 3; do
    check "$name: --jobs $j" "$ERGRAPH" stats "$net" --format csv --jobs "$j" "$@" -o "$TMP/$name.$j.csv"
  done
  for j in 2 3; do
    check "$name: --jobs $j as --jobs 1" same_values "$TMP/$name.1.csv" "$TMP/$name.$j.csv"
  done
}

for_jobs random "$TMP/r.json"
for_jobs karate "$TMP/k.json"
for_jobs corpus "$TMP/c.json"
# one path measure at a time: each split alone, and more workers than sources
for m in betweenness betweenness_unweighted closeness closeness_unweighted harmonic \
         harmonic_unweighted; do
  for_jobs "random-$m" "$TMP/r.json" --measures "$m"
done
# samples: the same pivots for any --jobs, so the same estimate
for_jobs sampled "$TMP/r.json" --betweenness-sample 100 --closeness-sample 70 --seed 3
for_jobs sampled-karate "$TMP/k.json" --betweenness-sample 34 --closeness-sample 1000
check "karate, samples of every node, 3 processes: exact (networkx)" \
  "$PY" tests/ref/paths_ref.py exact "$TMP/k.json" "$TMP/sampled-karate.3.csv"
# the cutoff stays on one process; the other path measures split around it
for_jobs cutoff "$TMP/r.json" --betweenness-cutoff 1.37
check "cutoff with 3 processes against the reference" \
  "$PY" tests/ref/paths_ref.py cutoff "$TMP/r.json" "$TMP/cutoff.3.csv" 1.37
if same_values "$TMP/random.1.csv" "$TMP/cutoff.1.csv" 2>/dev/null; then
  bad "the cutoff changed nothing: the comparison cannot tell"; else ok; fi

# with workers, every measure still agrees with networkx
for net in r k c; do
  check "$net: --jobs 3" "$ERGRAPH" stats "$TMP/$net.json" --format json --jobs 3 -o "$TMP/$net-nx.json"
  check "$net: --jobs 3 agrees with networkx" \
    "$PY" tests/ref/nx_check.py "$TMP/$net.json" "$TMP/$net-nx.json" --rtol 1e-9 --atol 1e-12
done

# a path a - b - c (weights 1 and 3) on more processes than nodes: b is on
# the one path between a and c, and a's closeness is 2 / (1 + 4/3)
cat > "$TMP/path.json" <<'JSON'
{"directed": false, "multigraph": false, "graph": {},
 "nodes": [{"id": "a", "type": "person"}, {"id": "b", "type": "state"}, {"id": "c", "type": "organization"}],
 "links": [{"source": "a", "target": "b", "weight": 1}, {"source": "b", "target": "c", "weight": 3}]}
JSON
run "$ERGRAPH" stats "$TMP/path.json" --format csv --jobs 8
expect_status 0
py "path numbers with 8 processes" '
import csv, sys
r = {row["id"]: row for row in csv.DictReader(open(sys.argv[1]))}
assert r["b"]["betweenness"] == "1" and r["a"]["betweenness"] == "0", r
assert abs(float(r["a"]["closeness"]) - 6 / 7) < 1e-12, r["a"]
assert abs(float(r["c"]["harmonic_unweighted"]) - 1.5) < 1e-12, r["c"]
' "$TMP/out"

# export and run compute their measures the same way
for j in 1 3; do
  check "export --jobs $j" "$ERGRAPH" export "$TMP/r.json" --format csv --jobs "$j" -o "$TMP/x$j"
done
py "export: the same measures with 3 processes" '
import csv, sys
a, b = ({r["id"]: r for r in csv.DictReader(open(d + "/nodes.csv"))} for d in sys.argv[1:3])
assert a.keys() == b.keys()
for u in a:
    for c in ("betweenness", "closeness", "harmonic", "pagerank"):
        x, y = float(a[u][c]), float(b[u][c])
        assert abs(x - y) <= 1e-12 * max(abs(x), abs(y)), (u, c, x, y)
' "$TMP/x1" "$TMP/x3"
for j in 1 3; do
  check "render --jobs $j" "$ERGRAPH" render "$TMP/k.json" --jobs "$j" -o "$TMP/k$j.dot"
done
check "render: the same drawing with 3 processes" cmp "$TMP/k1.dot" "$TMP/k3.dot"
for j in 1 2; do
  check "run --jobs $j" "$ERGRAPH" run --jobs "$j" data/corpus --outdir "$TMP/run$j"
done
check "run: stats.csv the same with 2 processes" same_values "$TMP/run1/stats.csv" "$TMP/run2/stats.csv"

# usage: the one --jobs parser of every command
for cmd in stats render export; do
  run "$ERGRAPH" "$cmd" "$TMP/k.json" --jobs 0 -o "$TMP/never.json"
  expect_status 2
  expect_err_has "ergraph $cmd: --jobs needs a count from 1 to 1024, not '0'"
done
run "$ERGRAPH" stats "$TMP/k.json" --jobs 1025
expect_status 2
expect_err_has "ergraph stats: --jobs needs a count from 1 to 1024, not '1025'"
check "nothing written on a usage error" test ! -e "$TMP/never.json"

finish
