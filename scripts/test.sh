#!/usr/bin/env bash
# The whole test suite, as CI runs it (after scripts/setup.sh):
#   1. ctest on the ordinary build (build/);
#   2. the same tests on an AddressSanitizer + UndefinedBehaviorSanitizer
#      build (build-asan/);
#   3. valgrind --leak-check=full on `ergraph run --jobs 1` and `ergraph
#      entities --jobs 1` over the sample corpus: no errors (an uninitialised
#      option once went unseen in entities) and no definite leaks
#      (tests/valgrind.supp lists the caches fontconfig keeps and the
#      HTML-label leak of Graphviz 2.42: not ergraph's); then `stats --jobs 2`,
#      worker processes included: no errors.
#   scripts/test.sh --quick   step 1 only
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== tests (build/)"
ctest --test-dir build --output-on-failure
[ "${1:-}" = --quick ] && exit 0

echo "== tests under AddressSanitizer and UndefinedBehaviorSanitizer (build-asan/)"
cmake -S . -B build-asan -DERGRAPH_SANITIZE=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build-asan -j"$(nproc)" >/dev/null
ctest --test-dir build-asan --output-on-failure

echo "== valgrind on ergraph run and ergraph entities data/corpus"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
valgrind --quiet --leak-check=full --show-leak-kinds=definite --errors-for-leak-kinds=definite --error-exitcode=1 \
  --suppressions=tests/valgrind.supp ./build/ergraph run data/corpus --outdir "$out" --jobs 1
valgrind --quiet --leak-check=full --show-leak-kinds=definite --errors-for-leak-kinds=definite --error-exitcode=1 \
  --suppressions=tests/valgrind.supp ./build/ergraph entities data/corpus --jobs 1 -o "$out/entities.jsonl"
# the path measures' worker processes end with _exit, leaving the parent's
# memory to the parent: their memory errors count, their "leaks" do not
valgrind --quiet --leak-check=no --error-exitcode=1 \
  ./build/ergraph stats "$out/graph.json" --jobs 2 --measures betweenness,closeness,harmonic -o "$out/paths.tsv"
echo "valgrind: no errors, no definite leaks"
