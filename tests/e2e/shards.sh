# ergraph count and merge: merged shards give the network of one build over
# the same inputs in the same order, byte for byte; parts of merges merge
# again; bad parts and mixed options are refused with one-line errors.
. "$(dirname "$0")/lib.sh"
cd "$SRC" || exit 1

# A larger corpus than data/corpus: 240 generated articles in four JSON Lines
# files, Zipf-like mentions of listed names and of unlisted ones the tagger
# discovers, some spelled differently in different files (one node by key),
# dated and undated articles, several paragraphs each.
"$PY" - "$TMP" <<'PYEOF'
import json, random, sys
tmp = sys.argv[1]
rng = random.Random(6)
listed = ["Kim Jong Un", "Vladimir Putin", "Xi Jinping", "Prabowo Subianto", "Korea Utara",
          "Rusia", "China", "Jepang", "Amerika Serikat", "KPK", "DPR", "TNI", "Dmitry Peskov",
          "Korea Selatan", "Belarus", "Alexander Lukashenko", "ASEAN", "Indonesia"]
unlisted = [["Park Won-gon", "Park Won Gon", "Park Won-Gon"], ["Hartono Wibisono"],
            ["Sutrisno Adiwijaya", "Sutrisno Adi-wijaya"], ["Miriam Okafor"], ["Rahmat Hidayatullah"]]
verbs = ["mengatakan", "menegaskan", "menyatakan", "menjelaskan"]
weights = [1.0 / (r + 1) for r in range(len(listed))]
def name():
    if rng.random() < 0.25:
        forms = rng.choice(unlisted)
        return rng.choice(forms)
    return rng.choices(listed, weights)[0]
def sentence():
    a, b = name(), name()
    k = rng.randrange(3)
    if k == 0:
        return "%s %s bahwa hubungan dengan %s tetap kuat." % (a, rng.choice(verbs), b)
    if k == 1:
        return "Pertemuan antara %s dan %s digelar di Jakarta pada pekan lalu." % (a, b)
    return "Menurut %s, pemerintah %s akan membahas kerja sama baru." % (a, b)
n = 0
for f in range(4):
    with open("%s/gen-%d.jsonl" % (tmp, f), "w", encoding="utf-8") as out:
        for i in range(60):
            n += 1
            paras = ["\n".join(sentence() for _ in range(rng.randrange(1, 4)))
                     for _ in range(rng.randrange(1, 4))]
            art = {"id": "a%d" % n, "title": "Berita %d" % n, "text": "\n\n".join(paras)}
            if rng.random() < 0.8:
                art["date"] = "2025-%02d-%02d" % (rng.randrange(1, 13), rng.randrange(1, 29))
            out.write(json.dumps(art, ensure_ascii=False) + "\n")
PYEOF
gen=("$TMP"/gen-0.jsonl "$TMP"/gen-1.jsonl "$TMP"/gen-2.jsonl "$TMP"/gen-3.jsonl)
corpus=(data/corpus/*.txt data/corpus/*.jsonl)

# same_as_build NAME "COUNT OPTIONS" "MERGE OPTIONS" SHARD... (shards are
# ':'-separated lists of inputs): count each shard, merge the parts in order,
# and compare with one build over every input in that order.
same_as_build() {
  local name=$1 copts=$2 mopts=$3 parts=() inputs=() i=0
  shift 3
  for shard in "$@"; do
    IFS=: read -r -a files <<<"$shard"
    i=$((i + 1))
    run "$ERGRAPH" count $copts "${files[@]}" -o "$TMP/$name-$i.part"
    expect_status 0
    parts+=("$TMP/$name-$i.part")
    inputs+=("${files[@]}")
  done
  run "$ERGRAPH" merge $mopts "${parts[@]}" -o "$TMP/$name-merged.json"
  expect_status 0
  run "$ERGRAPH" build $copts $mopts "${inputs[@]}" -o "$TMP/$name-built.json"
  expect_status 0
  if cmp -s "$TMP/$name-merged.json" "$TMP/$name-built.json"; then ok; else
    bad "$name: merge differs from build: $(diff <(tr ',' '\n' <"$TMP/$name-built.json") <(tr ',' '\n' <"$TMP/$name-merged.json") | head -5)"
  fi
}

join() { local IFS=:; echo "$*"; }
c1=$(join "${corpus[@]:0:3}") c2=$(join "${corpus[@]:3:5}") c3=$(join "${corpus[@]:8}")
same_as_build corpus-sentence "" "" "$c1" "$c2" "$c3"
same_as_build corpus-paragraph "--window paragraph" "--weight pmi" "$c1" "$c2" "$c3"
same_as_build corpus-tokens "--window tokens:8 --evidence 1" "--weight npmi --min-count 2" "$c1" "$c2:$c3"
same_as_build corpus-documents "--count documents --types person,state,organization,place --keep-bylines" \
  "--weight jaccard --max-nodes 20 --top-links 4 --giant" "$c3" "$c1" "$c2"
same_as_build corpus-capitals "--resolve-capitals --lang id --types person,state,organization,place" "" \
  "$c2" "$c1:$c3"
same_as_build gen-sentence "" "" "${gen[0]}" "${gen[1]}:${gen[2]}" "${gen[3]}"
same_as_build gen-paragraph "--window paragraph --since 2025-03-01 --until 2025-10-31" \
  "--weight association --min-mentions 3 --backbone 0.5" "${gen[0]}:${gen[1]}" "${gen[2]}" "${gen[3]}"
same_as_build gen-document "--window document --evidence 5" "--weight dice" \
  "${gen[3]}" "${gen[2]}" "${gen[1]}" "${gen[0]}"
same_as_build mixed "--window tokens:5" "--weight count --min-count 2" \
  "${gen[0]}:${corpus[0]}" "${corpus[1]}:${gen[1]}" "${gen[2]}:${gen[3]}:${corpus[9]}"

# the generated corpus is what it should be: discovered spellings in
# different shards are one node, named as first met
py "variants across shards are one node" '
import json, sys
d = json.load(open(sys.argv[1] + "/gen-sentence-merged.json", encoding="utf-8"))
assert d["graph"]["articles"] == 240 and len(d["links"]) > 50, d["graph"]
nodes = {n["id"]: n for n in d["nodes"]}
park = [n for n in nodes.values() if n["id"].startswith("Park Won")]
assert len(park) == 1, [n["id"] for n in park]
assert {"Park Won-gon", "Park Won Gon"} <= set(park[0]["aliases"]), park[0]["aliases"]
assert d["graph"]["dates"]["undated"] > 0 and d["graph"]["dates"]["dated"] > 0
' "$TMP"

# merges of merges (--partial): ((1 2) 3) and (1 (2 3)) give the same part as
# (1 2 3), and a network equal to the build
p=("$TMP"/gen-paragraph-1.part "$TMP"/gen-paragraph-2.part "$TMP"/gen-paragraph-3.part)
run "$ERGRAPH" merge --partial "${p[@]}" -o "$TMP/all.part"
expect_status 0
run "$ERGRAPH" merge --partial "${p[0]}" "${p[1]}" -o "$TMP/12.part"
expect_status 0
run "$ERGRAPH" merge --partial "$TMP/12.part" "${p[2]}" -o "$TMP/12-3.part"
expect_status 0
run "$ERGRAPH" merge --partial "${p[1]}" "${p[2]}" -o "$TMP/23.part"
expect_status 0
run "$ERGRAPH" merge --partial "${p[0]}" "$TMP/23.part" -o "$TMP/1-23.part"
expect_status 0
check "((1 2) 3) is (1 2 3)" cmp "$TMP/all.part" "$TMP/12-3.part"
check "(1 (2 3)) is (1 2 3)" cmp "$TMP/all.part" "$TMP/1-23.part"
run "$ERGRAPH" merge --weight association --min-mentions 3 --backbone 0.5 "$TMP/1-23.part" -o "$TMP/tree.json"
expect_status 0
check "a tree of merges gives the build" cmp "$TMP/tree.json" "$TMP/gen-paragraph-built.json"

# a tab after each line, as Hadoop Streaming's text output adds, changes nothing
sed 's/$/\t/' "${p[0]}" >"$TMP/tab.part"
run "$ERGRAPH" merge --partial "$TMP/tab.part" "${p[1]}" "${p[2]}" -o "$TMP/tab-all.part"
expect_status 0
check "trailing tabs are ignored" cmp "$TMP/all.part" "$TMP/tab-all.part"

# standard input: an article on stdin, or the inputs' names on stdin
a=data/corpus/01-kim-putin-beijing.txt b=data/corpus/05-lukashenko-undangan-pyongyang.txt
run "$ERGRAPH" count - -o "$TMP/stdin.part" <"$b"
expect_status 0
run "$ERGRAPH" count "$a" -o "$TMP/a.part"
expect_status 0
run "$ERGRAPH" merge "$TMP/a.part" "$TMP/stdin.part" -o "$TMP/stdin-merged.json"
expect_status 0
run "$ERGRAPH" build "$a" - -o "$TMP/stdin-built.json" <"$b"
expect_status 0
check "an article on stdin counts like one on stdin for build" cmp "$TMP/stdin-merged.json" "$TMP/stdin-built.json"
printf '%s\n' "${gen[@]:0:2}" "" "${corpus[@]:0:2}" | "$ERGRAPH" count --window paragraph --inputs-from - -o "$TMP/from.part"
run "$ERGRAPH" merge --weight pmi "$TMP/from.part" -o "$TMP/from.json"
expect_status 0
run "$ERGRAPH" build --window paragraph --weight pmi "${gen[@]:0:2}" "${corpus[@]:0:2}" -o "$TMP/from-built.json"
check "--inputs-from - reads the inputs' names" cmp "$TMP/from.json" "$TMP/from-built.json"
run "$ERGRAPH" count -o - "$a"
expect_status 0
py "a part on stdout is JSON Lines with a header and an end line" '
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1] + "/out", encoding="utf-8")]
assert lines[0]["ergraph_part"] == 1 and lines[0]["inputs"] == ["01-kim-putin-beijing.txt"]
assert lines[1] == {"article": "01-kim-putin-beijing.txt", "date": "2025-09-03"}
end = lines[-1]["end"]
assert end["nodes"] == sum("node" in l for l in lines) and end["links"] == sum("link" in l for l in lines)
' "$TMP"

# an article's date in a part must be a date
sed 's/"date":"2025-09-03"/"date":"3\/9\/2025"/' "$TMP/out" >"$TMP/baddate.part"
run "$ERGRAPH" merge "$TMP/baddate.part" -o "$TMP/baddate.json"
expect_status 1
expect_err_has "baddate.part:2: article: \"date\" is not a date (yyyy-mm-dd)"

# what a count skipped is recorded in its part and repeated by the merge
mkdir "$TMP/skips"
cp "$a" "$TMP/skips/a.txt"
printf '\x89PNG\r\n\x1a\nxxxx' >"$TMP/skips/b.txt"
run "$ERGRAPH" count "$TMP/skips" -o "$TMP/skips.part"
expect_status 0
expect_err_has "skipped 1 file"
run "$ERGRAPH" merge "$TMP/skips.part" "$TMP/a.part" -o "$TMP/skips.json"
expect_status 0
expect_err "ergraph: warning: $TMP/skips.part: its count skipped 1 file and 0 articles"
run "$ERGRAPH" build "$TMP/skips" "$a" -o "$TMP/skips-built.json"
check "a shard that skipped a file merges like build" cmp "$TMP/skips.json" "$TMP/skips-built.json"

# usage errors
run "$ERGRAPH" count --weight pmi "$a" -o "$TMP/u.part"
expect_status 2
expect_err "ergraph count: '--weight' applies to the merged counts: give it to 'ergraph merge'
(see 'ergraph count --help')"
run "$ERGRAPH" merge --window paragraph "$TMP/a.part" -o "$TMP/u.json"
expect_status 2
expect_err "ergraph merge: '--window' decides what is counted: give it to 'ergraph count'
(see 'ergraph merge --help')"
run "$ERGRAPH" merge --partial --min-count 2 "$TMP/a.part" -o "$TMP/u.part"
expect_status 2
expect_err_has "ergraph merge: --partial writes counts: weights and pruning go with the final merge"
run "$ERGRAPH" merge -o "$TMP/u.json"
expect_status 2
expect_err_has "ergraph merge: no part given"
run "$ERGRAPH" merge "$TMP/a.part"
expect_status 2
expect_err_has "ergraph merge: no output given (-o GRAPH.json)"
run "$ERGRAPH" count "$a"
expect_status 2
expect_err_has "ergraph count: no output given (-o PART)"
: >"$TMP/none.lst"
run "$ERGRAPH" count --inputs-from "$TMP/none.lst" -o "$TMP/u.part"
expect_status 2
expect_err_has "ergraph count: no input given ('$TMP/none.lst' names none)"
run "$ERGRAPH" count --help
expect_status 0
expect_out_has "--inputs-from FILE"
run "$ERGRAPH" merge --help
expect_status 0
expect_out_has "--partial"

# bad parts: one line naming the file and place, exit 1, no output written
cd "$TMP" || exit 1
mkdir dest
run "$ERGRAPH" count --window paragraph "$SRC/$b" -o para.part
expect_status 0
run "$ERGRAPH" merge a.part para.part -o dest/g.json
expect_status 1
expect_err "ergraph: para.part: counted with --window paragraph, unlike 'a.part' (sentence); parts must be counted with the same options"
sed 's/"version":"ergraph [^"]*"/"version":"ergraph 9.9.9"/' para.part >other.part
run "$ERGRAPH" merge a.part other.part -o dest/g.json
expect_status 1
expect_err "ergraph: other.part: counted by ergraph 9.9.9, unlike 'a.part' (ergraph $("$ERGRAPH" --version | cut -d' ' -f2))"
n=$(wc -l <a.part)
head -n $((n - 1)) a.part >cut.part
run "$ERGRAPH" merge cut.part -o dest/g.json
expect_status 1
expect_err "ergraph: cut.part: truncated: no end line after line $((n - 1))"
head -c $(($(head -n 2 a.part | wc -c) + 20)) a.part >cut2.part
run "$ERGRAPH" merge cut2.part -o dest/g.json
expect_status 1
expect_err "ergraph: cut2.part:3:10: malformed JSON"
sed '1s/"ergraph_part":1/"ergraph_part":2/' a.part >v2.part
run "$ERGRAPH" merge v2.part -o dest/g.json
expect_status 1
expect_err "ergraph: v2.part:1: ergraph part format 2; this ergraph reads format 1"
line=$(grep -n '^{"node"' a.part | head -1 | cut -d: -f1)
sed "${line}s/\"mentions\":[0-9]*/\"mentions\":\"many\"/" a.part >type.part
run "$ERGRAPH" merge type.part -o dest/g.json
expect_status 1
expect_err "ergraph: type.part:$line: node: \"mentions\" is not a count"
run "$ERGRAPH" merge stdin-merged.json -o dest/g.json
expect_status 1
expect_err "ergraph: stdin-merged.json:1: not an ergraph part (line 1 is not a JSON object)"
run "$ERGRAPH" merge nope.part -o dest/g.json
expect_status 1
expect_err "ergraph: cannot open 'nope.part': No such file or directory"
# parts counted with different data of the same size: a gazetteer with one
# letter changed, a word list with one letter changed. Only the content
# tells them apart; the same data merges.
printf '{"entities": [{"name": "Hartono Wibisono", "type": "person"}]}\n' >g1.json
printf '{"entities": [{"name": "Hartono Wibisana", "type": "person"}]}\n' >g2.json
run "$ERGRAPH" count --gazetteer g1.json "$SRC/$a" -o g1a.part
expect_status 0
run "$ERGRAPH" count --gazetteer g1.json "$SRC/$b" -o g1b.part
expect_status 0
run "$ERGRAPH" count --gazetteer g2.json "$SRC/$b" -o g2b.part
expect_status 0
digest() { head -n 1 "$1" | sed 's/.*"'"$2"'":"sha256:\([0-9a-f]\{12\}\).*/\1/'; }
check "same gazetteer size" test "$(head -n 1 g1b.part | grep -o '"gazetteer_entries":[0-9]*')" = \
  "$(head -n 1 g2b.part | grep -o '"gazetteer_entries":[0-9]*')"
check "other gazetteer digest" test "$(digest g1b.part gazetteer)" != "$(digest g2b.part gazetteer)"
run "$ERGRAPH" merge g1a.part g2b.part -o dest/g.json
expect_status 1
expect_err "ergraph: g2b.part: counted with other gazetteers than 'g1a.part' (sha256 $(digest g2b.part gazetteer)..., not $(digest g1a.part gazetteer)...); parts must be counted with the same gazetteers and word lists"
run "$ERGRAPH" merge g1a.part g1b.part -o g1-merge.json
expect_status 0
run "$ERGRAPH" build --gazetteer g1.json "$SRC/$a" "$SRC/$b" -o g1-build.json
check "same gazetteer: merge = build" cmp g1-merge.json g1-build.json
cp -R "$SRC/data" data2
sed -i 's/^Senin$/Senen/' data2/lists/days.txt
check "a list changed" grep -qx Senen data2/lists/days.txt
check "same list size" test "$(wc -c <data2/lists/days.txt)" = "$(wc -c <"$SRC/data/lists/days.txt")"
run env ERGRAPH_DATA="$TMP/data2" "$ERGRAPH" count "$SRC/$b" -o lists.part
expect_status 0
run "$ERGRAPH" merge a.part lists.part -o dest/g.json
expect_status 1
expect_err "ergraph: lists.part: counted with other word lists or tagger models than 'a.part' (sha256 $(digest lists.part lists)..., not $(digest a.part lists)...); parts must be counted with the same gazetteers and word lists"
check "no output after a failed merge" test -z "$(ls dest)"

finish
