package conversation

import (
	"context"
	"fmt"
	"strings"

	"pimmsbot/internal/markup"
)

// What mediators read about tickets and messages, in French, whatever the
// desk: Discord and the terminal's console render these words their own
// way (escaped, clipped, mentions added) but say the same things.

// StatusLabel names a ticket status for mediators: « en attente d'un
// médiateur », « prise en charge », « close ».
func StatusLabel(s TicketStatus) string {
	switch s {
	case TicketClaimed:
		return "prise en charge"
	case TicketClosed:
		return "close"
	}
	return "en attente d'un médiateur"
}

// GoneLabel says why a ticket's resident can no longer be reached, ""
// when they can.
func GoneLabel(g Gone) string {
	switch g {
	case GoneBlocked:
		return "l'usager a bloqué le bot\u00a0: il ne reçoit plus les messages"
	case GoneErased:
		return "l'usager a effacé ses données"
	case GoneEnded:
		return "l'usager a terminé la conversation"
	}
	return ""
}

// AuthorLabel names who wrote a message: « Usager », « Bot »,
// « Médiateur Camille », « Note de Camille », « Info ».
func AuthorLabel(m Message) string {
	switch m.From {
	case FromResident:
		return "Usager"
	case FromBot:
		return "Bot"
	case FromMediator:
		return strings.TrimSpace("Médiateur " + m.Name)
	case FromNote:
		return strings.TrimSpace("Note de " + m.Name)
	}
	return "Info"
}

// ClickText says what a resident's button click was, as a verb that
// follows « Usager »: « a noté 4/5 ». entry names a FAQ entry (its title
// in guillemets); theme returns a theme's label, "" when unknown; nil
// keeps the ids.
func ClickText(action string, entry, theme func(id string) string) string {
	name, arg, _ := strings.Cut(action, ":")
	if entry == nil {
		entry = func(id string) string { return "«\u00a0" + id + "\u00a0»" }
	}
	switch name {
	case ActRate:
		return "a noté " + arg + "/5"
	case ActHelpful:
		return "a trouvé utile la réponse " + entry(arg) + " 👍"
	case ActNotHelp:
		return "n'a pas trouvé utile la réponse " + entry(arg) + " 👎"
	case ActEntry:
		return "a choisi la question " + entry(arg)
	case ActTheme:
		label := arg
		if theme != nil && theme(arg) != "" {
			label = theme(arg)
		}
		return "a ouvert le thème «\u00a0" + label + "\u00a0»"
	case ActYes:
		return "a confirmé la question " + entry(arg)
	}
	if s, ok := clickWords[name]; ok {
		return s
	}
	return "a cliqué sur un bouton"
}

// clickWords are the clicks that name nothing.
var clickWords = map[string]string{
	ActThemes:   "a ouvert la liste des thèmes",
	ActAsk:      "a choisi «\u00a0Poser une question\u00a0»",
	ActOther:    "a répondu «\u00a0Aucune de ces questions\u00a0»",
	ActNo:       "a répondu «\u00a0Non, autre chose\u00a0»",
	ActHuman:    "a demandé à parler à un médiateur",
	ActHours:    "a demandé les horaires",
	ActEnd:      "a terminé la conversation",
	ActEraseYes: "a confirmé l'effacement de ses données",
	ActEraseNo:  "a choisi de garder ses données",
}

// A DeskLine is one message of a ticket's conversation as mediators read
// it: Who, then Sep (« : » with its no-break space, or a plain space
// before the verb of a click), then Text.
type DeskLine struct {
	Who, Sep, Text string
}

// NewDeskLine renders message m for mediators: its author (with the
// entry a FAQ answer gave), its text without the FAQ markup, a click as
// what the resident did, a photo or a file by its kind. entry and theme
// name entries and themes as for ClickText.
func NewDeskLine(m Message, entry, theme func(id string) string) DeskLine {
	if entry == nil {
		entry = func(id string) string { return "«\u00a0" + id + "\u00a0»" }
	}
	l := DeskLine{Who: AuthorLabel(m), Sep: "\u00a0: ", Text: m.Text}
	if m.From == FromBot || m.Entry != "" {
		if doc, err := markup.Parse(m.Text); err == nil {
			l.Text = doc.Plain()
		}
	}
	if m.Entry != "" && (m.From == FromBot || m.From == FromMediator) {
		l.Who += " (fiche " + entry(m.Entry) + ")"
	}
	if m.From == FromResident {
		if action, ok := strings.CutPrefix(m.Text, ClickPrefix); ok {
			l.Text, l.Sep = ClickText(action, entry, theme), " "
		}
	}
	if m.Media != MediaNone {
		l.Text = strings.TrimSpace("[" + m.Media.Label() + "] " + l.Text)
	}
	if l.Text == "" && m.File != nil {
		l.Text = "[fichier] " + m.File.Name
	}
	return l
}

// Refusal tells a mediator why the core refused their action a with err.
// The core's errors are for the logs, in English, and their codes are not
// precise enough (EINVALID covers a closed ticket, a ticket someone else
// took, an empty message…): for EINVALID the ticket is read again with
// history to say which it was. quote formats, within at most n
// characters, what people wrote (a mediator's name, an entry's id) for
// the desk; nil keeps it as is.
func Refusal(ctx context.Context, a MediatorAction, err error, history func(context.Context, uint64) (Ticket, []Message, error), quote func(s string, n int) string) string {
	if quote == nil {
		quote = func(s string, _ int) string { return s }
	}
	n := a.Ticket
	switch ErrorCode(err) {
	case EINVALID:
		t, _, herr := history(ctx, a.Ticket)
		return invalidAction(a, t, herr == nil, quote)
	case ENOTFOUND:
		if a.Kind == MedEntry {
			return "La fiche «\u00a0" + quote(a.Entry, 300) + "\u00a0» n'existe pas dans la FAQ."
		}
		return fmt.Sprintf("La demande n° %d n'existe pas.", n)
	}
	return RefusalCode(err)
}

// invalidAction says why an EINVALID action was refused.
func invalidAction(a MediatorAction, t Ticket, known bool, quote func(s string, n int) string) string {
	n := a.Ticket
	if (a.Kind == MedReply || a.Kind == MedNote) && strings.TrimSpace(a.Text) == "" && a.File == nil {
		return "Le message est vide\u00a0: rien n'a été envoyé."
	}
	if a.Kind == MedPropose {
		return fmt.Sprintf("Pas de proposition pour la demande n° %d\u00a0: il faut la question de l'usager et au moins une réponse écrite d'un médiateur dans le fil.", n)
	}
	notSent := ""
	if a.Kind == MedReply || a.Kind == MedEntry {
		notSent = " Rien n'a été envoyé à l'usager."
	}
	switch {
	case !known:
	case t.Gone == GoneErased || (t.Resident == "" && t.Status == TicketClosed):
		return fmt.Sprintf("L'usager a effacé ses données\u00a0: la demande n° %d est close.", n) + notSent
	case t.Status == TicketClosed:
		return fmt.Sprintf("La demande n° %d est close.", n) + notSent
	case a.Kind == MedClose && !a.Confirmed && CloseNeedsConfirm(t) && t.Resident != "":
		return fmt.Sprintf("La demande n° %d est urgente et personne ne l'a prise en charge\u00a0: l'usager est peut-être en danger. "+
			"Prenez-la et répondez-lui plutôt. Pour la clore quand même, confirmez-le\u00a0; l'usager recevra de nouveau les numéros d'urgence.", n)
	case a.Kind == MedClaim && t.Status == TicketClaimed && t.Mediator == a.Mediator:
		return fmt.Sprintf("Vous avez déjà pris la demande n° %d.", n)
	case a.Kind == MedClaim && t.Status == TicketClaimed:
		return fmt.Sprintf("La demande n° %d est déjà prise en charge par %s.", n, quote(t.MediatorName, 64))
	case t.Status != TicketClosed && t.Resident != "":
		return fmt.Sprintf("La demande n° %d n'est plus celle en cours de l'usager\u00a0: il en a ouvert une autre.", n) + notSent
	}
	return fmt.Sprintf("Action impossible sur la demande n° %d.", n) + notSent
}

// RefusalCode says what an error's code means, for a mediator.
func RefusalCode(err error) string {
	switch ErrorCode(err) {
	case EINVALID:
		return "Action impossible."
	case ENOTFOUND:
		return "Demande ou fiche introuvable."
	case EFORBIDDEN:
		return "Action réservée aux médiateurs."
	case ETEMPORARY, ECONFLICT:
		return "Le service est momentanément indisponible\u00a0: réessayez dans un instant."
	}
	return "Erreur interne\u00a0: le message n'a pas été transmis. Prévenez l'administrateur."
}

// CloseEntries returns up to n entries of the FAQ whose id is close to
// id, a mistyped one: those that hold its words, the last ones dropped
// one by one (« retraite-attestation-paiement » finds
// « retraite-attestation »).
func (s *Service) CloseEntries(id string, n int) []FAQChoice {
	words := strings.FieldsFunc(id, func(r rune) bool { return r == '-' || r == '_' || r == ' ' })
	for k := len(words); k > 0; k-- {
		if got := s.FAQChoices(strings.Join(words[:k], " "), n); len(got) > 0 {
			return got
		}
	}
	return nil
}
