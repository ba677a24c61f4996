#!/usr/bin/env bash
# Regenerates graphs/, the sample corpus's outputs, from data/corpus with the
# built ergraph: the network, its statistics, the drawings (DOT, SVG, PNG,
# PDF), the interactive page, and the exports (GraphML, GEXF, GML, CSV, JSON).
#   scripts/graphs.sh [ERGRAPH]     (default: build/ergraph)
set -euo pipefail
cd "$(dirname "$0")/.."
ergraph=${1:-build/ergraph}
out=graphs

"$ergraph" run data/corpus --outdir "$out"
for f in graphml gexf gml; do
  "$ergraph" export "$out/graph.json" -o "$out/graph.$f"
done
"$ergraph" export "$out/graph.json" --format json -o "$out/export.json"
"$ergraph" export "$out/graph.json" --format csv -o "$out/csv"
