package catalog

import (
	"regexp"
	"slices"
	"strings"
)

// Emergencies are not left to the engine's ranking: the entries of an
// emergency theme are long and share everyday words (« ce soir », « mon
// fils », « dormir ») with half the catalogue, so ranking alone either
// misses residents in danger or alarms the others. Each emergency entry
// lists signals instead: short phrases that, found in a message, make it
// an emergency (« me frapp* », « nulle part ou dormir », « envie de
// mourir »). Ordinary messages that only borrow the words of danger (« ce
// formulaire va me tuer », « mort de rire ») are recognised first: the
// words of such a figurative phrase match no signal.
//
// A signal is matched on the message's words, lower case and without
// accents or apostrophes (« m'a » is « m a »), SMS abbreviations spelt out
// (« avc » is « avec », « jveux » is « je veux »): its words must appear in
// order, each at most signalGap words after the previous one (one after
// « ma », the possessive or « m'a » by ear). A word ending
// in * matches any word it begins (« frapp* » matches « frappé »); a word
// of seven letters or more also matches a word one typo away (« sucider »);
// a word that sounds in three letters or more also matches a word that
// sounds the same (« tapé », « taper », « tapai »; see sound.go). Shorter
// words and numbers are matched exactly: one typo away from « agresse » is
// « adresse », « des » sounds like « d'un », « 115 » is not « 15 ».
//
// How the signals were measured: the distress*.jsonl sets of testdata,
// read by TestEmergencies.
const signalGap = 3

// figurative are ways of speaking that borrow the words of danger without
// being one: « ce formulaire va me tuer », « le crédit m'étrangle ». The
// words they cover match no signal; the rest of the message still may, so
// that « le loyer m'étouffe et il me frappe » stays an emergency.
var figurative = anyPhrase(
	// A damp flat where « on étouffe », insults to the bot, a fridge
	// empty tonight (emergency_round23.go).
	dampSuffocation, insultToBot, botUseless, foodLackTonight, teamFarewell,
	// A stuffy waiting room, pale on a photo, put out of a class, not
	// there tomorrow at the office, a sunburn (emergency_round25.go).
	stuffyPlace, palePhoto, classOut, shiftGone, hotelCheckout, thingLocked, sunburnFigure,
	`mort(?:e|s)? de (?:rire|honte|fatigue|ennui|faim)`,
	`mourir de (?:rire|honte|fatigue|ennui)|(?:mourir|mort|morte|meurs|meurt|creve\w*) d (?:ennui|impatience)`,
	`meurs? (?:de faim|d envie|de chaud|de rire)`,
	`(?:crev|creuv)\w* (?:de|d) (?:faim|soif|chaud|fatigue|rire|ennui)`,
	`mourir de faim`,
	// Fallen into unemployment, ill, out of order: no fall.
	`tomb\w* (?:au chomage|malade|enceinte|en panne|amoureu\w*|en faillite|dans les dettes|d accord)`,
	// In danger of losing something: a risk, not a danger to life.
	`en danger (?:de|d) (?:perdre|tout perdre|ne|n|pas|rater|louper|manquer|redoubler|payer|etre (?:expulse|radie|coupe|vire|licencie)\w*|expulsion|radiation|faillite|coupure)`,
	`(?:formulaire|dossier|papier|paperasse|administration|demarche|site|attente|queue|file|courrier|lettre|facture|impot|caf|truc|histoire|bureaucratie|appli|application|bebe|travail|boulot|patron|patronne|chef|cheffe|boss|manager|prof|coach|maitresse|maitre|instit|institutrice|instituteur|nounou|ca|cela|horaire)s?(?: \w+){0,3} (?:va|vont|allait|allaient|finira|finiront)(?: finir par)? (?:me |nous )?(?:tu|massacr|etrangl|assassin|egorg|trucid|etrip|defonc|achev)\w*`,
	`(?:formulaire|dossier|papier|paperasse|administration|demarche|site|attente|queue|file|courrier|lettre|facture|impot|caf|truc|histoire|bureaucratie|appli|application|bebe|travail|boulot|patron|chef|prof|ca|sa|cela|horaire)s?(?: \w+)? (?:me|nous|m a|nous a) tu\w*`,
	`le feu aux fesses`,
	// Gone from a site or a file, not from life: « ne plus exister sur
	// leur site ».
	`(?:ne )?plus exister (?:sur|dans) (?:ce|cette|leur|leurs|le|la|les|son|sa|ses|vos|votre|mon|ma|mes) (?:\w+ )?(?:sites?|comptes?|applis?|applications?|fichiers?|registres?|bases?|reseaux?|listes?)`,
	// Pushed to the end of one's patience, a knife at the throat to
	// sign: pressure, not blows (« mon patron m'a poussé à bout », « le
	// vendeur m'a mis le couteau sous la gorge pour signer »).
	`pouss\w* a bout`,
	`(?:(?:m a|m ont|nous a|nous ont|me|nous) )?(?:mis|met|mettent|mettre|mettait) le couteau sous la gorge (?:\w+ ){0,3}(?:pour|de|d|afin de) (?:me faire |nous faire )?(?:signer|payer|accepter|vendre|acheter|prendre|souscrire|partir|demissionner|rembourser|regler|choisir|decider)`,
	// Health habits said to kill (« le cholestérol va me tuer »), an
	// animal bled in a recipe, a night with no sleep: no danger.
	`(?:cholesterol|sucre|tabac|cigarette|clope|alcool|gras|sel|tension|malbouffe|kilo|regime|sedentarite|ecran)s?(?: \w+){0,3} (?:va|vont|allait|allaient|finira|finiront)(?: finir par)? (?:me |nous |le |la )?(?:tu|achev)\w*`,
	`saign\w* (?:un |une |le |la |les |des )?(?:volailles?|poulets?|lapins?|cochons?|porcs?|moutons?|agneaux?|canards?|poules?|betes?)`,
	`(?:pas|peu|mal) dormi de la nuit`,
	`(?:chat|chien|chiot|chaton|lapin|hamster|cochon d inde|perroquet|oiseau|animal|poisson|cheval)s? (?:\w+ ){0,3}(?:a avale|avale|s est|est tombee?|a mange|mange|respire|saigne|vomi|a ete|est malade)\w*(?: \w+){0,3}`,
	`frapp\w* (?:\w+ ){0,2}(?:sur|contre) (?:le|la|les|son|sa|ses|mon|ma|mes|un|une) (?:clavier|table|touches?|piano|tambour|ballon|balle|clou|clous|batterie|volant)`,
	`voisin\w* (?:\w+ ){0,2}(?:m|me|nous) (?:insult|injuri)\w*`,
	// Things lost, found or dropped in the street; a person who fell
	// there (« il est tombé dans la rue ») is no thing.
	`(?:trouve|perdu|oublie|vole|ramasse)e?s? (?:\w+ ){0,4}dans la rue`,
	`(?:portefeuilles?|porte monnaie|porte feuille|telephones?|portables?|tel|cartes?|cles|clefs|sacs?|papiers?|bijoux|bagues?|lunettes|billets?|monnaie|doudous?|gants?|bonnets?|echarpes?|objets?|affaires|courses|colis|lettres?)(?: \w+){0,3} tombee?s? (?:\w+ ){0,4}dans la rue|(?:fait|fais|faire|faisant) tomber (?:\w+ ){0,4}dans la rue`,
	// A ship's deck and a bridge holiday, a rope for a move or the
	// washing: « sur le pont du bateau », « une corde pour le
	// déménagement ».
	`pont (?:du|d un|de notre|de mon|de ce) (?:bateau|ferry|navire|paquebot|voilier|peniche)|(?:faire|fait|fais|ferai|on fait|prendre|prend) le pont|pont de (?:l ascension|la pentecote|mai|noel|novembre|la toussaint)`,
	`corde (?:a linge|a sauter|de (?:guitare|violon|ukulele|harpe)|d escalade)|corde(?: \w+){0,3} pour (?:le |la |les |un |une |mon |ma |mes |notre )?(?:demenag\w*|linge|jardin|bateau|escalade|sport|chien|cheval|camping|tente|bricol\w*|etendre|balancoire|hamac|remorque|galerie|arrimer|attacher|meubles|cartons|colis|voilier|peche)`,
	// Messages read for a writer who cannot read them: « il lit tous mes
	// messages de la CAF parce que je ne lis pas le français ».
	`lit (?:tous |toutes )?(?:mes|les) (?:messages|courriers|lettres|mails)(?: \w+){0,4} (?:parce que|parce qu|car|comme) (?:je|j) (?:ne |n )?(?:lis|parle|comprends|sais|vois) (?:pas|mal|plus)|lit (?:tous |toutes )?(?:mes|les) (?:messages|courriers|lettres|mails)(?: \w+){0,3} pour (?:m aider|me les traduire|me les lire|me les expliquer|les traduire)`,
	// Out with the dog: « je suis dehors avec le chien ».
	`(?:dehors|dehor) (?:avec|pour promener|pour sortir) (?:le|mon|ma|les|mes|notre) (?:chiens?|chienne|toutou|chiot)`,
	// Sightseeing: « on regarde l'eau, c'est magnifique ».
	`(?:on|nous|je) (?:\w+ )?regard\w* (?:\w+ ){0,2}(?:l eau|le fleuve|la riviere|la mer|le coucher de soleil|les bateaux|le paysage|la vue)(?: \w+){0,2} (?:c est|c etait|quelle|trop|tellement) (?:magnifique|beau|belle|joli|jolie|superbe|splendide|vue)`,
	// A partner who « controls all » in a spreadsheet or the accounts'
	// file: household management, not control of the writer.
	`controle tout (?:\w+ ){0,2}(?:sur|dans|avec) (?:son|sa|ses|le|la|les|un|une|l|notre|nos) (?:tableur|tableau|excel|fichier excel|fichier de comptes|logiciel de comptes|cahier de comptes|carnet de comptes|tableaux)`,
	`(?:credit|dette|loyer|facture|impot|banque|pret|charge|taxe|budget|fin de mois|frais|agio|huissier|echeance|mensualite|remboursement|mutuelle|assurance|cotisation|abonnement|operateur|forfait|traite|echeancier|urssaf|tresor public|fisc)s?(?: \w+){0,2} (?:m|me|nous|m a|nous a|m ont|nous ont) (?:etrangl|etouff|tu|achev|assassin|massacr|noi|noy|saign|plum|egorg|depouill|ruin)\w*`,
	`(?:noie|noyer|noyee?|noye)s? (?:sous|dans) (?:\w+ ){0,2}(?:papier|paperasse|dossier|demarche|dette|facture|travail|boulot|courrier|formulaire|document|mail|devoir|administratif)s?`,
	`agress\w* par (?:le|la|les|ce|cette|ces|un|une|des) (?:prix|tarif|facture|montant|frais|taxe|cout|pub|bruit|odeur|lumiere|couleur|timbre)s?`,
	`etouff\w* (?:sous|par) (?:les |mes |des |la |le |mon |ma |nos )?(?:dettes?|factures?|credits?|impots?|charges?|loyers?|paperasse|papiers?|travail|boulot|problemes?|soucis|demarches?|courriers?)`,
	`etouffe sous`,
	`(?:banque|operateur|caf|patron|boss|assurance)s? (?:m|nous) (?:a|ont) mis a la rue`,
	`(?:m|nous) (?:a|ont) tue(?:e|s)? avec`,
	`ma tue(?:e|s)? avec`,
	// Strangled by someone's demands, not hands: « mon chef m'étrangle
	// avec ses objectifs ». Words, messages, cries and controls are left
	// out: a partner who harasses with messages or shouts is violence.
	`(?:m|me|nous|ma) (?:etrangl|etouff|tu|assassin|massacr|achev|noi|noy|saign|egorg)\w* (?:\w+ ){0,3}?avec (?:ses|leurs|son|sa|leur|ces|les|vos|tes) (?:\w+ )?(?:indus|trop percus|rappels|regularisations|penalites|majorations|objectifs|exigences|reunions|horaires|dossiers|papiers|factures|relances|reformes|regles|procedures|delais|plannings?|chiffres|taxes|impots|frais|prix|tarifs|ronflements|blagues|betises|musique|devoirs|tableaux|statistiques)\b`,
	// Insulted at a counter: « agressée verbalement au guichet ».
	`agress\w* (?:verbalement |\w+ ){0,3}(?:au|a la|a l|dans le|dans la|dans l|par le|par la|par l|par un|par une) (?:guichet|poste|caf|mairie|agence|banque|magasin|supermarche|accueil|caisse|prefecture|client|cliente|usager|usagere|controleur|controleuse|agent|agente|vendeur|vendeuse|conseiller|conseillere)s?\b`,
	`(?:batterie|telephone|portable|ordi|ordinateur|imprimante|voiture|box|compte|carte|appli|application|ecran|plante|forfait|permis)(?: \w+){0,2} (?:est|et|a|sont) (?:mort|morte|morts|creve|crevee)`,
	`(?:dossier|demande|ecran|page|site|appli|application|compte|souris|curseur|situation|file|ligne|affaire|voiture|bus|train|colis|queue|ca|rien)s?(?: \w+){0,2} (?:ne )?bouge(?:nt)? plus`,
	`ne (?:me|nous|lui|leur|te|vous|se) parlen?t? plus`,
	`(?:s est|sest|se sont|nous sommes|on s est|on sest|se) (?:battu|battue|battus|battues|battent|battre)`,
	touchBenefit,
	`tuer le temps`,
	// Nothing left for the writer in the fridge: « y a plus rien pour moi
	// au frigo, ce soir c'est pâtes » is no night outside (a child's « plu
	// rien dans le frigo » stays a danger).
	`rien pour moi (?:au|dans le|dans les) (?:frigo|placards?|congelo|congelateur)`,
	// Without a network, not a roof: « sdf de wifi depuis 2 jours ».
	`(?:sdf|sans domicile(?: fixe)?|a la rue|sans abri) (?:de|du|niveau|cote|question) (?:wifi|internet|reseau|connexion|4g|5g|data|forfait|telephone|box)`,
	// A threat over a school matter (« il va me tuer pour ma mauvaise
	// note »), a street named « rue » (« je suis à la rue de la Paix,
	// c'est où votre bureau »), where one lives or works.
	`(?:va|vont|allait|allaient) (?:me|m|nous) (?:tuer|etrangler|massacrer|defoncer|engueuler|gronder)(?: \w+){0,3} (?:parce qu|pour|a cause d)\w*(?: \w+){0,5} (?:mauvaises? notes?|notes?|bulletin|carnet|retard|gouter|devoirs?|cahier|controle|interro|trousse|bavardage)s?`,
	`a la rue (?:de la|de l|des|du|d) \w+(?: \w+){0,2} (?:c est ou|ou est|c est loin|c est pres|ou se trouve|c est a cote|pres de|a cote de)`,
	`(?:habite|habitons|habitent|habitez|habitais|travaille|travaillons|situee?s?|demenage) (?:a la|dans la|au|en) rue (?:de la|de l|des|du|`+streetNames+`)`,
	`a la rue (?:de la |de l |des |du |d |de )?`+streetNames+`\b`,
	`(?:plus|pas|plu|pu) (?:de|d) (?:chauffage|electricite|gaz|eau chaude|eau|courant|lumiere)(?: (?:ni|et|ou) (?:de |d )?(?:chauffage|electricite|gaz|eau chaude|eau|courant|lumiere))*(?: (?:dans|ds|a) (?:la|le|l|notre|ma|mon) (?:maison|appartement|appart|logement))?`,
	`harcel\w* (?:\w+ ){0,2}(?:avec|de|par) (?:leur|leurs|des|ses|les|la|le|son|sa) (?:mails?|newsletters?|pubs?|publicites?|sms|appels?|relances?|courriers?|lettres?|notifications?|offres?)`,
	`frapp\w* d une amende`,
	// Knocking, and « taper sur le système »: « mon fils me frappe à la
	// porte de la salle de bain tous les matins ».
	`frapp\w* (?:a|au|aux) (?:la |le |les |ma |sa |ta |notre |votre |leur |mon |son |toutes les |tous les |plusieurs |des )?(?:porte|portes|carreau|carreaux|vitre|vitres|fenetre|fenetres|volet|volets|portiere)`,
	`(?:tape|tapes|tapent|tapait|tapaient|taper) sur (?:le|les) (?:systeme|haricot|nerfs)`,
	`sur les nerfs`,
	`(?:au|le|du|ce|un|les|des) match`,
	`failli faire une crise`,
	`a la rue (?:niveau|cote|question|financierement|pour l argent|en ce moment cote)`,
	`saign\w* a blanc`,
	// Bleeding as paying: « je saigne à chaque fin de mois avec ce
	// loyer ».
	`saign\w* (?:a chaque|chaque|toutes les|tous les|en) (?:fin de mois|fins de mois|debut de mois|mois)|saign\w*(?: \w+){0,4} (?:avec|a cause d\w*|pour|par) (?:ce|cette|ces|le|la|les|l|mon|ma|mes|leur|leurs) (?:loyer|loyers|impots?|factures?|charges|credits?|taxes?|banque|agios|mensualites?|traites)\b`,
	// Broke until payday, not out of a home: « à la rue, plus un rond
	// avant le 5 ».
	`a la rue(?: \w+){0,4} (?:plus|pas|sans) (?:un rond|un sou|un centime|une thune|de thune|d argent|un euro|une tune)(?: \w+){0,3} (?:avant|avan|jusqu au|jusqu a) (?:le |la )?(?:\d+|fin du mois|fin de mois|paie|paye|virement|prochain versement)`,
	// A sanction that « strikes »: « frappé d'une mise à pied ».
	`frapp\w* d (?:une|un) (?:mise a pied|sanction|amende|interdiction|penalite|majoration|avertissement|blame|radiation|suspension|exclusion|saisie|taxe|forclusion|incapacite|inaptitude)`,
	// Harassed with letters and complaints, a neighbours' quarrel;
	// shouted at over a parking place; put out of an office.
	`harcel\w* (?:avec|de|d|a coups de) (?:(?:leurs?|ses|des|ces|plein de) )?(?:plaintes?|courriers?|lettres?|reclamations?|relances?|recommandes?|mises? en demeure)`,
	`agress\w* verbalement (?:\w+ ){0,2}(?:pour|a cause d\w*) (?:une|un|des|le|la|les|l|mon|ma|mes|son|sa|ses) (?:place|places|ticket|billet|parking|stationnement|poubelles?|haie|bruit|file|queue|voiture|chien|priorite|histoire)\b`,
	`kicked (?:me|us|him|her|them) out of (?:the|my|our|his|her|their) (?:office|job|company|work|meeting|class|classroom|school|store|shop|bank|agency|building site|team)`,
	// A threat to leave or to divorce, not to hurt: « mon conjoint me
	// menace de divorcer si je ne fais pas les papiers ».
	`menac\w* (?:de|d) (?:divorcer|demander le divorce|me quitter|nous quitter|rompre|se separer|vendre|demenager|resilier|changer (?:de|d) \w+)`,
	// Too much of a thing: « une overdose de paperasse ».
	`(?:overdose|indigestion|allergie|intoxication) (?:de|d|a|au|aux) (?:la |l |les |des )?(?:\w+ )?(?:`+thingWords+`|travail|boulot|reunions?|devoirs|series|chocolat|sucre|politique|pub|publicite|informations|infos)\b`,
	menaceProcedure,
	`(?:exercice|alarme|alerte|consignes?|simulation)s? (?:\w+ ){0,3}?(?:evacuation )?(?:incendie|evacuation|confinement)`,
	`(?:sans domicile(?: fixe| stable)?|sdf) (?:sur le papier|administrativement|officiellement|pour l administration|aux yeux de)`,
	`(?:prix|tarif|facture|loyer|taxe|amende|hausse|note|addition|montant|cantine|impot)s?(?: \w+){0,4} violente?s?`,
	`c est (?:trop |super |hyper |vraiment |grave |un peu |tres )?violent`,
	`violente?s? (?:\w+ ){0,4}avec (?:les|le|la|l|des|un|une|ses|mes) (?:conseill\w*|agents?|guichet\w*|vendeu\w*|voisins?|collegues?|clients?|serveu\w*|chauffeurs?|employee?s?|fonctionnaires?|profs?|professeurs?|secretaires?|medecins?|infirmi\w*)`,
	`craquer si (?:la |le |les |l |mon |ma |mes |ce |cette )?(?:caf|cpam|secu|banque|prefecture|administration|impots?|ants|mairie|patron|chef|site|dossier|appli|application|courrier|facture|formulaire|conseill\w*|pole emploi|france travail)`,
	`(?:controleur|agent|guichetier|guichet|conseiller|conseillere|vendeur|vendeuse|chauffeur|caissier|caissiere|client|employe|secretaire|facteur)s? (?:\w+ ){0,3}agress\w*`,
	`(?:craqu\w*|peter un cable|peter les plombs) (?:avec|a cause d\w*|sur|pour)`,
	// The paper first, then the cry, and nothing else: « dette CAF, je
	// craque ».
	`^(?:(?:une|la|ma|mes|les|des|cette|ces|mon|le|ce) )?(?:dettes?|`+thingWords+`)s?(?: \w+){0,2} (?:je )?craque$`,
	// The cry, then the thing, and nothing else: « je craque, ce site ».
	`craqu\w* (?:avec |a cause de |a cause d )?(?:la |le |l |les |ce |cette |ces |mon |ma |mes |son |sa |ses )(?:\w+ )?`+thingWords+`s?\b`,
	// Harassed by an office or a firm, in the passive: « je me fais
	// harceler par ma banque ».
	`harcel\w* (?:\w+ ){0,2}par (?:mon|ma|mes|le|la|les|l|un|une|des|leur|ce|cette|son|sa) (?:france travail|pole emploi|banque|operateur|caf|huissier|creancier|assurance|societe|fournisseur|agence|entreprise|service|conseiller|proprio|proprietaire|bailleur|pub|impots?|plateforme|standard|centre d appels?|telemarketing|demarcheurs?)`,
	// A paper owed, and « he'll kill me » if it is late: « le proprio va
	// me tuer si je ne rends pas le papier demain ».
	`(?:va|vont|allait) (?:me|nous) (?:tuer|massacrer|etrangler|egorger|trucider) si (?:je|j|on) (?:ne |n )?(?:\w+ ){0,1}(?:donne|rends|envoie|fais|paie|paye|ramene|apporte|remplis|signe|depose|transmets)\w* (?:\w+ ){0,2}(?:pas|attestation|papier|dossier|document|loyer|facture|quittance|formulaire)`,
	// « Il y a le feu au lac ? », nothing is urgent.
	`feu au lac`,
	`^(?:je )?craque (?:avec |a cause de |a cause d )?(?:la |le |l |les |ce |cette |ces |mon |ma |mes |son |sa |ses |leur |leurs )(?:\w+ )?(?:dettes?|`+thingWords+`)s?$`,
	// A human asked for, then the cry: « un humain svp, je craque ».
	`^(?:(?:je veux|je voudrais|passez moi|svp) )?(?:un|une) (?:vrai |vraie )?(?:humain|humaine|conseiller|conseillere|agent|mediateur|mediatrice)(?: (?:svp|stp|s il vous plait|please|vite))? (?:je )?craque$`,
	// Breaking down over a paper one does not understand: « je craque,
	// rien compris à la taxe foncière ».
	`(?:craqu\w*|peter un cable|peter les plombs|n en peux plus|a bout)(?: \w+){0,2} (?:rien compris|(?:je )?(?:ne )?(?:comprends?|pige|capte) (?:rien|pas|plus rien)|(?:je )?(?:n )?y comprends (?:rien|plus rien)|perdue? dans) (?:a|au|aux|a la|a l|avec|dans|sur|de|du|des|en) (?:la |le |l |les |ce |cette |ces |mon |ma |mes |leur |leurs )?(?:\w+ )?`+thingWords+`\b`,
	`(?:rien compris|(?:je )?(?:ne )?(?:comprends?|pige|capte) (?:rien|pas|plus rien)|(?:je )?(?:n )?y comprends (?:rien|plus rien)) (?:a|au|aux|a la|a l|avec|dans|sur|de|du|des|en) (?:la |le |l |les |ce |cette |ces |mon |ma |mes |leur |leurs )?(?:\w+ )?`+thingWords+`(?: \w+){0,4} (?:je )?(?:craqu\w*|n en peux plus|suis a bout)`,
	`(?:france travail|pole emploi|patron|patronne|chef|cheffe|employeur|employeuse|manager|responsable|rh|drh|direction|hierarchie|superieur|banque|operateur|caf|huissier|creancier|assurance|societe|fournisseur|agence|entreprise|service|conseiller|proprio|proprietaire|bailleur|pub|impot)s? (?:\w+ ){0,2}(?:me|nous|m) harcel\w*`,
	`frapp\w* par (?:un|une|le|la) (?:ballon|balle|foudre|porte|objet|amende|taxe|penalite|majoration)`,
	`a la rue (?:avec|en|sur|pour) (?:l |la |le |les )?(?:informatique|internet|ordi|ordinateur|ordinateurs|numerique|technologie|technique|telephone|smartphone|portable|maths?|francais|anglais|administratif|paperasse|appli|applis|application|applications|tablette|ecrit|papiers)\b`,
	`(?:m a|m ont|nous a|nous ont) mis (?:une|un|la) (?:claque|baffe|gifle|douche froide|coup de massue|coup de bambou) avec (?:ses|leurs|les|sa|son|la|le|ce|cette) \w+`,
	`(?:me|m|nous) rend\w* (?:fou|folle|dingue|malade|chevre|zinzin)(?: \w+){0,8} (?:je vais|va me faire|vont me faire) craquer`,
	// Exasperation at a paper, an office or a site that fails: « ANEF
	// bug depuis une semaine, je vais craquer », « trois relances de la
	// banque, je vais craquer ». Breaking down is then a figure; a wish
	// to die or a danger told beside it is still read.
	`(?:`+thingWords+`|anef|bugs?|bug\w*|beug\w*|plante|plantent|plant\w+|en panne|bloque\w*|relances?|rappels?|rejete\w*|refuse\w*)(?: \w+){0,5} (?:je vais|jvais|j vais|vais|je sens que je vais|ca va me faire|va me faire|vont me faire) (?:craquer|peter un cable|peter les plombs|peter un plomb|devenir fou|devenir folle|peter une durite)`,
	`(?:envie de|envie d|vais|veux|va|vont|aller|allez) (?:tuer|buter|exploser|defoncer|massacrer|etrangler|jeter par la fenetre) (?:l|le|la|les|mon|ma|mes|ce|cette|cet|son|sa) (?:ordi|ordinateur|imprimante|telephone|portable|tel|box|machine|appli|application|site|ecran|tele|television|voiture|clavier|souris|tablette|pc|wifi|modem|frigo|scanner|logiciel)s?`,
	`(?:en|pour) (?:riant|rigolant|plaisantant|rire|rigoler)(?: \w+){0,2} qu (?:il|elle|ils|elles|on) (?:allait|allaient|va|vont|voulait|voulaient) (?:tuer|etrangler|buter|massacrer|assassiner|etriper)`,
	`(?:veut|veux|voulait|voudrait|voudrais|souhaite|prefere|aimerait|aimerais)(?: \w+)? mourir (?:chez (?:elle|lui|soi|moi|nous)|dans (?:sa|son|ma|mon|notre) (?:maison|lit|village|pays|appartement)|a la maison|au pays|tranquille|dans la dignite)`,
	// A blow or a touch that is a figure: « le chômage m'a mis un coup de
	// massue », « l'inflation m'a mis une claque », « mon frère me touche
	// par sa gentillesse ».
	`(?:inflation|facture|loyer|prix|impots?|note|addition|regularisation|rappel|chomage|caf|banque|hausse|taxe|redressement|nouvelle|annonce|resultat|diagnostic|mois|fin de mois|rentree|vie|courrier|lettre|montant)s?(?: \w+){0,3} (?:m a|ma|nous a|m ont|nous ont) mis (?:une|un|la) (?:claque|baffe|gifle|coup|douche froide|tarte|raclee)`,
	`(?:me|m a|ma|m ont|nous a|nous) (?:beaucoup |vraiment |tellement |enormement |profondement )?touche\w* (?:beaucoup |vraiment |tellement |enormement )?(?:par (?:sa|son|ses|leur|votre|vos|ta|ton|tes)|avec (?:sa|son|ses|leur|leurs)|au coeur)`,
	// Sleeping in one's car for one's job: « je dors dans ma voiture
	// quand je fais la route ».
	`(?:dors|dormir|dormi|dort)(?: \w+){0,3} (?:voiture|camion|cabine)(?: \w+){0,4} (?:quand je fais la route|en deplacement|pendant (?:ma|mes|la|les) (?:pause|pauses|sieste|trajets?|deplacements?)|pour (?:le|mon) (?:travail|boulot)|entre deux (?:livraisons|chantiers|services|tournees))`,
	// A blow that is a figure: « le chômage m'a mis un coup de massue ».
	`(?:mis|met|mets|mettent|mettait) (?:un|des|une|le) (?:sacre |gros |vrai |sale |bon )?coups? de (?:massue|bambou|blues|pouce|main|fil|foudre|vieux|stress|theatre|chance|genie|coeur|froid|soleil|balai|speed|pression|frein|mou|boost|jeune|neuf)`,
	// To vanish from a list or a file, to make a thing vanish.
	`disparaitre (?:de|des|du|d) (?:la |le |les |l |leur |leurs |ce |cette |ces |votre |vos |mon |ma |mes |son |sa |ses |tous les |toutes les )?(?:listes?|fichiers?|bases?|registres?|annuaires?|mailing|newsletters?|diffusion|internet|google|reseaux|sites?|comptes?|contacts?|repertoires?|photos?|annonces?|historiques?|systemes?|ecrans?)`,
	`(?:faire|fait|fais|font|faisait|ferait|fera|fer|fair) disparaitr\w* (?:un|une|le|la|les|l|mon|ma|mes|son|sa|ses|cette|ce|ces|cet|leur|leurs|notre|nos|votre|vos)`,
	// « Tuer le game »: to do something brilliantly.
	`(?:tue|tuee|tues|tuer|tuait|tuent) (?:grave |carrement |completement )?(?:le|ce|mon|son|ma|sa|la) (?:jeu|game|boss|niveau|match|brevet|bac|exam|examen|partiel|concours|entretien|oral|controle|permis|code|morceau|show|spectacle|concert|soiree|danse|karaoke)`,
	// The rush of a kitchen: « c'était le coup de feu ».
	`(?:c|c est|ce) (?:est |etait |sera )?(?:le |du |un |gros )?coup de feu|en plein coup de feu|coup de feu (?:en cuisine|au (?:resto|restaurant|service|boulot|travail|taf))`,
	// A boss who shouts he will kill the whole team.
	`(?:chef|cheffe|patron|patronne|boss|manager|directeur|directrice|responsable|contremaitre|coach|entraineur|prof)s?(?: \w+){0,5} (?:va|vont|allait|allaient) (?:tous |toutes )?(?:nous|vous|les) (?:tous |toutes )?(?:tuer|massacrer|etrangler|buter|defoncer|egorger|exploser|tuer)`,
	// A relative, not a partner, who « will kill » the writer for a thing
	// lost or forgotten: « ma mère va m'étrangler, j'ai perdu sa carte ».
	`(?:mere|pere|parents|daronne?|daron|soeur|frere|mamie|papi|grand mere|grand pere|tante|oncle|tata|tonton|marraine|parrain|cousine?|coloc|colocataire|chef|cheffe|patron|patronne|boss|prof|fils|fille|gamine?|ado|gosse|enfant|belle mere|beau pere|belle soeur|beau frere|collegue|voisine?|amie?|pote)s? (?:va|vont|allait|allaient) (?:me|m|nous) (?:tuer|etrangler|massacrer|assassiner|egorger|buter|trucider|etriper|defoncer|engueuler)(?: \w+){0,3} (?:j ai|jai|j avais|on a|on avait) (?:encore |deja )?(?:perdu|oublie|casse|raye|abime|egare|jete|efface|supprime|rate|loupe|renverse|tache|mal rempli|pas envoye|pas poste|pas paye)`,
	// To be « killed » by an institution or a bill: « on va se faire tuer
	// par le contrôle fiscal ».
	`(?:se|me|nous|te|vous) faire (?:tuer|massacrer|egorger|etrangler|defoncer|allumer|exploser|descendre|lyncher|assassiner|trucider|etriper|achever|saigner|plumer) par (?:le |la |les |l |mon |ma |mes |notre |nos |ce |cette |un |une |des |leur )?(?:\w+ )?(?:controles?|controleurs?|fisc|impots?|banques?|banquiers?|caf|urssaf|huissiers?|entreprises?|societes?|artisans?|vendeurs?|demarcheurs?|arnaqueurs?|escrocs?|garagistes?|plombiers?|installateurs?|agences?|administration|profs?|patrons?|chefs?|boss|comptables?|clients?|proprio|proprietaires?|inspecteurs?|inspection|examens?|jury|prefecture|redressement|percepteur|tresor public|assurances?|mutuelles?|factures?|agios|frais|taxes?|amendes?|operateurs?|edf|engie|bailleurs?|syndic)`,
	// Anger at a game or a machine: « jeter la manette par la fenêtre »;
	// killed forty times by a boss.
	`jet\w* (?:l|le|la|les|mon|ma|mes|ce|cette|son|sa|cet) (?:manette|console|ordi|ordinateur|imprimante|telephone|portable|tel|box|telecommande|tele|television|clavier|souris|tablette|pc|ecran|switch|ps4|ps5|xbox) par la fenetre`,
	`(?:m a|ma|nous a|m ont|nous ont|me|m) (?:tue|tuee|tuer|tues) (?:\d+|deux|trois|quatre|cinq|six|dix|vingt|cent|mille|plein de|des dizaines de|encore) fois`,
	// A farewell to a house, a job, a town: not to life.
	`(?:lettres?|mots?|discours) d adieu (?:a|au|aux|pour) (?:sa|son|ses|ma|mon|mes|la|le|les|notre|nos|leur|leurs) (?:\w+ )?(?:maison|appartement|appart|quartier|ville|village|bureau|travail|boulot|job|collegues?|equipe|ecole|college|lycee|jeunesse|region|pays|club|entreprise|boite|jardin|immeuble|voisins?)`,
	// Dying over a paper: « je suis en train de mourir sur ce formulaire
	// d'impôt », « je crève devant ce dossier ».
	`(?:mourir|meurs|meurt|mourais|creve|crever|crevee|agonise|agoniser) (?:sur|devant|avec|a cause de|a cause d|sous) (?:ce |cette |ces |cet |le |la |les |l |mon |ma |mes |leur |leurs |son |sa |ses )?(?:\w+ )?`+thingWords+`\b`,
	// Fear that « makes one die »: « le saut à l'élastique me fait mourir
	// de peur ».
	`mourir de (?:peur|trouille|stress|angoisse|inquietude|impatience|jalousie|envie|chaud)`,
	// The people a professional serves, not the writer: « des personnes
	// sans domicile ».
	`(?:personnes|gens|publics?|usagers|beneficiaires|menages|(?:beaucoup de|de nombreux|de nombreuses|plusieurs|les|nos|aux|ces) (?:jeunes|familles|femmes|hommes|mineurs|migrants|exiles)) (?:\w+ )?sans (?:domicile|abri|toit|logement)(?: fixe| stable)?`,
	// A threat whose object is a thing, not a life: « je vais en finir
	// avec ce dossier », « je veux que tout s'arrête avec mon opérateur »,
	// « je me tire une balle si je dois encore scanner ce papier ».
	`(?:en finir|finir|que tout s arrete|tout arreter|arreter tout|tout stopper|tout couper) avec (?:(?:ce|cette|ces|cet|mon|ma|mes|le|la|les|l|son|sa|ses|leur|leurs|notre|nos|votre|vos) )?(?:\w+ )?`+thingWords,
	`(?:je me|je vais me|j vais me|je vais finir par me) (?:tire une balle|tirer une balle|pends|pendre|jette|jeter|tue|tuer|flingue|flinguer|suicide|suicider|fous en l air|foutre en l air)(?: (?:par la fenetre|sous un train|du pont))? si (?:je dois|il faut|faut|on me (?:re\w+|demande)|je re\w+|j ai encore|je dois encore|je dois de nouveau)(?: \w+){0,5} (?:`+taskWords+`|`+thingWords+`)`,
	// Dying of a wait: « je vais mourir si je dois encore attendre 3 mois
	// pour ma carte grise ».
	`(?:je vais|j vais|je vais finir par|on va) (?:mourir|crever|devenir folle?|peter un cable) si (?:je dois|on doit|il faut|faut|on me (?:re\w+|demande)|j ai encore|je dois encore|je dois de nouveau)(?: \w+){0,5} (?:`+taskWords+`|`+thingWords+`)`,
	`si (?:je dois|il faut|faut|on me (?:re\w+|demande)|j ai encore|je dois encore|je dois de nouveau)(?: \w+){0,5} (?:`+taskWords+`|`+thingWords+`)(?: \w+){0,6} (?:je me|je vais me) (?:tire une balle|tirer une balle|pends|pendre|jette|jeter|tue|tuer|flingue|flinguer|suicide|suicider|fous en l air|foutre en l air)`,
	// A thing that « finishes off » the writer or gives them cold
	// sweats, dark thoughts, a fit: « le répondeur de la CAF m'a
	// achevé », « ce Crit'Air me donne des idées noires », « j'ai fait un
	// malaise en le lisant ».
	thingWords+`(?: \w+){0,4} (?:m a|m ont|nous a|me|m) (?:acheve|achevee|achever|tue|tuee|acheveront|achevera)\b`,
	thingWords+`(?: \w+){0,4} (?:me|m|nous) (?:donne|donnent|a donne|ont donne|file|filent|fout|foutent|a fichu) (?:des |les |de |d )?(?:sueurs froides|idees noires|cauchemars|palpitations|boutons|migraines?|maux de tete|angoisses)`,
	`(?:malaise|crise cardiaque|infarctus|attaque|arret cardiaque|sueurs froides|crise d angoisse) (?:\w+ ){0,2}en (?:le |la |les |l |lisant|voyant)(?:lisant|voyant|recevant|ouvrant|decouvrant)?`,
	// The keys of a phone menu: « tapez 1, tapez 2 ».
	`(?:tapez|taper|tape|appuyez sur|faites le|retapez) (?:le )?(?:\d+|etoile|diese)\b`,
	// A thing thrown out of the window in anger, the pronoun standing
	// for the thing: « ce site je vais finir par le jeter par la fenêtre
	// avec l'ordi ».
	`jet\w* (?:\w+ ){0,3}par la fenetre avec (?:l |le |la |les |mon |ma |mes |son |sa )?(?:ordi|ordinateur|imprimante|telephone|portable|tel|box|tablette|pc|ecran|clavier|souris)`,
	thingWords+`(?: \w+){0,3} (?:je vais|vais|j vais)(?: finir par)? (?:le|la|les|l) (?:jeter|balancer|defoncer|exploser|casser|eclater)`,
	// To learn to hit, in a sport: « les jeunes apprennent à frapper ».
	`(?:apprend|apprennent|apprendre|apprenons|apprends|enseigne|enseigner|montre|montrer) (?:\w+ )?(?:a |comment )?(?:frapper|taper|cogner|boxer|se battre|se defendre)`,
	// Put out of a job, not a home: « mon patron m'a mis dehors ».
	`(?:patron|patronne|boss|chef|cheffe|employeur|manager|directeur|directrice|boite|entreprise|interim|rh)s? (?:\w+ )?(?:m|nous|l) (?:a|ont) (?:mis|mise|jete|jetee|vire|viree|fichu|foutu) (?:dehors|a la porte)`,
	// Cold sweats someone gave: a fright, not a body that fails.
	`(?:m a|m ont|nous a|nous ont|me|m) (?:donne|donnent|file|filent|fait|fout) (?:des |de |les )?sueurs froides`,
	// Put out of an office, a meeting, a bus: not a home.
	`(?:mettre|mis|mise|jete|jetee|vire|viree|sortir|sorti|sortie) dehors (?:du|de la|de l|des) (?:guichet|prefecture|mairie|bureau|agence|magasin|reunion|salle|cours|classe|bus|train|tram|caf|banque|poste|bibliotheque|piscine|cinema|restaurant|bar|boite|match|stade)`,
	// A blow dealt with money: « le fisc m'a égorgé avec le prélèvement »,
	// « les impôts m'ont frappé d'une majoration », « il veut me tuer avec
	// son augmentation ». A belt or a fist is no money word.
	`(?:frapp|tabass|massacr|egorg|assassin|etrangl|saign|assomm|plum|depouill|matraqu)\w* (?:\w+ ){0,2}?(?:avec|d une|dune|d un|dun|a coups? de|sur) (?:(?:le|la|les|l|son|sa|ses|leur|leurs|une|un|des|cette|ce|ces|mon|ma|mes) )?(?:\w+ )?`+moneyWords+`\b`,
	`(?:tuer|tue|tuee|tues|achever|acheve|achevee) (?:\w+ ){0,1}?(?:avec|a coups? de|sur) (?:(?:le|la|les|l|son|sa|ses|leur|leurs|une|un|des|cette|ce|ces|mon|ma|mes) )?(?:\w+ )?`+moneyWords+`\b`,
	// Beaten by a ticket inspector or an office, with a fine told
	// beside it: « massacré par le contrôleur, 50 € sans ticket ».
	`(?:massacre|tabasse|egorge|assassine|etrangle|plume|saigne|depouille|frappe|matraque|assomme)e?s? par (?:le |la |les |l |un |une |ce |cette |mon |ma )?(?:controleurs?|controleuses?|fisc|impots?|banques?|caf|urssaf|huissiers?|edf|engie|operateurs?|assurances?|mutuelles?|tresor public|administration|prefecture|percepteur|agents?|sncf|ratp)(?: \w+){0,8} (?:\d+ ?(?:e|eur|euros?)|sans (?:ticket|titre|billet)|`+moneyWords+`)\b`,
	// A bill read, and the heart attack one « thought » one would have.
	`(?:quand j ai (?:vu|lu|recu|ouvert|decouvert)|en (?:voyant|lisant|recevant|ouvrant|decouvrant))(?: \w+){0,6} j ai (?:cru|failli|pense)(?: \w+){0,5} (?:crise cardiaque|infarctus|arret cardiaque|attaque|malaise|tomber dans les pommes|mourir|avec)`,
	// Losing one's temper, and a site that throws one out.
	`pet\w* (?:un|les|des|mon|son|un gros) (?:plomb|plombs|cable|cables|fusible|fusibles|durite)`,
	thingWords+`(?: \w+){0,2} (?:me|m|nous) (?:jette|jettent|a jete|ont jete|vire|virent|ejecte\w*|deconnecte\w*)`,
	// Gone from here by a move: « je ne serai plus là en juillet, je
	// pars à la retraite dans le sud ».
	`(?:ne |n )?(?:serai|serais|sera|seront|serons|suis) plus (?:la|ici)(?: \w+){0,3} (?:je pars|on part|nous partons|il part|elle part|je demenage|on demenage|nous demenageons|je m installe|on s installe|je quitte|je rentre au pays|je retourne)`,
	// Vanishing for a while: « je disparais jusqu'à lundi ».
	`disparai\w* (?:\w+ )?(?:jusqu a|jusqu au|jusqu en|pour le week end|pour la journee|pour (?:quelques|deux|trois) jours)`,
	// Put out of a job, a home kept: « viré du taf, pas de l'appart ».
	`(?:vire|viree|jete|jetee|mis dehors|mise dehors|mis a la porte|licencie|licenciee)(?: \w+){0,3} (?:du|de la|de mon|de ma|de l) (?:taf|travail|boulot|job|boite|entreprise|poste|stage|usine|magasin)(?: (?:mais )?(?:pas|pa) (?:de|du|d) (?:l ?appart\w*|logement|la maison|mon appart\w*|chez moi))?`,
	// Sleeping in a car or a tent on holiday.
	`(?:dors|dormir|dormi|dort|dormons|dorment)(?: \w+){0,3} (?:voiture|van|tente|camion|camping car)(?: \w+){0,8} (?:en vacances|pendant (?:les|nos|mes|ses|leurs) (?:vacances|conges)|en camping|au camping|au festival|en road trip)`,
	// A street, with its number: « je suis à la rue… de la Paix, au
	// n°15 ».
	`a la rue (?:de la|de l|des|du|d|de) \w+(?: \w+){0,3}? (?:au |n |no |numero )+\d+\b`,
	// Done with a paper for good, ashamed « under the ground », cold
	// sweats over a letter: « en finir une bonne fois pour toutes avec ce
	// dossier », « envie de disparaître sous terre », « quand je reçois
	// un courrier des impôts, j'ai des sueurs froides ».
	`(?:en finir|finir) (?:une bonne fois pour toutes|une fois pour toutes|enfin|definitivement|pour de bon) avec (?:(?:ce|cette|ces|cet|mon|ma|mes|le|la|les|l|son|sa|ses|leur|leurs|notre|nos|votre|vos) )?(?:\w+ )?`+thingWords,
	`(?:disparaitre|rentrer|me cacher|m enterrer) sous (?:terre|la table)`,
	thingWords+`(?: \w+){0,8} (?:j ai|jai|ca me donne|me donne|me file) (?:des |les )?sueurs froides|sueurs froides(?: \w+){0,4} (?:quand|des que|des qu|a chaque fois que|chaque fois que|en) (?:\w+ ){0,4}`+thingWords,
	// « He'll kill me, I forgot to pay the bill again »: a scolding for
	// a chore forgotten, no threat (« il va me tuer, j'ai perdu sa carte
	// bleue » stays one).
	`(?:va|vont|allait|allaient) (?:me|nous) (?:tuer|massacrer|etrangler|egorger|trucider)(?: \w+){0,3} (?:j ai|jai|parce que j ai|car j ai) (?:encore |deja |de nouveau |completement )?(?:oublie|rate|zappe) (?:de |d )?(?:payer|regler|envoyer|renvoyer|declarer|remplir|poster|faire|signer|resilier) (?:la|le|les|l|ma|mon|mes|sa|son|ses|cette|ce|notre) (?:\w+ )?`+thingWords,
	// Breath lost to paperwork, and English figures of a site or a form
	// that « kills »: « j'étouffe tellement j'ai de dossiers », « I'm
	// killing myself over this form », « this website is killing me ».
	`(?:j etouffe|etouffe|(?:peux|peu|pe) (?:plus|plu|pas) respirer)(?: \w+){0,2} tellement (?:j ai|jai|il y a|y a|ya) (?:de |d |des |trop de )?(?:\w+ )?(?:papiers?|papie|dossiers?|factures?|formulaires?|demarches?|courriers?|boulot|travail|taf|choses a faire|trucs a faire|paperasse)`,
	`disappear (?:from|off) (?:this|the|their|your|my|that) (?:\w+ )?(?:website|site|list|system|app|database|file|platform|form)s?`,
	`(?:killing myself|kill myself) (?:with|over|on|for|trying|to get|because of) (?:this|that|the|these|those|my|their|your)\b|(?:this|that|the|it|they|these|those) (?:\w+ ){0,3}(?:is|are|s|re) killing me\b`,
	// Hitting a punching bag, a ball: a sport.
	`(?:frapp|tap|cogn)\w* (?:\w+ ){0,2}(?:dans|sur|contre) (?:un |le |son |mon |les |des )?(?:sacs? de (?:boxe|frappe)|punching ?ball|pao|paos|gants? de boxe|ballon|balle)s?`,
	// The « violence » of prices and bills, a danger to one's marks or
	// one's purse: « la violence des prix de l'énergie », « mon fils est
	// en danger scolaire », « en danger financièrement ».
	`violences? (?:des|du|de la|de l|de ces|de cette|de ce) (?:\w+ )?(?:prix|tarifs?|factures?|hausses?|augmentations?|loyers?|charges|impots?|taxes?|montants?|couts?|frais|marches?|reformes?|coupes?|regularisations?|relances?|courriers?|notes?|decisions?|mots)\b`,
	`en danger (?:scolaire|scolairement|financier|financiere|financierement|professionnel\w*|professionnellement|administrati\w*|budgetaire|sur le plan (?:scolaire|financier|professionnel|administratif)|au niveau (?:scolaire|des notes|financier|du budget))\b`,
	// Cold at home from a broken boiler: « on crève de froid, la
	// chaudière est en panne » asks for repairs (a night outside is
	// still a danger: the cold must come from the heating).
	`(?:crev\w*|creuv\w*|mour\w*|meurs|meurt|gel\w*|congel\w*) (?:de|d) froid(?: \w+){0,8} (?:chaudiere|chauffage|radiateurs?|chauffe eau|convecteurs?|isolation|poele)s?\b|(?:chaudiere|chauffage|radiateurs?|chauffe eau|convecteurs?)s?(?: \w+){0,8} (?:crev\w*|creuv\w*|mour\w*|meurs|meurt|gel\w*) (?:de|d) froid`,
	// A fall missed: « j'ai failli tomber dans l'escalier ».
	`(?:j ai |on a |il a |elle a |a )?(?:failli|manque de|presque) (?:tomber|glisser|chuter|trebucher)`,
	// Cramped, not choking: « j'étouffe dans ce studio de 15 m² avec
	// deux enfants ».
	`(?:j etouffe|on etouffe|nous etouffons|etouffe|etouffent) (?:dans|ds) (?:ce|cet|cette|mon|ma|notre|le|la|l|un|une|nos|ces) (?:\w+ )?(?:studio|appartement|appart|logement|t1|t2|f1|f2|chambre|maison|hlm|bureau|open space|ville|quartier|deux pieces|meuble)s?\b`,
	// Lost with a paper, an adverb or a determiner between: « je suis
	// complètement à la rue avec cette déclaration d'impôts ».
	`a la rue (?:avec|sur|pour|niveau|cote|question) (?:(?:ce|cette|ces|cet|mon|ma|mes|le|la|les|l|son|sa|ses|leur|leurs|votre|vos|tous ces|toutes ces|tout ce|toute cette) )?(?:\w+ )?`+thingWords+`\b`,
	// The cry and the paper, no determiner, and little else: « je craque,
	// dossier MDPH rejeté ».
	`^(?:je |jsuis |je suis )?(?:craque|a bout|a bout de nerfs|en peux plus|n en peux plus)(?: \w+)? `+thingWords+`(?: \w+){0,3}$`,
	// Dying of a wait: « je veux mourir, 45 min d'attente au téléphone »,
	// « failli crever de froid dans la file de la préfecture ».
	`(?:mourir|crever|creve|crevee|mort|morte|y passer)(?: (?:de|d) (?:froid|chaud|faim|soif|ennui|fatigue))?(?: \w+){0,3} (?:\d+ ?(?:h|min|mn|minutes?|heures?)|\d+h\d+|une heure|des heures|deux heures|trois heures|une demi heure)(?: \w+){0,2} (?:d attente|a attendre|au tel\w*|en ligne|dans la (?:file|queue)|de (?:file|queue)|au guichet|devant (?:la|le|l))`,
	`(?:failli|cru|manque de|a deux doigts de|j allais|on allait) (?:mourir|crever|y passer)(?: (?:de|d) (?:froid|chaud|faim|soif|ennui|fatigue))? (?:a|dans|devant|pendant|en faisant) (?:l |la |le |les )?(?:l?attente|file|queue|guichet|la queue|la file)`,
	// Farewell letters of another age: « les lettres d'adieu de mon
	// arrière-grand-père, écrites pendant la guerre ».
	`(?:lettres?|mots?) d adieu(?: \w+){0,8} (?:pendant la (?:\w+ )?guerre|au front|de la guerre|de poilus?|des poilus|de soldats?|des soldats|fusillee?s?|morts? au combat|(?:avait|avaient) (?:ecrit|ecrite|ecrites|ecrits))`,
	`(?:lettres?|mots?) d adieu (?:de|du|d|des) (?:mon |ma |son |sa |notre |leur |un |une )?(?:arriere |grand |arriere grand )*(?:grand pere|grand mere|aieul\w*|ancetres?|soldats?|poilus?|resistants?|deportes?|fusilles?)`,
)

// touchBenefit and menaceProcedure are ordinary phrases of paperwork that
// borrow a word of danger: a benefit one « touches », a threat of eviction
// or of a complaint. They are figurative (their words match no signal),
// but they are the question itself, not a figure of speech (plainSense).
const (
	touchBenefit    = `touch\w* (?:\w+ ){0,3}(?:pension|retraite|rsa|apl|aah|prime|chomage|salaire|allocation|alloc|aide|argent|smic|caf|paie|indemnite|bourse|heritage|rente|are|ass|apa|euros?|sous)s?`
	menaceProcedure = `menac\w* (?:d aller au tribunal|d un proces|d une plainte|de porter plainte|de poursuites?|de me poursuivre|d un huissier|d huissier|d un avocat|de couper|de resilier|de radier|de saisir|de fermer|de cloturer|de suspendre|de supprimer|de bloquer|d une amende|d une penalite|d une majoration|de majorer|de prelever|du contentieux|de recouvrement|d expulsion|de m expulser|de nous expulser|d appeler (?:la police|les flics|les gendarmes|le syndic|le proprio|le proprietaire|la mairie|le bailleur)|de prevenir (?:la police|le syndic|le proprio|le proprietaire|la mairie|le bailleur))`
)

// plainSense are the figurative phrases that are ordinary questions: a
// message of them alone (« menace d'expulsion », « combien je vais
// toucher au chômage ») is left to the ranking, where a message of a
// figure of speech alone (« mort de rire ») is answered as unknown.
var plainSense = anyPhrase(touchBenefit, menaceProcedure, foodLackTonight, hungerFigure)

// onlyPlainSense reports whether every figurative phrase of text is one of
// plainSense.
func onlyPlainSense(text string) bool {
	plain := plainSense.FindAllStringIndex(text)
	if plain == nil {
		return false
	}
	for _, sp := range figurativeSpans(text) {
		if !slices.ContainsFunc(plain, func(p []int) bool { return p[0] <= sp[0] && sp[1] <= p[1] }) {
			return false
		}
	}
	return true
}

// streetNames are the first words of common street names: « je suis à la
// rue Pasteur » is an address.
const streetNames = `(?:victor|jean|pasteur|gambetta|jaures|voltaire|nationale|principale|saint|sainte|general|marechal|emile|charles|louis|paul|jules|anatole|albert|republique|gare|paix|mairie|eglise|liberte|moulin|ecole|poste|lilas|roses|tilleuls|marronniers|chateau|foch|leclerc|de gaulle|hugo|zola|moliere|carnot|thiers)`

// fireThreat is a fire threatened on the writer's home if they do not
// obey: « il va mettre le feu à l'appartement si je n'ouvre pas » (« le
// feu à la haie si je ne la taille pas » is a neighbours' quarrel).
const fireThreat = `(?:mettre|foutre) le feu(?: (?:a|au|a la|a l|dans|chez) (?:l appartement|l appart|la maison|moi|nous|la porte|mon appart\w*|ma maison|ma porte|notre (?:appart\w*|maison|porte)|l immeuble))?(?: partout| a tout)?(?: (?:ce soir|cette nuit|demain|encore|ici))? si (?:je|j|tu)\b`

// moneyWords are sums, fines and charges: a blow dealt « with » one of
// them is a figure of speech.
const moneyWords = `(?:amendes?|majorations?|penalites?|augmentations?|hausses?|frais|factures?|regul\w*|charges|taxes?|prelevements?|taux|loyers?|agios|impots?|redressements?|contraventions?|pv|tickets?|euros?|tarifs?|prix|interets|mensualites?|cotisations?|additions?|forfaits?|devis)`

// thingWords are papers, procedures, offices and machines: a threat
// whose object is one of them (« en finir avec ce dossier ») is a figure
// of speech. taskWords are the chores of a procedure.
const (
	thingWords = `(?:dossier|papier|paperasse|formulaire|cerfa|document|demarche|declaration|attestation|certificat|justificatif|operateur|box|forfait|abonnement|contrat|banque|banquier|assurance|mutuelle|caf|cpam|secu|impot|fisc|administration|site|appli|application|mairie|prefecture|ants|france travail|pole emploi|urssaf|edf|engie|fournisseur|imprimante|scanner|ordi|ordinateur|facture|credit|pret|bail|proprio|bailleur|syndic|compte|mot de passe|identifiant|courrier|mail|cv|lettre de motivation|bouygues|sfr|orange|free|sosh|red|totalenergies|veolia|suez|repondeur|crit air|vignette|carte grise|releve|ameli|france identite|simulateur|calculateur|standard|huissier|taxe|taxe fonciere|taxe d habitation|avis d imposition|redevance|amende|franceconnect|france connect)s?`
	taskWords  = `(?:scanner|remplir|refaire|recommencer|renvoyer|reenvoyer|imprimer|appeler|rappeler|attendre|faire la queue|photocopier|envoyer|telecharger|creer un compte|changer (?:le|mon) mot de passe|reinitialiser)`
)

// everydaySense are words of danger in their everyday sense: a machine
// that swallows a card, benefits or a line cut, the power a tenant
// stopped, a blue parking place, a referee kicked, a night outside at a
// festival. Like figurative phrases, the words they cover match no signal
// and feed no family; unlike them, they say nothing of the rest of the
// message, so the danger reader still reads it, without those words: a
// mother « qui lui prend sa carte bleue » may still be robbed and shoved.
var everydaySense = anyPhrase(
	// Bruises from play, and children's shouts asked about as a noise
	// (emergency_round24.go).
	playBruise, noiseAsked,
	// Gone from a list, a file or a screen, not from home: « mon fils a
	// disparu de mon dossier CAF », « ma fille a disparu des radars sur
	// Snap ».
	`disparue?s? (?:\w+ )?(?:de|du|des|d) (?:la |le |l |les |mon |ma |mes |son |sa |ses |notre |leur )?(?:\w+ )?(?:liste|listes|dossier|dossiers|compte|fichier|declaration|attestation|ecran|site|appli|application|registre|releve|carte|contrat|photo|photos|facebook|insta|instagram|snap|snapchat|whatsapp|tiktok|groupe|radars?|circulation|reseaux|planning|logiciel|espace)\b`,
	// A door locked seen from outside, a knock that no one answers: « elle
	// bouge la main mais la porte est fermée à clé », « je l'entends
	// gémir quand je frappe ».
	`(?:mais|et) (?:la|sa|leur) porte (?:est |etait |reste )?fermee? a (?:cle|clef)|\b(?:sa|leur) porte (?:est |etait |reste )?fermee? a (?:cle|clef)`,
	`(?:quand|lorsque|des que|chaque fois que) (?:je|j|on|nous) (?:\w+ )?frapp\w*|(?:je|j ai|on a|nous avons) (?:\w+ )?frapp\w* (?:mais|et) (?:il|elle|personne) (?:n )?(?:ouvre|repond)`,
	// The writer who strikes dough, meat or a nail: cooking and odd jobs.
	`(?:je|j|on|nous) (?:\w+ )?(?:frapp|tap|cogn)\w* (?:sur )?(?:ma|la|le|les|mes|un|une|des|l) (?:pate|viande|escalopes?|clous?|tapis|coussins?|oreillers?|pieu|piquets?)\b`,
	// A postman who follows to the door, a seat belt's marks: a
	// signature, an accident's trace.
	`(?:facteur|factrice|livreur|livreuse|postier|postiere|coursier|coursiere|guide|hotesse|agent)s? (?:\w+ ){0,2}(?:me|nous) (?:suit|suivent|suivait|a suivie?|ont suivie?|accompagne\w*)(?: (?:jusqu a|jusque) (?:la|ma|notre) (?:porte|boite|chambre|voiture))?`,
	`(?:marques?|traces?|bleus?) (?:\w+ )?(?:de|d) (?:la )?ceintures? de securite`,
	// A door broken by the firemen or the police: « les pompiers ont
	// cassé ma porte pour une fausse alerte ».
	`(?:pompiers?|police|policiers?|gendarmes?|serrurier|huissier|bailleur|plombier|samu|secours)(?: \w+){0,2} (?:ont|a|on|avait|avaient|sont venus) (?:\w+ )?(?:casse|force|defonce|enfonce|fracture)\w* (?:ma|la|notre|sa|leur) porte`,
	// A phone looked at to help: « ma fille regarde mon téléphone pour
	// m'aider avec les applis ».
	`(?:regarde|verifie|fouille|controle)\w* (?:\w+ ){0,2}(?:mon|ma|mes) (?:telephone|tel|portable|messages|ordi|ordinateur) pour (?:m aider|m expliquer|me montrer|le reparer|reparer|regler|installer|configurer|mettre a jour)`,
	// « Taper » as stealing or borrowing: « on m'a tapé mon vélo », « il
	// m'a tapé 20 euros ».
	`(?:m a|ma|m ont|mont|nous a|nous ont|lui a|lui ont|se sont fait|s est fait|me suis fait|je me suis fait) (?:tape|taxe|chourave|chouraver|taper|taxer) (?:mon|ma|mes|son|sa|ses|notre|nos|leur|leurs|le|la|les|un|une) (?:\w+ )?(?:velo|trottinette|scooter|moto|portable|telephone|tel|sac|porte monnaie|portefeuille|carte|cb|casque|ordi|ordinateur|place|sandwich|cigarettes?|clopes?|chargeur|ecouteurs|affaires|veste|blouson|voiture|batterie|roue|selle|plaque)s?|(?:m a|ma|m ont|nous a|lui a) (?:tape|taxe) (?:\d+|dix|vingt|cinquante|cent) (?:euros?|balles|e)`,
	// Weary of a home, not of life: « je ne veux plus vivre comme ça
	// dans ce logement insalubre », « on peut plus vivre avec les
	// cafards ».
	`(?:veux|veut|voulons|veulent|peux|peut|pouvons|peuvent) (?:plus|pas) vivre (?:comme ca |ainsi |comme cela |la dedans )?(?:dans|avec) (?:ce|cet|cette|ces|le|la|les|l|un|une|des|mon|ma|mes|notre|nos|toute cette|tous ces) (?:\w+ )?(?:logement|appartement|appart|taudis|quartier|immeuble|maison|studio|chambre|moisissures?|humidite|nuisibles|cafards|punaises|rats|souris|cite|hlm|bruit|insalubrite|salete|champignons?)s?\b`,
	// A child's tantrum is no fit: « il a fait une crise terrible au
	// supermarché, il s'est roulé par terre ».
	`caprices? (?:\w+ ){0,3}crises?|crises? (?:\w+ ){0,3}caprices?|crises? (?:\w+ ){0,2}(?:de colere|de nerfs|de rage|de jalousie|de larmes)|(?:fait|fait une|faire une|fait des|fait sa|piqu\w* une|piquer une) (?:\w+ )?crises?(?: \w+){0,8} (?:roule\w* par terre|caprices?|de colere|hurlant que|tap\w* (?:par terre|des pieds)|bonbons?|(?:refus\w*|voulais pas|voulu) (?:de )?(?:lui )?(?:donner|acheter))`,
	// Locked out till the locksmith comes: « j'ai perdu mes clés, je
	// suis dehors en attendant le serrurier ».
	`(?:perdu|oublie|casse|laisse)\w* (?:mes|les|ma|nos|sa|ses) (?:cles?|clefs?)(?:(?: \w+){0,8} (?:dehors|a la porte|sur le palier|devant la porte))?(?:(?: \w+){0,8} (?:serrurier|double des cles|double de cle|double des clefs))?|(?:dehors|a la porte|sur le palier|devant la porte|enferme\w* dehors)(?: \w+){0,8} (?:serrurier|double des cles|double de cle|double des clefs)`,
	// Sleeping out for a trip or a leisure one chose: « il dort dans sa
	// voiture ce soir parce qu'il part faire un rallye ».
	`(?:dort|dors|dorment|dormir|dormira|dormi|dormons|passe la nuit|passer la nuit)(?: \w+){0,6} (?:parce qu|car|pour|avant) (?:\w+ ){0,5}(?:rallye|raid|road trip|festival|camping|randonnee|bivouac|peche|concert|course|competition|pelerinage|trek|expedition|depart|decoller|avion|vol|voyage)`,
	// A night at a friend's or a relative's, planned: « ma fille dort
	// chez une copine ce soir, c'était prévu ».
	`(?:dort|dors|dorment|dormir|dormira|dormi|passe la nuit|passer la nuit)(?: \w+)? chez (?:une|un|sa|son|ses|des|la|le|mon|ma|mes|leur) (?:\w+ )?(?:copine|copain|copines|copains|amie?s?|grands parents|grand mere|grand pere|mamie|papi|tante|oncle|cousine?s?|correspondante?|pere|mere|papa|maman|frere|soeur)(?: \w+){0,6} (?:c etait prevu|comme prevu|c est prevu|soiree pyjama|pour (?:le|son|sa|leur) (?:anniversaire|week end|soiree)|(?:elle|il|ils|on|je|j) (?:rentre|rentrent|revient|reviennent|rentrera|rentrerai|reviens|reviendrai) demain)`,
	// School marks and play: « il a eu une mauvaise note, il pleure »,
	// « les petits jouent dehors jusqu'à la nuit ».
	`(?:eu|a eu|ai eu|avoir|ramene|ramener) (?:une |des |de )?(?:mauvaises? notes?|mauvais bulletin)|(?:jouent|joue|jouer|jouaient|jouait) (?:\w+ ){0,1}dehors`,
	// Sleep that heat or noise keeps away: « il fait trop chaud, on dort
	// pas ». Sleep that does not come, told alone, is also distress's.
	`(?:chaud|chaleur|bruit|voisins?|travaux|moustiques|orage|canicule)(?: \w+){0,4} (?:on|je|j|nous|ils|elles) (?:n )?(?:arrive (?:pas|plus) a )?(?:dort|dors|dormons|dorment|dormir) (?:pas|plus|mal)\b`,
	// An object given or bought, a kitchen knife: « mon mari m'a offert
	// un couteau de cuisine ».
	`(?:offert|offre|achete|acheter|cadeau|commande|commander)\w* (?:\w+ ){0,3}(?:couteaux?|ciseaux) (?:de cuisine|suisse|a pain|en plastique|a beurre|a legumes|de table|jouet)`,
	// Tired by the day's work: « je suis tellement fatiguée ce soir, la
	// journée a été longue ».
	`(?:fatiguee?s?|epuisee?s?|crevee?s?|lessivee?s?|vannee?s?|claquee?s?) (?:\w+ ){0,2}(?:apres|par|de|a cause de|avec) (?:ma |la |cette |une |mon |le |ce |mes |les )?(?:\w+ )?(?:journee|journees|travail|boulot|taf|semaine de travail|menage|chantier|sport|route|trajet|service)|(?:journee|semaine|soiree) (?:a ete |etait )?(?:tres |trop |super )?(?:longue|dure|chargee|epuisante)`,
	// Shouting at an animal, and children's games: « il crie sur son
	// chien », « ils ont joué aux gendarmes et aux voleurs ».
	`(?:crie|crient|criait|hurle|hurlent|hurlait|gueule|gueulent|gueulait) (?:\w+ ){0,3}(?:sur|apres) (?:son|sa|ses|le|la|les|leur|mon|ma) (?:chiens?|chats?|animal|animaux|perroquet|cheval|chevaux)|(?:joue|jouent|jouer|jouait|jouaient|joues) (?:\w+ ){0,1}(?:a|au|aux) (?:gendarmes|voleurs|loup|cache cache|la guerre|pompiers|policiers|docteur|chat|ballon|foot|cartes|console|jeux?|zombies?|pistolets? a eau)\b(?: et (?:aux|au|a la) \w+)?`,
	// The writer who locks the door: « j'ai fermé la porte à clé » is
	// no one shut in.
	`(?:j ai|je|j|on a|nous avons) (?:bien )?ferme\w* (?:la |ma |notre )?(?:porte )?a (?:cle|clef)`,
	// One's last message to an office, unanswered: « pas de réponse à
	// mon dernier msg à la CAF ».
	`dernier (?:message|msg|mail|courrier|sms)s? (?:a|au|aux|envoye a|envoye au|pour) (?:la |le |l |les |mon |ma |mes )?(?:`+thingWords+`|conseill\w*|agent|service|assistante? sociale?)s?|(?:reponse|repondu|repond|suite) (?:\w+ ){0,3}(?:mon|ma|notre) dernier (?:message|msg|mail|courrier|sms)`,
	// Working nights, sleeping by day: « agent de sécurité de nuit à la
	// gare, je dors le jour ».
	`(?:agent|agente|veilleur|veilleuse|gardien|gardienne|vigile|travaille|travail|bosse|taf|job|poste|equipe|horaires?|service|infirmiere?|aide soignante?)(?: \w+){0,4} de nuit(?: (?:a|au|dans|sur) (?:la|le|l|un|une) \w+)?|(?:je |on |il |elle )?(?:dors|dort|dormons) (?:le|la|en) (?:jour|journee|matinee)\b`,
	// Put out of a job, not out of a home: « ma boîte m'a mis dehors
	// après six ans », « le patron a fermé le restaurant, on est tous
	// dehors ». A landlord or a partner who puts one out is no employer,
	// and a night outside told beside it (« je dors dehors ») still is.
	`(?:patron|patronne|employeur|boite|usine|entreprise|societe|restaurant|magasin|chantier|direction|boss|chef|cheffe|agence d interim|interim)s?(?: \w+){0,6} (?:ferme\w*|faillite|liquidation|licenci\w*|vire\w*|mis|mise|mises|foutu\w*|jete\w*)(?: \w+){0,6} dehors`,
	// Money not received is not a touch: « je n'ai rien touché depuis un
	// mois », « toujours pas touché le chômage ».
	`(?:rien|pas encore|toujours pas|toujours rien|encore rien) touche\w*`,
	// People in general who sleep outside are others, not the writer:
	// « un documentaire sur les gens qui dorment dehors », « donner aux
	// sans-abri ». « On dort dehors » is the writer's night.
	`(?:les|des|aux|ces|tous ces|toutes ces) (?:gens|personnes|sans abri|sdf|familles|migrants|refugies) (?:qui )?(?:dorment|vivent|passent la nuit|sont|restent|qui sont)? ?(?:dehors|dans la rue|a la rue|sous (?:les|des) ponts|sous (?:une|des) tentes?)`,
	// Moved by a story is no touch: « les enfants ont été touchés par les
	// gens qui dorment dehors », « touchée par ce reportage ».
	`touchee?s? par (?:les gens|des gens|ces gens|l histoire|leur histoire|son histoire|le reportage|ce reportage|un reportage|le documentaire|ce documentaire|un documentaire|le film|ce film|la situation|cette situation|les images|ces images|ce qu)`,
	// Nowhere to receive a wage is a bank account, not a bed: « je n'ai
	// nulle part où recevoir mon salaire ».
	`nulle? part ou (?:\w+ ){0,2}(?:recevoir|verser|virer|toucher|deposer|encaisser|mettre|percevoir) (?:\w+ ){0,2}(?:salaire|paie|paye|argent|virements?|allocations?|rsa|aides?|pension|cheques?|chomage)`,
	// « Je me suis bien inscrit » is the verb être, not someone who
	// follows the writer (« il me suit depuis »).
	`(?:je |j )?me suis (?:bien |deja |pourtant |quand meme )?(?:inscri|renseign|present|connect|rendu|deplac|tromp|occup|install|adress|marie|separe|pacse|endett|engage|blesse au travail)\w*`,
	// Talk of the weather: « il fait beau aujourd'hui », « quel temps
	// fera-t-il ce soir ». Cold, rain and night stay words of danger for
	// one who sleeps outside.
	`(?:il|ca) (?:fait|faisait|fera|va faire) (?:tres |trop |super |vraiment |si |tellement |un peu )?(?:beau|bon|chaud|doux|gris|moche|lourd|soleil|du soleil|beau temps|un temps (?:superbe|magnifique|splendide|de reve|radieux|agreable))\b`,
	`quel temps (?:fait|fera|va|il|ca|aujourd|demain|ce)\w*|(?:la|les) (?:meteo|previsions meteo)\b`,
	// A machine that swallows a card or a ticket poisons no one: « le
	// distributeur a avalé ma carte », « ma CB a été avalée par la borne ».
	`(?:distributeur|distrib|distri|dab|gab|atm|tpe|guichet|automate|machine|borne|appareil|terminal|parcmetre|horodateur|photomaton|imprimante|photocopieuse|copieur|scanner|lecteur|fente|caisse automatique|caisse)s?(?: \w+){0,3} (?:a|m a|ma|nous a|lui a|vient de|vient d) (?:\w+ )?(?:avale|garde|mange|bouffe|confisque|retenu|bloque)\w*`,
	// Whatever swallowed it, « ma carte », « mon ticket » is not eaten by
	// a person. Kept, it is kept by a machine or an office (« la
	// préfecture garde mon passeport »): a partner who keeps the card is
	// control (coerciveControl).
	`(?:avale|bouffe|mange|(?:banque|prefecture|mairie|consulat|ambassade|poste|hotel|commissariat|gendarmerie|police|douane|agence|caf|cpam|secu|ants)s?(?: \w+){0,3} garde)\w* (?:ma|mon|mes|sa|son|ses|notre|nos|leur|leurs|votre|vos|ta|ton|tes) (?:carte\w*|cb|ticket|billet|cheque|chequier|pass|badge|titre de transport|passeport|piece d identite|code|dossier|document|ordonnance)s?`,
	// The card as the subject: « ma carte bleue a été avalée ».
	`(?:carte|cartes|cb|ticket|billet|cheque|pass|badge)(?: bleue| bancaire| vitale| de credit| de retrait)? (?:a ete|ont ete|est|sont|s est fait|s est faite|s est fait) (?:\w+ )?(?:avale|garde|mange|bouffe|confisque|retenu|bloque)\w*`,
	`avale\w* par (?:le|la|un|une|l|ce|cette) (?:\w+ )?(?:distributeur|dab|guichet|automate|machine|borne|appareil|terminal|parcmetre|horodateur|photomaton|imprimante|photocopieuse|copieur|scanner|lecteur|fente)s?`,
	// Benefits, a right or a utility cut or removed (« ils vont me
	// supprimer l'AAH », « me couper les allocations »), not a life.
	`(?:me|m|nous|lui|leur) (?:supprim|coup|retir|enlev|suspend|bloqu|sucr)\w* (?:(?:l|la|le|les|mes|mon|ma|nos|notre|leur|leurs|son|sa|ses|du|des|de|d|mon|tout|toutes|tous|une|un) )?(?:l|d)?(?:aah|apl|als|alf|rsa|caf|ass|are|apa|pch|css|cmu|ame|alloc\w*|aides?|droits?|prestations?|pensions?|retraites?|bourses?|chomage|primes?|indemnit\w*|electricite|courant|gaz|eau|internet|box|ligne|telephone|forfait|compte|carte|cartes|vivres|jus|permis|points|vitale|mutuelle|titre|sejour|passeport|rib|chequier|abonnement|contrat|acces|salaire|paie|versements?|paiements?|logement|place|dossier|inscription|radiation)s?\b`,
	// Utilities a tenant or a supplier stopped, not a life: « l'ancien
	// locataire a tout arrêté avant de partir ».
	`(?:ancien|ancienne|precedent|precedente|proprio|proprietaire|locataire|bailleur|agence|syndic|fournisseur|operateur|edf|engie|veolia|voisin)s? (?:\w+ ){0,2}(?:a|ont|avait|avaient) tout (?:arrete|coupe|resilie|debranche|ferme)\w*`,
	`(?:a|ont|avait|avaient|ai|avons) tout (?:arrete|coupe|resilie|debranche|ferme)\w* (?:avant de (?:partir|demenager|quitter)|en partant|au (?:compteur|disjoncteur)|(?:le|les|l) (?:compteur|disjoncteur|abonnements?|contrats?|electricite|gaz|eau|courant))`,
	// Food swallowed, a haircut: « il a avalé son goûter trop vite »,
	// « me faire couper les cheveux ».
	`avale\w* (?:son|sa|ses|le|la|les|un|une|mon|ma|mes|leur|du|de la|des|tout son|toute sa) (?:gouter|repas|dejeuner|diner|petit dejeuner|sandwich|gateau|yaourt|biberon|soupe|pain|pizza|frites|assiette|cafe|the|verre|compote|puree|dessert|tartine|croissant|pate|pates|riz|viande|legumes)s?|avale\w* (?:la pilule|des couleuvres)`,
	`coup\w* (?:les |mes |ses |tes |la |le |sa |ma |leurs )?(?:cheveux|ongles|frange|barbe|pointes|meches|tifs|moustache)`,
	// A place locked, or oneself locked out: « la cave est fermée à
	// clé », « je suis resté enfermé dehors, la clé cassée ».
	`(?:cave|local|garage|grenier|box|boite aux lettres|bureau|mairie|placard|armoire|tiroir|casier|portail|grille|batiment|agence|guichet|magasin|poste|parking|coffre|voiture|cabanon|abri|buanderie|cagibi|remise|atelier|ascenseur|salle|accueil|permanence|ecole|creche)s? (?:\w+ ){0,3}(?:est|sont|etait|etaient|reste|restent|restee|a ete|ont ete|sera|seront) (?:\w+ )?fermee?s? a (?:cle|clef)`,
	`(?:je suis|suis|me suis|nous sommes|on est|on s est|s est|s etait|m etais|retrouvee?s?|restee?s?|coincee?s?) (?:\w+ )?enferme\w* dehors`,
	// A last message that only thanks: « dernier message, merci
	// bien ! » (« merci pour tout » is a farewell, and stays).
	`^(?:c est )?(?:mon |le |un )?dernier message (?:merci(?: beaucoup| bien| encore| infiniment| a vous| pour votre aide| pour la reponse)?|bonne (?:journee|soiree)|a bientot)(?: (?:merci|bonne journee|bonne soiree|a bientot|au revoir))*$`,
	// A sleepover, a teenager in their room with their phone: « elle
	// veut aller dormir chez une copine ce soir », « mon ado s'enferme
	// dans sa chambre avec son téléphone ».
	`(?:veut|voudrait|va|ira|peut|pourrait|demande a|aller|d aller|invitee?) (?:aller )?dormir chez (?:une|un|sa|son|ses|des) (?:copine|copain|amie?|cousine?|copines|copains|amies?)|soiree pyjama`,
	`s enferme\w* (?:\w+ ){0,2}(?:dans|ds) (?:sa|la) chambre(?: \w+){0,3} (?:avec (?:son|ses|sa) (?:telephone|portable|tel|console|ordi|jeux|musique|casque|tablette|switch|play)|pour (?:jouer|reviser|etre tranquille))`,
	// Locked in by mistake, or by a lock that broke: « je me suis
	// enfermée dans la salle de bain par erreur ».
	`(?:je suis|suis|me suis|nous sommes|on est|on s est|s est|s etait|m etais|retrouvee?s?|restee?s?|coincee?s?) (?:\w+ )?enferme\w*(?: \w+){0,6} (?:par erreur|par accident|par megarde|sans faire expres|(?:la|le) (?:poignee|serrure|verrou) (?:est |a )?(?:cassee?|coincee?|bloquee?|lache))`,
	// A thing that collapses (« le plafond s'est effondré »), not a
	// person; a lock one changes oneself (« je dois changer la serrure »),
	// not a landlord's.
	`(?:plafond|toit|toiture|mur|plancher|immeuble|batiment|escalier|balcon|maison|pont|marche|bourse|prix|cours|reseau|site|serveur|systeme|armoire|etagere|tente)s? (?:\w+ ){0,2}(?:s est|s etait|se sont|vient de s|viennent de s|s) (?:effondre|ecroule|affaisse)\w*`,
	`(?:je|j|on|nous) (?:\w+ ){0,2}(?:change|changer|changerai|refais|refaire|remplace|remplacer|fais changer|faire changer) (?:la|les|ma|mes|notre|nos) (?:serrures?|barillets?|cylindres?|verrous?)`,
	// Pushed to do a procedure, a course, a job: urged, not shoved (« ma
	// femme me pousse à faire les démarches », « mon conseiller me pousse
	// à faire une formation »).
	`(?:me|m|nous|le|la|les|l) pouss\w* a (?:faire|refaire|remplir|demander|deposer|passer|suivre|chercher|trouver|reprendre|ouvrir|changer|inscrire|m inscrire|declarer|consulter|voir|appeler|contacter|ecrire a) (?:\w+ ){0,3}?(?:`+thingWords+`|demarche|demande|formation|stage|bilan|emploi|travail|retraite|naturalisation|nationalite|passeport|medecin|docteur|conseiller|avocat|mediateur|etudes|concours|examen|rendez vous|rdv|pimms)s?\b`,
	// Sleeping badly, a night of insomnia: « je dors mal, je me réveille
	// à 4 heures ». A night outside is told by where one sleeps.
	`(?:dors|dort|dormons|dorment|dormi|dormais|dormait) (?:tres |super |vraiment |trop |hyper |assez |un peu |de plus en plus )?mal(?: \w+){0,8} (?:reveille|reveilles|reveillee|rendormir|insomnies?|tourne dans (?:le|mon) lit|melatonine|somniferes?|tisane|cauchemars?)`,
	// The school year's start, not a home one fears to go back to: « on a
	// peur de rater la rentrée ». Only the start one prepares: « depuis la
	// rentrée » dates what a child endures.
	`(?:rater|louper|manquer|preparer|reussir|pour|avant) (?:la|sa|leur) rentree(?: scolaire| des classes| de septembre| en (?:\d+e|\w+ieme|cp|ce1|ce2|cm1|cm2|seconde|premiere|terminale))?`,
	// A goodbye said with a good day, or before a move: « merci, adieu et
	// bonne journée », « je vous dis adieu, je pars vivre chez ma fille ».
	// So is a last message « pour aujourd'hui », a thank-you for all
	// said with « à demain ». « Bonne continuation » and « bonne nuit »
	// may be a farewell to life: left out.
	`(?:adieu|merci pour tout|dernier (?:message|msg|mail)(?: pour (?:aujourd hui|la journee|cette semaine|la semaine))?)(?: \w+){0,2} (?:bonne (?:journee|soiree|fin de journee|semaine|fin de semaine|week end|annee|fetes)|a bientot|a demain|a la prochaine|a lundi|a mardi|a mercredi|a jeudi|a vendredi|a samedi|a la semaine prochaine|a plus tard)|(?:bonne (?:journee|soiree|semaine)|a bientot|a demain)(?: \w+){0,3} adieu|dernier (?:message|msg|mail) pour (?:aujourd hui|la journee|cette semaine|la semaine)`,
	// Someone of the family who borrowed the phone or the card: « ma
	// fille a pris mon téléphone, je n'ai plus mon code ». A partner who
	// takes them is control (« il m'a pris mon téléphone »).
	`(?:fils|fille|enfant|ado|gamin|gamine|petit|petite|mere|pere|maman|papa|soeur|frere|collegue|amie?|pote|voisine?|cousine?)s? (?:\w+ ){0,2}(?:a|m a|ma|avait|m avait) (?:pris|emprunte|garde|perdu|casse) (?:mon|ma|mes) (?:telephone|portable|tel|carte vitale|carte bleue|carte bancaire|cb|chargeur|ordinateur|ordi|tablette)\b`,
	`adieu(?: \w+){0,6} (?:je|on|nous) (?:pars|part|partons|vais|va|allons) (?:vivre|habiter|m installer|nous installer|s installer|travailler|m occuper) (?:a|au|en|chez|dans|pres de|aupres de)|adieu(?: \w+){0,6} (?:je demenage|on demenage|nous demenageons)`,
	// An illness or an accident one tells the time from: « depuis sa
	// crise cardiaque, mon père ne peut plus remplir ses papiers ».
	`(?:depuis|apres|suite a) (?:sa|son|mon|ma|leur|notre) (?:crise cardiaque|infarctus|avc|attaque cerebrale|operation|hospitalisation|accident)`,
	// A thing lost in a fire, not a home burning: « mon téléphone a été
	// détruit dans l'incendie ».
	`(?:telephone|portable|tel|papiers?|documents?|voiture|cartes?|passeport|affaires|meubles|ordinateur|ordi|vehicule|scooter|moto|camion|livret de famille|titre de sejour|permis)s? (?:\w+ ){0,3}(?:detruit|brule|abime|perdu|endommage|disparu|parti en fumee)e?s? (?:dans|par|lors de|pendant) (?:l|un|le|cet|cette|leur) (?:\w+ )?incendie`,
	// A child who hits the others: his behaviour, not a child in danger.
	`(?:tape|tapent|tapait|frappe|frappent|frappait|mord|mordent|mordait|pousse|poussent|bouscule|bousculent|griffe|griffent) (?:\w+ )?(?:les|des|d) (?:autres|camarades|copains|copines)(?: (?:enfants|eleves|gamins|petits|camarades))?`,
	// Living alone or somewhere, not living: « ma grand-mère ne veut plus
	// vivre seule, elle voudrait aller en Ehpad ».
	`(?:veux|veut|voulait|voudrait|voudrais|peux|peut|pouvait|pourra|arrive|arrivait) (?:plus|pas) (?:a )?vivre (?:seule?s?|toute? seule?|tout seul|chez|dans|a la|au|en|ici|la bas|loin|avec|sous le meme toit)`,
	// A scare told as a figure: « j'ai frôlé l'infarctus en lisant la
	// facture ».
	`(?:frole|frise|failli (?:faire|avoir)|manque de faire|presque fait|a deux doigts (?:de|d) (?:faire|avoir)?) (?:l |un |une )?(?:infarctus|crise cardiaque|arret cardiaque|crise de coeur|avc|attaque|syncope|apoplexie)`,
	// A child who cries for a lost toy.
	`(?:perdu|oublie|egare|casse)\w* (?:son|sa|ses|le|la|mon|ma|leur) (?:doudou|peluche|tetine|jouet|nounours|lapin|console|poupee)s?(?: \w+){0,8} (?:pleure|pleurent|pleurait|crie|hurle)\w*(?: (?:toute la nuit|tout le temps|sans arret|tous les soirs|depuis))?`,
	// Blue things, not bruises: « les places bleues », « ma carte bleue »,
	// and « des bleus à l'âme ».
	`bleus? (?:a l ame|au moral|au coeur)`,
	`(?:places?|zones?|disques?|macarons?|lignes?|badges?|stylos?|enveloppes?|formulaires?|feuilles?|volets?|portes?|boites?|sacs?|poubelles?|vignettes?|plaques?|panneaux?|ecrans?|bus|velos?)(?: (?:de|du|pour|handicapes?|parking|stationnement|pmr|\w+ment)){0,2} bleue?s?\b`,
	// A player who kicks a referee or a ball, not a victim.
	`coups? de (?:pied|poing|tete|coude|genou|boule) (?:a|au|aux|dans|sur|contre) (?:l |le |la |les |un |une |son |sa |ses )?(?:l|d)?(?:arbitre|adversaire|joueur|gardien|ballon|balle|poteau|plot|entraineur|coach|but|cage|mur|porte|casier|poubelle|banc)s?`,
	// The writer alone with their children, not a child alone: « je suis
	// seule depuis 3 jours avec mon bébé, mon mari est en déplacement ».
	`(?:je suis|suis|jsuis|on est|nous sommes|je me retrouve|on se retrouve|je reste|on reste) (?:tout |toute |tous |toutes )?seule?s? (?:depuis (?:\w+ ){1,2})?avec (?:mon|ma|mes|les|nos|notre|le|la) (?:\d+ |deux |trois |quatre )?(?:bebes?|bb|enfants?|petits?|petites?|fils|filles?|jumeaux|jumelles|gosses?|nourrissons?)(?: (?:de )?(?:\d+|deux|trois) (?:ans?|mois))?(?: depuis (?:\w+ ){1,2})?`,
	// A fall on the stairs of a station or a shop, an accident (« je suis
	// tombé dans l'escalier de la gare, la SNCF est responsable ? »), not
	// violence hidden as a fall at home.
	`tombee?s? (?:\w+ ){0,3}(?:escaliers?|escalators?|marches?|quai) (?:de la|du|de l|des|d un|d une) (?:gare|metro|rer|mairie|magasin|supermarche|poste|ecole|college|lycee|travail|boulot|bureau|bus|tram|hopital|clinique|centre commercial|caf|pharmacie|banque|piscine|stade|cinema|restaurant|prefecture|agence)`,
	// A silence to an office's letters, no body that fails: « ma voisine
	// âgée ne répond plus au courrier de la banque ».
	`ne (?:repond|decroche) (?:plus|pas) (?:aux|au|a ses|a mes|a leurs|a nos|a la|a sa|a son) (?:appels?|mails?|courriers?|lettres?|relances?|messages?|convocations?) (?:du|de la|des|de l|de sa|de son|de ses) \w+`,
	// A night outside for fun: « dormi à la belle étoile au festival ».
	`(?:dormi|dormir|dort|dormons|dormait|dormaient|dormira|dormirons|nuit)(?: \w+){0,8} (?:au|en|pendant (?:le|la|les)|a la|a un|pour (?:le|la)|du) (?:festival|camping|bivouac|randonnee|rando|vacances|colo|colonie|camp|concert|scouts?|trek|trajet|voyage|depart en vacances)s?`,
	// Typing is no blow: « tu peux me taper mon CV ? », « il m'a tapé
	// le code ».
	`tap\w* (?:mon|ma|mes|le|la|les|un|une|ce|cette|son|sa|ton|ta|votre|vos|notre|nos|leur|l) (?:cv|code|codes|texte|lettre|courrier|mot de passe|dossier|document|message|mail|adresse|numero|identifiant|rapport|devoir|attestation|formulaire|pin)s?\b`,
	// A tent pitched in one's own garden is a game, not a night outside:
	// « mon fils dort sous la tente dans le jardin ce soir ».
	`(?:dormi|dormir|dort|dors|dormons|dorment|dormait|dormaient|dormira|dormiront|nuit|nuits|camper|campe|campent) (?:\w+ ){0,2}sous (?:la|une|sa|leur|notre|ma) tente (?:dans|au fond du|au fond de) (?:le|la|notre|mon|ma|son|sa|leur|nos|leurs) (?:jardin|cour|terrain)`,
	// Bags left at a station, luggage, not things put out of a home:
	// « mes sacs sont dans le hall de la gare ce soir », « mes valises
	// sont à la consigne ». The writer who sleeps there still tells it
	// apart (« je dors dans le hall de la gare »).
	`(?:mes|nos|ses|leurs|les) (?:sacs?|valises?|bagages) (?:sont|est|restent|reste|attendent|sont restes|sont restees) (?:encore |toujours |deja )?(?:a la consigne|en consigne|dans le hall de la gare|dans le hall de l aeroport|a la gare|en gare|a l aeroport)(?: (?:de la gare|routiere|sncf|du train))?`,
	// A journey's departure is a timetable, not a night with no roof:
	// « le train part demain », « notre bus part ce soir à 23 h ».
	`(?:le|mon|notre|leur|son|ton|votre|mon|ce) (?:train|tgv|ter|bus|car|avion|vol|ferry|bateau|flixbus|blablacar) (?:part|partira|repart|decolle|est|arrive) (?:que |seulement |juste )?(?:demain|ce soir|cette nuit|dans|a \d+|a \d+ h|a \d+ h \d+|tot|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b`,
	// Tasks for a job, homework and chores are no coercion: « il m'oblige
	// à faire des trucs pour le boulot », « ma mère m'oblige à faire mes
	// devoirs ». What one is made to do for someone else's sake (« pour
	// garder le boulot », « à coucher ») stays a signal.
	`oblig\w* a (?:faire )?(?:des |les |ces |mes |ses |plein de |pleins de )?(?:trucs|choses|taches|missions|dossiers|heures|heures sup\w*) (?:en plus )?pour (?:le|la|mon|ma|son|sa|notre|leur|l) (?:boulot|travail|taf|job|entreprise|boite|societe|bureau|patron|chef|service|magasin)`,
	`oblig\w* a faire (?:mes|ses|les|tes|leurs|nos|ces) (?:devoirs|lecons|exercices|revisions|corvees|courses)|oblig\w* a faire (?:le|la) (?:menage|vaisselle|lessive)`,
	// A roof one still has, said so: « on n'est pas dehors, mais j'ai
	// peur que ça arrive ».
	`(?:on|je|nous|j|il|elle|ils) (?:n |ne )(?:est|suis|sommes|sont|dort|dors|dormons|dorment|vit|vis|vivons) (?:pas|plus|jamais) (?:encore )?(?:dehors|a la rue|sdf|sans abri|sans toit|sans logement)`,
	// A bag stolen with the papers in it: a theft, not a partner who
	// keeps the papers (« on a pris mon sac avec mes papiers »).
	`(?:vole|volee|pris|prise|arrache|arrachee|pique|piquee|emporte|emportee|derobe|derobee)s? (?:\w+ )?(?:mon|ma|le|la|notre) (?:sac|sacoche|portefeuille|porte monnaie|valise|cartable|voiture|velo|scooter|veste|blouson|manteau)(?: a main| a dos)? (?:avec|et|ou il y avait|contenant|qui contenait)(?: \w+){0,2} (?:mes|mon|ma|nos|les|tous mes|toutes mes) (?:papiers|cartes?|passeport|telephone|permis|cles|clefs|documents)`,
	// Bruises from sport or a fall: « des bleus plein les jambes après le
	// rugby ».
	`(?:bleus?|hematomes?|bosses?)(?: \w+){0,4} (?:apres|pendant|au|a cause du|a cause de la|en faisant du|en jouant au|a la|de la) (?:le |la |l |du |un |une |son |sa |mon |ma )?(?:rugby|foot|football|match|sport|judo|karate|boxe|entrainement|chute|velo|trottinette|roller|skate|handball|hand|basket|ski|recre|recreation|gym|danse)\b`,
	// A car broken into: « on a cassé la vitre de ma voiture cette nuit ».
	`(?:casse|cassee|brise|brisee|fracture|fracturee|explose|explosee|defonce|defoncee|force|forcee)s? (?:la |les |une |des )?(?:vitres?|portieres?|serrures?|fenetres?) (?:de|d) (?:ma|mon|la|le|notre|sa|son) (?:voiture|auto|camion|camionnette|scooter|moto|fourgon)`,
	// A complaint about a dispute, or a theft: « porter plainte contre mon
	// voisin », « contre mon employeur », « plainte pour vol ». The
	// complaint is no danger; a blow told beside it still is (« plainte
	// contre mon voisin, il m'a frappée »), and a partner is left out.
	`plaintes? (?:contre|envers|sur) (?:mon|ma|mes|le|la|les|l|un|une|des|son|sa|ses|notre|nos|leur|leurs|ce|cette|ces|cet) (?:\w+ )?`+disputeParties+`\b`,
	`plaintes? (?:pour|de) (?:un |une |le |la |l )?(?:vol|vols|escroquerie|arnaque|fraude|usurpation|cambriolage|degradations?|tapage|bruit|nuisances?|diffamation|abus de confiance|injure|impaye|non paiement|litige|perte)\b`,
	// A blow denied is none: « il ne m'a jamais touchée », « elle l'a pas
	// frappé ». What else the message tells is still read.
	`(?:(?:m|l|nous) (?:a|ont|avait|avaient)|ma|la) (?:pas|pa|jamais) (?:ete )?(?:frapp|frap|tap|battu|cogn|gifl|touch|tabass|bless|pouss|bouscul)\w*`,
	// Mould is no meal of mushrooms: « des champignons sur les murs de la
	// salle de bain », « champignons noirs au plafond ».
	`champignons? (?:\w+ ){0,2}(?:noirs?|verts?|sur (?:le|les|la|mes|nos|un) (?:murs?|plafonds?|fenetres?|joints?|papier peint)|au plafond|aux murs|dans (?:la salle de bain|la douche|le placard|les placards|la chambre|l appart\w*|le logement)|(?:et|de|d) (?:moisissures?|humidite))`,
	// A car, a cellar or a bin that burnt is no home lost tonight:
	// « l'incendie de ma voiture a brûlé ma carte Vitale ».
	`incendies? (?:de|d|dans) (?:ma|mon|la|le|sa|son|notre|leur|une|un) (?:voiture|auto|moto|scooter|camion|camionnette|cave|box|garage|local poubelles?|poubelles?|velo|parking|bureau|magasin|usine|entrepot|foret)`,
	// An operation or a birth done « en urgence » and over: « opérée en
	// urgence il y a un mois », « césarienne en urgence, le bébé va bien ».
	`(?:cesarienne|accouche\w*|opere\w*|operation|hospitalise\w*|transfere\w*|evacue\w*|intervention) (?:\w+ ){0,3}en urgence`,
	// Rights, points or money that may vanish are no person who wants to:
	// « mes heures de formation vont disparaître », « mon dossier a
	// disparu du site ».
	`(?:droits?|points?|heures?|aides?|allocations?|comptes?|dossiers?|fichiers?|documents?|photos?|messages?|mails?|euros?|argent|sous|credits?|solde|cpf|abonnements?|contrats?|offres?|reductions?|promos?|avantages?|bonus|rendez vous|donnees|historique|annonces?|dettes?|taches?|boutons?|cicatrices?|rides|taxes?|frais)(?: \w+){0,3} (?:va|vont|allait|allaient|risquent? de|peu\w* |pourrai\w* |doi\w* )?(?:disparaitr\w*|disparu\w*|disparai\w*)`,
	// Callers who sell are no stalker: « harcelée au téléphone pour des
	// panneaux solaires », « les démarcheurs me harcèlent ».
	`harcel\w* (?:\w+ ){0,6}(?:pour|pr) (?:me )?(?:vendre|faire signer|des|une|un|du|de la|mon|ma|mes|changer|isoler|installer|renouveler)(?: \w+){0,2} (?:fenetres?|volets?|isolation|panneaux|pompes? a chaleur|mutuelles?|assurances?|contrats?|abonnements?|forfaits?|cuisines?|energie|electricite|gaz|fibre|box|alarmes?|credits?|formations?|cpf|vins?|chaudieres?|toitures?|combles|placements?|cartes?|offres?|sondages?)`,
	`(?:demarcheurs?|demarchage|vendeurs?|vendeuses?|commerciaux|commercial|centres? d appels?|plateformes? d appels?|call centers?|robots? d appels?|pubs?|publicites?|operateurs?|fournisseurs?|sondeurs?|numeros? inconnus?|appels? commerciaux)(?: \w+){0,5} (?:me |nous |m |m ont |m a )?harcel\w*`,
	// Everyday family life told with the words of night and family
	// (namedOnly): what they leave names only a person or a moment, which
	// tells no danger (namesOnlyLeft). Sleeping badly is no night
	// outside: « je dors mal », « le bébé dort peu », « du mal à
	// m'endormir », insomnia, nightmares, waking at night.
	`(?:dor[st]?|dormir|dormi|dormons|dorment|endor[st]|rendor[st]) (?:\w+ )?(?:mal|peu|plus bien|pas bien|pas assez|tres mal|super mal|trop peu|que \w+ heures?)\b|(?:du mal|mal|de la peine|arrive pas|arrive plus|n arrive pas|n arrive plus|narrive pas|narrive plus) (?:a )?(?:dormir|m endormir|s endormir|me rendormir|se rendormir|trouver le sommeil)|insomnies?|cauchemars?|(?:me|se|te|nous) (?:reveill?e\w*|reveil\w*)(?: \w+){0,3} (?:la|chaque|toutes? les?|plusieurs fois|\w+ fois)(?: par)? nuits?|(?:ca|cela|la toux|le bruit|les bruits|les voisins|les pleurs) (?:le|la|les|me|nous|te) reveill\w*`,
	// A child's small ills and moods, and growing up: « mon fils tousse
	// la nuit », « elle pleure le soir », « il rentre tard », « puni à
	// l'école », « privé de sortie », « elle sort avec ses copines ».
	`(?:tousse|toussent|toussait|tousser|toux|rhume|coliques?|fait ses dents|font leurs dents) (?:\w+ ){0,2}(?:la nuit|le soir|la journee|toute la nuit|tout le temps|beaucoup|depuis|ce soir|cette nuit)|(?:pleure|pleurent|pleurait|pleurer|pleurs) (?:\w+ ){0,1}(?:la nuit|le soir|toute la nuit|au coucher|a la creche|a l ecole|quand je pars|quand je le laisse|quand je la laisse)`,
	`(?:rentre|rentrent|rentrait|rentrer|rentree|rentres) (?:\w+ )?(?:tard|tres tard|a la nuit|de nuit|a \d+ ?h\w*|apres minuit|du travail|du boulot|de l ecole|du college|du lycee|de la fac|du sport|du foot)|(?:sort|sortent|sortir|sortie|sorti) (?:\w+ ){0,2}(?:avec (?:ses|mes|des|leurs|sa|son) (?:copains|copines|amis|amies|potes|copain|copine|ami|amie)|en boite|le samedi soir|le week end)`,
	`(?:puni|punie|punis|punies|punir|punition|privee? de (?:sortie|console|telephone|portable|tele|television|dessert|ecran)|collee? (?:au|en) (?:college|lycee|retenue)|une retenue|en retenue|heures? de colle)`,
	// Working at night is no night outside: « mon fils travaille la nuit ».
	`(?:travaille|travaillent|travailler|travaillais|travaillait|bosse|bossent|bosser) (?:\w+ ){0,2}(?:la nuit|le soir|de nuit|les nuits|en nuit)`,
	// A caller who knocks is no blow: « le facteur a frappé mais… »,
	// « un démarcheur a frappé chez moi ». A blow needs someone struck:
	// « il m'a frappée », « le voisin a frappé mon fils » stay.
	`(?:facteur|factrice|livreur|livreuse|demarcheur|demarcheuse|vendeur|vendeuse|commercial|huissier|commissaire de justice|technicien|technicienne|agent|agente|releveur|plombier|postier|postiere|quelqu un|quelquun|qqn|qq1|on|voisin|voisine|gardien|gardienne|concierge|policiers?|gendarmes?|police)s? (?:(?:de|d|du|des) (?:la |l )?\w+ )?(?:a|ont|avait|avaient|est venu|sont venus|vient de|viennent de|a deja|a encore) (?:frapp\w*|toqu\w*)(?: (?:chez|a|au|mais|et|puis|hier|ce|tout|pendant|quand|deux|trois|plusieurs|\d+)\b|$)`,
	// A thing burned, not a person: « ma carte Vitale a brûlé dans le
	// barbecue », « nos papiers ont brûlé dans l'incendie de la cave ».
	`(?:cartes?|carte vitale|carte grise|papiers?|permis|passeports?|titre de sejour|documents?|livret de famille|cni|factures?|courriers?|dossiers?|meubles?|voitures?|affaires|vetements|habits|rideaux?|canape|matelas|cuisine|gateau|repas|plat|gratin|roti|pizza|tarte|pain|frigo|tele|telephone|portable|ordi|ordinateur|cave|garage|local|poubelles?|grenier)(?: \w+){0,3} (?:a|ont|est|sont|avait|avaient|ont ete|a ete) (?:\w+ )?(?:brule|brules|brulee|brulees|crame|cramee|cramees|cramee|parti en fumee|partie en fumee|partis en fumee|parties en fumee)\b`,
)

// disputeParties are the other side of an everyday dispute: a neighbour,
// an employer, a landlord, a firm, an office.
const disputeParties = `(?:voisins?|voisines?|employeur|employeuse|patron|patronne|chef|cheffe|collegues?|proprietaire|proprio|bailleur|bailleuse|locataires?|syndic|agence|entreprise|societe|boite|vendeur|vendeuse|garagiste|artisan|plombier|banque|operateur|commercant|magasin|site|assurance|assureur|mutuelle|notaire|avocat|huissier|transporteur|livreur|administration|caf|cpam|mairie|ecole|inconnu|x|arnaqueur|escroc)s?`

// videoGame names a video game; gameShout is what players shout, « je
// vais mourir », « je vais te tuer », « il va tous les massacrer »: told
// of a game, they are no danger (a threat to the writer, « il va me
// tuer », is not a shout). Unlike offTopic, a game does not make
// the whole message harmless: a stranger who asks a child for photos in
// an online game is a danger.
var (
	videoGame = anyPhrase(`(?:boss (?:final|de fin)|jeux? en ligne|jeux? video|jeux? de (?:survie|guerre|tir|combat|zombies?|baston)|fortnite|minecraft|roblox|gta|call of duty|free fire|valorant|league of legends|console|playstation|xbox|switch|manette|partie en ligne)`)
	gameShout = guard(`\b(?:crie|crient|criait|hurle|hurlent|hurlait|dit|disait|gueule|gueulait|braille|repete|repetait|crier|hurler)(?: qu (?:il|elle|ils|elles))?(?:(?: (?:je|j|il|elle|on|ils|elles|tu|t|vais|va|vont|allait|allaient|te|vous|les|tous|toutes|nous|suis|es|est)){0,4} (?:morte?s?|mourir|meurs|crever|tuer|massacrer|buter|exploser|defoncer|detruire|eclater|niquer|tue))+\b`)
)

// figurativeSpans returns the spans of text, as words (see message),
// that figurative phrases cover, and the players' shouts when the message
// names a video game.
func figurativeSpans(text string) [][]int {
	spans := figurative.FindAllStringIndex(text)
	for i := 0; i < len(spans); i++ {
		// « mes papiers, sinon il va me tuer »: what follows « sinon »
		// is a threat's consequence, not a thing that « kills ».
		if strings.Contains(text[spans[i][0]:spans[i][1]], " sinon ") {
			spans = slices.Delete(spans, i, i+1)
			i--
		}
	}
	if videoGame.MatchString(text) {
		spans = append(spans, gameShout.FindAllStringIndex(text, -1)...)
	}
	return spans
}

// isFigurative reports whether text holds a figurative phrase.
func isFigurative(text string) bool {
	return figurative.MatchString(text) || videoGame.MatchString(text) && gameShout.MatchString(text)
}

// offTopic are words that make a whole message harmless: a joke, a film,
// a game, or the writer's own word that it is no emergency.
var offTopic = guard(`\b(?:mdr|ptdr|lol|haha|hahaha|(?:tele)?films?|series?|(?:le|un|ce|mon|son) (?:livre|roman|manga|feuilleton)|jeux? video|jeux? de survie|dans le jeu|minecraft|fortnite|roblox|pas une urgence|veterinaires?|veto|c est une (?:expression|facon de parler|image)|facon de parler|au sens figure)\b`)

// laughMarks are the emoji a writer laughs or blushes with: « mon mari va
// me tuer quand il saura que j'ai oublié l'actualisation 🙈 », « mon ado
// menace de fuguer chez sa grand-mère 😄 ». Like « mdr », they are the
// writer's own word that what they tell is no danger. Tears and fear
// (😢, 😱) are not among them.
const laughMarks = "😂🤣😄😆😅😁😜😝😛🙈😹"

// laughs reports whether the message q, as written, holds a laugh mark.
func laughs(q string) bool { return strings.ContainsAny(q, laughMarks) }

// ownJoke is the writer's own word that what they tell is a joke (« on
// m'a dit qu'on allait me tuer si je ratais le planning, c'est une blague
// bien sûr »); saidJoke is someone else's (« il me frappe et dit que c'est
// pour rire »), which makes nothing harmless.
var (
	ownJoke  = guard(`\b(?:c est|c etait) (?:une blague|pour rire|de l humour)\b`)
	saidJoke = guard(`\b(?:dit|dis|disent|disait|pretend|pretendent|assure|fait croire|repete) (?:que |qu )?(?:c est|c etait) (?:une blague|pour rire|de l humour)\b`)
)

// Violence against a child is answered with the entry of children in
// danger (119), violence against the writer with that of violence in the
// couple or the family (3919): both share their signals (« frappe », « des
// bleus »), so the victim decides.
const (
	violencesID = "urgence-violences"
	enfanceID   = "urgence-enfance"
)

var (
	// childWord names a child: « mon fils », « le petit », « un élève »,
	// « the boy », « my son » (« son » alone is French: « son mari »),
	// « mi niño », « meu filho », « djalin » (Albanian), « rebenka »
	// (Russian in Latin letters), « tfel » (Moroccan Arabic), « mwana »,
	// « bana ya… » (Lingala; « bana » alone is the Turkish « to me »).
	childWord = guard(`\b(?:enfan|enfans|jumeaux|jumelles|jumeau|jumelle|triples|triplees|cadet|cadette|cocuk|cocugu|cocugum|cocuklar|cocuklari|cocuklarim|boy|boys|girl|girls|child|children|kid|kids|baby|(?:little|baby) (?:brother|sister)s?|(?:my|his|her|their|our|your|the|a) son|daughter|fils|fille|filles|enfant|enfants|gamin|gamine|gamins|gamines|gosse|gosses|neveu|niece|bebe|bebes|bb|nourrisson|ado|ados|adolescent|adolescente|eleve|eleves|mineur|mineure|mineurs|petit|petite|petits|petites|ptit|ptite|ptits|ptites|pti|garcon|garcons|fillette|fillettes|ecolier|ecoliere|ecoliers|camarade|camarades|(?:copain|copine|pote)s? de classe|nino|nina|ninos|ninas|hijo|hija|hijos|hijas|filho|filha|filhos|filhas|sobrino|sobrina|sobrinos|sobrinas|sobrinho|sobrinha|sobrinhos|sobrinhas|sobrino|sobrina|sobrinos|sobrinas|crianca|criancas|menino|menina|meninos|meninas|pitit|timoun|tipitit|copil|copilul|copii|copiii|copilului|baiat|baiatul|baietel|baietelul|fetita|fetitei|femija|femijen|femijet|femijes|djali|djalin|djalit|vajza|vajzen|vajzes|rebenok|rebenka|rebenku|detei|detey|deti|malysh|tfel|tfla|drari|bnita|mwana|bana (?:ya|na|bazali|ba))\b`)
	// notChild are the same words for adults: « mon petit ami », « son
	// copain » (a partner), « 19 ans », or children beside the writer who
	// is the victim: « je suis seule avec mon bébé ».
	notChild = guard(`\b(?:(?:petite?|ptite?) (?:ami|amie|copain|copine)|(?:son|sa|par son|par sa) (?:copain|copine|mari|conjoint|compagnon|compagne|ex|mec|femme|concubin|homme)|adulte|majeure?|(?:1[89]|[2-9][0-9]) ans?|(?:avec|avc|devant|devan|et|pour) (?:les|mes|nos|ses) (?:\d+ )?(?:enfants?|enfan|petits?|gosses?)|(?:les|mes|nos) enfants et moi|moi et (?:les|mes|nos) enfants|seule? avec (?:mon|ma|mes) (?:\d+ )?(?:bebes?|bb|enfants?|petits?|petites?|fils|filles?)|devant (?:le|la|mon|ma|notre) (?:petit|petite|bebe|fils|fille|enfant)|seule? avec (?:le|la|les|notre|nos) (?:\d+ )?(?:bebes?|bb|enfants?|petits?|petite|nourrisson)|(?:mon|ma|mes|le|la|les|nos) (?:fils|fille|filles|enfants?|bebes?|petits?|petite) (?:est|sont|dort|dorment) (?:avec moi|pres de moi|a cote de moi|dans (?:leur|sa|son) (?:chambre|lit))|(?:avec|avc) (?:mes|nos|les) (?:deux|trois|quatre|cinq) (?:enfants?|petits?|petites?|gosses?|bebes?)|(?:mon|un|le) sac (?:\w+ ){0,2}(?:pres de|devant|a cote de) la porte|(?:valise|sac) (?:est )?(?:prete?|faite?)(?: \w+){0,3} au cas ou|(?:prendra|prendre|prenne|garder|gardera|enlever|enlevera|emmener|emmenera|retirer|retirera|kidnapper|aura) (?:les|mes|nos) (?:\d+ )?(?:enfants?|petits?|gosses?)` +
		// The writer shut in or hiding with their child (« je suis
		// enfermée dans la salle de bain avec ma fille, il crie
		// derrière »), or writing from the child's phone: the writer is
		// the one threatened.
		`|(?:enfermee?s?|refugiee?s?|cachee?s?|barricadee?s?|planquee?s?|hiding|hidden|locked|shut)(?: \w+){0,5} (?:avec|with) (?:mon|ma|mes|my|our|le|la|les|notre|nos) (?:bebes?|bb|enfants?|petits?|petite|fils|filles?|baby|babies|son|sons|daughters?|kids?|children)` +
		`|(?:from|on|using) (?:my|our) (?:son|daughter|kid|child|boy|girl)s? s (?:tablet|phone|cell|mobile|computer|laptop|ipad)|(?:depuis|sur|avec) (?:le|la) (?:telephone|portable|tel|tablette|ordi|ordinateur) (?:de|d) (?:mon|ma) (?:fils|fille|enfant|petit|petite|ado))\b`)
	// minor is a child's age, also glued (« 9ans »), or school.
	minor = guard(`\b(?:(?:he|she) is (?:[1-9]|1[0-7])|(?:[1-9]|1[0-7]) ?ans?|(?:[1-9]|1[0-7]) (?:years?|yo|anos)|mineure?s?|college|collegien\w*|lycee|lyceen\w*|primaire|maternelle|creche|en (?:seconde|terminale|sixieme|cinquieme|quatrieme|troisieme|[3-6]e|[3-6]eme|cm1|cm2|ce1|ce2|cp))\b`)
	// againstWriter is violence against the writer: « il m'a frappée »,
	// « me tape », « tape moi », « je suis battue », being kept in or
	// stripped of papers (« il ne me laisse pas sortir », « il m'a pris mon
	// passeport »), blows « mis » (« il m'a mis un coup de poing »), « he
	// hit me » (« kicked me out » is a door shut, not a blow), « beni
	// dövüyor » (Turkish). Fear for someone else (« moi peur pour lui »)
	// is not.
	againstWriter = guard(`\b(?:(?:me|m a|ma|m ont|mont|m) (?:encore |deja |encor |souvent |toujours |tout le temps )?(?:frap|tap|bat|cogn|gifl|tabass|viol|touch|etrangl|pouss|menac|secou|brul|mord|forc|enferm|insult|humili|rabaiss|harcel|tu|serr|jet|attach|fait du mal|fait mal|train|tir|lanc|plaqu|bouscul|empoign|attrap|griff|crach|etouff|traite de|cass)|(?:j ai|j avais|jai) (?:eu )?(?:le|la|les|un|une|des) (?:bras|nez|cote|cotes|machoire|jambe|poignet|doigt|doigts|dent|dents|oeil|levre|arcade) (?:casse|cassee|casses|cassees|fracture|fracturee|ouvert|ouverte|au beurre noir)|(?:il|elle) m a (?:casse|fracture|ouvert)|(?:frapp?e|tape|bat|tabasse|cogne) moi|(?:m a|ma|m ont|m avait) (?:saisie?|coincee?) (?:par|contre)|je suis battue?|(?:j ai|jai) ete (?:forcee?|violee?|agressee? sexuellement)|moi peur(?: (?:[^p ]\w*|p[^o ]\w*|po[^u ]\w*|pou[^r ]\w*|pour\w+|p|po|pou)\b|$)|peur de (?:lui|mon mari|mon conjoint|mon compagnon|mon copain|mon ex)|(?:m a|ma|m ont|mont|me|m) (?:encore |deja |souvent |toujours )?(?:mis|met|mets|mettent|mettait) (?:des|une|un|deux|plusieurs) (?:claques?|baffes?|gifles?|coups?|droites?|pains?|beignes?|raclees?|tartes?)|(?:me|m) (?:ne )?laisse (?:pas|plus|jamais) sortir|m a (?:pris|confisque|cache|garde) (?:mes|mon|ma) (?:papiers|telephone|tel|portable|passeport|carte)|(?:il|elle) a (?:pris|pri|prit|confisque|cache|garde) (?:mes|mon|ma) (?:cles?|clefs?|telephone|tel|portable|papiers|passeport)|m avoir (?:frap|tap|gifl|cogn|tabass|battu|pouss|etrangl|insult)|(?:veut|veulent|voulait|voulaient|vont|va|allaient|allait|veu) me marier|(?:tire|tirent|tirait|arrache|arrachent|arrachait) (?:mes|les) cheveux|me marier (?:de force|au pays|au bled)|(?:m ont|m a|ma) mariee? de force|(?:me|m) corrig\w* (?:avec|a coups)|` + fireThreat + `|` + threatOnWriter + `|` + round24Threat + `|(?:hit|hits|beat|beats|hurt|hurts|slapped|punched|choked|locked|kill) me|kicked me(?: (?:[^o ]\w*|o[^u ]\w*|ou[^t ]\w*|out\w+|o|ou)\b|$)|me (?:pego|pega|pegan|golpea|golpeo|golpean|amenaza|amenazo|bate|bateu|batem|ameaca|ameacou)|(?:bate|bateu|pega|golpea) me|beni (?:dov|tehdit|oldur)\w*)`)
	// otherParent is someone's father or mother who acts on them: « son
	// père le tape », « sa mère l'enferme », « son père va le tuer ».
	// Whoever the father's blows fall on is his child, named or not.
	otherParent = guard(`\b(?:(?:son|leur) (?:pere|beau pere|papa|daron|vieux)|(?:sa|leur) (?:mere|belle mere|maman|daronne|vieille)|ses parents|ses darons) (?:\w+ ){0,2}(?:le|la|l|les|lui) \w`)
	// minorWriter is a writer who says they are a child: « j'ai 9 ans »,
	// « jai 11an », « i am 12 », « tenho 12 anos ».
	minorWriter = guard(`^(?:[1-9]|1[0-7]) ?ans (?:et )?(?:on|il|elle|ils|je|j|mon|ma|mes|papa|maman)\b|\bi (?:am|m) (?:[1-9]|1[0-7])\b|\b(?:[1-9]|1[0-7]) yas(?:indayim|\b)|\b(?:tengo|tenho) (?:[1-9]|1[0-7]) anos\b|\b(?:j ai|jai|moi|je suis|jsuis|suis|g) (?:[1-9]|1[0-7]) ?ans?\b|\bje suis mineure?\b|\b(?:je suis|jsuis|jsui|chui|suis) devant (?:le|mon) college (?:et )?(?:je|j) (?:\w+ )?(?:veux|peux|ose|sais)\b|\b(?:je suis|jsuis|jsui|chui|suis|je vais|jvais) (?:au|en) (?:college|primaire|6e|5e|4e|3e|6eme|5eme|4eme|3eme|sixieme|cinquieme|quatrieme|troisieme|seconde|cm1|cm2|ce1|ce2)\b`)
)

// childVictim reports whether a message of violence is about a child: the
// writer says they are a child, or a child is named and the signals that
// matched are not about violence against the writer.
func childVictim(key string, firstPerson bool) bool {
	if minorWriter.MatchString(key) || speaksAsChild(key) {
		return true
	}
	if firstPerson {
		return false
	}
	key = withoutOffspring(key)
	return minor.MatchString(key) || stepPartnerBeatsThem(key) || childWord.MatchString(key) && !notChild.MatchString(key) || otherParent.MatchString(key)
}

// A signal is a phrase of an emergency entry, compiled.
type signal struct {
	doc   int32
	words []signalWord
	first int32 // the number of words[0] among the signals' first words
}

type signalWord struct {
	text   string
	prefix bool
	number bool // an emergency number: it must stand alone (inLongNumber) and count nothing (countsOrPlaces)
	// denied tells a word of a signal of violence, which a negation
	// right before it denies (negatedAt): « il ne m'a pas frappée ».
	denied bool
	sound  string // sound(text), or soundStem(text) for a prefix
}

// message is a message's words as signals read them, with their sounds.
// Words that a figurative phrase or an everyday sense covers are masked:
// no signal matches them.
type message struct {
	words, sounds, stems []string
	masked               []bool
	// spelled are the words the FAQ's edited text writes (vocabulary's
	// words): one of them is not a typo for another word (« ménages »
	// is no « menaces »). nil takes every word as a possible typo.
	spelled map[string]bool
	// spans are the figurative spans of the words (figurativeSpans), then
	// those of their everyday senses (everydaySense), read once when
	// spansRead; figures tells whether there are figurative ones.
	spans     [][]int
	figures   bool
	spansRead bool
	// breaks[i] tells that a sentence ends before word i (sentenceBreaks):
	// no signal reads its words across it. nil reads none.
	breaks []bool
}

// figurativeSpans returns the spans of the message's words, joined by
// spaces, that figurative phrases and everyday senses cover (see
// figurativeSpans and everydaySense); they are read once.
func (msg *message) figurativeSpans() [][]int {
	if !msg.spansRead {
		text := strings.Join(msg.words, " ")
		msg.spans, msg.spansRead = figurativeSpans(text), true
		msg.figures = msg.spans != nil
		for _, sp := range everydaySense.FindAllStringIndex(text) {
			// A denied or awaited everyday act is not that act: « il
			// n'est pas rentré de l'école », « elle devait rentrer à
			// 17 h » is no child coming home.
			if before := " " + text[:sp[0]]; strings.HasSuffix(before, " pas ") || strings.HasSuffix(before, " jamais ") ||
				strings.HasSuffix(before, " devait ") || strings.HasSuffix(before, " devaient ") || strings.HasSuffix(before, " aurait du ") {
				continue
			}
			if shelterClosed.MatchString(text[sp[0]:sp[1]]) {
				// An employer who closes the workers' foyer puts them
				// out of a home, not of a job (emergency_round23.go).
				continue
			}
			msg.spans = append(msg.spans, sp)
		}
	}
	return msg.spans
}

// figurative reports whether the message holds a figurative phrase, as
// isFigurative does for its words; an everyday sense is none.
func (msg *message) figurative() bool {
	msg.figurativeSpans()
	return msg.figures
}

// maskFigurative masks the words that figurative phrases and everyday
// readSignals reads the message q (key, as phraseKey gives it) as the
// emergency check does: its words, spelled with the FAQ's vocabulary,
// their text, and the signals its sentences hold.
func (m *Matcher) readSignals(q, key string) (msg message, text string, hit []int) {
	msg = newMessage(key)
	msg.spelled = m.vocab.words
	text = strings.Join(msg.words, " ")
	if hit = m.signalsIn(&msg); len(hit) > 0 {
		hit = m.withinSentences(q, &msg, hit)
	}
	return msg, text, hit
}

// senses cover, and reports whether there were any.
func (msg *message) maskFigurative() bool {
	spans := msg.figurativeSpans()
	if spans == nil {
		return false
	}
	msg.masked = make([]bool, len(msg.words))
	at := 0
	for i, w := range msg.words {
		for _, sp := range spans {
			if at < sp[1] && at+len(w) > sp[0] {
				msg.masked[i] = true
			}
		}
		at += len(w) + 1
	}
	return true
}

func newMessage(key string) message {
	m := message{words: messageWords(key)}
	m.sounds = make([]string, len(m.words))
	m.stems = make([]string, len(m.words))
	for i, w := range m.words {
		m.stems[i] = soundStem(w)
		m.sounds[i] = trimSilent(m.stems[i])
	}
	return m
}

// foreignTag is the tag of a signal in another language than French:
// « en: he hit me », « pt: bate em mim », « ro: ma bate » (Romanian),
// « it: mi picchia » (Italian), « cr: bat mwen » (the Creoles of the
// Antilles and Haiti), « tr: beni dövüyor » (Turkish), « ar: kaydrebni »
// (Moroccan Arabic in Latin letters), « uk: ne dykhaie » (Ukrainian and
// Russian in Latin letters), « wo: may door » (Wolof), « kab: yettwawwet »
// (Kabyle), « sq: e rreh » (Albanian), « pl: nie chce juz zyc » (Polish),
// « ln: kobeta ngai » (Lingala), « ta: saaga poren » (Tamil in Latin
// letters).
// Many residents in danger write in
// the language they know best; the bot answers them in French, but must
// not miss them.
var foreignTag = regexp.MustCompile(`^(en|pt|es|ro|it|cr|tr|ar|uk|wo|kab|sq|pl|ln|ta): `)

// signalLanguage returns a signal without its language tag, and whether
// it had one (a signal in another language than French). Such signals are
// matched like the others, but the danger reader does not learn from
// them: it reads French, and their words would only thin the weight of
// the French ones.
func signalLanguage(s string) (text string, foreign bool) {
	if loc := foreignTag.FindStringIndex(s); loc != nil {
		return s[loc[1]:], true
	}
	return s, false
}

// markEmergencies records which documents are entries of an emergency
// theme, and compiles their signals.
func (m *Matcher) markEmergencies(c *Catalog) {
	m.urgent = map[int32]bool{}
	m.urgentID = map[string]int32{}
	byID := map[string]int32{}
	for i, d := range m.docs {
		if !d.intent {
			byID[d.id] = int32(i)
		}
	}
	for _, e := range c.Entries {
		d, ok := byID[e.ID]
		if !ok || !c.IsEmergency(e.ID) {
			continue
		}
		m.urgent[d] = true
		m.urgentID[e.ID] = d
		for _, s := range e.Signals {
			sig := signal{doc: d}
			s, _ = signalLanguage(s)
			// A signal is spelt out as messages are (messageWords): the
			// Creole « pa » and « pè » are read « pas » and « peux » in
			// both.
			for _, w := range messageWords(phraseKey(strings.ReplaceAll(s, "*", " zzstarzz "))) {
				if w == "zzstarzz" {
					if n := len(sig.words); n > 0 {
						sig.words[n-1].prefix = true
					}
					continue
				}
				sig.words = append(sig.words, signalWord{text: w})
			}
			for i := range sig.words {
				sw := &sig.words[i]
				sw.number = isDigits(sw.text)
				sw.denied = e.ID == violencesID
				sw.sound = soundStem(sw.text)
				if !sw.prefix {
					sw.sound = trimSilent(sw.sound)
				}
				if len(sw.sound) < 3 || strings.ContainsAny(sw.text, "0123456789") || !strings.ContainsAny(sw.text, "aeiouy") {
					// « des » and « d'un » sound alike, « 115 » and « 15 »
					// do not, nor « sdf » (spelt letter by letter) and
					// « sdfggh »: short words, numbers and acronyms are
					// read as written.
					sw.sound = ""
				}
			}
			if len(sig.words) > 0 {
				m.signals = append(m.signals, sig)
			}
		}
	}
	m.familyDoc = familyDocs(m.urgentID)
	m.danger = trainDanger(c, m.urgentID, defaultDanger, dangerCorpus)
	// Index the signals by the first three letters of their first word and
	// of its sound, so that a message is tested against the few signals
	// that can start in it.
	m.signalsBy = map[string][]int{}
	firsts := map[signalWord]int32{}
	for i := range m.signals {
		sw := m.signals[i].words[0]
		f, ok := firsts[sw]
		if !ok {
			f = int32(len(firsts))
			firsts[sw] = f
		}
		m.signals[i].first = f
	}
	for i, sig := range m.signals {
		for _, key := range [2]string{prefix3(sig.words[0].text), "~" + prefix3(sig.words[0].sound)} {
			if key == "~" {
				continue
			}
			if !slices.Contains(m.signalsBy[key], i) {
				m.signalsBy[key] = append(m.signalsBy[key], i)
			}
		}
	}
}

// familyDocs returns the document of each of signalFamilies, from the
// emergency entries by id, -1 when the FAQ lacks it: looked up once, not
// for every message.
func familyDocs(urgentID map[string]int32) []int32 {
	docs := make([]int32, len(signalFamilies))
	for i, f := range signalFamilies {
		docs[i] = -1
		if d, ok := urgentID[f.id]; ok {
			docs[i] = d
		}
	}
	return docs
}

// emergency decides about the emergency entries. It returns the answer
// to an emergency when the message holds a signal of an emergency entry,
// or one of its families (emergency_family.go), and no figurative use of the words of danger, or when the engine's best
// candidate is an emergency entry that the danger reader or the engine's
// confidence confirms (unsignalled). Which entry answers it is chosen by
// signalledEntry (emergency_entry.go). A message told in a calm frame
// (frames.go) is no emergency, whatever its signals, the danger reader or
// the ranking say; so is a procedure question (procedureCalm) whose only
// evidence is one signal, or the ranking, and a reader below its
// threshold: when it asks about an emergency number or service, or
// the engine puts the emergency entry it reads first, that entry's
// numbers are given as a plain answer (plainEntry), without the alarm.
// ok is false when the message is neither: Match then never gives an
// emergency entry as an answer or a suggestion, so that a figurative
// phrase or a joke gets none at all. A message that is only a figure of
// speech is no question either: ok is true with the zero Result
// (Unknown), so that « mort de rire » is offered no entry about a death.
// The message's reading is left in msg (its words stay nil when the
// message was never read), for worried to read again without redoing it.
func (m *Matcher) emergency(q string, rk ranking, msg *message) (res Result, ok bool) {
	if len(m.signals) == 0 {
		return Result{}, false
	}
	key := phraseKey(q)
	if offTopic.MatchString(key) || laughs(q) || ownJoke.MatchString(key) && !saidJoke.MatchString(key) {
		return Result{}, false
	}
	var text string
	var hit []int
	*msg, text, hit = m.readSignals(q, key)
	fam := m.familiesIn(msg)
	if len(hit) == 0 && len(fam) == 0 && fewContentWords(msg.words, figureWords) && msg.figurative() && msg.maskFigurative() && namesOnlyLeft(msg) && !onlyPlainSense(text) {
		// Nothing but a figure of speech and the people or moments it
		// is told of (« mort de rire », « je suis mort de fatigue ce
		// soir »): no question the ranking could read in its words of
		// death or danger. It is answered as unknown.
		return Result{}, true
	}
	best := int32(-1)
	if len(hit) > 0 || len(fam) > 0 {
		best = m.signalledEntry(hit, fam, key, msg, rk)
	} else {
		// A message of courtesy alone (« Au revoir, bonne journée.
		// merci d'avance ») tells no danger, whatever the reader or
		// the ranking make of its words: a farewell in danger says
		// more (signals and families read « adieu », « merci pour
		// tout »).
		if !courtesyOnly(q) {
			best = m.unsignalled(key, msg, rk)
		}
	}
	// The frame is read last, and only when it matters: it is the
	// slowest reading, and most messages are far from any emergency.
	// A doctor, a chemist or a dentist on call asked for, and no other
	// danger told (« médecin de garde dimanche »): the entry answers, as a
	// plain answer, without the alarm.
	onCall := best >= 0 && len(fam) == 0 && m.onCallOnly(hit) && !careSymptom.MatchString(text)
	urgent := best >= 0 && !onCall && !calmFrame(text) && !(len(hit) == 0 && len(fam) == 0 && everydayFrame(text)) &&
		!(len(fam) == 0 && m.distinctSignals(hit) <= 1 && (procedureCalm(text) && !m.readsDanger(msg) || m.rankingOutweighs(text, msg, rk)))
	if onCall && rk.n > 0 && rk.top[0] == best {
		// best is the entry of the care asked for, ranked first.
	} else if !urgent {
		if best = m.plainEntry(text, msg, best, rk); best < 0 {
			return Result{}, false
		}
	}
	res = Result{Outcome: Answer, ID: m.docs[best].id, Emergency: urgent, Confidence: 1}
	if !urgent {
		res.Confidence = round(m.confidence(rk))
	}
	for j := 0; j < rk.n; j++ {
		res.Candidates = append(res.Candidates, Candidate{ID: m.docs[rk.top[j]].id, Score: round(rk.score[j])})
	}
	return res, true
}

// careSymptom is a sign of the body told with the care asked for
// (« médecin de garde, ma mère a la jambe rouge et de la fièvre »): then
// the message is read as any other.
var careSymptom = guard(`\b(?:fievre|temperature|douleurs?|mal (?:a|au|aux)|saign\w*|sang|respir\w*|rouge|gonfle\w*|vomi\w*|malaise|tombe\w*|brul\w*|blesse\w*|tousse\w*|convuls\w*|inconscient\w*|evanoui\w*|avale|boutons|plaque|gorge|ventre|poitrine|tete|bebe|nourrisson)\b`)

// onCallOnly reports whether the signals of hit, by index in m.signals,
// all name a care on call (« pharmacie de garde », « médecin de garde »):
// « garde » after « de ». The verb of keeping is no care on call: « il
// garde toute ma paie » is violence.
func (m *Matcher) onCallOnly(hit []int) bool {
	for _, i := range hit {
		ws := m.signals[i].words
		if !slices.ContainsFunc(ws[1:], func(w signalWord) bool { return w.text == "garde" }) {
			return false
		}
		for k := 1; k < len(ws); k++ {
			if ws[k].text == "garde" && ws[k-1].text != "de" {
				return false
			}
		}
	}
	return len(hit) > 0
}

// rankingOutweighs reports whether the engine's plain ranking and the
// danger reader together outweigh a single signal: the engine answers an
// ordinary entry with high confidence (outweighConfidence), the reader
// finds no window of the message that reads like danger, far from it
// (dangerFar), and the writer tells no violence against themselves. A
// story about a move, a naturalisation or a school assistant that holds
// one signal by chance (« on part à la fin du mois… j'ai peur de rater
// des lettres ») is then the ordinary question it looks like. On the
// development distress sets no message in danger comes near: those that
// hold one signal and rank an ordinary entry first with such confidence
// read above -10 (« pour mon dossier MDPH… mon mari me bat quand je dis
// non » reads -7.4 and tells blows).
func (m *Matcher) rankingOutweighs(text string, msg *message, rk ranking) bool {
	if rk.n == 0 || m.urgent[rk.top[0]] || m.docs[rk.top[0]].intent || m.danger == nil {
		return false
	}
	if m.confidence(rk) < outweighConfidence || againstWriter.MatchString(text) {
		return false
	}
	if msg.masked == nil {
		msg.maskFigurative()
	}
	_, score := m.danger.read(msg)
	return score <= dangerFar
}

// outweighConfidence is the engine's confidence in an ordinary entry from
// which, with a reader far from danger (dangerFar), it outweighs a single
// signal (rankingOutweighs).
const outweighConfidence = 0.8

// distinctSignals returns how many signals of hit, by index in m.signals,
// say different things: signals that share a content word (« samu » and
// « samu social », « fait une crise » and « crise d'épilepsie ») are one
// piece of evidence.
func (m *Matcher) distinctSignals(hit []int) int {
	n := 0
	for k, i := range hit {
		shared := false
		for _, j := range hit[:k] {
			if m.signals[i].sharesWord(m.signals[j]) {
				shared = true
				break
			}
		}
		if !shared {
			n++
		}
	}
	return n
}

// sharesWord reports whether s and t have a content word in common, or
// two forms of one (« fugue » and « fuguer », « seul » and « seuls »: one
// begins the other, in four letters or more).
func (s signal) sharesWord(t signal) bool {
	for _, a := range s.words {
		if stopWords[a.text] {
			continue
		}
		for _, b := range t.words {
			if a.text == b.text || sameWordForms(a.text, b.text) {
				return true
			}
		}
	}
	return false
}

// sameWordForms reports whether a and b are two forms of one word: the
// shorter, of four letters or more, begins the longer, which is at most
// two letters longer.
func sameWordForms(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return len(a) >= 4 && len(b)-len(a) <= 2 && strings.HasPrefix(b, a)
}

// readsDanger reports whether the danger reader (danger.go) reads the
// message as an emergency, its everyday senses masked.
func (m *Matcher) readsDanger(msg *message) bool {
	if m.danger == nil {
		return false
	}
	if msg.masked == nil {
		msg.maskFigurative()
	}
	_, score := m.danger.read(msg)
	return score >= dangerRead
}

// plainEntry returns the emergency entry to give as a plain answer to a
// message that is no emergency (-1 when none): the entry of the emergency
// number or service it names (« c'est quoi le 3114 », « le 119, c'est pour
// quoi ? »), else the emergency entry read, when the message tells a
// danger that is over or paperwork about it and the engine would answer
// it (« il y a six ans mon ex me battait, c'est fini »). A figurative
// phrase gets none.
func (m *Matcher) plainEntry(text string, msg *message, best int32, rk ranking) int32 {
	if best < 0 && !strings.ContainsAny(text, "0123456789") && !strings.Contains(text, "samu") {
		// Most messages: no danger read and no number to ask about.
		return -1
	}
	if msg.figurative() {
		return -1
	}
	confident := rk.n > 0 && m.confidence(rk) >= m.p.answerConfidence
	if named := namedServices(text); named != nil {
		var docs []int32
		for _, id := range named {
			if d, ok := m.urgentID[id]; ok {
				docs = append(docs, d)
			}
		}
		switch {
		case len(docs) == 0:
		case confident && !m.urgent[rk.top[0]]:
			// The engine answers another entry with confidence.
			return -1
		case best < 0 && !serviceQuestion.MatchString(text) && !slices.Contains(docs, rk.top[0]):
			// The number told in passing is not the question, and
			// no danger is read (« je dormais dans un foyer du 115 »).
		case slices.Contains(docs, best):
			return best
		default:
			for i := 0; i < rk.n; i++ {
				if slices.Contains(docs, rk.top[i]) {
					return rk.top[i]
				}
			}
			return docs[0]
		}
	}
	if best >= 0 && confident && rk.top[0] == best && (pastFrame.MatchString(text) || paperworkFrame.MatchString(text)) {
		// A danger that is over, or paperwork about it; a
		// professional's question or a campaign is not answered with
		// the numbers unless it names them.
		return best
	}
	return -1
}

// unsignalled returns the emergency entry of a message that holds no
// signal (-1 when it is none): when the engine's best candidate is an
// emergency entry and either the engine would answer it (its confidence
// reaches the answer threshold), or the danger reader (danger.go) reads
// the message as an emergency. The reader's
// entry wins over the engine's, then the victim decides as for signals.
// When an ordinary entry ranks first, the reader alone is asked for two
// dangers whose words ordinary entries share (ranked): a child in danger,
// when the children's entry is a candidate and a child is named; a night
// with no roof, when the shelter entry is a candidate and the message
// says today or tonight (shelterNow); self-harm, when the distress entry
// is a candidate and the message tells it in words (selfHarmTold).
func (m *Matcher) unsignalled(key string, msg *message, rk ranking) int32 {
	urgentFirst := rk.n > 0 && m.urgent[rk.top[0]]
	childRanked := !urgentFirst && m.ranked(rk, enfanceID) && namesChild(key)
	shelterRanked := !urgentFirst && m.ranked(rk, hebergementID) && shelterNow.MatchString(strings.Join(msg.words, " "))
	distressRanked := !urgentFirst && m.ranked(rk, detresseID) && selfHarmTold.MatchString(strings.Join(msg.words, " "))
	medicalRanked := !urgentFirst && m.ranked(rk, medicaleID) && bodyNow.MatchString(strings.Join(msg.words, " "))
	// Most messages rank no emergency: they are done before their
	// figurative phrases are read, the dearest test.
	if !urgentFirst && !childRanked && !shelterRanked && !distressRanked && !medicalRanked && !m.surelyDanger(msg) || msg.figurative() || namesOnly(msg.words) {
		return -1
	}
	best := int32(-1)
	score := 0.0
	if m.danger != nil {
		if msg.masked == nil {
			msg.maskFigurative() // the everyday senses: read without them
		}
		if msg.masked != nil && namesOnlyLeft(msg) {
			// What the everyday senses leave only names a moment or a
			// person: « mes sacs sont à la gare ce soir ».
			return -1
		}
		var class int
		var content float64
		class, score, content = m.danger.readAll(msg)
		d := m.danger.classes[class]
		child, shelter := m.docs[d].id == enfanceID, m.docs[d].id == hebergementID
		asked := urgentFirst || score >= dangerSure && content >= dangerSureContent || child && childRanked || shelter && shelterRanked || m.docs[d].id == detresseID && distressRanked ||
			m.docs[d].id == medicaleID && medicalRanked
		if content < dangerContent && len(msg.words) <= m.danger.opt.window {
			// A short message read whole whose reading rests on the
			// words that name a person or a moment, its content
			// words leaning to no danger: « mon fils chante la
			// nuit », « ma fille se maquille le soir ». The engine's
			// confidence may still decide below.
			score = min(score, dangerRead-1)
		}
		if score >= dangerRead && asked && (!child || namesChild(key)) {
			best = m.separate(d, nil, key, *msg, false)
		}
	}
	if !urgentFirst {
		return best
	}
	// The ranking read the words an everyday sense covers (« dormi
	// dehors au festival »): its confidence alone decides nothing then.
	if best < 0 && score > dangerDoubt && len(msg.figurativeSpans()) == 0 && m.confidence(rk) >= m.p.answerConfidence {
		// An emergency entry the engine would answer is answered as an
		// emergency, never as an ordinary answer: its numbers are given
		// with the alarm (an urgent ticket, the mediator told).
		best = m.separate(rk.top[0], nil, key, *msg, false)
	}
	return best
}

// surelyDanger reports whether the danger reader reads msg as danger so
// surely that the ranking need not agree: a story opened by a procedure
// (« c'est pour une bourse… je regarde passer les trains ») or told of a
// neighbour found on the floor ranks an ordinary entry first, or none,
// though its sentence of danger reads far above dangerRead. It reads the
// words as they are, the cheap way: the caller reads them again with
// their everyday senses masked.
func (m *Matcher) surelyDanger(msg *message) bool {
	if m.danger == nil || len(msg.words) < 4 {
		return false
	}
	_, score, content := m.danger.readAll(msg)
	return score >= dangerSure && content >= dangerSureContent
}

// namedOnly are the words that name a moment or a person of the family
// and say nothing else: a message of them alone (« ce soir »,
// « aujourd'hui », « mon beau-père », « il est beau ») tells no danger,
// though the emergency entries use them so much that one ranks first.
var namedOnly = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`aujourd hui soir soiree nuit matin demain hier maintenant
		pere mere papa maman parents fils fille enfant enfants petit petite petits bebe frere soeur
		mari femme homme conjoint copain copine beau belle grand oncle tante voisin voisine
		il elle ils elles on est sont c ca`) {
		m[w] = true
	}
	return m
}()

// namesOnly reports whether words are only stop words and words that name
// a moment or a person (namedOnly).
func namesOnly(words []string) bool { return fewContentWords(words, 0) }

// namesOnlyLeft reports whether the words of msg that no figurative
// phrase or everyday sense masks are only stop words and words that name
// a moment or a person (namesOnly).
func namesOnlyLeft(msg *message) bool {
	for i, w := range msg.words {
		if (msg.masked == nil || !msg.masked[i]) && !stopWords[w] && !namedOnly[w] {
			return false
		}
	}
	return true
}

// figureWords is the most content words a message that is only a figure
// of speech holds (« failli mourir de honte au guichet »: four): longer
// messages are not read for it, for reading figures is the dearest test
// and most messages hold no signal.
const figureWords = 5

// fewContentWords reports whether words hold at most n words that are
// neither stop words nor names of a person or a moment (namedOnly).
func fewContentWords(words []string, n int) bool {
	for _, w := range words {
		if !stopWords[w] && !namedOnly[w] {
			if n--; n < 0 {
				return false
			}
		}
	}
	return true
}

// ranked reports whether the emergency entry id is among the engine's
// candidates. The ordinary entries of family life (a birth, childcare,
// the canteen, a change told to the CAF) share a child's words with the
// children's entry and, as they gain examples, outrank it on a child in
// danger told in those words (« ma fille elle laisse le petit de 2 ans
// tout seul »); the entries of housing (the DALO, an unfit flat, the APL,
// the CAF's payment dates) share the shelter entry's words the same way
// (« le propriétaire m'a sorti de la chambre aujourd'hui, je suis à la
// gare »). The danger reader is then asked all the same, for those two.
func (m *Matcher) ranked(rk ranking, id string) bool {
	d, ok := m.urgentID[id]
	if !ok {
		return false
	}
	for i := 0; i < rk.n; i++ {
		if rk.top[i] == d {
			return true
		}
	}
	return false
}

// selfHarmTold is self-harm or a wish to go further told in words: the
// reader is asked for the distress entry, when an ordinary entry ranks
// first, only on a message that holds one (« pour l'AAH on m'a encore
// refusé… je me suis coupée hier et ce soir je pense à aller plus
// loin »): a story opened by a procedure outranks the distress it tells.
// A carer's plan to go with the medicines (« on pourrait partir toutes
// les deux avec ses médicaments ») is one.
var selfHarmTold = anyPhrase(
	`(?:partir|en finir|m endormir|dormir pour toujours|ne plus me reveiller)(?: \w+){0,4} (?:avec|en prenant|en avalant) (?:ses|mes|les|des|leurs|nos|tous mes|toutes mes|tous ses|toutes ses|la boite de) (?:medicaments|medocs|cachets|comprimes|pilules|somniferes)`,
	joinTheDeadExpr,
	`me suis (?:encore )?(?:coupee?|scarifiee?|brulee?|fait du mal)|je me (?:coupe|scarifie|fais du mal|brule)|(?:pense|penser|pensais|envie) (?:a |d )?(?:aller plus loin|en finir|mourir|me tuer|disparaitre)`,
)

// bodyNow holds the signs of a body failing now, told in words that
// ordinary entries share (breath, the chest, a fall): the reader is asked
// for the medical entry, when an ordinary entry ranks first, only on a
// message that holds one (« je voulais demander pour mon arrêt
// maladie… depuis une heure j'ai du mal à respirer », « venu pour
// l'AME, mon ami vient de s'effondrer »): a story opened by a procedure
// outranks the body it tells.
var bodyNow = anyPhrase(
	`(?:du mal|mal|de la peine|n arrive (?:pas|plus)|narrive (?:pas|plus)|arrive (?:pas|plus)|peux (?:pas|plus)|peut (?:pas|plus)) a respirer|(?:respire|respirent) (?:tres )?(?:mal|plus|pas|difficilement|bizarrement)|(?:douleur|pression|poids|serrement|barre|etau|brulure)s? (?:\w+ ){0,2}(?:sur|dans|a|au niveau de) (?:la|ma|sa) poitrine`,
	`(?:s est|vient de s|viennent de s|s etait|se sont) (?:effondre\w*|ecroule\w*|evanoui\w*|ecrase\w* par terre)|(?:perdu|perd|perdre) connaissance|ne (?:repond|reagit|bouge|parle) (?:pas|plus) (?:quand|meme quand|alors qu) (?:on|je) (?:lui|le|la) (?:parle|appelle|secoue|touche)|inconscient\w*|convulse\w*|convulsions?`,
)

// shelterNow holds the cues of a night with no roof that is today's:
// the reader is asked for the shelter entry, when an ordinary entry ranks
// first, only on a message that says today, tonight or now.
var shelterNow = anyPhrase(
	`ce soir|cette nuit|pour la nuit|depuis (?:\d+|un|une|deux|trois|quatre|quelques|plusieurs) (?:jours?|nuits?|semaines?)|(?:va|commence a) faire nuit|fait nuit|nuit tombe|aujourd hui|ce matin|cet apres midi|tout a l heure|en ce moment|maintenant|tout de suite|la je suis|` + foreignNow,
)

// signalsIn returns the signals found in the message, by index in
// m.signals. When some are found and the message holds a figurative
// phrase, its words are masked in msg and only the signals still found
// outside them are kept.
func (m *Matcher) signalsIn(msg *message) []int {
	// Each signal that can start in the message is tried once, in the
	// order its first word is met.
	var hit []int
	var starts startCache
	seen := make([]uint64, (len(m.signals)+63)/64)
	for i, w := range msg.words {
		for _, key := range [3]string{prefix3(w), "~" + prefix3(msg.sounds[i]), "~" + prefix3(msg.stems[i])} {
			for _, i := range m.signalsBy[key] {
				if seen[i/64]&(1<<(i%64)) != 0 {
					continue
				}
				seen[i/64] |= 1 << (i % 64)
				if m.signals[i].inFrom(msg, starts.of(m.signals[i].first, m.signals[i].words[0], msg)) {
					hit = append(hit, i)
				}
			}
		}
	}
	if len(hit) > 0 && msg.maskFigurative() {
		kept := hit[:0]
		starts = startCache{}
		for _, i := range hit {
			if m.signals[i].inFrom(msg, starts.of(m.signals[i].first, m.signals[i].words[0], msg)) {
				kept = append(kept, i)
			}
		}
		hit = kept
	}
	return hit
}

// startCache holds, for the first words of the signals tried on one
// message, the positions where they match: a hundred signals tried on a
// message begin with some twenty words (« je », « me », « il »…), each
// looked for once.
type startCache struct {
	firsts []int32 // the numbers of the first words (signal.first)
	at     [][]int
	buf    []int // the positions of all, at slices of it
}

// of returns the positions of the message's unmasked words that sw
// matches.
func (c *startCache) of(first int32, sw signalWord, msg *message) []int {
	for k, f := range c.firsts {
		if f == first {
			return c.at[k]
		}
	}
	from := len(c.buf)
	for j := range msg.words {
		if (msg.masked == nil || !msg.masked[j]) && sw.matches(msg, j) && !(sw.denied && negatedAt(msg.words, j) >= 0) {
			c.buf = append(c.buf, j)
		}
	}
	at := c.buf[from:len(c.buf):len(c.buf)]
	c.firsts = append(c.firsts, first)
	c.at = append(c.at, at)
	return at
}

// victimEntry returns the emergency entry for the victim the message is
// about: violence against a child goes to children in danger, violence
// against the writer to violence in the couple or the family. Other
// entries are returned as they are.
func (m *Matcher) victimEntry(best int32, key string, msg message, childHit bool) int32 {
	id := m.docs[best].id
	if id != violencesID && id != enfanceID {
		return best
	}
	text := strings.Join(msg.words, " ")
	if strings.Contains(text, "si tu") {
		// A child's words the writer repeats: « il m'a dit : si tu dis
		// quelque chose, il me tue » is the child's threat, not theirs.
		text = childQuote.ReplaceAllString(text, "")
	}
	// controlled: the writer kept, stripped of their papers or money,
	// watched or waited for, and no harm to a child told: « il garde ma
	// carte et mon téléphone… je ne reverrai plus les enfants ».
	controlled := writerControlled.MatchString(text) && !childHarmed.MatchString(text)
	firstPerson := againstWriter.MatchString(text) || sexForRoof.MatchString(text) || controlled
	keptAdult := relativeKept(text) && !minor.MatchString(key)
	switch {
	case id == violencesID && !keptAdult && childVictim(key, firstPerson && !childHit):
		if d, ok := m.urgentID[enfanceID]; ok {
			return d
		}
	case keptAdult:
		// An adult kept by a partner, told by a relative (« la copine
		// de mon fils… il contrôle son portable »): the couple's
		// violence, though a son is named (emergency_round24.go).
		if d, ok := m.urgentID[violencesID]; ok {
			return d
		}
	case id == enfanceID && controlled && !childVictim(key, true):
		if d, ok := m.urgentID[violencesID]; ok {
			return d
		}
	case id == enfanceID && firstPerson && !childVictim(key, false):
		// « il m'a tapée devant les enfants »: the writer is the victim.
		if d, ok := m.urgentID[violencesID]; ok {
			return d
		}
	}
	return best
}

var (
	// writerControlled is a partner's hold on the writer that is no
	// blow: papers, money, phone or keys kept (« il garde ma carte
	// bancaire », « he took my passport »), the writer waited for or
	// found (« il m'attend en bas », « il sait où je dors »), watched
	// (« il me surveille »).
	writerControlled = guard(`\b(?:(?:garde|gardent|prend|prennent|a pris|ont pris|m a pris|m ont pris|confisque\w*|cache|a cache|retient|detruit|dechire|controle|verifie)\w* (?:\w+ )?(?:ma|mes|mon) (?:cartes?|carte bancaire|telephone|portable|tel|papiers|passeport|titre de sejour|cles|clefs|argent|salaire|codes?|comptes?)|(?:take|took|takes|keep|keeps|kept|has|hide|hides|hid) (?:\w+ )?my (?:passport|papers|phone|money|documents|keys|id|cards?)|m attend\w* (?:\w+ )?(?:en bas|devant|dehors|a la sortie)|sai\w* (?:\w+ )?ou je (?:dors|dormais|vis|habite|suis|travaille)|me (?:surveille|suit|traque|guette)|(?:ne )?(?:reverrai|reverrais|verrai|verrais) (?:plus|jamais) (?:les|mes|nos) (?:enfants|petits enfants|petits)|me laisse (?:pas |plus |jamais )?sortir|pas le droit de sortir|compte les minutes)\b`)
	// childHarmed is harm told as done to someone the writer names in
	// the third person (« il la frappe », « il le secoue »).
	childHarmed = guard(`\b(?:le|la|les|l|lui) (?:\w+ )?(?:frapp|tap|bat|battu|cogn|gifl|secou|brul|touch|viol|enferm|attach|insult|tabass|pinc|mord)\w*`)
)

// childQuote is what someone told the writer in their own words, the
// writer being « tu » and the teller « me »: « elle m'a dit si tu en
// parles il me frappe ». The one threatened is the teller.
var childQuote = guard(`\b(?:il|elle) (?:m a|ma|m avait|nous a) (?:dit|confie|souffle|murmure|avoue|repete|ecrit) (?:que )?si tu (?:\w+ ){0,4}(?:il|elle|ils|on|papa|maman|mon pere|ma mere) (?:me|m) \w+`)

// in reports whether the signal's words appear in the message, in order,
// each at most signalGap words after the previous one.
func (s signal) in(msg *message) bool {
	return s.from(msg, 0, 0)
}

// inFrom is in, given the positions where the signal's first word
// matches (unmasked).
func (s signal) inFrom(msg *message, starts []int) bool {
	for _, j := range starts {
		if s.from(msg, 1, j+1) {
			return true
		}
	}
	return false
}

// from reports whether the signal's words from the w-th on appear in the
// message from its word i on, as in reads them.
func (s signal) from(msg *message, w, i int) bool {
	if w == len(s.words) {
		return true
	}
	words := msg.words
	end := len(words)
	switch {
	case w > 0 && s.words[w-1].text == "ma":
		// « ma » is « m'a » written by ear only right before its verb,
		// or an adverb and its verb (« ma encore tapé »); else it is
		// « ma fille tape son CV ».
		end = min(end, i+1)
		if i < len(words) && maAdverbs[words[i]] {
			end = min(len(words), i+2)
		}
	case w > 0:
		end = min(end, i+signalGap+1)
	}
	for j := i; j < end; j++ {
		if w > 0 && (msg.breaks != nil && msg.breaks[j] || j > i && negated(words, i, j)) {
			// A signal is read within one sentence, and a verb negated
			// around it (« il n'arrête pas de parler ») is not its word.
			return false
		}
		if (msg.masked == nil || !msg.masked[j]) && s.words[w].matches(msg, j) && !(s.words[w].denied && negatedAt(words, j) >= i) && s.from(msg, w+1, j+1) {
			return true
		}
	}
	return false
}

// negated reports whether the word words[j-1], read between the
// signal's word words[i-1] and the next one, closes a negation that
// words[i-2] opens: « il n'arrête pas de parler » says he talks on, not
// the « arrête de parler » of a stroke.
func negated(words []string, i, j int) bool {
	if i < 2 || words[i-2] != "n" && words[i-2] != "ne" {
		return false
	}
	switch words[j-1] {
	case "pas", "plus", "jamais":
		return true
	}
	return false
}

// negatedAt returns the position of the « pas » or « jamais » that
// denies the past participle words[j] (« il ne m'a pas frappée », « il
// m'a jamais touchée », « je n'ai pas été battue »), or -1: the negation
// right before it, after a form of « avoir ». « Il n'arrête pas de me
// frapper » denies the stopping, not the blows; a negation the signal
// holds itself (« pas mangé ») is one of its words, and only signals of
// violence are denied (« il a pas respiré » is a danger).
func negatedAt(words []string, j int) int {
	k := j - 1
	if k >= 2 && words[k] == "ete" {
		k--
	}
	if k < 1 || words[k] != "pas" && words[k] != "pa" && words[k] != "jamais" {
		return -1
	}
	switch words[k-1] {
	case "a", "ai", "as", "avait", "avais", "avaient", "ont", "avons", "avez", "ma":
		return k
	}
	return -1
}

// maAdverbs are the words that may come between « ma » (« m'a » by ear)
// and its verb.
var maAdverbs = map[string]bool{
	"encore": true, "encor": true, "deja": true, "souvent": true, "toujours": true,
	"tjrs": true, "tjr": true, "re": true, "bien": true, "trop": true, "grave": true,
	"meme": true, "aussi": true, "violemment": true, "fort": true,
}

func prefix3(s string) string { return s[:min(3, len(s))] }

// matches reports whether the message's word j is this word of a signal,
// as written or as it sounds.
func (sw signalWord) matches(msg *message, j int) bool {
	w := msg.words[j]
	if sw.number {
		return w == sw.text && !inLongNumber(msg.words, j) && !countsOrPlaces(msg.words, j)
	}
	if sw.prefix {
		return strings.HasPrefix(w, sw.text) || sw.sound != "" && (strings.HasPrefix(msg.stems[j], sw.sound) || strings.HasPrefix(msg.sounds[j], sw.sound))
	}
	return w == sw.text || sw.sound != "" && msg.sounds[j] == sw.sound || len(sw.text) >= 7 && oneEdit(w, sw.text) && (!msg.spelled[w] || sameBase(w, sw.text))
}

// sameBase reports whether a and b are one word, but for the mark of a
// plural or a feminine at the end (« papier », « papiers »).
func sameBase(a, b string) bool {
	base := func(w string) string {
		w = strings.TrimSuffix(w, "s")
		return strings.TrimSuffix(strings.TrimSuffix(w, "x"), "e")
	}
	return base(a) == base(b)
}

// oneEdit reports whether a and b differ by at most one insertion,
// deletion or substitution of a byte.
func oneEdit(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		return a[i+min(1, len(a)-i):] == b[i+min(1, len(b)-i):]
	}
	return a[i:] == b[i+1:]
}
