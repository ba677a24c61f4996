# english.sh: the English rules the English model needs beside it. The
# articles are written for this test.
. "$(dirname "$0")/lib.sh"
cd "$SRC" || exit 1

mkdir -p "$TMP/c"
entities_of "$TMP/c/a.txt" 'RUGBY - NORTHFIELD HOLD EASTBRIDGE TO A DRAW\n\nLONDON 2024-03-02\n\nThe Foreign Ministry said on Friday that Sumitomo Bank would lend money to the Highland Council. The Welsh Assembly and the Supreme Court met later.\n\nRob Andrew (England) scored twice. Mr Major told reporters that Mrs Thatcher and Lord Carrington had met Sir Menzies Campbell and Dr Owen.\n\nMr Hurd flew to the U.S. on Monday. Barclays said profits rose, and Vodafone said it would cut jobs.\n' --lang en
py "English names, titles, brackets, initialisms and section labels" '
import sys
rows = tsv(sys.argv[1])
got = {r[3]: (r[4], r[5], r[6]) for r in rows}
# an organization whose head word comes last keeps its whole name
for org in ["Foreign Ministry", "Sumitomo Bank", "Highland Council", "Welsh Assembly", "Supreme Court"]:
    assert got.get(org, ("", ""))[1] == "organization", (org, got)
# a person before a bracketed entity of another type stays a person
assert got.get("Rob Andrew", ("", ""))[1] == "person", got
assert got.get("England", ("", ""))[0] == "England", got
assert "Rob Andrew (England)" not in got, got
# titles without a full stop: the name after them is a person
for name in ["Major", "Thatcher", "Carrington", "Menzies Campbell", "Owen", "Hurd"]:
    assert got.get(name, ("", ""))[1] == "person", (name, got)
# an initialism keeps its last full stop
assert got.get("U.S.", ("",))[0] == "United States", got
# a section label before a headline dash is no dateline place
assert "RUGBY" not in got, got
# an all-capital headline yields no name the article does not confirm
assert "NORTHFIELD" not in got and "EASTBRIDGE" not in got, got
assert got["LONDON"][0] == "London", got
# a company next to "said" is no person
for org in ["Barclays", "Vodafone"]:
    assert got.get(org, ("", ""))[1] == "organization", (org, got)
' "$TMP/out"
# two names joined by "and" are two mentions; a name holding a head word or
# "of" keeps its "and"
entities_of "$TMP/c/and.txt" 'Car sales\n\nThe firm says its new saloon will take on BMW, Mercedes and Jaguar across Europe.\n' --lang en
py "names joined by and" '
import sys
rows = tsv(sys.argv[1])
ents = {r[4] for r in rows}
assert {"Mercedes", "Jaguar"} <= ents and "Mercedes and Jaguar" not in ents, ents
' "$TMP/out"
# after an honorific a company's name is a person's
entities_of "$TMP/c/lord.txt" 'Science\n\nScience Minister Lord Sainsbury went along to listen, and shares in Sainsbury'"'"'s rose.\n' --lang en
py "an honorific before a known company name" '
import sys
rows = tsv(sys.argv[1])
got = [(r[3], r[5]) for r in rows]
assert ("Sainsbury", "person") in got and ("Sainsbury'"'"'s", "organization") in got, got
' "$TMP/out"
# a one-word "person" an article never introduces is a company, unless the
# corpus names such a person: then it is that person; count and merge agree
mkdir -p "$TMP/lone"
printf 'Kit deal\n\nThe sportswear firm Corvell signed a kit deal on Monday. Corvell said sales rose by a fifth. Analysts welcomed the news. Shares rose in London. Corvell, which makes football shirts, plans new shops. Hastings said the deal was a good one.\n' > "$TMP/lone/a.txt"
printf 'Telecoms trial\n\nFormer chief executive Mr Dorian Hastings went on trial on Tuesday. Prosecutors said Mr Dorian Hastings hid losses. The court heard from auditors. The trial will last weeks. Lawyers for Mr Hastings declined to comment.\n' > "$TMP/lone/b.txt"
run "$ERGRAPH" build "$TMP/lone/a.txt" "$TMP/lone/b.txt" -o "$TMP/lone.json"
expect_status 0
py "lone words" '
import json, sys
nodes = {n["id"]: n for n in json.load(open(sys.argv[1]))["nodes"]}
assert nodes["Corvell"]["type"] == "organization", nodes
h = nodes["Dorian Hastings"]
assert h["type"] == "person" and h["documents"] == 2 and "Hastings" not in nodes, nodes
' "$TMP/lone.json"
run "$ERGRAPH" count "$TMP/lone/a.txt" -o "$TMP/lone-a.part"
expect_status 0
run "$ERGRAPH" count "$TMP/lone/b.txt" -o "$TMP/lone-b.part"
expect_status 0
run "$ERGRAPH" merge "$TMP/lone-a.part" "$TMP/lone-b.part" -o "$TMP/lone-merged.json"
expect_status 0
check "merged parts give the build's network" cmp "$TMP/lone.json" "$TMP/lone-merged.json"
# common words are no name; a company's tail word makes an organization
entities_of "$TMP/c/common.txt" 'Gadget show\n\nVisitors tried the Hybrid and a Broadband Card from Telmara Networks. Cultural Roots, a charity, handed out leaflets. Shares in Velocor Holdings rose after Velocor Holdings said profits doubled.\n' --lang en
py "common words and company tails" '
import sys
rows = tsv(sys.argv[1])
types = {r[4]: r[5] for r in rows}
for junk in ["Hybrid", "Broadband Card", "Cultural Roots"]:
    assert junk not in types, (junk, types)
for org in ["Telmara Networks", "Velocor Holdings"]:
    assert types.get(org) == "organization", (org, types)
' "$TMP/out"
# "UK-based": the state is a modifier, the company's name starts after it
entities_of "$TMP/c/based.txt" 'Fund deal\n\nThe UK-based TCI Fund Management said on Monday it would vote against the deal. The California-based Wells Fargo bank also objected. Lena Ortiz, chief executive of Corvane, said the talks would go on.\n' --lang en
py "a state hyphened to a participle" '
import sys
rows = tsv(sys.argv[1])
types = {r[4]: r[5] for r in rows}
assert types.get("TCI Fund Management") == "organization" and types.get("Wells Fargo") == "organization", types
assert "United Kingdom" not in types and not any("based" in e for e in types), types
' "$TMP/out"
# technologies and products are no actors (data/lists/things-en.txt)
entities_of "$TMP/c/things.txt" 'Browser war\n\nUsers of Internet Explorer and Firefox can now read RSS feeds, said Dana Whitlock of Corvane. The Cell chip will power the PlayStation Portable, and Windows XP users get a patch.\n' --lang en
py "technologies and products" '
import sys
rows = tsv(sys.argv[1])
types = {r[4]: r[5] for r in rows}
for junk in ["Internet Explorer", "Firefox", "RSS", "Cell", "PlayStation Portable", "Windows XP"]:
    assert junk not in types, (junk, types)
assert types.get("Dana Whitlock") == "person", types
' "$TMP/out"
# an ampersand or "Bros" makes a company of a "person"
entities_of "$TMP/c/amp.txt" 'Drug deal\n\nJohnson & Johnson said on Tuesday it would buy Corvane for two billion dollars. Corbel Bros will release the film in May, and Bradford & Bingley said its profits rose.\n' --lang en
py "ampersands and Bros" '
import sys
rows = tsv(sys.argv[1])
types = {r[4]: r[5] for r in rows}
for org in ["Corbel Bros", "Bradford & Bingley"]:
    assert types.get(org) == "organization", (org, types)
assert not [e for e, t in types.items() if "Johnson" in e and t != "organization"], types
' "$TMP/out"
# an ampersand joins the halves the model made of one firm's name, and
# stays in it; glued, it joins a known name ("AT&T", whose "T." ends the
# sentence); two people named in full stay two
entities_of "$TMP/c/amp2.txt" 'Deals\n\nNorcom is the second-biggest firm after AT&T. Consolidation has picked up. Bank Oyens & Van Eeghen cut its forecast, Ivo Marten said. Karl Langdon & Harvey Deegan run the show, said Maria Olsen.\n' --lang en
expect_mentions "halves of a firm's name" '[("Norcom", "Norcom"), ("AT&T", "AT&T"), ("Bank Oyens & Van Eeghen", "Bank Oyens & Van Eeghen"), ("Ivo Marten", "Ivo Marten"), ("Karl Langdon", "Karl Langdon"), ("Harvey Deegan", "Harvey Deegan"), ("Maria Olsen", "Maria Olsen")]' 3,4
# a name after a title the tagger read as an organization is a person
entities_of "$TMP/c/general.txt" 'Talks\n\nThe army said on Monday that General Mazharaf would remain in charge. Officials said it is likely that General Mazharaf would remain at the head of the army until the vote.\n' --lang en
py "a titled name typed organization" '
import sys
rows = tsv(sys.argv[1])
assert [r[5] for r in rows if r[4] == "Mazharaf"] == ["person", "person"], rows
' "$TMP/out"
# a common word capitalised by the sentence's start opens no name
entities_of "$TMP/c/ailing.txt" 'Theme park\n\nAiling Corvane posted a loss on Monday. Bringing Kestrel back to profit will take years, said Dana Whitlock. Past Congressional Budget Office reports agreed.\n' --lang en
py "a sentence-initial common word" '
import sys
rows = tsv(sys.argv[1])
ents = {r[4] for r in rows}
assert "Congressional Budget Office" in ents and "Dana Whitlock" in ents, ents
assert not any(e.startswith(("Ailing", "Bringing", "Past")) for e in ents), ents
' "$TMP/out"
# one word a dictionary writes in lowercase (data/lists/dictionary-en.txt),
# capitalised only by the headline's start, is no name; capitalised
# mid-sentence elsewhere in the article, it is one ("Anna Hacker")
entities_of "$TMP/c/rolling.txt" 'Rolling out faster broadband\n\nThe regulator Ofcom said on Monday that rural homes would wait longer, according to Anna Hacker of Ofcom.\n\nHacker said the work would finish in May. Engineers agreed.\n' --lang en
py "a dictionary word opening a headline" '
import sys
rows = tsv(sys.argv[1])
ents = [r[4] for r in rows]
assert "Rolling" not in ents, ents
assert ents.count("Anna Hacker") == 2 and "Ofcom" in ents, ents
' "$TMP/out"
# one word of exactly one organization named in full in the article is its
# short form ("Kestrel" of "Kestrel Research", "United"); of two, it stays
entities_of "$TMP/c/short-org.txt" 'Phone market\n\nAnalysts at Kestrel Research said on Monday that phone sales would rise. Kestrel expects the market to double, said Mark Doyle.\n\nManchester United beat Fulham on Saturday. United scored twice.\n' --lang en
py "an organization's short form" '
import sys
rows = tsv(sys.argv[1])
got = [(r[3], r[4], r[5]) for r in rows]
assert ("Kestrel", "Kestrel Research", "organization") in got, got
assert ("United", "Manchester United", "organization") in got, got
' "$TMP/out"
entities_of "$TMP/c/two-united.txt" 'Derby\n\nManchester United and Leeds United met on Saturday. United scored twice, said Mark Doyle.\n' --lang en
py "a short form of two organizations" '
import sys
rows = tsv(sys.argv[1])
got = {r[3]: r[4] for r in rows}
assert got.get("United") not in ("Manchester United", "Leeds United"), got
' "$TMP/out"
# one of several: the one whose last word it is, where the others open with it
entities_of "$TMP/c/parent-org.txt" 'Kretek\n\nJAKARTA - PT KS Wiratama Tbk menyalurkan modal melalui Wiratama Warung Network dan Wiratama Business Academy. Melalui program itu, Wiratama telah membina 9.000 warung, kata Dewi Lestari.\n' --lang id
py "a short form of a company and the bodies named after it" '
import sys
rows = tsv(sys.argv[1])
got = [(r[3], r[4], r[5]) for r in rows]
assert ("Wiratama", "PT KS Wiratama Tbk", "organization") in got, got
' "$TMP/out"
# a known company's name in the plural is its products ("Saabs"), not an actor
entities_of "$TMP/c/saabs.txt" 'Car plants\n\nThe carmaker will keep building Saabs in Sweden, said Carl Berg. Saab said it was pleased.\n' --lang en
py "a company name in the plural" '
import sys
rows = tsv(sys.argv[1])
got = [(r[3], r[4]) for r in rows]
assert not any(t == "Saabs" for t, e in got), got
assert ("Saab", "Saab") in got and ("Carl Berg", "Carl Berg") in got, got
' "$TMP/out"
# a car maker's name before a model is the maker (the gazetteer knows the
# maker): "Chevrolet Avalanche" is a mention of Chevrolet, not a company
entities_of "$TMP/c/cars.txt" 'Recall\n\nThe carmaker is recalling the Chevrolet Avalanche and the GMC Savana, said Carl Berg.\n' --lang en
py "a maker and its model" '
import sys
rows = tsv(sys.argv[1])
ents = [r[4] for r in rows]
assert "Chevrolet" in ents and "GMC" in ents and "Carl Berg" in ents, ents
assert not any(" " in e and e.split()[0] in ("Chevrolet", "GMC") for e in ents), ents
' "$TMP/out"
# an acronym written as a word, as British news writes those it pronounces,
# is the known body ("Nasa", "Nato", "Opec"); a state hyphened to "issued"
# or "listed" is a modifier
entities_of "$TMP/c/nasa.txt" 'Space\n\nNasa and Nato officials met on Monday, and Opec said oil would stay dear, said Carl Berg. The UK-issued bonds and the Singapore-listed shares rose.\n' --lang en
py "pronounced acronyms and participles" '
import sys
rows = tsv(sys.argv[1])
ents = [r[4] for r in rows]
assert {"NASA", "NATO", "OPEC"} <= set(ents), ents
assert not any(e in ("Nasa", "Nato", "Opec") or "issued" in e or "listed" in e for e in ents), ents
assert "United Kingdom" not in ents and "Singapore" not in ents, ents
' "$TMP/out"
# a nationality between "the" and an organization opens its name; a kind
# of people does not
entities_of "$TMP/c/nation.txt" 'Shops\n\nSales fell in May, according to the British Retail Consortium. Maria Olsen of the German Aerospace Centre agreed, and so did the Analysts Forum.\n' --lang en
py "a nationality opens an organization's name" '
import sys
rows = tsv(sys.argv[1])
ents = [r[4] for r in rows]
assert "British Retail Consortium" in ents and "German Aerospace Centre" in ents, ents
assert "Retail Consortium" not in ents and "Aerospace Centre" not in ents, ents
assert "Analysts Forum" in ents, ents
' "$TMP/out"
# a lowercase noun naming a company before a name makes it one
entities_of "$TMP/c/firm.txt" 'Clubs\n\nThe figures were checked by accountancy firm Harlow Penney, the club said. Its owner, Dana Whitcombe, agreed.\n' --lang en
expect_mentions "a company by the noun before it" '[("Harlow Penney", "organization"), ("Dana Whitcombe", "person")]' 4,5
# a one-word company the model takes for a speaker in one article and the
# noun names as a company in another is one organization
mkdir -p "$TMP/velkor"
printf 'Chips\n\nVelkor said sales of its chips rose in March. The results beat forecasts. Velkor added that demand was strong. Prices rose too. Shares climbed on Monday, Velkor said.\n' > "$TMP/velkor/a.txt"
printf 'Phones\n\nAnalysts at research firm Velkor said phone sales would slow, Dana Whitcombe reported.\n' > "$TMP/velkor/b.txt"
run "$ERGRAPH" build --lang en "$TMP/velkor" -o "$TMP/velkor.json"
expect_status 0
py "one word, a person in one article and a company in another" '
import json, sys
g = json.load(open(sys.argv[1]))
nodes = {n["id"]: n for n in g["nodes"]}
assert nodes["Velkor"]["type"] == "organization", nodes["Velkor"]
assert nodes["Velkor"]["mentions"] == 4, nodes["Velkor"]
' "$TMP/velkor.json"
# an acronym in the plural is things, not a body
entities_of "$TMP/c/plural.txt" 'Gadgets\n\nSales of PDAs and SUVs fell, said Maria Olsen of the Hexley Group.\n' --lang en
expect_mentions "acronyms in the plural" '["Maria Olsen", "Hexley Group"]'
# an acronym no bracket defined is the organization of its article whose
# initials it is
entities_of "$TMP/c/initials.txt" 'Shops\n\nSales fell in May, according to the Northern Retail Forum. The NRF said shoppers stayed at home, and Maria Olsen agreed.\n' --lang en
expect_mentions "an undefined acronym and its organization" '[("Northern Retail Forum", "Northern Retail Forum"), ("NRF", "Northern Retail Forum"), ("Maria Olsen", "Maria Olsen")]' 3,4
# an owner run into the unit it owns is the owner, when the article
# names it alone too
entities_of "$TMP/c/owner.txt" "Copying\n\nVelkor's Media Security Group has released a new tool. Velkor says it will stop most copying, Maria Olsen said.\n" --lang en
expect_mentions "an owner and its unit" '[("Velkor", "Velkor"), ("Velkor", "Velkor"), ("Maria Olsen", "Maria Olsen")]' 3,4
# formats and file-sharing programs are things, not actors (things-en.txt)
entities_of "$TMP/c/media.txt" 'Media\n\nSales of VHS tapes fell, and BitTorrent and Kazaa users grew, said Maria Olsen.\n' --lang en
expect_mentions "formats and programs are no actors" '["Maria Olsen"]'
# a long form in brackets after its short form is one name, or none when
# the short form is a thing's
entities_of "$TMP/c/longform.txt" 'Robots\n\nAt the recent NSRA (Northern Society for the Research of Automata) meeting, robots walked, said Maria Olsen. Users like RSS (Really Simple Syndication) feeds, she added.\n' --lang en
expect_mentions "a long form in brackets" '[("NSRA", "Northern Society for the Research of Automata"), ("Northern Society for the Research of Automata", "Northern Society for the Research of Automata"), ("Maria Olsen", "Maria Olsen")]' 3,4
# a nationality is no short form of a name that begins with it
entities_of "$TMP/c/german.txt" 'Exchange\n\nMany analysts believe German Kalstrom will bid again, said Maria Olsen. Officials fear German jobs may be lost. Shares rose on Monday. Traders were calm. The German press was not.\n' --lang en
expect_mentions "a nationality is no short form" '["German Kalstrom", "Maria Olsen"]'
# a company's tail word types its name (orgtails-en.txt)
entities_of "$TMP/c/tails.txt" 'Court\n\nAmong the accused were Velkor Tobacco and Hexmoor Films, said Maria Olsen.\n' --lang en
expect_mentions "company tails" '[("Velkor Tobacco", "organization"), ("Hexmoor Films", "organization"), ("Maria Olsen", "person")]' 3,5
# a stock index named alone is no company, nor is a recorder
entities_of "$TMP/c/index.txt" 'Markets\n\nThe Dow Jones and the Nikkei rose on Monday, and DVR sales grew, said Maria Olsen.\n' --lang en
expect_mentions "stock indices and recorders" '["Maria Olsen"]'
# a possessive 's ends no name of two words or more: one node for the magazine
entities_of "$TMP/c/possessive.txt" "Cargo\n\nSales grew, said Kestrel Air Cargo's Mr Dunmore. Kestrel Air Cargo expects more, said Maria Olsen.\n" --lang en
expect_mentions "a possessive is no part of the name" '[("Kestrel Air Cargo", "organization"), ("Dunmore", "person"), ("Kestrel Air Cargo", "organization"), ("Maria Olsen", "person")]' 4,5
# a town the gazetteer lacks, listed among places, is a place
entities_of "$TMP/c/towns.txt" "Broadband\n\nThe new service will reach Paris, Lille, Lyon and Toulouse first, said Maria Olsen.\n" --lang en
expect_mentions "towns among places" '[("Paris", "place"), ("Lille", "place"), ("Lyon", "place"), ("Toulouse", "place"), ("Maria Olsen", "person")]' 3,5
# a job title inside a span cuts off what qualifies it; one ending a span is an office
entities_of "$TMP/c/jobs.txt" "Politics\n\nGreen MEP Aline Lambrecht spoke on Monday. The charges were raised by New York Attorney General Martin Varga, said Maria Olsen. Tom Fenwick, the Harbourside Central MP, agreed.\n" --lang en
expect_mentions "titles inside and at the end" '["Aline Lambrecht", "New York", "Martin Varga", "Maria Olsen", "Tom Fenwick"]'
# a body named around a known one is another body ("Zambian National
# Congress" is not the US Congress, nor holds it), or the known one written in full ("U.S.
# State Department", also before a title); a brand and its model stay the brand
entities_of "$TMP/c/around.txt" 'Talks\n\nOfficials of the Zambian National Congress met envoys of the United Nations Mapping Agency in Lusaka on Monday. A U.S. State Department spokesman said the talks went well, and Maria Olsen agreed. Sales of the Chevrolet Avalanche fell.\n' --lang en
expect_mentions "a body around a known body" '[("Zambian National Congress", "Zambian National Congress"), ("United Nations Mapping Agency", "United Nations Mapping Agency"), ("United Nations", "United Nations"), ("Lusaka", "Lusaka"), ("U.S. State Department", "United States Department of State"), ("U.S.", "United States"), ("Maria Olsen", "Maria Olsen"), ("Chevrolet", "Chevrolet")]' 3,4
# a line of prose that ends in a full stop is no headline, however many
# names and capitals it holds
entities_of "$TMP/c/prose.txt" 'Visit\n\nZambian President Tamara Velkova met Danish Prime Minister Anders Holmgaard in Lusaka on Monday.\n' --lang en
expect_mentions "a line of names is prose" '["Tamara Velkova", "Anders Holmgaard", "Lusaka"]'
entities_of "$TMP/c/prose2.txt" 'Water\n\nTamara Velkova is Director of the Lusaka Water Board.\n' --lang en
expect_mentions "a line of capitals is prose" '["Tamara Velkova", "Lusaka Water Board", "Lusaka"]'
# an organization right before a title is the title holder's, and named
# ("NRF chief economist"); a nationality there is a modifier
entities_of "$TMP/c/orgtitle.txt" 'Shops\n\nSales fell in May, said NRF chief economist Dana Whitcombe.\n' --lang en
expect_mentions "an organization before a title" '["NRF", "Dana Whitcombe"]'
# a person whose surname is a known city is the person, not the city
entities_of "$TMP/c/cityname.txt" 'Talks\n\nThe club chairman, Daniel Lagos, met Tamara Velkova in Santiago on Monday.\n' --lang en
expect_mentions "a surname that is a city" '[("Daniel Lagos", "person"), ("Tamara Velkova", "person"), ("Santiago", "place")]' 3,5
# initialisms written with full stops are the bodies and states they
# stand for, as their plain forms are ("U.N." is the UN, not a "U N")
entities_of "$TMP/c/dotted.txt" 'Aid\n\nThe U.N. said on Monday that the U.N. Security Council and the E.U. would meet, Maria Olsen said.\n' --lang en
expect_mentions "dotted initialisms" '[("U.N.", "United Nations"), ("U.N. Security Council", "United Nations Security Council"), ("E.U.", "European Union"), ("Maria Olsen", "Maria Olsen")]' 3,4
# the UN's agencies under their American and full English names
entities_of "$TMP/c/agencies.txt" 'Aid\n\nThe U.N. World Food Program and the United Nations High Commissioner for Refugees sent food, Maria Olsen said. The UN Economic Commission for Europe agreed.\n' --lang en
expect_mentions "UN agencies by their English names" '[("U.N. World Food Program", "World Food Programme"), ("United Nations High Commissioner for Refugees", "UNHCR"), ("Maria Olsen", "Maria Olsen"), ("UN Economic Commission for Europe", "United Nations Economic Commission for Europe")]' 3,4
# a surname that is also a title ends the name ("Dana King")
entities_of "$TMP/c/surname.txt" 'Malware\n\nNot least, said Dana King, a security consultant, because attacks grew.\n' --lang en
expect_mentions "a surname that is a title" '[("Dana King", "person")]' 3,5
# a title joined by "and" to the rest of a body's name is a word of the name
entities_of "$TMP/c/titleand.txt" 'Vote\n\nThe ruling Justice and Development Party won the vote, and the rebel Justice and Equality Movement rejected it, Maria Olsen said.\n' --lang en
expect_mentions "a title joined by and" '["Justice and Development Party", "Justice and Equality Movement", "Maria Olsen"]'
# the words a short form in brackets spells before the model's span open
# the name ("Corporation" may be left out of the short form), and a company
# whose head word "and" follows is two companies
entities_of "$TMP/c/longback.txt" 'Oil\n\nThe line will be built by the Danish Estonian Pipeline Corporation (DEP), said Maria Olsen. The suit names Harlow Group and Penney and Wright.\n' --lang en
expect_mentions "a long form and two companies" '[("Danish Estonian Pipeline Corporation (DEP)", "Danish Estonian Pipeline Corporation"), ("Maria Olsen", "Maria Olsen"), ("Harlow Group", "Harlow Group"), ("Penney and Wright", "Penney and Wright")]' 3,4
# the Fed and the US departments by their short names are the gazetteer's
entities_of "$TMP/c/fed.txt" 'Rates\n\nShares rose after the Fed raised rates, and the Commerce Department said exports grew, Maria Olsen said.\n' --lang en
expect_mentions "the Fed and a department" '[("Fed", "Federal Reserve"), ("Commerce Department", "United States Department of Commerce"), ("Maria Olsen", "Maria Olsen")]' 3,4
# a name glued by a hyphen to a lowercase word is half of a compound
# modifier, not the state, place or body taking part; a person stays, and
# so does a name going on after the word
entities_of "$TMP/c/compound.txt" 'Patrols\n\nThe U.S.-led coalition and NATO-funded schools in Kandahar opened, a London-based charity said, and Kim Jong-il visited Stratford-upon-Avon, said Maria Olsen.\n' --lang en
expect_mentions "compound modifiers" '["Kandahar", "Kim Jong-il", "Stratford-upon-Avon", "Maria Olsen"]'
# a participle after a blank is the state's verb, not a modifier ("UK-made");
# a currency is one either way
entities_of "$TMP/c/verbs.txt" 'Trade\n\nBritain made clear on Monday that the US listed its demands, and UK-made cars were sold for US dollars, said Maria Olsen.\n' --lang en
expect_mentions "a participle after a state" '["Britain", "US", "Maria Olsen"]'
# a body's name ends before a lowercase description, even one an alias
# spells ("Xinhua News Agency"); a place keeps its lowercase head
entities_of "$TMP/c/agency.txt" 'Storms\n\nThe Xinhua news agency said storms crossed the Indian ocean, said Maria Olsen.\n' --lang en
expect_mentions "a lowercase description after a body" '[("Xinhua", "Xinhua"), ("Indian ocean", "Indian Ocean"), ("Maria Olsen", "Maria Olsen")]' 3,4
# a title followed at once by a body's head word is a word of the name
entities_of "$TMP/c/titlehead.txt" 'Vote\n\nThe Justice Department and the General Assembly agreed, Maria Olsen said.\n' --lang en
expect_mentions "a title before a head word" '["Justice Department", "General Assembly", "Maria Olsen"]'
# so is a name glued to a prefix before it (modifiers-before-en.txt)
entities_of "$TMP/c/prefix.txt" 'Protests\n\nThe pro-Kabul militia fought anti-NATO protesters in Kandahar as U.S.-Russian talks and the Iran-Iraq war went on, said Maria Olsen.\n' --lang en
expect_mentions "prefixed names" '["Kandahar", "Iran", "Iraq", "Maria Olsen"]'
# a known name may open with a lowercase Arabic article glued by a hyphen
entities_of "$TMP/c/article.txt" 'Raids\n\nTroops hunted al-Qaida and al-Shabaab fighters, said Maria Olsen.\n' --lang en
expect_mentions "a lowercase article opens a known name" '[("al-Qaida", "Al-Qaeda"), ("al-Shabaab", "Al-Shabaab"), ("Maria Olsen", "Maria Olsen")]' 3,4
# a storm is no actor: its name after a capitalised storm word
# (thingcues-en.txt), and the names listed after it
entities_of "$TMP/c/storms.txt" 'Weather\n\nTyphoon Marlow flooded Manila, and damage from Hurricanes Dorinda and Wilbur grew, said Maria Olsen.\n' --lang en
expect_mentions "storms" '["Manila", "Maria Olsen"]'
printf '{"id":"1","text":"The governor said Hurricanes Dorinda and Wilbur exposed the levees in Tampa ."}\n' > "$TMP/c/storms.jsonl"
run "$ERGRAPH" entities --format tsv --lang en "$TMP/c/storms.jsonl"
expect_status 0
expect_mentions "storms the model read as a person" '["Tampa"]'
# a body or place of two words opening with a given name (firstnames-en.txt)
# is a person; a band keeps its tail (orgtails-en.txt)
entities_of "$TMP/c/given.txt" "Cricket\n\nWales's Alistair Penbrook has hit a century, and the Karen Miller Band played, said Maria Olsen.\n" --lang en
expect_mentions "a given name opens a person" '[("Wales", "place"), ("Alistair Penbrook", "person"), ("Karen Miller Band", "organization"), ("Maria Olsen", "person")]' 3,5
# diseases and viruses are things (things-en.txt), no actors
entities_of "$TMP/c/disease.txt" 'Health\n\nThe clinic treats HIV and SARS patients in Freetown and tests their DNA, said Maria Olsen.\n' --lang en
expect_mentions "diseases" '["Freetown", "Maria Olsen"]'
# a month's word that is a given name opens a person's name before a
# capitalised word, not before a date
entities_of "$TMP/c/jan.txt" 'Aid\n\nRelief official Jan Hovland said on Jan 5 that aid had reached Juba, said Maria Olsen.\n' --lang en
expect_mentions "a month that is a given name" '["Jan Hovland", "Juba", "Maria Olsen"]'
# a title after "of" ending a body's name is a word of it
entities_of "$TMP/c/ofjustice.txt" 'Courts\n\nThe Ministry of Justice and the Nordic Court of Justice agreed, Maria Olsen said.\n' --lang en
expect_mentions "a title after of in a body" '["Ministry of Justice", "Nordic Court of Justice", "Maria Olsen"]'
# a surname's lowercase particle the model read into a name stays in it
entities_of "$TMP/c/particle.txt" 'Talks\n\nOfficials say bin Kassar and Mr. de Valmont met in Lyon, said Maria Olsen.\n' --lang en
expect_mentions "a surname particle" '["bin Kassar", "de Valmont", "Lyon", "Maria Olsen"]'
# a nationality adjective (generic-en.txt) is no state, though a gazetteer
# alias spells it ("Swiss" is Indonesian for Switzerland)
entities_of "$TMP/c/swiss.txt" 'Drugs\n\nThe Swiss drugmaker Roche hired Soviet veterans in Switzerland for Balkan projects, said Maria Olsen.\n' --lang en
expect_mentions "a nationality is no state" '["Roche", "Switzerland", "Maria Olsen"]'
# bodies the gazetteer knows under their news names
# a convention (a treaty) and an honours list are no bodies (eventheads-en.txt),
# and the place a convention is named after is the convention's name
entities_of "$TMP/c/honours.txt" 'Patents\n\nThe change amends the 1973 Arctic Patent Convention, and the inventor Tom Ridley was made an OBE in the Spring Honours list, said Maria Olsen.\n' --lang en
expect_mentions "a convention and an honours list" '["Tom Ridley", "Maria Olsen"]'
# short and long names of known bodies are theirs (gazetteer)
entities_of "$TMP/c/boe.txt" 'Rates\n\nThe BoE held rates on Thursday, and Glaxo, UFJ, George Wimpey and Icann agreed, said Maria Olsen. JP McManus met TCI and the Finnish Broadcasting Company in Oxford.\n' --lang en
expect_mentions "short names of known bodies" '[("BoE", "Bank of England", "organization"), ("Glaxo", "GlaxoSmithKline", "organization"), ("UFJ", "UFJ Holdings", "organization"), ("George Wimpey", "George Wimpey", "organization"), ("Icann", "ICANN", "organization"), ("Maria Olsen", "Maria Olsen", "person"), ("JP McManus", "JP McManus", "person"), ("TCI", "TCI Fund Management", "organization"), ("Finnish Broadcasting Company", "Yle", "organization"), ("Oxford", "Oxford", "place")]' 3,4,5
# a person's name ends before a lowercase word after a dash
entities_of "$TMP/c/dash.txt" 'Summit\n\nLeaders at the forum include the trade envoy Pierre Lambert - due to address it by telephone because of fog, said Maria Olsen.\n' --lang en
expect_mentions "a name before a dash" '[("Pierre Lambert", "Pierre Lambert"), ("Maria Olsen", "Maria Olsen")]' 3,4
# a name right after a person's title is a person's, even where its first
# word is a place's ("Senator Kent Conrad")
entities_of "$TMP/c/senator.txt" 'Budget\n\nThe White House sent its budget on Monday. Senator Kent Conrad said the plan was bad.\n' --lang en
expect_mentions "a senator named after a county" '[("White House", "organization"), ("Kent Conrad", "person")]' 3,5
# a tunnel is a place, not a person (placeheads-en.txt)
entities_of "$TMP/c/tunnel.txt" 'Rail\n\nEurostar trains run through the Channel Tunnel to Paris, said Maria Olsen.\n' --lang en
expect_mentions "a tunnel" '[("Channel Tunnel", "place"), ("Paris", "place"), ("Maria Olsen", "person")]' 3,5
entities_of "$TMP/c/bodies.txt" "Sanctions\n\nOn Monday the Treasury Department listed the Lord's Resistance Army, and the Social Democrats agreed, as did Europol and the G8, said Maria Olsen.\n" --lang en
expect_mentions "known bodies" '[("Treasury Department", "United States Department of the Treasury"), ("Lord'"'"'s Resistance Army", "Lord'"'"'s Resistance Army"), ("Social Democrats", "Social Democrats"), ("Europol", "Europol"), ("G8", "Group of Eight"), ("Maria Olsen", "Maria Olsen")]' 3,4
# a known name with a spaced ampersand in it, and a store's name ending in 's
entities_of "$TMP/c/amp-known.txt" "Ratings\n\nStandard & Poor's raised its rating on Monday, said Mark Doyle. Shoppers at Macy's spent less.\n" --lang en
expect_mentions "a known name with an ampersand" '[("Standard & Poor'"'"'s", "S&P Global"), ("Mark Doyle", "Mark Doyle"), ("Macy'"'"'s", "Macy'"'"'s")]' 3,4
# a listed given name the model left out opens the person's name
entities_of "$TMP/c/given-front.txt" 'Net\n\nThe net must change, the chair of the Open Cable Group (OCG), Brian Carpenter, says. It helps, says Dr Carpenter.\n' --lang en
expect_mentions "a given name before a surname" '[("Open Cable Group (OCG)", "Open Cable Group"), ("Brian Carpenter", "Brian Carpenter"), ("Carpenter", "Brian Carpenter")]' 3,4
# a name before "administration" is a leader's (persontails-en.txt)
entities_of "$TMP/c/administration.txt" 'Case\n\nA senior official in the Hargreave administration, Tom Reed, said the plan was sound.\n' --lang en
expect_mentions "a leader's administration" '[("Hargreave", "person"), ("Tom Reed", "person")]' 3,5
# two bodies joined by "and", each with its head word, are two
entities_of "$TMP/c/two-banks.txt" 'Banks\n\nShareholders of Kaleva Bank of Gondwana and Meridian Trust Bank back the merger, said Mark Doyle. The Ministry of Finance and Economy agreed.\n' --lang en
expect_mentions "two banks joined by and" '["Kaleva Bank of Gondwana", "Meridian Trust Bank", "Mark Doyle", "Ministry of Finance and Economy"]'
# wire results: a section label in a capitals headline ending in a full
# stop is no dateline place; a dateline in capitals before a date is a
# place; a regatta is an event and a clause in brackets no part of its
# name; a line of results or a table is no headline;
# a name before a state in brackets is a person, the state its own mention;
# the teams of a score line and of a table row are organizations; a known
# state's possessive opens no name
entities_of "$TMP/c/results.txt" 'ROWING - KESTREL EDGE PAST ORWELL, CROWDS CHEER.\n\nPORT ELLAND 2024-05-02\n\nRiver results at the Elland Regatta on Saturday (British unless stated):\n\nTomasz Wielgo (Poland) beat Henrik Aaslund (Norway) 6-3 6-4\n\n2. Haile Berhanu (Ethiopia) 13:04.10\n\n66 Jorund Aske (Norway)\n\nHarwick Rovers 2 Dunmore 1\n\nKestrel Vale 28 16 8 4 55 30 56\n\nItaly'"'"'s Paolo Ferrante took pole position.\n'
expect_mentions "results and tables" '[("PORT ELLAND", "place"), ("Tomasz Wielgo", "person"), ("Poland", "state"), ("Henrik Aaslund", "person"), ("Norway", "state"), ("Haile Berhanu", "person"), ("Ethiopia", "state"), ("Jorund Aske", "person"), ("Norway", "state"), ("Harwick Rovers", "organization"), ("Dunmore", "organization"), ("Kestrel Vale", "organization"), ("Italy", "state"), ("Paolo Ferrante", "person")]' 3,5
# the scorers in brackets after a side's goals are people, and a city's name
# in a score line is its club's; a label before a colon is no dateline place
entities_of "$TMP/c/scorers.txt" 'Football\n\nSummaries of matches played on Sunday:\n\nHarwick Rovers 2 (Tomas Lind 23, Ivo Marek 67) Dunmore 0. Halftime 1-0.\n\nSeattle 6 Baltimore 5\n\nScorers: Tomas Lind 14, Ivo Marek 9\n'
expect_mentions "scorers and city sides" '[("Harwick Rovers", "organization"), ("Tomas Lind", "person"), ("Ivo Marek", "person"), ("Dunmore", "organization"), ("Seattle", "organization"), ("Baltimore", "organization"), ("Tomas Lind", "person"), ("Ivo Marek", "person")]' 3,5
# a cricket scorecard's names, initials and all, are players; a player's
# club in brackets is an organization, not the player's short name
entities_of "$TMP/c/scorecard.txt" 'Cricket\n\nScoreboard of the first day on Wednesday:\n\nR. Kettering c Doyle b Amberley 6\n\nBowling: Amberley 14-3-36-1, Pascoe 12-4-22-0\n\nThe wing Henri Dubosc (Perignac) was named in the squad.\n'
expect_mentions "a scorecard and a club" '[("R. Kettering", "person"), ("Doyle", "person"), ("Amberley", "person"), ("Amberley", "person"), ("Pascoe", "person"), ("Henri Dubosc", "person"), ("Perignac", "organization")]' 3,5
# a match report's sides before the score are teams, a city's its club's,
# a state's and the place it plays its own; a sports role before a name is
# a title (titles-en.txt)
entities_of "$TMP/c/report.txt" 'Football\n\nSeattle beat Harwick Rovers 3-1 on Sunday with two goals from striker Jens Brandt. Portugal beat Wales 2-1 in Lisbon.\n'
expect_mentions "a match report" '[("Seattle", "organization"), ("Harwick Rovers", "organization"), ("Jens Brandt", "person"), ("Portugal", "state"), ("Wales", "place"), ("Lisbon", "place")]' 3,5
# a wire's dateline before a date is a dateline: its place a byline, as
# "LONDON -" is, linked to nothing
entities_of "$TMP/c/dated.txt" 'Wire\n\nLONDON 1996-08-30\n\nBarclays said on Friday that Tesco would cut prices.\n'
expect_mentions "a dateline with a date" '[("LONDON", "place", "byline"), ("Barclays", "organization", "mention"), ("Tesco", "organization", "mention")]' 3,5,6
# "AS" is the United States in Indonesian only (aliases_id)
entities_of "$TMP/c/as-club.txt" 'Football\n\nAS Roma lost to Lazio on Sunday, said Maria Olsen.\n' --lang en
expect_mentions "AS in English" '["Roma", "Lazio", "Maria Olsen"]'
entities_of "$TMP/c/as-id.txt" 'Kunjungan\n\nPresiden AS Donald Trump bertemu pejabat di Washington pada Senin.\n' --lang id
expect_mentions "AS in Indonesian" '[("AS", "United States"), ("Donald Trump", "Donald Trump"), ("Washington", "Washington")]' 3,4
# in the network, a scorecard's one-word players stay people: the rule that
# makes a one-word "person" no article introduces a company is for prose
mkdir -p "$TMP/card"
printf 'Cricket\n\nThe home side batted first on a slow pitch. Rain stopped play twice. The visitors bowled well. The crowd was small. Play resumes on Thursday.\n\nR. Kettering c Doyle b Amberley 6\n\nT. Hale lbw b Amberley 12\n\nBowling: Amberley 14-3-36-2, Pascoe 12-4-22-0\n' > "$TMP/card/a.txt"
run "$ERGRAPH" build "$TMP/card/a.txt" -o "$TMP/card.json"
expect_status 0
py "players in the network" '
import json, sys
nodes = {n["id"]: n["type"] for n in json.load(open(sys.argv[1]))["nodes"]}
for name in ["Doyle", "Amberley", "Pascoe", "R. Kettering", "T. Hale"]:
    assert nodes.get(name) == "person", (name, nodes)
' "$TMP/card.json"
# a one-word short form several bodies end with is the one the gazetteer
# knows, if it knows just one ("United" beside a fans' group)
entities_of "$TMP/c/united.txt" 'Takeover\n\nManchester United rejected the offer on Monday. Supporters of the fans group Terrace United protested outside the ground. United said its board would meet again, said Maria Olsen.\n' --lang en
py "United is the club" '
import sys
rows = tsv(sys.argv[1])
got = [(r[3], r[4]) for r in rows if r[3] == "United"]
assert got == [("United", "Manchester United")], rows
' "$TMP/out"
# home sides in capitals, a standings row with a fraction, a score then
# names alone, and players listed in brackets with their runs
entities_of "$TMP/c/caps.txt" 'Sport\n\nResults on Saturday (home team in CAPS):\n\nHARWICK 104 Dunmore 99\n\nKÖLNHAVEN 88 Dunmore 80\n\nKESTREL VALE 33 21 .611 -\n\n67 Colin Marsh, Peter Whitlow\n\nScores: Norland 249-7 in 50 overs (Mark Tandy 82, Steve Walsh 45).\n'
expect_mentions "capitals, standings, names after a score, players in brackets" '[("HARWICK", "Harwick", "organization"), ("Dunmore", "Dunmore", "organization"), ("KÖLNHAVEN", "Kölnhaven", "organization"), ("Dunmore", "Dunmore", "organization"), ("KESTREL VALE", "Kestrel Vale", "organization"), ("Colin Marsh", "Colin Marsh", "person"), ("Peter Whitlow", "Peter Whitlow", "person"), ("Mark Tandy", "Mark Tandy", "person"), ("Steve Walsh", "Steve Walsh", "person")]' 3,4,5
# one line of results with no function word is English by its dictionary words
entities_of "$TMP/c/one-line.txt" 'Lars Kvistad (Norway) beat Henri Dubosc (France) 7-5 3-6 6-2\n'
expect_mentions "a line of results alone" '[("Lars Kvistad", "person"), ("Norway", "state"), ("Henri Dubosc", "person"), ("France", "state")]' 3,5
# an office's field between its title and its holder is no name: the holder
# is a person, the field alone nothing ("Secretary of State", "Undersecretary
# for Public Diplomacy"); faiths and peoples are no bodies
entities_of "$TMP/c/office.txt" 'Talks\n\nU.S. Undersecretary of State Nadia Farrell met Minister of Foreign Affairs Tomas Veldt in Oslo. The Secretary of State said the talks would go on. The Undersecretary for Public Diplomacy will visit Rome. A Muslim charity and Hutu farmers took part, said Maria Olsen.\n' --lang en
expect_mentions "an office's field" '[("U.S.", "state"), ("Nadia Farrell", "person"), ("Tomas Veldt", "person"), ("Oslo", "place"), ("Rome", "place"), ("Maria Olsen", "person")]' 3,5
# the field alone in a candidate that opens the article ("U.S. Undersecretary
# of State", from its first token) is dropped too
entities_of "$TMP/c/office-first.txt" 'U.S. Undersecretary of State spoke to Maria Olsen in Oslo.\n' --lang en
expect_mentions "an office's field first" '[("U.S.", "state"), ("Maria Olsen", "person"), ("Oslo", "place")]' 3,5
# a body's head word in lowercase right before a name makes it a body's
# ("club", "group"), a job title a person's; a name defining a known short
# form runs on over a known place ("... in Europe (OSCE)"); a player's seed
# after the state in brackets keeps the player a person
entities_of "$TMP/c/cues.txt" 'Wire\n\nHe joined Belgian club Marten Hallby on Monday. The rebel group Sandor Veldt said so. Chief Magistrate Wendy Ochola read the verdict. The Organisation for Security and Cooperation in Europe (OSCE) sent monitors. Anna Berg (Sweden, 2) beat Chloe Marchand (France, 7) 6-3 6-4.\n' --lang en
expect_mentions "cues, a long form, seeds" '[("Marten Hallby", "organization"), ("Sandor Veldt", "organization"), ("Wendy Ochola", "person"), ("Organisation for Security and Cooperation in Europe (OSCE)", "organization"), ("Europe", "place"), ("Anna Berg", "person"), ("Sweden", "state"), ("Chloe Marchand", "person"), ("France", "state")]' 3,5
# a results line's team after the athlete's state in brackets is a body; a
# sports role before a name makes it a person's
entities_of "$TMP/c/teams.txt" 'Motor racing\n\nResults of the Grand Prix:\n\n1. Marc Vermeulen (Belgium) Kestrel Sport 1:33:12.451\n\n2. Ilse Varga (Austria) Halvorsen 9.439\n\nIn tennis, top seed Anna Berg beat Japanese qualifier Yoko Morimoto in the second round, said Maria Olsen.\n'
expect_mentions "a team after the bracket, a qualifier" '[("Marc Vermeulen", "person"), ("Belgium", "state"), ("Kestrel Sport", "organization"), ("Ilse Varga", "person"), ("Austria", "state"), ("Halvorsen", "organization"), ("Anna Berg", "person"), ("Yoko Morimoto", "person"), ("Maria Olsen", "person")]' 3,5
# a kind of body in lowercase inside the model's span is no word of the
# name ("Scottish club Rangers"); a famous surname after another capitalised
# word ends another name ("the Mini Cooper" is no Yvette Cooper)
entities_of "$TMP/c/kinds.txt" 'Deals\n\nThe firm signed a new agreement with Scottish club Rangers. The Mini Cooper 1.6 sold well, said Maria Olsen. Home Secretary Cooper said the plan would go ahead.\n' --lang en
expect_mentions "a kind before a name, a surname after a name" '[("Rangers", "Rangers"), ("Maria Olsen", "Maria Olsen"), ("Cooper", "Yvette Cooper")]' 3,4
# a known body before a list is its products' maker only while the list
# holds no person the model read in full ("the FIFA All-Star, Tomas Veldt,
# who": FIFA and Tomas Veldt stay); parliaments and leagues are known
entities_of "$TMP/c/maker.txt" 'Sport\n\nIt includes the FIFA All-Star, Tomas Veldt, who is a hero. The NHL and the Storting met, said Maria Olsen.\n' --lang en
expect_mentions "no maker before a person, known bodies" '[("FIFA", "FIFA"), ("Tomas Veldt", "Tomas Veldt"), ("NHL", "National Hockey League"), ("Storting", "Storting"), ("Maria Olsen", "Maria Olsen")]' 3,4
# "BP" is the oil company in English only; in Indonesian it opens a body's
# name ("BP Batam", Badan Pengusahaan)
entities_of "$TMP/c/bp.txt" 'Oil\n\nBP said on Monday that Eni would buy the field, said Maria Olsen.\n' --lang en
expect_mentions "BP in English" '[("BP", "BP plc"), ("Eni", "Eni"), ("Maria Olsen", "Maria Olsen")]' 3,4
entities_of "$TMP/c/bp-id.txt" 'Investasi\n\nKepala BP Batam Muhammad Rudi mengatakan investasi naik pada Senin.\n' --lang id
py "BP in Indonesian" '
import sys
rows = tsv(sys.argv[1])
assert all(r[4] != "BP plc" for r in rows), rows
' "$TMP/out"
# a listed given name alone stays a person in the network (the lone-word
# rule above makes other one-word "people" companies)
mkdir -p "$TMP/sons"
printf 'Takeover\n\nThe bid for the club rose on Monday. The family owns a football team in Florida. Its offer is led by his two sons, Avi and Joel. The board will meet again. It said it would not sell. Fans protested.\n' > "$TMP/sons/a.txt"
run "$ERGRAPH" build "$TMP/sons/a.txt" -o "$TMP/sons.json"
expect_status 0
py "given names alone" '
import json, sys
nodes = {n["id"]: n["type"] for n in json.load(open(sys.argv[1]))["nodes"]}
assert nodes.get("Avi") == "person" and nodes.get("Joel") == "person", nodes
' "$TMP/sons.json"
# the first word of a nationality of two words is no place ("North Korean",
# "Sri Lankan"); a body keeps a nationality before it ("Serbian Foreign Ministry")
entities_of "$TMP/c/nationality.txt" 'Talks\n\nA top North Korean official met Sri Lankan diplomats, and the Serbian Foreign Ministry said so, said Maria Olsen.\n' --lang en
expect_mentions "nationalities of two words" '[("Serbian Foreign Ministry", "organization"), ("Maria Olsen", "person")]' 3,5
# religious and legislative titles before a name are no part of it
entities_of "$TMP/c/titles2.txt" 'Visits\n\nArchbishop Rowan Pell has been visiting the region. U.S. Congressman Tom Darley was indicted on Monday, and Ayatollah Kazem Rahimi spoke, said Maria Olsen.\n' --lang en
expect_mentions "religious and legislative titles" '[("Rowan Pell", "person"), ("U.S.", "state"), ("Tom Darley", "person"), ("Kazem Rahimi", "person"), ("Maria Olsen", "person")]' 3,5
# a name the tokens split at an apostrophe is one name, written with it
entities_of "$TMP/c/apostrophe.txt" "Airlines\n\nHe met Sean O'Brannagh on Monday. Michael O’Leary and Massimo D'Alvaro spoke. O'Brannagh said it was Blair's plan.\n" --lang en
expect_mentions "names with an apostrophe" '[("Sean O'"'"'Brannagh", "Sean O'"'"'Brannagh"), ("Michael O’Leary", "Michael O'"'"'Leary"), ("Massimo D'"'"'Alvaro", "Massimo D'"'"'Alvaro"), ("O'"'"'Brannagh", "Sean O'"'"'Brannagh"), ("Blair", "Blair")]' 3,4
# a day's short form that is a family name written first opens a name
entities_of "$TMP/c/sun.txt" 'Badminton\n\nLi Ting and Sun Tiantian of China won the title, said Maria Olsen.\n' --lang en
expect_mentions "a family name that is a day" '[("Li Ting", "person"), ("Sun Tiantian", "person"), ("China", "state"), ("Maria Olsen", "person")]' 3,5
# a body's name after "President of" is no office's field; a person after
# "the party" or "the group" alone stays a person
entities_of "$TMP/c/not-fields.txt" 'Deals\n\nThe President of Kestrel Group said sales rose. He was Director of Falcon Bank until May, said Ben Carter. The party Tomas Veldt leads won. The group Maria Olsen set up in 2001 closed.\n' --lang en
expect_mentions "bodies after a title, people after a kind" '[("Kestrel Group", "organization"), ("Falcon Bank", "organization"), ("Ben Carter", "person"), ("Tomas Veldt", "person"), ("Maria Olsen", "person")]' 3,5
# a body or place named after a titled person keeps the title and the person
entities_of "$TMP/c/eponyms.txt" "Travel\n\nA firm will run Tehran's new Imam Khomeini International Airport. She was treated at the Queen Elizabeth Hospital and studied at King Abdulaziz University, said Maria Olsen.\n" --lang en
expect_mentions "named after a titled person" '[("Tehran", "Tehran"), ("Imam Khomeini International Airport", "Imam Khomeini International Airport"), ("Queen Elizabeth Hospital", "Queen Elizabeth Hospital"), ("King Abdulaziz University", "King Abdulaziz University"), ("Maria Olsen", "Maria Olsen")]' 3,4
# a word opening a sentence that the article writes in lowercase elsewhere
# is no name, in English too ("Rock outfit ...", "fans of rock")
entities_of "$TMP/c/lower-elsewhere.txt" 'Gigs\n\nThe band will stream a concert to phones. Rock outfit Kestrel Vane are playing what has been billed as the first such gig. Fans of rock can watch it live, said Maria Olsen.\n' --lang en
expect_mentions "a word the article writes in lowercase" '["Kestrel Vane", "Maria Olsen"]'
# an outlet's reporter named after it (its 's, or a reporter's word) and
# one who "reports for" it are no parties: the outlet is a source, the
# reporter a byline; the outlet's other staff stay ("the BBC's chairman")
entities_of "$TMP/c/reporters.txt" "Floods\n\nRivers rose across the north, said Maria Olsen. VOA's Tom Hale has more. Ana Reyes reports for VOA. The BBC's business correspondent Ken Osei said insurers would pay. Rafael Ortiz tells VOA the dams held.\n\nThe BBC's Greg Dunmore said the corporation would cut jobs. Dunmore spoke in London.\n" --lang en
expect_mentions "an outlet's reporters" '[("Maria Olsen", "mention"), ("VOA", "source"), ("Tom Hale", "byline"), ("Ana Reyes", "byline"), ("VOA", "source"), ("BBC", "source"), ("Ken Osei", "byline"), ("Rafael Ortiz", "mention"), ("VOA", "source"), ("BBC", "mention"), ("Greg Dunmore", "mention"), ("Dunmore", "mention"), ("London", "mention")]' 3,6
# an Indonesian outlet before a person with no reporter's word between
entities_of "$TMP/c/reporters-id.txt" "Teknologi\n\nMenurut laporan dari The Information, Jeff Harlan, seorang manajer di Microsoft, mengatakan bahwa timnya dipangkas.\n" --lang id
expect_mentions "no reporter without a reporter's word" '[("The Information", "mention"), ("Jeff Harlan", "mention"), ("Microsoft", "mention")]' 3,6
# a body's name the model ends at its head word goes on over "of" and a
# known state: each country's party is its own node, the state nested
# (a known body and its known short form in brackets are two mentions of
# one node)
entities_of "$TMP/c/of-state.txt" "Talks\n\nThe Communist Party of Nepal met the Communist Party of Vietnam, and the Central Bank of Iraq lent money to the Revolutionary Armed Forces of Colombia (FARC), said Maria Olsen. FARC denied it. The Government of India said nothing.\n" --lang en
expect_mentions "bodies of a state" '[("Communist Party of Nepal", "organization"), ("Nepal", "state"), ("Communist Party of Vietnam", "organization"), ("Vietnam", "state"), ("Central Bank of Iraq", "organization"), ("Iraq", "state"), ("Revolutionary Armed Forces of Colombia", "organization"), ("Colombia", "state"), ("FARC", "organization"), ("Maria Olsen", "person"), ("FARC", "organization"), ("India", "state")]' 3,5
# "Western" alone is an adjective, no name; the Prophet Muhammad is a person
entities_of "$TMP/c/western.txt" "Cartoons\n\nDrawings of the Prophet Muhammad angered many, said Maria Olsen. Western nations fear Iran will enrich uranium.\n" --lang en
expect_mentions "Western, the Prophet" '[("Prophet Muhammad", "person"), ("Maria Olsen", "person"), ("Iran", "state")]' 3,5
# a job inside a body's name before a person ("Army Reservist Lena Gault"),
# a role after it ("Supreme Court nominee Dana Whitcombe"), a name beside
# "a reporter": people, and the body ends at its last capital
entities_of "$TMP/c/roles.txt" "Hearings\n\nHer attorney says Army Reservist Lena Gault will plead guilty. Senators say hearings for Supreme Court nominee Dana Whitcombe will begin soon, said Maria Olsen. The group condemned the attack on Petar Vukic, a reporter for a daily paper. Vukic is known for his reports.\n" --lang en
expect_mentions "roles beside names" '[("Lena Gault", "person"), ("Supreme Court", "organization"), ("Dana Whitcombe", "person"), ("Maria Olsen", "person"), ("Petar Vukic", "person"), ("Vukic", "person")]' 3,5
# a generic body's name is its state's where the article says whose:
# a possessive or an adjective before it, or the one state the article
# gives the same name; two states, or none, leave the name as it is
entities_of "$TMP/c/bodies1.txt" "Talks\n\nIran's Foreign Ministry said talks would go on. The Foreign Ministry added that Iran wanted peace, said Maria Olsen. The Serbian Interior Ministry and the American Bankers Association agreed. The International Cricket Council met. The Security Council and the General Assembly will vote.\n" --lang en
expect_mentions "bodies after their state" '[("Iran", "Iran"), ("Foreign Ministry", "Foreign Ministry (Iran)"), ("Foreign Ministry", "Foreign Ministry (Iran)"), ("Iran", "Iran"), ("Maria Olsen", "Maria Olsen"), ("Serbian Interior Ministry", "Interior Ministry (Serbia)"), ("American Bankers Association", "American Bankers Association"), ("International Cricket Council", "International Cricket Council"), ("Security Council", "United Nations Security Council"), ("General Assembly", "United Nations General Assembly")]' 3,4
entities_of "$TMP/c/bodies2.txt" "Courts\n\nA Pakistani Supreme Court judge met Japan's Supreme Court. The Supreme Court ruled, said Maria Olsen. The Health Ministry said nothing.\n" --lang en
expect_mentions "bodies of two states, or none" '[("Supreme Court", "Supreme Court (Pakistan)"), ("Japan", "Japan"), ("Supreme Court", "Supreme Court (Japan)"), ("Supreme Court", "Supreme Court"), ("Maria Olsen", "Maria Olsen"), ("Health Ministry", "Health Ministry")]' 3,4
# a discovered name keeps an initialism's full stops and a possessive's
# apostrophe; an English person's surname in capitals is title-cased, a
# Roman numeral and a word of three letters are not
entities_of "$TMP/c/canonical.txt" "Talks\n\nThe U.S. Central Command said the United People's Front met Eduardo DUHALDE and Ruben Tello SAA, said Maria Olsen. Pope Clement XIV was named.\n" --lang en
expect_mentions "canonical names" '[("U.S. Central Command", "U.S. Central Command"), ("U.S.", "United States"), ("United People'"'"'s Front", "United People'"'"'s Front"), ("Eduardo DUHALDE", "Eduardo Duhalde"), ("Ruben Tello SAA", "Ruben Tello SAA"), ("Maria Olsen", "Maria Olsen"), ("Clement XIV", "Clement XIV")]' 3,4
# across a corpus, a generic body's name joins the one node that names it
# after a state; beside two such nodes it stays as it is
mkdir -p "$TMP/bodies"
printf 'Visas\n\nKenya'"'"'s Interior Ministry said visas would cost more, said Maria Olsen.\n' > "$TMP/bodies/a.txt"
printf 'Visas again\n\nThe Interior Ministry said fees would rise, said Ben Carter.\n' > "$TMP/bodies/b.txt"
printf 'Talks\n\nIran'"'"'s Foreign Ministry said talks would go on, said Ana Reyes.\n' > "$TMP/bodies/c.txt"
printf 'More talks\n\nChina'"'"'s Foreign Ministry said talks would end, said Tom Hale.\n' > "$TMP/bodies/d.txt"
printf 'Talks again\n\nThe Foreign Ministry said nothing, said Ken Osei.\n' > "$TMP/bodies/e.txt"
run "$ERGRAPH" build --lang en "$TMP/bodies" -o "$TMP/bodies.json"
expect_status 0
py "generic bodies across a corpus" '
import json, sys
nodes = {n["id"]: n["mentions"] for n in json.load(open(sys.argv[1]))["nodes"] if n["type"] == "organization"}
assert nodes == {"Interior Ministry (Kenya)": 2, "Foreign Ministry (Iran)": 1, "Foreign Ministry (China)": 1, "Foreign Ministry": 1}, nodes
' "$TMP/bodies.json"
# a word the gazetteer lists in a body's "never" is no short form of it:
# "the House" is not the White House
entities_of "$TMP/c/house.txt" "Budget\n\nThe White House said on Monday that it would act. But House members say the issue is big, said Maria Olsen.\n" --lang en
expect_mentions "the House is not the White House" '[("White House", "White House"), ("House", "House"), ("Maria Olsen", "Maria Olsen")]' 3,4
# the Commons and the Lords are the Houses; "House Speaker" is a title;
# "a Kentucky Republican" is a party's member (generic-en.txt), no body
entities_of "$TMP/c/houses.txt" "Bills\n\nThe Home Secretary told the Commons that the bill would return to the Lords, said Maria Olsen. House Speaker Nancy Ortiz agreed with Tom Darley, a Kentucky Republican.\n" --lang en
expect_mentions "Houses, their Speaker, a party's member" '[("Commons", "House of Commons"), ("Lords", "House of Lords"), ("Maria Olsen", "Maria Olsen"), ("Nancy Ortiz", "Nancy Ortiz"), ("Tom Darley", "Tom Darley"), ("Kentucky", "Kentucky")]' 3,4
# a given name or an honorific before a company's one-word name makes a
# person ("Stephen Ford", "Sen. Marcia Dell"); "Speaker" before a name is
# a form of address, alone no name; a name after it is not the company
entities_of "$TMP/c/given-company.txt" "Jobs\n\nFormer business minister Stephen Ford urged Ford to keep the plant. Sen. Marcia Dell wrote to Dell Technologies. Speaker Tom Brannigan agreed, and the Speaker said so, said Maria Olsen.\n" --lang en
expect_mentions "given names before a company's name" '[("Stephen Ford", "Stephen Ford", "person"), ("Ford", "Ford Motor Company", "organization"), ("Marcia Dell", "Marcia Dell", "person"), ("Dell", "Dell", "organization"), ("Tom Brannigan", "Tom Brannigan", "person"), ("Maria Olsen", "Maria Olsen", "person")]' 3,4,5
# UK cities and parties the gazetteer knows
entities_of "$TMP/c/uk.txt" "Deal\n\nThe DUP and Sinn Féin agreed a deal in Belfast, and Reform UK said Cardiff and Swansea would lose, said Maria Olsen.\n" --lang en
expect_mentions "UK cities and parties" '[("DUP", "Democratic Unionist Party"), ("Sinn Féin", "Sinn Féin"), ("Belfast", "Belfast"), ("Reform UK", "Reform UK"), ("UK", "United Kingdom"), ("Cardiff", "Cardiff"), ("Swansea", "Swansea"), ("Maria Olsen", "Maria Olsen")]' 3,4
# a generic name the gazetteer gives the United States' body is another
# state's where the article says so; a known body's name ending a longer
# one is that one's head ("African National Congress"), opening it its parent
entities_of "$TMP/c/congress.txt" "Vote\n\nBrazil's Congress approved the budget. Congress will vote again in May, said Maria Olsen. The Philippine Senate met, and the African National Congress and the Senate Judiciary Committee spoke.\n" --lang en
expect_mentions "other states' congresses" '[("Brazil", "Brazil"), ("Congress", "Congress (Brazil)"), ("Congress", "Congress (Brazil)"), ("Maria Olsen", "Maria Olsen"), ("Philippine Senate", "Senate (Philippines)"), ("African National Congress", "African National Congress"), ("Senate Judiciary Committee", "Senate Judiciary Committee"), ("Senate", "United States Senate")]' 3,4
# a state's generic body the gazetteer knows by its name and its state's
entities_of "$TMP/c/known-body.txt" "Rulings\n\nThe American Supreme Court ruled. The Supreme Court said more, said Maria Olsen.\n" --lang en
expect_mentions "a known body of a state" '[("American Supreme Court", "Supreme Court of the United States"), ("Supreme Court", "Supreme Court of the United States"), ("Maria Olsen", "Maria Olsen")]' 3,4
# a body's name goes on over "for the" or "to" after its head word
entities_of "$TMP/c/for.txt" "Rebels\n\nRebels of the Democratic Forces for the Liberation of Rwanda fled, and the Committee to Protect Journalists spoke. He moved from the Bank to Kestrel Holdings, said Maria Olsen.\n" --lang en
expect_mentions "bodies for and to" '[("Democratic Forces for the Liberation of Rwanda", "organization"), ("Rwanda", "state"), ("Committee to Protect Journalists", "organization"), ("Kestrel Holdings", "organization"), ("Maria Olsen", "person")]' 3,5
# what the rules above must leave alone: a known body after its own state
# ("Britain's Office for National Statistics"), journalists who are the
# story, a party whose name holds a known one, a party after its state's
# adjective, a council keeping its adjective, a ministry named before the
# article says whose, a state's assembly, an order to an outlet
entities_of "$TMP/c/leave1.txt" "Figures\n\nBritain's Office for National Statistics said prices rose. The ONS said so. Al Jazeera journalist Lina Harb was killed. Harb, 51, had worked there for years. A Reuters reporter, Daniel Orme, was detained, said Maria Olsen.\n" --lang en
expect_mentions "known bodies and journalists left alone" '[("Britain", "United Kingdom", "mention"), ("Office for National Statistics", "Office for National Statistics", "mention"), ("ONS", "Office for National Statistics", "mention"), ("Al Jazeera", "Al Jazeera", "mention"), ("Lina Harb", "Lina Harb", "mention"), ("Harb", "Lina Harb", "mention"), ("Reuters", "Reuters", "mention"), ("Daniel Orme", "Daniel Orme", "mention"), ("Maria Olsen", "Maria Olsen", "mention")]' 3,4,6
entities_of "$TMP/c/leave2.txt" "Polls\n\nThe Liberal Democratic Party of Japan won, and the British Labour Party and the Norwegian Refugee Council agreed. The Foreign Ministry in Beijing rejected the claim before Japan's Foreign Ministry spoke, said Maria Olsen.\n" --lang en
expect_mentions "parties, councils and ministries left alone" '[("Liberal Democratic Party", "Liberal Democratic Party"), ("Japan", "Japan"), ("British Labour Party", "British Labour Party"), ("Labour Party", "Labour Party (United Kingdom)"), ("Norwegian Refugee Council", "Norwegian Refugee Council"), ("Foreign Ministry", "Foreign Ministry"), ("Beijing", "Beijing"), ("Japan", "Japan"), ("Foreign Ministry", "Foreign Ministry (Japan)"), ("Maria Olsen", "Maria Olsen")]' 3,4
entities_of "$TMP/c/leave3.txt" "Votes\n\nThe Virginia General Assembly passed the bill, and the General Assembly had acted before. Licences from Creative Commons spread, and the regulator Ofcom tells BBC to apologise, said Maria Olsen.\n" --lang en
expect_mentions "a state's assembly, an order to an outlet" '[("Virginia General Assembly", "Virginia General Assembly", "mention"), ("General Assembly", "Virginia General Assembly", "mention"), ("Ofcom", "Ofcom", "mention"), ("BBC", "BBC", "mention"), ("Maria Olsen", "Maria Olsen", "mention")]' 3,4,6
# a headline with a sum of money is a headline, not a line of results: its
# names need the article to confirm them
entities_of "$TMP/c/sum.txt" 'Norvale Foods Agrees to Buy Snack Maker Crunchwell for $2.1 billion\n\nNorvale Foods said on Monday it would buy Crunchwell, said Ana Reyes.\n' --lang en
py "a headline with a sum" '
import sys
ents = [r[4] for r in tsv(sys.argv[1])]
assert "Norvale Foods Agrees" not in ents and "Buy Snack Maker Crunchwell" not in ents, ents
assert "Norvale Foods" in ents and "Ana Reyes" in ents, ents
' "$TMP/out"
# where someone works, after their job and "at", is a body; a word between
# two titles is the title's; a drug's brand name and a journal are no actors
entities_of "$TMP/c/work.txt" "Markets\n\nShares fell, said Dana Whitfield, an analyst at Brennholt. Deputy Public Prosecutor Nicholas Leong told the court. The drug, sold under the brand name Cardivex, was tested in a study in the journal Neurology Reports, said Maria Olsen.\n" --lang en
expect_mentions "employers, titles, brands and journals" '[("Dana Whitfield", "person"), ("Brennholt", "organization"), ("Nicholas Leong", "person"), ("Maria Olsen", "person")]' 3,5
# a company's legal form after its name, a Malaysian honorific, a US
# state's abbreviation, a name after "assistance from" on a credit line
entities_of "$TMP/c/forms.txt" "Shares fall\n\nKessler Antriebe AG shares fell, said Ana Reyes. Traders sold Kessler stock. Datuk Rahim Osman said the ministry agreed. Officials met in Sacramento, Calif., on Monday.\n\n--With assistance from Hana Olsson.\n" --lang en
expect_mentions "legal forms, honorifics, state abbreviations, contributors" '[("Kessler Antriebe AG", "organization", "mention"), ("Ana Reyes", "person", "mention"), ("Kessler Antriebe AG", "organization", "mention"), ("Rahim Osman", "person", "mention"), ("Sacramento", "place", "mention"), ("California", "place", "mention"), ("Hana Olsson", "person", "byline")]' 4,5,6
# a reef is a place, an organiser's job is no part of her name, the EU's
# court is one body, a picture agency on a credit line an organization
entities_of "$TMP/c/reef.txt" "Reef bleaching\n\nScientists confirmed that the Great Barrier Reef suffered another bleaching, said Organiser Rosie Hamblin. The firm will appeal to the Court of Justice of the European Union.\n\nImage source, Getty Images\n" --lang en
expect_mentions "reefs, organisers, courts and picture agencies" '[("Great Barrier Reef", "place"), ("Rosie Hamblin", "person"), ("Court of Justice of the European Union", "organization"), ("Getty Images", "organization")]' 4,5
# a party before a kind of people is still the party: "Labour MPs" are
# no models of a maker called Labour
entities_of "$TMP/c/mps.txt" "Vote\n\nLabour MPs said they were shocked, said Ana Reyes.\n" --lang en
expect_mentions "a party before its MPs" '[("Labour", "Labour Party (United Kingdom)"), ("Ana Reyes", "Ana Reyes")]' 3,4
# a state's name that is a given name opens a person's name, on a credit
# line too; a given name, a head word and a job after a comma are a person
entities_of "$TMP/c/given.txt" "Talks stall\n\nBy Jordan Blake, CNN\n\nThe talks stalled on Monday, said Helen Park, a spokeswoman for the council. Georgia Lee met officials in Victoria Park.\n" --lang en
expect_mentions "given names that are states and places" '[("Jordan Blake", "person", "byline"), ("CNN", "organization", "byline"), ("Helen Park", "person", "mention"), ("Georgia Lee", "person", "mention"), ("Victoria Park", "place", "mention")]' 4,5,6
# a date after a word is no line of results; a name before "province" or
# "valley" is a place; a known body's own ministry after its possessive is
# the ministry; a month that is a given name opens a name on a credit line
entities_of "$TMP/c/posted.txt" "Posted 14 May 2026\n\nFloods cut roads in the Tarrow valley of Khyber Pakhtunkhwa province, and the Taliban's Ministry of Refugees and Repatriation said aid was coming. Local Shiv Sena leaders met in Denver, said Ana Reyes.\n\n(Reporting by Ana Reyes; Editing by Jan Harvey)\n" --lang en
expect_mentions "dates, provinces, a body's ministry, parties, cities, editors" '[("Tarrow", "place", "mention"), ("Khyber Pakhtunkhwa", "place", "mention"), ("Taliban", "organization", "mention"), ("Ministry of Refugees and Repatriation", "organization", "mention"), ("Shiv Sena", "organization", "mention"), ("Denver", "place", "mention"), ("Ana Reyes", "person", "mention"), ("Ana Reyes", "person", "byline"), ("Jan Harvey", "person", "byline")]' 3,5,6
# on a page that gives a score, a city before a word of the sports pages
# is its club, and so is the city its club beat; not a city among others
# before "are", nor a home nation, nor a city before a beat reporter
entities_of "$TMP/c/clubs.txt" "Late winner\n\nWrexham stun Leeds 2-1 with a late goal. Detroit beat reporter Jan Olsen watched. Leeds manager Anders Holm was angry. Leeds are third. Tokyo and Osaka are the largest cities, said Ana Reyes. England beat Australia.\n" --lang en
expect_mentions "clubs named by their cities" '[("Wrexham", "organization"), ("Leeds", "organization"), ("Detroit", "place"), ("Jan Olsen", "person"), ("Leeds", "organization"), ("Anders Holm", "person"), ("Leeds", "organization"), ("Tokyo", "place"), ("Osaka", "place"), ("Ana Reyes", "person"), ("England", "place"), ("Australia", "state")]' 3,5
# a line of results: a score between two sides ends the first, and a city
# with a word after it is its club, whole
entities_of "$TMP/c/scores.txt" "SOCCER - SCOTTISH RESULTS\n\nDundee United 0 Aberdeen 0\nGreen Bay 23 Oakland 20\n" --lang en
py "sides of a score line" '
import sys
ents = [(r[3], r[5]) for r in tsv(sys.argv[1])]
assert ("Dundee United", "organization") in ents, ents
assert ("Dundee", "place") not in ents and not any(" 23 " in e or " 0 " in e for e, _ in ents), ents
assert ("Oakland", "organization") in ents, ents
' "$TMP/out"
# elsewhere the same words leave cities alone, and an event named after a
# city is no mention of it
entities_of "$TMP/c/coach.txt" "Crash\n\nA Sydney coach carrying tourists crashed. Berlin club owners complained. Sydney were hit by storms. The Turin Winter Olympics and the Nottingham Open drew crowds, said Ana Reyes.\n" --lang en
expect_mentions "cities off the sports pages" '[("Sydney", "place"), ("Berlin", "place"), ("Sydney", "place"), ("Ana Reyes", "person")]' 3,5
# the UK's departments and regulators are known by their names and short forms
entities_of "$TMP/c/whitehall.txt" "Rules\n\nThe Home Office and the FCDO disagreed. The DTI and Ofgem said the NHS and the Inland Revenue would act, said Ana Reyes.\n" --lang en
expect_mentions "the UK's departments" '[("Home Office", "Home Office"), ("FCDO", "Foreign, Commonwealth and Development Office"), ("DTI", "Department of Trade and Industry"), ("Ofgem", "Ofgem"), ("NHS", "National Health Service"), ("Inland Revenue", "Inland Revenue"), ("Ana Reyes", "Ana Reyes")]' 3,4
# forms a new party or city would share with other things stay those
# things: an agency, a highway patrol, a motorway, a ministry, a footballer,
# a rule book, a wine; a town hall is no place of the person it is named for
entities_of "$TMP/c/senses.txt" "Crash\n\nThe driver was unhurt, AAP reported. The CHP said the driver in California was fined. Traffic on the M23 was halted near Gatwick. Pakistan's Ministry of Law and Justice objected. Memphis Depay scored twice. He drank a bottle of Shiraz. Voters packed a Maria Lopez town hall in Ohio, said Ana Reyes.\n" --lang en
py "other senses of new names" '
import sys
ents = [(r[3], r[4], r[5]) for r in tsv(sys.argv[1])]
names = [e for _, e, _ in ents]
assert not any(n in names for n in ("Aam Aadmi Party", "Republican People'"'"'s Party", "March 23 Movement", "Law and Justice (Poland)")), ents
assert ("Memphis Depay", "Memphis Depay", "person") in ents and ("Maria Lopez", "Maria Lopez", "person") in ents, ents
assert not any(t == "Memphis" for t, _, _ in ents), ents
' "$TMP/out"
# a one-word company the model reads as a place is a company once the article
# writes its shares, its chairman or "-based" before it; a place, and a
# person's bid, stay what they are
entities_of "$TMP/c/firm.txt" "Copper bid\n\nThe pressure is now on Dralvia to raise its offer, analysts said. Traders said Dralvia shares fell 3% on Monday after the bid by rival Dralvia was rejected.\n\nVillagers in Engerwitzdorf voted. The London-based Dara Holt said Glazer's bid was low.\n" --lang en
expect_mentions "a company by its shares" '[("Dralvia", "organization"), ("Dralvia", "organization"), ("Dralvia", "organization"), ("Engerwitzdorf", "place"), ("Dara Holt", "person"), ("Glazer", "person")]' 3,5
# known names run whole where the model or a shorter known name would cut
# them
entities_of "$TMP/c/whole.txt" "Alliances\n\nThe talks ended, said Ana Reyes. French carmaker PSA Peugeot Citroen and Credit Suisse First Boston met Meta Group analysts. The film was bought by Sony Pictures Classics. Axa Sun Life and the Pew Internet and American Life Project agreed.\n" --lang en
expect_mentions "known names whole" '[("Ana Reyes", "Ana Reyes"), ("PSA Peugeot Citroen", "PSA Peugeot Citroën"), ("Credit Suisse First Boston", "Credit Suisse First Boston"), ("Meta Group", "Meta Group"), ("Sony Pictures Classics", "Sony Pictures Classics"), ("Axa Sun Life", "Axa Sun Life"), ("Pew Internet and American Life Project", "Pew Internet & American Life Project")]' 3,4
# nouns places have too leave a place a place, and a person "-based" stays
# a person
entities_of "$TMP/c/placefirm.txt" "Tourism\n\nVisitors to Tasmania fell. The Tasmania brand is strong, and Tasmania's share of visitors rose. Telstra said its Tasmania customers and its Penang subsidiary would grow. Residents of Bendigo welcomed the Bendigo offer of land, said Ana Reyes. Prosecutors accused London-based Berezovsky of fraud. Berezovsky called it political.\n" --lang en
py "places keep their nouns" '
import sys
rows = tsv(sys.argv[1])
types = {(r[3], r[5]) for r in rows}
assert not any(t == "organization" for n, t in types if n in ("Tasmania", "Bendigo", "Penang", "Berezovsky")), sorted(types)
assert ("Berezovsky", "person") in types, sorted(types)
' "$TMP/out"
# a party named after a known body's word is no mention of that body: the
# United States Congress stays out of another country's party
entities_of "$TMP/c/party.txt" "Budget\n\nThe cabinet of Ferland, led by the Congress Party since the spring, cut taxes. In Washington, Congress passed its own budget, said Ana Reyes.\n" --lang en
expect_mentions "a party is no congress" '[("Ferland", "Ferland"), ("Washington", "Washington"), ("Congress", "United States Congress"), ("Ana Reyes", "Ana Reyes")]' 3,4
# a ship is no actor
entities_of "$TMP/c/ship.txt" "Tanker sinks\n\nThe tanker MV Northern Gale sank off the coast on Monday. The crew of HMS Ardent rescued 12 sailors, said Ana Reyes. The owners of MV Northern Gale were not named.\n" --lang en
expect_mentions "ships" '[("Ana Reyes", "Ana Reyes")]' 3,4
# places, parties and firms of other English-speaking news
entities_of "$TMP/c/known.txt" "Votes\n\nThe APC and the PDP traded blame in Abuja, said Ana Reyes. MPs at Westminster met farmers from Western Australia and workers from Gurugram. Take-Two, Rockstar Games and Epic Games gained.\n" --lang en
expect_mentions "other countries' names" '[("APC", "organization"), ("PDP", "organization"), ("Abuja", "place"), ("Ana Reyes", "person"), ("Westminster", "place"), ("Western Australia", "place"), ("Gurugram", "place"), ("Take-Two", "organization"), ("Rockstar Games", "organization"), ("Epic Games", "organization")]' 3,5
# "Gov." is a title; a state's name that ends a person's name is his, and
# his where it speaks; a nation's branch of a party is its own; an outlet's
# station, or the outlet a poll is made for, is no actor
entities_of "$TMP/c/gov.txt" "Border row\n\nGov. Dana Whitcombe sued the agency, Ben Holland reported from Austin. Holland said talks had failed. Scottish Labour and the Scottish Conservatives clashed, Maria Olsen told ABC Radio Brisbane. A poll for Tayside News showed the gap.\n" --lang en
py "titles, surnames and stations" '
import sys
rows = [(r[3], r[4], r[5], r[6]) for r in tsv(sys.argv[1])]
assert [r for r in rows if "Holland" in r[0]] == [("Ben Holland", "Ben Holland", "person", "mention"), ("Holland", "Ben Holland", "person", "mention")], rows
want = [("Dana Whitcombe", "person", "mention"), ("Scottish Labour", "organization", "mention"),
        ("Scottish Conservatives", "organization", "mention"), ("ABC Radio Brisbane", "organization", "source"),
        ("Tayside News", "organization", "source")]
assert all((w[0], w[0], w[1], w[2]) in rows for w in want), rows
' "$TMP/out"
# a model's code after a maker's name or a model's: a product, no actor
entities_of "$TMP/c/codes.txt" "Phones\n\nSales of the Xiaomi 15T and the XUV 3XO rose, said Ana Reyes. Xiaomi cut prices.\n" --lang en
expect_mentions "model codes" '[("Ana Reyes", "person"), ("Xiaomi", "organization")]' 3,5
# a credit's name ends in a surname that is a state's name too; a gorge is a
# place; the first of two models before "models" is a product too
entities_of "$TMP/c/credit-surname.txt" "Mining\n\nThe blasting of the Tarrow Gorge caves was condemned, said Ana Reyes. Ford cut output of its Explorer EV and Capri models.\n\nReporting by Tom Jordan; Editing by Jan Harvey\n" --lang en
expect_mentions "surnames, gorges and models" '[("Tarrow Gorge", "place", "mention"), ("Ana Reyes", "person", "mention"), ("Ford", "organization", "mention"), ("Tom Jordan", "person", "byline"), ("Jan Harvey", "person", "byline")]' 3,5,6
# a name with a company's office after it is a company's; a person's boss
# leaves the person a person
entities_of "$TMP/c/offices.txt" "Mines\n\nRedstone Iron's managing director, Ana Reyes, agreed. Former Horizon Postal boss Paula Vennells was stripped of her title. Maria Olsen's boss, Tom Fenwick, resigned.\n" --lang en
expect_mentions "a company's offices" '[("Redstone Iron", "organization"), ("Ana Reyes", "person"), ("Horizon Postal", "organization"), ("Paula Vennells", "person"), ("Maria Olsen", "person"), ("Tom Fenwick", "person")]' 3,5
# "the country's Congress" is the congress of the state the article names
# most, there only
entities_of "$TMP/c/country-congress.txt" "Airline crisis\n\nChile wants to save its airline. Chile lent it money once the country's Congress agreed, said Ana Reyes. In Washington, Congress passed a budget.\n" --lang en
expect_mentions "the country's congress" '[("Chile", "Chile"), ("Chile", "Chile"), ("Congress", "Congress (Chile)"), ("Ana Reyes", "Ana Reyes"), ("Washington", "Washington"), ("Congress", "United States Congress")]' 3,4
# the review's guards: a state that speaks of itself stays the state; a
# party's own name before "Party" is that party; initials are no ship's
# prefix, and a ship named after a person leaves the person; a quarter
# after a company's name is no model; a body named after an outlet is no
# outlet
entities_of "$TMP/c/guards-en.txt" "Strike\n\nDefence Minister Israel Katz ordered the strike. Israel said it would allow aid, said Ana Reyes. The Likud Party won. Finance Minister KN Balagopal spoke. The destroyer USS John McCain docked. Senator John McCain praised the crew. Toyota 3Q net profit rose, according to the Guardian Council.\n" --lang en
py "the review's guards (English)" '
import sys
rows = [(r[3], r[4], r[5], r[6]) for r in tsv(sys.argv[1])]
assert not any("Likud Party" in r[1] for r in rows) and any(r[1] == "KN Balagopal" and r[2] == "person" for r in rows), rows
want = [("Israel", "state"), ("Likud", "organization"), ("John McCain", "person"), ("Toyota", "organization"),
        ("Guardian Council", "organization")]
assert all((w[0], w[0], w[1], "mention") in rows for w in want), rows
' "$TMP/out"
# a job's word opens no name; a given name the model ended a name at goes
# on over a surname that is a state's name
entities_of "$TMP/c/jobs-surnames.txt" "Inquiry\n\nCampaigner Alan Pryce told reporters the inquiry was not over. Lawyer Ben Holland objected, said Maria Olsen.\n" --lang en
expect_mentions "jobs and surnames" '[("Alan Pryce", "person"), ("Ben Holland", "person"), ("Maria Olsen", "person")]' 3,5
# a party's short form many states share is the party of the state the
# article is about (its states, capitals and nationality adjectives); a
# British article naming no state keeps Britain's parties; a form inside a
# longer name, or a dictionary word opening a sentence, is no party
mkdir -p "$TMP/local"
printf 'Housing\n\nCANBERRA - Treasurer Ana Reyes said Labor would build more homes, but the Coalition called the plan costly. The Greens want rent caps.\n' > "$TMP/local/au.txt"
printf 'Coalition talks\n\nWELLINGTON - Labour and National traded blows on Tuesday. National security was not discussed, said Tom Fenwick, a New Zealand analyst.\n' > "$TMP/local/nz.txt"
printf 'Budget\n\nOTTAWA - The Conservatives said the Canadian budget was too large.\n' > "$TMP/local/ca.txt"
printf 'Polls\n\nNEW DELHI - The Congress won the Indian state election, said Maria Olsen.\n' > "$TMP/local/in.txt"
printf 'Jobs\n\nWASHINGTON - Labor Secretary Tom Fenwick spoke on Labor Day, and Congress passed the bill.\n' > "$TMP/local/us.txt"
printf 'Votes\n\nLabour said the Conservatives had lost the vote. Mr Fenwick agreed.\n' > "$TMP/local/uk.txt"
run "$ERGRAPH" entities --lang en --format tsv "$TMP/local"
expect_status 0
py "local forms of parties" '
import sys
rows = [(r[0].split("/")[-1], r[3], r[4]) for r in tsv(sys.argv[1])]
want = [("au.txt", "Labor", "Australian Labor Party"), ("au.txt", "Coalition", "Coalition (Australia)"),
        ("au.txt", "Greens", "Australian Greens"), ("nz.txt", "Labour", "New Zealand Labour Party"),
        ("nz.txt", "National", "New Zealand National Party"), ("ca.txt", "Conservatives", "Conservative Party of Canada"),
        ("in.txt", "Congress", "Indian National Congress"), ("us.txt", "Congress", "United States Congress"),
        ("uk.txt", "Labour", "Labour Party (United Kingdom)"), ("uk.txt", "Conservatives", "Conservative Party (United Kingdom)")]
for w in want:
    assert w in rows, (w, rows)
assert sum(r[:2] == ("nz.txt", "National") for r in rows) == 1, rows
assert not any(r[0] == "us.txt" and "Labor" in r[1] for r in rows), rows
' "$TMP/out"
# Indonesian courts' short forms are read in Indonesian only: in English
# "MA" is a degree and "MK" a person's initials
entities_of "$TMP/c/id-acronyms.txt" "Cricket\n\nChennai fans cheered at the MA Chidambaram Stadium, where MK Stalin, who holds an MA in history, watched with Maria Olsen.\n" --lang en
py "Indonesian short forms in English" '
import sys
rows = [(r[3], r[4]) for r in tsv(sys.argv[1])]
assert not any("Indonesia" in r[1] for r in rows), rows
assert ("Maria Olsen", "Maria Olsen") in rows, rows
' "$TMP/out"
# a common surname alone is no famous bearer's: "Patel" is not Kash Patel
# unless the article names him in full
entities_of "$TMP/c/surname-common.txt" "Appeal\n\nIn R v Patel, the Court of Appeal ruled that the trial judge had erred. Patel was freed on Tuesday, said Maria Olsen.\n" --lang en
py "a common surname alone" '
import sys
rows = [(r[3], r[4]) for r in tsv(sys.argv[1])]
assert ("Patel", "Patel") in rows and not any(r[1] == "Kash Patel" for r in rows), rows
' "$TMP/out"
# a city before a club's last word names the club, whole; a name ending in
# "Stadium" or "Arena" is a place
entities_of "$TMP/c/clubs.txt" "Cricket\n\nMumbai Indians beat Chennai Super Kings by six wickets at the Harbour Park Stadium, and Delhi Capitals lost in Mumbai, said Maria Olsen. Trusts like Leeds Teaching Hospitals agreed.\n" --lang en
expect_mentions "clubs after their cities, stadiums" '[("Mumbai Indians", "organization"), ("Chennai Super Kings", "organization"), ("Harbour Park Stadium", "place"), ("Delhi Capitals", "organization"), ("Mumbai", "place"), ("Maria Olsen", "person"), ("Leeds Teaching Hospitals", "organization")]' 3,5
# "PTI" is Pakistan's party in a Pakistani story and India's news agency in
# an Indian one
mkdir -p "$TMP/pti"
printf 'Protest\n\nISLAMABAD - PTI supporters marched on Friday, said Maria Olsen.\n' > "$TMP/pti/pk.txt"
printf 'Rail\n\nIndian Railways will add trains, PTI reported, and coach Tom Fenwick told Sky Sports the team was ready.\n' > "$TMP/pti/in.txt"
run "$ERGRAPH" entities --lang en --format tsv "$TMP/pti"
expect_status 0
expect_has "PTI by the article's state, outlets as sources" '[("PTI", "Pakistan Tehreek-e-Insaf", "mention"), ("PTI", "Press Trust of India", "source"), ("Sky Sports", "Sky Sports", "source")]' 3,4,6
# a name right after a lowercase noun of a company's or a group's kind is
# an organization, where the model saw none
entities_of "$TMP/c/cue-run.txt" "Chips\n\nThe deal was struck with Korean chipmaker Veltrix and the band Harbour Lights, said Maria Olsen. The singer Adele will sing.\n" --lang en
expect_mentions "names after their kind" '[("Veltrix", "organization"), ("Harbour Lights", "organization"), ("Maria Olsen", "person"), ("Adele", "person")]' 3,5
# a team's line-up: its players are people, the team an organization, and
# the line no dateline; a list of known states is no line-up
entities_of "$TMP/c/lineup.txt" "Match report\n\nHarbour Town beat Kestrel Rovers 2-1 on Sunday, said Maria Olsen.\n\nKestrel Rovers: Aske; Brannigan, Okafor, van Tessel, Drury (Lund 70); Pryce, Marlow; Quill, Vane, Holloway.\n\nVisitors: France, Germany, Italy, Spain, Portugal.\n\nMenu: Soup; Salmon, Potatoes, Carrots; Cake, Tea.\n" --lang en
expect_has "a line-up" '[(p, "person", "mention") for p in ["Aske", "Brannigan", "Okafor", "van Tessel", "Drury", "Lund", "Pryce", "Marlow", "Quill", "Vane", "Holloway"]] + [("Kestrel Rovers", "organization", "mention"), ("France", "state", "mention")]' 3,5,6
py "no menu as a line-up" '
import sys
assert not any(r[3] in ("Soup", "Salmon", "Cake") and r[5] == "person" for r in tsv(sys.argv[1]))
' "$TMP/out"
# the review's guards: a form whose gazetteer owner's state the article
# names keeps the owner ("Congress" in an Indian story about Washington);
# another state's possessive names its party; a portfolio or "of" is no
# party; a club's word ends its name, off headlines; "Bruce Arena" is a
# coach; an outlet a story cites stays the outlet
mkdir -p "$TMP/guards18"
printf 'Visas\n\nNEW DELHI - Indian firms fear a bill before Congress in Washington, Indian officials said.\n' > "$TMP/guards18/in.txt"
printf 'Polls\n\nOTTAWA - Canadian voters watched as Britain'"'"'s Conservatives lost, said Maria Olsen. The Secretary of Labor spoke.\n' > "$TMP/guards18/ca.txt"
printf 'Sport\n\nThe Boston Athletic Association met, and Leeds Manager Tom Fenwick and coach Bruce Arena spoke.\n' > "$TMP/guards18/us.txt"
printf 'Talks\n\nNEW DELHI, Jan 5 (PTI) Pakistan protested. Pakistani officials told PTI that Pakistan would act.\n' > "$TMP/guards18/pk.txt"
printf 'Cape Town\n\nCAPE TOWN - South African voters said the DA-led city council had failed them.\n' > "$TMP/guards18/za.txt"
run "$ERGRAPH" entities --lang en --format tsv "$TMP/guards18"
expect_status 0
py "the review guards of local forms and clubs" '
import sys
rows = [(r[0].split("/")[-1], r[3], r[4], r[5]) for r in tsv(sys.argv[1])]
assert ("in.txt", "Congress", "United States Congress", "organization") in rows, rows
assert ("ca.txt", "Conservatives", "Conservative Party (United Kingdom)", "organization") in rows, rows
assert not any(r[1] == "Labor" for r in rows), rows
assert ("us.txt", "Boston Athletic Association", "Boston Athletic Association", "organization") in rows, rows
assert not any(r[1] in ("Boston Athletic", "Leeds Manager") for r in rows), rows
assert ("us.txt", "Bruce Arena", "Bruce Arena", "person") in rows, rows
assert not any(r[2] == "Pakistan Tehreek-e-Insaf" for r in rows), rows
assert not any(r[0] == "za.txt" and "Democratic Alliance" in r[2] for r in rows), rows
' "$TMP/out"
# a transcript's speakers' labels: the speakers are people; "Q:" and "A:"
# name no one
entities_of "$TMP/c/speakers.txt" "Hearing\n\nSenators questioned Tom Fenwick on Tuesday.\n\nSENATOR OLSEN: Did you know?\n\nMR. FENWICK: No.\n\nQ: What next?\n\nA: We wait.\n" --lang en
expect_mentions "a transcript's speakers" '[("Tom Fenwick", "Tom Fenwick", "mention"), ("OLSEN", "Olsen", "mention"), ("FENWICK", "Tom Fenwick", "mention")]' 3,4,6
# a company after its office and "of" is a company, whatever the model read
entities_of "$TMP/c/office-of.txt" "Music\n\nAna Reyes, chief executive of Norbrook, said sales rose. The chairman of Velmora resigned.\n" --lang en
expect_mentions "a company after its office" '[("Ana Reyes", "person"), ("Norbrook", "organization"), ("Velmora", "organization")]' 3,5
# a one-word short form of an organization that the article also writes
# as a town ("in Salford") stays the town; a detective's rank is no name;
# LNG is a thing; a chief officer's company is a company
entities_of "$TMP/c/salford.txt" "Fire\n\nTwo men appeared at Salford Magistrates Court on Monday after a fire in Salford, and Detective Inspector Rachel Hughes said LNG was stored there. Ana Reyes, Chief Executive Officer of Quillbank, agreed.\n" --lang en
py "a town, a detective, a thing, an officer's company" '
import sys
rows = [(r[3], r[4], r[5]) for r in tsv(sys.argv[1])]
assert ("Salford", "Salford", "place") in rows, rows
assert ("Rachel Hughes", "Rachel Hughes", "person") in rows, rows
assert not any(r[0] == "LNG" for r in rows), rows
assert ("Quillbank", "Quillbank", "organization") in rows, rows
' "$TMP/out"
finish
