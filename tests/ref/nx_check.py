#!/usr/bin/python3
"""Check ergraph's STATS.json against measures computed independently with networkx.

usage: nx_check.py GRAPH.json STATS.json [--rtol 1e-9] [--atol 1e-12] [--pure-pagerank]

GRAPH.json is loaded with networkx.readwrite.json_graph.node_link_graph exactly as
ergraph wrote it (this also proves networkx reads the file). Every measure and every
summary number STATS.json holds is compared with networkx; one it holds that this
script has no reference for is an error, so nothing ergraph prints goes unchecked.
LENGTH below is 1/weight, exactly (see lengths()).

  degree                  len(G[u])
  strength                G.degree(u, weight="weight")
  betweenness             betweenness_centrality(G, weight=LENGTH, normalized=True)
  betweenness_unweighted  betweenness_centrality(G, normalized=True)
  closeness               closeness_centrality(G, distance=LENGTH, wf_improved=True)
  closeness_unweighted    closeness_centrality(G, wf_improved=True)
  harmonic                harmonic_centrality(G, distance=LENGTH)
  harmonic_unweighted     harmonic_centrality(G)
  eigenvector             eigenvector_centrality_numpy(G, weight="weight"), compared
                          only when the largest eigenvalue is simple (else not unique)
  pagerank                pagerank(G, alpha=0.85, weight="weight")
  coreness                core_number(G)
  clustering              clustering(G)                    (unweighted)
  community               a partition: numbered 0.. by size, largest first, ties by
                          first node; graph.modularity must equal
                          community.modularity(G, parts, weight="weight", resolution=R)
  component               the partition of connected_components(G), numbered as above

  graph.density, components, largest_component, largest_component_share: nx.density,
  connected_components; graph.assortativity_type: attribute_assortativity_coefficient(G,
  "type"); graph.average_clustering: average_clustering(G) (unweighted, zeros counted).

Values agree when |ergraph - networkx| <= atol + rtol * |networkx| (NaN, JSON null,
matches NaN). Exits 1 on any mismatch, 0 otherwise.
"""

import argparse
import inspect
import json
import math
import sys
import warnings
from fractions import Fraction

import networkx as nx
from networkx.readwrite import json_graph

LENGTH = "nx_check_length"  # in-memory edge attribute holding the link length
# summary keys that are parameters, not results
PARAMETERS = {"community_algorithm", "resolution", "seed", "restarts"}


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


def lengths(G):
    """Sets LENGTH = 1/weight exactly, so that equal-length paths tie exactly.

    Returns the scale: with whole weights the lengths are the integers L/weight
    (L their least common multiple; integer sums are exact and fast), so
    closeness and harmonic centrality come out divided by L. Otherwise lengths
    are fractions and the scale is 1.
    """
    ws = [d["weight"] for _, _, d in G.edges(data=True)]
    scale = 1
    if all(isinstance(w, int) for w in ws):
        for w in ws:
            scale = scale * w // math.gcd(scale, w)
    if scale < 2 ** 62 and all(isinstance(w, int) for w in ws):
        for u, v, d in G.edges(data=True):
            d[LENGTH] = scale // d["weight"]
        return scale
    for u, v, d in G.edges(data=True):
        d[LENGTH] = 1 / exact(d["weight"])
    return 1


def eigenvector(G):
    """eigenvector_centrality_numpy, or None when the largest eigenvalue is not simple."""
    import numpy as np
    if G.number_of_edges() == 0:
        return None
    A = nx.to_numpy_array(G, weight="weight")
    ev = np.linalg.eigvalsh(A)
    if len(ev) > 1 and ev[-1] - ev[-2] <= 1e-8 * abs(ev[-1]):
        return None
    return nx.eigenvector_centrality_numpy(G, weight="weight")


def node_reference(G, name, pure_pagerank=False):
    """networkx's value of measure `name` for every node; None when not defined."""
    scale = lengths(G)
    if name == "degree":
        return {u: len(G[u]) for u in G}
    if name == "strength":
        return {u: float(sum(exact(d["weight"]) for d in G[u].values())) for u in G}
    if name == "betweenness":
        return nx.betweenness_centrality(G, weight=LENGTH, normalized=True)
    if name == "betweenness_unweighted":
        return nx.betweenness_centrality(G, normalized=True)
    if name == "closeness":
        c = nx.closeness_centrality(G, distance=LENGTH, wf_improved=True)
        return {u: float(x * scale) for u, x in c.items()}
    if name == "closeness_unweighted":
        return nx.closeness_centrality(G, wf_improved=True)
    if name == "harmonic":
        return {u: float(x * scale) for u, x in nx.harmonic_centrality(G, distance=LENGTH).items()}
    if name == "harmonic_unweighted":
        return nx.harmonic_centrality(G)
    if name == "eigenvector":
        return eigenvector(G)
    if name == "pagerank":
        if have_scipy() and not pure_pagerank:
            return nx.pagerank(G, alpha=0.85, weight="weight", tol=1e-14, max_iter=10000)
        return pagerank_pure(G)  # exact power iteration, tol 1e-14
    if name == "coreness":
        return nx.core_number(G)
    if name == "clustering":
        return nx.clustering(G)
    raise KeyError(name)


NODE_MEASURES = ["degree", "strength", "betweenness", "betweenness_unweighted", "closeness",
                 "closeness_unweighted", "harmonic", "harmonic_unweighted", "eigenvector",
                 "pagerank", "coreness", "clustering"]
PARTITIONS = ["community", "component"]


def partition_errors(G, order, labels, name):
    """`labels` (node -> number) must number its parts 0.. by size, ties by first node."""
    parts = {}
    for u in order:
        parts.setdefault(labels[u], []).append(u)
    errors = []
    if sorted(parts) != list(range(len(parts))):
        errors.append("%s: numbers %s are not 0..%d" % (name, sorted(parts), len(parts) - 1))
        return errors, parts
    key = sorted(parts.values(), key=lambda p: (-len(p), order.index(p[0])))
    if [p[0] for p in key] != [parts[k][0] for k in range(len(parts))]:
        errors.append("%s: not numbered by size, largest first, ties by first node" % name)
    return errors, parts


def read_json(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError) as e:
        sys.exit("error: cannot read %s: %s" % (path, e))


def fmt(x):
    return repr(x) if isinstance(x, float) else json.dumps(x)


def close(got, want, args):
    """Numbers agree, NaN (or JSON null) with NaN."""
    if want is None or (isinstance(want, float) and math.isnan(want)):
        return got is None or (isinstance(got, float) and math.isnan(got))
    if isinstance(got, bool) or not isinstance(got, (int, float)) or not math.isfinite(got):
        return False
    return abs(got - want) <= args.atol + args.rtol * abs(want)


def graph_problems(data, G):
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
    return errors


def summary_reference(G, summary, parts):
    """networkx's value of each summary key; KeyError for a key it does not know."""
    n = G.number_of_nodes()
    comps = [len(c) for c in nx.connected_components(G)]
    ref = {"nodes": n, "links": G.number_of_edges(), "density": nx.density(G),
           "components": len(comps), "largest_component": max(comps, default=0),
           "largest_component_share": max(comps, default=0) / n if n else math.nan}
    with warnings.catch_warnings():  # one type only: 0/0, NaN with a warning
        warnings.simplefilter("ignore")
        ref["assortativity_type"] = (nx.attribute_assortativity_coefficient(G, "type")
                                     if G.number_of_edges() else math.nan)
    ref["average_clustering"] = nx.average_clustering(G) if n else math.nan
    if parts is not None:
        ref["communities"] = len(parts)
        ref["modularity"] = (nx.community.modularity(G, parts.values(), weight="weight",
                                                     resolution=summary.get("resolution", 1))
                             if G.number_of_edges() else math.nan)
    return ref


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("graph")
    ap.add_argument("stats")
    ap.add_argument("--rtol", type=float, default=1e-9)
    ap.add_argument("--atol", type=float, default=1e-12)
    ap.add_argument("--pure-pagerank", action="store_true",
                    help="use the pure-python pagerank even if scipy is present")
    args = ap.parse_args()

    data, stats = read_json(args.graph), read_json(args.stats)
    G = load(data)
    errors = graph_problems(data, G)
    if errors:
        for e in errors:
            print(e)
        print("failed: %d problems in %s" % (len(errors), args.graph))
        return 1

    rows = {}
    for row in stats.get("nodes", []):
        if row.get("id") in rows:
            errors.append("node %r listed twice in stats" % row.get("id"))
        rows[row.get("id")] = row
    if "nodes" in stats:
        for u in sorted(set(G) - set(rows), key=str):
            errors.append("node %r missing from stats" % u)
    for u in sorted(set(rows) - set(G), key=str):
        errors.append("node %r in stats is not in the graph" % u)
    common = [u for u in G if u in rows]  # graph order
    for u in common:
        t, gt = rows[u].get("type"), G.nodes[u].get("type")
        if t != gt:
            errors.append("type of %r: ergraph stats %s != graph %s" % (u, fmt(t), fmt(gt)))

    printed = sorted({k for r in rows.values() for k in r} - {"id", "type"})
    checked, maxdiff, parts = [], 0.0, None
    for m in printed:
        if m not in NODE_MEASURES and m not in PARTITIONS:
            errors.append("measure %r: no networkx reference for it" % m)
            continue
        if any(m not in rows[u] for u in common):
            errors.append("measure %r: missing for some nodes" % m)
            continue
        if m in PARTITIONS:
            order = list(G)
            if set(common) != set(G):
                errors.append("measure %r: a partition needs every node (no --top)" % m)
                continue
            errs, p = partition_errors(G, order, {u: rows[u][m] for u in G}, m)
            errors += errs
            if m == "community":
                parts = p
            else:
                want = sorted(sorted(c, key=order.index) for c in nx.connected_components(G))
                if sorted(p.values()) != want:
                    errors.append("component: not the connected components of the graph")
            checked.append(m)
            continue
        ref = node_reference(G, m, args.pure_pagerank)
        if ref is None:
            print("skipped %s: not unique here (largest eigenvalue repeated)" % m)
            continue
        checked.append(m)
        for u in common:
            want, got = ref[u], rows[u][m]
            if not close(got, want, args):
                errors.append("measure %r of %r: ergraph %s != networkx %s" % (m, u, fmt(got), fmt(want)))
            else:
                maxdiff = max(maxdiff, abs(got - want))

    summary = stats.get("graph", {})
    sref = summary_reference(G, summary, parts)
    for key in summary:
        if key in PARAMETERS:
            continue
        if key in ("communities", "modularity") and "nodes" not in stats:
            print("skipped graph.%s: a summary without nodes has no partition to check it on" % key)
            continue
        if key not in sref:
            errors.append("graph.%s: no networkx reference for it%s" % (
                key, " (it needs the community column)" if key in ("communities", "modularity") else ""))
        elif not close(summary[key], sref[key], args):
            errors.append("graph.%s: ergraph %s != networkx %s" % (key, fmt(summary[key]), fmt(sref[key])))
        else:
            checked.append("graph." + key)

    for e in errors:
        print(e)
    if errors:
        print("failed: %d mismatches over %d nodes" % (len(errors), G.number_of_nodes()))
        return 1
    print("ok: %d nodes, %d measures and summary numbers agree (max abs diff %.2g): %s"
          % (G.number_of_nodes(), len(checked), maxdiff, " ".join(checked)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
