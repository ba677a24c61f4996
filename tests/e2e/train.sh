# erg-train-tagger: the same inputs give the same model bytes; --lang picks the
# word lists of the features; --min-count and --min-weight make it smaller; the
# model it writes loads. Run as bash train.sh ERGRAPH SOURCE_DIR PYTHON TRAINER.
. "$(dirname "$0")/lib.sh"
cd "$SRC" || exit 1
TRAIN=$(cd "$(dirname "$4")" && pwd)/$(basename "$4")

# a small training file, written for this test: 'TOKEN POS TAG', IOB2
conll() {
  local words tags i
  while read -r line; do
    [ -z "$line" ] && { echo; continue; }
    words=${line%%|*}
    tags=${line#*|}
    set -- $tags
    for w in $words; do
      echo "$w _ $1"
      shift
    done
    echo
  done
}
conll > "$TMP/train.txt" <<'EOF'
Maria Lindqvist said the plan would work .|B-PER I-PER O O O O O O O
The Orrin Valley Council met in Tarsk on Monday .|O B-ORG I-ORG I-ORG O O B-LOC O O O
Officials in Tarsk said Maria Lindqvist had resigned .|O O B-LOC O B-PER I-PER O O O
Peter Amsel of the Orrin Valley Council visited Belgrave .|B-PER I-PER O O B-ORG I-ORG I-ORG O B-LOC O
Belgrave and Tarsk signed a trade deal , Peter Amsel said .|B-LOC O B-LOC O O O O O B-PER I-PER O O
The council said exports from Belgrave rose .|O O O O O B-LOC O O
Maria Lindqvist told the Harbour Workers Union that talks would resume .|B-PER I-PER O O B-ORG I-ORG I-ORG O O O O O
The Harbour Workers Union called a strike in Tarsk .|O B-ORG I-ORG I-ORG O O O O B-LOC O
EOF
check "the training file has 8 sentences" [ "$(grep -c '^$' "$TMP/train.txt")" = 8 ]

run "$TRAIN" --lang en --epochs 4 "$TMP/train.txt" -o "$TMP/a.model"
expect_status 0
run "$TRAIN" --lang en --epochs 4 "$TMP/train.txt" -o "$TMP/b.model"
expect_status 0
check "the same inputs give the same model bytes" cmp "$TMP/a.model" "$TMP/b.model"
run "$TRAIN" --lang id --epochs 4 "$TMP/train.txt" -o "$TMP/id.model"
expect_status 0
# "said" is an English reporting verb (class R), not an Indonesian one
check "--lang en uses the English word lists" grep -q '^c+1=R	' "$TMP/a.model"
check "--lang id does not" sh -c "! grep -q '^c+1=R	' '$TMP/id.model'"

# pruning: fewer features, each kept one seen in 2 tokens or more
run "$TRAIN" --lang en --epochs 4 --min-count 2 "$TMP/train.txt" -o "$TMP/small.model"
expect_status 0
expect_err_has "8 sentences,"
features() { sed -n 's/^features //p' "$1"; }
check "--min-count 2 keeps fewer features" [ "$(features "$TMP/small.model")" -lt "$(features "$TMP/a.model")" ]
py "--min-count 2 keeps only words seen twice or more" '
import sys
from collections import Counter
seen = Counter(l.split(" ")[0].lower() for l in open(sys.argv[1], encoding="utf-8") if l.strip())
def words(path):
    return {l.split("\t")[0][2:] for l in open(path, encoding="utf-8") if l.startswith("w=")}
small, full = words(sys.argv[2]), words(sys.argv[3])
assert small and all(seen[w] >= 2 for w in small), [w for w in small if seen[w] < 2]
assert any(seen[w] == 1 for w in full), full
' "$TMP/train.txt" "$TMP/small.model" "$TMP/a.model"
run "$TRAIN" --lang en --epochs 4 --min-weight 2000 "$TMP/train.txt" -o "$TMP/light.model"
expect_status 0
check "--min-weight 2000 keeps fewer features" [ "$(features "$TMP/light.model")" -lt "$(features "$TMP/a.model")" ]
py "--min-weight 2000 keeps only features with a weight of 2 or more" '
import sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
start = next(i for i, l in enumerate(lines) if l.startswith("features ")) + 1
rows = [l for l in lines[start:] if l]
assert rows and all(max(abs(int(w)) for w in r.split("\t")[1].split()) >= 2000 for r in rows), rows[:3]
' "$TMP/light.model"

# --dev-out: the tagger's labels of every dev token, by dataset sentence and
# token; the model is the same as without it
run "$TRAIN" --lang en --epochs 4 --dev "$TMP/train.txt" --dev-out "$TMP/labels.txt" "$TMP/train.txt" -o "$TMP/d.model"
expect_status 0
expect_err_has "dev F1"
check "--dev-out leaves the model as it was" cmp "$TMP/a.model" "$TMP/d.model"
py "--dev-out writes SENTENCE WORD GOLD PRED per token" '
import sys
rows = [tuple(map(int, l.split())) for l in open(sys.argv[1])]
assert rows and all(len(r) == 4 and 0 <= r[2] <= 6 and 0 <= r[3] <= 6 for r in rows), rows[:3]
assert max(r[0] for r in rows) == 7, max(r[0] for r in rows)
# the first sentence: "Maria Lindqvist said ...", gold B-PER I-PER O
assert rows[0] == (0, 0, 1, rows[0][3]) and rows[1][:3] == (0, 1, 2), rows[:2]
' "$TMP/labels.txt"

# the model loads as the English model
mkdir -p "$TMP/data"
cp -r data/lists data/gazetteer data/tagger-id.model "$TMP/data/"
cp "$TMP/a.model" "$TMP/data/tagger-en.model"
printf 'Maria Lindqvist said the council met in Tarsk.\n' > "$TMP/en.txt"
run env ERGRAPH_DATA="$TMP/data" "$ERGRAPH" entities --format tsv "$TMP/en.txt"
expect_status 0
expect_out_has "Maria Lindqvist"

# usage
run "$TRAIN" --lang fr "$TMP/train.txt" -o "$TMP/c.model"
expect_status 2
run "$TRAIN" --min-count 0 "$TMP/train.txt" -o "$TMP/c.model"
expect_status 2
printf 'Maria B-PER\n' > "$TMP/bad.txt"
run "$TRAIN" "$TMP/bad.txt" -o "$TMP/c.model"
expect_status 1
expect_err "erg-train-tagger: $TMP/bad.txt:1: expected 'TOKEN POS TAG'"
check "no model is written on an error" test ! -e "$TMP/c.model"

finish
