# One layout per run: every picture of `run`, and a later `render` of its
# network with the same options, show each entity at the same place: node
# centres compared between the SVG, the page and the laid-out DOT, and the
# PNG's pixel at each node's centre is that node's fill.
. "$(dirname "$0")/lib.sh"
cd "$SRC" || exit 1

opts=(--size degree --color community)
run "$ERGRAPH" run data/corpus --outdir "$TMP/run" "${opts[@]}"
expect_status 0
for f in svg html dot png; do
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
finish
