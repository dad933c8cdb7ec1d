package catalog

// Families of the twenty-second round (distress20, issue 19): the general
// ways of telling a danger the forty-third set showed missing, each with
// the ordinary look-alikes it must leave calm (emergency_round22_test.go).
// Many are told in SMS spelling (« il li mé msg », « person repon »,
// « jregard leau »): the patterns take the short forms the SMS table
// (sound.go) does not spell out.

// A partner who reads the writer's messages while the writer cannot
// speak, or broke their phone after a call: « jpeu pa parler il lit
// tous mes messages », « il m'a cassé le tel la dernière fois que j'ai
// appelé ma mère ». A daughter who reads for a deaf mother names no
// partner.
var (
	readsMyMessages      = guard(`\b(?:il|elle|mari|copain|mec|conjoint|compagnon|ex) (?:\w+ )?(?:lit|li|lis|lisait|regarde|regard|surveille|controle|fouille|verifie)\w* (?:tous |tout |tt |toutes |ttes )?(?:mes|me) (?:messages|msg|sms|textos|conversations|mails|appels|whatsapp)\b`)
	phoneBrokenAfterCall = guard(`\b(?:m a|ma|a|il a|elle a) (?:casse|case|brise|jete|explose|detruit|pete|eclate)\w* (?:mon|le|ma|mn) (?:tel|telephone|portable|phone)(?: \w+){0,3} (?:quand|la derniere fois que|la dernier foi que|la derniere foi que|des que|parce que|pcq|pck|apres que) (?:j|je) (?:ai |avais )?(?:app?ell?e|telephone|parle|ecrit|envoye)\w*`)
)

// messagesWatched reports a partner reading the writer's messages while
// they cannot speak, or a phone broken after a call. A partner who reads
// for a writer who does not read French, or to help, is a help.
func messagesWatched(text string) bool {
	return readsMyMessages.MatchString(text) && cannotSpeak.MatchString(text) && !readsForMe.MatchString(text) && !controlPurpose.MatchString(text) ||
		phoneBrokenAfterCall.MatchString(text)
}

// readsForMe is a writer who cannot read or hear the messages alone.
var readsForMe = guard(`\b(?:lis|lit|parle|comprends|comprend|ecris|ecrit|sais) (?:pas|mal|plus) (?:bien |tres bien )?(?:le |lire le )?francais\b|\b(?:sourde?|malentendante?|aveugle|malvoyante?|illettree?|analphabete)\b|\bpour (?:m|me) (?:aider|les traduire|les lire|traduire|expliquer)\b`)

// Papers kept until the writer stays: « il a pris mes papiers, il me les
// rend pas tant que je reste pas avec lui », « il me le rendra pas si je
// le quitte ». An office that keeps a passport for a renewal names no
// condition of staying.
var (
	papersKept  = guard(`\b(?:pris|pri|prend|garde|gard|confisque|cache|vole)\w* (?:\w+ ){0,2}(?:mes|me|ma|mon|mn) (?:papiers?|papie\w*|passeport|carte vitale|carte vital|titre de sejour|carte d identite|carte bancaire|cb|carte de sejour)\b`)
	unlessStays = guard(`\b(?:rend|redonn|rends)\w*(?: \w+){0,3} (?:que si|tant que|tan que|sauf si|si je)(?: \w+){0,3} (?:reste|rest|quitte|quite|pars|part|retourne|reviens|revien)\b`)
)

// papersHostage reports papers kept until the writer stays.
func papersHostage(text string) bool {
	return papersKept.MatchString(text) && unlessStays.MatchString(text)
}

// A scald that takes the skin: « ma femme a renversé l'eau bouillante
// sur sa jambe, la peau se décolle », « la po se decol ». Paint that
// peels, or a sunburn, is no scald.
var (
	skinComesOff = guard(`\b(?:peau|po) (?:\w+ ){0,3}(?:se decol\w*|decol\w*|s arrache|part|partie|en lambeaux|s en va)\b`)
	hotPoured    = guard(`\b(?:bouill\w*|brulant\w*|ebouillant\w*|huile chaude|friteuse|vapeur)\b`)
)

// scaldSkinOff reports a scald and the skin coming off.
func scaldSkinOff(text string) bool {
	return skinComesOff.MatchString(text) && hotPoured.MatchString(text)
}

// An adult who does « weird things » to a child and tells them to say
// nothing: « l'animateur lui fait des trucs bizarres et lui a dit de rien
// dire ». Weird marks or weird lessons are done to no child.
var (
	weirdToChild = guard(`\b(?:lui|leur|me|m) (?:fait|fe|fai|fais|faisait|faire|font|faisaient|demande de faire)\w* (?:des |de |d )?(?:trucs?|truc|choses?|chose) (?:bizarres?|bizar\w*|pas normales?|pa normal\w*|genantes?|degoutantes?|sales)\b|\b(?:fait|fe|fai|faisait|font|faisaient)\w* (?:des |de |d )?(?:trucs?|truc|choses?|chose) (?:bizarres?|bizar\w*|pas normales?|genantes?|degoutantes?|sales) (?:a|avec) (?:mon|ma|son|sa|leur|notre|mes|ses) (?:fils|fille|enfant|petit|petite|gamin|gamine|ado|neveu|niece|filleul|filleule)\b`)
	toldToHush   = guard(`\b(?:(?:de |d )?(?:ne )?(?:rien|pas le|pa le|pas en|pa en) (?:dire|dir|parler|parle)|(?:dire|dir) a personne|(?:c est|c etait|c|etait) (?:un|notre|leur|son) secret|garder le secret)\b`)
)

// weirdThingsSecret reports an adult's weird things to a child and an
// order to hush.
func weirdThingsSecret(text string) bool {
	return weirdToChild.MatchString(text) && toldToHush.MatchString(text) && (adultWord.MatchString(text) || moreAdults.MatchString(text))
}

// moreAdults are the adults of a child's sports and leisure.
var moreAdults = guard(`\b(?:moniteur|monitrice|educateur|educatrice|entraineuse|prof|maitre nageur|chauffeur|gardien|catechiste|pretre|imam|cure)\b`)

// A baby crying for long behind a door no one opens, in SMS spelling:
// « un bb pleur depui ce matin, person repon kan on frap », « personne ne
// répond quand on sonne ». A baby who cries with his teeth, the mother
// there, is a question of care.
var (
	babyCriesLong = guard(`\b(?:bebe|bb|nourrisson|petit|petite|enfant|ptit|ptite)s? (?:\w+ ){0,3}(?:pleur|hurl|cri)\w*(?: \w+){0,3} (?:depuis|depui|sans arret|toute la nuit|tte la nuit|des heures)\b`)
	noOneOpens    = guard(`\b(?:personne|person|persone|perssonne) (?:ne |n )?(?:ouvre|ouvr|repond|repon|vient|vien)\w*|\b(?:ca|sa) (?:ne )?repond pas\b`)
)

// babyBehindDoor reports a baby crying long behind a door no one opens.
func babyBehindDoor(text string) bool {
	return babyCriesLong.MatchString(text) && noOneOpens.MatchString(text)
}

// Cuts told again or relieving (« jme sui ouvert les bras encore »,
// « je me coupe encore, ça me soulage »), and a child who cut their arms
// (« il s'est coupé les bras, il s'enferme »): self-harm, the 3114's. A
// cut from a fall or a knife in the kitchen is an accident.
var (
	cutsArms    = guard(`\b(?:(?:me suis|m suis|suis|s est|se sont) (?:encore |encor |deja |de nouveau )?(?:coupee?s?|ouverte?s?|ouvert|taillade\w*|scarifie\w*|mutile\w*|entaille\w*) (?:les|ses|mes) (?:bras|bra|poignets|veines|cuisses|avant bras)|(?:me suis|m suis|suis) (?:encore|encor|de nouveau|expres) (?:coupee?|ouverte?|ouvert|taillade\w*|scarifie\w*|entaille\w*) (?:le|la|les|mes|ma) (?:bras|bra|poignets?|veines?|cuisses?)|(?:a|ont) (?:coupe|taillade|entaille|scarifie|ouvert)\w* (?:ses|les) (?:propres )?(?:bras|poignets|veines|cuisses)|(?:se|me) (?:coupe|taillade|scarifie|mutile|entaille)\w* (?:encore |encor |souvent |tout le temps |tous les soirs )?(?:les|ses|mes) (?:bras|poignets|veines|cuisses)|(?:je me|jme) (?:coupe|scarifie)\w* (?:encore|encor|souvent|tous les soirs|tout le temps)|(?:me coupe|me scarifie|coupures?|scarifications?|me suis coupee?|me fais du mal|me fait du mal)(?: \w+){0,6} (?:ca|sa|cela) (?:me )?soulag\w*)\b`)
	cutByChance = guard(`\ben (?:tombant|bricolant|cuisinant|jardinant|glissant|jouant|coupant)|par accident|accidentellement|(?:de|du) velo|chute\b|\b(?:scie|tronconneuse|tondeuse|vitre|verre casse|debroussailleuse|chantier|au travail|au boulot)\b`)
)

// cutsTold reports self-harm by cutting, not an accident.
func cutsTold(text string) bool {
	return cutsArms.MatchString(text) && !cutByChance.MatchString(text)
}

// A rope bought, told without « une » (« j'ai acheté corde hier ») or
// with it.
var ropeBought = guard(`\b(?:achete|pris|trouve|prepare|accroche|attache|noue|cache)\w* (?:une |la |de la |ma |une grosse )?corde\b`)

// ropeAlone reports a rope bought and the writer alone or at the end of
// their strength. A rope for a move or the washing is masked as an
// everyday sense (figurative, emergency.go).
func ropeAlone(text string) bool {
	return ropeBought.MatchString(text) && ropeLonely.MatchString(text)
}

// ropeLonely is the writer alone, or past bearing it, also in Romanian
// (« nu mai pot »).
var ropeLonely = guard(`\b(?:seule?|tout seul|toute seule|nu mai pot|n y arrive plus|n en peux plus|en peux plus|plus la force|a bout|personne|desole|desolee|pardon|adieu)\b`)

// On a bridge looking at the water, in SMS spelling: « jsui sur le pon
// jregard leau depui 1h ». A boat's deck or a stroll names the outing.
var (
	onBridge    = guard(`\b(?:sur|au bord du|sous) (?:le|un|ce) (?:pont|pon|viaduc|parapet)\b`)
	looksDown   = guard(`\b(?:regard|fixe)\w* (?:\w+ ){0,2}(?:l eau|leau|le vide|en bas|la seine|la riviere|le fleuve|le canal|les voitures|les rails)\b`)
	bridgeLong  = guard(`\b(?:depuis|depui|ca fait|sa fait|pourquoi|pk|pq|cette nuit|la nuit|seule?|tout seul|toute seule)\b`)
	bridgeOuted = guard(`\b(?:bateau|ferry|croisiere|peniche|vacances|balade|promenade|touris\w*|photos?|coucher de soleil|pique nique)\b`)
)

// bridgeStare reports a writer on a bridge looking down, for long or not
// knowing why they write.
func bridgeStare(text string) bool {
	return onBridge.MatchString(text) && looksDown.MatchString(text) && bridgeLong.MatchString(text) && !bridgeOuted.MatchString(text)
}

// A child's fever with spots that do not fade, in French, Spanish,
// Portuguese or English: purpura, the 15's.
var (
	feverWord   = guard(`\b(?:fievre|fiebre|febre|fever|temperature|brulant|brulante|\d\d (?:de fievre|degres))\b`)
	spotsNoFade = guard(`\bpurple (?:spots?|rash|marks?|patches)\b|\b(?:spots?|rash|marks?) (?:\w+ ){0,3}(?:don t|do not|doesn t|does not) (?:fade|go away|disappear)\b|\b(?:taches?|manchas?|spots?|plaques?|boutons?) (?:\w+ ){0,2}(?:violet\w*|pourpres?|violace\w*|moradas?|roxas?|purple)\b|\b(?:taches?|manchas?|spots?|plaques?|boutons?) (?:\w+ ){0,2}(?:rouges?|rojas?|vermelhas?|red)(?: \w+){0,5} (?:ne (?:partent|s effacent|disparaissent) pas|partent pas|s effacent pas|no se van|no desaparecen|nao (?:saem|somem|desaparecem)|don t (?:fade|go away))\b`)
)

// feverSpots reports a fever with spots that do not fade.
func feverSpots(text string) bool {
	return feverWord.MatchString(text) && spotsNoFade.MatchString(text)
}

// A shelter full and nothing for tonight: « le foyer m'a dit complet,
// pour ce soir je n'ai rien », « le 115 dit complet, il est 22 h ». A
// domiciliation office full until Monday gives no night.
var (
	shelterFull    = guard(`\b(?:foyer|115|chrs|centre d hebergement|samu social|hebergement d urgence|accueil de nuit|abri de nuit)(?: \w+){0,4} (?:complet|complets|plus de place|pas de place|aucune place|plein)\b`)
	tonightNothing = guard(`\b(?:ce soir|cette nuit|pour la nuit|il est \d+ ?h)\b(?: \w+){0,4} (?:(?:je n ai|j ai|on n a|on a|nous n avons|n ai) rien|nulle part|dehors|dans la rue|sais pas ou|sait pas ou)\b|\b(?:je n ai|j ai|on n a|on a) rien (?:pour )?(?:ce soir|cette nuit)\b|\b(?:je suis|suis|on est|nous sommes) (?:\w+ )?dehors\b`)
)

// shelterFullTonight reports a shelter full and nothing for tonight.
func shelterFullTonight(text string) bool {
	return shelterFull.MatchString(text) && tonightNothing.MatchString(text)
}

// An old mother who whispers and hangs up when he comes, a bruise seen:
// « elle chuchote et raccroche dès qu'il arrive, hier elle avait l'œil
// gonflé ». A sting or a sore throat explains the swelling or the voice.
var (
	bruiseSeen = guard(`\b(?:bleus?|coquard|cocard|hematomes?|marques?) (?:a|sur|autour de|au) (?:l |son |sa |la |le )?(?:oeil|joue|visage|bras|cou|poignet)\b`)
	hushedNear = guard(`\b(?:chuchote|chuchotait|murmure|parle (?:\w+ )?(?:a voix basse|tout bas)|a voix basse)\b|\braccroche\w* (?:\w+ )?(?:des qu|quand|aussitot qu|si|des que) (?:il|son mari|mon beau pere|son compagnon|son copain|mon pere|son fils)\w*(?: \w+){0,2} (?:arrive|rentre|est la|entre|revient|approche)\b|\bquand (?:mon beau pere|son mari|son compagnon|mon pere|il) (?:est la|arrive|rentre)\b`)
)

// hushedAndHurt reports a relative hurt who whispers or hangs up when he
// comes.
func hushedAndHurt(text string) bool {
	return (faceHurtSeen.MatchString(text) || bruiseSeen.MatchString(text)) && hushedNear.MatchString(text) && !faceSwollenCause.MatchString(text) && !hushCause.MatchString(text)
}

// hushCause explains the voice or the bruise otherwise: a sore throat, a
// sting, a fall, someone asleep.
var hushCause = guard(`\b(?:gorge|angine|laryngite|extinction de voix|rhume|aphone|guepe|abeille|chute|tombee?|glisse|dort|dorment|sieste)\b`)

// A partner back, said alone: « il recommence », « il recommence, je
// fais quoi ? », « il rentre dans 10 minutes aidez moi ». What begins
// again is named when it is the rain or a site (« il recommence à
// pleuvoir »); a son back from school is named too.
var partnerBackShort = guard(`^(?:il|mon mari|mon ex|mon copain|mon mec|mon conjoint|mon compagnon) (?:recommence|remet ca|rentre|revient|arrive|est en bas|est devant la porte)(?: (?:bientot|tout de suite|ce soir|maintenant|encore|dans (?:\d+|une|deux|cinq|dix|quinze|vingt|trente) (?:min|minutes|mn|heures?|h)))?(?: (?:je fais quoi|que faire|quoi faire|je fais comment|aidez moi|aide moi|au secours|help|svp|stp|vite|j ai peur))*$`)

// Affairs put in order for the children when « the parent is no longer
// there », by a date: « si un parent n'est plus là, les enfants touchent
// quoi ? je veux que tout soit réglé avant dimanche ». A mission abroad
// or a hospital stay says how long.
var (
	parentGone    = guard(`\bsi (?:un|le|leur) parent (?:n est|est|ne serait|n etait) plus la\b|\bsi (?:je|j) (?:ne |n )?(?:suis|serai|serais|etais) plus la\b|\bquand (?:je|j) (?:ne |n )?serai plus la\b|\bapres (?:ma mort|mon deces|moi)\b`)
	orderByDate   = guard(`\b(?:tout|ce|que tout|que ce) (?:soit|sera|serait) (?:\w+ ){0,2}(?:en ordre|regle|reglee|pret|range|fait)(?: \w+){0,2} (?:avant|d ici)\b|\b(?:en ordre|regle|pret|range) (?:avant|d ici) (?:la fin de (?:la|cette) semaine|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|ce soir|la fin du mois)\b`)
	goneForAWhile = guard(`\bpendant (?:\d+|un|une|deux|trois|quelques|six) (?:jours|semaines|mois|ans)|\ben (?:mission|voyage|deplacement)|\ba l etranger|\bhospitalis\w*|\boperation\b|\b(?:je pars|on part|nous partons|je vais partir|je demenage|on demenage) (?:en|au|aux|a|pour|dans)\b|\b(?:au mois d|en) (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\b|\b(?:l ete|l hiver|l annee) prochaine?\b`)
)

// affairsForChildren reports affairs ordered by a date for when the
// writer, a parent, is gone.
func affairsForChildren(text string) bool {
	return parentGone.MatchString(text) && orderByDate.MatchString(text) && !goneForAWhile.MatchString(text)
}

// Locked out by a flatmate or a host who changed the lock or the code,
// the writer outside: « mon coloc a changé le code de la porte, jsui
// dehors ». A code changed by the building's manager asks how to get it.
var (
	lockChanged = guard(`\bchange\w* (?:la |les |le |de )?(?:serrure|serrures|code|codes|verrou|cles|barillet|cylindre)\b`)
	outsideNow  = guard(`\b(?:je suis|suis|on est|nous sommes|me retrouve|me suis retrouvee?) (?:\w+ )?(?:dehors|dehor|a la rue|dans la rue|sur le palier|devant la porte|dans l escalier)\b|\b(?:je dors|on dort|dormir|dors) (?:\w+ )?ou\b|\bou (?:je vais |on va )?(?:dormir|dors|dort)\b`)
)

// lockedOutNow reports a lock or a code changed and the writer outside.
func lockedOutNow(text string) bool {
	return lockChanged.MatchString(text) && outsideNow.MatchString(text)
}

// A parent who hurts the writer, a child: « papa me fait mal », « maman
// me fait du mal quand elle boit ». A back or a knee that hurts is the
// body's.
var parentHurtsChild = guard(`\b(?:papa|maman|mon papa|ma maman|mon pere|ma mere|mon beau pere|ma belle mere|tonton|mon oncle)(?: (?:il|elle))? (?:me|m) (?:fait|fais|fai|font|faisait) (?:du |tres |trop |super )?mal\b`)

// A child tied by the adult who keeps them, for long or alone, told by a
// neighbour: « il attache son enfant dans la chambre quand il sort ». A
// car seat, a pushchair or a harness is safety.
var (
	childTiedExpr = guard(`\b(?:attache|ligote|enchaine|scotche)\w* (?:son|sa|ses|leur|leurs|le|la|les) (?:\w+ )?(?:enfants?|petite?s?|fils|filles?|gamine?s?|gosses?|bebes?|bb|kids?|child)\b`)
	tiedLong      = guard(`\b(?:toute la journee|tte la journee|des heures|la nuit|toute la nuit|quand (?:il|elle|ils|elles) (?:sort|part|sortent|partent|s en va|travaille)|pleure\w*|crie|hurle|crying|all day|enferme\w*)\b`)
	tiedSafely    = guard(`\b(?:poussettes?|sieges? auto|rehausseur|ceintures?|harnais|porte bebe|trottinette|velo|transat|cosy|lit parapluie)\b`)
)

// childTied reports a child tied for long, not for safety.
func childTied(text string) bool {
	return childTiedExpr.MatchString(text) && tiedLong.MatchString(text) && !tiedSafely.MatchString(text)
}

// A partner who locks the writer in when leaving, in Portuguese,
// Spanish or French: « o meu marido fecha a porta quando sai », « il
// m'enferme à clé quand il part ».
var lockedInByPartner = guard(`\b(?:marido|mari|ele|el|il|copain|conjoint|compagnon|mec)(?: \w+){0,2} (?:fecha|tranca|cierra|ferme|m enferme|me tranca|me fecha|me encierra)\w*(?: \w+){0,4} (?:quando sai|cuando sale|quand il (?:part|sort|s en va)|en partant)\b|\b(?:nao tenho|no tengo|je n ai pas|j ai pas|pas de) (?:a )?(?:chave|llave|cle|clef)s? (?:da casa|de la casa|de la maison|de chez moi|de l appartement)\b`)

// heldWithBaby reports a partner who locks the writer in.
func heldWithBaby(text string) bool {
	return lockedInByPartner.MatchString(text) && shutAllDay.MatchString(text)
}

// shutAllDay is the writer shut in for long: « je reste enfermée toute la
// journée », « fico trancada o dia todo ».
var shutAllDay = guard(`\b(?:enfermee?|trancad[ao]|encerrad[ao]|fechad[ao]|locked in|bloquee?)\b`)

// A farewell note left by someone gone: « elle a laissé un mot "pardon
// maman, je vous aime" et elle n'est pas rentrée ». A child who left it
// is the 3114's before the missing child's.
var farewellNote = guard(`\b(?:laisse|ecrit|envoye|depose)\w* (?:un|une|des|son|sa) (?:petit )?(?:mot|lettre|message|sms|lettres|mots)(?: \w+){0,6} (?:pardon pour tout|pardonnez moi|pardonne moi|je vous aime|je t aime|adieu|prenez soin|prends soin|ne m en voulez pas)\b`)

// A flatmate or a relative who hands over a pet or their codes, then
// shuts themself in or goes silent: « il m'a confié son chat et ses codes
// de banque, il ne répond plus quand je frappe ».
var (
	handedOver = guard(`\b(?:confie|donne|laisse|remis|passe|transmis|envoye)\w* (?:\w+ ){0,3}(?:son|sa|ses) (?:chat|chien|animal|chats|chiens|codes?|mots de passe|cles|clefs|comptes?|carte bancaire)\b`)
	shutSilent = guard(`\b(?:enferme\w* dans (?:sa|la) chambre|ne sort plus|(?:ne |n )?(?:repond|decroche|ouvre) (?:plus|pas))\b`)
)

// handedAndShut reports things handed over and someone shut in or
// silent, not for a holiday or a trip.
func handedAndShut(text string) bool {
	return handedOver.MatchString(text) && shutSilent.MatchString(text) && !awayForAWhile.MatchString(text)
}

// awayForAWhile is a pet or keys left for an absence.
var awayForAWhile = guard(`\b(?:vacances|voyage|week end|weekend|conges?|pendant son absence|deplacement|hospitalis\w*|en mission)\b`)

// Sitting on one's boxes outside, put out today: « on est assis sur nos
// cartons en bas de l'immeuble ». Boxes in a new flat are a move.
const onOurBoxesExpr = `(?:assise?s?|on est|je suis|nous sommes|sommes|suis|jsuis) (?:\w+ ){0,2}(?:sur|avec) (?:nos|mes|ses|leurs|toutes nos|toutes mes) (?:cartons|valises|sacs|affaires) (?:\w+ ){0,3}(?:en bas de (?:l|mon|notre|chez)|devant (?:l|la|mon|notre) (?:immeuble|porte|residence|batiment)|dans la rue|sur le trottoir|dehors|au pied de|dans le hall)`

var onOurBoxes = anyPhrase(onOurBoxesExpr)

// The other parent's new partner who beats the children: « mon ex a la
// garde des jumeaux et son compagnon les frappe ». The partner is named
// (« son compagnon »), which alone would make the victim an adult
// (notChild), but the blows fall on « them », children named.
var (
	stepPartnerBeats = guard(`\b(?:son|sa|leur) (?:nouveau |nouvelle )?(?:copain|compagnon|mec|mari|conjoint|homme|copine|compagne|femme|jules) (?:il |elle )?les (?:frapp|tap|cogn|bat|tabass|gifl|secou|brul|enferm|attach)\w*`)
	childrenNamed    = guard(`\b(?:enfants|petits|petites|jumeaux|jumelles|gosses|gamins|gamines|fils|filles|bebes|triples|kids|children)\b`)
)

// stepPartnerBeatsThem reports children named and beaten by the other
// parent's partner.
func stepPartnerBeatsThem(key string) bool {
	return stepPartnerBeats.MatchString(key) && childrenNamed.MatchString(key)
}

// A means to die shown in a post, with peace soon: « il a posté une photo
// d'une corde avec écrit "bientôt la paix" ».
var (
	meansShown = guard(`\b(?:photo|photos|image|story|video|statut|post)s? (?:\w+ ){0,3}(?:d une|de la|de sa|de ses|d un|du|des) (?:corde|cachets|medicaments|comprimes|lame|lames|rasoir|arme|fusil|pistolet|pont|viaduc|toit|rails)\b`)
	peaceSoon  = guard(`\b(?:bientot|enfin|plus que quelques (?:heures|jours) avant) (?:la paix|le repos|en paix|tranquille|libre|libres|fini)\b`)
)

// meansPostedPeace reports a means to die shown with peace soon.
func meansPostedPeace(text string) bool {
	return meansShown.MatchString(text) && peaceSoon.MatchString(text)
}

// All ready for tonight and thanks for all, in SMS spelling too (« g tt
// preparé pr ce soir, merci pr tt »). A party or a meal names itself,
// and so does a see-you-tonight.
var (
	readyTonight = guard(`\b(?:tout|tt) (?:est )?(?:prepare|pret|prete|organise|range|regle|en ordre)\w* (?:pour|pr) (?:ce soir|cette nuit|demain|tout a l heure)\b`)
	thanksForAll = guard(`\b(?:merci|pardon) (?:pour|pr) (?:tout|tt)\b|\badieu\b|\bprenez soin (?:de vous|d eux|des enfants)\b`)
	readyForFun  = guard(`\b(?:fete|anniversaire|soiree|repas|diner|mariage|bapteme|spectacle|match|a ce soir|a demain|a tout a l heure|a bientot|on se voit)\b`)
)

// readyTonightThanks reports all ready for tonight with thanks for all.
func readyTonightThanks(text string) bool {
	return readyTonight.MatchString(text) && thanksForAll.MatchString(text) && !readyForFun.MatchString(text)
}

// A fall that leaves someone still, in Portuguese, Spanish or English:
// « caiu da janela, não se mexe », « se cayó y no se mueve ».
var foreignFallStill = guard(`\b(?:caiu|se cayo|cayo|fell)\b(?: \w+){0,8} (?:nao se mexe|nao mexe|no se mueve|isn t moving|is not moving|not moving|doesn t move|nao respira|no respira|nao acorda|no despierta|won t wake|nao responde|no responde)\b`)
