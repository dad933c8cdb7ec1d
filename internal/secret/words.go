package secret

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"pimmsbot/internal/fold"
)

// The words that introduce a password. Hyphens are dropped by the
// tokenizer, so « mot-de-passe » is « mot de passe ».
var passwordWords = phrases(
	"mot de passe", "mots de passe", "mot de pass", "mots de pass", "mot de passes", "mot de pase",
	"mot de passse", "mot depasse", "mot depass", "mo de passe", "mots depasse", "mot passe",
	"mot 2 passe", "motdepasse", "motdepass", "mdp", "mdps", "m d p", "mot de pas", "mots de pas",
	"password", "passwords", "passwd", "pwd", "pass word", "pw", "passe word", "passeword", "pass wrd", "psw", "pswd",
	// An app's code, in English: « the passcode is 090887 ».
	"passcode",
	// A box's wifi key.
	"cle wifi", "clef wifi", "cle wpa", "cle du wifi", "cle de securite wifi", "cle securite wifi",
	// What a computer names the key of a network: « clé de sécurité réseau ».
	"cle de securite reseau", "cle de securite du reseau", "cle reseau", "cle du reseau",
	"code secret", "code d' acces", "codes d' acces", "code de acces", "code de connexion", "code personnel",
	"code confidentiel", "code perso",
	// The same names run together, as a phone's keyboard or a hurried
	// resident writes them (« codesecret 90817263 » is read « code
	// secret », see gluedToCode).
	// A password's other names: « ma phrase secrète c'est … ».
	"phrase secrete", "phrase de passe", "passphrase",
	"code acces", "codedacces", "motpasse", "motdpasse", "motdpass", "mdpasse", "mdpass",
	// A card's PIN, as the bank's letter names it, and as Arabic says
	// it (« الرقم السري », the secret number).
	"numero secret", "nombre secret",
	// Arabic: « كلمة السر » (the secret word), « كلمة المرور » (the word
	// of passage), with the final letter written without its dots too.
	"كلمة السر", "كلمه السر", "كلمة سر", "كلمه سر", "كلمة المرور", "كلمه المرور", "كلمة مرور", "كلمه مرور",
	// Vietnamese « mật khẩu »; Persian « رمز عبور » (code of passage),
	// « رمز » read as « code ».
	"mat khau", "code عبور",
	// The same Arabic words written in Latin letters by residents of the
	// Maghreb: « kelmat sir dyal ameli … », « kalimat sser ».
	"kelmat sir", "kelmet sir", "kalimat sir", "kelmat ssir", "kelmat sser", "kalimat sser", "kelma sir",
	"kelmat sirr", "kalimat sirr", "kelmat lmorour", "kalimat el morour", "kalimat al sir",
)

// codeWords introduce a code, weakly: only a value that looks like a
// password (letters with digits, symbols) is taken after them, and only
// once a verb or a colon says it is given.
var codeWords = phrases("code", "codes", "pass", "cle", "clef", "cle de securite", "clef de securite", "cle secrete",
	"clef secrete", "cle perso", "cle personnelle",
	// « voilà le sésame pour mon compte ameli : Lune2023 »
	"sesame",
	// A padlock's or a safe's: « la combinaison c'est 4-8-15-16 ».
	"combinaison", "combinaisons")

// passNoun reports whether token k is « passe » said for a password
// after a possessive: « mon passe c'est Girafe_77 ». « le bus passe »
// stays a verb.
func (sc *scanner) passNoun(k int) bool {
	return sc.toks[k].norm == "passe" && passOwners[sc.word(k-1)]
}

var passOwners = set("mon", "ton", "son", "votre", "notre", "ce")

// notCode are the words after « code » or « pass » that make it anything
// but a secret: « code postal », « code APE », « pass navigo ».
var notCode = set("postal", "postaux", "promo", "promotionnel", "insee", "ape", "naf", "commune", "departement",
	"barre", "barres", "qr", "porte", "portail", "immeuble", "entree", "interphone", "digicode", "activite",
	"client", "article", "route", "civil", "travail", "rome", "cpf", "navigo", "culture", "sport", "sanitaire",
	"vaccinal", "rail", "famille", "couleur", "vestimentaire", "pays", "region", "urssaf", "ccam", "cim",
	"reduction", "cadeau", "parrainage", "avantage", "suivi", "colis", "retrait", "dossier", "allocataire",
	"dependance", "importance", "banque", "guichet", "agence", "etablissement", "bic", "swift", "iban")

// namedBefore reports whether the word before « code » at token k says
// it is no secret, in English order: « the bank code is 30004 », « sort
// code », « zip code », « door code ». The French « banque » before
// « code » may name a bank's site (« l'appli banque code … »): only the
// foreign words for a bank count.
func (sc *scanner) namedBefore(k int) bool {
	if k == 0 {
		return false
	}
	w := sc.toks[k-1]
	if w.norm == "banque" || w.norm == "guichet" {
		return englishBank[fold.String(sc.text[w.start:w.end])]
	}
	return codesNamedBefore[w.norm]
}

var (
	englishBank      = set("bank", "branch", "banco", "banka")
	codesNamedBefore = set("sort", "zip", "post", "postal", "area", "country", "promo", "discount", "door", "gate",
		"building", "tracking", "bar", "qr", "voucher", "gift", "referral")
)

// What may stand between « code » and the verb that gives it: « mon code
// ameli c'est … », « le code du site de la caf : … ». « code postal »,
// « code allocataire » stop here.
var codeQualifiers = set("de", "d'", "du", "des", "la", "le", "l'", "mon", "ma", "pour", "sur", "site", "compte",
	"espace", "ameli", "caf", "impots", "impot", "msa", "cpam", "acces", "connexion", "internet", "perso",
	"personnel", "franceconnect", "france", "connect", "ants", "pole", "emploi", "travail", "secret", "gouv", "fr",
	"appli", "application", "me", "m'", "se", "connecter", "connecte", "acceder", "identifier",
	// What opens with a password: a mailbox, a bank's or a provider's
	// site, a computer. A door's, a bike shed's code is no secret here.
	"boite", "mail", "email", "e", "gmail", "hotmail", "outlook", "yahoo", "messagerie", "banque", "bancaire",
	"doctolib", "laposte", "poste", "orange", "sfr", "bouygues", "edf", "engie", "ordinateur", "ordi",
	"session", "windows", "telephone", "tel", "phone", "portable", "mobile", "en", "ligne", "net", "ouvrir", "deverrouiller",
	"debloquer", "allumer",
	// The pension's accounts: « le code pour ouvrir mon compte retraite
	// c'est … ».
	"retraite", "cnav", "agirc", "arrco", "carsat", "urssaf",
	// The spaces of a site, named by whom they are for: « le code pour
	// mon espace santé c'est … », « mon espace client ».
	"sante", "client", "particulier", "assure", "adherent", "usager", "abonne", "beneficiaire", "membre",
	// « le code provisoire … c'est 48Ka9p ».
	"provisoire", "temporaire",
	// A one-time code, named by what it is for: « code d'activation reçu
	// … : 4K7P-9ZQ2 ».
	"activation", "confirmation", "validation", "verification", "unique", "securite",
	// A box's wifi: « le code wifi de la box c est … ».
	"wifi", "box", "livebox", "freebox", "bbox", "wpa", "reseau")

// The words that say a value is given.
var (
	strongVerbs = phrases(":", "=", "c' est", "cest", "c est", "c", "c' etait", "cetait", "c etait",
		"etait", "is", "was", "est :", "c' est :", "sera :", "c' est le suivant :",
		// German « es ist » (it is), read « est est ».
		"est est")
	weakVerbs = phrases("est", "il est", "sera", "ce sera", "reste", "qui est", "qui etait")
	// makesVerbs say what a code is made of, spoken: « le code il fait
	// 8494 ».
	makesVerbs = phrases("il fait", "elle fait", "ca fait", "fait")
	// backVerbs link a value written before the password's name:
	// « Tournesol44 est le mot de passe », « X c'est mon mdp ».
	// frontVerbs introduce a value written before the password's name
	// without a verb between them: « c'est X mon mot de passe ».
	frontVerbs = phrases("c' est", "cest", "c est", "voici", "voila", "voila", "c' etait", "cetait", "c etait")
	backVerbs  = phrases("c' est", "cest", "c est", "c", "est", "etait", "c' etait", "is", "=", "comme", "en", "pour", ":")
)

// Determiners skipped between a value and the password's name written
// after it: « X c'est mon nouveau mot de passe ».
var backDeterminers = set("le", "la", "l'", "mon", "ma", "mes", "the", "my", "son", "sa", "votre", "ton",
	"nouveau", "nouvel", "ancien", "vrai", "bon", "un", "actuel",
	// « X c'est aussi mon mot de passe », « X est également mon mdp »:
	// the value serves twice, the name follows all the same.
	"aussi", "egalement", "encore")

// What may stand between a password's name and the verb: « le mot de
// passe de mon compte ameli c'est … ». Any other word that is not in
// notValue may too: a service's name.
var qualifiers = set("de", "du", "des", "d'", "mon", "ma", "mes", "la", "le", "l'", "pour", "sur", "a",
	"au", "aux", "chez", "sa", "son", "ta", "ton", "votre", "notre", "leur", "the", "my", "of", "for", "on",
	"actuel", "actuelle", "nouveau", "nouvel", "nouvelle", "provisoire", "temporaire", "ancien", "ancienne",
	"caf", "ameli", "impots", "impot", "msa", "cpam", "ants", "franceconnect", "gmail", "mail", "email",
	"compte", "site", "banque", "espace", "appli", "application", "internet", "messagerie", "boite", "wifi",
	"personnel", "perso", "secret", "confidentiel")

// notValue lists words that describe a password or go around one, and are
// never taken for one: « mon mot de passe est bloqué », « mdp oublié ».
var notValue = set(
	// determiners, pronouns
	"le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "mon", "ma", "mes", "ton", "ta", "tes",
	"son", "sa", "ses", "notre", "nos", "votre", "vos", "leur", "leurs", "ce", "cet", "cette", "ces", "ca",
	"cela", "ceci", "celui", "celle", "ceux", "je", "j'", "tu", "il", "elle", "on", "nous", "vous", "ils",
	"elles", "me", "m'", "te", "t'", "se", "s'", "y", "en", "lui", "moi", "toi", "c'", "qu'", "n'",
	// questions
	"quoi", "qui", "que", "quel", "quelle", "quels", "quelles", "lequel", "laquelle", "dont", "ou",
	"comment", "pourquoi", "quand", "combien", "koi", "kel",
	// prepositions, conjunctions
	"a", "au", "aux", "avec", "sans", "sur", "sous", "dans", "par", "pour", "chez", "vers", "depuis",
	"pendant", "avant", "apres", "et", "mais", "donc", "or", "ni", "car", "si", "comme", "entre", "contre",
	"jusqu'", "jusqu", "puis", "alors", "parce", "lorsque", "quand",
	// negations, adverbs
	"ne", "pas", "plus", "jamais", "rien", "personne", "toujours", "encore", "deja", "trop", "tres",
	"bien", "mal", "aussi", "meme", "pareil", "identique", "different", "differente", "ici", "la-bas",
	"vraiment", "juste", "seulement", "surement", "peut", "maintenant", "hier", "demain", "aujourd'",
	"aujourdhui", "matin", "soir", "semaine", "mois", "an", "ans", "fois", "jour", "jours", "tjrs", "tjs",
	"pa", "ps", "bcp", "beaucoup", "tout", "tous", "toute", "toutes", "souvent", "mieux", "pire",
	"meilleur", "meilleure", "moins", "autre", "autrement", "pourtant", "cependant", "quand-meme",
	"ensuite", "enfin", "desormais", "parfois", "vieux", "vieille", "recent", "recente", "actif", "active", "inactif",
	"inactive",
	// what a password is said to be
	"bloque", "bloquee", "bloques", "perdu", "perdue", "oublie", "oubliee", "faux", "fausse", "incorrect",
	"incorrecte", "errone", "erronee", "invalide", "valide", "expire", "expiree", "perime", "change",
	"changee", "modifie", "refuse", "refusee", "accepte", "correct", "correcte", "bon", "bonne",
	"mauvais", "mauvaise", "nul", "court", "courte", "long", "longue", "simple", "complique",
	"compliquee", "facile", "difficile", "securise", "fort", "faible", "nouveau", "nouvelle", "ancien",
	"ancienne", "provisoire", "temporaire", "vide", "inconnu", "introuvable", "necessaire",
	"obligatoire", "requis", "demande", "grave", "normal", "normale", "possible", "impossible", "urgent",
	"utile", "important", "dangereux", "risque", "sur", "sure", "prudent", "logique", "bizarre", "envoye", "envoyee", "recu", "recue", "arrive", "arrivee", "note",
	"valable", "periode",
	"ecrit", "ecrite", "marque", "marquee", "indique", "indiquee", "notee", "imprime", "imprimee", "affiche", "affichee",
	"derriere", "devant", "dessus", "dessous", "suivant", "suivante", "secret", "masque",
	"personnel", "confidentiel", "actuel", "actuelle", "premier", "dernier", "wifi",
	// verbs
	"marche", "marchent", "fonctionne", "fonctionnent", "changer", "modifier", "refaire",
	"reinitialiser", "recuperer", "creer", "trouver", "mettre", "retrouver", "saisir", "taper", "entrer",
	"rentrer", "avoir", "etre", "fait", "faire", "sais", "connais", "connait", "veut", "veux", "peux",
	"dois", "doit", "faut", "oublier", "perdre", "va", "vais", "ai", "as", "avait", "etait", "est",
	"sont", "passe", "contient", "comporte", "demande", "redemande", "c", "cest", "cetait", "was",
	"sera", "reste",
	// greetings, fillers
	"svp", "stp", "merci", "mrc", "mrci", "mci", "pls", "plz", "please", "thanks", "thx", "bonjour", "bonsoir", "salut", "oui", "non", "ok", "okay", "voila", "voici",
	"hein", "euh", "bah", "ben", "bref", "aide", "help", "madame", "monsieur",
	// what is said of anything, and the laughs of SMS after a value:
	// « mdp jesuisfatigue lol c'est vrai en plus »
	"vrai", "vraie", "lol", "mdr", "ptdr", "xd", "haha", "hahaha", "ahah", "ahahah", "hihi", "hehe", "mdrr", "lool",
	// English
	"is", "the", "my", "your", "not", "wrong", "forgotten", "lost", "blocked", "expired",
	// services named after a password's name (« mdp caf », « mot de passe ameli »)
	"caf", "ameli", "impots", "impot", "msa", "cpam", "ants", "franceconnect", "gmail", "mail", "email",
	"compte", "site", "banque", "sms",
)

// passwords finds the passwords given after (or before) the words that
// introduce them, and masks the value only.
func (sc *scanner) passwords() {
	sc.wifiKeys()
	sc.openedCodes()
	intro := false
	var after []int // where the passwords' names end
	for k := 0; k < len(sc.toks); k++ {
		j, ok := sc.ownedName(k)
		weak := false
		if !ok {
			if j, ok = sc.atAny(k, codeWords); !ok && !sc.passNoun(k) {
				continue
			} else if !ok {
				j = k + 1
			}
			weak = true
		}
		if sc.otherCodeAhead(j) {
			k = j - 1
			continue
		}
		if !weak {
			intro = true
			after = append(after, j)
		} else if j < len(sc.toks) && notCode[sc.toks[j].norm] || sc.namedBefore(k) {
			k = j - 1
			continue
		}
		if !sc.labelColon(k) && sc.valueBefore(k, weak) {
			continue
		}
		if weak && (sc.passWord(k, j) || sc.pairedLogin(k, j)) || !weak && sc.apposition(k, j) {
			k = j - 1
			continue
		}
		if !weak && sc.word(j) == "virgule" {
			j++ // « mot de passe virgule Lucas 2010 »: a comma dictated
		}
		sc.valueAfter(j, weak, weak && sc.bareCode(k))
		k = j - 1
	}
	sc.identifiers()
	sc.connectedWith()
	sc.usedEverywhere()
	sc.typedAsSaid()
	sc.typedAfter()
	sc.announcedValues()
	sc.codeChangedTo()
	sc.passwordParts()
	sc.listedLines(intro)
	if sc.arrows() || intro || sc.has(services) {
		sc.serviceValues(intro || sc.has(listNames))
	}
	sc.oldNew(intro)
	for _, j := range after {
		sc.plainValue(j)
		sc.sweep(j)
		sc.alternative(j)
	}
	sc.contextValues(intro)
	if intro {
		sc.startsEnds()
		sc.symbolValues()
		sc.spelledValues()
		sc.commaSpelled()
	}
	sc.changedValues()
	sc.pointedValues()
	sc.triedValues()
	sc.suggestedValues()
	sc.hesitations()
	sc.itIsValues()
	sc.failedValues()
	sc.accountValues()
	sc.secretAnswers()
	sc.pointedLater()
}

// apposition masks the value set off by commas after a password's name
// from token k to token j, the name given by « c'est » to what the
// sentence speaks of: « mon code pour le site c'est mon mot de passe,
// Rossignol, pas de chiffre ». « … c'est mon mot de passe, je crois »
// stays: the word must be one a value may be.
func (sc *scanner) apposition(k, j int) bool {
	if sc.word(j) != "," || !backDeterminers[sc.word(k-1)] || sc.word(k-2) != "est" {
		return false
	}
	return sc.value(sc.toks[j].end, bareAfterWords, false) || sc.bareWord(j+1) || sc.dateRightAfter(j+1)
}

// oldNew masks the old and the new passwords given without a name: both
// after a password is named (intro), else both together, and one alone
// in a message about changing one.
func (sc *scanner) oldNew(intro bool) {
	if intro {
		sc.oldAndNew()
	} else {
		sc.oldThenNew()
	}
	sc.oldOrNew()
}

// ownedName is passwordName, with « le mien » standing for a password
// named before (ownPassword).
func (sc *scanner) ownedName(k int) (int, bool) {
	if j, ok := sc.passwordName(k); ok {
		return j, true
	}
	return k + 1, sc.ownPassword(k)
}

// ownPassword reports whether token k is « mien » or « mienne » after
// « le » or « la », standing for a password named before it in the
// message: « le site demande le mot de passe, le mien est soleil ». What
// is said of it stays as after the name (« le mien est bloqué »).
func (sc *scanner) ownPassword(k int) bool {
	if !ownWords[sc.toks[k].norm] || sc.word(k-1) != "le" && sc.word(k-1) != "la" {
		return false
	}
	_, password := sc.firstNames()
	return password < k
}

// contextValues masks what only a password's value can be where it
// stands: after a value given (intro says a password is named), the word
// said to be the whole value and another account's; a word given again
// after what it opens; a password sent alone; digits typed one by one.
func (sc *scanner) contextValues(intro bool) {
	if intro || sc.passwordMasked() {
		sc.plainValues()
		sc.otherAccounts()
	}
	if intro {
		sc.doubledValues()
	}
	sc.loneValue()
	sc.typedDigits()
}

// passWord masks the plain word after « pass » at token k, its name
// ending before token j, as bareWord does after « mot de passe »: « pass
// azerty », « mon pass caf bouboule », « pass : framboise ». A pass
// for a bus, a museum or a grant (« pass navigo », « pass jeune »), and
// « pass » said for « passe » after its subject (« je pass demain »),
// stay.
func (sc *scanner) passWord(k, j int) bool {
	if sc.toks[k].norm != "pass" || subjects[sc.word(k-1)] {
		return false
	}
	for n := 0; n < 2 && j < len(sc.toks) && (services[sc.toks[j].norm] || sc.toks[j].norm == ":"); n++ {
		j++
	}
	// « le pass c'est kiwi »
	if e, ok := sc.atAny(j, strongVerbs); ok && e < len(sc.toks) && !judgements[sc.toks[e].norm] {
		j = e
	}
	return j < len(sc.toks) && !notCode[sc.toks[j].norm] && !passNames[sc.toks[j].norm] && sc.bareWord(j)
}

// pairedLogin masks the value right after « pass » or « code » at token
// k, its name ending before token j, when a login and its value come
// just before, as a form's two fields are copied: « login
// jean.d@orange.fr pass Jd#75 », « user p.martin code Pm-4412 ». Only a
// value that looks like a password; « login ok pass navigo » stays.
func (sc *scanner) pairedLogin(k, j int) bool {
	if j >= len(sc.toks) || k < 2 {
		return false
	}
	// The login's value, one run of characters before the name.
	before := strings.TrimRightFunc(sc.text[:sc.toks[k].start], isSpace)
	login := before[strings.LastIndexFunc(before, isSpace)+1:]
	b := sc.tokenFrom(len(before) - len(login))
	if !strings.ContainsAny(login, "@._") || !loginNouns[sc.word(b-1)] && !(loginNouns[sc.word(b-2)] && labelMarks[sc.word(b-1)]) {
		return false
	}
	f := j
	if labelMarks[sc.word(f)] {
		f++
	}
	if f >= len(sc.toks) || sc.taken(sc.toks[f].start) {
		return false
	}
	start, end, ok := sc.runAt(sc.toks[f].start)
	if !ok {
		return false
	}
	core := trimValue(sc.text[start:end])
	if len(core) < 4 || !passwordLike(core, false) || mailLike(core) || isLink(core) || sc.describes(start, core) {
		return false
	}
	return sc.add(start, start+len(strings.TrimRight(sc.text[start:end], ",;")), Password, MaskPassword)
}

// ownerThenWord masks the plain word in lower case that ends the phrase
// after whose a password is, its name ending before token j: « mdp de
// ma sœur nounours c'est elle qui … ».
func (sc *scanner) ownerThenWord(j int) bool {
	return (sc.word(j) == "de" || sc.word(j) == "d'") && ownerPossessives[sc.word(j+1)] && kinsfolk[sc.word(j+2)] &&
		j+3 < len(sc.toks) && unicode.IsLower(runeAt(sc.text, sc.toks[j+3].start)) && sc.bareWord(j+3)
}

// ownerPossessives and kinsfolk say whose a password is: « le mdp de ma
// sœur », « de mon fils ».
var (
	ownerPossessives = set("ma", "mon", "sa", "son", "notre", "votre", "leur")
	kinsfolk         = set("mere", "pere", "maman", "papa", "mari", "femme", "epouse", "fils", "fille", "frere",
		"soeur", "mamie", "papi", "grand-mere", "grand-pere", "conjoint", "conjointe", "tante", "oncle", "voisin",
		"voisine", "cousin", "cousine", "copain", "copine", "ami", "amie", "enfant", "fiston", "niece", "neveu")
)

// subjects say the word after them is a verb: « je pass demain ».
var subjects = set("je", "j'", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "qui", "ca")

// passNames are the passes for a bus, a museum, a grant or a season that
// residents name after « pass », beside those of notCode.
var passNames = set("senior", "seniors", "jeune", "jeunes", "numerique", "region", "regional", "liberte", "annuel",
	"mensuel", "hebdo", "imagine", "decouverte", "ado", "ados", "etudiant", "etudiants", "emploi", "mobilite", "colo",
	"velo", "musee", "musees", "ski", "tourisme", "premium", "gold", "plus", "education", "vacances", "loisirs",
	"solidarite", "ete", "hiver", "week", "weekend", "journee", "semaine", "annee", "integral", "illimite",
	"gratuit", "bus", "tram", "metro", "train", "ter", "tgv", "sncf", "ratp", "sante", "handicap", "partout",
	"contact", "pro", "famille", "enfant", "enfants", "loisir", "piscine", "cinema", "concert", "festival",
	"jour", "mois", "semestre", "trimestre", "scolaire", "transport", "transports", "vert", "bleu", "rouge", "orange",
	"port")

// listNames name the secrets of a list the resident gives, one for each
// service: « Voilà mes codes : ameli → Printemps24 ; CAF → Loulou_69 ».
var listNames = set("codes", "identifiant", "identifiants", "acces", "logins", "passwords")

// serviceValues masks each value a service's name points to with an
// arrow or « = » (« ameli → Printemps24 ; CAF → Loulou_69 », « impots =
// Bateau77, laposte = Chat#12 », « ameli -> Kiwi.4455 »): letters with
// digits or symbols, as no service's reply, a time or a date is. In a
// message that names passwords or codes (named), one is enough, and a
// service's name in a list needs no arrow (« mes mots de passe : impots
// Kader.1978, caf kader1978caf, ameli Kd1978!! »); else the message must
// hold two such values, a list of passwords no other line is (« ameli =
// Fleur2000$ / caf = Fleur2000$caf », « ameli Vitale*2022, CAF
// caf.ines.91 »).
func (sc *scanner) serviceValues(named bool) {
	var found, plain, words [8][2]int
	n, m, w, masked := 0, 0, 0, 0
	for k, t := range sc.toks {
		if !isWord(t.norm) || notValue[t.norm] && !services[t.norm] {
			continue
		}
		rest := strings.TrimLeftFunc(sc.text[t.end:], isSpace)
		arrow := arrowAt(rest)
		if arrow == "" && (!services[t.norm] || !sc.listed(k)) ||
			arrow != "" && k+1 < len(sc.toks) && sc.toks[k+1].start < len(sc.text)-len(rest) {
			continue
		}
		s, e, ok := sc.runAt(len(sc.text) - len(rest) + len(arrow))
		if !ok || sc.taken(s) {
			masked += boolInt(ok) // a sibling masked before: « caf = [masqué], ameli = poireau »
			continue
		}
		core := trimValue(sc.text[s:e])
		list := arrow == ""
		// « codes: caf lune / impots Lune2022! », « mdp caf = tomate,
		// ameli = poireau »: a plain word that ends its item, in a list
		// of passwords named, goes with a sibling value or another such
		// word.
		if named && w < len(words) && !mixed(core) && sc.plainItem(s, e) {
			words[w] = [2]int{s, e}
			w++
			continue
		}
		if list {
			// After a service's name in a list of passwords, letters
			// with digits, its « !! » kept: « ameli Kd1978!!. ».
			// With no password named, only values no word or number
			// is, two of them at least: « Voici tout : ameli
			// Vitale*2022, CAF caf.ines.91 ».
			if !mixed(core) {
				continue
			}
			// « impots.gouv Bernard.1946 ameli bernard46 EDF Edf2019bb »:
			// letters and digits alone go with a list that has values
			// no word or number is.
			if !named && !symbolic(core) && !(joinedWords(core) && !reference(core)) {
				if m < len(plain) && passwordLike(core, false) && !reference(core) && !ordinary(core) && !plate(core) &&
					!software[leadingWord(core)] && !sc.describes(s, core) {
					plain[m] = [2]int{s, s + len(trimValue(sc.text[s:e]))}
					m++
				}
				continue
			}
			if v := strings.TrimRight(sc.text[s:e], ".,;:…»\"”)"); strings.HasSuffix(v, "!") {
				core = v
			}
		}
		if passwordLike(core, false) && (list || !reference(core) || joinedWords(core) || symbolic(core)) && !ordinary(core) && !plate(core) &&
			!strings.Contains(core, "@") && !isLink(core) && !sc.describes(s, core) {
			if named {
				if sc.add(s, s+len(core), Password, MaskPassword) {
					masked++
				}
			} else if n < len(found) {
				found[n] = [2]int{s, s + len(core)}
				n++
			}
		}
	}
	if n >= 2 || n == 1 && m >= 2 {
		for _, f := range found[:n] {
			sc.add(f[0], f[1], Password, MaskPassword)
		}
		for _, f := range plain[:m] {
			sc.add(f[0], f[1], Password, MaskPassword)
		}
	}
	if masked >= 1 || w >= 2 {
		for _, f := range words[:w] {
			sc.add(f[0], f[1], Password, MaskPassword)
		}
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// arrowAt returns the mark of serviceArrows that rest starts with, or "".
func arrowAt(rest string) string {
	for _, a := range serviceArrows {
		if strings.HasPrefix(rest, a) {
			return a
		}
	}
	return ""
}

// plainItem reports whether the value from byte s to e is one plain word
// of three letters or more that ends an item of a list, no word said of
// a password: « caf lune / … ».
func (sc *scanner) plainItem(s, e int) bool {
	v := sc.tokenFrom(s)
	if v >= len(sc.toks) || sc.toks[v].start != s || sc.toks[v].end != e {
		return false
	}
	n := sc.toks[v].norm
	return isWord(n) && utf8.RuneCountInString(n) >= 3 && !plainAfterName(n) && !participle(n) && sc.itemEnd(v+1)
}

// itemEnd reports whether token k ends an item of a list: a comma, a
// slash, a semicolon, a line's or the message's end.
func (sc *scanner) itemEnd(k int) bool {
	if k >= len(sc.toks) || sc.lineEnd(k) {
		return true
	}
	switch sc.toks[k].norm {
	case ",", "/", ";", "|":
		return true
	}
	return false
}

// listed reports whether token k stands first in an item of a list: after
// a colon, a comma, a semicolon, a slash, or first on its line or in the
// message.
func (sc *scanner) listed(k int) bool {
	if k == 0 {
		return true // « impots Maison!92 / ameli Jardin_1975 »
	}
	p := sc.toks[k-1].norm
	return p == ":" || p == "," || p == ";" || p == "/" || sc.lineEnd(k-1)
}

// arrows reports whether the text has a mark of serviceArrows.
func (sc *scanner) arrows() bool {
	return strings.ContainsAny(sc.text, "=→⇒➡") || strings.Contains(sc.text, "->")
}

// serviceArrows point from a service's name to its password.
var serviceArrows = []string{"→", "->", "=>", "⇒", "➡", "=", "-->", "—>"}

// services are the services named in notValue, whose names may stand
// before their passwords.
var services = set("caf", "ameli", "impots", "impot", "msa", "cpam", "ants", "franceconnect", "gmail", "mail",
	"email", "banque", "compte", "site")

// quotedValue masks a value between quotes right after a password's name
// that ends at byte i, or after a colon: « le mot de passe « ma maison
// bleue 77 » », « mot de passe 'la vie en rose 2020' ». Between
// quotes, right after its name, a value is the resident's whatever its
// words; one word that describes a password (« « oublié » ») stays.
func (sc *scanner) quotedValue(i int) bool {
	rest := strings.TrimLeftFunc(sc.text[i:], func(r rune) bool { return isSpace(r) || r == ':' })
	open, n := utf8.DecodeRuneInString(rest)
	if !strings.ContainsRune("«\"“'‘", open) || strings.ContainsRune(sc.text[i:len(sc.text)-len(rest)], '\n') {
		return false
	}
	s := len(sc.text) - len(rest) + n
	e := closingQuote(sc.text[s:], open)
	if e < 0 || e > 60 || strings.ContainsAny(sc.text[s:s+e], "\n«\"“") {
		return false
	}
	v := strings.TrimFunc(sc.text[s:s+e], isSpace)
	start := strings.Index(sc.text[s:], v) + s
	// Words joined by hyphens are quoted as a phrase is: « MDP
	// "Fleur-de-lys" ».
	hyphened := strings.IndexByte(v, '-') >= 3
	if len(v) < 4 || !strings.ContainsRune(v, ' ') && !hyphened && !passwordLike(v, true) || sc.describes(start, v) {
		return false
	}
	return sc.add(start, start+len(v), Password, MaskPassword)
}

// spacedValue masks the words after a password's name and its verb,
// from token j, that the resident says have spaces between them: « le
// mot de passe c'est 3 chats gris avec des espaces entre les mots ».
func (sc *scanner) spacedValue(j int) bool {
	e, ok := sc.atAny(j, strongVerbs)
	if !ok {
		if e, ok = sc.atAny(j, weakVerbs); !ok {
			return false
		}
	}
	for f := e + 1; f < len(sc.toks) && f <= e+6; f++ {
		// « c'est Ma maison 93 ! avec les espaces »: a mark is part of it.
		if n := sc.toks[f].norm; !isWord(n) && !isDigits(n) && n != "!" && n != "?" {
			return false
		}
		if _, said := sc.atAny(f, spacesWords); !said {
			continue
		}
		// A phrase typed as a password has a digit or a capital: « est-ce
		// que ça marche avec les espaces ? » is a question.
		v := sc.text[sc.toks[e].start:sc.toks[f-1].end]
		return f-e >= 2 && strings.ContainsFunc(v, func(r rune) bool { return unicode.IsDigit(r) || unicode.IsUpper(r) }) &&
			sc.add(sc.toks[e].start, sc.toks[f-1].end, Password, MaskPassword)
	}
	return false
}

// spacesWords say the words before them are typed with their spaces:
// « avec les espaces », « avec espaces », « espaces compris ».
var spacesWords = phrases("avec des espaces", "avec les espaces", "avec espaces", "avec un espace", "avec espace",
	"avec l' espace", "espaces compris", "espace compris", "avec les blancs")

// spacedLater masks a value the resident says has spaces, after a verb
// further in the sentence that names a password: « Mon mot de passe
// pour le site des impôts est Ma vie 2024 avec les espaces ».
func (sc *scanner) spacedLater(j int) bool {
	for k := j; k < len(sc.toks) && k < j+10 && !sentenceEnd(sc.toks[k].norm); k++ {
		if sc.spacedValue(k) {
			return true
		}
	}
	return false
}

// symbolValues masks, in a message that names a password, a value given
// after a colon or « c'est » that only a password is made of: letters,
// digits and a symbol (« elle me l'a écrit sur un post-it :
// Grenouille!88 », « le dernier, c'est Printemps#2025 »), even in
// another sentence than the name.
func (sc *scanner) symbolValues() {
	for k, t := range sc.toks {
		e := k + 1
		if t.norm != ":" {
			var ok bool
			if e, ok = sc.atAny(k, strongVerbs); !ok {
				continue
			}
		}
		start, end, ok := sc.runAt(sc.endOf(e - 1))
		if !ok || sc.taken(start) || sc.dictatedPassword(e) || sc.loginBefore(k) {
			continue
		}
		if v := trimValue(sc.text[start:end]); len(v) >= 6 && (symbolic(v) || joinedWords(v) && !reference(v)) &&
			!strings.Contains(v, "@") && !isLink(v) && !mailLike(v) {
			sc.add(start, start+len(v), Password, MaskPassword) // the full stop after it stays
		}
	}
}

// loginNouns name what a resident logs in with, not a secret.
var loginNouns = set("identifiant", "identifiants", "login", "logins", "id", "pseudo", "utilisateur", "username", "user", "email", "mail",
	"courriel", "adresse")

// loginBefore reports whether the verb or the colon at token k says what
// a login is: « mon identifiant c'est jean.dupont75 », « login :
// k.benali ».
func (sc *scanner) loginBefore(k int) bool {
	for b := k - 1; b >= 0 && b >= k-3; b-- {
		switch n := sc.toks[b].norm; {
		case loginNouns[n]:
			return true
		case n != "mon" && n != "ma" && n != "le" && n != "l'" && n != "d'" && n != "de" && n != "nom":
			return false
		}
	}
	return false
}

// symbolic reports whether s has letters, digits and one of the symbols
// passwords are asked for, as no ordinary word or number has.
func symbolic(s string) bool {
	return strings.ContainsAny(s, "!#$%&*~^§+=") && strings.ContainsAny(s, "0123456789") &&
		strings.IndexFunc(s, unicode.IsLetter) >= 0
}

// joinedWords reports whether s joins a word of three letters or more and
// digits with a dot or an underscore, as passwords do (« Ahmed.B1975 »,
// « Loulou_69 ») and no amount, time or version number does.
func joinedWords(s string) bool {
	i := strings.IndexAny(s, "._")
	if i <= 0 || i == len(s)-1 || !strings.ContainsAny(s, "0123456789") {
		return false
	}
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 3
}

// sweep masks, in the sentence that follows a password's name, the words
// made of letters and digits that no rule above took: « mon mot de passe
// c'est le prénom de ma fille Ines2015 », « mdp oublié, j'avais mis
// Ines2015 ». Times, ordinals, amounts and addresses stay.
//
// Further on in the same sentence, past a long clause, only a value right
// after a colon: « le mot de passe que le conseiller m'a donné au guichet
// le 8 octobre : KtL-5521-xp ».
func (sc *scanner) sweep(j int) {
	for k, asked := j, false; k < len(sc.toks) && k < j+sweepReach; k++ {
		t := sc.toks[k]
		// « mot de passe wifi ?? non pardon c'est pour la CAF : X »: the
		// resident takes back what they said; the name still holds.
		if f, ok := sc.correction(k); ok {
			j, k, asked = f, f-1, false
			continue
		}
		// « forgot pw? no i have it: Kx9!mP2q »: past a question, only a
		// value after a colon that has letters, digits and a symbol.
		if (t.norm == "?" || t.norm == ".") && !asked {
			asked = true
			if t.norm == "?" {
				sc.answerValue(k)
			}
			continue
		}
		if t.norm == "." || t.norm == "?" || t.norm == "!" {
			return
		}
		// « … tous les anciens : Kiki1, Kiki2, Kiki3 »: a list after the
		// colon goes on past a comma or « et » after a value masked.
		if (asked || k >= j+12) && sc.word(k-1) != ":" && !(listJoins[sc.word(k-1)] && k >= 2 && sc.taken(sc.toks[k-2].start)) {
			continue
		}
		if sc.named(k) || sc.taken(t.start) {
			continue
		}
		start, end, ok := sc.runAt(t.start)
		// « c'est ☀️Soleil84 »: the emoji's variation selector starts the
		// token.
		if !ok || start != t.start && strings.Trim(sc.text[t.start:start], "\ufe0f") != "" || start > 0 && sc.text[start-1] == '@' {
			continue // « @service_ameli » is a handle.
		}
		core := trimValue(sc.text[start:end])
		if len(core) < 5 || !mixed(core) || software[leadingWord(core)] || notValue[t.norm] && t.end == end || addressLike(core) || isLink(core) || ordinary(core) || reference(core) && !symbolic(core) ||
			asked && !strings.ContainsAny(core, "!#$%&*?_~^§@+-=.") {
			continue
		}
		sc.add(start, end, Password, MaskPassword)
	}
}

// answerValue masks the value the resident gives right after the
// question that names a password, at token k: « vous voulez mon mot de
// passe ? c'est Cerise2019 », « il faut aussi mon mdp ? c'est
// Ete2022soleil ». Only letters with digits or symbols, as no answer in
// words (« c'est le même que l'an dernier ») is.
func (sc *scanner) answerValue(k int) {
	f := k
	for f < len(sc.toks) && sc.toks[f].norm == "?" {
		f++
	}
	// « … ? je crois c Sofiane93! »: the resident hedges.
	if h, ok := sc.atAny(f, hedges); ok {
		f = h
	}
	e, ok := sc.atAny(f, strongVerbs)
	if !ok {
		// « le mdp ? Kiwi77 je crois »: the answer right after, a name
		// run into digits or a word with a symbol.
		if end, ok := sc.inventedAt(f); ok && f > k {
			if v := sc.text[sc.toks[f].start:end]; nameDigits(v) || symbolic(v) {
				sc.add(sc.toks[f].start, end, Password, MaskPassword)
			}
			return
		}
		// « Mon mot de passe ? poussin. »: one plain word that is the
		// whole reply, its sentence ending with it.
		if f > k && f < len(sc.toks) && (f+1 == len(sc.toks) || sentenceEnd(sc.toks[f+1].norm) || sc.toks[f+1].norm == ",") {
			t := sc.toks[f]
			if w := sc.text[t.start:t.end]; isWord(t.norm) && utf8.RuneCountInString(w) >= 4 && !notValue[t.norm] &&
				!trouble[t.norm] && !functionWords[t.norm] && !participle(w) && !plainAfterName(t.norm) && !qualifiers[t.norm] {
				sc.add(t.start, t.end, Password, MaskPassword)
			}
		}
		return
	}
	for n := 0; n < 4; n++ {
		// « c Sofiane93! ou Sofiane93? »: each guess.
		start, end, ok := sc.runAt(sc.toks[e-1].end)
		if !ok || sc.taken(start) {
			return
		}
		core := trimValue(sc.text[start:end])
		// The guesses after the first, as value reads them.
		if guess := n > 0 && passwordLike(core, false) && !isLink(core); !guess && (len(core) < 5 || !mixed(core) ||
			!passwordLike(core, false) || reference(core) || ordinary(core) || addressLike(core) || isLink(core) || sc.describes(start, core)) {
			return
		}
		sc.add(start, start+len(core), Password, MaskPassword)
		if e = sc.tokenFrom(end); sc.word(e) != "ou" && sc.word(e) != "/" {
			return
		}
		e++
	}
}

// hedges are the words a resident says before a value they are unsure
// of: « je crois c … », « il me semble que c'est … ».
var hedges = phrases("je crois", "je crois que", "je pense", "je pense que", "il me semble", "il me semble que",
	"peut etre", "peut etre que", "normalement", "surement", "sans doute", "jcrois", "chais pas")

// sweepReach is how many words after a password's name sweep reads.
const sweepReach = 30

// correction reports whether the marks that end a sentence at token k are
// followed by words that take back what was said (« ?? non pardon »,
// « … ah non »), and returns the token after those words.
func (sc *scanner) correction(k int) (int, bool) {
	f := k
	for f < len(sc.toks) && sentenceEnd(sc.toks[f].norm) {
		f++
	}
	taken := false
	for f > k && f < len(sc.toks) && correctionWords[sc.toks[f].norm] {
		f, taken = f+1, true
	}
	return f, taken
}

// correctionWords take back what the resident has just said.
var correctionWords = set("non", "pardon", "oups", "erreur", "plutot", "attendez", "attends", "euh", "ah", "oh", "dsl",
	"desole", "desolee")

// alternative masks the first of two passwords the resident hesitates
// between, right after the name that ends before token j, once the
// second is masked: « mdp azertyuiop ou azerty123 ». A plain word alone
// would be no password; the « ou » and the password after it say it is.
func (sc *scanner) alternative(j int) {
	if sc.word(j) == ":" {
		j++
	}
	if j+2 >= len(sc.toks) || sc.word(j+1) != "ou" || !sc.taken(sc.toks[j+2].start) || sc.taken(sc.toks[j].start) {
		return
	}
	t := sc.toks[j]
	start, end, ok := sc.runAt(t.start)
	if v := trimValue(sc.text[start:end]); !ok || start != t.start || len(v) < 6 || notValue[t.norm] || trouble[t.norm] ||
		qualifiers[t.norm] || mailLike(v) || isLink(v) || sc.describes(start, v) {
		return
	}
	sc.add(start, end, Password, MaskPassword)
}

// named reports whether token k is given as a login, not a password:
// « mon identifiant : jdupont75 ».
func (sc *scanner) named(k int) bool {
	for b := k - 1; b >= 0 && b >= k-3; b-- {
		if n := sc.toks[b].norm; (idWords[n] || loginWords[n] || paperNames[n]) && !sc.comparedTo(b) {
			return true
		}
	}
	// « la référence du courrier est X »: a paper's name a word further.
	return k >= 4 && paperNames[sc.toks[k-4].norm] && !sentenceEnd(sc.toks[k-3].norm) &&
		!sentenceEnd(sc.toks[k-2].norm) && !sentenceEnd(sc.toks[k-1].norm)
}

// paperNames name a paper's number, which a value after them is, not a
// password: « mdp oublié, la référence du courrier est REF_2024_118 ».
var paperNames = set("reference", "ref", "dossier", "facture", "commande", "contrat", "ticket", "suivi", "colis",
	"sinistre", "devis", "bordereau", "mandat", "immatriculation", "plaque")

// comparedTo reports whether the account named at token b is only what a
// password is compared to: « c'est le même que ma boîte mail : X », « pareil
// que celui de mon mail : X ». The value after it is the password's.
func (sc *scanner) comparedTo(b int) bool {
	for f := b - 1; f >= 0 && f >= b-6; f-- {
		if sameWords[sc.toks[f].norm] {
			return true
		}
	}
	return false
}

// sameWords compare a password to another account's.
var sameWords = set("meme", "pareil", "identique", "idem")

var loginWords = set("mail", "email", "adresse", "pseudo", "nom", "utilisateur", "numero", "n", "allocataire")

// mixed reports whether s has both letters and digits, or letters and
// the symbols passwords are asked for.
func mixed(s string) bool {
	var letter, other bool
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			letter = true
		case unicode.IsDigit(r) || strings.ContainsRune("!#$%&*?_~^§", r):
			other = true
		}
	}
	return letter && other
}

// reference reports whether a word of letters and digits is rather a
// reference than a password: few letters, or many digits and fewer letters
// (« 6A12345678901 », « LL123456789FR », « FA2024 »), or a car's plate
// (« AB-123-CD »). Names and years run together (« Rayan2015Lina2018 »)
// are a password.
func reference(s string) bool {
	if plate(s) {
		return true
	}
	letters, digits := lettersAndDigits(s)
	return letters < 3 || digits >= 8 && letters < digits
}

// lettersAndDigits counts the letters and the digits of s.
func lettersAndDigits(s string) (letters, digits int) {
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			letters++
		case unicode.IsDigit(r):
			digits++
		}
	}
	return letters, digits
}

// plate reports whether s is a French car's plate: two letters, three
// digits, two letters, with or without hyphens (« AB-123-CD »).
func plate(s string) bool {
	s = strings.ReplaceAll(s, "-", "")
	if len(s) != 7 {
		return false
	}
	for i := range 7 {
		if digit := i >= 2 && i < 5; digit && !isDigit(s[i]) || !digit && !isLetter(s[i]) {
			return false
		}
	}
	return true
}

// ordinary reports whether a word of letters and digits is a time, an
// ordinal, a quantity or a reference rather than a password: « 14h30 »,
// « 3ème », « 12ans », « 250€ ».
func ordinary(s string) bool {
	l := strings.ToLower(s)
	i := 0
	for i < len(l) && isDigit(l[i]) {
		i++
	}
	if i == 0 {
		return false
	}
	switch rest := l[i:]; {
	case rest == "h" || strings.HasPrefix(rest, "h") && isDigits(rest[1:]):
		return true
	case rest == "er" || rest == "ere" || rest == "ère" || rest == "e" || rest == "eme" || rest == "ème" ||
		rest == "nd" || rest == "nde" || rest == "ans" || rest == "an" || rest == "mois" || rest == "€" ||
		rest == "eur" || rest == "euros" || rest == "min" || rest == "kg" || rest == "km" || rest == "m2":
		return true
	}
	return false
}

// valueAfter masks the value after a password's name that ends before
// token j: « mot de passe c'est X », « mdp : X », « mdp X », « le mot
// de passe de mon compte ameli c'est X ». After a weak name (« code »,
// « pass »), a value with no verb before it only when bareWeak says the
// name may stand alone before it.
func (sc *scanner) valueAfter(j int, weak, bareWeak bool) {
	start := j
	// « le code pour rentrer sur le site c'est tournesol »: purposeValue.
	if sc.dotsValue(j, weak) || !weak && sc.namedValue(j) || weak && sc.purposeValue(j) {
		return
	}
	j = sc.pastQualifiers(j, weak)
	if !weak && sc.strengthThenValue(j) {
		return
	}
	// « MDP de son compte Ameli (je gère pour lui) : X »: an aside.
	j = sc.pastAside(j)
	// « mon mot de passe, c'est X »
	if _, ok := sc.atAny(j+1, strongVerbs); ok && sc.word(j) == "," {
		j++
	}
	if e, ok := sc.atAny(j, strongVerbs); ok {
		// « le mot de passe de mon compte impots c'est Ma maison 93 !
		// avec les espaces »
		if !weak && (sc.spacedAside(e) && sc.passphrase(e) || j > start && sc.spacedValue(j)) {
			return
		}
		if sc.loginFirst(start, e) {
			return // identifiers masks the password after the slash.
		}
		switch {
		case sc.dictatedPassword(e):
		case !weak && sc.capitalPhrase(e):
		case !weak && sc.asideFirst(e):
		case !weak && sc.toks[e-1].norm == ":" && sc.plainWordsNumber(e):
		case sc.value(sc.toks[e-1].end, strong, weak):
			// « mot de passe : soleil levant »: the words that end the
			// message after the first go with it.
			if v := sc.toks[e-1].norm; !weak && (v == ":" || v == "=") {
				sc.phraseRest(len(sc.spans) - 1)
			}
		case !weak && (sc.toks[e-1].norm == ":" || sc.toks[e-1].norm == "="):
			sc.passphrase(e)
		case weak && sc.accountCode(start, j) && sc.bareWord(e):
			// « le code de ma boîte mail c'est tournesol »: a code that
			// opens an account is its password, a plain word too.
		case weak:
			// « Code du téléphone : 2 5 2 1 7 2 »: its digits spaced.
			sc.digitsCode(e, true)
		}
		return
	}
	// « j'ai changé le mot de passe en «Printemps@2025» », « mdp changé
	// en Lavande77! »: only a value that looks like a password.
	f := j
	if changed[sc.word(f)] {
		f++
	}
	if w := sc.word(f); (w == "en" || w == "par") && sc.value(sc.toks[f].end, bareAfterWords, weak) || !weak && sc.changedPlain(start) {
		return
	}
	if e, ok := sc.atAny(j, weakVerbs); ok {
		if !sc.relativeOwner(start, j) {
			sc.value(sc.toks[e-1].end, weakVerb, weak)
		}
		return
	}
	if weak {
		sc.weakValue(start, j, bareWeak)
		return
	}
	if sc.verbFurther(j) {
		return
	}
	if !weak && sc.wordThenDigits(start, j) {
		return
	}
	// No verb: « mdp Chaton75 », « code secret Fleur2Lys », « mot de passe
	// caf Loulou06 ». Only a value that looks like a password.
	if j == start {
		sc.value(sc.endOf(j-1), bare, false)
	} else {
		sc.value(sc.toks[j-1].end, bareAfterWords, false)
	}
}

// countedWords masks the words of a password the resident says has so
// many, after a colon, from a password's name that ends before token j:
// « Mon mdp est en 2 mots : petit lapin ». As many plain words as said,
// ending the phrase.
func (sc *scanner) countedWords(j int) bool {
	n := 0
	for f := j; f < len(sc.toks) && f < j+6; f++ {
		w := sc.toks[f].norm
		if sentenceEnd(w) {
			return false
		}
		if w == "mots" && f > j {
			n = wordCounts[sc.word(f-1)]
			continue
		}
		if w != ":" || n == 0 {
			continue
		}
		e := f + 1 + n
		if _, hedged := sc.atAny(f+1, hedges); e > len(sc.toks) || !phraseEnd(sc, e) || hedged || subjects[sc.word(f+1)] {
			return false // « en 2 mots : je crois »
		}
		for v := f + 1; v < e; v++ {
			if !isWord(sc.toks[v].norm) || sc.taken(sc.toks[v].start) {
				return false
			}
		}
		return sc.add(sc.toks[f+1].start, sc.toks[e-1].end, Password, MaskPassword)
	}
	return false
}

// wordCounts are the counts of a passphrase's words.
var wordCounts = map[string]int{"2": 2, "deux": 2, "3": 3, "trois": 3, "4": 4, "quatre": 4}

// relativeOwner reports whether « qui » at token j, after a password's
// name that ends before token start, says what its owner is rather than
// the password: « le mot de passe de ma fille qui est malade ». Right
// after the name or the online account it opens, « qui est » gives the
// value (« le mot de passe de la caf qui est Hirondelle »).
func (sc *scanner) relativeOwner(start, j int) bool {
	w := sc.word(j - 1)
	return sc.word(j) == "qui" && j > start && !onlineServices[w] && !mailboxes[w] && w != "boite"
}

// strengthThenValue masks the value given after what the resident
// thinks of a password's strength, from token j after its name: « le mot
// de passe simple c'est rossignol », « mon mot de passe est faible, c'est
// rossignol », or the plain word right after, ending the phrase (« mot de
// passe très simple maison mais on me dit trop faible »).
func (sc *scanner) strengthThenValue(j int) bool {
	f := j
	if sc.word(f) == "est" || sc.word(f) == "etait" {
		f++
	}
	if sc.word(f) == "tres" || sc.word(f) == "trop" || sc.word(f) == "assez" {
		f++
	}
	if !strengths[sc.word(f)] {
		return false
	}
	f++
	if sc.word(f) == "," {
		f++
	}
	if e, ok := sc.atAny(f, strongVerbs); ok && sc.value(sc.toks[e-1].end, strong, false) {
		return true
	}
	return f < len(sc.toks) && !strings.HasSuffix(sc.word(f), "ment") && sc.bareWord(f)
}

// strengths are what residents say of a password's strength before
// giving it.
var strengths = set("simple", "facile", "faible", "fort", "court", "long", "basique", "nul", "bidon", "complique")

// capitalPhrase masks a passphrase given after a password's name and its
// verb, from token e: a capitalised word, at most three more words and a
// number of up to four digits that ends the phrase or comes before a
// hedge (« mdp france connect c'est Ça va bien 2 je crois », « c'est
// Jardin bleu 7 »). A clause's subject or a word of trouble in it, or a
// unit after the number (« Orange depuis 2 ans »), says it is a sentence.
func (sc *scanner) capitalPhrase(e int) bool {
	if e >= len(sc.toks) || sc.taken(sc.toks[e].start) {
		return false
	}
	t := sc.toks[e]
	if r, _ := utf8.DecodeRuneInString(sc.text[t.start:]); !unicode.IsUpper(r) || !isWord(t.norm) ||
		onlineServices[t.norm] || services[t.norm] || sc.toks[e].end < len(sc.text) && isAlnum(sc.text[t.end]) {
		return false
	}
	for f := e + 1; f < len(sc.toks) && f <= e+4; f++ {
		n := sc.toks[f].norm
		if strings.ContainsAny(sc.text[sc.toks[f-1].end:sc.toks[f].start], "+&/,;") {
			return false
		}
		if isDigits(n) && len(n) <= 4 && f > e+1 {
			if sc.unitAfter(sc.toks[f]) {
				return false
			}
			if _, hedged := sc.atAny(f+1, hedges); !hedged && !phraseEnd(sc, f+1) && !sc.typingAside(f+1) {
				return false
			}
			return sc.add(t.start, sc.toks[f].end, Password, MaskPassword)
		}
		// « Mimi suivi de 1958 », « Lila + Noe + 2015 »: parts joined,
		// each masked alone (passwordParts).
		if !isWord(n) || subjects[n] && n != "ca" || trouble[n] || n == "depuis" || n == "pour" || n == "+" ||
			n == "suivi" || n == "suivie" || n == "colle" || n == "collee" || n == "plus" || n == "et" {
			return false
		}
	}
	return false
}

// typedThenValue masks the value said right after how it is typed,
// with no comma, after a password's name that ends before token j and
// its verb: « mot de passe tout en majuscule CHAMPIGNON », « mdp c'est
// sans accent eleve ». Words said typed together (« tout attaché ») go
// to the end of the phrase: « c'est tout attaché minuscule rose des
// vents ». A value in capitals after « majuscule », in small letters
// otherwise.
func (sc *scanner) typedThenValue(j int) bool {
	if e, ok := sc.atAny(j, strongVerbs); ok {
		j = e
	}
	f, together, caps := j, false, false
	for n := 0; n < 2; n++ {
		g := f
		if sc.word(g) == "tout" {
			g++
		}
		switch w := sc.word(g); {
		case (w == "attache" || w == "colle") && g > f:
			together, f = true, g+1
			continue
		case w == "en" || w == "sans":
			g++
			for m := 0; m < 2 && (articles[sc.word(g)] || asideArticles[sc.word(g)]); m++ {
				g++
			}
		case n == 0:
			return false
		}
		w := sc.word(g)
		if !typingNames[w] {
			break
		}
		caps = caps || strings.HasPrefix(w, "majuscule")
		f = g + 1
	}
	if f == j || f >= len(sc.toks) || sc.taken(sc.toks[f].start) {
		return false
	}
	t := sc.toks[f]
	if !isWord(t.norm) || utf8.RuneCountInString(t.norm) < 3 || plainAfterName(t.norm) || participle(t.norm) || typingNames[t.norm] {
		return false
	}
	v := sc.text[t.start:t.end]
	if caps != (strings.ToUpper(v) == v) {
		return false
	}
	end := t.end
	if together {
		for e := f + 1; e < len(sc.toks) && e < f+8; e++ {
			n := sc.toks[e].norm
			if sentenceEnd(n) || n == "," || n == ";" || n == "(" || !isWord(n) && !isDigits(n) || trouble[n] || fillers[n] {
				break
			}
			end = sc.toks[e].end
		}
	} else if !phraseEnd(sc, f+1) && !sc.typingAside(f+1) {
		return false
	}
	return sc.add(t.start, end, Password, MaskPassword)
}

// wrappedValue masks a word the resident wrapped in one sign on both
// sides, after a password's name that ends at byte i, past marks of
// doubt or a colon: « Mon mot de passe ? !Loulou! », « mdp ?? #Bisou# ».
// No word of a sentence is written so.
func (sc *scanner) wrappedValue(i int) bool {
	t := sc.text
	s := i
	for {
		for s < len(t) && t[s] == ' ' {
			s++
		}
		e := s
		for e < len(t) && (t[e] == '?' || t[e] == '!' || t[e] == ':') {
			e++
		}
		if e == s || e >= len(t) || t[e] != ' ' {
			break
		}
		s = e
	}
	if s+4 > len(t) || strings.IndexByte(wrappingSigns, t[s]) < 0 {
		return false
	}
	e := s + 1
	for e < len(t) && (isAlnum(t[e]) || t[e] >= 0x80) {
		e++
	}
	if e-s < 4 || e >= len(t) || t[e] != t[s] {
		return false
	}
	// « le mot de passe *oublié* »: a word stressed, not a value.
	if w := strings.ToLower(fold.String(t[s+1 : e])); notValue[w] || plainAfterName(w) || participle(w) {
		return false
	}
	if end := e + 1; end == len(t) || t[end] == ' ' || t[end] == '\n' || strings.IndexByte(".,;)", t[end]) >= 0 {
		return sc.add(s, end, Password, MaskPassword)
	}
	return false
}

// wrappingSigns may wrap a password's word: « !Loulou! », « #Bisou# ».
const wrappingSigns = "!?#*$%&~+=@"

// changedPlain masks the plain words a password was changed to, after its
// name that ends before token j, the change said before the name, in a
// message that says it no longer works: « j'ai changé le mot de passe
// hier pour pomme verte et aujourd'hui il veut plus ». One or two words
// in small letters that end the phrase, none a word of the sentence
// (« pour la caf », « pour mon fils », « pour rien » stay).
func (sc *scanner) changedPlain(j int) bool {
	b := j - 1
	for b >= 0 && b >= j-6 && !changedWords[sc.toks[b].norm] && (nameParts[sc.toks[b].norm] || articles[sc.toks[b].norm]) {
		b--
	}
	if b < 0 || b >= len(sc.toks) || !changedWords[sc.toks[b].norm] {
		return false
	}
	f := j
	if changeTimes[sc.word(f)] {
		f++
	}
	if sc.word(f) != "pour" || !(sc.has(refusedWords) || sc.has(noLonger)) {
		return false
	}
	f++
	e := f
	for e < len(sc.toks) && e < f+2 {
		t := sc.toks[e]
		w := sc.text[t.start:t.end]
		if !isWord(t.norm) || utf8.RuneCountInString(t.norm) < 3 || strings.ToLower(w) != w || plainAfterName(t.norm) ||
			functionWords[t.norm] || participle(w) || strings.HasSuffix(t.norm, "er") || strings.HasSuffix(t.norm, "ir") {
			break
		}
		e++
	}
	if e == f || !phraseEnd(sc, e) {
		return false
	}
	return sc.add(sc.toks[f].start, sc.toks[e-1].end, Password, MaskPassword)
}

var (
	// changeTimes say when a password was changed: « changé le mot de
	// passe hier pour … ».
	changeTimes = set("hier", "avant-hier", "ce", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
	// noLonger say a value no longer works: « il veut plus ».
	noLonger = set("veut", "passe", "accepte", "prend")
	// nameParts are the words of a password's names.
	nameParts = set("mot", "mots", "de", "passe", "mdp", "pass", "password", "son", "sa", "votre", "ton")
)

// namedValue masks, after a password's name (not « code » or « pass »)
// that ends before token j, a value one of the readings of what stands
// right after the name finds: on the next line, between quotes, a word
// that ends the phrase, a date, a value typed as said, wrapped in signs,
// after how it is typed, dictated, counted, after whose it is, after
// marks of doubt, the service's own name, after the account it opens.
func (sc *scanner) namedValue(j int) bool {
	return sc.nextLineWord(j) || sc.quotedValue(sc.endOf(j-1)) || sc.spacedLater(j) || sc.bareWord(j) ||
		sc.dateRightAfter(j) || sc.valueAsSaid(j) || sc.wrappedValue(sc.endOf(j-1)) || sc.typedThenValue(j) ||
		sc.dictatedPassword(j) || sc.countedWords(j) || sc.ownerThenWord(j) || sc.marksValue(j) || sc.selfNamed(j) ||
		sc.serviceThenWord(j)
}

// asideFirst masks the value given after how it is typed, at token e
// after a password's name and its verb: « le mot de passe : tout en
// minuscules, bisounours », « mdp c'est sans espace, monchatgris ». It
// reports whether it masked one.
func (sc *scanner) asideFirst(e int) bool {
	if !sc.typingAside(e) {
		return false
	}
	for f := e + 1; f < len(sc.toks) && f <= e+6; f++ {
		switch sc.toks[f].norm {
		case ",", ":":
			return sc.value(sc.toks[f].end, strong, false)
		case ".", "?", "!":
			return false
		}
	}
	return false
}

// marksValue masks the value after question or exclamation marks right
// after a password's name that ends before token j, the resident's doubt
// or dismay and not a question asked (« mdp ????? Moncompte1 », « mot de
// passe !! Kiwi77 »): only a value that looks like a password, ending
// the phrase.
func (sc *scanner) marksValue(j int) bool {
	f := j
	for f < len(sc.toks) && (sc.toks[f].norm == "?" || sc.toks[f].norm == "!") {
		f++
	}
	if f == j || f >= len(sc.toks) {
		return false
	}
	// « vous voulez le mot de passe ? c'est mimi, … »: the resident
	// answers their own question.
	if e, ok := sc.atAny(f, strongVerbs); ok && sc.toks[f].norm != ":" && sc.toks[f].norm != "=" {
		return sc.value(sc.toks[e-1].end, strong, false)
	}
	if !phraseEnd(sc, f+1) {
		return false
	}
	return sc.value(sc.toks[f-1].end, bare, false)
}

// selfNamed masks a value that only a password's value can be, after a
// password's name that ends before token j, with no verb or after one:
// the service just named, given again (« mdp ameli ameli », « mdp caf
// c'est caf ») or the word password itself (« mdp motdepasse »). Either
// ends the phrase; « mdp ameli ameli bloqué » stays.
func (sc *scanner) selfNamed(j int) bool {
	service := ""
	if j < len(sc.toks) && onlineServices[sc.toks[j].norm] {
		service = sc.toks[j].norm
		j++
	}
	if e, ok := sc.atAny(j, strongVerbs); ok {
		j = e
	} else if sc.word(j) == ";" {
		j++ // « MdP ; azerty »: a semicolon for a colon.
	}
	if j >= len(sc.toks) {
		return false
	}
	if !sc.ownedPlain(j + 1) {
		return false
	}
	if n := sc.toks[j].norm; n != service && !selfWords[n] {
		return false
	}
	return sc.add(sc.toks[j].start, sc.toks[j].end, Password, MaskPassword)
}

// serviceThenWord masks the plain word after the service a password's
// name ending before token j opens, when how it is typed follows (« Mdp
// EDF electricite (sans accent) », « mdp caf papillon tout attaché »).
func (sc *scanner) serviceThenWord(j int) bool {
	if j+2 < len(sc.toks) && (onlineServices[sc.toks[j].norm] || services[sc.toks[j].norm]) {
		if a := j + 2; (sc.typingAside(a) || sc.word(a) == "(" && sc.typingAside(a+1)) && sc.bareWord(j+1) {
			return true
		}
	}
	return sc.accountThenWord(j)
}

// accountThenWord masks the plain word that ends the phrase after the
// account a password opens, named by a service or a mailbox, its
// articles before it: « mot de passe de ma messagerie azerty », « mdp
// impots soleil », « mot de passe france connect qwerty ». The word is no
// word said after a password's name (bareWord), and the account's name is
// one or two words; « mot de passe ameli bloqué » stays.
func (sc *scanner) accountThenWord(j int) bool {
	k := j
	for n := 0; n < 3 && k < len(sc.toks) && articles[sc.toks[k].norm]; n++ {
		k++
	}
	// One word names the account; a name of two words (« site impots
	// gouv », « appli banque postale ») may go on past what is read.
	w := sc.word(k)
	switch {
	case w == "france" && sc.word(k+1) == "connect":
		k += 2
	case w == "boite" && (sc.word(k+1) == "mail" || sc.word(k+1) == "email"):
		k += 2
	case onlineServices[w] || mailboxes[w]:
		k++
	default:
		return false
	}
	if k >= len(sc.toks) || sc.nameGoesOn(k) {
		return false
	}
	// « mdp impots 14/05/1945 »: a birth date, as right after the name.
	if sc.dateRightAfter(k) {
		return true
	}
	// A day, a month or a place says when or where (« mot de passe caf
	// vendredi »).
	return unicode.IsLower(runeAt(sc.text, sc.toks[k].start)) && !commonStems[sc.word(k)] && sc.bareWord(k)
}

// doubledValues masks, in a message that names a password, the word a
// resident gives again right after what it opens, as its value: « mot
// de passe de ma mutuelle mutuelle et de la caf caf, je sais ». Only
// where the phrase ends after it, or the resident owns it is plain.
func (sc *scanner) doubledValues() {
	for k := 0; k+1 < len(sc.toks); k++ {
		w := sc.toks[k].norm
		if w != sc.toks[k+1].norm || len(w) < 3 || !isWord(w) || sc.taken(sc.toks[k+1].start) ||
			!onlineServices[w] && !services[w] && !afterNameWords[w] || notDoubled[w] {
			continue
		}
		if sc.ownedPlain(k + 2) {
			sc.add(sc.toks[k+1].start, sc.toks[k+1].end, Password, MaskPassword)
		}
	}
}

// ownedPlain reports whether the value before token e ends there: the
// phrase ends, how it is typed follows, or the resident owns it is plain
// (« tout court », « je sais », « oui je sais c'est pas malin »).
func (sc *scanner) ownedPlain(e int) bool {
	if sc.word(e) == "oui" {
		e++
	}
	_, plain := sc.atAny(e, plainly)
	return plain || phraseEnd(sc, e) || sc.typingAside(e) || sc.word(e) == "je" && sc.word(e+1) == "sais"
}

// notDoubled are words said twice for their own sake: « non non ».
var notDoubled = set("oui", "non", "trop", "assez", "encore", "toujours", "aussi", "svp", "please", "again",
	"souvent", "parfois", "apres", "enfin", "ensuite", "pourquoi", "quoi", "comment", "numero", "code", "codes",
	"mdp", "passe", "password")

// plainValues masks, in a message that names a password, the word after
// « c'est » or « était » that the resident says is the whole value:
// « … et pour la box c'est admin tout court », « l'ancien était
// loulou tout simplement ».
func (sc *scanner) plainValues() {
	for k := 2; k < len(sc.toks); k++ {
		if _, ok := sc.atAny(k, plainly); !ok {
			continue
		}
		t := sc.toks[k-1]
		v, verb := sc.endsAt(k-1, strongVerbs)
		if !verb || !isWord(t.norm) || len(t.norm) < 4 || sc.taken(t.start) || trouble[t.norm] || fillers[t.norm] ||
			judgements[t.norm] || verdicts[t.norm] || !sc.whichOne(v) {
			continue
		}
		sc.add(t.start, t.end, Password, MaskPassword)
	}
}

// verdicts say what the resident thinks of a password, not what it is:
// « pour la caf c'est pareil tout simplement ».
var verdicts = set("nulle", "pareil", "pareille", "simple", "facile", "mieux", "pire", "faux", "vrai", "complique",
	"compliquee", "impossible", "pourri", "pourrie", "bizarre", "different", "differente", "meme", "idem", "mort")

// loneValue masks a message that is a password alone, as a resident
// sends one when asked for it, or with a short question on it
// (« Papillon75 », « Nina2011! c bon ? », « SOLEIL2024 »): a name run
// into digits, or a word with signs, no dictionary holds, or a word in
// capitals run into two to four digits.
func (sc *scanner) loneValue() {
	if len(sc.toks) == 0 || len(sc.toks) > 6 || sc.taken(sc.toks[0].start) {
		return
	}
	start, end, ok := sc.runAt(0)
	if !ok || start != sc.toks[0].start {
		return
	}
	core := trimValue(sc.text[start:end])
	if !(inventedWord(core) && (nameDigits(core) || symbolic(core)) || capitalsYear(core)) {
		return
	}
	k := sc.tokenFrom(start + len(core))
	if k < len(sc.toks) && sc.toks[len(sc.toks)-1].norm != "?" {
		return
	}
	for ; k < len(sc.toks); k++ {
		if !loneTail[sc.toks[k].norm] {
			return
		}
	}
	sc.add(start, start+len(core), Password, MaskPassword)
}

// loneTail are the words of a short question a resident sends after a
// value alone: « c bon ? », « ça marche ? », « c'est ça ? ».
var loneTail = set("c", "c'", "cest", "est", "bon", "ca", "marche", "ok", "correct", "juste", "?", "!", "comme")

// capitalsYear reports whether s is a word of five capitals or more run
// into two to four digits, with the signs passwords end with: « SOLEIL2024 ».
func capitalsYear(s string) bool {
	s = strings.TrimRight(s, "!?*#$@&%.")
	d := len(s)
	for d > 0 && isDigit(s[d-1]) {
		d--
	}
	if n := len(s) - d; n < 2 || n > 4 || d < 5 || commonStems[strings.ToLower(s[:d])] || software[strings.ToLower(s[:d])] {
		return false
	}
	for i := 0; i < d; i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// otherAccounts masks, in a message that gives a password, the value
// given for another account after « celui de … : » or « celui de … c'est »
// (« mdp ameli : X, celui de la banque : 290459 », Spanish « el de la
// banca: … »).
func (sc *scanner) otherAccounts() {
	for k := 0; k+2 < len(sc.toks); k++ {
		// Spanish « el » is read « le »: « le de la banque » is no
		// French.
		if n := sc.toks[k].norm; n != "celui" && n != "celle" && n != "le" || !articles[sc.toks[k+1].norm] &&
			sc.toks[k+1].norm != "pour" || n == "le" && sc.toks[k+1].norm != "de" && sc.toks[k+1].norm != "du" {
			continue
		}
		for f := k + 2; f < len(sc.toks) && f < k+7; f++ {
			if n := sc.toks[f].norm; n == "." || n == "," || n == "?" || n == "!" || trouble[n] {
				break
			}
			if e, ok := sc.atAny(f, strongVerbs); ok {
				sc.value(sc.toks[e-1].end, strong, false)
				break
			}
		}
	}
}

// passwordMasked reports whether a password was masked in the message,
// in this reading or an earlier one.
func (sc *scanner) passwordMasked() bool {
	for _, sp := range sc.spans {
		if sp.kind == Password {
			return true
		}
	}
	for _, p := range sc.protected {
		if sc.text[p.start:p.end] == MaskPassword {
			return true
		}
	}
	return false
}

// whichOne reports whether the words before token v, in the same
// phrase, say which password the value after v is: « pour la box »,
// « l'ancien », « celui de la caf ».
func (sc *scanner) whichOne(v int) bool {
	for b := v - 1; b >= 0 && b >= v-4; b-- {
		switch n := sc.toks[b].norm; n {
		case ",", ".", ";", "?", "!":
			return false
		case "pour", "ancien", "ancienne", "nouveau", "nouvelle", "celui", "celle", "autre":
			return true
		}
	}
	return false
}

// plainly say a value is as plain as it looks: « c'est admin tout
// court ».
var plainly = phrases("tout simplement", "tout court", "tout bete", "simplement")

// selfWords are the word password and the keyboard's rows, which no
// sentence puts bare after a password's name but as its value.
var selfWords = set("motdepasse", "password", "azerty", "qwerty", "azertyuiop", "qwertyuiop")

// valueAsSaid masks the value after a password's name ending before
// token j, given the ways residents write it: past an aside on how it is
// typed (« mot de passe (tout attaché) X »), or after « c'est » written
// as it sounds (« mdp cé X »), its accent telling it from « ce ».
func (sc *scanner) valueAsSaid(j int) bool {
	if a := sc.pastAside(j); a > j && sc.bareWord(a) {
		return true
	}
	// « le mdp de la caf cé X »: past the words that qualify the name.
	if q := sc.pastQualifiers(j, false); q < len(sc.toks) && soundsLikeItIs(sc.text[sc.toks[q].start:sc.toks[q].end]) {
		sc.value(sc.toks[q].end, strong, false)
		return true
	}
	return false
}

// dotsValue masks the value after dots that leave it to come, right
// after a name that ends before token j: « mon mot de passe... Kiwi77 ».
func (sc *scanner) dotsValue(j int, weak bool) bool {
	rest := strings.TrimLeft(sc.text[sc.endOf(j-1):], " ")
	if !strings.HasPrefix(rest, "...") && !strings.HasPrefix(rest, "…") {
		return false
	}
	return sc.value(len(sc.text)-len(strings.TrimLeft(rest, ".… ")), bareAfterWords, weak)
}

// nextLineWord masks the plain word alone on the line after a password's
// name that ends before token j: « mon mot de passe\nsoleil », « mdp
// caf\nrigolade » (the name, and the service it opens, end their line).
func (sc *scanner) nextLineWord(j int) bool {
	for n := 0; n < 2 && j < len(sc.toks) && (services[sc.toks[j].norm] || sc.toks[j].norm == ":"); n++ {
		j++
	}
	return j+1 < len(sc.toks) && sc.lineEnd(j) && (j+2 == len(sc.toks) || sc.lineEnd(j+2)) && sc.bareWord(j+1)
}

// accountCode reports whether the words from token start to token j,
// after « code », name an account that opens with a password: « mon code
// ameli », « le code de ma boîte mail ».
func (sc *scanner) accountCode(start, j int) bool {
	for f := start; f < j; f++ {
		if n := sc.toks[f].norm; onlineServices[n] || accountQualifiers[n] {
			return true
		}
	}
	return false
}

// accountQualifiers name an account after « code ».
var accountQualifiers = set("compte", "mail", "email", "messagerie", "boite", "session", "ordinateur", "ordi", "espace",
	"site", "appli", "application", "gmail", "hotmail", "outlook", "yahoo")

// verbFurther masks a value given by a verb further on from token j,
// past words that describe the password: « le mot de passe provisoire
// reçu par courrier c'est AB12CD34 »; after a clause of its own
// (clauseAt), « est » gives it too, and the clause may hold anything
// but the end of its sentence: « le mot de passe que j'ai choisi est
// soleilLevant », « … qu'il a choisi en 2019 c'est vachesdupre », « …
// qu'on m'a donné le 12/03 à 14h30 : X ». Only a value that looks like a
// password, or a plain word that ends the phrase after « c'est » or a
// clause.
func (sc *scanner) verbFurther(j int) bool {
	clause := sc.clauseAt(j) || sc.typingAside(j)
	reach := 8
	if clause {
		reach = clauseReach
	}
	for f := j; f < len(sc.toks) && f < j+reach; f++ {
		n := sc.toks[f].norm
		if n == "." || n == "?" || n == "!" || trouble[n] || !clause && (n == "/" || !isWord(n) && n != ":" && n != "=") {
			return false
		}
		e, ok := sc.atAny(f, strongVerbs)
		if !ok && clause && f > j+1 {
			e, ok = sc.atAny(f, weakVerbs)
		}
		if ok && f > j {
			// « le mot de passe que j'avais choisi la première fois
			// c'était onverra »: after a clause of its own and « c'était », a
			// plain word that ends the phrase, as right after the name.
			return sc.value(sc.toks[e-1].end, bareAfterWords, false) || clause && (sc.bareWord(e) || sc.dateRightAfter(e))
		}
	}
	return false
}

// clauseReach is how many tokens a clause between a name and its verb
// may hold: « … que j'avais choisi à l'ouverture du compte en 2013
// c'est … ».
const clauseReach = 18

// clauseAt reports whether a clause opens at token j after a name:
// « que », « qui », « dont », or « pour » and a verb (« le code pour
// rentrer sur le site c'est … »).
func (sc *scanner) clauseAt(j int) bool {
	switch w := sc.word(j); {
	case relatives[w] || w == "qui" || w == "dont":
		return true
	case accessVerbs[w]:
		// « pour » read with the name's qualifiers: « le code pour |
		// rentrer sur le site ».
		p := sc.word(j - 1)
		return p == "pour" || (p == "me" || p == "m'" || p == "se" || p == "s'") && sc.word(j-2) == "pour"
	case w == "pour" || w == "afin":
		n := sc.word(j + 1)
		if n == "de" || n == "d'" || n == "me" || n == "m'" || n == "se" || n == "s'" {
			n = sc.word(j + 2)
		}
		return accessVerbs[n]
	}
	return false
}

// purposeValue masks the value of a code named by the account it opens,
// its name ending before token j: « le code pour rentrer sur le site
// c'est tournesol » is that site's password.
func (sc *scanner) purposeValue(j int) bool {
	return sc.clauseAt(j) && sc.accountClause(j) && sc.verbFurther(j)
}

// accountClause reports whether the clause from token j, to the end of
// its sentence, names an online account a code opens (« pour entrer sur
// le site de la banque », « que je tape pour l'appli ») and no door
// (« pour rentrer dans l'immeuble »: a door's code is no secret here).
func (sc *scanner) accountClause(j int) bool {
	account := false
	for f := j; f < len(sc.toks) && f < j+clauseReach && !sentenceEnd(sc.toks[f].norm); f++ {
		n := sc.toks[f].norm
		if doorWords[n] {
			return false
		}
		account = account || onlineServices[n] || accountQualifiers[n] || n == "banque" || n == "session"
	}
	return account
}

// doorWords name what a door's code opens.
var doorWords = set("porte", "portail", "immeuble", "entree", "interphone", "digicode", "batiment", "bat", "hall", "parking", "cave", "local", "garage", "residence", "ascenseur",
	"maison", "appartement", "appart", "cadenas", "coffre", "velo")

// accessVerbs say what a code or a password is for: getting in.
var accessVerbs = set("entrer", "rentrer", "acceder", "aller", "connecter", "identifier", "ouvrir", "deverrouiller",
	"debloquer", "valider", "loguer", "logger", "allumer", "utiliser", "consulter", "voir")

// dateRightAfter masks a birth date written right after a password's
// name, with no verb, that ends the phrase: « mot de passe 24/05/1968
// merci », « kelmat sir 03.11.1975 ».
func (sc *scanner) dateRightAfter(j int) bool {
	if j >= len(sc.toks) || sc.taken(sc.toks[j].start) {
		return false
	}
	s := sc.toks[j].start
	end, ok := birthDateAt(sc.text, s)
	if !ok || end < len(sc.text) && isAlnum(sc.text[end]) || !bornYear(sc.text[end-4:end]) {
		return false
	}
	if e := sc.tokenFrom(end); !phraseEnd(sc, e) && !sc.typingAside(e) {
		return false
	}
	return sc.add(s, end, Password, MaskPassword)
}

// bornYear reports whether a year of four digits may be a birth's: a
// recent one is when something happened (« mot de passe 12/03/2025 »).
func bornYear(y string) bool {
	return y >= "1900" && y <= "2014"
}

// nameGoesOn reports whether token k goes on with the name of an account
// rather than being its password: « impots gouv », « poste mobile ».
func (sc *scanner) nameGoesOn(k int) bool {
	return nameTails[sc.word(k)]
}

// caVerbs open a clause after « ça » that says what happened: « … ça
// marche pas », « ça ne passe pas ».
var caVerbs = set("marche", "marchait", "marchent", "fonctionne", "fonctionnait", "passe", "passait", "ne", "n'",
	"bloque", "veut", "voulait", "dit", "disait", "me", "m'", "refuse", "refusait")

// mailboxes name the mailbox a password opens; nameTails go on with an
// account's name.
var (
	mailboxes = set("messagerie", "mail", "email", "mails", "courriel", "webmail", "mess", "boitemail")
	nameTails = set("gouv", "fr", "com", "pro", "perso", "professionnel", "professionnelle", "personnel", "personnelle", "web", "mobile", "connect", "emploi", "postale", "restante",
		"travail", "net", "plus", "box", "pay", "banque", "client", "particulier", "particuliers", "sante",
		"direct", "family", "famille", "business", "store", "play", "mutuelle", "agricole", "mutuel")
)

// weakVerbAt reports whether the verb at token f is « est » alone, not
// « c'est »: « le mot de passe que j'ai mis est … » may go on with
// anything (« … est refusé par le site »).
func weakVerbAt(sc *scanner, f int) bool {
	_, strong := sc.atAny(f, strongVerbs)
	return !strong
}

// relatives open a clause that says whose or which a password is: « le
// mot de passe que ma fille a créé », « qu'on m'a donné ».
var relatives = set("que", "qu'")

// weakValue masks the value after a weak name (« code », « pass ») that
// starts at token start, past its qualifiers to token j, with no verb.
func (sc *scanner) weakValue(start, j int, bareWeak bool) {
	// « le code il fait 8494 »: digits only, and no amount.
	if e, ok := sc.atAny(j, makesVerbs); ok {
		sc.digitsCode(e, false)
	} else if bareWeak && j > start && provisional[sc.word(start)] && sc.allSentBy(start+1, j) {
		// « code provisoire C6601z28 »: sent to be typed, it is one,
		// however few its letters.
		sc.value(sc.endOf(j-1), bareAfterWords, false)
	} else if bareWeak && j == start {
		sc.value(sc.endOf(j-1), bareCode, false)
	} else if e, ok := sc.inventedAt(j); j == start && ok && nameDigits(sc.text[sc.toks[j].start:e]) {
		// « numéro allocataire 1234567 code Kiwi77 »: a name run into
		// digits is no code of a form or a door.
		sc.add(sc.toks[j].start, e, Password, MaskPassword)
	}
}

// allSentBy reports whether the tokens from i to j say how a code came:
// « code provisoire par courrier X ».
func (sc *scanner) allSentBy(i, j int) bool {
	for ; i < j; i++ {
		if !sentBy[sc.toks[i].norm] {
			return false
		}
	}
	return true
}

// digitsCode masks a code of four to eight digits, not seven, from token
// e: its digits spaced when spaced is set (a number in one piece is
// looked at by value), else any, not a year, a phone number or an
// amount.
func (sc *scanner) digitsCode(e int, spaced bool) {
	s, end, d, ok := sc.codeValue(e, 4, 8)
	if !ok || d == 7 || spaced && isDigits(sc.text[s:end]) ||
		!spaced && (yearOrPhone(sc.word(e)) || sc.unitAfter(sc.toks[sc.tokenFrom(end)-1])) {
		return
	}
	sc.addCode(s, end, Password)
}

// bareWord masks the word right after a password's name, with no verb
// or colon, whatever its case (« mot de passe azerty », « mdp soleil »,
// « … et mot de passe azerty »), when it ends the phrase and is no word
// of the sentence: a grammatical or ordinary word, one that says what the
// password is (« mot de passe oublié », « mdp bloqué », « mot de passe
// de mon compte », « mot de passe et identifiant »), or a service's name
// (« mot de passe Doctolib »). Those words are the ones residents put
// after a password's name in the development question sets, and their
// kin.
func (sc *scanner) bareWord(j int) bool {
	if j >= len(sc.toks) || sc.glued(j) {
		return false
	}
	t := sc.toks[j]
	w := sc.text[t.start:t.end]
	if !isWord(t.norm) || utf8.RuneCountInString(w) < 4 || strings.ContainsRune(t.norm, '\'') || plainAfterName(t.norm) ||
		participle(strings.ToLower(w)) {
		return false
	}
	if phraseEnd(sc, j+1) || sc.typingAside(j+1) {
		return sc.add(t.start, t.end, Password, MaskPassword)
	}
	// « mot de passe cheval correct batterie agrafe »: a passphrase, three
	// to six plain words that end the message, none a word of the
	// sentence.
	if e := sc.passphraseEnd(j); e > 0 {
		return sc.add(t.start, sc.toks[e-1].end, Password, MaskPassword)
	}
	// « mot de passe Jardin bleu 7. »: a passphrase, a capitalised word,
	// at most two more, and a number that ends the phrase.
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	for e := j + 1; e < len(sc.toks) && e <= j+3; e++ {
		n := sc.toks[e].norm
		if isDigits(n) && len(n) <= 4 && (phraseEnd(sc, e+1) || sc.typingAside(e+1)) && !sc.unitAfter(sc.toks[e]) {
			return sc.add(t.start, sc.toks[e].end, Password, MaskPassword)
		}
		if !isWord(n) || plainAfterName(n) {
			return false
		}
	}
	return false
}

// passphraseEnd returns the token after a passphrase of three to six
// plain words that starts at token j and ends the message, or 0: none of
// its words is one a sentence puts after a password's name, a subject, a
// judgement, or a pass's name (« mot de passe caisse epargne bloque »,
// « mot de passe espace particulier impots » stay).
func (sc *scanner) passphraseEnd(j int) int {
	e := j
	for e < len(sc.toks) && e < j+7 {
		n := sc.toks[e].norm
		if !isWord(n) || strings.ContainsRune(n, '\'') || utf8.RuneCountInString(n) < 2 || plainAfterName(n) ||
			judgements[n] || subjects[n] || plainNames[n] || typingNames[n] || functionWords[n] || dictatedMark(sc, e) {
			break
		}
		e++
	}
	// « mdp grenouille bleue 47 point à la ligne »: two words and a
	// number make one too, when a dictated mark ends it.
	if n := sc.word(e); e-j >= 2 && isDigits(n) && len(n) <= 4 && e+1 < len(sc.toks) && dictatedMark(sc, e+1) {
		return e + 1
	}
	if e-j < 3 || e-j > 6 || e < len(sc.toks) && !sentenceEnd(sc.toks[e].norm) && !dictatedMark(sc, e) {
		return 0
	}
	return e
}

// phraseBreaks say when or ask for a call, as no passphrase's words do.
var phraseBreaks = set("depuis", "demain", "hier", "merci", "rappeler", "rappel", "rappelez", "jusqu'au", "svp")

// plainWordsNumber masks, when the tokens from k are three plain words
// or more, then a number, that end the phrase, the passphrase they make
// (« mot de passe : jaime mon chat 2020 »: the words with their number,
// not the first alone), and reports whether it did.
func (sc *scanner) plainWordsNumber(k int) bool {
	f := k
	for f < len(sc.toks) && f < k+7 && isWord(sc.toks[f].norm) && !isDigits(sc.toks[f].norm) {
		f++
	}
	return f-k >= 3 && f < len(sc.toks) && isDigits(sc.toks[f].norm) && len(sc.toks[f].norm) <= 4 && phraseEnd(sc, f+1) &&
		sc.passphrase(k)
}

// cleft reports whether the plain word ending at byte e opens a cleft
// sentence that says who or when rather than the value: « mon mdp c'est
// Léa qui l'a », « c'est Karim mon fils qui gère », « c'est samedi 14
// que je viens ». « c'est Soleil qui ne marche pas » and « c'est Soleil
// que j'ai mis » give the value all the same.
func (sc *scanner) cleft(e int) bool {
	k := sc.tokenFrom(e)
	for n := 0; n < 2 && k < len(sc.toks); n++ {
		if w := sc.word(k); owners[w] || kinsfolk[w] || isDigits(w) && len(w) <= 2 {
			k++
		}
	}
	switch sc.word(k) {
	case "qui":
		w := sc.word(k + 1)
		return !caVerbs[w] && !trouble[w] && w != "est" && w != "etait"
	case "que", "qu'":
		for f := k + 1; f < len(sc.toks) && f <= k+6; f++ {
			if w := sc.toks[f].norm; typedVerbs[w] || fieldVerbs[w] || answerVerbs[w] || chosenVerbs[w] || sentenceEnd(w) {
				return false
			}
		}
		return true
	}
	return false
}

// chosenVerbs say a value was chosen or made: « c'est tulipe que ma
// fille a choisi ».
var chosenVerbs = set("choisi", "choisie", "cree", "creee", "invente", "inventee", "defini", "definie", "donne",
	"donnee", "propose", "proposee", "trouve", "trouvee", "garde", "gardee", "utilise", "utilisee")

// dictatedMark reports whether token k is a mark dictated to a phone
// that ends a phrase: « virgule », « point à la ligne ».
func dictatedMark(sc *scanner, k int) bool {
	n := sc.toks[k].norm
	return n == "virgule" || n == "point" && (k+1 == len(sc.toks) || sc.word(k+1) == "a" || sc.word(k+1) == "final")
}

// phraseRest stretches the password found last, at spans[i], over the
// plain words, one to three, that follow it to the end of the message or
// of its sentence: « mot de passe : soleil levant ». A word of a
// sentence among them (« … soleil je crois », « … kiwi merci ») leaves
// it as it is.
func (sc *scanner) phraseRest(i int) {
	if i < 0 || sc.spans[i].kind != Password {
		return
	}
	f := sc.tokenFrom(sc.spans[i].end)
	g := f
	for g < len(sc.toks) && g < f+4 {
		n := sc.toks[g].norm
		if !isWord(n) || strings.ContainsRune(n, '\'') || utf8.RuneCountInString(n) < 2 || plainAfterName(n) ||
			judgements[n] || subjects[n] || typingNames[n] || functionWords[n] ||
			strings.ContainsAny(sc.text[sc.endOf(g-1):sc.toks[g].start], "()\n—–;,.") {
			break
		}
		g++
	}
	if g == f || g-f > 3 || g < len(sc.toks) && !sentenceEnd(sc.toks[g].norm) {
		return
	}
	sc.spans[i].end = sc.toks[g-1].end
}

// functionWords are the small words of a sentence, in French beyond
// notValue and in English, that no passphrase of content words holds:
// « a password rather than being one ».
var functionWords = set("than", "rather", "being", "one", "it", "its", "and", "to", "of", "in", "with", "be",
	"been", "that", "this", "are", "has", "have", "no", "an", "after", "before", "between", "from", "by", "as",
	"at", "but", "if", "so", "which", "who", "what", "when", "where", "how", "can", "will", "would", "should",
	"sont", "ont", "fait", "font", "peu", "leur", "chaque", "quelque", "autres", "certains", "aucun", "aucune",
	"thank", "thanks", "you", "please", "pls", "plz", "gracias", "obrigado", "obrigada", "shukran", "choukrane",
	"baraka", "allah", "inchallah", "hamdoulah", "bisous", "cordialement", "bonne", "journee", "soiree")

// typingAside reports whether the words from token k say how the word
// before them is typed, without brackets: « motdepasse tournesol tout en
// minuscule », « mdp soleil avec une majuscule », « avec un J
// majuscule », « sans accent », « tout attaché ». Only a password is
// said so.
func (sc *scanner) typingAside(k int) bool {
	if sc.word(k) == "tout" {
		k++
	}
	// « tout attaché », « tout collé »: no spaces in it.
	if w := sc.word(k); (w == "attache" || w == "colle") && sc.word(k-1) == "tout" {
		return true
	}
	// « Rossignol (R majuscule) »: the letter said, then its case.
	if one := sc.word(k); len(one) == 1 && isLetter(one[0]) && caseNames[sc.word(k+1)] {
		return true
	}
	if w := sc.word(k); w != "en" && w != "avec" && w != "sans" {
		return false
	}
	for f := k + 1; f < len(sc.toks) && f <= k+3; f++ {
		if typingNames[sc.toks[f].norm] {
			return true
		}
		// « avec un grand K »: a capital said so.
		if one := sc.toks[f].norm; len(one) == 1 && isLetter(one[0]) && bigSmall[sc.toks[f-1].norm] {
			return true
		}
		// « avec un J majuscule »: the letter said.
		if !articles[sc.toks[f].norm] && !asideArticles[sc.toks[f].norm] && !(len(sc.toks[f].norm) == 1 && isLetter(sc.toks[f].norm[0])) {
			return false
		}
	}
	return false
}

// asideArticles are the small words of an aside on how a password is
// typed: « avec une majuscule », « sans l'apostrophe ».
var asideArticles = set("un", "une", "les", "l'", "tout", "toutes", "grand", "grande", "petit", "petite")

// bigSmall say a letter is typed as a capital or not: « avec un grand K ».
var bigSmall = set("grand", "grande", "petit", "petite")

// plainAfterName reports whether w, normalised, is a word of the sentence
// when it follows a password's name rather than the password itself.
func plainAfterName(w string) bool {
	return notValue[w] || qualifiers[w] || trouble[w] || codeQualifiers[w] || onlineServices[w] || software[w] ||
		afterNameWords[w]
}

// afterNameWords are the words, not listed elsewhere, that residents put
// right after a password's name in the development question sets and in
// ordinary lines (« mot de passe france connect », « sama mot de passe
// mooy … » in Wolof, « mdp dyali »), and their kin.
var afterNameWords = set("france", "connect", "dyali", "diali", "mooy", "carte", "vitale", "navigo", "fortnite",
	"netflix", "amazon", "paypal", "leboncoin", "free", "google", "apple", "icloud", "microsoft", "skype",
	"snapchat", "tiktok", "twitter", "uber", "vinted", "lydia", "blabla", "identifiant", "identifiants", "login",
	"utilisateur", "oubli", "perte", "changement", "modification", "reinitialisation", "erreur", "probleme",
	"aussi", "svp", "please", "again", "encore", "pourtant", "toujours", "expirant", "expires", "actif",
	"active", "bloquer", "debloquer", "renouveler", "souvent", "demain", "apres", "ensuite", "enfin",
	"pourquoi", "quoi", "comment", "parfois", "numero", "code", "codes", "pin", "puk", "mdp", "passe",
	"password", "motdepasse", "trop", "assez", "non", "oui",
	// « j'ai mis le même mot de passe partout, … »
	"partout", "ailleurs", "habituel", "habituelle",
	// What a password opens, named alone after it (« mot de passe
	// mutuelle », « mdp pronote », « mot de passe préfecture »): the
	// resident asks about it.
	"mutuelle", "mgen", "maif", "macif", "matmut", "allianz", "axa", "groupama", "generali", "harmonie", "boursorama",
	"revolut", "nickel", "fortuneo", "hellobank", "sosh", "bouygues", "lebara", "lycamobile", "veolia", "suez",
	"totalenergies", "enedis", "grdf", "linky", "pronote", "parcoursup", "ent", "moodle", "antai", "colissimo",
	"chronopost", "spotify", "deezer", "disney", "prime", "canal", "mycanal", "zoom", "teams", "whatsapp",
	"cdiscount", "fnac", "darty", "carrefour", "leclerc", "auchan", "lidl", "ouigo", "sncf", "blablacar", "crous",
	"messervices", "moncompteformation", "ecoledirecte", "monespacesante", "francetravail", "poleemploi", "ornikar",
	"bolt", "heetch", "ebay", "aliexpress", "shein", "temu", "lydia", "paylib", "tablette", "administrateur",
	"admin", "mairie", "prefecture", "ecole", "college", "lycee", "universite", "fac", "employeur", "pension",
	"logement", "bailleur", "hlm", "assurance", "permis", "passeport", "identite", "numerique", "cpf", "agirc",
	"arrco", "carsat", "cnav", "ants", "doctolib", "laposte", "ordinateur", "telephone", "portable", "session",
	"messagerie", "appli", "application", "banque", "mail", "gmail", "box", "livebox", "freebox", "bbox",
	"fibre", "fixe", "imprimante", "scanner", "console", "jeux", "jeu", "photo", "photos", "cloud", "drive", "dropbox",
	"onedrive", "coffre", "digiposte", "cesu", "pajemploi", "netentreprise", "fiscal", "fiscale", "cadastre", "maprimerenov",
	"anah", "dalo", "sauvegarde",
	// What it is said to be, or what is done with it: « mot de passe
	// initial », « mot de passe récupération ».
	"robuste", "initial", "initiale", "principal", "principale", "automatique", "solide", "complexe", "precedent",
	"precedente", "definitif", "definitive", "renouvellement", "recuperation", "creation", "question", "urgence",
	"deverrouillage", "dossier", "courrier", "lettre",
	// Whose it is: « mot de passe fille », « mdp maman ».
	"famille", "enfant", "enfants", "fille", "fils", "mari", "femme", "mere", "pere", "maman", "papa", "voisin",
	"voisine", "copain", "copine", "patron", "chef", "collegue", "conseiller", "conseillere", "agent", "medecin",
	"pharmacie", "hopital", "clinique", "labo", "laboratoire", "notaire", "avocat", "syndic", "agence", "immobilier",
	"loyer")

// phraseEnd reports whether the phrase ends at token k: the end of the
// text or of a sentence, a comma, or a word that starts another phrase
// (« et », « mais », « svp »).
func phraseEnd(sc *scanner, k int) bool {
	if k >= len(sc.toks) {
		return true
	}
	switch sc.toks[k].norm {
	case ".", ",", "?", "!", ";", "et", "mais", "ou", "svp", "stp", "merci", "/",
		// SMS's thanks and pleas: « mdp princesse mrc ».
		"mrc", "mrci", "mci", "pls", "plz", "please", "thanks", "thx", "voila",
		// The laughs of SMS close a phrase: « mdp jesuisfatigue lol ».
		"lol", "mdr", "ptdr", "xd", "haha", "hahaha", "ahah", "ahahah", "hihi", "hehe", "mdrr", "lool":
		return true
	case "c'", "c", "cest":
		// « mdp de ma sœur caramel c'est elle qui … »: a new clause.
		return sc.word(k+1) == "est" || sc.toks[k].norm != "c'"
	case "ca", "ça":
		// « … azerty ça marche pas »: a new clause on what happened.
		return caVerbs[sc.word(k+1)]
	case "virgule", "point":
		// Marks dictated to a phone: « … Lucas 2010 virgule ».
		return dictatedMark(sc, k)
	case "je", "j'", "vous", "tu", "on", "nous", "il", "elle", "ils", "elles":
		// « … c'est caramel je l'ai recopié », « … vous pouvez
		// vérifier ? »: a subject opens another clause.
		return k+1 < len(sc.toks) && isWord(sc.toks[k+1].norm)
	}
	// An emoji closes it too, as a full stop does: « mdp tournesol 😭 je
	// sais », and so do a dash and a bracket that open an aside (« …
	// Roseraie 1969 — avec ou sans espace ? »).
	if k > 0 {
		for _, r := range sc.text[sc.toks[k-1].end:sc.toks[k].start] {
			if isEmoji(r) || r == '—' || r == '–' || r == '(' {
				return true
			}
		}
	}
	return false
}

// pastQualifiers returns the token after the words, up to five, that
// qualify a password's name ending before token j (« de mon compte
// ameli »), or a code's when weak (« du site caf »).
func (sc *scanner) pastQualifiers(j int, weak bool) int {
	once := false // a one-time code's name: « code d'activation »
	// A code's articles count for nothing, up to ten words in all: « le
	// code de confirmation de mon espace ameli c'est … ».
	for n, read, provisional := 0, 0, false; j < len(sc.toks) && n < 5 && read < 10; read++ {
		t := sc.toks[j].norm
		// « un code de validation a été envoyé au … : »: the tense
		// before how it was sent.
		if weak && (t == "a" || t == "ete") && (sentWords[sc.word(j+1)] || sc.word(j+1) == "ete" && sentWords[sc.word(j+2)]) {
			j++
			continue
		}
		if !weak || !articles[t] {
			n++
		}
		// « le code provisoire reçu par la poste c'est 48Ka9p »: how a
		// provisional code came (not « le code reçu par mail » of a
		// voucher).
		provisional = provisional || t == "provisoire" || t == "temporaire"
		once = once || provisional || oneTime[t]
		if weak && sentWords[t] {
			return sc.pastSent(j, once)
		}
		// « le code pour se connecter à la caf : … »: « à » before the
		// account.
		if weak && (t == "a" || t == "au") && (onlineServices[sc.word(j+1)] || accountQualifiers[sc.word(j+1)] ||
			articles[sc.word(j+1)] && (onlineServices[sc.word(j+2)] || accountQualifiers[sc.word(j+2)])) {
			j++
			continue
		}
		if weak && !codeQualifiers[t] && !(provisional && sentBy[t]) || !weak && !(qualifiers[t] || isWord(t) && !notValue[t]) || sc.glued(j) && !sc.elidedQualifier(j, weak) {
			break
		}
		j++
	}
	return j
}

// articles are the small words between a code's name and what it is
// for: « code de confirmation de mon espace ».
var articles = set("de", "d'", "du", "des", "la", "le", "l'", "les", "mon", "ma", "mes")

// elidedQualifier reports whether token j is an elided article glued to
// a word that qualifies a code's name (weak) or a password's: « code
// d'activation », whose « d' » is no part of a value.
func (sc *scanner) elidedQualifier(j int, weak bool) bool {
	if !strings.HasSuffix(sc.toks[j].norm, "'") || j+1 >= len(sc.toks) {
		return false
	}
	n := sc.toks[j+1].norm
	return codeQualifiers[n] || !weak && qualifiers[n]
}

// oneTime name a code sent once, to be typed.
var oneTime = set("activation", "confirmation", "validation", "verification", "unique",
	// « Code de sécurité ameli reçu par mail : QK7-4PZ » opens an
	// account; a voucher's code is named no such thing.
	"securite", "connexion", "authentification")

// sentWords say a code was sent to the resident: « reçu », « envoyé »,
// « arrivé ».
var sentWords = set("recu", "recue", "envoye", "envoyee", "arrive", "arrivee")

// sentWhere are the words that say where or when a code came, around
// the phone number or the date they lead to: « au 07 … », « sur le
// 06 … », « le 28/06/2025 », « du 12 mars ».
var sentWhere = set("au", "sur", "le", "du", "a", "ce", "matin", "hier", "soir", "aujourd'hui", "/", ".", "-")

// pastSent returns the token after how, where and when a code was sent,
// from token j where a word of sentWords stands, when a colon or « c'est »
// follows them: « code unique reçu par SMS au 07 37 85 89 89 : 26502109 »,
// « code d'activation reçu par courrier le 28/06/2025 : 4K7P-9ZQ2 ». The
// phone number and the date before the colon stay: only the value after
// it is given. Without that verb, it returns j; so it does when the
// code is not named a one-time code (once) and came by mail with no phone
// number nor date: « le code reçu par mail c'est PS25-7KQ4 » is a
// voucher's.
func (sc *scanner) pastSent(j int, once bool) int {
	for f := j + 1; f < len(sc.toks) && f < j+16; f++ {
		t := sc.toks[f].norm
		if _, ok := sc.atAny(f, strongVerbs); ok && !isDigits(t) {
			if !once {
				return j
			}
			return f
		}
		once = once || isDigits(t) || t == "sms" || t == "texto"
		// « … le 3 avril pour l'espace impots : X »: what it opens;
		// « … reçu pour activer le compte ameli : X »: what it does.
		if !sentBy[t] && !sentWhere[t] && !monthNames[t] && !isDigits(t) && t != "pour" && !codeQualifiers[t] && !codeUses[t] {
			break
		}
	}
	return j
}

// wordThenDigits masks a word and the single digits after it, spaces
// between them, that follow a password's name and the service it opens
// (« mot de passe impots Oran 1 9 5 8 »): the words from token start
// were read up to token j, where the digits begin. After the name alone
// (« mdp caf 1 9 5 8 ») only the digits go.
func (sc *scanner) wordThenDigits(start, j int) bool {
	e, n := sc.spacedDigits(j)
	if j == start || n < 3 || e-j != n || sc.glued(j-1) {
		return false
	}
	from := j
	if j-1 > start {
		from = j - 1
	}
	return sc.add(sc.toks[from].start, sc.toks[e-1].end, Password, MaskPassword)
}

// loginFirst reports whether the value after the verb that ends before
// token e is a login, the password after a slash: « codes d'accès :
// jdupont / Soleil_99 ». Access codes are both; a password's name alone
// before « X / Y » gives two guesses.
func (sc *scanner) loginFirst(name, e int) bool {
	if sc.word(name-1) != "acces" {
		return false
	}
	_, end, ok := sc.runAt(sc.toks[e-1].end)
	return ok && sc.word(sc.tokenFrom(end)) == "/"
}

// glued reports whether token k is only the start of a longer run of
// letters and digits: « Marseille » in « Marseille@2023 » is a password's
// start, not a service's name.
func (sc *scanner) glued(k int) bool {
	t := sc.toks[k]
	start, end, ok := sc.runAt(t.start)
	if !ok || start != t.start || end <= t.end {
		return false
	}
	if isLink(trimValue(sc.text[start:end])) {
		return false // « impots.gouv » names a site.
	}
	// « FranceConnect+ » is a name: only letters or digits after the
	// word make it a part.
	return strings.IndexFunc(trimValue(sc.text[t.end:end]), func(r rune) bool {
		return unicode.IsLetter(r) || unicode.IsDigit(r)
	}) >= 0
}

// valueBefore masks a value written before a password's name that starts
// at token k: « Tournesol44 est le mot de passe », « X c'est mon mdp ».
// It reports whether it masked one.
//
// After « pour », « comme » or « en » and a mere « code », digits are an
// amount or a year rather than a code: « j'ai payé 1200 pour le code de
// la route ».
func (sc *scanner) valueBefore(k int, weak bool) bool {
	i := k
	for n := 0; n < 3 && i > 0 && backDeterminers[sc.toks[i-1].norm]; n++ {
		i--
	}
	v, ok := sc.endsAt(i, backVerbs)
	fronted := false
	// « Nour.2019 (mdp caf) », « Mimi2015 (c'est le mdp de la caf) ».
	if at := i; !weak {
		if ok {
			at = v
		}
		if sc.labelBehind(at) {
			return true
		}
	}
	if !ok || v == 0 {
		// « c'est Cerise_77 mon mot de passe »: the verb comes before the
		// value, which stands right before the password's name.
		v, fronted = i, true
	}
	end := sc.toks[v].start
	for end > 0 {
		r, n := utf8.DecodeLastRuneInString(sc.text[:end])
		if !isSpace(r) {
			break
		}
		end -= n
	}
	start := end
	for start > 0 {
		r, n := utf8.DecodeLastRuneInString(sc.text[:start])
		if isSpace(r) {
			break
		}
		start -= n
	}
	// « « Loulou 2015 » comme mot de passe »: a value between quotes,
	// spaces and all.
	if r, n := utf8.DecodeLastRuneInString(sc.text[:end]); r == '»' || r == '"' || r == '”' || r == '\'' || r == '’' {
		from := max(0, end-n-64)
		if o, open := openingQuote(sc.text[from:end-n], r); o >= 0 {
			s, e := from+o+open, end-n
			for s < e && isSpace(runeAt(sc.text, s)) {
				s += utf8.RuneLen(runeAt(sc.text, s))
			}
			e = s + len(strings.TrimRightFunc(sc.text[s:e], isSpace))
			if core := sc.text[s:e]; passwordLike(core, true) && !sc.maskIn(s, e) && !strings.ContainsAny(core, "«»\"") {
				return sc.add(s, e, Password, MaskPassword)
			}
		}
	}
	run := sc.text[start:end]
	// « Bonjour monsieur. c'est le mot de passe qui bloque »: a word
	// that ends its sentence is given to no verb after it.
	if _, in := sc.inMask(start); in || run == "" || strings.HasSuffix(run, ".") {
		return false
	}
	if fronted {
		// « code postal c'est 93200, le code … »: the verb gives the
		// value to the name before it.
		if w, ok := sc.frontVerbAt(sc.tokenFrom(start)); !ok || w < 0 || sc.givenTo(sc.tokenFrom(start)) {
			return false
		}
	}
	core := trimValue(run)
	if fronted && !passwordLike(core, true) {
		return sc.frontedWord(sc.tokenFrom(start), k)
	}
	if !weak && !fronted && !passwordLike(core, true) && sc.openingWord(v, k) {
		return true
	}
	if !passwordLike(core, true) || sc.describes(start, core) {
		return false
	}
	if v := sc.word(v); weak && !fronted && isDigits(core) && (v == "pour" || v == "comme" || v == "en") {
		return false
	}
	return sc.add(start, start+len(strings.TrimRight(run, ",;")), Password, MaskPassword)
}

// labelColon reports whether a label's colon stands right before the
// password's name at token k, its value after it: « LCL : mdp
// Lcl*4521 », « compte 1 (moi) : mdp azerty »; the label is no value.
func (sc *scanner) labelColon(k int) bool {
	j, named := sc.passwordName(k)
	return sc.word(k-1) == ":" && named && j < len(sc.toks) && !phraseEnd(sc, j)
}

// openingWord masks the word that opens the message alone before
// « c'est » at token v and a password's name at token k that ends the
// phrase or says what it opens (« jesuisla voilà c'est le mdp de la
// caf », « motdepasse c'est mon mot de passe »): a plain word of six
// letters or more in lower case, no word a message opens with.
// « Bonjour c'est le mdp qui bloque », « alors c'est mon mot de passe
// qui … » stay.
func (sc *scanner) openingWord(v, k int) bool {
	f := v - 1
	if w := sc.word(f); w == "voila" || w == "," {
		f--
	}
	if f < 0 || f > 0 && !sc.lineEnd(f-1) {
		return false
	}
	t := sc.toks[f]
	w := sc.text[t.start:t.end]
	if utf8.RuneCountInString(w) < 6 || !isWord(t.norm) || strings.ToLower(w) != w || openers[t.norm] ||
		plainAfterName(t.norm) && !selfWords[t.norm] || participle(w) {
		return false
	}
	e := k + 1
	if j, ok := sc.passwordName(k); ok {
		e = j
	}
	if e < len(sc.toks) && !phraseEnd(sc, e) && !articles[sc.toks[e].norm] && !onlineServices[sc.toks[e].norm] &&
		!services[sc.toks[e].norm] && sc.toks[e].norm != "lol" && sc.toks[e].norm != "mdr" {
		return false
	}
	return sc.add(t.start, t.end, Password, MaskPassword)
}

// openers are the words a message opens with before « c'est … ».
var openers = set("bonjour", "bonsoir", "salut", "coucou", "alors", "voila", "donc", "enfin", "sinon", "madame",
	"monsieur", "merci", "pardon", "excusez", "desole", "desolee", "attendez", "normalement", "aujourd'hui",
	"maintenant", "ensuite", "depuis", "pourtant", "actuellement", "hier", "demain", "vraiment", "franchement",
	"visiblement", "apparemment", "evidemment", "surement", "probablement", "peut-etre", "quelquefois",
	"bizarrement", "heureusement", "malheureusement", "finalement", "justement", "surtout", "toujours")

// frontVerbAt returns where the verb that gives the value at token v
// starts, « c'est » or, in an SMS, « c » that opens the phrase (« c
// 16021964 le mdp »).
func (sc *scanner) frontVerbAt(v int) (int, bool) {
	if w, ok := sc.endsAt(v, frontVerbs); ok {
		return w, true
	}
	w := v - 1
	if sc.word(w) != "c" {
		return w, false
	}
	return w, w == 0 || phraseEnd(sc, w-1) || phraseOpeners[sc.word(w-1)]
}

// frontedWord masks the plain word at token w, right after « c'est »
// that opens the phrase and right before the name of a password at token
// k, past its determiners: « c est soleilvert le mot de passe mdr »,
// « c'était galopin mon ancien mdp ». A word that judges the password
// or asks about it stays (« c'est quoi le mot de passe ? », « c'est
// chiant le mot de passe »), and so does any word in a question.
func (sc *scanner) frontedWord(w, k int) bool {
	if w >= len(sc.toks) || w+1 > k {
		return false
	}
	t := sc.toks[w]
	text := sc.text[t.start:t.end]
	if !isWord(t.norm) || utf8.RuneCountInString(text) < 4 || strings.ContainsRune(t.norm, '\'') || plainAfterName(t.norm) ||
		fillers[t.norm] || judgements[t.norm] || participle(strings.ToLower(text)) || sc.glued(w) {
		return false
	}
	for f := w + 1; f < k; f++ {
		if !backDeterminers[sc.toks[f].norm] {
			return false
		}
	}
	v, ok := sc.endsAt(w, frontVerbs)
	if !ok || v > 0 && !phraseEnd(sc, v-1) && !phraseOpeners[sc.word(v-1)] {
		return false
	}
	for f := k; f < len(sc.toks); f++ {
		if n := sc.toks[f].norm; n == "?" {
			return false
		} else if n == "." || n == "!" {
			break
		}
	}
	return sc.add(t.start, t.end, Password, MaskPassword)
}

// judgements are what residents say of a password before naming it:
// « c'est chiant le mot de passe », « c'est galère le code ».
var judgements = set("chiant", "chiante", "galere", "penible", "relou", "dur", "lourd", "enervant", "genant",
	"etrange", "pratique", "marrant", "drole", "debile", "stupide", "idiot", "ridicule", "compliquer", "obligé",
	"oblige", "pareil", "celui", "celle", "elle", "lui", "eux", "moi", "toi", "nous", "vous", "super", "genial", "top",
	"cool", "gratuit", "gratuite", "payant", "payante", "cher", "chere")

// phraseOpeners may stand before « c'est » that opens a phrase: « bon
// c'est … », « oui c'est … ».
var phraseOpeners = set("bon", "oui", "ben", "bah", "alors", "donc", "enfin", "bref", "voila", "ok", "lol", "mdr",
	"bonjour", "salut", "svp", "stp", "merci")

// labelBehind masks a value written before a password's name at token k
// that labels it, set apart by a bracket, a dash or an arrow: « Nour.2019
// (mot de passe caf) », « Samir_1975 [mdp de la caf] », « Violette44! ->
// mdp impots », « Ch0c0lat$ <- mdp de ma session » (the arrow points at
// the value). Only letters with digits or symbols, not a reference.
func (sc *scanner) labelBehind(k int) bool {
	// « Windows10 (mot de passe oublié) »: what the resident lacks is no
	// label of what stands before.
	for f := k; f < len(sc.toks) && f < k+8; f++ {
		if n := sc.toks[f].norm; trouble[n] {
			return false
		} else if n == "." || n == "?" || n == "!" || strings.ContainsRune(sc.text[sc.toks[f].start:sc.toks[f].end], ')') {
			break
		}
	}
	end := len(strings.TrimRightFunc(sc.text[:sc.toks[k].start], isSpace))
	mark := ""
	for _, m := range valueLabelMarks {
		if strings.HasSuffix(sc.text[:end], m) {
			mark = m
			break
		}
	}
	if mark == "" {
		return false
	}
	end -= len(mark)
	if r, _ := utf8.DecodeLastRuneInString(sc.text[:end]); end == 0 || !isSpace(r) && mark != "(" && mark != "[" {
		return false // « mot-de-passe »: a hyphen inside the name.
	}
	end = len(strings.TrimRightFunc(sc.text[:end], isSpace))
	start := strings.LastIndexFunc(sc.text[:end], isSpace) + 1
	core := trimValue(sc.text[start:end])
	if core == "" || sc.maskIn(start, end) || !mixed(core) || !passwordLike(core, false) || reference(core) ||
		ordinary(core) || mailLike(core) || isLink(core) || sc.describes(start, core) {
		return false
	}
	return sc.add(start, start+len(strings.TrimRight(sc.text[start:end], ",;")), Password, MaskPassword)
}

// mailLike reports whether s has an e-mail address's shape, a dot after
// its « @ » (« rose12@gmail.com »); « Bamako@77 » is a password.
func mailLike(s string) bool {
	at := strings.IndexByte(s, '@')
	return at >= 0 && strings.Contains(s[at:], ".")
}

// addressLike reports whether s, with an « @ », may be an address or a
// handle rather than a password: a dot after its « @ », an « @ » first
// (« @nour_75 »), or only letters after it (« contact@caf »);
// « Nour@2024 » is a password.
func addressLike(s string) bool {
	at := strings.IndexByte(s, '@')
	return at >= 0 && (mailLike(s) || at == 0 || strings.IndexFunc(s[at+1:], func(r rune) bool { return !unicode.IsLetter(r) }) < 0)
}

// valueLabelMarks set a value apart from the password's name after it.
var valueLabelMarks = []string{"(", "[", "->", "→", "=>", "⇒", "<-", "<--", "←", "<=", "⇐", "-", "–", "—"}

// openingQuote returns where in s the quote that closing closes opens,
// and the opening mark's length, or -1: « for », a straight or a curly
// quote for its pair, a single quote that opens (singleQuote) for an
// apostrophe.
func openingQuote(s string, closing rune) (int, int) {
	switch closing {
	case '»':
		return strings.LastIndex(s, "«"), len("«")
	case '"':
		return strings.LastIndex(s, "\""), 1
	case '”':
		return strings.LastIndex(s, "“"), len("“")
	}
	for i := len(s); i > 0; {
		_, n := utf8.DecodeLastRuneInString(s[:i])
		i -= n
		if singleQuote(s, i) {
			return i, n
		}
	}
	return -1, 0
}

// changed say a password was changed, before « en » or « par » and the
// new one.
var changed = set("change", "changee", "modifie", "modifiee", "mis", "remis", "remplace", "passe")

// passphrase masks a password of several words after a colon, up to a
// bracket or the end of the line or sentence: « le mot de passe c'est :
// le chat dort 2 fois (avec les espaces) ». Three to eight words, one of
// them a number, or an aside that speaks of its spaces; « c'est : le
// même que la dernière fois » stays.
func (sc *scanner) passphrase(k int) bool {
	if k >= len(sc.toks) {
		return false
	}
	if sc.lineEnd(k) {
		k++ // « mot de passe :\nLune 2019 (avec espace) »
	}
	end, digit := k, false
	for ; end < len(sc.toks) && end < k+9; end++ {
		n := sc.toks[end].norm
		// « ma maison 93 — je l'ai recopié »: a dash ends it too.
		if !isWord(n) && !isDigits(n) || strings.ContainsAny(sc.text[sc.toks[end-1].end:sc.toks[end].start], "()\n—–;") {
			break
		}
		// « mot de passe : caf le 12/03, … », « … perdu le 03/02/2025 »:
		// a date is when, not a passphrase's number.
		if _, _, ok := dateAt(sc.text, sc.toks[end].start); ok && isDigits(n) {
			break
		}
		if _, ok := birthDateAt(sc.text, sc.toks[end].start); ok && isDigits(n) {
			break
		}
		digit = digit || isDigits(n)
	}
	// « mot de passe : perdu depuis 2 semaines »: what came of it, no
	// passphrase.
	if end == k || trouble[sc.toks[k].norm] {
		return false
	}
	start, stop := sc.toks[k].start, sc.toks[end-1].end
	spaces := sc.spacesSaid(stop) || sc.typingSaid(stop)
	if words := end - k; words < 3 && !(spaces && words == 2) || words > 8 {
		return false
	}
	for f := k; f < end; f++ {
		if passwordRules[sc.toks[f].norm] {
			return false // « mot de passe : il faut 8 caractères ? »
		}
		// « mot de passe : je sais plus depuis 2019 », « … merci de me
		// rappeler au 0612345678 »: a sentence, a phone's number.
		if n := sc.toks[f].norm; subjects[n] || trouble[n] || phraseBreaks[n] || isDigits(n) && len(n) >= 8 {
			return false
		}
	}
	if sc.word(end) == "?" || isDigits(sc.word(k)) {
		return false // « mot de passe : 3 essais restants »
	}
	return (digit || spaces) && sc.add(start, stop, Password, MaskPassword)
}

// dictatedPassword masks a password dictated in words from token k, as a
// resident reads it out or a voice message transcribes it, its symbols
// and its capitals said by their names: « chouchou arobase arobase deux
// mille vingt-cinq », « majuscule L iberte arobase huit six tiret ». The
// words run to the end of the phrase: a symbol's name, and a number, a
// capital's name or a second symbol; at most three other words, none of
// them a word of the sentence (« avec un tiret ») nor of a password's
// rules (« il faut un tiret et deux chiffres »).
func (sc *scanner) dictatedPassword(k int) bool {
	if k < len(sc.toks) && sc.lineEnd(k) {
		k++
	}
	symbols, other, plain, end := 0, 0, 0, k
	// « … Samia arobase 83 je l'écris comme ça »: a subject opens the
	// next clause.
	for ; end < len(sc.toks) && end < k+14 && !phraseEnd(sc, end) && !(end > k && subjects[sc.toks[end].norm]); end++ {
		switch n := sc.toks[end].norm; {
		case symbolNames[n]:
			symbols++
		case caseNames[n] || isDigits(n) || isNumberWord(n) && (n != "un" && n != "une" || isNumberWord(sc.word(end+1))):
			// « arobase un deux trois »: « un » in a row of digits.
			other++
		case sc.toks[end].end-sc.toks[end].start == 1 && isLetter(sc.text[sc.toks[end].start]):
			// « majuscule L iberte »: a letter said alone, read as an
			// elided article by the tokenizer.
			plain++
		case !isWord(n) || notValue[n] || passwordRules[n] || sc.toks[end].end < len(sc.text) && isAlnum(sc.text[sc.toks[end].end]):
			return false // a word glued to digits is typed, not dictated
		default:
			if plain++; plain > 3 {
				return false
			}
		}
	}
	if symbols == 0 || other == 0 && symbols < 2 || end-k < 3 {
		return false
	}
	return sc.add(sc.toks[k].start, sc.toks[end-1].end, Password, MaskPassword)
}

// symbolNames are the names of the symbols of a password, as a resident
// dictates them; caseNames say a letter is a capital or not.
var (
	symbolNames = set("arobase", "arrobase", "arobas", "arobaz", "arobaze", "diese", "hashtag", "etoile", "asterisque",
		"tiret", "underscore", "esperluette", "dollar", "exclamation", "interrogation", "slash", "pourcent")
	caseNames = set("majuscule", "minuscule", "maj", "capitale")
)

// spacesSaid reports whether an aside right after byte i, in brackets or
// after a comma, says a password has spaces: « (avec les espaces) »,
// « …, avec les espaces ».
func (sc *scanner) spacesSaid(i int) bool {
	rest := strings.ToLower(sc.text[i:min(len(sc.text), i+40)])
	if strings.Contains(rest, "sans") {
		return false
	}
	if t := strings.TrimSpace(rest); strings.HasPrefix(t, "(") {
		return strings.Contains(rest, "espace")
	}
	// « …, avec les espaces », « … avec des espaces »
	t := strings.TrimLeft(rest, " ,")
	return strings.HasPrefix(t, "avec les espace") || strings.HasPrefix(t, "avec des espace") ||
		strings.HasPrefix(t, "avec espace")
}

// typingSaid reports whether an aside in brackets right after byte i
// says how a password is typed, as only a password's is: « (avec
// l'apostrophe) », « (tout en minuscules) », « (sans accent) ».
func (sc *scanner) typingSaid(i int) bool {
	rest := strings.TrimSpace(sc.text[i:min(len(sc.text), i+50)])
	if !strings.HasPrefix(rest, "(") {
		return false
	}
	if c := strings.IndexByte(rest, ')'); c > 0 {
		rest = rest[:c]
	}
	rest = fold.String(rest)
	for _, w := range typingWords {
		if strings.Contains(rest, w) {
			return true
		}
	}
	return false
}

// typingWords say how a password is typed.
var typingWords = []string{"apostrophe", "minuscule", "majuscule", "accent", "tiret", "underscore", "espace"}

// spacedAside reports whether the words from token k, up to a bracket on
// the same line, are followed by an aside that says they have spaces.
func (sc *scanner) spacedAside(k int) bool {
	i := sc.endOf(k - 1)
	for i < len(sc.text) && (sc.text[i] == ' ' || sc.text[i] == '\t' || sc.text[i] == '\n') {
		i++
	}
	line := sc.text[i:min(len(sc.text), i+120)]
	if n := strings.IndexByte(line, '\n'); n >= 0 {
		line = line[:n]
	}
	b := strings.IndexByte(line, '(')
	return b > 0 && sc.spacesSaid(i+b)
}

// passwordRules are the words of a password's rules, not of a password.
var passwordRules = set("caracteres", "caractere", "chiffres", "chiffre", "lettres", "lettre", "minimum", "maximum",
	"faut", "majuscule", "majuscules", "minuscule", "minuscules", "special", "speciaux", "symbole", "symboles",
	"essai", "essais", "tentative", "tentatives", "restant", "restants", "restantes", "blocage", "bloque")

// How a value was introduced, from the surest to the least sure.
const (
	strong         = iota // « mot de passe : X », « mdp c'est X »
	weakVerb              // « mon mot de passe est X »
	bare                  // « mdp X »
	bareAfterWords        // « mot de passe caf X »
	bareCode              // « pass X », « comme code X »
)

// leadingWord returns the letters s starts with, in lower case without
// accents: « Sanitaire2021 » starts with « sanitaire », a pass's name.
func leadingWord(s string) string {
	i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if i < 0 {
		i = len(s)
	}
	return fold.String(s[:i])
}

// bareCode reports whether the weak name at token k (« code », « pass »)
// may introduce a password with no verb: « pass », short for a password
// (« pass K3vin.Mb pour mon compte »), or a name after « comme » (« elle
// a mis comme code MamieJo44 »).
func (sc *scanner) bareCode(k int) bool {
	return sc.toks[k].norm == "pass" || sc.word(k-1) == "comme" || provisional[sc.word(k+1)]
}

// provisional say a code is one sent to be changed at the first login,
// which stands right after them: « code provisoire C6601z28 ».
var provisional = set("provisoire", "temporaire")

// sentBy say how a provisional code came to the resident.
var sentBy = set("recu", "recue", "envoye", "envoyee", "par", "courrier", "lettre", "sms", "la", "poste", "mail")

// trouble are words of a question about a password, not of one given:
// « mot de passe oublié sur le site : https://… ».
var trouble = set("oublie", "oubliee", "perdu", "perdue", "bloque", "bloquee", "ne", "n'", "pas", "plus",
	"marche", "fonctionne", "comment", "pourquoi", "quoi", "faire", "changer", "modifier", "refaire",
	"reinitialiser", "recuperer", "trouver", "incorrect", "faux", "errone", "invalide", "expire", "aide",
	// The same, as residents spell them: « mdp incorect ».
	"incorect", "incorrecte", "incorecte", "erronee", "eronne", "eronnee", "invalid", "wrong")

// fillers are skipped between a verb and a value: « c'est toujours X ».
var fillers = set("toujours", "encore", "bien", "juste", "donc", "alors", "maintenant", "actuellement",
	"normalement", "simplement", "tout", "simple", "ceci", "ca", "exactement", "bizarrement")

// yearValue masks a word then a year or a number, from start, as the
// value given after « c'est » or a colon (« mon mot de passe c'est été
// 2023 avec un accent »), and reports whether it masked it.
func (sc *scanner) yearValue(start, end int) bool {
	e, ok := sc.wordThenYear(start, end)
	return ok && sc.add(start, e, Password, MaskPassword)
}

// wordThenYear returns, when the word from start to end is followed by
// a space and a number of two to four digits that ends the phrase or
// comes before a word that says how it is typed (« été 2023 avec un
// accent », « soleil 75, merci »), the end of the number. A word that
// says when or how much (« depuis 2019 », « en 2023 », « bloqué 3
// fois ») is no value's start, and a number with a unit is no part of
// one.
func (sc *scanner) wordThenYear(start, end int) (int, bool) {
	w := sc.text[start:end]
	if end+1 >= len(sc.text) || sc.text[end] != ' ' || !isDigit(sc.text[end+1]) || utf8.RuneCountInString(w) < 3 {
		return 0, false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return 0, false
		}
	}
	k := sc.tokenFrom(start)
	if k+1 >= len(sc.toks) || sc.toks[k].end != end {
		return 0, false
	}
	if n := sc.toks[k].norm; functionWords[n] || trouble[n] || yearLeads[n] || standIns[n] {
		return 0, false
	}
	d := sc.toks[k+1]
	if d.start != end+1 || !isDigits(d.norm) || len(d.norm) < 2 || len(d.norm) > 4 || sc.unitAfter(d) {
		return 0, false
	}
	if next := sc.word(k + 2); next != "" && !sentenceEnd(next) && next != "," && next != ";" && !yearTails[next] {
		return 0, false
	}
	return d.end, true
}

// yearLeads say when or how much before a number: « c'est depuis
// 2019 », « c'est en 2023 », « c'est pareil depuis 3 ans ».
var yearLeads = set("depuis", "en", "le", "la", "les", "du", "de", "des", "au", "aux", "pour", "avant", "apres",
	"vers", "dans", "sur", "mon", "ma", "mes", "son", "sa", "ses", "ton", "ta", "un", "une", "annee", "an", "ans",
	"mois", "fois", "jour", "jours", "semaine", "semaines", "heure", "heures", "minutes", "numero", "rue", "page",
	"article", "cette", "ce", "et", "ou", "environ", "plus", "moins", "que", "qu", "chiffres", "caracteres",
	"lettres", "code", "dossier", "bloque", "bloquee", "expire", "change", "cree", "depuis", "janvier", "fevrier",
	"mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre")

// yearTails may follow a value made of a word and a number: how it is
// typed, or the next clause.
var yearTails = set("avec", "sans", "tout", "mais", "et", "je", "j'", "c'", "merci", "svp", "en", "attache", "colle")

// value masks the value that starts after byte i, if it is one.
func (sc *scanner) value(i int, how int, weak bool) bool {
	start, end, ok := sc.runAt(i)
	if !ok {
		return false
	}
	// « mot de passe : S o l e i l 2 0 2 4 »: spelt one character at a
	// time.
	if e, spelt := spelledOut(sc.text, start); spelt && !weak {
		return sc.add(start, e, Password, MaskPassword)
	}
	for n := 0; n < 2; n++ {
		k := sc.tokenFrom(start)
		if k >= len(sc.toks) || sc.toks[k].start != start || !fillers[sc.toks[k].norm] || sc.toks[k].end != end {
			break
		}
		if start, end, ok = sc.runAt(end); !ok {
			return false
		}
	}
	core := trimValue(sc.text[start:end])
	if how == strong && !weak && (sc.dateWordsValue(start) || sc.yearValue(start, end)) {
		return true
	}
	if masked, described := sc.madeOf(start); described {
		return masked
	}
	// Words between quotes with a digit among them are the value,
	// whatever word they start with: « c'est 'l'ami Pierre 7' ».
	quoted := start > 0 && strings.ContainsRune("«\"“'‘’", lastRune(sc.text[:start])) && strings.ContainsRune(core, ' ') &&
		strings.ContainsAny(core, "0123456789")
	if core == "" || !quoted && sc.describesNot(start, core, how, weak) || isDigits(core) && len(core) < 4 || isLink(core) {
		// « mot de passe : 12 caractères » is a rule, not a password;
		// a link is where to change it.
		return false
	}
	if !strings.ContainsAny(core, "0123456789") && sc.cleft(end) {
		return false
	}
	if (weak || how >= bare) && wholeDate(core) {
		// « mdp X. Facture à payer avant 13-08-2023 »: with no verb that
		// gives it, a date is a deadline, not the old password.
		return false
	}
	switch {
	case weak:
		if !passwordLike(core, true) || yearOrPhone(core) {
			return false
		}
	case how == weakVerb:
		if participle(core) {
			return false
		}
	case how == bare:
		if !passwordLike(core, true) {
			return false
		}
	case how == bareCode:
		// Letters with digits or the symbols of a password, not a
		// reference: « pass Liberté+ » or « code B12 » stay.
		if !mixed(core) || reference(core) || ordinary(core) || strings.Contains(core, "@") || notCode[leadingWord(core)] {
			return false
		}
	case how == bareAfterWords:
		// « mdp caf 19041972 »: digits too, but not a year or a phone
		// number.
		if !passwordLike(core, false) && !(passwordLike(core, true) && !yearOrPhone(core)) {
			return false
		}
	}
	if !sc.add(start, end, Password, MaskPassword) {
		return false
	}
	// « c'est Toto1234 ou Toto12345 »: the other guess goes too.
	if k := sc.tokenFrom(end); k < len(sc.toks) && (sc.toks[k].norm == "ou" || sc.toks[k].norm == "/") {
		if s, e, ok := sc.runAt(sc.toks[k].end); ok && passwordLike(trimValue(sc.text[s:e]), false) {
			sc.add(s, e, Password, MaskPassword)
		}
	}
	return true
}

// dateWordsValue masks a birth date in words given as a password from
// byte start, ending the phrase: « le mdp c'est 7 juin 1981 ».
func (sc *scanner) dateWordsValue(start int) bool {
	if k := sc.tokenFrom(start); k < len(sc.toks) && sc.toks[k].start == start {
		if e, ok := sc.dateInWords(k); ok && phraseEnd(sc, sc.tokenFrom(e)) {
			return sc.add(start, e, Password, MaskPassword)
		}
	}
	return false
}

// wholeDate reports whether s is a date and nothing else: « 13-08-2023 »,
// « 02/06/2025 ».
func wholeDate(s string) bool {
	_, end, ok := fullDateAt(s, 0)
	return ok && end == len(s)
}

// spelledOut reads from byte i a value spelt one character at a time,
// each set apart by one space: six characters at least, letters with
// digits or symbols (« S o l e i l 2 0 2 4 »). It returns where the
// value ends.
func spelledOut(s string, i int) (end int, ok bool) {
	n, letter, other := 0, false, false
	for end = i; end < len(s); {
		r, size := utf8.DecodeRuneInString(s[end:])
		if isSpace(r) || end+size < len(s) && !isSpace(runeAt(s, end+size)) {
			break
		}
		letter = letter || unicode.IsLetter(r)
		other = other || !unicode.IsLetter(r)
		n++
		end += size
		if end+1 >= len(s) || s[end] != ' ' || isSpace(runeAt(s, end+1)) {
			break
		}
		end++
	}
	end = len(strings.TrimRight(s[:end], " "))
	return end, n >= 6 && letter && other
}

// lastRune returns the last rune of s, past spaces.
func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(s, isSpace))
	return r
}

// describedBy are the words that say what a password is made of before
// giving it: « date de naissance de ma fille 14071998 ».
var describedBy = set("date", "prenom", "nom", "anniversaire", "naissance", "annee", "initiales", "ville", "surnom")

// possessives may stand before what a password is made of: « ma date de
// naissance ».
var possessives = set("ma", "mon", "la", "le", "sa", "son", "l'")

// describedValue masks the first number of four to eight digits among the
// ten words after token k, in the same sentence.
func (sc *scanner) describedValue(k int) bool {
	// « le nom de mon chien suivi de 2019 : Rex2019 »: the value after a
	// colon.
	for f := k; f < len(sc.toks) && f < k+12; f++ {
		if n := sc.toks[f].norm; n == "." || n == "?" || n == "!" {
			break
		} else if n == ":" {
			return sc.value(sc.toks[f].end, strong, false)
		}
	}
	for f := k; f < len(sc.toks) && f < k+10; f++ {
		t := sc.toks[f]
		// « mot de passe = le prénom de mon fils, Lucas »: the name after
		// a comma, capitalised, ending the phrase.
		if t.norm == "," && f > k && f+1 < len(sc.toks) {
			n := sc.toks[f+1]
			if r, _ := utf8.DecodeRuneInString(sc.text[n.start:]); isWord(n.norm) && unicode.IsUpper(r) &&
				utf8.RuneCountInString(n.norm) >= 3 && (phraseEnd(sc, f+2) || sc.typingAside(f+2)) && !plainAfterName(n.norm) &&
				!describedBy[n.norm] {
				return sc.add(n.start, n.end, Password, MaskPassword)
			}
		}
		if t.norm == "." || t.norm == "?" || t.norm == "!" || t.norm == "," || t.norm == "mais" || t.norm == "depuis" ||
			trouble[t.norm] {
			return false
		}
		// « mon mdp c'est le prénom de mon fils Yanis »: the name given
		// after what it is, capitalised, ending the phrase or before how
		// it is typed (« … Fatima avec F majuscule »).
		if r, _ := utf8.DecodeRuneInString(sc.text[t.start:]); f > k && isWord(t.norm) && unicode.IsUpper(r) &&
			utf8.RuneCountInString(t.norm) >= 3 && (phraseEnd(sc, f+1) || sc.typingAside(f+1)) && !plainAfterName(t.norm) && !describedBy[t.norm] {
			return sc.add(t.start, t.end, Password, MaskPassword)
		}
		// « mon prénom à l'envers eniluap »: the word after how it is
		// made, ending the phrase.
		if t.norm == "envers" && (sc.word(f-1) == "a" || sc.word(f-1) == "l'" && sc.word(f-2) == "a") {
			// « … à l'envers = nayr », « … à l'envers, eniluap »: a mark
			// may set the value apart.
			if w := sc.word(f + 1); w == "," || w == "=" || w == ":" {
				f++
			}
			return sc.lastWord(f + 1)
		}
		if isDigits(t.norm) {
			// « ma date de naissance 14/07/1962 », « … 7 juin 1981 »
			if e, ok := birthDateAt(sc.text, t.start); ok {
				return sc.add(t.start, e, Password, MaskPassword)
			}
			if e, ok := sc.dateInWords(f); ok {
				return sc.add(t.start, e, Password, MaskPassword)
			}
			if len(t.norm) >= 4 && len(t.norm) <= 8 && sc.alone(t) && sc.word(f-1) != "en" {
				return sc.add(t.start, t.end, Password, MaskPassword)
			}
			return false
		}
	}
	return false
}

// madeOf masks the value given after what a password is made of, from
// byte start, and reports whether such words stand there: « mdp = date
// de naissance de ma fille 14071998 » (the digits, not the words), « c'est
// le même que celui de ma boîte mail, soleilrouge ».
func (sc *scanner) madeOf(start int) (masked, described bool) {
	k := sc.tokenFrom(start)
	if k >= len(sc.toks) || sc.toks[k].start != start {
		return false, false
	}
	if describedBy[sc.toks[k].norm] || possessives[sc.toks[k].norm] && describedBy[sc.word(k+1)] {
		return sc.describedValue(k + 1), true
	}
	if sc.toks[k].norm == "le" && (sc.word(k+1) == "meme" || sc.word(k+1) == "pareil") {
		return sc.sameThenValue(k + 2), true
	}
	return false, false
}

// sameThenValue masks the value given after « le même que … » from
// token k, past a comma or a colon: « c'est le même que le code de mon
// téléphone, jemappellemarie ».
func (sc *scanner) sameThenValue(k int) bool {
	for f := k; f < len(sc.toks) && f < k+12; f++ {
		switch sc.toks[f].norm {
		case ".", "?", "!":
			return false
		case ",", ":":
			return sc.lastWord(f + 1)
		}
	}
	return false
}

// lastWord masks the word at token f when it ends the phrase, or comes
// before how it is typed: a plain word in lower case that is no word of
// the sentence, or one that looks like a password.
func (sc *scanner) lastWord(f int) bool {
	if f >= len(sc.toks) || !phraseEnd(sc, f+1) && !sc.typingAside(f+1) {
		return false
	}
	t := sc.toks[f]
	w := sc.text[t.start:t.end]
	if s, e, ok := sc.runAt(t.start); ok && s == t.start && passwordLike(trimValue(sc.text[s:e]), false) {
		return sc.add(s, s+len(trimValue(sc.text[s:e])), Password, MaskPassword)
	}
	if !isWord(t.norm) || utf8.RuneCountInString(w) < 4 || strings.ToLower(w) != w || plainAfterName(t.norm) ||
		participle(w) || strings.ContainsRune(t.norm, '\'') {
		return false
	}
	return sc.add(t.start, t.end, Password, MaskPassword)
}

// runAt returns the run of non-space characters that starts after byte i,
// past spaces, opening quotes and the bracket that closes a name
// (« (password) Jaffna@84 »), and stops at a mask or a space.
func (sc *scanner) runAt(i int) (start, end int, ok bool) {
	s := sc.text
	var quote rune
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isSpace(r) && !strings.ContainsRune("«\"“‘'’(:=-–—>→⇒\ufe0f)]", r) && !unicode.Is(unicode.So, r) {
			break
		}
		if strings.ContainsRune("«\"“", r) || singleQuote(s, i) {
			quote = r
		}
		i += n
	}
	if i >= len(s) {
		return 0, 0, false
	}
	if _, in := sc.inMask(i); in {
		return 0, 0, false
	}
	// « Soleil 2024 » between quotes is one value, spaces and all; so is
	// 'le chat noir 12' between single quotes.
	if quote != 0 {
		if c := closingQuote(s[i:min(len(s), i+65)], quote); c > 0 {
			end = i + len(strings.TrimRightFunc(s[i:i+c], isSpace))
			if !sc.maskIn(i, end) {
				return i, end, true
			}
		}
	}
	start, end = i, i
	for end < len(s) {
		r, n := utf8.DecodeRuneInString(s[end:])
		if isSpace(r) || sc.maskStartsAt(end) {
			break
		}
		end += n
	}
	// A closing quote, a comma or a full stop after the value is not
	// part of it: « mon mdp c'est Soleil. Merci » keeps « . Merci ».
	for end > start {
		r, n := utf8.DecodeLastRuneInString(s[start:end])
		if !strings.ContainsRune("»\"”’),;.…", r) {
			break
		}
		end -= n
	}
	return start, end, end > start
}

// singleQuote reports whether the apostrophe at byte i opens a quote:
// it follows a space, a colon or the start of the text, and a letter or
// a digit follows it (« c'est 'le chat noir 12' »). The apostrophe of
// « l'ami » follows a letter.
func singleQuote(s string, i int) bool {
	r, n := utf8.DecodeRuneInString(s[i:])
	if r != '\'' && r != '‘' && r != '’' {
		return false
	}
	if i > 0 {
		if b, _ := utf8.DecodeLastRuneInString(s[:i]); !isSpace(b) && b != ':' && b != '=' && b != '(' {
			return false
		}
	}
	a, _ := utf8.DecodeRuneInString(s[i+n:])
	return unicode.IsLetter(a) || unicode.IsDigit(a)
}

// closingQuote returns where the quote opened by quote closes in s, or
// -1. A single quote closes at an apostrophe that no letter or digit
// follows: 'l'ami Pierre 7' closes after the 7.
func closingQuote(s string, quote rune) int {
	switch quote {
	case '«':
		return strings.Index(s, "»")
	case '"':
		return strings.Index(s, "\"")
	case '“':
		return strings.Index(s, "”")
	}
	for i, r := range s {
		if r != '\'' && r != '’' && r != '‘' || i == 0 {
			continue
		}
		if a, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):]); !unicode.IsLetter(a) && !unicode.IsDigit(a) {
			return i
		}
	}
	return -1
}

// maskIn reports whether a mask already in the text starts between bytes
// i and j.
func (sc *scanner) maskIn(i, j int) bool {
	k := sort.Search(len(sc.protected), func(k int) bool { return sc.protected[k].start >= i })
	return k < len(sc.protected) && sc.protected[k].start < j
}

func (sc *scanner) maskStartsAt(i int) bool { return sc.maskIn(i, i+1) }

// endOf returns the byte after token k.
func (sc *scanner) endOf(k int) int {
	if k < 0 {
		return 0
	}
	return sc.toks[k].end
}

// describes reports whether the value at byte start, core once trimmed,
// is a word that goes around a password rather than one.
func (sc *scanner) describes(start int, core string) bool {
	if k := sc.tokenFrom(start); k < len(sc.toks) && sc.toks[k].start == start {
		t := sc.toks[k]
		// The first word of the value: a word of notValue that is the
		// whole value, or an elided one (« j'ai », « l'autre »).
		if notValue[t.norm] && (t.end >= start+len(core) || strings.HasSuffix(t.norm, "'")) {
			return true
		}
	}
	if notValue[fold.String(core)] {
		return true
	}
	return participle(core)
}

// isLink reports whether s is a web address.
func isLink(s string) bool {
	l := strings.ToLower(s)
	if strings.Contains(l, "://") || strings.HasPrefix(l, "www.") || strings.HasSuffix(l, ".fr") || strings.HasSuffix(l, ".com") {
		return true
	}
	// « impots.gouv », « ameli.fr », « laposte.net »: a name and a domain.
	for _, d := range []string{".gouv", ".net", ".org", ".eu", ".be", ".info"} {
		if strings.HasSuffix(l, d) && len(l) > len(d) && isWord(l[:len(l)-len(d)]) {
			return true
		}
	}
	return false
}

// trimValue drops the punctuation that ends a sentence after a value. A
// full stop right after a « ! » or a « ? » (« mdp Zebulon!. ») ends the
// sentence alone: the mark before it is the value's.
func trimValue(s string) string {
	if t, ok := strings.CutSuffix(s, "."); ok && (strings.HasSuffix(t, "!") || strings.HasSuffix(t, "?")) &&
		!strings.HasSuffix(t, "!!") && !strings.HasSuffix(t, "??") {
		return t
	}
	return strings.TrimRightFunc(s, func(r rune) bool { return strings.ContainsRune(".,;:!?…»\"”)", r) })
}

// participle reports whether w is a lower-case word ending like a past
// participle (« bloqué », « changée »): a description, not a password.
func participle(w string) bool {
	for _, r := range w {
		if !unicode.IsLower(r) {
			return false
		}
	}
	for _, end := range []string{"é", "ée", "és", "ées"} {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// passwordLike reports whether s looks like a password rather than a
// word: letters with digits or symbols, mixed case inside a word, or at
// least four digits when digits are allowed.
func passwordLike(s string, digitsOK bool) bool {
	var letter, digit, symbol, upperInside, lower bool
	for i, r := range s {
		switch {
		case unicode.IsLetter(r):
			letter = true
			if unicode.IsUpper(r) && i > 0 {
				upperInside = true
			}
			if unicode.IsLower(r) {
				lower = true
			}
		case unicode.IsDigit(r):
			digit = true
		case r != '-' && r != '\'' && r != '’':
			symbol = true
		}
	}
	switch {
	case letter && (digit || symbol):
		return true
	case upperInside && lower:
		return true
	case digitsOK && digit && !letter && !symbol && len(s) >= 4:
		return true
	}
	return false
}

// isWord reports whether a token is a word of letters.
func isWord(t string) bool {
	if t == "" {
		return false
	}
	for _, r := range t {
		if !unicode.IsLetter(r) && r != '\'' {
			return false
		}
	}
	return true
}

// identifiers masks the password in « identifiants : mail / X », and after
// an e-mail address: « jeanne@gmail.com / X ».
func (sc *scanner) identifiers() {
	for k, t := range sc.toks {
		if t.norm != "/" && t.norm != "et" || t.norm == "/" && inDate(sc.text, t.start) {
			continue
		}
		// The run before the slash.
		end := t.start
		for end > 0 {
			r, n := utf8.DecodeLastRuneInString(sc.text[:end])
			if !isSpace(r) {
				break
			}
			end -= n
		}
		start := strings.LastIndexFunc(sc.text[:end], isSpace) + 1
		before := sc.text[start:end]
		introduced := false
		for b := k - 1; b >= 0 && b >= k-12; b-- {
			if n := sc.toks[b].norm; n == "." || n == "?" || n == "!" {
				break
			} else if idWords[n] {
				introduced = true
				break
			}
		}
		// « ameli : 1 01 06 … / Jardin7bleu »: a social security or tax
		// number masked before the slash is a login, as an address is.
		login := strings.Contains(before, "@") || strings.HasSuffix(sc.text[:end], MaskNIR) || strings.HasSuffix(sc.text[:end], MaskTax)
		if !introduced && !login || before == "" {
			continue
		}
		vs, ve, ok := sc.runAt(t.end)
		if !ok {
			continue
		}
		if k := sc.tokenFrom(vs); k < len(sc.toks) {
			_, named := sc.passwordName(k)
			_, code := sc.atAny(k, codeWords)
			if named {
				continue // « id : 1234567 / mdp : X » is masked after « mdp ».
			}
			if code {
				// « login jean.dupont / pass Jd#2024 »: the value after.
				if vs, ve, ok = sc.runAt(sc.toks[k].end); !ok {
					continue
				}
			}
		}
		core := trimValue(sc.text[vs:ve])
		// After « et », only a value that looks like a password:
		// « identifiants : jeanne@gmail.com et Nounours88 ».
		// « mes identifiants : jeanne@gmail.com et rossignol »: a plain
		// word that ends the phrase after an address, once named so.
		plain := false
		if v := sc.tokenFrom(vs); introduced && login && t.norm == "et" && v < len(sc.toks) && sc.toks[v].start == vs &&
			isWord(sc.toks[v].norm) && utf8.RuneCountInString(sc.toks[v].norm) >= 4 && !plainAfterName(sc.toks[v].norm) &&
			!participle(sc.toks[v].norm) && phraseEnd(sc, v+1) {
			plain, core = true, sc.text[sc.toks[v].start:sc.toks[v].end]
		}
		if core == "" || sc.describes(vs, core) || !plain && (!introduced || t.norm == "et") && !passwordLike(core, t.norm == "/") {
			continue
		}
		if strings.HasPrefix(sc.text[vs:], core) {
			ve = vs + len(core) // « … / Jardin7bleu. »: the full stop stays.
		}
		sc.add(vs, ve, Password, MaskPassword)
	}
}

// inDate reports whether the slash at byte i is glued between the day and
// the month of a date, or the month and the year: « rdv le 18/03/2025 ».
func inDate(s string, i int) bool {
	digitsAround := func(j int, step int) int {
		n := 0
		for j >= 0 && j < len(s) && isDigit(s[j]) {
			n++
			j += step
		}
		return n
	}
	before, after := digitsAround(i-1, -1), digitsAround(i+1, 1)
	return before >= 1 && before <= 2 && after >= 1 && after <= 2 ||
		before >= 1 && before <= 2 && i >= before+1 && s[i-before-1] == '/' && (after == 2 || after == 4)
}

// Words that introduce a login and its password.
var idWords = set("identifiant", "identifiants", "id", "ids", "login", "logins", "codes", "acces",
	"connexion", "identifiers", "username")

// oldAndNew masks « l'ancien était X », « le nouveau c'est X » in a
// message that speaks of a password.
func (sc *scanner) oldAndNew() {
	for k, t := range sc.toks {
		if !oldNew[t.norm] {
			continue
		}
		if e, ok := sc.atAny(k+1, strongVerbs); ok {
			sc.value(sc.toks[e-1].end, strong, false)
		} else if e, ok := sc.atAny(k+1, weakVerbs); ok {
			sc.value(sc.toks[e-1].end, weakVerb, false)
		} else if sc.word(k+1) == "," {
			// « j'en ai mis un autre, Z8x!Pq45, mais… »: after a comma,
			// only letters with digits or symbols.
			if s, e, ok := sc.runAt(sc.toks[k+1].end); ok && mixed(trimValue(sc.text[s:e])) {
				sc.value(s, bareAfterWords, false)
			}
		} else {
			// « l'ancien c'était X et le nouveau Y »
			sc.value(t.end, bareAfterWords, false)
		}
	}
}

// oldThenNew masks the old and the new password given in a message that
// does not name them: « l'ancien était Lina1506, le nouveau c'est
// Lina1507! », « avant c'était Chat.2019 maintenant c'est Chat.2024 ».
// Both must be given, each letters with digits or symbols and no
// reference: « l'ancien loyer était 450 € », « l'ancienne était
// AB-123-CD » stay.
// addressAt reports whether the value core, from start to end, is an
// e-mail address or its start: its domain after « @ », or a domain
// (« free.fr ») right after it. A password may end with « @ » (« le
// nouveau Rachid93@ »).
func (sc *scanner) addressAt(start, end int, core string) bool {
	if strings.Contains(strings.TrimRight(core, "@"), "@") {
		return true
	}
	_, next, ok := sc.runAt(end)
	return ok && next > end && strings.Contains(sc.text[end:next], ".")
}

func (sc *scanner) oldThenNew() {
	var found [2][]span // the old values, the new ones
	label := -1         // a label before a colon
	for k, t := range sc.toks {
		side := 0
		if newWords[t.norm] {
			side = 1
		} else if !oldWords[t.norm] {
			continue
		}
		e := k + 1
		if sc.word(e) == "one" {
			e++ // « the old one was X, the new one Y »
		}
		labelled := sc.word(e) == ":"
		if v, ok := sc.atAny(e, strongVerbs); ok {
			e = v
		} else if v, ok := sc.atAny(e, weakVerbs); ok {
			e = v
		}
		start, end, ok := sc.runAt(sc.toks[e-1].end)
		if !ok {
			continue
		}
		core := trimValue(sc.text[start:end])
		if !mixed(core) || !passwordLike(core, false) || reference(core) || ordinary(core) ||
			strings.Contains(core, "@") && sc.addressAt(start, end, core) || isLink(core) || sc.describes(start, core) {
			continue
		}
		found[side] = append(found[side], span{start: start, end: end})
		if labelled {
			label = k
		}
	}
	// « je voudrais le modifier, l'actuel : Gisele-1948 »: one
	// value under its label in a message about changing it, shaped as
	// only a password is (a plan's « Série4G » stays).
	if len(found[0])+len(found[1]) == 1 && label >= 0 && sc.has(changeWords) {
		sp := append(found[0], found[1]...)[0]
		if v := trimValue(sc.text[sp.start:sp.end]); nameDigits(v) || symbolic(v) || joinedWords(v) {
			sc.add(sp.start, sp.end, Password, MaskPassword)
		}
		return
	}
	if len(found[0]) == 0 || len(found[1]) == 0 {
		return
	}
	for _, sp := range append(found[0], found[1]...) {
		sc.add(sp.start, sp.end, Password, MaskPassword)
	}
}

var (
	oldWords = set("ancien", "ancienne", "avant", "precedent", "precedente", "old")
	newWords = set("nouveau", "nouvelle", "nouvel", "maintenant", "actuel", "actuelle", "new", "current")
	// changeWords say the resident wants to change what they give.
	changeWords = set("changer", "change", "modifier", "changement", "modification", "renouveler")
)

var oldNew = set("ancien", "ancienne", "nouveau", "nouvelle", "nouvel", "actuel", "actuelle", "avant",
	"maintenant", "precedent", "precedente", "autre", "vrai", "bon")

// pastAside returns the token after an aside between brackets that opens
// right before token j, or j.
func (sc *scanner) pastAside(j int) int {
	if j <= 0 || j >= len(sc.toks) {
		return j
	}
	gap := sc.text[sc.toks[j-1].end:sc.toks[j].start]
	if strings.TrimFunc(gap, isSpace) != "(" {
		return j
	}
	end := strings.IndexByte(sc.text[sc.toks[j].start:min(len(sc.text), sc.toks[j].start+160)], ')')
	if end < 0 {
		return j
	}
	return sc.tokenFrom(sc.toks[j].start + end + 1)
}

// yearOrPhone reports whether digits read as a year (« 2024 ») or a
// French phone number (« 0612345678 »).
func yearOrPhone(d string) bool {
	return len(d) == 4 && (d[:2] == "19" || d[:2] == "20") || len(d) == 10 && d[0] == '0' && d[1] != '0'
}

// passwordName returns the index after a password's name at token k:
// one of passwordWords, or a name with a typo a resident could make:
// « mot d passe », « mo 2 pase », « mots pas », « mpd », « dmp ».
func (sc *scanner) passwordName(k int) (int, bool) {
	if j, ok := sc.atAny(k, passwordWords); ok {
		return j, true
	}
	switch n := sc.toks[k].norm; {
	case n == "mot" || n == "mots" || n == "mo" || n == "mos" || n == "mto":
		// The last word starts as « passe » does; a short word may stand
		// between (« d », « 2 », « dee »).
		for j := k + 1; j < len(sc.toks) && j <= k+2; j++ {
			w := sc.toks[j].norm
			if len(w) >= 4 && strings.HasPrefix(w, "pas") && w != "pascal" && (j == k+2 || strings.HasPrefix(w, "pass")) {
				return j + 1, true
			}
			if len(w) > 3 || !isWord(w) && w != "2" {
				break
			}
		}
	case len(n) == 3 && n != "mdp" && strings.ContainsRune(n, 'm') && strings.ContainsRune(n, 'd') && strings.ContainsRune(n, 'p'):
		// « mpd », « dmp »: the letters of « mdp » in another order.
		return k + 1, true
	case n == "mdpp" || n == "mddp" || n == "mmdp":
		// A key pressed twice.
		return k + 1, true
	case n == "mp" && !privateMessage[sc.word(k-1)]:
		// « mp » is how an SMS writes « mot de passe » (« moi mp c … »,
		// « le mp est le même partout : … »); « en mp », « par mp » is a
		// private message.
		return k + 1, true
	}
	return k, false
}

// privateMessage are the words before « mp » that make it a private
// message, not a password: « envoyez-moi ça en mp », « par mp », « un mp ».
var privateMessage = set("en", "par", "un", "des", "les", "aux", "ce")

// describesNot reports whether core, at byte start, describes a password
// rather than being one, a greeting given as the value excepted.
func (sc *scanner) describesNot(start int, core string, how int, weak bool) bool {
	return sc.describes(start, core) && !sc.greetingValue(start, core, how, weak)
}

// soundsLikeItIs reports whether w is « c'est » written as it sounds
// with an accent no « ce » has: « cé », « sé ».
func soundsLikeItIs(w string) bool {
	switch strings.ToLower(w) {
	case "cé", "sé", "cè", "sè":
		return true
	}
	return false
}

// greetings are words a sentence opens or ends with, and a password may
// be: « mon mot de passe c'est bonjour ».
var greetings = set("bonjour", "bonsoir", "salut", "coucou", "merci", "bienvenue", "hello")

// greetingValue reports whether core, a greeting at byte start, is the
// value after a password's name and « c'est » or « est » (« le mot de
// passe c'est bonjour tout simplement »), not a thanks that goes on
// (« c'est merci de m'aider »).
func (sc *scanner) greetingValue(start int, core string, how int, weak bool) bool {
	k := sc.tokenFrom(start)
	if how != strong && how != weakVerb || weak || k < 1 || k >= len(sc.toks) || !greetings[fold.String(core)] {
		return false
	}
	switch sc.word(k - 1) {
	case "est", "cest", "etait", "cetait":
	case ":":
		// « mot de passe tout simple : bonjour »: a greeting that ends
		// the message after the colon is the value, not a new message.
		return fold.String(core) != "merci" && !trouble[sc.word(k-2)] && (k+1 >= len(sc.toks) || sentenceEnd(sc.word(k+1)) && k+2 >= len(sc.toks))
	default:
		if !soundsLikeItIs(sc.text[sc.toks[k-1].start:sc.toks[k-1].end]) {
			return false
		}
	}
	switch sc.word(k + 1) {
	case "de", "d'", "pour", "beaucoup", "d'avance", "bien", "a", "madame", "monsieur":
		return false
	}
	return true
}
