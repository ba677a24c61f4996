#!/usr/bin/env bash
# Speed and memory of ergraph against the cost of reading the text (wc -w) and
# against the same job in Python with networkx (scripts/nx-pipeline), on corpora
# scripts/gen-corpus writes (cached in build-bench/, which git ignores).
#   scripts/bench.sh [--quick] [ERGRAPH]      (default: build/ergraph)
#
# Full: a 200 MB corpus with 10,000 entities (wc -w, ergraph build) and a 20 MB
# corpus with 1,000 entities (wc -w, ergraph build, ergraph stats, nx-pipeline).
# --quick: 5 MB with 1,000 entities and 1 MB with 300, under a minute.
# Every stage runs under /usr/bin/time (elapsed seconds, peak resident memory) on
# files already in the page cache, so that every stage reads from memory alike.
# stats computes the measures nx-pipeline does (Louvain, one start), so that the
# two do the same job; nx-pipeline also checks that both networks are the same.
set -euo pipefail
cd "$(dirname "$0")/.."

quick=0
if [ "${1:-}" = "--quick" ]; then quick=1; shift; fi
ergraph=${1:-build/ergraph}
[ -x "$ergraph" ] || { echo "bench: no ergraph at '$ergraph' (build it first)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is missing (apt-get install time)" >&2; exit 1; }
export ERGRAPH_DATA=$PWD/data
py=/usr/bin/python3
cache=build-bench
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$cache"

if [ "$quick" = 1 ]; then
  big_mb=5 big_ents=1000 small_mb=1 small_ents=300
else
  big_mb=200 big_ents=10000 small_mb=20 small_ents=1000
fi
measures=degree,strength,betweenness,closeness,pagerank,eigenvector,clustering,community

# corpus MB ENTITIES: the cached corpus's folder (generated on first use), seed 1.
corpus() {
  local dir=$cache/corpus-${1}mb-${2}
  if [ ! -f "$dir/done" ]; then
    rm -rf "$dir"
    "$py" scripts/gen-corpus --seed 1 --mb "$1" --entities "$2" --out "$dir" >&2
    touch "$dir/done"
  fi
  echo "$dir"
}

# size DIR: "ARTICLES BYTES" of the corpus (one article per .txt file).
size() { find "$1/corpus" -name '*.txt' -printf '%s\n' | awk '{n++; b += $1} END {print n, b}'; }

declare -A secs mem
# stage KEY LABEL ARTICLES BYTES CMD...: runs CMD under /usr/bin/time, prints a row.
stage() {
  local key=$1 label=$2 n=$3 bytes=$4
  shift 4
  if ! /usr/bin/time -f '%e %M' -o "$tmp/time" "$@" >"$tmp/out" 2>"$tmp/err"; then
    echo "bench: $label failed:" >&2
    cat "$tmp/err" >&2
    exit 1
  fi
  read -r s kb <"$tmp/time"
  secs[$key]=$s
  mem[$key]=$kb
  awk -v l="$label" -v s="$s" -v kb="$kb" -v n="$n" -v b="$bytes" 'BEGIN {
    t = s > 0 ? s : 0.01
    printf "| %-34s | %8.2f | %8.1f | %10.0f | %8.0f |\n", l, s, b / 1e6 / t, n / t, kb / 1024 }'
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", (b > 0 ? a / b : 0) }'; }

big=$(corpus "$big_mb" "$big_ents")
small=$(corpus "$small_mb" "$small_ents")
read -r big_n big_b < <(size "$big")
read -r small_n small_b < <(size "$small")

echo "$("$ergraph" --version | head -1), $(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg) at the start, $(date -u +%Y-%m-%d)"
echo
echo "| stage                              |  seconds |     MB/s | articles/s |  peak MB |"
echo "|------------------------------------|---------:|---------:|-----------:|---------:|"
for c in big small; do
  dir=${!c}
  n=${c}_n b=${c}_b
  label="${c/big/${big_mb} MB}"
  label="${label/small/${small_mb} MB}"
  find "$dir/corpus" -type f -print0 | xargs -0 cat >/dev/null   # into the page cache
  stage "${c}_wc" "$label: wc -w (floor)" "${!n}" "${!b}" \
    sh -c 'find "$1" -type f -print0 | xargs -0 wc -w' sh "$dir/corpus"
  stage "${c}_build" "$label: ergraph build" "${!n}" "${!b}" \
    "$ergraph" build --gazetteer "$dir/gazetteer.json" "$dir/corpus" -o "$tmp/$c.json"
done
stage small_stats "$small_mb MB: ergraph stats" "$small_n" "$small_b" \
  "$ergraph" stats "$tmp/small.json" --measures "$measures" --community louvain --restarts 1 \
  --format csv -o "$tmp/small.csv"
stage small_nx "$small_mb MB: nx-pipeline (all stages)" "$small_n" "$small_b" \
  "$py" scripts/nx-pipeline --gazetteer "$small/gazetteer.json" "$small/corpus" \
  --stats "$tmp/small-nx.csv" --compare "$tmp/small.json"
nx_stages=$(grep '^nx-pipeline' "$tmp/err" | sed 's/^nx-pipeline: /  /')
nx_measures=$(grep -o 'total [0-9.]* s' "$tmp/err" | tr -dc '0-9.')
same=$(head -2 "$tmp/out" | sed 's/^/  /')

ergraph_small=$(awk -v a="${secs[small_build]}" -v b="${secs[small_stats]}" 'BEGIN { print a + b }')
echo
echo "- corpora: $big_mb MB = $big_n articles, $big_ents entities; $small_mb MB = $small_n articles, $small_ents entities (scripts/gen-corpus --seed 1)"
echo "- ergraph build / wc -w: $(ratio "${secs[big_build]}" "${secs[big_wc]}")x on $big_mb MB, $(ratio "${secs[small_build]}" "${secs[small_wc]}")x on $small_mb MB"
echo "- nx-pipeline / (ergraph build + stats) on $small_mb MB: $(ratio "${secs[small_nx]}" "$ergraph_small")x ($ergraph_small s against ${secs[small_nx]} s)"
echo "- measures alone: networkx $nx_measures s against ergraph stats ${secs[small_stats]} s: $(ratio "$nx_measures" "${secs[small_stats]}")x"
echo "- nx-pipeline's own stages:"
echo "$nx_stages"
echo "- the same network both ways (nx-pipeline --compare):"
echo "$same"
if [ "$quick" = 0 ]; then echo; scripts/bench-memory "$ergraph"; fi # big networks: peak memory, read time
