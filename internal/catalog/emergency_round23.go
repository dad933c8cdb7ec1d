package catalog

// Families of the twenty-third round (distress21, issue 19): the general
// ways of telling a danger the forty-fourth set showed missing, each with
// the ordinary look-alikes it must leave calm (emergency_round23_test.go).

// A relative who no longer speaks or goes out but with the partner there,
// a bruise seen: « ma fille ne parle plus qu'en présence de son mari, elle
// a des marques au bras ». An advocate at a divorce is no partner, and
// names no bruise.
var onlyWithPartner = guard(`\b(?:ne )?(?:parle|repond|sort|decroche|ecrit|vient|voit)\w* (?:plus )?qu (?:en (?:la )?presence (?:de|d)|avec) (?:son|sa) (?:copain|mari|compagnon|conjoint|mec|copine|femme|compagne|fiance|fiancee)\b`)

// partnerAlwaysThere reports a relative who speaks only with the partner
// there, and a bruise.
func partnerAlwaysThere(text string) bool {
	return onlyWithPartner.MatchString(text) && (faceHurtSeen.MatchString(text) || bruiseSeen.MatchString(text)) && !hushCause.MatchString(text)
}

// A shelter closed or emptied, the writer outside, nothing tonight, in a
// French mixed with other words: « ils ont évacué notre foyer, nous dehors
// maintenant, ce soir rien ». A foyer closed on Sundays names no night
// outside.
var (
	shelterClosed = guard(`\b(?:ferme|evacue|vide|ferm)\w* (?:\w+ ){0,2}(?:le|la|notre|mon|leur|du|ce) (?:foyer|chrs|centre d hebergement|hotel social|squat|camp|residence sociale)\b|\b(?:foyer|chrs|centre d hebergement|hotel social|squat|residence sociale)(?: \w+){0,4} (?:a ferme|a ete ferme|est ferme|a ete evacue|est evacue|fermee?)\b`)
	streetNow     = guard(`\b(?:nous|moi|on|je|j) (?:\w+ )?(?:dehors|dehor|a la rue|dans la rue)\b`)
	nothingLeft   = guard(`\b(?:ce soir|cette nuit|pour la nuit|la nuit) rien\b`)
)

// shelterClosedTonight reports a shelter closed, the writer outside and
// nothing for tonight.
func shelterClosedTonight(text string) bool {
	return shelterClosed.MatchString(text) && streetNow.MatchString(text) && (nothingLeft.MatchString(text) || tonightNothing.MatchString(text))
}

// A farewell message received, then silence: « ma cousine m'a envoyé un
// message d'adieu, elle ne répond plus », « g recu un sms dadieu ». A
// colleague's farewell to the team at his retirement answers.
var (
	farewellReceived = guard(`\b(?:message|messages|msg|sms|texto|mot|lettre|mail|vocal|video|post) (?:d |de )?adieux?\b|\bdadieux?\b`)
	goneSilent       = guard(`\b(?:(?:ne |n )?(?:repond|repon|decroche|decroch|rappelle|ouvre)\w* (?:plus|pas|pa|pu)|injoignable|plus de nouvelles|(?:telephone|portable|tel) (?:est )?(?:eteint|coupe)|tombe sur (?:la |sa )?messagerie)\b`)
)

// farewellThenSilent reports a farewell message and silence since.
func farewellThenSilent(text string) bool {
	return farewellReceived.MatchString(text) && goneSilent.MatchString(text) && !leavingWork.MatchString(text)
}

// leavingWork is a farewell to a team, a class or a place.
var leavingWork = guard(`\b(?:retraite|pot de depart|collegues?|equipe|mutation|demenage\w*|fin de contrat|fin d annee|classe|promo|groupe whatsapp)\b`)

// A child beaten with a belt, a cable or a stick: « son père le corrige au
// câble », « il frappe ma fille de 8 ans avec sa ceinture ». A belt for a
// uniform is bought.
var (
	beatenWithObject = guard(`\b(?:frapp|tap|corrig|bat|battu|cogn|fouett|tabass)\w* (?:\w+ ){0,5}(?:avec|a coups de|au|a la) (?:sa |la |une |un |le |son |des )?(?:ceinture|ceinturon|martinet|cable|cables|fil electrique|baton|cuillere en bois|rallonge|chargeur|tuyau|cintre)s?\b`)
	childOrAge       = guard(`\b(?:fils|fille|filles|enfants?|petite?s?|gamine?s?|bebes?|neveu|niece|garcon|fillette|eleve)\b|\b(?:[1-9]|1[0-7]) ans\b`)
)

// childBeatenWithObject reports a child beaten with a thing.
func childBeatenWithObject(text string) bool {
	return beatenWithObject.MatchString(text) && childOrAge.MatchString(text)
}

// A girl or a boy under age and a man much older who gives money or
// gifts, in secret or late at night: « ma nièce de 14 ans reçoit de
// l'argent d'un homme de 35 ans qu'elle voit en cachette ». A babysitting
// paid by a father is a job.
var (
	minorAge     = guard(`\b(?:a|de|d|ai|j ai|jai|a peine) (?:1[0-7]|[89]) ans\b`)
	olderAdult   = guard(`\b(?:homme|mec|type|monsieur|gars|adulte|majeur|vieux)s? (?:\w+ ){0,2}(?:de |d )?(?:[2-6]\d) ans\b|\b(?:un|d un|avec un|par un) (?:adulte|majeur|homme (?:beaucoup )?plus (?:vieux|age))\b`)
	moneyOrGifts = guard(`\b(?:argent|cadeaux?|billets|sous|fric|telephone|vetements|bijoux)\b`)
	secretOrLate = guard(`\b(?:en cachette|en secret|tard|la nuit|refuse d en parler|(?:veut|voulait) (?:pas|rien) (?:en )?(?:parler|dire)|ne (?:veut|dit) rien|se cache)\b`)
)

// groomedMinor reports a minor, an older adult, money or gifts, and a
// secret or late nights.
func groomedMinor(text string) bool {
	return minorAge.MatchString(text) && olderAdult.MatchString(text) && moneyOrGifts.MatchString(text) && secretOrLate.MatchString(text)
}

// A young child alone with no parent, asleep or wandering outside or in a
// hall: « une gamine de 6 ans traîne seule dans la rue, pas de parents ».
// A weekend at the grandparents' is a stay.
var (
	childAloneOut = guard(`\b(?:petite? fille|petit garcon|petite?|enfant|gamine?|bebe|fillette|garconnet)s? (?:\w+ ){0,4}(?:dort|dorment|traine|trainent|erre|errent|assise?|pleure|seule?s?)\b`)
	noParentNear  = guard(`\b(?:pas de parents?|sans (?:ses |leurs )?parents|aucun (?:parent|adulte)|personne avec (?:elle|lui|eux)|pas d adulte|sans adulte|pas de maman|pas de papa)\b`)
	childStay     = guard(`\bchez (?:ses|sa|son|des|une|un|leurs?)\b|\b(?:colonie|colo|classe verte|centre de loisirs|week end|vacances|autorisation)\b`)
)

// childWithNoParent reports a young child alone with no parent near.
func childWithNoParent(text string) bool {
	return childAloneOut.MatchString(text) && noParentNear.MatchString(text) && !childStay.MatchString(text)
}

// A child sent to beg or to steal by the adult who keeps them: « le père
// l'envoie mendier », « un enfant est forcé de faire la manche ».
var childSentToBeg = guard(`\b(?:envoie|envoient|envoyait|oblige|obligent|force|forcent|fait|font|pousse)\w* (?:son|sa|ses|leur|leurs|le|la|les|un|une|des|mon|ma|mes) (?:\w+ ){0,6}(?:mendier|faire la manche|voler)\b|\b(?:l|les|la|le) (?:envoie|envoient|envoyait|oblige|obligent|force|forcent|fait|font) (?:a |de )?(?:\w+ ){0,2}(?:mendier|faire la manche|voler)\b|\b(?:est|sont|etait) (?:force|oblige|forcee|obligee|forces|obliges)\w* (?:de|a) (?:mendier|faire la manche|voler)\b`)

// beggingChild reports a child sent to beg.
func beggingChild(text string) bool {
	return childSentToBeg.MatchString(text) && childOrAge.MatchString(text)
}

// A burn told in a few words and a cry: « brûlée à la main, vite », « mon
// fils brûlé au bras, aidez moi ». The sun at the beach says more.
var burnCried = guard(`^(?:je suis |jsuis |suis |il est |elle est |(?:mon|ma) \w+ (?:est )?)?(?:brule|brulee|brules|brulees|ebouillante|ebouillantee) (?:a la|au|aux|sur le|sur la|sur les|a l) (?:\w+ )?(?:visage|figure|yeux|oeil|main|mains|bras|jambe|jambes|cou|ventre|dos|torse|poitrine|pied|pieds|cuisse|cuisses|tete)(?: (?:aide|aidez moi|aide moi|au secours|vite|svp|stp|urgent|help|grave|gravement))+$`)

// Today or tonight's cues of danger the frames missed: blows that come
// back (« il lève la main sur moi »), marks that come back each week, a
// household put out today.
const round23Cues = `(?:il|elle|mari|copain|conjoint|compagnon|mec|ex|pere|mere|frere|fils) (?:me |nous )?leve la main sur (?:moi|nous)|chaque (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|semaine|week end)|tous les (?:lundis|mardis|mercredis|jeudis|vendredis|samedis|dimanches|week ends)|` +
	`aujourd hui(?: \w+){0,10} (?:nous|m|me|les|l) (?:ont|a) (?:sortie?s?|expulsee?s?|mise?s? dehors|jetee?s? dehors|mise?s? a la rue)`

// swellsNowExpr is an allergy that swells the face or the throat now, a
// body in danger (the last of presentCues, bodySign).
const swellsNowExpr = `(?:levres|langue|gorge|visage|paupieres|bouche) (?:\w+ )?(?:gonfle|gonflent|enfle|enflent)|du mal a (?:avaler|respirer)`

// foreignWell is « now all is well » in the languages residents mix with
// French (« agora tudo bem »): its « now » is no time of danger; it reads
// as « tout va bien ».
var foreignWell = guard(`\b(?:agora|ahora|acum|adesso|simdi) (?:ja |ya |e |esta |está )?(?:tudo bem|todo bien|todo esta bien|esta bien|estou bem|estoy bien|e bine|sunt bine|va bene|sto bene|iyiyim)\b`)

// Figures of the round (figurative, emergency.go). A damp flat where « on
// étouffe » is a complaint about the housing, not a body that cannot
// breathe: a fire's smoke or a child choking names no damp. An insult to
// the bot (« t'es nul », « vous servez à rien, bande de nuls ») tells no
// distress: no emergency, nor the doubt's numbers (Result.Worry). A
// fridge empty tonight, or nothing to eat for the children tonight, is
// food aid's, unless the message says there is no roof too: only the
// lack, and the people and the night around it, are masked. « Je meurs
// de faim » asks for food too: with the lack, it is a plain sense
// (plainSense), left to the ranking. A farewell to a team, a class or an
// office is a leaving.
const (
	teamFarewell    = `adieux? (?:\w+ ){0,3}(?:a|pour|aux) (?:toute |tous )?(?:l |la |le |les |ses |mes |nos )?(?:equipe|collegues|classe|service|entreprise|boite|bureau|promo)|(?:pot|fete|soiree|repas|cadeau|carte) (?:de depart|d adieux?)`
	dampSuffocation = `(?:humid\w*|moisissures?|moisi|logement|appart|appartement|studio|catastrophe|salpetre)(?: \w+){0,4} (?:on|nous) (?:etouffe|etouffons)\b|\b(?:on|nous) (?:etouffe|etouffons) (?:avec|a cause de|dans) (?:l |la |les |cette |ces )?(?:humidite|moisissures?|salpetre)`
	insultToBot     = `(?:t es|tu es|t est|vous etes|vs etes|ce bot est|le bot est|ce robot est|vous etes vraiment) (?:vraiment |trop |completement |tellement |grave |une |un |des )?(?:bande de |bande d )?(?:nul|nuls|nulle|nulles|inutiles?|debiles?|idiots?|idiotes?|cons|connes?|nazes?|incapables?|incompetente?s?|bidons?)\b|bande (?:de|d) (?:nuls|cons|incapables|incompetents|bras casses|guignols|abrutis|idiots)`
	botUseless      = `(?:tu sers|vous servez|tu ne sers|vous ne servez|(?:ce|cet|le|la|ton|ta|votre) (?:bot|robot|truc|machin|site|service|appli|application|assistant|chatbot|systeme)(?: \w+){0,3} (?:ne )?sert) (?:vraiment |strictement |absolument )?(?:a rien|a que dalle)|(?:ca|c|cela) (?:ne )?sert (?:a rien|a que dalle) (?:votre|ton|ce|cet|le|la|ta) (?:bot|robot|truc|machin|site|service|appli|application|assistant|chatbot|systeme)\b`
	foodLackTonight = `(?:rien|pas|plus) (?:a manger|a donner a manger|pour manger|de nourriture|dans (?:le|mon|notre|les|mes|nos) (?:frigo|frigidaire|refrigerateur|placards?|congelateur))(?: (?:pour|les|mes|nos|ses|enfants|petits|petites|gosses|bebe|moi|nous|eux|ma|mon|famille|fille|fils|filles|et|de|avec|a|la|le|l)){0,5} (?:ce soir|cette nuit|ce midi|aujourd hui)`
	hungerFigure    = `(?:meurs?|meurt|mourons|mourir|mort|morte|morts|crev\w*) de faim`
)
