# Bad input, one case at a time: what the README promises for each (skip
# with a warning naming the file and place, or fail with exit 1), and that
# no output is lost or half-written.
. "$(dirname "$0")/lib.sh"
cd "$TMP" || exit 1
printf 'keep me\n' > out.json
SUMMARY_1F="ergraph: warning: skipped 1 file (see the warnings above; --strict makes them errors)"

# json_ok FILE: the file is JSON in valid UTF-8 (Python refuses anything else)
json_ok() { "$PY" -c 'import json,sys; json.loads(open(sys.argv[1], "rb").read().decode("utf-8"))' "$1"; }

# --- empty things --------------------------------------------------------
mkdir empty
run "$ERGRAPH" build empty -o out.json
expect_status 1
expect_err "ergraph: no articles: 'empty' holds no .txt, .md, .json, .jsonl or .html file"
check "output untouched after a failure" test "$(cat out.json)" = "keep me"

mkdir c1 && : > c1/empty.txt && printf 'Korut dan Rusia.\n' > c1/ok.txt
run "$ERGRAPH" entities c1
expect_status 0
expect_err "ergraph: warning: c1/empty.txt: empty file; skipped
$SUMMARY_1F"
expect_out_has '"doc":"c1/ok.txt"'

# --- encodings -----------------------------------------------------------
# invalid UTF-8: a stray continuation byte, an overlong form, a truncated
# sequence; repaired with U+FFFD, the names around them still found
printf 'Korut \x80 dan Rusia \xC0\xAF bertemu. Jepang \xE2\x82' > bad-utf8.txt
run "$ERGRAPH" entities bad-utf8.txt
expect_status 0
expect_err "ergraph: warning: bad-utf8.txt: byte 6: invalid UTF-8 (5 sequences replaced by U+FFFD)"
py "entities found around the bad bytes, output valid UTF-8" '
import json, sys
raw = open(sys.argv[1], "rb").read()
rows = [json.loads(l) for l in raw.decode("utf-8").splitlines()]
assert [r["entity"] for r in rows] == ["North Korea", "Russia", "Japan"], rows
' "$TMP/out"
run "$ERGRAPH" build bad-utf8.txt -o g-utf8.json
check "graph JSON is valid UTF-8" json_ok g-utf8.json
py "evidence carries U+FFFD, never the raw bytes" '
import json, sys
g = json.load(open(sys.argv[1], encoding="utf-8"))
snip = g["links"][0]["evidence"][0]["text"]
assert "\ufffd" in snip, snip
' g-utf8.json
run "$ERGRAPH" entities --strict bad-utf8.txt
expect_status 1
expect_err "ergraph: bad-utf8.txt: byte 6: invalid UTF-8 (5 sequences replaced by U+FFFD)"

# UTF-8 with a byte-order mark: offsets stay those of the file on disk
printf '\xEF\xBB\xBFKorut dan Rusia.\n' > bom8.txt
run "$ERGRAPH" entities bom8.txt
expect_status 0
expect_out_has '"start":3,"end":8,"text":"Korut"'

# UTF-16 with a byte-order mark, both byte orders
"$PY" -c 'import sys; open("le.txt","wb").write(b"\xff\xfe" + "Korut dan Rusia.\n".encode("utf-16-le")); open("be.txt","wb").write(b"\xfe\xff" + "Jepang dan Rusia.\n".encode("utf-16-be"))'
run "$ERGRAPH" entities le.txt be.txt
expect_status 0
expect_out_has '"doc":"le.txt","start":0,"end":5,"text":"Korut","entity":"North Korea"'
expect_out_has '"doc":"be.txt","start":0,"end":6,"text":"Jepang","entity":"Japan"'

# CRLF and CR line ends end sentences like LF
printf 'Korut dan Rusia.\r\nJepang\r\nChina\r\n' > crlf.txt
printf 'Korut dan Rusia.\rJepang\rChina\r' > cr.txt
for f in crlf cr; do
  run "$ERGRAPH" build $f.txt -o $f.json
  expect_status 0
  py "$f: one link, none across line ends" '
import json, sys
g = json.load(open(sys.argv[1]))
ids = [n["id"] for n in g["nodes"]]
pairs = sorted(tuple(sorted((l["source"], l["target"]))) for l in g["links"])
assert pairs == [("North Korea", "Russia")], pairs
assert "Japan" in ids and "China" in ids, ids
' $f.json
done

# NUL bytes: a few in text are repaired; mostly NUL is not text
printf 'Korut\0dan Rusia.\n' > nul.txt
run "$ERGRAPH" entities nul.txt
expect_status 0
expect_err "ergraph: warning: nul.txt: byte 5: invalid UTF-8 (1 sequence replaced by U+FFFD)"
expect_out_has '"entity":"Russia"'

# binary files in a corpus folder
mkdir c2 && printf 'Korut dan Rusia.\n' > c2/ok.txt
printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR' > c2/image.txt
printf 'Korut dan Rusia.\n' | gzip -c > c2/packed.json
head -c 4096 /dev/zero > c2/zeros.md
run "$ERGRAPH" build c2 -o c2.json
expect_status 0
expect_err "ergraph: warning: c2/image.txt: not text (PNG image); skipped
ergraph: warning: c2/packed.json: not text (gzip data); skipped
ergraph: warning: c2/zeros.md: not text (binary data (NUL bytes)); skipped
ergraph: warning: skipped 3 files (see the warnings above; --strict makes them errors)"
py "the good article is counted" 'import json,sys; assert json.load(open(sys.argv[1]))["graph"]["articles"] == 1' c2.json
run "$ERGRAPH" build --strict c2 -o c2s.json
expect_status 1
expect_err "ergraph: c2/image.txt: not text (PNG image)"
check "no output after a strict failure" test ! -e c2s.json

# --- size and number -----------------------------------------------------
# a 200 MB file with no newline: refused by size, never read into memory
mkdir c3 && printf 'Korut dan Rusia.\n' > c3/ok.txt
head -c 209715200 /dev/zero | tr '\0' 'a' > c3/huge.txt
run "$ERGRAPH" build c3 -o c3.json
expect_status 0
expect_err "ergraph: warning: c3/huge.txt: 200 MB is too large for one article (the limit is 64 MB: split it, or make it JSON Lines); skipped
$SUMMARY_1F"
rm -f c3/huge.txt

# 100,000 tiny files
mkdir many
"$PY" -c '
for i in range(100000):
    open("many/%06d.txt" % i, "w").write("Korut dan Rusia.\n")'
run "$ERGRAPH" build many -o many.json
expect_status 0
py "every tiny file counted" '
import json, sys
g = json.load(open(sys.argv[1]))
assert g["graph"]["articles"] == 100000, g["graph"]
assert g["links"][0]["count"] == 100000, g["links"][0]
' many.json
rm -rf many

# --- the file system ---------------------------------------------------------
# a symlink loop
mkdir -p c4/sub && printf 'Korut dan Rusia.\n' > c4/sub/a.txt && ln -s .. c4/sub/up
run "$ERGRAPH" entities c4
expect_status 0
expect_err "ergraph: warning: c4/sub/up: a symbolic link loop (this folder contains itself); skipped
$SUMMARY_1F"

# an unreadable file (as root, through an unprivileged user)
mkdir c5 && printf 'Korut dan Rusia.\n' > c5/a.txt && printf 'Jepang.\n' > c5/b.txt && chmod 000 c5/b.txt
unprivileged
run $AS_USER "$USER_ERGRAPH" entities c5
expect_status 0
expect_err "ergraph: warning: cannot open 'c5/b.txt': Permission denied; skipped
$SUMMARY_1F"
chmod 644 c5/b.txt

# paths with spaces and non-ASCII letters
mkdir -p "berita lama/Ñusantara" && printf 'Korut dan Rusia.\n' > "berita lama/Ñusantara/kabar ké-1.txt"
run "$ERGRAPH" build "berita lama" -o "hasil akhir.json"
expect_status 0
py "the path is the document id" '
import json, sys
g = json.load(open(sys.argv[1]))
assert g["links"][0]["documents"] == ["berita lama/Ñusantara/kabar ké-1.txt"], g["links"][0]
' "hasil akhir.json"

# --- JSON articles -----------------------------------------------------------
{
  printf '{"id": 1, "text": "Korut dan Rusia."}\n'
  printf '{"id": 2, "text": 5}\n'
  printf '["not", "an", "object"]\n'
  printf '{"id": 4, "title": "no text"}\n'
  "$PY" -c 'print("[" * 5000 + "]" * 5000)'
  printf '{"id": 6, "text": "Jepang dan China."}\n'
} > mixed.jsonl
run "$ERGRAPH" build mixed.jsonl -o mixed.json
expect_status 0
expect_err "ergraph: warning: mixed.jsonl:2: article has no \"text\" string; skipped
ergraph: warning: mixed.jsonl:3: expected an article object; skipped
ergraph: warning: mixed.jsonl:4: article has no \"text\" string; skipped
ergraph: warning: mixed.jsonl:5:1001: malformed JSON; skipped
ergraph: warning: skipped 4 articles (see the warnings above; --strict makes them errors)"
py "the two good articles are counted" 'import json,sys; assert json.load(open(sys.argv[1]))["graph"]["articles"] == 2' mixed.json

# --- gazetteers --------------------------------------------------------------
cat > gz.json <<'EOF'
{"entities": [
  {"name": "Acme Group", "type": "person", "aliases": ["Acme", "A", "", "-"]},
  {"name": "Acme Group", "type": "organization"},
  {"name": "Blue Corp", "type": "organization", "aliases": ["Acme"]}
]}
EOF
printf 'Acme Group dan Acme.\n' > acme.txt
run "$ERGRAPH" entities --format tsv --gazetteer gz.json acme.txt
expect_status 0
expect_err "ergraph: warning: gz.json: entity 1 ('Acme Group'): alias 'A' is one character; ignored
ergraph: warning: gz.json: entity 1 ('Acme Group'): alias '' has no letters or digits; ignored
ergraph: warning: gz.json: entity 1 ('Acme Group'): alias '-' has no letters or digits; ignored"
check "a repeated name takes the later type; a taken alias moves to the later entity" \
  test "$(cut -f5,6 "$TMP/out" | tail -n +2 | tr '\n' '|')" = "Acme Group	organization|Blue Corp	organization|"
printf '{"entities": [{"name": "", "type": "person"}]}' > gz2.json
run "$ERGRAPH" entities --gazetteer gz2.json acme.txt
expect_status 1
expect_err "ergraph: gz2.json: entity 1: \"name\" must be a non-empty string"

# --- graph files -------------------------------------------------------------
printf '{"nodes": [{"id": "a", "type": "person"}, {"id": "b", "type": "person"}], "links": [{"source": "a", "target": "b", "weight": "NaN"}]}' > nan.json
run "$ERGRAPH" stats nan.json
expect_status 1
expect_err "ergraph: nan.json: link 1 ('a' - 'b'): weight must be a positive number"

# --- outputs -----------------------------------------------------------------
# disk full (a file-size limit): a clear error, nothing half-written
printf 'keep me\n' > full.json
(ulimit -f 1; "$ERGRAPH" build "$SRC/data/corpus" -o full.json >"$TMP/out" 2>"$TMP/err"; echo $? > st)
status=$(cat st)
expect_status 1
expect_err "ergraph: cannot write 'full.json': File too large"
check "the old output survives" test "$(cat full.json)" = "keep me"

# an interrupted run leaves neither the output nor its temporary file
for sig in TERM INT; do
  rm -f held
  ERGRAPH_TEST_HOLD="$TMP/held" "$ERGRAPH" build "$SRC/data/corpus" -o sig.json 2>/dev/null &
  pid=$!
  for _ in $(seq 1800); do [ -e held ] || ! kill -0 $pid 2>/dev/null && break; sleep 0.1; done
  check "SIG$sig: the temporary output existed" sh -c 'ls | grep -q "^sig.json.tmp."'
  kill -$sig $pid
  wait $pid
  st=$?
  check "SIG$sig: died of the signal (status $st)" test "$st" -gt 128
  check "SIG$sig: no output" test ! -e sig.json
done

no_leftovers "$TMP"
finish
