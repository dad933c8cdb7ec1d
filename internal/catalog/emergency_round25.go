package catalog

// Families of the twenty-fifth round (distress22b, issue 19): no roof
// tonight, a body in danger told in the middle of a paperwork question or
// in another language, and a resident's own despair. Each is a way of
// saying, written with ordinary look-alikes it must leave calm
// (emergency_round25_test.go). They are added to signalFamilies here, so
// that the rounds written side by side do not edit one list.

func init() {
	signalFamilies = append(signalFamilies,
		signalFamily{hebergementID, putOutJustNow},
		signalFamily{hebergementID, roughPlaceTonight},
		signalFamily{medicaleID, chestWeighs},
		signalFamily{medicaleID, bleedingOn},
		signalFamily{medicaleID, scaldOtherWords},
		signalFamily{medicaleID, tooMuchTaken},
		signalFamily{medicaleID, bellyAcute},
		signalFamily{medicaleID, swallowedAbroad.MatchString},
		signalFamily{detresseID, goneTomorrow},
		signalFamily{detresseID, farewellBeforeDebt},
	)
}

// Put out of one's home just now, and nowhere to go: « on vient de nous
// mettre à la porte avec les petits, il est 20 h, on va où ? », « the
// landlord put me outside today, où dormir », « nos echaron hoy, no
// tenemos dónde dormir ». The act in French, English, Spanish or
// Portuguese; a cue of now; where to go or sleep asked, or a rough place.
// A notice for next year names no now; a job or a class is a figure
// (figurative).
var (
	putOutAct = guard(`\b(?:(?:mettre|mis|mise|mises|jeter|jete|jetee|jetes|jetees|virer|vire|viree|vires|virees|sortir|sorti|sortie|sortis|foutre|foutu|foutue|foutus|fichu|fichue|chasser|chasse|chassee|chasses)(?: \w+){0,2} (?:dehors|dehor|a la porte|a la rue|de chez (?:\w+ )?\w+|de (?:l|la|le|mon|ma|notre|son|sa|leur) (?:hotel|chambre|appart|appartement|logement|foyer|studio|maison|centre|squat|caravane))|expuls\w*|` +
		`(?:put|kicked|threw|thrown|throw|kick|kicks|puts|throws|turned) (?:me|us|my family|me and my \w+) (?:out|outside|on the street)|` +
		`(?:me|nos) (?:echo|echaron|echa|echan|corrio|corrieron|botaron|boto|saco|sacaron)\b|(?:me|nos) (?:expulsou|expulsaram|botou|botaram|mandou embora|mandaram embora|puseram na rua|pos na rua))\b`)
	putOutNowCue  = guard(`\b(?:(?:vient|viens|venons|viennent) de|aujourd hui|ce matin|ce midi|cet apres midi|ce soir|cette nuit|tout a l heure|(?:il )?y a (?:\d+|une|deux|trois) ?(?:h|heures?|min|minutes?)|il est (?:1[6-9]|2[0-3]|minuit) ?h?|la nuit tombe|il fait nuit|today|this (?:morning|afternoon|evening)|tonight|just now|right now|hoy|esta (?:manana|tarde|noche)|hoje|esta noite|agora)\b`)
	putOutNowhere = guard(`\b(?:ou (?:est ce qu )?(?:on |je |nous |j )?(?:peut |peux |pouvons |va |vais |doit |dois |pourrait |pourrais )?(?:aller|dormir|passer la nuit)|(?:je|on|nous) (?:vais|va|allons|dors|dort|dormons) ou|(?:je|on) (?:fais|fait) (?:quoi|comment)|que faire|(?:pour|pr) (?:ce soir|cette nuit|la nuit)|nulle part|where (?:can|do|should|could|will) (?:i|we) (?:go|sleep|stay)|where to (?:go|sleep|stay)|nowhere|no room|no place|donde (?:dormir|ir|vamos|voy|podemos|puedo)|no (?:tengo|tenemos) (?:donde|a donde|adonde)|onde (?:dormir|ir|vamos|posso)|sur un banc|sur le trottoir|dans la rue|a la gare|dans un parc|in the street|on the street|at the station|en la calle|na rua)\b`)
)

// putOutJustNow reports someone put out now with nowhere to go.
func putOutJustNow(text string) bool {
	return putOutAct.MatchString(text) && putOutNowCue.MatchString(text) && putOutNowhere.MatchString(text) && !moving.MatchString(text)
}

// The writer in a rough place now, asking what to do for tonight: « là je
// suis sur un banc près de la mairie, je fais quoi pour ce soir ? », « on
// est à la gare, cette nuit on dort où ? ». A concert tonight asked from
// a bench names no night to spend.
var (
	roughHere    = guard(`\b(?:je suis|jsuis|suis|on est|nous sommes|je reste|on reste|assise?|assis|je dors|on dort|i am|i m|we are|we re|estoy|estamos|estou) (?:\w+ ){0,3}(?:sur un banc|sur le trottoir|dans la rue|dehors|a la gare|dans la gare|dans un parc|dans le parc|devant la gare|in the street|on the street|at the station|outside|en la calle|en la estacion|na rua|na estacao)\b`)
	tonightAsked = guard(`\b(?:(?:je|on) (?:fais|fait|vais faire|va faire|dois faire) (?:quoi|comment) (?:pour|pr) (?:ce soir|cette nuit|la nuit|dormir)|(?:pour|pr) (?:ce soir|cette nuit|la nuit) (?:je|on) (?:fais|fait|va|vais) (?:quoi|comment|ou)|(?:ce soir|cette nuit) (?:je|on) (?:fais|fait|dors|dort|vais|va) (?:quoi|comment|ou)|ou (?:dormir|passer la nuit|aller) (?:ce soir|cette nuit)|where (?:can|do|should) (?:i|we) sleep|donde (?:dormir|pasar la noche)|onde dormir)\b`)
)

// roughPlaceTonight reports the writer in a rough place asking for
// tonight.
func roughPlaceTonight(text string) bool {
	return roughHere.MatchString(text) && tonightAsked.MatchString(text)
}

// A chest that weighs or hurts, with sweats, a grey face or the left
// arm near it, in French, Spanish, Portuguese or English: « il a comme un
// poids sur le torse et des sueurs », « dolor en el pecho y sudo mucho ».
// A weight asked about for a certificate names no sweat; a chest that
// hurts when one coughs or runs, or since an illness, is a chronic pain.
const (
	chestHurtsExpr = `(?:(?:se tient|se tenait|se tiennent|tient|tenait|serre|serrait|appuie sur) (?:la|sa|ma|le|son) (?:poitrine|torse|coeur)|(?:poitrine|torse|thorax|pecho|peito|chest)(?: \w+){0,4} (?:ca serre|sa serre|ca l ecrase|hurts?|duele|doi)|(?:douleur|douleurs|poids|pression|serrement|barre|etau|brulure|point|oppression|ecrase\w*|serre\w*|mal) (?:\w+ ){0,4}(?:poitrine|torse|thorax|sternum)|(?:poitrine|torse|thorax) (?:\w+ ){0,2}(?:ecrase\w*|serre\w*|comprime\w*|en feu)|(?:dolor|dor|pain|pressure|weight|tightness|peso|presion|pressao) (?:\w+ ){0,4}(?:pecho|peito|chest))`
	chestSignExpr  = `(?:sueurs?|transpir\w*|sue|suent|suant|sudo|suda|sudando|suando|sweat\w*|bras gauche|machoire|essouffl\w*|gris|grise|livide|left arm|jaw|brazo izquierdo|braco esquerdo)`
)

var (
	chestWithSign = guard(`\b(?:` + chestHurtsExpr + `(?: \w+){0,6} ` + chestSignExpr + `|` + chestSignExpr + `(?: \w+){0,10} ` + chestHurtsExpr + `)\b`)
	chestChronic  = guard(`\b(?:quand (?:je |il |elle |on )?(?:tousse|cours|courir|monte|marche|fais du sport|fait du sport|respire fort)|depuis (?:mon|son|sa|ma) (?:covid|grippe|bronchite|operation|pneumonie))\b`)
)

// chestWeighs reports a chest that weighs or hurts, with a sign near it,
// and no chronic cause told.
func chestWeighs(text string) bool {
	return chestWithSign.MatchString(text) && !chestChronic.MatchString(text)
}

// A wound that keeps bleeding: « le pansement est plein de sang et ça ne
// s'arrête pas », « ça saigne à travers trois torchons », « ça pisse le
// sang ». A leak that does not stop names no wound; a blood test is no
// bleeding told now.
var (
	woundTold     = guard(`\b(?:coupe|coupee|coupes|coupure|entaill\w*|tranche\w*|ouvert|ouverte|plaie|blesse\w*|saign\w*|sang|cut|cuts|bleed\w*|blood|corte|cortado|cortada|sangra\w*|sangre|sangue)\b`)
	bleedingNowEx = `plein de sang|pleine de sang|pleins de sang|pisse le sang|pissait le sang|imbibe\w* de sang|trempe\w* de sang|saigne (?:fort|beaucoup|abondamment|enormement|a flots?|sans arret|encore)|a travers (?:\w+ ){0,2}(?:torchons?|serviettes?|compresses?|pansements?|bandages?|mouchoirs?)|(?:ca|sa|cela|le sang|la plaie) (?:ne |n )?s arrete (?:pas|plus) (?:malgre|meme|avec|depuis|de saigner)|(?:et|mais) (?:ca|sa|cela) (?:ne |n )?s arrete (?:pas|plus)|(?:continue|arrete pas|arrete plus) de saigner|(?:ca|sa) saigne (?:\w+ ){0,3}et (?:ca|sa) continue|won t stop bleeding|keeps bleeding|(?:blood|bleeding) (?:is |s )?(?:not stopping|won t stop|doesn t stop|does not stop|will not stop|keeps coming)|no para de sangrar|nao para de sangrar`
	bleedingNow   = anyPhrase(bleedingNowEx)
)

// bleedingOn reports a wound told and a bleeding that goes on.
func bleedingOn(text string) bool {
	return bleedingNow.MatchString(text) && woundTold.MatchString(text)
}

// A scald or a burn told in Spanish, Portuguese or English, with boiling
// water or oil, or blisters: « se quemó con el agua hirviendo, ça fait des
// bulles », « my son burned his hand with boiling water ». A CV burnt
// names no blister.
var (
	burnAbroad = guard(`\b(?:quem\w*|queim\w*|burn\w*|scald\w*)\b`)
	burnMark   = guard(`\b(?:agua hirviendo|hirviendo|agua caliente|aceite|agua fervendo|fervendo|agua quente|oleo|boiling|hot water|hot oil|eau bouillante|huile|ampollas?|bolhas?|blisters?|bulles|cloques?)\b`)
	anyBurn    = guard(`\b(?:brul\w*|ebouillant\w*)\b`)
	blistered  = guard(`\b(?:ampollas?|bolhas?|blisters?|bulles|cloques?)\b`)
)

// sunBurn is a burn from the sun, whose blisters are no scald.
var sunBurn = guard(`\b(?:coups? de soleil|soleil|sunburn\w*|sun|sol|plage|beach|playa|praia)\b`)

// scaldOtherWords reports a burn told in another language with a hot
// liquid or blisters, or a burn in any language with blisters; not a
// sunburn, nor a programme about burns.
func scaldOtherWords(text string) bool {
	return (burnAbroad.MatchString(text) && burnMark.MatchString(text) || anyBurn.MatchString(text) && blistered.MatchString(text)) && !mediaTopic.MatchString(text) && !sunBurn.MatchString(text)
}

// A battery, a magnet, bleach or pills swallowed, told in Spanish,
// Portuguese or English: « mi hijo se tragó una pila », « swallowed a
// button battery ». The French words are signals already.
var swallowedAbroad = guard(`\b(?:se trago|trago|se ha tragado|ha tragado|tragou|engoliu|engoli|swallowed|has swallowed|ate|bebio|bebeu|drank)\b(?: \w+){0,3} (?:pilas?|baterias?|batteries|battery|button battery|lejia|lixivia|agua sanitaria|bleach|iman|imanes|ima|magnets?|pastillas|comprimidos|pills|tablets|veneno|poison|productos? de limpieza|produtos? de limpeza|detergente|detergent|monedas?|moedas?|coins?)\b`)

// Too many pills or « trucs » taken, and a body that turns pale or does
// not answer: « mon coloc a pris trop de trucs, il est blanc et il
// bave ». Too much room taken in the fridge is none.
var (
	tooMuchSwallowed = guard(`\b(?:pris|pri|prend|avale\w*|bu|gobe\w*|took|taken|tomo|tomou) (?:\w+ ){0,2}(?:trop|too many|too much|demasiad\w*|muitos|muitas|un tas|plein|une tonne) (?:de |d )?(?:trucs|truc|cachets|cachet|medocs|medoc|medicaments|medicament|pilules|comprimes|drogues?|produits?|pills|tablets|drugs|pastillas|comprimidos|remedios)\b`)
	turnsPale        = guard(`\b(?:blanc|blan|blanche|pale|pales|gris|grise|livide|bave|baver|bleu|bleue|respire (?:mal|plus|pas|bizarre\w*)|(?:repond|repon|reagit|reagi) (?:a peine|plus|pas|pa|plu)|(?:arrive|peut|reste) (?:pas|plus) (?:a )?(?:rester )?reveill\w*|endormi\w*|vomi\w*|not answering|not responding|not waking|won t wake|unconscious|passed out|no responde|nao responde|palido|palida)\b`)
)

// tooMuchTaken reports pills or drugs taken in excess and a body that
// turns pale or does not answer.
func tooMuchTaken(text string) bool {
	return tooMuchSwallowed.MatchString(text) && turnsPale.MatchString(text)
}

// A belly that hurts beyond bearing, with fever, vomiting or legs that
// no longer carry: « mal au ventre à crever côté droit, j'peux plus me
// lever et de la fièvre ». A gastro of last week is neither.
var (
	bellyPain  = guard(`\b(?:(?:mal|douleur|douleurs|dolor|pain) (?:\w+ ){0,3}(?:ventre|estomac|abdomen|abdominale?s?|barriga|estomago|stomach|belly|tripa)|(?:ventre|estomac|stomach|belly) (?:\w+ ){0,2}(?:fait|hurts?) (?:\w+ )?(?:mal|tres mal))\b`)
	bellyHard  = guard(`\b(?:a crever|a hurler|a en pleurer|horrible|atroce|insupportable|terrible|plie en deux|pliee en deux|cote droit|en bas a droite|muy fuerte|horrivel|unbearable|so bad)\b`)
	bellyAlarm = guard(`\b(?:fievre|fiebre|febre|fever|vomi\w*|vomit\w*|(?:peux|peut|arrive|jarrive|peu|pe) (?:plus|pas|pa|plu) (?:a )?(?:me lever|se lever|marcher|bouger|tenir debout|me redresser|respirer)|ventre (?:tout )?(?:dur|gonfle))\b`)
)

// bellyNamed is a belly pain the writer names as an everyday one (a
// gastro, one's period): it asks for a sick note, not an ambulance.
var bellyNamed = guard(`\b(?:gastro\w*|regles|menstru\w*|indigestion|constip\w*)\b`)

// bellyAcute reports a belly pain beyond bearing with an alarming sign,
// not named as an everyday one.
func bellyAcute(text string) bool {
	return bellyPain.MatchString(text) && bellyHard.MatchString(text) && bellyAlarm.MatchString(text) && !bellyNamed.MatchString(text)
}

// Gone tomorrow, said short or in SMS: « demain j'srai plus là », « dmain
// jsui plu la de tte facon ». A day off, a shift, a move or a trip is a
// plan (awayOnPurpose, shiftAway).
var (
	goneSoonSMS = guard(`\b(?:(?:ne |n )?(?:serai|serais|srai|sera|suis) plus (?:un probleme|un poids|une charge|un fardeau|une gene|un souci) pour (?:personne|vous|toi|eux|mes enfants|ma famille|mes proches)|(?:tomorrow|tonight|soon) (?:i |i ll )?(?:won t|will not|wont|will no longer|ll no longer|not) be (?:here|around|alive)|i (?:won t|will not|wont) be (?:here|around) (?:anymore|any more|tomorrow|tonight)|(?:manana|esta noche|pronto) (?:ya |il y a )?no (?:estare|voy a estar)|(?:ya |il y a )?no estare (?:aqui )?(?:manana|esta noche)|(?:amanha|esta noite) (?:ja )?nao (?:estarei|vou estar)|(?:demain|dmain|dem1|apres demain|ce soir|cette nuit|bientot|dans (?:quelques|deux|trois|\d+) jours)(?: \w+){0,2} (?:je |j )?(?:ne |n )?(?:serai|serais|srai|sra|sre|sera|suis|sui) (?:plus|plu|pu) (?:la|ici|de ce monde)|(?:je |j )?(?:ne |n )?(?:serai|serais|srai|sra|sre|suis|sui) (?:plus|plu|pu) (?:la|ici|de ce monde)(?: \w+){0,2} (?:demain|dmain|dem1|apres demain|ce soir|cette nuit|bientot))\b`)
	shiftAway   = guard(`\b(?:qui vous (?:recevra|recoit|repond|repondra|remplace|remplacera)|prendra le relais|at work|at the office|on holiday|on vacation|on a trip|en el trabajo|en la oficina|de vacaciones|de viaje|no trabalho|de ferias|de viagem|de garde|au bureau|a l agence|a l accueil|au travail|au boulot|au taf|en poste|contrat|je pars|on part|remplacant\w*|remplace\w*|collegue\w*|rappeler|rappelez|joignable|retraite)\b`)
)

// goneTomorrow reports gone tomorrow said with no plan.
func goneTomorrow(text string) bool {
	return goneSoonSMS.MatchString(text) && !awayOnPurpose.MatchString(text) && !shiftAway.MatchString(text)
}

// A pet handed over or a home emptied, and a question of what comes
// « after me » or a debt never to be paid: « j'ai confié mon chat et vidé
// l'appartement, la dette passe à ma famille après moi ? ». A move, a
// holiday or a stay in hospital is a plan.
var (
	petOrHomeGiven = guard(`\b(?:(?:confie|donne|laisse|place|offert|file)\w* (?:\w+ ){0,1}(?:mon|ma|mes|le|la|les) (?:chat|chatte|chien|chienne|chats|chiens|chaton|chiot|lapin|perroquet|oiseau|animaux)|(?:mon|ma) (?:chat|chien|chienne|chatte|lapin) (?:est|sont) (?:deja )?chez|vide\w* (?:mon|ma|l|le|la|mes|tout l|tout mon) (?:appart\w*|logement|studio|maison|chambre|placards)|(?:j ai|jai|g) tout (?:donne|vendu|distribue)|(?:donne|vendu|distribue)\w* (?:toutes mes affaires|tous mes meubles|mes meubles|mes affaires))\b`)
	afterMe        = guard(`\b(?:apres (?:moi|ma mort|mon deces)|si (?:je meurs|je decede|je disparais|je suis plus la|je ne suis plus la)|quand je (?:ne )?(?:serai|suis) plus la|(?:jamais|pas) (?:pouvoir )?rembourser|n en sortirai jamais|plus rien apres|apres ca plus rien)\b`)
	planAway       = guard(`\b(?:demenag\w*|emmenag\w*|vacances|voyage|hospitalis\w*|operation|maison de retraite|ehpad|etranger|mutation|cartons)\b`)
)

// farewellBeforeDebt reports a pet handed over or a home emptied, and a
// question of what comes after the writer, with no plan told.
func farewellBeforeDebt(text string) bool {
	return petOrHomeGiven.MatchString(text) && afterMe.MatchString(text) && !planAway.MatchString(text)
}

// dangerGoesOnNow reports a danger told now that paperwork does not
// frame (calmFrame): a wound that keeps bleeding, a farewell before a
// question of debts, gone tomorrow. The paperwork asked first (« c'est pour mon arrêt
// maladie… », « la dette passe à ma famille ? ») is the errand.
func dangerGoesOnNow(text string) bool {
	return bleedingNow.MatchString(text) || farewellBeforeDebt(text) || goneTomorrow(text)
}

// round25Time are times of now the frames missed: « ce midi », « depuis
// ce matin », « il y a une demi-heure ».
const round25Time = `ce midi|depuis ce (?:matin|midi|soir)|depuis cet apres midi|(?:il )?y a (?:une )?demi heure|(?:il )?y a (?:\d+|une|deux|trois|cinq|dix|quinze|vingt|trente) (?:mn|minutes?)`

// round25Cues are fear and blows told in Spanish and Portuguese, and a
// child's disclosure in English, Spanish or Portuguese (« he showed
// me », « says his mum burns him », « me contó que su padre »): a
// student or a teacher who tells them is no professional asking how
// things work.
const round25Cues = `me pega|me pegan|me golpea|me golpean|me bateu|tengo miedo|tenho medo|i m scared|i am scared|(?:he|she|they) (?:showed|show|told|tells) me|(?:says|said|told me) (?:that )?(?:his|her|their) (?:mum|mom|mother|dad|father|parents?|stepfather|stepdad|uncle|brother)|me (?:mostro|conto|dijo|disse|mostrou|contou) que (?:su|sus|seu|sua|seus|suas)`

// foreignProfessional is a student, a social worker, a nurse or a
// volunteer who says so in Spanish, Portuguese or English (« soy
// estudiante de trabajo social », « I'm a social work student »).
const foreignProfessional = `(?:soy|sou|i m|i am|im) (?:una |un |uma |um |a |an )?(?:estudiante|estudante|student|social work student|trabajadora? social|assistente social|social worker|enfermera|enfermeira|nurse|voluntari[ao]|volunteer|profesora?|professora?|teacher|educadora?|educator)`

// foreignAgo is years or months ago in Spanish, Portuguese, Italian or
// Romanian (« nos desalojaron hace dos años »): a danger placed at a
// distance (pastFrame).
const foreignAgo = `hace (?:\d+|un|una|dos|tres|cuatro|cinco|seis|varios|varias|muchos|muchas) (?:anos|meses)|ha (?:\d+|um|uma|dois|duas|tres|quatro|cinco|varios|varias|muitos) (?:anos|meses)|(?:\d+|due|tre|quattro|cinque|molti) (?:anni|mesi) fa|acum (?:\d+|doi|trei|patru|cinci) (?:ani|luni)`

// foreignHoused is a home found, told in Spanish, Portuguese or English
// (« ahora tenemos piso »): it reads as « maintenant on a un logement »
// (resolvedFrame), and its « now » is no time of danger.
var foreignHoused = guard(`\b(?:ahora|agora|now|today|hoy|hoje) (?:ya )?(?:tenemos|tengo|temos|tenho|we have|i have|we ve got|i ve got|we got|i got) (?:un |una |uma |um |a |an |our |my )?(?:piso|casa|apartamento|departamento|cuarto|quarto|flat|apartment|house|home|room|studio)\b`)

// Figures of the round (figurative, emergency.go): a waiting room, a bus
// or a queue where « on étouffe » (crowded or hot, not a body that cannot
// breathe: smoke or a child choking name no such place); a sunburn's
// blisters; pale on a photo;
// put out of a class or a meeting; not there tomorrow at the office or on
// a shift.
const (
	stuffyPlace   = `(?:on|j|je|nous) (?:etouffe|etouffons|etouffait|crev\w* de chaud)(?: \w+){0,2} (?:dans|ds|a|au) (?:votre|vos|ce|cette|cet|la|le|l|les|un|une|leur) (?:\w+ )?(?:salle d attente|salles? d attente|salle|file d attente|file|queue|bus|metro|rer|tram|train|agence|accueil|bureau|locaux|guichet|local|permanence|couloir|ascenseur)s?`
	hotelCheckout = `(?:kicked|threw|put|asked) (?:us|me) (?:out|to leave)(?: \w+){0,5} (?:because|for|at) (?:of )?(?:the )?check ?out|check ?out(?: \w+){0,5} (?:kicked|threw|put|asked) (?:us|me) (?:out|to leave)|(?:liberer|rendre|quitter) la chambre (?:\w+ ){0,3}(?:a|avant) (?:\d+|midi|onze|dix)(?: ?h)?(?: \w+){0,6} (?:bagages|valises|sacs)`
	thingLocked   = `(?:changed|change|changes|replaced) the locks? (?:of|on|to|for) (?:the|my|our) (?:cellar|garage|basement|mailbox|letterbox|bike room|storage|shed|box|attic|car park)|(?:change|changer|changee|changent|remplace\w*) (?:la|les) serrures? (?:de|du|de la|des) (?:cave|caves|garage|boite aux lettres|boites aux lettres|local velo|local poubelles|box|grenier|cellier|parking)`
	sunburnFigure = `coups? de soleil(?: \w+){0,10} (?:cloques?|brule\w*|rouge\w*|pele\w*)|brule\w* (?:\w+ ){0,4}(?:au|par le) soleil(?: \w+){0,6} (?:cloques?|rouge\w*|pele\w*)?`
	palePhoto     = `(?:tout|toute|tres|trop)? ?(?:pale|pales|blanc|blanche|livide) (?:sur|dans) (?:la|ma|sa|les|mes|cette|une|des|leur|votre) (?:photo|photos|selfie|video|image|portrait|photo d identite)s?`
	classOut      = `(?:vire|viree|vires|virer|renvoye\w*|renvoyer|exclu|exclue|exclus|exclure)(?: \w+){0,2} (?:de la|du|de l|des) (?:colo|colonie|cours|classe|ecole|college|lycee|club|stage|cantine|centre de loisirs|equipe|match|reunion|formation|piscine|entrainement)|(?:mis|mise|mises|vire|viree|vires|jete|jetee|sorti|sortie|exclu|exclue)(?: \w+){0,2} (?:a la porte|dehors) (?:du|de la|de l|des|de son|de sa) (?:cours|classe|reunion|salle|bureau|magasin|stage|entrainement|club|match|bus|cantine|permanence|etude)`
	shiftGone     = `(?:serai|serais|srai|sera|suis|sui) (?:pas|plus|plu|pu) la(?: \w+){0,6} (?:c est|ce sera) \w+ (?:\w+ )?qui (?:vous|te) (?:recevra|recoit|repond|repondra|remplace)|(?:serai|serais|srai|sera|suis|sui) (?:pas|plus|plu|pu) la(?: \w+){0,6} (?:mon|ma|une|un) (?:collegue|remplacant\w*|binome|assistante?)|(?:serai|serais|srai|sera|suis|sui) (?:pas|plus|plu|pu) la(?: \w+){0,3} (?:au bureau|a l agence|a l accueil|au travail|au boulot|au taf|a la permanence|au guichet|(?:je suis|je serai|suis|serai) (?:de garde|en conge|en vacances|en formation|en deplacement|en stage|en mission|en repos))|(?:de garde|en conge|en vacances|en formation|en deplacement|en repos)(?: \w+){0,4} (?:je |j )?(?:ne |n )?(?:serai|serais|suis) (?:pas|plus) la`
)

// roofFound is a roof found at relatives' or friends' after a fire or an
// accident (« on dort chez mes beaux-parents le temps des travaux »): the
// home lost is no night outside.
var (
	roofFound  = guard(`\b(?:on|je|nous|j) (?:\w+ )?(?:dort|dors|dormons|loge|logeons|reste|restons|vit|vivons|est heberge\w*|suis heberge\w*|sommes heberge\w*|est loge\w*|suis loge\w*|sommes loge\w*) (?:\w+ )?chez (?:mes|ma|mon|nos|notre|des|un|une|les|leur) (?:\w+ )?(?:parents|beaux parents|belle famille|soeur|frere|mere|pere|amis?|amie|cousins?|cousine|tante|oncle|grands parents|voisins?|voisine|fille|fils|enfants|copain|copine)\b`)
	roofMissed = guard(`\b(?:nulle part|a la rue|dehors|sans logement|ou aller|ou dormir|dort on ou|on dort ou|dormir ce soir|cette nuit (?:on|je) (?:dort|dors))\b`)
)

// roofTakenCareOf reports a roof found, and no night outside told beside
// it.
func roofTakenCareOf(text string) bool {
	return roofFound.MatchString(text) && !roofMissed.MatchString(text)
}

// A wound from a tool, a glass or the kitchen, by accident: « je me suis
// entaillé la main avec une disqueuse au travail ». It is the 15's, even
// when its words are those of self-harm (separate); cuts told as relief
// or told again are not accidents (cutsTold).
var accidentWound = guard(`\b(?:coupe|coupee|entaille|entaillee|tranche|tranchee|ouvert|ouverte|blesse|blessee|coupure|entaille)s? (?:\w+ ){0,4}(?:avec|a|au|sur|par|dans) (?:un |une |la |le |l |ma |mon |sa |son |des |les )?(?:disqueuse|meuleuse|scie|scie circulaire|tronconneuse|cutter|couteau|mandoline|hachoir|verre|vitre|tondeuse|machine|hache|outil|ciseaux|lame|tole|boite de conserve|debroussailleuse|perceuse|ponceuse|taille haie|rabot|ciseau|cisaille)s?\b|\b(?:au travail|au boulot|au taf|sur le chantier|en (?:cuisinant|bricolant|reparant|travaillant|jardinant))\b`)

// accidentNotSelfHarm reports a wound by accident told with no wish to
// die and no self-harm.
func accidentNotSelfHarm(text string) bool {
	return accidentWound.MatchString(text) && !selfHarm.MatchString(text) && !cutsTold(text) && !wishToDie.MatchString(text) && !wishNotToLive.MatchString(text)
}
