package catalog

// Families of the twenty-fourth round (distress22a, issue 19): violence
// and children told by someone else (a neighbour heard, a relative kept
// by a partner, a child looked after), a writer who writes in hiding, a
// threat to make the writer disappear, a farewell received. Each is a
// way of saying, with the look-alikes it must leave calm, in
// emergency_round24_test.go.

// A third person heard or seen, and a sign of harm: « j'entends ma
// voisine hurler la nuit, hier elle avait l'œil gonflé », « ma collègue a
// des bleus et sursaute dès que son mari l'appelle ». A bruise from a
// fall or a match, a voice raised at a dog, name no blow.
var (
	harmNoise  = guard(`\b(?:cri|kri|crie|crient|criait|cris|hurle|hurlent|hurlait|hurler|hurlements|grita|gritan|gritos|screams?|screaming)\b|\b(?:tape|tapent|cogne)\w* contre (?:les|le) murs?\b|\b(?:bruits? de|des) coups\b|\bse fait (?:frapper|taper|cogner)\b`)
	fearOfMate = guard(`\b(?:sursaute|sursautait|tremble|tremblait|panique|paniquait|se crispe|se fige|baisse les yeux)\w*(?: \w+){0,4} (?:son|leur) (?:mari|copain|compagnon|conjoint|mec|homme)\b`)
	harmMark   = guard(`\bbleus? a loeil\b|\b(?:bleus?|coquard|cocard|hematomes?|marques?) (?:\w+ )?(?:a|sur|autour de|au|aux) (?:l |son |sa |la |le |les |ses )?(?:oeil|yeux|joue|joues|visage|bras|cou|poignets?|gorge)\b|\b(?:oeil|yeux|joue|visage|levre|arcade) (?:\w+ ){0,2}(?:gonfle|gonflee|tumefie\w*|enfle\w*|fendue?|eclatee?|ouverte?|au beurre noir)\b|\b(?:coquard|cocard|oeil au beurre noir)\b|\bhematomes? (?:sur|a|au) (?:sa|son|la|le) (?:joue|visage|oeil|cou|bras)\b`)
	markCause  = guard(`\b(?:vaccin\w*|prise de sang|perfusion|entend mal|sourde?|en tombant|tombee?|chute|glisse\w*|match|foot|football|sport|judo|boxe|rugby|velo|eczema|varicelle|allergi\w*|piqure\w*|dents?|dentiste|operation|opere\w*|chirurg\w*|botox|chien|chat)\b`)
)

// otherHarmed reports a third person heard crying out or afraid of a
// partner, and a mark of a blow.
func otherHarmed(text string) bool {
	return (harmNoise.MatchString(text) || fearOfMate.MatchString(text)) && harmMark.MatchString(text) && !markCause.MatchString(text)
}

// A relative kept by a partner, and a sign: « ma sœur vit avec un type
// qui lui prend son téléphone, elle ne sort plus », « son conjoint
// l'empêche de voir sa famille, elle a perdu dix kilos ». A parent who
// checks a teenager's phone, or a partner who reads the mail to one who
// does not read French, keeps no one.
var (
	otherMate    = guard(`\b(?:son|su|seu|leur) (?:mari|marido|copain|mec|conjoint|compagnon|fiance|namorado|novio|homme|type|ami)\b|\b(?:un|une) (?:homme|type|mec|gars|copain|garcon) qui\b|\b(?:her|s) (?:husband|boyfriend|partner)\b|\b(?:femme|copine|compagne|epouse|fiancee) de (?:mon|son) (?:fils|frere|neveu|cousin|oncle)\b`)
	mateControls = guard(`\b(?:lit|lisait|fouille|fouillait|verifie|verifiait|controle|controlait|surveille|surveillait|prend|prenait|garde|gardait|confisque|confisquait|quita|quito|tira|checks|reads|takes|took)\w* (?:\w+ ){0,2}(?:messages?|sms|mails?|tel|telephone|portable|telefono|celular|phone|money|argent|carte|cartes|carte bancaire|papiers|sorties|comptes|salaire|paie)\b|\bcontrol\w* tout\b|\b(?:l|lui|la) (?:empeche|empechait|interdit|interdisait)\w* (?:de|d) (?:sortir|travailler|voir|parler|appeler|telephoner)\b|\b(?:n a|na|a) (?:plus |pas )?le droit (?:de|d) (?:sortir|voir|parler|travailler|appeler)\b`)
	keptSign     = guard(`\b(?:peur|terroris\w*|maigri|perdu (?:\d+|dix|cinq|beaucoup de) kilos|perdu du poids|en cachette|en secret|(?:ne )?sort plus|ne (?:nous|me) voit plus|(?:nous|me) voit plus|isolee|pleure|pleurait|miedo|medo|scared|afraid|coupee? de tout|ne voit plus personne)\b`)
	keptCause    = guard(`\bpeur (?:de |d )?(?:la |le |les |l )?(?:perdre|oublier|casser|abimer|rater|aller|tomber)\b|\b(?:recre|recreation|a l ecole|au college|au lycee|ne lit pas|ne sait pas lire|procuration|traduire|traduit|tutelle|curatelle|regime|operation|hanche)\b`)
)

// relativeKept reports a partner who controls a relative, and a sign of
// fear or of isolation.
func relativeKept(text string) bool {
	return otherMate.MatchString(text) && mateControls.MatchString(text) && keptSign.MatchString(text) && !keptCause.MatchString(text)
}

// A writer who cannot speak, someone close who hears or sees, and help
// asked: « je peux pas appeler il est dans le salon, comment avoir de
// l'aide sans qu'il sache », « jpe pa telephoner il ecoute tout, aidez
// moi ». Deafness, a baby asleep, a boss beside the desk or a surprise
// name no one the writer hides from.
var (
	cannotTalk  = guard(`\b(?:(?:ne )?(?:peux|peu|pe|jpeux|jpeu|jpe|pouvons|peut) (?:pas|pa|plus|plu)|can t|cannot|cant) (?:parler|parle|parl|telephoner|telephone|tel|appeler|apeler|talk|call)\b|\b(?:pas|pa) pouvoir (?:parler|parle|telephoner|appeler)\b`)
	abuserClose = guard(`\b(?:mari|copain|conjoint|compagnon|mec) a cote\b|\b(?:il|elle|he|mon mari|mon copain|mon conjoint|mon compagnon|mon mec|mon ex) (?:est|e|is|dort|ecoute|entend|regarde|surveille)\w* (?:\w+ ){0,3}(?:a cote|acote|dans le salon|dans la piece|dans la chambre|dans la cuisine|derriere la porte|next room|next to me)\b|\b(?:il|elle) (?:ecoute|entend|surveille|lit|voit) tout\b|\b(?:il|elle) regarde (?:mon|l) (?:ecran|telephone|tel|portable)\b`)
	hiddenHelp  = guard(`\b(?:aide|aider|aidez|aidee|help|secours|partir|m enfuir|fuir|discretement|en cachette|par ecrit)\b|\bsans qu (?:il|elle) (?:ne )?(?:le |l )?(?:sache|voie|voit|voye|remarque|entende|entend|lise|s en rende compte)\b`)
	openReason  = guard(`\b(?:longtemps|fort|francais|sourde?|malentendant\w*|muet\w*|autiste|begai\w*|aphone|bebe|bb|chef|patron|boss|travail|boulot|bureau|reunion|surprise|cadeau|anniversaire|traduire|traduit|heures d ouverture)\b`)
)

// writingInHiding reports a writer who cannot speak with someone close,
// asking help.
func writingInHiding(text string) bool {
	return cannotTalk.MatchString(text) && abuserClose.MatchString(text) && hiddenHelp.MatchString(text) && !openReason.MatchString(text)
}

// round24Threat is a threat to make the writer disappear, by someone
// else: « il me ferait disparaître », « il menace de me faire
// disparaître ». « Je veux me faire disparaître » is the writer's own
// wish (the 3114's); « faire disparaître une tache » names a thing. It is
// violence against the writer (againstWriter).
const round24Threat = `(?:il|elle|ils|elles|on|kil|quil|kel) (?:\w+ ){0,2}(?:me|m) (?:ferait|fera|feront|feraient|ferai|fer) disparaitr\w*|(?:va|vont|allait|allaient|veut|veulent|voulait|menace|menacee|menacait|menacer|jure|jurait|promis|promet) (?:de |d )?(?:me|m) (?:faire|fer|fair) disparaitr\w*`

var threatToVanish = guard(`\b(?:` + round24Threat + `)\b`)

// A child's plea heard, through a wall or next door: « j'entends la
// petite d'en face hurler "arrête maman" », « le gamin du dessous crie
// "papa non, pardon" ». A game, a song or a child combed says it
// laughing.
var (
	childPlea  = guard(`\b(?:arrete|arretes|arretez|arete|aretes|aret|non|pardon|stop|lache moi|j ai mal|pas la ceinture)(?: \w+){0,2} (?:papa|maman|daddy|mommy|mummy|dad|mum|mom|tonton|papi)\b|\b(?:papa|maman|daddy|mommy|mom|dad) (?:non|arrete|arretes|arete|pardon|stop|lache moi|s il te plait)\b|\b(?:arrete|arete) (?:arrete|arete)\b|\bpardon pardon\b`)
	pleaHeard  = guard(`\b(?:entend\w*|jentend\w*|hear\w*|cri|kri|crie|crier|crient|criait|hurle\w*|pleure\w*|supplie\w*|scream\w*|crying|mur|murs|cloison|voisin\w*|d a cote|d en face|du dessous|du dessus|next door)\b`)
	childNamed = guard(`\b(?:enfants?|petite?s?|ptite?s?|pti|gamine?s?|gosses?|fillettes?|garcons?|bebes?|bb|kids?|child|children|boy|girl|fils|fille|niece|neveu|[1-9] ans|1[0-7] ans)\b`)
	pleaInPlay = guard(`\b(?:cours|piano|musique|violon|guitare|repet\w*|poesie|recitation|lecon|jouer|joue|jouent|jouait|jouaient|jouant|jeux|rit|rient|riant|rigol\w*|chanson|chante\w*|paroles|spectacle|coiffe\w*|demel\w*|chatouill\w*|pour rire|film|dessin anime|theatre|jeu)\b`)
)

// childPleaHeard reports a child's plea to a parent, heard.
func childPleaHeard(text string) bool {
	return childPlea.MatchString(text) && pleaHeard.MatchString(text) && childNamed.MatchString(text) && !pleaInPlay.MatchString(text)
}

// A baby or a young child crying for long with no adult heard or seen:
// « le bébé d'en face pleure depuis ce matin, aucun bruit d'adulte », « ça
// fait deux jours que j'entends un bébé pleurer, plus personne ne sort ».
// A baby with colic, the mother there, is a question of care.
var (
	babyCries   = guard(`\b(?:bebe|bb|nourrisson|petit|petite|enfant|enfants|ptit|ptite|gamin|gamine|gamins)s? (?:\w+ ){0,5}(?:pleur|hurl|cri)\w*|\b(?:pleur|hurl|cri)\w* (?:\w+ ){0,3}(?:un|le|les|des) (?:bebe|bb|nourrisson|enfant|enfants|petit|petite)s?\b`)
	cryingLong  = guard(`\b(?:depuis (?:hier|ce matin|des heures|la nuit|deux|trois|\d+)|ca fait (?:deux|trois|quatre|\d+|des) (?:jours|heures|nuits)|toute la (?:nuit|journee)|des heures|depuis)\b`)
	noAdultSeen = guard(`\b(?:(?:ne )?voit plus personne|plus personne (?:entrer|sortir|rentrer)|aucun (?:bruit d )?adultes?|pas (?:de bruit )?d adultes?|(?:plus )?personne (?:ne |n )?(?:ouvre|repond|sort|bouge|vient)|(?:je n |j n |jn )?entends? personne|porte (?:reste|est|restee) (?:fermee|close)|pas de parents?|sans (?:ses |leurs )?parents|personne avec (?:lui|elle|eux))\b`)
)

// babyCriesAlone reports a child crying for long, no adult near.
func babyCriesAlone(text string) bool {
	return babyCries.MatchString(text) && cryingLong.MatchString(text) && noAdultSeen.MatchString(text)
}

// A young child always alone, or a parent never there, in the languages
// residents mix with French: « el niño tiene 3 años y está solo todo el
// día », « petit de 4 ans seul toute la journée, la mère est jamais là ».
// A baby who sleeps alone in their room, a teenager alone on Wednesdays,
// say nothing of a child left.
var (
	youngAge    = guard(`\b[1-8] ?(?:ans|an|anos|years old|yo)\b|\btiene [1-8]\b|\b(?:bebe|bb|nourrisson|toddler)\b`)
	alwaysAlone = guard(`\b(?:tout |toute |todo |toda )?(?:seule?s?|solo|sola|solos|solas|sozinh[oa]s?|alone)\b`)
	longOrNever = guard(`\b(?:toujours|tout le temps|toute la journee|tte la journee|tous les jours|depuis hier|siempre|todo el dia|sempre|(?:o|au) dia todo|all day|every day|jamais la|jamais a la maison|(?:no|nao) (?:esta|esta) nunca|nunca (?:esta|esta)|never (?:there|home))\b`)
	aloneCause  = guard(`\b(?:recre|recreation|amis|copains|copines|classe|cantine|maitresse|school|teacher|friends|dort|dormir|chambre|son lit|mercredi|garderie|ecole|inscri\w*|colonie|week end|vacances|jeu|joue|veut|voulait|aime|aimait|prefere|timide|jouer)\b`)
)

// youngChildAlways reports a young child told alone always, or with a
// parent never there.
func youngChildAlways(text string) bool {
	return youngAge.MatchString(text) && alwaysAlone.MatchString(text) && longOrNever.MatchString(text) && !aloneCause.MatchString(text)
}

// Marks on a child one looks after, and fear of a parent: « la fillette
// que je garde a des marques de doigts et se cache quand son père
// sonne », « des brûlures rondes, il pleure quand sa mère vient ».
// Chickenpox, a sunburn or a fall at the park leave marks no one made.
var (
	childMark      = guard(`\b(?:brulures?|brules|traces? de (?:brulures?|coups|doigts)|marques?|bleus|hematomes?|griffures)\b`)
	fearsParent    = guard(`\b(?:tremble|tremblait|trembler|pleure|pleurait|pleurer|se cache|se cachait|se raidit|se raidissait|se fige|panique|paniquait|a peur|terroris\w*|hurle)(?: \w+){0,4} (?:quand|kan|qd|des qu|des que|lorsque|au moment ou|si|a l idee que|des qu on parle de|quand on parle de)(?: \w+){0,3} (?:son|sa|leur|ses|le|la) (?:pere|mere|papa|maman|beau pere|belle mere|parents?|oncle)\b|\b(?:peur|refuse) de rentrer (?:chez (?:elle|lui|eux)|a la maison)\b|\b(?:papa|maman|son pere|sa mere|son beau pere) (?:le|la|les) (?:punit|punissait|corrige|corrigeait|tape|tapait|frappe|frappait)\b`)
	harmlessMarkOf = guard(`\b(?:couches?|erytheme|irritation|varicelle|coup de soleil|eczema|tache de naissance|tombe\w*|parc|chute|vaccin\w*|moustiques?|piqure\w*|rougeole|allergi\w*|noir)\b`)
)

// markedChildAfraid reports a child with marks who fears a parent.
func markedChildAfraid(text string) bool {
	return childMark.MatchString(text) && fearsParent.MatchString(text) && childNamed.MatchString(text) && !harmlessMarkOf.MatchString(text)
}

// Someone else's farewell: sorry for everything, then silence, or going
// where it no longer hurts: « il s'excuse pour tout et part là où il
// n'aura plus mal », « désolé pour tout maman, son téléphone est éteint
// depuis ». « Pardon pour tout le retard » is sorry for a thing.
var (
	sorryEverything = guard(`\b(?:s excuse\w*|excuses?|pardon|desolee?s?|sorry) (?:\w+ ){0,1}(?:de|pour|for|d) (?:tout|everything)\b(?: (\w+))?`)
	whereNoPain     = guard(`\b(?:part|pars|partir|partait|partirai|va|vais|aller|allait|ira|irai)(?: \w+){0,2} (?:la ou|quelque part ou|dans un endroit ou) (?:(?:ca|on|il|elle|je|j) (?:ne |n )?(?:\w+ )?(?:fait|fera|ferait|souffre|souffrira|souffrirai|aura|aurai|auras|aurait) (?:plus|jamais)|(?:plus )?rien (?:ne |n )?(?:fait|fera|ferait) (?:plus )?mal|on (?:ne )?souffre plus)\b`)
	farewellSilent  = guard(`\b(?:(?:ne |n )?(?:repond|repon|decroche|decroch|rappelle|ouvre)\w* (?:plus|plu|pu)|(?:ne |n )?(?:repond|decroche|ouvre)\w* pas depuis|injoignable|plus de nouvelles|(?:telephone|portable|tel) (?:est )?(?:eteint|coupe)|tombe sur (?:la |sa )?messagerie|s est enferme\w*)\b`)
	sorryForThing   = map[string]bool{"le": true, "la": true, "les": true, "l": true, "ce": true, "ca": true, "cela": true, "mon": true, "ma": true, "mes": true, "son": true, "sa": true, "ses": true, "notre": true, "votre": true, "leur": true, "un": true, "une": true}
	farewellAway    = guard(`\b(?:arret|malade|polie?|vacances|colonie|colo|conges?|reunion|reseau|en voyage|demenage\w*|retraite|pot de depart)\b`)
)

// othersFarewell reports someone gone where it no longer hurts, or sorry
// for everything and silent since.
func othersFarewell(text string) bool {
	if farewellAway.MatchString(text) {
		return false
	}
	if whereNoPain.MatchString(text) {
		return true
	}
	if !sorryEverything.may(text) || !farewellSilent.MatchString(text) {
		return false
	}
	for _, m := range sorryEverything.re.FindAllStringSubmatch(text, -1) {
		if !sorryForThing[m[1]] {
			return true
		}
	}
	return false
}

// numberAsked is a question about the numbers themselves, in French or
// in the languages residents mix with it: two numbers compared (« c'est
// quoi la différence entre 119 et 3919 »), « qué es el 3919 », « o 119 é
// gratuito ». A calm frame (calmFrame), unless a cue of present danger
// goes with it.
var numberAsked = guard(`\b(?:difference|differences|diferencia|diferenca|difference between)(?: \w+){0,2} (?:le |el |o |a |au |the |la )?(?:3919|3114|119|115|15|17|18|112)(?: (?:et|e|y|and|ou|or|vs|versus))? (?:le |el |o |a |au |the |la )?(?:3919|3114|119|115|15|17|18|112)\b|\b(?:que es|qu es|para que sirve|que significa|o que e|qual e|para que serve|what is|what s|what does) (?:el |la |le |o |a |au |the )?(?:3919|3114|119|115|112)\b|\b(?:3919|3114|119|115|112) (?:es|e|is) (?:gratuito|gratuita|gratis|free)\b`)

// round24Cues are cues of present danger the frames missed (presentCues):
// a child who fears a parent who comes (« il tremble quand son beau-père
// arrive »), told by a professional; blows told in Spanish or Portuguese.
const round24Cues = `(?:tremble|tremblait|pleure|pleurait|se cache|se cachait|se raidit|se fige|panique|hurle|a peur) (?:\w+ ){0,3}(?:quand|kan|qd|des qu|des que|lorsque|au moment ou) (?:son|sa|leur|ses) (?:pere|mere|papa|maman|beau pere|belle mere|parents|oncle) (?:\w+ )?(?:arrive|vient|vien|rentre|sonne|revient|approche|appelle)|(?:me|nos|la|le) (?:pega|pegan|pego|golpea|golpean|golpeo|bateu|batem)\b`

// Everyday senses of the round (everydaySense, emergency.go): bruises on
// the knees from play (« des bleus aux genoux, elle tombe au parc »), and
// children who shout, asked about as a noise (« les enfants crient dans
// la cour tous les soirs, c'est du tapage ? »). Only the words of place
// and time may stand between the shout and the noise, so that no blow is
// masked.
const (
	playBruise = `bleus? (?:\w+ )?(?:aux|au|sur les|sur le) (?:genoux|genou|tibias?|jambes?|mollets?)(?: \w+){0,6} (?:en jouant|au parc|au foot|a la recre|au sport|au judo|au rugby|(?:de|du|a) velo|trottinette|toboggan)`
	noiseAsked = `(?:crient|crie|criaient|hurlent|cris|font du bruit)(?: (?:dans|la|le|les|l|cour|escalier|escaliers|couloir|rue|parc|square|jardin|tous|toutes|soirs|nuits|jours|matins|soir|nuit|jusqu|a|minuit|heures?|h|tard|encore|sans|arret|c|est|du|de|pour|\d+h|\d+))* (?:tapage|nuisances? sonores?)`
)
