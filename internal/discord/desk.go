package discord

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"

	"pimmsbot/internal/conversation"
	"pimmsbot/internal/serial"
)

// Intents are what the desk asks the gateway for: guilds (threads),
// guild messages, and their content (privileged: switch on "Message
// Content Intent" in the Developer Portal).
const Intents = discordgo.IntentsGuilds | discordgo.IntentsGuildMessages | discordgo.IntentsMessageContent

// autoArchive is how long a thread stays active without messages, in
// minutes (a week: tickets wait over weekends).
const autoArchive = 10080

// Config is what a Desk needs.
type Config struct {
	// Token is the bot's token, without the "Bot " prefix.
	Token string
	// GuildID is the server; ChannelID the forum or text channel where
	// tickets open; MediatorRoleID the role of the mediators. With Sites,
	// ChannelID and MediatorRoleID are not used.
	GuildID, ChannelID, MediatorRoleID string
	// Sites are the network's sites, each with its channel and its
	// mediators' role. The first must be the network's default site
	// (conversation.Sites.Default): it takes the tickets without a site
	// or of a site not listed, and Announce posts in its channel. Empty
	// means one site, OneSite, of ChannelID and MediatorRoleID.
	Sites []Site
	// CoordinatorRoleID, when set, is the role of the network's
	// coordinators, who may act on the tickets of every site.
	CoordinatorRoleID string
	// AppID is the application's id, for the slash commands; when empty
	// it is taken from the gateway's READY.
	AppID string
	// APIURL, when set, replaces https://discord.com for REST calls (a
	// REST proxy, or a test's fake). The gateway address comes from the
	// REST answer.
	APIURL string
	// HTTPClient is used for REST calls and attachment downloads when
	// set (tests); otherwise a client with a 20 s timeout.
	HTTPClient *http.Client
	Logger     *slog.Logger
	// Names returns what a resident is told of a mediator, from their
	// display name on the server (nickname, else global name, else user
	// name); nil tells the display name.
	Names func(display string) string
	// Location is the site's time zone: every time mediators read is
	// shown in it, whatever the server's zone. UTC when nil.
	Location *time.Location
}

// Validate reports every missing setting, in French for the installer,
// each named as the configuration names it (DISCORD_GUILD_ID…).
func (c Config) Validate() error {
	var errs []error
	for _, f := range []struct{ name, v, what string }{
		{"DISCORD_BOT_TOKEN", c.Token, "le jeton du bot, dans l'onglet Bot du portail des développeurs Discord"},
		{"DISCORD_GUILD_ID", c.GuildID, "l'id du serveur (mode développeur, puis clic droit sur le serveur, «" + nbsp + "Copier l'identifiant" + nbsp + "»)"},
	} {
		if f.v == "" {
			errs = append(errs, fmt.Errorf("%s"+nbsp+": obligatoire"+nbsp+": indiquez %s", f.name, f.what))
		}
	}
	errs = append(errs, c.validateSites()...)
	if c.APIURL != "" {
		if u, err := url.Parse(c.APIURL); err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
			errs = append(errs, fmt.Errorf("DISCORD_API_URL"+nbsp+": «"+nbsp+"%s"+nbsp+"» n'est pas une adresse web"+nbsp+
				"; écrivez par exemple https://discord.example.org, ou retirez ce réglage", c.APIURL))
		}
	}
	return errors.Join(errs...)
}

// Service is what the desk needs of the conversation core;
// *conversation.Service implements it.
type Service interface {
	// HandleMediator applies a mediator's action; see
	// conversation.Service.HandleMediator for its errors.
	HandleMediator(ctx context.Context, a conversation.MediatorAction) error
	// Queue returns the open tickets, oldest first.
	Queue(ctx context.Context) ([]conversation.Ticket, error)
	// History returns a ticket and its conversation; ENOTFOUND for an
	// unknown ticket.
	History(ctx context.Context, ticket uint64) (conversation.Ticket, []conversation.Message, error)
	// FAQChoices returns up to n FAQ entries matching what a mediator
	// types in /faq.
	FAQChoices(query string, n int) []conversation.FAQChoice
	// EntryTitle and ThemeLabel name a FAQ entry and a theme, "" when
	// the FAQ has none by that id.
	EntryTitle(id string) string
	ThemeLabel(id string) string
}

var _ Service = (*conversation.Service)(nil)

// Desk is the mediators' desk on Discord: a thread per ticket in its
// site's channel, and the mediators' messages, buttons and slash
// commands handed to the service. It is safe for concurrent use.
type Desk struct {
	cfg   Config
	sites []Site // never empty
	s     *discordgo.Session
	http  *http.Client // attachments
	log   *slog.Logger

	index threadIndex
	// events runs the gateway's events one at a time per channel or
	// thread (see inTurn).
	events serial.Queue[string]

	mu      sync.Mutex
	forum   map[string]bool    // the sites' channels' kinds, once known
	pending map[uint64]*opened // threads being opened, by ticket
	svc     Service
	base    context.Context // parent of the events' contexts, set by Run
	appID   string
	warned  bool   // the empty-content warning was logged
	botID   string // the bot's user id, once known (Erase)

	// gateway is why the gateway is not connected, nil once it is;
	// problems what the start-up check found (Check), nil when nothing.
	gateway  atomic.Pointer[error]
	problems atomic.Pointer[[]Problem]
}

// opened is how far Open went for a ticket, so that a retry does not
// post the first message or open the thread twice.
// reposts counts the first messages deleted before their thread was
// started: the next one needs another nonce, or Discord would answer
// Unknown Message for the deleted one.
type opened struct {
	message string
	reposts int
}

var _ conversation.Desk = (*Desk)(nil)

// New returns a Desk; it makes no network call.
func New(cfg Config) (*Desk, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	s, err := discordgo.New("Bot " + cfg.Token)
	if err != nil {
		return nil, fmt.Errorf("discord"+nbsp+": %w", err)
	}
	// Never retry on discordgo's side: a 5xx may come after the message
	// was posted. The core's outbox retries, with nonces.
	s.MaxRestRetries = 0
	s.ShouldRetryOnRateLimit = false
	// Handlers only queue the event (see inTurn): running them in the
	// read loop keeps the gateway's order.
	s.SyncEvents = true
	s.Identify.Intents = Intents
	// discordgo's own log lines (gateway errors, reconnections) go to
	// the desk's logger rather than to the standard log package.
	s.LogLevel = discordgo.LogWarning
	client := cfg.HTTPClient
	if client == nil {
		client = &http.Client{Timeout: 20 * time.Second}
	}
	if cfg.APIURL != "" {
		u, _ := url.Parse(cfg.APIURL)
		base := client.Transport
		if base == nil {
			base = http.DefaultTransport
		}
		c := *client
		c.Transport = rewrite{target: u, base: base}
		client = &c
	}
	s.Client = client
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	d := &Desk{
		cfg: cfg, sites: cfg.siteList(), s: s, http: client, log: log.With("component", "discord"),
		pending: map[uint64]*opened{}, forum: map[string]bool{}, base: context.Background(), appID: cfg.AppID,
	}
	if d.cfg.Location == nil {
		d.cfg.Location = time.UTC
	}
	d.index.init()
	notYet := errors.New("discord" + nbsp + ": pas encore connecté")
	d.gateway.Store(&notYet)
	routeLogs(d.log, cfg.Token)
	return d, nil
}

// texts returns what renders the mediators' texts: the site's time zone
// and the FAQ's titles, once Run has the service.
func (d *Desk) texts() texts {
	x := texts{loc: d.cfg.Location, mention: d.cfg.Names != nil}
	d.mu.Lock()
	svc := d.svc
	d.mu.Unlock()
	if svc != nil {
		x.title, x.theme = svc.EntryTitle, svc.ThemeLabel
	}
	return x
}

// rewrite sends requests for discord.com to another base URL.
type rewrite struct {
	target *url.URL
	base   http.RoundTripper
}

func (rt rewrite) RoundTrip(r *http.Request) (*http.Response, error) {
	if r.URL.Host == "discord.com" {
		r = r.Clone(r.Context())
		r.URL.Scheme, r.URL.Host, r.Host = rt.target.Scheme, rt.target.Host, rt.target.Host
		r.URL.Path = strings.TrimSuffix(rt.target.Path, "/") + r.URL.Path
		r.URL.RawPath = ""
	}
	return rt.base.RoundTrip(r)
}

// Session returns the discordgo session, for tests and wiring.
func (d *Desk) Session() *discordgo.Session { return d.s }

// opts are the options of every REST call: the event's context, and no
// retry by discordgo.
func opts(ctx context.Context) []discordgo.RequestOption {
	return []discordgo.RequestOption{
		discordgo.WithContext(ctx), discordgo.WithRestRetries(0), discordgo.WithRetryOnRatelimit(false),
	}
}

// noMentions pings nobody; it goes with every message.
func noMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}

// roleMention pings one role only: a site's mediators.
func roleMention(role string) *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}, Roles: []string{role}}
}

// isForum reports whether a site's channel is a forum (tickets are
// posts) rather than a text channel (tickets are threads of a message).
func (d *Desk) isForum(ctx context.Context, channel string) (bool, error) {
	d.mu.Lock()
	f, known := d.forum[channel]
	d.mu.Unlock()
	if known {
		return f, nil
	}
	ch, err := d.s.Channel(channel, opts(ctx)...)
	if err != nil {
		if isCode(err, codeUnknownChannel) {
			// Not EGONE: the core would drop the ticket's opening.
			return false, &conversation.Error{Code: conversation.ETEMPORARY, RetryAfter: permissionRetry, Err: err,
				Message: "discord: channel " + channel + " not found (check the site's channel id)"}
		}
		return false, deskError("read the desk channel", err)
	}
	var forum bool
	switch ch.Type {
	case discordgo.ChannelTypeGuildForum, discordgo.ChannelTypeGuildMedia:
		forum = true
	case discordgo.ChannelTypeGuildText, discordgo.ChannelTypeGuildNews:
	default:
		return false, conversation.Errorf(conversation.EINVALID, "discord: channel %s is neither a forum nor a text channel (type %d)", ch.ID, ch.Type)
	}
	d.mu.Lock()
	d.forum[channel] = forum
	d.mu.Unlock()
	return forum, nil
}

// buttons returns the ticket's buttons for its status: none once closed.
func buttons(t conversation.Ticket) []discordgo.MessageComponent {
	if t.Status == conversation.TicketClosed {
		return []discordgo.MessageComponent{}
	}
	return []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
		discordgo.Button{Label: "Prendre en charge", Style: discordgo.PrimaryButton, CustomID: buttonID(buttonClaim, t.Number),
			Disabled: t.Status == conversation.TicketClaimed || t.Gone != ""},
		discordgo.Button{Label: "Clore", Style: discordgo.DangerButton, CustomID: buttonID(buttonClose, t.Number)},
	}}}
}

// Open creates the ticket's thread in its site's channel: a forum post,
// or a message in the text channel and a thread from it. Its first
// message mentions the site's mediator role (the only mention allowed),
// shows the status, the summary and the latest messages, with the
// buttons; the whole history is attached when it does not fit. A ticket
// that had a thread already (t.DeskRef, deleted or archived meanwhile)
// gets a new one that says it replaces it, and pings nobody; a ticket
// transferred from another site (no DeskRef, a former one) gets a new
// one that says so and pings its new site's role. It returns the
// thread's id. Errors are ETEMPORARY (with RetryAfter) when it may work
// later, EINVALID otherwise; never EGONE.
func (d *Desk) Open(ctx context.Context, t conversation.Ticket, history []conversation.Message) (string, error) {
	site := d.site(t.Site)
	forum, err := d.isForum(ctx, site.ChannelID)
	if err != nil {
		return "", err
	}
	how := opening{role: site.RoleID, replaced: t.DeskRef != "", transferred: t.DeskRef == "" && len(t.FormerRefs) > 0}
	x := d.texts()
	content, full := x.opening(t, history, how)
	msg := func() *discordgo.MessageSend {
		m := &discordgo.MessageSend{Content: content, Components: buttons(t), AllowedMentions: roleMention(site.RoleID)}
		if how.replaced {
			m.AllowedMentions = noMentions()
		}
		if !full {
			m.Files = []*discordgo.File{{
				Name: fmt.Sprintf("historique-%d.txt", t.Number), ContentType: "text/plain; charset=utf-8",
				Reader: bytes.NewReader(x.historyFile(t, history)),
			}}
		}
		return m
	}
	thread := &discordgo.ThreadStart{Name: threadName(t), AutoArchiveDuration: autoArchive}
	var th *discordgo.Channel
	if forum {
		// A forum post takes no nonce: an attempt whose answer was lost
		// may have created the thread, which Discord then lists.
		if id, ok := d.existingThread(ctx, site.ChannelID, t); ok {
			th = &discordgo.Channel{ID: id}
		} else if th, err = d.s.ForumThreadStartComplex(site.ChannelID, thread, msg(), opts(ctx)...); err != nil {
			return "", d.openError(err)
		}
	} else if th, err = d.openInText(ctx, site.ChannelID, t, msg, thread); err != nil {
		return "", err
	}
	d.mu.Lock()
	delete(d.pending, t.Number)
	d.mu.Unlock()
	d.index.put(th.ID, t.Number)
	d.log.Info("ticket opened", "ticket", t.Number, "thread", th.ID, "site", site.ID)
	return th.ID, nil
}

// openInText opens a ticket's thread in a text channel: its first
// message, then a thread started from it. A retry after a lost answer
// neither posts the message twice (the nonce, and d.pending) nor starts
// the thread twice.
func (d *Desk) openInText(ctx context.Context, channel string, t conversation.Ticket,
	msg func() *discordgo.MessageSend, thread *discordgo.ThreadStart) (*discordgo.Channel, error) {
	d.mu.Lock()
	p := d.pending[t.Number]
	if p == nil {
		p = &opened{}
		d.pending[t.Number] = p
	}
	d.mu.Unlock()
	if p.message == "" {
		// The channel and the former places are in the nonce: a ticket
		// transferred back to a site must not get its first message back.
		key := nonce("o", t.Number, t.DeskRef, stamp(t.Requested), strconv.Itoa(p.reposts), channel, strings.Join(t.FormerRefs, ","))
		m, err := d.send(ctx, channel, msg(), key)
		if isCode(err, codeUnknownMessage) {
			// The message of an earlier attempt was deleted.
			p.reposts++
			return nil, conversation.Errorf(conversation.ETEMPORARY, "open the ticket's thread: first message deleted, posting another: %w", err)
		}
		if err != nil {
			return nil, d.openError(err)
		}
		p.message = m.ID
	}
	th, err := d.s.MessageThreadStartComplex(channel, p.message, thread, opts(ctx)...)
	switch {
	case isCode(err, codeThreadExists):
		th, err = &discordgo.Channel{ID: p.message}, nil // started before a timeout
	case isCode(err, codeUnknownMessage):
		// Deleted meanwhile: post another one at the next attempt.
		p.message = ""
		p.reposts++
		return nil, conversation.Errorf(conversation.ETEMPORARY, "open the ticket's thread: first message deleted: %w", err)
	}
	if err != nil {
		return nil, d.openError(err)
	}
	return th, nil
}

// existingThread returns the active thread of a site's channel named
// for ticket t, other than t.DeskRef, if any. A failure to list the
// threads is logged and taken as none: a thread twice is better than
// none.
func (d *Desk) existingThread(ctx context.Context, channel string, t conversation.Ticket) (string, bool) {
	list, err := d.s.GuildThreadsActive(d.cfg.GuildID, opts(ctx)...)
	if err != nil {
		d.log.Warn("list the active threads", "ticket", t.Number, "err", err)
		return "", false
	}
	for _, th := range list.Threads {
		if th.ParentID == channel && th.ID != t.DeskRef && !slices.Contains(t.FormerRefs, th.ID) && sameTicket(th.Name, t) {
			d.log.Info("thread found from an earlier attempt", "ticket", t.Number, "thread", th.ID)
			return th.ID, true
		}
	}
	return "", false
}

// openError maps an error of Open; the channel's absence is not EGONE
// there, since the core would then drop the opening.
func (d *Desk) openError(err error) error {
	err = deskError("open the ticket's thread", err)
	if conversation.ErrorCode(err) == conversation.EGONE {
		return &conversation.Error{Code: conversation.ETEMPORARY, Message: err.Error(), RetryAfter: permissionRetry, Err: err}
	}
	return err
}

// messageSend adds Discord's nonce to a message, which discordgo's
// MessageSend lacks.
type messageSend struct {
	*discordgo.MessageSend
	Nonce        string `json:"nonce,omitempty"`
	EnforceNonce bool   `json:"enforce_nonce,omitempty"`
}

// send posts a message with a nonce that Discord enforces: a retry of the
// same post within a few minutes returns the first message instead of
// posting it again.
func (d *Desk) send(ctx context.Context, channel string, m *discordgo.MessageSend, nonce string) (*discordgo.Message, error) {
	if m.AllowedMentions == nil {
		m.AllowedMentions = noMentions()
	}
	data := messageSend{MessageSend: m, Nonce: nonce, EnforceNonce: nonce != ""}
	endpoint := discordgo.EndpointChannelMessages(channel)
	var body []byte
	var err error
	if len(m.Files) > 0 {
		ct, payload, encErr := discordgo.MultipartBodyWithJSON(data, m.Files)
		if encErr != nil {
			return nil, encErr
		}
		body, err = d.s.RequestRaw("POST", endpoint, ct, payload, endpoint, 0, opts(ctx)...)
	} else {
		body, err = d.s.RequestWithBucketID("POST", endpoint, data, endpoint, opts(ctx)...)
	}
	if err != nil {
		return nil, err
	}
	var out discordgo.Message
	if err := discordgo.Unmarshal(body, &out); err != nil {
		return nil, fmt.Errorf("%w: %v", discordgo.ErrJSONUnmarshal, err)
	}
	return &out, nil
}

// Post adds a message to the ticket's thread: the resident's words (as a
// quote, escaped, with their file), the bot's, an event, or a reminder
// that notifies the mediator role. Nothing in it can mention anyone but
// that role. It returns EGONE when the thread was deleted, archived or
// locked, ETEMPORARY when it may work later.
func (d *Desk) Post(ctx context.Context, t conversation.Ticket, p conversation.Post) error {
	if t.DeskRef == "" {
		return conversation.Errorf(conversation.EGONE, "ticket %d has no thread", t.Number)
	}
	d.index.put(t.DeskRef, t.Number)
	role := d.site(t.Site).RoleID
	msgs := postMessages(t, p, role)
	key := []string{t.DeskRef, string(p.Kind), stamp(p.At), p.Text}
	for i, content := range msgs {
		m := &discordgo.MessageSend{Content: content, AllowedMentions: noMentions()}
		if p.Kind == conversation.PostReminder || p.Kind == conversation.PostUrgent {
			m.AllowedMentions = roleMention(role)
		}
		last := i == len(msgs)-1
		if last && p.File != nil && len(p.File.Data) > 0 {
			m.Files = []*discordgo.File{{Name: fileName(p.File), ContentType: p.File.MIME, Reader: bytes.NewReader(p.File.Data)}}
		}
		_, err := d.send(ctx, t.DeskRef, m, nonce("p", t.Number, append(key, strconv.Itoa(i))...))
		if isCode(err, codeUnknownMessage) {
			// Discord took this message at an earlier attempt, and
			// someone deleted it since: it was posted once.
			d.log.Info("a message posted earlier was deleted from the thread", "ticket", t.Number)
			continue
		}
		if err != nil && len(m.Files) > 0 && (isCode(err, codeTooLarge) || restStatus(err) == http.StatusRequestEntityTooLarge) {
			// Too big for this server: say so rather than lose the text.
			m.Files = nil
			m.Content = truncate(content, maxContent-300) + "\n" +
				clip(fmt.Sprintf("📎 %s (%d ko)"+nbsp+": fichier trop lourd pour Discord, demandez-le autrement.", p.File.Name, len(p.File.Data)/1024), 280)
			_, err = d.send(ctx, t.DeskRef, m, nonce("q", t.Number, append(key, strconv.Itoa(i))...))
		}
		if err != nil {
			return deskError("post to the ticket's thread", err)
		}
	}
	return nil
}

func restStatus(err error) int {
	s, _ := restCode(err)
	return s
}

func fileName(a *conversation.Attachment) string {
	if a.Name != "" {
		return a.Name
	}
	return "fichier"
}

// Update shows the ticket's status: in the first message (status line,
// buttons), in the thread's title, and as a line in the thread. A closed
// ticket's thread is archived. Errors are as for Post.
func (d *Desk) Update(ctx context.Context, t conversation.Ticket) error {
	if t.DeskRef == "" {
		return conversation.Errorf(conversation.EGONE, "ticket %d has no thread", t.Number)
	}
	d.index.put(t.DeskRef, t.Number)
	channel := d.site(t.Site).ChannelID
	forum, err := d.isForum(ctx, channel)
	if err != nil {
		return err
	}
	// The first message: in the thread for a forum post, in the channel
	// for a thread started from a message; both have the thread's id.
	where := channel
	if forum {
		where = t.DeskRef
	}
	if err := d.editSummary(ctx, where, t); err != nil {
		return err
	}
	if _, err := d.s.ChannelEditComplex(t.DeskRef, &discordgo.ChannelEdit{Name: threadName(t)}, opts(ctx)...); err != nil {
		var rl *discordgo.RateLimitError
		if !errors.As(err, &rl) {
			return deskError("rename the ticket's thread", err)
		}
		// Discord allows two renames per ten minutes: the status is in
		// the first message already, do not hold the ticket's queue.
		d.log.Warn("thread title not updated (rate limited)", "ticket", t.Number)
	}
	line := &discordgo.MessageSend{Content: statusPrefix + d.texts().status(t), AllowedMentions: noMentions()}
	if _, err := d.send(ctx, t.DeskRef, line, nonce("u", t.Number, t.DeskRef, string(t.Status), t.Mediator, string(t.Gone))); err != nil {
		return deskError("post the ticket's status", err)
	}
	if t.Status == conversation.TicketClosed {
		archived := true
		if _, err := d.s.ChannelEditComplex(t.DeskRef, &discordgo.ChannelEdit{Archived: &archived}, opts(ctx)...); err != nil &&
			!isCode(err, codeArchivedThread) {
			return deskError("archive the ticket's thread", err)
		}
	}
	return nil
}

// editSummary rewrites the status line and the buttons of the ticket's
// first message; the message was built with room for any status. A
// deleted first message is not an error: the thread still shows the
// status.
func (d *Desk) editSummary(ctx context.Context, channel string, t conversation.Ticket) error {
	m, err := d.s.ChannelMessage(channel, t.DeskRef, opts(ctx)...)
	if isCode(err, codeUnknownMessage) {
		return nil
	}
	if err != nil {
		return deskError("read the ticket's first message", err)
	}
	content := replaceStatus(m.Content, statusPrefix+d.texts().status(t))
	comps := buttons(t)
	// discordgo's MessageEdit also sends its ID and Channel fields.
	edit := messageEdit{Content: &content, Components: &comps, AllowedMentions: noMentions()}
	endpoint := discordgo.EndpointChannelMessage(channel, m.ID)
	_, err = d.s.RequestWithBucketID("PATCH", endpoint, edit, discordgo.EndpointChannelMessage(channel, ""), opts(ctx)...)
	if err != nil && !isCode(err, codeUnknownMessage) {
		return deskError("edit the ticket's first message", err)
	}
	return nil
}

// messageEdit is the body of a message edit.
type messageEdit struct {
	Content         *string                           `json:"content,omitempty"`
	Components      *[]discordgo.MessageComponent     `json:"components,omitempty"`
	AllowedMentions *discordgo.MessageAllowedMentions `json:"allowed_mentions,omitempty"`
}

// ErasedLine is what a ticket's first message says once the resident's
// content is erased.
const ErasedLine = "Contenu effacé à la demande de l'usager."

// Erase removes from the ticket's thread everything the bot posted there
// (the resident's words, the bot's answers, events, status lines) and
// rewrites the first message to its status and ErasedLine, without its
// buttons or history file; the thread's title loses the pseudonym. The
// mediators' own messages stay: they are theirs, and the bot could not
// delete them without the Manage Messages permission anyway.
//
// The thread is read rather than an index of the messages posted: it
// finds every message, including those posted before a crash lost the
// answer, or before this version, and needs no state; a retry after a
// partial run deletes what is left. An archived thread is reopened for
// the time of the erasure and archived again. A deleted thread is not an
// error. Errors are ETEMPORARY (rate limit, permissions, network) or
// EINVALID.
func (d *Desk) Erase(ctx context.Context, t conversation.Ticket) error {
	if t.DeskRef == "" {
		return nil
	}
	bot, err := d.botUser(ctx)
	if err != nil {
		return err
	}
	th, err := d.s.Channel(t.DeskRef, opts(ctx)...)
	if isCode(err, codeUnknownChannel) {
		return nil // deleted, with what it showed
	}
	if err != nil {
		return eraseError("read the ticket's thread", err)
	}
	// The thread's own channel: a former place of a transferred ticket
	// is in another site's channel than the ticket's.
	forum, err := d.isForum(ctx, th.ParentID)
	if err != nil {
		return err
	}
	archived := th.ThreadMetadata != nil && th.ThreadMetadata.Archived
	locked := th.ThreadMetadata != nil && th.ThreadMetadata.Locked
	if archived {
		if err := d.setArchived(ctx, t.DeskRef, false, locked); err != nil {
			return eraseError("reopen the ticket's thread to erase it", err)
		}
	}
	deleted, err := d.deleteBotMessages(ctx, t.DeskRef, bot)
	if isCode(err, codeUnknownChannel) {
		return nil
	}
	if err != nil {
		return err
	}
	// The first message: in the thread for a forum post, in the channel
	// for a thread started from a message.
	where := th.ParentID
	if forum {
		where = t.DeskRef
	}
	if err := d.rewriteErased(ctx, t, where); err != nil {
		return err
	}
	if archived || t.Status == conversation.TicketClosed {
		err := d.setArchived(ctx, t.DeskRef, true, locked) // as the mediators left it
		if err != nil && !isCode(err, codeArchivedThread) {
			return eraseError("archive the ticket's thread", err)
		}
	}
	d.log.Info("ticket's thread erased", "ticket", t.Number, "thread", t.DeskRef, "deleted", deleted)
	return nil
}

// setArchived archives or reopens a thread, and locks or unlocks it too
// when it was locked.
func (d *Desk) setArchived(ctx context.Context, thread string, archived, locked bool) error {
	edit := &discordgo.ChannelEdit{Archived: &archived}
	if locked {
		edit.Locked = &archived
	}
	_, err := d.s.ChannelEditComplex(thread, edit, opts(ctx)...)
	return err
}

// deleteBotMessages deletes the messages the bot posted in a thread,
// but its first message, and returns how many. The error of a thread
// gone while listing is returned as is (codeUnknownChannel).
func (d *Desk) deleteBotMessages(ctx context.Context, thread, bot string) (int, error) {
	deleted := 0
	before := ""
	for {
		page, err := d.s.ChannelMessages(thread, 100, before, "", "", opts(ctx)...)
		if isCode(err, codeUnknownChannel) {
			return deleted, err
		}
		if err != nil {
			return deleted, eraseError("list the ticket's messages", err)
		}
		for _, m := range page {
			if m.ID == thread || m.Author == nil || m.Author.ID != bot || !deletable(m.Type) {
				continue // the first message (edited apart), others', system messages
			}
			if err := d.s.ChannelMessageDelete(thread, m.ID, opts(ctx)...); err != nil && !isCode(err, codeUnknownMessage) {
				return deleted, eraseError("delete a message of the ticket's thread", err)
			}
			deleted++
		}
		if len(page) < 100 {
			return deleted, nil
		}
		before = page[len(page)-1].ID
	}
}

// rewriteErased rewrites the ticket's first message, in channel where,
// to its status and ErasedLine, without buttons or attachments, and
// renames the thread without the pseudonym.
func (d *Desk) rewriteErased(ctx context.Context, t conversation.Ticket, where string) error {
	content := statusPrefix + d.texts().status(t) + "\n" + ErasedLine
	comps := []discordgo.MessageComponent{}
	edit := struct {
		messageEdit
		Attachments []any `json:"attachments"`
	}{messageEdit{Content: &content, Components: &comps, AllowedMentions: noMentions()}, []any{}}
	endpoint := discordgo.EndpointChannelMessage(where, t.DeskRef)
	_, err := d.s.RequestWithBucketID("PATCH", endpoint, edit, discordgo.EndpointChannelMessage(where, ""), opts(ctx)...)
	if err != nil && !isCode(err, codeUnknownMessage) {
		return eraseError("rewrite the ticket's first message", err)
	}
	if _, err := d.s.ChannelEditComplex(t.DeskRef, &discordgo.ChannelEdit{Name: threadName(t)}, opts(ctx)...); err != nil {
		var rl *discordgo.RateLimitError
		if !errors.As(err, &rl) {
			return eraseError("rename the ticket's thread", err)
		}
		// Two renames per ten minutes: retry the whole erasure later,
		// which finds nothing left to delete.
		return deskError("rename the ticket's thread", err)
	}
	return nil
}

// deletable reports whether a message of this type, posted by the bot,
// is one it can delete: ordinary messages, replies and command answers,
// not system messages such as a thread's starter.
func deletable(t discordgo.MessageType) bool {
	return t == discordgo.MessageTypeDefault || t == discordgo.MessageTypeReply || t == discordgo.MessageTypeChatInputCommand
}

// eraseError maps an error of Erase: an archived or locked thread is not
// gone there, since the core would then drop the erasure; it waits for
// someone to give the bot its rights back.
func eraseError(op string, err error) error {
	err = deskError(op, err)
	if conversation.ErrorCode(err) == conversation.EGONE {
		return &conversation.Error{Code: conversation.ETEMPORARY, Message: err.Error() +
			" (the bot needs Manage Threads to reopen a locked thread)", RetryAfter: permissionRetry, Err: err}
	}
	return err
}

// botUser returns the bot's user id: from the gateway's READY when
// connected, else from GET /users/@me, once.
func (d *Desk) botUser(ctx context.Context) (string, error) {
	d.mu.Lock()
	id := d.botID
	d.mu.Unlock()
	if id != "" {
		return id, nil
	}
	if id = d.stateUser(); id == "" {
		u, err := d.s.User("@me", opts(ctx)...)
		if err != nil {
			return "", deskError("read the bot's user", err)
		}
		id = u.ID
	}
	d.mu.Lock()
	d.botID = id
	d.mu.Unlock()
	return id, nil
}

// stateUser returns the bot's user id as the gateway's READY gave it, or
// "" before it. The gateway writes the state under its lock on every
// READY, while the checks and the handlers read it.
func (d *Desk) stateUser() string {
	st := d.s.State
	if st == nil {
		return ""
	}
	st.RLock()
	defer st.RUnlock()
	if st.User == nil {
		return ""
	}
	return st.User.ID
}
