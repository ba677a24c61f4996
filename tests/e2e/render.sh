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
assert not any(t and ".." in t for t in texts), texts
for name in ("Kim Jong Un", "Vladimir Putin", "Korea Utara", "Sergei Lavrov"):
    assert name in texts, (name, texts)
caption = " ".join(t for t in texts if t)
assert "mini" in texts, texts
assert "3 articles, dated 2025-05-08. Entities linked when named in the same sentence; link weight = count." in caption, caption
assert "10 of 10 entities and 18 of 18 links shown." in caption, caption
for key in ("Colour: type", "person", "state", "Circle area: pagerank", "Line width: weight", "1 to 2"):
    assert key in texts, (key, texts)
titles = [t.text for t in root.iter("{http://www.w3.org/2000/svg}title")]
assert "Kim Jong Un" in titles
tips = [a.get("{http://www.w3.org/1999/xlink}title") for a in root.iter("{http://www.w3.org/2000/svg}a")]
assert any(t and t.startswith("Kim Jong Un\nperson, 4 mentions in 3 articles\npagerank 0.") for t in tips), tips
assert any(t and t.startswith("Vladimir Putin \u2013 Xi Jinping\nweight 2, together in 2 windows of 1 article\n\u201cPresiden Tiongkok Xi Jinping menerima") for t in tips), tips
' "$TMP/g.svg"
check "no overlaps, all inside the canvas" "$PY" tests/ref/svg_geometry.py "$TMP/g.svg"
check "dot is read back by Graphviz" sh -c "dot -Tjson '$TMP/g.dot' > '$TMP/dot.json'"
py "dot content" '
import json, sys
d = json.load(open(sys.argv[1]))
names = {o["name"] for o in d["objects"]}
assert len(names) == 10 and "Kim Jong Un" in names, names
assert len(d["edges"]) == 18
' "$TMP/dot.json"

# --format wins over the extension; every layout works
run "$ERGRAPH" render "$TMP/g.json" -o "$TMP/g.out" --format svg
expect_status 0
check "--format svg" grep -q "<svg" "$TMP/g.out"
for l in sfdp neato fdp; do
  run "$ERGRAPH" render "$TMP/g.json" -o "$TMP/l-$l.svg" --layout $l --size degree
  expect_status 0
  check "$l: no overlaps, all inside the canvas" "$PY" tests/ref/svg_geometry.py "$TMP/l-$l.svg"
done
# layouts that lose their shape once nodes are kept apart are not offered
for l in circo twopi dot; do
  run "$ERGRAPH" render "$TMP/g.json" -o "$TMP/l-$l.svg" --layout $l
  expect_status 2
  expect_err_has "ergraph render: layout '$l' is not offered: it loses its shape once nodes are kept apart (use sfdp, neato or fdp)"
done

# the style: circles whose area follows the measure whatever the name's
# length, the name under its circle (svg_geometry.py), community colours
# that are never type colours, and a PDF on an A4 or Letter landscape page
run "$ERGRAPH" build data/corpus -o "$TMP/sample.json"
run "$ERGRAPH" stats "$TMP/sample.json" --format json -o "$TMP/sample-stats.json"
for c in type community; do
  run "$ERGRAPH" render "$TMP/sample.json" -o "$TMP/style-$c.svg" --color $c --size degree
  expect_status 0
  check "sample, colour by $c: no overlaps, names under circles" "$PY" tests/ref/svg_geometry.py "$TMP/style-$c.svg"
done
py "circles, area by measure, two palettes" '
import json, sys, xml.etree.ElementTree as ET
S = "{http://www.w3.org/2000/svg}"
deg = {n["id"]: n["degree"] for n in json.load(open(sys.argv[3]))["nodes"]}
def nodes(path):
    out = {}
    for g in ET.parse(path).getroot().iter(S + "g"):
        if g.get("class") == "node":
            e = next(g.iter(S + "ellipse"))
            out[g.find(S + "title").text] = (float(e.get("rx")), float(e.get("ry")), e.get("fill"))
    return out
by_type, by_comm = nodes(sys.argv[1]), nodes(sys.argv[2])
assert all(abs(rx - ry) < 0.01 for rx, ry, _ in by_type.values()), "not circles"
top = max(deg.values())
big = {k: v for k, v in by_type.items() if deg[k] / top > 0.1}  # above the smallest size
ratios = [v[0] ** 2 / deg[k] for k, v in big.items()]
assert len(big) > 10 and max(ratios) / min(ratios) < 1.06, (len(big), min(ratios), max(ratios))
# a long name does not make a circle larger: equal degrees, equal circles
for a in by_type:
    for b in by_type:
        if deg[a] == deg[b]:
            assert abs(by_type[a][0] - by_type[b][0]) < 0.01, (a, b)
types = {f for _, _, f in by_type.values()}
comms = {f for _, _, f in by_comm.values()} - {"#bbbbbb"}
assert len(comms) >= 3 and not (types & comms), (types, comms)
' "$TMP/style-type.svg" "$TMP/style-community.svg" "$TMP/sample-stats.json"
for paper in a4 letter; do
  run "$ERGRAPH" render "$TMP/sample.json" -o "$TMP/$paper.pdf" --paper $paper
  expect_status 0
done
py "PDF pages fit A4 and Letter landscape" '
import re, sys
for path, (w, h) in ((sys.argv[1], (842, 595)), (sys.argv[2], (792, 612))):
    boxes = re.findall(rb"/MediaBox \[ 0 0 (\d+) (\d+) \]", open(path, "rb").read())
    assert len(boxes) == 1, (path, boxes)
    bw, bh = map(int, boxes[0])
    assert bw <= w + 1 and bh <= h + 1 and (abs(bw - w) <= 1 or abs(bh - h) <= 1), (path, bw, bh)
' "$TMP/a4.pdf" "$TMP/letter.pdf"
run "$ERGRAPH" render "$TMP/sample.json" -o "$TMP/x.pdf" --paper a3
expect_status 2
expect_err_has "unknown paper 'a3' (use a4 or letter)"

# --max-nodes keeps the strongest by the size measure (ties by id), --labels
# labels the strongest of those; the caption says so
run "$ERGRAPH" stats "$TMP/g.json" --format json --sort mentions -o "$TMP/stats.json"
run "$ERGRAPH" render "$TMP/g.json" -o "$TMP/top.svg" --size mentions --max-nodes 4 --labels 2
expect_status 0
py "--max-nodes 4 --labels 2" '
import json, sys, xml.etree.ElementTree as ET
S = "{http://www.w3.org/2000/svg}"
g = json.load(open(sys.argv[2]))
want = sorted(g["nodes"], key=lambda n: (-n["mentions"], n["id"]))[:4]
root = ET.parse(sys.argv[1]).getroot()
nodes = [e for e in root.iter(S + "g") if e.get("class") == "node"]
drawn = [e.find(S + "title").text for e in nodes]
assert sorted(drawn) == sorted(n["id"] for n in want), (drawn, want)
labelled = {e.find(S + "title").text for e in nodes if e.find(".//" + S + "text") is not None}
assert labelled == {n["id"] for n in want[:2]}, labelled
ids = {n["id"] for n in want}
links = [l for l in g["links"] if l["source"] in ids and l["target"] in ids]
assert len([e for e in root.iter(S + "g") if e.get("class") == "edge"]) == len(links)
texts = " ".join(t.text or "" for t in root.iter(S + "text"))
assert "4 of 10 entities and %d of 18 links shown (the 4 strongest by mentions); the 2 smaller are unlabelled (the HTML page names them)." % len(links) in texts, texts
' "$TMP/top.svg" "$TMP/g.json"

# the HTML page: one file, the SVG inline, the data escaped, no outside resource
run "$ERGRAPH" render "$TMP/g.json" -o "$TMP/g.html"
expect_status 0
check "html has no outside reference" sh -c "! grep -Eq '(src|href)=\"(https?:)?//' '$TMP/g.html'"

# option errors
# colour by community: the legend names each community after its strongest
# member, and every node of one community has one colour
run "$ERGRAPH" render "$TMP/g.json" -o "$TMP/comm.svg" --color community
expect_status 0
run "$ERGRAPH" stats "$TMP/g.json" --format json -o "$TMP/comm.json"
py "community colours follow the partition" '
import json, sys, xml.etree.ElementTree as ET
S = "{http://www.w3.org/2000/svg}"
root = ET.parse(sys.argv[1]).getroot()
stats = {n["id"]: n for n in json.load(open(sys.argv[2]))["nodes"]}
texts = [t.text for t in root.iter(S + "text") if t.text]
assert "Colour: community" in texts, texts
fill = {}
for g in root.iter(S + "g"):
    if g.get("class") != "node":
        continue
    title = g.find(S + "title").text
    shape = next(e for e in g.iter() if e.tag in (S + "ellipse", S + "polygon"))
    fill[title] = shape.get("fill")
by_comm = {}
for name, colour in fill.items():
    by_comm.setdefault(stats[name]["community"], set()).add(colour)
assert all(len(c) == 1 for c in by_comm.values()), by_comm
assert len({next(iter(c)) for c in by_comm.values()}) == len(by_comm), by_comm
' "$TMP/comm.svg" "$TMP/comm.json"
run "$ERGRAPH" render "$TMP/g.json" -o "$TMP/x.svg" --color shape
expect_status 2
expect_err_has "ergraph render: unknown colouring 'shape' (use type or community)"
run "$ERGRAPH" render "$TMP/g.json" -o "$TMP/x.svg" --max-nodes many
expect_status 2
expect_err_has "ergraph render: --max-nodes needs a count, not 'many'"
run "$ERGRAPH" render "$TMP/g.json" -o "$TMP/x.svg" --size fame
expect_status 2
expect_err_has "ergraph render: unknown measure 'fame'"
check "no output after errors" test ! -e "$TMP/x.svg"

# untrusted names: every output parses and shows the name as text
run "$ERGRAPH" build --gazetteer tests/data/hostile-gazetteer.json --window document tests/data/hostile.txt -o "$TMP/h.json"
expect_status 0
for f in svg dot html; do
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

py "hostile names in HTML" '
import html.parser, json, sys
names = ["<script>alert(1)</script>", "back\\slash \"quoted\"", "A & B", "Ким Чен Ын", "金正恩", "Line\nBreak, Inc."]
class P(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.scripts, self.titles, self.data = [], 0, [], None
    def handle_starttag(self, tag, attrs):
        self.stack.append(tag)
        self.scripts += tag == "script"
        if tag == "script" and ("id", "ergraph-data") in attrs:
            self.data = ""
    def handle_endtag(self, tag):
        self.stack.pop()
    def handle_data(self, d):
        if self.stack and self.stack[-1] == "title":
            self.titles.append(d)
        if self.stack and self.stack[-1] == "script" and self.data is not None and self.data == "":
            self.data = d
p = P()
text = open(sys.argv[1], encoding="utf-8").read()
p.feed(text)
assert p.scripts == 2, p.scripts
for n in names:
    assert n in p.titles, (n, p.titles)
raw = p.data
assert "</" not in raw and "<" not in raw and "\u2028" not in raw, raw[:200]
data = json.loads(raw)
assert sorted(n["name"] for n in data["nodes"]) == sorted(names)
' "$TMP/h.html"

no_leftovers "$TMP"
finish
