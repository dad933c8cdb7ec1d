package conversation

import (
	"context"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"pimmsbot/internal/fold"
)

// Many residents type the word of a button rather than tap it: « oui »
// to « Votre question concerne-t-elle… ? » or to the erasure's
// confirmation, « ça m'aide » after an answer. A message that is only
// such a word, while the bot waits for that choice, is taken as the tap.

// typedYes and typedNo are the words, folded and without punctuation,
// that say yes or no on their own.
var (
	typedYes = wordSet("oui", "ouais", "ouai", "oui oui", "oui merci", "oui svp", "oui s il vous plait",
		"ok", "okay", "d accord", "dac", "c est ca", "c est bien ca", "exactement", "tout a fait",
		"voila", "yes", "yep", "si", "bien sur", "oui c est ca", "c est ca merci",
		"oui je veux", "oui je veux bien", "je veux bien", "volontiers", "oui volontiers", "oui stp",
		"oui s il te plait", "oui merci beaucoup", "oui bien sur", "oui d accord", "ok merci", "oui please")
	// typedYesMediator say yes to « voulez-vous lui parler ? » only.
	typedYesMediator = wordSet("je veux lui parler", "oui je veux lui parler", "oui je veux parler",
		"je veux bien lui parler", "oui je veux bien lui parler", "je veux parler", "oui parler", "oui un mediateur",
		"un mediateur", "oui le mediateur", "le mediateur")
	typedNo = wordSet("non", "nan", "no", "non merci", "pas du tout", "pas ca", "non pas ca",
		"autre chose", "non autre chose", "c est pas ca", "ce n est pas ca", "non c est pas ca")
	typedHelpful    = wordSet("ca m aide", "ca m a aide", "ca aide", "merci ca m aide")
	typedNotHelpful = wordSet("pas vraiment", "non pas vraiment", "ca ne m aide pas", "ca m aide pas",
		"ca m aide pas du tout", "ca ne m a pas aide", "ca m a pas aide", "ca aide pas", "ca ne m aide pas du tout",
		"ca repond pas a ma question", "ca ne repond pas a ma question", "ca repond pas",
		"c est pas ma question", "ce n est pas ma question", "pas ma question", "c est pas ca ma question",
		"vous repondez pas a ma question", "vous ne repondez pas a ma question", "ca ne correspond pas", "ca correspond pas")
	// typedAck are the words that only say « understood » after an
	// answer: no question, nothing the FAQ lacks.
	typedAck = wordSet("ok", "okay", "oki", "okey", "d accord", "dac", "daccord", "ok d accord", "ca marche", "entendu",
		"tres bien", "compris", "j ai compris", "c est compris", "c est note", "note", "bien recu", "ah ok", "ah d accord",
		"ok ca marche", "cool", "nickel", "ca roule")
	typedNone = wordSet("aucune", "aucune de ces questions", "aucun", "aucune des deux", "rien de tout ca", "ni l un ni l autre")
	// typedOrdinals pick among several entries offered: « le premier »,
	// « la 2e », « 3 » (digits kept, see ordinalKey); « le dernier » is
	// lastOrdinal.
	typedOrdinals = func() map[string]int {
		m := map[string]int{}
		for i, forms := range []string{
			"premier premiere 1er 1ere 1e 1",
			"deuxieme second seconde 2e 2eme 2nd 2nde 2",
			"troisieme 3e 3eme 3",
		} {
			for _, f := range strings.Fields(forms) {
				m[f], m["le "+f], m["la "+f] = i, i, i
			}
		}
		for _, f := range []string{"dernier", "derniere"} {
			m[f], m["le "+f], m["la "+f] = lastOrdinal, lastOrdinal, lastOrdinal
		}
		return m
	}()
)

// lastOrdinal is the typedOrdinals index of « le dernier »: the last
// entry offered.
const lastOrdinal = -1

// typedYesButton and typedNoButton are the labels of the yes and no
// buttons, as typedKey gives them.
var typedYesButton, typedNoButton = typedKey(frButtons.Yes), typedKey(frButtons.No)

// wordSet returns the set of ws.
func wordSet(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// typedKey returns text folded, its punctuation and emoji turned to
// spaces, a letter repeated at the end of a word kept once (« ouiii »).
func typedKey(text string) string {
	f := strings.FieldsFunc(fold.String(text), func(r rune) bool { return !unicode.IsLetter(r) })
	for i, w := range f {
		for len(w) > 2 && w[len(w)-1] == w[len(w)-2] {
			w = w[:len(w)-1]
		}
		f[i] = w
	}
	return strings.Join(f, " ")
}

// typedRatingWords is a rating as residents type it, on ordinalKey's
// form: « 4 », « 5/5 », « 4 sur 5 », « 5 étoiles », « cinq », « je mets 4 ».
var typedRatingWords = regexp.MustCompile(`^(?:(?:je mets|je donne|je met|note|ma note) )?([1-5]|un|une|deux|trois|quatre|cinq)(?: (?:sur )?5)?(?: etoiles?)?$`)

var ratingNames = map[string]int{"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5}

// typedRating returns the 1-to-5 rating text gives, if it is only that:
// the words above, or one to five stars (« ⭐⭐⭐⭐ »).
func typedRating(text string) (int, bool) {
	if stars := strings.Count(text, "⭐") + strings.Count(text, "★"); stars > 0 {
		rest := strings.Map(func(r rune) rune {
			if r == '⭐' || r == '★' || r == '\ufe0f' || unicode.IsSpace(r) {
				return -1
			}
			return r
		}, text)
		return stars, rest == "" && stars <= 5
	}
	m := typedRatingWords.FindStringSubmatch(ordinalKey(strings.ToLower(text)))
	if m == nil {
		return 0, false
	}
	if n, ok := ratingNames[m[1]]; ok {
		return n, true
	}
	return int(m[1][0] - '0'), true
}

// ordinalKey is typedKey with digits kept: « Le 2e ! » → "le 2e".
func ordinalKey(text string) string {
	return strings.Join(strings.FieldsFunc(fold.String(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}

// typedChoice returns the action of the button a resident's message
// stands for, while the bot waits for it: the erasure's confirmation in
// any mode; with the bot, the one entry offered (« Oui » / « Non, autre
// chose ») and the feedback on the last answer (an emergency's numbers
// are not rated). key is text as typedKey gives it. It returns ""
// otherwise.
func (s *Service) typedChoice(r *Resident, text, key string) string {
	if key == "" {
		// No letter: a number picks among several entries offered.
		if r.Mode == ModeBot && len(r.Offered) > 1 {
			return s.typedPick(r.Offered, text, key)
		}
		return ""
	}
	if len(key) > 200 {
		return ""
	}
	yes, no := typedYes[key] || key == typedYesButton, typedNo[key] || key == typedNoButton
	switch {
	case r.Confirm == ConfirmErase && yes:
		return ActEraseYes
	case r.Confirm == ConfirmErase && no:
		return ActEraseNo
	case r.Mode != ModeBot && r.Mode != ModeRating:
		return ""
	case r.Mode == ModeBot && r.YesTo != "" && (yes || typedYesMediator[key]):
		return r.YesTo
	case len(r.Offered) == 1 && yes:
		return ActYes + ":" + r.Offered[0]
	case len(r.Offered) == 1 && (no || typedNotHelpful[key]):
		// « c'est pas ma question » refuses the offer; it rates no answer.
		return ActNo
	case len(r.Offered) > 1:
		return s.typedPick(r.Offered, text, key)
	case s.otherTaken(r, text, key) != "":
		return ActEntry + ":" + s.otherTaken(r, text, key)
	case r.Mode == ModeBot && len(r.Offered) <= 1 && shownPick(r.Shown, text) != "":
		return shownPick(r.Shown, text)
	case r.LastEntry == "" || s.Catalog().IsEmergency(r.LastEntry):
		return ""
	case typedHelpful[key]:
		return ActHelpful + ":" + r.LastEntry
	case typedNotHelpful[key]:
		return ActNotHelp + ":" + r.LastEntry
	}
	return ""
}

// typedPick returns the action of the choice among several entries
// offered that text (key, as typedKey gives it) names: an entry's title, « le premier »,
// « la 2e », « aucune de ces questions »; "" when it names none.
func (s *Service) typedPick(offered []string, text, key string) string {
	if typedNone[key] || typedNotHelpful[key] {
		return ActOther
	}
	return s.namesOne(offered, text, key)
}

// otherTaken returns the entry of r.Others, the answers offered to the
// other questions of r's last message, that text (key, as typedKey gives
// it) takes: « oui » the one offered, a rank or a title one of several;
// "" otherwise. The offer stands below the answer it came with: once
// that answer is forgotten (a handover, a new visit: forgetAnswer),
// « oui » is said to something else; while a ticket is open (an
// emergency's, the offer below its numbers), it still takes it.
func (s *Service) otherTaken(r *Resident, text, key string) string {
	if r.LastEntry == "" && !r.InHandover() {
		return ""
	}
	if len(r.Others) == 1 && (typedYes[key] || key == typedYesButton) {
		return r.Others[0]
	}
	if len(r.Others) > 1 {
		_, id, _ := strings.Cut(s.namesOne(r.Others, text, key), ":")
		return id
	}
	return ""
}

// namesOne returns the action of the entry of offered that text (key, as
// typedKey gives it) names by its rank (« le premier », « la 2e »,
// « le dernier ») or its title; "" when it names none.
func (s *Service) namesOne(offered []string, text, key string) string {
	if i, ok := typedOrdinals[ordinalKey(text)]; ok && i < len(offered) {
		if i == lastOrdinal {
			i = len(offered) - 1
		}
		return ActEntry + ":" + offered[i]
	}
	for _, id := range offered {
		if e, ok := s.Catalog().Entry(id); ok && typedKey(e.Title) == key {
			return ActEntry + ":" + id
		}
	}
	return ""
}

// shownPick returns the action of the button among shown (the buttons
// under the bot's last message) that text names by its rank: « le
// premier », « la 2e », « le dernier »; "" when it names none. A bare
// number picks no button: buttons on Telegram carry no number (the
// console numbers them, and turns a number into its button itself).
func shownPick(shown []string, text string) string {
	k := ordinalKey(text)
	i, ok := typedOrdinals[k]
	if !ok || strings.IndexFunc(k, unicode.IsLetter) < 0 || len(shown) == 0 {
		return ""
	}
	if i == lastOrdinal {
		i = len(shown) - 1
	}
	if i >= len(shown) || strings.HasPrefix(shown[i], ActSite) || strings.HasPrefix(shown[i], ActRate) {
		return "" // a site is picked with its postcode; a rating with its number
	}
	return shown[i]
}

// thanksBut matches, on typedKey's form, thanks that take back what they
// say: « merci mais ça m'aide pas », « merci quand même mais non ».
var thanksBut = regexp.MustCompile(`^(?:(?:ok|oui|bon) )?merci(?: beaucoup| bien| quand meme| c est gentil)? mais (?:(?:bon|bof|en fait) )?(.+)$`)

// notHelpedKey is the typedNotHelpful key thanks that take it back stand
// for.
const notHelpedKey = "ca m aide pas"

// refusedThanks returns key, or notHelpedKey when key is thanks followed
// by a no or a « ça m'aide pas »: the resident was not helped, and their
// politeness is no « merci » to answer with « Avec plaisir ! ».
func refusedThanks(key string) string {
	m := thanksBut.FindStringSubmatch(key)
	switch {
	case m != nil && (typedNo[m[1]] || typedNotHelpful[m[1]]):
		return notHelpedKey
	case m != nil && notUnderstoodKey.MatchString(m[1]):
		return m[1]
	}
	return key
}

// notUnderstoodKey matches, on typedKey's form, a resident saying they do
// not understand, or that it is too hard for them, and nothing else:
// « je comprends pas », « j'ai rien compris », « c'est trop compliqué
// pour moi », « je suis perdue », « pas clair votre réponse ». A subject
// named (« je comprends pas ma facture ») is a question.
var notUnderstoodKey = regexp.MustCompile(`^(?:(?:ok|oui|non|bon|ben|bah|euh|desole|pardon|excusez moi|alors|mais|helas|vraiment) )*(?:` +
	`(?:moi )?(?:je |j )?(?:ne |n )?(?:y )?(?:comprends|comprend|capte|pige|saisis)(?: toujours| vraiment| absolument)? (?:pas|rien|pa)` +
	`|(?:je |j )?(?:n )?(?:ai |y ai )?(?:toujours |vraiment |absolument )?(?:pas|rien|pa)(?: tout| bien| trop| tres bien)? compris` +
	`|moi pas comprendre` +
	`|(?:c est |c |cest |ca a l air |ca reste |c etait |ca me semble |tout ca est |c est tout )?(?:trop |tres |vraiment |un peu |beaucoup trop |bien trop |super )?(?:complique|compliquer|difficile|dur)` +
	`|(?:c est |c |cest |ce n est |c est toujours )?pas (?:tres |assez |vraiment )?clair` +
	`|je suis (?:un peu |tout |toute |completement |totalement |vraiment )?(?:perdu|perdue|paume|paumee)` +
	`)(?: (?:pour moi|du tout|tout|bien|trop|rien|desole|desolee|votre reponse|la reponse|votre message|ce que vous dites|ce que vous ecrivez|tout ca|ca|vos explications|l explication|les explications|merci|svp|s il vous plait|aidez moi|la|je suis perdu|je suis perdue|a faire|a comprendre|a lire))*$`)

// onTyped handles a message that stands for a button, or only says
// « ok », and reports whether it did. The message is recorded already.
func (s *Service) onTyped(ctx context.Context, ev *event, text string) (bool, error) {
	key := refusedThanks(typedKey(text))
	if action := s.typedChoice(ev.r, text, key); action != "" {
		for i := len(ev.ch.Messages) - 1; i >= 0; i-- {
			if m := &ev.ch.Messages[i]; m.From == FromResident {
				m.Outcome = OutcomeChoice
				break
			}
		}
		return true, s.onTypedChoice(ctx, ev, action)
	}
	if ev.r.Mode != ModeBot {
		return false, nil
	}
	if typedAck[key] || typedNotHelpful[key] || littleFrench.MatchString(key) {
		ev.r.Confirm = "" // as any other message, it cancels a pending /oublier
	}
	switch {
	case notUnderstoodKey.MatchString(key):
		// « je suis perdue » may say more than the démarche: danger is
		// answered first, and a worry keeps its numbers.
		res := s.faq.Load().matcher.Match(text)
		if s.emergencyOf(res) != nil {
			return false, nil
		}
		ev.r.Confirm = ""
		s.notUnderstood(ctx, ev, res)
		return true, nil
	case typedAck[key]:
		// « ok », « d'accord »: no question, nor a miss.
		s.reply(ev, Reply{Text: French.Ack})
		return true, nil
	case typedYes[key] || typedNo[key] || key == typedYesButton || key == typedNoButton:
		// « oui » or « non » when the bot asked nothing: no question
		// the FAQ lacks, nor a miss. After a miss, below a mediator's
		// button, « oui » likely means that help: asked plainly.
		ev.r.Confirm = ""
		if ev.r.Misses > 0 && !typedNo[key] && key != typedNoButton && slices.Contains(ev.r.Shown, ActHuman) {
			s.reply(ev, Reply{Text: French.OfferMediator, Buttons: [][]Button{
				{{Label: frButtons.Human, Action: ActHuman}},
				{{Label: frButtons.Themes, Action: ActThemes}},
			}})
			return true, nil
		}
		s.reply(ev, Reply{Text: French.NothingAsked, Buttons: menuButtons()})
		return true, nil
	case typedNotHelpful[key]:
		// « ça répond pas à ma question » with no answer to rate (after
		// « je ne sais pas », on a new visit): no new question, a miss,
		// and the mediator offered.
		ev.r.Misses++
		s.missReply(ev, "")
		return true, nil
	case asksIfBot.MatchString(key):
		// « vous êtes un robot ? »: said honestly, and the people who
		// can take over offered.
		ev.r.Confirm = ""
		s.reply(ev, Reply{Text: French.Bot, Buttons: [][]Button{
			{{Label: frButtons.Human, Action: ActHuman}},
			{{Label: frButtons.Themes, Action: ActThemes}},
		}})
		return true, nil
	case littleFrench.MatchString(key):
		// « je parle pas bien français »: a short word of comfort and the
		// mediator first, not the PIMMS's presentation.
		s.reply(ev, Reply{Text: French.LittleFrench, Buttons: [][]Button{
			{{Label: frButtons.Human, Action: ActHuman}},
			{{Label: frButtons.Themes, Action: ActThemes}},
		}})
		return true, nil
	}
	return false, nil
}

// asksIfBot matches, on typedKey's form, a resident asking whether they
// write to a machine or to a person, and nothing else: « vous êtes un
// robot ? », « c'est une IA ? », « je parle à une vraie personne ? ».
var asksIfBot = regexp.MustCompile(`^(?:(?:bonjour|bonsoir|salut|excusez moi|pardon|mais|euh|alors|donc|au fait|dites|dites moi|question) )*` +
	`(?:est ce que |est ce qu )?(?:vous etes|vous etes bien|t es|tu es|tu est|etes vous|es tu|c est|c|cest|ici c est|je parle a|je parle avec|j ecris a|je discute avec|on parle a|je suis avec|vous n etes pas|c est pas|ce n est pas)` +
	`(?: un| une| vraiment un| vraiment une| bien un| bien une| juste un| juste une)? (?:robot|bot|chatbot|ia|intelligence artificielle|machine|ordinateur|programme|automate|repondeur|vraie personne|vrai personne|personne reelle|humain|humaine|etre humain|vrai humain|vraie humaine)` +
	`(?: ou (?:un |une )?(?:vraie personne|vrai personne|personne|humain|humaine|vrai humain|robot|bot|machine|ia))?(?: ou quoi| la| ici| en vrai)?$`)

// littleFrench matches, on typedKey's form, a resident saying they do not
// speak or read French well, and nothing else.
var littleFrench = regexp.MustCompile(`^(?:(?:bonjour|salut|desole|excusez moi|pardon) )*(?:moi )?(?:je|j)? ?(?:ne |n )?(?:parle|parl|comprend|comprends|lis|ecris|sais) (?:pas|pa|pas tres|pas trop|pas bien|pas tres bien|un peu|mal|tres mal|peu) ?(?:bien |tres bien )?(?:le |l )?(?:francais|fr|la langue)(?: desole| pardon| excusez moi)?$`)

// onTypedChoice does what the button of action does, the resident's
// words already recorded.
func (s *Service) onTypedChoice(ctx context.Context, ev *event, action string) error {
	name, arg, _ := strings.Cut(action, ":")
	if handled, err := s.onAnytimeAction(ctx, ev, name, arg); handled {
		return err
	}
	ev.r.skipRating()
	s.onFAQAction(ctx, ev, name, arg)
	return nil
}
