# Hostile input: whatever comes in, the run ends, in bounded memory, with
# what it read said plainly.
. "$(dirname "$0")/lib.sh"
cd "$TMP" || exit 1

# --- a JSON \u0000 escape: repaired with a warning as a NUL byte in a .txt
# is, or an error under --strict; never the article cut at the NUL
printf '{"id":"a","text":"Vladimir Putin\\u0000 bertemu Joko Widodo di Moskow. \\\\u0000 Prabowo Subianto."}\n' > nul.jsonl
printf '[{"text":"Vladimir Putin\\u0000 bertemu Joko Widodo."}]' > nul.json
run "$ERGRAPH" entities nul.jsonl
expect_status 0
expect_err "ergraph: warning: nul.jsonl:1:33: \\u0000 (NUL) in a string (1 replaced by U+FFFD)"
expect_out_has '"entity":"Joko Widodo"'
expect_out_has '"entity":"Prabowo Subianto"'
run "$ERGRAPH" entities nul.json
expect_status 0
expect_err "ergraph: warning: nul.json:1:25: \\u0000 (NUL) in a string (1 replaced by U+FFFD)"
expect_out_has '"entity":"Joko Widodo"'
run "$ERGRAPH" entities --strict nul.jsonl
expect_status 1
expect_err "ergraph: nul.jsonl:1:33: \\u0000 (NUL) in a string (1 replaced by U+FFFD)"
run "$ERGRAPH" build --strict nul.json -o nul-graph.json
expect_status 1
expect_err "ergraph: nul.json:1:25: \\u0000 (NUL) in a string (1 replaced by U+FFFD)"
check "no output" test ! -e nul-graph.json

# --- standard input, devices and FIFOs have the 64 MB bound files have
# (run under a memory limit, so that a regression fails instead of
# growing until the kernel ends it)
# (not under AddressSanitizer, which reserves terabytes of address space)
if ldd "$ERGRAPH" 2>/dev/null | grep -q libasan; then
  limited() { "$@"; }
else
  limited() { (ulimit -v 1500000; "$@"); }
fi
run limited "$ERGRAPH" entities /dev/zero
expect_status 0
expect_err "ergraph: warning: /dev/zero: more than 64 MB is too large for one article (split it, or make it JSON Lines); skipped
ergraph: warning: skipped 1 file (see the warnings above; --strict makes them errors)"
run limited "$ERGRAPH" entities --strict /dev/zero
expect_status 1
expect_err "ergraph: /dev/zero: more than 64 MB is too large for one article (split it, or make it JSON Lines)"
yes 'Joko Widodo bertemu Vladimir Putin.' | head -c 70000000 > big.txt
run limited sh -c '"$1" entities --strict - < big.txt' sh "$ERGRAPH"
expect_status 1
expect_err "ergraph: standard input: more than 64 MB is too large for one article (split it, or make it JSON Lines)"
rm big.txt
# a JSON Lines file with no line end: its line is bounded too
yes 'a' | tr -d '\n' | head -c 70000000 > endless.jsonl
run limited "$ERGRAPH" entities --strict endless.jsonl
expect_status 1
expect_err "ergraph: endless.jsonl:1: a line of more than 64 MB (no line end: not JSON Lines?)"
rm endless.jsonl
# a graph file from a source that never ends: a bound, not a hang
run limited "$ERGRAPH" stats /dev/zero
expect_status 1
expect_err_has "/dev/zero"

# --- a file name that is not UTF-8 (Latin-1 from an old archive): ids are
# valid UTF-8, the bad byte escaped as \xNN, reversibly (a name holding
# "\x" and two hex digits has its backslash escaped too)
mkdir latin
printf 'Presiden Joko Widodo bertemu Vladimir Putin.\n' > "latin/caf$(printf '\351').txt"
printf 'Joko Widodo bertemu Vladimir Putin.\n' > 'latin/a\x41.txt'
run "$ERGRAPH" build latin -o latin.json
expect_status 0
py "ids are valid UTF-8, escaped reversibly" '
import json, sys
raw = open(sys.argv[1], "rb").read()
g = json.loads(raw.decode("utf-8"))  # strict: fails on a raw Latin-1 byte
assert g["links"][0]["documents"] == ["latin/a\\x5Cx41.txt", "latin/caf\\xE9.txt"], g["links"][0]
' latin.json
run "$ERGRAPH" build "latin/caf$(printf '\351').txt" -o latin1.json
py "inputs are valid UTF-8" '
import json, sys
g = json.loads(open(sys.argv[1], "rb").read().decode("utf-8"))
assert g["graph"]["inputs"] == ["caf\\xE9.txt"], g["graph"]["inputs"]
' latin1.json
run "$ERGRAPH" entities latin
expect_status 0
py "entities: valid UTF-8" 'import sys; open(sys.argv[1], "rb").read().decode("utf-8")' "$TMP/out"
expect_out_has '"doc":"latin/caf\\xE9.txt"'

# --- names, file names and evidence never reach the terminal raw: a
# diagnostic is one line whatever a name holds, and explain on a terminal
# prints control characters as escapes
mkdir evil
printf 'x\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0' > "evil/a"$'\n'"ergraph: all is well"$'\033'"[2J.txt"
printf 'Joko Widodo.\n' > evil/b.txt
run "$ERGRAPH" entities evil
expect_status 0
expect_err "ergraph: warning: evil/a\\nergraph: all is well\\x1B[2J.txt: not text (binary data (NUL bytes)); skipped
ergraph: warning: skipped 1 file (see the warnings above; --strict makes them errors)"
"$PY" -c '
import json
evil = "Evil\nergraph: forged line\x1b]0;pwned\x07\x1b[2J\u009b31m"
text = "Ana met " + evil + " here.\x1b]0;title\x07\x1b[2J"
g = {"directed": False, "multigraph": False, "graph": {"inputs": ["x"]},
     "nodes": [{"id": "Ana", "type": "person"}, {"id": evil, "type": "person"},
               {"id": "Bo", "type": "person"}],
     "links": [{"source": "Ana", "target": evil, "weight": 1, "count": 1, "documents": ["d\x1b[2J"],
                "evidence": [{"doc": "d\x1b[2J", "start": 0, "end": len(text), "text": text}]}]}
json.dump(g, open("evil.json", "w"))'
run "$ERGRAPH" explain evil.json Bo "Evil
ergraph: forged line$(printf '\033')]0;pwned$(printf '\007\033')[2J$(printf '\302\233')31m"
expect_status 1
expect_err "ergraph: evil.json: 'Bo' and 'Evil\\nergraph: forged line\\x1B]0;pwned\\x07\\x1B[2J\\u009B31m' are not linked, nor joined by any path"
py "explain on a terminal: no control character printed" '
import os, pty, select, subprocess, sys, tempfile
master, slave = pty.openpty()
err = tempfile.TemporaryFile()
p = subprocess.Popen([sys.argv[1], "explain", "evil.json", "Ana", "Bo"], stdout=slave, stderr=err)
p2 = subprocess.Popen([sys.argv[1], "explain", "evil.json", "Ana", sys.argv[2]], stdout=slave, stderr=err)
os.close(slave)
out = b""
# read until both have exited and the terminal is drained: a helper a
# sanitizer starts may keep the terminal open after they exit
while True:
    ready = select.select([master], [], [], 0.2)[0]
    if ready:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    elif p.poll() is not None and p2.poll() is not None:
        break
p.wait(); p2.wait()
err.seek(0)
assert p2.returncode == 0, err.read()
text = out.decode("utf-8")
bad = [c for c in text if (ord(c) < 32 and c not in "\r\n") or 0x7f <= ord(c) < 0xa0]
assert not bad, repr(text)
assert "\\x1B]0;title\\x07\\x1B[2J" in text, repr(text)
assert "Evil\\nergraph: forged line" in text, repr(text)
' "$ERGRAPH" "$(printf 'Evil\nergraph: forged line\033]0;pwned\007\033[2J\302\23331m')"
run "$ERGRAPH" explain evil.json Ana "$(printf 'Evil\nergraph: forged line\033]0;pwned\007\033[2J\302\23331m')"
expect_status 0
check "explain into a file or pipe: the text as it is" grep -q "$(printf '\033')\[2J" "$TMP/out"

# --- weights at the edge are refused where they are read, naming the file
# and link: 1e160 made Leiden loop forever, a denormal made PageRank NaN
# (the timeout only keeps a regression from hanging the suite)
"$PY" -c '
import json
for name, w in [("huge", 1e160), ("denormal", 5e-324), ("edge", 1e15)]:
    g = {"directed": False, "multigraph": False, "graph": {},
         "nodes": [{"id": c, "type": "person"} for c in "ABCD"],
         "links": [{"source": a, "target": b, "weight": w} for a, b in ["AB", "BC", "CD", "AC"]]}
    json.dump(g, open(name + ".json", "w"))'
for cmd in stats "render -o huge.svg" "export --format gml -o huge.gml"; do
  run timeout 120 "$ERGRAPH" $cmd huge.json
  expect_status 1
  expect_err "ergraph: huge.json: link 1 ('A' - 'B'): weight 1e+160 is out of range (1e-15 to 1e+15)"
done
run timeout 120 "$ERGRAPH" stats denormal.json
expect_status 1
expect_err "ergraph: denormal.json: link 1 ('A' - 'B'): weight 4.94066e-324 is out of range (1e-15 to 1e+15)"
run timeout 120 "$ERGRAPH" export --format csv edge.json -o edge
expect_status 0
check "no NaN at the largest weight" sh -c '! grep -qi nan edge/nodes.csv'
# a resolution no merge survives: igraph's Leiden "until stable" looped
# forever; the passes are bounded and every node is its own community
sed 's/1e+15/1.0/g; s/1000000000000000.0/1.0/g' edge.json >plain.json
run timeout 120 "$ERGRAPH" stats --resolution 1000 plain.json
expect_status 0
expect_out_has "4 communities (leiden"

# --- a folder walk reads each real folder and file once, and does not
# leave the input folder through a symbolic link unless --follow: 31
# levels each linking twice to the next were 2^31 paths to walk (the
# timeout only keeps a regression from hanging the suite)
mkdir fan
for i in $(seq 0 30); do mkdir "fan/l$i"; done
for i in $(seq 0 29); do ln -s "../l$((i + 1))" "fan/l$i/x"; ln -s "../l$((i + 1))" "fan/l$i/y"; done
printf 'Joko Widodo bertemu Vladimir Putin.\n' > fan/l30/a.txt
run timeout 120 "$ERGRAPH" entities fan
expect_status 0
check "the article read once" test "$(grep -c '"entity":"Joko Widodo"' "$TMP/out")" = 1
expect_err_has "ergraph: warning: 'fan/l1' is the folder 'fan/l0/x', already read; skipped"
mkdir -p outside inner
printf 'Prabowo Subianto bertemu Vladimir Putin.\n' > outside/b.txt
printf 'Joko Widodo bertemu Vladimir Putin.\n' > inner/a.txt
ln -s ../outside inner/out
ln -s ../outside/b.txt inner/b.txt
ln -s a.txt inner/same.txt
run "$ERGRAPH" entities inner
expect_status 0
expect_err "ergraph: warning: 'inner/b.txt': a symbolic link out of the input folder (--follow follows it); skipped
ergraph: warning: 'inner/out': a symbolic link out of the input folder (--follow follows it); skipped
ergraph: warning: 'inner/same.txt' is the file 'inner/a.txt', already read; skipped"
check "nothing from outside" sh -c '! grep -q Prabowo "$1"' sh "$TMP/out"
run "$ERGRAPH" entities --follow inner
expect_status 0
expect_err "ergraph: warning: 'inner/out/b.txt' is the file 'inner/b.txt', already read; skipped
ergraph: warning: 'inner/same.txt' is the file 'inner/a.txt', already read; skipped"
check "--follow: the article outside read once" test "$(grep -c '"entity":"Prabowo Subianto"' "$TMP/out")" = 1
# a file named twice, or inside a folder also named, is read once
run "$ERGRAPH" build inner inner/a.txt -o twice.json
expect_status 0
py "one article, counted once" 'import json,sys; g=json.load(open(sys.argv[1])); assert g["graph"]["articles"] == 1, g["graph"]' twice.json

# --- shard parts: the counting invariants are checked when a part is read,
# and the same part given twice is refused
printf 'Presiden Joko Widodo bertemu Vladimir Putin di Moskow.\n' > p1.txt
printf 'Joko Widodo bertemu Prabowo Subianto.\n' > p2.txt
"$ERGRAPH" count p1.txt -o p1.part
"$ERGRAPH" count p1.txt p2.txt -o p12.part
sed '3s/"documents":1/"documents":2/' p1.part > more-docs.part
run "$ERGRAPH" merge more-docs.part -o merged.json
expect_status 1
expect_err "ergraph: more-docs.part:3: node 'Joko Widodo': in 2 articles, but the part has 1"
"$PY" - p12.part shared.part <<'PYEOF'
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1])]
for o in lines:  # a link in both articles, though one of its ends is in one
    if "link" in o:
        o["articles"] = [0, 1]
        break
open(sys.argv[2], "w").write("".join(json.dumps(o) + "\n" for o in lines))
PYEOF
run "$ERGRAPH" merge shared.part -o merged.json
expect_status 1
expect_err_has "share 2 articles, but node"
check "no output" test ! -e merged.json
ln -s p1.part again.part
run "$ERGRAPH" merge p1.part p12.part again.part -o merged.json
expect_status 1
expect_err "ergraph: 'again.part' is the part 'p1.part' again: its articles would count twice"
run "$ERGRAPH" merge p1.part -o merged.json
expect_status 0
# a line changed in a way no count contradicts: the end line's checksum
"$PY" - p12.part changed.part <<'PYEOF'
import sys
lines = open(sys.argv[1]).read().split("\n")
i = next(k for k, l in enumerate(lines) if l.startswith('{"node"'))
lines[i] = lines[i].replace('"frequency":', '"frequency":1', 1)
open(sys.argv[2], "w").write("\n".join(lines))
PYEOF
run "$ERGRAPH" merge changed.part -o merged.json
expect_status 1
expect_err_has "changed.part:$(wc -l < changed.part): end: the checksum does not match the lines before it: the part was damaged or changed after it was written"

# --- evidence is bounded: a window as long as the article (--window
# document, one long paragraph or a sentence that never ends) quotes the
# text around the pair, not the whole window for every link (a 64 KB
# article with 470 names made a 1.5 GB network file)
"$PY" - <<'PYEOF'
import json
syl = ["ka", "lo", "mi", "ra", "tu", "se", "no", "pa", "di", "ge"]
names = sorted({(syl[i % 10] + syl[i // 10 % 10] + "wan").capitalize() + " " +
                (syl[i // 3 % 10] + syl[i % 7] + "to").capitalize() for i in range(70)})[:60]
json.dump({"entities": [{"name": n, "type": "person", "aliases": []} for n in names]},
          open("many.gaz.json", "w"))
said = "Menurut laporan itu %s bertemu dengan warga di kota yang ramai pada hari ini"
open("long.txt", "w").write(". ".join(said % names[i % 60] for i in range(200)) + ".\n")
open("endless.txt", "w").write(", ".join(said % names[i % 60] for i in range(200)) + "\n")
PYEOF
for w in "long.txt --window document" "long.txt --window paragraph" "endless.txt --window sentence"; do
  run "$ERGRAPH" build --gazetteer many.gaz.json $w -o bounded.json
  expect_status 0
  py "$w: each snippet at most 600 bytes of the article, around both ends" '
import json, sys
text = open(sys.argv[1], "rb").read()
g = json.load(open(sys.argv[2]))
E = "\u2026"
assert len(g["links"]) > 1000, len(g["links"])
for l in g["links"]:
    ends = [l["source"], l["target"]]
    for e in l["evidence"]:
        t, s, n = e["text"], e["start"], e["end"]
        pieces = [p.encode() for p in t.removeprefix(E).removesuffix(E).split(" " + E + " ")]
        assert sum(map(len, pieces)) <= 600 and len(pieces) <= 2, (len(t), t[:80])
        assert text[s:s + len(pieces[0])] == pieces[0] and text[n - len(pieces[-1]):n] == pieces[-1], (s, n, t[:80])
        assert t.startswith(E) == (text[s - 2:s] not in (b"", b". ")), (s, t[:40])
        assert all(x in t for x in ends), (ends, t)
' "${w%% *}" bounded.json
done

# --- memory running out while a JSON input is parsed is said so, not
# "malformed JSON" (a 37 MB file of JSON articles whose tree needs some 400
# MB, under a limit of 200 MB); a graph file is read streamed, so there the
# measures run out first, and say so
if ! ldd "$ERGRAPH" 2>/dev/null | grep -q libasan; then
  "$PY" -c '
import json
json.dump([{"id": "a%d" % i, "title": "Berita %d" % i, "text": "Nama Orang %d bertemu Nama Orang %d." % (i, i + 1)}
           for i in range(300000)], open("huge-articles.json", "w"))
n = 300000
json.dump({"directed": False, "multigraph": False, "graph": {},
           "nodes": [{"id": "Nama Orang %d" % i, "type": "person"} for i in range(n)],
           "links": [{"source": "Nama Orang %d" % i, "target": "Nama Orang %d" % (i + 1), "weight": 1}
                     for i in range(n - 1)]}, open("huge-graph.json", "w"))'
  run sh -c 'ulimit -v 200000; exec "$1" entities huge-articles.json -o /dev/null' sh "$ERGRAPH"
  expect_status 1
  expect_err "ergraph: out of memory reading 'huge-articles.json'"
  run sh -c 'ulimit -v 200000; exec "$1" stats huge-graph.json' sh "$ERGRAPH"
  expect_status 1
  expect_err_has "
ergraph: out of memory"
  "$PY" -c '
import json
json.dump({"entities": [{"name": "Nama Orang %d" % i, "type": "person", "aliases": ["Orang %d" % i, "N. O. %d" % i]}
                        for i in range(250000)]}, open("huge-gazetteer.json", "w"))'
  printf "Nama Orang 1 bertemu Nama Orang 2.\n" > small.txt
  run sh -c 'ulimit -v 200000; exec "$1" entities --gazetteer huge-gazetteer.json small.txt' sh "$ERGRAPH"
  expect_status 1
  # out of memory reading it, or (read streamed, in less memory) adding it
  expect_err_has "huge-gazetteer.json"
  expect_err_has "out of memory"
  rm huge-articles.json huge-graph.json huge-gazetteer.json small.txt
fi

finish
