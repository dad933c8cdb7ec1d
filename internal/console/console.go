// Package console is a terminal channel and desk for pimmsbot: one person
// plays the resident and, after a handover, the mediator, in the same
// terminal. It serves "pimmsbot chat", for trying the whole journey
// without any token, and for scripted demos with piped input.
//
// A line typed enters in Console.Run and ends in Service.HandleResident as
// a conversation.Incoming, or, on the mediator's side after a handover,
// in Service.HandleMediator as a conversation.MediatorAction. The core's
// replies and desk posts come back through Send, Open, Post, Update and
// Erase, which print them as plain text.
package console

import (
	"bufio"
	"cmp"
	"context"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"pimmsbot/internal/conversation"
	"pimmsbot/internal/markup"
)

// Resident is the id of the terminal's resident.
const Resident = "console:local"

// Service is what the console needs of the conversation core;
// *conversation.Service implements it.
type Service interface {
	HandleResident(ctx context.Context, in conversation.Incoming) error
	HandleMediator(ctx context.Context, a conversation.MediatorAction) error
	Queue(ctx context.Context) ([]conversation.Ticket, error)
	History(ctx context.Context, ticket uint64) (conversation.Ticket, []conversation.Message, error)
	// EntryTitle and ThemeLabel name the FAQ's entries and themes, ""
	// when unknown; CloseEntries finds the entries a mistyped id meant.
	EntryTitle(id string) string
	ThemeLabel(id string) string
	CloseEntries(id string, n int) []conversation.FAQChoice
}

var _ Service = (*conversation.Service)(nil)

// Console is both the residents' channel and the mediators' desk of the
// terminal. It is safe for concurrent use.
type Console struct {
	// Mediator is the name the terminal's mediator signs with.
	Mediator string
	// Echo repeats each input line after the prompt, for piped input that
	// the terminal does not show.
	Echo bool
	// Location is the site's time zone, for the times the mediator's side
	// shows; the machine's when nil.
	Location *time.Location

	mu       sync.Mutex
	out      io.Writer
	buttons  []conversation.Button // the choices last shown, numbered from 1
	ticket   uint64                // the ticket the mediator's side works on
	mediator bool                  // true on the mediator's side
}

var (
	_ conversation.Channel = (*Console)(nil)
	_ conversation.Desk    = (*Console)(nil)
)

// New returns a Console that writes to out.
func New(out io.Writer) *Console {
	return &Console{out: out, Mediator: "Camille"}
}

func (c *Console) location() *time.Location {
	if c.Location != nil {
		return c.Location
	}
	return time.Local
}

func (c *Console) printf(format string, args ...any) {
	fmt.Fprintf(c.out, format, args...)
}

// Send shows a reply to the resident: the text, the links, then the
// buttons as numbered choices.
func (c *Console) Send(ctx context.Context, resident string, r conversation.Reply) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	text := r.Text
	if doc, err := markup.Parse(r.Text); err == nil {
		text = doc.Plain()
	}
	c.printf("\n🤖 %s\n", indent(text))
	for _, l := range r.Links {
		c.printf("   %s\u00a0: %s\n", l.Label, l.URL)
	}
	if r.File != nil {
		c.printf("   📎 %s (%d octets)\n", r.File.Name, r.File.Size)
		if strings.HasSuffix(r.File.Name, ".txt") && utf8.Valid(r.File.Data) {
			// A terminal has nowhere to open a file: a text is shown.
			for _, l := range strings.Split(strings.TrimRight(string(r.File.Data), "\n"), "\n") {
				c.printf("   │ %s\n", l)
			}
		}
	}
	// The numbers pick among the choices of the last message: once a
	// message without any comes (a mediator's question, « Combien
	// d'enfants avez-vous ? »), a number typed is the resident's answer,
	// not a tap on « Terminer » shown before it.
	c.buttons = c.buttons[:0]
	if len(r.Buttons) > 0 {
		for _, row := range r.Buttons {
			for _, b := range row {
				c.buttons = append(c.buttons, b)
				c.printf("   [%d] %s\n", len(c.buttons), b.Label)
			}
		}
	}
	return nil
}

func indent(s string) string { return strings.ReplaceAll(s, "\n", "\n   ") }

// Open shows a new ticket on the mediators' side.
func (c *Console) Open(ctx context.Context, t conversation.Ticket, history []conversation.Message) (string, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.ticket = t.Number
	head := "Nouvelle demande"
	if t.Urgent {
		head = "🚨 URGENT · nouvelle demande"
	}
	c.printf("\n🧑‍💼 [médiateurs] %s\n   %s\n", head, indent(conversation.Summary(t, history, c.location())))
	c.printf("   (tapez :mediateur pour passer côté médiateur)\n")
	return "console:" + strconv.FormatUint(t.Number, 10), nil
}

// Post shows a message on the mediators' side.
func (c *Console) Post(ctx context.Context, t conversation.Ticket, p conversation.Post) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	who := map[conversation.PostKind]string{
		conversation.PostResident: t.Label, conversation.PostBot: "bot",
		conversation.PostSystem: "info", conversation.PostMediator: "envoyé", conversation.PostReminder: "rappel",
		// An urgent post says « 🚨 URGENCE : » itself.
		conversation.PostUrgent: "",
	}[p.Kind]
	if who != "" {
		who += "\u00a0: "
	}
	c.printf("\n🧑‍💼 [médiateurs · n° %d] %s%s\n", t.Number, who, indent(p.Text))
	if p.File != nil {
		c.printf("   📎 %s (%d octets)\n", p.File.Name, len(p.File.Data))
	}
	return nil
}

// Update shows a ticket's new status on the mediators' side.
func (c *Console) Update(ctx context.Context, t conversation.Ticket) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.printf("\n🧑‍💼 [médiateurs · n° %d] Demande %s.\n", t.Number, status(t))
	return nil
}

// status says where a ticket stands, in the words of every desk
// (conversation.StatusLabel): « en attente d'un médiateur », « prise en
// charge par Camille », « close », and why the resident is gone.
func status(t conversation.Ticket) string {
	s := conversation.StatusLabel(t.Status)
	if t.Status == conversation.TicketClaimed && t.MediatorName != "" {
		s += " par " + t.MediatorName
	}
	if g := conversation.GoneLabel(t.Gone); g != "" {
		s += " · " + g
	}
	if t.Urgent && t.Status != conversation.TicketClosed {
		s += " · urgente"
	}
	return s
}

// Erase shows, on the mediators' side, that the ticket's content was
// erased: the terminal cannot take back what it printed.
func (c *Console) Erase(ctx context.Context, t conversation.Ticket) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.printf("\n🧑‍💼 [médiateurs · n° %d] Contenu effacé à la demande de l'usager.\n", t.Number)
	return nil
}

const mediatorHelp = "Côté médiateur. Écrivez un message pour répondre à l'usager, ou\u00a0:\n" +
	"  :prendre        prendre en charge la demande\n" +
	"  :prendre N      choisir la demande n° N et la prendre en charge\n" +
	"  :note TEXTE     note interne (jamais envoyée)\n" +
	"  :faq ID         envoyer une fiche de la FAQ\n" +
	"  :clore          clore la demande (:clore oui pour confirmer)\n" +
	"  :file           les demandes ouvertes\n" +
	"  :historique     la conversation de la demande\n" +
	"  :resident       revenir côté usager"

// Run reads lines from in until it ends or ctx is done, and hands them to
// h: on the resident's side, text, /commands and numbers for the choices;
// on the mediator's side, replies and :commands.
func (c *Console) Run(ctx context.Context, in io.Reader, h Service) error {
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	c.prompt()
	for sc.Scan() {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		line := strings.TrimSpace(sc.Text())
		if c.Echo {
			c.mu.Lock()
			c.printf("%s\n", line)
			c.mu.Unlock()
		}
		if err := c.handle(ctx, line, h); err != nil {
			return err
		}
		c.prompt()
	}
	return sc.Err()
}

func (c *Console) prompt() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.mediator {
		c.printf("\nmédiateur> ")
	} else {
		c.printf("\nvous> ")
	}
}

func (c *Console) handle(ctx context.Context, line string, h Service) error {
	c.mu.Lock()
	mediator, ticket := c.mediator, c.ticket
	c.mu.Unlock()
	switch line {
	case ":mediateur", ":médiateur":
		c.mu.Lock()
		c.mediator = true
		c.printf("%s\n", mediatorHelp)
		c.mu.Unlock()
		return nil
	case ":resident", ":usager":
		c.mu.Lock()
		c.mediator = false
		c.printf("Côté usager.\n")
		c.mu.Unlock()
		return nil
	case ":quitter", ":q":
		return io.EOF
	}
	if mediator {
		return c.mediatorLine(ctx, line, ticket, h)
	}
	in := conversation.Incoming{Resident: Resident, Text: line}
	if choiceLike.MatchString(line) {
		c.mu.Lock()
		n, err := strconv.Atoi(line)
		switch {
		case err == nil && n >= 1 && n <= len(c.buttons):
			in.Text, in.Action = "", c.buttons[n-1].Action
		case len(c.buttons) > 0:
			// A number that is no choice is a slip, not a question.
			c.printf("%s\n", typeANumber(len(c.buttons)))
			c.mu.Unlock()
			return nil
		}
		c.mu.Unlock()
	}
	return h.HandleResident(ctx, in)
}

// confirmWords are the words after « :clore » that confirm closing an
// urgent ticket nobody took.
var confirmWords = map[string]bool{"oui": true, "confirmer": true, "confirme": true}

// choiceLike matches what a resident types to pick a numbered choice: one
// or two digits, or a slip such as « 1.5 ». A postcode or a longer number
// is text.
var choiceLike = regexp.MustCompile(`^[0-9]{1,2}([.,][0-9]+)?$`)

func (c *Console) mediatorLine(ctx context.Context, line string, ticket uint64, h Service) error {
	cmd, arg, _ := strings.Cut(line, " ")
	if cmd == ":file" {
		return c.queue(ctx, h)
	}
	var err error
	if cmd == ":prendre" && strings.TrimSpace(arg) != "" {
		ticket, err = c.choose(ctx, strings.TrimSpace(arg), h)
	} else if ticket == 0 {
		ticket, err = c.current(ctx, h)
	}
	if err != nil || ticket == 0 {
		return err
	}
	a := conversation.MediatorAction{Ticket: ticket, Mediator: "console", Name: c.Mediator}
	switch cmd {
	case ":historique":
		return c.history(ctx, ticket, h)
	case ":prendre":
		a.Kind = conversation.MedClaim
	case ":note":
		a.Kind, a.Text = conversation.MedNote, arg
	case ":faq":
		if strings.TrimSpace(arg) == "" {
			c.mu.Lock()
			c.printf("Donnez l'identifiant de la fiche, par exemple «\u00a0:faq caf-apl\u00a0» (la liste\u00a0: pimmsbot faq list).\n")
			c.mu.Unlock()
			return nil
		}
		a.Kind, a.Entry = conversation.MedEntry, strings.TrimSpace(arg)
	case ":clore":
		// « :clore oui » confirms closing an urgent ticket nobody took.
		a.Kind, a.Confirmed = conversation.MedClose, confirmWords[strings.ToLower(strings.TrimSpace(arg))]
	default:
		if strings.HasPrefix(line, ":") {
			c.mu.Lock()
			c.printf("Commande inconnue.\n%s\n", mediatorHelp)
			c.mu.Unlock()
			return nil
		}
		a.Kind, a.Text = conversation.MedReply, line
	}
	if err := h.HandleMediator(ctx, a); err != nil {
		if code := conversation.ErrorCode(err); code == conversation.EINTERNAL {
			return err
		}
		c.refused(ctx, a, err, h)
		return nil
	}
	if a.Kind == conversation.MedNote {
		c.mu.Lock()
		c.printf("Note enregistrée (interne, jamais envoyée à l'usager).\n")
		c.mu.Unlock()
	}
	return nil
}

// current returns the ticket the mediator works on when none was opened
// or chosen in this session: the only open ticket of the store, so that
// a ticket opened before a restart can be taken up again. With none or
// several open, it says so and returns 0.
func (c *Console) current(ctx context.Context, h Service) (uint64, error) {
	open, err := h.Queue(ctx)
	if err != nil {
		return 0, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	switch {
	case len(open) == 0:
		c.printf("Aucune demande ouverte.\n")
		return 0, nil
	case len(open) > 1:
		c.printf("%d demandes sont ouvertes. Choisissez-en une avec «\u00a0:prendre N\u00a0» (la liste\u00a0: :file).\n", len(open))
		return 0, nil
	}
	c.ticket = open[0].Number
	return c.ticket, nil
}

// choose makes the open ticket numbered arg the one the mediator works
// on, and returns it; it says so and returns 0 when no open ticket has
// that number.
func (c *Console) choose(ctx context.Context, arg string, h Service) (uint64, error) {
	// « :file » writes « n° 2 »: a mediator may copy it.
	n, err := strconv.ParseUint(strings.TrimSpace(strings.TrimLeft(arg, "n°#\u00a0 ")), 10, 64)
	if err != nil {
		c.mu.Lock()
		c.printf("Donnez le numéro de la demande, par exemple «\u00a0:prendre 1\u00a0» (la liste\u00a0: :file).\n")
		c.mu.Unlock()
		return 0, nil
	}
	open, err := h.Queue(ctx)
	if err != nil {
		return 0, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, t := range open {
		if t.Number == n {
			c.ticket = n
			return n, nil
		}
	}
	c.printf("Aucune demande ouverte n'a le n° %d (la liste\u00a0: :file).\n", n)
	return 0, nil
}

// queue shows the open tickets, one a line: number, resident, status and
// theme.
func (c *Console) queue(ctx context.Context, h Service) error {
	open, err := h.Queue(ctx)
	if err != nil {
		return err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(open) == 0 {
		c.printf("Aucune demande ouverte.\n")
	}
	for _, t := range open {
		parts := []string{fmt.Sprintf("n° %d", t.Number), t.Label, status(t)}
		if t.Theme != "" {
			parts = append(parts, "thème «\u00a0"+cmp.Or(h.ThemeLabel(t.Theme), t.Theme)+"\u00a0»")
		}
		c.printf("  %s\n", strings.Join(parts, " · "))
	}
	return nil
}

// history shows the ticket's conversation as every desk words it
// (conversation.NewDeskLine), at the site's times.
func (c *Console) history(ctx context.Context, ticket uint64, h Service) error {
	_, msgs, err := h.History(ctx, ticket)
	if err != nil {
		return err
	}
	titles := map[string]string{}
	for _, m := range msgs {
		if m.Entry != "" && m.Title != "" {
			titles[m.Entry] = m.Title
		}
	}
	entry := func(id string) string {
		return "«\u00a0" + cmp.Or(titles[id], h.EntryTitle(id), id) + "\u00a0»"
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(msgs) == 0 {
		c.printf("Aucun message dans cette demande.\n")
	}
	for _, m := range msgs {
		l := conversation.NewDeskLine(m, entry, h.ThemeLabel)
		c.printf("  %s %s%s%s\n", m.At.In(c.location()).Format("15:04"), l.Who, l.Sep, indent(l.Text))
	}
	return nil
}

// refused tells the mediator why the core refused their action, in the
// words of every desk (conversation.Refusal); a mistyped entry id gets
// the closest ones.
func (c *Console) refused(ctx context.Context, a conversation.MediatorAction, err error, h Service) {
	msg := conversation.Refusal(ctx, a, err, h.History, nil)
	if a.Kind == conversation.MedClose && !a.Confirmed {
		if t, _, herr := h.History(ctx, a.Ticket); herr == nil && conversation.CloseNeedsConfirm(t) {
			msg += " Tapez «\u00a0:clore oui\u00a0»."
		}
	}
	if conversation.ErrorCode(err) == conversation.ENOTFOUND && a.Kind == conversation.MedEntry {
		var close []string
		for _, e := range h.CloseEntries(a.Entry, 3) {
			close = append(close, "«\u00a0"+e.ID+"\u00a0» ("+e.Title+")")
		}
		if len(close) > 0 {
			msg += " Vouliez-vous dire " + strings.Join(close, ", ou ") + "\u00a0?"
		}
		msg += " La liste des fiches\u00a0: pimmsbot faq list."
	}
	c.mu.Lock()
	c.printf("%s\n", msg)
	c.mu.Unlock()
}

// typeANumber asks for one of n numbered choices: « Il n'y a qu'un
// choix… », « Tapez 1 ou 2. », « Tapez un numéro de 1 à 5. ». A lone
// « Tapez 1. » read as an order, not as the only choice there is.
func typeANumber(n int) string {
	switch n {
	case 1:
		return "Il n'y a qu'un choix\u00a0: tapez 1, ou écrivez votre message."
	case 2:
		return "Tapez 1 ou 2."
	}
	return fmt.Sprintf("Tapez un numéro de 1 à %d.", n)
}
