# ergraph render: SVG, PNG, PDF and DOT through Graphviz, names escaped.
. "$(dirname "$0")/lib.sh"
cd "$SRC" || exit 1

run "$ERGRAPH" build tests/data/mini -o "$TMP/g.json"
for f in svg png pdf dot; do
  run "$ERGRAPH" render "$TMP/g.json" -o "$TMP/g.$f"
  expect_status 0
done
check "png magic" sh -c "head -c 8 '$TMP/g.png' | od -An -tx1 | grep -q '89 50 4e 47 0d 0a 1a 0a'"
check "pdf magic" sh -c "head -c 5 '$TMP/g.pdf' | grep -q '%PDF-'"
py "svg" '
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
ns = {"s": "http://www.w3.org/2000/svg"}
texts = [t.text for t in root.iter("{http://www.w3.org/2000/svg}text")]
for name in ("Kim Jong Un", "Vladimir Putin", "North Korea", "Sergei Lavrov"):
    assert name in texts, (name, texts)
assert any(t and t.startswith("12 entities, 22 links from 3 articles") for t in texts), texts
titles = [t.text for t in root.iter("{http://www.w3.org/2000/svg}title")]
assert "Kim Jong Un" in titles
tips = [a.get("{http://www.w3.org/1999/xlink}title") for a in root.iter("{http://www.w3.org/2000/svg}a")]
assert any(t and t.startswith("Kim Jong Un (person): 4 mentions in 3 articles") for t in tips), tips
' "$TMP/g.svg"
check "dot is read back by Graphviz" sh -c "dot -Tjson '$TMP/g.dot' > '$TMP/dot.json'"
py "dot content" '
import json, sys
d = json.load(open(sys.argv[1]))
names = {o["name"] for o in d["objects"]}
assert len(names) == 12 and "Kim Jong Un" in names, names
assert len(d["edges"]) == 22
' "$TMP/dot.json"

# --format wins over the extension; every layout works
run "$ERGRAPH" render "$TMP/g.json" -o "$TMP/g.out" --format svg
expect_status 0
check "--format svg" grep -q "<svg" "$TMP/g.out"
for l in sfdp neato fdp circo twopi dot; do
  run "$ERGRAPH" render "$TMP/g.json" -o "$TMP/l-$l.svg" --layout $l --size degree
  expect_status 0
done

# untrusted names: every output parses and shows the name as text
run "$ERGRAPH" build --gazetteer tests/data/hostile-gazetteer.json --window document tests/data/hostile.txt -o "$TMP/h.json"
expect_status 0
for f in svg dot; do
  run "$ERGRAPH" render "$TMP/h.json" -o "$TMP/h.$f"
  expect_status 0
done
py "hostile names in SVG" '
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
assert not list(root.iter("{http://www.w3.org/2000/svg}script")) and not list(root.iter("script"))
texts = " ".join(t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text"))
for name in ("<script>alert(1)</script>", "back\\slash \"quoted\"", "A & B", "Ким Чен Ын", "金正恩"):
    assert name in texts, (name, texts)
' "$TMP/h.svg"
check "hostile dot read back" sh -c "dot -Tjson '$TMP/h.dot' > '$TMP/hdot.json'"
py "hostile names in DOT" '
import json, sys
names = {o["name"] for o in json.load(open(sys.argv[1]))["objects"]}
want = {"<script>alert(1)</script>", "back\\slash \"quoted\"", "A & B", "Ким Чен Ын", "金正恩", "Line\nBreak, Inc."}
assert names == want, names
' "$TMP/hdot.json"

no_leftovers "$TMP"
finish
