# The command line: help, version, usage errors (exit 2, one clear line).
. "$(dirname "$0")/lib.sh"

run "$ERGRAPH" --version
expect_status 0
if [ "$(cat "$TMP/out")" = "ergraph 0.1.0" ]; then ok; else bad "version: $(cat "$TMP/out")"; fi

run "$ERGRAPH" --help
expect_status 0
for c in entities build stats render explain run; do
  expect_out_has "  $c "
  run "$ERGRAPH" "$c" --help
  expect_status 0
  if head -1 "$TMP/out" | grep -q "^usage: ergraph $c "; then ok; else bad "$c --help: $(head -1 "$TMP/out")"; fi
  run "$ERGRAPH" --help
done

run "$ERGRAPH"
expect_status 2
expect_err_has "usage: ergraph <command>"

run "$ERGRAPH" frobnicate
expect_status 2
expect_err "ergraph: 'frobnicate' is not a command (see 'ergraph --help')"

run "$ERGRAPH" build --bogus x -o y.json
expect_status 2
expect_err "ergraph build: unknown option '--bogus'
(see 'ergraph build --help')"

run "$ERGRAPH" build "$SRC/data/corpus"
expect_status 2
expect_err_has "ergraph build: no output given (-o GRAPH.json)"

run "$ERGRAPH" build --window clause "$SRC/data/corpus" -o "$TMP/g.json"
expect_status 2
expect_err_has "ergraph build: unknown window 'clause' (use sentence, paragraph, document or tokens:N with N >= 2)"
[ -e "$TMP/g.json" ] && bad "output written after a usage error" || ok

run "$ERGRAPH" entities --format xml "$SRC/data/corpus"
expect_status 2
expect_err_has "ergraph entities: unknown format 'xml' (use jsonl or tsv)"

run "$ERGRAPH" entities
expect_status 2
expect_err_has "ergraph entities: no input given"

run "$ERGRAPH" stats --sort fame x.json
expect_status 2
expect_err_has "ergraph stats: --sort: unknown measure 'fame' (use degree, strength, "

run "$ERGRAPH" stats --top many x.json
expect_status 2
expect_err_has "ergraph stats: --top needs a count, not 'many'"

run "$ERGRAPH" render x.json -o out.gif
expect_status 2
expect_err_has "ergraph render: cannot tell the format of 'out.gif': use --format"

run "$ERGRAPH" render x.json -o out.svg --layout spring
expect_status 2
expect_err_has "ergraph render: unknown layout 'spring'"

run "$ERGRAPH" run "$SRC/data/corpus"
expect_status 2
expect_err_has "ergraph run: no output directory given (--outdir DIR)"

# 'ergraph help CMD' is 'ergraph CMD --help'; every help ends with examples,
# and each example runs (on a small corpus laid out as they name it)
mkdir -p "$TMP/ex/corpus/2024" "$TMP/ex/corpus/2025"
cp "$SRC/tests/data/mini/a.txt" "$TMP/ex/corpus/2024/"
cp "$SRC/tests/data/mini/b.jsonl" "$TMP/ex/corpus/2025/"
cp "$SRC/tests/data/mini/a.txt" "$TMP/ex/article.txt"
for c in entities build stats render export explain kwic run count merge; do
  run "$ERGRAPH" help "$c"
  expect_status 0
  cp "$TMP/out" "$TMP/help1"
  run "$ERGRAPH" "$c" --help
  check "help $c = $c --help" cmp "$TMP/help1" "$TMP/out"
  sed -n '/^examples:$/,$p' "$TMP/out" | grep '^  ergraph ' | sed 's/^  //' >>"$TMP/examples"
  if sed -n '/^examples:$/,$p' "$TMP/out" | grep -q "^  ergraph $c "; then ok; else bad "$c --help ends with no example"; fi
done
run "$ERGRAPH" help
expect_status 0
expect_out_has "examples:"
# in the order printed: build before stats, count before merge
check "every example runs" sh -c "cd '$TMP/ex' && ERGRAPH='$ERGRAPH' && while read -r line; do
  eval \"\\\"\\\$ERGRAPH\\\"\${line#ergraph}\" >/dev/null || { echo \"failed: \$line\"; exit 1; }
done <'$TMP/examples'"
check "the examples wrote their outputs" test -s "$TMP/ex/graph.json" -a -s "$TMP/ex/graph.html" -a -s "$TMP/ex/graph.nodes.csv" -a -s "$TMP/ex/out/graph.svg"
run "$ERGRAPH" help frobnicate
expect_status 2
expect_err "ergraph: 'frobnicate' is not a command (see 'ergraph --help')"

# did you mean: a command or a long option one or two edits away
run "$ERGRAPH" biuld x
expect_status 2
expect_err "ergraph: 'biuld' is not a command; did you mean 'build'? (see 'ergraph --help')"
run "$ERGRAPH" export x.json --formt gexf -o y.gexf
expect_status 2
expect_err "ergraph export: unknown option '--formt' (did you mean '--format'?)
(see 'ergraph export --help')"
run "$ERGRAPH" build --windw=paragraph x -o y.json
expect_status 2
expect_err_has "ergraph build: unknown option '--windw=paragraph' (did you mean '--window'?)"

# progress: on a terminal only (a pseudo-terminal here; the delay, 1 second
# by default, set to 0 so that a small corpus shows it), never when piped,
# never with --quiet
PTY='
import os, pty, subprocess, sys
m, s = pty.openpty()
p = subprocess.Popen(sys.argv[2:], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=s)
os.close(s)
got = b""
while True:
    try:
        d = os.read(m, 4096)
    except OSError:
        break
    if not d:
        break
    got += d
assert p.wait() == 0
open(sys.argv[1], "wb").write(got)
'
export ERGRAPH_PROGRESS_DELAY=0
check "build on a terminal" "$PY" -c "$PTY" "$TMP/tty1" "$ERGRAPH" build "$SRC/tests/data/mini" -o "$TMP/p.json"
check "build --quiet on a terminal" "$PY" -c "$PTY" "$TMP/tty2" "$ERGRAPH" build --quiet "$SRC/tests/data/mini" -o "$TMP/p.json"
check "entities on a terminal" "$PY" -c "$PTY" "$TMP/tty3" "$ERGRAPH" entities "$SRC/tests/data/mini"
run "$ERGRAPH" build "$SRC/tests/data/mini" -o "$TMP/p.json"
py "progress on the terminal only, and not with --quiet" '
import re, sys
t1, t2, t3, piped = (open(p, "rb").read() for p in sys.argv[1:5])
last = t1.split(b"\r")[-2] if t1.endswith(b"\r\n") else b""
assert re.fullmatch(rb"ergraph: 3 articles, [0-9.]+ MB, [0-9.]+ MB/s", last), t1
assert t1.startswith(b"\rergraph: 1 article, "), t1
assert b"ergraph: 3 articles, " in t3, t3
assert t2 == b"" and piped == b"", (t2, piped)
' "$TMP/tty1" "$TMP/tty2" "$TMP/tty3" "$TMP/err"
unset ERGRAPH_PROGRESS_DELAY

# inputs: extensions ignoring case; --inputs-from on every command that
# reads a corpus, the same as the paths on the command line
mkdir "$TMP/case"
cp "$SRC/tests/data/mini/a.txt" "$TMP/case/A.TXT"
cp "$SRC/tests/data/mini/b.jsonl" "$TMP/case/B.JsonL"
run "$ERGRAPH" build "$TMP/case" -o "$TMP/case.json"
expect_status 0
py "A.TXT and B.JsonL are read" '
import json, sys
assert json.load(open(sys.argv[1]))["graph"]["articles"] == 3
' "$TMP/case.json"
printf '%s\n\n%s\n' "$SRC/tests/data/mini/a.txt" "$SRC/tests/data/mini/b.jsonl" >"$TMP/list"
run "$ERGRAPH" build "$SRC/tests/data/mini/a.txt" "$SRC/tests/data/mini/b.jsonl" -o "$TMP/args.json"
expect_status 0
run "$ERGRAPH" build --inputs-from "$TMP/list" -o "$TMP/from.json"
expect_status 0
check "build --inputs-from = the paths as arguments" cmp "$TMP/args.json" "$TMP/from.json"
run sh -c "'$ERGRAPH' build -o '$TMP/stdin.json' --inputs-from - <'$TMP/list'"
expect_status 0
check "build --inputs-from - reads the list from standard input" cmp "$TMP/args.json" "$TMP/stdin.json"
run "$ERGRAPH" entities "$SRC/tests/data/mini/a.txt" "$SRC/tests/data/mini/b.jsonl"
cp "$TMP/out" "$TMP/ent-args"
run "$ERGRAPH" entities --inputs-from="$TMP/list"
expect_status 0
check "entities --inputs-from = the paths as arguments" cmp "$TMP/ent-args" "$TMP/out"
run "$ERGRAPH" run --inputs-from "$TMP/list" --outdir "$TMP/runfrom"
expect_status 0
check "run --inputs-from" test -s "$TMP/runfrom/graph.json"
run "$ERGRAPH" build --inputs-from "$TMP/nolist" -o "$TMP/x.json"
expect_status 1
expect_err "ergraph: cannot open '$TMP/nolist': No such file or directory"
: >"$TMP/empty"
run "$ERGRAPH" build --inputs-from "$TMP/empty" -o "$TMP/x.json"
expect_status 2
expect_err_has "ergraph build: no input given ('$TMP/empty' names none)"

# a saved web page: title from og:title, date from article:published_time,
# the text of <article> without scripts, navigation, related links, figures
mkdir "$TMP/web"
cp /dev/null "$TMP/web/logo.png"
cat >"$TMP/web/page.HTML" <<'EOF'
<!DOCTYPE html>
<html lang="id"><head>
<meta charset="utf-8">
<title>Kabar Dunia | Joe Biden</title>
<meta property="og:title" content="Xi Jinping menerima Prabowo Subianto di Beijing">
<meta property="article:published_time" content="2025-05-08T09:30:00+07:00">
<script>var tokoh = "Donald Trump";</script>
<style>.x { content: "Emmanuel Macron"; }</style>
</head><body>
<nav><a href="/">Beranda</a> <a href="/t/narendra-modi">Narendra Modi</a></nav>
<header><h1>Kabar Dunia</h1></header>
<article>
<h1>Xi Jinping menerima Prabowo Subianto</h1>
<p>Presiden Tiongkok Xi Jinping menerima Presiden Prabowo Subianto di Beijing pada Kamis.
Keduanya membahas perdagangan &amp; investasi.</p>
<p>Menurut Xi Jinping, kerja sama dengan Indonesia akan terus tumbuh.</p>
<div class="related-articles"><a href="/a">Vladimir Putin bertemu Kim Jong Un</a></div>
<figure><figcaption>Foto: Anthony Albanese</figcaption></figure>
</article>
<aside>Terpopuler: Recep Tayyip Erdogan</aside>
<footer>Hak cipta</footer>
</body></html>
EOF
run "$ERGRAPH" entities --format tsv "$TMP/web"
expect_status 0
cp "$TMP/out" "$TMP/web.tsv"
run "$ERGRAPH" build "$TMP/web" -o "$TMP/web.json"
expect_status 0
py "the page read with its title, date and clean text" '
import csv, json, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8"), delimiter="\t"))
assert {r["entity"] for r in rows} == {"Xi Jinping", "Prabowo Subianto", "Beijing", "China", "Indonesia"}, {r["entity"] for r in rows}
# the text begins with og:title (not <title>), then the article
title = "Xi Jinping menerima Prabowo Subianto di Beijing"
assert [(int(r["start"]), r["text"]) for r in rows[:3]] == [(0, "Xi Jinping"), (20, "Prabowo Subianto"), (40, "Beijing")], rows[:3]
g = json.load(open(sys.argv[2], encoding="utf-8"))
assert g["graph"]["dates"]["first"] == "2025-05-08" and g["graph"]["articles"] == 1, g["graph"]
' "$TMP/web.tsv" "$TMP/web.json"

# kwic: every mention of one entity in its context, the same mentions as
# entities gives, the contexts cut from the article's text
run "$ERGRAPH" entities "$SRC/tests/data/mini"
cp "$TMP/out" "$TMP/mini-ent.jsonl"
run "$ERGRAPH" kwic "kim jong un" "$SRC/tests/data/mini" --format jsonl --width 25
expect_status 0
cp "$TMP/out" "$TMP/kwic.jsonl"
run "$ERGRAPH" kwic "Kim Jong Un" "$SRC/tests/data/mini"
expect_status 0
cp "$TMP/out" "$TMP/kwic.txt"
run "$ERGRAPH" kwic "Kim Jong Un" --format tsv --inputs-from "$TMP/list"
expect_status 0
cp "$TMP/out" "$TMP/kwic.tsv"
py "kwic: the mentions of entities, in context" '
import csv, json, sys
ents = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
want = [(e["doc"], e["start"], e["end"]) for e in ents if e["entity"] == "Kim Jong Un"]
rows = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8")]
assert [(r["doc"], r["start"], r["end"]) for r in rows] == want and len(want) >= 3, (rows, want)
import os
def text_of(doc):  # ids start at the name of the input folder: mini/...
    if "#" in doc:
        path, n = doc.rsplit("#", 1)
        path = os.path.join(sys.argv[5], path)
        lines = [json.loads(l) for l in open(path, encoding="utf-8").read().splitlines()]
        return [a for i, a in enumerate(lines) if a.get("id", str(i + 1)) == n][0]["text"]
    return open(os.path.join(sys.argv[5], doc), encoding="utf-8").read()
def flat(s):
    return "".join(" " if ord(c) < 32 or c == "\x7f" else c for c in s)
for r in rows:
    b = text_of(r["doc"]).encode()
    left, mid, right = (b[:r["start"]].decode(), b[r["start"]:r["end"]].decode(), b[r["end"]:].decode())
    assert r["left"] == flat(left[-25:]) and r["text"] == flat(mid) and r["right"] == flat(right[:25]), r
    assert r["entity"] == "Kim Jong Un"
assert any(r["date"] == "2025-05-08" for r in rows) and any(r["date"] is None for r in rows)
plain = open(sys.argv[3], encoding="utf-8").read().splitlines()
assert len(plain) == len(rows) and all(l[41] == "[" for l in plain), plain
tsv = list(csv.reader(open(sys.argv[4], encoding="utf-8"), delimiter="\t"))
assert tsv[0] == ["doc", "date", "start", "end", "left", "text", "right"] and len(tsv) - 1 == len(rows), tsv[:2]
' "$TMP/mini-ent.jsonl" "$TMP/kwic.jsonl" "$TMP/kwic.txt" "$TMP/kwic.tsv" "$SRC/tests/data"
run "$ERGRAPH" kwic "Nobody Here" "$SRC/tests/data/mini"
expect_status 0
expect_err "ergraph: warning: no mention of 'Nobody Here' in the inputs"
run "$ERGRAPH" kwic "Kim Jong Un"
expect_status 2
expect_err_has "ergraph kwic: no input given"

# files of other kinds in a corpus folder: counted and named at the end
# (not with --quiet, not after a failure, not bad input for --strict);
# READMEs and hidden files are no articles and not counted
mkdir "$TMP/kinds"
cp "$SRC/tests/data/mini/a.txt" "$SRC/tests/data/mini/b.jsonl" "$TMP/kinds/"
: >"$TMP/kinds/x.pdf"; : >"$TMP/kinds/y.PNG"; : >"$TMP/kinds/z.png"; : >"$TMP/kinds/notes"
: >"$TMP/kinds/README.md"; : >"$TMP/kinds/.hidden"
run "$ERGRAPH" build "$SRC/tests/data/mini" -o "$TMP/mini.json"
run "$ERGRAPH" build --strict "$TMP/kinds" -o "$TMP/kinds.json"
expect_status 0
expect_err "ergraph: skipped 4 files of other kinds (no extension, .pdf, .png): articles are .txt, .md, .json, .jsonl, .html or .htm files"
py "the same articles read as without them" '
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
assert a["nodes"] == b["nodes"] and a["graph"]["articles"] == b["graph"]["articles"] == 3
' "$TMP/mini.json" "$TMP/kinds.json"
run "$ERGRAPH" build --quiet "$TMP/kinds" -o "$TMP/kinds.json"
expect_err ""
mkdir "$TMP/nokinds"
: >"$TMP/nokinds/a.pdf"; : >"$TMP/nokinds/b.doc"
run "$ERGRAPH" build "$TMP/nokinds" -o "$TMP/x.json"
expect_status 1
expect_err "ergraph: no articles: '$TMP/nokinds' holds no .txt, .md, .json, .jsonl or .html file (2 files of other kinds: .pdf, .doc)"

# JSON Lines on standard input: many articles, as the file gives them
# (ids '-#ID'); other text, even beginning with '{', one article
run sh -c "'$ERGRAPH' entities --format tsv - <'$SRC/tests/data/mini/b.jsonl'"
expect_status 0
cp "$TMP/out" "$TMP/stdin.tsv"
run "$ERGRAPH" entities --format tsv "$SRC/tests/data/mini/b.jsonl"
py "JSON Lines on standard input: each line an article" '
import sys
a = [l.split("\t") for l in open(sys.argv[1], encoding="utf-8")][1:]
b = [l.split("\t") for l in open(sys.argv[2], encoding="utf-8")][1:]
assert a and len(a) == len(b), (len(a), len(b))
assert [r[0].replace("-#", "b.jsonl#", 1) for r in a] == [r[0] for r in b], (a[:2], b[:2])
assert [r[1:] for r in a] == [r[1:] for r in b]
assert len({r[0] for r in a}) == 2, {r[0] for r in a}
' "$TMP/stdin.tsv" "$TMP/out"
run sh -c "'$ERGRAPH' build -o '$TMP/stdin.json' - <'$SRC/tests/data/mini/b.jsonl'"
expect_status 0
run "$ERGRAPH" build -o "$TMP/file.json" "$SRC/tests/data/mini/b.jsonl"
py "build - reads the lines as articles" '
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
assert a["graph"]["articles"] == b["graph"]["articles"] == 2, a["graph"]
assert [(n["id"], n["mentions"]) for n in a["nodes"]] == [(n["id"], n["mentions"]) for n in b["nodes"]]
assert [(l["source"], l["target"], l["count"]) for l in a["links"]] == [(l["source"], l["target"], l["count"]) for l in b["links"]]
' "$TMP/stdin.json" "$TMP/file.json"
printf '{"id": 1, "title": "no text"}\n{"text": "Joko Widodo bertemu Anwar Ibrahim."}\n' >"$TMP/notext.jsonl"
printf '{Catatan} Joko Widodo bertemu Anwar Ibrahim.\n{"text": "Prabowo Subianto"}\n' >"$TMP/brace.txt"
for f in notext.jsonl brace.txt; do
  run sh -c "'$ERGRAPH' build -o '$TMP/one.json' - <'$TMP/$f'"
  expect_status 0
  py "$f on standard input: one article" '
import json, sys
assert json.load(open(sys.argv[1]))["graph"]["articles"] == 1
' "$TMP/one.json"
done

# --verbose: the time of each stage on standard error, the outputs the same
run "$ERGRAPH" build --verbose "$SRC/tests/data/mini" -o "$TMP/v.json"
expect_status 0
check "build --verbose writes the same network" cmp "$TMP/v.json" "$TMP/mini.json"
cp "$TMP/err" "$TMP/v-build"
run "$ERGRAPH" run --verbose "$SRC/tests/data/mini" --outdir "$TMP/vrun"
expect_status 0
cp "$TMP/err" "$TMP/v-run"
run "$ERGRAPH" stats --verbose "$TMP/v.json" --summary
expect_status 0
cp "$TMP/err" "$TMP/v-stats"
run "$ERGRAPH" build "$SRC/tests/data/mini" -o "$TMP/v.json"
py "a line per stage run, and the total" '
import re, sys
def stages(p):
    lines = open(p, encoding="utf-8").read().splitlines()
    out = [re.fullmatch(r"ergraph: time (\S+(?: \S+)?) +(\d+\.\d{3}) s( \(summed over its threads\))?", l) for l in lines if l.startswith("ergraph: time ")]
    assert all(out), lines
    return [m.group(1) for m in out]
assert stages(sys.argv[1]) == ["read", "recognize", "count", "network", "write", "total"], stages(sys.argv[1])
r = stages(sys.argv[2])
assert r[:5] == ["read", "recognize", "count", "network", "write"] and r[-1] == "total", r
assert {"measures", "layout", "draw"} <= set(r), r
assert stages(sys.argv[3]) == ["read network", "measures", "total"], stages(sys.argv[3])
assert stages(sys.argv[4]) == [], "no times without --verbose"
' "$TMP/v-build" "$TMP/v-run" "$TMP/v-stats" "$TMP/err"

finish
