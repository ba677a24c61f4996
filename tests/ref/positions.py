"""Node positions of an ergraph drawing, by node id ("n12"), in points with y
up: from an SVG or an HTML page (the centre of each node's ellipse; Graphviz
writes y down) or a laid-out DOT file (each node's pos)."""
import re
import xml.etree.ElementTree as ET

SVG = "{http://www.w3.org/2000/svg}"


def from_svg_text(text):
    start = text.index("<svg")
    end = text.index("</svg>", start) + len("</svg>")
    root = ET.fromstring(text[start:end])
    pos = {}
    for g in root.iter(SVG + "g"):
        if g.get("class") != "node":
            continue
        e = next(g.iter(SVG + "ellipse"))
        pos[g.get("id")] = (float(e.get("cx")), -float(e.get("cy")))
    return pos


def from_dot_text(text):
    pos = {}
    for block in text.split("];"):
        i = re.search(r"\bid=\"?(n\d+)\b", block)
        p = re.search(r"\bpos=\"([-\d.e]+),([-\d.e]+)!?\"", block)
        if i and p and not re.search(r"\bid=\"?e\d+", block):
            pos[i.group(1)] = (float(p.group(1)), float(p.group(2)))
    return pos


def positions(path):
    text = open(path, encoding="utf-8").read()
    return from_dot_text(text) if path.endswith(".dot") else from_svg_text(text)


def svg_nodes(path):
    """(translate x, translate y) of the drawing, and per node id its centre,
    vertical radius and fill colour as Graphviz wrote them (y down)."""
    text = open(path, encoding="utf-8").read()
    start = text.index("<svg")
    root = ET.fromstring(text[start:text.index("</svg>", start) + 6])
    tr = next(g for g in root.iter(SVG + "g") if g.get("class") == "graph").get("transform")
    tx, ty = map(float, re.search(r"translate\(([-\d.]+) ([-\d.]+)\)", tr).groups())
    nodes = {}
    for g in root.iter(SVG + "g"):
        if g.get("class") == "node":
            e = next(g.iter(SVG + "ellipse"))
            nodes[g.get("id")] = (float(e.get("cx")), float(e.get("cy")), float(e.get("ry")),
                                  e.get("fill"))
    return (tx, ty), nodes


def png_pixels(path):
    """Width, height and a function (x, y) -> (r, g, b) of an 8-bit RGB or
    RGBA, non-interlaced PNG (what cairo writes), decoded with zlib alone."""
    import struct
    import zlib
    data = open(path, "rb").read()
    i, idat = 8, b""
    while i < len(data):
        n, kind = struct.unpack(">I4s", data[i:i + 8])
        body = data[i + 8:i + 8 + n]
        if kind == b"IHDR":
            w, h, depth, colour = struct.unpack(">IIBB", body[:10])
        elif kind == b"IDAT":
            idat += body
        i += 12 + n
    assert depth == 8 and colour in (2, 6), (depth, colour)
    bpp = 3 if colour == 2 else 4
    raw, stride = zlib.decompress(idat), w * bpp
    rows, prev = [], bytearray(stride)
    for y in range(h):
        f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b, c = prev[x], prev[x - bpp] if x >= bpp else 0
            if f == 1:
                line[x] = (line[x] + a) & 255
            elif f == 2:
                line[x] = (line[x] + b) & 255
            elif f == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(line)
        prev = line
    return w, h, lambda x, y: tuple(rows[y][x * bpp:x * bpp + 3])
