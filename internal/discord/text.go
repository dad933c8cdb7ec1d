package discord

import (
	"fmt"
	"hash/fnv"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"pimmsbot/internal/conversation"
	"pimmsbot/internal/markup"
)

// Discord's limits, in characters.
const (
	maxContent    = 2000
	maxThreadName = 100
	maxLabel      = 80
	maxChoiceName = 100
	// maxPiece is the length a line of people's text is cut at before it
	// is escaped: escaping at most doubles it, and it must fit a message.
	maxPiece = 900
)

// escape makes text from people (residents, the FAQ, mediators) show
// literally on Discord: no formatting, no links, no mentions. Together
// with an empty AllowedMentions.Parse on every send, "@everyone",
// "@here" and "<@&role>" neither ping nor look like a mention.
func escape(s string) string {
	s = markup.DiscordEscape(s)
	// A zero-width space keeps @everyone and @here from reading as
	// mentions even where a client ignores the escape. E-mail addresses
	// are left alone so that mediators can copy them.
	return everyoneRe.ReplaceAllStringFunc(s, func(m string) string {
		return m[:1] + "\u200b" + m[1:]
	})
}

var everyoneRe = regexp.MustCompile(`(?i)@(everyone|here)`)

// quoteLines returns text as escaped block-quote lines ("> …"), long
// lines cut, so that people's words stay inside the quote and never pass
// for the bot's or a mediator's own lines.
func quoteLines(text string) []string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		for _, piece := range cut(line, maxPiece) {
			out = append(out, "> "+escape(piece))
		}
	}
	return out
}

// cut splits s into pieces of at most n characters.
func cut(s string, n int) []string {
	if utf8.RuneCountInString(s) <= n {
		return []string{s}
	}
	var out []string
	r := []rune(s)
	for len(r) > n {
		out = append(out, string(r[:n]))
		r = r[n:]
	}
	return append(out, string(r))
}

// pack joins lines into messages of at most maxContent characters, the
// head on the first one. A line never straddles two messages.
func pack(head string, lines []string) []string {
	var msgs []string
	cur := head
	for _, l := range lines {
		switch {
		case cur == "":
			cur = l
		case utf8.RuneCountInString(cur)+1+utf8.RuneCountInString(l) <= maxContent:
			cur += "\n" + l
		default:
			msgs = append(msgs, cur)
			cur = l
		}
	}
	if cur != "" {
		msgs = append(msgs, cur)
	}
	return msgs
}

// truncate cuts s to n characters, with an ellipsis.
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n-1]) + "…"
}

// threadName is the thread's title: ticket number, theme and the
// resident's pseudonym, after the status sign.
func threadName(t conversation.Ticket) string {
	theme := t.Theme
	if theme == "" {
		theme = "sans thème"
	}
	return truncate(fmt.Sprintf("%s n° %d · %s · %s", statusSign(t), t.Number, theme, t.Label), maxThreadName)
}

var ticketInName = regexp.MustCompile(`n° (\d+)`)

// ticketFromName reads the ticket number back from a thread's title.
func ticketFromName(name string) (uint64, bool) {
	m := ticketInName.FindStringSubmatch(name)
	if m == nil {
		return 0, false
	}
	n, err := strconv.ParseUint(m[1], 10, 64)
	return n, err == nil && n > 0
}

func statusSign(t conversation.Ticket) string {
	switch {
	case t.Status == conversation.TicketClosed:
		return "⚫"
	case t.Gone != "":
		return "🔴"
	case t.Status == conversation.TicketClaimed:
		return "🟢"
	}
	return "🟡"
}

// statusPrefix starts the status line of the summary message, which
// Update finds and rewrites.
const statusPrefix = "**Statut :** "

// statusText says where the ticket stands, in French.
func statusText(t conversation.Ticket) string {
	var s string
	switch t.Status {
	case conversation.TicketClaimed:
		s = "prise en charge par " + escape(t.MediatorName) + who(t)
	case conversation.TicketClosed:
		s = "close"
		if t.MediatorName != "" && t.Gone == "" {
			s += " (" + escape(t.MediatorName) + ")"
		}
	default:
		s = "en attente d'un médiateur"
	}
	switch t.Gone {
	case "blocked":
		s += " · l'usager a bloqué le bot : il ne reçoit plus les messages"
	case "erased":
		s += " · l'usager a effacé ses données"
	case "ended":
		s += " · l'usager a terminé la conversation"
	}
	return statusSign(t) + " " + s
}

// who mentions the mediator who took the ticket, for the other
// mediators (the resident may have been given a generic name). Messages
// carry an empty AllowedMentions: the mention shows a name, pings nobody.
func who(t conversation.Ticket) string {
	if t.Mediator == "" || strings.Trim(t.Mediator, "0123456789") != "" {
		return ""
	}
	return " (<@" + t.Mediator + ">)"
}

// opening is the content of a ticket's first message: the role mention,
// the status, the summary and the most recent messages that fit. full
// reports whether the whole history fits; if not, the desk attaches it.
func opening(t conversation.Ticket, history []conversation.Message, roleID string) (content string, full bool) {
	head := []string{
		fmt.Sprintf("<@&%s> Nouvelle demande n° %d", roleID, t.Number),
		statusPrefix + statusText(t),
	}
	for _, l := range strings.Split(conversation.Summary(t, history), "\n") {
		head = append(head, escape(truncate(l, 400)))
	}
	content = strings.Join(head, "\n")
	if utf8.RuneCountInString(content) > maxContent/2 {
		// A very long question: keep room for the latest messages.
		content = truncate(content, maxContent/2)
	}
	lines := historyLines(history)
	if len(lines) == 0 {
		return content, true
	}
	// Keep the latest lines that fit, each shortened.
	const title = "\n\n**Derniers messages**"
	const note = " (%d sur %d, historique complet en pièce jointe)"
	budget := maxContent - utf8.RuneCountInString(content) - utf8.RuneCountInString(title) - len(note)
	var kept []string
	full = true
	for i := len(lines) - 1; i >= 0; i-- {
		l := truncate(lines[i].short, 300)
		n := utf8.RuneCountInString(l) + 1
		if n > budget {
			full = false
			break
		}
		full = full && l == lines[i].short
		kept = append(kept, l)
		budget -= n
	}
	var b strings.Builder
	b.WriteString(content + title)
	if !full {
		fmt.Fprintf(&b, note, len(kept), len(lines))
	}
	for i := len(kept) - 1; i >= 0; i-- {
		b.WriteString("\n" + kept[i])
	}
	return b.String(), full
}

// A historyLine is one message of the conversation, for the summary
// (escaped, Discord markdown) and for the attached file (plain).
type historyLine struct{ short, plain string }

// historyLines renders the messages of a conversation, notes included.
func historyLines(history []conversation.Message) []historyLine {
	var out []historyLine
	for _, m := range history {
		who, text := author(m), plainText(m)
		if m.Media != conversation.MediaNone {
			text = strings.TrimSpace("[" + string(m.Media) + "] " + text)
		}
		if text == "" && m.File != nil {
			text = "[fichier] " + m.File.Name
		}
		at := m.At.Format("02/01 15:04")
		short := strings.ReplaceAll(text, "\n", " ")
		out = append(out, historyLine{
			short: fmt.Sprintf("`%s` **%s** : %s", at, escape(who), escape(short)),
			plain: fmt.Sprintf("[%s] %s : %s", m.At.Format("02/01/2006 15:04"), who, text),
		})
	}
	return out
}

func author(m conversation.Message) string {
	switch m.From {
	case conversation.FromResident:
		return "Usager"
	case conversation.FromBot:
		return "Bot"
	case conversation.FromMediator:
		return "Médiateur " + m.Name
	case conversation.FromNote:
		return "Note de " + m.Name
	}
	return "Info"
}

// plainText is a message's text without the FAQ markup of the bot's
// answers.
func plainText(m conversation.Message) string {
	if m.From == conversation.FromBot || m.Entry != "" {
		if doc, err := markup.Parse(m.Text); err == nil {
			return doc.Plain()
		}
	}
	return m.Text
}

// historyFile is the whole conversation as plain text.
func historyFile(t conversation.Ticket, history []conversation.Message) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "Demande n° %d · %s\n\n", t.Number, t.Label)
	for _, l := range historyLines(history) {
		b.WriteString(l.plain + "\n")
	}
	return []byte(b.String())
}

// postMessages renders a desk post as one or more messages.
func postMessages(t conversation.Ticket, p conversation.Post, roleID string) []string {
	switch p.Kind {
	case conversation.PostResident:
		return pack("**🙋 "+escape(t.Label)+"** :", quoteLines(p.Text))
	case conversation.PostBot:
		return pack("**🤖 Bot** :", quoteLines(p.Text))
	case conversation.PostReminder:
		return pack(fmt.Sprintf("⏰ <@&%s> %s", roleID, escape(strings.ReplaceAll(p.Text, "\n", " "))), nil)
	case conversation.PostMediator:
		return pack("📤 "+escape(p.Text), nil)
	}
	return pack("ℹ️ "+escape(p.Text), nil)
}

// nonce is a stable id for one message of a desk post, sent with
// enforce_nonce so that Discord does not post it twice when the outbox
// retries after a timeout. Discord takes at most 25 characters.
func nonce(kind string, ticket uint64, parts ...string) string {
	h := fnv.New64a()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return truncate(fmt.Sprintf("%s%d.%x", kind, ticket, h.Sum64()), 25)
}

// Custom ids of the ticket buttons: "pimms:claim:<ticket>".
const (
	buttonClaim = "claim"
	buttonClose = "close"
)

func buttonID(action string, ticket uint64) string {
	return "pimms:" + action + ":" + strconv.FormatUint(ticket, 10)
}

func parseButtonID(id string) (action string, ticket uint64, ok bool) {
	rest, found := strings.CutPrefix(id, "pimms:")
	if !found {
		return "", 0, false
	}
	action, num, found := strings.Cut(rest, ":")
	if !found {
		return "", 0, false
	}
	n, err := strconv.ParseUint(num, 10, 64)
	return action, n, err == nil && n > 0
}
