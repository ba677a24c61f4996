# stats --betweenness-cutoff, --betweenness-sample and --closeness-sample, for large
# networks: the cutoff against a Python reference with the same semantics (Brandes's
# algorithm stopped at length L, on networkx's own search), samples exact (networkx)
# when K = n, reproducible by --seed, and within a bound of the exact values otherwise;
# and their usage errors.
. "$(dirname "$0")/lib.sh"
cd "$SRC" || exit 1

"$PY" tests/ref/make_networks.py random "$TMP/r.json"   # 500 nodes, not connected
"$PY" tests/ref/make_networks.py karate "$TMP/k.json"
"$PY" tests/ref/make_networks.py random "$TMP/real.json" --nodes 200 --real-weights
both=betweenness,betweenness_unweighted
stats() { "$ERGRAPH" stats "$1" --format csv --measures "$both" -o "$2" "${@:3}"; }

# never a possible path length (a sum of 1/weight): that would test rounding
for L in 0.6002 1.37 2.5002; do
  check "random, cutoff $L" stats "$TMP/r.json" "$TMP/c.csv" --betweenness-cutoff "$L"
  check "random, cutoff $L against the reference" \
    "$PY" tests/ref/paths_ref.py cutoff "$TMP/r.json" "$TMP/c.csv" "$L"
done
check "fractional weights, cutoff 0.8" stats "$TMP/real.json" "$TMP/rc.csv" --betweenness-cutoff 0.8
check "fractional weights, cutoff 0.8 against the reference" \
  "$PY" tests/ref/paths_ref.py cutoff "$TMP/real.json" "$TMP/rc.csv" 0.8
check "karate, cutoff 1.5002" stats "$TMP/k.json" "$TMP/kc.csv" --betweenness-cutoff 1.5002
check "karate, cutoff 1.5002 against the reference" \
  "$PY" tests/ref/paths_ref.py cutoff "$TMP/k.json" "$TMP/kc.csv" 1.5002
# the reference can fail: exact betweenness is not the cutoff one
check "exact" stats "$TMP/r.json" "$TMP/exact.csv"
if "$PY" tests/ref/paths_ref.py cutoff "$TMP/r.json" "$TMP/exact.csv" 1.37 >/dev/null; then
  bad "exact betweenness passed for a cutoff one"; else ok; fi

check "sample of every node" stats "$TMP/r.json" "$TMP/all.csv" --betweenness-sample 500
check "a sample of every node is exact (networkx)" \
  "$PY" tests/ref/paths_ref.py exact "$TMP/r.json" "$TMP/all.csv"
check "sample larger than the network" stats "$TMP/k.json" "$TMP/kall.csv" --betweenness-sample 1000
check "... is exact too" "$PY" tests/ref/paths_ref.py exact "$TMP/k.json" "$TMP/kall.csv"

for s in 1 2 3 4 5 6 7 8 9 10; do
  check "sample of 100, seed $s" stats "$TMP/r.json" "$TMP/s$s.csv" --betweenness-sample 100 --seed "$s"
done
check "sample, seed 1 again" stats "$TMP/r.json" "$TMP/s1b.csv" --betweenness-sample 100 --seed 1
check "the same seed gives the same estimate" cmp "$TMP/s1.csv" "$TMP/s1b.csv"
if cmp -s "$TMP/s1.csv" "$TMP/s2.csv"; then bad "another seed, the same estimate"; else ok; fi
check "sample of half the nodes" \
  "$ERGRAPH" stats "$TMP/r.json" --format csv --measures betweenness --betweenness-sample 250 -o "$TMP/half.csv"
check "half the nodes: top 20 within 20% on average, their ranks kept" \
  "$PY" tests/ref/paths_ref.py error "$TMP/exact.csv" "$TMP/half.csv" --max-mre 0.2 --min-rho 0.5
py "unbiased: the mean of 10 samples of 100 is within 10% on the top 20" '
import csv, sys
read = lambda p: {r["id"]: float(r["betweenness"]) for r in csv.DictReader(open(p))}
exact = read(sys.argv[1])
runs = [read(p) for p in sys.argv[2:]]
top = sorted(exact, key=lambda u: -exact[u])[:20]
mean = {u: sum(r[u] for r in runs) / len(runs) for u in top}
mre = sum(abs(mean[u] - exact[u]) / exact[u] for u in top) / 20
single = sum(abs(runs[0][u] - exact[u]) / exact[u] for u in top) / 20
assert mre < 0.1 and mre < single, (mre, single)
' "$TMP/exact.csv" "$TMP"/s{1,2,3,4,5,6,7,8,9,10}.csv
paths=closeness,closeness_unweighted,harmonic,harmonic_unweighted
check "closeness sample of every node" "$ERGRAPH" stats "$TMP/r.json" --format csv \
  --measures "$paths" --closeness-sample 500 -o "$TMP/call.csv"
check "... is exact (networkx)" "$PY" tests/ref/paths_ref.py exact "$TMP/r.json" "$TMP/call.csv"
check "karate, both samples of every node" "$ERGRAPH" stats "$TMP/k.json" --format csv \
  --measures "$paths,$both" --closeness-sample 34 --betweenness-sample 34 -o "$TMP/kboth.csv"
check "... are exact (networkx)" "$PY" tests/ref/paths_ref.py exact "$TMP/k.json" "$TMP/kboth.csv"
check "exact closeness" "$ERGRAPH" stats "$TMP/r.json" --format csv --measures "$paths" -o "$TMP/cexact.csv"
for s in 1 2; do
  check "closeness sample of 100, seed $s" "$ERGRAPH" stats "$TMP/r.json" --format csv \
    --measures "$paths" --closeness-sample 100 --seed $s -o "$TMP/c$s.csv"
done
if cmp -s "$TMP/c1.csv" "$TMP/c2.csv"; then bad "another seed, the same closeness"; else ok; fi
for m in closeness harmonic; do
  check "$m from 100 of 500 nodes: within 8% on average on the top 20" \
    "$PY" tests/ref/paths_ref.py error "$TMP/cexact.csv" "$TMP/c1.csv" --measure "$m" --max-mre 0.08
done

py "the JSON says betweenness is estimated" '
import json, subprocess, sys
j = json.loads(subprocess.run([sys.argv[1], "stats", sys.argv[2], "--format", "json",
    "--measures", "betweenness", "--betweenness-sample", "7"], capture_output=True).stdout)
assert j["graph"]["betweenness_sample"] == 7 and "betweenness_cutoff" not in j["graph"], j["graph"]
j = json.loads(subprocess.run([sys.argv[1], "stats", sys.argv[2], "--format", "json",
    "--measures", "pagerank", "--betweenness-sample", "7"], capture_output=True).stdout)
assert "betweenness_sample" not in j["graph"], j["graph"]
j = json.loads(subprocess.run([sys.argv[1], "stats", sys.argv[2], "--format", "json",
    "--measures", "harmonic", "--closeness-sample", "9"], capture_output=True).stdout)
assert j["graph"]["closeness_sample"] == 9, j["graph"]
' "$ERGRAPH" "$TMP/k.json"

for bad_arg in "--betweenness-cutoff 0" "--betweenness-cutoff -1" "--betweenness-cutoff x" \
               "--betweenness-cutoff nan"; do
  run "$ERGRAPH" stats "$TMP/k.json" $bad_arg
  expect_status 2
  expect_err_has "ergraph stats: --betweenness-cutoff needs a positive length, not '${bad_arg#* }'"
done
run "$ERGRAPH" stats "$TMP/k.json" --betweenness-sample 0
expect_status 2
expect_err_has "ergraph stats: --betweenness-sample needs a count of 1 or more, not '0'"
run "$ERGRAPH" stats "$TMP/k.json" --closeness-sample -3
expect_status 2
expect_err_has "ergraph stats: --closeness-sample needs a count of 1 or more, not '-3'"
run "$ERGRAPH" stats "$TMP/k.json" --betweenness-sample 5 --betweenness-cutoff 2
expect_status 2
expect_err_has "ergraph stats: --betweenness-cutoff and --betweenness-sample exclude each other"
# past n(n+m) = 10^8 betweenness and closeness are sampled unless --exact, with a
# warning naming the sample; render and export too, so none runs for hours
"$PY" scripts/gen-network --nodes 5000 --links 20000 -o "$TMP/big.json"
run "$ERGRAPH" stats "$TMP/big.json" --measures betweenness,closeness --format csv -o "$TMP/big.csv"
expect_status 0
expect_err "ergraph: warning: '$TMP/big.json' has 5000 nodes and 20000 links: betweenness and closeness estimated from 4000 sampled nodes (--exact for exact values)"
run "$ERGRAPH" stats "$TMP/big.json" --measures betweenness --betweenness-sample 50 --format csv -o "$TMP/big50.csv"
expect_err "ergraph: warning: '$TMP/big.json' has 5000 nodes and 20000 links: closeness estimated from 4000 sampled nodes (--exact for exact values)"
run "$ERGRAPH" stats "$TMP/big.json" --measures degree --format csv -o "$TMP/bigd.csv"
expect_err ""
run "$ERGRAPH" stats "$TMP/big.json" --measures betweenness --exact --format csv -o "$TMP/bigx.csv"
expect_status 0
expect_err ""
py "sampled betweenness is near the exact one" '
import csv, sys
def read(p):
    return {r["id"]: float(r["betweenness"]) for r in csv.DictReader(open(p))}
s, x = read(sys.argv[1]), read(sys.argv[2])
assert s.keys() == x.keys() and s != x
top = sorted(x, key=x.get, reverse=True)[:20]
err = sum(abs(s[k] - x[k]) / x[k] for k in top) / len(top)
assert err < 0.1, err
' "$TMP/big.csv" "$TMP/bigx.csv"
run "$ERGRAPH" render "$TMP/big.json" -o "$TMP/big.svg"
expect_status 0
expect_err_has "betweenness and closeness estimated from 4000 sampled nodes"
run "$ERGRAPH" export "$TMP/big.json" -o "$TMP/big.graphml"
expect_status 0
expect_err_has "betweenness and closeness estimated from 4000 sampled nodes"

finish
