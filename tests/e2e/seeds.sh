# The seed articles beside the project, against their hand-made gold standard.
. "$(dirname "$0")/lib.sh"
SEEDS="$SRC/../shared/seeds"
if [ ! -f "$SEEDS/gold.json" ]; then
  echo "skipped: no seed articles at ../shared/seeds"
  exit 77
fi

run "$ERGRAPH" run "$SEEDS" --outdir "$TMP/res"
expect_status 0
expect_err_has "skipping '$SEEDS/gold.json': not an array of articles"
run "$ERGRAPH" entities "$SEEDS"
expect_status 0
cp "$TMP/out" "$TMP/entities.jsonl"
check "gold standard" "$PY" "$SRC/tests/ref/gold_check.py" "$SEEDS/gold.json" "$TMP/entities.jsonl" "$TMP/res/graph.json"
grep -E "^(gold|fail)" "$TMP/check.out"
run "$ERGRAPH" stats --format json "$TMP/res/graph.json" -o "$TMP/stats.json"
check "seed stats agree with networkx" "$PY" "$SRC/tests/ref/nx_check.py" "$TMP/res/graph.json" "$TMP/stats.json" --rtol 1e-9 --atol 1e-12
py "five articles: the folder's README is not one" 'import json, sys; m = json.load(open(sys.argv[1]))["graph"]; assert m["articles"] == 5, m' "$TMP/res/graph.json"
py "svg is well-formed XML" 'import sys, xml.etree.ElementTree as ET; ET.parse(sys.argv[1])' "$TMP/res/graph.svg"
check "dot is read back by Graphviz" dot -Tcanon -o /dev/null "$TMP/res/graph.dot"
finish
