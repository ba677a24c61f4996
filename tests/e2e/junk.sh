# junk.sh: no node from what is no participant: laws, programmes, products and
# holidays, kinds of people and nationality words, organization head words
# alone, a state named only as a currency or language, a rank glued to a
# name. The articles are written for this test.
. "$(dirname "$0")/lib.sh"
cd "$SRC" || exit 1

mkdir -p "$TMP/c"
printf 'Rapat Anggaran\n\nMenteri Keuangan Sri Mulyani Indrawati membahas UU Pemilu dan Subsidi Upah bersama Presiden Prabowo Subianto di Jakarta, Senin.\n\nPeringatan Hari Lahir Pancasila digelar meriah, kata Presiden Prabowo Subianto.\n\nWarga Bekasi menyambut Presiden Prabowo Subianto, sementara nilai tukar dolar AS melemah.\n\nBrigadir Nurhadi Santoso menjaga Presiden Prabowo Subianto, lalu berbicara dalam bahasa Inggris kepada Duta Besar Jepang.\n\nKementerian menyebut Partai siap, ujar Sri Mulyani Indrawati.\n' > "$TMP/c/id.txt"
printf 'Budget row\n\nChancellor Gordon Brown defended the Finance Act and the Budget on Monday, Tony Blair said. Sales of the PC and of DVD players rose, Tony Blair added. Shares in the UK-based group rose after Gordon Brown spoke.\n\nAnalysts said Labour MPs and German investors backed Tony Blair, while the US dollar fell against the euro.\n\nThe Bank and the Commission met Gordon Brown at Christmas.\n' > "$TMP/c/en.txt"

run "$ERGRAPH" entities --format tsv "$TMP/c"
expect_status 0
cp "$TMP/out" "$TMP/ents.tsv"
py "no junk entities" '
import sys
rows = tsv(sys.argv[1])
ents = {r[4] for r in rows}
texts = [r[3] for r in rows]
for junk in ["UU Pemilu", "Subsidi Upah", "Lahir Pancasila", "Hari Lahir Pancasila", "Warga Bekasi",
             "Kementerian", "Partai", "Finance Act", "Budget", "Analysts", "Labour MPs", "German",
             "Bank", "Commission", "Christmas", "Brigadir Nurhadi Santoso", "PC", "DVD", "UK based"]:
    assert junk not in ents, (junk, sorted(ents))
# a state named as a currency or a language is no mention of it
assert "AS" not in texts and "US" not in texts, texts
assert "Inggris" not in texts, texts
# the participants stay
for real in ["Sri Mulyani Indrawati", "Prabowo Subianto", "Nurhadi Santoso", "Japan", "Gordon Brown",
             "Tony Blair"]:
    assert real in ents, (real, sorted(ents))
' "$TMP/ents.tsv"
# a bracket is a short form only when it fits the name before it
printf 'Bantuan Pangan\n\nAmerika Serikat (USAID) mengirim bantuan ke Indonesia, kata Presiden Prabowo Subianto. USAID juga membantu Filipina.\n\nPerdana Menteri Inggris (PM) Keir Starmer bertemu Presiden Prabowo Subianto.\n\nLembaga Kajian Pangan Nusantara (LKPN) mencatat laba Pertamina (Rp 148 miliar) naik. LKPN memuji Presiden Prabowo Subianto.\n' > "$TMP/c/brackets.txt"
run "$ERGRAPH" build "$TMP/c/brackets.txt" -o "$TMP/b.json"
expect_status 0
py "brackets that do not fit are no aliases" '
import json, sys
g = json.load(open(sys.argv[1]))
nodes = {n["id"]: n for n in g["nodes"]}
us, uk = nodes["United States"], nodes["United Kingdom"]
assert not any("USAID" in a for a in us["aliases"]), us
assert us["mentions"] == 1, us                    # USAID later is not the United States
assert not any("PM" in a for a in uk["aliases"]), uk
assert "USAID" in nodes, sorted(nodes)            # its own organization
assert not any("148" in a for n in g["nodes"] for a in n["aliases"]), g["nodes"]
' "$TMP/b.json"
# a short title or form of address before a name is no part of it
entities_of "$TMP/c/titles.txt" 'Kunjungan Kerja\n\nMenhub Darmawan Kusuma meninjau terminal bersama Mas Bagus Wiratama, Senin.\n\nMenkeu Ratna Sari Dewi dan Kapolsek Hendra Gunawan hadir, kata Mbah Karto Sumarno.\n\nMenurut Ekonom Wulan Pertiwi, Darmawan Kusuma dan Bagus Wiratama sepakat.\n'
py "short titles and forms of address are trimmed off names" '
import sys
rows = tsv(sys.argv[1])
ents = {r[4] for r in rows}
for name in ["Darmawan Kusuma", "Bagus Wiratama", "Ratna Sari Dewi", "Hendra Gunawan", "Karto Sumarno",
             "Wulan Pertiwi"]:
    assert name in ents, (name, sorted(ents))
for glued in ["Menhub Darmawan Kusuma", "Mas Bagus Wiratama", "Menkeu Ratna Sari Dewi",
              "Kapolsek Hendra Gunawan", "Mbah Karto Sumarno", "Ekonom Wulan Pertiwi"]:
    assert glued not in ents, (glued, sorted(ents))
' "$TMP/out"
# English company names in Indonesian text: typed by their English head word
entities_of "$TMP/c/heads.txt" 'Ekspansi Maskapai\n\nDirektur Utama Budi Santoso mengatakan Garuda Cargo Group akan membuka rute baru, sementara Kertajati Airport siap menampung penerbangan tambahan.\n\nMenurut Budi Santoso, Garuda Cargo Group dan Airways lain sudah mendaftar di Kertajati Airport.\n'
py "English head words in Indonesian text" '
import sys
rows = tsv(sys.argv[1])
types = {r[4]: r[5] for r in rows}
assert types.get("Garuda Cargo Group") == "organization", types
assert "Airways" not in types, types                 # a head word alone
assert types.get("Budi Santoso") == "person", types
' "$TMP/out"
# a standard defined by its listed short form, a "Zero ..." slogan and a hill
# are no actors
entities_of "$TMP/c/std.txt" 'Pembayaran Digital\n\nBank Indonesia mendorong pedagang memakai Quick Response Code Indonesian Standard (QRIS) di pasar tradisional. QRIS makin populer, kata Gubernur Bank Indonesia Raden Suryo.\n\nProgram Zero Kemiskinan diluncurkan di Bukit Merapati, kata Raden Suryo.\n'
py "standards, slogans and hills" '
import sys
rows = tsv(sys.argv[1])
types = {r[4]: r[5] for r in rows}
assert not any("QRIS" in r[3] or "Quick Response" in r[4] for r in rows), types
assert "Zero Kemiskinan" not in types, types
assert types.get("Bukit Merapati") in (None, "place"), types
assert types.get("Raden Suryo") == "person" and types.get("Bank Indonesia") == "organization", types
' "$TMP/out"
# a name led by an Indonesian head word is no person
entities_of "$TMP/c/heads-first.txt" 'Proyek Jalan\n\nPembangunan Tol Sanur Kedewatan dimulai tahun depan, kata Gubernur Made Wiradana. Tol Sanur Kedewatan akan menyambungkan dua kabupaten.\n\nMenurut Made Wiradana, Airport Singaraja juga dibangun.\n'
py "head words first" '
import sys
rows = tsv(sys.argv[1])
types = {r[4]: r[5] for r in rows}
assert types.get("Airport Singaraja") == "place" and types.get("Tol Sanur Kedewatan") == "place", types
assert types.get("Made Wiradana") == "person", types
' "$TMP/out"
# parties to a case are titles; sectors and households are no actors
entities_of "$TMP/c/court.txt" 'Sidang Korupsi\n\nTerdakwa Aris Munandar hadir di pengadilan bersama Saksi Dewi Lestari. Jaksa menyebut Industri Agro dan Rumah Tangga terdampak, kata Aris Munandar.\n'
py "case roles, sectors and households" '
import sys
rows = tsv(sys.argv[1])
ents = {r[4] for r in rows}
assert "Industri Agro" not in ents and "Rumah Tangga" not in ents, ents
assert {"Aris Munandar", "Dewi Lestari"} <= ents and "Terdakwa Aris Munandar" not in ents, ents
' "$TMP/out"
# people named by initials in crime news are no gazetteer names and no nodes
entities_of "$TMP/c/initials.txt" 'Uang Palsu\n\nPolisi menangkap dua tersangka DM dan AS di Bekasi. Keduanya membeli uang palsu dari tersangka TAS, AP, dan RS, kata Kapolres Budi Santoso.\n\nNilai tukar rupiah melemah, sementara AS dan China berunding.\n'
py "initials of suspects" '
import sys
rows = tsv(sys.argv[1])
got = [(r[3], r[4]) for r in rows]
assert got.count(("AS", "United States")) == 1, got       # the state in the last paragraph only
for ini in ["DM", "TAS", "AP", "RS"]:
    assert all(text != ini for text, _ in got), got
assert ("Budi Santoso", "Budi Santoso") in got and ("China", "China") in got, got
' "$TMP/out"
# an organization named head last running into a person's name is two names
entities_of "$TMP/c/tails.txt" 'Forum Relawan\n\nPresiden Direktur Nusa Relief Initiative Tomy Hardjanto membuka forum di Jakarta. "Kami siap membantu," kata Nusa Relief Initiative Tomy Hardjanto.\n\nDirektur Garuda Travel Group Stephanie Wirawan hadir, kata Tomy Hardjanto.\n'
py "an organization and a person in one span" '
import sys
rows = tsv(sys.argv[1])
types = {r[4]: r[5] for r in rows}
assert types.get("Garuda Travel Group") == "organization" and types.get("Stephanie Wirawan") == "person", types
assert types.get("Tomy Hardjanto") == "person" and "Nusa Relief Initiative Tomy Hardjanto" not in types, types
' "$TMP/out"
# common words are no name ("Cultural Roots"); a head word the model left
# out leads its name ("Bandara ..." is a place, "Kepala Desa" a title); a
# short form in brackets inside a name is left out of it; a company's tail
# word ("Energy", "Holdings") makes an organization of a "person"
entities_of "$TMP/c/common.txt" 'Festival budaya\n\nPanitia dari komunitas Cultural Roots mengatakan acara itu digelar tiap tahun.\n\nWarga menanam pohon di sekitar Bandara Husein Sastranegara kemarin. Kepala Desa Arifin Nurdin mengatakan warga berharap jalan tol segera selesai.\n\nMajelis hakim Pengadilan Negeri (PN) Makassar menjatuhkan vonis kepada terdakwa, Rabu (5/3/2025). Jaksa dari Kejaksaan Negeri (Kejari) Gowa hadir.\n\nCEO Marindo Energy Sean Walker mengatakan kepada wartawan bahwa Marindo Energy akan membangun pabrik baru. Investor dari Nusara Holdings juga hadir.\n' --lang id
py "common words, head words, bracketed short forms, company tails" '
import sys
rows = tsv(sys.argv[1])
types = {r[4]: r[5] for r in rows}
assert "Cultural Roots" not in types, types
assert types.get("Bandara Husein Sastranegara") == "place" and "Husein Sastranegara" not in types, types
assert types.get("Arifin Nurdin") == "person", types
assert types.get("Pengadilan Negeri Makassar") == "organization", types
assert types.get("Kejaksaan Negeri Gowa") == "organization", types
assert not any("PN" in e or "Kejari" in e for e in types), types
for org in ["Marindo Energy", "Nusara Holdings"]:
    assert types.get(org) == "organization", (org, types)
assert types.get("Sean Walker") == "person", types
' "$TMP/out"
# a code glued by an underscore is no name; an English event head word ends
# an event in Indonesian news too; "Humas" is a title
entities_of "$TMP/c/codes.txt" 'Temuan arkeologi\n\nSebuah kerangka yang diberi nama kode Xingyi_EN ditemukan di situs itu. Dan sekarang, Xingyi_EN mungkin menjadi kunci bagi para peneliti. Menurut Budi Hartono, Xingyi_EN berusia ribuan tahun.\n\nHumas Pengadilan Negeri Sleman, Gatot Santoso, menjelaskan bahwa sidang ditunda. Panitia Jakarta Running Festival mengatakan lomba tetap digelar.\n' --lang id
py "codes, English events, Humas" '
import sys
rows = tsv(sys.argv[1])
types = {r[4]: r[5] for r in rows}
assert not any("Xingyi" in e for e in types), types
assert "Running Festival" not in types and "Jakarta Running Festival" not in types, types
assert types.get("Pengadilan Negeri Sleman") == "organization" and types.get("Gatot Santoso") == "person", types
assert types.get("Budi Hartono") == "person", types
' "$TMP/out"
# an acronym in running text is not a short form of a person's name ("kartu
# SIM" is not Sim Ann), and a listed product is no actor
entities_of "$TMP/c/sim.txt" 'Penipuan daring\n\nMenteri Negara Senior Singapura Sim Ann mengatakan dalam sidang parlemen bahwa hukuman akan diperberat. Menurut Sim, pelaku kerap memakai kartu SIM milik orang lain.\n\nHarga Pertalite tidak naik, ujar Dedi Santoso.\n' --lang id
py "acronyms are not short names" '
import sys
rows = tsv(sys.argv[1])
got = [(r[3], r[4]) for r in rows]
assert ("Sim", "Sim Ann") in got and not any(t == "SIM" for t, _ in got), got
assert not any("Pertalite" in e for _, e in got), got
' "$TMP/out"
# two people in one span: each word names another person of the article
entities_of "$TMP/c/pair.txt" 'Kabinet\n\nPresiden Prabowo Subianto dan Wakil Presiden Gibran Rakabuming Raka dilantik pada Oktober. Pasangan Prabowo-Gibran berjanji menurunkan harga pangan. Pemerintahan Prabowo Gibran juga menaikkan gaji guru.\n' --lang id
py "a pair of people in one span" '
import sys
rows = tsv(sys.argv[1])
got = [(r[3], r[4]) for r in rows]
assert not any(e == "Prabowo Gibran" for _, e in got), got
assert got.count(("Prabowo", "Prabowo Subianto")) == 2 and got.count(("Gibran", "Gibran Rakabuming Raka")) == 2, got
' "$TMP/out"
# Indonesian company tails ("Energi", "Plantation") make organizations
entities_of "$TMP/c/tails-id.txt" 'Berita\n\nKima Energi mengatakan produksi naik. Karyawan Sawit Mitra Plantation mogok kerja, kata Joko.\n' --lang id
py "Indonesian company tails" '
import sys
rows = tsv(sys.argv[1])
types = {r[4]: r[5] for r in rows}
assert types.get("Kima Energi") == "organization", types
assert types.get("Sawit Mitra Plantation") == "organization", types
' "$TMP/out"
# school levels, sanctions and procedures named by acronyms are no actors
entities_of "$TMP/c/acr.txt" 'Pendidikan\n\nSiswa SMP dan SMA di Bogor libur. PHK massal terjadi di pabrik tekstil, kata Joko Santoso. Polisi menjatuhkan sanksi PTDH kepada dua anggota.\n' --lang id
py "acronyms that are no actors" '
import sys
rows = tsv(sys.argv[1])
ents = {r[4] for r in rows}
assert not ents & {"SMP", "SMA", "PHK", "PTDH"}, ents
assert "Joko Santoso" in ents, ents
' "$TMP/out"
# a sentence opener ("Negara", "Rakyat") is trimmed off the start of a name,
# not its end
# (the gazetteer knows this body: a patch takes the form away from it, so
# that the rule for names the gazetteer does not know is what decides)
printf '{"entities": [{"name": "National Civil Service Agency", "never": ["Badan Kepegawaian Negara"]},\n  {"name": "National Food Agency", "never": ["Badan Pangan Nasional"]}]}\n' > "$TMP/unknown-bodies.json"
entities_of "$TMP/c/negara.txt" 'Kepegawaian\n\nBadan Kepegawaian Negara menyatakan seleksi dibuka, kata Joko Santoso.\n' --lang id --gazetteer "$TMP/unknown-bodies.json"
py "a name ending in a sentence opener" '
import sys
rows = tsv(sys.argv[1])
ents = {r[4] for r in rows}
assert "Badan Kepegawaian Negara" in ents and "Badan Kepegawaian" not in ents, ents
' "$TMP/out"
# "X alias Y": Y is X, there and later in the article
entities_of "$TMP/c/alias.txt" 'Kasus\n\nPolisi menangkap Ismail Marzuki alias Mail di Bogor. Menurut polisi, Mail sudah lama diincar. Tersangka lain, Muhrijan alias Agus, juga ditahan, kata Kapolres Bogor Rudi Santoso.\n' --lang id
py "a name after alias" '
import sys
rows = tsv(sys.argv[1])
got = [(r[3], r[4]) for r in rows]
assert got.count(("Mail", "Ismail Marzuki")) == 2 and ("Agus", "Muhrijan") in got, got
assert not any(e in ("Mail", "Agus") for _, e in got), got
' "$TMP/out"
# a person's name right after a known company's is the person, not dropped
entities_of "$TMP/c/known.txt" 'Berita\n\nRapat berlangsung tertutup. Hasilnya akan diumumkan pekan depan, Chairman Ferrari John Elkann mengatakan mobil baru akan dirilis.\n' --lang id
py "a person after a known company" '
import sys
rows = tsv(sys.argv[1])
types = {r[4]: r[5] for r in rows}
assert types.get("Ferrari") == "organization" and types.get("John Elkann") == "person", types
' "$TMP/out"
# a title-case English phrase is no person; "Workers" ends a union's name
entities_of "$TMP/c/theme.txt" 'Forum\n\nAcara bertema Driving Sustainable Impact Through Multi Stakeholders Collaboration itu dibuka Budi Santoso. JPU menuntut terdakwa lima tahun penjara. Ketua United Farm Workers hadir.\n' --lang id
py "a title-case phrase, a union" '
import sys
rows = tsv(sys.argv[1])
types = {r[4]: r[5] for r in rows}
assert not any("Through" in e for e in types), types
assert all(t == "organization" for e, t in types.items() if "Workers" in e), types
assert types.get("Budi Santoso") == "person" and "JPU" not in types, types
' "$TMP/out"
# an Indonesian organization runs on over the place after it
entities_of "$TMP/c/region.txt" 'Korupsi\n\nKejaksaan Tinggi Jawa Barat menahan dua tersangka, kata Joko Santoso. Razia dilakukan Polres Metro Jakarta Utara di sebuah ruko.\n' --lang id
py "an organization and its place" '
import sys
rows = tsv(sys.argv[1])
types = {r[4]: r[5] for r in rows}
assert types.get("Kepolisian Resor Metro Jakarta Utara") == "organization" and not any(k.startswith("Polres") or k == "Kepolisian Resor Metro" for k in types), types
' "$TMP/out"
# a pet's name is no person
entities_of "$TMP/c/cat.txt" 'Istana\n\nSuasana istana mencair saat Bobby Kertanegara, kucing kesayangan Presiden, muncul di ruang tamu. Bobby datang dengan kereta dorong. Para tamu tertawa melihat Bobby, kata Joko Santoso.\n' --lang id
py "an animal" '
import sys
rows = tsv(sys.argv[1])
ents = {r[4] for r in rows}
assert ents == {"Joko Santoso"}, ents
' "$TMP/out"
# a company's name after its legal form runs on over what the model read
# as a person, unless the company is known by its acronym
entities_of "$TMP/c/pt.txt" 'Ijazah\n\nBelasan karyawan melaporkan PT Tedmonindo Pratama Semesta ke polisi. Direktur Utama PT KAI Bobby Rasyidin menjelaskan rencana stasiun baru, kata Joko Santoso.\n' --lang id
py "a company after PT" '
import sys
rows = tsv(sys.argv[1])
types = {r[4]: r[5] for r in rows}
assert types.get("PT Tedmonindo Pratama Semesta") == "organization" and "Pratama Semesta" not in types, types
assert types.get("Bobby Rasyidin") == "person", types
' "$TMP/out"
# a station is where trains stop, not an organization: a name led by a place
# head word ("Stasiun", data/lists/locheads-id.txt) is a place, however the
# model typed it
printf 'Penumpang Padat\n\nRibuan penumpang memadati Stasiun Manggarai pada Senin pagi. Petugas di Stasiun Manggarai mengatur antrean.\n' > "$TMP/station.txt"
run "$ERGRAPH" entities --format tsv --lang id "$TMP/station.txt"
expect_status 0
py "a station is a place" '
import sys
rows = tsv(sys.argv[1])
types = {r[4]: r[5] for r in rows}
assert types.get("Stasiun Manggarai") == "place", types
' "$TMP/out"
# a name starts right after a rank (data/lists/ranks-id.txt), even where the
# model began it a word later; "Pol" of a police rank is no part of a name
entities_of "$TMP/c/rank.txt" 'Penyidikan\n\nPolisi menyelidiki kasus itu. "Kami terus mendalami," kata Kasat Reskrim AKP Rudi Andi Wirawan. Hal senada disampaikan Brigjen Pol Heru Andi Susilo.\n\nKapolres Sukamaju, AKBP Kemas Rudi Hartawan menyatakan, penyidik masih bekerja.\n' --lang id
py "a name after a rank" '
import sys
rows = tsv(sys.argv[1])
ents = {r[4] for r in rows}
assert "Rudi Andi Wirawan" in ents and "Heru Andi Susilo" in ents and "Kemas Rudi Hartawan" in ents, ents
assert "Kemas" not in ents and "Rudi Hartawan" not in ents, ents
assert not any(e.startswith(("Andi", "Pol")) for e in ents), ents
' "$TMP/out"
# a party's one-word name inside an event's name is the event's, in either
# language ("International Labour Conference"), and a short form after a
# slash is left out of a name as one in brackets is; the party itself stays
entities_of "$TMP/c/ilc.txt" 'Sidang Buruh\n\nDelegasi Indonesia mengikuti sidang tahunan International Labour Conference/ILC bersama Menteri Ketenagakerjaan Rina Wulandari. Sidang International Labour Conference berlangsung sepekan.\n' --lang id
py "a party word inside an event (Indonesian)" '
import sys
rows = tsv(sys.argv[1])
ents = [r[4] for r in rows]
assert not any("Labour" in e for e in ents), ents
assert "Rina Wulandari" in ents, ents
' "$TMP/out"
entities_of "$TMP/c/ilc2.txt" 'Party news\n\nThe Labour Party met on Monday. Delegates at the International Labour Conference in Geneva voted, said Ruth Palmer. Labour said it would reply.\n' --lang en
py "a party word inside an event (English)" '
import sys
rows = tsv(sys.argv[1])
got = [(r[3], r[4]) for r in rows]
assert got.count(("Labour", "Labour Party (United Kingdom)")) == 1, got
assert ("Labour Party", "Labour Party (United Kingdom)") in got, got
' "$TMP/out"
# a short form defined by a phrase in lowercase is no name, there or later
# in the article; one defined by a capitalised name stays
entities_of "$TMP/c/csr.txt" 'Bank results\n\nThe bank spent more on corporate social responsibility (CSR) this year, said Helen Marsh. Its CSR budget doubled. The Office of the Deputy Prime Minister (ODPM) welcomed it, and the ODPM said so.\n' --lang en
py "a short form of a lowercase phrase" '
import sys
rows = tsv(sys.argv[1])
ents = [r[4] for r in rows]
assert "CSR" not in ents, ents
assert "Helen Marsh" in ents and "ODPM" in ents, ents
' "$TMP/out"
# words of the lists, not names: a people ("Sunda", generic-id.txt), the
# neighbourhood units RT and RW, a software update ("Service Pack",
# things-en.txt); a football club of the gazetteer is an organization
entities_of "$TMP/c/peoples.txt" 'Festival Budaya\n\nMenurut Dedi Mulyana, nilai-nilai Sunda harus dijaga oleh pengurus RT dan RW.\n' --lang id
py "a people and neighbourhood units" '
import sys
rows = tsv(sys.argv[1])
ents = [r[4] for r in rows]
assert not {"Sunda", "RT", "RW"} & set(ents), ents
assert "Dedi Mulyana" in ents, ents
' "$TMP/out"
entities_of "$TMP/c/pack.txt" 'Software\n\nThe update, Service Pack 2, will not work with some programs, said Carol Dunn. Borussia Dortmund lost on Saturday.\n' --lang en
py "a software update and a football club" '
import sys
rows = tsv(sys.argv[1])
types = {r[4]: r[5] for r in rows}
assert "Service Pack" not in types and types.get("Carol Dunn") == "person", types
assert types.get("Borussia Dortmund") == "organization", types
' "$TMP/out"
# a code of law and the words of legal citations are no actors
entities_of "$TMP/c/jo.txt" 'Sidang\n\nTerdakwa dijerat Pasal 378 Jo Pasal 55 KUHP, kata jaksa Rina Wulandari. "SOP tidak dijalankan," kata Rina Wulandari.\n' --lang id
expect_mentions "legal citations" '["Rina Wulandari", "Rina Wulandari"]' 4
# an Indonesian body and the person who heads it, where the model dropped
# the words between them: a common word or a body's tail ends the body's
# name ("Nasional", orgtails-id.txt), the other capitals open the person's
entities_of "$TMP/c/head.txt" 'Rapat Pangan\n\nPemerintah menggelar rapat stok pangan. Hadir dalam acara itu Kepala Badan Pangan Nasional Arief Prasetyo Adi. Rapat selesai sore.\n' --lang id --gazetteer "$TMP/unknown-bodies.json"
py "a body and its head" '
import sys
rows = tsv(sys.argv[1])
types = {r[4]: r[5] for r in rows}
assert types.get("Badan Pangan Nasional") == "organization" and types.get("Arief Prasetyo Adi") == "person", types
assert "Badan Pangan" not in types and "Prasetyo Adi" not in types, types
' "$TMP/out"
# a kind of company ("Badan Usaha ...", generic-id.txt) is no company; an
# airport named after a hero is a place (the gazetteer)
entities_of "$TMP/c/bu.txt" 'Tol Baru\n\nBadan Usaha Jalan Tol wajib memperbaiki jalan, kata Menteri Pekerjaan Umum Rina Wulandari. Penerbangan dari Bandara I Gusti Ngurah Rai normal.\n' --lang id
py "a kind of company and an airport" '
import sys
rows = tsv(sys.argv[1])
types = {r[4]: r[5] for r in rows}
assert not any(e.startswith("Badan Usaha") for e in types), types
assert types.get("Ngurah Rai International Airport") == "place" and "Gusti Ngurah Rai" not in types, types
' "$TMP/out"
# peoples in the plural are kinds of people, also as English words in
# Indonesian news; a SIM card is a thing; "Analytics" ends
# a company's name
entities_of "$TMP/c/kinds.txt" 'Aplikasi\n\nPemerintah AS memperpanjang tenggat penjualan aplikasi itu, kata Dedi Mulyana. Tenggat itu diatur undang-undang bernama Protecting Americans from Hostile Software Act. Perusahaan belum menjawab.\n' --lang id
py "kinds of people in Indonesian news" '
import sys
rows = tsv(sys.argv[1])
ents = [r[4] for r in rows]
assert "Americans" not in ents and "Dedi Mulyana" in ents, ents
' "$TMP/out"
entities_of "$TMP/c/sim.txt" 'Phones\n\nCustomers can order SIM cards online, said David Mercer, an analyst with Strategy Analytics.\n' --lang en
py "a thing and a company tail" '
import sys
rows = tsv(sys.argv[1])
types = {r[4]: r[5] for r in rows}
assert "SIM" not in types and types.get("Strategy Analytics") == "organization", types
' "$TMP/out"
# initials of people in crime news are no names, wherever the cue stands in
# the sentence ("AYS dan YG kini ditahan sebagai tersangka")
entities_of "$TMP/c/initials2.txt" 'Kasus Motor\n\nPolisi Sukamaju menyelidiki pencurian motor sejak Mei. AYS dan YG kini ditahan sebagai tersangka. Menurut polisi, pelaku berinisial DN bersama rekannya, SR, membawa kabur motor korban. Kasus masih berjalan, kata Kapolres AKBP Rudi Hartawan.\n' --lang id
expect_mentions "initials away from their cue" '["Rudi Hartawan"]' 4
# an organization's name goes on over each of its conjunctions
entities_of "$TMP/c/and2.txt" 'Ekspor\n\nPemerintah menyiapkan aturan baru. Kepala Badan Pengawasan dan Pembinaan Jasa Konstruksi dan Perumahan Rina Wulandari menyebut aturan itu berlaku bulan depan. Petani bersiap.\n' --lang id
py "a name over two conjunctions" '
import sys
rows = tsv(sys.argv[1])
ents = [r[4] for r in rows]
assert "Badan Pengawasan dan Pembinaan Jasa Konstruksi dan Perumahan" in ents, ents
assert "Badan Pengawasan" not in ents, ents
' "$TMP/out"
# a body's name is the same body once its short form in brackets is left
# out ("Badan Penyelenggara (BP) Haji", where the model took "Haji" for a
# person) or its "&" dropped from the key ("Johnson & Johnson", "J&J")
entities_of "$TMP/c/bph.txt" 'Haji\n\nPenyelenggaraan ibadah haji dialihkan ke Badan Penyelenggara (BP) Haji mulai 2026. Wakil Kepala BP Haji Dahnil Anzar Simanjuntak mengatakan persiapan berjalan. TNI Angkatan Darat membantu, dan Angkatan Darat menyiapkan tenda.\n' --lang id
py "a known body with its short form in brackets" '
import sys
rows = tsv(sys.argv[1])
got = [(r[3], r[4]) for r in rows]
assert ("Badan Penyelenggara (BP) Haji", "Hajj Organizing Agency") in got, got
assert ("Dahnil Anzar Simanjuntak", "Dahnil Anzar Simanjuntak") in got, got
assert ("Angkatan Darat", "Indonesian Army") in got and not any(e == "Haji" for t, e in got), got
' "$TMP/out"
# a mall is a place also when its English head word leads, as Indonesian
# puts it ("Mall Puri Indah"); a task
# force alone and human rights are no bodies; a watchmaker is no person
entities_of "$TMP/c/mall.txt" 'Belanja\n\nPengunjung memadati Mall Puri Indah pada Sabtu, kata manajer Rina Wulandari. Satuan Tugas memantau keamanan, dan Satgas berjaga. Komnas menyoroti Hak Asasi Manusia. Jam tangan Rolex dijual murah.\n' --lang id
py "a mall, a task force and a brand" '
import sys
rows = tsv(sys.argv[1])
types = {r[4]: r[5] for r in rows}
assert types.get("Mall Puri Indah", "place") == "place", types
assert not {"Satuan Tugas", "Satgas", "Hak Asasi Manusia"} & set(types), types
assert types.get("Rolex", "organization") == "organization", types
' "$TMP/out"
# a regency the model ran into its head's name is a place, when the article
# writes it after a place head word ("Kabupaten Sukamaju")
entities_of "$TMP/c/regency.txt" 'Peresmian\n\nBupati Sukamaju Arief Rohman meresmikan jalan di Kecamatan Cepu, Kabupaten Sukamaju, Jumat. Warga menyambut baik, kata Arief Rohman.\n' --lang id
py "a regency before its head's name" '
import sys
rows = tsv(sys.argv[1])
ents = [r[4] for r in rows]
assert ents.count("Arief Rohman") == 2 and not any(e.startswith("Sukamaju ") for e in ents), ents
' "$TMP/out"
# an acronym before an Indonesian body's head word names a unit of that body
# ("DPD Partai Hanura" is the party's regional board), not the acronym's
# own body, which stays where it stands alone
entities_of "$TMP/c/dpd.txt" 'Partai\n\nKetua DPD Partai Hanura Jawa Tengah Bambang Raya Saputra hadir. Anggota DPD dari Jawa Tengah ikut hadir.\n' --lang id
py "an acronym before a head word" '
import sys
rows = tsv(sys.argv[1])
got = [(r[3], r[4]) for r in rows]
assert got.count(("DPD", "Regional Representative Council")) == 1, got
assert ("Partai Hanura", "Hanura Party") in got, got
' "$TMP/out"
# a known maker's name in the plural, and the European Commission as "EC"
entities_of "$TMP/c/alfa.txt" 'Cars\n\nThe group will fit Alfa Romeos with new engines, said Carl Berg. The EC approved the deal.\n' --lang en
py "a plural maker and EC" '
import sys
rows = tsv(sys.argv[1])
ents = [r[4] for r in rows]
assert "Alfa Romeos" not in ents and "European Commission" in ents and "EC" not in ents, ents
' "$TMP/out"
# a listed programme written with its short form in brackets is still the
# programme; a crime as a law names it is no name
entities_of "$TMP/c/kopdes.txt" 'Korupsi\n\nTerdakwa diancam pidana dalam UU tentang Pencegahan Tindak Pidana Pencucian Uang, kata jaksa Rina Wulandari. Dana program Koperasi Desa (Kopdes) Merah Putih ikut diperiksa, kata Rina Wulandari.\n' --lang id
expect_mentions "a programme with its short form" '["Rina Wulandari", "Rina Wulandari"]' 4
# a name the model stopped short of the short form it defines runs on to it
# when the whole run's initials spell the short form
entities_of "$TMP/c/bpjph.txt" 'Halal\n\nRapat itu juga dihadiri wakil Badan Pengawas Jaminan Mutu Pangan (BPJMP) bersama pengurus yayasan. Semua peserta pulang sore.\n' --lang id
py "a name up to the short form it defines (Indonesian)" '
import sys
rows = tsv(sys.argv[1])
ents = [r[4] for r in rows]
assert "Badan Pengawas Jaminan Mutu Pangan" in ents and "Badan Pengawas Jaminan" not in ents, ents
' "$TMP/out"
entities_of "$TMP/c/aaas.txt" 'Robots\n\nResearchers at the American Association for the Advancement of Science (AAAS) met in Washington, said Carl Berg. The AAAS said more work was needed.\n' --lang en
py "a name up to the short form it defines (English)" '
import sys
rows = tsv(sys.argv[1])
ents = [r[4] for r in rows]
assert ents.count("American Association for the Advancement of Science") == 2, ents
assert "American Association" not in ents and "Advancement of Science" not in ents, ents
' "$TMP/out"
# after a title in lowercase ("hakim ketua"), which no title word follows,
# the capitalised word the model left out opens the name
entities_of "$TMP/c/ketua.txt" 'Sidang\n\nJAKARTA, KOMPAS.com - Hakim ketua Sutrisno Muhamad Dwi Pranoto memberikan petuah kepada terdakwa. Sidang ditunda.\n' --lang id
py "a name after a lowercase title" '
import sys
rows = tsv(sys.argv[1])
ents = [r[4] for r in rows]
assert "Sutrisno Muhamad Dwi Pranoto" in ents and "Muhamad Dwi Pranoto" not in ents, ents
' "$TMP/out"
# a holiday and a customs lane are no names
entities_of "$TMP/c/libur.txt" 'Liburan\n\nMenjelang Libur Natal, petugas bandara bersiap, kata Kepala Bandara Rina Wulandari. Barang dengan Jalur Merah diperiksa ketat.\n' --lang id
expect_mentions "a holiday and a customs lane" '["Rina Wulandari"]' 4
# one or two capitals alone are no name (initials, a degree, a product),
# unless the gazetteer knows them or the article defines them
entities_of "$TMP/c/letters.txt" 'Sidang Penipuan\n\nPolisi menahan RK dan TS setelah Rina Wulandari melapor ke Polres Bogor. Sementara itu, YN masih dicari, kata Rina Wulandari.\n\nForum Kampung (FK) menggelar pentas. FK juga menggandeng PBB.\n' --lang id
py "lone capitals are no names" '
import sys
rows = tsv(sys.argv[1])
texts = [r[3] for r in rows]
ents = [r[4] for r in rows]
for junk in ["RK", "TS", "YN"]:
    assert junk not in texts, (junk, texts)
assert ents.count("Forum Kampung") == 2, ents            # FK defined, then used
assert "United Nations" in ents, ents
' "$TMP/out"
entities_of "$TMP/c/letters-en.txt" 'Consoles\n\nThe new DS and the PS handheld sold well at AT&T stores, Maria Olsen said. Most shoppers watch TV in the evening, she added, and the Hexley Group agreed.\n' --lang en
py "lone capitals are no names (English)" '
import sys
rows = tsv(sys.argv[1])
texts = [r[3] for r in rows]
for junk in ["DS", "PS", "TV"]:
    assert junk not in texts, (junk, texts)
assert "Maria Olsen" in texts and "Hexley Group" in texts, texts
assert "T" not in texts, texts
' "$TMP/out"
# a court or prosecutor's office and the place of its seat are one name,
# even where the model reads the place as a person
entities_of "$TMP/c/seat.txt" 'Putusan Banding\n\nKepala Kejaksaan Negeri Humbang Hasundutan, Hendra Gunawan, mengajukan banding atas vonis itu.\n' --lang id
expect_mentions "a body and the place of its seat, a person named after the comma" '[("Kejaksaan Negeri Humbang Hasundutan", "organization"), ("Humbang Hasundutan", "place"), ("Hendra Gunawan", "person")]' 4,5
entities_of "$TMP/c/seat2.txt" 'Tuntutan\n\nJaksa dari Kejaksaan Negeri Rejang Lebong menuntut terdakwa dua tahun penjara, kata Hendra Gunawan.\n\nWarga Kabupaten Rejang Lebong menunggu putusan hakim.\n' --lang id
py "a body and the place of its seat, the place written after a place head word" '
import sys
rows = tsv(sys.argv[1])
ents = {r[4]: r[5] for r in rows}
assert ents.get("Kejaksaan Negeri Rejang Lebong") == "organization", ents
for cut in ["Kejaksaan Negeri", "Rejang", "Lebong"]:
    assert cut not in ents, (cut, ents)
assert ents.get("Rejang Lebong") == "place", ents   # the regency, in the gazetteer
' "$TMP/out"
# the body's head word the model left out before the seat word
entities_of "$TMP/c/seat3.txt" 'Mutasi\n\nIa pernah menjadi Kepala Kejaksaan Tinggi Sulawesi Selatan.\n' --lang id
py "a body's head word before its seat word" '
import sys
rows = tsv(sys.argv[1])
ents = {r[4]: r[5] for r in rows}
assert ents.get("Kejaksaan Tinggi Sulawesi Selatan") == "organization", ents
assert "Tinggi Sulawesi Selatan" not in ents, ents
' "$TMP/out"
# a regency the gazetteer does not know is a place when its article says
# so: listed among places, or written after a place head word; a head of a
# village named after its place stays a person
entities_of "$TMP/c/regency.txt" 'Banjir\n\nPara pedagang itu tinggal di Lamongan, Ponorogo, Wonogiri, dan Trenggalek. Hujan turun di Magetan, Ngawi, dan Sragen sejak pagi.\n\nBantuan dikirim ke Kabupaten Sumberasri. Bupati menyebut Sumberasri siap, kata Hendra Gunawan.\n\nKepala Desa Karanganom, Kecamatan Jatirejo, Bambang Sulistyo (47) dan Kepala Desa Sidomulyo, Kecamatan Jatirejo, Suparno Hadi (51) ditahan.\n' --lang id
py "regencies by their article" '
import sys
rows = tsv(sys.argv[1])
types = {}
for r in rows:
    types.setdefault(r[3], set()).add(r[5])
for place in ["Wonogiri", "Sragen", "Sumberasri"]:
    assert types.get(place) == {"place"}, (place, types)
for person in ["Hendra Gunawan", "Bambang Sulistyo", "Suparno Hadi"]:
    assert types.get(person) == {"person"}, (person, types)
' "$TMP/out"
# an Indonesian word opening a sentence that its article writes in
# lowercase elsewhere is no name
entities_of "$TMP/c/suhu.txt" 'Kemarau\n\nSuhu udara di kota itu naik tajam, kata Hendra Gunawan. Petani mengeluhkan suhu yang terus naik.\n' --lang id
expect_mentions "a common word opening a sentence (Indonesian)" '["Hendra Gunawan"]' 4
# a job title is no part of a name (data/lists/jobs-*.txt)
entities_of "$TMP/c/jobs.txt" 'Laporan\n\nHal itu disampaikan EVP Corporate Communication PT Sinar Wirabumi, Rina Wulandari, di Jakarta. Laporan itu dibuat oleh Sustainability Officer Prakoso.\n\nChief Legal Officer Wirabumi, Dimas Prakoso, menjelaskan kasus itu.\n' --lang id
py "job titles are no names" '
import sys
rows = tsv(sys.argv[1])
texts = [r[3] for r in rows]
assert not any("EVP" in x or "Officer" in x or "Communication" in x for x in texts), texts
assert "Prakoso" in texts and "PT Sinar Wirabumi" in texts and "Rina Wulandari" in texts, texts
' "$TMP/out"
# a publication the gazetteer does not know, cited as the source, is one
entities_of "$TMP/c/magazine.txt" 'Matcha\n\nPermintaan matcha naik tajam. Melansir Green Leaf Magazine, Selasa (22/7/2025), harga teh itu naik, kata Rina Wulandari.\n' --lang id
py "an unknown publication cited as the source" '
import sys
rows = tsv(sys.argv[1])
got = {r[3]: (r[5], r[6]) for r in rows}
assert got == {"Green Leaf Magazine": ("organization", "source"), "Rina Wulandari": ("person", "mention")}, got
' "$TMP/out"
# three English dictionary words are no person's name
entities_of "$TMP/c/phrase3.txt" 'Judul\n\nPeserta mengikuti Focus Group Discussion soal logistik, kata Rina Wulandari. Server itu dijamin lewat Service Level Agreement dengan Hexley Group.\n' --lang id
expect_mentions "English phrases are no people" '["Rina Wulandari", "Hexley Group"]'
# a known body's short form and last word before its head's name
entities_of "$TMP/c/bphaji.txt" 'Haji\n\nWakil Kepala Badan Penyelenggara (BP) Haji Rudi Hartawan Siregar menjelaskan jadwal keberangkatan jemaah.\n' --lang id
expect_mentions "a body named by its short form and a word, then its head" '[("Hajj Organizing Agency", "organization"), ("Rudi Hartawan Siregar", "person")]' 4,5
# no person's name has a digit; a known company's head word is no part of
# its chief's name; a kind of body without its seat is no body; plans and
# permits are no actors
entities_of "$TMP/c/misc5.txt" 'Proyek\n\n"Antara lain Taman Sari Residence (Blok Barat), dan Nusa Hub Phase 2," ungkap Rina Wulandari, Selasa (5/11/2025).\n\nBiaya naik tajam, kata CEO Qantas Group Dimas Prakoso dalam sebuah pernyataan. Layanan dari Jasa Raharja Kantor Wilayah juga disiapkan, sementara sengketa HGU dan RTRW dibawa ke Pengadilan Negeri oleh Rina Wulandari.\n' --lang id
py "digits, a company head word, kinds of bodies, permits" '
import sys
rows = tsv(sys.argv[1])
texts = [r[3] for r in rows]
for junk in ["Nusa Hub Phase 2", "Group Dimas Prakoso", "Kantor Wilayah", "Pengadilan Negeri", "HGU", "RTRW"]:
    assert junk not in texts, (junk, texts)
assert "Dimas Prakoso" in texts and "Qantas" in texts and "Jasa Raharja" in texts, texts
' "$TMP/out"
# a noun naming a company, before the name and its comma, types every
# mention of the name in the article
entities_of "$TMP/c/regulator.txt" 'Energi\n\nRegulator energi Inggris, Velkor, mengumumkan denda baru. Denda itu wajar, kata Velkor. Velkor juga meminta laporan, ujar Velkor kepada wartawan.\n' --lang id
py "a company by the noun before it, in apposition" '
import sys
rows = tsv(sys.argv[1])
assert {r[5] for r in rows if r[4] == "Velkor"} == {"organization"}, rows
' "$TMP/out"
# initials with an age in brackets are a person unnamed, not the state or
# the agency the gazetteer knows by those letters
entities_of "$TMP/c/ages.txt" 'Uang Palsu\n\nPara pedagang di pasar itu mengenal AS (41) warga Sukamaju dan AP (38) warga Cibiru, kata Rina Wulandari.\n' --lang id
py "initials with an age" '
import sys
rows = tsv(sys.argv[1])
ents = {r[4] for r in rows}
assert not ents & {"United States", "Associated Press"}, ents
assert "Rina Wulandari" in ents, ents
' "$TMP/out"
# in Indonesian news two English dictionary words are a phrase, no person
entities_of "$TMP/c/phrase2.txt" 'Judul\n\nKedua negara meneken Practical Arrangement soal tahanan, kata Rina Wulandari. Ia memakai Neck Ribbon biru.\n' --lang id
expect_mentions "two English words in Indonesian news" '["Rina Wulandari"]'
# drafts, decrees and directives are no actors (laws-*.txt)
entities_of "$TMP/c/laws.txt" 'Judul\n\nPembahasan Raperda Angkutan Sewa belum rampung, kata Rina Wulandari.\n' --lang id
expect_mentions "a draft regulation is no name" '["Rina Wulandari"]'
entities_of "$TMP/c/laws-en.txt" 'Patents\n\nThe Software Patents Directive was delayed again, said Maria Olsen.\n' --lang en
expect_mentions "a directive is no name" '["Maria Olsen"]'
# initials after a cue and "yakni" are still initials
entities_of "$TMP/c/yakni.txt" 'Judul\n\nPolisi menangkap dua tersangka, yakni TAS dan AP, di Bogor, kata Rina Wulandari.\n' --lang id
py "initials after yakni" '
import sys
rows = tsv(sys.argv[1])
assert "Associated Press" not in {r[4] for r in rows}, rows
' "$TMP/out"
# CCTV is a camera, not China's broadcaster
entities_of "$TMP/c/cctv.txt" 'Judul\n\nRekaman CCTV di toko itu sudah diperiksa, kata Rina Wulandari. Polisi meminta CCTV tidak dihapus.\n' --lang id
expect_mentions "CCTV is a camera" '["Rina Wulandari"]' 4
# unit and place head words the tagger's lists lack (units-*.txt,
# placeheads-*.txt) type a name
entities_of "$TMP/c/units.txt" 'Judul\n\nKepala Subdirektorat Tindak Pidana Siber (Kasubdit Siber) Polresta Sukamaju, AKP Dimas Prakoso, menjelaskan hal itu.\n' --lang id
expect_mentions "a unit is an organization" '[("Subdirektorat Tindak Pidana Siber (Kasubdit Siber)", "organization"), ("Polresta Sukamaju", "place"), ("Dimas Prakoso", "person")]' 3,5
entities_of "$TMP/c/lodge.txt" 'Royals\n\nThe prince left Royal Lodge on Monday, said Maria Olsen.\n' --lang en
expect_mentions "a lodge is a place" '[("Royal Lodge", "place"), ("Maria Olsen", "person")]' 3,5
# an Indonesian dictionary word opening the text after a dateline, written
# capitalised nowhere else but on the title-case headline, is no name
# (dictionary-id.txt, "ratus" + "-an")
entities_of "$TMP/c/opener.txt" 'Banjir Melanda Sukamaju, Ratusan Warga Mengungsi\n\nSUKAMAJU, KOMPAS.com -- Ratusan warga mengungsi ke balai desa pada Senin, kata Rina Wulandari.\n' --lang id
expect_mentions "a dictionary word after a dateline" '["SUKAMAJU", "KOMPAS.com", "Rina Wulandari"]'
# a standard, a state scheme and a strait are no actors (things-*.txt, placeheads-en.txt)
entities_of "$TMP/c/sni.txt" 'Judul\n\nProduk itu belum memiliki sertifikat SNI, kata Rina Wulandari. Label SNI wajib dipasang.\n' --lang id
expect_mentions "a national standard" '["Rina Wulandari"]'
entities_of "$TMP/c/straits.txt" 'Shipping\n\nTankers queue to pass the Korvan Straits, while National Insurance contributions rose, said Maria Olsen.\n' --lang en
expect_mentions "a strait and a scheme" '[("Korvan Straits", "place"), ("Maria Olsen", "person")]' 3,5
# an honour, a form of investment and an estuary's place are no actors
entities_of "$TMP/c/honour.txt" 'Honours\n\nThe designer was made an OBE on Friday, said Maria Olsen.\n' --lang en
expect_mentions "an honour" '["Maria Olsen"]'
entities_of "$TMP/c/pma.txt" 'Judul\n\nPerusahaan itu berstatus PMA sejak 2010. Korban dibawa ke Pos Polisi Muara Kencana, kata Rina Wulandari.\n' --lang id
expect_mentions "a form of investment and an estuary" '[("Muara Kencana", "place"), ("Rina Wulandari", "person")]' 3,5
# "se-" before a place makes a group of bodies, not one body
entities_of "$TMP/c/se.txt" 'Judul\n\nKerja sama Kejati Jabar dan Kejari se-Jabar diteken, kata Rina Wulandari.\n' --lang id
expect_mentions "every district office of a province" '["Kejati Jabar", "Jabar", "Jabar", "Rina Wulandari"]'
# an ideology, a kind of body, and an acronym two bodies share (the
# family welfare movement of Indonesian villages, a Kurdish party
# elsewhere): no node of the wrong one
entities_of "$TMP/c/pkk.txt" 'Judul\n\nIbu-ibu PKK dan sebuah Lembaga Swadaya Masyarakat menggelar bazar. Menurut Rina Wulandari, Pancasila harus dijalankan.\n' --lang id
expect_mentions "PKK, an NGO and Pancasila" '["Rina Wulandari"]'
# a place's tail word (placetails-id.txt) makes a place, and a state's name
# before a place head word is part of the place's name, not the state
entities_of "$TMP/c/placetail.txt" 'Judul\n\nBanjir melanda Batang Ulu pada Senin. Warga Batang Ulu mengungsi, kata Rina Wulandari. Warga lain berbelanja di Holland Village, Singapura.\n' --lang id
expect_mentions "places by their tails and heads" '[("Batang Ulu", "place"), ("Rina Wulandari", "person"), ("Holland Village", "place"), ("Singapura", "state")]' 3,5
# an organization the model cut before an English event head word is the event's name
entities_of "$TMP/c/awards.txt" 'Awards\n\nThe Falcon studio won at the Kestrel Interactive Awards on Monday, said Maria Olsen.\n' --lang en
expect_mentions "an event head left off" '["Maria Olsen"]'
# the states of the United States are places (the gazetteer)
entities_of "$TMP/c/usstates.txt" 'Judul\n\nAnggaran itu berisiko, kata Rep. Valerie Foushee (D-North Carolina). Pabrik bisa dibangun di Pennsylvania atau Ohio.\n' --lang id
expect_mentions "US states" '[("Valerie Foushee", "person"), ("North Carolina", "place"), ("Pennsylvania", "place"), ("Ohio", "place")]' 3,5
# a kind of bank (a rural bank, "BPR") is no bank; the one named after it is
entities_of "$TMP/c/bpr.txt" 'Judul\n\nDana nasabah Bank Perkreditan Rakyat (BPR) Bank Sinar Jaya aman, kata Rina Wulandari. Setiap BPR diawasi ketat.\n' --lang id
expect_mentions "a kind of bank" '["Bank Sinar Jaya", "Rina Wulandari"]'
# state-owned enterprises as a kind ("BUMN") are no company
entities_of "$TMP/c/bumn.txt" 'Judul\n\nSejumlah BUMN menyalurkan bantuan, kata Rina Wulandari.\n' --lang id
expect_mentions "a kind of company" '["Rina Wulandari"]'
# a capitalised dictionary word in a list of them is a unit's or a term's
# word, no person (but a list of places keeps its places)
entities_of "$TMP/c/dictlist.txt" 'Judul\n\nJalan itu berstatus Sarana, Prasarana, dan Fasilitas Umum milik Pemkot, kata Rina Wulandari. Dana mengalir ke Bogor, Depok, Kuningan, dan Sumedang.\n' --lang id
expect_mentions "words listed in a term" '[("Rina Wulandari", "person"), ("Bogor", "place"), ("Depok", "place"), ("Kuningan", "place"), ("Sumedang", "place")]' 3,5
# a body's name runs on over its place's compass word
entities_of "$TMP/c/compass.txt" 'Judul\n\nAnggota DPRD Bintan Selatan menolak rencana itu, kata Rina Wulandari.\n' --lang id
expect_mentions "a regency's compass word" '["DPRD Bintan Selatan", "Bintan", "Rina Wulandari"]'
# streets and English counties are places, whatever the model read
entities_of "$TMP/c/streets.txt" 'Markets\n\nThe firm kept Wall Street happy, said Maria Olsen. Yorkshire said it would cut jobs.\n' --lang en
expect_mentions "a street and a county" '[("Wall Street", "place"), ("Maria Olsen", "person"), ("Yorkshire", "place")]' 3,5
# the title of a report after the word announcing it names no participant
entities_of "$TMP/c/titled.txt" 'Judul\n\nLembaga itu menerbitkan laporan berjudul Old Roads: A Turn in the Fortunes of Brazil Rural Grids pekan lalu, kata Rina Wulandari. Diskusi bertajuk Menata Ulang Kebijakan Pangan Nasional digelar di Bandung.\n' --lang id
expect_mentions "titles of works" '["Rina Wulandari", "Bandung"]'
# holidays, the web's own name and characters of fiction are no actors (things-en.txt)
entities_of "$TMP/c/holidays.txt" 'Web\n\nTexts peaked at New Year, and the World Wide Web changed shopping, said Maria Olsen. Fans dressed as Mickey Mouse.\n' --lang en
expect_mentions "holidays, the web and a cartoon" '["Maria Olsen"]'
# a government school programme named like a body is no actor (things-id.txt)
entities_of "$TMP/c/garuda.txt" 'Judul\n\nSebanyak 12 sekolah masuk program Sekolah Garuda Transformasi tahun ini, kata Rina Wulandari. Sekolah Unggul Garuda dibangun di empat provinsi.\n' --lang id
expect_mentions "a school programme" '["Rina Wulandari"]'
# a police force's unit named without its force is no one body
entities_of "$TMP/c/satreskrim.txt" 'Judul\n\nKasus itu kini ditangani Satuan Reserse Kriminal, kata Rina Wulandari. Satreskrim Polres Bogor juga memeriksa dua saksi.\n' --lang id
py "a police unit without its force" '
import sys
names = [r[3] for r in tsv(sys.argv[1]) if r[5] != "place"]
assert "Satuan Reserse Kriminal" not in names and "Rina Wulandari" in names and "Polres Bogor" in names, names
' "$TMP/out"
# energy projects, a bank's programme and a city's narcotics office
# without its city are no actors either (things-id.txt)
entities_of "$TMP/c/masela.txt" 'Judul\n\nProduksi dari Abadi Masela dan Indonesia Deepwater Development ditargetkan naik tahun depan, kata Rina Wulandari. Pemenang Housingpreneur diumumkan oleh BNNK pekan depan.\n' --lang id
expect_mentions "projects, a programme and an office without its city" '["Indonesia", "Rina Wulandari"]'
# so are the meal programme's kitchen units, by their initials or in full
entities_of "$TMP/c/sppg.txt" 'Judul\n\nSebanyak 40 Satuan Pelayanan Pemenuhan Gizi dibangun tahun ini, kata Rina Wulandari. Setiap SPPG melayani 3.000 siswa.\n' --lang id
expect_mentions "the meal programme's units" '["Rina Wulandari"]'
# power plants and a revenue known by their initials are no actors
entities_of "$TMP/c/spbu.txt" 'Judul\n\nPengelola PLTU mengembalikan dana konsumen, kata Rina Wulandari. PLTS di desa itu menambah PNBP daerah.\n' --lang id
expect_mentions "initials of things" '["Rina Wulandari"]'
# a wage subsidy, a shareholders' meeting, contract workers and a job
# title's field by their initials are no actors either
entities_of "$TMP/c/bsu.txt" 'Judul\n\nMenurut Kementerian Ketenagakerjaan, BSU akan disalurkan bulan depan kepada 17 juta pekerja, kata Rina Wulandari. Perusahaan itu menggelar RUPST di Jakarta pada Senin. Sebanyak 40 PJLP dan petugas HSSE dikerahkan. Kesiapan SDM dan SKKH menjadi syarat utama pengiriman sapi.\n' --lang id
expect_mentions "a subsidy, a meeting, workers and a field" '["Kementerian Ketenagakerjaan", "Rina Wulandari", "Jakarta"]'
# a phone and a motorbike by their nouns, and a housing estate, a mall and
# a store by their head words, are no actors (eventheads-id.txt,
# placeheads-id.txt, placeheads-en.txt)
entities_of "$TMP/c/hp.txt" 'Judul\n\nKorban kehilangan 1 unit HP Vanta dan Motor Sakura Tiger 250 pada Senin, kata Rina Wulandari. Warga Griya Asri dan pengunjung Citywalk Cendana serta Lumo Superstore ikut membantu.\n' --lang id
py "products, an estate, a mall and a store" '
import sys
rows = tsv(sys.argv[1])
got = {(r[3], r[5]) for r in rows}
assert ("Rina Wulandari", "person") in got, got
assert not [r for r in rows if r[5] in ("person", "organization", "state") and r[3] != "Rina Wulandari"], rows
' "$TMP/out"
# trade shows, games, software and car models by their names (things-en.txt)
entities_of "$TMP/c/shows.txt" 'Gadgets\n\nAt CES this year the firm showed Halo and GoldenEye running on a phone, said Maria Olsen. Picasa, Freeview and the new Range Rover also drew crowds, said Tom Ridley. Writers at Boing Boing and Scripting News liked the Evolution X. The DART probe and ScamShield ran on GNU tools.\n' --lang en
expect_mentions "a show, games, software and a car" '["Maria Olsen", "Tom Ridley"]'
# medicines and worms by their names, and a club by its nickname (things-en.txt, the gazetteer)
entities_of "$TMP/c/drugs.txt" 'Health\n\nSales of Vioxx fell after Sasser spread, said Maria Olsen. The Red Devils won again.\n' --lang en
expect_mentions "a medicine, a worm and a nickname" '[("Maria Olsen", "Maria Olsen"), ("Red Devils", "Manchester United")]' 3,4
# a body's head word before a known place names the place's body, also
# opening a sentence (units-id.txt: DPRD, RSUD)
entities_of "$TMP/c/headplace.txt" 'Judul\n\nPemkab Sumedang menjelaskan posisi lahan itu. Anggota DPRD Sumba Timur menolak rencana itu, kata Rina Wulandari. Pasien dirujuk ke RSUD Sumedang.\n' --lang id
expect_mentions "bodies of known places" '["Pemkab Sumedang", "Sumedang", "DPRD Sumba Timur", "Sumba Timur", "Rina Wulandari", "RSUD Sumedang", "Sumedang"]'
# a regency's office named without its place is no one body; with it, it is
entities_of "$TMP/c/dinas.txt" 'Judul\n\nDinas Ketenagakerjaan mencatat ratusan aduan, kata Rina Wulandari. Ini hasil kerja sama warga dengan Dinas Sosial Kota Denpasar, kata Rina Wulandari.\n' --lang id
expect_mentions "offices with and without a place" '["Rina Wulandari", "Dinas Sosial Kota Denpasar", "Denpasar", "Rina Wulandari"]'
# a console, a song and a policy programme named like bodies (things-en.txt)
entities_of "$TMP/c/console.txt" 'Games\n\nShoppers bought the GameBoy Advance and sang Auld Lang Syne, while the Lisbon Agenda stalled, said Maria Olsen.\n' --lang en
expect_mentions "a console, a song and a programme" '["Lisbon", "Maria Olsen"]'
# an English term's words, capitalised in a list inside Indonesian news,
# are no names
entities_of "$TMP/c/term-en.txt" 'Judul\n\nPerusahaan itu menerapkan prinsip Environmental, Social, and Governance (ESG) serta teknologi Carbon Capture, Utilization and Storage, kata Rina Wulandari.\n' --lang id
expect_mentions "an English term in Indonesian news" '["Rina Wulandari"]'
# the short form in brackets of an event is no name, there or later
entities_of "$TMP/c/event-short.txt" 'Judul\n\nPrabowo hadir dalam Upacara Prasetya Taruna (Prasta) di Jakarta, kata Rina Wulandari. Usai Prasta, ia pulang.\n' --lang id
expect_mentions "an event's short form" '["Prabowo", "Jakarta", "Rina Wulandari"]'
# a listed thing's variant after a full stop is the thing too
entities_of "$TMP/c/variant.txt" 'Virus\n\nThe new variants are called Netsky.XQ and Netsky.ZZ, said Mark Doyle.\n' --lang en
expect_mentions "a thing's variants" '["Mark Doyle"]'
# a word an article writes in lowercase opens a sentence as no name, even
# where an event's name capitalises it ("Hari Susu Nusantara"); "Yang Mulia"
# addresses a judge, it names no one
entities_of "$TMP/c/event-word.txt" 'Produksi Susu Lokal\n\nPemerintah memperingati Hari Susu Nusantara di Bogor. Susu masuk dalam daftar prioritas sektor pangan, kata Rina Wulandari. Produksi susu naik.\n\n"Saya menyesal, Yang Mulia," kata Darmawan Kusuma.\n' --lang id
expect_mentions "a lowercase word, a form of address" '["Bogor", "Rina Wulandari", "Darmawan Kusuma"]'
# a gazetteer acronym the article defines as another name's short form is
# not the gazetteer's entity there: not the party, the bank or the agency;
# written after the entity's own name it still is
entities_of "$TMP/c/pks.txt" 'Kerja sama\n\nGubernur Rina Wulandari menandatangani Perjanjian Kerja Sama (PKS) dengan PT Sinar Baru. PKS itu berlaku lima tahun. Eksportir butuh sertifikasi Bureau of Indian Standards (BIS) dan audit dari BIS.\n\nKejaksaan menetapkan Adi Prasetyo (AP) sebagai tersangka. AP selaku kepala dinas menyetujui anggaran. Partai Keadilan Sejahtera (PKS) menolak.\n' --lang id
expect_mentions "an acronym the article defines otherwise" '[("Rina Wulandari", "person"), ("PT Sinar Baru", "organization"), ("Adi Prasetyo", "person"), ("Adi Prasetyo", "person"), ("Adi Prasetyo", "person"), ("Prosperous Justice Party", "organization"), ("Prosperous Justice Party", "organization")]' 4,5
# the name after "warga" or "penduduk" is the place its people live in
entities_of "$TMP/c/warga.txt" 'Tambang\n\nPolisi menahan sembilan warga adat Tobo Mahani di Halmahera. Mereka bergabung dengan penduduk Wailoba yang berunjuk rasa, kata Rina Wulandari. Seorang warga, Budi Santoso, terluka.\n' --lang id
expect_mentions "the people of a place" '[("Tobo Mahani", "place"), ("Halmahera", "place"), ("Rina Wulandari", "person"), ("Budi Santoso", "person")]' 4,5
# a line below the title that ends in a full stop and has a verb in
# lowercase is prose, however many capitals it has; a regulation's title
# after its number names no one, up to a comma
entities_of "$TMP/c/prose.txt" 'Sidang Uji Materi\n\nPutusan itu dibacakan Hakim Konstitusi Rina Wulandari pada Selasa.\n\nGubernur menerbitkan Peraturan Gubernur Nomor 12 Tahun 2025 tentang Pemberian Layanan Angkutan Umum Massal Gratis, Darmawan Kusuma menilai aturan itu baik.\n' --lang id
expect_mentions "prose with many capitals, a regulation's title" '["Rina Wulandari", "Darmawan Kusuma"]' 4
# a court the model read as the building after "di" is the court
entities_of "$TMP/c/court.txt" 'Sidang Korupsi\n\nDENPASAR, KOMPAS.com - Terdakwa Made Arta divonis dalam sidang di Pengadilan Negeri Denpasar, Kamis. Pengadilan Tinggi DKI Jakarta memperberat hukuman mantan direktur itu, kata Rina Wulandari.\n' --lang id
expect_mentions "a court where it sits" '[("Denpasar", "place"), ("Kompas", "organization"), ("Made Arta", "person"), ("Pengadilan Negeri Denpasar", "organization"), ("Denpasar", "place"), ("Pengadilan Tinggi Jakarta", "organization"), ("Jakarta", "place"), ("Rina Wulandari", "person")]' 4,5
# initials a cue introduced are the person wherever else the article uses
# them, but after a locative ("ke AS")
entities_of "$TMP/c/as.txt" 'Pencurian Minimarket\n\nPolisi menangkap pria berinisial AS (34) di Cibinong. Kapolres Bogor AKBP Rendra Kusumawardhana mengatakan AS ditangkap di rumahnya. AS pernah bekerja di AS.\n' --lang id
expect_mentions "initials wherever used" '[("Cibinong", "place"), ("Bogor", "place"), ("Rendra Kusumawardhana", "person"), ("United States", "state")]' 4,5
# a party's regional board is not the Regional Representative Council
entities_of "$TMP/c/dpd.txt" 'Koalisi\n\nKetua DPD Golkar Sumatera Utara Maruli Hasiholan Simanjuntak bertemu Sekretaris DPW PKB Jawa Timur Rina Wulandari. DPD RI menolak usulan itu, sementara TNI-Polri berjaga.\n' --lang id
expect_mentions "a party's boards" '[("Golkar Party", "organization"), ("North Sumatra", "place"), ("Maruli Hasiholan Simanjuntak", "person"), ("National Awakening Party", "organization"), ("East Java", "place"), ("Rina Wulandari", "person"), ("Regional Representative Council", "organization"), ("Indonesia", "state"), ("Indonesian National Armed Forces", "organization"), ("Indonesian National Police", "organization")]' 4,5
# a first name the model left out, opening the sentence or after the
# office's place; not an unknown word right after a title, nor a noun
entities_of "$TMP/c/firstname.txt" 'Pelantikan\n\nGubernur Jawa Tengah Danang Setyo Nugroho melantik kepala daerah. Kapolsek Ngaglik Budi Santoso hadir. Wamendikdasmen Atip Latipulhayat memberi sambutan. Pembangunan Kampung Haji dibahas.\n' --lang id
py "a first name left out" '
import sys
rows = tsv(sys.argv[1])
ents = [r[4] for r in rows]
assert "Danang Setyo Nugroho" in ents and "Setyo Nugroho" not in ents, ents
assert "Budi Santoso" in ents and "Ngaglik Budi Santoso" not in ents, ents
assert "Wamendikdasmen Atip Latipulhayat" not in ents and "Pembangunan Kampung Haji" not in ents, ents
' "$TMP/out"
# the Sasak nobles' titles open their names; "Lalu" opening a sentence is "then"
entities_of "$TMP/c/sasak.txt" 'Rapat Desa\n\nBupati Lombok Timur Lalu Muhammad Ridwan mengajak kepala desa bekerja. Kepala Desa Sembalun Lawang Baiq Nurhasanah mengatakan desanya siap. Rapat selesai. Lalu Budi Santoso pulang.\n' --lang id
py "Sasak names" '
import sys
ents = [r[4] for r in tsv(sys.argv[1])]
assert "Lalu Muhammad Ridwan" in ents and "Baiq Nurhasanah" in ents and "Budi Santoso" in ents, ents
assert "Sembalun Lawang Baiq Nurhasanah" not in ents and "Lalu Budi Santoso" not in ents, ents
' "$TMP/out"
# a title word ending a name of three words is the name's ("Putri"), not
# before a name it is the title of, nor in a decree's name
entities_of "$TMP/c/putri.txt" 'Putusan KPU\n\nAnggota KPU Lestari Handayani Putri mengatakan keputusan itu final. Hal itu dikatakan Budi Santoso Ketua RT setempat.\n' --lang id
py "a title ending a name" '
import sys
ents = [r[4] for r in tsv(sys.argv[1])]
assert "Lestari Handayani Putri" in ents and "Budi Santoso" in ents and "Budi Santoso Ketua" not in ents, ents
' "$TMP/out"
# a body's number opens no name after it
entities_of "$TMP/c/komisi.txt" 'Rapat Kerja\n\nKetua Komisi IV Bayu Aji Prasetyo memberi waktu dua pekan.\n' --lang id
expect_mentions "a numbered body" '[("Komisi IV", "organization"), ("Bayu Aji Prasetyo", "person")]' 4,5
# a body's last common word the model gave the person after it
entities_of "$TMP/c/lokal.txt" 'Putusan\n\nPeneliti Pusat Kajian Demokrasi Lokal Nadia Paramitha menilai putusan ini tepat.\n' --lang id
expect_mentions "a body's last word" '[("Pusat Kajian Demokrasi Lokal", "organization"), ("Nadia Paramitha", "person")]' 4,5
# "Putri" before an unknown name is a given name, not a princess's title
entities_of "$TMP/c/putri-name.txt" 'Sidang\n\nIstri terdakwa, Putri Candrawathi, hadir di sidang. Putri Mahkota Jepang tiba di Jakarta.\n' --lang id
expect_mentions "Putri as a given name" '[("Putri Candrawathi", "person"), ("Japan", "state"), ("Jakarta", "place")]' 4,5
# a body's head word before a known place named with its kind
entities_of "$TMP/c/kota.txt" 'Rapat\n\nAnggota DPRD Kota Bekasi, Budi Santoso, menolak. Dinkes Provinsi NTT memeriksa sampel.\n' --lang id
expect_mentions "a body of a place named with its kind" '[("DPRD Kota Bekasi", "organization"), ("Bekasi", "place"), ("Budi Santoso", "person"), ("Dinas Kesehatan Provinsi Nusa Tenggara Timur", "organization"), ("East Nusa Tenggara", "place")]' 4,5
# an Indonesian body's head word, more capitalised words and its short form
# in brackets before a known place name that place's body; the short form
# is the body wherever the article uses it; another body's head stops it
entities_of "$TMP/c/bodyplace.txt" 'Lapak dibongkar\n\nDinas Kesehatan Kota Cimahi mencatat dua kasus. Satuan Polisi Pamong Praja (Satpol PP) Kota Semarang membongkar 37 lapak. Menurut Satpol PP, lapak itu liar. Direktorat Reserse Narkoba Polda Sumut menangkap dua orang. Gugatan di Pengadilan Agama Tigaraksa, Tangerang ditolak, kata Rina Wulandari.\n' --lang id
expect_mentions "bodies before their places" '[("Dinas Kesehatan Kota Cimahi", "Dinas Kesehatan Kota Cimahi"), ("Cimahi", "Cimahi"), ("Satuan Polisi Pamong Praja (Satpol PP) Kota Semarang", "Satuan Polisi Pamong Praja Kota Semarang"), ("Semarang", "Semarang"), ("Satpol PP", "Satuan Polisi Pamong Praja Kota Semarang"), ("Polda Sumut", "Kepolisian Daerah Sumatera Utara"), ("Sumut", "North Sumatra"), ("Pengadilan Agama Tigaraksa", "Pengadilan Agama Tigaraksa"), ("Tangerang", "Tangerang"), ("Rina Wulandari", "Rina Wulandari")]' 3,4
# a company's lawyer or spokesman named after a comma is a person
entities_of "$TMP/c/lawyer.txt" 'Gugatan\n\nKuasa hukum perusahaan, Rudolf Simanjuntak, membantah tudingan itu. Juru bicara perusahaan itu, Hendro Wicaksono, menyebut ganti rugi.\n' --lang id
expect_mentions "a company's lawyer" '[("Rudolf Simanjuntak", "person"), ("Hendro Wicaksono", "person")]' 3,5
# a word opening the text after a dateline before a river's head word is
# no part of the river's name
entities_of "$TMP/c/luapan.txt" 'Banjir\n\nSumedang - Luapan Sungai Cikandung membawa lumpur ke permukiman warga, kata Rina Wulandari.\n' --lang id
expect_mentions "a word before a place's head" '[("Sumedang", "place"), ("Sungai Cikandung", "place"), ("Rina Wulandari", "person")]' 4,5
# a given name that is also a word opens a name after a place; a company's
# tail ends its name after a job
entities_of "$TMP/c/agus.txt" 'Saham naik\n\nKepala OJK Provinsi Jawa Timur Agus Setiawan Halim mengatakan bank itu sehat. Analis PT Bintang Timur Sekuritas, Wulan Sari, menilai saham itu murah.\n' --lang id
expect_mentions "a given name after a place, a company's tail" '[("OJK", "organization"), ("Jawa Timur", "place"), ("Agus Setiawan Halim", "person"), ("PT Bintang Timur Sekuritas", "organization"), ("Wulan Sari", "person")]' 3,5
# "Putri" opens a name before a word and a name; a club named after its
# place and "FC", and a state's national team, are organizations
entities_of "$TMP/c/clubs.txt" 'Laga\n\nPemeran utamanya, Putri Cahaya Ningrum, berlatih keras. Persib Bandung mengalahkan Borneo FC 2-1. Pelatih Timnas Indonesia memanggil 26 pemain.\n' --lang id
expect_mentions "given names, clubs and national teams" '[("Putri Cahaya Ningrum", "person"), ("Persib Bandung", "organization"), ("Borneo FC", "organization"), ("Borneo", "place"), ("Timnas Indonesia", "organization"), ("Indonesia", "state")]' 4,5
# a city's police named with "Kota" after the city's name
entities_of "$TMP/c/kotatail.txt" 'Lapor\n\nKasus itu sudah dilaporkan ke Polres Metro Bekasi Kota kemarin, kata Rina Wulandari.\n' --lang id
expect_mentions "a city's police" '[("Polres Metro Bekasi Kota", "organization"), ("Bekasi", "place"), ("Rina Wulandari", "person")]' 3,5
# a short form of two words inside a body's name stands for its long form:
# "Satpol PP Kota Malang" is the body named in full before
entities_of "$TMP/c/satpol.txt" 'Lapak\n\nSatuan Polisi Pamong Praja (Satpol PP) Kota Malang membongkar lapak. Satpol PP Kota Malang menunda pembongkaran, kata Rina Wulandari.\n' --lang id
expect_mentions "a short form of two words" '[("Satuan Polisi Pamong Praja (Satpol PP) Kota Malang", "Satuan Polisi Pamong Praja Kota Malang"), ("Malang", "Malang"), ("Satpol PP Kota Malang", "Satuan Polisi Pamong Praja Kota Malang"), ("Malang", "Malang"), ("Rina Wulandari", "Rina Wulandari")]' 3,4
# a name of words of no list and no dictionary after a title is a person
# where the model saw none
entities_of "$TMP/c/pm.txt" 'Kunjungan\n\nHal itu disampaikan oleh Perdana Menteri John Howard kemarin. Menteri Luar Negeri Retno Marsudi hadir.\n' --lang id
expect_mentions "a name after a title" '[("John Howard", "person"), ("Retno Marsudi", "person")]' 4,5
# a person's name of its own the model read whole, ending in a state's
# name, is the person; a city's police by its short word is a body
entities_of "$TMP/c/haiti.txt" 'Pelantikan\n\nPelantikan itu dipimpin Komjen Pol Badrodin Haiti yang kini menjabat. Polrestabes Bandung menjaga lokasi, kata Rina Wulandari.\n' --lang id
expect_mentions "a name ending in a state's, a city's police" '[("Badrodin Haiti", "person"), ("Kepolisian Resor Kota Besar Bandung", "organization"), ("Bandung", "place"), ("Rina Wulandari", "person")]' 4,5
# "Jendral" as a rank, "Ny" as a form of address
entities_of "$TMP/c/ny.txt" 'Pameran\n\nPanglima Besar Jendral Soedirman pulang dari perang. Pameran didampingi Ny Herawati Boediono.\n' --lang id
expect_mentions "a rank's spelling, a form of address" '[("Soedirman", "person"), ("Herawati Boediono", "person")]' 4,5
# a speaker named once, right after an Indonesian reporting verb, where the
# model saw no name; not a known body, a title or a dictionary word
entities_of "$TMP/c/speaker.txt" 'Warga\n\n"Rumah kami hilang," kata Meles seperti dikutip media. "Hal itu benar," kata Polri. "Kami siap," ujar Kapolres.\n' --lang id
expect_mentions "a speaker after kata" '[("Meles", "person"), ("Indonesian National Police", "organization")]' 4,5
# a platform's brand is no actor; a body's message is the body's ("pesan
# BMKG"); a company's form in brackets is no short form of it
entities_of "$TMP/c/pesan.txt" 'Kabar\n\nTrump menulis di platform Truth Social. Warga diminta mengikuti pesan BMKG. PT Sinar Jaya Abadi (Persero) Tbk mencatat laba. Perusahaan itu menjadi Persero sejak 2010, kata Rina Wulandari.\n' --lang id
expect_mentions "platforms, messages, company forms" '[("Donald Trump", "person"), ("Meteorology Climatology and Geophysical Agency", "organization"), ("PT Sinar Jaya Abadi Tbk", "organization"), ("Rina Wulandari", "person")]' 4,5
# a team named after its place or state opens a sentence too
entities_of "$TMP/c/teams.txt" 'Laga\n\nBorneo FC menang 2-1. Timnas Indonesia kalah, kata Rina Wulandari.\n' --lang id
expect_mentions "teams opening a sentence" '[("Borneo FC", "organization"), ("Borneo", "place"), ("Timnas Indonesia", "organization"), ("Indonesia", "state"), ("Rina Wulandari", "person")]' 4,5
# ministries of the cabinet before 2024 are known by their names
entities_of "$TMP/c/klhk.txt" 'Audit\n\nWalhi mendesak Kementerian Lingkungan Hidup dan Kehutanan (KLHK) mengaudit pabrik. Kemendikbudristek menolak, kata Rina Wulandari.\n' --lang id
expect_mentions "former ministries" '[("Walhi", "Walhi"), ("Kementerian Lingkungan Hidup dan Kehutanan", "Ministry of Environment and Forestry of Indonesia"), ("KLHK", "Ministry of Environment and Forestry of Indonesia"), ("Kemendikbudristek", "Ministry of Education, Culture, Research and Technology of Indonesia"), ("Rina Wulandari", "Rina Wulandari")]' 3,4
# a faculty is named after the known university right after it
entities_of "$TMP/c/faculty.txt" 'Alat\n\nTim mahasiswa Fakultas Teknik Geologi Universitas Padjadjaran merancang alat, kata Rina Wulandari.\n' --lang id
expect_mentions "faculties of universities" '[("Fakultas Teknik Geologi", "Fakultas Teknik Geologi (Padjadjaran University)"), ("Universitas Padjadjaran", "Padjadjaran University"), ("Rina Wulandari", "Rina Wulandari")]' 3,4
# a TNI corps after a rank, a pastor's, an Acehnese scholar's and a Minang
# form of address are no part of the name
entities_of "$TMP/c/corps.txt" 'Patroli\n\nDandim Sorong Letkol Inf Markus Wenda menyebut patroli digelar. Wakil Ketua MUI Aceh Tgk. Hasan Basri mengatakan hal itu. Pendeta Markus Sihombing menyebut warga siap. Warganet mengenalnya sebagai Uda Sutan, pemilik warung. Kolonel Cpm Budi Hartono memimpin apel.\n' --lang id
expect_mentions "corps and forms of address" '[("Sorong", "place"), ("Markus Wenda", "person"), ("MUI", "organization"), ("Aceh", "place"), ("Hasan Basri", "person"), ("Markus Sihombing", "person"), ("Sutan", "person"), ("Budi Hartono", "person")]' 3,5
# a web address glued by hyphens is one outlet, on a credit line, in a
# dateline and as a source: not an outlet and a province
entities_of "$TMP/c/domain.txt" 'Laporan Wartawan Tribun-Sumbar.com, Yosef Kaize\n\nTRIBUN-SUMBAR.COM, PADANG - Warga menanam pohon, kata Rina Wulandari.\n\nArtikel ini telah tayang di Tribun-Sumbar.com dengan judul Warga Menanam Pohon.\n' --lang id
expect_mentions "hyphened web addresses" '[("Tribun-Sumbar.com", "Tribun-Sumbar.com", "byline"), ("Yosef Kaize", "Yosef Kaize", "byline"), ("TRIBUN-SUMBAR.COM", "Tribun-Sumbar.com", "byline"), ("PADANG", "Padang", "byline"), ("Rina Wulandari", "Rina Wulandari", "mention"), ("Tribun-Sumbar.com", "Tribun-Sumbar.com", "source")]' 3,4,6
# a platform after "akun media sosial" and a holiday bonus are no actors;
# a plant of a listed kind named after its place is a place
entities_of "$TMP/c/plants.txt" 'Polemik\n\nDana itu dibayar lewat akun media sosial Facebook milik warga. Pegawai menerima THR pekan ini. Listrik dari PLTA Saguling dan RDF Rorotan terganggu, kata Rina Wulandari.\n' --lang id
expect_mentions "platforms, bonuses, plants" '[("PLTA Saguling", "place"), ("RDF Rorotan", "place"), ("Rina Wulandari", "person")]' 3,5
# a body's name goes on over "dan" to a word that opens sentences or
# labels credits elsewhere ("Sumber")
entities_of "$TMP/c/sumber.txt" 'Audiensi\n\nIa menemui Badan Kepegawaian dan Sumber Daya Manusia (BKPSDM) kemarin, kata Rina Wulandari.\n' --lang id
expect_mentions "a body's name over dan Sumber" '[("Badan Kepegawaian dan Sumber Daya Manusia (BKPSDM)", "Badan Kepegawaian dan Sumber Daya Manusia"), ("Rina Wulandari", "Rina Wulandari")]' 3,4
# a numeral "I" after a party to a case is no Balinese "I"
entities_of "$TMP/c/numeral.txt" 'Gugatan\n\nDalam berkas itu tercantum turut tergugat I Triyono dan turut tergugat II Anhar Rusli. Hadir pula I Wayan Sudarta, kata Rina Wulandari.\n' --lang id
expect_mentions "numerals before names" '[("Triyono", "person"), ("Anhar Rusli", "person"), ("I Wayan Sudarta", "person"), ("Rina Wulandari", "person")]' 3,5
# the same words in lowercase, a sentence opener after "dan" and a
# school's acronym leave the names around them alone
entities_of "$TMP/c/biksu.txt" 'Ziarah\n\nPuluhan biksu Thailand berjalan kaki ke Borobudur. Seorang pendeta Amerika Serikat ikut hadir. Dinas Lingkungan Hidup dan Warga Bantar Gebang menandatangani kesepakatan. Mahasiswa PNB Made Arta menjuarai lomba, kata Rina Wulandari.\n' --lang id
expect_mentions "monks, pastors, residents and schools" '[("Thailand", "state"), ("Borobudur", "place"), ("Amerika Serikat", "state"), ("PNB", "organization"), ("Made Arta", "person"), ("Rina Wulandari", "person")]' 3,5
# a venue named "Balai" stays a place, no body
entities_of "$TMP/c/balai.txt" 'Acara\n\nAcara digelar di Balai Kartini Jakarta, kata Rina Wulandari.\n' --lang id
py "a venue named Balai" '
import sys
ents = [(r[3], r[5]) for r in tsv(sys.argv[1])]
assert not any(t == "organization" for _, t in ents), ents
assert ("Rina Wulandari", "person") in ents, ents
' "$TMP/out"
# "Kantor" (and "Kantor Pusat") before a body's head word is the body's
# office, no part of its name; "Kantor Staf Presiden" is a body of that name
entities_of "$TMP/c/kantor.txt" 'Unjuk Rasa\n\nMassa berunjuk rasa di Kantor Kejaksaan Tinggi Sulawesi Tengah pada Senin. Mereka lalu ke Kantor Staf Presiden dan Kantor Dinas Pendidikan Kota Ternate, kata Rina Wulandari. Surat dikirim ke Kantor Pusat Yayasan Lembaga Konsumen Indonesia.\n' --lang id
expect_mentions "a body's office" '[("Kejaksaan Tinggi Sulawesi Tengah", "organization"), ("Sulawesi Tengah", "place"), ("Kantor Staf Presiden", "organization"), ("Dinas Pendidikan Kota Ternate", "organization"), ("Ternate", "place"), ("Rina Wulandari", "person"), ("Yayasan Lembaga Konsumen Indonesia", "organization"), ("Indonesia", "state")]' 3,5
# police posts below a unit's head are no names: "Kaur Bin Ops", "Ps Paur
# Mitra", "Panit"
entities_of "$TMP/c/posts.txt" 'Penipuan Daring\n\nPelaku ditangkap pekan lalu, ujar Ps Paur Mitra Subdit Penmas Bidang Humas Polda Bali Ipda Made Wiranata. Kaur Bin Ops Satreskrim Iptu Dedi Kurnia dan Panit Reskrim Aipda Joko Susanto hadir.\n' --lang id
expect_mentions "police posts" '[("Polda Bali", "organization"), ("Bali", "place"), ("Made Wiranata", "person"), ("Dedi Kurnia", "person"), ("Joko Susanto", "person")]' 3,5
# a prison's name goes on over its class and its seat: one body, not a place
# and a numeral's name; "Lapas" alone is no name
entities_of "$TMP/c/lapas.txt" 'Narapidana\n\nDua napi dipindahkan ke Lapas Perempuan Kelas IIA Kerobokan pada Senin, kata Rina Wulandari. Ia menjalani hukuman di Lapas Perempuan Kelas IIA Kerobokan sejak 2012. Adiknya bebas dari Lapas pada 2017.\n' --lang id
expect_mentions "a prison's class and seat" '[("Lapas Perempuan Kelas IIA Kerobokan", "organization"), ("Rina Wulandari", "person"), ("Lapas Perempuan Kelas IIA Kerobokan", "organization")]' 3,5
# the app a message is sent through is no actor
entities_of "$TMP/c/message.txt" 'Rekonstruksi\n\n"Kami menunggu rekonstruksi," katanya melalui pesan WhatsApp kepada Rina Wulandari. Ia juga mengirim pesan singkat WhatsApp ke polisi.\n' --lang id
expect_mentions "a message's app" '[("Rina Wulandari", "person")]' 3,5
# an oil field named before its manager is a place, no part of his name
entities_of "$TMP/c/field.txt" 'Produksi Minyak\n\nProduksi minyak PT Pertamina EP (PEP) Limau Field naik. Menurut Field Manager PEP Limau Field Budi Hartanto Siregar, produksi naik. Hal itu disampaikan Budi.\n' --lang id
py "an oil field and its manager" '
import sys
rows = tsv(sys.argv[1])
people = [r[4] for r in rows if r[5] == "person"]
assert people == ["Budi Hartanto Siregar", "Budi Hartanto Siregar"], rows
assert not any("Field" in r[4] for r in rows if r[5] != "place"), rows
' "$TMP/out"
# a word glued to a code by "_" is no short form of a person's name
entities_of "$TMP/c/code.txt" 'Jejak Genetik\n\n"Temuan ini penting," kata peneliti Budi Korvani di Jakarta. Data sampel Korvani_EN dirilis pada Senin. Menurut Korvani, sampel Korvani_EN berusia 7.000 tahun.\n' --lang id
expect_mentions "a code's word" '[("Budi Korvani", "Budi Korvani"), ("Jakarta", "Jakarta"), ("Korvani", "Budi Korvani")]' 3,4
# a field in the list of an English office's title is no person
entities_of "$TMP/c/fields.txt" 'Kunjungan\n\nMenteri Budi Santoso menerima Minister for Housing, Commonwealth, and Planning dari Norland di Jakarta pada Selasa.\n' --lang id
py "an office's fields" '
import sys
rows = tsv(sys.argv[1])
assert not any(r[3] == "Commonwealth" for r in rows), rows
assert ("Budi Santoso", "person") in {(r[3], r[5]) for r in rows}, rows
' "$TMP/out"
# a ship is no actor, wherever its name comes again, and its commander's
# name starts after his rank and service ("Letkol Laut (P)", "Mayor Udara");
# a time zone is no name; a stadium named after a person is a place
entities_of "$TMP/c/ship.txt" 'Latihan Gabungan\n\nKapal latih KRI Arung Samudera Letkol Laut (P) Darmono tiba pukul 09.00 WIB. Kapal Motor Penyeberangan (KMP) Sinar Teluk Jaya dan KM Lestari Ombak ikut berlayar. Nakhoda KMP Sinar Teluk Jaya, Rudi Hartanto, hadir. Mayor Udara Fajar Nugroho dan Kolonel Laut Suyatno menyusul pukul 10.00 WIB. Acara ditutup di Gelora Bung Karno.\n' --lang id
expect_mentions "ships, services and time zones" '[("Darmono", "person"), ("Rudi Hartanto", "person"), ("Fajar Nugroho", "person"), ("Suyatno", "person"), ("Gelora Bung Karno", "place")]' 3,5
# a body's name goes on over its fields joined by "dan", where the model
# stopped or read a field's word as a place's; a tier of government or
# another body after "dan" is another name
entities_of "$TMP/c/fields-dan.txt" 'Gudang Barang Bukti\n\nDirektorat Tahanan dan Barang Bukti Polda Bali menerima 12 tahanan, kata Rina Wulandari. Berkas dikirim ke Dinas Perumahan Kawasan Permukiman dan Penataan Ruang. Pekerjaan itu diawasi Direktorat Bina Teknik Irigasi dan Bendungan. Kementerian Keuangan dan Pemkab Gianyar menolak.\n' --lang id
expect_mentions "the fields of a body" '[("Direktorat Tahanan dan Barang Bukti", "organization"), ("Polda Bali", "organization"), ("Bali", "place"), ("Rina Wulandari", "person"), ("Dinas Perumahan Kawasan Permukiman dan Penataan Ruang", "organization"), ("Direktorat Bina Teknik Irigasi dan Bendungan", "organization"), ("Kementerian Keuangan", "organization"), ("Pemkab Gianyar", "organization"), ("Gianyar", "place")]' 3,5
# a military unit named by its number and its seat or name after a slash
# is one body; "Pemko" is a city's government as "Pemkot" is
entities_of "$TMP/c/units-no.txt" 'Banjir\n\nPrajurit Kodim 0709/Kebumen dan Yonif 412/Bharata Eka Sakti membantu warga, kata Rina Wulandari. Pemko Binjai menyiapkan dapur umum.\n' --lang id
expect_mentions "numbered units" '[("Kodim 0709/Kebumen", "organization"), ("Kebumen", "place"), ("Yonif 412/Bharata Eka Sakti", "organization"), ("Rina Wulandari", "person"), ("Pemko Binjai", "organization"), ("Binjai", "place")]' 3,5
# pollsters, federations and watchdogs are bodies, the state in their
# names nested
entities_of "$TMP/c/bodies-id.txt" 'Survei\n\nMenurut survei Indikator Politik Indonesia, warga puas, kata Rina Wulandari. Ketua PASI dan KPPU hadir.\n' --lang id
expect_mentions "bodies with a state inside" '[("Indikator Politik Indonesia", "organization"), ("Indonesia", "state"), ("Rina Wulandari", "person"), ("PASI", "organization"), ("KPPU", "organization")]' 3,5
# the second field of an office's title, after "dan", is no person
entities_of "$TMP/c/second-field.txt" 'Rapat Umum\n\nRapat menunjuk Rina Wulandari sebagai Direktur Keuangan dan Manajemen Risiko. Direktur Niaga dan Pemasaran Dedi Kurnia hadir.\n' --lang id
expect_mentions "an office's second field" '[("Rina Wulandari", "person"), ("Dedi Kurnia", "person")]' 3,5
# a regional water company is a body, named with its place
entities_of "$TMP/c/water.txt" 'Air Bersih\n\nPerumda Air Minum Tirta Sejuk Gianyar dan PDAM Kabupaten Gresik keberatan, kata Rina Wulandari.\n' --lang id
expect_mentions "water companies" '[("Perumda Air Minum Tirta Sejuk Gianyar", "organization"), ("Gianyar", "place"), ("PDAM Kabupaten Gresik", "organization"), ("Gresik", "place"), ("Rina Wulandari", "person")]' 3,5
# a known company's name and the words of a body after it name its
# subsidiary or office, one body; a person after it stays a person
entities_of "$TMP/c/subsidiary.txt" 'Energi\n\nDirektur Utama PT Pertamina Sentosa Logistics, Dedi Kurnia, hadir. Klaim dibayar oleh Jasa Raharja Kantor Wilayah Bali. Direktur Pertamina Nicke Widyawati menjelaskan.\n' --lang id
expect_mentions "subsidiaries" '[("PT Pertamina Sentosa Logistics", "organization"), ("PT Pertamina", "organization"), ("Dedi Kurnia", "person"), ("Jasa Raharja Kantor Wilayah Bali", "organization"), ("Jasa Raharja", "organization"), ("Bali", "place"), ("Pertamina", "organization"), ("Nicke Widyawati", "person")]' 3,5
# the review's guards: initials and a coalition's short form are no ship's
# prefix; a body after "dan" is another; a title's person stays a person;
# a law's short form is no party
entities_of "$TMP/c/guards-id.txt" 'Upacara\n\nLetjen MT Haryono gugur pada 1965. Sekjen KMP Idrus Marham hadir, kata Rina Wulandari. Dinas Sosial dan Puskesmas Sukmajaya membuka posko. Kepala Sekolah Sutrisno dan Komite Sekolah hadir. Ketua RT Sutarno dan Bunga Lestari, warga setempat, melapor. Pemerintah menyiapkan aturan UU PDP.\n' --lang id
py "guards of the review (Indonesian)" '
import sys
rows = [(r[3], r[4], r[5]) for r in tsv(sys.argv[1])]
names = [r[1] for r in rows]
assert "MT Haryono" in names and "Idrus Marham" in names, rows
assert ("Puskesmas Sukmajaya", "Puskesmas Sukmajaya", "organization") in rows, rows
assert ("Sutrisno", "Sutrisno", "person") in rows and ("Bunga Lestari", "Bunga Lestari", "person") in rows, rows
assert not any("Peoples Democratic" in n or "dan" in n for n in names), rows
' "$TMP/out"
# a state body's generic name followed by another state's is that state's
# body, whatever way the state is written; alone, or before Indonesia, it
# stays Indonesia's
entities_of "$TMP/c/foreign-body.txt" 'Latihan\n\nKementerian Pertahanan Amerika Serikat dan Kementerian Pertahanan AS menggelar latihan, kata Rina Wulandari. Kementerian Pertahanan menyambut baik latihan itu. Kementerian Pertahanan Indonesia hadir.\n' --lang id
py "a state body of another state" '
import sys
rows = [(r[3], r[4], r[5], r[6]) for r in tsv(sys.argv[1])]
assert ("Kementerian Pertahanan Amerika Serikat", "Kementerian Pertahanan (United States)", "organization", "mention") in rows, rows
assert ("Kementerian Pertahanan AS", "Kementerian Pertahanan (United States)", "organization", "mention") in rows, rows
assert [r[1] for r in rows].count("Ministry of Defence of Indonesia") == 2, rows
' "$TMP/out"
# a listed company's ticker is the company
entities_of "$TMP/c/tickers.txt" 'Bursa\n\nSaham BBRI dan TLKM menguat, sementara Bank Rakyat Indonesia membagikan dividen, kata Rina Wulandari.\n' --lang id
expect_mentions "tickers" '[("BBRI", "Bank Rakyat Indonesia"), ("TLKM", "Telkom Indonesia"), ("Bank Rakyat Indonesia", "Bank Rakyat Indonesia"), ("Indonesia", "Indonesia"), ("Rina Wulandari", "Rina Wulandari")]' 3,4
# the club a player plays for, in brackets, is no name of the player's; a
# one-word short name stays the person's
entities_of "$TMP/c/club-brackets.txt" 'Timnas\n\nPelatih memanggil Rangga Sadewa (Borneo FC) dan Yusuf Effendi (Persita Tangerang). Rangga Sadewa tampil apik, kata Bagas Wiranata (Ubed).\n' --lang id
expect_has "a club in brackets" '[("Persita Tangerang", "Persita Tangerang", "organization"), ("Borneo FC", "Borneo FC", "organization"), ("Ubed", "Bagas Wiranata", "person")]' 3,4,5
# a run of capitalised words ending in a company's last word is a company,
# before a state's name too; an outlet the text quotes is a source
entities_of "$TMP/c/firm-run.txt" 'Bursa\n\nAnalis Kestrel Asset Sekuritas Indonesia, Rina Wulandari, menilai IHSG menguat. Dikutip dari NU Online, acara itu ditunda.\n' --lang id
expect_has "a company before a state, an outlet quoted" '[("Kestrel Asset Sekuritas", "Kestrel Asset Sekuritas", "organization", "mention"), ("NU Online", "NU Online", "organization", "source")]' 3,4,5,6
# a name right after a lowercase noun of a group's kind is an
# organization, where the model saw none; an English outlet after "the"
# and a source's cue is a source
entities_of "$TMP/c/cue-run.txt" 'Konser\n\nVokalis band Lintang Senja hadir, kata Rina Wulandari. Menurut laporan The Hindustan Times, konser itu ditunda. Gitaris band Senja Kala Re:Union absen. Penyanyi Tulus menyanyi.\n' --lang id
py "a band by its noun, an outlet after The" '
import sys
rows = [(r[3], r[4], r[5], r[6]) for r in tsv(sys.argv[1])]
assert ("Lintang Senja", "Lintang Senja", "organization", "mention") in rows, rows
assert ("Hindustan Times", "Hindustan Times", "organization", "source") in rows, rows
assert not any(r[0].endswith("Re") for r in rows), rows
assert ("Tulus", "Tulus", "person", "mention") in rows, rows
' "$TMP/out"
# a team's line-up, in Indonesian too
entities_of "$TMP/c/lineup.txt" 'Susunan pemain\n\nPersikota: Andika; Hanif, Rizky Ridwan, Bagas, Yusuf; Tegar, Wiranata, Sadewa; Lintang, Sutrisno, Wulandari.\n' --lang id
expect_has "a line-up (Indonesian)" '[(p, "person", "mention") for p in ["Andika", "Hanif", "Rizky Ridwan", "Bagas", "Yusuf", "Tegar", "Wiranata", "Sadewa", "Lintang", "Sutrisno", "Wulandari"]] + [("Persikota", "organization", "mention")]' 3,5,6
# the review's guards: a body named with another name of its state is the
# known body; a policy's aim is no company; a place in brackets after a
# person stays a place
entities_of "$TMP/c/guards18.txt" 'Energi\n\nMahkamah Agung Amerika Serikat memutus perkara itu, kata Rina Wulandari. Menurut dia, Ketahanan Energi menjadi prioritas. Dewi Lestari (Kabupaten Bogor) hadir.\n' --lang id
expect_has "the review guards (Indonesian)" '[("Mahkamah Agung Amerika Serikat", "Supreme Court of the United States", "organization"), ("Kabupaten Bogor", "Kabupaten Bogor", "place")]' 3,4,5
expect_lacks "no policy's aim as a company" '["Ketahanan Energi"]'
# a transcript's speakers' labels: the speakers are people in the story,
# their roles no part of their names, no dateline's place
entities_of "$TMP/c/speakers.txt" 'Sidang\n\nSidang menghadirkan saksi, kata Rina Wulandari.\n\nHAKIM KETUA: Apakah Anda mengenal terdakwa?\n\nSAKSI RINA: Saya kenal.\n\nKETUA RAPAT (SUTRISNO): Silakan.\n\nSAKSI RINA: Baik.\n' --lang id
py "the speakers of a transcript (Indonesian)" '
import sys
rows = [(r[3], r[4], r[5], r[6]) for r in tsv(sys.argv[1])]
assert rows.count(("RINA", "Rina Wulandari", "person", "mention")) == 2, rows
assert ("SUTRISNO", "Sutrisno", "person", "mention") in rows, rows
assert not any(r[2] == "place" for r in rows), rows
' "$TMP/out"
# a company's name without its legal forms is the company, whatever the
# model typed; a kicker line is no name
entities_of "$TMP/c/company-core.txt" 'SIARAN PERS\n\nPT Sinar Baja Nusantara Tbk mengumumkan laba naik, kata Rina Wulandari. Direktur Utama Sinar Baja Nusantara hadir.\n\nWAWANCARA\n' --lang id
expect_has "a company without its legal forms" '[("Sinar Baja Nusantara", "PT Sinar Baja Nusantara Tbk", "organization")]' 3,4,5
expect_lacks "no kickers" '["SIARAN PERS", "WAWANCARA"]'
# an unknown body's acronym before a tier and its place is the body's
# branch; a district's is no body
entities_of "$TMP/c/branch.txt" 'Banjir\n\nPMI Kota Semarang mengirim relawan ke kawasan CBD Jakarta, kata Rina Wulandari.\n' --lang id
expect_has "a branch by its acronym" '[("PMI Kota Semarang", "PMI Kota Semarang", "organization")]' 3,4,5
expect_lacks "no district's body" '["CBD Jakarta"]'
# a body's name with "Republik Indonesia" after it is Indonesia's body,
# whole; a live page's kicker is no speaker
entities_of "$TMP/c/ri-body.txt" 'Banjir\n\nUPDATE: Kementerian Kesehatan Republik Indonesia mengirim obat, kata Rina Wulandari.\n\nUPDATE: Air mulai surut.\n' --lang id
py "a body of the Republic, kickers" '
import sys
rows = [(r[3], r[4], r[5]) for r in tsv(sys.argv[1])]
assert ("Kementerian Kesehatan Republik Indonesia", "Ministry of Health of Indonesia", "organization") in rows, rows
assert not any(r[0] == "UPDATE" for r in rows), rows
' "$TMP/out"
finish
