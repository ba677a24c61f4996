#!/usr/bin/env bash
# Speed and memory of ergraph against the cost of reading the text (cat | wc -w),
# and of its measures against igraph called alone, python-igraph and networkx.
#   scripts/bench.sh [--quick] [--runs N] [--no-build] [--no-measures] [--no-nx] [ERGRAPH]
#                                                   (default: build/ergraph)
#
# 1. build against wc -w, in the same run, the median of N runs of each (default 3),
#    interleaved, the corpus in the page cache, on:
#    - four scripts/gen-corpus corpora (cached in build-bench/, which git ignores):
#      1,000 and 10,000 gazetteer entries, each with the generator's mention
#      density (1.3 a sentence) and with a denser one (--density 3);
#    - real text: the articles of ../shared/realnews (both languages) copied again
#      and again into a temporary folder up to about 200 MB (the folder is removed
#      at the end; set REALNEWS=DIR for another place; skipped when it is absent).
#    Every run loads both language models (--lang auto, the default); the real text
#    is tagged with both. Rows give the medians of the elapsed seconds and of the CPU
#    seconds (user + system: on a shared machine the elapsed time depends on the
#    load, the CPU time much less), the ratios of the medians, build's CPU share
#    (/usr/bin/time %P: 200% is both cores busy), its peak memory, and the load
#    average when the row started. (--no-build: not this part)
# 2. each measure of `ergraph stats --jobs 1` on a network of 1,000 nodes and 40,000
#    links (scripts/gen-network): ergraph's time (stats with the measure minus stats
#    with `component` alone, which every run computes: that takes out reading the
#    file and the output), igraph's own call timed alone (erg-bench-igraph, built
#    beside ergraph), python-igraph and networkx (/usr/bin/python3; skipped when
#    the module is missing; networkx once, it is slow). All on one thread: igraph's
#    PageRank (PRPACK) otherwise starts OpenMP threads, which spin on a busy machine
#    (0.02 s alone on one thread, 0.16-0.48 s on two at a load of 10).
#    (--no-measures: not this part)
# 3. (unless --no-nx or --quick) the whole job, build + stats, against
#    scripts/nx-pipeline, on a 20 MB corpus with 1,000 entities.
# --quick: 5 MB corpora, 10 MB of real text, a 300-node 4,000-link network, one run.
set -euo pipefail
cd "$(dirname "$0")/.."

quick=0 runs=3 nx=1 measures_too=1 build_too=1
while [ $# -gt 0 ]; do
  case $1 in
    --quick) quick=1 runs=1 nx=0; shift ;;
    --runs) runs=$2; shift 2 ;;
    --no-nx) nx=0; shift ;;
    --no-measures) measures_too=0; shift ;;
    --no-build) build_too=0; shift ;;
    -*) echo "usage: scripts/bench.sh [--quick] [--runs N] [--no-build] [--no-measures] [--no-nx] [ERGRAPH]" >&2; exit 2 ;;
    *) break ;;
  esac
done
ergraph=${1:-build/ergraph}
[ -x "$ergraph" ] || { echo "bench: no ergraph at '$ergraph' (build it first)" >&2; exit 1; }
igr=$(dirname "$ergraph")/erg-bench-igraph
[ -x "$igr" ] || { echo "bench: no erg-bench-igraph beside '$ergraph' (build it first)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is missing (apt-get install time)" >&2; exit 1; }
export ERGRAPH_DATA=$PWD/data
py=/usr/bin/python3
cache=build-bench
realnews=${REALNEWS:-../shared/realnews}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$cache"

if [ "$quick" = 1 ]; then
  mb=5 real_mb=10 nodes=300 links=4000
else
  mb=100 real_mb=200 nodes=1000 links=40000
fi

load() { cut -d' ' -f1 /proc/loadavg; }
median() { sort -g | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", (b > 0 ? a / b : 0) }'; }

# corpus MB ENTITIES [DENSITY]: the cached corpus's folder (generated on first use), seed 1.
corpus() {
  local dir=$cache/corpus-${1}mb-${2}${3:+-d$3}
  if [ ! -f "$dir/done" ]; then
    rm -rf "$dir"
    "$py" scripts/gen-corpus --seed 1 --mb "$1" --entities "$2" ${3:+--density "$3"} \
      --out "$dir" >&2
    touch "$dir/done"
  fi
  echo "$dir"
}

# timed OUT CMD...: runs CMD under /usr/bin/time; appends "seconds cpu% KB cpu-seconds"
# to OUT (the seconds from bash's clock, to the millisecond: time's are hundredths;
# cpu-seconds user + system, children included).
timed() {
  local out=$1 t0 t1
  shift
  t0=$EPOCHREALTIME
  if ! /usr/bin/time -f '%P %M %U %S' -o "$tmp/time" "$@" >"$tmp/out" 2>"$tmp/err"; then
    echo "bench: '$*' failed:" >&2
    tail -5 "$tmp/err" >&2
    exit 1
  fi
  t1=$EPOCHREALTIME
  awk -v a="$t0" -v b="$t1" '{printf "%.3f %s %s %.2f\n", b - a, $1, $2, $3 + $4}' \
    <(tr -d '%' <"$tmp/time") >>"$out"
}

# row LABEL DIR [BUILD OPTIONS...]: wc -w and build on DIR, $runs times in turn.
row() {
  local label=$1 dir=$2
  shift 2
  local l n b
  l=$(load)
  read -r n b < <(find "$dir" -type f -printf '%s\n' | awk '{n++; b += $1} END {print n, b}')
  find "$dir" -type f -print0 | xargs -0 cat >/dev/null # into the page cache
  rm -f "$tmp/wc" "$tmp/build"
  for _ in $(seq "$runs"); do
    timed "$tmp/wc" sh -c 'find "$1" -type f -print0 | xargs -0 cat | wc -w' sh "$dir"
    timed "$tmp/build" "$ergraph" build --quiet "$@" "$dir" -o "$tmp/graph.json"
  done
  local wc bs cpu kb wcc bc
  wc=$(cut -d' ' -f1 "$tmp/wc" | median)
  bs=$(cut -d' ' -f1 "$tmp/build" | median)
  wcc=$(cut -d' ' -f4 "$tmp/wc" | median)
  bc=$(cut -d' ' -f4 "$tmp/build" | median)
  cpu=$(cut -d' ' -f2 "$tmp/build" | median)
  kb=$(cut -d' ' -f3 "$tmp/build" | sort -g | tail -1)
  printf '| %-40s | %4.0f | %6d | %6.2f | %6.2f | %5s× | %6.2f | %6.2f | %5s× | %3s%% | %4.0f | %5s |\n' \
    "$label" "$(awk -v b="$b" 'BEGIN {print b / 1e6}')" "$n" "$wc" "$bs" "$(ratio "$bs" "$wc")" \
    "$wcc" "$bc" "$(ratio "$bc" "$wcc")" "$cpu" "$(awk -v k="$kb" 'BEGIN {print k / 1024}')" "$l"
}

echo "$("$ergraph" --version | head -1), $(nproc) cores, $(date -u '+%Y-%m-%d %H:%M UTC'), load average $(load) at the start"
if [ "$build_too" = 1 ]; then
echo "medians of $runs run(s); build with its default --jobs ($(nproc)); cat | wc -w measured in the same run"
echo
echo "| corpus                                   |   MB | articles | wc -w s | build s |  ratio | wc -w CPU s | build CPU s | CPU ratio | build CPU | peak MB |  load |"
echo "|------------------------------------------|-----:|-------:|-------:|-------:|-------:|-------:|-------:|-------:|-----:|-----:|------:|"
for ents in 1000 10000; do
  for dens in "" 3; do
    dir=$(corpus "$mb" "$ents" "$dens")
    row "gen-corpus, $ents entities, density ${dens:-1.3}" "$dir/corpus" --gazetteer "$dir/gazetteer.json"
  done
done
if [ -d "$realnews/id" ] && [ -d "$realnews/en" ]; then
  # whole copies of both languages' folders until real_mb MB
  one=$(find "$realnews/id" "$realnews/en" -type f -printf '%s\n' | awk '{b += $1} END {print b}')
  copies=$(awk -v o="$one" -v m="$real_mb" 'BEGIN {c = int(m * 1e6 / o + 0.5); print (c > 0 ? c : 1)}')
  for i in $(seq -w 1 "$copies"); do
    mkdir -p "$tmp/real/$i"
    cp -r "$realnews/id" "$realnews/en" "$tmp/real/$i/"
  done
  row "real news, id + en, both models" "$tmp/real"
  rm -rf "$tmp/real"
else
  echo "| real news: skipped, no $realnews/id and en (set REALNEWS=DIR) | | | | | | | | | | | |"
fi
fi

# ---- 2. the measures -------------------------------------------------------
if [ "$measures_too" = 1 ]; then
export OMP_NUM_THREADS=1
net=$cache/network-$nodes-$links.json
[ -f "$net" ] || "$py" scripts/gen-network --nodes "$nodes" --links "$links" -o "$net" >&2
"$py" - "$net" "$tmp/edges" <<'EOF'
import json, sys
g = json.load(open(sys.argv[1]))
index = {v["id"]: i for i, v in enumerate(g["nodes"])}
with open(sys.argv[2], "w") as f:
    f.write("%d %d\n" % (len(index), len(g["links"])))
    for e in g["links"]:
        f.write("%d %d %s\n" % (index[e["source"]], index[e["target"]], e["weight"]))
EOF
measures="degree strength betweenness closeness harmonic pagerank eigenvector coreness clustering community"
# python-igraph and networkx, each measure: "NAME SECONDS" lines (NA when missing)
"$py" - "$tmp/edges" "$runs" "$measures" >"$tmp/py" 2>"$tmp/py.err" <<'EOF' || true
import statistics, sys, time
path, runs, names = sys.argv[1], int(sys.argv[2]), sys.argv[3].split()
with open(path) as f:
    n, m = map(int, f.readline().split())
    links = [(int(s), int(t), float(w)) for s, t, w in (l.split() for l in f)]
def timed(fn, k):
    out = []
    for _ in range(k):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return statistics.median(out)
try:
    import igraph
    g = igraph.Graph(n=n, edges=[(s, t) for s, t, _ in links])
    g.es["weight"] = [w for _, _, w in links]
    g.es["len"] = [1 / w for _, _, w in links]
    ig = {"degree": lambda: g.degree(), "strength": lambda: g.strength(weights="weight"),
          "betweenness": lambda: g.betweenness(weights="len"),
          "closeness": lambda: g.closeness(weights="len"),
          "harmonic": lambda: g.harmonic_centrality(weights="len"),
          "pagerank": lambda: g.pagerank(weights="weight"),
          "eigenvector": lambda: g.eigenvector_centrality(weights="weight"),
          "coreness": lambda: g.coreness(),
          "clustering": lambda: g.transitivity_local_undirected(mode="zero"),
          "community": lambda: g.community_multilevel(weights="weight")}
    for k in names:
        print("python-igraph", k, "%.6f" % timed(ig[k], runs))
except ImportError:
    print("bench: python3-igraph is missing (apt-get install python3-igraph): skipped", file=sys.stderr)
try:
    import networkx as nx
    G = nx.Graph()
    G.add_nodes_from(range(n))
    G.add_weighted_edges_from(links)
    for s, t, w in links:
        G[s][t]["len"] = 1 / w
    nxf = {"degree": lambda: dict(G.degree()), "strength": lambda: dict(G.degree(weight="weight")),
           "betweenness": lambda: nx.betweenness_centrality(G, weight="len"),
           "closeness": lambda: nx.closeness_centrality(G, distance="len"),
           "harmonic": lambda: nx.harmonic_centrality(G, distance="len"),
           "pagerank": lambda: nx.pagerank(G, weight="weight"),
           "eigenvector": lambda: nx.eigenvector_centrality(G, weight="weight", max_iter=1000),
           "coreness": lambda: nx.core_number(G),
           "clustering": lambda: nx.clustering(G),
           "community": lambda: nx.community.louvain_communities(G, weight="weight", seed=1)}
    for k in names:
        print("networkx", k, "%.6f" % timed(nxf[k], 1))
except ImportError:
    print("bench: python3-networkx is missing (apt-get install python3-networkx): skipped", file=sys.stderr)
EOF
sed 's/^/  /' "$tmp/py.err"

# ergraph stats --jobs 1 with these measures: the median seconds of $runs runs.
stats_time() {
  rm -f "$tmp/st"
  for _ in $(seq "$runs"); do
    timed "$tmp/st" "$ergraph" stats "$net" --jobs 1 --measures "$1" --community louvain \
      --restarts 1 --format csv -o "$tmp/stats.csv"
  done
  cut -d' ' -f1 "$tmp/st" | median
}
echo
echo "measures on $nodes nodes and $links links (scripts/gen-network), seconds, medians of $runs run(s), load average $(load) at the start:"
echo
base=$(stats_time component)
echo "| measure      | ergraph stats | ergraph's share | igraph alone | ergraph / igraph | python-igraph | networkx |"
echo "|--------------|--------------:|----------------:|-------------:|-----------------:|--------------:|---------:|"
for m in $measures; do
  total=$(stats_time "$m")
  share=$(awk -v t="$total" -v b="$base" 'BEGIN {d = t - b; print (d > 0 ? d : 0)}')
  alone=$("$igr" "$tmp/edges" "$m" "$runs")
  pig=$(awk -v m="$m" '$1 == "python-igraph" && $2 == m {print $3}' "$tmp/py")
  pnx=$(awk -v m="$m" '$1 == "networkx" && $2 == m {print $3}' "$tmp/py")
  printf '| %-12s | %13.3f | %15.3f | %12.3f | %16s | %13s | %8s |\n' "$m" "$total" "$share" \
    "$alone" "$(awk -v s="$share" -v a="$alone" 'BEGIN { if (a >= 0.02) printf "%.2f", s / a; else print "(too short)" }')" \
    "${pig:-–}" "${pnx:-–}"
done
echo
echo "- ergraph stats with \`component\` alone (reading the file, the summary, the output): $base s"
unset OMP_NUM_THREADS
fi

# ---- 3. the whole job against networkx --------------------------------------
if [ "$nx" = 1 ]; then
  small=$(corpus 20 1000)
  rm -f "$tmp/b" "$tmp/s" "$tmp/n"
  timed "$tmp/b" "$ergraph" build --gazetteer "$small/gazetteer.json" "$small/corpus" -o "$tmp/small.json"
  timed "$tmp/s" "$ergraph" stats "$tmp/small.json" --community louvain --restarts 1 --format csv -o "$tmp/small.csv" \
    --measures degree,strength,betweenness,closeness,pagerank,eigenvector,clustering,community
  timed "$tmp/n" "$py" scripts/nx-pipeline --gazetteer "$small/gazetteer.json" "$small/corpus" \
    --stats "$tmp/small-nx.csv" --compare "$tmp/small.json"
  b=$(cut -d' ' -f1 "$tmp/b") s=$(cut -d' ' -f1 "$tmp/s") n=$(cut -d' ' -f1 "$tmp/n")
  echo
  echo "whole job on 20 MB, 1,000 entities (load average $(load) at the end): ergraph build $b s + stats $s s;" \
    "nx-pipeline $n s: $(ratio "$n" "$(awk -v a="$b" -v c="$s" 'BEGIN {print a + c}')")× faster"
  sed 's/^/  /' "$tmp/err" | grep 'nx-pipeline' || true
  head -2 "$tmp/out" | sed 's/^/  /'
fi

# 4. (unless --quick) big networks: peak memory and read time (scripts/bench-memory)
if [ "$quick" = 0 ]; then echo; scripts/bench-memory "$ergraph"; fi
