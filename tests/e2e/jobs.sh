# --jobs: articles recognized on several threads give byte for byte the
# output (and the warnings) of one thread, on the sample corpus and on a
# generated one; JSON Lines read through a chunk buffer give what the same
# articles give as a JSON array.
. "$(dirname "$0")/lib.sh"
cd "$SRC" || exit 1

# same_for_jobs NAME ARGS...: `ergraph ARGS` with --jobs 1, 2 and 4 writes the
# same stdout, stderr and status; ARGS may name $TMP/NAME.J.out, J the jobs.
same_for_jobs() {
  local name=$1
  shift
  for j in 1 2 4; do
    "$ERGRAPH" "${@//@J@/$j}" --jobs "$j" >"$TMP/$name.$j.stdout" 2>"$TMP/$name.$j.stderr"
    echo $? >"$TMP/$name.$j.status"
  done
  for j in 2 4; do
    for f in stdout stderr status; do
      check "$name: --jobs $j $f as --jobs 1" cmp "$TMP/$name.1.$f" "$TMP/$name.$j.$f"
    done
    if [ -e "$TMP/$name.1.out" ]; then
      check "$name: --jobs $j output as --jobs 1" cmp "$TMP/$name.1.out" "$TMP/$name.$j.out"
    fi
  done
}

# the sample corpus
same_for_jobs sample build data/corpus -o "$TMP/sample.@J@.out"
check "the sample network has links" grep -q '"evidence"' "$TMP/sample.1.out"
same_for_jobs sample-entities entities data/corpus
check "the sample has mentions" test -s "$TMP/sample-entities.1.stdout"

# a generated corpus: 400 articles over JSON Lines (one line longer than the
# reader's 64 KB chunk, a malformed line, blank lines), a JSON array and
# text files, Zipf-distributed mentions of 300 gazetteer entities
"$PY" - "$TMP/gen" <<'EOF'
import json, os, random, sys
out = sys.argv[1]
os.makedirs(out + "/txt")
rnd = random.Random(7)
syl = "ba di ku la mi no ra sa tu wa".split()
def word():
    return "".join(rnd.choice(syl) for _ in range(3)).capitalize()
ents = []
for i in range(300):
    kind = ("person", "state", "organization")[i % 3]
    name = f"{word()} {word()}" if kind != "organization" else f"Badan {word()} {word()}"
    ents.append({"name": name, "type": kind, "aliases": [name.upper()]})
json.dump({"entities": ents}, open(out + "/gaz.json", "w"))
weights = [1 / (k + 1) for k in range(len(ents))]
fill = "yang dan di ke dari untuk dengan pada dalam tidak akan ini itu juga".split()
def sentence():
    picks = rnd.choices(ents, weights, k=rnd.randint(1, 3))
    words = []
    for e in picks:
        words.append(rnd.choice([e["name"], e["aliases"][0]]))
        words += rnd.choices(fill, k=rnd.randint(2, 6))
    return " ".join(words) + "."
def text(n):
    return "\n\n".join(" ".join(sentence() for _ in range(3)) for _ in range(n))
arts = [{"id": f"a{k}", "text": text(rnd.randint(1, 5))} for k in range(400)]
arts[17]["text"] = text(700)  # longer than one 64 KB chunk
assert len(json.dumps(arts[17])) > 65536
with open(out + "/a.jsonl", "w") as f:
    for k, a in enumerate(arts[:300]):
        f.write(json.dumps(a) + "\n")
        if k == 40:
            f.write("\n{\"id\": broken\n")
json.dump(arts[300:350], open(out + "/b.json", "w"))
for k, a in enumerate(arts[350:]):
    open(f"{out}/txt/{k:03d}.txt", "w").write(a["text"])
json.dump(arts[:300], open(out + "/whole.json", "w"))
EOF
G=$TMP/gen
same_for_jobs gen build "$G/a.jsonl" "$G/b.json" "$G/txt" --gazetteer "$G/gaz.json" -o "$TMP/gen.@J@.out"
check "the malformed line is reported" grep -q "a.jsonl:43:8: malformed JSON; skipped" "$TMP/gen.1.stderr"
py "the generated network counts every article but the malformed line" '
import json, sys
g = json.load(open(sys.argv[1]))
assert g["graph"]["articles"] == 400, g["graph"]["articles"]
assert len(g["nodes"]) > 100 and len(g["links"]) > 500, (len(g["nodes"]), len(g["links"]))
' "$TMP/gen.1.out"
same_for_jobs gen-window build "$G/a.jsonl" --window tokens:5 --weight npmi --gazetteer "$G/gaz.json" -o "$TMP/gen-window.@J@.out"
same_for_jobs gen-entities entities --format tsv "$G" --gazetteer "$G/gaz.json"
same_for_jobs gen-strict --strict build "$G/a.jsonl" --gazetteer "$G/gaz.json" -o "$TMP/gen-strict.@J@.out"
check "strict: the malformed line fails the run" grep -qx "1" "$TMP/gen-strict.4.status"

# JSON Lines read in chunks give the mentions of the same articles in an array
run "$ERGRAPH" entities --jobs 2 --gazetteer "$G/gaz.json" "$G/a.jsonl"
sed "s|a.jsonl#|DOC#|" "$TMP/out" >"$TMP/lines.jsonl"
run "$ERGRAPH" entities --jobs 2 --gazetteer "$G/gaz.json" "$G/whole.json"
sed "s|whole.json#|DOC#|" "$TMP/out" >"$TMP/array.jsonl"
check "JSON Lines and a JSON array give the same mentions" cmp "$TMP/lines.jsonl" "$TMP/array.jsonl"
check "the long line has its mentions" grep -q '"doc":"DOC#a17"' "$TMP/lines.jsonl"

# slices too
for j in 1 3; do
  run "$ERGRAPH" build --jobs $j --slice month data/corpus --outdir "$TMP/slices$j"
  expect_status 0
done
check "--slice with --jobs 3 as with --jobs 1" diff -r "$TMP/slices1" "$TMP/slices3"

# usage
run "$ERGRAPH" build --jobs 0 data/corpus -o "$TMP/x.json"
expect_status 2
expect_err_has "ergraph build: --jobs needs a count from 1 to 1024, not '0'"
run "$ERGRAPH" entities --jobs many data/corpus
expect_status 2
expect_err_has "ergraph entities: --jobs needs a count from 1 to 1024, not 'many'"
finish
