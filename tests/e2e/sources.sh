# sources.sh: an outlet cited as the source of a quote or report takes role
# source and stays out of the network unless --keep-sources; datelines in the
# spellings real pages use are credits; an outlet that acts in the story is an
# organization like any other. The articles are written for this test.
. "$(dirname "$0")/lib.sh"
cd "$SRC" || exit 1

mkdir -p "$TMP/id" "$TMP/en"
nbsp=$(printf '\302\240')
printf 'Harga Beras Naik\n\nJAKARTA, KOMPAS.com -- Menteri Perdagangan Budi Santoso meninjau Pasar Induk bersama Gubernur Pramono Anung, Senin.\n\n"Stok aman," kata Budi Santoso kepada Kompas.com di Jakarta.\n\nPramono Anung menambahkan, seperti dikutip dari AFP, bahwa harga akan turun.\n\nReuters melaporkan bahwa Presiden Prabowo Subianto akan menggelar rapat terbatas.\n\nReuters memangkas 3.000 pekerjaan di Indonesia tahun ini.\n\nPresiden Prabowo Subianto tiba di pasar. (Kompas.com/Rina Wulandari)\n' > "$TMP/id/a.txt"
printf 'Banjir Surut\n\nKOMPAS.com -%sWarga Bekasi kembali ke rumah, kata Pramono Anung.\n' "$nbsp" > "$TMP/id/b.txt"
printf 'Jalan Tol Dibuka\n\nKOMPAS.com- Menteri Pekerjaan Umum Dody Hanggodo meresmikan jalan tol.\n' > "$TMP/id/c.txt"
printf 'Ekspor Naik\n\nJakarta (ANTARA) - Menteri Keuangan Sri Mulyani Indrawati menyebut ekspor naik.\n' > "$TMP/id/d.txt"
printf 'Rates held\n\nLONDON (Reuters) - The Bank of England held rates, Governor Mervyn King said.\n\n"We are watchful," Mervyn King told the BBC News website.\n\nAccording to Reuters, the Treasury welcomed the decision of the Bank of England.\n\nReuters cut 3,000 jobs in London this year, said Tony Blair.\n' > "$TMP/en/a.txt"

run "$ERGRAPH" entities --format tsv "$TMP/id" "$TMP/en"
expect_status 0
cp "$TMP/out" "$TMP/ents.tsv"
py "roles of outlets and datelines" '
import sys, collections
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1])][1:]
seen = collections.defaultdict(list)
for doc, s, e, text, ent, typ, role in rows:
    seen[(doc.rsplit("/", 2)[-2] + "/" + doc.rsplit("/", 1)[-1], text)].append(role)
def roles(doc, text):
    return seen.get((doc, text), [])
# datelines, however spelled, are credits
assert roles("id/a.txt", "KOMPAS.com") == ["byline"], roles("id/a.txt", "KOMPAS.com")
assert roles("id/b.txt", "KOMPAS.com") == ["byline"], roles("id/b.txt", "KOMPAS.com")
assert roles("id/c.txt", "KOMPAS.com") == ["byline"], roles("id/c.txt", "KOMPAS.com")
assert "byline" in roles("id/d.txt", "ANTARA"), seen
assert "byline" in roles("en/a.txt", "Reuters") and "byline" in roles("en/a.txt", "LONDON"), seen
# cited as the source of a quote or report
assert roles("id/a.txt", "Kompas.com") == ["source", "source"], roles("id/a.txt", "Kompas.com")
assert roles("id/a.txt", "AFP") == ["source"], roles("id/a.txt", "AFP")
assert roles("id/a.txt", "Reuters") == ["source", "mention"], roles("id/a.txt", "Reuters")
assert roles("en/a.txt", "BBC") == ["source"], roles("en/a.txt", "BBC")
assert roles("en/a.txt", "Reuters") == ["byline", "source", "mention"], roles("en/a.txt", "Reuters")
# a photo credit: the outlet is a source, the photographer a credit
assert roles("id/a.txt", "Rina Wulandari") == ["byline"], seen
# the people stay mentions
assert roles("id/a.txt", "Budi Santoso")[0] == "mention"
assert roles("en/a.txt", "Tony Blair") == ["mention"]
' "$TMP/ents.tsv"

# sources stay out of the network unless --keep-sources
run "$ERGRAPH" build "$TMP/id" "$TMP/en" -o "$TMP/g.json"
expect_status 0
run "$ERGRAPH" build --keep-sources "$TMP/id" "$TMP/en" -o "$TMP/k.json"
expect_status 0
py "sources out of the network by default" '
import json, sys
g, k = (json.load(open(p)) for p in sys.argv[1:3])
ends = lambda g: {(l["source"], l["target"]) for l in g["links"]}
names = lambda g: {n["id"] for n in g["nodes"]}
assert g["graph"]["keep_sources"] is False and k["graph"]["keep_sources"] is True
# Reuters acts once in each language: a node, with its actor mentions only
reuters = next(n for n in g["nodes"] if n["id"] == "Reuters")
assert reuters["mentions"] == 2, reuters
assert not names(g) & {"Kompas", "Agence France-Presse", "BBC"}, names(g)
assert "Kompas" in names(k) and "BBC" in names(k), names(k)
assert ("Budi Santoso", "Kompas") in ends(k) or ("Kompas", "Budi Santoso") in ends(k), ends(k)
assert all("Kompas" not in e for e in ends(g)), ends(g)
' "$TMP/g.json" "$TMP/k.json"

# a part records the option, and merge refuses parts that differ in it
run "$ERGRAPH" count "$TMP/id" -o "$TMP/a.part"
expect_status 0
run "$ERGRAPH" count --keep-sources "$TMP/en" -o "$TMP/b.part"
expect_status 0
run "$ERGRAPH" merge "$TMP/a.part" "$TMP/b.part" -o "$TMP/m.json"
expect_status 1
expect_err "ergraph: $TMP/b.part: counted with --keep-sources on, unlike '$TMP/a.part' (off); parts must be counted with the same options"

# more outlets and cues: a report "disadur dari" (adapted from) an outlet,
# an agency's site name, a misspelt paper
entities_of "$TMP/more-a.txt" 'Tas Mewah\n\nHarga tas itu naik, kata Rina Wulandari, seperti disadur dari South China Morning Post. Data itu juga dikutip dari Antaranews dan dilansir dari Anadolu Agency.\n' --lang id
py "outlets cited in more ways are sources" '
import sys
roles = {r[3]: r[6] for r in tsv(sys.argv[1])}
for outlet in ["South China Morning Post", "Antaranews", "Anadolu Agency"]:
    assert roles.get(outlet) == "source", (outlet, roles)
assert roles.get("Rina Wulandari") == "mention", roles
' "$TMP/out"
# a dateline whose hyphen is glued to the text
entities_of "$TMP/more-glued.txt" 'Judul Berita Ini\n\nPenulis: Rina Wulandari | Editor: Dimas Prakoso\n\nKOMPAS.com-Fenomena belanja naik, kata Hendra Gunawan.\n' --lang id
py "a glued dateline" '
import sys
roles = {r[3]: r[6] for r in tsv(sys.argv[1])}
assert roles.get("KOMPAS.com") == "byline" and roles.get("Hendra Gunawan") == "mention", roles
' "$TMP/out"
# "seperti dilansir dari X": the three-word cue, and an outlet written with "The"
entities_of "$TMP/seperti.txt" 'Judul\n\nHal itu dikatakan Rina Wulandari, seperti dilansir dari Reuters. Ia juga berbicara kepada pers, seperti dilansir dari The Daily Beast.\n' --lang id
expect_mentions "outlets after seperti dilansir dari" '[("Rina Wulandari", "mention"), ("Reuters", "source"), ("The Daily Beast", "source")]' 3,6
# an outlet listed after a source is a source too
entities_of "$TMP/listed.txt" 'Judul\n\nHal itu dikatakan Rina Wulandari kepada Kompas.com dan Reuters, Senin.\n' --lang id
expect_mentions "outlets in a list of sources" '[("Rina Wulandari", "mention"), ("Kompas.com", "source"), ("Reuters", "source")]' 3,6
# an outlet whose analysis is cited, and one a section summarised from
entities_of "$TMP/rangkum.txt" 'Judul\n\nHarga chip naik, menurut analisis Bloomberg. Hal itu dikatakan Rina Wulandari, seperti dirangkum KompasTekno dari CNBC, Jumat.\n' --lang id
expect_mentions "outlets analysed and summarised" '[("Bloomberg", "source"), ("Rina Wulandari", "mention"), ("CNBC", "source")]' 3,6
# other outlets' credit lines: a wire's dateline with its date, a "By"
# line, a note on who else reported, a copyright line; their names are
# credits, no actors
entities_of "$TMP/wire-date.txt" 'Minister discusses rice prices\n\nJAKARTA, Jan 5 (Reuters) - Trade Minister Budi Santoso met officials of Bulog on Monday.\n' --lang en
expect_mentions "a wire dateline with its date" '[("Jakarta", "byline"), ("Reuters", "byline"), ("Budi Santoso", "mention"), ("Bulog", "mention")]' 4,6
entities_of "$TMP/by-line.txt" 'Minister discusses rice prices\n\nBy Tom Hale, CNN\n\nTrade Minister Budi Santoso met officials of Bulog on Monday. By Friday, Bulog had sold its rice.\n\nAssociated Press writer Ana Reyes in Singapore contributed to this report.\n\n--With assistance from Dana Whitcombe.\n' --lang en
expect_mentions "a By line and notes on who else reported" '[("Tom Hale", "byline"), ("CNN", "byline"), ("Budi Santoso", "mention"), ("Bulog", "mention"), ("Bulog", "mention"), ("Associated Press", "byline"), ("Ana Reyes", "byline"), ("Singapore", "byline"), ("Dana Whitcombe", "byline")]' 4,6
entities_of "$TMP/copyright.txt" 'Menteri Bahas Harga Beras\n\nJakarta (ANTARA) - Menteri Perdagangan Budi Santoso membahas harga beras bersama Bulog. "Antara lain soal stok," kata Budi, dikutip dari Antara.\n\nCopyright \xc2\xa9 ANTARA 2026\n' --lang id
expect_mentions "an agency in capitals, a function word, a copyright line" '[("Jakarta", "byline"), ("Antara News Agency", "byline"), ("Budi Santoso", "mention"), ("Bulog", "mention"), ("Budi Santoso", "mention"), ("Antara News Agency", "source")]' 4,6
# a reporter's name above a line naming the outlet, and a closing note
# on the reporter's trade, are credits; a journalist the story is about
# stays a participant
entities_of "$TMP/byline-lines.txt" 'Minister discusses rice prices\n\nTom Hale\nBusiness reporter, BBC News\n\nTrade Minister Budi Santoso met officials of Bulog on Monday.\n\nAna Reyes is a correspondent for the Jakarta Globe.\n' --lang en
expect_mentions "a name above its outlet, a note on the reporter" '[("Tom Hale", "byline"), ("BBC", "byline"), ("Budi Santoso", "mention"), ("Bulog", "mention"), ("Ana Reyes", "byline"), ("Jakarta Globe", "byline")]' 4,6
entities_of "$TMP/journalist-story.txt" 'Reporter held\n\nAna Reyes is a journalist who was detained in Jakarta on Monday, said Budi Santoso.\n' --lang en
expect_mentions "a journalist in the story" '[("Ana Reyes", "mention"), ("Jakarta", "mention"), ("Budi Santoso", "mention")]' 4,6
# a line opening with a reporter's trade is a credit; a line linking to the
# article on another page names no one
entities_of "$TMP/laporan.txt" 'Judul Berita\n\nLaporan Wartawan Tribunnews.com, Rina Wulandari\n\nMenteri Perdagangan Budi Santoso membahas harga beras bersama Bulog.\n\nBaca artikel detiknews, "Darmawan Kusuma Bahas Beras" selengkapnya di sini\n' --lang id
expect_mentions "a reporter's line, a link to the article" '[("Tribunnews", "byline"), ("Rina Wulandari", "byline"), ("Budi Santoso", "mention"), ("Bulog", "mention")]' 4,6
# a page's promotions (its videos, channels, newsletters) name no actor
entities_of "$TMP/promo-id.txt" 'Judul Berita\n\nMenteri Perdagangan Budi Santoso membahas harga beras bersama Bulog.\n\n[Gambas:Video 20detik]\n\nSimak Video "Darmawan Kusuma Tinjau Gudang di Cipinang"\n\nIkuti kami di Google News dan WhatsApp Channel Tribunnews.com\n' --lang id
expect_mentions "promotions on an Indonesian page" '[("Budi Santoso", "mention"), ("Bulog", "mention")]' 4,6
entities_of "$TMP/promo-en.txt" 'Minister discusses rice prices\n\nTrade Minister Budi Santoso met officials of Bulog on Monday.\n\nFollow us on Twitter and Facebook. Sign up for our Business Daily newsletter.\n' --lang en
expect_mentions "promotions on an English page" '[("Budi Santoso", "mention"), ("Bulog", "mention")]' 4,6
# picture credits are credits, in either form
entities_of "$TMP/pictures.txt" 'Minister discusses rice prices\n\nImage source, Reuters\n\nTrade Minister Budi Santoso met officials of Bulog on Monday.\n\nImage source, AFP via Getty Images\n\n(Photo by Ana Reyes/Getty Images)\n\nPhotograph: Tom Hale/Reuters\n' --lang en
py "picture credits" '
import sys
rows = [(r[4], r[6]) for r in tsv(sys.argv[1])]
assert [r for r in rows if r[1] == "mention"] == [("Budi Santoso", "mention"), ("Bulog", "mention")], rows
assert ("Ana Reyes", "byline") in rows and ("Tom Hale", "byline") in rows, rows
' "$TMP/out"
# web and mail addresses name no one; a site's bare name in a dateline does
entities_of "$TMP/addresses.txt" 'Minister discusses rice prices\n\nTrade Minister Budi Santoso met officials of Bulog. Write to ana.reyes@Hexley.com or see https://www.Bulog.co.id/News and www.Kemendag.go.id for more.\n' --lang en
expect_mentions "web and mail addresses" '[("Budi Santoso", "mention"), ("Bulog", "mention")]' 4,6
# a press release's contact line is a credit
entities_of "$TMP/contact.txt" 'Hexley Group opens plant\n\nHexley Group said on Monday it would open a plant in Jakarta, said Ana Reyes.\n\nMedia contact: Tom Hale, Hexley Group\n' --lang en
expect_mentions "a media contact" '[("Hexley Group", "mention"), ("Hexley Group", "mention"), ("Jakarta", "mention"), ("Ana Reyes", "mention"), ("Tom Hale", "byline"), ("Hexley Group", "byline")]' 4,6
# a wire's credits: people joined by "and" are two, a hyphenated given name
# is one, the labels name no one, and a name there is a person's
entities_of "$TMP/wire-credits.txt" 'Vote delayed\n\nBy Chidi Okafor\n\nABUJA, March 3 (Reuters) - Nigeria delayed the vote, officials said.\n\n--With assistance from Jonathan Keller and Yu-na Jang.\n\n(Reporting by Chidi Okafor; Writing by Tom Hale)\n' --lang en
expect_mentions "a wire's credits" '[("Chidi Okafor", "person", "byline"), ("ABUJA", "place", "byline"), ("Reuters", "organization", "byline"), ("Nigeria", "state", "mention"), ("Jonathan Keller", "person", "byline"), ("Yu-na Jang", "person", "byline"), ("Chidi Okafor", "person", "byline"), ("Tom Hale", "person", "byline")]' 3,5,6
# more credit lines: a name above the reporter's trade, a place after "in",
# a writer after the outlet
entities_of "$TMP/credits-more.txt" 'New rail line\n\nLim Wei Ling\nTransport Correspondent\n\nThe new line opens in May, officials said.\n\nAssociated Press writer Kevin Albers in Cincinnati contributed to this report.\n\nAdditional reporting by Wendell Crane in Sydney\n' --lang en
expect_mentions "more credit lines" '[("Lim Wei Ling", "person", "byline"), ("Associated Press", "organization", "byline"), ("Kevin Albers", "person", "byline"), ("Cincinnati", "place", "byline"), ("Wendell Crane", "person", "byline"), ("Sydney", "place", "byline")]' 4,5,6
finish
