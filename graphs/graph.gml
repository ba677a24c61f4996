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
    closeness 0.735624586913417
    closenessunweighted 0.348684210526316
    harmonic 46.3892905966912
    harmonicunweighted 22.2
    eigenvector 0.00132504445402154
    pagerank 0.028370071044453
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
    closeness 0.597423510466989
    closenessunweighted 0.266331658291457
    harmonic 37.1799105092443
    harmonicunweighted 16.75
    eigenvector 0.000144443689761971
    pagerank 0.0154875297487478
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
    closeness 0.511930086816535
    closenessunweighted 0.370629370629371
    harmonic 29.072968064973
    harmonicunweighted 21.3333333333333
    eigenvector 0.00143579097269221
    pagerank 0.00563707574933613
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
    closeness 0.689249890382335
    closenessunweighted 0.4140625
    harmonic 45.3182493283166
    harmonicunweighted 25.95
    eigenvector 0.0626588811177638
    pagerank 0.010438394563324
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
    eigenvector 0.0228473613969629
    pagerank 0.00910670079087877
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
    closeness 0.554697233989534
    closenessunweighted 0.348684210526316
    harmonic 33.5714180886003
    harmonicunweighted 21.8666666666667
    eigenvector 0.000695404980383558
    pagerank 0.0202422027151086
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
    closeness 0.506946025962195
    closenessunweighted 0.33125
    harmonic 28.6547514219336
    harmonicunweighted 19.2833333333333
    eigenvector 0.000612665806821447
    pagerank 0.0044123946991671
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
    eigenvector 0.0594984310321688
    pagerank 0.0131388812828723
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
    degree 14
    strength 50
    betweenness 0.473996129656507
    betweennessunweighted 0.186731978713111
    closeness 1.06788198608779
    closenessunweighted 0.519607843137255
    harmonic 96.5720088439403
    harmonicunweighted 31.9166666666667
    eigenvector 0.286787475736663
    pagerank 0.0501573157198941
    coreness 8
    clustering 0.527472527472527
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
    eigenvector 0.0355327792187605
    pagerank 0.00598789678176958
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
    closeness 0.740075802912428
    closenessunweighted 0.353333333333333
    harmonic 49.4583382157388
    harmonicunweighted 22.6166666666667
    eigenvector 0.00142007370513869
    pagerank 0.0333875611375701
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
    eigenvector 0.0364561373692696
    pagerank 0.00780308758283887
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
    closeness 0.840273845678695
    closenessunweighted 0.420634920634921
    harmonic 64.3978581484438
    harmonicunweighted 26.95
    eigenvector 0.119479028488987
    pagerank 0.0188147801225143
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
    closeness 0.366661176083018
    closenessunweighted 0.263681592039801
    harmonic 21.3888732180305
    harmonicunweighted 16.4666666666667
    eigenvector 1.53248752430871e-05
    pagerank 0.0137936240443054
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
    closeness 0.429331893226354
    closenessunweighted 0.263681592039801
    harmonic 24.3282585612292
    harmonicunweighted 15.75
    eigenvector 2.85458084465211e-05
    pagerank 0.00487505804091323
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
    betweennessunweighted 0.529815467551317
    closeness 1.00860897145446
    closenessunweighted 0.490740740740741
    harmonic 69.8377380525022
    harmonicunweighted 31.25
    eigenvector 0.0305115004141855
    pagerank 0.0480769682761566
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
    closeness 0.360427461139896
    closenessunweighted 0.261083743842365
    harmonic 20.4123389679668
    harmonicunweighted 15.4166666666667
    eigenvector 1.46055410119387e-05
    pagerank 0.00543770110902306
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
    closeness 0.741802186083711
    closenessunweighted 0.355704697986577
    harmonic 50.0535763109769
    harmonicunweighted 23.1166666666667
    eigenvector 0.0014216158900037
    pagerank 0.0370108281729786
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
    eigenvector 0.0309508533611705
    pagerank 0.0090716392296341
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
    betweennessunweighted 0.069868915151934
    closeness 0.90552222109224
    closenessunweighted 0.481818181818182
    harmonic 62.0375052466414
    harmonicunweighted 28.5833333333333
    eigenvector 0.0409926318063829
    pagerank 0.0230528197678877
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
    degree 20
    strength 77
    betweenness 0.145379777455249
    betweennessunweighted 0.0942716612527933
    closeness 1.03844102376731
    closenessunweighted 0.464912280701754
    harmonic 116.242600393571
    harmonicunweighted 32.6166666666667
    eigenvector 0.437742406714959
    pagerank 0.0720233010508996
    coreness 8
    clustering 0.342105263157895
    community 2
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
    betweennessunweighted 0.000181422351233672
    closeness 0.796906518571215
    closenessunweighted 0.350993377483444
    harmonic 56.6347619200936
    harmonicunweighted 23.2333333333333
    eigenvector 0.0839264141187402
    pagerank 0.0111354169262537
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
    eigenvector 0.0774602585248838
    pagerank 0.012929858829786
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
    eigenvector 0.0109504964112324
    pagerank 0.00471571466960443
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
    closeness 0.548951911220715
    closenessunweighted 0.341935483870968
    harmonic 33.138084755267
    harmonicunweighted 20.7
    eigenvector 0.000693806377823734
    pagerank 0.0137128237407453
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
    closeness 0.527113426474071
    closenessunweighted 0.341935483870968
    harmonic 30.0926302098124
    harmonicunweighted 20.7833333333333
    eigenvector 0.000669726456901265
    pagerank 0.00853677688851217
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
    closeness 0.529747739171823
    closenessunweighted 0.337579617834395
    harmonic 31.0904657076479
    harmonicunweighted 20.45
    eigenvector 0.000667089841642497
    pagerank 0.0112163178701665
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
    closeness 0.7090454989684
    closenessunweighted 0.348684210526316
    harmonic 47.4828789742844
    harmonicunweighted 22.7333333333333
    eigenvector 0.0488798536701587
    pagerank 0.00902153241353463
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
    eigenvector 0.0291768828254005
    pagerank 0.00627735649644568
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
    betweenness 0.38618771165941
    betweennessunweighted 0.19177897574124
    closeness 1.0656520723886
    closenessunweighted 0.5
    harmonic 123.860196291244
    harmonicunweighted 36.6166666666667
    eigenvector 0.481979981883293
    pagerank 0.0928250673823437
    coreness 8
    clustering 0.23015873015873
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
    closeness 0.557615230460922
    closenessunweighted 0.350993377483444
    harmonic 34.2426302098124
    harmonicunweighted 22.1166666666667
    eigenvector 0.000727373660604907
    pagerank 0.0219052509631964
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
    closeness 0.269654754694125
    closenessunweighted 0.209486166007905
    harmonic 15.3227260381541
    harmonicunweighted 12.4761904761905
    eigenvector 3.07720922530612e-07
    pagerank 0.00668597125699764
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
    closeness 0.551809618244918
    closenessunweighted 0.266331658291457
    harmonic 32.5714180886003
    harmonicunweighted 16.8
    eigenvector 6.74846766456315e-05
    pagerank 0.0135284185403127
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
    betweennessunweighted 0.00852857833989909
    closeness 0.579029775236189
    closenessunweighted 0.407692307692308
    harmonic 36.1560110368094
    harmonicunweighted 24.95
    eigenvector 0.0160410375431589
    pagerank 0.00944884708733935
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
    betweennessunweighted 0.00397919690372521
    closeness 0.692466077498301
    closenessunweighted 0.350993377483444
    harmonic 45.3712796313469
    harmonicunweighted 23.2333333333333
    eigenvector 0.0445170201049621
    pagerank 0.00883325163650557
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
    betweenness 0.158563134978229
    betweennessunweighted 0.136008593084065
    closeness 1.06321803727733
    closenessunweighted 0.486238532110092
    harmonic 122.052133014792
    harmonicunweighted 34.7833333333333
    eigenvector 0.475037583573398
    pagerank 0.078954073847227
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
    closeness 0.542953314795844
    closenessunweighted 0.266331658291457
    harmonic 32.3927702658348
    harmonicunweighted 16.75
    eigenvector 8.84758967579962e-05
    pagerank 0.0111233286077384
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
    closeness 0.360427461139896
    closenessunweighted 0.261083743842365
    harmonic 20.4123389679668
    harmonicunweighted 15.4166666666667
    eigenvector 1.46055410119387e-05
    pagerank 0.00543770110902306
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
    eigenvector 0.0633680236146325
    pagerank 0.0155091004590808
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
    eigenvector 0.0582841874664173
    pagerank 0.00994423415203288
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
    eigenvector 0.00318686682549658
    pagerank 0.00372360952315868
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
    closeness 0.75393734123624
    closenessunweighted 0.417322834645669
    harmonic 47.6425074165978
    harmonicunweighted 24.5
    eigenvector 0.017575737519277
    pagerank 0.0111475542007518
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
    eigenvector 0.0321982716299919
    pagerank 0.00999206087507351
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
    closeness 0.54612365063788
    closenessunweighted 0.337579617834395
    harmonic 33.238084755267
    harmonicunweighted 20.45
    eigenvector 0.000692669251357543
    pagerank 0.0135637953190397
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
    eigenvector 0.00119471850804119
    pagerank 0.00401867212116016
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
    eigenvector 0.0654829247422958
    pagerank 0.00968529836747588
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
    betweennessunweighted 0.0220229456078513
    closeness 0.800183506418012
    closenessunweighted 0.417322834645669
    harmonic 57.5118187866107
    harmonicunweighted 26.45
    eigenvector 0.0552789749232081
    pagerank 0.0166840948219484
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
    eigenvector 0.0311101288173908
    pagerank 0.00885941555893792
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
    betweennessunweighted 0.244530260096298
    closeness 0.889929934444883
    closenessunweighted 0.53
    harmonic 68.79019979485
    harmonicunweighted 32.9166666666667
    eigenvector 0.158709833947744
    pagerank 0.0356077833555163
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
    closeness 1.01725122815035
    closenessunweighted 0.43801652892562
    harmonic 106.186630979275
    harmonicunweighted 29.45
    eigenvector 0.37481553829312
    pagerank 0.0532468172643124
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
    closeness 0.516881318062137
    closenessunweighted 0.321212121212121
    harmonic 30.7623454774055
    harmonicunweighted 19.9833333333333
    eigenvector 0.00968368834108558
    pagerank 0.00482421750714764
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
    degree 10
    strength 30
    betweenness 0
    betweennessunweighted 0.00175374939525883
    closeness 0.965476242832511
    closenessunweighted 0.424
    harmonic 83.7514966641146
    harmonicunweighted 27.45
    eigenvector 0.19206892989214
    pagerank 0.0280500526855848
    coreness 8
    clustering 0.8
    community 2
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
    betweennessunweighted 0
    closeness 0.542223501666353
    closenessunweighted 0.401515151515151
    harmonic 32.0943377792994
    harmonicunweighted 24.2833333333333
    eigenvector 0.028083227430209
    pagerank 0.00605964166128088
    coreness 4
    clustering 1
    community 2
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
    eigenvector 0.0236760381776439
    pagerank 0.00647011223149308
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
