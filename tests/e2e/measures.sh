# ergraph stats, every measure against networkx on four kinds of network, communities
# against networkx's Louvain over seeds 0..9, --measures/--summary/--sort, usage errors.
. "$(dirname "$0")/lib.sh"
cd "$SRC" || exit 1
REF=tests/ref

# agree NAME GRAPH [STATS OPTIONS]: every measure and summary number within 1e-9 of networkx
agree() {
  local name=$1 graph=$2
  shift 2
  run "$ERGRAPH" stats --format json "$graph" -o "$TMP/$name-s.json" "$@"
  expect_status 0
  check "$name: measures agree with networkx" "$PY" $REF/nx_check.py "$graph" "$TMP/$name-s.json" --rtol 1e-9 --atol 1e-12
  cp "$TMP/check.out" "$TMP/$name-check.out"
  sed -n '$p' "$TMP/check.out" | cut -c1-120
}

# communities NAME GRAPH [community_check options]: reported modularity is networkx's, and
# the mean over seeds 0..9 is at least networkx louvain's mean
communities() {
  local name=$1 graph=$2
  shift 2
  check "$name: communities" "$PY" $REF/community_check.py "$ERGRAPH" "$graph" "$@"
  sed -n '1p' "$TMP/check.out"
}

run "$ERGRAPH" build data/corpus -o "$TMP/corpus.json"
expect_status 0
"$PY" $REF/make_networks.py karate "$TMP/karate.json" || bad "karate fixture"
"$PY" $REF/make_networks.py random "$TMP/random.json" --nodes 500 --seed 7 || bad "random fixture"
"$PY" $REF/make_networks.py random "$TMP/real.json" --nodes 120 --seed 3 --real-weights || bad "real fixture"

agree corpus "$TMP/corpus.json"
agree karate "$TMP/karate.json"
agree random "$TMP/random.json"
agree real "$TMP/real.json"
agree karate-louvain "$TMP/karate.json" --community louvain --resolution 0.5 --seed 4
agree random-res2 "$TMP/random.json" --resolution 2 --restarts 1
for f in corpus karate random real; do
  py "$f: all 14 measures and 13 summary numbers printed" '
import json, sys
s = json.load(open(sys.argv[1]))
assert len(s["nodes"][0]) == 2 + 14, sorted(s["nodes"][0])
assert len(s["graph"]) == 13 + 1, sorted(s["graph"])  # and restarts, a parameter
' "$TMP/$f-s.json"
done
py "random: not connected, yet eigenvector compared (its largest eigenvalue is simple)" '
import json, sys
s = json.load(open(sys.argv[1]))["graph"]
assert s["components"] > 1 and s["largest_component"] < 500, s
out = open(sys.argv[2]).read()
assert "skipped" not in out and " eigenvector " in out, out
' "$TMP/random-s.json" "$TMP/random-check.out"

communities corpus "$TMP/corpus.json"
communities karate "$TMP/karate.json"
communities karate-louvain "$TMP/karate.json" --algorithm louvain
communities random "$TMP/random.json"
communities random-res "$TMP/random.json" --resolution 0.5
communities real "$TMP/real.json"
SEEDS="$SRC/../shared/seeds"
if [ -d "$SEEDS" ]; then
  run "$ERGRAPH" build "$SEEDS" -o "$TMP/seeds.json"
  agree seeds "$TMP/seeds.json"
  communities seeds "$TMP/seeds.json"
else
  echo "skipped the seeds network: no ../shared/seeds"
fi

# the same seed gives the same output, byte for byte; another seed may differ but stays valid
run "$ERGRAPH" stats --format csv --seed 5 "$TMP/random.json" -o "$TMP/a.csv"
run "$ERGRAPH" stats --format csv --seed 5 "$TMP/random.json" -o "$TMP/b.csv"
check "same seed, same output" cmp "$TMP/a.csv" "$TMP/b.csv"
# community detection does not depend on what else is computed
run "$ERGRAPH" stats --format json --measures community --seed 5 "$TMP/random.json" -o "$TMP/c.json"
py "community alone equals community among all" '
import csv, json, sys
full = {r["id"]: float(r["community"]) for r in csv.DictReader(open(sys.argv[1]))}
alone = {r["id"]: r["community"] for r in json.load(open(sys.argv[2]))["nodes"]}
assert full == alone
' "$TMP/a.csv" "$TMP/c.json"

# --measures: only those columns, the --sort key added, in the canonical order
run "$ERGRAPH" stats --format csv --measures pagerank,degree "$TMP/karate.json"
expect_status 0
py "--measures pagerank,degree" '
import sys
lines = open(sys.argv[1]).read().splitlines()
assert lines[0] == "id,type,degree,pagerank", lines[0]
assert len(lines) == 35
pr = [float(l.split(",")[3]) for l in lines[1:]]
assert pr == sorted(pr, reverse=True)
' "$TMP/out"
run "$ERGRAPH" stats --format csv --measures coreness --sort strength --top 3 "$TMP/karate.json"
py "--sort adds its measure" '
import sys
lines = open(sys.argv[1]).read().splitlines()
assert lines[0] == "id,type,strength,coreness", lines[0]
assert [l.split(",")[0] for l in lines[1:]] == ["33", "0", "32"], lines
' "$TMP/out"
run "$ERGRAPH" stats --format json --measures clustering "$TMP/karate.json"
py "json: no community, no modularity" '
import json, sys
s = json.load(open(sys.argv[1]))
assert set(s["nodes"][0]) == {"id", "type", "clustering"}
assert "modularity" not in s["graph"] and "average_clustering" in s["graph"], s["graph"]
' "$TMP/out"

# --summary: the whole-network numbers only, the same in the three formats
run "$ERGRAPH" stats --summary --format json "$TMP/karate.json" -o "$TMP/sum.json"
expect_status 0
check "summary agrees with networkx" "$PY" $REF/nx_check.py "$TMP/karate.json" "$TMP/sum.json" --rtol 1e-9 --atol 1e-12
run "$ERGRAPH" stats --summary --format csv "$TMP/karate.json" -o "$TMP/sum.csv"
run "$ERGRAPH" stats --summary "$TMP/karate.json"
py "summary formats" '
import csv, json, sys
j = json.load(open(sys.argv[1]))
assert list(j) == ["graph"], list(j)
full = json.load(open(sys.argv[4]))["graph"]
assert j["graph"] == full, (j["graph"], full)
c = {r["measure"]: r["value"] for r in csv.DictReader(open(sys.argv[2]))}
t = dict(l.split(None, 1) for l in open(sys.argv[3]).read().splitlines())
assert list(c) == list(j["graph"]) == list(t)
for k, v in j["graph"].items():
    if isinstance(v, str):
        assert c[k] == v and t[k] == v
    else:
        assert abs(float(c[k]) - v) <= 1e-14 * abs(v), k
        assert abs(float(t[k]) - v) <= 1e-5 * abs(v), k
assert j["graph"]["nodes"] == 34 and j["graph"]["links"] == 78
' "$TMP/sum.json" "$TMP/sum.csv" "$TMP/out" "$TMP/karate-s.json"

# undefined numbers: one node, no links
cat > "$TMP/lone.json" <<'JSON'
{"directed": false, "multigraph": false, "graph": {}, "nodes": [{"id": "a", "type": "person"}], "links": []}
JSON
run "$ERGRAPH" stats --summary --format csv "$TMP/lone.json"
expect_status 0
expect_out_has "modularity,"
py "no links: modularity and assortativity are undefined" '
import csv, sys
c = {r["measure"]: r["value"] for r in csv.DictReader(open(sys.argv[1]))}
assert c["modularity"] == "" and c["assortativity_type"] == "" and c["communities"] == "1", c
' "$TMP/out"
run "$ERGRAPH" stats --summary "$TMP/lone.json"
expect_out_has "modularity               undefined"

# usage errors: exit 2, one message naming the valid choices
VALID="degree, strength, betweenness, betweenness_unweighted, closeness, closeness_unweighted, harmonic, harmonic_unweighted, eigenvector, pagerank, coreness, clustering, community, component"
run "$ERGRAPH" stats --measures degree,fame "$TMP/karate.json"
expect_status 2
expect_err "ergraph stats: --measures: unknown measure 'fame' (use $VALID)
(see 'ergraph stats --help')"
run "$ERGRAPH" stats --measures "" "$TMP/karate.json"
expect_status 2
expect_err_has "ergraph stats: --measures: unknown measure '' (use "
run "$ERGRAPH" stats --sort fame "$TMP/karate.json"
expect_status 2
expect_err_has "ergraph stats: --sort: unknown measure 'fame' (use $VALID)"
run "$ERGRAPH" stats --community infomap "$TMP/karate.json"
expect_status 2
expect_err_has "ergraph stats: unknown community algorithm 'infomap' (use leiden or louvain)"
for r in 0 -1 abc nan inf; do
  run "$ERGRAPH" stats --resolution "$r" "$TMP/karate.json"
  expect_status 2
  expect_err_has "ergraph stats: --resolution needs a positive number, not '$r'"
done
run "$ERGRAPH" stats --seed -3 "$TMP/karate.json"
expect_status 2
expect_err_has "ergraph stats: --seed needs a non-negative integer, not '-3'"
run "$ERGRAPH" stats --restarts 0 "$TMP/karate.json"
expect_status 2
expect_err_has "ergraph stats: --restarts needs a count from 1 to 1000000, not '0'"

finish
