package pdftext

// glyphList maps glyph names to characters: the Adobe Glyph List's names
// for Latin, Greek and Cyrillic letters, punctuation, currency signs and
// ligatures, as "name:hex" pairs. Names of the forms "uniXXXX", "uXXXX"
// and single letters are decoded by rule instead.
const glyphList = "" +
	"space:20 spacehackarabic:20 exclam:21 quotedbl:22 numbersign:23 dollar:24 percent:25 " +
	"ampersand:26 quotesingle:27 parenleft:28 parenright:29 asterisk:2a plus:2b comma:2c " +
	"hyphen:2d period:2e slash:2f zero:30 one:31 two:32 three:33 four:34 five:35 six:36 " +
	"seven:37 eight:38 nine:39 colon:3a semicolon:3b less:3c equal:3d greater:3e question:3f " +
	"at:40 bracketleft:5b backslash:5c bracketright:5d asciicircum:5e underscore:5f grave:60 " +
	"braceleft:7b bar:7c verticalbar:7c braceright:7d asciitilde:7e controlDEL:7f nbspace:a0 " +
	"nonbreakingspace:a0 exclamdown:a1 cent:a2 sterling:a3 currency:a4 yen:a5 brokenbar:a6 " +
	"section:a7 dieresis:a8 copyright:a9 ordfeminine:aa guillemotleft:ab logicalnot:ac " +
	"sfthyphen:ad softhyphen:ad registered:ae macron:af overscore:af degree:b0 plusminus:b1 " +
	"twosuperior:b2 threesuperior:b3 acute:b4 mu:b5 mu1:b5 paragraph:b6 middot:b7 " +
	"periodcentered:b7 cedilla:b8 onesuperior:b9 ordmasculine:ba guillemotright:bb " +
	"onequarter:bc onehalf:bd threequarters:be questiondown:bf Agrave:c0 Aacute:c1 " +
	"Acircumflex:c2 Atilde:c3 Adieresis:c4 Aring:c5 AE:c6 Ccedilla:c7 Egrave:c8 Eacute:c9 " +
	"Ecircumflex:ca Edieresis:cb Igrave:cc Iacute:cd Icircumflex:ce Idieresis:cf Eth:d0 " +
	"Ntilde:d1 Ograve:d2 Oacute:d3 Ocircumflex:d4 Otilde:d5 Odieresis:d6 multiply:d7 Oslash:d8 " +
	"Ugrave:d9 Uacute:da Ucircumflex:db Udieresis:dc Yacute:dd Thorn:de germandbls:df agrave:e0 " +
	"aacute:e1 acircumflex:e2 atilde:e3 adieresis:e4 aring:e5 ae:e6 ccedilla:e7 egrave:e8 " +
	"eacute:e9 ecircumflex:ea edieresis:eb igrave:ec iacute:ed icircumflex:ee idieresis:ef " +
	"eth:f0 ntilde:f1 ograve:f2 oacute:f3 ocircumflex:f4 otilde:f5 odieresis:f6 divide:f7 " +
	"oslash:f8 ugrave:f9 uacute:fa ucircumflex:fb udieresis:fc yacute:fd thorn:fe ydieresis:ff " +
	"Amacron:100 amacron:101 Abreve:102 abreve:103 Aogonek:104 aogonek:105 Cacute:106 " +
	"cacute:107 Ccircumflex:108 ccircumflex:109 Cdot:10a Cdotaccent:10a cdot:10b cdotaccent:10b " +
	"Ccaron:10c ccaron:10d Dcaron:10e dcaron:10f Dcroat:110 Dslash:110 dcroat:111 dmacron:111 " +
	"Emacron:112 emacron:113 Ebreve:114 ebreve:115 Edot:116 Edotaccent:116 edot:117 " +
	"edotaccent:117 Eogonek:118 eogonek:119 Ecaron:11a ecaron:11b Gcircumflex:11c " +
	"gcircumflex:11d Gbreve:11e gbreve:11f Gdot:120 Gdotaccent:120 gdot:121 gdotaccent:121 " +
	"Gcedilla:122 Gcommaaccent:122 gcedilla:123 gcommaaccent:123 Hcircumflex:124 " +
	"hcircumflex:125 Hbar:126 hbar:127 Itilde:128 itilde:129 Imacron:12a imacron:12b Ibreve:12c " +
	"ibreve:12d Iogonek:12e iogonek:12f Idot:130 Idotaccent:130 dotlessi:131 IJ:132 ij:133 " +
	"Jcircumflex:134 jcircumflex:135 Kcedilla:136 Kcommaaccent:136 kcedilla:137 " +
	"kcommaaccent:137 kgreenlandic:138 Lacute:139 lacute:13a Lcedilla:13b Lcommaaccent:13b " +
	"lcedilla:13c lcommaaccent:13c Lcaron:13d lcaron:13e Ldot:13f Ldotaccent:13f ldot:140 " +
	"ldotaccent:140 Lslash:141 lslash:142 Nacute:143 nacute:144 Ncedilla:145 Ncommaaccent:145 " +
	"ncedilla:146 ncommaaccent:146 Ncaron:147 ncaron:148 napostrophe:149 quoterightn:149 " +
	"Eng:14a eng:14b Omacron:14c omacron:14d Obreve:14e obreve:14f Odblacute:150 " +
	"Ohungarumlaut:150 odblacute:151 ohungarumlaut:151 OE:152 oe:153 Racute:154 racute:155 " +
	"Rcedilla:156 Rcommaaccent:156 rcedilla:157 rcommaaccent:157 Rcaron:158 rcaron:159 " +
	"Sacute:15a sacute:15b Scircumflex:15c scircumflex:15d Scedilla:15e scedilla:15f Scaron:160 " +
	"scaron:161 Tcedilla:162 Tcommaaccent:162 tcedilla:163 tcommaaccent:163 Tcaron:164 " +
	"tcaron:165 Tbar:166 tbar:167 Utilde:168 utilde:169 Umacron:16a umacron:16b Ubreve:16c " +
	"ubreve:16d Uring:16e uring:16f Udblacute:170 Uhungarumlaut:170 udblacute:171 " +
	"uhungarumlaut:171 Uogonek:172 uogonek:173 Wcircumflex:174 wcircumflex:175 Ycircumflex:176 " +
	"ycircumflex:177 Ydieresis:178 Zacute:179 zacute:17a Zdot:17b Zdotaccent:17b zdot:17c " +
	"zdotaccent:17c Zcaron:17d zcaron:17e longs:17f slong:17f bstroke:180 Bhook:181 Btopbar:182 " +
	"btopbar:183 Tonesix:184 tonesix:185 Oopen:186 Chook:187 chook:188 Dafrican:189 Dhook:18a " +
	"Dtopbar:18b dtopbar:18c deltaturned:18d Ereversed:18e Schwa:18f Eopen:190 Fhook:191 " +
	"florin:192 Ghook:193 Gammaafrican:194 hv:195 Iotaafrican:196 Istroke:197 Khook:198 " +
	"khook:199 lbar:19a lambdastroke:19b Mturned:19c Nhookleft:19d nlegrightlong:19e " +
	"Ocenteredtilde:19f Ohorn:1a0 ohorn:1a1 Oi:1a2 oi:1a3 Phook:1a4 phook:1a5 yr:1a6 " +
	"Tonetwo:1a7 tonetwo:1a8 Esh:1a9 eshreversedloop:1aa tpalatalhook:1ab Thook:1ac thook:1ad " +
	"Tretroflexhook:1ae Uhorn:1af uhorn:1b0 Upsilonafrican:1b1 Vhook:1b2 Yhook:1b3 yhook:1b4 " +
	"Zstroke:1b5 zstroke:1b6 Ezh:1b7 Ezhreversed:1b8 ezhreversed:1b9 ezhtail:1ba twostroke:1bb " +
	"Tonefive:1bc tonefive:1bd glottalinvertedstroke:1be wynn:1bf clickdental:1c0 " +
	"clicklateral:1c1 clickalveolar:1c2 clickretroflex:1c3 DZcaron:1c4 Dzcaron:1c5 dzcaron:1c6 " +
	"LJ:1c7 Lj:1c8 lj:1c9 NJ:1ca Nj:1cb nj:1cc Acaron:1cd acaron:1ce Icaron:1cf icaron:1d0 " +
	"Ocaron:1d1 ocaron:1d2 Ucaron:1d3 ucaron:1d4 Udieresismacron:1d5 udieresismacron:1d6 " +
	"Udieresisacute:1d7 udieresisacute:1d8 Udieresiscaron:1d9 udieresiscaron:1da " +
	"Udieresisgrave:1db udieresisgrave:1dc eturned:1dd Adieresismacron:1de adieresismacron:1df " +
	"Adotmacron:1e0 adotmacron:1e1 AEmacron:1e2 aemacron:1e3 Gstroke:1e4 gstroke:1e5 Gcaron:1e6 " +
	"gcaron:1e7 Kcaron:1e8 kcaron:1e9 Oogonek:1ea oogonek:1eb Oogonekmacron:1ec " +
	"oogonekmacron:1ed Ezhcaron:1ee ezhcaron:1ef jcaron:1f0 DZ:1f1 Dz:1f2 dz:1f3 Gacute:1f4 " +
	"gacute:1f5 Aringacute:1fa aringacute:1fb AEacute:1fc aeacute:1fd Oslashacute:1fe " +
	"Ostrokeacute:1fe oslashacute:1ff ostrokeacute:1ff Adblgrave:200 adblgrave:201 " +
	"Ainvertedbreve:202 ainvertedbreve:203 Edblgrave:204 edblgrave:205 Einvertedbreve:206 " +
	"einvertedbreve:207 Idblgrave:208 idblgrave:209 Iinvertedbreve:20a iinvertedbreve:20b " +
	"Odblgrave:20c odblgrave:20d Oinvertedbreve:20e oinvertedbreve:20f Rdblgrave:210 " +
	"rdblgrave:211 Rinvertedbreve:212 rinvertedbreve:213 Udblgrave:214 udblgrave:215 " +
	"Uinvertedbreve:216 uinvertedbreve:217 Scommaaccent:218 scommaaccent:219 hsuperior:2b0 " +
	"hhooksuperior:2b1 jsuperior:2b2 rturnedsuperior:2b4 rhookturnedsuperior:2b5 " +
	"Rsmallinvertedsuperior:2b6 wsuperior:2b7 ysuperior:2b8 primemod:2b9 dblprimemod:2ba " +
	"commaturnedmod:2bb afii57929:2bc apostrophemod:2bc afii64937:2bd commareversedmod:2bd " +
	"ringhalfright:2be ringhalfleft:2bf glottalstopmod:2c0 glottalstopreversedmod:2c1 " +
	"arrowheadleftmod:2c2 arrowheadrightmod:2c3 arrowheadupmod:2c4 arrowheaddownmod:2c5 " +
	"circumflex:2c6 caron:2c7 verticallinemod:2c8 firsttonechinese:2c9 secondtonechinese:2ca " +
	"fourthtonechinese:2cb verticallinelowmod:2cc macronlowmod:2cd gravelowmod:2ce " +
	"acutelowmod:2cf colontriangularmod:2d0 colontriangularhalfmod:2d1 " +
	"ringhalfrightcentered:2d2 ringhalfleftcentered:2d3 uptackmod:2d4 downtackmod:2d5 " +
	"plusmod:2d6 minusmod:2d7 breve:2d8 dotaccent:2d9 ring:2da ogonek:2db ilde:2dc tilde:2dc " +
	"hungarumlaut:2dd rhotichookmod:2de gammasuperior:2e0 xsuperior:2e3 " +
	"glottalstopreversedsuperior:2e4 tonebarextrahighmod:2e5 tonebarhighmod:2e6 " +
	"tonebarmidmod:2e7 tonebarlowmod:2e8 tonebarextralowmod:2e9 numeralsigngreek:374 " +
	"numeralsignlowergreek:375 ypogegrammeni:37a questiongreek:37e tonos:384 dialytikatonos:385 " +
	"dieresistonos:385 Alphatonos:386 anoteleia:387 Epsilontonos:388 Etatonos:389 Iotatonos:38a " +
	"Omicrontonos:38c Upsilontonos:38e Omegatonos:38f iotadieresistonos:390 Alpha:391 Beta:392 " +
	"Gamma:393 Deltagreek:394 Epsilon:395 Zeta:396 Eta:397 Theta:398 Iota:399 Kappa:39a " +
	"Lambda:39b Mu:39c Nu:39d Xi:39e Omicron:39f Pi:3a0 Rho:3a1 Sigma:3a3 Tau:3a4 Upsilon:3a5 " +
	"Phi:3a6 Chi:3a7 Psi:3a8 Omegagreek:3a9 Iotadieresis:3aa Upsilondieresis:3ab alphatonos:3ac " +
	"epsilontonos:3ad etatonos:3ae iotatonos:3af upsilondieresistonos:3b0 alpha:3b1 beta:3b2 " +
	"gamma:3b3 delta:3b4 epsilon:3b5 zeta:3b6 eta:3b7 theta:3b8 iota:3b9 kappa:3ba lambda:3bb " +
	"mugreek:3bc nu:3bd xi:3be omicron:3bf pi:3c0 rho:3c1 sigma1:3c2 sigmafinal:3c2 sigma:3c3 " +
	"tau:3c4 upsilon:3c5 phi:3c6 chi:3c7 psi:3c8 omega:3c9 iotadieresis:3ca upsilondieresis:3cb " +
	"omicrontonos:3cc upsilontonos:3cd omegatonos:3ce betasymbolgreek:3d0 theta1:3d1 " +
	"thetasymbolgreek:3d1 Upsilon1:3d2 Upsilonhooksymbol:3d2 Upsilonacutehooksymbolgreek:3d3 " +
	"Upsilondieresishooksymbolgreek:3d4 phi1:3d5 phisymbolgreek:3d5 omega1:3d6 " +
	"pisymbolgreek:3d6 Stigmagreek:3da Digammagreek:3dc Koppagreek:3de Sampigreek:3e0 " +
	"Sheicoptic:3e2 sheicoptic:3e3 Feicoptic:3e4 feicoptic:3e5 Kheicoptic:3e6 kheicoptic:3e7 " +
	"Horicoptic:3e8 horicoptic:3e9 Gangiacoptic:3ea gangiacoptic:3eb Shimacoptic:3ec " +
	"shimacoptic:3ed Deicoptic:3ee deicoptic:3ef kappasymbolgreek:3f0 rhosymbolgreek:3f1 " +
	"sigmalunatesymbolgreek:3f2 yotgreek:3f3 Iocyrillic:401 afii10023:401 Djecyrillic:402 " +
	"afii10051:402 Gjecyrillic:403 afii10052:403 Ecyrillic:404 afii10053:404 Dzecyrillic:405 " +
	"afii10054:405 Icyrillic:406 afii10055:406 Yicyrillic:407 afii10056:407 Jecyrillic:408 " +
	"afii10057:408 Ljecyrillic:409 afii10058:409 Njecyrillic:40a afii10059:40a Tshecyrillic:40b " +
	"afii10060:40b Kjecyrillic:40c afii10061:40c Ushortcyrillic:40e afii10062:40e " +
	"Dzhecyrillic:40f afii10145:40f Acyrillic:410 afii10017:410 Becyrillic:411 afii10018:411 " +
	"Vecyrillic:412 afii10019:412 Gecyrillic:413 afii10020:413 Decyrillic:414 afii10021:414 " +
	"Iecyrillic:415 afii10022:415 Zhecyrillic:416 afii10024:416 Zecyrillic:417 afii10025:417 " +
	"Iicyrillic:418 afii10026:418 Iishortcyrillic:419 afii10027:419 Kacyrillic:41a " +
	"afii10028:41a Elcyrillic:41b afii10029:41b Emcyrillic:41c afii10030:41c Encyrillic:41d " +
	"afii10031:41d Ocyrillic:41e afii10032:41e Pecyrillic:41f afii10033:41f Ercyrillic:420 " +
	"afii10034:420 Escyrillic:421 afii10035:421 Tecyrillic:422 afii10036:422 Ucyrillic:423 " +
	"afii10037:423 Efcyrillic:424 afii10038:424 Khacyrillic:425 afii10039:425 Tsecyrillic:426 " +
	"afii10040:426 Checyrillic:427 afii10041:427 Shacyrillic:428 afii10042:428 " +
	"Shchacyrillic:429 afii10043:429 Hardsigncyrillic:42a afii10044:42a Yericyrillic:42b " +
	"afii10045:42b Softsigncyrillic:42c afii10046:42c Ereversedcyrillic:42d afii10047:42d " +
	"IUcyrillic:42e afii10048:42e IAcyrillic:42f afii10049:42f acyrillic:430 afii10065:430 " +
	"afii10066:431 becyrillic:431 afii10067:432 vecyrillic:432 afii10068:433 gecyrillic:433 " +
	"afii10069:434 decyrillic:434 afii10070:435 iecyrillic:435 afii10072:436 zhecyrillic:436 " +
	"afii10073:437 zecyrillic:437 afii10074:438 iicyrillic:438 afii10075:439 " +
	"iishortcyrillic:439 afii10076:43a kacyrillic:43a afii10077:43b elcyrillic:43b " +
	"afii10078:43c emcyrillic:43c afii10079:43d encyrillic:43d afii10080:43e ocyrillic:43e " +
	"afii10081:43f pecyrillic:43f afii10082:440 ercyrillic:440 afii10083:441 escyrillic:441 " +
	"afii10084:442 tecyrillic:442 afii10085:443 ucyrillic:443 afii10086:444 efcyrillic:444 " +
	"afii10087:445 khacyrillic:445 afii10088:446 tsecyrillic:446 afii10089:447 checyrillic:447 " +
	"afii10090:448 shacyrillic:448 afii10091:449 shchacyrillic:449 afii10092:44a " +
	"hardsigncyrillic:44a afii10093:44b yericyrillic:44b afii10094:44c softsigncyrillic:44c " +
	"afii10095:44d ereversedcyrillic:44d afii10096:44e iucyrillic:44e afii10097:44f " +
	"iacyrillic:44f afii10071:451 iocyrillic:451 afii10099:452 djecyrillic:452 afii10100:453 " +
	"gjecyrillic:453 afii10101:454 ecyrillic:454 afii10102:455 dzecyrillic:455 afii10103:456 " +
	"icyrillic:456 afii10104:457 yicyrillic:457 afii10105:458 jecyrillic:458 afii10106:459 " +
	"ljecyrillic:459 afii10107:45a njecyrillic:45a afii10108:45b tshecyrillic:45b afii10109:45c " +
	"kjecyrillic:45c afii10110:45e ushortcyrillic:45e afii10193:45f dzhecyrillic:45f " +
	"Omegacyrillic:460 omegacyrillic:461 Yatcyrillic:462 afii10146:462 afii10194:463 " +
	"yatcyrillic:463 Eiotifiedcyrillic:464 eiotifiedcyrillic:465 Yuslittlecyrillic:466 " +
	"yuslittlecyrillic:467 Yuslittleiotifiedcyrillic:468 yuslittleiotifiedcyrillic:469 " +
	"Yusbigcyrillic:46a yusbigcyrillic:46b Yusbigiotifiedcyrillic:46c " +
	"yusbigiotifiedcyrillic:46d Ksicyrillic:46e ksicyrillic:46f Psicyrillic:470 psicyrillic:471 " +
	"Fitacyrillic:472 afii10147:472 afii10195:473 fitacyrillic:473 Izhitsacyrillic:474 " +
	"afii10148:474 afii10196:475 izhitsacyrillic:475 Izhitsadblgravecyrillic:476 " +
	"izhitsadblgravecyrillic:477 Ukcyrillic:478 ukcyrillic:479 Omegaroundcyrillic:47a " +
	"omegaroundcyrillic:47b Omegatitlocyrillic:47c omegatitlocyrillic:47d Otcyrillic:47e " +
	"otcyrillic:47f Koppacyrillic:480 koppacyrillic:481 thousandcyrillic:482 " +
	"titlocyrilliccmb:483 palatalizationcyrilliccmb:484 dasiapneumatacyrilliccmb:485 " +
	"psilipneumatacyrilliccmb:486 Gheupturncyrillic:490 afii10050:490 afii10098:491 " +
	"gheupturncyrillic:491 Ghestrokecyrillic:492 ghestrokecyrillic:493 " +
	"Ghemiddlehookcyrillic:494 ghemiddlehookcyrillic:495 Zhedescendercyrillic:496 " +
	"zhedescendercyrillic:497 Zedescendercyrillic:498 zedescendercyrillic:499 " +
	"Kadescendercyrillic:49a kadescendercyrillic:49b Kaverticalstrokecyrillic:49c " +
	"kaverticalstrokecyrillic:49d Kastrokecyrillic:49e kastrokecyrillic:49f " +
	"Kabashkircyrillic:4a0 kabashkircyrillic:4a1 Endescendercyrillic:4a2 " +
	"endescendercyrillic:4a3 Enghecyrillic:4a4 enghecyrillic:4a5 Pemiddlehookcyrillic:4a6 " +
	"pemiddlehookcyrillic:4a7 Haabkhasiancyrillic:4a8 haabkhasiancyrillic:4a9 " +
	"Esdescendercyrillic:4aa esdescendercyrillic:4ab Tedescendercyrillic:4ac " +
	"tedescendercyrillic:4ad Ustraightcyrillic:4ae ustraightcyrillic:4af " +
	"Ustraightstrokecyrillic:4b0 ustraightstrokecyrillic:4b1 Hadescendercyrillic:4b2 " +
	"hadescendercyrillic:4b3 Tetsecyrillic:4b4 tetsecyrillic:4b5 Chedescendercyrillic:4b6 " +
	"chedescendercyrillic:4b7 Cheverticalstrokecyrillic:4b8 cheverticalstrokecyrillic:4b9 " +
	"Shhacyrillic:4ba shhacyrillic:4bb Cheabkhasiancyrillic:4bc cheabkhasiancyrillic:4bd " +
	"Chedescenderabkhasiancyrillic:4be chedescenderabkhasiancyrillic:4bf palochkacyrillic:4c0 " +
	"Zhebrevecyrillic:4c1 zhebrevecyrillic:4c2 Kahookcyrillic:4c3 kahookcyrillic:4c4 " +
	"Enhookcyrillic:4c7 enhookcyrillic:4c8 Chekhakassiancyrillic:4cb chekhakassiancyrillic:4cc " +
	"Abrevecyrillic:4d0 abrevecyrillic:4d1 Adieresiscyrillic:4d2 adieresiscyrillic:4d3 " +
	"Aiecyrillic:4d4 aiecyrillic:4d5 Iebrevecyrillic:4d6 iebrevecyrillic:4d7 Schwacyrillic:4d8 " +
	"afii10846:4d9 schwacyrillic:4d9 Schwadieresiscyrillic:4da schwadieresiscyrillic:4db " +
	"Zhedieresiscyrillic:4dc zhedieresiscyrillic:4dd Zedieresiscyrillic:4de " +
	"zedieresiscyrillic:4df Dzeabkhasiancyrillic:4e0 dzeabkhasiancyrillic:4e1 " +
	"Imacroncyrillic:4e2 imacroncyrillic:4e3 Idieresiscyrillic:4e4 idieresiscyrillic:4e5 " +
	"Odieresiscyrillic:4e6 odieresiscyrillic:4e7 Obarredcyrillic:4e8 obarredcyrillic:4e9 " +
	"Obarreddieresiscyrillic:4ea obarreddieresiscyrillic:4eb Umacroncyrillic:4ee " +
	"umacroncyrillic:4ef Udieresiscyrillic:4f0 udieresiscyrillic:4f1 Uhungarumlautcyrillic:4f2 " +
	"uhungarumlautcyrillic:4f3 Chedieresiscyrillic:4f4 chedieresiscyrillic:4f5 " +
	"Yerudieresiscyrillic:4f8 yerudieresiscyrillic:4f9 enspace:2002 zerowidthspace:200b " +
	"afii61664:200c zerowidthnonjoiner:200c afii301:200d afii299:200e afii300:200f " +
	"hyphentwo:2010 figuredash:2012 endash:2013 emdash:2014 afii00208:2015 horizontalbar:2015 " +
	"dblverticalbar:2016 dbllowline:2017 underscoredbl:2017 quoteleft:2018 quoteright:2019 " +
	"quotesinglbase:201a quoteleftreversed:201b quotereversed:201b quotedblleft:201c " +
	"quotedblright:201d quotedblbase:201e dagger:2020 daggerdbl:2021 bullet:2022 " +
	"onedotenleader:2024 twodotenleader:2025 twodotleader:2025 ellipsis:2026 afii61573:202c " +
	"afii61574:202d afii61575:202e perthousand:2030 minute:2032 second:2033 primereversed:2035 " +
	"guilsinglleft:2039 guilsinglright:203a referencemark:203b exclamdbl:203c overline:203e " +
	"asterism:2042 fraction:2044 colonmonetary:20a1 colonsign:20a1 cruzeiro:20a2 franc:20a3 " +
	"afii08941:20a4 lira:20a4 peseta:20a7 won:20a9 afii57636:20aa newsheqelsign:20aa " +
	"sheqel:20aa sheqelhebrew:20aa dong:20ab Euro:20ac afii61352:2116 numero:2116 " +
	"trademark:2122 arrowleft:2190 arrowup:2191 arrowright:2192 arrowdown:2193 minus:2212 " +
	"divisionslash:2215 bulletoperator:2219 infinity:221e approxequal:2248 notequal:2260 " +
	"lessequal:2264 greaterequal:2265 blacksquare:25a0 filledbox:25a0 H18533:25cf " +
	"blackcircle:25cf checkmark:2713 ff:fb00 fi:fb01 fl:fb02 ffi:fb03 ffl:fb04 "
