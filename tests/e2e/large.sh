# A 5,000-entity network renders: the picture shows the 150 strongest by
# PageRank (ties by id), and says so.
. "$(dirname "$0")/lib.sh"
cd "$SRC" || exit 1

"$PY" tests/ref/gen_network.py 5000 "$TMP/big.json"
run "$ERGRAPH" render "$TMP/big.json" -o "$TMP/big.svg"
expect_status 0
run "$ERGRAPH" stats "$TMP/big.json" --format csv --top 150 -o "$TMP/top.csv"
py "the 150 strongest, and the caption says so" '
import csv, sys, xml.etree.ElementTree as ET
S = "{http://www.w3.org/2000/svg}"
root = ET.parse(sys.argv[1]).getroot()
drawn = {g.find(S + "title").text for g in root.iter(S + "g") if g.get("class") == "node"}
top = {r["id"] for r in csv.DictReader(open(sys.argv[2]))}
assert len(drawn) == 150 and drawn == top, (len(drawn), sorted(drawn - top)[:5])
texts = " ".join(t.text or "" for t in root.iter(S + "text"))
assert "150 of 5000 entities and " in texts and "(the 150 strongest by pagerank); the 90 smaller are unlabelled" in texts, texts
' "$TMP/big.svg" "$TMP/top.csv"
check "no overlaps, all inside the canvas" "$PY" tests/ref/svg_geometry.py "$TMP/big.svg"
# the same network gives the same numbers, to the last digit, run after run
for i in 1 2 3; do
  env -u OMP_NUM_THREADS "$ERGRAPH" stats "$TMP/big.json" --measures pagerank,eigenvector --format csv --jobs 1 -o "$TMP/pr$i.csv"
done
check "stats the same run to run" sh -c "cmp '$TMP/pr1.csv' '$TMP/pr2.csv' && cmp '$TMP/pr1.csv' '$TMP/pr3.csv'"
finish
