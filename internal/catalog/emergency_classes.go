package catalog

// The families of this file were written for classes of residents in
// danger, not for one writer's lines: each reads what makes the class
// (a threat with its author, a night with no roof told by where one
// waits, a farewell told as arrangements, a child gone) in the words any
// writer would use, and each holds two cues, so that one of them alone
// stays everyday life. See docs/answer-engine.md § 7, round of the
// eighteenth and nineteenth sets.

// threatOnWriter is a threat someone makes to the writer: « il m'a dit
// que j'allais le regretter », « il passera ce soir régler ça », « il
// m'a écrit que je le paierai ». It is violence against the writer, so a
// child named beside it (« il sait à quelle école vont les petits ») leaves
// the writer the victim. « Je vais regretter ce forfait » has no author.
const threatOnWriter = `(?:(?:il|elle|ex|mari|conjoint|compagnon|copain|mec) (?:\w+ ){0,2}(?:m a|ma|m avait|me) (?:dit|ecrit|envoye|jure|promis|prevenu|menace\w*|redit|repete)(?: \w+){0,12} (?:que |qu )?(?:je|j|tu) (?:\w+ ){0,1}(?:allais |vais |vas |allait )?(?:le |la )?(?:regretter\w*|regretterai\w*|regretteras|payer cher|paierai\w*|payerai\w*|paieras|payeras|payer)\b)` +
	`|(?:(?:il|elle|ex|mari|conjoint|compagnon|copain|mec) (?:\w+ ){0,6}(?:viendra|viendrait|passera|passerait|va venir|va passer|allait venir|allait passer|venait|reviendra|reviendrait)(?: \w+){0,3} (?:me |pour me |pour )?(?:regler (?:ca|son compte|mon compte|nos comptes|le probleme)|faire payer|me faire la peau|s occuper de moi|me regler mon compte|me faire regretter)\b)`

// threatFamily reads threatOnWriter; threatEnd holds the words one of
// which a threat ends with, looked for first: the threat's authors
// (« il », « elle ») are in most messages.
var (
	threatFamily = anyPhrase(threatOnWriter)
	threatEnd    = guard(`regrett|payer|paier|paieras|regler|la peau|occuper de moi`)
)

// threatened reports a threat someone makes to the writer.
func threatened(text string) bool {
	return threatEnd.MatchString(text) && threatFamily.MatchString(text)
}

// Someone whose host takes back the bed or the keys today: « mon oncle
// veut plus m'héberger à partir de ce soir », « ce midi il a repris la
// clé… il fera nuit dans deux heures ».
var (
	hostWithdraws  = guard(`\b(?:(?:veut|veulent|peut|peuvent|voulait|pouvait|veu|peu) (?:plus|pas) (?:me|m|nous|les|la|le) (?:heberger|loger|garder|accueillir|recevoir)|(?:repris|reprend|reprendre|pris|change|changer|recupere) (?:la|les|ma|mes|sa) (?:cle|cles|clef|clefs|serrures?)|(?:repris|recupere|reprend) l (?:appartement|appart|logement|studio))\b`)
	hostsNightNear = guard(`\b(?:ce soir|cette nuit|aujourd hui|ce midi|ce matin|maintenant|il (?:fera|va faire|fait) nuit|bientot la nuit|la nuit (?:tombe|arrive)|pas (?:d argent|dargent|de sous|de quoi|les moyens)(?: \w+){0,3} (?:hotel|chambre)|ou dormir|(?:sacs?|affaires|valises?) (?:\w+ ){0,3}(?:dans (?:un|le|mon) caddie|dehors|sur le trottoir))\b`)
)

// hostTakesBack reports a host who takes back the bed today.
func hostTakesBack(text string) bool {
	return hostWithdraws.MatchString(text) && hostsNightNear.MatchString(text)
}

// Someone who waits where travellers wait, with no one to take them in
// and nowhere to go: « ils attendent à la gare routière depuis midi, la
// cousine ne répond plus », « le chauffeur rentre au dépôt, je ne sais
// pas où on va aller », or with one's bags (« il est à la Part-Dieu avec
// son sac »). Waiting at a station for a train is a journey.
var (
	waitingPlace = guard(`\b(?:(?:avec|avc) (?:son|sa|ses|mon|ma|mes|leur|leurs|notre|nos) (?:sac|sacs|valise|valises|bagages|sac a dos)|gare|gares|terminus|depot|aeroport|arret de bus|abribus|station|banc|square|caddie|dans (?:la|ma|une|notre) voiture|ds (?:la|ma) voiture)\b`)
	nowhereToGo  = guard(`\b(?:(?:sais|savons|sait|savent|sai) (?:pas|plus) (?:ou|ou est ce qu) (?:on|je|j|nous|aller|dormir|passer)|(?:devait|devaient|etait censee?|devais) (?:nous |me |les |la |le )?(?:loger|heberger|accueillir|dormir chez|aller dormir chez)(?: \w+){0,4} (?:ne )?(?:repond|decroche) (?:plus|pas)|(?:avoir|davoir|trouver|pour|cherche) un lit|(?:il )?(?:fait|fai|faisait) (?:\w+ )?froid (?:la|cette) nuit?|personne (?:pour|ne peut|peut) (?:nous |me |les |m )?(?:loger|heberger|prendre))\b`)
)

// strandedNowhere reports someone waiting with nowhere to go.
func strandedNowhere(text string) bool {
	// The place last: « avec ma » is in many messages.
	return nowhereToGo.MatchString(text) && waitingPlace.MatchString(text)
}

// Stranded where travellers wait as night falls, the means to go on
// gone: « le dernier train est parti, elle est sans argent et ne connaît
// personne », « il est 21 h, je suis devant la gare avec ma valise, j'ai
// dépensé tout ce que j'avais », « le foyer m'a dit de partir, je n'ai
// personne, il est 20 h, je suis à la gare avec mon sac ».
var (
	nightFalls = guard(`\b(?:cette nuit|ce soir|il est (?:19|2[0-3]) ?h|(?:la )?nuit tombe|il fait nuit|derniers? (?:train|bus|metro|rer|car|tram)s? (?:est |sont )?(?:parti|partis|passe|passes))\b`)
	meansGone  = guard(`\b(?:sans (?:argent|un sou|un rond|un centime)|(?:plus|pas) (?:d argent|un sou|un rond|un centime)|depense tout ce que (?:j|il|elle) (?:avais|avait)|(?:ne )?(?:connait|connais|connaissons|connaissent) personne|n (?:ai|a|avons|ont) personne|(?:adresse|annonce|chambre|logement)(?: \w+){0,2} n existe pas)\b`)
)

// strandedTonight reports someone stranded where travellers wait at
// nightfall with no money and no one.
func strandedTonight(text string) bool {
	return nightFalls.MatchString(text) && meansGone.MatchString(text) && waitingPlace.MatchString(text)
}

// A farewell told as arrangements: « si je ne suis plus là la semaine
// prochaine, mes enfants toucheront quelque chose ? je préfère tout régler
// avant », « pas l'intention d'être encore là à la fin du mois ». Not
// being there, near and dated, with what is left to those who stay;
// « quand je ne serai plus là » with no date is a succession.
const goneSoonExpr = `(?:(?:ne |n )?(?:suis|serai|serais|sois) plus la|pas l intention d (?:etre|rester) (?:encore )?la|(?:compte|pense|prevois|vais) (?:pas|plus) (?:etre|rester) (?:encore )?la|plus de ce monde)(?: \w+){0,3} (?:la semaine prochaine|demain|ce soir|cette nuit|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|(?:a la )?fin (?:du|de la|de ce) (?:mois|semaine)|dans (?:quelques|deux|trois|\d+) jours)` +
	`|(?:d ici|avant) (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|ce soir|la fin (?:du|de la) (?:mois|semaine)|la semaine prochaine|quelques jours)(?: \w+){0,3} (?:je )?(?:ne |n )?(?:serai|serais|suis) plus (?:la|de ce monde)`

var (
	goneSoon      = anyPhrase(goneSoonExpr)
	leftBehindFor = guard(`\b(?:(?:tout )?(?:regler|regle|ranger|range|organiser|organise) (?:avant|pour|tout)|en ordre|apres moi|assurance vie|(?:enfants?|fils|fille|famille|femme|mari|proches) (?:\w+ ){0,2}(?:toucher\w*|heriter\w*|recuper\w*|n aient rien|aient rien|auront))\b`)
)

// goneSoonArranged reports a dated end with arrangements for those who stay.
func goneSoonArranged(text string) bool {
	return goneSoon.MatchString(text) && (leftBehindFor.MatchString(text) || futility.MatchString(text) && !awayOnPurpose.MatchString(text))
}

// futility is nothing worth the trouble any more (« ça sert à rien, je
// compte pas être encore là la semaine prochaine »); awayOnPurpose a
// reason to be away that is a plan.
var (
	futility      = guard(`\b(?:(?:ca|tout ca|cela) (?:ne )?sert (?:a|plus a) rien|a quoi bon|plus la peine|(?:c est|ca sert) inutile)\b`)
	awayOnPurpose = guard(`\b(?:vacances|voyage|demenag\w*|conge|hopital|hospitalis\w*|absente?|en deplacement|au pays|stage|formation|mission)\b`)
)

// A farewell to the desk: « merci au médiateur, je crois que je ne
// reviendrai pas, bonne continuation à tous ». Not coming back « avant
// septembre » or « à cette agence » is a plan.
var (
	notComingBack = guard(`\breviendr\w* (?:pas|plus|jamais)\b|\b(?:la|ma) derniere fois que (?:je |j )?(?:vous |te )?(?:ecris|ecrit|jecris|parle|viens)\b`)
	farewellWords = guard(`\b(?:bonne continuation|adieu|prenez soin de vous|merci pour tout|merci (?:quand meme|qd meme|qd mm) (?:pour|pr) tout|au revoir a tous|a tous)\b`)
	cameBackPlan  = guard(`\breviendr\w* (?:pas|plus|jamais) (?:avant|a|au|en|ici|dans|chez|de|pendant|cette|ce)\b`)
)

// farewellToDesk reports a farewell with no coming back.
func farewellToDesk(text string) bool {
	return notComingBack.MatchString(text) && farewellWords.MatchString(text) && !cameBackPlan.MatchString(text)
}

// Staring down from a high window for a long time: « ça fait une heure
// que je regarde la fenêtre de mon 8e étage ». A view from the 5th floor
// told with no time is a view.
var (
	stareDown  = guard(`\b(?:regarde|regarder|fixe|fixer)\w* (?:\w+ ){0,2}(?:la fenetre|par la fenetre|le vide|en bas|le sol|du balcon|depuis la fenetre|depuis le balcon|l eau|la riviere|le fleuve|le canal|les rails|la voie)\b`)
	stareLong  = guard(`\b(?:(?:ca fait|depuis|pendant|voila) (?:\w+ ){0,1}(?:une demi heure|(?:\d+|dix|quinze|vingt|trente|quarante) (?:minutes|min)|une heure|des heures|deux heures|trois heures|\d+ ?h|toute la nuit|toute la soiree|un moment|longtemps)|(?:reste|restee|suis reste|suis restee) (?:\w+ ){0,1}(?:longtemps|des heures|une heure|un long moment))\b`)
	highFloor  = guard(`\b(?:\d+ ?(?:e|eme|ieme|er)|\w+ieme|etage|du toit|sur le toit|(?:du|le|un|depuis le|sur le) (?:pont|viaduc|parapet|falaise|passerelle))\b`)
	staringFor = []guarded{stareDown, stareLong, highFloor}
)

// staringDown reports a long stare down from a height.
func staringDown(text string) bool {
	for _, g := range staringFor {
		if !g.MatchString(text) {
			return false
		}
	}
	return true
}

// A child who left home and cannot be reached: « ma fille de 15 ans est
// partie hier soir, elle a laissé un mot et ne répond plus ». A child
// must be named for a family of urgence-enfance to count.
var (
	childGone   = guard(`\b(?:partie?|parti|fugue\w*|disparue?|pas rentree?|pas revenue?)(?: \w+){0,4} (?:hier|cette nuit|ce matin|depuis|avant hier)\b`)
	childSilent = guard(`\b(?:(?:laisse|ecrit)\w* (?:un|une) (?:mot|lettre|message)|(?:ne )?repond (?:plus|pas)|(?:telephone|portable|tel) (?:est )?(?:eteint|coupe))\b`)
)

// childOnTrip is a child gone on a trip, a course or a holiday: « parti
// hier en stage à Lyon, il ne répond pas » is a plan.
var childOnTrip = guard(`\b(?:partie?s?|parti) (?:\w+ ){0,2}(?:en|a|au|aux|pour|chez) (?:un |une |son |sa |la |le )?(?:stage|vacances|voyage|colo|colonie|sejour|erasmus|classe verte|week end|camp|mission|formation|match|tournoi|competition|chez (?:son|sa) (?:pere|mere|papa|maman|grand))`)

// childRanAway reports a child gone with no word since.
func childRanAway(text string) bool {
	return childGone.MatchString(text) && childSilent.MatchString(text) && !childOnTrip.MatchString(text)
}

// A baby left crying by a parent gone: « un bébé pleure depuis des heures,
// la mère est partie ce matin avec une valise ».
var (
	babyCrying = guard(`\b(?:bebe|bb|nourrisson|petit|petite|enfant)s? (?:\w+ ){0,3}(?:pleure|pleurent|hurle|hurlent|crie|crient)\w*(?: \w+){0,3} (?:depuis|sans arret|toute la nuit|tout le temps)\b`)
	parentLeft = guard(`\b(?:mere|pere|parents|maman|papa|voisine?|elle|il) (?:\w+ ){0,2}(?:est |sont )?(?:partie?s?|sortie?s?)(?: \w+){0,3} (?:avec (?:une|sa|ses|des) valises?|ce matin|hier|depuis|sans (?:lui|elle|eux|le bebe))\b|\b(?:mere|pere|parents|maman|papa) (?:est |sont )?(?:partie?s?|sortie?s?|absente?s?)$|\bpersonne (?:n )?(?:ouvre|repond)\b`)
)

// babyLeftCrying reports a baby crying while the parent is gone.
func babyLeftCrying(text string) bool {
	return parentLeft.MatchString(text) && babyCrying.MatchString(text)
}

// childrenShutOut are children shut out on a balcony or outside by the
// adult who keeps them, not a parent named: « la voisine enferme ses
// enfants sur le balcon la nuit ».
var childrenShutOut = anyPhrase(`(?:enferme|met|laisse|mis|sort)\w* (?:ses|leurs|les|son|sa) (?:\w+ )?(?:enfants?|enfan|petits?|petites?|gosses?|bebes?|fils|fille)s? (?:\w+ ){0,2}(?:sur le balcon|sur la terrasse|dehors|sur le palier|dans le froid|a la cave)(?: \w+){0,4} (?:la nuit|toute la nuit|froid|pleur\w*|en pyjama|pieds nus)`)

// sideLost is one side of the body that no longer feels or words that
// come out mixed: a stroke, even told inside a paperwork question.
const sideLostExpr = `(?:ne sent|sent) plus (?:son |sa |le |la )?(?:cote|moitie) (?:droit|gauche|droite)|(?:mots|phrases|paroles) (?:\w+ ){0,2}(?:melange\w*|sans queue ni tete|n ont plus de sens|bizarres)|parle (?:tout )?(?:bizarre|bizarrement|de travers)(?: \w+){0,2} (?:d un coup|tout a coup|depuis|ce matin|maintenant)`

var sideLost = anyPhrase(sideLostExpr)

// stareCue is the long stare down, told now: a cue of present danger,
// since it holds against a frame (« je suis étudiant »).
const stareCue = `(?:ca fait|depuis|voila) (?:\w+ ){0,1}(?:une heure|des heures|deux heures|trois heures|toute la nuit|toute la soiree|longtemps) (?:que )?(?:je|j) (?:\w+ )?(?:regarde|fixe)\w* (?:\w+ ){0,2}(?:la fenetre|par la fenetre|le vide|en bas|le sol)`

// Blows that start again, told with no object: « il recommence à
// cogner ». The object, when there is one, is a person: « à cogner sur la
// porte », « le moteur recommence à cogner » are no blows.
var blowsAgain = guard(`\b(?:il|elle|ils|mari|conjoint|compagnon|copain|mec|ex|pere|beau pere|frere|fils) (?:\w+ )?(?:recommence|recommencent|continue|continuent|se remet|se remettent|a recommence|ont recommence) a (?:cogner|frapper|taper|battre|tabasser)(?: (?:me|moi|la|le|les|nous|ma|mes|sa|ses|sur moi|sur elle|sur nous|sur ma|sur sa|et|encore|ce|cette|depuis|tous|quand|des)\b|$)`)

// A child who says their age and that a parent hits, with no object:
// « j'ai 12 ans, papa tape », « jai 11 ans mon père tape fort ». The
// blows alone (« papa tape sur le clavier ») and the age alone are
// everyday; the child's own age with a parent who hits is the 119's.
var parentHitsBare = guard(`\b(?:papa|maman|pere|mere|beau pere|belle mere|parents|daron|daronne|oncle|tonton|tante|grand frere|frere|il|elle) (?:il |elle |me |nous |m )?(?:tape|tapent|frappe|frappent|bat|battent|cogne|cognent|tabasse|tabassent)(?: (?:fort|tres fort|tout le temps|souvent|encore|toujours|tous les jours|quand|moi|nous|et|aussi|beaucoup))*$|\b(?:papa|maman|pere|mere|beau pere|belle mere|parents|daron|daronne|oncle|tonton|tante) (?:il |elle )?(?:tape|tapent|frappe|frappent|bat|battent|cogne|cognent|tabasse|tabassent) (?:fort|tres fort|tout le temps|souvent|encore|toujours|tous les jours)\b`)

// childWriterHit reports a child writer with a parent who hits.
func childWriterHit(text string) bool {
	return parentHitsBare.MatchString(text) && minorWriter.MatchString(text)
}

// A farewell message: sorry for everything, and love to be passed on:
// « dsl pr tt, dites à ma mère que je l'aime », « pardon pour tout, je
// vous aime tous ». An apology alone is manners; love alone is love.
var (
	sorryForAll = guard(`\b(?:dsl|desole|desolee|pardon|pardonnez moi|excuse\w*|sorry) (?:\w+ )?(?:pour|pr|de|d) (?:tout|tt)\b`)
	loveRelayed = guard(`\b(?:dites|dis|dite|dit|tell) (?:\w+ ){0,4}(?:que|qu|ke|k|q) (?:je|j|jl|jle) ?(?:l |les |la |le |vous |t )?(?:aime|aimais|aimerai|laime|laimais|laimerai|taime|taimais|vaime|vaimais|love|loved)\b|\b(?:je|j) (?:vous |t |les |l )?aime (?:tous|toutes|fort|tellement)\b`)
)

// farewellMessage reports an apology for everything with love passed on.
func farewellMessage(text string) bool {
	return sorryForAll.MatchString(text) && loveRelayed.MatchString(text)
}

// A plan for tonight and never being seen again, told of someone else:
// « une élève m'a écrit qu'elle avait tout prévu pour ce soir et qu'on ne
// la reverrait plus ». A plan alone is a party; not seeing someone again
// alone is a move.
var (
	allPlannedSoon = guard(`\btout (?:prevu|organise|prepare|decide|planifie) (?:pour )?(?:ce soir|cette nuit|demain|aujourd hui|tout a l heure|maintenant)\b`)
	neverSeenAgain = guard(`\b(?:ne |n )?(?:la|le|les|me|nous|vous|l) (?:reverrait|reverra|reverrez|reverrai|reverrais|reverriez|verrait|verra|verrez|verras) (?:plus|jamais)\b`)
)

// plannedVanishing reports a plan for tonight with no seeing again.
func plannedVanishing(text string) bool {
	return allPlannedSoon.MatchString(text) && neverSeenAgain.MatchString(text)
}

// An end set for tonight and a decision taken, or nothing left for the
// writer: « ya pu rien pour moi, ce soir c fini jlai décidé », « cette
// nuit c'est la fin, c'est décidé ». An end alone that names what ends is
// a habit given up (« ce soir c'est fini la cigarette »); « j'ai décidé
// d'acheter » is a purchase.
var (
	endTonight = guard(`\b(?:(?:ce soir|cette nuit|demain) (?:c est|ce sera|tout est|tout sera) (?:fini|la fin|termine)(?: pour moi)?(?: (?:je|j|c|ma|tout|plus|il|y)\b|$)|tout s arrete(?: pour moi)? (?:ce soir|cette nuit|demain)\b|(?:c est|ce sera) (?:fini|la fin|termine)(?: pour moi)? (?:ce soir|cette nuit)\b)`)
	endDecided = guard(`\b(?:je l ai|je lai|c est) decide\b|\b(?:ma decision est prise|j ai pris ma decision)\b|\b(?:plus|pu) rien pour moi\b`)
)

// decidedEnd reports an end set for tonight, decided or with nothing left.
func decidedEnd(text string) bool {
	return endTonight.MatchString(text) && endDecided.MatchString(text)
}

// A child paid by an adult man and made to « faire des choses », or
// sleeping at his place, told by someone who accompanies them: « elle dort
// chez un homme de 40 ans qui lui donne de l'argent et elle doit faire
// des choses avec ses amis à lui ». The gifts alone are an uncle's pocket
// money or a babysitting wage; the family counts only when a child is
// named (signalVotes).
var (
	adultPays    = guard(`\b(?:homme|monsieur|mec|type|adulte|majeur|vieux)\b(?: \w+){0,6} (?:lui|leur) (?:donne|donnait|paie|paye|payait|offre|offrait|achete|achetait|file)\w*(?: \w+){0,2} (?:argent|sous|cadeaux?|vetements|telephone|\d+ (?:euros?|e))\b`)
	adultDemands = guard(`\b(?:(?:doit|devait|oblige\w* (?:a|de)|force\w* (?:a|de)|faut qu (?:elle|il)) (?:\w+ )?(?:faire des choses|etre gentille?|coucher|se laisser faire)|faire des choses avec|(?:dort|dormait|passe (?:ses|la) nuits?|reste la nuit) chez (?:un|cet|ce) (?:homme|monsieur|mec|type|adulte|majeur)|(?:dort|vienne|va|aille) chez lui|(?:ses|des) (?:amis|copains|potes) a lui)\b`)
)

// childPaidByAdult reports a child paid by an adult who demands of them.
func childPaidByAdult(text string) bool {
	return adultPays.MatchString(text) && adultDemands.MatchString(text)
}
