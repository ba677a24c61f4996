"""gen_network.py N OUT.json: a node-link network of N entities for the
large-network tests: preferential attachment, 2 links per new node, weights
1-5, seeded so that every run writes the same file."""
import json
import random
import sys

n, out = int(sys.argv[1]), sys.argv[2]
rng = random.Random(5)
types = ["person", "state", "organization"]
names = ["Entity %05d" % i for i in range(n)]
ends, links = [0, 1], {(0, 1): 1}
for i in range(2, n):
    for j in {rng.choice(ends) for _ in range(2)}:
        links[(j, i)] = rng.randint(1, 5)
        ends += [i, j]
json.dump({"directed": False, "multigraph": False, "graph": {"inputs": ["generated"], "window": "sentence", "weight": "count"},
           "nodes": [{"id": s, "type": types[i % 3], "mentions": 1 + i % 7, "documents": 1} for i, s in enumerate(names)],
           "links": [{"source": names[a], "target": names[b], "weight": w, "count": w} for (a, b), w in sorted(links.items())]},
          open(out, "w"))
