package secret

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// The families below test the masker's mechanisms rather than its
// phrases: each composes a password's name, the way a sentence points
// from it to its value (a verb in any tense, a clause, a purpose, the
// value first, a list, a hesitation) and a value, from parts written for
// this file, so that a mechanism that only knows the sentences it was
// made on fails here. Each family has ordinary lines of the same words
// and no secret, which must come back unchanged.

// genPlain are plain words a password may be, with no digit: the
// resident's favourite things, run together or not.
var (
	genPlain     = []string{"tournesol", "chaussette", "girafe", "hirondelle", "marmotte", "pivoine", "coquelicot", "framboise", "escargot", "myrtille", "tortue", "lavande", "grenouille", "noisette", "tonnerre", "cerisier", "caramel", "pistache", "mimosa", "bergamote", "rossignol", "farandole"}
	genPlainTail = []string{"rouge", "bleu", "dupre", "dor", "joyeux", "maman", "dumidi", "enfolie", "dubois", "cheri"}
)

// plainPassword is a password of letters only: one word, two run
// together, or capitalised.
func (g *gen) plainPassword() string {
	w := g.pick(genPlain)
	switch g.r.IntN(4) {
	case 0:
		return w + g.pick(genPlainTail)
	case 1:
		return strings.ToUpper(w[:1]) + w[1:]
	}
	return w
}

// anyPassword is a plain word half the time, else a password of the
// shapes of password().
func (g *gen) anyPassword() string {
	if g.r.IntN(2) == 0 {
		return g.plainPassword()
	}
	return g.password()
}

var genPasswordNames = []string{"le mot de passe", "mon mot de passe", "le mdp", "mon mdp", "le mot de passe de la caf",
	"mon mot de passe ameli", "le mdp de ma fille", "le mot de passe du site des impôts", "mot de passe",
	"le mot de passe de mon compte", "son mot de passe", "le mot de pass", "mon mot de passe pour la banque"}

// verbLine gives a value with a verb of the paradigm: another tense, a
// modal, a hedge, SMS spellings of typing.
func (g *gen) verbLine() genLine {
	v := g.anyPassword()
	name := g.pick(genPasswordNames)
	verb := g.pick([]string{"ce serait", "serait", "ça serait", "ça sera", "ce sera", "doit être", "devrait être",
		"ça doit être", "ça devrait être", "c'était", "ct", "est censé être", "c'est normalement", "normalement c'est",
		"je crois que c'est", "il me semble que c'est", "c'est je crois", "je pense que c'est", "ça pourrait être",
		"c'est sûrement", "logiquement c'est", "en principe c'est", "sa serait", "c'est censé être", "doit etre"})
	var text string
	switch g.r.IntN(3) {
	case 0:
		typed := g.pick([]string{"jai mit %s", "j'ai mi %s", "j'avais mis %s", "j'ai taper %s", "je met %s",
			"je mettrai %s", "ma fille a mit %s", "je vais mettre %s", "jai tapé %s", "j'aurais mis %s", "jai mis %s",
			"j'ai rentrer %s", "jai écri %s", "j'ai saisit %s", "je tape %s", "il a mit %s"})
		text = fmt.Sprintf(g.pick([]string{"%s comme mot de passe", "%s comme mdp", "pour le mot de passe %s",
			"mot de passe ameli : %s", "%s pour le mdp de la caf"}), fmt.Sprintf(typed, v))
	default:
		text = fmt.Sprintf("%s %s %s", name, verb, v)
		if g.r.IntN(4) == 0 {
			other := strings.ToUpper(v[:1]) + v[1:]
			if other == v {
				other = v + "!"
			}
			text += " ou " + other + g.pick([]string{" je sais plus lequel", " je sais plus", ", un des deux"})
			return genLine{g.story(text), []string{v}, "verbs"}
		}
	}
	return genLine{g.story(text), []string{v}, "verbs"}
}

// clauseLine gives a value after a clause between the name and its verb,
// whatever the clause holds: a year, a date, an amount, a place.
func (g *gen) clauseLine() genLine {
	v := g.anyPassword()
	clause := g.pick([]string{"qu'il a choisi en %[1]s", "que ma fille a créé le %[2]s", "qu'on m'a donné au guichet le %[2]s",
		"que j'ai mis pour la caf en %[1]s", "que le conseiller m'a envoyé par courrier le %[3]s", "que j'utilise depuis %[1]s",
		"qu'elle a noté dans son carnet en %[1]s", "que mon fils a changé il y a 2 ans", "qu'on a mis ensemble le %[3]s",
		"que j'avais choisi à l'ouverture du compte en %[1]s", "qui marchait jusqu'au %[2]s", "que j'ai reçu le %[2]s à 14h30",
		"que ma petite-fille m'a installé en %[1]s sur la tablette", "qu'on m'a donné à l'agence du 12 rue Victor Hugo"})
	year := g.num(2005, 2025, 4)
	date := g.num(1, 28, 2) + "/" + g.num(1, 12, 2) + "/" + year
	spoken := g.num(1, 28, 0) + " " + g.pick([]string{"janvier", "mars", "mai", "octobre", "décembre"})
	verb := g.pick([]string{"c'est", "c'était", "c est", "cest", "c'est :", "est", ":", "ce serait", "c'etait"})
	c, _, _ := strings.Cut(fmt.Sprintf(clause, year, date, spoken), "%!(EXTRA")
	text := fmt.Sprintf("%s %s %s %s", g.pick(genPasswordNames), c, verb, v)
	if g.r.IntN(3) == 0 {
		text += g.pick([]string{". Il a reçu un avis de 412 €", ", il ne s'en souvient plus", " tout en minuscules"})
	}
	return genLine{g.story(text), []string{v}, "clause"}
}

// purposeLine gives a code named by what it opens: « le code pour
// entrer sur le site », and a password said in apposition.
func (g *gen) purposeLine() genLine {
	v := g.anyPassword()
	code := g.pick([]string{"le code pour rentrer sur le site", "mon code pour entrer sur le site de la banque",
		"le code pour me connecter à l'appli", "le code pour accéder à mon compte ameli", "le code pour aller sur le site de la caf",
		"le code pour ouvrir ma session", "le code pour entrer dans mon espace", "mon code pour rentrer sur l'application",
		"le code pour se connecter sur impots.gouv", "le code que je tape pour entrer sur le site"})
	var text string
	switch g.r.IntN(3) {
	case 0:
		text = fmt.Sprintf("%s c'est mon mot de passe, %s, %s", code, v, g.pick([]string{"pas de chiffre", "tout attaché", "sans majuscule", "voilà"}))
	default:
		text = fmt.Sprintf("%s %s %s", code, g.pick([]string{"c'est", "c'est :", ":", "cest", "c'était", "ce serait"}), v)
		if g.r.IntN(3) == 0 {
			text += g.pick([]string{" en minuscule (c'est le site ameli)", " avec une majuscule", " je crois"})
		}
	}
	return genLine{g.story(text), []string{v}, "purpose"}
}

// beforeLine gives the value before what it is: « j'ai mis X c'est ma
// date de naissance pour le mot de passe ».
func (g *gen) beforeLine() genLine {
	v := g.anyPassword()
	if g.r.IntN(2) == 0 {
		v = g.num(1, 28, 2) + g.num(1, 12, 2) + g.num(1940, 2005, 4)
	}
	what := g.pick([]string{"c'est ma date de naissance", "cest ma date de naissance", "c'est le prénom de mon chien",
		"c'est la date de naissance de ma fille", "c'est le nom de ma rue", "c est mon surnom"})
	text := fmt.Sprintf(g.pick([]string{"j'ai mis %s %s pour le mot de passe", "j ai mis %s %s pour le mot de passe",
		"%s %s, c'est mon mot de passe", "jai mis %s %s pour le mdp", "pour le mdp j'ai mis %s %s",
		"j'ai tapé %s %s pour le mot de passe de la caf", "%s %s pour le mot de passe ameli"}), v, what)
	return genLine{g.story(text), []string{v}, "before"}
}

// listLine gives accounts and their passwords in a list, one item a
// line or set off by bars or semicolons: one item names a password, its
// siblings are the same kind of value.
func (g *gen) listLine() genLine {
	lists := [][]string{{"compte 1 (moi)", "compte 2 (ma fille)", "compte 3 (mon mari)"},
		{"LCL", "ameli", "caf"}, {"impots", "ameli", "france travail"}, {"moi", "ma femme", "mon fils"},
		{"banque postale", "edf", "free"}, {"Crédit Agricole", "la caf", "ameli"}}
	labels := lists[g.r.IntN(len(lists))]
	sep := g.pick([]string{"\n", " | ", " ; ", "\n- ", " / "})
	var items, secrets []string
	n := 2 + g.r.IntN(2)
	for i := range n {
		v := g.password()
		for strings.ContainsAny(v, "/|;") || len(v) < 6 || isDigits(v) {
			v = g.password()
		}
		item := labels[i] + " : " + v
		if i == 0 && g.r.IntN(2) == 0 {
			item = labels[i] + " : mdp " + v
		}
		items = append(items, item)
		secrets = append(secrets, v)
	}
	head := g.pick([]string{"", "", "mes comptes\n", "voilà tout ", "les mots de passe de la famille :\n", "mes codes "})
	return genLine{g.pick(genHello) + head + strings.Join(items, sep), secrets, "list"}
}

// oldNewLine gives an old or a new password without its name, in a
// message about changing it; or hesitates between two.
func (g *gen) oldNewLine() genLine {
	v := g.anyPassword()
	text := fmt.Sprintf(g.pick([]string{"l'ancien était %s tout en minuscules, le nouveau je l'ai pas noté",
		"j'ai changé de mot de passe, l'ancien c'était %s", "le site m'a fait changer le mdp, l'ancien était %s",
		"l ancien etait %s et le nouveau je sais plus", "on m'a demandé de le changer. L'ancien : %s",
		"mot de passe changé hier, avant c'était %s", "il fallait changer le mot de passe, le nouveau c'est %s"}), v)
	return genLine{g.story(text), []string{v}, "oldnew"}
}

// gluedLine runs an IBAN or a NIR into the words around it, as a copy
// that lost its spaces does: « ibanFR76…merci ».
func (g *gen) gluedLine() genLine {
	var v string
	if g.r.IntN(2) == 0 {
		bank, branch, account, key := g.genRIB()
		bban := bank + branch + account + key
		v = "FR" + ibanCheck("FR", bban) + bban
	} else {
		v = strings.Join(g.genNIR(), "")
	}
	before := g.pick([]string{"iban", "voila", "monibanest", "lenumero", "cest", "secu", "numero"})
	after := g.pick([]string{"merci", "svp", "voila", "mrc", "cordialement", "bonnejournee"})
	return genLine{g.pick(genHello) + before + v + after, []string{v}, "glued"}
}

// waysOrdinary are lines of the same words as the families above, and
// no secret: what is said of a password, a door's code, a date given as
// a date.
func (g *gen) waysOrdinary() genLine {
	year := g.num(2005, 2025, 4)
	date := g.num(1, 28, 2) + "/" + g.num(1, 12, 2) + "/" + year
	t := g.pick([]string{
		"le mot de passe serait trop simple", "le mot de passe doit être changé tous les 3 mois", "le mot de passe devrait être plus long",
		"ça doit être le mot de passe qui bloque", "le mot de passe doit être de 12 caractères minimum", "le mot de passe sera envoyé par courrier",
		"normalement c'est le même mot de passe", "je crois que c'est le mot de passe qui est faux", "le mot de passe c'était celui de la caf",
		"je mettrai le mot de passe demain", "le code doit être reçu par sms", "le mot de passe doit être différent de l'ancien",
		"il me semble que c'est bloqué", "ça serait pas plutôt le mot de passe de la caf ?", "jai mit mon mot de passe et rien",
		"j'ai mi le mot de passe mais ça marche pas", "le mot de passe qu'il a choisi en %[1]s c'est pas le bon",
		"le mot de passe qu'on m'a donné le %[2]s c'est bloqué", "le mot de passe que j'ai changé en %[1]s est trop court",
		"le code pour rentrer dans l'immeuble c'est le 1234 ?", "le code pour entrer sur le site c'est quoi ?",
		"le code pour rentrer sur le site c'est celui reçu par sms ?", "le code pour aller sur le site c'est le même que le mot de passe ?",
		"j'ai mis %[2]s c'est ma date de naissance pour le formulaire", "j ai mis 75019 c'est mon code postal",
		"l'ancien était mieux, le nouveau site est compliqué", "l'ancien conseiller était gentil", "le mot de passe ce serait bien de le changer",
		"mon code pour entrer sur le site de la banque c'est mon mot de passe ?", "le mot de passe doit etre changé",
		"compte 1 : 120 €\ncompte 2 : 45 €", "caf : versement ok | ameli : remboursé | impots : rien", "LCL : 09 69 39 99 09 | ameli : 36 46",
		"le mot de passe que j'utilise depuis %[1]s ne marche plus", "ça devrait être bon maintenant", "c'est censé être gratuit",
		"le mot de passe qu'il a choisi, je l'ai pas", "il me semble que c'est le %[2]s",
		"moi : Paris / ma femme : Lyon", "moi : 45 ans ; ma femme : 42 ans", "compte 1 : 120€\ncompte 2 : 45€",
		"LCL : agence de Bobigny | caf : Saint-Denis", "moi : T3 / ma fille : T2", "ameli : ok | caf : ok | impots : ok",
		"mes comptes\nLCL : 350 €\nlivret A : 1200 €", "moi : né en %[1]s / ma femme : née en 1980",
		"référence de l'avis 24 07 B765432 19, c'est pour quoi ?", "numéro de l'avis d'imposition 25 91 K123987 04 svp"})
	text := fmt.Sprintf(t, year, date)
	text, _, _ = strings.Cut(text, "%!(EXTRA")
	return genLine{g.pick(genHello) + text + g.pick([]string{"", " merci", "?", " svp"}), nil, "ordinary"}
}

// wifiKey is a box's key: hex digits run together or in groups of four,
// or letters and digits with a symbol.
func (g *gen) wifiKey() string {
	const hex = "0123456789abcdef"
	switch g.r.IntN(3) {
	case 0:
		b := make([]byte, 10+2*g.r.IntN(6))
		for i := range b {
			b[i] = hex[g.r.IntN(16)]
		}
		b[1], b[2], b[5] = "0123456789"[g.r.IntN(10)], "abcdef"[g.r.IntN(6)], "abcdef"[g.r.IntN(6)]
		if g.r.IntN(2) == 0 {
			return strings.ToUpper(string(b))
		}
		return string(b)
	case 1:
		var groups []string
		for range 3 + g.r.IntN(3) {
			groups = append(groups, strings.ToUpper(fmt.Sprintf("%04x", g.r.IntN(0x10000))))
		}
		groups[0] = "A" + groups[0][1:3] + "7"
		return strings.Join(groups, " ")
	}
	return g.pick(genPlain) + g.pick([]string{"-", "_", ""}) + g.num(10, 9999, 0) + g.pick([]string{"!", "", "#"})
}

// wifiLine gives a box's wifi key after any of its names and the words
// that say whose box it is.
func (g *gen) wifiLine() genLine {
	v := g.wifiKey()
	name := g.pick([]string{"code wifi", "clé wifi", "key wifi", "passe wifi", "mot de passe du wifi", "kode wifi",
		"le code du wifi", "mdp wifi", "clef wifi", "Mon code wifi"})
	where := g.pick([]string{"", "", " box sfr", " de la livebox", " chez mon fils", " est sur la box", " de la freebox",
		" chez ma voisine", " de mon appartement", " qui est collé derrière la box"})
	sep := g.pick([]string{" : ", " ", " c'est ", " c ", ": ", " = "})
	if where == " est sur la box" || where == " qui est collé derrière la box" {
		sep = g.pick([]string{" : ", ": "})
	}
	q := g.pick([]string{"", "", "'", "« "})
	closing := map[string]string{"": "", "'": "'", "« ": " »"}[q]
	text := name + where + sep + q + v + closing
	return genLine{g.story(text), []string{v}, "wifi"}
}

// answerLine gives the answer to a secret question after the question's
// words and a mark, or « c'est » after the answer's name.
func (g *gen) answerLine() genLine {
	v := g.pick([]string{"Pompon", "Bamako", "Lefebvre", "Carcassonne", "Moustache", "Nguyen", "Brest", "Saint Flour",
		"Rantanplan", "Oujda", "Perrin", "Biscotte"})
	question := g.pick([]string{"nom de jeune fille de ma mère", "ville de naissance de mon père", "nom de mon premier animal",
		"mon plat préféré", "nom de mon école primaire", "prénom de mon meilleur ami"})
	var text string
	switch g.r.IntN(4) {
	case 0:
		text = fmt.Sprintf("question secrète : %s %s %s", question, g.pick([]string{"→", "->", "=", ":"}), v)
	case 1:
		text = fmt.Sprintf("%s à la question secrète « %s » : %s", g.pick([]string{"ma réponse", "la réponse", "réponse"}), question, v)
	case 2:
		text = fmt.Sprintf("question secrete %s = %s", question, v)
	default:
		text = fmt.Sprintf("%s %s %s", g.pick([]string{"la réponse secrète", "réponse secrète", "la reponse secrete", "ma réponse secrète"}),
			g.pick([]string{"c'est", "cé", "c est", ":"}), v)
	}
	text += g.pick([]string{"", ", je m'en souviens", ", c'est ma grand-mère qui me l'a dit", " merci"})
	return genLine{g.pick(genHello) + text, []string{v}, "answer"}
}

// wifiAnswerOrdinary are lines of the same words with no key and no
// answer.
func (g *gen) wifiAnswerOrdinary() genLine {
	t := g.pick([]string{"le code wifi ne marche plus depuis le %[1]s", "le wifi s'appelle Livebox-%[2]s", "code wifi de la Livebox 6 ne marche pas",
		"la clé wifi est sous la box, c'est normal ?", "le code wifi de la box a changé le %[1]s", "mot de passe du wifi oublié, je fais comment ?",
		"la clé wifi est écrite où sur la box 4K ?", "le mot de passe du wifi est marqué au dos de la box", "la clé wifi est derrière la box, je la trouve pas", "le mot de passe est imprimé devant la box", "question secrète : nom de mon premier animal", "la question secrète c'est quoi déjà ?",
		"réponse secrète oubliée, comment faire ?", "question secrète : je ne m'en souviens plus", "le code wifi est trop long à taper",
		"le nom du wifi c'est Freebox-%[2]s", "réponse à la question secrète : je sais plus", "la question secrète demande ma ville de naissance"})
	text := fmt.Sprintf(t, g.num(1, 28, 2)+"/"+g.num(1, 12, 2)+"/"+g.num(2020, 2025, 4), strings.ToUpper(fmt.Sprintf("%06x", g.r.IntN(0x1000000))))
	text, _, _ = strings.Cut(text, "%!(EXTRA")
	return genLine{g.pick(genHello) + text + g.pick([]string{"", " merci", "?", " svp"}), nil, "ordinary"}
}

// openedLine gives a code of digits named by what it opens, past how
// many digits it has, whose account it is, a provider's name or an
// aside, the value run together or in groups.
func (g *gen) openedLine() genLine {
	d := g.num(1, 9, 0) + g.num(0, 9, 0) + g.num(0, 9, 0) + g.num(0, 9, 0)
	if g.r.IntN(2) == 0 {
		d += g.num(10, 99, 2)
	}
	if d[:2] == "19" || d[:2] == "20" {
		d = "7" + d[1:]
	}
	v := d
	switch g.r.IntN(4) {
	case 0:
		v = strings.Join(inGroupsOf(d, 2), " ")
	case 1:
		v = strings.Join(strings.Split(d, ""), " ")
	}
	name := g.pick([]string{"le code", "code", "mon code secret", "le code confidentiel", "kod", "the code", "code perso"})
	desc := g.pick([]string{" à %d chiffres de l'appli", " de mon compte en ligne", " pour l'aplication de la banque",
		" de l'espace client Veolia", " for my bank app", " de la box (le code parental)", " de mon appli ameli",
		" que j'ai choisi pour l'appli", " %d chifres de l apli caf", " de ma carte bleue en ligne", " pour le site de la mutuelle"})
	desc, _, _ = strings.Cut(fmt.Sprintf(desc, len(d)), "%!(EXTRA")
	sep := g.pick([]string{" : ", " ", " c'est ", " est ", " ? ", " c'est " + fmt.Sprint(len(d)) + " chiffres : ", " is "})
	return genLine{g.story(name + desc + sep + v), []string{v}, "opened"}
}

// openedOrdinary are codes of the same words that open nothing, and
// years, amounts and form numbers after an app's or a site's code.
func (g *gen) openedOrdinary() genLine {
	t := g.pick([]string{"le code de la porte à 4 chiffres c'est %[1]s", "le code postal de ma banque est 750%[2]s",
		"le code de l'appli a été envoyé le %[3]s", "le code de mon compte en ligne a changé en %[4]s",
		"le code du site des impots c'est %[4]s pour la déclaration ?", "l'appli de la banque me demande un code à 6 chiffres depuis %[4]s",
		"le code de mon appli coûte %[1]s €", "code article de la box %[1]s", "le code client de mon compte %[5]s",
		"le code de l'appli ameli c'est %[4]s qui l'a mis en place", "code colis de l'appli %[5]s", "le code de la box marche plus depuis %[4]s",
		"le code de l'appli de la mutuelle arrive par sms le %[3]s", "le code de mon compte en ligne %[4]s est expiré",
		"le code du site de la mairie pour %[1]s € d'achats", "le code de l'espace client Veolia fait %[1]s caractères ?"})
	text := fmt.Sprintf(t, g.num(1000, 9999, 4), g.num(10, 20, 2), g.num(1, 28, 2)+"/"+g.num(1, 12, 2), g.num(2015, 2025, 4), g.num(100000, 999999, 6))
	text, _, _ = strings.Cut(text, "%!(EXTRA")
	return genLine{g.pick(genHello) + text + g.pick([]string{"", " merci", "?", " svp"}), nil, "ordinary"}
}

// respelledLine gives a password and the same again with a sign added.
func (g *gen) respelledLine() genLine {
	v := g.password()
	// A value the other rules take: letters with digits.
	for len(v) < 6 || strings.ContainsAny(v, "«»\"' /") || !strings.ContainsAny(v, "0123456789") || isDigits(v) {
		v = g.password()
	}
	w := v + g.pick([]string{"!", "#", "*", "!!"})
	a, b := v, w
	if g.r.IntN(2) == 0 {
		a, b = w, v
	}
	text := fmt.Sprintf(g.pick([]string{"pour le mdp j'ai essayé %s et %s, aucun marche", "j'ai essayé avec « %s » et aussi « %s » rien ne passe",
		"mon mot de passe c'est %s ou %s je sais plus", "le mdp ameli : %s, ou peut-être %s"}), a, b)
	return genLine{g.story(text), []string{v, w}, "respelled"}
}

// mixedPassword is a password of password()'s shapes with letters and
// digits or signs, as no plain word is.
func (g *gen) mixedPassword() string {
	v := g.password()
	for !mixed(v) || strings.ContainsAny(v, "/ ") || len(v) < 6 {
		v = g.password()
	}
	return v
}

// typedAfterLine gives a value, then how it is typed, with no name of a
// password: « X avec l'accent sur le E », « 'X' entre apostrophes »,
// « « deux mots » avec l'espace ».
func (g *gen) typedAfterLine() genLine {
	v := g.mixedPassword()
	shown := v
	switch g.r.IntN(4) {
	case 0:
		shown = "'" + v + "'"
	case 1:
		v = g.pick([]string{"Le chat dort", "Vive la mer", "Mon beau sapin 3", "petit lapin blanc", "Je t'aime Lili"})
		shown = g.pick([]string{"« %s »", "\"%s\"", "'%s'"})
		shown = strings.Replace(shown, "%s", v, 1)
	}
	aside := g.pick([]string{"avec l'accent", "avec l'accent sur le e", "avec le %c en majuscule", "entre apostrophes",
		"entre guillemets", "avec les espaces", "sans l'accent", "avec un tiret", "avec l'apostrophe et l'espace",
		"avec une majuscule", "sans les espaces"})
	aside = strings.Replace(aside, "%c", strings.ToUpper(string([]rune(v)[:1])), 1)
	text := fmt.Sprintf(g.pick([]string{"%s %s, ça peut poser problème ?", "%s %s", "c'est %s %s ou pas ?",
		"ma fille a dit %s %s", "il faut écrire %s %s je crois", "%s %s, c'est bien ça ?"}), shown, aside)
	return genLine{g.story(text), []string{v}, "typedafter"}
}

// announcedLine gives a value the resident announces with a pronoun,
// then gives after a colon or on a later line.
func (g *gen) announcedLine() genLine {
	v := g.mixedPassword()
	lead := g.pick([]string{"je l'ai tapé %d fois", "je vous l'écris en gros", "je vous le mets en dessous",
		"je vous le note ici", "je l'ai recopié du carnet", "je vous le donne", "le mot de passe je vous le mets en bas",
		"je vous l'écris à l'envers", "je l'avais noté sur un papier", "je vous le copie", "mon code je vous l'envoie"})
	lead, _, _ = strings.Cut(fmt.Sprintf(lead, 2+g.r.IntN(5)), "%!(EXTRA")
	mark := g.pick([]string{" : ", ": ", "\n", "\n\n", " :\n", "\n\n\n"})
	return genLine{g.pick(genHello) + g.pick(genStory) + lead + mark + v + g.pick([]string{"", "", " merci", "\nmerci"}), []string{v}, "announced"}
}

// variantLine gives a password tried in several forms, a plain word and
// the same with digits or signs: « soit X soit X2 », « pas X mais x56 ».
func (g *gen) variantLine() genLine {
	w := g.pick(genPlain)
	up := strings.ToUpper(w[:1]) + w[1:]
	full := g.pick([]string{w, up}) + g.pick([]string{"1", "12", "2024", "*7", "56", "#1", "75"})
	plainForm := g.pick([]string{w, up})
	var text string
	switch g.r.IntN(5) {
	case 0:
		text = fmt.Sprintf("j'ai mis %s ça marche pas, %s non plus", full, plainForm)
	case 1:
		text = fmt.Sprintf("c'est soit %s soit %s", plainForm, full)
	case 2:
		text = fmt.Sprintf("le mot de passe c'était pas %s mais %s", plainForm, full)
	case 3:
		text = fmt.Sprintf("mdp : %s ou juste %s", full, plainForm)
	default:
		text = fmt.Sprintf("j'ai essayé %s puis %s, rien", full, plainForm)
	}
	return genLine{g.story(text), []string{plainForm, full}, "variant"}
}

// colonGreetingLine gives a greeting as the value after a colon, ending
// the message: « mot de passe tout simple : bonjour ».
func (g *gen) colonGreetingLine() genLine {
	v := g.pick([]string{"bonjour", "salut", "coucou", "bienvenue", "bonsoir", "Bonjour"})
	name := g.pick([]string{"mot de passe", "mot de passe tout simple", "mon mdp", "le mot de passe de la box", "mdp facile",
		"ma fille a mis un mot de passe simple", "le mot de passe du wifi"})
	return genLine{g.pick(genHello) + name + g.pick([]string{" : ", ": ", " :"}) + v + g.pick([]string{"", ".", " !"}), []string{v}, "greeting"}
}

// newWaysOrdinary are lines of the same words with no secret: a login
// or a name said how to type, a file or an address announced, a place
// beside a password's name, a greeting after a colon that goes on.
func (g *gen) newWaysOrdinary() genLine {
	t := g.pick([]string{"mon identifiant jean_dupont%[1]s avec un underscore", "écrivez Lefèvre avec l'accent grave",
		"la rue Saint-Éloi avec le tiret", "j'ai un iPhone13 avec l'écran cassé", "RDV le %[2]s avec les papiers",
		"mon adresse marie.durand%[1]s@gmail.com avec le point", "je vous l'envoie : facture_%[3]s.pdf",
		"je vous le mets ici : lucie.martin@orange.fr", "je vous la note : 06 %[1]s 34 56 78", "je l'ai tapé 3 fois : 750%[1]s",
		"je vous le mets : AB-123-CD", "je vous l'écris : RDV le %[2]s à 14h30", "je l'ai noté : iPhone13",
		"je vous le copie : https://www.ameli.fr", "mot de passe : bonjour je l'ai oublié", "Objet : mot de passe oublié : bonjour",
		"question : bonjour", "le nom Nguyễn avec les accents", "je vous le donne : dossier %[3]s", "mon prénom Zoé avec le tréma",
		"je vous l'écris en majuscules : DUPONT", "le numéro de dossier je vous le mets : %[3]s%[1]s",
		"j'ai un ticket avec le code %[1]s%[1]s pour la file d'attente", "le code sur mon ticket c'est %[1]s1, j'attends depuis 1h",
		"à la borne j'ai pris un ticket, code B%[1]s", "nsit lmot de passe w ma 3ndich l'email", "mot de passe 3ndich, 3afak 3awni",
		"ma3ndich l'code dyal l'appli, appeler 06 %[1]s 76 54 32"})
	text := fmt.Sprintf(t, g.num(10, 99, 2), g.num(1, 28, 2)+"/"+g.num(1, 12, 2), g.num(2019, 2025, 4))
	text, _, _ = strings.Cut(text, "%!(EXTRA")
	return genLine{g.pick(genHello) + text + g.pick([]string{"", " merci", "?", " svp"}), nil, "ordinary"}
}

// topicLine gives the answer to a secret question after the question's
// topic, which stands for its name: a topic only a secret question asks,
// or one a form asks too beside an account's name.
func (g *gen) topicLine() genLine {
	v := g.pick([]string{"Jules Ferry", "Biscotte", "Moreau", "Tlemcen", "Sidi Bel Abbes", "Rantanplan", "Garnier",
		"Pompon", "Lasagnes", "Kouassi", "Saint Brieuc", "Paella", "Renault", "Titeuf"})
	topic := g.pick([]string{"première école", "ecole primaire", "plat préféré", "premier animal", "première voiture",
		"le nom de mon instit", "nom de mon premier chien", "mon film préféré", "meilleur ami d'enfance"})
	if g.r.IntN(3) == 0 {
		topic = g.pick([]string{"nom de jeune fille de ma mère", "ville de naissance de mon père", "ville de naissance de votre mère",
			"nom de jeune fille de votre mère"}) + g.pick([]string{" pour la banque", " pour le site ameli", " de mon compte caf",
			" (question de sécurité)", " pour l'appli de la banque"})
	}
	shown := v
	if g.r.IntN(5) == 0 {
		shown = "'" + v + "'"
	}
	var text string
	switch g.r.IntN(4) {
	case 0:
		text = fmt.Sprintf("%s : %s", topic, shown)
	case 1:
		text = fmt.Sprintf("ma question c'est %s, %s", topic, shown)
	case 2:
		text = fmt.Sprintf("%s = %s", topic, shown)
	default:
		text = fmt.Sprintf("réponse à la question '%s' : %s", topic, shown)
	}
	text += g.pick([]string{"", "", " merci", "\nmerci", ", je crois"})
	return genLine{g.pick(genHello) + text, []string{v}, "topic"}
}

// topicOrdinary are lines of the same topics with no answer given, or a
// form's topic with no account named.
func (g *gen) topicOrdinary() genLine {
	t := g.pick([]string{"nom de jeune fille de ma mère : Martin, pour l'acte de naissance", "ville de naissance de mon père : Oran",
		"ma première école était à Lyon", "mon plat préféré c'est le couscous", "la question c'est mon plat préféré, je sais plus",
		"première école : je ne m'en souviens plus", "le formulaire demande la ville de naissance de ma mère : Alger",
		"première école ? aucune idée", "nom de jeune fille de votre mère : Dubois (pour le livret de famille)",
		"ma fille est en école primaire depuis %[1]s", "le plat préféré de mon fils c'est les pâtes", "premier animal : je sais plus",
		"ville de naissance de ma mère : Casablanca, c'est pour la carte d'identité"})
	text, _, _ := strings.Cut(fmt.Sprintf(t, g.num(2015, 2025, 4)), "%!(EXTRA")
	return genLine{g.pick(genHello) + text + g.pick([]string{"", " merci", "?", " svp"}), nil, "ordinary"}
}

// namesLine gives a password after names the tables read alike: a key
// or a lock emoji, a padlock's « combinaison », « mot de pas », a
// network's « clé de sécurité réseau », and what it is made of reversed
// before a mark.
func (g *gen) namesLine() genLine {
	v := g.mixedPassword()
	var text string
	switch g.r.IntN(5) {
	case 4:
		v = g.wifiKey()
		text = g.pick([]string{"clé de sécurité réseau ", "la clé réseau c'est ", "clé de sécurité du réseau : ", "cle reseau "}) + v
	case 0:
		text = g.pick([]string{"🔐", "🔑", "🗝️"}) + g.pick([]string{": ", " : ", " = "}) + v
	case 1:
		v = g.num(1, 9, 0) + "-" + g.num(1, 49, 0) + "-" + g.num(1, 49, 0) + "-" + g.num(1, 49, 0)
		text = g.pick([]string{"la combinaison c'est %s", "la combinaison c %s comme au loto", "ma combinaison : %s",
			"combinaison de l'appli : %s"})
		text = strings.Replace(text, "%s", v, 1)
	case 2:
		text = g.pick([]string{"mot de pas : ", "mot de pas ", "mon mot de pas c'est "}) + v
	default:
		w := g.pick(genPlain)
		v = reverse(w)
		text = fmt.Sprintf(g.pick([]string{"mdp = %s à l'envers = %s", "le mot de passe c'est %s à l'envers, %s",
			"mot de passe : %s à l'envers : %s"}), g.pick([]string{"mon prénom", "le nom de mon chat", "ma ville", "le nom de mon fils"}), v)
	}
	return genLine{g.story(text), []string{v}, "names"}
}

// reverse returns w spelt backwards.
func reverse(w string) string {
	r := []rune(w)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

// jointReturnLine gives each declarant's numéro fiscal on a joint
// return, named by the return only, their keys right or not.
func (g *gen) jointReturnLine() genLine {
	a, b := g.genTax(), g.genTax()
	if g.r.IntN(2) == 0 {
		b = b[:10] + g.digits(3)
	}
	text := fmt.Sprintf(g.pick([]string{"déclaration commune : moi %s, ma femme %s", "pour la déclaration de revenus : lui %s et moi %s",
		"déclaration conjointe, mon mari %s, moi %s", "déclaration d'impôts : déclarant %s, conjoint %s"}), a, b)
	return genLine{g.pick(genHello) + text + g.pick([]string{"", " merci", "\nmerci"}), []string{a, b}, "jointreturn"}
}

// gluedGroupsLine gives a NIR whose first group is run into its name,
// the others set apart by spaces of every kind, dots or hyphens.
func (g *gen) gluedGroupsLine() genLine {
	p := g.genNIR()
	sep := g.pick([]string{" ", "\u00a0", "\u202f", ".", "-"})
	v := strings.Join(p, sep)
	name := g.pick([]string{"Numéro de Sécurité Sociale", "numero secu", "sécu", "mon nss", "securite sociale"})
	return genLine{g.pick(genHello) + name + v + g.pick([]string{"", " merci", "\nmerci"}), []string{v}, "gluedgroups"}
}

// namesOrdinary are lines of the same words with no secret.
func (g *gen) namesOrdinary() genLine {
	t := g.pick([]string{"déclaration commune, le montant %[1]s € et la date %[2]s", "la combinaison de travail taille 42",
		"la combinaison du cadenas de la cave c'est %[1]s", "page2 du dossier 12 34 56", "appelez le2 rue 06 12 34 56 78",
		"mon compte est 🔒 depuis le %[2]s", "pas de mot de pas", "la déclaration commune de grossesse 76%[1]s%[1]s345",
		"🔑 perdue hier, la serrure à changer", "déclaration de revenus envoyée le %[2]s, avis %[1]s €",
		"le mot de passe c'est mon prénom à l'envers, je crois", "ma ville à l'envers c'est drôle",
		"la clé de sécurité réseau ne marche pas", "la clé réseau est sous la box", "clé de sécurité réseau oubliée"})
	text, _, _ := strings.Cut(fmt.Sprintf(t, g.num(1000, 9999, 4), g.num(1, 28, 2)+"/"+g.num(1, 12, 2)+"/2024"), "%!(EXTRA")
	return genLine{g.pick(genHello) + text + g.pick([]string{"", " merci", "?", " svp"}), nil, "ordinary"}
}

// replyLine gives a plain word as the whole reply to the question that
// names a password: « Mon mot de passe ? poussin. ».
func (g *gen) replyLine() genLine {
	v := g.plainPassword()
	q := g.pick([]string{"Mon mot de passe ?", "le mdp ?", "vous voulez mon mot de passe ?", "mon mot de passe ??", "Le mot de passe ?"})
	text := q + " " + v + g.pick([]string{".", "", ", c'est ma fille qui l'a choisi", ". Oui juste " + v, "!"})
	return genLine{g.pick(genHello) + text, []string{v}, "reply"}
}

// replyOrdinary are replies of one word that say no password.
func (g *gen) replyOrdinary() genLine {
	t := g.pick([]string{"mon mot de passe ? oublié.", "le mot de passe ? aucune idée", "mon mot de passe ? Bloqué, depuis hier",
		"mon mot de passe ? Rien.", "le mot de passe ? Jamais.", "vous voulez mon mot de passe ? Impossible.",
		"mon mot de passe ? Perdu.", "le mot de passe ? Changé.", "mon mot de passe ? Expiré", "le mdp ? Aucun.",
		"mon mot de passe ? Pourquoi ?", "le mot de passe ? Toujours pareil.", "mon mot de passe ? Comment ça ?",
		"le mot de passe ? Demain."})
	return genLine{g.pick(genHello) + t, nil, "ordinary"}
}

// changedLine gives the new code a code was changed to, its name said
// before the verb.
func (g *gen) changedLine() genLine {
	v := g.num(1, 9, 0) + g.num(0, 9, 0) + g.num(0, 9, 0) + g.num(0, 9, 0)
	if g.r.IntN(3) == 0 {
		v += g.num(10, 99, 2)
	}
	if v[:2] == "19" || v[:2] == "20" {
		v = "8" + v[1:]
	}
	text := fmt.Sprintf(g.pick([]string{"ancien code secret %[2]s, j'ai changé en %[1]s au distributeur", "mon code de carte, je l'ai changé en %[1]s hier",
		"code pin changé en %[1]s", "le code de l'appli je l'ai modifié pour %[1]s", "mon code confidentiel, remplacé par %[1]s à l'agence",
		"j'ai changé le code en %[1]s", "le code de ma cb était %[2]s, je l'ai changé en %[1]s"}), v, g.num(1000, 9999, 4))
	text, _, _ = strings.Cut(text, "%!(EXTRA")
	return genLine{g.story(text), []string{v}, "changed"}
}

// changedOrdinary are changes to a number that is no code.
func (g *gen) changedOrdinary() genLine {
	t := g.pick([]string{"le code de la porte, je l'ai changé en %[1]s", "mon code de carte, le prix a changé en %[1]s €",
		"j'ai changé le rdv en %[1]s", "le code postal a changé en 93%[2]s", "mon code de carte, j'ai changé de 8 à 12 euros",
		"le digicode a été modifié pour %[1]s", "le code promo changé en %[1]s", "j'ai changé mon forfait en %[1]s minutes"})
	text, _, _ := strings.Cut(fmt.Sprintf(t, g.num(1000, 9999, 4), g.num(100, 999, 3)), "%!(EXTRA")
	return genLine{g.pick(genHello) + text + g.pick([]string{"", " merci", "?", " svp"}), nil, "ordinary"}
}

// generatedWays returns n lines of each mechanism's family, from their
// own stream so that the families above keep their lines.
func generatedWays(n int, seed uint64) []genLine {
	g := &gen{rand.New(rand.NewPCG(seed, 2027))}
	makers := []func() genLine{g.verbLine, g.clauseLine, g.purposeLine, g.beforeLine, g.oldNewLine, g.listLine, g.gluedLine, g.waysOrdinary,
		g.wifiLine, g.answerLine, g.wifiAnswerOrdinary, g.openedLine, g.openedOrdinary,
		g.respelledLine}
	// The families added since draw from a stream of their own, so
	// that the lines above stay those they were tuned and scored on.
	h := &gen{rand.New(rand.NewPCG(seed, 2028))}
	makers = append(makers, h.typedAfterLine, h.announcedLine, h.variantLine, h.colonGreetingLine, h.newWaysOrdinary,
		h.topicLine, h.topicOrdinary, h.namesLine, h.jointReturnLine, h.gluedGroupsLine, h.namesOrdinary,
		h.replyLine, h.replyOrdinary, h.changedLine, h.changedOrdinary)
	var out []genLine
	for range n {
		for _, m := range makers {
			out = append(out, m())
		}
	}
	return out
}
