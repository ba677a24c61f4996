# ergraph run: build, stats and render in one go, the same as the parts.
. "$(dirname "$0")/lib.sh"
cd "$SRC" || exit 1

run "$ERGRAPH" run data/corpus --outdir "$TMP/dir"
expect_status 0
# (the first line: a sanitizer build adds its report of suppressions)
check "run's last line names the page" test "$(head -n 1 "$TMP/err")" = "ergraph: 54 entities, 157 links written to $TMP/dir/; open $TMP/dir/graph.html"
for f in graph.json stats.csv graph.dot graph.svg graph.png graph.pdf graph.html; do
  check "run wrote $f" test -s "$TMP/dir/$f"
done
run "$ERGRAPH" build data/corpus -o "$TMP/g.json"
check "run's graph.json is build's" cmp "$TMP/g.json" "$TMP/dir/graph.json"
run "$ERGRAPH" stats --format csv "$TMP/g.json"
check "run's stats.csv is stats --format csv" cmp "$TMP/out" "$TMP/dir/stats.csv"
run "$ERGRAPH" render "$TMP/g.json" -o "$TMP/g.dot"
check "run's graph.dot is render's" cmp "$TMP/g.dot" "$TMP/dir/graph.dot"
check "run's page holds its data" grep -q 'id="ergraph-data"' "$TMP/dir/graph.html"
no_leftovers "$TMP/dir"

# run takes every drawing option, and draws as render does with them
opts=(--color community --size degree --labels 5 --layout neato --title "Sampel" --caption "Uji")
run "$ERGRAPH" run data/corpus --outdir "$TMP/opts" "${opts[@]}"
expect_status 0
run "$ERGRAPH" render "$TMP/opts/graph.json" -o "$TMP/opts.dot" "${opts[@]}"
expect_status 0
check "run's graph.dot with options is render's" cmp "$TMP/opts.dot" "$TMP/opts/graph.dot"
check "run's drawing is coloured by community" grep -q 'Colour: community' "$TMP/opts/graph.svg"
check "run's page has its title" grep -qF '"title":"Sampel"' "$TMP/opts/graph.html"
# run's --max-nodes keeps the N strongest in the network, and draws them all
run "$ERGRAPH" run data/corpus --outdir "$TMP/few" --max-nodes 7
expect_status 0
check "run --max-nodes draws the network kept" grep -q '7 of 7 entities' "$TMP/few/graph.svg"
run "$ERGRAPH" run data/corpus --outdir "$TMP/bad" --color shape
expect_status 2
expect_err_has "unknown colouring 'shape'"
finish
