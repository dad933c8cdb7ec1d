package discord

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"pimmsbot/internal/conversation"
)

// eventTimeout bounds the handling of one gateway event.
const eventTimeout = time.Minute

// maxAttachment is the largest mediator attachment relayed to a resident
// (Telegram bots may send up to 50 MB).
const maxAttachment = 20 << 20

// notePrefix starts a message that stays on the desk.
const notePrefix = "!note"

// Run connects to the gateway and hands the mediators' messages, clicks
// and commands to svc until ctx is done; then it closes the connection and
// waits for the events being handled.
func (d *Desk) Run(ctx context.Context, svc Service) error {
	d.mu.Lock()
	d.svc, d.base = svc, context.WithoutCancel(ctx)
	d.mu.Unlock()
	remove := []func(){
		d.s.AddHandler(func(s *discordgo.Session, r *discordgo.Ready) { d.onReady(r) }),
		d.s.AddHandler(func(s *discordgo.Session, m *discordgo.MessageCreate) { d.onMessage(m) }),
		d.s.AddHandler(func(s *discordgo.Session, i *discordgo.InteractionCreate) { d.onInteraction(i) }),
		// discordgo reconnects by itself once connected: Health follows.
		d.s.AddHandler(func(s *discordgo.Session, _ *discordgo.Disconnect) {
			err := errors.New("discord" + nbsp + ": connexion à Discord perdue, reconnexion en cours")
			d.gateway.Store(&err)
		}),
		d.s.AddHandler(func(s *discordgo.Session, _ *discordgo.Connect) { d.gateway.Store(nil) }),
	}
	defer func() {
		for _, f := range remove {
			f()
		}
	}()
	checked := make(chan struct{})
	go func() {
		defer close(checked)
		d.watchPermissions(ctx)
	}()
	defer func() { <-checked }()
	if !d.connect(ctx) {
		return nil // stopped before Discord could be reached
	}
	<-ctx.Done()
	// Stop intake first, then let the events being handled finish.
	if err := d.s.Close(); err != nil {
		d.log.Warn("close the gateway", "err", err)
	}
	done := make(chan struct{})
	go func() { d.events.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(eventTimeout):
		d.log.Warn("events still being handled at shutdown")
	}
	return nil
}

// Reconnection waits between attempts to reach the gateway at start.
const (
	firstRetry = time.Second
	maxRetry   = 30 * time.Second
)

// connect opens the gateway, trying again until ctx is done: Discord
// unreachable at start must not stop the bot, which keeps answering
// residents while handovers wait in the outbox. Health reports the
// problem meanwhile. It reports whether the gateway is open.
func (d *Desk) connect(ctx context.Context) bool {
	wait := firstRetry
	for {
		err := d.s.Open()
		if err == nil {
			d.gateway.Store(nil)
			d.log.Info("connected to the Discord gateway")
			return true
		}
		if intentsOff(err) {
			// Trying again cannot help until someone switches it on;
			// it will connect then.
			if e := d.gateway.Swap(&errIntents); e == nil || *e != errIntents {
				d.log.Error(logLine(errIntents.Error()))
			}
		} else {
			err = fmt.Errorf("discord"+nbsp+": Discord ne répond pas, nouvel essai en cours"+nbsp+"; vérifiez le réseau du serveur si cela dure (détail"+nbsp+": %w)", err)
			d.gateway.Store(&err)
			d.log.Warn("discord : Discord ne répond pas : les usagers ont toujours leurs réponses, les demandes de médiateur attendent",
				"retry_in", wait, "err", logLine(err.Error()))
		}
		select {
		case <-ctx.Done():
			return false
		case <-time.After(wait):
		}
		wait = min(2*wait, maxRetry)
	}
}

// eventContext returns the context of one event.
func (d *Desk) eventContext() (context.Context, context.CancelFunc, Service) {
	d.mu.Lock()
	base, svc := d.base, d.svc
	d.mu.Unlock()
	ctx, cancel := context.WithTimeout(base, eventTimeout)
	return ctx, cancel, svc
}

func (d *Desk) onReady(r *discordgo.Ready) {
	d.mu.Lock()
	if d.appID == "" && r.Application != nil {
		d.appID = r.Application.ID
	}
	app := d.appID
	d.mu.Unlock()
	if app == "" && r.User != nil {
		app = r.User.ID
	}
	d.inTurn("ready", func() {
		ctx, cancel, _ := d.eventContext()
		defer cancel()
		if _, err := d.s.ApplicationCommandBulkOverwrite(app, d.cfg.GuildID, commands(len(d.sites)), opts(ctx)...); err != nil {
			d.log.Error("register the slash commands", "err", err)
		}
	})
}

func (d *Desk) onMessage(m *discordgo.MessageCreate) {
	if m.Message == nil || m.Author == nil || m.Author.Bot || m.WebhookID != "" || m.GuildID != d.cfg.GuildID {
		return
	}
	if m.Type != discordgo.MessageTypeDefault && m.Type != discordgo.MessageTypeReply {
		return
	}
	msg := m.Message
	d.inTurn(msg.ChannelID, func() {
		ctx, cancel, svc := d.eventContext()
		defer cancel()
		d.handleMessage(ctx, svc, msg)
	})
}

func (d *Desk) onInteraction(i *discordgo.InteractionCreate) {
	if i.Interaction == nil || i.GuildID != d.cfg.GuildID {
		return
	}
	in := i.Interaction
	d.inTurn(in.ChannelID, func() {
		ctx, cancel, svc := d.eventContext()
		defer cancel()
		d.handleInteraction(ctx, svc, in)
	})
}

// inTurn runs f after the events queued before it under key (a channel
// or thread), so that the messages and clicks of one thread are handled
// in the gateway's order, while a slow thread holds up neither the others
// nor the gateway's read loop. A panic in f is logged, not fatal.
func (d *Desk) inTurn(key string, f func()) {
	d.events.Do(key, func() {
		defer func() {
			if r := recover(); r != nil {
				d.log.Error("event handler panicked", "panic", r)
			}
		}()
		f()
	})
}

// isMediator reports whether the user has the mediator role of some site
// or the coordinators' role, reading the member from Discord when the
// event did not carry it.
func (d *Desk) isMediator(ctx context.Context, member *discordgo.Member, userID string) (*discordgo.Member, bool) {
	if member == nil || member.Roles == nil {
		m, err := d.s.GuildMember(d.cfg.GuildID, userID, opts(ctx)...)
		if err != nil {
			if !isCode(err, codeUnknownMember) {
				d.log.Warn("read a member's roles", "err", err)
			}
			return nil, false
		}
		member = m
	}
	return member, d.isStaff(member)
}

// displayName is what the resident is told: the member's server
// nickname, else their display name, else their user name.
func displayName(m *discordgo.Member, u *discordgo.User) string {
	switch {
	case m != nil && m.Nick != "":
		return m.Nick
	case u != nil && u.GlobalName != "":
		return u.GlobalName
	case u != nil:
		return u.Username
	}
	return ""
}

// name is what the resident is told of a mediator.
func (d *Desk) name(m *discordgo.Member, u *discordgo.User) string {
	n := displayName(m, u)
	if d.cfg.Names != nil {
		return d.cfg.Names(n)
	}
	return n
}

// handleMessage relays a mediator's message in a ticket thread to the
// resident, or keeps it as a note when it starts with !note. Messages
// outside ticket threads and from people without any mediator role are
// ignored; a mediator of another site than the ticket's is told that the
// ticket is not theirs, and nothing is relayed.
func (d *Desk) handleMessage(ctx context.Context, svc Service, m *discordgo.Message) {
	if svc == nil || m.Author == nil || m.Author.Bot {
		return
	}
	if me := d.stateUser(); me != "" && m.Author.ID == me {
		return
	}
	ticket, ok := d.ticketOf(ctx, svc, m.ChannelID)
	if !ok {
		return
	}
	member, ok := d.isMediator(ctx, m.Member, m.Author.ID)
	if !ok {
		d.log.Info("message from someone without the mediator role ignored", "ticket", ticket)
		return
	}
	if _, _, no := d.guard(ctx, svc, member, ticket); no != "" {
		d.reply(ctx, m, "⚠️ "+no)
		return
	}
	a := conversation.MediatorAction{Ticket: ticket, Mediator: m.Author.ID, Name: d.name(member, m.Author)}
	text := strings.TrimSpace(m.Content)
	if text == "" && len(m.Attachments) == 0 {
		d.mu.Lock()
		warn := !d.warned
		d.warned = true
		d.mu.Unlock()
		if warn {
			d.log.Warn("a mediator's message arrived empty: is the Message Content intent enabled for the bot?")
		}
		return
	}
	if note, ok := cutNote(text); ok {
		a.Kind, a.Text = conversation.MedNote, note
		if err := svc.HandleMediator(ctx, a); err != nil {
			d.tell(ctx, svc, m, a, err)
			return
		}
		d.reply(ctx, m, "📝 Note interne enregistrée"+nbsp+": l'usager ne la voit pas.")
		return
	}
	a.Kind, a.Text = conversation.MedReply, text
	var failed []string
	files := 0
	for _, att := range m.Attachments {
		f, err := d.download(ctx, att)
		if err != nil {
			d.log.Warn("download a mediator's attachment", "ticket", ticket, "err", err)
			failed = append(failed, att.Filename)
			continue
		}
		a.File = f
		if err := svc.HandleMediator(ctx, a); err != nil {
			d.tell(ctx, svc, m, a, err)
			return
		}
		a.Text, a.File = "", nil
		files++
	}
	if a.Text != "" {
		if err := svc.HandleMediator(ctx, a); err != nil {
			d.tell(ctx, svc, m, a, err)
			return
		}
	}
	if len(failed) > 0 {
		d.reply(ctx, m, "⚠️ Pièce jointe non transmise"+nbsp+": "+clip(strings.Join(failed, ", "), 1500)+" (trop lourde ou illisible).")
	}
}

// cutNote returns the text of a "!note …" message.
func cutNote(text string) (string, bool) {
	if len(text) < len(notePrefix) || !strings.EqualFold(text[:len(notePrefix)], notePrefix) {
		return "", false
	}
	rest := text[len(notePrefix):]
	if rest != "" && rest[0] != ' ' && rest[0] != '\n' && rest[0] != ':' {
		return "", false
	}
	return strings.TrimSpace(strings.TrimPrefix(rest, ":")), true
}

// download fetches an attachment from Discord's CDN (no token sent).
func (d *Desk) download(ctx context.Context, a *discordgo.MessageAttachment) (*conversation.Attachment, error) {
	if a.Size > maxAttachment {
		return nil, fmt.Errorf("%d bytes: over the limit", a.Size)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, a.URL, nil)
	if err != nil {
		return nil, err
	}
	resp, err := d.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("HTTP %s", resp.Status)
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxAttachment+1))
	if err != nil {
		return nil, err
	}
	if len(data) > maxAttachment {
		return nil, errors.New("over the limit")
	}
	return &conversation.Attachment{Name: a.Filename, MIME: a.ContentType, Size: int64(len(data)), Data: data}, nil
}

// tell shows the mediator why their message was not relayed, as a reply
// in the thread (a message cannot get an ephemeral answer).
func (d *Desk) tell(ctx context.Context, svc Service, m *discordgo.Message, a conversation.MediatorAction, err error) {
	if err == nil {
		return
	}
	d.reply(ctx, m, "⚠️ "+d.explain(ctx, svc, a, err))
	if conversation.ErrorCode(err) == conversation.EINTERNAL {
		d.log.Error("mediator's message", "err", err)
	}
}

func (d *Desk) reply(ctx context.Context, m *discordgo.Message, text string) {
	send := &discordgo.MessageSend{
		Content: text, AllowedMentions: noMentions(),
		Reference: &discordgo.MessageReference{MessageID: m.ID, ChannelID: m.ChannelID, GuildID: m.GuildID},
	}
	if _, err := d.send(ctx, m.ChannelID, send, ""); err != nil {
		d.log.Warn("answer a mediator", "err", err)
	}
}

// explain tells a mediator in French why the core refused their action,
// in the core's words (conversation.Refusal, which reads the ticket again
// to say which refusal an EINVALID was).
func (d *Desk) explain(ctx context.Context, svc Service, a conversation.MediatorAction, err error) string {
	s := conversation.Refusal(ctx, a, err, svc.History, clip)
	if conversation.ErrorCode(err) == conversation.ENOTFOUND && a.Kind == conversation.MedEntry {
		s += " Choisissez-en une dans la liste proposée."
	}
	if a.Kind == conversation.MedClose && !a.Confirmed {
		if t, _, herr := svc.History(ctx, a.Ticket); herr == nil && conversation.CloseNeedsConfirm(t) {
			s += " Touchez «" + nbsp + "Clore" + nbsp + "» sous le premier message du fil."
		}
	}
	return s
}

// explainCode tells a mediator in French what an error's code means.
func explainCode(err error) string { return conversation.RefusalCode(err) }
