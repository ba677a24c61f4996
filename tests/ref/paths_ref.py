#!/usr/bin/python3
"""References for ergraph's approximate betweenness (--betweenness-cutoff, --betweenness-sample).

usage: betweenness_ref.py cutoff GRAPH.json STATS.csv L
       betweenness_ref.py exact GRAPH.json STATS.csv
       betweenness_ref.py error EXACT.csv APPROX.csv [--top N] [--max-mre X] [--min-rho R]

cutoff: STATS.csv (ergraph stats --format csv --betweenness-cutoff L) must hold, for every
  node, the betweenness over the shortest paths of length <= L only, as Brandes's algorithm
  computes it when each source's search stops at L: networkx's own single-source search
  (lengths 1/weight, exact as in nx_check.py; 1 for betweenness_unweighted) and
  accumulation, on the nodes within L.
  Normalized as ergraph does, by (n-1)(n-2)/2. Columns betweenness and/or
  betweenness_unweighted are checked, to a relative 1e-9 (absolute 1e-12).
exact: STATS.csv (a sample of every node) must hold networkx's exact values, to the same
  tolerance: betweenness_centrality, closeness_centrality(wf_improved=True),
  harmonic_centrality, weighted (lengths 1/weight) and _unweighted, whichever it has.
error: how far APPROX.csv's measure M (default betweenness) is from EXACT.csv's (both from ergraph stats
  --format csv): the mean relative error over the N (default 20) nodes highest in EXACT, the
  Spearman rank correlation of the two on those nodes, and the mean relative error over every
  node whose exact value is positive. --max-mre and --min-rho make it a check (exit 1).
"""

import argparse
import csv
import json
import os
import sys

import networkx as nx
from networkx.algorithms.centrality.betweenness import (
    _accumulate_basic, _single_source_dijkstra_path_basic, _single_source_shortest_path_basic)
from networkx.readwrite import json_graph
from scipy.stats import spearmanr

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from nx_check import LENGTH, lengths  # noqa: E402  exact lengths 1/weight: ties stay ties


def load(path):
    """The network, with LENGTH = 1/weight exactly, times the scale returned."""
    with open(path, encoding="utf-8") as f:
        G = json_graph.node_link_graph(json.load(f))
    return G, lengths(G)


def read_csv(path, column):
    with open(path, encoding="utf-8", newline="") as f:
        return {r["id"]: float(r[column]) for r in csv.DictReader(f)}


def cutoff_betweenness(G, scale_len, L, weighted):
    bc = dict.fromkeys(G, 0.0)
    for s in G:
        if weighted:
            S, P, sigma, D = _single_source_dijkstra_path_basic(G, s, LENGTH)
        else:
            S, P, sigma, D = _single_source_shortest_path_basic(G, s)
        # S is in order of distance, and every predecessor of a node within L is within L
        S = [w for w in S if D[w] <= (L * scale_len if weighted else L)]
        bc, _ = _accumulate_basic(bc, S, P, sigma, s)
    n = len(G)
    scale = 1.0 / ((n - 1) * (n - 2)) if n > 2 else 0.5   # each pair seen from both ends
    return {u: v * scale for u, v in bc.items()}


def agree(got, want, what):
    bad = [u for u in want if abs(got[u] - want[u]) > 1e-12 + 1e-9 * abs(want[u])]
    for u in bad[:5]:
        print("%s of %s: ergraph %.17g, reference %.17g" % (what, u, got[u], want[u]))
    return not bad


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=("cutoff", "exact", "error"))
    ap.add_argument("a")
    ap.add_argument("b")
    ap.add_argument("L", nargs="?", type=float)
    ap.add_argument("--measure", default="betweenness")
    ap.add_argument("--top", type=int, default=20)
    ap.add_argument("--max-mre", type=float)
    ap.add_argument("--min-rho", type=float)
    a = ap.parse_args()

    if a.mode == "error":
        exact, approx = read_csv(a.a, a.measure), read_csv(a.b, a.measure)
        top = sorted(exact, key=lambda u: (-exact[u], u))[:a.top]
        mre = sum(abs(approx[u] - exact[u]) / exact[u] for u in top) / len(top)
        rho = spearmanr([exact[u] for u in top], [approx[u] for u in top]).correlation
        pos = [u for u in exact if exact[u] > 0]
        mre_all = sum(abs(approx[u] - exact[u]) / exact[u] for u in pos) / len(pos)
        print("%s, top %d: mean relative error %.4f, Spearman rho %.4f; all %d nodes with "
              "a value > 0: mean relative error %.4f" % (a.measure, len(top), mre, rho, len(pos), mre_all))
        ok = (a.max_mre is None or mre <= a.max_mre) and (a.min_rho is None or rho >= a.min_rho)
        sys.exit(0 if ok else 1)

    G, scale_len = load(a.a)
    # Path lengths are sums of 1/weight, which floating point only nearly adds up: a
    # cutoff equal to a possible length would test rounding, not the cutoff.
    if a.mode == "cutoff" and scale_len > 1 and abs(a.L * scale_len - round(a.L * scale_len)) < 1e-6:
        sys.exit("cutoff %g is a possible path length (a multiple of 1/%d): choose another"
                 % (a.L, scale_len))
    with open(a.b, encoding="utf-8", newline="") as f:
        columns = csv.DictReader(f).fieldnames
    checked, ok = [], True
    for col in ("betweenness", "betweenness_unweighted", "closeness", "closeness_unweighted",
                "harmonic", "harmonic_unweighted"):
        if col not in columns or (a.mode == "cutoff" and not col.startswith("betweenness")):
            continue
        got = read_csv(a.b, col)
        length = None if col.endswith("_unweighted") else LENGTH
        # closeness and harmonic are 1/length: scaled lengths scale them down
        scale = 1 if length is None else scale_len
        if a.mode == "cutoff":
            want = cutoff_betweenness(G, scale_len, a.L, length is not None)
        elif col.startswith("betweenness"):
            want = nx.betweenness_centrality(G, weight=length, normalized=True)
        elif col.startswith("closeness"):
            want = {u: v * scale for u, v in
                    nx.closeness_centrality(G, distance=length, wf_improved=True).items()}
        else:
            want = {u: v * scale for u, v in nx.harmonic_centrality(G, distance=length).items()}
        ok = agree(got, want, col) and ok
        checked.append(col)
    if not checked:
        sys.exit("no path measure column in %s" % a.b)
    print("%s: %s of %d nodes %s" % (a.mode, ", ".join(checked), len(G), "agree" if ok else "DIFFER"))
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
