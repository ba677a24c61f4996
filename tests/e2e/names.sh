# names.sh: one person, one node across the corpus. A name given in one
# article and only its surname in another is one node (the surname among its
# aliases); a surname two people share about equally stays apart. The
# articles are written for this test.
. "$(dirname "$0")/lib.sh"
cd "$SRC" || exit 1

mkdir -p "$TMP/c"
printf 'Kunjungan Kerja\n\nGubernur Bambang Wirasena bertemu Presiden Prabowo Subianto di Jakarta. Bambang Wirasena membahas pangan bersama Presiden Prabowo Subianto.\n' > "$TMP/c/a.txt"
printf 'Panen Raya\n\n"Panen tahun ini bagus," kata Wirasena kepada Presiden Prabowo Subianto di Karawang.\n' > "$TMP/c/b.txt"
printf 'Rapat Dewan\n\nAni Hartono dan Budi Hartono hadir bersama Presiden Prabowo Subianto. Ani Hartono dan Budi Hartono lalu pulang.\n' > "$TMP/c/c.txt"
printf 'Sidang\n\nPresiden Prabowo Subianto hadir. "Saya menolak tuduhan itu," kata Hartono.\n' > "$TMP/c/d.txt"

run "$ERGRAPH" build "$TMP/c" -o "$TMP/g.json"
expect_status 0
py "short names join their one full name" '
import json, sys
g = json.load(open(sys.argv[1]))
nodes = {n["id"]: n for n in g["nodes"]}
assert "Wirasena" not in nodes, sorted(nodes)
w = nodes["Bambang Wirasena"]
assert w["mentions"] == 3 and w["documents"] == 2 and "Wirasena" in w["aliases"], w
links = {(l["source"], l["target"]): l for l in g["links"]}
l = links[("Bambang Wirasena", "Prabowo Subianto")]
assert l["count"] == 3, l                          # both articles count
# two people share the surname equally: it stays a node of its own
assert "Hartono" in nodes and nodes["Ani Hartono"]["mentions"] == 2, sorted(nodes)
assert g["graph"]["short_names_joined"] == 1, g["graph"]
' "$TMP/g.json"

# a given name alone joins the full name it opens only when two articles or
# more give that full name: once, it is most often another person's
mkdir -p "$TMP/g"
printf 'Banjir Kota\n\nKapolres AKBP Dimas Pratama meninjau banjir di Bekasi. Dimas Pratama meminta warga waspada.\n' > "$TMP/g/a.txt"
printf 'Penusukan\n\n"Saya kaget," kata Dimas kepada polisi di Bogor. Dimas dirawat di rumah sakit.\n' > "$TMP/g/b.txt"
printf 'Rapat Anggaran\n\nMenteri Wahyu Hidayat membuka rapat di Jakarta.\n' > "$TMP/g/c.txt"
printf 'Kunjungan Pabrik\n\nMenteri Wahyu Hidayat meninjau pabrik di Cikarang.\n' > "$TMP/g/d.txt"
printf 'Ekspor Naik\n\n"Ekspor kita naik," kata Wahyu di Surabaya.\n' > "$TMP/g/e.txt"
run "$ERGRAPH" build "$TMP/g" -o "$TMP/gg.json"
expect_status 0
py "a given name alone across articles" '
import json, sys
nodes = {n["id"]: n for n in json.load(open(sys.argv[1]))["nodes"]}
assert "Dimas" in nodes and nodes["Dimas Pratama"]["mentions"] == 2, sorted(nodes)
assert "Wahyu" not in nodes and nodes["Wahyu Hidayat"]["mentions"] == 3, sorted(nodes)
' "$TMP/gg.json"

# within one article, a surname two people share goes to the one its title
# names, else to the one the article is about; two people named equally
# leave it undecided
mkdir -p "$TMP/w"
printf 'Kunjungan Negara\n\nPresiden Kenya, Daniel Otieno, tiba di Jakarta bersama Ibu Negara Grace Otieno.\n\nPresiden Otieno bertemu Presiden Prabowo Subianto. Ibu Negara Otieno mengunjungi museum.\n\nOtieno lalu berpidato, dan Otieno memuji Prabowo Subianto. Ia pulang pada Senin.\n' > "$TMP/w/a.txt"
printf 'Sidang Keluarga\n\nAni Hartono dan Budi Hartono hadir bersama Presiden Prabowo Subianto.\n\nHartono menolak tuduhan itu.\n' > "$TMP/w/b.txt"
run "$ERGRAPH" entities --format tsv "$TMP/w"
expect_status 0
py "a shared surname within an article" '
import sys, collections
rows = tsv(sys.argv[1])
got = collections.defaultdict(list)
for r in rows:
    got[(r[0].rsplit("/", 1)[-1], r[3])].append(r[4])
a = collections.Counter(e for (d, text), es in got.items() if d == "a.txt" and text == "Otieno" for e in es)
assert a == {"Daniel Otieno": 3, "Grace Otieno": 1}, a      # titles first, then the one most named
assert "Hartono" not in [r[3] for r in rows if r[0].endswith("b.txt")], rows  # undecidable: dropped
' "$TMP/out"
# Indonesia's regencies and cities are places in the gazetteer, not people,
# in a list and in the spelling without a space ("Lubuklinggau")
entities_of "$TMP/c/regencies.txt" 'Judul\n\nBanjir melanda Humbang Hasundutan, Lubuk Linggau dan Sumedang pada Senin, kata Rudi Hartawan.\n' --lang id
expect_mentions "regencies in a list" '[("Humbang Hasundutan", "Humbang Hasundutan", "place"), ("Lubuk Linggau", "Lubuklinggau", "place"), ("Sumedang", "Sumedang", "place"), ("Rudi Hartawan", "Rudi Hartawan", "person")]' 3,4,5
# spelling variants of one person across articles: a middle name left out
# (only one longer name has those first and last words), a space dropped
mkdir -p "$TMP/v"
printf 'Rapat Pangan\n\nMenteri Pertanian Budi Wira Santoso bertemu Presiden Prabowo Subianto di Jakarta. "Stok beras aman," kata Budi Wira Santoso.\n\nKetua panitia Abdul Rahman Siregar hadir bersama Presiden Prabowo Subianto.\n' > "$TMP/v/a.txt"
printf 'Panen\n\nMenteri Pertanian Budi Santoso meninjau sawah bersama Presiden Prabowo Subianto. "Panen bagus," kata Abdulrahman Siregar.\n\nBupati Eko Tri Wibowo menyambut Presiden Prabowo Subianto. "Kami siap," kata Bupati Eko Dwi Wibowo.\n' > "$TMP/v/b.txt"
printf 'Pasar\n\nBupati Eko Wibowo membuka pasar bersama Presiden Prabowo Subianto.\n' > "$TMP/v/c.txt"
run "$ERGRAPH" build "$TMP/v" -o "$TMP/v.json"
expect_status 0
py "spelling variants of one name" '
import json, sys
g = json.load(open(sys.argv[1]))
nodes = {n["id"]: n for n in g["nodes"]}
assert "Budi Santoso" not in nodes and "Budi Santoso" in nodes["Budi Wira Santoso"]["aliases"], sorted(nodes)
assert nodes["Budi Wira Santoso"]["documents"] == 2, nodes["Budi Wira Santoso"]
siregar = [n for n in nodes if n.replace(" ", "") == "AbdulrahmanSiregar" or n == "Abdul Rahman Siregar"]
assert len(siregar) == 1 and nodes[siregar[0]]["documents"] == 2, sorted(nodes)
# two longer names share "Eko ... Wibowo": the short one stays apart
assert {"Eko Wibowo", "Eko Tri Wibowo", "Eko Dwi Wibowo"} <= set(nodes), sorted(nodes)
' "$TMP/v.json"
# a short form on a title-case headline resolves as in the body
entities_of "$TMP/w/h.txt" 'Halim Tinjau Sawah di Karawang\n\nWakil Presiden Halim Perdanakusuma Rangkuti meninjau sawah di Karawang, Senin. Ia didampingi Bupati Aep Syaepuloh.\n'
py "a headline short form" '
import sys
rows = tsv(sys.argv[1])
assert rows[0][3] == "Halim" and rows[0][4] == "Halim Perdanakusuma Rangkuti", rows
' "$TMP/out"
# a two-word name that is the last (or first) two words of exactly one
# longer name in the corpus is that person
mkdir -p "$TMP/tail"
printf 'Haji\n\nWakil Kepala Badan Haji Rizal Anwar Simatupang mengatakan kuota haji naik. "Kami siap," kata Rizal Anwar Simatupang di Jakarta, Senin.\n' > "$TMP/tail/a.txt"
printf 'Kuota\n\nMenurut Anwar Simatupang, pemerintah akan menambah petugas. Anwar Simatupang mengatakan hal itu kepada wartawan di Jakarta.\n' > "$TMP/tail/b.txt"
run "$ERGRAPH" build "$TMP/tail/a.txt" "$TMP/tail/b.txt" -o "$TMP/tail.json"
expect_status 0
py "a name cut short joins the one longer name" '
import json, sys
nodes = {n["id"]: n for n in json.load(open(sys.argv[1]))["nodes"]}
assert "Anwar Simatupang" not in nodes, sorted(nodes)
n = nodes["Rizal Anwar Simatupang"]
assert n["mentions"] == 4 and "Anwar Simatupang" in n["aliases"], n
' "$TMP/tail.json"
# a slip of the pen, written once, joins the name written right more often
# (a letter swapped, changed or dropped, a space dropped), whatever type
# the model gave it; a different first letter is another name
mkdir -p "$TMP/slip"
printf 'Investasi\n\nDirektur PT Northgate Telecom, Gunawan Prasetyo, bertemu wartawan di Jakarta. "Kami siap," kata Gunawan Prasetyo. Menurut Salim Pranoto, rencana itu baik.\n' > "$TMP/slip/a.txt"
printf 'Pabrik\n\nPT Northgate Telecom membuka pabrik di Batam. "Pabrik ini besar," kata Gunawan Prasetyo. "Kami senang," ujar Salim Pranoto.\n' > "$TMP/slip/b.txt"
printf 'Kunjungan\n\nDirektur PT NorthgateTelecom, Gunawan Prasteyo, meninjau kantor di Surabaya. "Kunjungan ini penting," kata Halim Pranoto.\n' > "$TMP/slip/c.txt"
run "$ERGRAPH" build "$TMP/slip" -o "$TMP/slip.json"
expect_status 0
py "a slip of the pen joins the right spelling" '
import json, sys
nodes = {n["id"]: n for n in json.load(open(sys.argv[1]))["nodes"]}
assert "Gunawan Prasteyo" not in nodes and "Gunawan Prasteyo" in nodes["Gunawan Prasetyo"]["aliases"], sorted(nodes)
assert nodes["Gunawan Prasetyo"]["documents"] == 3, nodes["Gunawan Prasetyo"]
assert "PT NorthgateTelecom" not in nodes and nodes["PT Northgate Telecom"]["documents"] == 3, sorted(nodes)
assert "Halim Pranoto" in nodes and "Salim Pranoto" in nodes, sorted(nodes)
' "$TMP/slip.json"
# a person named by three words, spelled two ways, is one person whatever
# the counts: the rarer spelling (or, a tie, the shorter) joins the other
mkdir -p "$TMP/slip3"
printf 'Rapat\n\nMenteri Hanafi Yusran Maulida membuka rapat di Jakarta. "Kita mulai," kata Hanafi Yusran Maulida. Menurut Teddy Marojahan Purba, rapat itu penting.\n' > "$TMP/slip3/a.txt"
printf 'Kunjungan\n\nMenteri Hanafi Yusran Maulida meninjau pasar di Bogor. "Harga stabil," ujar Hanafi Yusran Maulida. Wakilnya, Teddy Marjahan Purba, ikut hadir.\n' > "$TMP/slip3/b.txt"
run "$ERGRAPH" build "$TMP/slip3" -o "$TMP/slip3.json"
expect_status 0
py "two spellings of a long name" '
import json, sys
nodes = {n["id"]: n for n in json.load(open(sys.argv[1]))["nodes"]}
people = sorted(k for k, n in nodes.items() if n["type"] == "person")
assert people == ["Hanafi Yusran Maulida", "Teddy Marojahan Purba"], people
assert nodes["Hanafi Yusran Maulida"]["documents"] == 2 and "Hanafi Yusran Maulida" in nodes["Hanafi Yusran Maulida"]["aliases"], nodes
' "$TMP/slip3.json"
# a company with and without its legal form is one node, the form written
# small ("plc") or not; two forms are two companies
mkdir -p "$TMP/forms"
printf 'Mines\n\nShares of Halden Mining plc fell on Monday, said Ana Reyes. Talks with Corran Metals Inc stalled.\n' > "$TMP/forms/a.txt"
printf 'Jobs\n\nHalden Mining said it would cut jobs, said Ana Reyes. Corran Metals Ltd denied it.\n' > "$TMP/forms/b.txt"
run "$ERGRAPH" build --lang en "$TMP/forms" -o "$TMP/forms.json"
expect_status 0
py "a company with and without its legal form" '
import json, sys
nodes = {n["id"]: n for n in json.load(open(sys.argv[1]))["nodes"]}
orgs = sorted(k for k, n in nodes.items() if n["type"] == "organization")
mining = [k for k in orgs if k.startswith("Halden Mining")]
assert len(mining) == 1 and nodes[mining[0]]["documents"] == 2, orgs
assert {"Halden Mining", "Halden Mining plc"} <= set(nodes[mining[0]]["aliases"]), nodes[mining[0]]
assert "Corran Metals Inc" in orgs and "Corran Metals Ltd" in orgs, orgs
' "$TMP/forms.json"
# and with or without a word such names go with: "Resources", "Research",
# ".com"
mkdir -p "$TMP/tails"
printf 'Copper\n\nShares of Tarrant Resources rose after analysts at Velden Research praised the US-based Amazon.com, said Ana Reyes.\n' > "$TMP/tails/a.txt"
printf 'Copper\n\nMining group Tarrant said on Monday that research firm Velden and Amazon sold more, said Ana Reyes.\n' > "$TMP/tails/b.txt"
run "$ERGRAPH" build --lang en "$TMP/tails" -o "$TMP/tails.json"
expect_status 0
py "a company with and without its name's last word" '
import json, sys
nodes = {n["id"]: n for n in json.load(open(sys.argv[1]))["nodes"]}
orgs = sorted(k for k, n in nodes.items() if n["type"] == "organization")
assert orgs == ["Amazon.com", "Tarrant Resources", "Velden Research"], orgs
assert all(nodes[k]["documents"] == 2 for k in orgs), nodes
assert "Tarrant" in nodes["Tarrant Resources"]["aliases"] and "Amazon" in nodes["Amazon.com"]["aliases"], nodes
' "$TMP/tails.json"
# but a bank named after its region and the region's team are two
mkdir -p "$TMP/bank"
printf 'Rugby\n\nUlster beat Leinster 20-13 on Friday, said Ana Reyes. The match was sponsored by Ulster Bank.\n' > "$TMP/bank/a.txt"
run "$ERGRAPH" build --lang en "$TMP/bank" -o "$TMP/bank.json"
expect_status 0
py "a team and a bank of one name" '
import json, sys
nodes = {n["id"]: n for n in json.load(open(sys.argv[1]))["nodes"]}
assert "Ulster" in nodes and "Ulster Bank" in nodes, sorted(nodes)
' "$TMP/bank.json"
# a short form given in brackets in one article is the body named so alone
# in another
mkdir -p "$TMP/bracket"
printf 'Wisuda\n\nMahasiswa Universitas Teknologi Sukamaju (Untesa) ikut membersihkan pantai di Semarang, kata Rina Wulandari.\n' > "$TMP/bracket/a.txt"
printf 'Beasiswa\n\nUntesa membuka beasiswa baru tahun ini. Menurut Dimas Prakoso, Untesa menerima 300 mahasiswa.\n' > "$TMP/bracket/b.txt"
run "$ERGRAPH" build "$TMP/bracket" -o "$TMP/bracket.json"
expect_status 0
py "a short form given in brackets elsewhere" '
import json, sys
nodes = {n["id"]: n for n in json.load(open(sys.argv[1]))["nodes"]}
assert "Untesa" not in nodes, sorted(nodes)
n = nodes["Universitas Teknologi Sukamaju"]
assert n["documents"] == 2 and "Untesa" in n["aliases"], n
' "$TMP/bracket.json"
# one body, two spellings: a short word inside an Indonesian organization's
# name stands for its long form (data/lists/expansions-id.txt), so
# "Pemkab Sukamaju" and "Pemerintah Kabupaten Sukamaju" are one node, named
# in full; a company's name after "PT" keeps its owner's spelling
mkdir -p "$TMP/x"
printf 'Banjir Sukamaju\n\nPada Senin, Pemerintah Kabupaten Sukamaju menetapkan status darurat. Bupati Lestari Wulandari meminta warga mengungsi.\n\nPolres Sukamaju menjaga jalan. Warga dibantu PT Jatim Sentosa Abadi.\n' > "$TMP/x/a.txt"
printf 'Bantuan Datang\n\nPemkab Sukamaju menerima bantuan. Kapolda menyebut Polda Jatim mengirim personel ke Kepolisian Resor Sukamaju.\n\nPemkab Sukamaju membuka dapur umum bersama Bupati Lestari Wulandari.\n' > "$TMP/x/b.txt"
run "$ERGRAPH" build "$TMP/x" -o "$TMP/x.json"
expect_status 0
py "short and long spellings of one body" '
import json, sys
g = json.load(open(sys.argv[1]))
nodes = {n["id"]: n for n in g["nodes"]}
assert "Pemkab Sukamaju" not in nodes and "Polres Sukamaju" not in nodes, sorted(nodes)
p = nodes["Pemerintah Kabupaten Sukamaju"]
assert p["mentions"] == 3 and p["documents"] == 2 and "Pemkab Sukamaju" in p["aliases"], p
r = nodes["Kepolisian Resor Sukamaju"]
assert r["mentions"] == 2 and "Polres Sukamaju" in r["aliases"], r
assert "Kepolisian Daerah Jawa Timur" in nodes, sorted(nodes)
assert "PT Jatim Sentosa Abadi" in nodes, sorted(nodes)
' "$TMP/x.json"
# a short name given after "disapa" (addressed as), past lowercase words,
# is the person named before it
entities_of "$TMP/c/disapa.txt" 'Gugatan\n\nKuasa hukum warga, Sulastriningsih, atau akrab disapa Tutik, mengatakan gugatan sudah didaftarkan.\n' --lang id
py "a name given after disapa" '
import sys
rows = tsv(sys.argv[1])
assert {(r[3], r[4]) for r in rows} == {("Sulastriningsih", "Sulastriningsih"), ("Tutik", "Sulastriningsih")}, rows
' "$TMP/out"
# "PT." with its full stop does not end the sentence: the company's name goes on
entities_of "$TMP/c/ptdot.txt" 'Judul\n\nBelasan karyawan melaporkan PT. Sinar Kencana Abadi ke polisi. Menurut Rina Wulandari, PT Sinar Kencana Abadi membantah.\n' --lang id
expect_mentions "PT with a full stop" '[("PT. Sinar Kencana Abadi", "PT Sinar Kencana Abadi"), ("Rina Wulandari", "Rina Wulandari"), ("PT Sinar Kencana Abadi", "PT Sinar Kencana Abadi")]' 3,4
# short titles the tagger's list lacks are no part of the name (honorifics-*.txt)
entities_of "$TMP/c/pm.txt" 'Judul\n\nPerdana Menteri Anthony Albanese menjamu tamu. PM Albanese sempat memberikan hadiah, kata Rep. Valerie Foushee.\n' --lang id
expect_mentions "PM and Rep" '[("Anthony Albanese", "Anthony Albanese"), ("Albanese", "Anthony Albanese"), ("Valerie Foushee", "Valerie Foushee")]' 3,4
# a name runs on to the short form it defines when a comma follows the bracket too
entities_of "$TMP/c/shortcomma.txt" 'Judul\n\nRina Wulandari mewakili Badan Pengelola Jaminan Usaha Tani (BPJUT), sedangkan Dewan Koperasi Nelayan (DKN) diwakili ketuanya.\n' --lang id
expect_mentions "a short form before a comma" '["Badan Pengelola Jaminan Usaha Tani (BPJUT)", "Dewan Koperasi Nelayan (DKN)"]'
# a listed company's stock code in brackets after "Tbk" is its short form
# (a code the gazetteer knows, "TLKM", is the company's mention of its own)
entities_of "$TMP/c/ticker.txt" 'Judul\n\nIa pernah memimpin PT Sinar Kencana Abadi Tbk (SKAB). Saham SKAB naik, kata Rina Wulandari. Rapat PT Telkom Indonesia (Persero) Tbk (TLKM) digelar. Saham TLKM turun.\n' --lang id
expect_mentions "a stock code" '[("PT Sinar Kencana Abadi Tbk (SKAB)", "PT Sinar Kencana Abadi Tbk"), ("SKAB", "PT Sinar Kencana Abadi Tbk"), ("Rina Wulandari", "Rina Wulandari"), ("PT Telkom Indonesia (Persero) Tbk", "Telkom Indonesia"), ("Indonesia", "Indonesia"), ("TLKM", "Telkom Indonesia"), ("TLKM", "Telkom Indonesia")]' 3,4
# a body's short form, defined in brackets, is no word of a person's name
# the model ran it into, nor a person with a common noun before it
entities_of "$TMP/c/shortfront.txt" 'Judul\n\nInstitute for Rural Economic Studies (Irres) merilis kajian baru pada Senin. Peneliti ekonomi Irres Ayu Kartika mengatakan harga beras naik. Hal itu tertulis dalam Laporan Irres tentang pangan.\n' --lang id
expect_mentions "a short form before a person" '[("Ayu Kartika", "person")]' 3,5
# a body's name runs on over its city with the city's head word, and an
# English name ending in a place's head word is a place in Indonesian news
entities_of "$TMP/c/kota.txt" 'Judul\n\nBantuan itu hasil kerja sama warga dengan Dinas Sosial Kota Denpasar, kata Rina Wulandari. Ia lalu pindah ke Maple Lodge di Windsor.\n' --lang id
expect_mentions "a city office and a lodge" '[("Dinas Sosial Kota Denpasar", "organization"), ("Denpasar", "place"), ("Rina Wulandari", "person"), ("Maple Lodge", "place"), ("Windsor", "place")]' 3,5
# the home and foreign ministers' titles end before the name (jobs-id.txt)
entities_of "$TMP/c/menlu.txt" 'Judul\n\nMenteri Dalam Negeri Helga Brandt juga mengungkapkan keprihatinannya atas kejadian itu. Menteri Luar Negeri Arvid Sorensen hadir dalam rapat tersebut.\n' --lang id
expect_mentions "ministers of other states" '["Helga Brandt", "Arvid Sorensen"]'
# so do the deputy attorneys general's, in their field, and a housing
# cluster is a place (placeheads-id.txt)
entities_of "$TMP/c/jam.txt" 'Judul\n\nJaksa Agung Muda Tindak Pidana Khusus Wiranto Halim mengatakan penyidik memeriksa tiga saksi. Kepala Kejati Jateng Sugeng Wibisono berterima kasih kepada Jaksa Agung Muda Tindak Pidana Umum. Ketua RT 03 RW 11 Klaster Anggrek, Dodi Permana, ikut hadir.\n' --lang id
expect_mentions "deputy attorneys general and a cluster" '[("Wiranto Halim", "person"), ("Kejati Jateng", "organization"), ("Jateng", "place"), ("Sugeng Wibisono", "person"), ("Klaster Anggrek", "place"), ("Dodi Permana", "person")]' 3,5
# capitalised common words before a known body or place end a unit's or a
# company's name ("Tertentu" before "Bareskrim", "Internasional" before a
# province, which then ends the company's name too)
# a name goes on over "bin" or "binti" through the father's name: one person
entities_of "$TMP/c/bin.txt" 'Tawuran\n\nKorban bernama Adi bin Elam (30) tewas di tempat. Polisi menangkap Rudi bin Sarmin dan Siti binti Ahmad pada Senin, kata Kapolsek AKP Bayu Saputra.\n' --lang id
expect_mentions "a father's name" '[("Adi bin Elam", "Adi bin Elam"), ("Rudi bin Sarmin", "Rudi bin Sarmin"), ("Siti binti Ahmad", "Siti binti Ahmad"), ("Bayu Saputra", "Bayu Saputra")]' 3,4

# a company's short form leaves its legal form out, and "PT" before the short
# form is the same company
entities_of "$TMP/c/ptshort.txt" 'Sengketa Saham\n\nSURABAYA - Dua kubu saling klaim kepemilikan PT Sarana Warta Press (SWP). PT SWP menerbitkan majalah mingguan, kata Budi Santoso. Saham PT SWP dibeli pada 1999.\n' --lang id
expect_mentions "PT and a short form" '[("SURABAYA", "Surabaya"), ("PT Sarana Warta Press (SWP)", "PT Sarana Warta Press"), ("PT SWP", "PT Sarana Warta Press"), ("Budi Santoso", "Budi Santoso"), ("PT SWP", "PT Sarana Warta Press")]' 3,4

entities_of "$TMP/c/unit.txt" 'Judul\n\nDirektorat Tindak Pidana Tertentu Bareskrim Polri memeriksa 12 tambang pada Senin. Pengelolanya, PT Angkasa Nusantara Internasional Jawa Timur (Perseroda), merugi.\n' --lang id
expect_mentions "a unit before its body, a company ending in a province" '[("Direktorat Tindak Pidana Tertentu", "organization"), ("Bareskrim Polri", "organization"), ("PT Angkasa Nusantara Internasional Jawa Timur (Perseroda)", "organization"), ("Jawa Timur", "place")]' 3,5
# the housing savings body is one, its scheme none; the tax office by its
# initials (gazetteer)
entities_of "$TMP/c/tapera.txt" 'Judul\n\nKomisioner BP Tapera Rahmat Hidayat mengatakan iuran Tapera belum dipotong. Menurut DJP, wajib pajak bertambah. Pertamina NRE membangun panel surya bersama Crédit Agricole CIB. Menurut Kaspersky, serangan itu datang dari luar, dan pemerintah Saudi ikut menyelidikinya. Peneliti Unud juga hadir.\n' --lang id
expect_mentions "the housing savings body, the tax office, a subsidiary and a bank" '[("BP Tapera", "BP Tapera", "organization"), ("Rahmat Hidayat", "Rahmat Hidayat", "person"), ("DJP", "Direktorat Jenderal Pajak", "organization"), ("Pertamina NRE", "Pertamina NRE", "organization"), ("Crédit Agricole CIB", "Crédit Agricole CIB", "organization"), ("Kaspersky", "Kaspersky", "organization"), ("Saudi", "Saudi Arabia", "state"), ("Unud", "Universitas Udayana", "organization")]' 3,4,5
# "DKI Jakarta" and "Jakarta" in a body's name are one body
# (expansions-id.txt: "DKI" is Jakarta, written once when "Jakarta" follows)
entities_of "$TMP/c/dki.txt" 'Judul\n\nAnggota DPRD DKI Jakarta Rina Sari menyoroti kebijakan itu pada Senin. Ketua DPRD Jakarta Budi Hartono setuju dengan rencana itu.\n' --lang id
expect_mentions "one council by two spellings" '[("DPRD DKI Jakarta", "DPRD Jakarta"), ("DKI Jakarta", "Jakarta"), ("Rina Sari", "Rina Sari"), ("DPRD Jakarta", "DPRD Jakarta"), ("Jakarta", "Jakarta"), ("Budi Hartono", "Budi Hartono")]' 3,4
# a body's head word the model left out of its name opens it, at a
# sentence's start too (units-id.txt: Klinik)
entities_of "$TMP/c/klinik.txt" 'Judul\n\nPetugas membawa korban ke rumah sakit. Klinik Warna Sentosa, tempat Brigadir Yosef Arta berobat, tidak dapat dihubungi.\n' --lang id
expect_mentions "a clinic, not a person" '[("Klinik Warna Sentosa", "organization"), ("Yosef Arta", "person")]' 3,5
# a short form in brackets opens its long form backwards over "dan"
entities_of "$TMP/c/phri.txt" 'Judul\n\nData terbaru seperti dari Perhimpunan Hotel dan Restoran Indonesia (PHRI) menunjukkan tingkat hunian turun pada Juni, kata Rina Wulandari.\n' --lang id
expect_mentions "a long form with a conjunction" '[("Perhimpunan Hotel dan Restoran Indonesia (PHRI)", "organization"), ("Indonesia", "state"), ("Rina Wulandari", "person")]' 3,5
# the "I" or "Ni" opening a Balinese name is the name's (firstnames-id.txt)
entities_of "$TMP/c/bali.txt" 'Judul\n\nPenyidik masih memeriksa lima saksi, kata Kasat Reskrim Polres Gianyar, AKP I Gusti Made Darma Wirata. Warga Ni Luh Putu Sari juga hadir dalam acara tersebut pada Senin.\n' --lang id
expect_mentions "Balinese names" '[("Polres Gianyar", "organization"), ("Gianyar", "place"), ("I Gusti Made Darma Wirata", "person"), ("Ni Luh Putu Sari", "person")]' 3,5
# also where the model saw no name at all, and an alias after it is hers
entities_of "$TMP/c/bali2.txt" 'Judul\n\nKetua KUB Mekar Sari, I Ketut Juniarta atau yang akrab disapa Tude mengucapkan terima kasih atas pelatihan itu. Menurut Tude, hasil panen kelompoknya naik sejak 2021.\n' --lang id
expect_mentions "a Balinese name the model missed" '[("I Ketut Juniarta", "I Ketut Juniarta"), ("Tude", "I Ketut Juniarta"), ("Tude", "I Ketut Juniarta")]' 3,4
# English company tails in Indonesian news (orgtails-en.txt: Farms, Analytica)
entities_of "$TMP/c/farms.txt" 'Judul\n\nData itu dibocorkan oleh Harbor Analytica kepada pihak lain pada 2018, kata Rina Wulandari. Sayur dari Green Hill Farms dijual di Jakarta.\n' --lang id
expect_mentions "English company tails" '[("Harbor Analytica", "organization"), ("Rina Wulandari", "person"), ("Green Hill Farms", "organization"), ("Jakarta", "place")]' 3,5
# a body named after a titled person, its short form in brackets after it
entities_of "$TMP/c/eponym.txt" 'Judul\n\nMahasiswa Universitas Islam Sultan Agung (Unissula) ikut membersihkan saluran itu pada Minggu, kata Rina Wulandari di Semarang.\n' --lang id
expect_mentions "a body named after a sultan" '[("Universitas Islam Sultan Agung (Unissula)", "organization"), ("Rina Wulandari", "person"), ("Semarang", "place")]' 3,5
# a regency's name after a title is the regency's, where the article
# writes it after "Kabupaten", even before a name cut to one word
entities_of "$TMP/c/puncak.txt" 'Judul\n\nBupati Lembah Yoram Wonda didampingi Wakil Bupati Lembah Naftali akaweng menyerahkan bantuan itu, serta Ketua DPRD Kabupaten Lembah, Obed Wonda.\n' --lang id
py "a regency before a deputy head" '
import sys
rows = tsv(sys.argv[1])
people = [r[3] for r in rows if r[5] == "person"]
assert "Naftali" in people and not [p for p in people if p.startswith("Lembah")], rows
' "$TMP/out"
# a company after its prefix is written whole, over a place and the
# "person" the model made of its tail, but not after a job title
entities_of "$TMP/c/pt.txt" 'Judul\n\nDaftar itu memuat PT Rimba Gambut Industri, PT Tunggal Sawit Nusantara, dan PT Kalimantan Riang Sentosa. Konsorsium pemenang, PT Jalan Layang Kerthi Bali, gagal mencapai kesepakatan.\n' --lang id
expect_mentions "companies written whole" '[("PT Rimba Gambut Industri", "organization"), ("PT Tunggal Sawit Nusantara", "organization"), ("PT Kalimantan Riang Sentosa", "organization"), ("Kalimantan", "place"), ("PT Jalan Layang Kerthi Bali", "organization"), ("Bali", "place")]' 3,5
# a state's government is the state; a region's keeps its name (govheads-id.txt)
entities_of "$TMP/c/gov.txt" 'Judul\n\nPemerintah Indonesia bersama Pemerintah Inggris menandatangani kesepakatan itu di Jakarta pada Senin, kata Rina Wulandari. Pemprov Bali ikut hadir dalam acara tersebut.\n' --lang id
expect_mentions "a state's government" '[("Indonesia", "state"), ("Inggris", "state"), ("Jakarta", "place"), ("Rina Wulandari", "person"), ("Pemprov Bali", "organization"), ("Bali", "place")]' 3,5
# a short form of words in brackets names the body later, as an acronym does
entities_of "$TMP/c/wordsform.txt" 'Judul\n\nKepala Badan Pengendalian dan Pengawasan Mutu Hasil Benih (Badan Mutu) KKP Sari Dewanti mengatakan, gudang itu aman. Menurut dia, Badan Mutu akan memeriksa semua benih.\n' --lang id
expect_mentions "a short form of words" '[("Badan Pengendalian dan Pengawasan Mutu Hasil Benih (Badan Mutu)", "Badan Pengendalian dan Pengawasan Mutu Hasil Benih"), ("KKP", "Ministry of Marine Affairs and Fisheries"), ("Sari Dewanti", "Sari Dewanti"), ("Badan Mutu", "Badan Pengendalian dan Pengawasan Mutu Hasil Benih")]' 3,4
# initials with an age in brackets are a person's, four letters too, and
# throughout the article
entities_of "$TMP/c/igks.txt" 'Judul\n\nPolisi menahan pegawai bank berinisial IGKW (37). Seorang kepala bagian operasional bank, IGKW, diduga menilap dana nasabah, kata Rina Wulandari.\n' --lang id
expect_mentions "four initials of a suspect" '["Rina Wulandari"]'
# a given name in two parts joined by a hyphen opens the person's name
entities_of "$TMP/c/hyphen.txt" 'Judul\n\nJean-Marc Dubreuil juga hadir dalam acara itu, kata Rina Wulandari.\n' --lang id
expect_mentions "a hyphenated given name" '["Jean-Marc Dubreuil", "Rina Wulandari"]'
# also where its second part is a listed word ("Bu", an honorific) and the
# model began the name after it
entities_of "$TMP/c/hyphen2.txt" 'Judul\n\nKOMPAS.com - CEO baru Intel Wei-Bu Lim secara terbuka mengakui bahwa perusahaan itu tertinggal. Menurut Lim, Intel harus berbenah.\n' --lang id
expect_mentions "a hyphenated given name ending in an honorific" '[("KOMPAS.com", "Kompas"), ("Intel", "Intel"), ("Wei-Bu Lim", "Wei Bu Lim"), ("Lim", "Wei Bu Lim"), ("Intel", "Intel")]' 3,4
# but an acronym on a related-article line is no suspect's initials: the
# body stays in the article's text
entities_of "$TMP/c/bacajuga.txt" 'Judul\n\nBaca juga: BMKG Peringatkan Cuaca Ekstrem\n\nMenurut BMKG, hujan lebat turun di Jakarta, kata Rina Wulandari.\n' --lang id
expect_mentions "an acronym after a related-article line" '["BMKG", "Jakarta", "Rina Wulandari"]'
# the name after "bin" is the father's, no family name: a bare "Farhan" is
# not the famous Faisal bin Farhan
entities_of "$TMP/c/bin.txt" 'Judul\n\nPak Farhan mengatakan jalan itu rusak sejak Mei, kata Rina Wulandari.\n' --lang id
expect_mentions "a father's name is no family name" '[("Farhan", "Farhan"), ("Rina Wulandari", "Rina Wulandari")]' 3,4
# the first word of a name that opens a sentence, which the model left out,
# is the name's where the article calls the person by it alone; a word
# never used so is not ("Kedatangan", an arrival)
entities_of "$TMP/c/front.txt" 'Judul\n\nSEMARANG, KOMPAS.com - Delta Surya Nugraha menjadi lulusan terbaik tahun ini. Kedatangan Surya Nugraha disambut warga.\n\nMenurut dia, nasib Delta akan berbeda, kata Rina Wulandari.\n' --lang id
expect_mentions "a name's first word at a sentence's start" '[("SEMARANG", "Semarang"), ("KOMPAS.com", "Kompas"), ("Delta Surya Nugraha", "Delta Surya Nugraha"), ("Surya Nugraha", "Delta Surya Nugraha"), ("Delta", "Delta Surya Nugraha"), ("Rina Wulandari", "Rina Wulandari")]' 3,4
# a ministry named by its fields is one name over the commas; a list of
# bodies is a list
entities_of "$TMP/c/fields.txt" 'Judul\n\nKementerian Pendidikan, Kebudayaan, Riset, dan Teknologi menggelar rapat bersama Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi di Jakarta. Kementerian Keuangan, Pertamina, dan PLN ikut hadir, kata Rina Wulandari.\n' --lang id
expect_mentions "a ministry named by its fields" '["Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi", "Kementerian Desa", "Jakarta", "Kementerian Keuangan", "Pertamina", "PLN", "Rina Wulandari"]'
entities_of "$TMP/c/fields-en.txt" 'Title\n\nThe Department for Environment, Food and Rural Affairs said on Monday that the plan would go ahead, said Mark Doyle.\n' --lang en
expect_mentions "a department named by its fields" '["Department for Environment, Food and Rural Affairs", "Mark Doyle"]'
# a place's name after its head word, whose end the model read as a
# person, is a place; after a title the head is named
entities_of "$TMP/c/province.txt" 'Judul\n\nLadang itu berada di lepas pantai Provinsi Prachuap Khiri Khan, Thailand, kata Rina Wulandari.\n' --lang id
expect_mentions "a province with a long name" '[("Provinsi Prachuap Khiri Khan", "place"), ("Thailand", "state"), ("Rina Wulandari", "person")]' 3,5
# a person's name met again whole where the model saw no name is one
# mention, not one for each word
entities_of "$TMP/c/loose2.txt" 'Judul\n\nMenurut Rina Wulandari, "Embun Pagi" adalah nama akun itu. Polisi menyebut Embun Pagi aktif sejak 2022. Akun Embun Pagi kini ditutup.\n' --lang id
expect_mentions "a name met again whole" '[("Rina Wulandari", "Rina Wulandari"), ("Embun Pagi", "Embun Pagi"), ("Embun Pagi", "Embun Pagi"), ("Embun Pagi", "Embun Pagi")]' 3,4
# a name goes on past a middle initial and its full stop
entities_of "$TMP/c/initial.txt" 'Judul\n\nIa bertemu rektor Universitas Sukamaju (Unsuk) Bandung, Prof. Arief S. Kartasasmita di Gedung Rektorat, Senin. Hal itu disampaikan Rina Wulandari.\n' --lang id
expect_mentions "a middle initial" '[("Universitas Sukamaju (Unsuk) Bandung", "organization"), ("Bandung", "place"), ("Arief S. Kartasasmita", "person"), ("Gedung Rektorat", "place"), ("Rina Wulandari", "person")]' 3,5
# a body's name of two words or more goes on over a state right after it
entities_of "$TMP/c/state-after.txt" 'Judul\n\nMenurut Asosiasi Petani Kopi Jepang, panen turun tahun ini, kata Rina Wulandari.\n' --lang id
expect_mentions "a body of a state" '[("Asosiasi Petani Kopi Jepang", "organization"), ("Jepang", "state"), ("Rina Wulandari", "person")]' 3,5
# a known company and a state right after it are the company's arm there,
# one mention; a body by its head word and a state are two
entities_of "$TMP/c/arm.txt" 'Judul\n\nManajer Nike Indonesia, Rina Wulandari, mengatakan ekspor naik. Badan Pengawas Obat dan Makanan Amerika Serikat ikut memeriksa.\n' --lang id
expect_mentions "a company's arm in a state" '[("Nike Indonesia", "Nike"), ("Rina Wulandari", "Rina Wulandari"), ("Badan Pengawas Obat dan Makanan", "Food and Drug Supervisory Agency"), ("Amerika Serikat", "United States")]' 3,4
# a person's first word the model read as a place of its own, right before
# the rest of the name, opens the name ("Teguh | Sri Mulyanto")
entities_of "$TMP/c/first-place.txt" 'Sengketa Pulau\n\nKabag Pemerintahan Sekretariat Daerah Kabupaten Trenggalek, Teguh Sri Mulyanto, menuturkan bahwa ada tiga hal.\n\n"Itu bukti," kata Teguh, Kamis.\n' --lang id
py "a first word read as a place" '
import sys
rows = tsv(sys.argv[1])
got = [(r[3], r[4], r[5]) for r in rows if r[5] == "person"]
assert got == [("Teguh Sri Mulyanto", "Teguh Sri Mulyanto", "person"), ("Teguh", "Teguh Sri Mulyanto", "person")], rows
' "$TMP/out"
# in Indonesian a noun before a famous surname is its owner's, the surname
# still the person ("Kubu Trump", "Kabinet Widodo")
entities_of "$TMP/c/owner.txt" 'Politik\n\nKubu Trump menolak hasil itu. Tim Obama menerima hasil itu di Jakarta. Kabinet Widodo bekerja keras.\n' --lang id
expect_mentions "a noun before a famous surname" '[("Trump", "Donald Trump"), ("Obama", "Barack Obama"), ("Jakarta", "Jakarta"), ("Widodo", "Joko Widodo")]' 3,4
finish
