package discord

import (
	"bytes"
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/bwmarrin/discordgo"

	"pimmsbot/internal/conversation"
)

// The slash commands.
const (
	cmdClose   = "fermer"
	cmdNote    = "note"
	cmdQueue   = "file"
	cmdFAQ     = "faq"
	cmdHistory = "historique"
	cmdPropose = "proposer"
	cmdMove    = "transferer"

	optTicket = "demande"
	optText   = "texte"
	optEntry  = "id"
	optTitle  = "titre"
	optSite   = "site"
)

// commands are registered for the guild at each READY. They are visible
// to everyone; the roles are checked on each use. /transferer is only
// registered for a network of several sites.
func commands(sites int) []*discordgo.ApplicationCommand {
	one := 1.0
	ticket := &discordgo.ApplicationCommandOption{
		Type: discordgo.ApplicationCommandOptionInteger, Name: optTicket, MinValue: &one,
		Description: "Numéro de la demande (par défaut : celle du fil)",
	}
	guildOnly := &[]discordgo.InteractionContextType{discordgo.InteractionContextGuild}
	cmds := []*discordgo.ApplicationCommand{
		{Name: cmdClose, Description: "Clore la demande de ce fil", Contexts: guildOnly,
			Options: []*discordgo.ApplicationCommandOption{ticket}},
		{Name: cmdNote, Description: "Note interne, jamais envoyée à l'usager", Contexts: guildOnly,
			Options: []*discordgo.ApplicationCommandOption{
				{Type: discordgo.ApplicationCommandOptionString, Name: optText, Description: "Le texte de la note", Required: true, MaxLength: 1800},
				ticket,
			}},
		{Name: cmdQueue, Description: "Les demandes ouvertes", Contexts: guildOnly},
		{Name: cmdFAQ, Description: "Envoyer une fiche de la FAQ à l'usager", Contexts: guildOnly,
			Options: []*discordgo.ApplicationCommandOption{
				{Type: discordgo.ApplicationCommandOptionString, Name: optEntry, Description: "La fiche (tapez pour chercher)", Required: true, Autocomplete: true},
				ticket,
			}},
		{Name: cmdHistory, Description: "La conversation de la demande", Contexts: guildOnly,
			Options: []*discordgo.ApplicationCommandOption{ticket}},
		{Name: cmdPropose, Description: "Proposer une fiche de FAQ" + nbsp + ": la question de l'usager et votre réponse", Contexts: guildOnly,
			Options: []*discordgo.ApplicationCommandOption{
				{Type: discordgo.ApplicationCommandOptionString, Name: optTitle, Description: "Le titre de la fiche, en question (facultatif)", MaxLength: 150},
				ticket,
			}},
	}
	if sites > 1 {
		cmds = append(cmds, &discordgo.ApplicationCommand{
			Name: cmdMove, Description: "Transférer la demande à un autre PIMMS, avec son historique", Contexts: guildOnly,
			Options: []*discordgo.ApplicationCommandOption{
				{Type: discordgo.ApplicationCommandOptionString, Name: optSite, Description: "Le PIMMS qui reprend la demande (tapez pour chercher)", Required: true, Autocomplete: true},
				ticket,
			}})
	}
	return cmds
}

// handleInteraction handles a button click, a slash command or an
// autocomplete. Only members with the mediator role get anything done;
// others get an ephemeral refusal.
func (d *Desk) handleInteraction(ctx context.Context, svc Service, in *discordgo.Interaction) {
	if svc == nil {
		return
	}
	var userID string
	switch {
	case in.Member != nil && in.Member.User != nil:
		userID = in.Member.User.ID
	case in.User != nil:
		userID = in.User.ID
	default:
		return
	}
	member, ok := d.isMediator(ctx, in.Member, userID)
	if !ok {
		d.log.Info("interaction from someone without a mediator role refused", "type", in.Type.String())
		if in.Type == discordgo.InteractionApplicationCommandAutocomplete {
			d.respond(ctx, in, &discordgo.InteractionResponse{Type: discordgo.InteractionApplicationCommandAutocompleteResult,
				Data: &discordgo.InteractionResponseData{Choices: []*discordgo.ApplicationCommandOptionChoice{}}})
			return
		}
		d.ephemeral(ctx, in, "Réservé aux médiateurs du PIMMS (rôle requis).")
		return
	}
	var user *discordgo.User
	if in.Member != nil {
		user = in.Member.User
	}
	if user == nil {
		user = in.User
	}
	a := conversation.MediatorAction{Mediator: userID, Name: d.name(member, user)}
	switch in.Type {
	case discordgo.InteractionMessageComponent:
		d.click(ctx, svc, in, member, a)
	case discordgo.InteractionApplicationCommand:
		d.command(ctx, svc, in, member, a)
	case discordgo.InteractionApplicationCommandAutocomplete:
		d.autocomplete(ctx, svc, in)
	}
}

func (d *Desk) respond(ctx context.Context, in *discordgo.Interaction, r *discordgo.InteractionResponse) bool {
	if err := d.s.InteractionRespond(in, r, opts(ctx)...); err != nil {
		d.log.Warn("answer an interaction", "err", err)
		return false
	}
	return true
}

// ephemeral answers an interaction with a message only its author sees.
func (d *Desk) ephemeral(ctx context.Context, in *discordgo.Interaction, text string) {
	d.respond(ctx, in, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{Content: text, Flags: discordgo.MessageFlagsEphemeral, AllowedMentions: noMentions()}})
}

// click handles « Prendre en charge » and « Clore ». The click is
// acknowledged at once; the ticket's first message shows the result when
// the core updates it, and an error comes as an ephemeral follow-up.
//
// « Clore » on a ticket nobody answered asks first, in a message only the
// mediator sees: the button sits next to « Prendre en charge », and
// closing tells the resident their request is over. Its « Oui, clore »
// button closes; the resident is then not asked for a rating.
func (d *Desk) click(ctx context.Context, svc Service, in *discordgo.Interaction, member *discordgo.Member, a conversation.MediatorAction) {
	action, ticket, ok := parseButtonID(in.MessageComponentData().CustomID)
	if !ok {
		return
	}
	a.Ticket = ticket
	if _, _, no := d.guard(ctx, svc, member, ticket); no != "" {
		d.ephemeral(ctx, in, no)
		return
	}
	switch action {
	case buttonClaim:
		a.Kind = conversation.MedClaim
	case buttonClose:
		a.Kind = conversation.MedClose
		if t, _, err := svc.History(ctx, ticket); err == nil && t.Status == conversation.TicketWaiting {
			d.confirmClose(ctx, in, ticket, t.Urgent)
			return
		}
	case buttonCloseOK:
		// The answer to confirmClose: an urgent ticket nobody took
		// closes only so.
		a.Kind, a.Confirmed = conversation.MedClose, true
	default:
		return
	}
	// Whether someone answered meanwhile, for the answer to the
	// confirmation.
	unanswered := false
	if action == buttonCloseOK {
		t, _, err := svc.History(ctx, ticket)
		unanswered = err == nil && t.Status == conversation.TicketWaiting
	}
	if !d.respond(ctx, in, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredMessageUpdate}) {
		return
	}
	err := svc.HandleMediator(ctx, a)
	if err != nil {
		d.followup(ctx, in, "⚠️ "+d.explain(ctx, svc, a, err))
		if conversation.ErrorCode(err) == conversation.EINTERNAL {
			d.log.Error("mediator's click", "err", err)
		}
		return
	}
	if action == buttonCloseOK {
		// The click was on the question: it becomes the answer.
		text := fmt.Sprintf("Demande n° %d close sans réponse"+nbsp+": l'usager en est informé et peut poser une autre question.", ticket)
		if !unanswered {
			text = fmt.Sprintf("Demande n° %d close. L'usager est invité à donner son avis.", ticket)
		}
		none := []discordgo.MessageComponent{}
		edit := &discordgo.WebhookEdit{Content: &text, Components: &none, AllowedMentions: noMentions()}
		if _, err := d.s.InteractionResponseEdit(in, edit, opts(ctx)...); err != nil {
			d.log.Warn("answer a mediator's confirmation", "err", err)
		}
	}
}

// confirmClose asks the mediator who clicked « Clore » on a ticket nobody
// answered to confirm, in a message only they see; an urgent one's
// resident may be in danger.
func (d *Desk) confirmClose(ctx context.Context, in *discordgo.Interaction, ticket uint64, urgent bool) {
	text := fmt.Sprintf("Personne n'a encore répondu à la demande n° %d. La clore"+nbsp+"? "+
		"L'usager sera prévenu que sa demande est close, sans avoir à donner de note. Sinon, ignorez ce message.", ticket)
	if urgent {
		text = fmt.Sprintf("🚨 La demande n° %d est urgente et personne n'y a répondu"+nbsp+": l'usager est peut-être en danger. "+
			"Prenez-la et répondez-lui plutôt. La clore quand même"+nbsp+"? L'usager sera prévenu, avec les numéros d'urgence. "+
			"Sinon, ignorez ce message.", ticket)
	}
	d.respond(ctx, in, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{
			Content: text, Flags: discordgo.MessageFlagsEphemeral, AllowedMentions: noMentions(),
			Components: []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
				discordgo.Button{Label: "Oui, clore sans réponse", Style: discordgo.DangerButton, CustomID: buttonID(buttonCloseOK, ticket)},
			}}},
		}})
}

func (d *Desk) followup(ctx context.Context, in *discordgo.Interaction, text string) {
	_, err := d.s.FollowupMessageCreate(in, false, &discordgo.WebhookParams{
		Content: text, Flags: discordgo.MessageFlagsEphemeral, AllowedMentions: noMentions(),
	}, opts(ctx)...)
	if err != nil {
		d.log.Warn("follow up an interaction", "err", err)
	}
}

// options returns a command's options by name.
func options(in *discordgo.Interaction) map[string]*discordgo.ApplicationCommandInteractionDataOption {
	out := map[string]*discordgo.ApplicationCommandInteractionDataOption{}
	for _, o := range in.ApplicationCommandData().Options {
		out[o.Name] = o
	}
	return out
}

func stringOpt(o *discordgo.ApplicationCommandInteractionDataOption) string {
	if o == nil {
		return ""
	}
	switch v := o.Value.(type) {
	case string:
		return v
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	return ""
}

// command handles a slash command. The ticket it works on and the
// mediator's right to act on it are checked first, with an ephemeral
// refusal; then the command is deferred (Discord wants an answer within
// 3 s; the core may take longer to reach the resident), and the answer
// replaces the "thinking…" message.
func (d *Desk) command(ctx context.Context, svc Service, in *discordgo.Interaction, member *discordgo.Member, a conversation.MediatorAction) {
	data := in.ApplicationCommandData()
	opt := options(in)
	var t conversation.Ticket
	if data.Name != cmdQueue {
		n, no := d.commandTicket(ctx, svc, in.ChannelID, opt)
		if no == "" {
			t, _, no = d.guard(ctx, svc, member, n)
		}
		if no != "" {
			d.ephemeral(ctx, in, no)
			return
		}
		a.Ticket = n
	}
	var flags discordgo.MessageFlags = discordgo.MessageFlagsEphemeral
	if data.Name == cmdNote {
		flags = 0 // the other mediators see the note in the thread
	}
	if !d.respond(ctx, in, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{Flags: flags}}) {
		return
	}
	answer := func(text string, files ...*discordgo.File) {
		edit := &discordgo.WebhookEdit{Content: &text, AllowedMentions: noMentions(), Files: files}
		if _, err := d.s.InteractionResponseEdit(in, edit, opts(ctx)...); err != nil {
			d.log.Warn("answer a slash command", "command", data.Name, "err", err)
		}
	}
	switch data.Name {
	case cmdQueue:
		answer(d.queue(ctx, svc, member))
	case cmdHistory:
		text, file := d.history(ctx, svc, a.Ticket)
		if file != nil {
			answer(text, file)
		} else {
			answer(text)
		}
	case cmdMove:
		answer(d.transfer(ctx, svc, t, stringOpt(opt[optSite]), a))
	default:
		answer(d.act(ctx, svc, data.Name, opt, a))
	}
}

// commandTicket returns the ticket a command works on: its option, or
// the thread's; else the French text that says what is wrong.
func (d *Desk) commandTicket(ctx context.Context, svc Service, channel string,
	opt map[string]*discordgo.ApplicationCommandInteractionDataOption) (uint64, string) {
	if s := stringOpt(opt[optTicket]); s != "" {
		n, err := strconv.ParseUint(s, 10, 64)
		if err != nil || n == 0 {
			return 0, "Numéro de demande invalide."
		}
		return n, ""
	}
	if n, ok := d.ticketOf(ctx, svc, channel); ok {
		return n, ""
	}
	return 0, "Utilisez cette commande dans le fil d'une demande, ou donnez son numéro (option «" + nbsp + "demande" + nbsp + "»)."
}

// act hands /fermer, /note, /faq or /proposer to the service and returns
// what the mediator is answered.
func (d *Desk) act(ctx context.Context, svc Service, name string,
	opt map[string]*discordgo.ApplicationCommandInteractionDataOption, a conversation.MediatorAction) string {
	var done string
	switch name {
	case cmdClose:
		a.Kind, done = conversation.MedClose, fmt.Sprintf("Demande n° %d close. L'usager est invité à donner son avis.", a.Ticket)
		if t, _, err := svc.History(ctx, a.Ticket); err == nil && t.Status == conversation.TicketWaiting {
			done = fmt.Sprintf("Demande n° %d close sans réponse"+nbsp+": l'usager en est informé et peut poser une autre question.", a.Ticket)
		}
	case cmdNote:
		a.Kind, a.Text = conversation.MedNote, stringOpt(opt[optText])
		done = fmt.Sprintf("📝 **Note interne de %s** (non envoyée)"+nbsp+":\n", clip(a.Name, nameRoom)) + strings.Join(quoteLines(a.Text), "\n")
		done = truncate(done, maxContent)
	case cmdFAQ:
		a.Kind, a.Entry = conversation.MedEntry, strings.TrimSpace(stringOpt(opt[optEntry]))
		done = "Fiche " + clip(d.texts().entry(a.Entry), 300) + " envoyée à l'usager."
	case cmdPropose:
		a.Kind, a.Text = conversation.MedPropose, stringOpt(opt[optTitle])
		done = fmt.Sprintf("💡 Proposition de fiche enregistrée à partir de la demande n° %d"+nbsp+": la question de l'usager (masquée) et les réponses des médiateurs. "+
			"Elle attend une relecture (pimmsbot faq proposals)"+nbsp+"; rien n'est envoyé à l'usager.", a.Ticket)
	default:
		return "Commande inconnue."
	}
	if err := svc.HandleMediator(ctx, a); err != nil {
		if conversation.ErrorCode(err) == conversation.EINTERNAL {
			d.log.Error("mediator's command", "command", name, "err", err)
		}
		return "⚠️ " + d.explain(ctx, svc, a, err)
	}
	return done
}

// queue lists for /file the open tickets of the sites whose role the
// member has (every site's for a coordinator).
func (d *Desk) queue(ctx context.Context, svc Service, member *discordgo.Member) string {
	all, err := svc.Queue(ctx)
	if err != nil {
		d.log.Error("read the open tickets", "err", err)
		return "⚠️ " + explainCode(err)
	}
	var open []conversation.Ticket
	for _, t := range all {
		if d.mayActOn(member, d.site(t.Site)) {
			open = append(open, t)
		}
	}
	if len(open) == 0 {
		return "Aucune demande ouverte."
	}
	lines := []string{fmt.Sprintf("**%d %s**", len(open), conversation.Plural(len(open), "demande ouverte", "demandes ouvertes"))}
	for i, t := range open {
		line := fmt.Sprintf("%s n° %d · %s · %s", statusSign(t), t.Number, escape(t.Label), statusWord(t))
		if name := t.ThemeName(); name != "" {
			line += " · " + escape(name)
		}
		line += " · depuis le " + t.Requested.In(d.cfg.Location).Format("02/01 à 15:04")
		if t.DeskRef != "" {
			line += " · <#" + t.DeskRef + ">"
		}
		if utf8Len(strings.Join(lines, "\n"))+utf8Len(line)+40 > maxContent {
			lines = append(lines, fmt.Sprintf("… et %d %s.", len(open)-i, conversation.Plural(len(open)-i, "autre", "autres")))
			break
		}
		lines = append(lines, line)
	}
	return strings.Join(lines, "\n")
}

func utf8Len(s string) int { return len([]rune(s)) }

func statusWord(t conversation.Ticket) string {
	if t.Status == conversation.TicketClaimed {
		return "prise en charge par " + clip(t.MediatorName, nameRoom)
	}
	return "en attente"
}

// history renders a ticket's conversation for /historique: as text when
// it fits, else as an attached file.
func (d *Desk) history(ctx context.Context, svc Service, ticket uint64) (string, *discordgo.File) {
	t, msgs, err := svc.History(ctx, ticket)
	if err != nil {
		if conversation.ErrorCode(err) == conversation.EINTERNAL {
			d.log.Error("read a ticket's history", "err", err)
		}
		return "⚠️ " + d.explain(ctx, svc, conversation.MediatorAction{Ticket: ticket}, err), nil
	}
	x := d.texts()
	head := fmt.Sprintf("**Historique de la demande n° %d** · %s · %s", t.Number, escape(t.Label), x.status(t))
	lines := x.historyLines(msgs)
	var b strings.Builder
	b.WriteString(head)
	for _, l := range lines {
		b.WriteString("\n" + l.short)
	}
	if utf8Len(b.String()) <= maxContent {
		return b.String(), nil
	}
	return head + "\n_Historique complet en pièce jointe._", &discordgo.File{
		Name: fmt.Sprintf("historique-%d.txt", t.Number), ContentType: "text/plain; charset=utf-8",
		Reader: bytes.NewReader(x.historyFile(t, msgs)),
	}
}

// autocomplete offers the FAQ entries matching what is typed in /faq
// (Service.FAQChoices), and the sites in /transferer.
func (d *Desk) autocomplete(ctx context.Context, svc Service, in *discordgo.Interaction) {
	data := in.ApplicationCommandData()
	var typed string
	for _, o := range data.Options {
		if o.Focused {
			typed = stringOpt(o)
		}
	}
	choices := []*discordgo.ApplicationCommandOptionChoice{}
	if data.Name == cmdMove {
		choices = d.siteChoices(typed)
	} else {
		for _, c := range svc.FAQChoices(typed, maxChoices) {
			choices = append(choices, &discordgo.ApplicationCommandOptionChoice{
				Name: truncate(c.ID+" — "+c.Title, maxChoiceName), Value: c.ID,
			})
		}
	}
	d.respond(ctx, in, &discordgo.InteractionResponse{Type: discordgo.InteractionApplicationCommandAutocompleteResult,
		Data: &discordgo.InteractionResponseData{Choices: choices}})
}
