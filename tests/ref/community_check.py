#!/usr/bin/python3
"""Compare ergraph's communities with networkx's Louvain over a range of seeds.

usage: community_check.py ERGRAPH GRAPH.json [--algorithm leiden|louvain]
                          [--resolution R] [--seeds 10]

For every seed s in 0..seeds-1 it runs
    ERGRAPH stats GRAPH.json --format json --measures community --community A
            --resolution R --seed s
and checks that the modularity ergraph reports is, within 1e-9, networkx's
community.modularity(G, ergraph's partition, weight="weight", resolution=R); then
it runs community.louvain_communities(G, weight="weight", resolution=R, seed=s)
and requires the MEAN modularity of ergraph's partitions over the seeds to be at
least networkx's mean (less 1e-12 for rounding). It prints both means and bests.
Exits 1 on any failure.
"""

import argparse
import json
import subprocess
import sys

import networkx as nx

from nx_check import load, read_json


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("ergraph")
    ap.add_argument("graph")
    ap.add_argument("--algorithm", default="leiden")
    ap.add_argument("--resolution", type=float, default=1.0)
    ap.add_argument("--seeds", type=int, default=10)
    ap.add_argument("--restarts", type=int, default=None, help="pass --restarts to ergraph")
    args = ap.parse_args()

    G = load(read_json(args.graph))
    errors, ours, theirs = [], [], []
    for s in range(args.seeds):
        out = subprocess.run([args.ergraph, "stats", args.graph, "--format", "json",
                              "--measures", "community", "--community", args.algorithm,
                              "--resolution", repr(args.resolution), "--seed", str(s)]
                             + (["--restarts", str(args.restarts)] if args.restarts else []),
                             capture_output=True, text=True)
        if out.returncode != 0:
            errors.append("seed %d: ergraph exited %d: %s" % (s, out.returncode, out.stderr.strip()))
            continue
        stats = json.loads(out.stdout)
        parts = {}
        for row in stats["nodes"]:
            parts.setdefault(row["community"], set()).add(row["id"])
        q = nx.community.modularity(G, parts.values(), weight="weight", resolution=args.resolution)
        got = stats["graph"]["modularity"]
        if abs(got - q) > 1e-9:
            errors.append("seed %d: ergraph reports modularity %r, networkx computes %r for its partition"
                          % (s, got, q))
        if stats["graph"]["communities"] != len(parts):
            errors.append("seed %d: %r communities reported, %d in the partition"
                          % (s, stats["graph"]["communities"], len(parts)))
        ours.append(q)
        louvain = nx.community.louvain_communities(G, weight="weight", resolution=args.resolution, seed=s)
        theirs.append(nx.community.modularity(G, louvain, weight="weight", resolution=args.resolution))
    if ours and theirs:
        mine, nxm = sum(ours) / len(ours), sum(theirs) / len(theirs)
        print("%s, resolution %g, seeds 0..%d: ergraph %s mean %.6f best %.6f; networkx louvain mean %.6f best %.6f"
              % (args.graph.rsplit("/", 1)[-1], args.resolution, args.seeds - 1, args.algorithm,
                 mine, max(ours), nxm, max(theirs)))
        if mine < nxm - 1e-12:
            errors.append("ergraph's mean modularity %.9f is below networkx louvain's %.9f" % (mine, nxm))
    for e in errors:
        print(e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
