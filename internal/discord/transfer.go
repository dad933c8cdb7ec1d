package discord

import (
	"context"
	"fmt"
	"strings"

	"github.com/bwmarrin/discordgo"
	"golang.org/x/text/language"
	"golang.org/x/text/search"

	"pimmsbot/internal/conversation"
)

// transfer moves ticket t to the site named by arg (/transferer): the
// service changes the ticket's site, tells the resident and has the desk
// open a new thread, with the summary and the history, in the new site's
// channel, which pings its role (Open). The old thread then says where
// the ticket went and is archived, and locked when the bot may. It
// returns what the mediator is answered.
func (d *Desk) transfer(ctx context.Context, svc Service, t conversation.Ticket, arg string, a conversation.MediatorAction) string {
	to, ok := d.findSite(arg)
	if !ok {
		return "⚠️ Ce PIMMS n'est pas dans la liste" + nbsp + ": choisissez-en un parmi ceux proposés."
	}
	from := d.site(t.Site)
	if to.ID == from.ID {
		return fmt.Sprintf("La demande n° %d est déjà suivie par le %s.", t.Number, pimms(to))
	}
	a.Kind, a.Site = conversation.MedTransfer, to.ID
	if err := svc.HandleMediator(ctx, a); err != nil {
		if conversation.ErrorCode(err) == conversation.EINTERNAL {
			d.log.Error("transfer a ticket", "ticket", t.Number, "err", err)
		}
		return "⚠️ " + d.explain(ctx, svc, a, err)
	}
	d.log.Info("ticket transferred", "ticket", t.Number, "from", from.ID, "to", to.ID)
	moved, _, err := svc.History(ctx, t.Number)
	if err != nil {
		d.log.Warn("read a transferred ticket", "ticket", t.Number, "err", err)
	}
	if t.DeskRef != "" && t.DeskRef != moved.DeskRef {
		d.leave(ctx, t.DeskRef, to, moved.DeskRef, a.Name)
	}
	return fmt.Sprintf("Demande n° %d transférée %s. L'usager en est informé.", t.Number, atSite(to))
}

// leave closes the old thread of a transferred ticket: a line that says
// where it went, then the thread archived and locked. Locking needs the
// Manage Threads permission: without it the thread is only archived.
// Failures are logged: the ticket lives on in its new thread.
func (d *Desk) leave(ctx context.Context, thread string, to Site, next, by string) {
	text := fmt.Sprintf("➡️ Demande transférée %s par %s", atSite(to), clip(by, nameRoom))
	if next != "" {
		text += nbsp + ": la suite dans <#" + next + ">"
	}
	text += ". Ce fil est archivé."
	if _, err := d.send(ctx, thread, &discordgo.MessageSend{Content: text, AllowedMentions: noMentions()}, ""); err != nil {
		d.log.Warn("say in the old thread where a ticket went", "thread", thread, "err", err)
	}
	yes := true
	_, err := d.s.ChannelEditComplex(thread, &discordgo.ChannelEdit{Archived: &yes, Locked: &yes}, opts(ctx)...)
	if isCode(err, codeMissingPermsion) {
		_, err = d.s.ChannelEditComplex(thread, &discordgo.ChannelEdit{Archived: &yes}, opts(ctx)...)
	}
	if err != nil && !isCode(err, codeArchivedThread) {
		d.log.Warn("archive the old thread of a transferred ticket", "thread", thread, "err", err)
	}
}

// siteMatch compares what a mediator types with the sites' names and ids
// ignoring case and accents: « venissieux » finds « Vénissieux ».
var siteMatch = search.New(language.French, search.Loose)

// findSite returns the site whose id, or name, is arg.
func (d *Desk) findSite(arg string) (Site, bool) {
	arg = strings.TrimSpace(arg)
	for _, s := range d.sites {
		if s.ID == arg {
			return s, true
		}
	}
	for _, s := range d.sites {
		if s.Name != "" && siteMatch.EqualString(s.Name, arg) {
			return s, true
		}
	}
	return Site{}, false
}

// siteChoices offers the sites whose name or id holds every typed word,
// for /transferer's autocomplete.
func (d *Desk) siteChoices(typed string) []*discordgo.ApplicationCommandOptionChoice {
	words := strings.Fields(typed)
	choices := []*discordgo.ApplicationCommandOptionChoice{}
	for _, s := range d.sites {
		hay := s.ID + " " + s.Name
		all := true
		for _, w := range words {
			start, _ := siteMatch.IndexString(hay, w)
			all = all && start >= 0
		}
		if all && len(choices) < maxChoices {
			choices = append(choices, &discordgo.ApplicationCommandOptionChoice{Name: truncate(siteName(s), maxChoiceName), Value: s.ID})
		}
	}
	return choices
}
