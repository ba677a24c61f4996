#!/usr/bin/python3
"""Check ergraph's STATS.json against centralities computed independently with networkx.

usage: nx_check.py GRAPH.json STATS.json [--rtol 1e-6] [--atol 1e-9] [--pure-pagerank]

GRAPH.json is loaded with networkx.readwrite.json_graph.node_link_graph exactly as
ergraph wrote it (this also proves networkx reads the file). For every node the
script recomputes

  degree       number of neighbours
  strength     sum of the weights of incident links
  betweenness  betweenness_centrality(normalized=True), link length 1/weight
  closeness    closeness_centrality(wf_improved=True), link length 1/weight
  eigenvector  eigenvector_centrality(weight='weight') scaled to max 1
               (only when the graph is connected: otherwise it is not unique)
  pagerank     pagerank(alpha=0.85, weight='weight')

and compares them with STATS.json: same node set, same types, same summary
counts, every value within atol + rtol * |networkx|. Link lengths are exact
fractions (1/weight), so equal-length shortest paths are ties exactly, not up
to floating-point rounding. Exits 1 on any mismatch, 0 otherwise.
"""

import argparse
import inspect
import json
import math
import sys
from fractions import Fraction

import networkx as nx
from networkx.readwrite import json_graph

MEASURES = ["degree", "strength", "betweenness", "closeness", "eigenvector", "pagerank"]
LENGTH = "nx_check_length"  # in-memory edge attribute holding 1/weight


def pagerank_pure(G, alpha=0.85, tol=1e-14, max_iter=10000):
    """PageRank by power iteration in pure python, for when scipy is missing.

    Follows networkx's _pagerank_python: uniform start and personalization,
    dangling nodes (no incident weight) spread their rank uniformly, stop when
    the sum of absolute changes is below N * tol.
    """
    nodes = list(G)
    N = len(nodes)
    if N == 0:
        return {}
    out = {u: sum(d["weight"] for _, _, d in G.edges(u, data=True)) for u in nodes}
    dangling = [u for u in nodes if out[u] == 0]
    x = {u: 1.0 / N for u in nodes}
    for _ in range(max_iter):
        last = x
        x = dict.fromkeys(nodes, 0.0)
        dsum = alpha * sum(last[u] for u in dangling)
        for u in nodes:
            for v, d in G[u].items():
                x[v] += alpha * last[u] * d["weight"] / out[u]
        for u in nodes:
            x[u] += dsum / N + (1.0 - alpha) / N
        if sum(abs(x[u] - last[u]) for u in nodes) < N * tol:
            return x
    raise RuntimeError("pure pagerank did not converge")


def load(data):
    """node_link_graph on the file's data as is.

    networkx >= 3.4 looks for "edges" unless told "links" (2.8 reads "links").
    """
    params = inspect.signature(json_graph.node_link_graph).parameters
    return json_graph.node_link_graph(data, **({"edges": "links"} if "edges" in params else {}))


def have_scipy():
    try:
        import scipy  # noqa: F401
        return True
    except ImportError:
        return False


def exact(w):
    """A JSON number as an exact fraction (floats by their decimal text)."""
    return Fraction(w) if isinstance(w, int) else Fraction(repr(w))


def reference(G, pure_pagerank=False):
    """All measures for all nodes; no eigenvector entry when the graph is not connected."""
    for u, v, d in G.edges(data=True):
        d[LENGTH] = 1 / exact(d["weight"])
    ref = {m: {} for m in MEASURES}
    for u in G:
        ref["degree"][u] = len(G[u])
        ref["strength"][u] = float(sum(exact(d["weight"]) for d in G[u].values()))
    ref["betweenness"] = nx.betweenness_centrality(G, weight=LENGTH, normalized=True)
    ref["closeness"] = {u: float(c) for u, c in
                        nx.closeness_centrality(G, distance=LENGTH, wf_improved=True).items()}
    if len(G) > 0 and nx.is_connected(G):
        ev = nx.eigenvector_centrality(G, max_iter=10000, tol=1e-12, weight="weight")
        top = max(ev.values())
        ref["eigenvector"] = {u: c / top for u, c in ev.items()}
    else:
        del ref["eigenvector"]
    if have_scipy() and not pure_pagerank:
        ref["pagerank"] = nx.pagerank(G, alpha=0.85, weight="weight", tol=1e-14, max_iter=10000)
    else:
        # scipy missing (networkx 2.8 pagerank needs it): exact power iteration, tol 1e-14
        ref["pagerank"] = pagerank_pure(G)
    return ref


def read_json(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError) as e:
        sys.exit("error: cannot read %s: %s" % (path, e))


def fmt(x):
    return repr(x) if isinstance(x, float) else json.dumps(x)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("graph")
    ap.add_argument("stats")
    ap.add_argument("--rtol", type=float, default=1e-6)
    ap.add_argument("--atol", type=float, default=1e-9)
    ap.add_argument("--pure-pagerank", action="store_true",
                    help="use the pure-python pagerank even if scipy is present")
    args = ap.parse_args()

    data, stats = read_json(args.graph), read_json(args.stats)
    G = load(data)

    errors = []
    if G.is_directed() or G.is_multigraph():
        errors.append("graph is directed or a multigraph: expected a simple undirected graph")
    ids = [n["id"] for n in data["nodes"]]
    if len(set(ids)) != len(ids):
        errors.append("graph has duplicate node ids")
    if set(ids) != set(G):
        errors.append("links name nodes missing from the node list: %s"
                      % ", ".join(repr(u) for u in sorted(set(G) - set(ids), key=str)))
    if len(data["links"]) != G.number_of_edges():
        errors.append("graph has duplicate links (%d in file, %d distinct)"
                      % (len(data["links"]), G.number_of_edges()))
    for u, v in nx.selfloop_edges(G):
        errors.append("graph has a self-loop on %r" % u)
    for u, v, d in G.edges(data=True):
        w = d.get("weight")
        if isinstance(w, bool) or not isinstance(w, (int, float)) or not w > 0:
            errors.append("link %r -- %r: weight %r is not a positive number" % (u, v, w))
    if errors:
        for e in errors:
            print(e)
        print("failed: %d problems in %s" % (len(errors), args.graph))
        return 1

    summary = stats.get("graph", {})
    for key, n in (("nodes", G.number_of_nodes()), ("links", G.number_of_edges())):
        if summary.get(key) != n:
            errors.append("stats graph.%s: ergraph %s != networkx %d" % (key, fmt(summary.get(key)), n))

    rows = {}
    for row in stats.get("nodes", []):
        if row.get("id") in rows:
            errors.append("node %r listed twice in stats" % row.get("id"))
        rows[row.get("id")] = row
    for u in sorted(set(G) - set(rows), key=str):
        errors.append("node %r missing from stats" % u)
    for u in sorted(set(rows) - set(G), key=str):
        errors.append("node %r in stats is not in the graph" % u)
    for u in sorted(set(rows) & set(G), key=str):
        t, gt = rows[u].get("type"), G.nodes[u].get("type")
        if t != gt:
            errors.append("type of %r: ergraph stats %s != graph %s" % (u, fmt(t), fmt(gt)))

    ref = reference(G, args.pure_pagerank)
    if "eigenvector" not in ref:
        print("skipped eigenvector: graph not connected")
    maxdiff = 0.0
    for m in MEASURES:
        if m not in ref:
            continue
        for u in sorted(set(rows) & set(G), key=str):
            want, got = ref[m][u], rows[u].get(m)
            if isinstance(got, bool) or not isinstance(got, (int, float)):
                errors.append("measure %r of %r: ergraph %s is not a number" % (m, u, fmt(got)))
                continue
            diff = abs(got - want)
            if not math.isfinite(got) or not diff <= args.atol + args.rtol * abs(want):
                errors.append("measure %r of %r: ergraph %s != networkx %s" % (m, u, fmt(got), fmt(want)))
            elif diff > maxdiff:
                maxdiff = diff

    for e in errors:
        print(e)
    if errors:
        print("failed: %d mismatches over %d nodes" % (len(errors), G.number_of_nodes()))
        return 1
    print("ok: %d nodes, %d measures agree (max abs diff %.2g)"
          % (G.number_of_nodes(), sum(m in ref for m in MEASURES), maxdiff))
    return 0


if __name__ == "__main__":
    sys.exit(main())
