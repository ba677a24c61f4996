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
    betweenness 0.136308659893566
    betweennessunweighted 0.0218916303821964
    closeness 0.734168865435356
    closenessunweighted 0.34640522875817
    harmonic 46.3461639120551
    harmonicunweighted 22.1166666666667
    eigenvector 0.00132632697712662
    pagerank 0.0283745291331509
    coreness 3
    clustering 0.466666666666667
    community 1
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
    closeness 0.596463022508039
    closenessunweighted 0.265
    harmonic 37.1491083702069
    harmonicunweighted 16.7
    eigenvector 0.000144693502655651
    pagerank 0.0154892159521628
    coreness 3
    clustering 1
    community 3
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
    betweennessunweighted 0
    closeness 0.51122466555664
    closenessunweighted 0.368055555555556
    harmonic 29.0464340682897
    harmonicunweighted 21.25
    eigenvector 0.00143760225349333
    pagerank 0.00564035021558589
    coreness 2
    clustering 1
    community 1
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
    betweennessunweighted 0.004644412191582
    closeness 0.688561079571572
    closenessunweighted 0.4140625
    harmonic 45.2857290031133
    harmonicunweighted 25.95
    eigenvector 0.0627135370225311
    pagerank 0.010482718788441
    coreness 6
    clustering 0.857142857142857
    community 2
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
    closeness 0.702904035176337
    closenessunweighted 0.34640522875817
    harmonic 46.6541897765827
    harmonicunweighted 22.5666666666667
    eigenvector 0.0228766885014065
    pagerank 0.00919466610760364
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
    betweenness 0.048137397194001
    betweennessunweighted 0.087929366231253
    closeness 0.553869121672058
    closenessunweighted 0.34640522875817
    harmonic 33.544884091917
    harmonicunweighted 21.7833333333333
    eigenvector 0.000696100760814841
    pagerank 0.02024480034314
    coreness 3
    clustering 0.5
    community 1
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
    betweennessunweighted 0
    closeness 0.506254264271094
    closenessunweighted 0.329192546583851
    harmonic 28.6282174252504
    harmonicunweighted 19.2
    eigenvector 0.000613221887420337
    pagerank 0.00441313091881013
    coreness 1
    clustering 0
    community 1
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
    betweennessunweighted 0.0378809869375907
    closeness 0.798175058251825
    closenessunweighted 0.355704697986577
    harmonic 56.1689616437536
    harmonicunweighted 23.9
    eigenvector 0.0595725555031472
    pagerank 0.0132430259007575
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
    betweenness 0.47363328495404
    betweennessunweighted 0.17674338240376
    closeness 1.0648170294188
    closenessunweighted 0.514563106796116
    harmonic 96.4470088439403
    harmonicunweighted 31.4166666666667
    eigenvector 0.286524274787799
    pagerank 0.0491258516838345
    coreness 8
    clustering 0.576923076923077
    community 2
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
    closeness 0.526832731791018
    closenessunweighted 0.348684210526316
    harmonic 31.3727071779499
    harmonicunweighted 22.7333333333333
    eigenvector 0.0355756061159399
    pagerank 0.00602376447629986
    coreness 4
    clustering 1
    community 0
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
    betweennessunweighted 0.0362844702467344
    closeness 0.738602428827394
    closenessunweighted 0.350993377483444
    harmonic 49.4152115311027
    harmonicunweighted 22.5333333333333
    eigenvector 0.00142152738267127
    pagerank 0.033392379295124
    coreness 3
    clustering 0.533333333333333
    community 3
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
    betweennessunweighted 0
    closeness 0.5453209211171
    closenessunweighted 0.404580152671756
    harmonic 32.5233302386142
    harmonicunweighted 25.1166666666666
    eigenvector 0.0364993352783442
    pagerank 0.00784538691417278
    coreness 6
    clustering 1
    community 2
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
    closeness 0.839250333189644
    closenessunweighted 0.420634920634921
    harmonic 64.3514813368496
    harmonicunweighted 26.95
    eigenvector 0.119589153052889
    pagerank 0.0189023194379915
    coreness 8
    clustering 0.916666666666667
    community 2
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
    betweenness 0.0377358490566038
    betweennessunweighted 0.0377358490566038
    closeness 0.366299160770117
    closenessunweighted 0.262376237623762
    harmonic 21.3759177524434
    harmonicunweighted 16.4166666666667
    eigenvector 1.53517986224382e-05
    pagerank 0.013794380687444
    coreness 2
    clustering 0.333333333333333
    community 1
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
    closeness 0.428835632272482
    closenessunweighted 0.262376237623762
    harmonic 24.3103012099385
    harmonicunweighted 15.7
    eigenvector 2.85949417352114e-05
    pagerank 0.00487534630675138
    coreness 1
    clustering 0
    community 3
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
    betweenness 0.542210933720368
    betweennessunweighted 0.529659962678831
    closeness 1.00587437867149
    closenessunweighted 0.486238532110092
    harmonic 69.7556867704509
    harmonicunweighted 31.0833333333333
    eigenvector 0.0305179717448082
    pagerank 0.0480986217950692
    coreness 4
    clustering 0.171428571428571
    community 1
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
    closeness 0.360077644775154
    closenessunweighted 0.259803921568627
    harmonic 20.3993835023797
    harmonicunweighted 15.3666666666667
    eigenvector 1.46308453970463e-05
    pagerank 0.00543799150349863
    coreness 1
    clustering 0
    community 3
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
    betweennessunweighted 0.0740203193033382
    closeness 0.740321936942929
    closenessunweighted 0.353333333333333
    harmonic 50.0104496263408
    harmonicunweighted 23.0333333333333
    eigenvector 0.00142307318414653
    pagerank 0.0370159152171813
    coreness 3
    clustering 0.380952380952381
    community 3
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
    betweennessunweighted 0.000241896468311563
    closeness 0.798175058251825
    closenessunweighted 0.344155844155844
    harmonic 56.9118187866107
    harmonicunweighted 22.0666666666667
    eigenvector 0.0309877518847738
    pagerank 0.00916531383449097
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
    betweenness 0.0180212868892114
    betweennessunweighted 0.07002442002442
    closeness 0.903317439383179
    closenessunweighted 0.477477477477477
    harmonic 61.9649246014801
    harmonicunweighted 28.4166666666667
    eigenvector 0.0410266124463122
    pagerank 0.0231005985275437
    coreness 4
    clustering 0.464285714285714
    community 1
    component 0
  ]
  node [
    id 20
    label "Kim Jong Un"
    type "person"
    mentions 31
    documents 6
    aliases "Kim; Kim Jong Un; Kim Jong-Un; Kim Jong-un"
    degree 19
    strength 76
    betweenness 0.143202709240445
    betweennessunweighted 0.0890104130670168
    closeness 1.03687827059918
    closenessunweighted 0.460869565217391
    harmonic 116.171171822143
    harmonicunweighted 32.1166666666667
    eigenvector 0.43767676679883
    pagerank 0.0712691466340874
    coreness 8
    clustering 0.362573099415205
    community 2
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
    closeness 0.796906518571215
    closenessunweighted 0.350993377483444
    harmonic 56.6347619200936
    harmonicunweighted 23.2333333333333
    eigenvector 0.0840298084601129
    pagerank 0.0112409114820943
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
    closeness 0.710428967258062
    closenessunweighted 0.420634920634921
    harmonic 47.3633190917209
    harmonicunweighted 26.95
    eigenvector 0.0775342037566889
    pagerank 0.013000917971075
    coreness 8
    clustering 0.916666666666667
    community 2
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
    closeness 0.522909251298883
    closenessunweighted 0.337579617834395
    harmonic 31.0907479119673
    harmonicunweighted 21.3166666666667
    eigenvector 0.0109640235019275
    pagerank 0.00474724505919886
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
    closeness 0.548140852006895
    closenessunweighted 0.33974358974359
    harmonic 33.1115507585837
    harmonicunweighted 20.6166666666667
    eigenvector 0.000694498386723912
    pagerank 0.0137148797902545
    coreness 3
    clustering 1
    community 1
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
    betweennessunweighted 0
    closeness 0.526365571056987
    closenessunweighted 0.33974358974359
    harmonic 30.0660962131292
    harmonicunweighted 20.7
    eigenvector 0.000670380709871824
    pagerank 0.00853809390498769
    coreness 3
    clustering 1
    community 3
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
    betweennessunweighted 0
    closeness 0.528992395437262
    closenessunweighted 0.335443037974684
    harmonic 31.0639317109646
    harmonicunweighted 20.3666666666667
    eigenvector 0.000667737239654051
    pagerank 0.0112181475315234
    coreness 3
    clustering 1
    community 1
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
    betweennessunweighted 0
    closeness 0.708614589889957
    closenessunweighted 0.348684210526316
    harmonic 47.4632711311471
    harmonicunweighted 22.7333333333333
    eigenvector 0.0489370563363144
    pagerank 0.00908255246491494
    coreness 4
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
    degree 4
    strength 4
    betweenness 0
    betweennessunweighted 0
    closeness 0.529086695585002
    closenessunweighted 0.348684210526316
    harmonic 31.6393738446165
    harmonicunweighted 22.7333333333333
    eigenvector 0.0292106486236332
    pagerank 0.0063174641930111
    coreness 4
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
    strength 94
    betweenness 0.410498306724722
    betweennessunweighted 0.21844806137259
    closeness 1.0656520723886
    closenessunweighted 0.5
    harmonic 123.860196291244
    harmonicunweighted 36.6166666666667
    eigenvector 0.482193171288304
    pagerank 0.0952260304545944
    coreness 8
    clustering 0.222222222222222
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
    degree 5
    strength 7
    betweenness 0.0747460087082729
    betweennessunweighted 0.0747460087082729
    closeness 0.556778389194597
    closenessunweighted 0.348684210526316
    harmonic 34.2160962131292
    harmonicunweighted 22.0333333333333
    eigenvector 0.000728127510758047
    pagerank 0.0219076424471129
    coreness 3
    clustering 0.3
    community 3
    component 0
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
    closeness 0.269458903280475
    closenessunweighted 0.208661417322835
    harmonic 15.3150741969298
    harmonicunweighted 12.4428571428571
    eigenvector 3.08475904141532e-07
    pagerank 0.00668618563922023
    coreness 1
    clustering 0
    community 1
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
    betweenness 0.0244315432994678
    betweennessunweighted 0.00169327527818094
    closeness 0.550990099009901
    closenessunweighted 0.265
    harmonic 32.544884091917
    harmonicunweighted 16.75
    eigenvector 6.75976687788664e-05
    pagerank 0.0135296373261404
    coreness 2
    clustering 0.666666666666667
    community 1
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
    betweennessunweighted 0.0087773861358767
    closeness 0.579029775236189
    closenessunweighted 0.407692307692308
    harmonic 36.1560110368094
    harmonicunweighted 24.95
    eigenvector 0.0160633240759461
    pagerank 0.00951492664973647
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
    degree 5
    strength 6
    betweenness 0
    betweennessunweighted 0.00434204160619255
    closeness 0.69177082665525
    closenessunweighted 0.350993377483444
    harmonic 45.3387593061436
    harmonicunweighted 23.2333333333333
    eigenvector 0.0445649038193409
    pagerank 0.00887449032817861
    coreness 4
    clustering 0.7
    community 2
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
    betweenness 0.159288824383164
    betweennessunweighted 0.136257400880042
    closeness 1.06321803727733
    closenessunweighted 0.486238532110092
    harmonic 122.052133014792
    harmonicunweighted 34.7833333333333
    eigenvector 0.475493174813337
    pagerank 0.0797165341550174
    coreness 8
    clustering 0.286231884057971
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
    closeness 0.542159871401432
    closenessunweighted 0.265
    harmonic 32.3662362691516
    harmonicunweighted 16.7
    eigenvector 8.86301448397688e-05
    pagerank 0.0111244408143824
    coreness 3
    clustering 1
    community 3
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
    betweennessunweighted 0
    closeness 0.360077644775154
    closenessunweighted 0.259803921568627
    harmonic 20.3993835023797
    harmonicunweighted 15.3666666666667
    eigenvector 1.46308453970463e-05
    pagerank 0.00543799150349863
    coreness 1
    clustering 0
    community 3
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
    betweennessunweighted 0.0158459465063239
    closeness 0.802754378742208
    closenessunweighted 0.417322834645669
    harmonic 57.1310306092708
    harmonicunweighted 26.45
    eigenvector 0.0634490608388136
    pagerank 0.0156477294468851
    coreness 4
    clustering 0.5
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
    strength 8
    betweenness 0
    betweennessunweighted 0.000181422351233672
    closeness 0.714549394109622
    closenessunweighted 0.350993377483444
    harmonic 47.5374424091085
    harmonicunweighted 23.2333333333333
    eigenvector 0.05835171305535
    pagerank 0.0100248158558658
    coreness 4
    clustering 0.9
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
    closeness 0.475100901615794
    closenessunweighted 0.348684210526316
    harmonic 27.6935283525675
    harmonicunweighted 20.0333333333333
    eigenvector 0.00319220426420493
    pagerank 0.00372856084581036
    coreness 1
    clustering 0
    community 2
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
    closeness 0.752408315024506
    closenessunweighted 0.4140625
    harmonic 47.5845364021051
    harmonicunweighted 24.3333333333333
    eigenvector 0.0175821292150238
    pagerank 0.0111580720043351
    coreness 4
    clustering 1
    community 1
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
    closeness 0.702904035176337
    closenessunweighted 0.348684210526316
    harmonic 46.6541897765827
    harmonicunweighted 23.0666666666667
    eigenvector 0.0322429474877842
    pagerank 0.0100885765169418
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
    closeness 0.5453209211171
    closenessunweighted 0.335443037974684
    harmonic 33.2115507585837
    harmonicunweighted 20.3666666666667
    eigenvector 0.00069335852512855
    pagerank 0.0135659981221036
    coreness 3
    clustering 1
    community 1
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
    closeness 0.447629564239753
    closenessunweighted 0.263681592039801
    harmonic 25.9218429980243
    harmonicunweighted 16.1428571428571
    eigenvector 0.00119703875570655
    pagerank 0.00402850800173821
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
    closeness 0.788901806114531
    closenessunweighted 0.353333333333333
    harmonic 55.3494103791295
    harmonicunweighted 23.4
    eigenvector 0.0655706612724963
    pagerank 0.00976832943578239
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
    betweennessunweighted 0.0222717534038289
    closeness 0.800183506418012
    closenessunweighted 0.417322834645669
    harmonic 57.5118187866107
    harmonicunweighted 26.45
    eigenvector 0.055356654291593
    pagerank 0.0168422056977788
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
    closeness 0.699810327609452
    closenessunweighted 0.348684210526316
    harmonic 45.8541897765827
    harmonicunweighted 23.0666666666667
    eigenvector 0.0311525327601322
    pagerank 0.00894516508849401
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
    betweenness 0.0401548137397194
    betweennessunweighted 0.252139631856613
    closeness 0.889929934444883
    closenessunweighted 0.53
    harmonic 68.79019979485
    harmonicunweighted 32.9166666666667
    eigenvector 0.158865170237939
    pagerank 0.0357941860906385
    coreness 8
    clustering 0.391666666666667
    community 2
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
    betweennessunweighted 0.0213110788582487
    closeness 1.0162063455832
    closenessunweighted 0.43801652892562
    harmonic 106.142186534831
    harmonicunweighted 29.45
    eigenvector 0.375114041491247
    pagerank 0.0535468013064656
    coreness 8
    clustering 0.549450549450549
    community 2
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
    closeness 0.516493849235484
    closenessunweighted 0.319277108433735
    harmonic 30.743826958887
    harmonicunweighted 19.8166666666667
    eigenvector 0.00969006557585274
    pagerank 0.00483208638092292
    coreness 2
    clustering 1
    community 2
    component 0
  ]
  node [
    id 51
    label "Xi Jinping"
    type "person"
    mentions 9
    documents 5
    aliases "Xi; Xi Jinping"
    degree 9
    strength 29
    betweenness 0
    betweennessunweighted 0.000483792936623125
    closeness 0.961626243691856
    closenessunweighted 0.420634920634921
    harmonic 83.5713164839344
    harmonicunweighted 26.95
    eigenvector 0.191675062473078
    pagerank 0.0268681533225852
    coreness 8
    clustering 0.916666666666667
    community 2
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
    closeness 0.520962310107251
    closenessunweighted 0.335443037974684
    harmonic 30.82114006883
    harmonicunweighted 20.8166666666667
    eigenvector 0.00968909104022996
    pagerank 0.00363886422337783
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
    closeness 0.529080246640836
    closenessunweighted 0.401515151515151
    harmonic 31.5935225126556
    harmonicunweighted 24.2833333333333
    eigenvector 0.0237106904464424
    pagerank 0.00651440227219247
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
    weight 11
    count 11
    documents 6
    evidence "KOMPAS.COM - Pemimpin Korea Utara Kim Jong Un bersama Presiden Rusia Vladimir Putin menggelar pembicaraan tertutup selama lebih dari dua jam di Beijing, Rabu (3/9/2025), beberapa jam setelah keduanya menyaksikan parade militer terbesar yang pernah diadakan China."
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
    evidence "KOMPAS.COM - Pemimpin Korea Utara Kim Jong Un bersama Presiden Rusia Vladimir Putin menggelar pembicaraan tertutup selama lebih dari dua jam di Beijing, Rabu (3/9/2025), beberapa jam setelah keduanya menyaksikan parade militer terbesar yang pernah diadakan China."
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
    evidence "KOMPAS.COM - Pemimpin Korea Utara Kim Jong Un bersama Presiden Rusia Vladimir Putin menggelar pembicaraan tertutup selama lebih dari dua jam di Beijing, Rabu (3/9/2025), beberapa jam setelah keduanya menyaksikan parade militer terbesar yang pernah diadakan China."
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
    weight 7
    count 7
    documents 5
    evidence "Presiden China Xi Jinping berdiri di tengah panggung kehormatan, dengan Putin di sebelah kanannya dan Kim di sebelah kirinya."
  ]
]
