# One layout per run: every picture of `run`, and a later `render` of its
# network with the same options, show each entity at the same place: node
# centres compared between the SVG, the page and the laid-out DOT, the
# PNG's pixel at each node's centre is that node's fill, and the PDF's names
# are where the SVG's are, scaled to the paper.
. "$(dirname "$0")/lib.sh"
cd "$SRC" || exit 1

opts=(--size degree --color community)
run "$ERGRAPH" run data/corpus --outdir "$TMP/run" "${opts[@]}"
expect_status 0
for f in svg html dot png pdf; do
  run "$ERGRAPH" render "$TMP/run/graph.json" -o "$TMP/later.$f" "${opts[@]}"
  expect_status 0
done

py "the same places in every picture" '
import sys
from positions import positions, svg_nodes, png_pixels
d = sys.argv[1]
ref = positions(d + "/run/graph.svg")
assert len(ref) == 54, len(ref)
for f in ("run/graph.html", "run/graph.dot", "later.svg", "later.html", "later.dot"):
    got = positions(d + "/" + f)
    assert got.keys() == ref.keys(), f
    far = [k for k in ref if max(abs(a - b) for a, b in zip(ref[k], got[k])) > 0.1]
    assert not far, (f, far[:3], [(ref[k], got[k]) for k in far[:3]])
for svg, png in (("run/graph.svg", "run/graph.png"), ("later.svg", "later.png")):
    (tx, ty), nodes = svg_nodes(d + "/" + svg)
    w, h, px = png_pixels(d + "/" + png)
    s, wrong = 96 / 72, []
    for k, (cx, cy, ry, fill) in nodes.items():
        want = tuple(int(fill[i:i + 2], 16) for i in (1, 3, 5))
        got = px(round((cx + tx) * s), round((cy + ty) * s))
        if max(abs(a - b) for a, b in zip(got, want)) > 8:
            wrong.append((k, want, got))
    assert not wrong, (png, len(wrong), wrong[:3])
' "$TMP"
# The PDF page is the same drawing, scaled to the paper: the place of each
# name's first word on the page (pdftotext -bbox, poppler-utils) is one
# scale and offset away from its place in the SVG, for every name
py "the same places on the PDF page" '
import collections, html, re, subprocess, sys
d = sys.argv[1]
def fit(a, b):
    n = len(a); ma = sum(a) / n; mb = sum(b) / n
    s = sum((x - ma) * (y - mb) for x, y in zip(a, b)) / sum((x - ma) ** 2 for x in a)
    return s, max(abs(s * (x - ma) + mb - y) for x, y in zip(a, b))
for svg, pdf in (("run/graph.svg", "run/graph.pdf"), ("later.svg", "later.pdf")):
    names = collections.defaultdict(list)
    for x, y, t in re.findall(r"<g id=\"n\d+\" class=\"node\">.*?<text[^>]*x=\"([-\d.]+)\" y=\"([-\d.]+)\"[^>]*>([^<]*)</text>",
                              open(d + "/" + svg, encoding="utf-8").read(), re.S):
        names[html.unescape(t).split()[0]].append((float(x), float(y)))
    box = subprocess.run(["pdftotext", "-bbox", d + "/" + pdf, "-"], capture_output=True, text=True, check=True).stdout
    words = collections.defaultdict(list)
    for x0, y1, t in re.findall(r"<word xMin=\"([\d.]+)\" yMin=\"[\d.]+\" xMax=\"[\d.]+\" yMax=\"([\d.]+)\">([^<]*)</word>", box):
        words[html.unescape(t)].append((float(x0), float(y1)))
    keys = [k for k in names if len(names[k]) == 1 and len(words[k]) == 1]
    assert len(keys) >= 40, (pdf, len(keys))
    for axis in (0, 1):
        scale, worst = fit([names[k][0][axis] for k in keys], [words[k][0][axis] for k in keys])
        assert scale > 0 and worst < 2, (pdf, axis, scale, worst)
' "$TMP"
finish
