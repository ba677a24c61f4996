# No output tells where the corpus lies: a corpus given by its absolute path
# leaves that path in no file that build, run, render, export, count or
# entities writes (PNG text chunks and PDF streams inflated); the caption
# names the corpus by the folder's own name, or by --title and --caption.
. "$(dirname "$0")/lib.sh"
cd "$SRC" || exit 1

where="$TMP/private-notes"
mkdir -p "$where/pemilu"
cp data/corpus/* "$where/pemilu/"
out="$TMP/outputs"
mkdir -p "$out"

run "$ERGRAPH" run "$where/pemilu" --outdir "$out/run"
expect_status 0
expect_err_has "open $out/run/graph.html"
run "$ERGRAPH" build "$where/pemilu" -o "$out/build.json"
expect_status 0
for f in svg png pdf dot html; do
  run "$ERGRAPH" render "$out/build.json" -o "$out/render.$f"
  expect_status 0
done
for f in graphml gexf gml; do
  run "$ERGRAPH" export "$out/build.json" -o "$out/export.$f"
  expect_status 0
done
run "$ERGRAPH" export "$out/build.json" --format json -o "$out/export.json"
expect_status 0
run "$ERGRAPH" export "$out/build.json" --format csv -o "$out/csv"
expect_status 0
run "$ERGRAPH" count "$where/pemilu" "$where/pemilu/01-kim-putin-beijing.txt" -o "$out/count.part"
expect_status 0
run "$ERGRAPH" entities "$where/pemilu"
expect_status 0
cp "$TMP/out" "$out/entities.jsonl"

py "no output holds the corpus's path or the folder above it" '
import os, re, sys, zlib
out, where = sys.argv[1], sys.argv[2].encode()
needles = [where, b"private-notes"]
def chunks(path, data):
    yield data
    if path.endswith(".pdf"):
        for m in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S):
            try:
                yield zlib.decompress(m.group(1))
            except zlib.error:
                pass
    if path.endswith(".png"):
        i = 8
        while i + 8 <= len(data):
            n = int.from_bytes(data[i:i + 4], "big")
            kind, body = data[i + 4:i + 8], data[i + 8:i + 8 + n]
            if kind == b"zTXt":
                yield zlib.decompress(body[body.index(b"\0") + 2:])
            i += 12 + n
files = [os.path.join(d, f) for d, _, fs in os.walk(out) for f in fs]
want = {"graph.json", "stats.csv", "graph.dot", "graph.svg", "graph.png", "graph.pdf", "graph.html",
        "build.json", "render.svg", "render.png", "render.pdf", "render.dot", "render.html",
        "export.graphml", "export.gexf", "export.gml", "export.json", "nodes.csv", "links.csv",
        "count.part", "entities.jsonl"}
assert want <= {os.path.basename(f) for f in files}, sorted(want - {os.path.basename(f) for f in files})
for f in files:
    data = open(f, "rb").read()
    for part in chunks(f, data):
        for n in needles:
            assert n not in part, (f, n)
' "$out" "$where"

# the caption names the corpus by the folder's own name; ids start there
py "title and ids by the folder's own name" '
import json, sys
g = json.load(open(sys.argv[1] + "/build.json", encoding="utf-8"))
assert g["graph"]["inputs"] == ["pemilu"], g["graph"]["inputs"]
docs = {ev["doc"] for l in g["links"] for ev in l["evidence"]}
assert "pemilu/01-kim-putin-beijing.txt" in docs and "pemilu/10-kawat.jsonl#kawat-1" in docs, docs
svg = open(sys.argv[1] + "/render.svg", encoding="utf-8").read()
assert ">pemilu</text>" in svg, "no title in the SVG"
' "$out"

# --title and --caption, escaped, in the drawing and the page
run "$ERGRAPH" render "$out/build.json" -o "$out/t.svg" --title 'Pemilu <2024> & after' \
  --caption 'Source: our own archive'
expect_status 0
check "--title in the SVG" grep -qF '>Pemilu &lt;2024&gt; &amp; after</text>' "$out/t.svg"
check "--caption in the SVG" grep -qF '>Source: our own archive. 11 articles, 2025&#45;05&#45;09 to' "$out/t.svg"
check "the folder's name gives way to --title" sh -c "! grep -qF '>pemilu</text>' '$out/t.svg'"
run "$ERGRAPH" run "$where/pemilu" --outdir "$out/run2" --title 'Pemilu 2024' --caption 'Kami'
expect_status 0
check "run takes --title" grep -qF '"title":"Pemilu 2024"' "$out/run2/graph.html"
check "run takes --caption" grep -qF '>Kami. 11 articles' "$out/run2/graph.svg"
finish
