#!/usr/bin/python3
"""Write fixture networks as ergraph node-link JSON, for the measure checks.

usage: make_networks.py karate OUT.json
       make_networks.py random OUT.json [--nodes 500] [--seed 7] [--real-weights]

karate  Zachary's karate club from networkx (karate_club_graph, with its link
        weights); node ids "0".."33"; type person for Mr. Hi's club and
        organization for the Officer's, so that assortativity by type means
        something.
random  --nodes nodes: ten planted groups (random_partition_graph, p_in 0.1,
        p_out 0.005, seeded) over all but five nodes, plus a three-node path
        and two isolated nodes, so the network is not connected; types drawn
        at random; whole weights 1..10 (many equal-length paths), or with
        --real-weights weights with three decimals in [0.1, 5].
"""

import argparse
import json
import random

import networkx as nx


def write(path, G, types, weight):
    nodes = [{"id": str(u), "type": types[u]} for u in G]
    links = [{"source": str(u), "target": str(v), "weight": weight(u, v), "count": 1}
             for u, v in G.edges()]
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"directed": False, "multigraph": False, "graph": {"fixture": True},
                   "nodes": nodes, "links": links}, f, indent=1)
        f.write("\n")


def karate(path):
    G = nx.karate_club_graph()
    types = {u: "person" if G.nodes[u]["club"] == "Mr. Hi" else "organization" for u in G}
    write(path, G, types, lambda u, v: G[u][v]["weight"])


def planted(path, n, seed, real):
    rng = random.Random(seed)
    core = n - 5
    sizes = [core // 10 + (i < core % 10) for i in range(10)]
    G = nx.random_partition_graph(sizes, 0.1, 0.005, seed=seed)
    G = nx.Graph(G)  # drop the partition attribute's frozen structure
    G.add_edges_from([(core, core + 1), (core + 1, core + 2)])
    G.add_nodes_from([core + 3, core + 4])
    types = {u: rng.choice(["person", "state", "organization"]) for u in G}
    w = {e: (round(rng.uniform(0.1, 5), 3) if real else rng.randint(1, 10)) for e in G.edges()}
    write(path, G, types, lambda u, v: w[(u, v)])


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("kind", choices=["karate", "random"])
    ap.add_argument("out")
    ap.add_argument("--nodes", type=int, default=500)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--real-weights", action="store_true")
    args = ap.parse_args()
    if args.kind == "karate":
        karate(args.out)
    else:
        planted(args.out, args.nodes, args.seed, args.real_weights)


if __name__ == "__main__":
    main()
