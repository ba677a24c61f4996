#!/usr/bin/env bash
# Fuzzes ergraph's readers and writers with libFuzzer (clang, AddressSanitizer
# and UndefinedBehaviorSanitizer): the article reader, the segmenter and
# recognizer, the gazetteer loader, the graph JSON loader, the part reader,
# and the writers (every export and picture format read back by its own
# format's reader).
#   scripts/fuzz.sh SECONDS [TARGET...]   each target for SECONDS (default all six)
# Needs Debian's clang and libclang-rt-14-dev. Builds into build-fuzz/; the
# growing corpora live in build-fuzz/corpus/TARGET, crashes in
# build-fuzz/crashes/TARGET. A crash fails the run: copy the input into
# tests/fuzz/seeds/TARGET/ once fixed, so the test suite replays it.
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:?usage: scripts/fuzz.sh SECONDS [TARGET...]}
shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(corpus recognize gazetteer graph part writers)

CC=clang cmake -S . -B build-fuzz -DERGRAPH_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build-fuzz -j"$(nproc)" --target "${targets[@]/#/fuzz_}" >/dev/null

export ERGRAPH_DATA="$PWD/data"
# the targets' temporary folders, removed however a target ends
TMPDIR=$(mktemp -d "$PWD/build-fuzz/tmp.XXXXXX")
export TMPDIR
trap 'rm -rf "$TMPDIR"' EXIT
export ASAN_OPTIONS=detect_leaks=1
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp"
status=0
printf '%-10s %12s %8s %8s %8s  %s\n' target executions exec/s cov features result
for t in "${targets[@]}"; do
  corpus=build-fuzz/corpus/$t crashes=build-fuzz/crashes/$t
  mkdir -p "$corpus" "$crashes"
  log=build-fuzz/fuzz-$t.log
  if build-fuzz/tests/fuzz_$t -max_total_time="$secs" -print_final_stats=1 -timeout=20 \
       -rss_limit_mb=4096 -artifact_prefix="$crashes/" "$corpus" "tests/fuzz/seeds/$t" >"$log" 2>&1; then
    result=ok
  else
    result="CRASH (see $log and $crashes)"
    status=1
  fi
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
  ft=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
  printf '%-10s %12s %8s %8s %8s  %s\n' "$t" "${runs:-?}" "${rate:-?}" "${cov:-?}" "${ft:-?}" "$result"
done
exit $status
