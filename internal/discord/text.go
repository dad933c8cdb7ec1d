package discord

import (
	"fmt"
	"hash/fnv"
	"regexp"
	"strconv"
	"strings"
	"time"
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
	// maxChoices is the most choices an autocomplete answer may offer.
	maxChoices = 25
	// maxPiece is the length a line of people's text is cut at before it
	// is escaped: escaping at most doubles it, and it must fit a message.
	maxPiece = 900
)

// The room of each part of a ticket's first message, so that the
// message fits Discord's limit whatever its status: the status line is
// counted at statusRoom when the message is built, and Update only
// swaps that line. The summary's lines are cut to their room, the
// question keeping the most; the latest messages take what is left.
const (
	statusRoom   = 300
	nameRoom     = 64 // a mediator's name in a status
	questionRoom = 400
	lineRoom     = 200 // any other line of the summary
	historyRoom  = 300 // one of the latest messages
	noteRoom     = 70  // the note after « Derniers messages »
)

// nbsp is the non-breaking space French typography puts before : ; ? !
// and inside « guillemets ».
const nbsp = "\u00a0"

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

// clip returns s escaped, shortened (with an ellipsis) so that the
// escaped text has at most n characters.
func clip(s string, n int) string {
	e := escape(s)
	over := utf8.RuneCountInString(e) - n
	if over <= 0 {
		return e
	}
	k := utf8.RuneCountInString(s)
	for k > 1 {
		k -= max(over, 1)
		if k < 1 {
			break
		}
		e = escape(truncate(s, k))
		if over = utf8.RuneCountInString(e) - n; over <= 0 {
			return e
		}
	}
	return "…"
}

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
		msgs = append(msgs, truncate(cur, maxContent))
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

func runes(s string) int { return utf8.RuneCountInString(s) }

// threadName is the thread's title: ticket number, theme and the
// resident's pseudonym, after the status sign (one character).
func threadName(t conversation.Ticket) string {
	theme := t.ThemeName()
	if theme == "" {
		theme = "sans thème"
	}
	urgent := ""
	if t.Urgent {
		urgent = urgentMark + " "
	}
	if t.Label == "" { // anonymised: the resident erased their data
		return truncate(fmt.Sprintf("%s %sn° %d · %s", statusSign(t), urgent, t.Number, theme), maxThreadName)
	}
	return truncate(fmt.Sprintf("%s %sn° %d · %s · %s", statusSign(t), urgent, t.Number, theme, t.Label), maxThreadName)
}

// urgentMark is what a ticket about an emergency shows in its thread's
// title and first message.
const urgentMark = "🚨 URGENT"

// sameTicket reports whether a thread's name is ticket t's, whatever
// status sign it shows.
func sameTicket(name string, t conversation.Ticket) bool {
	_, got, _ := strings.Cut(name, " ")
	_, want, _ := strings.Cut(threadName(t), " ")
	return got != "" && got == want
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
// Update finds and rewrites; oldStatusPrefix is how versions before
// French typography wrote it.
const (
	statusPrefix    = "**Statut" + nbsp + ":** "
	oldStatusPrefix = "**Statut :** "
)

// statusText says where the ticket stands, in French. It has at most
// statusRoom characters with statusPrefix, whatever the ticket. mention
// adds a mention of the mediator who took it.
func statusText(t conversation.Ticket, mention bool) string {
	s := conversation.StatusLabel(t.Status)
	switch t.Status {
	case conversation.TicketClaimed:
		s += " par " + clip(t.MediatorName, nameRoom)
		if mention {
			s += who(t)
		}
	case conversation.TicketClosed:
		if t.MediatorName != "" && t.Gone == "" {
			s += " (" + clip(t.MediatorName, nameRoom) + ")"
		}
	}
	if g := conversation.GoneLabel(t.Gone); g != "" {
		s += " · " + g
	}
	return statusSign(t) + " " + s
}

// who mentions the mediator who took the ticket, for the other
// mediators when the resident was given another name than theirs. Messages
// carry an empty AllowedMentions: the mention shows a name, pings nobody.
func who(t conversation.Ticket) string {
	if t.Mediator == "" || len(t.Mediator) > 20 || strings.Trim(t.Mediator, "0123456789") != "" {
		return ""
	}
	return " (<@" + t.Mediator + ">)"
}

// texts renders what mediators read, in the site's time zone, with the
// FAQ's titles.
type texts struct {
	loc *time.Location
	// title returns an entry's title, "" when unknown; theme a theme's
	// label.
	title, theme func(id string) string
	// mention shows who took a ticket as a mention: residents are told
	// another name than the mediator's (Config.Names).
	mention bool
}

// status says where the ticket stands.
func (x texts) status(t conversation.Ticket) string { return statusText(t, x.mention) }

// entry names a FAQ entry for mediators: its title in guillemets, or
// its id when the FAQ no longer has it.
func (x texts) entry(id string) string {
	t := ""
	if x.title != nil {
		t = x.title(id)
	}
	if t == "" {
		t = id
	}
	return "«" + nbsp + t + nbsp + "»"
}

// withHistory returns x with the titles recorded in history first (what
// the resident was shown), then those of the FAQ.
func (x texts) withHistory(history []conversation.Message) texts {
	seen := map[string]string{}
	for _, m := range history {
		if m.Entry != "" && m.Title != "" {
			seen[m.Entry] = m.Title
		}
	}
	fallback := x.title
	x.title = func(id string) string {
		if t, ok := seen[id]; ok {
			return t
		}
		if fallback != nil {
			return fallback(id)
		}
		return ""
	}
	return x
}

// opening says how a ticket's first message starts: the role it
// mentions, and whether the thread replaces a deleted one of the same
// site (then it mentions nobody) or follows a transfer from another
// site.
type opening struct {
	role                  string
	replaced, transferred bool
}

// opening is the content of a ticket's first message: the role mention
// (or, for a thread that replaces a deleted one, a line saying so and
// no mention), the status, the summary and the most recent messages that
// fit. It leaves statusRoom for the status line, so that any later
// status fits. full reports whether every message is shown whole; if
// not, the desk attaches the history.
func (x texts) opening(t conversation.Ticket, history []conversation.Message, how opening) (content string, full bool) {
	x = x.withHistory(history)
	head := fmt.Sprintf("<@&%s> Nouvelle demande n° %d", how.role, t.Number)
	switch {
	case how.replaced:
		head = fmt.Sprintf("🔁 **Demande n° %d · nouveau fil**"+nbsp+": il remplace le fil de cette demande, "+
			"supprimé ou archivé. Tout l'historique est repris ici.", t.Number)
	case how.transferred:
		mark := ""
		if t.Urgent {
			mark = urgentMark + " · "
		}
		head = fmt.Sprintf("<@&%s> %s➡️ Demande n° %d transférée depuis un autre PIMMS"+nbsp+": tout l'historique est repris ici.", how.role, mark, t.Number)
	case t.Urgent:
		head = fmt.Sprintf("<@&%s> %s · nouvelle demande n° %d", how.role, urgentMark, t.Number)
	}
	lines := []string{head, statusPrefix + x.status(t)}
	used := runes(head) + 1 + statusRoom
	for _, l := range strings.Split(conversation.Summary(t, history, x.loc), "\n") {
		room := lineRoom
		if strings.HasPrefix(l, "Question") {
			room = questionRoom
		}
		l = clip(l, room)
		lines = append(lines, l)
		used += 1 + runes(l)
	}
	content = strings.Join(lines, "\n")
	hist := x.historyLines(history)
	if len(hist) == 0 {
		return content, true
	}
	// The latest lines that fit, each shortened to historyRoom.
	const title = "\n\n**Derniers messages**"
	budget := maxContent - used - runes(title) - noteRoom
	var kept []string
	abridged := false
	for i := len(hist) - 1; i >= 0; i-- {
		l := truncate(hist[i].short, historyRoom)
		if runes(l)+1 > budget {
			break
		}
		abridged = abridged || l != hist[i].short
		kept = append(kept, l)
		budget -= runes(l) + 1
	}
	var b strings.Builder
	b.WriteString(content + title)
	switch {
	case len(kept) == 0:
		b.WriteString(" (historique complet en pièce jointe)")
	case len(kept) < len(hist):
		fmt.Fprintf(&b, " (les %d derniers sur %d, historique complet en pièce jointe)", len(kept), len(hist))
	case abridged:
		b.WriteString(" (messages longs abrégés, historique complet en pièce jointe)")
	}
	for i := len(kept) - 1; i >= 0; i-- {
		b.WriteString("\n" + kept[i])
	}
	return b.String(), len(kept) == len(hist) && !abridged
}

// replaceStatus swaps the status line of a first message's content. A
// first message written by an older version may have no room left for a
// longer status: the oldest of its latest messages make room then.
func replaceStatus(content, status string) string {
	lines := strings.Split(content, "\n")
	found := false
	for i, l := range lines {
		if strings.HasPrefix(l, statusPrefix) || strings.HasPrefix(l, oldStatusPrefix) {
			lines[i], found = status, true
			break
		}
	}
	if !found {
		lines = append([]string{status}, lines...)
	}
	if runes(strings.Join(lines, "\n")) > maxContent {
		for i, l := range lines {
			if !strings.HasPrefix(l, "**Derniers messages**") {
				continue
			}
			lines[i] = "**Derniers messages** (la suite avec /historique)"
			for runes(strings.Join(lines, "\n")) > maxContent && len(lines) > i+1 {
				lines = append(lines[:i+1], lines[i+2:]...)
			}
			break
		}
	}
	return truncate(strings.Join(lines, "\n"), maxContent)
}

// A historyLine is one message of the conversation, for the summary
// (escaped, Discord markdown) and for the attached file (plain).
type historyLine struct{ short, plain string }

// historyLines renders the messages of a conversation, notes included:
// the time in the site's zone, who, and what, in French (a click reads
// « a noté 4/5 », a FAQ answer names its entry's title).
func (x texts) historyLines(history []conversation.Message) []historyLine {
	x = x.withHistory(history)
	var out []historyLine
	for _, m := range history {
		l := conversation.NewDeskLine(m, x.entry, x.theme)
		who, sep, text := l.Who, l.Sep, l.Text
		at := m.At.In(x.loc)
		short := oneLine(text)
		out = append(out, historyLine{
			short: fmt.Sprintf("`%s` **%s**%s%s", at.Format("02/01 15:04"), escape(who), sep, escape(short)),
			plain: fmt.Sprintf("[%s] %s%s%s", at.Format("02/01/2006 15:04"), who, sep, text),
		})
	}
	return out
}

// oneLine puts text on one line, runs of spaces and line breaks made
// one space (non-breaking spaces kept).
func oneLine(text string) string {
	return strings.Join(strings.FieldsFunc(text, func(r rune) bool {
		return r == ' ' || r == '\n' || r == '\t' || r == '\r'
	}), " ")
}

// historyFile is the whole conversation as plain text.
func (x texts) historyFile(t conversation.Ticket, history []conversation.Message) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "Demande n° %d · %s\n\n", t.Number, t.Label)
	for _, l := range x.historyLines(history) {
		b.WriteString(l.plain + "\n")
	}
	return []byte(b.String())
}

// postMessages renders a desk post as one or more messages.
func postMessages(t conversation.Ticket, p conversation.Post, roleID string) []string {
	switch p.Kind {
	case conversation.PostResident:
		return pack("**🙋 "+escape(t.Label)+"**"+nbsp+":", quoteLines(p.Text))
	case conversation.PostBot:
		return pack("**🤖 Bot**"+nbsp+":", quoteLines(p.Text))
	case conversation.PostReminder:
		return pack(fmt.Sprintf("⏰ <@&%s> %s", roleID, clip(frenchSpaces(strings.ReplaceAll(p.Text, "\n", " ")), maxContent-40)), nil)
	case conversation.PostUrgent:
		return pack(fmt.Sprintf("<@&%s> %s", roleID, clip(frenchSpaces(strings.ReplaceAll(p.Text, "\n", " ")), maxContent-40)), nil)
	case conversation.PostMediator:
		return pack("📤 "+clip(frenchSpaces(p.Text), maxContent-10), nil)
	}
	return pack("ℹ️ "+clip(frenchSpaces(p.Text), maxContent-10), nil)
}

// frenchSpaces puts the non-breaking spaces French typography wants
// before : ; ? ! and inside « guillemets » in the core's own texts
// (events, reminders), where a plain space was written.
var frenchSpaces = strings.NewReplacer(
	" :", nbsp+":", " ;", nbsp+";", " ?", nbsp+"?", " !", nbsp+"!", "« ", "«"+nbsp, " »", nbsp+"»",
).Replace

// nonce is a stable id for one message the desk posts, sent with
// enforce_nonce so that Discord does not post it twice when the outbox
// retries after a timeout. parts must be the same on every attempt:
// never a time.Time's String, which holds the monotonic clock reading
// of the first attempt and not of a retry read back from the store.
// Discord compares the nonces of the bot's messages in every channel, so
// the parts name the thread. Discord takes at most 25 characters.
func nonce(kind string, ticket uint64, parts ...string) string {
	h := fnv.New64a()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	s := fmt.Sprintf("%s%d.%x", kind, ticket, h.Sum64())
	if len(s) > 25 {
		h.Write([]byte(strconv.FormatUint(ticket, 10)))
		s = kind + strconv.FormatUint(h.Sum64(), 36)
	}
	return s
}

// stamp writes a time for a nonce: its instant, which survives the
// store, in nanoseconds.
func stamp(t time.Time) string { return strconv.FormatInt(t.UnixNano(), 10) }

// Custom ids of the ticket buttons: "pimms:claim:<ticket>".
const (
	buttonClaim   = "claim"
	buttonClose   = "close"
	buttonCloseOK = "closeok" // close confirmed, on a ticket nobody answered
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
