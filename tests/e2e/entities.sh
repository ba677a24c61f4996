# ergraph entities: offsets, canonical names, roles, formats, stdin.
. "$(dirname "$0")/lib.sh"
cd "$SRC" || exit 1

# the mini corpus, against the expected file
run "$ERGRAPH" entities --format tsv tests/data/mini
expect_status 0
check "mini entities differ from tests/expected/mini-entities.tsv" diff -u tests/expected/mini-entities.tsv "$TMP/out"

# the sample corpus: every span is the text it claims, names merge, credits are bylines
run "$ERGRAPH" entities data/corpus
expect_status 0
cp "$TMP/out" "$TMP/sample.jsonl"
py "sample entities" '
import json, sys
from article_text import article_bytes
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
assert len(rows) > 200, len(rows)
for r in rows:
    assert set(r) == {"doc", "start", "end", "text", "entity", "type", "role"}, r
    got = article_bytes(r["doc"], "data")[r["start"]:r["end"]].decode()
    assert got == r["text"], (r, got)
by_text = {}
for r in rows:
    by_text.setdefault(r["text"], set()).add(r["entity"])
want = {"Kim Jong-un": "Kim Jong Un", "Kim Jong Un": "Kim Jong Un", "Kim Jong-Un": "Kim Jong Un",
        "Kim": "Kim Jong Un", "Korut": "North Korea", "Korea Utara": "North Korea", "DPRK": "North Korea",
        "Tiongkok": "China", "China": "China", "RRT": "China", "Putin": "Vladimir Putin",
        "Xi": "Xi Jinping", "PBB": "United Nations", "Korsel": "South Korea", "AS": "United States"}
for form, entity in want.items():
    assert by_text.get(form) == {entity}, (form, by_text.get(form))
roles = {(r["text"], r["role"]) for r in rows}
assert ("KOMPAS.COM", "byline") in roles and ("KOMPAS.com", "byline") in roles, roles
assert ("Reuters", "byline") in roles
assert not any(r["role"] == "mention" and r["text"] in ("KOMPAS.COM", "KOMPAS.com") for r in rows)
types = {r["entity"]: r["type"] for r in rows}
assert types["Kim Jong Un"] == "person" and types["North Korea"] == "state"
assert types["Korean Central News Agency"] == "organization"
' "$TMP/sample.jsonl"

# JSON Lines ids and offsets into the "text" field
run "$ERGRAPH" entities tests/data/mini/b.jsonl
expect_status 0
expect_out_has '{"doc":"b.jsonl#b2","start":0,"end":11,"text":"KIM JONG UN","entity":"Kim Jong Un","type":"person","role":"mention"}'

# standard input is an article with the id "-"
run sh -c "printf 'Korut dan Rusia.\n' | '$ERGRAPH' entities -"
expect_status 0
expect_out_has '{"doc":"-","start":0,"end":5,"text":"Korut","entity":"North Korea","type":"state","role":"mention"}'
expect_out_has '"text":"Rusia","entity":"Russia"'

# a user gazetteer, and names that need escaping in JSON and TSV
run "$ERGRAPH" entities --gazetteer tests/data/hostile-gazetteer.json tests/data/hostile.txt
expect_status 0
py "hostile names survive JSON" '
import json, sys
ents = [json.loads(l)["entity"] for l in open(sys.argv[1], encoding="utf-8")]
assert ents == ["<script>alert(1)</script>", "back\\slash \"quoted\"", "A & B", "Ким Чен Ын", "金正恩", "Line\nBreak, Inc."], ents
' "$TMP/out"
run "$ERGRAPH" entities --format tsv --gazetteer tests/data/hostile-gazetteer.json tests/data/hostile.txt
expect_status 0
py "hostile names keep TSV columns" '
import sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")[:-1]
assert len(lines) == 7, lines
assert all(l.count("\t") == 6 for l in lines), lines
assert "Line\\nBreak, Inc." in lines[6] and "back\\\\slash" in lines[2], lines
' "$TMP/out"

# a README beside the articles describes the folder: skipped when walking, read when named
mkdir -p "$TMP/folder/sub"
printf 'Korut dan Rusia.\n' > "$TMP/folder/a.txt"
printf 'Tentang Korut.\n' > "$TMP/folder/README.md"
printf 'Tentang Rusia.\n' > "$TMP/folder/sub/readme.txt"
run "$ERGRAPH" entities --format tsv "$TMP/folder"
expect_status 0
check "walk skips README files" test "$(cut -f1 "$TMP/out" | sort -u | tr '\n' ' ')" = "doc folder/a.txt "
run "$ERGRAPH" entities --format tsv "$TMP/folder/README.md"
expect_status 0
expect_out_has "README.md	8	13	Korut	North Korea"

# English: people, states and organizations, bylines kept apart, no junk
run "$ERGRAPH" entities tests/data/english.txt
expect_status 0
py "english article" '
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
got = {(r["entity"], r["type"], r["role"]) for r in rows}
for want in [("Vladimir Putin", "person", "mention"), ("Kim Jong Un", "person", "mention"),
             ("Miriam Okafor", "person", "mention"), ("Thomas Brennan", "person", "mention"),
             ("South Korea", "state", "mention"), ("Japan", "state", "mention"),
             ("United States", "state", "mention"), ("United Nations", "organization", "mention"),
             ("Ministry of Unification", "organization", "mention"),
             ("University of Lagos", "organization", "mention"),
             ("Hannah Whitfield", "person", "byline"), ("Northwind Herald", "organization", "byline")]:
    assert want in got, (want, sorted(got))
short = {r["text"]: r["entity"] for r in rows if r["role"] == "mention"}
assert short["Okafor"] == "Miriam Okafor" and short["Putin"] == "Vladimir Putin", short
junk = {"Leaders", "Meet", "Pressure", "Peninsula", "Russian", "Meanwhile", "Photo", "Dr", "Senator"}
assert not any(set(r["text"].split()) & junk for r in rows if r["role"] == "mention"), rows
' "$TMP/out"
# auto tells English by its function words: the same as --lang en
cp "$TMP/out" "$TMP/auto.jsonl"
run "$ERGRAPH" entities --lang en tests/data/english.txt
expect_status 0
check "--lang auto reads English as English" cmp -s "$TMP/out" "$TMP/auto.jsonl"
run "$ERGRAPH" entities --no-tagger --format tsv tests/data/english.txt
expect_status 0
check "--no-tagger keeps to the gazetteer" sh -c "! grep -q 'Okafor' '$TMP/out' && grep -q 'Vladimir Putin' '$TMP/out'"
run "$ERGRAPH" entities --lang fr tests/data/english.txt
expect_status 2
expect_err_has "ergraph entities: unknown language 'fr' (use id, en or auto)"

# a broken model file is named, with its line; a missing one is named, with
# the data folder; either model is checked whatever the articles' language
mkdir -p "$TMP/data"
cp -r data/lists data/gazetteer data/tagger-id.model "$TMP/data/"
printf 'ergraph-tagger 1\ntrans\n1 2 3\n' > "$TMP/data/tagger-en.model"
run env ERGRAPH_DATA="$TMP/data" "$ERGRAPH" entities tests/data/english.txt
expect_status 1
expect_err "ergraph: $TMP/data/tagger-en.model:3: malformed tagger model"
run env ERGRAPH_DATA="$TMP/data" "$ERGRAPH" entities --lang id data/corpus/01-kim-putin-beijing.txt
expect_status 1
expect_err "ergraph: $TMP/data/tagger-en.model:3: malformed tagger model"
rm "$TMP/data/tagger-en.model"
run env ERGRAPH_DATA="$TMP/data" "$ERGRAPH" entities tests/data/english.txt
expect_status 1
expect_err "ergraph: cannot open '$TMP/data/tagger-en.model': No such file or directory (the data folder is '$TMP/data'; set ERGRAPH_DATA to a folder holding lists/, gazetteer/, tagger-id.model and tagger-en.model)"
printf 'ergraph-tagger 1\ntrans\n' > "$TMP/data/tagger-en.model"
run env ERGRAPH_DATA="$TMP/data" "$ERGRAPH" entities tests/data/english.txt
expect_status 1
expect_err "ergraph: $TMP/data/tagger-en.model:3: malformed tagger model"
# bad_list_line LIST LINE MESSAGE: LINE appended to a copy of the shipped
# data/lists/LIST is named by its number, with MESSAGE; the copy is put
# back after
mkdir -p "$TMP/data2"
cp -r data/lists data/gazetteer data/tagger-id.model data/tagger-en.model "$TMP/data2/"
bad_list_line() {
    printf '%s\n' "$2" >> "$TMP/data2/lists/$1"
    local n
    n=$(wc -l < "$TMP/data2/lists/$1")
    run env ERGRAPH_DATA="$TMP/data2" "$ERGRAPH" entities tests/data/english.txt
    expect_status 1
    expect_err "ergraph: $TMP/data2/lists/$1:$n: $3"
    cp "data/lists/$1" "$TMP/data2/lists/$1"
}
# a line of the expansions list without its '=' is named
bad_list_line expansions-id.txt 'Pemkab Pemerintah Kabupaten' "expected 'short = long'"
# the expansions take a short form of two words ("Satpol PP"), the demonyms
# one word only, and three are too many for either
bad_list_line demonyms-en.txt 'North Korean = North Korea' "expected one short word before the '='"
bad_list_line expansions-id.txt 'Satpol PP Kota = Satuan Polisi Pamong Praja Kota' \
    "expected one or two short words before the '='"

# each article is tagged with the model of its language. The English model
# finds "Kestrel Minerals", which the Indonesian one misses; an empty English
# model leaves the Indonesian article's names as they are, an empty
# Indonesian one the English article's
printf 'Shares of Kestrel Minerals rose four percent on Tuesday after the company said its profit had doubled.\nGrace Ndlovu, the chief executive, told reporters in the port city that exports would grow.\n' > "$TMP/models-en.txt"
printf 'Para pejabat di kota pelabuhan itu mengatakan pada Selasa bahwa Grace Ndlovu telah bertemu gubernur untuk membahas aturan ekspor.\n' > "$TMP/models-id.txt"
(printf 'ergraph-tagger 1\ntrans\n'; for r in 1 2 3 4 5 6 7 8; do echo '0 0 0 0 0 0 0'; done; echo 'features 0') > "$TMP/empty.model"
# models ID EN: the entities of both articles with those models, in $TMP/out
models() {
  cp "$1" "$TMP/data/tagger-id.model"
  cp "$2" "$TMP/data/tagger-en.model"
  run env ERGRAPH_DATA="$TMP/data" "$ERGRAPH" entities --format tsv "$TMP/models-en.txt" "$TMP/models-id.txt"
  expect_status 0
  cut -f1,4,6 "$TMP/out" | sed "s|$TMP/||" > "$TMP/out.cut"
}
models data/tagger-id.model data/tagger-en.model
cp "$TMP/out.cut" "$TMP/both.tsv"
check "the English model finds Kestrel Minerals" grep -qx 'models-en.txt	Kestrel Minerals	organization' "$TMP/both.tsv"
check "the Indonesian model finds Grace Ndlovu" grep -qx 'models-id.txt	Grace Ndlovu	person' "$TMP/both.tsv"
models data/tagger-id.model data/tagger-id.model
check "the Indonesian model misses Kestrel Minerals" sh -c "! grep -q 'Kestrel' '$TMP/out.cut'"
models data/tagger-id.model "$TMP/empty.model"
grep '^models-id' "$TMP/both.tsv" > "$TMP/id-rows.tsv"
check "Indonesian articles do not use the English model" sh -c "grep '^models-id' '$TMP/out.cut' | cmp -s - '$TMP/id-rows.tsv'"
check "the English article lost its names" sh -c "! grep -q '^models-en' '$TMP/out.cut'"
models "$TMP/empty.model" data/tagger-en.model
grep '^models-en' "$TMP/both.tsv" > "$TMP/en-rows.tsv"
check "English articles do not use the Indonesian model" sh -c "grep '^models-en' '$TMP/out.cut' | cmp -s - '$TMP/en-rows.tsv'"
check "the Indonesian article lost its names" sh -c "! grep -q '^models-id' '$TMP/out.cut'"
# --lang id reads the English article with the Indonesian model
cp data/tagger-id.model data/tagger-en.model "$TMP/data/"
run env ERGRAPH_DATA="$TMP/data" "$ERGRAPH" entities --lang id --format tsv "$TMP/models-en.txt"
expect_status 0
check "--lang id tags with the Indonesian model" sh -c "! grep -q 'Kestrel' '$TMP/out'"

# --resolve-capitals: a capital standing for its government is its state; one
# named as a place (after di, ke, kota, in, ...) and one in a dateline stay places
printf 'MOSKOW (ANTARA) - Pyongyang dan Moskow akan selalu bersama, kata Kim Jong Un di Pyongyang.\nDelegasi tiba di Moskow pada Rabu. Beijing menolak tuduhan itu.\n' > "$TMP/capitals.txt"
printf 'Washington and Beijing traded threats on Monday, officials in Beijing said.\n' > "$TMP/capitals-en.txt"
for mode in plain resolve; do
  flag=; [ $mode = resolve ] && flag=--resolve-capitals
  run "$ERGRAPH" entities --format tsv $flag "$TMP/capitals.txt" "$TMP/capitals-en.txt"
  expect_status 0
  cut -f4,5,6,7 "$TMP/out" > "$TMP/capitals-$mode.tsv"
done
check "capitals stay places without --resolve-capitals" diff -u - "$TMP/capitals-plain.tsv" <<'EOF2'
text	entity	type	role
MOSKOW	Moscow	place	byline
ANTARA	Antara News Agency	organization	byline
Pyongyang	Pyongyang	place	mention
Moskow	Moscow	place	mention
Kim Jong Un	Kim Jong Un	person	mention
Pyongyang	Pyongyang	place	mention
Moskow	Moscow	place	mention
Beijing	Beijing	place	mention
Washington	Washington	place	mention
Beijing	Beijing	place	mention
Beijing	Beijing	place	mention
EOF2
check "--resolve-capitals" diff -u - "$TMP/capitals-resolve.tsv" <<'EOF2'
text	entity	type	role
MOSKOW	Moscow	place	byline
ANTARA	Antara News Agency	organization	byline
Pyongyang	North Korea	state	mention
Moskow	Russia	state	mention
Kim Jong Un	Kim Jong Un	person	mention
Pyongyang	Pyongyang	place	mention
Moskow	Moscow	place	mention
Beijing	China	state	mention
Washington	United States	state	mention
Beijing	China	state	mention
Beijing	Beijing	place	mention
EOF2

# a name defined with its short form in brackets: one mention for an
# organization, a mention of its own for a person; the short form later in
# the article is the same entity; "dan" inside an organization's name
printf 'Lembaga Kajian Hukum dan Demokrasi Nusantara (LKHDN) menolak rencana itu. Menurut LKHDN, rencana itu cacat.\nWarga Rukun Tetangga (Persero) hadir. Ketua panitia, Adimas Wiratmaja Kusuma (AWK), datang, kata AWK.\n' > "$TMP/acronyms.txt"
run "$ERGRAPH" entities --format tsv "$TMP/acronyms.txt"
expect_status 0
cut -f4,5,6 "$TMP/out" > "$TMP/acronyms.tsv"
check "bracketed short forms" diff -u - "$TMP/acronyms.tsv" <<'EOF2'
text	entity	type
Lembaga Kajian Hukum dan Demokrasi Nusantara (LKHDN)	Lembaga Kajian Hukum dan Demokrasi Nusantara	organization
LKHDN	Lembaga Kajian Hukum dan Demokrasi Nusantara	organization
Adimas Wiratmaja Kusuma	Adimas Wiratmaja Kusuma	person
AWK	Adimas Wiratmaja Kusuma	person
AWK	Adimas Wiratmaja Kusuma	person
EOF2

# a title-case headline that ends in a full stop still yields only names the
# article confirms; a sentence that lists names with commas is no headline
printf 'Lawatan ke Gedung Arsip Nusantara Menandai Babak Baru Kerja Sama Dua Lembaga.\n\nSeorang pejabat hadir di sana pada Senin.\n' > "$TMP/headline.txt"
printf 'Para pemenang diumumkan kemarin.\n\nMereka adalah Rahmad Dwi Ardhiansyah, Riefky Pradipta Baihaqie dan Aprilia Maharani.\n' > "$TMP/names.txt"
run "$ERGRAPH" entities --format tsv "$TMP/headline.txt" "$TMP/names.txt"
expect_status 0
cut -f4,6 "$TMP/out" > "$TMP/headline.tsv"
check "headlines and lists of names" diff -u - "$TMP/headline.tsv" <<'EOF2'
text	type
Rahmad Dwi Ardhiansyah	person
Riefky Pradipta Baihaqie	person
Aprilia Maharani	person
EOF2

# -o writes the file whole
run "$ERGRAPH" entities -o "$TMP/e.jsonl" tests/data/mini
expect_status 0
check "entities -o" test "$(wc -l < "$TMP/e.jsonl")" = "$(($(wc -l < tests/expected/mini-entities.tsv) - 1))"
no_leftovers "$TMP"

finish
