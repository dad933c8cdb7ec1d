package catalog

import (
	"regexp"
	"regexp/syntax"
	"strings"
)

// Many ordinary messages tell a danger without being in one: a danger
// that is over (« il y a trois ans mon ex me frappait, c'est fini »),
// paperwork about it (« le certificat pour l'audience de septembre »,
// « l'acte de décès de mon père »), or a professional's or a student's
// question (« je suis assistante sociale, comment se passe un
// signalement »), or a question about an emergency number itself (« le
// 115, c'est gratuit ? »). Their words are those of danger, so signals, the danger
// reader and the engine's ranking all read them as one. The frame of the
// message says otherwise, and it is read first: a message in a calm frame
// is no emergency, unless it also holds a cue of present danger (« ce
// soir », « encore », « j'ai peur », « il me frappe », « je vais me… »).
// When the frame is unclear the message is read as before: a resident in
// danger answered for nothing costs less than one who is not answered.
//
// How the frames were measured: testdata/distress-frames.jsonl, and the
// other distress sets for the residents in danger they must not silence.

// pastFrame places the danger at a distance, or says that it is over.
var pastFrame = anyPhrase(
	`(?:il )?y a (?:(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|vingt|quelques|plusieurs) (?:ans?|annees?|mois)|longtemps)`,
	`(?:l ?an|l ?annee|l ete|l hiver|le printemps|l automne|le mois) (?:dernier|derniere|passe|passee)`,
	// A couple apart for long: « nous sommes séparés depuis un an ».
	`(?:separee?s?|divorcee?s?) depuis (?:\d+|un|une|deux|trois|quatre|cinq|quelques|plusieurs|des) (?:ans?|annees?|mois)|^avant (?:il|elle|mon|ma|on|j|je)\b`,
	`(?:incendie|accident|inondation|agression|tempete|attentat|expulsion|fugue|separation|divorce|deces|seisme|crue|cambriolage)s? (?:de|d|en) (?:19|20)\d\d`,
	`a l epoque|autrefois|dans le passe|du passe|quand j (?:etais|avais)|quand (?:il|elle|on) (?:etait|vivait)|a l age de|en (?:19|20)\d\d|date de (?:19|20)\d\d|loin derriere`,
	`c est (?:fini|termine|regle|derriere moi)|je vais (?:beaucoup |bien )?(?:bien|mieux)|ca va (?:beaucoup )?mieux|tout va bien|(?:maintenant|aujourd hui) ca va`,
	`(?:il|elle) (?:se remet|s est remise?|s en est sortie?)|(?:est|suis) sortie? de l hopital`,
	`je suis (?:\w+ )?(?:en securite|a l abri|retabli|retablie|gueri|guerie|remis|remise|sortie? d affaire)|je m en suis (?:bien )?remise?`,
	`en (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre) dernier|(?:a fait|a eu|avait fait|avait eu|a subi|avait subi) (?:un|une) (?:\w+ ){0,2}en (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre)\b|dans les annees \d+|(?:son|mon|sa|ma) (?:premier mari|premiere femme|premier compagnon)|tout s est (?:bien )?(?:arrange|termine)|(?:ca|c) s est arrange|tout est rentre dans l ordre`,
	`(?:years|months) ago|in the past|it is over|i am safe now|last (?:year|winter|summer|spring|autumn|fall|month)`,
	// Years ago in Spanish, Portuguese, Italian, Romanian
	// (emergency_round25.go).
	foreignAgo,
	`pendant la (?:seconde |premiere |derniere )?guerre|(?:avant|apres) la guerre`,
	// An event a doctor has since named: « le médecin m'a dit que j'ai
	// fait un malaise vagal ».
	`(?:medecin|docteur|urgentiste|cardiologue|neurologue|hopital|urgences)s? (?:\w+ ){0,2}(?:m a|lui a|nous a|leur a) (?:dit|explique|confirme|diagnostique) (?:que |qu )?(?:j ai|il a|elle a|on a|c etait) (?:fait|eu)`,
	// An accident with no one hurt: « les pompiers sont venus, personne n'a
	// été blessé » (a time of now, « cette nuit », still wins).
	`personne n (?:a ete|est|etait) blesse`,
	// Violence told of a couple apart now: « son mari la frappait avant,
	// maintenant ils sont divorcés ».
	`(?:maintenant|aujourd hui|desormais) (?:ils|elles|on|nous|je|j|elle|il) (?:sont|est|sommes|suis) (?:\w+ )?(?:divorcee?s?|separee?s?)\b`,
	`ancienne? (?:femme battue|victime)|on (?:est|a ete) (?:reloge|relogee|reloges|rentres|rentrees)|je vis (?:seule? )?tranquille`,
)

// paperworkFrame asks for a document, a procedure, a reimbursement, a
// form or an appointment, or is about a relative who died.
var paperworkFrame = anyPhrase(
	// A box of a form has an article or a verb (« cocher la case »):
	// « il m'a casé le tel » is a phone broken, spelt by ear.
	`certificat|attestation|justificatif|recepisse|assurance|mutuelle|indemnisation|indemnite|rembours\w*|facture|formulaire|cerfa|(?:la|une|cette|quelle|quelles|les|des|chaque|cocher|coche|cochez|cochee|bonne|mauvaise) cases?|rubrique`,
	`(?:ma|sa|la|une|de|cette) plainte (?:deposee|pour|de|contre)|suite a (?:ma|sa|la) plainte|ou en est (?:ma|sa|la) plainte|porte plainte en|audience|avocate?|juge|convocation|prescription`,
	`employeur|arret (?:de travail|maladie)|(?:m a|l a|nous a|m ont|l ont) mise? en arret|ij|indemnites journalieres|(?:le medecin|le docteur) m a arrete`,
	// A work accident and its claim: « mon patron refuse de déclarer »,
	// « la CPAM a reconnu l'accident du travail ».
	`accidents? (?:du|de) (?:travail|trajet)|maladie professionnelle|(?:patron|patronne|chef|cheffe|boite|entreprise|boss)s? (?:\w+ ){0,2}(?:refuse|veut pas|ne veut pas|doit|n a pas|a pas|a) (?:de |le |l |pas )?declar\w*`,
	// A claim, a summons, a question of rights or of who pays: « déclarer
	// un sinistre », « le principal nous convoque », « il a le droit ? ».
	`sinistres?|demission\w*|preavis|rupture conventionnelle|nous convoque\w*|me convoque\w*|(?:il|elle|ils|elles|on) (?:a|ont) le droit|(?:j ai|ai je|est ce que j ai|on a|a t on) (?:bien )?le droit\b(?: \w+)?$|quels sont (?:mes|nos|leurs|ses) droits|(?:est ce|c est) (?:legal|a nous de payer|a moi de payer)|(?:payer|paie|paye|rembourser) (?:les|la|le|sa|ses|ces|leurs) (?:lunettes|degats|frais|casse|dents?|reparations?)`,
	// A danger in the hands of justice: « mon ex a été condamné pour
	// violences », « mon frère est en prison ».
	`condamnee?s? (?:pour|a)|(?:est|etait|sont|etaient) (?:en prison|incarceree?s?|detenue?s?)|casier judiciaire`,
	`acte de deces|succession|obseques|decede|decedee|est mort|est morte|s est suicide|s est suicidee|s est pendu|s est pendue`,
)

// procedureFrame is a question about a procedure, a right or who pays:
// « comment je résilie », « on peut demander une aide ? », « qui paie,
// mon assurance ? », « ça bloque la demande ? », « le recours DALO, c'est
// long ? », « il me faut une adresse pour la CSS ». A message that asks
// one and tells nobody in danger now is paperwork, whatever its time
// (« les pompiers sont venus cette nuit… qui paie ? ») and whatever
// word of danger it borrows (procedureCalm).
var procedureFrame = anyPhrase(
	`comment (?:je |j |on |faire pour |faut il |fait on |puis je |peut on |dois je |est ce qu on )?(?:\w+ )?(?:resili|declar|demand|obten|renouvel|recuper|rempli|pai|pay|envo|chang|inscri|contest|recour|fai(?:re|s|t) (?:une|la|ma|sa|le|un) (?:demande|dossier|declaration))\w*`,
	`(?:faire|deposer|remplir|monter|constituer|envoyer) (?:une|la|ma|sa|un|le|son|mon|leur) (?:\w+ )?(?:demande|dossier|declaration|recours)|ca bloque|(?:c est|ca prend|ca dure) (?:\w+ )?(?:long|combien de temps)|objets trouves`,
	`(?:je|j|on|il|elle|ils|nous) (?:peux|peut|peuvent|pourrait|pourrais|pourrions|doit|dois|doivent) (?:\w+ )?(?:faire (?:une|la) demande|demander|avoir droit|toucher|beneficier|obtenir|declarer|renouveler|m inscrire|s inscrire|inscrire|ouvrir|creer|changer|modifier|contester|resilier|porter reclamation)|comment (?:on|je|j|il|elle|ils|nous) (?:fait|fais|faisons|font|doit faire|dois faire|procede)\b|(?:a|ai|as|avons|ont|aurait|aurais|avoir) (?:\w+ )?droit (?:a|au|aux|d)\b`,
	`(?:peux|peut|peuvent|pourrait|pourrais|pourra) (?:avoir|toucher|garder) (?:une|un|la|le|l|les|des|mon|ma|son|sa|mes|ses) (?:\w+ )?(?:aide|carte|allocation|prestation|place|logement|attestation|remboursement|pension|bourse|prime|indemnite|cmi|aah|apl|rsa|apa|pch|rqth|conge|priorite|dossier|rendez vous|rdv)s?|(?:peut|peux|peuvent|pourra|pourront|pourrait|pourraient) (?:aller|retourner) (?:a la|a l|au|en|chez) (?:creche|ecole|college|lycee|cantine|travail|boulot|nounou|centre)|(?:poser|prendre|demander) (?:un|une|des|mon|ma) (?:conge|jour|arret|absence|rtt)`,
	`(?:qui|quelle assurance|quel organisme) (?:\w+ )?(?:paie|paye|rembourse|prend en charge)|(?:mon|ma|l|son|sa|leur) (?:assurance|mutuelle) (?:ou|paie|paye|rembourse|prend)|(?:une|des|quelle|quelles|les) aides? (?:pour|a|au|financiere|de la caf|caf|apa|possible)|(?:il|me|lui|nous) (?:me |lui |nous )?faut (?:une|un|le|la|l) (?:adresse|attestation|papier|document|justificatif|certificat|domiciliation)`,
	// « Je fais comment ? », « le recours, comment ? » at the end.
	`(?:je|j|on|il|elle|nous) (?:fais|fait|faisons|dois faire|peux faire|doit faire|peut faire)(?: \w+){0,4} comment$|(?:recours|demande|dossier|reclamation|contestation|declaration|inscription)s? (?:\w+ )?comment$`,
	// An address asked for, not a bed: « SDF : une adresse pour toucher
	// le RSA ? », « le CCAS peut me domicilier ? », « l'adresse de
	// l'association qui me domicilie ».
	`(?:une|d|l|d une|mon|ma) adresse (?:\w+ ){0,4}(?:pour|pr|afin de) (?:\w+ ){0,2}(?:recevoir|toucher|inscrire|m inscrire|ouvrir|percevoir|avoir|faire|demander|mon|ma|mes|le|la|les)|domicili\w*|(?:adresse|courrier) (?:\w+ ){0,3}(?:listes? electorales?|carte vitale|carte d identite|rsa|caf|impots?)|(?:adresse|domiciliation) (?:de|du|d|au|chez) (?:l |la )?(?:ccas|cias|association|asso|mairie)`,
	// Whose job a procedure is, mail to receive: « c'est à mon patron de
	// déclarer ? », « c'est à moi de tout arrêter ? », « comment recevoir
	// le courrier de la préfecture ».
	`c est a (?:\w+ ){0,2}(?:de|d) (?:\w+ )?(?:declarer|payer|faire|remplir|envoyer|prevenir|resilier|arreter|signaler|regler|s occuper|demander|rembourser)|(?:comment|ou) (?:je |j |on |faire pour |puis je |peut on |pour )?(?:peux |peut )?(?:recevoir|recuperer) (?:\w+ ){0,2}(?:courriers?|lettres|colis|papiers|recommandes?)|(?:ne )?veu\w* (?:me |m |nous )?ouvrir (?:un|le|mon|notre) compte`,
	`(?:carte vitale|courrier|rsa|caf|carte d identite|papiers?|listes? electorales?|impots?|france travail|pole emploi)(?: \w+){0,6} (?:(?:pas|plus|sans) d|sans) adresse|(?:(?:pas|plus|sans) d|sans) adresse(?: \w+){0,6} (?:carte vitale|courrier|rsa|caf|carte d identite|listes? electorales?|impots?)`,
	// An office that refuses a procedure (« la banque refuse de m'ouvrir
	// un compte »), a paper to make again (« je refais mon acte de
	// naissance », « je peux refaire ma carte d'identité »).
	`(?:banque|caf|cpam|secu|mairie|prefecture|poste|agence|administration|assurance|mutuelle|bailleur|operateur|france travail|pole emploi|ecole|college|lycee|creche)s? (?:\w+ ){0,2}(?:refuse\w*|veut pas|veulent pas) (?:de )?(?:m |me |nous |lui |leur )?(?:ouvrir (?:un|le|mon|son) compte|inscrire|domicilier|delivrer|rembourser|verser|payer|renouveler|enregistrer|immatriculer)`,
	// A paper or a right asked about after violence, as a subject:
	// « titre de séjour après violences conjugales », « le logement
	// social en cas de violences ».
	`(?:titre|carte|recepisse|renouvellement|admission) (?:de |au )?sejour(?: \w+){0,3} (?:apres|suite a|suite aux|en cas de|pour|pour cause de|victimes? de) (?:des |de |les |mes |la )?violences?|(?:divorce|logement social|hlm|garde des enfants|pension alimentaire|rsa|apl|caf) (?:\w+ ){0,2}(?:apres|suite a|suite aux|en cas de) (?:des |de |les |mes )?violences?`,
	// The same questions in English: « how do I get an address for my
	// mail? ».
	`how (?:do|can|could|should) (?:i|we|you|he|she|they) (?:\w+ ){0,2}(?:get|have|receive|apply|register|renew|make|ask)\b|(?:an|a|my|a postal|a mailing) address (?:for|to)`,
	`(?:refais|refaire|refait|refont|refaisons|faire refaire) (?:mon|ma|mes|son|sa|ses|le|la|les|un|une|l|leur|leurs|notre|nos) (?:\w+ ){0,2}(?:acte|carte|papiers?|passeport|titre|permis|livret|dossier|demande|declaration|attestation|certificat)s?`,
)

// procedureCalm reports whether the message, as words, asks about a
// procedure (procedureFrame) and tells no danger of now other than a time
// (presentOther), nor violence against the writer: « ma femme fait des
// crises d'épilepsie, elle doit déclarer quelque chose pour son
// permis ? », « le SAMU a emmené mon père… on peut demander une aide ? ».
func procedureCalm(text string) bool {
	if !procedureFrame.MatchString(text) {
		return false
	}
	text = ifGoesOn.ReplaceAllString(text, "")
	text = longWithoutHome.ReplaceAllString(text, "")
	text = hostedEachNight.ReplaceAllString(text, "")
	return !presentOther.MatchString(text) && !againstWriter.MatchString(text)
}

// longWithoutHome is a life with no home of one's own for months, told
// beside a question about a procedure (« je suis à la rue depuis l'été,
// où recevoir mes courriers ? »): the resident asks for an address, and
// the answer of domiciliation gives the 115 too. A night told with it
// (« ce soir », « cette nuit ») is still a cue of present danger.
var longWithoutHome = guard(`\b(?:je suis|suis|on est|nous sommes|jsuis) (?:\w+ )?(?:a la rue|sans abri|sdf|sans domicile(?: fixe)?|dehors) depuis (?:l ete|l hiver|le printemps|l automne|(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quelques|plusieurs|des) (?:mois|ans?|annees?)|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\b`)

// hostedEachNight is a roof at someone's place every night, told beside
// a question about a procedure (« je dors chez mon cousin tous les soirs,
// comment avoir une adresse ? », « I sleep at my cousin's place every
// night »): « every night » is then no danger that goes on. A night told
// apart (« mais ce soir il me met dehors ») is still a cue.
var hostedEachNight = guard(`\b(?:i (?:sleep|stay|live)|je (?:dors|loge|vis|reste)|on (?:dort|loge|vit|reste)|nous (?:dormons|logeons|vivons|restons)|(?:je suis|suis|on est|jsuis) (?:heberge|hebergee|hebergees|heberges|loge|logee|loges|logees))(?: \w+)? (?:at|with|chez) (?:\w+ ){1,4}(?:every night|every evening|each night|tous les soirs|toutes les nuits|chaque nuit|chaque soir)\b`)

// ifGoesOn is a condition on what goes on (« je vais finir à la rue si
// ça continue »): a fear of some day, not a danger that goes on now. It
// is taken out of a message before its cues of present danger are read.
var ifGoesOn = guard(`\bsi (?:ca|cela|c|tout ca|la situation|ils|elle|il) (?:continue|continuent|dure|durent|recommence|recommencent)\b`)

// professionalFrame is a professional, a volunteer or a student asking
// how things work, not a resident telling their own danger.
var professionalFrame = anyPhrase(
	// In Spanish, Portuguese or English (emergency_round25.go).
	foreignProfessional,
	`(?:je suis|suis|en tant qu) (?:un |une )?(?:assistante? sociale?|assistant social|travailleu\w* social\w*|educat\w*|infirmi\w*|prof|professeur\w*|enseignante?|etudiante?|benevole|mediat\w*|aide a domicile|animat\w*|medecin|psychologue|stagiaire|conseill\w*)`,
	`(?:je suis|suis|en tant qu) (?:un |une )?(?:directeur|directrice|cheffe?|responsable) (?:d|de|du)|(?:une|des|la|cette|nos) (?:formation|sensibilisation|seance d information|presentation) (?:sur|a propos|au sujet|aupres)|faire une presentation`,
	`(?:fait|fais|faire|font|en|son|mon|un|de|du) stage|convention de stage|(?:ses|mes|leurs|nos) etudes|j ai (?:lu|entendu dire)|(?:vu|lu|entendu|regarde) (?:un|une|le|dans un|dans une|a la|sur) (?:reportage|documentaire|article|emission|tele|television|radio|journal)`,
	`(?:je suis|suis) (?:une? )?(?:elue?|maire|adjointe? au maire|conseill\w* municipal\w*)|je travaille (?:dans|pour|a) (?:une|un|l|la) (?:association|asso|structure|mairie|ccas|centre social|service)`,
	`expose sur|school project|(?:en|mon|ma|un|une) (?:master|licence|doctorat|these) (?:de|d|en)\b|memoire (?:porte|portera|est) sur|(?:research|project|essay|report|homework) (?:on|about)|for (?:my|a|our) (?:class|school|project|essay|report|homework)|portes ouvertes|(?:explique|appris|apprend|apprendre|montre|enseigne)\w* (?:aux|a nos|a mes|a ses|a des) (?:enfants|eleves|petits)|comment appeler le \d+|`+
		`pour (?:mon|un|une|notre) (?:expose|memoire|cours|these|devoir|article|reportage|affiche|stage|bts|dut|but|bac|diplome|projet)|(?:un|mon|notre) expose|en cours de|la prof nous|mes eleves|nos eleves`,
	`(?:une|des|les|nos|d|l|la|notre|cette) (?:affiches?|campagnes?|annuaires?|flyers?|brochures?)|c est quoi (?:le|ce) (?:numero|\d+)|a quoi sert (?:le|ce) (?:numero|\d+)`,
	`(?:vu|lu|entendu|appris) (?:aux|dans les|a la tele aux|au|sur les) (?:informations|infos|nouvelles|actualites|actus|journal|reseaux)|(?:semaine|journee|mois|campagne|atelier|conference|forum)s? (?:\w+ ){0,2}(?:prevention|sensibilisation)|(?:un|l|cet) article sur|auxiliaire de vie|aide soignante?|(?:mes|une de mes|un de mes|ma|mon) beneficiaires?`,
	`(?:notre|mon|une|l|cette|la|le) (?:association|asso|structure|foyer|chrs|centre|refuge)s? (?:ou je (?:travaille|suis benevole|bosse) )?(?:\w+ ){0,2}(?:accueille|heberge|accompagne|recoit|loge)|(?:les|nos|des) (?:residentes|hebergees|accueillies)|premiers secours|gestes qui sauvent|secourisme|psc1`,
	// A poster, a volunteers' training: « le numéro pour l'afficher dans
	// le hall de notre association ».
	`(?:l|les|le|la|pour|a) afficher|affiche (?:le |la |les |du |des )?(?:\d+|numero)|formation (?:\w+ ){0,2}(?:benevoles?|ecoute|ecoutants?|intervenants?)|benevoles? (?:\w+ ){0,2}(?:formation|ecoute)|sensibilis\w*`,
	// A relative whose job is emergencies: « mon fils est pompier
	// volontaire, il part la nuit pour des accidents ».
	`(?:est|suis|sont|etait|devenu|devenue) (?:\w+ )?(?:sapeurs? )?(?:pompiers?|ambulanci\w*|urgentistes?|secouristes?|brancardiers?|regulat\w* (?:au|du) samu)(?: volontaires?| professionnel\w*| de garde| de metier)?\b`,
	`devenir benevole|faire du benevolat|des chiffres|statistiques|statistics|figures (?:on|about)|en general|marche a suivre|comment (?:ca )?(?:se passe|fonctionne|marche)|vers qui (?:l|les) orienter`,
	// A thesis or a dissertation on it, a job applied for in the field:
	// « elle fait une thèse sur les violences familiales », « je candidate
	// à un poste… relire ma lettre de motivation ».
	`(?:these|memoire|master|doctorat|recherche|enquete) (?:\w+ ){0,2}sur (?:les|la|le|l)\b|fait (?:une|sa|ma|son|un) (?:these|memoire|doctorat)|je candidate|candidater|lettre de motivation|entretien d embauche|(?:relire|corriger|faire|refaire) (?:mon|ma|un|une|le|la) (?:cv|lettre)`,
	// Working there, or a school work about it: « je postule comme
	// écoutante », « le 3114 recrute ? », « 3919 pour exposé », « un
	// trabajo sobre el 119 ».
	`recrut\w*|embauch\w*|candidature|postul\w* (?:comme|au|a l|a la|aupres|chez|pour (?:devenir|etre|le|la))\b|offres? d emploi|fiche de poste|pour (?:l |un |une )?(?:expose|devoir|memoire)\b|(?:trabajo|trabalho|travail|devoir|dossier|projet|project|essay) (?:\w+ ){0,4}(?:sobre|sur|on|about) (?:le|la|les|el|o|a|the) \d+|je travaille comme|(?:i am|i m) (?:a )?volunteer|volunteers? (?:for|in|at|with)`,
	// A school talk, a training, a volunteer in English: « le 115,
	// exposé école », « formation violences conjugales médiateur »,
	// « I worked in a shelter… I would like to volunteer ».
	`\bexposes? (?:ecole|scolaire|college|lycee|de classe|en classe|classe|cm1|cm2|6e|5e|4e|3e)\b|\bformations? (?:sur (?:les |la |le )?|aux |contre (?:les |la )?)?(?:violences?|harcelement|maltraitance|suicide|prevention|premiers secours|accueil)\b|\bformations? (?:\w+ ){0,3}(?:pour (?:les |nos |des )?)(?:mediat\w*|agents?|professionnels?|benevoles?|salaries?|equipes?|personnels?|intervenants?|travailleurs sociaux)\b|(?:like|want|wish|love|hope|would like) to volunteer|\bi (?:worked|work|used to work|have worked) (?:in|at|for) (?:a|an|the)\b`,
)

// numberFrame asks about an emergency number itself, what it costs or
// from where one may call it (« le 115, c'est gratuit ? »), not for its
// help.
var numberFrame = anyPhrase(
	`(?:est|c est|sont|est il|est ce) (?:\w+ )?(?:gratuit|gratuite|gratuits|payant|payante|surtaxe|surtaxee)|(?:is|it is|it s) (?:\w+ ){0,2}free|toll free|how much (?:does|is|it)|combien (?:coute|ca coute|coutent)|(?:le )?cout (?:de l appel|d un appel|du numero)`,
)

// planningFrame asks ahead of time, for a danger that has not come.
var planningFrame = guard(`\b(?:dans (?:\d+|deux|trois|quatre|cinq|six|quelques) (?:mois|semaines|ans)|dans (?:un|une) (?:an|annee|mois)|(?:je m y|on s y|nous nous y) prends? (?:tot|a l avance|en avance|d avance)|(?:a|avant) la fin (?:du|de mon|de notre) bail|(?:d ici|a partir de|fin|debut|mi|pour le mois d|pour le mois de) (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)|(?:a la rue|dehors) (?:\w+ ){0,2}en (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)|pour (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|la rentree)|(?:l an|l annee|le mois) prochaine?|la semaine prochaine|la semaine pro|(?:l|cet) (?:hiver|ete|automne) prochain|le printemps prochain|(?:arrive|arrivent|arrivera|arriveront|vient|viennent|viendra|viendront|debarque|debarquent|debarquera|rejoint|rejoindra) (?:\w+ ){0,3}(?:en|au|debut|fin|mi|au mois de|a la) (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|printemps|automne|rentree)|(?:a|par) l avance|pour (?:cet|l) hiver|si un jour|anticiper|en prevision|par precaution|pendant (?:mon|notre|son) absence|pendant ce temps|en cas de|si jamais|au cas ou (?:un jour|(?:\w+ ){0,3}(?:aurait|aurais|aurions|auraient) besoin|ca (?:arrive|arriverait))|pour etre (?:pret|prete|prets|pretes|paree?s?)|(?:une |la |d une |de la )?tele ?assistance|(?:bracelet|medaillon|collier|bouton) d (?:alerte|appel|urgence)|detecteur de chute|si (?:ma|mon|mes|son|sa|ses|leur|notre|nos|un|une|quelqu un) (?:\w+ ){0,3}(?:fait|faisait|avait|tombe|tombait|faisaient|avaient) (?:un |une |de la |des )?(?:malaise|accident|chute|fievre|crise|convulsions?)|` + worksClosure + `)\b`)

// worksClosure is a place closed for works (« le foyer a fermé pour
// travaux, on nous reloge où ? »): a move planned, unless a night outside
// or a time of now is told.
const worksClosure = `(?:ferme|fermeture|fermer)\w*(?: \w+){0,4} (?:pour|en raison des?|a cause des?) (?:des |les )?(?:travaux|renovation|rehabilitation|desamiantage)`

// tripFrame asks ahead of a trip: « ma fille va partir en Erasmus ».
var tripFrame = anyPhrase(`(?:va|vais|vont|allons|doit|dois) partir (?:en|a|au|aux) (?:erasmus|voyage|vacances|sejour|echange|stage)|en (?:erasmus|voyage scolaire|sejour linguistique|classe verte|colonie)|voyage scolaire|(?:avant|pour|pendant) (?:son|mon|leur|notre) (?:depart|voyage|sejour|erasmus)`)

// tentFrame is a night under the tent, the words of camping (« un enfant
// dort dehors sous la tente »), told with no rough place and no time of
// now: « on dort sous la tente au bord du canal depuis une semaine » is a
// night with no roof, and keeps its cues (roughNight, presentDanger).
var (
	tentFrame  = guard(`\b(?:dormi|dormir|dort|dors|dormons|dorment|dormait|dormaient|dormira|dormiront|nuit|nuits|camper|campe|campent)(?: dehors)? sous la tente\b`)
	roughNight = guard(`\b(?:canal|pont|ponts|rue|trottoir|terrain vague|campement|bidonville|squat|expuls\w*|froid|gele|pluie|pleut|nulle part|plus de (?:logement|maison|appartement|appart)|mise? dehors|a la porte|sans abri|sdf)\b`)
)

// teenHomeAlone is a writer of fifteen to seventeen at home while the
// parents are away on a trip (« j'ai 17 ans, mes parents sont partis en
// vacances »): family life, unless they tell they lack food or care for
// younger children (shortAtHome), or a time or a danger of now.
var (
	teenHomeAlone = guard(`\b(?:j ai|jai|g|moi|je suis|suis) 1[5-7] ?ans?\b.*\b(?:parents|pere|mere|papa|maman|daron|daronne|daronnes|darons) (?:\w+ ){0,2}(?:partie?s?|absente?s?) (?:en vacances|en voyage|en week end|en weekend|pour le week end|en deplacement|au travail|travailler|faire les courses|en conge|au bled|au pays)\b`)
	shortAtHome   = guard(`\b(?:manger|faim|nourriture|frigo|plus d argent|pas d argent|petite?s? (?:freres?|soeurs?)|petits|bebe|tout seule? avec)\b`)
)

// normalFrame asks whether a child's way is normal at their age: a
// parent's everyday worry (« mon bébé pleure la nuit, c'est normal à 3
// mois ? »), not a danger.
var normalFrame = guard(`\bnormale? (?:a|pour|vers|chez) (?:son |cet |un |une |mon |ma |leur )?(?:\d+ (?:mois|ans?|semaines)|age|bebe|enfant|nourrisson|ado)\b|\bcomme (?:tous les|tout|toutes les|n importe quel|n importe quelle) (?:ados?|adolescente?s?|gamins?|gamines?|enfants?|jeunes)\b|\bc est (?:bien )?(?:de son age|l age|l adolescence)\b|\btypique(?: \w+){0,2} (?:ados?|adolescen\w*)\b`)

// everydayCare is a baby's or a child's everyday care: teeth, colics,
// nights, a childminder (« il fait ses dents », « garde d'enfant le
// soir »). A childminder who tells what she saw is no question of
// care: « nounou » is not one of them. The danger reader and the ranking read its cries and nights
// as danger; told with no signal and no grave cue (presentGrave), it is
// none. Signals still win: « la nounou secoue le bébé » is one.
var everydayCare = anyPhrase(
	`fait ses dents|poussee dentaire|percee dentaire|coliques?|fait (?:pas )?ses nuits|reflux|regurgit\w*`,
	`garde (?:d )?enfants?|faire garder|cauchemars?|terreurs? nocturnes?|(?:crise|colere|caprice)s? (?:\w+ ){0,10}(?:bonbons?|jouets?|ecrans?|tablette|dessin anime|coucher|au lit|bain|chocolat)|(?:pas|peu|mal) (?:pu )?dormi\w* (?:de la nuit|du tout|toute la nuit|cette nuit)|pas dormir (?:de la nuit|toute la nuit)|nuit blanche|`+
		`mode de garde|baby ?sitt\w*|creche|centre de loisirs|periscolaire|halte garderie`,
)

// presentGrave are the cues of present danger other than a time and a
// danger that comes back: threats and fear, a disclosure, violence told
// in the present, a wish to die, a night outside, a body in danger.
var presentGrave = anyPhrase(presentCues[2:]...)

// everydayFrame reports whether the message, as words, tells a child's
// everyday care with no grave cue.
func everydayFrame(text string) bool {
	return (everydayCare.MatchString(text) || adviceAsked.MatchString(text)) && !presentGrave.MatchString(text)
}

// adviceAsked is an opinion asked on a choice of life: « ma sœur veut que
// je demande le divorce, vous pensez que c'est une bonne idée ? », « vous
// me conseillez de déménager ? ». Told with no signal and no grave cue,
// the ranking's lean to the distress entry (a divorce, a move it tells of
// in sorrow) is no danger.
var adviceAsked = anyPhrase(
	`(?:est ce |c est |ce serait |ce soit |serait ce )(?:vraiment )?une bonne idee|vous (?:pensez|croyez|trouvez) (?:que )?(?:c est|ce serait|ca serait|je dois|je devrais|il faut|j ai raison)|vous me (?:conseillez|conseilleriez|recommandez)|(?:que|qu est ce que) (?:vous )?(?:me )?(?:conseillez|conseilleriez)|(?:a votre avis|selon vous) (?:\w+ ){0,3}(?:je dois|je devrais|il faut|c est)`,
)

// presentDanger are the cues that the danger is now, whatever the frame:
// a time, a danger that goes on or comes back, fear, a threat, violence
// told in the present, a wish to die, a night with no roof, a body in
// danger.
var presentDanger = anyPhrase(append([]string{presentTime, round25Time}, presentCues...)...)

// presentTime places the story now: today, a few days ago, since; or
// breaks off the errand the resident came for (« je voulais contester une
// amende mais là… », « j'appelais pour sa mutuelle mais là… »): what
// follows is now, whatever past or paperwork the errand told.
const presentTime = `(?:je voulais|je voudrais|j allais|je venais|j appelais|j ecrivais|je comptais)(?: \w+){1,14} (?:mais|sauf que|parce que|car|seulement) la (?:je suis|j ai|il|elle|ils|elles|mon|ma|mes|on est|nous sommes)|ce soir|cette nuit|ce matin|cet apres midi|tout a l heure|hier|avant hier|en ce moment|tout de suite|des que|la maintenant|` +
	`(?:il )?y a (?:[1-9]|un|une|deux|trois|quelques) (?:jours?|nuits?)|(?:il )?y a (?:\d+|une|deux|trois|cinq|dix|quinze|vingt|trente|quelques) (?:heures?|minutes?|h|min)|depuis (?:\d+|une|deux|trois|quelques|des|l an|l annee|le mois)|depuis \d+ ?(?:h|min|mn)|avant \d+ ?(?:h|heures?)|vient (?:juste |tout juste )?d (?:arriver|se produire)\b`

// foreignNow is today and tonight in the languages residents mix with
// French: Spanish, Portuguese, Romanian, Italian, Turkish (« on est dans
// la rue, ¿qué hacemos esta noche? »).
const foreignNow = `esta noche|esta noite|hoy|hoje|ahora|agora|noaptea asta|in seara asta|azi|astazi|acum|stanotte|stasera|oggi|adesso|bu gece|bu aksam|bugun|simdi`

// presentCues are the cues of present danger other than a time.
var presentCues = []string{
	`tonight|right now|again|every (?:day|night)|scared|afraid|today|yesterday|want to die|don t want to live|do not want to live|kill myself|end my life|end it all|hurt myself|hits me|hit me|beats me|beat me|hurts me|kill me|raped|threatens me|hit her|hits her|beats her|sleep outside|sleeping outside|on the street|no place to sleep|not breathing|unconscious|bleeding|` + foreignNow,
	`(?:me|m|m a|ma|il|elle|ils|j ai|je|j y|j en) (?:\w+ )?(?:encore|encor)|de nouveau|a nouveau|recommenc\w*|continu\w*|tous les (?:jours|soirs|nuits|matins)|chaque (?:jour|soir|nuit)|(?:me|m|il|elle|ils) (?:\w+ )?toujours`,
	`(?:me|m) (?:met|mets|mettent|a mis|ont mis) (?:des|une|un) (?:claques?|baffes?|gifles?|coups?|droites?|gauches?|pains?|beignes?)|m interdit|plus le droit de|(?:me|m) (?:prend|prends|confisque|garde) (?:tout|mon|ma|mes)|(?:il|elle|mari|femme|conjoint|conjointe|compagnon|compagne|copain|copine|pere|frere|fils|beau pere|belle mere) controle tout|(?:il|elle|mari|femme|conjoint|conjointe|compagnon|compagne|copain|copine|pere|frere|fils|beau pere|belle mere|et) (?:me )?cache (?:meme )?(?:mes|mon|ma) (?:lunettes|papiers|cles|clefs|telephone|portable|medicaments|appareil)|j ai peur|peur (?:de|d|qu|pour)|je crains|crains pour|il sait ou|retrouve\w* ou (?:j habite|je vis|je dors|on habite|on vit)|me cherche|m attend|me suit|m a suivie?|(?:il|elle) (?:m )?attend (?:dehors|en bas|devant)|(?:je suis|jsuis|on est|nous sommes) (?:\w+ )?(?:cachee?s?|planquee?s?|barricadee?s?) (?:dans|sous|derriere)|me menace|menace de mort|ne passerai\w* pas (?:la semaine|la nuit|l hiver|le mois)|va me|vont me|me tuer\w*|il rentre|il revient|il va rentrer|il arrive|reviendr\w*|mari\w* de force|mariage force|(?:la|le|me|m) marier (?:de force|contre)|marier (?:elle|lui|moi) avec|(?:veut|veulent|vont|va|oblige\w*|force\w*) (?:\w+ ){0,2}(?:la|le|me|m) marier|(?:force\w*|oblige\w*) (?:\w+ ){0,2}a (?:se|me) marier|` + worthMoreDeadExpr + `|(?:dit|demande) de partir (?:aujourd hui|ce soir|maintenant|avant ce soir|tout de suite|avant (?:\d+|midi|ce soir))`,
	`(?:m a|nous a|vient de me|vient de nous) (?:montre|dit (?:que|qu)|raconte|confie|avoue|parle (?:de (?:son|sa|ses|ce que|ce qu)|d (?:abus|attouchements|coups|viol)))|a raconte que|(?:a|il a|elle a) (?:dit|raconte|confie|explique|avoue) que (?:son|sa|ses)|fait subir|(?:la|le|les) rejoindre`,
	`(?:me|m|nous|la|le|les|l|lui|il|elle|ils) (?:frappe|frappent|tape|tapent|bat|battent|cogne|cognent|gifle|viole|violent|etrangle|touche|tabasse|harcele|insulte|enferme|empeche|s en prend)|(?:marques|traces) de (?:doigts|coups|strangulation|ceinture|morsure)|(?:la nuit|le soir|quand (?:je dors|tout le monde dort)) (?:il|elle) (?:entre|rentre|vient|monte) dans ma chambre`,
	// Fleeing a violent partner now: « je quitte le domicile parce que
	// mon conjoint est violent ».
	`(?:je quitte|je pars de|je fuis|on quitte|on fuit|nous quittons|je dois quitter|obligee? de quitter) (?:le domicile|la maison|l appartement|l appart|chez moi|chez nous|le logement)(?: \w+){0,3} (?:parce qu|car|a cause d)\w*(?: \w+){0,4} (?:violent\w*|frappe|bat|tape|menace\w*|cogne)\b`,
	`je vais (?:me|le|la|les|en|tout|sauter|mourir|craquer)|(?:il|elle) va (?:se|me|nous|la|le|les|revenir|rentrer|recommencer)`,
	`envie de (?:mourir|en finir|disparaitre|me tuer|vivre)|veux (?:\w+ )?(?:mourir|en finir|disparaitre|plus vivre|pas rentrer|plus me reveiller)|serai(?:s)? (?:\w+ ){0,2}plus la|fini pour moi|mourir c est mieux|mieux de mourir|plus etre la|(?:plus|pas) me reveiller|plus envie de (?:me reveiller|me lever|rien)|regarde (?:\w+ )?(?:le pont|le vide|les rails|les voitures|les camions|l eau)|ce serait (?:si |tellement |plus |vraiment )?(?:simple|facile)|s en (?:va|aille|aller) d (?:elle|lui) meme|me reveiller plus|pour de bon|sous (?:un|le) train|me jeter|sauter (?:du|par|de|sous)|(?:mis|mettre) de cote (?:\w+ )?(?:cachets|medicaments|comprimes)|pense a (?:mourir|me suicider|me tuer|en finir|la rejoindre|le rejoindre)|en finir|me suicider|me foutre en l air|n en peux plus|raisons? de (?:vivre|rester|continuer)|(?:sorti|aligne|etale|prepare|compte)\w* (?:tous |toutes )?(?:mes|les|ses) (?:medicaments|cachets|comprimes|boites)|plus d issue|j y (?:re)?pense|me scarifie|me scarifier|plus exister|mieux sans moi|plus a (?:me|le|la|nous) supporter|ne (?:me|nous) (?:verrez|verras|reverrez|reverras) plus|(?:suis|me sens|me sent) (?:comme )?un (?:poids|fardeau)|regarde le vide|au bord du vide|lettres? d adieu|mes adieux|ses adieux|me (?:raterai|louperai|manquerai) pas|que moi vivante?|(?:mort|morte) que vivante?|reviendrai (?:pas|jamais)|plus rien a perdre|(?:decide|decider|choisi|choisir) de partir|si je me (?:suicide|tue|foutais en l air)|si je (?:n )?(?:etais|suis) plus la|que tout s arrete|(?:toucheront|touchera|toucheraient|auront|aura) (?:l |mon |ma |leur )?assurance|` + goneSoonExpr + `|` + stareCue + `|bate em mim|me bate|beni dovuyor|ma bate|mi picchia|` + joinTheDeadExpr,
	`(?:je|on|nous) (?:\w+ )?(?:dors|dort|dormons) (?:dehors|dans|ds|sous)|dort (?:\w+ )?(?:dans|ds) (?:sa|la|une|leur|son) (?:voiture|tente|caisse|camionnette|van)|rien pour (?:la|cette) nuit|(?:pas|plus) d endroit (?:pour|pr) (?:ce soir|cette nuit|la nuit|dormir)|nuits? (?:sur un banc|dehors|dans la rue)|nulle part ou|apres (?:nous avons|on a|on n a|j ai|je n ai) rien|(?:nous avons|on a|on n a|j ai|je n ai) rien (?:apres|d autre)\b|ou (?:passer|dormir) (?:la|cette) nuit|(?:je suis|jsuis|on est|suis) (?:\w+ )?enferme\w*|(?:je suis|jsuis|on est|nous sommes|sommes) (?:\w+ )?(?:a la rue|dehors|sans toit|dans la rue)|de rentrer|si je rentre|` + onOurBoxesExpr + `|(?:pour )?(?:ce soir|cette nuit) (?:je n ai|j ai|on n a|on a|nous n avons) rien\b`,
	round23Cues,
	// Fear and blows in Spanish and Portuguese (emergency_round25.go).
	round25Cues,
	round24Cues,
	// A fire going on, someone trapped: « il y a le feu, ma voisine est
	// coincée chez elle », whatever the insurance asked about; a fire told
	// now (« l'immeuble brûle », « la fumée entre chez nous », « incendie
	// en ce moment », « mon fils est encore dedans »).
	`(?:il )?y a le feu (?:dans|chez|a|au|en|sur)|(?:est|sont) en feu|ca brule (?:encore|toujours|partout)|(?:immeuble|maison|appartement|appart|batiment|cuisine|chambre|etage|cave|tout) (?:brule|brulent|flambe|flambent)\b|en train de (?:bruler|flamber|cramer)|(?:fumee|flammes?) (?:\w+ ){0,2}(?:entre|entrent|monte|montent|envahit|envahissent|arrive|arrivent|gagne|gagnent|se propage|se propagent|sort|sortent)\b|(?:il y a|y a|ya) (?:de la |des )?(?:fumee|flammes) (?:\w+ )?partout|(?:incendie|flammes|fumee|le feu|feu (?:dans|chez|au|a la|a l|en)) (?:\w+ ){0,4}(?:en ce moment|actuellement|la maintenant|maintenant)|(?:il|elle|ils|elles|fils|fille|enfants?|bebe|petits?|mere|pere|voisine?s?|mari|femme|grand mere|grand pere|quelqu un|gens) (?:est|sont|reste|restent) (?:encore|toujours) (?:dedans|a l interieur|a l etage|la haut|dans l appartement|dans la maison|dans l immeuble|chez (?:lui|elle|eux))|(?:coince|coincee|coinces|coincees|piege|piegee|pieges|piegees) (?:\w+ ){0,2}(?:dans|chez|a l interieur|dedans|au|a la|sur le balcon|par les flammes|par la fumee)|(?:peut|peuvent|peux|pouvons) (?:pas|plus) (?:sortir|descendre|evacuer)`,
	`levres (?:toutes |tres )?(?:violettes|bleues|violacees)|(?:levres|visage|doigts|ongles) (?:\w+ )?bleuiss\w*|ne bouge plus|(?:est|reste|restee|allongee?|etendue?) (?:\w+ )?par terre|ne se reveille plus|respire|respirer|vomi\w*|nuque (?:toute |tres )?raide|taches? (?:violettes|pourpres|violacees)|inconscient\w*|saigne\w*|convuls\w*|ne (?:me |nous |lui |leur )?repond plus|(?:devenu|devenue) (?:tout |toute |tres )?(?:pale|blanc|blanche|gris|grise|bleu|bleue)|douleur|effondre\w*|a (?:le|la) reveiller|de travers|(?:se tient|se tenait|serre|oppression (?:dans|a)) la poitrine|(?:pression|poids|serrement|etau|barre) (?:\w+ ){0,2}(?:sur|dans) (?:la|ma|sa) poitrine|(?:ne sent|sent) plus (?:la moitie (?:de |du ))?(?:son |sa |ses |mon |ma |mes |le |la )?(?:bras|jambes?|visage|main|corps|figure)|(?:main|bras) (?:droite?|gauche) (?:a lache|lache|ne tient plus)|(?:cote|moitie) (?:de son |de sa |de mon |de ma |du |de la )?(?:visage|bouche|figure) (?:\w+ )?(?:tombe|paralyse\w*|affaisse\w*)|(?:vient|viens|venons|viennent) de (?:faire|avoir) (?:un|une) (?:malaise|crise|avc|attaque|convulsion)|(?:vient|viens) de (?:tomber|s effondrer|perdre connaissance|s evanouir)|beaucoup de sang|sang partout|(?:perd|perdu|pisse|pissait) (?:le |du |beaucoup de |tout son )?sang|en train de (?:tomber dans les pommes|perdre connaissance|s evanouir|saigner|s etouffer|convulser|faire un malaise)|` + sideLostExpr + `|` + swellsNowExpr,
}

// resolvedFrame says the danger is over: the person is back home, is
// well, a doctor found it harmless (« elle a été retrouvée », « il est
// rentré à la maison », « elle va très bien »,
// « le médecin dit que ce n'est pas grave »). Unlike the other frames it
// holds against a time of today (« hier soir »): only a cue of danger
// that goes on overrides it.
var resolvedFrame = anyPhrase(
	// Help already there for someone else: « il y a eu un accident
	// devant chez moi, les pompiers sont là ».
	`(?:pompiers|samu|secours|ambulance|ambulanciers|smur) (?:sont|est) (?:deja )?(?:la|sur place|arrivee?s?)\b`,
	// A roof for tonight at a relative's or a friend's: « le foyer est
	// complet, ce soir je reste chez mes parents ».
	`(?:ce soir|cette nuit) (?:je|j|on|nous) (?:\w+ )?(?:reste|restons|dors|dort|dormons|vais dormir|va dormir|suis hebergee?|suis logee?|vais chez|va chez) (?:chez )?(?:mes|ma|mon|des|un|une|notre|nos) (?:parents|mere|pere|soeur|frere|ami|amie|amis|cousin|cousine|tante|oncle|copain|copine|grands parents)`,
	// A danger repaired: « c'est réparé », « GRDF a coupé le gaz et tout
	// est sécurisé ».
	`c est (?:\w+ )?(?:repare|reparee|securise|securisee)|(?:tout|la fuite|le probleme|la panne|l installation|le compteur) (?:est|a ete) (?:\w+ )?(?:repare|reparee|securise|securisee|coupe|coupee)|(?:grdf|pompiers|technicien|plombier|chauffagiste|depanneur|electricien)s? (?:\w+ ){0,3}(?:a|ont) (?:tout )?(?:repare|securise|coupe le gaz|ferme le compteur|remis en service)`,
	// A quarrel made up, a scare that ended well: « ce matin on s'est
	// réconciliés », « tout s'est bien passé », « rentrée en pleine
	// forme ».
	`(?:on s est|on sest|nous nous sommes|ils se sont|elles se sont|on est) (?:\w+ )?reconcilie\w*|tout s est (?:bien |tres bien |super bien )?(?:passe|termine|fini|arrange)\b|(?:rentree?|revenue?|sortie?) (?:\w+ ){0,3}et (?:elle |il )?va (?:bien|mieux|tres bien)\b|en (?:pleine|bonne|super) forme|(?:est|sont) (?:ressortie?s?|sortie?s?) (?:naturellement|toute? seule?|tout seul|d elle meme|d elle meme)`,
	`(?:il|elle) a ete retrouvee?|(?:on|police|gendarmerie|gendarmes|policiers) l a retrouvee?|(?:il|elle) est (?:rentree?|revenue?) (?:a la maison|chez nous|sain|saine|tout seul|toute seule|le soir meme|le lendemain|au bout d)|(?:\d+|une|deux|trois|quelques) heures (?:\w+ ){0,4}(?:et|puis) (?:il|elle) est rentree?`,
	`(?:il|elle|on|tout le monde|tout) va (?:tres |bien |beaucoup )?(?:bien|mieux)`,
	`(?:now|today) (?:she|he|they|i|we) (?:is|s|are|re|am|m) (?:\w+ )?(?:ok|okay|fine|better|well|safe|good)|(?:she|he|they|i|we) (?:is|s|are|re|am|m) (?:ok|okay|fine|better|well|safe|good) now`,
	// A condition treated since: « elle a maintenant un pacemaker »,
	// « il est sous traitement depuis ».
	`(?:a|ont|porte|portent) (?:maintenant|desormais|depuis) (?:un|une) (?:pacemaker|pace maker|stimulateur|defibrillateur|traitement|appareil|pompe a insuline|holter)|(?:est|sont) (?:maintenant |desormais )?(?:sous traitement|bien (?:suivie?s?|soignee?s?)|stabilisee?s?)`,
	// An illness named since, and a child back to play: « c'était une
	// otite et ce matin elle joue déjà ».
	`(?:c etait|c est|c etai) (?:juste |seulement |simplement |rien qu )?(?:une|un) (?:otite|rhume|virus|grippe|gastro|angine|rhino|rhinopharyngite|varicelle|poussee dentaire|conjonctivite|entorse|bronchite|bronchiolite|indigestion)|(?:il|elle) (?:joue|mange|rigole|court|gambade) (?:\w+ )?deja`,
	// A fire next door that left only smoke: « chez moi il y a juste de
	// la fumée sur les murs, l'assurance couvre ? ».
	`(?:juste|que|seulement|uniquement) (?:de la|un peu de|des traces de) fumee|(?:il n y a eu|il y a eu|y a eu|on a eu) (?:aucun|pas de) blesse`,
	// A home found again: « on a pu réintégrer l'appartement le
	// lendemain ».
	`(?:on a|nous avons|ont|j ai|a) pu (?:rentrer|revenir|reintegrer|retourner)\b`,
	// Someone taken in care, home again or recovering: « elle est partie
	// avec les pompiers », « il est rentré chez lui », « elle est en
	// rééducation », « le pédiatre l'a examiné ce matin ».
	`(?:est|sont) (?:repartie?s?|partie?s?) avec (?:eux|les secours|les pompiers|le samu|l ambulance)|(?:il|elle) est (?:rentree?|revenue?) chez (?:lui|elle|eux)|(?:est|sont) (?:\w+ )?en (?:reeducation|convalescence|maison de repos)|(?:medecin|docteur|pediatre|generaliste|sos medecins?) (?:\w+ ){0,1}(?:l a|la|les a|m a|ma|nous a|l avait) (?:vue?s?|examinee?s?|auscultee?s?)\b`,
	// Then and now: danger told of before, a life settled since (« avant
	// je dormais dans ma voiture, maintenant j'ai un studio », « placé
	// enfant, aujourd'hui j'ai 40 ans »).
	`(?:maintenant|aujourd hui|desormais|depuis|a present) (?:j ai|jai|on a|nous avons|il a|elle a) (?:un |une |mon |ma |notre |son |sa |enfin )?(?:logement|appartement|appart|maison|toit|chambre|studio)\b|(?:enfant|petite?|ado|adolescente?|jeune|mineure?)(?: \w+){0,12} (?:maintenant|aujourd hui|desormais) (?:j ai|jai|il a|elle a) (?:\d+|trente|quarante|cinquante|soixante) ans\b|(?:maintenant|aujourd hui|desormais) (?:il|elle) est (?:medecin|avocate?|infirmi\w*|mariee?|papa|maman|ingenieure?|prof|professeure?)\b|depuis (?:j ai|on a|nous avons) demenage|(?:j ai|jai|on a|nous avons) (?:enfin |trouve |obtenu |eu )+(?:un|une|mon|notre) (?:logement|appartement|appart|studio|hlm|maison)\b`,
	// A doctor came and all is well; a grief a teacher says will pass.
	`(?:medecin|docteur|pompiers?|samu|sos medecins?|infirmi\w*)(?: de garde)? (?:est|sont) (?:passee?s?|venue?s?)(?: \w+){0,2} (?:et )?(?:ca va|tout va bien|c est passe)\b|ca va (?:lui |leur )?passer`,
	`(?:medecin|docteur|pediatre|urgences|hopital|pharmacien)\w* (?:\w+ ){0,2}(?:dit|dis|disent|a dit|ont dit) (?:que )?(?:ce n est |c est |ca n est |il n y a |rien de )?(?:pas |rien de )?grave`,
	`(?:medecin|docteur|pediatre|urgences|hopital|pharmacien)\w* (?:\w+ ){0,2}(?:dit|dis|disent|a dit|ont dit) (?:que )?(?:ce n est rien|c est rien|c est normal|il n y a rien|rien de (?:grave|special|mechant))`,
	`(?:medecin|docteur|urgences)s? (?:\w+ ){0,2}(?:a dit|dit|ont dit|a diagnostique) (?:que c est |c est )?(?:une |un )?(?:entorse|foulure|contusion|tendinite|lumbago|simple bleu)\b`,
	`(?:medecin|docteur|pediatre|generaliste)s? (?:\w+ ){0,2}(?:dit|a dit|pense|a diagnostique|diagnostique) (?:que )?(?:c est|il s agit d) (?:une|un|juste|seulement|simplement) (?:otite|rhume|virus|grippe|gastro|angine|rhino|rhinopharyngite|varicelle|poussee dentaire|conjonctivite|entorse|bronchite)`,
)

// donorFrame is a writer who wants to give to those in need and asks
// where: « ils voudraient donner leurs jouets et des conserves, on
// s'adresse à qui ? », « une collecte de vêtements, à qui les donner ? ».
// Like a resolved frame it holds against a time of today (« un
// documentaire hier soir »), not against a danger that goes on. Giving
// away one's own things to friends (« il a donné ses affaires à ses
// potes ») is a farewell, and no question of where.
var (
	donorFrame = guard(`\b(?:donner|faire (?:un |des )?dons?|collecte\w*|offrir|distribuer|apporter) (?:\w+ ){0,4}(?:jouets|vetements|couvertures|conserves|nourriture|repas|habits|duvets|manteaux|colis|denrees)\b`)
	donorWhere = guard(`\b(?:comment (?:les )?donner|ou (?:les )?donner|ou (?:les )?deposer|a qui|aupres de qui|on s adresse|je m adresse|quelle association|quelles associations|c est possible ou|(?:les|ou les) (?:donner|deposer|apporter|deposer))\b`)
)

// noOneHurt is a fire or an accident that hurt no one (« le feu dans le
// local, personne n'a été blessé »), unless the home is lost with it
// (hurtHomeLost): « personne n'est blessé mais on dort où ce soir ? ».
var (
	noOneHurt    = guard(`\bpersonne (?:n a ete |n est |n a |de )?blesse\w*\b`)
	hurtHomeLost = guard(`\b(?:mais|dormir|dort|dors|detruit\w*|inhabitable|plus de (?:logement|maison|toit|appartement|appart)|nulle part|a la rue|dehors|sans logement|reloge\w*|evacue\w*|ou aller)\b`)
)

// stayEnds is a roof that ends: « l'hôtel c'est fini », « chez ma sœur
// c'est terminé ».
var stayEnds = guard(`\b(?:hotel|foyer|hebergement|chambre|centre|squat|colocation|place|chez (?:\w+ )?\w+)(?: \w+){0,2} c est (?:fini|termine|terminee)\b`)

// dreamFrame is a dream or a nightmare told (« j'ai rêvé que j'étais à
// la rue », « je fais des cauchemars »), and dreamTold what the dream
// was, taken out of the message before its cues of present danger are
// read: the night and the street of a dream are no night outside. What
// the writer tells beside it (« depuis qu'il me frappe », « ce soir il
// recommence ») is still read.
var (
	dreamFrame = guard(`\b(?:j ai reve|je reve|je revais|j ai fait (?:un|des) cauchemars?|je fais (?:un|des) cauchemars?|dans mon (?:reve|cauchemar)|en reve)\b`)
	dreamTold  = guard(`\b(?:(?:cette nuit|la nuit derniere|hier soir|hier) )?(?:j ai )?(?:reve|revais|reves|revait|fait (?:un|des) cauchemars?) (?:que|qu|d|ou)(?: \w+){0,9}|\bcauchemars? (?:ou|dans lequel|dans laquelle|d)(?: \w+){0,9}`)
	// dreamHead is where what the dream was begins, and dreamEnd where
	// the writer turns back to the day (« … et ce soir je dors dehors
	// pour de vrai », « … il est revenu ce matin », « … je n'en peux
	// plus »): what follows is read. « Et », « puis », « depuis » may
	// still be the dream's.
	dreamHead = regexp.MustCompile(`^(?:(?:cette nuit|la nuit derniere|hier soir|hier) )?(?:j ai )?(?:(?:reve|revais|reves|revait|fait (?:un|des) cauchemars?) (?:que|qu|d|ou)|cauchemars? (?:ou|dans lequel|dans laquelle|d))`)
	dreamEnd  = regexp.MustCompile(`\b(?:mais|maintenant|aujourd hui|ce (?:soir|matin|midi)|pour de vrai|en vrai|en realite|dans la realite|je n en peux|j en peux)\b`)
)

// dropDream takes what each dream told was out of text, up to where the
// writer turns back to the day.
func dropDream(text string) string {
	return dreamTold.re.ReplaceAllStringFunc(text, func(told string) string {
		head := dreamHead.FindStringIndex(told)
		if head == nil {
			return ""
		}
		if end := dreamEnd.FindStringIndex(told[head[1]:]); end != nil {
			return told[head[1]+end[0]:]
		}
		return ""
	})
}

// fireDamage is a fire in a home or a building, and fireClaim a claim or
// a job lost with it: together, with no one hurt and no danger of now
// (« feu de cuisine hier, l'assurance couvre ? », « incendie à l'usine,
// chômage technique »), the fire is over and the question is the claim.
var (
	fireDamage = guard(`\b(?:incendies?|feu (?:de|dans|a|au|chez|d)|le feu a pris|flammes|fumee)\b`)
	fireClaim  = guard(`\b(?:assurance|assureur|sinistre|degats?|degat des eaux|indemnis\w*|expert|constat|franchise|chomage technique|chomage partiel|(?:entreprise|usine|magasin|boite|restaurant|atelier) (?:est )?fermee?)\b`)
	fireHome   = guard(`\b(?:dormir|dort|dors|dormons|inhabitable|plus de (?:logement|maison|toit|appartement|appart)|nulle part|a la rue|dehors|sans logement|reloge\w*|evacue\w*|ou aller|detruit\w*)\b`)
	fireHurt   = guard(`\b(?:coince\w*|bloque\w*|piege\w*|a l interieur|dedans|en feu|ca brule|(?:peut|peux|pouvons|peuvent) pas sortir|blesse\w*|brule|brulee|brules|brulees|intoxique\w*|hospitalise\w*|urgences|hopital|respire\w*|inconscient\w*)\b`)
)

// hearsay is someone's own word that they are well (« elle nous écrit
// qu'elle va bien »): it resolves nothing.
var hearsay = guard(`\b(?:dit|dis|disent|ecrit|ecrivent|pretend|pretendent|assure|assurent|affirme|affirment|repete|repond) (?:\w+ ){0,2}(?:qu (?:il|elle|ils|elles|tout) (?:va|vont)|que (?:ca|c) (?:va|ira))\b`)

var presentOther = anyPhrase(presentCues...)

// healed says the body told of has healed since (« il s'est coupé la main
// en janvier, il est guéri maintenant »): the wound and the blood are the
// story, unless the danger goes on (goesOn) or is violence on the writer.
var (
	healed = guard(`\b(?:il|elle|je|j|on|ils|elles) (?:est|suis|sont) (?:\w+ )?(?:guerie?s?|retablie?s?|remise?s? sur pied|sortie?s? de l hopital)\b`)
	goesOn = anyPhrase(presentCues[1])
)

// conciliation is a way to settle a quarrel with a neighbour (a
// conciliator, a mediation), and neighbourSide the neighbour: a writer
// who asks for one about a neighbour's words (« il m'a dit que j'allais
// le regretter, on peut voir un conciliateur ? ») tells a dispute, not a
// danger, unless a blow was dealt or a weapon shown (dealtBlow).
var (
	conciliation  = guard(`\b(?:conciliat\w*|mediat(?:eur|rice|ion)s? (?:de quartier|entre voisins|de voisinage|de la mairie)|juge de proximite)\b`)
	neighbourSide = guard(`\b(?:voisin|voisine|voisins|voisines|voisinage)\b`)
	dealtBlow     = guard(`\b(?:(?:m a|ma|m ont|me|m) (?:\w+ )?(?:frapp|tap|cogn|gifl|tabass|pouss|bouscul|etrangl|bless|agress|crach|mord|attrap)\w*|couteau|arme|fusil|carabine|pistolet|hache|batte|barre de fer)\b`)
)

// harmlessHurt is the writer's own word that a hurt was slight (« il a
// saigné du nez, rien de grave »): it holds against the cues of a body in
// danger, not against a danger that goes on or a time of now.
var harmlessHurt = guard(`\b(?:rien de grave|plus de peur que de mal|sans gravite|rien de casse)\b`)

// treatedWound is a wound already stitched or set (« trois points de
// suture aux urgences »): like a resolved frame it holds against a time of
// today (« hier je me suis coupé »), not against a danger that goes on,
// nor when the writer tells violence against themselves (« il m'a ouvert
// l'arcade, cinq points de suture » is the 3919's).
var treatedWound = guard(`\b(?:points? de suture|platre (?:ok|fait|pose|mis)|(?:bras|jambe|poignet|cheville|pied|main|doigt|genou|epaule|coude)s? (?:\w+ ){0,2}(?:dans le|dans un|sous|en) platre|(?:a|avait) (?:un|son) platre|(?:avec|sous) (?:un|son) platre|(?:c est|c etait|a ete|ont ete|est|etait) (?:bien )?(?:recousu|recousue|suture|suturee|platre|platree)|(?:medecin|docteur|urgences|urgentiste|infirmiere?|hopital) (?:m a |lui a |nous a |a |ont )?(?:fait|mis) (?:des|deux|trois|quatre|cinq|six|\d+) points|(?:on m a|ils m ont|on l a|ils l ont|on lui a|m a|m ont|l a|l ont) (?:recousu|recousue|platre|platree|suture|suturee|fait (?:des|trois|deux|quatre|cinq|\d+) points))\b`)

// presentNotBody are the cues of present danger other than a time and a
// body in danger (the last of presentCues): a slight hurt of yesterday
// is still slight.
var presentNotBody = anyPhrase(presentCues[:len(presentCues)-1]...)

// calmFrame reports whether the message, as words (see message), is told
// in a calm frame with no cue of present danger: then it is no
// emergency. Paperwork alone is not calm when the writer tells violence
// against themselves without placing it in the past: « il m'a cassé le
// bras, il me faut un certificat » may be tonight's.
func calmFrame(text string) bool {
	// A second errand (« et aussi… ») is framed by its own words, not by
	// the paper asked for before it.
	text = afterAside(text)
	// A roof that ends (« l'hôtel c'est fini aujourd'hui ») is the
	// danger itself; thanks for last year's help date the help.
	text = foreignWell.ReplaceAllString(pastHelp.ReplaceAllString(stayEnds.ReplaceAllString(text, ""), ""), "tout va bien")
	text = foreignHoused.ReplaceAllString(text, "maintenant on a un logement")
	framed := pastFrame.MatchString(text) || evictionAhead.MatchString(text) || asPrescribed.MatchString(text) || planningFrame.MatchString(text) || tripFrame.MatchString(text) ||
		tentFrame.MatchString(text) && !roughNight.MatchString(text) ||
		teenHomeAlone.MatchString(text) && !shortAtHome.MatchString(text) ||
		professionalFrame.MatchString(text) || normalFrame.MatchString(text) || numberFrame.MatchString(text) || serviceFrame(text) || numberAsked.MatchString(text) ||
		paperworkFrame.MatchString(text) && !againstWriter.MatchString(text) && !dangerGoesOnNow(text)
	if dreamFrame.MatchString(text) {
		framed = true
		text = dropDream(text)
	}
	text = modalEncore.ReplaceAllString(text, "")
	text = ifGoesOn.ReplaceAllString(text, "")
	if chronicFrame.MatchString(text) && !episodeNow.MatchString(text) {
		framed = true
		text = chronicBody.ReplaceAllString(chronicFrame.ReplaceAllString(text, ""), "")
	}
	if framed {
		text = pastBody.ReplaceAllString(text, "")
	}
	if strings.Contains(text, "peur") {
		text = tripFear.ReplaceAllString(text, "")
		text = futureFear.ReplaceAllString(text, "")
		text = pastFright.ReplaceAllString(text, "")
		if evictionAhead.MatchString(text) {
			// Rent owed or a procedure told: the fear of being put
			// out is of the eviction to come.
			text = evictionFear.ReplaceAllString(text, "")
		}
	}
	if strings.Contains(text, "si ") || strings.Contains(text, "pls") {
		text = hypothesis.ReplaceAllString(text, "")
	}
	text = officeSaid.ReplaceAllString(text, "")
	if workClaim.MatchString(text) {
		text = relapsePain.ReplaceAllString(text, "")
		// A work accident of yesterday is a claim to declare, not a
		// danger of now: « tombé d'une échelle hier, accident du
		// travail, que faire ? ».
		text = claimDay.ReplaceAllString(text, "")
	}
	text = officeSilence.ReplaceAllString(text, "")
	if strings.Contains(text, " qu") && numberSaid.MatchString(text) {
		text = numberHearsay.ReplaceAllString(text, "")
	}
	if resolvedFrame.MatchString(text) && !presentOther.MatchString(text) && !hearsay.MatchString(text) {
		return true
	}
	if noOneHurt.MatchString(text) && (!hurtHomeLost.MatchString(text) || roofTakenCareOf(text)) && !presentOther.MatchString(text) {
		return true
	}
	if fireDamage.MatchString(text) && fireClaim.MatchString(text) && !fireHurt.MatchString(noOneHurt.ReplaceAllString(text, "")) && (!fireHome.MatchString(text) || roofTakenCareOf(text)) && !presentOther.MatchString(text) {
		return true
	}
	if donorFrame.MatchString(text) && donorWhere.MatchString(text) && !presentOther.MatchString(text) {
		return true
	}
	if conciliation.MatchString(text) && neighbourSide.MatchString(text) && !dealtBlow.MatchString(text) {
		return true
	}
	if harmlessHurt.MatchString(text) && !hearsay.MatchString(text) && !presentNotBody.MatchString(text) {
		return true
	}
	if treatedWound.MatchString(text) && !againstWriter.MatchString(text) && !presentOther.MatchString(text) {
		return true
	}
	if healed.MatchString(text) && !againstWriter.MatchString(text) && !hearsay.MatchString(text) && !goesOn.MatchString(text) {
		return true
	}
	if mediaTopic.MatchString(text) && !presentGrave.MatchString(text) && !againstWriter.MatchString(text) {
		return true
	}
	return framed && !presentDanger.MatchString(text)
}

// pastHelp is a help, a support or an appointment placed in the past:
// its date is the help's (« j'ai écrit des lettres pour mes enfants,
// merci pour l'aide de l'an dernier »).
var pastHelp = guard(`\b(?:aide|soutien|accompagnement|ecoute|coup de main|rendez vous|conseils?|gentillesse|patience)s? (?:de|d) (?:l an dernier|l annee derniere|l hiver dernier|l ete dernier|l annee passee|l an passe|il y a (?:\w+ ){1,2}(?:ans?|mois|annees))\b`)

// mediaTopic is a danger named as the subject of a programme, a paper or
// an event (« une émission sur les femmes battues », « brochure
// violences pour la mairie », « une soirée de prévention du suicide »):
// others' danger, seen or shown. Like a resolved frame it holds against a
// time (« hier soir », « ils en parlaient encore »), not against a grave
// cue told by the writer (« j'ai vu ce reportage et c'est ce que je vis,
// il me frappe »).
var mediaTopic = anyPhrase(
	`(?:reportages?|documentaires?|emissions?|articles?|documents?|guides?|livrets?|journal|radio|tele|television|infos|informations|actualites|conferences?|soirees?|debats?|podcasts?|campagnes?|expositions?|ateliers?|spectacles?|pieces? de theatre) (?:\w+ ){0,6}(?:(?:sur|about) (?:les|la|le|des|l|un|une|ces|cette|ce)|parl\w* (?:\w+ )?(?:de la|de l|du|des|d)|consacree?s? (?:a|au|aux)) (?:\w+ ){0,2}(?:violences?|suicides?|harcelement|maltraitance|sans abri|sdf|femmes battues|enfants?|jeunes|familles|gens|personnes|agriculteurs|migrants|refugies|rue|prevention|urgences?|deces|morts?|accidents?|incendies?|noyades?|viols?|agressions?|precarite|pauvrete|brulures?|intoxications?|chutes?)\b`,
	`(?:brochures?|tracts?|depliants?|flyers?|plaquettes?|affiches?|affichettes?|fiches? pratiques?|kakemonos?|posters?) (?:\w+ ){0,2}(?:violences?|suicides?|harcelement|maltraitance|sans abri|sdf|115|119|3919|3114|urgences?|prevention)`,
	`(?:prevention|sensibilisation) (?:du|de la|des|contre les|contre la|au|aux) (?:\w+ ){0,1}(?:suicides?|violences?|harcelement|maltraitance|noyades?|risques?)`,
)

// modalEncore is « encore » after a verb of what one may or must do
// (« est-ce que je peux encore demander… »): a question about a right, not
// a danger that comes back; « encore une facture », paperwork that comes
// back; and a story told in the pluperfect (« elle m'a raconté qu'elle
// avait été battue »), not a disclosure of today.
// pastBody is a body sign told in the past tense inside a frame of the
// past (« j'ai eu une douleur dans la poitrine l'an dernier, on m'a posé
// un stent »): it is the story the frame places, no cue of present
// danger. A sign told in the present (« là j'ai une douleur ») still is.
var pastBody = guard(`\b(?:j ai|j avais|il a|elle a|il avait|elle avait|on a|(?:ma|mon|sa|son) \w+ (?:a|avait)) eu (?:une|un|des|de|d) (?:grosses? |fortes? |violentes? )?(?:douleurs?|malaises?|crises?|infarctus|avc|attaques?)(?: (?:dans|a|au|aux) (?:la |le |l |les )?\w+)?\b`)

var modalEncore = guard(`\b(?:peux|peut|peuvent|pourrai|pourrais|puis|dois|doit|faut|faudra|ai le droit)(?: je| on| il| elle)? encore\b|` +
	// A procedure to start again: « je dois tout recommencer ? ».
	`\b(?:dois|doit|faut|faudra|devoir|fallait)(?: je| on| il| elle)? (?:tout |toute ma |tout le dossier a )?(?:recommencer|refaire)\b|` +
	`\b(?:demande|demandent|redemande|parle|parlent) (?:\w+ )?(?:tous les (?:jours|soirs|matins)|chaque (?:jour|soir))\b|` +
	`\b(?:est|sont|etre) toujours a (?:charge|jour)\b|` +
	`\b(?:recois|recoit|recevons|recoivent) (?:\w+ )?encore\b|\bencore (?:une|un|des|la|le|les|sa|son|ses) (?:factures?|courriers?|lettres?|relances?|mails?|rappels?|frais|avis|papiers?|formulaires?|documents?|dossiers?|mots?|justificatifs?|attestations?|certificats?|pieces?|signatures?)\b|` +
	// An office that asks again: « l'école me réclame encore un mot ».
	`\b(?:me|nous) (?:demande|demandent|reclame|reclament|redemande|redemandent|relance|relancent) (?:\w+ )?encore\b|` +
	`\b(?:m a|nous a|m ont|nous ont) (?:raconte|dit|confie|explique) qu (?:il|elle|ils|elles) (?:avait|avaient|etait|etaient)\b|` +
	// A noise that keeps one awake is no one who keeps one in: « ça
	// m'empêche de dormir, je peux me plaindre au bailleur ? ».
	`\b(?:ca|cela|le bruit|les pleurs|la musique|les travaux|les cris du bebe) (?:m|me|nous) empeche\w* de (?:dormir|travailler|me reposer|nous reposer|me concentrer)\b`)

// workClaim is a work accident recognised or claimed, and relapsePain
// the pain of its relapse (« la CPAM a reconnu l'accident du travail…
// j'ai de nouveau des douleurs, le médecin parle de rechute »): an old
// wound that comes back to a claim, not a danger of now. relapsePain is
// taken out of such a message before its cues of present danger are
// read, like modalEncore.
var (
	workClaim   = guard(`\b(?:accidents? (?:du|de) (?:travail|trajet)|maladie professionnelle)\b`)
	claimDay    = guard(`\b(?:avant hier|hier|(?:il )?y a (?:[1-9]|un|une|deux|trois|quelques) jours?)(?: (?:matin|soir|apres midi))?\b`)
	relapsePain = guard(`\b(?:de nouveau|a nouveau|encore|toujours) (?:des |les |mal |une )?(?:douleurs?|mal (?:a|au|aux) (?:l |la )?\w+)\b`)
)

// numberHearsay is what someone said of a number (« on m'a dit que le
// 3919… »): no disclosure; numberSaid is its cheap test. tripFear is a
// fear for a trip (« peur de se faire voler là-bas »), not a danger of
// now. Both are taken out of a message before its cues of present danger
// are read, like modalEncore.
var (
	numberHearsay = guard(`\b(?:m a|m ont|nous a|nous ont|lui a|lui ont) (?:dit|explique|raconte|affirme|assure|appris) (?:que|qu) (?:le|la|l|les|ce|cette) (?:3919|3114|119|115|112|116 117|15|17|18|numeros?|lignes?|services?|samu|appels?)\b`)
	numberSaid    = anyPhrase(`(?:dit|explique|raconte|affirme|assure|appris) (?:que|qu) (?:le|la|l|les|ce|cette) (?:3919|3114|119|115|112|116 117|15|17|18|numeros?|lignes?|services?|samu|appels?)`)
	// futureFear is the fear of ending up without a roof, some day;
	// hypothesis is what one would do if someone fell (« ce qu'on fait si
	// quelqu'un tombe et ne se réveille pas »). Neither is a danger of now.
	// pastFright is a fright felt at what one saw (« ça m'a fait peur pour
	// ma mère »), over: no fear of now.
	pastFright = guard(`\b(?:ca|cela|ce qui|c|qui) (?:m a|nous a|lui a|m avait|ma) (?:\w+ )?fait (?:\w+ )?peur(?: pour (?:mon|ma|mes|son|sa|ses|notre|nos|leur|leurs) \w+)?\b`)
	futureFear = guard(`\bpeur (?:de|d) (?:sortir|conduire|tomber|marcher|prendre (?:le bus|le train|l avion|le metro)|voyager|la foule|l eau|rater|perdre|oublier|me tromper|se tromper|monter|descendre)(?: seule?s?| toute? seule?| dehors)?\b|\bpeur (?:qu|que) (?:il|un jour il) (?:ne )?(?:leur|lui|me|nous|m|te|t) arrive (?:quelque chose|qqch|qqc|un malheur|un accident|un truc)\b|\bpeur (?:de|d) (?:(?:me|nous|se|te) retrouver|finir|terminer|atterrir|etre mise?s?|(?:me|nous|se) faire (?:mettre|jeter)) (?:\w+ ){0,2}(?:a la rue|dehors|sans logement|sans toit|sans rien|sdf|sans abri)\b|\bpeur (?:de|d|qu) (?:\w+ ){0,3}(?:expuls\w*|mettre a la porte|mis a la porte|mise a la porte)\b`)
	hypothesis = guard(`\b(?:mettre|met|mettait) (?:quelqu un|qqn|une personne|la personne|la victime) en pls(?: \w+){0,2} s (?:il|elle) (?:ne )?respire (?:plus|pas)\b|\bsi (?:quelqu un|qqn|une personne|un enfant|un proche|on|un adulte) (?:\w+ ){0,3}?(?:tombe|fait un malaise|s evanouit|saigne|se blesse|ne respire|respire|ne se reveille)\w*(?: (?:et|ou|qu il|qu elle) (?:\w+ ){0,3}?(?:ne respire plus|respire plus|ne se reveille pas|se reveille pas|saigne|perd connaissance))?\b`)
	// officeSaid is what an office or a landlord told (« le bailleur nous
	// a dit qu'on serait à la rue dans six mois »), or a right someone
	// said one may have (« quelqu'un m'a dit qu'il pourrait avoir
	// l'APA »), or what a doctor told the writer of their own body (« le
	// médecin m'a dit que j'ai fait un malaise vagal »): no disclosure.
	officeSaid = guard(`\b(?:medecin|docteur|urgentiste|cardiologue|neurologue)s? (?:\w+ ){0,2}m a (?:dit|explique|confirme) (?:que |qu )?(?:j ai|je suis|j etais|j avais)\b|\b(?:bailleur|proprietaire|proprio|agence|huissier|mairie|caf|banque|notaire|assistante sociale|employeur|patron|syndic|prefecture|cpe|principale?|proviseure?|college|lycee|secretariat|rectorat)(?: \w+)? (?:m a|nous a|m ont|nous ont|lui a) (?:dit|annonce|ecrit|explique|repondu) (?:que|qu)\b|\bon (?:m a|nous a) (?:dit|explique|repondu) qu (?:il|elle) (?:faut|fallait|faudrait|faudra)\b|` +
		`\b(?:quelqu un|on|une amie?|un ami|une voisine?|un voisin|ma voisine|mon voisin|une collegue|un collegue|ma soeur|mon frere|ma fille|mon fils) (?:m a|nous a|m ont|nous ont) (?:dit|explique|conseille|parle) (?:que|qu|de) (?:\w+ ){0,2}(?:pourrai\w*|pourr\w*|peu\w*|aurai\w*|a droit|avait droit|faut|fallait|faudrait|devrai\w*|demander)\b`)
	tripFear = guard(`\b(?:a|ai|as|avons|ont|aurait|aurais) (?:un peu |tres |trop )?peur (?:de|d|qu)(?: \w+){0,6}? (?:la bas|a l etranger|en voyage|pendant (?:son|mon|leur|notre|le) (?:sejour|voyage|erasmus|stage|echange))\b`)
)

// phrases are alternative patterns over a message's words, each matched
// on whole words. Each is compiled alone with the words one of which any
// match must hold (requiredWords): most messages hold none of them, and
// looking for a word costs far less than running the expression, which
// on a long story against a hundred alternatives cost more than the whole
// ranking.
type phrases []guarded

// anyPhrase compiles alternatives, each between word boundaries.
func anyPhrase(alts ...string) phrases {
	ps := make(phrases, len(alts))
	for i, a := range alts {
		ps[i] = guard(`\b(?:` + a + `)\b`)
	}
	return ps
}

// MatchString reports whether any of the phrases is in s.
func (ps phrases) MatchString(s string) bool {
	for _, p := range ps {
		if p.MatchString(s) {
			return true
		}
	}
	return false
}

// FindAllStringIndex returns the spans of s that the phrases cover, as
// regexp.FindAllStringIndex does for each, in no particular order.
func (ps phrases) FindAllStringIndex(s string) [][]int {
	var spans [][]int
	for _, p := range ps {
		spans = append(spans, p.FindAllStringIndex(s, -1)...)
	}
	return spans
}

// A guarded is a regular expression with the strings one of which any
// of its matches holds (requiredWords). Go's regexp runs a large
// alternative over a message of a few hundred letters with its slowest
// machine (the backtracker only takes short inputs for large programs),
// so that a dozen such expressions cost more than the ranking; most
// messages hold none of the strings, and looking for them is cheap.
// Its methods are those of regexp.Regexp, with the same results.
type guarded struct {
	re    *regexp.Regexp
	needs []string   // one of these is in any match; nil when unknown
	masks []needMask // the needs, as bits of a needScan; nil when not in needTable
	// alts are the alternatives of a large expression, each compiled
	// alone with its own needs (see splitAlternatives); MatchString
	// asks them instead of re.
	alts []guarded
}

// A needMask is a word of a needScan's bits, and the bits of that word
// that a guarded expression asks for: a guard's strings are numbered
// together, so that a few words hold them all.
type needMask struct {
	word int32
	bits uint64
}

// guard compiles expr, as regexp.MustCompile does, with its required
// strings.
func guard(expr string) guarded {
	g := guarded{re: regexp.MustCompile(expr)}
	if re, err := syntax.Parse(expr, syntax.Perl); err == nil {
		g.needs = requiredWords(re.Simplify())
		for _, alt := range splitAlternatives(re) {
			g.alts = append(g.alts, guard(alt))
		}
	}
	for _, w := range g.needs {
		id := needTable.add(w)
		if id < 0 {
			g.masks = nil
			break
		}
		g.masks = addNeed(g.masks, id)
	}
	everyGuard = append(everyGuard, g)
	return g
}

// everyGuard holds the guarded expressions made so far, for the tests
// that check them all.
var everyGuard []guarded

// addNeed adds the bit of need id to masks.
func addNeed(masks []needMask, id int32) []needMask {
	word, bit := id/64, uint64(1)<<(id%64)
	for i := range masks {
		if masks[i].word == word {
			masks[i].bits |= bit
			return masks
		}
	}
	return append(masks, needMask{word, bit})
}

// may reports whether s may hold a match: it holds one of the required
// strings, or they are unknown.
func (g guarded) may(s string) bool {
	if g.needs == nil {
		return true
	}
	if g.masks == nil {
		for _, w := range g.needs {
			if strings.Contains(s, w) {
				return true
			}
		}
		return false
	}
	sc := scanNeeds(s)
	for _, m := range g.masks {
		if sc.has[m.word]&m.bits != 0 {
			return true
		}
	}
	return false
}

// MatchString reports whether s holds a match.
func (g guarded) MatchString(s string) bool {
	if !g.may(s) {
		return false
	}
	if g.alts == nil {
		return g.re.MatchString(s)
	}
	for _, a := range g.alts {
		if a.MatchString(s) {
			return true
		}
	}
	return false
}

// bigProgram is the size of a compiled expression past which Go's regexp
// no longer uses its backtracker (regexp's maxBacktrackProg) and runs
// its slowest machine on every message.
const bigProgram = 500

// splitAlternatives returns the alternatives of a large expression
// built around one alternation (« \b(?:A|B|C)\b »), each written as
// a whole expression (« \b(?:A)\b »…), or nil. A text holds a match of
// the expression if and only if it holds a match of one of them; each
// is smaller (most fit the backtracker), and has needs of its own, where
// the needs of the whole are those of its weakest branch: the violence
// against the writer (« il me tape », « m'a mis des claques »…) needed
// « m », in every other message.
func splitAlternatives(re *syntax.Regexp) []string {
	if prog, err := syntax.Compile(re.Simplify()); err != nil || len(prog.Inst) <= bigProgram {
		return nil
	}
	parts := []*syntax.Regexp{re}
	at := -1 // the index in parts of the alternation
	if re.Op == syntax.OpConcat {
		parts = re.Sub
	}
	for i, p := range parts {
		for p.Op == syntax.OpCapture {
			p = p.Sub[0]
		}
		if p.Op == syntax.OpAlternate {
			if at >= 0 {
				return nil // two alternations: left whole
			}
			at = i
		}
	}
	if at < 0 {
		return nil
	}
	alt := parts[at]
	for alt.Op == syntax.OpCapture {
		alt = alt.Sub[0]
	}
	var out []string
	for _, branch := range alt.Sub {
		var b strings.Builder
		for i, p := range parts {
			if i == at {
				b.WriteString("(?:" + branch.String() + ")")
			} else {
				b.WriteString("(?:" + p.String() + ")")
			}
		}
		out = append(out, b.String())
	}
	return out
}

// ReplaceAllString replaces the matches in s by repl, as
// regexp.ReplaceAllString does.
func (g guarded) ReplaceAllString(s, repl string) string {
	if !g.may(s) {
		return s
	}
	return g.re.ReplaceAllString(s, repl)
}

// FindAllStringIndex returns the spans of the matches in s, as
// regexp.FindAllStringIndex does.
func (g guarded) FindAllStringIndex(s string, n int) [][]int {
	if !g.may(s) {
		return nil
	}
	return g.re.FindAllStringIndex(s, n)
}

// FindAllStringSubmatch returns the matches in s and their groups, as
// regexp.FindAllStringSubmatch does.
func (g guarded) FindAllStringSubmatch(s string, n int) [][]string {
	if !g.may(s) {
		return nil
	}
	return g.re.FindAllStringSubmatch(s, n)
}

// requiredWords returns strings one of which any match of re holds, nil
// when it cannot tell: a literal, the best choice among the parts of a
// sequence (a run of parts that match few strings counts as one part:
// « b(?:oy|aby) » needs « boy » or « baby », not just « b »), every
// branch of an alternative.
func requiredWords(re *syntax.Regexp) []string {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return nil
		}
		return []string{string(re.Rune)}
	case syntax.OpCapture, syntax.OpPlus:
		return requiredWords(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return requiredWords(re.Sub[0])
		}
	case syntax.OpAlternate:
		var all []string
		for _, sub := range re.Sub {
			ws := requiredWords(sub)
			if ws == nil {
				return nil
			}
			all = append(all, ws...)
		}
		return all
	case syntax.OpConcat:
		var best []string
		consider := func(ws []string) {
			if ws == nil || shortest(ws) == 0 {
				return
			}
			if best == nil || weakest(ws) > weakest(best) || weakest(ws) == weakest(best) && shortest(ws) > shortest(best) {
				best = ws
			}
		}
		var run []string // the strings the current run of parts matches
		for _, sub := range re.Sub {
			if set, ok := exactStrings(sub); ok {
				if run == nil {
					run = []string{""}
				}
				prev := run
				if run = product(run, set); run != nil {
					continue
				}
				// Too many strings: the run ends before this part.
				consider(prev)
				run, _ = exactStrings(sub)
				continue
			}
			consider(run)
			run = nil
			consider(requiredWords(sub))
		}
		consider(run)
		return best
	}
	return nil
}

// maxExact is the most strings exactStrings and product return.
const maxExact = 64

// exactStrings returns every string re matches, when they are few (at
// most maxExact) and known; a zero-width assertion matches "".
func exactStrings(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpWordBoundary, syntax.OpBeginText, syntax.OpEndText, syntax.OpBeginLine, syntax.OpEndLine:
		return []string{""}, true
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return nil, false
		}
		return []string{string(re.Rune)}, true
	case syntax.OpCharClass:
		var set []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if len(set) == maxExact {
					return nil, false
				}
				set = append(set, string(r))
			}
		}
		return set, true
	case syntax.OpCapture:
		return exactStrings(re.Sub[0])
	case syntax.OpQuest:
		set, ok := exactStrings(re.Sub[0])
		if !ok || len(set) == maxExact {
			return nil, false
		}
		return append(set, ""), true
	case syntax.OpAlternate:
		var set []string
		for _, sub := range re.Sub {
			s, ok := exactStrings(sub)
			if !ok || len(set)+len(s) > maxExact {
				return nil, false
			}
			set = append(set, s...)
		}
		return set, true
	case syntax.OpConcat:
		set := []string{""}
		for _, sub := range re.Sub {
			s, ok := exactStrings(sub)
			if !ok {
				return nil, false
			}
			if set = product(set, s); set == nil {
				return nil, false
			}
		}
		return set, true
	}
	return nil, false
}

// product returns every string of a followed by one of b, nil when there
// would be more than maxExact.
func product(a, b []string) []string {
	if len(a)*len(b) > maxExact {
		return nil
	}
	out := make([]string, 0, len(a)*len(b))
	for _, x := range a {
		for _, y := range b {
			out = append(out, x+y)
		}
	}
	return out
}

// shortest returns the length of the shortest of ws.
// weakest returns how rare the commonest of ws is, as the length of
// its longest word that is not a word of every sentence (stopWords):
// « dans le » and « m a » are in most messages, « frapp » or « tap » in
// few, though shorter.
func weakest(ws []string) int {
	n := -1
	for _, w := range ws {
		rare := 0
		for _, f := range strings.Fields(w) {
			if len(f) > 2 && len(f) > rare && !stopWords[f] {
				rare = len(f)
			}
		}
		if n < 0 || rare < n {
			n = rare
		}
	}
	return n
}

func shortest(ws []string) int {
	n := -1
	for _, w := range ws {
		if n < 0 || len(w) < n {
			n = len(w)
		}
	}
	return n
}
