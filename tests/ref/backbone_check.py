"""Independent check of ergraph's disparity-filter backbone (Serrano, Boguna,
Vespignani, PNAS 2009).

usage: backbone_check.py FULL.json BACKBONE.json ALPHA

FULL.json is a network built without pruning, BACKBONE.json the same build
with --backbone ALPHA. The expected link set is recomputed here with networkx
from FULL.json's weights: alpha_ij = (1 - w_ij / s_i) ** (k_i - 1), kept when
below ALPHA at either end (0 ** 0 == 1 at a degree-1 end, as in ergraph).
"""
import json
import sys

import networkx as nx


def load(path):
    d = json.load(open(path, encoding="utf-8"))
    g = nx.Graph()
    g.add_nodes_from(n["id"] for n in d["nodes"])
    for l in d["links"]:
        g.add_edge(l["source"], l["target"], weight=l["weight"])
    return g, d


def main():
    full, _ = load(sys.argv[1])
    back, meta = load(sys.argv[2])
    alpha = float(sys.argv[3])
    strength = dict(full.degree(weight="weight"))
    degree = dict(full.degree())
    want = set()
    for a, b, w in full.edges(data="weight"):
        if any((1 - w / strength[v]) ** (degree[v] - 1) < alpha for v in (a, b)):
            want.add(frozenset((a, b)))
    got = {frozenset(e) for e in back.edges()}
    assert set(full.nodes()) == set(back.nodes()), "the backbone keeps every node"
    assert got == want, f"extra {sorted(map(sorted, got - want))}, missing {sorted(map(sorted, want - got))}"
    step = [s for s in meta["graph"]["pruned"] if s["step"] == "backbone"]
    assert step and step[0]["links"] == full.number_of_edges() - len(want), step
    assert 0 < len(want) < full.number_of_edges(), "the check needs a filter that keeps some, drops some"
    print(f"ok: backbone at {alpha}: {len(want)} of {full.number_of_edges()} links, as recomputed")


main()
