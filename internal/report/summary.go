package report

import (
	"fmt"
	"strings"
)

// Summary is a short French summary of the month for a chat message:
// activity, outcomes, handovers, satisfaction and the proposals waiting.
// It is plain text with Discord's **bold** for the title.
func (m *Month) Summary() string {
	f, g := &m.Current, &m.Prior
	var b strings.Builder
	fmt.Fprintf(&b, "📊 **Rapport d'activité – %s**", monthName(f.From))
	if m.Options.Site != "" {
		fmt.Fprintf(&b, " (%s)", m.Options.Site)
	}
	b.WriteString("\n")
	fmt.Fprintf(&b, "%s %s (%s par rapport à %s), %s %s dont %s %s.\n",
		frenchInt(f.Conversations), plural(f.Conversations, "conversation", "conversations"),
		trend(f.Conversations, g.Conversations), monthNames[g.From.Month()-1],
		frenchInt(f.Residents), plural(f.Residents, "usager", "usagers"),
		frenchInt(f.New), plural(f.New, "nouveau", "nouveaux"))
	fmt.Fprintf(&b, "%s %s%s: %s répondues par l'assistant, %s sans réponse.\n",
		frenchInt(f.Questions), plural(f.Questions, "question", "questions"), nbsp,
		percentOf(f.Answered, f.Questions), frenchInt(f.DontKnow))
	if n := f.EmergencyConversations; n > 0 {
		fmt.Fprintf(&b, "🚨 %s %s en danger %s vers les secours (17, 112, 115, 3919…).\n", frenchInt(n),
			plural(n, "personne", "personnes"), plural(n, "orientée", "orientées"))
	}
	fmt.Fprintf(&b, "%s %s à un médiateur", frenchInt(f.Handovers), plural(f.Handovers, "relais", "relais"))
	if med, ok := f.FirstReplyMedian(); ok {
		fmt.Fprintf(&b, ", première réponse en %s en médiane (heures d'ouverture)", frenchDuration(med))
	}
	b.WriteString(".\n")
	if n, mean := f.RatingCount(); n > 0 {
		fmt.Fprintf(&b, "Satisfaction%s: %s%s/%s5 (%s %s).\n", nbsp, frenchFloat(mean), nbsp, nbsp,
			frenchInt(n), plural(n, "note", "notes"))
	}
	if p := m.Options.Proposals; p > 0 {
		fmt.Fprintf(&b, "%s %s de fiche %s une relecture.\n", frenchInt(p),
			plural(p, "proposition", "propositions"), plural(p, "attend", "attendent"))
	}
	b.WriteString("Le rapport complet est joint\u00a0: ouvrez-le dans un navigateur, il s'imprime en PDF.")
	return b.String()
}

// Written is the line that tells the site manager the report is written
// to file, of size bytes: « rapport-2026-11.html écrit (21 Kio) :
// 12 conversations en novembre 2026. »
func (m *Month) Written(file string, size int) string {
	n := m.Current.Conversations
	return fmt.Sprintf("%s écrit (%s%sKio)%s: %s %s en %s.", file, frenchInt((size+1023)/1024), nbsp, nbsp,
		frenchInt(n), plural(n, "conversation", "conversations"), monthName(m.Current.From))
}
