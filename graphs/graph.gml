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
    strength 12
    betweenness 0.126269956458636
    betweennessunweighted 0.018263183357523
    closeness 0.631707386513847
    closenessunweighted 0.272553066037736
    harmonic 40.8238924154772
    harmonicunweighted 17.95
    eigenvector 0.00137858938861919
    pagerank 0.0289785315747606
    coreness 3
    clustering 0.466666666666667
    community 2
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
    betweennessunweighted 0
    closeness 0.134171907756813
    closenessunweighted 0.080503144654088
    harmonic 9.79090909090909
    harmonicunweighted 5.16666666666667
    eigenvector 3.46944695195361e-18
    pagerank 0.0200180874883466
    coreness 3
    clustering 1
    community 3
    component 1
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
    betweennessunweighted 0
    closeness 0.426967373211588
    closenessunweighted 0.290723270440252
    harmonic 24.2194513495696
    harmonicunweighted 17
    eigenvector 0.0014802485871138
    pagerank 0.00538942803692834
    coreness 2
    clustering 1
    community 2
    component 0
  ]
  node [
    id 3
    label "Alexander Lukashenko"
    type "person"
    mentions 6
    documents 1
    aliases "Alexander Lukashenko; Lukashenko"
    degree 7
    strength 10
    betweenness 0
    betweennessunweighted 0.00283018867924528
    closeness 0.710924408271591
    closenessunweighted 0.375126800568067
    harmonic 49.1030219627992
    harmonicunweighted 23.0333333333333
    eigenvector 0.0732361031530894
    pagerank 0.0113287111643849
    coreness 6
    clustering 0.857142857142857
    community 1
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
    betweennessunweighted 0
    closeness 0.640576697580215
    closenessunweighted 0.323025856044724
    harmonic 41.6740733197999
    harmonicunweighted 20.3166666666667
    eigenvector 0.0227450119696434
    pagerank 0.00931984543402279
    coreness 4
    clustering 1
    community 0
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
    betweennessunweighted 0.0697871311078858
    closeness 0.47106422858668
    closenessunweighted 0.272553066037736
    harmonic 28.8419694193877
    harmonicunweighted 17.6166666666667
    eigenvector 0.000722995334213945
    pagerank 0.0190650596860457
    coreness 3
    clustering 0.5
    community 2
    component 0
  ]
  node [
    id 6
    label "Bank Indonesia"
    type "organization"
    mentions 3
    documents 1
    aliases "BI; Bank Indonesia"
    degree 0
    strength 0
    betweenness 0
    betweennessunweighted 0
    closeness 0
    closenessunweighted 0
    harmonic 0
    harmonicunweighted 0
    eigenvector -0
    pagerank 0.00282220131702728
    coreness 0
    clustering 0
    community 4
    component 2
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
    betweenness 0.0304789550072569
    betweennessunweighted 0.0306240928882438
    closeness 0.740252941055701
    closenessunweighted 0.33544992743106
    harmonic 50.7443370749705
    harmonicunweighted 21.65
    eigenvector 0.0591438197823276
    pagerank 0.0133729101036504
    coreness 5
    clustering 0.6
    community 0
    component 0
  ]
  node [
    id 8
    label "China"
    type "state"
    mentions 18
    documents 7
    aliases "China; RRT; Tiongkok"
    degree 13
    strength 49
    betweenness 0.255926463473633
    betweennessunweighted 0.0932170877018482
    closeness 0.988027837504294
    closenessunweighted 0.447266569908079
    harmonic 88.8512526931842
    harmonicunweighted 27.25
    eigenvector 0.291200200134931
    pagerank 0.0479964863389971
    coreness 8
    clustering 0.576923076923077
    community 1
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
    betweennessunweighted 0
    closeness 0.466193217632475
    closenessunweighted 0.326044789278787
    harmonic 27.3820252452584
    harmonicunweighted 20.4833333333333
    eigenvector 0.0358194439948724
    pagerank 0.0060849101133606
    coreness 4
    clustering 1
    community 1
    component 0
  ]
  node [
    id 10
    label "Corruption Eradication Commission"
    type "organization"
    mentions 7
    documents 1
    aliases "KPK; Komisi Pemberantasan Korupsi"
    degree 5
    strength 12
    betweenness 0.0058055152394775
    betweennessunweighted 0.00399129172714078
    closeness 0.175006836204539
    closenessunweighted 0.109777015437393
    harmonic 14.1666666666667
    harmonicunweighted 6.5
    eigenvector -0
    pagerank 0.0395052916757766
    coreness 3
    clustering 0.5
    community 3
    component 1
  ]
  node [
    id 11
    label "Dmitry Peskov"
    type "person"
    mentions 4
    documents 1
    aliases "Dmitry Peskov; Peskov"
    degree 6
    strength 6
    betweenness 0
    betweennessunweighted 0
    closeness 0.479708387113512
    closenessunweighted 0.363404088050314
    harmonic 28.2741869388862
    harmonicunweighted 22.2
    eigenvector 0.0369051893321289
    pagerank 0.00789263953025201
    coreness 6
    clustering 1
    community 1
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
    betweennessunweighted 0.000564425092726979
    closeness 0.781889177881116
    closenessunweighted 0.383371345635497
    harmonic 58.5599659301105
    harmonicunweighted 24.0333333333333
    eigenvector 0.123129606305064
    pagerank 0.0189533832156934
    coreness 8
    clustering 0.916666666666667
    community 1
    component 0
  ]
  node [
    id 13
    label "Ferdinand Marcos Jr."
    type "person"
    mentions 3
    documents 1
    aliases "Ferdinand Marcos Jr; Marcos"
    degree 3
    strength 3
    betweenness 0.0304789550072569
    betweennessunweighted 0.0304789550072569
    closeness 0.326881267823507
    closenessunweighted 0.208902948819342
    harmonic 19.1165918549885
    harmonicunweighted 13.5
    eigenvector 1.67362296774752e-05
    pagerank 0.0132999949070737
    coreness 2
    clustering 0.333333333333333
    community 2
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
    betweennessunweighted 0
    closeness 0.0879281919765525
    closenessunweighted 0.0710321864594895
    harmonic 5.13823529411765
    harmonicunweighted 4.16666666666667
    eigenvector 2.16840434497101e-19
    pagerank 0.00568840635270958
    coreness 1
    clustering 0
    community 3
    component 1
  ]
  node [
    id 15
    label "Indonesia"
    type "state"
    mentions 10
    documents 3
    aliases "Indonesia; RI"
    degree 10
    strength 18
    betweenness 0.22363328495404
    betweennessunweighted 0.21057991355524
    closeness 0.85661811342816
    closenessunweighted 0.371136089923725
    harmonic 59.3761839653164
    harmonicunweighted 23.5833333333333
    eigenvector 0.031218584410208
    pagerank 0.0296922590670318
    coreness 4
    clustering 0.288888888888889
    community 2
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
    betweennessunweighted 0
    closeness 0.0814076743693025
    closenessunweighted 0.0635551142005958
    harmonic 4.67878787878788
    harmonicunweighted 3.83333333333333
    eigenvector 0
    pagerank 0.00635822681044747
    coreness 1
    clustering 0
    community 3
    component 1
  ]
  node [
    id 17
    label "Indonesian National Armed Forces"
    type "organization"
    mentions 8
    documents 1
    aliases "TNI; Tentara Nasional Indonesia"
    degree 6
    strength 13
    betweenness 0.0090711175616836
    betweennessunweighted 0.0090711175616836
    closeness 0.17933868858584
    closenessunweighted 0.120754716981132
    harmonic 14.7619047619048
    harmonicunweighted 7
    eigenvector 1.73472347597681e-18
    pagerank 0.0438360770163175
    coreness 3
    clustering 0.333333333333333
    community 3
    component 1
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
    betweenness 0.0268505079825835
    betweennessunweighted 0.000241896468311563
    closeness 0.740252941055701
    closenessunweighted 0.320062316081011
    harmonic 51.4871942178276
    harmonicunweighted 19.8166666666667
    eigenvector 0.0302016570570055
    pagerank 0.00955182384722711
    coreness 3
    clustering 0.666666666666667
    community 0
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
    betweenness 0.0107643928398645
    betweennessunweighted 0.0436391378336226
    closeness 0.789145163871748
    closenessunweighted 0.400997614400347
    harmonic 54.0715208589635
    harmonicunweighted 24.0833333333333
    eigenvector 0.0415314118954995
    pagerank 0.0219311484980308
    coreness 4
    clustering 0.464285714285714
    community 2
    component 0
  ]
  node [
    id 20
    label "Kim Jong Un"
    type "person"
    mentions 31
    documents 6
    aliases "Kim; Kim Jong Un; Kim Jong-Un; Kim Jong-un"
    degree 18
    strength 76
    betweenness 0.124576681180455
    betweennessunweighted 0.0654453915702101
    closeness 0.994706856257473
    closenessunweighted 0.430701141392965
    harmonic 109.599134403004
    harmonicunweighted 28.7
    eigenvector 0.440184708006008
    pagerank 0.0713375018273577
    coreness 8
    clustering 0.379084967320261
    community 1
    component 0
  ]
  node [
    id 21
    label "Korean Central News Agency"
    type "organization"
    mentions 6
    documents 3
    aliases "KCNA; Kantor Berita Pusat Korea"
    degree 5
    strength 10
    betweenness 0
    betweennessunweighted 0.000181422351233672
    closeness 0.735915391144169
    closenessunweighted 0.329120683517266
    harmonic 51.2049228745127
    harmonicunweighted 20.9833333333333
    eigenvector 0.0834851853185699
    pagerank 0.0114375927497037
    coreness 4
    clustering 0.9
    community 0
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
    betweennessunweighted 0.000564425092726979
    closeness 0.649560138764875
    closenessunweighted 0.383371345635497
    harmonic 42.3788041406413
    harmonicunweighted 24.0333333333333
    eigenvector 0.0792161882863484
    pagerank 0.0130599025906843
    coreness 8
    clustering 0.916666666666667
    community 1
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
    betweennessunweighted 0
    closeness 0.463335571483186
    closenessunweighted 0.311489218328841
    harmonic 27.1751258357833
    harmonicunweighted 19.0666666666667
    eigenvector 0.0102973247744716
    pagerank 0.00507127813041968
    coreness 2
    clustering 1
    community 0
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
    betweennessunweighted 0
    closeness 0.464788353059117
    closenessunweighted 0.266311392769696
    harmonic 28.4086360860544
    harmonicunweighted 16.45
    eigenvector 0.000720728574032067
    pagerank 0.0129597136698155
    coreness 3
    clustering 1
    community 2
    component 0
  ]
  node [
    id 25
    label "Ministry of Defence of Indonesia"
    type "organization"
    mentions 1
    documents 1
    aliases "Kementerian Pertahanan RI"
    degree 2
    strength 2
    betweenness 0
    betweennessunweighted 0
    closeness 0.0905660377358491
    closenessunweighted 0.0754716981132075
    harmonic 5.38333333333333
    harmonicunweighted 4.66666666666667
    eigenvector 0
    pagerank 0.00848669784641042
    coreness 2
    clustering 1
    community 3
    component 1
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
    betweennessunweighted 0
    closeness 0.445973301786294
    closenessunweighted 0.262306710171656
    harmonic 26.2872075146258
    harmonicunweighted 16.2
    eigenvector 0.000692535646723671
    pagerank 0.0106476390335207
    coreness 3
    clustering 1
    community 2
    component 0
  ]
  node [
    id 27
    label "National Intelligence Service"
    type "organization"
    mentions 6
    documents 1
    aliases "Badan Intelijen Nasional Korea Selatan; Badan intelijen Korea Selatan; Intelijen Korsel; NIS"
    degree 3
    strength 7
    betweenness 0
    betweennessunweighted 0
    closeness 0.721914246847857
    closenessunweighted 0.323025856044724
    harmonic 49.5229738103479
    harmonicunweighted 19.9833333333333
    eigenvector 0.064871505526376
    pagerank 0.00863174741967668
    coreness 3
    clustering 1
    community 0
    component 0
  ]
  node [
    id 28
    label "Nazi Germany"
    type "state"
    mentions 1
    documents 1
    aliases "Jerman Nazi"
    degree 3
    strength 3
    betweenness 0
    betweennessunweighted 0
    closeness 0.466556903414646
    closenessunweighted 0.317152658662093
    harmonic 27.4903791534369
    harmonicunweighted 19.7333333333333
    eigenvector 0.0195684259835229
    pagerank 0.00565767846398275
    coreness 3
    clustering 1
    community 0
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
    strength 93
    betweenness 0.352685050798258
    betweennessunweighted 0.190295557530681
    closeness 1.03231024708678
    closenessunweighted 0.491363273983524
    harmonic 116.596057875627
    harmonicunweighted 33.7
    eigenvector 0.473051385355757
    pagerank 0.0958513998802857
    coreness 8
    clustering 0.216931216931217
    community 0
    component 0
  ]
  node [
    id 30
    label "People's Representative Council"
    type "organization"
    mentions 5
    documents 1
    aliases "DPR; Dewan Perwakilan Rakyat"
    degree 4
    strength 6
    betweenness 0.00943396226415094
    betweennessunweighted 0.00943396226415094
    closeness 0.154154957848254
    closenessunweighted 0.10062893081761
    harmonic 9.53333333333333
    harmonicunweighted 6
    eigenvector -0
    pagerank 0.0249601799535542
    coreness 2
    clustering 0.166666666666667
    community 3
    component 1
  ]
  node [
    id 31
    label "Philippines"
    type "state"
    mentions 1
    documents 1
    aliases "Filipina"
    degree 1
    strength 1
    betweenness 0
    betweennessunweighted 0
    closeness 0.234570604821719
    closenessunweighted 0.166922451927417
    harmonic 13.3702951172053
    harmonicunweighted 10.1928571428571
    eigenvector 3.40533080298478e-07
    pagerank 0.00659053320736483
    coreness 1
    clustering 0
    community 2
    component 0
  ]
  node [
    id 32
    label "Prabowo Subianto"
    type "person"
    mentions 4
    documents 1
    aliases "Prabowo; Prabowo Subianto"
    degree 3
    strength 5
    betweenness 0.0566037735849057
    betweennessunweighted 0.00169327527818094
    closeness 0.513850704197394
    closenessunweighted 0.211435105774728
    harmonic 31.6234955700467
    harmonicunweighted 13.8333333333333
    eigenvector 9.92020886998795e-05
    pagerank 0.0150635141288784
    coreness 2
    clustering 0.666666666666667
    community 2
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
    betweennessunweighted 0.00601108293415986
    closeness 0.518692082161158
    closenessunweighted 0.367229394240318
    harmonic 31.88951955701
    harmonicunweighted 22.0333333333333
    eigenvector 0.0160691963585999
    pagerank 0.0096297294826036
    coreness 4
    clustering 0.6
    community 0
    component 0
  ]
  node [
    id 34
    label "Rodong Sinmun"
    type "organization"
    mentions 3
    documents 1
    aliases "Rodong Sinmun"
    degree 6
    strength 7
    betweenness 0
    betweennessunweighted 0.00528543783260764
    closeness 0.627771518189647
    closenessunweighted 0.33225516621743
    harmonic 40.3217185292491
    harmonicunweighted 21.4833333333333
    eigenvector 0.049352118075332
    pagerank 0.00970649432374842
    coreness 5
    clustering 0.733333333333333
    community 1
    component 0
  ]
  node [
    id 35
    label "Russia"
    type "state"
    mentions 31
    documents 8
    aliases "Rusia"
    degree 23
    strength 78
    betweenness 0.0942186744073536
    betweennessunweighted 0.0982664851677914
    closeness 1.01635510960846
    closenessunweighted 0.465157232704403
    harmonic 111.965130027148
    harmonicunweighted 31.3666666666667
    eigenvector 0.453925764257325
    pagerank 0.0752995623526553
    coreness 8
    clustering 0.296442687747036
    community 0
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
    betweennessunweighted 0
    closeness 0.11611030478955
    closenessunweighted 0.080503144654088
    harmonic 7.68347338935574
    harmonicunweighted 5.16666666666667
    eigenvector 0
    pagerank 0.014120885067627
    coreness 3
    clustering 1
    community 3
    component 1
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
    betweennessunweighted 0
    closeness 0.0814076743693025
    closenessunweighted 0.0635551142005958
    harmonic 4.67878787878788
    harmonicunweighted 3.83333333333333
    eigenvector 0
    pagerank 0.00635822681044747
    coreness 1
    clustering 0
    community 3
    component 1
  ]
  node [
    id 38
    label "South Korea"
    type "state"
    mentions 8
    documents 3
    aliases "Korea Selatan; Korsel"
    degree 6
    strength 7
    betweenness 0.000362844702467344
    betweennessunweighted 0.00731909599834128
    closeness 0.648515207655089
    closenessunweighted 0.367229394240318
    harmonic 41.5407399864666
    harmonicunweighted 22.3666666666667
    eigenvector 0.0330327587690755
    pagerank 0.0113071875551012
    coreness 4
    clustering 0.533333333333333
    community 0
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
    strength 7
    betweenness 0
    betweennessunweighted 0.000620247354645032
    closeness 0.648754857328316
    closenessunweighted 0.329120683517266
    harmonic 42.1435100229943
    harmonicunweighted 20.9833333333333
    eigenvector 0.0484962334939215
    pagerank 0.00956580739384386
    coreness 4
    clustering 0.8
    community 0
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
    betweennessunweighted 0
    closeness 0.416787340113202
    closenessunweighted 0.298177713272053
    harmonic 24.0007431292795
    harmonicunweighted 17.1166666666667
    eigenvector 0.00325851005111348
    pagerank 0.00377214382009517
    coreness 1
    clustering 0
    community 1
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
    betweennessunweighted 0
    closeness 0.652379912296913
    closenessunweighted 0.338706722843012
    harmonic 41.1215386304647
    harmonicunweighted 20.1666666666667
    eigenvector 0.0180691434921706
    pagerank 0.0105717814798217
    coreness 4
    clustering 1
    community 2
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
    betweennessunweighted 0.000181422351233672
    closeness 0.640576697580215
    closenessunweighted 0.326044789278787
    harmonic 41.6740733197999
    harmonicunweighted 20.8166666666667
    eigenvector 0.031796887955862
    pagerank 0.0102197583656646
    coreness 4
    clustering 0.9
    community 0
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
    betweenness 0.00217706821480406
    betweennessunweighted 0
    closeness 0.463758595669843
    closenessunweighted 0.262306710171656
    harmonic 28.5736984746462
    harmonicunweighted 16.2
    eigenvector 0.000719489043814583
    pagerank 0.0128548743353078
    coreness 3
    clustering 1
    community 2
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
    betweennessunweighted 0
    closeness 0.391422585057646
    closenessunweighted 0.238950633238563
    harmonic 22.4151660269142
    harmonicunweighted 14.3095238095238
    eigenvector 0.00120340288817905
    pagerank 0.00408519838237204
    coreness 1
    clustering 0
    community 0
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
    betweennessunweighted 0.000290275761973875
    closeness 0.721914246847857
    closenessunweighted 0.33225516621743
    harmonic 49.5229738103479
    harmonicunweighted 21.15
    eigenvector 0.0651201622232261
    pagerank 0.00986511266809297
    coreness 5
    clustering 0.9
    community 0
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
    betweennessunweighted 0.0146329641975506
    closeness 0.742880101370668
    closenessunweighted 0.379204265791633
    harmonic 52.0871942178276
    harmonicunweighted 23.5333333333333
    eigenvector 0.0546225838609764
    pagerank 0.0169777266451967
    coreness 4
    clustering 0.571428571428571
    community 0
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
    betweennessunweighted 0.000181422351233672
    closeness 0.636679880982862
    closenessunweighted 0.326044789278787
    harmonic 40.8740733197999
    harmonicunweighted 20.8166666666667
    eigenvector 0.0307076418850528
    pagerank 0.00906626005624911
    coreness 4
    clustering 0.9
    community 0
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
    betweenness 0.0328979196903725
    betweennessunweighted 0.1456642736396
    closeness 0.836532284766211
    closenessunweighted 0.465157232704403
    harmonic 62.9616389200104
    harmonicunweighted 28.75
    eigenvector 0.160146475561129
    pagerank 0.0357625412919677
    coreness 8
    clustering 0.383333333333333
    community 1
    component 0
  ]
  node [
    id 49
    label "Vladimir Putin"
    type "person"
    mentions 24
    documents 6
    aliases "Putin; Vladimir Putin"
    degree 14
    strength 61
    betweenness 0.0123367198838897
    betweennessunweighted 0.0141681693568486
    closeness 0.967658932353715
    closenessunweighted 0.405660377358491
    harmonic 101.583218889056
    harmonicunweighted 26.5333333333333
    eigenvector 0.393261655691193
    pagerank 0.0551312131032214
    coreness 8
    clustering 0.56043956043956
    community 1
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
    betweennessunweighted 0
    closeness 0.455605101809206
    closenessunweighted 0.285957315187133
    harmonic 26.7537596484521
    harmonicunweighted 17.4
    eigenvector 0.00996063549064713
    pagerank 0.0047987006951982
    coreness 2
    clustering 1
    community 1
    component 0
  ]
  node [
    id 51
    label "Xi Jinping"
    type "person"
    mentions 10
    documents 5
    aliases "Xi; Xi Jinping"
    degree 10
    strength 32
    betweenness 0
    betweennessunweighted 0.00267405550424418
    closeness 0.904644219189081
    closenessunweighted 0.387631027253669
    harmonic 80.1628611784571
    harmonicunweighted 24.5333333333333
    eigenvector 0.214946991622117
    pagerank 0.0295259398049876
    coreness 8
    clustering 0.822222222222222
    community 1
    component 0
  ]
  node [
    id 52
    label "Yonhap"
    type "organization"
    mentions 1
    documents 1
    aliases "Kantor berita Yonhap"
    degree 1
    strength 1
    betweenness 0
    betweennessunweighted 0
    closeness 0.460279061454796
    closenessunweighted 0.308732676573719
    harmonic 26.8417925024499
    harmonicunweighted 18.5666666666667
    eigenvector 0.00962520522836302
    pagerank 0.00369826249872882
    coreness 1
    clustering 0
    community 0
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
    betweennessunweighted 0
    closeness 0.469923407435083
    closenessunweighted 0.359657654152889
    harmonic 27.6760764388829
    harmonicunweighted 21.3666666666667
    eigenvector 0.0227918898814909
    pagerank 0.00684179278733061
    coreness 4
    clustering 1
    community 0
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
    weight 3
    count 3
    documents 1
    evidence "Prabowo Buka Pertemuan Khusus Pemimpin ASEAN Di Jakarta"
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
    weight 3
    count 3
    documents 1
    evidence "Lukashenko Terima Undangan Kim Jong Un Ke Pyongyang"
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
    evidence "KOMPAS.COM - Pemimpin Korea Utara Kim Jong Un bersama Presiden Rusia Vladimir Putin menggelar pembicaraan tertutup selama lebih dari dua jam di Beijing, Rabu (3/9/2025), beberapa jam setelah keduanya menyaksikan parade militer terbesar yang pernah diadakan China."
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
    evidence "KOMPAS.COM - Pemimpin Korea Utara Kim Jong Un bersama Presiden Rusia Vladimir Putin menggelar pembicaraan tertutup selama lebih dari dua jam di Beijing, Rabu (3/9/2025), beberapa jam setelah keduanya menyaksikan parade militer terbesar yang pernah diadakan China."
  ]
  edge [
    source 8
    target 35
    weight 8
    count 8
    documents 6
    evidence "KOMPAS.COM - Pemimpin Korea Utara Kim Jong Un bersama Presiden Rusia Vladimir Putin menggelar pembicaraan tertutup selama lebih dari dua jam di Beijing, Rabu (3/9/2025), beberapa jam setelah keduanya menyaksikan parade militer terbesar yang pernah diadakan China."
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
    evidence "KOMPAS.COM - Pemimpin Korea Utara Kim Jong Un bersama Presiden Rusia Vladimir Putin menggelar pembicaraan tertutup selama lebih dari dua jam di Beijing, Rabu (3/9/2025), beberapa jam setelah keduanya menyaksikan parade militer terbesar yang pernah diadakan China."
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
    target 26
    weight 1
    count 1
    documents 1
    evidence "Menurut Sugiono, Indonesia mendorong agar bantuan kemanusiaan ASEAN dapat menjangkau warga sipil di seluruh wilayah Myanmar tanpa hambatan."
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
    evidence "KOMPAS.COM - Pemimpin Korea Utara Kim Jong Un bersama Presiden Rusia Vladimir Putin menggelar pembicaraan tertutup selama lebih dari dua jam di Beijing, Rabu (3/9/2025), beberapa jam setelah keduanya menyaksikan parade militer terbesar yang pernah diadakan China."
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
    weight 9
    count 9
    documents 6
    evidence "KOMPAS.COM - Pemimpin Korea Utara Kim Jong Un bersama Presiden Rusia Vladimir Putin menggelar pembicaraan tertutup selama lebih dari dua jam di Beijing, Rabu (3/9/2025), beberapa jam setelah keduanya menyaksikan parade militer terbesar yang pernah diadakan China."
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
    weight 15
    count 15
    documents 5
    evidence "Kim Jong Un Dan Putin Bahas Kemitraan Jangka Panjang Di Beijing"
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
    weight 8
    count 8
    documents 3
    evidence "Presiden China Xi Jinping berdiri di tengah panggung kehormatan, dengan Putin di sebelah kanannya dan Kim di sebelah kirinya."
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
    weight 2
    count 2
    documents 1
    evidence "Intelijen Korsel: Korut Siapkan Gelombang Baru Tentara Untuk Rusia"
  ]
  edge [
    source 27
    target 35
    weight 3
    count 3
    documents 1
    evidence "Intelijen Korsel: Korut Siapkan Gelombang Baru Tentara Untuk Rusia"
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
    weight 21
    count 21
    documents 8
    evidence "KOMPAS.COM - Pemimpin Korea Utara Kim Jong Un bersama Presiden Rusia Vladimir Putin menggelar pembicaraan tertutup selama lebih dari dua jam di Beijing, Rabu (3/9/2025), beberapa jam setelah keduanya menyaksikan parade militer terbesar yang pernah diadakan China."
  ]
  edge [
    source 29
    target 38
    weight 2
    count 2
    documents 2
    evidence "Kepala Sekretaris Kabinet Yoshimasa Hayashi mengatakan Tokyo memantau erat kerja sama militer Korea Utara dan Rusia bersama Korea Selatan dan Amerika Serikat."
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
    evidence "KOMPAS.COM - Pemimpin Korea Utara Kim Jong Un bersama Presiden Rusia Vladimir Putin menggelar pembicaraan tertutup selama lebih dari dua jam di Beijing, Rabu (3/9/2025), beberapa jam setelah keduanya menyaksikan parade militer terbesar yang pernah diadakan China."
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
    source 34
    target 51
    weight 1
    count 1
    documents 1
    evidence "Rodong Sinmun Pajang Foto Kim Jong-un Bersama Xi Dan Putin"
  ]
  edge [
    source 35
    target 38
    weight 1
    count 1
    documents 1
    evidence "Kepala Sekretaris Kabinet Yoshimasa Hayashi mengatakan Tokyo memantau erat kerja sama militer Korea Utara dan Rusia bersama Korea Selatan dan Amerika Serikat."
  ]
  edge [
    source 35
    target 39
    weight 1
    count 1
    documents 1
    evidence "Dalam sambutannya, Kim memuji pengorbanan rakyat Soviet dalam Perang Dunia II dan menyebut persahabatan DPRK dan Rusia sebagai warisan yang wajib dijaga generasi mendatang, demikian dilaporkan KCNA keesokan harinya."
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
    evidence "KOMPAS.COM - Pemimpin Korea Utara Kim Jong Un bersama Presiden Rusia Vladimir Putin menggelar pembicaraan tertutup selama lebih dari dua jam di Beijing, Rabu (3/9/2025), beberapa jam setelah keduanya menyaksikan parade militer terbesar yang pernah diadakan China."
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
    weight 8
    count 8
    documents 5
    evidence "Presiden China Xi Jinping berdiri di tengah panggung kehormatan, dengan Putin di sebelah kanannya dan Kim di sebelah kirinya."
  ]
]
