# scripts/gen-corpus is reproducible, and on the corpus it writes ergraph's network is
# exactly that of scripts/nx-pipeline (regex matching, sentence co-occurrence in
# Python): the same entities, mentions, links and count per pair, in .txt and .jsonl.
. "$(dirname "$0")/lib.sh"
cd "$SRC" || exit 1

gen() { "$PY" scripts/gen-corpus --articles 300 --entities 200 "$@"; }
check "gen-corpus runs" gen --seed 4 --per-dir 100 --out "$TMP/a"
check "gen-corpus runs again" gen --seed 4 --per-dir 100 --out "$TMP/b"
check "the same seed writes the same bytes" diff -r "$TMP/a" "$TMP/b"
check "gen-corpus, another seed" gen --seed 5 --per-dir 100 --out "$TMP/c"
if diff -q "$TMP/a/gazetteer.json" "$TMP/c/gazetteer.json" >/dev/null; then bad "another seed, the same gazetteer"; else ok; fi
py "300 articles in 3 folders, 200 entities with unique forms" '
import glob, json, sys
d = sys.argv[1]
assert len(glob.glob(d + "/corpus/*/*.txt")) == 300 and len(glob.glob(d + "/corpus/*/")) == 3
ents = json.load(open(d + "/gazetteer.json"))["entities"]
assert len(ents) == 200 and {e["type"] for e in ents} == {"person", "state", "organization"}
forms = [f.casefold() for e in ents for f in [e["name"]] + e["aliases"]]
assert len(forms) == len(set(forms)), "a form names two entities"
' "$TMP/a"

for fmt in txt jsonl; do
  check "gen-corpus --format $fmt" gen --seed 9 --format "$fmt" --per-dir 120 --out "$TMP/$fmt"
  run "$ERGRAPH" build --gazetteer "$TMP/$fmt/gazetteer.json" "$TMP/$fmt/corpus" -o "$TMP/$fmt/graph.json"
  expect_status 0
  check "$fmt: ergraph's network is networkx's, count for count" \
    "$PY" scripts/nx-pipeline --no-measures --gazetteer "$TMP/$fmt/gazetteer.json" \
    "$TMP/$fmt/corpus" --compare "$TMP/$fmt/graph.json"
done
py "the comparison sees a difference" '
import json, subprocess, sys
g = json.load(open(sys.argv[1] + "/graph.json"))
g["links"][0]["count"] += 1
json.dump(g, open(sys.argv[1] + "/bad.json", "w"))
r = subprocess.run([sys.executable, "scripts/nx-pipeline", "--no-measures", "--gazetteer",
                    sys.argv[1] + "/gazetteer.json", sys.argv[1] + "/corpus", "--compare",
                    sys.argv[1] + "/bad.json"], capture_output=True, text=True)
assert r.returncode == 1 and "counts differ on 1" in r.stdout, r.stdout
' "$TMP/txt"
finish
