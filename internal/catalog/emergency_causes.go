package catalog

// Families of danger told without the words of a signal, and frames of
// ordinary life that borrow them, found by cause on the twentyeighth
// distress set (docs/answer-engine.md § 7, distress14). Each one is a way
// residents say a thing, probed with lines of our own in
// testdata/distress-probe45.jsonl, not one sentence.

// A child missing: gone from home or not back from school, with the
// night, a delay, the police or no news (« mon fils de 11 ans n'est pas
// rentré de l'école, il fait nuit », « ma fille de 14 ans a fugué depuis
// deux jours, la police ne fait rien »), or a young child said to be
// missing in a few words (« fillette 12 ans disparue »). A child who
// sleeps at a friend's as planned, or who vanished from a list or a
// file, is none.
var (
	childMissingNow = guard(`\b(?:ne (?:rentre|rentrent|revient|reviennent) (?:pas|toujours pas|plus)|(?:n est|est) (?:toujours )?(?:pas|jamais) (?:rentree?|revenue?|arrivee?)|(?:toujours )?pas (?:rentree?|revenue?) (?:du|de l|de la|des|a la|depuis)|se fue de (?:la )?casa|fugiu de casa|a fugit de acasa|ran away from home|devai(?:t|ent) (?:rentrer|revenir|etre (?:la|rentree?|revenue?)) (?:\w+ ){0,8}(?:toujours (?:personne|pas|rien)|(?:il|elle) n est pas|pas la|personne)|(?:a |est |sont |ont )?disparue?s?|a fugue|fait une fugue|en fugue|fugue depuis|introuvables?|partie?s? de (?:la maison|chez nous|chez moi|chez elle|chez lui)|partie?s? (?:sans (?:rien dire|prevenir|son telephone|ses affaires)))\b`)
	childMissingCue = guard(`\b(?:anoche|ontem|aseara|(?:[1-9]|1[0-7]) (?:anos|ani|years? old)|no contesta|nao atende|il est (?:\d+ ?h|minuit)|il fait nuit|la nuit tombe|nuit|depuis|toujours pas|encore pas|police|policiers?|gendarmes?|gendarmerie|commissariat|aucune nouvelle|aucunes nouvelles|sans nouvelles|pas de nouvelles|(?:ne )?repond (?:pas|plus)|(?:laisse|ecrit)\w* (?:un|une) (?:mot|lettre|message)|ce soir|cette nuit|hier|ce matin|(?:[1-9]|1[0-2]) ans?)\b`)
	childMissingNot = guard(`\b(?:(?:pas (?:rentree?|revenue?)|revenue?) (?:\w+ ){0,4}(?:a la|au|en) (?:cantine|ecole|college|cours|classe|club|entrainement|sport|catechisme|piscine)|disparue?s? (?:de|du|des) (?:la |l )?(?:liste|listes|fichier|site|ecran|compte|dossier|carte|attestation|appli|application|photo|releve|bulletin|cantine)|(?:dort|dormait|dormi|passe la nuit|passait la nuit|reste|restait) chez (?:une|un|sa|son|ses|la|le) (?:copine|copain|amie?|grand|tante|oncle|pere|mere|papa|maman|cousine?|correspondant)|c (?:etait|est) prevu|comme prevu|(?:pere|mere|mari|papa|maman|ex|conjoint|compagnon|femme|oncle|tante)(?: de mes enfants| des enfants| de ma fille| de mon fils| de mon bebe| de la petite| du petit)? (?:\w+ ){0,2}(?:a )?disparue? (?:du jour au lendemain|sans|depuis))\b`)
)

// childMissing reports a child missing now; a child must be named for the
// family to count (signalVotes).
func childMissing(text string) bool {
	return childMissingNow.MatchString(text) && childMissingCue.MatchString(text) && !childMissingNot.MatchString(text) &&
		!childOnTrip.MatchString(text)
}

// A child kept from food as a punishment or as a rule of the house
// (« chez moi on n'a pas le droit de manger si le ménage n'est pas
// fini », « il me prive de repas pendant deux jours »). Food refused at
// the canteen, before an operation or a blood test, is no punishment.
var (
	foodDenied = guard(`\b(?:(?:(?:pas|plus) le droit de|interdite?s? de|priv\w* (?:\w+ )?de) (?:manger|repas|diner|dejeuner|gouter|nourriture|boire)|(?:mangera|mangerai|mangeras|mangeront|mangerez|mangerons) (?:pas|plus|rien) (?:tant qu\w*|si|avant))\b`)
	foodRule   = guard(`\b(?:quand (?:on|je|j|il|elle|ils|nous|tu) (?:\w+ ){0,2}(?:pas|rien|une mauvaise|des mauvaises|mal)|si (?:on|je|j|il|elle|ils|nous|tu) (?:n )?(?:\w+ ){0,2}(?:pas|rien)|(?:\d+|deux|trois|plusieurs) jours|tant qu\w*|comme punition|pour (?:me|le|la|les|nous) punir|punie?s?|pendant (?:\d+|un|une|deux|trois|plusieurs) (?:jours?|journees?)|(?:ca dure|dure) (?:\d+|un|une|deux|trois|plusieurs) (?:jours?|journees?)|depuis (?:\d+|deux|trois|plusieurs|hier))\b`)
	foodPlace  = guard(`\b(?:a la cantine|en classe|dans le bus|dans la classe|ramadan|a jeun|avant (?:l|une|la|son|sa) (?:operation|prise de sang|anesthesie|examen)|regime)\b`)
)

// childStarved reports a child kept from food; a child must be named.
func childStarved(text string) bool {
	return foodDenied.MatchString(text) && foodRule.MatchString(text) && !foodPlace.MatchString(text)
}

// Marks on a child's body and a secret kept about them (« j'ai vu des
// brûlures rondes sur ses bras, elle m'a dit de ne rien dire sinon papa
// va se fâcher »): what professionals and neighbours tell without a word
// of a blow. A mark alone is a fall; a secret alone a game.
var (
	childMarks  = guard(`\b(?:bleus?|brulures?|marques?|traces?|hematomes?|cicatrices?|griffures?|morsures?|coupures?|plaies?)(?: \w+){0,4} (?:sur|a|au|aux|dans) (?:ses|son|sa|les|le|la|l) (?:bras|jambes?|dos|cou|visage|cuisses?|mains?|ventre|fesses|joues?|poignets?|epaules?|figure|corps|nuque|tete)\b`)
	childSecret = guard(`\b(?:(?:de )?ne rien dire|(?:de )?pas le dire|(?:de )?ne pas (?:le dire|en parler|le raconter)|(?:ne )?(?:le )?dire a personne|rien dire a personne|garder le secret|c est (?:un|notre) secret|sinon (?:\w+ ){0,2}(?:va|vont|allait|allaient|sera|seront|serait) (?:se facher|facher|la taper|le taper|la frapper|le frapper|la punir|le punir|en colere|crier|me taper|me frapper|me punir)|a peur (?:de|d) (?:son|sa|ses) (?:pere|mere|papa|maman|parents|beau pere|belle mere)|(?:ne veut|veut) (?:jamais |pas |plus )?(?:enlever|retirer|quitter) (?:son|sa|ses) (?:gilet|pull|manches?|sweat|veste|manteau|collants|pantalon))\b`)
)

// markedChild reports marks on a child and a secret; a child must be
// named.
func markedChild(text string) bool {
	return childMarks.MatchString(text) && childSecret.MatchString(text)
}

// Hiding a paper or a move from one's partner for fear of blows (« il ne
// faut surtout pas que mon mari voie le courrier, la dernière fois j'ai
// eu des bleus »): the fear told beside a harm. Keeping a surprise is
// no fear.
var (
	hideFromPartner = guard(`\b(?:(?:ne )?faut (?:surtout |absolument )?pas|(?:ne )?(?:veux|voudrais) (?:surtout |absolument )?pas|j ai peur|peur|pourvu|surtout pas|sans) (?:que|qu) (?:mon|ma) (?:mari|conjoint|compagnon|copain|ex|femme|compagne|concubin|mec) (?:\w+ ){0,1}(?:voie|voit|sache|trouve|lise|decouvre|apprenne|tombe sur|ouvre)\b`)
	partnerHarm     = guard(`\b(?:bleus|coups?|frappe\w*|battue?|cogne\w*|gifle\w*|tape\w*|hopital|urgences|cass\w* (?:le|la|les|mon|ma) (?:bras|nez|cote|dents?|machoire)|tue\w*|me tuer|violent\w*)\b`)
)

// hiddenFromPartner reports a writer who hides from their partner for
// fear of blows.
func hiddenFromPartner(text string) bool {
	return hideFromPartner.MatchString(text) && partnerHarm.MatchString(text)
}

// A body failing now, told with a time of now: a chest that tightens, a
// breath that goes, someone who collapses « depuis midi », « depuis une
// heure », « tout à coup ». Told inside a procedure question, such a
// message ranks the procedure first; the danger reader, trained on few
// such lines, may read another emergency. Breath short « depuis une
// semaine » is a matter for the doctor, not the 15.
var acuteTime = guard(`\b(?:depuis (?:midi|ce matin|cet apres midi|ce soir|cette nuit|une heure|une demi heure|\d+ ?(?:h|heures?|min|minutes?|mn)|deux heures|trois heures|tout a l heure|quelques minutes|quelques heures)|tout a coup|d un coup|soudain\w*|brusquement|la maintenant|(?:il )?y a (?:\d+|une|deux|dix|quelques) (?:minutes?|min|mn|heures?|h))\b`)

// bodyFailingNow reports a body failing now (bodyNow) with a time of now.
func bodyFailingNow(text string) bool {
	return bodyNow.MatchString(text) && acuteTime.MatchString(text)
}

// An overdose taken: a whole box or all one's pills swallowed (« il y a
// une heure j'ai pris toute ma boîte de Doliprane »). It is the 15's,
// whatever the writer feels now. A course of treatment finished « comme
// prescrit » is none.
var (
	overdoseTaken = guard(`\b(?:ai|a|as|avons|avez|ont|avait|avais|avaient|viens d|vient d|venons d) (?:\w+ )?(?:pris|pri|avale|avalee|avales|avalees|avaler|gobe|gobee|bu|ingere|ingeree) (?:\w+ ){0,1}(?:toute? (?:ma|la|une|sa|leur|ta|cette) (?:boite|plaquette|tube|flacon|bouteille)|toute? (?:la|une) (?:boite|plaquette) (?:entiere )?(?:de|d)|(?:tous|toutes|tout|tt|ts|tte|ttes) (?:mes|ses|les|leurs|ces) (?:cachets|comprimes|medicaments|medocs|pilules|somniferes|anxiolytiques|antidepresseurs|gelules|boites|plaquettes|flacons)|(?:une|deux|trois|\d+) (?:boites|plaquettes|flacons) (?:entieres? )?(?:de|d))\b`)
	// « Too much »: « j'ai avalé trop de médicaments », « je viens de
	// prendre beaucoup trop de comprimés ».
	pillsTooMany = guard(`\b(?:ai|jai|a|as|avons|avez|ont|avait|avais|avaient|viens de|vient de|venons de|venez de|viens d|vient d)(?: \w+)? (?:pris|pri|prendre|avale|avalee|avales|avalees|avaler|gobe|gobee|gober|ingere|ingeree|ingerer)(?: \w+)? (?:beaucoup |bien |vraiment |largement )?trop (?:de|d) (?:cachets|comprimes|medicaments|medocs|pilules|somniferes|anxiolytiques|antidepresseurs|gelules|doliprane|paracetamol|sirop|xanax|lexomil|tramadol|insuline)\b|\b(?:took|taken|swallowed) (?:way )?too (?:many|much) (?:pills|tablets|medicines|medication|meds|sleeping pills)\b`)
	asPrescribed = guard(`\b(?:comme (?:prescrit|le medecin|le docteur|indique|sur l ordonnance)|jusqu au bout|fini le traitement|traitement (?:fini|termine))\b`)
)

// overdose reports an overdose taken.
func overdose(text string) bool {
	return (overdoseTaken.MatchString(text) || pillsTooMany.MatchString(text)) && !asPrescribed.MatchString(text)
}

// farewellSaid is a goodbye told with it: « il m'a dit adieu par sms ».
var farewellSaid = guard(`\b(?:adieu|merci pour tout|lettre d adieu|dit au revoir|mes adieux|ses adieux)\b`)

// Pills readied and looked at, not yet swallowed (« j'ai vidé la boîte
// de comprimés dans ma main et je la regarde »): the 3114's, before it is
// the 15's.
var pillsReadied = anyPhrase(
	`(?:vide|sorti|aligne|etale|prepare|compte|verse|mis|pose|rassemble)\w* (?:\w+ ){0,3}(?:medicaments|cachets|comprimes|pilules|somniferes|medocs|gelules) (?:\w+ ){0,3}(?:dans ma main|dans mes mains|dans la main|devant moi|sur la table|sur le lit|sur la table de nuit|a cote de moi)`,
	`(?:medicaments|cachets|comprimes|pilules|somniferes|medocs|gelules)(?: \w+){0,8} (?:je les ai|je l ai|j ai tout) (?:\w+ )?(?:pose|mis|aligne|etale|prepare|range)\w* (?:devant moi|sur la table|sur le lit|a cote de moi|dans ma main)`,
	`(?:medicaments|cachets|comprimes|pilules|somniferes|medocs|gelules) (?:\w+ ){0,3}(?:dans ma main|dans mes mains|devant moi|sur la table|sur le lit)(?: \w+){0,4} (?:je (?:les|la|le) regarde|je (?:les|la) fixe|j hesite|je me demande)`,
)

// Worth more dead: a life insurance that would pay the debts, a death
// that would be the last useful thing (« l'assurance-vie couvrirait les
// dettes »). A question about the contract itself names no such wish.
var worthMoreDead = anyPhrase(worthMoreDeadExpr)

// worthMoreDeadExpr is worthMoreDead's expression; it is also a cue of
// present danger (presentCues), for its words of insurance are a frame of
// paperwork.
const worthMoreDeadExpr = `assurance (?:vie|deces)(?: \w+){0,4} (?:couvrirait|paierait|payerait|rembourserait|reglerait|effacerait|solderait|toucheraient|toucherait)|` +
	`(?:vaux|vaudrais|vaut|valoir|vaudrait) plus (?:cher )?(?:mort|morte|morts|mortes)\b|plus utile (?:mort|morte)|(?:mort|morte) (?:je|j) (?:rapporterais|vaudrais|serais plus utile)|` +
	`(?:toucheraient|toucherait|auraient|aurait) (?:l |mon |ma |leur )?assurance(?: vie| deces)?(?: \w+){0,4} (?:mieux|sans moi|tranquille|a l abri|plus de dettes)|assurance (?:vie|deces)(?: \w+){0,6} (?:sans moi|mieux pour eux|a l abri|seule solution|un poids)`

// A weapon taken and put down, its next time in doubt (« ce matin j'ai
// pris le fusil et je l'ai reposé, je ne sais pas si je le reposerai
// demain »), or held against oneself.
var weaponHandledExpr = anyPhrase(
	`(?:pris|sorti|charge|tenu|tenais|decroche|saisi)\w* (?:le|la|l|mon|ma|son|sa|un|une) (?:fusil|carabine|arme|pistolet|revolver)(?: de chasse| de service)?(?: \w+){0,10} (?:repose|range|remis|lache)\w*`,
	`(?:si|sais pas si|sais plus si) (?:je|j) (?:le|la|l) (?:reposerai|rangerai|lacherai|poserai)`,
	`(?:canon|fusil|arme|pistolet|revolver|carabine) (?:\w+ ){0,2}(?:dans|sous|contre) (?:ma|la|mon|le) (?:bouche|tempe|menton|gorge|tete)`,
)

// weaponSport is hunting or shooting as a pastime, or a weapon's papers.
var weaponSport = guard(`\b(?:(?:pour la|a la|partie de|saison de|permis de|club de|de la) chasse|chasseurs?|club|stand de tir|tir sportif|armurerie|armurier|permis|declarer|declaration|coffre fort|armoire forte|vendre|vente)\b`)

// weaponHandled reports a weapon handled against oneself, not for sport.
func weaponHandled(text string) bool {
	return weaponHandledExpr.MatchString(text) && !weaponSport.MatchString(text)
}

// Ending one's life said as a plan with no place nor time of retirement:
// « je veux finir ma vie, trop de problèmes ». « Finir ma vie au pays »
// or « tranquille » is a retirement.
var endMyLife = guard(`\b(?:veux|vais|voudrais|envie de|pense a|pense|prefere) (?:\w+ )?finir (?:ma|sa) vie(?: (?:trop|je|j|personne|c est|maintenant|ce soir|cette nuit|aujourd hui|demain|tout|seule?|vite|parce|car|plus|rien|la)\b|$)`)

// Nobody would notice: « personne remarquera si je suis plus là »,
// « qui s'en rendrait compte si je disparaissais ».
var unnoticedGone = guard(`\b(?:(?:personne|qui|tout le monde)(?: \w+){0,2} (?:remarquer\w*|remarke\w*|remarque|verr\w*|verrait|rendr\w* compte|apercevr\w*|manquer\w*|regretter\w*|pleurer\w*|viendr\w*|fich\w*|fout\w*)|ca changera rien|ca changerait rien|ca fera rien|ca ferait rien)(?: \w+){0,4} (?:si|quand) (?:(?:je|j) (?:ne )?(?:suis|serai|serais|etais|sois|sui)|jsui|jsuis|jsu) (?:plus|plu) la|\bsi (?:je|j) (?:disparais|disparaissais|mourais|partais pour de bon|n etais plus la|etais plus la|suis plus la)(?: \w+){0,4} (?:personne|qui|ca changera|ca changerait|ca fera|ca ferait|tout le monde)\b`)

// A minor a family will marry off, told by someone else: « ma cousine a
// 16 ans, la famille la force à se marier », « son oncle veut la marier
// la semaine prochaine » (minorMarried is the minor's own word).
var marryOff = guard(`\b(?:(?:veut|veulent|vont|va|voudrait|voudraient|compte\w*|promis|doit|doivent) (?:la|le|me|m) mari\w*|(?:force\w*|oblige\w*|pousse\w*) (?:\w+ ){0,2}a (?:se|me|te) marier|mari\w* de force|mariage force)\b`)

// minorMarriedOff reports a minor named whom a family will marry off.
func minorMarriedOff(text string) bool {
	return marryOff.MatchString(text) && minor.MatchString(text)
}

// A bag packed by the door, by a writer afraid of a partner who drinks
// or shouts: « il a bu, il commence à crier, j'ai mis un sac près de la
// porte ».
var (
	fleeBag     = guard(`\b(?:sac|valise|affaires|papiers)(?: \w+){0,2} (?:pres de|devant|a cote de|derriere) la porte|(?:sac|valise) (?:est )?(?:pret|prete|faite?|bouclee?)(?: \w+){0,3} au cas ou|au cas ou (?:il|elle) (?:recommence|rentre|boit|s enerve)\b`)
	fleeBagFear = guard(`\b(?:a bu|boit|ivre|saoul|sou|crie|cri|hurle|s enerve|peur|recommence|coups?|frappe\w*|tape\w*|cogne\w*|violent\w*|menace\w*)\b`)
)

// packedToFlee reports a bag packed to flee a partner's violence.
func packedToFlee(text string) bool {
	return fleeBag.MatchString(text) && fleeBagFear.MatchString(text)
}

// A host who housed the writer until now and no longer will, told with
// tonight (« ma sœur m'hébergeait mais son mari ne veut plus, ce soir
// j'ai rendu les clés »).
var hostedUntilNow = guard(`\b(?:m|nous|me|ma) (?:hebergeait|hebergeaient|logeait|logeaient|accueillait|accueillaient|hebergeais)(?: \w+){0,6} (?:mais|plus|veut plus|veulent plus|ne veut plus|ne veulent plus|c est fini|fini|faut partir|de partir)\b`)

// hostGone reports a host who housed the writer until now and no longer
// does, with a night near.
func hostGone(text string) bool {
	return hostedUntilNow.MatchString(text) && hostsNightNear.MatchString(text)
}

// asideTurn opens a second errand in a message (« Et aussi… », « autre
// chose : »): a paper asked for before it does not frame what follows.
var asideTurn = guard(`\b(?:et aussi|autre chose|autre question|par ailleurs|j en profite|au passage|ah et|et puis aussi|et sinon|aussi autre chose)\b`)

// afterAside returns the part of text after its last aside turn, or text.
func afterAside(text string) string {
	if !asideTurn.may(text) {
		return text
	}
	locs := asideTurn.FindAllStringIndex(text, -1)
	if len(locs) == 0 {
		return text
	}
	return text[locs[len(locs)-1][1]:]
}

// evictionAhead is an eviction feared or pending, some day: rent owed, a
// procedure under way, « j'ai peur d'être expulsé un jour ». A night
// with no roof is tonight's; this is the housing entries' question.
// Like any frame it gives way to a cue of now (« ce soir », « il
// change la serrure »).
var evictionAhead = anyPhrase(
	`(?:expuls\w*|mise? a la porte|mis dehors|a la rue|sans logement)(?: \w+){0,6} (?:un jour|bientot|a terme|plus tard|dans (?:\w+ ){0,2}(?:jours|semaines|mois)|a la fin de la treve|apres la treve|fin de la treve|si (?:je|on|nous) (?:ne )?(?:paie|paye|payons|rembourse))`,
	`(?:un jour|bientot|a terme)(?: \w+){0,6} (?:expuls\w*|a la rue|dehors|sans logement)`,
	`(?:procedure|jugement|commandement|menace|risque|avis) (?:d |de |d une )?(?:expulsion|quitter les lieux)|commandement de payer|(?:impayes?|retards?|dettes?|arrieres?) de loyers?|loyers? (?:en retard|impayes?)`,
	// Months of rent behind, the bailiff come by: « trois mois de loyer
	// de retard, le commissaire de justice a laissé un papier ».
	`(?:mois|loyers?) (?:de loyers? )?(?:de|en) retard|(?:commissaire de justice|huissier) (?:\w+ ){0,3}(?:passe|venu|laisse|envoye|depose|apporte|donne|remis|delivre)\w*`,
)

// chronicFrame is a condition long known, asked about for a procedure:
// « mon père a du mal à respirer depuis des années à cause de son
// asthme, il peut avoir l'APA ? », « elle respire mal quand elle monte
// les escaliers », « des convulsions quand il a de la fièvre, il a un
// PAI ». Its breath, pain and fits are no body failing now; a sign
// that is (« il est tout bleu », « depuis une heure ») still is.
var (
	chronicFrame = guard(`\b(?:(?:un|le|son|d un|du) pai|projet d accueil individualise|traitement de fond|affection longue duree|depuis (?:des|plusieurs|\d+|deux|trois|quatre|cinq|dix|quelques) (?:annees|ans)|(?:a cause de|avec|pour) (?:son|sa|mon|ma|ses|mes|leur) (?:asthme|bpco|insuffisance (?:respiratoire|cardiaque)|emphyseme|allergies?|apnees? du sommeil|maladie chronique)|chroniques?|(?:quand|des qu|lorsqu) (?:il|elle|je|j|on) (?:monte|marche|court|fait (?:du sport|un effort|des efforts))(?: (?:les|des) escaliers)?|a l effort|en montant (?:les|des) escaliers)\b`)
	chronicBody  = guard(`\b(?:(?:du |de la )?(?:mal|peine) a respirer|respire (?:mal|difficilement)|respire|respirer|essouffle\w*|douleurs?|convuls\w*)\b`)
)

// episodeNow is a fit, a breath or a faint told as happening now (« il
// convulse là », « une crise depuis dix minutes », « ses lèvres
// bleuissent », « il ne se réveille pas »): a known condition and its PAI
// do not make it a procedure.
var episodeNow = guard(`\b(?:en ce moment|actuellement|la maintenant|en train de|depuis (?:\d+|une|deux|trois|quatre|cinq|dix|quinze|vingt|trente|quarante|plusieurs|quelques) (?:minutes?|min|mn|heures?)|depuis \d+ ?(?:min|mn|h)|ne s arrete (?:pas|plus)|s arrete pas|(?:n arrive|arrive) (?:plus|pas) a (?:respirer|le reveiller|la reveiller|parler)|ne se reveille (?:pas|plus)|ne repond (?:plus|pas)|(?:convulse|convulsent|tremble|tremblent|respire) la(?: et| il| elle| ca| je| on| depuis| ses| son| sa|$)|la (?:il|elle) (?:\w+ ){0,2}(?:convuls\w*|respire\w*|n arrive|fait une crise|est en crise|tremble)|(?:levres|visage|peau|doigts|ongles) (?:\w+ ){0,2}(?:bleu\w*|violet\w*|violace\w*|gris\w*)|tout bleu|toute bleue|devenue? (?:tout |toute )?bleue?|inconscient\w*|evanoui\w*)`)

// evictionFear is the fear of being put out, read as the eviction's when
// the message tells rent owed or a procedure (evictionAhead): « trois mois
// de retard, j'ai peur qu'il nous mette dehors avec les enfants ».
var evictionFear = guard(`\b(?:(?:j ai|on a|nous avons|j avais) (?:\w+ )?)?(?:peur|crains|craint|angoisse) (?:de|d|qu|que) (?:\w+ ){0,6}(?:dehors|a la rue|a la porte|expuls\w*|sans logement|sans toit)\b`)

// Held by a partner or a relative in a room or at home: « mon conjoint me
// retient dans la chambre depuis hier, je vous écris en cachette ». A
// boss who keeps one late, or money withheld from a wage, is none.
var (
	heldBy    = guard(`\b(?:(?:me|m|nous) (?:retient|retiennent|retenait|retenaient|a retenue?|ont retenue?|sequestre\w*|garde\w* enfermee?s?|empeche\w* de (?:sortir|partir|quitter))|(?:suis|sommes|est) (?:\w+ )?sequestree?s?)\b`)
	heldWhere = guard(`\b(?:dans (?:la|sa|une|notre|ma|leur) (?:chambre|cave|salle de bain|maison|appartement|appart|piece|cuisine)|a la maison|chez (?:lui|eux|nous|moi|elle)|en cachette|enfermee?s?|depuis (?:hier|ce matin|\d+|deux|trois|plusieurs) ?(?:jours?|heures?|h)?)\b`)
	heldWage  = guard(`\b(?:retien\w*|retenu\w*) (?:\w+ ){0,2}(?:sur|de l argent|salaire|paie|paye|somme|euros?|caution)\b|\b(?:au|a son|a mon) (?:bureau|travail|boulot|magasin)\b`)
)

// heldInside reports someone held where they live.
func heldInside(text string) bool {
	return heldBy.MatchString(text) && heldWhere.MatchString(text) && !heldWage.MatchString(text)
}

// More ways to say a danger without its signal, found on the lines of
// danger_corpus.txt that the reader and the rules above missed.
var (
	// A weapon loaded by one's side: « le fusil est chargé à côté de
	// moi ».
	weaponBeside = `(?:fusil|carabine|arme|pistolet|revolver)(?: de chasse| de service)? (?:est )?charge\w* (?:\w+ ){0,2}(?:a cote de moi|pres de moi|devant moi|sur (?:la table|mes genoux|le lit|moi))`
	// Death as the only way out: « la seule sortie c'est la mort ».
	onlyWayOut = `(?:seule|derniere|unique) (?:sortie|solution|issue|option) (?:c est|ce sera|serait|est) (?:la mort|mourir|de mourir|de partir|d en finir|le suicide|de me tuer)|(?:la mort|mourir|le suicide|partir pour de bon) (?:est|c est|serait) (?:la seule|ma seule|l unique|ma derniere) (?:solution|sortie|issue)`
	// A last night decided: « c'est ma dernière nuit, j'ai décidé ».
	lastNight = `(?:c est|ce sera|ce soir c est) ma derniere (?:nuit|soiree|journee)(?: \w+){0,4} (?:j ai decide|c est decide|c est mieux|adieu|je suis decidee?|plus de retour)`
	// An attempt before and the fear of doing it again now.
	againAttempt = `(?:deja|j ai) (?:\w+ )?(?:essaye|tente|fait une tentative|fait une ts)(?: \w+){0,10} (?:peur de (?:recommencer|le refaire|refaire)|envie de (?:recommencer|le refaire)|je vais (?:recommencer|le refaire))`
)

// distressTold are those ways, for the distress line.
var distressTold = anyPhrase(weaponBeside, onlyWayOut, lastNight, againAttempt)

// An adult who seeks out a child: sends messages to meet in secret, shows
// them videos, offers them money to see them.
var (
	adultSeeks = guard(`\b(?:adulte|homme|monsieur|mec|type|vieux|inconnu)(?: de \d+ ans)? (?:\w+ ){0,3}(?:m envoie|m ecrit|me parle|me demande|veut|lui envoie|lui ecrit|lui demande|lui propose|propose|a propose|offre|a offert|montre|fait voir|ecrit a|envoie a|parle a|demande a)(?: \w+){0,8} (?:en secret|faire venir|venir chez lui|se voir|me voir|la voir|le voir|qu on se voie|qu on se voit|se voient|se rencontrer|rencontrer|sans le dire|de l argent|des cadeaux|(?:videos|photos|images) (?:\w+ )?(?:aux|a des|a les) (?:enfants|petits|gamins|eleves|filles|garcons))\b`)
)

// adultSeeksChild reports an adult who seeks out a child; a child must be
// named.
func adultSeeksChild(text string) bool {
	return adultSeeks.MatchString(text) && !paidJob.MatchString(text)
}

// paidJob is money offered for a task: « pour tondre sa pelouse ».
var paidJob = guard(`\bpour (?:tondre|garder|aider|laver|porter|ranger|bricoler|promener|travailler|repeindre|demenager|un job|un petit boulot|des petits boulots|faire (?:le|la|les|du|des|ses|son|sa) (?:menage|courses|jardin|jardinage|baby sitting|devoirs|vaisselle))\b`)

// A child of the family left in charge of the younger ones at night:
// « j'ai 11 ans et ma mère me laisse garder mes petits frères toute la
// nuit ».
var leftWithSiblings = guard(`\b(?:me|nous|la|le|les) laiss\w* (?:garder|seule?s? avec|s occuper de) (?:mes|les|ses|nos) (?:petits? |petites? )?(?:freres|soeurs|freres et soeurs)(?: \w+){0,3} (?:toute la nuit|la nuit|tous les soirs|seule?s?|des jours)\b`)

// minorLeftWithSiblings reports a minor writer left in charge of the
// younger ones.
func minorLeftWithSiblings(text string) bool {
	return leftWithSiblings.MatchString(text) && minorWriter.MatchString(text)
}

// A home evacuated and no roof offered for tonight: « notre immeuble a été
// évacué, la mairie ne nous loge pas ce soir ».
var (
	evacuated   = guard(`\b(?:evacue|evacuee|evacues|evacuees|inonde|inondee|brule|brulee|interdit d acces|sinistre)\b`)
	notRehoused = guard(`\b(?:ne (?:nous|me|les|lui|leur) (?:loge|heberge|reloge|propose)\w* (?:pas|rien)|(?:personne|rien|aucun hebergement|aucune solution) (?:pour|ce soir|cette nuit))\b`)
	noHotel     = guard(`\b(?:pas|plus) (?:d argent|de sous|de quoi|les moyens)(?: \w+){0,3} (?:hotel|chambre|nuit d hotel)\b`)
	nightNow    = guard(`\b(?:ce soir|cette nuit|il fait nuit|la nuit tombe|nuit tombe)\b`)
)

// homelessTonight reports a home evacuated and no roof offered, or no
// money for a hotel, tonight.
func homelessTonight(text string) bool {
	return (evacuated.MatchString(text) && notRehoused.MatchString(text) || noHotel.MatchString(text)) && nightNow.MatchString(text)
}

// Held by the neck, the hair, against a wall: a hold the writer tells
// without a blow (« il m'a attrapée par le cou contre le frigo »).
var physicalHold = guard(`\b(?:m a|ma|m ont|m avait|me|m) (?:\w+ )?(?:attrap|empoign|saisi|serr|pouss|plaqu|jet|tir|traine|coinc|bloqu)\w* (?:\w+ ){0,2}(?:par le cou|par la gorge|par les cheveux|contre (?:le|la|un|une) (?:mur|frigo|porte|placard|armoire|sol|table|meuble)|par terre|au sol)\b`)

// A child made to undress by an adult: « l'entraîneur le fait se
// déshabiller devant lui ». A child must be named.
var (
	madeToUndress = anyPhrase(
		`(?:fait|fais|font|faisait|oblige\w*|force\w*) (?:\w+ ){0,3}(?:se deshabiller|me deshabiller|se mettre nue?s?|me mettre nue?|enlever (?:ses|mes|leurs) (?:vetements|habits|culottes?|slips?))`,
		`(?:demande|demandent|demandait|veut|voulait) (?:\w+ ){0,3}(?:se deshabiller|me deshabiller|se mettre nue?s?|me mettre nue?|enlever (?:ses|mes|leurs) (?:vetements|habits|culottes?|slips?))(?: \w+){0,4} (?:devant (?:lui|elle|eux|son telephone|la camera)|pour (?:des|les|prendre des|faire des) (?:photos|videos)|(?:le|la|les) filme)`,
	)
)

// At the edge of the tracks, a bridge, a roof: « je suis au bord des
// voies à la gare ».
var atTheEdge = guard(`\b(?:je suis|suis|jsuis|debout|assise?|assis|reste|restee) (?:\w+ ){0,1}(?:au bord|sur le bord|sur le rebord) (?:des voies|de la voie|du quai|du pont|de la falaise|du vide|du toit|de la fenetre|du balcon|de la riviere|du canal)\b`)

// A partner back drunk or raging, breaking things, and the writer sought
// or hiding: « il est rentré saoul, il a cassé la table et maintenant il
// me cherche ».
var (
	rageAtHome = guard(`\b(?:(?:rentre|rentree|revenu|arrive) (?:\w+ )?(?:saoul|saoule|sou|soul|ivre|bourre|defonce|fou de rage|en rage|furieux)|(?:il|elle) (?:a|avait) (?:tout )?(?:casse|fracasse|defonce|renverse) (?:la|les|le|tout|ma|mes|une|des)|(?:il|elle) (?:casse|fracasse|defonce) tout)\b`)
	soughtNow  = guard(`\b(?:(?:il|elle) me cherche|je me (?:suis )?cachee?|je suis cachee?|(?:je me suis|suis) enfermee?|il tape (?:a|sur) la porte|il essaie d entrer)\b`)
)

// rageAndHiding reports a raging partner and a writer sought or hiding.
func rageAndHiding(text string) bool {
	return rageAtHome.MatchString(text) && soughtNow.MatchString(text)
}

// An adult who keeps a secret with a child (« le monsieur du 2e lui fait
// des bisous sur la bouche et lui dit de ne pas le dire »); a child must
// be named.
var adultWord = guard(`\b(?:monsieur|homme|adulte|voisin|voisine|oncle|tonton|cousin|entraineur|coach|animateur|animatrice|surveillant|prof|professeur|beau pere|parrain|grand pere|papi|nounou|babysitter|baby sitter)\b`)

// adultSecretChild reports an adult and a child's secret.
func adultSecretChild(text string) bool {
	return childSecret.MatchString(text) && adultWord.MatchString(text) && childTouch.MatchString(text)
}

// childTouch is what such an adult does: kisses, touches, shows, asks.
var childTouch = guard(`\b(?:bisous?|embrasse\w*|touche\w*|caresse\w*|tripote\w*|montre\w*|photos?|videos?|deshabill\w*|sur la bouche|dans son lit|sur ses genoux|cadeaux?)\b`)

// A child made to deal or keep watch for older ones who threaten them.
var childDealing = anyPhrase(`(?:vend|vendre|vendait|deal\w*|guette\w*|fait le guet|faire le guet|transporte\w*|cache\w*) (?:\w+ ){0,2}(?:drogue|shit|cannabis|beuh|coke|cocaine|pochons|barrettes)(?: \w+){0,6} (?:menac\w*|oblig\w*|forc\w*|frapp\w*|tape\w*|peur|dette)`)

// Letters written and the writer ready, or someone's last words said:
// « j'ai écrit mes lettres, je suis prête », « c'est la dernière fois
// qu'on se parle ».
var lastWords = anyPhrase(
	`(?:ecrit|laisse|prepare|termine|fini)\w* (?:mes|des|une|ma|les|toutes mes) (?:lettres?|mots?)(?: \w+){0,6} (?:je suis prete?|c est l heure|c est le moment|adieu|je pars|c est fini|tout est pret|je suis decidee?)`,
	`(?:c est|ce sera|ce serait) la derniere fois (?:qu|que) (?:on|nous|je|tu) (?:se|nous|te|vous|me)? ?(?:parle|parlons|voit|voyons|ecrit|ecrivons|entend|parlera|verra)`,
)

// A fall or a knock on the head, then vomiting or drowsiness: « une
// grosse bosse et il vomit depuis sa chute ».
var headKnock = anyPhrase(
	`(?:bosse|choc a la tete|coup sur la tete|cogne la tete|tombe\w* sur la tete|chute|tombe\w*)(?: \w+){0,8} (?:vomi\w*|somnolent\w*|endormi|dort beaucoup|ne se reveille|saigne du nez|saigne de l oreille|confus\w*)`,
	`(?:vomi\w*|somnolent\w*|confus\w*)(?: \w+){0,6} (?:depuis|apres) (?:sa|la|une|son) (?:chute|choc|coup)`,
)

// birthNow reports a birth under way: « ma femme accouche, la poche est
// percée ». Folded, « accouché » is « accouche »: a birth told in the past
// (« elle a accouché hier », « j'ai déjà accouché ») is the paperwork
// after it, the birth entry's, unless its signs are told too.
func birthNow(text string) bool {
	if birthSigns.MatchString(text) {
		return true
	}
	for _, m := range birthVerb.FindAllStringSubmatch(text, -1) {
		if !birthDone[m[1]] {
			return true
		}
	}
	return false
}

var (
	birthSigns = anyPhrase(`(?:accouchement (?:a commence|commence)|poche des eaux|poche (?:est |s est )?(?:percee|rompue|cassee)|perd les eaux|a perdu les eaux|contractions (?:toutes les|rapprochees|tres fortes))`)
	// birthVerb is « accouche » and the word before it, if any.
	birthVerb = guard(`(?:\b(\w+) )?\baccouche\b`)
	// birthDone are the words before « accouche » that make it a past
	// participle: an auxiliary, « déjà ».
	birthDone = map[string]bool{"a": true, "ai": true, "as": true, "avons": true, "avez": true, "ont": true,
		"avait": true, "avais": true, "avaient": true, "ayant": true, "deja": true, "aie": true, "ait": true}
)

// A partner who watches the writer's messages and takes their pay: two
// kinds of control told together (« mon compagnon lit tous mes sms et
// prend mon rsa »), the violence entry's even without a blow. One of
// them alone is left to coerciveControl, which wants the partner right
// before the verb: « mon mari prend ma carte pour les courses » is a
// loan.
var (
	watchesMessages = guard(`\b(?:lit|lisait|lis|regarde|regardait|fouille|fouillait|epluche|epluchait|verifie|verifiait|controle|controlait|surveille|surveillait|espionne|espionnait) (?:tout |tous |toutes |tt |ts )?(?:mes|mon|mn) (?:messages|msg|sms|mails|conversations|discussions|tel|telephone|portable|appels|whatsapp)\b`)
	takesPay        = guard(`\b(?:prend|prenait|pris|prit|garde|gardait|vide|vidait|retire|retirait|confisque|confisquait|encaisse|encaissait|empoche|empochait|pique|piquait) (?:tout |toute |tous |tt )?(?:mon|ma|mes|mn) (?:paie|paye|salaire|argent|rsa|compte|comptes|allocations?|aah|sous|retraite|pension|carte bancaire|carte bleue|cb)\b`)
)

// watchedAndRobbed reports a named partner who watches the writer's
// messages and takes their money.
func watchedAndRobbed(text string) bool {
	return partnerNamed.MatchString(text) && watchesMessages.MatchString(text) && takesPay.MatchString(text)
}

// A thing broken or thrown in anger, and the writer told they are next
// (« il a fracassé la chaise en disant que la prochaine fois ce serait
// moi »): a threat of blows with its proof. « La prochaine fois ce sera
// moi qui cuisine » has no act of anger.
var (
	angerAct = guard(`\b(?:casse|cassait|fracasse|fracassait|jete|jetait|balance|balancait|lance|lancait|explose|explosait|defonce|defoncait|eclate|eclatait|brise|brisait|frappe|frappait|tape|tapait|cogne|cognait|arrache|arrachait)\b`)
	nextIsMe = guard(`\b(?:la prochaine fois|prochaine fois|next time) (?:ce sera|ce serait|ca sera|ca serait|c est|c sera|ce sra|it will be|it ll be) (?:moi|ma tete|ma gueule|mon tour|ta tete|ta gueule|ton tour|toi|me|you)\b`)
)

// nextTimeMe reports an act of anger and the writer told they are next.
func nextTimeMe(text string) bool {
	return nextIsMe.MatchString(text) && angerAct.MatchString(text)
}

// A child left in a public place by whoever should keep them: « un bébé
// abandonné devant la pharmacie », « une petite laissée seule sur le
// parking ». A child « abandonné par son père » years ago is a story.
var childAbandoned = guard(`(?:^|\b(?:un|une|le|la|des|les|ce|cette|deux) )(?:bebes?|nourrissons?|nouveaux? nes?|enfants?|petite? filles?|petits? garcons?|fillettes?|gamine?s?|gosses?|momes?|petite?s?) (?:\w+ ){0,2}(?:abandonne\w*|laisse\w* (?:tout |toute )?seule?s?) (?:\w+ ){0,2}(?:dans|devant|sur|sous|au|a la|a l|en bas|pres)\b`)

// Written in hiding from someone who reads the messages (« j'écris en
// cachette, il épluche mon téléphone »): the violence entry's.
var writesInHiding = guard(`\b(?:(?:j ecris|jecris|jecri|j ecri|je vous ecris|je t ecris|je tecris|ecrit|j ai ecrit|j envoie) (?:\w+ ){0,2}(?:en cachette|en secret|en douce|discretement|quand il dort|quand elle dort|pendant qu il dort|pendant qu elle dort|quand il est pas la|avant qu il rentre)|(?:il|elle) (?:ne doit|doit) (?:pas|surtout pas|jamais) (?:savoir|voir) (?:que|qu) (?:je|j) (?:vous )?(?:ecris|ecri|parle|contacte))\b`)

// hiddenWriter reports a writer hiding their message from someone who
// reads their messages.
func hiddenWriter(text string) bool {
	return writesInHiding.MatchString(text) && (watchesMessages.MatchString(text) || watcherBare.MatchString(text))
}

// A threat on leaving: « si je pars, il me retrouvera où que j'aille »,
// « si je le quitte elle dit qu'elle prendra les enfants », « si je parle
// à quelqu'un il me renvoie au pays ». A threat of the future told by a
// partner or a host, the violence entry's.
var leaveThreat = guard(`\bsi (?:je|j|jm|jme) ?(?:m en vais|men vais|m en vai|pars|par|part|partais|le quitte|la quitte|les quitte|quitte|quittais|m enfuis|fuis|fuyais|m echappe|divorce|porte plainte|parle|parlais|jparle|le dis|dis quelque chose|raconte)(?: \w+){0,6} (?:il|elle|ils|elles|i) (?:me |m |ma |nous )?(?:retrouver\w*|tuer\w*|fera payer|ferait payer|fera la peau|ferait la peau|prendra (?:les|mes) enfants|prendrait (?:les|mes) enfants|garde\w* (?:les|mes) enfants?|enlever\w* (?:les|mes) enfants|renvoi\w* au (?:bled|pays)|renverra\w* au (?:bled|pays)|renvoyer\w* au (?:bled|pays)|enverra\w* au (?:bled|pays)|fera renvoyer|ferait renvoyer|denoncera\w*|tabassera\w*|defoncera\w*|frappera\w*)\b|\b(?:me|m) (?:retrouvera|retrouverait|retrouvera toujours) (?:ou que|partout|n importe ou)\b`)

// Someone at risk of harming themselves, feared by a friend or a parent:
// « j'ai peur qu'il fasse une bêtise », or a post that says they will not
// be there tomorrow (« il a posté que demain il ne serait plus là »).
var (
	fearsRashAct   = guard(`\bpeur (?:qu|que|k|ke) (?:il|elle|ils|elles|i) (?:ne )?(?:fasse|fassent|face|commette|commettent) (?:une |des |la )?(?:grosse |grave |vraie )?(?:connerie|conneries|betise|betises|folie|folies|geste|irreparable|quelque chose de (?:grave|bete|irreparable|fou))\b`)
	postedNotThere = guard(`\b(?:mis|poste|publie|ecrit|envoye|story|statut)\w* (?:\w+ ){0,5}(?:que|qu|ke|k) (?:demain|ce soir|bientot|cette nuit)? ?(?:il|elle|i) (?:ne )?(?:sera|serait|sra) (?:plus la|plus parmi nous|plus de ce monde)\b`)
)

// rashActFeared reports a relative feared to harm themselves.
func rashActFeared(text string) bool {
	return fearsRashAct.MatchString(text) && !rashActOnThing.MatchString(text) || postedNotThere.MatchString(text)
}

// rashActOnThing is a blunder in a paper or a purchase (« peur qu'il fasse
// une bêtise avec son dossier »), no harm to oneself.
var rashActOnThing = guard(`\b(?:connerie|conneries|betise|betises|folie|folies|geste) (?:avec|dans|sur|en|pour|a|au|aux|sur) (?:son|sa|ses|le|la|les|l|un|une|ce|cette|des|leur|leurs)\b`)

// A lethal dose looked up, or a weapon stared at: « j'ai cherché combien
// de cachets il fallait », « je fixe la carabine du grenier chaque
// soir ».
var lethalLookup = anyPhrase(
	`(?:cherche|recherche|regarde|demande|calcule|compte|tape)\w* (?:\w+ ){0,4}combien (?:de |d )?(?:comprimes|cachets|medicaments|pilules|boites|somniferes|gelules|doliprane|paracetamol)(?: \w+){0,3} (?:il faut|il faudrait|il fallait|faut|faudrait|fallait|pour (?:mourir|ne plus|en finir|que))`,
	`(?:dose|doses) (?:mortelle|mortelles|letale|letales)`,
	`(?:regarde|regarder|fixe|fixer|contemple|contempler)\w* (?:\w+ ){0,1}(?:le|la|mon|ma|son|sa|cette|ce) (?:fusil|carabine|arme|pistolet|revolver|corde)\b(?: \w+){0,6} (?:tous les soirs|chaque soir|toutes les nuits|chaque nuit|des heures|longtemps|depuis)`,
)

// A writer or a parent who gives away what is precious and says they are
// a burden or have done their time: « elle dit qu'elle ne sert plus à
// rien, elle m'a donné sa montre et ses économies ».
var (
	burdenSaid   = guard(`\b(?:(?:suis|est|etre|serai|serait) (?:\w+ )?(?:un poids|une charge|un fardeau|de trop)|(?:fait|fais|a fait|ai fait) (?:son|mon) temps|(?:ne )?(?:sert|sers|servirai) (?:plus )?a rien|(?:plus )?(?:utile|bonne?) a rien|(?:inutile|une gene) pour tout le monde)\b`)
	valuablesOut = guard(`\b(?:donne|donnait|confie|confiait|distribue|legue|laisse|remis|remet|offert|offre)\w* (?:\w+ ){0,3}(?:ses|mes|sa|ma|son|mon|leurs?) (?:bijoux|alliance|montre|economies|code|codes|carte bleue|carte bancaire|cb|papiers|cles|clefs|chat|chien|livret|affaires|souvenirs)\b`)
)

// burdenGivesAway reports a burden said and precious things given away.
func burdenGivesAway(text string) bool {
	return burdenSaid.MatchString(text) && valuablesOut.MatchString(text)
}

// Put out of one's room or things thrown out, today: « le logeur a mis
// mes valises dans le couloir ce midi, je suis sur le trottoir », « on
// m'a dit de quitter la chambre immédiatement ». A move or a notice for
// next month is none (moving, planningFrame).
var (
	putOutOfRoom = guard(`\b(?:(?:m a|m ont|nous a|nous ont|ils m ont|elle nous|il nous|on m a|on nous a) (?:\w+ )?(?:demande|dit) de partir|(?:m a|m ont|nous a|nous ont|ils m ont|elle m a|il m a) (?:\w+ )?(?:dit|annonce|ecrit) (?:\w+ ){0,3}que c (?:etait|est) (?:fini|termine)|(?:m a|m ont|nous a) (?:\w+ )?repris (?:la|ma|notre) place|(?:contrat de sejour|hebergement|prise en charge|nuitees?)(?: \w+){0,2} (?:est |c est |sont )?(?:termine|terminee|terminees|fini|finie|finies)|n a (?:finalement |jamais )?pas signe le bail|(?:m a|ma|m ont|nous a|nous ont|me|nous|m|on m a|on nous a) (?:\w+ )?(?:sorti|sortie|mis dehors|mise dehors|jete dehors|jetee dehors|vire|viree|chasse|chassee|expulse|expulsee|fichu dehors|foutu dehors|mis a la porte|mise a la porte)|(?:sorti|jete|balance|mis|pose|pose|vide)\w* (?:\w+ ){0,1}(?:mes|nos) (?:valises|affaires|sacs|bagages|meubles)|(?:demande|dit|ordonne|somme|oblige|force)\w* (?:\w+ ){0,1}(?:de |d )?(?:liberer|quitter|rendre|vider|partir de) (?:la|le|ma|mon|l|notre) (?:\w+ )?(?:chambre|mobil home|mobilhome|logement|appartement|appart|studio|caravane|place|lieux|maison|foyer|centre))\b`)
	putOutNow    = guard(`\b(?:ce matin|ce midi|cet apres midi|ce soir|aujourd hui|tout a l heure|immediatement|tout de suite|sur le champ|dans l heure|maintenant|la maintenant|il y a (?:une|deux|trois|\d+) heures?)\b`)
	putOutWhere  = guard(`\b(?:(?:tous |toutes )?(?:mes|nos|les) (?:sacs|valises|cartons|affaires|bagages) (?:\w+ ){0,2}(?:avec moi|avec nous|dans l entree|sur le palier|dans le couloir)|tout ce (?:qu on|que j|que nous) (?:a|ai|avons) tient dans|(?:je n ai|j ai|jai) rien(?: \w+){0,3} (?:ce soir|cette nuit|pour la nuit)|(?:ce soir|cette nuit) (?:je n ai|j ai|on n a) rien|il est (?:deja )?\d+ ?h|(?:cage d escalier|avec mes cartons)|(?:je suis|jsuis|suis|on est|nous sommes|je reste|on reste|assise?|debout|j attends|on attend|je dors|on dort) (?:\w+ ){0,3}(?:dans la rue|dehors|sur le trottoir|devant (?:la|le|l) (?:porte|immeuble|batiment|centre|foyer|entree|gare)|dans le hall|sur un banc|dans un parc|dans la gare|a la gare|avec (?:ma|mes|mon) (?:valise|valises|sac|sacs|affaires|bagages))|ne connais personne|connais personne|nulle part|pas (?:d argent|dargent|de quoi|les moyens) (?:\w+ ){0,3}(?:hotel|chambre)|(?:il va|va bientot) faire nuit|il pleut)\b`)
)

// roughPlaceNow is the writer in a stairwell or outside: a move that
// failed (« l'ancien appartement est rendu, ce soir je suis avec mes
// cartons dans la cage d'escalier ») is a night with no roof.
var roughPlaceNow = guard(`\b(?:je suis|suis|on est|nous sommes|jsuis|je dors|on dort) (?:\w+ ){0,4}(?:dans la cage d escalier|dans l escalier|dehors|dans la rue|sur le trottoir|dans le hall|sur le palier)\b`)

// putOutToday reports someone put out of their room today, with nowhere
// to go said or shown.
func putOutToday(text string) bool {
	return putOutOfRoom.MatchString(text) && putOutNow.MatchString(text) && putOutWhere.MatchString(text) && (!moving.MatchString(text) || roughPlaceNow.MatchString(text))
}

// A short line of fear of someone who acts now: « elle me guette, j'ai
// peur », « il est revenu, j'ai peur ». Short, with no other errand: the
// whole message is the fear.
var (
	shortActor = guard(`^(?:(?:mon|ma) (?:mari|ex|conjoint|compagnon|copain|mec|femme|pere|beau pere) |il |elle |ils |i )(?:est (?:la|revenu|revenue|rentre|rentree|en bas|devant|dehors)|revient|rentre|arrive|recommence|recommencent|remet ca|me (?:surveille|suit|cherche|guette|menace|attend|harcele|frappe|tape|observe|espionne|traque)|m (?:attend|observe|espionne|a retrouvee?|a suivie?))(?: (?:encore|de nouveau|la|maintenant|ce soir|devant|en bas|dehors))?(?: et)? (?:j ai|jai|g|j) peur(?: (?:aidez moi|aide moi|svp|stp|help))?$`)
)

// Love sent through someone else (« dites à ma fille que je l'aime ») is
// a farewell, unless the writer says they are coming back: « …, je
// rentre à 18 h » is a message to pass on. Love in the past tense
// (« que je l'aimais ») is read as a farewell whatever follows.
var (
	loveSent   = guard(`\bdites (?:a|lui|leur) (?:\w+ ){0,2}que je (?:l|les|vous|t) aime\b`)
	returnPlan = guard(`\b(?:je rentre|je reviens|je serai (?:la|a la maison|rentree?|de retour)|je rentrerai|j arrive|a ce soir|a tout a l heure|a tout de suite|a demain|a plus tard|en retard|je passe (?:la|vous|te|les) (?:voir|chercher|prendre))\b`)
)

// loveSentAway reports love sent through someone with no return said.
func loveSentAway(text string) bool {
	return loveSent.MatchString(text) && !returnPlan.MatchString(text)
}

// Learners' English, read by its grammar rather than its endings (« my
// husband he take my phone », « the father hit the little boy », « I
// sleep in the station since Monday », « he fall from the roof, he
// cannot move »): the verbs of danger in any tense or person, beside the
// one they hurt or the place one sleeps. Each family wants the danger and
// its victim or place, not a word alone.
var (
	enHitsWriter  = guard(`\b(?:he|she|husband|wife|boyfriend|girlfriend|partner|father|mother)(?: \w+){0,2} (?:beat|beats|beating|hit|hits|hitting|punch\w*|kick\w*|slap\w*|hurt|hurts|hurting|choke\w*|strangle\w*|push|pushes|pushed) (?:me|my face|my head)\b`)
	enControl     = guard(`\b(?:he|she|husband|wife|boyfriend|girlfriend|partner)(?: \w+){0,2} (?:take|takes|took|taking|keep|keeps|kept|keeping|hide|hides|hid|lock|locks|locked) (?:all )?(?:my|me) (?:phone|money|passport|papers|documents|salary|card|id|inside|in)\b`)
	enFear        = guard(`\b(?:scared|afraid|fear|frightened|terrified)\b`)
	enChildHurt   = guard(`\b(?:beat|beats|beating|hit|hits|hitting|hurt|hurts|hurting|punch\w*|kick\w*|slap\w*|burn|burns|burned|burnt|whip\w*|belt)(?: \w+){0,1} (?:his|her|their|the|a|my) (?:little |small |young |baby )?(?:boy|girl|child|kid|son|daughter|baby|children|kids|brother|sister)\b`)
	enNoRoof      = guard(`\b(?:i|we) (?:sleep|slept|am sleeping|are sleeping|sleeping|stay|staying|am|are) (?:in|at|on|under) (?:the |a )?(?:gare|station|train station|bus station|street|streets|park|car|metro|bus stop|bridge|outside)\b`)
	enNoRoofCue   = guard(`\b(?:tonight|cold|since|where (?:can|do|i|we|to) \w*|nowhere|no money|help)\b`)
	enBodyFailing = guard(`\b(?:fall|falls|fell|fallen|falling) (?:from|off|down)(?: \w+){0,12} (?:cannot|can t|cant|can not|not|no) (?:move|breathe|breath|walk|stand|wake|talk|feel)\b`)
)

// enViolence reports blows on the writer, or control told with fear, in
// learners' English.
func enViolence(text string) bool {
	return enHitsWriter.MatchString(text) || enControl.MatchString(text) && enFear.MatchString(text)
}

// enNoRoofNow reports a night in a station or a street, with a cue of
// now or of need.
func enNoRoofNow(text string) bool {
	return enNoRoof.MatchString(text) && enNoRoofCue.MatchString(text)
}

// Farewells told in French by what is readied or seen: letters left for
// the family and the way known or the letters laid out (« j'ai écrit à
// mes parents, les lettres sont sur mon bureau »); the last evening said
// and nothing else; a way out named as « la solution »; one step that
// would suffice; others « better off without » someone.
var (
	lettersLeft = guard(`\b(?:prepare|ecrit|laisse|pose|redige|ecrire|preparer)\w* (?:\w+ ){0,1}(?:des|mes|une|ma|les|deux|trois) (?:lettres?|mots?|messages?) (?:\w+ ){0,1}(?:pour|a) (?:chacun (?:de |d )?|chacune (?:de |d )?)?(?:ma|mon|mes|toute ma) (?:\w+ ){0,1}(?:famille|mere|pere|maman|papa|enfants|frere|freres|soeur|soeurs|femme|mari|proches|parents|fille|fils|amis)\b`)
	lettersCue  = guard(`\b(?:(?:sais|ai decide|ai choisi|sait) (?:comment|quand|ou)|(?:pose|laisse|mis|range|sont|est)\w* (?:\w+ ){0,2}(?:sur (?:le|mon|la|ma) (?:lit|table|bureau|oreiller|commode)|en evidence|bien en vue)|voila$|(?:je suis|suis) prete?|c est le moment|pour apres|quand je (?:ne )?serai plus la|adieu|pardon)\b`)
)

// lettersReady reports letters left for the family with a cue of the end.
func lettersReady(text string) bool {
	return lettersLeft.MatchString(text) && lettersCue.MatchString(text)
}

var lastEvening = anyPhrase(
	`(?:c est|ce sera|ce soir c est|voici) (?:mon|ma) (?:dernier soir|derniere nuit|derniere soiree)$|(?:mon|ma) (?:dernier soir|derniere nuit|dernier jour|derniere journee) (?:de ma vie|sur terre|vivante?|en vie)`,
	`(?:la riviere|le fleuve|la seine|le pont|les rails|le train|la corde|le vide|les medicaments|les cachets|la mort|mourir|disparaitre|sauter|partir pour de bon) (?:c est|serait|est|sera) (?:la|ma) (?:seule |meilleure |vraie )?(?:solution|issue|sortie)`,
	`un (?:seul |petit )?pas (?:suffirait|suffit|et c est fini|et ce serait fini|de plus et)`,
	`(?:serait|seriez|serions|seraient|sera|serez|seront|serais|serait) (?:tous |toutes |bien )?mieux sans (?:lui|elle|moi)\b`,
)

// A short line of fear of a partner, and nothing else: « peur de mon
// mari, aidez-moi ». (A parent named is a child's fear, but the entry of
// children wants a child named: left to the signals.)
var shortFearPartner = guard(`^(?:j ai|jai|g|j) (?:tres |trop |tellement )?peur (?:de|d) (?:mon|ma) (?:mari|femme|copain|copine|ex|conjoint|conjointe|compagnon|compagne|mec)(?: (?:svp|stp|aidez moi|aide moi|help))?$`)

// A watcher told bare beside a message written in hiding: « j'écris en
// cachette, il surveille ».
var watcherBare = guard(`\b(?:il|elle) (?:me )?(?:surveille|surveillait|lit tout|controle tout|espionne|regarde tout|verifie tout)\b`)

// A head struck against a wall or a door by someone: « il m'a cogné la
// tête contre la porte », « elle m'a encore éclaté la figure contre le
// mur ».
var headAgainstWall = guard(`\b(?:m a|ma|m ont|m avait|il me|elle me|ils me|il m|elle m|ils m) (?:\w+ ){0,2}(?:la |ma )?(?:tete|figure|visage|gueule|crane) (?:\w+ )?contre (?:le|la|un|une|les) (?:mur|murs|porte|sol|table|frigo|radiateur|lavabo|evier|meuble|placard|vitre)\b`)

// Blows on a child heard through a wall, night after night: « j'entends
// des gifles et le petit qui pleure tous les soirs », « des bruits sourds
// et l'enfant qui supplie ». Cries alone are a baby's evening.
var (
	heardChildBlows = guard(`\b(?:entend|entends|entendu|entendons|entendez|entendre)\w* (?:\w+ ){0,6}(?:claques?|gifles?|coups|bruits sourds|baffes?|fessees?|supplier|supplie|arrete papa|arrete maman|papa arrete|maman arrete)\b`)
	heardChild      = guard(`\b(?:bb|bebe|petit|petite|petits|enfant|enfants|gamin|gamine|gosse|fillette|garcon|fils|fille|nourrisson)\b`)
	heardRepeated   = guard(`\b(?:chaque (?:soir|nuit|jour)|tous les (?:soirs|jours|matins)|toutes les nuits|tt la nuit|toute la nuit|encore|souvent|depuis|ce soir|cette nuit|en ce moment|la maintenant)\b`)
)

// childHeardHit reports blows on a child heard, more than once or now.
func childHeardHit(text string) bool {
	return heardChildBlows.MatchString(text) && heardChild.MatchString(text) && heardRepeated.MatchString(text)
}

// A threat on the message itself: « s'il voit ce message je suis morte »,
// « s'il lit ça il me tue ».
var seenMessageThreat = guard(`\b(?:s|si) (?:il|elle) (?:voit|lit|trouve|decouvre|tombe sur|apprend)(?: \w+){0,2} (?:ce|mon|mes|ces|cette|ca|la) ?(?:messages?|sms|mails?|conversation|discussion|ecrit)?(?: \w+){0,3} (?:je suis (?:morte?|foutue?|finie?)|il me tue|elle me tue|il va me tuer|elle va me tuer|il me tuera|c est fini pour moi|je suis une femme morte|je suis un homme mort)\b`)

// Shut in a room while someone smashes the home: « je suis enfermée
// dans la salle de bain, il casse tout ». A door locked while the writer
// is alone is no danger (« enfermé dehors, les clés à l'intérieur »).
var (
	shutInRoom = guard(`\b(?:enfermee?s?|cachee?s?|barricadee?s?|refugiee?s?|planquee?s?) (?:\w+ ){0,2}(?:dans|ds) (?:la|le|ma|mon|une|l) (?:sdb|salle de bain|salle de bains|chambre|toilettes|wc|cuisine|placard|cave|buanderie|voiture)\b`)
	smashing   = guard(`\b(?:il|elle|ils|mari|copain|conjoint|compagnon|pere|frere|ex) (?:\w+ ){0,3}(?:casse|cassent|defonce|defoncent|detruit|fracasse|tape|tapent|frappe|frappent|cogne|hurle|hurlent|(?:est|sont) en train de (?:tout )?(?:casser|defoncer|detruire|fracasser)) (?:tout|dans|sur la porte|contre la porte|dans la porte|la porte|les murs|les meubles|l appart\w*|la maison)\b`)
)

// shutInWhileSmashing reports a writer shut in a room while someone
// smashes the home.
func shutInWhileSmashing(text string) bool {
	return shutInRoom.MatchString(text) && smashing.MatchString(text)
}

// Kept from going out, or let out for errands only: « je n'ai pas le
// droit de sortir sans lui », « il ne me laisse sortir que pour les
// courses, il compte les minutes ».
var keptFromGoingOut = guard(`\b(?:(?:je n ai|j ai|jai|moi j ai|on n a|je n avais|j avais) pas le droit de sortir (?:sans (?:lui|elle|mon mari|ma femme|son accord|sa permission)|seule?)|(?:il|elle|mari|femme|conjoint|compagnon|copain|pere|frere|beau pere|belle mere) (?:ne )?me laisse (?:pas |plus |jamais )?sortir(?: que| qu)? (?:pour|seule?)|(?:il|elle) compte les minutes|(?:il|elle|mari|femme|conjoint|conjointe|compagnon|compagne|copain|copine|pere|frere|fils|beau pere|belle mere|et) (?:me )?(?:cache|confisque|garde) (?:meme )?(?:mes|mon|ma) (?:lunettes|papiers|telephone|portable|cles|clefs|passeport|appareil)|(?:il|elle|mari|femme|conjoint|conjointe|compagnon|compagne|copain|copine|pere|frere|fils|beau pere|belle mere) controle tout)\b`)

// A relative's money or life controlled by someone, told by a third
// person: « mon gendre garde la carte bancaire de ma fille et lit tous ses
// messages », « mon frère prend la retraite de papi et le menace ».
var (
	keepsTheirMoney = guard(`\b(?:garde|gardent|prend|prennent|confisque|vole|volent|touche|pique|piquent|vide|vident)\w* (?:tout |toute )?(?:la|le|sa|son|les|ses|leur|toute la|tout le|tout l|tout son|toute sa) (?:carte bancaire|carte bleue|cb|retraite|pension|argent|salaire|paie|rsa|aah|apa|economies|compte|papiers|passeport)\b`)
	controlsThem    = guard(`\b(?:lit|lisent|surveille|surveillent|fouille|epluche|controle)\w* (?:tous |toutes )?(?:ses|leurs) (?:messages|sms|mails|appels|sorties|fréquentations|frequentations)\b|\b(?:le|la|les) menace\w*\b|\bn ose plus (?:me |nous )?(?:telephoner|appeler|parler|voir)\b|\ben cachette\b|\b(?:a|ont|avait) (?:tres |trop )?peur (?:de lui|d elle|de son (?:fils|frere|mari|neveu|petit fils|gendre)|de sa (?:fille|soeur|femme|niece|belle fille))\b`)
)

// relativeControlled reports a third person's money kept by someone
// who reads their messages, threatens them or hands out a few euros.
func relativeControlled(text string) bool {
	return keepsTheirMoney.MatchString(text) && controlsThem.MatchString(text)
}

// Someone followed by an ex who finds them again and again, told by a
// relative: « son ex la retrouve à chaque fois, hier il l'attendait devant
// la crèche et sait où elle dort ».
var (
	exFinds    = guard(`\b(?:son|mon|leur) (?:ex|ancien compagnon|ancien mari|ex mari|ex copain)(?: \w+){0,3} (?:la|le|les|l) (?:retrouve|retrouvait|suit|suivait|attend|attendait|guette|guettait|harcele|harcelait|traque|traquait)\w*\b`)
	exKnowsNow = guard(`\b(?:sait|savait|a trouve|a retrouve|connait) (?:ou|l adresse ou) (?:elle|il|ils) (?:dort|dormait|habite|habitait|vit|vivait|loge|logeait|travaille|est)\b|\b(?:il|elle) (?:l|la|le) (?:attendait|attend|guettait|guette) (?:devant|en bas|a la sortie)\b|\ba chaque fois\b`)
)

// exFollowsThem reports someone followed and found by an ex.
func exFollowsThem(text string) bool {
	return exFinds.MatchString(text) && exKnowsNow.MatchString(text)
}

// A life insurance asked about for one's own death: « l'assurance vie
// paie même si c'est moi qui décide de partir ? », « avec l'assurance
// vie, mes enfants seraient tranquilles si je n'étais plus là ».
var (
	lifeInsurance = guard(`\bassurances? (?:vie|deces)\b`)
	ownDeath      = guard(`\b(?:si (?:c est )?(?:moi qui|je) (?:decide|decidais|choisis|choisissais|pars|partais|me suicide|me tue|mets fin|mettais fin)|si je (?:n )?(?:etais|suis) plus la|(?:seraient|serait|seront|sera) (?:\w+ )?(?:tranquilles?|a l abri|mieux) (?:sans moi|si je)|suicide|mettre fin a mes jours|en finir|(?:c est|c etait|si c est) (?:\w+ ){0,2}volontaire)\b`)
)

// insuredOwnDeath reports a life insurance asked about for one's death.
func insuredOwnDeath(text string) bool {
	return lifeInsurance.MatchString(text) && ownDeath.MatchString(text)
}

// Pills gathered from several chemists, enough of them: « j'ai acheté des
// comprimés dans trois pharmacies pour être sûre d'en avoir assez ».
var pillsHoarded = guard(`\b(?:achete|acheter|pris|stocke|accumule|garde|rassemble|mis de cote|recupere)\w*(?: \w+){0,3} (?:medicaments|cachets|comprimes|boites|somniferes)(?: \w+){0,4} (?:dans|de) (?:plusieurs|deux|trois|quatre|cinq|differentes|\d+) pharmacies\b(?: \w+){0,20} (?:assez|suffisamment|je me sens (?:\w+ )?(?:calme|apaisee?|tranquille|soulagee?|sereine?|en paix))\b|\b(?:medicaments|cachets|comprimes|boites|somniferes)(?: \w+){0,6} (?:pour etre sure?|pour etre certaine?) d en avoir assez\b`)

// What is the use of going on: « à quoi bon, pourquoi continuer »,
// « pourquoi continuer à vivre » (« pourquoi continuer à payer » is a
// question).
var whyGoOn = guard(`\ba quoi bon(?: \w+){0,3} (?:pourquoi|pour quoi) continuer\b|\b(?:pourquoi|pour quoi|a quoi bon) continuer a vivre\b`)

// Screams of a child and blows, next door: « cris d'enfant, coups, chez
// les voisins ».
var childCriesBlows = guard(`\b(?:cris|hurlements|pleurs|hurle|crie|pleure)\w* (?:d |d un |de l |des |du )?(?:enfants?|bebe|bb|petit|petite|gamin|gamine|gosse)(?: \w+){0,4} (?:coups|claques|gifles|baffes|bruits de coups)(?: (?:[^d ]\w*|d[^e ]\w*|de\w+)|$)|\b(?:coups|claques|gifles|bruits de coups)(?: \w+){0,4} (?:cris|hurlements|pleurs) (?:d |d un |de l |des |du )?(?:enfants?|bebe|bb|petit|petite|gamin|gamine|gosse)\b`)

// A burn that blisters, or a baby burned: « grosse brûlure, la peau fait
// des bulles », « brûlure bébé, que faire ».
var burnBlisters = guard(`\bbrulure\w*(?: \w+){0,12} (?:cloques?|bulles|peau (?:\w+ )?(?:decolle|part|arrachee|fond|blanche))\b|\bbrulure\w* (?:\w+ ){0,2}(?:bebe|bb|nourrisson)\b|\b(?:bebe|bb|nourrisson) (?:\w+ ){0,2}brule\w*\b`)

// A fall that leaves someone unable to move, or crying with pain: « elle
// est tombée, elle ne peut pas bouger du tout et crie de douleur ».
var (
	cannotMove = guard(`\b(?:ne )?(?:peut|peux|pouvait|arrive) (?:pas|plus) (?:a )?(?:bouger|se relever|se lever|me relever|me lever|marcher)(?: du tout)?\b`)
	fallOrPain = guard(`\b(?:tombee?s?|chute|caiu|fell|se cayo|(?:crie|hurle|pleure|gemit|crier|hurler) de douleur)\b`)
	fallNow    = guard(`\b(?:vient de|viens de|ce matin|ce soir|cette nuit|tout a l heure|a l instant|la maintenant|(?:crie|hurle|pleure|gemit) de douleur|au sol|par terre)\b`)
)

// fallenCannotMove reports someone fallen or in pain who cannot move now.
func fallenCannotMove(text string) bool {
	return cannotMove.MatchString(text) && fallOrPain.MatchString(text) && fallNow.MatchString(text)
}

// A pain or a fever that worsens now: « douleur au ventre depuis ce
// matin, maintenant de la fièvre, ça empire depuis une heure ».
var (
	worsening     = guard(`\b(?:ca|c|la douleur|la fievre|elle|il) (?:\w+ )?(?:empire|s aggrave|augmente)\w*\b|\bde pire en pire\b`)
	worseningSign = guard(`\b(?:douleurs?|fievre|mal (?:au|a la|aux) (?:ventre|tete|poitrine|dos)|respir\w*|saign\w*|vomi\w*)\b`)
	worseningNow  = guard(`\b(?:depuis (?:(?:une|un|\d+|deux|trois|quelques) ?(?:heures?|h|minutes?|min)|ce matin|ce soir|hier soir|cette nuit|tout a l heure)|maintenant|la je|en ce moment)\b`)
)

// bodyWorsening reports a pain or a fever that worsens now.
func bodyWorsening(text string) bool {
	return worsening.MatchString(text) && worseningSign.MatchString(text) && worseningNow.MatchString(text)
}

// A wish to join a grandparent or a partner, with meals refused: « mamie
// dit qu'elle veut rejoindre papi, elle ne mange plus rien ».
var (
	joinWish = guard(`\b(?:veut|veux|voulait|voudrait|va|vais|aller|partir) (?:\w+ )?rejoindre (?:papi|papy|mamie|pepe|meme|grand pere|grand mere|mon mari|ma femme|son mari|sa femme|mon epoux|mon epouse)\b`)
	starving = guard(`\b(?:(?:mange|mangent|mangeait) (?:plus|pu) rien|refuse\w* de (?:manger|s alimenter)|ne s alimente plus)\b`)
)

// joinAndStarve reports a wish to join a grandparent or a partner told
// with meals refused.
func joinAndStarve(text string) bool {
	return joinWish.MatchString(text) && starving.MatchString(text)
}
