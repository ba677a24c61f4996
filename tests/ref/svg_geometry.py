"""svg_geometry.py SVG: checks a Graphviz drawing's geometry: no two boxes
overlap, of the nodes' circles and of their names (the pale ground under a
name), a node's name lies under its circle, and every node, link and text
lies inside the canvas (the viewBox). Prints "ok: N nodes" or exits 1
naming the fault."""
import re
import sys
import xml.etree.ElementTree as ET

NS = "{http://www.w3.org/2000/svg}"


def main(path):
    root = ET.parse(path).getroot()
    vx, vy, vw, vh = (float(v) for v in root.get("viewBox").split())
    top = root.find(NS + "g")
    m = re.search(r"translate\(([-\d.]+) ([-\d.]+)\)", top.get("transform", ""))
    tx, ty = (float(m.group(1)), float(m.group(2))) if m else (0.0, 0.0)
    inside = lambda x, y: vx - 0.5 <= x + tx <= vx + vw + 0.5 and vy - 0.5 <= y + ty <= vy + vh + 0.5
    boxes, faults = [], []
    for g in top.iter(NS + "g"):
        if g.get("class") != "node":
            continue
        name = g.find(NS + "title").text
        shape = g.find(".//" + NS + "ellipse")
        cx, cy = float(shape.get("cx")), float(shape.get("cy"))
        rx, ry = float(shape.get("rx")), float(shape.get("ry"))
        boxes.append((name, cx - rx, cy - ry, cx + rx, cy + ry))
        for poly in g.iter(NS + "polygon"):
            if poly.get("fill-opacity") is None:
                continue
            xy = [tuple(map(float, p.split(","))) for p in poly.get("points").split()]
            xs, ys = [p[0] for p in xy], [p[1] for p in xy]
            boxes.append((name + " (its name)", min(xs), min(ys), max(xs), max(ys)))
            if min(ys) < cy + ry - 0.01:
                faults.append("the name of %r is not under its circle" % name)
        if not (inside(cx - rx, cy - ry) and inside(cx + rx, cy + ry)):
            faults.append("node %r outside the canvas" % name)
    for t in top.iter(NS + "text"):
        if not inside(float(t.get("x")), float(t.get("y"))):
            faults.append("text %r outside the canvas" % t.text)
    for p in top.iter(NS + "path"):
        for x, y in re.findall(r"([-\d.]+),([-\d.]+)", p.get("d")):
            if not inside(float(x), float(y)):
                faults.append("a link leaves the canvas")
                break
    boxes.sort(key=lambda b: b[1])
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            if b[1] >= a[3] - 0.01:
                break
            if b[2] < a[4] - 0.01 and a[2] < b[4] - 0.01 and \
                    a[0].replace(" (its name)", "") != b[0].replace(" (its name)", ""):
                faults.append("%r overlaps %r" % (a[0], b[0]))
    if faults:
        print("\n".join(faults[:10]))
        sys.exit(1)
    print("ok: %d boxes" % len(boxes))


main(sys.argv[1])
