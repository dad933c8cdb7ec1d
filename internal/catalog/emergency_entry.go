package catalog

import (
	"slices"
	"strings"
)

// Which of the five emergencies a message calls for is not always the
// entry whose signal it holds: « le voisin a mis son fils dehors sur le
// balcon » holds a signal of no shelter (« mis dehors ») but tells a child
// in danger, and both the ranking and the danger reader say so. Three
// readings vote, signals counting double: the entries whose signals
// matched, the emergency entry the ranking puts first, and the class of
// the danger reader when it reads the message as an emergency. Violence
// told against the writer (« ma mère m'a brûlé le bras ») adds a vote to
// its signals. A tie goes to children in danger when a child is named,
// its signals matched and the danger reader reads it (« une petite de 8
// ans, sa mère l'a mise dehors »), else to the entry the ranking puts
// first, then to the longest signal.
//
// Then a few separations that words alone do not make:
//   - children in danger need a child: a message that names none
//     (« enfermée dans la salle de bains, mon mec hurle ») is not the 119;
//   - the victim chooses between violence and a child in danger
//     (victimEntry);
//   - self-harm told in the present is distress (3114), even when it
//     bleeds;
//   - pills or alcohol already taken, with a body that fails (« il ne se
//     réveille pas », « je vomis »), are a medical emergency (15).

const (
	hebergementID = "urgence-hebergement"
	detresseID    = "urgence-detresse"
	medicaleID    = "urgence-medicale"
)

var (
	// childSpeak is a child's way of naming a parent: « mon papa », « ma
	// maman ».
	childSpeak = guard(`\b(?:mon papa|ma maman|mon beau papa|ma belle maman|mes parents? (?:me|m)|(?:papa|maman) (?:(?:il|elle) )?(?:me|m a|ma|m))\b`)
	// parentHurtsMe is a father or a mother who hurts the writer, told
	// with no age: « aidez-moi, mon père me bat », « quand ma mère boit
	// elle me jette des trucs dessus » is most often a child's word (an
	// adult's gives an age or a partner, notChild). « Ma belle-mère » is
	// as often a mother-in-law: left out; « mon beau-père me tape » is a
	// stepfather's blows, a child's word; so is « mon beau-père me
	// touche ».
	parentHurtsMe = guard(`\b(?:mon pere|ma mere|mes parents|mon beau pere)(?: \w+){0,3} (?:me|m a|ma|m) (?:encore |tout le temps |souvent )?(?:bat|battu|frappe\w*|tape\w*|cogne\w*|gifle\w*|jette\w*|enferme\w*|tabasse\w*|brule\w*|attache\w*|lance\w*|touche\w*|fai\w* (?:du |tres |trop )?mal\b)`)
	// agedParent is a parent given an adult's age: « ma maman de 82 ans »
	// is an adult's word for an old mother, not a child's.
	agedParent = guard(`\b(?:mon papa|ma maman|mon pere|ma mere)(?: \w+){0,2} (?:[3-9][0-9]|1[01][0-9]) ans\b`)
	// selfHarm is self-harm told by the writer.
	selfHarm = guard(`\b(?:me scarifi\w*|je me coupe|me suis coupee? (?:expres|encore|les)|m entaill\w*|me mutil\w*|me taillad\w*|je me (?:fai|fais|fait) du mal|je me brule)\b`)
	// selfThreat is someone who says they will kill themselves: the
	// danger is to them, whatever weapon the message names.
	selfThreat = guard(`\b(?:(?:je vais|je veux|je voulais|j ai envie de) me|(?:va|veut|voulait|menace de|parle de) se) (?:tuer|suicider|pendre|jeter|foutre en l air|tirer une balle)\b`)
	// ingested is pills, a product or alcohol taken in quantity, or their
	// empty boxes found, also told in English.
	ingested = guard(`\b(?:pris|pri|prend|avale\w*|mange\w*|bu)\b(?: \w+){0,4} (?:cachets?|medicaments?|comprimes?|pilules?|boites?|doliprane|paracetamol|somniferes?|anxiolytiques?|vodka|alcool|whisky|produit|javel|destop|deboucheur|detergent|drogues?)\b|\b(?:boites?|plaquettes?|flacons?|tubes?) (?:de |d )?(?:medicaments?|cachets?|comprimes?|pilules?|somniferes?|doliprane|paracetamol|anxiolytiques?) (?:\w+ )?vides?\b|\b(?:boites?|plaquettes?|flacons?) vides?\b|\b(?:took|taken|swallowed|swallow)\b(?: \w+){0,4} (?:pills?|tablets?|medicines?|medication|meds|drugs?|bleach)\b`)
	// bodyFails are the signs of a body in danger after taking them.
	bodyFails = guard(`\b(?:vomi\w*|se reveille pas|reveille plus|(?:le|la|les|l) reveill\w*|inconscient\w*|respire\w*|convuls\w*|ne repond plus|ne reagit|mal au ventre|bouge plus|bleu|bleue|froid|tremble\w*|throwing up|can t stand|cannot stand|eyes are closing|not breathing|can t breathe|unconscious|not waking|won t wake|passed out)\b`)
)

// smothered is a breath stopped by someone: a hand, a pillow or a bag
// held on the face, a neck squeezed.
var smothered = guard(`\b(?:(?:main|mains|oreiller|coussin|sac|couverture|bras) (?:\w+ ){0,3}sur (?:la |ma |mon |le |sa |son |leur )?(?:bouche|visage|nez|tete|figure)|(?:serre|serree|serrait|serrer|serrant|appuye|appuyait|appuyer|tenu|tenait) (?:\w+ ){0,2}(?:le cou|la gorge|mon cou|ma gorge|son cou|sa gorge)|(?:m|me|la|le|l) (?:a |avait |ont )?(?:etrangle\w*|etouffe\w*))\b`)

// remoteSilence is someone who no longer answers the phone or messages:
// far away, their body is not seen.
var remoteSilence = guard(`\bne (?:repond|decroche|reagit) plus (?:au telephone|au tel|aux messages|aux appels|a mes appels|a mes messages|a nos appels|a nos messages|sur son portable|sur whatsapp|aux sms|a mes sms)\b`)

// wishNotToLive is a wish to die told of someone, or by the writer (« elle
// dit qu'elle veut plus vivre »), and blowsNow violence told in the
// present: a signalled wish to die with no blows is distress (3114), even
// when the ranking reads a child or a door locked.
var (
	wishNotToLive = guard(`\b(?:veu[xt]|voulait|voudrait) (?:plus|pas) vivre|(?:veu[xt]|voulait) mourir|envie de mourir|veu[xt] en finir\b`)
	blowsNow      = anyPhrase(presentCues[4])
)

// wishToDie is a wish to die or not to come back told in words, not read
// by sound: it outweighs a night outside read from « ce soir » alone.
var wishToDie = guard(`\b(?:en finir|me (?:tuer|suicider|jeter|foutre en l air)|mourir|(?:ne )?reviendrai (?:pas|jamais|plus)|me (?:raterai|louperai) pas)\b`)

// bodySign is a body in danger, as the last of presentCues tells it.
var bodySign = anyPhrase(presentCues[len(presentCues)-1])

// pillsNamed names pills or medicines.
var pillsNamed = guard(`\b(?:medicaments?|cachets?|comprimes?|pilules?|somniferes?|doliprane|paracetamol)\b`)

// selfBurn is a burn one gave oneself: « mon fils s'est brûlé avec
// l'eau bouillante » is the 15's, not a child in danger.
var selfBurn = guard(`\b(?:s est|se|me suis|m suis|s etait|se sont) (?:\w+ )?(?:brul|ebouillant|renvers)\w*`)

// kitchenBurn is a burn from the kitchen, by accident.
var kitchenBurn = guard(`\b(?:casserole|poele|friteuse|huile|l?eau bouillante|four|plaque de cuisson|barbecue)\b`)

// weapon is a firearm at hand, and shot someone hurt by one: a
// farewell told beside a weapon is distress (3114), a wound is medical.
var (
	weapon = guard(`\b(?:fusil|carabine|arme|pistolet|revolver)s?\b`)
	shot   = guard(`\b(?:tire dessus|tire une balle|coup de feu|saigne\w*|blesse\w*|balle dans)\b`)
)

// elderAge is the age of an old person, and grandChild the words for
// their grandchildren, most often adults; elderNamed is an old person
// named without an age (« une dame âgée »), whose sons and daughters
// (elderOffspring) are adults too. byOffspring is a son or a
// daughter who strikes (« rouée de coups par son fils »): an adult, not a
// child in danger, unless their age says otherwise.
var (
	elderAge       = guard(`\b(?:[6-9][0-9]|1[01][0-9]) ans\b`)
	grandChild     = guard(`\b(?:petite? (?:fils|fille)|petits? enfants?|petites filles)\b`)
	elderNamed     = guard(`\b(?:dame|monsieur|femme|homme|personne|voisine?|patiente?) (?:tres |assez )?agee?s?\b|\b(?:vieille dame|vieux monsieur)\b`)
	elderOffspring = guard(`\b(?:son|sa|ses|leur|leurs) (?:fils|fille|filles|enfants?)\b`)
	byOffspring    = guard(`\bpar (?:son|sa|ses|mon|ma|mes|leur|leurs) (?:fils|fille|filles|enfants?|petite? fils|petite? fille)\b`)
)

// namesChild reports whether the message names a child, or is written by
// one.
func namesChild(key string) bool {
	key = withoutOffspring(key)
	return childWord.MatchString(key) || minor.MatchString(key) || minorWriter.MatchString(key) || speaksAsChild(key) || otherParent.MatchString(key)
}

// withoutOffspring returns key without the sons and daughters who strike
// (byOffspring), and without those of an old person.
func withoutOffspring(key string) string {
	if elderAge.MatchString(key) || elderNamed.MatchString(key) {
		// « son petit-fils » beside « 82 ans », « son fils » beside
		// « une dame âgée »: the grown children of an old person, who
		// is the one in danger.
		key = grandChild.ReplaceAllString(key, "")
		key = elderOffspring.ReplaceAllString(key, "")
	}
	if offspringPartner.MatchString(key) {
		// « mon gendre garde la carte de ma fille », « ma fille… son ex
		// la retrouve »: a son or a daughter with a partner of their own
		// is grown up (an age under 18 still names a child).
		key = ownOffspring.ReplaceAllString(key, "")
	}
	if !strings.Contains(key, "par ") {
		return key
	}
	return byOffspring.ReplaceAllString(key, "")
}

// offspringPartner is the partner of the writer's son or daughter, and
// ownOffspring the son or daughter: together, a grown child.
var (
	offspringPartner = guard(`\b(?:mon gendre|ma belle fille|ma bru|son ex|son ex mari|son ex copain|son mari|sa femme|son compagnon|sa compagne|son conjoint|sa conjointe|(?:vit|habite|vivent|habitent) (?:chez|avec) (?:son|sa) (?:ami|amie|copain|copine|compagnon|compagne))\b`)
	ownOffspring     = guard(`\b(?:mon|ma|mes) (?:fils|fille|filles)\b`)
)

// speaksAsChild reports whether the message names a parent as a child
// does (« mon papa me tape »), unless that parent is given an adult's age.
func speaksAsChild(key string) bool {
	return (childSpeak.MatchString(key) || parentHurtsMe.MatchString(key) && !notChild.MatchString(key)) && !agedParent.MatchString(key)
}

// sexForRoof is a host who asks for sex against the roof, or tries to
// come into the writer's room.
var sexForRoof = guard(`\b(?:(?:veut|voudrait|exige|demande|oblige\w*|force\w*) (?:que je|qu on|de|a|me) (?:\w+ )?(?:dorme|dormir|couche|coucher|couchions|dormions) avec (?:lui|elle|eux)|(?:essaye|essaie|tente|tentait|voulu|veut|voulait|force|forcer) (?:d |de )?(?:entrer|rentrer) dans ma chambre)\b`)

// childSleepsOut is a child not the writer's who sleeps outside: « un
// gamin dort dehors », « des petits dorment dans la rue »; sleepsBeside is
// the writer or their family outside with them (the 115's).
var (
	childSleepsOut = guard(`\b(?:un|une|des|le|la|les|ce|cette|deux|trois) (?:(?:petite?s?|ptite?s?) (?:filles?|garcons?|gars) |(?:gamin|gamine|gosse|enfant|petit|petite|ptit|ptite|garcon|fillette|mome|ado|adolescent|adolescente|bebe|minot)s? )(?:qui )?(?:(?:de )?\d+ ans? |seule?s? |tout seul |toute seule |tous seuls |(?:\w+ ){0,7}?(?:[1-9]|1[0-7]) ans )?(?:dort|dor|dorment|dormait|dormaient|a dormi|ont dormi|passe la nuit|passent la nuit|passe ses nuits) (?:\w+ ){0,3}?(?:dehors|dehor|(?:dans|ds) la rue|sous un pont|sur un banc|(?:dans|ds) un parc|(?:dans|ds|sur|sous) (?:le|la|les|un|une|des|l) (?:local|locaux|cave|caves|hall|cage d escalier|cage descalier|escaliers?|palier|couloir|parking|sous sol|cabane|squat|abri bus|abribus|voiture|entree)|(?:la |le )?(?:cage descalier|cage d escalier|palier|local poubelles?))\b`)
	// childChased is a child a parent chased out, told by a
	// neighbour: « il dit que sa mère l'a chassé, il a 10 ans ».
	childChased  = guard(`\b(?:sa|son|ses) (?:mere|pere|parents|maman|papa|beau pere|belle mere|daron|daronne) (?:il |elle |ils )?(?:l a|les a|l ont|les ont|l avait|la|le|les) (?:chasse\w*|mis dehors|mise dehors|jete\w* dehors|vire\w*|mis a la porte|mise a la porte)\b`)
	sleepsBeside = guard(`\b(?:je dors|je dor|on dort|on dor|nous dormons|dormons|nous sommes|on est|on a|nous avons|(?:ma|notre|une|en|toute la) famille|avec moi|avec nous|et moi|moi et|mes enfants|nos enfants|mon fils|ma fille|(?:femme|mere|maman|pere|papa|parents?|dame|homme|monsieur|couple) (?:\w+ ){0,2}avec (?:un|une|son|sa|ses|leur|leurs|deux|trois|des)|avec (?:sa|son|ses|leur|leurs) (?:mere|pere|maman|papa|parents))\b`)
)

// signalledEntry returns the emergency entry of a message that holds the
// signals hit, by index in m.signals, and the families fam, by entry's
// document (a family counts as a signal of its entry).
func (m *Matcher) signalledEntry(hit []int, fam []int32, key string, msg *message, rk ranking) int32 {
	rankOf := func(d int32) int {
		for i := 0; i < rk.n; i++ {
			if rk.top[i] == d {
				return i
			}
		}
		return len(rk.top)
	}
	child := namesChild(key)
	writer := againstWriter.MatchString(strings.Join(msg.words, " "))
	signalled, votes, longest, childHit := m.signalVotes(hit, fam, child, writer)
	// The ranking votes for its first emergency entry. When that is the
	// children's entry and no child is named, the vote goes to the entry
	// of violence, which shares its signals, if it comes next; never to
	// another one that merely ranks lower (« son père le tape tous les
	// soirs » is no medical emergency).
	skipped := false
	for i := 0; i < rk.n; i++ {
		d := rk.top[i]
		if !m.urgent[d] {
			continue
		}
		if child || m.docs[d].id != enfanceID {
			if !skipped || m.docs[d].id == violencesID {
				votes[d]++
			}
			break
		}
		skipped = true
	}
	read := int32(-1)
	if m.danger != nil {
		if class, score := m.danger.read(msg); score >= dangerRead {
			if d := m.danger.classes[class]; child || m.docs[d].id != enfanceID {
				votes[d]++
				read = d
			}
		}
	}
	if d, ok := m.urgentID[violencesID]; ok && votes[d] > 0 && writer {
		// The writer tells violence against themselves: a third vote.
		votes[d]++
	}
	if len(votes) == 0 {
		// Only signals of children in danger, no child named, and no
		// other reading: an emergency only when the writer tells
		// violence against themselves.
		if !writer {
			return -1
		}
		for _, d := range signalled {
			votes[d] = 2
		}
	}
	// childSignal: the danger reader's entry is children in danger, and
	// its signals matched.
	childSignal := read >= 0 && m.docs[read].id == enfanceID && childHit && child
	best := int32(-1)
	for d, v := range votes {
		switch {
		case best < 0, v > votes[best],
			v == votes[best] && d == read && childSignal,
			v == votes[best] && !(best == read && childSignal) && rankOf(d) < rankOf(best),
			v == votes[best] && rankOf(d) == rankOf(best) && longest[d] > longest[best],
			v == votes[best] && rankOf(d) == rankOf(best) && longest[d] == longest[best] && d < best:
			best = d
		}
	}
	return m.separate(best, signalled, key, *msg, childHit)
}

// signalVotes returns the entries whose signals hit or families fam
// matched (signalled, by document), and their votes: two for each, its
// longest signal in words (a family counts as three), and whether a
// signal of children in danger matched. A signal of children in danger
// counts only when a child is named; else, when the writer tells
// violence against themselves, it is a vote for violence (« mon oncle me
// touche », « j'ai 20 ans »).
func (m *Matcher) signalVotes(hit []int, fam []int32, child, writer bool) (signalled []int32, votes, longest map[int32]int, childHit bool) {
	votes, longest = map[int32]int{}, map[int32]int{}
	adult, adultOK := m.urgentID[violencesID]
	adultOK = adultOK && !child && writer
	for _, i := range hit {
		signalled = append(signalled, m.signals[i].doc)
	}
	signalled = append(signalled, fam...)
	for k, d := range signalled {
		if m.docs[d].id == enfanceID {
			childHit = true
			if !child {
				if adultOK {
					votes[adult] = 2
				}
				continue
			}
		}
		if k >= len(hit) && votes[d] >= 2 {
			// A family and a signal of the same entry are two
			// readings that agree: a third vote.
			votes[d]++
		} else {
			votes[d] = max(votes[d], 2)
		}
		length := 3
		if k < len(hit) {
			length = len(m.signals[hit[k]].words)
		}
		longest[d] = max(longest[d], length)
	}
	return signalled, votes, longest, childHit
}

// separate applies to the chosen entry best the separations that words
// alone do not make: the victim, self-harm, pills taken. hit are the
// entries whose signals or families matched, by document.
// roofLost is a home one can no longer sleep in, asked after a fire:
// « on ne peut plus y entrer, où dormir ? ».
var roofLost = guard(`\b(?:ou (?:dormir|aller|passer la nuit|dort on|on dort|nous dormons)|plus y (?:entrer|rentrer|dormir)|sur le trottoir|nulle part)\b`)

// fireTold is a fire in the message's words.
var fireTold = guard(`\b(?:feu|incendies?|brule|brules|brulee|brulees)\b`)

func (m *Matcher) separate(best int32, hit []int32, key string, msg message, childHit bool) int32 {
	text := strings.Join(msg.words, " ")
	signalled := func(id string) bool {
		return slices.ContainsFunc(hit, func(d int32) bool { return m.docs[d].id == id })
	}
	switch m.docs[best].id {
	case medicaleID, violencesID:
		// Self-harm, or a signalled wish to die with no body that
		// fails, or a signalled farewell with a weapon and no one shot:
		// distress, whatever the ranking says.
		selfHarmed := selfHarm.MatchString(text) || selfThreat.MatchString(text) ||
			signalled(detresseID) && wishNotToLive.MatchString(text) && !againstWriter.MatchString(text) && !blowsNow.MatchString(text)
		wish := best == m.urgentID[medicaleID] && !signalled(medicaleID) && !bodyFails.MatchString(text)
		armed := best == m.urgentID[medicaleID] && !signalled(medicaleID) && weapon.MatchString(text) && !shot.MatchString(text)
		// Violence read only by the ranking and the reader, distress
		// signalled, no blow told: « il s'est enfermé dans le garage
		// avec le moteur qui tourne » is the 3114's.
		unsignalledBlows := best == m.urgentID[violencesID] && !signalled(violencesID) && !signalled(enfanceID) && !againstWriter.MatchString(text)
		if selfHarmed || (wish || armed || unsignalledBlows) && signalled(detresseID) {
			if d, ok := m.urgentID[detresseID]; ok {
				return d
			}
		}
		// No body in danger, and a night with no roof signalled (the
		// medical entry read only by the ranking and the reader: « les
		// pompiers ont interdit l'accès… personne chez qui aller cette
		// nuit »), or a fire with a night with no roof (« l'incendie a
		// tout brûlé, on est sur le trottoir »): the 115's; a fire now,
		// with no word of a bed, the 18's.
		if best == m.urgentID[medicaleID] && !bodySign.MatchString(text) &&
			((signalled(hebergementID) || roofLost.MatchString(text)) && fireTold.MatchString(text) || !signalled(medicaleID) && signalled(hebergementID)) {
			return m.urgentID[hebergementID]
		}
		if d := m.childBlowsEntry(best, key, text, signalled); d >= 0 {
			return d
		}
		// A breath someone stopped is a blow, not an illness: « il m'a
		// mis la main sur la bouche jusqu'à ce que je n'arrive plus à
		// respirer », « un oreiller sur la tête ». The victim decides
		// between the couple and a child, as for any blow.
		if best == m.urgentID[medicaleID] && smothered.MatchString(text) && !selfHarm.MatchString(text) {
			if d, ok := m.urgentID[violencesID]; ok {
				return m.victimEntry(d, key, msg, childHit)
			}
		}
	case hebergementID:
		if d := m.shelterOther(key, text, signalled); d >= 0 {
			return d
		}
	case enfanceID:
		// A child gone who left a farewell note (« pardon maman, je
		// vous aime ») is the 3114's before the missing child's 17.
		if signalled(detresseID) && farewellNote.MatchString(text) {
			return m.urgentID[detresseID]
		}
	case detresseID:
		// A threat to make the writer disappear is someone else's
		// (« il me ferait disparaître »): violence, not a wish to die.
		if threatToVanish.MatchString(text) && !selfHarm.MatchString(text) {
			if d, ok := m.urgentID[violencesID]; ok {
				return m.victimEntry(d, key, msg, childHit)
			}
		}
		// A wound by accident (« entaillé avec la disqueuse ») is the
		// 15's, whatever word of self-harm it borrows
		// (emergency_round25.go).
		if bodyBeforeDistress(text, signalled) || signalled(medicaleID) && accidentNotSelfHarm(text) {
			if d, ok := m.urgentID[medicaleID]; ok {
				return d
			}
		}
	}
	if (m.docs[best].id == violencesID || m.docs[best].id == enfanceID && selfBurn.MatchString(text) && !signalled(violencesID)) &&
		signalled(medicaleID) && kitchenBurn.MatchString(text) && !blowsNow.MatchString(text) {
		// A burn from the pan is the 15's, not violence: « je me suis
		// brûlé » read as a blow.
		return m.urgentID[medicaleID]
	}
	return m.victimEntry(best, key, msg, childHit)
}

// bodyBeforeDistress reports a message read as distress that is first
// the 15's: pills taken and a body that fails; or a body sign signalled
// with no wish to die told, the distress read only by the ranking or the
// reader (« 79 ans, très faible, je ne vois plus d'un œil, seul chez
// moi »); or an overdose taken. Pills at hand keep it distress (« j'ai
// préparé les médicaments… je pense à tout avaler »), and so does
// self-harm.
func bodyBeforeDistress(text string, signalled func(id string) bool) bool {
	if selfHarm.MatchString(text) {
		return false
	}
	bodyOnly := signalled(medicaleID) && !signalled(detresseID) && !wishToDie.MatchString(text) &&
		!wishNotToLive.MatchString(text) && !pillsNamed.MatchString(text)
	// A silence on the phone (« elle ne répond plus au téléphone ») is
	// someone far away, not a body seen failing.
	body := bodyFails.MatchString(text) && bodyFails.MatchString(remoteSilence.ReplaceAllString(text, ""))
	// An overdose taken (« j'ai pris tous mes cachets d'un coup, je sens
	// rien, je peux dormir ? ») is the 15's first, even with a wish to
	// die told: the body fails later, and the medical entry gives the
	// 3114 after the 15.
	return ingested.MatchString(text) && body || bodyOnly || overdose(text)
}

// childBlowsEntry returns the children's entry for a message read as
// medical that tells a child beaten with a thing, or hurt and the hurt
// explained as a fall (-1 otherwise): it is the 119's even when it
// bleeds or burns, « elle chicote son enfant avec le fil, il saigne ».
func (m *Matcher) childBlowsEntry(best int32, key, text string, signalled func(id string) bool) int32 {
	if best != m.urgentID[medicaleID] || !signalled(enfanceID) || !namesChild(key) {
		return -1
	}
	if !childBeatenWith.MatchString(text) && !childInjuryExplained(text) && !markedChildAfraid(text) {
		return -1
	}
	if d, ok := m.urgentID[enfanceID]; ok {
		return d
	}
	return -1
}

// shelterOther returns the emergency entry, other than the shelter's, of
// a message read as a night with no roof (-1 when it stays the 115's):
// a child alone, violence from a host, or a wish to die.
func (m *Matcher) shelterOther(key, text string, signalled func(id string) bool) int32 {
	// A child who writes that they have no roof (« j'ai 13 ans, ma
	// mère m'a mis dehors sur le palier ») is the 119's: a minor
	// alone is no guest of the 115. So are children a parent puts
	// out, told by a neighbour (« la mère les met dehors sur le
	// balcon la nuit », childPutOut); a parent put out with them is
	// the 115's.
	// So is a child a passer-by sees sleeping outside alone (« un
	// gamin dort dehors devant l'école, il a pas 10 ans »), or a
	// child asleep or wandering with no parent near (childWithNoParent).
	if minorWriter.MatchString(key) || signalled(enfanceID) && childPutOut.MatchString(text) && namesChild(key) ||
		(childSleepsOut.MatchString(text) || childWithNoParent(text) || babyCriesAlone(text) || youngChildAlways(text)) && !sleepsBeside.MatchString(text) ||
		childChased.MatchString(text) && namesChild(key) && !sleepsBeside.MatchString(text) {
		if d, ok := m.urgentID[enfanceID]; ok {
			return d
		}
	}
	// A host who asks for sex against the roof, or comes into the
	// writer's room at night, with violence signalled: « il veut
	// que je couche avec lui sinon c'est la porte » is the 3919's.
	if signalled(violencesID) && sexForRoof.MatchString(text) {
		return m.urgentID[violencesID]
	}
	// A wish to die signalled, and the night outside read only by
	// the ranking or the reader from « ce soir »: « je vais aller
	// jusqu'au pont ce soir et je ne reviendrai pas » is distress.
	if signalled(detresseID) && !signalled(hebergementID) && wishToDie.MatchString(text) {
		if d, ok := m.urgentID[detresseID]; ok {
			return d
		}
	}
	return -1
}
