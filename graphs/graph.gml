graph [
  directed 0
  comment "ergraph 0.1.0"
  node [
    id 0
    label "ASEAN"
    type "organization"
    mentions 7
    documents 1
    aliases "ASEAN"
    degree 6
    strength 11
    betweenness 0.0903483309143687
    closeness 0.743362831858407
    eigenvector 0.0027714755321644
    pagerank 0.025907310233365
    component 0
  ]
  node [
    id 1
    label "Agus Subiyanto"
    type "person"
    mentions 3
    documents 1
    aliases "Agus; Agus Subiyanto"
    degree 3
    strength 6
    betweenness 0
    closeness 0.614747307373654
    eigenvector 0.000299844981388897
    pagerank 0.0154127939979089
    component 0
  ]
  node [
    id 2
    label "Airlangga Hartarto"
    type "person"
    mentions 2
    documents 1
    aliases "Airlangga; Airlangga Hartarto"
    degree 2
    strength 2
    betweenness 0
    closeness 0.52459789076769
    eigenvector 0.00298013506024906
    pagerank 0.00561090147567759
    component 0
  ]
  node [
    id 3
    label "Alexander Lukashenko"
    type "person"
    mentions 5
    documents 1
    aliases "Alexander Lukashenko; Lukashenko"
    degree 7
    strength 9
    betweenness 0
    closeness 0.722118184303268
    eigenvector 0.130004577300204
    pagerank 0.0106261400102597
    component 0
  ]
  node [
    id 4
    label "Ant&#243;nio Guterres"
    type "person"
    mentions 2
    documents 1
    aliases "Antonio Guterres; Guterres"
    degree 4
    strength 6
    betweenness 0
    closeness 0.7371198029827
    eigenvector 0.0473994376370126
    pagerank 0.00917992724209362
    component 0
  ]
  node [
    id 5
    label "Anwar Ibrahim"
    type "person"
    mentions 3
    documents 1
    aliases "Anwar; Anwar Ibrahim"
    degree 5
    strength 7
    betweenness 0.00145137880986938
    closeness 0.554697233989534
    eigenvector 0.00169516369184512
    pagerank 0.0173048100325918
    component 0
  ]
  node [
    id 6
    label "Bank Indonesia"
    type "organization"
    mentions 3
    documents 1
    aliases "BI; Bank Indonesia"
    degree 1
    strength 1
    betweenness 0
    closeness 0.519365375641624
    eigenvector 0.00127191088553205
    pagerank 0.00437976404066233
    component 0
  ]
  node [
    id 7
    label "Belarus"
    type "state"
    mentions 4
    documents 1
    aliases "Belarus"
    degree 6
    strength 9
    betweenness 0.0377358490566038
    closeness 0.842587574322782
    eigenvector 0.123437688484402
    pagerank 0.0132745589799758
    component 0
  ]
  node [
    id 8
    label "China"
    type "state"
    mentions 19
    documents 8
    aliases "China; RRT; Tiongkok"
    degree 16
    strength 52
    betweenness 0.499395258829221
    closeness 1.14890322580645
    eigenvector 0.595482734014899
    pagerank 0.0555641044210899
    component 0
  ]
  node [
    id 9
    label "Choe Son Hui"
    type "person"
    mentions 2
    documents 1
    aliases "Choe; Choe Son Hui"
    degree 4
    strength 4
    betweenness 0
    closeness 0.545822350272789
    eigenvector 0.0737178859331393
    pagerank 0.00605275110124543
    component 0
  ]
  node [
    id 10
    label "Corruption Eradication Commission"
    type "organization"
    mentions 7
    documents 1
    aliases "KPK; Komisi Pemberantasan Korupsi"
    degree 6
    strength 14
    betweenness 0.0711175616835994
    closeness 0.766845804051261
    eigenvector 0.00294807827461381
    pagerank 0.0331740112068474
    component 0
  ]
  node [
    id 11
    label "Dmitry Peskov"
    type "person"
    mentions 3
    documents 1
    aliases "Dmitry Peskov; Peskov"
    degree 6
    strength 6
    betweenness 0
    closeness 0.56569250317662
    eigenvector 0.0756426958070909
    pagerank 0.00794019138114452
    component 0
  ]
  node [
    id 12
    label "Donald Trump"
    type "person"
    mentions 6
    documents 1
    aliases "Donald Trump; Trump"
    degree 9
    strength 19
    betweenness 0
    closeness 0.889639762384872
    eigenvector 0.24788746147219
    pagerank 0.0191719555090961
    component 0
  ]
  node [
    id 13
    label "Ferdinand Marcos Jr."
    type "person"
    mentions 3
    documents 1
    aliases "Ferdinand Marcos Jr; Marcos"
    degree 4
    strength 4
    betweenness 0.00145137880986938
    closeness 0.567567567567568
    eigenvector 0.0122432728289869
    pagerank 0.0106896363063294
    component 0
  ]
  node [
    id 14
    label "Gerindra Party"
    type "organization"
    mentions 1
    documents 1
    aliases "Gerindra"
    degree 1
    strength 1
    betweenness 0
    closeness 0.438206228591677
    eigenvector 5.92571702023037e-05
    pagerank 0.00486228154926112
    component 0
  ]
  node [
    id 15
    label "Indonesia"
    type "state"
    mentions 10
    documents 3
    aliases "Indonesia; RI"
    degree 15
    strength 25
    betweenness 0.496492501209482
    closeness 1.05899143672693
    eigenvector 0.0633470082602518
    pagerank 0.0471172430260163
    component 0
  ]
  node [
    id 16
    label "Indonesian Democratic Party of Struggle"
    type "organization"
    mentions 1
    documents 1
    aliases "PDI-P"
    degree 1
    strength 1
    betweenness 0
    closeness 0.366661176083018
    eigenvector 3.03190598481872e-05
    pagerank 0.00542483027210109
    component 0
  ]
  node [
    id 17
    label "Indonesian National Armed Forces"
    type "organization"
    mentions 8
    documents 1
    aliases "TNI; Tentara Nasional Indonesia"
    degree 7
    strength 15
    betweenness 0.107039187227866
    closeness 0.768699495821535
    eigenvector 0.0029512794433819
    pagerank 0.0367853606732355
    component 0
  ]
  node [
    id 18
    label "International Atomic Energy Agency"
    type "organization"
    mentions 6
    documents 1
    aliases "Badan Tenaga Atom Internasional; IAEA"
    degree 3
    strength 6
    betweenness 0.0341074020319303
    closeness 0.842587574322782
    eigenvector 0.0642114420804361
    pagerank 0.00914825863331864
    component 0
  ]
  node [
    id 19
    label "Japan"
    type "state"
    mentions 8
    documents 4
    aliases "Jepang"
    degree 8
    strength 16
    betweenness 0.016569908079342
    closeness 0.95158704713049
    eigenvector 0.0850774155147622
    pagerank 0.0231743517179342
    component 0
  ]
  node [
    id 20
    label "Kim Jong Un"
    type "person"
    mentions 31
    documents 6
    aliases "Kim; Kim Jong Un; Kim Jong-Un; Kim Jong-un"
    degree 20
    strength 77
    betweenness 0.145379777455249
    closeness 1.11489649351082
    eigenvector 0.908218196257995
    pagerank 0.0734990261179654
    component 0
  ]
  node [
    id 21
    label "Korean Central News Agency"
    type "organization"
    mentions 7
    documents 4
    aliases "KCNA; Kantor Berita Pusat Korea"
    degree 5
    strength 10
    betweenness 0
    closeness 0.841174062491673
    eigenvector 0.17411717405894
    pagerank 0.0112917616923341
    component 0
  ]
  node [
    id 22
    label "Kremlin"
    type "organization"
    mentions 4
    documents 2
    aliases "Kremlin"
    degree 9
    strength 12
    betweenness 0
    closeness 0.745399473355758
    eigenvector 0.160712379613463
    pagerank 0.0131695202818791
    component 0
  ]
  node [
    id 23
    label "Lee Jae-myung"
    type "person"
    mentions 2
    documents 1
    aliases "Lee; Lee Jae-myung"
    degree 2
    strength 2
    betweenness 0
    closeness 0.541612059757718
    eigenvector 0.0227180952494651
    pagerank 0.00474274375123019
    component 0
  ]
  node [
    id 24
    label "Malaysia"
    type "state"
    mentions 2
    documents 1
    aliases "Malaysia"
    degree 3
    strength 5
    betweenness 0
    closeness 0.55037705526023
    eigenvector 0.00145127743201274
    pagerank 0.0125862177989287
    component 0
  ]
  node [
    id 25
    label "Ministry of Defence of Indonesia"
    type "organization"
    mentions 1
    documents 1
    aliases "Kementerian Pertahanan RI"
    degree 3
    strength 3
    betweenness 0
    closeness 0.540553666828558
    eigenvector 0.00139036095137162
    pagerank 0.00847840420684713
    component 0
  ]
  node [
    id 26
    label "Myanmar"
    type "state"
    mentions 2
    documents 1
    aliases "Myanmar"
    degree 3
    strength 4
    betweenness 0
    closeness 0.537811065474752
    eigenvector 0.00138533710391257
    pagerank 0.0107914947104413
    component 0
  ]
  node [
    id 27
    label "National Intelligence Service"
    type "organization"
    mentions 5
    documents 1
    aliases "Badan Intelijen Nasional Korea Selatan; Badan intelijen Korea Selatan; NIS"
    degree 4
    strength 7
    betweenness 0
    closeness 0.743876597780765
    eigenvector 0.101407847237433
    pagerank 0.00912503904700046
    component 0
  ]
  node [
    id 28
    label "Nazi Germany"
    type "state"
    mentions 1
    documents 1
    aliases "Jerman Nazi"
    degree 4
    strength 4
    betweenness 0
    closeness 0.548242103318761
    eigenvector 0.060531387679097
    pagerank 0.00633767661717792
    component 0
  ]
  node [
    id 29
    label "North Korea"
    type "state"
    mentions 42
    documents 8
    aliases "DPRK; Korea Utara; Korut"
    degree 28
    strength 94
    betweenness 0.38618771165941
    closeness 1.14632251326812
    eigenvector 1
    pagerank 0.0945013315821592
    component 0
  ]
  node [
    id 30
    label "People's Representative Council"
    type "organization"
    mentions 5
    documents 1
    aliases "DPR; Dewan Perwakilan Rakyat"
    degree 5
    strength 7
    betweenness 0.0747460087082729
    closeness 0.572678157962439
    eigenvector 0.00151002853776406
    pagerank 0.0217992558356038
    component 0
  ]
  node [
    id 31
    label "Philippines"
    type "state"
    mentions 1
    documents 1
    aliases "Filipina"
    degree 2
    strength 2
    betweenness 0
    closeness 0.548478501909572
    eigenvector 0.0122022072510516
    pagerank 0.00595758489206367
    component 0
  ]
  node [
    id 32
    label "Prabowo Subianto"
    type "person"
    mentions 3
    documents 1
    aliases "Prabowo; Prabowo Subianto"
    degree 3
    strength 4
    betweenness 0.000725689404934688
    closeness 0.551809618244918
    eigenvector 0.000391156419463976
    pagerank 0.0111544808900387
    component 0
  ]
  node [
    id 33
    label "Rafael Grossi"
    type "person"
    mentions 4
    documents 1
    aliases "Grossi; Rafael Grossi"
    degree 5
    strength 6
    betweenness 0
    closeness 0.602050885837615
    eigenvector 0.0332796952781349
    pagerank 0.00951687616620689
    component 0
  ]
  node [
    id 34
    label "Rodong Sinmun"
    type "organization"
    mentions 3
    documents 1
    aliases "Rodong Sinmun"
    degree 5
    strength 6
    betweenness 0
    closeness 0.725649211872801
    eigenvector 0.0923568927541747
    pagerank 0.00892696202415307
    component 0
  ]
  node [
    id 35
    label "Russia"
    type "state"
    mentions 31
    documents 8
    aliases "Rusia"
    degree 24
    strength 83
    betweenness 0.158563134978229
    closeness 1.14350650108773
    eigenvector 0.985604689482447
    pagerank 0.080517658867989
    component 0
  ]
  node [
    id 36
    label "Setyo Budiyanto"
    type "person"
    mentions 2
    documents 1
    aliases "Setyo; Setyo Budiyanto"
    degree 3
    strength 4
    betweenness 0
    closeness 0.557224391709222
    eigenvector 0.000183663389375082
    pagerank 0.0110740334883678
    component 0
  ]
  node [
    id 37
    label "Sjafrie Sjamsoeddin"
    type "person"
    mentions 1
    documents 1
    aliases "Sjafrie Sjamsoeddin"
    degree 1
    strength 1
    betweenness 0
    closeness 0.366661176083018
    eigenvector 3.03190598481872e-05
    pagerank 0.00542483027210109
    component 0
  ]
  node [
    id 38
    label "South Korea"
    type "state"
    mentions 7
    documents 3
    aliases "Korea Selatan; Korsel"
    degree 8
    strength 12
    betweenness 0.00145137880986938
    closeness 0.847692312813531
    eigenvector 0.131465563975458
    pagerank 0.015676696319353
    component 0
  ]
  node [
    id 39
    label "Soviet Union"
    type "state"
    mentions 2
    documents 1
    aliases "Soviet; Uni Soviet"
    degree 5
    strength 8
    betweenness 0
    closeness 0.749936831466352
    eigenvector 0.120918444748486
    pagerank 0.0100652630775891
    component 0
  ]
  node [
    id 40
    label "Sri Mulyani Indrawati"
    type "person"
    mentions 2
    documents 1
    aliases "Sri Mulyani; Sri Mulyani Indrawati"
    degree 1
    strength 1
    betweenness 0
    closeness 0.490489817480204
    eigenvector 0.00661178394354902
    pagerank 0.00373777988788602
    component 0
  ]
  node [
    id 41
    label "Statistics Indonesia"
    type "organization"
    mentions 3
    documents 1
    aliases "BPS; Badan Pusat Statistik"
    degree 4
    strength 7
    betweenness 0
    closeness 0.787546435520962
    eigenvector 0.0364848162399109
    pagerank 0.0112205460820674
    component 0
  ]
  node [
    id 42
    label "St&#233;phane Dujarric"
    type "person"
    mentions 3
    documents 1
    aliases "Dujarric; St&#233;phane Dujarric"
    degree 5
    strength 7
    betweenness 0
    closeness 0.7371198029827
    eigenvector 0.0667993494578211
    pagerank 0.0100808875901142
    component 0
  ]
  node [
    id 43
    label "Sugiono"
    type "person"
    mentions 3
    documents 1
    aliases "Sugiono"
    degree 3
    strength 5
    betweenness 0.00145137880986938
    closeness 0.55037705526023
    eigenvector 0.00143883574547879
    pagerank 0.0129700063286654
    component 0
  ]
  node [
    id 44
    label "Telegram"
    type "organization"
    mentions 1
    documents 1
    aliases "Telegram"
    degree 1
    strength 1
    betweenness 0
    closeness 0.461264754692538
    eigenvector 0.00247843969241936
    pagerank 0.0040314861258866
    component 0
  ]
  node [
    id 45
    label "Ukraine"
    type "state"
    mentions 5
    documents 3
    aliases "Ukraina"
    degree 5
    strength 8
    betweenness 0
    closeness 0.832260312191087
    eigenvector 0.135853658403998
    pagerank 0.009810149635233
    component 0
  ]
  node [
    id 46
    label "United Nations"
    type "organization"
    mentions 6
    documents 2
    aliases "PBB; Perserikatan Bangsa-Bangsa"
    degree 8
    strength 13
    betweenness 0.000241896468311563
    closeness 0.844826064714582
    eigenvector 0.114684260116859
    pagerank 0.0168452304346338
    component 0
  ]
  node [
    id 47
    label "United Nations Security Council"
    type "organization"
    mentions 2
    documents 1
    aliases "Dewan Keamanan PBB"
    degree 5
    strength 6
    betweenness 0
    closeness 0.733718304291479
    eigenvector 0.0645419895271677
    pagerank 0.00893743923142779
    component 0
  ]
  node [
    id 48
    label "United States"
    type "state"
    mentions 10
    documents 6
    aliases "AS; Amerika Serikat"
    degree 16
    strength 32
    betweenness 0.0401548137397194
    closeness 0.945495733430626
    eigenvector 0.329297230530263
    pagerank 0.0361412559099575
    component 0
  ]
  node [
    id 49
    label "Vladimir Putin"
    type "person"
    mentions 23
    documents 6
    aliases "Putin; Vladimir Putin"
    degree 14
    strength 59
    betweenness 0.0235849056603774
    closeness 1.09050826699326
    eigenvector 0.77766666769745
    pagerank 0.0544541323266119
    component 0
  ]
  node [
    id 50
    label "Workers' Party of Korea"
    type "organization"
    mentions 1
    documents 1
    aliases "Partai Buruh Korea"
    degree 2
    strength 2
    betweenness 0
    closeness 0.53514788024999
    eigenvector 0.0200900150213617
    pagerank 0.00485378361691726
    component 0
  ]
  node [
    id 51
    label "Xi Jinping"
    type "person"
    mentions 9
    documents 5
    aliases "Xi; Xi Jinping"
    degree 10
    strength 30
    betweenness 0
    closeness 1.03122494367135
    eigenvector 0.398530657541144
    pagerank 0.0287844561153664
    component 0
  ]
  node [
    id 52
    label "Yonhap"
    type "organization"
    mentions 2
    documents 1
    aliases "Kantor berita Yonhap; Yonhap"
    degree 4
    strength 4
    betweenness 0
    closeness 0.562360047311186
    eigenvector 0.058272364398176
    pagerank 0.0061674829701201
    component 0
  ]
  node [
    id 53
    label "Yoshimasa Hayashi"
    type "person"
    mentions 1
    documents 1
    aliases "Yoshimasa Hayashi"
    degree 4
    strength 4
    betweenness 0
    closeness 0.548235178960763
    eigenvector 0.04911931152475
    pagerank 0.00652732429552869
    component 0
  ]
  edge [
    source 0
    target 5
    weight 2
    count 2
    documents 1
    evidence "Perdana Menteri Malaysia Anwar Ibrahim, yang memegang keketuaan ASEAN tahun ini, menyambut baik inisiatif Indonesia."
  ]
  edge [
    source 0
    target 15
    weight 2
    count 2
    documents 1
    evidence "Perdana Menteri Malaysia Anwar Ibrahim, yang memegang keketuaan ASEAN tahun ini, menyambut baik inisiatif Indonesia."
  ]
  edge [
    source 0
    target 24
    weight 2
    count 2
    documents 1
    evidence "Perdana Menteri Malaysia Anwar Ibrahim, yang memegang keketuaan ASEAN tahun ini, menyambut baik inisiatif Indonesia."
  ]
  edge [
    source 0
    target 26
    weight 1
    count 1
    documents 1
    evidence "Menurut Sugiono, Indonesia mendorong agar bantuan kemanusiaan ASEAN dapat menjangkau warga sipil di seluruh wilayah Myanmar tanpa hambatan."
  ]
  edge [
    source 0
    target 32
    weight 2
    count 2
    documents 1
    evidence "JAKARTA (Antara) - Presiden Prabowo Subianto membuka pertemuan khusus para pemimpin ASEAN di Jakarta, Senin (15/9/2025), dengan seruan agar Asia Tenggara tidak terseret ke dalam persaingan kekuatan besar."
  ]
  edge [
    source 0
    target 43
    weight 2
    count 2
    documents 1
    evidence "Menurut Sugiono, Indonesia mendorong agar bantuan kemanusiaan ASEAN dapat menjangkau warga sipil di seluruh wilayah Myanmar tanpa hambatan."
  ]
  edge [
    source 1
    target 10
    weight 2
    count 2
    documents 1
    evidence "Rapat tersebut dihadiri Panglima TNI Jenderal Agus Subiyanto dan Ketua KPK Setyo Budiyanto."
  ]
  edge [
    source 1
    target 17
    weight 3
    count 3
    documents 1
    evidence "Rapat tersebut dihadiri Panglima TNI Jenderal Agus Subiyanto dan Ketua KPK Setyo Budiyanto."
  ]
  edge [
    source 1
    target 36
    weight 1
    count 1
    documents 1
    evidence "Rapat tersebut dihadiri Panglima TNI Jenderal Agus Subiyanto dan Ketua KPK Setyo Budiyanto."
  ]
  edge [
    source 2
    target 15
    weight 1
    count 1
    documents 1
    evidence "Menteri Koordinator Bidang Perekonomian Airlangga Hartarto mengatakan pemerintah akan memanfaatkan perjanjian kemitraan ekonomi Indonesia-Jepang untuk membuka pasar baru."
  ]
  edge [
    source 2
    target 19
    weight 1
    count 1
    documents 1
    evidence "Menteri Koordinator Bidang Perekonomian Airlangga Hartarto mengatakan pemerintah akan memanfaatkan perjanjian kemitraan ekonomi Indonesia-Jepang untuk membuka pasar baru."
  ]
  edge [
    source 3
    target 7
    weight 1
    count 1
    documents 1
    evidence "BEIJING: Presiden Belarus Alexander Lukashenko menerima undangan untuk berkunjung ke Korea Utara setelah berbincang singkat dengan Kim Jong Un menjelang parade militer di Beijing, Rabu (3/9/2025)."
  ]
  edge [
    source 3
    target 8
    weight 1
    count 1
    documents 1
    evidence "Putin dan Lukashenko kemudian terlihat berbincang dengan Presiden Tiongkok Xi Jinping di depan Gerbang Tiananmen."
  ]
  edge [
    source 3
    target 20
    weight 2
    count 2
    documents 1
    evidence "BEIJING: Presiden Belarus Alexander Lukashenko menerima undangan untuk berkunjung ke Korea Utara setelah berbincang singkat dengan Kim Jong Un menjelang parade militer di Beijing, Rabu (3/9/2025)."
  ]
  edge [
    source 3
    target 29
    weight 1
    count 1
    documents 1
    evidence "BEIJING: Presiden Belarus Alexander Lukashenko menerima undangan untuk berkunjung ke Korea Utara setelah berbincang singkat dengan Kim Jong Un menjelang parade militer di Beijing, Rabu (3/9/2025)."
  ]
  edge [
    source 3
    target 35
    weight 1
    count 1
    documents 1
    evidence "Presiden Rusia Vladimir Putin juga sempat bercakap dengan Lukashenko dan Kim di sela acara yang sama."
  ]
  edge [
    source 3
    target 49
    weight 2
    count 2
    documents 1
    evidence "Presiden Rusia Vladimir Putin juga sempat bercakap dengan Lukashenko dan Kim di sela acara yang sama."
  ]
  edge [
    source 3
    target 51
    weight 1
    count 1
    documents 1
    evidence "Putin dan Lukashenko kemudian terlihat berbincang dengan Presiden Tiongkok Xi Jinping di depan Gerbang Tiananmen."
  ]
  edge [
    source 4
    target 29
    weight 2
    count 2
    documents 1
    evidence "NEW YORK: Sekretaris Jenderal Perserikatan Bangsa-Bangsa (PBB) Antonio Guterres menyerukan dimulainya kembali dialog dengan Korea Utara, menyusul makin eratnya kerja sama militer antara Pyongyang dan Moskow."
  ]
  edge [
    source 4
    target 42
    weight 1
    count 1
    documents 1
    evidence "Dalam keterangan yang dibacakan juru bicaranya, St&#233;phane Dujarric, Jumat (5/9/2025), Guterres mengingatkan bahwa seluruh negara anggota PBB terikat oleh resolusi Dewan Keamanan PBB yang melarang perdagangan senjata dengan Korut."
  ]
  edge [
    source 4
    target 46
    weight 2
    count 2
    documents 1
    evidence "NEW YORK: Sekretaris Jenderal Perserikatan Bangsa-Bangsa (PBB) Antonio Guterres menyerukan dimulainya kembali dialog dengan Korea Utara, menyusul makin eratnya kerja sama militer antara Pyongyang dan Moskow."
  ]
  edge [
    source 4
    target 47
    weight 1
    count 1
    documents 1
    evidence "Dalam keterangan yang dibacakan juru bicaranya, St&#233;phane Dujarric, Jumat (5/9/2025), Guterres mengingatkan bahwa seluruh negara anggota PBB terikat oleh resolusi Dewan Keamanan PBB yang melarang perdagangan senjata dengan Korut."
  ]
  edge [
    source 5
    target 13
    weight 1
    count 1
    documents 1
    evidence "Prabowo dijadwalkan melakukan pertemuan bilateral dengan Anwar dan Marcos pada Selasa pagi sebelum para tamu kembali ke negara masing-masing."
  ]
  edge [
    source 5
    target 15
    weight 1
    count 1
    documents 1
    evidence "Perdana Menteri Malaysia Anwar Ibrahim, yang memegang keketuaan ASEAN tahun ini, menyambut baik inisiatif Indonesia."
  ]
  edge [
    source 5
    target 24
    weight 2
    count 2
    documents 1
    evidence "Perdana Menteri Malaysia Anwar Ibrahim, yang memegang keketuaan ASEAN tahun ini, menyambut baik inisiatif Indonesia."
  ]
  edge [
    source 5
    target 32
    weight 1
    count 1
    documents 1
    evidence "Prabowo dijadwalkan melakukan pertemuan bilateral dengan Anwar dan Marcos pada Selasa pagi sebelum para tamu kembali ke negara masing-masing."
  ]
  edge [
    source 6
    target 15
    weight 1
    count 1
    documents 1
    evidence "Bank Indonesia (BI) memperkirakan surplus neraca perdagangan akan berlanjut hingga akhir tahun."
  ]
  edge [
    source 7
    target 20
    weight 1
    count 1
    documents 1
    evidence "BEIJING: Presiden Belarus Alexander Lukashenko menerima undangan untuk berkunjung ke Korea Utara setelah berbincang singkat dengan Kim Jong Un menjelang parade militer di Beijing, Rabu (3/9/2025)."
  ]
  edge [
    source 7
    target 29
    weight 3
    count 3
    documents 1
    evidence "BEIJING: Presiden Belarus Alexander Lukashenko menerima undangan untuk berkunjung ke Korea Utara setelah berbincang singkat dengan Kim Jong Un menjelang parade militer di Beijing, Rabu (3/9/2025)."
  ]
  edge [
    source 7
    target 35
    weight 2
    count 2
    documents 1
    evidence "Belarus dan Korea Utara sama-sama merupakan sekutu dekat Rusia."
  ]
  edge [
    source 7
    target 44
    weight 1
    count 1
    documents 1
    evidence "Menurut sebuah kanal Telegram yang dekat dengan kantor kepresidenan Belarus, percakapan itu berlangsung di ruang tunggu tamu negara sebelum para pemimpin berjalan ke panggung."
  ]
  edge [
    source 7
    target 45
    weight 1
    count 1
    documents 1
    evidence "Belarus mengizinkan wilayahnya dilalui pasukan Rusia pada awal invasi ke Ukraina tahun 2022, sedangkan Korea Utara mengirim tentara dan amunisi untuk membantu Moskow."
  ]
  edge [
    source 8
    target 11
    weight 1
    count 1
    documents 1
    evidence "Menurut sejumlah analis di Moskow, pernyataan Peskov menunjukkan Rusia berusaha menjaga pintu dialog dengan Washington tetap terbuka, meskipun hubungan Rusia dengan Tiongkok dan Korea Utara semakin erat."
  ]
  edge [
    source 8
    target 12
    weight 1
    count 1
    documents 1
    evidence "MOSKOW: Kremlin membantah tuduhan Presiden Amerika Serikat Donald Trump yang menyebut Presiden Rusia Vladimir Putin, Presiden Tiongkok Xi Jinping, dan Pemimpin Korea Utara Kim Jong Un tengah berkomplot melawan AS."
  ]
  edge [
    source 8
    target 13
    weight 1
    count 1
    documents 1
    evidence "Presiden Filipina Ferdinand Marcos Jr. menyoroti ketegangan di Laut China Selatan."
  ]
  edge [
    source 8
    target 15
    weight 4
    count 4
    documents 1
    evidence "Ekspor Indonesia Ke Jepang Dan Tiongkok Menguat Pada Juli"
  ]
  edge [
    source 8
    target 19
    weight 3
    count 3
    documents 1
    evidence "Ekspor Indonesia Ke Jepang Dan Tiongkok Menguat Pada Juli"
  ]
  edge [
    source 8
    target 20
    weight 6
    count 6
    documents 4
    evidence "KOMPAS.COM - Pemimpin Korea Utara Kim Jong Un dan Presiden Rusia Vladimir Putin menggelar pembicaraan tertutup selama lebih dari dua jam di Beijing, Rabu (3/9/2025), beberapa jam setelah keduanya menyaksikan parade militer terbesar yang pernah diadakan China."
  ]
  edge [
    source 8
    target 22
    weight 1
    count 1
    documents 1
    evidence "MOSKOW: Kremlin membantah tuduhan Presiden Amerika Serikat Donald Trump yang menyebut Presiden Rusia Vladimir Putin, Presiden Tiongkok Xi Jinping, dan Pemimpin Korea Utara Kim Jong Un tengah berkomplot melawan AS."
  ]
  edge [
    source 8
    target 29
    weight 7
    count 7
    documents 5
    evidence "KOMPAS.COM - Pemimpin Korea Utara Kim Jong Un dan Presiden Rusia Vladimir Putin menggelar pembicaraan tertutup selama lebih dari dua jam di Beijing, Rabu (3/9/2025), beberapa jam setelah keduanya menyaksikan parade militer terbesar yang pernah diadakan China."
  ]
  edge [
    source 8
    target 31
    weight 1
    count 1
    documents 1
    evidence "Presiden Filipina Ferdinand Marcos Jr. menyoroti ketegangan di Laut China Selatan."
  ]
  edge [
    source 8
    target 35
    weight 8
    count 8
    documents 6
    evidence "KOMPAS.COM - Pemimpin Korea Utara Kim Jong Un dan Presiden Rusia Vladimir Putin menggelar pembicaraan tertutup selama lebih dari dua jam di Beijing, Rabu (3/9/2025), beberapa jam setelah keduanya menyaksikan parade militer terbesar yang pernah diadakan China."
  ]
  edge [
    source 8
    target 41
    weight 2
    count 2
    documents 1
    evidence "JAKARTA, KOMPAS.com - Badan Pusat Statistik (BPS) mencatat ekspor Indonesia ke Jepang dan Tiongkok kembali menguat pada Juli 2025."
  ]
  edge [
    source 8
    target 48
    weight 3
    count 3
    documents 3
    evidence "Meski demikian, kehadiran ketiga pemimpin di satu panggung dinilai banyak pengamat sebagai pesan kepada Amerika Serikat bahwa Rusia, China, dan Korea Utara kian solid."
  ]
  edge [
    source 8
    target 49
    weight 6
    count 6
    documents 5
    evidence "KOMPAS.COM - Pemimpin Korea Utara Kim Jong Un dan Presiden Rusia Vladimir Putin menggelar pembicaraan tertutup selama lebih dari dua jam di Beijing, Rabu (3/9/2025), beberapa jam setelah keduanya menyaksikan parade militer terbesar yang pernah diadakan China."
  ]
  edge [
    source 8
    target 51
    weight 6
    count 6
    documents 5
    evidence "Presiden China Xi Jinping berdiri di tengah panggung kehormatan, dengan Putin di sebelah kanannya dan Kim di sebelah kirinya."
  ]
  edge [
    source 8
    target 52
    weight 1
    count 1
    documents 1
    evidence "Menurut Yonhap, penonjolan foto Kim dan Xi menunjukkan bahwa Pyongyang ingin menegaskan hubungannya dengan Tiongkok telah kembali hangat setelah beberapa tahun merenggang."
  ]
  edge [
    source 9
    target 20
    weight 1
    count 1
    documents 1
    evidence "Menteri Luar Negeri Korea Utara Choe Son Hui, yang ikut mendampingi Kim, mengatakan hubungan kedua negara telah melewati ujian perang dan tidak akan goyah oleh tekanan dari luar."
  ]
  edge [
    source 9
    target 29
    weight 1
    count 1
    documents 1
    evidence "Menteri Luar Negeri Korea Utara Choe Son Hui, yang ikut mendampingi Kim, mengatakan hubungan kedua negara telah melewati ujian perang dan tidak akan goyah oleh tekanan dari luar."
  ]
  edge [
    source 9
    target 35
    weight 1
    count 1
    documents 1
    evidence "Choe sebelumnya beberapa kali berkunjung ke Rusia untuk bertemu Putin dan para pejabat senior di Moskow."
  ]
  edge [
    source 9
    target 49
    weight 1
    count 1
    documents 1
    evidence "Choe sebelumnya beberapa kali berkunjung ke Rusia untuk bertemu Putin dan para pejabat senior di Moskow."
  ]
  edge [
    source 10
    target 15
    weight 2
    count 2
    documents 1
    evidence "JAKARTA: Komisi I Dewan Perwakilan Rakyat (DPR) meminta Komisi Pemberantasan Korupsi (KPK) dan Tentara Nasional Indonesia (TNI) memperkuat koordinasi dalam mengawasi pengadaan alat utama sistem persenjataan (alutsista)."
  ]
  edge [
    source 10
    target 17
    weight 5
    count 5
    documents 1
    evidence "Komisi I DPR Minta KPK Dan TNI Perkuat Pengawasan Pengadaan Alutsista"
  ]
  edge [
    source 10
    target 25
    weight 1
    count 1
    documents 1
    evidence "Dalam waktu dekat, KPK juga akan menggelar pelatihan bersama bagi pejabat pengadaan di lingkungan TNI dan Kementerian Pertahanan RI."
  ]
  edge [
    source 10
    target 30
    weight 2
    count 2
    documents 1
    evidence "Komisi I DPR Minta KPK Dan TNI Perkuat Pengawasan Pengadaan Alutsista"
  ]
  edge [
    source 10
    target 36
    weight 2
    count 2
    documents 1
    evidence "Rapat tersebut dihadiri Panglima TNI Jenderal Agus Subiyanto dan Ketua KPK Setyo Budiyanto."
  ]
  edge [
    source 11
    target 12
    weight 1
    count 1
    documents 1
    evidence "Menurut Peskov, Putin tetap terbuka untuk melanjutkan komunikasi dengan Trump."
  ]
  edge [
    source 11
    target 22
    weight 1
    count 1
    documents 1
    evidence "Juru bicara Kremlin Dmitry Peskov mengatakan kepada wartawan, Kamis (4/9/2025), bahwa tidak ada satu pun pembicaraan di Beijing yang diarahkan untuk merugikan Washington."
  ]
  edge [
    source 11
    target 29
    weight 1
    count 1
    documents 1
    evidence "Menurut sejumlah analis di Moskow, pernyataan Peskov menunjukkan Rusia berusaha menjaga pintu dialog dengan Washington tetap terbuka, meskipun hubungan Rusia dengan Tiongkok dan Korea Utara semakin erat."
  ]
  edge [
    source 11
    target 35
    weight 1
    count 1
    documents 1
    evidence "Menurut sejumlah analis di Moskow, pernyataan Peskov menunjukkan Rusia berusaha menjaga pintu dialog dengan Washington tetap terbuka, meskipun hubungan Rusia dengan Tiongkok dan Korea Utara semakin erat."
  ]
  edge [
    source 11
    target 49
    weight 1
    count 1
    documents 1
    evidence "Menurut Peskov, Putin tetap terbuka untuk melanjutkan komunikasi dengan Trump."
  ]
  edge [
    source 12
    target 20
    weight 4
    count 4
    documents 1
    evidence "MOSKOW: Kremlin membantah tuduhan Presiden Amerika Serikat Donald Trump yang menyebut Presiden Rusia Vladimir Putin, Presiden Tiongkok Xi Jinping, dan Pemimpin Korea Utara Kim Jong Un tengah berkomplot melawan AS."
  ]
  edge [
    source 12
    target 22
    weight 1
    count 1
    documents 1
    evidence "MOSKOW: Kremlin membantah tuduhan Presiden Amerika Serikat Donald Trump yang menyebut Presiden Rusia Vladimir Putin, Presiden Tiongkok Xi Jinping, dan Pemimpin Korea Utara Kim Jong Un tengah berkomplot melawan AS."
  ]
  edge [
    source 12
    target 29
    weight 2
    count 2
    documents 1
    evidence "MOSKOW: Kremlin membantah tuduhan Presiden Amerika Serikat Donald Trump yang menyebut Presiden Rusia Vladimir Putin, Presiden Tiongkok Xi Jinping, dan Pemimpin Korea Utara Kim Jong Un tengah berkomplot melawan AS."
  ]
  edge [
    source 12
    target 35
    weight 1
    count 1
    documents 1
    evidence "MOSKOW: Kremlin membantah tuduhan Presiden Amerika Serikat Donald Trump yang menyebut Presiden Rusia Vladimir Putin, Presiden Tiongkok Xi Jinping, dan Pemimpin Korea Utara Kim Jong Un tengah berkomplot melawan AS."
  ]
  edge [
    source 12
    target 48
    weight 3
    count 3
    documents 1
    evidence "MOSKOW: Kremlin membantah tuduhan Presiden Amerika Serikat Donald Trump yang menyebut Presiden Rusia Vladimir Putin, Presiden Tiongkok Xi Jinping, dan Pemimpin Korea Utara Kim Jong Un tengah berkomplot melawan AS."
  ]
  edge [
    source 12
    target 49
    weight 4
    count 4
    documents 1
    evidence "MOSKOW: Kremlin membantah tuduhan Presiden Amerika Serikat Donald Trump yang menyebut Presiden Rusia Vladimir Putin, Presiden Tiongkok Xi Jinping, dan Pemimpin Korea Utara Kim Jong Un tengah berkomplot melawan AS."
  ]
  edge [
    source 12
    target 51
    weight 2
    count 2
    documents 1
    evidence "MOSKOW: Kremlin membantah tuduhan Presiden Amerika Serikat Donald Trump yang menyebut Presiden Rusia Vladimir Putin, Presiden Tiongkok Xi Jinping, dan Pemimpin Korea Utara Kim Jong Un tengah berkomplot melawan AS."
  ]
  edge [
    source 13
    target 31
    weight 1
    count 1
    documents 1
    evidence "Presiden Filipina Ferdinand Marcos Jr. menyoroti ketegangan di Laut China Selatan."
  ]
  edge [
    source 13
    target 32
    weight 1
    count 1
    documents 1
    evidence "Prabowo dijadwalkan melakukan pertemuan bilateral dengan Anwar dan Marcos pada Selasa pagi sebelum para tamu kembali ke negara masing-masing."
  ]
  edge [
    source 14
    target 17
    weight 1
    count 1
    documents 1
    evidence "Anggota Komisi I dari Fraksi Gerindra menyatakan dukungan terhadap modernisasi TNI, tetapi meminta setiap kontrak besar dapat diaudit sejak tahap perencanaan."
  ]
  edge [
    source 15
    target 17
    weight 2
    count 2
    documents 1
    evidence "JAKARTA: Komisi I Dewan Perwakilan Rakyat (DPR) meminta Komisi Pemberantasan Korupsi (KPK) dan Tentara Nasional Indonesia (TNI) memperkuat koordinasi dalam mengawasi pengadaan alat utama sistem persenjataan (alutsista)."
  ]
  edge [
    source 15
    target 19
    weight 4
    count 4
    documents 1
    evidence "Ekspor Indonesia Ke Jepang Dan Tiongkok Menguat Pada Juli"
  ]
  edge [
    source 15
    target 24
    weight 1
    count 1
    documents 1
    evidence "Perdana Menteri Malaysia Anwar Ibrahim, yang memegang keketuaan ASEAN tahun ini, menyambut baik inisiatif Indonesia."
  ]
  edge [
    source 15
    target 25
    weight 1
    count 1
    documents 1
    evidence "Dalam waktu dekat, KPK juga akan menggelar pelatihan bersama bagi pejabat pengadaan di lingkungan TNI dan Kementerian Pertahanan RI."
  ]
  edge [
    source 15
    target 26
    weight 1
    count 1
    documents 1
    evidence "Menurut Sugiono, Indonesia mendorong agar bantuan kemanusiaan ASEAN dapat menjangkau warga sipil di seluruh wilayah Myanmar tanpa hambatan."
  ]
  edge [
    source 15
    target 30
    weight 1
    count 1
    documents 1
    evidence "JAKARTA: Komisi I Dewan Perwakilan Rakyat (DPR) meminta Komisi Pemberantasan Korupsi (KPK) dan Tentara Nasional Indonesia (TNI) memperkuat koordinasi dalam mengawasi pengadaan alat utama sistem persenjataan (alutsista)."
  ]
  edge [
    source 15
    target 41
    weight 2
    count 2
    documents 1
    evidence "JAKARTA, KOMPAS.com - Badan Pusat Statistik (BPS) mencatat ekspor Indonesia ke Jepang dan Tiongkok kembali menguat pada Juli 2025."
  ]
  edge [
    source 15
    target 43
    weight 1
    count 1
    documents 1
    evidence "Menurut Sugiono, Indonesia mendorong agar bantuan kemanusiaan ASEAN dapat menjangkau warga sipil di seluruh wilayah Myanmar tanpa hambatan."
  ]
  edge [
    source 15
    target 48
    weight 1
    count 1
    documents 1
    evidence "Menurut BPS, Tiongkok tetap menjadi tujuan ekspor terbesar Indonesia, disusul Amerika Serikat dan Jepang."
  ]
  edge [
    source 16
    target 30
    weight 1
    count 1
    documents 1
    evidence "Pandangan serupa disampaikan Fraksi PDI-P, yang mengusulkan agar laporan pengadaan disampaikan kepada DPR setiap enam bulan."
  ]
  edge [
    source 17
    target 25
    weight 1
    count 1
    documents 1
    evidence "Dalam waktu dekat, KPK juga akan menggelar pelatihan bersama bagi pejabat pengadaan di lingkungan TNI dan Kementerian Pertahanan RI."
  ]
  edge [
    source 17
    target 30
    weight 2
    count 2
    documents 1
    evidence "Komisi I DPR Minta KPK Dan TNI Perkuat Pengawasan Pengadaan Alutsista"
  ]
  edge [
    source 17
    target 36
    weight 1
    count 1
    documents 1
    evidence "Rapat tersebut dihadiri Panglima TNI Jenderal Agus Subiyanto dan Ketua KPK Setyo Budiyanto."
  ]
  edge [
    source 18
    target 29
    weight 3
    count 3
    documents 1
    evidence "WINA: Direktur Jenderal Badan Tenaga Atom Internasional (IAEA) Rafael Grossi mengatakan aktivitas nuklir Korea Utara terus meningkat, termasuk pembangunan gedung baru di kompleks Yongbyon yang diduga akan dipakai untuk pengayaan uranium."
  ]
  edge [
    source 18
    target 33
    weight 2
    count 2
    documents 1
    evidence "WINA: Direktur Jenderal Badan Tenaga Atom Internasional (IAEA) Rafael Grossi mengatakan aktivitas nuklir Korea Utara terus meningkat, termasuk pembangunan gedung baru di kompleks Yongbyon yang diduga akan dipakai untuk pengayaan uranium."
  ]
  edge [
    source 18
    target 38
    weight 1
    count 1
    documents 1
    evidence "Pemerintah Korea Selatan menyatakan akan terus bekerja sama dengan IAEA dan negara-negara mitra untuk mendorong denuklirisasi Semenanjung Korea."
  ]
  edge [
    source 19
    target 33
    weight 1
    count 1
    documents 1
    evidence "Sementara itu, Jepang dan AS menilai laporan Grossi memperkuat kekhawatiran bahwa Pyongyang terus menambah persediaan bahan fisil."
  ]
  edge [
    source 19
    target 35
    weight 1
    count 1
    documents 1
    evidence "Jepang dan Amerika Serikat mendesak PBB memperkuat pemantauan terhadap pelanggaran sanksi, setelah panel ahli yang selama ini mengawasi pelaksanaannya berhenti bekerja pada 2024 akibat veto Rusia."
  ]
  edge [
    source 19
    target 41
    weight 2
    count 2
    documents 1
    evidence "JAKARTA, KOMPAS.com - Badan Pusat Statistik (BPS) mencatat ekspor Indonesia ke Jepang dan Tiongkok kembali menguat pada Juli 2025."
  ]
  edge [
    source 19
    target 46
    weight 1
    count 1
    documents 1
    evidence "Jepang dan Amerika Serikat mendesak PBB memperkuat pemantauan terhadap pelanggaran sanksi, setelah panel ahli yang selama ini mengawasi pelaksanaannya berhenti bekerja pada 2024 akibat veto Rusia."
  ]
  edge [
    source 19
    target 48
    weight 3
    count 3
    documents 3
    evidence "Menurut BPS, Tiongkok tetap menjadi tujuan ekspor terbesar Indonesia, disusul Amerika Serikat dan Jepang."
  ]
  edge [
    source 20
    target 21
    weight 2
    count 2
    documents 2
    evidence "Menurut Kantor Berita Pusat Korea (KCNA), Kim Jong-un menyampaikan kepada Putin bahwa Korea Utara siap terus membantu Rusia, yang ia sebut sebagai sahabat paling dekat negaranya."
  ]
  edge [
    source 20
    target 22
    weight 2
    count 2
    documents 2
    evidence "Dalam keterangan yang dirilis Kremlin, Putin berterima kasih atas keterlibatan tentara Korea Utara di wilayah Kursk dan kembali mengundang Kim untuk datang ke Moskow."
  ]
  edge [
    source 20
    target 27
    weight 2
    count 2
    documents 1
    evidence "Badan intelijen Korea Selatan itu juga menilai perjalanan Kim Jong Un ke Beijing memperkuat posisi tawar Kim, baik terhadap Moskow maupun Beijing."
  ]
  edge [
    source 20
    target 28
    weight 1
    count 1
    documents 1
    evidence "SEOUL (Antara) - Pemimpin Korea Utara Kim Jong-Un mendatangi Kedutaan Besar Rusia di Pyongyang pada Jumat malam, 9 Mei 2025, untuk ikut memperingati 80 tahun kemenangan Uni Soviet atas Jerman Nazi."
  ]
  edge [
    source 20
    target 29
    weight 13
    count 13
    documents 5
    evidence "KOMPAS.COM - Pemimpin Korea Utara Kim Jong Un dan Presiden Rusia Vladimir Putin menggelar pembicaraan tertutup selama lebih dari dua jam di Beijing, Rabu (3/9/2025), beberapa jam setelah keduanya menyaksikan parade militer terbesar yang pernah diadakan China."
  ]
  edge [
    source 20
    target 34
    weight 2
    count 2
    documents 1
    evidence "Rodong Sinmun Pajang Foto Kim Jong-un Bersama Xi Dan Putin"
  ]
  edge [
    source 20
    target 35
    weight 11
    count 11
    documents 6
    evidence "KOMPAS.COM - Pemimpin Korea Utara Kim Jong Un dan Presiden Rusia Vladimir Putin menggelar pembicaraan tertutup selama lebih dari dua jam di Beijing, Rabu (3/9/2025), beberapa jam setelah keduanya menyaksikan parade militer terbesar yang pernah diadakan China."
  ]
  edge [
    source 20
    target 38
    weight 1
    count 1
    documents 1
    evidence "Badan intelijen Korea Selatan itu juga menilai perjalanan Kim Jong Un ke Beijing memperkuat posisi tawar Kim, baik terhadap Moskow maupun Beijing."
  ]
  edge [
    source 20
    target 39
    weight 2
    count 2
    documents 1
    evidence "SEOUL (Antara) - Pemimpin Korea Utara Kim Jong-Un mendatangi Kedutaan Besar Rusia di Pyongyang pada Jumat malam, 9 Mei 2025, untuk ikut memperingati 80 tahun kemenangan Uni Soviet atas Jerman Nazi."
  ]
  edge [
    source 20
    target 45
    weight 1
    count 1
    documents 1
    evidence "Putin disebut memaparkan perkembangan di medan tempur, sementara Kim menegaskan dukungan Korea Utara terhadap sikap Rusia dalam konflik dengan Ukraina."
  ]
  edge [
    source 20
    target 48
    weight 3
    count 3
    documents 1
    evidence "MOSKOW: Kremlin membantah tuduhan Presiden Amerika Serikat Donald Trump yang menyebut Presiden Rusia Vladimir Putin, Presiden Tiongkok Xi Jinping, dan Pemimpin Korea Utara Kim Jong Un tengah berkomplot melawan AS."
  ]
  edge [
    source 20
    target 49
    weight 14
    count 14
    documents 5
    evidence "KOMPAS.COM - Pemimpin Korea Utara Kim Jong Un dan Presiden Rusia Vladimir Putin menggelar pembicaraan tertutup selama lebih dari dua jam di Beijing, Rabu (3/9/2025), beberapa jam setelah keduanya menyaksikan parade militer terbesar yang pernah diadakan China."
  ]
  edge [
    source 20
    target 50
    weight 1
    count 1
    documents 1
    evidence "SEOUL: Harian Rodong Sinmun, corong resmi Partai Buruh Korea, menerbitkan edisi Kamis (4/9/2025) yang hampir seluruh halamannya membahas lawatan Kim Jong-un ke Beijing."
  ]
  edge [
    source 20
    target 51
    weight 7
    count 7
    documents 3
    evidence "Presiden China Xi Jinping berdiri di tengah panggung kehormatan, dengan Putin di sebelah kanannya dan Kim di sebelah kirinya."
  ]
  edge [
    source 20
    target 52
    weight 1
    count 1
    documents 1
    evidence "Menurut Yonhap, penonjolan foto Kim dan Xi menunjukkan bahwa Pyongyang ingin menegaskan hubungannya dengan Tiongkok telah kembali hangat setelah beberapa tahun merenggang."
  ]
  edge [
    source 21
    target 29
    weight 3
    count 3
    documents 3
    evidence "Menurut Kantor Berita Pusat Korea (KCNA), Kim Jong-un menyampaikan kepada Putin bahwa Korea Utara siap terus membantu Rusia, yang ia sebut sebagai sahabat paling dekat negaranya."
  ]
  edge [
    source 21
    target 35
    weight 3
    count 3
    documents 3
    evidence "Menurut Kantor Berita Pusat Korea (KCNA), Kim Jong-un menyampaikan kepada Putin bahwa Korea Utara siap terus membantu Rusia, yang ia sebut sebagai sahabat paling dekat negaranya."
  ]
  edge [
    source 21
    target 39
    weight 1
    count 1
    documents 1
    evidence "Dalam sambutannya, Kim memuji pengorbanan rakyat Soviet dalam Perang Dunia II dan menyebut persahabatan DPRK dan Rusia sebagai warisan yang wajib dijaga generasi mendatang, demikian dilaporkan KCNA keesokan harinya."
  ]
  edge [
    source 21
    target 49
    weight 1
    count 1
    documents 1
    evidence "Menurut Kantor Berita Pusat Korea (KCNA), Kim Jong-un menyampaikan kepada Putin bahwa Korea Utara siap terus membantu Rusia, yang ia sebut sebagai sahabat paling dekat negaranya."
  ]
  edge [
    source 22
    target 29
    weight 2
    count 2
    documents 2
    evidence "Dalam keterangan yang dirilis Kremlin, Putin berterima kasih atas keterlibatan tentara Korea Utara di wilayah Kursk dan kembali mengundang Kim untuk datang ke Moskow."
  ]
  edge [
    source 22
    target 35
    weight 1
    count 1
    documents 1
    evidence "MOSKOW: Kremlin membantah tuduhan Presiden Amerika Serikat Donald Trump yang menyebut Presiden Rusia Vladimir Putin, Presiden Tiongkok Xi Jinping, dan Pemimpin Korea Utara Kim Jong Un tengah berkomplot melawan AS."
  ]
  edge [
    source 22
    target 48
    weight 1
    count 1
    documents 1
    evidence "MOSKOW: Kremlin membantah tuduhan Presiden Amerika Serikat Donald Trump yang menyebut Presiden Rusia Vladimir Putin, Presiden Tiongkok Xi Jinping, dan Pemimpin Korea Utara Kim Jong Un tengah berkomplot melawan AS."
  ]
  edge [
    source 22
    target 49
    weight 2
    count 2
    documents 2
    evidence "Dalam keterangan yang dirilis Kremlin, Putin berterima kasih atas keterlibatan tentara Korea Utara di wilayah Kursk dan kembali mengundang Kim untuk datang ke Moskow."
  ]
  edge [
    source 22
    target 51
    weight 1
    count 1
    documents 1
    evidence "MOSKOW: Kremlin membantah tuduhan Presiden Amerika Serikat Donald Trump yang menyebut Presiden Rusia Vladimir Putin, Presiden Tiongkok Xi Jinping, dan Pemimpin Korea Utara Kim Jong Un tengah berkomplot melawan AS."
  ]
  edge [
    source 23
    target 29
    weight 1
    count 1
    documents 1
    evidence "Lee, yang sejak awal masa jabatannya mendorong pendekatan yang lebih lunak terhadap Pyongyang, mengatakan Seoul siap berbicara dengan Korut kapan pun tanpa prasyarat."
  ]
  edge [
    source 23
    target 38
    weight 1
    count 1
    documents 1
    evidence "Sementara itu, Presiden Korea Selatan Lee Jae-myung menyambut baik seruan tersebut."
  ]
  edge [
    source 26
    target 43
    weight 2
    count 2
    documents 1
    evidence "Sementara itu, Menteri Luar Negeri Sugiono mengatakan para pemimpin juga membahas krisis kemanusiaan di Myanmar."
  ]
  edge [
    source 27
    target 29
    weight 1
    count 1
    documents 1
    evidence "SEOUL: Badan Intelijen Nasional Korea Selatan (NIS) memperkirakan Korea Utara sedang menyiapkan gelombang baru pengiriman tentara ke Rusia."
  ]
  edge [
    source 27
    target 35
    weight 2
    count 2
    documents 1
    evidence "SEOUL: Badan Intelijen Nasional Korea Selatan (NIS) memperkirakan Korea Utara sedang menyiapkan gelombang baru pengiriman tentara ke Rusia."
  ]
  edge [
    source 27
    target 38
    weight 2
    count 2
    documents 1
    evidence "SEOUL: Badan Intelijen Nasional Korea Selatan (NIS) memperkirakan Korea Utara sedang menyiapkan gelombang baru pengiriman tentara ke Rusia."
  ]
  edge [
    source 28
    target 29
    weight 1
    count 1
    documents 1
    evidence "SEOUL (Antara) - Pemimpin Korea Utara Kim Jong-Un mendatangi Kedutaan Besar Rusia di Pyongyang pada Jumat malam, 9 Mei 2025, untuk ikut memperingati 80 tahun kemenangan Uni Soviet atas Jerman Nazi."
  ]
  edge [
    source 28
    target 35
    weight 1
    count 1
    documents 1
    evidence "SEOUL (Antara) - Pemimpin Korea Utara Kim Jong-Un mendatangi Kedutaan Besar Rusia di Pyongyang pada Jumat malam, 9 Mei 2025, untuk ikut memperingati 80 tahun kemenangan Uni Soviet atas Jerman Nazi."
  ]
  edge [
    source 28
    target 39
    weight 1
    count 1
    documents 1
    evidence "SEOUL (Antara) - Pemimpin Korea Utara Kim Jong-Un mendatangi Kedutaan Besar Rusia di Pyongyang pada Jumat malam, 9 Mei 2025, untuk ikut memperingati 80 tahun kemenangan Uni Soviet atas Jerman Nazi."
  ]
  edge [
    source 29
    target 33
    weight 1
    count 1
    documents 1
    evidence "WINA: Direktur Jenderal Badan Tenaga Atom Internasional (IAEA) Rafael Grossi mengatakan aktivitas nuklir Korea Utara terus meningkat, termasuk pembangunan gedung baru di kompleks Yongbyon yang diduga akan dipakai untuk pengayaan uranium."
  ]
  edge [
    source 29
    target 34
    weight 1
    count 1
    documents 1
    evidence "Rodong Sinmun juga memuat tajuk yang memuji kerja sama Korea Utara dan Rusia sebagai &quot;persahabatan yang ditempa dalam pertempuran&quot;."
  ]
  edge [
    source 29
    target 35
    weight 22
    count 22
    documents 8
    evidence "KOMPAS.COM - Pemimpin Korea Utara Kim Jong Un dan Presiden Rusia Vladimir Putin menggelar pembicaraan tertutup selama lebih dari dua jam di Beijing, Rabu (3/9/2025), beberapa jam setelah keduanya menyaksikan parade militer terbesar yang pernah diadakan China."
  ]
  edge [
    source 29
    target 38
    weight 3
    count 3
    documents 2
    evidence "SEOUL: Badan Intelijen Nasional Korea Selatan (NIS) memperkirakan Korea Utara sedang menyiapkan gelombang baru pengiriman tentara ke Rusia."
  ]
  edge [
    source 29
    target 39
    weight 2
    count 2
    documents 1
    evidence "SEOUL (Antara) - Pemimpin Korea Utara Kim Jong-Un mendatangi Kedutaan Besar Rusia di Pyongyang pada Jumat malam, 9 Mei 2025, untuk ikut memperingati 80 tahun kemenangan Uni Soviet atas Jerman Nazi."
  ]
  edge [
    source 29
    target 42
    weight 2
    count 2
    documents 1
    evidence "Dalam keterangan yang dibacakan juru bicaranya, St&#233;phane Dujarric, Jumat (5/9/2025), Guterres mengingatkan bahwa seluruh negara anggota PBB terikat oleh resolusi Dewan Keamanan PBB yang melarang perdagangan senjata dengan Korut."
  ]
  edge [
    source 29
    target 45
    weight 2
    count 2
    documents 2
    evidence "Putin disebut memaparkan perkembangan di medan tempur, sementara Kim menegaskan dukungan Korea Utara terhadap sikap Rusia dalam konflik dengan Ukraina."
  ]
  edge [
    source 29
    target 46
    weight 3
    count 3
    documents 1
    evidence "NEW YORK: Sekretaris Jenderal Perserikatan Bangsa-Bangsa (PBB) Antonio Guterres menyerukan dimulainya kembali dialog dengan Korea Utara, menyusul makin eratnya kerja sama militer antara Pyongyang dan Moskow."
  ]
  edge [
    source 29
    target 47
    weight 2
    count 2
    documents 1
    evidence "Dalam keterangan yang dibacakan juru bicaranya, St&#233;phane Dujarric, Jumat (5/9/2025), Guterres mengingatkan bahwa seluruh negara anggota PBB terikat oleh resolusi Dewan Keamanan PBB yang melarang perdagangan senjata dengan Korut."
  ]
  edge [
    source 29
    target 48
    weight 4
    count 4
    documents 3
    evidence "Meski demikian, kehadiran ketiga pemimpin di satu panggung dinilai banyak pengamat sebagai pesan kepada Amerika Serikat bahwa Rusia, China, dan Korea Utara kian solid."
  ]
  edge [
    source 29
    target 49
    weight 8
    count 8
    documents 4
    evidence "KOMPAS.COM - Pemimpin Korea Utara Kim Jong Un dan Presiden Rusia Vladimir Putin menggelar pembicaraan tertutup selama lebih dari dua jam di Beijing, Rabu (3/9/2025), beberapa jam setelah keduanya menyaksikan parade militer terbesar yang pernah diadakan China."
  ]
  edge [
    source 29
    target 51
    weight 1
    count 1
    documents 1
    evidence "MOSKOW: Kremlin membantah tuduhan Presiden Amerika Serikat Donald Trump yang menyebut Presiden Rusia Vladimir Putin, Presiden Tiongkok Xi Jinping, dan Pemimpin Korea Utara Kim Jong Un tengah berkomplot melawan AS."
  ]
  edge [
    source 29
    target 52
    weight 1
    count 1
    documents 1
    evidence "Kantor berita Yonhap mencatat media Korea Utara jarang memberi porsi sebesar itu untuk kegiatan diplomatik pemimpinnya di luar negeri."
  ]
  edge [
    source 29
    target 53
    weight 1
    count 1
    documents 1
    evidence "Kepala Sekretaris Kabinet Yoshimasa Hayashi mengatakan Tokyo memantau erat kerja sama militer Korea Utara dan Rusia bersama Korea Selatan dan Amerika Serikat."
  ]
  edge [
    source 30
    target 37
    weight 1
    count 1
    documents 1
    evidence "Menteri Pertahanan Sjafrie Sjamsoeddin, yang tidak hadir dalam rapat tersebut, dijadwalkan memberikan penjelasan kepada DPR pada pekan berikutnya."
  ]
  edge [
    source 33
    target 46
    weight 1
    count 1
    documents 1
    evidence "Menurut Grossi, perkembangan tersebut sangat mengkhawatirkan dan jelas bertentangan dengan resolusi PBB."
  ]
  edge [
    source 33
    target 48
    weight 1
    count 1
    documents 1
    evidence "Sementara itu, Jepang dan AS menilai laporan Grossi memperkuat kekhawatiran bahwa Pyongyang terus menambah persediaan bahan fisil."
  ]
  edge [
    source 34
    target 35
    weight 1
    count 1
    documents 1
    evidence "Rodong Sinmun juga memuat tajuk yang memuji kerja sama Korea Utara dan Rusia sebagai &quot;persahabatan yang ditempa dalam pertempuran&quot;."
  ]
  edge [
    source 34
    target 49
    weight 1
    count 1
    documents 1
    evidence "Rodong Sinmun Pajang Foto Kim Jong-un Bersama Xi Dan Putin"
  ]
  edge [
    source 34
    target 50
    weight 1
    count 1
    documents 1
    evidence "SEOUL: Harian Rodong Sinmun, corong resmi Partai Buruh Korea, menerbitkan edisi Kamis (4/9/2025) yang hampir seluruh halamannya membahas lawatan Kim Jong-un ke Beijing."
  ]
  edge [
    source 35
    target 38
    weight 2
    count 2
    documents 1
    evidence "SEOUL: Badan Intelijen Nasional Korea Selatan (NIS) memperkirakan Korea Utara sedang menyiapkan gelombang baru pengiriman tentara ke Rusia."
  ]
  edge [
    source 35
    target 39
    weight 2
    count 2
    documents 1
    evidence "SEOUL (Antara) - Pemimpin Korea Utara Kim Jong-Un mendatangi Kedutaan Besar Rusia di Pyongyang pada Jumat malam, 9 Mei 2025, untuk ikut memperingati 80 tahun kemenangan Uni Soviet atas Jerman Nazi."
  ]
  edge [
    source 35
    target 42
    weight 1
    count 1
    documents 1
    evidence "Dujarric menambahkan, Sekjen PBB prihatin terhadap laporan pengiriman tentara dan amunisi Korea Utara ke Rusia."
  ]
  edge [
    source 35
    target 45
    weight 3
    count 3
    documents 3
    evidence "Putin disebut memaparkan perkembangan di medan tempur, sementara Kim menegaskan dukungan Korea Utara terhadap sikap Rusia dalam konflik dengan Ukraina."
  ]
  edge [
    source 35
    target 46
    weight 2
    count 2
    documents 1
    evidence "Dujarric menambahkan, Sekjen PBB prihatin terhadap laporan pengiriman tentara dan amunisi Korea Utara ke Rusia."
  ]
  edge [
    source 35
    target 47
    weight 1
    count 1
    documents 1
    evidence "Rusia, yang memegang hak veto di Dewan Keamanan PBB, sebelumnya menolak usulan sanksi tambahan terhadap Korea Utara."
  ]
  edge [
    source 35
    target 48
    weight 4
    count 4
    documents 4
    evidence "Meski demikian, kehadiran ketiga pemimpin di satu panggung dinilai banyak pengamat sebagai pesan kepada Amerika Serikat bahwa Rusia, China, dan Korea Utara kian solid."
  ]
  edge [
    source 35
    target 49
    weight 9
    count 9
    documents 6
    evidence "KOMPAS.COM - Pemimpin Korea Utara Kim Jong Un dan Presiden Rusia Vladimir Putin menggelar pembicaraan tertutup selama lebih dari dua jam di Beijing, Rabu (3/9/2025), beberapa jam setelah keduanya menyaksikan parade militer terbesar yang pernah diadakan China."
  ]
  edge [
    source 35
    target 51
    weight 2
    count 2
    documents 2
    evidence "Harian tersebut memasang potret besar Kim di halaman pertama, saat ia melangkah menuju panggung kehormatan bersama Presiden Tiongkok Xi Jinping dan Presiden Rusia Vladimir Putin."
  ]
  edge [
    source 35
    target 53
    weight 1
    count 1
    documents 1
    evidence "Kepala Sekretaris Kabinet Yoshimasa Hayashi mengatakan Tokyo memantau erat kerja sama militer Korea Utara dan Rusia bersama Korea Selatan dan Amerika Serikat."
  ]
  edge [
    source 38
    target 48
    weight 1
    count 1
    documents 1
    evidence "Kepala Sekretaris Kabinet Yoshimasa Hayashi mengatakan Tokyo memantau erat kerja sama militer Korea Utara dan Rusia bersama Korea Selatan dan Amerika Serikat."
  ]
  edge [
    source 38
    target 53
    weight 1
    count 1
    documents 1
    evidence "Kepala Sekretaris Kabinet Yoshimasa Hayashi mengatakan Tokyo memantau erat kerja sama militer Korea Utara dan Rusia bersama Korea Selatan dan Amerika Serikat."
  ]
  edge [
    source 40
    target 48
    weight 1
    count 1
    documents 1
    evidence "Sri Mulyani juga menyebut tarif impor AS masih menjadi risiko bagi sejumlah komoditas unggulan."
  ]
  edge [
    source 41
    target 48
    weight 1
    count 1
    documents 1
    evidence "Menurut BPS, Tiongkok tetap menjadi tujuan ekspor terbesar Indonesia, disusul Amerika Serikat dan Jepang."
  ]
  edge [
    source 42
    target 46
    weight 2
    count 2
    documents 1
    evidence "Dalam keterangan yang dibacakan juru bicaranya, St&#233;phane Dujarric, Jumat (5/9/2025), Guterres mengingatkan bahwa seluruh negara anggota PBB terikat oleh resolusi Dewan Keamanan PBB yang melarang perdagangan senjata dengan Korut."
  ]
  edge [
    source 42
    target 47
    weight 1
    count 1
    documents 1
    evidence "Dalam keterangan yang dibacakan juru bicaranya, St&#233;phane Dujarric, Jumat (5/9/2025), Guterres mengingatkan bahwa seluruh negara anggota PBB terikat oleh resolusi Dewan Keamanan PBB yang melarang perdagangan senjata dengan Korut."
  ]
  edge [
    source 45
    target 49
    weight 1
    count 1
    documents 1
    evidence "Putin disebut memaparkan perkembangan di medan tempur, sementara Kim menegaskan dukungan Korea Utara terhadap sikap Rusia dalam konflik dengan Ukraina."
  ]
  edge [
    source 46
    target 47
    weight 1
    count 1
    documents 1
    evidence "Dalam keterangan yang dibacakan juru bicaranya, St&#233;phane Dujarric, Jumat (5/9/2025), Guterres mengingatkan bahwa seluruh negara anggota PBB terikat oleh resolusi Dewan Keamanan PBB yang melarang perdagangan senjata dengan Korut."
  ]
  edge [
    source 46
    target 48
    weight 1
    count 1
    documents 1
    evidence "Jepang dan Amerika Serikat mendesak PBB memperkuat pemantauan terhadap pelanggaran sanksi, setelah panel ahli yang selama ini mengawasi pelaksanaannya berhenti bekerja pada 2024 akibat veto Rusia."
  ]
  edge [
    source 48
    target 49
    weight 2
    count 2
    documents 1
    evidence "MOSKOW: Kremlin membantah tuduhan Presiden Amerika Serikat Donald Trump yang menyebut Presiden Rusia Vladimir Putin, Presiden Tiongkok Xi Jinping, dan Pemimpin Korea Utara Kim Jong Un tengah berkomplot melawan AS."
  ]
  edge [
    source 48
    target 51
    weight 2
    count 2
    documents 1
    evidence "MOSKOW: Kremlin membantah tuduhan Presiden Amerika Serikat Donald Trump yang menyebut Presiden Rusia Vladimir Putin, Presiden Tiongkok Xi Jinping, dan Pemimpin Korea Utara Kim Jong Un tengah berkomplot melawan AS."
  ]
  edge [
    source 48
    target 53
    weight 1
    count 1
    documents 1
    evidence "Kepala Sekretaris Kabinet Yoshimasa Hayashi mengatakan Tokyo memantau erat kerja sama militer Korea Utara dan Rusia bersama Korea Selatan dan Amerika Serikat."
  ]
  edge [
    source 49
    target 51
    weight 7
    count 7
    documents 5
    evidence "Presiden China Xi Jinping berdiri di tengah panggung kehormatan, dengan Putin di sebelah kanannya dan Kim di sebelah kirinya."
  ]
  edge [
    source 51
    target 52
    weight 1
    count 1
    documents 1
    evidence "Menurut Yonhap, penonjolan foto Kim dan Xi menunjukkan bahwa Pyongyang ingin menegaskan hubungannya dengan Tiongkok telah kembali hangat setelah beberapa tahun merenggang."
  ]
]
