package catalog

import (
	"regexp"
	"slices"
	"strings"
)

// A resident may ask about an emergency number or service itself: what
// it is for, what it costs, when it answers (« c'est quoi le 3114 »,
// « le 119 c'est pour quoi ? », « horaires du 115 »). That is no
// emergency, but the answer is the emergency entry's: its numbers, given
// as a plain answer. The entry is the one of the number named, since the
// engine's ranking barely sees a number.

// serviceName is an emergency number or service, with the word before it
// (an article, a verb of calling, or « is », « the », « call » in English)
// and the word after it (a unit: « 115 euros » is no number to call).
var serviceName = guard(`\b(?:(le|au|du|un|l|de|des|appeler|appele|appelle|appel|composer|compose|numero|numeros|et|ou|sur|c est|sert|joindre|quoi|is|the|call|number|about) )?(3919|3114|119|115|116 117|samu social|samu|15|17|18|112)\b(?: (\w+))?`)

// serviceEntry is the emergency entry that gives each number or service.
var serviceEntry = map[string]string{
	"3919": violencesID, "17": violencesID,
	"115": hebergementID, "samu social": hebergementID,
	"3114": detresseID,
	"119":  enfanceID,
	"15":   medicaleID, "18": medicaleID, "112": medicaleID, "116 117": medicaleID, "samu": medicaleID,
}

// unitWord follows a number that counts something.
var unitWord = regexp.MustCompile(`^(?:euros?|eur|e|ans?|jours?|mois|semaines?|km|m|m2|metres?|h|heures?|minutes?|min|fois|pour ?cent|pourcents?|kwh|kw|kva|wh|mwh|m3|litres?|kg|kilos?|grammes?|g|cm|mm|ko|mo|go|ieme|eme|e|er|du|de|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|rue|avenue|bd|boulevard|place|bis|ter|chemin|allee|impasse|route|quai|square)$`)

// countsOrPlaces reports whether words[j], a number, counts or places
// something (« 115 euros », « 3919 kWh », « au 115 rue Jean Jaurès »): the word after it
// is a unit, a month or a street. « du » and « de » are left out: « le 115
// du département » is the number to call.
func countsOrPlaces(words []string, j int) bool {
	return j+1 < len(words) && words[j+1] != "du" && words[j+1] != "de" && unitWord.MatchString(words[j+1]) || partOfIdentifier(words, j)
}

// identifierWords name a number that identifies or places a thing (a
// tax number, a file, a bus line, a room), or say that a number begins or
// ends with another: « mon numéro fiscal commence par 115 », « la ligne
// 17 », « chambre 115 ».
var identifierWords = map[string]bool{
	"fiscal": true, "fiscale": true, "dossier": true, "client": true, "allocataire": true, "reference": true,
	"identifiant": true, "siret": true, "siren": true, "iban": true, "rib": true, "secu": true, "immatriculation": true,
	"plaque": true, "contrat": true, "facture": true, "colis": true, "suivi": true, "badge": true, "pin": true,
	"compteur": true, "pdl": true, "commence": true, "commencant": true, "finit": true, "finissant": true,
	"termine": true, "terminant": true, "contient": true, "ligne": true, "bus": true, "tram": true, "vol": true,
	"chambre": true, "salle": true, "bureau": true, "guichet": true, "porte": true, "appartement": true,
	"appart": true, "batiment": true, "lot": true, "quai": true, "voie": true, "departementale": true,
	"indicatif": true, "poste": true, "extension": true,
}

// identifierLinks may stand between an identifier word and its number:
// « commence par 115 », « numéro de dossier n° 3919 ».
var identifierLinks = map[string]bool{"par": true, "est": true, "c": true, "numero": true, "num": true, "no": true, "n": true, "de": true, "d": true, "du": true, "en": true}

// partOfIdentifier reports whether words[j], a number, follows a word
// that makes it part of an identifier or a place (identifierWords), with
// only links (identifierLinks) or other numbers between: « le 115 »,
// « au guichet, appelez le 15 » stay numbers to call.
func partOfIdentifier(words []string, j int) bool {
	for k := j - 1; k >= 0 && k >= j-4; k-- {
		switch w := words[k]; {
		case identifierWords[w]:
			return true
		case !identifierLinks[w] && !isDigits(w):
			return false
		}
	}
	return false
}

// callWords are the words before a short number (15, 17, 18) that make it
// one to call: « appeler le 15 ». Alone, « le 15 » is a date as often.
var callWords = map[string]bool{"appeler": true, "appele": true, "appelle": true, "appel": true, "composer": true, "compose": true, "numero": true, "numeros": true}

// namedServices returns the emergency entries whose numbers or services
// the message, as words (see message), names, in order and without
// repeats. A number must follow an article or a verb, and count nothing;
// 15, 17 and 18 also need a verb of calling, or another emergency number
// beside them.
func namedServices(text string) []string {
	all := serviceName.FindAllStringSubmatch(maskLongNumbers(text), -1)
	if all == nil {
		return nil
	}
	short := 0
	for _, s := range all {
		if s[2] != "15" && s[2] != "17" && s[2] != "18" && s[1] != "" && !unitWord.MatchString(s[3]) {
			short++
		}
	}
	var ids []string
	for _, s := range all {
		name, before, after := s[2], s[1], s[3]
		digits := name[0] >= '0' && name[0] <= '9'
		switch {
		case digits && unitWord.MatchString(after),
			digits && before == "" && !(strings.HasPrefix(text, name) && len(name) >= 3):
			// A number needs a word before it, unless a long one
			// opens the message (« 3114 sur l'affiche, c'est quoi ? »).
			continue
		case (name == "15" || name == "17" || name == "18") && !callWords[before] && short == 0 && len(all) < 2:
			continue
		}
		if id := serviceEntry[name]; !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	return ids
}

// serviceQuestion asks about a service rather than for its help: what it
// is, what it costs, when and how it answers, for whom, a poster of it.
var serviceQuestion = anyPhrase(
	`c est quoi|c quoi|cest quoi|qu est ce que|(?:c est|ce|c) (?:vrai|bien ca)|c est pour (?:quoi|qui)|pour quoi faire|sert a quoi|a quoi (?:sert|servent)|quelle difference|la difference|les differences`,
	`ouvert|ouverte|ouverts|horaires?|quelles? heures?|joignable|la nuit|le soir|dimanche|week end|jours? feries?|24 ?h|toute la nuit`,
	`fonctionne|fonctionnement|gratuit|gratuite|payant|payante|coute|anonyme|existe|vrai numero|bon numero|numero (?:du|de la|des|pour)|le numero exact`,
	// In SMS spelling, and a list of useful numbers to write down: « le
	// 3114 c gratui ? », « les num util pour la fiche du club ».
	`gratui|gratuis|payan|payans|(?:numeros?|nums?) (?:utiles?|util|utils|d urgence)|(?:la|une|sur la|pour la|sur une|pour une) (?:fiche|affichette|plaquette)|liste des (?:numeros|nums?)`,
	`affiche\w*|afficher|flyers?|brochures?|pour les hommes|aussi pour|qui repond|accepte\w*|depuis l etranger|depuis un portable|sans credit|en quelle langue|parle\w* (?:aussi |pas )?(?:en )?(?:anglais|arabe|espagnol|portugais|roumain|italien|turc|russe|ukrainien|chinois|allemand|polonais|tamoul|lingala|wolof|kabyle|d autres langues|plusieurs langues|ma langue|la langue des signes)`,
	// The same, in English: « what is 3919? », « it's for what? », « does
	// it speak Portuguese? ».
	`what is|what s|what does|is it for|it s for|it is for|for what|is it free|(?:speak|speaks) (?:english|portuguese|spanish|arabic|romanian|italian|turkish|russian|ukrainian)|(?:the|a|this) (?:poster|leaflet|flyer)`,
	`marche (?:partout|aussi|a l etranger|en europe|dans (?:toute )?l (?:europe|union europeenne)|dans tous les pays)|partout en europe|dans (?:toute )?l union europeenne|dans tous les pays|(?:seulement|que|uniquement|reserve) (?:pour|aux) (?:les )?(?:femmes|hommes|enfants|mineurs|familles)|(?:un homme|une femme|un enfant|un mineur) (?:peut|pouvait|pourrait|peuvent) (?:appeler|l appeler|le joindre|telephoner)|laisse (?:une )?traces?|(?:apparai\w*|visible|figure|s affiche|se voit) sur (?:la|le|ma|mon|les|mes) (?:facture|releve|detail|historique)|se renseigner`,
)

// serviceFrame is a question about an emergency number or service.
func serviceFrame(text string) bool {
	return serviceQuestion.MatchString(text) && namedServices(text) != nil
}

// emergencyNumbers are the numbers of emergency services, and the two
// halves of 116 117, as they stand in a message's words.
var emergencyNumbers = map[string]bool{
	"15": true, "17": true, "18": true, "112": true, "114": true, "115": true,
	"116": true, "117": true, "119": true, "3114": true, "3919": true,
}

// inLongNumber reports whether words[j], a number, is a group of a longer
// number: a tax or social security number, a card, a phone or a date
// written in groups (« 2 88 09 76 115 059 65 », « 30 64 139 053 115 »).
// The run of number words around it holds a number that is no emergency
// number; a list of emergency numbers (« le 15, 17 ou 112 », « 116 117 »)
// is not one.
func inLongNumber(words []string, j int) bool {
	for _, step := range [2]int{-1, 1} {
		for k := j + step; k >= 0 && k < len(words) && isDigits(words[k]); k += step {
			if !emergencyNumbers[words[k]] {
				return true
			}
		}
	}
	return false
}

// maskLongNumbers returns text, as words (see message), with the groups
// of longer numbers (inLongNumber) written « # », so that no emergency
// number is read in them.
func maskLongNumbers(text string) string {
	if !strings.ContainsAny(text, "0123456789") {
		return text
	}
	words := strings.Fields(text)
	var long []int
	for j, w := range words {
		if isDigits(w) && inLongNumber(words, j) {
			long = append(long, j)
		}
	}
	if long == nil {
		return text
	}
	for _, j := range long {
		words[j] = "#"
	}
	return strings.Join(words, " ")
}
