# products.sh: a product, a work or a programme named beside the noun that
# says what it is (thingcues-*.txt before the name, thingtails-*.txt after
# it) is no participant, there or anywhere in its article; a person or a
# body the noun belongs to stays. The articles are written for this test.
. "$(dirname "$0")/lib.sh"
cd "$SRC" || exit 1
mkdir -p "$TMP/c"

# the noun before the name, and the same name later without it
entities_of "$TMP/c/browser.txt" 'Browsers\n\nUsers of the web browser Lumina Nova can now block adverts, said Maria Olsen. Lumina Nova was updated on Monday, Maria Olsen added.\n' --lang en
expect_mentions "a browser is no organization" '["Maria Olsen", "Maria Olsen"]'
# the noun after the name
entities_of "$TMP/c/virus.txt" 'Mail\n\nHe said the KeyZap worm had hit banks. Diageo said Halden Rye whisky sold well. Someone e-mailed me a ZIP file, said Peter Hallam.\n' --lang en
expect_mentions "a worm, a whisky and a file are no names" '["Diageo", "Peter Hallam"]'
# Indonesian: the items of a list the noun opens, and a name the model
# found only where the noun is not beside it
entities_of "$TMP/c/proyek.txt" 'Judul\n\nPemerintah meresmikan proyek Bumi Sentosa dan Tirta Jaya Abadi di Maluku, kata Rina Wulandari. Warga juga menanam kayu Kerantil Putih.\n\nMenurut Rina Wulandari, Kerantil Putih tumbuh cepat.\n' --lang id
expect_mentions "projects and a timber are no names" '["Maluku", "Rina Wulandari", "Rina Wulandari"]'
# the noun can name the owner: a person the article titles elsewhere stays
entities_of "$TMP/c/owner.txt" 'Judul\n\nPetani menyambut program Prabowo di desa itu. Presiden Prabowo meminta harga pupuk turun, kata Rina Wulandari.\n' --lang id
expect_mentions "a programme's owner stays" '[("Prabowo", "person"), ("Prabowo", "person"), ("Rina Wulandari", "person")]' 3,5
# a name ending in a model code, letters and digits in one word, is a product
entities_of "$TMP/c/models.txt" 'Phones\n\nSamsung showed the Vexa SX-K880 on Monday, while Orvane launched the Pocket Media Hub PMH210, said Maria Olsen.\n' --lang en
expect_mentions "model codes" '["Samsung", "Maria Olsen"]'
# a "person" with a number after it is a sequel's name, there and where the number is left out
entities_of "$TMP/c/sequel.txt" 'Games\n\nLike a drill sergeant, Iron Vortex 3 is a wake-up call to gamers, said Maria Olsen. Fans of Iron Vortex will like it.\n' --lang en
expect_mentions "a numbered game" '["Maria Olsen"]'
# a company the article named, in the plural, is its products
entities_of "$TMP/c/plural.txt" 'TV\n\nMicrosoft agreed a content deal with recorder firm VidBox on Monday, said Maria Olsen. Owners can copy programmes from their VidBoxs to a PC.\n' --lang en
expect_mentions "a company in the plural" '["Microsoft", "VidBox", "Maria Olsen"]'
# but a score or a share after a person is no sequel's number
entities_of "$TMP/c/scores.txt" 'Tennis\n\nAndre Agassi 6-4 6-3 beat Tim Henman. Tiger Woods 68 70 led, said Maria Olsen.\n' --lang en
expect_mentions "people with scores" '["Andre Agassi", "Tim Henman", "Tiger Woods", "Maria Olsen"]'
# a noun in the plural, and words saying a list of its kind follows
entities_of "$TMP/c/suchas.txt" 'Games\n\nThe studio made games such as Storm Harbour, Glass Kingdom and Silent Ember, said Maria Olsen. Shoppers bought drugs like Dolavex and Numbril, Harrow Pharma said.\n' --lang en
expect_mentions "games and drugs listed" '["Maria Olsen", "Harrow Pharma"]'
entities_of "$TMP/c/seperti.txt" 'Judul\n\nWarga memakai aplikasi seperti Pesan Kilat, Sapa Warga dan Lapor Cepat, kata Rina Wulandari.\n' --lang id
expect_mentions "apps listed" '["Rina Wulandari"]'
# in English news, a model right after its maker's known name, and the list
# it opens; the maker's name there is the models' brand, no actor, as it is
# before a model in the plural; a unit's name after it is no model
entities_of "$TMP/c/models2.txt" 'Recall\n\nThe recall covers the Chevrolet Marlowe, Ridgeback and Nomad built last year, said Maria Olsen. It also calls back 9,000 Buick Tarragons.\n' --lang en
expect_mentions "a maker's models" '["Maria Olsen"]'
entities_of "$TMP/c/units.txt" 'Results\n\nFiat Auto lost money again, said Maria Olsen, and Citigroup Global Markets analyst Tom Reed agreed.\n' --lang en
expect_mentions "a maker's units" '["Fiat", "Maria Olsen", "Citigroup", "Tom Reed"]'
# but a person after a company's name stays, in Indonesian news as in English
entities_of "$TMP/c/maker-person.txt" 'Judul\n\nDirektur Utama Pertamina Budi Hartawan mengatakan harga turun. Microsoft Sandra Kolb also spoke.\n' --lang id
expect_mentions "people after companies" '[("Pertamina", "organization"), ("Budi Hartawan", "person"), ("Microsoft", "organization"), ("Sandra Kolb", "person")]' 3,5
# a known company's name as the brand of goods or posts, or before a
# model's number, is no actor; its own page is still its own
entities_of "$TMP/c/goods.txt" 'Judul\n\nPenyidik menyita tas Hermes, jam tangan Rolex, mobil BMW X7 dan pesawat Boeing 737 milik tersangka, kata Rina Wulandari. Ia juga mengunggah foto di akun Facebook miliknya. Menurut laman resmi KPK, lelang digelar pada 11 Juni.\n' --lang id
expect_mentions "brands of goods" '["Rina Wulandari", "KPK"]'
# works and products named by their head word last (eventheads-en.txt)
entities_of "$TMP/c/heads-en.txt" 'Books\n\nSales of the Harbour Walks Guide and the Silent Films Collection rose, said Maria Olsen. The Cloud Desk Adapter sold out.\n' --lang en
expect_mentions "a guide, a collection, an adapter" '["Maria Olsen"]'
# in English news a maker's name before a model's code or a noun of
# things is the brand ("Cadillac BLS", "Opel and Vauxhall models")
entities_of "$TMP/c/brands-en.txt" 'Cars\n\nThe firm will build the Cadillac BLS in Sweden and let drivers test its Opel and Vauxhall models, said Maria Olsen. Shares in the UFJ-MTFG merger rose.\n' --lang en
expect_mentions "brands before models" '["Sweden", "Maria Olsen", "UFJ"]'
finish
