#!/usr/bin/python3
"""Write the nx_check.py fixtures of this directory, with values derived by hand.

No networkx here: degree, strength, betweenness and closeness are worked out on
paper (see the comments), pagerank solves its linear system exactly with
fractions, eigenvector uses the characteristic polynomial or plain power
iteration. Run it to regenerate graph*.json and stats*.json.
"""

import json
import os
from fractions import Fraction as F

HERE = os.path.dirname(os.path.abspath(__file__))
ALPHA = F(85, 100)


def solve(A, b):
    """Gauss-Jordan elimination over fractions."""
    n = len(b)
    M = [row[:] + [b[i]] for i, row in enumerate(A)]
    for i in range(n):
        p = next(r for r in range(i, n) if M[r][i] != 0)
        M[i], M[p] = M[p], M[i]
        M[i] = [x / M[i][i] for x in M[i]]
        for r in range(n):
            if r != i and M[r][i] != 0:
                M[r] = [x - M[r][i] * y for x, y in zip(M[r], M[i])]
    return [M[i][n] for i in range(n)]


def pagerank(nodes, links):
    """x_v = (1-a)/N + a * sum_u x_u w_uv / s_u + a * sum_{s_u = 0} x_u / N, exactly."""
    N, idx = len(nodes), {u: i for i, u in enumerate(nodes)}
    s = [F(0)] * N
    for u, v, w in links:
        s[idx[u]] += w
        s[idx[v]] += w
    A = [[F(int(i == j)) for j in range(N)] for i in range(N)]
    for u, v, w in links:
        A[idx[v]][idx[u]] -= ALPHA * w / s[idx[u]]
        A[idx[u]][idx[v]] -= ALPHA * w / s[idx[v]]
    for j in range(N):
        if s[j] == 0:
            for i in range(N):
                A[i][j] -= ALPHA / N
    return dict(zip(nodes, solve(A, [(1 - ALPHA) / N] * N)))


def unit(x):
    """Scaled to unit Euclidean norm, as networkx's eigenvector centrality."""
    norm = sum(v * v for v in x.values()) ** 0.5
    return {u: v / norm for u, v in x.items()}


def power_iteration(nodes, links, steps=5000):
    """Principal eigenvector of the weighted adjacency matrix, unit norm."""
    x = {u: 1.0 for u in nodes}
    for _ in range(steps):
        y = dict.fromkeys(nodes, 0.0)
        for u, v, w in links:
            y[u] += w * x[v]
            y[v] += w * x[u]
        top = max(y.values())
        x = {u: y[u] / top for u in nodes}
    return unit(x)


def write(name, nodes, links, rows, nlinks=None, graph_too=True, summary=None):
    graph = {"directed": False, "multigraph": False, "graph": {"name": name},
             "nodes": [{"id": u, "type": t} for u, t in nodes],
             "links": [{"source": u, "target": v, "weight": w, "count": w} for u, v, w in links]}
    stats = {"graph": dict({"nodes": len(nodes), "links": len(links) if nlinks is None else nlinks},
                           **(summary or {})),
             "nodes": rows}
    files = [("stats_%s.json" % name, stats)] + [("graph_%s.json" % name, graph)] * graph_too
    for fname, obj in files:
        with open(os.path.join(HERE, fname), "w", encoding="utf-8") as f:
            json.dump(obj, f, indent=1)
            f.write("\n")


def rows_for(nodes, cols):
    return [dict({"id": u, "type": t}, **{m: cols[m][u] for m in cols}) for u, t in nodes]


def four():
    # A-B w2, A-C w1, B-C w1, C-D w1; lengths 1/2, 1, 1, 1.
    nodes = [("A", "person"), ("B", "person"), ("C", "state"), ("D", "organization")]
    links = [("A", "B", 2), ("A", "C", 1), ("B", "C", 1), ("C", "D", 1)]
    # distances: AB .5, AC 1 (via B 1.5), AD 2, BC 1, BD 2, CD 1
    # only A-D and B-D pass through an inner node (C): C = 2 / ((4-1)(4-2)/2) = 2/3
    betw = {"A": 0.0, "B": 0.0, "C": 2 / 3, "D": 0.0}
    # closeness = (n-1) / sum of distances: A 3/3.5, B 3/3.5, C 3/3, D 3/5
    clos = {"A": 6 / 7, "B": 6 / 7, "C": 1.0, "D": 0.6}
    # eigenvector: a=x_A=x_B, c, d with l*a = 2a + c, l*c = 2a + d, l*d = c
    # => l^3 - 2 l^2 - 3 l + 2 = 0, largest root; a = 1 (max), c = l - 2, d = c / l
    lo, hi = 2.5, 4.0
    for _ in range(200):
        mid = (lo + hi) / 2
        if mid ** 3 - 2 * mid ** 2 - 3 * mid + 2 > 0:
            hi = mid
        else:
            lo = mid
    lam = (lo + hi) / 2
    eig = unit({"A": 1.0, "B": 1.0, "C": lam - 2, "D": (lam - 2) / lam})
    pr = {u: float(x) for u, x in pagerank([u for u, _ in nodes], links).items()}
    cols = {"degree": {"A": 2, "B": 2, "C": 3, "D": 1},
            "strength": {"A": 3.0, "B": 3.0, "C": 3.0, "D": 1.0},
            "betweenness": betw, "closeness": clos, "eigenvector": eig, "pagerank": pr}
    write("four", nodes, links, rows_for(nodes, cols))
    # the same with four deliberate errors: one type, one count, two values
    rows = rows_for(nodes, cols)
    rows[1]["type"] = "state"
    rows[0]["betweenness"] = 0.1
    rows[3]["pagerank"] += 1e-4
    write("four_wrong", nodes, links, rows, nlinks=5, graph_too=False)  # use graph_four.json


def four_more():
    # The graph of four(): partitions, coreness, clustering and the summary.
    nodes = [("A", "person"), ("B", "person"), ("C", "state"), ("D", "organization")]
    links = [("A", "B", 2), ("A", "C", 1), ("B", "C", 1), ("C", "D", 1)]
    # {A,B}, {C,D}: total weight 5; internal 2 and 1, strength sums 6 and 4
    # Q = 2*2/10 - (6/10)^2 + 2*1/10 - (4/10)^2 = 0.08; both parts of 2, A first
    mod = 2 * 2 / 10 - 0.36 + 2 * 1 / 10 - 0.16
    cols = {"community": {"A": 0, "B": 0, "C": 1, "D": 1},
            "component": dict.fromkeys("ABCD", 0),
            "coreness": {"A": 2, "B": 2, "C": 2, "D": 1},  # triangle A B C, D hangs on C
            "clustering": {"A": 1.0, "B": 1.0, "C": 1 / 3, "D": 0.0}}
    # type mixing over both directions of the 4 links (8): pp 2, ps 2, sp 2, so 1, os 1;
    # sum e_ii = 2/8, a = (4/8, 3/8, 1/8): r = (1/4 - 26/64) / (1 - 26/64) = -5/19
    summary = {"density": 4 / 6, "components": 1, "largest_component": 4,
               "largest_component_share": 1.0, "assortativity_type": -5 / 19,
               "average_clustering": (1 + 1 + 1 / 3 + 0) / 4, "communities": 2,
               "modularity": mod, "community_algorithm": "leiden", "resolution": 1, "seed": 1}
    write("four_more", nodes, links, rows_for(nodes, cols), graph_too=False, summary=summary)
    # three ways to be wrong, one file each
    write("four_bad_modularity", nodes, links, rows_for(nodes, cols), graph_too=False,
          summary=dict(summary, modularity=mod + 0.01))
    swapped = dict(cols, community={"A": 1, "B": 1, "C": 0, "D": 0})  # ties go to the first node
    write("four_bad_numbering", nodes, links, rows_for(nodes, swapped), graph_too=False, summary=summary)
    write("four_bad_unknown", nodes, links, rows_for(nodes, dict(cols, fame=dict.fromkeys("ABCD", 1))),
          graph_too=False, summary=summary)


def split():
    # A-B w1, C-D w2, E isolated: not connected
    nodes = [("A", "person"), ("B", "person"), ("C", "state"), ("D", "state"), ("E", "person")]
    links = [("A", "B", 1), ("C", "D", 2)]
    # Wasserman-Faust: (r / sum of distances) * (r / (n-1)), r = reachable others
    clos = {"A": 1 / 1 * 1 / 4, "B": 0.25, "C": 1 / 0.5 * 1 / 4, "D": 0.5, "E": 0.0}
    # pagerank: E dangling, e = .03 / (1 - .17); a = c = (.03 + .17 e) / .15
    e = 0.03 / 0.83
    a = (0.03 + 0.17 * e) / 0.15
    pr = {"A": a, "B": a, "C": a, "D": a, "E": e}
    assert all(abs(pr[u] - float(x)) < 1e-15 for u, x in pagerank([u for u, _ in nodes], links).items())
    cols = {"degree": {"A": 1, "B": 1, "C": 1, "D": 1, "E": 0},
            "strength": {"A": 1.0, "B": 1.0, "C": 2.0, "D": 2.0, "E": 0.0},
            "betweenness": dict.fromkeys("ABCDE", 0.0), "closeness": clos,
            # largest eigenvalue 2, simple: C-D alone, at 1/sqrt(2) each
            "eigenvector": {"A": 0.0, "B": 0.0, "C": 0.5 ** 0.5, "D": 0.5 ** 0.5, "E": 0.0},
            "pagerank": pr}
    write("split", nodes, links, rows_for(nodes, cols))


def tie():
    # U-X w10, X-V w15, U-V w6: 1/10 + 1/15 == 1/6 exactly, but not in floating point.
    # U-V has two shortest paths, one through X: X = 1/2 / ((3-1)(3-2)/2) = 0.5
    nodes = [("U", "person"), ("X", "person"), ("V", "person")]
    links = [("U", "X", 10), ("X", "V", 15), ("U", "V", 6)]
    # closeness: U 2/(1/10 + 1/6) = 7.5, X 2/(1/10 + 1/15) = 12, V 2/(1/15 + 1/6) = 60/7
    cols = {"degree": dict.fromkeys("UXV", 2),
            "strength": {"U": 16.0, "X": 25.0, "V": 21.0},
            "betweenness": {"U": 0.0, "X": 0.5, "V": 0.0},
            "closeness": {"U": 7.5, "X": 12.0, "V": 60 / 7},
            "eigenvector": power_iteration("UXV", links),
            "pagerank": {u: float(x) for u, x in pagerank(list("UXV"), links).items()}}
    write("tie", nodes, links, rows_for(nodes, cols))


if __name__ == "__main__":
    four()
    four_more()
    split()
    tie()
