package catalog

// Families of the twenty-first round (distress39 and distress40): the
// general ways of telling a danger those sets showed missing, each with
// the ordinary look-alikes it must leave calm (emergency_round21_test.go).

// Control by a partner counted by its kinds: the mail opened, the phone
// searched, the papers taken, a rage at the writer's spending or going
// out, and the writer hiding a step from them. One kind alone is a shared
// life (« mon mari ouvre mon courrier de la CAF », « il a pris mes
// papiers pour les scanner »); two, with a partner named, are control.
var (
	opensMail     = guard(`\b(?:ouvre|ouvrait|ouvrent|lit|lisait|fouille|fouillait|epluche|epluchait)\w* (?:tout |tous |toutes |tt )?(?:mon|mes|mn|ma) (?:courriers?|lettres|releves|recommandes|colis)\b|\b(?:il|elle) (?:ouvre|ouvrait|lit|lisait) tout\b`)
	searchesPhone = guard(`\b(?:regarde|regardait|fouille|fouillait|lit|lisait|verifie|verifiait|controle|controlait|epluche|epluchait|surveille|surveillait)\w* (?:tout |tous |toutes |tt )?(?:mon|mes|mn|ma) (?:tel|telephone|portable|messages|sms|conversations|whatsapp|appels|mails|telefono|celular|tickets|tickets de caisse|depenses|achats|releves bancaires)\b`)
	takesPapers   = guard(`\b(?:m a|ma|m|me|m ont) (?:pris|pri|prit|prend|repris|reprend|confisque|confisquait|cache|cachait|garde|gardait|vole|volait)\w* (?:tous |tout |toute )?(?:mes|mon|ma|mn) (?:papiers|papier|papie|papies|passeport|titre de sejour|carte d identite|pieces d identite|carte vitale|carte bancaire|carte|cb|salaire|argent|telephone|tel|portable)\b`)
	rageAtSpend   = guard(`\b(?:devient|devenait|deviens) (?:fou|folle|violent|violente|dingue|enrage|enragee)|(?:s enerve|s enervait|hurle|hurlait|crie|criait|pete les plombs|pete un cable|explose)\b(?: \w+){0,3} (?:quand|des que|si|chaque fois que|des qu) (?:je|j) (?:\w+ )?(?:depense|depasse|achete|sors|sortais|parle|vois|appelle|telephone|m habille|travaille)\b`)
	hidesStep     = guard(`\bsans (?:qu (?:il|elle)|que (?:mon|ma|mn) \w+) (?:ne )?(?:le |l |la )?(?:sache|voie|apprenne|remarque)\b|\b(?:il|elle) ne doit (?:surtout )?pas (?:savoir|le savoir|retrouver|trouver|connaitre)\b`)
	// allowance is money doled out to the writer by the week, and
	// passwordTaken an account or a phone locked by the partner.
	allowance     = guard(`\b(?:me|m) (?:laisse|donne|file|accorde|verse)\w* (?:que |seulement |juste )?(?:\d+|dix|vingt|trente|quarante|cinquante) (?:euros?|e|balles)(?: \w+){0,2} (?:par|la|chaque) (?:semaine|mois|jour)\b`)
	passwordTaken = guard(`\bchange\w* (?:le |les )?(?:mot de passe|mots de passe|code|codes) (?:de |du |d )?(?:mon|ma|mes) (?:compte|comptes|banque|carte|telephone|tel|portable|mail|mails|messagerie|compte bancaire)\b`)
	controlKinds  = []guarded{opensMail, searchesPhone, takesPapers, rageAtSpend, hidesStep, allowance, passwordTaken}
)

// controlPurpose is a help the partner gives with the phone or the
// papers: « il m'a pris mon passeport pour le renouveler ». Then three
// kinds are needed.
var controlPurpose = guard(`\bpour (?:le |la |les |l |me |m )?(?:renouveler|scanner|trouver|chercher|imprimer|photocopier|envoyer|aider|montrer|reparer|regler|installer|remplir|declarer|traduire|lire)\b`)

// controlCounted reports a partner named and two kinds of control.
func controlCounted(text string) bool {
	if !partnerNamed.MatchString(text) && !exNamedShort.MatchString(text) {
		return false
	}
	n := 0
	for _, g := range controlKinds {
		if g.MatchString(text) {
			n++
		}
	}
	if controlPurpose.MatchString(text) {
		return n >= 3
	}
	return n >= 2
}

// exNamedShort is an ex or a partner named in SMS spelling (« mn ex »,
// « mn copain »).
var exNamedShort = guard(`\bmn (?:ex|mari|copain|mec|conjoint|compagnon)\b`)

// An ex who follows the writer on foot or by car, or waits under their
// windows: « mon ex m'a suivie en voiture jusqu'au travail », « mn ex
// attend en bas de chez moi ». Following on a network or in a procedure
// is none.
var (
	exOrPartner   = guard(`\b(?:mon|mn|son|m) (?:ex|ex mari|ex copain|ancien compagnon|ancien mari)\b`)
	followedBy    = guard(`\b(?:m a|ma|m ont|me|m) (?:deja |encore |meme )?(?:suivie?|suit|suivait|file|filee|piste|pistee|traque|traquee)\b(?: \w+){0,2} (?:en voiture|a pied|jusqu\w*|dans la rue|partout|depuis|de la gare|du travail|de l ecole|a la sortie|le soir|la nuit|en scooter|en moto)|\b(?:attend|attendait|guette|guettait|tourne|rode|stationne)\w* (?:\w+ ){0,2}(?:en bas de chez moi|devant chez moi|sous mes fenetres|devant mon immeuble|en bas de mon immeuble)|\b(?:geolocalise|localise|traque|piste|pointe)\w*(?: \w+){0,3} (?:en permanence|tout le temps|partout)\b|\b(?:debarque|se pointe|apparait|surgit)\w* (?:\w+ ){0,2}(?:la ou je suis|partout ou je vais|ou que j aille)\b|\b(?:photos?|videos?) (?:\w+ ){0,2}(?:de ma (?:nouvelle )?rue|de mon (?:nouvel )?immeuble|de ma porte|de chez moi|de ma fenetre)\b`)
	followedOnNet = guard(`\bsuivie? (?:sur|dans) (?:insta\w*|facebook|fb|twitter|tiktok|snap\w*|linkedin|les reseaux|la procedure|le dossier|mon dossier)\b`)
)

// exHandover is an ex who waits for the children's handover: « mon ex
// attend en bas pour récupérer les enfants le samedi ».
var exHandover = guard(`\bpour (?:recuperer|prendre|chercher|ramener|deposer|rendre) (?:les|mes|nos|le|la|sa|son) (?:enfants|petits|petites|fils|fille|gosses|bebe)\b|\b(?:garde alternee|droit de visite|droit d hebergement)\b`)

// exFollowsWriter reports an ex who follows or waits for the writer.
func exFollowsWriter(text string) bool {
	return exOrPartner.MatchString(text) && followedBy.MatchString(text) && !followedOnNet.MatchString(text) && !exHandover.MatchString(text)
}

// A writer who cannot speak with him close, asking help in silence:
// « je peux pas parler il est dans la pièce à côté, comment avoir de
// l'aide sans appeler ». Not speaking for deafness, or a baby asleep,
// names no one close who must not hear.
var (
	cannotSpeak = guard(`\b(?:peux|peu|pe|pouvons|peut|jpeux|jpeu|jpe) (?:pas|pa|plus|plu) (?:parler|parle|telephoner|telephone|appeler|apeler)\b`)
	heIsNear    = guard(`\b(?:il|elle) (?:est|e|dort|ecoute|entend|regarde)\w* (?:\w+ ){0,2}(?:a cote|dans la piece|dans la chambre|dans le salon|dans la cuisine|derriere la porte)\b|\b(?:il|elle) entend tout\b`)
	silentHelp  = guard(`\bsans (?:appeler|telephoner|parler|qu il entende|qu elle entende)\b|\b(?:par ecrit|par sms|par message|en silence|discretement|en cachet\w*|en secret|en douce)\b`)
)

// cannotSpeakNear reports a writer who cannot speak, someone close, and
// help asked without a call.
func cannotSpeakNear(text string) bool {
	return cannotSpeak.MatchString(text) && heIsNear.MatchString(text) && silentHelp.MatchString(text)
}

// A short line of hiding: « cachée chez la voisine », « réfugiée chez ma
// sœur avec les petits ». A party or a game names itself.
var (
	hidingShort = guard(`^(?:je suis |jsuis |suis |je me suis |jme suis |on est |on s est |nous sommes )?(?:cachee?s?|planquee?s?|refugiee?s?|enfuie?s?) (?:chez|dans|sous|derriere)(?: \w+){1,5}$`)
	hidingGame  = guard(`\b(?:surprise|anniversaire|cache cache|jeu|jouer|lol|mdr|fete)\b`)
)

// hidingNow reports a short line of hiding that is no game.
func hidingNow(text string) bool {
	return hidingShort.MatchString(text) && !hidingGame.MatchString(text)
}

// A placement that ends today: the social hotel, the shelter, the 115's
// room taken back or to be left tonight (« l'hôtel où le 115 nous avait
// mis nous demande de rendre la chambre ce soir », « fin du contrat au
// foyer aujourd'hui, ils m'ont dit de partir »). A tourist's hotel, a
// tax household (« foyer fiscal ») or an end told for last year is none.
var (
	placement = guard(`\b(?:hotel (?:social|du 115|du samu social|d urgence)|(?:115|samu social|service social|services sociaux|assistante? sociale?|ase|mairie|ccas|prefecture) (?:\w+ ){0,2}(?:nous |m |les |l )?(?:avait |avaient |a |ont )?(?:place|places|placee?s?|mis|mise|loge|logee?s?|heberge\w*)|prise en charge (?:a l |de l |en |d )?(?:hotel|foyer|chrs|centre)|(?:au|du|le|mon|notre|ce) foyer (?:[^f]\w*|$)|chrs|centre d hebergement|hebergement d urgence|mise a l abri|nuitees?)`)
	placeEnds = guard(`\b(?:(?:liberer|quitter|rendre|vider) (?:la|le|ma|notre|leur|nos|les) (?:chambre|chambres|place|lit|lits|lieux)|(?:m ont|m a|mont|nous ont|nous a|leur a|leur ont|on m a|on nous a|on leur a) (?:dit|demande) de partir|fin (?:de la|du|de mon|de notre|de leur) (?:prise en charge|contrat|sejour|hebergement)|(?:prise en charge|hebergement|contrat|sejour)(?: \w+){0,3} (?:s est arretee?|s arrete|arrete|arretee|termine|terminee|fini|finie|prend fin)|repris (?:la|leur|notre|ma) chambre|plus de place pour (?:nous|moi|eux)|(?:ferme|fermait|fini|finie|termine|terminee) (?:\w+ ){0,2}pour (?:nous|moi|eux)|(?:periode|plan|dispositif|campagne) (?:hivernale?|grand froid|hiver|d hiver)(?: \w+){0,2} (?:est )?(?:finie?|terminee?)|fin (?:de la|du) (?:periode hivernale|plan grand froid|dispositif hivernal))\b`)
	placeNow  = guard(`\b(?:ce soir|cette nuit|aujourd hui|aujourdhui|ce matin|ce midi|tout de suite|maintenant|il est \d+ ?h|avant (?:midi|\d+ ?h)|depuis ce matin)\b`)
)

// placementStaff is a writer who works at the shelter: « je suis
// animatrice au foyer, ils m'ont dit de partir plus tôt ».
var placementStaff = guard(`\b(?:je suis|suis|je travaille|jsuis) (?:\w+ ){0,2}(?:animat\w*|educat\w*|salarie\w*|benevole|veilleu\w*|agent|surveillant\w*|stagiaire|cuisini\w*|au foyer|dans un foyer|au chrs)\b`)

// placementEnds reports a social placement that ends now.
func placementEnds(text string) bool {
	return placement.MatchString(text) && placeEnds.MatchString(text) && placeNow.MatchString(text) && !placementStaff.MatchString(text)
}

// A night with no roof asked where, told with the bench or the station
// one is on: « où est-ce que je peux dormir cette nuit, je suis sur un
// banc ». A holiday or a cheap room is a journey.
var (
	whereNightAsked = guard(`\bou (?:est ce qu |est ce que )?(?:on|je|j|nous) (?:peut|peux|pourrait|pourrais|pouvons|va|vais) (?:\w+ )?(?:passer|dormir|coucher|aller)(?: \w+)? (?:la nuit|cette nuit|ce soir)\b|\bou (?:est ce qu )?(?:on|je) (?:peut|peux) passer la nuit\b|\bsais pas ou (?:je vais|on va|aller) (?:dormir|coucher|passer la nuit)\b`)
	onABench        = guard(`\b(?:sur un banc|sur le banc|dans (?:la|une) gare|a la gare|dans le parc|au parc|dans la rue|dehors|sur le trottoir|dans un hall|dans le hall|quand on n a plus rien|j ai plus rien|je n ai plus rien)\b`)
	journey         = guard(`\b(?:pas cher|vacances|camping|auberge|reserv\w*|airbnb|touris\w*|hotel pas)\b`)
)

// nightNoRoofAsked reports where to spend the night asked from a bench.
func nightNoRoofAsked(text string) bool {
	return whereNightAsked.MatchString(text) && onABench.MatchString(text) && !journey.MatchString(text)
}

// A host who tells the writer to go, and tonight unknown: « le frère qui
// me logeait a dit faut partir, ce soir je sais pas où je vais coucher ».
var (
	hostSaysGo     = guard(`\b(?:qui me (?:logeait|loge|hebergeait|heberge)|chez qui (?:j etais|je dormais|je vivais|je logeais))(?: \w+){0,4} (?:a dit|m a dit|dit|veut) (?:qu il )?(?:faut|de) (?:partir|sortir|m en aller|quitter)\b`)
	tonightNoWhere = guard(`\b(?:ce soir|cette nuit)(?: \w+){0,3} (?:sais|sait|savons|sai) pas ou\b|\b(?:sais|sai) pas ou (?:je vais|on va|aller) (?:dormir|coucher)\b`)
)

// hostSentAway reports a host who sent the writer away tonight.
func hostSentAway(text string) bool {
	return hostSaysGo.MatchString(text) && tonightNoWhere.MatchString(text)
}

// No place for tonight in English, Spanish or Portuguese: « we have no
// place for tonight », « no tengo dónde dormir », « não temos onde
// dormir ».
var foreignNoRoof = guard(`\b(?:no (?:place|where|room|bed) (?:for|to) (?:tonight|sleep|stay)|nowhere to (?:sleep|stay|go) tonight|no tengo (?:donde|a donde) (?:ir|dormir|quedarme)|no tenemos (?:donde|a donde) (?:ir|dormir|quedarnos)|nao (?:tenho|temos) (?:onde|para onde) (?:ir|dormir|ficar)|dorm(?:im)? (?:in|pe|la) (?:masina|strada|gara|parc)|nu avem unde (?:sa )?dormim)\b|\b(?:dort|dors|dormons|dorm) (?:dans|ds) (?:la|une|ma|notre) (?:masina|masin|carro|coche)\b`)

// Ending it all tonight, or life too heavy and all let go: « ce soir je
// termine tout », « je lâche l'affaire, la vie c'est trop lourd ». « Ce
// soir je termine tout le dossier » names what ends.
var (
	endAllTonight = guard(`\b(?:ce soir|cette nuit)(?: \w+){0,2} (?:je|j) (?:termine|finis|arrete|acheve) tout(?: (?:je|j|c|pardon|adieu|dsl|desole|desolee|merci)\b|$)|\b(?:je|j) (?:termine|finis|arrete) tout (?:ce soir|cette nuit)(?: (?:je|j|c|pardon|adieu|dsl)\b|$)`)
	lifeTooHeavy  = guard(`\bla vie (?:c est|est|cest|c) (?:\w+ )?trop (?:lourde?|dure?|difficile|pesante?)\b|\b(?:marre|j en peux plus) de (?:cette|la|ma) vie\b`)
	lettingAllGo  = guard(`\b(?:je |j |jl |jle )?(?:lache|laisse tomber|abandonne) (?:l affaire|laffaire|tout)(?: (?:je|j|la|c|pardon|dsl|adieu)\b|$)|\bpardonne(?:z)? moi\b|\bdsl (?:pr|pour) (?:tt|tout)\b`)
)

// endingAll reports an end of all tonight, or life too heavy and let go.
func endingAll(text string) bool {
	return endAllTonight.MatchString(text) || lifeTooHeavy.MatchString(text) && lettingAllGo.MatchString(text)
}

// Falling asleep and not waking, wished: « si je m'endors et que je ne
// me réveille pas, c'est pas grave ». Not waking in time for an
// appointment is none.
var sleepForever = guard(`\bsi (?:je|j) m endors(?: \w+){0,3} (?:ne |n )?me reveille (?:pas|plus|jamais)(?: \w+)? (?:c est|ce serait|ca serait|ce sera|tant pis|tant mieux|pas grave|personne)\b`)

// A farewell sent by someone who then goes silent, at night or out of
// character: « elle m'a envoyé "merci pour tout, prends soin de toi" à
// minuit et depuis elle ne répond plus, ce n'est pas son genre ».
var (
	farewellSent   = guard(`\b(?:merci pour tout|prends soin de (?:toi|vous|maman|papa|des enfants|des petits|mon fils|ma fille)|prenez soin de (?:vous|maman|papa|des enfants)|adieu|pardon pour tout)\b`)
	silentSince    = guard(`\b(?:ne |n )?(?:repond|decroche) (?:plus|pas)\b|\b(?:telephone|portable|tel) (?:est )?(?:eteint|coupe)\b|\binjoignable\b`)
	outOfCharacter = guard(`\b(?:pas (?:du tout )?son genre|(?:a|vers) (?:minuit|\d+ ?h du (?:matin|mat))|en pleine nuit|cette nuit|je m inquiete|inquiete?|j ai peur)\b`)
)

// farewellThenSilence reports a farewell sent, silence, and worry.
func farewellThenSilence(text string) bool {
	return farewellSent.MatchString(text) && silentSince.MatchString(text) && outOfCharacter.MatchString(text)
}

// Love passed on in the past tense: « vous direz à mon fils que je
// l'aimais » is a farewell; « que je l'aime, je serai en retard » is a
// message.
var lovePastRelayed = guard(`\b(?:direz|dites|dis|diras|dire) (?:a|lui|leur) (?:\w+ ){0,3}que je (?:l|les|vous|t) (?:aimais|ai aime|ai tant aime|ai toujours aime)\b`)

// English farewells: « tonight is my last night », « my last day alive ».
var enLastNight = guard(`\b(?:tonight|today) (?:is|will be) my last\b|\bmy last (?:night|day) (?:alive|on earth)\b`)

// A child alone in a closed car: « deux petits enfermés dans une voiture
// au parking depuis une heure », « su hija encerrada en el coche ». A
// child must be named; two minutes for the bread is no time said.
var (
	childInCar    = guard(`\b(?:seule?s?|enfermee?s?|oubliee?s?|laissee?s?|encerrad[ao]s?|sol[ao]s?|sozinh[ao]s?|alone|locked)(?: \w+){0,3} (?:dans|ds|en|no|in) (?:la|une|sa|leur|el|un|o|a|the) (?:voiture|auto|bagnole|coche|carro|car)\b`)
	carTimeOrHeat = guard(`\b(?:depuis|depui|ca fait|desde|ha (?:uma|mais)|for (?:an|one|two|\d+)|une heure|\d+ ?(?:h|min|minutes)|vitres? (?:fermee?s?|montee?s?)|fenetres? (?:fermee?s?|montee?s?)|il fait chaud|chaleur|pleure\w*|llora|chora|crying)\b`)
)

// childBeforeCar is a child named just before the words of the car:
// « le cartable est enfermé dans la voiture » is a thing.
var childBeforeCar = guard(`\b(?:enfants?|petits?|petites?|ptits?|ptites?|bebes?|bb|fils|filles?|gamins?|gamines?|gosses?|nourrissons?|jumeaux|nin[oa]s?|hij[oa]s?|filh[oa]s?|bebes?|child|children|kids?|baby|boy|girl|\d+ (?:ans|anos|years))(?: \w+){0,6} (?:seule?s?|enfermee?s?|oubliee?s?|laissee?s?|encerrad[ao]s?|sol[ao]s?|sozinh[ao]s?|alone|locked)\b`)

// childLockedInCar reports a child alone in a car for long or in heat.
func childLockedInCar(text string) bool {
	return childInCar.MatchString(text) && carTimeOrHeat.MatchString(text) && childBeforeCar.MatchString(text)
}

// A young child alone at a door, on a landing or a balcony, for long:
// « un petit de 4 ans est seul sur le palier depuis des heures »,
// « la niña está sola en el balcón desde la mañana ».
var (
	childAtDoor = guard(`\b(?:seule?s?|sol[ao]s?|sozinh[ao]s?|alone)(?: \w+){0,3} (?:sur le palier|dans l escalier|dans la cage d escalier|sur le balcon|en el balcon|na varanda|on the balcony|devant (?:la|sa|leur) porte)\b|\b(?:sur le palier|sur le balcon|dans l escalier|devant (?:la|sa) porte)(?: \w+){0,6} (?:personne chez (?:elle|lui|eux)|(?:il|elle) (?:n )?y a personne)\b`)
	doorLong    = guard(`\b(?:depuis (?:des heures|deux heures|trois heures|ce matin|le matin|la matinee|hier|midi|la nuit)|desde (?:la manana|hace horas|ayer)|ha horas|for hours|toute la (?:nuit|soiree|journee)|pleure\w*|llora|chora|crying|la madre pas la|la mere pas la|personne chez)\b`)
)

// childAloneAtDoor reports a child alone at a door or on a balcony for long.
func childAloneAtDoor(text string) bool {
	return childAtDoor.MatchString(text) && doorLong.MatchString(text)
}

// A child terrified of a parent or a step-parent: « fille terrorisée par
// papa ». A dentist or Father Christmas is none.
var childTerrified = guard(`\b(?:terroris\w*|terrifi\w*|morte? de peur|tetanise\w*) (?:par|de) (?:son |sa |mon |ma |leur )?(?:papa|pere|beau pere|maman|mere|belle mere|oncle|parents|daron|daronne)\b(?: (?:[^n]\w*|n[^o]\w*)|$)`)

// A child hurt at a parent's who will not tell or go back: « ma fille de
// 8 ans revient de chez son père avec des bleus et refuse de dire ce qui
// s'est passé ». A fall at the park told is an accident.
var (
	childHurtSign  = guard(`\b(?:dent cassee|dents cassees|des bleus|un bleu|bleus (?:sur|aux|au)|hematomes?|bosses?|marques? (?:sur|aux|de)|oeil (?:au beurre noir|gonfle|noir)|brulures?|griffures?|levre (?:ouverte|fendue))\b`)
	childWontTell  = guard(`\b(?:refuse|refusait|veut (?:pas|plus)|ne veut (?:pas|plus)|n ose (?:pas|plus)|ose (?:pas|plus)) (?:de )?(?:dire|raconter|parler|expliquer|y retourner|retourner|repartir|aller chez)\b|\b(?:papa|pere|maman|mere|beau pere|belle mere) (?:\w+ ){0,2}(?:tres |trop )?(?:en colere|enerve|enervee|fache|fachee|furieux|furieuse)\b`)
	childHurtStory = guard(`\b(?:tombee? (?:au|a la|du|de|dans)|en jouant|au foot|au parc|a la recre|a l ecole|a velo|du velo)\b`)
)

// childHurtSilent reports a child hurt at a parent's who will not tell.
func childHurtSilent(text string) bool {
	return childHurtSign.MatchString(text) && childWontTell.MatchString(text) && !childHurtStory.MatchString(text)
}

// A relative who comes to a child at night, and the child's tears or
// fear: « son beau-père vient dans son lit la nuit, elle pleure tout le
// temps ». Christmas night is a visit.
var (
	nightVisitor  = guard(`\b(?:oncle|beau pere|cousin|tonton|pere|papa|frere|grand pere|parrain|copain de (?:sa|la) mere|ami de (?:sa|la) mere)\w* (?:\w+ )?(?:vient|venait|entre|entrait|rentre|monte|va|se glisse)\w* (?:\w+ ){0,3}(?:la nuit|dans son lit|dans sa chambre la nuit)(?: (?:[^d]\w*|d[^e]\w*)|$)`)
	childDistress = guard(`\b(?:pleure|pleurait|plange|llora|chora|a peur|avait peur|terroris\w*|ne dort plus|fait pipi au lit|secret|ne pas le dire|rien dire)\b`)
)

// nightVisitorChild reports a relative who comes at night and a child in
// tears or fear.
func nightVisitorChild(text string) bool {
	return nightVisitor.MatchString(text) && childDistress.MatchString(text)
}

// A baby or a child burning with fever, with a body that fails or at a
// night hour said bare: « bébé brûlant 3h du mat », « il est chaud chaud
// depuis le soir, il tremble, il vomit tout ».
var (
	childFever = guard(`\b(?:bebe|bb|nourrisson|petit|petite|enfant|fils|fille)\w* (?:\w+ ){0,3}(?:brulant|brulante|bouillant|bouillante|chaud chaud|tout chaud|toute chaude|tres chaud|brule de fievre|brulant de fievre)\b`)
	feverSign  = guard(`\b(?:tremble\w*|vomi\w*|convuls\w*|ne (?:boit|mange|respire) (?:plus|pas|rien)|mou|molle|ne se reveille|gris|grise|\d+ ?h du (?:mat|matin))\b`)
)

// childFeverNight reports a child burning with fever and a sign or a
// night hour.
func childFeverNight(text string) bool {
	return childFever.MatchString(text) && feverSign.MatchString(text)
}

// Chest pain with sweats, or a headache struck all at once: « mal
// poitrine, sueurs », « mal de tête d'un coup comme un coup de
// marteau, et je vomis ».
var (
	chestSweat   = guard(`\b(?:mal|douleur|douleurs|serre|oppression)\w* (?:\w+ ){0,2}poitrine\b(?: \w+){0,4} (?:sueurs?|transpire\w*|bras gauche|machoire|essouffl\w*)\b|\b(?:sueurs?|transpire\w*)(?: \w+){0,4} (?:mal|douleur|douleurs|serre|oppression)\w* (?:\w+ ){0,2}poitrine\b`)
	headStruck   = guard(`\bmal (?:de|a la) tete\b(?: \w+){0,8} (?:d un coup|tout d un coup|brutal|brutalement|soudain|soudainement|coup de (?:marteau|tonnerre|poignard|massue)|jamais eu)\b`)
	headWithSign = guard(`\b(?:vomi\w*|vois (?:plus|trouble|double)|n y vois plus|nuque (?:raide|bloquee)|parle mal|confus\w*|engourdi\w*)\b`)
)

// suddenBody reports chest pain with sweats, or a sudden headache with a
// sign.
func suddenBody(text string) bool {
	return chestSweat.MatchString(text) || headStruck.MatchString(text) && headWithSign.MatchString(text)
}

// A pregnant woman who bleeds, fell, or is in strong pain: « enceinte de
// 6 mois, elle saigne et a mal au ventre », « she is pregnant and she
// fell ». Pain « parfois » asked with a reimbursement is no such thing.
var (
	pregnant     = guard(`\b(?:enceinte|pregnant|embarazada|gravida)\b`)
	pregnantSign = guard(`\b(?:saign\w*|perd (?:du|un peu de|beaucoup de) sang|perdu du sang|sang|bleed\w*|blood|sangr\w*|tombee? (?:dans|par|en|de|du|hier|ce|cette|tout|a|sur le ventre|sur les fesses|sur le dos)|tombee?$|fell|fall|se cayo|caiu|(?:tres|trop|hyper) mal au ventre|mal au ventre depuis|contractions? (?:\w+ ){0,2}(?:depuis|fortes|toutes les)|pain in (?:her |my |the )?belly)\b`)
	pregnantPast = guard(`\b(?:parfois|de temps en temps|remboursee?s?|echographie)\b`)
)

// pregnantDanger reports a pregnant woman who bleeds, fell or is in pain.
func pregnantDanger(text string) bool {
	return pregnant.MatchString(text) && pregnantSign.MatchString(text) && !pregnantPast.MatchString(text)
}

// A fall that leaves a limb swollen and the person crying when touched:
// « tombée ce matin, sa jambe est toute gonflée et elle crie quand on la
// touche »; a fall that leaves one unable to move, in Spanish,
// Portuguese or English.
var (
	fallSwollen = guard(`\b(?:tombee?s?|chute)\b(?: \w+){0,14} (?:hanche|jambe|bras|cheville|poignet|epaule|genou|pied)s? (?:\w+ ){0,3}(?:gonfle\w*|deforme\w*|tordue?|de travers|violette?|toute? bleue?)`)
	fallHurts   = guard(`\b(?:hurle|crie|pleure|gemit)\w* (?:\w+ ){0,2}(?:des qu|quand|si|de douleur)|\b(?:ne )?(?:peut|peux) (?:pas|plus) (?:la |le )?(?:bouger|poser|marcher|se lever)\b`)
	foreignFall = guard(`\b(?:se cayo|caiu|fell)(?: \w+){0,6} (?:no puede|nao (?:consegue|pode)|can t|cannot|can not) (?:mover|mexer|move|levantarse|levantar|walk|andar|caminar|stand|get up)\b`)
)

// fallLeavesHurt reports a fall with a limb swollen and pain, or a fall
// told in another language with a body that cannot move.
func fallLeavesHurt(text string) bool {
	return fallSwollen.MatchString(text) && fallHurts.MatchString(text) || foreignFall.MatchString(text)
}

// A child's injury explained away by the adult who keeps them: « un
// petit que je garde arrive avec des brûlures rondes, la maman dit qu'il
// est tombé ». A child must be named.
var injuryExplained = guard(`\b(?:dit|disent|pretend|pretendent|explique|assure)\w* (?:que |qu )?(?:il|elle|le petit|la petite) (?:est|s est) (?:tombee?|cognee?|brulee?)\b`)

// childInjuryExplained reports a child's injury explained as a fall.
func childInjuryExplained(text string) bool {
	return childHurtSign.MatchString(text) && injuryExplained.MatchString(text)
}

// A child beaten with a thing: « elle chicote son enfant avec le fil
// électrique », « il frappe son fils à coups de ceinture ». A child must
// be named.
var childBeatenWith = guard(`\bchicot\w* (?:son|sa|ses|leur|leurs|le|la|les|l)\b|\b(?:frapp|tap|fouett|cogn|tabass|bat)\w* (?:son|sa|ses|leur|leurs|le|la|les) (?:enfants?|fils|filles?|petits?|petites?|gosses?|gamins?|gamines?|bebes?)(?: \w+){0,3} (?:avec|a coups de) (?:le|la|un|une|sa|son|des|les) (?:fils? electriques?|ceintures?|cables?|batons?|chaussures?|rallonges?|cravaches?|fouets?|ceinturons?|bouts? de bois|tuyaux?)\b`)

// A relative's bruise hidden and the partner who speaks for them: « elle
// avait l'œil gonflé et des lunettes de soleil en plein hiver, c'est lui
// qui répond à sa place », « le visage tout gonflé, elle dit que ce
// n'est rien, le mari crie toujours ».
var (
	faceHurtSeen  = guard(`\b(?:visage|figure|joue|oeil|yeux|levre|arcade) (?:tout |toute |tres |bien )?(?:gonfle|gonflee|gonfles|tumefie\w*|enfle\w*|noir|noire|bleu|bleue|violet|violette|abime\w*)\b|\b(?:bleus?|hematomes?|marques?|traces?) (?:de doigts )?(?:au|sur le|autour du) cou\b`)
	hiddenOrRuled = guard(`\blunettes de soleil (?:en plein hiver|a l interieur|dans la maison|en hiver|la nuit)\b|\bc est (?:lui|elle) qui (?:repond|parle|decroche) (?:a sa place|pour elle|pour lui)\b|\b(?:elle|il) (?:me )?dit (?:que )?(?:c est rien|ce n est rien|c est pas grave|ce n est pas grave|nao e nada|no es nada|it s nothing)\b|\b(?:le |son )?(?:mari|compagnon|copain|conjoint|mec) (?:il )?(?:crie|hurle|gueule)\w* (?:toujours|tout le temps|souvent|fort|tous les soirs)\b|\b(?:mari|compagnon|copain|conjoint|mec) (?:\w+ )?(?:lui|leur) parle (?:tres |trop |super )?mal\b|\b(?:baisse|baissait) les yeux\b`)
)

// faceSwollenCause is a swelling with a cause of the body: an allergy,
// a tooth, an operation.
var faceSwollenCause = guard(`\b(?:allergi\w*|piqure\w*|dents?|dentiste|abces|antihistaminique\w*|oedeme|operation|opere\w*|chirurg\w*|botox|conjonctivite|orgelet|cortisone|traitement)\b`)

// faceHurtHidden reports a face hurt seen and a bruise hidden or a
// partner who rules.
func faceHurtHidden(text string) bool {
	return faceHurtSeen.MatchString(text) && hiddenOrRuled.MatchString(text) && !faceSwollenCause.MatchString(text)
}

// A cleaning product swallowed: « il a bu de l'eau de javel, il tousse »,
// « bebeu lixívia ». A floor washed with bleach is none.
var productSwallowed = guard(`\b(?:bu|bue|avale|avalee|bebeu|bebio|tomo|drank|swallowed|ingere\w*|goute|boit)\b(?: \w+){0,4} (?:de la |du |de l |d |la |le |l )?(?:eau de )?(?:javel|lixivia|lejia|destop|deboucheur|bleach|white spirit|produit (?:menager|vaisselle|de nettoyage|wc))\b|\b(?:javel|lixivia|lejia|destop|deboucheur|bleach)\b(?: \w+){0,8} (?:il|elle) (?:tousse|vomit|crache|pleure|a mal)\b`)

// productDenied is a product said not to be there: « pas de javel ni
// rien ».
var productDenied = guard(`\b(?:pas de|pas d|ni|sans|no|not|nao) (?:la |l |eau de )?(?:javel|lixivia|lejia|destop|deboucheur|bleach|white spirit|produit)\b`)

// productTaken reports a product swallowed, not denied.
func productTaken(text string) bool {
	return productSwallowed.MatchString(text) && !productDenied.MatchString(text)
}

// A burn in another language, or skin gone: « queimou o braço com o
// óleo quente », « se quemó la mano », « la peau est partie ».
var foreignBurn = guard(`\bqueimou (?:o|a|os|as) (?:braco|mao|perna|pe|rosto|cara|barriga|peito)\b|\bse quemo (?:el|la|los|las) (?:brazo|mano|pierna|pie|cara)\b|\b(?:burned|burnt) (?:his|her|my|their) (?:arm|hand|leg|foot|face)\b|\bla peau (?:est partie|part|s en va|est arrachee)\b`)

// Control told with fear in Spanish or Portuguese: « mi marido me quita
// el dinero y el pasaporte, tengo miedo », « meu marido pega meu
// dinheiro e meus documentos, tenho medo dele ». The fear must be said:
// a husband who keeps the passports safe is none.
var (
	foreignControl = guard(`\b(?:marido|esposo|novio|pareja|companero|namorado|companheiro|el|ele)\b(?: \w+){0,2} (?:me quita|me saca|me esconde|me guarda|me controla|me rompe|quita|esconde|controla|pega|tira|esconde|guarda|controla|rasga)\w* (?:\w+ ){0,2}(?:dinero|pasaporte|papeles|documentos|telefono|celular|dinheiro|passaporte|telemovel|salario)\b`)
	foreignFear    = guard(`\b(?:tengo miedo|me da miedo|tenho medo|estou com medo|medo dele|miedo de el)\b`)
)

// foreignViolence reports control told with fear in Spanish or
// Portuguese.
func foreignViolence(text string) bool {
	return foreignControl.MatchString(text) && foreignFear.MatchString(text)
}

// Affairs handed over by someone alone, with an odd calm: « mon voisin,
// veuf, m'a confié ses clés et le nom de son notaire, "comme ça ce sera
// fait", il avait une voix étrange ». Keys left for the plants while on
// holiday name no one alone and nothing odd.
var (
	affairsHanded = guard(`\b(?:confie|donne|laisse|remis|passe|transmis)\w* (?:\w+ ){0,3}(?:ses|les|son|sa) (?:cles|clefs|papiers|codes|comptes|testament|livret|carte bancaire)\b|\b(?:nom|numero|adresse|coordonnees) de son notaire\b`)
	aloneNow      = guard(`\b(?:vit|vivait|habite|est) (?:tout |toute )?seule?\b|\b(?:veuf|veuve|depuis la mort de|depuis le deces de|depuis le depart de|isolee?|deprime\w*)\b`)
	oddCalm       = guard(`\b(?:voix|air|ton|regard) (?:\w+ )?(?:etrange|bizarre|eteinte?|trop calme|absente?|vide)\b|\bcomme ca (?:ce sera|c est|ca sera) (?:fait|regle)\b|\b(?:n aura|aurai|aura) plus besoin\b|\bpour (?:apres|quand je serai parti)\b`)
)

// affairsHandedOver reports affairs handed over by someone alone with an
// odd calm.
func affairsHandedOver(text string) bool {
	return affairsHanded.MatchString(text) && aloneNow.MatchString(text) && oddCalm.MatchString(text)
}

// A phone broken so that the writer speaks to no one: « il a cassé mon
// téléphone pour que je ne parle à personne ».
var phoneBrokenToIsolate = guard(`\b(?:casse|brise|jete|explose|detruit|confisque)\w* (?:mon|ma|mn) (?:telephone|tel|portable|ordinateur|ordi)(?: \w+){0,3} (?:pour que|pour pas que|afin que|pour m empecher) (?:je|j|de)\b`)

// A stroke told in Spanish, Portuguese or English: « tiene la cara
// torcida », « a boca torta », « her face is drooping ».
var foreignStroke = guard(`\b(?:cara|boca|rosto) (?:torcida|torta|caida|paralizada|paralisada)\b|\bface (?:is )?drooping\b|\b(?:no puede|nao consegue|can t|cannot) (?:hablar|falar|speak)(?: \w+){0,6} (?:cara|boca|rosto|face|brazo|braco|arm)\b`)
