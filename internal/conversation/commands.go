package conversation

import (
	"context"
	"regexp"
	"strings"
	"unicode"

	"pimmsbot/internal/fold"
)

func menuButtons() [][]Button {
	return [][]Button{
		{{Label: frButtons.Themes, Action: ActThemes}, {Label: frButtons.Human, Action: ActHuman}},
	}
}

func welcomeButtons() [][]Button {
	return [][]Button{
		{{Label: frButtons.Ask, Action: ActAsk}},
		{{Label: frButtons.Themes, Action: ActThemes}},
		{{Label: frButtons.Human, Action: ActHuman}},
		{{Label: frButtons.Hours, Action: ActHours}},
	}
}

// commandAliases are other names residents type for the Commands.
var commandAliases = map[string]string{
	"help": "aide", "theme": "themes", "adresse": "horaires", "confidentialité": "confidentialite",
	"privacy": "confidentialite", "médiateur": "mediateur", "humain": "mediateur", "stop": "fin",
	"mesdonnées": "mesdonnees", "pimms": "site",
}

// bareCommands are the words that, typed alone and without a slash, run a
// command: residents type « aide », « menu » (or « retour ») or « stop » to
// ask for help, the choices or the end. In a handover only the end is run: « aide » is
// words for the mediator. « help » alone is not one: it is a cry for help
// (catalog's cryForHelp), answered with the emergency numbers.
var bareCommands = map[string]string{
	"aide": "aide", "menu": "themes", "themes": "themes", "theme": "themes", "retour": "themes",
	"stop": "fin", "fin": "fin",
}

// bareCommand returns the command a message that is only one of the
// bareCommands runs, case, accents, spaces and punctuation aside;
// inHandover keeps only /fin. Outside a handover, a message that only
// asks the bot to stop (stopWords) runs /fin too.
func bareCommand(text string, inHandover bool) (string, bool) {
	word := strings.TrimFunc(fold.String(text), func(r rune) bool { return !unicode.IsLetter(r) })
	name, ok := bareCommands[word]
	if !ok && !inHandover && stopWords.MatchString(typedKey(text)) {
		return "fin", true
	}
	if !ok || inHandover && name != "fin" {
		return "", false
	}
	return name, true
}

// stopWords matches, on typedKey's form, a message that only asks the bot
// to stop: « arrête », « stop les messages », « arrêtez de m'écrire »,
// « ne m'écrivez plus », « je ne veux plus de messages ». A resident who
// types it wants nothing more sent; the bot writes only when they write,
// and says so (French.NothingToEnd). What the messages are about must be
// the bot's: « stop les pubs », « je ne veux plus recevoir de courrier de
// la caf » ask something else. In a handover the words go to the mediator,
// who reads them; only « stop » and « fin » alone end it.
var stopWords = regexp.MustCompile(`^(?:(?:bon|ok|non|mais|alors|svp|stp) )?(?:` +
	// « stop », « arrête », « arrêtez ça », « stop les messages »,
	// « cessez de m'écrire », « arrête de m'envoyer des messages ».
	`(?:` + stopVerb + `)(?: (?:` + stopVerb + `))*(?: (?:ca|tout|la|maintenant|tout de suite|` +
	`(?:le|ce|ton|votre) (?:bot|robot|truc)|(?:la|cette) (?:conversation|discussion)|` +
	stopMessages + `|de (?:m|me) (?:ecrire|envoyer(?: ` + stopMessages + `)?|contacter|deranger|relancer|spamer))){0,2}` +
	// « ne m'écrivez plus », « m'envoyez plus de messages ».
	`|(?:ne )?(?:m|me) (?:ecrivez|ecris|envoyez|envoie|envoyer|ecrire) plus(?: rien| (?:de |d )?(?:` + stopMessageWord + `))?` +
	// « je ne veux plus de messages », « plus de notifications ».
	`|(?:je (?:ne )?(?:veux|souhaite|desire) plus|j en veux plus|plus) (?:recevoir |avoir )?(?:de |d |des |vos |tes |les |ces )?(?:` + stopMessageWord + `)` +
	`)(?: (?:svp|stp|s il vous plait|s il te plait|merci|please|pitie))*$`)

const (
	// stopVerb is the verb of « stop », « arrête », « cessez » in the
	// spellings residents type (typedKey folds the accents).
	stopVerb = `stop+(?:e|ez|er)?|ar+et+(?:e|ez|er)?|ces+(?:e|ez|er)`
	// stopMessageWord names the bot's messages.
	stopMessageWord = `messages?|msg|mesages?|notifs?|notifications?|sms|alertes?`
	stopMessages    = `(?:(?:les|vos|tes|ces|des|tous les|toutes les) )?(?:` + stopMessageWord + `)`
)

// commandName returns the name of one of the Commands for what a resident
// typed after "/", and whether the bot knows it.
func commandName(typed string) (string, bool) {
	if name, ok := commandAliases[typed]; ok {
		typed = name
	}
	for _, c := range Commands {
		if c.Name == typed {
			return typed, true
		}
	}
	return typed, typed == SiteCommand.Name
}

// onCommand runs a resident's /command; arg is what follows its name (a
// deep link's payload for /start).
func (s *Service) onCommand(ctx context.Context, ev *event, name, arg string) error {
	ev.record(Message{From: FromResident, Text: "/" + name})
	if name != "fin" {
		ev.r.Misses = 0 // a new start: the next miss is not « still » one
	}
	switch name {
	case "start":
		s.welcome(ev, arg)
	case "aide":
		help := French.Help
		if s.sites.Len() > 1 {
			help += "\n" + French.HelpSite
		}
		s.reply(ev, Reply{Text: help, Buttons: menuButtons()})
	case "site":
		s.showSite(ev)
	case "themes":
		if ev.r.InHandover() {
			// The menu's entries are not answered during a handover:
			// showing it would only lead to a refusal.
			s.remindMode(ev)
			break
		}
		s.themes(ev)
	case "horaires":
		s.hours(ev)
	case "confidentialite":
		s.reply(ev, Reply{Text: French.Privacy})
	case "mediateur":
		return s.handover(ctx, ev, "", "")
	case "fin":
		return s.endByResident(ctx, ev)
	case "mesdonnees":
		return s.exportData(ctx, ev)
	case "oublier":
		ev.r.Confirm = ConfirmErase
		text := French.EraseConfirm
		if ev.r.InHandover() {
			// A resident in danger who erases also closes their urgent
			// ticket: the mediators could not answer them any more.
			if t, err := s.openTicket(ctx, ev); err == nil && t.Urgent {
				text = French.EraseUrgent + "\n\n" + text
			}
		}
		s.reply(ev, Reply{Text: text, Buttons: [][]Button{
			{{Label: frButtons.Yes, Action: ActEraseYes}, {Label: frButtons.No, Action: ActEraseNo}},
		}})
	default:
		s.reply(ev, Reply{Text: French.UnknownCommand})
	}
	return nil
}

// remindMode reminds a resident in a handover where they stand.
func (s *Service) remindMode(ev *event) {
	switch ev.r.Mode {
	case ModeWaiting:
		s.reply(ev, Reply{Text: French.WaitingReminder})
	case ModeClaimed:
		s.reply(ev, Reply{Text: French.ClaimedReminder})
	}
}

func (s *Service) themes(ev *event) {
	var rows [][]Button
	var row []Button
	for _, t := range s.Catalog().Themes {
		if len(s.Catalog().EntriesOf(t.ID)) == 0 || t.ID == "" {
			continue
		}
		row = append(row, Button{Label: strings.TrimSpace(t.Emoji + " " + t.Label), Action: ActTheme + ":" + t.ID})
		if len(row) == 2 {
			rows, row = append(rows, row), nil
		}
	}
	if row != nil {
		rows = append(rows, row)
	}
	s.reply(ev, Reply{Text: French.ThemesIntro, Buttons: rows})
}

// hours shows the site's hours and address (/horaires).
func (s *Service) hours(ev *event) {
	if s.askSite(ev, Pending{Do: PendingHours}, "") {
		return
	}
	site := s.siteOrDefault(ev.r)
	if site.Hours == nil {
		s.reply(ev, Reply{Text: French.HoursUnknown})
		return
	}
	// {site.hours} holds the exceptional closures of the next two
	// months, after the weekly hours (SiteVars), as the FAQ's answers.
	s.reply(ev, Reply{Text: French.Hours})
}
