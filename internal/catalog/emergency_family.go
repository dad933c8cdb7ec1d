package catalog

import (
	"slices"
	"strings"
)

// Some dangers are told in so many ways that listing them as signals, one
// phrase a line, would take dozens of lines for one family: who beats whom
// (« son mari la bat », « mon frère le frappe »), where one sleeps (« je
// dors dans les escaliers du parking »), a child left with no one. Such
// families are patterns here; they count as a signal of their entry. They
// are kept out of the FAQ on purpose: the danger reader (danger.go)
// learns from the signals of faq/urgence.yaml, and forty permutations of
// « il la bat » would teach it that « il la » is a word of danger.
//
// Like signals, a family is matched on the message's words, after the
// figurative phrases are masked; a family of children in danger counts
// only when a child is named (see signalledEntry).

// A signalFamily is a family of signals of one emergency entry.
type signalFamily struct {
	id string
	in func(text string) bool
}

// joinTheDeadExpr is the wish to join a partner who died, told with the
// death: « veuve depuis deux ans… je suis prête à aller le retrouver »,
// « il est mort l'an dernier et je veux le rejoindre ». A move to join
// a living relative (« rejoindre mon frère en Bretagne ») names no
// partner, or no death, or a place.
const joinTheDeadExpr = `(?:veuve|veuf|decede\w*|est mort|est morte|sa mort|son deces|nous a quittes?|la mort de (?:maman|papa|ma mere|mon pere|sa femme|son mari|ma femme|mon mari|mamie|papi))(?: \w+){0,40} (?:rejoindre|retrouver) (?:mon|ma) (?:defunte? |pauvre )?(?:mari|femme|epoux|epouse|compagnon|compagne|homme)|(?:veuve|veuf|decede\w*|est mort|est morte|sa mort|son deces|la mort de (?:maman|papa|ma mere|mon pere|sa femme|son mari|ma femme|mon mari|mamie|papi))(?: \w+){0,40} (?:aller |vais |veux |pret |prete |allait |va |voulait |veut )(?:le|la) (?:rejoindre|retrouver)(?: (?:la haut|au ciel|de l autre cote|je|j|et|mais|car|il|elle|c|plus|n|ne|personne))?\b`

var joinTheDead = anyPhrase(joinTheDeadExpr)

// signalFamilies are the families, by entry.
var signalFamilies = []signalFamily{
	{detresseID, joinTheDead.MatchString},
	{violencesID, anyPhrase(
		// Hair pulled by someone (« je m'arrache les cheveux avec ce
		// dossier » is a figure: the writer does it).
		`(?:il|elle|ils|mari|copain|conjoint|compagnon|pere|mere|frere|ex) (?:me |m a |ma |m |m ont )?(?:tire|tirent|tirait|arrache|arrachent|arrachait|a tire|a arrache) (?:mes|les) cheveux\b`,
		// Hiding from a partner who drinks or rages: « quand il rentre
		// bourré il devient fou, je m'enferme avec les enfants ».
		`(?:quand|qd|lorsqu|des qu|des que) (?:il|elle|mon mari|mon pere|mon copain|mon conjoint|mon compagnon|mon beau pere|mon ex|ma femme|ma mere)(?: \w+){0,4} (?:boit|bu|saoul|soul|bourre|ivre|alcoolise|devient fou|devient violent|s enerve|pete les plombs|pete un cable|hurle)(?: \w+){0,8} (?:je me cache|on se cache|nous nous cachons|je m enferme|on s enferme|je me refugie|on se refugie|je cache les|je planque les|je me planque|on se planque)\b`,
		`(?:il|elle|mari|pere|copain|conjoint|compagnon|ex)(?: \w+){0,2} (?:boit|a bu|devient fou|devient folle|devient violent\w*|s enerve|pete les plombs|pete un cable)(?: \w+){0,6} (?:je me cache|on se cache|nous nous cachons|je m enferme|on s enferme|je me refugie|on se refugie|je me planque|on se planque)\b`,
		`(?:je me cache|on se cache|je m enferme|on s enferme|je me planque|on se planque)(?: \w+){0,6} (?:quand|qd|lorsqu|des qu|des que) (?:il|elle) (?:a bu|boit|rentre saoul|rentre bourre|rentre ivre|devient fou|devient violent|s enerve|pete les plombs)`,
		// Someone breaking in now: « un homme essaie d'ouvrir ma porte »,
		// « il y a quelqu'un dans l'appartement ».
		`(?:quelqu un|quelquun|un homme|un mec|un type|un inconnu|des gens|des hommes|des types|cambrioleurs?|voleurs?|il|ils)(?: \w+){0,2} (?:essaie|essaye|essaient|essayent|tente|tentent|est en train|sont en train) (?:d entrer|de rentrer|d ouvrir|de forcer|de casser|de defoncer) (?:\w+ ){0,2}(?:chez moi|chez nous|ma porte|la porte|notre porte|la fenetre|ma fenetre|mon appart\w*|ma maison|l appart\w*|la maison|le volet)`,
		`(?:il y a|y a|ya) (?:quelqu un|quelquun|un homme|un inconnu|des inconnus|des gens|un cambrioleur|des cambrioleurs|un voleur) (?:\w+ )?(?:chez moi|chez nous|dans (?:mon|l|notre|la) (?:appart\w*|maison|chambre)|dans ma maison|dans le jardin|sur le balcon)`,
		// A third person beaten: « son mari la bat », « mon frère le
		// frappe », « roué de coups ».
		`(?:il|elle|ils|elles|qui|mari|conjoint|compagnon|copain|mec|ex|pere|mere|frere|soeur|fils|fille|oncle|tante|beau pere|belle mere|parents|cousin|neveu)(?: (?:boit|boivent|rentre|rentrent|crie|crient|hurle|hurlent|s enerve|s enervent|picole|picolent) et)? (?:la|le|les) (?:bat|battent|battait|battaient|frappe|frappent|frappait|frappaient|cogne|cognent|cognait|tabasse|tabassent|tabassait)`,
		`rou(?:e|ee|es|ees|er|ait|aient) de coups`,
		// Blows on « nous »: « il nous recogne, moi et ma mère ».
		`(?:il|elle|ils|elles|mari|conjoint|compagnon|copain|mec|ex|pere|beau pere|frere|fils) nous (?:encore |souvent |tout le temps |toujours )?(?:bat|battait|frappe\w*|tape\w*|cogne\w*|tabasse\w*)`,
		`(?:tape|tapent|tapait|frappe|frappent|frappait|bat|battent|battait|cogne|cognent|cognait|tabasse|tabassent|tabassait) (?:ma|sa|ta|notre|leur) (?:soeur|mere|maman|femme|copine|cousine|tante|grand mere|belle soeur|belle mere|voisine|amie)`,
		// A relative or a host who touches the writer, or « me touche
		// quand je suis seule ».
		`(?:frere|cousin|beau pere|patron|collegue|chef|heberge\w*|logeu\w*|proprio|proprietaire|oncle|voisin|coloc\w*)s?(?: \w+){0,3} (?:me|m a|ma) (?:touch|tripot|pelot)\w*`,
		`me (?:touch|tripot|pelot)\w* (?:quand|qd|lorsque|des que|des qu)(?: \w+){0,3} (?:seule?s?|pas la|absente?|dort|dors|part|sortie?|au boulot|au travail|au taf|au turbin|en course|aux courses|partie?)`,
		// Blows « put » on the writer: « il m'a mis une droite ».
		`(?:m a|ma|m ont|mont|me|m) (?:encore |deja |souvent )?(?:mis|met|mettent|mettait) (?:des|une|un|deux|plusieurs) (?:claques?|baffes?|gifles?|coups?|droites?|pains?|beignes?|raclees?|tartes?|patates?)`,
		// A grown child or a partner who shoves the writer or takes their
		// money: « mon fils de 35 ans me bouscule et me prend ma retraite ».
		`(?:il|elle|ils|fils|fille|mari|conjoint|compagnon|copain|frere|soeur|neveu|petit fils|gendre|belle fille)(?: \w+){0,4} (?:me bouscul\w*|me (?:prend|prennent|vole|volent|pique|piquent|confisque) (?:toute |tout )?(?:ma|mon|mes) (?:retraite|pension|argent|carte bancaire|carte bleue|cb|salaire|rsa|aah|allocations?|economies|sous))`,
		// A death threat on leaving or telling, in Portuguese or Spanish:
		// « se eu sair de casa me mata », « si lo dejo me mata » (« este
		// dossier me mata » alone is a figure of speech).
		`se (?:eu )?(?:sair|sais|contar|falar|for embora|denunciar|deixar|fugir)(?: \w+){0,6} (?:me mata|me matar|mata me)|si (?:me voy|me escapo|lo dejo|le dejo|hablo|digo|denuncio|me separo)(?: \w+){0,6} (?:me mata|me matara|me va a matar)`,
		// Hiding one's address from someone.
		`(?:veux|veut|voudrais) pas qu (?:il|elle) (?:me |la |le )?(?:retrouve|trouve|sache ou)|(?:cacher|cache) (?:mon|ma) (?:adresse|nouvelle adresse) (?:a|de) (?:mon|ma) (?:ex|mari|conjoint|compagnon|copain)`,
		// A death threat to keep the writer silent, told in the other
		// order (« si je raconte, maman me tue »), and a throat cut
		// threatened, glued (« il va megorger »). Families, not signals:
		// as signals they thinned the reader's weights of violence.
		`si (?:je|j) (?:\w+ ){0,2}(?:raconte|parle|dis|denonce|balance|porte plainte)(?: \w+){0,3} (?:me|m) (?:tue|tuera|tuerait|massacre|massacrera|etrangle|etranglera|egorge|egorgera)\b|\b(?:va|vais|vont|veut|menace de|allait) megorg\w*`,
		// Things thrown at the writer: « elle me lance des trucs
		// dessus » (a child who writes it gets the 119, victimEntry).
		`(?:me|m) (?:lance|lancent|lancait|lancaient|jette|jettent|jetait|jetaient|balance|balancent|balancait) (?:\w+ ){0,2}(?:dessus|a la figure|a la tete|au visage|dans la figure)`,
	).MatchString},
	{violencesID, anyPhrase(
		// An injury hidden as a fall: « j'ai fini aux urgences avec le
		// bras cassé et j'ai dit que j'étais tombée ».
		`(?:urgences|hopital|casse\w*|bleus?|points? de suture|cocard|oeil au beurre noir|plaies?)(?: \w+){0,15} (?:j ai|on a|elle a|il a|je leur ai|j avais) (?:dit|raconte|pretendu|fait croire|menti)(?: \w+)? (?:que |qu )?(?:j etais|je suis|etais|elle etait|il etait|j avais|je m etais|je me suis) (?:tombee?|cognee?|pris une porte|glisse\w*)`,
		// An old or frail person bruised and robbed by a relative, or told
		// they « will not see the week out ».
		`(?:bleus?|hematomes?|marques? de coups)(?: \w+){0,20} (?:prend|prennent|vole|volent|pique|piquent|garde|gardent) (?:sa|son|ses) (?:retraite|pension|argent|carte bancaire|carte bleue|cb|economies)|(?:prend|prennent|vole|volent|pique|piquent|garde|gardent) (?:sa|son|ses) (?:retraite|pension|argent|carte bancaire|carte bleue|cb|economies)(?: \w+){0,20} (?:bleus?|hematomes?|peur (?:de lui|d elle|de son|de sa))`,
		`(?:lui|leur) (?:a|avait) dit qu (?:elle|il|ils) ne passerai\w* pas (?:la semaine|la nuit|l hiver|le mois)`,
	).MatchString},
	{violencesID, followedAfterLeaving},
	{violencesID, afraidToGoHome},
	{violencesID, hidingFound},
	{violencesID, coerciveControl},
	{violencesID, watchedAndRobbed},
	{violencesID, shortFearPartner.MatchString},
	{violencesID, headAgainstWall.MatchString},
	{enfanceID, childHeardHit},
	{violencesID, enViolence},
	{enfanceID, enChildHurt.MatchString},
	{hebergementID, enNoRoofNow},
	{medicaleID, enBodyFailing.MatchString},
	{detresseID, lettersReady},
	{detresseID, lastEvening.MatchString},
	{detresseID, loveSentAway},
	{violencesID, hiddenWriter},
	{violencesID, leaveThreat.MatchString},
	{violencesID, shortActor.MatchString},
	{detresseID, rashActFeared},
	{detresseID, lethalLookup.MatchString},
	{detresseID, burdenGivesAway},
	{hebergementID, putOutToday},
	{violencesID, nextTimeMe},
	{enfanceID, childAbandoned.MatchString},
	{violencesID, injuredAndAfraid},
	{violencesID, threatened},
	{violencesID, blowsAgain.MatchString},
	{hebergementID, hostTakesBack},
	{hebergementID, strandedNowhere},
	{hebergementID, strandedTonight},
	{detresseID, goneSoonArranged},
	{detresseID, farewellToDesk},
	{detresseID, staringDown},
	{detresseID, farewellMessage},
	{detresseID, plannedVanishing},
	{detresseID, decidedEnd},
	{enfanceID, childPaidByAdult},
	{enfanceID, childRanAway},
	{enfanceID, babyLeftCrying},
	{enfanceID, childWriterHit},
	{enfanceID, childrenShutOut.MatchString},
	{enfanceID, minorInCharge},
	{enfanceID, childFilmed},
	{enfanceID, strayChildAlone},
	{enfanceID, strayChildSleeping},
	{enfanceID, minorMarried},
	{enfanceID, childMissing},
	{enfanceID, childStarved},
	{enfanceID, markedChild},
	{violencesID, hiddenFromPartner},
	{medicaleID, bodyFailingNow},
	{medicaleID, overdose},
	{detresseID, pillsReadied.MatchString},
	{detresseID, worthMoreDead.MatchString},
	{detresseID, endMyLife.MatchString},
	{detresseID, unnoticedGone.MatchString},
	{hebergementID, hostGone},
	{enfanceID, minorMarriedOff},
	{violencesID, packedToFlee},
	{violencesID, heldInside},
	{detresseID, distressTold.MatchString},
	{enfanceID, adultSeeksChild},
	{enfanceID, minorLeftWithSiblings},
	{hebergementID, homelessTonight},
	{violencesID, seenMessageThreat.MatchString},
	{detresseID, joinAndStarve},
	{violencesID, shutInWhileSmashing},
	{violencesID, keptFromGoingOut.MatchString},
	{violencesID, relativeControlled},
	{violencesID, exFollowsThem},
	{detresseID, insuredOwnDeath},
	{detresseID, pillsHoarded.MatchString},
	{detresseID, whyGoOn.MatchString},
	{enfanceID, childCriesBlows.MatchString},
	{medicaleID, burnBlisters.MatchString},
	{medicaleID, fallenCannotMove},
	{medicaleID, bodyWorsening},
	{violencesID, physicalHold.MatchString},
	{enfanceID, madeToUndress.MatchString},
	{detresseID, atTheEdge.MatchString},
	{violencesID, rageAndHiding},
	{enfanceID, adultSecretChild},
	{enfanceID, childDealing.MatchString},
	{detresseID, lastWords.MatchString},
	{violencesID, controlCounted},
	{violencesID, exFollowsWriter},
	{violencesID, cannotSpeakNear},
	{violencesID, hidingNow},
	{hebergementID, placementEnds},
	{hebergementID, nightNoRoofAsked},
	{hebergementID, hostSentAway},
	{hebergementID, foreignNoRoof.MatchString},
	{detresseID, endingAll},
	{detresseID, sleepForever.MatchString},
	{detresseID, farewellThenSilence},
	{detresseID, lovePastRelayed.MatchString},
	{detresseID, enLastNight.MatchString},
	{enfanceID, childLockedInCar},
	{enfanceID, childAloneAtDoor},
	{enfanceID, childTerrified.MatchString},
	{enfanceID, childHurtSilent},
	{enfanceID, nightVisitorChild},
	{medicaleID, childFeverNight},
	{medicaleID, suddenBody},
	{medicaleID, pregnantDanger},
	{medicaleID, fallLeavesHurt},
	{enfanceID, childInjuryExplained},
	{enfanceID, childBeatenWith.MatchString},
	{violencesID, faceHurtHidden},
	{medicaleID, productTaken},
	{medicaleID, foreignBurn.MatchString},
	{violencesID, foreignViolence},
	{detresseID, affairsHandedOver},
	{violencesID, phoneBrokenToIsolate.MatchString},
	{medicaleID, foreignStroke.MatchString},
	{medicaleID, headKnock.MatchString},
	{medicaleID, birthNow},
	{detresseID, weaponHandled},
	{violencesID, shutInCutOff},
	{violencesID, burnWithMeInside.MatchString},
	{hebergementID, thingsOutTonight},
	{enfanceID, anyPhrase(
		// A child gone missing: « mon fils a disparu », « je retrouve plus
		// ma fille » (« le père de mes enfants a disparu » is a father gone:
		// the possessive may not follow « de »).
		`(?:^|(?:^| )(?:[^d ]\w*|d[^eu ]\w*|de\w+|du\w+|d) )(?:mon|ma|mes|notre|nos) (?:enfants?|fils|filles?|petite?s?|bebes?|gamine?s?|garcons?) (?:de \d+ ans )?(?:a|ont|est|sont) (?:disparue?s?|introuvables?)\b`,
		`(?:retrouve|trouve|retrouvons|trouvons|vois|voit) (?:plus|pas) (?:mon|ma|mes|notre|nos) (?:enfants?|fils|filles?|petite?s?|bebes?|gamine?s?|garcons?)\b`,
		// Someone who forces a child into sex, told by ear: « un mec
		// de 30 ans la force à faire des trucs » (a child named, see
		// signalledEntry).
		`(?:la|le|l) (?:force|forcent|forcait|forcaient|oblige|obligent|obligeait|obligeaient) (?:a|de) (?:faire )?(?:des |les |ses )?(?:trucs?|choses|coucher|sucer|toucher|se deshabiller)\b`,
	).MatchString},
	{detresseID, anyPhrase(
		// Weary of life, no longer alive, « jpp » (« j'en peux plus ») of
		// life, killing oneself said « me buter »: families, not signals,
		// for « fatigué » and « plus » taught the reader an evening's
		// tiredness.
		`(?:fatiguee?|lasse?) de (?:la vie|ma vie|cette vie)|(?:veux|voudrais|veut) (?:plus|pas) etre (?:vivante?|en vie)|ma vie c est finie?\b`,
		`(?:jpp|je pp|j en peux plus|jen peux plus|j en peu plus|en peux plus) (?:de|d) (?:cette vie|la vie|ma vie|vivre|exister)`,
		`(?:je vais|jvais|j vais|vais|envie de|je veux|veux) me buter|me buter (?:ce soir|cette nuit|maintenant|demain)`,
		// Affairs put in order so that no one has anything to handle
		// after, a pet given away: « pour que ma fille n'ait rien à gérer
		// après, j'ai donné mon chat ».
		`(?:n ait|n aient|ai|aient|ait) (?:rien|plus rien|pas) a (?:gerer|regler|faire|payer) (?:apres|quand je (?:ne )?serai plus la|apres moi|apres mon depart)\b`,
		`(?:donne|confie|laisse) (?:mon|ma|mes) (?:chat|chien|chats|chiens|animaux|oiseau|lapin)(?: \w+){0,10} (?:fatiguee? de tout|plus la force|a quoi bon|plus besoin|plus envie)\b`,
		// All to end tonight, the message's last words: « ce soir je
		// veux finir tout ».
		`(?:veux|vais|va|voudrais) (?:finir tout|tout finir|terminer tout|tout terminer)(?: ce soir| cette nuit| maintenant| aujourd hui)?$`,
		// Shut in with a means at hand: « elle s'est enfermée dans la
		// salle de bain avec des lames de rasoir ».
		`s est enferme\w* (?:\w+ ){0,8}avec (?:des|une|un|ses|sa|son|les|la|le|mes|ma|mon|toutes? (?:ses|mes)) (?:lames?|rasoirs?|couteaux?|cutters?|cachets|medicaments|comprimes|corde|boites de)\b`,
		// Seeing no reason to go on, said last: « j'ai tout perdu… je
		// vois pas pourquoi je continue ».
		`(?:vois|voi|voit) (?:pas|plus) (?:pourquoi|pk|pq) (?:je|j) (?:continu\w*|reste\w* en vie|vis encore)(?: (?:a|de) vivre| comme ca)?$|pourquoi (?:je|j) continu\w* (?:a|de) vivre`,
	).MatchString},
	{hebergementID, anyPhrase(
		// A hotel or a shelter that ends, and nowhere after: « l'hôtel dit
		// demain matin c'est fini, après on a rien ».
		`(?:hotel|foyer|centre d hebergement|hebergement|chambre)(?: \w+){0,5} (?:c est fini|fini|termine|se termine|s arrete|nous met dehors|nous vire|nous jette)(?: \w+){0,10} (?:nous avons rien|on a rien|on n a rien|rien apres|nulle part|ou (?:nous allons|on va|aller|dormir|on dort|nous dormons))\b`,
		// Staying on a bench with all one owns: « je suis sur un banc du
		// parc avec tout ce que je possède ».
		`(?:suis|sommes|me retrouve|nous retrouvons|assise?|assis|dors|dort|dormons|est|sont) (?:\w+ ){0,3}(?:sur un banc|dans un parc|dans un square|dans un jardin public|sous un abribus|dans la rue|sur le trottoir|dehors|a la gare|sous un pont)(?: \w+){0,4} avec (?:tout ce que (?:je|j|on|nous|il|elle) (?:possede|possedons|ai|a|avons)|toutes? (?:mes|nos|ses) (?:affaires|sacs|valises))`,
	).MatchString},
	{medicaleID, sideLost.MatchString},
	{enfanceID, anyPhrase(
		// A child touched, told in the passive: « ma fille touchée par
		// l'oncle » (touched by a gift or a word is a feeling).
		`(?:touchee?s?|tripotee?s?|pelotee?s?|violee?s?|agressee?s? sexuellement) par (?:l |le |la |son |sa |mon |ma |un |une |leur |notre |ce |cet |cette )?(?:oncle|tonton|tante|cousin|cousine|pere|beau pere|frere|demi frere|grand pere|papi|voisin|voisine|prof|professeur|entraineur|coach|moniteur|animateur|nounou|baby sitter|ami de la famille|copain de sa mere|compagnon de sa mere|homme|monsieur|adulte)\b`,
		// A baby crying for hours behind a door no one opens.
		`(?:bebe|bb|nourrisson|enfant|petit|petite)s? (?:\w+ ){0,2}(?:pleure|pleur|pleurent|hurle|crie)\w*(?: \w+){0,2} depuis (?:ce matin|des heures|hier|cette nuit|\d+ ?h|\d+ heures|deux heures|trois heures|le matin)(?: \w+){0,6} (?:personne (?:n |ne )?(?:ouvre|repond|vient|est la)|(?:ca|sa) (?:ne )?repond pas)`,
	).MatchString},
	{medicaleID, anyPhrase(
		// A household product swallowed: « elle a bu le produit du
		// lave-vaisselle ».
		`(?:bu|bois|boit|avale|avalee|mange|mangee|lech\w*)(?: \w+){0,3} (?:produit (?:menager|d entretien|du lave|de lave|vaisselle|wc|pour)|javel|destop|deboucheur|detergent|lessive|capsules? de lessive|pastilles? (?:du |de )?lave|liquide vaisselle|white spirit|antigel|soude|ammoniaque|insecticide|mort aux rats)`,
		// A belly or a chest in pain, and blood: « j'ai mal au ventre trop
		// fort, il y a du sang ». A blood test (« prise de sang ») is no
		// bleeding, nor blood seen for a week (« du sang dans les selles
		// depuis une semaine »), a matter for the doctor.
		`mal (?:au|a l|a la) (?:ventre|bas ventre|estomac|poitrine) (?:\w+ ){0,14}(?:il y a (?:\w+ )?du sang|du sang partout|je saigne|saigne\w* (?:beaucoup|fort|abondamment|sans arret|encore)|vomi\w* du sang|crache\w* du sang)`,
		// The worst headache of one's life, of sudden onset, with double
		// sight or vomiting: a bleed in the brain.
		`mal (?:de|a la) (?:tete|crane)(?: \w+){0,3} (?:comme jamais|jamais eu|le pire|horrible|atroce|brutal)(?: \w+){0,10} (?:vois|voit|voyais) (?:double|trouble|flou)|mal (?:de|a la) (?:tete|crane)(?: \w+){0,8} d un coup(?: \w+){0,6} (?:vois|voit|voyais) double`,
	).MatchString},
	{detresseID, anyPhrase(
		// Tired of being alive; to die without suffering, looked up.
		`marre d etre (?:en vie|vivante?)|fatiguee? d etre (?:en vie|vivante?)|(?:plus|plu|pu) envie d etre (?:en vie|la)`,
		`(?:comment|cherche\w*|moyen de|facon de|maniere de) (?:\w+ ){0,2}(?:partir|mourir|en finir|disparaitre|m endormir pour toujours) sans (?:souffrir|souffrance|douleur|avoir mal)`,
		// Tired of this life, and wishing it over.
		`(?:peux|peu|pe) (?:plus|plu|pu) (?:de )?(?:cette|ma|la) vie(?: \w+){0,4} (?:que (?:ca|sa|tout) (?:se termine|s arrete|finisse|cesse)|en finir|disparaitre)`,
		// A last night announced as for the best: « elle m'a écrit que
		// c'était sa dernière nuit et que c'est mieux comme ça ».
		`derniere (?:nuit|soiree|journee)(?: \w+){0,6} (?:mieux|mieu) (?:comme (?:ca|sa)|ainsi|pour tout le monde)|(?:mieux|mieu) (?:comme (?:ca|sa)|ainsi|pour tout le monde)(?: \w+){0,6} (?:sa|ma|leur) derniere (?:nuit|soiree|journee)`,
	).MatchString},
	{hebergementID, anyPhrase(
		// Sleeping where one does not live.
		// The sleeper is the writer or named by a pronoun: « le gardien
		// dort dans le local » is a job.
		`(?:(?:dors|dormons|dormi|dormir|dormais)|(?:on|il|elle|ele|ils|elles) (?:\w+ )?(?:dort|dor|dorment|dormait|dormaient)) (?:\w+ ){0,3}(?:escaliers?|parking|parkings|cave|buanderie|local (?:a |des |de )?poubelles?|local a velos?|abribus|porche|garage|sous sol|gare|gares|gare routiere|terminus|aeroport|parc|square|banc)`,
		`je (?:\w+ )?dor (?:\w+ ){0,3}(?:dehors|dans la rue|gare|gares|parking|escaliers?|cave|parc|banc|voiture|tente|abribus|metro)`,
		// A relative who sleeps in the common parts: « mon père dort dans
		// le local à poubelles ».
		`(?:pere|mere|tante|oncle|frere|soeur|grand pere|grand mere|cousine?|papa|maman|fils|fille|ami|amie|voisine?) (?:\w+ )?(?:dort|dor|dorment|dormait) (?:\w+ ){0,3}(?:escaliers?|parkings?|local (?:a |des |de )?poubelles?|local a velos?|abribus|porche|cage d escalier|hall)`,
		// Told to leave today: « ma logeuse m'a dit de partir avant
		// 20 heures ».
		`(?:dit de|veut que je|veulent que je|faut que je) (?:partir|parte|degager|degage|quitter les lieux|quitte les lieux) (?:avant (?:\d+|ce soir|la nuit|demain)|ce soir|aujourd hui|cette nuit|d ici ce soir)`,
		// An emergency hotel that ends today.
		`hotel (?:\w+ )?(?:paye|payee|pris en charge|finance)s? jusqu\w* (?:a |au )?(?:ce matin|ce soir|aujourd hui|demain|cette nuit|hier)|hotel (?:s arrete|se termine|c est fini|est fini|termine) (?:ce matin|ce soir|aujourd hui|demain)`,
	).MatchString},
	{hebergementID, strandedNoHotel},
	{hebergementID, anyPhrase(
		// Put out today, by whoever houses or evacuates: « le
		// propriétaire m'a sorti de la chambre aujourd'hui », « les
		// pompiers l'ont fait sortir cet après-midi ».
		`(?:m|l|nous|les) (?:a|ont) (?:sorti|sortie|sortis|sorties|fait sortir|mis|mise|mis dehors|mise dehors) (?:de|du|d) (?:la |l |ma |mon |sa |son |notre |leur )?(?:chambre|logement|appartement|appart|studio|maison|foyer|hotel|immeuble|piaule)(?: \w+){0,2} (?:aujourd hui|ce matin|cet apres midi|ce soir|tout a l heure)`,
		`(?:pompiers|police|policiers|gendarmes|proprietaire|proprio|bailleur|logeu\w*|huissiers?|heberge\w*|foyer|hotel|residence)(?: \w+){0,2} (?:m|l|nous|les) (?:a|ont) (?:sorti\w*|fait sortir|evacue\w*)(?: \w+){0,3} (?:aujourd hui|ce matin|cet apres midi|ce soir|tout a l heure)`,
		// One's things put out of the door: « ma tante a mis mes
		// affaires sur le palier ».
		`(?:mis|mise|mit|mettre|jete|jetee|jeter|sorti|sortie|balance|balancee) (?:toutes |tout )?(?:mes|nos|ses|leurs) (?:affaires?|sacs?|valises?|cartons?|vetements?|habits) (?:\w+ ){0,2}(?:sur le palier|dehors|dans la rue|devant la porte|dans le couloir|dans l escalier|dans les escaliers|sur le trottoir|dans le hall)`,
		// Not knowing where one will spend tonight: « il ne sait pas où
		// il passera la nuit ».
		// Put out by someone, with nowhere tonight: « mon coloc m'a viré,
		// le macdo ferme à minuit, après je sais pas ».
		`(?:m a|ma|m ont|nous a|nous ont|s est fait|se sont fait|me suis fait) (?:vire|viree|jete|jetee|jeter|virer|chasse|chassee|mis a la porte|mise a la porte)(?: \w+){0,12} (?:ferme a (?:minuit|\d+)|apres (?:je |j )?sais pas|apre j?sai pa|nulle? part|pas de quoi payer)`,
		// A building evacuated today, and nothing offered: « l'immeuble a
		// été évacué cet après-midi, la mairie ne m'a rien proposé ».
		`(?:immeuble|logement|appartement|appart|maison|batiment|residence|hotel|foyer|studio)s? (?:\w+ ){0,3}(?:evacue|ferme|fermee|brule|brulee|inonde|inondee|interdit|interdite)s? (?:\w+ ){0,4}(?:ce matin|cet apres midi|ce soir|aujourd hui|cette nuit|tout a l heure)(?: \w+){0,12} (?:(?:m|nous|lui|leur) (?:a |ont )?(?:rien )?propose\w* rien|rien (?:ne )?(?:m |nous |lui |leur )?(?:a ete |est )?propose|aucune? (?:solution|hebergement|relogement|chambre)|(?:connai\w*|connait) personne|n (?:a|ai|avons|ont) personne|nulle part|pas de solution|ou (?:aller|dormir))`,
		`(?:sait pas|sais pas|savons pas|savent pas|ignore) (?:ou|ou est ce qu) (?:il|elle|je|j|on|nous|ils|elles) (?:va |vais |vont |allons )?(?:passer|passera|passerai|passerons|passeront|dormir|dormira|dormirai|dormirons|dormiront) (?:la nuit|ce soir|cette nuit)`,
	).MatchString},
	{hebergementID, anyPhrase(
		// Sleeping in a car or in the street, in another language:
		// « estou a dormir no carro », « durmiendo en el coche ».
		`(?:dormindo|dormimos|durmo|a dormir|durmiendo|duermo|sleeping|we sleep|i sleep) (?:\w+ )?(?:no|na|en el|en la|in the|in my|in a|in our|num|numa|dentro do) (?:carro|rua|coche|calle|car|street|parque|park|estacao|estacion|station)`,
	).MatchString},
	{detresseID, anyPhrase(
		// Leaving life told as leaving: « plus de raison de rester »,
		// « partir sans faire de peine », « personne ne me retiendra ».
		`plus (?:de |aucune )?raisons? de rester|partir sans (?:faire )?(?:trop )?(?:de )?(?:peine|mal|bruit)|personne (?:ne )?(?:me |le |la )?retiendra|personne (?:ne )?(?:pourra|peut|va|saura) (?:me|le|la) retenir|partir pour de vrai|partir et ne (?:plus|jamais) revenir|(?:pas|pas parti|pas partie|pas partir) en vacances hein`,
		// Alone with a loaded weapon: « resté dans la grange avec le
		// fusil chargé ».
		`avec (?:le|la|son|sa|mon|ma|un|une) (?:fusil|carabine|arme|pistolet|revolver)(?: de chasse)? charge\w*`,
		`(?:reste|restee|seul|seule|assis|assise)(?: \w+){0,5} avec (?:le|la|son|sa|mon|ma|un|une) (?:fusil|carabine|arme|pistolet|revolver)`,
		// Walking to the water and not coming back: « je vais marcher
		// jusqu'à la Seine et je ne reviendrai pas ».
		`(?:seine|pont|riviere|fleuve|canal|mer|falaise|voies|quai|lac|loire|rhone|garonne)(?: \w+){0,4} (?:ne )?reviendrai (?:pas|jamais|plus)`,
	).MatchString},
	{detresseID, anyPhrase(
		// On the edge of a window, a balcony, a roof.
		`au bord (?:de la fenetre|du balcon|du toit|de la terrasse)|enjamb\w* (?:la |le |les |l )?(?:fenetre|balcon|rambarde|garde corps|parapet)|prochaine fois (?:je )?(?:ne )?(?:saute|sauterai|reculerai pas|le ferai pour de bon)`,
	).MatchString},
	{detresseID, anyPhrase(
		// A rope hung where someone lives: « il a accroché une corde dans
		// la grange » (not a washing line).
		`accroch\w* (?:une|la|sa|une grosse) corde (?:dans|a|au|sous|sur) (?:la |le |l |une |un |sa |son )?(?:grange|garage|grenier|cave|poutres?|plafond|cellier|hangar|atelier|cage d escalier|chambre|salon)`,
		// One's own funeral, told as a choice: « la mutuelle paie les
		// obsèques si c'est moi qui décide de partir ? ».
		`(?:obseques|enterrement|funerailles|assurance (?:vie|deces))(?: \w+){0,8} (?:si|quand) (?:c est moi qui |je )(?:decide|choisis|choisi|pars|partirai|m en vais|me supprime)\w*`,
	).MatchString},
	{detresseID, farewellSigns},
	{enfanceID, anyPhrase(
		// A young child wandering, and no one looking for them.
		`erre\w* (?:\w+ ){0,3}(?:seule?s?|dans (?:la rue|le parking|la cite|la residence|le quartier|les rues|le hall|les couloirs|la gare|le centre commercial|le magasin))|personne (?:ne )?(?:la|le|les) cherche|seule?s? (?:au bord de la route|sur (?:le|la) (?:parking|route))|(?:aucun|sans|pas d) (?:aucun )?adulte`,
		// A parent gone for days: « la mère pas là depuis 2 jours », and
		// children alone for days, in English or Portuguese.
		`(?:mere|pere|parents|maman|papa|daronne?|daron) (?:\w+ ){0,2}(?:pas la|absente?s?|partie?s?|disparue?s?|pas rentree?s?|pas revenue?s?)(?: \w+){0,3} depuis (?:\d+|deux|trois|quatre|plusieurs|des|avant hier|hier|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|ce matin|le week end)(?: (?:jours|nuits|semaines?))?`,
		`(?:alone|by themselves|on their own)(?: \w+){0,4} (?:since|for) (?:\d+|two|three|four|several|many|a few) (?:days?|nights?)|(?:alone|by themselves|on their own)(?: \w+){0,4} since (?:yesterday|last night|this morning|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:sozinh\w*|solos|solas)(?: \w+){0,3} (?:desde|ha|hace) (?:\d+|dois|duas|tres|dos|varios) dias`,
		// Someone close who touches a child: « papa la touche », « son
		// beau-père le touche », or named first and then told by a
		// pronoun: « depuis qu'elle va chez son oncle, elle dit qu'il la
		// touche ».
		`(?:papa|pere|beau pere|tonton|oncle|parrain|grand pere|papi|cousin|frere|voisin|maman|mere|nounou)(?:(?: \w+){0,2}| (?:\w+ ){0,6}(?:il|elle)(?: \w+)?) (?:la|le|les|l) (?:touche\w*|tripote\w*)`,
		// Threats to kill a child, heard: « tais-toi ou je te jette par
		// la fenêtre ».
		`je (?:vais |v )?te (?:tuer|tue|jeter|jette|balancer|balance|defoncer|defonce|massacrer|etrangler|crever|creve)`,
		// A parent never there, no one who looks after them.
		`(?:mere|pere|parents|maman|papa) (?:est |sont |n est |ne sont )?(?:jamais|presque jamais|jamais jamais) la|personne (?:ne )?s occupe (?:d eux|d elle|de lui|des enfants|du bebe|de la petite|du petit)`,
		// A child not fed for days, a parent who no longer gets up.
		`(?:(?:pas|rien|plus) mange|mangen?t? (?:pas|rien|plus)) depuis (?:hier|avant hier|\d+|deux|trois|quatre|plusieurs|des jours)|(?:mere|pere|maman|papa|parents?) (?:\w+ ){0,2}(?:ne se leve plus|ne se levent plus|dort tout le temps|dorment tout le temps)`,
		// A child beaten, in Romanian: « copilul vecinilor… îl bat ».
		`copil\w*(?: \w+){0,6} (?:il|o|ii) (?:bat|bate)\b`,
		// A baby shaken: « la voisine secoue son bébé très fort ».
		`secou\w* (?:tres fort |fort )?(?:son|sa|ses|le|la|les|un|une|leur|mon|ma) (?:bebes?|bb|nourrissons?|petite?s?|enfants?|fils|fille)`,
		// A child married off: « ils veulent l'envoyer au pays pour la
		// marier avec un homme plus âgé ».
		`(?:veut|veulent|vont|va) marier (?:elle|lui) (?:avec|a)|(?:pour|vont|veulent|veut|va|voudraient|voudrait) (?:la|le) marier (?:avec|a|au|de force|la bas|en)|(?:envoyer|emmener|renvoyer|ramener)(?: \w+){0,4} (?:pour )?(?:la|le) marier`,
		// A child made to work for clients: « un homme la fait
		// travailler avec des clients ».
		`(?:la|le|les|l) (?:fait|font|faisait|faisaient|oblige\w*|force\w*) (?:a )?(?:travailler|bosser|se prostituer)(?: \w+){0,3} (?:clients?|hommes?|messieurs)`,
	).MatchString},
	{enfanceID, youngChildLeftAlone},
	{enfanceID, youngChildAloneForDays},
	{enfanceID, goneToOnlineStranger},
	{medicaleID, headBlowSigns},
	{detresseID, lostOnAHeight},
	{hebergementID, putOutTonight},
	{hebergementID, lockedOutAtNight},
	{medicaleID, oldPersonSilent},
	{medicaleID, anyPhrase(
		// A stroke: « avc » after an article stays « avc » (avcStroke);
		// « a fait un avec » is the same, spelt out by a phone.
		`(?:fait|faire|fais|faisait|fasse|eu|avoir|fera|ferait) (?:un|une) (?:avc|avec(?: (?:ce|cette|cet|hier|avant|il|y|aujourd|tout|je|j|elle|on|et|depuis|mais|donc|ou|que|la|au|a|en|dans|chez|pendant)\b|$))`,
		// A fit: « il bave et il tremble, ses yeux tournent ».
		`bav\w*(?: \w+){0,4} (?:tremble|convuls|secou)\w*|(?:tremble|convuls|secou)\w*(?: \w+){0,4} bav\w*|yeux (?:\w+ ){0,2}(?:tournent|revulses|revulsees|revulse|blancs)`,
		// Found on the floor, cold or confused: « par terre dans sa
		// cuisine, elle est froide et ne me reconnaît pas ».
		`(?:par terre|au sol|tombee?)(?: \w+){0,14} (?:est|etait) (?:tout |toute |tres )?(?:froide?|glacee?|gelee?)|(?:par terre|au sol|tombee?)(?: \w+){0,14} (?:ne (?:me|nous) reconnai\w*|(?:ne )?parle|(?:ne )?bouge|(?:ne )?repond) (?:pas|plus)`,
		// Fallen and unable to get up (an outside tester's « ma mère est
		// tombée elle ne se relève pas »); without a fall, « se relever »
		// is often the economy's or a business's.
		`(?:par terre|au sol|tombe\w*|chute)(?: \w+){0,10} (?:(?:ne |n )?se relev(?:e|ent) (?:pas|plus)|(?:peut|peuvent|arrive|arrivent) (?:pas|plus) (?:a )?se relever|(?:peux|peut|arrive|arrivons|arrivent) (?:pas|plus) a (?:la|le|les) relever)\b`,
		// Breathing that fails: « pas respirer bien », « respire pas ».
		`(?:respire|respirent) (?:pas|plus|mal|difficilement|a peine)|(?:pas|plus|peut pas|peux pas|arrive pas a|arrive plus a) respirer`,
		// A limb broken in a fall: « sa jambe fait un angle bizarre ».
		`(?:jambe|bras|poignet|cheville|genou|epaule|hanche|pied|main|doigt)s? (?:\w+ ){0,2}(?:fait|forme|a) (?:un )?angle|(?:jambe|bras|poignet|cheville|hanche)s? (?:\w+ ){0,1}(?:tordue?s?|a l envers)|l os (?:qui )?(?:sort|depasse)`,
	).MatchString},
	{medicaleID, chronicCareFails},
	{medicaleID, suddenConfusion},
	{medicaleID, anyPhrase(
		// Someone who just collapsed: « dans la file une dame vient de
		// s'effondrer ».
		`(?:dame|monsieur|homme|femme|personne|mari|pere|mere|fils|fille|voisine?|collegue|client|cliente|quelqu un|il|elle|papa|maman|grand mere|grand pere|mamie|papi|bebe|enfant|patient|patiente|agent|agente)s? (?:\w+ ){0,2}(?:vient|viennent|venait) de (?:s effondrer|s ecrouler|perdre connaissance|s evanouir|tomber (?:par terre|dans les pommes|raide)|faire un malaise)`,
	).MatchString},
	{hebergementID, nowhereTonight},
	{hebergementID, carNights},
	{medicaleID, anyPhrase(
		// A diabetic's low sugar.
		`diabet\w*(?: \w+){0,12} (?:transpir|sueur|confus|n importe quoi|nimporte quoi|parle tout seul|vois flou|voit flou|malaise)\w*|fait une hypo\w*|en hypo|hypoglycemie|tremble\w* (?:et )?transpir\w*|transpir\w* (?:et )?tremble\w*|sueurs froides`,
	).MatchString},
	{violencesID, anyPhrase(
		// A threat with a deadline or a condition: « il va mettre le feu
		// à l'appartement si je n'ouvre pas », « ce soir il m'a dit que je
		// ne verrais pas demain », « c'était la dernière fois qu'il me
		// prévenait ».
		`(?:va|vais|vont|menace de|menace d|veut|voulait|allait) `+fireThreat+`|(?:va|menace de|veut|allait) (?:defoncer|enfoncer|casser|fracasser) la porte`,
		`(?:je|tu) (?:ne )?(?:verrai|verrais|verras|verrait) pas (?:demain|le jour se lever|la fin de la (?:semaine|nuit)|le matin)|(?:derniere fois|dernier avertissement) qu (?:il|elle) me (?:previent|prevenait|previendra|le dit|le disait|avertit|avertissait)`,
		// Dragged by the hair; marks hidden under long sleeves.
		`(?:traine|trainee|tire|tiree|attrape|attrapee|trimbale|trimbalee|tenu|tenue) par les cheveux`,
		`(?:cacher|cache|ne voie|ne voient|pas voir|voie pas|voient pas|pas qu on voie) (?:les |mes |ses )?(?:marques|bleus|traces de coups|hematomes)`,
		// Someone hurt by a person, told in the past: « papa l'a brûlée
		// avec le fer à repasser », « il l'a jetée contre le mur » (a
		// child named makes it the 119's, victimEntry).
		`(?:l|la|le|les) (?:a|ont|avait|avaient) (?:encore )?(?:brulee?s?|marquee?s?) avec (?:le|la|un|une|sa|son|ses|des) (?:fer|cigarettes?|briquet|eau bouillante|couteau|plaque)`,
		`(?:il|elle|papa|maman|pere|mere|beau pere|belle mere|mari|ex|copain|compagnon|conjoint|oncle|tante|frere|soeur|cousin|nounou|grand pere|grand mere|beau frere) (?:l|la|le|les) (?:a|ont|avait) (?:encore )?(?:(?:jetee?s?|projetee?s?|poussee?s?|cognee?s?|balancee?s?) contre|frappee?s?|battue?s?|tabassee?s?|etranglee?s?|secouee?s?)`,
		// The same, told in the passive: « il a été projeté contre le
		// radiateur par son père ».
		`(?:a|ont) ete (?:projetee?s?|jetee?s?|poussee?s?|cognee?s?|frappee?s?|battue?s?|brulee?s?|secouee?s?|etranglee?s?)(?: (?:contre|avec)(?: \w+){1,3})? par (?:son|sa|ses|mon|ma|le|la|leur|notre) (?:pere|mere|beau pere|belle mere|oncle|tante|frere|mari|ex|compagnon|copain|conjoint|nounou|papa|maman)`,
	).MatchString},
	{detresseID, anyPhrase(
		// On a ledge or a bridge, about to jump; looking at the cars
		// below; a car running in a closed garage; a life insurance
		// asked about for a death « of one's own » soon.
		`(?:rebord|garde corps|rambarde|parapet|bord du toit|bord de la fenetre|bord du pont|toit de l immeuble)(?: \w+){0,15} (?:va|veut|menace de|allait|vais|veux) (?:sauter|se jeter|me jeter)`,
		`(?:dit|crie|hurle|menace)\w* qu (?:il|elle) (?:va|veut|allait) (?:sauter|se jeter)(?: \w+){0,3} (?:par la fenetre|du pont|du balcon|du toit|dans le vide)?`,
		`(?:pont|viaduc|passerelle)(?: \w+){0,10} (?:regarde|regardant) (?:\w+ ){0,2}(?:les voitures|les camions|l eau|le vide|les trains|les rails)`,
		`(?:regarde|regardant) (?:\w+ ){0,2}(?:les voitures|les camions|l eau|le vide|les trains|les rails|en bas)(?: \w+){0,3} (?:du|depuis le|sur le|du haut du|au dessus du) (?:pont|viaduc|toit|balcon|parapet|passerelle)`,
		`(?:enferme\w* dans (?:le|son|un|mon|notre) garage|garage (?:\w+ ){0,2}ferme\w*)(?: \w+){0,6} (?:voiture|moteur) (?:qui )?(?:tourne|allumee?|en marche)|(?:voiture|moteur) (?:qui )?(?:tourne|allumee?|en marche)(?: \w+){0,6} garage ferme\w*`,
		// A hose into the car, a farewell sent: « j'ai mis le tuyau dans
		// la voiture… dites à ma fille que je l'aime ».
		`tuyau (?:\w+ ){0,3}(?:dans la voiture|au pot|a l echappement|sur l echappement)|dites (?:a|lui|leur) (?:\w+ ){0,2}que je (?:l|les|vous|t) (?:aimais|ai aimee?s?)\b`,
		// A means at hand and a note that asks forgiveness: « parti avec
		// la corde vers la grange, il a laissé un mot qui dit pardon ».
		`(?:corde|fusil|carabine|arme|pistolet|cachets|medicaments|voie ferree)(?: \w+){0,15} (?:laisse|ecrit|envoye)\w* (?:un|une) (?:mot|lettre|message|texto|sms)(?: \w+){0,4} (?:pardon|adieu|je vous aime|je t aime)|(?:laisse|ecrit|envoye)\w* (?:un|une) (?:mot|lettre|message|texto|sms)(?: \w+){0,4} (?:pardon|adieu)(?: \w+){0,15} (?:corde|fusil|carabine|arme|pistolet|cachets|medicaments|voie ferree)`,
		`s en (?:va|aller|aille|irait) (?:d elle meme|de lui meme|par (?:elle|lui) meme)(?: \w+){0,25} (?:pour bientot|sera bientot|tres bientot|d ici peu)`,
	).MatchString},
	{enfanceID, anyPhrase(
		// A drunk parent who leaves with the baby by car; a child put out
		// in the cold by their parents.
		`(?:ivre|saoule?|soule?|bourree?|alcoolisee?|droguee?)(?: \w+){0,8} (?:repartir|partir|conduire|prendre la voiture|reprendre la route|en voiture)(?: \w+){0,4} (?:avec )?(?:le|la|les|son|sa|ses|mon|ma|mes|notre) (?:bebe|enfants?|petits?|fils|fille|nourrisson|petite)`,
		childPutOutExpr,
		// A baby or a child left outside in the cold or the sun.
		`(?:laisse|mis|mise|oublie|enferme)\w* (?:son|sa|ses|le|la|les|un|une|mon|ma) (?:bebe|enfant|petit|petite|fils|fille|nourrisson)s? (?:\w+ ){0,3}(?:sur le balcon|dehors|sur le palier|dans la voiture)(?: \w+){0,8} (?:froid|degres|il pleut|pleure|soleil|chaud|gele)`,
	).MatchString},
	{medicaleID, anyPhrase(
		// A burn from the kitchen; signs of meningitis.
		`(?:casserole|poele|friteuse|huile|l?eau bouillante|four|plaque|barbecue|vapeur)(?: \w+){0,8} (?:me suis |s est |m a )?brul\w*|brul\w*(?: \w+){0,6} (?:casserole|poele|friteuse|huile|eau bouillante|four|plaque de cuisson|barbecue)`,
		`nuque (?:toute |tres )?raide(?: \w+){0,12} (?:fievre|taches?|vomi\w*|lumiere)|(?:fievre|\d+ de fievre)(?: \w+){0,12} nuque (?:toute |tres )?raide`,
		`taches? (?:violettes|pourpres|violacees) (?:\w+ ){0,4}(?:sur|partout sur) (?:la|le|les|sa|son|ses|mes|ma|mon) (?:peau|jambes?|bras|ventre|corps|dos|visage|cuisses?|torse)|purpura`,
		// A scald whose skin blisters or peels.
		`(?:l?eau bouillante|huile|friteuse|casserole|poele|four|vapeur|acide|soude|cocotte|autocuiseur|bouilloire|ebouillant\w*)(?: \w+){0,16} (?:cloques?|peau (?:\w+ )?(?:decolle|part|arrachee|fond|fait des (?:cloques|bulles))|lambeaux)|(?:me suis|s est|se sont|m etais|s etait) (?:\w+ )?(?:brul|ebouillant|renvers)\w*(?: \w+){0,12} cloques?`,
		// A sudden loss of sight in one eye: a stroke.
		`(?:vois|voit|voyais|voyait) plus (?:clair |rien |bien )?(?:d un|de l|d l|de mon|de son) oeil`,
	).MatchString},
	// The twenty-second round (emergency_round22.go).
	{violencesID, messagesWatched},
	{violencesID, papersHostage},
	{medicaleID, scaldSkinOff},
	{enfanceID, weirdThingsSecret},
	{enfanceID, babyBehindDoor},
	{detresseID, cutsTold},
	{detresseID, ropeAlone},
	{detresseID, bridgeStare},
	{medicaleID, feverSpots},
	{hebergementID, shelterFullTonight},
	{violencesID, hushedAndHurt},
	{violencesID, partnerBackShort.MatchString},
	{detresseID, affairsForChildren},
	{hebergementID, lockedOutNow},
	{enfanceID, parentHurtsChild.MatchString},
	{enfanceID, childTied},
	{violencesID, heldWithBaby},
	{detresseID, farewellNote.MatchString},
	{detresseID, handedAndShut},
	{hebergementID, onOurBoxes.MatchString},
	{detresseID, meansPostedPeace},
	{detresseID, readyTonightThanks},
	{medicaleID, foreignFallStill.MatchString},
	// The twenty-third round (emergency_round23.go).
	{violencesID, partnerAlwaysThere},
	{hebergementID, shelterClosedTonight},
	{detresseID, farewellThenSilent},
	{enfanceID, childBeatenWithObject},
	{enfanceID, groomedMinor},
	{enfanceID, childWithNoParent},
	{enfanceID, beggingChild},
	{medicaleID, burnCried.MatchString},
	// The twenty-fourth round (emergency_round24.go).
	{violencesID, otherHarmed},
	{violencesID, relativeKept},
	{violencesID, writingInHiding},
	{violencesID, threatToVanish.MatchString},
	{enfanceID, childPleaHeard},
	{enfanceID, babyCriesAlone},
	{enfanceID, youngChildAlways},
	{enfanceID, markedChildAfraid},
	{detresseID, othersFarewell},
}

// familiesIn returns the emergency entries, by document, whose families
// the message holds, once each. Figurative phrases are masked first.
func (m *Matcher) familiesIn(msg *message) []int32 {
	text := strings.Join(msg.words, " ")
	var found []int32
	masked := ""
	for i, f := range signalFamilies {
		d := m.familyDoc[i]
		if d < 0 || slices.Contains(found, d) || !f.in(text) {
			continue
		}
		if masked == "" {
			masked = text
			if msg.masked != nil || msg.maskFigurative() {
				words := make([]string, len(msg.words))
				for i, w := range msg.words {
					if msg.masked[i] {
						w = "_"
					}
					words[i] = w
				}
				masked = strings.Join(words, " ")
			}
		}
		if f.in(masked) {
			found = append(found, d)
		}
	}
	return found
}

// Someone who prepares to die seldom says it: they give away what they
// care for, say they will « no longer need » it, speak of joining a
// husband who died, put their affairs in order, thank everyone or say
// goodbye, then no longer answer. One of these signs alone is everyday
// life (« ma grand-mère m'a donné ses bijoux », « elle ne répond plus au
// téléphone »); two of them together are the farewell the distress line
// (3114) is for. farewellSigns counts them by kind: two kinds, one of them
// more than a silence or a wish to join someone, are a family of distress.

// farewellKinds are the kinds of signs, each a pattern over a message's
// words (see message). The first ones are strong: at least one of them
// must be there.
var farewellKinds = []phrases{
	// Giving away what one cares for.
	anyPhrase(`\b(?:donne|donnee|donnes|offert|offerte|distribue|distribuee|legue|leguee|donner|offrir|distribuer|leguer|vendu|vendue) (?:\w+ ){0,2}(?:ses|mes|sa|son|ma|mon|toutes ses|tous ses|toutes mes|tous mes) (?:bijoux|affaires?|montre|alliance|outils|souvenirs|photos|animaux|chat|chien|console|guitare|livres|vetements|economies|bague|collier|medailles?|tableaux|disques|plantes?)\b|\bpourrai garder (?:sa|son|ses)\b`,
		// Handing over one's animal: « de m'occuper de son chien ».
		`\b(?:m occuper|t occuper|vous occuper|nous occuper|prendre soin|garder) (?:de )?(?:son|sa|ses) (?:chien|chat|chiens|chats|chiot|chaton|animaux|perroquet|oiseau)s?\b`,
		// Giving one's animal away: « donné le chat à la voisine ».
		`\b(?:donne|donnee|confie|confiee|offert|laisse|laissee) (?:le|la|les|son|sa|ses|mon|ma|mes) (?:chien|chat|chiens|chats|chiot|chaton|animaux|perroquet|oiseau|lapin)s? (?:a|au|aux) \w+`,
		// « Il m'a confié son chat ce matin ».
		`\b(?:m a|nous a|m ont|lui a) (?:donne|confie|laisse|offert) (?:son|sa|ses|leur|leurs) (?:chien|chat|chiens|chats|chiot|chaton|animaux|perroquet|oiseau|lapin)s?\b`,
		// Handing over one's keys, papers or money « pour après ».
		`\b(?:donne|donnee|confie|confiee|remis|remise|laisse|laissee)\w* (?:\w+ ){0,8}pour (?:apres|quand (?:je|il|elle) (?:ne )?(?:serai|sera) plus la)\b`,
		// Leaving one's bank card and codes behind.
		`\blaisse\w* (?:\w+ ){0,2}(?:sa|ses|son) (?:carte bancaire|carte bleue|cb|codes|code secret) (?:et )?(?:ses |son |sa )?(?:codes?|code secret)?`),
	// Saying one will no longer need one's things.
	anyPhrase(`\bs en (?:chargera\w*|occupera\w*) (?:lui|elle|moi) meme\b|\b(?:n en |en )?(?:aura|aurait|aurai|aurais|auront) plus besoin\b|\bplus besoin de (?:rien|tout ca|ses affaires|mes affaires)\b`),
	// Putting one's affairs in order.
	anyPhrase(`\bmis (?:la maison|sa maison|ma maison|ses affaires|mes affaires|ses papiers|mes papiers|tout) en ordre\b|\brange\w* (?:toutes |tous )?(?:ses|mes) (?:affaires|papiers|comptes)\b|\b(?:n aient|n ait|n auront|n aura|aient|ait) (?:rien|plus rien) a (?:faire|gerer|payer|regler|chercher) apres (?:moi|lui|elle)\b|\bpaye (?:toutes )?(?:les|mes|ses) (?:factures|dettes)(?: \w+){0,6} (?:donne|range|regle|mis)\w*\b|\bmis (?:ses|mes) affaires en ordre\b|\btout (?:organiser|regler|ranger) avant\b|\b(?:ecrit|fait|redige|rediger|ecrire) (?:son|mon) testament\b|\b(?:j ai|il a|elle a|a) tout (?:prevu|prepare|organise|regle) pour (?:demain|ce soir|cette nuit|apres)\b`),
	// Thanks, goodbyes and pardons for everything, an odd calm.
	// The writer's own « merci pour tout » is a thank-you to the bot.
	anyPhrase(`\b(?:me|m a|m avait|nous a|nous) remercie\w* (?:pour|de) tout\b|\b(?:m a|nous a|m avait|lui a|m ont) dit merci pour tout\b|\bme remercier (?:pour|de) tout\b|\b(?:dois|faut|faudra) pas m en vouloir\b|\bne (?:pas|jamais) m en vouloir\b|\bm en veux pas\b|\bpardon pour tout\b|\bce n est (?:la )?faute (?:de|a) personne(?: (?:et|dites|dis|je|j|vous|tu|pardon|merci|surtout)\b|$)|\b(?:il|elle) (?:a l air|avait l air|etait|est|semblait|semble) (?:tres |etrangement |trop |bizarrement |si )?calme\b|\b(?:dit|fait|faire|dire) (?:ses |mes )?(?:adieux|adieu|au revoir a tout le monde)\b|\b(?:messages?|lettres?|mots?|sms|textos?) d adieu\b|\b(?:son|mon|leur|c etait|cetai|cetait) (?:\w+ )?dernier (?:post|message|story|snap|tweet|statut)\b`,
		// « Tu n'auras plus à t'inquiéter pour moi », « vous serez
		// tranquilles sans moi ».
		`\b(?:plus|pas) (?:a|besoin de) (?:t|vous|te|s|se) (?:inquieter|en faire) pour (?:moi|lui|elle)\b|\bne (?:t|vous) inquiet\w* plus pour moi\b|\b(?:serez|serait|serais|seront|sera|serai) (?:\w+ )?(?:mieux|tranquilles?|debarrasse\w*) sans moi\b|\bdebarrass\w* de moi\b|\b(?:etre|suis|serai|devenir|reste) (?:qu )?un (?:poids|fardeau)\b`,
		// « Vous n'aurez plus à me supporter », « vous ne me verrez plus »,
		// a love said at night: « pour me dire qu'elle m'aimait ».
		`\b(?:aurez|aurons|auras|aura|auront|aurai) plus a (?:me|le|la|nous) supporter\b|\bne (?:me|nous) (?:verrez|verras|verront|reverrez|reverras|reverront) plus\b|\b(?:dire|dit|ecrit) qu (?:il|elle) (?:m|nous|t) aimait\b`),
	// Taking out a weapon: « il a sorti le fusil de chasse ».
	anyPhrase(`\b(?:sorti|pris|charge|prend|tient|tenait|cache|achete)\w* (?:\w+ ){0,2}(?:fusil|carabine|arme|pistolet|revolver)s?\b`,
		// A rope found where someone lives: « j'ai trouvé une corde dans le garage ».
		`\b(?:trouve|vu|achete|accroche)\w* (?:une|la|sa|une grosse) corde\b`,
		// A rope set or taken away: « j'ai mis la corde dans le garage »,
		// « parti avec la corde ».
		`\b(?:mis|pose|prepare|parti|partie|pris|emporte)\w* (?:avec )?(?:une|la|sa|ma) corde\b`,
		// A height posted, or freedom soon: « une photo du viaduc avec
		// “bientôt libre” ».
		`\b(?:publie|poste|partage|envoye|mis)\w* (?:\w+ ){0,6}(?:photo|video|story|image)s? (?:\w+ ){0,2}(?:du|d un|de la|d une|sur le|sur un|depuis le|depuis un) (?:viaduc|pont|toit|falaise|rails|voie ferree|parapet|barrage)\b|\bbientot libres?\b`,
		// A gun at home: « il a un fusil de chasse chez lui ».
		`\b(?:a|ai|avait|possede|garde)\w* (?:un|une|son|sa|des|ses) (?:fusil|carabine|arme|pistolet|revolver)s?\b`),
	// A letter left for those who stay, or a problem settled « once and for all ».
	anyPhrase(`\b(?:une|sa|la|des|ses|mes) lettres? (?:pour|pr|a) (?:nous|moi|toi|vous|sa|son|ses|mes|ma|mon|chacun|chacune|tout le monde)\b|\b(?:regler|en finir|finir)(?: \w+){0,2} une bonne fois pour toutes\b`),
	// Speaking of joining someone (who died).
	anyPhrase(`\b(?:rejoindre|retrouver) (?:son|sa|mon|ma|ses|mes|notre) (?:mari|femme|epoux|epouse|pere|mere|fils|fille|defunt|defunte|parents|compagnon|compagne)\b|\brejoindre (?:papa|maman|papi|mamie)\b|\b(?:va|vais|veut|veux|voulait|aller|partir|bientot) (?:bientot )?(?:la|le|les) rejoindre\b`),
	// No longer answering, or shut in one's room for days.
	anyPhrase(`\bne (?:repond|decroche|reagit) plus\b|\b(?:il|elle) (?:repond|decroche) plus\b|\b(?:injoignable|plus de nouvelles)\b|\b(?:telephone|portable|tel) (?:sonne|sonnait) dans le vide\b|\b(?:on|je|nous) (?:ne )?(?:sait|sais|savons) pas ou (?:il|elle) est\b|\bs est enferme\w* dans (?:sa|son) (?:chambre|bureau|garage)\b`),
	// Not knowing why one tells it: « je sais pas pourquoi je vous dis
	// ça ».
	anyPhrase(`\bsai(?:s|t) (?:pas|plus) pourquoi je (?:vous |te |t )?(?:dis|ecris|raconte) (?:ca|tout ca|cela)\b`),
	// Stopped eating or caring for oneself: « elle ne mange plus rien
	// depuis une semaine », « il a arrêté son traitement ».
	anyPhrase(`\b(?:ne )?(?:mange|mangent|mangeait) (?:plus|pu) (?:rien|du tout)\b|\bne (?:mange|s alimente) plus\b|\brefuse de (?:manger|s alimenter)\b|\barrete de (?:manger|s alimenter|prendre (?:son|ses) (?:traitement|medicaments|insuline))\b`),
	// An attempt before: « il a déjà fait une tentative ».
	anyPhrase(`\bdeja (?:fait|tente|fait une) (?:une )?(?:tentative|ts)\b|\bdeja (?:essaye|tente) de (?:se|me|mettre fin)\b`),
}

// farewellStrong is the number of strong kinds, first in farewellKinds.
const farewellStrong = 5

// officeSilence is a silence to an office's letters or calls (« elle ne
// répond plus aux appels du notaire »), no sign of a farewell.
var officeSilence = guard(`\bne (?:repond|decroche) (?:plus|pas) (?:aux|a ses|a mes|a leurs|a nos) (?:appels|mails|courriers|lettres|relances|messages) (?:du|de la|des|de l) \w+`)

// farewellSigns reports whether the message, as words, holds signs of a
// farewell of two kinds, one of them strong.
func farewellSigns(text string) bool {
	text = officeSilence.ReplaceAllString(text, "")
	kinds, strong := 0, false
	for i, re := range farewellKinds {
		if re.MatchString(text) {
			kinds++
			strong = strong || i < farewellStrong
		}
	}
	if leavingDecided(text) {
		kinds++
	}
	return kinds >= 2 && strong
}

// leavingWords are leaving told as a decision (« je ne compte pas rester
// longtemps », « j'ai décidé d'arrêter »), a weak sign of a farewell, and
// plannedWords the words after them that make them another plan: a
// place, a time, a thing (« dans ce logement », « de travailler », « en
// juin »).
var (
	leavingWords = guard(`\b(?:(?:compte|pense|vais) (?:pas|plus) rester (?:bien |tres |trop )?longtemps|decide (?:d|de) (?:arreter|en finir|partir))(?: (\w+))?`)
	plannedWords = map[string]bool{
		"dans": true, "a": true, "au": true, "aux": true, "en": true, "ici": true, "chez": true, "sur": true,
		"la": true, "le": true, "les": true, "l": true, "de": true, "d": true, "du": true, "des": true,
		"avec": true, "pour": true, "vers": true, "loin": true, "demain": true, "bientot": true,
		"vivre": true, "habiter": true, "travailler": true, "mon": true, "ma": true, "mes": true,
		"ce": true, "cette": true, "son": true, "sa": true, "ses": true, "leur": true, "un": true, "une": true,
	}
)

// leavingDecided reports whether the message tells leaving as a decision
// with no other plan after it.
func leavingDecided(text string) bool {
	for _, m := range leavingWords.FindAllStringSubmatch(text, -1) {
		if !plannedWords[m[1]] {
			return true
		}
	}
	return false
}

// leftBehind is a partner the writer left, and following the cues of
// being followed or waited for: together, « depuis que je l'ai quitté il
// m'attend à la sortie du travail », « mon ex est en bas de l'immeuble
// depuis une heure » is stalking, while « mon mari
// m'attend à la sortie du travail » is an ordinary evening.
var (
	leftBehind = anyPhrase(`\b(?:je l ai quitte\w*|l ai quitte\w*|on s est separes?|on est separes?|depuis (?:notre|la) separation|depuis le divorce|mon ex|son ex)\b`)
	following  = anyPhrase(`\b(?:m attend\w*|attend\w* (?:\w+ ){0,2}(?:devant|en bas de) (?:mon|ma|chez moi)|en bas de chez moi|me suit|me suivent|me surveill\w*|rode\w*|me guett\w*|devant chez moi|(?:est|reste|attend\w*|tourne|guette|plante) (?:\w+ ){0,2}en bas de (?:l |mon |notre |la |ma )?(?:immeuble|residence|bat\w*|tour|chez moi)|devant mon travail|devant l ecole|sous mes fenetres)\b`)
)

// followedAfterLeaving reports whether the writer tells being followed
// by a partner they left.
func followedAfterLeaving(text string) bool {
	return leftBehind.MatchString(text) && following.MatchString(text) && !exHandover.MatchString(text)
}

// oldOrAlone is an old person or one who lives alone, and silentAtHome
// the signs that they no longer answer at home: together, « ma mère a 84
// ans… ce soir elle ne décroche pas, les volets sont restés fermés » is a
// fall or a malaise until someone has looked. « Ne répond pas » alone is
// as often about letters.
var (
	oldOrAlone   = anyPhrase(`\b(?:(?:[7-9][0-9]|1[01][0-9]) ans|agee?s?|personne agee|vit seule?|vivait seule?|habite seule?)\b`)
	silentAtHome = anyPhrase(`\b(?:ne decroche (?:pas|plus)|n ouvre (?:pas|plus) (?:la porte|quand|depuis)|courrier s (?:accumule|entasse)|(?:tele|television|radio|lumiere) (?:\w+ )?allumee? (?:en continu|jour et nuit|depuis)|volets (?:\w+ ){0,2}fermes|ne repond (?:pas|plus) (?:au telephone|a la porte|aux appels|quand je sonne))\b`)
)

// oldPersonSilent reports whether an old person, or one living alone, no
// longer answers at home.
func oldPersonSilent(text string) bool {
	return oldOrAlone.MatchString(text) && silentAtHome.MatchString(text)
}

// leftAlone is someone who leaves a child alone, and youngChild a child
// too young to stay so: together, « elle laisse ses jumeaux de 2 ans
// seuls » is a child in danger, while « je laisse mon fils de 14 ans seul
// le mercredi » is family life. The family is a rule, not an example:
// ordinary entries that tell of babies and childcare cannot teach it
// that a toddler alone is ordinary, as they can the danger reader.
var (
	leftAlone  = anyPhrase(`(?:elle|il|ils|elles|qui|mere|pere|parents|maman|papa|voisine?s?|nounou|nourrice|collegue|daronne?|fille|soeur|belle fille)(?: \w+){0,2} (?:laisse|laissent|laissait|laissaient|a laisse|ont laisse|avait laisse)(?: \w+){0,8}? (?:tout |toute |tous |toutes )?seule?s?`)
	youngChild = anyPhrase(`[0-6](?: et [0-9]+)? ?ans?|[0-9]+ mois|bebes?|bb|nourrissons?|jumeaux|jumelles|tout petite?s?`)
)

// youngChildLeftAlone reports whether the message tells a young child
// left alone by someone.
func youngChildLeftAlone(text string) bool {
	return leftAlone.MatchString(text) && youngChild.MatchString(text)
}

// Being afraid to go home to someone who drank or who hurt the writer
// before: « je ne veux pas rentrer ce soir, il a bu, la dernière fois
// j'ai fini aux urgences ». Either half alone is an ordinary evening.
var (
	notGoingHome = guard(`\b(?:veux|ose|peux|veut|voulons) (?:pas|plus) (?:rentrer|retourner)\b`)
	harmAtHome   = guard(`\b(?:il|elle) (?:m a|ma|m avait) menacee?\b|\b(?:il|elle) (?:a|avait) (?:encore |trop |beaucoup )?bu\b|\b(?:il|elle) est (?:encore |completement |tout )?(?:saoule?|soule?|ivre|bourree?|defoncee?)\b|\b(?:fini|finie|termine|terminee|atterri|atterrie) aux urgences\b|\bderniere fois (?:\w+ ){0,8}(?:frappe\w*|tape\w*|cogne\w*|battue?|casse\w*|urgences|saigne\w*)\b`)
)

// afraidToGoHome reports whether the message, as words, tells a writer
// afraid to go home to someone who drank or hurt them before.
func afraidToGoHome(text string) bool {
	return notGoingHome.MatchString(text) && harmAtHome.MatchString(text)
}

// strandedAt is a place where travellers are stranded, and noMoneyForHotel
// the want of a room or of money to pay one: together, « je suis à la
// gare routière avec ma mère, nous n'avons pas d'hôtel ni d'argent pour en
// payer un » is a night outside, while « pas d'argent pour l'hôtel des
// vacances » is a budget.
var (
	strandedAt      = guard(`\b(?:gare(?: routiere)?|aeroport|arret de bus|sur un banc|dans la rue|dans un parc)\b`)
	noMoneyForHotel = guard(`\b(?:pas|ni|plus) (?:d |de l )?(?:argent|sous|moyens?)(?: \w+){0,3} (?:hotel|payer (?:un|l|une) (?:hotel|chambre|nuit))\b|\b(?:pas|ni|plus) d hotel ni\b|\b(?:hotel|foyer|auberge)s? (?:ne )?(?:veut|veulent) plus (?:de )?(?:moi|nous)\b|\b(?:vire|viree|chasse|chassee|mis|mise|expulse|expulsee)s? (?:dehors )?de l hotel\b`)
)

// strandedNoHotel reports whether the writer is stranded where travellers
// wait with no room and no money for one.
func strandedNoHotel(text string) bool {
	return strandedAt.MatchString(text) && noMoneyForHotel.MatchString(text)
}

// chronicCare is a treatment one's life hangs on (dialysis, insulin, a
// heart that fails), breathless the signs that it fails, and careNow a
// time of now or a treatment missed: together, « je suis dialysé, j'ai
// raté ma séance, ce soir je suis tout gonflé et essoufflé » is the 15,
// while « dialysé et essoufflé quand je marche, j'ai droit à la carte
// mobilité ? » is a question of rights.
var (
	chronicCare = guard(`\b(?:dialys\w*|insuffisan\w* (?:cardiaque|renale?|respiratoire)|insuline|greffe\w*|sous oxygene|bpco)\b`)
	breathless  = guard(`\b(?:essouffl\w*|souffle court|gonfle\w*|enfle\w*|respire mal|du mal a respirer|manque d air|confus\w*|somnolent\w*)\b`)
	careNow     = guard(`\b(?:ce soir|cette nuit|ce matin|aujourd hui|maintenant|en ce moment|la je|depuis (?:hier|ce matin|tout a l heure)|(?:rate|manque|loupe|saute|pas fait|pas pu faire) (?:ma|sa|la|mon|son|une) (?:seance|dialyse|injection|piqure|traitement))\b`)
)

// chronicCareFails reports whether someone whose life hangs on a
// treatment tells that their body fails now.
func chronicCareFails(text string) bool {
	return chronicCare.MatchString(text) && breathless.MatchString(text) && careNow.MatchString(text)
}

// confusedSpeech is speech or recognition that fails, and suddenOnset a
// start of minutes or hours ago, or a diabetic: together, « depuis une
// demi-heure elle dit des choses sans queue ni tête » is a stroke or a
// low sugar; alone, « ma mère ne me reconnaît plus » is as often an old
// illness, and a question about the APA.
var (
	confusedSpeech = guard(`\b(?:sans queue ni tete|dit n importe quoi|dit des choses bizarres|parle (?:bizarre|bizarrement|de travers)|incoherente?s?|ne (?:me|nous|le|la) reconnai\w* (?:plus|pas)|ne sait plus ou (?:il|elle) est|mots qui ne veulent rien dire)\b`)
	suddenOnset    = guard(`\b(?:depuis (?:une|un|\d+|quelques|une demi|vingt|dix) (?:demi )?(?:heures?|minutes?|h|min|mn)|d un coup|tout a coup|soudain\w*|brusquement|depuis tout a l heure|depuis ce matin|depuis ce soir|diabet\w*)\b`)
)

// suddenConfusion reports whether someone became confused suddenly.
func suddenConfusion(text string) bool {
	return confusedSpeech.MatchString(text) && suddenOnset.MatchString(text)
}

// noOneToSleepAt is having nowhere and no one to sleep at, and homeLost a
// home made unfit today, or a time of now: together, « l'appartement est
// inondé depuis ce matin… on n'a personne chez qui dormir » is a night
// with no roof.
var (
	noOneToSleepAt = guard(`\b(?:personne|aucun ami|aucune famille|pas de famille|pas d amis?) (?:\w+ )?chez qui (?:dormir|aller|loger|nous loger|me loger|passer la nuit)\b|\b(?:pouvait|pouvons|peut|peux|pouvez) pas (?:y )?rester (?:\w+ ){0,3}(?:cette nuit|ce soir)\b`)
	homeLost       = guard(`\b(?:ce soir|cette nuit|ce matin|aujourd hui|cet apres midi|inonde\w*|incendie\w*|brule\w*|evacue\w*|plafond (?:est )?tombe|effondre\w*|insalubre|interdit d acces)\b`)
)

// nowhereTonight reports whether the writer has no one to sleep at, their
// home lost or the night near.
func nowhereTonight(text string) bool {
	return noOneToSleepAt.MatchString(text) && homeLost.MatchString(text)
}

// inCar is sleeping in a car or a tent, and nightsGoOn that it goes on or
// is tonight: together, « on dort dans sa voiture depuis une semaine
// avec deux enfants » is a night with no roof, while « il dort dans sa
// voiture quand il fait les marchés » is a job.
var (
	inCar      = guard(`\b(?:dort|dors|dormons|dorment|dormait|dormi|dormir|vit|vis|vivons|vivent) (?:\w+ )?(?:dans|ds) (?:sa|ma|la|notre|leur|une|mon|son|leurs|nos) (?:voiture|auto|bagnole|camionnette|caisse|tente|van)\b`)
	nightsGoOn = guard(`\b(?:depuis (?:\d+|un|une|deux|trois|quatre|quelques|plusieurs|des) (?:jours?|nuits?|semaines?|mois)|depuis (?:que|qu|ke|k)|ce soir|cette nuit|tous les soirs|chaque nuit|toutes les nuits|en ce moment|maintenant)\b`)
)

// carNights reports whether the writer, or those they name, sleep in a
// car or a tent night after night, or tonight.
func carNights(text string) bool {
	return inCar.MatchString(text) && nightsGoOn.MatchString(text)
}

// aloneForDays is someone, not the writer, alone for days, or a parent
// gone for days told time first: with a young child (youngChild), « un
// petit de 5 ans tout seul dans l'appart d'à côté depuis 2 jours, la mère
// est partie » is a child in danger, while « je suis seule depuis 3 jours,
// mon mari est en déplacement » is an ordinary week.
var aloneForDays = anyPhrase(
	`(?:il|elle|ils|elles|qui|petit|petite|petits|petites|enfant|enfants|bebe|bebes|gamin|gamine|gamins|gosse|gosses|fils|fille|jumeaux|ans|mois) (?:\w+ ){0,2}(?:tout |toute |tous |toutes )?seule?s? (?:\w+ ){0,6}depuis (?:(?:\d+|deux|trois|quatre|cinq|plusieurs|des) (?:jours?|nuits?)|hier|avant hier)`,
	`depuis (?:\d+|deux|trois|quatre|cinq|plusieurs|des) (?:jours?|nuits?) (?:\w+ ){0,2}(?:la |sa |leur |leurs |ses )?(?:mere|pere|parents|maman|papa|daronne?|daron) (?:\w+ ){0,2}(?:partie?s?|pas la|absente?s?|disparue?s?|pas rentree?s?|pas revenue?s?)`,
)

// youngChildAloneForDays reports whether the message tells a young child
// alone, or without their parent, for days.
func youngChildAloneForDays(text string) bool {
	return aloneForDays.MatchString(text) && youngChild.MatchString(text)
}

// onlineStranger is an adult met online, and goneAway a departure, a
// silence or a ticket sent: together, « ma fille de 14 ans parlait sur
// internet avec un homme adulte qui lui a envoyé un billet de train, elle
// est partie ce matin » is a child in danger (the family counts only when
// a child is named); « un homme sur Leboncoin m'a envoyé un faux billet de
// train » is a scam.
var (
	onlineStranger = anyPhrase(`(?:homme|adulte|inconnue?|mec|type|monsieur|majeur)s? (?:\w+ ){0,6}(?:sur|par|via) (?:internet|le net|snap\w*|insta\w*|tiktok|les reseaux|discord|whatsapp|facebook|un jeu)|(?:sur|par|via) (?:internet|le net|snap\w*|insta\w*|tiktok|les reseaux|discord|whatsapp|facebook|un jeu) (?:\w+ ){0,4}(?:avec )?(?:un|une|cet|ce) (?:homme|adulte|inconnue?|mec|type|monsieur|majeur)`)
	goneAway       = anyPhrase(`(?:est|etait) (?:partie?|disparue?|introuvable|injoignable)|a (?:fugue|disparu)|pas rentree?|(?:la|le) rejoindre|(?:telephone|portable|tel) (?:ne repond plus|est coupe|eteint)|(?:envoye|paye|achete) (?:\w+ ){0,3}billet`)
)

// goneToOnlineStranger reports whether the message tells someone gone, or
// sent a ticket, by an adult met online.
func goneToOnlineStranger(text string) bool {
	return onlineStranger.MatchString(text) && goneAway.MatchString(text)
}

// headBlow is a blow or a fall on the head, and headSigns the signs that
// the brain suffers: together, « il s'est cogné la tête sur le carrelage,
// depuis il a vomi deux fois et il s'endort sans arrêt » is the 15, while
// « il s'est cogné la tête à la récré, il faut un certificat ? » is
// paperwork.
var (
	headBlow  = anyPhrase(`(?:cogne|tape|heurte|tombe|tombee|frappe)\w* (?:\w+ ){0,4}(?:la|sa|sur la|de la) tete|(?:choc|coup) (?:a|sur|derriere) la tete|traumatisme cranien`)
	headSigns = anyPhrase(`vomi\w*|s endort|s endormir|somnolent\w*|(?:du mal a|dois|faut|arrive pas a) (?:le |la )?(?:reveiller|secouer)|(?:ouvre|ouvrir) (?:pas |plus |a peine )?les yeux|perdu connaissance|perd connaissance|saigne\w* (?:de l oreille|des oreilles)|ne (?:me|nous) reconnai\w*|convuls\w*|pupilles?`)
)

// headBlowSigns reports whether someone hit their head and shows signs
// that the brain suffers.
func headBlowSigns(text string) bool {
	return headBlow.MatchString(text) && headSigns.MatchString(text)
}

// onAHeight is the writer on a roof, a bridge, a ledge, and lostWords a
// writer who does not know why they write, or says goodbye: together,
// « je suis sur le toit de l'immeuble, je sais pas pourquoi je vous
// écris » is distress, while « je suis sur le toit pour l'antenne, le
// syndic doit payer ? » is work.
var (
	onAHeight = anyPhrase(`(?:je suis|suis|jsuis|chui|je me trouve|assise?|debout|montee?) (?:\w+ ){0,2}(?:sur|en haut (?:de|du)|au bord (?:de|du)) (?:le |la |l |un |une |mon |ma )?(?:toit|pont|falaise|parapet|rebord|rambarde|viaduc|rails|voie ferree|dernier etage)`)
	lostWords = anyPhrase(`sais (?:pas|plus) (?:pourquoi|ce que je fais)|pourquoi je (?:vous |t )?ecris|plus la force|(?:dire|dis|dit) au revoir|dernier message|adieu|plus envie|c est fini pour moi|fatiguee? de tout`)
)

// lostOnAHeight reports whether the writer is on a height and lost.
func lostOnAHeight(text string) bool {
	return onAHeight.MatchString(text) && lostWords.MatchString(text)
}

// putOut is someone put out of where they live, and whereTonight a
// question of where to sleep tonight: together, « mon frère vient de se
// faire mettre à la porte par sa copine… il peut aller où ce soir ? » is
// a night with no roof. A job or an office one is put out of is a figure
// (masked first).
var (
	putOut       = anyPhrase(`(?:mis|mise|mettre|jete|jetee|jeter|vire|viree|virer|chasse|chassee|chasser|foutu|foutue|foutre) (?:a la porte|dehors)|(?:vire|viree|jete|jetee|chasse|chassee)s? (?:de chez|du logement|de l appart\w*|de la maison)`)
	whereTonight = anyPhrase(`(?:aller|dormir|loger|passer la nuit|dort|dormira|ira) (?:\w+ )?ou (?:ce soir|cette nuit)|ou (?:\w+ ){0,3}(?:aller|dormir|passer la nuit|loger|dort|dormira|ira) (?:ce soir|cette nuit)`)
)

// putOutTonight reports whether someone was put out and has nowhere to
// sleep tonight.
func putOutTonight(text string) bool {
	return putOut.MatchString(text) && whereTonight.MatchString(text)
}

// lockedOut is a home someone else keeps the writer out of, nightTime a
// time of night and outsideDoor the writer outside: together, « mon mari
// est parti avec les clés, le gardien refuse de m'ouvrir, je suis dans le
// hall avec ma fille et il est 22 h » is a night with no roof; « le
// gardien refuse de m'ouvrir le local à vélos » is a quarrel.
var (
	lockedOut   = anyPhrase(`(?:parti|partie) avec (?:les|mes|nos|ses) (?:cles|clefs)|(?:refuse|veut pas|veulent pas) (?:de )?(?:m|nous|me|lui) (?:ouvrir|laisser (?:entrer|rentrer))|(?:a|ont) change (?:la|les) serrures?|(?:m|nous) (?:a|ont) (?:enferme\w*|laisse\w*|mis\w*) dehors|(?:pris|garde|confisque) (?:mes|les|nos) (?:cles|clefs)`)
	nightTime   = anyPhrase(`il est (?:2[0-3]|1[89]|[0-4]) ?(?:h|heures?)|il est minuit|ce soir|cette nuit`)
	outsideDoor = anyPhrase(`(?:je suis|suis|on est|nous sommes|jsuis) (?:\w+ )?(?:dans le hall|sur le palier|dans la cage d escalier|dans l escalier|devant (?:la|ma|notre) porte|dehors|dans la rue)`)
)

// lockedOutAtNight reports whether the writer is kept out of their home
// at night.
func lockedOutAtNight(text string) bool {
	return lockedOut.MatchString(text) && nightTime.MatchString(text) && outsideDoor.MatchString(text)
}

// hiding is the writer hiding somewhere, and foundOut that someone found
// where or waits outside: together, « je suis cachée chez une amie, il a
// trouvé l'adresse et il tourne en bas de l'immeuble » is violence that
// follows the writer; « caché chez une amie pour la surprise » is a party.
var (
	hiding   = anyPhrase(`(?:je suis|suis|jsuis|on est|nous sommes|je me suis|je me|me suis|on s est|je reste|on reste) (?:\w+ )?(?:cachee?s?|refugiee?s?|planquee?s?|cache|refugie|planque)\b`)
	foundOut = anyPhrase(`(?:trouve|retrouve|decouvert|eu|su)\w* (?:l |mon |ma |notre |la nouvelle |ma nouvelle )?adresse|(?:tourne|rode|attend|guette|fait le guet|fait des tours|passe et repasse) (?:\w+ )?(?:en bas|devant|autour|dans la rue|sous les fenetres)|(?:sait|a su|a appris|a decouvert) ou je (?:suis|dors|vis|me cache)`)
)

// hidingFound reports whether the writer hides and someone found them
// or waits outside.
func hidingFound(text string) bool {
	return hiding.MatchString(text) && foundOut.MatchString(text)
}

// Control is violence too: a partner who holds the writer's money,
// card, papers or phone, checks every expense or every outing, or hands
// out money « au compte-gouttes » (« mon mari contrôle tout mon argent »,
// « il garde ma carte bleue, je dois lui demander pour acheter du
// pain »). The same words are everyday life about a thing or an office:
// « le contrôleur a contrôlé mon titre », « ma banque surveille mes
// dépenses », « mon mari gère les comptes » (sharing tasks is no
// control). So control counts only when a partner is named and is the
// one who controls (partnerNamed), or when the writer says they must ask
// leave to spend or to go out (askLeave).
var (
	partnerNamed = anyPhrase(`(?:mon|ma|mn|m) (?:mari|femme|epoux|epouse|conjoint|conjointe|compagnon|compagne|copain|copine|mec|homme|concubin|concubine|ex|fiance|fiancee|jules)\b`)
	// controls is the partner, or « il », « elle » after them, who
	// controls what belongs to the writer; one who takes it takes it
	// from the writer (« il m'a pris mon téléphone »: « mon mari a pris
	// ma carte pour les courses » is a loan).
	controls = anyPhrase(`(?:mari|femme|epoux|epouse|conjoint|conjointe|compagnon|compagne|copain|copine|mec|homme|concubin|concubine|ex|fiance|fiancee|jules|il|elle)(?: \w+){0,2} (?:(?:me |m a |ma |m )?(?:controle|controlait|controlent|surveille|surveillait|epluche|verifie|fouille|confisque|confisquait|garde|gardait|bloque|bloquait)|(?:me|m a|ma|m) (?:prend|prenait|pri|pris|prit|pique|piquait)) (?:tout |toute |tous |toutes )?(?:mon|ma|mes|mn) (?:argent|salaire|paie|paye|compte|comptes|carte bleue|carte bleu|carte bancaire|cb|carte|cartes|depenses|achats|courses|tickets|releves|papiers|passeport|titre de sejour|telephone|tel|portable|sorties|messages|sous|rsa|allocations?|chequier)\b`)
	// dripFed is money handed out « au compte-gouttes ».
	dripFed = anyPhrase(`(?:donne|donnait|verse|versait|file|filait|lache|lachait|passe)\w*(?: \w+){0,4} au compte gouttes`)
	// askLeave is leave to ask before spending or going out.
	askLeave = anyPhrase(`(?:je dois|j dois|dois|il faut que je|faut que je) (?:tout )?(?:lui )?demander (?:pour|avant de) (?:sortir|acheter|depenser|voir|aller|manger)|(?:je dois|j dois|dois|il faut que je|faut que je|oblige de|obligee de) (?:tout )?(?:lui )?demander? (?:la permission|l autorisation|son accord|de l argent)(?: \w+){0,2} (?:pour|avant de) (?:acheter|sortir|depenser|voir|manger|m acheter|aller)`)
)

// coerciveControl reports whether a partner controls the writer's money,
// papers, phone or outings.
func coerciveControl(text string) bool {
	if askLeave.MatchString(text) {
		return true
	}
	return partnerNamed.MatchString(text) && (controls.MatchString(text) || dripFed.MatchString(text))
}

// A bruise or a black eye on someone, and their fear of a named person or
// a keeper who never leaves them alone, are the signs of violence a
// visitor sees: « elle avait l'œil tout noir, il ne la laissait pas me
// parler seule, elle m'a dit qu'elle avait peur de lui », or blows heard
// through the wall and a mark on a child's cheek. One sign alone
// is everyday life (« un œil au beurre noir au foot », « peur de lui
// dire que j'ai raté le permis »).
var (
	injurySeen = anyPhrase(`(?:une |des )?(?:nouvelles? )?(?:marques?|traces?|bleus?) (?:\w+ ){0,1}sur (?:la|sa|le|son|les|ses|mes|mon|ma) (?:joue|joues|visage|bras|cou|dos|cuisses?|jambes?|figure|poignets?)|nez en sang|(?:oeil|yeux) (?:gonfle|gonfles|tumefie\w*|poche)|levre (?:ouverte|fendue|eclatee|en sang)|(?:oeil|yeux) (?:tout |toute |tous |au beurre )?noirs?|(?:des|plein de) (?:bleus|hematomes|marques|traces de coups)|(?:levre|arcade) (?:ouverte|fendue|eclatee)|(?:une |des )?(?:marques?|traces?) (?:rouges?|de coups|de doigts|de ceinture|de main) sur (?:la|sa|le|son|les|ses) (?:joue|joues|visage|bras|cou|dos|cuisses?|jambes?|figure)`)
	// heardBlows are blows or cries heard through a wall.
	heardBlows = anyPhrase(`(?:entends|entend|entendu|entendons|entendait)(?: \w+){0,3} (?:des |les )?(?:hurlements|cris|chocs|coups|claques|pleurs|supplie\w*)`)
	keptInFear = anyPhrase(`(?:retourn\w*|repartie?|reparti|rentree?) chez (?:lui|son mari|son compagnon|son copain|son conjoint|son fils)|devant (?:lui|son mari|son fils|son compagnon|son conjoint)|(?:il|elle) s excuse (?:\w+ ){0,2}(?:apres|ensuite)|(?:dit|demande) (?:toujours )?pardon (?:apres|ensuite)|(?:n ose|n osait|ose pas|osait pas|ose plus) (?:rien )?(?:dire|parler)|(?:garde|prend|gere|confisque) (?:aussi )?(?:sa|son|ses) (?:carte|cheque|chequier|argent|retraite|pension)\w*|(?:a|avait|ai|as|avoir) peur (?:de|d) (?:lui|elle|eux)(?: (?:et|mais|quand|depuis|parce|car|il|elle)\b|$)|(?:a|avait|ai|as|avoir) peur (?:de|d) (?:son|sa|mon|ma) (?:mari|fils|oncle|frere|pere|conjoint|compagnon|copain|petit fils|gendre|neveu|fille|femme|tante|belle fille|compagne|ex)\b|(?:ne |n )?(?:la|le|les|me) laiss\w* (?:pas|plus|jamais) (?:me |nous |lui |leur )?(?:parler|sortir|voir|seule?s?|telephoner)`,
		// A child who will not go back to a parent, who threatens to come
		// and take them: « il ne veut plus rentrer chez sa mère ».
		`(?:veut|veux|voulait|veulent) (?:pas|plus) (?:retourner|rentrer|repartir) chez (?:son|sa|ses|leur) (?:pere|mere|papa|maman|parents|beau pere|belle mere)|menace\w* de (?:venir )?(?:la|le|les) (?:chercher|reprendre|recuperer)`)
)

// injuredAndAfraid reports whether someone bears marks of blows and is
// afraid of, or kept by, a named person, or blows were heard.
func injuredAndAfraid(text string) bool {
	return injurySeen.MatchString(text) && (keptInFear.MatchString(text) || heardBlows.MatchString(text))
}

// childPutOutExpr is a child a parent puts out or shuts out, in the
// cold, at night or half dressed: « ses parents l'ont mis sur le balcon
// en pyjama », « la mère les met dehors et ferme à clé ». childPutOut
// reads it alone: such children are the 119's, even when no roof is
// their danger (separate).
const childPutOutExpr = `(?:parents?|pere|mere|papa|maman|beau pere|belle mere) (?:\w+ ){0,2}(?:m ont|m a|mon|ma|(?:les|le|la|l)(?: a| ont| avait)?) (?:met|mettent|mettait|mis|mise|enferme\w*|laisse\w*) (?:dehors (?:et|puis) (?:ferme|ferment|fermait|verrouille)\w* (?:a cle|la porte)|dehors (?:la nuit|toute la nuit|dans le noir)|(?:dehors )?(?:sur le (?:balcon|palier)|dans (?:le froid|la cour)|(?:dehors )?en (?:pyjama|t shirt|tee shirt|chaussettes|culotte)|(?:dehors )?pieds nus))`

var childPutOut = anyPhrase(childPutOutExpr)

// minorInCharge reports a child who writes that they are left in charge
// with no parent and no food: « j'ai 15 ans, ma mère est partie il y a
// deux semaines, je garde mes petits frères, il n'y a plus rien à
// manger ».
func minorInCharge(text string) bool {
	return leftInCharge.MatchString(text) && minorWriter.MatchString(text)
}

var leftInCharge = guard(`\b(?:plus rien a manger|rien a manger|(?:mere|pere|parents|maman|papa|daronne?|daron) (?:est |sont )?(?:partie?s?|disparue?s?|pas rentree?s?|pas revenue?s?)|garde (?:\w+ ){0,3}(?:freres?|soeurs?) (?:tout |toute )?seule?s?)\b`)

// thingsOutTonight reports one's things put out of a home today, told as
// where they lie: « ce soir son mari a dit que c'était fini, mes sacs
// sont sur le palier ». Things out on a moving day are no eviction.
func thingsOutTonight(text string) bool {
	return thingsOut.MatchString(text) && hostsNightNear.MatchString(text) && !moving.MatchString(text)
}

var moving = guard(`\b(?:demenag\w*|emmenag\w*|cartons?)\b`)

var thingsOut = guard(`\b(?:mes|nos|ses|leurs) (?:affaires|sacs?|valises?) (?:sont|est|ont ete|etaient|se retrouvent) (?:\w+ ){0,2}(?:sur le palier|dehors|dans la rue|devant la porte|sur le trottoir|dans le hall de l immeuble|dans le hall de la residence|dans l escalier|dans les escaliers)\b`)

// A child filmed or photographed naked or in secret: « des photos de ma
// fille sous la douche sur son téléphone », « il filmait mon fils en
// cachette ». A child must be named (signalledEntry).
var childFilmed = guard(`\b(?:filme\w*|photographie\w*|enregistre\w*|videos?|photos?) (?:\w+ ){0,8}(?:en cachette|a (?:son|leur) insu|sans (?:qu elle|qu il|qu ils) le sache\w*|nue?s?|toute? nue?s?|sous la douche|dans (?:la|sa) (?:salle de bain|douche|baignoire)|aux toilettes|dans les toilettes|en train de se (?:laver|doucher|changer|deshabiller))\b`).MatchString

// A young child alone in a public place, told by a passer-by: « un
// gosse de 8 ans tout seul au parking depuis une heure », « petite fille
// seule à l'arrêt de bus, la nuit ». One's own child who travels alone
// (« mon fils de 10 ans prend le train seul ») is no stray: the child is
// told with no possessive, and is twelve at most.
var strayChildAlone = guard(`(?:^|\b(?:un|une|y a un|y a une|il y a un|il y a une|vu un|vu une|trouve un|trouve une|voit un|vois un|vois une) )(?:gamin|gamine|gosse|enfant|petit|petite|petit garcon|petite fille|garcon|fillette|mome|minot)s? (?:de (?:[1-9]|1[0-2]) ans )?(?:\w+ )?(?:tout |toute )?seule?s? (?:\w+ ){0,3}(?:gare|rue|dehors|arret|abribus|quai|parking|parc|square|nuit|froid|centre commercial|supermarche)\b`).MatchString

// strayChildSleeping reports a child not the writer's who sleeps outside
// or in a building's corners with no parent beside them (childSleepsOut,
// sleepsBeside): the 119's, whatever the ranking says.
func strayChildSleeping(text string) bool {
	return sleepVerb.MatchString(text) && childSleepsOut.MatchString(text) && !sleepsBeside.MatchString(text)
}

// sleepVerb is childSleepsOut's verb, looked for first: most messages
// hold none.
var sleepVerb = guard(`\b(?:dort|dor|dorment|dormait|dormaient|dormi|passe la nuit|passent la nuit|passe ses nuits)\b`)

// minorMarried is a minor whose family will marry them off: « j'ai 15
// ans, mon père a promis de me marier cet été », « mineure, on m'emmène
// au pays pour me marier ». Without the age it is a wedding plan.
var marriedOff = guard(`\b(?:veut|veulent|va|vont|vais|compte\w*|prevoi\w*|promis|oblige\w*|force\w*|emmene\w*|envoye\w*|envoyer|emmener)(?: \w+){0,6} (?:me|m|la|le) mari\w*\b`)

func minorMarried(text string) bool {
	return marriedOff.MatchString(text) && minorWriter.MatchString(text)
}

// Shut in and cut off: the keys and the phone taken, the writer unable
// to go out (« il a pris les clés et mon portable, je ne peux pas sortir
// de l'appart »), or held like a prisoner by someone who controls
// everything (« il contrôle tout, je vis comme une prisonnière »). One cue
// alone is everyday life: a lost key, a phone in repair, a boss who
// controls everything.
var (
	keysTaken  = guard(`\b(?:pris|pri|prit|prend|confisque\w*|cache\w*|garde\w*|enleve\w*|emporte\w*) (?:\w+ ){0,1}(?:mes|les|ma|mon|nos) (?:cles?|clefs?|telephone|tel|portable|papiers|passeport)\b`)
	cantGoOut  = guard(`\b(?:(?:peux|peu|peut|pouvons|pourrai|pourrais) (?:pas|plus|pa|pu) (?:sortir|partir|m en aller|appeler|telephoner)|enferme\w*|bloque\w* (?:a la maison|dans l appart\w*|chez (?:moi|lui|nous))|(?:je )?(?:t|vous) ecri\w* (?:\w+ ){0,3}(?:en cachette|avec (?:celui|le tel|le telephone|le portable)))\b`)
	prisonerAt = guard(`\b(?:suis|me sens|vis comme|etre|comme une?) (?:sa |une |un )?prisonni\w*(?: (?:chez moi|chez lui|a la maison|dans mon couple|de lui|de mon mari|de mon compagnon))?$|\b(?:suis|me sens|vis comme|comme une?) (?:sa |une |un )?prisonni\w* (?:chez moi|chez lui|a la maison|dans mon couple|de lui|de mon mari|de mon compagnon)\b`)
	controlAll = guard(`\b(?:il|elle|mari|femme|conjoint|compagnon|compagne|copain|copine|mec|ex) (?:\w+ ){0,2}(?:controle|surveille|decide|gere|choisit) tout\b`)
)

func shutInCutOff(text string) bool {
	return keysTaken.MatchString(text) && cantGoOut.MatchString(text) || controlAll.MatchString(text) && prisonerAt.MatchString(text)
}

// burnWithMeInside is a threat to burn or blow up a home with the writer
// or the children in it: « il a dit qu'il brûlerait l'appart avec nous
// dedans ».
var burnWithMeInside = anyPhrase(`(?:brul|incendi|fai\w* sauter|mettr\w* le feu|mettre le feu|fout\w* le feu)\w*(?: \w+){0,4} avec (?:moi|nous|les enfants|les petits|mes enfants|nous tous|toute la famille|ma fille|mon fils) (?:dedans|a l interieur)\b`)
