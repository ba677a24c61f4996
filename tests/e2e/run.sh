# ergraph run: build, stats and render in one go, the same as the parts.
. "$(dirname "$0")/lib.sh"
cd "$SRC" || exit 1

run "$ERGRAPH" run data/corpus --outdir "$TMP/dir"
expect_status 0
expect_err_has "entities"
for f in graph.json stats.csv graph.dot graph.svg graph.png; do
  check "run wrote $f" test -s "$TMP/dir/$f"
done
run "$ERGRAPH" build data/corpus -o "$TMP/g.json"
check "run's graph.json is build's" cmp "$TMP/g.json" "$TMP/dir/graph.json"
run "$ERGRAPH" stats --format csv "$TMP/g.json"
check "run's stats.csv is stats --format csv" cmp "$TMP/out" "$TMP/dir/stats.csv"
run "$ERGRAPH" render "$TMP/g.json" -o "$TMP/g.dot"
check "run's graph.dot is render's" cmp "$TMP/g.dot" "$TMP/dir/graph.dot"
no_leftovers "$TMP/dir"
finish
