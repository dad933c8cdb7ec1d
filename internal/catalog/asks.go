package catalog

import (
	"slices"
	"strings"
	"unicode"

	"pimmsbot/internal/fold"
)

// An askKind is a kind of question that the FAQ's answers do not give
// unless an entry says so: its words can be a topic's words (« médecin
// traitant », « élections », « conseiller France Travail », « box »)
// while what it asks (a judgement, a recommendation, a salary, how to set
// up a device) is in no answer. A question of such a kind is answered
// only by an entry one of whose own texts (title, example questions,
// situations) asks that kind too (Matcher.askedBy); otherwise the engine
// does not know (see Match).
type askKind uint8

const (
	// askOpinion asks for a judgement or a forecast: « c'est une bonne
	// idée ? », « vous trouvez ça normal ? », « à votre avis je vais
	// gagner ? », « pour qui voter ? », « vous pensez que les impôts vont
	// augmenter ? ».
	askOpinion askKind = 1 << iota
	// askChoice asks to recommend or judge a person, a business or a
	// product: « un bon médecin ? », « la banque la moins chère », « vous
	// me conseillez quel forfait ? ».
	askChoice
	// askPay asks what a trade earns: « combien gagne un conseiller »,
	// « le salaire d'une infirmière ».
	askPay
	// askSetup asks how to set up or plug in a device: « installer ma
	// box », « brancher l'imprimante », « configurer le wifi ».
	askSetup
	// askHours asks when or where another body receives the public: « la
	// caf est ouverte le samedi ? », « les horaires de la cpam », « l'adresse
	// de la préfecture ». The FAQ gives the PIMMS's own (pimms-horaires-
	// adresse), not those of each office; a message that names the PIMMS
	// or asks it (« vous êtes ouverts ») is not of this kind.
	askHours
	// askPrice asks what a private trade charges: « combien coûte le permis
	// en auto-école », « le prix d'un serrurier ». The FAQ gives public
	// fees (a passport, a carte grise), not a market's prices.
	askPrice
	// askNews asks about the news of the day: whether there is a strike,
	// disruption or demonstration (« il y a une grève des trains jeudi ? »,
	// « y aura des perturbations demain ? »). The FAQ says what to do when
	// a train was cancelled (transport-billet-remboursement), not what is
	// happening; a message about a refund, a cancelled train or what to do
	// is not of this kind.
	askNews
)

// Name returns the word Result.Declines holds for the first kind of k, in
// the order opinion, recommendation, pay, device, hours, price, news; ""
// for 0.
func (k askKind) Name() string {
	for _, n := range askNames {
		if k&n.k != 0 {
			return n.name
		}
	}
	return ""
}

// askNames are the kinds' words, in order.
var askNames = []struct {
	k    askKind
	name string
}{{askOpinion, "opinion"}, {askChoice, "recommendation"}, {askPay, "pay"}, {askSetup, "device"},
	{askHours, "hours"}, {askPrice, "price"}, {askNews, "news"}}

// DeclinedKinds returns every word Result.Declines may hold: each needs
// its sentence where residents read why the bot does not answer.
func DeclinedKinds() []string {
	names := make([]string, len(askNames))
	for i, n := range askNames {
		names[i] = n.name
	}
	return names
}

// askWords splits a message into folded words: letters and digits, every
// other character a separator (apostrophes and hyphens too: « d'après »
// gives « d », « apres »).
func askWords(s string) []string {
	if len(s) > maxAskBytes {
		s = s[:maxAskBytes]
	}
	return strings.FieldsFunc(fold.String(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// maxAskBytes bounds the text read for its kind, as Normalize bounds its
// input.
const maxAskBytes = 4096

// A slot is the set of words one position of a pattern accepts.
type slot map[string]bool

// A pattern is a sequence of slots, matched on consecutive words; a nil
// slot skips up to skip words (« installer ma nouvelle box »).
type pattern struct {
	slots []slot
	skip  int
	not   slot // words that must not come just before the match
}

// pat compiles a pattern written as space-separated slots, each a list of
// words separated by "|"; "_" is a gap of up to skip words; "@name" is
// one of the named word sets; a first field "!a|b" lists the words that
// must not come just before the match.
func pat(skip int, s string) pattern {
	p := pattern{skip: skip}
	for _, f := range strings.Fields(s) {
		if strings.HasPrefix(f, "!") {
			p.not = askSet(strings.ReplaceAll(f[1:], "|", " "))
			continue
		}
		if f == "_" {
			p.slots = append(p.slots, nil)
			continue
		}
		if set, ok := askSets[strings.TrimPrefix(f, "@")]; ok && strings.HasPrefix(f, "@") {
			p.slots = append(p.slots, set)
			continue
		}
		sl := slot{}
		for _, w := range strings.Split(f, "|") {
			sl[w] = true
		}
		p.slots = append(p.slots, sl)
	}
	return p
}

// matchAt reports whether the slots of p from k on match words from i on.
func (p pattern) matchAt(words []string, i, k int) bool {
	if k == len(p.slots) {
		return true
	}
	if p.slots[k] == nil {
		for j := 0; j <= p.skip && i+j <= len(words); j++ {
			if p.matchAt(words, i+j, k+1) {
				return true
			}
		}
		return false
	}
	return i < len(words) && p.slots[k][words[i]] && p.matchAt(words, i+1, k+1)
}

func askSet(s string) slot {
	sl := slot{}
	for _, w := range strings.Fields(s) {
		sl[w] = true
	}
	return sl
}

// askSets are the word sets the patterns name with "@".
var askSets = map[string]slot{
	// Trades and businesses a resident may want judged or recommended:
	// people and shops, not the public services the FAQ explains.
	"trade": askSet(`medecin medecins docteur docteurs dentiste dentistes avocat avocate avocats notaire notaires
		garagiste garage plombier plombiers electricien serrurier artisan artisans coiffeur coiffeuse coiffeurs
		restaurant resto restos kine kinesitherapeute psy psychologue pediatre gynecologue gyneco ophtalmo
		ophtalmologue dermatologue osteopathe veterinaire veto banque banques assureur assurance assurances
		operateur operateurs fournisseur fournisseurs agence magasin magasins supermarche boulangerie hotel
		forfait forfaits box telephone portable smartphone ordinateur voiture velo jeu jeux film films livre
		lessive produit marque entreprise entreprises candidat candidats parti partis demenageur demenageurs
		taxi matelas frigo refrigerateur television tele tv tablette ordi pc`),
	// Trades whose pay a resident may ask about.
	"paid": askSet(`conseiller conseillere conseillers conseilleres mediateur mediatrice mediateurs mediatrices
		agent agents fonctionnaire fonctionnaires employe employee employes medecin medecins infirmier infirmiere
		infirmiers prof profs professeur professeurs instituteur institutrice policier policiers gendarme maire
		depute deputes president ministre ministres facteur factrice guichetier caissier caissiere soignant
		soignante chauffeur educateur educatrice juge avocat avocats notaire huissier`),
	// Devices and home networks a resident may want set up.
	"device": askSet(`box livebox freebox bbox wifi wi routeur modem decodeur imprimante scanner television tele tv
		ordinateur ordi pc tablette enceinte chromecast antenne parabole console camera webcam clavier souris
		ecran fibre bluetooth casque imprimantes tnt telephone portable smartphone iphone`),
	// Bodies that receive the public in offices of their own. Not « poste »:
	// when the post office opens is part of fetching a registered letter
	// (poste-recommande-colis).
	"office": askSet(`caf cpam ameli secu msa carsat cnav prefecture sous mairie tresor impots impot
		urssaf travail emploi agence agences cci tribunal commissariat gendarmerie consulat ambassade ccas
		mdph banque`),
	// Private trades whose prices a resident may ask.
	"shop": askSet(`ecole autoecole garagiste garagistes garage plombier plombiers serrurier serruriers electricien
		artisan artisans coiffeur coiffeuse demenageur demenageurs taxi taxis restaurant veterinaire veto
		osteopathe depanneur depanneuse ramoneur chauffagiste`),
	// Articles, not possessives: « combien gagne un conseiller », not
	// « combien gagne mon mari », the household's own income.
	"art": askSet("un une le la les l des du ce cette cet ces"),
}

// opinionMarkers are the ways residents ask for the bot's own view:
// « selon vous », « à votre avis », « d'après vous », « vous pensez que ».
var opinionMarkers = []string{"selon vous|toi", "votre|ton avis", "apres vous|toi", "vous|tu pensez|penses|pense|croyez|crois"}

// afterOpinion returns one pattern per opinion marker, each followed by
// rest within skip words.
func afterOpinion(kind askKind, skip int, rest string) []askPattern {
	var ps []askPattern
	for _, m := range opinionMarkers {
		ps = append(ps, askPattern{kind, pat(skip, m+" _ "+rest)})
	}
	return ps
}

// An askPattern is one way of asking a kind of question.
type askPattern struct {
	kind askKind
	p    pattern
}

// askPatterns are the ways residents ask each kind.
var askPatterns = slices.Concat([]askPattern{
	// A judgement on a decision, a person or a state of things.
	{askOpinion, pat(0, "bonne|mauvaise|meilleure idee|decision")},
	{askOpinion, pat(0, "bon|mauvais|meilleur choix")},
	{askOpinion, pat(2, "trouvez|trouves _ normal|juste|injuste|logique|honteux|scandaleux")},
	{askOpinion, pat(0, "en pensez|penses quoi")},
	{askOpinion, pat(0, "vous|tu pensez|penses quoi de|d|du|des")},
	{askOpinion, pat(0, "qu en pensez|penses")},
	{askOpinion, pat(0, "que|qu vous|tu pensez|penses de|d|du|des")},
	{askOpinion, pat(0, "votre|ton avis sur")},
	{askOpinion, pat(1, "pour _ ou contre")},
	// Winning a case.
	{askOpinion, pat(0, "chances|chance de gagner")},
	{askOpinion, pat(2, "gagner _ proces|affaire|appel")},
	// Whom to vote for.
	{askOpinion, pat(2, "pour qui _ voter|vote|votez|votes")},
	{askOpinion, pat(0, "voter|vote|votez|votes pour qui")},
	{askOpinion, pat(0, "quel|quelle|quels|meilleur candidat|parti|partis|candidats")},

	// A person, a business or a product recommended or judged.
	{askChoice, pat(1, "un|une|des|le|la|les|quel|quelle bon|bonne|bons|bonnes|meilleur|meilleure|meilleurs|meilleures _ @trade")},
	{askChoice, pat(6, "@trade _ le|la|les plus|moins|moin cher|chere|chers|cheres|fiable|fiables|serieux|serieuse")},
	{askChoice, pat(6, "le|la|les plus|moins|moin cher|chere|chers|cheres _ @trade")},
	{askChoice, pat(6, "@trade _ est|sont serieux|serieuse|serieuses|fiable|fiables|competent|competente|competents|honnete|honnetes")},
	{askChoice, pat(0, "me|nous conseiller|conseillez|conseilles|recommander|recommandez|recommandes un|une|des|quel|quelle|quels|quelles")},
	{askChoice, pat(0, "conseillez|recommandez|conseilles|recommandes quel|quelle|quels|quelles")},

	// What a trade earns.
	{askPay, pat(0, "combien gagne|gagnent @art")},
	{askPay, pat(0, "combien ca|sa|il|ils|elle|elles gagne|gagnent")},
	{askPay, pat(1, "!mon|ma|mes|son|sa|ses|notre|leur salaire|salaires|remuneration _ d|de|du|des|dun|dune _ @paid")},
	{askPay, pat(4, "@paid _ gagne|gagnent|touche|touchent combien")},
	{askPay, pat(4, "@paid _ paye|payee|payes|payees combien")},
	{askPay, pat(0, "combien est|sont paye|payee|payes|payees @art")},

	// Setting up a device.
	{askSetup, pat(2, "installer|installe|instaler|instale|brancher|branche|configurer|configure|parametrer|reinitialiser|reinstaller|relier|synchroniser _ @device")},
	// The hours or address of another office.
	{askHours, pat(4, "horaire|horaires _ @office")},
	{askHours, pat(6, "@office _ ouvert|ouverte|ouverts|ouvertes|ouvre|ouvrent|ferme|fermee|ferment")},
	{askHours, pat(4, "ouvert|ouverte|ouvre|ferme|fermee _ @office")},
	// « l'adresse de la caf », not « je m'adresse à la caf » nor « ma
	// nouvelle adresse pour la caf ».
	{askHours, pat(2, "!m|s|t|me|se|te|vous|nous|j|mon|ma|nouvelle|ancienne|vieille|votre|notre adresse de|du|d|des _ @office")},
	// What a private trade charges.
	{askPrice, pat(8, "combien|prix|tarif|tarifs|coute|coutent _ @shop")},
	{askPrice, pat(8, "@shop _ combien|prix|tarif|tarifs|coute|coutent")},

	// A strike or a disruption, asked as news: « il y a grève demain ? »,
	// « y a-t-il une grève des trains jeudi ? », « la grève prévue mardi ».
	{askNews, pat(4, "y a|aura|aurait|avoir _ greve|greves|perturbation|perturbations|manifestation|manifestations|manif")},
	{askNews, pat(1, "greve|greves _ prevue|prevues|annoncee|annoncees|demain")},
	{askNews, pat(3, "quand|quel|quels|quelle|quelles _ greve|greves")},
	{askNews, pat(3, "train|trains|ter|tgv|rer|bus|metro|metros|tram|trams|tramway|tramways _ roule|roulent|circule|circulent demain|aujourd|ce|cette|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche")},

	// Repairing one.
	{askSetup, pat(2, "reparer|depanner|debloquer _ @device")},
	{askSetup, pat(2, "mettre a jour _ @device")},
},
	// A forecast or the outcome of a case, asked of the bot.
	afterOpinion(askOpinion, 3, "le|la|les|l _ va|vont _ augmenter|baisser|monter|descendre|changer"),
	afterOpinion(askOpinion, 4, "gagner"),
)

// askFirst lists, by word, the patterns whose first slot accepts it: a
// message is read in one pass, a map look-up per word.
var askFirst = func() map[string][]int {
	first := map[string][]int{}
	for n, ap := range askPatterns {
		for w := range ap.p.slots[0] {
			first[w] = append(first[w], n)
		}
	}
	return first
}()

// reflexive words make the verb that follows about the resident, not a
// device: « me connecter sur ma tablette » logs in.
var reflexive = askSet("me m se s te t vous nous")

// readAsks returns the kinds of question s asks (askKind bits), 0 for an
// ordinary question.
func readAsks(s string) askKind {
	return readAskWords(askWords(s))
}

func readAskWords(words []string) askKind {
	var k askKind
	for i, w := range words {
		for _, n := range askFirst[w] {
			ap := askPatterns[n]
			if k&ap.kind == 0 && (i == 0 || !ap.p.not[words[i-1]]) && ap.p.matchAt(words, i, 0) {
				k |= ap.kind
			}
		}
	}
	if k&askSetup == 0 {
		// « connecter la box », but not « me connecter sur ma tablette ».
		for i, w := range words {
			if (w == "connecter" || w == "connecte") && (i == 0 || !reflexive[words[i-1]]) &&
				connectSetup.matchAt(words, i+1, 0) {
				k |= askSetup
				break
			}
		}
	}
	if k&askHours == 0 && placeHours(words) {
		k |= askHours
	}
	if k&askHours != 0 && (asksPIMMS(words) || !hasWord(words, hoursWords)) {
		k &^= askHours
	}
	if k&(askHours|askPrice|askNews) != 0 && hasWord(words, howWords) {
		k &^= askHours | askPrice | askNews
	}
	if k&askNews != 0 && hasWord(words, afterStrikeWords) {
		k &^= askNews
	}
	return k
}

// openWords are the forms of « ouvrir » and « fermer » that say when a
// place receives: « ouvre », « est fermé », not « ouvrir un compte ».
var openWords = askSet("ouvre ouvrent ouvert ouverte ouverts ouvertes ferme ferment fermee fermes fermees")

// placeWords are the shops and places of everyday life whose hours a
// resident may ask: « à quelle heure ferme le carrefour », « le resto
// ouvre quand », « la piscine est ouverte le dimanche ? ».
// Not « le centre », which may be the PIMMS, nor the school, the canteen
// or the nursery, whose closing is the context of another question (who
// keeps the child).
var placeWords = askSet(`carrefour leclerc auchan lidl aldi intermarche casino monoprix franprix supermarche
	hypermarche superette magasin magasins boutique boutiques commerce commerces resto restos restaurant
	restaurants mcdo macdo mcdonald mcdonalds kfc burger boulangerie boucherie epicerie pharmacie piscine
	bibliotheque mediatheque cinema musee parc stade gymnase marche tabac laverie garage gare decheterie
	dechetterie ikea primark decathlon coiffeur eglise mosquee`)

// placeHours reports whether words ask when a place of placeWords opens
// or closes: one of them within three words of a word of openWords.
// « le centre » may be the PIMMS's (asksPIMMS then wins), and with a time
// or a day readAskWords asks for hoursWords too.
func placeHours(words []string) bool {
	for i, w := range words {
		if !openWords[w] {
			continue
		}
		for j := max(0, i-3); j < min(len(words), i+4); j++ {
			if placeWords[words[j]] && !foodAid(words[j+1:]) {
				return true
			}
		}
	}
	return false
}

// foodAid reports whether the words after a place's name make it a food
// aid (« restos du cœur », « épicerie sociale »), the entry
// aide-alimentaire's, which says how to reach them.
func foodAid(next []string) bool {
	return len(next) > 0 && (next[0] == "sociale" || next[0] == "solidaire" || next[0] == "coeur") ||
		len(next) > 1 && next[0] == "du" && next[1] == "coeur"
}

// asksPIMMS reports whether words name the PIMMS or ask it of its own
// opening (« vous êtes ouverts », « chez vous »): then the hours asked are
// the PIMMS's.
func asksPIMMS(words []string) bool {
	for i, w := range words {
		if w == "pimms" || w == "pims" {
			return true
		}
		if w == "vous" && i+1 < len(words) && pimmsAfterVous[words[i+1]] {
			return true
		}
		if w == "chez" && i+1 < len(words) && words[i+1] == "vous" {
			return true
		}
	}
	return false
}

// hoursWords are the words of a time or a place: « la caf est fermée le
// samedi » asks when; « la caf m'a fermé mes droits » does not.
var hoursWords = askSet(`horaire horaires adresse heure heures h matin midi soir samedi dimanche lundi mardi
	mercredi jeudi vendredi week weekend vacances aujourd demain quand ferie feries noel ete aout jour jours`)

// howWords ask what to do: an office closed or a trade's bill is then the
// context of another question (« la cpam est fermée le samedi, comment
// envoyer ma feuille de soins ? », « le serrurier m'a pris 600 euros, je
// peux contester ? »), which an entry may answer.
var howWords = askSet("comment peux peut peuvent pourrais dois doit devons faut faire fais")

func hasWord(words []string, set slot) bool {
	return slices.ContainsFunc(words, func(w string) bool { return set[w] })
}

// afterStrikeWords say what a strike did to the resident: a refund, a
// ticket, a cancelled or late train (transport-billet-remboursement).
var afterStrikeWords = askSet(`rembourse remboursee rembourses remboursement rembourser indemnise indemnisation
	billet billets annule annulee annules supprime supprimee supprimes retard rate rater`)

var pimmsAfterVous = askSet("etes ouvrez fermez ouvert ouverts recevez trouvez situes")

var connectSetup = pat(2, "_ @device")

// askedBy returns the kinds of question the texts of an entry ask: the
// kinds that entry answers.
func askedBy(e *Entry) askKind {
	k := readAsks(e.Title)
	for _, texts := range [][]string{e.Questions, e.Situations} {
		for _, t := range texts {
			k |= readAsks(t)
		}
	}
	return k
}

// unasked finds whether q asks a kind of question (askKind) that the
// best document of rk, an entry, does not answer: then it is neither
// answered nor offered (« c'est un bon médecin traitant ? » is not about
// declaring one).
//
// It returns the kinds asked and not answered, 0 when there are none.
func (m *Matcher) unasked(q string, rk ranking) askKind {
	if rk.n == 0 || m.docs[rk.top[0]].intent {
		return 0
	}
	return readAsks(q) &^ m.docs[rk.top[0]].asks
}

// deviceStems are the stems of the device words: the means a resident
// asks with (« sur ma tablette », « avec mon ordinateur »), not what is
// asked, so uncoveredWord does not hold an answer back for them.
var deviceStems = func() map[string]bool {
	stems := map[string]bool{}
	for w := range askSets["device"] {
		stems[stemFold(w)] = true
	}
	return stems
}()
