# junk.sh: no node from what is no participant: laws, programmes, products and
# holidays, kinds of people and nationality words, organization head words
# alone, a state named only as a currency or language, a rank glued to a
# name. The articles are written for this test.
. "$(dirname "$0")/lib.sh"
cd "$SRC" || exit 1

mkdir -p "$TMP/c"
printf 'Rapat Anggaran\n\nMenteri Keuangan Sri Mulyani Indrawati membahas UU Pemilu dan Subsidi Upah bersama Presiden Prabowo Subianto di Jakarta, Senin.\n\nPeringatan Hari Lahir Pancasila digelar meriah, kata Presiden Prabowo Subianto.\n\nWarga Bekasi menyambut Presiden Prabowo Subianto, sementara nilai tukar dolar AS melemah.\n\nBrigadir Nurhadi Santoso menjaga Presiden Prabowo Subianto, lalu berbicara dalam bahasa Inggris kepada Duta Besar Jepang.\n\nKementerian menyebut Partai siap, ujar Sri Mulyani Indrawati.\n' > "$TMP/c/id.txt"
printf 'Budget row\n\nChancellor Gordon Brown defended the Finance Act and the Budget on Monday, Tony Blair said.\n\nAnalysts said Labour MPs and German investors backed Tony Blair, while the US dollar fell against the euro.\n\nThe Bank and the Commission met Gordon Brown at Christmas.\n' > "$TMP/c/en.txt"

run "$ERGRAPH" entities --format tsv "$TMP/c"
expect_status 0
cp "$TMP/out" "$TMP/ents.tsv"
py "no junk entities" '
import sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1])][1:]
ents = {r[4] for r in rows}
texts = [r[3] for r in rows]
for junk in ["UU Pemilu", "Subsidi Upah", "Lahir Pancasila", "Hari Lahir Pancasila", "Warga Bekasi",
             "Kementerian", "Partai", "Finance Act", "Budget", "Analysts", "Labour MPs", "German",
             "Bank", "Commission", "Christmas", "Brigadir Nurhadi Santoso"]:
    assert junk not in ents, (junk, sorted(ents))
# a state named as a currency or a language is no mention of it
assert "AS" not in texts and "US" not in texts, texts
assert "Inggris" not in texts, texts
# the participants stay
for real in ["Sri Mulyani Indrawati", "Prabowo Subianto", "Nurhadi Santoso", "Japan", "Gordon Brown",
             "Tony Blair"]:
    assert real in ents, (real, sorted(ents))
' "$TMP/ents.tsv"
finish
