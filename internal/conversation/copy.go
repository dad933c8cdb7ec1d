package conversation

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"pimmsbot/internal/catalog"
	"pimmsbot/internal/markup"
)

// This file writes the copy of their data a resident receives with
// /mesdonnees: a plain text in French, UTF-8, that any phone or computer
// opens, with the dates in the site's time zone. It holds what the
// resident wrote, what the bot and the mediators answered them, their
// requests to a mediator, their ratings and the questions kept to improve
// the FAQ, secrets masked as stored. It leaves out what is the desk's own:
// the mediators' internal notes (the mediators are told the bot never
// sends those), the mediators' desk ids and the desk's references. The
// data controller's full export is "pimmsbot export" (Store.Export as
// JSON), which keeps them: the copy says the notes can be asked for.

// maxCopy bounds the size of the copy, far below the 50 MB a Telegram bot
// may upload, and of the outbox record that holds it until delivered.
// When a resident's history is larger, the oldest conversations are left
// out and the copy says so.
const maxCopy = 4 << 20

// copyMIME is the copy's media type.
const copyMIME = "text/plain; charset=utf-8"

const nbsp = "\u00a0"

// A copyWriter renders a resident's Export as their copy.
type copyWriter struct {
	site   Site             // the site that keeps the data: name, contact
	sites  Sites            // to name a ticket's site; nil in tests
	cat    *catalog.Catalog // entries' titles and themes' labels; may be nil
	loc    *time.Location
	now    time.Time
	retain int // days
	max    int // bytes; maxCopy when 0
}

// residentCopy returns the copy of x, the resident's data, as an
// attachment named with the day's date, and what the reply says it holds.
func (s *Service) residentCopy(x *Export) (*Attachment, string) {
	site := s.siteOrDefault(&x.Resident)
	w := copyWriter{site: site, sites: s.sites, cat: s.Catalog(), loc: siteLocation(site, s.sites),
		now: s.now(), retain: s.retain}
	data := w.render(x)
	name := "mes-donnees-pimms-" + w.now.In(w.loc).Format("2006-01-02") + ".txt"
	return &Attachment{Name: name, MIME: copyMIME, Size: int64(len(data)), Data: data}, copyCounts(x)
}

// siteLocation returns the time zone of the site's hours, else of the
// network's default site, else UTC.
func siteLocation(site Site, sites Sites) *time.Location {
	if site.Hours != nil && site.Hours.Location != nil {
		return site.Hours.Location
	}
	if sites != nil {
		if d := sites.Default(); d.Hours != nil && d.Hours.Location != nil {
			return d.Hours.Location
		}
	}
	return time.UTC
}

// copyCounts says in French what the copy holds: « 2 conversations,
// 9 messages de votre part et 1 demande à un médiateur ».
func copyCounts(x *Export) string {
	mine := 0
	for _, m := range x.Messages {
		if m.From == FromResident {
			mine++
		}
	}
	return plural(len(x.Conversations), "aucune conversation", "conversation", "conversations") + ", " +
		plural(mine, "aucun message de votre part", "message de votre part", "messages de votre part") + " et " +
		plural(len(x.Tickets), "aucune demande à un médiateur", "demande à un médiateur", "demandes à un médiateur")
}

// plural writes n with the noun in the right number, or none for zero.
func plural(n int, none, one, many string) string {
	if n == 0 {
		return none
	}
	return strconv.Itoa(n) + " " + Plural(n, one, many)
}

// Plural returns one when n is 0 or 1 and many otherwise: French puts
// « 0 demande » and « 1 demande » in the singular, « 2 demandes » in the
// plural.
func Plural(n int, one, many string) string {
	if n < 2 {
		return one
	}
	return many
}

// render writes the copy: its head, the conversations (the newest that
// fit in w.max), then the requests, the ratings and the questions kept.
func (w *copyWriter) render(x *Export) []byte {
	max := w.max
	if max == 0 {
		max = maxCopy
	}
	byConv := make(map[uint64][]Message)
	for _, m := range x.Messages {
		byConv[m.Conversation] = append(byConv[m.Conversation], m)
	}
	convs := make([]string, len(x.Conversations))
	size := 0
	for i, c := range x.Conversations {
		convs[i] = w.conversation(c, byConv[c.ID])
		size += len(convs[i])
	}
	tail := w.tickets(x.Tickets) + w.feedback(x.Feedback) + w.kept(x)
	// The oldest conversations go first when the copy is too large; the
	// head then says from when it shows them.
	first, fixed := 0, len(tail)+len(w.head(x, nil))+300 // 300: the notice
	for first < len(convs) && fixed+size > max {
		size -= len(convs[first])
		first++
	}
	var from *Conversation
	if first > 0 {
		from = &Conversation{}
		if first < len(x.Conversations) {
			from = &x.Conversations[first]
		}
	}
	var b strings.Builder
	b.Grow(size + len(tail) + 4096)
	b.WriteString(w.head(x, from))
	for _, c := range convs[first:] {
		b.WriteString(c)
	}
	b.WriteString(tail)
	return []byte(b.String())
}

// head writes the title, what the copy holds and how to ask more, and
// the resident's record. from is the first conversation shown when the
// older ones were left out (zero when none fits), nil when all are there.
func (w *copyWriter) head(x *Export, from *Conversation) string {
	var b strings.Builder
	title(&b, "Vos données au "+w.siteName(), "=")
	fmt.Fprintf(&b, "Copie faite le %s.\n\n", w.dateTime(w.now))
	b.WriteString("Ce document reprend ce que nous avons enregistré quand vous avez écrit à l'assistant du PIMMS" + nbsp + ": " +
		"vos messages, les réponses de l'assistant et des médiateurs, vos demandes à un médiateur et vos avis.\n\n")
	b.WriteString("Les mots de passe, codes et numéros que nous masquons dans nos enregistrements restent masqués ici.\n\n")
	b.WriteString("Les notes de travail des médiateurs ne sont pas dans ce document. " +
		"Pour les demander, ou pour toute question sur vos données, contactez le " + w.siteName() + w.contact() + ".\n\n")
	if w.retain > 0 {
		fmt.Fprintf(&b, "Vos messages sont effacés après %d jours. ", w.retain)
	}
	b.WriteString("Pour tout effacer maintenant, écrivez /oublier à l'assistant.\n\n")
	if from != nil {
		if from.Started.IsZero() {
			b.WriteString("Vos conversations sont trop longues pour tenir dans ce fichier" + nbsp + ": demandez-les au PIMMS.\n\n")
		} else {
			fmt.Fprintf(&b, "Ce fichier montre vos conversations depuis le %s. "+
				"Les plus anciennes ne tiennent pas dans un seul fichier"+nbsp+": demandez-les au PIMMS.\n\n", w.date(from.Started))
		}
	}
	w.you(&b, &x.Resident)
	return b.String()
}

// you writes the resident's record: their account, the pseudonym the
// mediators see, when they first and last wrote, their site.
func (w *copyWriter) you(b *strings.Builder, r *Resident) {
	title(b, "Vous", "-")
	channel, id, _ := strings.Cut(r.ID, ":")
	if channel != "" {
		channel = strings.ToUpper(channel[:1]) + channel[1:]
	}
	if id != "" {
		channel += " (identifiant " + id + ")"
	}
	field(b, "Messagerie", channel)
	field(b, "Nom que voient les médiateurs", r.Label)
	field(b, "Premier message", w.dateTime(r.Created))
	field(b, "Dernier message", w.dateTime(r.Seen))
	if r.Site != "" && w.sites != nil {
		if s, ok := w.sites.Site(r.Site); ok {
			field(b, "Votre PIMMS", s.Name)
		}
	}
	if r.Blocked {
		b.WriteString("Vous avez bloqué l'assistant.\n")
	}
	b.WriteString("\n")
}

// conversation writes one conversation with its messages, notes left out.
func (w *copyWriter) conversation(c Conversation, msgs []Message) string {
	var b strings.Builder
	title(&b, "Conversation du "+w.day(c.Started), "-")
	if th, ok := w.theme(c.Theme); ok {
		field(&b, "Thème", th)
		b.WriteString("\n")
	}
	if c.Purged {
		b.WriteString("Les messages de cette conversation sont effacés" + nbsp + ": la durée de conservation est passée.\n\n")
		return b.String()
	}
	day := w.day(c.Started)
	n := 0
	for _, m := range msgs {
		who, text := w.message(m)
		if who == "" && text == "" {
			continue
		}
		if d := w.day(m.At); d != day {
			day = d
			fmt.Fprintf(&b, "\n(%s)\n", d)
		}
		line := m.At.In(w.loc).Format("15:04") + "  "
		if who != "" {
			line += who + nbsp + ": "
		}
		if n > 0 {
			b.WriteString("\n")
		}
		b.WriteString(indent(line, text))
		n++
	}
	if n == 0 {
		b.WriteString("Aucun message.\n")
	}
	b.WriteString("\n")
	return b.String()
}

// message says who wrote m and what, as the resident saw it; both are
// empty for what the copy leaves out (a mediator's note).
func (w *copyWriter) message(m Message) (who, text string) {
	switch m.From {
	case FromResident:
		if action, ok := strings.CutPrefix(m.Text, ClickPrefix); ok {
			return "", w.click(action)
		}
		if m.Media != MediaNone || m.File != nil {
			sent := "Vous avez envoyé " + mediaName(m.Media, m.File)
			if m.Text != "" {
				sent += nbsp + ": " + m.Text
			}
			return "", sent
		}
		return "Vous", m.Text
	case FromBot:
		return "Assistant", plainText(m.Text)
	case FromMediator:
		who = m.Name + " (médiation)"
		switch {
		case m.Entry != "":
			return who, "Réponse envoyée" + nbsp + ": «" + nbsp + w.entry(m.Entry, m.Title) + nbsp + "»\n" + plainText(m.Text)
		case m.File != nil || m.Media != MediaNone:
			sent := "Vous a envoyé " + mediaName(m.Media, m.File)
			if m.Text != "" {
				sent += "\n" + m.Text
			}
			return who, sent
		}
		return who, m.Text
	case FromSystem:
		return "Suivi", m.Text
	}
	return "", "" // FromNote: the desk's own
}

// mediaName names an attachment: « une photo (facture.jpg) ».
func mediaName(kind MediaKind, f *Attachment) string {
	var s string
	switch kind {
	case MediaPhoto:
		s = "une photo"
	case MediaVoice:
		s = "un message vocal"
	case MediaSticker:
		s = "un autocollant"
	case MediaVideo:
		s = "une vidéo"
	case MediaDocument:
		s = "un document"
	default:
		s = "un fichier"
	}
	if f != nil && f.Name != "" {
		s += " (" + f.Name + ")"
	}
	return s
}

// plainText renders a text in the FAQ markup as plain text: no stars,
// links as « texte (adresse) ». A text that does not parse is kept as
// it is.
func plainText(s string) string {
	d, err := markup.Parse(s)
	if err != nil {
		return s
	}
	return d.Plain()
}

// click says in French what the resident's button click was.
func (w *copyWriter) click(action string) string {
	name, arg, _ := strings.Cut(action, ":")
	q := func(s string) string { return "«" + nbsp + s + nbsp + "»" }
	switch name {
	case ActRate:
		return "Vous avez donné la note " + arg + " sur 5."
	case ActHelpful:
		return "Vous avez trouvé cette réponse utile" + nbsp + ": " + q(w.entry(arg, "")) + "."
	case ActNotHelp:
		return "Vous n'avez pas trouvé cette réponse utile" + nbsp + ": " + q(w.entry(arg, "")) + "."
	case ActEntry:
		return "Vous avez choisi la question " + q(w.entry(arg, "")) + "."
	case ActYes:
		return "Vous avez répondu oui" + nbsp + ": " + q(w.entry(arg, "")) + "."
	case ActNo:
		return "Vous avez répondu " + q(frButtons.ConfirmNo) + "."
	case ActOther:
		return "Vous avez répondu " + q(frButtons.Other) + "."
	case ActTheme:
		if th, ok := w.theme(arg); ok {
			return "Vous avez ouvert le thème " + q(th) + "."
		}
		return "Vous avez ouvert un thème."
	case ActThemes:
		return "Vous avez ouvert la liste des thèmes."
	case ActAsk:
		return "Vous avez choisi de poser une question."
	case ActHuman:
		return "Vous avez demandé à parler à un médiateur."
	case ActHours:
		return "Vous avez demandé les horaires."
	case ActEnd:
		return "Vous avez terminé la conversation avec le médiateur."
	case ActEraseYes:
		return "Vous avez confirmé l'effacement de vos données."
	case ActEraseNo:
		return "Vous avez choisi de garder vos données."
	case ActSite:
		if s, ok := w.siteByID(arg); ok {
			return "Vous avez choisi votre PIMMS" + nbsp + ": " + s.Name + "."
		}
		return "Vous avez choisi votre PIMMS."
	case ActSiteChange:
		return "Vous avez demandé à changer de PIMMS."
	}
	return "Vous avez cliqué sur un bouton."
}

// tickets writes the resident's requests to a mediator.
func (w *copyWriter) tickets(ts []Ticket) string {
	if len(ts) == 0 {
		return ""
	}
	var b strings.Builder
	title(&b, "Vos demandes à un médiateur", "-")
	for _, t := range ts {
		fmt.Fprintf(&b, "Demande n°%s%d, du %s\n", nbsp, t.Number, w.dateTime(t.Requested))
		if t.Question != "" {
			b.WriteString(indent("   Votre question"+nbsp+": ", t.Question))
		}
		b.WriteString("   État" + nbsp + ": " + w.status(t) + "\n")
		if w.sites != nil && w.sites.Len() > 1 {
			if s, ok := w.sites.Site(t.Site); ok {
				b.WriteString("   Suivie par" + nbsp + ": " + s.Name + "\n")
			}
		}
		if t.Urgent {
			b.WriteString("   Signalée comme urgente aux médiateurs.\n")
		}
		if t.Rating > 0 {
			fmt.Fprintf(&b, "   Votre note"+nbsp+": %d sur 5\n", t.Rating)
		}
		b.WriteString("\n")
	}
	return b.String()
}

// status says where a ticket stands, in French.
func (w *copyWriter) status(t Ticket) string {
	switch t.Status {
	case TicketWaiting:
		return "en attente d'un médiateur"
	case TicketClaimed:
		return "prise en charge par " + t.MediatorName + " le " + w.dateTime(t.Claimed)
	}
	s := "close le " + w.dateTime(t.Closed)
	switch {
	case t.Gone == GoneEnded:
		s += ", par vous"
	case t.Gone == GoneBlocked:
		s += ", car vous aviez bloqué l'assistant"
	case t.Gone == GoneNoDesk:
		s += ", car les médiateurs ne répondaient pas sur cette messagerie"
	case t.MediatorName != "":
		s += " (médiation" + nbsp + ": " + t.MediatorName + ")"
	}
	return s
}

// feedback writes the 👍 and 👎 given.
func (w *copyWriter) feedback(fs []Feedback) string {
	if len(fs) == 0 {
		return ""
	}
	var b strings.Builder
	title(&b, "Vos avis sur les réponses", "-")
	for _, f := range fs {
		verdict := "👍 utile"
		if !f.Helpful {
			verdict = "👎 pas utile"
		}
		line := "- " + w.dateTime(f.At) + nbsp + ": " + verdict + ", «" + nbsp + w.entry(f.Entry, "") + nbsp + "»"
		if f.Question != "" {
			line += ", pour votre question «" + nbsp + f.Question + nbsp + "»"
		}
		b.WriteString(indent(line, ""))
	}
	b.WriteString("\n")
	return b.String()
}

// kept writes the copies of the resident's questions kept to improve
// the FAQ: those the bot could not answer, the suggestions it made, and
// those a mediator proposed as a new answer.
func (w *copyWriter) kept(x *Export) string {
	var lines []string
	for _, u := range x.Unanswered {
		lines = append(lines, "- "+w.dateTime(u.At)+nbsp+": «"+nbsp+u.Question+nbsp+"», "+reasonFr(u.Reason))
	}
	for _, s := range x.Suggestions {
		if s.Question == "" || s.Event == SuggestionShown {
			continue
		}
		lines = append(lines, "- "+w.dateTime(s.At)+nbsp+": «"+nbsp+s.Question+nbsp+"», "+w.suggestionFr(s))
	}
	for _, p := range x.Proposals {
		lines = append(lines, "- "+w.dateTime(p.At)+nbsp+": «"+nbsp+p.Question+nbsp+"», "+
			fmt.Sprintf("reprise par un médiateur pour écrire une nouvelle réponse (demande n°%s%d)", nbsp, p.Ticket))
	}
	if len(lines) == 0 {
		return ""
	}
	var b strings.Builder
	title(&b, "Vos questions gardées pour améliorer l'assistant", "-")
	b.WriteString("Quand l'assistant hésite ou ne sait pas répondre, nous gardons votre question pour ajouter des réponses.\n\n")
	for _, l := range lines {
		b.WriteString(indent(l, ""))
	}
	b.WriteString("\n")
	return b.String()
}

func reasonFr(r Reason) string {
	switch r {
	case ReasonConfirmNo:
		return "la question proposée ne convenait pas"
	case ReasonClarifyOther:
		return "aucune des questions proposées ne convenait"
	case ReasonNotHelpful:
		return "la réponse ne vous a pas aidé"
	}
	return "l'assistant n'a pas trouvé de réponse"
}

func (w *copyWriter) suggestionFr(s Suggestion) string {
	switch s.Event {
	case SuggestionAccepted:
		return "vous avez choisi «" + nbsp + w.entry(s.Entry, "") + nbsp + "»"
	case SuggestionRefused:
		return "aucune question proposée ne convenait"
	case SuggestionMediator:
		return "vous avez demandé un médiateur"
	}
	return "des questions vous ont été proposées"
}

// entry returns the title of a FAQ entry, or title when the FAQ no
// longer has it, or « une réponse ».
func (w *copyWriter) entry(id, title string) string {
	if w.cat != nil {
		if e, ok := w.cat.Entry(id); ok {
			return e.Title
		}
	}
	if title != "" {
		return title
	}
	return "une réponse de l'assistant"
}

// theme returns the label of a theme.
func (w *copyWriter) theme(id string) (string, bool) {
	if w.cat == nil || id == "" {
		return "", false
	}
	t, ok := w.cat.Theme(id)
	return t.Label, ok && t.Label != ""
}

func (w *copyWriter) siteByID(id string) (Site, bool) {
	if w.sites == nil {
		return Site{}, false
	}
	return w.sites.Site(id)
}

func (w *copyWriter) siteName() string {
	if w.site.Name == "" {
		return "PIMMS"
	}
	return w.site.Name
}

// contact writes how to reach the site, after its name: « : 01 02… ;
// accueil@… ; 1 rue… ».
func (w *copyWriter) contact() string {
	var parts []string
	for _, p := range []string{w.site.Phone, w.site.Email, w.site.Address} {
		if p = strings.TrimSpace(p); p != "" {
			parts = append(parts, strings.ReplaceAll(p, "\n", ", "))
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return nbsp + ": " + strings.Join(parts, nbsp+"; ")
}

var (
	frDays   = [...]string{"dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"}
	frMonths = [...]string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet",
		"août", "septembre", "octobre", "novembre", "décembre"}
)

// day writes a day in full: « mercredi 25 novembre 2026 ».
func (w *copyWriter) day(t time.Time) string {
	t = t.In(w.loc)
	return fmt.Sprintf("%s %d %s %d", frDays[t.Weekday()], t.Day(), frMonths[t.Month()-1], t.Year())
}

// date writes a date: « 25/11/2026 ».
func (w *copyWriter) date(t time.Time) string { return t.In(w.loc).Format("02/01/2006") }

// dateTime writes a date and a time: « 25/11/2026 à 10:00 ».
func (w *copyWriter) dateTime(t time.Time) string {
	if t.IsZero() {
		return "(date inconnue)"
	}
	return t.In(w.loc).Format("02/01/2006 à 15:04")
}

// title writes a heading underlined with rule.
func title(b *strings.Builder, s, rule string) {
	b.WriteString(s + "\n" + strings.Repeat(rule, len([]rune(s))) + "\n\n")
}

// field writes « Nom : valeur ».
func field(b *strings.Builder, name, value string) {
	b.WriteString(name + nbsp + ": " + value + "\n")
}

// indent writes prefix and text, the text's further lines indented
// under the prefix, and a newline.
func indent(prefix, text string) string {
	pad := strings.Repeat(" ", min(len([]rune(prefix)), 7))
	lines := strings.Split(strings.TrimRight(text, "\n"), "\n")
	for i, l := range lines[1:] {
		if l = strings.TrimRight(l, " "); l != "" {
			l = pad + l
		}
		lines[i+1] = l
	}
	return prefix + strings.Join(lines, "\n") + "\n"
}
